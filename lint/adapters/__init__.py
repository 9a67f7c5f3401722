"""Markup adapters: each turns a Source into prose text plus the map back to the source.

An adapter is a module with ``parse(source: Source) -> tuple[str, OffsetMap]``. Prose keeps
the words a reader reads (headings, paragraphs, list items, table cells, link text, image alt
text) and drops what is not prose (code, URLs, tags, front matter). Blocks are separated by a
blank line, so paragraphs and sentences never run across blocks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._offsets import OffsetMap
    from .._source import Source

FORMATS = ("plain", "markdown", "html")

EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".txt": "plain",
    ".text": "plain",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def format_for_path(path: str, default: str = "plain") -> str:
    """The input format implied by a file name's extension."""
    dot = path.rfind(".")
    if dot < 0:
        return default
    return EXTENSIONS.get(path[dot:].lower(), default)


def parse(source: Source, input_format: str) -> tuple[str, OffsetMap]:
    """Run the adapter for ``input_format`` (one of :data:`FORMATS`)."""
    if input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}")
    module = importlib.import_module(f"{__name__}.{input_format}")
    result: tuple[str, OffsetMap] = module.parse(source)
    return result
