"""Prepositions of time: 'on Monday', 'in January', 'on 5 May', 'in the morning', 'for six years'.

Days and dates take 'on' ('on Monday', 'on 5 May', 'on May 5th'), months and years alone take 'in'
('in January', 'in January 2020'), the parts of the day take 'in the' ('in the morning') and the
night takes 'at' ('at night'); a length of time takes 'for', not 'since' ('for six years', 'since
2015'). Each pattern is written over word classes (the days, the months, the parts of the day,
the units of time) with the conditions that keep it off right English:

- 'in' is often a particle of the verb before it, and US news drops 'on' before a day: "was
  sworn in Monday", "turn the ballots in Monday", "the figures came in January 20", "she will be
  in Monday" are all right, so a particle verb or a form of 'be' just before 'in' silences it;
- 'on' also means 'about' ("the report on January", "focus on January"), so 'on' with a month
  alone is reported only in a clearly temporal frame ('born on January', 'On January, we…',
  'on September of 2012');
- 'on the morning' is right when the morning is specified ("on the morning of the vote", "on the
  morning he left", "on the morning news"), so only a bare 'on the morning' closing the clause is
  reported;
- 'since two years' is right when 'since' opens a clause ("since two years have passed") or the
  duration is dated ("since two years ago").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences, places, positions
from ._tokens import after as _next

if TYPE_CHECKING:
    from lint._document import Document

DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_WORDS = DAYS | frozenset(day + "s" for day in DAYS) | frozenset(("weekdays",))
MONTHS = w.MONTHS
AMBIGUOUS_MONTHS = frozenset(("march", "may", "august"))
"""Months that are also ordinary words: only capitalised (or in a date) are they the month."""
_PARTS = frozenset(("morning", "afternoon", "evening"))
_NIGHT = "night"
_DARKNESS_BEFORE = frozenset("deep lost shrouded cloaked wrapped plunged sunk hidden veiled".split())
"""Words before 'in night' that make the night a darkness, not a time ("plunged in night")."""
_SEASONS = frozenset(("spring", "summer", "autumn", "winter"))
_CLOCK = frozenset(("noon", "midnight"))
_HOURS = frozenset(("am", "pm", "o'clock", "m")) | frozenset(
    f"{hour}{half}" for hour in range(1, 13) for half in ("am", "pm")
)
"""The words that end a time of the clock ('9 am', '10pm', "5 o'clock")."""
_HOUR = re.compile(r"(?:[1-9]|1[0-2]|[0-5]\d)")
_BORN = frozenset("born founded established built married died graduated published happened occurred".split())
"""Verbs of an event dated by its year ('born in 1990'); not 'opened' or 'closed', which markets do at
a level ('the index closed at 2015')."""

_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(st|nd|rd|th)?")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")

_BE = frozenset("be am is are was were been being isn't aren't wasn't weren't 's ’s".split())
_PARTICLE_IN_VERBS = (
    "swear check log turn hand send bring put come move fill call phase weigh pitch usher rein ring kick "
    "set cave give pour roll fly drop stop clock tune plug lock factor settle fit pencil book write type key "
    "zoom step jump chip join dig tuck sleep stay let take walk run break cash hold file ship drive mail fax "
    "vote lead report dial tap buy cut hem box wall fence bed trade ease pay count"
).split()
"""Verbs with a particle 'in' ('sworn in', 'turn in', 'weigh in'): 'in Monday' after them is the
particle and a day with 'on' dropped, as US news writes it."""

_LOOK = frozenset("look looks looked looking glance glanced glances glancing aim aimed aims aiming".split())
"""'look at Monday', 'aimed at January': 'at' is the verb's own preposition."""

_ABOUT = frozenset(
    """focus focused focuses focusing focussed concentrate concentrated concentrates concentrating report
    reports reported reporting comment comments commented commenting data figures statistics information
    update updates notes note spend spent spending based depend depends depended depending reflect reflected
    reflecting dwell dwelt bet bets betting count counting counted agree agreed decide decided deciding
    work worked working vote voted voting sale sales""".split()
)
"""Words after which 'on' means 'about' or 'upon': "the report on January", "spent on January"."""

_APPROACHING = frozenset(("getting", "going"))
"""Before 'on' and a time of the clock, 'getting' or 'going' make it 'nearly' ("getting on midnight")."""

_EVENT = frozenset(
    """born held happened happens happen occurred occurs occur started starts start begins began begun begin
    ended ends end opened opens closed closes died married released launched scheduled due expires expired
    arrived arrive arrives left leave leaves returned return returns graduated moved place came come comes
    celebrated celebrate visited elected appointed founded established signed published""".split()
)
"""Words that put a month after 'on' plainly in time: "born on January", "took place on March"."""

