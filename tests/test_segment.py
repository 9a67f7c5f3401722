"""Sentence splitting: the fast scan against the plain definition (the boundary regex tried at
every character, each range trimmed of whitespace)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint._segment import _is_abbreviation, split_sentences

_DEFINITION = re.compile(r"""[.!?…][.!?…]*['"’”)\]]*(?=\ufffc*\s+['"‘“(\[]*[A-Z0-9À-Þ\ufffc])""")


def _defined_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences as the boundary pattern, the abbreviation test and trimming define them."""

    def trimmed(start: int, end: int) -> tuple[int, int]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    ranges = []
    start = 0
    for match in _DEFINITION.finditer(text):
        if _is_abbreviation(text, match.start(), match.group()):
            continue
        if text[start : match.end()].strip():
            ranges.append(trimmed(start, match.end()))
        start = match.end()
    if text[start:].strip():
        ranges.append(trimmed(start, len(text)))
    return ranges


_PIECES = st.sampled_from(
    [
        *("The", "council", "met", "Monday", "approx", "approxi", "Mr", "mr", "U.S", "e.g", "J", "a", "Ab1234", "x_y"),
        *("2.4", "10", "Żółw", "İstanbul", "café", "日本", ".", "..", "!", "?", "…", "?!", '"', "'", "“", "”", "‘"),
        *("’", ")", "]", "(", "[", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2028", "\ufffc", "-", ",", ":"),
        *(" approx. ", " thurs. ", " Mr. ", " U.S. ", " a.b.cd. ", " said. ", " J. ", " Ab1234. ", " 1234567. ", ". "),
        *(" and I. ", " I. ", "I. ", " Richard I. "),
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_split_sentences_finds_what_its_definition_finds(text: str) -> None:
    assert split_sentences(text) == _defined_sentences(text)


def test_sentences_of_prose() -> None:
    text = "Mr. Smith met Dr. Jones at 10 a.m. on Monday. “We won!” she said.\ufffc Then J. K. Rowling left… It ended."
    found = [text[start:end] for start, end in split_sentences(text)]
    assert found == [
        "Mr. Smith met Dr. Jones at 10 a.m. on Monday.",
        "“We won!” she said.",
        "\ufffc Then J. K. Rowling left…",
        "It ended.",
    ]
    assert split_sentences("  \n ") == []
    assert split_sentences("  One.  Two.  ") == [(2, 6), (8, 12)]


def test_the_pronoun_i_ends_a_sentence_after_a_lower_case_word() -> None:
    text = (
        "This is between you and I. Me and him went. Richard I. Jones came. World War I. It ended. "
        "So do I. Then we left."
    )
    found = [text[start:end] for start, end in split_sentences(text)]
    assert found == [
        "This is between you and I.",
        "Me and him went.",
        "Richard I. Jones came.",
        "World War I. It ended.",
        "So do I.",
        "Then we left.",
    ]
