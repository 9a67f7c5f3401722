"""Corrections for an unknown word, ranked by slip cost and word frequency.

Candidates are the dictionary words within two edits (optimal string alignment) of the typed
word. pyspellchecker finds them by generating every string two edits away and looking each up,
which for a ten-letter word is over 200,000 strings (about half a second). Here rapidfuzz
compares the word with the dictionary words of similar length that share its first or its last
letter (a slip seldom changes both), in C, in a few milliseconds. Ranking is a noisy-channel
score: log frequency minus a weight times the weighted edit cost of :mod:`._edits`.
Suggestions are computed only for flagged words and cached per word.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ._edits import slip_cost
from ._lexicon import lexicon

MAX_SUGGESTIONS = 5
COST_WEIGHT = 10.0
"""How many natural-log units of frequency one edit is worth."""


@dataclass(frozen=True, slots=True)
class _Bucket:
    words: list[str]
    lengths: list[int]

    def around(self, length: int, spread: int) -> list[str]:
        lo = bisect_left(self.lengths, length - spread)
        hi = bisect_right(self.lengths, length + spread)
        return self.words[lo:hi]


@dataclass(frozen=True, slots=True)
class _Index:
    by_first: dict[str, _Bucket]
    by_last: dict[str, _Bucket]


@cache
def _index() -> _Index:
    import gc

    enabled = gc.isenabled()
    gc.disable()  # as in lexicon(): many new objects, none of them garbage
    try:
        return _build_index()
    finally:
        if enabled:
            gc.enable()


_Groups = dict[str, tuple[list[str], list[int]]]


def _build_index() -> _Index:
    """The words by first and by last letter, sorted by length: from the per-user data cache
    (about 20 ms) after the first run, instead of sorting the whole lexicon (about 120 ms) in
    every process that needs a suggestion."""
    from lint._datacache import cached, package_fingerprint

    counts = lexicon().counts
    words_folder = Path(__file__).resolve().parent.parent / "words"
    stamp = ":".join(f"{p.name}={p.stat().st_size}/{p.stat().st_mtime_ns}" for p in sorted(words_folder.glob("*.txt")))
    fingerprint = f"{package_fingerprint('spellchecker')}|{len(counts)}|{stamp}"
    first, last = cached("spelling-suggestion-index", fingerprint, lambda: _groups(counts))
    return _Index(
        {key: _Bucket(*group) for key, group in first.items()}, {key: _Bucket(*group) for key, group in last.items()}
    )


def _groups(counts: dict[str, int]) -> tuple[_Groups, _Groups]:
    words = sorted(counts, key=len)
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for word in words:
        first.setdefault(word[0], []).append(word)
        last.setdefault(word[-1], []).append(word)

    def with_lengths(groups: dict[str, list[str]]) -> _Groups:
        return {key: (group, [len(w) for w in group]) for key, group in groups.items()}

    return with_lengths(first), with_lengths(last)


def candidates(word: str, max_distance: int = 2) -> set[str]:
    """Dictionary words within ``max_distance`` edits of ``word`` (lower case)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    index = _index()
    choices: list[str] = []
    for bucket in (index.by_first.get(word[0]), index.by_last.get(word[-1])):
        if bucket is not None:
            choices += bucket.around(len(word), max_distance)
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_distance, limit=None)
    return {choice for choice, _, _ in found}


def score(typed: str, intended: str) -> float:
    """Noisy-channel log score of ``intended`` as what the writer meant by ``typed``."""
    return math.log(lexicon().count(intended) or 0.5) - COST_WEIGHT * slip_cost(typed, intended)


@lru_cache(maxsize=8192)
def ranked(word: str, language: str = "en-US") -> tuple[tuple[str, float], ...]:
    """Corrections of ``word`` (lower case) with their scores, best first, in the language's spelling."""
    lex = lexicon()
    max_distance = 1 if len(word) <= 3 else 2
    scored: dict[str, float] = {}
    for candidate in candidates(word, max_distance):
        if candidate == word:
            continue
        value = score(word, candidate)
        spelled = lex.variant(candidate, language)
        if spelled != candidate:
            value = max(value, score(word, spelled))
        if value > scored.get(spelled, -math.inf):
            scored[spelled] = value
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    return tuple(best[: MAX_SUGGESTIONS * 2])


def suggest(word: str, language: str = "en-US") -> tuple[str, ...]:
    """At most five corrections for ``word``, in its capitalisation."""
    lower = word.lower()
    results = [candidate for candidate, _ in ranked(lower, language)[:MAX_SUGGESTIONS]]
    return tuple(match_case(word, candidate) for candidate in results)


def match_case(model: str, word: str) -> str:
    """``word`` written in the capitalisation of ``model`` ("Teh" → "The")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
