"""Property tests: every adapter maps prose back to the exact source text, whatever the markup.

Documents are generated from words and building blocks (nested Markdown, HTML, tables, code,
entities, escapes, emoji, combining marks, tabs, LF/CRLF/CR line endings). Words that only ever
appear in code, URLs, attributes, scripts or comments start with ``zq``, so any ``zq`` in prose
is markup that leaked.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint._offsets import OffsetMap
from lint._source import Source
from lint.adapters import html as html_adapter
from lint.adapters import markdown, plain

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

WORD = re.compile(r"\w+")
WORDS = (
    "alpha",
    "Beta",
    "gamma",
    "café",
    "naïve",
    "e\u0301clair",
    "straße",
    "日本語",
    "Ωmega",
    "😀",
    "👍🏽",
    "🇫🇷",
    "x",
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_MD_DECODE = re.compile(r"\\([!-/:-@\[-`{-~])|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def md_decode(text: str) -> str:
    """What Markdown shows for a run of source text without markup: escapes and entities decoded."""
    return _MD_DECODE.sub(lambda m: m.group(1) if m.group(1) else html.unescape(m.group()), text)


def assert_chars_map_back(source: str, prose: str, offsets: OffsetMap) -> None:
    """Every prose character maps inside the source, in source order; editable ones to themselves."""
    previous = 0
    for index, char in enumerate(prose):
        start, end = offsets.start_of(index), offsets.end_of(index)
        assert 0 <= start <= end <= len(source)
        assert start >= previous, (index, prose)
        previous = start
        if offsets.is_editable(index, index + 1):
            expected = ("\n", "\r\n", "\r") if char == "\n" else (char,)
            assert source[start:end] in expected, (index, char, source[start:end])


def assert_words_map_back(source: str, prose: str, offsets: OffsetMap, decode: Callable[[str], str]) -> None:
    """Each word's source range is the word itself, or markup-free text that decodes to it."""
    last_end = 0
    for match in WORD.finditer(prose):
        start, end = offsets.to_source(match.start(), match.end())
        assert start >= last_end
        last_end = end
        if offsets.is_editable(match.start(), match.end()):
            assert source[start:end] == match.group()
        else:
            assert decode(source[start:end]) == match.group(), (match.group(), source[start:end])


# --- building blocks -----------------------------------------------------------------------------

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
separators = st.sampled_from([" ", " ", "  ", "\t"])
endings = st.sampled_from(["\n", "\r\n", "\r"])


def with_line_endings(draw: st.DrawFn, text: str) -> str:
    """Use one line ending for the whole document, or a different one on each line.

    A CR never comes straight before an LF that ends the next (blank) line: together they would
    be one CRLF and the blank line, which ends a paragraph, would be gone.
    """
    if draw(st.booleans()):
        return text.replace("\n", draw(endings))
    parts = text.split("\n")
    out = [parts[0]]
    previous = ""
    for part in parts[1:]:
        ending = draw(endings)
        if previous == "\r" and ending == "\n" and not out[-1]:
            ending = "\r\n"
        out += [ending, part]
        previous = ending
    return "".join(out)


def md_leaf(in_link: bool = False) -> st.SearchStrategy[str]:
    """One inline piece; inside link text, no autolinks or images (a link cannot hold a link)."""
    entity = st.sampled_from(["&amp;", "&eacute;", "&#8217;", "&#x2019;", "&nbsp;", "&copy;", "&#233;"])
    escape = st.sampled_from(["\\*", "\\_", "\\#", "\\[", "\\\\", "\\&"])
    pieces = [
        words,
        words.map(lambda w: f"*{w}*"),
        words.map(lambda w: f"**{w}**"),
        words.map(lambda w: f"~~{w}~~"),
        words.map(lambda w: f"Caf&eacute;{w}"),
        entity,
        escape,
        st.just("`zqcode zqcode`"),
        st.just("``zq ` zq``"),
        words.map(lambda w: f'<span title="zqattr">{w}</span>'),
    ]
    if not in_link:
        pieces.append(st.just("<https://zqauto.example/zq>"))
        pieces.append(words.map(lambda w: f"![{w} *{w}*](zqimage.png 'zqtitle')"))
    return st.one_of(*pieces)


def md_link() -> st.SearchStrategy[str]:
    text = st.lists(md_leaf(in_link=True), min_size=1, max_size=3).map(" ".join)
    return st.one_of(
        text.map(lambda t: f'[{t}](https://zqurl.example/zq "zqtitle")'),
        text.map(lambda t: f"[{t}](<zq dest>)"),
        text.map(lambda t: f"[{t}][zqref]"),
        st.sampled_from(["[alpha][]", "[alpha]", "*[alpha]*"]),
    )


