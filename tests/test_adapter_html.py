"""The HTML adapter: visible text is prose, markup and code are not, broken pages never misplace text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint._source import Source
from lint.adapters import html

ARTICLE = Path(__file__).parent / "fixtures" / "adapters" / "article.html"


def prose_of(text: str) -> str:
    return html.parse(Source(text))[0]


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", prose_of(text))


def source_of(text: str, needle: str, occurrence: int = 0) -> tuple[str, bool]:
    """The source text behind ``needle`` in the prose, and whether a fix may edit it."""
    prose, offsets, _ = html.parse(Source(text))
    starts = [m.start() for m in re.finditer(re.escape(needle), prose)]
    assert len(starts) > occurrence, f"{needle!r} not in prose {prose!r}"
    start = starts[occurrence]
    begin, end = offsets.to_source(start, start + len(needle))
    return text[begin:end], offsets.is_editable(start, start + len(needle))


# --- a realistic article -------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_article_keeps_what_a_reader_reads(newline: str) -> None:
    text = ARTICLE.read_text(encoding="utf-8").replace("\n", newline)
    prose, offsets, _ = html.parse(Source(text))
    flat = " ".join(prose.split())
    for phrase in (
        "Harbour council approves seawall plan",
        "The harbour council voted seven to two on Tuesday to fund the northern seawall, ending a debate",
        "The contractor’s record & its price of €2.1m were questioned;",
        "called it “a bargain” and another wrote back.",
        "A second line follows the break.",
        "Run \ufffc before filing.",
        "Surveys finish in March.",
        "Concrete blocks €2.1m",
        "Broken markup: an unclosed bold run, a stray < sign, AT&T and © 2024.",
        "Published by the Gazette.",
    ):
        assert phrase in flat
    assert "wrote\xa0back" in prose
    for match in re.finditer(r"\w+", prose):
        begin, end = offsets.to_source(match.start(), match.end())
        if offsets.is_editable(match.start(), match.end()):
            assert text[begin:end] == match.group()


def test_article_drops_head_scripts_code_comments_and_attributes() -> None:
    prose = prose_of(ARTICLE.read_text(encoding="utf-8"))
    assert [word for word in re.findall(r"\w+", prose) if word.endswith("word")] == []
    for markup in ("<", "charset", "font-family", "var ", "class=", "lede", "</", "-->"):
        assert markup not in prose.replace("stray < sign", "")


def test_title_and_blocks_become_paragraphs() -> None:
    text = "<title>Page</title><h1>Head</h1><p>One <b>bold</b> word.</p><ul><li>A</li><li>B</li></ul>"
    assert prose_of(text) == "Page\n\nHead\n\nOne bold word.\n\nA\n\nB\n\n"


def test_inline_tags_do_not_break_text() -> None:
    text = "<p>An <a href='/x'>inline</a> <em>run</em> of <span>text</span>, <abbr>ok</abbr></p>"
    assert " ".join(prose_of(text).split()) == "An inline run of text, ok"
    assert source_of(text, "inline") == ("inline", True)


def test_br_is_a_line_break_not_a_paragraph() -> None:
    text = "<p>first line<br>\n   second line<br/>third</p>"
    assert prose_of(text) == "first line\nsecond line\nthird\n\n"
    assert source_of(text, "second line") == ("second line", True)


# --- what is never prose -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>secret()</script>",
        "<style>.secret {}</style>",
        "<pre>secret</pre>",
        "<code>secret</code>",
        "<textarea>secret</textarea>",
        "<template><p>secret</p></template>",
        "<noscript>secret</noscript>",
        "<svg><text>secret</text></svg>",
        "<math><mi>secret</mi></math>",
        "<!-- secret -->",
        "<!DOCTYPE secret>",
        "<?secret ?>",
        "<![CDATA[secret]]>",
        '<img alt="secret" src="secret.png">',
        '<a href="secret" title="secret">link</a>',
        "<pre><code>secret</code> secret</pre>",
    ],
)
def test_hidden_content_is_dropped(hidden: str) -> None:
    assert "secret" not in prose_of(f"<p>before {hidden} after</p>")
    assert words_of(f"<p>before {hidden} after</p>")[-1] == "after"


def test_a_skipped_element_inside_another_ends_with_the_outer_one() -> None:
    assert words_of("<pre>code <code>more</code> still code</pre><p>text</p>") == ["text"]


# --- entities ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("&amp;", "&"),
        ("&#8217;", "’"),
        ("&#x2019;", "’"),
        ("&#X2019;", "’"),
        ("&nbsp;", "\xa0"),
        ("&eacute;", "é"),
        ("&copy", "©"),
        ("&#65", "A"),
    ],
)
def test_entities_are_decoded_and_map_to_their_source(source: str, shown: str) -> None:
    text = f"<p>a {source} b</p>"
    assert prose_of(text) == f"a {shown} b\n\n"
    assert source_of(text, shown) == (source, False)


def test_a_legacy_entity_keeps_its_literal_tail_editable() -> None:
    text = "<p>&ampxyz; and &copy2024</p>"
    assert prose_of(text) == "&xyz; and ©2024\n\n"
    assert source_of(text, "&") == ("&amp", False)
    assert source_of(text, "xyz;") == ("xyz;", True)
    assert source_of(text, "2024") == ("2024", True)


def test_unknown_entities_and_bare_ampersands_are_text() -> None:
    text = "<p>AT&T, R&D, &bogus; & more &#;</p>"
    assert prose_of(text) == "AT&T, R&D, &bogus; & more &#;\n\n"
    assert source_of(text, "&bogus;") == ("&bogus;", True)


def test_entity_at_the_very_end_is_decoded() -> None:
    assert source_of("tail &amp", "&") == ("&amp", False)
    assert source_of("tail &#x41", "A") == ("&#x41", False)


# --- broken markup -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>kept <b>unclosed bold", "kept unclosed bold"),
        ("<p>kept</p><p class='cut", "kept"),
        ("kept <!-- never closed </p> text", "kept"),
        ("kept <script>never closed", "kept"),
        ("kept <pre>never closed", "kept"),
        ("a < b and c > d", "a < b and c > d"),
        ("kept <", "kept <"),
        ("kept </", "kept"),
        ("kept <![bogus[ x ]]> after", "kept after"),
        ("kept <![if !supportLists]>after<![endif]>", "kept after"),
        ("kept &# and &#x and &#xZ; after", "kept &# and &#x and &#xZ; after"),
        ("</p></div>stray end tags", "stray end tags"),
    ],
)
def test_broken_markup_never_misplaces_text(text: str, expected: str) -> None:
    prose, offsets, _ = html.parse(Source(text))
    assert " ".join(prose.split()) == expected
    for match in re.finditer(r"\S+", prose):
        begin, end = offsets.to_source(match.start(), match.end())
        if offsets.is_editable(match.start(), match.end()):
            assert text[begin:end] == match.group()


def test_crlf_and_emoji_keep_exact_positions() -> None:
    text = "<div>\r\n  <p>The 🇫🇷 flag, 👍🏽 and cafe\u0301\r\n  over lines</p>\r\n</div>"
    prose, offsets, _ = html.parse(Source(text))
    assert "The 🇫🇷 flag, 👍🏽 and cafe\u0301\nover lines" in "\n".join(line.strip() for line in prose.split("\n"))
    assert source_of(text, "cafe\u0301") == ("cafe\u0301", True)
    newline = prose.index("\n", prose.index("cafe"))
    assert text[slice(*offsets.to_source(newline, newline + 1))] == "\r\n"


@pytest.mark.parametrize("text", ["", "<", "&", "<!", "<!--", "<?", "</", "<a", "<![", "<![CDATA[", "&#", "\r"])
def test_degenerate_input_does_not_raise(text: str) -> None:
    prose_of(text)
