"""The document's words, grouped by sentence, with what the grammar rules ask of them.

The words are ``Document.sentence_words``; the index of words by lower-case form is built once
per document and shared by every built-in grammar rule.
A word is *joined* to the next when only spaces lie between them: a comma, a quote, a dash or
a bracket between two words breaks every pattern the rules look for.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from functools import cache, partial
from itertools import accumulate, chain, compress, count, repeat
from pathlib import Path
from typing import TYPE_CHECKING

from lint._document import Token

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from lint._document import Document, Span


Word = Token
"""A grammar rule's word is the document's token: ``low``, ``joined``, ``sentence_start``."""


_ASKED = "grammar.asked-words"


class _AskedWords:
    """Every word a rule has asked :func:`occurrences` about in this process: what a document indexes
    up front. Kept in the shared resources (``doc.resources``), not in this module.

    The sets are replaced, never changed in place, so a thread building an index reads one
    consistent set.
    """

    __slots__ = ("_learnt", "_words", "by_bundle", "covered", "log")

    def __init__(
        self,
        words: frozenset[str] | None = frozenset(),
        by_bundle: dict[str, frozenset[str]] | None = None,
        learnt: dict[str, list[str]] | None = None,
    ) -> None:
        self._words = words
        """:attr:`words`; None until first asked for, then the union of the learnt words."""
        self.by_bundle: dict[str, frozenset[str]] = dict(by_bundle or {})
        """The words the rules of each bundle ask about (:func:`lint._parallel.bundle_of`): what a
        process running one bundle of a split document indexes up front, instead of every rule's
        words (the expressions bundle asks about 3,700 of the 9,100: half the positions to group)."""
        self._learnt: dict[str, list[str]] = learnt or {}
        """The learnt words of each bundle as the data cache keeps them (lists), made a set in
        :attr:`by_bundle` when a process first asks for that bundle's: a process running one bundle
        of a split document never builds the other's set, nor their union (some 16,000 words put in
        sets, about a millisecond on each side of the fork)."""
        self.covered: dict[str | None, dict[int, frozenset[str]]] = {}
        """Rules' trigger sets found to lie wholly in the words a document indexes up front (all of
        :attr:`words`, or, under a bundle's name, that bundle's), by identity: every later document
        indexes them up front, so :meth:`_Index.ensure` need not compare them again (a set difference
        over a few thousand words per rule and document). Only rules' constant sets come back; at most
        :data:`_COVERED_MOST` are kept for each, so sets made afresh for each call cannot fill a
        server's memory."""
        self.log: set[str] | None = None
        """While the rules are learnt on the sample: every word asked about."""

    @property
    def words(self) -> frozenset[str]:
        """Every word asked about (the words a document of an unsplit run indexes up front)."""
        words = self._words
        if words is None:
            words = self._words = frozenset().union(*self._learnt.values(), *self.by_bundle.values())
        return words

    @words.setter
    def words(self, words: frozenset[str]) -> None:
        self._words = words

    @classmethod
    def seeded(cls) -> _AskedWords:
        """Start from the words the built-in rules ask about, so that the first document of a
        process is indexed in one pass, not in one pass per rule (36 passes over a 50,000-word
        text cost some 80 ms)."""
        return cls(None, learnt=_learnt_bundle_words())

    def scope(self, bundle: str | None) -> frozenset[str]:
        """The words a document indexes up front for ``bundle`` (None: for every rule)."""
        if bundle is None:
            return self.words
        found = self.by_bundle.get(bundle)
        if found is None:
            learnt = self._learnt.get(bundle)
            if learnt is None:
                return self.words
            found = self.by_bundle[bundle] = frozenset(learnt)
        return found


_COVERED_MOST = 1024


_SAMPLE = (
    "The council said its plans were on track, and they're going to vote. "
    "There is more then one way; the dogs of war barks, and he could of gone."
)
"""A short text to run the built-in rules on once, to learn which words they ask about."""