_CLAUSE_GO_ON = (
    w.PREPOSITIONS - {"of"}
    | w.SUBJECT_PRONOUNS
    | w.ARTICLES
    | frozenset("because but so when while until then before after as since although though if".split())
)
"""Words that may follow a time phrase without making its last word a modifier ("in Sunday school")."""

_CONJUNCTIONS = frozenset("because but so since although though while until unless if then".split())


def _verb_after_and(words: list[Word], end: int) -> bool:
    """'and' and a verb that is not the plain form of a noun follow ``words[end]``: the clause goes on
    ("graduate on May 2025 and am available"; not "on May 2025 and June budgets")."""
    if end + 2 >= len(words) or not (words[end].joined and words[end + 1].joined) or words[end + 1].low != "and":
        return False
    verb = words[end + 2].low
    return verb in w.AUXILIARIES or (w.may_be_finite(verb) and "NOUN" not in w.tags(verb))


def _previous(words: list[Word], index: int) -> Word | None:
    if index > 0 and words[index - 1].joined:
        return words[index - 1]
    return None


def _is_month(word: Word) -> bool:
    """A month name, capitalised when it is also an ordinary word ('May', not 'may')."""
    if word.low not in MONTHS or word.text.isupper():
        return False
    return word.text[:1].isupper() or word.low not in AMBIGUOUS_MONTHS


def _year(word: Word | None) -> bool:
    return word is not None and _YEAR.fullmatch(word.text) is not None


def _phrase_ends(words: list[Word], end: int, kin: frozenset[str]) -> bool:
    """The time phrase ends at ``end``: a function word or nothing follows, or 'and'/'or' and a word
    that is not another of its kind ("in Monday and talked", not "in Monday and Tuesday sessions")."""
    following = _next(words, end)
    if following is not None and following.low in ("and", "or"):
        other = _next(words, end + 1)
        return other is not None and other.low not in kin
    return _clause_goes_on(following)


def _clause_goes_on(word: Word | None) -> bool:
    """Nothing (punctuation or the end) or a function word follows: the time phrase is complete."""
    return word is None or word.low in _CLAUSE_GO_ON


_TAKE = frozenset(("take", "takes", "took", "taken", "taking"))


_PARTICLE_ON_VERBS = (
    "put try turn switch take carry hold log sign catch keep pass pile throw slip pull have depend rely count "
    "decide focus comment reflect dwell insist bet build improve stomp step"
).split()
"""Verbs with a particle 'on' ('put on a coat', 'try it on', 'carry on', 'stomped on') or whose 'on' names what they
bear on ('depends on', 'build on'): 'on last winter' after them is no time with a preposition too many
("the coat she had put on last winter", "it depends on next week")."""


@cache
def _particle_forms(lemmas: tuple[str, ...] = tuple(_PARTICLE_IN_VERBS)) -> frozenset[str]:
    forms = set(lemmas)
    for lemma in lemmas:
        forms.update(form for group in w.verb_inflections(lemma).values() for form in group)
    return frozenset(forms)


def _in_is_particle(words: list[Word], at: int) -> bool:
    """Whether the 'in' at ``at`` may be a verb's particle or 'be in' (present): "sworn in", "hand the
    ballots in", "she will be in". A particle verb up to four words back counts (its object between)."""
    before = words[at - 1].low if at > 0 else ""
    if before in ("place", "effect") and at > 1 and words[at - 2].low in _TAKE:
        return False  # "take place in Monday": 'take place' has no particle 'in'
    if before in _BE or (before in w.MID_ADVERBS and at > 1 and words[at - 2].low in _BE):
        return True
    forms = _particle_forms()
    return any(words[i].low in forms for i in range(max(0, at - 4), at))


def _be_in(words: list[Word], at: int) -> bool:
    """The 'in' at ``at`` follows a form of 'be' ("she will be in"), perhaps with an adverb between."""
    before = words[at - 1].low if at > 0 else ""
    return before in _BE or (before in w.MID_ADVERBS and at > 1 and words[at - 2].low in _BE)


_AFTER_DATE = frozenset("at on from for with until before after".split())
"""Words after 'in' + month + bare number that show the number is the day, not a count (not
'and', 'or': "in March 5 and 6 per cent more")."""


def _particle_or_look(words: list[Word], at: int) -> bool:
    """A particle 'in' ("sworn in") or the 'at' of 'look at' ("look at May 5"): not a preposition of time."""
    if words[at].low == "in":
        return _in_is_particle(words, at)
    return at > 0 and words[at - 1].low in _LOOK


