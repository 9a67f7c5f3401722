"""One word written where two are meant: "we walk to work everyday", "it maybe late", "apart of the team".

Each of these joined forms is a real word ("an everyday task", "maybe later", "miles apart"), so no
spelling checker sees the slip; only the place shows it. The reverse slip, two words for one
("it self", "with out"), is grammar.split-word's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

_ENDS_ADVERBIAL = frozenset(
    "and but or so at in on for to from with after before during until since this last next again except "
    "apart including of when while because unless".split()
)
"""What may follow 'every day' when it closes a clause: 'everyday at noon', 'everyday for a week', and
'of', which no adjective takes ('open everyday of the week')."""
_SUBJECTS_BEFORE_MAY = frozenset("it this that there he she they we you i which who".split())
_MAY_BE_NEXT = frozenset("a an the late right wrong true possible necessary able too more less better worse".split())
"""What follows 'may be' and not the adverb 'maybe': 'it maybe late', 'there maybe a delay'."""
_TIME_TAKERS = frozenset("for took take takes taking spend spent spending need needs needed after".split())
"""Before these 'sometime' (at some time) is 'some time' (a while): 'for sometime', 'took sometime'."""
_PART_OF_BEFORE = frozenset("is are was were be been being am become became feel felt 's ’s".split())


_CLAUSE_OPENERS = frozenset(
    "i you he she we they it there the a an my our his her their your its this these those".split()
)
"""What may open the clause after a leading 'every day' and never follows the adjective 'everyday':
'Everyday he gets up early', 'Everyday, the bus is late' (not 'Everyday life goes on')."""
_CONJUNCTIONS = frozenset("and but so or yet then because now".split())


def _everyday(words: list[Word], index: int) -> bool:
    """'everyday' ends a clause after a verb or its object, or opens one before its subject: the
    adverbial 'every day'."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low in _CONJUNCTIONS:
        following = words[index + 1].low if index + 1 < len(words) else ""
        if following in _CLAUSE_OPENERS:
            return True  # "Everyday he …", "Everyday, we …", "and everyday I …"; not "Everyday life"
        if index == 0 or not words[index - 1].joined:
            return False
    if words[index - 1].low in w.DETERMINERS:
        return False  # "an everyday task"
    if index + 1 == len(words) or not words[index].joined:
        return True
    if _adjectives_joined(words, index):
        return False  # "everyday and technical words": two adjectives before their noun
    return words[index + 1].low in _ENDS_ADVERBIAL


def _adjectives_joined(words: list[Word], index: int) -> bool:
    """'and' or 'or', an adjective and a noun follow the word at ``index``: it is the first of two
    adjectives before that noun ('everyday and technical words', 'everyday or special occasions')."""
    if index + 3 >= len(words) or words[index + 1].low not in ("and", "or"):
        return False
    if not (words[index + 1].joined and words[index + 2].joined):
        return False
    return "ADJ" in w.tags(words[index + 2].low) and "NOUN" in w.tags(words[index + 3].low)


def _opens_clause(words: list[Word], index: int) -> bool:
    """The word at ``index`` opens its clause: the sentence's start, after a comma or a conjunction."""
    return index == 0 or not words[index - 1].joined or words[index - 1].low in _CONJUNCTIONS


def _maybe(words: list[Word], index: int) -> bool:
    """'maybe' between a subject and what follows 'be': 'it maybe late', 'there maybe a delay'."""
    if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    following = words[index + 1].low
    before = words[index - 1].low
    noun_subject = (
        index > 1
        and words[index - 2].joined
        and words[index - 2].low in w.DETERMINERS
        and "NOUN" in w.tags(before)
        and _opens_clause(words, index - 2)
    )  # 'the results maybe wrong'; not an object: 'we need a room maybe bigger than this'
    if before not in _SUBJECTS_BEFORE_MAY and not noun_subject:
        return False
    return following in _MAY_BE_NEXT or w.tags(following) == {"ADJ"}


