"""Short words typed for their twins: "I no what you mean", "jumped of the bus", "thank you four
your help", "going too the shop", "The want to buy a house", "this is are house".

The spelling rules cannot see these: both words are in the dictionary, and most are function words
whose web counts are too large to tell the two apart. Each twin is read only in a slot the typed
word cannot fill and its twin can: 'no' between a subject and 'what', 'of' after a verb that takes
'off' and before its object, 'too' before an article. One check per typed word, each with the
near misses it leaves alone in its docstring.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, after, each_place, in_quotes, match_case, positions, run_of, stretch_start

if TYPE_CHECKING:
    from lint._document import Document

_NEGATED_DO = frozenset("don't didn't doesn't dont didnt doesnt".split())
_KNOWN = frozenset(
    """what if that how where who why when whether anything nothing much exactly about him her them it me
    you the more everything""".split()
)
"""What follows 'know' as its object or clause: 'I no what', 'let me no if', 'want to now more'."""
_WANTING = frozenset(
    "want wants wanted need needs needed like likes liked love loves loved going got able have has had".split()
)


def _know(words: list[Word], index: int) -> bool:
    """'no' or 'now' for 'know': after 'I', 'we', 'they' or 'you' before a clause or an object
    ("I no what you mean"), after "don't" ("I didn't no the answer"), after 'let me' ("let me no
    if"), and after 'want to' ("want to now more"). Not "I no longer", "to no avail", "I now live
    here", "I don't now recall": no object or clause follows."""
    previous, following = words[index - 1].low, words[index + 1].low
    if following not in _KNOWN:
        return False
    if previous in _NEGATED_DO:
        return True
    if previous == "not":  # "I did not no what to say"
        return index >= 2 and words[index - 2].joined and words[index - 2].low in w.DO_FORMS
    if previous in ("i", "we", "they", "you"):
        return following != "more" and (index < 2 or not words[index - 2].joined or words[index - 2].low != "than")
    if previous == "me":
        return index >= 2 and words[index - 2].joined and words[index - 2].low == "let"
    return previous == "to" and index >= 2 and words[index - 2].joined and words[index - 2].low in _WANTING


_UNTIL_NOW = frozenset(("until", "till", "of", "for"))
"""Words before 'now' that ends its phrase: 'until now,', 'up till now.', 'as of now', 'for now'."""
_NOW_BEFORE = frozenset(("i", "we", "they", "you")) | w.MODALS | _UNTIL_NOW


def _until_now(words: list[Word], index: int) -> bool:
    """'know' ending its phrase after 'until', 'till', 'as of' or a sentence's opening 'for' ("Up until
    know, nothing happened", "As of know, the shop is closed", "For know, we wait"): a verb cannot stand
    bare after a preposition, and the time word 'now' ends such phrases."""
    if index + 1 < len(words) and words[index].joined:
        return False
    previous = words[index - 1].low
    if previous == "of":
        return index >= 2 and words[index - 2].low == "as" and words[index - 2].joined
    if previous == "for":
        return index == 1
    return True


def _now(words: list[Word], index: int) -> bool:
    """'know' for 'now': after a subject or a modal and before a word that can only be a bare verb
    ("I know understand the problem", "we know have a car", "I can know see it"): 'know' takes an object
    or a clause, and no verb stands bare after it. Not "I know love is blind", "you know, live": a
    noun or an adjective too, or a comma; nor an auxiliary ("the places I know are"), nor after a
    noun whose relative clause 'I know' is ("the people I know understand it")."""
    if words[index - 1].low in _UNTIL_NOW:
        return words[index - 1].joined and _until_now(words, index)
    if index + 1 >= len(words) or not words[index].joined:
        return False  # "Ask until you know."
    following = words[index + 1].low
    forms = w.verb_tags(following)
    modal = words[index - 1].low in w.MODALS
    other_class = w.tags(following) - {"VERB", "AUX"}
    if other_class and modal and other_class <= {"NOUN"} and _verb_with_object(words, index + 1):
        other_class = frozenset()  # "I can know say something": a verb with its object after the modal's 'know'
    if following in w.AUXILIARIES or other_class or not forms & {"VB", "VBP"}:
        return False
    if forms & {"VBD", "VBN", "VBZ", "VBG"}:
        return False
    subject = index - 2 if modal else index - 1
    if subject < 0 or words[subject].low not in w.SUBJECT_PRONOUNS:
        return False
    # the subject opens its clause: "the people I know understand it" is a noun and its relative clause
    return subject == 0 or not words[subject - 1].joined or words[subject - 1].low in _NOW_CLAUSE_OPENERS


_NOW_CLAUSE_OPENERS = frozenset("and but so because if when since as".split())
_OBJECT_OPENERS = frozenset("me him us them something anything everything nothing".split())


def _verb_with_object(words: list[Word], index: int) -> bool:
    """``words[index]``, a noun and a verb, has an object pronoun or an indefinite pronoun after it ("say
    something", "see them"): the verb ('it', 'you' and 'her' may open a clause or own a noun)."""
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in _OBJECT_OPENERS


_OFF_VERBS = frozenset(
    """jumped jumping turned switched switching logged logging kicked got getting fell falling
    dropped dozed nodded fended warded wiped shook brushed signed ripped tipped""".split()
)
"""Verb forms that take 'off' and never 'of': 'jumped off the bus', 'turned off the light' ('the
turning of the tide' and 'the fall of Rome' are nouns, so neither base nor -ing forms of those; not
'took' and 'taken': "photographs taken of the originals")."""
_OFF_IMPERATIVES = frozenset("turn switch jump log kick get take shut keep".split())
_OBJECT_STARTS = w.ARTICLES | w.POSSESSIVES | frozenset("all that this these those".split())


_PARTICLE_OFF_VERBS = frozenset(
    """drop turn switch see show pay kick shake brush fend ward write tip lay call put send sign log
    finish polish seal lock cordon wipe scare head level top throw knock wash shut bump fight laugh
    shrug rip fob palm wave dust cast tick""".split()
)
"""Verbs whose particle 'off' may stand after their object ('dropped us off', 'paid it off', 'laughed
it off'); none of them takes 'of' after a person or 'it' ('told him of', 'reminded us of', 'cleared
him of', 'robbed them of' are left out)."""
_PARTICLE_OFF_OBJECTS = frozenset("it them him her us me".split())
_AFTER_PARTICLE_OFF = frozenset(
    "and to at outside before after with in on by as for quickly again early too completely".split()
)
"""What follows a particle 'off' that ends its verb phrase ('dropped us off at the station', 'paid it
off early'): never the start of an 'of' phrase's noun."""


def _particle_off(words: list[Word], index: int) -> bool:
    """'of' for the particle 'off' after a verb and its pronoun object, at the end of the verb phrase:
    "the bus dropped us of outside", "she paid it of.", "he laughed it of and left"."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
        return False
    if words[index - 1].low not in _PARTICLE_OFF_OBJECTS or not words[index - 1].text.islower():
        return False
    following = after(words, index)
    if following is not None and following.low not in _AFTER_PARTICLE_OFF:
        return False
    verb = words[index - 2].low
    return bool(w.verb_tags(verb)) and any(lemma in _PARTICLE_OFF_VERBS for lemma in w.verb_lemmas(verb))


_NOUN_OBJECT_OFF_VERBS = frozenset(
    """turn switch shut pay drop shake brush wipe kick seal cordon lock wash knock tip rip polish fend ward
    log sign top level finish call""".split()
)
"""Verbs of :data:`_PARTICLE_OFF_VERBS` whose 'off' may follow a noun object ('turned the heater off',
'paid his mortgage off'); not 'see', 'show', 'write' or 'put', whose object an 'of' left at the end of a
relative clause may follow ('the film we saw the end of')."""


@cache
def _noun_object_off_forms() -> frozenset[str]:
    """Every form of :data:`_NOUN_OBJECT_OFF_VERBS` ('turned', 'shuts', 'paid'), for the sift."""
    inflections = (w.verb_inflections(lemma) for lemma in _NOUN_OBJECT_OFF_VERBS)
    return frozenset(form for table in inflections for forms in table.values() for form in forms)


def _noun_object_of(lows: list[str], position: int) -> bool:
    """On the flat word list: a verb of :data:`_NOUN_OBJECT_OFF_VERBS`, a determiner and a noun (maybe
    after one more word) before the 'of' at ``position`` ("turn the heater of")."""
    forms = _noun_object_off_forms()
    for verb in (position - 3, position - 4):
        if verb >= 0 and lows[verb] in forms and lows[verb + 1] in _OBJECT_STARTS:
            return True
    return False


def _noun_particle_off(words: list[Word], index: int) -> bool:
    """'of' for the particle 'off' after a verb and its noun object, ending the verb phrase: "turn the
    heater of before bed", "she switched the television of and went upstairs", "paid his mortgage of
    last year"; not "turned the corner of the street", "the film we saw the end of"."""
    if index < 3 or not all(words[at].joined for at in range(index - 3, index)):
        return False
    noun, at = words[index - 1], index - 2
    if "NOUN" not in w.tags(noun.low) or noun.text != noun.low:
        return False
    if words[at].low not in _OBJECT_STARTS:
        if at < 1 or not words[at - 1].joined or "ADJ" not in w.tags(words[at].low):
            return False
        at -= 1  # "switched the old heater of"
        if words[at].low not in _OBJECT_STARTS:
            return False
    if at < 1 or not any(lemma in _NOUN_OBJECT_OFF_VERBS for lemma in w.verb_lemmas(words[at - 1].low)):
        return False
    verb = at - 1
    if not w.verb_tags(words[verb].low) or _stranding_clause(words, verb):
        return False
    following = after(words, index)
    if following is None:  # the sentence's end, or a comma: not a sum ("paying an average of $130,000")
        return index + 1 >= len(words) or words[index + 1].low[:1].isalpha()
    return following.low in _AFTER_PARTICLE_OFF or following.low in _AFTER_NOUN_OBJECT_OFF


_AFTER_NOUN_OBJECT_OFF = frozenset("last yesterday when before first during while until now please".split())
"""Besides :data:`_AFTER_PARTICLE_OFF`, words that may follow a noun object's 'off' and end its verb phrase
("paid his mortgage of last year", "turn the heater of before bed")."""
_STRANDING = frozenset("which what who whom whose that where".split())
"""Words that open a question or a relative clause, which may leave its 'of' at the end ("which team
did you turn the fans of?", "the house that we paid the debts of")."""


def _stranding_clause(words: list[Word], verb: int) -> bool:
    """The verb at ``verb`` is in a question or a relative clause that may strand an 'of': a question
    word or a relative pronoun before it, or a noun and a subject pronoun straight before it ("the
    country we paid the debts of")."""
    if any(word.low in _STRANDING for word in words[:verb]):
        return True
    if verb < 2 or words[verb - 1].low not in w.SUBJECT_PRONOUNS:
        return False
    noun = words[verb - 2].low
    return "NOUN" in w.tags(noun) and noun not in w.MODALS and noun not in w.AUXILIARIES


_LAID = frozenset("laid lay lays laying".split())
_LAID_OFF_NEXT = frozenset(
    """staff workers employees people hundreds thousands dozens some many most half about around nearly
    almost more up over roughly its their his her our""".split()
)
"""What follows 'laid off' and never a 'laid of' of making ('a floor laid of marble'): the people laid
off, or a number of them ("laid of 200 workers", "laid of about a third")."""
_SENT = frozenset("sent send sends sending".split())
_SENT_OFF_NEXT = frozenset(("", "after", "for", "in", "before", "during", "with", "at", "to", "and"))
"""What follows 'sent off' ending its phrase ("was sent of after a second yellow card"); not 'the
photos sent of the crash', where an 'of' phrase goes on."""


def _laid_or_sent_off(words: list[Word], index: int) -> bool:
    """'laid of' before the people laid off or a number ("the firm laid of 200 workers"), and 'sent
    of' ending its phrase ("he was sent of after a second yellow card"), where only 'off' can stand."""
    previous = words[index - 1].low
    if not words[index - 1].joined or (previous not in _LAID and previous not in _SENT):
        return False
    following = _next_low(words, index)
    if previous in _SENT:
        return following in _SENT_OFF_NEXT
    if following in w.POSSESSIVES and _low_at(words, index + 2) == "own":
        return False  # "the hens laid of their own accord"
    return following in _LAID_OFF_NEXT or following[:1].isdigit() or following in w.CARDINALS


_TAKE_OFF = frozenset("took take takes taking".split())
_AFTER_TAKE_OFF = frozenset("from late early again safely smoothly".split())


def _took_off(words: list[Word], index: int) -> bool:
    """'of' for 'off' after 'took' at the end of its phrase: "the plane took of an hour late" is not
    read, but "took of late", "took of from Heathrow", "took of on time", "took of." are; not "the
    care she took of her mother", where 'of' has its object."""
    if words[index - 1].low not in _TAKE_OFF or not words[index - 1].joined:
        return False
    following = after(words, index)
    if following is None:
        return index + 1 >= len(words) or not words[index].joined
    if following.low == "on":
        return _low_at(words, index + 2) == "time"
    return following.low in _AFTER_TAKE_OFF


def _off(words: list[Word], index: int) -> bool:
    """'of' for 'off' after a verb that takes 'off', before its object: "he jumped of the bus",
    "Turn of the lights"; or after the verb's pronoun object, ending the phrase (:func:`_particle_off`).
    Not "he took of the bread" in old prose only: the rule reads modern news."""
    if _particle_off(words, index) or _took_off(words, index) or _laid_or_sent_off(words, index):
        return True
    if _noun_particle_off(words, index):
        return True
    previous = words[index - 1]
    if index + 1 >= len(words) or not words[index].joined or words[index + 1].low not in _OBJECT_STARTS:
        return False
    if previous.low in _OFF_VERBS:
        return not (index >= 2 and words[index - 2].joined and words[index - 2].low in w.ARTICLES)
    if previous.low not in _OFF_IMPERATIVES:
        return False
    before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
    return index == 1 or before in ("to", "please", "can", "could", "will", "would", "must", "should")


_OF_HEADS = frozenset("because instead front lot lots kind sort spite regardless ahead full".split())


_OFF_PARTS = frozenset("one some most many each none few several both any".split())
"""Words of a part that take 'of' ('one of the best', 'some of them')."""


def _part_off(words: list[Word], index: int) -> bool:
    """'off' for 'of' after a word of a part: before 'the' and a superlative ("one off the best
    players"), or opening its clause before an object pronoun and a verb ("Some off them left") or
    before 'the' and a plural noun ("Most off the people stayed"). Not "took one off the pile",
    "knocked some off them", "Many off the shelf products": a verb before, a singular noun after."""
    following = _next_low(words, index)
    beyond = _low_at(words, index + 2)
    if following == "the" and _superlative(beyond):
        return True
    be = index >= 2 and words[index - 2].joined and words[index - 2].low in _BE_BEFORE_PASSIVE
    if following == "the" and beyond in ("first", "last") and be:
        return True  # "she was one off the first to leave"
    if index >= 2 and words[index - 2].joined and words[index - 2].low not in _NOW_CLAUSE_OPENERS:
        return False
    if following in ("them", "us", "you"):
        verb = _low_at(words, index + 3) if beyond in ("have", "had") else beyond
        return bool(verb) and (w.plainly_finite(verb) or verb in w.MODALS or w.plainly_past(verb))
    return following == "the" and (w.is_plural_noun(beyond) or beyond == "time")


def _of(words: list[Word], index: int) -> bool:
    """'off' for 'of' after a word that takes 'of': "because off the rain", "a lot off money".
    Not "took a lot off the price", "sold it all off": what follows 'off' there is its own object."""
    previous = words[index - 1].low
    if previous in _OFF_PARTS:
        return _part_off(words, index)
    if previous not in _OF_HEADS:
        return False
    if previous in ("lot", "lots", "full"):
        following = words[index + 1].low
        return following not in w.DETERMINERS and following not in w.OBJECT_PRONOUNS and bool(w.tags(following))
    return True


_FOR_NEXT = w.POSSESSIVES | frozenset("me him them us example instance sure ever".split())


_FOR_THE_BEFORE = frozenset(
    """you waiting waited wait looking looked look searching searched search asked asking ask paid pay
    paying applied apply voted vote ready responsible famous known reason""".split()
)
"""Words that take 'for the' and never a number after them ("thank you four the welcome", "waiting
four the bus"); not "chapter four the author argues", "the final four the team faces"."""


def _for(words: list[Word], index: int) -> bool:
    """'four' for 'for' before a possessive or an object pronoun: "thank you four your help"; before
    an article after a word that takes 'for' (:data:`_FOR_THE_BEFORE`): "thank you four the warm
    welcome". Not "page four, his" (a comma stands between) or "four of my friends"."""
    previous = words[index - 1].low
    if words[index + 1].low in w.ARTICLES:
        if previous == "you":  # "thank you four the", not "I gave you four the other day"
            return index >= 2 and words[index - 2].joined and words[index - 2].low in ("thank", "thanked", "thanking")
        return previous in _FOR_THE_BEFORE
    return words[index + 1].low in _FOR_NEXT and not previous[:1].isdigit() and previous not in w.ARTICLES


def _to(words: list[Word], index: int) -> bool:
    """'too' for 'to' before an article or a possessive: "going too the shop". Not "me too, the"
    (a comma) or "too much"."""
    return words[index + 1].low in w.ARTICLES | (w.POSSESSIVES - {"her"})


_THEY_NEXT = frozenset("have had would could should did don't didn't won't can't cannot went told knew".split())
"""Verbs no noun can follow an article as ('The are', 'the were' are grammar.double-determiner's:
a noun may be missing there, or 'they' or 'there')."""
_THEY_SAYING = frozenset("said think knew believe believed".split())
"""Verbs of saying and thinking that open a clause after 'they' ("The said they would come"); not
'thought' and 'felt', nouns after 'the' before a clause too ('the thought that he might')."""
_CLAUSE_OPENERS = frozenset("and but so because if when that while since although though".split())


def _they(words: list[Word], index: int) -> bool:
    """'The' for 'They' before a verb that no noun can follow an article as: "The want to buy a
    house", "and the were late". Not "the will of the people", "the can", "the said contract", "the
    need to act": those are nouns or an adjective."""
    following = words[index + 1]
    if following.capitalised:
        return False  # "The Went brothers": a name
    if following.low in _THEY_SAYING:
        clause = _next_low(words, index + 1)  # "The said they would come", not "the said contract"
        if clause not in w.PERSON_SUBJECTS | {"it"} and not (clause == "that" and following.low != "think"):
            return False
    elif (
        following.low not in _THEY_NEXT
        and not (following.low == "want" and _next_low(words, index + 1) == "to")
        and (not simple_past_only(following.low) or _next_low(words, index + 1) in w.AUXILIARIES)
    ):
        return False  # a simple past counts too, not before a verb: "if the took is too small" names the word
    if index == 0:
        return True
    return words[index - 1].joined and words[index - 1].low in _CLAUSE_OPENERS


@cache
def simple_past_only(low: str) -> bool:
    """A verb's simple past that is no participle, noun or adjective ('took', 'went', 'ate', 'sang'):
    no article stands before it ("if the took the bus": 'they')."""
    if low.endswith("ed") or low in _PAST_ADJECTIVES or " " in low or "-" in low:
        return False  # 'the burnt toast', 'the lit candle', 'the spoiled child'
    return w.verb_tags(low) == {"VBD"} and w.tags(low) == {"VERB"}


_PAST_ADJECTIVES = frozenset("lit burnt blest spilt learnt dreamt slew".split())


def _went(words: list[Word], index: int) -> bool:
    """'want' for 'went' after a subject that opens its clause, before 'to' and a place's article or
    possessive: "We want to the beach last weekend". Not "whatever we want to the house" (the object
    before the subject), "we want to the end" is no phrase either way."""
    if _low_at(words, index + 1) != "to" or _low_at(words, index + 2) not in w.ARTICLES | w.POSSESSIVES:
        return False
    subject = index - 1
    if subject == 0:
        return True
    return words[subject - 1].joined and words[subject - 1].low in _CLAUSE_OPENERS - {"that"}


_LINKING = frozenset(
    """feel feels felt feeling look looks looked looking seem seems seemed seeming become becomes became
    becoming grow grows grew growing""".split()
)
"""Verbs after which an adjective stands ('felt weak', 'looked bored'), not a bare singular noun."""
_BORED_BEFORE = _LINKING | frozenset("am is are was were be been being get gets got getting so very".split())
_BORED_NEXT = frozenset(("", "and", "with", "by", "during", "at", "out", "stiff", "of", "in", "because"))


def _weak(words: list[Word], index: int) -> bool:
    """'week' for 'weak' after a linking verb, with or without 'so' or 'too' between: "the team
    looked week after the loss", "I felt so week". Not "felt week after week" (a span of time) nor
    "became week one" (a name of a week)."""
    previous = words[index - 1].low
    if previous in ("so", "too", "very") and index >= 2 and words[index - 2].joined:
        previous = words[index - 2].low
    if previous not in _LINKING:
        return False
    after = _next_low(words, index)
    return _low_at(words, index + 2) != "week" and after not in ("one", "two", "three", "four", "of", "old", "long")


def _bored(words: list[Word], index: int) -> bool:
    """'board' for 'bored' after 'be', 'get' or a linking verb, where the phrase ends or a preposition
    follows: "the students were board during the lecture", "I got board of it". Not "was board
    certified", "is board chairman", "got board approval": a noun or a participle follows."""
    return words[index - 1].low in _BORED_BEFORE and _next_low(words, index) in _BORED_NEXT


def _our(words: list[Word], index: int) -> bool:
    """'are' for 'our' after 'is' or 'was' before a noun ("this is are house"), or after a
    preposition before a singular noun that has no article ("we met at are house."). Not "the
    ones we believe in are people": a plural."""
    previous, following = words[index - 1].low, words[index + 1].low
    if previous in ("is", "was"):
        return "NOUN" in w.tags(following) and not w.is_plural_noun(following)
    return previous in w.PREPOSITIONS and w.is_singular_count_noun(following) and "ADJ" not in w.tags(following)


_YOU_NOUN_EXCEPTIONS = frozenset(
    """guys people all both two three lot kids boys girls folks man buddy dude mate sir madam dear darling
    honey baby idiot fool liar coward genius alone too yourself home tomorrow today tonight personally""".split()
)


_NOT_BEFORE_YOUR = frozenset("before after since until till as than like".split())
"""Prepositions that also open a clause, where 'you' is its subject: "before you leave"."""
_PARTS_OF_YOU = w.CARDINALS | frozenset("one many some any all each none most few several both either neither".split())
"""Words that count or pick out people before 'of you' ("many of you", "each of you", "two of you")."""


_ADDRESSED = frozenset("gentlemen men women people folk".split())
"""Plurals without -s that name the people 'you' addresses ("to you gentlemen"); not 'children', which
'for you children' more often lacks its 'r'."""


def _your(words: list[Word], index: int) -> bool:
    """'you' for 'your' after a preposition or 'is' before a noun that ends its phrase: "thank you
    for you help", "what is you name?". Not "before you leave", "one of you need", "for you guys",
    "with you today": a clause, a verb, people or a time follow."""
    previous, following = words[index - 1].low, words[index + 1].low
    if previous in _NOT_BEFORE_YOUR or (previous not in w.PREPOSITIONS and previous not in ("is", "was")):
        return False
    if previous == "of" and index >= 2 and words[index - 2].low in _PARTS_OF_YOU:
        return False  # "Are many of you coming?": 'you' the people counted, not a possessive
    if following in _YOU_NOUN_EXCEPTIONS or w.is_plural_noun(following) or len(following) < 3:
        return False
    if following in _ADDRESSED:
        return False  # "a surprise to you gentlemen": the people addressed, as "you guys"
    if previous == "for" and index >= 2 and not words[index - 2].joined:
        return False  # "You cannot tell the truth, for you lie.": 'for' after a comma is 'because'
    if words[index + 1].capitalised:
        return False  # "Come on you Blues!", "well done to you Sarah": a name addressed, not a possession
    found = w.tags(following)
    if found == {"NOUN"}:
        return True
    if found != {"NOUN", "VERB"}:
        return False
    after = _next_low(words, index + 1)
    return after == "" or after in w.PREPOSITIONS  # "for you help.", "to you name in"


def _threw(words: list[Word], index: int) -> bool:
    """'through' for 'threw' after a subject pronoun that opens its clause and before an object:
    "He through the ball to me". Not "I pushed him through the door" (no subject right before) or
    "fluxes of H and He through the membrane" (a capital inside a sentence: helium)."""
    previous = words[index - 1].low
    if previous not in ("he", "she", "i", "we", "they", "you") or not _plain_pronoun(words[index - 1]):
        return False
    if words[index + 1].low not in w.ARTICLES | w.POSSESSIVES or verb_after_phrase(words, index + 2):
        return False
    return index == 1 or not words[index - 2].joined or words[index - 2].low in _CLAUSE_OPENERS


def verb_after_phrase(words: Sequence[Word], start: int) -> bool:
    """A noun phrase from ``start`` (after its determiner) ends in a noun and a past or -s verb that is
    nothing else ('his lawyer denied', 'her agent says'): the subject's own verb, so the word before
    the phrase is the preposition of an aside ("He through his lawyer denied it"), not 'threw'."""
    for at in range(start, min(start + 3, len(words) - 1)):
        if not words[at].joined:
            return False
        following = words[at + 1].low
        tags = w.tags(following)
        finite = "VERB" in tags and tags <= {"VERB", "ADJ"} and bool(w.verb_tags(following) & {"VBD", "VBZ"})
        if finite and "NOUN" in w.tags(words[at].low):
            return True
    return False


_WON_THINGS = frozenset(
    """match game race election award prize title cup medal lottery battle war vote seat case contest
    championship trophy tournament competition final series league bet argument debate nomination jackpot
    majority gold silver bronze""".split()
)


def _won(words: list[Word], index: int) -> bool:
    """'one' for 'won' after a subject before what is won: "they one the match". Not "the one the
    team won": 'one' after an article is the pronoun."""
    previous = words[index - 1].low
    if previous in w.DETERMINERS or previous in ("which", "no", "every", "any"):
        return False
    if w.verb_tags(previous) and not w.tags(previous) & {"NOUN", "PRON", "PROPN"} and previous not in w.AUXILIARIES:
        return False  # "He gave one the first prize": the pronoun, a verb's object, not 'gave won'
    if words[index + 1].low not in w.ARTICLES | w.POSSESSIVES:
        return False
    return any(_low_at(words, at) in _WON_THINGS for at in (index + 2, index + 3))


_PARTICIPLES_AFTER_HAS = frozenset(
    "been got gotten had gone done seen made taken given written become come left lost".split()
)


_AS_PARTICIPLE_PHRASES = frozenset(
    """expected promised planned agreed noted described mentioned required stated reported announced
    predicted advertised instructed requested discussed shown seen needed directed intended feared
    suspected usual always ever before above below follows followed told written given known defined
    outlined explained illustrated suggested proposed indicated recommended prescribed scheduled
    pictured imagined understood claimed alleged charged quoted cited""".split()
)
"""Participles that make a phrase of their own after 'as' ('he as expected won', 'she, as promised,
left'), so that 'he as promised' may be a draft's missing commas: left alone."""
_SINGULAR_BEFORE_BEEN = frozenset("he she it who which that this one everyone nobody someone".split())


_AS_HAS_ADVERBS = frozenset("already never just recently finally since also not".split())
"""Adverbs between 'has' and its participle ("he as already left"); not 'always', 'ever', 'usual'
('he, as always, won')."""


def _has(words: list[Word], index: int) -> bool:
    """'as' for 'has' between 'he', 'she' or 'it' and a participle: "he as been here", "she as lived
    here", "the company as been sold" ('as been' is never sound; after a singular subject it is
    'has been'). Not "he as a child", "she as well": no participle follows; not "he as expected
    won": a phrase of its own (:data:`_AS_PARTICIPLE_PHRASES`), or a verb of the clause after it."""
    previous, following = words[index - 1], words[index + 1].low
    if not previous.joined:
        return False
    if previous.low in ("he", "she", "it") and _plain_pronoun(previous) and following in _PARTICIPLES_AFTER_HAS:
        before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        return not (previous.low == "it" and w.verb_tags(before) and before not in w.AUXILIARIES)  # "treat it as done"
    if following == "been":
        subject = previous.low
        tags = w.tags(subject)
        return subject in _SINGULAR_BEFORE_BEEN or (
            "NOUN" in tags
            and not tags & {"ADJ", "ADV", "ADP", "DET"}
            and not w.is_plural_noun(subject)
            and not w.is_plural_without_s(subject)
        )
    if following in _AS_HAS_ADVERBS and previous.low in ("he", "she", "it") and _plain_pronoun(previous):
        participle = _low_at(words, index + 2)  # "He as already left", "it as never happened"
        before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        if previous.low == "it" and w.verb_tags(before) and before not in w.AUXILIARIES:
            return False  # "treat it as never having"
        if w.verb_tags(participle) not in ({"VBN"}, {"VBD", "VBN"}) or participle in _AS_PARTICIPLE_PHRASES:
            return False
        later = _low_at(words, index + 3)  # "she as just said is leaving": missing commas, a verb follows
        return not (w.verb_tags(later) & {"VBD", "VBZ"} and not w.tags(later) & {"NOUN", "ADP", "ADV"})
    if previous.low not in ("he", "she") or not _plain_pronoun(previous) or following in _AS_PARTICIPLE_PHRASES:
        return False
    if "VBN" not in w.verb_tags(following) or not words[index + 1].joined:
        return False
    after = _low_at(words, index + 2)
    return not (w.verb_tags(after) & {"VBD", "VBZ"} and not w.tags(after) & {"NOUN", "ADP", "ADV"})


_PARTS = frozenset("one some most many none each any both several few all part rest".split())


_KINDS = frozenset("kind kinds sort sorts type types lot lots".split())
"""Nouns that take 'of' and a bare noun: 'the kind if music' is 'the kind of music'."""


def _of_for_if(words: list[Word], index: int) -> bool:
    """'if' for 'of' after a word of quantity or kind: before an object pronoun ("some if them"),
    before 'the' with a superlative, a plural noun that no verb follows, or a singular noun that no
    verb follows ("one if the best players", "some if the students were late", "most if the time we
    stay"), and after 'kind', 'sort' or 'lot' before a bare noun ("the kind if music"). Not "choose
    one if the other fails", "it helps a lot if the room is warm": a clause follows 'if'."""
    previous, following = words[index - 1].low, words[index + 1].low
    if words[index - 1].capitalised and not words[index - 1].sentence_start:
        return False  # a name or a constant, no quantity: "or None if the default is in use"
    if following in w.OBJECT_ONLY_PRONOUNS:  # never opens the clause of an 'if': 'some if them' is 'some of them'
        return previous in _PARTS and words[index + 1].text.islower()  # not "sell some if US stocks fall"
    if previous in _KINDS and following not in ("the", "my", "our", "your", "their", "his"):
        tags = w.tags(following)
        next_verb = _verb_slot_after(words, index + 1)
        return (
            index >= 2
            and words[index - 2].low in w.DETERMINERS
            and "NOUN" in tags
            and not tags & {"DET", "PRON", "ADV", "ADP"}
            and not w.only_finite(following)
            and next_verb is not None
            and not w.may_be_finite(next_verb)
        )
    if following not in ("the", "my", "our", "your", "their", "his"):
        return False
    head = _low_at(words, index + 2)
    if not head:
        return False
    after = _low_at(words, index + 3)
    superlative = head in ("best", "worst", "most", "least", "biggest", "largest") or (
        head.endswith("est") and "ADJ" in w.tags(head)
    )
    if superlative:
        return previous in _PARTS
    if previous not in _PARTS:
        return False
    if w.is_plural_noun(head):
        return not (after and w.verb_tags(after) & {"VBZ", "VBP"} and after != "were")
    verb = _verb_slot_after(words, index + 2)
    return (
        verb is not None
        and w.is_singular_count_noun(head)
        and not w.verb_tags(head) & {"VBD", "VBZ"}
        and not (verb and (w.may_be_finite(verb) or verb in w.MODALS))
    )


def _verb_slot_after(words: list[Word], noun: int) -> str | None:
    """The word after the noun at ``noun`` where the verb of an 'if' clause would stand, past one
    adverb ("one if the price really drops"): '' at the end of the sentence, None when a comma, a
    dash or a conjunction comes first and the clause cannot be told ("a lot if parents, too, read",
    "a lot if temperature and humidity change")."""
    at = noun + 1
    if at >= len(words):
        return ""
    if not words[noun].joined or words[at].low in ("and", "or", "but", "nor"):
        return None
    if words[at].low in w.MID_ADVERBS or w.tags(words[at].low) == {"ADV"}:
        at += 1
        if at >= len(words) or not words[at - 1].joined:
            return None
    return words[at].low


def _one(words: list[Word], index: int) -> bool:
    """'on' for 'one' in 'on of the': "she is on of the best". Not "carry on, of course" (a comma)
    or "based on of": a verb that takes 'on' comes before."""
    previous = words[index - 1].low
    if words[index + 1].low == "who":  # "the only on who called", "the last on who left"
        return previous in _ONE_BEFORE_WHO and index >= 2 and words[index - 2].low == "the" and words[index - 2].joined
    if words[index + 1].low != "of" or _low_at(words, index + 2) not in w.DETERMINERS | {"them", "us", "you"}:
        return False
    return previous in ("is", "was", "are", "were", "be", "and", "but", "or", "just", "only", "as")


_ONE_BEFORE_WHO = frozenset("only first last next other same right wrong".split())
"""Words after 'the' that make a pronoun of 'one' before 'who': "the only one who called"; 'the
last on who' is no phrase (the one on duty is 'the last on duty')."""


_LOOSE_DEGREE = frozenset("bit little slightly fairly rather very".split())
"""Degree words before an adjective ('a bit loose', 'very loose'): never before the verb 'lose'. Not
'too', which grammar.too-for-to reads ('want too lose')."""
_WEAR_FORMS = frozenset("wear wears wearing wore".split())
_LOOSE_BEFORE = (
    frozenset(
        """broke break breaks breaking cut came come comes coming set sets hang hangs hung become became becomes
        becoming shook shaken knocked tore torn worked wiggled got get gets getting gotten feel feels felt seem
        seems seemed look looks looked run runs ran running so""".split()
    )
    | _LOOSE_DEGREE
    | _WEAR_FORMS
    | w.ARTICLES
)
_GET_FORMS = frozenset("got get gets getting gotten".split())
_COUNT_BEFORE_LOOSE = frozenset("several many some few numerous any".split()) | (w.PREPOSITIONS - {"to"})
"""Counts and prepositions, after which 'lose' before a slack thing is the adjective ("several lose bricks")."""
_LOOSE_THINGS = frozenset(
    """fit fitting end ends change thread threads connection connections screw screws bolt bolts nut nuts brick bricks
    tile tiles board boards tooth teeth wire wires cable cables clothing clothes shirt shirts dress trousers pants
    jeans leaf leaves soil gravel gravels stones rocks rock dog dogs cannon cannons""".split()
)
"""Nouns that 'loose' goes with after an article ('a lose fit', 'the lose bricks'): after 'the' the slip
may be for 'loss' too ('the lose means', 'a big lose'), so only a noun of slack things is taken."""
_LOOSE_AFTER = frozenset("and from of again in on at during after when while overnight around near".split()) | {""}
"""What may follow the adjective 'loose' at the end of its phrase ("came lose during the flight")."""


def _loose(words: list[Word], index: int) -> bool:
    """'lose' for 'loose' after 'broke', 'cut', 'came', 'set' or 'feels', or a degree word ('a bit', 'too'),
    at the end of its phrase: "the dog broke lose", "the handle feels lose after a week", "the screws
    came lose during the flight", "a bit lose around the waist". Not "to lose", "they came to lose":
    a verb of losing has an object or 'to'."""
    previous = words[index - 1].low
    if previous not in _LOOSE_BEFORE and previous not in _COUNT_BEFORE_LOOSE:
        return False
    after = _next_low(words, index)
    if previous in _COUNT_BEFORE_LOOSE and previous not in _LOOSE_BEFORE:
        # "watch for lose rocks", "several lose bricks": no verb stands after a preposition or a count;
        # before 'of' the slip is for 'loss' ("for lose of power")
        return words[index].joined and after in _LOOSE_THINGS and _low_at(words, index + 2) != "of"
    if previous in w.ARTICLES:  # "a lose fit", "the lose bricks": an adjective's place, no verb's
        return after in _LOOSE_THINGS and words[index].joined  # not "the lose of power" ('loss')
    if previous in _LOOSE_DEGREE:
        return after in ("", "around", "at", "in", "on", "and")
    if previous == "so":  # "my boots were so lose that I", not "so lose that habit"
        return after == "that" and _low_at(words, index + 2) in w.SUBJECT_PRONOUNS
    if previous in _GET_FORMS:
        return after in ("from", "again", "")  # "got lose from its cage"; "get lose in the old town" is 'lost'
    if previous in _WEAR_FORMS:
        return after != "to"  # "wear lose, breathable clothing", "wearing lose trousers": no verb follows 'wear'
    return after in _LOOSE_AFTER


_VERY = frozenset(("very", "extremely"))
"""Degree adverbs that modify neither 'quite' nor the preposition 'through' ("very quite", "very through")."""
_QUIET_MODIFIED = frozenset("only nice lovely little small cosy cozy peaceful".split())
"""Words of a noun's phrase before which 'quite' can only be the adjective: "the only quite place"."""
_QUIET_BEFORE = (
    frozenset(
        """be is was were are been being stay stayed stays keep kept remain remained very extremely so too
    went go goes going gone fell falls grew grows""".split()
    )
    | w.ARTICLES
    | w.POSSESSIVES
    | _QUIET_MODIFIED
)


def _quiet(words: list[Word], index: int) -> bool:
    """'quite' for 'quiet' after 'be', 'stay' or 'very' with nothing for 'quite' to modify: "please
    be quite in the library", "the street was quite and empty". Not "was quite large", "keep quite
    still": an adjective or an adverb follows."""
    previous = words[index - 1].low
    if previous not in _QUIET_BEFORE:
        return False
    if previous in _VERY:
        return True  # no degree adverb modifies 'quite': "the room was very quite after they left"
    opener = words[index - 2].low if index > 1 else ""
    modified = previous in _QUIET_MODIFIED and (opener in w.ARTICLES or opener in w.POSSESSIVES)
    if previous in w.ARTICLES or previous in w.POSSESSIVES or modified:
        following = _next_low(words, index)  # "a quite voice", "their quite village", "the only quite place"
        tags = w.tags(following)
        return "NOUN" in tags and not tags & {"ADJ", "ADV", "DET", "NUM"} and following not in _QUITE_NOUNS
    if previous in _QUIET_MODIFIED:
        return False  # "it was only quite recently": without a determiner, no noun's phrase
    after = _next_low(words, index)
    if after in ("in", "at"):  # "please be quite in the library", not "we are quite at the point"
        if _low_at(words, index + 2) in _QUIET_TIMES or _low_at(words, index + 3) in _QUIET_TIMES:
            return True  # "the neighborhood is quite at night", "quite in the evenings": a time, not a degree
        return previous in ("be", "stay", "keep") and (index < 2 or words[index - 2].low in ("please", "to"))
    if after == "after":
        return _low_at(words, index + 2) not in ("all", "")  # "quite after the guests left", not "quite after all"
    return after in ("", "and", "during", "now", "please", "while", "when", "until", "because")


_QUIET_TIMES = frozenset("night nights evening evenings morning mornings weekend weekends weekdays".split())
"""Times after 'quite at' or 'quite in the' that make the word 'quiet' ("is quite at night")."""
_QUITE_NOUNS = frozenset("something bit lot few number while deal way".split())
"""Nouns that 'quite' may precede after an article ('a quite something'): left alone."""
_QUITE_BEFORE = frozenset(
    """is was are were be been am seems seemed looks looked feel felt it's i'm he's she's that's it’s i’m he’s
    she’s""".split()
)
_QUIET_NEXT_NOT = frozenset("enough again alone inside outside now".split())


def _quite(words: list[Word], index: int) -> bool:
    """'quiet' for 'quite' after 'is' or 'seems' before an adjective that ends the phrase: "she is
    quiet tall for her age", "I'm quiet sure". Not "was quiet and dark", "was quiet enough", "is
    quiet compared", "a quiet little town": 'quiet' is the adjective there."""
    following = after(words, index)
    if following is None or following.low in _QUIET_NEXT_NOT or following.low in w.PREPOSITIONS:
        return False  # "the library was quiet after the students left", "quiet over the holidays"
    tags = w.tags(following.low)
    if "ADJ" not in tags or "VERB" in tags:
        return False
    beyond = after(words, index + 1)
    return beyond is None or "NOUN" not in w.tags(beyond.low) or beyond.low in w.PREPOSITIONS


def _the(words: list[Word], index: int) -> bool:
    """'Th' for 'the' before a lower-case word ("Th water is hot", "on th table"): the symbol of
    thorium stands before a number or a capital ("Th 232", "Th and U"), and 'th' alone ends an
    ordinal ("the 20 th")."""
    following = after(words, index)
    if following is None or not following.text.isalpha() or not following.text.islower():
        return False
    if following.low in w.AUXILIARIES or w.verb_tags(following.low) & {"VBD", "VBZ"}:
        return False  # "Th is the symbol for thorium", "Th contaminated the sample": the element
    if words[index].text == "Th" and index > 0 and words[index - 1].low in w.BE_FORMS:
        return False  # "The symbol for thorium is Th today": a capital after 'be' names the element
    return following.low not in ("and", "or") and (index == 0 or not words[index - 1].low[-1:].isdigit())


_OR_HEADS = frozenset("lot lots couple majority plenty amount bunch handful dozens hundreds thousands millions".split())
"""Words of quantity that 'of' follows: 'a lot or people' is 'of'. Not 'number', 'types', 'range' or
'variety', which may be one of two alternatives ("enter a number or letters", "in many types or
colours", "a range or sizes")."""


def _of_for_or(words: list[Word], index: int) -> bool:
    """'or' for 'of' between a word of quantity and a plural noun that ends its phrase ("the number or
    errors", "a lot or people"); not "a couple or more", "a lot or a little", "lots or lots"."""
    following = after(words, index)
    if following is None or following.low in words[index - 1].low:
        return False  # "lots or lots"
    if not w.is_any_plural(following.low):
        return False
    beyond = after(words, index + 1)
    if following.low in _OR_HEADS or (beyond is not None and beyond.low == "of"):
        return False  # "the number or types of sounds": two heads for one 'of'
    return beyond is None or "NOUN" not in w.tags(beyond.low)


def _then(words: list[Word], index: int) -> bool:
    """'than' for 'then': "back than", "since than", "until than", and "and than we went" (a subject
    after 'and than'). Not "more than we", "rather than", "other than": a comparison before."""
    if index == 0:  # "Than the storm hit the town.", "Than we left.": a subject and its past verb
        if len(words) < 3:
            return False  # "Than." on its own: a comparison's fragment
        verb_at = 2 if words[1].low in w.PERSON_SUBJECTS else 3 if words[1].low in _THAN_OPENERS else 0
        if not verb_at or verb_at >= len(words) or not run_of(words, 0, verb_at + 1):
            return False
        return "VBD" in w.verb_tags(words[verb_at].low)  # not "Than the one it replaced", "Than the others, she"
    previous = words[index - 1].low
    if not words[index - 1].joined:  # "marched through the city, than they went home"
        following = _next_low(words, index)
        # ", than fell again", and an order's next step: "unplug the router, than wait thirty seconds"
        clause = following in w.PERSON_SUBJECTS or bool(w.verb_tags(following) & _PAST_OR_BARE)
        # the comparison may lie a long aside back: "far more time choosing a hotel in Paris, a city
        # with endless options and confusing neighborhoods, than I did sleeping in it"
        return clause and not _compared_before(words, index, reach=index)
    if previous == "from":
        return _next_low(words, index) == "on"  # "From than on I …"
    if previous in ("back", "since", "until", "till"):
        following = _next_low(words, index)
        if _past_only(following) and _compared_before(words, index, reach=index):
            return False  # "More hikers turned back than reached the summit": the comparison's verb follows
        return index < 2 or words[index - 2].low not in ("more", "less", "rather", "other", "longer", "further")
    if previous != "and":
        return False
    following = _next_low(words, index)
    if following in _THAN_OPENERS and _noun_then_past(words, index + 1):
        return not _compared_before(words, index)  # "and than the basement began to flood"
    if w.is_plural_noun(following) and _plural_then_present(words, index + 1):
        return not _compared_before(words, index)  # "and than members often gather for lunch"
    if w.is_plural_noun(following) and _past_only(_next_low(words, index + 1)) and words[index + 1].joined:
        return not _compared_before(words, index)  # "and than crews spent hours checking homes"
    if _bare_verb_then_object(words, index + 1):
        return not _compared_before(words, index)  # "remove the cover and than slide the filter out": the next step
    if following not in w.PERSON_SUBJECTS and not _past_only(following):
        return False  # "and than apologized": a past verb after 'and than', as after 'and then'
    return not _compared_before(words, index)


_STEP_OBJECTS = frozenset("the a an it them your this that these those".split())


def _bare_verb_then_object(words: list[Word], at: int) -> bool:
    """A bare verb at ``at`` (no past form; an adjective too only before an article or 'your', which no
    adjective takes) and the start of its object after it: an order's next step ("and than slide the
    filter out", "and than cross the street"), which 'and then' opens."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    if words[at + 1].low not in _STEP_OBJECTS and words[at + 1].low not in _STEP_PLACES:
        return False  # (a place too: "and than finish at the boathouse")
    tags = w.verb_tags(words[at].low)
    adjective = "ADJ" in w.tags(words[at].low) and words[at + 1].low not in _ARTICLE_OBJECTS
    return "VB" in tags and not tags & {"VBD", "VBN"} and not adjective


_ARTICLE_OBJECTS = frozenset("the a an your".split())
_STEP_PLACES = frozenset("at on in into onto to from with".split())


def _plural_then_present(words: list[Word], at: int) -> bool:
    """A bare plural at ``at`` and its present verb or a modal after it, an adverb between or not
    ('members often gather', 'crews will install'): a clause, which 'and then' opens and 'and than'
    cannot."""
    adverb = at + 2 < len(words) and "ADV" in w.tags(words[at + 1].low) and not w.verb_tags(words[at + 1].low)
    verb_at = at + 2 if adverb else at + 1
    if verb_at >= len(words) or not run_of(words, at, verb_at - at + 1) or words[at].capitalised:
        return False
    verb = words[verb_at].low
    if verb in w.MODALS:
        return True  # "and than crews will install the panels"
    return w.tags(verb) <= {"VERB", "NOUN"} and "VBP" in w.verb_tags(verb) and not w.verb_tags(verb) & {"VBD", "VBN"}


def _noun_then_past(words: list[Word], at: int) -> bool:
    """A determiner at ``at``, a noun (an adjective before it or not), then a verb that is only a
    simple past ('the basement began'): a clause, which 'and then' opens and 'and than' cannot."""
    for verb_at in (at + 2, at + 3):
        if not run_of(words, at, verb_at - at + 1):
            return False
        verb = words[verb_at].low
        if verb_at == at + 3 and "ADJ" not in w.tags(words[at + 1].low):
            return False
        if "NOUN" in w.tags(words[verb_at - 1].low) and w.verb_tags(verb) and w.verb_tags(verb) <= {"VBD", "VBN"}:
            return "VBD" in w.verb_tags(verb) and not w.tags(verb) & {"NOUN", "ADJ"}
    return False


_THAN_OPENERS = frozenset("the a an this that his her their our my its".split())
"""Determiners that may follow a sentence-opening 'Then' before a noun and its past verb ('Then the storm hit')."""


def _past_only(word: str) -> bool:
    """A verb whose forms are only finite ones ('apologized', 'went', 'says'), never a participle
    after a comparison ('more than doubled' is read by :func:`_compared_before` anyway)."""
    tags = w.verb_tags(word)
    return bool(tags) and tags <= {"VBD", "VBN", "VBZ"} and "NOUN" not in w.tags(word) and "ADJ" not in w.tags(word)


_PAST_OR_BARE = frozenset(("VBD", "VB"))


def _compared_before(words: list[Word], index: int, reach: int = 8) -> bool:
    """A comparative in the ``reach`` words before ``index`` ('more', 'rather', 'taller', 'prefer'): 'than'
    may be right."""
    return any(
        word.low in _COMPARING or (word.low.endswith("er") and "ADJ" in w.tags(word.low))
        for word in words[max(0, index - reach) : index]
    )


_COMPARING = frozenset("more less rather other sooner prefer prefers preferred different differently else".split())
"""Words that a 'than' may follow a few words on, besides the comparatives in -er."""
_ARE_NEXT = frozenset("going not all very so too here there being getting doing looking trying working".split())


def _are(words: list[Word], index: int) -> bool:
    """'our' for 'are' after 'we', 'you' or 'they' before what 'are' takes: "we our going", "they
    our not happy". A subject pronoun is never straight before a possessive."""
    if index == 0:
        return _question_are(words)
    return words[index - 1].low in ("we", "you", "they") and (
        words[index + 1].low in _ARE_NEXT or w.tags(words[index + 1].low) == {"ADJ"}
    )


def _question_are(words: list[Word]) -> bool:
    """'Our' for 'Are' opening a question before its subject: "Our you coming tonight?" No
    possessive stands before a subject pronoun; a participle, an adjective or a word 'are' takes follows."""
    if len(words) < 3 or words[1].low not in ("you", "we", "they") or not words[0].joined or not words[1].joined:
        return False
    following = words[2].low
    return following in _ARE_NEXT or following.endswith("ing") or w.tags(following) == {"ADJ"}


_HEARD = frozenset("you him her them it me us from about that what the".split())
_GLAD = frozenset("glad happy sorry sad pleased nice good able waiting want wanted like love hope hoped".split())


def _hear(words: list[Word], index: int) -> bool:
    """'here' for 'hear' after a modal or "can't" before what is heard ("I can't here you"), or
    after 'glad to' ("glad to here that"). Not "to here from there", "come here": no modal, or a
    place."""
    previous = words[index - 1].low
    if words[index + 1].low not in _HEARD:
        return False
    if previous in w.MODALS or previous in w.NEGATED_MODALS or previous in _NEGATED_DO:
        return words[index + 1].low not in ("the", "that")
    return previous == "to" and index >= 2 and words[index - 2].joined and words[index - 2].low in _GLAD


_WORN = frozenset("a an the my your his her their our it them clothes jeans shoes glasses masks uniforms".split())


def _wear(words: list[Word], index: int) -> bool:
    """'where' for 'wear' after a modal or 'to' with a subject before ("what should I where to the
    party", "I will where a suit"). Not "go to where the cars are": 'where' opens a clause there."""
    previous = words[index - 1].low
    if previous in ("i", "you", "we", "they") and index >= 2 and words[index - 2].low in w.MODALS:
        return words[index + 1].low in _WORN | {"to"}  # "what should I where to the party"
    return (previous in w.MODALS or previous in _NEGATED_DO) and words[index + 1].low in _WORN


_BUYING_BEFORE_TO = frozenset(
    "going want wants wanted need needs needed able afford decided plan planned tried reason cheaper easier".split()
)
_BOUGHT = w.ARTICLES | w.POSSESSIVES | frozenset("some new more it them tickets food".split())
_GOODS = frozenset(
    """groceries clothes shoes gifts presents supplies souvenirs snacks drinks shares stocks bonds furniture
    equipment gear insurance stuff things property houses homes cars books toys vegetables fruit bread milk""".split()
)
"""What is bought, after 'want to', 'going to' or 'need to' or a modal: "we need to by groceries".
Not what also follows a 'by' of means ('by land', 'by gas', 'by anything')."""


def _buy(words: list[Word], index: int) -> bool:
    """'by' for 'buy' after 'going to', 'want to' or a modal before what is bought: "I'm going to
    by a car", "you can by tickets online". Not "went to by the river" or "will by then": no
    wanting, or a time after 'by'."""
    previous, following = words[index - 1].low, words[index + 1].low
    if following in _GOODS:  # "need to by groceries", "you can by clothes online"
        wanting = index >= 2 and words[index - 2].joined and words[index - 2].low in _BUYING_BEFORE_TO
        return previous in w.MODALS or wanting
    if following not in _BOUGHT:
        return False
    if previous in w.MODALS:
        if following in w.ARTICLES:  # "will by a car", not "will by the end of May have"
            return _low_at(words, index + 2) not in _TIMES and _low_at(words, index + 3) not in _TIMES
        return following in ("some", "new", "tickets", "food", "more")
    return previous == "to" and index >= 2 and words[index - 2].joined and words[index - 2].low in _BUYING_BEFORE_TO


_TIMES = frozenset(
    """end time start beginning middle close turn next last deadline year month week day weekend spring summer
    autumn fall winter morning evening night noon midnight margin majority landslide mile miles point points
    goal goals length lengths fraction factor percent vote votes wide narrow slim""".split()
)
"""After 'will by the', times and measures: "will by the end of May have", "will by a wide margin win"."""
_FAMILY_VERBS = frozenset("is was has had said says told died lives lived works worked".split())


def _father(words: list[Word], index: int) -> bool:
    """'farther' for 'father' after a possessive before a verb: "my farther is a doctor". Not "my
    farther point": a noun would follow the comparative."""
    return words[index - 1].low in w.POSSESSIVES and words[index + 1].low in _FAMILY_VERBS


_SPEAKING = frozenset("said says told added explained announced confirmed insisted admitted".split())


def _manager(words: list[Word], index: int) -> bool:
    """'manger' (a crib) for 'manager' before a verb of speaking: "the manger said the shop would
    close". Not "laid in a manger"."""
    return words[index + 1].low in _SPEAKING


def _plain_pronoun(word: Word) -> bool:
    """A pronoun as pronouns are written: lower case, or a capital at the start of a sentence ('I'
    always): "He" inside a sentence is a name or a symbol (helium)."""
    return word.text == word.low or word.sentence_start or word.text == "I"


_HEARD_NEXT = frozenset("of about that the a it him her them you nothing something from what".split())
_WORN_NEXT = w.ARTICLES | w.POSSESSIVES | frozenset(("last",))


def _heard(words: list[Word], index: int) -> bool:
    """'herd' for 'heard' after a subject pronoun before what is heard: "I herd of a new song"."""
    previous = words[index - 1]
    return previous.low in w.PERSON_SUBJECTS and _plain_pronoun(previous) and words[index + 1].low in _HEARD_NEXT


_BELOW_BEFORE = frozenset(
    """fell fall falls falling dropped drop drops dropping dipped dip dips sank sink sinks slipped slip slips
    slid remained remains stayed stays well far see listed shown described mentioned is was are were
    been""".split()
)
"""Words after which 'bellow' can only be 'below' ("fell bellow expectations", "see bellow", "is
bellow average"): none of them is followed by the verb 'bellow' or the noun without its article."""


def _below(words: list[Word], index: int) -> bool:
    """'bellow' for 'below' after a verb of falling, a form of 'be', 'see' or 'well': "profits fell
    bellow expectations", "see the table bellow"; not "began to bellow the anthem", "a bellow of
    rage"."""
    return words[index - 1].low in _BELOW_BEFORE and words[index - 1].joined


_FELT_ADJECTIVES = frozenset(
    """nervous anxious tired happy sad sorry guilty confident comfortable uncomfortable good proud lonely
    grateful excited ashamed embarrassed worried relieved hopeful insecure uneasy helpless welcome useless
    betrayed frustrated overwhelmed humiliated angry upset disappointed homesick nauseous dizzy""".split()
)
"""Adjectives of feeling, which 'felt' takes and 'fell' never does ('fell ill', 'fell silent', 'fell
asleep', 'fell short', 'fell flat', 'fell sick' are left out: all sound; so are 'fell safe' of a
cricket ball, 'fell awkward' of a player, 'fell worse', 'fell bad')."""


def _felt(words: list[Word], index: int) -> bool:
    """'fell' for 'felt' before an adjective of feeling: "she fell nervous before the match", "I fell
    very tired"; not "the fell" (a hill), nor 'fell ill', 'fell silent'."""
    previous = words[index - 1].low if words[index - 1].joined else ""
    return previous not in w.DETERMINERS and not words[index].capitalised


def _wore(words: list[Word], index: int) -> bool:
    """'whore' for 'wore' after a subject pronoun before what is worn: "I whore a beautiful dress".
    Not "I whore myself": no article or possessive follows."""
    previous = words[index - 1]
    return previous.low in w.PERSON_SUBJECTS and _plain_pronoun(previous) and words[index + 1].low in _WORN_NEXT


def _next_low(words: list[Word], index: int) -> str:
    following = after(words, index)
    return following.low if following is not None else ""


def _low_at(words: list[Word], at: int) -> str:
    """The word at ``at`` if every word from the slip to it is joined; else ''."""
    return words[at].low if at < len(words) and words[at - 1].joined else ""


_TELLING_THEM = frozenset(
    """told tell tells telling asked ask asks asking urged urge urges urging allowed allow allows forced
    force forces invited invite invites encouraged encourage encourages ordered order orders warned warn
    warns begged persuaded persuade advised advise reminded remind instructed instruct taught teach
    enabled enable enables""".split()
)
"""Verbs that take a person and 'to' and a verb ('told them to wait'): after them 'then to' is 'them to'.
Not 'expect', 'require' or 'help', which take 'to' with no person too: "we expect then to see a rise"
('then': in that case), "she helped then to clear up"."""
_PASSIVE_BE = frozenset("is are was were be been being get got gets getting am".split())


_GIVING_THEM = frozenset(
    """gave give gives giving told tell tells sent send sends offered offer offers handed hand
    hands bought buy brought bring lent lend owe owed""".split()
)
"""Verbs that take a person and then a thing ('gave them the keys'): 'gave then the keys' is 'them'."""


def _them(words: list[Word], index: int) -> bool:
    """'then' for 'them' between a verb that takes a person and 'to' with a bare verb: "the guards
    told then to wait", "we urged then to leave". Not "and then to Paris", "back then to": no verb
    of telling before; nor "she was told then to leave" (a passive: the person is its subject)."""
    if index >= 1 and words[index - 1].joined and words[index + 1].low != "to":
        return _then_gives(words, index)
    if index < 1 or not words[index - 1].joined or not words[index - 1].text.islower():
        return False
    if index >= 2 and words[index - 2].low in _PASSIVE_BE:
        return False  # "she was told then to leave": the person is the subject; 'then' is 'at that time'
    if index >= 2 and words[index - 2].low == "to" and words[index - 2].joined:
        return False  # "he tried to help then to hinder": two infinitives in a row, 'then' between them
    if words[index - 1].low not in _TELLING_THEM:
        return False
    following = _low_at(words, index + 2)
    return bool(following) and "VB" in w.verb_tags(following) and following not in ("the", "a", "an")


def _then_gives(words: list[Word], index: int) -> bool:
    """'then' for 'them' between a verb of giving and its thing, the verb after a subject pronoun that
    opens its clause or opening an order ("I gave then the keys", "Give then a call"). Not "he said
    then the plan", "it was given then the", "as he told then-President": no such verb, a passive."""
    if words[index - 1].low not in _GIVING_THEM or (index >= 2 and words[index - 2].low in _PASSIVE_BE):
        return False
    if index == 1:
        return words[0].low in ("give", "tell", "send", "offer", "hand", "bring", "lend", "buy")
    subject = words[index - 2]
    if not subject.joined or subject.low not in _THEN_SUBJECTS or not _plain_pronoun(subject):
        return False
    return index == 2 or not words[index - 3].joined or words[index - 3].low in _NOW_CLAUSE_OPENERS


_BE_BEFORE_PASSIVE = frozenset("is are was were be been being am".split())
_AGENT_STARTS = w.ARTICLES | w.POSSESSIVES | frozenset("its him her them us me this that these those".split())


_RATING_PARTICIPLES = frozenset(
    "rated rerated upgraded downgraded recommended tipped graded ranked kept reiterated".split()
)
"""Participles after which 'buy' is a broker's grade ("rated buy", "upgraded buy"), not 'by'."""


def _by_agent(words: list[Word], index: int) -> bool:
    """'buy' for 'by' before the agent of a passive: "the winner will be chosen buy a panel", "the
    house is owned buy a bank", "a song written buy Lennon". Not "buy one, get one free" after a
    participle, nor 'buy' after an active past ("they owned buy-to-let flats": no 'be' before)."""
    if index < 1 or not words[index - 1].joined or not words[index].joined or index + 1 >= len(words):
        return False
    participle, following = words[index - 1].low, words[index + 1]
    forms = w.verb_tags(participle)
    if "VBN" not in forms:
        return False
    before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
    if before in w.HAVE_FORMS or (forms != {"VBN"} and before not in _BE_BEFORE_PASSIVE):
        return False  # "he has chosen buy …" is no passive: 'to buy' may be meant
    if participle in _RATING_PARTICIPLES:
        return False  # "the shares were rated buy this week": the analysts' grade 'buy'
    if _low_at(words, index + 2) in w.TIME_NOUNS:
        return False  # "… buy the day after the results": a time, not an agent
    if following.low in _AGENT_STARTS:
        return True
    return _plain_name(words, index + 1)


def _could(words: list[Word], index: int) -> bool:
    """'cold' for 'could' between a noun subject after its determiner and a bare verb that is no
    noun ("all my father cold do", "the soup cold be warmer").
    Not "the stone cold truth", "they cold call customers", "the cold have little choice": a noun,
    a verb that is also a noun, or a determiner before 'cold'."""
    if index < 1 or not (words[index - 1].joined and words[index].joined) or words[index].text != "cold":
        return False
    verb = _next_low(words, index)
    if not w.tags(verb) <= {"VERB", "AUX"} or "VB" not in w.verb_tags(verb):
        return False
    previous = words[index - 1].low
    tags = w.tags(previous)  # after a pronoun ('he cold do') grammar.confused-word's counts decide
    return (
        index >= 2
        and words[index - 2].joined
        and words[index - 2].low in w.DETERMINERS
        and "NOUN" in tags
        and not tags & {"ADJ", "ADV", "ADP", "DET"}
        and not w.is_plural_noun(previous)
    )


def _but(words: list[Word], index: int) -> bool:
    """'bit' for 'but' after a comma, before a past verb or a subject: "they played well, bit lost in
    extra time", "it rained, bit we stayed". Not "a bit lost" (joined to its article), "bitten, bit,
    scratched" (a list: a comma after 'bit')."""
    if index == 0 or words[index - 1].joined or not words[index].joined or not words[index].text.islower():
        return False
    following = words[index + 1].low if index + 1 < len(words) else ""
    if following in _CLAUSE_SUBJECTS or following == "you":
        # "…, bit nobody did", "…, bit you know": a verb after the pronoun; not "the dog growled,
        # bit nobody, and lay down" nor "bit everyone in sight" (the object of a bite)
        after = _low_at(words, index + 2)
        return words[index + 1].joined and bool(w.verb_tags(after) & {"VBD", "VBZ", "VBP", "MD"} or after in w.MODALS)
    return following in w.PERSON_SUBJECTS or (
        "VBD" in w.verb_tags(following) and "NOUN" not in w.tags(following) and following != "by"
    )


_CLAUSE_SUBJECTS = frozenset(
    "nobody everyone everybody someone somebody nothing none many most few there this these those".split()
)
"""Pronouns that open the clause after ', but' and never follow a noun or verb 'bit' after a comma."""


_OFF_BEFORE = _OFF_VERBS | _OFF_IMPERATIVES | _LAID | _SENT
_KNOW_BEFORE = _NEGATED_DO | _WANTING | frozenset("i we they you me to not".split())


_AN_BEFORE = frozenset("is was be been being isn't wasn't become becomes became as such".split())
"""Words after which 'and' cannot join two things and an article opens the next phrase ('is and
engineer', 'works as and editor', 'such and angry man'). Not the prepositions, which are joined
before a shared object ('interest in and enthusiasm for', 'a need for and use of')."""


def _an(words: list[Word], index: int) -> bool:
    """'and' for 'an' after a copula, 'as' or 'such' and before a singular count noun, or an
    adjective and one, that is read with a vowel ("She is and engineer", "It was and honest
    mistake"). Not "is and always was", "what it is and isn't", "such and such": no noun follows."""
    from .articles import VOWEL, article_sound

    following = words[index + 1]
    if following.capitalised or not following.text.isalpha() or article_sound(following.text) != VOWEL:
        return False
    tags = w.tags(following.low)
    if "ADJ" in tags and tags <= {"ADJ", "NOUN"} and index + 2 < len(words) and following.joined:
        noun = words[index + 2].low
        return w.is_singular_count_noun(noun) and not w.is_plural_noun(noun)
    return "ADJ" not in tags and w.is_singular_count_noun(following.low)


_THERE_BE = frozenset("is was are were there's there’s".split())


def _no_for_not(words: list[Word], index: int) -> bool:
    """'not' for 'no' after an existential 'there is' before a noun that no article opens ("There is
    not way to fix it", "there's not point", "Is there not chance of rain?", "there were not tickets
    left"). Not "there is not a cloud", "not much", "not enough", "not even", "not time to explain":
    an article, a quantity, an adverb, a noun 'it is' takes bare."""
    previous = words[index - 1].low
    before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
    if previous in ("is", "was", "are", "were") and before != "there":
        return False  # "there is not"
    if previous == "there" and before not in ("is", "was", "are", "were"):
        return False  # "Is there not"
    following = words[index + 1]
    tags = w.tags(following.low)
    if following.capitalised or not tags or not tags <= {"NOUN", "VERB"}:
        return False
    plural = previous in ("are", "were") or (previous == "there" and words[index - 2].low in ("are", "were"))
    if plural:
        return w.is_plural_noun(following.low)
    return following.low == "way" or (_confusions()._bare_count_noun(following.low) and following.low not in _SPACE)


_SPACE = frozenset(("room", "space"))
"""Nouns of space, also mass nouns: "there is not room for both" is sound."""


_HAVING = frozenset("have has had having".split())
_ROUGHLY = frozenset("almost nearly about roughly".split())
"""Words of an approximate count; not 'only' or 'just', before which 'to' is the preposition ("applies
only to days without events")."""
_SPAN_PREPOSITIONS = frozenset("after within for during".split())
"""Prepositions of a stretch of time, which no 'to' follows: 'to' and a plural unit after them is the
number ("after to hours of debate", "within to days"; not 'up to', 'due to', 'thanks to')."""
_TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())
_COUNT_BEFORE_UNIT = _ROUGHLY | _SPAN_PREPOSITIONS
"""Words after which 'to' and a plural unit of time is the number ("almost to hours", "after to hours")."""
_BEFORE_TWO = _HAVING | _COUNT_BEFORE_UNIT | {"for", "in"}
_DUE_IN = frozenset("due back ready again done available".split())
"""Words before 'in' and a stretch of time ("due in to weeks", "back in to days")."""


