"""Numbers and the nouns they count: "5 percents", "two millions people", "several hundred of people",
"dozens people", "300 meter long", "the amount of protesters".

A round number after another number stays singular ('two million people'), takes 'of' only
before a determiner ('hundreds of people', 'two hundred of the guests'), and a measure after the
thing measured is plural ('300 meters long'; before a noun it is a compound: 'a 300-meter bridge',
grammar.compound-modifier). People are counted, not measured: 'the number of protesters'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, each_place, ends_phrase, in_quotes, match_case, positions

if TYPE_CHECKING:
    from lint._document import Document

_COUNTED_GROUPS = frozenset(("staff", "personnel", "cattle", "livestock"))
"""Nouns without a plural's -s that are counted as a plural ("two hundred staff")."""
_ROUND = {"hundreds": "hundred", "thousands": "thousand", "millions": "million", "billions": "billion"}
_ROUND_SINGULAR = frozenset(_ROUND.values())
_ROUND_AFTER_COUNT = {**_ROUND, "dozens": "dozen"}
"""'Three dozens roses': after a number, 'dozen' stays singular too."""
_MANY = frozenset(("dozens", *_ROUND))
_COUNTS = w.CARDINALS | frozenset("eleven twelve several few".split())
_MEASURE_UNITS = {
    "meter": "meters",
    "metre": "metres",
    "kilometer": "kilometers",
    "kilometre": "kilometres",
    "mile": "miles",
    "foot": "feet",
    "inch": "inches",
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "minute": "minutes",
    "second": "seconds",
}
_MEASURED = frozenset("long wide high tall deep thick away old ago later earlier apart late".split())
_PEOPLE = frozenset(
    """people protesters protestors demonstrators students workers visitors voters residents children members
    users customers players fans tourists refugees migrants passengers patients employees soldiers""".split()
)
_FRACTIONS = {fraction: fraction + "s" for fraction in "third quarter fifth sixth seventh eighth ninth tenth".split()}
"""Fractions, plural after a number above one before 'of': 'two thirds of the voters'."""
_FRACTION_COUNTS = frozenset(
    count for count in w.CARDINALS if not count.endswith("ty") and count not in ("hundred", "thousand")
)
"""Numbers that count a fraction ('two thirds'); a ten or a hundred before an ordinal makes one word
with it ('the twenty fifth of December', 'the one hundred fifth of the regiments')."""
_TRIGGERS = frozenset(
    ("percents", "amount", "amounts", "dozen", "half", *_MANY, *_ROUND_SINGULAR, *_MEASURE_UNITS, *_FRACTIONS)
)
_NOT_BARE_ROUND = _COUNTS | frozenset("a an one the per every each some many hundred thousand million".split())
"""Words before 'hundred', 'thousand' that make it a count of its own ('a thousand', 'per thousand')."""
_ONE = frozenset(("a", "one"))
"""'A hundred of people', 'a dozen of eggs': a round number after 'a' takes no 'of' before a bare plural either."""


def _number(word: Word) -> bool:
    """A count above one: digits (with thousands commas) or a number word."""
    return _number_low(word.low)


def _number_low(low: str) -> bool:
    digits = low.replace(",", "")
    return (digits.isdigit() and digits not in ("0", "1")) or low in _COUNTS


def _plural_noun_only(low: str) -> bool:
    return low in w.PLURAL_PERSONS or (w.is_plural_noun(low) and w.tags(low) == {"NOUN"})