_NOT_AMOUNTS = frozenset(
    "days today tonight now lately though either please day week month year morning evening night weekend "
    "weekends summer winter time times".split()
)
"""Words after 'anymore' that close the clause with it, not nouns it counts: 'not these days anymore',
'prices aren't rising anymore month on month'."""


def _any_more(words: list[Word], index: int) -> bool:
    """'anymore' (any longer) before a noun it counts or before 'than': 'we don't have anymore milk',
    'are there anymore questions', 'not anymore than before' is 'any more'."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    if following == "than":
        return True
    if words[index + 1].text[:1].isupper() or following in w.SUBJECT_PRONOUNS:
        return False  # a run-on: 'not many do it anymore I know'
    if following.endswith("ing"):
        return False  # a clause of its own: 'I don't enjoy it anymore living here'
    tags = w.tags(following)
    return "NOUN" in tags and not tags & {"DET", "PRON", "ADV"} and following not in _NOT_AMOUNTS


_SUBORDINATORS = frozenset("if whether that when".split())
_THERE_IS = frozenset("is was isn't wasn't isn’t wasn’t".split())
_WAY_AFTER = frozenset("to that of i you we they he she it".split())
"""After 'is there any way' the clause it opens ('is there any way to fix it', 'any way that we can')."""


def _any_way(words: list[Word], index: int) -> bool:
    """'anyway' (nonetheless) after 'is there' or 'there is' before what the way is for: 'is there
    anyway to fix this' is 'any way'. Not 'we got there anyway'."""
    if index < 2 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    pair = (words[index - 2].low, words[index - 1].low)
    there = (pair[0] in _THERE_IS and pair[1] == "there") or (pair[0] == "there" and pair[1] in _THERE_IS)
    if not (there and words[index - 2].joined and words[index + 1].low in _WAY_AFTER):
        return False
    if pair[0] == "there" and index > 2 and words[index - 3].joined and words[index - 3].low in _SUBORDINATORS:
        return True  # 'I wonder if there is anyway to fix it'
    return _opens_clause(words, index - 2)  # not a place: 'the bus was there anyway to take us home'


def _any_one_of(words: list[Word], index: int) -> bool:
    """'everyone of', 'anyone of': each one of a group is 'every one of', 'any one of'."""
    if not (index + 1 < len(words) and words[index].joined and words[index + 1].low == "of"):
        return False
    return not (index > 0 and words[index - 1].joined and set(w.verb_lemmas(words[index - 1].low)) & _OF_OBJECT_VERBS)


_OF_OBJECT_VERBS = frozenset(
    "tell inform remind warn assure convince notify accuse rob deprive rid relieve persuade".split()
)
"""Verbs whose person object takes an 'of' phrase after it ("telling everyone of her troubles",
"warned everyone of the risk"): there the 'of' is the verb's, and 'everyone' the whole group."""


def _sometime(words: list[Word], index: int) -> bool:
    """'sometime' after 'for', 'took', 'spend': an amount of time, 'some time'."""
    return index > 0 and words[index - 1].joined and words[index - 1].low in _TIME_TAKERS


def _apart_of(words: list[Word], index: int) -> bool:
    """'apart of' after a form of 'be' or 'feel': 'is apart of the team' is 'a part of'."""
    return (
        0 < index < len(words) - 1
        and words[index - 1].joined
        and words[index].joined
        and words[index + 1].low == "of"
        and words[index - 1].low in _PART_OF_BEFORE
    )


_WHILE_BEFORE = frozenset("after quite such within took take takes taking".split())
"""Words that take the noun phrase 'a while' and never the adverb 'awhile': 'after awhile', 'quite
awhile' ('for awhile' and 'in awhile' are grammar.misquoted-expression's, in expressions.toml)."""
_WHILE_AFTER = frozenset(("ago",))
"""What follows the noun phrase and not the adverb: 'awhile ago' ('awhile back' and 'stay awhile
longer' are left alone: some dictionaries allow them)."""


def _a_while(words: list[Word], index: int) -> bool:
    """'awhile' (for a time) where the noun phrase 'a while' is meant: after 'after' or 'quite'
    ('after awhile', 'quite awhile') or before 'ago' ('awhile ago'). Not 'stay awhile', 'rest awhile'."""
    if index > 0 and words[index - 1].joined and words[index - 1].low in _WHILE_BEFORE:
        return True
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in _WHILE_AFTER


