"""Misquoted fixed expressions ("follow the suit", "for all intensive purposes"), listed as data.

The built-in list is ``expressions.toml`` beside this module; newsrooms add their own files with
the config key ``grammar-expressions`` (same format, validated strictly: a bad entry is a config
error naming the file and the entry).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from lint._document import WORD
from lint._errors import ConfigError
from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import GrammarRule
from ._tokens import match_case, occurrences, positions, present

if TYPE_CHECKING:
    from lint._config import Config
    from lint._document import Document

BUILTIN = Path(__file__).parent / "expressions.toml"
GENERATED = Path(__file__).parent / "idiom-variants.toml"
"""Idioms with one word swapped for a sound-alike ("{take} the reigns"), made from ``idioms.txt`` by
``python -m rules.grammar.build_idiom_variants``; read after :data:`BUILTIN`, in the same format."""
_PLACEHOLDER = re.compile(r"\{([a-z]+)\}")
_KEYS = ("wrong", "right", "end", "start", "note", "idiom")
_TAG_ORDER = ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")


class Expression(NamedTuple):
    """A misquoted expression and its correct form.

    A named tuple, not a frozen dataclass: the built-in list makes some 8,000 of them in every process
    that runs the rule, which a dataclass's ``__init__`` (a call of ``object.__setattr__`` a field) took
    some 8 ms to make, against 1 ms for :meth:`_make`; and :func:`_matcher_for` hashes the whole list,
    which hashes each entry in C instead of calling a ``__hash__`` written in Python (3 ms)."""

    wrong: str
    right: str
    end: bool = False
    note: str = ""
    start: bool = False
    idiom: bool = False
    """The opening preposition belongs to the expression whatever word comes before it ('in her way
    home' for 'on her way home'): never read as a verb's own preposition (:func:`_governed_preposition`)."""


def parse_expressions(text: str, origin: str) -> tuple[Expression, ...]:
    """Validate an expressions file; every problem names the file and ``expression[i].key``."""
    import tomllib  # only when the list is not in the data cache: the import alone costs ~10 ms

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(origin, None, f"is not valid TOML ({error})") from None
    unknown = [key for key in data if key != "expression"]
    if unknown:
        raise ConfigError(origin, unknown[0], "unknown key (expected [[expression]] entries)")
    entries = data.get("expression", [])
    if not isinstance(entries, list):
        raise ConfigError(origin, "expression", "must be a list of [[expression]] tables")
    return tuple(_entry(item, origin, f"expression[{index}]") for index, item in enumerate(entries))


def _entry(item: Any, origin: str, where: str) -> Expression:
    if not isinstance(item, dict):
        raise ConfigError(origin, where, "must be a table")
    for key in item:
        if key not in _KEYS:
            raise ConfigError(origin, f"{where}.{key}", f"unknown key (expected one of {', '.join(_KEYS)})")
    for key in ("wrong", "right"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(origin, f"{where}.{key}", "must be a non-empty string")
        if len(_PLACEHOLDER.findall(value)) > 1:
            raise ConfigError(origin, f"{where}.{key}", "may hold at most one {verb} placeholder")
    if bool(_PLACEHOLDER.search(item["wrong"])) != bool(_PLACEHOLDER.search(item["right"])):
        raise ConfigError(origin, f"{where}.right", "must have a {verb} placeholder exactly when 'wrong' has one")
    for key in ("end", "start", "idiom"):
        if not isinstance(item.get(key, False), bool):
            raise ConfigError(origin, f"{where}.{key}", "must be true or false")
    if not isinstance(item.get("note", ""), str):
        raise ConfigError(origin, f"{where}.note", "must be a string")
    wrong, right = item["wrong"].strip(), item["right"].strip()
    flags = {key: item.get(key, False) for key in ("end", "start", "idiom")}
    return Expression(wrong, right, note=item.get("note", ""), **flags)


_ExpressionRow = tuple[str, str, bool, str, bool, bool]


class _StoredExpressions(Sequence[Expression]):
    """The built-in list as stored rows, each made an :class:`Expression` when first asked for: a
    document makes candidates of a few hundred of the 8,000, and making them all, then hashing the list
    for :func:`_matcher_for`, cost every process that runs the rule some 4 ms. Hashed and compared by
    identity: there is one such list a process."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: Sequence[_ExpressionRow]) -> None:
        self._rows = rows
        self._made: dict[int, Expression] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Expression: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Expression]: ...

    def __getitem__(self, index: int | slice) -> Expression | Sequence[Expression]:
        if isinstance(index, slice):
            return tuple(map(Expression._make, self._rows[index]))
        found = self._made.get(index)
        if found is None:
            found = self._made[index] = Expression._make(self._rows[index])
        return found

    def __iter__(self) -> Iterator[Expression]:
        return map(Expression._make, self._rows)


@lru_cache(maxsize=1)
def builtin_expressions() -> Sequence[Expression]:
    """The built-in list, parsed once and then kept in the per-user data cache (parsing the TOML
    cost every cold process about 4 ms)."""
    from lint._datacache import cached

    def build() -> tuple[_ExpressionRow, ...]:
        parsed = [
            item
            for path in (BUILTIN, GENERATED)
            for item in parse_expressions(path.read_text(encoding="utf-8"), str(path))
        ]
        return tuple((item.wrong, item.right, item.end, item.note, item.start, item.idiom) for item in parsed)

    return _StoredExpressions(cached("grammar-expressions", _builtin_stamp(), build))


def _builtin_stamp() -> str:
    """Size and time of the built-in files, the data cache's key for what is made from them."""
    from lint._datacache import file_stamp

    return file_stamp(BUILTIN, GENERATED)


@lru_cache(maxsize=32)
def _file_expressions(path: str, _stamp: float) -> tuple[Expression, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(path, None, f"cannot be read ({error.strerror or error})") from None
    return parse_expressions(text, path)


def configured_expressions(config: Config) -> tuple[Expression, ...]:
    """The built-in list plus the files named by ``grammar-expressions`` (relative to the config)."""
    found = list(builtin_expressions())
    for name in getattr(config, "grammar_expressions", ()):
        path = Path(config.root or ".") / name
        try:
            stamp = path.stat().st_mtime
        except OSError:
            raise ConfigError(config.path or "command line", "grammar-expressions", f"{name}: no such file") from None
        found.extend(_file_expressions(str(path), stamp))
    return tuple(found)


class _Matcher:
    """One pattern per expression, tried only when the document holds the expression's key word.

    The key is the literal word of ``wrong`` rarest on the web that is not one of the commonest
    words (:func:`_rarity`; else every form of its verb, else its longest word), so a document
    pays for the few expressions whose words it contains: "dog eat dog world" is looked for where
    "dog" stands, not where "world" does. A pattern is compiled the first time a document holds
    its key: compiling all of them cost a cold process about 35 ms, and a short article needs a
    handful.
    """

    def __init__(self, expressions: Sequence[Expression], index: _Index | None = None) -> None:
        self.expressions = expressions  # the built-in list's entries are made when a document asks for them
        self._patterns: dict[int, re.Pattern[str]] = {}
        self._needed: dict[int, frozenset[str]] = {}
        self._filed: dict[str, tuple[tuple[int, frozenset[str], frozenset[tuple[str, str]]], ...]] = {}
        keys, required, sequences = index if index is not None else _index(self.expressions)
        self.keys = keys  # as stored: a set of them is made for a candidate only (:meth:`key_set`)
        self._key_sets: dict[int, frozenset[str]] = {}
        self.required = list(required)
        self.sequences = sequences  # as stored, one string each: decoded for the candidates (:meth:`sequence`)
        self._sequences: dict[int, tuple[tuple[str, ...], ...] | None] = {}
        self.by_key: dict[str, list[int]] = {}
        for number, found in enumerate(keys):
            for key in found:
                self.by_key.setdefault(key, []).append(number)
        self.all_keys = frozenset(self.by_key)

    def pattern(self, index: int) -> re.Pattern[str]:
        """The compiled pattern of expression ``index`` (threads racing here compile the same one)."""
        found = self._patterns.get(index)
        if found is None:
            found = self._patterns[index] = re.compile(_pattern(self.expressions[index]), re.IGNORECASE)
        return found

    def candidates(self, present: Collection[str]) -> list[int]:
        """The expressions whose key word is among ``present`` (the keys a document holds)."""
        return sorted({index for key in present for index in self.by_key.get(key, ())})

    def worth_trying(self, doc: Document, present: Collection[str]) -> list[int]:
        """The :meth:`candidates` of the keys ``present``, less those with a one-form word the document
        lacks, or two neighbouring one-form words it never has side by side: the first tests of
        :meth:`may_occur`, for all of them in one loop (on 40 news articles of 1,000 words, 306
        candidates an article, 116 after the words, 6 after the pairs). Each key's expressions come
        with their one-form words and pairs (:meth:`_filed_under`), so a candidate costs one test,
        not two look-ups and a sort first. A text with a word that is not ASCII keeps them all, as
        :meth:`may_occur` does."""
        if not doc.shared(_ascii_words):
            return self.candidates(present)
        vocabulary = doc.distinct_lows
        kept: dict[int, frozenset[tuple[str, str]]] = {}
        filed, filed_under = self._filed, self._filed_under
        for key in present:
            for expression, words, runs in filed.get(key) or filed_under(key):
                if words <= vocabulary:
                    kept[expression] = runs
        wanted = frozenset().union(*kept.values())
        adjacent = wanted.intersection(pairwise(doc.lows)) if wanted else wanted
        # "on the same time": its words are there, never side by side
        return sorted(expression for expression, runs in kept.items() if runs <= adjacent)

    def key_set(self, expression: int) -> frozenset[str]:
        """The expression's key words, as the one set the word index is asked about each time (8,000
        sets made up front cost a process 2 MB and 1.5 ms, for the few hundred candidates of a text)."""
        found = self._key_sets.get(expression)
        if found is None:
            found = self._key_sets[expression] = frozenset(self.keys[expression])
        return found

    def sequence(self, expression: int) -> tuple[tuple[str, ...], ...] | None:
        """The expression's :func:`_token_sequence`, as sorted tuples, decoded from :attr:`sequences` once."""
        if expression in self._sequences:
            return self._sequences[expression]
        found = self._sequences[expression] = _decoded_sequence(self.sequences[expression])
        return found

    def _filed_under(self, key: str) -> tuple[tuple[int, frozenset[str], frozenset[tuple[str, str]]], ...]:
        """(expression, its one-form words, its neighbouring one-form pairs) of each expression filed
        under ``key``, worked out the first time a document holds the key."""
        needed, sequences = self._needed, self.sequences
        entries = []
        for expression in self.by_key.get(key, ()):  # read from the stored strings: most go no further
            words = needed.get(expression)
            if words is None:
                words = needed[expression] = _one_form_words(sequences[expression])
            entries.append((expression, words, _one_form_pairs(sequences[expression])))
        found = self._filed[key] = tuple(entries)
        return found

    def may_occur(self, doc: Document, expression: int) -> bool:
        """Whether the document's words run as the expression's do somewhere (necessary for a match).

        Tried before the pattern is compiled: a cold process compiled some 80 patterns for a 50,000-word
        text (about 0.5 ms each) whose words were all there, though never in the expression's order.
        A word of the text that is not ASCII ("ſ", which the pattern's IGNORECASE matches as "s")
        counts as matching.
        """
        sequence = self.sequence(expression)
        if sequence is None:
            return True
        vocabulary = doc.distinct_lows
        needed = self._needed.get(expression)
        if needed is None:  # the words with one form, for one test in C (most expressions are all such words)
            needed = self._needed[expression] = _one_form_words(self.sequences[expression])
        absent = not needed <= vocabulary or any(vocabulary.isdisjoint(forms) for forms in sequence if len(forms) > 1)
        if absent and doc.shared(_ascii_words):
            return False  # a word of the expression is nowhere in the text: no need to look for the run
        lows = doc.lows
        last = len(lows) - len(sequence)
        for position in positions(doc, self.key_set(expression)):
            for offset, forms in enumerate(sequence):
                start = position - offset
                if lows[position] in forms and 0 <= start <= last and _runs_as(lows, start, sequence):
                    return True
        return False


_Index = tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[str | None, ...]]
"""Per expression: its key words (in the order they are filed), the words a paragraph must hold, and
its :func:`_token_sequence` in one string (:func:`_encoded_sequence`; what :mod:`marshal` stores)."""