def _two(words: list[Word], index: int) -> bool:
    """'to' for 'two' after 'have' before a plural noun ("I have to cats", "she has to brothers"):
    the infinitive's 'to' takes a bare verb, and 'have to' no object. Not "we have to thank them",
    "I have to-do lists": a verb, a compound. After 'almost', 'about', 'only' … before a plural unit
    of time ("took almost to hours longer", "about to weeks later"): a count, which 'to' is not."""
    following = words[index + 1]
    if words[index - 1].low == "for" and following.low not in _TIME_UNITS:  # "room for to cars": no
        kinds = w.tags(following.low)  # infinitive follows 'for' today
        plural = w.is_plural_noun(following.low) or w.is_plural_without_s(following.low)
        return plural and kinds == {"NOUN"} and not following.capitalised and "-" not in following.text
    if words[index - 1].low in _COUNT_BEFORE_UNIT:
        return following.low in _TIME_UNITS and following.text == following.low  # "after to hours of debate"
    if words[index - 1].low == "in":  # "the paper is due in to weeks"; not "log in to accounts"
        due = index >= 2 and words[index - 2].low in _DUE_IN and words[index - 2].joined
        return due and following.low in _TIME_UNITS and following.text == following.low
    if following.capitalised or "-" in following.text or index < 2 or not words[index - 2].joined:
        return False
    subject = index - 2  # "I have to cats"; not "the attachment society has to cars", "the access we have to books"
    if words[subject].low not in w.PERSON_SUBJECTS:
        return False
    if subject > 0 and words[subject - 1].joined and words[subject - 1].low not in _NOW_CLAUSE_OPENERS:
        return False
    tags = w.tags(following.low)
    if not tags or not tags <= {"NOUN", "VERB"} or w.verb_tags(following.low) & {"VB", "VBP"}:
        return False
    return w.is_plural_noun(following.low) or w.is_plural_without_s(following.low)


