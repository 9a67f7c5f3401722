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

    @classmethod
    def of(cls, words: list[str]) -> NameIndex:
        counts: Counter[str] = Counter(words)
        for word in words:
            if "-" in word or "'" in word or "’" in word:
                counts[word] -= 1
                for part in word.split("-"):
                    if part:
                        counts[base_form(part)] += 1
        return cls(counts)

    def used_more_than_once(self, word: str) -> bool:
        return self.counts[word] > 1

    def dominant_variant(self, word: str) -> str | None:
        """A capitalised form the document uses more often than ``word`` and nearly like it."""
        if len(word) < 4:
            return None
        from rapidfuzz.distance import OSA

        mine = self.counts[word]
        best: str | None = None
        for other, count in self.counts.items():
            if count <= mine or other == word or not is_capitalised(other) or abs(len(other) - len(word)) > 2:
                continue
            if OSA.distance(word.lower(), other.lower(), score_cutoff=2) <= 2 and (
                best is None or count > self.counts[best]
            ):
                best = other
        return best


def looks_like_name(word: str, sentence_start: bool, beside_capital: bool, names: NameIndex) -> bool:
    """Whether a capitalised word the dictionary lacks should be taken as a name."""
    if not is_capitalised(word):
        return False
    if not sentence_start or beside_capital or names.used_more_than_once(word):
        return True
    return names.dominant_variant(word) is not None
