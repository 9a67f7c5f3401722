"""The adjective a noun takes: "strong rain" (heavy), "a big speed" (high), "a heavy illness"
(serious); and the degree adverb an adjective takes: "heavily injured" (seriously), "deeply sure".

English grades many nouns with one adjective and other languages with another: a learner writes
"strong rain" ("starker Regen"), "big traffic" ("gran tráfico"), "a big temperature", "a heavy
accident" ("ein schwerer Unfall"). The nouns of a scale (speed, temperature, level, rate, quality)
are high or low, never big, tall or small; rain, snow and traffic are heavy; an illness, an injury
or a mistake is serious. :data:`PAIRS` lists the nouns, the adjectives they take and the ones
written for them, from learners' dictionaries' collocation notes (each right pair is seen on the
web more than 100,000 times, each wrong one fewer); the rule reports the family: the wrong
adjective straight before the noun or after a degree word ("a very big speed"), and a scale noun
with 'be' and a size adjective ("the temperature was very big": high).

The adjective often has a right reading, and the rule stays quiet then:

* the noun is a modifier itself: something nouny follows it ("strong rain gear", "a big traffic
  jam", "high noise levels", "the tall price tag");
* a name or a title: the adjective or the noun is capitalised inside a sentence ("Big Traffic",
  "the High Noise Festival");
* the tagger does not read the adjective as one and the noun as a noun.

:class:`DegreeAdverb` does the same for a degree adverb before a plain adjective or a participle
of harm: "strongly happy" (very), "heavily injured" (seriously, badly), "deeply sure" (quite):
'highly', 'strongly', 'heavily' and 'deeply' grade adjectives of judgement and feeling ("highly
likely", "strongly opposed", "heavily pregnant", "deeply sad"), not plain ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import COMMON_NOUN_TAGS, sentence_tags
from ._tokens import Word, match_case, places, positions

if TYPE_CHECKING:
    from lint._document import Document

PAIRS = """
speed speeds temperature temperatures level levels standard standards rate rates frequency frequencies: high | big tall
density altitude humidity fever unemployment inflation probability: high | big tall
fever fevers: high | strong
quality: high good | big tall
speed speeds temperature temperatures level levels standard standards rate rates: low | small
quality: low poor | small
price prices cost costs: high | tall expensive
rain rainfall rainfalls downpour downpours: heavy | strong big powerful
rains snow snowfall snowfalls: heavy | strong powerful
traffic: heavy | big strong
smoker smokers drinker drinkers: heavy | strong
fog: thick dense | strong big
illness illnesses disease diseases accident accidents mistake mistakes: serious | heavy strong
error errors: serious | heavy
crime crimes problem problems: serious | heavy
damage: serious extensive | strong
pain pains: severe bad | strong
mist smog: thick dense | strong
significance: great | big large
majority: large vast | wide
expectation expectations: high | tall
smoke: thick heavy | strong
glance: quick brief | fast
friend friends: close | near
drought droughts: severe | strong heavy
population populations: large | heavy
risk risks: high | tall
salary salaries wage wages: high | expensive tall
injury injuries: serious | strong hard
headache headaches: bad severe | strong
music: loud | high strong
knowledge: extensive wide | big large
experience: extensive wide | large
importance: great | big large
increase increases decrease decreases: sharp large | high
cold: bad heavy | strong
coffee tea: strong | powerful
attention: great close | big
hope hopes: high | tall
cough coughs: bad | strong
age: great old advanced | big
pleasure: great | big large
rain rainfall: light | weak
traffic: light | weak
salary salaries wage wages: low | cheap
rent rents fee fees: high | expensive tall
sleep: deep sound | strong
"""
"""noun forms: the adjectives they take, best first | adjectives written for them that are wrong
in every reading of the pair ('big price' is left out: "a big price to pay"; 'small salary',
'big pressure' and 'high noise' are fine or jargon; 'a big snow' and 'a big snowfall' are everyday
American English, and 'the big rains' a rainy season)."""

_COMPARATIVES = {
    "big": ("bigger", "biggest"),
    "small": ("smaller", "smallest"),
    "tall": ("taller", "tallest"),
    "high": ("higher", "highest"),
    "low": ("lower", "lowest"),
}
"""The degrees of the size adjectives a scale noun is given ("a bigger speed": higher)."""

_SCALE_RIGHTS = frozenset(("high", "low"))

_ATTRIBUTIVE_ONLY = frozenset(("age", "attention", "pleasure"))
"""Nouns reported only with the adjective before them ("a big age", "a big pleasure"): after 'be'
the size word is loose praise or a count, not the learner's pairing ("the pleasure was big")."""

