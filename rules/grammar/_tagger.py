"""Part-of-speech tags (Penn Treebank) for the grammar rules: an averaged perceptron, tagged greedily.

The classic design (Collins 2002; Honnibal's "PerceptronTagger"): each word is scored from
features of its spelling, its neighbours and the two tags before it, left to right, one pass.
The weights were learnt from UD English EWT re-tokenised the way copydesk reads prose (see
:mod:`rules.grammar.build_tagger`): a contraction is one word with a combined tag ("it's" is
``PRP+VBZ``, "don't" ``VBP+RB``), punctuation is not a word, and what stands between two words
(a comma, a bracket, nothing but spaces) is a feature. Words known to lemminflect's lexicon also
get its parts of speech as a feature (much of the vocabulary of news is rare in EWT).

Nothing loads at import. The model loads on first use, once per process (it is one of the
shared :class:`~lint._resources.Resources`), from the per-user data cache (a few flat strings and
byte arrays, the large ones mapped, the feature names in a packed hash table: ~1 ms) or, the first
time, from the shipped ``data/tagger.json.gz`` (~100 ms).

Speed: most weights are spread over many tags, so scoring a word tag by tag from sparse weights
costs hundreds of dictionary look-ups. Instead each group of features (the word's own, each
neighbour's, the tag history) is summed once into one Python integer holding every tag's score
in its own 32-bit field, and remembered: a word costs seven integer additions and one unpacking
(bench/quality_tagger.py: some 250,000 words a second). Frequent words with one tag skip scoring
altogether, and the parts of the web's 15,000 commonest words are summed once per machine and
read from the data cache (:data:`COMMON`). The memo is bounded (a few thousand words, then it
starts afresh), and a word longer than :data:`LONG` gets a handful of features, so a sentence
costs time in proportion to its length.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from struct import Struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._document import Document, Token
    from lint._packed import Blob, Keys
    from lint._resources import Resources

__all__ = [
    "COMMON_NOUN_TAGS",
    "NOUN_TAGS",
    "clause_verb",
    "document_tags",
    "document_tags_builder",
    "sentence_tags",
    "stranded_preposition",
    "tag_words",
]

LONG = 50
"""Words longer than this get only cheap features (a pasted hash or URL is not a word to study)."""
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
MODEL = Path(__file__).with_name("data") / "tagger.json.gz"


# ---- features: one definition, used by the training script and by the tagger


def normal(low: str) -> str:
    """The form a word is known by: lower case, numbers folded into classes."""
    if low[:1].isdigit():
        return "!YEAR" if len(low) == 4 and low.isdigit() else "!DIGITS"
    if len(low) > LONG:
        return "!LONG"
    return low


def shape(text: str) -> str:
    """Capitals, digits, hyphen, apostrophe: what a word looks like ("Xx", "XXd", "x-")."""
    if len(text) > LONG:
        return "long"
    if text.isupper():
        found = "XX" if len(text) > 1 else "X"
    elif text[:1].isupper():
        found = "Xx"
    elif text.islower():
        found = "x"
    else:
        found = "?"
    if not text.isalpha() and any(character.isdigit() for character in text):  # a letter is no digit
        found += "d"
    if "-" in text:
        found += "-"
    if "'" in text:
        found += "'"
    return found


def lexicon_class(low: str) -> str:
    """The parts of speech lemminflect knows for a word, each marked = (a lemma) or + (inflected).

    Remembered (:data:`_CLASSES`): a word new to the tagger asks it twice (its own features and its
    features as a neighbour), and so do the forms of a word that differ only in capitals."""
    found = _CLASSES.get(low)
    if found is None:
        if len(_CLASSES) >= _MEMO:
            _CLASSES.clear()
        found = _CLASSES[low] = _lexicon_class(low)
    return found


_CLASSES: dict[str, str] = {}
""":func:`lexicon_class`'s answers in this process."""


