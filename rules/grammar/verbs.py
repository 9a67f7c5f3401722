"""Verb forms after auxiliaries: "would approves", "had overlook", "has wrote", "had lead"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._irregular import IRREGULAR, REGULARISED
from ._tagger import sentence_tags
from ._tokens import Word, in_quotes, match_case, occurrences, places, positions, run_of, title_like

if TYPE_CHECKING:
    from lint._document import Document

# Nouns that "can" follows as a noun ("the trash can makes noise").
_CAN_COMPOUNDS = frozenset(
    "trash garbage beer soda tin gas spray watering paint oil aerosol soup coffee cookie".split()
)
# Adjectives before "will" and "might" used as nouns ("political will exists", "military might").
_NOUN_MODAL_ADJECTIVES = frozenset("free good ill political popular public last military economic naval".split())
# Simple-past forms that are also accepted as past participles in edited English ("has got", "had lit").
_ACCEPTED_PARTICIPLES = frozenset(
    "got lit woke dove spat shone showed proved mowed sewed sowed swelled fit knit".split()
)
"""Participles usage guides accept beside the listed ones ('has fit', 'has knit': American)."""
# Words after an ambiguous form that show it is a verb ("had lead the team", "had rose to").
_VERB_CONFIRMING = w.DETERMINERS - {"its"} | frozenset("them him us me".split())
_PARTICLES = frozenset("to into up down out back off".split())
_PAST_CONFIRMING = frozenset(
    "it over down off out asleep apart behind from into onto through victim ill short silent in across".split()
)
_CONTRACTED_WILL = frozenset(
    host + mark + "ll" for host in "i you he she we they it that there who".split() for mark in ("'", "’")
)
"""'I'll', 'she'll': a subject and 'will' in one word, so the verb after it is the modal's ("she'll
probably called" → "call")."""
_MODAL_TRIGGERS = w.MODALS | w.NEGATED_MODALS | _CONTRACTED_WILL
_AS = frozenset("as than so nor neither".split())
_COMPARED = frozenset("as than way like".split())
_HAVE_TRIGGERS = w.HAVE_FORMS - {"'d", "'ve"} | {"having"}
_VE_HOSTS = "i you we they who could would should might must may".split()
_CONTRACTED_HAVE = frozenset(host + mark + "ve" for host in _VE_HOSTS for mark in ("'", "’"))
"""'I've', 'we've', 'should've': 'have' is never the main verb when contracted before a verb."""
_S_HOSTS = "he she it that there who what where".split()
_CONTRACTED_S = frozenset(host + mark + "s" for host in _S_HOSTS for mark in ("'", "’"))
"""'She's', 'it's': 'has' or 'is', and either takes the participle of a past that is nothing else
("she's went" → "she's gone")."""
_CONTRACTED_D = frozenset(host + mark + "d" for host in _VE_HOSTS[:4] + _S_HOSTS[:3] for mark in ("'", "’"))
"""'He'd', 'we'd': 'had' or 'would'; a past that is nothing else after it wants the participle of
'had' ("he'd went" → "he'd gone") or the bare verb of 'would' ("he'd go"), so both are offered."""
_PERFECT_TRIGGERS = _HAVE_TRIGGERS | _CONTRACTED_HAVE | _CONTRACTED_S | _CONTRACTED_D


def _named_contraction(words: list[Word], index: int) -> bool:
    """The contracted 'will' at ``index`` is named as a word, not used: it ends a list of such words
    ("I'll, we'll and she'll sound informal") or a finite 'be' follows it as its verb ("the word
    we'll is a contraction"; beside it, a slip of 'she'll is' is rare)."""
    before = words[index - 1].low if index > 0 else ""
    if before in ("and", "or") and index > 1:
        before = words[index - 2].low
    following = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
    return before in _CONTRACTED_WILL or following in _BE_FINITE


def _skip_adverb(words: list[Word], index: int) -> int:
    """Index of the word after an auxiliary at ``index``, past one mid-sentence adverb ('no longer' is one)."""
    nxt = index + 1
    if nxt + 1 < len(words) and words[index].joined and words[nxt].low == "no" and words[nxt + 1].low == "longer":
        return nxt + 2 if words[nxt].joined and words[nxt + 1].joined else len(words)  # "can no longer works"
    if nxt < len(words) and words[index].joined and w.between_adverb(words[nxt].low):
        return nxt + 1 if words[nxt].joined else len(words)
    return nxt if words[index].joined else len(words)


_RATHER_MODALS = frozenset(("would", "wouldn't", "wouldn’t"))
"""Modals that take 'rather' before their verb ("would rather stay")."""
_POLITE_MODALS = frozenset(("could", "would", "can", "will"))
"""Modals of a request, which 'please' may follow before the verb ("could you please confirm")."""


class ModalVerbForm(GrammarRule):
    id = "grammar.modal-verb-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A modal verb (can, would, must, …) followed by an inflected verb."
    why = (
        "After 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might' and 'must' English "
        "uses the bare verb: 'the court would approve', not 'would approves' or 'will performing'. The "
        "slip usually comes from an edit that added the modal to a finished sentence. 'Will', 'can' "
        "and 'might' used as nouns ('political will exists', 'the trash can makes') are left alone. A "
        "form that is only a past participle after 'would', 'could', 'should', 'must', 'might' or 'may' "
        "has lost its 'have' ('must been' is 'must have been'), and that is the fix offered. Nor does a "
        "modal take another modal ('will can' is 'will be able to') or 'is', 'are' ('can are' is 'can be'). "
        "A contracted 'will' ('I'll', 'she'll') is read like 'will' after its subject, unless it is named "
        "as a word ('I'll, we'll and she'll are informal'). A question that opens with the modal and a "
        "determiner's noun takes the bare verb too ('Should the user restart the app?'), when the form "
        "after the noun can only be a verb or the tagger reads it as one ('Can the bus stops be moved?' "
        "is left alone), also after a wh-word ('Why would the bank refuses the loan?'); so does one with "
        "'anyone', 'somebody' … before an -s form or a past that is no participle ('Can somebody helps me?'; "
        "'Could someone called Anna come?' is left alone). After 'you' a question takes the bare verb "
        "too when the form after it is a past and nothing else ('Could you sent it?' → 'send'). An "
        "adverb in -ly that is nothing but an adverb may stand between the modal and its verb ('should "
        "carefully reads')."
    )
    bad = (
        "The court would approves the deal.",
        "The agency can makes exceptions.",
        "Officials said they will not accepted the offer.",
        "She may agreed to testify.",
        "They will performing in May.",
        "It must been hard, and you should seen his face.",
        "He will can help you, and they can are here.",
        "Can he comes tomorrow? Why should they paid for it?",
        "The meeting will held on Monday, and the committee will decided next week.",
        "You should ought to apologise.",
        "I'll sent the slides tonight, and she'll probably called you.",
        "Should the user restarts the app?",
        "Could you sent me the file? Customers should carefully reads the terms.",
        "Can somebody helps me? Why would the bank refuses the loan?",
        "The board will soon announced it.",
        "The dog can runs very fast, and my sister will drives us there.",
        "Will you can come tomorrow? Would they can help us?",
        "The council will begins consulting residents, and the firm will closes.",
        "Children must being accompanied by an adult.",
        "Visitors can parks their cars in the free car park.",
        "Our manager would rather hires experienced cooks.",
        "Could you please confirms whether the venue can take forty guests?",
        "They said they would likely approved the measure, but staff can no longer works from home.",
        "Volunteers may parks in the staff lot behind the gym on game nights.",
        "The clinic will offering free blood pressure screenings every Wednesday afternoon.",
    )
    good = (
        "The court would approve the deal.",
        "The free will offering funds the shelter; the church's will offering plates are brass.",
        "The political will exists to pass the bill.",
        "New must was poured into the vats, and the fresh must is left to settle.",
        "The trash can makes a noise when it opens.",
        "Military might matters less than money.",
        "He said he would, adding that prices could rise.",
        "They could cut costs and will read the report.",
        "Can rabbits and chickens live together? Refunds follow, should overcharges be proven.",
        "More food will help, as will adding a little hay.",
        "He will be able to help; the political will can change; do what you can, will you?",
        "Can she swim? Can you lend me a pen? May he rest in peace. Will Smith comes to town.",
        "Why would taxes rise, and when will prices fall?",
        "You ought to apologise; we should, ought we not?",
        'He used "should ought to" as an example of a double modal.',
        "It'll cost more; I'll put it back; we'll let you know.",
        "Can the bus stops be moved? Will the new rules work? May the best team win!",
        "Could you kindly send the file? Would you believe it? Will you, tired as you are, stay?",
        "Could someone called Anna come? Will everyone seated at the back stand? When will the rules apply?",
        "Will you can the peaches this year? Will you, can you, help? Can you can it?",
        "The political will exists; the military might matters; the public will decides.",
        "I would rather you went home, and she would rather not say.",
        "Could you please confirm the date? You can please yourself, and nothing will please him.",
        "Staff can no longer work from home, prices will likely remain high, and why can't taxes rise?",
    )
    fixed = (
        "The court would approve the deal.",
        "The agency can make exceptions.",
        "Officials said they will not accept the offer.",
        "She may agree to testify.",
        "They will perform in May.",
        "It must have been hard, and you should have seen his face.",
        "He will can help you, and they can be here.",
        "Can he come tomorrow? Why should they pay for it?",
        "The meeting will held on Monday, and the committee will decided next week.",
        "You should ought to apologise.",
        "I'll send the slides tonight, and she'll probably call you.",
        "Should the user restart the app?",
        "Could you send me the file? Customers should carefully read the terms.",
        "Can somebody help me? Why would the bank refuse the loan?",
        "The board will soon announced it.",
        "The dog can run very fast, and my sister will drive us there.",
        "Will you can come tomorrow? Would they can help us?",
        "The council will begin consulting residents, and the firm will close.",
        "Children must be accompanied by an adult.",
        "Visitors can park their cars in the free car park.",
        "Our manager would rather hire experienced cooks.",
        "Could you please confirm whether the venue can take forty guests?",
        "They said they would likely approve the measure, but staff can no longer work from home.",
    )
    fix = "sometimes"

    def _second_modal(self, words: list[Word], index: int, at: int) -> Finding | None:
        return _second_modal_finding(self, words, index, at)

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MODAL_TRIGGERS):
            modal = words[index]
            contracted = modal.low in _CONTRACTED_WILL  # "she'll": the subject is in the word
            if contracted and _named_contraction(words, index):
                continue  # "such as I'll, we'll and she'll are informal": the words named, not used
            opening = index == 0 and index + 1 < len(words) and words[1].low in _MODAL_OPENERS
            # "Can he …?", "Can the team …?"
            if not contracted and ((modal.capitalised and not opening) or _modal_is_noun(words, index)):
                continue
            if (
                index
                and words[index - 1].low.endswith("s")
                and doc.text[words[index - 1].end : modal.start].strip() in ("'", "\u2019")
            ):
                continue  # "the gods' will prevails": a plural's possessive makes the modal a noun
            target_index = _skip_adverb(words, index)
            if target_index < len(words) and words[target_index].low == "rather" and modal.low in _RATHER_MODALS:
                target_index = _skip_adverb(words, target_index)  # "would rather hires": 'rather' and the verb

            if target_index >= len(words):
                continue
            second = _asked_second_modal(words, index, target_index) if not contracted else None
            if second is not None:  # "Will you can come tomorrow?"
                finding = self._second_modal(words, index, second)
                if finding is not None:
                    yield finding
                continue
            asked = (
                not contracted
                and _asks(words, index)
                and (words[target_index].low in _MODAL_ASKED or _asked_you(words, target_index))
                and words[target_index].joined
            )
            if asked:
                target_index += 1  # "Can he goes?": the verb after a question's subject
                if target_index >= len(words):
                    continue
            elif _asks(words, index) and not contracted and words[target_index].low in _SUBJECT_OPENERS:
                noun = _noun_after(words, target_index)
                if noun is None or not _asked_noun_verb(doc, words, noun + 1):
                    continue
                asked, target_index = True, noun + 1  # "Can the team finishes by Friday?"
            if (
                words[target_index].low == "please"
                and modal.low in _POLITE_MODALS
                and words[target_index].joined
                and target_index + 1 < len(words)
            ):
                target_index += 1  # "Could you please confirms", "can please sends": the verb after 'please'
            target = words[target_index]
            if asked and not (w.verb_tags(target.low) and w.verb_tags(target.low) <= {"VBZ", "VBD", "VBN"}):
                continue  # only a form that can be nothing but the verb's -s or past after 'can he'
            if asked and words[target_index - 1].low in _INDEFINITE_SUBJECTS and "VBN" in w.verb_tags(target.low):
                continue  # "Could someone called Anna come?": a participle may describe 'someone'
            if target.low == modal.low:
                continue  # "will will": a repeated word, repetition.repeated-word's
            if target.low in _TWO_MODAL_TARGETS and not target.capitalised and not _modal_is_noun(words, target_index):
                finding = self._second_modal(words, index, target_index)
                if finding is not None and not (target.low == "ought" and in_quotes(doc, modal.start)):
                    yield finding  # a quoted 'should ought to' is the double modal named
                continue
            # after "he can" or "could not" the word is the verb: "he can swims", "could not finding"
            subject = contracted or (index > 0 and words[index - 1].low in _MODAL_SUBJECTS and words[index - 1].joined)
            no_longer = target_index > index + 1 and words[index + 1].low == "no"  # "can no longer works"
            negated = (
                modal.low in w.NEGATED_MODALS
                or no_longer
                or (target_index > index + 1 and words[index + 1].low == "not")
            )
            # not "than you would turning somersaults", "the way you would icing": a comparison's ellipsis
            # (looked for only when it decides)
            being = target.low == "being"  # "Children must being accompanied": never the noun after a modal
            clear = (
                negated
                or ((subject or being) and not any(word.low in _COMPARED for word in words[max(0, index - 4) : index]))
                or (
                    target.low.endswith("ing")
                    and _determined_subject(words, index)
                    and _phrase_after(words, target_index)
                )
            )  # "the clinic will offering free screenings": a noun subject, and the -ing form's object
            suggestion = _base_form(target, clear)
            if suggestion is not None and target.low.endswith("ing") and index > 0 and words[index - 1].low in _AS:
                continue  # "as will adding hay": an inverted comparison, the -ing form is its subject
            asking = index > 0 and words[index - 1].low in _QUESTION_WORDS
            if (
                suggestion is not None
                and not subject
                and not no_longer  # no question's subject comes after 'no longer'
                and not _determined_subject(words, index)
                and _subject_before_verb(words, target_index, asking)
            ):
                continue  # "can rabbits and chickens live?", "should overcharges be proven": inverted
            if suggestion is not None and modal.low in _PAST_MODALS and w.verb_tags(target.low) == {"VBN"}:
                # "must been", "should seen": a dropped 'have' ("must have been"), not a bare verb
                perfect = f"have {target.text}"
                asker = f"{words[target_index - 1].text} " if asked else ""  # "would you have seen"
                yield self.replace_word(
                    target,
                    perfect,
                    f"After '{modal.text}', a past participle needs 'have': '{modal.text} {asker}{perfect}'.",
                    FixSafety.SAFE,
                )
            elif suggestion is not None and not (clear or asked) and "VBN" in w.verb_tags(target.low):
                # "the meeting will held on Monday": a lost 'be' as likely as a past for the bare verb;
                # an object after it makes the bare verb likelier, but "the next day" is no object
                passive = f"be {target.text}"
                bare = match_case(suggestion, target.text)
                active = _object_follows(words, target_index)
                yield self.finding(
                    target.start,
                    target.end,
                    f"After '{modal.text}', write the bare verb '{suggestion}' or '{modal.text} {passive}', "
                    f"not '{target.text}'.",
                    suggestions=(bare, passive) if active else (passive, bare),
                    fix=FixSafety.UNSAFE,
                )
            elif suggestion is not None:
                yield self.replace_word(
                    target,
                    match_case(suggestion, target.text),
                    f"After '{modal.text}', use the bare verb '{suggestion}', not '{target.text}'.",
                    FixSafety.SAFE,
                )


def _asked_second_modal(words: list[Word], index: int, at: int) -> int | None:
    """Index of a second modal after a question's modal and its pronoun, before a bare verb ("Will
    you can come tomorrow?" → 'will you be able to'); None elsewhere ("Will you can the peaches?"
    is the verb 'can', and "will you, can you, help" has its commas)."""
    if at != index + 1 or not _asks(words, index) or words[at].low not in _MODAL_ASKED | {"you"}:
        return None
    second = at + 1
    if second + 1 >= len(words) or not (words[at].joined and words[second].joined):
        return None
    modal = words[second].low
    if modal not in w.MODALS or modal == words[index].low or "VB" not in w.verb_tags(words[second + 1].low):
        return None
    following = words[second + 1].low
    return None if following in w.DETERMINERS or following in w.AUXILIARIES - {"be", "have"} else second


def _determined_subject(words: list[Word], index: int) -> bool:
    """The modal at ``index`` follows a determiner and a noun ("the boy will finishes the report",
    "the dog can runs very fast": a noun that is a verb too is a noun after the determiner): the
    noun is its subject, so the plural-looking word after the modal cannot be an inverted
    question's subject."""
    if index == 1 or (index > 1 and not words[index - 2].joined):
        # "Volunteers may parks in the staff lot": a bare plural opening its clause is the modal's subject
        subject = words[index - 1]
        return (
            subject.joined
            and w.is_plural_noun(subject.low)
            and (index > 1 or not subject.capitalised or subject.sentence_start)
        )
    if index < 2 or not words[index - 1].joined or not words[index - 2].joined:
        return False
    return "NOUN" in w.tags(words[index - 1].low) and words[index - 2].low in _SUBJECT_DETERMINERS


_SUBJECT_DETERMINERS = w.ARTICLES | w.POSSESSIVES | frozenset(("this", "that", "every", "each"))
_MODAL_SUBJECTS = w.SUBJECT_PRONOUNS | frozenset("anybody anyone somebody someone everybody everyone nobody".split())
"""Subjects before a modal that make the word after it the verb ("everyone should taking" → 'take')."""
_BE_FINITE = frozenset("am is are was were".split())
_TWO_MODAL_TARGETS = w.MODALS | _BE_FINITE | {"ought"}
_ABLE = {"can": "be able to", "could": "be able to", "must": "have to", "may": "be allowed to"}


_QUESTION_PRONOUNS = w.SUBJECT_ONLY_PRONOUNS
"""Subjects after a modal that opens a question ("can he", "will they"); not 'you' or 'it'."""


def _asked_you(words: list[Word], index: int) -> bool:
    """'You' at ``index`` is the subject of a question's modal, and the word after it a past that is a
    verb and nothing else ("Could you sent it?", "Why would you wrote that?"): no noun, adjective or
    bare verb, so 'you' cannot be an object or an address ("Will you, tired as you are, …")."""
    if words[index].low != "you" or index + 1 >= len(words) or not words[index].joined:
        return False
    forms = _PAST_FORMS
    if words[index + 1].low == "please" and words[index + 1].joined and index + 2 < len(words):
        index += 1  # "Could you please confirms": after 'you please' only a bare verb, no -s either
        forms = _PAST_OR_THIRD
    after = words[index + 1].low
    return w.tags(after) == {"VERB"} and bool(w.verb_tags(after)) and w.verb_tags(after) <= forms


_PAST_FORMS = frozenset(("VBD", "VBN"))
_PAST_OR_THIRD = _PAST_FORMS | {"VBZ"}


_PAST_MODALS = frozenset("would could should must might may".split()) | frozenset(
    "wouldn't couldn't shouldn't mustn't mightn't wouldn’t couldn’t shouldn’t".split()
)
"""Modals that take 'have' and a participle for the past ("must have been", "should have seen")."""


def _second_modal_finding(rule: ModalVerbForm, words: list[Word], index: int, at: int) -> Finding | None:
    """'will can', 'should must', 'can are': a modal takes neither another modal nor a finite 'be'."""
    modal, target = words[index], words[at]
    if target.low == "ought" and (at + 1 >= len(words) or words[at + 1].low != "to" or not target.joined):
        return None  # only 'ought to' is the modal ("should ought to apologise")
    if at + 1 < len(words) and words[at + 1].low in ("be", "have") and target.low in ("may", "must", "might"):
        return None  # "it will, may be, …" has lost its commas rarely; "may be" after 'will' is a typo of another kind
    if index > 0 and words[index - 1].low in ("as", "than", "so"):
        return None  # "as soon as we can will do": an ellipsis before a new clause
    if target.low in _BE_FINITE:
        suggestion = "be"
        message = f"After '{modal.text}', use 'be', not '{target.text}'."
    else:
        suggestion = _ABLE.get(target.low, "")
        message = f"Two modals in a row: '{modal.text} {target.text}'. Keep one" + (
            f", or write '{modal.text} {suggestion}'." if suggestion else "."
        )
    return rule.finding(
        target.start,
        target.end,
        message,
        suggestions=(suggestion,) if suggestion else (),
        fix=FixSafety.SAFE if target.low in _BE_FINITE else FixSafety.UNSAFE,
    )


_QUESTION_WORDS = w.QUESTION_WORDS | frozenset(("whom", "whose"))
"""Words before a modal that make it a question's: "why would taxes rise", where the noun is the subject."""


def _subject_before_verb(words: list[Word], index: int, asking: bool = False) -> bool:
    """The word at ``index`` after a modal is a plural noun, and a bare verb follows it before the
    clause ends: the modal opens a question or an inverted condition and the noun is its subject.
    A verb that is also a noun counts at once only in a question ("why would taxes rise")."""
    if not w.is_plural_noun(words[index].low):
        return False
    if index + 1 < len(words) and words[index].joined and words[index + 1].low in _OBJECT_DETERMINERS:
        return False  # "visitors can parks their cars in the free car park": an object follows, the -s word is the verb
    for at in range(index + 1, min(index + 6, len(words))):
        if not words[at - 1].joined:
            return False
        if "VB" in w.verb_tags(words[at].low) and words[at].low not in w.AUXILIARIES - {"be"}:
            return "NOUN" not in w.tags(words[at].low) or at > index + 1 or asking
    return False


def _object_follows(words: list[Word], index: int, openers: frozenset[str] = w.OBJECT_OPENERS) -> bool:
    """An object opens after the verb at ``index`` ("will decided the date"): the verb is active."""
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in openers


_NOUN_MODAL_PREPOSITIONS = frozenset("of against with without by from at in".split())


