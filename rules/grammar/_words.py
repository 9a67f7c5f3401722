"""Word knowledge for the grammar rules: lemminflect's tables plus small closed-class lists.

lemminflect tells which parts of speech a word can have and gives every inflection of a lemma.
Its knowledge is read once per machine into packed tables in the data cache (about 0.9 s, the
first run's largest cost); a process loads them in about a millisecond and never imports
lemminflect unless a lemma is missing from them. Lookups are memoised per word, so a warm run
costs a dictionary access. The closed-class lists (determiners, pronouns,
modals, …) are short and complete by nature, so they are written out here.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from lint._document import Token
    from lint._packed import Blob, PackedStrings, StrTable


def _lemminflect() -> Any:
    import lemminflect  # type: ignore[import-untyped]

    return lemminflect


_VERB_TAGS = ("VB", "VBD", "VBN", "VBZ", "VBG", "VBP")


def _encode(table: dict[str, tuple[str, ...]]) -> str:
    """``{"VBD": ("led",), "VBN": ("led",)}`` → ``"VBD=led;VBN=led"``: compact to store and load."""
    return ";".join(f"{key}={','.join(values)}" for key, values in table.items())


def _decode(text: str) -> dict[str, tuple[str, ...]]:
    """The inverse of :func:`_encode`; a tag with no form ("VBP=") decodes to ``()``, never ``("",)``.

    An empty form once matched nothing at all, so "{eek} out" flagged every "out" after a comma.
    """
    decoded: dict[str, tuple[str, ...]] = {}
    if text:
        for item in text.split(";"):
            key, _, values = item.partition("=")  # _encode writes "=" in every item
            decoded[key] = tuple(values.split(",")) if values else ()
    return decoded


def _live_verb_inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    module = _lemminflect()
    forms = dict(module.getAllInflections(lemma, upos="VERB"))
    for tag in _VERB_TAGS:
        if tag not in forms:
            forms[tag] = tuple(module.getInflection(lemma, tag=tag))
    return forms


_VERB_UPOS_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"))
_NOUN_UPOS_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_VERB_TAG_TWINS = {"VBD": ("VBN",), "VBN": ("VBD",)}
"""lemminflect's ``pennTagAlts`` for verbs: a regular verb's past and participle are one form."""


def _in_caps_style_of(word: str, table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """lemminflect's ``applyCapsStyleToDict``: every form in the capitalisation of ``word``."""
    if word.isupper():
        change = str.upper
    elif word[:1].isupper():
        change = str.capitalize
    elif all(form.islower() for forms in table.values() for form in forms):
        return table  # the usual case: a lower-case word, its forms lower-case already
    else:
        change = str.lower
    return {key: tuple(map(change, forms)) for key, forms in table.items()}


class _Lookups:
    """lemminflect's ``getAllLemmas(word)`` and ``getAllInflections(lemma, upos)`` for the table
    build, read from the same dictionaries and override lists in the same order, without the deep
    copy of every entry that makes the public functions cost most of two seconds on a first run
    (``tests/test_grammar_words.py`` compares the two on thousands of words)."""

    def __init__(self) -> None:
        from lemminflect.core.Inflections import Inflections  # type: ignore[import-untyped]
        from lemminflect.core.Lemmatizer import Lemmatizer  # type: ignore[import-untyped]

        lemmatizer, inflections = Lemmatizer(), Inflections()
        self.lemma_dict: dict[str, dict[str, tuple[str, ...]]] = lemmatizer._getLemmaDict()
        self.lemma_overrides: dict[str, dict[str, tuple[str, ...]]] = lemmatizer._getOverridesDict()
        self.inflection_dict: dict[str, dict[str, tuple[str, ...]]] = inflections._getInflDict()
        self.inflection_overrides: dict[str, dict[str, tuple[str, ...]]] = inflections._getOverridesDict()

    def all_lemmas(self, word: str) -> dict[str, tuple[str, ...]]:
        low = word.lower()
        lemmas = dict(self.lemma_dict.get(low, {}))
        lemmas.update(self.lemma_overrides.get(low, {}))
        return _in_caps_style_of(word, lemmas)

    def all_inflections(self, lemma: str, tags: frozenset[str] | None) -> dict[str, tuple[str, ...]]:
        low = lemma.lower()
        forms = dict(self.inflection_dict.get(low, {}))
        forms.update(self.inflection_overrides.get(low, {}))
        if tags is not None:
            forms = {tag: found for tag, found in forms.items() if tag in tags}
        return _in_caps_style_of(lemma, forms)

    def verb_inflection(self, lemma: str, tag: str) -> tuple[str, ...]:
        """``getInflection(lemma, tag)`` for a verb tag: the dictionary's form, or its past or
        participle twin (lemminflect's own fallback), else lemminflect's rules for unknown forms."""
        forms = self.all_inflections(lemma, None)
        form = forms.get(tag)
        if form is None:
            for twin in _VERB_TAG_TWINS.get(tag, ()):
                form = forms.get(twin)
                if form:
                    break
        return tuple(_lemminflect().getInflection(lemma, tag=tag)) if form is None else form

    def verb_inflections(self, lemma: str) -> dict[str, tuple[str, ...]]:
        forms = self.all_inflections(lemma, _VERB_UPOS_TAGS)
        for tag in _VERB_TAGS:
            if tag not in forms:
                forms[tag] = self.verb_inflection(lemma, tag)
        return forms


