"""The Markdown adapter: what a reader reads is prose, the rest is not, and positions are exact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint._source import Source
from lint.adapters import markdown

ARTICLE = Path(__file__).parent / "fixtures" / "adapters" / "article.md"


def prose_of(text: str) -> str:
    return markdown.parse(Source(text))[0]


def source_of(text: str, needle: str, occurrence: int = 0) -> tuple[str, bool]:
    """The source text behind ``needle`` in the prose, and whether a fix may edit it."""
    prose, offsets, *_ = markdown.parse(Source(text))
    starts = [m.start() for m in re.finditer(re.escape(needle), prose)]
    assert len(starts) > occurrence, f"{needle!r} not in prose {prose!r}"
    start = starts[occurrence]
    begin, end = offsets.to_source(start, start + len(needle))
    return text[begin:end], offsets.is_editable(start, start + len(needle))


def assert_words_in_place(text: str) -> None:
    """Every word of the prose is found at its own place in the source."""
    prose, offsets, *_ = markdown.parse(Source(text))
    for match in re.finditer(r"\w+", prose):
        begin, end = offsets.to_source(match.start(), match.end())
        if offsets.is_editable(match.start(), match.end()):
            assert text[begin:end] == match.group()


# --- a realistic article -------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_article_keeps_what_a_reader_reads(newline: str) -> None:
    text = ARTICLE.read_text(encoding="utf-8").replace("\n", newline)
    prose = prose_of(text)
    for phrase in (
        "Harbour council approves seawall plan",
        "The harbour council voted seven to two on Tuesday to fund the northern\nseawall",
        "Residents can read the\nfull report or\nthe summary before the public meeting.",
        "A crane lifts a concrete block onto the old pier",
        "What the plan costs",
        "Concrete blocks\n\n€2.1m\n\nDelivered in three lots",
        "Includes the | night crew",
        "The wall will protect about 400 homes — and the fish market.\nIt is not a perfect plan",
        "Nested quotes happen in letters to the editor.",
        "Construction starts in May:",
        "then the southern section, if the budget allows.",
        "Readers asked about the contractor’s record.",
        "a price of 5*3 units",
        "The final vote is expected next month.",
    ):
        assert phrase in prose
    assert_words_in_place(text)


def test_article_drops_code_urls_and_metadata() -> None:
    prose = prose_of(ARTICLE.read_text(encoding="utf-8"))
    leaked = [word for word in re.findall(r"\w+", prose) if word.endswith("word") or word == "frontmatterauthor"]
    assert leaked == []
    for markup in ("http", "](", "`", "```", "title:", "<span", "[summary]", "Report title", "refword", "|---"):
        assert markup not in prose


def test_blocks_are_separated_by_blank_lines() -> None:
    prose = prose_of("# Title\n\nFirst paragraph.\n\n- one\n- two\n\n> quoted\n")
    assert prose == "Title\n\nFirst paragraph.\n\none\n\ntwo\n\nquoted"


# --- inline markup -------------------------------------------------------------------------------


def test_emphasis_markers_are_dropped_and_text_keeps_its_place() -> None:
    text = "A *bold* and **strong** and ~~struck~~ _word_."
    assert prose_of(text) == "A bold and strong and struck word."
    assert source_of(text, "strong") == ("strong", True)
    assert source_of(text, "struck") == ("struck", True)


def test_link_text_is_kept_and_destinations_are_not() -> None:
    text = '[inline *text*](https://example.org/a "Title") then [full][ref], [collapsed][] and [ref].\n\n'
    text += "[ref]: /url\n[collapsed]: /other"
    assert prose_of(text) == "inline text then full, collapsed and ref."
    assert source_of(text, "text") == ("text", True)
    assert source_of(text, "then") == ("then", True)


def test_link_destination_with_brackets_and_spaces_is_skipped() -> None:
    text = "See [the (odd) page](<a b (c).html> 'T (x)') for more.\n"
    assert prose_of(text) == "See the (odd) page for more."
    assert source_of(text, "for more") == ("for more", True)


def test_a_bracket_that_is_not_a_link_stays_text() -> None:
    assert prose_of("An [aside] and [another](") == "An [aside] and [another]("


def test_autolinks_raw_html_and_code_spans_leave_no_text() -> None:
    text = "Mail <https://example.org/x> or <b class='x'>bold</b> then `code ``here`` end` done"
    assert prose_of(text) == "Mail \ufffc or bold then \ufffc done"  # one placeholder per removed piece
    assert source_of(text, "done") == ("done", True)


def test_image_alt_text_is_kept_without_its_source() -> None:
    text = "![A *crane* at work](crane.png 'Crane') on the pier"
    assert prose_of(text) == "A crane at work on the pier"
    assert source_of(text, "crane") == ("crane", True)


def test_entities_and_escapes_map_to_their_source_and_are_not_editable() -> None:
    text = "Fish &amp; chips, caf&eacute;, it&#8217;s \\*not\\* emphasis, 5\\_000"
    assert prose_of(text) == "Fish & chips, café, it’s *not* emphasis, 5_000"
    assert source_of(text, "&") == ("&amp;", False)
    assert source_of(text, "café") == ("caf&eacute;", False)
    assert source_of(text, "’") == ("&#8217;", False)
    assert source_of(text, "*") == ("\\*", False)
    assert source_of(text, "emphasis") == ("emphasis", True)


def test_a_backslash_that_escapes_nothing_is_text() -> None:
    assert source_of("C:\\Users is a path", "\\U") == ("\\U", True)


# --- blocks --------------------------------------------------------------------------------------


def test_code_blocks_html_blocks_and_front_matter_are_dropped() -> None:
    text = (
        "---\ntitle: Secret\n---\n\nKept one.\n\n    indented code\n\n```\nfenced code\n```\n\n"
        "<div>\nhtml block\n</div>\n\nKept two.\n"
    )
    assert prose_of(text) == "Kept one.\n\nKept two."


def test_toml_front_matter_is_dropped() -> None:
    assert prose_of("+++\r\ntitle = 'Secret'\r\n+++\r\nKept.\r\n") == "Kept."


def test_headings_lose_their_markers() -> None:
    text = "## Title with closing ##\n\nSetext title\nover two lines\n===\n"
    assert prose_of(text) == "Title with closing\n\nSetext title\nover two lines"
    assert source_of(text, "over two") == ("over two", True)


def test_table_cells_are_blocks_and_an_escaped_pipe_maps_to_its_escape() -> None:
    text = "| Name | Note |\n|------|------|\n| Ann  | a \\| b |\n| Bo   |  |\n"
    assert prose_of(text) == "Name\n\nNote\n\nAnn\n\na | b\n\nBo"
    assert source_of(text, "|") == ("\\|", False)
    assert source_of(text, "b") == ("b", True)


def test_nested_containers_keep_exact_positions() -> None:
    text = "> 1. A *list* in a quote\n>    - with [a **nested** link](u) and\n>      a continuation\n"
    assert prose_of(text) == "A list in a quote\n\nwith a nested link and\na continuation"
    assert source_of(text, "nested") == ("nested", True)
    assert source_of(text, "continuation") == ("continuation", True)


def test_tabs_and_lazy_continuation_lines() -> None:
    text = "-\tItem\twith tabs\n\tand more\n> quote\nlazy line\n"
    assert prose_of(text) == "Item\twith tabs\nand more\n\nquote\nlazy line"
    assert source_of(text, "and more") == ("and more", True)
    assert source_of(text, "lazy") == ("lazy", True)


# --- line endings and characters -----------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_soft_and_hard_breaks_keep_the_source_line_ending(newline: str) -> None:
    text = newline.join(["one", "two  ", "three\\", "four"])
    prose, offsets, *_ = markdown.parse(Source(text))
    assert prose == "one\ntwo\nthree\nfour"
    for index in (i for i, char in enumerate(prose) if char == "\n"):
        begin, end = offsets.to_source(index, index + 1)
        assert text[begin:end] == newline


def test_emoji_and_combining_marks_count_as_code_points() -> None:
    text = "# 😀 Caf\u0065\u0301 👍🏽\n\nThe 🇫🇷 flag and *re\u0301sume\u0301* here.\n"
    prose = prose_of(text)
    assert "😀 Cafe\u0301 👍🏽" in prose
    assert source_of(text, "re\u0301sume\u0301") == ("re\u0301sume\u0301", True)
    assert source_of(text, "here") == ("here", True)


def test_lines_of_unicode_spaces_trimmed_from_a_block_do_not_shift_it() -> None:
    text = "\u3000\nSame\r\nSame\n\u3000\n"
    assert source_of(text, "Same\nSame") == ("Same\r\nSame", True)
    assert source_of(text, "Same", 1) == ("Same", True)
    assert markdown.parse(Source(text))[1].to_source(0, 1) == (2, 3)


@pytest.mark.parametrize("text", ["", "\n\n", "---\n", "> ", "- ", "|", "[x]: <", "`", "<!--", "\\", "&#", "\r"])
def test_degenerate_input_does_not_raise(text: str) -> None:
    prose_of(text)


def test_math_is_machine_text_and_money_is_prose() -> None:
    text = "Inline \\(zqa^2\\) and $zqy = x^2$ and $$zqb$$ here.\n\n\\[\n\\frac{zqa}{zqb}\n\\]\n\nIt costs $5 to $10."
    prose = prose_of(text)
    assert "zq" not in prose
    assert prose == "Inline \ufffc and \ufffc and \ufffc here.\n\nIt costs $5 to $10."
    assert prose_of("He wrote \\[sic\\] twice.") == "He wrote [sic] twice."


def test_an_escaped_backslash_closes_no_math() -> None:
    """'\\\\]' is an escaped backslash and a bracket, not the end of '\\[' math (found by the property test)."""
    assert "alpha beta" in prose_of("\\[ alpha beta\n[\\\\](https://x.example)\n")
    assert "zq" not in prose_of("Text.\n\n\\[\n\\frac{zqa}{zqb} \\\\\n\\]\n\nMore text.")


def test_footnotes_and_definition_lists() -> None:
    text = "The vote passed.[^zq1] Then it did not.\n\nQuorum\n: Enough members to vote.\n\n[^zq1]: By one vote.\n"
    prose = prose_of(text)
    assert prose == "The vote passed.\ufffc Then it did not.\n\nQuorum\n\nEnough members to vote.\n\nBy one vote."
    assert source_of(text, "By one vote") == ("By one vote", True)
