"""A verb that agrees with the words of an aside instead of its subject: "The mayor, along with her
aides, are expected"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences
from .agreement import TO_PLURAL, TO_SINGULAR, followed_like_a_verb, participle_like_base, third_person_of_base

if TYPE_CHECKING:
    from lint._document import Document

_OPENERS = {
    "along": ("with",),
    "together": ("with",),
    "alongside": (),
    "accompanied": ("by",),
    "addition": (),  # "in addition to"
    "well": ("as",),  # "as well as": the word before 'well' is checked
    "with": (),
}
"""The first word of an aside that adds to a subject without joining it ('along with', 'together
with', 'alongside', 'accompanied by', 'in addition to', 'as well as', 'with'), and what must
follow it."""
_TRIGGERS = frozenset(_OPENERS)
_SINGULAR_PRONOUNS = frozenset("he she it this that everyone everybody someone somebody nobody".split())
_SINGULAR_OPENERS = (w.ARTICLES | w.POSSESSIVES | frozenset(("this", "that", "every", "each"))) - {"its"}
"""Determiners that open a subject of one thing ("The mayor", "His lawyer", "Every member")."""
_LONGEST_ASIDE = 12
"""Words an aside may hold before its closing comma; a longer one is no aside this rule can read."""


class ParentheticalSubjectVerb(GrammarRule):
    id = "grammar.parenthetical-subject-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A verb that agrees with an aside set off by commas: 'The mayor, along with her aides, are expected', "
        "'The findings, along with a list, was sent'."
    )
    why = (
        "An aside that opens with 'along with', 'together with', 'as well as', 'in addition to', "
        "'accompanied by' or 'with' does not make a singular subject plural: 'The mayor, along with "
        "her aides, is expected'. Only a subject of one singular noun or a name, the aside set off by "
        "two commas and a form of 'be', 'have' or 'do', or a bare verb followed as a verb is ('run the "
        "bakery'), straight after it are checked; the same aside after a "
        "plural ('The committee's findings, along with a list, was sent') leaves the verb plural. 'The mayor and "
        "her aides are' (a true pair) and quotations are left alone."
    )
    bad = (
        "The mayor, along with her aides, are expected at noon.",
        "The president, as well as two ministers, were at the summit.",
        "John Smith, together with his lawyers, have appealed the ruling.",
        "The report, in addition to its annexes, don't mention it.",
        "She, accompanied by her brothers, were seen leaving.",
        "The chief executive, along with three directors, were arrested.",
        "The schedule for the fall tournaments, along with registration forms, are posted online.",
        "The committee's findings, along with a list of recommendations, was sent to the governor.",
        "The owner, together with his two sons, run the bakery, and the mayor, along with two aides, visit the site.",
        "The new policy, along with several other changes to the handbook, take effect on the first of the month.",
        "The museum, along with its sculpture garden and gift shop, remain open until 8 p.m. on Thursdays.",
        "Ms. Lee, together with her two deputies, are expected in Rome on Monday.",
        "The club, along with several local businesses, are sponsoring the cleanup day at Riverside Park.",
    )
    good = (
        "The mayor, along with her aides, is expected at noon.",
        "The mayor and her aides are expected at noon.",
        "The ministers, along with the president, were at the summit.",
        "The president, as well as two ministers, was at the summit.",
        "We, along with our partners, are ready. The police, with their dogs, were there.",
        "After the vote, along with the results, officials were cheerful.",
        "The board, which met with the unions, are said to be split.",
        "The mayor, along with her aides, and the governor are here; Ms. Lee, with her aides, is in Rome.",
        "The young, along with the elderly, are most at risk. The accused, with their lawyers, were in court.",
        "The French, along with the Germans, are opposed; the Swiss, as well as the Dutch, were neutral.",
        "The members of the board, along with the mayor, are here. The players, with their fans, are here.",
        "The findings, along with the list, were sent; the news, along with the weather, is next.",
        "We thanked the owner, along with his sons, support staff and volunteers; the mayor, with aides, often visits.",
    )
    fixed = (
        "The mayor, along with her aides, is expected at noon.",
        "The president, as well as two ministers, was at the summit.",
        "John Smith, together with his lawyers, has appealed the ruling.",
        "The report, in addition to its annexes, doesn't mention it.",
        "She, accompanied by her brothers, was seen leaving.",
        "The chief executive, along with three directors, was arrested.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TRIGGERS):
            opener_start = _aside_start(doc, words, index)
            if opener_start is None:
                continue
            subject = _singular_subject(words, opener_start - 1, doc.language == "en-GB")
            table = TO_SINGULAR
            if subject is None:
                subject, table = (
                    _plural_subject(words, opener_start - 1),
                    TO_PLURAL,
                )  # "The findings, along with …, was"
            if subject is None:
                continue
            verb_index = _after_aside(doc, words, index)
            if verb_index is None:
                continue
            verb = words[verb_index]
            fixed_form = table.get(verb.low)
            if fixed_form is None and table is TO_SINGULAR:
                fixed_form = _bare_verb(words, verb_index)  # "The owner, together with his sons, run the bakery"
            if fixed_form is None or in_quotes(doc, verb.start):
                continue
            fixed = match_case(fixed_form, verb.text)
            group = words[subject].low in w.COLLECTIVE_NOUNS  # American usage: offered, not applied
            yield self.replace_word(
                verb,
                fixed,
                f"The subject is '{words[subject].text}', not the aside: '{fixed}', not '{verb.text}'.",
                FixSafety.UNSAFE if group else FixSafety.SAFE,
            )


def _comma_between(doc: Document, left: Word, right: Word) -> bool:
    return doc.text[left.end : right.start].strip() == ","


def _aside_start(doc: Document, words: list[Word], index: int) -> int | None:
    """The index of the aside's first word when the trigger at ``index`` opens an aside that
    follows the subject and a comma ("The mayor, along with"), else None."""
    low = words[index].low
    wanted = _OPENERS[low]
    start = index
    if low == "addition":  # "in addition to"
        start = index - 1
        if start < 1 or words[start].low != "in" or not _next_is(words, index, "to"):
            return None
    elif low == "well":  # "as well as"
        start = index - 1
        if start < 1 or words[start].low != "as" or not _next_is(words, index, "as"):
            return None
    elif wanted and not _next_is(words, index, wanted[0]):
        return None
    if start < 1 or not _comma_between(doc, words[start - 1], words[start]):
        return None
    return start


def _next_is(words: list[Word], index: int, low: str) -> bool:
    return index + 1 < len(words) and words[index].joined and words[index + 1].low == low


def _singular_subject(words: list[Word], head: int, british: bool = False) -> int | None:
    """The words before the aside's comma are the sentence's whole subject and one singular thing:
    a name of two or three capitalised words ("John Smith", "Acme Corp"; one capitalised word at a
    sentence's start may be any noun), 'he', 'she' and the like, or a determiner and a singular
    noun ("The mayor", "The new chief executive"), a phrase after it or not ("The schedule for the
    fall tournaments"), with no 'and' or comma among them. Where the subject's head stands, or None.
    A group's name ('the club', 'the board') counts as singular in American English only (``british``)."""
    if head < 0:
        return None
    if head == 0 and words[0].low in _SINGULAR_PRONOUNS:
        return head
    if any(word.low in ("and", "or", "nor") or not (word.joined or word.low in w.NAME_TITLES) for word in words[:head]):
        return None  # (but "Ms. Carter": the title's full stop)
    noun = words[head]
    if noun.low in w.SUBJECT_PRONOUNS:
        return None  # "We, along with our partners, are"
    if noun.capitalised and all(word.capitalised for word in words[: head + 1]) and 0 < head <= 2:
        if head == 1 and words[0].low == "the" and _people_of(noun.low):
            return None  # "The French, along with the Germans, are": a people, plural
        name = not noun.low.endswith("s") or noun.low.endswith("ss")  # "John Smith", "Acme Corp"; not "The Democrats"
        return head if name else None
    if words[0].low not in _SINGULAR_OPENERS:
        return None
    phrase = next((at for at in range(2, head) if words[at].low in _HEAD_PHRASE_PREPOSITIONS), None)
    if phrase is not None:
        if any(
            w.verb_tags(word.low) & {"VBZ", "VBD", "VBP"} and "NOUN" not in w.tags(word.low) for word in words[1:head]
        ):
            return None  # a verb: the words before the comma are a clause, not a subject
        head = phrase - 1  # "The schedule for the fall tournaments, along with …": the head
        noun = words[head]
    if (british and noun.low in w.COLLECTIVE_NOUNS) or noun.low in w.NOT_SINGULAR_SUBJECTS:
        return None  # "The board, …, are": British English lets a collective take a plural
    return head if w.is_singular_count_noun(noun.low, adjective=True) else None  # not "The young"


_HEAD_PHRASE_PREPOSITIONS = frozenset("for of in on at from about".split())
"""Prepositions of a phrase after the subject's head ('the schedule for the tournaments'), which leave
the head the subject."""


def _plural_subject(words: list[Word], head: int) -> int | None:
    """The words before the aside's comma are 'the', a possessive or 'these' and up to two modifiers and a
    plural noun that is no verb's -s form and no group's name ("The committee's findings", "The new
    rules"): where that plural stands, or None. A plural subject stays plural whatever the aside adds."""
    if head < 1 or head > 4 or not all(word.joined for word in words[:head]):
        return None
    opener = words[0].low
    if opener not in _PLURAL_OPENERS and not (opener.endswith(("'s", "’s")) and head >= 1):
        return None
    noun = words[head]
    if noun.capitalised or not w.is_plural_noun(noun.low) or w.tags(noun.low) != {"NOUN"}:
        return None
    if any(word.low in ("and", "or", "nor") or w.verb_tags(word.low) & {"VBZ", "VBD"} for word in words[1:head]):
        return None
    return head


_PLURAL_OPENERS = frozenset("the these those our their my your his her".split())


def _people_of(low: str) -> bool:
    """A nationality that names its people after 'the' ("the French", "the Swiss", "the Chinese",
    "the Welsh"): the ending of one, and no noun of the same spelling ('the Church', 'the Bench')."""
    return low.endswith(("sh", "ch", "ese", "ss")) and "NOUN" not in w.tags(low)


def _after_aside(doc: Document, words: list[Word], index: int) -> int | None:
    """The index of the word after the aside's closing comma, when the aside is short (at most
    :data:`_LONGEST_ASIDE` words) and holds no other mark or relative pronoun (a clause of its own). An
    'and' inside it joins the aside's own words ("along with its garden and gift shop"); an 'and' after
    its comma ("…, and the governor are") is no verb."""
    for end in range(index + 1, min(len(words) - 1, index + _LONGEST_ASIDE)):
        if _comma_between(doc, words[end], words[end + 1]):
            return end + 1
        if not words[end].joined or words[end].low in ("which", "who", "that"):
            return None
    return None


def _bare_verb(words: list[Word], index: int) -> str | None:
    """The third person of a bare verb after the aside, when it is followed as a verb is (an object,
    a preposition, an -ly adverb): "The owner, together with his sons, run the bakery" ('runs')."""
    low = words[index].low
    linking = low in _LINKING and index + 1 < len(words) and "ADJ" in w.tags(words[index + 1].low)
    if w.verb_tags(low) & {"VBD", "VBG", "VBZ"} or not (
        linking or followed_like_a_verb(words, index) or _noun_object(words, index)
    ):
        return None
    return third_person_of_base(low) or participle_like_base(low)


_LINKING = frozenset("remain stay seem look appear become".split())
"""Bare verbs that an adjective follows ("remain open"): the verb, whatever else the adjective may be."""


def _noun_object(words: list[Word], index: int) -> bool:
    """A noun that is no finite verb follows the verb at ``index``, its object ("take effect", "need
    repairs"): after a subject and its aside, the bare word before it is the verb."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return (
        "NOUN" in w.tags(following) and not w.verb_tags(following) & {"VBD", "VBZ"} and following not in w.AUXILIARIES
    )


RULES = [ParentheticalSubjectVerb]
