"""Compound modifiers written open before a noun: "a brand new car", "a first hand account", "a
heavy duty battery", "a well known author" (``brand-new``, ``first-hand``, ``heavy-duty``, ``well-known``).

The compounds are data (``compound-modifiers.txt``), each one whose open form before a noun a copy
editor always hyphenates. A compound is reported only where a noun follows it at once (the lexicon
and the part-of-speech tagger, asked about the few sentences that hold a candidate, agree) and not
where the same words make another phrase: "in the long term interest rates rose", "we met face to
face", "as well known brands". consistency.compound-modifier is the other half: a compound written
both ways in one document, whichever it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import GrammarRule
from ._tagger import COMMON_NOUN_TAGS, sentence_tags
from ._tokens import Word, each_place, in_quotes, match_case, occurrences, positions, scan

if TYPE_CHECKING:
    from lint._document import Document

COMPOUNDS_FILE = Path(__file__).with_name("compound-modifiers.txt")
_FLAGS = frozenset(("adverb", "noun", "det", "info"))


class Compound(NamedTuple):
    words: tuple[str, ...]
    adverb: bool = False
    """Also an adverbial phrase ("work full time", "in real time"): not reported after a preposition."""
    det: bool = False
    """Reported only after a determiner, a number or an adjective ("a well known author")."""
    noun: bool = False
    """Also a noun phrase ("in the long term", "at the last minute"): not reported after a preposition
    and 'the'."""
    info: bool = False
    """Reported at severity info: the open form is common in edited prose ("long term plans")."""


def parse_compounds(text: str) -> dict[str, tuple[Compound, ...]]:
    """First word (lower case) → the compounds that start with it, longest first."""
    found: dict[str, list[Compound]] = {}
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        flags = [part for part in parts if part in _FLAGS]
        words = tuple(part.lower() for part in parts if part not in _FLAGS)
        if len(words) < 2 or parts[len(words) :] != flags:
            raise ValueError(f"{COMPOUNDS_FILE.name}: flags go after the words: {line!r}")
        found.setdefault(words[0], []).append(
            Compound(words, "adverb" in flags, "det" in flags, "noun" in flags, "info" in flags)
        )
    return {first: tuple(sorted(items, key=lambda c: -len(c.words))) for first, items in found.items()}


@cache
def compounds() -> dict[str, tuple[Compound, ...]]:
    return parse_compounds(COMPOUNDS_FILE.read_text(encoding="utf-8"))


@cache
def _firsts() -> frozenset[str]:
    return frozenset(compounds())


@cache
def _seconds() -> dict[str, frozenset[str]]:
    """First word → the second words of its compounds: the sift before a compound is compared whole."""
    return {first: frozenset(compound.words[1] for compound in found) for first, found in compounds().items()}


_BEFORE_DET = w.DETERMINERS | w.PLURAL_DETERMINERS | frozenset("very most more less such one".split())
_PHRASE_PREPOSITIONS = frozenset("in on at over for during within by from under into after before".split())
"""'in the long term …', 'at the last minute …': the compound is the preposition's object."""
_ADVERB_PREPOSITIONS = frozenset("in at on from by".split())
_TIME_NOUNS = frozenset(
    """today tonight tomorrow yesterday morning afternoon evening night week weekend month year
    now then again instead days weeks months years decades centuries moments""".split()
)
"""Words the tagger may call nouns that end an adverbial phrase: 'we met face to face yesterday', 'it
went out of print decades ago'."""


def _modifier_then_noun(doc: Document, words: list[Word], index: int) -> bool:
    """An adjective that is no noun, or an -ing word, and then a noun ("a three game losing streak",
    "our 24 hour front desk"): the measure modifies the noun phrase."""
    if index + 1 >= len(words) or not words[index].joined or not words[index].text[:1].islower():
        return False
    tags = w.tags(words[index].low)
    if "NOUN" in tags or not (tags & {"ADJ"} or words[index].low.endswith("ing")):
        return False
    return _noun_follows(doc, words, index + 1)


