"""The large lexicon: wordfreq's English word frequencies, to judge whether a word is used in English.

pyspellchecker's 160,000 words are the candidate generator for corrections; they lack much of
the vocabulary of edited English (bot, config, webinar, changelog, kubernetes). wordfreq
(Apache-2.0 code, CC-BY-SA 4.0 data) ships the frequency of 320,000 English forms from web
text, subtitles, books and Wikipedia, in Zipf units (log10 of uses per billion words). Because
web text has typos, common misspellings are in it too ("recieve" at Zipf 2.75), so a frequency
alone never accepts a word: :mod:`._attested` weighs it against its likely corrections.

The file (``wordfreq/data/large_en.msgpack.gz``) is read directly, without importing wordfreq
(whose import pulls in ``regex``, ``ftfy`` and ``langcodes``), only when a word would otherwise
be reported, and kept in the per-user data cache as a packed table (it loads in milliseconds).
Without wordfreq the table is empty and the rules behave as before.
"""

from __future__ import annotations

import re
from functools import cache

from lint._packed import IntTable, PackedInts, pack_ints

_WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
"""Lower-case ASCII words, perhaps with inner apostrophes or hyphens: what the rules look up."""


def _build() -> PackedInts:
    """The words and their frequencies in centibels below one (wordfreq's own unit: Zipf = 9 -
    value / 100), packed (:mod:`lint._packed`)."""
    import gzip
    from importlib.resources import files

    try:
        import msgpack  # type: ignore[import-untyped,unused-ignore]

        data = (files("wordfreq") / "data" / "large_en.msgpack.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return pack_ints({}, "H")
    bins = msgpack.unpackb(gzip.decompress(data), raw=False)
    table: dict[str, int] = {}
    for centibels, words in enumerate(bins[1:]):  # bins[0] is the header
        for word in words:
            if word not in table and _WORD.match(word):
                table[word] = centibels
    return pack_ints(table, "H")


@cache
def _table() -> IntTable:
    from lint._datacache import cached_mapped, package_fingerprint

    fingerprint = package_fingerprint("wordfreq")
    return IntTable.load(cached_mapped("spelling-wordfreq-hashed", fingerprint, _build, aside="fresh"))


def zipf(word: str) -> float | None:
    """The Zipf frequency of ``word`` (lower case) in English, or None when wordfreq lacks it."""
    found = _table().get(word)
    return None if found is None else 9.0 - found / 100.0
