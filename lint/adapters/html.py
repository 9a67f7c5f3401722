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
from ._inline_html import OBJECT_ELEMENTS, foreign_language

if TYPE_CHECKING:
    from .._offsets import Prose
    from .._source import Source

# Elements whose content is not prose. Those not listed in _INLINE_SKIP also end a paragraph.
_SKIP = frozenset(
    {"script", "style", "pre", "code", "textarea", "template", "noscript", "svg", "math", "iframe", "object", "select"}
)
_INLINE_SKIP = frozenset({"code", "svg", "math", "kbd", "samp", "var", "tt"})
"""Skipped elements inside a line of prose: each leaves one placeholder, so the words around it never meet."""
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

    def __init__(self, text: str, masked: list[tuple[int, int]] | None = None) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = _line_starts(text)
        self.builder = ProseBuilder(masked)
        self.skipping: list[str] = []
        self.skip_start = 0
        """Where the outermost skipped inline element (``<code>``) began."""
        self.languages: list[tuple[str, int | None]] = []
        """Open elements with a ``lang``: (tag, prose offset where a foreign-language one began)."""
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

    def tag_end(self, start: int) -> int:
        """Just after the tag that starts at ``start``."""
        close = self.text.find(">", start)
        return close + 1 if close >= 0 else len(self.text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
            elif not self.skipping:
                self.skip_start = self.where()
            self.skipping.append(tag)
            return
        if self.skipping:
            return
        for name, value in attrs:
            if name in ("lang", "xml:lang") and value:
                foreign = foreign_language(f'lang="{value}"')
                self.languages.append((tag, self.builder.length if foreign else None))
                break
        if tag in OBJECT_ELEMENTS and tag not in ("br", "wbr"):
            start = self.where()
            self.builder.placeholder(start, self.tag_end(start))
            self.block_start = False
        elif tag == "br":  # a line break, not a paragraph: the source's own newline after it is dropped
            self.builder.synthetic("\n", self.where())
            self.block_start = True
        elif tag in _BLOCK:
            self.paragraph_break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:  # an empty element: nothing to skip
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
            elif not self.skipping:
                start = self.where()
                self.builder.placeholder(start, self.tag_end(start))
        else:
            self.handle_starttag(tag, attrs)
            if self.languages and self.languages[-1][0] == tag:
                self.languages.pop()  # <span lang="fr"/> holds nothing

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if tag in self.skipping:
                index = len(self.skipping) - 1 - self.skipping[::-1].index(tag)
                del self.skipping[index:]
                if not self.skipping and tag in _INLINE_SKIP:
                    self.builder.placeholder(self.skip_start, self.tag_end(self.where()))
                    self.block_start = False
            if tag not in _INLINE_SKIP:
                self.paragraph_break()
            return
        if self.skipping:
            return
        self.close_language(tag)
        if tag in _BLOCK:
            self.paragraph_break()

    def close_language(self, tag: str | None) -> None:
        """End the innermost open ``tag`` with a lang (every one, with None), noting foreign prose."""
        for index in range(len(self.languages) - 1, -1, -1):
            name, start = self.languages[index]
            if tag is None or name == tag:
                if start is not None and self.builder.length > start:
                    self.builder.foreign.append((start, self.builder.length))
                del self.languages[index]
                if tag is not None:
                    return

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


def parse(source: Source, masked: list[tuple[int, int]] | None = None) -> Prose:
    """Prose of an HTML draft, with the map back to the source. Never raises on broken markup.

    ``masked``: source ranges already hidden behind filler (template tags), each left in the
    prose as one placeholder.
    """
    parser = _ProseParser(source.text, masked)
    with suppress(Exception):  # an unforeseen parser failure keeps the prose found so far
        parser.run()
    parser.close_language(None)
    return parser.builder.build()