@cache
def _learnt_bundle_words() -> dict[str, list[str]]:
    """The words the built-in grammar rules ask :func:`occurrences` about, by the bundle the rules
    run in (:func:`lint._parallel.bundle_of`), learnt once per machine and kept in the data cache
    (running 130 rules on a sample cost every process some 60 ms), learnt again when a file of the
    grammar rules changes, or the file that says which bundle a rule runs in (``lint/_parallel.py``:
    a rule moved to another bundle asks about its words there). A stale set costs only speed: a rule
    that asks about a word the index lacks has it indexed then. Learnt aside (a child process):
    learning loads the tables of every rule, and a first run that learnt in its own process peaked at
    155 MB on a 45,000-word file (133 aside; ``tests/test_first_run.py``). (Lists, as stored: do not modify.)"""
    from lint import _datacache
    from lint._datacache import cached, files_fingerprint, package_fingerprint

    rule_files = files_fingerprint(Path(__file__).parent, (".py", ".toml", ".txt", ".tsv"))
    bundles = Path(_datacache.__file__).with_name("_parallel.py").stat()
    fingerprint = f"{package_fingerprint('lemminflect')}\n{rule_files}\nbundles:{bundles.st_size}:{bundles.st_mtime_ns}"
    learnt: dict[str, list[str]] = cached(
        "grammar-bundle-words", fingerprint, _learn_trigger_words, aside=True, meanwhile=_tagger_table_ahead
    )
    return learnt


def _learn_trigger_words() -> dict[str, list[str]]:
    """The trigger words by bundle, learnt by running each built-in rule once on :data:`_SAMPLE` (a
    rule that asks about more only after a first match adds those words later, with one more pass).
    Preview rules are left out: they are off unless chosen, and one may load tables the default
    rules never need."""
    from lint._config import Config
    from lint._engine import build_document
    from lint._parallel import bundle_of
    from lint._resources import Resources
    from lint._source import Source

    from . import expressions
    from ._all import RULES

    resources = Resources()
    asked = resources.get(_ASKED, _AskedWords)
    doc = build_document(Source(text=_SAMPLE, path="<sample>"), "plain", resources=resources)
    by_bundle: dict[str, set[str]] = {}
    for rule in [*(kind() for kind in RULES if kind.status != "preview"), *expressions.provide(Config())]:
        asked.log = by_bundle.setdefault(bundle_of(rule.id), set())
        try:
            for _finding in rule.detect(doc):
                pass
        except Exception:  # a rule's own errors surface when it runs on real text
            continue
    asked.log = None
    return {bundle: sorted(words) for bundle, words in by_bundle.items() if words}


def _tagger_table_ahead() -> None:
    """While a machine's first run learns the rules' words on the sample (a second or so), the
    tagger's table of common words, which the rules ask for next, is built beside it."""
    from ._tagger import build_common_ahead

    build_common_ahead()


def _running_bundle() -> str | None:
    """The bundle of rules this process runs in a split document (:mod:`lint._parallel`), if any."""
    parallel = sys.modules.get("lint._parallel")
    return None if parallel is None else parallel.running


_POSITION = "i"
"""The array type of word positions: signed 4-byte integers."""

_ALONE = 2
"""Words a document's index lacks are indexed alone (one pass in C over the text) the first times
some are asked about; after that, every word left is indexed at once (:meth:`_Index.add_rest`)."""


_PAIRED_MOST = 50_000
"""Words in a text whose places are read from a table of every word's (sentence words, index) pair
(:meth:`_Index.pairs`: some 64 bytes a word, 3 MB at most); a longer text's go through :meth:`_Index.owners`."""

_LISTED_MOST = 50_000
"""Words in a text whose index keeps positions in lists (some 40 bytes a position, 1 MB at most), not
arrays of machine integers (4 bytes)."""

_OWNED_MOST = 250_000
"""Words in a text whose positions are looked up in a table of their sentences (:meth:`_Index.owners`,
1 MB at most); a longer text's are searched for (the memory a million-word text peaks at is tight)."""


