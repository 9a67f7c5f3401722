"""Words run together: "inthe" → "in the", "municipalitis" → "municipality is".

An unknown word is cut at every point; a cut is a candidate when both parts are real words
(short parts must be common ones: "a", "of", "in", not dictionary oddities like "ab" or "th"),
or when one part is a common word and the other is one edit from a word, which catches a fusion
and a typo at once. A split is scored like a correction, in log probability: the two parts'
frequencies, minus the cost of the missing space and of any edit. Segmentation against word
frequencies is the approach of Norvig's "Natural Language Corpus Data" chapter; the frequencies
are pyspellchecker's, and a pair of words that the web's bigram counts know as a phrase scores
its bigram association instead of a flat bonus (:mod:`._bigrams`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from ._bigrams import association
from ._context import split_penalty
from ._edits import slip_cost
from ._lexicon import lexicon
from ._suggest import COST_WEIGHT

SPACE_COST = 0.35
"""The missing space, in edits (a space is the most often dropped key)."""
PAIR_BONUS = 2.0
"""Log-odds that two words written side by side belong together, over their unigram product,
when the bigram counts do not know the pair (or know it as weaker than this)."""

# Two-letter and one-letter words that may stand as a part of a split.
_SHORT = frozenset("a i am an as at be by do go he if in is it me my no of on or so to up us we ok".split())
_THREE_MIN_COUNT = 20000
"""A three-letter part must be at least this common ("the", "and", "lot"), not "th" + "ese"."""
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MAX_SPLIT = 60
"""Longest word read as two run together (two long words and a slip fit well inside)."""
_MAX_NEAR = 30
"""Longest fragment corrected by one edit while splitting."""


class Split(NamedTuple):
    """Two words written as one, with how likely that reading is."""

    parts: tuple[str, str]
    score: float
    edited: bool
    """True when one part needed a correction as well ("municipalit" → "municipality")."""
    at_junction: bool = False
    """True when that correction is next to the missing space, where the fingers slipped."""

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def is_part(word: str) -> bool:
    """Whether ``word`` may stand as one side of a split as written."""
    if len(word) <= 2:
        return word in _SHORT
    lex = lexicon()
    count = lex.count(word)
    if len(word) == 3:
        return count >= _THREE_MIN_COUNT
    return count > 50 or word in lex.american


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _ALPHABET}
    return deletes | swaps | replaces | inserts


def _near(fragment: str) -> tuple[str, float] | None:
    """The best real word one edit from ``fragment`` (4+ letters), with its slip cost."""
    if not 4 <= len(fragment) <= _MAX_NEAR:
        return None  # edits of a fragment grow with its length: longer ones are not one slip from a word
    lex = lexicon()
    count = lex.counts.peek  # the edits are one-off strings: looked up, not remembered
    best: tuple[str, float] | None = None
    best_score = -math.inf
    for candidate in _edits1(fragment):
        if len(candidate) >= 4 and count(candidate) > 50:
            cost = slip_cost(fragment, candidate)
            value = lex.log_prob(candidate) - COST_WEIGHT * cost
            if value > best_score:
                best, best_score = (candidate, cost), value
    return best


def _edited_at_start(fragment: str, word: str) -> bool:
    """Whether ``fragment`` and ``word`` differ only in their first letter (reverse for an end)."""
    shared = 0
    for a, b in zip(fragment[::-1], word[::-1], strict=False):
        if a != b:
            break
        shared += 1
    return shared >= len(fragment) - 1 and shared >= len(word) - 1


def _score(left: str, right: str, edit_cost: float) -> float:
    """log P(left) + log P(right | left), minus the slips: the bigram association stands in for
    ``PAIR_BONUS`` when the pair is a known phrase ("in spite", "any other")."""
    lex = lexicon()
    seen = association(left, right)
    bonus = PAIR_BONUS if seen is None else max(PAIR_BONUS, seen)
    value = lex.log_prob(left) + lex.log_prob(right) + bonus - COST_WEIGHT * (SPACE_COST + edit_cost)
    return value - split_penalty(left, right, seen)


@lru_cache(maxsize=8192)
def splits(word: str) -> tuple[Split, ...]:
    """Readings of ``word`` (lower case) as two words, best first (at most five).

    Bounded: a word longer than :data:`MAX_SPLIT` letters has no reading (each cut costs work in
    the fragment's length, so an unbounded word would cost its length squared).
    """
    if len(word) > MAX_SPLIT:
        return ()
    found: dict[tuple[str, str], Split] = {}

    def add(left: str, right: str, cost: float, junction: bool = False) -> None:
        value = _score(left, right, cost)
        key = (left, right)
        if key not in found or found[key].score < value:
            found[key] = Split(key, value, cost > 0, junction)

    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        left_ok, right_ok = is_part(left), is_part(right)
        if left_ok and right_ok:
            add(left, right, 0.0)
        elif left_ok and (len(left) <= 3 or lexicon().count(left) >= _THREE_MIN_COUNT):
            near = _near(right)
            if near is not None:
                add(left, near[0], near[1], _edited_at_start(right, near[0]))
        elif right_ok and (len(right) <= 3 or lexicon().count(right) >= _THREE_MIN_COUNT):
            near = _near(left)
            if near is not None:
                add(near[0], right, near[1], _edited_at_start(left[::-1], near[0][::-1]))
    return tuple(sorted(found.values(), key=lambda s: -s.score)[:5])