def _build_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Every lemma lookup and every verb and noun inflection lemminflect knows, encoded as strings."""
    lookups = _Lookups()
    lemmas = {word: _encode(_with_plural_noun(word, lookups)) for word in lookups.lemma_dict}
    expression_verbs = sorted(_expression_verbs())  # sorted: the table's bytes do not depend on the hash seed
    verbs: dict[str, str] = {lemma: _encode(lookups.verb_inflections(lemma)) for lemma in expression_verbs}
    nouns: dict[str, str] = {}
    for entry in lookups.lemma_dict.values():
        for lemma in entry.get("VERB", ()):
            if lemma not in verbs:
                verbs[lemma] = _encode(lookups.verb_inflections(lemma))
        for lemma in entry.get("NOUN", ()):
            if lemma not in nouns:
                nouns[lemma] = _encode(lookups.all_inflections(lemma, _NOUN_UPOS_TAGS))
    for singular, plural in added_nouns():
        for form in (singular, plural) if plural else (singular,):
            parts = _decode(lemmas.get(form, ""))
            if singular not in parts.get("NOUN", ()):
                parts["NOUN"] = (*parts.get("NOUN", ()), singular)
            lemmas[form] = _encode(parts)
        nouns[singular] = _encode({"NN": (singular,), "NNS": (plural,)} if plural else {"NN": (singular,)})
    return lemmas, verbs, nouns


ADDED_NOUNS = Path(__file__).with_name("added-nouns.txt")


def added_nouns() -> list[tuple[str, str]]:
    """(singular, plural) of each noun :data:`ADDED_NOUNS` lists: '' for the plural of a mass noun."""
    found = []
    for line in ADDED_NOUNS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            singular, plural = line.split()
            found.append((singular, "" if plural == "-" else plural))
    return found


def _with_plural_noun(word: str, lookups: _Lookups) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of ``word``; a form in -s listed only as a verb that is also the plural of
    its lemma's noun gets that noun too (lemminflect lists 'lectures', 'mails', 'merits', 'oils',
    'soaps' as verbs only)."""
    parts = lookups.all_lemmas(word)
    if "NOUN" in parts or "VERB" not in parts or not word.endswith("s"):
        return parts
    nouns = tuple(
        lemma
        for lemma in parts["VERB"]
        if lemma != word
        and "NOUN" in _with_plural_noun(lemma, lookups)
        and word in lookups.all_inflections(lemma, _NOUN_UPOS_TAGS).get("NNS", ())
    )
    return {**parts, "NOUN": nouns} if nouns else parts


def _expression_verbs() -> set[str]:
    """The verbs named in the built-in expression list ("{eek} out"): some are not dictionary verbs."""
    import re

    found = {verb for path in _EXPRESSIONS for verb in re.findall(r"\{([a-z]+)\}", path.read_text(encoding="utf-8"))}
    return found - {"verb"}


_EXPRESSIONS = (Path(__file__).with_name("expressions.toml"), Path(__file__).with_name("idiom-variants.toml"))


def _packed_tables() -> tuple[str | Blob, ...]:
    """:func:`_build_tables`, packed for the data cache: a module-level build, so that a first run
    builds it in a fresh interpreter (lemminflect and numpy are imported there, not in the run)."""
    from lint._packed import pack_strings

    lemmas, verbs, nouns = _build_tables()
    return (*pack_strings(lemmas), *pack_strings(verbs), *pack_strings(nouns))


@lru_cache(maxsize=1)
def _tables() -> tuple[StrTable, StrTable, StrTable]:
    """lemminflect's knowledge as three packed tables, from the per-user data cache after the first run.

    Importing lemminflect (and numpy) and loading its tables costs most of a second per process;
    the cached tables, packed (:mod:`lint._packed`), load in a few milliseconds instead of the
    22 ms of three dicts of 100,000 entries: the strings are read, the byte arrays mapped (2.2 of
    the file's 5 MB; reading them all cost every process, before its first rule, 2 ms more). The
    look-up functions below memo what they decode.
    """
    from lint._datacache import cached_mapped, file_stamp, package_fingerprint
    from lint._packed import StrTable

    fingerprint = f"{package_fingerprint('lemminflect')}:{file_stamp(*_EXPRESSIONS, ADDED_NOUNS)}:plural-nouns"
    flat = cached_mapped("lemminflect-mapped", fingerprint, _packed_tables, aside="fresh", meanwhile=_web_table_ahead)
    lemmas, verbs, nouns = (cast("PackedStrings", flat[start : start + 5]) for start in (0, 5, 10))
    return StrTable.load(lemmas), StrTable.load(verbs), StrTable.load(nouns)


def _web_table_ahead() -> None:
    """While a machine's first run builds these tables, the web counts the grammar rules ask for next
    are built beside them (:func:`._ngrams.build_web_table_ahead`)."""
    from . import _ngrams

    _ngrams.build_web_table_ahead()


@lru_cache(maxsize=1 << 16)
def parts_of_speech(word: str) -> dict[str, tuple[str, ...]]:
    """Universal POS tag → lemmas, for a lower-case word in lemminflect's dictionary ({} if unknown;
    the plural noun of a form in -s lemminflect lists as a verb only: :func:`_with_plural_noun`)."""
    return _decode(_tables()[0].get(word) or "")


