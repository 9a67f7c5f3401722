"""Inline HTML inside prose: which tags hide their content, which stand for an object, which mark
another language. Shared by the Markdown adapter (inline HTML tokens) and the HTML adapter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._offsets import ProseBuilder

CODE_ELEMENTS = frozenset({"code", "kbd", "samp", "var", "tt", "script", "style", "math", "svg", "textarea"})
"""Inline elements whose content is machine text: removed, with one placeholder left for it."""

OBJECT_ELEMENTS = frozenset({"img", "input", "video", "audio", "iframe", "object", "embed", "canvas", "br", "wbr"})
"""Elements that put something other than words in the line: one placeholder each."""

_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*)>")
_LANG = re.compile(r"""(?:^|\s)(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3})""")


def foreign_language(attributes: str) -> bool | None:
    """True for ``lang="fr"`` (not English), False for ``lang="en-GB"``, None without a lang."""
    match = _LANG.search(attributes)
    if match is None:
        return None
    return match.group(1).lower() != "en"


class InlineHtml:
    """Follows the inline tags of one block and tells the prose builder what they mean."""

    __slots__ = ("builder", "hidden", "hidden_depth", "hidden_start", "languages")

    def __init__(self, builder: ProseBuilder) -> None:
        self.builder = builder
        self.hidden: str | None = None
        self.hidden_depth = 0
        self.hidden_start: int | None = None
        self.languages: list[tuple[str, int | None]] = []

    def tag(self, raw: str, src_start: int | None, src_end: int | None) -> None:
        """One inline tag (or comment) found at source ``[src_start, src_end)``."""
        match = _TAG.fullmatch(raw)
        if match is None:
            return  # a comment, a declaration: invisible, and the words around it do meet
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if self.hidden is not None:
            if name == self.hidden:
                self.hidden_depth += -1 if closing else (0 if attributes.rstrip().endswith("/") else 1)
                if self.hidden_depth == 0:
                    self._reveal(src_end)
            return
        if closing:
            self._close_language(name)
            return
        self_closing = attributes.rstrip().endswith("/")
        if name in CODE_ELEMENTS and not self_closing:
            self.hidden, self.hidden_depth, self.hidden_start = name, 1, src_start
            self.builder.hide()
        elif name in OBJECT_ELEMENTS or (name in CODE_ELEMENTS and self_closing):
            if src_start is not None and src_end is not None:
                self.builder.placeholder(src_start, src_end)
        else:
            foreign = foreign_language(attributes)
            if foreign is not None and not self_closing:
                self.languages.append((name, self.builder.length if foreign else None))

    def _reveal(self, src_end: int | None) -> None:
        self.builder.unhide()
        start = self.hidden_start
        self.hidden, self.hidden_depth, self.hidden_start = None, 0, None
        if start is not None:
            self.builder.placeholder(start, src_end if src_end is not None and src_end > start else start)

    def _close_language(self, name: str) -> None:
        for index in range(len(self.languages) - 1, -1, -1):
            if self.languages[index][0] == name:
                start = self.languages[index][1]
                del self.languages[index:]
                if start is not None and self.builder.length > start:
                    self.builder.foreign.append((start, self.builder.length))
                return

    def close_all(self) -> None:
        """The block ended: an element left open ends with it."""
        if self.hidden is not None:
            self._reveal(None)
        while self.languages:
            self._close_language(self.languages[-1][0])