class _Index:
    """Where the words the rules ask about stand, as positions in ``doc.tokens`` (in arrays of
    4-byte machine integers: a list would keep a 32-byte number object for each indexed word, over
    half a million in a million-word text; no text within the size limit has 2**31 words). A text of
    at most :data:`_LISTED_MOST` words keeps them in lists: an array costs three times a list to make,
    a third of the index's time on a 1,000-word article (some 300 words, each made one).

    Only the trigger words are indexed (a fifth to a half of a text): one pass in C picks their
    positions (``compress``), and only those are grouped in Python. A word asked about for the
    first time is indexed then, with one more pass, and is indexed up front from then on.
    Positions, not (sentence, index) pairs: sorting them needs no key, and only the words found
    are turned back into pairs.
    """

    __slots__ = (
        "asked",
        "by_word",
        "complete",
        "firsts",
        "indexed",
        "keys",
        "listed",
        "lows",
        "misses",
        "owned",
        "paired",
        "resources",
        "seeded",
        "sentences",
    )

    def __init__(self, doc: Document) -> None:
        self.sentences = [words for words in doc.sentence_words if words]
        self.firsts = array(_POSITION, accumulate((len(words) for words in self.sentences[:-1]), initial=0))
        """Position of the first word of each sentence."""
        self.lows = doc.lows
        self.resources = doc.resources
        self.by_word: dict[str, array[int] | list[int]] = {}
        self.listed = len(self.lows) <= _LISTED_MOST
        """Positions are kept in lists, not arrays (:data:`_LISTED_MOST`)."""
        self.indexed: frozenset[str] = frozenset()
        self.keys: frozenset[str] | None = None
        """The words :attr:`by_word` holds (the text's indexed words), made on first use after the
        index last grew (:meth:`present_words`)."""
        self.complete = False
        """Every word of the text is indexed (:meth:`add_rest`)."""
        self.asked: _AskedWords | None = None
        """Set by the first :meth:`ensure`: a process that only turns positions into places (the
        spelling bundle's grammar.name-capital) never builds the word index."""
        self.seeded: set[str | None] = set()
        """The bundles whose words are indexed up front (None: every rule's)."""
        self.misses = 0
        """Words asked about that were not indexed, indexed alone so far (:data:`_ALONE`)."""
        self.owned: array[int] | None = None
        self.paired: list[tuple[list[Word], int]] | None = None

    def _new_positions(self) -> Callable[[tuple[int]], array[int] | list[int]]:
        """What makes a new word's positions from its first: a list or an array (:attr:`listed`)."""
        return list if self.listed else partial(array, _POSITION)

    def pairs(self) -> list[tuple[list[Word], int]] | None:
        """The (sentence words, index in it) pair of every position in ``doc.tokens``, made on first
        use for a text of at most :data:`_PAIRED_MOST` words: the rules turn some 1,600 positions into
        places on a 1,000-word article, and a look-up in this list (``map`` in C) costs a fifth of a
        step of :func:`each_place`'s loop over :meth:`owners`. Made in C: each sentence's list repeated
        once per word, zipped with the indexes 0, 1, ... of its words (75 µs on 1,000 words)."""
        if self.paired is None and len(self.lows) <= _PAIRED_MOST:
            sentences = self.sentences
            lengths = list(map(len, sentences))
            self.paired = list(
                zip(
                    chain.from_iterable(map(repeat, sentences, lengths)),
                    chain.from_iterable(map(range, lengths)),
                    strict=True,
                )
            )
        return self.paired

    def owners(self) -> array[int] | None:
        """The sentence (in :attr:`sentences`) of each position in ``doc.tokens``, made on first use
        (in C, about 1.7 ms on 50,000 words), for a text of at most :data:`_OWNED_MOST` words: it
        costs 4 bytes a word, where a search in :attr:`firsts` costs nothing to keep. Each sentence's
        run of its number is made as machine integers (an array of one, repeated) and the runs joined
        as bytes: 0.45 ms on 50,000 words, against 1.7 ms for a number object a word."""
        if self.owned is None and len(self.lows) <= _OWNED_MOST:
            one = array(_POSITION, (0,))
            runs = []
            for number, words in enumerate(self.sentences):
                one[0] = number
                runs.append(one * len(words))
            owned = array(_POSITION)
            owned.frombytes(b"".join(runs))
            self.owned = owned
        return self.owned

    def present_words(self) -> frozenset[str]:
        """The words the index holds: every word of the text that some rule asked about (some 300 of
        the 480 distinct words of a 1,000-word article)."""
        keys = self.keys
        if keys is None:
            keys = self.keys = frozenset(self.by_word)
        return keys

    def add(self, words: frozenset[str], distinct: frozenset[str]) -> None:
        """Index ``words``; ``distinct``: the text's words (``doc.distinct_lows``)."""
        self.keys = None
        lows, by_word, make = self.lows, self.by_word, self._new_positions()
        # the words to index that the text holds, in C over the text's distinct words (some 480 of
        # 1,000), so that only they are looked up in the learnt words (10,000-odd, out of the cache
        # when a document starts): then a small set, looked up once per word of the text
        wanted = words & distinct
        picked = list(map(wanted.__contains__, lows))
        for low, position in zip(compress(lows, picked), compress(count(), picked), strict=True):
            found = by_word.get(low)
            if found is None:
                by_word[low] = make((position,))
            else:
                found.append(position)
        # the first set is kept as it is: a union would copy the learnt words (some 8,500) for every
        # document, a third of a millisecond, half the cost of the index on a 1,000-word article
        self.indexed = self.indexed | words if self.indexed else words

    def ensure(self, words: frozenset[str], doc: Document) -> None:
        """Index ``words`` if some are new to this document (and to the process).

        The first time, every word the rules ask about is indexed with them, in one pass (in a
        split document, every word the rules of this process's bundle ask about). A word no rule
        asked about before is indexed on its own, with one pass over the text's words, the first
        :data:`_ALONE` times; after that, every other word is indexed with it: the rules that ask
        about more words after a first match ('did' and then its nouns) would otherwise cost one
        pass each (seven, 12 ms, on 50,000 words of news). A rule's set already known to lie in the
        learnt words (the same object: rules keep theirs in constants) is not compared again."""
        asked = self.asked
        bundle = _running_bundle()
        if asked is not None and asked.log is None and bundle in self.seeded:
            covered = asked.covered.get(bundle)
            if covered is not None and covered.get(id(words)) is words:
                return  # the usual case: a rule's constant set, indexed up front (the test below, in short)
        if asked is None:
            asked = self.asked = self.resources.get(_ASKED, _AskedWords.seeded)
        if asked.log is not None:
            asked.log.update(words)
        scope = asked.scope(bundle)
        if bundle not in self.seeded:
            self.seeded.add(bundle)
            fresh = scope - self.indexed if self.indexed else scope
            if fresh:
                self.add(fresh, doc.distinct_lows)
        covered = asked.covered.get(bundle)
        if covered is None:
            covered = asked.covered[bundle] = {}
        if covered.get(id(words)) is words:
            return
        missing = words - self.indexed
        if missing:
            asked.words = asked.words | missing  # learnt for the process's next documents
            if bundle is not None:
                asked.by_bundle[bundle] = scope | missing
            if self.complete:
                pass
            elif self.misses < _ALONE:
                if not missing.isdisjoint(doc.distinct_lows):  # else no pass: the text holds none of them
                    self.misses += 1
                    self.add(missing, doc.distinct_lows)
            else:
                self.add_rest()  # before marking them indexed: it indexes what is not yet
            self.indexed |= missing
        elif len(covered) < _COVERED_MOST and words <= scope:
            covered[id(words)] = words  # in the words every document indexes up front

    def add_rest(self) -> None:
        """Index every word not indexed yet: after it, no word is missing."""
        self.keys = None
        lows, by_word, indexed, make = self.lows, self.by_word, self.indexed, self._new_positions()
        for position, low in enumerate(lows):
            if low not in indexed:
                found = by_word.get(low)
                if found is None:
                    by_word[low] = make((position,))
                else:
                    found.append(position)
        self.complete = True