def all_words() -> Iterator[str]:
    """Every word the tables know, in table order: for deriving a word set once, to be kept in the
    data cache (70,000 words: never in a rule's pass over a document)."""
    return _tables()[0].keys.words()


@lru_cache(maxsize=1 << 14)
def verb_inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag (VB, VBD, VBN, VBZ, VBG, VBP) → forms of a verb lemma.

    lemminflect's table leaves out regular forms (no VBN for "overlook"); its rules fill them in.
    A past it lists that no style guide accepts (:data:`_NONSTANDARD_PASTS`) is left out.
    """
    encoded = _tables()[1].get(lemma)
    forms = _decode(encoded) if encoded is not None else _live_verb_inflections(lemma)
    wrong = _NONSTANDARD_PASTS.get(lemma)
    if wrong is not None:
        for tag in ("VBD", "VBN"):
            forms[tag] = tuple(form for form in forms.get(tag, ()) if form != wrong)
    return forms


def every_verb_form(lemmas: Iterable[str]) -> frozenset[str]:
    """Every inflection of each lemma (:func:`verb_inflections`, all tags together)."""
    return frozenset(form for lemma in lemmas for forms in verb_inflections(lemma).values() for form in forms)


_NONSTANDARD_PASTS = {"plead": "plead"}
"""Lemma → a past or participle lemminflect lists that is dialect, not standard English: 'plead' for
'pleaded' or 'pled' ('He plead guilty', 'has plead guilty': AP and the dictionaries give 'pleaded')."""


@lru_cache(maxsize=1 << 14)
def noun_inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag (NN, NNS) → forms of a noun lemma; {} for a form of another noun ("women")."""
    encoded = _tables()[2].get(lemma)
    if encoded is not None:
        return _decode(encoded)
    nouns = parts_of_speech(lemma).get("NOUN")
    if nouns and lemma not in nouns:
        return {}  # no forms of its own, and no need to load lemminflect's rules (numpy: ~0.4 s) to say so
    return dict(_lemminflect().getAllInflections(lemma, upos="NOUN"))


@lru_cache(maxsize=1 << 16)
def tags(word: str) -> frozenset[str]:
    """The universal POS tags ``word`` can have (asked for several times per trigger word: memoised)."""
    return frozenset(parts_of_speech(word))


def verb_lemmas(word: str) -> tuple[str, ...]:
    return parts_of_speech(word).get("VERB", ())


@lru_cache(maxsize=1 << 16)
def verb_tags(word: str) -> frozenset[str]:
    """The Penn verb tags ``word`` can carry (VB, VBD, VBN, VBZ, …), over all its verb lemmas."""
    found: set[str] = set()
    for lemma in verb_lemmas(word):
        for tag, forms in verb_inflections(lemma).items():
            if word in forms:
                found.add(tag)
    return frozenset(found)


def verb_form(lemma: str, tag: str) -> str | None:
    forms = verb_inflections(lemma).get(tag)
    return forms[0] if forms else None


@lru_cache(maxsize=1 << 16)
def is_any_plural(word: str) -> bool:
    """A plural noun, regular ('figures', :func:`is_plural_noun`) or irregular ('people', 'children')."""
    return is_plural_noun(word) or word in IRREGULAR_PLURALS


def other_noun_lemma(word: str) -> str | None:
    """The noun lemma of ``word`` that is not ``word`` itself ('judges' → 'judge'), or None: a plural's
    singular as the word tables give it."""
    return next((lemma for lemma in parts_of_speech(word).get("NOUN", ()) if lemma != word), None)


def is_noun_in_ss(word: str) -> bool:
    """A singular count noun in -ss whose plural is in -sses ('class', 'business', 'glass'), which the
    plural tests take for no noun. Asked of the word tables' nouns only: an adjective in -less or -ous
    ('endless') would send the question to lemminflect (some 0.3 s and 30 MB to load)."""
    return word.endswith("ss") and "NOUN" in tags(word) and word + "es" in noun_inflections(word).get("NNS", ())


def is_plural_noun(word: str) -> bool:
    """A regular plural noun that is not also a singular ("figures", not "news", "series", "means")."""
    if not word.endswith("s") or word.endswith(("ss", "ics", "us", "is", "ous")) or word in SINGULAR_IN_S:
        return False
    lemmas = parts_of_speech(word).get("NOUN", ())
    if not lemmas and "-" in word:
        return _phrasal_plural(word)
    if not lemmas or (word in lemmas and (len(lemmas) == 1 or word in EITHER_NUMBER_LEMMAS)):
        return False
    return any(word in noun_inflections(lemma).get("NNS", ()) for lemma in lemmas if lemma != word)


_PARTICLE_PLURALS = frozenset("ins ups outs offs ons overs downs backs aways".split())


def _phrasal_plural(word: str) -> bool:
    """A noun made of a verb and a particle, in the plural the tables lack: 'break-ins', 'check-ins',
    'mix-ups', 'drop-offs' (a verb, one hyphen, a particle with -s)."""
    first, _, particle = word.partition("-")
    return particle in _PARTICLE_PLURALS and "VERB" in tags(first)


