"""Clause-level slips that copy editors and ESL teachers list: two conjunctions for one link
("Although it rained, but we went"), a preposition before a clause ("because of he was late"),
question order in an embedded question ("Do you know where is the station?"), double negatives
("I don't know nothing"), a missing dummy subject ("Is important to check"), and a verb that takes
no indirect object without 'to' ("explain me the problem")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, attribution_start, in_quotes, match_case, occurrences, places, positions, run_of, sentences

if TYPE_CHECKING:
    from lint._document import Document


def _straight(low: str) -> str:
    return low.replace("’", "'")


def _gap(doc: Document, first: Word, second: Word) -> str:
    return doc.text[first.end : second.start]


# -- two conjunctions for one link ---------------------------------------------------------------

_CONCESSIVE = frozenset(("although", "though"))
_DOUBLE_OPENERS = _CONCESSIVE | frozenset(("because", "even", "since"))
_SECOND = {"although": frozenset(("but", "yet")), "because": frozenset(("so",)), "since": frozenset(("so",))}
_NOT_AFTER_BUT = frozenset("not also rather only".split())
_SO_SUBJECTS = w.SUBJECT_PRONOUNS | w.ARTICLES | w.POSSESSIVES | frozenset("this these those there".split())
"""Words that open the subject of the clause after 'because …, so' ("Because it rained, so we stayed"):
not 'that' ("so that" opens a purpose) nor quantifiers."""


_SAYING_ASIDE = frozenset(
    "say says said go goes went argue argues argued report reports reported claim claims tell tells told show "
    "shows showed suggest suggests note notes write writes wrote insist insists believe believes".split()
)


def _says_aside(words: list[Word], start: int) -> bool:
    """'so the story goes,', 'so the manager says,', 'so the poets tell us,': after 'so', a subject and a
    verb of saying that a comma closes make an aside, not the second link."""
    for i in range(start, min(start + 5, len(words))):
        if not words[i].joined:
            last = words[i].low
            before = words[i - 1].low if i > start else ""
            return last in _SAYING_ASIDE or (before in _SAYING_ASIDE and last in ("us", "me", "them"))
    return False


class DoubleConjunction(GrammarRule):
    id = "grammar.double-conjunction"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two conjunctions for one link: 'Although it rained, but we went'."
    why = (
        "'Although' and 'but' (or 'because' and 'so') each join the two clauses: English uses one of "
        "them, not both. Drop the second ('Although it rained, we went') or the first ('It rained, but "
        "we went'). Only a sentence that opens with 'although', 'though', 'even though' or 'because' "
        "(or 'since' before 'so') and whose first comma is followed by 'but', 'yet' or 'so' and a new "
        "clause is flagged."
    )
    bad = (
        "Although the hall was full, but nobody could hear the speaker.",
        "Even though she trained hard, yet she lost the final.",
        "Because the road was closed, so we took the train.",
        "Though the budget grew, but the schools got nothing.",
        "Since the bakery had shut, so they bought bread online.",
    )
    good = (
        "Although the hall was full, nobody could hear the speaker.",
        "The hall was full, but nobody could hear the speaker.",
        "Because the road was closed, so many drivers took the train.",
        "Although it was late, but not too late, we went in.",
        "Because it rained, we stayed home, but the others went out.",
        "Since 2010, so many people have left; since the war ended, so much has changed.",
        "Since the start, so the manager says, the team has improved.",
        "Since the dawn of time, so the poets tell us, men have loved.",
    )
    fixed = (
        "Although the hall was full, nobody could hear the speaker.",
        "Even though she trained hard, she lost the final.",
        "Because the road was closed, we took the train.",
        "Though the budget grew, the schools got nothing.",
        "Since the bakery had shut, they bought bread online.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _DOUBLE_OPENERS):
            opener = words[index]
            if index != 0:
                continue
            kind = opener.low
            start = 1
            if kind == "even":
                if len(words) < 2 or words[1].low != "though" or not opener.joined:
                    continue
                kind, start = "although", 2
            elif kind in _CONCESSIVE:
                kind = "although"
            if kind == "because" and len(words) > 1 and words[1].low == "of":
                continue
            comma_at = next((i for i in range(start + 1, len(words)) if not words[i - 1].joined), None)
            if comma_at is None or comma_at + 1 >= len(words) or comma_at - start < 2:
                continue
            if _gap(doc, words[comma_at - 1], words[comma_at]).strip() != ",":
                continue
            second, after = words[comma_at], words[comma_at + 1]
            if second.low not in _SECOND[kind] or not second.joined:
                continue
            if kind in ("because", "since"):
                if not (after.low in _SO_SUBJECTS or (after.capitalised and after.low not in w.PREPOSITIONS)):
                    continue
                if _says_aside(words, comma_at + 1):
                    continue  # "Since the start, so the manager says, the team has improved": an aside
            elif after.low in _NOT_AFTER_BUT:
                continue
            yield self.finding(
                second.start,
                after.end,
                f"'{opener.text}' already joins the clauses: drop '{second.text}'.",
                suggestions=(after.text,),
                fix=FixSafety.SAFE,
            )


# -- a preposition before a clause -----------------------------------------------------------------

_PRONOUN_SUBJECTS = frozenset("i we he she they".split()) | w.both_apostrophes(
    "i'm we're they're i've we've they've i'd we'd they'd he'd she'd i'll we'll they'll he'll she'll"
)
"""Subjects that are never objects: after a preposition they open a clause."""
_MAYBE_SUBJECTS = frozenset(("it", "you", "there"))
"""Subjects that are also objects ("because of it"): a clause only when a finite verb follows."""
_CLAUSE_VERBS = frozenset("is was are were has had does did will would can could".split())
_PREPOSITION_HEADS = frozenset(("because", "despite", "spite", "due"))


class PrepositionBeforeClause(GrammarRule):
    id = "grammar.preposition-before-clause"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A preposition before a clause: 'because of he was late', 'despite it rained'."
    why = (
        "'Because of', 'despite', 'in spite of' and 'due to' take a noun phrase ('because of the "
        "delay'); before a clause, use a conjunction: 'because he was late', 'although it rained'. "
        "Flagged when a subject pronoun follows ('he', 'we', 'they'), or 'it', 'you' or 'there' and a "
        "finite verb."
    )
    bad = (
        "The match was cancelled because of it was raining.",
        "Despite we left early, we missed the train.",
        "In spite of she had a ticket, she was turned away.",
        "The flight was delayed due to there was fog.",
        "Because of they complained, the shop changed its policy.",
        "Despite the weather was bad, the race went ahead.",
    )
    good = (
        "The match was cancelled because of the rain.",
        "Despite it all, we made the train.",
        "In spite of her ticket, she was turned away.",
        "Because of it, the flight was delayed; despite there being fog, it landed.",
        "The fee is due to them by Friday.",
        "Despite the fact that it rained, and because of the way he spoke, we left.",
        "Because of the promises ministers made, and despite the risks investors took, it grew.",
    )
    fixed = (
        "The match was cancelled because it was raining.",
        "Despite we left early, we missed the train.",
        "In spite of she had a ticket, she was turned away.",
        "The flight was delayed due to there was fog.",
        "Because they complained, the shop changed its policy.",
        "Despite the weather was bad, the race went ahead.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PREPOSITION_HEADS):
            head = words[index]
            low = head.low
            if low == "despite":
                first, last, replacement, safe = index, index, "although", False
            elif low == "spite":
                if index < 1 or words[index - 1].low != "in" or not run_of(words, index - 1, 3):
                    continue
                if words[index + 1].low != "of":
                    continue
                first, last, replacement, safe = index - 1, index + 1, "although", False
            elif low == "because":
                if not run_of(words, index, 2) or words[index + 1].low != "of":
                    continue
                first, last, replacement, safe = index, index + 1, "because", True
            else:
                if not run_of(words, index, 2) or words[index + 1].low != "to":
                    continue
                first, last, replacement, safe = index, index + 1, "because", False
            subject_at = last + 1
            if not run_of(words, last, subject_at - last + 1):
                continue
            subject = _straight(words[subject_at].low)
            if subject in _MAYBE_SUBJECTS:
                if not run_of(words, subject_at, 2):
                    continue
                if words[subject_at + 1].low not in _CLAUSE_VERBS:
                    continue
            elif subject in w.DETERMINERS:
                if not _noun_phrase_verb(doc, words, subject_at):
                    continue
            elif subject not in _PRONOUN_SUBJECTS or (subject == "i" and words[subject_at].text != "I"):
                continue
            text = " ".join(word.text for word in words[first : last + 1])
            fixed = match_case(replacement, words[first].text)
            yield self.finding(
                words[first].start,
                words[last].end,
                f"'{text}' takes a noun, not a clause: '{fixed} {words[subject_at].text} …'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE if safe else FixSafety.UNSAFE,
            )


def _noun_phrase_verb(doc: Document, words: list[Word], start: int) -> bool:
    """A noun phrase at ``words[start]`` followed by a finite verb that cannot be a participle
    ("the road was closed", "the team lost" is not taken: 'lost' may be a participle), as the
    tagger reads them."""
    end = _noun_phrase_end(words, start)
    if end is None or not run_of(words, end, 2):
        return False
    verb = words[end + 1].low
    if verb not in _CLAUSE_VERBS and not (w.plainly_finite(verb) and "VBN" not in w.verb_tags(verb)):
        return False
    tags = sentence_tags(doc, words)
    if any(tags[inner] == "NNS" for inner in range(start + 1, end)):
        return False  # "because of the commitments men have to make": a relative clause without 'that'
    return tags[end].startswith("NN") and tags[end + 1] in ("VBD", "VBZ", "VBP", "MD")


# -- an embedded question in question order ---------------------------------------------------------

_ASKING = frozenset(
    """
    know knows knew known knowing wonder wonders wondered wondering ask asks asked asking tell tells told
    telling explain explains explained explaining sure idea understand understands understood remember
    remembers remembered show shows showed shown find found certain clue forget forgot forgotten
    investigate investigates investigated investigating examine examines examined explore explores explored
    say says decide decides decided
    """.split()
)
_FIND_OUT = frozenset(("find", "found"))
_OWNED_NOUNS = frozenset(("idea", "clue"))
"""Nouns of :data:`_ASKING` that ask only as 'no idea', 'any idea', 'a clue': 'your idea which …' opens a relative."""
_WH = frozenset("where when why how what who which".split())
_HOW_WORDS = frozenset("much many long far old often big soon tall high deep wide heavy".split())
_BE = frozenset("is are was were am".split())
_MODAL_AUX = w.MODALS | frozenset("has have had".split())
_THAT_IF = frozenset(("that", "if", "whether"))
_NEGATED_AUX = w.NEGATED_AUXILIARIES | {"cannot"}


_WHAT_NOUNS = frozenset("time kind sort type size colour color day".split())
"""Nouns after 'what' that are verbs too, but not there ("asked what time is it")."""


def _participle_next(words: list[Word], at: int) -> bool:
    """A past participle at ``at``, straight after 'is it' ("what is it called"): the passive's
    subject is 'it', not the cleft 'what is it that'."""
    return at < len(words) and words[at - 1].joined and w.verb_tags(words[at].low) in (_PARTICIPLE, _PAST_PARTICIPLE)


_PARTICIPLE = frozenset(("VBN",))
_PAST_PARTICIPLE = frozenset(("VBD", "VBN"))


class EmbeddedQuestionOrder(GrammarRule):
    id = "grammar.embedded-question-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Question order in an embedded question: 'Do you know where is the station?'."
    why = (
        "A question inside a sentence ('where the station is') keeps the order of a statement: "
        "subject, then verb, and no 'do'. 'Do you know where is the station?' → 'where the station "
        "is'; 'I wonder what does he want' → 'what he wants'; 'tell me how much does it cost' → 'how "
        "much it costs'. Flagged after 'know', 'wonder', 'ask', 'tell', 'explain', 'understand', "
        "'remember', 'sure', 'idea' and the like, when an auxiliary comes before the subject."
    )
    bad = (
        "Do you know where is the station?",
        "I wonder what does he want from us.",
        "Please tell me how much does it cost.",
        "She asked me when would we arrive.",
        "She knows that can't you do it.",
        "I have no idea why is she angry.",
        "Nobody knows what time does the meeting start.",
        "I'm not sure where are they.",
        "He asked me what time is it.",
        "We need to know what time does the shop open.",
        "I don't know what is it called in English.",
        "I wonder what time does the store open on Sundays.",
        "The researchers investigated how do students use feedback.",
        "We asked the participants why did they choose a doctorate.",
        "The researchers wanted to find out how many hours do teenagers spend online.",
        "I asked the receptionist where is the nearest pharmacy.",
        "Nobody knows how long will the renovation take.",
        "I wonder why is the shop closed.",
        "The ad does not say how much is the monthly rent.",
    )
    good = (
        "Give a fact to support your idea which is we can win.",
        "We need to know what time the shop opens, and whether the door does close.",
        "Do you know where the station is?",
        "I wonder what he wants from us.",
        "Please tell me how much it costs.",
        "I know what is happening and who is coming.",
        "You know what is funny about it?",
        "Tell me, where is the station?",
        "We asked where the hall was. Where was it?",
        "I know that is true, and I wonder if it will rain.",
        "He asked me what time it is, and what kind it was.",
        "I know what it is called, and what is it that you want?",
        "I wonder what time the store opens on Sundays.",
        "We examined how students use feedback.",
        "Tell me how many people came.",
        "I asked the guide how old the bridge was, and he told the group why the mill was closed.",
        "Show the kids how much fun can be had outdoors.",
        "I cannot decide where do you think we should go.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ASKING):
            cursor = index + 1
            if words[index].low in _OWNED_NOUNS and index and words[index - 1].low in w.POSSESSIVES:
                continue  # "support your idea which is you can …": an idea of one's own, then a relative clause
            if words[index].low in _FIND_OUT:
                if not run_of(words, index, cursor - index + 1) or words[cursor].low != "out":
                    continue
                cursor += 1
            if cursor < len(words) and words[cursor].low in w.PERSON_OBJECTS and run_of(words, cursor - 1, 2):
                cursor += 1
            elif _people_object(words, cursor) or (
                words[index].low in _ASKING_SOMEONE and _person_object(words, cursor)
            ):
                cursor += 2  # "asked the participants why did they choose", "asked the receptionist where is"
            if not run_of(words, cursor - 1, 2) or words[cursor].low not in _WH | _THAT_IF:
                continue
            wh = words[cursor]
            cursor += 1
            if cursor < len(words) and (
                (wh.low == "how" and words[cursor].low in _HOW_WORDS)
                or (wh.low in ("what", "which") and (_only_noun(words[cursor]) or words[cursor].low in _WHAT_NOUNS))
            ):
                cursor += 1
                if words[cursor - 1].low in ("many", "much") and cursor < len(words) and _only_noun(words[cursor]):
                    cursor += 1  # "how many hours do teenagers spend": the noun asked about
            if not run_of(words, cursor - 1, 3):
                continue
            finding = self._inverted(doc, words, wh, cursor)
            if finding is not None:
                yield finding

    def _inverted(self, doc: Document, words: list[Word], wh: Word, aux_at: int) -> Finding | None:
        aux, subject = words[aux_at], words[aux_at + 1]
        lead = doc.text[wh.start : words[aux_at - 1].end]  # "how much", "what time": the whole question phrase
        low = _straight(aux.low)
        if low in _NEGATED_AUX or wh.low in _THAT_IF:
            # "why didn't he come" → "why he didn't come"; "that can't you" → "that you can't"
            if low not in _NEGATED_AUX | _MODAL_AUX | w.DO_FORMS | _BE or subject.low not in w.SUBJECT_PRONOUNS:
                return None
            if (wh.low == "that" and low in _BE) or aux_at + 2 >= len(words) or not subject.joined:
                return None
            fixed = f"{subject.text} {aux.text}"
            return self.finding(
                aux.start,
                subject.end,
                f"An embedded clause keeps statement order: '{lead} {fixed} …'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )
        if low in _BE:
            asked_noun = words[aux_at - 1] is not wh  # "what time is it.": not the cleft "what is it that"
            asked_it = wh.low != "what" or (asked_noun and _ends_clause(doc, words, aux_at + 1))
            if subject.low in w.SUBJECT_PRONOUNS - {"it"} or (
                subject.low == "it" and (asked_it or _participle_next(words, aux_at + 2))  # "what is it called"
            ):
                end = aux_at + 1
            elif subject.low in w.POSSESSIVES or (subject.low in w.ARTICLES and wh.low not in ("what", "who", "which")):
                phrase_end = _noun_phrase_end(words, aux_at + 1)
                if wh.low in _ADVERB_WH:
                    phrase_end = _noun_then_predicate(words, aux_at + 1) or phrase_end  # "why is the shop closed"
                if phrase_end is None:
                    return None
                end = phrase_end
            else:
                return None
            if subject.low not in w.SUBJECT_PRONOUNS and not (
                _ends_clause(doc, words, end) or (wh.low in _ADVERB_WH and _degree_next(words, end))
            ):
                return None
            phrase = " ".join(word.text for word in words[aux_at + 1 : end + 1])
            fixed = f"{phrase} {aux.text}"
            return self.finding(
                aux.start,
                words[end].end,
                f"An embedded question keeps statement order: '{wh.text} … {fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )
        if low in _MODAL_AUX:
            if subject.low == "you" and words[aux_at - 1] is wh and wh.low == "which":
                return None
            end = aux_at + 1
            if subject.low not in w.SUBJECT_PRONOUNS:
                found = (
                    _phrase_before_verb(words, aux_at + 1) if low in w.MODALS and subject.low in w.ARTICLES else None
                )
                if found is None or found + 1 >= len(words) or not run_of(words, found, 2):
                    return None
                if "VB" not in w.verb_tags(words[found + 1].low):
                    return None  # "when will the restaurant reopen": the phrase, then the bare verb
                end = found
            if end + 1 >= len(words) or not words[end].joined:
                return None
            phrase = " ".join(word.text for word in words[aux_at + 1 : end + 1])
            fixed = f"{phrase} {aux.text}"
            return self.finding(
                aux.start,
                words[end].end,
                f"An embedded question keeps statement order: '{lead} {fixed} …'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )
        if low in w.DO_FORMS:
            if subject.low in w.SUBJECT_PRONOUNS or _bare_plural_subject(words, aux_at + 1):
                end = aux_at + 1  # "how do students use feedback"
            elif subject.low in w.DETERMINERS or (subject.capitalised and not subject.sentence_start):
                found = _phrase_before_verb(words, aux_at + 1) if subject.low in w.DETERMINERS else aux_at + 1
                if found is None:
                    return None
                end = found
            else:
                return None
            verb_at = end + 1
            if not run_of(words, end, verb_at - end + 1) or "VB" not in w.verb_tags(words[verb_at].low):
                return None
            verb = words[verb_at]
            if subject.low == "you" and verb.low in _OPINION_VERBS:
                return None  # "I cannot decide where do you think would be best": a question to the reader
            tag = "VBD" if low == "did" else "VBZ" if low == "does" else "VBP"
            form = next((w.verb_form(lemma, tag) for lemma in w.verb_lemmas(verb.low)), None)
            phrase = " ".join(word.text for word in words[aux_at + 1 : end + 1])
            message = (
                f"An embedded question keeps statement order, without 'do': '{lead} {phrase} {form or verb.text}'."
            )
            if tag == "VBP" or not form:
                form = verb.text
            return self.finding(
                aux.start,
                verb.end,
                message,
                suggestions=(f"{phrase} {form}",),
                fix=FixSafety.UNSAFE,
            )
        return None


def _people_object(words: list[Word], at: int) -> bool:
    """'The' or 'those' and a plural noun for people at ``at`` ("asked the participants why …"):
    the person asked, before the question."""
    from .nouns import ONE_PERSON

    return (
        at + 2 < len(words)
        and words[at].low in ("the", "those")
        and run_of(words, at - 1, 3)
        and words[at + 1].low[:-1] in ONE_PERSON
        and words[at + 1].low.endswith("s")
    )


_ASKING_SOMEONE = frozenset("ask asks asked asking tell tells told telling show shows showed".split())
"""Verbs of :data:`_ASKING` whose object is the person asked or told ("asked the guide how old …")."""
_OWNERS = (w.POSSESSIVES - {"its"}) | {"the"}
"""What opens the phrase of a person asked ('the guide', 'my boss'): not 'its'."""
_ADVERB_WH = frozenset("why how when where".split())
_OPINION_VERBS = frozenset("think suppose believe reckon guess imagine say".split())
_DEGREE = frozenset("so too very really still".split())


def _person_object(words: list[Word], at: int) -> bool:
    """'The' or a possessive and one word that is only a noun at ``at``, then a question word: the
    person asked or told ("asked the receptionist where …", "told my boss why …")."""
    return (
        at + 2 < len(words)
        and words[at].low in _OWNERS
        and run_of(words, at - 1, 3)
        and not words[at + 1].capitalised
        and "NOUN" in w.tags(words[at + 1].low)
        and words[at + 1].low not in _CLOSED
        and words[at + 2].low in _WH
    )


def _noun_then_predicate(words: list[Word], start: int) -> int | None:
    """The noun of the determiner's short phrase at ``start`` that a predicate of 'be' follows
    (:func:`_degree_next`): "the room [so cold]", "the shop [closed]"."""
    for cursor in range(start + 1, min(start + 4, len(words))):
        if not words[cursor - 1].joined or words[cursor].low in _CLOSED:
            return None
        tags = w.tags(words[cursor].low)
        if "NOUN" in tags and _degree_next(words, cursor):
            return cursor
        if not tags & {"NOUN", "ADJ"}:
            return None
    return None


def _degree_next(words: list[Word], end: int) -> bool:
    """After the noun phrase at ``end``, a word of degree, or an adjective or a participle that ends
    the clause ("why is the room so cold", "why is the shop closed"): the predicate of 'be'."""
    if end + 1 >= len(words) or not words[end].joined:
        return False
    after = words[end + 1].low
    if after in _DEGREE:
        return True
    if "ADJ" not in w.tags(after) and "VBN" not in w.verb_tags(after):
        return False
    return end + 2 >= len(words) or not words[end + 1].joined or words[end + 2].low in w.PREPOSITIONS


def _bare_plural_subject(words: list[Word], at: int) -> bool:
    """A plural noun with no other reading at ``at``, then a bare verb ("do students use"): the
    subject of the inverted question."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    low, verb = words[at].low, words[at + 1].low
    return w.is_plural_noun(low) and w.tags(low) == {"NOUN"} and "VB" in w.verb_tags(verb)


