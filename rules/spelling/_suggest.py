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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from heapq import heappush, heapreplace
from typing import TYPE_CHECKING

from ._edits import slip_cost, slip_floor
from ._lexicon import lexicon

if TYPE_CHECKING:
    from lint._packed import Blob

MAX_SUGGESTIONS = 5
COST_WEIGHT = 10.0
"""How many natural-log units of frequency one edit is worth."""


_Group = tuple[int, int] | list[str]
"""Where the words of one first (or last) letter and one length lie in the index's text, joined by
newlines: (start, end) in its UTF-8 bytes (the words themselves, a list, in the unlikely case that
a word holds a newline)."""


class _Bucket:
    """The words of one first (or last) letter, by length, as ranges of one mapped text.

    The groups are ranges of one text of 3 MB, mapped from the data cache (a process reads only the
    pages its searches touch: reading and unmarshalling the whole cost 3-9 ms); decoding and splitting
    one makes its words in C, one after the other in memory (a search then reads them in order, which
    is what keeps the C comparison fast). The lists are made for one search and dropped after it, not
    kept: the 21 unknown words of a 50,000-word text asked for 206 groups, 147 of them distinct, and
    keeping those lists (some 200,000 strings) made the process fault in 22 MB of fresh memory, a page
    at a time, where the next search now reuses the last one's.
    """

    __slots__ = ("groups", "text")

    def __init__(self, groups: dict[int, _Group], text: Blob) -> None:
        self.groups = groups
        self.text = text

    def around(self, length: int, spread: int) -> Iterator[list[str]]:
        """The words of ``length`` ± ``spread`` letters, a list a length, shortest first (each
        length in lexicon order)."""
        for size in range(max(length - spread, 1), length + spread + 1):
            group = self.groups.get(size)
            if group is not None:
                yield self._words(group)

    def _words(self, group: _Group) -> list[str]:
        if isinstance(group, list):
            return group
        start, end = group
        return str(self.text[start:end], "utf-8", "surrogatepass").split("\n")


@dataclass(frozen=True, slots=True)
class _Index:
    """The lexicon's words by first and by last letter (:func:`_index`)."""

    by_first: dict[str, _Bucket]
    by_last: dict[str, _Bucket]


@cache
def _index() -> _Index:
    """The words by first and by last letter and length, from the per-user data cache (a few
    milliseconds) after the first run, instead of grouping the whole lexicon (about 120 ms) in every
    process that needs a suggestion."""
    from lint._datacache import cached_mapped, package_fingerprint

    from ._lexicon import words_stamp

    counts = lexicon().counts
    fingerprint = f"{package_fingerprint('spellchecker')}|{len(counts)}|{words_stamp()}"
    first, last, text = cached_mapped("spelling-suggestion-ranges", fingerprint, lambda: _groups(counts))
    return _Index(
        {key: _Bucket(groups, text) for key, groups in first.items()},
        {key: _Bucket(groups, text) for key, groups in last.items()},
    )


_Groups = dict[str, dict[int, _Group]]


def _groups(counts: Iterable[str]) -> tuple[_Groups, _Groups, bytes]:
    """The words by first letter and length, by last letter and length, and the text their groups
    are ranges of (one mapped byte string, see :class:`_Bucket`)."""
    first: dict[str, dict[int, list[str]]] = {}
    last: dict[str, dict[int, list[str]]] = {}
    for word in counts:
        first.setdefault(word[0], {}).setdefault(len(word), []).append(word)
        last.setdefault(word[-1], {}).setdefault(len(word), []).append(word)
    pieces: list[bytes] = []
    length = 0

    def placed(words: list[str]) -> _Group:
        nonlocal length
        if any("\n" in word for word in words):
            return words
        piece = "\n".join(words).encode("utf-8", "surrogatepass")
        pieces.append(piece)
        length += len(piece)
        return (length - len(piece), length)

    def ranges(groups: dict[str, dict[int, list[str]]]) -> _Groups:
        return {key: {size: placed(words) for size, words in by_size.items()} for key, by_size in groups.items()}

    return ranges(first), ranges(last), b"".join(pieces)


def candidates(word: str, max_distance: int = 2) -> set[str]:
    """Dictionary words within ``max_distance`` edits of ``word`` (lower case)."""
    return set(near_words(word, max_distance))