def sentences(doc: Document) -> list[list[Word]]:
    """The words of each sentence, in order."""
    return _analyse(doc).sentences


def occurrences(doc: Document, lows: frozenset[str]) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of every word whose lower-case form is in ``lows``, in text order.

    Rules start from their trigger words ("its", "a", "have", …) instead of walking every word.
    Some 200 calls a document, a third of them finding nothing: the index is looked up once, and
    the positions, all words' by construction, go to the table of pairs unchecked.
    """
    index = _analyse(doc)
    found = _found(index, doc, lows)
    if not found:
        return []
    pairs = index.pairs()
    return list(map(pairs.__getitem__, found)) if pairs is not None else list(_each_place(doc, found))


def positions(doc: Document, lows: frozenset[str]) -> list[int]:
    """Where in ``doc.tokens`` the words whose lower-case form is in ``lows`` stand, in text order
    (for a rule that sifts many trigger words on the flat list before asking for :func:`places`).

    Ask for a rule's whole trigger set, not the part of it a document holds: the sample run learns
    only the words rules ask for, and a word first asked for by a document costs it a pass over all
    its words."""
    return _found(_analyse(doc), doc, lows)


def _found(index: _Index, doc: Document, lows: frozenset[str]) -> list[int]:
    """:func:`positions`, the document's index given."""
    index.ensure(lows, doc)  # every word of ``lows`` the text holds is indexed after this
    # The words of ``lows`` the index holds, in C over the shorter set (a rule's may hold thousands)
    # with the hashes the sets keep: a loop in Python read each word of ``lows`` for its hash, most
    # of them absent from the text and out of the processor's cache by the time the rule runs again
    # (the look-ups took a tenth less CPU in the pass over 40 articles).
    hits = lows & index.present_words()
    by_word = index.by_word
    if len(hits) == 1:  # one word's positions are in order already
        for hit in hits:
            return list(by_word[hit])
    found: list[int] = []
    for hit in hits:
        found += by_word[hit]
    if len(found) > 1:
        found.sort()
    return found


