"""The plain clause that a time phrase closes: its main verb, and the words between that verb and
the time.

For the tense rules that weigh a verb against a time ("The city council will vote on the revised
parking ordinance last Tuesday", "The airline has canceled more than two hundred flights last
December", "The new bridge opened to traffic next spring"). The clause is read only when it is plain:
its subject opens the sentence and is a noun phrase, with prepositional phrases or not ("Tickets for
the fall concert series"); its first verb, by the tagger, is the main one; and between that verb and
the time stand only its object and phrases of place or company. Anything that could open another
clause or carry the time itself leaves the time to that: a verb ("the footage recorded last night",
"says prices rose last year"), a clause word, a comma, or a noun that names an event or an act
("has welcomed the decision last week"), unless the verb itself holds or makes that event ("has
won the match yesterday").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import _words as w
from ._tagger import sentence_tags

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

_SUBJECT_WINDOW = 12
"""Most words a subject may take before its verb (a bounded look)."""
_OBJECT_WINDOW = 12
"""Most words between the verb and the time."""
_NOUN_PHRASE_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS NNP NNPS CD POS PRP$".split())
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
_PHRASE_PREPOSITIONS = frozenset(
    """
    in on at to into onto through across for of with near over under about around along behind beside
    inside outside toward towards within throughout among beyond past by
    """.split()
)
"""Prepositions of place, company, matter or measure, which open a phrase and no clause ('before',
'after', 'since' and 'until' may take a time of their own, and are not among them; 'by' right before
the time is no phrase of the verb's either, and the time phrase itself turns that away)."""
_SUBJECT_PREPOSITIONS = _PHRASE_PREPOSITIONS | frozenset(("from",))
"""In a subject 'from' opens a phrase too ("complaints about noise from the new stadium"); between a
verb and a time it may date its own noun ("have doubled from their level in 2008")."""
_MODIFIER_TAGS = frozenset(("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD"))
_BEFORE_MODIFIER = _MODIFIER_TAGS | frozenset(("IN",))
"""Tags after which a participle (or a past, as the tagger may misread one) before a noun is a
modifier: no finite verb follows a determiner or a preposition."""


def main_verb(
    doc: Document, words: list[Word], first: int, limit: int | None = None, relative: bool = False, bare: bool = False
) -> int | None:
    """Index of the first finite verb of a sentence whose subject opens at ``first``: a subject
    pronoun, or noun phrases joined by 'and', with prepositional phrases, and at most an adverb
    before the verb. None when anything else comes first (a comma, a clause word, another verb).
    With ``limit``, where the clause's time starts, a participle by the tagger that may be a simple
    past is the verb when no finite verb follows it before the time ("Thousands of commuters faced
    delays tomorrow": the tagger reads 'faced' as a participle of a shortened relative clause).
    With ``relative``, the subject may hold one relative clause (:func:`relative_clause_end`), or one
    participle's or infinitive's phrase after its noun (:func:`_postmodifier_opens`). With ``bare``, a bare
    verb by the tagger right after a noun is the verb too ("The quality of the herbs from the market make":
    the tagger, having learnt agreement, reads a plural's present after a singular noun as 'VB')."""
    if first >= len(words):
        return None
    tags = sentence_tags(doc, words)
    at = first - 1
    skipped = False
    while at + 1 < min(len(words), first + _SUBJECT_WINDOW + (_RELATIVE_WINDOW if relative else 0)):
        at += 1
        tag, low = tags[at], words[at].low
        if relative and not skipped and at > first and tags[at - 1] in ("NN", "NNS") and words[at - 1].joined:
            end = None
            if low in RELATIVES:
                end = relative_clause_end(words, tags, at)
                if end is None:
                    return None
            elif _postmodifier_opens(words, tags, at):
                end = _postmodifier_end(words, tags, at)  # "the herbs growing in the pot", "the decision to close"
            if end is not None:
                at, skipped = end - 1, True
                continue
        if at > first and not words[at - 1].joined:
            return None  # a comma: an insertion or a clause before the verb
        if tag in ("VBN", "VBG", "VBD") and at > first and tags[at - 1] in _BEFORE_MODIFIER and _noun_follows(tags, at):
            continue  # "the revised plan", "of rising interest rates", "the three damaged buses": a modifier
        if tag in _FINITE_TAGS or (bare and tag == "VB" and at > first and tags[at - 1] in ("NN", "NNS")):
            return at if at > first else None
        if at == first and low in w.SUBJECT_PRONOUNS:
            continue
        if _in_noun_phrase(tag) or (tag == "IN" and at > first and low in _SUBJECT_PREPOSITIONS):
            continue
        if low == "and" and at > first and at + 1 < len(words) and _in_noun_phrase(tags[at + 1]):
            continue  # "The mayor and the city manager met"
        if tag == "VBN" and limit is not None and at > first and _past_not_participle(words, tags, at, limit):
            return at
        if tag == "RB" and at > first and at + 1 < len(words) and tags[at + 1] in _FINITE_TAGS:
            continue  # "The company quickly announced"
        return None
    return None


RELATIVES = frozenset(("who", "that", "which"))
"""Relative pronouns that may open a clause inside a subject."""
_RELATIVE_WINDOW = 12
"""Most words of a relative clause inside a subject."""
_CLAUSE_TAKERS = w.CLAUSE_VERBS | frozenset("learn decide determine discover prove realise realize".split())


def _postmodifier_opens(words: list[Word], tags: Sequence[str], at: int) -> bool:
    """A participle's phrase ('growing in the pot', 'arrested by police') or an infinitive's ('to close
    two schools') opens at ``at``, after a noun: it modifies that noun. A participle in -ed only
    before 'by' or a preposition, where it cannot be the clause's past ("The rules governing parking",
    "The keys found in the car"; not "The company announced …")."""
    low = words[at].low
    if tags[at] == "VBG":
        return at + 1 < len(tags) and tags[at + 1] in ("DT", "PRP$", "IN", "RB", "CD", "TO", "VBG")  # not a compound's
    if low == "to":
        return at + 1 < len(tags) and tags[at + 1] == "VB"
    return tags[at] == "VBN" and at + 1 < len(words) and words[at + 1].low in _PHRASE_PREPOSITIONS


def _postmodifier_end(words: list[Word], tags: Sequence[str], at: int) -> int | None:
    """Where the phrase that :func:`_postmodifier_opens` finds at ``at`` ends (:func:`_phrase_end`)."""
    return _phrase_end(words, tags, at + 2 if words[at].low == "to" else at + 1, at + _RELATIVE_WINDOW)


def _phrase_end(words: list[Word], tags: Sequence[str], start: int, stop: int) -> int | None:
    """Where the object and phrases of a verb inside a subject, from ``start``, end: at the next finite
    verb, the clause's own; None when anything but a noun phrase, a preposition of a phrase, an
    adverb, a gerund right after the verb ("governing parking on …") or 'and' and a noun ("of onions
    and garlic") comes first, or no verb comes before ``stop``."""
    for end in range(start, min(len(words), stop)):
        tag = tags[end]
        if not words[end - 1].joined:
            return None
        if tag in _FINITE_TAGS:
            return end
        if _in_noun_phrase(tag) or (tag == "IN" and words[end].low in _SUBJECT_PREPOSITIONS) or tag in ("RP", "RB"):
            continue
        if tag in ("VBN", "VBG", "VBD") and tags[end - 1] in _BEFORE_MODIFIER and _noun_follows(tags, end):
            continue
        if tag == "VBG" and end == start:
            continue
        if words[end].low == "and" and end + 1 < len(words) and _in_noun_phrase(tags[end + 1]):
            continue
        return None
    return None


def relative_clause_end(words: list[Word], tags: Sequence[str], at: int) -> int | None:
    """Where a relative clause that 'who', 'that' or 'which' opens at ``at`` ends, when it is plain:
    a subject pronoun or not ('that we found'), one finite verb that takes no clause ('who owns'),
    and its object and phrases ("who owns the two bakeries on Main Street", "that we found in the
    attic"); None otherwise. The clause ends before the next finite verb, which is the main one: a
    verb that takes a clause ("the man who said the prices are high") or a second verb would leave
    that uncertain."""
    at += 1
    if at < len(words) and words[at].low in w.SUBJECT_PRONOUNS:
        at += 1  # "that we found": the head is the clause's object
    elif words[at - 1].low != "who":
        at = _short_subject_end(words, tags, at)  # "that the committee approved"
    if at < len(words) and tags[at] == "RB":
        at += 1
    if at >= len(words) or tags[at] not in ("VBD", "VBZ", "VBP"):
        return None
    if any(lemma in _CLAUSE_TAKERS for lemma in w.verb_lemmas(words[at].low)) or words[at].low in w.AUXILIARIES:
        return None
    return _phrase_end(words, tags, at + 1, at + _RELATIVE_WINDOW)


def _short_subject_end(words: list[Word], tags: Sequence[str], at: int) -> int:
    """Past a short subject at ``at`` inside a relative clause: a determiner and a noun ('the
    committee'), or one or two names; ``at`` itself when there is none."""
    if at + 2 < len(words) and tags[at] in ("DT", "PRP$") and tags[at + 1] in ("NN", "NNS") and words[at].joined:
        return at + 2
    end = at
    while end < min(len(words), at + 2) and tags[end] in ("NNP", "NNPS") and words[end].capitalised:
        end += 1
    return end


def object_reaches_time(
    doc: Document, words: list[Word], after: int, start: int, verb: str, later: bool = False
) -> bool:
    """The words from ``after`` up to the time at ``start`` are the object of ``verb`` and phrases of
    place or company, so the time dates the verb: nouns, their modifiers, prepositions of
    :data:`_PHRASE_PREPOSITIONS`, an adverb in -ly and 'more than' with a number. No verb, clause word
    or comma; no event unless ``verb`` performs it (:func:`performs`). ``later``: the verb's act comes
    after the time ('will' before a past time), so a writer who means it may only mean the time for
    the object: a verb of studying or telling ("will show slower growth last month") and a phrase of
    matter or belonging ("figures on sales last month", "the driver of the car last night") keep it."""
    if start - after > _OBJECT_WINDOW or not all(word.joined for word in words[after - 1 : start]):
        return False
    if later and time_of_topic(words, verb, after, start):
        return False
    tags = sentence_tags(doc, words)
    acts = performs(verb)
    at = after
    while at < start:
        tag, low = tags[at], words[at].low
        if low in ("more", "less", "fewer") and at + 2 < start and words[at + 1].low == "than":
            at += 2  # "more than two hundred flights": an amount
            continue
        if low in w.CLAUSE_OPENERS or low in w.COORDINATORS or low in ("than", "as", "which", "who", "whom"):
            return False
        if not acts and (tag in ("NN", "NNS") or at == start - 1) and event_noun(low):
            return False  # "has welcomed the decision last week", "has praised the final last night"
        if _in_noun_phrase(tag) or (tag == "IN" and low in _PHRASE_PREPOSITIONS):
            at += 1
            continue
        if low == "to" and at + 1 < start and tags[at + 1] not in ("VB", "TO"):
            at += 1
            continue  # "opened to traffic", "traveled to Maine": a preposition, whatever the tagger says
        if tag == "RB" and low.endswith("ly"):
            at += 1
            continue  # "fell sharply yesterday"
        if tag in ("VBN", "VBG") and at > after and tags[at - 1] in _MODIFIER_TAGS and _noun_follows(tags, at, start):
            at += 1
            continue  # "the revised parking ordinance", "the flooded towns"
        return False
    return True


def time_of_topic(words: list[Word], verb: str, after: int, start: int) -> bool:
    """A future act ('will' and ``verb``) whose object, ``words[after:start]``, may be what the past
    time at ``start`` dates: a verb of studying or telling ("will show slower growth last month"), a
    phrase of matter, belonging or source before the time ("figures on sales last month", "the driver
    of the car last night", "findings from the trip last spring"), or a time to come after it, which
    is the act's."""
    if any(lemma in _TOPIC_VERBS for lemma in w.verb_lemmas(verb)):
        return True
    if any(word.low in _LATER_TIMES for word in words[start + 1 :]):
        return True  # "will present the findings of the trip last spring at the fair next month"
    return any(word.low in _TOPIC_PREPOSITIONS for word in words[after:start])


_LATER_TIMES = frozenset("next tomorrow later soon upcoming tonight".split())
"""Words of a time to come: after a past time, the act's own time ("… last spring at the fair next month")."""
_TOPIC_VERBS = frozenset(
    """
    show reveal indicate suggest confirm detail reflect measure track cover examine review study analyze
    analyse assess probe investigate explain discuss describe question interview report publish release
    recall remember mark commemorate honor honour mourn celebrate debate consider revisit address
    """.split()
)
"""Verbs whose object may be about a past time ("The report will show slower growth last month")."""
_TOPIC_PREPOSITIONS = frozenset("of on about over for regarding from".split())


def _in_noun_phrase(tag: str) -> bool:
    return tag in _NOUN_PHRASE_TAGS or tag.endswith("+POS")  # "hospital's": NN+POS


def _past_not_participle(words: list[Word], tags: Sequence[str], at: int, limit: int) -> bool:
    """The word at ``at``, read as a participle, may be a simple past and is the only verb before
    ``limit``, after a noun: the clause's verb, not a shortened relative clause's."""
    if "VBD" not in w.verb_tags(words[at].low) or tags[at - 1] not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    if at + 1 < len(words) and words[at + 1].low == "by":
        return False  # "the bridge damaged by the storm": a passive's participle
    return not any(tag in _FINITE_TAGS for tag in tags[at + 1 : limit])


def _noun_follows(tags: Sequence[str], at: int, limit: int | None = None) -> bool:
    after = at + 1
    return after < (len(tags) if limit is None else limit) and tags[after] in ("NN", "NNS", "NNP", "NNPS", "JJ")


def performs(verb: str) -> bool:
    """The verb holds, makes or ends the event its object names ("has announced the deal yesterday",
    "has won the match last night"): the time dates the act, where a reaction's object may carry its
    own time ("has welcomed the decision last week")."""
    return any(lemma in _PERFORMING_VERBS for lemma in w.verb_lemmas(verb))


_PERFORMING_VERBS = frozenset(
    """
    announce approve win lose release publish sign cancel hold make pass reject complete launch unveil
    postpone adopt close seal finalise finalize conclude open present deliver submit file finish start
    begin end host organise organize write draft attend
    """.split()
)
"""Verbs whose object, an event or an act, happens by the verb itself ('announce the deal', 'win the
match', 'sign the bill', 'attend the conference'): a time after the object is the verb's."""


def event_noun(low: str) -> bool:
    """A noun that names an event or an act, which a time may date by itself ("welcomed the decision
    last week", "praised the match yesterday", "bought tickets for the concert next week")."""
    return low in _EVENT_NOUNS or low.endswith(_EVENT_ENDINGS)


_EVENT_ENDINGS = ("ion", "ions", "ment", "ments", "al", "als", "ance", "ances", "ence", "ences", "ing", "ings", "ure")
_EVENT_NOUNS = frozenset(
    """
    vote votes ruling rulings storm storms match matches game games meeting talks attack attacks speech
    speeches visit visits deal deals raid raids crash crashes fire fires flood floods strike strikes protest
    protests race races show shows concert concerts event events summit debate debates interview interviews
    verdict result results report reports news figures data statement comments remarks budget launch sale
    sales win wins defeat defeats loss losses victory draw move moves plan plans offer offers bid bids
    cut cuts rise rises fall falls increase hike hikes change changes trip trips party parties ceremony
    festival service services release review reviews announcement update updates call calls decree law
    laws bill bills scandal row rows clash clashes riot riots quake earthquake explosion blast
    flight flights date dates slot slots shift shifts class classes appointment trial
    """.split()
)
"""Events, acts and booked times that a time may date inside their noun phrase."""
