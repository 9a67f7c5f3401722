"""Tense and verb-form slips around modals, time markers, 'be' and prepositions:
"must to go", "ought say", "Yesterday I go", "I have seen him yesterday", "I live here since 2010",
"it was happened", "is consist of", "If I would have known", "I am used to work", "I use to go",
"Does someone can help?", "I will like to", "When I will arrive, …", "without say", "is been
built", "I am worry about".

Each rule starts from a few trigger words (the modals, "yesterday", "ago", "last", "since", the
forms of 'be', "if", "used", "use", "like", a few prepositions, "been", "being", verbs of feeling)
and most sift them on the flat word list before reading a sentence; the tagger is asked only where
a word could be a noun or a verb. A look back for a clause's context is bounded (:data:`_WINDOW`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._clause_time import event_noun, main_verb, object_reaches_time, performs, time_of_topic
from ._tagger import sentence_tags
from ._tokens import Word, ends_in_question_mark, in_quotes, match_case, occurrences, places, positions
from .time_phrases import DAYS, MONTHS

if TYPE_CHECKING:
    from lint._document import Document

_WINDOW = 30
"""How far back a rule looks for a clause's context: a bounded look, whatever a sentence's length."""
_SUBJECTS = w.SUBJECT_PRONOUNS
_CLAUSE_JOINERS = frozenset("and but so then yet".split())
"""Words after which a subject opens a clause of its own ("and we must to go"); not 'that', which
also opens a relative clause with a gap ("everything that we can to help"), nor 'if' and 'when',
whose short clauses often end at the modal ("save when you can to pay off the debt")."""
_GAP_OPENERS = frozenset(
    """
    everything anything something nothing all what whatever much many more most best least little as that which
    """.split()
)
"""Words whose clause has a gap after a modal: "everything we can to help", "as much as I can to"."""


def _bare_only(doc: Document, words: list[Word], at: int, adjective: bool = False) -> bool:
    """``words[at]`` is a bare verb: no past, participle, -s or -ing reading, and nothing but a verb,
    or a verb-or-noun the tagger reads as a bare verb ("can to help them"); with ``adjective``, also a
    verb-or-adjective the tagger reads so ("we use to live here"), where no adjective can stand."""
    word = words[at]
    if word.capitalised and at > 0:
        return False
    if not _maybe_bare(word.low):
        return False
    pos = w.tags(word.low)
    if pos <= {"VERB", "AUX"}:
        return True
    readings = {"VERB", "NOUN", "AUX", "ADJ"} if adjective else {"VERB", "NOUN", "AUX"}
    return "VERB" in pos and pos <= readings and sentence_tags(doc, words)[at] == "VB"


def _clause_start(words: list[Word], index: int) -> bool:
    """``words[index]`` opens a clause: first in its sentence, after a comma or a dash, or after
    'and', 'but', 'because' and the like."""
    if index == 0 or not words[index - 1].joined:
        return True
    return words[index - 1].low in _CLAUSE_JOINERS


def _clause_subject(words: list[Word], index: int) -> bool:
    """A subject that opens its clause ends at ``words[index]``: a subject pronoun ("we"), a plural
    noun on its own ("applicants"), a noun that opens the sentence ("Staff must to"), or a determiner
    and a noun, with up to two adjectives between ("the new council")."""
    word = words[index]
    if word.low in _SUBJECTS:
        if word.low == "i" and word.text != "I":
            return False
        return _clause_start(words, index)
    if w.tags(word.low) == {"NOUN"} and w.is_plural_noun(word.low) and _clause_start(words, index):
        return index == 0 or not word.capitalised  # "Applicants must to submit": a bare plural opens it
    if index == 0 and "NOUN" in w.tags(word.low) and word.low not in _GAP_OPENERS:
        return True  # "Staff must to complete": a bare noun that opens the sentence
    if "NOUN" not in w.tags(word.low) or word.low in _GAP_OPENERS or word.capitalised:
        return False
    for start in range(index - 1, max(index - 4, -1), -1):
        if not words[start].joined:
            return False
        low = words[start].low
        if low in w.ARTICLES or low in w.POSSESSIVES - {"her", "his", "its"}:
            return _clause_start(words, start) and not any(
                other.low in _GAP_OPENERS for other in words[start + 1 : index + 1]
            )
        if not w.tags(low) <= {"ADJ", "NOUN"} or not w.tags(low):
            return False
    return False


# -- a modal with 'to', 'ought' without it ----------------------------------------------------------

_TO_MODALS = frozenset("can could will would shall should may might must".split()) | w.NEGATED_MODALS
_OUGHT = frozenset(("ought",))
_ASIDES = frozenset("honest fair sure clear frank precise exact safe blunt".split())


def _aside_at(words: list[Word], at: int) -> bool:
    """'be honest', 'be fair' … at ``at``: the aside 'to be honest' with its commas lost ("I might to
    be honest leave"), not a bare verb after a stray 'to'."""
    return words[at].low == "be" and at + 1 < len(words) and words[at + 1].low in _ASIDES


_RATHER_BETTER = frozenset(("rather", "better"))
_RATHER_BEFORE = frozenset("would i'd you'd he'd she'd we'd they'd i’d you’d he’d she’d we’d they’d".split())
_BETTER_BEFORE = _RATHER_BEFORE | frozenset(("had",))
"""'Would rather' and 'had better' are modal idioms and take the bare verb: "I'd rather stay",
"you had better leave"."""


class ModalTo(GrammarRule):
    id = "grammar.modal-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'To' after a modal ('must to go', 'can to swim'), or missing after 'ought' ('ought say')."
    why = (
        "'Can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might' and 'must' take the bare verb: "
        "'we must go', not 'we must to go'; 'ought' is the one that takes 'to' ('we ought to say'). "
        "Only a modal after a subject that opens its clause and before a word that can only be a bare "
        "verb is checked, so the elliptical 'we did everything we can to help' and 'as fast as they "
        "could to reach' (the verb after the modal is left out) stay quiet, and so do 'have to', "
        "'used to', 'need to' and 'the will to live'. 'Would rather' and 'had better' take the bare "
        "verb too ('I'd rather stay', 'you had better leave')."
    )
    bad = (
        "I must to go now.",
        "The council should to be told before the vote.",
        "She can to swim, and they will to follow us.",
        "We ought say the truth.",
        "He can't to come today, and they won't to help.",
        "I would rather to stay home, and you had better to leave now.",
        "I can not to believe it.",
        "Can you to help me? What should we to do now?",
        "The man next door can't to come, and my friends from school won't to help.",
        "Visitors must to sign in. Students should to arrive early.",
        "Staff must to complete the annual compliance training.",
    )
    good = (
        "I must go now; we have to go and they used to go.",
        "We did everything we can to protect them, and all they could to help.",
        "Run as fast as you can to reach the bus; do what you can to help.",
        "The will to live is strong; his political will to reform is gone.",
        "We ought to say the truth, and they ought not to wait.",
        "They can to some extent choose; I might to be honest leave early.",
        "It won't to be honest matter much.",
        "I would rather stay; it is better to leave; she had rather to the left a view.",
        "We did what we could not to lose; I will not to be honest go.",
        "Can you help me? Will you to be honest tell me? Could I to some extent agree? He can to the end.",
        "The man next door won't to be honest mind, and we do what we must to win.",
        "People can to some extent choose; voters will, to be fair, decide; ask what teachers can to help.",
    )
    fixed = (
        "I must go now.",
        "The council should be told before the vote.",
        "She can swim, and they will follow us.",
        "We ought to say the truth.",
        "He can't come today, and they won't help.",
        "I would rather stay home, and you had better leave now.",
        "I can not believe it.",
        "Can you help me? What should we do now?",
        "The man next door can't come, and my friends from school won't help.",
        "Visitors must sign in. Students should arrive early.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _MODAL_TO_TRIGGERS)
            if position < last
            and (
                (lows[position + 1] == "to" and position + 1 < last and _maybe_bare(lows[position + 2]))
                or (lows[position] == "ought" and _maybe_bare(lows[position + 1]))
                or (
                    (lows[position + 1] == "not" or lows[position + 1] in w.SUBJECT_PRONOUNS)
                    and position + 2 < last
                    and lows[position + 2] == "to"
                    and _maybe_bare(lows[position + 3])
                )
            )
        ]
        for words, index in places(doc, candidates):
            modal = words[index]
            if modal.low == "ought":
                yield from self._ought(doc, words, index)
                continue
            if modal.low in _RATHER_BETTER:
                yield from self._rather(doc, words, index)
                continue
            if index + 1 < len(words) and words[index + 1].low in w.SUBJECT_PRONOUNS:
                yield from self._question(doc, words, index)
                continue
            negated = index + 1 < len(words) and words[index + 1].low == "not"
            first = index + 1 + negated  # the 'to'
            if index == 0 or first + 1 >= len(words) or not all(word.joined for word in words[index : first + 1]):
                continue
            if words[first].low != "to" or not words[index - 1].joined:
                continue
            if modal.low not in w.NEGATED_MODALS and not _clause_subject(words, index - 1):
                continue  # a negated modal has no ellipsis before 'to': "the man next door can't to come"
            if not _bare_only(doc, words, first + 1) or in_quotes(doc, modal.start):
                continue
            if _aside_at(words, first + 1):
                continue  # "I might, to be honest, leave" with its commas lost
            to, verb = words[first], words[first + 1]
            kept = words[index + 1] if negated else modal  # "can not to go": 'not' stays
            yield self.finding(
                kept.start,
                to.end,
                f"After '{modal.text}', drop 'to': '{doc.text[modal.start : kept.end]} {verb.text}'.",
                suggestions=(kept.text,),
                fix=FixSafety.SAFE,
            )

    def _question(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        """'Can you to help me?', 'What should we to do?': a modal opening a question (or after its
        question word), its subject pronoun, then 'to' and a bare verb."""
        opens = index == 0 or (index == 1 and words[0].low in w.QUESTION_WORDS)
        if not opens or index + 3 >= len(words) or not all(word.joined for word in words[: index + 3]):
            return
        subject, to = words[index + 1], words[index + 2]
        if to.low != "to" or not _bare_only(doc, words, index + 3) or in_quotes(doc, subject.start):
            return
        if _aside_at(words, index + 3):
            return  # "Can I, to be honest, say" with its commas lost
        yield self.finding(
            subject.start,
            to.end,
            f"After '{words[index].text} {subject.text}', drop 'to': '{words[index].text} {subject.text} "
            f"{words[index + 3].text}'.",
            suggestions=(subject.text,),
            fix=FixSafety.SAFE,
        )

    def _rather(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        """'Would rather to stay', 'had better to leave'."""
        word = words[index]
        if index == 0 or index + 2 >= len(words) or not (words[index - 1].joined and word.joined):
            return
        before = _BETTER_BEFORE if word.low == "better" else _RATHER_BEFORE
        if words[index - 1].low not in before or words[index + 1].low != "to" or not words[index + 1].joined:
            return
        if not _bare_only(doc, words, index + 2) or in_quotes(doc, word.start):
            return
        yield self.finding(
            word.start,
            words[index + 1].end,
            f"'{words[index - 1].text} {word.text}' takes the bare verb: drop 'to'.",
            suggestions=(word.text,),
            fix=FixSafety.SAFE,
        )

    def _ought(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        ought = words[index]
        if index + 1 >= len(words) or not ought.joined or not _bare_only(doc, words, index + 1):
            return
        if in_quotes(doc, ought.start):
            return
        verb = words[index + 1]
        yield self.replace_word(
            ought, f"{ought.text} to", f"'Ought' takes 'to': '{ought.text} to {verb.text}'.", FixSafety.SAFE
        )


_MODAL_TO_TRIGGERS = _TO_MODALS | _OUGHT | _RATHER_BETTER


@lru_cache(maxsize=1 << 14)
def _base_as_past(low: str, following: str) -> bool:
    """A verb whose past is its bare form ('let', 'put', 'cut') before an object pronoun ("thank you for
    let us know"): after a preposition, the bare verb, not the past."""
    return following in _OBJECTS_ONLY and "VBD" in w.verb_tags(low) and low in w.verb_lemmas(low)


def _maybe_bare(low: str) -> bool:
    """A word that may be a bare verb (the cheap sift before the sentence is read)."""
    found = w.verb_tags(low)
    if "VB" not in found or found & {"VBD", "VBZ", "VBG"} or low in w.MODALS:
        return False
    return "VBN" not in found or low in w.verb_lemmas(low)  # "come", "run": a bare verb and a participle


# -- a past time marker with a present verb ---------------------------------------------------------

_LAST_UNITS = (
    frozenset("night week weekend month year summer winter spring autumn fall season semester quarter".split())
    | DAYS
    | MONTHS
)
_AGO_UNITS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months "
    "year years decade decades "
    "century centuries moment while long summer summers winter winters spring springs autumn autumns".split()
)
_AGO_AMOUNTS = w.CARDINALS | frozenset("a an one few several many some couple of".split())
_YESTERDAY = frozenset(("yesterday",))
_EARLIER = "earlier"
_MARKERS = _YESTERDAY | frozenset(("ago", "last", _EARLIER))
_THIS_UNITS = frozenset("morning afternoon week weekend month year season quarter".split())
"""What 'earlier this …' may date ("Earlier this month the governor signs": 'signed'): a time past
within a span that is still running, so a present perfect may stand beside it, a present may not."""
_IN = frozenset(("in",))
_ON = frozenset(("on",))
_DAY_PARTS = frozenset("morning afternoon evening".split())
_NOT_BEFORE_MARKER = w.PREPOSITIONS | frozenset("than as like since until till versus vs unlike compared".split())
"""'Higher than a year ago', 'since last year', 'up from a year ago', 'the same as last week': the
time belongs to a comparison or a span, and the present verb is right."""
_NOT_MARKED = frozenset(
    """
    say think believe know hear understand learn estimate reckon suppose guess feel hope expect fear
    suspect doubt remember recall recollect regret forget miss mourn celebrate commemorate mark recount
    describe admit deny claim insist mean see wonder
    """.split()
)
"""Verbs whose object or clause may carry the past ("I remember the storm last year", "Last year,
they say, was the worst"): the present is right."""
_NOT_MARKED_SINCE = frozenset("say mean wonder".split())
"""With 'since' only these: 'I know him since 2010' is the slip ('have known'), and a clause after
the verb is excluded anyway."""
_BE_FORMS = frozenset("am is are".split())
_OPENING_CONJUNCTIONS = frozenset("and but so then".split())
_NARRATIVE_ADVERBS = frozenset(
    "just only even also still never always often finally first suddenly really actually already".split()
)
_CLAUSE_BREAKS = (
    w.CLAUSE_OPENERS | w.DETERMINERS | frozenset("which who whom whose what and or nor as than where".split())
) - frozenset(("a", "an", "no", "some", "any"))
"""Words between the verb and a closing time marker that may start another clause or a noun phrase
the marker modifies ("we welcome the decision last week"): the marker may not be the verb's."""
_BE_PAST = {("i", "am"): "was", ("he", "is"): "was", ("she", "is"): "was"} | {
    (subject, "are"): "were" for subject in ("we", "you", "they")
}


class PastTimePresentVerb(GrammarRule):
    id = "grammar.past-time-present-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A present verb with a past time: 'Yesterday I go', 'two days ago we meet', 'she leaves last year'."
    why = (
        "'Yesterday', 'last year', 'last Monday' and 'two days ago' place an event in the past, and "
        "its verb takes the simple past: 'yesterday I went', 'she left school last year', 'I saw him "
        "yesterday' (not the present perfect 'I have seen him yesterday', nor 'yesterday I will go'). "
        "Only the plain cases are "
        "checked, with a personal pronoun or 'my', 'our', 'your' and a noun as the subject: the time "
        "opens the sentence and the subject and its verb follow it ('Two days ago we meet'; there a "
        "counted plural is a subject too: 'Last summer more than 200 students take part'), or the "
        "subject opens the sentence and the time "
        "closes the clause with nothing between that could start another clause ('I choose to go "
        "to Italy last year'). Left alone: comparisons and spans ('higher than a year ago', 'since "
        "last year'), verbs of saying and remembering ('Last year, they say, was worse', 'I "
        "remember the storm last year'), a noun phrase the time may belong to ('we welcome the "
        "decision last week'), 'it', names and 'the …', which photo captions put beside a past time "
        "('The president arrives in Rome yesterday'; after a time that opens the sentence 'the …' is "
        "read: 'Last week the council decides'), and quotations. A time inside the clause counts when "
        "'and' or 'but' and a past go on from it ('she leaves school last year and found a job'). A "
        "present perfect takes more: a passive ('has been released last night': 'was released'), a "
        "greeting before its subject ('Hi Sam, I have …'), a listener before its object ('have sent you "
        "the invoice yesterday'), a partner before 'ago' ('have spoken to your manager two days ago'), "
        "'the day before yesterday', and before 'in' and a past year a number ('has hired forty "
        "engineers in 2021') or a place ('has moved to Leeds in 2019'). A word that may be a noun "
        "after the subject is the verb when an article or a possessive opens its object ('Last month "
        "our team release a new version'). Before a perfect the subject may also be a name ('Mr Patel has "
        "retired last year'), 'police' or a plural noun, and the object may open with 'this' (or 'that' and a "
        "lone noun: 'have seen that movie last week'); a question "
        "that opens with 'has' or 'have' and ends with the time takes 'did' ('Have you seen him "
        "yesterday?': 'Did you see'); 'in' and a month before a past year counts as the year does. 'On' "
        "and a weekday closing the clause (or opening the sentence) date a present perfect too ('The "
        "minister has resigned on Monday': 'resigned'), but not a present, which they make a plan ('She "
        "leaves on Monday'), nor an infinitive after the perfect ('has promised to decide on Monday'). An "
        "event after the perfect ('the decision last week') may carry the time itself, unless the verb holds "
        "or makes the event ('has won the match yesterday', 'has announced the deal last week'). 'Will' "
        "and a bare verb before a past time are read after any subject a perfect takes, since no caption "
        "writes them ('The senator will tour the towns last weekend': 'toured'). 'Earlier this month' "
        "(week, year …) and 'earlier today' date a present ('Earlier this month the governor signs'), "
        "but not a perfect, since the month runs on. 'In' and a past year may be followed by 'after', "
        "'before', 'when', 'and' or 'but' inside the perfect's clause ('has resigned in 2019 after an audit'). "
        "A longer clause is read by the tagger: its subject opens the sentence (a noun phrase with "
        "prepositional phrases, 'The hospital's board of directors'), its first verb is 'will' or a "
        "perfect, and between the verb and the time stand only its object and phrases of place ('The "
        "airline has canceled more than two hundred flights last December', 'The city council will "
        "vote on the revised parking rules last Tuesday'); no verb, clause word, comma or event the "
        "verb does not perform ('has condemned the attack on the embassy last week'). With 'will' a "
        "verb of studying or telling and a phrase of matter keep the time for the object ('will show "
        "slower growth last month', 'the driver of the car last night'). After a time that opens the "
        "sentence the tagger reads a longer subject too: any present after 'the' ('Last week the "
        "planning board approves'), 'will' or a perfect after a name. A present beside a past time "
        "after a name or 'the …' is read when the clause goes on in the past ('The senator visits the "
        "towns yesterday and promised aid'), which no caption does. 'On' and a month's day date a "
        "perfect as a weekday does ('has signed the budget on June 3'), except after a verb of "
        "arranging or before an event the verb does not perform ('has scheduled a vote on June 3'). "
        "'In' and a past year opening the sentence date a perfect ('In 2018, the district has "
        "adopted'); not 'will', which a text written before that year may use."
    )
    bad = (
        "Yesterday I go to the market.",
        "Two days ago we meet the new manager.",
        "Last year she visits Paris twice.",
        "She leaves school last year.",
        "I choose to go to Italy last year.",
        "Last Monday they are in Rome.",
        "I have seen him yesterday.",
        "He has left the company two years ago.",
        "My brother leaves school last year.",
        "Two weeks ago we will sign the lease.",
        "He moves abroad last spring and found work on the coast.",
        "Last month the landlord raises the rent by a tenth.",
        "I meet her at the station yesterday with her brother.",
        "We meet for the first time last summer in Lisbon.",
        "He writes the letter two days ago but never sent it.",
        "The bakery has closed the shop two months ago.",
        "We have sold our old house in 2018.",
        "The river has flooded the valley in 1998, and the town rebuilt it.",
        "She has been to the dentist last month.",
        "We have been to Vienna two years ago.",
        "I have lost my umbrella yesterday afternoon.",
        "My uncle has sold his old tractor last spring.",
        "The update has been installed two days ago.",
        "Hi Sam, I have posted you the keys yesterday.",
        "The firm has opened four shops in 2019, and we have talked to the owner a week ago.",
        "I have met your cousin the day before yesterday.",
        "Last week the mayor open the new library.",
        "He has moved to Leeds in 2019.",
        "Mr Patel has retired last year, and police have charged two men yesterday.",
        "Have you seen him yesterday? They have married in June 2015.",
        "The minister has resigned on Monday. On Friday the council has approved the plan.",
        "The club has won the match yesterday, and the agency has released the report last week.",
        "She has finished the report yesterday, and the city has hosted the summit last year.",
        "I have seen that movie last week with my cousins.",
        "The senator will tour the flooded towns last weekend to meet voters, and I will meet the manager yesterday.",
        "Earlier this month the governor signs a bill on broadband.",
        "The museum has reopened in 2021 after a long renovation.",
        "The airline has canceled more than two hundred flights last December.",
        "They have moved into the house on Elm Street last August.",
        "The city council will meet in the renovated town hall last Tuesday.",
        "Last week the planning board approves a zoning change.",
        "Two days ago, Harmon Logistics will announce job cuts.",
        "In 2018, the school district has adopted a new curriculum.",
        "The governor has signed the budget bill on June 3.",
        "The senator visits the flooded towns yesterday and promised aid.",
        "I will finally visit the Grand Canyon last summer.",
        "Two summers ago we rent a houseboat on the canal.",
        "When we arrived late last night, the host greets us at the door.",
        "After we had finished dinner, we walk down to the pier.",
        "By the time the delayed ferry finally arrived, we wait for almost two hours.",
        "When the library opened in 1911, it houses just 3,000 volumes. Before we left, we lock the door.",
        "When we arrived, we have seen the damage.",
        "Last summer more than two hundred students take part in our language camp.",
        "Last fall the garden club plants 300 tulip bulbs. Last week, the board votes unanimously to approve it.",
    )
    good = (
        "The defendant has admitted the offence committed in 2018.",
        "Last year the city parks department won three awards; last week the school board votes were counted.",
        "The orchestra has performed a symphony composed in 1808.",
        "We have welcomed the decision last week; he has rebuilt the house the storm destroyed two years ago.",
        "Yesterday I went to the market; she left school last year; I saw him yesterday.",
        "I have lived here since last year. The president arrives in Rome yesterday.",
        "Prices are higher than a year ago, and we have lived here since last year.",
        "Last year, they say, was the worst; I remember the storm last year.",
        "We welcome the decision last week, and I miss the old days.",
        "She seems to have left two days ago. He says he arrived yesterday.",
        "Every year she visits Paris; last time I checked, it works; the last year has been hard.",
        '"Yesterday I go to the shop," she said.',
        "He moves abroad next spring and works on the coast; she leaves school last year and then.",
        "Last month the landlord's letter arrived; the landlord raises the rent last month, the paper says.",
        "Last month the rent rises, and two days ago the city said so; yesterday the news broke.",
        "We welcome the ruling at the court last week; I remember her at the station yesterday.",
        "We welcome the decision last week and the plan; he writes the letter two days ago, he says.",
        "The bakery closed its doors two months ago; the bakery has been closed since two months ago.",
        "We sold our old house in 2018. We have lived here since 2018 and have grown more than in 2018.",
        "Prices have doubled from their level in 2008. The club has agreed to move in 2031.",
        "The party has promised a referendum in 2099. The minister has said it was built in 1998.",
        "She went to the dentist last month. She has been to the dentist since last month.",
        "We have been to Vienna twice. We have been able to travel since two years ago.",
        "I lost my umbrella yesterday afternoon. We have welcomed the ruling last week and the vote yesterday.",
        "My uncle has kept the tractor he bought last spring and has found the keys lost yesterday.",
        "The shop has been open since last week. Hi Sam, I have been here since yesterday.",
        "Last week the school trip cost a lot; last month our team release was late.",
        "Prices have doubled from levels in 2008. The day before yesterday was cold.",
        "I have talked to the man who called two days ago.",
        "Police have welcomed the ruling yesterday. Have you ever seen a whale? Has the vote ended yet?",
        "Have they agreed to meet in June 2030? Officials have confirmed that the plane crashed yesterday.",
        "She leaves on Monday; the board has promised to decide on Monday; the shops have opened on Sundays.",
        "I have said that prices rose last year; he has known that feeling since last year.",
        "The council will vote on the measure introduced last month; the board will discuss the decision last week.",
        "Earlier this month the council has approved the plan; the report released earlier this month shows a rise.",
        "The band has toured every year since forming in 2010 and has released four albums.",
        "Police will release the names of the victims of the crash last night.",
        "The firm has recalled the cars sold last week.",
        "The report will show slower growth last month, and the agency will release figures on sales last month.",
        "The police will question the driver of the car last night.",
        "The governor will sign the bill passed last week; the judge will rule on the motion filed last month.",
        "The board has scheduled a vote on June 3; the council has called a meeting on Monday.",
        "In 2019 the museum will receive a grant, the 2018 plan said.",
        "The president arrives in Rome yesterday.",
        "The company has hired 40 engineers since last year, more than two years ago.",
        "Every summer more than two hundred students take part; last summer over 300 families came.",
        "Goldman Sachs has raised its forecast for UK economic growth in 2025 from 1.1% to 1.4%.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _MARKERS)
            if lows[position] == "yesterday"
            or (lows[position] == "last" and position < last and lows[position + 1] in _LAST_UNITS)
            or (lows[position] == "ago" and position > 0 and lows[position - 1] in _AGO_UNITS)
            or (lows[position] == _EARLIER and _today_or_this(lows, position))
        ]
        candidates += [position for position in positions(doc, _ON) if position < last and _day_after(lows, position)]
        years = positions(doc, _IN)
        candidates += [
            position
            for position in years
            if position < last
            and (
                _past_year(lows[position + 1])
                or (lows[position + 1] in MONTHS and position + 1 < last and _past_year(lows[position + 2]))
            )
        ]
        candidates.sort()
        yield from self._after_past_clause(doc)
        for words, index in places(doc, candidates):
            if words[index].low == "on":
                span = _marker_span(words, index)
                found = None if span is None else _perfect_on_day(doc, words, *span)
                if found is not None and span is not None and not in_quotes(doc, words[found[0]].start):
                    yield self._report(words, found, *span)
                continue
            if words[index].low == "in":
                found = _perfect_in_year(words, index) or _perfect_in_year_of_clause(doc, words, index)
                if found is not None and not in_quotes(doc, words[found[0]].start):
                    yield self._report(words, found, index, index + 1)
                continue
            span = _marker_span(words, index)
            if span is None:
                continue
            start, end = span
            if words[0].low in _PERFECT_HAVE and end == len(words) - 1 and ends_in_question_mark(doc, words[-1]):
                question = _perfect_question(words, start, end)
                if question is not None and not in_quotes(doc, words[0].start):
                    yield self._report(words, question, start, end)
                continue
            found = _verb_before_marker(doc, words, start, end) if start > 1 else None
            if found is None and start > 1:
                found = _act_before_time(doc, words, start, end)
            if found is None and start <= 1:
                found = _verb_after_marker(doc, words, start, end)
            if found is None or in_quotes(doc, words[found[0]].start):
                continue
            if words[index].low == _EARLIER and words[found[0]].low in _PERFECT_HAVE:
                continue  # "Earlier this month the council has approved it": the month runs on, a perfect fits
            yield self._report(words, found, start, end)

    def _after_past_clause(self, doc: Document) -> Iterator[Finding]:
        """'When we arrived last night, the host greets us', 'After we had finished dinner, we walk
        down': a clause of time that opens the sentence with a plain past ('arrived', 'had
        finished'), a comma, and a main clause whose subject (a personal pronoun, or 'the', 'my' …
        and a noun) has a present verb. Not 'it' ("When the war ended, it is said …") and not a
        clause with a present or a modal of its own ("When we arrived, we can see"), nor a quotation."""
        for words in doc.sentence_words:
            if len(words) < 6:
                continue
            by_the_time = [word.low for word in words[:3]] == ["by", "the", "time"]
            if words[0].low not in _PAST_CLAUSE_OPENERS and not by_the_time:
                continue
            opened = 3 if by_the_time else 1
            comma = next((at for at in range(opened + 1, min(len(words) - 3, 16)) if not words[at].joined), None)
            if comma is None or not _plain_past_clause(words, opened, comma + 1):
                continue
            first = comma + 1
            found = (
                (first, "it")
                if words[first].low == "it"
                else _subject(words, first, owners=_PERFECT_OWNERS) or _tagged_noun_subject(doc, words, first)
            )
            if found is None or in_quotes(doc, words[0].start):
                continue
            subject_end, person = found
            at = _after_subject(words, subject_end)
            if at >= len(words) or not words[subject_end].joined:
                continue
            if words[first].low == "it" and words[at].low in _IT_REPORTS:
                continue  # "When the war ended, it is said …", "it has been estimated": a report of now
            slip = _present_verb(doc, words, "he" if person == "it" else person, at)
            if slip is None or slip[0] != at or (words[at].low in _BE_FORMS and _amount_after(words, at + 1)):
                continue
            opener = " ".join(word.text for word in words[:opened])
            yield self._report_slip(words, slip, f"The clause '{opener} …' tells of the past")

    def _report(self, words: list[Word], found: Slip, start: int, end: int) -> Finding:
        marker = " ".join(word.text for word in words[start : end + 1])
        return self._report_slip(words, found, f"'{marker}' places this in the past")

    def _report_slip(self, words: list[Word], found: Slip, reason: str) -> Finding:
        """The finding for the verbs ``found`` spans (a perfect's 'have seen' whole, so that its past
        replaces both words), with ``reason`` before the correction."""
        first, last_verb, past = found
        verb = words[first]
        written = " ".join(word.text for word in words[first : last_verb + 1])
        return self.finding(
            verb.start,
            words[last_verb].end,
            f"{reason}: write '{past}', not '{written}'.",
            suggestions=(match_case(past, verb.text),),
            fix=FixSafety.UNSAFE,
        )


_PAST_CLAUSE_OPENERS = frozenset("when after once before".split())
_IT_REPORTS = frozenset("is has seems appears".split())
"""Verbs after 'it' that open a report of the present ('it is said', 'it has been estimated', 'it seems')."""


def _tagged_noun_subject(doc: Document, words: list[Word], at: int) -> tuple[int, str] | None:
    """'The host', 'our guide' read as determiner and singular noun by the tagger, before a verb in -s
    that the tagger reads as one: (last index, 'he'); for nouns the word tables also know as verbs."""
    if at + 2 >= len(words) or words[at].low not in _PERFECT_OWNERS or not words[at].joined:
        return None
    tags = sentence_tags(doc, words)
    if tags[at + 1] != "NN" or tags[at + 2] != "VBZ" or words[at + 1].capitalised:
        return None
    return at + 1, "he"


def _plain_past_clause(words: list[Word], start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` hold a plain past ('arrived', 'had finished', 'was') and
    no present, modal or 'to' ('When we arrive', 'when we can', 'after deciding to go' are not past)."""
    past = False
    for word in words[start:end]:
        low = word.low
        tags = w.verb_tags(low)
        if low in w.MODALS or low in ("is", "are", "am", "has", "have", "do", "does", "to") or tags == {"VBZ"}:
            return False
        if low in ("was", "were", "had", "did") or tags == {"VBD"} or tags == {"VBD", "VBN"}:
            past = True
    return past


_CLOSING_FOLLOWERS = frozenset("after before because despite amid following and but".split())
"""Words after a time that still closes the clause of the verb before it ("will debate the bill last
month but postponed the vote", "has finished the marathon in 2021 despite an injury")."""


def _act_before_time(doc: Document, words: list[Word], start: int, end: int, perfect: bool = False) -> Slip | None:
    """'The city council will vote on the revised parking ordinance last Tuesday', 'The airline has
    canceled more than two hundred flights last December': 'will' or a present perfect, the main verb
    of a plain clause whatever its subject (:func:`._clause_time.main_verb`), and a past time closing
    that clause after the verb's object and phrases of place (:func:`._clause_time.object_reaches_time`).
    No caption writes either. ``perfect``: only a present perfect."""
    verbs = _PERFECT_HAVE if perfect else _NO_CAPTION_VERBS
    if not any(word.low in verbs for word in words[:start]) or not _time_closes_clause(words, end):
        return None  # the cheap sift before the tagger reads the sentence
    first = 1 if words[0].low in _OPENING_CONJUNCTIONS and words[0].joined else 0
    verb = main_verb(doc, words, first or _after_greeting(words), limit=start)
    if verb is None or verb >= start or not words[verb].joined:
        return None
    low = words[verb].low
    if low not in verbs:
        return None
    person = _person_before(doc, words, verb)
    slip = _future(words, person, verb) if low == "will" else _perfect(words, person, verb)
    if slip is None or not object_reaches_time(doc, words, slip[1] + 1, start, words[slip[1]].low, later=low == "will"):
        return None
    return slip


def _time_closes_clause(words: list[Word], end: int) -> bool:
    """The time that ends at ``end`` closes its clause: the sentence or a comma follows, or a phrase
    of place or time, a purpose's 'to', or a word of :data:`_CLOSING_FOLLOWERS`."""
    following = end + 1
    if following >= len(words) or not words[end].joined:
        return True
    low = words[following].low
    return low in _AFTER_TIME_PREPOSITIONS or low in _CLOSING_FOLLOWERS or _purpose_after(words, following)


def _person_before(doc: Document, words: list[Word], verb: int) -> str:
    """The person of the subject whose last word stands before the verb at ``verb`` ('they' for a
    plural noun, the pronoun itself, else 'he'): for the form of 'be' that replaces 'will be'."""
    head = words[verb - 1].low
    if head in w.PERSON_SUBJECTS:
        return head
    return "they" if sentence_tags(doc, words)[verb - 1] in ("NNS", "NNPS") else "he"


def _perfect_on_day(doc: Document, words: list[Word], start: int, day: int) -> Slip | None:
    """'The minister has resigned on Monday', 'On Friday the council has approved the plan': 'on' and
    a weekday, from ``start`` to ``day`` (:func:`_marker_span`), closing the clause (or opening the
    sentence) date a present perfect as they date a past. Only a perfect: with 'on Monday' a present
    is a plan or a habit ("She leaves on Monday")."""
    if start <= 1:
        found = _verb_after_marker(doc, words, start, day, perfect=True)
    else:
        found = _verb_before_marker(doc, words, start, day) or _act_before_time(doc, words, start, day, perfect=True)
    if found is None or words[found[0]].low not in _PERFECT_HAVE or found[1] == found[0]:
        return None
    if any(words[at].low == "to" and _maybe_bare(words[at + 1].low) for at in range(found[1] + 1, start)):
        return None  # "has promised to decide on Monday": the day is the infinitive's, a plan
    participle = words[found[1]].low
    if any(lemma in _ARRANGING for lemma in w.verb_lemmas(participle)):
        return None  # "has scheduled a vote on Monday": a day to come
    if not performs(participle) and any(event_noun(word.low) for word in words[found[1] + 1 : start]):
        return None  # "has called a meeting on Monday": the meeting's day, which may be to come
    return found


THIS_YEAR = time.localtime().tm_year  # date.today().year, without importing datetime (~1 ms)


_ARRANGING = frozenset(
    """
    book schedule reserve set arrange plan order buy find pick choose move reschedule postpone cancel
    confirm agree promise decide announce tell ask invite want need warn vow threaten pledge predict
    forecast project estimate anticipate propose suggest recommend offer get call delay push bring
    """.split()
)
"""Verbs of arranging, saying and expecting, whose object or whose day may be still to come ("has
scheduled a vote on Monday", "booked a table next Friday")."""
_ENACTING = frozenset("approve pass adopt sign vote".split())
"""Verbs of enacting, done on their day ("has signed the bill on June 3"), whose object may yet take
effect at a later time ("The governor signed a law next year" may mean a law for next year)."""


def _day_after(lows: list[str], at: int) -> bool:
    """A weekday or a month and its day after 'on' at ``at`` ("on Monday", "on June 3")."""
    following = lows[at + 1]
    if following in DAYS:
        return True
    return following in MONTHS and at + 2 < len(lows) and _day_of_month(lows[at + 2])


def _day_of_month(low: str) -> bool:
    return low.isdigit() and len(low) <= 2 and 1 <= int(low) <= 31


def _past_year(low: str) -> bool:
    """A year before this one ("2019"): 'in 2030' may be a plan ("has promised elections in 2030")."""
    return _is_year(low) and int(low) < THIS_YEAR


def _perfect_in_year(words: list[Word], index: int) -> Slip | None:
    """'We have visited Lisbon in 2019', 'The price has doubled in 2008': a subject opens the sentence,
    a present perfect follows, and 'in' and a past year close the sentence (or the clause, at a
    comma), with at most three words of a plain object between ('this car', 'Lisbon'); no
    preposition, 'to' or verb between, which would give the year to another phrase ("has doubled
    from its level in 2019", "has agreed to sell in 2019")."""
    end = index + 1
    if end >= len(words):
        return None  # "They have married in. June 2015": the candidates were read across a sentence's end
    if words[end].low in MONTHS:
        if not words[end].capitalised or not words[end].joined:
            return None
        end += 1  # "in June 2015"
        if end >= len(words) or not _past_year(words[end].low):
            return None  # "in June. 2015 was": the year opens the next sentence
    closes = end + 1 >= len(words) or not words[end].joined or words[end + 1].low in _AFTER_YEAR
    if not words[index].joined or not closes:
        return None
    if index > 0 and words[index - 1].joined and words[index - 1].low in _NOT_BEFORE_MARKER:
        return None
    first = 1 if words[0].low in _OPENING_CONJUNCTIONS and words[0].joined else 0
    found = _subject(words, first, owners=_PERFECT_OWNERS) or _bare_subject(words, first)
    if found is None:
        return None
    subject_end, person = found
    at = _after_subject(words, subject_end)
    have = "has" if person in ("he", "she") else "have"
    if at >= index or words[at].low != have or not words[at - 1].joined:
        return None
    slip = _perfect(words, person, at)
    if slip is None or index - slip[1] - 1 > 3:
        return None
    place = _place_phrase(words, slip[1] + 1, index)
    for between in words[place:index]:
        low = between.low
        if not between.joined or low in w.PREPOSITIONS or low in _CLAUSE_BREAKS - w.DETERMINERS or low == "to":
            return None
        if not (between.capitalised or low in w.DETERMINERS or _amount(low) or w.tags(low) & {"NOUN", "ADJ", "PROPN"}):
            return None
        if w.verb_tags(low) & {"VBN", "VBD"}:
            return None  # "has admitted the offence committed in 2018": the year is the participle's
        if low in _EXPECTED_NOUNS:
            return None  # "has cut its budget in 2019": the year may be the budget's
    return slip


_AFTER_YEAR = _CLOSING_FOLLOWERS | frozenset(("when",))
"""Words that may follow 'in' and a past year inside the perfect's clause ("has resigned in 2019 after
an audit", "has peaked in 2010 and has declined since"): the year is still the verb's."""


def _perfect_in_year_of_clause(doc: Document, words: list[Word], index: int) -> Slip | None:
    """'In 2018, the district has adopted a new curriculum', 'Our book club has read three novels by
    Toni Morrison in 2021': 'in' and a past year open the sentence or close a plain clause
    (:func:`_act_before_time`) with a present perfect. Not 'will': a text written before that year
    may say "In 2019 the museum will receive a grant" (an archive), as it may not say 'has received'."""
    end = index + 1
    if end < len(words) and words[end].low in MONTHS:
        end += 1  # "in June 2015"
    if end >= len(words) or not _past_year(words[end].low) or not all(word.joined for word in words[index:end]):
        return None
    if index > 1 or (index == 1 and words[0].low not in _OPENING_CONJUNCTIONS):
        found = _act_before_time(doc, words, index, end, perfect=True)
        if found is not None and any(word.low in _EXPECTED_NOUNS for word in words[found[1] + 1 : index]):
            return None  # "has raised its forecast for growth in 2025": the year is the forecast's
        return found
    found = _verb_after_marker(doc, words, index, end, perfect=True)
    return found if found is not None and words[found[0]].low in _PERFECT_HAVE else None


_EXPECTED_NOUNS = frozenset(
    """forecast forecasts outlook projection projections estimate estimates target targets guidance prediction
    predictions expectation expectations budget budgets plan plans""".split()
)
"""Nouns of what is expected for a time, which a year after them may belong to ("has raised its forecast for
growth in 2025"), whatever year it is now."""
_YEAR_PREPOSITIONS = frozenset("to from at into".split())
"""Prepositions of a place or a school left or reached before 'in' and a year ("has graduated from
college in 2015", "has moved to Leeds in 2019"): the year dates the move."""


def _place_phrase(words: list[Word], at: int, index: int) -> int:
    """``index`` when ``words[at:index]`` is a preposition of :data:`_YEAR_PREPOSITIONS` and one word, a
    name or a singular noun with no determiner ("from college", "to Leeds"): the phrase leaves the
    year to the verb; else ``at``, and the words are judged one by one."""
    if index - at != 2 or words[at].low not in _YEAR_PREPOSITIONS or not words[at].joined:
        return at
    place = words[at + 1]
    if place.capitalised or (w.is_singular_count_noun(place.low) and not w.verb_tags(place.low) - {"VB", "VBP"}):
        return index
    return at


def _marker_span(words: list[Word], index: int) -> tuple[int, int] | None:
    """First and last index of the time phrase around the trigger at ``index`` ("two days ago",
    "last year", "yesterday morning", "on Monday"), or None when it is not a past time of the verb
    ('on' and a weekday: of a present perfect only, :func:`_perfect_on_day`)."""
    low = words[index].low
    start, end = index, index
    if low == "on":
        end = index + 1
        if end >= len(words) or not words[index].joined or not words[end].capitalised:
            return None  # "on. Monday …": the day opens the next sentence
        if words[end].low in MONTHS:
            end += 1  # "on June 3"
            if end >= len(words) or not words[end - 1].joined or not _day_of_month(words[end].low):
                return None
    elif low == "yesterday":
        if index + 1 < len(words) and words[index].joined and words[index + 1].low in _DAY_PARTS:
            end = index + 1
        leading = words[max(0, index - 3) : index]
        if [word.low for word in leading] == ["the", "day", "before"] and all(word.joined for word in leading):
            start = index - 3  # "the day before yesterday"
    elif low == _EARLIER:
        end = _today_or_this_end(words, index)
        if end >= len(words) or not all(word.joined for word in words[index:end]):
            return None  # "earlier this. Month …": the candidates were read across a sentence's end
    elif low == "last":
        before = words[index - 1] if index > 0 and words[index - 1].joined else None
        if before is not None and (before.low in w.DETERMINERS or before.low in ("at", "very", "the")):
            return None  # "the last year has been hard": the twelve months up to now
        if not words[index].joined:
            return None
        end = index + 1
    else:  # "ago"
        start = index - 1
        if not words[start].joined:
            return None
        while start > 0 and words[start - 1].joined and _amount(words[start - 1].low):
            start -= 1
    if start > 0 and words[start - 1].joined and words[start - 1].low in _NOT_BEFORE_MARKER:
        return None
    return start, end


_MARKED_CLAUSE_ENDS = frozenset(
    "and but or so because while when whenever that which who whom whose if although though after before since "
    "until as where whereas".split()
)
"""Words that open another clause: a time after one of them dates that clause (:func:`past_marker_after`)."""


def past_marker_after(words: list[Word], at: int) -> str | None:
    """The past time that dates the clause of the verb at ``at``, after it and before any break,
    another clause's opener or a subject pronoun ("lead the delegation to Paris last week", "plead
    guilty yesterday"; not "sign the forms he received yesterday"), as written; None when there is
    none. For a rule that corrects that verb and would otherwise offer its present ('leads' where
    'led' is meant)."""
    for index in range(at + 1, len(words)):
        if not words[index - 1].joined or words[index].low in _MARKED_CLAUSE_ENDS or words[index].low in _SUBJECTS:
            return None
        low = words[index].low
        marker = (
            low in _YESTERDAY
            or (low == "last" and index + 1 < len(words) and words[index + 1].low in _LAST_UNITS)
            or (low == "ago" and words[index - 1].low in _AGO_UNITS)
        )
        span = _marker_span(words, index) if marker else None
        if span is not None and span[0] > at:
            return " ".join(word.text for word in words[span[0] : span[1] + 1])
    return None


_GREETINGS = frozenset("hi hello hey dear sorry ok okay well yes oh anyway thanks".split())


def _after_greeting(words: list[Word]) -> int:
    """Where the clause starts after a greeting or an interjection and a comma that open the sentence
    ("Hi Tom, I have sent it yesterday", "Sorry, we have shipped it two days ago"), or 0."""
    if not words or words[0].low not in _GREETINGS:
        return 0
    for at in range(0, min(3, len(words) - 1)):
        if not words[at].joined:
            return at + 1 if all(word.capitalised for word in words[1 : at + 1]) else 0
    return 0


def _today_or_this(lows: list[str], at: int) -> bool:
    """'today', or 'this' and a span (see :data:`_THIS_UNITS`), after 'earlier' or 'later' at ``at``."""
    following = lows[at + 1 : at + 3]
    if following[:1] == ["today"]:
        return True
    return len(following) == 2 and following[0] == "this" and following[1] in _THIS_UNITS


def _today_or_this_end(words: list[Word], at: int) -> int:
    """The last index of 'earlier today', 'later this year' … that opens at ``at``."""
    return at + (1 if at + 1 < len(words) and words[at + 1].low == "today" else 2)


def _amount(low: str) -> bool:
    return low in _AGO_AMOUNTS or low.isdigit()


Slip = tuple[int, int, str]
"""First and last index of the verb (one word, or 'have' and its participle) and what replaces them."""


def _verb_after_marker(doc: Document, words: list[Word], start: int, end: int, perfect: bool = False) -> Slip | None:
    """'Yesterday I go', 'Two days ago, my sister meets': the time opens the sentence, a subject
    and a present verb follow it. ``perfect``: only a present perfect is read, after any subject a
    perfect takes ("On Monday the council has approved it"). A longer subject is read by the tagger
    (:func:`._clause_time.main_verb`): after 'the' any present ("Last week the planning board
    approves"), after a name only 'will' and a perfect ("Two days ago, Harmon Logistics will announce")."""
    if start == 1 and words[0].low not in _OPENING_CONJUNCTIONS:
        return None
    subject = end + 1
    if perfect:
        found = _subject(words, subject, owners=_PERFECT_OWNERS) or _bare_subject(words, subject)
    else:
        found = _subject(words, subject, owners=_SUBJECT_OWNERS_AFTER_TIME) or _counted_subject(words, subject)
    slip = None if found is None else _verb_after_subject(doc, words, found, end)
    if slip is not None or subject >= len(words):
        return slip
    the = words[subject].low in _SUBJECT_OWNERS_AFTER_TIME
    if not the and not any(word.low in _NO_CAPTION_VERBS for word in words[subject:]):
        return None  # after a name only 'will' and a perfect are read: the cheap sift before the tagger
    verb = main_verb(doc, words, subject)
    if verb is None and the:
        verb = _plural_read_verb(doc, words, subject)
    if verb is None:
        return None
    slip = _verb_after_subject(doc, words, (verb - 1, _person_before(doc, words, verb)), end)
    if slip is None:
        return None
    if perfect or not the:
        return slip if words[slip[0]].low in (_PERFECT_HAVE if perfect else _NO_CAPTION_VERBS) else None
    return slip


def _plural_read_verb(doc: Document, words: list[Word], subject: int) -> int | None:
    """Where a verb in -s stands that the tagger read as a plural noun after the subject's singular noun
    ('the board votes', 'the garden club plants'), when a number or an -ly adverb follows it, as an
    object or a manner follows a verb ("Last week, the board votes unanimously", "Last fall the garden
    club plants 300 bulbs"): no sentence has a finite verb otherwise. Within the subject's first four words."""
    tags = sentence_tags(doc, words)
    for at in range(subject + 2, min(subject + 5, len(words) - 1)):
        if not words[at - 1].joined or not words[at].joined:
            return None
        if tags[at] != "NNS":
            if tags[at] not in ("NN", "JJ"):
                return None
            continue
        if tags[at - 1] != "NN" or "VBZ" not in w.verb_tags(words[at].low):
            return None
        if _counted_or_manner(words, at + 1):
            return None if any(tag in w.FINITE_OR_MODAL_TAGS for tag in tags[at + 1 :]) else at
    return None  # (a plural with no number or adverb after it is a compound's: "the city parks department")


def _verb_after_subject(doc: Document, words: list[Word], found: tuple[int, str], end: int) -> Slip | None:
    """The slip of the present verb after a subject ``found`` (last index, person), which follows a
    time that opens the sentence and ends at ``end``."""
    subject_end, person = found
    at = _after_subject(words, subject_end)
    if at >= len(words) or not words[at - 1].joined:
        return None
    slip = _present_verb(doc, words, person, at)
    if slip is None or (slip[1] + 1 < len(words) and not words[slip[1]].joined):
        return None  # "Last year, he says, …": a parenthesis
    after = slip[1] + 1
    listener = after + 1 < len(words) and words[after].low in w.OBJECT_PRONOUNS and not words[after].joined
    if listener and not words[end].joined:
        return None  # "Last week, she tells me, was hard": a parenthesis with its listener
    return slip


def _verb_before_marker(doc: Document, words: list[Word], start: int, end: int, since: bool = False) -> Slip | None:
    """'She leaves school last year': a subject opens the sentence, a present verb follows it, and
    the time closes the clause with nothing between that could start another clause. ``since``:
    the time is a 'since' phrase, and the verb's present perfect is the replacement."""
    narrative = not since and end + 1 < len(words) and words[end].joined and _past_goes_on(doc, words, end + 1)
    if (
        end + 1 < len(words)
        and words[end].joined
        and not (since and words[end + 1].low in _SINCE_AND)
        and not narrative
        and not (not since and (words[end + 1].low in _AFTER_TIME_PREPOSITIONS or _purpose_after(words, end + 1)))
    ):
        return None  # the time does not close the clause (a phrase of place or company may follow)
    first = 1 if words[0].low in _OPENING_CONJUNCTIONS and words[0].joined else 0
    first = first or _after_greeting(words)
    if since:
        for joiner in range(start - 2, first, -1):
            if words[joiner].low in _SINCE_AND and words[joiner + 1].low in w.PERSON_SUBJECTS:
                first = joiner + 1  # "I was born in 1990 and I live in Leeds since then": the nearest clause's subject
                break
    found = _subject(words, first)
    no_caption = False
    if found is None:
        found = _subject(words, first, owners=_PERFECT_OWNERS) or _bare_subject(words, first)
        no_caption = not since  # "The company has announced it two weeks ago": a perfect, not a caption's present
        # with 'since' any present: "The team plays here since 2010" is no caption
    if found is None:
        return None
    subject_end, person = found
    at = _after_subject(words, subject_end)
    if no_caption and not narrative and (at >= len(words) or words[at].low not in _NO_CAPTION_VERBS):
        return None  # a caption's present; but not one that goes on in the past ("visits … yesterday and promised")
    nearest = start if since or words[end].low == "ago" else start - 1
    if at >= nearest or start - at > 9 or not all(word.joined for word in words[first:start]):
        return None  # "I remember yesterday": a time right after the verb may be its object, not "two days ago"
    slip = _present_verb(doc, words, person, at, since=since)
    if slip is None:
        return None
    if words[slip[0]].low == "will" and time_of_topic(words, words[slip[1]].low, slip[1] + 1, start):
        return None  # "They will show slower growth last month": the growth is last month's
    tags: list[str] | None = None
    for between in range(slip[1] + 1, start):
        low = words[between].low
        if low == "her" and (between + 1 == start or (between == slip[1] + 1 and _place_after(words, between))):
            continue  # "I met her yesterday", "I see her at the station yesterday": the object, not a possessive
        if not since and low in _PLACE_DETERMINERS and words[between - 1].low in _AFTER_TIME_PREPOSITIONS:
            continue  # "at the station", "for the first time": a determiner inside a phrase of place or time
        if low in _PLACE_DETERMINERS and slip[2].endswith("went") and words[between - 1].low == "to":
            continue  # "has been to the dentist last month": 'went to the dentist'
        if narrative and between == slip[1] + 1 and object_reaches_time(doc, words, between, start, words[slip[1]].low):
            break  # "visits the flooded neighborhoods yesterday and promised aid": the object, in a past narrative
        if narrative and low in _PLACE_DETERMINERS and between == slip[1] + 1:
            continue  # "writes the letter two days ago but never sent it": the object, in a past narrative
        if (
            (
                low in _PLACE_DETERMINERS
                or low in _NEAR_DEMONSTRATIVES
                or _far_demonstrative_object(words, between, start)
            )
            and between == slip[1] + 1
            and _perfect_object(words, slip, between, start, end)
        ):
            break  # "has left the company two years ago": 'ago' dates the perfect's act, not its object, which
            # :func:`_perfect_object` read up to the time ("the flooded towns", whatever the tagger makes of 'flooded')
        if (
            low in _PLACE_DETERMINERS
            and between == slip[1] + 2
            and words[slip[1] + 1].low in w.OBJECT_PRONOUNS
            and _perfect_object(words, slip, between, start, end)
        ):
            break  # "have sent you the invoice yesterday": a listener, then the object
        if (
            low in _PLACE_DETERMINERS
            and words[end].low == "ago"
            and words[slip[0]].low in _PERFECT_HAVE
            and words[between - 1].low in _PERFECT_PREPOSITIONS
            and _perfect_object(words, slip, between, start, end)
        ):
            continue  # "have spoken to your manager two days ago": 'ago' dates the talk, not the manager
        if (low in _SINCE_BREAKS if since else low in _CLAUSE_BREAKS) or (
            low == "have" and words[between - 1].low == "to"
        ):
            return None
        if since and low.endswith("est") and "ADJ" in w.tags(low):
            return None  # "the highest rate since 1990": a superlative takes the 'since'
        if since and (low in _COMPARED or (low.endswith("er") and "ADJ" in w.tags(low))):
            return None  # "it is worth more since 2019", "it is quieter since the update": a change measured
        if w.verb_tags(low):
            tags = tags or sentence_tags(doc, words)
            tag = tags[between]
            if since and between == at + 1 and words[at].low in _BE_FORMS and "ADJ" in w.tags(low):
                continue  # "we are married since June"
            if since and between == at + 1 and words[at].low in _BE_FORMS and tag == "VBG" and slip[0] == at:
                slip = (at, between, f"{slip[2]} {words[between].low}")
                continue  # "she is working here since June": 'has been working'
            if tag in ("VBD", "VBZ", "VBP", "VBN", "VBG", "MD") or (tag == "VB" and words[between - 1].low != "to"):
                return None
    return slip


_QUESTION_ADVERBS = frozenset("ever never already yet just still".split())
_QUESTION_DETERMINERS = frozenset(("this", "these", "its"))


def _perfect_question(words: list[Word], start: int, end: int) -> Slip | None:
    """'Has the council approved the budget last night?', 'Have you seen him yesterday?': 'has' or
    'have' opens a question, a subject, a participle, nothing or a short object (a pronoun, or a
    determiner and a noun that is no event, as :func:`_perfect_object` reads it), and a past time
    that ends the question: 'Did … approve'. Not with 'ever', 'already', 'yet' … ("Have you ever
    seen …"), nor 'been'."""
    found = _subject(words, 1, owners=_PERFECT_OWNERS) or _bare_subject(words, 1)
    if found is None:
        return None
    subject_end, person = found
    have = "has" if person in ("he", "she") else "have"
    participle = subject_end + 1
    if words[0].low != have or participle >= start or not all(word.joined for word in words[:start]):
        return None
    low = words[participle].low
    if low in _QUESTION_ADVERBS or low == "been" or words[participle].capitalised:
        return None
    if "VBN" not in w.verb_tags(low):
        return None
    lemmas = [lemma for lemma in w.verb_lemmas(low) if low in w.verb_inflections(lemma).get("VBN", ())]
    if not lemmas or any(lemma in _NOT_MARKED_SINCE for lemma in lemmas):
        return None
    between = words[participle + 1 : start]
    if between and not (
        (len(between) == 1 and between[0].low in w.OBJECT_PRONOUNS)
        or (
            (between[0].low in _PLACE_DETERMINERS or between[0].low in _QUESTION_DETERMINERS)
            and _perfect_object(words, (0, participle, ""), participle + 1, start, end)
        )
    ):
        return None
    subject = " ".join(word.text for word in words[1:participle])
    return 0, participle, f"Did {subject} {lemmas[0]}"


def _perfect_object(words: list[Word], slip: Slip, at: int, start: int, end: int) -> bool:
    """A present perfect ('has left') whose object, a determiner and one or two nouns, runs up to
    'ago' ("has left the company two years ago"): 'ago' dates an act, seldom a thing (which would be
    "the flood of two years ago"), so the time is the verb's; so do 'yesterday' and 'last …' after a
    thing that is no event ("has lost my wallet yesterday", not "has welcomed the decision last week")."""
    if words[slip[0]].low not in _NO_CAPTION_VERBS or not 1 <= start - at - 1 <= 2:
        return False
    nouns = words[at + 1 : start]
    first = nouns[0].low
    if len(nouns) == 2 and ("ADJ" in w.tags(first) or "VBN" in w.verb_tags(first)) and not nouns[0].capitalised:
        nouns = nouns[1:]  # "has left the old firm two years ago", "will tour the flooded towns last weekend"
    if not all("NOUN" in w.tags(word.low) and not word.capitalised for word in nouns):
        return False
    return words[end].low == "ago" or not event_noun(nouns[-1].low) or performs(words[slip[1]].low)


_PERFECT_HAVE = frozenset(("has", "have", "'ve", "’ve"))
_NO_CAPTION_VERBS = _PERFECT_HAVE | frozenset(("will",))
"""Verbs no photo caption puts beside a past time ("The senator will tour the towns last weekend",
"The company has announced it two weeks ago"): after a name or 'the …' only they are read."""
_PERFECT_PREPOSITIONS = frozenset("to with about into onto from".split())
"""Prepositions of a perfect's partner or goal ("have spoken to your manager two days ago"), which 'ago'
does not date by itself: the time is the verb's."""
_COMPARED = frozenset("more less better worse fewer up down".split())
"""Words of a change measured from the 'since' point on ("worth more since 2019", "up ten per cent since May")."""


_AFTER_TIME_PREPOSITIONS = frozenset("with in at on for from after before during near by".split())
"""Prepositions of a phrase of place, company or time around the time ("I see her at the station
yesterday with her brother"): it does not end the verb's clause, nor start another."""
_PLACE_DETERMINERS = frozenset("the a an my our your his their".split())
_NEAR_DEMONSTRATIVES = frozenset(("this", "these"))
"""'this' and 'these' before a perfect's object ("have bought this coat last year"): the time is the
verb's, as after 'the' (not 'that', which may open a clause)."""


def _far_demonstrative_object(words: list[Word], at: int, start: int) -> bool:
    """'that' or 'those' and a lone noun right before the time ("have seen that movie last week"): the
    object, not a clause 'that' opens ("have said that prices rose last year" has a verb)."""
    if words[at].low not in ("that", "those") or at + 2 != start or not words[at + 1].joined:
        return False
    noun = words[at + 1].low
    return "NOUN" in w.tags(noun) and not w.verb_tags(noun) & {"VBD", "VBZ", "VBN"}


def _purpose_after(words: list[Word], at: int) -> bool:
    """'to' and a bare verb at ``at``, after the time: the act's purpose ("will tour the towns last
    weekend to meet residents"), which starts no clause of its own."""
    return words[at].low == "to" and at + 1 < len(words) and words[at].joined and _maybe_bare(words[at + 1].low)


def _place_after(words: list[Word], at: int) -> bool:
    """A preposition of place or company follows ``words[at]``."""
    return at + 1 < len(words) and words[at].joined and words[at + 1].low in _AFTER_TIME_PREPOSITIONS


def _past_goes_on(doc: Document, words: list[Word], at: int) -> bool:
    """'and' or 'but' at ``at`` goes on with a verb that can only be a simple past ("she leaves
    school last year and found a job", "writes it two days ago but never sent it"): the clause the
    time closes is a past narrative."""
    if words[at].low not in _SINCE_AND or not words[at].joined:
        return False
    verb = at + 1
    if verb + 1 < len(words) and _narrative_adverb(words[verb].low) and words[verb].joined:
        verb += 1
    if verb >= len(words) or words[verb].capitalised:
        return False
    found = w.verb_tags(words[verb].low)
    if "VBD" not in found or found & {"VBZ", "VBG"} or words[verb].low in w.AUXILIARIES - _PAST_AUXILIARIES:
        return False
    return found <= {"VBD", "VBN"} or sentence_tags(doc, words)[verb] == "VBD"  # "and found a job"


_PAST_AUXILIARIES = frozenset("was were had did".split())


_SUBJECT_OWNERS = frozenset("my our your".split())
_SUBJECT_OWNERS_AFTER_TIME = _SUBJECT_OWNERS | frozenset(("the",))
"""After a time that opens the sentence 'the …' may be the subject too ("Last week the council
decides"): captions put the present beside a time that follows the subject, not one that opens."""
_PERFECT_OWNERS = _SUBJECT_OWNERS | frozenset("the this that his her its their".split())
"""Openers of a subject before a present perfect and a past time ("The company has announced it
two weeks ago"): captions put a present beside a past time, never a perfect."""
_SINCE_AND = frozenset(("and", "but"))
"""After a 'since' phrase, a clause that goes on with 'and' or 'but' ("is here since Monday and
still has not unpacked")."""


def _after_subject(words: list[Word], subject_end: int) -> int:
    """Where the verb stands after a subject that ends at ``subject_end``: next, or past one adverb of
    narration ("she often goes", "we then moved")."""
    at = subject_end + 1
    if at < len(words) and _narrative_adverb(words[at].low) and words[at - 1].joined:
        at += 1
    return at


def _subject(words: list[Word], at: int, owners: frozenset[str] = _SUBJECT_OWNERS) -> tuple[int, str] | None:
    """(last index, person) of a subject at ``words[at]``: a personal pronoun ("she"), or 'my',
    'our' or 'your' and a noun with up to one adjective ("my older brother", taken as 'he' or
    'they'). Not a name or 'the …' (unless ``owners`` holds 'the'): photo captions put a present
    verb beside a past time."""
    if at >= len(words):
        return None
    word = words[at]
    if word.low in w.PERSON_SUBJECTS:
        return None if word.low == "i" and word.text != "I" else (at, word.low)
    if word.low not in owners:
        return None
    for end in (at + 1, at + 2):
        if end >= len(words) or not words[end - 1].joined or words[end].capitalised:
            return None
        low = words[end].low
        if w.is_plural_noun(low) or low in w.UNMARKED_PLURALS:
            return end, "they"
        if w.is_singular_count_noun(low):
            return end, "he"
        if "ADJ" not in w.tags(low):
            return None
        if "NOUN" in w.tags(low) and end + 1 < len(words) and w.verb_tags(words[end + 1].low) == {"VBZ"}:
            return end, "he"  # "the council decides": a noun that is also an adjective, then its verb
    return None


_ROUGHLY = frozenset("over about nearly almost around some roughly approximately".split())
_NUMBER_WORDS_AFTER = frozenset("hundred thousand million".split())


def _counted_subject(words: list[Word], at: int) -> tuple[int, str] | None:
    """(last index, 'they') of a counted subject at ``words[at]``: a number, after 'more than',
    'over', 'about' … or not, up to one adjective and a plural ("more than two hundred students",
    "over 300 local families")."""
    end = at
    if end + 1 < len(words) and words[end].low in ("more", "fewer") and words[end + 1].low == "than":
        end += 2
    elif end < len(words) and words[end].low in _ROUGHLY:
        end += 1
    if end >= len(words) or not (words[end].low in w.CARDINALS or words[end].low.replace(",", "").isdigit()):
        return None
    end += 1
    while end < len(words) and words[end].low in _NUMBER_WORDS_AFTER:
        end += 1
    if end < len(words) and "ADJ" in w.tags(words[end].low) and not w.is_plural_noun(words[end].low):
        end += 1
    if end >= len(words) or not all(word.joined for word in words[at:end]) or not w.is_plural_noun(words[end].low):
        return None
    return end, "they"


_TITLES = frozenset(
    "mr mrs ms miss dr sir dame lady lord prof professor president judge senator minister king queen".split()
)
_NOT_NAMES = (
    w.DETERMINERS
    | w.SUBJECT_PRONOUNS
    | w.PREPOSITIONS
    | w.QUESTION_WORDS
    | w.COORDINATORS
    | w.CLAUSE_OPENERS
    | frozenset("there here it this that these those everyone everybody nobody someone somebody anyone".split())
)


def _bare_subject(words: list[Word], at: int) -> tuple[int, str] | None:
    """(last index, person) of a subject with no determiner before a present perfect: a name of
    one or two capitalised words, after a title or not ("Mr Patel", "Sarah"), 'police', or a
    plural noun ("Officials"). Only a perfect is read after it: captions put a present beside a
    past time, never a perfect."""
    if at >= len(words):
        return None
    word = words[at]
    if word.low in w.UNMARKED_PLURALS or (w.is_plural_noun(word.low) and (at == 0 or not word.capitalised)):
        return at, "they"
    start = at + 1 if word.low.rstrip(".") in _TITLES and word.capitalised and word.joined else at
    end = start
    while end < len(words) and end - start < 2 and _name_word(words, end):
        if end + 1 < len(words) and words[end].joined and _name_word(words, end + 1):
            end += 1
            continue
        return end, "he"
    return None


def _name_word(words: list[Word], at: int) -> bool:
    """A capitalised word that is no function word, and no known common word at a sentence's start."""
    word = words[at]
    if not word.capitalised or word.low in _NOT_NAMES or not word.text[1:].islower():
        return False
    return at > 0 or not w.tags(word.low)


def _narrative_adverb(low: str) -> bool:
    return low in _NARRATIVE_ADVERBS or (low.endswith("ly") and "ADV" in w.tags(low))


def _present_verb(doc: Document, words: list[Word], person: str, at: int, since: bool = False) -> Slip | None:
    """The slip when ``words[at]`` is a present verb of ``person`` ("she leaves", "we meet", "I am",
    and "I have seen"): its simple past replaces it, or, with ``since``, its present perfect."""
    verb = words[at]
    if verb.capitalised:
        return None
    have = "has" if person in ("he", "she") else "have"
    past = _BE_PAST.get((person, verb.low))
    if past is not None:
        return at, at, f"{have} been" if since else past
    low = verb.low
    if low == have and not since:
        return _perfect(words, person, at)
    if low == "will" and not since:
        return _future(words, person, at)
    found = w.verb_tags(low)
    if low in _ARCHAIC_PAST_HOMOGRAPHS:
        found = found - {"VBD", "VBN"}  # "we rent a boat": the past of 'rend' is read in no modern text
    if not found or "VBD" in found or low in w.AUXILIARIES or low in ("have", "has", "do", "does", "be"):
        return None
    wanted = {"VBZ", "VB"} if person in ("he", "she") else {"VB", "VBP"}
    if not found & wanted:
        return None
    lemmas = [lemma for lemma in w.verb_lemmas(low) if any(low in w.verb_inflections(lemma).get(t, ()) for t in wanted)]
    if not lemmas or any(lemma in (_NOT_MARKED_SINCE if since else _NOT_MARKED) for lemma in lemmas):
        return None
    if (
        w.tags(low) - {"VERB"}
        and sentence_tags(doc, words)[at] not in ("VB", "VBP", "VBZ")
        and not _object_follows(words, at)
    ):
        return None
    form = w.verb_form(lemmas[0], "VBN" if since else "VBD")
    if not form or form == low:
        return None
    return at, at, f"{have} {form}" if since else form


_OBJECT_STARTS = w.ARTICLES | w.POSSESSIVES - {"her"}
_ARCHAIC_PAST_HOMOGRAPHS = frozenset(("rent",))
"""Present verbs whose spelling is also an archaic past of another verb ('rent', of 'rend'), which the
word tables list: read as the present."""


def _object_follows(words: list[Word], at: int) -> bool:
    """A verb-or-noun after the subject is followed by an article or a possessive that opens its
    object ("Last month our team release a new version", "the museum close its doors"), or, after a
    form in -s that is a plural noun too, a number ("the club plants 300 bulbs", "more than 500") or an
    -ly adverb ("the board votes unanimously"): a noun there would stand between two noun phrases, so
    the word is the verb."""
    after = at + 1
    if after + 1 >= len(words) or not words[at].joined:
        return False
    if words[after].low in _OBJECT_STARTS:
        return True
    return w.is_plural_noun(words[at].low) and _counted_or_manner(words, after)  # not "That's up 10 percent"


def _counted_or_manner(words: list[Word], at: int) -> bool:
    """A number ('300', 'three', 'more than') or an -ly adverb at ``at``: what follows a verb, not a noun
    ("plants 300 bulbs", "plants more than 500", "votes unanimously")."""
    if at + 1 >= len(words):
        return False
    low = words[at].low
    counted = low[:1].isdigit() or low in w.CARDINALS or (low == "more" and words[at + 1].low == "than")
    return counted or w.only_adverb_in_ly(low)


def _future(words: list[Word], person: str, at: int) -> Slip | None:
    """'Yesterday I will go': 'will' and a bare verb with a past time take the simple past (an adverb
    between kept: "will finally visit" → "finally visited")."""
    verb = at + 1
    if verb + 1 < len(words) and words[verb].low.endswith("ly") and "ADV" in w.tags(words[verb].low):
        verb += 1
    if verb >= len(words) or not all(word.joined for word in words[at:verb]) or words[verb].capitalised:
        return None
    if not _maybe_bare(words[verb].low):
        return None
    low = words[verb].low
    if low in w.AUXILIARIES - {"be"}:
        return None
    if low == "be":
        past = "was" if person in ("i", "he", "she") else "were"
    else:
        lemmas = [lemma for lemma in w.verb_lemmas(low) if lemma == low and lemma not in _NOT_MARKED]
        past = (w.verb_form(lemmas[0], "VBD") or "") if lemmas else ""
    middle = "".join(word.text + " " for word in words[at + 1 : verb])
    return (at, verb, middle + past) if past else None


def _perfect(words: list[Word], person: str, at: int) -> Slip | None:
    """'I have seen him yesterday': 'have' and a participle with a past time take the simple past
    ("saw"), an adverb between kept ("have already left" → "already left")."""
    participle = at + 1
    if participle < len(words) and _narrative_adverb(words[participle].low) and words[at].joined:
        if words[participle].low == "never":
            return None  # "I have never been there last year" is not "I never was"
        participle += 1
    if participle >= len(words) or not words[participle - 1].joined or words[participle].capitalised:
        return None
    low = words[participle].low
    if low == "been" and participle + 1 < len(words) and words[participle].joined and words[participle + 1].low == "to":
        past = "went"  # "I have been to Rome last year": 'went to Rome'
    elif low == "been":
        past = "was" if person in ("i", "he", "she") else "were"
        after = participle + 1
        if after < len(words) and words[participle].joined and w.verb_tags(words[after].low) & {"VBN"}:
            if w.verb_tags(words[after].low) - {"VBN", "VBD"} or words[after].capitalised:
                return None  # "has been open", "has been cut": a participle that is also another word
            middle = "".join(word.text + " " for word in words[at + 1 : participle])
            return at, after, f"{middle}{past} {words[after].low}"  # "has been released last night": 'was released'
    else:
        if "VBN" not in w.verb_tags(low):
            return None
        lemmas = [lemma for lemma in w.verb_lemmas(low) if low in w.verb_inflections(lemma).get("VBN", ())]
        if not lemmas or any(lemma in _NOT_MARKED_SINCE for lemma in lemmas):
            return None
        past = w.verb_form(lemmas[0], "VBD") or ""
        if not past:
            return None
    middle = "".join(word.text + " " for word in words[at + 1 : participle])
    return at, participle, middle + past


# -- 'since' with a present verb --------------------------------------------------------------------

_SINCE = frozenset(("since",))
_NOW = frozenset(("now",))
_SPAN_UNITS = frozenset("minutes hours days weeks months years decades ages while".split())
_SPAN_AMOUNTS = w.CARDINALS | frozenset("a few several many some couple of".split())
_KNOW = frozenset("know knows".split())
"""A present of 'know' with 'for' and a length of time ("I know her for years") cannot be a plan, as
"I stay for two weeks" may: the slip is reported without 'now'."""
_SINCE_POINTS = frozenset("childhood birth then yesterday christmas easter".split()) | MONTHS | DAYS
_SINCE_BREAKS = (_CLAUSE_BREAKS - w.DETERMINERS) | frozenset("first only most last next".split())
"""As :data:`_CLAUSE_BREAKS`, but a noun phrase may stand between ("I live in this house since
2010"), unless a superlative or 'first' takes the 'since' ("the first time since 1990")."""


# -- a future time marker with a past verb ----------------------------------------------------------

_TOMORROW = frozenset(("tomorrow",))
_NOT_FUTURE_PAST = w.BE_FORMS | frozenset("had did used got".split()) | w.MODALS | _NOT_MARKED
"""Verbs a story or a plan puts after 'tomorrow' in the past: 'Tomorrow we were to leave', 'Tomorrow he
had to move' (free indirect speech, obligation), modals, and verbs of saying and thinking ('Tomorrow
I thought I would call')."""
_SHARED_SUBJECT = frozenset(("and", "then"))
"""Words before a second past verb that shares the subject ("Tomorrow we went to the zoo and saw
the lions"): any other past verb after 'tomorrow' shows a story's past ("or so it seemed")."""
_PAST_FRAME = frozenset(
    """would was were had 'd ’d said told thought decided promised planned hoped knew wrote added
    announced""".split()
)
"""Words after the verb that show a story's past frame for 'tomorrow' ("Tomorrow they promised the
parts would arrive", "Tomorrow it rained, the forecast said")."""


class FutureTimePastVerb(GrammarRule):
    id = "grammar.future-time-past-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A past verb after 'tomorrow': 'Tomorrow we went to the zoo' ('will go')."
    why = (
        "'Tomorrow' places an event in the future, and its verb takes 'will', 'be going to' or the "
        "present: 'Tomorrow we will go', 'Tomorrow she starts'. Reported when 'tomorrow' opens the "
        "sentence (a comma after it may follow) and a subject pronoun and a verb the tagger reads as "
        "a simple past come straight after it. Left alone: 'was', 'were', 'had', 'did', 'got', 'used', "
        "modals and verbs of saying and thinking, and a sentence with 'would', 'was', 'said' and the "
        "like later on, or another past verb not joined by 'and' or 'then' to the first, which a story "
        "uses for a plan seen from the past ('Tomorrow we were to leave', "
        "'Tomorrow they promised the parts would arrive'); 'next week' and 'next year', which a story "
        "writes for 'the following week' ('Next year they won the league again'); and quotations. "
        "A future time that closes a plain clause ('next week', 'next spring', 'tomorrow', 'later "
        "this year', 'later today') is read too: the subject opens the sentence, its first verb is a "
        "simple past, and only the verb's object and phrases of place stand before the time ('The new "
        "bridge opened to traffic next spring': 'will open'). Left alone there: 'the next week', "
        "'until next week' and the like, verbs of arranging, deciding, saying and expecting, whose "
        "object may be the future thing ('We booked a table next Friday', 'announced layoffs next "
        "month'), and an event or a booked time before the time ('bought tickets for the concert next "
        "week')."
    )
    bad = (
        "Tomorrow we went to the zoo with the kids.",
        "Tomorrow she started her new job at the bank.",
        "Tomorrow, they flew to Oslo for the final. Tomorrow we went to the zoo and saw the lions.",
        "Our whole family traveled to Maine next week, my aunt said.",
        "My sister started her new job at the hospital next Monday.",
        "The firm launched its first electric van later this year.",
        "Tomorrow the school board voted on the calendar.",
        "The mayor and the city manager met with residents next Thursday.",
    )
    good = (
        "Tomorrow we will go to the zoo. Tomorrow she starts her new job.",
        "Tomorrow we were to leave for Paris. Tomorrow he had to move out.",
        "Next week we went back. Next year they won the league again.",
        "Tomorrow came and went. Tomorrow's meeting moved to Friday.",
        "Tomorrow I thought I would call her. Tomorrow they promised the parts would arrive.",
        "Tomorrow we started school, or so it seemed. Tomorrow we started school, and I cried.",
        '"Tomorrow we went," she wrote, mixing up her tenses.',
        "The bridge will open next spring. The next week we went back. It stayed open until next week.",
        "We booked a table next Friday, and the company announced layoffs next month.",
        "I bought tickets for the concert next week. If the bridge opened next spring, traffic would ease.",
        "She said she was leaving next week. I wish we left tomorrow. It's time we went later today.",
        "We went to the beach and swam next to the pier; they opened a new store next door.",
        "The council has canceled the meeting on Monday.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TOMORROW):
            if index != 0 or len(words) < 4:
                continue
            subject, at = words[1], 2
            if subject.low == "the":
                at = main_verb(doc, words, 1) or 0  # "Tomorrow the school board voted on it"
                if at < 3:
                    continue
            elif subject.low not in w.SUBJECT_PRONOUNS or not subject.joined:
                continue
            verb = words[at]
            if verb.low in _NOT_FUTURE_PAST or "VBD" not in w.verb_tags(verb.low):
                continue
            lemmas = w.verb_lemmas(verb.low)
            if not lemmas or lemmas[0] == verb.low or lemmas[0] in _NOT_FUTURE_PAST:
                continue
            if any(word.low in _PAST_FRAME for word in words[at + 1 :]):
                continue
            tags = sentence_tags(doc, words)
            if tags[at] != "VBD" or in_quotes(doc, verb.start):
                continue
            later = range(at + 1, len(words))
            if any(tags[other] == "VBD" and words[other - 1].low not in _SHARED_SUBJECT for other in later):
                continue  # "Tomorrow we started school, or so it seemed": a story's past goes on
            yield self._will(verb, lemmas[0], words[0].text)
        yield from self._closing(doc)

    def _will(self, verb: Word, lemma: str, marker: str) -> Finding:
        future = f"will {lemma}"
        return self.replace_word(
            verb, future, f"'{marker}' places this in the future: '{future}', not '{verb.text}'.", FixSafety.UNSAFE
        )

    def _closing(self, doc: Document) -> Iterator[Finding]:
        """A future time that closes a plain clause whose main verb is a simple past ("The new bridge
        opened to traffic next spring")."""
        lows = doc.lows
        for words, index in places(doc, [at for at in positions(doc, _FUTURE_OPENERS) if _future_time_at(lows, at)]):
            span = _future_span(words, index)
            if span is None or span[0] < 2:
                continue
            start, end = span
            if not _time_closes_clause(words, end):
                continue
            first = 1 if words[0].low in _OPENING_CONJUNCTIONS and words[0].joined else 0
            verb = main_verb(doc, words, first, limit=start)
            if verb is None or verb >= start or sentence_tags(doc, words)[verb] not in ("VBD", "VBN"):
                continue
            low = words[verb].low
            lemmas = w.verb_lemmas(low)
            if low in _NOT_FUTURE_PAST or not lemmas or lemmas[0] == low or lemmas[0] in _NOT_CLOSING_FUTURE_PAST:
                continue
            if not object_reaches_time(doc, words, verb + 1, start, low) or in_quotes(doc, words[verb].start):
                continue
            marker = " ".join(word.text for word in words[start : end + 1])
            yield self._will(words[verb], lemmas[0], marker)


_FUTURE_OPENERS = frozenset(("next", "tomorrow", "later"))
_NOT_CLOSING_FUTURE_PAST = _NOT_FUTURE_PAST | _ARRANGING | _ENACTING
"""Verbs whose object may be the future thing ("We booked a table next Friday", "The company
announced layoffs next month"): the time is the object's."""


def _future_time_at(lows: list[str], at: int) -> bool:
    """'next' and a unit, 'tomorrow', 'later today' or 'later this' and a span at ``at`` (the sift
    on the flat word list)."""
    low = lows[at]
    if low == "tomorrow":
        return True
    if low == "next":
        return at + 1 < len(lows) and lows[at + 1] in _LAST_UNITS
    return _today_or_this(lows, at)


def _future_span(words: list[Word], index: int) -> tuple[int, int] | None:
    """First and last index of the future time at ``index`` ("next spring", "tomorrow morning",
    "later this year"), or None when a determiner or a preposition before it gives it to a phrase
    ("the next week", "until next week", "by tomorrow")."""
    low = words[index].low
    if low == "tomorrow":
        end = (
            index + 1
            if index + 1 < len(words) and words[index].joined and words[index + 1].low in _DAY_PARTS
            else index
        )
    elif low == "next":
        end = index + 1
    else:
        end = _today_or_this_end(words, index)
    if end >= len(words) or not all(word.joined for word in words[index:end]):
        return None  # the candidates were read across a sentence's end
    if (
        index > 0
        and words[index - 1].joined
        and (words[index - 1].low in _NOT_BEFORE_MARKER or words[index - 1].low in w.DETERMINERS)
    ):
        return None
    return index, end


class SincePresent(GrammarRule):
    id = "grammar.since-present"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A present verb with 'since' and a point in time: 'I live here since 2010' ('have lived')."
    why = (
        "'Since 2010', 'since childhood', 'since last year' measure a span that reaches the present, "
        "and the verb takes the present perfect: 'I have lived here since 2010', 'we have been "
        "friends since childhood'. Only a personal pronoun opening the sentence, its present verb and "
        "a 'since' phrase that closes the clause are checked, with no other verb between; 'the first "
        "time since 1990' and 'the highest rate since 2008' (a superlative takes 'since') stay quiet, "
        "and so does 'since' meaning 'because' (it opens a clause). 'Is working since June' takes 'has been "
        "working'. 'For' and a length of time measure the same span when 'now' follows ('we live here for "
        "ten years now') or the verb is 'know' ('I know her for years') or 'be married', 'be friends'; "
        "otherwise 'we stay for two weeks' may be a plan, and stays quiet. A 'since' phrase may also "
        "open the sentence before a comma ('Since 1949, the country is ruled by one party': 'has been "
        "ruled'), with a pronoun, 'my', 'the' … and a noun, or a name as the subject; not 'be' before "
        "a word of amount or comparison ('Since January, sales are up 20%') nor 'it is' ('Since 1990, "
        "it is estimated that …')."
    )
    bad = (
        "I live in this house since 2010.",
        "We are friends since childhood.",
        "She works at the bank since last year.",
        "She is teaching at the school since September.",
        "He is in hospital since Monday and cannot walk.",
        "They own the shop for six years now.",
        "We know each other for twenty years.",
        "They are married for thirty years.",
        "My aunt plays chess since she was a schoolgirl.",
        "We know each other since we were at primary school.",
        "The club plays its home games here since 1998.",
        "He moved to Hull in 2004 and he works at the docks since then.",
        "Since 1949, the country is ruled by one party.",
        "Since last year, she works at the hospital, and since May 2019, my brother lives with us.",
        "Since 2010 he lives in the valley and guides hikers.",
    )
    good = (
        "I have lived in this house since 2010.",
        "It is the first time since 1990, and we see the highest rate since 2008.",
        "I stay home since it rains.",
        "He says prices rose since 2010.",
        "She has been teaching at the school since September.",
        "We stay in Rome for two weeks. I know it for a fact. We are here for two weeks.",
        "They have owned the shop for six years now. Now that prices rise, we wait for a few days now and then.",
        "My aunt has played chess since she was a schoolgirl. I trust him less since he was rude to me.",
        "We stay indoors, since we were told to. Since she was a child, she has painted.",
        "The club is worth more since 1998 and busier since the war; it is the club's best season since 1998.",
        "He moved to Hull in 2004, and he has worked at the docks since then.",
        "I know nothing about it since I was at school all day. He is eligible since he was a student in 2020.",
        "Since January, sales are up 20%. Since 2010, prices are higher.",
        "Since 2015 data is missing, we use 2014. Since 1990, it is estimated that the forest has halved.",
        "Since then, I have lived here. Since 2020, the Smiths have run the shop.",
        "Since 2010 he has lived in the valley. Since 2010 prices are higher. Since 2015 data is missing.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _SINCE)
            if (position > 1 or doc.tokens[position].sentence_start)
            and position < last
            and _since_point(lows[position + 1], lows[position + 2] if position + 2 <= last else "")
        ]
        candidates += [  # 'for' and a length of time: with 'now' after it, or after 'know' or 'be'
            position
            for position in positions(doc, _SPAN_UNITS)
            if position > 2
            and (
                lows[position - 1] == "for"
                or ("for" in lows[position - 4 : position - 1] and lows[position - 1] in _SPAN_AMOUNTS)
            )
            and (
                (position < last and lows[position + 1] == "now")
                or not _STATE_TRIGGERS.isdisjoint(lows[max(0, position - 12) : position])
            )
        ]
        candidates += [
            position
            for position in positions(doc, _SINCE)
            if 1 < position < last - 2 and lows[position + 1] in w.SUBJECT_PRONOUNS and lows[position + 2] in _WAS_WERE
        ]
        if len(candidates) > 1:
            candidates.sort()
        for words, index in places(doc, candidates):
            if index == 0 and words[0].low == "since":
                end = _since_point_end(words, 0)
                found = None if end is None else _opening_since(doc, words, end)
                if found is not None and end is not None:
                    yield self._report(words, found, 0, end)
                continue
            if words[index].low == "since" and index + 1 < len(words) and words[index + 1].low in w.SUBJECT_PRONOUNS:
                clause_end = _life_stage_end(words, index)
                if clause_end is None:
                    continue
                end = clause_end
            elif words[index].low != "since":
                span = _span_for(words, index)
                if span is None:
                    continue
                index, end = span
            else:
                since_end = _since_point_end(words, index)
                if since_end is None:
                    continue
                end = since_end
            found = _verb_before_marker(doc, words, index, end, since=True)
            if found is None or in_quotes(doc, words[index].start):
                continue
            if words[end].low != "now" and words[index].low == "for" and not _lasting_state(words, found[0]):
                continue  # "we stay for two weeks": a plan
            yield self._report(words, found, index, end)

    def _report(self, words: list[Word], found: Slip, start: int, end: int) -> Finding:
        at, last_at, perfect = found
        verb = words[at]
        return self.finding(
            verb.start,
            words[last_at].end,
            f"With '{' '.join(word.text for word in words[start : end + 1])}', use the present perfect: "
            f"'{perfect}', not '{' '.join(word.text for word in words[at : last_at + 1])}'.",
            suggestions=(match_case(perfect, verb.text),),
            fix=FixSafety.UNSAFE,
        )


def _since_point_end(words: list[Word], index: int) -> int | None:
    """The last index of the point in time after 'since' at ``index`` ('2010', 'last year', 'May
    2019', 'June 5'), or None ('may' in lower case is the verb)."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    end = index + 2 if words[index + 1].low == "last" else index + 1
    if end >= len(words) or (words[end].low in MONTHS and not words[end].capitalised):
        return None
    if end + 1 < len(words) and words[end].joined and _day_or_year(words[end + 1].low):
        end += 1  # "since May 2019", "since June 5"
    return end


def _opening_since(doc: Document, words: list[Word], end: int) -> Slip | None:
    """'Since 1949, China is ruled by …', 'Since last year, she works at …': a 'since' phrase that
    opens the sentence and ends at a comma (at ``end``), then a plain clause whose subject (a
    personal pronoun, 'my', 'the' … and a noun, a name) has a present verb. Not 'be' before a word
    of amount or comparison ("Since January, sales are up 20%", "prices are higher"), which news
    writes with the present, nor 'it' ("Since 1990, it is estimated that …": a report of now)."""
    first = end + 1
    if first + 2 >= len(words) or in_quotes(doc, words[0].start):
        return None
    if words[end].joined and not (words[end].text.isdigit() and words[first].low in _PERSONAL_SUBJECTS):
        return None  # "Since 2010 he lives in …" needs no comma: a year, then a subject pronoun
    found = _subject(words, first, owners=_PERFECT_OWNERS) or _bare_subject(words, first)
    if found is None or words[first].low == "it":
        return None
    subject_end, person = found
    at = _after_subject(words, subject_end)
    if at >= len(words) or not words[subject_end].joined:
        return None
    slip = _present_verb(doc, words, person, at, since=True)
    if slip is None or (words[at].low in _BE_FORMS and _amount_after(words, at + 1)):
        return None
    return slip


_PERSONAL_SUBJECTS = frozenset("i he she we they you".split())


def _amount_after(words: list[Word], at: int) -> bool:
    """After 'be', a word of amount or comparison ('up', 'down', 'higher', 'more'): a state now."""
    if at >= len(words):
        return True
    low = words[at].low
    return low in _AMOUNT_STATES or (low.endswith("er") and "ADJ" in w.tags(low)) or w.is_numeral(low)


_AMOUNT_STATES = frozenset("up down off back more less fewer still now already over higher lower".split())


_WAS_WERE = frozenset(("was", "were"))
_LIFE_STAGES = frozenset(
    """
    child children kid kids boy boys girl girls baby babies toddler toddlers teenager teenagers teen teens
    young younger little small student students pupil pupils undergraduate undergraduates born school college
    university kindergarten nursery schoolboy schoolgirl schoolchildren youngster youngsters adolescent
    """.split()
)
"""What follows 'since I was', 'since we were' when 'since' can only be a time: a stage of life
("since I was a child", "since we were at school", "since she was born") or an age ("since he was
ten"). 'Since' meaning 'because' takes other clauses ("since he was late, we left")."""
_STAGE_FILLERS = frozenset("a an at in only still very quite just primary secondary high".split())


_THEN_WORDS = frozenset("then time day night week month year yesterday".split())
"""A past time in the 'since' clause dates one state, not a start: 'since' then means 'because' ("I
know nothing about it since I was at school all day", "since he was a teenager at the time")."""


def _life_stage_end(words: list[Word], since: int) -> int | None:
    """Last index of "since I was a child", "since we were at school together", "since she was ten":
    'since', a subject pronoun, 'was' or 'were', up to two filler words and a stage of life or an age,
    then at most three more words with no verb to the end of the sentence; None otherwise."""
    at = since + 3
    if not all(word.joined for word in words[since : since + 3]):
        return None
    while at < len(words) and at < since + 5 and words[at].low in _STAGE_FILLERS and words[at - 1].joined:
        at += 1
    if at >= len(words) or not words[at - 1].joined:
        return None
    low = words[at].low
    age = (low in w.CARDINALS and low not in ("one", "a")) or (low.isdigit() and len(low) <= 2)
    if not (low in _LIFE_STAGES or age):
        return None
    rest = words[at + 1 :]
    if len(rest) > 3 or not all(word.joined for word in rest[:-1]) or any(w.verb_tags(word.low) for word in rest):
        return None
    if any(word.low in _THEN_WORDS or (word.low.isdigit() and len(word.low) == 4) for word in rest):
        return None  # "eligible since he was a student in 2020", "since I was at school all day": because
    return len(words) - 1


def _lasting_state(words: list[Word], at: int) -> bool:
    """A present at ``at`` that cannot be a plan with 'for' and a length of time: 'know', or 'be' with
    'married', 'friends', 'together' ("we are married for twenty years")."""
    if words[at].low in _KNOW:
        return True
    return words[at].low in _BE_FORMS and at + 1 < len(words) and words[at + 1].low in _TOGETHER_STATES


_TOGETHER_STATES = frozenset("married friends together engaged partners neighbours neighbors".split())
_STATE_TRIGGERS = _KNOW | _TOGETHER_STATES


def _span_for(words: list[Word], unit: int) -> tuple[int, int] | None:
    """('for', last word) of "for ten years now", "for a few months now", "for years now", or of "for
    ten years" that closes its clause, the unit at ``unit``; None if the words before the unit are not
    'for' and an amount ('a while' needs its 'a')."""
    start = unit - 1
    while start > 0 and words[start].low in _SPAN_AMOUNTS and unit - start <= 3:
        start -= 1
    if words[start].low != "for" or (start == unit - 1 and words[unit].low == "while"):
        return None
    if not all(word.joined for word in words[start:unit]):
        return None
    if unit + 1 < len(words) and words[unit].joined and words[unit + 1].low in _NOW:
        return start, unit + 1
    return start, unit


def _since_point(low: str, following: str) -> bool:
    """'Since' is followed by a point in time: a year, a month, a day, 'childhood', 'last year'."""
    return _is_year(low) or low in _SINCE_POINTS or (low == "last" and following in _LAST_UNITS)


def _is_year(low: str) -> bool:
    return len(low) == 4 and low.isdigit() and low[:2] in ("16", "17", "18", "19", "20")


def _day_or_year(low: str) -> bool:
    return low.isdigit() and len(low) <= 4


# -- 'be' with a verb that has no passive -----------------------------------------------------------

NEVER_PASSIVE = frozenset(
    "happen occur exist consist belong die seem appear emerge result remain arrive vanish matter depend rely".split()
)
"""Verbs with no object, so no passive: "it was happened", "is consist of", "are belong to" are slips."""
_PARTICIPLES = {
    "happened": "happen",
    "occurred": "occur",
    "existed": "exist",
    "consisted": "consist",
    "belonged": "belong",
    "died": "die",
    "seemed": "seem",
    "appeared": "appear",
    "emerged": "emerge",
    "resulted": "result",
    "remained": "remain",
    "arrived": "arrive",
    "vanished": "vanish",
    "mattered": "matter",
}
"""Their participles; not 'depended' and 'relied', which have a prepositional passive ("can be
depended on")."""
_BARE = frozenset(NEVER_PASSIVE - {"die", "result", "matter"})
"""Their bare forms, less those that are also nouns ("the result", "the die")."""
_PREPOSITIONAL_PASSIVE = {"arrived": "at", "happened": "upon"}
"""'The figure was arrived at', 'a cabin was happened upon': passives of a verb and its preposition."""
_BE_TENSES = {"is": "VBZ", "are": "VB", "am": "VB", "was": "VBD", "were": "VBD", "been": "VBN", "be": "VB"}
_NO_PASSIVE_ADVERBS = w.MID_ADVERBS - frozenset(("not", "never", "long", "since", "once", "then", "yet", "now"))


class NoPassive(GrammarRule):
    id = "grammar.no-passive"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Be' with a verb that has no passive: 'it was happened', 'is consist of', 'has been occurred'."
    why = (
        "'Happen', 'occur', 'exist', 'consist', 'belong', 'die', 'seem', 'appear', 'emerge', 'result', "
        "'remain', 'arrive', 'vanish', 'depend' and 'rely' take no object, so they have no passive: "
        "'it happened', 'the team consists of five', 'the book belongs to me', 'it has occurred', "
        "'it depends on'. The form of 'be' goes and the verb takes its tense. Prepositional passives "
        "stay quiet ('the figure was arrived at', 'he can be relied on'), and so do contractions "
        "('it's happened' is 'it has happened')."
    )
    bad = (
        "The accident was happened on Monday.",
        "The team is consist of five players.",
        "These books are belong to the library.",
        "It has been occurred twice, and the outcome is depend on the weather.",
        "He was died in 1990.",
    )
    good = (
        "The accident happened on Monday; the team consists of five players.",
        "The figure was arrived at after weeks of talks; he can be relied on and depended upon.",
        "It's happened before, and the result is clear.",
        "These books belong to the library; it has occurred twice.",
        "The die is cast.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        candidates = [
            position
            for position in positions(doc, _PARTICIPLE_TRIGGERS)
            if position > 0
            and (lows[position - 1] in _BE_TENSES or (position > 1 and lows[position - 2] in _BE_TENSES))
        ]
        for words, index in places(doc, candidates):
            verb = words[index]
            be_index = index - 1
            if be_index >= 0 and words[be_index].low in _NO_PASSIVE_ADVERBS:
                be_index -= 1
            if be_index < 0 or words[be_index].low not in _BE_TENSES or verb.capitalised:
                continue
            if not all(word.joined for word in words[be_index:index]):
                continue
            be = words[be_index]
            lemma = _PARTICIPLES.get(verb.low) or (verb.low if verb.low in _BARE else None)
            if lemma is None:
                continue
            following = words[index + 1].low if index + 1 < len(words) and verb.joined else ""
            if following == _PREPOSITIONAL_PASSIVE.get(verb.low) or in_quotes(doc, verb.start):
                continue
            if be.low == "be" and not (be_index > 0 and words[be_index - 1].low in _MODALS_BEFORE_BE):
                continue  # "should old acquaintance be forgot": only 'will be', 'can be' …
            suggestions = _no_passive_forms(lemma, be.low, words[be_index + 1 : index], participle=verb.low != lemma)
            if not suggestions:
                continue
            yield self.finding(
                be.start,
                verb.end,
                f"'{lemma.capitalize()}' has no passive: write '{suggestions[0]}', not "
                f"'{' '.join(word.text for word in words[be_index : index + 1])}'"
                + (f" (or '{suggestions[1]}')." if len(suggestions) > 1 else "."),
                suggestions=tuple(match_case(item, be.text) for item in suggestions),
                fix=FixSafety.UNSAFE,
            )


def _no_passive_forms(lemma: str, be: str, adverbs: list[Word], participle: bool) -> tuple[str, ...]:
    """What replaces 'be' (and the adverb) and the verb: the verb in the tense of 'be' ("was
    happened" → "happened", "is consist" → "consists"), and after a present 'be' and a participle
    also the perfect ("is already happened" → "has already happened"), first for an event."""
    middle = "".join(word.text + " " for word in adverbs)
    form = w.verb_form(lemma, _BE_TENSES[be])
    if form is None:
        return ()
    simple = middle + form
    if not participle or be not in ("is", "are", "am"):
        return (simple,)
    perfect = ("has " if be == "is" else "have ") + middle + (w.verb_form(lemma, "VBN") or form)
    return (perfect, simple) if lemma in _EVENTS else (simple, perfect)


_EVENTS = frozenset("happen occur die arrive emerge vanish appear result".split())
"""Verbs of events: "it is happened" most likely means "it has happened"."""
_PARTICIPLE_TRIGGERS = frozenset(_PARTICIPLES) | _BARE
_MODALS_BEFORE_BE = w.MODALS | w.NEGATED_MODALS | frozenset(("to",))


# -- 'if' with 'would have' -------------------------------------------------------------------------

_IF = frozenset(("if",))
_WISH = frozenset(("wish", "wishes", "wished"))
_WOULD = frozenset(("would", "would've", "would’ve"))
_WOULD_CONTRACTED = frozenset("i'd you'd he'd she'd we'd they'd it'd".split())
_HAVE_AFTER_WOULD = frozenset(("have", "of"))
_IF_OPENERS = frozenset("even and but only so".split())
_WHETHER_VERBS = frozenset(
    """
    ask asks asked wonder wonders wondered know knows knew see sees saw check checked doubt doubted
    question unsure sure tell told decide decided learn learned find found consider considered
    determine determined remember remembered say said inquire inquired enquire enquired
    """.split()
)
"""Verbs after which 'if' means 'whether' ("I asked if he would have time"): left alone."""
_IF_SUBJECTS = _SUBJECTS | frozenset("someone anyone somebody anybody nobody everyone everybody people".split())
_COUNTERFACTUAL = frozenset("would could might should".split())


class IfWouldHave(GrammarRule):
    id = "grammar.if-would-have"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'If I would have known': an unreal past condition takes 'had' ('If I had known')."
    why = (
        "A condition about the past that did not happen takes the past perfect in the 'if' clause and "
        "'would have' in the other: 'If I had known, I would have come', not 'If I would have known'. "
        "Only an 'if' that opens the sentence, or follows a clause with 'would have', is checked: "
        "after 'ask', 'wonder', 'know' and the like 'if' means 'whether' ('I asked if he would have "
        "time'), and 'as if' is left alone. A wish about the past takes 'had' too: 'I wish I had "
        "known', not 'I wish I would have known'. With an 'if' clause in the past perfect, 'would', "
        "'could' or 'might' and a bare verb before a past time in their own clause ('yesterday', 'last "
        "week', 'two years ago') take 'have': 'If the bus had come, I would arrive early yesterday' → "
        "'would have arrived'; a present or no time is a mixed condition and right ('If I had taken the "
        "job, I would be rich now')."
    )
    bad = (
        "If I would have known, I would have come.",
        "If the council would have acted sooner, the bridge would still stand.",
        "We would have won if they would have listened.",
        "Even if she would've tried, it was too late.",
        "I wish I would have studied harder, and she wishes that she would have stayed.",
        "I wish I would have more time, and we wish we would be closer to home.",
        "If I would know the answer, I would tell you.",
        "If we would have more money, we would buy a house.",
        "If she would know the truth, she would be furious. If he would be taller, he could play.",
        "If the bus had come on time, I would arrive early yesterday.",
    )
    good = (
        "If I had known, I would have come.",
        "I asked if he would have time, and I wonder if they would have agreed.",
        "It looked as if he would have won.",
        "If you would have a seat, the doctor will see you.",
        "I wish I had studied harder; I wish you would have a look; she wished they would have time.",
        "I wish I had more time; I wish I would stop; I wish he would be quiet; we wish we were closer.",
        "If I knew the answer, I would tell you. If you would have a seat, I would be grateful.",
        "If I would be of help, call me.",
        "If he would be willing to help, we would be grateful. If it would be possible, I would like a room.",
        "If he would have a look at it, I would be grateful; if she would have a word with him, it would help.",
        "If I had taken the job, I would be rich now.",
        "If he had seen it, he could describe the car that hit her yesterday.",
    )
    fixed = ()
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] + 1
    """Kept over grammar.modal-of's 'would have' for "if he would of known": 'had' is the fix."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._past_time_would(doc)
        lows = doc.lows
        last = len(lows) - 3
        candidates = [
            position
            for position in positions(doc, _IF)
            if position < last
            and (
                lows[position + 1] in _WOULD_CONTRACTED
                or lows[position + 2] in _WOULD
                or lows[position + 3] in _WOULD
                or (position + 4 < len(lows) and lows[position + 4] in _WOULD)
            )
        ]
        wishes = [
            position
            for position in positions(doc, _WISH)
            if position < last and (lows[position + 2] in _WOULD or lows[position + 3] in _WOULD)
        ]
        for words, index in places(doc, sorted(candidates + wishes)):
            wish = words[index].low in _WISH
            if wish and index + 1 < len(words) and words[index + 1].low == "that" and words[index].joined:
                index += 1  # "wish that I would have"
            found = _would_have(words, index)
            if found is None and not in_quotes(doc, words[index].start):
                stative = _wish_stative(words, index) if wish else _if_stative(words, index)
                if stative is not None:
                    first, end, past = stative
                    yield self.finding(
                        words[first].start,
                        words[end].end,
                        f"An unreal {'wish' if wish else 'condition'} about the present takes the past: '{past}', not "
                        f"'{' '.join(word.text for word in words[first : end + 1])}'.",
                        suggestions=(past,),
                        fix=FixSafety.UNSAFE,
                    )
                continue
            if found is None or in_quotes(doc, words[index].start):
                continue
            if not wish and not _unreal_if(words, index):
                continue
            first, end, replacement = found
            yield self.finding(
                words[first].start,
                words[end].end,
                f"An unreal past condition takes 'had': '{replacement}', not "
                f"'{' '.join(word.text for word in words[first : end + 1])}'.",
                suggestions=(match_case(replacement, words[first].text),),
                fix=FixSafety.UNSAFE,
            )

    def _past_time_would(self, doc: Document) -> Iterator[Finding]:
        """'If the bus had come on time, I would arrive early yesterday': with an 'if' clause in the
        past perfect, 'would', 'could' or 'might' and a bare verb before a past time in their own
        clause ('yesterday', 'last week', 'two years ago') take 'have' and the participle ('would
        have arrived'). A present or no time is a mixed condition and right ("If I had taken the job,
        I would be rich now"); so is a time inside the 'if' clause ("if you had told me yesterday")."""
        done: set[int] = set()
        for words, index in occurrences(doc, _IF):
            if id(words) in done or not _past_perfect_after(words, index):
                continue
            done.add(id(words))
            for at in range(len(words) - 2):
                if words[at].low not in _UNREAL_MODALS or not words[at].joined:
                    continue
                verb = words[at + 1]
                if verb.capitalised or verb.low in ("have", "of") or "VB" not in w.verb_tags(verb.low):
                    continue
                participle = w.verb_form((w.verb_lemmas(verb.low) or (verb.low,))[0], "VBN")
                if participle is None or not _past_time_in_clause(words, at + 2):
                    continue
                if sentence_tags(doc, words)[at + 1] != "VB" or in_quotes(doc, verb.start):
                    continue
                modal = words[at].text
                fixed = f"{modal} have {participle}"
                yield self.finding(
                    words[at].start,
                    verb.end,
                    f"A past that did not happen takes 'have' and the participle: '{fixed}', not "
                    f"'{modal} {verb.text}'.",
                    suggestions=(fixed,),
                    fix=FixSafety.UNSAFE,
                )


_UNREAL_MODALS = frozenset(("would", "could", "might"))
_CLAUSE_STOPS = frozenset(
    """if because when but although though since unless while so and that which who whom whose what where how
    than i he she we they""".split()
)
"""Words that open another clause or a subject: the search for the modal's past time stops there."""
_PAST_TIME_HEADS = frozenset(("yesterday", "last", "ago"))
"""Words that head or end a past time ('yesterday', 'last week', 'two years ago'), read by :func:`_marker_span`."""


def _past_perfect_after(words: list[Word], index: int) -> bool:
    """The 'if' at ``index`` opens a clause in the past perfect: its subject (up to four words),
    'had' (and 'not' or an adverb) and a participle ("if the bus had come", "if it had not rained")."""
    for at in range(index + 2, min(index + 6, len(words) - 1)):
        if not words[at - 1].joined:
            return False
        if words[at].low != "had":
            continue
        verb = at + 1
        if verb + 1 < len(words) and (words[verb].low == "not" or words[verb].low in w.MID_ADVERBS):
            verb += 1
        return "VBN" in w.verb_tags(words[verb].low) and words[verb - 1].joined
    return False


def _past_time_in_clause(words: list[Word], start: int) -> bool:
    """A past time ('yesterday', 'last' and a time noun, a span and 'ago') from ``start`` to the end
    of the clause (a comma or a word such as 'if', 'because', 'and' ends it)."""
    for at in range(start, len(words)):
        if not words[at - 1].joined or words[at].low in _CLAUSE_STOPS:
            return False
        low = words[at].low
        if low not in _PAST_TIME_HEADS:
            continue
        if low == "last":
            following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
            if following not in w.TIME_NOUNS and following not in MONTHS and following not in DAYS:
                continue  # "would finish last": a place, not a time
        if _marker_span(words, at) is not None:
            return True
    return False


_STATIVE_PAST = {"have": "had", "be": "were", "know": "knew", "own": "owned", "understand": "understood"}
"""States that a wish puts in the past ("I wish I had more time", "I wish I were taller"); not
actions, where 'I wish I would stop' may be a wish about one's own will."""
_WISHERS = frozenset(("i", "we"))


def _wish_stative(words: list[Word], index: int) -> tuple[int, int, str] | None:
    """(first, last, past) of 'would have' in "I wish (that) I would have more time": the same
    pronoun before 'wish' and after it, then 'would' and a verb of state."""
    wish = index - 1 if words[index].low == "that" else index
    if wish < 1 or index + 3 >= len(words) or words[wish - 1].low not in _WISHERS or words[wish].low != "wish":
        return None
    subject, would, verb = words[index + 1], words[index + 2], words[index + 3]
    if subject.low != words[wish - 1].low or would.low != "would" or verb.low not in _STATIVE_PAST:
        return None
    if not all(word.joined for word in words[wish - 1 : index + 3]):
        return None
    return index + 2, index + 3, _STATIVE_PAST[verb.low]


def _if_stative(words: list[Word], index: int) -> tuple[int, int, str] | None:
    """(first, last, past) of 'would know' in "If I would know, I would tell you": 'if' opening the
    sentence, 'I', 'we', 'he', 'she' or 'they', 'would' and a verb of state, and 'would' again after a
    comma. Not 'you' ('if you would have a seat' is a polite request)."""
    if index != 0 or index + 4 >= len(words) or words[index + 1].low not in _STATIVE_SUBJECTS:
        return None
    would, verb = words[index + 2], words[index + 3]
    if words[index + 1].low not in _WISHERS and verb.low == "be" and words[index + 4].low in _WILLING:
        return None  # "If he would be willing to help, …": his will, not a state
    action = index + 5 < len(words) and words[index + 4].low in ("a", "an") and words[index + 5].low in _HAVE_ACTIONS
    if verb.low == "have" and action:
        return None  # "If he would have a look at it, …": an action he is asked for, not a state
    if (
        would.low != "would"
        or verb.low not in _STATIVE_PAST
        or not all(word.joined for word in words[index : index + 3])
    ):
        return None
    comma = next((at for at in range(index + 3, len(words)) if not words[at].joined), None)
    if comma is None or not any(word.low in w.WOULD_FORMS for word in words[comma + 1 : comma + 4]):
        return None
    return index + 2, index + 3, _STATIVE_PAST[verb.low]


_HAVE_ACTIONS = frozenset("look word go try think chat seat rest drink bite listen glance peek read talk".split())
"""Nouns that make 'have a …' an action ('have a look', 'have a word'): 'if he would have a look' is
a request, not a state put in the wrong tense."""
_STATIVE_SUBJECTS = _WISHERS | frozenset(("he", "she", "they"))
"""Subjects of "If he would know …"; not 'you' (a request) nor 'it' ("if it would be possible")."""
_WILLING = frozenset("willing so kind prepared happy good able interested available ready".split())


def _would_have(words: list[Word], index: int) -> tuple[int, int, str] | None:
    """(first, last, replacement) of 'would have' (or "I'd have", "would've") after the subject of
    the 'if' at ``index``, when a past participle follows it."""
    at = index + 1
    if at >= len(words) or not words[index].joined:
        return None
    if words[at].low in _WOULD_CONTRACTED:
        pronoun = words[at].text[: words[at].text.index(words[at].text[-2])]
        first, at = at, at + 1
        prefix = pronoun + " had"
    else:
        subject_end = _subject_end(words, at)
        if subject_end is None or subject_end + 1 >= len(words) or words[subject_end + 1].low not in _WOULD:
            return None
        first, at = subject_end + 1, subject_end + 2
        prefix = "had"
        if words[first].low != "would":  # "would've"
            at -= 1
            if not words[first].joined:
                return None
            return _participle_after(words, first, first, prefix)
    if at >= len(words) or not words[at - 1].joined or words[at].low not in _HAVE_AFTER_WOULD:
        return None
    return _participle_after(words, first, at, prefix)


def _participle_after(words: list[Word], first: int, have: int, prefix: str) -> tuple[int, int, str] | None:
    at = have + 1
    if at >= len(words) or not words[have].joined or words[at].capitalised:
        return None
    found = w.verb_tags(words[at].low)
    if "VBN" not in found or (found & {"VB", "VBP"} and words[at].low not in ("come", "become", "run")):
        return None  # "if you would have a seat": 'have' is the verb
    return first, have, prefix


def _subject_end(words: list[Word], at: int, followers: frozenset[str] = _WOULD) -> int | None:
    """Last index of the subject starting at ``words[at]``: a pronoun, a name, or a determiner and
    its noun with up to two adjectives ("the new council"), which one of ``followers`` follows."""
    word = words[at]
    if word.low in _IF_SUBJECTS:
        return at
    if word.capitalised and not w.tags(word.low):
        return at
    if word.low not in w.DETERMINERS:
        return None
    for end in range(at + 1, min(at + 4, len(words))):
        if not words[end - 1].joined:
            return None
        if end + 1 < len(words) and words[end + 1].low in followers and "NOUN" in w.tags(words[end].low):
            return end
        if not w.tags(words[end].low) & {"ADJ", "NOUN"}:
            return None
    return None


def _unreal_if(words: list[Word], index: int) -> bool:
    """The 'if' opens the sentence ("If I …", "Even if …"), or follows a clause with 'would have'
    ("we would have won if …") and no verb that makes it 'whether'."""
    if index == 0 or (index == 1 and words[0].low in _IF_OPENERS and words[0].joined):
        return True
    previous = words[index - 1].low
    if previous in _WHETHER_VERBS or previous == "as" or (previous == "even" and index > 1):
        return previous == "even" and not words[index - 2].joined
    return any(
        (words[at].low in _COUNTERFACTUAL and words[at + 1].low == "have") or words[at].low.endswith("'ve")
        for at in range(max(0, index - _WINDOW), index - 1)
    )


# -- 'be used to' and 'used to' ---------------------------------------------------------------------

_USED = frozenset(("used",))
_USE = frozenset(("use",))
_USED_OR_USE = _USED | _USE
_ACCUSTOMED_BE = {
    "am": "i",
    "i'm": "",
    "is": "he she",
    "he's": "",
    "she's": "",
    "are": "we you",
    "we're": "",
    "you're": "",
}
"""Present forms of 'be' and the persons that may stand before them ("" for a contraction that
holds its own): 'I am used to working'. Not 'was' and 'were' ("she was used to lure him" is the
passive of 'use'), nor 'they' and 'it' (things are used to do things)."""
_GET = frozenset("get gets got gotten getting become became".split())
_BEFORE_GET = (
    frozenset("i you he she we i'll you'll he'll she'll we'll to never not just soon finally quickly".split())
    | frozenset("eventually slowly gradually already can could will would should must might".split())
    | w.NEGATED_MODALS
    | frozenset("don't didn't won't don’t didn’t won’t".split())
)
_KIN = frozenset(
    """father mother dad mum mom parents brother sister brothers sisters wife husband son daughter sons
    daughters grandfather grandmother grandparents uncle aunt cousin partner boyfriend girlfriend family
    kids children boss friend friends neighbour neighbours neighbor neighbors""".split()
)
"""People a possessive names as a subject of 'is used to' ("my father is used to get up early"): not
'the workers are used to build it', which may be the passive of 'use'."""
_ACCUSTOMED_ADVERBS = frozenset(
    "so quite very really already not never well pretty completely fully totally all just still now".split()
)


class UsedToForm(GrammarRule):
    id = "grammar.used-to-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I am used to work' ('used to working') and 'I use to go' ('I used to go')."
    why = (
        "'Be used to' and 'get used to' mean 'be accustomed to', and their 'to' is a preposition: 'I am "
        "used to working late', 'you will get used to living here'. 'Used to' alone is a past habit "
        "and takes the bare verb: 'I used to go there', which is also what 'I use to go' means. "
        "Left alone: 'it is used to cut wood' and 'they were used to carry messages' (the passive of "
        "'use'), 'did you use to', and the tools 'we use to measure' (a relative clause)."
    )
    bad = (
        "I am used to work late.",
        "She's used to drive on the left, and you'll get used to live here.",
        "I use to go there every summer.",
        "We use to live in Paris, and they use to play there.",
        "We never get used to wake up so early.",
        "I am still not used to drive on the left, and she is not really used to share.",
        "My father is used to get up at five, and our kids are used to walk to school.",
        "She used to living in Paris as a student.",
        "When we were young, we often used to playing in the street.",
        "Patrons who use to visit the bookmobile can find it here now, and our family use to run a farm.",
    )
    good = (
        "I am used to working late, and I used to go there.",
        "The tool is used to cut wood; they were used to carry messages.",
        "Did you use to drink? The words we use to describe it matter.",
        "I am used to live music; we use it to clean the floor; the brush we use to clean it is old.",
        "What language do you use to communicate? This could be used to save lives.",
        "The money gets used to pay the bills.",
        "She used to live in Paris; she was used to living alone; we got used to working late.",
        "The tools they used to cutting stone were found; I'm used to being told no.",
        "I am still not used to driving on the left; it is still now used to store grain.",
        "The workers are used to build the wall; my father is used to getting up at five.",
        "Anyone who uses it to clean will see; the crews who use it to cut wood left; the kit we use to test.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _USED_OR_USE)
            if position < last
            and lows[position + 1] == "to"
            and (_maybe_bare(lows[position + 2]) or _habit_ing(lows[position + 2]))
        ]
        for words, index in places(doc, candidates):
            if index + 2 < len(words) and _habit_ing(words[index + 2].low):
                finding = self._habit_with_ing(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if words[index + 1].low != "to" or words[index + 2].low == "be":
                continue
            # after a habit's 'use to' no adjective can stand ("we use to live here"); after 'used to' it can
            if not _bare_only(doc, words, index + 2, adjective=words[index].low == "use"):
                continue
            verb = words[index + 2]
            if in_quotes(doc, verb.start):
                continue
            if words[index].low == "used" and _accustomed(words, index):
                gerund = _gerund(verb.low)
                if gerund is not None:
                    yield self.replace_word(
                        verb,
                        match_case(gerund, verb.text),
                        f"'Used to' here means 'accustomed to' and takes the -ing form: 'used to {gerund}'.",
                        FixSafety.UNSAFE,
                    )
            elif words[index].low == "use" and _habit_subject(words, index):
                use = words[index]
                yield self.replace_word(
                    use,
                    match_case("used", use.text),
                    f"For a past habit write 'used to {verb.text}', not 'use to {verb.text}'.",
                    FixSafety.UNSAFE,
                )

    def _habit_with_ing(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'She used to living in Paris': after a pronoun that opens its clause, 'used to' with no
        'be' or 'get' is the past habit, which takes the bare verb ('used to live'); 'was used to
        living' (accustomed) is the other reading the writer may have meant."""
        if words[index].low != "used" or not (words[index].joined and words[index + 1].joined):
            return None
        back = index - 1
        if back > 0 and words[back].low in _HABIT_ADVERBS and words[back].joined:
            back -= 1
        if back < 0 or words[back].low not in _HABIT_SUBJECTS or not words[back].joined:
            return None
        if back > 0 and words[back - 1].joined and words[back - 1].low not in w.CLAUSE_OPENERS | {"and", "but"}:
            return None  # "the methods they used to ...": a relative clause
        verb = words[index + 2]
        bare = _lemma_of_ing(verb.low)
        if bare is None or verb.capitalised or in_quotes(doc, verb.start):
            return None
        return self.replace_word(
            verb,
            bare,
            f"For a past habit write 'used to {bare}'; for 'accustomed to', 'was used to {verb.text}'.",
            FixSafety.UNSAFE,
        )


_HABIT_SUBJECTS = w.PERSON_SUBJECTS
_HABIT_ADVERBS = frozenset("never always often once also still usually".split())


def _habit_ing(low: str) -> bool:
    """An '-ing' form that is nothing but one ("living", "working"): the cheap sift."""
    return low.endswith("ing") and w.verb_tags(low) == {"VBG"}


def _lemma_of_ing(low: str) -> str | None:
    lemmas = w.verb_lemmas(low)
    return lemmas[0] if len(lemmas) == 1 and lemmas[0] not in w.AUXILIARIES else None


def _accustomed(words: list[Word], index: int) -> bool:
    """'Used' at ``index`` follows 'am', 'is', 'are' after a person ("I am (so) used to"), or a form
    of 'get' or 'become' ("you'll get used to")."""
    back = index - 1
    while back >= index - 2 and back >= 0 and words[back].low in _ACCUSTOMED_ADVERBS and words[back].joined:
        back -= 1  # "I am still not used to", "I'm not really used to"
    if back < 0 or not words[back].joined:
        return False
    low = words[back].low
    if low in _GET:
        return back == 0 or (words[back - 1].joined and words[back - 1].low in _BEFORE_GET)
    persons = _ACCUSTOMED_BE.get(low)
    if persons is None:
        return False
    if not persons:
        return True
    if (
        back > 1
        and low in ("is", "are")
        and words[back - 1].low in _KIN
        and words[back - 2].low in w.PERSON_POSSESSIVES
    ):
        return words[back - 1].joined and words[back - 2].joined  # "my father is used to get up early"
    return back > 0 and words[back - 1].joined and words[back - 1].low in persons.split()


def _habit_subject(words: list[Word], index: int) -> bool:
    """'Use' at ``index`` follows a personal pronoun that opens its clause ("I use to go"), a name
    that opens the sentence, 'who' ("patrons who use to visit": 'who' is the subject, so no object of
    'use' can be missing), or a singular noun after a determiner that opens the sentence ("Our family
    use to run a farm": 'use' does not agree with it as a present)."""
    if index == 0 or not words[index - 1].joined:
        return False
    subject = words[index - 1]
    if subject.low in w.PERSON_SUBJECTS | {"they"}:
        return _clause_subject(words, index - 1)
    if subject.low == "who":
        return index > 1 and words[index - 2].joined and w.is_any_plural(words[index - 2].low)
    if index == 2 and words[0].low in w.DETERMINERS and words[0].joined and subject.text.islower():
        return w.is_singular_count_noun(subject.low)
    return index == 1 and subject.capitalised and not w.tags(subject.low)


# -- 'do' with a modal, 'will like to' ---------------------------------------------------------------

_DO_QUESTION = frozenset(("do", "does", "did"))
_WH = frozenset("what where when why how who which".split())
_QUESTION_SUBJECTS = _SUBJECTS | frozenset("someone anyone somebody anybody everyone everybody nobody".split())
_QUESTION_MODALS = frozenset("can could will would should must may might shall".split())


_NEGATED_DO_FORMS = frozenset("don't doesn't didn't don’t doesn’t didn’t".split())
_DO_NOT_TRIGGERS = _NEGATED_DO_FORMS | _DO_QUESTION
_MODAL_NEGATIVES = {
    modal: w.NEGATIVE_CONTRACTIONS.get(modal, f"{modal} not")
    for modal in ("can", "could", "will", "would", "should", "must", "may", "might")
}
"""A modal and its negative ('may' and 'might' have no contraction in current use: 'may not')."""


class DoWithModal(GrammarRule):
    id = "grammar.do-with-modal"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Do' and a modal in one question: 'Does someone can help?' ('Can someone help?')."
    why = (
        "A modal makes its own question: 'Can someone help?', 'What should we do?'. 'Do', 'does' or "
        "'did' before the subject as well ('Does someone can help?', 'What do we should do?') is a "
        "slip. Only a 'do' that opens the question (first, or after a wh-word) is checked. A negated 'do' "
        "before a modal and a verb ('he doesn't can drive') is the same slip: 'he can't drive'."
    )
    bad = (
        "Does someone can reproduce the bug?",
        "What do we should do now?",
        "Did the council could act sooner?",
        "He doesn't can drive, and she did not could come.",
    )
    good = (
        "Can someone reproduce the bug? What should we do now?",
        "Do you need anything? What did they say you could do?",
        "I do think we can win, and they did what they could.",
        "She doesn't can her own tomatoes; he can't drive; they did not, could not, come.",
    )
    fixed = (
        "Can someone reproduce the bug?",
        "What should we do now?",
        "Could the council act sooner?",
        "He can't drive, and she couldn't come.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _DO_QUESTION)
            if position < last
            and (
                lows[position + 2] in _QUESTION_MODALS
                or (position + 3 < len(lows) and lows[position + 3] in _QUESTION_MODALS)
                or (position + 4 < len(lows) and lows[position + 4] in _QUESTION_MODALS)
            )
        ]
        for words, index in places(doc, candidates):
            if not (index == 0 or (index == 1 and words[0].low in _WH and words[0].joined)):
                continue
            subject = index + 1
            if subject >= len(words) or not words[index].joined:
                continue
            end = (
                subject if words[subject].low in _QUESTION_SUBJECTS else _subject_end(words, subject, _QUESTION_MODALS)
            )
            if end is None:
                continue
            modal_at = end + 1
            if modal_at >= len(words) or words[modal_at].low not in _QUESTION_MODALS:
                continue
            if not all(word.joined for word in words[index:modal_at]) or in_quotes(doc, words[index].start):
                continue
            do, modal = words[index], words[modal_at]
            replacement = f"{match_case(modal.low, do.text)} {doc.text[words[subject].start : words[end].end]}"
            yield self.finding(
                do.start,
                modal.end,
                f"'{modal.text}' makes the question: '{replacement}', without '{do.text}'.",
                suggestions=(replacement,),
                fix=FixSafety.SAFE,
            )
        yield from self._negated(doc)

    def _negated(self, doc: Document) -> Iterator[Finding]:
        """'He doesn't can drive', 'she did not could come': the modal takes the negative itself."""
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _DO_NOT_TRIGGERS)
            if position < last
            and (
                lows[position + 1] in _MODAL_NEGATIVES
                or (lows[position + 1] == "not" and lows[position + 2] in _MODAL_NEGATIVES)
            )
        ]
        for words, index in places(doc, candidates):
            modal_at = index + 1
            if modal_at < len(words) and words[modal_at].low == "not":
                modal_at += 1
            elif words[index].low not in _NEGATED_DO_FORMS:
                continue
            if modal_at + 1 >= len(words) or words[modal_at].low not in _MODAL_NEGATIVES:
                continue
            verb = words[modal_at + 1].low
            if not all(word.joined for word in words[index : modal_at + 1]) or "VB" not in w.verb_tags(verb):
                continue
            if in_quotes(doc, words[index].start):
                continue  # "she doesn't can her own tomatoes": 'can' the verb, with its object
            do, modal = words[index], words[modal_at]
            negative = match_case(_MODAL_NEGATIVES[modal.low], do.text)
            yield self.finding(
                do.start,
                modal.end,
                f"'{modal.text}' takes the negative itself: '{negative}', without '{do.text}'.",
                suggestions=(negative,),
                fix=FixSafety.SAFE,
            )


_WILL_LIKE = frozenset(("like",))
_WILL_BY_SPEAKER = {"i": "would", "we": "would", "i'll": "I'd", "we'll": "we'd"}


class WillLikeTo(GrammarRule):
    id = "grammar.will-like-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I will like to' for a wish: 'I would like to' ('I'd like to')."
    why = (
        "A polite wish takes 'would': 'I would like to thank you', 'we'd like to know'. 'I will like to' "
        "says that the liking lies in the future, which is seldom meant. Only 'I' and 'we' before "
        "'will like to' and a verb are checked ('you will like it' is right)."
    )
    bad = (
        "I will like to thank the team.",
        "We'll like to know more about the plan.",
    )
    good = (
        "I would like to thank the team; you will like it.",
        "I will like the new office, and they will like to see it.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _WILL_LIKE)
            if 0 < position < last
            and lows[position + 1] == "to"
            and (lows[position - 1] in ("will", "i'll", "we'll", "i’ll", "we’ll"))
        ]
        for words, index in places(doc, candidates):
            will_at = index - 1
            will = words[will_at]
            if index + 2 >= len(words) or not all(word.joined for word in words[will_at : index + 2]):
                continue
            if not _maybe_bare(words[index + 2].low):
                continue
            if will.low == "will":
                if will_at == 0 or not words[will_at - 1].joined or words[will_at - 1].low not in ("i", "we"):
                    continue
                first, replacement = will_at, "would"
            else:
                first, replacement = will_at, match_case(_WILL_BY_SPEAKER[will.low.replace("’", "'")], will.text)
            if in_quotes(doc, will.start):
                continue
            yield self.finding(
                words[first].start,
                will.end,
                f"For a wish write '{replacement} like to', not '{will.text} like to'.",
                suggestions=(replacement,),
                fix=FixSafety.UNSAFE,
            )


# -- 'will' in a clause of time ----------------------------------------------------------------------

_TIME_OPENERS = frozenset(("when", "after", "once", "as", "by"))
"""'When', 'after', 'once', 'as soon as' and 'by the time'."""
_CONDITION_OPENERS = frozenset(("if", "unless", "case", "provided", "providing"))
"""Openers of a condition about the future ("If it will rain", "unless he will resign", "in case it
will snow"): checked as the clauses of time are, with the readings where 'will' is right left out
(:func:`_will_is_right`)."""
_CLAUSE_OPENERS = _TIME_OPENERS | _CONDITION_OPENERS
_AS_AS = frozenset(("soon", "long"))
"""'As soon as' (a time) and 'as long as' (a condition, when it opens the sentence)."""
_PROVIDED = frozenset(("provided", "providing"))
_BEFORE_IF = frozenset("even and but so only".split())
"""Words that may open a sentence before its 'if' ("Even if it will rain, …")."""
_IF_QUESTION_WORDS = frozenset(
    """
    determine determines reveal reveals show shows indicate indicates establish assess evaluate consider
    judge examine investigate study test watch question tell tells doubt doubts unsure whether clarify
    discover discuss debate review gauge verify seen known
    """.split()
)
"""More words after which 'if' is 'whether' ("the vote will show if the plan will work")."""
_RESULT_VERBS = frozenset(
    """
    help make mean save cost benefit allow enable lead result work matter serve please satisfy solve
    stop prevent keep end ease reduce give bring get do
    """.split()
)
"""Verbs with which "if it will help", "if this will make things easier" state a result that is
right with 'will' (the condition is that the result follows)."""
_WILL_FORMS = frozenset(("will",))
_WILL_CONTRACTED = frozenset(
    "i'll you'll he'll she'll we'll they'll it'll i’ll you’ll he’ll she’ll we’ll they’ll it’ll".split()
)
_MAIN_FUTURE = frozenset("will shall can must should going won't won’t".split()) | _WILL_CONTRACTED


class WillInTimeClause(GrammarRule):
    id = "grammar.will-in-time-clause"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Will' in a clause of time or condition: 'When I will arrive, I will call', 'If it will rain, …'."
    why = (
        "A clause of time or condition about the future takes the present, and only the main clause takes "
        "'will': 'When I arrive, I will call you', 'As soon as she finishes, we will leave', 'If it rains, "
        "we will stay in', 'Unless he resigns, they will call a vote'. Only a clause that "
        "opens the sentence with 'when', 'after', 'once', 'as soon as', 'if', 'unless', 'in case', 'as long "
        "as' or 'provided (that)', ends at "
        "a comma and is followed by a main clause with 'will', 'can' or the like or by an order ('When it will "
        "arrive, sign for it') is checked (after 'as soon as', 'once' and 'after', which never ask, by any "
        "main clause), or one that "
        "follows a main clause with 'will' and ends the sentence ('I will call you when I will arrive'): "
        "'When he will arrive is unclear' and 'I don't know when he will arrive' (questions) stay quiet, and "
        "so does 'before' and 'until', where 'will' may mean 'be willing to'. After 'if', 'will' is right in "
        "a polite request ('If you will follow me, I will show you in'), a refusal ('if he will not listen') "
        "and a result the condition rests on ('if it will help, I can come'), and 'if' after 'ask', 'see', "
        "'show' and the like means 'whether' ('the vote will show if it will work'): all stay quiet."
    )
    bad = (
        "When I will arrive, I will call you.",
        "As soon as she will finish the report, we'll leave.",
        "After the council will vote, the mayor can sign it.",
        "I will call you when I will arrive. We'll start as soon as he will come.",
        "If the ferry will leave late, we will miss the connection.",
        "Unless the board will act, investors will sell.",
        "The game will be moved indoors if it will rain.",
        "If costs will rise again, the council will raise fees.",
        "In case the storm will reach the coast, the port will close.",
        "By the time the ambulance will arrive, the road will be clear.",
        "Unless you will book early, you will not get a seat.",
        "The shop will have closed by the time we will get there.",
        "Ring me as soon as the parcel will arrive.",
        "Please lock the door when you will leave the office.",
        "When the parcel will arrive, sign for it. Once the bank will approve the loan, we sign the deal.",
        "As long as the weather will hold, we will sail. Provided that the loan will be approved, we will buy.",
        "When the show will end, we will go home.",
    )
    good = (
        "When I arrive, I will call you.",
        "When he will arrive is unclear, and I don't know when he will arrive.",
        "When will you arrive? Before he will agree, he wants guarantees.",
        "I'll ask when he will arrive. I will let you know when they will come. We will wait until she will agree.",
        "He said he will go when the bank will lend him the money, if it ever does.",
        "If you will follow me, I will show you to your seat.",
        "If it will help, I will bring the documents. If he will not listen, we will go to court.",
        "Only time will tell if the plan will work. We will see if she will agree.",
        "I wonder if the ferry will leave late. If the ferry leaves late, we will miss the connection.",
        "The day will come when we will be free, and the time will come when they will thank us.",
        "By the time the ambulance arrives, the road will be clear. By the time she came, we had left.",
        "Costs will be judged by the time it will take to build. Ask her when the parcel will arrive.",
        "Lock the door when you leave. Find out when the shop will open. Let me know if they will come.",
        "Remind me when the film will start. Note when the meeting will begin. Work out when it will end.",
        "Write down when the bus will come. When it will end, no one can say.",
        "Unless you book early, you will not get a seat. If you will book early, we will keep a seat.",
        "As long as I can remember, it has rained. It will take as long as it will take.",
        "As long as you will be patient, I will help. The data provided will be used.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 3
        candidates = [
            position
            for position in positions(doc, _CLAUSE_OPENERS)
            if position < last and any(_will(lows[position + step]) for step in range(1, min(6, len(lows) - position)))
        ]
        for words, index in places(doc, candidates):
            low = words[index].low
            condition = low in _CONDITION_OPENERS
            start, opener_end = index, index
            if low == "as":
                if not (index + 2 < len(words) and words[index + 1].low in _AS_AS and words[index + 2].low == "as"):
                    continue
                opener_end = index + 2
                if words[index + 1].low == "long":
                    if index > 0:
                        continue  # "it will take as long as it will take": a length of time, not a condition
                    condition = True  # "As long as you will follow the steps, …"
            elif low in _PROVIDED:
                if index + 1 < len(words) and words[index + 1].low == "that":
                    opener_end = index + 1  # "Provided that the weather will be fine, …"
            elif low == "case":
                if index == 0 or words[index - 1].low != "in":
                    continue
                start = index - 1
            elif low == "by":
                if not (index + 2 < len(words) and words[index + 1].low == "the" and words[index + 2].low == "time"):
                    continue
                opener_end = index + 2
            if not all(word.joined for word in words[start : opener_end + 1]):
                continue
            opening = start == 0 or (
                condition and start == 1 and words[0].low in _BEFORE_IF and words[0].joined and low == "if"
            )
            if not opening and not (_future_before(words, start, condition) or _imperative_before(doc, words, start)):
                continue
            found = _will_after_subject(words, opener_end + 1)
            if found is None:
                continue
            first, verb_at, person, pronoun = found
            if not (_bare_only(doc, words, verb_at) or _bare_after_will(words, verb_at)):
                continue
            if low == "by" and words[verb_at].low in _GAP_VERBS:
                continue  # "judged by the time it will take": 'the time' is the object of 'by'
            if condition and _will_is_right(words, opener_end + 1, verb_at, polite=low in ("if", "as")):
                continue
            if opening and not _future_main_clause(doc, words, verb_at, any_main=low in _NO_QUESTION_OPENERS):
                continue
            if not opening and not _clause_ends(words, verb_at):
                continue
            if in_quotes(doc, words[first].start):
                continue
            verb = words[verb_at]
            lemma = verb.low
            form = w.verb_form(lemma, "VBZ") if person == "he" else lemma
            if lemma == "be":
                form = {"i": "am", "he": "is"}.get(person, "are")
            if not form:
                continue
            replacement = f"{pronoun} {form}" if pronoun else form
            kind = "A condition about the future" if condition else "A clause of time"
            yield self.finding(
                words[first].start,
                verb.end,
                f"{kind} takes the present: '{replacement}', not "
                f"'{' '.join(word.text for word in words[first : verb_at + 1])}'.",
                suggestions=(match_case(replacement, words[first].text),),
                fix=FixSafety.UNSAFE,
            )


def _bare_after_will(words: list[Word], at: int) -> bool:
    """``words[at]`` follows a subject and 'will' and is a verb or a noun with a bare verb's form ("when
    the meeting will end", "if the talks will fail"): after a modal only the verb can stand."""
    word = words[at]
    return not word.capitalised and _maybe_bare(word.low) and w.tags(word.low) <= {"VERB", "NOUN", "AUX"}


def _will(low: str) -> bool:
    return low in _WILL_FORMS or low in _WILL_CONTRACTED


def _will_after_subject(words: list[Word], at: int) -> tuple[int, int, str, str] | None:
    """(first word to replace, the verb, the person, the pronoun of a contraction or "") for a
    subject and 'will' at ``words[at]``: "I will arrive", "I'll arrive", "the council will vote"."""
    if at >= len(words):
        return None
    word = words[at]
    if word.low in _WILL_CONTRACTED:
        pronoun = word.text[: len(word.text) - 3]
        person = {"i": "i", "he": "he", "she": "he", "it": "he"}.get(pronoun.lower(), "they")
        verb_at, first = at + 1, at
    else:
        if word.low in _SUBJECTS:
            end, person = at, {"i": "i", "he": "he", "she": "he", "it": "he"}.get(word.low, "they")
        elif w.is_plural_noun(word.low) and at + 1 < len(words) and words[at + 1].low == "will" and word.joined:
            end, person = at, "they"  # "If prices will rise"
        else:
            subject_end = _subject_end(words, at, _WILL_FORMS)
            if subject_end is None:
                return None
            end = subject_end
            person = "they" if w.is_plural_noun(words[end].low) else "he"
        if end + 1 >= len(words) or words[end + 1].low != "will":
            return None
        first, verb_at, pronoun = end + 1, end + 2, ""
    if verb_at >= len(words) or not all(item.joined for item in words[at:verb_at]):
        return None
    return first, verb_at, person, pronoun


_WH_CLAUSE_VERBS = frozenset(
    """ask asks asked know knows knew tell tells told wonder wonders wondered decide decides decided see
    find found check learn say says said announce announced explain confirm discover remember forget
    understand show guess predict inform notify sure certain clear unclear idea question depends depend
    wait""".split()
)
"""Words after which 'when' opens a question ("I'll ask when he will arrive", "let you know when"), or
'will' may mean 'be willing' ("wait until")."""


def _future_before(words: list[Word], opener: int, condition: bool = False) -> bool:
    """A main clause with 'will' or "we'll" opens the sentence and goes straight on to the clause of time
    ("I will call you when"), with no word before the opener that takes a question ("I'll ask when",
    and with ``condition`` "the vote will show if")."""
    if not all(word.joined for word in words[:opener]):
        return False
    if any(word.low in _WH_CLAUSE_VERBS or (condition and word.low in _IF_QUESTION_WORDS) for word in words[:opener]):
        return False
    if words[opener].low == "when" and any(word.low in _TIME_NOUNS for word in words[:opener]):
        return False  # "The day will come when we will be free": 'when' opens a relative clause on 'day'
    return any(word.low in _WILL_FORMS or word.low in _WILL_CONTRACTED for word in words[: min(opener, 4)])


_TIME_NOUNS = w.TIME_NOUNS | frozenset("era age point".split())
_GAP_VERBS = frozenset("take need require cost last spend save".split())
"""Verbs whose object may be 'the time' before them ("judged by the time it will take"): 'by the
time' is then a preposition and its noun, not a clause of time."""
_PLEASE = frozenset(("please",))


_ORDER_WH_VERBS = frozenset(
    """remind note record estimate calculate imagine consider plan specify state mention agree choose
    figure enquire inquire work write jot list""".split()
)
"""Orders that take a question as their object ("Remind me when the film will start", "Note when the
meeting will begin", "Work out when it will end"): 'when' asks there, and 'will' is right."""


def _imperative_before(doc: Document, words: list[Word], opener: int) -> bool:
    """An order opens the sentence and goes straight on to the clause of time ("Call me as soon as
    you will get the results", "Please send it when it will be ready"): an order is about the
    future as a main clause with 'will' is. Its verb is a bare verb by the tagger, no word before the
    opener takes a question ("Ask him when he will come", "Let me know if")."""
    first = 1 if words[0].low in _PLEASE else 0
    if opener <= first or opener - first > 6 or not all(word.joined for word in words[:opener]):
        return False
    verb = words[first]
    if verb.low in w.AUXILIARIES or not _maybe_bare(verb.low) or not w.tags(verb.low) & {"VERB"}:
        return False
    if any(
        word.low in _WH_CLAUSE_VERBS or word.low in _IF_QUESTION_WORDS or word.low in _ORDER_WH_VERBS
        for word in words[:opener]
    ):
        return False
    if verb.low in _TELLING_ORDERS:
        return False  # "Remind me when the train will leave": a question, not a time
    if words[first + 1].low in _ORDER_OBJECTS:
        return True  # "Text me when …", "Email us as soon as …": a verb before its object pronoun
    return sentence_tags(doc, words)[first] == "VB"


_ORDER_OBJECTS = frozenset("me us him them".split())
_TELLING_ORDERS = frozenset("remind warn advise update teach alert".split())
"""Orders whose 'when' or 'if' may open a question ("Remind me when the train will leave")."""


def _will_is_right(words: list[Word], subject: int, verb_at: int, polite: bool = True) -> bool:
    """'Will' after 'if' that is right: a polite request to 'you' ("If you will follow me, I'll show
    you in"; only with ``polite``, after 'if': "Unless you will hurry" is no request), and a result
    that the condition rests on ("if it will help, I can come", "if this will save money, we will do it")."""
    low = words[subject].low
    if polite and (low == "you" or low.startswith(("you'", "you’"))):
        return True
    return low in _RESULT_SUBJECTS and words[verb_at].low in _RESULT_VERBS


_RESULT_SUBJECTS = frozenset("it this that it'll it’ll that'll that’ll".split())


def _clause_ends(words: list[Word], verb_at: int) -> bool:
    """The clause of time after the main clause ends the sentence within a few words ("when I will
    arrive.", "when she will finish the report.")."""
    return len(words) - verb_at <= 5 and all(word.joined for word in words[verb_at : len(words) - 1])


_MAIN_WH_VERBS = frozenset(
    "say says said know knows knew tell tells told ask asks asked wonder wonders wondered guess predict".split()
)
"""Verbs of a main clause after the comma that may take the clause before it as their object ("When
it will end, no one can say")."""


_NO_QUESTION_OPENERS = frozenset(("as", "once", "after"))
"""Openers of a clause of time that never ask ('as soon as', 'once', 'after'): any main clause after
the comma shows the clause is one of time ("As soon as she will finish, she travels")."""


def _future_main_clause(doc: Document, words: list[Word], verb_at: int, any_main: bool = False) -> bool:
    """The clause of time ends at a comma within ten words, and the main clause after it has 'will',
    'can', "we'll" and the like in its first five words, or is an order: 'please' or a bare verb by
    the tagger with no subject before it ("When the parcel will arrive, sign for it"); with
    ``any_main``, any main clause of three words or more."""
    for comma in range(verb_at, min(verb_at + 10, len(words) - 1)):
        if not words[comma].joined:
            if any(word.low in _MAIN_WH_VERBS for word in words[comma + 1 : comma + 7]):
                return False  # "When it will end, no one can say": the clause is the object of 'say'
            if any_main and len(words) - comma > 3:
                return True
            main = words[comma + 1]
            if main.low in _PLEASE or (
                comma + 2 < len(words)
                and main.low not in w.AUXILIARIES
                and _maybe_bare(main.low)
                and sentence_tags(doc, words)[comma + 1] == "VB"
            ):
                return True
            return any(word.low in _MAIN_FUTURE for word in words[comma + 1 : comma + 6])
    return False


# -- a bare verb after a preposition -----------------------------------------------------------------

_GERUND_PREPOSITIONS = frozenset("without despite besides upon before after".split())
_PREPOSITION_AFTER = {
    "of": frozenset(
        """instead spite capable afraid tired fond proud incapable sick ashamed guilty accused convicted
        suspected scared frightened terrified weary""".split()
    ),
    "at": frozenset(
        "good bad better best great excellent skilled talented hopeless terrible useless aim aims aimed aiming".split()
    ),
    "in": frozenset(
        """interested involved succeeded succeed succeeds persisted persist engaged experienced specialise
        specialises specialised specialize specializes specialized""".split()
    ),
    "on": frozenset(
        "keen insisted insist insists focus focused focuses focussed concentrate concentrated concentrates".split()
    ),
    "for": frozenset(
        """thanks responsible famous sorry known apologise apologised apologises apologize apologized
        apologizes apologising apologizing grateful thankful criticised criticized praised blamed
        punished""".split()
    ),
}
"""'Of', 'at', 'in', 'on', 'for' only after these words: elsewhere a preposition left at the end of
a relative clause may stand before the main verb ("the people I work with know")."""
_PREPOSITION_TRIGGERS = _GERUND_PREPOSITIONS | frozenset(_PREPOSITION_AFTER)
_OWNED_PREPOSITIONS = frozenset(_PREPOSITION_AFTER)
_OBJECTS_ONLY = frozenset("me him us them".split())
"""After a verb-or-noun, only these show the verb ("thanks for help me"): "after work the team
left" has the noun."""
_ABOUT = frozenset(("about",))
_ABOUT_OBJECTS = _OBJECTS_ONLY | frozenset("the a an my your his our their this these those".split())
"""After 'how about' and a verb-or-noun, an object that shows the verb ("how about order the pizza")."""
_RELATIVE_SIGNS = frozenset("that which who whom whose what whatever where".split())
_GOING_VERBS = frozenset("go come run walk drive fly".split())
_GOING_PLACES = frozenset(("home", "back", "away"))
"""'Go', 'come' … are nouns too ("have a go"), but not before 'home', 'back' or 'away': "instead of go home"."""
_TO_AFTER = frozenset(("before", "after", "without"))
_UNSEEN_PREPOSITIONS = frozenset("of on about after before without by for at in with".split())
"""Not 'from', whose noun may open a span ("from shop to shop")."""
_MEANS_PREPOSITIONS = frozenset(("by", "without"))
"""Prepositions that follow a verb's object as readily as a verb ("cut costs by share the cars",
"left the room without say a word"): a noun before them is no sign of a noun's complement."""
_VERB_FOLLOWERS = (w.ARTICLES | w.POSSESSIVES | w.OBJECT_PRONOUNS | w.PREPOSITIONS | frozenset(("to",))) - frozenset(
    ("her", "of")
)
"""What follows a bare verb with its object or its own preposition ("move to Leeds", "finish the
race"); not a noun, which a compound's first noun would have before it ("the length of wait times")."""
_OBJECT_OPENERS = (w.ARTICLES | w.POSSESSIVES | w.OBJECT_PRONOUNS) - frozenset(("her",))


def _noun_before(doc: Document, words: list[Word], index: int) -> bool:
    """The word before the preposition at ``index`` is a noun or a determiner (by the tagger)."""
    before = words[index - 1]
    if not before.joined or before.low in w.DETERMINERS or before.low in _HEDGES:
        return True
    return sentence_tags(doc, words)[index - 1] in ("NN", "NNS", "NNP", "NNPS", "DT", "CD")


@lru_cache(maxsize=1 << 12)
def _unseen_gerund(preposition: str, low: str) -> str | None:
    """The -ing form of the bare verb ``low`` when the web has never written ``preposition low``
    (fewer than 100,000 times) but often ``preposition`` and the -ing form ('of move' / 'of moving')."""
    from . import _ngrams

    if low in w.AUXILIARIES or low in _NOT_UNSEEN:
        return None
    gerund = _gerund(low)
    if gerund is None or _ngrams.web_pair_count(preposition, low) is not None:
        return None
    return gerund if (_ngrams.web_pair_count(preposition, gerund) or 0.0) >= _SEEN_GERUND else None


_HEDGES = frozenset(("kind", "sort"))
_SEEN_GERUND = 11.5
"""Natural log of the least count of 'of moving', 'on saving' … (about 100,000: the web table's floor)."""
_NOT_UNSEEN = frozenset(("be", "have", "do"))
"""'Be', 'have' and 'do' the main rule weighs with their own tests."""


class GerundAfterPreposition(GrammarRule):
    id = "grammar.gerund-after-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A bare verb after a preposition: 'without say', 'instead of complain', 'capable of do'."
    why = (
        "A preposition takes a noun or an -ing form, never the bare verb: 'without saying goodbye', "
        "'instead of complaining', 'capable of doing it', 'good at swimming', 'thanks for helping', "
        "'before leaving' (not 'before to leave'). "
        "Only words that are nothing but a bare verb are checked, after 'without', 'despite', "
        "'besides', 'upon', 'before', 'after', and after 'of', 'at', 'in', 'on', 'for' when a word "
        "that takes them comes first ('instead of', 'capable of', 'good at', 'interested in'). A "
        "preposition left at the end of a relative clause ('the people I work with know it', 'the "
        "things that I am good at include') stays quiet."
        " A suggestion with 'how about' or 'what about' takes the -ing form too: 'How about to walk', 'What "
        "about invite them' → 'walking', 'inviting' (a noun is the suggestion itself: 'How about lunch?')."
    )
    bad = (
        "He left without speak to anyone.",
        "Instead of complain, we should act.",
        "She is capable of do it, and he is good at sing.",
        "Thanks for explain the rules, and thank you for help me.",
        "Instead of go home, we stayed. Before to leave, close the door.",
        "He apologised for be late, and she is afraid of be caught.",
        "We should focus on improve our service.",
        "She is interested in to learn Spanish, and he is capable of to win.",
        "We are thinking of move to Leeds, and instead of wait for the bus we walked.",
        "After finish the race, he collapsed.",
        "We can cut costs by share the cars, and he left the room without say a word.",
        "He is famous for says the truth, and she left without thanks them.",
        "How about to walk along the river? What about invite the neighbours?",
        "The project is aimed at develop sensors for monitoring air quality.",
        "She is experienced in manage large teams.",
        "Thank you for let us know, and thanks for put me up last night.",
    )
    good = (
        "He left without saying goodbye; instead of the car, take the bus.",
        "Before leaving, close the door. The day before to the minute. After work home was quiet; go back.",
        "It helps people who have not done it before to catch up.",
        "The people I work with know it; the things that I am good at include chess.",
        "Thanks for the help, and she left after dinner; after work the team met; without help, it fails.",
        "The judge he stood before rule on it.",
        "It ran without fetch refspec, upon delete/modify conflict, instead of bar.git.",
        "What we focus on matters; he apologised for the delay; the blame for be-bop fell on him.",
        "She is interested in learning; he is good at to-do lists; they were involved in, to begin with, the plan.",
        "The length of wait times grew; it was a kind of move to the left; a ban on move to the city.",
        "The people I work with need the data; I kind of see him as a rival; we went from shop to shop.",
        "We travelled by train the whole way; they paid by cheque the next day; he sent it by post the day before.",
        "The day before says it all; what he talked about makes sense; what we think about says a lot about us.",
        "How about lunch on Friday? What about work tomorrow? How about those prices? What about me?",
        "The gun was aimed at me, and she is experienced in management.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._to_after(doc)
        yield from self._how_about(doc)
        yield from self._unseen_bare(doc)
        yield from self._third_person_after(doc)
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _PREPOSITION_TRIGGERS)
            if position < last
            and (
                _maybe_bare(lows[position + 1])
                or (position + 1 < last and _base_as_past(lows[position + 1], lows[position + 2]))
            )
            and (
                w.tags(lows[position + 1]) <= {"VERB", "AUX"}
                or (
                    position + 1 < last and (lows[position + 2] in _OBJECTS_ONLY or lows[position + 2] in _GOING_PLACES)
                )
            )
        ]
        doubled = [  # "good at to draw": the preposition and an infinitive's 'to' both
            position
            for position in positions(doc, _OWNED_PREPOSITIONS)
            if position + 1 < last and lows[position + 1] == "to" and _verb_only(lows[position + 2])
        ]
        for words, index in places(doc, doubled):
            finding = self._preposition_and_to(doc, words, index)
            if finding is not None:
                yield finding
        for words, index in places(doc, candidates):
            preposition = words[index]
            if index + 1 >= len(words) or not preposition.joined:
                continue
            owners = _PREPOSITION_AFTER.get(preposition.low)
            if not _owned_here(words, index):
                continue
            verb = words[index + 1]
            if verb.capitalised or (verb.low in w.AUXILIARIES and verb.low not in ("do", "be")):
                continue
            if verb.low == "be" and (owners is None or not _be_goes_on(words, index + 1)):
                continue  # "sorry for be late" is 'being'; after 'before', 'upon' … 'be' is left alone
            if "NOUN" in w.tags(verb.low):
                after = words[index + 2].low if index + 2 < len(words) and verb.joined else ""
                if not (after in _OBJECTS_ONLY or (after in _GOING_PLACES and verb.low in _GOING_VERBS)):
                    continue  # "without help", "after work the team left": a noun unless an object follows
            elif not _bare_only(doc, words, index + 1) and not (
                verb.joined and index + 2 < len(words) and _base_as_past(verb.low, words[index + 2].low)
            ):
                continue
            if _relative_before(words, index) or in_quotes(doc, verb.start) or _name_like(doc, words, index + 1):
                continue
            gerund = _gerund(verb.low)
            if gerund is None:
                continue
            yield self._ing_form(preposition, verb, gerund)

    def _ing_form(self, preposition: Word, verb: Word, gerund: str) -> Finding:
        """The finding of a verb after ``preposition`` that should be its -ing form ``gerund``."""
        return self.replace_word(
            verb,
            match_case(gerund, verb.text),
            f"After '{preposition.text}', use the -ing form: '{gerund}', not '{verb.text}'.",
            FixSafety.UNSAFE,
        )

    def _third_person_after(self, doc: Document) -> Iterator[Finding]:
        """'Left without says goodbye', 'think about creates a plan': a word that is nothing but a
        verb in -s, after a preposition that takes an -ing form and before the verb's object. A
        preposition a relative clause leaves at its end stays quiet ("what he talked about makes
        sense")."""
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _PREPOSITION_TRIGGERS)
            if position < last
            and lows[position + 2] in _VERB_OBJECT_STARTS
            and _third_person_only(lows[position + 1])
            and lows[position] not in _ADVERB_TOO
        ]
        for words, index in places(doc, candidates):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            verb = words[index + 1]
            if verb.capitalised or not _owned_here(words, index) or _relative_before(words, index):
                continue
            gerund = _gerund(verb.low)
            if gerund is None or in_quotes(doc, verb.start):
                continue
            yield self._ing_form(words[index], verb, gerund)

    def _unseen_bare(self, doc: Document) -> Iterator[Finding]:
        """'Thinking of move to Leeds', 'instead of wait for the bus', 'after finish the race': a
        word that is a bare verb (and maybe a noun) after a preposition, where the web has never
        (fewer than 100,000 times) written the preposition before the word but often before its
        -ing form, and an object, a preposition or 'to' follows, as after a verb. The -ing form is
        what was meant; a preposition a relative clause leaves at its end ("the people I work with
        need the data") stays quiet."""
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _UNSEEN_PREPOSITIONS)
            if position < last
            and lows[position + 2] in _VERB_FOLLOWERS
            and _maybe_bare(lows[position + 1])
            and _unseen_gerund(lows[position], lows[position + 1]) is not None
        ]
        for words, index in places(doc, candidates):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            preposition, verb = words[index], words[index + 1]
            gerund = _unseen_gerund(preposition.low, verb.low)
            if verb.capitalised or gerund is None:
                continue
            if _relative_before(words, index) or in_quotes(doc, verb.start) or _name_like(doc, words, index + 1):
                continue
            if index > 0 and preposition.low not in _MEANS_PREPOSITIONS and _noun_before(doc, words, index):
                continue  # "a kind of move to the left", "I kind of see him": a noun's complement or a hedge
            yield self._ing_form(preposition, verb, gerund)

    def _how_about(self, doc: Document) -> Iterator[Finding]:
        """'How about take a taxi?', 'What about to ask him?': a suggestion opened with 'how about' or
        'what about' takes the -ing form. Reported for 'to' and a bare verb, a word that is nothing but
        a bare verb, or a verb-or-noun before an object ("what about order the pizza"); a noun ("What
        about work?", "How about dinner?") is the suggestion itself."""
        for words, index in occurrences(doc, _ABOUT):
            if index != 1 or words[0].low not in ("how", "what") or index + 1 >= len(words):
                continue
            if not (words[0].joined and words[1].joined):
                continue
            at = index + 1
            if words[at].low == "to" and at + 1 < len(words) and words[at].joined:
                if not _bare_only(doc, words, at + 1):
                    continue
                first, verb = words[at], words[at + 1]
            else:
                verb = words[at]
                tags = w.tags(verb.low)
                if not w.verb_tags(verb.low) & {"VB"} or verb.low in w.AUXILIARIES:
                    continue
                following = words[at + 1].low if at + 1 < len(words) and verb.joined else ""
                if tags != {"VERB"} and not ("NOUN" in tags and following in _ABOUT_OBJECTS):
                    continue
                first = verb
            gerund = _gerund(verb.low)
            if gerund is None or verb.capitalised or in_quotes(doc, verb.start):
                continue
            yield self.finding(
                first.start,
                verb.end,
                f"A suggestion with '{words[0].text} about' takes the -ing form: '{gerund}'.",
                suggestions=(match_case(gerund, verb.text),),
                fix=FixSafety.UNSAFE,
            )

    def _to_after(self, doc: Document) -> Iterator[Finding]:
        """'Before to leave, …', 'without to say a word': 'to' and a bare verb after 'before', 'after'
        or 'without' opening a clause, which take the '-ing' form ('before leaving'). The word after 'to'
        must be nothing but a bare verb ("the day before to the minute"), and the preposition must open
        the sentence or follow a comma or 'and': in "people who haven't done it before to catch a
        footing" 'before' is an adverb."""
        for words, index in occurrences(doc, _TO_AFTER):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if words[index + 1].low != "to" or not _bare_only(doc, words, index + 2):
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low not in ("and", "but", "just", "right"):
                continue  # "who haven't contributed before to catch a footing": the adverb, then 'help … to'
            verb = words[index + 2]
            gerund = _gerund(verb.low)
            if gerund is None or verb.capitalised or in_quotes(doc, verb.start):
                continue
            yield self.finding(
                words[index + 1].start,
                verb.end,
                f"After '{words[index].text}', use the -ing form: '{words[index].text} {gerund}'.",
                suggestions=(match_case(gerund, verb.text),),
                fix=FixSafety.SAFE,
            )

    def _preposition_and_to(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Interested in to learn', 'good at to swim': after its owner the preposition takes the
        -ing form alone ('interested in learning')."""
        owners = _PREPOSITION_AFTER[words[index].low]
        if index == 0 or index + 2 >= len(words) or words[index - 1].low not in owners:
            return None
        if not all(word.joined for word in words[index - 1 : index + 2]) or in_quotes(doc, words[index].start):
            return None
        verb = words[index + 2]
        gerund = _gerund(verb.low)
        if gerund is None or verb.capitalised or verb.low in w.AUXILIARIES:
            return None
        return self.finding(
            words[index + 1].start,
            verb.end,
            f"After '{words[index - 1].text} {words[index].text}', drop 'to' and use the -ing form: '{gerund}'.",
            suggestions=(gerund,),
            fix=FixSafety.UNSAFE,
        )


def _gerund(low: str) -> str | None:
    """The '-ing' form of a verb ('leave' → 'leaving')."""
    return next((form for lemma in w.verb_lemmas(low) if (form := w.verb_form(lemma, "VBG"))), None)


_CLOSED_CLASS = (
    w.DETERMINERS
    | w.PLURAL_DETERMINERS
    | w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | w.PREPOSITIONS
    | w.CLAUSE_OPENERS
    | w.AUXILIARIES
    | frozenset("and or nor not anything anyone everything everyone something someone nothing".split())
)
"""Words lemminflect's tables leave out because they are closed classes, not because they are rare."""


def _name_like(doc: Document, words: list[Word], at: int) -> bool:
    """``words[at]`` is part of a name or a term: joined to what follows by a mark ("delete/modify",
    "bar.git"), or before a word the tables do not know ("without fetch refspec")."""
    verb = words[at]
    after = doc.text[verb.end : verb.end + 2]
    if len(after) == 2 and after[0] in "/._-:" and after[1].isalnum():
        return True
    if at + 1 >= len(words) or not verb.joined:
        return False
    following = words[at + 1]
    return not w.tags(following.low) and following.low not in _CLOSED_CLASS and not following.capitalised


def _verb_only(low: str) -> bool:
    """A bare verb that is nothing else ("draw" is a noun too, so not; "learn", "improve")."""
    return _maybe_bare(low) and w.tags(low) == {"VERB"}


def _be_goes_on(words: list[Word], index: int) -> bool:
    """'Be' at ``index`` before an adjective or a participle ("for be late", "of be caught")."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    return bool(w.tags(words[index + 1].low) & {"ADJ"}) or "VBN" in w.verb_tags(words[index + 1].low)


def _thank_you(words: list[Word], index: int) -> bool:
    return index > 1 and words[index - 1].low == "you" and words[index - 2].low == "thank"


def _owned_here(words: list[Word], index: int) -> bool:
    """The preposition at ``index`` takes an -ing form here: one of :data:`_GERUND_PREPOSITIONS`, or
    'of', 'at', 'in', 'on', 'for' right after a word that owns it ('instead of', 'good at', 'thank
    you for')."""
    preposition = words[index]
    owners = _PREPOSITION_AFTER.get(preposition.low)
    return owners is None or (
        index > 0
        and words[index - 1].joined
        and (words[index - 1].low in owners or (preposition.low == "for" and _thank_you(words, index)))
    )


@lru_cache(maxsize=4096)
def _third_person_only(low: str) -> bool:
    """A verb in -s and nothing else ('says', 'creates'; not 'makes' or 'plans', which are nouns too)."""
    return w.verb_tags(low) == {"VBZ"} and w.tags(low) <= {"VERB"}


_ADVERB_TOO = frozenset(("before", "after"))
"""Prepositions that end a phrase as adverbs ("the day before says it all"): no verb in -s after them is read."""
_VERB_OBJECT_STARTS = w.ARTICLES | w.OBJECT_PRONOUNS | (w.POSSESSIVES - {"its"}) | (w.DEMONSTRATIVES - {"that"})
"""Words that open a verb's object ("creates a plan", "says goodbye to them" is not one)."""


def _relative_before(words: list[Word], index: int) -> bool:
    """A relative clause may end at the preposition at ``index``: 'that', 'which', 'what' … before
    it, or a noun directly followed by a subject pronoun ("the people I work with")."""
    for at in range(max(0, index - _WINDOW), index):
        low = words[at].low
        if low in _RELATIVE_SIGNS:
            return True
        if at + 1 < index and words[at + 1].low in _SUBJECTS and "NOUN" in w.tags(low) and words[at].joined:
            return True
    return False


# -- 'been' and 'being' ------------------------------------------------------------------------------

_BEEN_BEING = frozenset(("been", "being"))
_BE_BEFORE_BEING = frozenset("am is are was were isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
_GERUND_TAKERS = frozenset(
    "stop stops stopped stopping keep keeps kept keeping avoid avoids avoided quit enjoy".split()
)
_HAVE_BEFORE_BEEN = frozenset("have has had having i've you've we've they've i’ve you’ve we’ve they’ve".split())
_AFTER_BEEN = frozenset("there here in at on to a an the so very really".split())
_HAVE_FOR_BE = {
    host + mark + be: host + mark + "ve"
    for host, be in (("i", "m"), ("we", "re"), ("you", "re"), ("they", "re"))
    for mark in ("'", "’")
}
"""'We're been', 'I'm been': a contracted 'be' where 'have' belongs ('we've been'); 'being' never
follows these as readily."""
_PERFECT_SUBJECTS = {"am": "have", "are": "have", "is": "has"}
_PERFECT_ADVERBS = frozenset("never already just always not also recently".split())
"""Adverbs that may stand between 'have' and its 'been' ("had never being paid")."""
_DURATION = frozenset(("for", "since"))


class BeenBeing(GrammarRule):
    id = "grammar.been-being"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Been' and 'being' swapped: 'they are been taught', 'stop been funny', 'I have being there'."
    why = (
        "'Been' follows 'have' ('I have been there'); 'being' follows 'be' and the verbs that take "
        "an -ing form ('they are being taught', 'stop being funny'). A form of 'be' right before "
        "'been' ('is been built', 'are they been taught?') or 'have' right before 'being' ('it has "
        "being a pleasure') is a slip of one letter. Left alone: contractions ('it's been' is 'it has "
        "been') and a question whose subject is 'being …' ('Has being a member helped?'). 'We're been', "
        "'I'm been' want 'have' ('we've been'), and so does 'I am been', 'she is been' before an -ing "
        "form or a 'for' or 'since' of duration ('I am been working here for years' → 'I have been'); "
        "before a participle 'they're being told' is as likely, so that fix is offered, not applied."
    )
    bad = (
        "The bridge is been rebuilt.",
        "What are they been taught at school?",
        "Stop been so modest.",
        "It has being a long year, and I have being there twice.",
        "We're been waiting since noon, and I am been living here for years.",
        "They're been warned twice.",
        "The contractor had never being paid for the work.",
    )
    good = (
        "The bridge is being rebuilt; it's been a long year.",
        "Has being a member helped you? What has being there taught you?",
        "I have been there twice; they are being taught well.",
        "It's been a while; we've been waiting; they are being helpful.",
        "Has never being late helped? We have always being kind in mind.",
    )
    fixed = (
        "The bridge is being rebuilt.",
        "What are they being taught at school?",
        "Stop being so modest.",
        "It has been a long year, and I have been there twice.",
        "We've been waiting since noon, and I have been living here for years.",
        "They're been warned twice.",
        "The contractor had never been paid for the work.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        candidates = [
            position
            for position in positions(doc, _BEEN_BEING)
            if position > 0
            and (
                lows[position - 1] in _BE_BEFORE_BEING
                or lows[position - 1] in _GERUND_TAKERS
                or lows[position - 1] in _HAVE_BEFORE_BEEN
                or lows[position - 1] in _HAVE_FOR_BE
                or (position > 1 and lows[position - 1] in _SUBJECTS and lows[position - 2] in _BE_BEFORE_BEING)
                or (position > 1 and lows[position - 1] in _PERFECT_ADVERBS and lows[position - 2] in _HAVE_BEFORE_BEEN)
            )
        ]
        for words, index in places(doc, candidates):
            word = words[index]
            if index == 0 or not words[index - 1].joined or word.capitalised or in_quotes(doc, word.start):
                continue
            have = _have_for_be(words, index)
            if have is not None:
                be = words[index - 1]
                fixed = match_case(have, be.text)
                following = words[index + 1].low if index + 1 < len(words) and word.joined else ""
                passive = "VBN" in w.verb_tags(following)  # "they're been told": or "they're being told"
                yield self.replace_word(
                    be,
                    fixed,
                    (
                        f"'Been' follows 'have': write '{fixed} been', not '{be.text} been'"
                        + (f" (or '{be.text} being')." if passive else ".")
                    ),
                    FixSafety.UNSAFE if passive else FixSafety.SAFE,
                )
                continue
            replacement = _been_being(words, index)
            if replacement is None:
                continue
            after = words[index - 1].text
            if words[index - 1].low in _PERFECT_ADVERBS and replacement == "been":
                after = f"{words[index - 2].text} {after}"  # "After 'had never', write 'been'"
            yield self.replace_word(word, replacement, f"After '{after}', write '{replacement}', not '{word.text}'.")


def _have_for_be(words: list[Word], index: int) -> str | None:
    """The 'have' for the 'be' before a 'been' at ``index``: after 'we're', 'I'm' always; after a
    subject pronoun and 'am', 'are', 'is' when an -ing form or a duration follows ("I am been working
    here for years", "she is been ill since May"), which the perfect progressive or the perfect wants."""
    previous = words[index - 1].low
    if words[index].low != "been":
        return None
    if previous in _HAVE_FOR_BE:
        return _HAVE_FOR_BE[previous]
    if previous not in _PERFECT_SUBJECTS or index < 2 or words[index - 2].low not in _SUBJECTS:
        return None
    if not words[index - 2].joined or not words[index].joined or index + 1 >= len(words):
        return None
    following = words[index + 1].low
    ongoing = w.verb_tags(following) == {"VBG"} and w.tags(following) == {"VERB"}
    lasting = any(word.low in _DURATION for word in words[index + 1 : index + 6])
    return _PERFECT_SUBJECTS[previous] if ongoing or lasting else None


def _been_being(words: list[Word], index: int) -> str | None:
    """'being' for a 'been' after 'be' or 'stop', 'been' for a 'being' after 'have', else None."""
    previous = words[index - 1].low
    if words[index].low == "been":
        if previous in _BE_BEFORE_BEING or previous in _GERUND_TAKERS:
            return "being"
        if previous in _SUBJECTS and index > 1 and words[index - 2].joined and words[index - 2].low in _BE_BEFORE_BEING:
            return "being"  # "what are they been taught?"
        return None
    have_at = index - 1
    if previous in _PERFECT_ADVERBS and index > 1 and words[index - 2].joined:
        have_at = index - 2  # "the contractor had never being paid"
        previous = words[have_at].low
        if "VBN" not in w.verb_tags(words[index + 1].low if index + 1 < len(words) else ""):
            return None  # past an adverb only before a participle: "had never being paid"
    if previous not in _HAVE_BEFORE_BEEN or index + 1 >= len(words) or not words[index].joined:
        return None
    if previous in ("have", "has", "had") and (
        have_at < 1 or words[have_at - 1].low in _WH or not words[have_at - 1].joined
    ):
        return None  # "Has being a member helped?": 'being …' is the question's subject
    following = words[index + 1].low
    found = w.verb_tags(following)
    if following in _AFTER_BEEN or found & {"VBN", "VBG"} or w.tags(following) == {"ADJ"}:
        return "been"
    return None


# -- a verb of feeling for its participle ------------------------------------------------------------

_FEELING_VERBS = frozenset(
    """
    worry bore interest excite scare confuse disappoint surprise shock tire embarrass frighten annoy
    amaze satisfy concern terrify exhaust relax depress stress please thrill horrify astonish overwhelm
    """.split()
)
_FELT_BE = {
    "am": ("i",),
    "is": ("he", "she"),
    "are": ("we", "you", "they"),
    "was": ("i", "he", "she"),
    "were": ("we", "you", "they"),
    "i'm": (),
    "we're": (),
    "you're": (),
    "they're": (),
    "i’m": (),
    "we’re": (),
    "you’re": (),
    "they’re": (),
}
"""Forms of 'be' and the persons before them; a contraction holds its own."""
_FEELING_DEGREE = frozenset("very so really quite too extremely always never not still a bit little".split())
_AFTER_FEELING = frozenset("about in with by of at that to for when because after here now and but".split())
_GRADING = frozenset("very so extremely".split())
"""Degree words that grade only an adjective or a participle, whatever the subject: 'are very satisfy'."""


class FeelingParticiple(GrammarRule):
    id = "grammar.feeling-participle"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A bare verb of feeling after 'I am', 'we were': 'I am worry about', 'she is interest in' ('worried')."
    why = (
        "A feeling is told with the participle: 'I am worried about her', 'she is interested in art', "
        "'we were bored'. The bare verb after 'am', 'is', 'was' ('I am worry', 'I'm interest in') is a "
        "slip. Only a personal pronoun and its form of 'be' (any subject before 'very', 'so' or "
        "'extremely'), a verb of feeling, and then a preposition "
        "the feeling takes or the end of the clause are checked, so 'they are worry warts' (a noun) "
        "and 'it is worry and guilt free' stay quiet. Before a noun, after 'a very', 'a really' or "
        "'an extremely', the '-ing' form or the participle is offered: 'a very relax weekend' → "
        "'relaxing' (not after 'the very', which may mean 'the exact')."
    )
    bad = (
        "I am worry about her.",
        "She is interest in modern art.",
        "We were so bore.",
        "I'm really concern about the cost.",
        "Our customers are very satisfy with the service.",
        "We had a very relax weekend at the lodge.",
        "I felt very confuse when the teacher started talking, and I feel so relax here.",
    )
    good = (
        "I am worried about her; she is interested in modern art.",
        "They are worry warts, and it is worry that keeps them up.",
        "We were bored; the bore was deep.",
        "The problem is not worry but fear; what drove her was really interest in the subject.",
        "It was a very relaxing weekend, a really boring film and the very concern that drove him.",
        "She felt surprise at the news; we feel relief; they are worry warts.",
    )
    fixed = (
        "I am worried about her.",
        "She is interested in modern art.",
        "We were so bored.",
        "I'm really concerned about the cost.",
        "Our customers are very satisfied with the service.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in places(doc, positions(doc, _FEELING_VERBS)):
            word = words[index]
            if index > 1 and not word.capitalised and _graded_before_noun(words, index):
                yield self._before_noun(doc, words, index)
                continue
            if index == 0 or word.capitalised or not _felt_after_be(words, index):
                continue
            if index + 1 < len(words) and word.joined and words[index + 1].low not in _AFTER_FEELING:
                continue  # "they are worry warts": a noun before another noun
            participle = w.verb_form(word.low, "VBN")
            if not participle or participle == word.low or in_quotes(doc, word.start):
                continue
            yield self.replace_word(
                word,
                match_case(participle, word.text),
                f"A feeling takes the participle: '{participle}', not '{word.text}'.",
                FixSafety.SAFE,
            )

    def _before_noun(self, doc: Document, words: list[Word], index: int) -> Finding:
        """'A very relax weekend', 'a really bore film': the '-ing' form, or the participle."""
        word = words[index]
        forms = [form for form in (w.verb_form(word.low, "VBG"), w.verb_form(word.low, "VBN")) if form]
        fixed = [match_case(form, word.text) for form in forms]
        return self.finding(
            word.start,
            word.end,
            f"Before a noun, a feeling is told with '{fixed[0]}' or '{fixed[-1]}', not '{word.text}'.",
            suggestions=tuple(fixed),
            fix=FixSafety.UNSAFE,
        )


_ATTRIBUTIVE_DEGREE = frozenset("very really extremely".split())
"""Degree words that, after 'a' or 'an', grade an adjective before its noun ('a very relaxing
weekend'); not after 'the' or 'this', where 'very' means 'exact' ('the very concern')."""


def _graded_before_noun(words: list[Word], index: int) -> bool:
    """'A' or 'an', a degree word, the bare verb of feeling at ``index`` and a noun, all joined: "a
    very relax weekend", "an extremely bore film"."""
    return (
        index + 1 < len(words)
        and words[index - 2].low in ("a", "an")
        and words[index - 1].low in _ATTRIBUTIVE_DEGREE
        and all(word.joined for word in words[index - 2 : index + 1])
        and "NOUN" in w.tags(words[index + 1].low)
        and not words[index + 1].capitalised
    )


def _felt_after_be(words: list[Word], index: int) -> bool:
    """'I am (really) …', "I'm …", 'she was …' right before ``words[index]``, or a form of 'feel' and a
    degree word ("I felt very confuse")."""
    back = index - 1
    while back >= 0 and words[back].low in _FEELING_DEGREE and words[back].joined and back > index - 3:
        back -= 1
    if back >= 0 and words[back].joined and words[back].low in w.FEEL_FORMS and back < index - 1:
        # 'feel' only with a degree word ("I felt very confuse"): without one the noun may be meant
        # ("she felt surprise", "we feel relief")
        return words[index - 1].low in _FEELING_DEGREE
    if back < 0 or not words[back].joined or words[back].low not in _FELT_BE:
        return False
    persons = _FELT_BE[words[back].low]
    if not persons or words[index - 1].low in _GRADING:
        return True  # "our customers are very satisfy with": a verb of feeling is never graded, its participle is
    subject = words[back - 1] if back > 0 and words[back - 1].joined else None
    return subject is not None and subject.low in persons and (subject.low != "i" or subject.text == "I")


RULES = [
    ModalTo,
    PastTimePresentVerb,
    FutureTimePastVerb,
    SincePresent,
    NoPassive,
    IfWouldHave,
    UsedToForm,
    DoWithModal,
    WillLikeTo,
    WillInTimeClause,
    GerundAfterPreposition,
    BeenBeing,
    FeelingParticiple,
]