def scan(doc: Document, lows: frozenset[str]) -> list[int]:
    """Where the words of ``lows`` stand, found with one pass in C over the text's words, not through
    the word index: for words a rule derives from the text itself ('sportsmens', 'two-weeks'), which
    the index would learn for no later document and which would cost it a pass in Python."""
    return list(compress(count(), map(lows.__contains__, doc.lows)))


def places(doc: Document, positions: list[int]) -> list[tuple[list[Word], int]]:
    """(sentence words, index in it) of each position in ``doc.tokens``."""
    return list(each_place(doc, positions)) if positions else []


def each_place(doc: Document, positions: list[int]) -> Iterator[tuple[list[Word], int]]:
    """:func:`places` one at a time, for a rule that walks many positions (a third of a text's
    words are function words): the list of pairs would be a passing 30 MB in a million words.
    Read from the table of every word's pair (:meth:`_Index.pairs`) when the text has one and every
    position is a word's (a rule may ask about the one before the first word, -1, which the table
    would read as the last word's), else found by :func:`_each_place`."""
    pairs = _analyse(doc).pairs()
    if pairs is not None and type(positions) is list and (not positions or _within(positions, len(pairs))):
        return map(pairs.__getitem__, positions)
    return _each_place(doc, positions)


def _each_place(doc: Document, positions: list[int]) -> Iterator[tuple[list[Word], int]]:
    """:func:`each_place` of a text without the table of pairs, or of positions that are not all words'."""
    index = _analyse(doc)
    sentences, firsts = index.sentences, index.firsts
    owners = index.owners()
    if owners is not None and type(positions) is list and (not positions or _within(positions, len(owners))):
        for position in positions:  # a look-up each: the rules walk some 65,000 in 50,000 words
            sentence = owners[position]
            yield sentences[sentence], position - firsts[sentence]
        return
    last = len(firsts) - 1
    start = end = 0  # the sentence found last, [start, end): positions come in text order, so some
    words: list[Word] = []  # fall in it and need no search (a search in the array costs 0.3 µs)
    for position in positions:
        if not start <= position < end:
            sentence = bisect_right(firsts, position) - 1
            words, start = sentences[sentence], firsts[sentence]
            end = firsts[sentence + 1] if sentence < last else start + len(words)
        yield words, position - start


def _within(positions: list[int], words: int) -> bool:
    """Every position is a word's (a rule may ask about the one before the first word, -1)."""
    return min(positions) >= 0 and max(positions) < words