_IT_IS_BEFORE = frozenset(
    "think thought know knew guess hope believe said say because if when since but although though".split()
)
"""Words after which a clause opens, with 'it' as its subject: "I think is was a mistake"."""
_IT_IS_NEXT = frozenset("was has had will would could can should might must does did doesn't didn't won't".split())
"""Verbs that 'is' cannot stand before and 'it' can: "because is has rained"."""


def _it_for_is(words: list[Word], index: int) -> bool:
    """'is' for 'it' opening a clause before its verb ("I think is was a mistake", "because is has
    rained", "I know is will work"): 'is' has no subject and cannot stand before another finite
    verb. Not "what it is was clear", "the thing is, was it?": the clause's subject is there, or a
    comma."""
    return words[index - 1].joined and words[index].joined and words[index].text == "is"


# Not _PASSIVE_BE and _AGENT_STARTS above: a second binding of those names changed their older conditions too.
_BY_PASSIVE_BE = frozenset("is was are were be been being".split())
_BY_AGENT_STARTS = w.DETERMINERS | w.POSSESSIVES | w.CARDINALS | frozenset("him her them us me".split())


def _by_for_be(words: list[Word], index: int) -> bool:
    """'be' for 'by' after a passive's participle, before the agent or the deadline ("The house was
    built be my grandfather", "must be finished be the end of May"): 'be' cannot follow a past
    participle. Not "be it good or bad", "be they young or old": a subject pronoun after it."""
    if index < 2 or not words[index - 1].joined or not words[index - 2].joined:
        return False
    participle, auxiliary = words[index - 1].low, words[index - 2].low
    if auxiliary not in _BY_PASSIVE_BE or "VBN" not in w.verb_tags(participle) or w.tags(participle) - {"VERB", "ADJ"}:
        return False
    following = words[index + 1]
    return following.low in _BY_AGENT_STARTS or (following.capitalised and following.text.isalpha())


