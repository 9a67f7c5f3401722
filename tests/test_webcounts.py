"""The web counts' reader: what the early end of the unigram file relies on."""

from __future__ import annotations

import math
from importlib.resources import files
from itertools import pairwise

from rules._webcounts import summed_counts
from rules.grammar._ngrams import CUT_OFF


def test_the_unigram_file_lists_each_word_once_commonest_first() -> None:
    """:func:`summed_counts` stops reading the unigrams at the first count below ``until``: exact only
    for a file in this order, without duplicates (wordsegment's is; the bigrams are neither)."""
    with files("wordsegment").joinpath("unigrams.txt").open(encoding="utf-8") as lines:
        rows = [line.rstrip("\n").partition("\t") for line in lines if line.strip()]
    counts = [int(number) for _key, _tab, number in rows]
    assert all(earlier >= later for earlier, later in pairwise(counts))
    assert len({key for key, _tab, _number in rows}) == len(rows)


def test_reading_until_a_count_keeps_what_a_whole_reading_keeps_above_it() -> None:
    least = math.ceil(math.exp(CUT_OFF) - 1)
    whole = summed_counts("unigrams.txt", str.isalpha)
    assert summed_counts("unigrams.txt", str.isalpha, until=least) == {
        key: count for key, count in whole.items() if count >= least
    }
    assert summed_counts("unigrams.txt", until=10**15) == {}  # above the commonest word: nothing read