@st.composite
def md_inline(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(md_leaf(), md_link()), min_size=1, max_size=5))
    return "".join(piece + draw(separators) for piece in pieces[:-1]) + pieces[-1]


@st.composite
def md_block(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["para", "para", "atx", "setext", "list", "quote", "table", "fence", "indent", "html"]))
    if kind in ("list", "quote") and depth >= 2:
        kind = "para"
    if kind == "para":
        lines = draw(st.lists(md_inline(), min_size=1, max_size=3))
        hard = draw(st.sampled_from(["", "  ", "\\"]))
        return (hard + "\n").join(lines)
    if kind == "atx":
        return "#" * draw(st.integers(1, 6)) + " " + draw(md_inline()) + draw(st.sampled_from(["", " ##"]))
    if kind == "setext":
        return draw(md_inline()) + "\n" + draw(md_inline()) + "\n" + draw(st.sampled_from(["===", "---"]))
    if kind == "list":
        items = draw(st.lists(md_block(depth + 1), min_size=1, max_size=3))
        marker, pad = draw(st.sampled_from([("- ", "  "), ("* ", "  "), ("1. ", "   "), ("-\t", "    ")]))
        return "\n\n".join(marker + item.replace("\n", "\n" + pad) for item in items)
    if kind == "quote":
        inner = "\n\n".join(draw(st.lists(md_block(depth + 1), min_size=1, max_size=2)))
        return "\n".join(("> " + line) if line else ">" for line in inner.split("\n"))
    if kind == "table":
        cell = st.one_of(md_inline().filter(lambda s: "|" not in s), st.just("a \\| b"))
        columns = draw(st.integers(1, 3))
        rows = draw(st.lists(st.lists(cell, min_size=columns, max_size=columns), min_size=1, max_size=3))
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join([lines[0], "|" + "---|" * columns, *lines[1:]])
    if kind == "fence":
        return "```text\nzqfence " + draw(words) + " zqfence\n```"
    if kind == "indent":  # as a list item, so no list above can take the indented line as its own
        return "-     zqindent " + draw(words)
    return '<div class="zq">\nzqhtml ' + draw(words) + "\n</div>"


@st.composite
def markdown_documents(draw: st.DrawFn) -> str:
    front = draw(st.sampled_from(["", "---\ntitle: zqfront\n---\n", "+++\ntitle = 'zqfront'\n+++\n"]))
    blocks = draw(st.lists(md_block(), min_size=1, max_size=5))
    refs = "\n\n[zqref]: https://zqref.example/zq 'zqreftitle'\n[alpha]: <https://zqalpha.example>\n"
    return with_line_endings(draw, front + "\n\n".join(blocks) + refs)


def _pairs(strategy: st.SearchStrategy[str], markup: str, visible: str) -> st.SearchStrategy[tuple[str, str]]:
    """Words in a markup template, paired with what a reader sees: ``{}`` is where the words go."""
    return strategy.map(lambda w: (markup.format(w), visible.format(w)))