_DEGREE_WORDS = frozenset("very really extremely quite too so rather pretty fairly unusually particularly".split())
"""Degree words that may stand between the adjective and the noun ("a very big speed") or between
'be' and the adjective ("the speed was very big")."""

_BE = frozenset("is are was were be been being 's 're".split())

_NOUNY_TAGS = frozenset("NN NNS NNP NNPS POS CD".split())
"""Tags of a word after the noun that makes the noun a modifier ("strong rain gear")."""
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS"))
_END_TAGS = frozenset("IN TO CC RB , . : -LRB- -RRB- WDT WRB".split())
"""Tags of a word that may follow a predicative adjective: it ends its phrase there ("the speed was
very big when", not "the level is small business")."""
_TIME_AFTER = frozenset("this last next every today yesterday tomorrow again".split())
"""Words of a time adverbial that may follow a predicative adjective ("very big this year")."""


class Pair:
    __slots__ = ("rights", "wrong")

    def __init__(self) -> None:
        self.rights: dict[str, tuple[str, ...]] = {}
        """Each wrong adjective → the adjectives the noun takes instead, best first."""
        self.wrong: frozenset[str] = frozenset()
        """Every wrong adjective, with the degrees of the size ones ("bigger")."""

    def add(self, right: tuple[str, ...], wrong: frozenset[str]) -> None:
        for adjective in wrong:
            self.rights[adjective] = right
            if right[0] in _SCALE_RIGHTS:
                for degree in _COMPARATIVES.get(adjective, ()):
                    self.rights[degree] = right
        self.wrong = frozenset(self.rights)


@cache
def table() -> dict[str, Pair]:
    """Each noun form → its :class:`Pair`."""
    found: dict[str, Pair] = {}
    for line in PAIRS.strip().splitlines():
        nouns, _, adjectives = line.partition(":")
        right, _, wrong = adjectives.partition("|")
        for noun in nouns.split():
            found.setdefault(noun, Pair()).add(tuple(right.split()), frozenset(wrong.split()))
    return found


@cache
def _nouns() -> frozenset[str]:
    return frozenset(table())


@cache
def _wrong_adjectives() -> frozenset[str]:
    return frozenset(adjective for pair in table().values() for adjective in pair.wrong)


def _right_form(written: str, right: str) -> str:
    """``right`` in the degree of ``written`` ("bigger" → "higher")."""
    for base, degrees in _COMPARATIVES.items():
        if written in degrees and right in _COMPARATIVES:
            return _COMPARATIVES[right][degrees.index(written)]
        if written == base:
            break
    return right


