"""Confused words with a clear signal: "could of", "its a", "their are", "more then", "to loose", "an affect on"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import GrammarRule
from ._tagger import COMMON_NOUN_TAGS, sentence_tags
from ._tokens import (
    Word,
    after_cut,
    attribution_start,
    cut_after,
    ends_phrase,
    in_quotes,
    joined_before,
    match_case,
    occurrences,
    repeated_after_preposition,
    run_of,
    stretch_start,
    title_like,
)
from ._tokens import after as _next
from .slips import possessive_slot

if TYPE_CHECKING:
    from lint._document import Document

_PREPOSITIONS_BEFORE_POSSESSIVE = frozenset(
    """of for in on with by from into about through under over at onto to alongside above below beside
    despite behind within toward towards throughout among against upon beneath across along around inside
    outside near via amid""".split()
)


def _apostrophe(doc: Document) -> str:
    """The document's own apostrophe, so a fix matches the surrounding typography."""
    return "’" if doc.text.count("’") > doc.text.count("'") else "'"


def _borrowed_a(words: list[Word], index: int) -> bool:
    """The 'a' at ``index`` opens a borrowed phrase ('a priori', 'a cappella', 'a la carte'), which a
    possessive can stand before: no article there calls for 'it's', 'you're' or 'there'."""
    return (
        words[index].low == "a"
        and words[index].joined
        and index + 1 < len(words)
        and words[index + 1].low in w.LATIN_AFTER_A
    )


_OBJECT_PREPOSITIONS = w.PREPOSITIONS - w.CLAUSE_OPENERS
"""Prepositions that open no clause: after them 'its' and 'your' are possessives ('by its not
working', 'despite its not being ready'), never 'it is' (not 'like', 'as', 'since', 'until')."""
_GERUND_PHRASE_ENDS = w.CLAUSE_OPENERS | w.QUESTION_WORDS | frozenset("to and or".split())


def _possessive_reading(doc: Document, words: list[Word], index: int) -> bool:
    """'its' or 'your' at ``index`` is the possessive, whatever follows it: after a preposition that
    opens no clause ("I was surprised by its not working", "it depends on your not telling anyone",
    "with its not inconsiderable assets"), or opening the sentence before a gerund whose phrase the
    sentence's verb follows within a few words ("Your not answering worried us", "Its going out of
    business shocked the town"; not "Its not working at all", "Your not going to believe this")."""
    if index > 0:
        previous = words[index - 1]
        if previous.joined and _object_of_verb(doc, words, index):
            return True  # "I appreciate your not telling anyone": the verb's object, a gerund's possessive
        return previous.joined and previous.low in _OBJECT_PREPOSITIONS
    at = 1
    if at < len(words) and words[at].low == "not" and words[at].joined:
        at += 1
    if at >= len(words) or not words[at].low.endswith("ing") or "VBG" not in w.verb_tags(words[at].low):
        return False
    tags = sentence_tags(doc, words)
    for place in range(at + 1, min(at + 6, len(words))):
        if not words[place - 1].joined or words[place].low in _GERUND_PHRASE_ENDS:
            return False
        if any(part in ("VBD", "VBZ", "VBP", "MD") for part in tags[place].split("+")):
            return True
        passive = words[place - 1].low in _PASSIVE_GERUNDS  # "Its being fixed": the participle
        if not passive and w.verb_tags(words[place].low) & {"VBD", "VBZ"}:
            return True  # "Your not being there hurt her": a past the tagger read as a bare verb
    return False


_PASSIVE_GERUNDS = frozenset("being getting".split())
_CLAUSE_TAKERS = w.CLAUSE_VERBS | frozenset("notice swear read learn".split())
"""Verbs that take a clause with no 'that' ('I hope you're not going', 'we heard you're not coming'):
after them 'your not' + -ing is 'you are not'."""


def _object_of_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'your' or 'its' right after a verb that takes no clause, before 'not' and an -ing form ("I
    appreciate your not telling anyone", "we loved your not caring"): the possessive of a gerund, the
    verb's object; after a verb that takes a clause ('I hope your not going') 'you are' is meant."""
    verb = words[index - 1].low
    if verb in w.AUXILIARIES or set(w.verb_lemmas(verb)) & _CLAUSE_TAKERS:
        return False
    if index + 2 >= len(words) or words[index + 1].low != "not" or not words[index + 1].joined:
        return False
    if "VBG" not in w.verb_tags(words[index + 2].low):
        return False
    return sentence_tags(doc, words)[index - 1].split("+")[0] in ("VB", "VBD", "VBP", "VBZ")  # a verb, not a noun


def _pairs(doc: Document, lows: frozenset[str]) -> Iterator[tuple[list[Word], int, Word, Word | None]]:
    """(sentence words, index, word, the next word if joined to it) for each trigger word."""
    for words, index in occurrences(doc, lows):
        word = words[index]
        following = words[index + 1] if word.joined and index + 1 < len(words) else None
        yield words, index, word, following


# Not "can of worms", "shall": a noun or never contracted so; "will", "might", "must" and "may" only
# before a participle ("will of been") or after a pronoun: else "the will of the people".
_MODALS_BEFORE_OF = frozenset(
    """
    could should would must might may will won't couldn't shouldn't wouldn't mustn't couldn’t shouldn’t
    wouldn’t won’t had
    """.split()
)
_NOUN_MODALS = frozenset(("might", "must", "may", "will"))


class ModalOf(GrammarRule):
    id = "grammar.modal-of"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Could of', 'should of', 'would of' written for 'could have'; 'had of' for 'had'."
    why = (
        "Spoken 'could've' sounds like 'could of', and the slip reaches print. 'Of course' after a "
        "modal ('he would of course deny it') and 'might' as a noun ('the might of the army') are fine. "
        "'Will', 'might', 'must' and 'may' count after a noun only before a past participle ('something "
        "must of happened', 'it will of been found'), never after a determiner ('the will of the people'). "
        "The same sound gives 'if I had of known' (spoken 'had've'): 'had known'."
    )
    bad = (
        "He could of won the race.",
        "They should of known.",
        "She must of left early.",
        "Something must of happened, and it will of been found by then.",
        "The team must of known, and the board might of expected it.",
        "Could you of done it? Why would they of left?",
        "If I had of known, I would have come.",
        "We apologise for any inconvenience this may of caused.",
        "Someone must of left the fire door open overnight.",
        "The courier must of left the parcel with a neighbour.",
    )
    good = (
        "He could have won the race.",
        "He would of course deny it.",
        "It could of itself cause harm.",
        'The phrase "could of" is a mistake; never write "should of".',
        "The might of the army was on show, by the will of the people.",
        "It is a must of the season, and the will of elected members.",
        "You should of all people know; he would of all things pick this. Most of them could of...",
        "Could you of all people help? Will it of course change?",
        "All he had of value was a watch; she had of course left; what we had of hers was lost.",
        "We must of necessity wait, and they would of their own accord help.",
        "Grape must of known sugar content is used, and sweet must of aged grapes makes good wine.",
        "That will of his was contested, and that might of the army was feared.",
    )
    fixed = (
        "He could have won the race.",
        "They should have known.",
        "She must have left early.",
        "Something must have happened, and it will have been found by then.",
        "The team must have known, and the board might have expected it.",
        "Could you have done it? Why would they have left?",
        "If I had known, I would have come.",
        "We apologise for any inconvenience this may have caused.",
        "Someone must have left the fire door open overnight.",
        "The courier must have left the parcel with a neighbour.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, word, following in _pairs(doc, _MODALS_BEFORE_OF):
            if word.low == "had":
                finding = self._had_of(words, index)
                if finding is not None:
                    yield finding
                continue
            if following is not None and following.low in w.SUBJECT_PRONOUNS:
                finding = self._asked(words, index)  # "Could you of done it?"
                if finding is not None:
                    yield finding
                continue
            if following is None or following.low != "of":
                continue
            after = words[index + 2].low if index + 2 < len(words) else ""
            if not after and cut_after(doc, following):
                continue  # "Most of them could of...": 'of course' may be what was cut
            if after == "course" or (after == "all" and index + 3 < len(words) and words[index + 3].low in _ALL_OF):
                continue  # "could, of course,", "you should of all people know"
            if after and not w.verb_tags(after) and (after in w.DETERMINERS or "NOUN" in w.tags(after)):
                continue  # "we must of necessity wait", "they would of their own accord help": no verb follows
            if after in _REFLEXIVES:
                continue  # "it could of itself cause harm": 'of itself', by its own nature
            if word.low in _NOUN_MODALS and (
                (index == 0 or not _pronoun_subject(words[index - 1].low) or word.low == "will")
                and not (_participle_after_modal(word.low, after) and not _noun_modal_here(words, index))
            ):
                continue  # "the might of", "a must of", "the will of elected members": nouns
            if _quoted_phrase(doc, word.start, following.end):
                continue  # 'the phrase "could of" is a mistake': the phrase cited, not used
            replacement = f"{word.text} have"
            yield self.finding(
                word.start,
                following.end,
                f"Write '{replacement}': 'of' here is the sound of the contraction '{word.text}'ve'.",
                suggestions=(replacement,),
                fix=FixSafety.SAFE,
            )

    def _had_of(self, words: list[Word], index: int) -> Finding | None:
        """'I had of known' (had): 'of' between 'had' and a verb's participle ('known', 'bought', 'been'),
        not a noun or a pronoun ('had of value', 'had of hers'); a noun only if it is no other verb form."""
        if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
            return None
        of, participle = words[index + 1], words[index + 2]
        forms, tags = w.verb_tags(participle.low), w.tags(participle.low)
        if of.low != "of" or "VBN" not in forms or tags & {"PRON", "DET"} or ("NOUN" in tags and forms != {"VBN"}):
            return None
        had = words[index]
        return self.finding(
            had.start,
            of.end,
            f"Write '{had.text} {participle.text}': 'of' here is the sound of '{had.text}'ve'.",
            suggestions=(had.text,),
            fix=FixSafety.SAFE,
        )

    def _asked(self, words: list[Word], index: int) -> Finding | None:
        """'Could you of done it?', 'Why would they of left?': a question's subject between the modal
        and its 'of', then a participle (not "of course", "of all people")."""
        if index + 3 >= len(words) or not (index == 0 or (index == 1 and words[0].low in w.QUESTION_WORDS)):
            return None
        modal, subject, of, participle = words[index : index + 4]
        forms = w.verb_tags(participle.low)
        if of.low != "of" or not subject.joined or not of.joined or "VBN" not in forms or "VB" in forms:
            return None
        return self.replace_word(
            of, "have", f"Write 'have': 'of' here is the sound of '{modal.text} {subject.text}'ve'.", FixSafety.SAFE
        )


_ALL_OF = frozenset("people persons things places times days men women".split())
"""'Of all people', 'of all things': an aside after the modal, not 'have'."""


def _pronoun_subject(low: str) -> bool:
    """A personal or an indefinite pronoun ('he', 'someone'): before 'must' or 'might' the modal."""
    return low in w.SUBJECT_PRONOUNS or low in w.INDEFINITE_PERSONS


def _noun_modal_here(words: list[Word], index: int) -> bool:
    """'Will', 'might', 'must' after a determiner or a possessive, 'will' and 'might' also after an
    adjective: the noun ("the will of", "the people's will of", "political will of")."""
    if index == 0:
        return False
    low = words[index - 1].low
    if low in _PRONOUN_DEMONSTRATIVES:
        return False  # "this may of caused delays": the pronoun is the subject (a participle follows)
    if low in w.DETERMINERS or low.endswith(("'s", "’s", "s'")):
        return True
    if words[index].low == "must" and low in _MUST_MAKERS:
        return True  # "grape must of known sugar content": the juice pressed for wine
    return words[index].low in ("will", "might") and "ADJ" in w.tags(low)  # "political will", "military might"


_PRONOUN_DEMONSTRATIVES = frozenset(("this", "that"))
_MUST_MAKERS = frozenset("grape grapes apple fruit wine sweet fresh new unfermented fermenting red white".split())
"""Words before the winemaker's noun 'must' ("grape must", "sweet must"), never a subject of 'must have'."""


def _participle_after_modal(modal: str, low: str) -> bool:
    """After a noun's 'must', 'might' or 'may' a past participle that is no noun, or a form that is
    only a participle ("the team must of known", "the firm might of expected"): 'known' and
    'expected' are adjectives or nouns too, yet no noun 'must' takes them; after 'must' and 'might'
    a participle that is a noun too ("the courier must of left"). After 'will' only a form that is
    nothing else (:func:`_only_participle`)."""
    if modal == "will":
        return _only_participle(low)
    forms = w.verb_tags(low)
    if modal in ("must", "might") and "VBN" in forms:
        return True  # "the courier must of left": no noun 'must' or 'might' takes 'of' and a participle
    return _only_participle(low) or ("VBN" in forms and ("NOUN" not in w.tags(low) or forms == {"VBN"}))


def _only_participle(low: str) -> bool:
    """A past participle that is nothing else ("been", "happened", "gone"): "must of happened"."""
    found = w.verb_tags(low)
    return "VBN" in found and found <= {"VBD", "VBN"} and w.tags(low) <= {"VERB", "AUX"}


_ITS_BEFORE = frozenset("a an the been not gotten this these those my your our their nothing".split())
_ITS_TRIGGERS = frozenset(("its", "it's", "it’s"))
_THEIR_TRIGGERS = frozenset(("their", "there", "they're", "they’re"))
_THEY_ARE_IS = frozenset(("is", "was", "isn't", "wasn't"))
_THERE_VERBS = frozenset("is are was were isn't aren't wasn't weren't could would should".split())
"""After 'their' these can only follow 'there'. Not 'will', 'might', 'may' or 'must': they are also
nouns ("impose their will", "their military might")."""


class ItsConfusion(GrammarRule):
    id = "grammar.its-confusion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Its' where 'it's' (it is, it has) is meant, or 'it's' where the possessive 'its' is."
    why = (
        "'It's' is always 'it is' or 'it has'; 'its' is the possessive. Only clear cases are flagged: "
        "'its' before 'a', 'the', 'been', 'not' or 'going' (no possessive goes there), and 'it's own' or "
        "'it's' after a preposition ('of it's members'), where 'it is' cannot stand. 'Its' opening a "
        "clause before an adverb and a participle that 'that', 'to', 'by' or the end follows is 'it is' "
        "too ('Its often said that …'; not 'its widely used products')."
    )
    bad = (
        "Its a shame.",
        "Its been a long year.",
        "The company and it's own staff.",
        "Two of it's members quit.",
        "Its too late to change the plan.",
        "The flat is nice, but its very expensive. Its quite hard to find one. Compared to that, its nothing.",
        "Its hard to say.",
        "The museum reopened, and it's windows were cleaned.",
        "The museum showed it's famous paintings.",
        "Its better to ask. I can't remember it's name.",
        "Its raining again, and because its getting late we stay.",
        "The council said it's budget would rise.",
        "The team lost it's best player in March.",
        "I decided that its time to leave; she could feel it's presence.",
        "The college installed her as it's 18th president.",
        "Every dog has it's day.",
        "New Robot Learns to Walk on It's Own",
        "The dog wagged it's tail when we came home.",
        "For all it's charm, the town has few visitors, such as it's old-school diner.",
        "The city and it's people are proud.",
        "The dog wagged its' tail.",
        "Its because the battery is flat, and I think its got nothing to do with us.",
        "Its common for readers to skim. Its normal to feel tired.",
        "Maybe its broken, and if its true, we act. I think its ready now.",
        "We lost it's data, and they changed it's software.",
        "The council said it's budget for road repairs would be cut.",
        "It jams because it's paper tray keeps slipping, and because it's engine failed the flight was cancelled.",
        "The team lost it's third straight game, and the show aired it's final episode.",
        "The hospital said it's new cancer center will open in the fall.",
        "Its rightly said that life is short, and its widely believed to be true.",
        "Whether you buy or rent, its worth talking to an inspector; its worth noting that prices rose.",
        "The company updated it's privacy policy to comply with the law.",
        "We love this campground because its quiet and close to the lake; tell us if its too cold in the hall.",
        "The hospital said its planning to add beds, and the company reported that it's quarterly profit doubled.",
        "If its raining on Friday morning, the parade will move indoors to the gym.",
        "Council members agreed its time to replace the aging water tower.",
        "The library says it's summer reading program drew 900 children; it's companion app still feels clunky.",
        "The shop doubled it's floor space and added a bar, and the museum expanded it's floor space last year.",
        "The clinic says its never been busier; its no longer possible to pay by check; its expected that fees rise.",
        "The renovation doubled it's gallery space and added a rooftop bar.",
        "The booster club says its hoping to raise money, but its perfectly fine to give nothing.",
        "The library says it's summer reading program drew 900 children, and it's annual breakfast will return.",
        "The jar has a lid, and it's lid is loose. We meet there because it's central location is easy to reach.",
        "If the starter smells odd, its probably hungry. When the app finishes syncing, its safe to close it.",
        "Don't worry if the glaze looks cloudy; its normal for it to clear as it cools.",
        "We meet in the annex because it's central location makes carpooling easy.",
        "The band celebrates it's centennial, and the team opened it's season with a win.",
        "The blender is loud, and it's motor gets hot after a minute.",
        "The museum says it's new wing for modern art opens in May.",
        "Wipe the table to restore it's original finish.",
        "The cabin is small, but its just a short drive from the lake.",
        "The new bridge has its critics, but its certainly made my commute shorter.",
        "Remember that its never too late to register for the fall classes.",
        "After a week with the phone, its clear that the battery is the weak point.",
        "Bring a sweater, because its surprisingly windy by the water at night.",
        "The tasting menu is pricey, but its worth every penny.",
        "If you haven't tried it, its worth the extra ten minutes, and its probably time to start.",
    )
    good = (
        "It’s worth being aware of it; it’s fine being late.",
        "After all it's been through, it works; for all it's worth, try; with all it's done, fine.",
        "We watched It's a Wonderful Life and It's Complicated.",
        "It's a shame; its staff agreed.",
        "The agency lost its way and its own budget.",
        "It's been a year.",
        "If you are unsure what is going on, it's wiser to ask.",
        "Its very existence, its just cause and its hard work are at stake.",
        "It's early days, and it's families who suffer; it's people who matter.",
        "It's surprises like this that make the job worth doing.",
        "It may even lead to its going out of business.",
        "All in all it's good; for all it's worth, it stands on its own to the end.",
        "From its too short shirt to its best work, its part was clear.",
        "Its growing influence worried rivals; its starting point was clear. Its making was slow.",
        "Its better half stayed. I think it's policy; it's home to us, and it's time to go.",
        "They said it's good practice to ask, and it's common sense; it's money well spent.",
        "We found it's hard work. It's fun for all. Make sure it's safe work.",
        "The firm spent its time to good effect; I feel it's time to go, and I see it's late.",
        "The van shows up and it's two guys; it's 10 miles away.",
        "The law threatens its very existence; the town has its very own band; at its very best.",
        "The bird lived its very short life in a cage; the house and its pretty garden; its quite different aims.",
        "I think it's fun when we sing; we knew it's time because the bell rang.",
        "The word 'its' has no apostrophe, and he wrote 'its' twice.",
        "The dog wagged its tail; its' is wrong.",
        "We saw TV at its worst that night; the city at its finest.",
        "The format kept its standard for years; the union and its common good. Its normal use is rare.",
        "The village lost its common to the north, and the club its chief to a rival.",
        "Its standard for safety is high. Its potential for growth is huge. Its moral for children is clear.",
        "Its standard to measure success is simple.",
        "The bird fed its young, the firm knew its worth, and since its founding, the club has grown. I know its past.",
        "If its broken parts are replaced, it runs; I think its new owners will keep it.",
        "I heard it's rubbish; tests proved it's gold, and the lab confirmed it's mercury.",
        "It's time for the vote, and it's money for the schools that matters; it's part of the deal.",
        "It's case closed, and it's lesson learned; it's mission accomplished.",
        "It's teachers, not inspectors, who know best what their pupils need.",
        "We saw it's first light; I know it's last call; for us it's last place.",
        "I think it's high time we left; it's hard work that pays; it's good news all round.",
        "Its widely used products sell well; its often overlooked role matters; the firm and its newly hired staff.",
        "I see it's common sense, and I heard it's second nature to her.",
        "The lake is known for its quiet and calm waters; we enjoyed its quiet and charm in the evening.",
        "Its planning took years; I think it's common knowledge; it's quarterly, not monthly.",
        "If its growing debts are paid, the club survives; when its aging roof leaks, the hall floods.",
        "The board agreed its timetable, decided its budget and noted its time to market had fallen.",
        "I think it's summer reading time; it's tax season again, and it's party time now.",
        "The firm kept its long-held view; its never-ending queue, its no-fault policy and its stated aim that year.",
        "The vase kept its perfectly round shape; the app kept its completely free tier; the sign says its name.",
        "It's time people knew; he says it's likely prices rise; it's summer camp season again; it's first come.",
        "It's likely prices will rise again, and it's clear voters were angry.",
        "The firm cut costs, and its probably fatal flaw showed; the union said its right to strike had been violated.",
        "Whether it's cash is irrelevant; the dog wagged its usually happy tail.",
        "The hotel is near the Old Town, and it's only two stops from the station by tram.",
        "The store opened; it's open late, and when the party ended we celebrated: it's over.",
        "It's time people knew the truth; it's nothing compared to last year, and it's business as usual here.",
        "The charity and its just cause; the company and its widely used products; its surprisingly large garden.",
        "The town lost its only hospital, and the bill and its clearly stated goal passed.",
        "The company lost half its worth a year later, and the club spent its time to good effect.",
    )
    fixed = (
        "It's a shame.",
        "It's been a long year.",
        "The company and its own staff.",
        "Two of its members quit.",
        "It's too late to change the plan.",
        "The flat is nice, but it's very expensive. It's quite hard to find one. Compared to that, it's nothing.",
        "It's hard to say.",
        "The museum reopened, and its windows were cleaned.",
        "The museum showed its famous paintings.",
        "It's better to ask. I can't remember its name.",
        "It's raining again, and because it's getting late we stay.",
        "The council said its budget would rise.",
        "The team lost its best player in March.",
        "I decided that it's time to leave; she could feel its presence.",
        "The college installed her as its 18th president.",
        "Every dog has its day.",
        "New Robot Learns to Walk on Its Own",
        "The dog wagged its tail when we came home.",
        "For all its charm, the town has few visitors, such as its old-school diner.",
        "The city and its people are proud.",
        "The dog wagged its tail.",
        "It's because the battery is flat, and I think it's got nothing to do with us.",
        "It's common for readers to skim. It's normal to feel tired.",
        "Maybe it's broken, and if it's true, we act. I think it's ready now.",
        "We lost its data, and they changed its software.",
        "The council said its budget for road repairs would be cut.",
        "It jams because its paper tray keeps slipping, and because its engine failed the flight was cancelled.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        apostrophe = _apostrophe(doc)
        for words, index, word, following in _pairs(doc, _ITS_TRIGGERS):
            if following is None:
                if word.low == "its" and _apostrophe_after_its(doc, words, index):
                    fixed = word.text  # "wagged its' tail": the possessive pronoun takes no apostrophe
                    message = f"The possessive '{fixed}' takes no apostrophe."
                    yield self.finding(word.start, word.end + 1, message, suggestions=(fixed,), fix=FixSafety.SAFE)
                continue
            if word.low == "its" and word.text == "ITS" and not following.text.isupper():
                continue  # "ITS also provides": an acronym, not the pronoun in capitals
            if word.low == "its" and _modifier_then_noun(doc, words, index + 1):
                continue  # "Its easy to use interface", "Its simple, clean design": the possessive's noun follows
            if word.low == "its" and _its_means_it_is(words, index) and not _possessive_reading(doc, words, index):
                fixed = match_case(f"it{apostrophe}s", word.text)
                message = f"'{word.text}' is the possessive; '{following.text}' needs '{fixed}' (it is, it has)."
                yield self.replace_word(word, fixed, message)
            elif (
                word.low in ("it's", "it’s")
                and (
                    _its_is_possessive(words, index)
                    or _owned_after_doing(words, index)
                    or _noun_then_verb(words, index)
                    or possessive_slot(words, index)
                    or _noun_phrase_then_verb(words, index)
                    or _compound_subject_then_verb(doc, words, index)
                    or _its_phrase_then_verb(doc, words, index)
                    or _contraction_object_phrase(doc, words, index)
                )
                and not _closes_opening_clause(words, index)
            ):
                fixed = match_case("its", word.text)
                message = f"'{word.text}' means 'it is'; the possessive is '{fixed}'."
                yield self.replace_word(word, fixed, message)


def _owned_after_doing(words: list[Word], index: int) -> bool:
    """'it's' after a verb of what a body does to a thing it has ('celebrates', 'opened', 'expanded',
    'launched' …: :data:`_DOING_TO_OWNED`), before a noun, an ordinal or a hyphened modifier ("celebrates
    it's centennial", "opened it's season", "celebrating it's fiftieth anniversary", "expanded it's
    after-school program"): those verbs take an object, never a clause, so 'it is' cannot follow them."""
    if index == 0 or index + 1 >= len(words) or not words[index - 1].joined or not words[index].joined:
        return False
    if not any(lemma in _DOING_TO_OWNED for lemma in w.verb_lemmas(words[index - 1].low)):
        return False
    following = words[index + 1]
    if following.capitalised or following.low in w.DETERMINERS or following.low in w.PREPOSITIONS:
        return False
    low = following.low
    tags = w.tags(low)
    ordinal = low in w.ORDINAL_WORDS or (not tags and low.endswith("th"))  # 'fiftieth', which the tables lack
    return bool(tags & {"NOUN", "ADJ"}) or ordinal or ("-" in low and low.strip("-") == low)


_DOING_TO_OWNED = frozenset(
    """celebrate open expand launch unveil extend double triple renew revise update host mark kick wrap
    complete release publish""".split()
)


def _modifier_then_noun(doc: Document, words: list[Word], at: int) -> bool:
    """The adjective at ``at`` opens a modifier of a noun that follows: 'easy to use' and a bare noun
    ('its easy to use interface'), or a comma and more adjectives up to a noun ('its simple, clean
    design'). Not 'its easy to use the app' or 'its simple, clean and cheap.'"""
    if "ADJ" not in w.tags(words[at].low) or at + 2 >= len(words):
        return False
    if words[at].joined and words[at + 1].low == "to" and at + 3 < len(words) and words[at + 1].joined:
        noun = words[at + 3]
        verb = words[at + 4] if noun.joined and at + 4 < len(words) else None
        return (  # the noun's own verb follows: "its easy to use interface lets you"
            words[at + 2].joined
            and "VB" in w.verb_tags(words[at + 2].low)
            and "NOUN" in w.tags(noun.low)
            and noun.low not in w.DETERMINERS
            and not noun.capitalised
            and verb is not None
            and bool(w.verb_tags(verb.low) & {"VBZ", "VBD"} or verb.low in w.MODALS)
        )
    if doc.text[words[at].end : words[at].end + 1] != "," or "ADJ" not in w.tags(words[at + 1].low):
        return False  # "When its ready, call me": no adjective after the comma
    for later in range(at + 2, min(at + 5, len(words))):
        tags = w.tags(words[later].low)
        if "NOUN" in tags and "ADJ" not in tags:
            return True
        if "ADJ" not in tags and words[later].low not in ("and", "or"):
            return False
    return False


_OPENING_SUBORDINATORS = frozenset("if when whenever unless once".split())


def _closes_opening_clause(words: list[Word], index: int) -> bool:
    """The sentence (or its part after a comma) opens with 'if' or 'when', whose clause runs with no
    comma up to the contraction at ``index``, and no verb or comma after it lets another main clause
    follow: the contraction opens the main clause ("If it smells it's chemistry", "If you steal from
    one author it's plagiarism"; the possessive would leave the sentence without one). "If you raise
    it's price, we leave" and "When the dog wagged it's tail we laughed" have their main clause after it."""
    start = stretch_start(words, index)  # the clause's first word: the sentence's, or the first after a comma
    if index - start < 3 or words[start].low not in _OPENING_SUBORDINATORS:
        return False
    if _after_preposition(words, index) or words[index - 1].low in w.PREPOSITIONS:
        return False  # "When some of it's clauses match": a preposition's object, never a clause's start
    for at in range(index + 1, len(words)):
        if words[at].low in _OPENING_SUBORDINATORS:
            return True  # "… it's chemistry, if it crawls it's biology": the next clause is dependent too
        if not words[at - 1].joined or w.plainly_finite(words[at].low):
            return False
    return True


def _apostrophe_after_its(doc: Document, words: list[Word], index: int) -> bool:
    """'its'' before a lower-case word in the same sentence ("the dog wagged its' tail"), the
    apostrophe no closing quote: no quote mark opens just before 'its' ("the word 'its' is")."""
    word = words[index]
    text = doc.text
    if text[word.end : word.end + 1] not in ("'", "’") or text[word.start - 1 : word.start] in ("'", "‘", "’"):
        return False
    if index + 1 >= len(words) or text[word.end + 1 : word.end + 2] != " ":
        return False
    following = words[index + 1]
    if following.low in w.AUXILIARIES:
        return False  # "its' is wrong": the word itself named, a verb after it (no noun for a possessive)
    return following.start == word.end + 2 and following.text.isalpha() and following.text.islower()


_DEGREE = frozenset("too so really".split())
_DEGREE_BEFORE_ADJECTIVE = frozenset("very quite pretty extremely incredibly fairly rather".split())
"""Degree words that also stand after the possessive ("its very existence", "its pretty garden"):
'it is' only when a plain adjective follows and ends the predicate."""
_NOT_PREDICATE_ADJECTIVES = frozenset("own first last best worst next same".split())
_WHOLLY = frozenset("perfectly totally completely absolutely entirely".split())
"""Adverbs of degree in -ly: after 'its', an adjective that ends the predicate ('its perfectly fine to
use dried') makes it 'it is' even when the adjective is a noun too; before a noun it is the possessive
('its perfectly round shape')."""


def _only_adjective_word(low: str) -> bool:
    """An adjective that is no noun and no verb, and not one the possessive takes ("its very own")."""
    tags = w.tags(low)
    return "ADJ" in tags and tags <= {"ADJ", "ADV"} and low not in _NOT_PREDICATE_ADJECTIVES


_ITS_THEN_CLAUSE = _ITS_BEFORE | frozenset(
    "also gonna okay ok alright where when how what who why his him he she they we you i that had because got".split()
)
"""Words that cannot follow the possessive 'its' ("its very existence" and "its just cause" can)."""
_AFTER_PREDICATE = frozenset(
    """to for that than enough now anyway again already today yet either though whether if why how
    what who when where""".split()
)
_CLEFT = frozenset("who that which whose like such".split())
"""What may follow the plural of a cleft: "it's families who suffer", "it's surprises like this that"."""
_AFTER_COMPARATIVE = frozenset("to for than if when".split())


def _its_means_it_is(words: list[Word], index: int) -> bool:
    """'its a shame', 'its too late', 'its hard to explain', 'its where people walk'."""
    following = words[index + 1]
    if _borrowed_a(words, index + 1):
        return False  # "its a priori assumptions", "its a cappella arrangements": a borrowed phrase
    if index > 0 and words[index - 1].low == "at" and _superlative(following.low):
        return False  # "at its worst that night", "the city at its finest": the idiom's possessive
    if _adverb_then_it_is(words, index):
        return True  # "its just a short walk", "its certainly made the commute", "its surprisingly windy along"
    if following.low == "going":  # "its going to rain", but "lead to its going out of business"
        after = _next(words, index + 1)
        return words[index].sentence_start or (after is not None and after.low == "to")
    if following.low in _ING_BEFORE_TO and _opens_its_clause(words, index) and _to_verb(words, index + 2):
        return True  # "The hospital said its planning to add 40 beds": 'it is planning to'

    if _progressive_after(words, index):
        return True  # "Its raining again", "its getting late", but "its growing influence"
    after = _next(words, index + 1)
    if after is not None and following.low in w.MID_ADVERBS and after.low == "been":
        return True  # "its never been busier", "its already been decided": 'been' takes no possessive's noun
    if after is not None and following.low == "no" and after.low == "longer":
        return True  # "its no longer possible to pay by check"
    if after is not None and after.low == "that" and "VBN" in w.verb_tags(following.low) and following.joined:
        return index == 0 or not words[index - 1].joined or _opens_its_clause(words, index)  # ", its expected that"
    if following.low in _DEGREE:  # "its too late", "its too cold in the hall", but "its too short shirt"
        return _predicate_ends(words, index + 2) or _adjective_then_preposition(words, index + 2)
    if following.low in _HEDGES and after is not None:  # "its probably hungry and needs", "its definitely the best"
        return after.low in _ITS_BEFORE or (_only_adjective_word(after.low) and _predicate_stops(words, index + 2))
    if following.low in _DEGREE_BEFORE_ADJECTIVE:  # "its very expensive", but "its very existence", "its very own"
        return _predicate_ends(words, index + 2) and _only_adjective_word(words[index + 2].low)
    if following.low in _WHOLLY and index + 2 < len(words) and following.joined:  # "its perfectly fine to use"
        adjective = words[index + 2].low
        return (
            "ADJ" in w.tags(adjective)
            and adjective not in _NOT_PREDICATE_ADJECTIVES
            and _predicate_ends(words, index + 2)
        )
    if following.low in ("better", "worse"):  # "its better to ask", but "its better half"
        after = _next(words, index + 1)
        return after is not None and after.low in _AFTER_COMPARATIVE
    if following.low in _ITS_THEN_CLAUSE:
        return True
    if following.low == "time":  # "its time to go", but "spent its time to good effect"
        after = _next(words, index + 1)
        opens = _opens_its_clause(words, index) or (index > 0 and words[index - 1].low in _CLAUSE_OPENERS)
        if not opens or after is None or after.low not in ("to", "for"):
            return False
        then = _next(words, index + 3) if after.low == "to" else None
        return then is None or (then.low not in w.AUXILIARIES and then.low not in w.MODALS)
        # (not "noted its time to market had fallen": the possessive's phrase is the subject of 'had')
    if following.low == "worth" and _gerund_after(words, index + 1):
        return True  # "its worth noting that", "rent, its worth talking to": no possessive's worth takes a gerund
    if _predicate_closes_clause(words, index):
        return True  # "Maybe its broken.", "He said its fine.", "If its true, we act."
    if _opens_its_clause(words, index) and _adverb_then_passive(words, index):
        return True  # "Its rightly said that", "its widely believed to be"; not "its widely used products"
    tags = w.tags(following.low)
    if _opens_its_clause(words, index) and _predicate_after_its(words, index, tags):
        return True  # "where its kept", "if its open today", "and its clear that", "Its over."
    if (
        "ADJ" in tags
        and "NOUN" in tags
        and ("VERB" not in tags or following.low in _PREDICATE_ADJECTIVES)  # "its safe to close"; not "its right to"
        and following.low not in _NOT_PREDICATE_ADJECTIVES
    ):
        opens = words[index].sentence_start or (
            index > 0 and (words[index - 1].low in _CLAUSE_OPENERS or not words[index - 1].joined)
        )  # after a comma or a semicolon too: "When it syncs, its safe to close the window"
        after = _next(words, index + 1)  # "Its common for users to", but "changed its standard for"
        return (
            opens and after is not None and after.low in _ADJECTIVE_THEN_CLAUSE and _infinitive_soon(words, index + 2)
        )
    if "ADJ" not in tags or "NOUN" in tags or "VERB" in tags:
        return False  # a noun ("its nature"), "its own", "its best": the possessive can stand
    return _predicate_ends(words, index + 1)  # "its hard to", "its unclear."


_ADVERBS_BEFORE_ARTICLE = frozenset("just only still also really simply actually almost nearly".split())
_CLAUSE_PREDICATES = frozenset("clear obvious likely unlikely possible true important unclear evident apparent".split())
_GAUGED_ADVERBS = frozenset(("never", "always", "not", "still", "also"))


def _adverb_then_it_is(words: list[Word], index: int) -> bool:
    """'its' before what only 'it is' or 'it has' takes: an adverb and an article ("its just a short
    walk", "its also a good idea"), a hedge and a participle with its object ("its certainly made the
    commute easier"), 'never' or 'always' and 'too' ("its never too early"), an adverb in -ly and an
    adjective that ends its predicate ("its surprisingly windy along the river"), 'worth every'
    ("its worth every penny"), or 'worth' and its object after a comma ("…, its worth the wait"), a
    hedge and 'time to' ("its probably time to go"), an adjective of knowing and 'that' ("its clear that
    the carafe leaks").
    The possessive's phrase has its noun there ("its widely used products", "its just cause", "its
    surprisingly large garden")."""
    if index + 2 >= len(words) or not run_of(words, index, 3):
        return False
    following, after = words[index + 1].low, words[index + 2].low
    if following in _ADVERBS_BEFORE_ARTICLE and after in w.ARTICLES:
        return True
    if following == "worth" and after == "every":
        return True
    if following == "worth" and after in _WORTH_OBJECTS and (index == 0 or not words[index - 1].joined):
        return True  # "If you haven't tried it, its worth the extra ten minutes": a clause's opening 'its'
    if following in _HEDGES and after == "time" and _next_is(words, index + 3, "to"):
        return True  # "its probably time to check for fleas"
    if following in _CLAUSE_PREDICATES and after == "that":
        beyond = _next(words, index + 2)  # "its clear that the carafe leaks", not "its unclear that-clause"
        return beyond is not None and (beyond.low in w.DETERMINERS or beyond.low in w.SUBJECT_PRONOUNS)
    if following in _GAUGED_ADVERBS and after in _DEGREE:
        return _predicate_ends(words, index + 3) or _adjective_then_preposition(words, index + 3)
    if following in _HEDGES or following in w.MID_ADVERBS:
        forms = w.verb_tags(after)
        participle = forms <= {"VBN", "VBD"} and "VBN" in forms and not w.tags(after) & w.NOUN_OR_ADJECTIVE
        beyond = _next(words, index + 2)
        return participle and beyond is not None and (beyond.low in w.DETERMINERS or beyond.low in w.OBJECT_PRONOUNS)
    if w.only_adverb_in_ly(following) and _only_adjective_word(after):
        return _predicate_ends(words, index + 2) or _adjective_then_preposition(words, index + 2)
    return False


_HEDGES = frozenset("probably definitely certainly obviously surely actually usually".split())
"""Adverbs that stand between 'it is' and its predicate and before no possessive's noun phrase."""


def _predicate_stops(words: list[Word], at: int) -> bool:
    """The adjective at ``at`` ends its predicate: the sentence or the clause ends after it, or 'and',
    'but', 'or', a preposition or a word of :data:`_AFTER_PREDICATE` follows ("its probably hungry and
    needs", "its usually fine for"), not a noun it would modify ("its probably fatal flaw")."""
    if not words[at - 1].joined:
        return False
    after = _next(words, at)
    if after is None:
        return True
    return after.low in _AFTER_PREDICATE or after.low in ("and", "but", "or") or after.low in w.PREPOSITIONS


_ITS_ADVERBS = frozenset("often well widely generally commonly always never now still sometimes".split())
_AFTER_ITS_PASSIVE = frozenset("that to by as".split())


def _compound_head(word: Word) -> bool:
    """A lower-case noun (a verb too or not) after a noun: the head of their compound ('gallery space')."""
    return not word.capitalised and "NOUN" in w.tags(word.low) and "ADJ" not in w.tags(word.low)


def _gerund_after(words: list[Word], at: int) -> bool:
    """An -ing form that is a verb's, joined after the word at ``at`` ("worth noting", "worth talking")."""
    after = _next(words, at)
    return after is not None and after.low.endswith("ing") and "VBG" in w.verb_tags(after.low)


def _adverb_then_passive(words: list[Word], index: int) -> bool:
    """After 'its', an adverb, then a participle that is only a verb (or an adjective), then 'that',
    'to', 'by' or 'as' (or the clause's end): 'it is' said, known, believed ("Its rightly said that
    life is short"). A noun after the participle makes it the possessive's ("its widely used
    products")."""
    adverb = words[index + 1]
    if not (adverb.low in _ITS_ADVERBS or (adverb.low.endswith("ly") and "ADV" in w.tags(adverb.low))):
        return False
    if index + 2 >= len(words) or not adverb.joined:
        return False
    participle = words[index + 2]
    if "VBN" not in w.verb_tags(participle.low) or not w.tags(participle.low) <= {"VERB", "ADJ"}:
        return False
    after = _next(words, index + 2)
    return after is None or after.low in _AFTER_ITS_PASSIVE


def _opens_its_clause(words: list[Word], index: int) -> bool:
    """'its' stands first in its clause: at the start of the sentence or right after a conjunction
    or a verb that takes a clause ("Nobody knows where its kept", "and its clear that")."""
    if words[index].sentence_start:
        return True
    return index > 0 and words[index - 1].joined and words[index - 1].low in _ITS_CLAUSE_OPENERS


def _after_verb(words: list[Word], index: int) -> bool:
    return index > 0 and bool(w.verb_lemmas(words[index - 1].low))


def _predicate_after_its(words: list[Word], index: int, tags: frozenset[str]) -> bool:
    """After a clause-opening 'its', a word 'it is' takes and the possessive cannot: a passive
    participle that is only a verb, not before a noun ("where its kept", "whatever its called"; not
    "its kept promises"); an adjective that ends the predicate ("if its open today", "its clear
    that"; not "its open spaces"); 'over' or 'about time' ending it ("Its over.", "Its about time")."""
    following = words[index + 1]
    after = _next(words, index + 1)
    ends = after is None or after.low in _AFTER_PREDICATE or _second_adjective_ends(words, index + 2)
    if following.low == "over":
        return ends
    if following.low == "about":
        return after is not None and after.low == "time" and _next(words, index + 2) is None
    if following.low == "worth":  # "Its worth a try", but "its worth is doubtful"
        return after is not None and after.low in _WORTH_OBJECTS
    participle = "VBN" in w.verb_tags(following.low)
    if tags == {"VERB"} and participle:
        return after is None or not (w.tags(after.low) & {"NOUN", "ADJ"}) or after.low in w.PREPOSITIONS
    if "ADJ" not in tags or following.low in _NOT_PREDICATE_ADJECTIVES or following.low in _DEGREE_BEFORE_ADJECTIVE:
        return False
    if tags <= {"VERB", "ADJ"} and participle and after is not None and after.low in w.PREPOSITIONS:
        return after.low != "of"  # "I heard its closed on Sundays"; not "its closed of", no such phrase
    if "NOUN" in tags and after is not None and after.low in ("to", "for"):
        return False  # "Its standard for safety is high": the noun's phrase (the branch after this one decides)
    if ("NOUN" in tags or following.low in _NOUN_ADJECTIVES) and after is None and _after_verb(words, index):
        return False  # "I know its past.", "we felt its cold": the possessive's noun ends the sentence
    if "NOUN" in tags and index > 0 and words[index - 1].low == "as":
        return False  # "used Arizona as its base", "has two as its base": 'as' the preposition, a role named
    if "NOUN" in tags and _noun_and(words, index):
        return False  # "a pronoun and its antecedent", "a word and its base": two noun phrases joined
    if "NOUN" not in tags and after is not None and after.low in _PREDICATE_THEN:
        return True  # "because its full of books", "if its free of charge"
    return ends


_PREDICATE_ADJECTIVES = frozenset(
    """close cold warm hot cool safe clean quiet cheap free clear dark light bright dry wet calm fine full
    empty open""".split()
)
"""Adjectives the word tables also list as nouns that stand far more often in a predicate ('quiet and close to')."""


def _adjective_then_preposition(words: list[Word], at: int) -> bool:
    """An adjective at ``at`` after 'too', 'so' or 'really' and a preposition after it ("too cold in the
    hall"): a predicate, since no noun follows for a possessive to own."""
    if at >= len(words) or not words[at - 1].joined:
        return False
    after = _next(words, at)
    return "ADJ" in w.tags(words[at].low) and after is not None and after.low in w.PREPOSITIONS


def _second_adjective_ends(words: list[Word], at: int) -> bool:
    """'and' at ``at``, then an adjective that is no noun, then the predicate's end or a preposition
    ("because its quiet and close to the lake"); not "its quiet and calm waters", whose noun follows."""
    if at + 1 >= len(words) or words[at].low != "and" or not words[at].joined:
        return False
    second = words[at + 1]
    tags = w.tags(second.low)
    if "ADJ" not in tags or ("NOUN" in tags and second.low not in _PREDICATE_ADJECTIVES) or second.capitalised:
        return False
    beyond = _next(words, at + 1)
    return beyond is None or beyond.low in _AFTER_PREDICATE or beyond.low in w.PREPOSITIONS


def _noun_and(words: list[Word], index: int) -> bool:
    """'and' or 'or' before 'its' at ``index``, after a word that is a noun and no adjective or adverb
    ("a pronoun and its antecedent"; not "it's late and its dark"): the possessive opens the second of
    two noun phrases."""
    if index < 2 or words[index - 1].low not in ("and", "or") or not words[index - 2].joined:
        return False
    tags = w.tags(words[index - 2].low)
    return "NOUN" in tags and not tags & {"ADJ", "ADV"}


def _predicate_closes_clause(words: list[Word], index: int) -> bool:
    """'its' opening a clause (the sentence, or after :data:`_ITS_CLAUSE_STARTERS`) before an adjective or
    a participle that ends it (the sentence ends, a comma follows, or a word of :data:`_AFTER_PREDICATE`):
    the possessive needs a noun after it, and 'broken', 'ready', 'cheap' are none ("Maybe its broken.",
    "If its true, we act.", "I think its ready now"). A word that is a noun too ('fine', 'dark', 'past')
    only after a subordinator or at the sentence's start, not after a verb ("I know its past.")."""
    following = words[index + 1]
    low = following.low
    tags = w.tags(low)
    if following.capitalised or low in _NOUN_ADJECTIVES:
        return False
    forms = w.verb_tags(low)
    if "ADJ" not in tags and "VBN" not in forms and not ("VBG" in forms and "NOUN" not in tags):
        return False  # an -ing form that is a noun too ("since its founding,") may be the possessive's head
    goes_on = index + 2 < len(words) and words[index + 1].joined
    if goes_on and ("NOUN" in tags or words[index + 2].low not in _AFTER_PREDICATE):
        return False  # "Its standard for safety": a noun too, and a phrase may go on after it
    if words[index].sentence_start:
        return True
    if index == 0:
        return False
    previous = words[index - 1].low
    if previous not in _ITS_CLAUSE_STARTERS:
        return False
    after_verb = previous in w.CLAUSE_VERBS | _CLAUSE_OPENERS or bool(set(w.verb_lemmas(previous)) & w.CLAUSE_VERBS)
    return "NOUN" not in tags or not after_verb  # "we felt its cold": any form of the verb


def _infinitive_soon(words: list[Word], index: int) -> bool:
    """'to' and a bare verb at ``index`` or, after 'for', within the next few words ("Its common
    for new staff to get lost", "Its normal to feel"): the extraposed subject of 'it is'. A noun
    after 'for' or 'to' with no infinitive ("Its standard for safety is high", "Its potential for
    growth") is the possessive's phrase."""
    for at in range(index, min(index + 6, len(words) - 1)):
        if not words[at - 1].joined:
            return False
        if words[at].low == "to" and words[at].joined:
            return "VB" in w.verb_tags(words[at + 1].low) and not _be_after_infinitive(words, at + 2)
    return False


_OPENS_CLAUSE = frozenset("that if when because whether it he she they we you i there".split())


def _be_after_infinitive(words: list[Word], index: int) -> bool:
    """A form of 'be' after the infinitive's phrase, no new clause opened before it ("Its standard to
    measure success is simple"): the infinitive belonged to the possessive's noun, the subject."""
    for at in range(index, len(words)):
        if not words[at - 1].joined or words[at].low in _OPENS_CLAUSE:
            return False
        if words[at].low in ("is", "was", "are", "were", "has", "remains", "seems"):
            return True
    return False


_ADJECTIVE_THEN_CLAUSE = frozenset(("to", "for"))
"""After an adjective that is a noun too ('common', 'normal'), 'for' or 'to' makes 'its' opening its
clause 'it is' ("Its common for users to ask"), an extraposed subject to come."""


def _progressive_after(words: list[Word], index: int) -> bool:
    """'its' opening a clause before an -ing form that is only a verb, itself not before a noun
    ("Its raining again", "because its getting late", "its making a mess"): 'it is' and a
    progressive; before a noun the -ing form is the possessive's adjective ("its growing influence")."""
    opens = words[index].sentence_start or (index > 0 and words[index - 1].low in _CLAUSE_OPENERS)
    following = words[index + 1]
    if (
        not (opens or _opens_its_clause(words, index))
        or not following.low.endswith("ing")
        or w.tags(following.low) != {"VERB"}
    ):
        return False  # (after 'if', 'when', 'where' … too: "If its raining on Friday")
    after = _next(words, index + 1)
    if after is None:
        return index + 2 >= len(words)
    if after.low in w.AUXILIARIES:
        return False  # "Its making was slow": the possessive and a gerund, the subject of 'was'
    return "NOUN" not in w.tags(after.low) or after.low in w.OBJECT_OPENERS


def _predicate_ends(words: list[Word], index: int) -> bool:
    """The adjective at ``index`` ends a predicate ("hard to", "late.") instead of opening a noun phrase."""
    if index >= len(words) or not words[index - 1].joined:
        return False
    if index + 1 == len(words):
        return True  # "its unclear." ends the sentence
    after = _next(words, index)
    return after is not None and after.low in _AFTER_PREDICATE  # a comma may end a list: "its theological, …"


_PREDICATE_PHRASES = frozenset(
    tuple(pair.split())
    for pair in (
        "common sense",
        "good sense",
        "common knowledge",
        "public knowledge",
        "second nature",
        "fair game",
        "small talk",
        "big business",
        "good practice",
        "bad form",
        "old news",
        "good luck",
        "bad luck",
        "hard work",
    )
)
"""An adjective and a noun that count nothing together, which 'it is' takes as its predicate ("I see
it's common sense"): not a possessive before an object, whatever the noun does alone."""


def _its_is_possessive(words: list[Word], index: int) -> bool:
    """'it's own', 'of it's members', 'it's footnotes', 'it's basic components'."""
    following = words[index + 1]
    if following.low == "own":
        return True  # "it's own", and in a title "on It's Own": 'it is own' never stands
    if words[index].capitalised and not words[index].sentence_start:
        return False  # a title: "a scene from It's a Boy Girl Thing"
    if _after_preposition(words, index) or _after_be(words, index):
        return True  # "it's own", "of it's members", "he's it's keeper"
    tags = w.tags(following.low)
    if index > 1 and words[index - 1].low == "all" and words[index - 1].joined and _after_preposition(words, index - 1):
        participle = w.verb_tags(following.low) & {"VBN", "VBD", "VBG"}
        if "NOUN" in tags and "ADJ" not in tags and not participle and following.low != "worth":
            return True  # "for all it's charm"; not "for all it's worth", "after all it's been through"
    if index > 0 and words[index - 1].joined and words[index - 1].low in _HAS_BEFORE_POSSESSIVE:
        return "NOUN" in tags and not following.capitalised  # "every dog has it's day"
    noun, noun_index = following, index + 1
    if not tags and "-" in following.low.strip("-"):
        tags = frozenset(("ADJ",))  # "such as it's old-school charm": a compound modifier
    slot = _object_slot(words, index)
    ordinal = following.low in w.ORDINAL_WORDS or (
        following.low[:1].isdigit() and following.low.endswith(("st", "nd", "rd", "th"))
    )
    if following.low in w.CARDINALS or (following.low[:1].isdigit() and not ordinal):
        return False  # "it's two guys", "it's 10 miles": 'it is' and a number
    if (ordinal or ("ADJ" in tags and (tags <= {"ADJ", "NOUN"} or slot))) and _next(words, index + 1) is not None:
        noun, noun_index = words[index + 2], index + 2  # "it's basic components", "as it's 18th president"
        if slot and "ADJ" in w.tags(noun.low) and _next(words, noun_index) is not None:
            noun, noun_index = words[index + 3], index + 3  # "lost it's third straight game"
    after = _next(words, noun_index)
    if noun_index == index + 2 and (following.low, noun.low) in _PREDICATE_PHRASES:
        return False  # "I see it's common sense", "I heard it's second nature": 'it is' and a set phrase
    if _noun_phrase_before_verb(words, index):
        return True  # "said it's new cancer center will open": 'it is new … will' cannot stand
    if slot and _clause_verb_before(words, index, _SHOWING):
        slot = False  # "tests proved it's gold", "the lab confirmed it's mercury": 'that it is'
    mass = _mass_noun(noun.low) and not _clause_verb_before(words, index, _SENSING)
    counted = _bare_count_noun(noun.low) or (
        noun_index > index + 1
        and _count_noun_after_rank(following.low, noun.low)
        and not _clause_verb_before(words, index, _SENSING)  # "we saw it's first light": 'that it is'
    )
    if slot and not noun.capitalised and (counted or mass):
        # "I can't remember it's name.", "such as it's title", "owes it's success to": 'it is name' cannot stand
        if after is not None and _compound_head(after) and words[noun_index].joined:
            after = _next(words, noun_index + 1)  # "updated it's privacy policy to comply": a compound's head
        return after is None or after.low in _AFTER_OBJECT_SLOT or _after_object_noun(after.low)
    if not w.is_plural_noun(noun.low) or noun.capitalised:
        return False
    if _clause_verb_before(words, index, _CLAUSE_VERBS):
        return False  # "you can't just say it's pictures of people": 'it is' opens the verb's clause
    if index == 0 and not any(w.may_be_finite(word.low) for word in words[noun_index + 1 :]):
        return False  # "It's curtains for you.": a possessive subject would need a verb after it
    if after is None and any(word.low in _CLEFT for word in words[noun_index + 1 : noun_index + 6]):
        return False  # "It's teachers, not inspectors, who know best": a cleft around an insertion
    return after is None or after.low not in _CLEFT  # "it's families who suffer" is a cleft


_ZERO_ARTICLE_NOUNS = frozenset(
    """time fun home part business work news war life love money school history magic trouble luck
    water peace justice art science noon midnight dinner lunch breakfast bedtime game showtime payday
    hell heaven nothing everything something anything enough way day night morning evening summer
    winter spring autumn fall christmas election season policy tradition murder theft fraud protocol
    habit instinct nature progress fate chaos madness nonsense karma genius""".split()
)
"""Nouns that follow 'it is' without an article ("it's time", "it's home to", "it's business as usual")."""
_AFTER_BARE_NOUN = (w.PREPOSITIONS - {"to", "for", "as", "like"}) | frozenset(
    "and again twice once last next yesterday today tomorrow this".split()
)
"""What may follow the noun in "it's name and", "it's title of", "changed it's name twice": not 'to'
or 'for' ("it's time to go")."""


_AFTER_OBJECT = _AFTER_BARE_NOUN | frozenset("when while whenever because before until as".split())
"""What may follow the object in "wagged it's tail when we came", "lost it's way because": a clause
after the verb's object ('it is tail when' cannot stand)."""


_CLAUSE_VERBS = frozenset(
    "think know say believe hope guess suppose realize realise mean seem tell "
    "agree admit argue claim insist note warn fear doubt reckon bet worry".split()
)
"""Verbs whose object may be a clause ("I think it's policy"): 'it's' after them is 'it is'. (Verbs of
sensing and finding take either, and a bare singular noun after them is an object: "I can feel it's
presence", "see it's data.": they count as verbs that take no clause.)"""
_CLAUSE_OPENERS = frozenset("that because so and but now think thought say says said guess know knew".split())
"""Words after which 'its time to' opens a clause ("decided that its time to leave")."""
_WORTH_OBJECTS = frozenset("a an the it every all any".split())
_PREDICATE_THEN = frozenset(("of",))
"""After an adjective that is no noun, what shows it was a predicate: 'full of', 'aware of'. Not a
verb: an adjective the tables miss as a noun is the subject's head ("Its aesthetic is …")."""

_ITS_CLAUSE_STARTERS = (_CLAUSE_OPENERS - w.COORDINATORS) | frozenset(
    "if when once unless although though while maybe perhaps yes well hope sure believe feel felt".split()
)
"""Words after which 'its' opens a clause: a subordinator, a verb that takes a clause, a word that opens a
reply ("Yes, its done"). Not 'and' or 'but', after which a possessive phrase may go on a list ("the
bird and its young"), nor 'since', a preposition too ("since its founding")."""
_ITS_CLAUSE_OPENERS = (
    _CLAUSE_OPENERS
    | _ITS_CLAUSE_STARTERS
    | frozenset(
        """where whenever wherever whatever however until whether as heard hoped believed realised realized agree
        agrees agreed decide decides decided argued insisted warned admitted noted""".split()
    )
)
"""Words after which 'its' opens a clause for :func:`_predicate_after_its`: those of
:data:`_ITS_CLAUSE_STARTERS`, 'and' and 'but' (its test of the words after is stricter), wh-words."""
_NOUN_ADJECTIVES = _NOT_PREDICATE_ADJECTIVES | frozenset(
    "young poor rich old elderly dead sick wounded worth past due utmost most all finest".split()
)
"""Adjectives that stand as nouns after a possessive ("fed its young", "knew its worth", "at its finest")."""


def _object_slot(words: list[Word], index: int, clause_verbs: frozenset[str] = _CLAUSE_VERBS) -> bool:
    """'it's' stands where an object goes: after 'as' ("such as it's title") or a verb that does not
    take a clause ("remember it's name", "borrow it's approach"); ``clause_verbs``: the verbs that do."""
    if index == 0 or not words[index - 1].joined:
        return False
    previous = words[index - 1].low
    if previous == "as":
        return True
    if previous in w.AUXILIARIES or previous in w.MODALS:
        return False
    lemmas = w.verb_lemmas(previous)
    return bool(lemmas) and not any(lemma in clause_verbs for lemma in lemmas)


_AFTER_OBJECT_SLOT = _AFTER_OBJECT | frozenset(("to", "for"))
"""After a verb that takes no clause, 'to' and 'for' follow the object too ("owes it's success to")."""


def _after_object_noun(low: str) -> bool:
    """What may follow a verb's object but not the noun of 'it is' + noun: a finite verb, a passive
    participle ("needs it's oil changed"), an adverb in -ly ("updates it's database nightly")."""
    if w.plainly_finite(low) or w.only_adverb_in_ly(low):
        return True
    return w.tags(low) == {"VERB"} and "VBN" in w.verb_tags(low)


def _bare_count_noun(low: str) -> bool:
    """A singular count noun that is only a noun (or a noun and a verb), and not one of the nouns
    'it is' takes without an article, nor a verb's -ing or -ed form ('meeting', 'painted'); 'wing', 'king'
    and 'shed' are nouns."""
    if low in _ZERO_ARTICLE_NOUNS or not w.is_singular_count_noun(low):
        return False
    return not (low.endswith(("ing", "ed")) and w.verb_tags(low) & {"VBG", "VBD", "VBN"})


_VERB_AFTER_SUBJECT = w.MODALS | frozenset("is was has had".split())


def _noun_phrase_before_verb(words: list[Word], index: int) -> bool:
    """'it's', then an adjective, then one or two nouns in lower case (no zero-article noun: "it's
    high time"), then a modal or 'is', 'was', 'has', 'had': the noun phrase is that verb's subject,
    and 'it's' its possessive ("the hospital said it's new cancer center will open")."""
    at = index + 1
    if at + 1 < len(words) and _bare_count_noun(words[at].low) and not words[at].capitalised and words[at].joined:
        verb = words[at + 1].low  # "and it's motor is strong": 'it is motor is' cannot stand
        return verb in _VERB_AFTER_SUBJECT and "ADJ" not in w.tags(words[at].low)
    if at >= len(words) or w.tags(words[at].low) & {"VERB"} or "ADJ" not in w.tags(words[at].low):
        return False
    if words[at].low in _IT_IS_ADJECTIVES:
        return False  # "It's likely prices will rise": 'it is likely (that) prices will'
    for noun_at in (at + 1, at + 2):
        if noun_at + 1 >= len(words) or not all(word.joined for word in words[index : noun_at + 1]):
            return False
        noun = words[noun_at]
        if noun.capitalised or "NOUN" not in w.tags(noun.low) or noun.low in _ZERO_ARTICLE_NOUNS:
            return False
        verb = words[noun_at + 1].low
        if verb in _VERB_AFTER_SUBJECT:
            return not w.is_plural_noun(noun.low) or verb in w.MODALS
        if not w.is_plural_noun(noun.low) and _only_past_verb(verb):
            return True  # "reported that it's quarterly profit doubled": a past that is only a verb's
        if w.verb_tags(verb) == {"VBZ"} and w.is_singular_count_noun(noun.low) and noun.low not in w.CARDINALS:
            # "because it's central location makes carpooling easy"; not a cleft opening the sentence
            return index > 0 and _object_after(words, noun_at + 1)  # ("It's good design makes the difference")
    return False


def _object_after(words: list[Word], verb_at: int) -> bool:
    """A word that opens an object follows the verb in -s at ``verb_at`` (a determiner, a pronoun, a
    noun or an -ing form, no preposition): 'makes carpooling', not 'two stops from the station'."""
    after = _next(words, verb_at)
    if after is None:
        return False
    low = after.low
    if low in w.PREPOSITIONS:
        return False
    return low in w.DETERMINERS or low in w.OBJECT_PRONOUNS or "NOUN" in w.tags(low) or low.endswith("ing")


_IT_IS_ADJECTIVES = frozenset(
    """likely unlikely possible impossible probable clear obvious evident apparent certain true important
    essential vital crucial necessary good nice sad strange odd surprising unfortunate fortunate lucky funny
    amazing great interesting ironic doubtful""".split()
)
"""Adjectives that take a clause with no 'that' after 'it is' ("it's likely prices will rise")."""


def _only_past_verb(low: str) -> bool:
    """A simple past that is only a verb ('doubled', 'fell'), no noun or adjective too."""
    return w.tags(low) == {"VERB"} and "VBD" in w.verb_tags(low)


def _count_noun_after_rank(modifier: str, low: str) -> bool:
    """A count noun after a word of rank ('last', 'first', 'third'): "lost it's last game", where 'it
    is last game' cannot stand, as 'it is game time' can."""
    if modifier not in _RANKS and modifier not in w.ORDINAL_WORDS:
        return False
    if "NOUN" not in w.tags(low) or w.is_plural_noun(low):
        return False
    return not (low.endswith(("ing", "ed")) and w.verb_tags(low) & {"VBG", "VBD", "VBN"})


_RANKS = frozenset("last first next final latest previous".split())


def _mass_noun(low: str) -> bool:
    """A word that is only a noun and takes no article ('data', 'music', 'software'), not one 'it is' takes
    bare ("it's time", "it's fun"): 'it is data' cannot stand where an object goes ("see it's data.")."""
    return w.tags(low) == {"NOUN"} and low not in _ZERO_ARTICLE_NOUNS and not w.is_plural_noun(low)


_SENSING = frozenset("see hear feel find notice read learn discover tell".split())
"""Verbs of perceiving or finding out: a clause may follow them ('I heard it's rubbish')."""
_SHOWING = frozenset(
    """reveal prove show determine establish confirm indicate suggest mean assume realise realize decide
    verify understand""".split()
)
"""Verbs of showing or judging, which take a clause more often than an object ('tests proved it's gold')."""
CONTRACTION_CLAUSE_VERBS = _CLAUSE_VERBS | _SENSING | _SHOWING
"""Verbs after which a contraction ('it's', 'they're', 'you're') may open their clause
(:func:`.slips.possessive_slot`)."""
PERSON_CLAUSE_VERBS = CONTRACTION_CLAUSE_VERBS | frozenset(
    """remember forget expect imagine explain promise swear figure wish pretend ensure add suspect predict
        trust gather sense mention report announce""".split()
)
"""Verbs after which 'they're' and 'you're' open a clause rather than stand for a possessive before
the verb's object ("I remember they're friends", "officials reported they're volunteers"). Not for
'it's', where a noun that counts after 'remember it's' is the possessive's slip more often ("I
remember it's name")."""


def _clause_verb_before(words: list[Word], index: int, verbs: frozenset[str]) -> bool:
    """The word before 'it's' is a form of one of ``verbs``: 'it is' may open their clause."""
    return index > 0 and any(lemma in verbs for lemma in w.verb_lemmas(words[index - 1].low))


def _after_preposition(words: list[Word], index: int) -> bool:
    """'of it's members': the preposition must be joined to it; in "going on, it's better" it ends a clause."""
    return index > 0 and words[index - 1].joined and words[index - 1].low in _PREPOSITIONS_BEFORE_POSSESSIVE


_QUOTE_MARKS = frozenset('"“”')


def _quoted_phrase(doc: Document, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are all a pair of double quotation marks holds ('the phrase
    "could of" is a mistake', 'never write "should of"'): a phrase cited, not used."""
    return doc.text[start - 1 : start] in _QUOTE_MARKS and doc.text[end : end + 1] in _QUOTE_MARKS


class TheirConfusion(GrammarRule):
    id = "grammar.their-confusion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Their', 'there' and 'they're' confused where the next word decides."
    why = (
        "'Their are', 'their was' need 'there'; 'their going to' needs 'they're'; 'there own' and "
        "'they're own' need 'their', and so does 'there' or 'they're' before a noun and its verb "
        "('said there coach had resigned', 'they're homes were flooded'), where neither 'there is' nor "
        "'they are' can stand, and 'they're' where an object goes ('we bought they're car', 'it was they're "
        "oddest idea', 'they lost they're shoes', after a verb that takes things, not clauses). 'Their' "
        "with no noun after it ('we put it their.', 'over their by the door') "
        "is 'there', and so is 'their' before an adverb of time that ends the phrase ('we were their "
        "yesterday', 'we go their often'); 'there' opening a clause before an adjective that ends its "
        "phrase ('said there tired after the match', 'if there ready to go') is 'they're'. Only those "
        "unambiguous patterns are checked."
    )
    bad = (
        "Their are three options.",
        "Their going to appeal.",
        "They did it there own way.",
        "On they're own.",
        "Their could be a better way.",
        "They're was a robbery.",
        "The parents loved there son.",
        "Their planning to appeal the ruling.",
        "The players said there coach had resigned.",
        "Residents say they're homes were flooded. They're house is big.",
        "There house was damaged in the fire, and they said there office was closed.",
        "We left the boxes over their by the door.",
        "The players said there tired after the match.",
        "Call me if there ready to go.",
        "That's they're fault. Yes, their might be a better way.",
        "I will be their in five minutes.",
        "I think there going to be late, and they said there going to appeal.",
        "We bought they're car last year. It was they're oddest idea yet. We saw they're new car.",
        "Put the box over they're by the door. It is right they're.",
        "The children lost they're shoes, and we sold they're old cars.",
        "I like there new car, and we painted there old fence.",
        "We drove their yesterday, and we will go their often.",
        "Residents say their worried that the bypass will bring lorries, and they say there worried it is unsafe.",
        "The students forgot to bring there notebooks to the exam.",
        "Their hoping to finish the work before the holiday rush, the owners said.",
        "The kids left there backpacks on the bus.",
        "We hope to see you their on Saturday, and the team will be waiting their at 9 a.m.",
        "Members pay their dues, and their able to vote. If their unable to attend, call us.",
        "Parents should make sure they're children bring a water bottle on field trips.",
        "The owners were friendly, and there dog followed us around the garden.",
        "Park officials said their hoping to reopen the trails by May once crews clear the fallen trees.",
        "We spoke to them, and there going to keep the noise down; label all of there children's clothing.",
        "The students worked hard on there science projects; once they finish, there welcome to stay for pizza.",
        "Volunteers said their hoping to collect 5,000 pounds of food. Organizers say there expecting 300 runners.",
        "Their will be no garbage pickup on Monday, and their could be some delays on Tuesday.",
        "The sellers updated the kitchen, and there leaving the washer; now their competing on the team.",
        "Officials said that there ready to reopen the bridge as soon as the inspection ends.",
        "Customers love the recipes, but there not thrilled about the portions; members said their not ready.",
        "Seniors may not know that there eligible for free rides, and members told us that their unsure how to vote.",
        "The Hawks have won six straight, and there defense has allowed only 12 points.",
        "Parents often tell us that there children sleep better after camp.",
        "Leave the chicks until there completely dry. Customers tell us there surprised by how soft it is.",
        "The birds visit daily, and there especially active at dawn; members know that they're dues also cover it.",
        "Graduate students presented they're research on coastal erosion at the symposium.",
        "Runners should leave there bags at the tent, and parents should remind there children that it is late.",
        "Parents may collect there children's artwork on Friday.",
        "It usually means they're water supply is running low.",
        "Guests can pick up they're welcome packets at the front desk.",
        "The coaches said their proud of how the team played in the second half.",
        "Bring a blanket, but their will also be chairs near the stage.",
        "The owners told the council that there planning to open a second shop.",
        "The jackets look great, but there not worth the price.",
        "We have won four games in a row, and there now just two points behind the leaders.",
        "Most new employees don't realize their eligible for the company match.",
        "I'm not sure if their worth repairing, but there not regulated the same way.",
        "The Tigers lost again, and there now two games behind the division leader.",
    )
    good = (
        "We went up there yesterday; people from there often visit; we relied on there being time.",
        "There are three options.",
        "Their going-away party, their own idea. Is there going to be a vote? I think there going to be a vote.",
        "Is there not a better way? We left because there not being time; but there, not far off, was the inn.",
        "They're going to appeal.",
        "Whatever they are working on, they're keen to finish it.",
        "They're home now, and they're open late; they're fine, they say.",
        "They would impose their will by their might.",
        "He met there a man from Leeds; they lived there years; she put there money in.",
        "Out there people are dying. Is there coach travel? They said there years ago.",
        "Was there anyone? There are people here. We sat there talking.",
        "Their planning to appeal the ruling surprised us. Their Fighting for Freedom.",
        "There used to be a cinema here, and there tended to be queues.",
        "Their in-laws met their on-call staff. The word their is a possessive.",
        "He said there was no time. If there is time, come. Is there enough to eat? We stayed there late.",
        "Their military might be tested. Their May elections were calm. The thing is they're late.",
        "It is their in-house team; what matters is their at-home care and their on-time record.",
        "I heard they're moving; the fact is they're cheaper online; we were told they're twins, and they're family.",
        "Hand it over, they're waiting. Hurry up they're in a rush. Come right in; they're by the door.",
        "I see they're friends; we heard they're twins; I remember they're brothers; he said they're rivals.",
        "Their earlier songs were better; we admired their now famous garden, and they sold their house yesterday.",
        "There alone was a chance. Whether it's safe is unclear. Is there public money left?",
        "Out there light was scarce. There house prices have fallen, and there car sales rose.",
        "Teachers say their worried parents call daily; I know their concerned neighbours; they say there is hope.",
        "Their planning to appeal it surprised us, she said.",
        "We left there yesterday, and we found there bones in the sand.",
        "We saw their May concert and their on-call staff; their in-house team starts on Saturday.",
        "They sold the farm and their old house, and their able staff stayed; we valued their open approach.",
        "He lived there year after year and met there face to face; we went there day by day.",
        "I think they're students; they're parents now, and they're friends again. They're children, not adults.",
        "I remember they're friends, and just ensure they're adults.",
        "Officials reported they're volunteers, and I mentioned they're friends.",
        "Is there going to be a meeting? We got all of them out of there fast; none of there is left.",
        "They said there being no quorum, the vote would wait; we say there remaining seats are free.",
        "Let their will be known, and their will be done.",
        "We reached the gate, and there waiting for us was our guide; and their competing interests clashed.",
        "I doubt that there alone is the answer; so that there available rooms fill, we open early.",
        "We went to the park, and there, children played; I know that there are children there.",
        "They said that there seems to be a problem, and that there was trouble.",
        "Go to the market, and there fresh fruit is sold; we went to Paris and there especially enjoyed the museums.",
        "They told us there followed a long silence, and I know they're friends also.",
        "I think they're friends, and I hope they're safe.",
        "We found there bones that were old; the nurses there care for you.",
        "Is there anyone's coat on the chair? Over there, children's books were stacked high.",
        "They're things people say, and they're twins who look alike; they're kids, so let them play.",
        "Give them what they're owed, and ask where they're going next.",
        "They said their final goodbyes, and she said their happy hour starts at five.",
        "Let their will be done. They told us that there planning documents were lost.",
        "I think their variable for storage is wrong; their worth lies in their age.",
        "But there not being time, we left; we know their table for four is ready.",
        "We moved, and there now two schools stand on the hill; and there now stands a statue.",
    )
    fixed = (
        "There are three options.",
        "They're going to appeal.",
        "They did it their own way.",
        "On their own.",
        "There could be a better way.",
        "There was a robbery.",
        "The parents loved their son.",
        "They're planning to appeal the ruling.",
        "The players said their coach had resigned.",
        "Residents say their homes were flooded. Their house is big.",
        "Their house was damaged in the fire, and they said their office was closed.",
        "We left the boxes over there by the door.",
        "The players said they're tired after the match.",
        "Call me if they're ready to go.",
        "That's their fault. Yes, there might be a better way.",
        "I will be there in five minutes.",
        "I think they're going to be late, and they said they're going to appeal.",
        "We bought their car last year. It was their oddest idea yet. We saw their new car.",
        "Put the box over there by the door. It is right there.",
        "The children lost their shoes, and we sold their old cars.",
        "I like their new car, and we painted their old fence.",
        "We drove there yesterday, and we will go there often.",
        "Residents say they're worried that the bypass will bring lorries, and they say they're worried it is unsafe.",
        "The students forgot to bring their notebooks to the exam.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        apostrophe = _apostrophe(doc)
        for words, index, word, following in _pairs(doc, _THEIR_TRIGGERS):
            if word.low == "their" and following is not None and following.low in _THERE_TIME_WORDS:
                if _time_word_slot(words, index):  # "we were their yesterday", "going their tomorrow"
                    fixed = "there"
                    yield self.replace_word(word, fixed, f"Write '{fixed}' here, not '{word.text}'.")
                elif _now_just(words, index):  # "and their now just one win away"
                    fixed = f"they{apostrophe}re"
                    yield self.replace_word(word, fixed, f"Write '{fixed}' here, not '{word.text}'.")
                continue
            if following is None or following.low in _PLACE_PREPOSITIONS:
                place = word.low == "their" or (index > 0 and words[index - 1].low in _PLACE_BEFORE_THEYRE)
                if word.low != "there" and place and _place_slot(doc, words, index):
                    fixed = match_case("there", word.text)  # "put it their.", "over they're by the door"
                    message = f"Write '{fixed}' here, not '{word.text}'."
                    yield self.replace_word(word, fixed, message)
                continue
            if repeated_after_preposition(words, index + 1):
                continue  # "lived there year after year", "went there day by day": an adverbial of time
            replacement = None
            there_is = following.low in _THERE_VERBS if word.low == "their" else following.low in _THEY_ARE_IS
            if word.low == "their" and following.low in ("might", "may") and _next_is(words, index + 2, "be"):
                there_is = True  # "their might be a better way"; not "their military might"
            elif word.low == "their" and following.low in w.MODALS and _existential_be(words, index + 2):
                there_is = True  # "Their will be no garbage pickup"; not "let their will be known"
            if word.low != "there" and there_is:
                if index > 0 and words[index - 1].low in _CITING:
                    continue  # "the word their is a possessive"
                replacement = "there"  # "their are", "they're was"
            elif word.low == "their" and following.low == "going" and _next_is(words, index + 2, "to"):
                replacement = f"they{apostrophe}re"
            elif word.low == "there" and _they_going_to(words, index):
                replacement = f"they{apostrophe}re"  # "I think there going to win", not "Is there going to be a vote?"
            elif word.low == "their" and _progressive_without_verb(doc, words, index):
                replacement = f"they{apostrophe}re"  # "Their planning to appeal the ruling."
            elif word.low == "there" and _reported_progressive(doc, words, index):
                replacement = f"they{apostrophe}re"  # "organizers say there expecting more than 300 runners"
            elif word.low in ("there", "their") and _joined_progressive(doc, words, index):
                replacement = f"they{apostrophe}re"  # "and there leaving the washer", "now their competing on"
            elif word.low in ("there", "their") and following.low == "worth" and _worth_doing(words, index):
                replacement = (
                    f"they{apostrophe}re"  # "not sure if their worth repairing": no owner's worth takes a gerund
                )
            elif word.low == "their" and index > 0 and _feeling_after(words, index):
                replacement = f"they{apostrophe}re"  # "residents say their worried that …"
            elif word.low == "there" and _now_just(words, index):
                replacement = f"they{apostrophe}re"  # "and there now just one game behind first place"
            elif word.low == "their" and index > 0 and _said_predicate(words, index):
                replacement = f"they{apostrophe}re"  # "the players said their proud of", "said their happy to help"
            elif (
                word.low == "their" and index > 1 and _predicate_after(words, index, _joining_after_comma(words, index))
            ):
                replacement = f"they{apostrophe}re"  # "members pay dues, and their able to vote"
            elif (word.low in ("there", "they're") and following.low == "own") or (
                word.low == "they're"
                and (
                    _after_preposition(words, index)
                    or _after_be(words, index)
                    or _contraction_before_object_noun(words, index)
                    or _contraction_phrase_then_verb(doc, words, index)
                    or _contraction_object_phrase(doc, words, index)
                )
            ):
                replacement = "their"
            elif word.low == "there" and _predicate_after(words, index, _SAID) and not _raised_there(words, index):
                replacement = f"they{apostrophe}re"  # "the players said there tired", "if there ready"
            elif word.low == "there" and _there_predicate(words, index):
                replacement = f"they{apostrophe}re"  # "until there completely dry", "tell us there surprised by"
            elif word.low == "there" and _possessive_slot(words, index):
                replacement = "their"  # "the parents loved there son"
            elif word.low != "their" and possessive_slot(words, index):
                replacement = "their"  # "the teacher graded there test overnight", "I admire they're courage"
            elif word.low != "their" and _noun_then_verb(words, index):
                replacement = "their"  # "said there coach had resigned", "they're homes were flooded"
            elif word.low == "there" and (
                _quantity_of_owner(doc, words, index) or _preposition_owner(doc, words, index)
            ):
                replacement = "their"  # "label all of there children's clothing", "worked on there science projects"
            elif word.low == "there" and _owner_opens_clause(doc, words, index):
                replacement = "their"  # "and there defense has allowed", "tell us that there children sleep"
            elif word.low == "there" and _there_before_owner(words, index):
                replacement = "their"  # "pick up there children's report cards", "make sure there child's records"
            elif word.low == "there" and _welcome_to(words, index):
                replacement = f"they{apostrophe}re"  # "there welcome to stay for pizza"
            elif word.low in ("there", "their") and _negated_predicate(words, index):
                replacement = f"they{apostrophe}re"  # "but there not thrilled about the portions"
            if replacement is not None:
                fixed = match_case(replacement, word.text)
                message = f"Write '{fixed}' here, not '{word.text}'."
                yield self.replace_word(word, fixed, message)


def _worth_doing(words: list[Word], index: int) -> bool:
    """'their' or 'there' opening a clause before 'worth' and an -ing form ("not sure if their worth
    repairing"): 'they are worth'; no owner's worth takes a gerund."""
    opens = index == 0 or not words[index - 1].joined or words[index - 1].low in _WORTH_CLAUSE_OPENERS
    return opens and _gerund_after(words, index + 1)


_WORTH_CLAUSE_OPENERS = frozenset("if whether but and because so since that think know".split())
_NEGATED_OPENERS = frozenset("but and because so since if that when".split())
_VERB_TAGS_BEFORE_OBJECT = frozenset(("VB", "VBP", "VBD", "VBZ", "VBG", "VBN"))
_NOT_OBJECT_VERBS = w.BE_FORMS | w.AUXILIARIES


def _contraction_object_phrase(doc: Document, words: list[Word], index: int) -> bool:
    """'you're' or 'they're' after a verb that takes no clause (or its particle) and before a noun
    phrase the tagger reads as its object, with no verb after it ("bring you're receipt if you need
    it", "check you're blood pressure regularly", "lose you're ticket stub,", "pick up they're
    parking permits at the office"): the object's possessive. Not after a verb of thinking, saying or
    finding out ("I heard you're students here"), nor before a role ("we elected you're captain")."""
    contraction = words[index].low.replace("\u2019", "'")
    if contraction not in ("you're", "they're", "it's") or index == 0 or index + 1 >= len(words):
        return False
    if contraction == "it's" and (words[index + 1].low in _ITS_NOT_OWNED or words[index - 1].low in _PRAYING):
        return False  # "signals it's time to sleep", "pray it's sunshine tomorrow"
    tags = sentence_tags(doc, words)
    verb_at = index - 1
    if words[verb_at].low in w.PARTICLES and verb_at > 0 and words[verb_at - 1].joined:
        verb_at -= 1  # "pick up they're parking permits"
    verb = words[verb_at]
    if not words[index - 1].joined or tags[verb_at] not in _VERB_TAGS_BEFORE_OBJECT or verb.low in _NOT_OBJECT_VERBS:
        return False
    lemmas = w.verb_lemmas(verb.low)
    if not lemmas or any(lemma in PERSON_CLAUSE_VERBS for lemma in lemmas):
        return False
    first = words[index + 1]
    if first.low in _ROLE_NOUNS or first.low in _YOURE_FINE or first.low in _OUT_PLACES_AFTER:
        return False
    at = _walk_phrase(words, tags, index + 1, contact_clause=False)
    if at is None or at == index + 1 or not words[index].joined:
        return False
    last = words[at - 1]
    kinds = w.tags(last.low)
    if tags[at - 1] not in ("NN", "NNS") and not (tags[at - 1] == "JJ" and "NOUN" in kinds and "ADJ" not in kinds):
        return False  # (the tagger reads a lone noun after the contraction as an adjective at times: 'receipt')
    return at >= len(words) or not words[at - 1].joined or not tags[at].startswith(("VB", "MD"))


def _noun_modifier(words: list[Word], tags: list[str], at: int) -> bool:
    """An -ing word before a noun ("parking permits", "cooking classes")."""
    return tags[at] == "VBG" and at + 1 < len(words) and tags[at + 1] in ("NN", "NNS") and words[at].joined


_PRAYING = frozenset("pray prayed praying presume presumed".split())
"""Verbs of wishing or supposing not in :data:`PERSON_CLAUSE_VERBS`, whose clause 'it's' may open."""
_OUT_PLACES_AFTER = frozenset("front back top bottom first last sick".split())
"""Words after a contraction that 'you are' takes as a place or a state ("you're first", "they're sick")."""
_PHRASE_TAGS = frozenset(("JJ", "NN", "NNS"))
_VERB_AFTER_PHRASE = frozenset(("VBZ", "VBP", "MD"))


def _contraction_phrase_then_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'you're' or 'they're' before a noun phrase (adjectives, then nouns) and a present verb or a modal
    the tagger reads as that phrase's ("make sure you're address matches", "if you're kids enjoy
    dinosaurs", "I think they're budgets stretch further", "they're light source is too far"): 'you
    are address matches' has two verbs; the phrase is the possessive's. Not a plural before a second
    noun, which may open a contact clause ("they're things people say"), nor a role or a word 'you
    are' takes ("you're captain", "you're home")."""
    if words[index].low.replace("\u2019", "'") not in ("you're", "they're") or index + 2 >= len(words):
        return False
    first = words[index + 1]
    if first.low in _ROLE_NOUNS or first.low in _YOURE_FINE:
        return False
    tags = sentence_tags(doc, words)
    at = _phrase_end(words, tags, index + 1)
    if at is None:
        return False
    verb = words[at]
    if tags[at] not in _VERB_AFTER_PHRASE or verb.capitalised:
        return False
    forms = w.verb_tags(verb.low)
    return (
        verb.low in w.MODALS or verb.low in w.AUXILIARIES or bool(forms & {"VBZ", "VBP"} and not forms & {"VBN", "VBD"})
    )


def _phrase_end(words: list[Word], tags: list[str], start: int, *, of_phrase: bool = False) -> int | None:
    """Where the noun phrase the tagger reads from ``start`` ends (adjectives, then nouns, at most four
    words; with ``of_phrase``, one phrase with a preposition after its noun too): the next word's
    place, when the phrase ends in a noun and a word follows it, joined. None for a plural before a
    second noun, which may open a contact clause ("they're things people say")."""
    at = _walk_phrase(words, tags, start, of_phrase=of_phrase)
    if at is None or at >= len(words) or at == start or tags[at - 1] not in ("NN", "NNS") or not words[at - 1].joined:
        return None
    return at


def _walk_phrase(
    words: list[Word], tags: list[str], start: int, *, of_phrase: bool = False, contact_clause: bool = True
) -> int | None:
    """The place after the words the tagger reads as a noun phrase from ``start`` (adjectives, nouns, an
    -ing word before a noun; at most four words, or with ``of_phrase`` seven and one phrase with a
    preposition after a noun), whatever they end in; None at a capital or a punctuation mark inside,
    and, with ``contact_clause``, at a plural before a second noun ("they're things people say")."""
    at = start
    prepositions = 0
    while at < len(words) and at <= start + (6 if of_phrase else 3):
        if tags[at] not in _PHRASE_TAGS and not _noun_modifier(words, tags, at):
            opens = (
                of_phrase
                and not prepositions
                and words[at].low in _OF_PHRASE_PREPOSITIONS
                and tags[at - 1] in ("NN", "NNS")
            )
            if not (opens and at + 1 < len(words) and tags[at + 1] in _PHRASE_TAGS):
                break
            prepositions += 1  # "it's fundraising goal for new bleachers is"
        if words[at].capitalised or not words[at - 1].joined:
            return None
        if contact_clause and tags[at] == "NNS" and at + 1 < len(words) and tags[at + 1] in ("NN", "NNS"):
            return None  # "they're things people say": a plural, then a contact clause's subject
        at += 1
    return at


_OF_PHRASE_PREPOSITIONS = frozenset("for of on in with".split())
_SUBJECT_CLAUSE_OPENERS = frozenset("whether if what how why where when who".split())


def _its_phrase_then_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'it's' before a singular noun phrase (a phrase with 'for', 'of' … after it or not) and a verb
    the tagger reads as its own, a mid-clause adverb between or not ("and it's motor is strong
    enough", "it's third-quarter profit fell 12%", "it's suction drops off", "it's fundraising goal
    for new bleachers is within reach"): 'it is motor is' has two verbs. Not a noun after which 'it
    is' takes a clause ("it's time people knew"), a pronoun-like noun ("it's nothing compared"),
    nor a noun and a past that may be a participle ("it's case closed")."""
    if words[index].low.replace("\u2019", "'") != "it's" or index + 2 >= len(words) or not words[index].joined:
        return False
    if words[index + 1].low in _ITS_NOT_OWNED or (index > 0 and words[index - 1].low in _SUBJECT_CLAUSE_OPENERS):
        return False  # "whether it's cash is irrelevant": the clause is the verb's subject
    tags = sentence_tags(doc, words)
    at = _phrase_end(words, tags, index + 1, of_phrase=True)
    if at is None:
        return False
    head = next((i for i in range(index + 1, at) if words[i].low in _OF_PHRASE_PREPOSITIONS), at) - 1
    if tags[head] != "NN" or "NNS" in tags[index + 1 : head]:
        return False  # a plural may be a contact clause's subject ("it's food kids love")
    if words[at].low in w.MID_ADVERBS and at + 1 < len(words) and words[at].joined:
        at += 1  # "it's motor still sounds"
    verb = words[at]
    forms = w.verb_tags(verb.low)
    if verb.capitalised or not words[at - 1].joined:
        return False
    if tags[at] == "VBD":
        return "VBN" not in forms  # "it's profit fell", not "it's case closed"
    return tags[at] in ("VBZ", "MD") and (verb.low in w.AUXILIARIES or verb.low in w.MODALS or "VBZ" in forms)


_NOT_OWNERS = w.TIME_NOUNS | frozenset(
    """everyone everybody someone somebody anyone anybody nobody one today tonight tomorrow yesterday
    mother father mom dad mum grandma grandpa""".split()
)
"""Owners a possessive after 'you're' names as what 'you are' ("you're everyone's favorite", "you're
today's winner", "you're mother's pride")."""


def _owner_after(words: list[Word], index: int) -> bool:
    """A common noun's possessive after the word at ``index`` and a noun or an adjective after it
    ("label you're child's lunchbox", "check you're passport's expiration date"): the owner of
    an owner, which only a possessive determiner opens. Not a name ("you're Sam's brother"), nor
    what 'you are' may be ("you're everyone's favorite", "you're today's winner")."""
    owner = _next(words, index)
    owned = _next(words, index + 1) if owner is not None else None
    if owner is None or owned is None or owner.capitalised:
        return False
    low = owner.low.replace("’", "'")
    stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith("s'") else None
    if not stem or stem in _NOT_OWNERS or "NOUN" not in w.tags(stem):
        return False
    kinds = w.tags(owned.low)
    return (bool(kinds & w.NOUN_OR_ADJECTIVE) or (not kinds and owned.low.isalpha())) and not owned.capitalised


def _there_before_owner(words: list[Word], index: int) -> bool:
    """'there' after a particle, a verb or 'make sure' and before a common noun's possessive and its noun
    ("pick up there children's report cards", "make sure there child's records are current"): 'their'.
    Not after 'be' ("is there anyone's coat here?") nor opening the sentence."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low in w.BE_FORMS:
        return False
    previous = words[index - 1].low
    return (previous in _BEFORE_OWNED_THERE or "VERB" in w.tags(previous)) and _owner_after(words, index)


_BEFORE_OWNED_THERE = frozenset("up sure of for with to about from on in at".split())


def _owner_opens_clause(doc: Document, words: list[Word], index: int) -> bool:
    """'there' after a word that opens a clause, before the clause's subject noun and its verb: a bare
    singular count noun ("and there defense has allowed only 12 points"), which needs a determiner, or
    a plural after 'that' and a verb of telling ("parents tell us that there children sleep better").
    'There' cannot open such a clause: the existential takes its verb next, and the place needs a
    comma before a new subject ("and there, children played")."""
    if index == 0 or index + 2 >= len(words) or not run_of(words, index - 1, 3):
        return False
    opener, noun = words[index - 1].low, words[index + 1]
    if opener not in _NEGATED_OPENERS or noun.text != noun.low:
        return False
    tags = sentence_tags(doc, words)
    if tags[index + 2] not in w.FINITE_OR_MODAL_TAGS:
        return False
    if w.is_singular_count_noun(noun.low) and tags[index + 1] == "NN":
        return True
    told = opener == "that" and any(word.low in _TELLING for word in words[max(0, index - 4) : index - 1])
    return told and w.is_any_plural(noun.low) and w.tags(noun.low) == {"NOUN"} and tags[index + 1] == "NNS"


def _negated_predicate(words: list[Word], index: int) -> bool:
    """'there' or 'their' opening a clause after 'but', 'because', 'said' … before 'not', an adjective or a
    participle that is no adverb, and a preposition or the clause's end ("but there not thrilled about
    the portions", "said their not ready."): 'they are not'. Not "is there not a way" (a question's
    inversion) nor 'not being' (an absolute: "there not being time")."""
    opener = words[index - 1].low if index > 0 else ""
    if index + 3 > len(words) or (opener not in _NEGATED_OPENERS and opener not in _SAID):
        return False
    if not run_of(words, index - 1, 4) or words[index + 1].low != "not":
        return False
    predicate = words[index + 2].low
    tags = w.tags(predicate)
    if predicate == "worth":
        return True  # "but there not worth the premium price"
    if predicate == "being" or "ADV" in tags or not ("ADJ" in tags or "VBN" in w.verb_tags(predicate)):
        return False
    if tags == {"VERB"} and w.verb_tags(predicate) <= {"VBN", "VBD"}:
        return True  # "but there not regulated the same way": a participle that is only a verb's
    after = _next(words, index + 2)
    return after is None or after.low in _PREDICATE_NEXT


_PART_OF = frozenset("all some most many each both one none any few several half either neither".split())
"""Words of quantity before 'of' that pick some of a group ("all of", "most of", "neither of")."""


def _quantity_of_owner(doc: Document, words: list[Word], index: int) -> bool:
    """'There' after a quantity and 'of', before a noun the tagger reads as one ("all of there children's
    clothing", "most of there time"): the owner's 'their', not the place ('all of them from there')."""
    if index < 2 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    if words[index - 1].low != "of" or words[index - 2].low not in _PART_OF or not words[index - 2].joined:
        return False
    following = words[index + 1]
    if following.capitalised or "NOUN" not in w.tags(following.low.removesuffix("'s").removesuffix("’s")):
        return False
    tag = sentence_tags(doc, words)[index + 1]
    return tag.startswith("NN") or tag == "POS"  # (the tagger reads "children's" as one possessive)


_OWNER_PREPOSITIONS = frozenset("on for with about of from at into during after to".split())


def _preposition_owner(doc: Document, words: list[Word], index: int) -> bool:
    """'There' after a preposition whose verb came before it, then nouns the tagger reads as one (an
    adjective first or not) up to the phrase's end ("worked hard on there science projects", "spoke
    to there parents."): the owner's 'their'. Not "up there", "in there", "out there" (not among the
    prepositions), nor a place phrase's noun after 'there' that a verb follows ("from there prices rose")."""
    if index < 2 or not (words[index - 1].joined and words[index].joined):
        return False
    verb_at = index - 3 if index > 2 and "ADV" in w.tags(words[index - 2].low) else index - 2  # "worked hard on"
    if words[index - 1].low not in _OWNER_PREPOSITIONS or not w.verb_lemmas(words[verb_at].low):
        return False
    tags = sentence_tags(doc, words)
    at = index + 1
    if at < len(words) and tags[at].startswith("JJ") and words[at].joined:
        at += 1
    last = None
    while at < len(words) and tags[at] in COMMON_NOUN_TAGS and not words[at].capitalised:
        last = at
        if not words[at].joined:
            break
        at += 1
    if last is None or (last == index + 1 and not w.is_plural_noun(words[last].low)):
        return False  # one singular noun: "from there time passed"? left alone
    following = _next(words, last)
    return following is None or following.low in _AFTER_BARE_NOUN or following.low in ("to", "for")


def _welcome_to(words: list[Word], index: int) -> bool:
    """'there welcome to' and a bare verb ("there welcome to stay"): 'they are welcome to'."""
    if index + 3 >= len(words) or words[index + 1].low != "welcome" or words[index + 2].low != "to":
        return False
    return all(word.joined for word in words[index : index + 3]) and "VB" in w.verb_tags(words[index + 3].low)


def _joining_after_comma(words: list[Word], index: int) -> frozenset[str]:
    """'and', 'but' or 'so' before ``index`` when a comma stands before it (", and their able to vote"):
    a new clause opens there, whose subject the word at ``index`` may be."""
    return _COMMA_JOINERS if index > 1 and not words[index - 2].joined else frozenset()


_COMMA_JOINERS = frozenset(("and", "but", "so"))


def _feeling_after(words: list[Word], index: int) -> bool:
    """'their' opening a clause after a verb of saying or thinking, before an adjective of feeling that
    ends its phrase or takes a preposition or a clause ("say their worried that", "I think their sure
    of it"): no noun follows for the possessive ("say their worried parents")."""
    return words[index + 1].low in _CLAUSE_ADJECTIVES and _predicate_after(words, index, _SAID)


_NOW_DEGREE = frozenset("just only nearly almost".split())


def _now_just(words: list[Word], index: int) -> bool:
    """'there' or 'their' after 'and' or 'but', then 'now' (and 'just', 'only' …) and an amount, with no
    finite verb after ("and there now just one game behind first place", "and their now just one win away",
    "and there now two games behind the leader"): 'they are now'. Not "and there now stands a statue" (a verb
    follows), nor "and there now two schools stand" (a verb after the amount's noun)."""
    if index == 0 or index + 3 >= len(words) or words[index - 1].low not in ("and", "but", "so"):
        return False
    if words[index + 1].low != "now":
        return False
    at = index + 3 if words[index + 2].low in _NOW_DEGREE else index + 2  # "now just one", "now two games"
    if not run_of(words, index - 1, at - index + 2):
        return False
    amount = words[at].low
    if not (amount in w.CARDINALS or amount in ("one", "a", "an") or amount[:1].isdigit()):
        return False
    if at + 2 < len(words) and words[at + 1].joined and w.verb_tags(words[at + 2].low) & {"VBP", "VBD"}:
        return False  # "and there now two schools stand": the amount's noun and its verb
    for later in words[at + 1 :]:
        if w.only_finite(later.low) or later.low in w.MODALS:
            return False
        if not later.joined:
            break
    return True


def _said_predicate(words: list[Word], index: int) -> bool:
    """'their' straight after 'said', 'say' or a verb of knowing before an adjective that is no noun (or
    one in -ble) and takes 'of', 'to' or 'about' ("the players said their proud of", "volunteers said their
    happy to help", "don't realize their eligible for the match"): no noun follows for the possessive ("said
    their happy hour starts at five", "said their final goodbyes")."""
    if words[index - 1].low not in _SAID_OR_KNOWN or index + 2 >= len(words) or not words[index].joined:
        return False
    adjective, after = words[index + 1], words[index + 2]
    kinds = w.tags(adjective.low)
    predicate = ("ADJ" in kinds and "NOUN" not in kinds) or w.verb_tags(adjective.low) == {"VBN", "VBD"}
    if not predicate and adjective.low.endswith("ble") and _predicative_by_counts(adjective.low):
        predicate = True  # "realize their eligible for", "said their responsible for": no possessive's noun
    if not predicate or adjective.low.endswith("est") or not adjective.joined:
        return False  # ('thrilled', 'excited': participles as adjectives)
    return after.low in _ADJECTIVE_PREPOSITIONS


def _predicative_by_counts(low: str) -> bool:
    """The web writes 'are' before the word more often than 'the': an adjective that is seldom a noun
    ('eligible', 'responsible'; not 'variable', 'table')."""
    predicative = _ngrams.web_pair_count("are", low)
    nominal = _ngrams.web_pair_count("the", low)
    return predicative is not None and (nominal is None or predicative > nominal)


_ADJECTIVE_PREPOSITIONS = frozenset("of to about with for that".split())
_SAID_OR_KNOWN = frozenset(
    "said says say realize realizes realized realise realises realised know knows knew think thinks thought".split()
)


def _there_predicate(words: list[Word], index: int) -> bool:
    """'there' for 'they're' before an adjective that is no noun and ends its predicate, where
    :func:`_predicate_after` does not look: after 'until', 'once', 'unless', after 'and', after a verb
    of telling and its object ("tell us there surprised by"), or with a degree adverb between ("until
    there completely dry", "and there especially active before a storm"). 'There' as a place takes
    no bare adjective ("and there fresh fruit is sold" has its noun)."""
    if index < 1 or index + 1 >= len(words) or not words[index - 1].joined or not words[index].joined:
        return False
    previous = words[index - 1].low
    told = (
        previous in w.OBJECT_ONLY_PRONOUNS
        and index > 1
        and words[index - 2].joined
        and words[index - 2].low in _TELLING
    )
    at = index + 1
    graded = words[at].low in _THERE_DEGREE
    if graded:
        if at + 1 >= len(words) or not words[at].joined:
            return False
        at += 1
    if not (previous in _THERE_OPENERS or told or previous == "and" or (graded and previous in _SUBJECT_SLOT)):
        return False
    adjective = words[at].low
    tags = w.tags(adjective)
    after = _next(words, at)
    if told and tags == {"VERB"} and "VBN" in w.verb_tags(adjective):
        return after is not None and after.low in _FEELING_PREPOSITIONS  # "tell us there surprised by"
    if "ADJ" not in tags or ("NOUN" in tags and not graded) or adjective in _NOT_PREDICATE or words[at].capitalised:
        return False  # (after a degree adverb no noun follows: "there especially active")
    if previous == "and" and "VERB" in tags:
        return False  # "and there opened a shop": a verb after the place
    if after is None:
        return at + 1 == len(words) or not words[at].joined
    low = after.low
    return low in _PREDICATE_NEXT or low in _PLACE_TIME_NEXT or low in w.PREPOSITIONS or low in _THERE_AFTER


_THERE_OPENERS = frozenset("until till once unless".split())
_THERE_DEGREE = frozenset("completely especially very so really too fully totally always usually often still".split())
_THERE_AFTER = frozenset("and but or just".split())
_FEELING_PREPOSITIONS = frozenset("by with at about that".split())


def _raised_there(words: list[Word], index: int) -> bool:
    """'there' as the subject a raising verb lifts from 'to be' ("There used to be a mill", "there
    tended to be delays"): 'they are used to be' cannot stand, so the existential reading is meant."""
    return _next_is(words, index + 2, "to") and _next_is(words, index + 3, "be")


def _they_going_to(words: list[Word], index: int) -> bool:
    """'there going to', opening a clause with no 'is' before 'there': 'they're' ("There going to
    win", "said there going to appeal", "there going to be late"). With 'be' the word after must be
    an adjective or a participle: "there going to be a vote" lacks its 'is', not 'they're'."""
    if not (_next_is(words, index + 1, "going") and _next_is(words, index + 2, "to")) or index + 3 >= len(words):
        return False
    if index > 0 and not (words[index - 1].joined and words[index - 1].low in _GOING_SUBJECT_SLOT):
        return False
    if words[index + 3].low != "be":
        return True  # "there going to win", "there going to school"
    after = words[index + 4].low if index + 4 < len(words) else ""
    adjective = "ADJ" in w.tags(after) and "NOUN" not in w.tags(after)
    return adjective or "VBN" in w.verb_tags(after)


_PLACE_PREPOSITIONS = frozenset("by in on at near with from into inside outside under over behind beside".split())
_PLACE_BEFORE_THEYRE = frozenset("over down back near right".split())
"""Words that take the place word 'there' ("over there", "right there"): 'they're' after them, with no
verb after it, is 'there' ("left it over they're by the door")."""
_SAID = frozenset(("said", "says", "say"))
_TELLING = _SAID | frozenset("tell tells told telling report reported reports know knew".split())
_CITING = frozenset("word words spell spelled spelt write wrote written".split())


_BE_BEFORE_POSSESSIVE = frozenset(
    """that's it's he's she's what's here's there's who's that’s it’s he’s she’s what’s here’s there’s
    who’s""".split()
)


_HAS_BEFORE_POSSESSIVE = frozenset(("has", "have", "had"))
"""'has it's' cannot be 'has it is': after a form of 'have' the word is the possessive."""


def _after_be(words: list[Word], index: int) -> bool:
    """A contraction of 'be' ('they're', 'you're', 'it's') straight after a contracted 'be' ("that's
    you're problem", "he's it's keeper"): two verbs cannot stand so, and only the possessive fits.
    Not after 'is' or 'are', which may end a clause: "the funny thing is it's okay"."""
    return index > 0 and words[index - 1].joined and words[index - 1].low in _BE_BEFORE_POSSESSIVE


def _place_slot(doc: Document, words: list[Word], index: int) -> bool:
    """'their' with no noun after it: a full stop, comma or the like straight after it, or a
    preposition and its determiner ("we put it their.", "over their by the door"), where only the
    place word 'there' fits. Not before a quotation mark ('their "product"'), a capital ('their
    Outside Sales team') or a cited word ("the word their")."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low in _CITING:
        return False
    word = words[index]
    if index + 1 == len(words) or not word.joined:
        return doc.text[word.end : word.end + 1] in _CLAUSE_END_MARKS
    preposition, after = words[index + 1], _next(words, index + 1)
    if preposition.text != preposition.low:
        return False
    if words[index - 1].low in _BE_AT_PLACE:
        return True  # "I will be their in five minutes": 'be' takes the place, not a possessive
    if after is not None and preposition.joined and _when_named(after):
        return True  # "see you their on Saturday": a time, which no possessive's noun is
    return after is not None and after.low in w.DETERMINERS


def _when_named(word: Word) -> bool:
    """A day's or a month's name in capitals, or a number in figures ('Saturday', 'May', '5'): after
    'their' and a preposition it dates the place ("their on Saturday"), since a phrase modifying a
    possessive's noun would be hyphenated ("their on-call staff")."""
    return (word.capitalised and (word.low in w.DAY_NAMES or word.low in w.MONTHS)) or word.text.isdigit()


_BE_AT_PLACE = frozenset("be been being am is are was were".split())
_THERE_TIME_WORDS = frozenset(
    "yesterday tomorrow tonight today now again soon already anymore twice often earlier overnight".split()
)
"""Adverbs of time and frequency, no nouns: after 'their' with nothing to own, 'there' was meant
("we were their yesterday", "we used to go their often")."""
_AFTER_TIME_WORD = (
    w.PREPOSITIONS | w.TIME_NOUNS | frozenset("and but or so because if when while as last next this".split())
)
"""What may follow the adverb and end the phrase 'there yesterday' ("their yesterday afternoon", "their
again in May"); before anything else the adverb may modify a noun of 'their' ("their now famous
garden", "their earlier work", "their today show")."""
_OWNER_BEFORE = frozenset("of than for about with without despite during against among upon like unlike".split())
"""Words that want a noun phrase, not a place: after them 'their today', 'their tomorrow', 'their
earlier' is the possessive and a noun ("the theft of their tomorrow", "better than their earlier")."""
_PERSONS_AT_PLACE = w.PERSON_SUBJECTS
"""Subjects that are at a place ("we were their yesterday"); after a thing 'their' with no noun may be
'theirs' ("the house is their now")."""


def _time_word_slot(words: list[Word], index: int) -> bool:
    """'their' in lower case before an adverb of time (:data:`_THERE_TIME_WORDS`) that ends its phrase,
    not after a cited word; after a form of 'be' only when a person is its subject. A possessive needs
    a noun, and an adverb cannot be one: only the place word fits."""
    word = words[index]
    if index == 0 or word.text != "their" or not words[index - 1].joined or words[index - 1].low in _CITING:
        return False
    adverb = words[index + 1]
    if adverb.text != adverb.low or words[index - 1].low in _OWNER_BEFORE:
        return False  # "rob them of their tomorrow", "louder than their earlier": a noun phrase
    if adverb.joined and index + 2 < len(words) and words[index + 2].low not in _AFTER_TIME_WORD:
        return False  # "their now famous garden", "their earlier work"
    if words[index - 1].low in ("and", "or") and index >= 3 and words[index - 3].low == "their":
        return False  # "their today and their tomorrow"
    owned = index + 3 < len(words) and (words[index + 3].low in w.POSSESSIVES or words[index + 3].low in w.ARTICLES)
    if adverb.joined and owned and words[index + 2].low in ("and", "or"):
        return False  # "protect their today and their tomorrow": two owned nouns
    if words[index - 1].low in _BE_AT_PLACE:
        return index >= 2 and words[index - 2].joined and words[index - 2].low in _PERSONS_AT_PLACE
    return True


_CLAUSE_END_MARKS = frozenset(".,;:!?")


def _possessive_slot(words: list[Word], index: int) -> bool:
    """'there' between a verb that takes an object and a bare singular count noun that ends its
    phrase, maybe after an adjective ("loved there son.", "sold there house to", "I like there new
    house."): only the possessive fits."""
    if index + 1 >= len(words) or not _object_slot(words, index):
        return False
    if index >= 2 and words[index - 2].low in w.DETERMINERS and words[index - 2].joined:
        return False  # "The nurses there care for you": after a determiner the word is a noun, not a verb
    noun_at = index + 2 if _only_adjective(words, index + 1) and index + 2 < len(words) else index + 1
    noun = words[noun_at]
    after = _next(words, noun_at)
    ends = noun_at + 1 >= len(words) or not words[noun_at].joined
    phrase_ends = ends or (after is not None and (after.low in _AFTER_BARE_NOUN or after.low in ("to", "for")))
    if not noun.capitalised and _owned_plural(words, index, noun.low):
        # "they lost there keys.", "forgot to bring there notebooks to the exam"; after a verb that puts
        # nothing in a place a clause may follow the object too ("remind there children that phones …")
        placing = any(lemma in _PLACING for lemma in w.verb_lemmas(words[index - 1].low))
        return phrase_ends or (not placing and noun_at == index + 1 and _clause_after(words, noun_at))
    if noun.capitalised or not _bare_count_noun(noun.low):
        return False
    return phrase_ends


def _clause_after(words: list[Word], at: int) -> bool:
    """'that', 'to', 'about' or 'of' after the object at ``at`` ("remind there children that", "ask
    there neighbors to"): what the verb says to its object."""
    after = _next(words, at)
    return after is not None and after.low in ("that", "to", "about", "of")


_PLACING = _SENSING | frozenset(
    "meet leave put place keep set spend plant build open start found hold stay live work sell buy get".split()
)
"""Verbs that take a place after them before their object ("we found there bones", "they built there
houses", "he met there friends"): a plural after 'there' may be their object."""


def _owned_plural(words: list[Word], index: int, noun: str) -> bool:
    """A plural noun, no span of time ("lived there years"), after 'there' and a verb that takes things
    but not a place before its object (:data:`_PLACING`)."""
    plural = w.is_plural_noun(noun) or w.is_plural_without_s(noun)  # "there bags", "there children"
    if not plural or noun in _SPAN_NOUNS or (w.tags(noun) != {"NOUN"} and noun not in _OWNED_THINGS):
        return False
    if not any(lemma in _PLACING for lemma in w.verb_lemmas(words[index - 1].low)):
        return True
    # "left there backpacks on the bus": a second place after the plural leaves 'there' no place to be
    place = index + 2
    return (
        place + 1 < len(words)
        and words[place - 1].joined
        and words[place].low in _PLACE_PREPOSITIONS
        and (words[place + 1].low in w.DETERMINERS)
    )


_OWNED_THINGS = frozenset(
    """keys bills hands books homes houses cars coats shoes toys nests lives names bags phones bikes tickets seats
    jackets boots badges permits forms papers records pets bottles gloves hats""".split()
)
"""Plurals that are verbs too ('keys', 'bills') but owned things after 'there'."""


_PLACE_BEFORE_THERE = frozenset(
    "out in over up down back from here and near under inside outside right through along is are was were be".split()
)
"""Words after which 'there' is the place or the existential subject: "out there people are", "is
there coach service"."""
_SPAN_NOUNS = frozenset("years months weeks days hours minutes decades times nights".split())
"""Plural nouns that follow 'there' as a span of time: "they lived there years"."""


_MID_CLAUSE_ADVERBS = frozenset("also still often always never usually sometimes already".split())


def _noun_then_verb(words: list[Word], index: int) -> bool:
    """'there' or 'they're' before a noun and a plainly finite verb ("said there coach had
    resigned", "they're homes were flooded"): 'there' cannot be the existential subject with a noun
    between it and its verb, and 'they are homes were' has two verbs; only 'their' fits."""
    if index + 2 >= len(words) or not words[index + 1].joined:
        return False
    they_are = words[index].low in ("they're", "they’re")
    there = words[index].low == "there"
    if there and _bare_singular_subject(words[index + 1]) and _past_with_object(words, index + 2):
        return (
            True  # "and there dog followed us": a bare singular subject, which neither 'out there' nor 'there is' has
        )
    if index > 0 and words[index - 1].low in _PLACE_BEFORE_THERE and there:
        return False  # "out there people are dying"
    noun, verb = words[index + 1], words[index + 2]
    pos = w.tags(noun.low)
    # after 'they're' an adjective reading cannot help ("they're house is big": 'they are house is'
    # has two verbs), nor after 'there' for a count noun ("there house was damaged": 'there' and a
    # noun with its own plural); after 'there' it can otherwise ("there alone was …"), and after
    # 'it's' always ("whether it's safe is unclear", "it's worth being")
    noun_read = "NOUN" in pos and (they_are or (there and w.is_singular_count_noun(noun.low, adjective=True)))
    if noun.capitalised or noun.low in _SPAN_NOUNS or ("ADJ" in pos and not noun_read) or "ADV" in pos:
        return False
    noun_only = pos == {"NOUN"} or noun_read
    # after 'it's' and 'they're' a plural without an -s counts too ("the city and it's people are")
    unmarked = not there and w.is_plural_without_s(noun.low)
    if not (_bare_count_noun(noun.low) or w.is_plural_noun(noun.low) or noun_only or unmarked):
        return False  # "coach", "homes", "children"
    if there and w.is_plural_noun(verb.low):
        return False  # "There house prices have fallen": the place word, before a compound's head
    if not (there or they_are):  # after 'it's'
        if w.tags(verb.low) == _NOUN_ONLY and verb.joined and index + 3 < len(words):
            verb = words[index + 3]  # "because it's paper tray keeps jamming": a compound's head
        if w.plainly_past(verb.low) or _compound_then_verb(words, index + 2):
            # "it's engine failed", "it's summer reading program drew", "it's companion app still feels";
            # not "it's case closed", "it's nothing compared to"
            counted = _bare_count_noun(noun.low) or w.is_plural_noun(noun.low)
            return counted and noun.low not in _SETTLED_NOUNS and noun.low not in _PRONOUN_NOUNS
    if they_are and index + 3 < len(words) and noun.joined and verb.joined and verb.low in _MID_CLAUSE_ADVERBS:
        after = words[index + 3].low  # "they're dues also cover": after an adverb the present is a verb
        return "VBP" in w.verb_tags(after) and not w.verb_tags(after) & {"VBN", "VBD", "VBG"}
    if they_are and w.is_any_plural(noun.low) and verb.joined and _present_plural_only(verb.low):
        return True  # "make sure they're children bring water": 'they are children bring' has two verbs
    return w.plainly_finite(verb.low) and verb.low not in ("'s", "’s")


_MID_ADVERBS = frozenset("still also now often never always already usually rarely only just".split())


def _compound_then_verb(words: list[Word], at: int) -> bool:
    """After a noun, up to two more nouns of a compound in small letters, none a plural or a verb's
    finite form (its head: 'reading program', 'app'), perhaps an adverb, then a verb that is only
    finite ("it's summer reading program drew", "it's companion app still feels")."""
    end = min(at + 4, len(words))
    while at < end and words[at - 1].joined:
        low = words[at].low
        if low in _MID_ADVERBS:
            at += 1
            break
        if words[at].capitalised or "NOUN" not in w.tags(low) or low.endswith("s") or w.plainly_finite(low):
            break
        at += 1
    if at >= len(words) or at - 1 < 0 or not words[at - 1].joined:
        return False
    low = words[at].low
    return low not in w.AUXILIARIES and (w.plainly_past(low) or w.verb_tags(low) in ({"VBD"}, {"VBZ"}))


def _bare_singular_subject(word: Word) -> bool:
    """A singular count noun in small letters that is no adjective and no time ('dog', 'boss'; not
    'year', 'day'): without a determiner it cannot be a subject unless a possessive comes before it."""
    low = word.low
    if word.capitalised or "ADJ" in w.tags(low) or low in w.TIME_NOUNS or not word.joined:
        return False
    return w.is_singular_count_noun(low)


_OBJECT_OPENERS = w.OBJECT_PRONOUNS | w.ARTICLES | w.POSSESSIVES


def _past_with_object(words: list[Word], at: int) -> bool:
    """A simple past at ``at`` (a participle too: 'followed') with an object pronoun or a determiner
    joined after it ('followed us', 'chewed the')."""
    if at + 1 >= len(words) or not words[at].joined or "VBD" not in w.verb_tags(words[at].low):
        return False
    return words[at + 1].low in _OBJECT_OPENERS


def _present_plural_only(low: str) -> bool:
    """A verb's present plural that is nothing else ('bring', 'need' is a noun too, 'read' a past):
    after 'they're' and a plural it is the plural's verb."""
    return w.tags(low) == {"VERB"} and "VBP" in w.verb_tags(low) and not w.verb_tags(low) & {"VBD", "VBN"}


_NOUN_ONLY = frozenset(("NOUN",))
_SETTLED_NOUNS = frozenset("case mission problem lesson message point job deal order".split())
"""Nouns of the idioms in which 'it's' comes before a noun and a participle: "it's case closed", "it's
mission accomplished", "it's lesson learned"."""
_PRONOUN_NOUNS = frozenset("nothing something anything everything none one".split())


_PHRASE_PREPOSITIONS = frozenset("of for in on at with from to".split())


def _noun_phrase_then_verb(words: list[Word], index: int) -> bool:
    """'It's' before a count noun, a phrase with a preposition (up to three determiners, adjectives and
    nouns) and a plainly finite verb or a modal ("said it's budget for road repairs would be cut"):
    'it is budget for road repairs would' has two verbs and no subject for the second; only 'its' fits."""
    noun_at = index + 1
    if noun_at + 3 >= len(words) or words[index].low not in ("it's", "it’s") or not words[index].joined:
        return False
    noun = words[noun_at]
    if noun.capitalised or not _bare_count_noun(noun.low) or w.tags(noun.low) - {"NOUN", "VERB"}:
        return False
    if not noun.joined or words[noun_at + 1].low not in _PHRASE_PREPOSITIONS:
        return False
    for at in range(noun_at + 2, min(noun_at + 6, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if at > noun_at + 2 and (low in w.MODALS or w.plainly_finite(low)) and low not in ("'s", "’s"):
            return True
        if not (low in w.DETERMINERS or w.tags(low) & {"NOUN", "ADJ"}) or low in w.SUBJECT_PRONOUNS:
            return False
    return False


def _compound_subject_then_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'It's' opening a clause before a bare phrase of nouns and attributive words that the tagger ends
    with a noun and then a finite verb ("The library says it's summer reading program drew 900 children",
    "proud to announce that it's annual pancake breakfast will return"): 'it is summer reading program
    drew' has two verbs and no subject for the second. The first word must be a noun or an adjective
    that only goes before a noun ('annual', 'first'): 'it's likely prices rise' and 'it's time people
    knew' are 'it is' with a clause after."""
    if index + 3 >= len(words) or not _opens_its_clause(words, index) or not words[index].joined:
        return False
    first = words[index + 1]
    if first.capitalised or first.low in _CLAUSE_NOUNS:
        return False
    kinds = w.tags(first.low)
    noun = "NOUN" in kinds and kinds <= {"NOUN", "VERB"}  # 'summer', not 'likely', 'clear'
    if not (noun or first.low in _ATTRIBUTIVE_ONLY or first.low in w.ORDINAL_WORDS):
        return False
    tags = sentence_tags(doc, words)
    for at in range(index + 2, min(index + 6, len(words))):
        if not words[at - 1].joined:
            return False
        if tags[at] in ("VBD", "VBZ", "MD") and tags[at - 1] in ("NN", "NNS"):
            return at > index + 2  # a phrase of two words at least: "it's annual breakfast will"
        gerund_noun = tags[at] == "VBG" and "NOUN" in w.tags(words[at].low)  # "summer reading program"
        if (tags[at] not in ("NN", "NNS", "JJ") and not gerund_noun) or words[at].capitalised:
            return False
    return False


_ATTRIBUTIVE_ONLY = frozenset("annual new latest upcoming recent former current inaugural third-quarter".split())
_CLAUSE_NOUNS = frozenset("time pity shame wonder fact chance".split())
"""Nouns after which 'it's' takes a clause ("it's time people knew", "it's a pity prices rose")."""
_ITS_NOT_OWNED = _CLAUSE_NOUNS | _PRONOUN_NOUNS | _SETTLED_NOUNS | w.TIME_NOUNS
"""Nouns after which 'it's' is 'it is' before a clause or as a whole ('it's time people knew', 'it's nothing')."""


def _next_is(words: list[Word], index: int, low: str) -> bool:
    return index < len(words) and words[index].low == low and words[index - 1].joined


_THEN = frozenset(("then",))
_STRONG_COMPARATIVES = frozenset("more less fewer rather other".split())
_OTHER_AS_PRONOUN = w.DETERMINERS | frozenset("each one some any".split())
_NOT_COMPARATIVE = frozenset("earlier later sooner longer further farther former latter never ever over under".split())
_THAN_FOLLOWERS = frozenset(
    "ever expected anticipated usual normal anyone anything anybody any a an the before previously planned "
    "forecast last those that in at predicted estimated projected hoped feared necessary needed "
    "originally initially".split()
)


class ThenThan(GrammarRule):
    id = "grammar.then-than"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Then' after a comparative, where 'than' is meant."
    why = (
        "'More then 100', 'bigger then expected', 'rather then wait', 'more complaints then last month', "
        "'later then scheduled': a comparison takes 'than'. 'Then' for time ('prices were higher then, he "
        "said'; 'it rose later then fell'; 'add more eggs then the flour') is left alone. 'Longer', 'later', "
        "'sooner' and 'earlier' after 'be' are adjectives that compare ('the trail is longer then the old "
        "one'), unless a clause follows ('it was later then the rain came')."
    )
    bad = (
        "I would rather walk then drive.",
        "More then 100 people came.",
        "The deficit was bigger then expected.",
        "He chose to resign rather then wait.",
        "No one other then the chairman saw the letter.",
        "She is taller then her brother.",
        "The bill was bigger then we expected, and higher then they were last year.",
        "He is older then me.",
        "The vaccine is more effective then the old one, and less costly then expected.",
        "There are more women then men in the class, and fewer cars then bikes.",
        "She is more experienced then her rival.",
        "The river is wider then it looks, and the job is harder then it seems.",
        "The march was more peaceful then the police expected, and cheaper then its critics feared.",
        "We sold fewer tickets then last season, and the show ran longer then planned.",
        "The new pump uses less power then its rival and has more memory then the old one.",
        "We sold more cars then Ford did, and better phones then Nokia and Motorola.",
        "I would rather stay home then go out, and he would rather eat at home then pay.",
        "Inflation rose faster then economists had expected, and costs were higher then we had feared.",
        "The striker has scored more goals this season then any other player.",
        "The new laptop is much lighter then the one I used at university.",
        "My brother is taller then my father now.",
        "The new trail is a bit longer then the old one, and the show was much longer then the first.",
        "Applications received later then March 1 will not be considered; send it no later then noon.",
        "We had more volunteers this year then ever before, so thank you all.",
        "Our clinic sees more patients on Mondays then on any other day of the week.",
        "Our new model uses 30 percent less energy then the previous version.",
        "Rainfall has been lower then average, and the repairs took longer then predicted.",
        "The repairs cost less then we could imagine, and the lot is bigger then you might think.",
        "This year's gala raised more then $480,000, and the raffle cost less then £5 a ticket.",
        "We scored more points in the first half then we had in the last two games.",
        "Registration costs less this year then it did last fall, and my daughter reads more books then I did.",
        "I would rather eat a simple bowl of pasta at home then wait; I'd sooner walk the extra mile then pay.",
        "The trail is more crowded then most guidebooks suggest, and it offers more shade then you might expect.",
        "Voters rejected the measure by a wider margin then most observers had predicted.",
        "The new dishwasher runs quieter then my old one, though the drying takes longer.",
        "Nobody was more excited then our coach when the final whistle blew.",
        "The cabin sits on a larger lot then most homes on the lake, with room for a garden.",
        "We sold more tickets in May then in the whole of last spring.",
        "Taking the train is often cheaper then renting a car for the week.",
        "The new garage will hold more cars then the old surface lot ever did.",
        "Children need more sleep then adults, and a card saves more money then paying off the balance.",
        "The new garage will hold fewer cars then the old lot ever did.",
    )
    good = (
        "I would rather walk now, then drive later.",
        "More than 100 people came.",
        "Prices were higher then, he said.",
        "The shares rose later then fell.",
        "Things were better then.",
        "One speaker talks, the other then signals trouble.",
        "The flood got bigger then her father left. It was later then we went home.",
        "The day got warmer then the clouds came.",
        "It grew more intense then the rain stopped; they were less careful then, he said.",
        "There were more cars then, and more people then moved in; we had more guests then friends came.",
        "He grew more relaxed then the team arrived; she felt more settled then.",
        "It got colder then her rival left; it was later then his team won.",
        "The sky grew darker then it looked like rain; it got louder then it seemed to stop.",
        "It grew quieter then the police arrived, and calmer then the crowd left.",
        "She was stronger then the new coach arrived and changed everything.",
        "She took more photos then the light faded; add two more eggs then the flour; I stayed longer then left.",
        "We got better results then the next year; they hired more staff then the crisis began.",
        "They had more money then Smith arrived, and more staff then Google and Apple moved in.",
        "I would rather go now, then decide later. She was rather tired then went to bed.",
        "Prices rose faster, then economists expected a fall; it grew darker then Smith had planned to stop.",
        "We need more staff, then any other help; they hired more people and then anyone could apply.",
        "It was later then the rain came.",
        "Add more flour then the old eggs; we used less water then the previous tenants moved in.",
        "It got colder then we might think of leaving, and the road grew busier then you would guess why.",
        "We paid more, then $40 for the cab; the rest cost less then. $5 was all we had left.",
        "We hired more staff then they had a crisis; it got colder and then it was dark.",
        "He ate more, then he did the dishes.",
        "She was rather tired and then went to bed; I would rather not say, then go.",
        "We hiked farther, and then most of us expected rain; we stayed longer, then we expected snow.",
        "The lake grew quieter then my brother started the engine; we bought a larger boat then most friends left.",
        "Prices rose more in March then in April they fell; we sold more in May then in June sales collapsed.",
        "She grew stronger then running the drills became easy for her.",
        "We need more chairs, then tables; we bought more bread then the cheese ran out.",
        "Stir in more sugar then the lemon zest; pour more water then the stock.",
        "Mix in more flour then the eggs; people need more sleep, then exercise.",
    )
    fixed = (
        "I would rather walk than drive.",
        "More than 100 people came.",
        "The deficit was bigger than expected.",
        "He chose to resign rather than wait.",
        "No one other than the chairman saw the letter.",
        "She is taller than her brother.",
        "The bill was bigger than we expected, and higher than they were last year.",
        "He is older than me.",
        "The vaccine is more effective than the old one, and less costly than expected.",
        "There are more women than men in the class, and fewer cars than bikes.",
        "She is more experienced than her rival.",
        "The river is wider than it looks, and the job is harder than it seems.",
        "The march was more peaceful than the police expected, and cheaper than its critics feared.",
        "We sold fewer tickets than last season, and the show ran longer than planned.",
        "The new pump uses less power than its rival and has more memory than the old one.",
        "We sold more cars than Ford did, and better phones than Nokia and Motorola.",
        "I would rather stay home than go out, and he would rather eat at home than pay.",
        "Inflation rose faster than economists had expected, and costs were higher than we had feared.",
        "The striker has scored more goals this season than any other player.",
        "The new laptop is much lighter than the one I used at university.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, then_index in occurrences(doc, _THEN):
            index = then_index - 1
            if index < 0 or not words[index].joined or then_index + 1 >= len(words):
                continue
            if not words[then_index].joined and not _then_an_amount(doc, words, then_index):
                continue
            word, following, after = words[index], words[then_index], words[then_index + 1]
            if word.low in _STRONG_COMPARATIVES:
                pronoun = index > 0 and words[index - 1].low in _OTHER_AS_PRONOUN
                if word.low == "other" and pronoun and not _no_one_other(words, index):
                    continue  # "the other then signals": 'other' is a pronoun here
                verb_forms = w.verb_tags(after.low)
                if verb_forms & {"VBD", "VBZ"} and after.low not in ("expected", "anticipated", "planned"):
                    continue  # "more, then left": 'then' starts a new action
            elif (
                not (_comparative_before(words, index) and _than_follows(words, then_index + 1))
                and _rather_then(words, then_index) is None
                and not _more_nouns_then(words, index)
                and not _than_the_previous(words, index)
                and not _later_then_expected(words, index)
                and not (_late_adjective(words, index) and _than_follows(words, then_index + 1))
                and _compared_further_back(words, then_index) is None
                and not (_compared_noun(words, index) is not None and _noun_compared_to(doc, words, then_index))
                and _echoed_comparison(words, then_index) is None
                and _expected_comparison(words, then_index) is None
                and not (
                    (_comparative_before(words, index) or _more_noun_before(words, index))
                    and _gerund_compared(words, then_index + 1)
                )
                and not (_more_noun_before(words, index) and _compared_phrase_ends(words, then_index))
                and _parallel_term(words, then_index) is None
            ):
                continue
            fixed = match_case("than", following.text)
            two_words = index > 0 and words[index - 1].low in ("more", "less") and word.low not in _STRONG_COMPARATIVES
            compared = f"{words[index - 1].text} {word.text}" if two_words else word.text
            comparative_at = None if word.low in _STRONG_COMPARATIVES else _compared_noun(words, index)
            if comparative_at is not None:
                compared = " ".join(part.text for part in words[comparative_at : index + 1])
            preferring = _rather_then(words, then_index)
            if preferring is not None:
                compared = words[preferring].text  # 'rather', 'sooner'
            echoed = _echoed_comparison(words, then_index) if comparative_at is None else None
            if echoed is None and comparative_at is None:
                echoed = _expected_comparison(words, then_index)
            if echoed is not None and not _comparative_before(words, index):
                compared = words[echoed].text  # "more points in the first half then they had"
            parallel = _parallel_term(words, then_index) if word.low not in _STRONG_COMPARATIVES else None
            if parallel is not None and comparative_at is None and not _comparative_before(words, index):
                compared = words[parallel].text  # "more deals in March then in the first quarter"
            further = _compared_further_back(words, then_index) if word.low not in _STRONG_COMPARATIVES else None
            if further is not None and comparative_at is None and not _comparative_before(words, index):
                compared = words[further].text  # "more goals this season then any other"
            message = f"After the comparative '{compared}', write '{fixed}', not '{following.text}'."
            yield self.replace_word(following, fixed, message)


_MORE_OR_FEWER = frozenset("more less fewer".split())
_CURRENCY_SIGNS = frozenset("$£€")


def _then_an_amount(doc: Document, words: list[Word], then_index: int) -> bool:
    """'more then $480,000', 'less then £5': a sum of money after 'more', 'less' or 'fewer' and 'then',
    its sign between the words."""
    amount = words[then_index + 1]
    between = doc.text[words[then_index].end : amount.start].strip()
    return between in _CURRENCY_SIGNS and amount.text[:1].isdigit() and words[then_index - 1].low in _MORE_OR_FEWER


def _gerund_compared(words: list[Word], index: int) -> bool:
    """An -ing form at ``index`` with its object after a comparative's 'then' ("cheaper then using a
    travel site"): what is compared, unless a finite verb soon follows ("stronger then running the
    team became easy": a clause of time)."""
    gerund = words[index]
    if not gerund.low.endswith("ing") or "VBG" not in w.verb_tags(gerund.low) or not words[index - 1].joined:
        return False
    following = _next(words, index)
    if following is not None and following.low in _GERUND_PARTICLES:
        following = _next(words, index + 1)  # "then paying off the smallest balance"
    if following is None or not (following.low in w.ARTICLES or following.low in w.POSSESSIVES):
        return False
    for later in words[index + 2 : index + 6]:
        if w.plainly_finite(later.low) or w.plainly_past(later.low) or later.low in w.MODALS:
            return False
    return True


_GERUND_PARTICLES = frozenset("off up out down back".split())

_PARALLEL_PREPOSITIONS = frozenset("in on at during for among".split())


def _parallel_term(words: list[Word], then_index: int) -> int | None:
    """Where 'more', 'fewer', 'less' or a comparative stands a few words before 'then' and a
    preposition that also stands between them, or after a phrase of time ("closed more deals in March
    then in the entire quarter", "higher this year then in any season"): the second term of the
    comparison, unless a subject or a finite verb follows ("more in March then in April we stopped")."""
    after = _next(words, then_index)
    if after is None or after.low not in _PARALLEL_PREPOSITIONS:
        return None
    between: list[str] = []
    for at in range(then_index - 1, max(then_index - 7, -1), -1):
        word = words[at]
        if not word.joined or word.low in ("and", "or", "but") or word.low in w.SUBJECT_PRONOUNS:
            return None
        if word.low in _MORE_OR_FEWER or _comparative(word.low):
            if not between:
                return None
            timed = len(between) >= 2 and between[-1] in ("this", "last", "next") and between[-2] in w.TIME_NOUNS
            if after.low not in between and not timed:
                return None
            break
        if w.only_finite(word.low) and not (word.capitalised and not word.sentence_start):
            return None  # "it rose in March then in April": a verb of its own (not the month 'May')
        between.append(word.low)
    else:
        return None
    previous = after
    for later in words[then_index + 2 : then_index + 10]:
        if later.low in _AFTER_TOTAL:
            break
        if later.low in w.SUBJECT_PRONOUNS or w.only_finite(later.low):
            return None
        if "NOUN" in w.tags(previous.low) and w.verb_tags(later.low) & _FINITE_FORMS:
            return None  # "then in the second half the team collapsed": a clause of time
        if not later.joined:
            break
        previous = later
    return at


_AFTER_TOTAL = frozenset(("combined",))
_FINITE_FORMS = frozenset(("VBD", "VBZ"))
"""Participles that end a compared phrase ('the rest of the year combined'), not a clause's verb."""


_ANY_COMPARED = frozenset("other previous one".split())


def _compared_further_back(words: list[Word], then_index: int) -> int | None:
    """Where 'more', 'less' or 'fewer' stands a few words before 'then any other …', 'then anyone' or
    'then ever before' in the same stretch (a preposition may come first: 'then on any other day'),
    with no 'and' or 'or' between and no verb after the second term ("scored more goals this season
    then any other player"; not "hired more people and then anyone could apply")."""
    term = then_index  # the word before the compared term: 'then', or the preposition after it
    after = _next(words, term)
    if after is not None and after.low in ("on", "in", "at", "for") and _next_is(words, term + 2, "any"):
        term += 1  # "more patients on Mondays then on any other day"
        after = words[term + 1]
    if after is None:
        return None
    end = term + 1
    if after.low == "any":
        beyond = _next(words, term + 1)
        if beyond is None or beyond.low not in _ANY_COMPARED:
            return None
        end = term + 3  # past 'any other' and its noun
    elif after.low == "ever":
        beyond = _next(words, term + 1)  # "more volunteers this year then ever before"
        if beyond is not None and beyond.low != "before":
            return None
        end = term + 2
    elif after.low not in ("anyone", "anybody", "anything"):
        return None
    following = _next(words, end) if end < len(words) else None
    if following is not None and (following.low in w.MODALS or w.plainly_finite(following.low)):
        return None  # "then anyone could apply": a clause of its own
    for back in range(then_index - 1, max(then_index - 6, 0), -1):
        if not words[back].joined or words[back].low in _CLAUSE_JOINERS:
            return None
        if words[back].low in _MORE_OR_FEWER:
            return back
    return None


_CLAUSE_JOINERS = frozenset("and or but".split())


def _no_one_other(words: list[Word], index: int) -> bool:
    """'other' after 'no one' or 'any one' ("No one other then the chairman saw it"): the pronoun
    'no one', and 'other than' after it; not "each one other then left"."""
    return (
        index >= 2
        and words[index - 1].low == "one"
        and words[index - 2].low in ("no", "any")
        and words[index - 2].joined
        and words[index - 1].joined
    )


_COMPARED_STANDARDS = frozenset("previous original current standard average national".split())


def _than_the_previous(words: list[Word], index: int) -> bool:
    """'more', 'less' or 'fewer' and a noun (an adjective between or not) before 'then', and 'the
    previous', 'the original', 'the average' … and a noun with no verb after it ("uses 30 percent less
    energy then the previous version"): what the amount is compared with, which only 'than' introduces."""
    then_index = index + 1
    if then_index + 2 >= len(words) or words[then_index + 1].low != "the":
        return False
    if words[then_index + 2].low not in _COMPARED_STANDARDS or not words[then_index + 1].joined:
        return False
    if "NOUN" not in w.tags(words[index].low):
        return False
    opener = index - 1 if index > 0 and words[index - 1].low in _MORE_OR_FEWER else index - 2
    if opener < 0 or words[opener].low not in _MORE_OR_FEWER:
        return False
    if not all(word.joined for word in words[opener:then_index]):
        return False
    beyond = _next(words, then_index + 3) if then_index + 3 < len(words) else None
    return beyond is None or not w.may_be_finite(beyond.low)  # not "less water then the previous tenants moved in"


def _more_nouns_then(words: list[Word], index: int) -> bool:
    """'more', 'fewer' or 'less' and a plural noun (with an adjective, perhaps) before 'then', and a
    plural noun of the same sort after it that ends the phrase: "more women then men in the class",
    "fewer cars then bikes". Not "there were more cars then, and", "more people then came": a
    comma, or a verb after 'then'."""
    noun, then_index = words[index].low, index + 1
    if not _plural(noun) or then_index + 1 >= len(words) or not _more_before(words, index):
        return False
    other = words[then_index + 1].low
    if not _plural(other) or (w.verb_tags(other) & {"VBZ"} and "NOUN" not in w.tags(other)):
        return False
    beyond = _next(words, then_index + 1)
    return beyond is None or not w.may_be_finite(beyond.low)  # "more people then men came"? a clause


def _more_noun_before(words: list[Word], index: int) -> bool:
    """'more', 'fewer' or 'less' and a noun (with an adjective, perhaps) end at ``index``: "more cars",
    "more sleep", "less fresh water"."""
    return "NOUN" in w.tags(words[index].low) and not words[index].capitalised and _more_before(words, index)


def _more_before(words: list[Word], index: int) -> bool:
    """'more', 'fewer' or 'less' stands right before ``index``, or before an adjective that is only one
    ("more young women")."""
    opener = index - 1
    if (
        opener >= 1
        and words[opener].joined
        and words[opener].low not in _MORE_OR_FEWER  # 'fewer' is only an adjective to the word tables
        and w.tags(words[opener].low) == {"ADJ"}
    ):
        opener -= 1
    return opener >= 0 and words[opener].joined and words[opener].low in _MORE_OR_FEWER


_COMPARED_CLAUSE_ENDS = frozenset("do does did ever can could will would".split())


def _compared_phrase_ends(words: list[Word], then_index: int) -> bool:
    """After 'then', a noun phrase that ends the clause, or whose verb is only 'do', 'did' or a modal
    ("more cars then the old surface lot ever did", "more sleep then adults, and"): the second term of
    a comparison. Not in a clause that opens with a bare verb, a recipe's or a list's order of steps
    ("Add two more eggs then the flour"; but "People need more sleep then adults", whose verb follows)."""
    start = then_index - 1
    while start > 0 and words[start - 1].joined:
        start -= 1  # the clause's first word: "…; pour more water then the stock"
    opener, second = words[start].low, words[start + 1].low
    if "VB" in w.verb_tags(opener) and not w.may_be_finite(second):
        return False  # "Add two more eggs then the flour", "Mix in more flour then the eggs": steps in order
    at = then_index + 1
    if at < len(words) and words[at].low in w.DETERMINERS and words[at].joined:
        at += 1
    start = at
    while (
        at < len(words) and at - start < 4 and w.tags(words[at].low) & w.NOUN_OR_ADJECTIVE and not words[at].capitalised
    ):
        if not words[at].joined or at + 1 == len(words):
            return "NOUN" in w.tags(words[at].low)  # the phrase ends the clause: "then adults, and"
        following = words[at + 1].low
        if following in _COMPARED_CLAUSE_ENDS and "NOUN" in w.tags(words[at].low):
            return _clause_done(words, at + 1)  # "then the old lot ever did", "then adults do"
        at += 1
    return False


def _clause_done(words: list[Word], at: int) -> bool:
    """The words from ``at`` are only 'ever', 'do'/'did' or a modal and perhaps 'ever' again, then the
    clause's end ('ever did.', 'do,')."""
    end = at
    while end < len(words) and end - at < 2 and words[end].low in _COMPARED_CLAUSE_ENDS:
        if not words[end].joined or end + 1 == len(words):
            return words[end].low != "ever"
        end += 1
    return False


_SCHEDULE_WORDS = frozenset(
    "expected anticipated planned scheduled intended predicted forecast usual normal necessary needed".split()
)
"""What 'than' compares a time or a length with ('later then scheduled', 'longer then planned')."""
_LATE_OR_LONG = frozenset("later longer sooner earlier".split())
"""Comparatives of time that are also adverbs of time ('I stayed longer then left')."""


_DEGREE_BEFORE_COMPARATIVE = frozenset("a bit much slightly even far no little lot somewhat".split())


def _late_adjective(words: list[Word], index: int) -> bool:
    """'longer', 'later', 'sooner' or 'earlier' after a form of 'be' (past 'a bit', 'much' …): the
    adjective, which compares ("the new trail is a bit longer then the old one"), not the adverb of
    time ("I stayed longer then left")."""
    if words[index].low not in _LATE_OR_LONG:
        return False
    at = index - 1
    while at > 0 and words[at].low in _DEGREE_BEFORE_COMPARATIVE and words[at].joined:
        at -= 1
    return at >= 0 and words[at].joined and words[at].low in w.BE_FORMS


def _later_then_expected(words: list[Word], index: int) -> bool:
    """'later', 'longer', 'sooner' or 'earlier', then 'then' and a word of schedule that ends the phrase
    ("the train arrived later then scheduled"), or a subject and what it expected ("took longer then
    we hoped"). These comparatives are also adverbs of time ('I stayed longer then left'), so only
    what plainly compares is read."""
    if words[index].low not in _LATE_OR_LONG:
        return False
    after, verb = words[index + 2], _next(words, index + 2)
    if after.low in _SCHEDULE_WORDS:
        return verb is None or verb.low in _AFTER_BARE_NOUN or index + 3 == len(words)
    if after.capitalised and after.low in w.MONTHS and verb is not None and verb.low[:1].isdigit():
        return True  # "received later then March 1": a date, which only 'than' compares with
    if after.low in ("noon", "midnight") and (verb is None or verb.low in _AFTER_BARE_NOUN):
        return True  # "no later then noon"
    return after.low in w.SUBJECT_PRONOUNS and verb is not None and verb.low in _THAN_VERBS


_NOUN_COMPARATIVES = frozenset("more less fewer better worse bigger smaller greater higher lower".split())
"""Comparatives before a noun that 'than' compares: "more complaints then last month", "better
tools then these"."""
_THAN_ALONE = frozenset(
    "nothing everything everyone everybody anyone anybody anything others usual ever before".split()
)
"""Words that stand alone as the second term of a comparison ('better then nothing', 'more then ever')."""
_PRONOUN_HEADS = frozenset("one ones rest average others".split())
_MOST_OR_MANY = frozenset("most many".split())
"""Heads after an article that stand for the compared noun ('more memory then the old one')."""


def _compared_noun(words: list[Word], index: int) -> int | None:
    """Where a comparative opens the noun (maybe after one adjective) at ``index`` that 'then' follows:
    "more complaints", "less fuel", "better tools", "more useful tools"; None when there is none. A
    comparative that opens the sentence counts too ("More complaints then last month reached us")."""
    noun = words[index].low
    if "NOUN" not in w.tags(noun) or w.tags(noun) & {"ADJ", "ADV"} or noun in _NOUN_COMPARATIVES:
        return None
    at = index - 1
    if (
        at >= 1
        and words[at].joined
        and words[at].low not in _NOUN_COMPARATIVES
        and w.tags(words[at].low) == {"ADJ"}
        and not (_comparative(words[at].low) and words[at - 1].low == "a")
    ):
        at -= 1  # "more useful tools"
    if at < 0 or not words[at].joined:
        return None
    if words[at].low not in _NOUN_COMPARATIVES and not (
        _comparative(words[at].low) and at > 0 and words[at - 1].low == "a"
    ):
        return None  # "a larger lot then most homes": a comparative adjective after 'a' opens the noun too
    return at


def _noun_compared_to(doc: Document, words: list[Word], then_index: int) -> bool:
    """After 'then', what a comparison of nouns is made with, ending its phrase: an object pronoun
    ('more patience then me.'), 'anyone', 'nothing', 'last' or 'previous' ('then last month'), a
    demonstrative alone ('better tools then these.'), a possessive and its noun ('less fuel then its
    predecessor'), an article and a pronoun-like head ('then the old one'). Not in an instruction
    ('Add two more eggs then the flour'), nor before a clause or a bare article and noun ('more
    staff then the crisis began', 'better results then the next year'): 'then' of time."""
    if sentence_tags(doc, words)[0] == "VB":
        return False  # an imperative's list of steps: "Use less water then stir"
    at = then_index + 1
    after = words[at]
    ends = _phrase_ends(words, at)
    if after.low in _THAN_PRONOUNS or after.low in _THAN_ALONE:
        return ends or after.low in ("anyone", "anybody", "anything")  # "then anyone else"
    if after.low in ("last", "previous"):
        return True
    if after.low[:1].isdigit():
        last = at
        while last + 1 < len(words) and words[last + 1].low.isdigit() and words[last + 1].start == words[last].end + 1:
            last += 1  # "5,000"
        beyond = _next(words, last)  # not "more workers then 5,000 were laid off": a clause of time
        clause = beyond is not None and (w.only_finite(beyond.low) or "VBD" in w.verb_tags(beyond.low))
        return beyond is None or not (beyond.low == "of" or clause)  # "then 2008 hit": a clause of time
    if after.low in ("these", "those"):
        return ends
    if after.text[:1].isupper() and after.low != "i":
        return _names_end(words, at)  # "better companies then GE and Google."
    if at + 1 >= len(words) or not after.joined:
        return False
    head = at + 1
    if after.low in w.ARTICLES:
        if "ADJ" in w.tags(words[head].low) and head + 1 < len(words) and words[head].joined:
            head += 1  # "the old one"
        return words[head].low in _PRONOUN_HEADS and _phrase_ends(words, head)
    if after.low in _MOST_OR_MANY and _plural(words[head].low) and words[head].joined:
        beyond = _next(words, head)  # "a larger lot then most homes in the subdivision", not "then most homes sold"
        return beyond is None or not (
            w.plainly_finite(beyond.low) or w.plainly_past(beyond.low) or beyond.low in w.MODALS
        )
    if after.low in w.POSSESSIVES and after.low != "her":
        beyond = _next(words, head)  # "then his father did"
        ends = _phrase_ends(words, head) or (beyond is not None and beyond.low in _AUXILIARY_ENDS)
        return "NOUN" in w.tags(words[head].low) and ends
    return False


def _names_end(words: list[Word], at: int) -> bool:
    """A capitalised name at ``at``, maybe two joined by 'and' or 'or', that ends the clause or has only
    an auxiliary after it ("then GE and Google.", "then Smith did"): the second term of a comparison;
    not "then Smith arrived", a clause of time."""
    last = at
    while last + 1 < len(words) and words[last].joined and words[last + 1].text[:1].isupper():
        last += 1  # "then New York"
    nxt = _next(words, last)
    if nxt is not None and nxt.low in ("and", "or") and last + 2 < len(words) and words[last + 2].text[:1].isupper():
        last += 2
        nxt = _next(words, last)
    if nxt is None:
        return True
    return nxt.low in _AUXILIARY_ENDS and _phrase_ends(words, last + 1)


def _plural(low: str) -> bool:
    return w.is_plural_noun(low) or w.is_irregular_plural(low) or low == "people"


def _rather_then(words: list[Word], index: int) -> int | None:
    """Where 'rather' or 'sooner' stands before 'then' at ``index``, with a bare verb after it (and up
    to eight words of its phrase) and a bare verb after 'then': "I would rather walk then drive",
    "rather eat a simple bowl of pasta at home then wait", "I'd sooner walk the extra mile then pay";
    None when it does not ("rather go now, then decide" has its comma)."""
    at = index - 2
    while at >= 0 and index - at <= 10 and words[at].joined and words[at].low not in _PREFERRING:
        if words[at].low in _CLAUSE_JOINERS:
            return None  # "rather tired and then went to bed"
        at -= 1  # "rather stay home then", "rather eat at home then": the verb's phrase, no comma in it
    if at < 0 or words[at].low not in _PREFERRING or not words[at].joined or index - at > 10:
        return None
    before, after = words[at + 1].low, words[index + 1].low
    if "VB" in w.verb_tags(before) and (after == "to" or w.verb_tags(after) == {"VB", "VBP"}):
        return at
    return None


_PREFERRING = frozenset(("rather", "sooner"))


def _echoed_comparison(words: list[Word], then_index: int) -> int | None:
    """'then', a subject pronoun and an auxiliary that echoes the clause's verb, with nothing after it
    but a preposition, a time word or the end ("scored more points in the first half then they had in
    their previous two games", "costs less this year then it did last fall"), and 'more', 'less',
    'fewer' or a comparative in -er up to eight words back with no comma or 'and' between: the second
    term of a comparison (the comparative's place; None when it is not). Not "we hired more staff then
    they had a crisis": an object after the auxiliary makes it a new clause."""
    if then_index + 2 >= len(words) or words[then_index + 1].low not in w.SUBJECT_PRONOUNS:
        return None
    if not (words[then_index].joined and words[then_index + 1].joined):
        return None
    auxiliary = words[then_index + 2]
    if auxiliary.low not in _ECHOING:
        return None
    after = _next(words, then_index + 2)
    if after is not None and after.low not in w.PREPOSITIONS and after.low not in _ECHO_TIME_WORDS:
        return None
    return _comparative_back(words, then_index, 8)


def _expected_comparison(words: list[Word], then_index: int) -> int | None:
    """'then', a subject (a pronoun, or a determiner or quantifier and up to two more words), perhaps an
    auxiliary or a modal, and a verb of expecting ("more crowded then most guidebooks suggest", "a wider
    margin then most observers had predicted", "more storage then you might expect"), with 'more',
    'less', 'fewer' or a comparative in -er up to six words before 'then' and no comma or 'and'
    between: the second term of a comparison. The comparative's place, or None."""
    at = then_index + 1
    if at >= len(words) or not words[then_index].joined:
        return None
    if words[at].low in w.SUBJECT_PRONOUNS:
        at += 1
    elif words[at].low in _EXPECTERS_OPENERS:
        at += 1
        while at < len(words) and at <= then_index + 3 and "NOUN" in w.tags(words[at].low):
            head = w.is_plural_noun(words[at].low) or w.is_singular_count_noun(words[at].low)
            at += 1
            if head:
                break  # "most guidebooks", "the officials": the subject's head
    else:
        return None
    while at < len(words) and (words[at].low in _ECHOING or words[at].low in w.MODALS):
        at += 1  # "had predicted", "might expect"
    if at >= len(words) or words[at].low not in _EXPECTING or not run_of(words, then_index, at - then_index + 1):
        return None
    after = _next(words, at)
    following = after.low if after is not None else ""
    if (
        following
        and following not in _AFTER_EXPECTING
        and (following not in w.PREPOSITIONS or following in _THINKING_OBJECTS)
    ):
        return None  # "colder then the officials expected snow", "then we might think of leaving": a new clause
    return _comparative_back(words, then_index, 6)


def _comparative_back(words: list[Word], then_index: int, reach: int) -> int | None:
    """Where 'more', 'less', 'fewer' or a comparative in -er stands up to ``reach`` words before 'then',
    with no comma and no 'and', 'or' or 'but' between (None when none does)."""
    for back in range(then_index - 1, max(then_index - reach - 1, -1), -1):
        if not words[back].joined or words[back].low in _CLAUSE_JOINERS:
            return None
        if words[back].low in _MORE_OR_FEWER or _comparative(words[back].low):
            return back
    return None


_THINKING_OBJECTS = frozenset(("of", "about"))
_AFTER_EXPECTING = frozenset("it and but or so when last before".split())
"""What may follow the verb that ends a comparison's second term ('than we expected it to be', 'than
they predicted last year')."""
_EXPECTERS_OPENERS = frozenset("most many some the few all our their its his her experts officials".split())
_EXPECTING = frozenset(
    """expect expects expected think thinks thought imagine imagined predict predicts predicted suggest
    suggests suggested hoped feared anticipated forecast estimated believe believed realize realized guess
    guessed""".split()
)
_ECHOING = frozenset("did do does had has was were is are could would".split())
_ECHO_TIME_WORDS = frozenset("last before ever previously earlier yesterday this that".split())
_THAN_PRONOUNS = frozenset("me him us them others mine yours ours theirs hers".split())
_THAN_VERBS = frozenset(
    "expected thought imagined feared hoped predicted planned anticipated forecast estimated".split()
)
_AUXILIARY_ENDS = frozenset("am is are was were do does did have has had can could will would".split())
_APPEARING = frozenset("looks look seems seem sounds sound appears appear looked seemed sounded appeared".split())
"""Verbs of seeming that end the second term of a comparison ('wider then it looks.')."""


def _than_follows(words: list[Word], index: int) -> bool:
    """What follows the comparative's 'then' is the second term of a comparison: 'the', a number,
    'expected', an object pronoun ('taller then him'), a possessive and a noun that ends the phrase
    ('taller then her brother.'), or a subject and what it expected or an auxiliary that ends the
    clause ('bigger then we expected', 'higher then they were.'), or a noun and what it expected
    ('more peaceful then the police expected'). 'Bigger then her father left' and
    'later then we went' tell of time and stay quiet."""
    after = words[index]
    verb = _next(words, index)
    if after.low in w.ARTICLES or after.low in w.DEMONSTRATIVES or after.low in w.POSSESSIVES:
        expecting = _next(words, index + 1)  # "more peaceful then the police expected": a comparison
        if verb is not None and expecting is not None and expecting.low in _THAN_VERBS:
            return True
    if (
        after.low in w.ARTICLES
        or after.low in w.DEMONSTRATIVES
        or after.low == "average"
        or _owned_compared(words, index)
    ):
        return not _clause_follows(words, index + 1)  # "warmer then the clouds came", "then average rents rose": time
    if after.low in _THAN_FOLLOWERS or after.low in _THAN_PRONOUNS or after.low[:1].isdigit():
        return True
    if after.low in _THAN_ALONE:
        return _phrase_ends(words, index)  # "better then nothing.", not "better then nothing happened"
    if verb is None:
        return False
    if after.low in w.POSSESSIVES:
        noun = w.is_singular_count_noun(verb.low) or w.is_plural_noun(verb.low) or "NOUN" in w.tags(verb.low)
        return noun and _phrase_ends(words, index + 1)  # 'taller then her brother.', 'more experienced then her rival.'
    if _expected_by(words, index):
        return True  # 'faster then economists had expected', 'worse then we had feared'
    if after.low in w.SUBJECT_PRONOUNS:
        ends = verb.low in _AUXILIARY_ENDS or verb.low in _APPEARING  # 'higher then they were.', 'wider then it looks.'
        expecting = _next(words, index + 1)  # "more storage then you might expect": a modal, then the verb
        modal_expecting = (
            verb.low in w.MODALS
            and expecting is not None
            and expecting.low in _EXPECTING_BARE
            and (index + 3 >= len(words) or not words[index + 2].joined)  # not "then we might think of leaving"
        )
        return verb.low in _THAN_VERBS or modal_expecting or (ends and _phrase_ends(words, index + 1))
    return False


def _owned_compared(words: list[Word], index: int) -> bool:
    """A possessive at ``index`` and an adjective or a noun after it, read like an article's phrase
    ("quieter then my previous dishwasher, though", "more surprised then our director when the choir
    won"): a comparison unless a finite verb follows its noun ("warmer then her father left")."""
    if words[index].low not in w.POSSESSIVES or words[index].low == "her":
        return False  # 'her' may be the object ("colder then her rival left" is read as before)
    after = _next(words, index)
    return after is not None and bool(w.tags(after.low) & {"ADJ", "NOUN"}) and not after.capitalised


_EXPECTING_BARE = frozenset("expect think imagine guess believe".split())
"""Bare verbs of expecting after a modal that end a comparison's second term ('then you might expect')."""


_PERFECT_OR_DO = frozenset("had have has did".split())


def _expected_by(words: list[Word], index: int) -> bool:
    """A subject pronoun or a bare plural at ``index``, 'had', 'have' or 'did' maybe, and a verb of
    expecting ("then economists had expected", "then we had hoped"): the second term of a comparison."""
    subject = words[index]
    if subject.capitalised and subject.low not in w.SUBJECT_PRONOUNS:
        return False
    if not (subject.low in w.SUBJECT_PRONOUNS or w.is_plural_noun(subject.low)):
        return False
    at = index + 1
    if at < len(words) and words[at].low in _PERFECT_OR_DO and words[at - 1].joined:
        at += 1
    return at < len(words) and words[at - 1].joined and words[at].low in _THAN_VERBS


def _clause_follows(words: list[Word], index: int) -> bool:
    """A noun at ``index`` and a plainly finite verb after it: "the clouds came", "the wall fell"."""
    if index >= len(words) or not words[index - 1].joined:
        return False
    for _ in range(2):  # "stronger then the new coach arrived": the noun after its adjectives
        following = _next(words, index)
        if following is None or "ADJ" not in w.tags(words[index].low) or "NOUN" not in w.tags(following.low):
            break
        if following.low in w.SUBJECT_PRONOUNS:
            break  # "lighter then the one I used": a relative clause's subject ('I' is a letter's noun too)
        if w.is_plural_noun(words[index].low):
            break
        index += 1
    verb = _next(words, index)
    noun = words[index].low
    finite = verb is not None and (w.plainly_finite(verb.low) or w.plainly_past(verb.low))
    return finite and (w.is_plural_noun(noun) or "NOUN" in w.tags(noun))


_AFTER_COMPARED = _AFTER_BARE_NOUN | frozenset("now though anyway already too still".split())
"""What may follow the second term of a comparison ('taller then my father now')."""


def _phrase_ends(words: list[Word], index: int) -> bool:
    """The word at ``index`` ends its clause: the sentence or a punctuation mark comes next, or a preposition."""
    after = _next(words, index)
    return index + 1 == len(words) or after is None or after.low in _AFTER_COMPARED


def _comparative_before(words: list[Word], index: int) -> bool:
    """The word at ``index`` ends a comparative: 'bigger', or 'more' or 'less' and an adjective or an
    adverb ("more effective then the old one")."""
    low = words[index].low
    if _comparative(low):
        return True
    if index == 0 or not words[index - 1].joined or words[index - 1].low not in ("more", "less"):
        return False
    if "VBN" in w.verb_tags(low) and index > 1 and words[index - 2].low in _LINKING_FORMS and words[index - 2].joined:
        return True  # "Nobody was more surprised": a participle as an adjective after 'be' or 'feel'
    return bool(w.tags(low) & {"ADJ", "ADV"})


_LINKING_FORMS = w.BE_FORMS | frozenset("feel feels felt seem seems seemed look looks looked become became".split())


def _comparative(low: str) -> bool:
    if not low.endswith("er") or low in _NOT_COMPARATIVE:
        return False
    pos = w.parts_of_speech(low)
    lemmas = pos.get("ADJ", ()) + pos.get("ADV", ())
    return bool(lemmas) and low not in lemmas


_LOOSE = frozenset(("loose", "loosing"))
_BEFORE_LOSE = w.MODALS | w.NEGATED_MODALS | frozenset("to not never did does do don't doesn't didn't".split())
_NOT_NEVER = frozenset(("not", "never"))
_MODAL_OR_DO = _BEFORE_LOSE - _NOT_NEVER - {"to"}
"""Words straight after which 'loose' can only be the verb 'lose' ("could loose up to £500", "you can
loose so much"): the adjective needs a verb first ('could come loose', 'will break loose')."""


def _verb_slot(words: list[Word], at: int) -> bool:
    """``words[at]`` is a word of :data:`_BEFORE_LOSE` after which a bare verb stands: a modal or 'do',
    'not' or 'never' after one ("did not loose"; not "it is not loose"), or 'to' after no adjective ("nothing
    to loose"; not "from tight to loose")."""
    low = words[at].low
    if low in _MODAL_OR_DO:
        return True
    if low not in _BEFORE_LOSE:
        return False
    if at == 0 or not words[at - 1].joined:
        return low == "to" and at == 0  # "To loose weight, …": only a sentence's first 'to' has no word before
    before = words[at - 1].low
    if low == "to":
        tags = w.tags(before)
        if "ADJ" not in tags or tags & _NOUN_OR_VERB:
            return True
        # an adjective's infinitive ("easy to loose focus"), not a range ("from tight to loose")
        return not any(word.low == "from" for word in words[max(0, at - 3) : at - 1])
    return before in _MODAL_OR_DO or before == "to"


_NOUN_OR_VERB = frozenset(("NOUN", "VERB"))
_LOSE_OBJECTS = (
    w.DETERMINERS
    | w.OBJECT_PRONOUNS
    | frozenset("weight money track sight control interest faith hope touch ground power everything more out".split())
    | frozenset(
        "focus millions thousands billions hundreds sleep patience momentum confidence heart votes jobs".split()
    )
)


def _lost_thing(low: str) -> bool:
    """What the verb 'lose' takes: a determiner or pronoun, a thing often lost ('weight', 'sight'), or
    a number ('to loose ten kilos', 'could loose 5,000 jobs')."""
    return low in _LOSE_OBJECTS or low in w.CARDINALS or low[:1].isdigit()


class LooseLose(GrammarRule):
    id = "grammar.loose-lose"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Loose' (not tight) written for the verb 'lose'."
    why = (
        "'Could loose the election', 'loosing their jobs': the verb is 'lose'. 'Loose' is the adjective "
        "('a loose end', 'cut loose', 'break loose'), left alone."
    )
    bad = (
        "The party could loose the election.",
        "Workers are loosing their jobs.",
        "Try not to loose sight of it.",
        "We have nothing to loose. I fear we will loose, but we try.",
        "She wants to loose ten kilos, and the plant could loose 500 jobs.",
        "Households could loose up to 500 pounds a year, and you can loose so much.",
        "The fans were upset by the loose of their best player.",
        "Employees who loose their ID badge should report it.",
        "Teams that loose their first two matches are eliminated.",
        "Subscribers who cancel will not loose access until the end of the billing period.",
        "It is easy to loose focus after a win, and the city stands to loose millions.",
    )
    good = (
        "The dog broke loose.",
        "They tied up loose ends and cut him loose.",
        "The party could lose the election.",
        "The screw will come loose. The dogs were let loose, and the cattle ran loose.",
        "The screw could come loose; all hell will break loose; it is not loose; from tight to loose.",
        "The dog is on the loose of course; the loose ends of the rope were tied.",
        "We cut them loose the next day; it was the dog that loose the hens had chased.",
        "The knot will not come loose, and the dogs must not run loose; it is not loose access we fear.",
    )
    fixed = (
        "The party could lose the election.",
        "Workers are losing their jobs.",
        "Try not to lose sight of it.",
        "We have nothing to lose. I fear we will lose, but we try.",
        "She wants to lose ten kilos, and the plant could lose 500 jobs.",
        "Households could lose up to 500 pounds a year, and you can lose so much.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, word, following in _pairs(doc, _LOOSE):
            ends = following is None and word.low == "loose"  # "I will loose.", "nothing to loose,"
            before = words[index - 1] if index > 0 and words[index - 1].joined else None
            modal = (
                word.low == "loose"
                and before is not None
                and (before.low in _MODAL_OR_DO or (before.low in _NOT_NEVER and _verb_slot(words, index - 1)))
            )  # "could loose", "will not loose access": no adjective straight after a modal
            if word.low == "loose" and before is not None and before.low in _LOSS_OPENERS and following is not None:
                if following.low == "of" and not (index > 1 and words[index - 2].low == "on"):
                    fixed = match_case("loss", word.text)  # "upset by the loose of their best player"
                    yield self.replace_word(word, fixed, f"The noun is '{fixed}'; '{word.text}' means slack.")
                    continue
                if before.low != "that" or following.low not in w.POSSESSIVES:
                    continue  # "on the loose of …", "the loose ends"; but "teams that loose their matches"
            if not ends and not modal and (following is None or not _lost_thing(following.low)):
                continue  # ('to' may be a preposition, 'not' follow a copula: "from tight to loose", "is not loose")
            if word.low == "loose" and before is not None and _verb_slot(words, index - 1):
                replacement = "lose"
            elif word.low == "loose" and before is not None and before.low in _LOSE_SUBJECTS and following is not None:
                replacement = "lose"  # "employees who loose their badge", "if they loose the case"
            elif word.low == "loosing":
                replacement = "losing"
            else:
                continue
            fixed = match_case(replacement, word.text)
            message = f"The verb is '{fixed}'; '{word.text}' means slackening."
            yield self.replace_word(word, fixed, message)


_LOSE_SUBJECTS = frozenset("i we you they who that".split())
"""Subjects before which 'loose' + a lost thing is the verb ("who loose their badge"; a determiner's
noun may be the adjective's: "the screws loose the whole time" is not read)."""
_LOSS_OPENERS = frozenset("the their his her its our my your this that".split())
"""Determiners after which 'loose of' can only be the noun 'loss' ('the loose of their best player')."""
_EFFECT_NOUN_CONTEXT = frozenset(
    "a an the any no little big major significant lasting profound ripple side adverse knock-on domino direct "
    "indirect desired opposite same huge real noticeable negligible dramatic devastating detrimental harmful "
    "beneficial serious strong immediate long-term short-term measurable marked minimal considerable substantial "
    "tremendous enormous chilling cumulative overall unintended calming cooling small great".split()
)
"""Words before the noun 'effect' ('a noticeable affect on'); not 'positive' and 'negative', which
psychology's noun 'affect' takes ('negative affect on a daily scale'), nor the possessives ('her
affect on admission was flat')."""
_AFFECT_EFFECT = frozenset("affect affects effect effects effected".split())
_AFFECT_OBJECTS = frozenset("them us you him me people everyone anyone".split())


class AffectEffect(GrammarRule):
    id = "grammar.affect-effect"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Affect' used as the noun ('an affect on') or 'effect' as the verb with a person as object."
    why = (
        "'Effect' is the result ('an effect on prices'); 'affect' is the verb ('it will affect them'). "
        "Only unambiguous uses are flagged: 'affect' after an article or adjective and before 'on' or "
        "'of', and 'effect' with a personal object ('effect them'). 'Effect change' (bring about) is correct."
    )
    bad = (
        "The ruling had an affect on prices.",
        "The side affects of the drug.",
        "The cuts will effect us all.",
        "The new rules effect them badly, and they effect everyone.",
        "The law will go into affect next year, and the drug took affect quickly.",
        "The cuts had a devastating affect on the town and no noticeable affect on prices.",
        "Smoking has a bad affect on your lungs, and the rain had a welcome affect on the crops.",
        "The ban remains in affect until May.",
        "The decision had a negative affect on sales, and the news a positive affect on the economy.",
        "The storm's affects were felt as far north as the state line.",
        "Officials do not yet know what affect the plant closure will have on local tax revenue.",
    )
    good = (
        "The ruling had an effect on prices.",
        "The law will affect them.",
        "They want to effect change.",
        "The placebo effect people report is strong; the rules effect change in them.",
        "The study measured negative affect on a daily scale.",
        "Changes in affect are common; the study gives insight into affect and mood.",
        "Her interest is in affect regulation; differences in affect were small.",
        "Her affect on admission was flat, with positive affect on the second scale.",
        "He showed a flat affect on examination and a labile affect on the ward.",
        "Patients reported a negative affect on the first scale and a positive affect on testing.",
        "It affects us; that's affects for you; the patient's affect was flat; what it affects is unclear.",
        "We know what affect the patients had shown, and what affect the new staff have is the question.",
    )
    fixed = (
        "The ruling had an effect on prices.",
        "The side effects of the drug.",
        "The cuts will affect us all.",
        "The new rules affect them badly, and they affect everyone.",
        "The law will go into effect next year, and the drug took effect quickly.",
        "The cuts had a devastating effect on the town and no noticeable effect on prices.",
        "Smoking has a bad effect on your lungs, and the rain had a welcome effect on the crops.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, word, following in _pairs(doc, _AFFECT_EFFECT):
            previous = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if word.low == "affect" and _effect_phrase(words, index):
                fixed = match_case("effect", word.text)  # "the law goes into affect", "took affect"
                message = f"The phrase is '{words[index - 1].text} {fixed}': the noun is '{fixed}'."
                yield self.replace_word(word, fixed, message)
                continue
            if word.low == "affect" and previous == "what" and _subject_then_have(words, index + 1):
                fixed = match_case("effect", word.text)  # "what affect the closure will have on revenue"
                yield self.replace_word(
                    word, fixed, f"What something has is an '{fixed}' (the noun); '{word.text}' is the verb."
                )
                continue
            if word.low == "affects" and _after_possessive(words, index):
                fixed = match_case("effects", word.text)  # "the storm's affects were felt"
                yield self.replace_word(
                    word, fixed, f"After a possessive the noun is '{fixed}'; '{word.text}' is the verb."
                )
                continue
            if following is None:
                continue
            if (
                word.low in ("affect", "affects")
                and following.low in ("on", "of")
                and (previous in _EFFECT_NOUN_CONTEXT or _article_and_adjective(words, index))
            ):
                fixed = match_case("effect" + word.low[6:], word.text)
                message = f"The noun is '{fixed}'; '{word.text}' is the verb."
            elif (
                word.low in ("effect", "effects", "effected")
                and following.low in _AFFECT_OBJECTS
                and (
                    previous in w.MODALS
                    or previous in ("to", "not", "would", "will")
                    or word.low != "effect"
                    or _effect_after_subject(previous, following.low)
                )
            ):
                fixed = match_case("affect" + word.low[6:], word.text)
                message = f"The verb meaning 'to influence' is '{fixed}'; '{word.text}' means 'to bring about'."
            else:
                continue
            yield self.replace_word(word, fixed, message)


def _subject_then_have(words: list[Word], start: int) -> bool:
    """A determiner's phrase of up to four words from ``start`` on, then 'have', 'has' or 'had' (a modal
    before or not) and 'on', joined: "what affect the plant closure will have on revenue": what the subject
    has on something, a noun. Not "what affect the patients had shown" (a psychologist's 'affect')."""
    if start >= len(words) or words[start].low not in w.DETERMINERS:
        return False
    for at in range(start + 1, min(start + 7, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if low in w.HAVE_FORMS:
            return at > start + 1 and at + 1 < len(words) and words[at].joined and words[at + 1].low == "on"
        if low in w.MODALS:
            continue
        if not w.tags(low) & w.NOUN_OR_ADJECTIVE or low in w.AUXILIARIES:
            return False
    return False


def _after_possessive(words: list[Word], index: int) -> bool:
    """A possessive noun ('the storm's', 'Monday's', 'drugs'') straight before ``words[index]``: what
    follows it is a noun ('the storm's affects': 'effects'), for no verb in -s stands there."""
    if index == 0 or not words[index - 1].joined:
        return False
    previous = words[index - 1].low
    return previous.endswith(("'s", "’s")) and previous not in _BE_BEFORE_POSSESSIVE  # not 'it's', 'that's'


def _effect_after_subject(previous: str, following: str) -> bool:
    """'effect' as a present verb after its subject: a plural pronoun ('they effect us all'), or a
    plural noun before an object pronoun ('the new rules effect them'). Before 'you', 'people' or
    'everyone' a noun's 'effect' may be the noun with a relative clause ('the placebo effect people
    report'), which 'them' or 'us' cannot open."""
    if previous in ("they", "we", "i"):
        return True
    return following in w.OBJECT_ONLY_PRONOUNS and w.is_plural_noun(previous)


_AFFECT_ADJECTIVES = frozenset(
    """flat blunted restricted constricted labile shallow inappropriate incongruent depressed anxious
    euthymic dysphoric positive negative""".split()
)
"""Adjectives of psychology's noun 'affect' ('a flat affect on examination'): left alone."""
_EFFECT_ARTICLES = frozenset("a an no little".split())


def _article_and_adjective(words: list[Word], index: int) -> bool:
    """'affect' after 'a', 'an', 'no' or 'little' and an adjective ('a bad affect on', 'no real
    affect on'): the noun 'effect' with its own adjective, unless the adjective is one of
    psychology's (:data:`_AFFECT_ADJECTIVES`)."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
        return False
    adjective = words[index - 1].low
    if words[index - 2].low in ("a", "an") and adjective in _VALENCES and _effect_on_something(words, index):
        return True  # "a negative affect on sales": psychology's 'negative affect' is no influence on a thing
    return (
        words[index - 2].low in _EFFECT_ARTICLES and adjective not in _AFFECT_ADJECTIVES and "ADJ" in w.tags(adjective)
    )


_VALENCES = frozenset(("positive", "negative"))
_CLINICAL = frozenset(
    "examination exam testing test tests assessment admission presentation interview evaluation scale scales "
    "measure measures ward".split()
)
"""Words after 'on' where psychology's 'affect' is observed or measured ('a flat affect on examination',
'a negative affect on the first scale')."""


def _effect_on_something(words: list[Word], index: int) -> bool:
    """'on' and a word that is no clinical setting follow the 'affect' at ``index`` ('on sales', 'on the
    economy'; not 'a negative affect on examination')."""
    on = index + 1
    if on + 1 >= len(words) or words[on].low != "on" or not (words[index].joined and words[on].joined):
        return False
    return not any(word.low in _CLINICAL for word in words[on + 1 : on + 4])


_TAKE_FORMS = frozenset("take takes took taken taking".split())
_INTO_VERBS = frozenset("go goes went gone going come comes came coming put puts putting bring brings brought".split())
_IN_EFFECT_BEFORE = w.BE_FORMS | frozenset(
    "remain remains remained remaining stay stays stayed now still already".split()
)
"""Words before 'in affect' that make it the rule's 'in effect' ("the ban remains in affect until May"); after a
noun it is the psychologist's ('changes in affect')."""
_AFTER_IN_EFFECT = frozenset(
    """until till from since for as throughout across today tomorrow tonight now immediately again yet
    when while unless""".split()
)
"""What follows 'in effect' of a rule ("in affect until May", "in affect from today"); the clause may also end there."""


def _effect_phrase(words: list[Word], index: int) -> bool:
    """'affect' in a set phrase of the noun 'effect': 'take affect', 'go into affect', 'come into
    affect', 'put into affect'. Not the psychologist's noun ('changes in affect', 'insight into
    affect'), which no such verb comes before."""
    if index == 0 or not words[index - 1].joined:
        return False
    previous = words[index - 1].low
    if previous in _TAKE_FORMS:
        return True
    if previous == "in" and index > 1 and words[index - 2].joined and words[index - 2].low in _IN_EFFECT_BEFORE:
        after = words[index + 1] if index + 1 < len(words) and words[index].joined else None
        return after is None or after.low in _AFTER_IN_EFFECT  # not "is in affect regulation", "in affect and mood"
    return previous == "into" and index > 1 and words[index - 2].joined and words[index - 2].low in _INTO_VERBS


_YOUR_TRIGGERS = frozenset(("your", "you're", "you’re"))
_YOU_ARE_NEXT = frozenset("a an the not so too gonna".split())
"""Not "going" or "being": "your going there surprised me" is the possessive with a gerund."""
_CLAUSE_BEFORE = frozenset("if when because while that as since whether".split())
_PROGRESSIVE_BEFORE = _CLAUSE_BEFORE | frozenset(("sure", "unless", "once", "until"))
"""Words after which 'your' and an -ing verb open a clause ("make sure your running the latest")."""
_YOURE_FINE = frozenset("home here there right done welcome fine sure back out online ok okay".split())


class YourConfusion(GrammarRule):
    id = "grammar.your-confusion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Your' where 'you're' (you are) is meant, or 'you're' where the possessive 'your' is."
    why = (
        "'You're' is 'you are'; 'your' is the possessive. Only clear cases are reported: 'your' before "
        "'a', 'the', 'not', 'so', 'too' or 'going' ('if your a developer'), 'your' opening a clause before an "
        "adjective that ends its phrase ('I think your right about it', 'if your interested in'), 'your' as "
        "the subject of a question ('Have your seen it?'), 'your welcome' at the end "
        "of a sentence or before an infinitive ('your welcome to attend'), and 'you're' before a word "
        "that can only be a noun ('you're mother') or a singular noun that needs an article ending its "
        "phrase ('for you're letter of March 3'), after a preposition ('about you're plans') or where an object "
        "goes ('I found you're wallet', 'it was you're best idea'); not a role ('you're captain now') or a "
        "compound adjective ('you're money hungry')."
    )
    bad = (
        "If your planning to travel on Saturday, check the timetable first.",
        "Let's see if your a developer.",
        "Your so annoying!",
        "Thanks! Your welcome.",
        "Is that you're car?",
        "Call me if your looking for a room.",
        "When your driving at night, slow down.",
        "Thank you for you're letter of March 3.",
        "Your welcome to attend the meeting.",
        "We asked if your coming to the hearing.",
        "Have your seen the report?",
        "I think your right about that.",
        "Let me know if your interested in the job.",
        "That's you're problem, and you're own fault.",
        "Your going to need a permit for that.",
        "We talked about you're plans. I found you're wallet on the bus. I like you're new haircut.",
        "Tell us if your using multiple servers. We lost you're bags and took you're keys.",
        "I hope your safe there, and I think your happy here. I hope your feeling better.",
        "Maybe your right. Yes, your right. I think your really clever.",
        "Your invited to the launch on Friday, and your supposed to sign in.",
        "Make sure your running the latest version before you open an issue.",
        "Once your logged in, you can view past orders and track shipments.",
        "Please make sure your wearing comfortable shoes for the workshop on Saturday.",
        "Once your finished with the survey, drop it in the box; if your worried about the cost, call us.",
        "Once done, your ready to sign up for a shift, and you're continued support makes it possible.",
        "If you think your going to miss the deadline, call us, or your going to have a hard time.",
        "Make sure your aware of the new policy, and I think your right that the city needs lanes.",
        "When your finished sanding, wipe it; once your done, log out. Tell us what your working on this week.",
        "Check that you're daughter's name is spelled correctly on the form.",
        "Please make sure you're email address matches the one on file.",
        "If you're dogs bark at night, the neighbors will complain.",
        "Remember to bring you're library card if you want to borrow books.",
    )
    good = (
        "Your planning to the last detail paid off; if your planning team agrees, we go.",
        "You're a developer; your code is fine.",
        "Your welcome pack arrived, and your so-called plan too; your The Economist renewal is due.",
        "Your ready-made meals arrive Monday; you're kind to say so; you're generous people, and we thank you.",
        "You're home early; you're right.",
        "Your going-away party.",
        "If your building on the hill floods, call us.",
        "When your thinking is clear, write.",
        "If your swimming pool leaks, drain it.",
        "Now you're captain of the team; you're boss here. Your welcome to the team was warm.",
        "You're president now, and you're money hungry.",
        "Have your say, and did your mother call?",
        "Do your best; I know your right to appeal.",
        "Did your vet take x-rays? I think your old car is fine.",
        "That's your problem; you're right; what's yours is mine; the truth is you're right.",
        "Your going to school every day made us proud.",
        "I understand you're upset; we saw you're online now; I think you're family, and the truth is you're first.",
        "I see you're friends; we heard you're twins; if your building plans change, call.",
        "I hope your safe is locked. I paid, I think, your fine. We know your busy days.",
        "I hope your feeling of dread fades; I hope your trip went well there.",
        "I appreciate your not telling anyone, and we loved your not caring what they thought.",
        "Maybe your car is outside. Yes, your order has shipped. Well, your very own house! Perhaps your safe is shut.",
        "Your invited guests arrive at noon; your loved ones are safe; thanks for your signed copy to the library.",
        "Check your logged in devices; keep your locked up bikes safe; we sent your signed up friends a gift.",
        "Make sure your wearing apparel is clean; make sure your sleeping bags are dry.",
        "Your planning to leave, he said, was a surprise.",
        "Make sure your running shoes fit; I appreciate your understanding the problem.",
        "I expect you're students, and I forget you're neighbours.",
        "Once your finished product is ready, ship it; if your invited guests arrive early, greet them.",
        "Make sure your name is on it; I respect your right that was won; make sure your right hand is free.",
        "Your going to school every day made us proud, and your going to church helped.",
        "When your finished product ships, we email you; tell us what your working hours are.",
        "You're everyone's favorite, and you're today's winner; you're Sam's brother, aren't you?",
        "You're home now, and you're welcome guests; you're people who care.",
        "Take what you're given, do what you're told, and bring what you're cooking.",
    )
    fixed = (
        "If you're planning to travel on Saturday, check the timetable first.",
        "Let's see if you're a developer.",
        "You're so annoying!",
        "Thanks! You're welcome.",
        "Is that your car?",
        "Call me if you're looking for a room.",
        "When you're driving at night, slow down.",
        "Thank you for your letter of March 3.",
        "You're welcome to attend the meeting.",
        "We asked if you're coming to the hearing.",
        "Have you seen the report?",
        "I think you're right about that.",
        "Let me know if you're interested in the job.",
        "That's your problem, and your own fault.",
        "You're going to need a permit for that.",
        "We talked about your plans. I found your wallet on the bus. I like your new haircut.",
        "Tell us if you're using multiple servers. We lost your bags and took your keys.",
        "I hope you're safe there, and I think you're happy here. I hope you're feeling better.",
        "Maybe you're right. Yes, you're right. I think you're really clever.",
        "You're invited to the launch on Friday, and you're supposed to sign in.",
        "Make sure you're running the latest version before you open an issue.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        apostrophe = _apostrophe(doc)
        for words, index, word, following in _pairs(doc, _YOUR_TRIGGERS):
            if word.low == "your":
                after = _next(words, index + 1) if following is not None else None
                welcome = (
                    following is not None
                    and following.low == "welcome"
                    and (after is None or _infinitive(words, index + 2))
                    and not _verb_object_slot(words, index)
                )
                if following is None:
                    continue
                if following.text in ("A", "An", "The") or _borrowed_a(words, index + 1):
                    continue  # "Your The Times subscription": an article in capitals opens a title
                if _possessive_reading(doc, words, index):
                    continue  # "about your going", "Your not answering worried us": a gerund's possessive
                if _question_subject(words, index):
                    fixed = match_case("you", word.text)  # "Have your seen it?"
                else:
                    if not (
                        following.low in _YOU_ARE_NEXT
                        or welcome
                        or _going_to_verb(doc, words, index)
                        or _progressive_clause(words, index)
                        or _progressive_without_verb(doc, words, index)
                        or _predicate_after(words, index, _YOUR_OPENERS, _REPLY_WORDS)
                        or _degree_predicate_after(words, index)
                        or _passive_after(words, index)
                        or _ready_to(words, index)
                        or _done_after(doc, words, index)
                        or _asked_progressive(words, index)
                    ):
                        continue
                    if following.low == "the" and not (index == 0 or words[index - 1].low in _CLAUSE_BEFORE):
                        continue  # "at your the"? only where a clause starts
                    fixed = match_case(f"you{apostrophe}re", word.text)
            elif following is not None and (
                following.low == "own"
                or _after_be(words, index)
                or _after_preposition(words, index)
                or _contraction_before_object_noun(words, index)
                or possessive_slot(words, index)
                or _kept_adjective_noun_verb(words, index)
                or _owner_after(words, index)
                or _contraction_phrase_then_verb(doc, words, index)
                or _contraction_object_phrase(doc, words, index)
            ):
                fixed = match_case("your", word.text)  # "you're own", "that's you're problem", "about you're plans"
            else:
                if following is None or following.low in _YOURE_FINE or following.low in _ROLE_NOUNS:
                    continue
                if following.capitalised or _adjective_after(words, index + 1):
                    continue  # "you're money hungry", "you're president now"
                if not (w.tags(following.low) == {"NOUN"} or _bare_noun_phrase(words, index)):
                    continue
                if w.is_plural_noun(following.low) and _next(words, index + 1) is None:
                    continue
                if _bare_mass_predicate(words, index + 1) and _clause_opens_at(words, index):
                    continue  # "Pull the trigger and you're garbage.": 'your garbage' would want a verb
                if _next(words, index + 1) is None and _verbless_condition(words, index):
                    continue  # "One mistake and you're toast.": a condition, then its outcome
                fixed = match_case("your", word.text)
            yield self.replace_word(word, fixed, f"Write '{fixed}' here, not '{word.text}'.")


_CLAUSE_LEADS = _CLAUSE_BEFORE | frozenset("and but or so then".split()) | _CLAUSE_VERBS


def _passive_after(words: list[Word], index: int) -> bool:
    """'your' before a word that is only a past form of a verb (or one used as an adjective) and then 'to'
    or 'by' ("Your invited to the launch", "your supposed to sign", "your advised by counsel"): a
    participle heads no noun phrase, so the contraction was meant ('Your invited guests' has its noun
    after the participle)."""
    if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
        return False
    participle = words[index + 1].low
    if not w.tags(participle) <= {"VERB", "ADJ"} or "VBN" not in w.verb_tags(participle):
        return False
    if not w.verb_tags(participle) <= {"VBD", "VBN"}:
        return False
    if words[index + 2].low in _PASSIVE_PARTICLES and (index + 3 >= len(words) or not words[index + 2].joined):
        return True  # "Once your logged in, you can": a phrasal passive that ends its clause, no noun after it
    if index > 0 and words[index - 1].low in _PROGRESSIVE_BEFORE and words[index + 2].low in _PARTICIPLE_PREPOSITIONS:
        return True  # "Once your finished with the survey", "if your worried about it": a clause's predicate
    return words[index + 2].low in ("to", "by")


def _done_after(doc: Document, words: list[Word], index: int) -> bool:
    """'your finished' or 'your done' after 'when', 'once', 'if' … and before a comma, the sentence's
    end or an -ing verb ("When your finished sanding, wipe", "once your done, log out"): a predicate,
    never a noun phrase ('when your finished product ships' has its noun)."""
    if index == 0 or index + 1 >= len(words) or not words[index - 1].joined or not words[index].joined:
        return False
    if words[index - 1].low not in _PROGRESSIVE_BEFORE or words[index + 1].low not in _DONE:
        return False
    after = _next(words, index + 1)
    if after is None:
        return index + 2 == len(words) or doc.text[words[index + 1].end : words[index + 2].start].strip() == ","
    return after.low.endswith("ing") and w.tags(after.low) <= {"VERB", "NOUN"} and "VBG" in w.verb_tags(after.low)


_DONE = frozenset(("finished", "done"))


def _asked_progressive(words: list[Word], index: int) -> bool:
    """'what your working on', 'what your looking for': after 'what', an -ing form that only a verb
    has and a preposition that ends the clause or a phrase of time follows ('what your working hours
    are' has a noun after the -ing form)."""
    if index == 0 or index + 2 >= len(words) or not run_of(words, index - 1, 3):
        return False
    if words[index - 1].low != "what":
        return False
    verb = words[index + 1].low
    if not verb.endswith("ing") or "VBG" not in w.verb_tags(verb) or words[index + 2].low not in _STRANDED:
        return False
    beyond = _next(words, index + 2)
    return beyond is None or beyond.low in _TIME_AFTER_STRANDED


_STRANDED = frozenset("on for about with at to in".split())
_TIME_AFTER_STRANDED = frozenset("this these next now today tonight right lately".split())


_READY_WORDS = frozenset("ready able eligible unable free".split())
"""Adjectives that 'you're' takes before 'to' and a verb ("once done, your ready to sign up")."""


def _ready_to(words: list[Word], index: int) -> bool:
    """'your' before 'ready', 'able' … and 'to' with a verb, which no noun follows ("your ready to sign
    up", not "your ready to eat meals"): a predicate, so 'you're'."""
    if index + 4 >= len(words) or not run_of(words, index, 4) or words[index + 1].low not in _READY_WORDS:
        return False
    verb, after = words[index + 3].low, words[index + 4]
    if words[index + 2].low != "to" or "VB" not in w.verb_tags(verb):
        return False
    return not (words[index + 3].joined and w.is_plural_noun(after.low) and "VERB" not in w.tags(after.low))


_KEPT_ADJECTIVES = frozenset("continued continuing ongoing generous kind loyal recent previous prior".split())
"""Adjectives of what someone gives or has ('your continued support', 'your generous gift')."""


def _kept_adjective_noun_verb(words: list[Word], index: int) -> bool:
    """'you're continued support makes it possible': 'you're', one of :data:`_KEPT_ADJECTIVES`, a noun
    and a verb in -s or a modal: 'you are continued support makes' has two verbs."""
    if index + 3 >= len(words) or not run_of(words, index, 4) or words[index + 1].low not in _KEPT_ADJECTIVES:
        return False
    noun, verb = words[index + 2].low, words[index + 3].low
    return "NOUN" in w.tags(noun) and (verb in w.MODALS or w.verb_tags(verb) == {"VBZ"})


_PARTICIPLE_PREPOSITIONS = frozenset("with for about from at".split())
"""Prepositions a participle used as a predicate takes ('finished with', 'scheduled for', 'worried about')."""


_PASSIVE_PARTICLES = frozenset("in out up off on".split())


def _clause_opens_at(words: list[Word], index: int) -> bool:
    """A clause may start at ``index``: the sentence's or a comma's, or after a conjunction or a verb
    that takes a clause ("and you're", "I think you're"), not where an object goes ("I found you're")."""
    if index == 0 or not words[index - 1].joined:
        return True
    previous = words[index - 1].low
    return previous in _CLAUSE_LEADS or any(lemma in _CLAUSE_VERBS for lemma in w.verb_lemmas(previous))


def _verbless_condition(words: list[Word], index: int) -> bool:
    """'and' before ``index`` after a short phrase with no verb or subject, from the sentence's or a
    comma's start ("One mistake and you're toast", "One more step and you're dead"): a condition,
    after which 'you're' opens the outcome."""
    if index < 2 or words[index - 1].low != "and" or not words[index - 1].joined:
        return False
    start = stretch_start(words, index - 1)
    phrase = [word.low for word in words[start : index - 1]]
    if not phrase or len(phrase) > 4:
        return False
    return not any(w.only_finite(low) or low in w.SUBJECT_PRONOUNS for low in phrase)


_NOT_VERBS_HERE = frozenset(("thanks", "thank", "welcome"))


def _verb_object_slot(words: list[Word], index: int) -> bool:
    """'your' straight after a verb that takes no clause ("outstay your welcome", "enjoyed your
    welcome"): the object's possessive, not 'you are'. Not after 'thanks' or a verb of saying or
    thinking ("I think your welcome to stay")."""
    if index == 0 or not words[index - 1].joined:
        return False
    previous = words[index - 1].low
    return bool(w.verb_tags(previous)) and previous not in _NOT_VERBS_HERE and not _clause_opens_at(words, index)


def _bare_mass_predicate(words: list[Word], index: int) -> bool:
    """An uncountable noun at ``index`` that ends its clause or goes on to no verb ("you're garbage.",
    "you're rubbish at chess"): 'you are' and the noun, where the possessive's phrase would have no verb."""
    from .determiners import MASS_NOUNS

    if words[index].low not in MASS_NOUNS:
        return False
    after = _next(words, index)
    return after is None or not w.may_be_finite(after.low)


_QUESTION_AUXILIARIES = frozenset("have did do does can could would will should are were".split())


def _question_subject(words: list[Word], index: int) -> bool:
    """'your' as the subject of a question, where 'you' belongs: an auxiliary opens the sentence
    (after a question word or not) and a verb that cannot be a noun follows, in the form that
    auxiliary takes ("Have your seen it?", "Did your ever go?", "What can your do?", "Are your
    going?"), not "Have your say", "Did your mother call?" or "Will your help be needed?"."""
    if index == 0 or not words[index - 1].joined:
        return False
    auxiliary = words[index - 1].low
    opens = index == 1 or (index == 2 and words[0].low in w.QUESTION_WORDS and words[0].joined)
    if auxiliary not in _QUESTION_AUXILIARIES or not opens:
        return False
    at = index + 1
    if words[at].low in _YOUR_QUESTION_ADVERBS and _next(words, at) is not None:
        at += 1
    verb = words[at]
    if "NOUN" in w.tags(verb.low) or "ADJ" in w.tags(verb.low):
        return False
    wanted = {"have": {"VBN", "VBD"}, "are": {"VBG"}, "were": {"VBG"}}.get(auxiliary, {"VB"})
    after = _next(words, at)
    if after is not None and w.verb_tags(after.low) & {"VB", "VBN", "VBG"}:
        return False  # "Did your vet take x-rays?": a noun the tables miss, then its verb
    return bool(w.verb_tags(verb.low) & wanted)


_YOUR_QUESTION_ADVERBS = frozenset("ever never already just really even also still not".split())
_SUBJECT_SLOT = _CLAUSE_BEFORE | frozenset("think thought guess hope bet know knew believe".split())
_GOING_SUBJECT_SLOT = _SUBJECT_SLOT | _SAID | frozenset("and but so or".split())
"""Words after which 'there going to' opens a clause ("and there going to keep the noise down")."""
_PREDICATE_NEXT = frozenset(
    "about in of to for with at that than enough by from on after because since when how what whether why where".split()
)
_NOT_PREDICATE = frozenset(
    "own usual best worst first last next favourite favorite very only latest former future other whole".split()
)


def _opens_subject(
    words: list[Word], index: int, also_after: frozenset[str] = frozenset(), replies: frozenset[str] = frozenset()
) -> bool:
    """The word at ``index`` opens a clause: the sentence's first, after a word of :data:`_SUBJECT_SLOT`
    or ``also_after`` joined to it, or after a reply word and its comma (``replies``: "Yes, your right")."""
    if index == 0:
        return True
    previous = words[index - 1]
    if not previous.joined:
        return previous.low in replies and (index == 1 or not words[index - 2].joined)
    return previous.low in _SUBJECT_SLOT or previous.low in also_after


_YOUR_OPENERS = frozenset("maybe perhaps probably hopefully surely sure".split())
"""Sentence adverbs, and 'sure', after which 'your' and an adjective open a clause ("Maybe your right",
"Make sure your aware of the policy")."""
_REPLY_WORDS = frozenset("yes no well thanks ok okay oh sorry honestly seriously".split())
"""Words that open a reply, set off by a comma ("Thanks, your very kind.")."""
_YOUR_DEGREE = frozenset("very really quite extremely incredibly".split())


def _degree_predicate_after(words: list[Word], index: int) -> bool:
    """'your' opening a clause before a degree word and an adjective that ends the clause ("Thanks,
    your very kind.", "I think your really clever"): no noun follows for the possessive ("your very
    own", "your really big house")."""
    if index + 2 >= len(words) or words[index + 1].low not in _YOUR_DEGREE or not words[index + 1].joined:
        return False
    if not _opens_subject(words, index, _YOUR_OPENERS, _REPLY_WORDS):
        return False
    adjective = words[index + 2].low
    parts = w.tags(adjective)
    if "ADJ" not in parts or "NOUN" in parts or adjective in _NOT_PREDICATE or adjective.endswith(("est", "ing")):
        return False
    after = _next(words, index + 2)
    return after is None or after.low in _PREDICATE_NEXT or after.low in _PLACE_TIME_NEXT


def _predicate_after(
    words: list[Word], index: int, also_after: frozenset[str] = frozenset(), replies: frozenset[str] = frozenset()
) -> bool:
    """'your' opening a clause before an adjective that ends its phrase or takes a preposition, a
    'to' or a 'that': 'you are' is meant ("I think your right about that", "if your interested in",
    "when your tired, rest", "Your sure?", "Maybe your right", "Yes, your right"), not a possessive
    before its noun ("your old car", "do your best", "your right to vote")."""
    if not _opens_subject(words, index, also_after, replies):
        return False
    adjective = words[index + 1].low
    after = _next(words, index + 1)
    if adjective in ("right", "wrong"):  # nouns too: "your right to vote", "your right of way"
        if after is not None and after.low == "that":  # "I think your right that the city needs …"
            subject = _next(words, index + 2)
            return subject is not None and (subject.low in w.DETERMINERS or subject.low in w.SUBJECT_PRONOUNS)
        return after is None or after.low == "about"
    if adjective in _STATE_VERBS and after is not None and after.low in _STATES:
        # "I hope your feeling better", "if your doing well soon"; not the gerund as a subject
        # ("I think your feeling better matters", "your doing well there impressed them")
        soon = index + 3 < len(words) and words[index + 2].joined and words[index + 3].low == "soon"
        return _clause_ends(words, index + 3 if soon else index + 2)
    parts = w.tags(adjective)
    if adjective in _NOT_PREDICATE or adjective.endswith(("est", "ing")) or "ADJ" not in parts:
        return False  # -ing words: _progressive_clause
    if adjective in _LISTED_AS_NOUNS and after is not None and after.low in ("for", "to"):
        return True  # "that there eligible for free rides", "if your responsible for"
    if "NOUN" in parts:  # "I hope your safe there", but "I hope your safe is locked", "your fine was paid"
        leads = after is None or after.low in _PLACE_TIME_NEXT or after.low in _PLACE_LEADS
        clause = index > 0 and words[index - 1].low not in _OBJECT_TAKERS  # "I know your home over there"
        return clause and leads and _clause_ends(words, index + 1)
    if adjective in _CLAUSE_ADJECTIVES and after is not None and _clause_opens(after.low):
        return True  # "say there worried the bypass will …": the feeling's clause, its 'that' dropped
    return after is None or after.low in _PREDICATE_NEXT or after.low in _PLACE_TIME_NEXT


_LISTED_AS_NOUNS = frozenset(("eligible", "responsible"))
"""Adjectives the word tables list as nouns too, whose noun ('the eligible') takes no 'for' or 'to'."""


_CLAUSE_ADJECTIVES = frozenset(
    """worried concerned afraid sure confident convinced certain hopeful glad pleased relieved disappointed
    aware optimistic adamant""".split()
)
"""Adjectives that take a clause ('worried (that) the bypass will …'): after them a determiner or a
subject pronoun opens it."""


def _clause_opens(low: str) -> bool:
    return low in w.SUBJECT_PRONOUNS or (low in w.DETERMINERS and low not in ("that", "this"))


_STATE_VERBS = frozenset(("feeling", "doing"))
_STATES = frozenset("better worse well fine ok okay alright good great".split())
_PLACE_TIME_NEXT = frozenset("here there now today tonight too again already yet".split())
"""Adverbs that may close a predicate after 'you are' ("I hope your happy there", "if your free
now"); a possessive's noun would go on to a verb ("your safe there was empty")."""


_OBJECT_TAKERS = frozenset("know knew believe believed".split())
"""Verbs of :data:`_SUBJECT_SLOT` that also take a noun phrase ('I know your home'): after them an
adjective that is a noun too is read as the possessive's noun."""
_PLACE_LEADS = frozenset(("over", "out", "up", "down", "back"))
"""What leads to a place adverb: "over there", "out here", "back home"."""


def _clause_ends(words: list[Word], index: int) -> bool:
    """After the word at ``index`` (and an adverb of place or time, or two: 'over there') the
    sentence or clause ends."""
    end = index + 1
    while end < len(words) and words[end - 1].joined and end - index <= 2:
        low = words[end].low
        if low not in _PLACE_TIME_NEXT and not (low in _PLACE_LEADS and end == index + 1):
            return False
        end += 1
    return end >= len(words) or not words[end - 1].joined


_ROLE_NOUNS = frozenset(
    """boss captain chair chairman president head leader king queen editor manager coach host judge
    champion mayor governor owner author family""".split()
)
"""Nouns of a role, which 'you are' takes without an article: "you're captain now", "you're family"."""


def _bare_noun_phrase(words: list[Word], index: int) -> bool:
    """A singular count noun with no article after 'you're' ("you're letter of March 3", "you're
    car"): 'you are' cannot stand there, while "you're home", "you're captain now" and "you're
    welcome" can. The noun must end its phrase: a preposition, 'and', a verb or the end follow."""
    noun = words[index + 1]
    if not _bare_count_noun(noun.low):
        return False
    after = _next(words, index + 1)
    return index + 2 == len(words) or (
        after is not None and (after.low in _AFTER_BARE_NOUN or w.plainly_finite(after.low))
    )


_PLAIN_BE = w.BE_FORMS


def _contraction_before_object_noun(words: list[Word], index: int) -> bool:
    """'you're' or 'they're' where an object goes, before a bare singular count noun that ends its
    phrase: after a verb that takes no clause ("bought you're car", "sold they're house to"), or after
    a plain 'be' when a superlative comes first ("it was they're oddest idea"). 'You are car' and
    'they are oddest idea' cannot stand: a singular count noun needs an article. Not a role ("you're
    captain", "they're family"), and after 'be' only with the superlative: "the thing is they're
    partner" is too rare to judge."""
    if index == 0 or not words[index - 1].joined:
        return False
    after_be = words[index - 1].low in _PLAIN_BE
    if not (after_be or _object_slot(words, index)):
        return False
    noun_at = index + 1
    superlative = noun_at + 1 < len(words) and words[noun_at].joined and _superlative(words[noun_at].low)
    if superlative or (not after_be and _only_adjective(words, noun_at)):
        noun_at += 1  # "it was they're oddest idea", "I like you're new haircut"
    elif after_be:
        return False
    noun = words[noun_at]
    if noun.capitalised or noun.low in _ROLE_NOUNS:
        return False
    if not _bare_count_noun(noun.low):
        if after_be or superlative or not _object_slot(words, index, PERSON_CLAUSE_VERBS):
            return False  # "I mentioned they're friends": 'they are friends' may be the clause
        return _plural_object(words, index, noun_at)
    after = _next(words, noun_at)
    if superlative or noun_at + 1 == len(words) or not noun.joined:
        return True  # after a superlative the noun needs no end: "it was they're oddest idea yet"
    return after is not None and (after.low in _AFTER_BARE_NOUN or w.plainly_finite(after.low))


def _plural_object(words: list[Word], index: int, noun_at: int) -> bool:
    """'lost they're shoes', 'packed you're bags.': a plural noun ending its phrase after a verb that
    takes things, not clauses. 'They are shoes' can follow a verb that takes a clause ('I see they're
    friends', 'we heard you're twins'), so those verbs are left out: the listed ones, and any the web
    writes before 'they' (a clause's subject) as often as before 'their'."""
    noun = words[noun_at]
    if not w.is_plural_noun(noun.low) or (w.verb_tags(noun.low) & {"VBZ"} and "NOUN" not in w.tags(noun.low)):
        return False
    verb = words[index - 1].low
    lemmas = w.verb_lemmas(verb)
    if not lemmas or any(lemma in _CLAUSE_VERBS or lemma in _MAY_TAKE_A_CLAUSE for lemma in lemmas):
        return False
    if _ngrams.web_pair_count(verb, "they") is not None or _ngrams.web_pair_count(verb, "their") is None:
        return False
    after = _next(words, noun_at)
    if noun_at + 1 == len(words) or not noun.joined:
        return True
    return after is not None and after.low in _AFTER_BARE_NOUN


_MAY_TAKE_A_CLAUSE = frozenset(
    """see hear find feel notice watch show remember forget expect understand learn discover read assume
    imagine prove ensure check figure promise report confirm deny explain announce decide mention love like
    hate wish hope bet suggest recall predict suspect presume reveal indicate""".split()
)
"""Verbs besides :data:`_CLAUSE_VERBS` that may take a clause without 'that' ("I remember they're twins")."""


def _only_adjective(words: list[Word], index: int) -> bool:
    """``words[index]`` is an adjective, or an adjective and a noun ("new", "old"), never a verb or an
    adverb, joined to a word after it."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    tags = w.tags(words[index].low)
    return "ADJ" in tags and tags <= {"ADJ", "NOUN"}


def _superlative(low: str) -> bool:
    """'best', 'worst' or an adjective in -est that is no noun ("greenest", not "forest", "interest")."""
    if low in ("best", "worst"):
        return True
    return len(low) >= 6 and w.superlative_form(low) and set(w.parts_of_speech(low)) <= {"ADJ", "ADV"}


def _adjective_after(words: list[Word], index: int) -> bool:
    """An adjective follows the word at ``index``: a compound ("you're money hungry", "you're dirt poor")."""
    after = _next(words, index)
    return after is not None and w.tags(after.low) == {"ADJ"}


def _infinitive(words: list[Word], index: int) -> bool:
    """'to' and a word that is only a base verb at ``index``: "your welcome to attend"."""
    verb = _next(words, index)
    return words[index].low == "to" and verb is not None and _only_a_verb(verb.low)


_ING_OBJECTS = (w.DETERMINERS | w.OBJECT_PRONOUNS | frozenset("of about to on for with at in".split())) - {"her", "it"}
"""What follows the verb in "if your thinking of", "when your using a": not 'her' or 'it', which
may open a clause after a possessive gerund's noun."""


_CLAUSE_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS
"""Tags of a finite verb or a modal: any of them after the '-ing' verb gives the clause its verb."""
_PARTICLES = frozenset("up out over back down off home around".split())
_ING_CONTINUES = (
    frozenset(("to",))
    | w.DETERMINERS
    | w.OBJECT_PRONOUNS
    | frozenset("for on at in with about more fewer less".split())
    | _PARTICLES
)


def _progressive_without_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'their' or 'your' opening a clause before a verb in -ing that goes on as a verb ('to', an
    object, a preposition), with no finite verb anywhere after it: the clause has no verb unless
    it is "they're planning" ("Their planning to appeal the ruling.", "if your coming to the
    hearing"). "Their planning to appeal it surprised us" has its verb, and stays quiet."""
    if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
        return False
    if index > 0 and words[index - 1].low not in _CLAUSE_BEFORE and not _after_clause_verb(words, index):
        return False
    at_verb = index + 1
    if index + 3 < len(words) and (
        words[at_verb].low in _PROGRESSIVE_ADVERBS or w.only_adverb_in_ly(words[at_verb].low)
    ):
        at_verb += 1  # "the coach says their finally playing with confidence"
        if not words[at_verb].joined:
            return False
    verb, after = words[at_verb], words[at_verb + 1]
    if verb.text != verb.low or not verb.low.endswith("ing") or "VBG" not in w.verb_tags(verb.low):
        return False
    if after.low not in _ING_CONTINUES:
        return False
    first = at_verb + 1  # the first word after the -ing form
    end = attribution_start(words, first)  # ", the owners said": a clause of its own
    # a clause of its own after a conjunction: "their hoping to reopen by May once crews clear the trees"
    end = next((at for at in range(first + 1, end) if words[at].low in _SUBORDINATORS), end)
    tags = sentence_tags(doc, words)
    # a capitalised word inside the clause is a name, no modal: "by May"
    if any(tags[at] in _CLAUSE_FINITE_TAGS and not words[at].capitalised for at in range(first, end)):
        return False
    if title_like(words):
        return False
    rest = range(first, end)  # a word that may be finite, not an infinitive's verb: "floods"
    return not any(
        w.may_be_finite(words[at].low)
        and not words[at].capitalised
        and words[at - 1].low != "to"
        and words[at - 1].low not in w.ARTICLES
        and not (at == first and words[at].low in _PARTICLES)
        and not (tags[at] == "NN" and tags[at - 1] in ("NN", "JJ"))  # "the holiday rush": a compound's noun
        and not (tags[at] == "NNS" and tags[at - 1] == "CD")  # "to collect 5,000 pounds": a counted noun
        for at in rest
    )  # after an article a noun: "if your making a mistake"; a particle: "their coming over"


_EXISTENTIAL_AFTER_BE = frozenset("no a an some many more plenty several fewer lots any enough little few".split())


def _existential_be(words: list[Word], at: int) -> bool:
    """'be' at ``at`` and a word that opens what exists ("will be no pickup", "could be some delays"),
    or 'also', 'still' … before 'be' and a noun phrase after it ("their will also be bleacher seating":
    the noun 'will' would want a second modal there)."""
    if at + 2 < len(words) and words[at].low in _EXISTENTIAL_ADVERBS and words[at - 1].joined and words[at].joined:
        after = words[at + 2]
        noun_phrase = after.low in _EXISTENTIAL_AFTER_BE or bool(w.tags(after.low) & w.NOUN_OR_ADJECTIVE)
        return _next_is(words, at + 1, "be") and noun_phrase and not w.verb_tags(after.low) & {"VBN", "VBG"}
    return (
        _next_is(words, at, "be")
        and at + 1 < len(words)
        and words[at].joined
        and words[at + 1].low in _EXISTENTIAL_AFTER_BE
    )


_EXISTENTIAL_ADVERBS = frozenset("also still probably likely again always definitely certainly".split())


_PROGRESSIVE_JOINERS = frozenset("and but so now".split())
_PROGRESSIVE_ADVERBS = frozenset("already still now just also currently busy".split())
"""Adverbs between 'their', 'there' or 'your' and a clause's -ing verb ("and there already planning", "their
still planning to")."""


def _joined_progressive(doc: Document, words: list[Word], index: int) -> bool:
    """'there' or 'their' opening a clause after 'and', 'but', 'so' or 'now', before an -ing form that is
    only a verb (an adverb between or not) and goes on as a verb, with no finite verb after it: the
    clause's subject and its verb, 'they're' ("and there leaving the washer with the house", "now their
    competing on the team", "and there already planning a second event"). Not 'there being', nor an
    inversion with its verb later ("and there waiting for us was our guide")."""
    if index == 0 or index + 2 >= len(words) or words[index - 1].low not in _PROGRESSIVE_JOINERS:
        return False
    at = index + 1
    adverb = words[at].low in _PROGRESSIVE_ADVERBS and words[at].joined and at + 1 < len(words)
    if adverb:
        at += 1
    verb = words[at]
    if not (words[index].joined and words[at - 1].joined) or verb.low == "being" or not verb.low.endswith("ing"):
        return False
    verb_only = w.tags(verb.low) == {"VERB"} or (adverb and w.tags(verb.low) <= {"VERB", "NOUN"})  # "already planning"
    if not verb_only or "VBG" not in w.verb_tags(verb.low):
        return False
    after = _next(words, at)
    if after is None or after.low not in _ING_CONTINUES:
        return False
    tags = sentence_tags(doc, words)
    return not any(
        tags[later] in _CLAUSE_FINITE_TAGS and not words[later].capitalised for later in range(at + 1, len(words))
    )


def _reported_progressive(doc: Document, words: list[Word], index: int) -> bool:
    """'there' opening a reported clause before an -ing form that is only a verb and goes on as one, with
    no finite verb after it ("organizers say there expecting more than 300 runners"): 'they're'. Not
    'there being' ("they said there being no quorum, …"), nor 'there' opening the sentence."""
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.low == "being":
        return False
    if w.tags(following.low) != {"VERB"} and not _ing_then_infinitive(words, index + 1):
        return False  # an -ing word that is a noun too ('planning') goes on as a verb before 'to' and a verb
    return _after_clause_verb(words, index) and _progressive_without_verb(doc, words, index)


def _ing_then_infinitive(words: list[Word], at: int) -> bool:
    """An -ing verb at ``at``, then 'to' and a bare verb ("planning to expand", "hoping to open")."""
    if at + 2 >= len(words) or "VBG" not in w.verb_tags(words[at].low) or not run_of(words, at, 3):
        return False
    if words[at].low == "going" or words[at + 2].low == "be":
        return False  # "I think there going to be a vote": the existential's 'are' dropped
    return words[at + 1].low == "to" and "VB" in w.verb_tags(words[at + 2].low)


_SUBORDINATORS = frozenset("once when whenever if unless because after before until while since".split())


_THATLESS_CLAUSE_VERBS = frozenset("say think know believe hope guess bet reckon suppose assume claim".split())
"""Verbs whose object is a clause, never a gerund with a possessive ('I think you're making a
mistake'; 'I understand your wanting to leave' and 'I remember your telling me' are possessives)."""


_TOLD = frozenset("told tell tells telling informed assured reminded warned promised".split())


def _told_before(words: list[Word], that: int) -> bool:
    """A verb of telling and its object (up to four words) before 'that' at ``that``, all joined ("told
    the zoning board that", "assured us that")."""
    for back in range(that - 1, max(that - 6, -1), -1):
        if not words[back].joined:
            return False
        if words[back].low in _TOLD:
            return back < that - 1
    return False


def _after_clause_verb(words: list[Word], index: int) -> bool:
    """A subject pronoun and a verb that takes a clause with no 'that' stand right before ``index``
    ("I think your making a mistake", "she said their leaving tomorrow"): a clause opens there."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
        return False
    if words[index - 1].low in _SAID:
        return True  # "park officials said their hoping to": 'said' takes a clause after any subject
    if words[index - 1].low == "that" and words[index - 2].low in _ANNOUNCING:
        return True  # "the family announced that there donating the farm"
    if words[index - 1].low == "that" and _told_before(words, index - 1):
        return True  # "the owners told the zoning board that there planning to expand"
    if words[index - 1].low in w.OBJECT_ONLY_PRONOUNS and words[index - 2].low in _TOLD:
        return True  # "they told me there planning to shadow every department"
    if words[index - 2].low not in w.SUBJECT_PRONOUNS:
        return False
    return bool(set(w.verb_lemmas(words[index - 1].low)) & _THATLESS_CLAUSE_VERBS)


def _going_to_verb(doc: Document, words: list[Word], index: int) -> bool:
    """'your going to' and a verb the tagger reads as one, opening a clause ("Your going to need a
    permit", "If you think your going to miss the deadline", "or your going to have a hard time"): the
    future, 'you're going to'. Not "your going to school", a gerund and a place."""
    if index + 3 >= len(words) or not _going_to(words, index + 1) or not words[index + 2].joined:
        return False
    if index > 0 and words[index - 1].low not in _CLAUSE_LEADS:
        return False
    return sentence_tags(doc, words)[index + 3] == "VB" and "VB" in w.verb_tags(words[index + 3].low)


def _progressive_clause(words: list[Word], index: int) -> bool:
    """'your' opens a clause and a verb in -ing follows, itself followed by its object or a
    preposition: "if your thinking of", "when your using a", "if your using multiple servers". An
    -ing word that is a noun too counts only before an article or a demonstrative ("make sure your
    running the latest version"; not "if your building on the hill"), and 'your' must follow a
    clause opener."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low not in _PROGRESSIVE_BEFORE:
        return False
    verb = words[index + 1]
    if verb.low in _ING_BEFORE_TO and _to_verb(words, index + 2):
        return True  # "if your planning to travel": the noun 'planning' takes no 'to' and a verb here
    if not verb.low.endswith("ing") or "VBG" not in w.verb_tags(verb.low):
        return False
    after = _next(words, index + 1)
    if after is None:
        return False
    if "NOUN" in w.tags(verb.low):  # "make sure your running the latest version": a noun takes no article after it
        return after.low in w.ARTICLES or after.low in w.DEMONSTRATIVES or _modified_plural_ends(words, index + 2)
    tags = w.tags(after.low)
    if tags == {"NOUN"} and words[index - 1].low == "as" and _next(words, index + 2) is None:
        return False  # "use it as your templating engine.": 'as' a preposition before a noun phrase that ends here
    return after.low in _ING_OBJECTS or ("ADJ" in tags and tags <= {"ADJ", "NOUN"}) or tags == {"NOUN"}


def _modified_plural_ends(words: list[Word], at: int) -> bool:
    """An adjective that is nothing else at ``at``, a plural noun, and no finite verb after it in the
    clause ("make sure your wearing comfortable shoes for the workshop"): the -ing word's object, not a
    compound noun the possessive owns ("your wearing apparel is clean")."""
    if at + 1 >= len(words) or not (words[at - 1].joined and words[at].joined):
        return False
    low = words[at].low
    if w.tags(low) != {"ADJ"}:
        return False
    if not w.is_plural_noun(words[at + 1].low):
        return False
    for later in words[at + 2 :]:
        if later.low in w.BE_FORMS or later.low in w.MODALS or w.plainly_finite(later.low):
            return False
        if not later.joined:
            break
    return True


def _to_verb(words: list[Word], index: int) -> bool:
    """'to' at ``index`` and a word that may be a bare verb after it, joined."""
    verb = _next(words, index)
    return words[index].low == "to" and words[index].joined and verb is not None and "VB" in w.verb_tags(verb.low)


_ING_BEFORE_TO = frozenset("planning hoping trying intending aiming expecting wanting".split())
"""Verbs in -ing that take 'to' and a verb ("if your planning to travel"): 'you're', not the possessive."""


_WHOSE_TRIGGERS = frozenset(("who's", "who’s", "whose"))


class WhoseConfusion(GrammarRule):
    id = "grammar.whose-confusion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Who's' (who is) where the possessive 'whose' is meant, or 'whose' where 'who's' is."
    why = (
        "'Who's' is 'who is' or 'who has'; 'whose' is the possessive. 'Who's' before a word that can "
        "only be a noun ('people who's lives') needs 'whose'; 'whose' before 'a', 'the', 'been' or 'going "
        "to' needs 'who's'."
    )
    bad = (
        "Whose coming to the party? The man who's house burned down left.",
        "These are people who's lives matter.",
        "By who's standards?",
        "Whose the boss here?",
        "The firm who's actual owner left.",
        "Whose going to pay for the repairs?",
        "I wonder whose been in my office.",
        "The suspect, who's name was not released, fled.",
        "The senator, who's term ends next year, declined to comment.",
        "The boy, who's father died in the war, lives with his aunt.",
        "Whose responsible for the delay? Whose aware of the risks?",
        "Nobody knows who's fault it was, and I forget who's turn it is.",
        "Police are trying to establish whose responsible for the fire.",
        "Commissioner Ted Alvarez, whose running for a third term, said the county is strong.",
        "Please let us know whose attending the farewell lunch on Friday.",
        "We are looking for a candidate whose comfortable working with large data sets.",
        "Find out whose eligible for the free flu vaccine this season.",
        "Does anyone know whose bringing the paper plates for the picnic?",
        "Patients whose scheduled for surgery should not eat after midnight.",
        "Police are searching for a driver whose believed to have struck a cyclist on Elm Street.",
        "The dean will meet with any student whose considering a change of major before May.",
        "Students who's last names begin with A through M will go first.",
        "If you know someone whose never tried fermenting, call the one whose always late.",
        "The prize went to a chemist who's research on batteries was cited worldwide.",
        "Any family who's water bill is late will get a reminder first.",
        "Please welcome Dr. Patel, whose joining our clinic this fall.",
        "We met a sailor whose spent more than a year at sea.",
        "A volunteer who's tireless work kept the food bank open won the award.",
        "The quarterback, who's arm strength drew scouts to every game, finished well.",
    )
    good = (
        "Whose painting is this? Whose cooking do you prefer? The one who's senior left.",
        "Who's there? Whose car is it?",
        "The man who's running the race won.",
        "We can argue about who's to blame and who's tough.",
        "Ask who's new here and who's happy today.",
        "Whose going-away party is it? The tenor whose singing I love sang.",
        "The firm whose going rate is lowest won the contract.",
        "Who's in charge? The man who's running is fast; the one who's boss is here.",
        "Who's home tonight? The man who's head of sales said no; who's left to vote?",
        "Who's responsible for the delay? The man who's eligible to vote came; whose talent for music?",
        "Who's responsible when a delivery truck causes a crash? Who's responsible if it breaks?",
        "Whose parent for the trip? The firm whose accountant in London quit; whose fit for purpose?",
        "Guess who's back. I know who's there, and he asked who's left; who's been here, it was Jo.",
        "The tenor, whose singing of the anthem moved us, left; the chef, whose cooking for the family was praised,"
        " won.",
        "The artist whose own for the show was lost; the firm whose fit for purpose was doubted.",
        "I know whose painting the gallery bought, and I wonder whose cooking for the party is best.",
        "We know whose singing the crowd loves.",
        "We visited a family whose comfortable living room was warm, and a guest whose eligible children came."
        " O'Connor, whose principled positioning in the gothic tradition is well known, stands out.",
        "Passengers whose scheduled flights were cancelled, and a firm whose founded date is 1901, were listed.",
        "The coach whose coaching the team paid off was honored.",
        "Who's first? Guess who's last in line; who's first to name the winner?",
        "The author whose recently published book won, and the man whose still unknown name puzzles us.",
        "A writer whose never published work was found, and a woman whose always cheerful manner won us over.",
        "Anyone who's friends with the owner gets a discount; the one who's captain of the team is here.",
        "The tenor, whose singing our guests loved, has retired; a poet whose published works fill a shelf.",
        "The coach who's seen it all retired, and the man who's captain of the team left.",
    )
    fixed = (
        "Who's coming to the party? The man whose house burned down left.",
        "These are people whose lives matter.",
        "By whose standards?",
        "Who's the boss here?",
        "The firm whose actual owner left.",
        "Who's going to pay for the repairs?",
        "I wonder who's been in my office.",
        "The suspect, whose name was not released, fled.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        apostrophe = _apostrophe(doc)
        for words, index, word, following in _pairs(doc, _WHOSE_TRIGGERS):
            if following is None:
                continue
            if word.low == "whose":
                if not (
                    following.low in ("a", "an", "the", "been")
                    or _going_to(words, index + 1)
                    or _whose_progressive(doc, words, index)
                    or (following.low not in _NOT_PREDICATE and _predicate_adjective(words, index + 1, only=True))
                    or _adjective_then_gerund(words, index)
                    or _participle_then_preposition(words, index + 1)
                    or _adverb_then_predicate(words, index)
                    or _participle_with_object(words, index)
                ):
                    continue  # "whose going-away party", "whose singing I love": a noun follows
                fixed = match_case(f"who{apostrophe}s", word.text)
            else:
                noun = (
                    _only_noun(following.low)
                    or (following.low in _NAME_PARTS and _next_in_names(words, index + 1))
                    or _adjective_noun(words, index)
                    or _noun_then_finite(words, index)
                    or _noun_then_clause(words, index)
                    or _noun_phrase_then_finite(words, index)
                )
                if (
                    not noun
                    or following.capitalised
                    or (following.low == "friends" and _next_is(words, index + 2, "with"))  # who is friends with
                    or following.low in _ADJECTIVES_TAKEN_FOR_NOUNS
                    or _predicate_adjective(words, index + 1)
                ):
                    continue  # "about who's to blame", "who's tough", "Who's responsible when …": who is
                fixed = match_case("whose", word.text)
            yield self.replace_word(word, fixed, f"Write '{fixed}' here, not '{word.text}'.")


def _adverb_then_predicate(words: list[Word], index: int) -> bool:
    """'whose' before 'never', 'always', 'already' … and a participle or an adjective that is no
    noun, with no noun after them ("someone whose never tried it", "the one whose
    always late"): 'who has', 'who is'. A noun after them is the possessive's ("whose recently
    published book", "whose still unknown name")."""
    if index + 2 >= len(words) or not run_of(words, index, 3) or words[index + 1].low not in _WHOSE_ADVERBS:
        return False
    word = words[index + 2].low
    tags = w.tags(word)
    if "NOUN" in tags or not ("VBN" in w.verb_tags(word) or ("ADJ" in tags and word not in _NOT_PREDICATE)):
        return False
    after = _next(words, index + 2)
    return after is None or "NOUN" not in w.tags(after.low) or after.low.endswith("ing")


_WHOSE_ADVERBS = frozenset("never always already just ever still also".split())
_OBJECT_AMOUNTS = w.ARTICLES | w.POSSESSIVES | w.CARDINALS | frozenset("more over nearly almost about".split())


def _participle_with_object(words: list[Word], index: int) -> bool:
    """'whose' before a participle that is only a verb's and its object or an amount ("an astronaut
    whose spent more than two hundred days in space", "a chef whose won three awards"): 'who has'.
    A participle before a noun is the possessive's modifier ("whose published works", "whose elected
    officials"), and so is one the tables give as an adjective."""
    participle = words[index + 1]
    if w.tags(participle.low) != {"VERB"} or "VBN" not in w.verb_tags(participle.low) or not participle.joined:
        return False
    if w.verb_tags(participle.low) - {"VBN", "VBD"}:
        return False
    after = _next(words, index + 1)
    return after is not None and (after.low in _OBJECT_AMOUNTS or after.low[:1].isdigit())


_AFTER_PROGRESSIVE = w.PREPOSITIONS | w.ARTICLES | frozenset(("to", "home", "back", "over", "up", "out"))


def _whose_progressive(doc: Document, words: list[Word], index: int) -> bool:
    """'Whose' opening a question before an -ing form and what a verb of motion takes ("Whose coming
    to the party?", "whose going home?"), or opening an aside after a comma with no verb before its
    end ("Alvarez, whose running for a third term, said"): 'who's'. Before a verb the -ing word is a
    noun ("Whose painting is this?", "whose cooking do you prefer?")."""
    if not words[index + 1].low.endswith("ing") or "VBG" not in w.verb_tags(words[index + 1].low):
        return False
    after = _next(words, index + 1)
    if after is None:
        return False
    owned = after.low in w.POSSESSIVES or after.low in w.DEMONSTRATIVES  # "whose joining our staff"
    if after.low not in _AFTER_PROGRESSIVE and not owned:
        return False
    if words[index].sentence_start:
        return not owned
    opener = after.low in w.ARTICLES or owned
    if "NOUN" not in w.tags(words[index + 1].low) and opener and _no_verb_follows(words, index + 2):
        return True  # "any student whose considering a change of major": an -ing word that is no noun has its object
    # after a comma, in an aside: "Ted Alvarez, whose running for a third term, said" (not "whose
    # singing of the anthem moved us", "whose cooking for the family was praised": the -ing word a noun);
    # or after a verb that asks: "let us know whose attending the lunch" (not "know whose painting the
    # gallery bought", where a verb follows)
    if index == 0 or after.low == "of":
        return False
    if words[index - 1].joined and words[index - 1].low not in _WHO_ASKING:
        return False
    in_noun_phrase = False  # "whose bringing the paper plates?": 'plates' a noun after its determiner
    tags: list[str] | None = None
    for at, later in enumerate(words[index + 2 :], start=index + 2):
        noun = False
        if in_noun_phrase and "NOUN" in w.tags(later.low):
            tags = tags or sentence_tags(doc, words)  # not "whose singing the crowd loves": the tagger's verb
            noun = tags[at] in COMMON_NOUN_TAGS
        if not noun and (later.low in w.BE_FORMS or w.plainly_finite(later.low) or w.plainly_past(later.low)):
            return False
        if not later.joined:
            return True
        in_noun_phrase = later.low in w.DETERMINERS or (in_noun_phrase and bool(w.tags(later.low) & {"NOUN", "ADJ"}))
    return False


_NAME_PARTS = frozenset("first last middle maiden full given family".split())


def _next_in_names(words: list[Word], index: int) -> bool:
    """'name' or 'names' after the word at ``index`` ("students who's last names begin with A")."""
    following = _next(words, index)
    return following is not None and following.low in ("name", "names")


def _no_verb_follows(words: list[Word], start: int) -> bool:
    """No finite verb from ``start`` to the end of the clause (a comma or a word that opens another
    clause): "whose considering a change of major before the term opens", not "whose coaching the team
    paid off", where the -ing phrase is the subject of 'paid'."""
    for word in words[start:]:
        if word.low in _OPENS_ANOTHER_CLAUSE:
            return True
        if word.low in w.BE_FORMS or w.plainly_finite(word.low) or w.plainly_past(word.low):
            return False
        if not word.joined:
            return True
    return True


_OPENS_ANOTHER_CLAUSE = frozenset("before after when while because if until since that who which whether".split())
_WHO_ASKING = frozenset("know knows knew wonder wondered wondering ask asked check see tell sure".split())
"""Verbs before an embedded question that 'who's' may open ("let us know who's coming")."""
_PREDICATE_PREPOSITIONS = frozenset("for to of about with at in on from".split())
_ADJECTIVES_TAKEN_FOR_NOUNS = frozenset(("responsible", "irresponsible"))
"""Adjectives that the word tables know only as nouns."""


def _predicate_adjective(words: list[Word], index: int, *, only: bool = False) -> bool:
    """An adjective that takes a preposition after it ("Who's responsible for the delay?", "who's
    eligible to vote", "who's aware of it"): 'who is', not the possessive. ``only``: an adjective
    that is no noun too ('Whose aware of it?', not 'whose fit for')."""
    low = words[index].low
    following = _next(words, index)
    if following is None or following.low not in _PREDICATE_PREPOSITIONS:
        return False
    tags = w.tags(low)
    if low in _ADJECTIVES_TAKEN_FOR_NOUNS:
        return True
    return "ADJ" in tags and not (only and "NOUN" in tags and low not in _SELDOM_NOUNS)


def _participle_then_preposition(words: list[Word], index: int) -> bool:
    """A past participle that is no noun (nor a past that is no participle) at ``index``, then a
    preposition it takes as a predicate ("Patients whose scheduled for surgery", "whose signed up for"):
    'who is scheduled'. Not "whose scheduled flights" (a noun after it: the possessive's)."""
    low = words[index].low
    if not w.tags(low) <= {"VERB", "ADJ"} or not w.verb_tags(low) or not w.verb_tags(low) <= {"VBD", "VBN"}:
        return False
    following = _next(words, index)  # 'to' and 'by' too: "a driver whose believed to have struck"
    return following is not None and (following.low in _PARTICIPLE_PREPOSITIONS or following.low in ("to", "by"))


_SELDOM_NOUNS = frozenset("eligible liable".split())
"""Adjectives the word tables also list as nouns that hardly stand as one before a preposition ('whose
eligible for' is 'who's')."""
_AFTER_ADJECTIVE_GERUND = w.PREPOSITIONS | w.ARTICLES | frozenset(("with", "as"))


_GERUND_ADJECTIVES = frozenset("comfortable busy".split())
"""Adjectives that take an -ing clause ('comfortable working with', 'busy preparing'); not 'principled',
'careful': "whose principled positioning in" is the possessive's gerund."""


def _adjective_then_gerund(words: list[Word], index: int) -> bool:
    """An adjective that takes an -ing clause (:data:`_GERUND_ADJECTIVES`), an -ing verb and its complement
    after 'whose' ("a candidate whose comfortable working with data"): 'who is comfortable working'. Not
    "whose comfortable living room": a noun after the -ing word makes it a compound the possessive owns."""
    adjective, gerund = words[index + 1], _next(words, index + 1)
    if adjective.low not in _GERUND_ADJECTIVES or gerund is None or not gerund.low.endswith("ing"):
        return False
    complement = _next(words, index + 2)
    return "VBG" in w.verb_tags(gerund.low) and complement is not None and complement.low in _AFTER_ADJECTIVE_GERUND


def _noun_then_finite(words: list[Word], index: int) -> bool:
    """A noun and a finite 'be' or 'have' after 'who's' ("the suspect, who's name was not released"):
    'who is name was' has two verbs; only 'whose name was' stands."""
    noun, verb = words[index + 1], _next(words, index + 1)
    if verb is None or noun.low in _ROLE_NOUNS:
        return False  # "the one who's boss is here": who is boss
    if verb.low not in _FINITE_AFTER_NOUN:
        past_or_present = w.plainly_finite(verb.low) or w.plainly_past(verb.low)
        if not past_or_present or "ADV" in w.tags(noun.low) or w.tags(noun.low) == {"ADJ", "NOUN"}:
            return False  # "who's term ends", "who's house burned"; not "who's first said", "who's senior left"
    return "NOUN" in w.tags(noun.low) and not noun.low.endswith("ing")  # "the man who's running is fast"


_FINITE_AFTER_NOUN = frozenset("is was are were has had".split())


def _noun_phrase_then_finite(words: list[Word], index: int) -> bool:
    """After 'who's', a noun that is no role, then more nouns or a phrase with a preposition, and a
    finite 'be' or 'have' ("a senior who's research on groundwater was published", "a student
    who's lunch account is overdrawn", "residents who's volunteer work has helped"): 'who is
    research … was' has two verbs. Not "the one who's captain of the team is here" (a role), nor a
    word in -ing ("the man who's running the club is here")."""
    first = index + 1
    if w.tags(words[first].low) == {"ADJ"} and words[first].joined and first + 1 < len(words):
        first += 1  # "a volunteer who's tireless work kept the food bank open"
    noun = words[first]
    tags = w.tags(noun.low)
    if "NOUN" not in tags or tags & {"ADJ", "ADV"} or noun.low in _ROLE_NOUNS or noun.low.endswith("ing"):
        return False
    if w.verb_tags(noun.low) & {"VBN", "VBD", "VBG"} or not noun.joined:
        return False
    for at in range(first + 1, min(index + 9, len(words))):
        word = words[at]
        if word.low in _FINITE_AFTER_NOUN:
            return at > index + 2  # one noun and the verb is _noun_then_finite's
        if at > first and words[at - 1].joined and _plain_past(word.low):
            return True  # "who's arm strength drew scouts", "who's tireless work kept": the phrase's past
        if not words[at - 1].joined or word.capitalised:
            return False
        known = w.tags(word.low)
        if known and word.low not in w.PREPOSITIONS and word.low not in w.ARTICLES and not known & w.NOUN_OR_ADJECTIVE:
            return False  # (a word the tables lack, 'groundwater', is read as a noun)
    return False


def _plain_past(low: str) -> bool:
    """A simple past that is only a verb's ('drew', 'kept', 'helped'): no noun or adjective reading."""
    forms = w.verb_tags(low)
    return "VBD" in forms and forms <= {"VBD", "VBN"} and w.tags(low) == {"VERB"}


_CLAUSE_SUBJECTS = frozenset("it this that he she they we you i".split())


def _noun_then_clause(words: list[Word], index: int) -> bool:
    """'who's' before a noun and then a subject and its 'be' ("Nobody knows who's fault it was", "who's
    turn it is"): 'who is fault it was' has no place for the noun; only 'whose fault it was' stands. Not a
    participle ('who's seen it is'), an adjective or an -ing form."""
    if index + 3 >= len(words) or not (words[index + 1].joined and words[index + 2].joined):
        return False
    noun, subject, verb = words[index + 1].low, words[index + 2].low, words[index + 3].low
    tags = w.tags(noun)
    if "NOUN" not in tags or "ADJ" in tags or noun.endswith("ing") or w.verb_tags(noun) & {"VBN", "VBD"}:
        return False
    return subject in _CLAUSE_SUBJECTS and verb in _FINITE_AFTER_NOUN


def _going_to(words: list[Word], index: int) -> bool:
    """'going to' and a verb at ``index`` ("whose going to pay"), not "whose going rate"."""
    return words[index].low == "going" and _next_is(words, index + 1, "to")


def _only_noun(low: str) -> bool:
    return w.tags(low) == {"NOUN"} or w.is_plural_noun(low)


def _adjective_noun(words: list[Word], index: int) -> bool:
    """An adjective that is nothing else, then a noun: "who's actual job", "who's highest level"
    (a superlative takes any noun after it: 'who is highest level' cannot stand)."""
    noun = _next(words, index + 1)
    adjective = words[index + 1].low
    tags = w.tags(adjective)
    if noun is None or "ADJ" not in tags or not tags <= {"ADJ", "ADV"}:
        return False
    superlative = adjective.endswith("est") and "NOUN" in w.tags(noun.low) and not noun.capitalised
    return superlative or _only_noun(noun.low)


_TOO = frozenset(("too",))
_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "CD"))
"""Tags of a word that 'too' (also) may follow as its subject: 'they too go', 'the kids too go'."""
_OBJECT_TO_LEMMAS = frozenset("encourage urge invite ask allow remind require persuade force enable permit".split())
"""Verbs whose object an infinitive follows ('encourage residents to attend')."""
_OBJECT_OPENERS_BEFORE_TOO = frozenset("all the our your their his her its every these those".split())


def _object_of_to_verb(words: list[Word], index: int) -> bool:
    """The noun before 'too' is the object of a verb that an infinitive follows, one or two determiners
    between ("we encourage all residents too attend"): the noun is no subject 'too' can follow."""
    at = index - 2
    while at >= 0 and index - at <= 3 and words[at].low in _OBJECT_OPENERS_BEFORE_TOO and words[at].joined:
        at -= 1
    if at < 0 or not words[at].joined or at == index - 1:
        return False
    return any(lemma in _OBJECT_TO_LEMMAS for lemma in w.verb_lemmas(words[at].low))


def _only_a_verb(low: str) -> bool:
    """A base verb that is never an adjective or an adverb ('go', 'see', 'be'; a noun too, as 'go'
    is, when the tagger reads it as the verb): 'too' the intensifier takes adjectives and adverbs
    ('too close', 'too late', 'too much')."""
    parts = w.tags(low)
    return bool(parts) and parts <= {"VERB", "AUX", "NOUN"} and ("VB" in w.verb_tags(low) or low == "be")


class TooForTo(GrammarRule):
    id = "grammar.too-for-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'too' before a bare verb where the infinitive's 'to' is meant: 'I want too go'."
    why = (
        "'Too' means 'also' or 'excessively'; before a bare verb ('too go', 'too see') the "
        "infinitive marker 'to' is meant. The n-gram counts cannot tell the two apart ('too' and "
        "'to' are both common beside most words), so the rule asks the part-of-speech tagger: the "
        "next word must be read as a base verb and be nothing but a verb, and 'too' must not follow "
        "its subject ('they too go' is 'they also go')."
    )
    bad = (
        "I want too go home early.",
        "We need too see the plans first.",
        "She is going too be late.",
        "Pass the salt too us, and send the invoice too them.",
        "We encourage all residents too attend the public hearing.",
    )
    good = (
        "It is too late to go home.",
        "We asked our neighbours, and they too attend the hearing; they invite parents who too attend.",
        "They too go to school on Sundays.",
        "The kids too believe it.",
        "The room was too close to the road.",
        "He ate too much.",
        "He said it to them too, and me too.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TOO):
            word = words[index]
            if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and word.joined):
                continue
            following, previous = words[index + 1], words[index - 1]
            if following.low in _OBJECTS_AFTER_TO and previous.low not in _ALSO_PRONOUNS:
                if not (doc.is_protected(word.start, word.end) or in_quotes(doc, word.start)):
                    fixed = match_case("to", word.text)
                    yield self.replace_word(
                        word,
                        fixed,
                        f"Did you mean '{fixed} {following.text}'? A pronoun after it needs the preposition 'to'.",
                        FixSafety.UNSAFE,
                    )
                continue
            if following.text != following.low or not _only_a_verb(following.low):
                continue
            if previous.low in w.SUBJECT_PRONOUNS:
                continue
            tags = sentence_tags(doc, words)
            if tags[index + 1] != "VB" or (tags[index - 1] in _SUBJECT_TAGS and not _object_of_to_verb(words, index)):
                continue
            if index >= 2 and words[index - 2].low == "the" and tags[index - 1].startswith("JJ"):
                continue  # "The rich too pay taxes": an adjective for its people is the subject
            if doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            fixed = match_case("to", word.text)
            yield self.replace_word(
                word,
                fixed,
                f"Did you mean '{fixed}'? '{fixed} {following.text}' is an infinitive; 'too' means 'also' or 'very'.",
                FixSafety.UNSAFE,
            )


_OBJECTS_AFTER_TO = frozenset(("him", "them", "us"))
"""Object pronouns that only a preposition puts after 'too' ('give it too him'); not 'me' ('you too,
me too') nor 'her' (a possessive too)."""
_ALSO_PRONOUNS = w.OBJECT_PRONOUNS | w.SUBJECT_PRONOUNS


_TO = frozenset(("to",))
_BE_BEFORE_TO = frozenset(
    "is are was were be been being am isn't aren't wasn't weren't it's that's there's he's she's what's".split()
    + "it’s that’s there’s he’s she’s what’s".split()
)
"""A form of 'be' (alone or contracted with its subject): 'is to late', 'it's to late'."""
_LINKING_BEFORE_TO = frozenset(
    """seem seems seemed look looks looked sound sounds sounded feel feels felt become becomes became
    get gets got getting grow grows grew""".split()
)
"""Verbs that link a subject to an adjective as 'be' does: 'looks to pretty to be', 'got to hot'. After
them 'to' also takes a verb ('seems to close') or a noun ('looked to Europe', 'got to work'), so only
a graded adjective that ends its clause is taken."""
_TO_MUCH_OWED = frozenset("owe owes owed owing amount amounts amounted amounting".split())
"""Verbs after which 'to much' may end a clause ("it didn't amount to much.", "we owe it to much")."""
_FAR_BEFORE_TO = frozenset("far way much".split())
"""Degree words that only 'too' follows ('far too many', 'way too late'); 'to' after them is 'too'."""
_QUANTITY = frozenset(("many", "much"))
_SLIGHTLY = frozenset(("slightly", "somewhat"))
_LITTLE_BIT = frozenset(("little", "bit"))
_TWO = frozenset(("two",))
_TO_OR_TWO = _TO | _TWO


def _two_for_too(words: list[Word], index: int) -> bool:
    """'two many', 'two much': no number goes before 'many' or 'much'."""
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in _QUANTITY


_PREPOSITIONS_AFTER_DEGREE = frozenset("after during at in on from with by".split())
"""Prepositions that may follow 'too' and an adjective that is no bare verb ('too tired after the flight')."""
_ENDS_DEGREE = frozenset("to for and but or outside inside today tonight now here there again".split())
"""What may follow 'too late', 'too high' in a clause: 'too tired to speak', 'too high for them', 'too
hot outside'."""


class ToForToo(GrammarRule):
    id = "grammar.to-for-too"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'to' or 'two' where 'too' (excessively) is meant: 'it is to late', 'there are two many cars'."
    why = (
        "'Too' is the degree word ('too late', 'too many'); 'to' is the preposition or the infinitive's "
        "marker. Only places where 'to' cannot be either are flagged: after a form of 'be' ('was to "
        "tired'), before 'many' or 'much' or an adjective that is no verb ('to late', 'to high'), and "
        "where the adjective ends its clause ('to late.', 'to tired to speak', 'to high for'), also after 'a "
        "little' or 'a bit' ('a little to much'; not 'a little to the left'). 'The aim "
        "is to expand', 'is to blame', 'the shift is to cheaper homes' and 'sent to many people' stay quiet."
    )
    bad = (
        "It is to late to change the plan.",
        "There are to many cars on the road.",
        "He was to tired to speak.",
        "The fee is far to high for most families.",
        "It's to early to say.",
        "The rent was to much for us.",
        "The bill is to expensive for most families.",
        "The trip was far to dangerous.",
        "I have to many emails to answer.",
        "The meat was to raw to eat.",
        "It's to late today, and he has two many cars.",
        "Advertising can affect them to much.",
        "He looks to pretty to be a boxer, and the room got to hot for us.",
        "I spoke to soon, and we went to far with the cuts.",
        "The gap was to wide, wasn't it? The music was to loud!",
        "We brought the cake, to.",
        "The soup is to hot to eat, and the list was to long.",
        "The bill seemed a little to much for lunch, and it was a bit to late to call.",
        "The cost was simply to high to absorb, and it is never to early to plan for winter.",
        "I was to tired after the red-eye flight to do anything, and the kids were to excited at bedtime.",
        "That's slightly to much for a humid kitchen. The covers can go in the dryer to.",
        "The team made to many turnovers, we ordered to many appetizers, and they spent to much money.",
        "The path is to narrow for strollers, and the clay was to wet to shape.",
        "If the bath feels to warm, add cold water.",
    )
    good = (
        "The aim is to expand the service.",
        "Nobody is to blame for the delay.",
        "The shift is to cheaper homes and smaller cars.",
        "Letters were sent to many people.",
        "The plan is to fully fund the schools.",
        "It was too late to change the plan.",
        "The best is to come. The choice was to close or to sell.",
        "The move is to early retirement.",
        "The shift is to digital. Life is slowly returning to normal.",
        "The goal is to permanent housing. The switch is to renewable energy.",
        "I have to go, and she has to manage the budget.",
        "It led to much debate; the plan didn't amount to much, and the rest came to much less.",
        "It seems to close early; she looked to Europe; they got to work; it seems to many a good idea.",
        "He looked to older players for advice and grew to like it.",
        "The scale runs from near to far; it went from early to late. Set the oven to low.",
        "Give it to him, too. The town I moved to, however, was quiet. You may, if you want to.",
        "The event was moved to soon after lunch, and the vote put back to late May.",
        "It's next to impossible; the car is close to new, and she came second to last.",
        "Our plan is to fast. The next step is to thin the paint, and the answer is to short the market.",
        "Move it a little to the left; he moved a bit to close the gap; we walked a little to warm up.",
        "The aim is simply to wait; nobody is really to blame; the answer is never to close early.",
        "The shift was to digital in 2010; the store is to close at noon; the goal was to dry in the sun.",
        "It added slightly to much of the cost. That is the man I gave the book to.",
        "He has been to many countries; she committed to many causes and was received to much acclaim.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TO_OR_TWO):
            comma = words[index].low == "to" and _also_after_comma(doc, words, index)
            if comma or (words[index].low == "to" and _also_after_place(doc, words, index)):
                word = words[index]
                if not (doc.is_protected(word.start, word.end) or in_quotes(doc, word.start)):
                    fixed = match_case("too", word.text)
                    where = "after a comma" if comma else "with nothing for it to govern"
                    yield self.replace_word(
                        word,
                        fixed,
                        f"Did you mean '{fixed}'? At a sentence's end {where}, 'also' is '{fixed}'.",
                        FixSafety.UNSAFE,
                    )
                continue
            if words[index].low == "two":
                if not _two_for_too(words, index):
                    continue
            elif not (_to_means_too(words, index) or _linked_to_adjective(words, index)):
                continue
            if words[index].low == "to" and _noun_phrase_goes_on(doc, words, index + 1):
                continue
            word = words[index]
            if doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            fixed = match_case("too", word.text)
            other = "'two' is the number" if word.low == "two" else "'to' is a preposition"
            yield self.replace_word(
                word,
                fixed,
                f"Did you mean '{fixed} {words[index + 1].text}'? 'Too' is the degree word; {other}.",
                FixSafety.UNSAFE,
            )


_IRREGULAR_GRADES = frozenset("good bad well ill little far difficult".split())
_GRADED_ENDINGS = ("ive", "ous", "ful", "able", "ible", "less", "ant", "ent")
"""Endings of adjectives that take 'more' and 'too' ('expensive', 'dangerous', 'careful', 'costly' is
caught by its comparative); 'digital', 'normal' and 'basic' do not end so."""


def _takes_degree(low: str) -> bool:
    """An adjective that grades ('late' -> 'later', 'big' -> 'bigger', 'good') or a participle made
    one ('tired', 'worried'): 'too' goes with these. Read from the word list, without loading the
    inflection tables: 'normal' and 'digital' have no 'normaler'."""
    if low in _IRREGULAR_GRADES or (low.endswith("ed") and "VBN" in w.verb_tags(low)):
        return True
    if low.endswith(_GRADED_ENDINGS) and w.tags(low) == {"ADJ"}:
        return True  # "expensive", "dangerous", "careful", "difficult": graded with 'more'

    stem = low[:-1] + "i" if low.endswith("y") else low[:-1] if low.endswith("e") else low
    comparatives = (stem + "er", low + low[-1:] + "er")
    return any("ADJ" in w.tags(form) or "ADV" in w.tags(form) for form in comparatives)


def _noun_phrase_goes_on(doc: Document, words: list[Word], index: int) -> bool:
    """The adjective at ``index`` after 'to' is glued to a slash or a bracket ('to remote/local hosts',
    'pass it to new()'), or a comma and another adjective with its noun follow ('access to useful,
    reliable tools'): the preposition's noun phrase goes on, no degree ends there."""
    adjective, before = words[index], words[index - 2].low
    if before in _BE_BEFORE_TO or before in _FAR_BEFORE_TO or before in _LINKING_BEFORE_TO:
        return False  # "it was to small/cramped", "far to high, sadly": the degree after 'be' or 'far'
    glued = doc.text[adjective.end : adjective.end + 1]
    if glued == "/" or doc.text[adjective.end : adjective.end + 2].lstrip()[:1] == "(":
        return True  # "to remote/TRAMP hosts", "to remote (or local) destinations", "to new()"
    if glued != "," or index + 2 >= len(words):
        return False
    second, noun = words[index + 1], words[index + 2]
    return second.joined and w.tags(second.low) == {"ADJ"} and bool(w.tags(noun.low) & {"ADJ", "NOUN"})


def _also_after_comma(doc: Document, words: list[Word], index: int) -> bool:
    """'I'd like some tea, to.': 'to' alone after a comma at the sentence's end is 'too' (also); a
    stranded preposition ('the man I spoke to.') has no comma before it."""
    if index == 0 or index + 1 != len(words) or words[index - 1].joined:
        return False
    between = doc.text[words[index - 1].end : words[index].start]
    return between.strip() == "," and doc.text[words[index].end : words[index].end + 1] in (".", "!", "?")


def _also_after_place(doc: Document, words: list[Word], index: int) -> bool:
    """'the covers can go in the dryer to.': 'to' ending the sentence after a preposition, a
    determiner and a noun has nothing to govern, and no verb of the clause stands before the
    phrase to strand it ("the man I gave the book to." has 'gave' there): it is 'too'."""
    if index < 3 or index + 1 != len(words) or not word_joined(words, index - 3, index):
        return False
    preposition, determiner, noun = words[index - 3], words[index - 2], words[index - 1]
    if preposition.low not in _TOO_PLACE_PREPOSITIONS or determiner.low not in w.DETERMINERS:
        return False
    if noun.capitalised or "NOUN" not in w.tags(noun.low):
        return False
    return doc.text[words[index].end : words[index].end + 1] in (".", "!")


_TOO_PLACE_PREPOSITIONS = frozenset("in into on at inside under behind beside near".split())


_DEGREE_ADVERBS = frozenset("soon far late early loud hard often".split())
"""Words that 'too' grades ('too soon', 'went too far', 'spoke too loud') and that 'to' can neither
mark as an infinitive nor govern as a noun when they end the phrase ('to far.' is no place)."""
_FROM = frozenset(("from",))
_FAR_SOON = frozenset(("far", "soon"))
_FOR_TO = frozenset(("for", "to"))
"""After these 'too' may go on with a preposition ('went too far with it', 'too soon after')."""


def _range_start(words: list[Word], index: int) -> bool:
    """An adjective that is no degree word before 'to' at ``index``, no verb or after a form of 'be':
    the first end of a range ('is low to non-existent', 'mild to severe'), where 'too' would stand
    after a verb, 'far' or 'way'."""
    low = words[index - 1].low
    tags = w.tags(low)
    if "ADJ" not in tags or low in _FAR_BEFORE_TO or low in _DEGREE_ADVERBS:
        return False
    return "VERB" not in tags or (index > 1 and words[index - 2].low in _BE_BEFORE_TO)


def _to_before_degree_adverb(words: list[Word], index: int) -> bool:
    """'spoke to soon.', 'a step to far.', 'not to hard, is it?': 'to' before a degree word that ends
    its phrase, or before a graded adjective that is no verb and ends its phrase (a punctuation
    mark or the sentence's end). Not after a 'from' in the sentence ('from near to far', 'from early
    to late')."""
    following = words[index + 1]
    ends = not following.joined or index + 2 >= len(words)
    degree = following.low in _DEGREE_ADVERBS
    if not (ends or degree or words[index + 2].low in _FOR_TO) or following.text != following.low:
        return False  # the cheap test first: 'to' runs through every text
    if words[index - 1].low in _TO_PARTNERS:
        return False  # "next to impossible", "close to new", "second to last"
    if _range_start(words, index):
        return False  # "interest is low to non-existent", "mild to severe": a range from one adjective to another
    if joined_before(words, index, 4, _SETTING_VERBS) or joined_before(words, index, 4, _MOVING_VERBS):
        return False  # "a phone set to silent.", "turn the knob to loud", "moved to soon after lunch"
    if degree:
        after = _next(words, index + 1)
        goes_on = after is not None and (
            after.low in _ENDS_DEGREE or (following.low in _FAR_SOON and after.low in w.PREPOSITIONS)
        )
        if not ends and not goes_on:
            return False
        if goes_on and _compound_modifier_after(words, index):
            return False  # "this led to hard to track bugs": 'hard to track' modifies the noun
    elif not _graded_adjective_only(following.low) or (not ends and not _degree_goes_on(words, index + 1)):
        return False
    elif following.low in _COMPARED or following.low.endswith(("er", "est")):
        return False  # "as opposed to less.", "from bad to worse"
    return not any(word.low in _FROM for word in words[:index])


_SETTING_VERBS = frozenset(
    """set sets setting reset switch switched switches turn turned turns change changed changes default defaults
    rename renamed renames convert converted converts restore restored restores""".split()
)
"""Verbs that put a thing 'to' a setting ('set to silent', 'turned to high'), a value not a degree."""
_TO_PARTNERS = frozenset(
    """next close closer second third fourth fifth lead leads led leading due opposed owing prior similar
    according thanks refer refers referred referring subscribe subscribes subscribed contribute contributes
    contributed belong belongs belonged""".split()
)
"""Words that 'to' follows as a fixed partner ('next to impossible', 'close to new', 'second to last'),
or as the preposition they govern, before an adjective of the noun phrase after it ('lead to subtle
bugs', 'due to faulty data', 'as opposed to ignorant')."""
_MOVING_VERBS = frozenset(
    """
    move moved moves moving push pushed pushes pushing bring brought brings bringing postpone postponed
    postpones delay delayed delays reschedule rescheduled defer deferred put puts shift shifted shifts
    extend extended extends adjourn adjourned back forward bake baked bakes baking cook cooked cooks
    cooking fry fried roast roasted toast toasted brown browned grill grilled simmer simmered reduce reduced
    whip whipped beat beaten boil boiled heat heated
    """.split()
)
"""Verbs that take a thing 'to' a time or a state ('moved to soon after lunch', 'put back to late
May', 'bake it to golden', 'whip the cream to stiff'): a destination, not a degree."""
_COMPARED = frozenset("less more fewer worse better least most best worst".split())


def _compound_modifier_after(words: list[Word], index: int) -> bool:
    """'led to hard to track bugs': after a word that is no form of 'be', 'to', the degree word, 'to',
    a verb and straight after it a noun without a determiner: 'hard to track' is a modifier of that
    noun (hard-to-track bugs) and the first 'to' the preposition ('it is to hard to track bugs' has
    'be' before it)."""
    if words[index - 1].low in _BE_BEFORE_TO or index + 4 >= len(words):
        return False
    if words[index + 2].low != "to" or not (words[index + 2].joined and words[index + 3].joined):
        return False
    noun = words[index + 4].low
    return "NOUN" in w.tags(noun) and noun not in w.DETERMINERS and not noun.endswith("ly")


def _degree_goes_on(words: list[Word], index: int) -> bool:
    """After the adjective at ``index`` comes what 'too' + adjective takes: 'for' ("to big for small
    screens") or 'to' and a bare verb ("to heavy to lift")."""
    after = _next(words, index)
    if after is None:
        return False
    if after.low == "for":
        return True
    verb = _next(words, index + 1)
    return after.low == "to" and verb is not None and (verb.low == "be" or w.verb_tags(verb.low) == {"VB"})


def _graded_adjective_only(low: str) -> bool:
    """An adjective that grades and is neither verb nor noun ('hard', 'loud', 'wide'): after 'to' it
    can only be 'too'."""
    tags = w.tags(low)
    return "ADJ" in tags and not tags & {"VERB", "NOUN"} and _takes_degree(low)


_BE_OR_FEEL = w.BE_FORMS | frozenset("feel feels felt".split())
_AIM_NOUNS = frozenset(
    """aim plan goal idea answer step choice task job challenge priority point solution intention purpose
    mission hope trick key rule option strategy best next first thing way move shift switch""".split()
)
"""Subjects whose 'is to' opens an infinitive ('The plan is to narrow the road', 'the next step is to thin')."""
_PERSONS = w.PERSON_SUBJECTS | frozenset(("he", "she"))


def _linked_to_adjective(words: list[Word], index: int) -> bool:
    """'to' after 'be' or 'feel' (an adverb between or not) and before a grading adjective that is also
    a verb, which then ends its phrase or takes 'to' and a verb or 'for' ("it is to narrow for cars",
    "the soil was to wet to work", "the room feels to warm,", "the kitchen was simply to slow to
    keep up"): 'too'. Not after a subject that names an aim ("the plan is to narrow the gap", "the
    next step is to thin the paint"), nor a person before 'for' ("he is to fast for a day"), nor a
    verb with its object or a place ("the store is to close at noon")."""
    if index < 2 or index + 2 >= len(words) or not run_of(words, index - 1, 3):
        return False
    linking = index - 1
    if words[linking].low in w.MID_ADVERBS and words[linking - 1].joined:
        linking -= 1  # "was simply to slow"
    if words[linking].low not in _BE_OR_FEEL or linking < 1:
        return False
    subject = words[linking - 1].low
    if linking >= 2 and words[linking - 1].low in w.BE_FORMS | {"has", "have", "had"}:
        subject = words[linking - 2].low  # "has been to low"
    if subject in _AIM_NOUNS:
        return False
    adjective = words[index + 1].low
    if "ADJ" not in w.tags(adjective) or not _takes_degree(adjective) or adjective.endswith("ed"):
        return False
    after = words[index + 2]
    if not words[index + 1].joined:
        return True  # "the room feels to warm, so"
    if after.low == "to" and index + 3 < len(words) and "VB" in w.verb_tags(words[index + 3].low):
        return True  # "to wet to work", "to shallow to hold"
    # "to narrow for cars"; not "the priest is to fast for a day" (the verb 'fast'), "prices are to slow on
    # weak demand" (a headline's future)
    return after.low == "for" and subject not in _PERSONS and adjective != "fast"


def _to_means_too(words: list[Word], index: int) -> bool:
    """'to' between a form of 'be' (or 'far', 'way') and 'many', 'much' or an adjective that is no
    base verb and ends its clause ('tired' is a participle, so 'to tired' is no infinitive)."""
    if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    if _to_before_degree_adverb(words, index):
        return True
    previous, following = words[index - 1].low, words[index + 1]
    before_verb = index - 2  # the word before the verb that 'to' follows
    if (
        previous in _ADVERBS_BEFORE_TO
        and index > 1
        and words[index - 2].joined
        and words[index - 2].low in _BE_BEFORE_TO
    ):
        previous, before_verb = words[index - 2].low, index - 3  # "was simply to high", "is never to early"
    if previous in w.HAVE_FORMS and following.low in _QUANTITY:
        return True  # "I have to many emails": 'have to' takes a verb, and 'many' is none
    passive = index > 1 and words[index - 2].low in w.BE_FORMS  # "was received to much acclaim"
    if following.low in _QUANTITY and _takes_no_to(previous) and not passive and _counted_after(words, index + 1):
        return True  # "the team made to many turnovers", "we ordered to many appetizers": the verb's object
    if following.low == "much" and previous in _SLIGHTLY and not _next_is(words, index + 2, "of"):
        return True  # "that's slightly to much for a small kitchen": no verb or noun for 'to' after 'slightly'
    if following.low == "much" and _next(words, index + 1) is None and previous not in _TO_MUCH_OWED:
        return True  # "it affects them to much.": 'to much' ends no phrase ('led to much debate' goes on)
    linking = previous in _LINKING_BEFORE_TO
    a_little = previous in _LITTLE_BIT and index > 1 and words[index - 2].low == "a" and words[index - 2].joined
    if previous not in _BE_BEFORE_TO and previous not in _FAR_BEFORE_TO and not linking and not a_little:
        return False  # ("a little to much", "a bit to late": degree words before 'too'; "a little to the left")
    if following.text != following.low:
        return False
    if linking and (following.low in _QUANTITY or not _takes_degree(following.low)):
        return False  # "seems to many a good idea"
    if following.low in _QUANTITY:
        if previous == "been" and not _existential_before(words, before_verb):
            return False  # "He has been to many countries": 'been to' is 'visited' ("there have been to many" is not)
        after = _next(words, index + 1)
        return after is None or after.low not in ("a", "an")  # "fight their way to many a liberty"
    verb_too = "VB" in w.verb_tags(following.low)
    if "ADJ" not in w.tags(following.low) or (verb_too and not _degree_commoner(following.low)):
        return False  # "is to blame", "is to close": an infinitive
    if verb_too and before_verb >= 0 and _infinitive_subject(words[before_verb].low):
        return False  # "Our plan is to fast.", "All he wants is to fast.": what a plan is, an infinitive
    if previous in _BE_BEFORE_TO and not _takes_degree(following.low) and not _infinitive_after(words, index + 1):
        return False  # "the shift is to digital", "a return to normal": 'to' and an adjective used as a noun
    after = _next(words, index + 1)
    if index + 2 == len(words) or not following.joined:
        return True  # "it is to late.", "it was to wide, wasn't it?"
    if after is not None and not verb_too and after.low in _PREPOSITIONS_AFTER_DEGREE:
        return True  # "I was to tired after the flight": no infinitive, so a degree word's place
    return after is not None and after.low in _ENDS_DEGREE


_ADVERBS_BEFORE_TO = frozenset(
    "simply just still already really never not always often sometimes probably certainly clearly definitely".split()
)
"""Adverbs between 'be' and 'to' that leave it the degree word's place ('was simply to high', 'it is
never to early'); an infinitive after them ('is simply to wait') stays quiet as after 'be' alone."""


_PURPOSE_NOUNS = frozenset(
    "aim plan idea goal wish hope task job intention objective purpose point answer solution trick key".split()
)
"""Nouns whose 'is' takes an infinitive ("the plan is to fast"): an adjective that is a verb too is that verb."""


_WANTING = frozenset("want need do hope wish like plan try intend mean".split())


def _infinitive_subject(low: str) -> bool:
    """The word before 'is' makes its complement an infinitive: a noun of purpose ('the plan is to') or
    the verb of a pseudo-cleft ('all he wants is to', 'what we need is to')."""
    return low in _PURPOSE_NOUNS or any(lemma in _WANTING for lemma in w.verb_lemmas(low))


def _existential_before(words: list[Word], at: int) -> bool:
    """'there' among the two words before ``at`` (the word before 'been'): "there have been to many delays"."""
    return any(words[back].low in ("there", "there's", "there’s") for back in range(max(at - 1, 0), at + 1))


def _takes_no_to(low: str) -> bool:
    """A form of a verb that takes its object straight after it and no phrase with 'to' there ('made',
    'ordered', 'spent'): 'to many' after it can only be 'too many' ("made to many turnovers"; not
    "spoke to many people", "sold to many buyers", "committed to many causes", "got used to many
    things", "drank to many toasts", which 'to' completes)."""
    return any(lemma in _OBJECT_FIRST_VERBS for lemma in w.verb_lemmas(low)) and "NOUN" not in w.tags(low)


_OBJECT_FIRST_VERBS = frozenset(
    "make receive order buy eat spend cook bake pack create produce collect earn waste".split()
)


def _counted_after(words: list[Word], at: int) -> bool:
    """A plural noun (or, after 'much', a noun) follows 'many' or 'much' at ``at``, an adjective between or not."""
    for later in range(at + 1, min(at + 3, len(words))):
        if not words[later - 1].joined:
            return False
        low = words[later].low
        if "NOUN" in w.tags(low):
            return words[at].low == "much" or w.is_any_plural(low)
        if "ADJ" not in w.tags(low):
            return False
    return False


def _degree_commoner(low: str) -> bool:
    """An adjective that is a verb too, written after 'too' at least as often as after 'to' in the web
    counts ('too hot', 'too long', 'too busy'; not 'to close', 'to slow', 'to blame'): its verb is
    rare enough that 'is to hot.' is no infinitive."""
    from ._ngrams import web_pair_count

    degree = web_pair_count("too", low)
    if degree is None:
        return False
    infinitive = web_pair_count("to", low)
    return infinitive is None or degree >= infinitive


def _infinitive_after(words: list[Word], index: int) -> bool:
    """An infinitive straight after the adjective at ``index``: "was to raw to eat" (the degree's
    'too … to'), where no adjective is used as a noun."""
    after, verb = _next(words, index), _next(words, index + 1)
    return after is not None and after.low == "to" and verb is not None and "VB" in w.verb_tags(verb.low)


_WERE = frozenset(("were", "we're", "we’re", "where"))
_WE_ARE_NEXT = frozenset(
    """not gonna all still always never just so very here ready sorry happy glad proud excited
    thrilled delighted pleased back almost nearly now also both open""".split()
)
"""Words after a sentence-opening 'Were' that make it 'We're' when the sentence is no question:
'Were not going', 'Were all set'; 'Were it not for' and 'Were you there?' are left alone."""


def _were_for_where(words: list[Word], index: int) -> bool:
    """'were' after 'to', 'from' or 'of' and before a subject and its verb ("back to were you came
    from", "from were we stood"): a preposition takes no verb; 'where' opens the clause. So for 'Were'
    opening a sentence before an inverted auxiliary and its subject ("Were did you put it?")."""
    if index + 2 >= len(words) or not words[index].joined:
        return False
    if index == 0:  # "Were did you put it?", "Were should we meet?": 'were' takes no second verb
        auxiliary, asked = words[1], words[2].low
        asks = asked in w.SUBJECT_PRONOUNS or asked in w.DETERMINERS
        return auxiliary.joined and auxiliary.low in _AUXILIARY_AFTER_WHERE and asks
    if not words[index - 1].joined:  # "parked by the bank, were it was towed": a clause of place
        pronoun, finite_verb = words[index + 1], words[index + 2].low
        if _subject_then_modal(words, index + 1, past=False) or (
            pronoun.low == "you" and pronoun.joined and finite_verb in w.MODALS
        ):
            return True  # "The park, were the concerts will be held,", "upstairs, were you can test it"
        finite = finite_verb in w.AUXILIARIES or w.verb_tags(finite_verb) in ({"VBD"}, {"VBZ"})
        return pronoun.low in _PLACE_SUBJECTS and pronoun.joined and finite and finite_verb not in _INVERTED_NEXT
    previous = words[index - 1].low
    if previous in _TELLING_WHERE and _subject_then_modal(words, index + 1):
        return True  # "has not said were the patients will be moved": 'were' takes no modal after its subject
    if previous in ("or", "and") and _subject_then_modal(words, index + 1) and _where_before(words, index - 1):
        return True  # "said where the money will go or were the new fire station will be built"
    if previous in _PLACE_NOUNS and (_subject_then_finite(words, index + 1) or _pronoun_then_verb(words, index + 1)):
        return True  # "the village were our family has lived", "the park were we hold": a place, then a clause
    if _noun_then_pronoun_clause(words, index):
        return True  # "the bench were we sharpen every chisel": no inverted 'were we' takes a bare verb
    if (previous in _PLACE_NOUNS or previous in _TELLING_WHERE) and _owned_subject_then_finite(words, index + 1):
        return True  # "the small town were my grandparents ran", "asked were the new crosswalk on Oak Street will be"
    if _singular_noun_before(words, index) and _owned_subject_then_finite(words, index + 1):
        return True  # "near an intersection were the traffic signal had been out": no singular takes that 'were'
    if previous in _PLACE_PLURALS and _bare_subject_then_finite(words, index + 1):
        return True  # "in neighborhoods were power lines had not been buried": the places, then a clause
    if previous not in ("to", "from") and previous not in _ASKING_WHERE:
        return False
    subject = words[index + 1]
    if subject.low in w.SUBJECT_PRONOUNS and subject.low != "it":
        return w.may_be_finite(words[index + 2].low)
    if previous in _ASKING_WHERE and subject.low in _WHERE_DETERMINERS:
        verb = _next(words, index + 2)  # "tell me were the station is"
        if verb is not None and verb.low in ("is", "are", "was", "were") and _next(words, index + 3) is None:
            return True
        return previous in _OBJECTS_ASKED and _noun_phrase_then_be(words, index + 1)
    return False


def _singular_noun_before(words: list[Word], index: int) -> bool:
    """A lower-case singular count noun, no time ('the day', whose clause takes 'when'), right before
    'were' at ``index``: 'were' has no such subject, so a clause of place follows."""
    if index == 0 or not words[index - 1].joined:
        return False
    noun = words[index - 1]
    return not noun.capitalised and w.is_singular_count_noun(noun.low) and noun.low not in w.TIME_NOUNS


def _owned_subject_then_finite(words: list[Word], start: int) -> bool:
    """A noun phrase opened by a possessive or 'the' at ``start`` (adjectives, nouns, a phrase with a
    preposition, a name), then a verb that can only be finite or a modal, all joined ("my grandparents
    ran", "the new crosswalk on Oak Street will be"): a clause's subject and its verb, which 'were'
    cannot take ('were the votes counted' has a participle, 'were the plan to fail' an infinitive)."""
    if start + 2 >= len(words) or (words[start].low not in w.POSSESSIVES and words[start].low != "the"):
        return False
    nouns = 0
    for at in range(start + 1, min(start + 8, len(words))):
        word = words[at]
        if not words[at - 1].joined:
            return False
        low = word.low
        if nouns and (low in w.MODALS or low in _FINITE_AFTER_NOUN or w.verb_tags(low) in ({"VBD"}, {"VBZ"})):
            return not word.capitalised
        kinds = w.tags(low)
        if word.capitalised or "NOUN" in kinds:
            nouns += 1
        elif not (kinds & {"ADJ"} or low in w.PREPOSITIONS or low in w.ARTICLES):
            return False
    return False


def _noun_then_pronoun_clause(words: list[Word], index: int) -> bool:
    """A lower-case noun before 'were', then 'we', 'you', 'they' or 'I' and a bare present that is only
    that ("the bench were we sharpen", "the shop were you buy"): an inverted 'were we' takes a predicate
    ('to', an adjective, a participle), never a bare verb, so the clause is one of place."""
    if index + 2 >= len(words) or not word_joined(words, index - 1, index + 2):
        return False
    noun = words[index - 1]
    if noun.capitalised or w.tags(noun.low) != {"NOUN"} or words[index + 1].low not in _PLAIN_PRONOUNS:
        return False
    verb = words[index + 2].low
    return "VBP" in w.verb_tags(verb) and not w.verb_tags(verb) & {"VBN", "VBD", "VBG"} and w.tags(verb) == {"VERB"}


_PLAIN_PRONOUNS = frozenset("we you they i".split())


_OBJECTS_ASKED = frozenset("me us".split())
"""'tell me', 'show us' before 'were': only a question of place follows ("tell me were the recycling
bins are located")."""


def _noun_phrase_then_be(words: list[Word], start: int) -> bool:
    """A determiner at ``start``, up to three nouns and adjectives, then 'is', 'are', 'was' or 'were', joined."""
    for at in range(start + 2, min(start + 5, len(words))):
        if not words[at - 1].joined:
            return False
        if words[at].low in ("is", "are", "was", "were"):
            return True
        if not w.tags(words[at].low) & w.NOUN_OR_ADJECTIVE or words[at].capitalised:
            return False
    return False


_PLACE_NOUNS = frozenset(
    """village town city place area region spot house room country street site farm school shop restaurant
    park hall building church office field beach hotel store library campus venue stadium museum harbor harbour
    port square plaza center centre market studio theater theatre gallery garden station airport floor""".split()
)
"""Singular places after which 'were' is 'where' when a subject and its own verb follow ("the village were
our family has produced"): a singular takes no 'were' but the subjunctive, which no clause follows."""
_CLAUSE_FINITES = frozenset("has have had is was are were".split())


def _subject_then_finite(words: list[Word], start: int) -> bool:
    """A determiner or a possessive, a noun and a finite 'have' or 'be' (or a modal) from ``start`` on,
    joined: "our family has", "the kids were" ('were' before a subject would need no verb after it)."""
    if not _determined_noun_then_word(words, start):
        return False
    verb = words[start + 2].low
    return verb in _CLAUSE_FINITES or verb in w.MODALS


def _pronoun_then_verb(words: list[Word], start: int) -> bool:
    """A subject pronoun at ``start`` and a verb that can only be finite after it, joined ("were we
    hold the concerts"); not "were we to go" (the subjunctive's inversion)."""
    if start + 1 >= len(words) or words[start].low not in w.PERSON_SUBJECTS or not words[start].joined:
        return False
    verb = words[start + 1].low
    return verb != "to" and (w.plainly_finite(verb) or bool(w.verb_tags(verb) & {"VBP", "VBD"}))


def _determined_noun_then_word(words: list[Word], start: int) -> bool:
    """One of :data:`_WHERE_DETERMINERS` at ``start``, a noun and another word after it, all joined:
    a clause's subject, whose verb the callers judge."""
    if start + 2 >= len(words) or words[start].low not in _WHERE_DETERMINERS:
        return False
    return words[start].joined and words[start + 1].joined and "NOUN" in w.tags(words[start + 1].low)


def _subject_then_modal(words: list[Word], start: int, past: bool = True) -> bool:
    """A determiner, a noun (after up to two modifiers: 'the new fire station') and a modal or (with
    ``past``) a simple past from ``start`` on, joined ("the patients will", "the fire started"): 'were'
    would need a participle there ("were the patients moved"; after a colon that is a question)."""
    if start + 2 >= len(words) or words[start].low not in _WHERE_DETERMINERS or not words[start].joined:
        return False
    start = _modified_head(words, start)  # the head's place, less one
    if not (words[start + 1].joined and "NOUN" in w.tags(words[start + 1].low)):
        return False
    verb = words[start + 2].low
    if verb in w.MODALS:
        return True
    if not past or w.verb_tags(verb) != {"VBD", "VBN"} or not ends_phrase(words, start + 2, w.COORDINATORS):
        return False
    return not any(word.low in _UNREAL_MODALS for word in words[start + 3 :])  # not "were the results out, she would"


def _modified_head(words: list[Word], start: int) -> int:
    """``start`` moved on past up to two joined modifiers (adjectives, or singular nouns of a compound)
    after the determiner at ``start``, so that ``start + 1`` is the noun that heads the phrase and
    ``start + 2`` the word after it ('the new fire station will': the head 'station')."""
    for _ in range(2):
        head, after = start + 1, start + 2
        if after + 1 >= len(words) or not (words[head].joined and words[after].joined):
            break
        modifier = w.tags(words[head].low)
        if words[head].capitalised or not modifier & w.NOUN_OR_ADJECTIVE or w.is_plural_noun(words[head].low):
            break
        if "NOUN" not in w.tags(words[after].low) or words[after].capitalised or words[after].low in w.MODALS:
            break  # (not "the concert series will": 'will' is the modal, not a noun)
        start += 1
    return start


def _where_before(words: list[Word], end: int) -> bool:
    """'where' stands before ``end`` in the sentence: a question of place that the next one joins."""
    return any(word.low == "where" for word in words[:end])


_PLACE_PLURALS = frozenset(
    """neighborhoods neighbourhoods areas towns cities places streets parks regions communities villages
    districts locations sites venues""".split()
)
"""Plural places after which 'were' and a clause with its own finite verb is 'where' ("neighborhoods were
power lines had not been buried"): 'were' as their verb takes no subject and verb after it."""


def _bare_subject_then_finite(words: list[Word], start: int) -> bool:
    """A bare noun phrase (a singular modifier or not, then a plural: 'power lines') from ``start`` on and a
    finite 'have', 'be' or a modal after it, joined: a clause's subject and its verb."""
    at = start
    modifier = words[at].low if at + 2 < len(words) and words[at].joined else ""
    if (
        modifier
        and "NOUN" in w.tags(modifier)
        and not w.is_plural_noun(modifier)
        and w.is_plural_noun(words[at + 1].low)
    ):
        at += 1  # "power lines"
    if at + 1 >= len(words) or not words[at].joined or words[at].capitalised or not w.is_plural_noun(words[at].low):
        return False
    if at > start and not words[start].joined:
        return False
    verb = words[at + 1].low
    return verb in _CLAUSE_FINITES or verb in w.MODALS


_WHERE_DETERMINERS = frozenset(("the", "my", "your", "his", "her", "our", "their"))
"""Determiners that open the subject of a clause of place after 'were' ("tell me were the station is")."""


_AUXILIARY_AFTER_WHERE = frozenset(
    "do does did is are was can could will would should shall have has may might must".split()
)
"""Finite verbs that a question opened by 'where' puts before its subject, and that no 'were' stands before."""
_PLACE_SUBJECTS = frozenset("i he she it we they".split())
"""Subjects after ', were' that open a clause of place ("…, were it was towed"); not 'you' ("…, were
you there?")."""
_INVERTED_NEXT = frozenset("to not never".split())
"""After ', were it' these keep the inverted condition: "were it to rain", "were it not for"."""
_ASKING_WHERE = frozenset("me us him them know knew wonder wondered ask asked remember forgot".split())
"""Words after which 'were' and a clause ask for a place: "tell me were you live", "I know were it is"
(not "the people I know were there": a subject and its verb must follow)."""
_TELLING_WHERE = _ASKING_WHERE | frozenset(
    "said say says decided decide disclosed revealed confirmed explained specified".split()
)
"""Words after which 'were' and a subject with a modal is 'where' ("said were the patients will go")."""


_MOTION_VERBS = frozenset(
    """walk walked walks walking drive drove drives driving run ran runs running go went goes going rush rushed
    race raced speed sped fly flew rode ride cycled sailed marched strolled hurried zoomed swept crept""".split()
)
_PASSED_TRIGGERS = frozenset(("passed", "past"))
_PATH_ADVERBS = frozenset("straight right just quickly slowly swiftly".split())
"""Adverbs between a verb of motion and 'past' ("drove straight past the stop")."""
_BE_FORMS = frozenset("is are was were be been being".split())
_WHERE_SUBJECTS = frozenset(("we", "they"))
"""Pronouns that are only subjects and take 'were': straight after them 'where' is a slip ("they
where late"). Not 'you' ("show you where"), nor 'I', 'he' and 'she', which take 'was'."""
_WHERE_CONDITIONS = frozenset(
    "possible necessary appropriate applicable needed required feasible practicable practical relevant".split()
)
"""Adjectives of condition that 'where' takes with its clause left out ('where possible', 'where
necessary'): after 'we' or 'they' that is an aside, not 'were'."""
_SUBJECT_INVERTED = _BE_FORMS | frozenset("am aren't weren't isn't wasn't".split())
"""Before the pronoun, a question's verb: "Are they where they should be?" is sound."""


def _where_for_were(words: list[Word], index: int) -> bool:
    """'where' straight after 'we' or 'they' in lower case, with no comma between and a word after
    it ("they where late", "we where told"): a subject pronoun is followed by its verb, never by a
    clause of place; not in a question's inversion ("are they where they should be")."""
    word = words[index]
    if index == 0 or word.text != "where" or not words[index - 1].joined or not word.joined:
        return False
    subject = words[index - 1]
    if subject.low == "you" and _you_opens_clause(words, index - 1) and index + 1 < len(words):
        return words[index + 1].low in _WERE_PREDICATES  # "If you where at the meeting", not "show you where"
    if subject.low not in _WHERE_SUBJECTS or (subject.text != subject.low and not subject.sentence_start):
        return False
    if index + 1 >= len(words) or words[index + 1].low in _WHERE_CONDITIONS:
        return False  # "we where possible avoid jargon": an elliptical 'where (it is) possible'
    return index < 2 or not words[index - 2].joined or words[index - 2].low not in _SUBJECT_INVERTED


_YOU_SUBJECT_OPENERS = frozenset("if when because since as and but that while unless whether".split())
_WERE_PREDICATES = frozenset("at in on there here not never all both so very still also just really going".split())
"""What 'were' takes after 'you' and 'where' does not ("If you where at the meeting", "when you where
not home"); 'where' then has no clause of its own."""


def _you_opens_clause(words: list[Word], at: int) -> bool:
    """'you' at ``at`` opens its clause (the sentence's first word, or after 'if', 'when' …), so it is
    a subject: not "show you where", where it is a verb's object."""
    if at == 0:
        return True
    return words[at - 1].joined and words[at - 1].low in _YOU_SUBJECT_OPENERS


_ELLIPTIC_PARTICIPLES = _WHERE_CONDITIONS | frozenset(
    """available indicated noted stated specified shown marked given provided allowed permitted possible
    appropriate warranted justified called requested instructed directed advised""".split()
)
"""Participles 'where' takes with its clause left out ('the changes, where needed, …', 'where
indicated', 'where instructed'): not read as the passive of a plural subject."""


def _object_of_preposition(words: list[Word], at: int) -> bool:
    """The phrase whose determiner or number is at ``at`` (past the other words of a number) follows a
    preposition, not one that makes the number approximate ('over two hundred runners')."""
    while at > 0 and (words[at - 1].low in w.CARDINALS or words[at - 1].low.isdigit()) and words[at - 1].joined:
        at -= 1
    before = words[at - 1].low if at > 0 and words[at - 1].joined else ""
    return before in w.PREPOSITIONS and before not in _APPROXIMATING


_APPROXIMATING = frozenset("over about around nearly almost under".split())
_PASSIVE_WHERE_NEXT = frozenset("to by in on at from into with after during for".split())


def _passive_where(words: list[Word], index: int) -> bool:
    """'where' between a plural subject that opens the sentence (a determiner, up to two modifiers and
    a plural noun) and a past participle, a preposition or 'to' after it, and no finite verb later
    ("The players where told to stay in the hotel", "The children where taken to hospital"): the
    clause's passive 'were'. Not "the tests, where required by law, are done" (a verb follows)."""
    first = _plural_phrase_start(words)
    if first is None or index < first + 1 or index > first + 3 or not words[index - 1].joined:
        return False
    if not w.is_plural_noun(words[index - 1].low) and not w.is_plural_without_s(words[index - 1].low):
        return False
    if not all(word.joined for word in words[: index + 1]) or index + 2 >= len(words):
        return False
    if any(words[at].capitalised or not w.tags(words[at].low) & w.NOUN_OR_ADJECTIVE for at in range(first, index - 1)):
        return False  # "the injured fans": modifiers before the noun
    participle, after = words[index + 1], words[index + 2]
    if participle.low in _ELLIPTIC_PARTICIPLES or "VBN" not in w.verb_tags(participle.low):
        return False
    if w.verb_tags(participle.low) - {"VBN", "VBD"} or after.low not in _PASSIVE_WHERE_NEXT:
        return False
    return _no_verb_of_the_subject(words, index + 2)


def _no_verb_of_the_subject(words: list[Word], start: int) -> bool:
    """No finite verb from ``start`` on that the subject before 'where' would take, so 'where' stands for
    its 'were' ("the tests where required by law are done": 'where' opened a clause of the subject)."""
    for at in range(start, len(words)):
        low = words[at].low
        if low in _SUBORDINATORS_AFTER_PASSIVE:
            return True  # "… where tied at 3 because the rain came": the later verb has a clause of its own
        if low in _AND_BUT and at + 1 < len(words):
            verb = at + 2 if words[at + 1].low in w.MID_ADVERBS and at + 2 < len(words) else at + 1
            if _past_verb_only(words[verb].low):
                return True  # "The players where exhausted after the win but (still) stayed": the subject's second verb
        if (w.plainly_finite(low) and "NOUN" not in w.tags(low)) or low in w.MODALS:
            return False  # not a plural noun ('fans'), which the tables also give as a verb's third person
    return True


_WHERE_DEGREE = frozenset("very so too extremely really quite clearly incredibly absolutely still well".split())
_NOT_PREDICATE_AFTER_WHERE = _ELLIPTIC_PARTICIPLES | frozenset(
    "few many much more most less fewer several other such own same only able useful helpful convenient".split()
)


def _where_predicate(words: list[Word], index: int) -> bool:
    """'where' straight after a plural noun and before what only a verb 'be' takes: an adjective that is
    no noun, or a degree adverb and an adjective or a participle, with no noun after them ("the
    neighbors where very welcoming when we moved in", "the rooms where spotless and the staff was
    kind", "the photos where clearly taken years ago"): the plural subject's 'were'. Not a clause of
    place ("the towns where young people stay", "areas where hot and dry weather lingers"), nor an
    elliptical condition ("the rooms, where needed", "in cases where possible")."""
    if index == 0 or index + 2 > len(words) or words[index].text != "where" or not words[index - 1].joined:
        return False
    subject = words[index - 1]
    if subject.capitalised or not (w.is_plural_noun(subject.low) or w.is_plural_without_s(subject.low)):
        return False
    at = index + 1
    adverb = words[at].low in _WHERE_DEGREE and words[index].joined
    if adverb:
        at += 1
    if at >= len(words) or not words[at - 1].joined:
        return False
    low = words[at].low
    tags = w.tags(low)
    forms = w.verb_tags(low)
    participle = forms in ({"VBN", "VBD"}, {"VBN"}) and tags <= {"VERB", "ADJ"}
    if low in _NOT_PREDICATE_AFTER_WHERE or words[at].capitalised:
        return False
    following = _next(words, at)
    if not (tags == {"ADJ"} or (adverb and (participle or forms == {"VBG"} or "ADJ" in tags))):
        # a bare participle and a preposition after a subject with its determiner ("The players where
        # exhausted after the win"), not an elliptical clause ("where indicated by the sign")
        counted = index > 1 and (words[index - 2].low in w.CARDINALS or words[index - 2].low.isdigit())
        opened = index > 1 and words[index - 2].joined and (words[index - 2].low in w.DETERMINERS or counted)
        if opened and _object_of_preposition(words, index - 2):
            return False  # "in 200 cases where approved by the board": an elliptical clause of the phrase
        if not (participle and opened and following is not None and following.low in _PASSIVE_WHERE_NEXT):
            return False
        return _no_verb_of_the_subject(words, at + 1)
    if following is None:
        return True
    if following.low in ("and", "or"):
        second = _next(words, at + 1)
        beyond = _next(words, at + 2) if second is not None else None
        return not (  # "where hot and dry weather lingers"
            second is not None and "ADJ" in w.tags(second.low) and beyond is not None and "NOUN" in w.tags(beyond.low)
        )
    if _next_is(words, at + 2, "ago"):
        return True  # "where clearly taken years ago"
    return not w.tags(following.low) & w.NOUN_OR_ADJECTIVE or following.low in w.PREPOSITIONS


def _where_we_are(doc: Document, words: list[Word]) -> bool:
    """'Where' opening a statement before an adjective 'we are' takes and 'to' or 'that' ("Where
    thrilled to announce", "Where proud that"): no clause of place opens so; not a question."""
    if len(words) < 4 or words[0].text != "Where" or not words[0].joined or not words[1].joined:
        return False
    if words[1].low not in _WE_ARE_PREDICATES or words[2].low not in ("to", "that"):
        return False
    return doc.text[words[-1].end : words[-1].end + 1] != "?"


def _plural_phrase_start(words: list[Word]) -> int | None:
    """Where the modifiers of a plural subject that opens the sentence start: after a determiner
    ('The players'), after 'both', 'all', 'many', 'several', 'some' or 'most' ('Both teams'), and after
    one of those and 'of' and a determiner ('Several of our photographers'); None for any other start."""
    if words[0].low in w.DETERMINERS:
        return 1
    if words[0].low not in _WHERE_SUBJECT_QUANTIFIERS:
        return None
    if len(words) > 3 and words[1].low == "of" and words[2].low in w.DETERMINERS:
        return 3
    return 1


_WHERE_SUBJECT_QUANTIFIERS = frozenset("both all many several some most".split())


def _past_verb_only(low: str) -> bool:
    """A past form that is no noun ('stayed', 'went'): after 'but' or 'and', a second verb of the subject."""
    return "VBD" in w.verb_tags(low) and "NOUN" not in w.tags(low)


_SUBORDINATORS_AFTER_PASSIVE = frozenset("because although though while when whereas".split())
_AND_BUT = frozenset(("and", "but"))


_WERE_YOU_NEXT = frozenset("there here at in ever not all both still really already aware sure happy ready".split())


def _where_asks_were(doc: Document, words: list[Word]) -> bool:
    """A question that opens 'Where you', 'Where they' or 'Where we' before a place, a predicate
    adjective or 'not' ("Where you at the party last night?", "Where they happy with it?"): 'where'
    asks no place there and the question lacks its verb; 'were' has both. Not "Where you going?",
    "Where they live is secret": a verb follows."""
    if len(words) < 4 or words[0].text != "Where" or not words[0].joined or not words[1].joined:
        return False
    if words[1].low not in ("you", "they", "we") or doc.text[words[-1].end : words[-1].end + 1] != "?":
        return False
    following = words[2].low
    if following == "at" and len(words) == 3:
        return False  # "Where you at?": 'where are you'
    return following in _WERE_YOU_NEXT or w.tags(following) == {"ADJ"}


_NOT_AGENTS = frozenset("time then now far midnight noon dawn nightfall".split())


class PassedPast(GrammarRule):
    id = "grammar.passed-past"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Passed' (the verb) where 'past' (beyond, gone by) is meant: 'walked passed the school', 'in the passed'; "
        "or 'past' for the verb: 'was past by the Senate'."
    )
    why = (
        "'Passed' is the past of 'pass' ('she passed the test'); 'past' is the preposition ('walked past the "
        "school') and the adjective or noun ('the past week', 'in the past'). Reported after a verb of motion "
        "before 'the', 'a' or a possessive, after 'the' or 'in the' when a span of time or the end of "
        "the phrase follows, and in a time of the clock ('at half passed eight'). The other way round, "
        "'past' as the verb is reported in a passive with an agent ('was past by the Senate') and after "
        "'has' or 'had' before an article ('has past the test')."
    )
    bad = (
        "I walked passed the school every day.",
        "The car drove passed our house, and the bus drove straight passed the stop.",
        "Prices rose in the passed few years, and the passed week was hard.",
        "That is all in the passed.",
        "The bill was past by the Senate on Thursday, and she has past the exam.",
        "The deadline has past, and the storm had past and the sun came out.",
        "He past the exam with ease.",
        "The senate past the bill late on Thursday, and the captain past the ball to Kane.",
        "The ferry sails at half passed nine, and it was already twenty passed ten.",
        "The bill past the Senate on Tuesday, and the budget past the House by a wide margin.",
        "The bill past the state Senate by a vote of 31 to 7.",
        "My sister past her driving test on the first attempt.",
        "The driver said he past the stopped school bus because he did not see it.",
    )
    good = (
        "She passed the test. The bill was passed by the Senate.",
        "She said he ran past the bus; we thought it was past the point; when he got past the gate, he ran.",
        "He walked past the school; the past week was hard; in the past.",
        "The time that passed the test of time; the law passed the house.",
        "He ran, passed the ball and scored. The passed pawn won.",
        "The deadline was past by then; it was long past by the time we came; he has past form; it was past by 5 pm.",
        "She has past convictions and a past. Everyone has a past, and I have past experience of it.",
        "The verb has past, present and future forms; the club has past and present members.",
        "We drove them past the house, and the cars sped past the school.",
        "The office just past the exam hall is shut; the road past the test track; two days past the exam.",
        "Ten feet past the ball, she stopped; a stone's throw past the bill, the path ends.",
        "The marker stands a few steps past the torch, and the final stretch past the baton was slow.",
        "Half passed the test; of the runners, ten passed seven others; at five passed four of them.",
        "The bill past the Senate floor stalled; they pushed the bill past the House on Monday.",
        "The bill past the Senate is dead. The motion, past the committee stage, went to a vote.",
        "The car sped past her driving test centre; the road past his exam hall; a cafe past my test venue.",
        "The plan is to narrow the road, the priority is to slow traffic, and the store is to close at noon.",
    )
    fixed = (
        "I walked past the school every day.",
        "The car drove past our house, and the bus drove straight past the stop.",
        "Prices rose in the past few years, and the past week was hard.",
        "That is all in the past.",
        "The bill was passed by the Senate on Thursday, and she has passed the exam.",
        "The deadline has passed, and the storm had passed and the sun came out.",
        "He passed the exam with ease.",
        "The senate passed the bill late on Thursday, and the captain passed the ball to Kane.",
        "The ferry sails at half past nine, and it was already twenty past ten.",
        "The bill passed the Senate on Tuesday, and the budget passed the House by a wide margin.",
        "The bill passed the state Senate by a vote of 31 to 7.",
        "My sister passed her driving test on the first attempt.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PASSED_TRIGGERS):
            word = words[index]
            if index == 0 or not words[index - 1].joined or in_quotes(doc, word.start):
                continue
            previous, following = words[index - 1].low, _next(words, index)
            if word.low == "past":
                if _past_for_passed(words, index):
                    fixed = match_case("passed", word.text)
                    message = f"The verb is '{fixed}' here: 'past' means beyond or gone by."
                    yield self.replace_word(word, fixed, message)
                continue
            moved = previous in _MOTION_VERBS
            if previous in _PATH_ADVERBS and index > 1 and words[index - 2].joined:
                moved = words[index - 2].low in _MOTION_VERBS  # "drove straight passed the stop"
            if moved:
                right = following is not None and following.low in w.DETERMINERS
            elif previous in _CLOCK_MINUTES:
                right = _clock_time(words, index)  # "at half passed seven", "ten passed midnight"
            elif previous == "the":
                ends = following is None or (index + 1 < len(words) and following.low in _SPANS_OF_TIME)
                right = ends or (following is not None and following.low in ("few", "several", "two", "three"))
            else:
                right = False
            if right:
                fixed = match_case("past", word.text)
                message = f"Write '{fixed}' here: 'passed' is the verb; 'past' means beyond or gone by."
                yield self.replace_word(word, fixed, message)


_CLOCK_MINUTES = frozenset("half quarter five ten twenty twenty-five".split())
"""What stands before 'past' in a time of the clock ('half past seven', 'twenty-five past six')."""
_CLOCK_HOURS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve midnight noon".split()
) | frozenset(str(hour) for hour in range(1, 13))
"""Hours of the clock after 'past' ('half past eight', 'ten past 12', 'quarter past midnight')."""
_BEFORE_CLOCK = frozenset(
    "at by until till before after around about from since to is was it's it’s a already just nearly almost "
    "exactly".split()
)
"""What comes before a time of the clock ('at half past', 'it's ten past', 'a quarter past')."""
_AFTER_CLOCK = frozenset(
    "o'clock o’clock in on at and when tonight today tomorrow yesterday every sharp already now pm am "
    "this that precisely exactly".split()
)
"""What may follow the hour of a time of the clock and end it ('half past eight tonight')."""


def _clock_time(words: list[Word], index: int) -> bool:
    """'passed' in a time of the clock: 'half', 'quarter' or a number of minutes after a word that
    comes before times ('at', 'is', 'a'), and an hour that ends the phrase after it ("the bus leaves
    at half passed eight", "it was ten passed midnight"); not "half passed the test", "ten passed
    seven other runners"."""
    if index < 2 or not words[index - 2].joined or words[index - 2].low not in _BEFORE_CLOCK:
        return False
    hour = _next(words, index)
    if hour is None or hour.low not in _CLOCK_HOURS:
        return False
    after = _next(words, index + 1)
    return index + 2 == len(words) or not hour.joined or (after is not None and after.low in _AFTER_CLOCK)


_AFTER_PERFECT_PASSED = frozenset("and but so when before without unnoticed quickly away peacefully safely".split())
"""What follows a perfect 'has passed' that ends its verb phrase ("the storm had past and the sun came
out"); never the noun after 'has past' ('has past form', 'had past convictions')."""


_TENSE_PARTNERS = frozenset("present future current recent perfect former previous not".split())
"""Adjectives coordinated with an adjective 'past' ("has past and present members", "has past, present
and future forms"): 'past' is then no verb."""


def _past_for_passed(words: list[Word], index: int) -> bool:
    """'past' as a passive or perfect verb: "was past by the Senate" (an agent follows 'by', not a
    time as in "was long past by then"), "has past the test"."""
    previous, following = words[index - 1].low, _next(words, index)
    if previous in w.HAVE_FORMS and (following is None or following.low in _AFTER_PERFECT_PASSED):
        partner = index + 2 if following is not None and following.low == "and" else index + 1
        if partner < len(words) and words[partner].low in _TENSE_PARTNERS:
            return False  # "the verb has past, present and future forms", "the club has past and present members"
        return words[index - 1].text.islower()  # "the deadline has past, so", "the storm had past and"
    if following is None:
        return False
    if previous in w.HAVE_FORMS:
        return following.low in ("the", "a", "an", "it's", "it’s") or following.low in w.POSSESSIVES - {"her", "his"}
    before = words[index - 2].low if index >= 2 else ""
    opens = (
        index < 2
        or not words[index - 2].joined
        or before in ("and", "but", "so", "then", "when")
        or before in w.CLAUSE_OPENERS
        or w.takes_clause(before)  # "the driver said he past the stopped bus"
    )
    if previous in ("he", "she", "i", "we", "they") and opens:
        return following.low in ("the", "a", "an", "his", "her", "my", "our", "their")  # "He past the exam"
    if following.low == "the" and _passed_by_chamber(words, index):
        return True  # "The bill past the Senate on Tuesday"
    thing_at = index + 2
    if following.low in _PASSED_OWNERS and index + 3 < len(words) and words[index + 2].low in _TEST_KINDS:
        thing_at = index + 3  # "my sister past her driving test"
    if following.low in _PASSED_OWNERS and _passed_thing(words, thing_at):
        if previous in _SPANS_OF_TIME or previous in _DISTANCES:
            return False  # "two days past the exam", "a mile past the test site"
        before = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        if before[:1].isdigit() or before in w.CARDINALS or before in _COUNTING_WORDS:
            return False  # "ten feet past the ball", "a few steps past the torch": a measure, not a subject
        after = _next(words, index + 2)
        if after is not None and after.low in _BE_FORMS | w.HAVE_FORMS:
            return False  # "the final stretch past the baton was slow": the clause's verb follows
        if "ADV" in w.tags(previous):
            return False  # "the pool warmed up past the budget": a particle, and 'past' its preposition
        return "NOUN" in w.tags(previous) and not w.verb_tags(previous) & {"VBD", "VBN"}  # "the senate past the bill"
    if previous not in _BE_FORMS or following.low != "by":
        return False
    agent = _next(words, index + 1)
    if agent is not None and agent.low in w.ARTICLES:
        agent = _next(words, index + 2)
    return agent is not None and agent.low not in _NOT_AGENTS and not agent.low[:1].isdigit()


_DISTANCES = frozenset(
    """hour hours minute minutes moment moments point way mile miles yard yards metre metres meter meters
    foot feet inch inches step steps pace paces kilometre kilometres kilometer kilometers km walk throw stretch
    drive ride length lengths""".split()
)
_COUNTING_WORDS = frozenset("few several many couple some".split())
"""Words that count a measure before 'past' ('a few steps past the torch')."""
_PASSED_THINGS = frozenset(
    """bill bills motion motions budget budgets amendment amendments resolution resolutions measure measures
    law laws legislation exam exams test tests ball baton torch""".split()
)
"""Things a body passes or a player passes on ('the senate past the bill', 'the captain past the ball')."""


_PASSED_OWNERS = frozenset("the a an its their his her my our your".split())
"""What opens the object of 'past' for 'passed' ("the senate past the bill", "she past her exam")."""
_TEST_KINDS = frozenset("driving entrance final written practical medical fitness".split())
"""Words before 'test' or 'exam' in the name of one ('her driving test')."""


def _passed_thing(words: list[Word], index: int) -> bool:
    """One of :data:`_PASSED_THINGS` at ``index``, ending its noun phrase: not "past the test track"."""
    if index >= len(words) or words[index].low not in _PASSED_THINGS or not words[index - 1].joined:
        return False
    after = _next(words, index)
    return after is None or "NOUN" not in w.tags(after.low) or after.low in ("late", "last", "this", "on")


_CHAMBERS = frozenset("senate house assembly parliament congress legislature chamber lords commons".split())
"""The bodies a bill passes ('the bill past the Senate')."""
_BILLS = frozenset("bill bills motion motions budget budgets amendment amendments resolution resolutions".split())
"""What passes a chamber: :data:`_PASSED_THINGS` less what a chamber does not pass ('the ball', 'the
exam'), and less 'measure', a verb too, and 'law', which a chamber makes rather than passes through."""


def _passed_by_chamber(words: list[Word], index: int) -> bool:
    """'past' at ``index`` between a bill that opens its clause and the chamber it passed, the chamber's
    phrase ending there ("The bill past the Senate on Tuesday"): the clause has no other verb, so 'past'
    must be it. Not "the bill past the Senate floor", "the bill past the House is dead" (a verb follows)."""
    if index < 2 or words[index - 1].low not in _BILLS or not words[index - 2].joined:
        return False
    opener = words[index - 2]
    if opener.low not in ("the", "this", "that", "their", "its", "our", "his", "her", "a"):
        return False
    if index > 2 and words[index - 3].joined and words[index - 3].low not in ("and", "but", "so", "then"):
        return False  # "debated the bill past the Senate's deadline": the bill is an object, 'past' a preposition
    chamber = index + 2
    if chamber + 1 < len(words) and words[chamber].low in _CHAMBER_LEVELS and words[chamber].joined:
        chamber += 1  # "past the state Senate", "past the upper house"
    if chamber >= len(words) or words[chamber].low not in _CHAMBERS or not words[chamber - 1].joined:
        return False
    after = _next(words, chamber)
    if after is None:
        return True
    return after.low in _AFTER_CHAMBER


_CHAMBER_LEVELS = frozenset("state upper lower full federal national".split())
"""Words before a chamber's name in its phrase ('the state Senate', 'the upper house')."""
_AFTER_CHAMBER = frozenset(
    "on in by with without after before late early unanimously easily narrowly comfortably last this yesterday "
    "today overnight".split()
)
"""What may follow the chamber when 'past' is the clause's verb ('past the Senate on Tuesday', '… by
a wide margin', '… unanimously'): a time, a manner, a margin; not a noun or a verb."""


_SPANS_OF_TIME = frozenset("week weeks month months year years decade decades day days century weekend".split())


class WereConfusion(GrammarRule):
    id = "grammar.were-confusion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Were' opening a statement for 'we're' ('Were going to win.'), or 'we're' after 'they'."
    why = (
        "A sentence that opens with 'Were' is a question ('Were you there?') or a condition ('Were "
        "it not for the rain'). Before a verb in -ing, 'not', 'all', 'here', 'ready' and the like, in a "
        "sentence that does not end with a question mark, 'Were' is the contraction 'We're' without "
        "its apostrophe. Straight after 'we' or 'they', 'where' is 'were': a subject pronoun takes its "
        "verb, never a clause of place ('they where late'; 'are they where they should be?' is sound)."
    )
    bad = (
        "Were going to win this election.",
        "Were not going to accept that offer.",
        "Were all very proud of the team.",
        "They we're not available for comment, and we we're not told.",
        "Go back to were you came from.",
        "Can you tell me were the station is?",
        "We're did you put the keys?",
        "The car was parked outside the bank, were it was towed.",
        "They where delighted with the result, and we where sure of it.",
        "Were did you put it? Were should we meet?",
        "The players where told to stay in the hotel.",
        "The hospital has not said were the patients will be moved.",
        "Investigators have not said were the fire started, but the warehouse was empty.",
        "We're you able to log in after the reset?",
        "This is the village were our family has produced olive oil for three generations.",
        "If you where at the meeting, you already know; this is the park were we hold the summer concerts.",
        "Can anyone tell me were the recycling bins are located in this building?",
        "Officials have not said where the money will go or were the new fire station will be built.",
        "The storm knocked down trees in neighborhoods were power lines had not yet been buried.",
        "The park, were the concert series will be held, is closed; the showroom is upstairs, were you can test it.",
        "The department will list the locations were residents can drop off old detectors.",
        "We are thrilled to announce that were opening a second store; were working hard to ship every order.",
        "Thanks to the generosity of local businesses, were able to offer free swim lessons.",
        "The players where exhausted after the double-overtime win but stayed to thank the fans.",
        "This is the bench were we sharpen every chisel, and we moved because were growing so fast.",
        "Both teams where tied at 3. As parents, were tired of it. Where thrilled to announce it. Were open daily.",
        "The volunteers where very patient with every new family that came in.",
        "The hotel rooms where spotless and the beds were comfortable.",
        "The old photos where clearly taken decades ago.",
        "The firefighters where exhausted after the long night on the ridge.",
        "Were hosting a bake sale on Saturday, so bring your appetite.",
        "If the rain holds off, were planning to hold the picnic outside.",
        "This is the farm were my parents grew corn for thirty years.",
        "Neighbors asked were the new bus stop on Elm Street will go.",
        "Over two hundred runners where registered for the charity 5K.",
        "The crash happened near an intersection were the traffic signal had been out.",
    )
    good = (
        "Were you there? Were they going to vote?",
        "Were it not for the rain, we would have won.",
        "Were going to win this election.".replace("Were", "We're"),
        "Were all the votes counted? Were prices higher, we would buy less.",
        "They were going to win.",
        "The people we're meeting are here, and those we're helping, and you said we're late.",
        "They went to Rome and were happy; the visitors from abroad were late; we had hoped to, were it not for rain.",
        "The people I know were there, and those who love me were the first to come.",
        "We're done. We're being careful, and we're to blame; we're, as they say, ready.",
        "We would go, were it not for the rain; they would win, were they asked; he would stay, were he paid.",
        "Are they where they should be? We know where they live, and they, where possible, help.",
        "Were you there? Were the results good? Were all the staff informed? Were any of them hurt?",
        "The tests where required by law are done; the rooms where kept in good order were cleaned.",
        "She asked were the patients well? He said were the staff to strike, the wards would close.",
        "He asked: were the patients moved? She said were the results published, she would resign.",
        "We're you and me against the world. We're they're biggest fans!",
        "If the house were our home, we would stay; the rooms were our main concern.",
        "I can show you where at the map; if you where possible help, fine; if the park were ours, we would stay.",
        "Tell me were the results good? We asked them were the bins full.",
        "We asked where it was and were the new fire station plans ready; the neighborhoods were power centers.",
        "The old towns were market towns, and the streets were bus routes; the areas were farm fields by 1900.",
        "The plan, were the board to approve it, would help; the rooms, were you there?; the sites were farms.",
        "After the storm, were you able to get home? The stores that were opening late said they were fine.",
        "The permits where required by state and federal law are listed, and the tests where needed are done.",
        "The students, were we to ask them, would agree; because, were it not for you, we would fail.",
        "Many places where known for it are closed. Where open to the public? As expected, were we tired?",
        "We toured the towns where young people stay, and the areas where hot and dry weather lingers.",
        "Wear gloves in cases where possible; the cities where very few people vote are small.",
        "The rooms where quiet guests sleep are upstairs, and the shops where fresh bread is sold open early.",
        "Were planning documents filed on time? Were building permits required, we would apply for them.",
        "The farms were my parents' pride, and the fields were the best in the county.",
        "The areas where designated for parking are marked, and we park where permitted.",
        "In 200 cases where approved by the board, fees apply.",
        "If the plan were the best one, we would know; the day the storm hit was awful.",
    )
    fixed = (
        "We're going to win this election.",
        "We're not going to accept that offer.",
        "We're all very proud of the team.",
        "They were not available for comment, and we were not told.",
        "Go back to where you came from.",
        "Can you tell me where the station is?",
        "Where did you put the keys?",
        "The car was parked outside the bank, where it was towed.",
        "They were delighted with the result, and we were sure of it.",
        "Where did you put it? Where should we meet?",
        "The players were told to stay in the hotel.",
        "The hospital has not said where the patients will be moved.",
        "Investigators have not said where the fire started, but the warehouse was empty.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        apostrophe = _apostrophe(doc)
        text = doc.text
        for words, index in occurrences(doc, _WERE):
            word = words[index]
            if word.low == "where":
                if index == 0 and _where_we_are(doc, words):  # "Where thrilled to announce our new menu."
                    fixed = f"We{apostrophe}re"
                    message = f"Write '{fixed}' (we are): a statement does not open with 'Where' and an adjective."
                    yield self.replace_word(word, fixed, message)
                elif index == 0 and _where_asks_were(doc, words):  # "Where you at the party?"
                    fixed = "Were"
                    message = f"Write '{fixed}' here: the question asks whether, and its verb is missing."
                    yield self.replace_word(word, fixed, message)
                elif _where_for_were(words, index) or _passive_where(words, index) or _where_predicate(words, index):
                    fixed = "were"
                    message = f"Write '{fixed}' here: '{words[index - 1].text}' is a subject, and its verb follows."
                    yield self.replace_word(word, fixed, message)
                continue
            if word.low == "were" and _were_for_where(words, index):
                fixed = match_case("where", word.text)  # "go back to were you came from"
                message = f"Write '{fixed}' here: a clause of place follows, and 'were' has no subject."
                yield self.replace_word(word, fixed, message)
                continue
            if word.low != "were":  # "they we're not available": 'they' takes no second subject
                if index > 0 and words[index - 1].joined and words[index - 1].low in ("they", "we"):
                    fixed = match_case("were", word.text)  # "we we're not told": 'we' twice
                    message = f"Write '{fixed}' here, not '{word.text}': '{words[index - 1].text}' is the subject."
                    yield self.replace_word(word, fixed, message)
                elif _we_are_asks(words, index):
                    fixed = match_case("where", word.text)
                    message = f"Write '{fixed}' here: 'we are' takes no second verb ('{words[index + 1].text}')."
                    yield self.replace_word(word, fixed, message)
                elif _we_are_subject_asked(words, index) and text[words[-1].end : words[-1].end + 1] == "?":
                    fixed = match_case("were", word.text)  # "We're you able to log in?"
                    message = f"Write '{fixed}' here: the question's subject is '{words[1].text}'."
                    yield self.replace_word(word, fixed, message)
                continue
            if word.text == "were" and (_were_after_thinking(words, index) or _were_opens_clause(doc, words, index)):
                fixed = f"we{apostrophe}re"  # "I think were ready": the clause after 'think' lacks its subject
                yield self.replace_word(word, fixed, f"Write '{fixed}' (we are): the clause needs its subject.")
                continue
            if index != 0 or len(words) < 3 or not word.joined or word.text != "Were":
                continue
            following = words[1]
            ing_object = "VBG" in w.verb_tags(following.low) and words[2].low in _PROGRESSIVE_OBJECTS
            if not (following.low in _WE_ARE_NEXT or _only_progressive(following.low) or ing_object):
                continue  # ("Were planning a farewell lunch": an -ing verb and its object)
            if text[words[-1].end : words[-1].end + 1] == "?" or (following.low == "all" and _is_determiner_all(words)):
                continue
            pause = next((at for at in range(1, len(words) - 1) if not words[at].joined), len(words))
            if any(word.low in _UNREAL_MODALS for word in words[pause + 1 :]):
                continue  # "Were going to the polls a duty, more would vote": a condition and its result
            fixed = f"We{apostrophe}re"
            yield self.replace_word(word, fixed, f"Write '{fixed}' (we are): a statement does not open with 'Were'.")


_THINKING = frozenset("think thought guess hope hoped know knew believe suppose said say bet reckon feel felt".split())
_SUBJECT_OPENERS = frozenset("and but so because if when since as yes no well".split())


def _were_after_thinking(words: list[Word], index: int) -> bool:
    """'were' for 'we're' opening the clause after a subject and a verb of thinking or saying, before a
    word 'we are' takes ("I think were ready", "she said were not invited", "I guess were going"):
    'were' has no subject there. Not "the ones I think were stolen", "what I thought were errors":
    the subject pronoun must open its own clause."""
    if index < 2 or index + 1 >= len(words) or not word_joined(words, index - 2, index + 1):
        return False
    if words[index - 1].low not in _THINKING or words[index - 2].low not in w.PERSON_SUBJECTS:
        return False
    subject = index - 2
    if subject > 0 and words[subject - 1].joined and words[subject - 1].low not in _SUBJECT_OPENERS:
        return False
    following = words[index + 1].low
    return following in _WE_ARE_NEXT or _only_progressive(following)


_WE_ARE_PREDICATES = _WE_ARE_NEXT - {"all", "both", "so", "here", "back", "now", "also"} | {
    "able",
    "grateful",
    "honored",
    "tired",
}
"""Words after 'were' that make it 'we're' where a clause opens with it ("; were able to", "that were
thrilled"); not those that go on a subject ("were all the roads closed")."""
_ANNOUNCING = frozenset("announce announced announces say said says know knew hope confirm confirmed share".split())


def _were_opens_clause(doc: Document, words: list[Word], index: int) -> bool:
    """'were' for 'we're' opening a clause with no subject: after a semicolon, after the comma of a fronted
    phrase ("Thanks to our donors, were able to offer"), or after 'that' straight after a verb of saying
    ("announce that were opening a second location"), before a word 'we are' takes or an -ing verb with
    its object, or after a subordinator that needs its clause's subject ("because were growing"). Not in
    a question ("After the storm, were you safe?")."""
    if index < 2 or index + 2 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    ing = "VBG" in w.verb_tags(following)
    progressive = _only_progressive(following) or (ing and words[index + 2].low in _PROGRESSIVE_OBJECTS)
    previous = words[index - 1]
    gap = doc.text[previous.end : words[index].start]
    if ";" in gap or (previous.joined and previous.low in _SUBJECT_NEEDERS):
        return following in _WE_ARE_PREDICATES or ing  # "; were working hard", "because were growing"
    if not (following in _WE_ARE_PREDICATES or progressive):
        return False
    if previous.joined:
        return previous.low == "that" and words[index - 2].joined and words[index - 2].low in _ANNOUNCING
    question = doc.text[words[-1].end : words[-1].end + 1] == "?"
    return "," in gap and words[0].low in _FRONTED_BEFORE_WERE and not question


_PROGRESSIVE_OBJECTS = w.OBJECT_OPENERS | {"to"}
"""What opens an -ing verb's object or infinitive ("were planning a lunch", "were planning to hold")."""
_SUBJECT_NEEDERS = frozenset("because although though unless until".split())
"""Subordinators whose clause needs a subject before its verb: 'were' straight after them has none."""
_FRONTED_BEFORE_WERE = frozenset("thanks after because since when if once now with despite although while as".split())


def word_joined(words: list[Word], first: int, last: int) -> bool:
    """No punctuation between ``words[first]`` and ``words[last]``."""
    return all(words[at].joined for at in range(first, last))


_UNREAL_MODALS = frozenset(("would", "could", "might"))
"""The modal of a result after a comma, which a condition opened by 'Were' goes with."""
_ASKING_AUXILIARIES = frozenset("do does did is are was were can could will would should have has".split())


def _we_are_subject_asked(words: list[Word], index: int) -> bool:
    """'We're' opening a sentence before another subject pronoun ("We're you able to log in?", "We're
    they told?"): 'we are you' has two subjects; the question opens with 'Were'."""
    if index != 0 or len(words) < 3 or not words[0].joined or not words[1].joined:
        return False
    return words[1].low in _ASKED_SUBJECTS and words[1].text == words[1].low


_ASKED_SUBJECTS = frozenset("you they he she it".split())


def _we_are_asks(words: list[Word], index: int) -> bool:
    """'We're' opening a sentence before an auxiliary and its subject ("We're did you put the keys?",
    "We're is the station?"): 'we are did' cannot stand; the question word 'where' can."""
    if index != 0 or len(words) < 3 or not words[0].joined:
        return False
    return words[1].low in _ASKING_AUXILIARIES and words[1].text == words[1].low


def _only_progressive(low: str) -> bool:
    """A verb in -ing that is no noun: 'going', 'looking' (not 'building', 'meeting')."""
    return low.endswith("ing") and "VBG" in w.verb_tags(low) and "NOUN" not in w.tags(low)


def _is_determiner_all(words: list[Word]) -> bool:
    """'Were all the votes …': 'all' before a determiner or a plural noun opens the subject."""
    after = _next(words, 1)
    return after is not None and (after.low in w.DETERMINERS or w.is_plural_noun(after.low))


_LAY = frozenset(("lay", "laying", "lays", "laid"))
_BEFORE_BARE_LAY = (
    w.MODALS
    | w.NEGATED_MODALS
    | frozenset("to do does don't doesn't didn't don’t doesn’t didn’t please let's let’s".split())
)
"""Words after which 'lay' is the present or the infinitive, not the past of 'lie' ('she lay down' is right)."""
_AFTER_LYING_DOWN = frozenset("for on in and at after before until with beside next".split())
_LIE_FORMS = {"lay": "lie", "laying": "lying", "lays": "lies", "laid": "lay"}
_LAY_FORMS = {"lied": "laid", "lie": "lay", "lying": "laying"}
_LIE_WITH_OBJECT = frozenset(_LAY_FORMS)
_PUT_PLACES = frozenset("on onto down in into under beside across against".split())
_SET_PLACES = frozenset("on onto in into".split())
"""Where a thing named by a noun is set ("lie the baby in her cot", "lying the tray on the table"):
'lie' takes no object, so a determiner and a noun before them make it 'lay'."""
_NOT_LAID = frozenset(
    "time times day days week weeks year years night nights way rest whole entire moment minute hour month season "
    "term session first last morning afternoon evening weekend hours minutes length width distance mile miles "
    "metre metres meter meters yard yards foot feet kilometre kilometres kilometer kilometers other two "
    "both".split()
)
"""Nouns after 'lied' that are no object laid: "lied the whole time", "lied her way into"."""


def _puts_down(words: list[Word], index: int) -> bool:
    """'lied', 'lie', 'lying' with an object and a place or 'down' ("lied the book on the table",
    "lie the baby down"): to put something down is to 'lay' it. The object is a determiner and one
    noun, or a pronoun, and the word after it a place preposition or 'down'."""
    at = index + 1
    if at + 1 >= len(words) or not words[index].joined:
        return False
    first = words[at]
    if first.low in ("it", "them", "him", "her") and words[index].low != "lied":
        noun_at = at  # "lie it down"
    elif first.low in w.DETERMINERS and first.low != "no" and first.joined:
        noun_at = at + 1
        noun = words[noun_at]
        if noun.low in _NOT_LAID or "NOUN" not in w.tags(noun.low) or noun_at + 1 >= len(words):
            return False
    else:
        return False
    place = words[noun_at + 1]
    if not words[noun_at].joined or place.low not in _PUT_PLACES:
        return False
    return words[index].low == "lied" or place.low == "down" or (noun_at > at and place.low in _SET_PLACES)


_RESTING_PLACES = frozenset(
    """bed sofa couch floor ground beach grass sand bench hammock deck road street pavement sidewalk
    roadside stretcher back side stomach shelf porch doorstep rug mat pillow lawn seabed bottom""".split()
)
_RESTING_IN = frozenset("sun shade dark grass snow mud gutter water bath bathtub tub hammock sunshine".split())
"""Places one rests 'in' ("was laying in the sun"): with 'the' after 'in' they make 'laying' 'lying'."""
_LAYERS = frozenset(
    """hen hens chicken chickens bird birds duck ducks goose geese turtle turtles quail pullet pullets layer
    layers flock frog frogs fish salmon insect insects mosquito mosquitoes queen eggs egg""".split()
)
"""Animals that lay eggs, and the eggs: "the turtles were laying on the beach" is right."""


def _layer_named_before(words: list[Word], index: int) -> bool:
    """An animal that lays eggs, or an egg, is named before ``words[index]``: 'lay' there may have
    its own sense, to lay eggs."""
    return any(before.low in _LAYERS for before in words[:index])


_LIE_PREPOSITIONS = frozenset(
    """with beyond behind ahead between beneath underneath among amongst within near outside inside at under
    along""".split()
)
"""Prepositions after which 'lays', 'laying', 'laid' with nothing laid is 'lies', 'lying', 'lay' ("the
answer lays with the board", "the town lays beneath the hills"); not 'on', 'in', 'out', 'off',
'down', 'into', which 'lay' takes as a particle ("lays on a feast", "lays in supplies")."""
_LIE_STATES = frozenset(
    "idle fallow dormant empty unused untouched unopened undisturbed unconscious motionless".split()
)
"""States one lies in ("the land has laid idle", "the house was laying empty")."""
_BE_OR_HAVE = w.HAVE_FORMS | frozenset("is are was were be been being am get got gets getting".split())


def _rests(words: list[Word], index: int) -> bool:
    """'laying', 'lays' or 'laid' with nothing laid, before 'around', 'awake', 'in bed' or 'on the'
    and a place to rest ("was laying on the beach", "laid awake all night", "left laying around"):
    to rest is to 'lie'. Not 'laid' after 'be' or 'have' ("was laid on the table", "had laid in
    supplies"), nor 'lay', which is also the past of 'lie'."""
    word = words[index]
    following = _next(words, index)
    if following is None or (word.low == "lay" and not (_bare_lay(words, index) or _after_let(words, index))):
        return False
    if word.low == "laid" and index > 0 and words[index - 1].low in _BE_OR_HAVE:
        return False
    if _layer_named_before(words, index):
        return False  # "the turtles were laying on the beach": laying eggs
    if following.low in ("around", "awake") or following.low in _LIE_STATES:
        return True
    if word.low == "laying" and index > 0 and words[index - 1].low in _FOUND and following.low in _FOUND_PLACES:
        return True  # "the body was found laying in a field": found resting somewhere, not laying anything
    place = _next(words, index + 1)
    if following.low in _LIE_PREPOSITIONS and word.low != "lay":
        return place is not None and place.low in w.DETERMINERS  # "the answer lays with the board"
    if word.low in ("lays", "laying") and _abstract_subject(words, index) and following.low in _SUBJECT_PLACES:
        return place is not None and place.low in w.DETERMINERS  # "the answer lays in the data"
    return _resting_place_after(words, index)


def _resting_place_after(words: list[Word], index: int) -> bool:
    """'in bed', 'in the sun', or 'on the' (a possessive …) and a place to rest ('on the beach', 'on
    my back') right after ``words[index]``: where one lies, not where a thing is laid."""
    following = _next(words, index)
    place = _next(words, index + 1)
    if following is None or place is None:
        return False
    if following.low == "in":
        rest = _next(words, index + 2) if place.low == "the" else None
        return place.low == "bed" or (rest is not None and rest.low in _RESTING_IN)
    if following.low == "on" and place.low in _RESTING_ON_OPENERS:
        rest = _next(words, index + 2)
        return rest is not None and rest.low in _RESTING_PLACES
    return False


_RESTING_ON_OPENERS = frozenset("the a my his her their our".split())
_FOUND = frozenset("found discovered left".split())
_FOUND_PLACES = frozenset("in on near beside under across at by outside inside face unconscious motionless".split())
"""What follows 'found laying' when someone was found resting there ("found laying in a field", "face
down"); not "found laying eggs in the shed" (an object)."""


_LYING_SUBJECTS = frozenset(
    """answer problem truth fault blame responsibility solution difference key secret strength weakness
    danger risk trouble issue cause root onus burden future hope appeal value charm interest power
    answers problems solutions differences secrets strengths weaknesses dangers risks roots""".split()
)
"""Nouns that 'lie' somewhere and are never laid ("the answer lies in the data", "the fault lies with")."""
_SUBJECT_PLACES = _LIE_PREPOSITIONS | frozenset("in at on".split())


def _abstract_subject(words: list[Word], index: int) -> bool:
    """A determiner and a noun of :data:`_LYING_SUBJECTS` right before ``words[index]``."""
    return (
        index > 1
        and words[index - 1].low in _LYING_SUBJECTS
        and words[index - 2].low in w.DETERMINERS
        and words[index - 1].joined
        and words[index - 2].joined
    )


_LET = frozenset(("let", "lets", "letting"))


def _after_let(words: list[Word], index: int) -> bool:
    """'let' within the four words before ``words[index]``, the words joined."""
    return any(words[at].low in _LET and words[at].joined for at in range(max(0, index - 4), index))


_AFTER_LET_LIE = frozenset("for there until where unless while quietly idle dormant still low here undisturbed".split())


def _let_lie(words: list[Word], index: int) -> bool:
    """'let it lay', 'let the matter lay for a week': 'let', a pronoun or a determiner and up to two
    words, then 'lay' with nothing laid (the clause ends, or 'for', 'there', 'until', 'still' …, or
    'on'/'in' and a place to rest follows): to leave a thing at rest is to let it 'lie'."""
    start = next((at for at in range(index - 1, max(-1, index - 5), -1) if words[at].low in _LET), None)
    if start is None or not all(word.joined for word in words[start:index]):
        return False
    between = words[start + 1 : index]
    if len(between) == 1:
        if between[0].low not in w.OBJECT_PRONOUNS:
            return False
    elif not between or between[0].low not in w.DETERMINERS or "NOUN" not in w.tags(between[-1].low):
        return False
    if any(word.low in _LAYERS for word in between):
        return False  # "let the hens lay"
    following = _next(words, index)
    if following is None:
        return True
    if following.low in _AFTER_LET_LIE:
        return True
    return following.low in ("on", "in") and _rests(words, index)


def _bare_lay(words: list[Word], index: int) -> bool:
    """'lay' as an infinitive or a present, not the past of 'lie': after 'to', a modal, 'do' or
    'please', or after a subject pronoun that follows one ("Why don't you lay down")."""
    before = words[index - 1] if index > 0 and words[index - 1].joined else None
    if before is None:
        return False
    if before.low in _BEFORE_BARE_LAY:
        return True
    return (
        before.low in w.SUBJECT_PRONOUNS
        and index > 1
        and words[index - 2].joined
        and words[index - 2].low in _BEFORE_BARE_LAY - {"to"}
    )


def _lain(words: list[Word], index: int) -> bool:
    """'has laid', 'had laid' with nothing laid, before 'awake', 'idle', 'empty' …, or 'on'/'in' and
    a place to rest ("the snow has laid on the ground", "the land had laid idle"): 'has lain'. Not
    "had laid in supplies", "has laid on a feast"."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low not in ("has", "have", "had", "'ve", "'d"):
        return False
    if _layer_named_before(words, index):
        return False  # "the hen has laid on the nest"
    following = _next(words, index)
    if following is None:
        return False
    if following.low in ("awake", "around") or following.low in _LIE_STATES:
        return True
    return _resting_place_after(words, index)


_CLAUSE_JOINS = frozenset("and but then so when after before because until once while".split())
_REST_SPELLS = frozenset("nap rest while bit minute moment snooze hour few couple".split())
_FRONTED_TIME_OPENERS = frozenset("after before during on at in by".split())
_FRONTED_TIME_HEADS = w.TIME_NOUNS | frozenset("lunch dinner breakfast supper tea work school that".split())


def _after_fronted_time(words: list[Word], subject: int) -> bool:
    """The subject opens its clause after a short opening phrase of time ("After lunch he …", "On
    Monday she …", "In the afternoon I …"), not after the noun of a relative clause ("the rules he …")."""
    return (
        2 <= subject <= 4
        and words[0].low in _FRONTED_TIME_OPENERS
        and words[subject - 1].low in _FRONTED_TIME_HEADS
        and all(word.joined for word in words[:subject])
    )


def _laid_down_to_rest(words: list[Word], index: int) -> bool:
    """'laid down' after a pronoun that opens its clause, with nothing laid: at the clause's end or
    before 'and', 'in bed', 'on the' and a place to rest, or 'for a nap' ("he laid down on the bed",
    "I laid down for a nap", "she laid down and slept"): the past of 'lie down' is 'lay down'. Not "the
    rules we laid down." (a relative clause: the pronoun does not open the sentence or follow a
    conjunction), "laid down the law", "laid down on Monday"."""
    if index == 0 or index + 1 >= len(words) or not words[index].joined or words[index + 1].low != "down":
        return False
    subject = words[index - 1]
    if subject.low not in w.SUBJECT_PRONOUNS or not subject.joined:
        return False
    if (
        index > 1
        and words[index - 2].joined
        and words[index - 2].low not in _CLAUSE_JOINS
        and not _after_fronted_time(words, index - 1)
    ):
        return False
    after = _next(words, index + 1)
    if after is None:
        return True  # "she laid down." / "he laid down, exhausted"
    if after.low == "and":
        return True
    if after.low == "for":
        article, spell = _next(words, index + 2), _next(words, index + 3)
        return article is not None and article.low in ("a", "an") and spell is not None and spell.low in _REST_SPELLS
    return after.low in ("in", "on") and _rests(words, index + 1)


class LayLie(GrammarRule):
    id = "grammar.lay-lie"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Lay' with no object, where 'lie' is meant: 'I need to lay down', 'laying on the beach', 'laid in bed'."
    why = (
        "'Lay' takes an object ('lay the book down', 'lay down the law'); to rest is to 'lie down' "
        "('lie', 'lying', 'lies'). Only 'lay down' with nothing laid, where 'lay' cannot be the past of "
        "'lie' (after 'to', a modal, 'do' or 'please', or as 'laying' and 'lays') is reported: 'she lay "
        "down on the bed' is right. So are 'laying', 'lays' and 'laid' before 'around', 'awake', 'in bed' "
        "or 'on the' and a place to rest ('was laying on the beach', 'laid awake all night'), and 'laid down' "
        "after a pronoun opening its clause with nothing laid ('he laid down on the bed', 'I laid down for a "
        "nap'), but not a "
        "passive 'was laid on the table' or 'had laid in supplies'. Also 'laying', 'lays', 'laid' before "
        "'in the' and a place to rest ('laying in the sun'), 'idle', 'empty', 'dormant' …, or 'with', "
        "'beneath', 'at', 'under' … and a determiner ('the town lays beneath the hills'), 'lays' after "
        "a noun that is never laid ('the answer lays in the data'), 'has laid' with nothing laid ('has "
        "laid on the ground': 'lain'), 'let it lay' with nothing laid, and 'lie' with an object before "
        "'in' or 'on' ('lie the baby in her cot'); not where hens, turtles or other layers of eggs are "
        "named."
    )
    bad = (
        "I need to lay down for a while.",
        "He was laying down on the sofa.",
        "You should lay down and rest.",
        "The dog lays down in the shade.",
        "He laid in bed all day.",
        "Tourists were laying on the beach, and clothes were left laying around.",
        "She laid awake all night.",
        "He lied the book on the table and told me to lie the baby down.",
        "He laid down on the bed, and I laid down for a nap.",
        "The cat was laying in the sun, and the answer lays in the data.",
        "The snow has laid on the ground for a week; let it lay there.",
        "After the procedure, patients should lay flat for two hours.",
        "The body of the missing walker was found laying in a field near the village.",
    )
    good = (
        "She lay down on the bed. They lay down their arms.",
        "The rules laid down by the court; we will lay down the law.",
        "Lay the book down. The hens are laying eggs.",
        "I need to lie down for a while.",
        "The report was laid on the table; they had laid in supplies; she laid on the charm.",
        "She lay in bed all day. He lay awake. The hens were laying in the barn.",
        "He lied the whole time on the stand; she lied her way into the job; they lie the rest of the year.",
        "Let it lie down there; he lied to the police on Monday.",
        "These are the rules we laid down. The principles he laid down on Monday stand; I laid down a marker.",
        "The turtles were laying on the beach; the firm lays at least ten miles of cable; they laid over in Dubai.",
        "They had laid in food; let me lay out the facts; let the hens lay; the dunes lie the length of the coast.",
        "The paper lay flat on the desk; lay the board flat.",
        "The hen was found laying eggs in the shed, and workers were found laying cables under the road.",
    )
    fixed = (
        "I need to lie down for a while.",
        "He was lying down on the sofa.",
        "You should lie down and rest.",
        "The dog lies down in the shade.",
        "He lay in bed all day.",
        "Tourists were lying on the beach, and clothes were left lying around.",
        "She lay awake all night.",
        "He laid the book on the table and told me to lay the baby down.",
        "He lay down on the bed, and I lay down for a nap.",
        "The cat was lying in the sun, and the answer lies in the data.",
        "The snow has lain on the ground for a week; let it lie there.",
        "After the procedure, patients should lie flat for two hours.",
        "The body of the missing walker was found lying in a field near the village.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LIE_WITH_OBJECT):
            if _puts_down(words, index):
                word = words[index]
                fixed = match_case(_LAY_FORMS[word.low], word.text)
                message = f"Something is put down here: write '{fixed}' ('lie' takes no object)."
                yield self.replace_word(word, fixed, message)
        for words, index in occurrences(doc, _LAY):
            word = words[index]
            if _rests(words, index):
                fixed = match_case(_LIE_FORMS[word.low], word.text)
                message = f"Nothing is laid here: write '{fixed}' ('lay' takes an object; to rest is to lie)."
                yield self.replace_word(word, fixed, message)
                continue
            if word.low == "lay" and _let_lie(words, index):
                fixed = match_case("lie", word.text)
                yield self.replace_word(word, fixed, f"Nothing is laid here: write '{fixed}' (let it lie).")
                continue
            if word.low == "laid" and _lain(words, index):
                fixed = match_case("lain", word.text)
                message = f"Nothing is laid here: write '{fixed}', the participle of 'lie' ('lay' takes an object)."
                yield self.replace_word(word, fixed, message)
                continue
            if word.low == "laid" and _laid_down_to_rest(words, index):
                yield self.replace_word(
                    word,
                    match_case("lay", word.text),
                    f"Nothing is laid here: write '{match_case('lay', word.text)} down' ('lay' takes an object).",
                    FixSafety.SAFE,
                )
                continue
            if word.low == "laid" or index + 1 >= len(words) or not word.joined:
                continue
            particle = words[index + 1].low
            if particle not in _LYING_PARTICLES or (particle == "flat" and word.low != "lay"):
                continue
            if word.low == "lay" and not _bare_lay(words, index):
                continue  # "she lay down", "the paper lay flat": the past of 'lie'
            after = _next(words, index + 1)
            if not (
                index + 2 == len(words)
                or not words[index + 1].joined
                or (after is not None and after.low in _AFTER_LYING_DOWN)
            ):
                continue  # "lay down the law", "lay down their arms": something is laid
            fixed = match_case(_LIE_FORMS[word.low], word.text)
            message = f"Nothing is laid here: write '{fixed} {particle}' ('lay' takes an object)."
            yield self.replace_word(word, fixed, message)


_LYING_PARTICLES = frozenset(("down", "flat"))
"""What follows 'lay' that rests ('lay down', and after 'to' or a modal 'lay flat')."""
_WHOM = frozenset(("whom", "who"))
_COUNTING_BEFORE_OF = w.CARDINALS | _PART_OF | {"much"}
"""Words that count the people in "one of whom", "most of whom", "two of whom"."""
_NOT_SUBJECT_NEXT = w.SUBJECT_PRONOUNS | w.DETERMINERS | w.OBJECT_PRONOUNS | frozenset(("there",))


class WhomSubject(GrammarRule):
    id = "grammar.whom-subject"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Whom' as the subject of its verb ('Whom is calling?'), or 'who' after 'one of', 'most of'."
    why = (
        "'Whom' is an object ('whom did you see', 'the man whom I met'); the subject of a verb is "
        "'who': 'Who is calling?', 'the man who lives next door'. Reported when a verb follows 'whom' "
        "with no subject of its own between them. After a preposition the pronoun is its object, so "
        "'three men, one of who was armed' needs 'whom'."
    )
    bad = (
        "Whom is calling at this hour?",
        "The man whom lives next door left.",
        "Whom will win the vote?",
        "Police arrested three men, one of who was armed.",
        "He is the person whom said yes to the plan.",
        "The authors thank the reviewers, whom provided insightful comments on the draft.",
    )
    good = (
        "Whom did you see? The man whom I met left.",
        "Whom is he talking to? To whom it may concern.",
        "The people, most of whom were young, left.",
        "It depends on which of who's plans wins. Think of who was there; a friend of who?",
        "...whom were young, left early.",
        "The man whom elected officials chose left; the woman whom Sarah said was late came.",
        "Accept all of who they are.",
        "Most of who I am I owe to my mother.",
    )
    fixed = (
        "Who is calling at this hour?",
        "The man who lives next door left.",
        "Who will win the vote?",
        "Police arrested three men, one of whom was armed.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHOM):
            word = words[index]
            if word.low == "who":
                counted = index > 1 and words[index - 1].low == "of" and words[index - 2].low in _COUNTING_BEFORE_OF
                if counted and words[index - 2].joined and words[index - 1].joined and not _free_relative(words, index):
                    fixed = match_case("whom", word.text)
                    message = f"After '{words[index - 1].text}', the pronoun is its object: write '{fixed}'."
                    yield self.replace_word(word, fixed, message)
                continue
            verb = _next(words, index)
            if verb is None or (index > 0 and words[index - 1].low in w.PREPOSITIONS):
                continue  # "most of whom were": the preposition's object
            if index == 0 and after_cut(doc, words):
                continue  # "...whom were tired": the excerpt cut off "many of" before it
            if not (w.plainly_finite(verb.low) or _past_then_no_subject(words, index + 1)):
                continue
            if verb.low in w.AUXILIARIES or verb.low in w.MODALS:
                subject = _next(words, index + 1)
                if subject is None or subject.low in _NOT_SUBJECT_NEXT or subject.capitalised:
                    continue  # "whom is he talking to", "whom did Sarah meet": a subject follows
            fixed = match_case("who", word.text)
            yield self.replace_word(
                word, fixed, f"'{word.text}' is the subject of '{verb.text}' here: write '{fixed}'."
            )


def _free_relative(words: list[Word], index: int) -> bool:
    """'who' + a subject pronoun + 'be' that ends the clause: a free relative clause, the object of
    'of' as a whole ("accept all of who they are", "some of who she was"), where 'whom' is wrong."""
    if index + 2 >= len(words) or words[index + 1].low not in w.SUBJECT_PRONOUNS:
        return False
    if words[index + 2].low not in _BE_AT_END or not (words[index].joined and words[index + 1].joined):
        return False
    return index + 3 == len(words) or not words[index + 2].joined or words[index + 3].low in _AFTER_FREE_RELATIVE


_BE_AT_END = frozenset("am is are was were be been".split())
_AFTER_FREE_RELATIVE = (
    frozenset("and or but as now today then before once is was has".split()) | w.MODALS | w.SUBJECT_PRONOUNS
)
"""Words that may follow a free relative: the clause goes on, or its verb comes ("who we are is"), or
the main clause's subject after a fronted object ("most of who I am I owe to her")."""


_REFLEXIVES = frozenset("itself themselves himself herself myself yourself ourselves yourselves oneself".split())


_WEATHER = frozenset(("weather",))
_WHETHER_BEFORE = w.PREPOSITIONS | frozenset(
    "know knew knows ask asked asks asking wonder wondered wonders wondering unclear unsure uncertain doubt see "
    "decide decided decides determine consider considered considering question matter sure certain clear "
    "undecided discuss discussed debate debated investigate investigating examine examined".split()
)


class WeatherWhether(GrammarRule):
    id = "grammar.weather-whether"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Weather' (rain and sun) where 'whether' (if) opens a clause: 'comment on weather the talks failed'."
    why = (
        "'Whether' opens a clause of doubt or choice ('ask whether the talks failed'); 'weather' is the "
        "noun and the verb of coming through ('weather the storm'). Reported after a preposition, a verb "
        "of asking and knowing or a word of certainty ('not sure', 'unclear') when a subject and its verb "
        "follow 'weather'; 'weather the storm' has no "
        "verb after its object."
    )
    bad = (
        "The minister refused to comment on weather the talks had failed.",
        "Nobody asked weather he was qualified for the job.",
        "The debate is about weather the city can afford it.",
        "We will wait to see weather the storm passes before noon.",
        "I'm not sure weather I can come to the meeting tomorrow.",
        "Crews are waiting for the whether to improve, and the whether forecast is poor.",
    )
    good = (
        "They asked whether the talks had failed.",
        "We will weather the storm. Check the weather the day before you go.",
        "It depends on weather the next few days; the talk on weather was dull.",
        "Banks must weather the crisis that looms.",
        "Despite the weather the team was happy; in weather like this the roads are bad.",
        "I asked her whether that was true; he said that whether we win or not, it is good whether or not it rains.",
        "They know how to weather the storm; we saw them weather the crisis; ask them to weather the storm first.",
        "I am sure the weather will hold; it is clear weather for sailing.",
    )
    fixed = (
        "The minister refused to comment on whether the talks had failed.",
        "Nobody asked whether he was qualified for the job.",
        "The debate is about whether the city can afford it.",
        "We will wait to see whether the storm passes before noon.",
        "I'm not sure whether I can come to the meeting tomorrow.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHETHER):
            word = words[index]
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            after = words[index + 1].low if word.joined and index + 1 < len(words) else ""
            if (before in _WEATHER_BEFORE or after in _WEATHER_AFTER) and not in_quotes(doc, word.start):
                fixed = match_case("weather", word.text)  # "waiting for the whether to improve"
                yield self.replace_word(word, fixed, f"The noun is '{fixed}' (rain and sun); 'whether' opens a clause.")
        for words, index in occurrences(doc, _WEATHER):
            word = words[index]
            if index == 0 or not words[index - 1].joined or words[index - 1].low not in _WHETHER_BEFORE:
                continue
            if index > 1 and words[index - 1].low == "of" and words[index - 2].low in w.KIND_NOUNS:
                continue  # "what kind of weather we are having": the noun, its relative clause after it
            asking = words[index - 1].low not in w.PREPOSITIONS
            if _clause_at(words, index + 1) or (asking and _noun_and_verb_at(words, index + 1)):
                fixed = match_case("whether", word.text)
                message = f"A clause follows: write '{fixed}' ('weather' is rain and sun)."
                yield self.replace_word(word, fixed, message)


_WHETHER = frozenset(("whether",))
_WEATHER_BEFORE = w.ARTICLES | (w.POSSESSIVES - {"her"}) | frozenset("stormy wintry inclement".split())
"""Words before 'whether' that make it the noun 'weather' ('the whether', 'inclement whether'):
'whether' opens a clause and takes none of them. Not 'her' ('asked her whether'), 'that' ('said that
whether we win …') or an adjective a clause may follow ('it is good whether or not')."""
_WEATHER_AFTER = frozenset("forecast forecasts forecaster conditions permitting report reports service station".split())


def _clause_at(words: list[Word], index: int) -> bool:
    """A subject and a finite verb start at ``index``: a subject pronoun and a verb ("he was"), or
    an article or a possessive, at most two words and an auxiliary or a modal ("the talks had")."""
    if index >= len(words) or not words[index - 1].joined:
        return False
    first = words[index].low
    verb = _next(words, index)
    if first in w.SUBJECT_PRONOUNS - {"you"}:
        return verb is not None and w.may_be_finite(verb.low)
    if first not in w.ARTICLES and first not in w.POSSESSIVES:
        return False
    for at in range(index + 2, min(index + 4, len(words))):
        if not words[at - 1].joined:
            return False
        if words[at].low in w.AUXILIARIES or words[at].low in w.MODALS:
            return True
    return False


def _noun_and_verb_at(words: list[Word], index: int) -> bool:
    """An article, a noun and a verb in -s or the past ("see weather the storm passes", "asked weather
    the deal collapsed"), after a verb of asking or knowing: 'weather the storm' takes no verb after
    its object."""
    if index + 2 >= len(words) or words[index].low not in w.ARTICLES:
        return False
    noun, verb = words[index + 1], words[index + 2]
    if not (words[index].joined and noun.joined) or "NOUN" not in w.tags(noun.low):
        return False
    return bool(w.verb_tags(verb.low) & {"VBZ", "VBD"}) and not w.verb_tags(verb.low) & {"VB", "VBN"}


def _past_then_no_subject(words: list[Word], index: int) -> bool:
    """A past form at ``index`` that is also a participle ('said', 'told'), with no noun after it that
    it could describe: "and whom said yes", not "whom elected officials chose"."""
    if not w.plainly_past(words[index].low):
        return False
    after = _next(words, index)
    if after is None:
        return True
    tags = w.tags(after.low)
    if not ((tags and tags <= {"NOUN", "ADJ"}) or w.is_plural_noun(after.low)):
        return True
    return _object_phrase_ends(words, index + 1)  # "whom provided insightful comments on": its object


def _object_phrase_ends(words: list[Word], start: int) -> bool:
    """The adjectives and nouns from ``start`` end at a comma, the sentence's end or a preposition,
    with no verb after them: they are an object ("whom provided insightful comments."), not the
    subject of a verb to come ("whom elected officials chose")."""
    at = start
    while at < len(words) and at - start < 4:
        word = words[at]
        tags = w.tags(word.low)
        if not ((tags and tags <= {"NOUN", "ADJ"}) or w.is_plural_noun(word.low)):
            return word.low in w.PREPOSITIONS and word.low != "to"
        if not word.joined:
            return True
        at += 1
    return at >= len(words)


_THESES = frozenset(("theses",))
_NOT_BEFORE_THESE = w.DETERMINERS | w.CARDINALS | frozenset("doctoral graduate academic both many several".split())


def _these_meant(words: list[Word], index: int) -> bool:
    """'theses' before a plural noun (or an adjective and one): the demonstrative 'these' ("theses
    shoes", "do theses days"); the plural of 'thesis' is no modifier ('thesis topics'), and is left
    alone after a determiner, a number or an adjective of its own ("two doctoral theses")."""
    if not words[index].joined or index + 1 >= len(words):
        return False
    if index > 0 and words[index - 1].joined and words[index - 1].low in _NOT_BEFORE_THESE:
        return False
    at = index + 1
    tags = w.tags(words[at].low)
    if "ADJ" in tags and "VERB" not in tags and words[at].joined and at + 1 < len(words):
        at += 1  # "theses old books"
    noun = words[at].low
    plural = w.is_any_plural(noun) or noun == "days"
    if not plural and noun.endswith("s") and not noun.endswith("ss"):
        plural = w.tags(noun) == {"NOUN"} and "NOUN" in w.tags(noun[:-1])  # "movies", read as the plural of "movie"
    return plural and not words[at].capitalised


class ThesesThese(GrammarRule):
    id = "grammar.theses-these"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Theses' (plural of 'thesis') where the demonstrative 'these' is meant: 'theses shoes'."
    why = (
        "'Theses' is the plural of 'thesis'; before a plural noun only the demonstrative fits ('these "
        "shoes', 'these days'), since a thesis modifying a noun stays singular ('thesis topics'). Left "
        "alone: 'theses' as a noun ('she wrote two theses', 'doctoral theses on Hume', 'Theses are due')."
    )
    bad = (
        "Theses shoes are too small, and I found theses notes in a drawer.",
        "Nobody writes letters theses days. Put theses old boxes in the van.",
    )
    good = (
        "These shoes are too small. She wrote two theses on Hume; the theses were marked in June.",
        "Students submit their theses in May; doctoral theses take years. Theses are due on Friday.",
        "He read both theses, and the theses of Luther hung on the door.",
    )
    fixed = (
        "These shoes are too small, and I found these notes in a drawer.",
        "Nobody writes letters these days. Put these old boxes in the van.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _THESES):
            word = words[index]
            if not _these_meant(words, index) or doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            fixed = match_case("these", word.text)
            yield self.replace_word(
                word, fixed, f"'{word.text}' is the plural of 'thesis'; before a plural noun write '{fixed}'."
            )


_BELLOW = frozenset(("bellow",))
_BELOW_ADVERBS = frozenset(
    "just well far directly right slightly immediately somewhat shortly deep deeply significantly comfortably "
    "considerably safely way".split()
)
"""Adverbs that measure a place or an amount ('just below', 'well below', 'far below'), not the
adverbs that stand before a verb ('they often bellow')."""
_BELOW_AMOUNTS = frozenset("zero freezing average par cost expectations target forecast".split())
_POINTING_VERBS = frozenset("see look scroll read refer check listed shown mentioned described noted".split())
"""Verbs of a document that point 'below' ('see below', 'listed below')."""


def _below_meant(words: list[Word], index: int) -> bool:
    """'bellow' (to roar) where the preposition or adverb 'below' stands: after a past form or an
    -ing form of a verb ('fell bellow', 'going bellow'), after a verb that points ('see bellow'),
    an adverb of measure ('just bellow') or a singular noun that cannot be its subject ('a metre
    bellow the floor'), or before a number or an amount ('bellow 5', 'bellow zero')."""
    following = words[index + 1] if words[index].joined and index + 1 < len(words) else None
    if following is not None and (following.text[:1].isdigit() or following.low in _BELOW_AMOUNTS):
        return True
    if following is not None and following.low in w.CARDINALS:
        return True
    if index == 0 or not words[index - 1].joined:
        return False
    previous = words[index - 1]
    low = previous.low
    if low in _POINTING_VERBS:
        return True
    opens_phrase = following is not None and _opens_place(following.low)
    if low in _BELOW_ADVERBS:  # "just bellow ours", but "a deep bellow of rage"
        two_back = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        return opens_phrase and two_back not in w.DETERMINERS
    if low in w.SUBJECT_PRONOUNS or low in w.MODALS or low in ("to", "and", "or", "not"):
        return False  # "they bellow", "to bellow", "stamp and bellow"
    if previous.capitalised and not previous.sentence_start:
        return False  # "Buffaloes Bellow"
    if low.endswith("ing") and "VBG" in w.verb_tags(low):
        return following is None or opens_phrase  # "going bellow the table"
    tags = w.verb_tags(low)
    if tags and tags <= {"VBD", "VBN"}:
        return following is None or opens_phrase  # "fell bellow", "descended bellow"; not "the wounded bellow in pain"
    if "NOUN" in w.tags(low) and not w.is_any_plural(low):
        two_back = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        three_back = words[index - 3].low if index >= 3 else ""
        if three_back == "to" and not (index >= 4 and words[index - 4].low in _HEARD):
            three_back = ""  # "listened to the stag bellow", but "went to a spot bellow the falls"
        singular = two_back in w.ARTICLES  # not a bare noun: "Moose bellow the most", "Deer bellow the loudest"
        return (
            opens_phrase and singular and three_back not in _HEARD
        )  # "a metre bellow the floor", not "the elk bellow echoed"
    return False


_PLACE_WORDS = frozenset("ours yours theirs mine hers us them him me ground sea deck decks stairs".split())


def _opens_place(low: str) -> bool:
    """A word that opens what 'below' governs ('the floor', 'ours', 'ground level'); a verb or a
    preposition after 'bellow' ('the elk bellow echoed', 'cattle bellow in the rain') leaves it the roar."""
    return low in w.DETERMINERS or low in _PLACE_WORDS or low in w.CARDINALS


_HEARD = w.CAUSATIVES | frozenset(
    "heard hear hears watched saw see sees watch watching listen listened listening to".split()
)
"""'heard the bull bellow': a verb of perception or a causative puts a bare 'bellow' after its object."""


class BellowBelow(GrammarRule):
    id = "grammar.bellow-below"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Bellow' (to roar) where 'below' (under) is meant: 'the temperature fell bellow zero'."
    why = (
        "'Bellow' is a roar or to roar; 'below' is under. Reported where no roaring fits: after a past "
        "or an -ing form of a verb ('fell bellow', 'going bellow'), after 'see' or 'listed' ('see "
        "bellow'), after an adverb of measure ('just bellow', 'well bellow') or a singular noun that "
        "cannot roar in the plural ('a metre bellow the floor'), and before a number or an amount "
        "('bellow 5', 'bellow zero'). Left alone: a subject that roars ('bulls bellow', 'they bellow "
        "orders'), 'to bellow', and the noun ('a bellow of rage')."
    )
    bad = (
        "Temperatures fell bellow zero, and the divers descended bellow the wreck.",
        "The flat is just bellow ours; see bellow for details.",
        "The tank sits a metre bellow the floor, and readings bellow 5 were dropped.",
        "She kept going bellow the surface.",
    )
    good = (
        "Temperatures fell below zero. Bulls bellow during the rut, and the sergeants bellow orders.",
        "He let out a bellow of rage; they began to bellow and stamp.",
        "The coach will bellow the names; I heard the bull bellow at dawn.",
        "The crowd, roaring and bellowing, left; the Bulls Bellow Again.",
        "The bull gave a deep bellow. The elk bellow echoed, and the cattle bellow when they are hungry.",
        "Deer bellow in autumn; the giant bellow of the engine woke us. We listened to the stag bellow a challenge.",
        "Moose bellow the most in autumn.",
    )
    fixed = (
        "Temperatures fell below zero, and the divers descended below the wreck.",
        "The flat is just below ours; see below for details.",
        "The tank sits a metre below the floor, and readings below 5 were dropped.",
        "She kept going below the surface.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _BELLOW):
            word = words[index]
            if not _below_meant(words, index) or doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            fixed = match_case("below", word.text)
            yield self.replace_word(word, fixed, f"'{word.text}' is to roar; under is '{fixed}'.")


_EXTEND = frozenset(("extend",))
_EXTENT_OPENERS = w.ARTICLES | frozenset(
    "some what such certain large great greater lesser full limited small larger similar same considerable "
    "this that any".split()
)
_EXTENT_PRONOUNS = frozenset(("some", "certain", "such", "what"))
"""Openers that may be a pronoun subject of the verb ('some extend to the sea'): the noun 'extent'
only after 'to' or 'in' ('to some extend', 'in some extend')."""
_BEFORE_EXTENT_PRONOUN = frozenset(("to", "in", "a", "an", "the"))
"""'to some extend', 'in what extend', 'to a certain extend': not the pronoun subject."""
_AFTER_EXTENT = frozenset("of that to which as and or is was possible".split())


def _extent_meant(doc: Document, words: list[Word], index: int) -> bool:
    """'extend' after a determiner or an adjective of size ('to some extend', 'the full extend of'),
    where only the noun 'extent' fits; it must end its phrase or go on to 'of', 'that', 'to which'
    ('the extend method', 'the extend() call' are a programmer's names)."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low not in _EXTENT_OPENERS:
        return False
    if words[index - 1].low in ("that", "this", "any") and not (index >= 2 and words[index - 2].low == "to"):
        return False  # only 'to this extend', 'to that extend'; not "so that extend the lease"
    if words[index - 1].low in _EXTENT_PRONOUNS and not (index >= 2 and words[index - 2].low in _BEFORE_EXTENT_PRONOUN):
        return False  # "some extend to the river", "but some extend as far as the road": 'some' the subject
    word = words[index]
    after = doc.text[word.end : word.end + 1]
    if after in ("(", ".", "_", "`", "-") and doc.text[word.end + 1 : word.end + 2].isalnum():
        return False  # "extend()", "extend.call", "extend_list"
    if after == "(":
        return False
    if not word.joined or index + 1 >= len(words):
        return True
    following = words[index + 1].low
    if following in _AFTER_EXTENT:
        return True
    tags = w.tags(following)
    idiom = joined_before(words, index, 3, _TO)  # "to a large extend the plan worked"
    return idiom and not tags & {"NOUN", "VERB"} and following not in w.PREPOSITIONS


class ExtendExtent(GrammarRule):
    id = "grammar.extend-extent"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Extend' (the verb) where the noun 'extent' is meant: 'to some extend', 'the full extend of'."
    why = (
        "'Extend' is a verb ('extend the lease'); the noun of degree is 'extent' ('to some extent', 'the "
        "extent of the damage'). Reported after a determiner or an adjective of size, where no verb "
        "goes, when 'extend' ends the phrase or goes on to 'of', 'that' or 'to which'; not a "
        "programmer's name ('the extend method', 'extend()')."
    )
    bad = (
        "I agree with you to some extend, and to a large extend the plan worked.",
        "We were surprised by the full extend of the damage.",
        "It mimics (to an extend) the old design.",
    )
    good = (
        "We can extend the deadline; to extend the lease, call us.",
        "The extend method adds items; call extend() or the extend keyword.",
        "I agree to some extent, and the extent of the damage is clear.",
        "Its roots are deep, and some extend as far as the road.",
    )
    fixed = (
        "I agree with you to some extent, and to a large extent the plan worked.",
        "We were surprised by the full extent of the damage.",
        "It mimics (to an extent) the old design.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _EXTEND):
            word = words[index]
            if not _extent_meant(doc, words, index) or doc.is_protected(word.start, word.end):
                continue
            if in_quotes(doc, word.start):
                continue
            fixed = match_case("extent", word.text)
            yield self.replace_word(word, fixed, f"'{word.text}' is the verb; the noun of degree is '{fixed}'.")


_THAT = frozenset(("that",))
_THAT_THAN_PARTNERS = frozenset("ours yours mine theirs hers usual expected before ever anyone anything".split())
"""Words that, after 'bigger that', can only be what is compared ('faster that ours')."""
_CLAUSE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD", "VB"))
_FINITE_TAGS = frozenset(("VBD", "VBZ"))


def _than_ever(words: list[Word], index: int) -> bool:
    """'That ever' or 'that ever before' that ends its clause ("a stronger position compared with its
    peers that ever before."): a relative 'that ever' needs a verb after it ("the best that ever
    lived"), so this is the comparison's 'than ever'."""
    if index == 0 or index + 1 >= len(words) or not words[index].joined or words[index + 1].low != "ever":
        return False
    end = index + 1
    if words[end].joined and end + 1 < len(words) and words[end + 1].low == "before":
        end += 1
    return not words[end].joined or end + 1 >= len(words)


def _than_meant(doc: Document, words: list[Word], index: int) -> bool:
    """'that' after a one-word comparative and before a noun phrase that no verb follows ("smaller
    that the build plate", "faster that its rival."): what is compared, so 'than'. A clause after
    'that' ("better that the shock should come", "so much bigger that the box did not fit") has a
    verb after its subject, read by the tagger; 'that way' ("quicker that way") has no determiner."""
    if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    comparative = words[index - 1].low
    if comparative == "longer":
        if index >= 2 and words[index - 2].low in ("no", "any"):
            return False  # "no longer that …"
    elif not _comparative(comparative) or words[index - 1].capitalised:
        return False
    first = words[index + 1]
    if first.low in _THAT_THAN_PARTNERS:
        end = index + 2
    elif first.low in w.DETERMINERS - {"that", "no", "every", "each"} or first.text.isdigit():
        end = index + 2
        while end < len(words) and words[end - 1].joined and end - index <= 5:
            low = words[end].low
            if low in w.PREPOSITIONS or low in ("and", "or", "but") or not w.tags(low) & {"NOUN", "ADJ", "NUM"}:
                break
            if end > index + 2 and w.verb_tags(low) & _FINITE_TAGS:
                break  # "better that the team wins": 'wins' may be the clause's verb
            plural = w.is_plural_noun(words[end - 1].low) or w.is_irregular_plural(words[end - 1].low)
            plural_verb = plural and "VBP" in w.verb_tags(low)  # "our tests fail", "the children stay"
            if end > index + 2 and (low in w.MODALS or plural_verb or _tagged_verb(doc, words, end)):
                return False  # "better that the children stay indoors", "likelier that the vote will pass"
            end += 1
    else:
        return False
    if end >= len(words) or not words[end - 1].joined:
        return True  # the phrase ends the sentence or a punctuation mark follows
    low = words[end].low
    if low in w.PREPOSITIONS or low in ("in", "on", "at"):
        return not _verb_after_phrase(doc, words, end + 1)  # "better that the people in charge resign"
    if low in ("and", "or", "but"):
        return True
    if w.verb_tags(low) & _FINITE_TAGS or low in w.MODALS:
        return False  # a verb may follow its subject: a clause ("easier that the system handles it")
    return sentence_tags(doc, words)[end] not in _CLAUSE_VERB_TAGS and w.tags(low) <= {"ADV"}


def _verb_after_phrase(doc: Document, words: list[Word], index: int) -> bool:
    """A verb (or a modal) after the noun phrase that starts at ``index`` ('charge resign', 'the
    village learn to swim', 'us wait'): the subject of a clause had a prepositional phrase of its own."""
    for at in range(index, min(index + 5, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        only_verb = bool(w.verb_tags(low)) and not w.tags(low) & {"NOUN", "ADJ", "NUM", "PROPN"}  # "resign"
        if (
            low in w.MODALS
            or only_verb
            or (w.verb_tags(low) & _FINITE_TAGS and at > index)
            or _tagged_verb(doc, words, at)
        ):
            return at > index
        if not (low in w.DETERMINERS or low in w.OBJECT_PRONOUNS or w.tags(low) & {"NOUN", "ADJ", "NUM", "PROPN"}):
            return False
    return False


def _tagged_verb(doc: Document, words: list[Word], at: int) -> bool:
    """The word at ``at`` may be a verb and the tagger reads it as one in this sentence ('the
    workers strike now'), not as the noun it may also be ('the 2020 level in May')."""
    return bool(w.verb_tags(words[at].low)) and sentence_tags(doc, words)[at] in _CLAUSE_VERB_TAGS


class ThatForThan(GrammarRule):
    id = "grammar.that-than"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'That' after a comparative, where 'than' is meant: 'smaller that the old one'."
    why = (
        "A comparison takes 'than' ('smaller than the old one'). 'That' after a comparative opens a "
        "clause ('it is better that we wait', 'so much bigger that the box did not fit'), so it is "
        "reported only before a noun phrase with a determiner, a number or a possessive pronoun that "
        "ends there, at a preposition or at a pause, with no verb of its own ('faster that its rival.'); "
        "'quicker that way' has no determiner and is left alone, as is 'more … that'."
    )
    bad = (
        "The battery is smaller that the old one, and the new chip runs faster that its rival.",
        "Our house is bigger that yours. She was happier that her sister in Leeds.",
        "The queue was longer that the one at the bank? No, shorter that the 2019 queue.",
        "We are stronger now that ever before, and prices are higher this year that ever.",
    )
    good = (
        "It is better that the shock should come at once; it is better that you go now.",
        "It was so much bigger that the box did not fit, and quicker that way!",
        "The lamp is brighter than the old one; we knew later that the plan had failed.",
        "I gathered later that he was a photographer, and earlier that day we met.",
        "Make it clearer that those files are generated; he felt happier that his son was home.",
        "It is better that the children stay indoors; it seems likelier that the vote will pass.",
        "It is harder that the workers strike now, and easier that the parents sign the form.",
        "It is better that the people in charge resign, and better that the rest of us wait.",
        "It's better that our tests fail loudly.",
        "It is better that the team wins; the higher that the price goes, the fewer we sell.",
        "It is easier that the new system handles it.",
        "It is the best band that ever lived; nobody that ever tried it failed; the storm that ever before hit us.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _THAT):
            if not (_than_meant(doc, words, index) or _than_ever(words, index)):
                continue
            word = words[index]
            if doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            fixed = match_case("than", word.text)
            yield self.replace_word(
                word,
                fixed,
                f"After the comparative '{words[index - 1].text}', write '{fixed}', not '{word.text}'.",
                FixSafety.UNSAFE,
            )


RULES = [
    ModalOf,
    PassedPast,
    ItsConfusion,
    TheirConfusion,
    ThenThan,
    LooseLose,
    AffectEffect,
    YourConfusion,
    WhoseConfusion,
    TooForTo,
    ToForToo,
    WereConfusion,
    LayLie,
    WhomSubject,
    WeatherWhether,
    ThesesThese,
    BellowBelow,
    ExtendExtent,
    ThatForThan,
]
