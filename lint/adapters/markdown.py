"""Markdown: prose from headings, paragraphs, list items, table cells, quotes, link text and alt text.

markdown-it-py gives each block only a line range, so character offsets are computed here: each
block's text is aligned with its source lines, then its inline tokens are walked in order with a
cursor over that text. Every step checks that the source really holds what the token says; when
it does not, the rest of that block is dropped, because a missing word is better than a finding
that points at the wrong place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from .._offsets import ProseBuilder
from ._inline_html import InlineHtml
from ._markdown_blocks import Lines, Segment, align_cell, align_heading, align_lines, front_matter_as_yaml

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

    from .._offsets import Prose
    from .._source import Source

    _InlineRule = Callable[[StateInline, bool], bool]

_BACKTICKS = re.compile("`+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CELL_OPENERS = frozenset({"th_open", "td_open"})
_DELIMITED = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})
_MATH = frozenset({"math_inline", "math_inline_double"})
_MATH_CLOSE = {"\\(": "\\)", "\\[": "\\]"}


class _Lost(Exception):
    """The walk no longer knows where it is in the source: the rest of the block is dropped."""


def _same(url: str) -> str:
    return url


class _Markdown:
    """markdown-it, built on first use: importing it lazily keeps the CLI's start fast.

    Footnotes, definition lists and TeX math (as kramdown, Pandoc, Hugo and Jekyll read them) are
    plugins a parser gets only when the text could use them (:func:`_extensions_for`): most drafts
    never pay for importing them, and a plugin with nothing to match changes no parse.
    """

    __slots__ = ("parser", "link", "image", "state")

    def __init__(self, extensions: frozenset[str]) -> None:
        from markdown_it import MarkdownIt
        from markdown_it.rules_inline import StateInline
        from markdown_it.rules_inline.image import image
        from markdown_it.rules_inline.link import link
        from mdit_py_plugins.front_matter import front_matter_plugin

        parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
        if "footnote" in extensions:
            from mdit_py_plugins.footnote import footnote_plugin

            parser.use(footnote_plugin)
        if "deflist" in extensions:
            from mdit_py_plugins.deflist import deflist_plugin

            parser.use(deflist_plugin)
        if "math" in extensions:
            from mdit_py_plugins.dollarmath import dollarmath_plugin

            # "$…$" is math only when it cannot be money: no digit or space just inside the dollars.
            parser.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
            _use_bracket_math(parser)
        parser.disable("text_join")
        # URLs are never prose, so markdown-it need not normalise them (its slowest step). Its
        # check that rejects "javascript:" and the like gives the same verdict on the raw URL.
        parser.normalizeLink = _same  # type: ignore[method-assign]
        parser.normalizeLinkText = _same  # type: ignore[method-assign,assignment]
        self.parser = parser
        self.link: _InlineRule = link
        self.image: _InlineRule = image
        self.state = StateInline


_MATH_BODY = r"(?:\\[\s\S]|[^\\])"
"""One unit of the body of bracket math: an escape and the character after it, or any other character."""


def _use_bracket_math(parser: Any) -> None:
    r"""TeX's bracket math, "\(…\)" and "\[…\]", as mdit_py_plugins' texmath reads it with its
    "brackets" delimiters (its own rule functions and patterns), except that a backslash escaped by
    another opens or closes nothing: in "\[ see [\\](url)" the "\]" is the second half of "\\" (an
    escaped backslash, then a bracket), so no math closes there and the words before it stay prose.
    The body is read in :data:`_MATH_BODY` units, so a delimiter is found only where a backslash
    starts one. copydesk renders nothing, so the rules carry no templates."""
    from mdit_py_plugins.texmath.index import RuleDictType, make_block_func, make_inline_func

    inline: RuleDictType = {
        "name": "math_inline",
        "rex": re.compile(rf"^\\\(({_MATH_BODY}+?)\\\)", re.DOTALL),
        "tmpl": "",
        "tag": "\\(",
    }
    parser.inline.ruler.before("escape", inline["name"], make_inline_func(inline))
    numbered = rf"^\\\[((?:(?!\\\]|\\\[){_MATH_BODY})+?)\\\]\s*?\(([^)$\r\n]+?)\)"
    blocks: tuple[RuleDictType, ...] = (
        {"name": "math_block_eqno", "rex": re.compile(numbered, re.MULTILINE), "tmpl": "", "tag": "\\["},
        {
            "name": "math_block",
            "rex": re.compile(rf"^\\\[({_MATH_BODY}+?)\\\]", re.MULTILINE),
            "tmpl": "",
            "tag": "\\[",
        },
    )
    for block in blocks:
        parser.block.ruler.before("fence", block["name"], make_block_func(block))


_markdown: dict[frozenset[str], _Markdown] = {}
_DEFINITION = re.compile(r"^[ \t]{0,3}[:~][ \t]", re.MULTILINE)


def _extensions_for(text: str) -> frozenset[str]:
    """The plugins ``text`` could need: each test is true wherever its plugin could match."""
    wanted = []
    if "[^" in text:
        wanted.append("footnote")
    if _DEFINITION.search(text):
        wanted.append("deflist")
    if "$" in text or "\\(" in text or "\\[" in text:
        wanted.append("math")
    return frozenset(wanted)


def _tools(text: str = "") -> _Markdown:
    extensions = _extensions_for(text)
    tools = _markdown.get(extensions)
    if tools is None:
        tools = _markdown[extensions] = _Markdown(extensions)
    return tools


class _Inline:
    """Walks one block's inline tokens with a cursor over the block's text (``content``)."""

    __slots__ = (
        "content",
        "segments",
        "starts",
        "line_starts",
        "newlines",
        "builder",
        "env",
        "tools",
        "source",
        "cursor",
        "ends",
        "html",
    )

    def __init__(
        self,
        content: str,
        segments: list[Segment],
        line_starts: list[int],
        newlines: list[tuple[int, int]],
        builder: ProseBuilder,
        env: dict[str, Any],
        source: str,
        tools: _Markdown,
    ) -> None:
        self.tools = tools
        self.content = content
        self.segments = segments
        self.starts = [segment[0] for segment in segments]
        self.line_starts = line_starts
        self.newlines = newlines
        self.builder = builder
        self.env = env
        self.source = source
        self.cursor = 0
        self.ends: list[int] = []
        self.html = InlineHtml(builder)

    def run(self, children: Sequence[Token]) -> None:
        with suppress(_Lost):
            self.walk(children)

    def walk(self, children: Sequence[Token]) -> None:
        index = 0
        count = len(children)
        while index < count:
            token = children[index]
            kind = token.type
            if kind == "text":  # the common case, inlined: literal text that must come next
                text = token.content
                start = self.cursor
                if not self.content.startswith(text, start):
                    raise _Lost
                self.cursor = start + len(text)
                if text:  # emphasis leaves empty text tokens where its delimiters were
                    self.emit_literal(start, self.cursor)
            elif kind == "text_special":
                if token.content == token.markup:  # a backslash before a character it cannot escape
                    self.literal(token.content)
                else:
                    start = self.expect(token.markup)
                    self.emit_replaced(start, self.cursor, token.content)
            elif kind == "softbreak" or kind == "hardbreak":
                self.newline()
            elif kind in _DELIMITED:
                self.expect(token.markup)
            elif kind == "code_inline":
                start = self.cursor
                self.code_span(token.markup)
                self.emit_placeholder(start, self.cursor)
            elif kind == "html_inline":
                start = self.expect(token.content)
                src_start, src_end = self.source_at(start), self.source_at(self.cursor - 1, end=True)
                if token.content.startswith("<!--") and src_start is not None and src_end is not None:
                    self.builder.comments.append((src_start, src_end))
                self.html.tag(token.content, src_start, src_end)
            elif kind in _MATH:
                start = self.expect(token.markup)
                self.expect(token.content)
                self.expect(_MATH_CLOSE.get(token.markup, token.markup))
                self.emit_placeholder(start, self.cursor)
            elif kind == "footnote_ref":
                start = self.expect(f"[^{token.meta['label']}]")
                self.emit_placeholder(start, self.cursor)
            elif kind == "link_open" and token.info == "auto":
                start = self.expect("<")
                close = self.content.find(">", self.cursor)
                if close < 0:
                    raise _Lost
                self.cursor = close + 1
                self.emit_placeholder(start, self.cursor)
                while index < count and children[index].type != "link_close":
                    index += 1
            elif kind == "link_open":
                self.ends.append(self.link_end(image=False))
                self.expect("[")
            elif kind == "link_close":
                if not self.ends:
                    raise _Lost
                self.expect("]")
                self.cursor = self.ends.pop()
            elif kind == "image":
                end = self.link_end(image=True)
                self.expect("![")
                self.walk(token.children or ())
                self.expect("]")
                self.cursor = end
            else:
                raise _Lost
            index += 1

    def expect(self, markup: str) -> int:
        """Step over ``markup``, which must be next in the text; returns where it started."""
        start = self.cursor
        if not markup or not self.content.startswith(markup, start):
            raise _Lost
        self.cursor = start + len(markup)
        return start

    def literal(self, text: str) -> None:
        if not text:  # emphasis leaves empty text tokens where its delimiters were
            return
        start = self.expect(text)
        self.emit_literal(start, self.cursor)

    def newline(self) -> None:
        """A line break: keep the source's own line ending, then skip the next line's indent."""
        content = self.content
        end = content.find("\n", self.cursor)
        if end < 0 or content[self.cursor : end].strip(" ") not in ("", "\\"):
            raise _Lost
        line = bisect_right(self.line_starts, end) - 1
        src_start, src_end = self.newlines[line]
        self.builder.verbatim(src_start, self.source[src_start:src_end])
        position = end + 1
        while position < len(content) and content[position] in " \t":
            position += 1
        self.cursor = position

    def code_span(self, fence: str) -> None:
        """Skip a code span: from its backtick run to the next run of the same length."""
        self.expect(fence)
        for run in _BACKTICKS.finditer(self.content, self.cursor):
            if len(run.group()) == len(fence):
                self.cursor = run.end()
                return
        raise _Lost

    def link_end(self, image: bool) -> int:
        """Where a link or image starting at the cursor ends, destination and all.

        markdown-it's own rule is run in silent mode on the block's text: the destination,
        title or reference label after ``]`` is then skipped exactly as markdown-it parsed it.
        """
        tools = self.tools
        state = tools.state(self.content, tools.parser, self.env, [])
        state.pos = self.cursor
        if not (tools.image if image else tools.link)(state, True) or state.pos <= self.cursor:
            raise _Lost
        return state.pos

    def _segment_index(self, position: int) -> int:
        return max(bisect_right(self.starts, position) - 1, 0)

    def source_at(self, position: int, end: bool = False) -> int | None:
        """The source offset of the block text's character at ``position`` (just after it, with
        ``end``), or None when that character has no single place in the source."""
        seg_start, seg_end, src_start, src_end = self.segments[self._segment_index(position)]
        if not seg_start <= position < seg_end:
            return None
        if seg_end - seg_start != src_end - src_start:
            return src_end if end else src_start
        return src_start + position - seg_start + (1 if end else 0)

    def emit_placeholder(self, start: int, end: int) -> None:
        """Leave a placeholder for removed non-prose ``[start, end)`` of the block text."""
        src_start = self.source_at(start)
        src_end = self.source_at(end - 1, end=True) if end > start else None
        if src_start is None:
            return
        self.builder.placeholder(src_start, src_end if src_end is not None and src_end > src_start else src_start)

    def emit_literal(self, start: int, end: int) -> None:
        """Copy text ``[start, end)`` to prose; parts that have no place in the source are left out."""
        index = self._segment_index(start)
        seg_start, seg_end, src_start, src_end = self.segments[index]
        if seg_start <= start and end <= seg_end and seg_end - seg_start == src_end - src_start:
            self.builder.verbatim(src_start + start - seg_start, self.content[start:end])
            return
        segments = self.segments
        position = start
        while position < end and index < len(segments):
            seg_start, seg_end, src_start, src_end = segments[index]
            if position >= seg_end:
                index += 1
                continue
            if position < seg_start:
                position = min(seg_start, end)
                continue
            stop = min(seg_end, end)
            if seg_end - seg_start == src_end - src_start:
                self.builder.verbatim(src_start + position - seg_start, self.content[position:stop])
            elif position == seg_start and stop == seg_end:
                self.builder.replaced(src_start, src_end, self.content[position:stop])
            position = stop

    def emit_replaced(self, start: int, end: int, text: str) -> None:
        """Add ``text`` for the source of ``[start, end)``, if that is one unbroken source range."""
        segments = self.segments
        index = self._segment_index(start)
        if index >= len(segments):
            return
        seg_start, seg_end, src_start, src_end = segments[index]
        if not seg_start <= start < seg_end:
            return
        verbatim = seg_end - seg_start == src_end - src_start
        if not verbatim and start != seg_start:
            return
        begin = src_start + start - seg_start if verbatim else src_start
        while end > seg_end:  # the range runs on into the next segment, which must follow at once
            index += 1
            if index >= len(segments) or segments[index][0] != seg_end or segments[index][2] != src_end:
                return
            seg_start, seg_end, src_start, src_end = segments[index]
            verbatim = seg_end - seg_start == src_end - src_start
        if not verbatim and end != seg_end:
            return
        self.builder.replaced(begin, src_start + end - seg_start if verbatim else src_end, text)


def parse(source: Source, masked: list[tuple[int, int]] | None = None) -> Prose:
    """Prose of a Markdown draft, with the map back to the source.

    ``masked``: source ranges already hidden behind filler (template tags), each left in the
    prose as one placeholder.
    """
    env: dict[str, Any] = {}
    tools = _tools(source.text)
    tokens = tools.parser.parse(front_matter_as_yaml(source.text), env)
    lines = Lines(source)
    builder = ProseBuilder(masked)
    row, column = -1, 0
    # Footnote definitions come last in markdown-it's tokens; prose is built in source order.
    for token in tokens:
        if token.type == "html_block" and token.map is not None and "<!--" in token.content:
            block_start, block_end = lines.starts[token.map[0]], lines.end(token.map[1] - 1)
            builder.comments.extend(match.span() for match in _COMMENT.finditer(source.text, block_start, block_end))
    blocks = sorted(
        (token.map[0], index)
        for index, token in enumerate(tokens)
        if token.type == "inline" and token.map is not None and token.children
    )
    for _line, index in blocks:
        token = tokens[index]
        if token.map is None or not token.children:  # pragma: no cover - filtered above
            continue
        opener = tokens[index - 1] if index else token
        first, stop = token.map
        content = token.content
        line_starts = [0]
        if opener.type in _CELL_OPENERS:
            if first != row:
                row, column = first, 0
            segments, column = align_cell(content, first, column, lines)
        elif opener.type == "heading_open" and opener.markup.startswith("#"):
            segments = align_heading(content, first, lines)
        else:  # a paragraph or a setext heading (the inline token's lines leave out the underline)
            aligned = align_lines(content, first, max(stop - first, 1), lines)  # a <dt> has an empty range
            if aligned is None:
                continue
            segments, line_starts, first = aligned
        if not segments:
            continue
        builder.paragraph_break(segments[0][2])
        newlines = [(lines.end(line), lines.starts[line + 1]) for line in range(first, first + len(line_starts) - 1)]
        walker = _Inline(content, segments, line_starts, newlines, builder, env, source.text, tools)
        walker.run(token.children)
        walker.html.close_all()
    return builder.build()
