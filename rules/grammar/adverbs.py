"""Adjectives where an adverb is meant: "the team played good", "she did real well".

An adjective after a verb of action describes the action, which takes an adverb: "played well",
"drove carefully". After a linking verb ("looks good", "went bad", "ran dry") the adjective is
right, and some adjectives double as adverbs ("drive slow", "work hard"), so only verbs of action,
adjectives that are never adverbs, and an adjective that ends its clause are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

_ADVERB_OF = {
    "good": "well",
    "careful": "carefully",
    "careless": "carelessly",
    "quiet": "quietly",
    "nervous": "nervously",
    "perfect": "perfectly",
    "terrible": "terribly",
    "horrible": "horribly",
    "awful": "awfully",
    "beautiful": "beautifully",
    "correct": "correctly",
    "proper": "properly",
    "efficient": "efficiently",
    "brilliant": "brilliantly",
}
"""Adjectives that are never adverbs, with the adverb of each."""

_ACTION_VERBS = frozenset(
    """
    played plays play playing sang sings sing singing danced dances dance dancing performed performs
    perform performing worked works work working cooked cooks cook cooking drove drives drive driving
    behaved behaves behave behaving spoke speaks speak speaking wrote writes write writing swam swims
    swim swimming slept sleeps sleep sleeping handled handles handle handling managed manages manage
    managing explained explains explain explaining treated treats treat treating ran runs run running
    """.split()
)
"""Verbs of action, which an adjective cannot complete ('ran dry' is one: only before an adjective
of manner, never 'dry', is 'ran' read as an action)."""

_CLAUSE_ENDS = frozenset(
    "and but or so today tonight yesterday again too last this at in on for with against under all".split()
)
"""What may follow the adjective when it ends its clause: 'played good last night', 'sang good and'."""


class AdjectiveForAdverb(GrammarRule):
    id = "grammar.adjective-for-adverb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adjective where the adverb is meant: 'the team played good', 'she drove careful'."
    why = (
        "A verb of action is described by an adverb: 'played well', 'drove carefully', 'sang "
        "beautifully'. Only adjectives that are never adverbs, right after a verb of action and "
        "ending the clause, are reported; 'looks good', 'went bad', 'played good football' and 'drive "
        "slow' are left alone."
    )
    bad = (
        "The team played good last night.",
        "She drove careful on the ice.",
        "He explained it perfect, and they sang beautiful.",
    )
    good = (
        "The team played well. The food looks good and the milk went bad.",
        "They played good football and worked long hours.",
        "Drive slow and work hard; she behaved well.",
        "The handles work. A good cook cooks good food.",
    )
    fixed = (
        "The team played well last night.",
        "She drove carefully on the ice.",
        "He explained it perfectly, and they sang beautifully.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, frozenset(_ADVERB_OF)):
            verb_at = _action_before(words, index)
            if verb_at is None or not _ends_clause(words, index):
                continue
            word = words[index]
            if word.text != word.low or in_quotes(doc, word.start):
                continue
            adverb = match_case(_ADVERB_OF[word.low], word.text)
            yield self.finding(
                word.start,
                word.end,
                f"'{words[verb_at].text}' is an action: it takes the adverb '{adverb}', not '{word.text}'.",
                suggestions=(adverb,),
                fix=FixSafety.SAFE,
            )


def _action_before(words: list[Word], index: int) -> int | None:
    """Where the verb of action before the adjective stands: right before it ('played good'), or
    before its pronoun object ('explained it perfect')."""
    for at in (index - 1, index - 2):
        if at < 1 or not all(word.joined for word in words[at:index]):
            return None
        if words[at].low in _ACTION_VERBS:
            if at == index - 2 and words[at + 1].low not in w.OBJECT_PRONOUNS:
                return None
            if words[at - 1].low in w.DETERMINERS or words[at - 1].low in w.POSSESSIVES:
                return None  # "the work good", "their play perfect": a noun
            return at
    return None


def _ends_clause(words: list[Word], index: int) -> bool:
    """The adjective ends its clause: the sentence ends, a punctuation mark follows, or a word
    that cannot continue a noun phrase ('last night', 'and', 'on the ice')."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    return words[index + 1].low in _CLAUSE_ENDS


class AdjectiveAfterObject(GrammarRule):
    id = "grammar.adjective-after-object"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adjective of manner after a verb of action and its object: 'speaks English fluent' → 'fluently'."
    why = (
        "After a verb of action and its object, a word that says how the action was done is an "
        "adverb: 'speaks English fluently', 'handled the case professionally'. Only adjectives of "
        "manner (-ful, -ous, -ent, -ant, -ible, -able, -ive, -al, -less) that end the clause and "
        "whose -ly adverb the lexicon knows are reported; 'played it safe' and 'drove them crazy' "
        "are left alone, as is an adjective that describes the object ('cooked the meat raw')."
    )
    bad = (
        "She speaks English fluent.",
        "He handled the case professional, and they played the piece beautiful.",
        "The coach handled the players careless and the team played the match nervous.",
    )
    good = (
        "She speaks English fluently and plays it safe.",
        "They drove him crazy; he handled the case well.",
        "She wrote the report in English and played the piece beautifully.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        from ._tagger import sentence_tags

        for words, index in occurrences(doc, _ACTION_VERBS):
            at = _manner_after_object(words, index)
            if at is None:
                continue
            word = words[at]
            if word.low in _ADVERB_OF and at == index + 2 and words[index + 1].low in w.OBJECT_PRONOUNS:
                continue  # 'explained it careless': grammar.adjective-for-adverb's
            adverb = _manner_adverb(word.low)
            if adverb is None or word.text != word.low or in_quotes(doc, word.start):
                continue
            tags = sentence_tags(doc, words)
            if (
                not tags[index].startswith("VB")
                or tags[at] != "JJ"
                or not (tags[at - 1] in _OBJECT_TAGS or words[at - 1].text.istitle())
            ):
                continue
            yield self.finding(
                word.start,
                word.end,
                f"'{word.text}' says how '{words[index].text}' was done: the adverb '{adverb}' is meant.",
                suggestions=(adverb,),
            )


_OBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP"))
_MANNER_ENDINGS = ("ful", "ous", "ent", "ant", "ible", "able", "ive", "al", "less")


def _manner_after_object(words: list[Word], index: int) -> int | None:
    """Where an adjective stands after the verb at ``index`` and a one- or two-word object, ending
    its clause ('speaks English fluent.', 'handled the case professional and'); else None."""
    for length in (1, 2):
        at = index + 1 + length
        if at >= len(words) or not all(word.joined for word in words[index:at]):
            return None
        if length == 2 and words[index + 1].low not in w.DETERMINERS:
            continue
        if (words[at].low.endswith(_MANNER_ENDINGS) or words[at].low in _ADVERB_OF) and _ends_clause(words, at):
            return at
    return None


def _manner_adverb(low: str) -> str | None:
    """The -ly adverb of an adjective of manner that is never itself an adverb or a noun."""
    from .wordforms import adverb_of

    if low in _ADVERB_OF:
        return _ADVERB_OF[low]
    found = w.tags(low)
    if "ADJ" not in found or found & {"ADV", "NOUN", "VERB"}:
        return None
    return adverb_of(low)


RULES = [AdjectiveForAdverb, AdjectiveAfterObject]