@lru_cache(maxsize=4096)
def is_irregular_plural(word: str) -> bool:
    """'children', 'women', 'feet': a plural noun not in -s (and not also a singular, 'sheep')."""
    lemmas = parts_of_speech(word).get("NOUN", ())
    if not lemmas or word in lemmas or word.endswith("s") or "VERB" in parts_of_speech(word):
        return False
    return any(word in noun_inflections(lemma).get("NNS", ()) for lemma in lemmas)


UNMARKED_PLURALS = frozenset(("people", "police", "cattle", "folks"))
"""Plural nouns that are their own lemma, so the word tables do not mark them plural."""


def is_plural_without_s(word: str) -> bool:
    """'people', 'police', 'children', 'feet': a plural that :func:`is_plural_noun`'s -s test misses."""
    return word in UNMARKED_PLURALS or is_irregular_plural(word)


def plural_of_another_noun(word: str) -> bool:
    """The word is also the plural of another noun ('bacteria' of 'bacterium', 'data' of 'datum',
    'dice' of 'die'), so a plural verb after it is right."""
    lemmas = parts_of_speech(word).get("NOUN", ())
    return any(word in noun_inflections(other).get("NNS", ()) for other in lemmas if other != word)


@lru_cache(maxsize=1 << 12)
def superlative_form(word: str) -> bool:
    """An adjective's '-est' form ('tallest', 'biggest'), not a word in '-est' that is a lemma of its
    own ('honest', 'modest'). The rules that read superlatives add their own guard on the word's
    other readings (a noun: 'forest', 'interest', 'latest')."""
    if not word.endswith("est"):
        return False
    lemmas = parts_of_speech(word).get("ADJ", ())
    return bool(lemmas) and word not in lemmas


def is_superlative(word: str) -> bool:
    """'best', 'worst' or an adjective's '-est' form that is no noun ('oldest'; not 'forest', 'interest')."""
    return word in ("best", "worst") or (superlative_form(word) and "NOUN" not in tags(word))


@lru_cache(maxsize=1 << 16)
def is_singular_count_noun(word: str, adjective: bool = False) -> bool:
    """A noun that is only a noun (or noun and verb), singular, with a distinct plural ("report", "agency";
    "thing", "king" and "ring", but not a verb's -ing form: "building", "meeting").

    ``adjective``: a noun that is also an adjective counts too where the place of a head noun is known
    ("The chief executive, along with …"), when none of its plurals is itself: an adjective used as a
    noun for people is plural ('the young', 'the poor', 'the elderly')."""
    pos = parts_of_speech(word)
    kinds = _NOUN_KINDS_WITH_ADJECTIVE if adjective else _NOUN_KINDS
    if "NOUN" not in pos or not set(pos) <= kinds or word not in pos["NOUN"]:
        return False
    if plural_of_another_noun(word):
        return False  # 'bacteria' (bacterium), 'data' (datum)
    if word.endswith("s") or word in NOT_SINGULAR_SUBJECTS:
        return False
    if word.endswith("ing") and ("VBG" in verb_tags(word) or not _plural_written(word)):
        return False
    plurals = noun_inflections(word).get("NNS", ())
    if "ADJ" in pos:
        return bool(plurals) and word not in plurals
    return any(form != word for form in plurals)


NOUN_OR_ADJECTIVE = frozenset(("NOUN", "ADJ"))
"""The parts of speech a modifier or head of a noun phrase has (a set to intersect with :func:`tags`)."""
_NOUN_KINDS = frozenset(("NOUN", "VERB"))
_NOUN_KINDS_WITH_ADJECTIVE = _NOUN_KINDS | {"ADJ"}


def _plural_written(word: str) -> bool:
    """The web writes the word's -s plural at least a tenth as often as the word: a noun in -ing
    that counts ('things', 'kings', 'rings'), not one whose plural is the word itself ('herring',
    'whiting') or is seldom needed ('morning', 'darling')."""
    from ._ngrams import web_word_count

    singular, plural = web_word_count(word), web_word_count(word + "s")
    return singular is not None and plural is not None and plural - singular >= _LOG_TENTH


_LOG_TENTH = math.log(0.1)


# -- closed classes -------------------------------------------------------------------------------

MODALS = frozenset("can could will would shall should may might must".split())
DO_FORMS = frozenset("do does did".split())
"""The forms of 'do' that carry tense and take a bare verb ('did go', 'does can swim')."""
NEGATIVE_CONTRACTIONS = {
    "do": "don't",
    "does": "doesn't",
    "did": "didn't",
    "can": "can't",
    "could": "couldn't",
    "will": "won't",
    "would": "wouldn't",
    "should": "shouldn't",
    "must": "mustn't",
    "is": "isn't",
    "are": "aren't",
    "was": "wasn't",
    "were": "weren't",
    "have": "haven't",
    "has": "hasn't",
    "had": "hadn't",
}
"""An auxiliary and its negative contracted ('did' + 'not' → "didn't")."""
NEGATED_MODALS = frozenset(
    "can't cannot couldn't won't wouldn't shan't shouldn't mightn't mustn't can’t couldn’t won’t wouldn’t "
    "shouldn’t".split()
)
HAVE_FORMS = frozenset("have has had haven't hasn't hadn't 've 'd".split())


def both_apostrophes(words: str) -> frozenset[str]:
    """Each word as written with a straight and with a curly apostrophe."""
    split = words.split()
    return frozenset(split) | frozenset(word.replace("'", "’") for word in split)


