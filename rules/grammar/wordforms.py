"""The wrong word form of a family for its slot: "very success", "the important of", "extreme difficult".

English builds adjectives, nouns and adverbs from one another with a handful of suffixes
(success → successful, important → importance, extreme → extremely). A writer who knows the word
but not the form for the slot writes the noun after a degree word, the adjective after a
determiner, the adjective before another adjective. The forms are not listed here one by one:
each candidate is derived by suffix rules and kept only when lemminflect knows it as the part of
speech the slot needs, the spelling lexicon has it, and the web counts show the pair with the
derived form is common while the written pair is not.

The rules of this module are preview rules, opt-in (``preview = true``, or name their ids). When they
were written, the web pair table they weigh forms by was built only for them; the default rules build
it on a machine's first run now as well, so that cost is gone. What keeps them off is precision: on the
28,840 correct sentences of ``bench/correct_sentences.py`` they report 8 findings, at least 3 of them
false ("In extreme cold", "the mathematically sublime", measured at stop 72), for one or two more
slips caught per held set (``bench/held_sets.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document


# ---- derivation by suffix -----------------------------------------------------------------------

_TO_ADJECTIVE = (
    ("ence", ("ent",)),
    ("ance", ("ant",)),
    ("ency", ("ent",)),
    ("ancy", ("ant",)),
    ("ty", ("",)),
    ("iety", ("ious",)),
    ("ity", ("", "e", "ous")),
    ("bility", ("ble",)),
    ("iness", ("y",)),
    ("ness", ("",)),
    ("tion", ("tious", "tional", "tive")),
    ("sion", ("sive", "sional")),
    ("ism", ("istic",)),
    ("y", ("ious", "iful", "ic", "ical")),
    ("e", ("ous", "ive", "able", "al", "y")),
    ("er", ("rous", "ry")),
    ("y", ("",)),
    ("", ("ful", "ous", "y", "al", "ic", "ive", "ative", "able", "ent", "ant", "ical")),
)
"""A noun's or verb's ending → the endings of the adjectives it may give (success → successful,
danger → dangerous, confidence → confident, anxiety → anxious, nature → natural)."""

_IRREGULAR_ADJECTIVES = {
    "strength": "strong",
    "length": "long",
    "width": "wide",
    "depth": "deep",
    "height": "high",
    "truth": "true",
    "warmth": "warm",
    "freedom": "free",
    "wisdom": "wise",
    "pride": "proud",
    "heat": "hot",
    "poverty": "poor",
    "ability": "able",
    "necessity": "necessary",
}
"""Nouns whose adjective no suffix rule gives."""

_TO_NOUN = (
    ("ent", ("ence", "ency")),
    ("ate", ("acy",)),
    ("ant", ("ance", "ancy")),
    ("iful", ("y",)),
    ("ful", ("",)),
    ("ious", ("y", "iety")),
    ("tious", ("tion",)),
    ("ous", ("", "e", "osity", "ity")),
    ("ble", ("bility",)),
    ("y", ("iness",)),
    ("etic", ("y",)),
    ("ic", ("y", "ism")),
    ("ive", ("ion", "e", "ity")),
    ("", ("ness", "ity", "ty", "y")),
    ("e", ("ity",)),
)
"""An adjective's ending → the endings of the nouns it may give (important → importance,
beautiful → beauty, curious → curiosity, happy → happiness)."""

_IRREGULAR_NOUNS = {adjective: noun for noun, adjective in _IRREGULAR_ADJECTIVES.items()}


def _known(word: str, tag: str) -> bool:
    from rules.spelling._lexicon import lexicon

    return tag in w.tags(word) and word in lexicon()


def _derived(
    word: str, table: tuple[tuple[str, tuple[str, ...]], ...], irregular: dict[str, str], tag: str
) -> list[str]:
    found: list[str] = []
    if word in irregular:
        found.append(irregular[word])
    for ending, replacements in table:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)]
        for replacement in replacements:
            candidate = stem + replacement
            if candidate != word and candidate not in found and _known(candidate, tag):
                found.append(candidate)
    return found


@lru_cache(maxsize=4096)
def adjectives_of(word: str) -> tuple[str, ...]:
    """The adjectives derived from the noun or verb ``word`` that lemminflect and the lexicon know."""
    return tuple(
        form
        for form in _derived(word, _TO_ADJECTIVE, _IRREGULAR_ADJECTIVES, "ADJ")
        if not form.endswith(("ed", "ing"))  # participles: grammar.feeling-participle's
    )


@lru_cache(maxsize=4096)
def nouns_of(word: str) -> tuple[str, ...]:
    """The nouns derived from the adjective ``word`` that lemminflect and the lexicon know."""
    return tuple(_derived(word, _TO_NOUN, _IRREGULAR_NOUNS, "NOUN"))


@lru_cache(maxsize=4096)
def adverb_of(word: str) -> str | None:
    """The -ly adverb of the adjective ``word`` (extreme → extremely, incredible → incredibly)."""
    candidate = ly_form(word)
    return candidate if _known(candidate, "ADV") else None


def ly_form(word: str) -> str:
    """The -ly form the adjective ``word`` makes by its ending (incredible → incredibly, happy → happily,
    tragic → tragically, extreme → extremely), whether or not it is a word."""
    if word.endswith("le") and len(word) > 4:
        return word[:-1] + "y"
    if word.endswith("y") and len(word) > 3:
        return word[:-1] + "ily"
    if word.endswith("ic"):
        return word + "ally"
    return word + "ly"


_MARGIN = math.log(10)
"""How much commoner the noun's pair must be than the adjective's as written."""


def _pair(left: str, right: str) -> float | None:
    from ._ngrams import web_pair_count

    return web_pair_count(left, right)


def _word_count(word: str) -> float:
    from ._ngrams import web_word_count

    return web_word_count(word) or 0.0


def _best(left: str, forms: tuple[str, ...], right: str = "") -> tuple[str, float] | None:
    """The form whose pair with the word beside it (``left form`` or ``form right``) is commonest."""
    best: tuple[str, float] | None = None
    for form in forms:
        count = _pair(form, right) if right else _pair(left, form)
        if count is not None and (best is None or count > best[1]):
            best = (form, count)
    return best


@cache
def _pairs_of_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(adjectives that may stand for their adverb before another adjective, -ly adverbs that may
    stand for their adjective before a noun): derived once per machine from every -ly word of the
    spelling lexicon and kept in the data cache, so that they are fixed trigger words, indexed
    with the other rules' words in one pass."""
    from lint._datacache import cached, package_fingerprint
    from rules.spelling._lexicon import lexicon, words_stamp

    def build() -> tuple[list[str], list[str]]:
        grading: set[str] = set()
        adverbs: list[str] = []
        for word in lexicon().counts:
            if not word.endswith("ly") or not word.isalpha() or _word_count(word) == 0.0:
                continue
            if _adjective_of_adverb(word) is not None:
                adverbs.append(word)
            grading.update(stem for stem in _stems(word) if _grading_candidate(stem) and adverb_of(stem) == word)
        for adjective in _INTENSIFYING:
            if _grading_candidate(adjective):
                grading.add(adjective)
        return sorted(grading), sorted(adverbs)

    fingerprint = "|".join(
        (
            _TABLE_VERSION,
            package_fingerprint("spellchecker"),
            package_fingerprint("lemminflect"),
            package_fingerprint("wordsegment"),
            words_stamp(),
        )
    )
    grading, adverbs = cached("grammar-word-forms", fingerprint, build, aside=True)
    return frozenset(grading), frozenset(adverbs)