def _noun_follows(doc: Document, words: list[Word], index: int) -> bool:
    after = words[index]
    if not after.text[:1].islower() or after.low in _TIME_NOUNS or "NOUN" not in w.tags(after.low):
        return False
    return sentence_tags(doc, words)[index] in COMMON_NOUN_TAGS


def _context_allows(doc: Document, words: list[Word], start: int, compound: Compound) -> bool:
    before = words[start - 1] if start > 0 and words[start - 1].joined else None
    if compound.adverb and before is not None and before.low in _ADVERB_PREPOSITIONS:
        return False  # "in real time data flows"
    after_the = before is not None and before.low == "the" and start > 1
    if compound.noun and after_the and words[start - 2].low in _PHRASE_PREPOSITIONS:
        return False  # "in the long term interest rates rose"
    if compound.det:
        if before is None:
            return False
        if before.low not in _BEFORE_DET and sentence_tags(doc, words)[start - 1] not in ("JJ", "CD", "PRP$"):
            return False
    return True


COMPOUND_NOUN_LEAD = 1.4
"""How much commoner (natural log, about four times) the second word and the noun must be as a pair
than the compound's two words for the noun phrase to be read as a modifier and a compound noun."""


def _compound_noun_after(first: str, second: str, noun: str) -> bool:
    """Whether the compound's second word and the noun after it make a compound noun of their own,
    far commoner in the web counts than the compound ('case studies' against 'best case'): then the
    first word modifies that noun ("the best case studies"), and no hyphen is wanted. 'worst case
    scenario' (the pairs about as common) and 'real world experience' are still reported."""
    together = _ngrams.web_pair_count(second, noun)
    if together is None:
        return False
    compound = _ngrams.web_pair_count(first, second)
    return compound is None or together - compound >= COMPOUND_NOUN_LEAD