_AS_SOON = frozenset(
    """soon quickly fast far long early often much many well tall big small old young good bad high low
    large strong fast hard easy important""".split()
)
"""Adverbs of the comparison 'as soon as', 'as far as' (sifted before 'has')."""
_AS_SOON_NEXT = frozenset("possible usual i we they he she".split()) | w.ARTICLES | w.POSSESSIVES


def _as_for_has(words: list[Word], index: int) -> bool:
    """'has' for 'as' closing a comparison: "as soon has possible", "as far has I know": 'as soon
    has' is never sound. Not "just as much has been said", "as well has he": a participle after it,
    or 'much', 'many' and 'well' before a pronoun (an inverted clause)."""
    if index < 2 or not words[index - 2].joined or words[index - 2].low != "as" or not words[index - 1].joined:
        return False
    following = words[index + 1].low
    if following in ("possible", "usual"):
        return True
    if following in w.ARTICLES | w.POSSESSIVES:
        tags = w.tags(words[index - 1].low)
        if not tags & {"ADJ", "ADV"} or "VERB" in tags:
            return False
        # "as tall has her brother", "as far has the eye can see"; not "just as important has been the
        # role", "as much has the war changed": a participle of the inverted 'has' follows
        phrase = [_low_at(words, at) for at in range(index + 2, index + 7)]
        return words[index - 1].low not in ("much", "many") and not any(
            "VBN" in w.verb_tags(low) and "NOUN" not in w.tags(low) for low in phrase
        )
    if following not in w.PERSON_SUBJECTS:
        return False
    return words[index - 1].low not in ("much", "many", "well") and _plain_pronoun(words[index + 1])


_TOT_AFTER = _WANTING | frozenset("to try tried trying going way back".split())


def _to_for_two(words: list[Word], index: int) -> bool:
    """'two' for 'to' between a verb of motion or reach and 'the' ("a line stretching two the corner",
    "walked two the park"): no count stands before an article. Not before a phrase of time ("we went
    two the next day": two of them), nor after other verbs ("sold two the first day")."""
    if index == 0 or not words[index - 1].joined or words[index].text != "two":
        return False
    previous = words[index - 1].low
    if previous not in _MOTION_FORMS or index + 2 >= len(words):
        return False
    return words[index + 2].low not in _TIME_AFTER_THE  # not "ran two the next day" (two races)


_MOTION_FORMS = frozenset(
    """go goes went going walk walks walked walking drive drives drove driving come comes came coming move
    moves moved moving head heads headed heading travel travels traveled travelled traveling travelling
    stretch stretches stretched stretching extend extends extended extending return returns returned
    returning""".split()
)
_TIME_AFTER_THE = frozenset(
    "first next following same last previous other second third whole entire hard day week year night morning".split()
)


def _tot(words: list[Word], index: int) -> bool:
    """'tot' for 'to': before a bare verb after a verb that takes 'to' ("I want tot go", "we need tot
    leave"), or before an article or a possessive after a verb ("drove tot the coast"). Not "tot up
    the bill", "the tot slept", "a tot of rum": the verb and the noun."""
    previous, following = words[index - 1].low, words[index + 1].low
    if previous in w.DETERMINERS or previous in w.POSSESSIVES or following in ("up", "of"):
        return False
    if previous in _WANTING:
        return "VB" in w.verb_tags(following)
    if following not in w.ARTICLES | w.POSSESSIVES:
        return False
    tags = w.tags(previous)
    return bool(w.verb_tags(previous) & {"VBD", "VBN"}) and "NOUN" not in tags


_HAT_BEFORE = frozenset(
    "know knew think thought said say says hope hoped believe believed sure glad told tell realised realized".split()
)
_HAT_NEXT = frozenset("i you he she it we they there this the".split())


def _hat(words: list[Word], index: int) -> bool:
    """'hat' for 'that' after a verb of knowing or saying before the subject of its clause: "I know hat
    you are busy", "he said hat it was late". Not "the hat", "his hat the", "tipped his hat": a
    determiner or a verb of wearing before it."""
    if words[index - 1].low == "told":  # "told hat it was late"; not "told him"
        return False
    if words[index + 1].low == "the":
        return any(w.plainly_finite(_low_at(words, at)) for at in (index + 3, index + 4))
    return _plain_pronoun(words[index + 1]) or words[index + 1].low in ("there", "this")


_WIT_NEXT = w.ARTICLES | w.POSSESSIVES | w.OBJECT_ONLY_PRONOUNS


def _wit(words: list[Word], index: int) -> bool:
    """'wit' for 'with' after a verb or an adjective before its noun phrase: "I went wit my friends",
    "pleased wit the result". Not "his wit the", "a man of wit, the", "quick wit": a determiner, an
    adjective that goes with the noun, or 'of' before it."""
    previous = words[index - 1].low
    if (
        previous in w.DETERMINERS
        or previous in w.POSSESSIVES
        or previous in ("of", "and", "with", "sharp", "quick", "dry")
    ):
        return False
    tags = w.tags(previous)
    return bool(w.verb_tags(previous)) and "NOUN" not in tags


_WAY_BEFORE = frozenset(("it", "there", "he", "she", "this", "that"))
_WAY_NEXT = w.ARTICLES | frozenset("not nobody no never very so such".split())


def _way(words: list[Word], index: int) -> bool:
    """'way' for 'was' after a subject pronoun that opens its clause, before an article or 'not'
    ("It way a long day", "There way nobody home"). Not "this way a", "that way no one": a
    demonstrative before 'way' is its determiner; nor "it way outclassed" (the adverb: no article)."""
    if index >= 2 and words[index - 2].joined and words[index - 2].low not in _NOW_CLAUSE_OPENERS:
        return False
    if words[index - 1].low in ("this", "that"):
        return False
    return _plain_pronoun(words[index - 1]) or words[index - 1].low == "there"


