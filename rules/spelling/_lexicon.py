"""The English word list with frequencies: pyspellchecker's dictionary plus British forms.

Loaded once, on first use (never at import: the CLI must start fast), and kept in memory.
pyspellchecker (MIT) ships its English dictionary as a gzipped JSON object from word to
count; we read that file directly, which is what ``SpellChecker()`` does too, without the
rest of its machinery.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._document import Document
    from lint._packed import IntTable


class WordCounts:
    """Word → corpus count, read from a packed table (:mod:`lint._packed`) mapped from the data
    cache, with a per-process memo of the words asked about.

    A dict of the 163,000 words cost every cold process about 45 ms to unmarshal (and 20 MB); the
    packed table loads in about a millisecond, and a document asks about a few thousand words.
    The memo keeps answered words at dict speed for a long-running process; it is cleared when it
    grows past :data:`MEMO_LIMIT`, so unknown words from a stream of documents cannot fill memory.
    """

    __slots__ = ("_keys", "_memo", "_values")

    MEMO_LIMIT = 400_000

    def __init__(self, table: IntTable) -> None:
        self._keys, self._values = table.keys, table.values
        self._memo: dict[str, int] = {}
        """Each word asked about → its count, 0 when the lexicon lacks it."""

    def get(self, word: str, default: int = 0) -> int:
        found = self._memo.get(word)
        if found is None:
            found = self._look_up(word)
        return found or default

    def peek(self, word: str) -> int:
        """:meth:`get` without remembering the answer, for one-off candidates: the one-edit variants of
        a fragment while an unknown word is split (some 500 a fragment, seldom asked again). Kept,
        they filled the memo with strings no document holds: 20 MB more for a 12,000-word text with
        2,000 distinct unknown words, which took the run past 150 MB."""
        found = self._memo.get(word)
        return self._read(word) if found is None else found

    def _look_up(self, word: str) -> int:
        memo = self._memo
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        found = memo[word] = self._read(word)
        return found

    def _read(self, word: str) -> int:
        """The table's count of ``word``, 0 when it lacks it (no memo)."""
        number = self._keys.number(word)
        return 0 if number < 0 else self._values[number]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) > 0

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if not found:
            raise KeyError(word)
        return found

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        """Every word (for building derived tables; a look-up never needs this)."""
        return self._keys.words()

    def unknown(self, words: Iterable[str]) -> set[str]:
        """The words of ``words`` the lexicon lacks: :meth:`get` for each, in one loop (a document's
        10,000-odd distinct words cost two calls a word less)."""
        memo, number, values, limit = self._memo, self._keys.number, self._values, self.MEMO_LIMIT
        lacking: set[str] = set()
        for word in words:
            found = memo.get(word)
            if found is None:
                if len(memo) > limit:
                    memo.clear()
                place = number(word)
                found = memo[word] = 0 if place < 0 else values[place]
            if not found:
                lacking.add(word)
        return lacking


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Known words (lower case) with counts, and the map between British and American forms."""

    counts: WordCounts
    """Every accepted word, American and British, with its corpus count."""
    american: dict[str, str]
    """British form → American form."""
    british: dict[str, str]
    """American form → British form."""
    total: int

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def log_prob(self, word: str) -> float:
        """Natural log of the word's relative frequency (a floor for unknown words)."""
        return math.log((self.counts.get(word, 0) or 0.5) / self.total)

    def variant(self, word: str, language: str) -> str:
        """The spelling of ``word`` the language prefers ("color" → "colour" in en-GB)."""
        if language == "en-GB":
            return self.british.get(word, word)
        return self.american.get(word, word)


def raw_counts() -> dict[str, int]:
    import gzip
    import json
    from importlib.resources import files

    try:
        data = (files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):  # a future layout: ask the library itself
        from spellchecker import SpellChecker

        return dict(SpellChecker(language="en").word_frequency.dictionary)
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return counts


def cached_counts() -> dict[str, int]:
    """``raw_counts()``, from the per-user data cache after the first run (milliseconds, not 0.1 s)."""
    from lint._datacache import cached, package_fingerprint

    return cached("spelling-counts", package_fingerprint("spellchecker"), raw_counts)


def words_stamp() -> str:
    """The shipped word files' names, sizes and times: part of the key of every table built from them."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "words"
    return ":".join(f"{p.name}={p.stat().st_size}/{p.stat().st_mtime_ns}" for p in sorted(folder.glob("*.txt")))


def _build() -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """The counts with the British forms added, and both maps between the variants."""
    from ._variants import british_pairs

    counts = raw_counts()
    american: dict[str, str] = {}
    british: dict[str, str] = {}
    for gb, us in british_pairs().items():
        if us not in counts:
            continue
        american[gb] = us
        british.setdefault(us, gb)
        if gb not in counts:
            counts[gb] = counts[us]
    return counts, american, british


@cache
def lexicon() -> Lexicon:
    """The shared lexicon, once per process, from two tables of the per-user data cache: the counts
    packed and mapped, the variant maps and the total marshalled; so a cold process neither reads
    the pairs files nor adds the British forms again, nor builds a dict of every word."""
    from lint._datacache import cached, cached_mapped, package_fingerprint
    from lint._packed import IntTable, pack_ints

    fingerprint = f"{package_fingerprint('spellchecker')}|{words_stamp()}"
    built: list[tuple[dict[str, int], dict[str, str], dict[str, str]]] = []

    def build() -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
        if not built:
            built.append(_build())
        return built[0]

    def maps() -> tuple[dict[str, str], dict[str, str], int]:
        counts, american, british = build()
        return american, british, sum(counts.values())

    american, british, total = cached("spelling-variant-maps", fingerprint, maps)
    table = IntTable.load(cached_mapped("spelling-lexicon-packed", fingerprint, lambda: pack_ints(build()[0], "I")))
    return Lexicon(WordCounts(table), american, british, total)


def dropped_g(word: str) -> str | None:
    """The -ing word that ``word`` (lower case) may be with its g dropped ("askin" → "asking"), or None.

    Shared by the checks that treat such a word as dialect, as no prefixed word, and as never a safe split.
    """
    if word.endswith("in") and word + "g" in lexicon():
        return word + "g"
    return None


def unknown_lows(doc: Document) -> frozenset[str]:
    """The document's distinct look-up forms the lexicon lacks: one set per document (``doc.shared``),
    read by the spelling pass and by the grammar rule for names written in lower case."""
    return frozenset(lexicon().counts.unknown(doc.distinct_lows))