def _only_noun(word: Word) -> bool:
    return not word.capitalised and "NOUN" in w.tags(word.low) and word.low not in _CLOSED


_CLOSED = w.AUXILIARIES | w.PREPOSITIONS | w.DETERMINERS | w.SUBJECT_PRONOUNS | w.OBJECT_PRONOUNS | _WH


def _noun_phrase_end(words: list[Word], start: int) -> int | None:
    """The last word of a short noun phrase that opens at ``words[start]`` with a determiner: the
    determiner, up to two adjectives or nouns, then a noun."""
    end = start
    for cursor in range(start + 1, min(start + 4, len(words))):
        if not words[cursor - 1].joined:
            break
        pos = w.tags(words[cursor].low)
        if not pos & {"NOUN", "ADJ"} or words[cursor].low in _CLOSED:
            break
        end = cursor
    if end == start or ("NOUN" not in w.tags(words[end].low) and not words[end].capitalised):
        return None
    return end


def _phrase_before_verb(words: list[Word], start: int) -> int | None:
    """The last word of the determiner's phrase at ``start`` that a bare verb follows: "does the
    shop open", "will the renovation take" (the verb that the phrase would otherwise swallow)."""
    end = _noun_phrase_end(words, start)
    if end is None:
        return _noun_before_verb(words, start)  # "what time does the shop open"
    if (
        end > start + 1
        and "VB" in w.verb_tags(words[end].low)
        and (end + 1 >= len(words) or "VB" not in w.verb_tags(words[end + 1].low))
    ):
        end -= 1  # "the meeting start": the last word is the verb
    return end