NEGATED_AUXILIARIES = both_apostrophes(
    "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't"
)
"""Auxiliaries and modals with 'n't', as written with a straight or a curly apostrophe."""
BE_FORMS = frozenset("am is are was were be been".split())
"""The plain forms of 'be' (not 'being', not contracted)."""

# Adverbs that can sit between an auxiliary and its verb ("would not approve", "has already left").
MID_ADVERBS = frozenset(
    """
    not never also still already just only even ever always often sometimes recently previously
    probably certainly clearly finally eventually quickly further really simply actually apparently
    allegedly reportedly repeatedly largely mostly nearly almost long since yet then now once again
    """.split()
)

ARTICLES = frozenset("a an the".split())
CODE_HEADS = frozenset(
    """
    method methods function functions option options flag flags keyword keywords parameter parameters
    argument arguments field fields event events property properties variable variables command
    commands attribute attributes operator operators statement statements hook hooks endpoint
    endpoints directive directives macro macros callback callbacks handler handlers constructor
    subcommand subcommands builtin builtins
    """.split()
)
"""Nouns of technical prose that a word names as a label ('the extend method', 'the lose event', 'the
its parameter', 'the were keyword'): before them a verb or a function word is a name, not a slip."""
LATIN_AFTER_A = frozenset("cappella capella priori posteriori fortiori minori maiori la".split())
"""Words after which 'a' is no article but the first word of a borrowed phrase ('a priori', 'a
cappella', 'a la carte'): 'its a priori assumptions', 'the a cappella group'."""
DEMONSTRATIVES = frozenset("this that these those".split())
POSSESSIVES = frozenset("my your his her its our their".split())
WOULD_FORMS = frozenset("would i'd we'd you'd he'd she'd they'd i’d we’d you’d he’d she’d they’d".split())
"""'Would' and its contractions ('would like to', "I'd love to")."""
PERSON_POSSESSIVES = POSSESSIVES - {"its"}
"""The possessives of persons ('my sister', 'their teacher'), not of things."""
REPEAT_LINKS = frozenset("by to after for upon in on against".split())
"""A word repeated around one of these is sound ('hour by hour', 'side to side', 'time after time')."""


def repeated_around(words: Sequence[Token], index: int) -> bool:
    """The word at ``index`` opens a word, a link of :data:`REPEAT_LINKS` and the word again ('side by
    side', 'face to face', 'step by step'): an adverbial set phrase, not a verb or a noun of its own."""
    return (
        index + 2 < len(words)
        and words[index].joined
        and words[index + 1].joined
        and words[index + 1].low in REPEAT_LINKS
        and words[index + 2].low == words[index].low
    )


KIND_NOUNS = frozenset("kind kinds sort sorts type types".split())
"""Nouns that name a kind before 'of' ('what kind of weather', 'this sort of thing')."""
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | frozenset("every each no any some another".split())
PLURAL_DETERMINERS = frozenset("these those many several both few various numerous".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
PERSON_SUBJECTS = SUBJECT_PRONOUNS - {"it"}
"""The subject pronouns of persons: 'I herd of it', 'we was late' (not 'it', often a thing or a clause)."""
SUBJECT_ONLY_PRONOUNS = PERSON_SUBJECTS - {"you"}
"""The pronouns that are only subjects ('I', 'he', 'she', 'we', 'they'): a verb follows them, and a
clause opens with them; not 'you' or 'it', which are objects too ('show you things')."""
_BE_S_HOSTS = frozenset("he she it that this there here what who".split())
"""Words whose joined "'s" before 'being' or 'such' is 'is' ("he's being", "it's such")."""
INDEFINITE_PERSONS = frozenset("anybody anyone somebody someone everybody everyone".split())
"""Pronouns for an unnamed person, which take a verb as a subject pronoun does ("someone must have")."""
INDEFINITE_PRONOUNS = INDEFINITE_PERSONS | frozenset("nobody everything something nothing anything".split())
"""Pronouns that take a singular verb ('everyone has', 'nobody knows')."""


def is_be_contraction(low: str) -> bool:
    """A word with a form of 'be' joined on, as the tokeniser keeps it: "I'm", "they're", "he's",
    "that's" (``low`` is lower-case, its apostrophes straight). A noun's "'s" is left out: it may be
    a possessive ("the film's")."""
    if low.endswith("'re"):
        return low[:-3] in SUBJECT_PRONOUNS or low[:-3] in _BE_S_HOSTS
    if low.endswith("'s"):
        return low[:-2] in _BE_S_HOSTS
    return low == "i'm"


PLURAL_PERSONS = frozenset("people children men women".split())
"""Plurals of persons without -s, which :func:`is_plural_noun` does not know ("most of people")."""
IRREGULAR_PLURALS = PLURAL_PERSONS | frozenset("feet teeth mice geese".split())
"""Common plurals without -s."""
OBJECT_PRONOUNS = frozenset("me you him her it us them".split())
PERSON_OBJECTS = OBJECT_PRONOUNS - {"it"}
"""The object pronouns of persons ('me', 'you', 'him', 'her', 'us', 'them')."""
OBJECT_ONLY_PRONOUNS = PERSON_OBJECTS - {"you", "her"}
"""The pronouns that are only objects ('me', 'him', 'us', 'them'): not 'you' (a subject too: "the
effect you saw") or 'her' (a possessive too)."""
OBJECT_OPENERS = ARTICLES | OBJECT_PRONOUNS | POSSESSIVES
"""Words that open a verb's object: after them the verb before is active and transitive."""

QUESTION_WORDS = frozenset("what where when why how who which".split())
"""Words that open a direct question before its auxiliary ("What did you say?", "Where have you been?")."""
RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())
CLAUSE_VERBS = frozenset(
    """say think know believe hope hear see feel show suggest agree claim argue mean find note admit ensure
    realise realize fear insist warn add explain expect doubt confirm deny tell hold assume guess bet
    promise report reckon suppose wish""".split()
)
"""Verbs that take a clause for their object, with or without 'that' ('I hope that one day', 'we
heard they left'); modules add the others their own reading needs."""


