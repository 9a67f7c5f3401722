"""How much more often two words stand side by side than chance: bigram evidence for splits.

Unigram frequencies cannot tell "in spite" (a fixed phrase) from "an other" (two common words
that seldom meet), so a split scored as log P(w1) + log P(w2) loses to a near correction
("inspite" → "inspire"). With a bigram model the split scores log P(w1) + log P(w2 | w1), which
is the unigram product plus the pair's pointwise mutual information,
log P(w1 w2) / (P(w1) P(w2)). That association is what this table holds.

The counts are Norvig's Google Web Trillion Word counts as the ``wordsegment`` package
(Apache-2.0) ships them: ``unigrams.txt`` and ``bigrams.txt``, the 258,000 most frequent word
pairs (each seen at least 100,000 times, so a missing pair may still be a phrase). They are
parsed once, when the first unknown word needs its splits judged (never at import: the CLI must
start fast), and kept in the per-user data cache. Without ``wordsegment`` the table is empty and
splits are scored from unigrams alone, as before.
"""

from __future__ import annotations

import math
from functools import cache

from lint._packed import FloatTable, PackedFloats, pack_floats

TOTAL = 1024908267229
"""Words in the corpus the counts come from (``wordsegment.TOTAL``)."""
STRONG = 2.5
"""An association at least this strong (12 times chance) makes a pair a set phrase ("to win")."""
KEPT = 2.0
"""Only pairs more associated than this are kept: a split's default pair bonus
(:data:`._segment.PAIR_BONUS`) is 2.0, so weaker pairs are scored like unseen ones anyway, and
the table is 106,000 pairs instead of 250,000 (a third of the load time)."""


def _build() -> dict[str, float]:
    from rules._webcounts import summed_counts

    try:
        unigrams, pairs = summed_counts("unigrams.txt"), summed_counts("bigrams.txt")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    table: dict[str, float] = {}
    for pair, count in pairs.items():
        left, _, right = pair.partition(" ")
        first, second = unigrams.get(left), unigrams.get(right)
        if first and second and left.isalpha() and right.isalpha():
            value = math.log(count * TOTAL / (first * second))
            if value > KEPT:
                table[pair] = round(value, 3)
    return table


def _packed() -> PackedFloats:
    """:func:`_build`'s table packed: a module-level build, so that a first run builds it in a
    fresh interpreter (``lint._datacache``, ``aside="fresh"``)."""
    return pack_floats(_build())


@cache
def _table() -> FloatTable:
    """The pairs, packed (:mod:`lint._packed`): about 2 ms to load instead of about 30 ms as a dict."""
    from lint._datacache import cached_mapped, package_fingerprint

    fingerprint = package_fingerprint("wordsegment")
    return FloatTable.load(cached_mapped("spelling-pair-association-hashed", fingerprint, _packed, aside="fresh"))


def association(left: str, right: str) -> float | None:
    """log P(left right) / (P(left) P(right)) for a pair (lower case) above ``KEPT``, else None."""
    return _table().get(f"{left} {right}")


def is_collocation(left: str, right: str) -> bool:
    """Whether ``left right`` is a set phrase: seen together at least ``STRONG`` above chance."""
    found = association(left, right)
    return found is not None and found >= STRONG