class NumberForm(GrammarRule):
    id = "grammar.number-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A number with the wrong form of what it counts: '5 percents', 'two millions people', 'dozens people'."
    why = (
        "After a number, 'percent' and the round numbers stay singular ('5 percent', 'two million "
        "people'); 'hundreds', 'thousands' and 'dozens' take 'of' before a plural ('dozens of "
        "people'), and 'several hundred' takes none ('several hundred people'); a measure after a "
        "number is plural when it follows what it measures ('300 meters long', 'five years old'); and "
        "people are a number, not an amount ('the number of protesters'); after a number above one a "
        "fraction is plural ('two thirds of the voters')."
    )
    bad = (
        "Prices rose by 5 percents.",
        "Two millions people live there, in three hundreds villages.",
        "Several hundred of people attended, and dozens people were hurt.",
        "She bought a dozen of eggs, and a thousand of fans waited outside.",
        "He bought three dozens roses; the film lasts two and half hours; the storm left thousand of homes dark.",
        "The bridge is 300 meter long, and the boy is five year old.",
        "The amount of protesters grew.",
        "Two third of the voters agreed, and three quarter of the seats were empty.",
        "The new office can accommodate two hundreds staff across its floors.",
    )
    good = (
        "Prices rose by 5 percent; two million people live in hundreds of villages.",
        "Two hundred of the guests left; several hundred people attended; dozens of people were hurt.",
        "Thousands fled the city, and millions more followed; hundreds died.",
        "A dozen of them came, a hundred of the fans stayed, and a thousand of Britain's farms closed.",
        "Two dozen roses; two and a half hours; half and half; one and half a dozen of the other.",
        "Rates per thousand of people; one and half of two.",
        "The 300-meter bridge is 300 meters long; a five year old boy; he is five years old; my 4 year old.",
        "The amount of money grew, and the number of protesters with it.",
        "The amount of users' data grew, and so did the amount of people's savings.",
        "He is six foot tall, and the wall is ten foot high.",
        "Two thirds of the voters agreed; a third of the seats; game two, third of the series; two third-place runs.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        sifted = [
            position
            for position in positions(doc, _TRIGGERS)
            if lows[position] not in _MEASURE_UNITS or (position > 0 and _number_low(lows[position - 1]))
        ]  # most 'year', 'day', 'second' of a text follow no number: dropped before any sentence is read
        for words, index in each_place(doc, sifted):
            word = words[index]
            if (word.text[:1].isupper() and index > 0) or in_quotes(doc, word.start):
                continue
            found = self._check(words, index)
            if found is not None:
                start, end, fixed, message = found
                if message.startswith("People are counted") and _possessive_after(doc.text, words[index + 2].end):
                    continue  # "the amount of users' data": what is measured is the data, the people own it
                yield self.finding(start, end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)

    def _check(self, words: list[Word], index: int) -> tuple[int, int, str, str] | None:
        word = words[index]
        low = word.low
        before = words[index - 1] if index > 0 and words[index - 1].joined else None
        after = words[index + 1] if index + 1 < len(words) and word.joined else None
        if before is not None and low == "percents" and _number(before):
            return word.start, word.end, "percent", "After a number, 'percent' stays singular: 'percent'."
        if after is None:
            return None
        plural_after = after.low in w.PLURAL_PERSONS or after.low in _COUNTED_GROUPS or w.is_plural_noun(after.low)
        if low == "half":
            return _and_half(words, index)
        if low in _FRACTIONS and before is not None and before.low in _FRACTION_COUNTS and after.low == "of":
            plural = match_case(_FRACTIONS[low], word.text)
            return word.start, word.end, plural, f"After '{before.text}', a fraction is plural: '{plural} of'."
        if low in _ROUND_AFTER_COUNT and before is not None and before.low in _COUNTS and plural_after:
            single = _ROUND_AFTER_COUNT[low]
            return word.start, word.end, single, f"After '{before.text}', write '{single}' ('two {single} people')."
        # (after 'many', older prose may drop 'of': "so many thousands years ago")
        after_count = before is not None and (_number(before) or before.low == "many")
        if low in _MANY and not after_count and _plural_noun_only(after.low):
            return word.start, word.end, f"{word.text} of", f"'{word.text}' takes 'of' before what it counts."
        if before is not None and (low in _ROUND_SINGULAR or low == "dozen") and _counted(before, words, index):
            return word.start, after.end, word.text, f"'{before.text} {word.text}' takes no 'of' before a plural."
        bare = before is None or (before.low not in _NOT_BARE_ROUND and not _number(before))
        if low in _ROUND_SINGULAR and bare and _of_then_plural(words, index + 1):
            plural = match_case(low + "s", word.text)
            message = f"Without a number before it, write '{plural} of' ('thousands of homes')."
            return word.start, word.end, plural, message
        ends = ends_phrase(words, index + 1, _AFTER_MEASURE)
        measured = after.low in _MEASURED and ends and not _noun_use(words, index - 1)
        if low == "foot" and after.low in ("tall", "high"):
            return None  # "He is six foot tall": a height, where 'foot' after a number is standard
        if low in _MEASURE_UNITS and before is not None and _number(before) and measured:
            plural = match_case(_MEASURE_UNITS[low], word.text)
            return word.start, word.end, plural, f"A measure after what it measures is plural: '{plural}'."
        if low in ("amount", "amounts") and _of_then_plural(words, index + 1, _PEOPLE):
            counted = words[index + 2]
            number = match_case("number" if low == "amount" else "numbers", word.text)
            return word.start, word.end, number, f"People are counted: '{number} of {counted.text}'."
        return None


