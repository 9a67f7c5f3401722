"""Telling names from misspellings, from how the document itself uses a word.

Names are the largest source of false alarms in every spelling checker, and no dictionary
knows the names in tomorrow's news. The document does: a capitalised word that is not the
first of its sentence, or that the draft uses more than once, is a name. A capitalised word
beside another capitalised word ("Shushan Stepanyan") is a name too. A near-variant of a
name that the draft spells another way more often ("Pashinian" once, "Pashinyan" five times)
is a consistency question, not a misspelling, so it is left for the consistency rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z]{2,}(?:s|es)?$")
"""UAV, NATO, UCAVs: all capitals, perhaps with a plural ending."""


def base_form(word: str) -> str:
    """The word without a possessive ending: "Hovhannisyan's" → "Hovhannisyan"."""
    return POSSESSIVE.sub("", word)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass(slots=True)
class NameIndex:
    """How often each word form occurs in one document."""

    counts: Counter[str]
    by_length: dict[int, list[tuple[int, str, int]]] | None = None

    @classmethod
    def of(cls, words: Iterable[str]) -> NameIndex:
        counts: Counter[str] = Counter(words)
        # Each distinct hyphenated or apostrophed form once, with its count: the same sums, and new
        # parts are added in the order of their first occurrence, as word by word.
        for word, count in [
            (word, count) for word, count in counts.items() if "-" in word or "'" in word or "’" in word
        ]:
            counts[word] -= count
            for part in word.split("-"):
                if part:
                    counts[base_form(part)] += count
        return cls(counts)

    def used_more_than_once(self, word: str) -> bool:
        return self.counts[word] > 1

    def dominant_variant(self, word: str) -> str | None:
        """A capitalised form the document uses more often than ``word`` and nearly like it."""
        if len(word) < 4:
            return None
        from rapidfuzz.distance import OSA

        mine = self.counts[word]
        best: tuple[int, int, str] | None = None  # (-count, first seen, form): the most used, then the first
        by_length = self._capitalised()
        for length in range(len(word) - 2, len(word) + 3):
            for order, other, count in by_length.get(length, ()):
                if count <= mine or other == word:
                    continue
                if OSA.distance(word.lower(), other.lower(), score_cutoff=2) <= 2 and (
                    best is None or (-count, order) < best[:2]
                ):
                    best = (-count, order, other)
        return None if best is None else best[2]

    def _capitalised(self) -> dict[int, list[tuple[int, str, int]]]:
        """The capitalised forms by length, each with its place in the counts and its count: built
        once, so each question reads the forms of about its length, not every word of the document."""
        if self.by_length is None:
            self.by_length = {}
            for order, (other, count) in enumerate(self.counts.items()):
                if is_capitalised(other):
                    self.by_length.setdefault(len(other), []).append((order, other, count))
        return self.by_length


def looks_like_name(word: str, sentence_start: bool, beside_capital: bool, names: NameIndex) -> bool:
    """Whether a capitalised word the dictionary lacks should be taken as a name."""
    if not is_capitalised(word):
        return False
    if not sentence_start or beside_capital or names.used_more_than_once(word):
        return True
    return names.dominant_variant(word) is not None