def before_the(doc: Document, triggers: frozenset[str], nouns: frozenset[str]) -> Iterator[tuple[list[Word], int]]:
    """(sentence words, index) of each trigger word followed, joined, by 'the' and a word of ``nouns``
    ("play the football", "went the supermarket"): sifted on the flat word list first."""
    lows = doc.lows
    last = len(lows) - 2
    candidates = [p for p in positions(doc, triggers) if p < last and lows[p + 1] == "the" and lows[p + 2] in nouns]
    for words, index in each_place(doc, candidates):
        if index + 2 < len(words) and words[index].joined and words[index + 1].joined:
            yield words, index


def present(doc: Document, lows: frozenset[str]) -> frozenset[str]:
    """Which of ``lows`` the document holds (for quick "does it contain …" tests)."""
    index = _analyse(doc)
    index.ensure(lows, doc)
    return lows.intersection(index.by_word)  # in C over the dict's keys: a sixth of ``lows & keys()``


def _analyse(doc: Document) -> _Index:
    return doc.shared(_Index)


def run_of(words: list[Word], index: int, length: int) -> bool:
    """True when ``words[index : index + length]`` exist and are joined one to the next."""
    if index < 0 or index + length > len(words):
        return False
    return all(words[i].joined for i in range(index, index + length - 1))