_THANK_YOU_NEXT = frozenset("for very so much all again".split())


def _you_for_your(words: list[Word], index: int) -> bool:
    """'your' for 'you' after 'thank' before 'for', 'very' or 'so' ("Thank your for the flowers",
    "thank your very much"). Not "thank your host", "thank your lucky stars": a noun after it."""
    return words[index - 1].low == "thank" and not (index >= 2 and words[index - 2].low in w.DETERMINERS)


_THEN_SUBJECTS = frozenset("i we he she they".split())


def _then_for_them(words: list[Word], index: int) -> bool:
    """'them' for 'then' opening a clause after 'and' or a comma, before its subject pronoun and verb
    ("First we eat, them we go", "she finished, and them she left"). Not "like them we are", "not
    them, we said": no comma or 'and' before, or a comma after."""
    previous = words[index - 1] if index else None
    if previous is not None and previous.joined and (previous.low != "and" or (index >= 2 and words[index - 2].joined)):
        return False  # "you and them we…"
    if not words[index + 1].joined or index + 2 >= len(words):
        return False
    if words[index + 1].low == "i" and words[index + 1].text != "I":
        return False
    verb = words[index + 2].low
    return bool(w.verb_tags(verb) & {"VB", "VBP", "VBD"}) or verb in w.MODALS


def _now_for_not(words: list[Word], index: int) -> bool:
    """'Not' for 'Now' opening a sentence before 'is' or 'was': "Not is the time to act"."""
    return index == 0 and words[1].low in ("is", "was") and words[0].text == "Not"


def _not_after_do(words: list[Word], index: int) -> bool:
    """'no' or 'now' for 'not' between 'do' and a bare verb the web never writes after 'no' or 'now'
    ("Please do no forget", "Do now worry"): 'do no harm', 'did no work' are a noun's, and 'now' only
    after an imperative 'Do' ("I do now think so" is sound)."""
    from . import _ngrams

    low = words[index].low
    if low == "now" and not (index == 1 or words[index - 2].low == "please" or not words[index - 2].joined):
        return False
    following = words[index + 1]
    if following.capitalised or "VB" not in w.verb_tags(following.low):
        return False
    return (
        _ngrams.web_pair_count(low, following.low) is None and _ngrams.web_pair_count("not", following.low) is not None
    )


@cache
def _your_noun(low: str) -> bool:
    """The web writes 'your ``low``' often and 'you ``low``' never (a noun no dative 'you' takes bare:
    'your brother', 'your car'; not 'you guys', 'you people', 'you idiot', 'you money')."""
    from . import _ngrams

    return _ngrams.web_pair_count("you", low) is None and _ngrams.web_pair_count("your", low) is not None


@cache
def _its_noun(low: str) -> bool:
    """The web writes 'its ``low``' often and 'it ``low``' never: 'its name', 'its tail', 'its own'
    (not 'it all', 'it home', 'it time', 'it easy')."""
    from . import _ngrams

    return _ngrams.web_pair_count("it", low) is None and _ngrams.web_pair_count("its", low) is not None


_IT_OBJECT_NOT = frozenset(
    """let lets letting make makes made making help helps helped helping have has had having see sees saw seen
    watch watched hear heard feel felt give gives gave given giving lend lent grant granted granting bring
    brings brought offer offered pay paid owe owed show showed shown assign assigned deny denied allow
    allowed cost costs call called calls name named consider considered keep kept keeps leave left find found
    get got gets send sends sent sending tell tells told teach teaches taught feed feeds fed""".split()
)
"""Verbs whose object 'it' may stand before a bare verb or a second object: 'let it own', 'gave it
meaning', 'call it luck', 'found it value' (none is read)."""


def _its_for_it(words: list[Word], index: int) -> bool:
    """'it' for 'its' as a verb's object before a noun the web writes only after 'its' ("The company
    changed it name", "the dog wagged it tail", "each state sets it own rules"). Not "let it own shares",
    "gave it meaning", "keep it secret", "without it people starve": a verb that takes 'it' and a second
    object or a bare verb, an adjective, a preposition before."""
    previous = words[index - 1]
    noun = words[index + 1]
    if not previous.joined or noun.capitalised or not previous.text.islower():
        return False
    having = previous.low in ("has", "have", "had") and (noun.low == "own" or "VERB" not in w.tags(noun.low))
    if not having and (previous.low in _IT_OBJECT_NOT or previous.low in w.AUXILIARIES or previous.low in w.MODALS):
        return False  # "let it own", "had it checked"; not "the city has it own airport"
    tags = w.verb_tags(previous.low)
    if not tags & {"VBD", "VBZ", "VBP", "VB"} or w.tags(previous.low) & {"ADP", "DET", "ADV", "PRON"}:
        return False
    if noun.low != "own" and (w.tags(noun.low) & {"ADJ", "ADV", "ADP"} or "NOUN" not in w.tags(noun.low)):
        return False
    if w.is_plural_noun(noun.low) or w.is_plural_without_s(noun.low):
        return False  # "I would recommend it hands down", "saw it years ago"
    if _low_at(words, index + 3) == noun.low and _low_at(words, index + 2) in ("by", "for", "after", "to"):
        return False  # "check it character by character", "copy it word for word": a manner, not a possessive's noun
    relative = next((at for at in range(index - 2, max(0, index - 5), -1) if words[at].low in ("who", "that")), 0)
    if relative and w.is_any_plural(words[relative - 1].low) and "VBP" in w.verb_tags(noun.low):
        return False  # "drivers who violate it face fines": the plural's relative clause ends at 'it', its verb follows
    return noun.low == "own" or _low_at(words, index + 2) not in ("to", "that", "than")  # "realise it other than"


_DWELLING = frozenset(
    """live lives lived living stay stays stayed staying arrived arrive arrives born died die dies slept sleep
    sat sit sits stood happened happen happens grew resided reside resides settled remained remain remains
    worked works work working studied study studies""".split()
)
"""Verbs that take no object 'it' before a place ('lived in London', 'works in a bank')."""
_PLACES_NOT = frozenset(
    """bit little lot few couple while day days week weeks month months year years time times way night
    morning evening afternoon hard same whole other next last first right wrong best most""".split()
)
"""Words of an object's amount, time or manner ('studied it the whole night', 'worked it the hard way')."""


def _in_for_it(words: list[Word], index: int) -> bool:
    """'it' for 'in' after a verb that takes no object before a place: an article or possessive and a
    noun, or a name ("He lived it London", "she works it a bank", "we stayed it the hotel"). Not "worked
    it out", "lived it up", "studied it a while", "worked it the hard way": no place after 'it'."""
    following = words[index + 1]
    if following.low in w.ARTICLES | w.POSSESSIVES:
        phrase = [_low_at(words, at) for at in range(index + 2, index + 5)]
        return bool(phrase[0]) and not any(low in _PLACES_NOT for low in phrase)
    if following.low in _WEEKDAYS or following.low in _MONTHS:
        return False  # "we worked it Monday"
    return following.capitalised and following.text.isalpha() and _plain_name(words, index + 1)


@cache
def _or_after(low: str) -> bool:
    """The web writes 'or ``low``' far more than 'our ``low``' ('or coffee', 'or later'; not 'our
    friends', 'our school')."""
    from . import _ngrams

    with_or = _ngrams.web_pair_count("or", low)
    with_our = _ngrams.web_pair_count("our", low)
    return with_or is not None and (with_our is None or with_or > with_our + 1)


def _or_for_our(words: list[Word], index: int) -> bool:
    """'our' for 'or' between two words the web joins with 'or' and never with 'our' on the left
    ("tea our coffee", "red our blue", "sooner our later"). Not "the school our children attend",
    "we love our school": 'our' is written after those words, or before the noun after."""
    from . import _ngrams

    previous = words[index - 1]
    if not previous.joined or not (previous.text.islower() or (index == 1 and previous.text[1:].islower())):
        return False
    if w.verb_tags(previous.low) or w.tags(previous.low) & {"DET", "ADP", "PRON"}:
        return False  # "to reach our deficit goal", "let's double our investment": the verb's object
    closing = _next_low(words, index + 1)
    if closing and closing not in w.PREPOSITIONS and closing not in ("and", "but", "or"):
        return False  # "These days our communication is": the noun opens its clause
    return (
        _ngrams.web_pair_count(previous.low, "our") is None and _ngrams.web_pair_count(previous.low, "or") is not None
    )


def _allow(words: list[Word], index: int) -> bool:
    """'all' for 'allow' between a modal, 'to' or 'please' and a person and 'to' with a bare verb
    ("Please all me to explain", "this will all us to finish"). Not "we all have to", "all of us", "to
    all of them": only before an object pronoun, 'to' and a bare verb."""
    previous = words[index - 1].low
    if previous not in w.MODALS and previous not in ("to", "please", "not", "won't", "can't", "don't", "didn't"):
        return False
    return _low_at(words, index + 2) == "to" and "VB" in w.verb_tags(_low_at(words, index + 3))


_SIGN_NEXT = frozenset("the a this that these those your my his her our their here up below".split())


def _sign(words: list[Word], index: int) -> bool:
    """'sigh' for 'sign' as a bare verb before what is signed or 'here', 'up', 'below' ("Please sigh
    here", "He forgot to sigh the form", "you must sigh up"). Not "sigh in relief", "a sigh of relief",
    "let me sigh a little": 'sigh' takes no object."""
    previous = words[index - 1].low
    if previous not in w.MODALS and previous not in ("to", "please", "and", "must", "don't", "didn't", "not"):
        return False
    return _low_at(words, index + 2) not in ("little", "bit", "moment", "while")


_YOU_OPENERS = frozenset("and but so because when if while".split())


def _your_opening(words: list[Word], index: int) -> bool:
    """'You' for 'Your' opening a clause before a noun the web writes only after 'your' and the
    clause's finite verb ("You brother called", "and you car is outside"). Not "You guys are", "You
    idiot, stop", "You man the desk": the web's 'you guys', a comma, a verb after 'you'."""
    if index and not (words[index - 1].joined and words[index - 1].low in _YOU_OPENERS):
        return False
    noun = words[index + 1]
    if not noun.joined or noun.capitalised or not _your_noun(noun.low) or index + 2 >= len(words):
        return False
    if w.is_plural_noun(noun.low) or w.is_plural_without_s(noun.low):
        return False  # "You kids must be tired": people addressed
    verb = words[index + 2].low
    if verb in w.AUXILIARIES or verb in w.MODALS:
        return True
    return bool(w.verb_tags(verb) & {"VBD", "VBZ"}) and "NOUN" not in w.tags(verb)


_THROUGH_VERBS = frozenset(
    """went go goes going drove drive driving walked walk walking ran run running passed pass passing
    came come coming looked look looking flew fly flying sailed cycled rode travelled traveled
    broke break cut cuts made make get got getting been through pushed pulled rolled marched swam climbed crawled
    moved raced sped wandered hiked squeezed""".split()
)


def _through(words: list[Word], index: int) -> bool:
    """'though' for 'through' after a verb of passing before a noun phrase with no verb of its own
    ("We drove though the night", "he went though a lot"). Not "he left though the door was open",
    "it worked though the odds were long": a clause follows, and 'though' opens it."""
    if words[index - 1].low not in _THROUGH_VERBS or words[index + 1].low not in w.ARTICLES | w.POSSESSIVES:
        return False
    if _low_at(words, index + 2) in ("little", "bit"):
        return False  # "it worked though a little slowly"
    for at in range(index + 2, min(index + 6, len(words))):
        low = _low_at(words, at)
        if not low:
            return True
        if w.plainly_finite(low) or low in w.MODALS or (w.verb_tags(low) & {"VBD", "VBZ"} and at > index + 2):
            return False
    return True


class _Slip(NamedTuple):
    twin: str
    check: Callable[[list[Word], int], bool]
    before: frozenset[str] | None
    """The word before must be one of these (sifted on the flat word list first), or None."""
    after: frozenset[str] | None
    """The word after must be one of these, or None."""


_SLIPS: dict[str, _Slip] = {
    "no": _Slip("know", _know, _KNOW_BEFORE, _KNOWN),
    "now": _Slip("know", _know, _KNOW_BEFORE, _KNOWN),
    "know": _Slip("now", _now, _NOW_BEFORE, None),
    "of": _Slip("off", _off, _OFF_BEFORE | _PARTICLE_OFF_OBJECTS | _TAKE_OFF, None),
    "off": _Slip("of", _of, _OF_HEADS | _OFF_PARTS, None),
    "four": _Slip("for", _for, None, _FOR_NEXT | w.ARTICLES),
    "too": _Slip("to", _to, None, w.ARTICLES | w.POSSESSIVES),
    "the": _Slip("they", _they, None, _THEY_NEXT | _THEY_SAYING | {"want"}),
    "are": _Slip("our", _our, w.PREPOSITIONS | {"is", "was"}, None),
    "you": _Slip("your", _your, w.PREPOSITIONS | {"is", "was"}, None),
    "through": _Slip("threw", _threw, frozenset(("he", "she", "i", "we", "they", "you")), w.ARTICLES | w.POSSESSIVES),
    "one": _Slip("won", _won, None, w.ARTICLES | w.POSSESSIVES),
    "as": _Slip("has", _has, None, None),
    "if": _Slip("of", _of_for_if, _PARTS | _KINDS, None),
    "on": _Slip("one", _one, None, frozenset(("of", "who"))),
    "lose": _Slip("loose", _loose, _LOOSE_BEFORE | _COUNT_BEFORE_LOOSE, None),
    "quite": _Slip("quiet", _quiet, _QUIET_BEFORE, None),
    "quiet": _Slip("quite", _quite, _QUITE_BEFORE, None),
    "th": _Slip("the", _the, None, None),
    "or": _Slip("of", _of_for_or, _OR_HEADS, None),
    "bit": _Slip("but", _but, None, None),
    "cold": _Slip("could", _could, None, None),
    "buy": _Slip("by", _by_agent, None, None),
    "then": _Slip("them", _them, _TELLING_THEM | _GIVING_THEM, frozenset(("to",)) | w.ARTICLES | w.POSSESSIVES),
    "than": _Slip("then", _then, frozenset("back since until till and from".split()), None),
    "want": _Slip("went", _went, frozenset(("i", "we", "they", "you")), frozenset(("to",))),
    "week": _Slip("weak", _weak, _LINKING | {"so", "too", "very"}, None),
    "board": _Slip("bored", _bored, _BORED_BEFORE, None),
    "our": _Slip("are", _are, frozenset(("we", "you", "they")), None),
    "here": _Slip("hear", _hear, None, _HEARD),
    "where": _Slip("wear", _wear, None, _WORN | {"to"}),
    "by": _Slip("buy", _buy, w.MODALS | {"to"}, _BOUGHT | _GOODS),
    "farther": _Slip("father", _father, w.POSSESSIVES, _FAMILY_VERBS),
    "manger": _Slip("manager", _manager, None, _SPEAKING),
    "herd": _Slip("heard", _heard, w.PERSON_SUBJECTS, _HEARD_NEXT),
    "whore": _Slip("wore", _wore, w.PERSON_SUBJECTS, _WORN_NEXT),
    "bellow": _Slip("below", _below, _BELOW_BEFORE, None),
    "fell": _Slip("felt", _felt, None, _FELT_ADJECTIVES),
    "and": _Slip("an", _an, _AN_BEFORE, None),
    "not": _Slip("no", _no_for_not, _THERE_BE | {"there"}, None),
    "to": _Slip("two", _two, _BEFORE_TWO, None),
    "is": _Slip("it", _it_for_is, _IT_IS_BEFORE, _IT_IS_NEXT),
    "be": _Slip("by", _by_for_be, None, _BY_AGENT_STARTS),
    "has": _Slip("as", _as_for_has, _AS_SOON, _AS_SOON_NEXT),
    "tot": _Slip("to", _tot, None, None),
    "two": _Slip("to", _to_for_two, None, frozenset(("the",))),
    "hat": _Slip("that", _hat, _HAT_BEFORE, _HAT_NEXT),
    "wit": _Slip("with", _wit, None, _WIT_NEXT),
    "way": _Slip("was", _way, _WAY_BEFORE, _WAY_NEXT),
    "your": _Slip("you", _you_for_your, frozenset(("thank",)), _THANK_YOU_NEXT),
    "them": _Slip("then", _then_for_them, None, _THEN_SUBJECTS),
    "all": _Slip("allow", _allow, w.MODALS | {"to", "please", "not"}, w.OBJECT_ONLY_PRONOUNS),
    "sigh": _Slip("sign", _sign, None, _SIGN_NEXT),
}
_SECOND_SLIPS: dict[str, _Slip] = {
    "not": _Slip("now", _now_for_not, None, frozenset(("is", "was"))),
    "though": _Slip("through", _through, _THROUGH_VERBS, w.ARTICLES | w.POSSESSIVES),
    "no": _Slip("not", _not_after_do, w.DO_FORMS, None),
    "you": _Slip("your", _your_opening, None, None),
    "it": _Slip("its", _its_for_it, None, None),
    "our": _Slip("or", _or_for_our, None, None),
    "now": _Slip("not", _not_after_do, w.DO_FORMS, None),
}
"""Second twins of words that have a first one in :data:`_SLIPS` ('not' for 'no' and for 'now')."""
_SECOND_SIFTS: dict[str, Callable[[str], bool]] = {"you": _your_noun, "it": _its_noun, "our": _or_after}
"""What the word after these second twins must be, on the flat word list."""
_THIRD_SLIPS: dict[str, _Slip] = {"it": _Slip("in", _in_for_it, _DWELLING, None)}
"""Third twins ('it' for 'its', and for 'in')."""
_LATER_SLIPS: dict[str, tuple[tuple[_Slip, Callable[[str], bool] | None], ...]] = {
    low: tuple(
        (slips[low], _SECOND_SIFTS.get(low) if slips is _SECOND_SLIPS else None)
        for slips in (_SECOND_SLIPS, _THIRD_SLIPS)
        if low in slips
    )
    for low in frozenset(_SECOND_SLIPS) | frozenset(_THIRD_SLIPS)
}
"""Each later twin of a word with the sift of the word after it, in order."""
_LATER_TRIGGERS = frozenset(_LATER_SLIPS)
_GATED = frozenset(("and", "not", "to", "is", "be"))
"""Slips of the commonest words, sifted on their neighbours alone (:func:`_gated`) before the general
sift: a tenth of a text's words."""
_TRIGGERS = frozenset(_SLIPS) - _GATED
_MAY_END_PHRASE = frozenset(("than", "lose", "quite", "week", "board", "of", "bellow", "know"))
"""Slips that may end their phrase ("back than,", "broke lose."); the others need the next word."""