_FORMS_APART, _WORDS_APART = "\x1e", "\x1f"
"""What separates a word's forms and the words in an encoded sequence: control characters that
``str.split()`` splits an expression's text on, and that neither :data:`lint._document.WORD` nor a
verb's forms hold, so that no form holds them."""


def _encoded_sequence(sequence: tuple[frozenset[str], ...] | None) -> str | None:
    """A :func:`_token_sequence` in one string, each word's forms sorted. Some 8,000 expressions' sequences
    kept as tuples of tuples were 60,000 objects that every process running the rule unmarshalled (2 ms)
    and kept in memory (4 MB), for the few hundred a text makes candidates (:meth:`_Matcher.sequence`)."""
    if sequence is None:
        return None
    return _WORDS_APART.join(_FORMS_APART.join(sorted(forms)) for forms in sequence)


def _decoded_sequence(encoded: str | None) -> tuple[tuple[str, ...], ...] | None:
    """The sorted tuples :func:`_encoded_sequence` wrote."""
    if encoded is None:
        return None
    return tuple(map(tuple, map(str.split, encoded.split(_WORDS_APART), repeat(_FORMS_APART))))


def _index(expressions: Sequence[Expression]) -> _Index:
    """What the matcher needs of each expression, worked out from its text (some 30 ms for 1,600)."""
    keys: list[tuple[str, ...]] = []
    required: list[tuple[str, ...]] = []
    sequences: list[str | None] = []
    for item in expressions:
        literal = [word.lower() for word in item.wrong.split() if not _PLACEHOLDER.fullmatch(word)]
        telling = [word for word in literal if word not in _COMMON_WORDS]
        verbs = sorted(_verb_forms(_PLACEHOLDER.search(item.wrong)))
        plain = [word for word in telling if WORD.fullmatch(word)]  # "come," is no word to count
        if plain:
            rarest = min(plain, key=_rarity)
            found = verbs if verbs and _web_total(verbs) < _web_total([rarest]) else [rarest]
        else:
            found = [max(telling, key=len)] if telling else verbs or [max(literal, key=len)]
        filed = tuple(dict.fromkeys(key.replace("’", "'") for key in found))
        keys.append(filed)
        required.append(_required_words(item, frozenset(filed)))
        sequences.append(_encoded_sequence(_token_sequence(item)))
    return tuple(keys), tuple(required), tuple(sequences)


def _rarity(word: str) -> tuple[float, int]:
    """How common a key word is on the web, then its length, longest first: a key is looked up in
    every paragraph that holds it, so "dog eat dog world" is filed under "dog", not under the longer
    but commoner "world". The counts are the shipped ones (:func:`._ngrams.word_count`: every word
    seen 10 million times or more); a rarer word counts as rarest, and building the whole web table
    for this would cost a first run over a second."""
    word_count = _ngrams.word_count

    return word_count(word.replace("’", "'")) or 0.0, -len(word)


def _web_total(words: Sequence[str]) -> float:
    """How often the words occur on the web together ("{eek} out" is filed under the forms of
    "eek", rarer than "out"; "{lose} site of" under "site", rarer than all of "lose", "lost" …)."""
    word_count = _ngrams.word_count

    return sum(math.exp(word_count(word.replace("’", "'")) or 0.0) for word in words)


@lru_cache(maxsize=1)
def _builtin_index() -> _Index:
    """:func:`_index` of the built-in list, kept in the per-user data cache beside the list itself:
    worked out afresh it cost every cold process some 18 ms once the list passed 1,500 entries."""
    from lint._datacache import cached, package_fingerprint

    code = Path(__file__).stat()
    counts = _ngrams.COUNTS_FILE.stat()
    packages = f"{package_fingerprint('lemminflect')}:{counts.st_size}:{counts.st_mtime_ns}"
    fingerprint = f"{packages}:{_builtin_stamp()}:{code.st_size}:{code.st_mtime_ns}"
    return cached("grammar-expressions-index", fingerprint, lambda: _index(builtin_expressions()))


def _ascii_words(doc: Document) -> bool:
    """Whether every word of the document is ASCII (else a word may match the pattern unseen: "ſ")."""
    return "".join(doc.distinct_lows).isascii()


_COMMON_WORDS = (
    w.ARTICLES
    | w.PREPOSITIONS
    | w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | w.POSSESSIVES
    | frozenset("some all one another need past word what that this very now not is it be have has and or".split())
    | frozenset("other time down strong could".split())
)
"""Words too common to be an expression's key: a key is looked up in every paragraph that holds it."""


def _token_sequence(item: Expression) -> tuple[frozenset[str], ...] | None:
    """The look-up forms (:attr:`lint._document.Token.low`) of the words a match of ``item`` is read
    as, in order, each as the set of forms it may take; None when they cannot be told in advance.

    A match's words are separated by whitespace and its edges by characters no word takes in, so
    the text's words there are the pattern's words read with the same word pattern.
    """
    sequence: list[frozenset[str]] = []
    for word in item.wrong.split():
        placeholder = _PLACEHOLDER.fullmatch(word)
        forms = _verb_forms(placeholder) if placeholder else {word}
        lows = {form.lower().replace("’", "'") for form in forms}
        if not forms or not all(low.isascii() for low in lows):
            return None
        read = {tuple(WORD.findall(low)) for low in lows}
        if placeholder:
            if any(len(parts) != 1 for parts in read):
                return None
            sequence.append(frozenset(parts[0] for parts in read))
        else:
            sequence += [frozenset((part,)) for part in read.pop()]
    return tuple(sequence) or None


def _one_form_words(encoded: str | None) -> frozenset[str]:
    """The words of an expression that have one form each: a text that lacks one of them cannot hold
    the expression (for ASCII texts). Read from its :func:`_encoded_sequence`, where a word of one
    form holds no separator of forms: a 50,000-word text makes a third of the list candidates, and
    decoding each (:func:`_decoded_sequence`) cost more than unmarshalling them all as tuples."""
    if encoded is None:
        return frozenset()
    return frozenset(word for word in encoded.split(_WORDS_APART) if _FORMS_APART not in word)


def _one_form_pairs(encoded: str | None) -> frozenset[tuple[str, str]]:
    """The neighbouring words of an expression that have one form each ("same time" in "on the same
    time"): a text that never has them side by side cannot hold the expression (for ASCII texts).
    Read from its :func:`_encoded_sequence`, as :func:`_one_form_words` is."""
    if encoded is None:
        return frozenset()
    return frozenset(
        (first, second)
        for first, second in pairwise(encoded.split(_WORDS_APART))
        if _FORMS_APART not in first and _FORMS_APART not in second
    )