def ends_phrase(words: list[Word], index: int, allowed: frozenset[str]) -> bool:
    """The word at ``index`` ends its phrase: the sentence ends, a punctuation mark follows, or the
    next word is one of ``allowed`` (words that cannot go on with the phrase)."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    return words[index + 1].low in allowed


_SAYING = frozenset("said says told added explained wrote reported announced".split())


def attribution_start(words: Sequence[Word], at: int) -> int:
    """Where an attribution after a comma at or after ``at`` starts (", the owners said in an
    interview.", ", she says."): a subject of at most three words and a verb of saying that run to the
    sentence's end; else the sentence's end (len(words))."""
    for comma in range(at, len(words) - 1):
        if not words[comma].joined:
            said = next((i for i in range(comma + 1, min(comma + 5, len(words))) if words[i].low in _SAYING), None)
            if said is not None and all(word.joined for word in words[comma + 1 : -1]):
                return comma + 1  # the attribution runs to the sentence's end: not ", he said, was"
            return len(words)
    return len(words)


def stretch_start(words: Sequence[Word], index: int) -> int:
    """Where the stretch holding ``words[index]`` starts: the sentence's first word, or the first word
    after the last punctuation mark before it (a comma, a dash, a colon)."""
    start = index
    while start > 0 and words[start - 1].joined:
        start -= 1
    return start


def joined_before(words: list[Word], index: int, reach: int, lows: frozenset[str]) -> bool:
    """Whether a word of ``lows`` stands among the ``reach`` words before ``words[index]``, with
    nothing but spaces between it and ``words[index]`` (a comma or a sentence edge stops the look)."""
    for at in range(index - 1, max(index - reach - 1, -1), -1):
        if not words[at].joined:
            return False
        if words[at].low in lows:
            return True
    return False


def before(words: list[Word], index: int) -> Word | None:
    """The word before ``words[index]`` when joined to it (nothing but spaces between)."""
    if index > 0 and words[index - 1].joined:
        return words[index - 1]
    return None


def after(words: list[Word], index: int) -> Word | None:
    """The word after ``words[index]`` when joined to it (nothing but spaces between)."""
    if index + 1 < len(words) and words[index].joined:
        return words[index + 1]
    return None


def code_label(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """``words[index]`` names a thing of technical prose: the noun after it, joined, is one of
    ``heads`` (``_words.CODE_HEADS``: 'the extend method', 'the lose event', 'the its parameter')."""
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in heads


def capitalised_share(words: list[Word]) -> tuple[int, int]:
    """(capitalised, all) among a sentence's words longer than three letters: how far it is written
    in title case, for the rules that leave headings alone (each with its own threshold)."""
    longer = [word for word in words if len(word.text) > 3]
    return sum(1 for word in longer if word.text[:1].isupper()), len(longer)


def title_like(words: list[Word]) -> bool:
    """Most longer words capitalised: a heading ('Their Fighting for Freedom', 'Man Buys New Car')."""
    capitalised, longer = capitalised_share(words)
    return capitalised * 2 > longer


def ends_like_a_sentence(doc: Document, words: list[Word]) -> bool:
    """The sentence ends with a full stop, a question mark or an exclamation mark (after a closing
    quotation mark or bracket, if any): not a headline or a list item."""
    tail = doc.text[words[-1].end : words[-1].end + 3].lstrip("\"'”’)")
    return tail[:1] in (".", "!", "?")


def ends_in_question_mark(doc: Document, last: Word) -> bool:
    """A question mark follows ``last`` (past a closing quotation mark or bracket, if any): the
    sentence that ``last`` ends asks ("Witch way is the station?", "Where you going?")."""
    return doc.text[last.end : last.end + 4].lstrip("\"'”’)] ").startswith("?")


def match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (first letter or all caps)."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_QUOTE_MARK = re.compile('[“”"]')


_CUT_MARKS = ("...", "…", ". . .")


def after_cut(doc: Document, words: list[Word]) -> bool:
    """The sentence opens an excerpt cut inside a sentence ("...the survey are in", "… he see a
    doctor"): only an ellipsis (in brackets or quotation marks, perhaps) stands between the start of
    its line and its first word, which is in lower case ("... She agree" starts a sentence). Its
    first words are then the middle of a clause, not the start of one: the subject, or the 'that' or
    'if' before it, may be in the part left out."""
    if not words or not words[0].text[:1].islower():
        return False
    start = words[0].start
    lead = doc.text[doc.text.rfind("\n", 0, start) + 1 : start].strip(" \t\"'“‘([")
    return lead.rstrip("])") in _CUT_MARKS


def cut_after(doc: Document, word: Word) -> bool:
    """The excerpt stops right after ``word`` with an ellipsis ("Our students needs..."): the word
    may have run on into a phrase the cut left out ("needs assessment", "of course")."""
    end = doc.text.find("\n", word.end)
    rest = doc.text[word.end : len(doc.text) if end < 0 else end].strip(" \t\"'”’)]")
    return rest in _CUT_MARKS


def repeated_after_preposition(words: list[Word], at: int) -> bool:
    """The word at ``at`` comes again after 'after', 'by', 'to' or 'upon' ('year after year', 'day by
    day', 'face to face'): an adverbial phrase of its own, which no possessive before it takes."""
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined):
        return False
    return words[at + 1].low in ("after", "by", "to", "upon") and words[at + 2].low == words[at].low


def in_quotes(doc: Document, position: int) -> bool:
    """Whether ``position`` lies inside double quotation marks (quotes are left as spoken).

    Quotes pair within each paragraph, so only the paragraph holding ``position`` is read: a rule
    asks this for its few findings, not for every quotation mark of the document. Each paragraph's
    quotes are found once per document: the rules ask some 1,900 times about 50,000 words, most
    often about a paragraph asked about before (its marks were found again each time: 4 ms).
    """
    index = bisect_right(doc.paragraph_starts, position) - 1
    if index < 0:
        return False
    found = doc.shared(_quoted_paragraphs)
    ranges = found.get(index)
    if ranges is None:
        ranges = found[index] = _paragraph_quotes(doc.paragraphs[index])
    return any(start <= position < end for start, end in ranges)


def _quoted_paragraphs(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Paragraph index → its quoted ranges (:func:`_paragraph_quotes`), for the paragraphs asked about."""
    return {}


def _paragraph_quotes(paragraph: Span) -> list[tuple[int, int]]:
    """Ranges inside double quotation marks in one paragraph, in document offsets."""
    ranges: list[tuple[int, int]] = []
    opening: int | None = None
    for match in _QUOTE_MARK.finditer(paragraph.text):
        char, index = match.group(), match.start()
        if char == "“" or (char == '"' and opening is None):
            opening = paragraph.start + index
        elif opening is not None:
            ranges.append((opening, paragraph.start + index + 1))
            opening = None
    return ranges