def takes_clause(low: str) -> bool:
    """A form of a verb of :data:`CLAUSE_VERBS` ('says', 'thought', 'warned'): a subject may open a
    clause after it ("officers say these kind of scams are …")."""
    return any(lemma in CLAUSE_VERBS for lemma in verb_lemmas(low))


CLAUSE_COMPLEMENT_VERBS = CLAUSE_VERBS | frozenset(
    """announce reveal indicate predict state learn decide discover prove demonstrate estimate conclude
    acknowledge concede recall mention stress emphasise emphasize point disclose signal observe remark declare
    allege assert maintain reply answer respond testify understand judge determine calculate remember forget
    consider accept appreciate expect suspect figure pretend swear imagine trust guarantee check verify test
    see watch hear notice show""".split()
)
"""The verbs of :data:`CLAUSE_VERBS` and the others that may take a clause with no 'that', its subject
right after them: where a clause may open, a subject and its verb may follow ("I think this matters",
"the minister confirmed in a statement prices were rising", "check this works on mobile")."""


def takes_clause_complement(low: str) -> bool:
    """A form of a verb of :data:`CLAUSE_COMPLEMENT_VERBS` ('confirmed', 'checks', 'remember')."""
    return any(lemma in CLAUSE_COMPLEMENT_VERBS for lemma in verb_lemmas(low))


BROUGHT_ABOUT = frozenset(
    """
    change changes reform reforms transformation transition shift improvement improvements cure repair repairs
    rescue escape entry exit recovery reconciliation settlement compromise savings turnaround merger transfer
    transfers payment payments sale sales purchase arrest arrests landing withdrawal solution resolution peace
    revolution reduction reductions cut cuts closure takeover restructuring conversion delivery release exchange
    cooperation agreement treaty policy policies plan plans strategy cure remedy regime coup union unification
    breakthrough outcome result results
    """.split()
)
"""What one effects (brings about): 'effect change', 'effect a cure', 'effected their escape';
objects 'affect' seldom takes."""

PARTICLES = frozenset("up down out off over away back".split())
"""Particles of a phrasal verb, which may stand between the verb and its object or an agent's 'by'
("back up your files", "let down by its own")."""
FEEL_FORMS = frozenset("feel feels felt feeling".split())

CAUSATIVES = frozenset("let lets make makes made help helps helped see saw watch watched hear heard".split())
"""Verbs that take an object and a bare verb ("let her live", "made them leave", "saw him fall")."""

