"""Phrases from other languages that English prose uses as they are ("prima facie", "hors
d'oeuvres", "je ne sais quoi"): their words are accepted inside the phrase, and only there.

Accepting "hors", "fait" or "riche" as words would hide the slips they usually are ("the hors
ran", "a fait price"); inside a listed phrase they are what the writer meant. The list is
``rules/words/loan-phrases.txt``. A phrase may be written with spaces or hyphens ("avant-garde",
"tête-à-tête"), in any case ("Prima facie, …").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ._accept import WORDS_DIR, parse_word_file

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lint._document import Token

LIST = WORDS_DIR / "loan-phrases.txt"

_Places = dict[str, tuple[tuple[tuple[str, ...], int], ...]]
"""A word → each listed phrase that holds it, as its words and the word's place in them."""


@cache
def _phrases() -> tuple[frozenset[str], _Places]:
    """The listed phrases (words joined by single spaces, lower case, straight apostrophes) and,
    for each of their words, where it stands in which phrase. Read once, when a document first has
    a word the dictionary lacks."""
    phrases = [" ".join(line.lower().replace("’", "'").split()) for line in parse_word_file(LIST.read_text("utf-8"))]
    places: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        for place, word in enumerate(words):
            places.setdefault(word, []).append((words, place))
    return frozenset(phrases), {word: tuple(found) for word, found in places.items()}


def in_loan_phrase(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a word of a listed phrase written there: the phrase's words
    side by side in one sentence with only spaces between them, or the whole phrase as one
    hyphenated token."""
    phrases, places = _phrases()
    token = tokens[index]
    if token.low.replace("-", " ") in phrases:
        return True  # "avant-garde", "tête-à-tête"
    for words, place in places.get(token.low, ()):
        start = index - place
        end = start + len(words)
        if start < 0 or end > len(tokens):
            continue
        run = tokens[start:end]  # joined: only spaces between, and never across a sentence's end
        if all(t.low == word for t, word in zip(run, words, strict=True)) and all(t.joined for t in run[:-1]):
            return True
    return False
