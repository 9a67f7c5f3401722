"""Markup adapters: each turns a Source into prose text plus the map back to the source.

An adapter is a module with ``parse(source: Source, masked) -> Prose``. Prose keeps
the words a reader reads (headings, paragraphs, list items, table cells, link text, image alt
text) and drops what is not prose (code, URLs, tags, front matter). Blocks are separated by a
blank line, so paragraphs and sentences never run across blocks. Template syntax (``{{ … }}``,
``{% … %}``, shortcodes: :mod:`lint._templates`) is found first, in every format, and hidden
from the adapter behind filler of the same length; the prose keeps one placeholder for each tag.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .._choices import INPUT_FORMATS
from .._config import TEMPLATE_FAMILIES

if TYPE_CHECKING:
    from .._offsets import Prose
    from .._source import Source

FORMATS = INPUT_FORMATS

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


TEMPLATE_EXTENSIONS = frozenset({".erb", ".ejs", ".liquid", ".njk", ".j2", ".jinja", ".jinja2", ".tmpl", ".twig"})
"""A template engine's extension after the real one: ``guide.html.md.erb`` is Markdown."""


def format_for_path(path: str, default: str = "plain") -> str:
    """The input format implied by a file name's extension (a template extension is looked through)."""
    name = path.rsplit("/", 1)[-1]
    while True:
        dot = name.rfind(".")
        if dot <= 0:
            return default
        extension = name[dot:].lower()
        if extension not in TEMPLATE_EXTENSIONS:
            return EXTENSIONS.get(extension, default)
        name = name[:dot]


def may_hold_templates(text: str) -> bool:
    """A cheap test that skips the template scan (and its import) for most prose: every construct
    opens with a brace, "<%", or a bracket before a lower-case letter (Markdown links rarely do)."""
    if "{" in text or "<%" in text:
        return True
    position = text.find("[")
    while position >= 0:
        following = text[position + 1 : position + 3]
        if following[:1].islower() or (following[:1] == "/" and following[1:].islower()):
            return True
        position = text.find("[", position + 1)
    return False


def parse(source: Source, input_format: str, template_syntax: tuple[str, ...] = TEMPLATE_FAMILIES) -> Prose:
    """Run the adapter for ``input_format`` (one of :data:`FORMATS`), template syntax masked."""
    if input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}")
    module = importlib.import_module(f"{__name__}.{input_format}")
    masked: list[tuple[int, int]] = []
    if template_syntax and may_hold_templates(source.text):
        from .._source import Source
        from .._templates import mask, template_spans

        masked = template_spans(source.text, template_syntax)
        if masked:
            source = Source(text=mask(source.text, masked), path=source.path, encoding=source.encoding, bom=source.bom)
    result: Prose = module.parse(source, masked)
    return result