MONTHS = frozenset("january february march april may june july august september october november december".split())
DAY_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
    saturdays sundays weekday weekdays""".split()
)
TIME_NOUNS = DAY_NAMES | frozenset(
    """
    second seconds minute minutes hour hours day days week weeks weekend weekends fortnight fortnights month
    months year years decade decades century centuries moment moments time times morning mornings afternoon
    afternoons evening evenings night nights season seasons spring summer autumn winter
    """.split()
)
"""Nouns that name a stretch of time: the head of a phrase of time ("this week", "that Saturday", "all
summer", "the following decades"), which many rules must not read as an object or a subject. Modules add
the words their own context needs to this one set."""

ADVERBIAL_NOUNS = TIME_NOUNS | frozenset(
    """
    way whole entire rest next following last first same other length distance mile miles metres meters
    kilometres kilometers yards final fall term semester stretch lap laps leg half round innings quarter
    """.split()
)
"""Nouns that make the phrase they head a time, a measure or a path (after an adverb: "worked hard the whole
day", "walked slowly the last mile", "left quietly the next morning")."""

# Words after which a determiner starts a new subject (not the object of a preposition or a verb).
CLAUSE_OPENERS = frozenset(
    """
    that because when whenever while although though if unless since after before so once until
    whether where but said says
    """.split()
)
AUXILIARIES = (
    frozenset(
        """
    do does did don't doesn't didn't am is are was were be been being isn't aren't wasn't weren't
    """.split()
    )
    | MODALS
    | NEGATED_MODALS
    | HAVE_FORMS
)

FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
"""Tags of a finite verb or a modal: a clause's own verb."""


def finite_tag(tag: str) -> bool:
    """The tagger's ``tag`` is of :data:`FINITE_OR_MODAL_TAGS`, a contraction's verb counted ('VBD+RB':
    "didn't")."""
    return tag.partition("+")[0] in FINITE_OR_MODAL_TAGS


PLURAL_AUXILIARIES = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
"""The singular forms of 'be', 'have' and 'do' (and their negations) and the plural of each, for a
plural subject ("the boxes is", "these doesn't")."""


def only_adverb_in_ly(low: str) -> bool:
    """A word in -ly that is an adverb and nothing else ('usually', 'carefully', 'automatically'; not
    'only', 'early', 'daily', 'friendly'): it may stand between a subject or an auxiliary and its verb."""
    return low.endswith("ly") and tags(low) == {"ADV"}


TELLING_VERBS = frozenset(
    """tell tells told telling inform informs informed assure assures assured warn warns warned remind
    reminds reminded convince convinced persuade persuaded notify notified promise promised""".split()
)
"""Verbs with a listener and then a clause ('told jurors he had …', 'told Davis and me that …')."""


def between_adverb(low: str) -> bool:
    """A word that stands between an auxiliary and its verb: a mid-sentence adverb, or a word in -ly
    that is an adverb and nothing else ('usually', 'visibly'; not 'early', 'daily', 'only'), or
    'soon', 'seldom', 'likely' ("will soon launched", "was visibly shook", "would likely approved")."""
    return low in MID_ADVERBS or low in _SOON or only_adverb_in_ly(low)


_SOON = frozenset(("soon", "seldom", "likely"))


def may_be_finite(low: str) -> bool:
    """A word that can be read as a finite verb: an auxiliary or a modal, or a verb form in the
    past or the present ("cut", "went", "works")."""
    return low in AUXILIARIES or bool(verb_tags(low) & FINITE_TAGS)


def only_finite(low: str) -> bool:
    """A finite verb form that cannot be a noun ("went", "would"; not "works")."""
    return low in AUXILIARIES or (bool(verb_tags(low) & FINITE_TAGS) and "NOUN" not in tags(low))


def plainly_finite(low: str) -> bool:
    """An auxiliary, or a verb whose only verb form here is a past or a third person ("was", "cut"
    is not: it is also a base form)."""
    return low in AUXILIARIES or verb_tags(low) in ({"VBD"}, {"VBZ"})


def plainly_past(low: str) -> bool:
    """A past that is also its own participle and no other verb form ("said", "stopped"; not "cut",
    also a base form, nor "went", only a past: :func:`plainly_finite`)."""
    return verb_tags(low) == {"VBD", "VBN"}


CARDINALS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred".split()
)
"""Number words above one (digits are not words the rules look up)."""


def is_numeral(low: str) -> bool:
    """A number: digits ('300'; a thousands separator splits a number into two words) or a number word
    of :data:`CARDINALS` ('two', 'fifty')."""
    return low in CARDINALS or low.isdigit()


ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
"""Ordinals written as words, first to tenth: the modules add 'last', 'next', ranks or floors as they need."""

COORDINATORS = frozenset(("and", "or", "nor", "but"))
"""The coordinating conjunctions that join words of one class ("A and B", "bean, corn and rice")."""
GO_FORMS = frozenset("go goes went gone going".split())
"""The forms of 'go', which several rules read before a place, a time or a manner ("went home", "went smooth")."""

PREPOSITIONS = frozenset(
    """
    of in on at by for with from to into onto about over under after before between among against
    through during without within across behind beyond near toward towards upon around along despite
    """.split()
)
CLOSED_CLASS = DETERMINERS | PREPOSITIONS | COORDINATORS | AUXILIARIES | SUBJECT_PRONOUNS | OBJECT_PRONOUNS
"""Function words, which the word tables leave untagged: a word the tables lack that is none of these
is read as a content word ('admin', 'backend'), a noun or a modifier."""

# Nouns ending in -s that are singular (or mass) and so take a singular verb.
EITHER_NUMBER_LEMMAS = frozenset(
    "biceps triceps blues commons creeps staggers heaves yips bends shakes billions millions pars bolas".split()
)
"""Words in -s that the word tables list both as a lemma of their own and as another noun's plural, and that
may be singular ("the blues is", "a biceps", "the bends"); the others of the kind ('things', 'contents',
'funds', 'minutes') are the plurals they look like."""
SINGULAR_IN_S = frozenset(
    """
    news means series species headquarters crossroads barracks whereabouts measles diabetes rabies
    mumps shingles kudos lens gas bus yes alms innings billiards darts checkers odds maths mathematics
    physics economics linguistics athletics gymnastics aerobics genetics electronics acoustics
    """.split()
)
"""Nouns in -s that take a singular verb ("the news is", "maths is hard", "physics was my subject").
Not 'politics', 'ethics', 'statistics': they take either."""
# Singular-looking nouns that head plural or either-number subjects ("the majority are"), among
# them nouns whose plural is the same word ("the fish are", "the youth have").
NOT_SINGULAR_SUBJECTS = frozenset(
    """
    majority minority number rest remainder lot bulk couple pair duo trio half third quarter
    percent percentage total variety range host series species people police staff personnel
    clergy cattle crew faculty audience public family none kind sort type proportion share fraction
    following latter former
    fish deer sheep aircraft spacecraft hovercraft watercraft salmon trout cod tuna halibut bison
    moose elk swine offspring shrimp squid youth fowl grouse quail reindeer caribou buffalo antelope
    wildebeest pike carp bream mackerel herring haddock plaice poultry vermin kin
    """.split()
)
# Collective nouns: a plural verb after them is standard in British English ("the government have").
COLLECTIVE_NOUNS = frozenset(
    """
    government team committee council board company family jury panel party band club union
    cabinet parliament army navy crew group firm club side squad management administration
    ministry department agency authority commission opposition electorate coalition alliance
    bank court assembly senate congress council organisation organization association federation
    """.split()
)


PEOPLES = frozenset(
    """english french spanish german italian chinese japanese russian arabic portuguese american british
    european african asian canadian mexican australian irish scottish welsh greek turkish swedish
    norwegian korean vietnamese brazilian israeli palestinian iranian iraqi pakistani egyptian nigerian
    kenyan ukrainian hungarian austrian belgian finnish icelandic argentinian colombian venezuelan cuban
    christian muslim jewish hindu buddhist islamic""".split()
)
"""Languages, nationalities and religions, which English writes with a capital. Not 'polish' (to
polish), 'danish' (a pastry), 'catholic' (broad), 'indian' ('indian ink'), 'china' (porcelain)."""


NUMBER_LABELS = frozenset(
    """category type level grade stage phase class size number room page chapter step version section part
    round platform gate track channel division tier rank group team year""".split()
)
"""Nouns that a number after them labels ("category five storm", "year two pupil")."""


NAME_TITLES = frozenset("mr mrs ms miss mx dr sir professor prof rev gov sen rep gen lt sgt capt col".split())
"""Titles before a name ('Ms. Greene', 'Dr Patel', 'Sen. Ruiz'): the stop after one is the title's, not a
sentence's or a clause's."""


PERSON_NOUNS = frozenset(
    """
    person people man men woman women boy boys girl girls baby babies kid kids teenager teenagers adult
    adults guy guys lady ladies gentleman gentlemen friend friends teacher teachers student students
    pupil pupils doctor doctors nurse nurses surgeon surgeons lawyer lawyers customer customers employee
    employees boss bosses author authors writer writers artist artists painter painters poet poets
    patient patients guest guests visitor visitors tourist tourists neighbour neighbours neighbor
    neighbors colleague colleagues mother mothers father fathers brother brothers sister sisters son
    sons daughter daughters wife wives husband husbands uncle uncles aunt aunts cousin cousins
    grandmother grandmothers grandfather grandfathers grandparent grandparents officer officers soldier
    soldiers policeman policemen farmer farmers scientist scientists researcher researchers engineer
    engineers voter voters resident residents citizen citizens leader leaders politician politicians
    journalist journalists reporter reporters singer singers actor actors actress actresses musician
    musicians athlete athletes owner owners volunteer volunteers victim victims witness witnesses
    suspect suspects applicant applicants participant participants individual individuals professor
    professors lecturer lecturers chef chefs waiter waiters waitress waitresses salesman salesmen
    shopkeeper shopkeepers stranger strangers boyfriend girlfriend hero heroes immigrant immigrants
    refugee refugees landlord landlords dentist dentists physician physicians therapist therapists
    pharmacist pharmacists veterinarian veterinarians instructor instructors tutor tutors counselor
    counselors counsellor counsellors firefighter firefighters paramedic paramedics lifeguard lifeguards
    pastor pastors priest priests attorney attorneys homeowner homeowners caregiver caregivers educator
    educators teammate teammates classmate classmates coworker coworkers roommate roommates spouse spouses
    plumber plumbers electrician electricians babysitter babysitters hiker hikers golfer golfers
    """.split()
)
"""Nouns that name only people (a relative clause on them takes 'who' or 'that', not 'which'; 'a lot
of' one of them is a count: 'a lot of scientist'). Not nouns
that also name things ('pilot' project, 'coach' bus, 'driver' and 'client' software, 'player', 'parent'
and 'child' nodes, 'worker' processes, 'manager' programs, 'fan', 'partner' firms)."""


LOT_QUANTIFIERS = frozenset(("lot", "lots", "plenty"))
"""'A lot of', 'lots of', 'plenty of': they count things and measure stuff alike ('a lot of cars', 'a
lot of time'), so only a noun that is never uncountable shows the count ('a lot of car' lost its -s)."""


_WAITING_AUXILIARIES = frozenset("is are was were am be been being have has had get gets got getting".split())
_NONFINITE_AUXILIARIES = frozenset(("be", "been", "being", "getting"))


def subject_awaits_verb(before: Sequence[str]) -> bool:
    """The words of a clause before a participle leave its subject still waiting for its verb: a
    relative clause ('the prisoners who were recently', 'gases that have been', 'those that get'), a
    contact clause ('the players we') or a plural and 'being' ('the seeds being'). Then a present verb
    after the participle is the main clause's ('… released form a support group'), not a slip for
    the participle's preposition; after 'He was', 'The hostages were' the clause is whole."""
    finite = False
    for place in range(len(before) - 1, max(-1, len(before) - 7), -1):
        low = before[place]
        if low in _WAITING_AUXILIARIES:
            finite = finite or low not in _NONFINITE_AUXILIARIES
            continue
        if low.endswith("ly") and "ADV" in tags(low):
            continue
        earlier = before[place - 1] if place else ""
        if low == "who":
            return bool(earlier)
        if low in ("that", "which"):
            return earlier in ("those", "these") or is_plural_noun(earlier) or is_plural_without_s(earlier)
        if low in ("we", "they", "i", "you", "he", "she"):
            return is_plural_noun(earlier) or is_plural_without_s(earlier) or earlier in ("those", "these")
        plural = low in ("those", "these") or is_plural_noun(low) or is_plural_without_s(low)
        return plural and not finite
    return False
