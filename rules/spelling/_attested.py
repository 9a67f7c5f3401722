"""Whether a word pyspellchecker lacks is attested English, a known misspelling, or in between.

A word in the large lexicon (:mod:`._large`) is often a real word (webinar, changelog), but
web text also carries typos, so "recieve" has a frequency too. What tells them apart is a
correction nearby: a misspelling is a cheap slip (:mod:`._edits`) away from a word used far
more often ("recieve" → "receive", 125 times as frequent). Three standings follow:

- ``TYPO``: a cheap slip from a word 100 times as frequent (10,000 times for a word of four
  letters or fewer, where every slip lands on some word): reported as a misspelling, as before;
- ``WORD``: no correction comes close to explaining it: accepted;
- ``RARE``: attested, but a correction is plausible (a rare word next to a common one):
  reported as info, so an editor can look without it counting as a warning.

The thresholds were set on the real drafts, the Norvig, Aspell and Birkbeck dev lists (no
misspelling of them moved from reported to accepted but "icecream", which the joined-words
check still reports) and never on a test file.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from ._edits import slip_cost, slip_floor
from ._large import zipf

TYPO_SLIP = 0.9
"""A slip at most this costly (one cheap edit: a swap, a doubled letter, a vowel) can make a typo."""
TYPO_MARGIN = 2.0
"""...when the correction is at least this much more frequent, in Zipf units (100 times)."""
TYPO_MARGIN_SHORT = 4.0
"""The same for words of at most four letters ("teh" is 50,000 times rarer than "the")."""
NEAR_SLIP = 2.0
"""Corrections within this slip cost count against acceptance..."""
NEAR_WEIGHT = 0.5
NEAR_MARGIN = -1.0
"""...when (their Zipf - the word's) - NEAR_WEIGHT * slip exceeds this."""
MIN_ZIPF = 1.5
"""Rarer forms (about 30 per billion words) are accepted only through the other rules."""


class Standing(Enum):
    UNKNOWN = "unknown"
    TYPO = "typo"
    RARE = "rare"
    WORD = "word"


_MAX_COMPARED = 40
"""Longest word compared with its neighbours (the candidate search grows with the length)."""


@lru_cache(maxsize=4096)
def standing(word: str) -> Standing:
    """How the large lexicon sees ``word`` (lower case, not in pyspellchecker's list)."""
    own = zipf(word)
    if own is None or len(word) > _MAX_COMPARED:
        return Standing.UNKNOWN
    from ._suggest import near_words

    accepted = own >= MIN_ZIPF
    margin = TYPO_MARGIN_SHORT if len(word) <= 4 else TYPO_MARGIN
    for candidate, edits in near_words(word, 1 if len(word) <= 3 else 2).items():
        other = zipf(candidate)
        if other is None or candidate == word:
            continue
        gain = other - own
        if gain < margin and (not accepted or gain - NEAR_WEIGHT * slip_floor(word, candidate, edits) <= NEAR_MARGIN):
            continue  # neither a typo nor a correction that decides anything, whatever its exact slip cost
        cost = slip_cost(word, candidate)
        if cost <= TYPO_SLIP and gain >= margin:
            return Standing.TYPO
        if cost <= NEAR_SLIP and gain - NEAR_WEIGHT * cost > NEAR_MARGIN:
            accepted = False
    return Standing.WORD if accepted else Standing.RARE


def phrase_zipf(words: tuple[str, ...]) -> float | None:
    """An estimate of how often ``words`` stand side by side, in Zipf units (two words only).

    The unigram product plus the pair's bigram association (:mod:`._bigrams`, natural log),
    or the product alone when the bigram counts do not know the pair.
    """
    import math

    from ._bigrams import association

    if len(words) != 2:
        return None
    left, right = zipf(words[0]), zipf(words[1])
    if left is None or right is None:
        return None
    bonus = association(words[0], words[1]) or 0.0
    return left + right - 9.0 + bonus / math.log(10)