def _and_half(words: list[Word], index: int) -> tuple[int, int, str, str] | None:
    """'Two and half hours', 'one and half years': a number, 'and', 'half' and a plural or the end;
    the fraction needs its article ('two and a half hours')."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined) or words[index - 1].low != "and":
        return None
    number = words[index - 2].low
    if not (_number_low(number) or number == "one") or words[index - 2].capitalised:
        return None
    if words[index].joined and index + 1 < len(words):
        following = words[index + 1].low
        if not w.is_plural_noun(following):
            return None
    word = words[index]
    return word.start, word.end, "a half", "A fraction after 'and' takes 'a': 'and a half'."


def _counted(before: Word, words: list[Word], index: int) -> bool:
    """A number, or 'a' or 'one' (not the letter 'A' inside a sentence), before the round number at
    ``index``, and 'of' and a bare plural after it."""
    one = before.low in _ONE and (before.text != "A" or before.sentence_start)
    return (_number(before) or one) and _of_then_plural(words, index + 1)


def _noun_use(words: list[Word], number: int) -> bool:
    """A determiner or an adjective before the number: the age is a noun ("my 4 year old", "a super
    nice 6 year old": '4-year-old'), not a predicate ("he is 4 years old")."""
    if number == 0 or not words[number - 1].joined:
        return False
    before = words[number - 1].low
    return before in w.DETERMINERS or before in ("our", "nice", "little", "old", "new") or w.tags(before) == {"ADJ"}


def _possessive_after(text: str, end: int) -> bool:
    """An apostrophe closes the word that ends at ``end``: a possessive ("users' data", "people's savings")."""
    return text[end : end + 1] in ("'", "’")


def _of_then_plural(words: list[Word], index: int, nouns: frozenset[str] | None = None) -> bool:
    """'of' at ``index`` and straight after it a bare plural (one of ``nouns`` when given)."""
    if words[index].low != "of" or index + 1 >= len(words) or not words[index].joined:
        return False
    noun = words[index + 1]
    if nouns is not None:
        return not noun.capitalised and noun.low in nouns
    # after 'of' a verb's -s form is a plural noun ("two hundred of soldiers", "a dozen of eggs")
    return not noun.capitalised and (_plural_noun_only(noun.low) or w.is_plural_noun(noun.low))


_AFTER_MEASURE = w.PREPOSITIONS | frozenset(("and", "but", "or", "when", "than"))
"""What may follow a measure that ends its phrase ('300 meters long.', 'five years old and'): a noun
after it would make the measure a modifier ('a five year old boy')."""


RULES = [NumberForm]