def _runs_as(lows: list[str], start: int, sequence: tuple[tuple[str, ...], ...]) -> bool:
    """The words from ``start`` on are the sequence's (a word that is not ASCII counts as matching).
    A loop, not ``all()`` over a generator: asked some 19,000 times on 50,000 words, most failing at
    the first word, it costs 4 ms against 11."""
    for i, forms in enumerate(sequence):
        low = lows[start + i]
        if low not in forms and low.isascii():
            return False
    return True


def _verb_forms(placeholder: re.Match[str] | None) -> set[str]:
    lemma = placeholder.group(1) if placeholder else ""
    return set(_lemma_forms(lemma)) if lemma else set()


@lru_cache(maxsize=1024)
def _lemma_forms(lemma: str) -> frozenset[str]:
    """Every form of a verb lemma (many expressions share a verb: "{do} a …", "{make} a …")."""
    return w.every_verb_form((lemma,))


@lru_cache(maxsize=8)
def _matcher_for(expressions: Sequence[Expression]) -> _Matcher:
    """One matcher per list: the rule's instances (the trigger-word sampling makes one, the run another)
    share it instead of each reading some 600 expressions again."""
    if expressions is builtin_expressions():
        return _Matcher(expressions, _builtin_index())
    return _Matcher(expressions)


def _pattern(item: Expression) -> str:
    words = []
    for word in item.wrong.split():
        placeholder = _PLACEHOLDER.fullmatch(word)
        if placeholder:
            forms = sorted(_verb_forms(placeholder), key=len, reverse=True)
            words.append(f"(?P<verb>{'|'.join(re.escape(f) for f in forms)})")
        else:
            words.append(_literal(word))
    body = r"\s+".join(words)
    tail = r"(?=\s*(?:[.,;:!?)\]\"”’]|$))" if item.end else ""
    head = r"(?:^|(?<=\n)|(?<=[.!?;:(\"“]\s)|(?<=[\"“(]))" if item.start else ""
    return rf"{head}{_lead(item.wrong.split()[0])}(?<![\w'’-]){body}(?![\w'’-]){tail}"


def _literal(word: str) -> str:
    return re.escape(word).replace("'", "['’]")


def _lead(word: str) -> str:
    """A look-ahead for the first character of ``word`` (the pattern's first word), set before
    the look-behind for the word start.

    It changes no match (the body must start so anyway) but makes a search ~4x faster: ``re``
    tries the pattern at every position of a paragraph, and a look-behind first cost each try
    ~50 ns, a one-character test ~12 ns (case-insensitive patterns get no prefix scan in ``re``).
    """
    placeholder = _PLACEHOLDER.fullmatch(word)
    forms = _verb_forms(placeholder) if placeholder else {word}
    if not forms or not all(forms):
        return ""
    return f"(?={'|'.join(sorted({_literal(form[:1]) for form in forms}))})"


def _right_form(item: Expression, matched_verb: str | None) -> str:
    placeholder = _PLACEHOLDER.search(item.right)
    if placeholder is None or matched_verb is None:
        return item.right
    wrong_lemma = _PLACEHOLDER.search(item.wrong).group(1)  # type: ignore[union-attr]
    if wrong_lemma == placeholder.group(1):
        replacement = matched_verb.lower()  # the same verb: keep its form ("are suppose to" -> "are supposed to")
        return item.right[: placeholder.start()] + replacement + item.right[placeholder.end() :]
    forms = w.verb_inflections(wrong_lemma)
    tag = next((t for t in _TAG_ORDER if matched_verb.lower() in forms.get(t, ())), "VB")
    replacement = idiom_form(placeholder.group(1), tag)
    return item.right[: placeholder.start()] + replacement + item.right[placeholder.end() :]


def idiom_form(lemma: str, tag: str) -> str:
    """The form ``tag`` of ``lemma`` in the sense an idiom uses ('bided', not 'bode')."""
    return _IDIOM_FORMS.get((lemma, tag)) or w.verb_form(lemma, tag) or lemma


_IDIOM_FORMS = {
    ("bide", "VBD"): "bided",
    ("bide", "VBN"): "bided",
    ("bear", "VBN"): "borne",
}
"""Forms the inflection table gets wrong for the sense an idiom uses: its first past of 'bide' is
'bode' (of 'bode well'), and its participle of 'bear' is 'born' (of birth): 'bided their time', 'had
borne in mind'."""


class MisquotedExpression(GrammarRule):
    id = "grammar.misquoted-expression"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A fixed expression misquoted: 'follow the suit', 'for all intensive purposes'."
    why = (
        "Idioms are fixed: 'follow suit', 'for all intents and purposes', 'toe the line', 'free rein'. "
        "A misquoted one tells the reader the writer heard it but never read it. The list is data "
        "(rules/grammar/expressions.toml); add your own with the config key grammar-expressions."
    )
    bad = (
        "Paris is planning to follow the suit.",
        "Other banks followed the suit.",
        "For all intensive purposes, the deal is dead.",
        "The minister towed the party line.",
        "The club eeked out a narrow win.",
        "We usually visit my aunt in the weekend.",
        "The commander-in-chiefs met in Paris.",
        "She could not of known the truth.",
        "The amount of people at the fair was huge.",
        "On Sundays we do hiking in the hills.",
        "It was a cultural gaff in that town.",
        "The new filter gets rid off most of the spam.",
        "By the end of the trial he was a nerve wreck.",
        "I have not heard from them in along time.",
        "The shelter was in desperate need for blankets.",
        "The documentary peaked my interest in the mills.",
        "Our courses are built on the principal that every adult can learn, and we met the vice principle.",
        "Take a peak inside our new showroom, or take a quick peak at the menu.",
        "Our clinic is in centre of Leeds, just in front from the station, and our staff have years of experiences.",
        "When the printer stops responding, turn off it and wait a minute.",
        "Everyone does mistakes when they start baking bread.",
        "He pleaded guilty of two counts of fraud.",
        "Click the Save button in upper right corner of the screen.",
        "We look forward hearing from you soon.",
        "This item is not available at moment.",
        "The course provides a through introduction to statistics.",
        "According the latest figures, unemployment fell.",
        "The new policy will come in effect on 1 April.",
        "The hotel is located at walking distance of the old town.",
        "Our school principle will be meeting with the parents' committee.",
        "In principal, we agree with your proposal.",
        "We need to nip this problem in the butt before it spreads to other buildings.",
        "Extra payments go to the principle balance, and our wine list is chosen to compliment the menu.",
        "A stationery front will linger, regulators are trying to reign in lenders, and the body will lay in state.",
        "Officers ran a discrete investigation, and the study split the basin into five discreet zones.",
    )
    good = (
        "The dog nipped the mailman in the butt, and the goose nipped him in the butt too.",
        "The principals of the two schools met; guests complimented the meal; she received compliments on it.",
        "She reigned in Spain for decades; the body lay in state; a discrete variable; they tow the line to shore.",
        "The word \"irregardless\" is nonstandard, and 'for all intensive purposes' is a famous slip.",
        "We drank two cups of flower tea and read the dessert menu; there is a need not to panic.",
        "Other banks followed suit. The market prizes stability above all.",
        "Return Back Home is the band's third album.",
        "Lawyers will follow the suit through the courts.",
        "The tug towed the line of barges.",
        "For all intents and purposes, the deal is dead.",
        "The maps were old, out of print and, as it turned out, wrong.",
        "The shop stays open at weekends, and the amount of water is small.",
        "In the other room, he held a knife in his other hand.",
        "Historians take the reigns of Henry and Edward together; the house lay empty.",
        "Analysts will do a decision tree, make the shopping list and fight a dual campaign.",
        "Thieves stole a bank card; the clerk did a payment run.",
        "The walk threw up surprises; we heard immunity was waning; the crime seen as the worst.",
        "They taught themselves horse riding; most of who I am I owe to her; this word's biggest flaw is its length.",
        "The drummer plays a roll before each act.",
        "Prometheus tried to seize fire; they want to win a price war; choose the former or the later date.",
        "The boys are almost of the same age; the queen travelled with a train of servants.",
        "Being that tired, he went to bed. Being that kind of person, she helped.",
        "The editors worked on the last minute of the film; the lawyer will look at any case that comes in.",
        "Put the cork in the end of the bottle.",
        "They entered into the building contract, and she attended to the meeting rooms.",
        "The expenses in his trip report were queried, and students do a research project in year three.",
        "The memoir reveals some of who she was; accept all of who they are.",
        "We ordered just desserts; the bells all tolled. Antarctica is a frozen desert.",
        "On the morning the loss of the ship was announced, the bells all tolled.",
        "The ideas are as opposite to each other as night and day; it is a crime seen through a child's eyes.",
        "The court treated it as a matter of facts rather than law.",
        "Dates are entered in the classroom diary; storms reached across the Isle of Man.",
        "The report describes diffuse tensions, and a robot will make the housework easier.",
        "She excelled equally as a painter; the well being dug will supply water; care in the disposal of waste.",
        "Navigators learn plane sailing; we walked home in the mist of an autumn evening.",
        "Walkers have a right of passage.",
        "This explanation marks a turning point; families in desperate need for years still wait.",
        "There was no match to the print on file, and the team was betrayed by its own.",
        "The distillery is scrapping the barrel store, and learners brake the ice cream van gently.",
        "We met in the centre of Leeds at the end of May; her experiences in Japan shaped her.",
        "The rules laid down for the contest are strict, and he was found guilty of fraud.",
        "She looked forward, seeing nothing; we passed through a through road.",
        "In principal and interest, the loan costs more; in principal amounts the change is small.",
    )
    fixed = (
        "Paris is planning to follow suit.",
        "Other banks followed suit.",
        "For all intents and purposes, the deal is dead.",
        "The minister toed the party line.",
        "The club eked out a narrow win.",
        "We usually visit my aunt at the weekend.",
        "The commanders-in-chief met in Paris.",
        "She could not have known the truth.",
        "The number of people at the fair was huge.",
        "On Sundays we go hiking in the hills.",
        "It was a cultural gaffe in that town.",
        "The new filter gets rid of most of the spam.",
        "By the end of the trial he was a nervous wreck.",
        "I have not heard from them in a long time.",
        "The shelter was in desperate need of blankets.",
    )
    fix = "always"

    def __init__(self, expressions: Sequence[Expression] | None = None) -> None:
        self._expressions = tuple(expressions) if expressions is not None else None
        self._matcher: _Matcher | None = None

    def detect(self, doc: Document) -> Iterator[Finding]:
        """Each match, but one inside a longer match ('a wide birth' in 'gave them a wide birth':
        the generated idiom variants are shorter than some hand-written entries)."""
        matched = [*self._matches(doc), *self._nipped(doc)]
        found = sorted(matched, key=lambda finding: (finding.start, -finding.end))
        reach = -1
        for finding in found:
            if finding.end > reach:
                reach = finding.end
                yield finding

    def _nipped(self, doc: Document) -> Iterator[Finding]:
        """'nip this problem in the butt', 'nipped small leaks in the butt': the list's entries name
        the object ('nip it', 'nip this'); a longer one (up to four words) between the verb and 'in the
        butt' is read here. The expression is 'in the bud'."""
        for words, index in occurrences(doc, _NIP_FORMS):
            if any(word.low in _NIPPING_ANIMALS for word in words[max(0, index - 3) : index]):
                continue  # "the dog nipped the mailman in the butt": literally
            if index + 1 < len(words) and words[index + 1].low in _PERSONS_NIPPED:
                continue  # "nipped her in the butt"
            for at in range(index + 2, min(index + 6, len(words) - 2)):
                if not words[at - 1].joined:
                    break
                if [word.low for word in words[at : at + 3]] == ["in", "the", "butt"] and all(
                    word.joined for word in words[at : at + 2]
                ):
                    butt = words[at + 2]
                    message = "The expression is 'nip … in the bud', not 'in the butt'."
                    fixed = match_case("bud", butt.text)
                    yield self.finding(butt.start, butt.end, message, suggestions=(fixed,), fix=FixSafety.SAFE)
                    break

    def _matches(self, doc: Document) -> Iterator[Finding]:
        if self._matcher is None:
            self._matcher = _matcher_for(self._expressions if self._expressions is not None else builtin_expressions())
        matcher = self._matcher
        for index in matcher.worth_trying(doc, present(doc, matcher.all_keys)):
            if not matcher.may_occur(doc, index):
                continue
            item = matcher.expressions[index]
            for match in _matches_near(doc, matcher, index):
                if doc.is_protected(match.start(), match.end()):
                    continue
                if _title_cased(match.group()) and item.right == item.right.lower():
                    continue  # a title ("Return Back Home"); not a name the list corrects ("Nobel Price")
                if _inner_capital(match.group()) and item.right == item.right.lower():
                    continue  # a name inside ("reached across the Isle of Man"), which the fix does not spell
                verb = match.group("verb") if "verb" in match.re.groupindex else None
                if _modifier_before_noun(doc.text, item, verb is not None, match.end()):
                    continue  # "do a decision tree", "fight a dual campaign": a modifier, not the head
                if _other_reading(doc.text, item, match):
                    continue  # "the walk threw up surprises", "we heard immunity was waning"
                right = match_case(_right_form(item, verb), match.group())
                message = f"The expression is '{right}', not '{' '.join(match.group().split())}'."
                if item.note:
                    message += f" {item.note}"
                yield self.finding(match.start(), match.end(), message, suggestions=(right,), fix=FixSafety.SAFE)