@lru_cache(maxsize=8192)
def near_words(word: str, max_distance: int = 2) -> dict[str, int]:
    """Dictionary words within ``max_distance`` edits of ``word`` (lower case), with their OSA distance.

    Cached per word (the answer depends only on the word and the lexicon): both the ranking of
    corrections and the large lexicon's standing ask for the same word. Do not modify the result.

    Two passes in C: the insertions and deletions distance (Indel, a third cheaper a comparison
    than OSA) first keeps the words within ``2 * max_distance`` of it, which every word within
    ``max_distance`` OSA edits is (a substitution or a swap of neighbours is one deletion and one
    insertion), about one word in 300; OSA then measures only those. The survivors keep their
    order in ``choices``, so the result, in its order too, is what one OSA pass over every word
    gives (21 unknown words of a 50,000-word text: 25 ms of comparisons became 17).
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA, Indel

    index = _index()
    near: list[str] = []
    for bucket in (index.by_first.get(word[0]), index.by_last.get(word[-1])):
        if bucket is not None:
            for choices in bucket.around(len(word), max_distance):
                rough = process.extract(word, choices, scorer=Indel.distance, score_cutoff=2 * max_distance, limit=None)
                near += [choices[place] for place in sorted(place for _, _, place in rough)]
    found = process.extract(word, near, scorer=OSA.distance, score_cutoff=max_distance, limit=None)
    return {choice: int(distance) for choice, distance, _ in found}


def score(typed: str, intended: str) -> float:
    """Noisy-channel log score of ``intended`` as what the writer meant by ``typed``."""
    return math.log(lexicon().count(intended) or 0.5) - COST_WEIGHT * slip_cost(typed, intended)


def _ceiling(typed: str, intended: str, edits: int) -> float:
    """The most :func:`score` can be, from the plain edit distance alone (no weighted alignment)."""
    return math.log(lexicon().count(intended) or 0.5) - COST_WEIGHT * slip_floor(typed, intended, edits)


@lru_cache(maxsize=8192)
def ranked(word: str, language: str = "en-US", limit: int = MAX_SUGGESTIONS * 2) -> tuple[tuple[str, float], ...]:
    """The ``limit`` best corrections of ``word`` (lower case) with their scores, best first, in the
    language's spelling; the same as ranking every candidate and keeping the first ``limit``.

    Each correction's score has a cheap ceiling (its frequency and its plain edit distance), so the
    weighted slip cost is computed best ceiling first, and only until no remaining ceiling reaches
    the ``limit``-th best score found: most of a long word's candidates are never scored in full.
    """
    from rapidfuzz.distance import OSA

    lex = lexicon()
    max_distance = 1 if len(word) <= 3 else 2
    # Each spelling to suggest, with the words it stands for: a candidate and, when the language
    # spells it otherwise, that spelling too (scored as itself). Its score is the best of them.
    sources: dict[str, dict[str, int]] = {}
    for candidate, edits in near_words(word, max_distance).items():
        if candidate == word:
            continue
        spelled = lex.variant(candidate, language)
        terms = sources.setdefault(spelled, {})
        terms[candidate] = edits
        if spelled != candidate and spelled not in terms:
            terms[spelled] = OSA.distance(word, spelled)
    ceilings = sorted(
        (
            (max(_ceiling(word, term, edits) for term, edits in terms.items()), spelled)
            for spelled, terms in sources.items()
        ),
        key=lambda item: -item[0],
    )
    scored: list[tuple[str, float]] = []
    best: list[float] = []  # the ``limit`` best scores so far, as a min-heap
    for ceiling, spelled in ceilings:
        if len(best) == limit and ceiling < best[0]:
            break  # this and every later spelling scores below the ``limit`` best found
        value = max(score(word, term) for term in sources[spelled])
        scored.append((spelled, value))
        if len(best) < limit:
            heappush(best, value)
        elif value > best[0]:
            heapreplace(best, value)
    scored.sort(key=lambda item: (-item[1], item[0]))
    return tuple(scored[:limit])


def suggest(word: str, language: str = "en-US") -> tuple[str, ...]:
    """At most five corrections for ``word``, in its capitalisation."""
    lower = word.lower()
    results = [candidate for candidate, _ in ranked(lower, language, MAX_SUGGESTIONS)]
    return tuple(match_case(word, candidate) for candidate in results)


def match_case(model: str, word: str) -> str:
    """``word`` written in the capitalisation of ``model`` ("Teh" → "The")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
