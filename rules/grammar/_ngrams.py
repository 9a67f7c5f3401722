"""How often words of the confusion sets stand beside other words: web n-gram counts.

The counts are Norvig's Google Web Trillion Word counts as the ``wordsegment`` package
(Apache-2.0) ships them (``unigrams.txt``; ``bigrams.txt``, the word pairs seen at least 100,000
times, case-folded, apostrophes removed). Only what the confusion sets need is kept, in
``confusable-ngrams.tsv`` (rebuilt with ``python -m rules.grammar.build_ngrams`` when the sets
change; a test checks that it covers them): the count of each word of a set, and of each pair
with a word of a set on one side. The pairs only the preview rule grammar.function-word-slip
reads (both sides outside the words the default rule weighs: 'on of', 'the are') are kept apart
in ``function-word-ngrams.tsv``, loaded only when that rule looks one up. They are loaded as
natural logarithms in a packed table (:mod:`lint._packed`) kept in the per-user data cache.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from lint._packed import FloatTable, PackedFloats, pack_floats

SETS_FILE = Path(__file__).with_name("confusables.txt")
COUNTS_FILE = Path(__file__).with_name("confusable-ngrams.tsv")
"""The counts the sets need, derived from ``wordsegment`` (Apache-2.0) by ``build_ngrams.py``:
a first run reads 100,000 lines instead of parsing 600,000."""
FUNCTION_COUNTS_FILE = Path(__file__).with_name("function-word-ngrams.tsv")
"""The pairs of :func:`function_only_words` (62,000 rows, 38% of the counts): kept out of
:data:`COUNTS_FILE` so that the default rules neither parse them on a first run nor load them on
every run."""
UNSEEN_PAIR = math.log(30_000)
"""What a pair missing from the list is taken to count: the list keeps pairs seen 100,000 times
or more, so a missing pair is rarer than that, and usually much rarer."""


@cache
def confusion_sets() -> dict[str, tuple[str, ...]]:
    """Each word of a set → the other words it is confused with (a word may be in several sets).

    A line ``a b c`` is a set read every way; ``a > b`` only one way: 'a' may be reported for 'b',
    never 'b' for 'a' (a typo twin whose other direction the counts get wrong: "was > way")."""
    return _read_sets()[0]


@cache
def one_way_pairs() -> frozenset[tuple[str, str]]:
    """(word, twin) of the one-way sets ('decide > decision'): the twin is never reported for the word."""
    return frozenset(_read_sets()[1])


_ReadSets = tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]


@cache
def _read_sets() -> _ReadSets:
    """:func:`confusion_sets` and the pairs of :func:`one_way_pairs`, from the data cache: parsing the
    1,400 lines of the sets file cost every process that weighs a confusion some 3.5 ms, unmarshalling
    them 0.7 ms."""
    from lint._datacache import cached, file_stamp

    return cached("grammar-confusion-sets", file_stamp(SETS_FILE), _parsed_sets)


def _parsed_sets() -> _ReadSets:
    """The sets file read line by line (see :func:`confusion_sets`)."""
    others: dict[str, list[str]] = {}
    for written, alternatives in _lines():
        for word in written:
            known = others.setdefault(word, [])
            known.extend(other for other in alternatives if other != word and other not in known)
    one_way = [(word, other) for written, found in _lines() if found != written for word in written for other in found]
    return {word: tuple(alternatives) for word, alternatives in others.items()}, one_way


@cache
def _lines() -> tuple[tuple[list[str], list[str]], ...]:
    """(words that may be reported, words that may replace them) of each line of the sets file
    (read once a process: the sets, the trigger words and the function-word split all start here)."""
    found = []
    for line in SETS_FILE.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0]
        written, one_way, replacements = text.partition(">")
        found.append((written.split(), replacements.split() if one_way else written.split()))
    return tuple(found)


def set_words() -> set[str]:
    """Every word of the sets, reported or only suggested: the counts must cover them all."""
    sets = confusion_sets()  # every word of a line is a word of the sets or one of its alternatives
    return set(sets).union(*sets.values())


def count_rows() -> dict[str, int]:
    """The counts the sets need, read from ``wordsegment``'s files: the word of each set, and
    every pair with a word of a set on one side (case-folded duplicates summed). Run by
    ``build_ngrams.py`` when the sets change; copydesk itself reads :data:`COUNTS_FILE`."""
    wanted = set_words()

    def needed(key: str) -> bool:
        left, _, right = key.partition(" ")
        return (left in wanted and (not right or right.isalpha())) or (right in wanted and left.isalpha())

    return _web_counts(needed)


def _web_counts(keep: Callable[[str], bool]) -> dict[str, int]:
    """The count of each word and word pair of ``wordsegment``'s unigram and bigram files that
    ``keep`` accepts, case-folded duplicates summed."""
    from rules._webcounts import summed_counts

    return summed_counts("bigrams.txt", keep, summed_counts("unigrams.txt", keep))


@cache
def function_only_words() -> frozenset[str]:
    """The words of the sets that only grammar.function-word-slip weighs: function words
    (:data:`.confusable.FUNCTION_WORDS`) that are no other word's alternative ('the', 'of', 'are').
    A pair with one of them on a side and no other word of a set is looked up by that rule alone."""
    from .confusable import FUNCTION_WORDS

    sets = confusion_sets()
    weighed = {word for word in sets if word not in FUNCTION_WORDS}
    weighed.update(*(sets[word] for word in list(weighed)))
    return frozenset(set_words() - weighed)


def _build(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, number = line.partition("\t")
        if number and not key.startswith("#"):
            table[key] = round(math.log(int(number)), 4)
    return table


def _load(name: str, path: Path, build: Callable[[], PackedFloats]) -> FloatTable:
    """The packed table of ``path``, mapped from the data cache: a process reads only the pages its
    look-ups touch (1.4 ms, against 4.8 ms to read and unmarshal the whole table). ``build`` packs
    ``path``: a module-level function, which a process that may not fork (the language server)
    builds in a fresh interpreter."""
    from lint._datacache import cached_mapped, file_stamp

    return FloatTable.load(cached_mapped(name, file_stamp(path), build, aside=True))


def _packed_counts() -> PackedFloats:
    return pack_floats(_build(COUNTS_FILE))


def _packed_function_counts() -> PackedFloats:
    return pack_floats(_build(FUNCTION_COUNTS_FILE))


@cache
def _table() -> FloatTable:
    return _load("grammar-confusable-ngrams", COUNTS_FILE, _packed_counts)


@cache
def _function_table() -> FloatTable:
    return _load("grammar-function-word-ngrams", FUNCTION_COUNTS_FILE, _packed_function_counts)


@lru_cache(maxsize=1 << 14)
def word_count(word: str) -> float | None:
    """Natural log of how often ``word`` (a word of a set, lower case) occurs; None if unseen.
    Memoised, as :func:`pair_count` is: a third of a text's words are function words, and each is
    weighed against its set's other words beside the same few neighbours."""
    return _table().get(word)


