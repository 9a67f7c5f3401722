"""A noun written where its sound-alike verb must stand: "we road the bus" (rode), "I thing the
plan works" (think), "they meat the press" (meet), "he flu the plane" (flew).

After a subject pronoun ('I', 'we', 'they', 'he', 'she') and before an object, only a verb fits.
The word written must be a noun and nothing else in the word tables (so adverbs and adjectives,
'we just the', 'they all the', never count), and it must belong to a confusion set of
``confusables.txt`` whose other word is a verb form that agrees with the pronoun (a past, or the
present of that person). The sets are the ones grammar.confused-word reads with web counts; where
the counts miss the pair ('we road' and 'we rode' both too rare for the table), the grammar decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tokens import in_quotes, match_case, places, positions

if TYPE_CHECKING:
    from lint._document import Document

_SUBJECTS = {"i": "VBP", "we": "VBP", "they": "VBP", "he": "VBZ", "she": "VBZ"}
_PRONOUNS = frozenset(_SUBJECTS)
_OBJECTS = (w.OBJECT_OPENERS | w.DEMONSTRATIVES) - {"her"}
"""What may follow the verb: an object's first word ('her' is left out: 'we road her bike' and
'he showed her road maps' read alike)."""


@lru_cache(maxsize=1 << 12)
def _verb_twins(word: str) -> dict[str, tuple[str, ...]]:
    """Person tag ('VBP', 'VBZ') → the verb forms of the word's sets that agree with it, for a word
    that is only a noun ({} otherwise). Worked out per word met: the tables' look-ups for every
    word of the sets would cost each process some 8 ms at start-up."""
    if w.tags(word) != {"NOUN"}:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for person in ("VBP", "VBZ"):
        agreeing = tuple(
            other
            for other in _ngrams.confusion_sets().get(word, ())
            if " " not in other and w.verb_tags(other) & {"VBD", person} and other not in w.AUXILIARIES
        )
        if agreeing:
            found[person] = agreeing
    return found


@cache
def _set_words() -> frozenset[str]:
    return frozenset(_ngrams.confusion_sets())


class NounForSoundAlikeVerb(GrammarRule):
    id = "grammar.homophone-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A noun where its sound-alike verb must stand: 'we road the bus', 'I thing the plan works'."
    why = (
        "Between a subject pronoun and an object only a verb fits, so a noun there is a slip of the ear "
        "for the verb it sounds like: 'we road the bus' (rode), 'they meat the press' (meet). The word "
        "must be only a noun and belong to one of the confusion sets of grammar.confused-word with a verb "
        "that agrees with the pronoun; the fix is offered, not applied."
    )
    bad = (
        "We road the bus to school.",
        "I thing the plan works.",
        "They meat the press at noon.",
        "He flu the plane to Rome.",
    )
    good = (
        "We rode the bus; I think the plan works; they meet the press.",
        "He showed her road maps; they gave us peace the next day.",
        "The road the council built is closed. I, Road the Great, was a title.",
        '"We road the bus," she wrote, quoting the sign.',
    )
    fixed = ()
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """A rule made for one twin ('belief' → 'believe': grammar.noun-for-verb) reports it instead."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        set_words = _set_words()
        candidates = [  # sifted on the flat word list: a pronoun, then a noun of a set
            p + 1
            for p in positions(doc, _PRONOUNS)
            if p + 1 < last and lows[p + 1] in set_words and _verb_twins(lows[p + 1])
        ]
        for words, index in places(doc, candidates):
            if index == 0 or index + 1 >= len(words):
                continue
            pronoun, word, following = words[index - 1], words[index], words[index + 1]
            if not (pronoun.joined and word.joined) or word.capitalised or following.low not in _OBJECTS:
                continue
            if pronoun.low == "i" and pronoun.text != "I":
                continue
            verbs = _verb_twins(word.low).get(_SUBJECTS[pronoun.low], ())
            if not verbs or in_quotes(doc, word.start):
                continue
            suggestions = tuple(match_case(verb, word.text) for verb in verbs)
            yield self.finding(
                word.start,
                word.end,
                f"'{word.text}' is a noun; after '{pronoun.text}' the verb is needed: '{suggestions[0]}'.",
                suggestions=suggestions,
                fix=FixSafety.UNSAFE,
            )


RULES = [NounForSoundAlikeVerb]