_NIP_FORMS = frozenset("nip nips nipped nipping".split())
_NIPPING_ANIMALS = frozenset("dog dogs puppy puppies cat cats horse horses crab crabs goose geese parrot".split())
_PERSONS_NIPPED = w.PERSON_OBJECTS - {"them"}
"""Persons nipped ('nipped her in the butt'); 'them' is the idiom's ('nip them in the bud')."""


def _swaps_first_word(item: Expression) -> bool:
    """The entry's first word is a literal word that the fix replaces ('wright in stone')."""
    first, fixed = item.wrong.split()[0].lower(), item.right.split()[0].lower()
    return first != fixed and not _PLACEHOLDER.search(first)


def _verb_for_verb(item: Expression) -> bool:
    """The entry's first word is a base verb written for another ('rise the bar' for 'raise')."""
    first, fixed = item.wrong.split()[0].lower(), item.right.split()[0].lower()
    return bool(w.verb_tags(first) & {"VBP"} and w.verb_tags(fixed) & {"VBP"})


def _verb_slot_filled(text: str, item: Expression, match: re.Match[str], previous: str) -> bool:
    """The entry opens with a word that is no inflected verb written for a verb and its object ('scene the
    light' for 'see the light': a determiner second), and the word before cannot stand before that
    verb: a determiner, a preposition, a past participle, or an adjective after an article or a preposition or
    opening the sentence ("In the opening scene the light falls", "After rough seas the day
    before"): the written word is in a phrase of its own, and a clause boundary follows."""
    words = item.wrong.lower().split()
    first, fixed = words[0], item.right.split()[0].lower()
    if first == fixed or _PLACEHOLDER.search(fixed) or not w.verb_tags(fixed) or not previous:
        return False
    if w.verb_tags(first) - {"VB", "VBP"}:  # a verb's inflected form ("was doing a lot of mistakes")
        return False
    if len(words) < 2 or words[1] not in w.DETERMINERS:
        return False
    if previous in w.DETERMINERS or (previous in w.PREPOSITIONS and previous != "to"):
        return True  # "In each scene the light changes", "At sea the light was fading"
    if previous not in w.HAVE_FORMS and w.verb_tags(previous) & {"VBN"} and not w.verb_tags(previous) & {"VB", "VBP"}:
        return True
    if "ADJ" not in w.tags(previous):
        return False
    pair = _TWO_PREVIOUS_WORDS.search(text, max(0, match.start() - 60), match.start())
    if pair is not None:
        return pair.group(1).lower() in w.DETERMINERS or pair.group(1).lower() in w.PREPOSITIONS
    opening = text[: match.start()].rstrip()[: -len(previous)].rstrip()
    return not opening or opening.endswith((".", "!", "?"))  # "Rough seas the day after the storm"


def _modifier_before_noun(text: str, item: Expression, has_verb: bool, end: int) -> bool:
    """The expression's last word modifies a noun that follows it, so the expression is not there.

    A collocation that swaps the verb ("{do} a decision" for "{make} a decision") whose noun is
    followed by another noun: the second is the verb's object ("do a decision tree", "make the
    shopping list", "steal a bank card"). An entry whose last word is an adjective the fix turns
    into a noun ("{fight} a dual" for "a duel"), before a noun: "fight a dual campaign". An adverb
    or a time word after the noun ("did a mistake yesterday", "made a walk home") does not count.
    """
    following = _NEXT_WORD.match(text, end) or _NEXT_POSSESSIVE.match(text, end)
    if following is None:
        return False
    last_word, fixed_word = item.wrong.split()[-1].lower(), item.right.split()[-1].lower()
    if _noun_for_adjective(last_word, fixed_word) and w.verb_tags(following.group(1)) & {"VBG"}:
        return True  # "taught themselves horse riding": a noun before its -ing noun, not 'hoarse'
    tags = w.tags(following.group(1)) or _unlisted_noun(following.group(1))
    if "NOUN" not in tags or tags & _NOT_MODIFIED or following.group(1) in w.PREPOSITIONS:
        return False
    last, fixed = item.wrong.split()[-1].lower(), item.right.split()[-1].lower()
    if last != fixed:
        return "ADJ" in w.tags(last) and "NOUN" in w.tags(fixed) and "ADJ" not in w.tags(fixed)
    if _function_words_differ(item) and "NOUN" in w.tags(last) and last not in w.PREPOSITIONS:
        # "in his trip" for "on his trip", "{do} a research" for "{do} research": the slip is the
        # preposition or article that governs the noun, which a following noun takes over as its
        # head ("in his trip report", "do a research project")
        return True
    if not has_verb:
        # a verb written out for a verb, no placeholder: as for a swapped verb below, the shared last
        # noun modifies the next one ("scrapping the barrel store", "brake the ice cream van"), and
        # the idiom is not there
        return _one_word_before_last_swapped(item) and "NOUN" in w.tags(last) and last not in w.PREPOSITIONS
    wrong, right = _PLACEHOLDER.search(item.wrong), _PLACEHOLDER.search(item.right)
    if wrong is None or right is None:
        return False
    if wrong.group(1) == right.group(1):
        # "{attend} to the meeting" for "{attend} the meeting": 'attend to' and 'enter into' are verbs
        # of their own ('tend', 'begin'), sound before a compound ("attended to the meeting rooms",
        # "entered into the building contract")
        particle = item.wrong[wrong.end() :].split()[:1]
        return (wrong.group(1), *particle) in _PHRASAL and item.wrong[wrong.end() :].endswith(item.right[right.end() :])
    # "{open} the light" for "{turn} on the light", "{do} fishing" before "trips"; not an entry ending in a
    # function word, whose noun is its object ("{tie} you over until dinner", "{wreak} of smoke")
    return item.wrong.split()[-1] == item.right.split()[-1] and bool(w.tags(last)) and last not in w.PREPOSITIONS