_SLIPS: dict[str, tuple[str, Callable[[list[Word], int], bool]]] = {
    "awhile": ("a while", _a_while),
    "everyday": ("every day", _everyday),
    "maybe": ("may be", _maybe),
    "everyone": ("every one", _any_one_of),
    "anyone": ("any one", _any_one_of),
    "sometime": ("some time", _sometime),
    "apart": ("a part", _apart_of),
    "anymore": ("any more", _any_more),
    "anyway": ("any way", _any_way),
}
"""Joined word -> (the two words meant, where the two words are meant)."""
_SLIP_WORDS = frozenset(_SLIPS)


class OneWordForTwo(GrammarRule):
    id = "grammar.one-word-for-two"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A joined word where two words are meant: 'walk to work everyday', 'it maybe late'."
    why = (
        "'Everyday' is an adjective ('an everyday task'), 'maybe' an adverb, 'sometime' means 'at "
        "some time', 'apart' means 'separated', 'awhile' means 'for a time'. Where the sentence needs "
        "the two words they come from, write them apart: 'walk to work every day', 'it may be late', "
        "'every one of them', 'for some time', 'a part of the team', 'a while ago'."
    )
    bad = (
        "We walk to work everyday.",
        "The museum is open everyday except Monday.",
        "Everyday she takes the early train.",
        "It maybe late when we arrive, and it maybe worse tomorrow.",
        "Everyone of the votes was counted.",
        "The talks went on for sometime.",
        "She is apart of the team.",
        "The committee met awhile ago, and it took quite awhile.",
        "After awhile we left; it was awhile ago.",
        "We don't have anymore milk, and it took awhile to notice.",
        "Are there anymore questions? Is there anyway to fix this?",
        "The results maybe wrong.",
    )
    good = (
        "It is an everyday task. Everyday life goes on; maybe we will win.",
        "Everyday, ordinary people pay the price.",
        "Everyone of note came. Anyone can come; everyone was there.",
        "Call me sometime. The houses stand miles apart; apart from that, fine.",
        "There may be a delay. Maybe it is late; maybe better is possible.",
        "Stay awhile and rest. They talked awhile before dinner, and we waited a while; stay awhile longer.",
        "We don't live there anymore. I don't see them anymore these days; he doesn't care anymore what they say.",
        "We got there anyway to see the end; there is anyway a problem. Anyway, there it is.",
        "The results may be wrong; the team, maybe tired, lost.",
        "The bus was there anyway to take us home; I don't enjoy it anymore living here.",
        "Prices aren't rising anymore month on month; we need a room maybe bigger than this one.",
    )
    fixed = (
        "We walk to work every day.",
        "The museum is open every day except Monday.",
        "Every day she takes the early train.",
        "It may be late when we arrive, and it may be worse tomorrow.",
        "Every one of the votes was counted.",
        "The talks went on for some time.",
        "She is a part of the team.",
        "The committee met a while ago, and it took quite a while.",
        "After a while we left; it was a while ago.",
        "We don't have any more milk, and it took a while to notice.",
        "Are there any more questions? Is there any way to fix this?",
        "The results may be wrong.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SLIP_WORDS):
            word = words[index]
            two, applies = _SLIPS[word.low]
            if not applies(words, index) or in_quotes(doc, word.start):
                continue
            if word.low.endswith("one") and index + 2 < len(words) and words[index + 2].low in _NOT_A_GROUP:
                continue  # "everyone of note", "anyone of importance"
            fixed = match_case(two, word.text)
            yield self.replace_word(
                word, fixed, f"Write '{fixed}' here: '{word.text}' is one word with another meaning."
            )


_NOT_A_GROUP = frozenset("note importance consequence substance influence standing interest".split())
"""After 'everyone of' / 'anyone of' these make a quality, not a group: 'anyone of note'."""

RULES = [OneWordForTwo]