@st.composite
def html_documents(draw: st.DrawFn) -> tuple[str, str]:
    """An HTML document and its visible text."""
    entity = st.sampled_from(["&amp;", "&eacute;", "&#8217;", "&#x2019;", "&nbsp;", "&copy", "&ampxyz", "AT&T"])
    inline = st.one_of(
        _pairs(words, "{}", "{}"),
        _pairs(words, "<em>{}</em>", "{}"),
        _pairs(words, '<a href="https://zqurl.example/" title="zq">{0} <b>{0}</b></a>', "{0} {0}"),
        _pairs(words, "Caf&eacute;{}", "Café{}"),
        entity.map(lambda e: (e, html.unescape(e))),
        st.just(("<code>zqcode</code>", "")),
        st.just(('<img src="zq.png" alt="zqalt">', "")),
        st.just(("<br>", "\n")),
        st.just(("a < b", "a < b")),
    )
    text = st.lists(inline, min_size=1, max_size=5).map(lambda ps: tuple(" ".join(p) for p in zip(*ps, strict=True)))
    blocks = [
        ("<p>{}</p>", "{}"),
        ("<h2>{}</h2>", "{}"),
        ("<ul>\n  <li>{0}</li>\n  <li>{0}\n</ul>", "{0} {0}"),
        ("<table><tr><td>{0}</td><td>{0}</td></tr></table>", "{0} {0}"),
        ("<blockquote><p>{}</p></blockquote>", "{}"),
        ("<div>{0}<br>\n{0}</div>", "{0} {0}"),
        ('<script>var zq = "<p>zq</p>";</script>', ""),
        ("<style>.zq {{ color: red }}</style>", ""),
        ("<pre>zqpre\n  zqpre</pre>", ""),
        ("<!-- zqcomment -->", ""),
        ("<textarea>zqtext</textarea><noscript>zqnoscript</noscript>", ""),
        ("<svg><text>zqsvg</text></svg>", ""),
    ]
    markup, visible = ["<!DOCTYPE html><html><head><title>"], []
    title = draw(words)
    markup.append(title + "</title></head><body>\n")
    visible.append(title)
    for _ in range(draw(st.integers(1, 6))):
        template, shown = draw(st.sampled_from(blocks))
        inner, inner_visible = draw(text)
        markup.append(template.format(inner) + "\n")
        visible.append(shown.format(inner_visible))
    tails = [("", ""), ("<p>unclosed <b>bold", "unclosed bold"), ("<!-- zqcut", ""), ("<p>cut <a href='zq", "cut")]
    tail, tail_visible = draw(st.sampled_from([*tails, ("&amp", "&")]))
    return with_line_endings(draw, "".join(markup) + tail), " ".join([*visible, tail_visible])


@functools.cache
def _oracle() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)


def markdown_visible(text: str) -> str:
    """What a reader sees in a Markdown document, from markdown-it's tokens (an independent oracle)."""
    md = _oracle()
    if text.startswith("+++"):  # TOML front matter: the same three lines, fenced as YAML
        text = re.sub(r"(?:^|(?<=\r))\+\+\+(?=[\r\n])", "---", text, count=2, flags=re.MULTILINE)
    shown: list[str] = []

    def walk(children: list[Token]) -> None:
        autolink = False
        for token in children:
            if token.type == "link_open" and token.info == "auto":
                autolink = True
            elif token.type == "link_close" and token.info == "auto":
                autolink = False
            elif token.type == "image":
                walk(token.children or [])
            elif token.type in ("text", "text_special") and not autolink:
                shown.append(token.content)
            elif token.type in ("softbreak", "hardbreak", "code_inline", "html_inline"):
                shown.append(" ")

    for token in md.parse(text):
        if token.type == "inline":
            walk(token.children or [])
            shown.append("\n\n")
    return "".join(shown)


@st.composite
def plain_documents(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(words, separators, endings, st.just("\r\n\r\n")), min_size=1, max_size=30))
    return "".join(pieces)


# --- properties ----------------------------------------------------------------------------------


@SETTINGS
@given(markdown_documents())
def test_markdown_maps_back_and_drops_code_and_urls(text: str) -> None:
    prose, offsets, _ = markdown.parse(Source(text))
    assert "zq" not in prose
    assert WORD.findall(prose) == WORD.findall(markdown_visible(text))
    assert_chars_map_back(text, prose, offsets)
    assert_words_map_back(text, prose, offsets, md_decode)


@SETTINGS
@given(html_documents())
def test_html_maps_back_and_drops_markup(document: tuple[str, str]) -> None:
    text, visible = document
    prose, offsets, _ = html_adapter.parse(Source(text))
    assert "zq" not in prose
    assert WORD.findall(prose) == WORD.findall(visible)
    assert_chars_map_back(text, prose, offsets)
    assert_words_map_back(text, prose, offsets, html.unescape)


@SETTINGS
@given(plain_documents())
def test_plain_maps_back(text: str) -> None:
    prose, offsets, _ = plain.parse(Source(text))
    assert prose == text.replace("\r\n", "\n").replace("\r", "\n")
    assert_chars_map_back(text, prose, offsets)
    assert_words_map_back(text, prose, offsets, str)


@settings(max_examples=1000, deadline=None)
@given(st.text())
def test_no_adapter_raises_on_arbitrary_text(text: str) -> None:
    for adapter in (plain, markdown, html_adapter):
        prose, offsets, _ = adapter.parse(Source(text))
        assert_chars_map_back(text, prose, offsets)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("<>&#;/!-[]`*_\\|()\"' \t\r\nabpx0123456789"), max_size=60))
def test_no_adapter_raises_on_markup_soup(text: str) -> None:
    for adapter in (markdown, html_adapter):
        prose, offsets, _ = adapter.parse(Source(text))
        assert_chars_map_back(text, prose, offsets)