def _sifted(doc: Document) -> list[int]:
    """Positions of the trigger words whose neighbours on the flat word list can make a slip: most
    'the', 'of', 'are' and 'you' of a text are dropped here, before any sentence is looked at."""
    lows = doc.lows
    last = len(lows) - 1
    found = []
    for position in positions(doc, _TRIGGERS):
        slip = _SLIPS[lows[position]]
        if position == last and lows[position] not in _MAY_END_PHRASE:
            continue
        clause_than = (
            lows[position] == "than"
            and position < last
            and (
                lows[position + 1] in w.PERSON_SUBJECTS
                or lows[position + 1] in _THAN_OPENERS
                or bool(w.verb_tags(lows[position + 1]) & _PAST_OR_BARE)
            )
        )
        opening = (lows[position] == "our" and position < last and lows[position + 1] in ("you", "we", "they")) or (
            lows[position] == "of" and _noun_object_of(lows, position)
        )
        unlisted = position == 0 or lows[position - 1] not in (slip.before or ())
        if slip.before is not None and unlisted and not (clause_than or opening):
            continue  # (", than they went home": the word before is across a comma)
        if (
            slip.after is not None
            and lows[position + 1] not in slip.after
            and (lows[position] != "the" or not simple_past_only(lows[position + 1]))
        ):
            continue  # ('the' before a simple past: "if the took the bus")
        found.append(position)
    return found


def _gated(doc: Document) -> list[int]:
    """Positions of the :data:`_GATED` words whose neighbours on the flat word list can make a slip:
    'is not', 'have to' and 'and' pass only in the few places their checks read."""
    lows = doc.lows
    last = len(lows) - 1
    return [
        position
        for position in positions(doc, _GATED)
        if 0 < position < last
        and _GATES[lows[position]](lows[position - 2] if position > 1 else "", lows[position - 1], lows[position + 1])
    ]


_THERE_BE_NOT = frozenset(("there", "there's", "there’s"))
_GATES: dict[str, Callable[[str, str, str], bool]] = {
    "and": lambda _, before, _after: before in _AN_BEFORE,
    "not": lambda first, before, _: before in _THERE_BE_NOT or (before in _THERE_BE and first == "there"),
    "to": lambda first, before, following: (
        (before in _HAVING and first in w.PERSON_SUBJECTS)
        or (before in _COUNT_BEFORE_UNIT and following in _TIME_UNITS)
        or (before == "in" and first in _DUE_IN and following in _TIME_UNITS)
        or (before == "for" and following.endswith("s"))
    ),
    "is": lambda _, before, following: before in _IT_IS_BEFORE and following in _IT_IS_NEXT,
    "be": lambda first, _, following: following in _BY_AGENT_STARTS and first in _BY_PASSIVE_BE,
}
"""For each gated word, what the two words before it and the word after it must be."""