def _lexicon_class(low: str) -> str:
    if len(low) > LONG:
        return ""
    from ._words import parts_of_speech

    found = parts_of_speech(low)
    return "|".join(sorted(pos + ("=" if low in lemmas else "+") for pos, lemmas in found.items()))


def own_features(text: str, low: str) -> list[str]:
    """Features of the word itself, as written (``text`` with straight apostrophes, ``low`` its
    lower case)."""
    if len(text) > LONG:
        return ["long", "p " + text[:1]]
    form, lexicon = shape(text), lexicon_class(low)
    features = [
        "w " + normal(low),
        "s1 " + low[-1:],
        "s2 " + low[-2:],
        "s3 " + low[-3:],
        "p " + text[:1],
        "h " + form,
        "lex " + lexicon,
        "lexh " + lexicon + " " + form,
    ]
    if text != low:
        features.append("W " + text)
    return features


def context_features(norm: str, text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Features of a neighbour, as the word before, two before, after and two after (``text`` is
    "" for the padding past a sentence's ends)."""
    if text:
        form, lexicon = shape(text), lexicon_class(norm)
        before = ["w-1 " + norm, "s-1 " + norm[-3:], "h-1 " + form, "l-1 " + lexicon]
        after = ["w+1 " + norm, "s+1 " + norm[-3:], "h+1 " + form, "l+1 " + lexicon]
    else:
        before = ["w-1 " + norm, "s-1 " + norm[-3:], "h-1 " + norm]
        after = ["w+1 " + norm, "s+1 " + norm[-3:], "h+1 " + norm]
    return before, ["w-2 " + norm], after, ["w+2 " + norm]


def gap_class(gap: str) -> str:
    """What stands between two words, in a few classes: "" at a sentence's edge, " " for spaces
    only, else the marks themselves (shortened)."""
    marks = "".join(gap.split())
    if not marks:
        return " " if gap else ""
    return marks if len(marks) <= 3 else marks[0] + "~" + marks[-1]


def history_features(prev: str, prev2: str, before: str, after: str) -> list[str]:
    """Features of the two tags before and the gaps around the word (and the bias)."""
    return [
        "b",
        "t-1 " + prev,
        "t-2 " + prev2,
        "t-12 " + prev + " " + prev2,
        "g " + before,
        "g+ " + after,
        "t-1g " + prev + " " + before,
    ]


def history_word_features(prev: str, norm: str, form: str) -> list[str]:
    """Features of the tag before together with the word (its normal form and its shape)."""
    return ["t-1w " + prev + " " + norm, "t-1h " + prev + " " + form]


# ---- the model

Packed = tuple[tuple[str, ...], str, bytes, "Blob", "Blob", "Blob", "Blob", "Blob", "Blob", "Blob", "Blob"]
"""Marshal-able model: tags, tag-dictionary words and their tags, the feature names packed as
:func:`lint._packed.pack_keys` packs them (names, where each starts, hash slots), where each
feature's weights start, their tags and their values (int32, scaled), then the broad features'
sums (:data:`_BROAD`): each feature's place among them (int32, -1 for the others) and the sums,
one after the other, each in :func:`_vector_bytes` bytes. The byte strings may be views of the
mapped cache file (:func:`lint._datacache.cached_mapped`)."""

WordParts = tuple[int, int, int, int, int, str, str, dict[int, int]]
"""What a word contributes (see :meth:`Model._word`)."""

_FIELD = 32
_BIAS = 1 << 31
"""Added to every tag's field (once, in the history part): a score is 2**31 plus its weights,
inside 32 bits, so the total's fields are exactly the scores, whatever the parts borrowed from
each other on the way (the weights of one word sum to far less than ±2**31)."""
_MEMO = 1 << 13
"""Words, tag histories and feature names remembered before a memo starts afresh: some 20 MB at most."""
_BROAD = 8
"""Features weighing this many tags or more have their sum remembered (4,000-odd of them), and
stored with the model: summing one costs a few microseconds, 6 ms of a cold process's tagging of
the sixty sentences the rules ask about in 50,000 words."""


COMMON = 15_000
"""The web's commonest words (``wordsegment``'s unigram counts) whose parts :meth:`Model._word`
sums once per machine and keeps in the data cache, with the first :data:`COMMON_CAPITALISED` of
them capitalised (a sentence's first word). Reading a word's parts the first time in a process
costs some 40 µs (its feature names, then the weights of 25-odd features); 1,100 new words cost
44 ms of the tagging of 50,000 words of news, and four in five of them are among these. Read from
the cache a word costs a hash probe and five integers (about 3 µs); the table is ~15 MB, mapped,
so a process reads only the pages of the words it meets."""
COMMON_CAPITALISED = 3_000


def _vector_bytes(tags: int) -> int:
    """Bytes of one stored sum: a signed integer of ``tags`` 32-bit fields (and a byte to spare)."""
    return 4 * tags + 1


def pack(path: Path = MODEL) -> Packed:
    """The shipped JSON model in the form the data cache keeps."""
    import gzip
    import json
    from array import array
    from itertools import accumulate

    from lint._packed import pack_keys

    data = json.loads(gzip.decompress(path.read_bytes()))
    starts = [0, *accumulate(data["sizes"])]
    labels, weights = data["labels"], data["weights"]
    width = _vector_bytes(len(data["tags"]))
    places = array("i", [-1]) * len(data["sizes"])
    sums: list[bytes] = []
    for number, size in enumerate(data["sizes"]):
        if size >= _BROAD:
            places[number] = len(sums)
            vector = _sum(labels, weights, starts[number], starts[number + 1])
            sums.append(vector.to_bytes(width, "little", signed=True))
    return (
        tuple(data["tags"]),
        "\n".join(data["tagdict"]),
        bytes(data["tagdict"].values()),
        *pack_keys(data["features"]),
        array("I", starts).tobytes(),
        bytes(labels),
        array("i", weights).tobytes(),
        places.tobytes(),
        b"".join(sums),
    )


def _sum(labels: Sequence[int], weights: Sequence[int], start: int, end: int) -> int:
    """The weights of ``start:end`` as one integer of 32-bit fields, each weight in its tag's field."""
    vector = 0
    for at in range(start, end):
        vector += weights[at] << (_FIELD * labels[at])
    return vector


class Model:
    """The weights and the memo of what has been summed (see the module docstring)."""

    def __init__(self, packed: Packed) -> None:
        from lint._packed import Keys

        tags, tag_words, tag_numbers, names, name_starts, slots, starts, labels, weights, places, sums = packed
        self.tags = tags
        self.tagdict = dict(zip(tag_words.split("\n"), tag_numbers, strict=True)) if tag_words else {}
        self.index = Keys.load(names, name_starts, slots)
        """Feature name → number. Packed, not a dict: a dict of the 60,000 names cost every process
        that tags 10 ms to build, for the few thousand names a document asks about (0.3 µs more each)."""
        self.starts = memoryview(starts).cast("I")
        self.labels = labels
        self.weights = memoryview(weights).cast("i")
        self.places = memoryview(places).cast("i")
        self.sums = sums
        self.sum_width = _vector_bytes(len(tags))
        self.base = sum(_BIAS << (_FIELD * number) for number in range(len(tags)))
        self.scores = Struct(f"<{len(tags)}I")
        self.width = self.scores.size
        self.names = (*tags, *START)
        """A tag number's name; -2 and -1 name the padding before a sentence (START)."""
        self.vectors: dict[int, int] = {}
        self.words: dict[str, WordParts] = {}
        self.history: dict[tuple[int, int, str, str], int] = {}
        self.numbers: dict[str, int] = {}
        """Feature name → its number in :attr:`index` (-1: not a feature), for the names asked about:
        a text's words share most of their features (a third of the look-ups are new)."""
        self.padding = [self._part(part) for name in (*START, *END) for part in context_features(name, "")]
        self.common: Keys | None = None
        """The words whose parts are read from :attr:`common_parts` (:data:`COMMON`), once loaded."""
        self.common_starts: memoryview[int] = memoryview(b"").cast("I")
        self.common_parts: Blob = b""

    def summed(self, text: str) -> list[int]:
        """A word's parts, summed from the weights: its own, and as the word before, two before,
        after and two after another."""
        low = text.lower()
        before, before2, after, after2 = context_features(normal(low), text)
        part = self._part
        return [part(own_features(text, low)), part(before), part(before2), part(after), part(after2)]

    def pack_common(self) -> tuple[Blob, Blob, Blob, bytes, bytes]:
        """The parts of the :data:`COMMON` words, packed for the data cache: the words (a packed key
        table), where each word's five parts start (each a signed integer, in as few bytes as it
        needs), and the parts."""
        from array import array
        from importlib.resources import files
        from itertools import islice

        from lint._packed import pack_keys

        with files("wordsegment").joinpath("unigrams.txt").open(encoding="utf-8") as unigrams:
            lows = [line.partition("\t")[0] for line in islice(unigrams, COMMON)]  # not the 333,000 lines
        words = [*lows, *(low.capitalize() for low in lows[:COMMON_CAPITALISED])]
        parts = bytearray()  # one buffer, not 90,000 byte strings: the first run's peak memory
        starts = array("I", [0])
        for word in words:
            for value in self.summed(word):
                parts += value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
                starts.append(len(parts))
        return (*pack_keys(words), starts.tobytes(), bytes(parts))

    def load_common(self, packed: tuple[Blob, Blob, Blob, Blob, Blob]) -> None:
        from lint._packed import Keys

        names, name_starts, slots, starts, parts = packed
        self.common = Keys.load(names, name_starts, slots)
        self.common_starts = memoryview(starts).cast("I")
        self.common_parts = parts

    def _vector(self, number: int) -> int:
        """One feature's weights as an integer of 32-bit fields (no bias). Most features weigh a
        few tags and are summed afresh; the broad ones (word endings, shapes) are read from the
        stored sums, and remembered."""
        vector = self.vectors.get(number)
        if vector is None:
            place = self.places[number]
            if place < 0:
                return _sum(self.labels, self.weights, self.starts[number], self.starts[number + 1])
            at = place * self.sum_width
            vector = self.vectors[number] = int.from_bytes(self.sums[at : at + self.sum_width], "little", signed=True)
        return vector

    def _part(self, features: list[str], total: int = 0) -> int:
        """``total`` plus the summed weights of ``features`` (a negative field borrows from the next
        one up: exact, and undone when the biased parts are added)."""
        numbers, vectors = self.numbers, self.vectors
        for feature in features:
            number = numbers.get(feature)
            if number is None:
                if len(numbers) >= _MEMO:
                    numbers.clear()
                number = numbers[feature] = self.index.number(feature)
            if number >= 0:
                vector = vectors.get(number)  # a broad feature's remembered sum, without a call
                total += self._vector(number) if vector is None else vector
        return total

    def _word(self, text: str) -> WordParts:
        """What a word contributes: its own part, its parts as a neighbour (before, two before,
        after, two after), its normal form, its shape, and its parts with each tag before it."""
        number = self.common.number(text) if self.common is not None else -1
        if number >= 0:  # five integers read one after the other (a generator cost a third more)
            parts, at, from_bytes = self.common_parts, 5 * number, int.from_bytes
            start, end_own, end_before, end_before2, end_after, end = self.common_starts[at : at + 6]
            own = from_bytes(parts[start:end_own], "little", signed=True)
            before = from_bytes(parts[end_own:end_before], "little", signed=True)
            before2 = from_bytes(parts[end_before:end_before2], "little", signed=True)
            after = from_bytes(parts[end_before2:end_after], "little", signed=True)
            after2 = from_bytes(parts[end_after:end], "little", signed=True)
        else:
            own, before, before2, after, after2 = self.summed(text)
        record: WordParts = (own, before, before2, after, after2, normal(text.lower()), shape(text), {})
        if len(self.words) >= _MEMO:
            self.words.clear()
        self.words[text] = record
        return record

    def tag(self, texts: list[str], gaps: list[str]) -> list[int]:
        """Tag numbers for one sentence: ``texts`` with straight apostrophes, ``gaps[i]`` the text
        before word i (from the end of the word before)."""
        count = len(texts)
        if not count:
            return []
        words, word = self.words, self._word
        records = [words.get(text) or word(text) for text in texts]
        pad = self.padding  # START[0] x4, START[1] x4, END[0] x4, END[1] x4
        befores = [pad[4], *[record[1] for record in records]]
        befores2 = [pad[1], pad[5], *[record[2] for record in records]]
        afters = [*[record[3] for record in records], pad[10]][1:]
        afters2 = [*[record[4] for record in records], pad[11], pad[15]][2:]
        classes = [*map(gap_class, gaps), ""]
        tagdict, history, names, unpack, width = self.tagdict, self.history, self.names, self.scores.unpack, self.width
        part, base = self._part, self.base
        prev, prev2 = -2, -1  # START[0], START[1]
        tags: list[int] = []
        append = tags.append
        for i in range(count):
            text = texts[i]
            tag = tagdict.get(text)
            if tag is None:
                record = records[i]
                key = (prev, prev2, classes[i], classes[i + 1])
                past = history.get(key)
                if past is None:
                    if len(history) >= _MEMO:
                        history.clear()
                    past = history[key] = part(history_features(names[prev], names[prev2], key[2], key[3]), base)
                joint = record[7].get(prev)
                if joint is None:
                    joint = record[7][prev] = part(history_word_features(names[prev], record[5], record[6]))
                total = record[0] + befores[i] + befores2[i] + afters[i] + afters2[i] + past + joint
                scores = unpack(total.to_bytes(width, "little"))
                tag = scores.index(max(scores))
            append(tag)
            prev2 = prev
            prev = tag
        return tags


def model(resources: Resources | None = None) -> Model:
    """The model, loaded on first use: once per process (or per :class:`Resources` given)."""
    from lint._resources import PROCESS_RESOURCES

    return (resources or PROCESS_RESOURCES).get("grammar.tagger", _load)


def _load() -> Model:
    from lint._datacache import cached_mapped

    found = _summed_model()
    found.load_common(cached_mapped(_COMMON_TABLE, _common_sources(), _pack_common, aside="fresh"))
    return found


_COMMON_TABLE = "grammar-tagger-common"


def _common_sources() -> str:
    """The fingerprint of the common words' table: the model, wordsegment's counts, lemminflect."""
    from lint._datacache import file_stamp, package_fingerprint

    return f"{file_stamp(MODEL)}:{package_fingerprint('wordsegment')}:{package_fingerprint('lemminflect')}"


def build_common_ahead() -> None:
    """Start building the common words' table beside another build of a machine's first run
    (:func:`lint._datacache.build_ahead`), once the lemminflect tables it reads are stored."""
    from lint._datacache import build_ahead

    build_ahead(_COMMON_TABLE, _common_sources(), _pack_common)


def _summed_model() -> Model:
    """The model without its common words' parts: its summed weights from the data cache."""
    from lint._datacache import cached_mapped, file_stamp

    return Model(cached_mapped("grammar-tagger-summed", file_stamp(MODEL), pack, aside=True))


def _pack_common() -> tuple[Blob, Blob, Blob, bytes, bytes]:
    """:meth:`Model.pack_common` of the model: a module-level build, so that a first run builds it
    in a fresh interpreter, which loads the summed weights from the data cache (the child of a fork
    of the run peaked at some 125 MiB, one of an empty interpreter at some 95)."""
    return _summed_model().pack_common()


# ---- the API


def tag_words(words: list[str], gaps: list[str] | None = None) -> list[str]:
    """The Penn Treebank tag of each word of one sentence (words as copydesk tokenises them:
    contractions and hyphenated words whole, no punctuation).

    ``gaps[i]``, when given, is the text before word i (punctuation between words helps);
    by default the words are taken as separated by single spaces.
    """
    if not words:
        return []
    texts = [word.replace("’", "'") for word in words]
    if gaps is None:
        gaps = ["", *[" "] * (len(words) - 1)]
    elif len(gaps) != len(words):
        raise ValueError(f"{len(words)} words but {len(gaps)} gaps")
    found = model()
    names = found.tags
    return [names[tag] for tag in found.tag(texts, gaps)]


def _gaps(text: str, sentence_start: int, words: Sequence[Token]) -> list[str]:
    """What stands before each word: from the sentence's start, then from the word before."""
    gaps = [text[sentence_start : words[0].start]]
    end = words[0].end
    for word in words[1:]:
        gaps.append(text[end : word.start])
        end = word.end
    return gaps


def document_tags_builder(doc: Document) -> list[list[str]]:
    """The tags of each sentence of ``doc.sentence_words``; use :func:`document_tags`, which
    computes them once per document."""
    return [sentence_tags(doc, words) for words in doc.sentence_words]


def document_tags(doc: Document) -> list[list[str]]:
    """The tags of each sentence of ``doc.sentence_words``, computed once per document."""
    return doc.shared(document_tags_builder)


class _SentenceTags:
    """The tags of the sentences some rule has asked about, by the identity of their word list."""

    __slots__ = ("found", "starts")

    def __init__(self, doc: Document) -> None:
        self.starts = doc.sentence_starts
        self.found: dict[int, list[str]] = {}


def sentence_tags(doc: Document, words: list[Token]) -> list[str]:
    """The tags of one sentence of ``doc.sentence_words`` (``words`` is that very list).

    For rules that need tags only to settle a rare ambiguity: the tagger then reads the few
    sentences that hold a candidate, not the whole document. Each sentence is tagged once.
    """
    memo = doc.shared(_SentenceTags)
    tags = memo.found.get(id(words))
    if tags is None:
        if not words:
            return []
        found = model(doc.resources)
        sentence_start = memo.starts[max(bisect_right(memo.starts, words[0].start) - 1, 0)]
        texts = [word.text.replace("’", "'") for word in words]
        tags = [found.tags[tag] for tag in found.tag(texts, _gaps(doc.text, sentence_start, words))]
        memo.found[id(words)] = tags
    return tags


COMMON_NOUN_TAGS = frozenset(("NN", "NNS"))
"""The tags of a common noun, singular or plural."""
NOUN_TAGS = COMMON_NOUN_TAGS | frozenset(("NNP", "NNPS"))
"""The tags of any noun, a name's too."""

_PHRASE_OPENER_TAGS = ("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBG")


_CLAUSE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD", "VBN"))


def clause_verb(words: Sequence[Token], tags: Sequence[str], at: int) -> bool:
    """The tagger reads ``words[at]`` as a verb a clause may stand on: a finite verb, a modal, a past
    participle, or a bare verb not after 'to' (a joined tag, 'VBZ+RB', by any of its parts). Tells
    whether an -s form before it must be a clause's verb or may be a noun ("these costs too much")."""
    parts = tags[at].split("+")
    return any(part in _CLAUSE_VERB_TAGS for part in parts) or ("VB" in parts and words[at - 1].low != "to")


def stranded_preposition(words: Sequence[Token], tags: Sequence[str], at: int) -> bool:
    """``words[at]`` is a preposition with no object of its own: it closes the phrase or stands
    before a break, another preposition, a conjunction or an adverb ("to begin with but", "to
    deal with at home"): the 'to' phrase before it is an idiom or describes a noun."""
    if at >= len(words) or tags[at] != "IN" or words[at].low in ("that", "if", "because", "whether"):
        return False
    return at + 1 >= len(words) or not words[at].joined or tags[at + 1] not in _PHRASE_OPENER_TAGS
