"""HTML: prose from the text a reader sees; tags, attributes, code, scripts and styles are dropped.

Built on the standard library's ``HTMLParser`` with ``convert_charrefs=False``, so text arrives as
raw chunks and each entity as its own event. Every chunk's offset comes from the parser's line and
column, and is checked against the source before it is used: broken markup may lose words, but a
word that is kept always points at its own place in the source.
"""

from __future__ import annotations

import re
from contextlib import suppress
from html import unescape
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from .._offsets import ProseBuilder

if TYPE_CHECKING:
    from .._offsets import OffsetMap
    from .._source import Source

# Elements whose content is not prose. Those not listed in _INLINE_SKIP also end a paragraph.
_SKIP = frozenset(
    {"script", "style", "pre", "code", "textarea", "template", "noscript", "svg", "math", "iframe", "object", "select"}
)
_INLINE_SKIP = frozenset({"code", "svg", "math"})
_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody", "tfoot",
        "tr", "td", "th", "blockquote", "section", "article", "header", "footer", "aside", "nav", "figure",
        "figcaption", "hr", "dl", "dt", "dd", "main", "form", "address", "details", "summary", "caption",
        "title", "html", "head", "body", "fieldset", "legend", "center",
    }
)  # fmt: skip
_HTML_SPACE = " \t\n\r\f"
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[a-zA-Z][a-zA-Z0-9]*;?)")


def _line_starts(text: str) -> list[int]:
    """Offsets of line starts as HTMLParser counts lines: only "\\n" ends one."""
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


class _ProseParser(HTMLParser):
    """Feeds a :class:`ProseBuilder` from parser events."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = _line_starts(text)
        self.builder = ProseBuilder()
        self.skipping: list[str] = []
        self.block_start = True  # just after a break: the next text's leading whitespace is dropped

    def where(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def run(self) -> None:
        """Parse the whole text, taking over wherever HTMLParser would wait for more input.

        ``rawdata`` is always the unparsed tail of the text: when a pass stops early, the parser
        is either waiting for the end of a construct that never comes, or can go on.
        """
        self.feed(self.text)
        while self.rawdata:
            waiting = len(self.rawdata)
            self.feed("")
            if len(self.rawdata) == waiting:
                self.unstick()
        self.close()

    def unstick(self) -> None:
        """Handle the construct the parser is waiting on, as browsers do at the end of a file."""
        rest = self.rawdata
        if self.cdata_elem is not None or not rest.startswith("&"):
            # An unclosed <script> or <style>, or a tag, comment or declaration cut off by the
            # end of the file: all of it is dropped. A lone "<" at the very end is text.
            if rest == "<" and not self.skipping:
                self.builder.verbatim(len(self.text) - 1, "<")
            self.rawdata = ""
            return
        match = _ENTITY.match(rest)
        raw = match.group() if match else "&"
        if not self.skipping:
            self.entity(len(self.text) - len(rest), raw)
        self.updatepos(0, len(raw))
        self.rawdata = rest[len(raw) :]

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![bogus[`` makes the base class raise; treat it as the bogus comment browsers see."""
        saved = self.lineno, self.offset
        try:
            result: int = super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = saved
            return self.parse_bogus_comment(i)
        return result

    def paragraph_break(self) -> None:
        self.builder.paragraph_break(self.where())
        self.block_start = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
            self.skipping.append(tag)
        elif self.skipping:
            return
        elif tag == "br":  # a line break, not a paragraph: the source's own newline after it is dropped
            self.builder.synthetic("\n", self.where())
            self.block_start = True
        elif tag in _BLOCK:
            self.paragraph_break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:  # an empty element: nothing to skip
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
        else:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if tag in self.skipping:
                index = len(self.skipping) - 1 - self.skipping[::-1].index(tag)
                del self.skipping[index:]
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
        elif tag in _BLOCK and not self.skipping:
            self.paragraph_break()

    def handle_data(self, data: str) -> None:
        if self.skipping or (data.startswith("<") and len(data) > 1):
            return  # skipped content, or markup the parser gave up on and passed on as text
        position = self.where()
        if not self.text.startswith(data, position):
            return
        if self.block_start:
            kept = data.lstrip(_HTML_SPACE)
            position += len(data) - len(kept)
            data = kept
            if not data:
                return
        self.builder.verbatim(position, data)
        self.block_start = False

    def handle_entityref(self, name: str) -> None:
        self.reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self.reference("&#" + name)

    def reference(self, raw: str) -> None:
        if self.skipping:
            return
        position = self.where()
        if not self.text.startswith(raw, position):
            return
        if self.text.startswith(";", position + len(raw)):
            raw += ";"
        self.entity(position, raw)

    def entity(self, position: int, raw: str) -> None:
        """Add the text an entity stands for; a legacy entity's literal tail stays verbatim."""
        decoded = unescape(raw)
        tail = 0
        limit = min(len(raw), len(decoded)) - 1
        while tail < limit and raw[-1 - tail] == decoded[-1 - tail]:
            tail += 1
        if decoded == raw:
            self.builder.verbatim(position, raw)
        else:
            self.builder.replaced(position, position + len(raw) - tail, decoded[: len(decoded) - tail])
            self.builder.verbatim(position + len(raw) - tail, raw[len(raw) - tail :])
        self.block_start = False


def parse(source: Source) -> tuple[str, OffsetMap]:
    """Prose of an HTML draft, with the map back to the source. Never raises on broken markup."""
    parser = _ProseParser(source.text)
    with suppress(Exception):  # an unforeseen parser failure keeps the prose found so far
        parser.run()
    return parser.builder.build()