_PHRASAL = frozenset((("attend", "to"), ("enter", "into")))


def _one_word_before_last_swapped(item: Expression) -> bool:
    """The entry and its fix have the same number of words and differ in one word only, not the
    last, a form of one verb written for another's ("scrapping the barrel" for "scraping the barrel",
    "brake the ice" for "break the ice"): a swapped verb written out, not as a placeholder. Not a
    form of the same verb ("stain" for "stained")."""
    wrong, right = item.wrong.lower().split(), item.right.lower().split()
    if len(wrong) < 3 or len(wrong) != len(right) or wrong[-1] != right[-1]:
        return False  # not a compound of two words, a noun's modifier itself ("stain glass windows")
    differ = [index for index, (one, other) in enumerate(zip(wrong, right, strict=True)) if one != other]
    if len(differ) != 1:
        return False
    written, fixed = wrong[differ[0]], right[differ[0]]
    lemmas, fixed_lemmas = set(w.verb_lemmas(written)), set(w.verb_lemmas(fixed))
    return bool(lemmas) and bool(fixed_lemmas) and not lemmas & fixed_lemmas


def _noun_for_adjective(last: str, fixed: str) -> bool:
    """The entry ends in a noun that the fix turns into a word that is only an adjective ('horse' for
    'hoarse'): before an -ing form the noun is a modifier ("taught themselves horse riding"), where
    the adjective could not stand. Not before any noun: "the most populace city", "a heart rendering
    story" are the slips themselves."""
    return last != fixed and "ADJ" not in w.tags(last) and "NOUN" in w.tags(last) and w.tags(fixed) == {"ADJ"}


_NOUN_SUFFIXES = ("al", "ment", "tion", "sion", "ity", "ness", "ance", "ence", "ship", "ism", "ure", "age")


def _unlisted_noun(word: str) -> frozenset[str]:
    """A word the tables do not hold, read as a noun by its suffix ("appraisal", "remediation")."""
    return frozenset(("NOUN",)) if len(word) > 5 and word.endswith(_NOUN_SUFFIXES) else frozenset()


def _function_words_differ(item: Expression) -> bool:
    """The entry and its fix share their content words (a ``{verb}`` placeholder counts as one),
    and the entry's prepositions and articles are dropped or changed by the fix, none added: "in
    his trip" / "on his trip", "{do} a research" / "{do} research", "{enter} in the building" /
    "{enter} the building"; not "{listen} the radio" / "{listen} to the radio" (a following noun
    does not supply the missing 'to'), nor "{do} an investment" / "{make} an investment"."""
    wrong, right = item.wrong.lower().split(), item.right.lower().split()
    if wrong == right:
        return False
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=wrong, b=right, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert" or not all(_function_word(word) for word in wrong[i1:i2] + right[j1:j2]):
            return False
    return True


def _function_word(word: str) -> bool:
    return word in w.ARTICLES or word in w.PREPOSITIONS


def _other_reading(text: str, item: Expression, match: re.Match[str]) -> bool:
    """The words read another way, by the word before or after the match.

    - The entry ends with 'what' or 'which' and a noun of measure follows: a set adverbial ("curious
      to what extent").
    - The entry opens with the article, written 'A' after a word: a label ("plan A some time ago").
    - The entry ends with 'to what/which' and a noun and a subject follow, or 'to how' and 'many'/'much':
      the verb's 'to' fronted (:func:`_fronted_to_phrase`).
    - The fix only drops a plural and the plural opens a list ('and', 'or' or a comma and another word
      in -s): "lines of credits and debits".
    - The entry ends with 'for' and a duration follows ("in desperate need for decades"), or with
      'to' that the fix replaces and a word that is only a verb ("no match to speak of"): no
      complement of the entry.
    - The entry holds 'route' after a verb of keeping a course or before a bare verb: 'on route' is
      on course ("the ship stayed on route to avoid the storm").
    - The entry ends with 'mark(s)' or 'point(s)' in the sense of a score (:func:`_score_reading`).
    - The entry is 'by ... own' after a verb that takes 'by' or a past participle: the verb's 'by'
      or the agent ("I stand by my own", "betrayed by his own").
    - The entry is a noun and a word in -s that is also a verb, and a determiner, an object pronoun,
      the verb's particle or a noun that is no verb follows: a subject and its verb ("this explanation
      marks a turning point", "the explanation points to", "the market prizes stability").
    - The entry is a noun and a bare verb ('route cause' for 'root cause') and a determiner or an
      object follows: a subject and its verb ("did the route cause any delays").
    - The entry is two words, the fix swaps the first, and the word before makes a common pair with
      the written word but not with the fix: a compound of its own ("the fairy tale end").
    - The entry opens with a bare verb that the fix turns into its participle ('whip cream') and no
      determiner, preposition, adjective or past stands before it: the verb and its object ("Whip
      cream until stiff", "we boil eggs").
    - The ``{verb}`` opens the entry and a determiner stands before it: it is a noun ("the walk
      threw up surprises", "his break threw the defence", "the site statistics"); not 'this' or
      'that' before a form in -s, their subject ("this rises the question").
    - The entry is a past form and a noun, and a subject pronoun or a form of 'have' stands before
      it: the past form is the verb ("we heard immunity was waning"; not "she could not of").
    - The entry ends with 'as' and a determiner follows: a role ("equally as a painter").
    - The entry ends with 'being' and a past participle follows: a passive ("the well being dug").
    - The entry ends with 'who' and a pronoun with 'be' ends the clause after it: a free relative
      clause ("some of who she was", "all of who they are"), not 'some of whom'.
    - The entry opens with 'all' after a plural noun or a subject pronoun: 'all' floats after its
      subject ("the bells all tolled").
    - A determiner stands before an entry whose first word is a noun that the fix turns into an -ing
      form: the noun ("the morning the loss of the ship was announced", not 'mourning').
    - The entry opens with 'as' and an adjective, and a second 'as' follows within a few words: a
      comparison ("as opposite to each other as night and day").
    - The entry ends with a past participle and 'as', 'by', 'through' or 'from' follows: a reduced
      relative clause ("the crime seen as the most serious", "a crime seen through a child's eyes").
    """
    before = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    previous = before.group(1).lower() if before else ""
    first, last = item.wrong.split()[0], item.wrong.split()[-1].lower()
    following = _NEXT_WORD.match(text, match.end())
    after = following.group(1) if following else ""
    written = match.group(0)
    if first.lower() == "a" and written[:1] == "A" and written[1:2].isspace() and not written.isupper() and previous:
        return True  # "We picked plan A some time ago": a capital letter as a label, not the article
    if _bare_for_participle(item) and not _noun_phrase_before(previous):
        return True  # "Whip cream until stiff", "we boil eggs": the verb and its object, not 'whipped cream'
    if last in ("what", "which") and after in _TO_WHAT:
        return True  # "curious to what extent": the set adverbial, not 'as to what'
    if _fronted_to_phrase(text, match, last, after):
        return True  # "unclear to which department the complaint was sent": the verb's 'to', fronted
    if last == "for" and _DURATION.match(text, match.end()):
        return True  # "in desperate need for decades", "for a while": how long, not what is needed
    if last == "to" != item.right.split()[-1] and w.verb_tags(after) & {"VB"} and "NOUN" not in w.tags(after):
        return True  # "no match to speak of": an infinitive, not the preposition the entry corrects
    if first.lower() == "by" and last == "own" and _by_verb(text, match.start(), previous):
        return True  # "I stand by my own", "betrayed by his own": the agent or the verb's 'by'
    course = _COURSE_BEFORE.search(text, max(0, match.start() - 50), match.start())
    if "route" in item.wrong.split() and (course is not None or _only_verb(after)):
        return True  # "the ship stayed on route to avoid the storm": on its course, then a purpose
    if last in _SCORES and _score_reading(text, match, previous, after):
        return True  # "two explanation points for the essay", "mark by mark": a score, not punctuation
    verb_object = after in w.DETERMINERS or after in _VERB_PARTICLES or after in w.OBJECT_PRONOUNS
    bare_object = after.islower() and w.tags(after) == {"NOUN"} and not w.verb_tags(after)  # "prizes stability"
    if (verb_object or bare_object) and last.endswith("s") and _noun_then_verb(item, last):
        return True  # "this explanation marks a turning point", "it points to": the noun's verb
    if verb_object and _subject_and_bare_verb(item, last):
        return True  # "Did the route cause any delays?": a subject and its verb, not 'root cause'
    if item.end and last == "own" and (previous in _OWN_CONTRAST or _possessed_before(text, match.start())):
        return True  # "not in their own", "the evening in my own": 'own' stands for a noun named before
    if _plural_only(item) and _LIST_AFTER.match(text, match.end()):
        return True  # "lines of credits and debits": the plural heads a list of plurals, no set phrase
    if _governed_preposition(item, previous):
        return True  # "worked on the last minute of the film", "look at any case": the verb's own preposition
    if previous in w.PREPOSITIONS and _apostrophe_dropped(item) and w.verb_tags(after) & {"VBZ", "VBD"}:
        return True  # "For beginners luck plays a part": the plural ends 'for beginners', the noun opens a clause
    object_before = _VERB_OBJECT_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if object_before is not None and _governed_preposition(item, object_before.group(1).lower()):
        return True  # "put the cork in the end of the bottle": the verb, its object, then its preposition
    if _verb_reading(item, previous):
        return True  # "tried to seize fire from the gods": the verb and its object, not 'ceasefire'
    name = written[:1].isupper() and not written.isupper() and item.right[:1].islower()
    if previous and name and _swaps_first_word(item):
        return True  # "The exhibition shows Wright in stone": a name after a word, not 'write'
    if w.is_any_plural(previous) and _swaps_first_word(item) and _verb_for_verb(item):
        return True  # "As temperatures rise the stakes grow": the written verb has its subject, a clause ends
    if _verb_slot_filled(text, item, match, previous):
        return True  # "In the opening scene the light falls", "It is sad the word has gone": no verb there
    if _compound_after(item, after):
        return True  # "win a price war", "the former or the later date": the web pairs the word with the next
    if _compound_before(item, previous):
        return True  # "the fairy tale end of the season": the web pairs the word with the one before
    if previous in w.DETERMINERS and _noun_before_not(item):
        return True  # "there is a need not to panic": a noun and an infinitive, not the modal 'need not'
    if item.wrong.lower().endswith(" in check") and _KEPT_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return True  # "Keep your tongue in check": 'keep … in check', not a misquoted 'tongue in cheek'
    if previous and _contact_clause_after(text, match, item):
        return True  # "We ate at the first place we found": the noun that a clause describes, literal
    if item.wrong.lower() == "being that" and "ADJ" in w.tags(after) and after not in w.DETERMINERS:
        return True  # "Being that tired, he slept": 'that' before an adjective is 'so', no causal clause
    if first.lower() == "almost" and (after == "same" or w.tags(after) == {"ADJ"}):
        return True  # "almost of the same age": 'almost' before 'of the same', not 'most of the'
    if after == "of" and "NOUN" in w.tags(last) and _article_dropped(item):
        return True  # "travelled with a train of servants": the noun heads a phrase of its own
    if _PLACEHOLDER.fullmatch(first):
        verb = match.group("verb").lower() if "verb" in match.re.groupindex else ""
        if previous in w.DETERMINERS and not _demonstrative_subject(previous, verb):
            return True
        if _finite_before(previous) and "ADJ" in w.tags(verb) and verb not in _SLIP_ADJECTIVES:
            return True  # "the report describes diffuse tensions": no second verb, an adjective
        if _causative_make(text, match):
            return True  # "will make the housework easier": 'make' as a causative
        # an adjective between: "the new brake the rules require" (a noun, not 'break the rules')
        pair = _TWO_PREVIOUS_WORDS.search(text, max(0, match.start() - 60), match.start())
        subject_and_past = "NOUN" in w.tags(previous) and "VBD" in w.verb_tags(verb)  # "the documentary peaked"
        return (
            pair is not None
            and pair.group(1).lower() in w.ARTICLES
            and "ADJ" in w.tags(previous)
            and not w.verb_tags(previous)
            and not subject_and_past
        )
    subject = previous in w.SUBJECT_PRONOUNS
    floating = first.lower() == "all" and "VBD" in w.verb_tags(item.wrong.split()[1].lower())
    if (subject or w.is_any_plural(previous)) and floating:
        return True  # "the bells all tolled": 'all' floats after its subject, before its verb
    right_first = item.right.split()[0].lower()
    if (subject or previous in w.HAVE_FORMS) and len(item.wrong.split()) == 2:
        compound = first.lower() not in w.MODALS and "NOUN" in w.tags(last)
        fixed_verb = bool(w.verb_tags(right_first) & {"VBD", "VBN"})  # "they faired well": 'fared'
        return compound and bool(w.verb_tags(first.lower()) & {"VBD", "VBN"}) and not fixed_verb
    if previous in w.DETERMINERS and first.lower() != right_first and right_first.endswith("ing"):
        return "NOUN" in w.tags(first.lower())  # "on the morning the loss of the ship was announced"
    comparison = first.lower() == "as" and "ADJ" in w.tags(item.wrong.split()[1].lower())
    if comparison and _AS_AFTER.match(text, match.end()):
        return True  # "as opposite to each other as night and day": a comparison, not 'as opposed to'
    if last == "as" and after in w.DETERMINERS:
        return True  # "equally as a painter and as a poet": 'as' before a noun phrase, a role
    if last == "being" and w.verb_tags(after) & {"VBN"} and not w.verb_tags(after) & {"VB", "VBZ", "VBG"}:
        return True  # "the well being dug in the village": 'being' and a participle, a passive
    if first.lower() in ("word's", "word’s") and previous in w.DETERMINERS and previous != "the":
        return True  # "this word's biggest problem": one word's, not 'the world's biggest'
    if last == "who" and _FREE_RELATIVE.match(text, match.end()):
        return True  # "some of who she was": a free relative clause, not 'some of whom'
    return after in ("as", "by", "through", "from") and "VBN" in w.verb_tags(last)