class CompoundModifier(GrammarRule):
    id = "grammar.compound-modifier"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A compound modifier written open before a noun: 'a first hand account', 'a heavy duty battery'."
    why = (
        "Before a noun, the words of a compound modifier are joined by hyphens so the reader takes "
        "them as one: 'a brand-new car', 'a first-hand account', 'a heavy-duty battery', 'a "
        "well-known author'. After the noun or a verb they stay open ('the car is brand new', 'the "
        "author is well known'), and so does the same pair in another role ('in the long term', "
        "'we met face to face'). The list is data (rules/grammar/compound-modifiers.txt)."
    )
    bad = (
        "Soldiers trained for hand to hand combat.",
        "The report gives a first hand account of the siege.",
        "Use a heavy duty battery in the cold.",
        "She wrote a thought provoking essay.",
        "The two teams meet in a head to head race tonight.",
        "Travellers queued at the duty free shop.",
        "She described an out of body experience.",
        "We only buy free range eggs.",
        "A 5 year old boy was hurt, and a 30 years old man was arrested.",
        "The mayor thanked the law abiding residents of a cash strapped town.",
        "They fostered a 6 week old kitten with a rags to riches story.",
        "A 10-year old boy was hurt, and the 27 year-old was arrested.",
        "We offer a free 30 day trial on a two acre lot, and the Lions snapped a three game losing streak.",
    )
    good = (
        "The best case studies win a prize.",
        "She bought a brand-new car; the car is brand new.",
        "The author is well known, and as well known brands go, this one is small.",
        "In the long term interest rates will rise, and we met face to face yesterday.",
        "They work full time in the summer.",
        "At the last minute changes were made.",
        "The Brand New Heavies played on Friday.",
        "They paid out of pocket, and the middle of the road was icy.",
        "He is five years old; one year later he spent five years working in a 5-year-old building.",
        "The residents are law abiding, the town is cash strapped, and they went from rags to riches.",
        "The kitten is six weeks old, and one day old friends turned up at the door.",
        "It is painted on 2 x 2 inch glass slides and 4 by 6 foot panels.",
        "A 10-year-old boy was hurt; the 10-year bonds are old; the boy is ten years old, a year-old scheme.",
        "The EU's 27 member states agreed on the plan.",
        "We worked 2 hours straight, and the trail runs for 5 miles through the woods.",
    )
    fixed = (
        "Soldiers trained for hand-to-hand combat.",
        "The report gives a first-hand account of the siege.",
        "Use a heavy-duty battery in the cold.",
        "She wrote a thought-provoking essay.",
        "The two teams meet in a head-to-head race tonight.",
        "Travellers queued at the duty-free shop.",
        "She described an out-of-body experience.",
        "We only buy free-range eggs.",
        "A 5 year old boy was hurt, and a 30 years old man was arrested.",
        "The mayor thanked the law-abiding residents of a cash-strapped town.",
        "They fostered a 6 week old kitten with a rags-to-riches story.",
        "A 10-year old boy was hurt, and the 27 year-old was arrested.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._measures(doc)
        yield from self._half_hyphenated_ages(doc)
        table, seconds, lows = compounds(), _seconds(), doc.lows
        last = len(lows) - 1
        found = [
            (position, compound)
            for position in positions(doc, _firsts())
            if position < last and lows[position + 1] in seconds[lows[position]]  # most stop here
            for compound in table[lows[position]]
            if tuple(lows[position : position + len(compound.words)]) == compound.words
        ]
        if not found:
            return
        reported = -1
        for (words, index), (position, compound) in zip(each_place(doc, [p for p, _ in found]), found, strict=True):
            if position <= reported:
                continue
            end = index + len(compound.words)
            run = words[index:end]
            if end >= len(words) or len(run) < len(compound.words) or not all(word.joined for word in run):
                continue
            if any(not word.text[:1].islower() for word in run[1:]):
                continue  # a title or a name: "The Brand New Heavies"
            if not _noun_follows(doc, words, end) or not _context_allows(doc, words, index, compound):
                continue
            if len(run) == 2 and _compound_noun_after(run[0].low, run[1].low, words[end].low):
                continue  # "the best case studies": 'best' modifies the compound noun 'case studies'
            reported = position + len(compound.words) - 1
            written = " ".join(word.text for word in run)
            fixed = "-".join(word.text for word in run)
            yield self.finding(
                run[0].start,
                run[-1].end,
                f"Hyphenate the compound modifier before a noun: '{fixed}', not '{written}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE if compound.info else FixSafety.SAFE,
                severity=Severity.INFO if compound.info else None,
            )

    def _measures(self, doc: Document) -> Iterator[Finding]:
        """A number and a unit before a noun: 'a 5 year old boy', 'a two year contract', 'a three
        bedroom house' ('5-year-old', 'two-year', 'three-bedroom'). After a number above one only the
        compound takes a singular unit ('five years' is the plural noun), so the pattern is plain;
        'five years old' before a noun is the same slip. Not 'one year later' (no noun follows). An
        age is a warning; other measures are info, as the open form is common in travel and web
        prose ('a 30 day visa', 'Go 1 point releases', a version). Raising a measure before a singular
        noun to a warning was tried at stop 70: 5 more slips caught in 2,000 written to test the
        rules, but one more good LanguageTool dev row flagged ('a single 25 minute episode', which
        its rule for a number and a noun takes as sound) and no bad row more, so it stays info."""
        lows = doc.lows
        candidates = [p for p in positions(doc, _UNITS) if p > 0 and _is_number(lows[p - 1])]
        for words, index in each_place(doc, candidates):
            if index == 0 or not words[index - 1].joined or not words[index].joined:
                continue
            if index > 1 and words[index - 2].low in _DIMENSION_SIGNS:
                continue  # "2 x 2 inch slides", "4 by 6 foot panels": a dimension, written open
            end = index + 1
            if (
                end < len(words)
                and words[end].low == "old"
                and words[index].low in _AGE_UNITS
                and (words[index - 1].low != "one" or words[index].low != "day")
            ):
                end += 1  # "5 year old boy", "30 years old man", "6 week old kittens"; not "one day old friends"
            elif words[index].low.endswith("s"):
                continue  # "five years work": a plural noun phrase, not a modifier
            elif words[index].low == "member" and end < len(words) and w.is_any_plural(words[end].low):
                continue  # "the 27 member states": the number counts the members, no measure
            if end >= len(words) or not words[end - 1].joined:
                continue
            if not (_noun_follows(doc, words, end) or _modifier_then_noun(doc, words, end)):
                continue
            run = words[index - 1 : end]
            start = _whole_number_start(doc.text, run[0].start)
            number = doc.text[start : run[0].end]
            unit = words[index].low.rstrip("s") if end > index + 1 else words[index].low
            parts = [number, unit] + [word.text for word in run[2:]]
            fixed = "-".join(parts)
            written = " ".join([number] + [word.text for word in run[1:]])
            age = end > index + 1  # "5 year old": every style guide hyphenates an age before a noun
            yield self.finding(
                start,
                run[-1].end,
                f"Hyphenate a measure before a noun: '{fixed}', not '{written}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
                severity=None if age else Severity.INFO,
            )

    def _half_hyphenated_ages(self, doc: Document) -> Iterator[Finding]:
        """An age with one of its two hyphens: 'a 10-year old boy', 'the 27 year-old man' ('10-year-old',
        '27-year-old'). Before a noun, or as a noun after a determiner ('the 27 year-old was
        arrested'); not 'the boy is 10-years old', which is no modifier."""
        for words, index in occurrences(doc, _AGE_HALVES):
            word = words[index]
            if index == 0 or not words[index - 1].joined or word.text[:1].isupper():
                continue
            previous = words[index - 1]  # the number, with the unit on one side of it
            start = _whole_number_start(doc.text, previous.start)
            if word.low == "old":  # "10-year old"
                number, _, unit = previous.low.partition("-")
                if unit.rstrip("s") not in _AGE_UNITS or not _is_number(number):
                    continue
                parts = [doc.text[start : previous.end].split("-")[0], unit.rstrip("s"), word.text]
            else:  # "10 year-old"
                if not _is_number(previous.low):
                    continue
                parts = [doc.text[start : previous.end], word.low.split("-")[0].rstrip("s"), "old"]
            noun = index + 1 < len(words) and word.joined and _noun_follows(doc, words, index + 1)
            determined = index > 1 and words[index - 2].joined and words[index - 2].low in _AGE_DETERMINERS
            if not (noun or determined) or in_quotes(doc, word.start):
                continue
            fixed = "-".join(parts)
            written = doc.text[start : word.end]
            yield self.finding(
                start,
                word.end,
                f"An age before a noun takes both hyphens: '{fixed}', not '{written}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,  # "the 10-year old bonds" may be old ten-year bonds
            )


_AGE_HALVES = frozenset(("old", "year-old", "years-old", "month-old", "week-old", "day-old"))
_AGE_DETERMINERS = frozenset("a an the this that his her their our my your".split())


_UNITS = frozenset(
    """year years month months week weeks day days hour minute second mile kilometre kilometer metre meter foot inch
    storey story bedroom page point man member game seat lane acre night""".split()
)
"""Units of a measure that joins a number before a noun ('a two-week trial', 'a 12-page report')."""
_AGE_UNITS = frozenset("year years month months week weeks day days".split())
_DIMENSION_SIGNS = frozenset(("x", "×", "by"))
"""Units of an age before 'old' ('a 5-year-old boy', 'a six-week-old kitten', 'a 2-day-old calf')."""


def _whole_number_start(text: str, start: int) -> int:
    """Where the number whose last digits start at ``start`` begins: the word split makes '182,000'
    and '1.5' two words each, but a reader hyphenates the whole number ('182,000-page', not
    '000-page')."""
    while start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit():
        start -= 1
        while start and text[start - 1].isdigit():
            start -= 1
    return start


def _is_number(low: str) -> bool:
    return w.is_numeral(low) or low in ("eleven", "twelve", "thirteen", "fourteen", "sixteen")


_PLURAL_UNITS = {
    "years": "year",
    "months": "month",
    "weeks": "week",
    "days": "day",
    "nights": "night",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "miles": "mile",
    "kilometres": "kilometre",
    "kilometers": "kilometer",
    "feet": "foot",
    "inches": "inch",
    "storeys": "storey",
    "stories": "story",
    "floors": "floor",
    "bedrooms": "bedroom",
    "rooms": "room",
    "pages": "page",
    "points": "point",
    "members": "member",
    "seats": "seat",
    "lanes": "lane",
    "dollars": "dollar",
    "euros": "euro",
    "litres": "litre",
    "liters": "liter",
    "tons": "ton",
    "tonnes": "tonne",
    "kilograms": "kilogram",
    "kilos": "kilo",
    "grams": "gram",
    "degrees": "degree",
    "persons": "person",
    "people": "person",
    "courses": "course",
    "stars": "star",
    "wheels": "wheel",
    "doors": "door",
    "episodes": "episode",
    "games": "game",
    "rounds": "round",
    "legs": "leg",
    "cylinders": "cylinder",
    "players": "player",
    "steps": "step",
    "words": "word",
    "acres": "acre",
}
"""Plural units and their singulars, for a hyphenated measure before a noun ('a two-week trip', 'a
five-star hotel', 'a 10-mile walk'). Not 'metres' and 'yards': race names are written 'the 100
metres' and sometimes hyphenated so ('the 400-metres hurdles')."""
_UNIT_AFTER_HYPHEN = re.compile(r"-(?:" + "|".join(_PLURAL_UNITS) + r")\b", re.IGNORECASE)
_MEASURE_TAILS = frozenset(("old", "long", "wide", "high", "tall", "deep"))


def _plural_measure(low: str) -> tuple[int, str] | None:
    """For 'two-weeks' or '30-years-old': (index of the unit among the hyphenated parts, its
    singular); None for anything else."""
    parts = low.split("-")
    unit_at = next((at for at, part in enumerate(parts) if part in _PLURAL_UNITS), None)
    if unit_at is None or unit_at == 0 or len(parts) - unit_at > 2:
        return None
    if not all(_is_number(part) or part in _NUMBER_WORDS for part in parts[:unit_at]):
        return None
    if unit_at + 1 < len(parts) and parts[unit_at + 1] not in _MEASURE_TAILS:
        return None
    return unit_at, _PLURAL_UNITS[parts[unit_at]]


_NUMBER_WORDS = frozenset(
    "one eleven twelve thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety".split()
)


class PluralMeasureModifier(GrammarRule):
    id = "grammar.plural-measure-modifier"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A plural unit in a hyphenated measure before a noun: 'a two-weeks trip', 'a five-stars hotel'."
    why = (
        "A number and its unit joined before a noun act as one adjective, and the unit stays singular: "
        "'a two-week trip', 'a 10-mile walk', 'a five-star hotel', 'a 30-year-old man' (but 'the trip "
        "lasted two weeks'). Reported only when the hyphenated measure stands before a noun; titles and "
        "race names ('the 400 metres') and 'three-times champion' (British usage) are left alone."
    )
    bad = (
        "We went on a two-weeks trip to Portugal.",
        "They stayed in a five-stars hotel after a 10-miles walk.",
        "A 30-years-old man was arrested after a three-days search.",
        "He signed a three years contract, and the party set out a 5 years plan.",
    )
    good = (
        "We went on a two-week trip; it lasted two weeks.",
        "They stayed in a five-star hotel for two-thirds of the trip.",
        "The Seven-Years War; a 30-year-old man; open twenty-four-hours, seven days a week.",
        "He ran the 400-metres hurdles; the three-times champion won.",
        "It was a two weeks' notice, a 10 years old car and a hundred years war; a two days later.",
    )
    fixed = (
        "We went on a two-week trip to Portugal.",
        "They stayed in a five-star hotel after a 10-mile walk.",
        "A 30-year-old man was arrested after a three-day search.",
        "He signed a three-year contract, and the party set out a 5-year plan.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._spaced(doc)
        if not _UNIT_AFTER_HYPHEN.search(doc.text):
            return  # the cheap sift: most documents have no hyphen before a plural unit
        measures = {low: found for low in doc.distinct_lows if "-" in low and (found := _plural_measure(low))}
        if not measures:
            return
        for words, index in each_place(doc, scan(doc, frozenset(measures))):  # words of this text: no index
            word = words[index]
            if word.text != word.low and not (word.sentence_start and word.text[1:] == word.low[1:]):
                continue  # "The Seven-Years War": a name
            if index + 1 >= len(words) or not word.joined or not _noun_follows(doc, words, index + 1):
                continue
            if in_quotes(doc, word.start):
                continue
            unit_at, singular = measures[word.low]
            parts = word.text.split("-")
            parts[unit_at] = match_case(singular, parts[unit_at])
            fixed = "-".join(parts)
            yield self.replace_word(
                word, fixed, f"A measure before a noun takes a singular unit: '{fixed}', not '{word.text}'."
            )

    def _spaced(self, doc: Document) -> Iterator[Finding]:
        """'A five years plan', 'a 24 hours service': after 'a', a number and a plural unit with no
        hyphen before a singular noun (the article shows the phrase is one thing); not 'a two
        weeks' notice' (a possessive), 'a 10 years old boy' (an adjective follows) or 'a hundred
        years ago'."""
        for words, index in occurrences(doc, _SPACED_UNITS):
            if index < 2 or index + 1 >= len(words) or not words[index].joined:
                continue
            number, article = words[index - 1], words[index - 2]
            if article.low not in ("a", "an") or not (article.joined and number.joined):
                continue
            if not (number.low.isdigit() or number.low in _SMALL_NUMBERS) or number.low in ("1", "0"):
                continue
            noun = words[index + 1]
            if not w.is_singular_count_noun(noun.low) or not _noun_follows(doc, words, index + 1):
                continue
            if sentence_tags(doc, words)[index + 1] != "NN" or in_quotes(doc, article.start):
                continue
            if noun.joined and index + 2 < len(words) and "NOUN" in w.tags(words[index + 2].low):
                continue  # "a two days walk-in clinic"? the phrase may go on: leave it
            unit = words[index]
            fixed = f"{number.text}-{match_case(_PLURAL_UNITS[unit.low], unit.text)}"
            yield self.finding(
                number.start,
                unit.end,
                f"A measure before a noun is one hyphenated word with a singular unit: '{fixed} "
                f"{noun.text}', not '{number.text} {unit.text} {noun.text}'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )


_SPACED_UNITS = frozenset(
    """years months weeks days nights hours minutes seconds miles kilometres kilometers storeys dollars
    euros litres liters tonnes kilograms grams acres stars rooms bedrooms seats lanes episodes""".split()
)
"""Plural units that a slip leaves unhyphenated before a noun ('a three years contract'); not
'people', 'players' or 'feet' ('a six feet tall man' has its adjective)."""
_SMALL_NUMBERS = (w.CARDINALS - {"hundred"}) | frozenset(
    "thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety".split()
)


RULES = [CompoundModifier, PluralMeasureModifier]