def _opens(words: list[Word], at: int) -> bool:
    """The preposition at ``at`` opens its sentence or follows punctuation ("In Monday, we", ", in May 5,")."""
    return at == 0 or not words[at - 1].joined


class TimePreposition(GrammarRule):
    id = "grammar.time-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "The wrong preposition of time: 'in Monday', 'in May 5th', 'on January', 'at the morning'."
    why = (
        "Days and dates take 'on' ('on Monday', 'on 5 May', 'on May 5th'); months and years alone take "
        "'in' ('in January', 'in January 2020'); the parts of the day take 'in the' ('in the morning', "
        "'in the afternoon') and the night takes 'at' ('at night'). 'On the morning of the vote' is right: "
        "a morning that is specified takes 'on'. A particle 'in' ('he was sworn in Monday') is left alone."
    )
    bad = (
        "We met in Monday and talked for hours.",
        "In February 21, we signed the contract.",
        "The shop opened in 5th May 2019.",
        "He was born on January, in the middle of winter.",
        "I hardly ever drink coffee at the morning because it keeps me awake.",
        "The meeting is on the afternoon.",
        "Owls hunt at the night.",
        "The café closes in noon on Saturdays.",
        "We ski at winter and swim in summer.",
        "We had a big party in my birthday.",
        "The bill is due at May 5th.",
        "The ceremony takes place at June, and the vote at March 2021.",
        "The meeting will take place in Monday morning.",
        "The meeting is in 5 o'clock, and the flight was on 9:30 am.",
        "The festival will take place in June 14 at the county fairgrounds.",
        "The new policy will take effect in January 1, 2025.",
        "I will graduate on May 2025 and am available to start work immediately.",
        "The semifinal starts on 2 p.m. at Harbor Field, and the final in 7:30 p.m. on Sunday.",
    )
    good = (
        "We met on Monday; he was sworn in Monday and the ballots came in January 20.",
        "The village was wrapped in night; the hills lay deep in night.",
        "On February 21, we signed it; in January 2020 and in March 5 people left.",
        "The report on January was late; we will focus on January.",
        "On the morning of the vote, and on the morning he left, we sat at the morning session.",
        "Owls hunt at night and in the night; she sang in Sunday school and in Monday's paper.",
        "Let's look at Monday. On the afternoon news, they said it.",
        "The doctor will be in Monday; sales rose in March 5.5 per cent.",
        "It closes at noon; we met at summer camp under the noon sun, on the midnight train.",
        "The card was in my birthday present; look at May 5 again; she turned it in May 5.",
        "Early in the morning of 30 May 1832 he was shot.",
        "Look at June again; the ads were aimed at June voters.",
        "She will be in 10 minutes; he is in 9 am traffic; the meeting is in 5 hours.",
        "Sales rose in March 5 or 6 per cent, and in June 7 and 8 per cent.",
        "We compared figures on May 2025 and June 2025; pressure on May grew.",
        "The game starts at 2 p.m. on Friday; she is in 9 a.m. traffic; the m. and the p. were dropped.",
    )
    fixed = ()
    fix = "sometimes"

    _TRIGGERS = _DAY_WORDS | MONTHS | _PARTS | _SEASONS | _CLOCK | _HOURS | _BORN | frozenset((_NIGHT, "birthday"))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            low = word.low
            if index == 0 or not (words[index - 1].joined or low == "m"):
                continue  # every pattern has a word before the trigger ('p.m.' has its stop)
            if low in _DAY_WORDS:
                found = self._day(doc, words, index)
            elif low in MONTHS:
                found = self._month(doc, words, index)
            elif low in _SEASONS:
                found = self._season(doc, words, index)
            elif low in _CLOCK:
                found = self._clock(doc, words, index)
            elif low == "birthday":
                found = self._birthday(doc, words, index)
            elif low in _HOURS:
                found = self._hour(doc, words, index)
            elif low in _BORN:
                found = self._event_year(doc, words, index)
            elif low == _NIGHT and words[index - 1].low == "in":
                found = self._in_night(doc, words, index)
            else:
                found = self._part_of_day(doc, words, index)
            if found is not None and not doc.is_protected(found.start, found.end):
                yield found

    def _day(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in Monday', 'at Monday night' -> 'on'."""
        preposition = words[index - 1]
        if preposition.low not in ("in", "at") or words[index].text.isupper():
            return None
        if words[index].low == "weekdays" and preposition.low == "at":
            return None
        end = index
        following = _next(words, index)
        if following is not None and following.low in (*_PARTS, _NIGHT):
            end, following = index + 1, _next(words, index + 1)
        if not _phrase_ends(words, end, _DAY_WORDS):
            return None  # "in Sunday school", "at Monday night's game", "in Monday and Tuesday sessions"
        at = index - 1
        if preposition.low == "in" and _in_is_particle(words, at):
            return None
        if preposition.low == "at" and at > 0 and words[at - 1].low in _LOOK:
            return None
        return self._replace(doc, preposition, words[end], "on", "A day takes 'on'")

    def _month(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        month = words[index]
        if not _is_month(month):
            return None
        preposition = words[index - 1]
        if preposition.low in ("in", "at"):
            found = self._in_month_day(doc, words, index)
            if found is None and preposition.low == "at":
                return self._at_month(doc, words, index)
            return found
        if preposition.low == "on":
            return self._on_month(doc, words, index)
        return self._in_day_month(doc, words, index)

    def _in_month_day(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in February 21,' 'in May 5th' -> 'on'."""
        day = _next(words, index)
        if day is None:
            return None
        number = _DAY_NUMBER.fullmatch(day.text)
        if number is None:
            return None
        if not number.group(1):  # a bare number may count something: "in March 5 people left"
            following = _next(words, index + 1)
            if following is not None and not _year(following) and following.low not in _AFTER_DATE:
                return None  # (a date before 'at', 'and' …: "in June 14 at the fairgrounds")
            if following is None and not self._date_ends(doc, day):
                return None
        if _particle_or_look(words, index - 1):
            return None
        return self._replace(doc, words[index - 1], day, "on", "A date takes 'on'")

    def _at_month(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'at June' (a month alone, or with its year) -> 'in'. Not "look at June", "aimed at June
        voters": a verb of looking, or the phrase goes on."""
        following = _next(words, index)
        end = index + 1 if _year(following) else index
        if words[index].low == "may" or not (_year(following) or _phrase_ends(words, index, MONTHS)):
            return None
        if _particle_or_look(words, index - 1) or (
            following is not None and following.low[:1].isdigit() and end == index
        ):
            return None
        return self._replace(doc, words[index - 1], words[end], "in", "A month takes 'in'")

    @staticmethod
    def _date_ends(doc: Document, day: Word) -> bool:
        """The number ends the date: a comma, a semicolon or a full stop (not '5.5', '5%') follows it."""
        after = doc.text[day.end : day.end + 2]
        return after[:1] in ("", ",", ";", ":", ")") or (after[:1] == "." and not after[1:2].isdigit())

    def _in_day_month(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in 5 May', 'in 5th May', 'in the 5th of May' -> 'on'."""
        at = index - 1
        ordinal = False
        if words[at].low == "of" and at > 0 and words[at - 1].joined:
            at -= 1
            ordinal = True  # "5th of May": the number must be an ordinal
        number = _DAY_NUMBER.fullmatch(words[at].text)
        if number is None or (ordinal and not number.group(1)):
            return None
        start = at - 1
        if start >= 0 and words[start].low == "the" and words[start].joined:
            start -= 1
        if start < 0 or words[start].low not in ("in", "at") or not words[start].joined:
            return None
        if not (_phrase_ends(words, index, MONTHS) or _year(_next(words, index))):
            return None  # "in 2 May Day parades"
        if _particle_or_look(words, start):
            return None
        return self._replace(doc, words[start], words[index], "on", "A date takes 'on'", keep_the=True)

    def _on_month(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'born on January', 'On January, we', 'on September of 2012' -> 'in'."""
        month = words[index]
        if month.low == "may" and not _year(_next(words, index)):
            return None  # "pressure on May": also a name (not before a year: "graduate on May 2025")
        at = index - 1
        before = words[at - 1].low if at > 0 and words[at - 1].joined else ""
        if before in _ABOUT:
            return None
        following = _next(words, index)
        end = index
        if following is not None and following.low == "of" and _year(_next(words, index + 1)):
            end, following = index + 2, _next(words, index + 2)
        elif _year(following):
            end, following = index + 1, _next(words, index + 1)
        elif following is not None or not (before in _EVENT or _opens(words, at)):
            return None  # "on January 5", "on January the 5th", or no plain frame of time
        if following is not None and following.low not in _CLAUSE_GO_ON and not _verb_after_and(words, end):
            return None  # "on January 2020 sales"; not "on May 2025 and am available"
        replacement = f"{month.text} {words[end].text}" if end > index else month.text
        return self.finding(
            words[at].start,
            words[end].end,
            f"A month without a day takes 'in': '{match_case('in', words[at].text)} {replacement}'.",
            suggestions=(f"{match_case('in', words[at].text)} {replacement}",),
            fix=FixSafety.UNSAFE,
        )

    def _part_of_day(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'at the morning', 'on the afternoon.' -> 'in the'; 'at the night' -> 'at night'."""
        the = words[index - 1]
        if the.low != "the" or index < 2 or not words[index - 2].joined:
            return None
        preposition = words[index - 2]
        following = _next(words, index)
        if words[index].low == _NIGHT:
            if preposition.low != "at" or following is not None:
                return None
            return self._replace(doc, preposition, words[index], "at", "The night takes 'at', without 'the'", the=False)
        if preposition.low not in ("at", "on"):
            return None
        closing = following is None or following.low in _CONJUNCTIONS
        if preposition.low == "at" and following is not None and following.low in w.SUBJECT_PRONOUNS:
            closing = True  # "at the morning I drink coffee"
        if not closing:
            return None  # "on the morning of", "on the morning he left", "at the morning session"
        before = words[index - 3].low if index > 2 and words[index - 3].joined else ""
        if before in _LOOK or before in _ABOUT:
            return None
        return self._replace(doc, preposition, words[index], "in", "A part of the day takes 'in the'", the=True)

    def _season(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'at summer' -> 'in summer' ('at summer camp' is right)."""
        preposition = words[index - 1]
        if preposition.low != "at" or not _phrase_ends(words, index, _SEASONS):
            return None
        if index > 1 and words[index - 2].low in _LOOK:
            return None
        return self._replace(doc, preposition, words[index], "in", "A season takes 'in'")

    def _clock(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in noon', 'on midnight', 'in the noon' -> 'at noon' ('the noon sun', 'on the midnight train')."""
        at = index - 1
        if words[at].low == "the" and at > 0 and words[at - 1].joined:
            at -= 1
        preposition = words[at]
        if preposition.low not in ("in", "on") or not _clause_goes_on(_next(words, index)):
            return None
        before = words[at - 1].low if at > 0 and words[at - 1].joined else ""
        if before in _ABOUT or (preposition.low == "in" and _in_is_particle(words, at)):
            return None
        if preposition.low == "on" and before in _APPROACHING:
            return None  # "it is getting on midnight", "it's going on noon": nearly that time
        return self._replace(doc, preposition, words[index], "at", "A time of the clock takes 'at'", the=False)

    def _hour(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in 9 am', 'on 10pm', 'in 9:30 am', 'in 5 o'clock' -> 'at' ('in 9 am traffic' is right)."""
        at = index
        if words[index].low == "m":  # "on 2 p.m.": the stops split 'p.m.' into 'p' and 'm'
            if index < 2 or words[index - 1].low not in ("a", "p") or doc.text[words[index - 1].end] != ".":
                return None
            at = index - 2
            if not words[at].joined or not _HOUR.fullmatch(words[at].low):
                return None
            if at > 1 and not words[at - 1].joined and words[at - 1].low.isdigit():
                at -= 1  # "9:30 p.m."
        elif words[index].low in ("am", "pm", "o'clock"):
            at = index - 1
            if not _HOUR.fullmatch(words[at].low):
                return None
            if at > 1 and not words[at - 1].joined and words[at - 1].low.isdigit():
                at -= 1  # "9:30 am": the colon splits the time
        if at < 1 or not words[at - 1].joined or words[at - 1].low not in ("in", "on"):
            return None
        preposition = words[at - 1]
        if preposition.text != preposition.low and not preposition.sentence_start:
            return None
        following = _next(words, index)
        if (
            words[index].low == "m"
            and index + 1 < len(words)
            and doc.text[words[index].end : words[index + 1].start] == ". "
        ):
            following = words[index + 1]  # "in 9 a.m. traffic": the abbreviation's stop, then its phrase goes on
        if not _clause_goes_on(following):
            return None
        before = words[at - 2].low if at > 1 and words[at - 2].joined else ""
        if preposition.low == "in" and before not in _BE and _in_is_particle(words, at - 1):
            return None  # "sworn in 9 am"? but after 'be' a clock time needs 'at': "the meeting is in 5 o'clock"
        if before in _ABOUT:
            return None
        return self._replace(doc, preposition, words[index], "at", "A time of the clock takes 'at'")

    def _event_year(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'born at 1990', 'founded on 1887' -> 'in' ('at 1990 prices' is right)."""
        preposition = _next(words, index)
        if preposition is None or preposition.low not in ("at", "on"):
            return None
        year = _next(words, index + 1)
        if not _year(year) or not _clause_goes_on(_next(words, index + 2)):
            return None
        return self._replace(doc, preposition, words[index + 2], "in", "A year takes 'in'")

    def _in_night(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'late in night' -> 'at night' ('in night shifts', 'in the night' are right; so is night as
        a darkness that wraps or hides, after a participle or 'deep', 'lost': "wrapped in night").
        A particle verb before does not save it ("walk there in night", "sleep in night": no verb
        takes 'night' bare after its particle), but 'be in' does, and so does 'night after night'
        ("they came in night after night")."""
        following = _next(words, index)
        if not _clause_goes_on(following) or _be_in(words, index - 1):
            return None
        night_after = index + 2 < len(words) and words[index + 2].low in (_NIGHT, "last")
        if following is not None and following.low in ("after", "before") and night_after:
            return None  # "came in night after night", "sworn in night before last"
        if index > 1 and (words[index - 2].low in _DARKNESS_BEFORE or w.plainly_past(words[index - 2].low)):
            return None
        return self._replace(doc, words[index - 1], words[index], "at", "The night takes 'at'")

    def _birthday(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'in my birthday' -> 'on my birthday' ('in my birthday card' is right)."""
        if index < 2 or words[index - 1].low not in w.POSSESSIVES or not words[index - 2].joined:
            return None
        preposition = words[index - 2]
        if preposition.low != "in" or not _clause_goes_on(_next(words, index)):
            return None
        if _in_is_particle(words, index - 2):
            return None
        return self._replace(doc, preposition, words[index], "on", "A day takes 'on'")

    def _replace(
        self,
        doc: Document,
        preposition: Word,
        last: Word,
        right: str,
        reason: str,
        keep_the: bool = False,
        the: bool | None = None,
    ) -> Finding:
        """Replace the preposition (and, with ``the`` given, set 'the' after it) up to ``last``."""
        rest = doc.text[preposition.end : last.end]
        if the is not None:
            rest = rest.lstrip()
            if rest[:4].lower() == "the ":
                rest = rest[4:].lstrip()
            rest = (" the " if the else " ") + rest
        elif not keep_the and rest.lstrip()[:4].lower() == "the ":
            rest = " " + rest.lstrip()[4:].lstrip()
        fixed = match_case(right, preposition.text) + rest
        return self.finding(
            preposition.start,
            last.end,
            f"{reason}: '{fixed}'.",
            suggestions=(fixed,),
            fix=FixSafety.UNSAFE,
        )


_UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries ages""".split()
)
_BARE_UNITS = frozenset("years months weeks days hours decades centuries ages".split())
"""Units that stand alone after 'since' as a length of time: 'since years'."""
_QUANTITIES = w.CARDINALS | frozenset("one several many few some".split())
_DATED = frozenset(
    """ago earlier before after later back previously prior of old older since past hence from""".split()
)
"""Words that turn a length of time into a point ('since two years ago', 'since five years after
the war') or into something else ('since two years of war')."""
_NUMBER = re.compile(r"\d{1,3}")


def _quantity(low: str) -> bool:
    return low in _QUANTITIES or _NUMBER.fullmatch(low) is not None


def _duration_end(words: list[Word], at: int) -> int | None:
    """The index of the unit ending a length of time that starts at ``at`` ('six years', 'a long
    time', 'a few days', 'the last two weeks', 'years'), or None."""
    if at >= len(words):
        return None
    low = words[at].low
    if low in _BARE_UNITS:
        return at
    if low == "the":
        nxt = _next(words, at)
        if nxt is None or nxt.low not in ("last", "past"):
            return None
        at += 2
        if at < len(words) and words[at - 1].joined and _quantity(words[at].low):
            at += 1
        if at < len(words) and words[at - 1].joined and words[at].low in _UNITS:
            return at
        return None
    if low in ("a", "an"):
        nxt = _next(words, at)
        if nxt is None:
            return None
        if nxt.low == "long" and (end := _next(words, at + 1)) is not None and end.low == "time":
            return at + 2
        if nxt.low == "while":
            return at + 1
        if nxt.low == "few":
            at += 1
        at += 1
    elif _quantity(low):
        at += 1
    else:
        return None
    if at < len(words) and words[at - 1].joined and words[at].low in _UNITS:
        return at
    return None


_SINCE_DURING = frozenset(("since", "during"))


class SinceDuration(GrammarRule):
    id = "grammar.since-duration"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Since' with a length of time: 'since six years' -> 'for six years'."
    why = (
        "'Since' names the point a period started from ('since 2015', 'since Monday', 'since two years "
        "ago'); a length of time takes 'for' ('for six years', 'for a long time'). 'Since two years have "
        "passed' (a clause) and 'since two years ago' are right and left alone. 'During' with a bare "
        "length of time ('during three years') is reported as advice: 'for three years'."
    )
    bad = (
        "I've lived in Lisbon since six years.",
        "We have known each other since a long time.",
        "She has worked here since 3 months and loves it.",
        "The plant has been closed since the last two years.",
        "He has not called since years.",
    )
    good = (
        "Ten people bought it during a week.",
        "I've lived in Lisbon since 2015, since two years ago.",
        "Since two years have passed, we can apply again.",
        "We have known each other for a long time, ever since the war.",
        "Since three years of data were lost, the study stopped.",
        "It has been closed since five years after the fire; since years' end, prices fell.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SINCE_DURING):
            word = words[index]
            if not word.joined:
                continue
            end = _duration_end(words, index + 1)
            if end is None or not all(words[i].joined for i in range(index + 1, end)):
                continue
            following = _next(words, end)
            if doc.text[words[end].end : words[end].end + 1] in ("'", "’"):
                continue  # "since years' end"
            if word.low == "during":
                if following is not None or words[index + 1].low in ("the", "a", "an"):
                    continue  # "during two years of war", "during the last two years", "during a month" (within one)
                severity = Severity.INFO
            else:
                if following is not None and (following.low in _DATED or w.may_be_finite(following.low)):
                    continue  # "since two years ago", "since two years have passed"
                severity = None
            if doc.is_protected(word.start, words[end].end):
                continue
            fixed = match_case("for", word.text) + doc.text[word.end : words[end].end]
            yield self.finding(
                word.start,
                words[end].end,
                f"A length of time takes 'for' ('{word.low} 2015', '{word.low} Monday' name a point): '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
                severity=severity,
            )


_BEFORE = frozenset(("before",))
_FOR = frozenset(("for",))


class BeforeAgo(GrammarRule):
    id = "grammar.before-ago"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Before' with a length of time that ends a past clause ('left before two years' -> 'two years ago'), "
        "or 'for' with 'ago' ('for ten years ago')."
    )
    why = (
        "A point in the past counted back from now is 'two years ago'; 'before' needs a later point or "
        "an event ('before the war', 'two years before the election'). Reported only where a past verb "
        "comes earlier in the clause and the length of time ends it ('I met him before three years.'); "
        "'before two years had passed' and 'will finish before two weeks' are left alone."
    )
    bad = (
        "I have seen this film before two years.",
        "She moved to Leeds before five months, and he left before a few days.",
        "He has lived in the city for ten years ago.",
    )
    good = (
        "I saw this film two years ago, two years before the election.",
        "He retired before two years had passed. We will finish before two weeks.",
        "They met before the war; she left before 2010.",
        "He has lived here for ten years; he came ten years ago; it was for two years, ago or not.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        if "ago" in doc.distinct_lows:
            lows = doc.lows
            near_ago = [p for p in positions(doc, _FOR) if "ago" in lows[p + 2 : p + 5]]
            for words, index in places(doc, near_ago):
                end = _duration_end(words, index + 1) if words[index].joined else None
                if end is not None and _next(words, end) is not None and words[end + 1].low == "ago":
                    yield self._for_ago(doc, words, index, end)
        for words, index in occurrences(doc, _BEFORE):
            word = words[index]
            end = _duration_end(words, index + 1) if word.joined else None
            if end is None or words[index + 1].low in _BARE_UNITS or words[index + 1].low == "the":
                continue  # "before years of war", "before the last two weeks"
            if not all(words[i].joined for i in range(index + 1, end)) or _next(words, end) is not None:
                continue  # the length of time must end the clause
            if not any(w.verb_tags(item.low) & {"VBD", "VBN"} for item in words[max(0, index - 8) : index]):
                continue  # "we will finish before two weeks": no past
            if doc.is_protected(word.start, words[end].end) or in_quotes(doc, word.start):
                continue
            fixed = doc.text[words[index + 1].start : words[end].end] + " ago"
            yield self.finding(
                word.start,
                words[end].end,
                f"A point in the past counted back from now is '{fixed}'; 'before' needs a later point.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )

    def _for_ago(self, doc: Document, words: list[Word], index: int, end: int) -> Finding:
        """'for ten years ago': 'for' takes a length of time, 'ago' a point; keep one."""
        span = doc.text[words[index + 1].start : words[end].end]
        return self.finding(
            words[index].start,
            words[end + 1].end,
            f"'For' takes a length of time, 'ago' a point: '{span} ago' or 'for {span}'.",
            suggestions=(f"{span} ago", f"for {span}"),
            fix=FixSafety.UNSAFE,
        )


_DEICTIC_NOUNS = (
    DAYS
    | MONTHS
    | _SEASONS
    | frozenset("week weekend month year decade century semester term fall night morning afternoon evening".split())
)
"""What 'next' and 'last' point to without a preposition ('next week', 'last Monday', 'last night')."""
_THIS_NOUNS = _PARTS
"""What 'this' points to without a preposition ('this morning'; not 'in this week', 'in this century')."""
_DEICTIC_WORDS = frozenset(("tomorrow", "yesterday", "tonight"))
_FUTURE_AS_NOUN = frozenset(
    """invest invests invested investing believe believes believed believing live lives lived living hope
    hopes hoped hoping plan plans planned planning prepare prepares prepared preparing think thinks thought
    thinking""".split()
)
"""Verbs whose 'in' or 'on' makes 'tomorrow' a noun ("invest in tomorrow", "plan for tomorrow")."""


class DeicticTime(GrammarRule):
    id = "grammar.deictic-time"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A preposition before 'next week', 'last year', 'this morning', 'tomorrow': 'in next week' (next week)."
    why = (
        "'Next', 'last' and 'this' already place a time: 'next week', 'last Monday', 'this morning' take "
        "no preposition, nor do 'tomorrow', 'yesterday' and 'tonight'. 'In the next week' and 'on the last "
        "day' are right: with 'the' the phrase is a noun phrase again. Left alone: 'the report on last "
        "year' (about), 'look at last year', 'invest in tomorrow', and a possessive ('in last year's report')."
    )
    bad = (
        "We will publish the results in next week.",
        "The shop closed at last Friday.",
        "She started the job in last year.",
        "They arrived in this morning.",
        "I will call you in tomorrow, and we met on yesterday.",
    )
    good = (
        "We will publish the results next week, in the next week or so.",
        "At last Friday came; at last, Friday arrived.",
        "The figures in last year's report were revised; the report on last year was late.",
        "Let's look at last month and invest in tomorrow.",
        "In this century and in this week's issue, prices rose.",
        "The votes came in last night, and the show is on tonight.",
        "She wore the scarf she had put on last winter; he tried the boots on this morning.",
        "The weight he put on last year is gone, and the plan depends on next week.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("next", "last", "this")) | _DEICTIC_WORDS

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            if index == 0 or words[index - 1].low not in ("in", "on", "at") or not words[index - 1].joined:
                continue
            found = self._judge(doc, words, index)
            if found is not None and not doc.is_protected(found.start, found.end):
                yield found

    def _judge(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        word, at = words[index], index - 1
        preposition = words[at]
        if preposition.text != preposition.low and not preposition.sentence_start:
            return None
        end = index
        if word.low in _DEICTIC_WORDS:
            if at > 0 and words[at - 1].low in _FUTURE_AS_NOUN:
                return None  # "invest in tomorrow"
        else:
            noun = _next(words, index)
            kinds = _THIS_NOUNS if word.low == "this" else _DEICTIC_NOUNS
            if noun is None or noun.low not in kinds or (noun.low in MONTHS and not _is_month(noun)):
                return None
            end = index + 1
        if not _clause_goes_on(_next(words, end)):
            return None  # "At last Friday came", "in next year's budget" (one word), "at last night's game"
        before = words[at - 1] if at > 0 and words[at - 1].joined else None
        if before is not None and (before.low in _ABOUT or before.low in _LOOK):
            return None  # "the report on last year", "look at last month"
        if preposition.low == "in" and _in_is_particle(words, at):
            return None  # "the votes came in last night"
        if preposition.low == "on" and before is not None and (before.low in _BE or before.low.endswith(("'s", "’s"))):
            return None  # "it's on tonight", "the game is on next week": 'on' means 'taking place'
        if preposition.low == "on" and word.low not in _DEICTIC_WORDS:
            forms = _particle_forms(tuple(_PARTICLE_ON_VERBS))
            if any(words[i].low in forms for i in range(max(0, at - 3), at)) or (
                before is not None and before.low == "back"
            ):
                return None  # "the coat she had put on last winter", "try it on this morning", "back on": a particle
        if (
            preposition.low == "on"
            and before is not None
            and "NOUN" in w.tags(before.low)
            and not w.tags(before.low) & {"VERB"}
        ):
            return None  # "data on last month": 'on' means 'about' after a noun
        kept = doc.text[word.start : words[end].end]
        return self.finding(
            preposition.start,
            words[end].end,
            f"'{kept}' takes no preposition: '{kept}', not '{preposition.text} {kept}'.",
            suggestions=(match_case(kept, preposition.text) if preposition.sentence_start else kept,),
            fix=FixSafety.UNSAFE,
        )


RULES = [TimePreposition, SinceDuration, BeforeAgo, DeicticTime]
