"""The document's words, grouped by sentence, with what the grammar rules ask of them.

The words are ``Document.sentence_words``; the index of words by lower-case form is built once
per document and shared by every built-in grammar rule.
A word is *joined* to the next when only spaces lie between them: a comma, a quote, a dash or
a bracket between two words breaks every pattern the rules look for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from itertools import accumulate
from typing import TYPE_CHECKING

from lint._document import Token

if TYPE_CHECKING:
    from lint._document import Document


Word = Token
"""A grammar rule's word is the document's token: ``low``, ``joined``, ``sentence_start``."""


class _Index:
    """Where each lower-case word stands, as positions in ``doc.tokens`` (one int per word).

    Positions, not (sentence, index) pairs: a 50,000-word document makes 50,000 small ints
    instead of 50,000 tuples, about a third of the time, and sorting them needs no key.
    """

    __slots__ = ("by_word", "firsts", "sentences")

    def __init__(self, doc: Document) -> None:
        self.sentences = [words for words in doc.sentence_words if words]
        self.firsts = list(accumulate((len(words) for words in self.sentences[:-1]), initial=0))
        """Position of the first word of each sentence."""
        by_word: dict[str, list[int]] = {}
        for position, token in enumerate(doc.tokens):
            low = token.low
            if low in by_word:
                by_word[low].append(position)
            else:
                by_word[low] = [position]
        self.by_word = by_word


def sentences(doc: Document) -> list[list[Word]]:
    """The words of each sentence, in order."""
    return _analyse(doc).sentences


def occurrences(doc: Document, lows: frozenset[str]) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of every word whose lower-case form is in ``lows``, in text order.

    Rules start from their trigger words ("its", "a", "have", …) instead of walking every word.
    """
    index = _analyse(doc)
    by_word = index.by_word
    positions: list[int] = []
    for low in lows:
        found = by_word.get(low)
        if found is not None:
            positions += found
    if len(positions) > 1:
        positions.sort()
    words, firsts = index.sentences, index.firsts
    places = []
    for position in positions:
        sentence = bisect_right(firsts, position) - 1
        places.append((words[sentence], position - firsts[sentence]))
    return places


def vocabulary(doc: Document) -> Collection[str]:
    """The lower-case words of the document (for quick "does it contain …" tests)."""
    return _analyse(doc).by_word.keys()


def _analyse(doc: Document) -> _Index:
    return doc.shared(_Index)


def run_of(words: list[Word], index: int, length: int) -> bool:
    """True when ``words[index : index + length]`` exist and are joined one to the next."""
    if index < 0 or index + length > len(words):
        return False
    return all(words[i].joined for i in range(index, index + length - 1))


def before(words: list[Word], index: int) -> Word | None:
    """The word before ``words[index]`` when joined to it (nothing but spaces between)."""
    if index > 0 and words[index - 1].joined:
        return words[index - 1]
    return None


def match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (first letter or all caps)."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_QUOTE_MARK = re.compile('[“”"]')


def quoted(doc: Document) -> list[tuple[int, int]]:
    """Ranges inside double quotation marks, paired within each paragraph (quotes are left as spoken)."""
    return doc.shared(_quoted)


def _quoted(doc: Document) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for paragraph in doc.paragraphs:
        opening: int | None = None
        for match in _QUOTE_MARK.finditer(paragraph.text):
            char, index = match.group(), match.start()
            if char == "“" or (char == '"' and opening is None):
                opening = paragraph.start + index
            elif opening is not None:
                ranges.append((opening, paragraph.start + index + 1))
                opening = None
    return ranges


def in_quote(ranges: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(ranges, (position, 1 << 62)) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]