class ShortWordSlip(GrammarRule):
    id = "grammar.short-word-slip"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A short word typed for its twin: 'I no what you mean', 'jumped of the bus', 'going too the shop'."
    why = (
        "One letter more or less turns 'know' into 'no' or 'now', 'off' into 'of', 'for' into 'four', "
        "'to' into 'too', 'they' into 'the', 'our' into 'are', 'your' into 'you', 'threw' into 'through' "
        "and 'won' into 'one', 'could' into 'cold', all real words the spelling check passes. Each is "
        "reported only in a slot "
        "the typed word cannot fill and its twin can: a clause after 'I no', an object after 'jumped of', "
        "an article after 'too', a verb after a sentence's 'The', a noun after 'is are'."
    )
    bad = (
        "Than the storm hit the town. Than we left.",
        "I no what you mean, and I didn't no the answer.",
        "I did not no what to say, and the soup cold be warmer; all my father cold do was wait.",
        "Let me no if you want to now more.",
        "He jumped of the bus. Turn of the lights.",
        "She switched the radio of and left. We paid the loan of early.",
        "The bus dropped us of outside the museum, and she paid it of early.",
        "Profits fell bellow expectations; see the notes bellow.",
        "The plane took of late, and the flight took of from Heathrow on time.",
        "She always fell nervous before a match, and I fell guilty about it.",
        "It was cancelled because off the rain, and he has a lot off money.",
        "I would like to thank you four your help.",
        "Thank you four the warm welcome; we are waiting four the bus.",
        "I am going too the shop.",
        "The want to buy a house, and the went home.",
        "This is are house.",
        "Thank you for you help. What is you name?",
        "He through the ball to me.",
        "Our team played well and one the match.",
        "He as been here before, and she is on of the best.",
        "He as lived in Berlin since 2010, and the company as been sold.",
        "He is one if the best players. The dog broke lose.",
        "Most if the time we stay in, some if them work late, and that's the kind if music I like.",
        "Please be quite in the library. Back than, we ate and than we left.",
        "The hall went quite when she spoke; she has a quite voice.",
        "The screws came lose during the flight, and the belt was a bit lose.",
        "The room was very quite after the guests left, and it stayed quite until noon.",
        "She is quiet tall for her age, and I'm quiet sure of it; he was quiet fond of her.",
        "Th water is hot, so put it on th table.",
        "A lot or people agree, and a couple or friends came.",
        "The protesters marched through the city center, than they went home.",
        "From than on I herd of it daily. The cannot help you.",
        "We our going home. I can't here you. What should I where to the party?",
        "I'm going to by a new car. My farther is a doctor. The manger said the shop would close.",
        "We need to by groceries, and you can by clothes online. She is the only on who called back.",
        "We want to the beach last weekend. He threw the ball through the window and than apologized.",
        "The said they would arrive by noon, and the knew that it was late.",
        "The team looked week after the loss, I felt so week, and the students were board during the talk.",
        "Our you coming to the party tonight?",
        "The firm laid of 200 workers, and the striker was sent of after a second yellow card.",
        "The guards told then to wait, and we urged then to leave.",
        "Prices rose sharply, than fell again. The hosts played well, bit lost in extra time.",
        "Visitors were asked to remove their shoes, bit nobody did.",
        "There is no reason to by a new phone every year.",
        "The winner will be chosen buy a panel, and the house is owned buy a bank.",
        "I know understand the problem, and we know realise it.",
        "First unplug the router, than wait thirty seconds.",
        "The storm cut the power, and than the basement began to flood.",
        "The club meets every Saturday morning, and than members often gather for lunch in town.",
        "The hinges on the old doors had become lose, and a tooth worked lose during the flight.",
        "The neighborhood is quite at night, and the park is quite in the evenings.",
        "A pet python got lose from its enclosure.",
        "The handle still feels lose after a few days of use.",
        "The library is the only quite place on campus where I can focus.",
        "First, remove the filter cover and than slide the old filter out of the unit.",
        "Wait for the crossing guard's signal and than cross the street in a single line.",
        "Wear lose, breathable clothing for the class, and avoid wearing lose jewelry near the machines.",
        "First, the contractor will remove the old roof, and than crews will install the new insulation.",
        "Our shirts have a lose fit, and staff noticed the lose bricks on the front steps.",
        "Dogs may not run lose in the park; one was running lose near the school.",
        "My boots were so lose that I slipped.",
        "The hike took us almost to hours longer than planned, and the vote came about to weeks later.",
        "The council approved the budget after to hours of debate, and repairs are due within to weeks.",
        "The parking lot has room for to trucks, and the report is due back in to weeks.",
        "By eight the queue was stretching two the end of the block.",
        "Crews found several lose tiles on the roof, and walkers should watch for lose stones.",
    )
    good = (
        "She would rather sit and read than watch the news; he would sooner walk than take the bus.",
        "Bigger. Than the one it replaced. Than the others, she was taller. It was taller than the house was.",
        "Bigger? Than. We left early.",
        "Teams that become complacent lose; those who became owners lose less; we worked to lose weight.",
        "She is quite at home at night; he was quite in the mood for evening walks.",
        "More parents than teachers came, and more students and than parents often stay; fewer cats and than dogs run.",
        "I know what you mean; I no longer live here; it was to no avail.",
        "It did not now matter; she caught a cold; the stone cold truth; the cold have little choice.",
        "I now live here, and I don't now recall it. We want to now see the results.",
        "He jumped off the bus; the fall of Rome; the turning of the tide; one of the officials took of it.",
        "She told us of her plans; they reminded him of it; he cleared them of blame; what did you make of it?",
        "The crowd began to bellow the anthem; a bellow of rage came from below; bulls bellow at dawn.",
        "The care she took of her mother; the notes he took of the talk; the photos we take of them.",
        "He fell ill, the crowd fell silent, she fell asleep, and the joke fell flat; the fell walkers rested.",
        "He took a lot off the price, and she is full of hope.",
        "Four of my friends came. I thank you for your help; page four, his notes.",
        "In chapter four the author argues; I gave you four the other day; the final four the team faces.",
        "Me too, the others said. It was too much.",
        "The will of the people; the can of beans; the said contract; the need to act. They went home.",
        "The ones we believe in are people. This is our house.",
        "Thank you for your help; this is for you guys; I spoke with you today; it is about you being late.",
        "I pushed him through the door; they walked through the park.",
        "She through her agent declined to comment, and he through his union says the deal is off.",
        "The one the team won was the final. Which one the players chose is unclear.",
        "He as a child was shy; she as well. Choose one if the other fails.",
        "It helps a lot if the room is warm; take one if the price is right; eat some if you like.",
        "Sell some if US stocks fall; take one if the price really drops; it helps a lot if parents, too, read.",
        "He as expected won the race; she as promised left early; he as told walked home.",
        "Life as lived by monks was hard; he as a rule said little; she as often worked late.",
        "We can treat it as done, and they see it as given.",
        "Carry on, of course. They came to lose. He was quite large; keep quite still; we are quite at ease.",
        "It went quite well; a quite remarkable year; quite a while; we ate less and so lose weight.",
        "It was quite after all a success; it was really quite good.",
        "The room was quiet and dark, quiet enough to sleep; it is quiet compared to the city; a quiet little town.",
        "The street is quiet tonight, and the house was quiet inside.",
        "The rock holds Th and U; Th 232 decays; it was the 20 th time.",
        "Wait a couple or more days; it costs a lot or a little; lots or lots; a number or letter key.",
        "There is no limit to the number or kinds of sounds. Th is the symbol for thorium.",
        "Enter a number or letters; it comes in many types or colours and a range or sizes.",
        "It's a big year for you, friend.",
        "It took more time than we planned, and more than we had. Rather than wait, we left.",
        "It was bigger, than they thought; no sooner had we sat down, than they left.",
        "We, our friends and family came. Go to where the cars are. Come here, you.",
        "We walked to by the river; it will by then be late; my farther point; a baby in a manger.",
        "The firm will by the end of May have a plan; it will by a wide margin win.",
        "Prices rose to by far the highest level; he was the only one on duty who came; carry on, who knows.",
        "Do whatever you want to the house; we want to go. Sales grew faster and than expected, more and than doubled.",
        "The said contract was signed. The thought that he might lose scared him; the think tank said it.",
        "She felt week after week that nothing changed; he was board certified and got board approval.",
        "The deal became week one news; the windows were board up; they were board members.",
        "Our you-know-what is broken. Our team is ready.",
        "The library was quiet after the students left; it stays quiet over the holidays.",
        "The floor was laid of marble; the photos sent of the crash were blurred; the eggs laid of this kind.",
        "She was told then to leave; he went back then to Paris. It grew faster, than expected.",
        "I spent far more time choosing a hotel in Paris, a city with endless options and confusing "
        "neighborhoods, than I did sleeping in it.",
        "He was a bit lost; bit by bit, it changed; the dog, bitten, bit, scratched and ran.",
        "The dog growled, bit nobody, and lay down; the snake struck, bit everyone in reach and slid away.",
        "He gave one the first prize and the other the second; they handed one the trophy.",
        "The snake reared, bit you and vanished.",
        "The hens laid of their own accord. He tried to help then to hinder.",
        "He turned the corner of the street; which team did you turn the fans of? It is the town we paid the debts of.",
        "If that holds, we expect then to see a rise; the rule would require then to see new forms.",
        "Shoppers who were offered buy one, get one free deals; they owned buy-to-let flats; we decided to buy a car.",
        "The shares were rated buy this week, and the stock was rated buy the day after the results.",
        "I know love is blind; you know, see it for yourself; those who know do not speak.",
        "The people I know understand it; the places I know are shut, and the shops I know have closed.",
        "It costs less to rent, than buy; I prefer to walk, than drive; she is taller, than I am.",
        "Please check out my who let the dog out blog.",
        "We had more cars and than the trucks came; it is better to ask and than the boss said no.",
        "The law takes effect Jan. 1, and drivers who violate it face fines of up to $500.",
        "I could feel the team lose focus; they seem to lose interest when we felt we would lose.",
        "It was only quite recently that the only quite good one sold.",
        "Teams that run lose fewer games; we ran, lose or win; so lose that habit.",
        "We were about to leave; it came down to hours of talks; he was nearly to Boston; it applies only to days off.",
        "We listened to hours of music; wait up to hours; thanks to years of work; due to months of delays.",
        "We sold two the first day, they won two the following season, and you can log in to accounts here.",
        "Many lose sleep over it, some lose weight fast, and a few lose interest.",
        "More hikers turned back than reached the summit on Sunday.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._possessives(doc)
        found = _sifted(doc)
        gated = _gated(doc)
        if gated:
            found = sorted(found + gated)
        for words, index in each_place(doc, found):
            word = words[index]
            twin, check = _SLIPS[word.low][:2]
            if word.low not in _MAY_END_PHRASE and (index + 1 >= len(words) or not word.joined):
                continue
            if index > 0 and not words[index - 1].joined and word.low not in ("than", "bit", "them"):
                continue  # (", than they went home", ", bit lost": opening a clause after a comma is read below)
            if word.text not in (word.low, word.low.capitalize()) or not check(words, index):
                continue
            if not in_quotes(doc, word.start):
                yield _slip_finding(self, word, twin)
        yield from self._seconds(doc)

    def _seconds(self, doc: Document) -> Iterator[Finding]:
        """The second and third twins (:data:`_SECOND_SLIPS`, :data:`_THIRD_SLIPS`), sifted on both
        neighbours in one pass."""
        lows = doc.lows
        last = len(lows) - 1
        chosen: dict[int, list[_Slip]] = {}
        for position in positions(doc, _LATER_TRIGGERS):
            if position == last:
                continue
            low, following = lows[position], lows[position + 1]
            for slip, sift in _LATER_SLIPS[low]:
                if slip.after is not None and following not in slip.after:
                    continue
                if slip.before is not None and (position == 0 or lows[position - 1] not in slip.before):
                    continue
                if sift is None or sift(following):
                    chosen.setdefault(position, []).append(slip)
        ordered = sorted(chosen)
        for position, (words, index) in zip(ordered, each_place(doc, ordered), strict=True):
            word = words[index]
            if index + 1 >= len(words) or not word.joined or (index and not words[index - 1].joined):
                continue
            if word.text not in (word.low, word.low.capitalize()) or in_quotes(doc, word.start):
                continue
            for slip in chosen[position]:
                if slip.twin == "your" and _SLIPS["you"].check(words, index):
                    continue  # grammar.short-word-slip's first 'you' check has it
                if slip.check(words, index):
                    yield _slip_finding(self, word, slip.twin)
                    break

    def _possessives(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        found = [
            position
            for position in positions(doc, _POSSESSIVE_TWINS_KEYS)
            if 0 < position < last and lows[position - 1] not in _NOT_BEFORE_POSSESSIVE
        ]
        for words, index in each_place(doc, found):
            word = words[index]
            if word.text == word.low and possessive_slot(words, index) and not in_quotes(doc, word.start):
                yield _slip_finding(self, word, POSSESSIVE_TWINS[word.low])


POSSESSIVE_TWINS = {"out": "our", "are": "our"}
"""Words one letter away from a possessive determiner, which no noun phrase can open ('there',
'they're' and 'you're' are grammar.their-confusion's and grammar.your-confusion's, which read
:func:`possessive_slot` too)."""
_POSSESSIVE_TWINS_KEYS = frozenset(POSSESSIVE_TWINS)
_NOT_BEFORE_POSSESSIVE = w.AUXILIARIES | w.MODALS | frozenset("to it's that's what's who's".split())
_PERSONS_CONTRACTED = frozenset(("they're", "they’re", "you're", "you’re"))
_CONTRACTED = _PERSONS_CONTRACTED | {"it's", "it’s"}
_OUT_PLACES = frozenset(
    """front back west east north south home top bottom first last loud there here ahead abroad
    overseas yonder sick cold""".split()
)
"""Nouns (and words read as nouns) that follow 'out' as a particle's place or state: 'came out top',
'moved out west', 'read out loud'."""


@cache
def _confusions() -> ModuleType:
    """:mod:`.confusions`, imported on first use (it imports this module)."""
    from . import confusions

    return confusions


def possessive_slot(words: list[Word], index: int) -> bool:
    """A look-alike of a possessive determiner ('out', 'are', 'there', 'they're', 'you're') stands where a possessive
    opens a verb's or a preposition's object: after a verb that takes no clause or a preposition,
    before a noun (an adjective or a noun between) that cannot stand bare, and the object ends there
    ("approved out request on Monday", "lost are luggage.", "graded there test overnight", "admire
    they're courage."). 'Out', 'are' and 'there' must be unattested after the verb in the web counts
    (not 'held out', 'took out', 'left there', 'found are': a particle, an adverb or the verb of a
    contact clause) and the noun a singular count noun whose plural the web writes often ('tested out
    new methods', 'measured out flour', 'met there people'); after 'they're' and 'you're' a mass noun
    or a plural counts too ('they are courage' cannot stand in an object's slot). Not "came out top",
    "threw out case after case", "He was out cold": a place, a repeated noun, an auxiliary before."""
    c = _confusions()

    previous, word = words[index - 1], words[index]
    if not previous.joined or not word.joined or (previous.capitalised and not previous.sentence_start):
        return False
    contracted = word.low in _CONTRACTED
    if contracted and previous.low in c._CLAUSE_BEFORE:
        return False  # "while you're doing development": 'while' opens a clause here, not the verb 'while'
    if word.low == "out" and index > 1 and words[index - 2].low in w.DETERMINERS and words[index - 2].joined:
        return False  # "let the dog out", "my who let the dog out blog": a noun and its particle
    if previous.low not in c._PREPOSITIONS_BEFORE_POSSESSIVE or word.low == "out":
        lemmas = w.verb_lemmas(previous.low)
        if word.low in _PERSONS_CONTRACTED:
            clause_verbs = c.PERSON_CLAUSE_VERBS  # "I remember they're friends": 'they are'
        else:
            clause_verbs = c.CONTRACTION_CLAUSE_VERBS if contracted else c._CLAUSE_VERBS
        if not lemmas or any(lemma in clause_verbs for lemma in lemmas) or "VERB" not in w.tags(previous.low):
            return False  # "I see they're friends": 'they are' opens the clause
        if not contracted and any(_verb_then(lemma, word.low) for lemma in lemmas):
            return False  # "held out hope", "churned out copy", "lived there years"
    noun_at = index + 1
    if words[noun_at].low in _OUT_PLACES:
        return False
    tags = w.tags(words[noun_at].low)
    if "ADJ" in tags and noun_at + 1 < len(words) and words[noun_at].joined and not words[noun_at].capitalised:
        noun_at += 1  # "sold are old house"
        tags = w.tags(words[noun_at].low)
    if (
        "NOUN" in tags
        and noun_at + 1 < len(words)
        and words[noun_at].joined
        and w.tags(words[noun_at + 1].low) == {"NOUN"}
    ):
        noun_at += 1  # "refused out loan application"
        tags = w.tags(words[noun_at].low)
    noun = words[noun_at]
    if noun.capitalised or noun.low in _OUT_PLACES or not tags or not tags <= {"NOUN", "VERB"}:
        return False
    if "VBN" in w.verb_tags(noun.low) or (word.low == "are" and w.verb_tags(previous.low) & {"VBZ", "VBP"}):
        return False  # "Blue skies are forecast", "the ones we sell are cut": a passive, the verb's subject
    counted = c._bare_count_noun(noun.low) and _plural_common(noun.low)
    # after 'they're' or 'you're' any noun (a verb too or not, no participle) cannot be what 'they are' is
    # in an object's slot ("presented they're research on erosion")
    bare_noun = word.low in _PERSONS_CONTRACTED and not w.verb_tags(noun.low) & {"VBN", "VBG", "VBD"}
    bare_noun = bare_noun and noun_at == index + 1  # (not 'it's': "signals it's time to sleep")
    if not counted and not (contracted and (c._mass_noun(noun.low) or w.is_plural_noun(noun.low) or bare_noun)):
        return False
    if noun_at + 1 >= len(words):
        return True
    if not noun.joined:
        return False  # "crowds out friendship, ambition and hope": a list of bare nouns
    after = words[noun_at + 1]
    if after.low in w.PREPOSITIONS and noun_at + 2 < len(words) and words[noun_at + 2].low == noun.low:
        return False  # "threw out case after case"
    if after.low in c._AFTER_OBJECT_SLOT or ("ADV" in w.tags(after.low) and not w.tags(after.low) & {"NOUN", "VERB"}):
        return True  # "approved out request on Monday", "graded there test overnight"
    return c._after_object_noun(after.low) and "NOUN" not in w.tags(after.low)  # not "measure out wall sections"


@cache
def _verb_then(lemma: str, low: str) -> bool:
    """Some form of the verb stands before ``low`` in the web counts ('churn out', 'pumping out',
    'lived there'): a particle or an adverb the verb takes, not a slip."""
    from ._ngrams import web_pair_count

    forms = {lemma}.union(*w.verb_inflections(lemma).values())
    return any(web_pair_count(form, low) is not None for form in forms)


_PLURAL_SHARE = math.log(0.1)


@cache
def _plural_common(low: str) -> bool:
    """The web writes the noun's plural at least a tenth as often as the noun: a thing counted ('cat',
    'request', 'printer'), not stuff measured ('flour', 'insurance', 'sugar')."""
    from ._ngrams import web_word_count

    plurals = [form for form in w.noun_inflections(low).get("NNS", ()) if form != low]
    singular = web_word_count(low)
    plural = web_word_count(plurals[0]) if plurals else None
    return singular is not None and plural is not None and plural - singular >= _PLURAL_SHARE


# ---- look-alikes of another word class: 'see you latter', 'even thought it rained', 'a through check',
# 'on the some day', 'closed form Monday', 'rose by ten present'

_LATER_BEFORE = frozenset(
    """seconds minutes hours days weeks months years decades centuries moments time much even little
    until till you it him her them me us""".split()
)
"""Words after which 'later' ends a phrase of time ('two years later', 'see you later', 'much later'):
'the latter' needs its determiner."""
_LATER_AFTER = frozenset(("on", "than"))
"""Words after which 'latter' can only be 'later' ('latter on', 'no latter than')."""
_LATER_OPENING = frozenset(("", "that", "this", "in")) | w.PERSON_SUBJECTS
"""What follows a sentence's opening 'Latter' that makes it 'Later' ("Latter that day", "Latter, we")."""
_LATTER_DETERMINERS = w.DETERMINERS | frozenset("and or former".split())
"""Before 'latter' these make it the pronoun or the adjective ('the latter', 'the former and latter')."""


def _later(words: list[Word], index: int) -> bool:
    """'latter' for 'later' where no determiner makes it 'the latter' and no noun follows: "we can talk
    about it latter", "two years latter", "latter on", "sooner or latter", "Latter that day". Not
    "the latter", "his latter years", "in latter days", "the former and latter": the pronoun or
    the adjective."""
    previous = words[index - 1].low if index and words[index - 1].joined else ""
    if previous in _LATTER_DETERMINERS and not (previous == "or" and index >= 2 and words[index - 2].low == "sooner"):
        return False
    following = _next_low(words, index)
    if following not in _LATER_AFTER and following not in ("that", "this") and "NOUN" in w.tags(following):
        return False  # "in latter years", "latter part": the adjective
    if following in _LATER_AFTER or previous == "or":
        return True
    if following in ("this", "that", "next") and _low_at(words, index + 2) in w.TIME_NOUNS:
        return True  # "I'll send it latter this week", "latter that day": a time, not the pronoun
    if index == 0 or not previous:
        return index == 0 and words[index].sentence_start and following in _LATER_OPENING
    return previous in _LATER_BEFORE


_LATTER_VERBS = w.AUXILIARIES | frozenset("seems seemed appears appeared looks offers offered remains".split())


def _latter(words: list[Word], index: int) -> bool:
    """'later' for 'latter' as a pronoun: 'the later' before a verb or at the end of the sentence, with
    'the former' or a choice of two before it ("Of the two options, the later seems cheaper", "the
    former is cheap, the later is not"). Not "the later stages", "the later the better", "at a later
    date": a noun or a comparison follows."""
    if index < 1 or words[index - 1].low != "the" or not words[index - 1].joined:
        return False
    following = _next_low(words, index)
    if following and following not in _LATTER_VERBS:
        return False
    before = {word.low for word in words[:index]}
    return "former" in before or "two" in before or "both" in before


_EVEN_AS_BEFORE = frozenset(
    """look looks looked looking seem seems seemed feel feels felt sound sounds sounded act acts acted
    acting behave behaves behaved behaving""".split()
)
"""Verbs that take 'as though' ('it looks as though it will rain')."""
_THOUGH_SUBJECTS = w.SUBJECT_PRONOUNS | w.ARTICLES | w.POSSESSIVES | frozenset("there this that these those".split())


def _though(words: list[Word], index: int) -> bool:
    """'thought' for 'though' after 'even' opening a clause, or after 'as' after 'look', 'seem' …, before
    a clause of its own ("Even thought it was raining, we went", "it looks as thought it will rain").
    Not "I had never even thought it possible", "he even thought the plan would work": there
    'thought' is the verb, after its subject or an auxiliary."""
    if index < 1 or not words[index - 1].joined:
        return False
    link = words[index - 1].low
    if link == "even":
        opens = index == 1 or not words[index - 2].joined or words[index - 2].low in ("and", "but", "yet")
    elif link == "as":
        opens = index >= 2 and words[index - 2].joined and words[index - 2].low in _EVEN_AS_BEFORE
    else:
        return False
    if not opens or _next_low(words, index) not in _THOUGH_SUBJECTS:
        return False
    clause = [_low_at(words, at) for at in range(index + 2, min(index + 5, len(words)))]
    return any(low and (w.plainly_finite(low) or w.plainly_past(low)) for low in clause)  # "it was", "the bill passed"


_THOUGHT_SUBJECTS = w.PERSON_SUBJECTS
_THOUGHT_NEXT = frozenset(
    "it that i you he she we they the a an this there about of so my his her your our their".split()
)
"""What follows the verb 'thought' as its clause or object ('I thought it was', 'we thought about it',
'she thought so'), and never the adverb 'though' between a subject and its verb."""
_THOUGHT_OPENERS = frozenset("and but so because that when if".split())


def _thought(words: list[Word], index: int) -> bool:
    """'though' for 'thought' between a subject pronoun that opens its clause and the clause or
    object the verb takes ("I though it was a good idea", "we though about it", "and she though
    so"). Not "I, though, was late", "he though was not convinced", "even though it rained": a
    comma, a verb or 'even' is beside it."""
    if (
        index < 1
        or not (words[index - 1].joined and words[index].joined)
        or words[index - 1].low not in _THOUGHT_SUBJECTS
    ):
        return False
    if words[index - 1].low == "i" and words[index - 1].text != "I":
        return False
    opens = index == 1 or not words[index - 2].joined or words[index - 2].low in _THOUGHT_OPENERS
    return opens and _next_low(words, index) in _THOUGHT_NEXT


_THOROUGH_BEFORE = w.POSSESSIVES | _VERY | frozenset(("a", "the", "most", "more"))
"""Words before an adjective 'thorough' that no preposition 'through' follows."""
_THOROUGH_NOUNS = frozenset(
    """check checks search searches investigation investigations review reviews examination examinations
    analysis inspection inspections study understanding knowledge cleaning clean job evaluation
    assessment audit overhaul explanation reading research test testing screening briefing training
    inquiry enquiry probe scrub wash vetting grounding look""".split()
)
"""Nouns that 'thorough' goes with ('a thorough check'), none of which 'through' makes a compound with
('a through road', 'a through train', 'through traffic' are sound)."""


def _thorough(words: list[Word], index: int) -> bool:
    """'through' for 'thorough' between an article or 'very' and a noun of checking ("a through check
    of the factory", "a very through investigation"), or after 'very' or 'more' at the end of a
    phrase ("he was very through"). Not "a through road", "through the check": no preposition
    stands after an article."""
    previous = words[index - 1].low if index and words[index - 1].joined else ""
    following = _next_low(words, index)
    if previous in _VERY and following in ("", "and", "in", "with", "about"):
        return True  # "he was very through in his work"
    if previous not in _THOROUGH_BEFORE:
        return False
    if following in _THOROUGH_NOUNS:
        return True
    beyond = _low_at(words, index + 2)  # "a through and careful check"? 'a through, careful check'
    return w.tags(following) == {"ADJ"} and beyond in _THOROUGH_NOUNS


_SOME_NOT_SAME = w.CARDINALS | frozenset(
    """one eleven thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety thousand
    million billion dozen odd few hundreds thousands millions billions dozens tens scores half quarter several
    """.split()
)
"""After 'the some' a number is right ("the some 300 residents", "the some two dozen cases")."""


def _same(words: list[Word], index: int) -> bool:
    """'the some' for 'the same' before a word that is no number: "on the some day", "at the some
    time", "the some as before". Not "the some 300 residents" nor "the some two dozen cases"."""
    following = _next_low(words, index).split("-")[0]  # "the some twenty-five cases"
    if index == 0 or not words[index - 1].joined or not following or not following.isalpha():
        return False
    if not words[index + 1].text.islower():
        return False
    return following not in _SOME_NOT_SAME and words[index - 1].text in ("the", "The")


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april june july august september october november december".split())
_FROM_DAY_AFTER = frozenset("away apart far aside back straight open closed available valid effective".split())
"""Adverbs and adjectives before 'from Monday' ("open form Monday", "valid form May")."""
_FROM_ALONE = frozenset("scratch afar abroad overseas".split())
"""Words that follow 'from' and never the noun 'form' ("start form scratch", "form afar")."""
_FROM_PHRASES = {"time": "to", "now": "on", "then": "on"}
"""'from time to time', 'from now on', 'from then on': the word after the next must be there too."""
_FROM_BEFORE_DETERMINER = frozenset(
    """away apart aside far came come comes coming arrived arrives departed fled flee flees escaped emerged
    emerges stemmed stems stemming resulted results resigned retired graduated returned recovered recovering
    benefited benefit benefits suffered suffers suffering exempt""".split()
)
"""Words after which 'form the …' can only be 'from the …' ("came form the north", "away form the
coast"): none of them is followed by the verb 'form' or takes the noun as an object. Participles that
take an object are left out: "the compounds derived form the basis", "particles released form a plume"."""


def _from(words: list[Word], index: int) -> bool:
    """'form' for 'from': before a day or a month ("closed form Monday to Friday"), before a word
    only 'from' takes ("form scratch", "form now on", "form time to time"), and before a
    determiner after a word of leaving or coming ("away form the coast", "came form the north").
    Not the noun after a determiner or a possessive ("the form Monday", "their away form the past
    month", "an order form today") nor the verb ("will form the basis", "clouds form over the sea")."""
    if index == 0 or not words[index - 1].joined or after(words, index) is None:
        return False
    previous = words[index - 1]
    if index >= 2 and words[index - 2].joined:
        before = words[index - 2].low
        if before in w.DETERMINERS or before.endswith(("'s", "’s")):
            return False  # "their away form", "the order form"
    if previous.low in w.DETERMINERS or previous.low.endswith(("'s", "’s")) or not previous.text.islower():
        return False
    following = words[index + 1]
    low = following.low
    if low in _WEEKDAYS or low in _MONTHS:
        tags = w.tags(previous.low)
        if previous.low in w.MODALS or previous.low in w.AUXILIARIES or previous.low in _FORM_AS_CLASS:
            return False  # "storms could form Monday", "pupils attend form Monday to Friday" (a school form)
        verb = "VERB" in tags and "NOUN" not in tags
        return following.capitalised and (verb or previous.low in _FROM_DAY_AFTER)
    if low in _FROM_ALONE:
        return True
    if previous.low == "far" and (low in _FAR_FROM_NEXT or w.tags(low) == {"ADJ"}):
        return True  # "far form perfect", "far form over": 'far from', never the noun after 'far'
    if low == "home" and previous.low in _FROM_HOME_BEFORE:
        return True  # "work form home", "miles away form home"
    if following.capitalised and previous.low in _FROM_PLACE_BEFORE and _plain_name(words, index + 1):
        subject = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        if previous.low in ("here", "there") and not (w.verb_tags(subject) and "NOUN" not in w.tags(subject)):
            return False  # "the staff here form Labour groups": 'here' after a verb only ('moved here')
        return subject not in _RELATIVES_BEFORE and not w.is_plural_noun(subject)  # "moved here form Poland"
    if low in _FROM_PHRASES:
        return _low_at(words, index + 2) == _FROM_PHRASES[low]
    if previous.low in _FROM_AFTER_PASSIVE and low in w.ARTICLES | w.POSSESSIVES:
        be = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        relative = index >= 3 and words[index - 3].joined and words[index - 3].low in _RELATIVES_BEFORE
        # "he was hired form a rival club"; not "the staff hired form a union", "those who were signed
        # form a strong core" (a relative clause, then the main verb 'form')
        return be in _BE_BEFORE_PASSIVE and not relative and not _clause_waits(words, index - 1)
    if not (low in w.ARTICLES | w.POSSESSIVES and previous.low in _FROM_BEFORE_DETERMINER):
        return False
    subject = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
    # "The rebels who fled form the bulk", "Particles released form a plume": a subject and its verb 'form'
    return subject not in _RELATIVES_BEFORE and not w.is_plural_noun(subject) and not _clause_waits(words, index - 1)


def _clause_waits(words: list[Word], index: int) -> bool:
    """The clause before ``words[index]`` leaves its subject without a verb ('the gases that have
    been released form', 'the seeds being released form'): see :func:`._words.subject_awaits_verb`."""
    return w.subject_awaits_verb([word.low for word in words[stretch_start(words, index) : index]])


_FROM_AFTER_PASSIVE = frozenset(
    """hired signed recruited poached transferred borrowed bought imported rescued evacuated removed banned
    expelled dismissed recalled stolen taken withdrawn excluded released freed barred suspended sacked
    fired ousted""".split()
)
"""Participles that take 'from' in a passive ("was hired form a rival club", "were evacuated form
the town"): after 'was' or 'were' the verb 'form' cannot follow them."""
_FAR_FROM_NEXT = frozenset("over it being the a an certain clear sure perfect done finished".split())
"""What follows 'far from' ("far form over", "far form the truth"); an adjective too ("far form easy")."""
_FROM_HOME_BEFORE = frozenset(
    """work works worked working away far miles back return returned returning came come comes coming
    fled escaped""".split()
)
"""Words before 'from home' ("work form home", "away form home"): none takes the noun 'form' before 'home'."""
_FROM_PLACE_BEFORE = _FROM_BEFORE_DETERMINER | frozenset(
    "here there moved travelled traveled flew imported exported".split()
)
"""Words before 'from' and a place ("moved here form Poland", "flew form Paris"); not before the
noun 'form' or the verb with a name after it ("players who moved form Poland's core")."""


def _plain_name(words: list[Word], index: int) -> bool:
    """A capitalised word at ``index`` that is no possessive and not a sentence's first word."""
    name = words[index]
    return not name.sentence_start and not name.text.endswith(("'s", "’s")) and name.text[:1].isupper()


_FORM_AS_CLASS = frozenset("to attend attends attended attending join joins joined joining".split())
"""Words before 'form Monday' where 'form' is the verb or a school's class."""
_RELATIVES_BEFORE = frozenset("who which that those these".split())


_PERCENT_NEXT = frozenset(
    """increase increases rise rises drop drops fall falls cut cuts stake chance discount reduction
    growth decline jump gain gains tax interest rate majority lead higher lower year-on-year
    annually""".split()
)
"""What follows 'ten percent' and not 'ten present' ("ten present at the meeting"); not 'of', 'more',
'less' or 'share', which follow the people there too ("ten present of the twelve invited", "with 30 present
more chairs were needed", "the 12 present share a table")."""
_PERCENT_BEFORE = frozenset("by to from".split())
"""'rose by ten present', 'fell to 5 present': a rise or a fall, never the people there."""
_PERCENT_END = frozenset(("", "last", "this", "a", "per", "since", "compared"))
"""What may follow 'by ten percent' ("rose by ten present last year"); 'last' alone is no sign
("there were 20 present last night")."""


def _percent(words: list[Word], index: int) -> bool:
    """'present' for 'percent' after a number: before 'increase', 'rise', 'stake' and the like ("a 10
    present rise"), or after 'by', 'to' or 'from' and the number ("rose by ten present."). Not the
    people there: "ten present voted", "with 12 present at the meeting", "ten present of the twelve"."""
    if index == 0 or not words[index - 1].joined:
        return False
    number = words[index - 1]
    if not w.is_numeral(number.low) or number.low in ("one", "1"):
        return False
    following = _next_low(words, index)
    if following in _PERCENT_NEXT:
        return True
    before = _low_at(words, index - 2) if index >= 2 and words[index - 2].joined else ""
    return before in _PERCENT_BEFORE and following in _PERCENT_END


_WORD_PARTS = frozenset(
    """letter letters vowel vowels syllable syllables sound sounds consonant consonants character characters
    part parts stress meaning meanings sense senses use usage spelling element elements stroke strokes accent
    root prefix suffix form forms""".split()
)
"""What a word holds ("the commonest letter in the word"): then 'word' is meant."""
_WORLD_NEXT = frozenset("today and but right now so at for ever".split())


def _superlative(low: str) -> bool:
    """'best', 'most', 'least' or an adjective's '-est' form, a noun too ('the latest in the word')."""
    return low in ("best", "worst", "most", "least") or w.superlative_form(low)


def _world(words: list[Word], index: int) -> bool:
    """'word' for 'world' after a superlative: "the best cake in the word", "the tallest building in
    the word today". Not what a word holds: "the commonest letter in the word", "the longest syllable
    in the word 'banana'" (a word joined after it is no sign either)."""
    if index < 3 or not all(words[at].joined for at in range(index - 3, index)):
        return False
    if words[index - 1].low != "the" or words[index - 2].low != "in" or words[index - 3].low in _WORD_PARTS:
        return False
    following = after(words, index)
    if following is not None and following.low not in _WORLD_NEXT:
        return False
    # the superlative must be the noun's own, just before it ("the best cake in the word"), not one
    # further back ("The best tip is a hyphen in the word")
    noun_at = index - 3
    if "NOUN" not in w.tags(words[noun_at].low):
        return False
    return any(back >= 0 and _superlative(words[back].low) for back in (noun_at - 1, noun_at - 2))


_STARED_AT = frozenset(
    """screen screens camera cameras ceiling floor ground wall walls sky window windows sea phone phones
    ball clock door road page wreckage body photo photograph picture pictures crowd stranger strangers
    void horizon mirror""".split()
)
"""What people stare at ("starring at the ceiling"): never a stage or a venue ('starring at the Old Vic')."""
_GAZE_OBJECTS = frozenset("me him her them us you each one".split())
_TAPPED_ON = frozenset("window windows door glass shoulder table desk keyboard microphone".split())
"""What is tapped on ("taping on the window"): not 'wall' or 'roof' ('taping on the wall' of posters,
a film crew 'taping on the roof')."""
_SCRAPPED = frozenset(
    """plan plans project projects scheme schemes idea ideas proposal proposals policy policies tax levy
    law bill deal deals programme programmes program programs service services route routes tour event
    events fixture contract contracts target targets rule rules reform reforms system""".split()
)
"""What is scrapped ("the plan was scraped after the election"); a car or a knee is scraped."""


def _staring(words: list[Word], index: int) -> bool:
    """'starring at' before someone or something looked at: "protesters were starring at the
    cameras", "she kept starring at me". Not "starring at the Old Vic" (a venue, in capitals)."""
    if _low_at(words, index + 1) != "at":
        return False
    target = _low_at(words, index + 2)
    if target in _GAZE_OBJECTS:
        return True
    if target not in w.ARTICLES and target not in w.POSSESSIVES:
        return False
    thing = words[index + 3] if index + 3 < len(words) and words[index + 2].joined else None
    if thing is None or not thing.text.islower() or thing.low not in _STARED_AT:
        return False
    # the thing looked at ends its noun phrase: not "starring at the sea front theatre", "the floor show"
    after = _low_at(words, index + 4) if thing.joined else ""
    return not (after and "NOUN" in w.tags(after) and after not in w.PREPOSITIONS and after not in _NOT_HEADS)


_NOT_HEADS = frozenset("and or but as while when until like all again for".split())
"""Words after 'starring at the camera' that no compound noun ends with."""


def _tapping(words: list[Word], index: int) -> bool:
    """'taping on' before what is knocked on: "children were taping on the window"."""
    if _low_at(words, index + 1) != "on":
        return False  # not 'at': "the host was taping at the desk" (recording there)
    target = _low_at(words, index + 2)
    if target not in w.ARTICLES and target not in w.POSSESSIVES:
        return False
    if _low_at(words, index + 3) not in _TAPPED_ON:
        return False
    # the thing knocked on ends the phrase: "taping on the window." or "… on the window and";
    # not "taping on the window frames" (a compound) nor "taping on the glass to stop it shattering"
    # (tape put on the glass, for a purpose)
    if not words[index + 3].joined or _low_at(words, index + 4) in _AFTER_KNOCKING:
        return True
    # "… on the window to get our attention"
    return _low_at(words, index + 4) == "to" and _low_at(words, index + 5) in _KNOCKING_PURPOSES


_KNOCKING_PURPOSES = frozenset("get attract catch wake".split())
"""Purposes of knocking, not of taping: "taping on the window to get our attention"."""


_AFTER_KNOCKING = frozenset("and but when while until again as so because loudly softly gently impatiently".split())
"""Words after 'tapping on the window' that end its phrase; a noun or a 'to' of purpose after
'taping on the window' leaves the tape reading standing."""


def _planning(words: list[Word], index: int) -> bool:
    """'planing to' or 'planed to' before a bare verb: "they are planing to appeal", "we had planed to
    leave"; or before a trip or an event: "they are planing a trip". Not a boat 'planing to windward'
    (no verb after 'to'), nor 'planed the door'."""
    following = _low_at(words, index + 1)
    if following in w.ARTICLES or following in w.POSSESSIVES:
        if _low_at(words, index + 2) not in _PLANNED:
            return False
        after = _low_at(words, index + 3) if words[index + 2].joined else ""
        # "they are planing a trip": the event ends its noun phrase, unlike "planing the return leg"
        return not (after and w.tags(after) == {"NOUN"})
    if following != "to":
        return False
    verb = _low_at(words, index + 2)
    return bool(verb) and "VB" in w.verb_tags(verb) and verb not in w.DETERMINERS


_PLANNED = frozenset(
    """trip trips holiday holidays wedding party visit move return strike strikes protest protests attack
    attacks campaign event events meeting comeback tour launch bid takeover merger raid escape appeal
    celebration celebrations ceremony conference festival march rally response budget""".split()
)
"""What is planned and never planed ("planing a trip", "planed a strike"); a plane smooths a door,
an edge or a board."""


_SCRAPED_PARTICLES = frozenset(
    "together through off away clear clean from back along past into up down out across against bare smooth".split()
)
"""What follows 'scraped' and never 'scrapped': "the plan was scraped together in a weekend", "the
deal was scraped through", "the route was scraped clear of snow"."""


def _scrapped(words: list[Word], index: int) -> bool:
    """'scraped' for 'scrapped' in a passive whose subject is a plan: "the plan was scraped after the
    election", "plans for the road were scraped". A car or a knee is scraped."""
    if index < 2 or words[index - 1].low not in _BE_BEFORE_PASSIVE or not words[index - 2].joined:
        return False
    if _low_at(words, index + 1) in _SCRAPED_PARTICLES:
        return False  # "the plan was scraped together", "the deal was scraped through", "scraped off"
    subject = words[index - 2].low
    if subject in _SCRAPPED:
        # not the object of a preposition: "the paint on the plan was scraped"
        return not (index >= 4 and words[index - 3].low in w.DETERMINERS and words[index - 4].low in w.PREPOSITIONS)
    # "plans for the road were scraped": the subject before a short 'for'/'to' phrase
    return any(
        words[at].low in _SCRAPPED and words[at + 1].low in ("for", "to")
        for at in range(max(0, index - 6), index - 2)
        if all(words[k].joined for k in range(at, index - 1))
    )


_ROBBED = w.ARTICLES | w.POSSESSIVES | frozenset("him her them us me banks shops people tourists passers-by".split())


def _robbing(words: list[Word], index: int) -> bool:
    """'robing' or 'robed' before who or what is robbed: "a man who was robing a petrol station", "he
    was robed of his wallet". Not "robed in white", "robing for the ceremony", "the robing room"."""
    following = _low_at(words, index + 1)
    if words[index].low == "robed" and following == "of":
        return True
    if following not in _ROBBED or (index > 0 and words[index - 1].low in w.DETERMINERS):
        return False
    # one robes a person (dresses them in a robe): "was robing the bishop", "robed his clergy in white";
    # a person is robbed only 'of' something, a place or a crowd at any time ("robing a petrol station")
    span = [_low_at(words, at) for at in range(index + 1, min(index + 5, len(words)))]
    if "of" in span:
        return True
    return any(low in _ROBBED_PLACES for low in span[:3])


_ROBBED_PLACES = frozenset(
    """bank banks shop shops store stores station stations house houses home homes office offices jeweller
    jewellers jeweller's till tills safe vault train bus van post petrol garage bookmaker's bookmakers
    museum casino people tourists passers-by pensioners customers travellers""".split()
)
"""What is robbed and never robed: a place, a vehicle, a till, or people in general."""


_OF_TITLE_TWINS = {"striped": "stripped", "scarred": "scared"}


def _of_twin(words: list[Word], index: int) -> bool:
    """'striped of' (stripped of a title) and 'scarred of' (scared of the dark): no stripe and no scar
    is 'of' anything."""
    if _low_at(words, index + 1) != "of" or (index > 0 and words[index - 1].low in w.DETERMINERS):
        return False
    return _low_at(words, index + 2) not in _BODY_PARTS  # "scarred of face and hand": marked in the face


_BODY_PARTS = frozenset(
    "face body hand hands limb limbs skin heart soul mind cheek arm arms leg legs back brow".split()
)


_PINNED_TO = frozenset(
    "ground wall walls floor mat bed seat door board table spot canvas ropes fence tree car chair post".split()
)
"""What someone is pinned to ("pined to the ground"); one pines 'to the end' or 'to the last'."""
_PINNED_NEXT = frozenset("down to against under beneath behind".split())


def _pinned(words: list[Word], index: int) -> bool:
    """'pined down', 'pined to the ground', 'pined against the wall': pinned. One pines for, or away,
    or pines to go home ('to' and a verb)."""
    following = _low_at(words, index + 1)
    if following == "to":  # "pined to the ground"; not "she pined to the end for her son"
        return _low_at(words, index + 2) in w.ARTICLES | w.POSSESSIVES and _low_at(words, index + 3) in _PINNED_TO
    return following in _PINNED_NEXT


_ONE_OF_BEFORE = frozenset(
    """is was are were be been being 's ’s remains remained become became becomes as still now also arguably
    easily surely probably certainly truly undoubtedly perhaps possibly among""".split()
)
"""Words before 'one the best …' that make it 'one of the best': a form of 'be', 'as', an adverb.
Not a verb or a determiner ("pick one the best players use", "the one the best chefs like")."""
_ONE_OF_GROUPS = frozenset("few first last main top leading many biggest".split())


def _one_of(words: list[Word], index: int) -> bool:
    """'one the' for 'one of the' before a superlative or a word that picks from a group: "he is one
    the best players", "she was one the first to leave". Not "the one the best chefs use" (a relative
    clause after a determiner or a verb)."""
    if _low_at(words, index + 1) != "the" or not words[index].text.islower():
        return False
    picked = _low_at(words, index + 2)
    if not (picked and (picked in _ONE_OF_GROUPS or _superlative(picked))):
        return False
    # "it is one the best chefs recommend": a relative clause whose subject is 'the best chefs' (a
    # finite verb after the noun phrase); "one the best players in the league" goes on with a preposition
    for at in range(index + 3, min(index + 7, len(words))):
        if not words[at - 1].joined or words[at].low in w.PREPOSITIONS or words[at].low == "to":
            break
        tags = w.verb_tags(words[at].low)
        if (tags & {"VBP", "VBD"} or words[at].low in w.MODALS) and "NOUN" not in w.tags(words[at].low):
            return False
    return True


_PICKING = frozenset("one some many most each none several few any all".split())
"""Words that pick from a group: 'one on the best' is 'one of the best'."""


def _on_for_of(words: list[Word], index: int) -> bool:
    """'on' for 'of' in 'one on the best players' where 'one the best' would be 'one of the best' (a
    form of 'be' or 'as' before the picking word, :func:`_one_of` after): "he is one on the best
    drivers", "it is some on the finest wines". Not "he put one on the top shelf", "one on the left"."""
    if index < 2 or not words[index - 2].joined or not words[index - 1].joined:
        return False
    if words[index - 2].low not in _ONE_OF_BEFORE or not _one_of(words, index):
        return False
    for at in range(index + 3, min(index + 6, len(words))):  # the group is plural: not "one on the best team"
        if "NOUN" in w.tags(words[at].low) and words[at].low != "most":
            return w.is_plural_noun(words[at].low) or w.is_plural_without_s(words[at].low)
        if not words[at].joined:
            break
    return False


_LOOKALIKES: dict[str, _Slip] = {
    "one": _Slip("one of", _one_of, _ONE_OF_BEFORE, None),
    "on": _Slip("of", _on_for_of, _PICKING, frozenset(("the",))),
    "latter": _Slip("later", _later, None, None),
    "later": _Slip("latter", _latter, frozenset(("the",)), None),
    "thought": _Slip("though", _though, frozenset(("even", "as")), None),
    "though": _Slip("thought", _thought, _THOUGHT_SUBJECTS, _THOUGHT_NEXT),
    "through": _Slip("thorough", _thorough, _THOROUGH_BEFORE, None),
    "some": _Slip("same", _same, frozenset(("the",)), None),
    "form": _Slip("from", _from, None, None),
    "present": _Slip("percent", _percent, None, None),
    "word": _Slip("world", _world, frozenset(("the",)), None),
    "starring": _Slip("staring", _staring, None, None),
    "taping": _Slip("tapping", _tapping, None, None),
    "planing": _Slip("planning", _planning, None, None),
    "planed": _Slip("planned", _planning, None, None),
    "scraped": _Slip("scrapped", _scrapped, _BE_BEFORE_PASSIVE, None),
    "robing": _Slip("robbing", _robbing, None, _ROBBED),
    "robed": _Slip("robbed", _robbing, None, _ROBBED | {"of"}),
    "striped": _Slip("stripped", _of_twin, None, frozenset(("of",))),
    "scarred": _Slip("scared", _of_twin, None, frozenset(("of",))),
    "pined": _Slip("pinned", _pinned, None, _PINNED_NEXT),
}
_LOOKALIKE_TRIGGERS = frozenset(_LOOKALIKES)


class LookalikeSlip(GrammarRule):
    id = "grammar.lookalike-slip"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A look-alike of another word class: 'see you latter', 'even thought it rained', 'a through check', "
        "'on the some day', 'closed form Monday', 'a ten present rise'."
    )
    why = (
        "'Latter' is a pronoun or an adjective after 'the'; 'later' tells of time. 'Though' opens a "
        "clause; 'thought' is a verb or a noun. 'Thorough' describes a check; 'through' is a "
        "preposition. The spelling check passes all of them. Each is reported only in a slot the "
        "written word cannot fill: 'latter' with no determiner before it, 'the later' standing for a "
        "noun, 'thought' after a clause's 'even' before a subject and its verb, 'though' between a "
        "clause's subject pronoun and the verb's object ('I though it was'), 'through' between an "
        "article and a noun of checking, 'the some' before a word that is no number ('the some day'), "
        "'form' before a day, a month or 'scratch' ('closed form Monday') or before 'the' after a word "
        "of leaving ('away form the coast'), and 'present' after a number where a share is meant "
        "('rose by ten present', 'a 10 present rise'); a doubled or single consonant that makes another verb "
        "where only the other fits: 'starring at the cameras', 'taping on the window', 'planing to appeal', "
        "'the plan was scraped'."
    )
    bad: ClassVar[Sequence[str]] = (
        "We can talk about it latter, after lunch, or I'll send the report latter this week.",
        "Two years latter, the factory closed.",
        "Sooner or latter someone will notice.",
        "Of the two options, the later seems cheaper.",
        "Even thought it was raining, we went to the beach; even thought the bill passed, few expect much.",
        "It looks as thought the talks will fail.",
        "I though it was a good idea, and we though about it for weeks.",
        "The inspectors made a through check of the factory.",
        "The police carried out a very through search of the house.",
        "Both ministers resigned on the some day, and the rules are the some as before.",
        "The bridge is closed form Monday to Friday; we started again form scratch.",
        "Troops moved away form the coast, and form now on the road is shut.",
        "The deal is far form certain, and many staff work form home.",
        "They moved here form Poland in 2004, and she flew form Paris.",
        "The new manager was hired form a rival club, and residents were evacuated form the town.",
        "Profits rose by ten present, and a 5 present rise followed.",
        "My grandmother bakes the best cake in the word, in the tallest tower in the word today.",
        "He is one the best young players in the league, and she was one the first to leave.",
        "Protesters were starring at the cameras, and children were taping on the window.",
        "They are planing to appeal, and the plan was scraped after the election.",
        "They are planing a trip to Spain, and the unions planed a strike.",
        "A man was robing a petrol station, and he was robed of his wallet.",
        "The champion was striped of his title, she was scarred of the dark, and troops were pined down.",
    )
    good: ClassVar[Sequence[str]] = (
        "Of tea and coffee, I prefer the latter; the latter half went better.",
        "In latter years he wrote less; the former and latter are both sound.",
        "We will talk later; the later stages were hard; the later the better.",
        "I had never even thought it possible, and he even thought the plan would work.",
        "She smiled, and even thought about it for a while.",
        "The through train to Paris left; a through road runs past the farm.",
        "We went through the check quickly, and it was a thorough search.",
        "He looked as though he was tired; the Latter-day Saints met.",
        "I, though, was late; he though was not convinced; they did it though the odds were long.",
        "The some 300 residents, the some two dozen cases and the some twenty-five schools were counted.",
        "Clouds form over the sea and form the basis of rain; fill in the form Monday; their away form the past month.",
        "Only ten present voted, with 12 present at the meeting; there were 20 present last night.",
        "Storms could form Monday over the Gulf, and a new party will form Tuesday.",
        "So far form has been patchy; the far form of the galaxy is faint; home form matters.",
        "Players who moved form Poland's core; the migrants moved form England's largest group.",
        "The staff here form Labour groups; those there form United's core.",
        "The workers hired form a union, and those released form a new party.",
        "The players who were signed form a strong core.",
        "The gases that have been released form a cloud, and the seeds being released form a plume.",
        "E is the commonest letter in the word, and the longest syllable in the word banana is the last.",
        "The best thing is to trust the word of a friend; he had the last say in the word game.",
        "It is the one the best chefs trust; pick one the best players would choose.",
        "It is one the best chefs recommend, and one the top critics praised.",
        "She is starring at the Old Vic; the crew were taping the interview; the boat was planing fast.",
        "The car was scraped in the crash, and the board was planed smooth.",
        "The judges, robed in red, met in the robing room; she pined for home; a striped shirt; a scarred face.",
        "She pined to see her son again, and he pined away.",
        "The dresser was robing the bishop for the service, and the page robed the king in ermine.",
        "The boat was planing the return leg downwind.",
        "He was starring at the sea front theatre, and she is starring at the floor show downtown.",
        "She pined to the end for her son. The veteran was scarred of face and hand.",
        "The builders were taping on the window frames; we spent the day taping on the glass to stop it shattering.",
        "The plan was scraped together in a weekend, the deal was scraped through, and the route was scraped clear.",
        "The paint on the plan was scraped off the board.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        found = [
            position
            for position in positions(doc, _LOOKALIKE_TRIGGERS)
            if (before := _LOOKALIKES[lows[position]].before) is None or (position and lows[position - 1] in before)
        ]
        for words, index in each_place(doc, found):
            word = words[index]
            twin, check = _LOOKALIKES[word.low][:2]
            if word.text not in (word.low, word.low.capitalize()) or not check(words, index):
                continue
            if index and word.capitalised and not word.sentence_start:
                continue  # a title or a name
            if not in_quotes(doc, word.start):
                yield _slip_finding(self, word, twin)


def _slip_finding(rule: GrammarRule, word: Word, twin: str) -> Finding:
    """The finding of both slip rules: a real word standing for its look-alike, the fix offered."""
    fixed = match_case(twin, word.text)
    message = f"'{word.text}' here reads as a slip for '{fixed}'."
    return rule.replace_word(word, fixed, message, FixSafety.UNSAFE)


RULES = [ShortWordSlip, LookalikeSlip]