def _phrase_after(words: list[Word], index: int) -> bool:
    """A noun phrase opens after the word at ``index``: an object's opener, an adjective or a plural."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return following in w.OBJECT_OPENERS or "ADJ" in w.tags(following) or w.is_plural_noun(following)


def _modal_is_noun(words: list[Word], index: int) -> bool:
    if index == 0:
        return False
    previous = words[index - 1]
    low = previous.low
    if low in w.DETERMINERS or low.endswith(("'s", "s'")) or low in _NOUN_MODAL_ADJECTIVES:
        return True
    modal = words[index].low
    if modal in ("will", "might") and low in _NOUN_MODAL_PREPOSITIONS and previous.joined:
        return True  # "her strength of will helped", "against his will": a preposition's object
    if modal == "can":
        return low in _CAN_COMPOUNDS
    if modal in ("will", "might", "must"):
        pos = w.tags(low)
        # "political will", "military might", "new must" (of grapes): an adjective before it; a noun is the subject
        # of the modal ("the meeting will held", "the committee will decide"), never a compound with it
        subject = low in w.SUBJECT_PRONOUNS or low in ("who", "which", "that") or low in _NOUNS_LISTED_AS_ADJECTIVES
        return "ADJ" in pos and not subject
    return False


_NOUNS_LISTED_AS_ADJECTIVES = frozenset(("council", "firm"))
"""Nouns that the word tables also list as adjectives (from 'council houses', 'a firm grip') but that never
make a noun of 'will' or 'might': before the modal they are its subject ("the council will begins")."""


def _base_form(target: Word, clear: bool = False) -> str | None:
    """The bare verb for an inflected form that cannot follow a modal, else None. ``clear``: the
    modal has a pronoun subject or a 'not', so an '-ing' form that is also a noun is the verb."""
    if target.capitalised:
        return None
    found = w.verb_tags(target.low)
    if found == {"VBG"} and (clear or w.tags(target.low) <= {"VERB", "ADJ"}):
        tags: tuple[str, ...] = ("VBG",)  # "will going", "can making": not "meeting", "building" (nouns)
    elif not found or "VB" in found or "VBG" in found or not found & {"VBZ", "VBD", "VBN"}:
        return None
    else:
        tags = ("VBZ", "VBD", "VBN")
    for lemma in w.verb_lemmas(target.low):
        forms = w.verb_inflections(lemma)
        if any(target.low in forms.get(tag, ()) for tag in tags):
            return lemma
    return None


def _must_have_noun(words: list[Word], index: int) -> bool:
    """'must have' after a determiner is the compound adjective ("the must have toy", "a must have
    for fans"), not a modal and its perfect."""
    return (
        index >= 2
        and words[index].low == "have"
        and words[index - 1].low == "must"
        and words[index - 2].low in w.DETERMINERS
    )


def _bean_for_been(words: list[Word], index: int) -> bool:
    """'bean' after 'have' is 'been' when the next word cannot be the noun it would modify ("has bean
    a nurse", "have bean waiting", "had bean in Leeds"); "the salad has bean sprouts", "it has bean,
    corn and rice" keep the vegetable."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return "NOUN" not in w.tags(following) and following not in w.COORDINATORS


class PerfectVerbForm(GrammarRule):
    id = "grammar.perfect-verb-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Have', 'has' or 'had' followed by a bare verb or a simple past instead of the past participle."
    why = (
        "The perfect tenses take the past participle: 'had overlooked', 'has written', 'had led'. A bare "
        "verb ('had overlook') is usually a dropped '-ed'; a simple past ('has wrote', 'had went') reads "
        "as careless. Words that are also nouns are flagged only when the next word shows a verb "
        "('had lead the team'), so 'had lead pipes removed' stays quiet. Past an adverb that stands before "
        "verbs ('has already go'), or in a question before its object ('Have you finish the essay?'), a "
        "bare verb is reported when the tagger reads it as one and no 'to' follows ('they have already "
        "work to do' is right). A contracted 'have' before an -ing form that is only a verb has lost "
        "its 'been' ('we've waiting' → 'we've been waiting'; or 'we're waiting', so that fix is offered, "
        "not applied); not before a noun, which it modifies ('we've waiting lists'). After 'he'd', "
        "'we'd' ('had' or 'would') a past that is nothing else gets both repairs: 'he'd went' → 'he'd "
        "gone' or 'he'd go'. A question's object is not a phrase of time ('have you work this week?'). "
        "'Bean' is 'been' when the next word cannot be the noun it would modify ('has bean a nurse'; not "
        "'the salad has bean sprouts')."
    )
    bad = (
        "The board had overlook the warnings.",
        "She has wrote three books.",
        "They have finish the work.",
        "The general had lead the troops into the city.",
        "Prices had rose sharply.",
        "The team had went home.",
        "The window has broke again, and having went there once, I know why.",
        "She has be there before, and he has bean a nurse for years.",
        "The minister had visit the site, and the club has accept the offer.",
        "They might have saw it, and he has fell over twice.",
        "Police have arrest three men.",
        "Have you ate yet? Has she ever went there? Why have they took it?",
        "I've forgot the name, we've went there, she's went home, and it's began to rain.",
        "She has drove there before, and prices had rose again.",
        "My keys have fell behind the sofa, and she had fell ill, and the roof had fell in.",
        "The floods have destroy hundreds of homes.",
        "Has the council already spoke to the residents? Have the new owners took over?",
        "Has the team went home? Have the guests ate dinner?",
        "Has anyone spoke to the driver? Has everyone ate already?",
        "She had never saw so much snow. Have you ever saw a whale? He had never fell ill.",
        "Has anyone saw my phone?",
        "Had I knew about the strike, I would have walked.",
        "The guests have finally arrive, and we've just eat lunch.",
        "Have you finish the essay? She has already go home.",
        "We've waiting for the courier since nine.",
        "By then she'd went home, and they'd took the keys.",
        "The driver has plead guilty, and his brother had plead not guilty.",
        "The defendant told jurors he had ran from the scene.",
        "He may have drove more than 20 miles, and she had drove home.",
        "A large oak had fell across the road and blocked both lanes.",
        "The council has not yet decide whether to renew the contract.",
        "The swimmer has broke two state records this season.",
        "Since 2019, the lab has conduct more than 40 field campaigns in the Arctic.",
        "Officials said the water main had broke sometime overnight, flooding several basements.",
        "Have you did a full factory reset yet?",
    )
    good = (
        "The driver has pleaded guilty, his brother has pled not guilty, and they plead their case today.",
        "I've got it; we've lit the fire; it's work; it's cost me a lot; we've work to do; I've no idea.",
        "Have you eaten? Have you any idea? Have it done by Monday. Have you got a pen? Had I known, I'd go.",
        "The must have toy this year is a robot, a must have for fans.",
        "The board had overlooked the warnings.",
        "The city had lead pipes removed last year.",
        "She has written three books and has got a fourth planned.",
        "They have work to do and had help from neighbours.",
        "The items they have remain in storage.",
        "The team had come home; it has become a habit.",
        "You had better finish the job.",
        "Staff have strived for years and have learnt from every setback.",
        "The oldest cat I've ever had was 23; the president should have complete control.",
        "The fields had burnt and the prices had spilt over.",
        "We had rose bushes; he has broke friends; having come so far, we stayed.",
        "The salad has bean sprouts, and the stew has bean, corn and rice.",
        "You had better be careful; we have to be there.",
        "The minister had visited the site; the club has accepted the offer and has learnt from it.",
        "They had saw blades and fell boots; she had wound it up; he had found it.",
        "We have fell walkers from Cumbria and had saw mills in the valley.",
        "We have record 300 entries; they have arrest powers, had control 2 years ago and have type 1 diabetes.",
        "They have staff thousands of miles away and have access to hundreds of files.",
        "Have the rose bushes grown? Has the company rose garden opened? Has the bicycle spoke snapped?",
        "Has anyone spoken to the driver? Has someone left a bag here? Has anybody else fallen ill?",
        "Have you saw blades for sale? He had always found it hard. Have you ever seen a whale?",
        "We have proof that he was there, and we had word that the deal was off.",
        "They have already work to do; have you change for the meter? We have only complete sets left.",
        "We've working capital, and they've building work going on.",
        "We'd better go; I'd rather stay; they'd left, and it'd been years.",
        "The council has not yet decided, and they have not yet work to do; he has broke friends.",
        "We have over 3,000 images, and the team has record over 300 entries.",
        "The water main had broken overnight; he has broke friends again, and they had broke neighbours once.",
    )
    fixed = (
        "The board had overlooked the warnings.",
        "She has written three books.",
        "They have finished the work.",
        "The general had led the troops into the city.",
        "Prices had risen sharply.",
        "The team had gone home.",
        "The window has broken again, and having gone there once, I know why.",
        "She has been there before, and he has been a nurse for years.",
        "The minister had visited the site, and the club has accepted the offer.",
        "They might have saw it, and he has fell over twice.",
        "Police have arrested three men.",
        "Have you eaten yet? Has she ever gone there? Why have they taken it?",
        "I've forgotten the name, we've gone there, she's gone home, and it's begun to rain.",
        "She has driven there before, and prices had risen again.",
        "My keys have fell behind the sofa, and she had fell ill, and the roof had fell in.",
        "The floods have destroyed hundreds of homes.",
        "Has the council already spoken to the residents? Have the new owners taken over?",
        "Has the team gone home? Have the guests eaten dinner?",
        "Has anyone spoken to the driver? Has everyone eaten already?",
        "She had never saw so much snow. Have you ever saw a whale? He had never fell ill.",
        "Has anyone saw my phone?",
        "Had I known about the strike, I would have walked.",
        "The guests have finally arrived, and we've just eaten lunch.",
        "Have you finished the essay? She has already gone home.",
        "We've waiting for the courier since nine.",
        "By then she'd went home, and they'd took the keys.",
        "The driver has pleaded guilty, and his brother had pleaded not guilty.",
        "The defendant told jurors he had run from the scene.",
        "He may have driven more than 20 miles, and she had driven home.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PERFECT_TRIGGERS):
            have = words[index]
            if _relative_clause(words, index) or _after_perfect(words, index) or _must_have_noun(words, index):
                continue
            target_index = _skip_adverb(words, index)
            if _not_yet(words, target_index):
                target_index += 1  # "has not yet decide": the adverb after 'not' is passed too
            if target_index >= len(words) or (words[target_index].capitalised and words[target_index].text != "I"):
                continue  # a name or a title ("had Rose …"), but not the pronoun "Had I knew
            if have.low in _CONTRACTED_D:
                if target_index < len(words) and _only_past(words[target_index].low):
                    finding = self._had_or_would(have, words[target_index])  # "he'd went"
                    if finding is not None:
                        yield finding
                continue
            if have.low in _CONTRACTED_S and not _only_past(words[target_index].low):
                continue  # "it's work", "it's seem": only "she's went", "it's took" are sure
            if have.low in _CONTRACTED_HAVE and _progressive_only(words, target_index):
                yield self._been(have, words[target_index])  # "I've looking into it"
                continue
            if words[target_index].low in w.SUBJECT_PRONOUNS and _asks(words, index) and words[target_index].joined:
                asked = _asked_past(words, target_index, _asked_form)  # "Have you ate yet?", "Has she went to bed?"
                if asked is None:
                    bare = (
                        _tagged_bare(doc, words, target_index + 1, asked=True) if words[target_index].joined else None
                    )
                    if bare is not None:  # "Have you finish the report?": the tagger reads a verb
                        yield self._participle(have, words[target_index + 1], bare, ())
                    continue
                target_index = asked
            elif words[target_index].low in _INDEFINITE_SUBJECTS and _asks(words, index) and target_index == index + 1:
                asked = _asked_past(words, target_index, _asked_after_indefinite)  # "Has anyone spoke to him?"
                if asked is None:
                    continue
                target_index = asked
            elif words[target_index].low in _SUBJECT_OPENERS and _asks(words, index) and target_index == index + 1:
                asked = _past_after_subject(words, target_index)  # "Has the council spoke to them?"
                if asked is None:
                    continue
                target_index = asked
            participle = _participle_for(words, target_index, adverb=target_index > index + 1)
            if participle is None and target_index > index + 1 and _verb_after_adverb(words, target_index):
                participle = _tagged_bare(doc, words, target_index)  # "has already go to bed", "have just eat lunch"
            if words[target_index].low == "be" and have.low != "having" and not _had_better(words, index):
                participle = "been"  # "she has be there": not "you had better be"
            if words[target_index].low == "bean" and _bean_for_been(words, target_index):
                participle = "been"  # "she has bean a nurse": not "the salad has bean sprouts"
            if participle is not None and _noun_with_value(doc, words, target_index):
                continue  # "has index 0", "have distance 0", "has undo/redo support": a noun object
            if participle is not None:
                target = words[target_index]
                yield self._participle(have, target, participle, _other_participles(target.low, participle))

    def _participle(self, have: Word, target: Word, participle: str, others: tuple[str, ...]) -> Finding:
        named = " or ".join(f"'{form}'" for form in (participle, *others))
        return self.finding(
            target.start,
            target.end,
            f"After '{have.text}', use the past participle {named}, not '{target.text}'.",
            suggestions=(participle, *others),
            fix=FixSafety.UNSAFE if others else FixSafety.SAFE,  # "had lay down": 'lain' or 'laid'
        )

    def _had_or_would(self, have: Word, target: Word) -> Finding | None:
        """'He'd went': the participle for 'had' first, the bare verb for 'would' second."""
        lemma = next(iter(w.verb_lemmas(target.low)), None)
        participle = _participle_for([target], 0, adverb=True)
        if lemma is None or participle is None:
            return None
        return self.finding(
            target.start,
            target.end,
            f"After '{have.text}', use the past participle '{participle}' ('had {participle}') or the bare "
            f"verb '{lemma}' ('would {lemma}'), not '{target.text}'.",
            suggestions=(participle, lemma),
            fix=FixSafety.UNSAFE,
        )

    def _been(self, have: Word, target: Word) -> Finding:
        """'I've looking': the perfect progressive has lost its 'been' (or 'have' stands for 'am')."""
        return self.replace_word(
            target,
            f"been {target.text}",
            f"'{have.text} {target.text}' lacks 'been': write '{have.text} been {target.text}'.",
            FixSafety.UNSAFE,
        )


def _not_yet(words: list[Word], at: int) -> bool:
    """'Yet' or 'ever' at ``at`` straight after 'not' or 'never' ("has not yet decide", "have never
    ever seen"), with a word after it."""
    return (
        0 < at < len(words) - 1
        and words[at].low in ("yet", "ever")
        and words[at - 1].low in ("not", "never")
        and words[at - 1].joined
        and words[at].joined
    )


_BEFORE_VERB_ONLY = frozenset(
    "already recently finally previously eventually repeatedly reportedly allegedly yet".split()
)
"""Adverbs between 'have' and a word that stand before a verb, not before a noun object ("has already
go to bed"; 'just', 'only', 'still' also precede nouns: "we have only time for one")."""


def _verb_after_adverb(words: list[Word], at: int) -> bool:
    """After 'have' and an adverb, the word at ``at`` is read as a verb: the adverb stands only before
    verbs, or the word has no noun or adjective reading ("have just eat lunch"); the tagger then has
    the last word."""
    return words[at - 1].low in _BEFORE_VERB_ONLY or w.tags(words[at].low) == {"VERB"}


def _progressive_only(words: list[Word], at: int) -> bool:
    """An -ing form that is nothing but the verb's ('looking', 'waiting'; not 'working', 'going'),
    and not before a word that is a noun and no adverb: there it is the noun's modifier, and 'have'
    is the verb of owning ("we've waiting lists", "they've competing priorities")."""
    low = words[at].low
    if w.tags(low) != {"VERB"} or w.verb_tags(low) != {"VBG"}:
        return False
    following = w.tags(words[at + 1].low) if at + 1 < len(words) and words[at].joined else frozenset()
    return "NOUN" not in following or "ADV" in following


def _tagged_bare(doc: Document, words: list[Word], at: int, asked: bool = False) -> str | None:
    """The participle for a bare verb at ``at`` after 'have' that the tagger reads as a verb, no 'to'
    after it ("They have already work to do") and no adjective reading ("have only complete sets").
    ``asked``: after a question's 'have you', a form that is also a noun needs its object after it
    ("Have you finish the report?"; not "Have you change for a tenner?")."""
    if at >= len(words) or words[at].capitalised or not words[at - 1].joined:
        return None
    low = words[at].low
    if "VB" not in w.verb_tags(low) or "VBN" in w.verb_tags(low) or "ADJ" in w.tags(low):
        return None
    if asked and "NOUN" in w.tags(low) and not _object_opens(words, at + 1):
        return None
    tags = sentence_tags(doc, words)
    if tags[at] not in ("VB", "VBP") or (at + 1 < len(tags) and tags[at + 1] == "TO"):
        return None
    for lemma in w.verb_lemmas(low):
        forms = w.verb_inflections(lemma)
        participles = forms.get("VBN", ())
        if low in forms.get("VB", ()) and participles and low not in participles:
            return _likeliest(low, lemma, participles)
    return None


def _object_opens(words: list[Word], at: int) -> bool:
    """An object opens at ``at``: a determiner or an object pronoun, not a phrase of time ("have you
    finish the report?"; not British "have you work this week?", where 'work' is the noun)."""
    if at >= len(words) or words[at].low not in _VERB_CONFIRMING:
        return False
    return not (at + 1 < len(words) and words[at + 1].low in w.ADVERBIAL_NOUNS)


def _asked_past(words: list[Word], pronoun: int, past: Callable[[list[Word], int], bool] | None = None) -> int | None:
    """Index of a simple past that is nothing else after a question's 'have' and its subject ("Have
    you ate?", "Has she ever went?"), past one adverb; None for anything else ("Have you any?").
    ``past`` judges the form in place of :func:`_only_past`."""
    at = pronoun + 1
    if at < len(words) and _adverb(words[at].low) and words[at - 1].joined:
        at += 1
    if at >= len(words) or not words[at - 1].joined or words[at].capitalised:
        return None
    if past is not None:
        return at if past(words, at) else None
    return at if _only_past(words[at].low) else None


def _past_after_subject(words: list[Word], opener: int) -> int | None:
    """Index of a past after a question's 'have' and a noun phrase that the determiner at ``opener``
    opens, up to two modifiers before the noun ("Has the council spoke", "Have the new owners took")."""
    for noun in range(opener + 1, min(opener + 4, len(words) - 1)):
        if not words[noun - 1].joined or words[noun].capitalised or not w.tags(words[noun].low) & {"NOUN", "ADJ"}:
            return None
        if "NOUN" in w.tags(words[noun].low):
            asked = _asked_past(words, noun, _past_after_noun)
            if asked is not None:
                return asked
    return None


def _past_after_noun(words: list[Word], at: int) -> bool:
    """After 'has the council' a past that is also a noun is the verb ("has the council spoke to",
    "has your brother ever drove"), unless a noun or a participle follows ("has the wheel spoke
    snapped?", "has the rose garden opened?")."""
    low = words[at].low
    if w.verb_tags(low) != {"VBD"} or "ADJ" in w.tags(low):
        return False
    following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    if (
        "NOUN" in w.tags(following)
        and following not in _VERB_CONFIRMING | _PARTICLES | w.PREPOSITIONS
        and not _only_past(low)  # "has the team went home?": 'went' modifies nothing
    ):
        return False  # "has the company rose garden opened?": a noun after it makes it a modifier
    return not w.verb_tags(following) & {"VBN", "VBD"}


def _only_past(low: str) -> bool:
    """A simple past that is nothing else: no participle, noun or adjective ("went", "took", "ate")."""
    return w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBD"}


def _other_participles(target: str, participle: str) -> tuple[str, ...]:
    """The participles of the other verbs whose past or bare form ``target`` is ('lay': 'lain' and
    'laid'; 'saw': 'seen' and 'sawn'), so that the fix is not chosen for the writer."""
    found: list[str] = []
    for lemma in w.verb_lemmas(target):
        forms = w.verb_inflections(lemma)
        if target in forms.get("VB", ()) or target in forms.get("VBD", ()):
            first = _likeliest(target, lemma, forms["VBN"]) if forms.get("VBN") else None
            if first and first != participle and first not in found:
                found.append(first)
    return tuple(found)


def _had_better(words: list[Word], index: int) -> bool:
    """'had better be', 'had best be': an idiom that takes the bare verb (or 'had' followed by a
    subject: "had he be…" is not the perfect)."""
    return words[index].low == "had" and index + 1 < len(words) and words[index + 1].low in ("better", "best")


def _after_perfect(words: list[Word], index: int) -> bool:
    """'had' is itself the participle of a perfect ("the oldest cat I've ever had was", "has had"):
    the verb after it belongs to the next clause."""
    back = index - 1
    if back >= 0 and words[back].low in w.MID_ADVERBS:
        back -= 1
    return (
        back >= 0
        and words[index].low == "had"
        and words[back].low.endswith(("'ve", "’ve", "'s", "’s", "'d", "’d", "have", "has"))
    )


def _relative_clause(words: list[Word], index: int) -> bool:
    """'the items they have remain': 'have' closes a relative clause; the next verb is the main one."""
    if index < 2 or words[index - 1].low not in w.SUBJECT_PRONOUNS:
        return False
    two_back = words[index - 2].low
    if index > 2 and words[index - 3].low in w.TELLING_VERBS and words[index - 3].joined:
        return False  # "told jurors he had ran": the noun is the listener, the clause what was told
    return two_back in ("that", "which", "who", "whom") or (
        "NOUN" in w.tags(two_back) and two_back not in w.CLAUSE_OPENERS and two_back not in w.AUXILIARIES
    )


def _participle_for(words: list[Word], index: int, adverb: bool = False) -> str | None:
    """The participle for a bare or simple-past form after 'have'; ``adverb``: one stood between them."""
    target = words[index].low
    found = w.verb_tags(target)
    if not found or "VBN" in found or "VBG" in found or target in _ACCEPTED_PARTICIPLES:
        return None
    if "VB" not in found and "VBD" not in found:
        return None
    if target in w.PREPOSITIONS and "VBD" not in found:
        return None  # a bare form that is also a preposition: "has over a million followers", "had near a thousand"
    pos = w.tags(target)
    if (
        found <= {"VB", "VBP"}
        and index + 1 < len(words)
        and words[index].joined
        and _noun_like(words[index + 1].low)
        and not _counted_object(words, index)
        and not _verb_before_object(words, index)
    ):
        return None  # "should have complete control": a bare form before a noun may be its adjective
    # "had not rose": after an adverb a simple past cannot be a noun object any more; nor can "saw"
    # or "fell", whose bare reading ('saw' wood) would want a participle too ("had never saw").
    confirmed = adverb and ("VB" not in found or _past_of_another(target))
    if set(pos) != {"VERB"} and not confirmed and not _confirmed_verb(words, index) and not _bare_past(words, index):
        return None
    for lemma in w.verb_lemmas(target):
        forms = w.verb_inflections(lemma)
        if target in forms.get("VB", ()) or target in forms.get("VBD", ()):
            participles = forms.get("VBN", ())
            if participles and target not in participles and not _variant_participle(target, lemma, participles):
                return _likeliest(target, lemma, participles)
    return None


def _noun_with_value(doc: Document, words: list[Word], index: int) -> bool:
    """A number follows the word at ``index`` ('has index 0', 'have distance 0'), or a slash glues it to
    a second word ('has undo/redo support'): a noun and its value, or a pair of nouns, not a verb."""
    if index + 1 >= len(words):
        return False
    if words[index].joined:
        return words[index + 1].low[:1].isdigit()
    return doc.text[words[index].end : words[index + 1].start] == "/"


def _noun_like(low: str) -> bool:
    """A noun by the tables, or a lower-case word no word list knows ('chm': a technical term, not
    'than' or 'the', which the tables leave out as closed-class words)."""
    from rules.spelling._lexicon import lexicon

    tags = w.tags(low)
    if tags:
        return "NOUN" in tags
    return low.isalpha() and low not in lexicon()


def _past_of_another(low: str) -> bool:
    """``low`` is one verb's simple past and another verb's bare form ('saw': see/saw; 'fell':
    fall/fell; 'lay': lie/lay): after 'have' both readings want a participle."""
    if "VBD" not in w.verb_tags(low):
        return False
    lemmas = w.verb_lemmas(low)
    return low in lemmas and any(lemma != low for lemma in lemmas)


def _asked_after_indefinite(words: list[Word], at: int) -> bool:
    """After 'has anyone', 'has somebody': a past as after a noun subject ("has anyone spoke to"), or
    one that is another verb's bare form before an object ("has anyone saw my phone?")."""
    if _past_after_noun(words, at):
        return True
    following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    return _past_of_another(words[at].low) and following in _VERB_CONFIRMING


def _asked_form(words: list[Word], at: int) -> bool:
    """After a question's 'have' and its pronoun: a simple past that is nothing else ("Have you
    ate?"), or one that is also another verb's bare form past an adverb or before an object ("Have
    you ever saw a whale?"; not "Have you saw blades?", which asks about a noun)."""
    low = words[at].low
    if _only_past(low) or low == "did":  # "Have you did a reset?": 'did', an auxiliary too, is still a past
        return True
    if not _past_of_another(low):
        return False
    following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    return words[at - 1].low not in w.SUBJECT_PRONOUNS or following in _VERB_CONFIRMING


def _likeliest(target: str, lemma: str, participles: tuple[str, ...]) -> str:
    """An irregular past takes its irregular participle when the verb has two ('lay' → 'lain', not
    'lied': 'lie' has both), unless the regular one is the standard (:data:`_REGULAR_FIRST`)."""
    if target not in _regular_past(lemma) and lemma not in _REGULAR_FIRST:
        known = IRREGULAR.get(lemma)
        if known is not None and target in known.past.split("/"):
            return known.participle.split("/")[0]  # "lay" → "lain" (lemminflect lists only 'lied' for 'lie')
        irregular = [form for form in participles if form not in _regular_past(lemma)]
        if irregular:
            return irregular[0]
    return participles[0]


_REGULAR_FIRST = frozenset(("plead",))
"""Verbs whose regular participle is the one style guides give, the irregular a variant: 'has plead
guilty' → 'pleaded' (AP), not 'pled'."""


def _bare_past(words: list[Word], index: int) -> bool:
    """A simple past that is also an adjective or a noun ("broke", "rose") with no noun or adjective
    after it: 'has broke again' is the verb ('had rose bushes' is not)."""
    if w.verb_tags(words[index].low) != {"VBD"}:
        return False
    if index + 1 >= len(words) or not words[index].joined:
        return True
    following = words[index + 1].low
    if following in w.CARDINALS or following[:1].isdigit():
        return True  # "has broke two records": an adjective would stand after the number ("two broke friends")
    return not w.tags(following) & {"NOUN", "ADJ", "PROPN"} or following in w.PREPOSITIONS or following in _BARE_ADVERBS


_BARE_ADVERBS = frozenset("there here away abroad again twice yesterday faster higher further home back more".split())
"""Adverbs that the tables know as adjectives or nouns too, but that no noun object takes before
it: after them a past is the verb ("has drove there before", "had rose again", "have rose faster")."""


def _regular_past(lemma: str) -> set[str]:
    """The -ed forms a lemma can take: "strived", "stopped", "carried"."""
    forms = {lemma + "ed", lemma + lemma[-1:] + "ed"}
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        forms.add(lemma[:-1] + "ied")
    return forms


def _variant_participle(target: str, lemma: str, participles: tuple[str, ...]) -> bool:
    """A past form that is also an accepted participle, though lemminflect lists one participle only.

    A regular -ed form is always one ("have strived" beside "striven"), and so is the -t twin of
    a regular participle ("have learnt", "has burnt" beside "learned", "burned").
    """
    regular = _regular_past(lemma)
    if target == lemma:
        return False  # "had visit", "has start": the bare verb is no participle, even when it ends in -t
    return target in regular or (target.endswith("t") and any(form in regular for form in participles))


def _confirmed_verb(words: list[Word], index: int) -> bool:
    """The word after an ambiguous form shows that the form is a verb ("had lead the", "had rose to")."""
    target = words[index]
    if index + 1 >= len(words):
        return False
    if not target.joined:
        return False
    following = words[index + 1].low
    if following == "that" and "NOUN" in w.tags(target.low) and _clause_after(words, index + 1):
        return False  # "We have proof that he was there": a noun and its 'that' clause
    if following == "that" and "NOUN" in w.tags(target.low) and _relative_verb_after(words, index + 1):
        return False  # "you will have code that has to choose": a noun and its relative clause
    if following in _VERB_CONFIRMING or _counted_object(words, index):
        return True
    if "VBD" in w.verb_tags(target.low) and "VB" not in w.verb_tags(target.low):
        # "had broke down", "had broke sometime overnight": a particle or a time after it, no noun or adjective's
        return (
            following in _PARTICLES
            or following in _TIME_AFTER_PAST
            or (following.endswith("ly") and "ADV" in w.tags(following))
        )
    if "VBD" in w.verb_tags(target.low):
        # "have saw it", "has fell over": a past that is also a rarer verb's bare form ('saw', 'fell')
        # is no participle of either, and a noun or an adjective reading cannot take 'it' or 'over'
        return following in _PAST_CONFIRMING or w.only_adverb_in_ly(following)
    return following == "to" and target.low == "lead"


_TIME_AFTER_PAST = frozenset("overnight sometime yesterday earlier again twice once".split())
"""Times that follow a verb's past, not an adjective ('had broke overnight'; not 'has broke friends')."""


def _relative_verb_after(words: list[Word], index: int) -> bool:
    """'that' at ``index`` is a relative pronoun: a verb in -s or the past, or one that can only be
    finite, straight after it ('code that has', 'work that needs'; not 'finish that report')."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return w.only_finite(following) or bool(w.verb_tags(following) & {"VBZ", "VBD"})


def _clause_after(words: list[Word], index: int) -> bool:
    """'that' at ``index`` opens a clause: a subject pronoun or an article follows it ('proof that he
    was', 'word that the deal is off'), not the noun it would point to ('finish that report')."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    return words[index + 1].low in w.SUBJECT_PRONOUNS or words[index + 1].low in w.ARTICLES


def _counted_object(words: list[Word], index: int) -> bool:
    """A number after a bare form that is no adjective: its counted object ("police have arrest three
    men"); an adjective may count ("we have record 300 entries")."""
    at = _past_approximation(words, index + 1)  # "have collect over 3,000", "has conduct more than 40"
    following = words[at].low
    counted = following in w.CARDINALS or following.isdigit()
    unit = words[at + 1].low if at + 1 < len(words) else ""
    label = words[index].low in w.NUMBER_LABELS  # "both have type 1 diabetes"
    if counted and "NOUN" in w.tags(words[index].low) and not (at + 1 < len(words) and words[at].joined):
        return False  # "the fraction has value 1/10", "it has weight 3.": a noun and its figure, nothing counted
    return counted and not label and "ADJ" not in w.tags(words[index].low) and unit not in _TIME_UNITS


_APPROXIMATORS = frozenset("over nearly almost about around approximately roughly some".split())
_COMPARED_COUNTS = frozenset(("more", "fewer"))


def _past_approximation(words: list[Word], at: int) -> int:
    """Where the number stands after a word that rounds it at ``at`` ('over 3,000', 'more than 40',
    'nearly 200'); ``at`` itself when no such word stands there."""
    if at + 1 >= len(words) or not words[at].joined:
        return at
    if words[at].low in _APPROXIMATORS:
        return at + 1
    if words[at].low in _COMPARED_COUNTS and words[at + 1].low == "than" and at + 2 < len(words):
        return at + 2
    return at


def _verb_before_object(words: list[Word], index: int) -> bool:
    """A bare form that is only a verb (no adjective to modify the noun after it) before a word that
    counts its object: "the floods have destroy hundreds of homes"."""
    return (
        w.tags(words[index].low) == {"VERB"}
        and words[index + 1].low in _COUNTING_PLURALS
        and index + 2 < len(words)
        and words[index + 2].low == "of"
    )


_COUNTING_PLURALS = frozenset("hundreds thousands millions billions dozens scores tens lots plenty".split())


def _measured(words: list[Word], index: int) -> bool:
    """A number after ``words[index]`` measures a distance or a weight ("sunk three miles off the
    coast"), not an object it counts ("the choir sung three hymns")."""
    return index + 2 < len(words) and words[index + 2].low in _MEASURE_UNITS


_MEASURE_UNITS = frozenset(
    """miles kilometres kilometers km metres meters feet inches yards fathoms leagues places points
    spots positions tonnes tons pounds kilos degrees storeys floors levels""".split()
)


_TIME_UNITS = frozenset("times years months weeks days hours minutes seconds decades percent per".split())
"""Nouns of a number that measures, not counts an object: "had control 2 years ago"."""


_DO_NUMBER = {
    "does": "do",
    "doesn't": "don't",
    "doesn’t": "don’t",
    "do": "does",
    "don't": "doesn't",
    "don’t": "doesn’t",
}


def _do_for_subject(words: list[Word], index: int, subject_end: int | None, target_index: int) -> str | None:
    """The form of 'do' that a question's subject takes, when the question has the other one: "does
    dogs sleep" → 'do', "do he know" → 'does' (a bare verb must follow the subject)."""
    do = words[index].low
    if subject_end is None or do not in _DO_NUMBER or not _asks(words, index):
        return None
    if do.startswith("does") and words[target_index].low in _SHORT_PHRASE_PREPOSITIONS:
        target_index = verb_after_phrase(words, target_index)  # "Does the kids in your club get …?"
    if "VB" not in w.verb_tags(words[target_index].low) or words[target_index].low in w.AUXILIARIES:
        return None
    subject = words[subject_end]
    following = words[target_index + 1].low if target_index + 1 < len(words) else ""
    if "NOUN" in w.tags(words[target_index].low) and "VB" in w.verb_tags(following):
        return None  # "does the sales team meet": the noun after the plural is the subject's head
    if do.startswith("does"):
        plural = w.is_plural_noun(subject.low) and words[subject_end - 1].low not in ("a", "an", "this", "that")
        return _DO_NUMBER[do] if plural and not subject.capitalised else None
    return _DO_NUMBER[do] if subject_end == index + 1 and subject.low in ("he", "she") else None


def _right_after_negation(words: list[Word], index: int) -> bool:
    """``words[index]`` follows 'not' or a "n't" form of 'do' with nothing between."""
    before = words[index - 1]
    return before.joined and (before.low == "not" or before.low.endswith(("n't", "n’t")))


def _past_only_verb(words: list[Word], index: int, subject_end: int | None, negated: bool = False) -> bool:
    """A past form after 'did', 'do': nothing but a verb ("went"), or, after a question's subject
    or a negated 'do', also an adjective when an object or an infinitive follows ("did you tried
    this?", "I didn't wanted to go"; "is he worried about" is not asked here)."""
    pos = w.tags(words[index].low)
    if subject_end is not None and _passive_after_noun(words, index, subject_end):
        return False  # "Does the change represented by these symbols violate …": it describes the noun
    if subject_end is None and not negated and words[index - 1].low in w.DO_FORMS and _modifies_object(words, index):
        return False  # "we did baked beans on toast", "they do fried chicken": 'do' is the main verb
    if pos == {"VERB"}:
        return True
    if subject_end is not None and words[subject_end].low in _ASKED_PRONOUNS and words[index - 1].joined:
        return True  # "why did she left?": after 'did she' a past that is also an adjective is still the verb
    if subject_end is None and not negated:
        return _emphatic_did_past(words, index)
    if negated and "NOUN" in pos and pos <= {"VERB", "NOUN", "ADJ"} and _right_after_negation(words, index):
        return True  # "they didn't thought", "did not felt": no noun stands right after a negated 'do'
    if pos != {"VERB", "ADJ"}:
        return False
    if index + 1 >= len(words) or not words[index].joined:
        return negated  # "they did not even tried.": no adjective ends a clause after a negated 'do'
    following = words[index + 1].low
    if negated and w.tags(following) & {"NOUN", "ADJ"} and following not in w.PREPOSITIONS:
        return True  # "did not considered cheaper options": after a negated 'do' the past takes its object
    return following in _VERB_CONFIRMING or (negated and following == "to")


def _emphatic_did_past(words: list[Word], index: int) -> bool:
    """'I did thought of it', 'she did wanted to': a subject pronoun, 'did' and a past that is also a
    noun or an adjective, all joined. After a pronoun 'did' is the auxiliary ('what he did thought
    little of it' is read by the free-relative check before this)."""
    if index < 2 or words[index - 1].low != "did" or words[index - 2].low not in w.SUBJECT_PRONOUNS:
        return False
    if not (words[index - 2].joined and words[index - 1].joined):
        return False
    if not w.tags(words[index].low) <= {"VERB", "NOUN", "ADJ"}:
        return False
    return not _modifies_object(words, index)


_CATENATIVE_PASTS = frozenset(
    "wanted needed tried decided hoped planned liked loved started began managed meant".split()
)
"""Pasts that take another verb: before a bare verb they are the slip's verb ('I did wanted catch')."""


def _modifies_object(words: list[Word], index: int) -> bool:
    """The past at ``index`` is an adjective before 'did''s object: a noun or a plain adjective follows
    ('she did advanced maths', 'I did scrambled eggs', 'they did wanted posters', 'he did fixed-term
    work'); not a determiner, pronoun, preposition or an adverb of time ('did liked the film', 'did
    thought about it', 'did worked last week')."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1]
    kinds = w.tags(following.low)
    if words[index].low in _CATENATIVE_PASTS and "VB" in w.verb_tags(following.low):
        return False  # "I did wanted catch all errors": 'wanted (to) catch', the verb
    if "-" in following.text and following.low not in w.PREPOSITIONS:
        return True
    if following.capitalised and w.verb_tags(words[index].low) == {"VBN"}:
        return True  # "Does spoken English differ?": a participle that is nothing else, before a name
    return bool(kinds) and "ADV" not in kinds and ("NOUN" in kinds or kinds == {"ADJ"})


_FREE_RELATIVES = frozenset("what whatever all everything anything something nothing whoever whichever".split())


_WHAT_AMOUNTS = frozenset(("little", "few", "much"))


def _free_relative(words: list[Word], index: int) -> bool:
    """'What he did', 'all the council did': 'do' closes a clause that is the subject of the next
    verb (a free relative word, then a pronoun or a determiner and up to two more words)."""
    for back in range(index - 2, max(index - 5, -1), -1):
        if words[back].low in _FREE_RELATIVES:
            between = words[back + 1 : index]
            if len(between) > 1 and between[0].low in _WHAT_AMOUNTS:
                between = between[1:]  # "what little the government did", "what few friends he had"
            first = between[0]
            if len(between) == 1 and (
                first.capitalised or w.is_plural_noun(first.low) or first.low in w.PLURAL_PERSONS
            ):
                return True  # "What people did mattered", "What Rose did worked": a name or a plural as the subject
            return first.low in w.SUBJECT_PRONOUNS or first.low in w.DETERMINERS
        if not words[back].joined:
            return False
    return False


def _passive_after_noun(words: list[Word], index: int, subject_end: int) -> bool:
    """A participle and 'by' right after a question's noun subject: a passive that describes the noun."""
    following = words[index + 1] if index + 1 < len(words) and words[index].joined else None
    return following is not None and following.low == "by" and words[subject_end].low not in w.SUBJECT_PRONOUNS


def _negated_or_asked(words: list[Word], index: int, target_index: int) -> bool:
    """'don't needs', 'do not has', 'does he has': after a negated or questioning 'do' a form in -s
    can only be the verb ("they do needs assessments" is 'do' the main verb with a noun)."""
    aux = words[index].low
    if aux.endswith(("n't", "n’t")) or (target_index > index + 1 and words[index + 1].low == "not"):
        return True
    return target_index > index + 1 and (words[index + 1].low in _ASKED_SUBJECTS or _asks(words, index))


_INDEFINITE_SUBJECTS = w.INDEFINITE_PERSONS
"""Pronouns for people that ask a question's subject ("has anyone spoke", "did anybody saw the
match"): nobody saws wood, or has a spoke, after them."""
_ASKED_SUBJECTS = w.SUBJECT_PRONOUNS | _INDEFINITE_SUBJECTS | frozenset("nobody this that".split())
_MODAL_ASKED = _QUESTION_PRONOUNS | _INDEFINITE_SUBJECTS
"""Subjects after a modal that opens a question, before a form that can only be the verb's -s or
past ("can he comes", "could anyone tells me")."""
_WH_WORDS = frozenset("what where when why how who which".split())
_OBJECTS_TOO = frozenset(("it", "you"))
_SUBJECT_OPENERS = frozenset("the this that these those my your his her its our their".split())
_MODAL_OPENERS = _MODAL_ASKED | {"you"} | _SUBJECT_OPENERS
"""Words after a capitalised modal that make it a question's opening ("Can he", "Could you", "Will the")."""


def _asked_noun_verb(doc: Document, words: list[Word], at: int) -> bool:
    """After a modal that opens a question and its subject, a determiner and a noun ("Can the team"),
    ``words[at]`` is a form in -s or a past that can only be the verb: no noun reading, or one the
    tagger overrules ("Can the team finishes by Friday?"; not "Can the bus stops be moved?"), and the
    sentence ends in a question mark."""
    if at >= len(words) - 1 or words[at].capitalised or not words[at - 1].joined:
        return False
    if doc.text[words[-1].end : words[-1].end + 2].strip()[:1] != "?":
        return False
    low = words[at].low
    found = w.verb_tags(low)
    if not found or not found <= {"VBZ", "VBD"}:
        return False
    return "NOUN" not in w.tags(low) or sentence_tags(doc, words)[at] in ("VBZ", "VBD")


def _asks(words: list[Word], index: int) -> bool:
    """The 'do' at ``index`` opens a question: first in its sentence, after a wh-word, or after
    'how' and a word of degree ("how often does", "how much does")."""
    if index == 2 and words[0].low == "how" and words[1].low in _HOW_DEGREES:
        return words[0].joined and words[1].joined
    if index == 2 and words[0].low in _WH_DETERMINERS and words[0].joined and words[1].joined:
        return w.is_singular_count_noun(words[1].low) and not words[1].capitalised  # "What time did", "Which bus does"
    return index == 0 or (index == 1 and words[0].low in _WH_WORDS and words[0].joined)


_HOW_DEGREES = frozenset("often long much far soon".split())
_WH_DETERMINERS = frozenset(("what", "which", "whose"))


def _not_and_adverb(words: list[Word], index: int, target_index: int) -> bool:
    """'not' and a mid-sentence adverb stand between 'do' and its verb ("did not even tried")."""
    return (
        target_index + 1 < len(words)
        and target_index == index + 2
        and words[index + 1].low == "not"
        and w.between_adverb(words[target_index].low)
        and words[target_index].joined
    )


def _question_subject_end(words: list[Word], index: int) -> int | None:
    """Index of the last word of the subject after a 'do': a pronoun ("does he"), or, when the 'do'
    opens a question, 'anybody' or a determiner and its noun ("does the firm", "do your new
    rules"); None when no such subject follows."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    first = words[index + 1]
    if first.low in w.SUBJECT_PRONOUNS and (first.low not in _OBJECTS_TOO or _asks(words, index)):
        return index + 1  # "does he", but not "Bobby does it is because"
    if not _asks(words, index):
        return None
    if w.is_plural_noun(first.low) and not first.capitalised:
        return index + 1  # "what does manipulations mean"
    if first.capitalised and _named_subject(words, index + 1):
        return index + 1  # "Does Tom plays the piano?"
    singular = words[index].low in _DOES
    noun = _noun_after(words, index + 1, singular) if first.low in _SUBJECT_OPENERS else None
    if noun is None and first.low in _ASKED_SUBJECTS:
        return index + 1  # "does anybody", "does this" (a pronoun when no noun follows)
    return None if noun is None else _past_short_phrase(words, noun)


_SHORT_PHRASE_PREPOSITIONS = frozenset("of in at on for".split())


def _past_short_phrase(words: list[Word], noun: int) -> int:
    """The end of a question's subject that goes on past its noun with a preposition, a determiner
    and a noun, right before a verb in -s or the past ("Does the price of the room includes …?");
    else ``noun``."""
    end = noun + 3
    if end + 1 >= len(words) or not all(words[at].joined for at in range(noun, end + 1)):
        return noun
    if words[noun + 1].low not in _SHORT_PHRASE_PREPOSITIONS or words[noun + 2].low not in _SUBJECT_OPENERS:
        return noun
    if "NOUN" not in w.tags(words[end].low) or w.tags(words[end + 1].low) != {"VERB"}:
        return noun
    return end if w.verb_tags(words[end + 1].low) & {"VBZ", "VBD"} else noun


def compound_head_next(words: list[Word], plural: int) -> bool:
    """After the plural at ``plural`` a noun, its phrase and then a word that is only a verb ("the
    sales team in London meet"): the noun is the subject's head, the plural its modifier."""
    at = plural + 1
    return (
        at + 1 < len(words)
        and words[plural].joined
        and "NOUN" in w.tags(words[at].low)
        and words[at + 1].low in _SHORT_PHRASE_PREPOSITIONS
        and verb_after_phrase(words, at + 1, only_verb=False) > at + 1
    )


def verb_after_phrase(words: list[Word], at: int, only_verb: bool = True) -> int:
    """The index of the bare verb after the short phrase that opens with the preposition at ``at``
    (a determiner, up to two modifiers and a noun, or a name: "in your club get", "in London meet"),
    or ``at`` when there is none. ``only_verb``: a word that is nothing but a verb."""
    if at + 1 >= len(words):
        return at
    named = words[at + 1].capitalised and not words[at + 1].sentence_start
    if words[at + 1].low not in _SUBJECT_OPENERS and not named:
        return at
    for end in range(at + 1 if named else at + 2, min(at + 5, len(words) - 1)):
        if not all(word.joined for word in words[at : end + 1]):
            return at
        if not (words[end].capitalised if named else "NOUN" in w.tags(words[end].low)):
            return at
        verb = words[end + 1].low
        if (w.tags(verb) == {"VERB"} or not only_verb) and "VB" in w.verb_tags(verb) and not words[end + 1].capitalised:
            return end + 1
    return at


def _noun_after(words: list[Word], index: int, singular: bool = False) -> int | None:
    """Index of the noun that ends the phrase opened by the determiner at ``index`` (up to two
    adjectives between), or None. ``singular``: the phrase follows 'does', so a singular noun before
    a form in -s ends it ("does the train leaves?")."""
    for at in range(index + 1, min(index + 4, len(words) - 1)):
        if not words[at - 1].joined or words[at].capitalised:
            return None
        tags = w.tags(words[at].low)
        following = words[at + 1].low
        verb_next = (w.tags(following) <= {"VERB", "AUX"} and bool(w.verb_tags(following) & {"VBZ", "VBD"})) or (
            _past_before_object(words, at + 1)
        )
        third = _plural_then_third(words, at) or (singular and _singular_then_third(words, at))
        phrase_next = following in _SHORT_PHRASE_PREPOSITIONS and (
            _past_short_phrase(words, at) > at
            or (singular and w.is_plural_noun(words[at].low) and verb_after_phrase(words, at + 1) > at + 1)
        )  # "does the price of the room includes", "does the kids in your club get"
        if tags == {"NOUN"} and w.is_plural_noun(words[at].low) and w.tags(following) == {"NOUN"} and words[at].joined:
            continue  # "does your homeowners policy": a plural that modifies the noun after it
        if tags == {"NOUN"} or ("NOUN" in tags and (verb_next or third or phrase_next)):
            return at
        if not tags & {"ADJ", "NOUN"}:
            return None
    return None


_DOES = frozenset(("does", "doesn't", "doesn’t"))


def _named_subject(words: list[Word], at: int) -> bool:
    """The capitalised word at ``at`` after a question's 'do' is a name and its subject: a form in -s
    that is nothing but a verb's follows it, and an object after that ("Does Tom plays the piano?";
    not "Does Google maps work?")."""
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined) or words[at + 1].capitalised:
        return False
    return w.verb_tags(words[at + 1].low) == {"VBZ"} and words[at + 2].low in _VERB_CONFIRMING


def _plural_then_third(words: list[Word], at: int) -> bool:
    """A plural noun at ``at`` and after it a form in -s that closes the question or takes an object
    or a phrase ("what do the figures shows?", "why do your eyes looks red?"): the form is the verb,
    the plural the subject's end; not "do the sales figures show", where a verb follows the second."""
    if not w.is_plural_noun(words[at].low) or at + 1 >= len(words) or not words[at].joined:
        return False
    return _third_closes(words, at)


def _singular_then_third(words: list[Word], at: int) -> bool:
    """After 'does', a singular noun at ``at`` and a form in -s after it that closes the question or
    takes an object or a phrase ("when does the train leaves?", "how does this machine works?"):
    'does' wants a singular subject, so the form is no plural noun's (not "does the bus stop run late")."""
    if w.is_plural_noun(words[at].low) or at + 1 >= len(words) or not words[at].joined:
        return False
    return _third_closes(words, at)


def _third_closes(words: list[Word], at: int) -> bool:
    """The word after ``at`` is a form in -s and nothing else of a verb, and it closes the question, or an
    object, a preposition or an adjective follows it."""
    form = words[at + 1]
    if form.capitalised or w.verb_tags(form.low) != {"VBZ"}:
        return False
    if at + 2 >= len(words) or not form.joined:
        return True
    following = words[at + 2].low
    return following in _VERB_CONFIRMING or following in w.PREPOSITIONS or w.tags(following) == {"ADJ"}


def _past_before_object(words: list[Word], at: int) -> bool:
    """``words[at]`` is a past that is also an adjective, with a determiner or an object pronoun
    after it ("why did the bank closed the branch"): a verb, so the noun before it ends the subject."""
    low = words[at].low
    if w.tags(low) != {"VERB", "ADJ"} or "VBD" not in w.verb_tags(low) or at + 1 >= len(words):
        return False
    return words[at].joined and words[at + 1].low in _VERB_CONFIRMING


_DO_TRIGGERS = frozenset("do does did don't doesn't didn't don’t doesn’t didn’t".split())


class DoVerbForm(GrammarRule):
    id = "grammar.do-verb-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Did', 'does' or 'do' followed by an inflected verb: 'did not went', 'didn't knew', 'don't needs'."
    why = (
        "With 'do', 'does' and 'did' the tense is carried by the auxiliary and the verb stays bare: "
        "'did not go', 'didn't know'. Only past forms that are nothing but verbs are flagged, so 'did "
        "wonders' or 'did damage' are left alone; after a question's subject a past that is also an "
        "adjective counts when an object follows ('did you tried this?', 'why did the bank closed the branch?'), "
        "and 'saw' after 'anybody' or 'anyone' ('did anybody saw the match?'); after 'did you' a past that is "
        "also a noun but never a bare verb ('did you drove', 'did you spoke'). In a question 'do' also agrees "
        "with its subject: 'do dogs sleep?', 'does he know?'."
    )
    bad = (
        "They did not went home.",
        "Auditors asked why the council did not considered cheaper options.",
        "Did you tried this? What does manipulations means?",
        "Does dogs sleep all day? Do he know the way?",
        "She didn't knew the answer.",
        "Does he really needed that?",
        "I don't needs help.",
        "Does she has a car?",
        "Does anybody has an idea? Does the company has a plan?",
        "I didn't wanted to go, and she did not needed the money.",
        "He did not had the money. Did they had a choice?",
        "I didn't saw him, and we did not saw any of them.",
        "Why did she left so early? Did you saw him last night?",
        "They didn't thought the plan would work, and he did not felt any pain.",
        "She did not even tried to hide it. How often does he goes there?",
        "Did anybody saw the match? Why did the bank closed the branch?",
        "What time did the ferry arrived? Which bus does she takes to work?",
        "She did wanted to come, and I did thought of it. I did wanted catch all errors.",
        "We asked twice, but they did not even replied.",
        "Did you drove to the coast? Didn't you spoke to her?",
        "She doesn't usually eats breakfast, and the parser does not normally rejects blank lines.",
        "When does the train leaves? How does this machine works? What does the word means?",
        "Does the price of the room includes breakfast? Did the manager of the shop gave you a receipt?",
        "Does the kids in your club get any coaching?",
        "Does the policy covers water damage? Does your homeowners policy covers floods?",
    )
    good = (
        "She did advanced maths at school; I did scrambled eggs; they did wanted posters for the sheriff.",
        "They did not go home.",
        "They didn't saw through the beam; we did not found a company; he didn't saw wood.",
        "It did wonders and did damage.",
        "He did what he wanted.",
        "The councils do needs assessments every year.",
        "Do the results matter? Did the firm's rivals notice? Does that plan work?",
        "What do you guys think? We found a do we really liked. Does the sales team meet today?",
        "The only reason he does it is because he can. Did she seem worried? Do it now.",
        "What he did went unnoticed; the work they did had an impact; those who didn't had to wait.",
        "Does the chemical change represented by these symbols violate the law?",
        "Did you, left alone, cope? Did it left-align? Why did they saw wood? Did they saw the logs?",
        "He did not, thought his aides, know the figures; what she did thought little of it.",
        "She did not even try to hide it. How often does the bus stop here? How much do the tickets cost?",
        "Did the closed shops reopen? Did anybody see the match? Did the bank's closed branch reopen?",
        "What time did the ferry leave? What people did mattered. What Rose did worked.",
        "What little the government did came too late.",
        "What did you guys order? Did you see the rose garden? What do you people want?",
        "Does the bus stop run late? Does the book reviews section work? Do the bus stops look clean?",
        "Does the price of the room include breakfast? Did the head of the school's sports day go well?",
        "Does the sales team in London meet on Fridays?",
        "Does the customer services department answer calls at weekends?",
        "Does the customer services department answer calls? Does the bus stop run late?",
    )
    fixed = (
        "They did not go home.",
        "Auditors asked why the council did not consider cheaper options.",
        "Did you try this? What does manipulations mean?",
        "Do dogs sleep all day? Does he know the way?",
        "She didn't know the answer.",
        "Does he really need that?",
        "I don't need help.",
        "Does she have a car?",
        "Does anybody have an idea? Does the company have a plan?",
        "I didn't want to go, and she did not need the money.",
        "He did not have the money. Did they have a choice?",
        "I didn't saw him, and we did not saw any of them.",
        "Why did she leave so early? Did you saw him last night?",
        "They didn't think the plan would work, and he did not feel any pain.",
        "She did not even try to hide it. How often does he go there?",
        "Did anybody saw the match? Why did the bank close the branch?",
        "What time did the ferry arrive? Which bus does she take to work?",
        "She did want to come, and I did think of it. I did want catch all errors.",
        "We asked twice, but they did not even reply.",
        "Did you drive to the coast? Didn't you speak to her?",
        "She doesn't usually eat breakfast, and the parser does not normally reject blank lines.",
        "When does the train leave? How does this machine work? What does the word mean?",
        "Does the price of the room include breakfast? Did the manager of the shop give you a receipt?",
        "Do the kids in your club get any coaching?",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _DO_TRIGGERS):
            target_index = _skip_adverb(words, index)
            subject_end = _question_subject_end(words, index)
            if subject_end is not None:
                target_index = _skip_adverb(words, subject_end)  # "Does he (really) wanted", "Does the firm has"
            elif _not_and_adverb(words, index, target_index):
                target_index += 1  # "she did not even tried"
            if target_index >= len(words) or words[target_index].capitalised:
                continue
            if index > 0 and words[index - 1].low in ("a", "the"):
                continue  # "found a do we really liked": the noun
            if index > 0 and _right_after_negation(words, index):
                continue  # "we don't do rushed", "why not do it": after a negation 'do' is the main verb
            number = _do_for_subject(words, index, subject_end, target_index)
            if number is not None and subject_end is not None and compound_head_next(words, subject_end):
                continue  # "Does the sales team in London meet …?": the plural modifies the noun after it
            if number is not None and subject_end is not None:
                do = words[index]
                fixed = match_case(number, do.text)
                yield self.replace_word(
                    do, fixed, f"The subject '{words[subject_end].text}' takes '{fixed}', not '{do.text}'."
                )
                continue
            target = words[target_index]
            if (
                words[target_index - 1].low == "you"
                and "NOUN" in w.tags(target.low)
                and target.low not in _PAST_HOMOGRAPHS
                and not (
                    subject_end == target_index - 1
                    and words[index].low.startswith("did")
                    and w.verb_tags(target.low) <= {"VBD", "VBN"}
                )
            ):
                continue  # "what do you guys think"; "did you spoke": a past with no bare reading is the verb
            found = w.verb_tags(target.low)
            negated = words[index].low.endswith(("n't", "n’t")) or (
                target_index > index + 1 and words[index + 1].low == "not"
            )
            if not negated and subject_end is None and (_relative_clause(words, index) or _free_relative(words, index)):
                continue  # "what he did went unnoticed", "the work they did had an impact": 'did' is the main verb
            elliptic = index > 0 and words[index - 1].low in ("who", "that", "which")  # "those who didn't had to"
            safety = FixSafety.SAFE
            if target.low == "had" and (negated or subject_end is not None) and not elliptic:
                base: str | None = match_case("have", target.text)  # "did not had": 'had' is an auxiliary too
            elif (
                target.low in _PAST_HOMOGRAPHS
                and (negated or (subject_end is not None and words[subject_end].low in _ASKED_PRONOUNS))
                and _object_follows(words, target_index, _SEEN_THINGS if negated else _SEEN_PEOPLE)
            ) or (
                target.low in _PAST_HOMOGRAPHS
                and subject_end is not None
                and words[subject_end].low in _INDEFINITE_SUBJECTS
                and _object_follows(words, target_index, _SEEN_THINGS)  # "did anybody saw the match?"
            ):
                base, safety = _PAST_HOMOGRAPHS[target.low], FixSafety.UNSAFE  # "didn't saw it": 'saw' is a verb too
            elif (
                found
                and found <= {"VBD", "VBN"}
                and _past_only_verb(words, target_index, subject_end, negated)
                and not _participle_before_bare_verb(doc, words, target_index, subject_end)
            ) or (
                found == {"VBZ"}
                and _negated_or_asked(words, index, target_index)
                and not (
                    subject_end is not None and _plural_head_then_verb(words, target_index, words[index].low in _DOES)
                )
            ):
                base = _base_form(target)
            else:
                continue
            if base is not None:
                yield self.replace_word(
                    target,
                    base,
                    f"After '{words[index].text}', use the bare verb '{base}', not '{target.text}'.",
                    safety,
                )


_CLAUSE_JOINERS = frozenset("and or but".split())


def _participle_before_bare_verb(doc: Document, words: list[Word], at: int, subject_end: int | None) -> bool:
    """The past at ``at`` follows a question's noun subject and a bare verb comes later in its clause
    by the tagger, not after 'to' ("Why do lambdas defined in a loop all return …?", "Does the food
    served here taste good?"): the past is a participle describing the noun, the later verb the
    question's own."""
    if subject_end is None or words[subject_end].low in w.SUBJECT_PRONOUNS or at + 1 >= len(words):
        return False
    tags = sentence_tags(doc, words)
    for later in range(at + 1, len(words)):
        if not words[later - 1].joined or words[later].low in _CLAUSE_JOINERS:
            return False  # "Did the kids ate lunch and go home?": a second verb joined to the first
        if tags[later] in ("VB", "VBP") and words[later - 1].low != "to":
            return True
    return False


def _plural_head_then_verb(words: list[Word], at: int, singular: bool = False) -> bool:
    """The word in -s at ``at`` is a plural noun in the question's subject, and a bare verb follows
    it, maybe after the noun it modifies ("Do the sales figures look good?", "Does the customer
    services department answer calls?"): no verb after 'do'. After ``singular`` 'does' the plural
    only modifies a noun after it: as the head it would disagree ("Does the policy covers water
    damage?" has the verb 'covers', not a noun 'policy covers' and a verb 'water')."""
    if at + 1 >= len(words) or not words[at].joined or not w.is_plural_noun(words[at].low):
        return False
    after = at + 1
    if after + 1 < len(words) and words[after].joined and w.tags(words[after].low) == {"NOUN"}:
        after += 1  # "services department answer"
    elif singular:
        return False
    return "VB" in w.verb_tags(words[after].low) and words[after].low not in w.AUXILIARIES


_PAST_HOMOGRAPHS = {"saw": "see"}
"""Pasts that are bare verbs of their own ('saw' the log): after a negated 'do' and before an object
the past is likelier, so the fix is offered, not applied. Not 'found': "did not found a company"."""
_SEEN_PEOPLE = w.OBJECT_PRONOUNS | w.DEMONSTRATIVES | frozenset("anything anyone anybody".split())
"""In a question ("did you saw him?") only these show the past: 'why did they saw the logs' is the verb 'saw'."""
_ASKED_PRONOUNS = w.SUBJECT_PRONOUNS - {"it"}
"""Subjects of a question after which a past is the verb ("did she left", "did you saw the game")."""
_SEEN_THINGS = w.OBJECT_OPENERS | w.DEMONSTRATIVES | frozenset("any anything anyone anybody much".split())
_REGULARISED = frozenset(REGULARISED)
_REGULARISED_TRIGGERS = _REGULARISED | {"costed", "leaded"}
_DEGREE_BEFORE_COMPARISON = frozenset("far much considerably slightly significantly".split())
_PRICE_NOUNS = frozenset("lot fortune bomb packet penny mint bundle".split())
_PARTICIPLE_SLOTS = w.HAVE_FORMS | frozenset(
    "be been being is are was were am isn't aren't wasn't weren't get got".split()
)


class RegularisedVerb(GrammarRule):
    id = "grammar.regularised-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An irregular verb given a regular '-ed': 'growed', 'teached', 'thinked', 'bringed', 'brang'."
    why = (
        "Irregular verbs keep their own past and participle: 'grew'/'grown', 'taught', 'thought', "
        "'brought'. A regular '-ed' on them ('growed', 'catched', 'buyed') or a dialect form ('brang', "
        "'tooken') is a slip in edited prose, and so is an '-ed' on the irregular form itself ('stoled', "
        "'tooked', 'brokened'). After 'have' or 'be' the participle is suggested, "
        "elsewhere the simple past. Regular forms that are standard words of their own ('hanged', "
        "'ringed', 'costed', 'shined', 'creeped out') are never flagged, and quotations keep speech."
    )
    bad = (
        "The tree growed two feet last year.",
        "She teached us French, and I thinked it was easy.",
        "He has catched a cold.",
        "We buyed the house and they bringed the wine.",
        "The cake was eated before she brang another.",
        "The vase was stoled, and he tooked the money.",
        "The tickets costed $20, and the delay costed us a fortune.",
        "It costed too much; the repairs costed ten dollars and costed them dearly.",
        "Our guide leaded us through the old town, and the repairs costed far less than we feared.",
    )
    good = (
        "The tree grew two feet last year.",
        "The murderer was hanged; the fields were ringed with trees.",
        "The project was costed; he shined his shoes and was creeped out.",
        '"I knowed it," he said.',
        "The bended knee and the wined and dined guests.",
        "The spoked wheel; he sawed the log and founded a firm; the ground was scented.",
        "The plan was costed at $5m; they costed a new scheme and costed them at cost.",
        "The analysts costed about a dozen options and costed more schemes than ever.",
        "They sold leaded fuel and leaded glass; the team costed far more options than before.",
    )
    fixed = (
        "The tree growed two feet last year.",
        "She taught us French, and I thought it was easy.",
        "He has caught a cold.",
        "We bought the house and they brought the wine.",
        "The cake was eaten before she brought another.",
        "The vase was stolen, and he tooked the money.",
        "The tickets cost $20, and the delay cost us a fortune.",
        "It cost too much; the repairs cost ten dollars and cost them dearly.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _REGULARISED_TRIGGERS):
            word = words[index]
            if (word.capitalised and index > 0) or in_quotes(doc, word.start):
                continue
            if word.low == "leaded":
                if word.joined and index + 1 < len(words) and words[index + 1].low in w.OBJECT_PRONOUNS:
                    fixed = match_case("led", word.text)  # "our guide leaded us": 'leaded' is of the metal
                    yield self.replace_word(word, fixed, f"The past of 'lead' (to guide) is '{fixed}'.")
                continue
            if word.low == "costed":
                if _before_a_price(doc, words, index):
                    fixed = match_case("cost", word.text)
                    yield self.replace_word(
                        word, fixed, f"The past of 'cost' (to have a price) is '{fixed}'; 'costed' means estimated."
                    )
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low in w.ARTICLES:
                continue  # "the ball made a thunk": a noun after an article, no verb form
            forms = IRREGULAR[REGULARISED[word.low]]
            participle = _after_participle_slot(words, index)
            form = (forms.participle if participle else forms.past).split("/")[0]
            fixed = match_case(form, word.text)
            # Where past and participle differ, the choice is a guess from the word before.
            certain = participle or forms.past == forms.participle
            yield self.replace_word(
                word,
                fixed,
                f"'{forms.base}' is irregular: write '{fixed}', not '{word.text}'.",
                FixSafety.SAFE if certain else FixSafety.UNSAFE,
            )


def _before_a_price(doc: Document, words: list[Word], index: int) -> bool:
    """'costed' before a price ('costed $20', 'costed ten dollars', 'costed too much', 'costed us a
    fortune', 'costed them dearly'): the verb of price, whose past is 'cost'. 'Costed' is the regular
    verb of estimating ('the plan was costed at $5m', 'they costed ten options'), which takes an
    object, not a price."""
    at = index + 1
    if at < len(words) and words[at].low in w.PERSON_OBJECTS and words[index].joined:
        if at + 1 < len(words) and words[at + 1].low == "dearly" and words[at].joined:
            return True
        at += 1  # "costed us a fortune"
    if at >= len(words):
        return False
    if _PRICE.match(doc.text, words[at - 1].end):
        return True  # "$20", "20 dollars", "about $5", "ten dollars", "nearly 300 euros"
    if not words[at - 1].joined:
        return False
    nxt = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    if words[at].low in _DEGREE_BEFORE_COMPARISON and nxt in ("more", "less") and at + 2 < len(words):
        at, nxt = at + 1, (words[at + 2].low if words[at + 1].joined else "")  # "costed far less than expected"
    return (
        (words[at].low == "too" and nxt in ("much", "little"))
        or (words[at].low in ("more", "less") and nxt == "than")
        or (words[at].low in ("a", "an") and nxt in _PRICE_NOUNS)
        or (words[at].low == "nothing" and nxt in ("", "to", "but", "extra", "more"))
    )


_PRICE = re.compile(
    r"\s+(?:(?:about|around|over|under|nearly|almost|only|just|roughly|some)\s+)?"
    r"(?:[$£€¥]\s?\d|\d[\d,.]*\s*(?:dollars|pounds|euros|cents|pence|bucks|grand|quid|yen)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundreds of|thousands of|millions of)"
    r"\s+(?:dollars|pounds|euros|cents|pence|bucks|grand|quid))",
    re.IGNORECASE,
)
"""A price after the verb: a currency sign and a number, or a number and a currency."""


def _after_participle_slot(words: list[Word], index: int) -> bool:
    """A form of 'have' or 'be' stands before ``words[index]`` (past one adverb): the participle is meant."""
    back = index - 1
    if back >= 0 and words[back].low in w.MID_ADVERBS and words[back].joined:
        back -= 1
    return back >= 0 and words[back].joined and words[back].low in _PARTICIPLE_SLOTS


_SUBJECT_ONLY = w.SUBJECT_ONLY_PRONOUNS
_THAT_PASTS = {"shown": "showed", "proven": "proved"}
_THAT_PARTICIPLES = frozenset(_THAT_PASTS)
"""Participles that take a 'that' clause and are not the simple past: 'Results shown that …' lacks 'have'."""
_THAT_TIMES = frozenset("day night week month year morning afternoon evening season time summer winter".split())
_NOUN_SUBJECT_OPENERS = frozenset("the these those our their previous recent many most some several".split())
"""Words that open a noun subject before 'shown that' (or a bare noun or adjective, as the tagger reads it)."""
_NOUN_DETERMINERS = w.ARTICLES | w.POSSESSIVES | frozenset(("these", "those"))
"""Determiners that open a noun phrase ('this', 'that' may be pronouns or open a clause)."""
"""Pronouns that are only subjects ('you' and 'it' are objects too: "saw you going")."""
_NOT_AFTER_SUBJECT = frozenset(("being", "having"))
"""'He being the eldest, …', 'they having left, …': absolute phrases, right without an auxiliary."""


class MissingAuxiliary(GrammarRule):
    id = "grammar.missing-auxiliary"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A subject followed by a bare participle or '-ing' form: 'I seen it', 'we moving', 'they gone'."
    why = (
        "A subject pronoun, an adverb in -ly and at once a determiner have lost their verb ('I "
        "accidentally the flashlight', 'we quickly the door'; not after 'than' or 'as'). "
        "A past participle needs 'have' or 'be' ('I have seen it', or the simple past 'I saw it'), and an "
        "'-ing' form needs 'be' ('we are moving'). After 'I', 'we', 'they', 'he' or 'she' directly, a "
        "form that can only be a participle ('seen', 'taken', 'gone') or an '-ing' form is a slip. "
        "Left alone: questions ('have they gone?'), absolute phrases ('he being the eldest'), "
        "'you' and 'it' (also objects: 'I saw you going') and quotations, which keep speech; but "
        "'it been' and 'you been' are checked. After a noun subject that opens the sentence, the 'u' "
        "participle of a sank/sunk verb ('the ship sunk quickly'; 'swum', which has no passive, before "
        "anything: 'the kids swum in the lake') is the slip for the past, when an "
        "adverb, an object or the end follows and no finite verb comes later ('the ship sunk in 1912 "
        "lies here' is a reduced relative). Any other participle that differs from its past "
        "('seen', 'taken', 'written') is the slip there only before an object ('my brother seen the "
        "whole thing'), which no reduced relative takes, unless a time follows ('the photo taken the "
        "night before') or the verb has two objects ('the dog thrown a bone'). A sentence that opens "
        "with its subject and an adjective, with no verb at all, has lost its 'be' ('She very busy "
        "with the move', 'This a problem', 'The soup very salty'): reported only when the sentence "
        "ends with a full stop (headlines, captions and 'You happy now?' are left alone; a noun subject "
        "only with other text on its line), the "
        "adjective meets the end, a preposition or 'to' (not a comma: 'The night so dark, the streets so "
        "quiet.' is a list of pictures), and a noun subject has 'very', 'so', 'too' "
        "or 'really' before its adjective. In the same way a sentence that opens with 'my', 'our' … and "
        "its noun, then an '-ing' verb, with no finite verb and no comma, has lost its 'is' or 'are' "
        "before a time of now ('today', 'this week', 'all morning': 'My brother visiting us this week.'; "
        "without one it is more often a picture, 'I looked up. My father waving from the window.'; "
        "not 'My brother visiting us lives in Oslo' or 'Her sons "
        "waving from the pier, the boat far out.'), when other text shares its line. A sentence that "
        "opens with its noun subject, then 'shown' or 'proven' and a 'that' clause, has lost its "
        "'have' ('Results shown that …': 'have shown' or 'showed'; not 'the results shown that day')."
    )
    bad = (
        "I seen the report yesterday.",
        "We regularly moving the files to the archive.",
        "They gone home already.",
        "She taken the early train.",
        "She working late tonight, and they training for the race.",
        "I be there in ten minutes.",
        "He been working here for years.",
        "It been raining all day, and they drunk all the wine.",
        "The old ship sunk quickly; the bell rung twice.",
        "My brother seen the whole thing, and the visitors taken the lead.",
        "The choir sung three hymns.",
        "The minister said he not aware of the report, and I not sure it matters.",
        "She very happy with the move.",
        "This a problem for the whole team.",
        "The soup very salty tonight. We sent it back.",
        "He always cheerful at breakfast.",
        "Sorry I missed the call. My brother visiting us this week.",
        "Results shown that librarians are aware of the tools.",
        "Previous studies proven that the method works.",
        "The kids swum in the lake every afternoon, and by June the water was warm.",
        "Please let us know if you able to attend, and we happy to help.",
        "My grandmother taught me this recipe when I eight years old.",
        "The columnist begun her piece with an apology, which I thought was a classy move.",
    )
    good = (
        "I saw the report; have they gone home? Are we moving?",
        "The ship sunk in 1912 lies here; the song sung by the choir was lovely. The ship sunk by a mine.",
        "Where've you been? Has it been long? What's he done? We drunk drivers pay more.",
        "We working mothers need help; I, working late, missed it.",
        "They insisted that he be present; would they be late? Whether it be rain or snow, we go.",
        "He being the eldest, the farm went to him; they having left, we ate.",
        "I watched you going; we heard it coming.",
        '"I seen it," she said.',
        "World War I seen from the air; Henry V taken as a model.",
        "Has he been working? Had I been there, they would have been told. Have they been paid?",
        "The photo taken the night before. The dog thrown a bone wagged. The measures taken this week.",
        "The decisions taken that day were reversed. The man known the world over died.",
        "The ship sunk three miles off the coast. The bell rung three times.",
        "He not only won but set a record; they not yet ready? Are they not aware? Were we not sure?",
        "The soup, very salty, went back. The boy very keen on maths won the prize. You happy now?",
        "The winning team very happy after the final.",
        "Guests very welcome",
        "This, a small town, grew fast. He alone decides.",
        "We walked home late. The road so dark, the houses so still. Nobody spoke.",
        "My brother visiting us this week lives in Oslo. Her sons waving from the pier, she left.",
        "She looked back. Her sons waving from the pier, the boat already far out.",
        "Our team celebrating the win",
        "Studies have shown that the drug works; the results shown that day were wrong.",
        "The figures shown in Table 2 are clear.",
        "Are you able to attend? It makes you able to rest; I sure hope so; we are happy to help.",
        "When I was eight years old, we moved to Leeds.",
        "The song sung the night before was lovely, and the book given her by her aunt was lost.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._adverb_then_determiner(doc)
        yield from self._adjective_without_be(doc)
        yield from self._age_without_be(doc)
        lows = doc.lows
        last = len(lows) - 1
        candidates = [  # sifted on the flat word list: the pronouns are frequent, the forms after them rare
            position
            for position in positions(doc, _SUBJECT_ONLY)
            if position < last
            and (
                _lone_form(lows[position + 1])
                or _noun_gerund(lows[position + 1])
                or lows[position + 1] == "be"
                or _noun_participle(lows[position + 1])
                or (position + 1 < last and _lone_form(lows[position + 2]))
                or (position + 1 < last and lows[position + 1] == "not" and lows[position + 2] in _NOT_PREDICATES)
            )
        ]
        candidates += [  # "it been raining", "you been told": 'been' has lost its 'have' after these too
            position for position in positions(doc, _BEEN_SUBJECTS) if position < last and lows[position + 1] == "been"
        ]
        candidates.sort()
        for words, index in places(doc, candidates):
            pronoun = words[index]
            if index + 1 < len(words) and words[index + 1].low == "be":
                finding = self._bare_be(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if pronoun.low == "i" and (pronoun.text != "I" or (index > 0 and words[index - 1].capitalised)):
                continue  # "World War I seen from the air": a number
            if index > 0 and (words[index - 1].low in w.AUXILIARIES or _contracted_auxiliary(words[index - 1].low)):
                continue  # "have they gone?", "are we moving?", "where've you been?"
            if index + 2 < len(words) and words[index + 1].low == "not":
                finding = self._not_without_be(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            at = index + 1
            if at < len(words) and pronoun.joined and _adverb(words[at].low):
                at += 1
            if at >= len(words) or not words[at - 1].joined or words[at].capitalised:
                continue
            suggestion = _auxiliary_for(pronoun.low, words[at].low)
            if suggestion is None and at == index + 1 and _noun_gerund(words[at].low) and _verb_company(words, at):
                suggestion = _BE_FOR[pronoun.low]  # "she working late": an -ing form that is also a noun
            if suggestion is None and at == index + 1 and _noun_participle(words[at].low) and _object_next(words, at):
                suggestion = _HAVE_FOR[pronoun.low]  # "they drunk all the wine": 'drunk' is a noun too
            if suggestion is None or in_quotes(doc, words[at].start):
                continue
            verb = words[at]
            yield self.replace_word(
                verb,
                f"{suggestion} {verb.text}",
                f"'{verb.text}' needs an auxiliary: '{suggestion} {verb.text}'.",
                FixSafety.UNSAFE,
            )
        yield from self._u_participles(doc)
        yield from self._bare_predicates(doc)
        yield from self._noun_progressive(doc)
        yield from self._shown_that(doc)

    def _shown_that(self, doc: Document) -> Iterator[Finding]:
        """'Results shown that the drug works', 'Research proven that …': a sentence that opens with
        its noun subject (up to four words, no verb among them as the tagger reads them), then
        'shown' or 'proven' and 'that' with a clause's subject after it, has lost its 'have' (or
        meant 'showed'). Not a reduced relative with a time ("the results shown that day")."""
        for words, index in occurrences(doc, _THAT_PARTICIPLES):
            if not 1 <= index <= 4 or index + 2 >= len(words) or words[index + 1].low != "that":
                continue
            if not all(word.joined for word in words[: index + 2]) or words[index + 2].low in _THAT_TIMES:
                continue
            if words[index + 2].low in w.AUXILIARIES or words[index].capitalised or in_quotes(doc, words[index].start):
                continue
            tags = sentence_tags(doc, words)
            if tags[index - 1] not in ("NN", "NNS") or any(_finite(tag) or tag == "MD" for tag in tags[:index]):
                continue
            if words[0].low not in _NOUN_SUBJECT_OPENERS and tags[0] not in ("NN", "NNS", "JJ"):
                continue
            auxiliary = "have" if tags[index - 1] == "NNS" else "has"
            verb = words[index]
            yield self.replace_word(
                verb,
                f"{auxiliary} {verb.text}",
                f"'{verb.text}' needs an auxiliary: '{auxiliary} {verb.text}' (or '{_THAT_PASTS[verb.low]}').",
                FixSafety.UNSAFE,
            )

    def _noun_progressive(self, doc: Document) -> Iterator[Finding]:
        """'My brother studying medicine in Prague.': a sentence that opens with a possessive and
        its noun, then an '-ing' verb the tagger reads as one, has no finite verb anywhere (else the
        '-ing' phrase describes the noun: "my brother studying medicine lives in Prague") and no
        comma (a description in pieces: "Her children playing in the garden, the dog asleep."), ends
        with a full stop and has other text on its line (a caption drops its 'be': "Our team
        celebrating the win.")."""
        for words, index in occurrences(doc, _ING_SUBJECT_OPENERS):
            if index != 0 or len(words) < 4 or in_quotes(doc, words[0].start):
                continue
            at = 1
            while at < min(len(words), 4) and words[at - 1].joined and not words[at].low.endswith("ing"):
                at += 1
            if at < 2 or at >= len(words) or not words[at - 1].joined or not words[at].joined:
                continue
            verb = words[at]
            if w.verb_tags(verb.low) != {"VBG"} or "NOUN" in w.tags(verb.low) or verb.capitalised:
                continue
            if verb.low in _STATE_ING:
                continue  # "Your order containing three items.": 'contains', not 'is containing'
            if not all(word.joined for word in words[:-1]):
                continue  # "Her children playing in the garden, the dog asleep.": a picture, in pieces
            if not _full_stop_after(doc, words[-1]) or title_like(words) or _alone_on_line(doc, words):
                continue
            tags = sentence_tags(doc, words)
            if tags[at] != "VBG" or tags[at - 1] not in ("NN", "NNS") or any(_finite(tag) for tag in tags):
                continue
            if not all(tag in _NOUN_PHRASE_TAGS for tag in tags[1:at]):
                continue
            if not _present_time(words, at + 1):
                continue  # "I looked up. My father waving from the window.": a picture, not news
            be = "are" if tags[at - 1] == "NNS" else "is"
            yield self.replace_word(
                verb,
                f"{be} {verb.text}",
                f"The sentence has no verb: '{words[at - 1].text} {be} {verb.text}'.",
                FixSafety.UNSAFE,
            )

    def _adjective_without_be(self, doc: Document) -> Iterator[Finding]:
        """'Let us know if you able to attend', 'we happy to help': a subject pronoun that opens its
        clause, then an adjective only 'be' can carry and the 'to', 'of' or 'that' it takes."""
        lows = doc.lows
        found = [
            at
            for at in positions(doc, _BE_ADJECTIVES)
            if 0 < at < len(lows) - 1 and lows[at - 1] in _BE_FOR_ADJECTIVE and lows[at + 1] in _AFTER_BE_ADJECTIVE
        ]
        for words, index in places(doc, found):
            pronoun, adjective = words[index - 1], words[index]
            if not run_of(words, index - 1, 3) or adjective.capitalised or in_quotes(doc, adjective.start):
                continue
            if pronoun.low == "i" and pronoun.text != "I":
                continue
            opens = index == 1 or not words[index - 2].joined or words[index - 2].low in _CLAUSE_OPENING
            if not opens:
                continue  # "it makes you able to", "are you able to": an object or a question's subject
            if index == 1 and doc.text[words[-1].end : words[-1].end + 1] == "?":
                continue  # "You able to come?": speech drops the verb of a question
            be = _BE_FOR_ADJECTIVE[pronoun.low]
            yield self._be_missing(
                adjective, adjective, f"{be} {adjective.text}", f"{pronoun.text} {be} {adjective.text}"
            )

    def _not_without_be(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'He not aware of the report', 'I not sure': a subject pronoun, 'not' and an adjective that
        only 'be' can carry, with the sentence's verb missing ('he not only …' has no such word)."""
        pronoun, negation, adjective = words[index], words[index + 1], words[index + 2]
        if not (pronoun.joined and negation.joined) or adjective.low not in _NOT_PREDICATES:
            return None
        if in_quotes(doc, negation.start) or adjective.capitalised:
            return None
        fixed = f"{_BE_FOR[pronoun.low]} not {adjective.text}"
        return self._be_missing(negation, adjective, fixed, fixed)

    def _age_without_be(self, doc: Document) -> Iterator[Finding]:
        """'When I eight years old', 'she 25 years old': a subject pronoun straight before an age
        has lost its 'be' (both tenses offered: the sentence decides)."""
        for words, index in occurrences(doc, _OLD):
            if (
                index < 3
                or words[index - 1].low not in _YEARS
                or not all(word.joined for word in words[index - 3 : index])
            ):
                continue
            pronoun, number = words[index - 3], words[index - 2]
            if pronoun.low not in _BE_FOR or not (number.low.isdigit() or number.low in w.CARDINALS):
                continue
            if in_quotes(doc, pronoun.start):
                continue
            age = doc.text[number.start : words[index].end]
            now, then = f"{pronoun.text} {_BE_FOR[pronoun.low]} {age}", f"{pronoun.text} {_BE_PAST[pronoun.low]} {age}"
            yield self.finding(
                pronoun.start,
                words[index].end,
                f"The verb is missing: '{then}' or '{now}'.",
                suggestions=(then, now),
                fix=FixSafety.UNSAFE,
            )

    def _be_missing(self, first: Word, last: Word, replacement: str, shown: str) -> Finding:
        """The finding for a lost 'be' before an adjective: the words ``first`` … ``last`` become
        ``replacement``, the message quoting ``shown`` (offered, not applied: the tense may differ)."""
        return self.finding(
            first.start,
            last.end,
            f"The verb is missing: '{shown}'.",
            suggestions=(replacement,),
            fix=FixSafety.UNSAFE,
        )

    def _bare_predicates(self, doc: Document) -> Iterator[Finding]:
        """'He very tall for his age.', 'She happy with it.', 'This a good idea.', 'The weather very
        cold.': a sentence that opens with its subject and an adjective or a noun phrase that only
        'be' can join to it, with no finite verb anywhere in it, and that ends with a full stop or an
        exclamation mark (headlines, captions, notes and questions such as 'You happy now?' are
        left alone)."""
        for words, index in occurrences(doc, _PREDICATE_SUBJECTS):
            if index != 0 or len(words) < 3 or in_quotes(doc, words[0].start):
                continue
            found = _bare_predicate(words)
            if found is None or not _full_stop_after(doc, words[-1]) or title_like(words):
                continue
            be_at, end_at, be = found
            if not words[end_at].joined and end_at + 1 < len(words):
                continue  # "The night so dark, the streets so quiet.": a list of verbless pictures
            if be_at == 2 and _alone_on_line(doc, words):
                continue  # "The team very happy after the win.": a caption or a note, not prose
            tags = sentence_tags(doc, words)
            if any(_finite(tag) for tag in tags) or (be_at == 2 and tags[1] not in ("NN", "NNS")):
                continue  # "He alone knows", "The man very tall and thin walked in"
            before = words[be_at - 1]
            predicate = " ".join(word.text for word in words[be_at : end_at + 1])
            yield self.finding(
                before.start,
                words[end_at].end,
                f"The verb is missing: '{before.text} {be} {predicate}'.",
                suggestions=(f"{before.text} {be} {predicate}",),
                fix=FixSafety.UNSAFE,
            )

    def _u_participles(self, doc: Document) -> Iterator[Finding]:
        """'The ship sunk quickly', 'the bell rung twice': a noun subject, then the 'u' participle
        of a verb whose past has 'a' (sank/sunk, rang/rung), then an adverb, an object or the end,
        and no finite verb after it; else it may be a reduced relative ("the ship sunk in 1912 lies
        here", "the song sung by the choir was lovely")."""
        for words, index in occurrences(doc, _PARTICIPLE_TRIGGERS):
            verb = words[index]
            if index < 2 or words[0].low not in w.DETERMINERS or verb.capitalised or in_quotes(doc, verb.start):
                continue
            if not all(word.joined for word in words[:index]):
                continue  # "The ship, sunk by a mine, …": a comma sets the participle off
            following = words[index + 1].low if index + 1 < len(words) else None
            if index + 1 < len(words) and not verb.joined:
                following = None
            if verb.low not in _U_TRIGGERS and not _object_after_participle(words, index):
                continue  # "my brother seen the whole thing": only an object shows the past
            tags = sentence_tags(doc, words)
            if not all(tag in _NOUN_PHRASE_TAGS for tag in tags[1:index]) or tags[index - 1] not in ("NN", "NNS"):
                continue
            counted = following is not None and _counted_object(words, index) and not _measured(words, index)
            relative = verb.low not in _NO_PASSIVE_PARTICIPLES  # "the kids swum in the lake": no passive
            phrase_after = following is not None and following not in _VERB_CONFIRMING and tags[index + 1] != "RB"
            if relative and phrase_after and not counted:
                continue  # "the ship sunk in 1912", "the song sung by the choir": a reduced relative
            # a passive takes no object: "The columnist begun her piece by …, which I thought was …"
            with_object = verb.low not in _TWO_OBJECTS and _object_after_participle(words, index)
            if relative and not with_object and any(_finite(tag) for tag in tags[index + 1 :]):
                continue  # "the bell rung at noon was the last": the sentence's verb comes later
            past = match_case(_U_PARTICIPLES.get(verb.low) or _OBJECT_PARTICIPLES[verb.low], verb.text)
            have = "have" if tags[index - 1] == "NNS" else "has"
            yield self.replace_word(
                verb,
                past,
                f"'{verb.text}' is the participle: write the past '{past}', or '{have} {verb.text}'.",
                FixSafety.UNSAFE,
            )

    def _adverb_then_determiner(self, doc: Document) -> Iterator[Finding]:
        """'I accidentally the flashlight', 'we quickly the door': a subject pronoun, an adverb in -ly
        and at once a determiner, with no verb between: the verb is missing. Not after 'than' or
        'as' ("taller than he clearly the …" is elliptic) nor in quotations."""
        lows = doc.lows
        last = len(lows) - 1
        found = [
            position
            for position in positions(doc, _SUBJECT_ONLY)
            if position + 1 < last
            and lows[position + 2] in _NOUN_DETERMINERS
            and w.only_adverb_in_ly(lows[position + 1])
        ]
        for words, index in places(doc, found):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if words[index].low == "i" and words[index].text != "I":
                continue
            if index > 0 and words[index - 1].low in ("than", "as", "and", "or", "nor"):
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low in w.AUXILIARIES:
                continue  # "was he really a guru?", "Is it truly the end?": the verb stands before its subject
            if in_quotes(doc, words[index].start):
                continue
            adverb, determiner = words[index + 1], words[index + 2]
            yield self.finding(
                adverb.start,
                determiner.end,
                f"A verb is missing after '{words[index].text} {adverb.text}': '{determiner.text}' opens its object.",
                suggestions=(),
                fix=FixSafety.UNSAFE,
            )

    def _bare_be(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'I be there soon', 'they be late': a bare 'be' after a subject, with no modal or 'to'
        ('that he be present', 'whether it be', 'lest they be' are subjunctives and right)."""
        pronoun, be = words[index], words[index + 1]
        if not pronoun.joined or (pronoun.low == "i" and pronoun.text != "I") or in_quotes(doc, be.start):
            return None
        if any(word.low in _SUBJUNCTIVE_BEFORE for word in words[max(0, index - 6) : index]):
            return None
        if index > 0 and words[index - 1].low in w.AUXILIARIES:
            return None  # "would they be", "could I be": a question
        form = _BE_FOR[pronoun.low]
        return self.finding(
            be.start,
            be.end,
            f"'{pronoun.text} be' needs another form or a modal: '{pronoun.text} {form}' or '{pronoun.text} will be'.",
            suggestions=(form, "will be"),
            fix=FixSafety.UNSAFE,
        )


_U_PARTICIPLES = {
    participle: forms.past
    for forms in IRREGULAR.values()
    for participle in forms.participle.split("/")
    if participle != forms.past
    and forms.past.replace("a", "u") == participle
    and w.verb_tags(participle) == {"VBN"}
    and participle not in ("shrunk", "stunk")  # pasts the dictionaries accept: "the service stunk"
}
"""'sunk' → 'sank', 'rung' → 'rang', 'begun' → 'began': the participles most often written for the past
(not 'run', a present too, nor 'sprung', 'shrunk' or 'stunk', accepted as pasts)."""
_U_TRIGGERS = frozenset(_U_PARTICIPLES)
_NO_PASSIVE_PARTICIPLES = frozenset(("swum",))
"""Participles of verbs with no passive: no reduced relative ("the kids swum in the lake" is 'swam')."""
_TWO_OBJECTS = frozenset("given shown known thrown forgiven bidden hidden".split())
"""Participles of verbs with two objects, whose passive keeps one ("the dog thrown a bone"), or
of idioms with 'the' ("known the world over")."""
_OBJECT_PARTICIPLES = {
    participle: forms.past.split("/")[0]
    for forms in IRREGULAR.values()
    for participle in forms.participle.split("/")
    if participle not in forms.past.split("/")
    and participle not in _U_PARTICIPLES
    and w.verb_tags(participle) == {"VBN"}
    and w.tags(participle) <= {"VERB", "ADJ"}
    and participle not in _TWO_OBJECTS
    and participle not in ("shrunk", "stunk")  # pasts the dictionaries accept: "the service stunk"
}
"""'seen' → 'saw', 'taken' → 'took': participles that differ from the past, used for it before an
object ("the home side taken the lead"), which no participle of a reduced relative takes."""
_PARTICIPLE_TRIGGERS = _U_TRIGGERS | frozenset(_OBJECT_PARTICIPLES)


def _object_after_participle(words: list[Word], index: int) -> bool:
    """An object follows the participle at ``index`` (a determiner or an object pronoun), and no
    time phrase, which a reduced relative may take ("the photo taken the night before")."""
    if index + 2 >= len(words) or not words[index].joined or words[index + 1].low not in _VERB_CONFIRMING:
        return False
    return not any(word.low in _TIME_NOUNS for word in words[index + 1 : index + 4])


_TIME_NOUNS = w.TIME_NOUNS | frozenset("term quarter previous following same other next last first".split())
_NOUN_PHRASE_TAGS = frozenset("JJ NN NNS NNP NNPS POS CD".split())


def _finite(tag: str) -> bool:
    """A Penn tag of a finite verb, alone or in a contraction ("VBZ", "MD", "PRP+VBZ")."""
    return any(part in ("VBD", "VBZ", "VBP", "MD") for part in tag.split("+"))


_SUBJUNCTIVE_BEFORE = frozenset("that lest whether if though although let may unless till until so".split())
"""Words before 'he be' that make it a subjunctive ("insist that he be present", "whether it be")."""


def _contracted_auxiliary(low: str) -> bool:
    """A word with 'have', 'has' or 'is' joined on ("where've", "how's"): the question's auxiliary."""
    return low.replace("’", "'").endswith(("'ve", "'s", "'d"))


def _adverb(low: str) -> bool:
    return low in w.MID_ADVERBS or (low.endswith("ly") and "ADV" in w.tags(low))


_NOW_WORDS = frozenset("now today tonight currently".split())
_NOW_SPANS = frozenset("morning afternoon evening week weekend month year".split())
_NOW_OPENERS = frozenset("this all".split())


def _present_time(words: list[Word], start: int) -> bool:
    """A time of now among the words from ``start``: 'today', 'now', 'this week', 'all morning', 'at
    the moment'. A verbless '-ing' sentence with one is news that lost its 'is' ("My sister visiting
    us this week."); without one it is more often a picture in a narrative or a caption ("Memories
    flood back. Our dog chasing rabbits across the field.")."""
    for at in range(start, len(words)):
        low = words[at].low
        if low in _NOW_WORDS:
            return True
        before = words[at - 1].low if at > start else ""
        if (low in _NOW_SPANS and before in _NOW_OPENERS) or (low == "moment" and before == "the"):
            return True
    return False


_STATE_ING = frozenset("knowing belonging consisting containing preferring possessing resembling costing".split())
"""Verbs of state, whose lost verb is the simple present, not 'is' + '-ing'."""
_ING_SUBJECT_OPENERS = frozenset("my his her our their your".split())
"""Possessives that open a subject whose 'be' has dropped before an '-ing' verb ("My brother
studying medicine."); not 'the' or 'a', which open captions ("The children playing in the snow.")."""
_PREDICATE_SUBJECTS = frozenset("i you he she it we they this the my his her our their".split())
"""Words that open a sentence whose 'be' may have dropped out ("He very tall", "This a good idea",
"The weather very cold")."""
_PREDICATE_DEGREE = frozenset("very so too really extremely".split())
_AFTER_PREDICATE = frozenset("to this last next every today tonight now again".split())
"""Words that may follow a predicate adjective besides a preposition ("very cold this week")."""
_PREDICATE_ADVERBS = frozenset("not always never usually often sometimes still also already".split())
"""Adverbs between a subject and its predicate adjective ("She always happy", "He still angry")."""
_BARE_BE = {"i": "am", "you": "are", "we": "are", "they": "are", "he": "is", "she": "is", "it": "is", "this": "is"}


def _alone_on_line(doc: Document, words: list[Word]) -> bool:
    """Nothing but the sentence on its line: a caption, a list item or a note may drop its verbs."""
    text = doc.text
    line_start = text.rfind("\n", 0, words[0].start) + 1
    line_end = text.find("\n", words[-1].end)
    after = text[words[-1].end : len(text) if line_end < 0 else line_end]
    return not text[line_start : words[0].start].strip(" \t-*•>#0123456789.)") and len(after.strip()) <= 2


def _full_stop_after(doc: Document, last: Word) -> bool:
    """The sentence ends with a full stop or an exclamation mark: not a question, which speech
    asks without 'be' ("You happy now?"), nor a headline or caption."""
    tail = doc.text[last.end : last.end + 3].lstrip("\"'”’)")
    return tail[:1] in (".", "!") and tail[:3] != "..."


def _bare_predicate(words: list[Word]) -> tuple[int, int, str] | None:
    """(index of the word 'be' should stand before, index of the adjective, the form of 'be') when
    the sentence opens with a subject and a predicate without its verb: a personal pronoun and an
    adjective, after 'very', 'so', 'too', 'really' or 'not' if any ("He very tall", "She happy with it", "It not easy");
    'This' and 'a' ("This a good idea"); a determiner, a noun and a degree word before an
    adjective ("The weather very cold")."""
    first = words[0]
    if not (first.joined and words[1].joined):
        return None
    if first.low == "this":
        return (1, 1, "is") if words[1].low in ("a", "an") else None
    if first.low in _BARE_BE:
        if first.low == "i" and first.text != "I":
            return None
        at = 2 if words[1].low in _PREDICATE_DEGREE or words[1].low in _PREDICATE_ADVERBS else 1
        if at == 2 and not words[1].joined:
            return None
        degree = words[1].low if at == 2 and words[1].low in _PREDICATE_DEGREE else None
        return (1, at, _BARE_BE[first.low]) if _predicate_adjective(words, at, degree) else None
    if len(words) < 4 or words[2].low not in _PREDICATE_DEGREE or not words[2].joined:
        return None
    noun = words[1]
    noun_tags = w.tags(noun.low)
    if noun.capitalised or "NOUN" not in noun_tags or "ADJ" in noun_tags:
        return None
    if not _predicate_adjective(words, 3, words[2].low):
        return None
    return (2, 3, "are" if noun.low.endswith("s") and not noun.low.endswith("ss") else "is")


def _predicate_adjective(words: list[Word], at: int, degree: str | None) -> bool:
    """``words[at]`` is an adjective that ends the sentence or meets a preposition, a comma or 'to':
    only an adjective (or an adverb too: 'late', 'easy'), or after 'very' also a participle
    ('very tired'); a word that is a noun too only after a degree word ('very cold')."""
    if at >= len(words):
        return False
    word = words[at]
    tags = w.tags(word.low)
    if word.capitalised or "ADJ" not in tags or ("NOUN" in tags and degree is None):
        return False  # "very cold", but not "He cold" alone
    if "VERB" in tags and not (degree in ("very", "extremely") and w.verb_tags(word.low) <= {"VBN", "VBD"}):
        return False
    if at + 1 == len(words) or not word.joined:
        return True
    following = words[at + 1].low
    return following in w.PREPOSITIONS or following in _AFTER_PREDICATE


_BE_FOR = {"i": "am", "we": "are", "they": "are", "he": "is", "she": "is"}
_BE_FOR_ADJECTIVE = {**_BE_FOR, "you": "are"}
_BE_PAST = {"i": "was", "we": "were", "they": "were", "he": "was", "she": "was"}
_OLD = frozenset(("old",))
_YEARS = frozenset(("years", "year"))
_BE_ADJECTIVES = frozenset("aware sure able unable ready happy willing unwilling certain afraid eligible keen".split())
"""Adjectives only 'be' (or 'seem', 'feel') joins to a subject, never a verb's object or a noun."""
_AFTER_BE_ADJECTIVE = frozenset(("to", "of", "that"))
_CLAUSE_OPENING = w.CLAUSE_OPENERS | frozenset("if when because since so and but or whether".split())
_NOT_PREDICATES = frozenset(
    """aware sure able ready happy willing certain afraid allowed interested responsible available
    present guilty eligible keen satisfied convinced prepared""".split()
)
"""Adjectives that stand after 'be not' and never after a subject alone ("he not aware")."""
_HAVE_FOR = {"i": "have", "we": "have", "they": "have", "he": "has", "she": "has", "it": "has", "you": "have"}
_BEEN_SUBJECTS = frozenset(("it", "you"))
"""Pronouns that are objects too, but never before a bare 'been' ("it been raining", "you been told")."""


@lru_cache(maxsize=1 << 12)
def _noun_participle(low: str) -> bool:
    """A form that is only a participle as a verb but also a noun ("drunk", "rung")."""
    return w.verb_tags(low) == {"VBN"} and "NOUN" in w.tags(low)


def _object_next(words: list[Word], at: int) -> bool:
    """An object opens after ``words[at]`` ("they drunk all the wine", "he rung the bell"), which the
    noun reading cannot have ("we drunk drivers")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    nxt = words[at + 1].low
    return nxt in _VERB_CONFIRMING or (nxt == "all" and at + 2 < len(words) and words[at + 2].low in w.DETERMINERS)


@lru_cache(maxsize=1 << 14)
def _lone_form(low: str) -> str | None:
    """'VBN' or 'VBG' for a form that can only be a participle or an '-ing' form, else None."""
    if low == "been":
        return "VBN"  # "he been working": 'has been'
    if low in _NOT_AFTER_SUBJECT or not w.tags(low) <= {"VERB", "ADJ"}:
        return None
    found = w.verb_tags(low)
    if found == {"VBN"} and low.endswith("ed"):
        return None  # "he fitted the pieces": a regular participle is a past too, whatever past the tables list
    return next(iter(found)) if found in ({"VBN"}, {"VBG"}) else None


@lru_cache(maxsize=1 << 14)
def _noun_gerund(low: str) -> bool:
    """An '-ing' form that is also a noun ("working", "meeting")."""
    return low not in _NOT_AFTER_SUBJECT and w.verb_tags(low) == {"VBG"} and "NOUN" in w.tags(low)


_GERUND_COMPANY = (
    w.ARTICLES
    | w.POSSESSIVES
    | w.OBJECT_PRONOUNS
    | w.PREPOSITIONS
    | frozenset("late hard now today tonight out up down away back off".split())
) - {"her", "of"}


def _verb_company(words: list[Word], at: int) -> bool:
    """What follows an '-ing' form that is also a noun shows the verb: an object, a preposition, a
    time ("she working late", "they training for"); not a noun ("we working mothers")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    return words[at + 1].low in _GERUND_COMPANY


def _auxiliary_for(pronoun: str, low: str) -> str | None:
    """'have' or 'be' for a form that can only be a participle or an '-ing' form, else None."""
    form = _lone_form(low)
    if form is None:
        return None
    return _HAVE_FOR[pronoun] if form == "VBN" else _BE_FOR[pronoun]


_CAUSATIVES = frozenset("let lets make makes made making help helps helped helping".split())
_MAKE_FORMS = frozenset("make makes made making".split())


@cache
def _felt() -> frozenset[str]:
    """Participles of feeling that 'make' takes as adjectives ("made me embarrassed", "makes us scared")."""
    from .word_choice import _FEELING_ED

    return frozenset(_FEELING_ED) | frozenset("scared confused pleased relieved satisfied stressed ashamed".split())


_CAUSED = frozenset("me him her us them you it".split())
_PLEASE = frozenset(("please", "let's"))
"""Words after which the bare verb follows at once: 'please answer', 'let's go'."""
_CAUSATIVE_TRIGGERS = _CAUSATIVES | _PLEASE
_HELP_FORMS = frozenset(("help", "helps", "helped"))
_HELP_VERB_BEFORE = frozenset("can could will would may might should must to i we you they that which who".split())
"""Words before 'help' that make it the verb: a modal, 'to', a pronoun subject, a relative pronoun."""
_HELPLESS = frozenset("can't cannot couldn't can’t couldn’t not never hardly scarcely".split())
"""Negations before 'help': "can't help thinking" is an idiom (cannot avoid thinking)."""
_TO_PREPOSITION_HEADS = frozenset(
    """addition thanks due access according prior related devoted dedicated committed contrast comparison
    key open regard respect owing close next turn turned return returned subject""".split()
)
"""Words after which 'to' is a preposition and 'help' may be its noun ("thanks to help finding work")."""
_GERUND_OBJECTS = frozenset("the a an this these those my your his her its our their them him us me it".split())
"""Words that open the object of an '-ing' form: after them the '-ing' form is a verb, not an adjective."""


class BareInfinitive(GrammarRule):
    id = "grammar.bare-infinitive"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An inflected verb after 'let him', 'made me', 'help them' or 'please': 'let it goes', 'please answers'."
    why = (
        "'Let', 'make' and 'help' take an object and a bare verb ('let it go', 'made me laugh', 'helped "
        "them win'), and so does 'please' before a request ('please answer'). A form that can only be "
        "a simple past or a third person there ('let it goes', 'made me went') is a slip. A relative "
        "clause ('the offer they made us seems fair') and verbs of perception ('I saw you left', a "
        "clause) are left alone. 'Let's' is 'let us' and takes no other object: 'he let's me go' "
        "is the verb 'lets'. An '-ing' form after people as the object ('made the children laughing') "
        "is a slip too, unless an adjective, 'into' or a bare verb follows ('made the people living "
        "nearby furious', 'made the children watching it cry'). 'Help' after a modal, 'to', a pronoun "
        "or 'that' takes the bare verb, not an '-ing' form with an object ('can help improving the "
        "process': 'help improve'); not the noun ('need help finding the car') nor 'can't help "
        "thinking', an idiom."
    )
    bad = (
        "Let it goes.",
        "The film made me realised how lucky we are.",
        "She helped them won the match.",
        "Please answers quickly.",
        "Let him goes first. They made me to clean the room.",
        "Let's goes to the park, or let's to stay home.",
        "Let's going to the beach, and then let's eating out.",
        "The teacher let the students to leave, and the referee made the players to walk off.",
        "We will let you to know the result.",
        "He let's me go early, and the app let's you edit photos.",
        "Please to sit down, and please to send me the file.",
        "The manager let us leaving early on Friday.",
        "His jokes made me crying with laughter.",
        "The alarm made them running out of the building.",
        "I saw him to leave the building, and we heard the neighbours to argue all night.",
        "The storm made the organisers to cancel the concert, and she let her son to drive.",
        "The clown made the children laughing all afternoon.",
        "The guards made the prisoners standing in the cold, and she let the pupils going home.",
        "The campaign can help improving the security of users, and the tool will help reducing the cost.",
        "Programs that help improving our schools are funded; the change helped reducing their costs.",
    )
    good = (
        "Let's you and I go; so let's go home; now let's see it.",
        "I was pleased to help; if you please to enter; he did it to please to his mother; please, to be fair, go.",
        "The app let's building managers book rooms; he sang \"Let's Dancing\" loudly; let's get going.",
        "Let it go, and the film made me realise it.",
        "The offer they made us seems fair; the promise I made him kept him going.",
        "I saw you left early; it made sense, please.",
        "Please answer quickly, and let him know.",
        "He was made to leave; they helped us to win; we made it to the final; she let the flat to students.",
        "It helped her wins pile up; let's make them debates worthy of us.",
        "They let the flat to students, made the trip to see her and made the decision to stay.",
        "The coach made the players a promise; the club let the contract to a local firm.",
        "The film made me feel at home; the heat made it boiling hot; let her sleeping dog lie.",
        "She made them interesting, he was made waiting for hours, and they made us working partners.",
        "He was seen to leave; I saw the doctor to discuss it; we watched them to make sure; I saw her to the door.",
        "I have heard him to be a fair man; I saw him leave; we heard the neighbours arguing.",
        "They made the assistant to the director redundant; the win made the leader to beat; let her son be.",
        "The noise made the people living nearby furious, and the coach made the boys training there into stars.",
        "The film made the children watching it cry; they let the residents living on the hill stay.",
        "They made the girls dancing in the chorus members of the cast.",
        "Success made the players wearing the shirt legends; the guard let the people queuing outside in.",
        "The judge let the men fighting in the yard off with a warning.",
        "We need help finding the car; I can't help thinking the worst; she couldn't help noticing the mess.",
        "The grant helped growing businesses; thanks to help getting the loan, we stayed.",
        "In addition to help finding a flat, we paid.",
        "She is a kind person who always helps her neighbours.",
    )
    fixed = (
        "Let it go.",
        "The film made me realise how lucky we are.",
        "She helped them win the match.",
        "Please answer quickly.",
        "Let him go first. They made me clean the room.",
        "Let's go to the park, or let's stay home.",
        "Let's going to the beach, and then let's eating out.",
        "The teacher let the students to leave, and the referee made the players to walk off.",
        "We will let you know the result.",
        "He let's me go early, and the app let's you edit photos.",
        "Please to sit down, and please to send me the file.",
        "The manager let us leaving early on Friday.",
        "His jokes made me crying with laughter.",
        "The alarm made them running out of the building.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._perception_to(doc)
        yield from self._help_gerund(doc)
        for words, index in occurrences(doc, _CAUSATIVE_TRIGGERS):
            direct = words[index].low in _PLEASE
            at = index + 1 if direct else index + 2
            if at >= len(words) or not all(words[i].joined for i in range(index, at)):
                continue
            if words[index].low == "please":
                if index > 0 and words[index - 1].joined and words[index - 1].low not in ("and", "so", "but", "now"):
                    continue  # "if you please", "to please them": not a request
            elif direct:
                finding = self._after_lets(doc, words, index, at)
                if finding is not None:
                    yield finding
                continue
            elif (
                words[index + 1].low not in _CAUSED
                or _relative_clause(words, index)
                or _nonfinite(words, index)
                or _her_person(words, index)
            ):
                if words[index].low in _NO_TO_CAUSATIVES and words[index + 1].low in _NOUN_OBJECT_OPENERS:
                    finding = self._noun_object_to(doc, words, index)
                    if finding is not None:
                        yield finding
                continue  # "the offer they made us seems fair", "the movement to help her grows"
            target = words[at]
            if words[index].low == "please" and target.low == "to":
                finding = self._please_to(doc, words, at)
                if finding is not None:
                    yield finding
                continue
            if target.low == "to":
                finding = self._to_after(words, index, at)
                if finding is not None:
                    yield finding
                continue
            if target.low.endswith("ing"):
                finding = self._ing_after(words, index, at)
                if finding is not None:
                    yield finding
                continue
            # "let him goes"; not "make them debates worthy": after 'make' a noun may name what they become
            plain_object = words[index + 1].low in _PLAIN_OBJECTS and words[index].low in _LET_HELP
            if target.capitalised or target.low in w.AUXILIARIES or not _only_inflected(words, at, plain_object):
                continue
            if words[index].low in _MAKE_FORMS and target.low in _felt():
                continue  # "It makes me embarrassed to fall", "that made us scared": a feeling, the adjective
            base = _base_form(target)
            if base is not None and base != target.low:
                yield self.replace_word(
                    target,
                    base,
                    f"After '{' '.join(word.text for word in words[index:at])}', use the bare verb '{base}'.",
                    FixSafety.SAFE,
                )

    def _perception_to(self, doc: Document) -> Iterator[Finding]:
        """'I heard him to say', 'we saw them to leave', 'heard the neighbours to argue': a verb of
        perception with an object takes the bare verb. After 'hear' any verb but 'be' ("heard him
        to be a fair man" is old but right); after 'see', 'watch' and 'notice' only a verb of an
        event that cannot be a purpose ("saw him to leave"; "saw the doctor to discuss it", "watched
        them to make sure" are purposes). The passive ("he was seen to leave") has no object here."""
        for words, index in occurrences(doc, _PERCEIVE):
            if index + 3 >= len(words):
                continue
            at = index + 2
            if at + 1 < len(words) and words[index + 1].low in _NOUN_OBJECT_OPENERS and words[at].low in _PEOPLE:
                at += 1  # "heard the neighbours to argue"
            elif words[index + 1].low not in _TO_CAUSED:
                continue
            if at + 1 >= len(words) or words[at].low != "to" or not all(words[i].joined for i in range(index, at + 1)):
                continue
            verb = words[at + 1]
            if verb.capitalised or "VB" not in w.verb_tags(verb.low) or verb.low in w.AUXILIARIES:
                continue
            if words[index].low not in _HEAR and verb.low not in _SEEN_EVENTS:
                continue
            if (index > 0 and words[index - 1].low in _PASSIVE_BE) or in_quotes(doc, verb.start):
                continue
            if sentence_tags(doc, words)[at + 1] != "VB":
                continue
            yield self.finding(
                words[at].start,
                verb.end,
                f"After '{' '.join(word.text for word in words[index:at])}', drop 'to': '{verb.text}' "
                f"(or '{_ing_of(verb.low)}').",
                suggestions=(verb.text,),
                fix=FixSafety.UNSAFE,
            )

    def _help_gerund(self, doc: Document) -> Iterator[Finding]:
        """'It can help improving the process', 'tools that help reducing costs': the verb 'help'
        takes a bare verb ('help improve') or 'to', not an '-ing' form. Only where the '-ing' form has
        an object of its own that opens with a determiner or a pronoun (so it is the verb, not an
        adjective: "help growing businesses"), where 'help' follows a modal, 'to', a pronoun subject
        or a relative pronoun and the tagger reads it as a verb (not the noun: "need help finding
        the car"), and not after a negation ("can't help thinking the", an idiom)."""
        for words, index in occurrences(doc, _HELP_FORMS):
            at = index + 1
            if at + 1 >= len(words) or not (words[index].joined and words[at].joined):
                continue
            target = words[at]
            if not target.low.endswith("ing") or words[at + 1].low not in _GERUND_OBJECTS:
                continue
            before = words[index - 1].low if index else ""
            if words[index].low == "help" and before not in _HELP_VERB_BEFORE:
                continue
            if before in _HELPLESS or (index > 1 and words[index - 2].low in _HELPLESS):
                continue  # "I can't help thinking the", "could not help noticing a"
            if before == "to" and index > 1 and words[index - 2].low in _TO_PREPOSITION_HEADS:
                continue  # "in addition to help finding a flat": 'to' the preposition, 'help' the noun
            base = _base_form(target, clear=True)
            if base is None or base == target.low or in_quotes(doc, target.start):
                continue
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("VB") or tags[at] != "VBG":
                continue
            yield self.replace_word(
                target,
                base,
                f"After '{words[index].text}', use the bare verb '{base}' (or 'to {base}'), not '{target.text}'.",
                FixSafety.UNSAFE,
            )

    def _please_to(self, doc: Document, words: list[Word], at: int) -> Finding | None:
        """'Please to sit down': a request's 'please' takes the bare verb at once. Only a verb that
        is nothing else, or one the tagger reads as the bare verb, and not in a quotation ('Please
        to remember the fifth of November' is an old rhyme's)."""
        if at + 1 >= len(words) or not words[at].joined:
            return None
        verb = words[at + 1]
        if verb.capitalised or "VB" not in w.verb_tags(verb.low) or verb.low in w.AUXILIARIES - {"be"}:
            return None
        if w.tags(verb.low) != {"VERB"} and sentence_tags(doc, words)[at + 1] != "VB":
            return None
        if in_quotes(doc, verb.start) or verb.low == "meet":
            return None  # "Please to meet you" is 'pleased to meet you'
        return self.finding(
            words[at].start,
            verb.end,
            f"After 'please', drop 'to': '{verb.text}'.",
            suggestions=(verb.text,),
            fix=FixSafety.UNSAFE,
        )

    def _after_lets(self, doc: Document, words: list[Word], index: int, at: int) -> Finding | None:
        """'Let's goes', 'let's to go': 'let's' takes the bare verb at once."""
        target = words[at]
        if target.low in _LETS_OBJECTS or (target.low == "you" and _lets_subject(doc, words, index) == "lets"):
            return self._lets_with_object(doc, words, index)
        if target.low == "to" and at + 1 < len(words) and target.joined:
            verb = words[at + 1]
            if "VB" in w.verb_tags(verb.low) and not verb.capitalised:
                return self.finding(
                    target.start,
                    verb.end,
                    f"After 'let's', drop 'to': '{verb.text}'.",
                    suggestions=(verb.text,),
                    fix=FixSafety.SAFE,
                )
            return None
        if (
            target.low.endswith("ing")
            and (index == 0 or _lets_subject(doc, words, index) is None)
            and not in_quotes(doc, target.start)
        ):
            # "Let's going to the park": an -ing form after 'let us' with no subject before it
            base = _base_form(target, clear=True)
            if base is None or base == target.low:
                return None
            return self.replace_word(target, base, f"After 'let's', use the bare verb '{base}'.", FixSafety.UNSAFE)
        if target.capitalised or target.low in w.AUXILIARIES or not _only_inflected(words, at, plain_object=True):
            return None
        base = _base_form(target)
        if base is None or base == target.low:
            return None
        return self.replace_word(target, base, f"After 'let's', use the bare verb '{base}'.", FixSafety.SAFE)

    def _lets_with_object(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'He let's me go', 'the app let's you edit': 'let's' is 'let us', which takes no second
        object; the verb 'lets' (or 'let') was meant."""
        lets = words[index]
        form = _lets_subject(doc, words, index)
        if form is None:
            return None
        fixed = match_case(form, lets.text)
        return self.replace_word(
            lets, fixed, f"'{lets.text}' is 'let us'; before an object write the verb '{fixed}'.", FixSafety.UNSAFE
        )

    def _noun_object_to(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'let the students to leave', 'made the players to run': 'let' and 'make' with a noun
        object take the bare verb too. After 'make' the object must name people ('made the trip to
        see her' has a purpose clause); after 'let' any noun, when the word after 'to' can only be
        a verb ('let the flat to students', 'let the house to rent' are lettings)."""
        if _relative_clause(words, index) or (index > 0 and words[index - 1].low in _PASSIVE_BE):
            return None
        head = index + 2
        if head + 2 < len(words) and words[head].low not in _PEOPLE and _modifier_before_noun(words[head].low):
            head += 1  # "let the younger pupils to go"
        if head + 1 < len(words) and words[head + 1].low.endswith("ing"):
            return self._noun_ing(doc, words, index, head)
        if head + 2 >= len(words) or not all(words[i].joined for i in range(index, head + 2)):
            return None
        noun, to, verb = words[head], words[head + 1], words[head + 2]
        if to.low != "to" or noun.capitalised or verb.capitalised or "VB" not in w.verb_tags(verb.low):
            return None
        people = noun.low in _PEOPLE
        if not people and (words[index].low not in _LET_HELP or w.tags(verb.low) != {"VERB"}):
            return None
        if not people and "NOUN" not in w.tags(noun.low):
            return None
        if verb.low in _MADE_TO or verb.low in w.AUXILIARIES:
            return None
        return self.finding(
            to.start,
            verb.end,
            f"After '{words[index].text} {' '.join(word.text for word in words[index + 1 : head + 1])}', "
            f"drop 'to': '{verb.text}'.",
            suggestions=(verb.text,),
            fix=FixSafety.UNSAFE,
        )

    def _noun_ing(self, doc: Document, words: list[Word], index: int, head: int) -> Finding | None:
        """'made the children laughing', 'let the pupils going home': people as the object and an
        '-ing' form that is only a verb. Not when an adjective or 'into' follows later, which makes
        the '-ing' phrase part of the object ("made the people living nearby angry")."""
        if not all(words[i].joined for i in range(index, head + 1)):
            return None
        noun, target = words[head], words[head + 1]
        if noun.low not in _PEOPLE or noun.capitalised or target.capitalised:
            return None
        if w.verb_tags(target.low) != {"VBG"}:
            return None
        following = words[head + 2].low if head + 2 < len(words) and target.joined else ""
        goes_on = following in _ING_GOES_ON or following == "home"
        if not w.tags(target.low) <= {"VERB", "NOUN"} and not goes_on:
            return None  # "made the stories interesting": an adjective
        if "NOUN" in w.tags(target.low) and following and not goes_on:
            return None  # "made the students working partners"
        if any(word.low == "into" or w.tags(word.low) == {"ADJ"} for word in words[head + 2 :]):
            return None  # "made the residents living nearby furious": the '-ing' phrase describes them
        if target.low == "laughing" and following in ("stock", "stocks"):
            return None  # "made the students laughing stocks"
        tags = sentence_tags(doc, words)
        if _complement_after_ing(words, tags, head + 2, words[index].low in _LET_FORMS):
            return None  # "made the players wearing the shirt legends", "let the people queuing outside in"
        for i in range(head + 2, len(words)):
            before = words[i - 1].low
            if before == "to" or before in w.DETERMINERS or before in w.PREPOSITIONS or i == head + 2:
                continue
            if tags[i] == "VB" or "VB" in w.verb_tags(words[i].low):
                return None  # "made the children watching it cry": the bare verb comes later
        base = _base_form(target, clear=True)
        if base is None or base == target.low:
            return None
        caused = " ".join(word.text for word in words[index : head + 1])
        return self.replace_word(target, base, f"After '{caused}', use the bare verb '{base}'.", FixSafety.UNSAFE)

    def _ing_after(self, words: list[Word], index: int, at: int) -> Finding | None:
        """'made me laughing', 'let us leaving': 'make' and 'let' with an object pronoun take the
        bare verb. Only an '-ing' form that is nothing but a verb ('laughing', 'leaving'; not
        'interesting', 'working', which may describe or name), and not after 'her', which may be a
        possessive ("let her sleeping dog lie"), nor in the passive ("was made ...")."""
        if words[index].low not in _NO_TO_CAUSATIVES or words[index + 1].low not in _ING_CAUSED:
            return None
        target = words[at]
        if target.capitalised or w.verb_tags(target.low) != {"VBG"} or not w.tags(target.low) <= {"VERB", "NOUN"}:
            return None
        if "NOUN" in w.tags(target.low) and (at + 1 >= len(words) or words[at + 1].low not in _ING_GOES_ON):
            return None  # "made them working partners": a noun may follow; "made them running out" is the verb
        if index > 0 and words[index - 1].low in _PASSIVE_BE:
            return None
        if at + 1 < len(words) and words[at].joined and words[at + 1].low in ("and", "or", ","):
            return None  # "made me, laughing and ..." is kept simple: leave lists of participles alone
        base = _base_form(target, clear=True)
        if base is None or base == target.low:
            return None
        return self.replace_word(
            target,
            base,
            f"After '{words[index].text} {words[index + 1].text}', use the bare verb '{base}'.",
            FixSafety.UNSAFE,
        )

    def _to_after(self, words: list[Word], index: int, at: int) -> Finding | None:
        """'made me to clean', 'let them to go': 'make' and 'let' with an object take the bare verb
        ('help them to win' is right; 'was made to leave', the passive, has no object here)."""
        if words[index].low not in _NO_TO_CAUSATIVES or words[index + 1].low not in _TO_CAUSED:
            return None
        if at + 1 >= len(words) or not words[at].joined or (index > 0 and words[index - 1].low in _PASSIVE_BE):
            return None
        verb = words[at + 1]
        if verb.capitalised or "VB" not in w.verb_tags(verb.low) or verb.low in _MADE_TO:
            return None  # "made them to measure": a tailor's phrase
        to = words[at]
        return self.finding(
            to.start,
            verb.end,
            f"After '{words[index].text} {words[index + 1].text}', drop 'to': '{verb.text}'.",
            suggestions=(verb.text,),
            fix=FixSafety.SAFE,
        )


_LETS_OBJECTS = frozenset("me him her them it".split())
"""Objects that never follow 'let us' ("let's me go"); not 'you' ("let's you and I go")."""


def _lets_subject(doc: Document, words: list[Word], index: int) -> str | None:
    """'lets' or 'let' for 'let's' at ``index`` after its subject ("he let's", "they let's"), 'let'
    at the sentence start ("Let's me see"), None when no subject shows."""
    if index == 0:
        return "let"
    before = words[index - 1]
    if not before.joined:
        return None
    if before.low in ("he", "she", "it", "this", "that", "which", "who"):
        return "lets"
    if before.low in ("i", "we", "you", "they", "these", "those"):
        return "let"
    tag = sentence_tags(doc, words)[index - 1]
    if tag not in ("NN", "NNS") or before.capitalised or w.tags(before.low) & {"ADV", "ADJ"}:
        return None  # "now let's", "OK let's": not a subject
    return "let" if tag == "NNS" else "lets"  # "the app let's you edit"


_HEAR = frozenset("hear hears heard hearing".split())
_PERCEIVE = _HEAR | frozenset("see sees saw seeing watch watches watched watching notice notices noticed".split())
_SEEN_EVENTS = frozenset(
    """leave go come enter arrive fall cry run die jump walk smile laugh fly climb disappear escape
    collapse sing dance shout scream fight argue kiss steal drown faint stumble slip wave nod sneak""".split()
)
"""Verbs of an event that a purpose after 'see' or 'watch' would not name ("saw him to leave")."""


def _ing_of(low: str) -> str:
    return w.verb_form(low, "VBG") or low + "ing"


_LET_HELP = frozenset("let lets help helps helped helping".split())
_PASSIVE_BE = frozenset("am is are was were be been being 's ’s".split())
"""Before 'made': a passive ("he was made to leave")."""
_TO_CAUSED = frozenset("me him her us them you".split())
"""Objects after which 'to' + verb follows 'let' or 'make' only by a slip ('it': "made it to the final")."""
_NOUN_OBJECT_OPENERS = (w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES) - {"its"}
_PEOPLE = frozenset(
    """
    people persons man men woman women child children kid kids boy boys girl girls baby babies
    student students pupil pupils player players worker workers employee employees staff member members
    prisoner prisoners inmate inmates soldier soldiers troops resident residents citizen citizens voter voters
    passenger passengers driver drivers customer customers client clients patient patients tenant tenants
    visitor visitors guest guests officer officers official officials minister ministers teacher teachers
    doctor doctors nurse nurses parent parents farmer farmers journalist journalists reporter reporters
    witness witnesses suspect suspects refugee refugees migrant migrants protester protesters
    demonstrator demonstrators athlete athletes volunteer volunteers recruit recruits trainee trainees
    son sons daughter daughters wife husband brother brothers sister sisters mother father mum dad
    friend friends colleague colleagues neighbour neighbours neighbor neighbors boss manager managers
    audience crowd class team squad villagers locals fans supporters viewers readers listeners users
    applicants candidates defendant defendants victim victims hostages hostage crew pilots pilot
    organiser organisers organizer organizers assistant assistants owner owners buyer buyers shopper shoppers
    commuter commuters spectator spectators participant participants delegate delegates lawyer lawyers
    engineer engineers scientist scientists researcher researchers investor investors shareholder
    shareholders director directors executive executives leader leaders coach coaches referee referees
    tourist tourists traveller travellers traveler travelers pensioner pensioners landlord landlords
    motorist motorists cyclist cyclists pedestrian pedestrians rider riders runner runners swimmers
    builder builders miner miners cleaner cleaners musician musicians actor actors singer singers
    dancer dancers performer performers nephew niece cousin cousins uncle aunt grandson granddaughter
    grandchildren partner partners employer employers apprentice apprentices intern interns
    captain captains chef chefs
    """.split()
)
"""Nouns for people: after 'made the …' a 'to' + verb is the slip, not a purpose ('made the trip to see her')."""


def _her_person(words: list[Word], index: int) -> bool:
    """'Her' after 'let' or 'make' opens a noun phrase for a person, with 'to' after it ("let her son
    to drive"): the possessive, not the object."""
    return (
        words[index + 1].low == "her"
        and index + 3 < len(words)
        and words[index + 2].low in _PEOPLE
        and words[index + 3].low == "to"
    )


def _modifier_before_noun(low: str) -> bool:
    """A word that can stand between a determiner and its noun: an adjective, or a noun of a compound."""
    found = w.tags(low)
    return bool(found) and "ADJ" in found and "VERB" not in found


_MADE_TO = frozenset("order measure scale size specification blame beat watch follow".split())
"""Words after 'to' that finish a noun phrase, not a verb ("made the suits to order", "made the
team to beat", "made the referee to blame")."""
_NO_TO_CAUSATIVES = frozenset("let lets make makes made making".split())
_ING_CAUSED = frozenset("me him us them you".split())
_ING_GOES_ON = frozenset("out away off up down back into to for from with in on around about over".split())
"""Objects after which an '-ing' form after 'let' or 'make' is a slip; not 'her' (a possessive too)
nor 'it' ("made it boiling hot")."""
_LET_FORMS = frozenset(("let", "lets", "letting"))
_LET_PARTICLES = frozenset("in out off through alone free inside outside away past".split())
"""Words after the '-ing' phrase that complete 'let' ("let the people queuing outside in", "let the
men fighting in the yard off with a warning"): the '-ing' phrase describes the people."""


def _complement_after_ing(words: list[Word], tags: list[str], start: int, let: bool) -> bool:
    """After 'make' or 'let', people and an '-ing' phrase, a later word completes the verb, so the
    '-ing' phrase describes the people: a noun phrase that opens straight after a noun or an adverb
    ("made the players wearing the shirt legends", "made the students studying abroad citizens"),
    or after 'let' a particle that no noun follows ("let the people waiting in the rain in first")."""
    for i in range(start, len(words)):
        after = tags[i + 1] if i + 1 < len(tags) else ""
        low = words[i].low
        if let and low in _LET_PARTICLES and (low == "through" or not after.startswith(("DT", "NN", "PRP", "JJ"))):
            return True
        if (
            i > start
            and (tags[i] == "DT" or tags[i].startswith("NN"))
            and tags[i - 1] in ("NN", "NNS", "RB")
            and words[i - 1].joined
            and words[i - 1].low != "home"
        ):
            return True
    return False


_PLAIN_OBJECTS = frozenset("me him us them it".split())
"""Objects after which a form in -s can only be the verb ('let him goes'); not 'her' ("helped her wins")."""


def _nonfinite(words: list[Word], index: int) -> bool:
    """'to help her', 'making it', 'helping them': a phrase that may be a subject or a modifier, whose
    next verb is the clause's own ("helping them wins votes")."""
    return words[index].low.endswith("ing") or (index > 0 and words[index - 1].low == "to")


_AFTER_A_VERB = w.DETERMINERS | w.OBJECT_PRONOUNS | frozenset(("up", "down", "out", "off", "back", "away"))


def _only_inflected(words: list[Word], at: int, plain_object: bool = False) -> bool:
    """``words[at]`` is a simple past or a form in -s that is nothing but a verb ("went", "realised",
    "won"), or a form in -s that is also a plural noun where an object pronoun stands before it
    (``plain_object``: "let him goes first") or what follows shows the verb: the end of the
    sentence, an -ly adverb or an object ("let it goes.", "please answers quickly")."""
    low = words[at].low
    found, pos = w.verb_tags(low), w.tags(low)
    if pos == {"VERB"}:
        return found in ({"VBD"}, {"VBZ"}, {"VBD", "VBN"})
    if found != {"VBZ"} or pos != {"VERB", "NOUN"}:
        return False
    if plain_object:
        return True
    if words[at - 1].low == "her":
        return False  # "she always helps her neighbours.": the possessive and a plural noun
    if at + 1 >= len(words) or not words[at].joined:
        return at + 1 >= len(words)
    following = words[at + 1].low
    return following in _AFTER_A_VERB or (following.endswith("ly") and "ADV" in w.tags(following))


_TO_OBJECT_VERBS = frozenset(
    """
    allow allows allowed allowing ask asks asked asking tell tells told telling want wants wanted wanting
    force forces forced forcing enable enables enabled enabling encourage encourages encouraged encouraging
    persuade persuades persuaded persuading urge urges urged urging invite invites invited inviting
    order orders ordered ordering permit permits permitted permitting require requires required requiring
    teach teaches taught teaching remind reminds reminded reminding advise advises advised advising
    """.split()
)
"""Verbs whose object takes 'to' + verb ("allowed me to do it"); not 'expect' or 'know', which may
take a clause ("I expect you know")."""
_TO_OBJECT_LEMMAS = (
    "instruct warn beg command compel oblige obligate pressure pressurise pressurize inspire motivate tempt "
    "prompt cause lead convince entitle authorise authorize empower train challenge assign appoint hire "
    "recruit request beseech implore entreat forbid instruct remind tell advise permit get"
).split()
"""More verbs of that kind, every inflection from the word tables ("forced them leave", "led us
believe", "warned him stay away"); 'get' too ("got him fix the car" is "got him to fix"; "got him
fired", "got them ready", "got us thinking" are participles and adjectives)."""
_TO_OBJECT_VERBS = _TO_OBJECT_VERBS | w.every_verb_form(_TO_OBJECT_LEMMAS)
_TO_OBJECTS = frozenset("me him us them".split())
"""Object-only pronouns: after 'you', 'her' or 'it' a clause or a noun may follow ("I told you so")."""
_YOU_TO_VERBS = frozenset(
    form
    for lemma in "allow enable permit encourage force invite empower teach".split()
    for forms in w.verb_inflections(lemma).values()
    for form in forms
)
"""Verbs after which 'you' is only the object of a 'to' + verb ("allows you create invoices" →
"allows you to create"): none takes a clause whose subject 'you' could be, as 'tell', 'remind',
'advise' or 'ask' do ("we advise you read the terms")."""


class MissingTo(GrammarRule):
    id = "grammar.missing-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A bare verb where 'to' is needed: 'allowed me do it', 'cannot afford spend', 'don't need change'."
    why = (
        "'Allow', 'ask', 'tell', 'want', 'force', 'encourage' and the like take an object and 'to' + "
        "verb: 'he allowed me to do it', 'she told them to wait'. Only 'me', 'him', 'us' and 'them' as "
        "the object (and 'you' after 'allow', 'enable', 'permit', 'encourage', 'force', 'invite', "
        "'empower' and 'teach': 'allows you create invoices') and a word that can only be a bare verb "
        "are checked ('asked them questions' and "
        "'told them stories' have nouns); 'let', 'make', 'help', 'see' and 'hear' rightly take the "
        "bare verb. 'Want', 'decide', 'afford', 'hope', 'refuse', 'manage', 'seem' and the like (and "
        "'trying', 'hoping', 'planning' …; a verb that is also a noun counts in 'make sure', 'figure out' "
        "and the like: 'want make sure') take "
        "'to' directly ('we cannot afford to spend'); 'need' only after 'don't' ('no one need know' is "
        "the modal), and none of them after a determiner ('should the need arise'). 'Be going' takes 'to' "
        "too ('I am going to see her'), and so do 'able' and 'due' after 'be' ('he is able to swim', 'she is "
        "due to arrive'; after 'due', only a word that is nothing but a verb), and "
        "'in order' ('in order to receive your quote'; a word that is also a noun or an adjective only "
        "before a determiner or an object: 'in order complete the form')."
    )
    bad = (
        "He allowed me do it on my own.",
        "She told them pay the bill.",
        "They wanted us believe the story.",
        "We cannot afford spend a month there, and they don't need change the plan.",
        "They do not need explain the delay.",
        "The storm forced them leave the house, and it led us believe the worst.",
        "We cannot afford not finish on time. I tried explain it.",
        "I am going see my aunt, and they were going buy the house.",
        "He is able swim, and she was not able come.",
        "The prime minister is due arrive in Washington on Tuesday.",
        "The governor is expected sign the bill next week.",
        "She wants go home early, and they decided go by train.",
        "I need buy some milk, and we need finish this today.",
        "They got him fix the car for free.",
        "It is important remember the victims, and it was difficult find a seat.",
        "The suspect refused answer any questions, and the council agreed build a new bridge.",
        "We are going go home soon, and she is going be late.",
        "Click the button in order receive your quote, and fill in every field in order complete the booking.",
        "This app allows you create invoices, and our tool enables you manage every account.",
        "I am trying find a job, and she was hoping get a raise.",
        "We want make sure every customer leaves happy, and I am trying figure out why.",
        "We would like thank all of our sponsors, and I'd love invite you.",
        "The new bridge is expected be completed by next year.",
        "The parcel is large, so someone will need be home to sign for it.",
        "Make sure lock the gate behind you, and everyone is welcome attend the open house.",
        "I'm going try replacing the flapper first.",
    )
    good = (
        "He is an able seaman, able and willing; they are able to come and were able then to leave.",
        "The rent is due today; she is due back on Monday; he is due home soon; the payment was due May 1.",
        "He is expected home soon; it is expected this week; the team is expected back.",
        "Rain is expected the day after, and snow is expected tomorrow.",
        "He allowed me to do it; she let them wait, and we helped him move.",
        "They asked me questions and told us stories.",
        "They wanted us there; he asked them why. Ask them point blank.",
        "No one need know; should the need arise, our plan go-ahead; we helped build it.",
        "They demanded that the new plan be dropped. Try google to find it.",
        "Git learns log.showSignature now.",
        "He led us to the exit; the storm caused them no harm; try harder; remember me to her.",
        "I am going home; it is going well; they were going strong; keep going, and get going there.",
        "The going, be it slow or fast, was hard; we are going, going, gone.",
        "The board agreed go-ahead terms; she wants a go on the swing; they tried go karts.",
        "All they need do is ask; I need help; we need only ask; they need not change them.",
        "All we need is time; we need work done.",
        "They got him fired, got them ready, got us thinking and got me home; let's get it done.",
        "It is hard work and easy money; it is important stuff; the important change is here; it is possible.",
        "He learned respect the hard way; they promised help the next day; we promised help the refugees needed.",
        "They promised aid the region badly needed; he learned discipline the school way.",
        "She promised care the elderly need.",
        "The volunteers promised help the hour it was needed; he promised support this winter.",
        "Once volunteers complete orientation, they can start; once plans change, we call.",
        "Make sure people know the rules; be sure dinner is ready; you are welcome here; make sure the gate is shut.",
        "Orders ship in order placed; everything is in order, so start; put them in order the way they came.",
        "It allows you access to every file; we allow you one free exchange; we teach you how to cook.",
        "I was trying hard; he is trying new things; we are planning events this year; she is learning English.",
        "We want a make-sure policy; she wants set lists.",
        "We would like thank-you cards; I would love help with this; we would like to thank you.",
        "What was expected, be it praise or blame, never came.",
        "If need be, we will wait; all you need be is honest.",
        "I'm going home now; they're going places; she's going steady; he's going bust.",
    )
    fixed = (
        "He allowed me to do it on my own.",
        "She told them to pay the bill.",
        "They wanted us to believe the story.",
        "We cannot afford to spend a month there, and they don't need to change the plan.",
        "They do not need to explain the delay.",
        "The storm forced them to leave the house, and it led us to believe the worst.",
        "We cannot afford not to finish on time. I tried to explain it.",
        "I am going to see my aunt, and they were going to buy the house.",
        "He is able to swim, and she was not able to come.",
        "The prime minister is due to arrive in Washington on Tuesday.",
        "The governor is expected to sign the bill next week.",
        "She wants to go home early, and they decided to go by train.",
        "I need to buy some milk, and we need to finish this today.",
        "They got him to fix the car for free.",
        "It is important to remember the victims, and it was difficult to find a seat.",
        "The suspect refused to answer any questions, and the council agreed to build a new bridge.",
        "We are going to go home soon, and she is going to be late.",
        "Click the button in order to receive your quote, and fill in every field in order to complete the booking.",
        "This app allows you to create invoices, and our tool enables you to manage every account.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [  # sifted on the flat word list: 'want', 'need', 'plan' are frequent, a bare verb after them rare
            position
            for position in positions(doc, _MISSING_TO_TRIGGERS)
            if position < last
            and (
                _maybe_plain_bare(lows[position + 1])
                or (position + 1 < last and _maybe_plain_bare(lows[position + 2]))
                or (lows[position] in _ABLE_WORDS and _bare_after_able(lows[position + 1]))
                or (lows[position] == "going" and lows[position + 1] in _GO_BE)
                or (lows[position] == "order" and position > 0 and lows[position - 1] == "in")
                or (lows[position] in _SURE_WELCOME and position > 0 and lows[position - 1] in _BEFORE_SURE_WELCOME)
                or (lows[position] == "expected" and position + 1 < last and lows[position + 2] in _VERB_CONFIRMING)
                or (lows[position] in _DUE and lows[position + 1] == "be")
                or (
                    position > 0
                    and lows[position] == "need"
                    and lows[position + 1] == "be"
                    and lows[position - 1] in _WILL_FORMS
                )
            )
        ]
        for words, index in places(doc, candidates):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            low = words[index].low
            if low in _TO_OBJECT_VERBS and words[index + 1].low in _TO_OBJECTS and words[index + 1].joined:
                at = index + 2  # "allowed me do it"
            elif low in _YOU_TO_VERBS and words[index + 1].low == "you" and words[index + 1].joined:
                at = index + 2  # "this app allows you create invoices"
            elif low in _TO_VERB_VERBS and _takes_to_here(words, index):
                at = index + 1  # "cannot afford spend"
            elif low == "going" and index > 0 and words[index - 1].low in _BE_BEFORE_GOING and words[index - 1].joined:
                at = index + 1  # "I am going see her"
            elif (low in _ABLE_WORDS or low in _DUE) and _predicative(words, index):
                at = index + 1  # "he is able swim", "she is due arrive": after 'is able' no noun can follow
            elif low in _IT_ADJECTIVES and _after_it_is(words, index):
                at = index + 1  # "it is important remember": the subject is the 'to' clause
            elif low == "order" and index > 0 and words[index - 1].low == "in" and words[index - 1].joined:
                at = index + 1  # "in order receive your quote": 'in order' takes 'to'
            elif low in _WOULD_LIKE_WORDS and index > 0 and words[index - 1].low in w.WOULD_FORMS:
                at = index + 1  # "we would like thank our sponsors"
            elif low in _SURE_WELCOME and index > 0 and words[index - 1].low in _BEFORE_SURE_WELCOME:
                at = index + 1  # "make sure lock the gate", "everyone is welcome attend"
            else:
                continue
            negated = at + 1 < len(words) and words[at].low == "not" and words[at].joined
            if negated:
                at += 1  # "cannot afford not spend" → "not to spend"
            if at >= len(words):
                continue
            verb = words[at]
            ambiguous = at == index + 1 and low in _TO_VERB_VERBS and _noun_or_verb_before_determiner(words, at)
            plain = (
                (_plain_bare_verb(doc, words, at) and not (ambiguous and not _object_after_bare(words, at)))
                or (ambiguous and low not in _NOT_NOUN_CHECKED and _object_after_bare(words, at))
                or (
                    verb.low == "go"
                    and at == index + 1
                    and (low in _TO_VERB_VERBS or low == "going")
                    and _go_goes_on(doc, words, at)
                )
                or (
                    verb.low == "be"
                    and (low == "going" or low in _DUE or low == "need")
                    and at == index + 1
                    and not _be_it(words, at)
                )
                or (low == "going" and at == index + 1 and _bare_verb_or_noun(verb.low))  # "I'm going try it"
                or (negated and _maybe_plain_bare(verb.low) and low != "need")
                or (low in _ABLE_WORDS and _bare_after_able(verb.low))
                or (low == "due" and w.tags(verb.low) == {"VERB"} and "VB" in w.verb_tags(verb.low))
                or (low == "expected" and at == index + 1 and _bare_before_object(doc, words, at))
                or (low == "order" and at == index + 1 and _bare_before_object(doc, words, at))
                or (low in _WOULD_LIKE_WORDS and at == index + 1 and _bare_before_object(doc, words, at))
                or (low in _SURE_WELCOME and at == index + 1 and _bare_before_object(doc, words, at))
                or (at == index + 1 and low in _TO_VERB_VERBS and _phrasal_verb_at(words, at))  # "want make sure"
            )
            if verb.capitalised or not plain or in_quotes(doc, verb.start):
                continue
            after = doc.text[verb.end : verb.end + 2]
            if len(after) == 2 and after[0] in "._/" and after[1].isalnum():
                continue  # "learns log.showSignature": a name from code
            if negated:
                yield self.finding(
                    words[at - 1].start,
                    verb.end,
                    f"After '{words[index].text}', use 'not to {verb.text}'.",
                    suggestions=(f"not to {verb.text}",),
                    fix=FixSafety.SAFE,
                )
                continue
            yield self.replace_word(
                verb,
                f"to {verb.text}",
                f"After '{' '.join(word.text for word in words[index:at])}', use 'to {verb.text}'.",
                FixSafety.SAFE,
            )


def _bare_verb_or_noun(low: str) -> bool:
    """A bare verb that is a noun too, no plural, no adjective or adverb ('try', 'visit'; not 'home',
    'steady', 'places'): after 'be going' no noun of its own stands, so the verb has lost its 'to'."""
    return "VB" in w.verb_tags(low) and w.tags(low) <= {"VERB", "NOUN"} and not w.is_plural_noun(low)


_TO_VERB_VERBS = frozenset(
    """
    want wants wanted decide decides decided afford hope hopes hoped plan plans planned agree agrees agreed
    refuse refuses refused promise promises promised manage manages managed fail fails failed
    learn learns learned learnt choose chooses chose seem seems seemed tend tends tended pretend pretends
    pretended intend intends intended deserve deserves deserved threaten threatens threatened need needs needed
    trying wanting deciding hoping planning agreeing refusing promising managing failing learning choosing
    pretending intending threatening attempting
    """.split()
) | frozenset(
    form
    for lemma in "attempt arrange hesitate strive vow neglect try forget remember volunteer endeavour endeavor".split()
    for forms in w.verb_inflections(lemma).values()
    for form in forms
    if not form.endswith("ing")
)
"""Verbs that take 'to' + verb directly ("we decided to stay", "cannot afford to spend")."""
_ABLE_WORDS = frozenset(("able", "unable"))
_GO_BE = frozenset(("go", "be"))
"""Bare verbs the sift lets through after 'going' ('we are going go home', 'she is going be late')."""
_WILL_FORMS = frozenset("will would shall 'll won't wouldn't".split())
"""Modals after which 'need' is the ordinary verb that takes 'to' ("will need to be home")."""
_NEED_SUBJECTS = frozenset("i we they".split())
_NEED_CLAUSE_OPENERS = frozenset("and but so because then now".split())
"""Subjects after which 'need' + bare verb is a slip ("we need buy"); not 'you' ("need you ask?")."""
_IT_ADJECTIVES = frozenset(
    "important necessary essential vital crucial possible impossible difficult hard easy dangerous".split()
)
"""Adjectives after 'it is' whose real subject is a 'to' clause ("it is important to remember")."""
_IT_DEGREES = w.MID_ADVERBS | frozenset("very so really also".split())
"""Adverbs and degree words between 'it is' and such an adjective ("it is very important to")."""
_DUE = frozenset(("due", "expected"))
"""Words after 'be' that take 'to' and a verb ("is due to arrive", "is expected to sign"): after 'expected',
only a verb before its object is read ("is expected sign the bill"; not "is expected home", "is expected
this week")."""
_WOULD_LIKE_WORDS = frozenset(("like", "love"))
_SURE_WELCOME = frozenset(("sure", "welcome"))
_BEFORE_SURE_WELCOME = frozenset("make makes made be is are was were".split())
"""'make sure', 'be sure', 'is welcome': a bare verb and its object after them lack 'to' ("make sure lock
the gate"); a clause after 'make sure' opens with its subject ("make sure people know")."""
_MISSING_TO_TRIGGERS = (
    _TO_OBJECT_VERBS
    | _TO_VERB_VERBS
    | {"going", "order"}
    | _DUE
    | _ABLE_WORDS
    | _IT_ADJECTIVES
    | _WOULD_LIKE_WORDS
    | _SURE_WELCOME
)


def _be_it(words: list[Word], at: int) -> bool:
    """'Be' at ``at`` opens a subjunctive with its subject after it ("be it praise or blame"): not the
    verb that lost its 'to' ("is going be late", "is expected be completed")."""
    return at + 1 < len(words) and words[at + 1].low in w.SUBJECT_PRONOUNS


def _bare_before_object(doc: Document, words: list[Word], at: int) -> bool:
    """After 'in order', a word that may be a bare verb, a noun or an adjective too ('complete',
    'download', 'reset') is the bare verb where a determiner or an object pronoun follows it ("in
    order complete the label", "in order download the guide"; not "in order, complete" or "in
    order received": no phrase goes on from 'in order' into a noun and a determiner)."""
    found = w.verb_tags(words[at].low)
    if "VB" not in found or found & {"VBZ", "VBG"} or at + 1 >= len(words) or not words[at].joined:
        return False
    return words[at + 1].low in _VERB_CONFIRMING


def _after_it_is(words: list[Word], index: int) -> bool:
    """'It is', 'it was', 'it's' or 'it will be' (past one adverb) right before ``words[index]``."""
    be = _be_before(words, index, _IT_DEGREES)
    if be is None:
        return False
    if words[be].low in ("it's", "it’s"):
        return True
    return (
        words[be].low in ("is", "was", "be") and be > 0 and words[be - 1].low in ("it", "will") and words[be - 1].joined
    )


_BE_BEFORE_GOING = frozenset(
    """am is are was were been being 'm 're 's i'm you're we're they're he's she's it's i’m you’re we’re
    they’re he’s she’s it’s""".split()
)
"""'Be going' + verb is the future of "going to see"; "keep going", "get going" are left alone."""
_NEGATED_DO = frozenset("don't doesn't didn't don’t doesn’t didn’t".split())


def _predicative(words: list[Word], index: int) -> bool:
    """A form of 'be' (past one adverb) stands right before ``words[index]``: "is able", "was not
    able" (not "an able seaman", where a noun follows)."""
    return _be_before(words, index) is not None


def _be_before(words: list[Word], index: int, adverbs: frozenset[str] = w.MID_ADVERBS) -> int | None:
    """Where the form of 'be' stands that comes right before ``words[index]``, past one of ``adverbs``
    ("is able", "was not able", "it is very important"); None when none does."""
    back = index - 1
    if back >= 0 and words[back].low in adverbs and words[back].joined:
        back -= 1
    return back if back >= 0 and words[back].joined and words[back].low in _BE_BEFORE_GOING | {"be"} else None


def _bare_after_able(low: str) -> bool:
    """A bare verb after 'is able', where no noun can stand: the base form, even if a past or a noun
    too ("able come", "able swim", "able cut"); not an -s or -ing form, an adjective or an adverb."""
    found = w.verb_tags(low)
    return "VB" in found and not found & {"VBZ", "VBG"} and w.tags(low) <= {"VERB", "AUX", "NOUN"}


_NOT_NOUN_CHECKED = frozenset("want wants wanted need needs needed seem seems seemed tend tends tended".split())
"""Verbs that take a noun object as often as a verb ("wanted change the most", "need help the
most"): their bare-verb-or-noun is left to the tagger."""
_OBJECT_DETERMINERS = frozenset("the a an any his her their my our your these those this every".split())
_NOT_OBJECT_HEADS = frozenset(
    """
    time times day days week weeks month months year years morning evening night weekend moment way most
    least best first last next following same whole other rest hard lot bit little hour hours minute instant
    season spring summer autumn winter term
    """.split()
)
"""Words after the determiner that make the phrase a time, a way or a degree ("learned respect the
hard way", "wanted change a lot", "promised help the next day"), not an object."""
_PEOPLE_ADJECTIVES = frozenset("elderly poor young old rich sick homeless disabled unemployed wealthy".split())
"""Adjectives that 'the' makes a group of people, the subject of a clause ("care the elderly need")."""


def _noun_or_verb_before_determiner(words: list[Word], at: int) -> bool:
    """``words[at]`` is a bare verb or a noun ('answer', 'help', 'respect') and a determiner follows."""
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined):
        return False
    low = words[at].low
    found = w.verb_tags(low)
    if "VB" not in found or found & {"VBD", "VBN", "VBZ", "VBG"} or w.tags(low) != {"VERB", "NOUN"}:
        return False
    return words[at + 1].low in _OBJECT_DETERMINERS


def _object_after_bare(words: list[Word], at: int) -> bool:
    """After :func:`_noun_or_verb_before_determiner`: the determiner and a noun make an object, so
    the word is the bare verb ("refused answer any questions", "agreed build a new bridge"); not a
    time or a way ("learned respect the hard way", "promised help the next day") or a clause
    ("promised help the refugees needed"), after which the word is a noun."""
    for cursor in range(at + 2, min(at + 5, len(words))):
        if words[cursor].low in _NOT_OBJECT_HEADS:
            return False
        if words[cursor].low in _PEOPLE_ADJECTIVES and words[cursor - 1].low == "the":
            return False  # "promised care the elderly need": 'the elderly' opens a clause
        if "NOUN" in w.tags(words[cursor].low) and not w.tags(words[cursor].low) & {"ADJ"}:
            while (
                cursor + 1 < len(words)
                and words[cursor].joined
                and "NOUN" in w.tags(words[cursor + 1].low)
                and not w.tags(words[cursor + 1].low) & {"ADJ", "ADV"}
                and not w.verb_tags(words[cursor + 1].low) & {"VBD"}
            ):
                cursor += 1  # "the school way": the phrase's head is its last noun
                if words[cursor].low in _NOT_OBJECT_HEADS:
                    return False
            nxt = cursor + 1
            while (
                nxt < len(words)
                and words[nxt - 1].joined
                and words[nxt].low.endswith("ly")
                and w.tags(words[nxt].low) == {"ADV"}
            ):
                nxt += 1  # "the region badly needed"
            following = words[nxt].low if nxt < len(words) and words[nxt - 1].joined else ""
            return not (w.verb_tags(following) & {"VBD", "VBZ", "VBP"} and "NOUN" not in w.tags(following))
    return False


_PHRASAL_VERBS = frozenset(
    tuple(pair.split())
    for pair in "make sure,figure out,find out,set up,sign up,pick up,check out,fill out,get rid".split(",")
)
"""A verb and the word that makes it a verb, not a noun ("want make sure", "trying figure out")."""


def _phrasal_verb_at(words: list[Word], at: int) -> bool:
    """``words[at]`` and the word after it make a verb that no noun reading shares ('make sure')."""
    return at + 1 < len(words) and words[at].joined and (words[at].low, words[at + 1].low) in _PHRASAL_VERBS


def _takes_to_here(words: list[Word], index: int) -> bool:
    """The word at ``index`` is the verb, not a noun ("the plan", "should the need arise"), and
    'need' is the ordinary verb of "don't need to", not the modal of "no one need know"."""
    previous = words[index - 1].low if index > 0 and words[index - 1].joined else ""
    if previous in w.DETERMINERS or previous in w.PLURAL_DETERMINERS or previous.endswith(("'s", "’s")):
        return False
    if words[index].low == "need":  # "don't need change", "do not need change"
        if previous in _NEED_SUBJECTS:
            if index > 1 and words[index - 2].joined and words[index - 2].low not in _NEED_CLAUSE_OPENERS:
                return False  # "all they need do is ...": the modal, in a free relative
            return index + 1 < len(words) and words[index + 1].low not in (
                "not",
                "never",
            )  # "they need not change"  # "I need buy milk": the modal 'need' stands only in questions and negatives
        return (
            previous in _NEGATED_DO
            or (previous == "not" and index > 1 and words[index - 2].joined and words[index - 2].low in w.DO_FORMS)
            or previous in _WILL_FORMS  # "someone will need be home": after 'will' 'need' is the verb
        )
    if "NOUN" in w.tags(words[index].low):  # "the new plan be killed": the noun, in a subjunctive
        if previous in w.MID_ADVERBS and (index < 2 or not words[index - 2].joined):
            return False  # "Once volunteers complete orientation, …": no subject before the adverb; the noun is one
        return (
            previous in w.SUBJECT_PRONOUNS or previous in w.AUXILIARIES or previous in w.MID_ADVERBS or previous == "to"
        )
    return True


_GO_ON = frozenset("home back out away abroad there here ahead by to into on up down in for and".split())


def _go_goes_on(doc: Document, words: list[Word], at: int) -> bool:
    """'Go' right after 'wants', 'decided' is the verb when a place or a particle follows ("wants go
    home", "decided go by train"); the noun needs a determiner ('have a go'), and 'go-ahead' is its own."""
    if at + 1 >= len(words) or not words[at].joined or doc.text[words[at].end : words[at].end + 1] == "-":
        return False
    if words[at - 1].low.startswith("learn"):
        return False  # "learn go by playing": the game
    return words[at + 1].low in _GO_ON


@lru_cache(maxsize=1 << 14)
def _maybe_plain_bare(low: str) -> bool:
    """A word that may be the bare verb :func:`_plain_bare_verb` looks for (the cheap sift)."""
    found = w.verb_tags(low)
    return "VB" in found and not found & {"VBD", "VBN", "VBZ", "VBG"} and w.tags(low) <= {"VERB", "AUX", "NOUN"}


def _plain_bare_verb(doc: Document, words: list[Word], at: int) -> bool:
    """A bare verb and nothing else ("do", "wait", "believe"), or a verb-or-noun before an object
    that the tagger reads as a bare verb ("told them pay the bill"; not "ask them point blank")."""
    low = words[at].low
    found = w.verb_tags(low)
    if "VB" not in found or found & {"VBD", "VBN", "VBZ", "VBG"} or low in w.MODALS or low == "be":
        return False  # "demanding that the plan be killed", "what needed be fixed": left alone
    pos = w.tags(low)
    if pos <= {"VERB", "AUX"}:
        return True
    if pos != {"VERB", "NOUN"} or at + 1 >= len(words) or not words[at].joined:
        return False
    return words[at + 1].low in _VERB_CONFIRMING and sentence_tags(doc, words)[at] == "VB"


RULES = [ModalVerbForm, PerfectVerbForm, DoVerbForm, RegularisedVerb, MissingAuxiliary, BareInfinitive, MissingTo]
