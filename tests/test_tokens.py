"""The document's words: the fast split gives exactly what one match per word gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint import Config, Source
from lint._engine import build_document

WORD = re.compile(r"[^\W_](?:\w|['’\-](?=[^\W_]))*")


def reference_words(text: str) -> list[list[tuple[int, int, str, bool, str, bool]]]:
    """One regex match per word, the gap to the next word read from the text: the plain definition."""
    doc = build_document(Source(text=text, path="t.txt"), "plain", Config())
    result = []
    for sentence in doc.sentences:
        matches = list(WORD.finditer(doc.text, sentence.start, sentence.end))
        words = []
        for index, match in enumerate(matches):
            gap = doc.text[match.end() : matches[index + 1].start()] if index + 1 < len(matches) else ""
            joined = gap != "" and not gap.strip(" \t\n") and gap.count("\n") <= 1
            low = match.group().lower().replace("’", "'")
            words.append((match.start(), match.end(), match.group(), index == 0, low, joined))
        result.append(words)
    return result


def document_words(text: str) -> list[list[tuple[int, int, str, bool, str, bool]]]:
    doc = build_document(Source(text=text, path="t.txt"), "plain", Config())
    return [
        [(t.start, t.end, t.text, t.sentence_start, t.low, t.joined) for t in words] for words in doc.sentence_words
    ]


PIECES = st.sampled_from(
    [
        "the",
        "The",
        "DON’T",
        "don't",
        "co-op",
        "x_y",
        "_",
        "42",
        "İstanbul",
        "ſ",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        ". ",
        "? ",
        "-",
        "'",
        "’",
        "\ufffc",
        "😀",
        "(",
        ")",
        "Mr. ",
        "e.g. ",
        "ß",
        "Ǆ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_split_matches_one_match_per_word(text: str) -> None:
    assert document_words(text) == reference_words(text)


def test_a_word_shares_its_text_and_lower_case_form_across_tokens() -> None:
    doc = build_document(Source(text="The cat saw the other cat. The end.", path="t.txt"), "plain", Config())
    cats = [token for token in doc.tokens if token.low == "cat"]
    assert cats[0].text is cats[1].text
    the = [token for token in doc.tokens if token.low == "the"]
    assert the[0].low is the[1].low is the[1].text


def test_positions_hold_far_into_long_sentences_and_long_texts() -> None:
    """A token keeps its sentence's start and its distance from it: both must add up exactly past
    256 characters into a sentence (where Python stops sharing small numbers) and deep into a text."""
    long_sentence = " ".join(f"word{index}" for index in range(400)) + "."
    text = "Short one. " * 3000 + long_sentence + " Then\tthe 😀 end?\r\nYes."
    assert document_words(text) == reference_words(text)
    doc = build_document(Source(text=text, path="t.txt"), "plain", Config())
    assert all(doc.text[token.start : token.end] == token.text for token in doc.tokens)