@lru_cache(maxsize=1 << 16)
def pair_count(left: str, right: str) -> float | None:
    """Natural log of how often ``left right`` occurs (one of them a word of a set); None when the
    pair is not in the list (seen fewer than 100,000 times)."""
    key = f"{left} {right}"
    found = _table().get(key)
    if found is None and _function_word_pair(left, right):
        return _function_table().get(key)
    return found


def _function_word_pair(left: str, right: str) -> bool:
    """Is ``left right`` a pair of :data:`FUNCTION_COUNTS_FILE`: a side one of
    :func:`function_only_words`, neither side a word the other rules weigh ('the are', not 'the
    than')? (Any other missing pair is missing from both files: no need to load the second.)"""
    only = function_only_words()
    weighed = _weighed_words()
    return (left in only or right in only) and left not in weighed and right not in weighed


@cache
def _weighed_words() -> frozenset[str]:
    return frozenset(set_words()) - function_only_words()


# ---- every word: the whole of wordsegment's counts, for the general real-word check (realword.py)

CUT_OFF = math.log(100_000)
"""The least count of a pair in ``bigrams.txt``: a pair missing from the web table is rarer than
this, which is the most a missing pair can be taken to count without guessing."""


def _web_build() -> dict[str, float]:
    """Every alphabetic ASCII word and word pair of ``wordsegment``'s files (case-folded duplicates
    summed) seen at least 100,000 times, as natural logarithms; empty without the package. (The
    words below that, four in five of the unigram list, are mostly misspellings and fragments,
    and a word so rare cannot be judged against its neighbours anyway.)"""
    from rules._webcounts import summed_counts

    least = math.exp(CUT_OFF) - 1
    table: dict[str, float] = {}
    for name in ("unigrams.txt", "bigrams.txt"):  # one file's counts at a time: a key is in one file only
        until = math.ceil(least) if name == "unigrams.txt" else 0  # the unigrams, commonest first, end early
        try:
            counts = summed_counts(name, lambda key: key.isascii() and key.replace(" ", "", 1).isalpha(), until=until)
        except (ModuleNotFoundError, FileNotFoundError):
            return {}
        table.update((key, round(math.log(count), 4)) for key, count in counts.items() if count >= least)
        del counts  # the first run's peak memory: all the words' counts and then all the pairs', not both
    return table


def _web_packed() -> PackedFloats:
    """:func:`_web_build`'s table packed: what the data cache stores, built in a fresh interpreter
    (a module-level function, so a new process can import it by name)."""
    return pack_floats(_web_build())


@cache
def _web_table() -> FloatTable:
    """Every common word and pair (about 320,000 keys), packed and mapped from the data cache: built once
    per machine (about half a second), then loaded in a few milliseconds, only when a document has
    a word whose context the general check must look up."""
    from lint._datacache import cached_mapped, package_fingerprint

    fingerprint = package_fingerprint("wordsegment")
    return FloatTable.load(cached_mapped(_WEB_TABLE, fingerprint, _web_packed, aside="fresh"))


_WEB_TABLE = "grammar-web-ngrams-common"


def build_web_table_ahead() -> None:
    """Start building :func:`_web_table`'s table beside another build of a machine's first run
    (:func:`lint._datacache.build_ahead`): the grammar rules ask for it soon after the lemminflect tables."""
    from lint._datacache import build_ahead, package_fingerprint

    build_ahead(_WEB_TABLE, package_fingerprint("wordsegment"), _web_packed)


def web_word_count(word: str) -> float | None:
    """Natural log of how often any lower-case ``word`` occurs on the web; None if below the list."""
    return _web_table().get(word)


def web_pair_count(left: str, right: str) -> float | None:
    """Natural log of how often ``left right`` occurs; None when seen fewer than 100,000 times."""
    return _web_table().get(f"{left} {right}")


def web_share_after(word: str, before: tuple[str, ...]) -> float | None:
    """The share of the web's uses of ``word`` that a word of ``before`` precedes ('the' and 'a':
    how often the word is a noun); None when the word is below the list."""
    count = web_word_count(word)
    if count is None:
        return None
    pairs = (web_pair_count(first, word) for first in before)
    return sum(math.exp(pair - count) for pair in pairs if pair is not None)