class AdjectiveCollocation(GrammarRule):
    id = "grammar.adjective-collocation"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A noun with the wrong adjective: 'strong rain' (heavy), 'a big speed' (high), 'a heavy illness' (serious)."
    )
    why = (
        "English grades many nouns with one adjective: rain, snow and traffic are heavy; speed, "
        "temperature, levels, rates and quality are high or low, not big or small; an illness, an "
        "injury or a mistake is serious; music is loud. Other languages pair them differently, and "
        "the literal adjective reads as a slip. The rule stays quiet where the noun modifies another "
        "('strong rain gear', 'a big traffic jam') and in names and titles."
    )
    bad = (
        "Strong rain flooded the road, and big traffic delayed the buses.",
        "The train reached a very big speed on the new line.",
        "The patient had a big temperature and a strong headache.",
        "Her uncle suffered a heavy illness last winter.",
        "The water is of small quality, and the hospital has a big rate of infections.",
        "The festival charged a tall price, and my neighbours play high music.",
        "Education is of big importance; she has a big knowledge of history.",
        "The storm caused a high increase in claims; he was a strong smoker.",
        "The temperature was very big during the afternoon.",
        "Drivers were warned about strong fog; the level of unemployment is very tall.",
        "The new engine reaches bigger speeds.",
        "The bank offers a big interest rate, and the price of diesel is too expensive.",
        "Police called it a heavy crime; she has been in strong pain since May.",
        "My brother caught a strong cold after the hike.",
        "They serve very powerful tea, and the campaign got a big attention.",
        "It is a big pleasure to meet you; she lived to a big age; a weak rain fell.",
    )
    good = (
        "Heavy rain flooded the road, and heavy traffic delayed the buses.",
        "He bought strong rain gear and sat in a big traffic jam.",
        "The city measured high noise levels; the tall price tag put her off.",
        "Big Traffic is a podcast, and the High Noise Festival returns in May.",
        "A big speed bump slows cars; the big temperature swings surprised hikers.",
        "The small quality team checks every batch; the big rate rise hurt borrowers.",
        "It is a small price to pay, and a big price for the club.",
        "The strong smoker's cough worried him? No: the heavy smoker's cough did.",
        "The level is small business lending; the speed was big news in 1990.",
        "We had a big snow last winter, and a big snowfall is forecast for Sunday.",
        "The big rains came in June, as they do every year in the highlands.",
        "The temperature was high, the quality was poor, and the prices were high.",
        "The rise in the rate was big news; the fall in temperatures was big enough to freeze the lake.",
        "Her heart rate monitor is big; he takes strong pain relief; the heavy crime drama won.",
        "A strong cold wind blew, and a strong cold and dry air mass followed; she has a bad cold.",
        "The big coffee chains grew; a large pleasure boat passed; the big age gap did not matter.",
        "The pleasure was big, and the attention was big news; a strong cough reflex is normal.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        pairs = table()
        lows = doc.lows
        wrong = _wrong_adjectives()
        found = [
            position
            for position in positions(doc, _nouns())
            if (position and lows[position - 1] in pairs[lows[position]].wrong)
            or (
                position > 1
                and (lows[position - 1] in _DEGREE_WORDS or lows[position - 1] in _MODIFIERS)
                and lows[position - 2] in wrong
            )
            or (
                position + 2 < len(lows)
                and (lows[position + 1] in _BE or lows[position + 1] in _OPENERS)
                and _adjective_after_be(lows, position)
            )
        ]
        for words, index in places(doc, found):
            pair = pairs[words[index].low]
            finding = self._attributive(doc, words, index, pair)
            if finding is None:
                finding = self._predicative(doc, words, index, pair)
            if finding is not None:
                yield finding

    def _attributive(self, doc: Document, words: list[Word], index: int, pair: Pair) -> Finding | None:
        """The wrong adjective before the noun: "strong rain", "a very big speed"."""
        if index == 0:
            return None
        at = index - 1
        compound = words[at].low in _MODIFIERS and pair.rights.get(words[at - 1].low, ("",))[0] in _SCALE_RIGHTS
        if (words[at].low in _DEGREE_WORDS or compound) and at > 0:
            at -= 1  # "a very big speed", "a big interest rate"
        adjective, noun = words[at], words[index]
        if adjective.low not in pair.wrong or not all(word.joined for word in words[at:index]):
            return None
        if _capitalised(adjective) or _capitalised(noun):
            return None  # a name or a title ("Big Traffic", "the High Noise Festival")
        if adjective.low in _PREPOSITIONS and not (at and words[at - 1].low in _DETERMINERS and words[at - 1].joined):
            return None  # "the house is near friends": the preposition ("a near friend" is the slip)
        after = words[index + 1] if noun.joined and index + 1 < len(words) else None
        if after is not None and (after.low == "-" or after.text.startswith("-")):
            return None
        if after is not None and after.low in ("or", "and") and _word_after(words, index + 1) == "shine":
            return None  # "stays strong rain or shine"
        tags = sentence_tags(doc, words)
        noun_read = tags[index] in COMMON_NOUN_TAGS or illness_cold(words, tags, at, index)
        if tags[at] not in _ADJECTIVE_TAGS or not noun_read:
            return None
        if compound and tags[at + 1] not in COMMON_NOUN_TAGS:
            return None
        if after is not None and (tags[index + 1] in _NOUNY_TAGS or tags[index + 1].endswith("+POS")):
            return None  # "strong rain gear", "a big traffic jam"
        if doc.is_protected(adjective.start, noun.end):
            return None
        return self._report(doc, adjective, noun, pair, noun.low)

    def _predicative(self, doc: Document, words: list[Word], index: int, pair: Pair) -> Finding | None:
        """A scale noun (with a phrase of its own), 'be' and a size adjective ending its phrase: "the
        temperature was very big", "the price of fuel is too expensive"."""
        be = _be_after(words, index)
        if be is None:
            return None
        at = be + 1
        if at < len(words) and words[at].low in _DEGREE_WORDS:
            at += 1
        if at >= len(words) or words[at].low not in pair.wrong or not all(word.joined for word in words[index:at]):
            return None
        adjective, noun = words[at], words[index]
        right = pair.rights[adjective.low]
        if noun.low in _ATTRIBUTIVE_ONLY:
            return None  # "the pleasure was big", "the age is big": loose, not the slip of "a big age"
        if adjective.low not in _PREDICATIVE or (right[0] not in _SCALE_RIGHTS and adjective.low != "big"):
            return None  # "the rain was strong" may be said; a size (or 'expensive') only of a scale
        if _capitalised(noun) or _capitalised(adjective):
            return None
        tags = sentence_tags(doc, words)
        noun_tag = "NN" if noun.sentence_start and tags[index] == "NNP" else tags[index]  # "Traffic was"
        if noun_tag not in COMMON_NOUN_TAGS or tags[at] not in _ADJECTIVE_TAGS or not tags[be].startswith("VB"):
            return None
        if _in_phrase(words, tags, index):
            return None  # "the rise in the rate was big": the noun is not the subject
        if be > index + 1 and not all(tags[i] in _PHRASE_TAGS for i in range(index + 2, be)):
            return None
        following = words[at + 1] if adjective.joined and at + 1 < len(words) else None
        if following is not None and tags[at + 1] not in _END_TAGS and following.low not in _TIME_AFTER:
            return None  # "the speed was big news"
        if adjective.low == "big" and following is not None and following.low in _FAVOUR:
            return None  # "quality is big with buyers": popular, important
        if doc.is_protected(noun.start, adjective.end):
            return None
        return self._report(doc, adjective, noun, pair, noun.low)

    def _report(self, doc: Document, adjective: Word, noun: Word, pair: Pair, noun_low: str) -> Finding:
        rights = pair.rights[adjective.low]
        right = match_case(_right_form(adjective.low, rights[0]), adjective.text)
        options = " or ".join(f"'{option}'" for option in rights)
        message = f"'{noun_low}' takes {options}, not '{adjective.low}': '{right} {noun.text}'."
        return self.replace_word(adjective, right, message, FixSafety.UNSAFE)


def illness_cold(words: list[Word], tags: list[str], at: int, index: int) -> bool:
    """Whether 'cold', read by the tagger as a second adjective, is the illness: 'a' before the
    adjective and the phrase ending after 'cold' ("caught a strong cold.", "has a strong cold
    since Monday"; not "a strong cold wind", "a strong cold and dry air mass")."""
    if words[index].low != "cold" or at == 0 or words[at - 1].low != "a" or not words[at - 1].joined:
        return False
    if index + 1 >= len(words) or not words[index].joined:
        return True
    return tags[index + 1] in _END_TAGS and words[index + 1].low not in ("and", "or", "but")


_PREPOSITIONS = frozenset(("near",))
"""Wrong adjectives that are also prepositions: only after a determiner or a possessive."""
_DETERMINERS = w.DETERMINERS | w.POSSESSIVES

_FAVOUR = frozenset("with among for".split())
"""Words after a predicative 'big' that give it the sense 'popular, important' ("big with buyers")."""


def _word_after(words: list[Word], at: int) -> str:
    """The lower-case word after ``at`` when joined to it, else ''."""
    return words[at + 1].low if at + 1 < len(words) and words[at].joined else ""


_MOST_TO_BE = 5
"""At most this many words of a phrase after the noun before 'be' ("the price of diesel fuel is")."""
_OPENERS = frozenset("of in at on for".split())
_PHRASE_TAGS = frozenset("DT PRP$ JJ NN NNS NNP NNPS CD".split())
_PREDICATIVE = frozenset("big bigger small smaller tall taller expensive".split())
_MODIFIERS = frozenset(
    """interest unemployment inflation crime exchange birth death heart blood water sea noise pollution tax
    growth error success failure infection survival mortality literacy turnout poverty vacancy occupancy
    response data""".split()
)
"""Nouns that make a compound with a scale noun ("a big interest rate": high; "a big blood pressure")."""


def _be_after(words: list[Word], index: int) -> int | None:
    """Where 'be' follows the noun at ``index``: straight after it, or after a phrase of its own
    opened by a preposition ("the price of fuel is")."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    if words[index + 1].low in _BE:
        return index + 1
    if words[index + 1].low not in _OPENERS:
        return None
    for at in range(index + 2, min(index + _MOST_TO_BE + 2, len(words))):
        if not words[at - 1].joined:
            return None
        if words[at].low in _BE:
            return at
    return None


def _adjective_after_be(lows: list[str], position: int) -> bool:
    """The flat-list sift of the predicative pattern: a size adjective (or 'expensive') within two
    words of a 'be' that follows the noun closely."""
    for at in range(position + 1, min(position + _MOST_TO_BE + 2, len(lows))):
        if lows[at] in _BE:
            return not _PREDICATIVE.isdisjoint(lows[at + 1 : at + 3])
    return False


def _in_phrase(words: list[Word], tags: list[str], index: int) -> bool:
    """Whether the noun at ``index`` ends a prepositional phrase ("the rise in the rate")."""
    at = index - 1
    while at >= 0 and tags[at] in _PHRASE_TAGS and words[at].joined:
        at -= 1
    return at >= 0 and tags[at] in ("IN", "TO") and words[at].joined


def _capitalised(word: Word) -> bool:
    return word.text[:1].isupper() and not word.sentence_start and not word.text.isupper()


# ---- degree adverbs ---------------------------------------------------------------------------------

_PLAIN = """happy sad tired angry hungry thirsty cold hot warm big small tall short busy rich poor old
young beautiful ugly pretty nice good bad ill sick"""
_HARMED = "injured wounded hurt damaged"

_LIKING = "love loves like likes"
_WANTING = "hope hopes want wants need needs wish wishes"
_VERBS = frozenset(f"{_LIKING} {_WANTING}".split())
"""Verbs of liking and wanting, which take 'really' ("I really hope"), not 'highly' or 'strongly'."""

ADVERBS = {
    "highly": f"{_PLAIN} sure {_HARMED} {_LIKING} {_WANTING}",
    "strongly": f"{_PLAIN} sure certain {_HARMED} {_LIKING}",
    "heavily": "ill sick injured wounded",
    "deeply": "sure certain",
}
"""Each degree adverb → the adjectives it does not grade: plain adjectives ('very'), participles of
harm ('seriously', 'badly'), 'sure' ('quite'). Left out: "highly expensive", "heavily hurt" and
"heavily damaged" (the economy, a building), "heavily pregnant", "deeply sad", "deeply hurt"."""

_ADVERB_RIGHTS = {
    "injured": ("seriously", "badly"),
    "wounded": ("seriously", "badly"),
    "hurt": ("badly", "seriously"),
    "damaged": ("badly", "severely"),
    "ill": ("seriously", "very"),
    "sick": ("very", "seriously"),
    "sure": ("quite", "absolutely"),
    "certain": ("quite", "absolutely"),
}
"""The adverbs an adjective takes instead, best first; 'very' or 'extremely' for the plain ones."""


_VERB_TAGS = frozenset(("VB", "VBP", "VBZ"))
_ADJECTIVE_OR_PARTICIPLE = frozenset(("JJ", "VBN", "VBD"))


@cache
def _adverb_table() -> dict[str, frozenset[str]]:
    return {adverb: frozenset(adjectives.split()) for adverb, adjectives in ADVERBS.items()}


class DegreeAdverb(GrammarRule):
    id = "grammar.degree-adverb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A degree adverb the adjective does not take: 'heavily injured' (seriously), 'deeply sure' (quite)."
    why = (
        "'Highly', 'strongly', 'heavily' and 'deeply' grade adjectives of judgement and feeling "
        "('highly likely', 'strongly opposed', 'deeply sad'), not plain ones: you are very tired, "
        "quite sure, seriously injured, badly damaged. The literal adverb of another language reads "
        "as a slip."
    )
    bad = (
        "Two workers were heavily injured when the scaffolding collapsed.",
        "I am deeply sure that the minister knew.",
        "The bridge was strongly damaged in the earthquake, and two drivers were highly injured.",
        "I am highly tired after the night shift, and she was strongly happy to see us.",
        "I highly hope the talks succeed, and we strongly like the new design.",
    )
    good = (
        "Two workers were seriously injured, and the bridge was heavily damaged.",
        "I am quite sure; she was deeply sad and heavily pregnant.",
        "It is highly likely, highly expensive and strongly opposed.",
        "The economy was heavily hurt by the sanctions, and he was deeply hurt by the remark.",
        "Highly Sure is the name of the band, and a highly good-natured crowd came.",
        "The soup tasted strongly like garlic; the band is highly liked and strongly loved by fans.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = _adverb_table()
        lows = doc.lows
        last = len(lows) - 1
        found = [
            position
            for position in positions(doc, frozenset(table))
            if position < last and lows[position + 1] in table[lows[position]]
        ]
        for words, index in places(doc, found):
            if index + 1 >= len(words):
                continue
            adverb, adjective = words[index], words[index + 1]
            if not adverb.joined or adjective.low not in table[adverb.low]:
                continue
            if _capitalised(adverb) or _capitalised(adjective):
                continue
            tags = sentence_tags(doc, words)
            wanted = _VERB_TAGS if adjective.low in _VERBS else _ADJECTIVE_OR_PARTICIPLE
            if tags[index] != "RB" or tags[index + 1] not in wanted:
                continue
            if doc.is_protected(adverb.start, adjective.end):
                continue
            rights = (
                ("really",) if adjective.low in _VERBS else _ADVERB_RIGHTS.get(adjective.low, ("very", "extremely"))
            )
            right = match_case(rights[0], adverb.text)
            options = " or ".join(f"'{option}'" for option in rights)
            message = f"'{adjective.low}' takes {options}, not '{adverb.low}': '{right} {adjective.text}'."
            yield self.replace_word(adverb, right, message, FixSafety.UNSAFE)


RULES = [AdjectiveCollocation, DegreeAdverb]