_AFTER_CLAUSE_VERB = w.PREPOSITIONS | frozenset("today tomorrow tonight now again early late".split())


def _noun_before_verb(words: list[Word], start: int) -> int | None:
    """The noun that ends a determiner's phrase when the next word, an adjective or a verb, ends the
    sentence or comes before a preposition or an adverb of time: "does the shop open", "did the door
    close", "does the store open on Sundays" ('open', 'close' read as adjectives)."""
    at = start + 1
    if at + 1 >= len(words) or not run_of(words, start, at - start + 2):
        return None
    if at + 2 < len(words) and not (words[at + 1].joined and words[at + 2].low in _AFTER_CLAUSE_VERB):
        return None
    if not w.tags(words[at].low) <= {"NOUN", "VERB"} or "NOUN" not in w.tags(words[at].low):
        return None
    return at if "VB" in w.verb_tags(words[at + 1].low) else None


def _ends_clause(doc: Document, words: list[Word], end: int) -> bool:
    """Nothing but punctuation, or a preposition, or the end of the sentence, after ``words[end]``."""
    if end + 1 >= len(words):
        return True
    if not words[end].joined:
        return True
    return words[end + 1].low in w.PREPOSITIONS or words[end + 1].low in ("and", "or", "but", "now", "today")


# -- double negatives ------------------------------------------------------------------------------

_NEGATED = w.both_apostrophes(
    "don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't mustn't haven't hasn't hadn't ain't never"
)
_NEGATIVES = {
    "nothing": "anything",
    "nobody": "anybody",
    "nowhere": "anywhere",
    "none": "any",
    "noone": "anyone",
}
_HARDLY = frozenset(("hardly", "scarcely", "barely"))
_WITHOUT = frozenset(("without",))
_POSITIVE_BE = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were"}
_POSITIVE_MODALS = {
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "won't": "will",
    "wouldn't": "would",
    "don't": "",
}
_CLAUSE_TAKING = frozenset(
    "say said think thought believe believed mean meant guarantee suppose imagine expect hope wish bet".split()
)
"""Verbs whose 'nothing' or 'nobody' may open a clause of their own ("I can't say nobody helped")."""
_AFTER_OBJECT = frozenset("about to at by of".split())
"""Prepositions after which a clause-taking verb's 'nothing' was its object ("didn't mean nothing by it")."""
_BE_FORMS = w.BE_FORMS
_NOT = frozenset(("not",))
_NAMING_VERBS = frozenset(
    "call calls called consider considers considered count counts counted deem deemed rate rated".split()
)
"""Verbs of an object and its complement: after 'call it' a negative is the complement ('I would not call
it nothing', 'I don't count that nothing'), a litotes rather than a second negative object."""
_NOT_AFTER = {low: negative for low, negative in w.NEGATIVE_CONTRACTIONS.items() if low not in w.BE_FORMS}
"""An auxiliary and 'not' written apart read as the contraction ("I do not know nothing")."""
_NEVER_SUBJECTS = frozenset(("nobody", "nothing", "one"))
"""Negative subjects that 'never' cannot follow ("Nobody never tells me"); not 'none' ("none never
returned" is rare, and 'no' + noun is read elsewhere)."""
_NEGATED_BE = w.both_apostrophes("isn't aren't wasn't weren't")
"""Negated forms of 'be' read after 'there' ("there isn't no reason")."""
_NEGATIVE_WORDS = _NEGATED | _HARDLY | _NEGATED_BE
_SOFT_ADVERBS = frozenset("really even ever actually just".split())


_AFTER_NOBODY = frozenset("from at in on of with inside outside".split())
"""Prepositions that open a phrase after 'nobody' before its verb ("Nobody from the company")."""