def _bare_for_participle(item: Expression) -> bool:
    """The entry opens with a bare verb that the fix turns into its participle ('mash potatoes' for
    'mashed potatoes', 'whip cream' for 'whipped cream'): the words are also the verb and its object."""
    first, fixed = item.wrong.split()[0].lower(), item.right.split()[0].lower()
    return first != fixed and fixed.endswith("ed") and first in w.verb_lemmas(fixed)


def _noun_phrase_before(previous: str) -> bool:
    """The word before opens or carries a noun phrase, not a verb: a determiner, a preposition (not
    'to'), a number, a word that is only an adjective, a form of 'have' or 'be', or a past that takes an
    object ('we ate', 'they served') but no bare verb after it (not 'made', 'let', 'helped')."""
    if previous in w.DETERMINERS or previous in w.CARDINALS or previous in w.HAVE_FORMS or previous in w.BE_FORMS:
        return True
    if previous in w.PREPOSITIONS:
        return previous != "to"
    if previous in w.CAUSATIVES:
        return False
    return w.tags(previous) == {"ADJ"} or w.plainly_past(previous) or w.verb_tags(previous) == {"VBD"}


def _noun_before_not(item: Expression) -> bool:
    """The entry opens with a word that is a noun as well as a verb, then 'not' ('need not to'): after
    a determiner the word is the noun ('a need not to offend')."""
    parts = item.wrong.lower().split()
    return len(parts) > 2 and parts[1] == "not" and {"NOUN", "VERB"} <= w.tags(parts[0])


def _apostrophe_dropped(item: Expression) -> bool:
    """The fix only restores a possessive's apostrophe ('beginners luck', 'no mans land'): the words
    written are also a plural and a noun, which a clause boundary may separate."""
    wrong, right = item.wrong.lower().split(), item.right.lower().replace("’", "'").split()
    if len(wrong) != len(right) or wrong == right:
        return False
    return all(a == b or ("'" in b and b.replace("'", "") == a) for a, b in zip(wrong, right, strict=True))


_CLAUSE_REST = re.compile(r"[^.,;:!?]{0,80}?\b([A-Za-z]+)[ \t]*(?:[.,;:!?]|\Z)")
"""The rest of the clause after the match, and its last word."""
_TO_VERBS = frozenset(
    """refer refers referred belong belongs belonged apply applies applied relate relates related
    correspond corresponds corresponded respond responds responded object objects objected
    contribute contributes contributed""".split()
)
"""Verbs whose complement opens with 'to' and may end a clause when it is fronted ("to what the figure refers")."""
_CLAUSE_AFTER_NOUN = re.compile(r"[ \t]+[a-z]+[ \t]+([A-Za-z]+)\b")


def _fronted_to_phrase(text: str, match: re.Match[str], last: str, after: str) -> bool:
    """The entry ends with 'to' and 'what'/'which' before a noun, or 'how' before 'many'/'much', and
    a subject follows the phrase, or the clause ends on a verb that takes 'to' ('refers', 'belongs'):
    'to' opens a phrase fronted from the clause's verb ("unclear to which department the complaint was
    sent", "unclear to how many people the law applies", "unclear to which of the firms it refers"), no
    'as to' ("unsure to which bus to take" stays a slip)."""
    words = match.group(0).lower().split()
    if len(words) < 2 or words[-2] != "to":
        return False
    if last == "how":
        return after in ("many", "much")
    clause = _CLAUSE_REST.match(text, match.end())
    if last in ("what", "which") and clause is not None and clause.group(1).lower() in _TO_VERBS:
        return True  # "unclear to what the figure refers": the clause ends on a verb that takes 'to'

    if last not in ("what", "which") or not after or after in w.DETERMINERS or "NOUN" not in w.tags(after):
        return False
    found = _CLAUSE_AFTER_NOUN.match(text, match.end())
    if found is None:
        return False
    subject = found.group(1)
    return subject.lower() in w.DETERMINERS or subject.lower() in w.SUBJECT_PRONOUNS or subject[:1].isupper()