_TABLE_VERSION = "3"
"""Raised when the derivation rules change, so the cached table is built again."""


# ---- a noun or verb after a degree word ---------------------------------------------------------

_DEGREE_WORDS = frozenset("very extremely too so".split())
_LINKING = frozenset(
    """
    is am are was were be been being 's 're 'm feel feels felt feeling seem seems seemed look looks
    looked become becomes became get gets got getting sound sounds sounded remain remains remained
    stay stays stayed
    """.split()
)
"""Verbs that take an adjective: 'so' and 'too' are read as degree words only after one."""

_NOT_AFTER_VERY = w.DETERMINERS | frozenset("this that the own".split())


class NounForAdjective(GrammarRule):
    id = "grammar.noun-for-adjective"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"  # opt-in: see the module docstring
    summary = "A noun or verb after a degree word where its adjective is meant: 'very success' → 'very successful'."
    why = (
        "'Very', 'extremely', 'too' and 'so' grade an adjective: 'very successful', 'too "
        "dangerous', 'so confident'. The noun or verb of the same family reads as a slip of "
        "form. The adjective is derived by suffix and kept only when the web counts show it is "
        "common after the degree word while the written pair is not; 'the very idea', 'and so "
        "success came' and participles ('very interest') are left to other checks."
    )
    bad = (
        "The launch was very success and the team felt so confidence.",
        "Swimming there is too danger for children.",
        "She is extremely care with money, and the talk was very inform.",
    )
    good = (
        "The launch was very successful and the team felt so confident.",
        "This is the very idea we had, and so success came slowly.",
        "He waited too long; she said so, too. The very danger was real.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _DEGREE_WORDS):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            degree, word = words[index], words[index + 1]
            low = word.low
            if word.text != low or not low.isalpha() or len(low) < 4:
                continue
            found = w.tags(low)
            if not found or found & {"ADJ", "ADV"} or not found & {"NOUN", "VERB"}:
                continue
            previous = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if degree.low in ("so", "too") and previous not in _LINKING:
                continue
            if degree.low == "very" and previous in _NOT_AFTER_VERY:
                continue
            if _pair(degree.low, low) is not None:
                continue
            adjectives = adjectives_of(low)
            best = _best("very", adjectives)  # 'very' tells a gradable adjective best
            if best is None and previous in _LINKING and adjectives:
                best = (max(adjectives, key=_word_count), 0.0)  # 'is very luck': the slot is sure
            if best is None or in_quotes(doc, word.start):
                continue
            adjective = best[0]
            yield self.finding(
                word.start,
                word.end,
                f"'{degree.text}' grades an adjective: '{degree.text} {adjective}', not '{degree.text} {word.text}'.",
                suggestions=(adjective,),
            )


# ---- an adjective after a determiner, before 'of' or 'between' ----------------------------------

_NOUN_FOLLOWERS = frozenset(("of", "between"))
_THE_ADJECTIVE_OF = frozenset(
    """
    first last next best worst most least rest same whole former latter latest likes other only
    poor rich young old dead living blind deaf elderly sick wounded injured unknown opposite
    contrary impossible obvious unexpected good bad evil right wrong new
    """.split()
)
"""Adjectives that stand as nouns after 'the' ('the rest of', 'the poor of the city')."""


class AdjectiveForNoun(GrammarRule):
    id = "grammar.adjective-for-noun"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"  # opt-in: see the module docstring
    summary = "An adjective where its noun is meant: 'the important of' → 'the importance of'."
    why = (
        "After a determiner and before 'of' or 'between' the slot is a noun's: 'the importance "
        "of', 'the difference between', 'her confidence in'. The noun is derived from the "
        "adjective by suffix and kept only when it is a common word before 'of'; adjectives that "
        "stand as nouns ('the rest of', 'the poor of the city', 'the best of') are left alone."
    )
    bad = (
        "Nobody doubts the important of sleep.",
        "What is the different between them?",
        "They admired the beautiful of the valley and the significant of the vote.",
        "She has a lot of confident and he is full of energetic.",
    )
    good = (
        "Nobody doubts the importance of sleep, or the difference between them.",
        "The best of them and the rest of us met the poor of the city.",
        "It is the important part of the day; the different ways of working.",
        "A lot of confident people came; she is full of energy and kind of shy.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _NOUN_FOLLOWERS):
            if words[index].low == "of" and index > 0 and words[index - 1].low in _QUANTITIES:
                yield from self._after_quantity(doc, words, index)
            if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
                continue
            word = words[index - 1]
            low = word.low
            if word.text != low or low in _THE_ADJECTIVE_OF or not low.isalpha():
                continue
            found = w.tags(low)
            if "ADJ" not in found or "VERB" in found or low.endswith(("est", "er", "ed", "ing")):
                continue
            if words[index - 2].low not in w.DETERMINERS:
                continue
            follower = words[index].low
            written = _pair(low, follower)
            if written is not None and "NOUN" in found:
                continue  # 'the complex of buildings', 'the wide of the mark': a noun as well
            nouns = nouns_of(low)
            best = _best("", nouns, follower)
            if best is None and written is None and nouns and "NOUN" not in found:
                best = (max(nouns, key=_word_count), 0.0)  # 'the honest of': the slot is sure
            if best is None or (written is not None and best[1] < written + _MARGIN) or in_quotes(doc, word.start):
                continue
            noun = match_case(best[0], word.text)
            yield self.finding(
                word.start,
                word.end,
                f"After '{words[index - 2].text}' and before '{words[index].text}' the noun is meant: "
                f"'{noun}', not '{word.text}'.",
                suggestions=(noun,),
            )

    def _after_quantity(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        """'a lot of confident', 'full of happy.': an adjective ending the phrase after 'of'."""
        at = index + 1
        if at >= len(words) or not (words[index - 1].joined and words[index].joined):
            return
        word = words[at]
        low = word.low
        found = w.tags(low)
        if word.text != low or found != {"ADJ"} or low.endswith(("est", "er", "ed", "ing")):
            return
        if at + 1 < len(words) and word.joined and words[at + 1].low not in _PHRASE_ENDS:
            return  # 'a lot of confident people'
        nouns = nouns_of(low)
        best = _best("of", nouns)
        if best is None or in_quotes(doc, word.start):
            return
        yield self.finding(
            word.start,
            word.end,
            f"'{words[index - 1].text} of' takes a noun: '{best[0]}', not '{word.text}'.",
            suggestions=(best[0],),
        )


_QUANTITIES = frozenset("lot lots deal amount full lack sense level degree".split())
"""Words whose 'of' takes a noun: 'a lot of confidence', 'full of energy', 'a lack of patience'."""
_PHRASE_ENDS = frozenset("and but or so in at on for with to when because about".split())
"""Words after which the phrase 'of ...' has ended ('a lot of patient and kind' is not read)."""


# ---- an adjective before an adjective or participle ---------------------------------------------

_NOT_GRADING = frozenset(
    """
    hard late near short bare scarce most like part present dead even just sure fair pretty kind
    only early daily weekly monthly yearly lone new first last final whole full
    """.split()
)
"""Adjectives whose -ly adverb means something else ('hard working' is not 'hardly working')."""


_INTENSIFYING = frozenset(
    """
    incredible extreme absolute surprising relative reasonable remarkable unusual exceptional amazing
    awful terrible horrible extraordinary total real considerable particular increasing
    """.split()
)
"""Adjectives whose adverb grades another adjective ('incredibly', 'surprisingly'): before an
adjective that ends its phrase ('was surprising cheap.') the adverb is meant even when the web
counts do not know the pair."""


class AdjectiveForAdverbModifier(GrammarRule):
    id = "grammar.adjective-before-adjective"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"  # opt-in: see the module docstring
    summary = "An adjective grading another adjective: 'extreme difficult' → 'extremely difficult'."
    why = (
        "An adjective or participle is graded by an adverb: 'extremely difficult', 'completely "
        "different', 'highly qualified'. Two adjectives side by side are reported only when "
        "the web counts know the pair with the adverb but not the pair as written, and the "
        "tagger reads the second word as an adjective or participle; 'a beautiful old house' "
        "and 'hard working' are left alone."
    )
    bad = (
        "The exam was extreme difficult.",
        "They took a complete different approach.",
        "Her recent published book is incredible popular.",
    )
    good = (
        "The exam was extremely difficult, in a beautiful old hall.",
        "They took a completely different approach with hard working staff.",
        "Her recently published book is a real success in the extreme cold.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        from ._tagger import sentence_tags

        for words, index in occurrences(doc, _pairs_of_forms()[0]):  # the whole set: the sample learns it
            if index + 1 >= len(words) or not words[index].joined:
                continue
            word, other = words[index], words[index + 1]
            if word.text != word.low or other.text != other.low or not other.low.isalpha() or other.low == word.low:
                continue
            if "ADJ" not in w.tags(other.low) and not other.low.endswith("ed"):
                continue
            adverb = adverb_of(word.low)
            if adverb is None or _pair(word.low, other.low) is not None:
                continue
            last = index + 2 >= len(words) or not other.joined
            graded = _pair(adverb, other.low) is not None
            if not graded and (
                word.low not in _INTENSIFYING or not (last or "NOUN" not in w.tags(words[index + 2].low))
            ):
                continue  # the cheap tests first: the tagger is asked only for a likely slip
            tags = sentence_tags(doc, words)
            ends = last or tags[index + 2] in _AFTER_NOUN_PHRASE
            if tags[index] not in ("JJ", "VBG") or tags[index + 1] not in (
                "JJ",
                "VBN",
                "NN" if graded and last else "JJ",
            ):
                continue  # 'is absolute right.': the tagger may read a last adjective as a noun
            if not graded and (word.low not in _INTENSIFYING or not ends or tags[index + 1] != "JJ"):
                continue  # 'a remarkable young woman': two adjectives of the noun
            if in_quotes(doc, word.start):
                continue
            fixed = match_case(adverb, word.text)
            yield self.finding(
                word.start,
                word.end,
                f"'{other.text}' is graded by an adverb: '{fixed} {other.text}', not '{word.text} {other.text}'.",
                suggestions=(fixed,),
            )


class AdjectiveBeforeVerb(GrammarRule):
    id = "grammar.adjective-before-verb"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"  # opt-in: see the module docstring
    summary = "An adjective before the verb it describes: 'I complete agree' → 'I completely agree'."
    why = (
        "Between the subject and its verb, a word that describes the verb is an adverb: 'I "
        "completely agree', 'we strongly recommend', 'she finally decided'. The adjective is "
        "reported when the web counts know the adverb before that verb and not the adjective, "
        "and the tagger reads the next word as a verb; 'they open fire' and 'we complete forms' "
        "are left alone."
    )
    bad = (
        "I complete agree with you.",
        "We strong recommend the second option.",
        "They absolute love the new park.",
    )
    good = (
        "I completely agree, and we strongly recommend it.",
        "We complete forms every week; they open fire at dawn.",
        "You alone know; it sure helps.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        grading = _pairs_of_forms()[0]
        for words, index in occurrences(doc, w.SUBJECT_PRONOUNS):
            at = index + 1
            if at + 1 >= len(words) or not (words[index].joined and words[at].joined):
                continue
            word, verb = words[at], words[at + 1]
            if word.low not in grading or word.text != word.low or "VERB" not in w.tags(verb.low):
                continue
            adverb = adverb_of(word.low)
            if adverb is None or _pair(word.low, verb.low) is not None or _pair(adverb, verb.low) is None:
                continue
            from ._tagger import sentence_tags

            if not sentence_tags(doc, words)[at + 1].startswith("VB") or in_quotes(doc, word.start):
                continue
            fixed = match_case(adverb, word.text)
            yield self.finding(
                word.start,
                word.end,
                f"'{verb.text}' is described by an adverb: '{fixed} {verb.text}', not '{word.text} {verb.text}'.",
                suggestions=(fixed,),
            )


@lru_cache(maxsize=1 << 14)
def _grading_candidate(low: str) -> bool:
    """An adjective that has an -ly adverb about as common as itself: 'extreme'/'extremely', not
    'political'/'politically', whose adverb is twenty times rarer and so rarely the word meant."""
    if len(low) < 4 or low in _NOT_GRADING or not low.isalpha():
        return False
    found = w.tags(low)
    if "ADJ" not in found and found != {"VERB"}:
        return False
    adverb = adverb_of(low)
    return adverb is not None and _word_count(adverb) >= _word_count(low) - _RARER_ADVERB


_RARER_ADVERB = 2.5
"""How much rarer (natural log, about twelve times) an adverb may be than its adjective."""


# ---- an adverb where the adjective is meant, between a determiner and its noun ------------------


class AdverbForAdjective(GrammarRule):
    id = "grammar.adverb-for-adjective"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"  # opt-in: see the module docstring
    summary = "An -ly adverb describing a noun: 'a philosophically question' → 'a philosophical question'."
    why = (
        "A noun is described by an adjective: 'a quick decision', 'a careful reading'. An -ly "
        "adverb between a determiner and a noun is reported when the tagger reads the next word "
        "as a noun, the web counts know the adjective before it and not the adverb; 'a really "
        "good idea' and 'a newly built house' are left alone."
    )
    bad = (
        "It was a philosophically question.",
        "They made a quickly decision.",
        "The report gave a carefully study of the law.",
    )
    good = (
        "It was a philosophical question, and a really good one.",
        "They made a quick decision about a newly built house.",
        "The only truly secure option is a carefully planned move.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        from ._tagger import sentence_tags

        for words, index in occurrences(doc, _pairs_of_forms()[1]):  # the whole set: the sample learns it
            if index < 1 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            if words[index - 1].low not in w.DETERMINERS:
                continue
            word, noun = words[index], words[index + 1]
            if word.text != word.low or noun.text != noun.low or not noun.low.isalpha():
                continue
            found = w.tags(noun.low)
            if "NOUN" not in found or "ADV" in found or noun.low.endswith(("ed", "ing")):
                continue
            adjective = _adjective_of_adverb(word.low)
            if adjective is None or _pair(word.low, noun.low) is not None:
                continue
            tags = sentence_tags(doc, words)
            if tags[index + 1] not in ("NN", "NNS") or in_quotes(doc, word.start):
                continue
            ends = index + 2 >= len(words) or not noun.joined or tags[index + 2] in _AFTER_NOUN_PHRASE
            if not ends and _pair(adjective, noun.low) is None:
                continue  # 'a largely volunteer force': the noun may be a modifier
            yield self.finding(
                word.start,
                word.end,
                f"'{noun.text}' is a noun, described by an adjective: '{adjective} {noun.text}', not '{word.text}'.",
                suggestions=(adjective,),
            )


_AFTER_NOUN_PHRASE = frozenset(("IN", "TO", "CC", "VBD", "VBZ", "VBP", "MD", "WDT", "WP", ".", ",", "RB"))
"""Tags that end the noun phrase after the noun: 'a quickly decision was made', 'a carefully reading of'."""


@lru_cache(maxsize=1 << 14)
def _adjective_of_adverb(low: str) -> str | None:
    """The adjective whose -ly adverb ``low`` is (quickly → quick, philosophically → philosophical)."""
    if len(low) < 5 or not low.endswith("ly") or w.tags(low) != {"ADV"}:
        return None
    for candidate in _stems(low):
        if _known(candidate, "ADJ") and adverb_of(candidate) == low:
            return candidate
    return None


def _stems(low: str) -> list[str]:
    """The words an -ly adverb may be made from: quickly → quick, basically → basic, happily →
    happy, possibly → possible."""
    candidates = [low[:-2]]
    if low.endswith("ally"):
        candidates.append(low[:-4])
    if low.endswith("ily"):
        candidates.append(low[:-3] + "y")
    if low[-3:-2] in ("b", "p", "d", "g", "t", "c", "k", "z"):
        candidates.append(low[:-1] + "e")
    return candidates


RULES = [NounForAdjective, AdjectiveForNoun, AdjectiveForAdverbModifier, AdjectiveBeforeVerb, AdverbForAdjective]