class DoubleNegative(GrammarRule):
    id = "grammar.double-negative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A double negative: 'I don't know nothing', 'can't hardly', 'didn't see nobody'."
    why = (
        "In standard English one negative is enough: 'I don't know anything' (or 'I know nothing'), "
        "'I can hardly wait', 'we didn't see anybody'. Flagged: a negated verb ('don't', 'can't', "
        "'never' …) whose object is 'nothing', 'nobody', 'nowhere', 'none' or 'no' + noun; 'can't "
        "hardly'; 'never' right after a negated auxiliary ('haven't never'); 'neither' ending a negated "
        "sentence ('I don't like it neither' → 'either'); and a negative "
        "subject opening the sentence before a negated verb ('Nobody didn't come'). "
        "Dialogue in quotation marks is left alone."
    )
    bad = (
        "I don't know nothing about the plan.",
        "We didn't see nobody at the station.",
        "She can't hardly wait for the results.",
        "They never told us nothing.",
        "He didn't have no money left.",
        "She hardly never takes the bus.",
        "I don't like the new design neither.",
        "She didn't say nothing. He didn't mean nothing by it.",
        "I haven't never seen such a mess, and she doesn't never call.",
        "We haven't got no milk, and she hasn't got nothing to wear.",
        "There isn't no reason to worry; there wasn't nobody at home.",
        "I do not know nothing about it, and he has not got no excuse.",
        "Nobody didn't come to the meeting. No one can't deny it. Nobody never tells me anything.",
        "We could not hardly see the road.",
        "We don't charge no hidden fees.",
        "I have never seen nothing like it.",
        "Nobody from the company could not be reached for comment.",
        "None of the participants had never used the device before.",
        "There wasn't hardly any room in the wardrobe.",
        "Without no support from my teachers, I would never have finished my degree.",
        "We don't have no more parking permits available for this month.",
    )
    good = (
        "We can't pay no more than ten dollars; I don't want no more.",
        "I don't know anything about the plan.",
        "We saw nobody at the station; it wasn't nothing, either.",
        "She can hardly wait for the results.",
        "I can't say nobody helped.",
        "They won't take no for an answer.",
        "Me neither. Neither of them came, and I don't know why.",
        "Hardly anyone came, and nobody stayed; there was barely any food.",
        "Nobody came. Nothing works. None of them tried. No one can deny it.",
        "I didn't, never have and never will. He won't, never.",
        "We haven't got any milk. There isn't any reason to worry; there is no reason; isn't there no way?",
        "The question there isn't nobody's business. Is there no end? It wasn't nothing.",
        "It is not nothing. She did not come for nothing. I cannot say nobody helped. We will not do nothing.",
        "I would not call it nothing, and I wouldn't call them nobodies either.",
        "I did not say none of them could come.",
        "Nobody from the company could be reached, and nobody at the office knew.",
        "None of the participants had ever used the device before.",
        "It wasn't hard, and there was hardly any room.",
        "They left without anyone noticing; without No. 10's approval, nothing happens.",
    )
    fixed = (
        "I don't know anything about the plan.",
        "We didn't see anybody at the station.",
        "She can hardly wait for the results.",
        "They never told us anything.",
        "He didn't have any money left.",
        "She hardly ever takes the bus.",
        "I don't like the new design either.",
        "She didn't say anything. He didn't mean anything by it.",
        "I haven't ever seen such a mess, and she doesn't ever call.",
        "We haven't got any milk, and she hasn't got anything to wear.",
        "There isn't any reason to worry; there wasn't anybody at home.",
        "I do not know anything about it, and he has not got any excuse.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        spelt_out = [at for at in positions(doc, _NOT) if at > 0 and lows[at - 1] in _NOT_AFTER]  # "did not"
        found = sorted(positions(doc, _NEGATIVE_WORDS) + spelt_out)
        for words, index in places(doc, found):
            if words[index].low == "not":
                auxiliary = words[index - 1] if index > 0 and words[index - 1].joined else None
                spelt = _NOT_AFTER.get(auxiliary.low) if auxiliary is not None else None
                finding = self._after(doc, words, index, spelt) if spelt is not None else None  # "did not see nobody"
                if finding is None and auxiliary is not None:
                    finding = self._negative_subject_before(words, index)  # "Nobody from the firm could not"
            elif words[index].low in _NEGATED_BE:
                finding = self._there_is_not(words, index) or self._be_not_hardly(words, index)
            elif words[index].low in _HARDLY:
                finding = self._after_hardly(words, index)
            else:
                finding = self._after(doc, words, index) or self._negative_subject(words, index)
                if finding is None and words[index].low == "never" and index > 1 and words[index - 1].low in _NOT_AFTER:
                    finding = self._negative_subject_before(words, index)  # "None of them had never used"
            if finding is not None and doc.text[finding.start : finding.end] == "None":
                continue  # "they will never return None": capitalised inside the sentence, a constant of code
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in occurrences(doc, _WITHOUT):
            finding = self._without_no(doc, words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding

    def _without_no(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Without no support from my teachers': 'without' is the negative, so 'no' becomes 'any'.
        Not 'without No. 10' (a number) nor 'without no one' ('anyone' would take both words)."""
        if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
            return None
        no, following = words[index + 1], words[index + 2]
        if no.text != "no" or following.low == "one" or not w.tags(following.low) & {"NOUN", "ADJ"}:
            return None
        return self.replace_word(
            no, "any", "'Without' is already negative: 'without any', not 'without no'.", FixSafety.UNSAFE
        )

    def _negative_subject(self, words: list[Word], index: int) -> Finding | None:
        """'Nobody didn't come', 'No one can't deny it': a negative pronoun opening the sentence as the
        subject of a negated verb. Offered without a fix: 'Nobody came' and 'Everybody came' differ."""
        negated = words[index]
        if index == 0 or not words[index - 1].joined:
            return None
        if negated.low == "never" and words[index - 1].low not in _NEVER_SUBJECTS:
            return None
        start = index - 1
        if words[start].low == "one" and start > 0 and words[start - 1].low == "no" and words[start - 1].joined:
            start -= 1
        elif words[start].low not in _NEGATIVES or words[start].low == "nowhere":
            return None
        if start != 0:
            return None
        subject = " ".join(word.text for word in words[start:index])
        if negated.low == "never":
            return self.replace_word(
                negated,
                match_case("ever", negated.text),
                f"A double negative: '{subject}' is already negative: '{subject} ever'.",
                FixSafety.UNSAFE,
            )
        return self.finding(
            words[start].start,
            negated.end,
            f"A double negative: '{subject}' is already negative, and '{negated.text}' turns it round: drop the 'not'.",
        )

    def _negative_subject_before(self, words: list[Word], index: int) -> Finding | None:
        """'Nobody from the company could not be reached': 'nobody' or 'no one' opening the sentence,
        a short phrase after it ('from the company', 'at the office'), then an auxiliary and 'not'."""
        start = 2 if [word.low for word in words[:2]] == ["no", "one"] else 1
        if words[0].low not in ("nobody", "no", "none") or (start == 1 and words[0].low == "no"):
            return None
        between = words[start : index - 1]
        if not between or len(between) > 5 or between[0].low not in _AFTER_NOBODY:
            return None
        if words[0].low == "none" and between[0].low != "of":
            return None  # "None of the staff did not …": 'none' with its 'of' phrase only
        if not all(word.joined for word in words[:index]) or any(w.may_be_finite(word.low) for word in between[1:]):
            return None  # "Nobody at the party who knew him did not …": only a phrase without a verb
        subject = " ".join(word.text for word in words[:start])
        repair = "write 'ever'" if words[index].low == "never" else "drop the 'not'"
        return self.finding(
            words[0].start,
            words[index].end,
            f"A double negative: '{subject}' is already negative, and '{words[index].text}' turns it round: {repair}.",
        )

    def _be_not_hardly(self, words: list[Word], index: int) -> Finding | None:
        """'There wasn't hardly any room', 'it isn't barely enough': 'hardly' is already negative,
        so the form of 'be' loses its 'not'."""
        if not run_of(words, index, 2) or words[index + 1].low not in _HARDLY:
            return None
        negated, adverb = words[index], words[index + 1]
        return self._without_not(negated, adverb, _POSITIVE_BE[_straight(negated.low)])

    def _without_not(self, negated: Word, adverb: Word, positive: str) -> Finding:
        """'can't hardly' → 'can hardly', 'wasn't hardly' → 'was hardly': the auxiliary written
        ``positive``, since the adverb is already negative."""
        fixed = f"{match_case(positive, negated.text)} {adverb.text}"
        return self.finding(
            negated.start,
            adverb.end,
            f"A double negative: '{adverb.text}' is already negative: '{fixed}'.",
            suggestions=(fixed,),
            fix=FixSafety.SAFE,
        )

    def _there_is_not(self, words: list[Word], index: int) -> Finding | None:
        """'There isn't no reason', 'there wasn't nobody': 'there' and a negated form of 'be', then a
        negative word ('no' + noun, 'nothing', 'nobody', 'none', 'no one'). Not a question ("Isn't there
        no way?": 'there' comes after the verb) nor "nobody's business"."""
        if index == 0 or words[index - 1].low != "there" or not run_of(words, index - 1, 3):
            return None
        target = words[index + 1]
        if target.low in _NEGATIVES:
            return self._negative(target, target, _NEGATIVES[target.low])
        if target.low != "no" or not run_of(words, index + 1, 2):
            return None
        following = words[index + 2]
        if following.low == "one":
            return self._negative(target, following, "anyone")
        if "NOUN" in w.tags(following.low) and following.low not in ("doubt", "longer", "more", "less", "way"):
            return self._negative(target, target, "any")
        return None

    def _after_hardly(self, words: list[Word], index: int) -> Finding | None:
        """'hardly never', 'scarcely nothing', 'barely no time' → 'ever', 'anything', 'any'."""
        if not run_of(words, index, 2):
            return None
        target = words[index + 1]
        if target.low == "never":
            return self._negative(target, target, "ever")
        if target.low in _NEGATIVES:
            return self._negative(target, target, _NEGATIVES[target.low])
        if target.low == "no" and run_of(words, index + 1, 2):
            following = words[index + 2]
            if following.low == "one":
                return self._negative(target, following, "anyone")
            if "NOUN" in w.tags(following.low) and following.low not in ("doubt", "longer", "more", "less"):
                return self._negative(target, target, "any")
        return None

    def _after(self, doc: Document, words: list[Word], index: int, spelt: str | None = None) -> Finding | None:
        """``spelt``: the contracted form of an auxiliary and 'not' at ``index`` ('did not' → "didn't")."""
        negated = words[index]
        low = spelt or _straight(negated.low)
        cursor = index + 1
        if not run_of(words, index, cursor - index + 1):
            return None
        if words[cursor].low in _HARDLY and spelt is not None:
            adverb = words[cursor]
            return self.finding(
                negated.start,
                adverb.end,
                f"A double negative: '{adverb.text}' is already negative: drop '{negated.text}'.",
            )
        if words[cursor].low in _HARDLY and low in _POSITIVE_MODALS:
            adverb = words[cursor]
            positive = _POSITIVE_MODALS[low]
            if low == "don't":
                return self.finding(
                    negated.start,
                    adverb.end,
                    f"A double negative: '{adverb.text}' is already negative ('I {adverb.low} …').",
                )
            return self._without_not(negated, adverb, positive)
        if words[cursor].low == "never" and low != "never":
            return self._negative(words[cursor], words[cursor], "ever")  # "I haven't never seen it"
        neither = _sentence_end_neither(doc, words, index)
        if neither is not None:
            return self.replace_word(
                neither,
                match_case("either", neither.text),
                "A double negative: after a negated verb, use 'either'.",
                FixSafety.SAFE,
            )
        if words[cursor].low in _SOFT_ADVERBS and run_of(words, cursor, 2):
            cursor += 1
        verb = words[cursor]
        tags = w.verb_tags(verb.low)
        wanted = {"VBD"} if low in ("never",) else {"VBN"} if low.startswith(("have", "has", "had")) else {"VB"}
        if low == "never":
            wanted = {"VBD", "VBZ", "VBP"}
            if index > 0 and words[index - 1].low in _HAVE_BEFORE_NEVER and words[index - 1].joined:
                wanted = {"VBN"}  # "I have never seen nothing like it"
        if verb.low == "got" and low.startswith(("have", "has", "had")):
            tags = tags | {"VBN"}  # "haven't got no money": British 'have got'
        if not tags & wanted or verb.low in _BE_FORMS or verb.capitalised:
            return None
        clause_taking = verb.low in _CLAUSE_TAKING
        cursor += 1
        if cursor < len(words) and words[cursor].low in w.OBJECT_PRONOUNS and run_of(words, cursor - 1, 2):
            if verb.low in _NAMING_VERBS:
                return None  # "I would not call it nothing": the negative names the object (litotes), no object itself
            cursor += 1  # "told us nothing"
        if not run_of(words, cursor - 1, 2):
            return None
        target = words[cursor]
        replacement = _NEGATIVES.get(target.low)
        if target.low == "no" and run_of(words, cursor, 2):
            following = words[cursor + 1]
            if following.low == "one":
                return self._negative(words[cursor], following, "anyone")
            if following.low == "more" and _plural_after_more(words, cursor + 1):
                return self._negative(target, target, "any")  # "don't have no more permits"; not "no more than"
            if "NOUN" in w.tags(following.low) and w.tags(following.low) <= {"NOUN", "ADJ", "VERB"}:
                if following.low in ("doubt", "wonder", "matter", "longer", "more", "less", "way"):
                    return None
                return self._negative(target, target, "any")
            adjective = "ADJ" in w.tags(following.low) or "VBN" in w.verb_tags(following.low)
            modified = adjective and run_of(words, cursor, 3)  # "don't charge no hidden fees"
            noun = words[cursor + 2].low if modified else ""
            plain_noun = "NOUN" in w.tags(noun) and not w.verb_tags(noun) & {"VB", "VBD", "VBN", "VBG"}
            if plain_noun and following.low not in _NO_DEGREES:
                return self._negative(target, target, "any")
            return None
        if replacement is None or (spelt is not None and verb.low == "do" and target.low == "nothing"):
            return None  # "People do not do nothing": 'not … do nothing' spelt out is a litotes (not idle)
        if clause_taking and run_of(words, cursor, 2) and words[cursor + 1].low not in _AFTER_OBJECT:
            return None  # "I can't say nobody helped": 'nobody' opens a clause ("didn't say nothing." is the object)
        if clause_taking and target.low == "none" and _clause_after_none(words, cursor):
            return None  # "I did not say none of them could come": 'none of them' is the clause's subject
        return self._negative(target, target, replacement)

    def _negative(self, first: Word, last: Word, replacement: str) -> Finding:
        written = first.text if first is last else f"{first.text} {last.text}"
        fixed = match_case(replacement, first.text)
        return self.finding(
            first.start,
            last.end,
            f"A double negative: after a negated verb, '{written}' becomes '{fixed}'.",
            suggestions=(fixed,),
            fix=FixSafety.SAFE,
        )


def _plural_after_more(words: list[Word], more: int) -> bool:
    """A plural noun after 'more' at ``more``, one noun or adjective between or not ('no more parking
    permits'): a noun phrase, not 'no more than'."""
    for at in (more + 1, more + 2):
        if at >= len(words) or not words[at - 1].joined:
            return False
        if w.is_plural_noun(words[at].low) and "NOUN" in w.tags(words[at].low):
            return True
        if not (w.tags(words[at].low) & {"NOUN", "ADJ"} or "VBG" in w.verb_tags(words[at].low)):
            return False  # ('parking permits': an -ing form before the noun too)
    return False


_HAVE_BEFORE_NEVER = frozenset("have has had i've we've you've they've he's she's".split())
_NO_DEGREES = frozenset("more less longer".split())
"""Words after 'no' that make no plain noun phrase of it ("can't pay no more than")."""


def _clause_after_none(words: list[Word], index: int) -> bool:
    """'none of them could come': 'none of' and a short noun phrase, then a finite verb or a modal."""
    if not run_of(words, index, 3) or words[index + 1].low != "of":
        return False
    for at in range(index + 3, min(index + 6, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if low in w.MODALS or (w.verb_tags(low) & {"VBD", "VBZ", "VBP"} and "NOUN" not in w.tags(low)):
            return True
    return False


def _sentence_end_neither(doc: Document, words: list[Word], index: int) -> Word | None:
    """'neither' as the last word of the sentence, within eight words after the negated verb."""
    last = words[-1]
    if last.low != "neither" or len(words) - 1 - index > 8 or len(words) - 1 == index:
        return None
    before = words[-2]
    if not before.joined or before.low in ("me", "him", "her", "us", "them", "you", "or", "nor"):
        return None
    return last


# -- a missing dummy subject ------------------------------------------------------------------------

_EXTRAPOSED = frozenset(
    """
    important necessary possible impossible difficult hard easy good better best bad nice great clear
    obvious true essential vital crucial useful interesting strange surprising unusual normal
    dangerous safe illegal forbidden advisable worth fun sad unfair fair likely unlikely
    evident apparent time enough
    """.split()
)
"""Adjectives that take an extraposed subject ("It is important to …", "It is clear that …"); not
'able', 'sure', 'ready', 'willing', 'happy' (a person's: "Was able to fix it" drops an "I")."""
_EXTRAPOSED_NOUNS = frozenset(
    "idea shame pity mistake problem surprise relief pleasure honour honor privilege waste disaster joke "
    "miracle success failure risk challenge must".split()
)
"""Nouns of "It is a shame that …", "It was a good idea to …"."""
_INTENSIFIERS = frozenset("very so really quite too extremely rather pretty absolutely".split())
_EXTRAPOSED_NEXT = frozenset(("to", "that", "for"))
_WEATHER = frozenset("raining snowing hailing drizzling pouring freezing".split())
_OPENING_BE = frozenset(("is", "was"))
_WEATHER_STATES = frozenset(
    "cold hot warm sunny windy cloudy foggy misty humid chilly stormy freezing icy snowy rainy muggy".split()
)
"""Adjectives of the weather: 'Was very cold last night' lacks its 'It' (or a person's 'I')."""
_THERE_BE = frozenset(("is", "was", "are", "were"))
_EXISTENTIAL = frozenset(
    """
    many several few numerous countless plenty lots no two three four five six seven eight nine ten
    dozens hundreds thousands millions
    """.split()
)
"""Quantities that a sentence opening with 'Is' or 'Are' names when its 'There' is missing ("Are
many reasons to doubt it", "Was no sign of the driver")."""
_SINGULAR_EXISTENTIAL = frozenset(("no", "plenty", "lots"))
_CONDITION_MODALS = frozenset("would could might wouldn't couldn't wouldn’t couldn’t".split())
"""Modals of a main clause after an opening 'Were …' that is a condition ("Were several members
absent, the vote would fail")."""
_SUBORDINATE = frozenset(("because", "although", "though", "unless", "if"))
_MISSING_IT_TRIGGERS = _THERE_BE | _SUBORDINATE
_BECAUSE_IS = frozenset(("is", "was"))
_NOUN_OPENERS = w.DETERMINERS | w.POSSESSIVES | frozenset("first second third last next final other".split())
"""Words after which a noun follows, not a conjunction: 'my though is', 'the first though was' are
slips for 'thought', not clauses without their subject."""


class MissingSubjectIt(GrammarRule):
    id = "grammar.missing-subject-it"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'It' missing before 'is': 'Is important to check', 'because is cheap'."
    why = (
        "English needs a subject even when it says nothing: 'It is important to check', 'It is "
        "raining', 'because it is cheap'. Flagged: a sentence that opens with 'Is' or 'Was' and an "
        "adjective such as 'important', 'possible', 'clear' followed by 'to', 'that' or 'for'; 'Is "
        "raining'; 'Is', 'Was' and a word of the weather ('Was very cold last night': 'It was', or a "
        "person's 'I was'); 'Are', 'Were' and a quantity ('Are many reasons to doubt it': 'There are'), "
        "'Is no', 'Was plenty of' in a statement that ends with a full stop; and 'because', "
        "'although', 'if' or 'unless' directly before 'is' or 'was'; and a question that opens with 'Is' or "
        "'Was', an adjective such as 'possible' and 'to' or 'that' ('Is possible to pay by card?': 'Is it "
        "possible')."
    )
    bad = (
        "Is important to check the figures.",
        "Was clear that the plan had failed.",
        "Is raining again in the north.",
        "We chose the bus because is cheap.",
        "Take the job if is possible.",
        "Was a good idea to leave early.",
        "Are several ways to read the new budget.",
        "Was no sign of the driver when the police arrived.",
        "Was very cold in the stadium last night.",
        "Is plenty of room on the top deck.",
        "Was a lot of noise in the street last night.",
        "Is possible to pay by card?",
    )
    good = (
        "It is important to check the figures.",
        "Is it important to check the figures?",
        "Was able to fix it by noon.",
        "Is raining likely tomorrow?",
        "Is Ready to Ship is the label.",
        "Is a dog a good pet? Was a good idea ever so simple?",
        "We chose the bus because it is cheap.",
        "Are many people affected? Were many to leave, the town would die.",
        "Were several members absent, the vote would fail. Were no deal signed by June, tariffs could rise.",
        "Is Cold Water Safe to Drink. Was sunny. Are many of them here?",
        "There are many reasons to doubt it, and it was very cold last night.",
        "Her first though was to call the police.",
        "Is it possible to pay by card? Is Possible To Win? Is able to drive? Is ready to ship?",
    )
    fixed = (
        "It is important to check the figures.",
        "It was clear that the plan had failed.",
        "It is raining again in the north.",
        "We chose the bus because it is cheap.",
        "Take the job if it is possible.",
        "It was a good idea to leave early.",
        "Are several ways to read the new budget.",
        "Was no sign of the driver when the police arrived.",
        "Was very cold in the stadium last night.",
        "Is plenty of room on the top deck.",
        "Was a lot of noise in the street last night.",
        "Is possible to pay by card?",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MISSING_IT_TRIGGERS):
            word = words[index]
            if word.low in _THERE_BE and index == 0 and word.text[:1].isupper():
                missing = self._missing_opening_subject(doc, words)
                if missing is not None:
                    fixed = f"{missing} {word.low}"
                    yield self.replace_word(word, fixed, f"A subject is missing: '{fixed} …'.", FixSafety.UNSAFE)
                    continue
            if word.low in _OPENING_BE and index == 0 and word.text[:1].isupper() and _question_without_it(doc, words):
                fixed = f"{word.text} it"
                yield self.replace_word(
                    word, fixed, f"A subject is missing: '{fixed} {words[1].text} …?'.", FixSafety.UNSAFE
                )
                continue
            if word.low in _OPENING_BE and index == 0 and word.text[:1].isupper():
                if self._opening_without_it(doc, words):
                    fixed = f"It {word.low}"
                    yield self.replace_word(word, fixed, f"A subject is missing: '{fixed} …'.", FixSafety.SAFE)
            elif word.low in _SUBORDINATE and run_of(words, index, 3):
                verb, after = words[index + 1], words[index + 2]
                if verb.low not in _BECAUSE_IS or after.capitalised:
                    continue
                if index > 0 and words[index - 1].low in ("as", "even", "what") and words[index - 1].joined:
                    continue
                if index > 0 and words[index - 1].joined and words[index - 1].low in _NOUN_OPENERS:
                    continue  # "My second though is …": a noun's place ('thought'), no clause opens there
                fixed = f"it {verb.text}"
                yield self.replace_word(
                    verb, fixed, f"A subject is missing after '{word.text}': '{word.text} {fixed}'.", FixSafety.SAFE
                )

    def _missing_opening_subject(self, doc: Document, words: list[Word]) -> str | None:
        """'There' before 'Are many reasons to …', 'Was no sign of …'; 'It' before 'Was very cold
        last night'. Only a statement (it ends with a full stop) of at least four words; not 'Were
        many to leave, …', a condition."""
        if len(words) < 4 or not run_of(words, 0, 3) or words[1].capitalised:
            return None
        if doc.text[words[-1].end : words[-1].end + 1] not in (".", "!"):
            return None
        verb, first = words[0].low, words[1].low
        quantity = tuple(word.low for word in words[1:5])
        if verb in _OPENING_BE and (quantity[:3] == ("a", "lot", "of") or quantity == ("a", "great", "deal", "of")):
            return "There"  # "Is a lot of traffic on the bridge", "Is a great deal of work to do"
        if first in _EXISTENTIAL:
            if verb == "were" and any(word.low == "to" or word.low in _CONDITION_MODALS for word in words):
                return None  # "Were many to leave, the town would die", "Were no deal signed, tariffs would rise"
            if verb in ("is", "was") and first not in _SINGULAR_EXISTENTIAL:
                return None
            if first in ("plenty", "lots") and words[2].low != "of":
                return None
            return "There"
        cursor = 2 if first in _INTENSIFIERS else 1
        if verb in _OPENING_BE and words[cursor].low in _WEATHER_STATES and not words[cursor].capitalised:
            return "It"
        return None

    def _opening_without_it(self, doc: Document, words: list[Word]) -> bool:
        if len(words) < 3 or doc.text[words[-1].end : words[-1].end + 1] == "?":
            return False
        cursor = 1
        if words[cursor].low in _INTENSIFIERS and run_of(words, 0, 3):
            cursor += 1
        if not run_of(words, 0, cursor + 1) or words[cursor].capitalised:
            return False
        adjective = words[cursor]
        if adjective.low in _WEATHER and cursor == 1:
            return True
        if adjective.low in ("a", "an") and cursor == 1:
            # "Was a good idea to leave." A statement: a question ("Is a dog a pet?") ends in "?".
            end = _noun_phrase_end(words, 1)
            return (
                end is not None
                and doc.text[words[-1].end : words[-1].end + 1] in (".", "!")
                and words[end].low in _EXTRAPOSED_NOUNS
                and (end + 1 == len(words) or words[end + 1].low in _EXTRAPOSED_NEXT)
            )
        return adjective.low in _EXTRAPOSED and run_of(words, cursor, 2) and words[cursor + 1].low in _EXTRAPOSED_NEXT


def _relative_verb_word(word: Word) -> bool:
    """A word that :meth:`MissingRelative._missing` may take for the clause's verb: a finite form that
    is no participle, no auxiliary and no adjective (but those only before a noun), in lower case."""
    low = word.low
    if word.capitalised or low in _NOT_RELATIVE_VERBS or low in w.AUXILIARIES or "VBN" in w.verb_tags(low):
        return False
    if "ADJ" in w.tags(low) and low not in _ATTRIBUTIVE_ONLY:
        return False
    return bool(w.verb_tags(low) & {"VBP", "VBD", "VBZ"})


def _question_without_it(doc: Document, words: list[Word]) -> bool:
    """'Is possible to pay by card?', 'Was necessary that he came?': a question that opens with
    'Is' or 'Was' and an adjective that takes an extraposed subject, then 'to' or 'that', lacks its
    'it' ('Is it possible to …?'). Not a title ('Is Possible To …'), and only those adjectives."""
    if len(words) < 4 or doc.text[words[-1].end : words[-1].end + 1] != "?":
        return False
    cursor = 2 if words[1].low in _INTENSIFIERS else 1
    if not run_of(words, 0, cursor + 2):
        return False
    adjective, after = words[cursor], words[cursor + 1]
    return adjective.text == adjective.low and adjective.low in _ASKED_EXTRAPOSED and after.low in ("to", "that")


_ASKED_EXTRAPOSED = frozenset(
    """
    important necessary possible impossible difficult hard easy clear obvious true essential vital
    crucial useful safe illegal advisable likely unlikely allowed permitted normal okay ok
    """.split()
)
"""Adjectives that a question opening 'Is' + adjective + 'to'/'that' must have 'it' before ('Is it
possible to …?'); not 'ready', 'able', 'good' ('Is good to go?' is speech with its subject dropped
as often as a slip)."""


# -- a verb that takes no indirect object ----------------------------------------------------------

_NO_DATIVE_LEMMAS = "explain describe suggest say mention announce propose repeat demonstrate".split()
_NO_DATIVE = frozenset(
    form
    for lemma in _NO_DATIVE_LEMMAS
    for tag in ("VB", "VBZ", "VBD", "VBG", "VBP")
    for form in w.verb_inflections(lemma).get(tag, ())
)
_SAY = frozenset(form for tag in ("VB", "VBZ", "VBD", "VBG", "VBP") for form in w.verb_inflections("say").get(tag, ()))
_TELL_FORMS = {"say": "tell", "says": "tells", "said": "told", "saying": "telling"}
_WH_OBJECT = frozenset("how why what where when who whether".split())
_OBJECT_OPENERS = (w.ARTICLES | w.POSSESSIVES | frozenset("these those some".split())) | _WH_OBJECT
_TELL_ASK = frozenset("tell tells told telling ask asks asked asking".split())
_DATIVE_TRIGGERS = _NO_DATIVE | _TELL_ASK


class IndirectObjectTo(GrammarRule):
    id = "grammar.indirect-object-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Explain me the problem': this verb takes 'to' before the person."
    why = (
        "'Explain', 'describe', 'suggest', 'say', 'mention', 'announce', 'propose' and 'repeat' take "
        "no indirect object: 'explain the problem to me' (or 'explain to me how …'), 'suggest a book "
        "to me'; with 'say', use 'tell' ('tell me the truth'). The reverse slip is 'tell' or 'ask' "
        "with 'to': 'tell them the truth', not 'tell to them'. Flagged when the person is followed by "
        "what is explained (a determiner, 'how', 'why', 'what' …), or when a group of people stands bare "
        "before a 'that' clause with its own subject ('said reporters that the deal was close'), or "
        "'the' and people follow 'explain', 'describe', 'announce' or 'mention' before 'how', 'why' or "
        "'what' ('described the police what she saw')."
    )
    bad = (
        "Can you explain me the problem?",
        "She described us the house in detail.",
        "He suggested me a good book.",
        "Just say me the truth.",
        "I have to tell to them the whole story.",
        "They explained him how the machine works.",
        "The minister said reporters that the talks had failed.",
        "The mayor explained the reporters why the bridge was closed.",
        "The witness described the police what she had seen.",
    )
    good = (
        "She described the police who arrived; he mentioned the families when they came; we announced the winners.",
        "When the speaker mentioned the victims what followed was a long silence.",
        "Can you explain the problem to me?",
        "She described the house to us in detail.",
        "He suggested a good book to me.",
        "Just tell me the truth.",
        "Describe her plan; I will explain them all later.",
        "She was asked to the party; describe him in three words.",
        "He said investors that bought early gained; police said residents should stay in.",
        "The report said officials that the agency hired were unqualified.",
        "The teacher explained the class schedule; she explained the students who failed the rules.",
    )
    fixed = (
        "Can you explain to me the problem?",
        "She described to us the house in detail.",
        "He suggested to me a good book.",
        "Just tell me the truth.",
        "I have to tell them the whole story.",
        "They explained to him how the machine works.",
        "The minister said reporters that the talks had failed.",
        "The mayor explained the reporters why the bridge was closed.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _DATIVE_TRIGGERS):
            verb = words[index]
            if verb.low in _TELL_ASK:
                if not run_of(words, index, 4) or words[index + 1].low != "to":
                    continue
                person, after = words[index + 2], words[index + 3]
                if person.low not in w.OBJECT_ONLY_PRONOUNS or after.low not in _OBJECT_OPENERS | {"if", "that"}:
                    continue
                yield self.finding(
                    words[index + 1].start,
                    person.end,
                    f"'{verb.text}' takes the person without 'to': '{verb.text} {person.text} …'.",
                    suggestions=(person.text,),
                    fix=FixSafety.SAFE,
                )
                continue
            if not run_of(words, index, 3) or (verb.capitalised and index > 0):
                continue
            person, after = words[index + 1], words[index + 2]
            if person.low in _DATIVE_GROUPS and _clause_after(doc, words, index + 2):
                yield self._group_finding(verb, person)
                continue
            if verb.low in _EXPLAIN and person.low in _GROUP_DETERMINERS and after.low in _PEOPLE_TOLD:
                if (
                    run_of(words, index, 4)
                    and words[index + 3].low in _EXPLAINED_WH
                    and not _free_relative_subject(words, index)
                ):
                    yield self._people_finding(doc, verb, person, after)
                continue
            if person.low not in w.PERSON_OBJECTS or person.text != person.low:
                continue
            is_say = verb.low in _SAY
            openers = _OBJECT_OPENERS | {"that"} if is_say or person.low == "me" else _OBJECT_OPENERS
            if after.low not in openers:
                continue
            if person.low == "her" and after.low not in w.ARTICLES | _WH_OBJECT:
                continue
            if is_say:
                fixed = f"{match_case(_TELL_FORMS.get(verb.low, 'tell'), verb.text)} {person.text}"
                message = f"'{verb.text}' takes no indirect object: '{fixed} …'."
            else:
                fixed = f"{verb.text} to {person.text}"
                message = (
                    f"'{verb.text}' takes 'to' before the person: '{verb.text} … to {person.text}' or '{fixed} …'."
                )
            yield self.finding(verb.start, person.end, message, suggestions=(fixed,), fix=FixSafety.SAFE)

    def _people_finding(self, doc: Document, verb: Word, opener: Word, people: Word) -> Finding:
        """'explained the reporters why …': the people told take 'to'."""
        group = doc.text[opener.start : people.end]
        fixed = f"{verb.text} to {group}"
        message = f"'{verb.text}' takes 'to' before the people told: '{fixed} …'."
        return self.finding(verb.start, people.end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)

    def _group_finding(self, verb: Word, group: Word) -> Finding:
        if verb.low in _SAY:
            fixed = f"{match_case(_TELL_FORMS.get(verb.low, 'tell'), verb.text)} {group.text}"
            message = f"'{verb.text}' takes no indirect object: '{fixed} that …' (or '{verb.text} to {group.text}')."
        else:
            fixed = f"{verb.text} to {group.text}"
            message = f"'{verb.text}' takes 'to' before the people told: '{fixed} that …'."
        return self.finding(verb.start, group.end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)


def _clause_after(doc: Document, words: list[Word], at: int) -> bool:
    """Whether 'that' at ``at`` opens a clause with its own subject ("said reporters that the deal
    was close", "that prices would rise"), not a relative clause ("said investors that bought early
    gained"): the word after it opens a noun phrase, and the group before it is no subject of its own
    verb ("the minister said reporters that …", not "said reporters that" after a comma)."""
    if not run_of(words, at - 2, 4) or words[at].low != "that":
        return False
    subject = words[at + 1]
    if subject.low in w.PREPOSITIONS or (
        subject.text == subject.low and subject.low not in _CLAUSE_SUBJECTS and w.verb_tags(subject.low)
    ):
        return False  # "said students that fail twice": a word that may be a verb may open a relative's verb
    tags = sentence_tags(doc, words)
    if subject.low not in _CLAUSE_SUBJECTS and tags[at + 1] not in _CLAUSE_SUBJECT_TAGS:
        return False
    for i in range(at + 2, min(at + 8, len(words) - 1)):
        if tags[i].startswith("VB") or tags[i] == "MD":
            # "said officials that the agency hired were unqualified": a verb straight after the
            # clause's first verb makes the clause a relative one, whose noun is the subject
            return not (words[i].joined and tags[i + 1] in _FINITE_TAGS)
    return True


_EXPLAIN = frozenset(
    form
    for lemma in ("explain", "describe", "announce", "mention", "demonstrate")
    for forms in w.verb_inflections(lemma).values()
    for form in forms
)
_GROUP_DETERMINERS = frozenset("the his her their our my your its".split())
_LEADING_CLAUSE = frozenset("when whenever after before as once while if since because until".split())
_MAIN_BE = frozenset("is was are were".split())


def _free_relative_subject(words: list[Word], index: int) -> bool:
    """'When the speaker mentioned the victims what followed was silence': the verb stands in a clause
    that 'when', 'after', 'as' … opens without a comma, and 'what …' is the subject of the main
    clause, whose 'was' or 'is' follows."""
    opened = any(word.low in _LEADING_CLAUSE for word in words[:index]) and run_of(words, 0, index + 1)
    return opened and words[index + 3].low == "what" and any(word.low in _MAIN_BE for word in words[index + 4 :])


_EXPLAINED_WH = frozenset("how why what whether".split())
"""What opens the thing explained after the people ("explained the reporters why the bridge was
closed"); not 'who', 'when', 'where', which may open a relative or a time clause ("explained the
patients when they arrived" reads as 'explained [it to] the patients' only sometimes)."""


_DATIVE_GROUPS = frozenset(
    """reporters journalists lawmakers legislators senators investors analysts shareholders stockholders
    students pupils voters residents supporters delegates employees workers staffers fans viewers listeners
    readers parents colleagues donors diplomats officials ministers soldiers troops patients customers
    clients members subscribers followers negotiators judges jurors congregants parishioners
    villagers citizens protesters demonstrators""".split()
)
"""Plural nouns of people told something, the indirect object of a slip like "said reporters that"
(told reporters); they stand bare, without a determiner ("said the committee that met …" is a relative)."""
_PEOPLE_TOLD = _DATIVE_GROUPS | frozenset(
    """children kids class audience crowd jury court committee panel team players nurses doctors police guests
    visitors tourists public board council staff students passengers officers villagers locals neighbours
    neighbors investigators inspectors victims families""".split()
)
"""People after 'explained the' ('described', 'announced', 'mentioned' …) and before 'how', 'why',
'what' ("explained the jury how", "described the police what she saw")."""
_CLAUSE_SUBJECTS = (w.SUBJECT_PRONOUNS - {"i"}) | w.DETERMINERS | frozenset(("i", "there"))
"""Words that open the subject of the clause after 'that'."""
_CLAUSE_SUBJECT_TAGS = frozenset("NN NNS NNP NNPS CD JJ".split())
"""Tags of another word that opens that subject: a noun, a number or an adjective ("that new rules …")."""
_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS


# -- a missing 'know' --------------------------------------------------------------------------------

_DONT = w.both_apostrophes("don't doesn't didn't")
_KNOW_MODALS = frozenset("should must can could will would might".split())
_KNOW_TRIGGERS = _DONT | _KNOW_MODALS
_KNOW_ADVERBS = frozenset(
    "even really always often actually still quite exactly fully just ever truly honestly".split()
)
_KNOW_WH = frozenset("what where why how whether who which".split())
_MODAL_WH = frozenset("how why whether".split())


class MissingKnow(GrammarRule):
    id = "grammar.missing-know"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb missing before a question word: 'I don't where it is', 'you should how it works'."
    why = (
        "'Don't', 'didn't' or a modal straight before 'what', 'where', 'how' or 'why' and a clause "
        "has lost its verb, nearly always 'know': 'I don't know where it is', 'you should know how it "
        "works'. A sentence that opens with 'Don't' is left alone, and so is 'when' ('I don't when it "
        "rains' leaves out a verb said before)."
    )
    bad = (
        "I don't where the meeting is.",
        "She doesn't even what the word means.",
        "You should really how the engine works.",
        "We didn't why they had left.",
    )
    good = (
        "I don't know where the meeting is.",
        "I usually walk, but I don't when it rains.",
        "Don't what me!",
        "You should know how the engine works; we did what we could.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _KNOW_TRIGGERS):
            negated = words[index]
            if index == 0 or negated.capitalised:
                continue
            cursor = index + 1
            if cursor < len(words) and words[cursor].low in _KNOW_ADVERBS:
                cursor += 1
            if not run_of(words, index, cursor - index + 2):
                continue
            wh = words[cursor]
            wanted = _KNOW_WH if _straight(negated.low) in _DONT or negated.low in _DONT else _MODAL_WH
            if wh.low not in wanted:
                continue
            if wanted is _MODAL_WH and cursor == index + 1 and wh.low != "how":
                continue
            last = words[cursor - 1]
            fixed = f"{last.text} know"
            yield self.replace_word(
                last, fixed, f"A verb is missing before '{wh.text}': '{fixed} {wh.text} …'.", FixSafety.UNSAFE
            )


# -- a subordinate clause standing alone -------------------------------------------------------------

_FRAGMENT_OPENERS = (
    ("although",),
    ("though",),
    ("even", "though"),
    ("even", "if"),
    ("provided", "that"),
    ("in", "order", "that"),
    ("so", "if"),
    ("so", "even", "if"),
    ("unless",),
    ("after",),
)
"""Openings that make a clause subordinate. 'Because', 'when', 'if', 'since' and 'while' are left
out: they answer questions and caption pictures ("Because it works.", "When to go."); so is
'whereas', which opens each recital of a contract or a resolution as a sentence of its own ("Whereas
the parties wish to record the terms of their agreement."). 'After' is also a preposition ("After
the party we went home"): it counts only before a subject pronoun ("After we had dinner.")."""
_AFTER_SUBJECTS = w.SUBJECT_ONLY_PRONOUNS
"""Pronouns after 'after' that can only be a clause's subject, not a preposition's object."""
_FRAGMENT_FIRSTS = frozenset(opener[0] for opener in _FRAGMENT_OPENERS)
_SUBJECT_TAGS = frozenset("DT PRP PRP$ NN NNS NNP NNPS CD EX".split())
"""Tags of the word that opens the subordinate clause's subject ('the', 'you', 'Smith')."""


class SentenceFragment(GrammarRule):
    id = "grammar.sentence-fragment"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A subordinate clause standing alone as a sentence: 'Although the talks failed.'"
    why = (
        "'Although', 'even if', 'provided that' and 'unless' make a clause depend on another; "
        "alone, it is a fragment: 'Although the talks failed, the deal stands.' 'After' counts only "
        "before a subject pronoun ('After we had dinner.'; 'After the party we went home' is a "
        "phrase and a main clause). Reported only for a short "
        "sentence of one clause (one finite verb, no comma) that ends in a full stop and opens its line "
        "or paragraph; an afterthought after another sentence ('Start small! Even if it is a small "
        "thing.'), the answer to a question on the line before and an elliptical reply ('Unless you "
        "want to.') are left to the writer's style."
    )
    bad = (
        "Though the dog likes to bark.",
        "Even if the council approves the plan.",
        "So, even if the council says no.",
        "Provided that the board agrees.",
        "Provided that the dog guards my house.",
        "Unless the council changes its mind.",
        "After they closed the office.",
    )
    good = (
        "Whereas the Seller owns the land.",
        "Though the dog likes to bark, it is friendly.",
        "Although it rained we went out.",
        "Even if.",
        "Because it works. When to go.",
        "Though, as he said, nobody came.",
        "Start small! Even if it is a small thing.",
        "Although small the town is lively. Though tired he kept going.",
        'She said: "Although the talks failed."',
        "After the party we went home. After that we ate.",
        "Unless you want to.",
        "Did you call her?\nAfter we ate.",
    )
    fixed = ()
    fix = "none"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words in sentences(doc):
            if words[0].low not in _FRAGMENT_FIRSTS:
                continue  # most sentences: one look-up
            opener = _fragment_opener(words)
            if opener is None or len(words) > 16 or in_quotes(doc, words[0].start):
                continue
            if words[0].low == "after" and words[1].low not in _AFTER_SUBJECTS:
                continue  # "After the party we went home": a preposition's phrase, then the main clause
            line_start = doc.text.rfind("\n", 0, words[0].start) + 1
            if doc.text[line_start : words[0].start].strip():
                continue  # after a sentence on its line: an afterthought ("Start small! Even if it is a small thing.")
            if words[-1].low == "to" or words[-1].low in w.AUXILIARIES:
                continue  # an elliptical reply, its verb left out: "Unless you want to.", "After we did."
            if doc.text[:line_start].rstrip().endswith("?"):
                continue  # the answer to a question on the line before ("When did you leave?" / "After we ate.")
            breaks = [index for index, word in enumerate(words[:-1]) if not word.joined]
            if breaks not in ([], [0]) or (breaks and words[0].low != "so"):
                continue  # a comma or a dash: a main clause may follow it ('So,' may open it)
            if doc.text[words[-1].end : words[-1].end + 1] != ".":
                continue
            tags = sentence_tags(doc, words)
            if tags[opener] not in _SUBJECT_TAGS:
                continue  # "Although small the town is lively": no subject, so the verb is the main clause's
            if _finite_verbs(words, tags, opener) != 1:
                continue  # no verb ("Even if."), or two clauses with the comma missing
            first = words[0]
            yield self.finding(
                first.start,
                words[opener - 1].end,
                f"'{doc.text[first.start : words[opener - 1].end]} …' opens a clause that needs a main clause: "
                "join it to the sentence before or after it.",
                fix=FixSafety.UNSAFE,
            )


def _finite_verbs(words: list[Word], tags: list[str], start: int) -> int:
    """How many finite verbs the clause from ``start`` holds: a past the tagger reads as a participle
    counts when no auxiliary comes before it ("Although the talks failed.")."""
    count = 0
    for index in range(start, len(words)):
        if w.finite_tag(tags[index]) or _verb_read_as_plural(words, tags, index):
            count += 1  # a contraction's verb too ("didn't": VBD+RB)
        elif tags[index] == "VBN" and "VBD" in w.verb_tags(words[index].low):
            count += not any(word.low in w.AUXILIARIES for word in words[start:index])
    return count


def _verb_read_as_plural(words: list[Word], tags: list[str], index: int) -> bool:
    """A verb in -s that the tagger reads as a plural noun between a singular noun and an object
    ("the dog guards my house"): a noun does not stand between a singular noun and a determiner."""
    if tags[index] != "NNS" or index + 1 >= len(words) or tags[index - 1] not in ("NN", "NNP"):
        return False
    if not (words[index - 1].joined and words[index].joined) or words[index + 1].low not in w.OBJECT_OPENERS:
        return False
    return "VBZ" in w.verb_tags(words[index].low)


def _fragment_opener(words: list[Word]) -> int | None:
    """How many words of :data:`_FRAGMENT_OPENERS` open the sentence, if any (what may stand between
    them, a comma after 'So' only, is the caller's check of the sentence's breaks)."""
    if len(words) < 4 or not words[0].sentence_start:
        return None
    lows = tuple(word.low for word in words[:3])
    for opener in _FRAGMENT_OPENERS:
        if lows[: len(opener)] == opener:
            return len(opener)
    return None


# -- a pronoun that repeats the subject ------------------------------------------------------------

_SUBJECT_REPEATS = frozenset(("he", "she", "it", "they"))
_SUBJECT_OPENERS = frozenset("the my our your his her their this these those".split())
_GROUPS = frozenset(
    "police government team family staff public people crowd army committee council company board media".split()
)
"""Nouns that 'they' may take up though they are singular ("The police they arrested two men")."""
_NOT_SUBJECT_HEADS = frozenset(
    """
    time times day days night nights morning mornings evening evenings afternoon week weeks weekend month
    months year years moment moments minute minutes second hour hours season summer winter spring
    autumn way ways reason reasons place places thing things more less rest first last next same
    other one ones kind sort better worse most least instant occasion monday tuesday wednesday
    thursday friday saturday sunday game match term terms semester quarter decade century stage round
    lap half period era
    """.split()
)
"""Nouns of a time, a way or a reason, which an object clause may follow without 'that' and open
the sentence as an adverbial ("This time they won", "The way she sings is …")."""
_FINITE_OR_MODAL = w.FINITE_OR_MODAL_TAGS
"""The pronoun's own verb ("My parents they live", "My brother he can swim")."""
_LATER_VERB = frozenset(("VBD", "VBZ", "VBP", "MD", "VBN"))


def _stranded_then_verb(words: list[Word], tags: list[str], at: int) -> bool:
    """A preposition at ``at`` followed by a word that can only be a past or '-s' verb ("spoke to
    left", "lived in lives"): the preposition is stranded at a relative clause's end."""
    if at + 1 >= len(words) or tags[at] not in ("IN", "TO", "RP"):
        return False
    found = w.verb_tags(words[at + 1].low)
    return bool(found & {"VBD", "VBZ"}) and not found & {"VB", "VBP"}


def _may_be_main_verb(words: list[Word], tags: list[str], at: int) -> bool:
    """A later word that may be the sentence's main verb: a finite form, or one the tagger reads as
    a participle or a bare verb not after 'to' ("The people they interviewed said little": the
    tagger may take 'said' for a participle)."""
    tag, before = tags[at], words[at - 1].low
    if tag in _LATER_VERB or (tag == "VB" and before != "to"):
        return True
    if (
        tag in ("NN", "NNS", "RB")
        and w.verb_tags(words[at].low) & {"VBD", "VBZ"}
        and (tags[at - 1].startswith("VB") or (before in w.PREPOSITIONS and tags[at - 1] in ("IN", "TO")))
    ):
        return True  # "The family they visited lives in Leeds", "The government they formed fell", "The
        # board it reports to meets monthly": the tagger reads the main verb as a noun or an adverb
    # "The price it fetched surprised everyone": the tagger may read a past as an adjective
    return (
        tag == "JJ"
        and bool(w.verb_tags(words[at].low) & {"VBD", "VBZ"})
        and before not in _INTENSIFIERS
        and before not in w.AUXILIARIES
        and before not in w.DETERMINERS
    )


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ess", "ant", "ent")


_THING_ENDINGS = frozenset(
    """
    letter letters chapter paper number computer order river water border corner matter register poster
    folder printer tractor motor sector factor error mirror colour color floor door calendar weather
    """.split()
)
"""Things whose names end like a person's ('-er', '-or'): "This letter she kept for forty years"."""


def _may_be_person(low: str) -> bool:
    """A noun that 'he' or 'she' may repeat: a person ('grandmother', 'manager', 'president'); not a
    thing that a fronted object names ("This song he wrote", "The garden he tends every morning")."""
    return low in w.PERSON_NOUNS or (low.endswith(_PERSON_ENDINGS) and low not in _THING_ENDINGS)


class DoubleSubject(GrammarRule):
    id = "grammar.double-subject"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A pronoun that repeats the subject: 'My parents they live near the coast'."
    why = (
        "In written English the subject is said once: 'My parents live near the coast', not 'My "
        "parents they live …' (speech and some languages repeat it with a pronoun). Reported when "
        "a sentence opens with 'the', 'my', 'this' … and a noun, the pronoun that stands for it "
        "('it' for one thing, 'they' for several or for a group, 'he' or 'she') follows at once with "
        "a finite verb, and no other finite verb follows in the sentence: 'The students they taught "
        "were bright' (a relative clause) and 'This time they won' (a time) are left alone."
    )
    bad = (
        "My parents they live near the coast.",
        "The town it is very quiet in winter.",
        "The police they arrested two men outside the bank.",
        "My grandmother she always cooks on Sundays.",
        "Our company it has grown fast since 2019.",
    )
    good = (
        "The students they taught were bright, and the house it stood in was old.",
        "This time they won easily. The next day he left. The way she sings moves people.",
        "The report, they said, was late. My parents live near the coast.",
        "The house they built in 1990 burned down last year.",
        "The town he loves. The man it hit survived.",
        "This song he wrote for his mother; the cake she baked for the fair; the garden he tends daily.",
        "This term she teaches maths; this decade it has doubled; the final lap he overtook three cars.",
        "This letter she kept for forty years; this chapter he rewrote three times.",
        "The family they visited lives in Leeds; the board it reports to meets monthly.",
        "The government they formed fell within a year.",
    )
    fixed = (
        "My parents live near the coast.",
        "The town is very quiet in winter.",
        "The police arrested two men outside the bank.",
        "My grandmother always cooks on Sundays.",
        "Our company has grown fast since 2019.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        tokens, lows = doc.tokens, doc.lows
        candidates = [
            p
            for p in positions(doc, _SUBJECT_REPEATS)
            if p >= 2
            and "NOUN" in w.tags(lows[p - 1])
            and any(tokens[p - k].sentence_start and lows[p - k] in _SUBJECT_OPENERS for k in range(2, min(p, 4) + 1))
        ]
        for words, index in places(doc, candidates):
            found = self._repeated(doc, words, index)
            if found is not None:
                yield found

    def _repeated(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        if not 2 <= index <= 4 or index + 3 >= len(words) or words[0].low not in _SUBJECT_OPENERS:
            return None
        if not run_of(words, 0, index + 2) or not words[0].text[:1].isupper():
            return None
        phrase = words[1:index]
        if any(word.low in _NOT_SUBJECT_HEADS or word.capitalised for word in phrase):
            return None
        pronoun, noun = words[index], words[index - 1]
        if pronoun.text != pronoun.low or in_quotes(doc, pronoun.start):
            return None
        tags = sentence_tags(doc, words)
        if not all(tag.startswith(("NN", "JJ")) for tag in tags[1:index]):
            return None
        if pronoun.low == "they":
            if tags[index - 1] != "NNS" and noun.low not in _GROUPS:
                return None
        elif tags[index - 1] != "NN":
            return None
        elif pronoun.low in ("he", "she") and not _may_be_person(noun.low):
            return None  # "This song he wrote for his mother", "The cake she baked": the object comes first
        at = index + 2 if tags[index + 1] == "RB" and words[index + 1].joined else index + 1
        if tags[at] not in _FINITE_OR_MODAL:
            return None
        rest = at + 1
        if words[at].low in w.AUXILIARIES:
            while rest < len(words) and tags[rest] == "RB":
                rest += 1
            if rest < len(words) and tags[rest] in ("VB", "VBN", "VBG"):
                rest += 1  # "Our company it has grown": the pronoun's own verb
        if any(_may_be_main_verb(words, tags, i) for i in range(rest, len(words))):
            return None  # "The students they taught were bright": a relative clause and its main verb
        if _stranded_then_verb(words, tags, at + 1):
            return None  # "The man he spoke to left": the clause ends on its preposition, then the main verb
        verb = words[index + 1]
        return self.finding(
            pronoun.start,
            verb.end,
            f"'{pronoun.text}' repeats the subject '{' '.join(word.text for word in words[:index])}': drop it.",
            suggestions=(verb.text,),
            fix=FixSafety.SAFE,
        )


# -- 'who' or 'that' left out after 'there is' -----------------------------------------------------

_THERE = frozenset(("there",))
_THERE_VERBS = frozenset("is are was were".split())
_THERE_QUANTITIES = frozenset("many some several few no two three four five six seven eight nine ten a".split())
_NOT_RELATIVE_VERBS = frozenset("like worth".split())
"""Words the tagger may read as verbs after the noun that are prepositions or adjectives here
("there are many people like him")."""


_ATTRIBUTIVE_ONLY = frozenset(("live",))
"""Verbs whose adjective stands only before its noun ('a live wire'), so that after the noun they
are the verb ("There are many people live here")."""


class MissingRelative(GrammarRule):
    id = "grammar.missing-relative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Who' or 'that' left out after 'there is': 'There are many people want to join'."
    why = (
        "After 'there is' or 'there are' and a noun, a verb that tells what the noun does needs "
        "'who' or 'that' before it: 'There are many people who want to join', 'There is a bus that "
        "leaves at nine' (speech drops it; writing does not). Reported when a quantity ('many', "
        "'some', 'a', 'two' …), at most one adjective and a noun follow 'there is', 'there are', "
        "'there was' or 'there were', and a present or past verb that cannot be a participle comes "
        "straight after the noun: 'There were two men arrested' (a participle) and 'There are "
        "many things people want' (a clause with its own subject) are left alone."
    )
    bad = (
        "There are many people want to join the club.",
        "There is a bus leaves for Leeds at nine.",
        "There were some students went home early.",
        "Outside, there are several residents say the noise is worse.",
    )
    good = (
        "There are many people who want to join the club.",
        "There were two men arrested; there are many things people want.",
        "There are many people like him, and there is a lot of work worth doing.",
        "There were some students waiting outside, and there are few doctors left.",
        "There is a man I know; there is a bus at nine.",
        "There are some pupils absent today, and there are few people awake at that hour.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 4
        candidates = [
            p
            for p in positions(doc, _THERE)
            if p < last and lows[p + 1] in _THERE_VERBS and lows[p + 2] in _THERE_QUANTITIES
        ]
        for words, index in places(doc, candidates):
            found = self._missing(doc, words, index)
            if found is not None:
                yield found

    def _missing(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        start = index + 2
        if start + 2 >= len(words) or not run_of(words, index, start - index + 2):
            return None
        if not any(_relative_verb_word(word) for word in words[start + 2 : start + 4]):
            return None  # no word after the noun may be the clause's verb: the tagger need not be asked
        tags = sentence_tags(doc, words)
        noun = start + 1
        if tags[noun] in ("JJ", "CD") and noun + 2 < len(words) and words[noun].joined:
            noun += 1
        plural = words[index + 1].low in ("are", "were")
        if tags[noun] != ("NNS" if plural else "NN") or not words[noun].joined or words[noun].capitalised:
            return None
        verb = words[noun + 1]
        if verb.capitalised or verb.low in _NOT_RELATIVE_VERBS or verb.low in w.AUXILIARIES:
            return None
        if "ADJ" in w.tags(verb.low) and verb.low not in _ATTRIBUTIVE_ONLY:
            return None  # "There are some pupils absent today", "few people awake at that hour", "shops open late"
        if tags[noun + 1] not in ("VBP", "VBD", "VBZ") or "VBN" in w.verb_tags(verb.low):
            return None
        if tags[noun + 1] == ("VBZ" if plural else "VBP"):
            return None  # the verb agrees with the noun's number, as the relative's verb would
        if in_quotes(doc, verb.start):
            return None
        relative = "who" if words[noun].low in _PEOPLE_NOUNS else "that"
        return self.finding(
            words[noun].start,
            verb.end,
            f"Put '{relative}' before '{verb.text}': '{words[noun].text} {relative} {verb.text}'.",
            suggestions=(f"{words[noun].text} {relative} {verb.text}",),
            fix=FixSafety.UNSAFE,
        )


_PEOPLE_NOUNS = frozenset(
    """
    people person man men woman women child children students student workers worker residents
    resident voters voter parents parent members member doctors doctor teachers teacher players
    player fans fan officials official experts expert friends friend families family neighbours
    neighbors customers customer passengers passenger patients patient citizens citizen
    """.split()
)


# -- a pronoun that repeats the relative ---------------------------------------------------------

_RELATIVES = frozenset("who whom which that".split())
_RELATIVE_SUBJECTS = frozenset("i we you he she they".split())
_PERSON_REPEATS = frozenset(("him", "her", "them"))
_NOT_RELATIVE_HEADS = frozenset(
    """
    fact news idea claim claims belief rumour rumor proof sign chance hope fear view notion suggestion
    possibility evidence report reports assurance promise guarantee argument feeling impression thought
    knowledge realisation realization decision risk danger point way time times day days moment place
    reason year years night week extent degree so such
    """.split()
)
"""Nouns that a 'that' clause completes ("the fact that I did it") or that a relative of time, place or
manner follows ("the day that I met him"), where the object pronoun is right."""


_NOUN_PHRASE_TAGS = frozenset("DT PRP$ JJ JJR JJS NN NNS NNP CD POS".split())


def _stranded(words: list[Word], at: int) -> bool:
    """The preposition at ``at`` ends its clause: nothing, a stop or a comma, or a verb follows."""
    if at + 1 >= len(words) or not words[at].joined:
        return True
    following = words[at + 1].low
    return following in w.AUXILIARIES or bool(w.verb_tags(following) & {"VBD", "VBZ"})


class RelativeObjectRepeated(GrammarRule):
    id = "grammar.relative-object-repeated"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A pronoun that repeats the relative: 'the man who I met him', 'the book that I bought it'."
    why = (
        "In a relative clause the relative ('who', 'which', 'that') is already the object: 'the man who "
        "I met', 'the book that I bought it' has the object twice (some languages repeat it). Reported "
        "after a noun, for 'who' or 'whom' with 'him', 'her' or 'them', and for 'which' or 'that' with "
        "'it', straight after a subject pronoun and its verb; not when 'to', an adjective or a verb "
        "follows ('the man who I told him to call', 'the books that I find it hard to read'), nor after "
        "'the fact that', 'the day that' and the like."
    )
    bad = (
        "The man who I met him yesterday is a pilot.",
        "The book that I bought it last week is very good.",
        "The car which we rented it in Spain broke down.",
    )
    good = (
        "The man who I met yesterday is a pilot; the book that I bought is good.",
        "The man who I told him to call never came; the books that I find it hard to read are long.",
        "The fact that I bought it surprised them; the day that I met him was cold.",
        "Note that I fixed it; she said that we sold it.",
        "The book that I gave him was old; the boxes that we packed it in were heavy.",
        "The company that we bought it from has closed; the person who I trust them with is away.",
        "The girl who we told her story to cried; the boy who we gave her present to smiled.",
    )
    fixed = (
        "The man who I met yesterday is a pilot.",
        "The book that I bought last week is very good.",
        "The car which we rented in Spain broke down.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 3
        candidates = [
            p
            for p in positions(doc, _RELATIVES)
            if 0 < p < last and lows[p + 1] in _RELATIVE_SUBJECTS and lows[p + 3] in _PERSON_REPEATS | {"it"}
        ]
        for words, index in places(doc, candidates):
            found = self._repeated(doc, words, index)
            if found is not None:
                yield found

    def _repeated(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        if index == 0 or index + 3 >= len(words) or not run_of(words, index - 1, 4):
            return None
        relative, verb, pronoun = words[index], words[index + 2], words[index + 3]
        person = relative.low in ("who", "whom")
        if (pronoun.low in _PERSON_REPEATS) != person or words[index - 1].low in _NOT_RELATIVE_HEADS:
            return None
        if not w.verb_tags(verb.low) & {"VBD", "VBP", "VBZ"} or verb.low in w.AUXILIARIES:
            return None
        if relative.low == "that" and any(words[j].low in ("such", "so") for j in range(max(0, index - 4), index)):
            return None  # "such a success that they held it again": 'that' opens a clause of result
        if pronoun.joined and index + 4 < len(words):
            following = words[index + 4]
            kinds = w.tags(following.low)
            if following.low == "to" or (kinds & {"ADJ", "VERB"} and "NOUN" not in kinds):
                return None  # "told him to call", "find it hard", "made him go"
            if (
                pronoun.low == "her"
                and "NOUN" in kinds
                and not kinds & {"ADJ", "ADV"}
                and following.low not in w.PREPOSITIONS
            ):
                return None  # "the girl who we told her story to": 'her' is a possessive
            if following.low in w.PREPOSITIONS and _stranded(words, index + 4):
                return None  # "the boxes that we packed it in were heavy": the relative is the preposition's
            if pronoun.low == "her" and any(
                words[j].low in w.PREPOSITIONS and _stranded(words, j)
                for j in range(index + 5, min(index + 8, len(words)))
            ):
                return None  # "the boy who we gave her present to smiled": 'her' a possessive, 'who' the preposition's
        tags = sentence_tags(doc, words)
        if tags[index - 1] not in ("NN", "NNS") or tags[index + 2] not in ("VBD", "VBP", "VBZ"):
            return None
        if index < 2 or not words[index - 2].joined or tags[index - 2] not in _NOUN_PHRASE_TAGS:
            return None  # "Note that I fixed it": a verb the tagger reads as a noun opens the sentence
        if in_quotes(doc, pronoun.start):
            return None
        return self.finding(
            verb.start,
            pronoun.end,
            f"'{relative.text}' is already the object: drop '{pronoun.text}' ('{verb.text}').",
            suggestions=(verb.text,),
            fix=FixSafety.SAFE,
        )


class BecauseOf(GrammarRule):
    id = "grammar.because-of"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Because' before a noun phrase with no verb: 'late because the traffic' (because of)."
    why = (
        "'Because' opens a clause, which has a verb ('because the traffic was heavy'); before a noun "
        "phrase alone the preposition 'because of' is needed ('because of the traffic'). Reported when "
        "the noun phrase after 'because' ends the sentence, or, after a sentence-opening 'Because', "
        "ends at a comma, and the tagger reads no verb in it."
    )
    bad = (
        "We were late because the traffic.",
        "Many climbers died because the cold and the lack of oxygen.",
        "Because the heavy rain, the match was cancelled.",
        "The school has been closed since Monday because a broken boiler, the district said.",
    )
    good = (
        "We were late because the traffic was heavy, and they left because the police arrived.",
        "Because the rain stopped, the match went ahead; we won because our team played well.",
        "Because of the heavy rain, the match was cancelled.",
        "He resigned because, he said, the board had lied. It failed because the kids, as you know, were tired.",
        "She smiled because the children laughed. Because the players trained, they won.",
        "Why? Because the law says so. We stayed because the weather.com forecast said rain.",
        "The show was cancelled because its star left. We paid more because the euro fell.",
        "It closed because the boiler broke, the district said, and because the roof, officials said, leaked.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _BECAUSE):
            end = _phrase_to_punctuation(words, index + 1)
            if end is None or not words[index].joined:
                continue
            at_end = end == len(words) - 1 and doc.text[words[end].end : words[end].end + 1] in (".", "!")
            comma = end + 1 < len(words) and _gap(doc, words[end], words[end + 1]).strip() == ","
            opener_comma = index == 0 and comma
            attributed = (
                comma and attribution_start(words, end) == end + 1
            )  # "because a broken boiler, the district said."
            if not (at_end or opener_comma or attributed) or in_quotes(doc, words[index].start):
                continue
            tags = sentence_tags(doc, words)
            span = range(index + 1, end + 1)
            if any(tags[at] not in _PHRASE_TAGS for at in span) or not tags[end].startswith("NN"):
                continue
            if any(w.verb_tags(words[at].low) & _FINITE for at in span if at > index + 1 and tags[at - 1] in _NOUNS):
                continue  # "because the euro fell", "its star left": a noun and a word that may be its verb
            because = words[index]
            fixed = match_case("because of", because.text)
            yield self.replace_word(
                because, fixed, f"Before a noun phrase with no verb, write '{fixed}'.", FixSafety.UNSAFE
            )


_BECAUSE = frozenset(("because",))
_NOUN_PHRASE_OPENERS = w.ARTICLES | w.POSSESSIVES
_PHRASE_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS CC CD PRP$ POS IN".split())
_FINITE = frozenset("VBD VBZ VBP".split())
_NOUNS = frozenset("NN NNS NNP NNPS".split())


def _phrase_to_punctuation(words: list[Word], start: int) -> int | None:
    """The last word of a short noun phrase that opens at ``words[start]`` with an article or a
    possessive and runs, joined, to the next punctuation (at most seven words; 'and' and 'of'
    may join its parts), or None."""
    if start >= len(words) or words[start].low not in _NOUN_PHRASE_OPENERS:
        return None
    at = start
    while at < len(words) and at - start < 7:
        if not words[at].joined or at == len(words) - 1:
            return at if words[at].low not in ("and", "of") else None
        if words[at].low in w.PREPOSITIONS and words[at].low != "of":
            return None
        at += 1
    return None


RULES = [
    BecauseOf,
    SentenceFragment,
    DoubleSubject,
    RelativeObjectRepeated,
    MissingRelative,
    DoubleConjunction,
    PrepositionBeforeClause,
    EmbeddedQuestionOrder,
    DoubleNegative,
    MissingSubjectIt,
    IndirectObjectTo,
    MissingKnow,
]
