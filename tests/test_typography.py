"""Typography and repetition rules on real Markdown: what must fire, and what markup must not cause."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lint import Config, check_source
from lint._source import Source, read_source

FIXTURES = Path(__file__).parent / "fixtures" / "typography"
TYPOGRAPHY = Config(select=("space.missing-after-punctuation", "space.before-punctuation", "space.repeated-spaces",
                            "repetition", "punctuation"))  # fmt: skip


def _findings(name: str) -> list[tuple[int, int, str, str]]:
    source = read_source(FIXTURES / name)
    result = check_source(source, "markdown", TYPOGRAPHY)
    for diagnostic in result.diagnostics:
        location = diagnostic.location
        assert source.text[location.offset : location.offset + location.length] == diagnostic.text
    return [(d.location.line, d.location.column, d.rule, d.text) for d in result.diagnostics]


def test_markup_numbers_abbreviations_and_urls_stay_quiet() -> None:
    assert _findings("good.md") == []


def test_slips_are_found_at_their_exact_positions() -> None:
    assert _findings("bad.md") == [
        (3, 12, "space.missing-after-punctuation", ","),
        (3, 50, "space.missing-after-punctuation", "."),
        (4, 16, "repetition.repeated-word", "the\nthe"),
        (5, 21, "space.repeated-spaces", "  "),
        (5, 28, "space.before-punctuation", " ."),
        (6, 12, "punctuation.unbalanced-brackets", "("),
        (6, 34, "punctuation.unbalanced-quotes", "“"),
        (8, 14, "space.missing-after-punctuation", ","),
    ]


def test_double_spaces_in_html_are_not_reported_because_browsers_collapse_them() -> None:
    html = "<p>The mayor spoke.  Then she left.</p>"
    markdown = "The mayor spoke.  Then she left."
    assert check_source(Source(text=html, path="story.html"), "html", TYPOGRAPHY).diagnostics == []
    found = check_source(Source(text=markdown, path="story.md"), "markdown", TYPOGRAPHY).diagnostics
    assert [d.rule for d in found] == ["space.repeated-spaces"]


def test_reference_links_to_code_names_are_not_missing_spaces() -> None:
    text = "See [strings.ToUpper][] and [fmt.Println][] for details, or run `make`.\n"
    assert check_source(Source(text=text, path="doc.md"), "markdown", TYPOGRAPHY).diagnostics == []


def test_spaces_beside_inline_code_are_prose_and_beside_template_tags_are_layout() -> None:
    text = "Run  `make` to build.\n\nThen  {{< button >}}  or {% if draft %}  publish.\n"
    found = check_source(Source(text=text, path="doc.md"), "markdown", TYPOGRAPHY).diagnostics
    assert [(d.rule, d.location.line) for d in found] == [("space.repeated-spaces", 1)]


def test_words_on_either_side_of_removed_code_are_not_repeated_or_glued() -> None:
    text = "Set the `name` the way the guide says; see the docs.`config.toml` holds it.\n"
    assert check_source(Source(text=text, path="doc.md"), "markdown", TYPOGRAPHY).diagnostics == []


_SPACE_BEFORE_PATTERN = re.compile(r"(?=[ \t\u00a0])(?<=[^\s])([ \t\u00a0]+)([,;:.?!])(?![\w.])")
_REPEATED_SPACES_PATTERN = re.compile(r"(?= )(?<=[^\s])( {2,})(?=[^\s])")
_SPACING_ALPHABET = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\n",
        "a",
        "ab",
        "Bc",
        "U",
        "S",
        "Army",
        "1",
        "_",
        ",",
        ";",
        ":",
        ".",
        "?",
        "!",
        "..",
        '"',
        "“",
        "’",
        "'",
        "é",
        "😀",
        "\ufffc",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_SPACING_ALPHABET, max_size=40).map("".join))
def test_the_spacing_scans_find_what_their_patterns_define(text: str) -> None:
    """The fast scans of space.before-punctuation and space.repeated-spaces against the patterns
    that define them (one regex tried at every space)."""
    from rules.spacing import _MISSING_AFTER, missing_after_matches, repeated_spaces, spaces_before_marks

    assert [m.span() for m in missing_after_matches(text)] == [m.span() for m in _MISSING_AFTER.finditer(text)]
    expected = [(m.start(), m.start(2), m.group(2)) for m in _SPACE_BEFORE_PATTERN.finditer(text)]
    assert list(spaces_before_marks(text)) == expected
    assert list(repeated_spaces(text)) == [m.span() for m in _REPEATED_SPACES_PATTERN.finditer(text)]


_REPEAT_ALPHABET = st.sampled_from(
    [
        *("the", "The", "THE", "then", "in", "In", "a", "ab", "x1", "1", "_", "-", "'", "’", "s", "dogs", "don’t"),
        *("don't", "İ", "i", "i̇", "Σ", "σ", "ς", "ſ", "K", "k", "ß", "é", "É", " ", "  ", "\t", "\n", "\n\n", "."),
        *(",", "\ufffc"),
    ]
)

_REPEAT_PIECES = st.lists(_REPEAT_ALPHABET, max_size=12).map("".join)
_CASES = st.sampled_from([str, str.lower, str.upper, str.title, str.capitalize])


@settings(max_examples=800, deadline=None)
@given(_REPEAT_PIECES, st.lists(_REPEAT_ALPHABET, min_size=1, max_size=5).map("".join), _CASES, _REPEAT_PIECES)
def test_the_repeated_word_scan_finds_what_its_pattern_defines(before: str, word: str, case: Any, after: str) -> None:
    """repetition.repeated-word tries its regex only at words followed by the same word: it finds
    exactly what the regex tried at every character finds (on texts built around a doubled piece)."""
    from lint._engine import build_document
    from rules.repetition import _REPEAT, _matches

    for gap in (" ", "\n", " \t "):
        text = before + word + gap + case(word) + after
        doc = build_document(Source(text=text, path="t.txt"), "plain", Config())
        assert [m.span() for m in _matches(doc)] == [m.span() for m in _REPEAT.finditer(doc.text)]


_SCAN_ALPHABET = _SPACING_ALPHABET | st.sampled_from([*"()[]{}:;=-'@#", ":-)", ";(", "=]", "a:)"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SCAN_ALPHABET, max_size=40).map("".join))
def test_character_scans_find_what_their_class_patterns_find(text: str) -> None:
    """A CharScan (one literal scan per character) finds what its character-class pattern finds,
    and the emoticon test at a bracket agrees with the emoticon scan of the whole text."""
    from lint._protected import _TRIGGER
    from rules.punctuation import _BRACKET, _DOUBLE_QUOTES, _EMOTICON, _ends_emoticon
    from rules.spacing import _GLUED_MARK, _MARK_AFTER_SPACE

    for scan in (_GLUED_MARK, _MARK_AFTER_SPACE, _TRIGGER, _BRACKET, _DOUBLE_QUOTES):
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]
        assert [m.span() for m in scan.finditer(text, 2, 9)] == [m.span() for m in scan.pattern.finditer(text, 2, 9)]
    emoticons = {m.end() - 1 for m in _EMOTICON.finditer(text)}
    brackets = [m.start() for m in _BRACKET.finditer(text)]
    assert {index for index in brackets if _ends_emoticon(text, index)} == emoticons & set(brackets)