_TO_WHAT = frozenset("extent extents degree degrees lengths length end ends purpose point level".split())
"""After an entry's final 'what' or 'which': a set adverbial ("curious to what extent", "to what end")."""
_DURATION = re.compile(
    r"[ \t]+(?:(?:years|months|weeks|days|hours|decades|centuries|generations|ages|long|longer|now)\b"
    r"|(?:a|so|too)[ \t]+(?:while|long)\b"
    r"|(?:the[ \t]+)?(?:some|a[ \t]+long|first|second|third|last|next)[ \t]+time\b"
    r"|(?:(?:a|an|the|many|several|some|over|nearly|almost|about|more|than|at|least|past|last|next|few|couple|of|"
    r"much|most|all|part|half|whole|entire|"
    r"first|second|third|fourth|fifth|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[ \t]+){1,4}"
    r"(?:years?|months?|weeks?|days?|hours?|decades?|century|centuries|generations?|while|winters?|summers?)\b)",
    re.IGNORECASE,
)
"""After an entry's final 'for': a duration ("in desperate need for years", "for the second year running",
"for a while", "for longer than a week", "for some time"), not what is needed ("for more time", "for so
many things")."""
_BY_VERBS = frozenset(
    "stand stands stood standing abide abides abided abiding live lives lived living swear swears swore sworn".split()
)
"""Verbs that take 'by' themselves ("I stand by my own", "they live by their own")."""
_COURSE_BEFORE = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping|back)"
    r"(?:[ \t]+[A-Za-z]+){0,2}[ \t]+\Z",
    re.IGNORECASE,
)
"""Before 'on route', maybe with an object between: a verb of keeping a course ("the planes stayed on
route for the whole flight", "kept the plane on route for safety")."""


def _only_verb(word: str) -> bool:
    """A bare verb that is no noun: after 'to' it opens an infinitive ("on route to avoid the storm")."""
    return bool(w.verb_tags(word) & {"VB"}) and "NOUN" not in w.tags(word)


_SCORES = frozenset("mark marks point points".split())
"""Nouns of an entry's end that also name a score ("explanation marks" for showing working)."""


def _by_verb(text: str, start: int, previous: str) -> bool:
    """Before 'by ... own': a verb that takes 'by', or a passive participle, maybe with its particle
    between ("stand by my own", "was betrayed by his own", "was let down by its own"); a participle
    without 'be' or 'get' before it may be an active past ("the app closed by its own", "the light
    turned off by its own": slips for 'on its own')."""
    if previous in _BY_VERBS:
        return True
    found = _PASSIVE_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return False
    participle, particle = found.group(1).lower(), (found.group(2) or "").lower()
    return "VBN" in w.verb_tags(participle) and (not particle or particle in w.PARTICLES)


_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting|gotten|'s|'re)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?[ \t]+\Z",
    re.IGNORECASE,
)
"""A form of 'be' or 'get', maybe an adverb in -ly, a participle and maybe its particle, right before the match."""


def _score_reading(text: str, match: re.Match[str], previous: str, after: str) -> bool:
    """An entry ending in 'mark(s)' or 'point(s)' read as a score: a number or a possessive before it
    ("two explanation points", "her explanation marks"), 'for' and an -ing form or 'each'/'every'
    after it ("marks for showing working"; not "explanation marks for emphasis"), the noun repeated
    after 'by' ("mark by mark"), or 'scheme' after it ("the explanation mark scheme")."""
    if previous in w.POSSESSIVES or w.is_numeral(previous) or after == "scheme":
        return True
    last = match.group(0).split()[-1].lower()
    rest = text[match.end() :]
    if after == "for":
        return re.match(r"[ \t]+for[ \t]+(?:each|every|[a-z]+ing)\b", rest, re.IGNORECASE) is not None
    return after == "by" and re.match(rf"[ \t]+by[ \t]+{re.escape(last)}\b", rest, re.IGNORECASE) is not None


def _demonstrative_subject(previous: str, verb: str) -> bool:
    """'This' or 'that' before a verb in -s, which no singular determiner takes as a plural noun:
    the pronoun is the subject ("this rises the question"; not "this rise", "the walk threw")."""
    return previous in ("this", "that") and verb.endswith("s") and "VBZ" in w.verb_tags(verb)


_VERB_PARTICLES = frozenset(("to", "toward", "towards", "out"))
"""After an entry's last word that is also a verb in -s: the verb's own particle ("explanation points to")."""


def _noun_then_verb(item: Expression, last: str) -> bool:
    """The entry is a noun and a word in -s that is also a verb ("explanation marks"): a subject
    and its verb may stand there ("this explanation marks a turning point")."""
    words = item.wrong.split()
    if len(words) < 2:
        return False
    noun = words[-2].isupper() or "NOUN" in w.tags(
        words[-2].lower()
    )  # an acronym is a noun ("the GI tracks the convoy")
    return noun and "VBZ" in w.verb_tags(last)


def _subject_and_bare_verb(item: Expression, last: str) -> bool:
    """The entry is two words, a noun and a verb's bare or past form ('route cause', 'week point'),
    its first word the one swapped: before a determiner or an object the noun may be a subject and
    the second word its verb ("did the route cause any delays", "the week showed us")."""
    swapped = _first_of_two_swapped(item)
    return swapped is not None and "NOUN" in w.tags(swapped[0]) and bool(w.verb_tags(last) & {"VB", "VBP", "VBD"})


def _first_of_two_swapped(item: Expression) -> tuple[str, str] | None:
    """(written, fixed) first words, lower case, of a two-word entry whose fix swaps the first word
    only ('route cause' for 'root cause', 'week point' for 'weak point'); None for any other entry."""
    words, fixed = item.wrong.lower().split(), item.right.lower().split()
    if len(words) != 2 or len(fixed) != 2 or words[0] == fixed[0] or words[1] != fixed[1]:
        return None
    return words[0], fixed[0]


_OWN_CONTRAST = frozenset("only not but than also even just then others hand hands".split())
"""Before a clause-final 'in my own' where 'own' stands for a noun named before: a contrast ("not in
their own", "only in his own") or a hand held ("took her hand in his own")."""
_POSSESSED = re.compile(r"\b(?:my|his|her|their|our|your|its)\s+([a-z]+)\b", re.IGNORECASE)


def _possessed_before(text: str, start: int) -> bool:
    """A possessive and its noun earlier in the sentence, which a clause-final 'in my own' stands for
    ("spent the day in his office and the evening in my own")."""
    opening = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    return any("NOUN" in w.tags(found.group(1).lower()) for found in _POSSESSED.finditer(text, opening + 1, start))


def _article_dropped(item: Expression) -> bool:
    """The entry's last noun has 'a' or 'an' before it, which the fix drops ("{travel} with a train" for
    "{travel} by train"): with 'of' after it the noun is a count noun of its own ("a train of servants")."""
    wrong, right = item.wrong.lower().split(), item.right.lower().split()
    return len(wrong) > 1 and len(right) > 1 and wrong[-2] in ("a", "an") and right[-2] not in w.ARTICLES


_NOT_HEADS = w.PREPOSITIONS | w.DETERMINERS | w.MODALS | frozenset("and or but nor so yet".split())
"""Words after the match that head no noun phrase of their own ('co workers or friends'; a modal is the
verb: "our school principle will be meeting", not a compound with 'will')."""


GOVERNED_SHARE = math.log(0.05)
"""A verb that has this preposition after it in one use in twenty or more governs it ('look at',
'worked on', 'stopped at', 'settled on'); 'met at', 'was in' (one in fifty) do not."""


PLURAL_GOVERNED_SHARE = math.log(0.03)
"""For an entry that only drops a plural ('in minute details'): a verb with its preposition after it in
one use in thirty-odd governs it, and the plural is its object ("they vary in minute details"); a
word that is also a noun needs the usual share ("explains the steps in more details")."""


_KEPT_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding)[ \t]+(?:your|his|her|their|my|our|its|the|a)[ \t]+\Z",
    re.IGNORECASE,
)
"""A verb of restraint and a determiner before the match: 'keep your tongue in check'."""
_CLAUSE_AFTER = re.compile(r"[ \t]+(i|we|you|they|he|she)[ \t]+([a-z]+)\b", re.IGNORECASE)


def _contact_clause_after(text: str, match: re.Match[str], item: Expression) -> bool:
    """The entry ends with a noun that its fix keeps, and a subject pronoun and a verb that can be
    finite follow: a relative clause without 'that' describes the noun, which is meant literally ("We
    ate at the first place we found"). Asked only after a word: an entry opening the sentence may be
    an adverbial before the main clause ("On the last minute we left")."""
    last, fixed = item.wrong.split()[-1].lower(), item.right.split()[-1].lower()
    if last != fixed or "NOUN" not in w.tags(last) or last in w.PREPOSITIONS:
        return False
    clause = _CLAUSE_AFTER.match(text, match.end())
    return clause is not None and w.may_be_finite(clause.group(2).lower())


def _governed_preposition(item: Expression, previous: str) -> bool:
    """The entry opens with a preposition the fix swaps ('on the last minute' for 'at the last
    minute', 'at any case' for 'in any case') or keeps while it drops a plural (:func:`_plural_only`),
    and the verb before it governs that preposition on the
    web: the preposition is the verb's, and the words after it its object ("the editors worked on the
    last minute of the film", "the lawyer will look at any case")."""
    words = item.wrong.lower().split()
    first, right_first = words[0], item.right.split()[0].lower()
    if (first == right_first and not _plural_only(item)) or first not in w.PREPOSITIONS or not previous:
        return False
    if item.idiom:
        return False  # "lost her keys in her way to work": 'on one's way' is an idiom, whatever the verb
    if previous in w.AUXILIARIES or previous in w.MODALS or not w.verb_tags(previous):
        return False
    pair, count = _ngrams.web_pair_count(previous, first), _ngrams.web_word_count(previous)
    verb_only = "NOUN" not in w.tags(previous)  # "the steps in more details": a noun, whatever 'steps in' means
    share = PLURAL_GOVERNED_SHARE if first == right_first and verb_only else GOVERNED_SHARE
    return pair is not None and count is not None and pair - count >= share


