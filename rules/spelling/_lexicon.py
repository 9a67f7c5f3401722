"""The English word list with frequencies: pyspellchecker's dictionary plus British forms.

Loaded once, on first use (never at import: the CLI must start fast), and kept in memory.
pyspellchecker (MIT) ships its English dictionary as a gzipped JSON object from word to
count; we read that file directly, which is what ``SpellChecker()`` does too, without the
rest of its machinery.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Known words (lower case) with counts, and the map between British and American forms."""

    counts: dict[str, int]
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
        return math.log(self.counts.get(word, 0.5) / self.total)

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


_Table = tuple[dict[str, int], dict[str, str], dict[str, str], int]


def _build() -> _Table:
    """The counts with the British forms added, both maps between the variants, and the total."""
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
    return counts, american, british, sum(counts.values())


@cache
def lexicon() -> Lexicon:
    """The shared lexicon, once per process: the whole of it (British forms and the total included)
    from one table of the per-user data cache, so a cold process neither reads the pairs files nor
    adds the British forms again."""
    import gc

    from lint._datacache import cached, package_fingerprint

    # 160,000 new objects would trigger several full garbage collections of everything the
    # process holds (3x slower in a busy process); none of them can be garbage.
    enabled = gc.isenabled()
    gc.disable()
    try:
        fingerprint = f"{package_fingerprint('spellchecker')}|{words_stamp()}"
        counts, american, british, total = cached("spelling-lexicon", fingerprint, _build)
    finally:
        if enabled:
            gc.enable()
    return Lexicon(counts, american, british, total)


def dropped_g(word: str) -> str | None:
    """The -ing word that ``word`` (lower case) may be with its g dropped ("askin" → "asking"), or None.

    Shared by the checks that treat such a word as dialect, as no prefixed word, and as never a safe split.
    """
    if word.endswith("in") and word + "g" in lexicon():
        return word + "g"
    return None