_LIST_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+[a-z]+s\b|,[ \t]*[a-z]+s(?:,|[ \t]+(?:and|or)\b)")
"""After a plural: 'and'/'or' and a second word in -s, or a comma and one that the list goes on from ("lines
of credits and debits", "lines of credits, debits and fees"; not "As a rule of thumbs, plants need")."""


def _plural_only(item: Expression) -> bool:
    """The fix only drops the plural of the entry's last noun ('in more details' for 'in more
    detail'): after a verb that governs the entry's preposition the plural is its object's ("interested
    in more details", "the rooms differ in minute details")."""
    wrong, right = item.wrong.lower().split(), item.right.lower().split()
    return len(wrong) == len(right) and wrong[:-1] == right[:-1] and wrong[-1] == right[-1] + "s"


def _verb_reading(item: Expression, previous: str) -> bool:
    """The entry opens with a bare verb after 'to' or a modal, and the fix opens with a word that is
    no verb ("to seize fire" against 'ceasefire'): the verb and its object are meant."""
    first, right_first = item.wrong.split()[0].lower(), item.right.split()[0].lower()
    if first == right_first or (previous != "to" and previous not in w.MODALS):
        return False
    return "VB" in w.verb_tags(first) and not w.verb_tags(right_first)


def _compound_after(item: Expression, after: str) -> bool:
    """The entry's last word and the fix's differ, and the noun after the match forms a common pair on
    the web with the written word but not with the fix ("a price war", "the later date"): the
    written word belongs to that pair. A participle before a noun is a modifier too ("smoother than
    planed oak"), where the fix's ending participle ('than planned') could not stand."""
    last, fixed = item.wrong.split()[-1].lower(), item.right.split()[-1].lower()
    if not after or last == fixed or not (last.isalpha() and fixed.isalpha()) or after in _NOT_HEADS:
        return False  # 'co workers' for 'co-workers': the web counts hold no hyphened word
    if "NOUN" not in w.tags(after):
        return False
    if w.verb_tags(last) == {"VBD", "VBN"} and "VBN" in w.verb_tags(fixed) and w.tags(after) == {"NOUN"}:
        return True
    if not w.tags(last) & {"NOUN", "ADJ"}:
        return False  # "seldom ever go": an adverb modifies no noun
    if _ngrams.web_pair_count(fixed, after) is not None:
        return False
    if _ngrams.web_pair_count(last, after) is not None:
        return True
    # neither pair in the counts: a singular noun for a noun before another noun is the first of a
    # compound ("two cups of flower tea", "lost in the dessert menu"), not the slip ('cups of flour')
    singular = "NOUN" in w.tags(last) and not w.verb_tags(last) & {"VBZ", "VBD", "VBN", "VBG"}
    return singular and "NOUN" in w.tags(fixed) and not w.tags(after) & {"ADJ", "ADV", "ADP", "DET", "PRON"}


def _compound_before(item: Expression, previous: str) -> bool:
    """The entry is two words and the fix swaps the first, and the word before the match forms a
    pair on the web with the written word but not with the fix ("the fairy tale end of the season":
    'fairy tale', not 'fairy tail'): the written word closes that compound. The word before must be
    a noun, as the first word of a compound is ('was break' is common, and no compound)."""
    swapped = _first_of_two_swapped(item) if previous else None
    if swapped is None:
        return False
    written, fixed = swapped
    if not (written.isalpha() and fixed.isalpha()) or previous in _NOT_HEADS or "NOUN" not in w.tags(previous):
        return False
    return _ngrams.web_pair_count(previous, written) is not None and _ngrams.web_pair_count(previous, fixed) is None


def _finite_before(previous: str) -> bool:
    """A word that is only a finite verb in -s, not an auxiliary or a verb that takes a bare verb
    after it ('helps defuse'): the next word cannot be a verb of the same clause."""
    if not previous or previous in w.AUXILIARIES or previous in w.MODALS or previous in w.CAUSATIVES:
        return False
    return w.verb_tags(previous) == {"VBZ"} and "NOUN" not in w.tags(previous)


def _causative_make(text: str, match: re.Match[str]) -> bool:
    """'make' whose object an adjective or a degree word follows ("make the housework easier"); not
    when the expression ends with a preposition, whose object the next word is ("make due with less"),
    unless it is 'of', which may open the complement ("make us of more use")."""
    if "verb" not in match.re.groupindex or match.group("verb").lower() not in _MAKE_FORMS:
        return False
    last = match.group().split()[-1].lower()
    if last in w.PREPOSITIONS and last != "of":
        return False
    following = _NEXT_WORD.match(text, match.end())
    if following is None:
        return False
    low = following.group(1)
    tags = w.tags(low)
    return low in _DEGREE_AFTER or ("ADJ" in tags and ("NOUN" not in tags or low.endswith("er")))


_SLIP_ADJECTIVES = frozenset(("loose",))
"""Adjectives that are also the slip the entry is for ('loose' for 'lose')."""
_MAKE_FORMS = frozenset("make makes made making".split())
_DEGREE_AFTER = frozenset("more less so too much".split())


_AS_AFTER = re.compile(r"(?:[ \t]+[\w'’-]+){1,5}?[ \t]+as\b")


_FREE_RELATIVE = re.compile(
    r"[ \t]+(?:he|she|it|we|they|you|i)[ \t]+(?:am|is|are|was|were)\b"
    r"(?![ \t]+(?!(?:and|or|but|as|now|today|then|is|was|has|will|can|must|may|might|would|should|could"
    r"|i|we|you|he|she|they)\b)[a-z])",
    re.IGNORECASE,
)


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+\Z")
_VERB_OBJECT_BEFORE = re.compile(
    r"([A-Za-z]+)[ \t]+(?:the|a|an|this|that|his|her|its|our|their|my|your)[ \t]+[A-Za-z]+[ \t]+\Z", re.IGNORECASE
)
_TWO_PREVIOUS_WORDS = re.compile(r"([A-Za-z]+)[ \t]+[A-Za-z]+[ \t]+\Z")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b(?!['’])")
_NEXT_POSSESSIVE = re.compile(r"[ \t]+([a-z]+)['’]s\b")
"""A possessive noun after the match, a modifier of the noun after it ("turned herself into the police
force's best detective")."""
_NOT_MODIFIED = frozenset(("ADV", "DET", "PRON", "ADP", "NUM"))
"""Tags of a word that may follow a collocation's object without making it a modifier."""


def _inner_capital(found: str) -> bool:
    """A word after the first written with a capital: a name ("across the Isle of Man")."""
    return any(part[:1].isupper() for part in found.split()[1:]) and not found.isupper()


def _title_cased(found: str) -> bool:
    """Every word capitalised ("Return Back Home", "Follow The Suit"): the title of a work, quoted as it
    is. Not a phrase in capitals ("FOLLOWING THE SUIT"), a heading's shouting that is still prose."""
    parts = found.split()
    return len(parts) > 1 and all(part[:1].isupper() for part in parts) and not found.isupper()


def _matches_near(doc: Document, matcher: _Matcher, expression: int) -> Iterator[re.Match[str]]:
    """Matches of an expression's pattern in the paragraphs that hold one of its key words, in text order.

    Searching the whole text once per candidate expression made the rule cost the text's length
    times the number of expressions with a key word somewhere in it (issue 13); a paragraph with
    no key word cannot hold the expression, nor one whose lower-case text lacks a required word
    (see :data:`_LOWERS_TO_ITSELF`): "made due with" is searched for only where "due" is. The
    pattern is compiled when a paragraph is to be searched.
    """
    text = doc.text
    paragraphs = doc.paragraphs
    starts = doc.paragraph_starts
    required = matcher.required[expression]
    occurring = occurrences(doc, matcher.key_set(expression))
    chosen = sorted({bisect_right(starts, words[at].start) - 1 for words, at in occurring})
    lowered = doc.folded if required else ""  # required words are ASCII (_LOWERS_TO_ITSELF)
    if len(lowered) != len(text):
        required = ()  # lower() changed a length ("İ"): offsets differ, so no pre-filter
    for index in chosen:
        if index < 0:
            continue
        start = paragraphs[index].start
        end = paragraphs[index + 1].start if index + 1 < len(paragraphs) else len(text)
        if all(lowered.find(word, start, end) >= 0 for word in required):
            yield from matcher.pattern(expression).finditer(text, start, end)


_LOWERS_TO_ITSELF = re.compile(r"[a-hj-rt-z0-9-]+")
"""A literal word whose every case-insensitive match lower-cases to the word itself.

True of ASCII letters, digits and hyphens, except "i" and "s", which ``re.IGNORECASE`` also
matches with "ı", "İ" and "ſ" (their ``lower()`` differs); checked over all of Unicode. Where
the lower-case text (same length as the text) lacks such a word, no match can be.
"""


def _required_words(item: Expression, keys: frozenset[str]) -> tuple[str, ...]:
    """The literal words of ``item`` that a paragraph's lower-case text must hold for a match."""
    found = []
    for word in item.wrong.split():
        low = word.lower()
        if low not in keys and low not in found and _LOWERS_TO_ITSELF.fullmatch(low):
            found.append(low)
    return tuple(found)


def provide(config: Config) -> list[GrammarRule]:
    """The rule, with the newsroom's own lists when the config names any."""
    if getattr(config, "grammar_expressions", ()):
        return [MisquotedExpression(configured_expressions(config))]
    return [MisquotedExpression()]
