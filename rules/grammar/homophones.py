"""A noun written where its sound-alike verb must stand: "we road the bus" (rode), "I thing the
plan works" (think), "they meat the press" (meet), "he flu the plane" (flew).

After a subject pronoun ('I', 'we', 'they', 'he', 'she') and before an object, only a verb fits.
The word written must be a noun and nothing else in the word tables (so adverbs and adjectives,
'we just the', 'they all the', never count), and it must belong to a confusion set of
``confusables.txt`` whose other word is a verb form that agrees with the pronoun (a past, or the
present of that person). The sets are the ones grammar.confused-word reads with web counts; where
the counts miss the pair ('we road' and 'we rode' both too rare for the table), the grammar decides.

The same holds for twins the counts cannot tell apart because both are rare or both common beside
the same words, where the slot decides instead of the pair: a thing where a person acts ('the
principle told parents', 'the tenet complained': :class:`PersonTwin`), a belief written as a person
('a core tenant of the party'), a verb whose twin takes the object it has ('will proceed the vote',
'pouring over the letters': :class:`VerbTwin`), and a one-letter slip between function words that
the counts find common on both sides ('left her bag one the bus', 'stored hear on the server':
:class:`FunctionTwin`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, ClassVar

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, in_quotes, joined_before, match_case, places, positions

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


_THING_TO_PERSON = {
    "principle": "principal",
    "principles": "principals",
    "tenet": "tenant",
    "tenets": "tenants",
    "heroin": "heroine",
}
"""A thing's word → the person's word it sounds like: only a person tells, resigns or complains."""
_PERSON_ACTS = frozenset(
    """
    said told announced resigned retired complained apologised apologized insisted admitted warned wrote
    phoned emailed urged thanked praised welcomed refused agreed promised confirmed denied declined replied
    argued sued spoke met visited decided asked invited hired fired suspended expelled
    tells announces resigns retires complains apologises apologizes insists admits warns writes phones
    emails urges thanks praises welcomes refuses agrees promises confirms denies declines replies
    argues sues speaks meets visits decides asks invites hires fires suspends expels introduced introduces
    """.split()
)
"""Finite verbs whose subject is a person: 'the principle states' and 'the tenet holds' are sound, so
verbs that a rule or a belief can do are left out."""
_PERSON_ACTS_BARE = frozenset(
    """
    tell announce resign retire complain apologise apologize insist admit warn write phone email urge thank praise
    welcome refuse agree promise confirm deny decline reply argue sue speak meet visit decide ask invite hire fire
    suspend expel introduce
    """.split()
)
"""The same verbs bare, after a modal ('the principle will meet with parents'); not 'say', which a rule
does too ('the principle will say')."""
_MODALS_BEFORE_ACT = frozenset("will would can could should may might must".split())
_SCHOOLS_OWNING = frozenset(w.both_apostrophes("school's college's academy's district's university's institute's"))
"""Possessives before a head teacher's title ("the school's principle said")."""
_PERSON_TITLES = frozenset("school head deputy assistant vice new former acting interim college academy".split())
"""Words that may stand between the determiner and a head teacher's title ('the school principal')."""
_BELIEF_ADJECTIVES = frozenset(
    "core central basic fundamental guiding founding cardinal essential moral ethical democratic".split()
)
"""Adjectives of a belief, never of a head teacher or a renter ('a core tenet', 'guiding principles';
'key' and 'main' are left out: 'a key tenant of the mall', 'the main principal')."""
_PERSON_TO_THING = {
    "tenant": "tenet",
    "tenants": "tenets",
    "principal": "principle",
    "principals": "principles",
}
_CHIEF_THINGS = frozenset(
    """office offices reason reasons aim aims cause causes source sources concern concerns character characters
    investor investors dancer dancers author authors architect owner owners shareholder shareholders residence
    city cities river ingredient ingredients component components objective objectives goal goals factor factors
    sponsor sponsors suspect witness actor actors partner partners export exports target beneficiary theme themes
    motive rival rivals lender creditor creditors income occupation investigator investigators conductor
    photography amount sum payment payments""".split()
)
"""Nouns that 'principal' (chief) describes and 'principle' never does ('the principal office')."""
_MATTERS = frozenset("man woman men women people person matter question point issue".split())
"""Nouns before 'of principle' ('a man of principle', 'a matter of principle')."""
_KEPT_BY = frozenset("compromise compromised compromising betray betrayed betraying abandon abandoned".split())
"""Verbs whose object is a belief ('compromise her principles'), before a possessive."""
_STORIES = frozenset("novel film book story play series saga tale show movie poem opera musical piece".split())
_HEROIN_MEASURES = frozenset(
    "kilos kilograms kg grams tonnes tons pounds ounces bags packets wraps doses shipment haul".split()
)
_HEROIN_COMPOUNDS = frozenset(
    "addict addicts addiction use user users overdose overdoses dealer dealers dealing smuggling smugglers "
    "trafficking traffickers seizure seizures epidemic abuse habit".split()
)


def _chief_slot(before: Word | None, following: Word | None) -> bool:
    """A determiner or a possessive before, a noun 'principal' describes after ('its principle aim')."""
    if before is None or following is None or following.low not in _CHIEF_THINGS:
        return False
    return before.low in w.DETERMINERS or before.low.endswith(("'s", "’s"))


def _subject_slot(words: list[Word], index: int) -> bool:
    """The word at ``index`` heads a subject: first in its sentence, or after a determiner or a
    possessive of a school, perhaps with a title word between ('The principle', 'the school
    principle', "the school's principle")."""
    at = index - 1
    if at >= 0 and words[at].joined and words[at].low in _PERSON_TITLES:
        at -= 1
    if at < 0:
        return words[index].sentence_start or index == 0
    return words[at].joined and (words[at].low in w.DETERMINERS or words[at].low in _SCHOOLS_OWNING)


def _person_verb_after(words: list[Word], index: int) -> bool:
    """A verb only a person does follows the noun at ``index``, straight after it or after a short
    'of' phrase ('the principle of the school announced'); a past that could be a participle must not
    be followed by a preposition ('a principle announced in the charter')."""
    at = index + 1
    if at < len(words) and words[at].low == "of" and words[at - 1].joined:
        for end in range(at + 2, min(at + 5, len(words))):
            if words[end].low in _PERSON_ACTS:
                at = end
                break
    singular = not words[index].low.endswith("s")
    if singular and at < len(words) and words[at].low in ("has", "had") and words[at - 1].joined:
        at += 1  # 'the principle has told staff'
    if at + 1 < len(words) and words[at].low in _MODALS_BEFORE_ACT and words[at - 1].joined and words[at].joined:
        return words[at + 1].low in _PERSON_ACTS_BARE  # 'the principle will meet with parents'
    if at >= len(words) or not words[at - 1].joined or words[at].low not in _PERSON_ACTS:
        return False
    if not all(words[i].joined for i in range(index, at)):
        return False
    following = words[at + 1] if at + 1 < len(words) and words[at].joined else None
    verb = words[at].low
    participle = "VBN" in w.verb_tags(verb) and words[at - 1].low not in ("has", "had") and verb not in _NO_PASSIVE
    if participle and words[index].low.endswith("s"):
        return False  # 'the principles agreed at the summit': plural rules are agreed, announced, said
    return not (participle and following is not None and following.low in _PARTICIPLE_LINKS)


_NO_PASSIVE = frozenset("apologised apologized resigned retired complained insisted replied spoke".split())
"""Pasts with no passive, so never a participle describing the noun ('the principle apologised to parents')."""
_PARTICIPLE_LINKS = frozenset("by in to as under into within throughout".split())
"""Words after a past that make it a participle describing the noun ('a principle announced in the
charter', 'the principle said to guide them'); 'resigned on Friday' stays a verb."""


_TRIGGERS_PERSON = frozenset(_THING_TO_PERSON) | frozenset(_PERSON_TO_THING) | {"heroine", "heroines"}


class _TwinRule(GrammarRule):
    """A word written for its sound-alike twin, told by the slot it stands in. Each rule names the
    words it looks at (:attr:`triggers`) and says which twin a slot wants (:meth:`twin`); names,
    titles and quotations are left alone, and the correction is offered, not applied."""

    triggers: ClassVar[frozenset[str]]
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """A list made for the phrase ('{pour} over the files', 'a central tenant of') reports it instead."""

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        raise NotImplementedError

    def message(self, written: str, fixed: str) -> str:
        raise NotImplementedError

    def sift(self, lows: list[str], position: int) -> bool:
        """A cheap test on the flat word list that the trigger at ``position`` may be a slip (its
        neighbours across a sentence's end pass too): frequent triggers are turned into sentence
        places only when it holds."""
        return True

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        for words, index in places(doc, [p for p in positions(doc, self.triggers) if self.sift(lows, p)]):
            word = words[index]
            if (word.text[:1].isupper() and not word.sentence_start) or in_quotes(doc, word.start):
                continue  # a name or a title
            twin = self.twin(doc, words, index)
            if twin is None:
                continue
            fixed = match_case(twin, word.text)
            yield self.replace_word(word, fixed, self.message(word.text, fixed), FixSafety.UNSAFE)


class PersonTwin(_TwinRule):
    id = "grammar.person-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A thing for the person it sounds like, or the reverse: 'the principle told parents', 'a core tenant'."
    why = (
        "'Principal' (a head teacher) and 'principle' (a rule), 'tenant' (a renter) and 'tenet' (a "
        "belief), 'heroine' and 'heroin' sound alike, and the web counts cannot tell them apart. The slot "
        "can: only a person tells, resigns or complains ('the principle told parents' is the principal), "
        "and a belief is core, guiding or fundamental ('a core tenant of the party' is a tenet; a man of "
        "principle, compromising her principles). The drug is measured in kilos and has addicts; the "
        "heroine is of a novel or a film. The correction is offered, not applied."
    )
    bad = (
        "The principle told parents that the school would reopen.",
        "The school principle announced a new uniform policy.",
        "The principle of the school resigned on Friday.",
        "The tenet complained about the boiler for weeks.",
        "Equality is a core tenant of the party, and free trade one of its guiding principals.",
        "He has always been a man of principal, and the company's principle office is in Leeds.",
        "She refused to compromise her principals.",
        "Police seized two kilos of heroine, and the heroin of the novel is a doctor.",
        "The school's principle said counselors would be available.",
        "The principle will meet with parents on Thursday, and the new principle introduced herself.",
    )
    good = (
        "The principal told parents that the school would reopen; the principle states that energy is kept.",
        "A principle announced in the charter, and the principle said to guide them, were dropped.",
        "The tenant complained, and the tenets of the faith hold that all are equal.",
        "Equality is a core tenet; the mall's key tenant left; the school's principals met.",
        "The loan's principal is repaid first, and the principal reason was cost.",
        "He is a man of principle; the principals of the firm agreed.",
        "The core tenants of the shopping centre stayed, and the principle explained most of the results.",
        "The heroine of the novel is a doctor; heroin addicts need help.",
        "The Principle told parents, a band, played on.",
        "The school's principles of fairness were praised.",
        "The principle introduced in 1990 still holds, and the principle will guide the court.",
    )
    triggers = _TRIGGERS_PERSON

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        return self._twin(words, index)

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? '{written}' and '{fixed}' sound alike, but the slot wants '{fixed}'."

    @staticmethod
    def _twin(words: list[Word], index: int) -> str | None:
        low = words[index].low
        before = words[index - 1] if index and words[index - 1].joined else None
        following = words[index + 1] if index + 1 < len(words) and words[index].joined else None
        if low in _THING_TO_PERSON:
            if _subject_slot(words, index) and _person_verb_after(words, index):
                return _THING_TO_PERSON[low]
            if low == "principle" and _chief_slot(before, following):
                return "principal"  # 'the company's principle office': the adjective, chief
            if low == "heroin" and following is not None and following.low == "of" and index + 3 < len(words):
                opener, story = words[index + 2], words[index + 3]
                if opener.low in w.DETERMINERS and opener.joined and story.low in _STORIES:
                    return "heroine"
            return None
        if low in ("heroine", "heroines"):
            measured = (
                before is not None
                and before.low == "of"
                and index > 1
                and words[index - 2].joined
                and words[index - 2].low in _HEROIN_MEASURES
            )
            if measured or (following is not None and following.low in _HEROIN_COMPOUNDS):
                return "heroin"
            return None
        twin = _PERSON_TO_THING[low]
        if before is not None and before.low in _BELIEF_ADJECTIVES:
            if low.startswith("tenant") and _let_place_follows(words, index + 1):
                return None  # 'the core tenants of the shopping centre': the shops that rent it
            if following is None or not w.tags(following.low) & {"NOUN", "ADJ"} or following.low in w.PREPOSITIONS:
                return twin
            return None
        if low.startswith("principal") and before is not None:
            if before.low == "of" and index > 1 and words[index - 2].joined and words[index - 2].low in _MATTERS:
                return twin if following is None or following.low in w.PREPOSITIONS | {"and", "but", "or"} else None
            if low == "principals" and before.low in w.POSSESSIVES and index > 1 and words[index - 2].joined:
                return twin if words[index - 2].low in _KEPT_BY else None
        return None


_LET_PLACES = frozenset(
    """centre center centres centers mall malls building buildings block blocks estate estates tower towers
    arcade arcades complex park parks development developments plaza precinct street office offices site
    property properties premises scheme station airport market""".split()
)
"""Places whose tenants rent them ('the core tenants of the shopping centre')."""


def _let_place_follows(words: list[Word], at: int) -> bool:
    """Whether 'of' + a determiner-led place of :data:`_LET_PLACES` (within four words) starts at ``at``."""
    if at >= len(words) or words[at].low != "of" or not words[at - 1].joined:
        return False
    for word in words[at + 1 : at + 6]:
        if word.low in _LET_PLACES:
            return True
        if not word.joined:
            return False
    return False


_PROCEED = {"proceed": "precede", "proceeded": "preceded", "proceeding": "preceding"}
"""'Proceed' takes no object; 'precede' does ('the film will precede the vote')."""
_NOT_OBJECTS = frozenset(
    """same way next following other rest whole usual day week month year morning afternoon evening night
    moment minute hour time weekend""".split()
)
"""Nouns after 'proceed the' that say when or how, not what ('proceed the same way', 'proceeded the next day')."""
_PRECEDE = {"precede": "proceed", "precedes": "proceeds", "preceded": "proceeded"}
_POUR = {"pour": "pore", "pours": "pores", "poured": "pored", "pouring": "poring"}
_READ_MATTER = frozenset(
    """letters letter maps map documents document papers files file records notes books book pages reports
    report details data figures numbers accounts results photos photographs pictures footage archives
    manuscripts manuscript texts text contracts contract evidence statistics spreadsheets spreadsheet charts
    plans blueprints transcripts transcript emails messages minutes polls accounts ledgers diaries diary
    journals catalogue catalogues newspapers clues paperwork print legislation bill draft drafts
    scripts script scores""".split()
)
"""What one pores over (reads closely); water pours over a dam, a roof or rice."""
_POURED_THINGS = frozenset(
    """rain rainwater water floodwater floodwaters seawater sea waves wine beer tea coffee milk blood sweat tears
    light sunlight moonlight sewage oil mud smoke sauce gravy syrup honey coffee liquid acid paint ink petrol
    fuel lava sand dust it""".split()
)
"""Subjects that pour themselves ('Rain poured over the files', 'ink poured over the pages')."""
_PROSCRIBE = {
    "proscribe": "prescribe",
    "proscribes": "prescribes",
    "proscribed": "prescribed",
    "proscribing": "prescribing",
}
_MEDICS = frozenset(
    "doctor doctors gp gps physician physicians dentist dentists vet vets nurse nurses psychiatrist psychiatrists "
    "clinician clinicians surgeon surgeons medic medics pharmacist pharmacists".split()
)
_PRESCRIBER_SLOT = frozenset(
    "to who will would can could may might must should often usually routinely also now still rarely sometimes "
    "commonly normally typically generally".split()
)
"""What may stand between a doctor and the verb ('doctors may prescribe', 'GPs often prescribe')."""
_SITE = {"site": "cite", "sites": "cites", "sited": "cited", "siting": "citing"}
"""'Site' as a verb places a building; one cites a source."""
_CITED = frozenset(
    """study studies source sources research figures statistics evidence example examples case cases report reports
    data article articles paper papers survey surveys poll polls precedent precedents reason reasons
    authority authorities""".split()
)
_CITED_BARE = frozenset("concerns fears costs problems difficulties risks worries issues factors".split())
"""Plurals one cites as a reason, without a determiner ("sited safety concerns"): not a source."""
_CITED_OPENERS = w.DETERMINERS | w.CARDINALS | frozenset("several many numerous recent earlier previous".split())
_FLAUNT = {"flaunt": "flout", "flaunts": "flouts", "flaunted": "flouted", "flaunting": "flouting"}
"""One flouts (defies) a rule; one flaunts (shows off) wealth."""
_RULE_NOUNS = frozenset(
    """rule rules law laws regulation regulations restriction restrictions ban bans guideline guidelines
    convention conventions order orders ruling rulings requirement requirements sanctions curfew lockdown
    norms protocol protocols code codes ordinance ordinances limits injunction treaty""".split()
)
_PERSECUTE = {"persecute": "prosecute", "persecuted": "prosecuted", "persecutes": "prosecutes"}
"""One prosecutes (takes to court) offenders; one persecutes (oppresses) a people."""
_OFFENDERS = frozenset("anyone anybody whoever offenders violators drivers dealers shoplifters".split())
_CAUGHT = frozenset("caught selling dealing breaking".split())
"""What follows the offenders: a crime ('anyone caught selling'); not 'anyone who opposed it', which
a regime persecutes."""
_VERB_TWIN_TRIGGERS = (
    frozenset(_PROCEED)
    | frozenset(_PRECEDE)
    | frozenset(_POUR)
    | frozenset(_PROSCRIBE)
    | frozenset(_SITE)
    | frozenset(_FLAUNT)
    | frozenset(_PERSECUTE)
)


def _object_follows(words: list[Word], index: int) -> bool:
    """A determiner and a noun phrase that is the verb's object follow ``index``: not a time or a
    manner ('proceed the same way'), not the subject of a new clause ('as he proceeded the crowd
    cheered')."""
    if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
        return False
    if words[index + 1].low not in w.DETERMINERS or words[index + 2].low in _NOT_OBJECTS:
        return False
    head = index + 2
    if head + 1 < len(words) and words[head].joined and _noun_after_modifier(words[head + 1].low):
        head += 1  # 'the main feature'
    if head + 1 < len(words) and words[head].joined:
        verb = words[head + 1].low
        if _verb_only_finite(verb):
            return False  # a clause: 'as he proceeded the crowd cheered'
    return "NOUN" in w.tags(words[head].low) and words[head].low not in _NOT_OBJECTS


def _verb_only_finite(low: str) -> bool:
    """An auxiliary, or a past or an -s form that is no noun ('cheered', 'trusted'; not 'feature')."""
    return low in w.AUXILIARIES or (bool(w.verb_tags(low) & {"VBD", "VBZ"}) and "NOUN" not in w.tags(low))


def _noun_after_modifier(low: str) -> bool:
    return "NOUN" in w.tags(low) and low not in w.PREPOSITIONS


def _read_matter_after(words: list[Word], index: int) -> bool:
    """'over' and, within three words, a thing one reads ('pouring over the old letters')."""
    if index + 2 >= len(words) or not words[index].joined or words[index + 1].low != "over":
        return False
    for at in range(index + 2, min(index + 5, len(words))):
        if not words[at - 1].joined:
            return False
        if words[at].low in _READ_MATTER:
            return True
        if words[at].low in w.PREPOSITIONS:
            return False
    return False


def _medic_before(words: list[Word], index: int) -> bool:
    """A doctor is the subject: 'doctors may proscribe', 'the GP will often proscribe'."""
    if not index or words[index - 1].low not in _MEDICS | _PRESCRIBER_SLOT:
        return False  # 'was proscribed' (banned), 'warned about proscribed drugs'
    return joined_before(words, index, 3, _MEDICS)


class VerbTwin(_TwinRule):
    id = "grammar.verb-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb for the sound-alike its object asks for: 'will proceed the vote', 'pouring over the letters'."
    why = (
        "'Proceed' (go on) takes no object, 'precede' (come before) does: 'a film will precede the vote', "
        "'we can proceed with the sale'. One pores over letters and maps (reads them closely); water "
        "pours over a dam. Doctors prescribe a drug; a law proscribes (bans) it. The object or the "
        "subject decides where the web counts cannot; the correction is offered, not applied."
    )
    bad = (
        "A short film will proceed the main feature.",
        "Once the papers are signed, we can precede with the sale.",
        "Historians spent years pouring over the letters.",
        "Doctors may proscribe strong painkillers after surgery.",
        "He preceded to explain the plan, and the anthem proceeded the match.",
        "The report sites three studies, and she forgot to site the article.",
        "The developer sited rising construction costs as the main reason.",
    )
    good = (
        "Rain poured over the files left outside, and ink poured over the pages.",
        "A short film will precede the main feature, and the talks will proceed.",
        "We can proceed with the sale; the words preceded by a dash are kept.",
        "Rain was pouring over the edge of the roof; pour over the rice.",
        "The new law proscribes smoking; the drug was proscribed by the state.",
        "We will proceed the same way, and they proceeded the next day.",
        "As he proceeded the crowd cheered; the proceeds the charity receives are large.",
        "She pored over the maps while water poured over the weir.",
        "The council sited the mast on the hill; the site reports were filed; a site the study used.",
        "The company sited its new plant near the port, and they sited wind farms offshore.",
    )
    triggers = _VERB_TWIN_TRIGGERS

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        return _verb_twin(words, index)

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? '{written}' and '{fixed}' sound alike; the words around it want '{fixed}'."


def _verb_twin(words: list[Word], index: int) -> str | None:
    low = words[index].low
    before = words[index - 1].low if index and words[index - 1].joined else None
    if low in _PROCEED:
        if before is not None and (before in w.DETERMINERS or before in w.PREPOSITIONS):
            return None  # 'the proceeding the court ordered'
        return _PROCEED[low] if _object_follows(words, index) else None
    if low in _PRECEDE:
        following = words[index + 1].low if index + 1 < len(words) and words[index].joined else None
        if low == "preceded":
            bare = index + 2 < len(words) and words[index + 1].joined and "VB" in w.verb_tags(words[index + 2].low)
            return (
                "proceeded" if following == "to" and bare and before is not None and before not in w.BE_FORMS else None
            )
        if following in ("with", "to") and before is not None and (before in w.MODALS or before == "to"):
            return _PRECEDE[low]
        return None
    if low in _POUR:
        if before in _POURED_THINGS:
            return None  # 'rain poured over the files left outside': the subject is what pours
        return _POUR[low] if _read_matter_after(words, index) else None
    if low in _SITE:
        return _SITE[low] if _cited_object(words, index) else None
    if low in _FLAUNT:
        return _FLAUNT[low] if _object_among(words, index, _RULE_NOUNS) else None
    if low in _PERSECUTE:
        return _PERSECUTE[low] if _offenders_after(words, index) else None
    return _PROSCRIBE[low] if _medic_before(words, index) else None


def _object_among(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """The verb's object, after a determiner or a possessive and at most three modifiers, is headed
    by one of ``heads`` ('flaunt state environmental rules', 'flaunted the new lockdown rules')."""
    for at in range(index + 1, min(index + 5, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if low in heads:
            following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
            if not (following and w.tags(following) == {"NOUN"}):
                return True  # the phrase ends here ('lockdown' in 'the lockdown rules' goes on)
            continue
        if not (low in w.DETERMINERS or low in w.POSSESSIVES or w.tags(low) & {"ADJ", "NOUN"}):
            return False
    return False


def _offenders_after(words: list[Word], index: int) -> bool:
    """Who is taken to court follows: 'persecute anyone caught selling', 'persecute offenders who'."""
    at = index + 1
    if at + 1 >= len(words) or not words[index].joined or words[at].low not in _OFFENDERS:
        return False
    return words[at].joined and words[at + 1].low in _CAUGHT


def _cited_object(words: list[Word], index: int) -> bool:
    """A source is the object: 'the report sites three studies', 'forgot to site the article'; not the
    noun ('the site reports', 'a site the council owns')."""
    if not index or not words[index - 1].joined:
        return False
    before = words[index - 1].low
    if before in w.DETERMINERS or (before in w.PREPOSITIONS and before != "to") or "ADJ" in w.tags(before):
        return False
    if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
        return False
    if words[index + 1].low not in _CITED_OPENERS:
        return _bare_cited(words, index + 1)  # "sited rising construction costs as the reason"
    if words[index + 2].low in _CITED:
        return True
    return index + 3 < len(words) and words[index + 2].joined and words[index + 3].low in _CITED


def _bare_cited(words: list[Word], at: int) -> bool:
    """A plural of :data:`_CITED` or :data:`_CITED_BARE` at ``at``, after at most two adjectives,
    nouns or '-ing' forms that modify it ('rising construction costs', 'safety concerns'), with no
    determiner."""
    for end in range(at, min(at + 3, len(words))):
        low = words[end].low
        if (low in _CITED or low in _CITED_BARE) and w.is_plural_noun(low):
            return True
        modifier = bool(w.tags(low) & {"ADJ", "NOUN"}) or "VBG" in w.verb_tags(low)  # 'rising costs'
        if not words[end].joined or not modifier or low in w.PREPOSITIONS:
            return False
    return False


_PLACES_ON = frozenset(
    """bus train plane flight boat ship ferry tram shelf shelves table desk floor ground wall roof bed sofa couch
    chair bench counter stage pitch field court screen phone radio television internet web website agenda
    ballot menu map road street pavement platform coast beach island edge left right front back top way
    market board page doorstep windowsill dashboard seabed outskirts border horizon record""".split()
)
"""Nouns that 'on the' opens ('on the bus', 'on the shelf'): after 'one the' they show the slip."""
_PLACE_OPENERS = frozenset("the a an his her their its my our your".split())
_NUMBERED = frozenset(
    """stage stages phase step day week month year game match round part chapter act scene level lesson season
    series volume track page episode exhibit figure table row line gate platform block floor group option plan
    category type class number grade division tier section verse book leg heat lap session term unit""".split()
)
"""Nouns that a number labels ('stage one', 'day one', 'number one'): 'one' after them is the number."""
_HERE_BEFORE = frozenset(
    """is are was were am be been stored kept came come moved lived born based stayed worked arrived posted
    listed printed gathered sat stood played performed parked landed buried get got from right near""".split()
)
"""Words after which 'here' stands and the verb 'hear' cannot ('stored here', 'came here', 'from here')."""
_HERE_AFTER = frozenset(
    """on in at for to since by from until till now today tonight yesterday tomorrow before after with and
    but or because so too again soon yet anymore every all long last""".split()
)
"""Words that may follow 'here' but not the verb 'hear', which takes an object ('hear the case')."""
_VISITED = frozenset(
    """bank shop shops station market supermarket cinema beach doctor dentist hospital park pub gym office airport
    zoo library church mall theatre theater museum cafe restaurant party concert funeral wedding coast seaside
    village pharmacy chemist bakery hairdresser""".split()
)
"""Places one goes to: 'I want to the bank' is 'went' (one wants to go to a place, not to it)."""
_WANTED_THINGS = frozenset("what whatever anything everything all".split())
_FUNCTION_TWIN_TRIGGERS = frozenset(("one", "hear", "want"))


class FunctionTwin(_TwinRule):
    id = "grammar.function-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A one-letter slip the web counts miss: 'her bag one the bus', 'stored hear on', 'I want to the bank'."
    why = (
        "'One the' and 'hear on' are common phrases ('the one the police found', 'could hear on the "
        "radio'), so the web counts pass them. The slot settles it: after a noun or an object pronoun, "
        "'one the bus' is 'on the bus'; after 'is', 'stored' or 'came', where the verb 'hear' cannot "
        "stand, 'hear' is 'here'. The correction is offered, not applied."
    )
    bad = (
        "She left her bag one the bus this morning.",
        "Put it one the top shelf.",
        "The files are stored hear on the main server.",
        "We came hear for the music, and the bus is hear now.",
        "After lunch I want to the bank to pay the bill.",
    )
    good = (
        "In stage one the front wheel is removed, and on day one the road was closed.",
        "She left her bag on the bus; the one the police found was empty.",
        "Which one, the red or the blue? He picked one the size of a fist.",
        "Day one the team met at the field; no one the board trusted was named.",
        "The files are stored here; we could hear on the radio that the bus was late.",
        "Come hear the band; I came to hear it; Hear, hear!",
        "Do what you want to the house; I want to thank the bank; they want to the last man a fair deal.",
    )
    triggers = _FUNCTION_TWIN_TRIGGERS

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        if not index or not words[index - 1].joined or index + 1 >= len(words):
            return None
        if words[index - 1].text[:1].isupper() and words[index - 1].text != "I":
            return None  # after a name
        return _TWIN_CHECKS[words[index].low](words, index)

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? '{written}' cannot stand here; '{fixed}' fits."

    def sift(self, lows: list[str], position: int) -> bool:
        low, last = lows[position], len(lows) - 1
        if low == "one":  # 'one the bus'
            return position < last and lows[position + 1] in _PLACE_OPENERS
        if low == "want":  # 'want to the bank'
            return position + 1 < last and lows[position + 1] == "to" and lows[position + 2] == "the"
        return position > 0 and lows[position - 1] in _HERE_BEFORE  # 'stored hear'


def _went_for_want(words: list[Word], index: int) -> str | None:
    """'want to the bank' after a subject: 'went' (not 'do what you want to the house')."""
    if index + 3 >= len(words) or not all(words[at].joined for at in range(index, index + 3)):
        return None
    if words[index + 1].low != "to" or words[index + 2].low != "the" or words[index + 3].low not in _VISITED:
        return None
    if words[index - 1].low not in w.SUBJECT_PRONOUNS or words[index - 1].low == "it":
        return None
    if any(word.low in _WANTED_THINGS for word in words[max(index - 4, 0) : index]):
        return None
    return "went"


def _on_for_one(words: list[Word], index: int) -> str | None:
    """'one the shelf' after a noun or an object pronoun ('her bag one the bus', 'put it one the
    shelf'), when the place noun is not the subject of a clause ('the one the police found')."""
    before = words[index - 1].low
    tags = w.tags(before)
    noun = "NOUN" in tags and not tags & {"ADJ", "DET", "ADP", "NUM", "PRON", "ADV"}
    if before not in ("it", "them", "him") and not (noun and before not in w.DETERMINERS):
        return None
    if before in _NUMBERED:
        return None  # 'in stage one the front wheel is removed': a label with its number
    if not words[index].joined or words[index + 1].low not in _PLACE_OPENERS:
        return None
    for at in range(index + 2, min(index + 4, len(words))):
        if not words[at - 1].joined:
            return None
        if words[at].low in _PLACES_ON:
            following = words[at + 1].low if at + 1 < len(words) and words[at].joined else None
            if following is not None and _verb_only_finite(following):
                return None  # a clause: 'the one the board trusted'
            return "on"
    return None


def _here_for_hear(words: list[Word], index: int) -> str | None:
    """'hear' after a word the verb cannot follow, before one that is no object ('stored hear on')."""
    if words[index - 1].low not in _HERE_BEFORE:
        return None
    if any(word.low in w.RELATIVE_PRONOUNS for word in words[max(index - 5, 0) : index - 1]):
        return None  # 'those who lived hear from us': the relative clause ends, 'hear' is its verb
    if not words[index].joined:
        return "here"  # 'came hear.' ('Hear, hear!' has no word before it)
    return "here" if words[index + 1].low in _HERE_AFTER else None


def _cues(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SENSES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    # written: (twin, words of the twin's sense, words of the written word's own sense)
    "palette": (
        "palate",
        _cues("wine wines taste tastes tasting flavour flavours flavor flavors tannins acidity sweetness mouth tongue"),
        _cues("colour colours color colors paint paints painter painters shades hues tones pastel pastels designer"),
    ),
    "palate": (
        "palette",
        _cues("colour colours color colors paint paints painter painters shades hues tones pastel pastels designer"),
        _cues(
            "wine wines taste tastes tasting flavour flavours flavor flavors food cleft cleanser mouth tongue "
            "refined discerning sophisticated jaded educated sensitive"
        ),
    ),
    "hanger": (
        "hangar",
        _cues("plane planes jet jets aircraft airship helicopter helicopters airliner airliners glider blimp runway"),
        _cues("coat coats clothes shirt shirts dress dresses wardrobe wire cliff trousers jacket"),
    ),
    "hangar": (
        "hanger",
        _cues("coat coats jacket jackets shirt shirts dress dresses clothes wardrobe closet trousers suit"),
        _cues("plane planes jet jets aircraft airship helicopter helicopters airliner airliners runway airfield"),
    ),
    "mantle": (
        "mantel",
        _cues("fireplace fire hearth chimney clock candles candlesticks vase"),
        _cues(
            "earth crust core magma rock planet volcanic seismic cloak robe leader leadership chief role "
            "successor inherit inherited assume assumed claim claimed party"
        ),
    ),
    "yoke": (
        "yolk",
        _cues("egg eggs white whites whisk omelette mayonnaise custard runny yolks"),
        _cues(
            "ox oxen plough plow colonial oppression tyranny shoulders servitude blouse shirt dress sewing "
            "collar garment embroidered fabric knit"
        ),
    ),
    "steak": (
        "stake",
        _cues("fund funds shareholder shareholders stakeholder percent investor investors equity holdings"),
        _cues(
            "grilled grill chips fries sauce rare medium beef restaurant ate eat menu dinner knife cooked sirloin rump"
        ),
    ),
    "stake": (
        "steak",
        _cues("chips fries sauce grilled grill ordered menu dinner ate eat beef knife cooked restaurant peppercorn"),
        _cues(
            "fund funds shares percent company companies firm firms bank business club deal bid bet bets "
            "investor investors shareholder shareholders sold sell sale bought buy acquired owns owned "
            "vampire heart burned burnt claim tent wooden fence high poker casino gambler gamblers gambling pot "
            "wager hand"
        ),
    ),
    "desert": (
        "dessert",
        _cues("cake cakes chocolate pudding pie ice cream menu dinner ordered course sweet tart custard sundae"),
        _cues(
            "sand sands dunes camel camels sahara arid oasis island islands storm rat heat hot sun dry war "
            "army troops soldier soldiers cactus cacti mirage gobi mojave nomads"
        ),
    ),
    "dessert": (
        "desert",
        _cues("camel camels sand sands dunes sahara oasis nomads cactus cacti arid mirage bedouin scorpions lizards"),
        _cues("menu chocolate cream cake ate eat sweet spoon course dinner lunch restaurant fruit pudding served"),
    ),
    "canon": (
        "cannon",
        _cues("artillery gunpowder cannonball warship pirates pirate musket muskets cannons"),
        _cues("literary literature church cathedral law saints scripture books camera"),
    ),
    "cannon": (
        "canon",
        _cues("literary literature novels novel books poets writers biblical scripture saints"),
        _cues("fire fired firing ball balls water military artillery gun guns gunpowder fort"),
    ),
    "stationary": (
        "stationery",
        _cues("pens pencils envelopes notebooks notepads ink cards letterhead paper"),
        _cues("traffic car cars vehicle vehicles bike bicycle train trains remained stayed motionless engine moving"),
    ),
    "stationery": (
        "stationary",
        _cues("traffic vehicle vehicles car cars lorry lorries remained stayed motionless"),
        _cues("pens pencils envelopes notebooks notepads ink cards letterhead paper shop shops office supplies"),
    ),
    "vain": (
        "vein",
        _cues("arm arms blood needle nurse neck leg legs injection drip jugular varicose"),
        _cues("hope hopes attempt attempts effort efforts search glory pride mirror selfish arrogant tried try"),
    ),
    "bridal": (
        "bridle",
        _cues("horse horses pony saddle reins rider riders mare stallion stable"),
        _cues("wedding weddings bride brides bridesmaid bridesmaids gown dress party shop veil"),
    ),
    "cord": (
        "chord",
        _cues("piano guitar music song notes strummed harmony melody organ keyboard"),
        _cues("power cable extension spinal umbilical vocal rope cut plug tied"),
    ),
    "mussels": (
        "muscles",
        _cues(
            "gym exercise exercises workout workouts stretch stretching stretched sore aching ache pulled strain "
            "strained strong stronger strength weights lifting rowing athlete athletes toned tone flex flexed"
        ),
        _cues(
            "steamed cooked cook ate eat eating garlic wine sauce seafood shellfish clams oysters prawns shrimp "
            "restaurant menu bowl beds farm farms farmed harvest harvested fishermen rocks beach sea shells serve "
            "serves served serving café cafe dinner lunch dish platter pot bucket fresh "
            "freshwater invasive zebra"
        ),
    ),
    "muscles": (
        "mussels",
        _cues("steamed garlic seafood shellfish clams oysters prawns shrimp chowder paella"),
        _cues(
            "gym exercise exercises workout stretch stretching sore aching pulled strain strained strong strength "
            "weights lifting arm arms leg legs back neck stomach heart body bones tissue tense relax relaxed "
            "flex flexed athlete athletes eye eyes face facial"
        ),
    ),
    "flower": (
        "flour",
        _cues("dough knead kneaded kneading sift sifted sifting yeast batter whisk bake baking baked pastry"),
        _cues(
            "garden gardens bloom blooms blooming bloomed petal petals vase bouquet bunch picked pick planted plant "
            "plants bee bees pollen wild rose roses tulip tulips pot pots shop florist stem stems seeds grow grows "
            "grew show shows national wedding decorated decorate icing sugar shaped"
        ),
    ),
    "flour": (
        "flower",
        _cues("petals petal vase bouquet bloom blooms blooming bloomed florist pollen tulip tulips"),
        _cues(
            "bake baking baked bread dough knead sift sifted yeast batter cake cakes recipe sugar butter eggs "
            "bought buy packet kilo supermarket "
            "milk salt wheat mill mills miller pastry tablespoons cups grams ounces bag bags"
        ),
    ),
    "reigns": (
        "reins",
        _cues("horse horses pony ponies saddle bridle rider riders mare stallion jockey gallop galloped carriage"),
        _cues(
            "king queen kings queens emperor empress monarch throne dynasty crown chaos confusion supreme silence "
            "power years century centuries"
        ),
    ),
    "breaks": (
        "brakes",
        _cues(
            "car car's cars truck truck's trucks lorry lorry's vehicle vehicle's vehicles bike bike's bicycle "
            "bus bus's van van's train train's pedal slammed squealed screeched failed fail failing "
            "skidded skid tyres tires descended downhill brake"
        ),
        _cues(
            "coffee lunch tea commercial commercials holiday holidays spring summer winter tax taxes school "
            "record records news heart bone bones ice day days week weekend rest bathroom toilet between "
            "lucky bad big clean fresh window glass law rules down"
        ),
    ),
    "roll": (
        "role",
        _cues("play plays played playing starring leading supporting title key pivotal crucial vital central"),
        _cues(
            "bread butter sandwich bun buns cheese ham bacon egg sausage toilet paper tape film dice drum drums "
            "snare call rock barrel dough spring sushi cinnamon carpet wallpaper coins register voters electoral "
            "honour honor sleeves rolled rolling tanks ball eyes out over up back down pin"
        ),
    ),
    "flare": (
        "flair",
        _cues(
            "chef cooking cook ingredients dishes style stylish fashion design designer designs creative "
            "artistic talent talented gift panache knack natural dramatic theatrical showmanship"
        ),
        _cues(
            "fire fired firing flares smoke signal signals rescue boat boats sea ship ships solar sun gas stack "
            "night sky lit light burning ignite ignited distress emergency coast coastguard tempers flared "
            "violence fighting up pain symptoms nostrils"
        ),
    ),
    "counsel": (
        "council",
        _cues(
            "voted vote votes meeting meetings members member councilman councilwoman councillor councilor "
            "councillors councilors agenda ordinance ordinances zoning city town county parish district mayor"
        ),
        _cues(
            "attorney attorneys lawyer lawyers legal general defense defence defendant defendant's client "
            "clients court judge trial advice sought seek seeking retained plaintiff prosecution hearing "
            "represented representing wise sage queen's king's special outside"
        ),
    ),
    "council": (
        "counsel",
        _cues(
            "defendant defendant's defendants plaintiff plaintiff's attorney attorneys lawyer lawyers client clients"
        ),
        _cues(
            "city town county parish district voted vote votes meeting meetings members member mayor ordinance "
            "zoning agenda security european advisory student arts regional national village borough tribal "
            "state governing governors chamber councillor councilor councillors councilors elders"
        ),
    ),
    "naval": (
        "navel",
        _cues("belly piercing pierced stomach tummy button gazing lint"),
        _cues(
            "navy fleet base bases ship ships officer officers war warship warships battle admiral commander port "
            "forces force academy sea seas submarine submarines blockade dockyard captain exercises"
        ),
    ),
}
"""A noun of a sound-alike pair → its twin, the words that tell the twin's sense in the same sentence
('a smooth finish on the palette' with 'wine'), and the words of its own sense, any of which keeps it
quiet ('the painter mixed wine-red on the palette')."""
_SENSE_TRIGGERS = frozenset(_SENSES)


class SenseTwin(_TwinRule):
    id = "grammar.sense-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A noun whose sound-alike twin the sentence is about: 'wine on the palette', 'camels in the dessert'."
    why = (
        "Palette and palate, hanger and hangar, stake and steak, desert and dessert, breaks and brakes, "
        "roll and role, flare and flair are all nouns, so "
        "neither the grammar nor the web counts of two words can tell them apart. The sentence can: "
        "'wine' or 'taste' with 'palette' means the palate, a 'jet' towed into the 'hanger' means the "
        "hangar, 'chips' with 'stake' the steak. Reported only when the sentence holds a word of the "
        "twin's sense and none of the written word's own; the correction is offered, not applied."
    )
    bad = (
        "The wine leaves a smooth finish on the palette.",
        "The jet was towed back into the hanger after the flight.",
        "Hang your coat on the hangar by the door.",
        "She placed the photo on the mantle above the fire.",
        "Separate the yoke from the white and whisk it.",
        "The pension fund holds a large steak in the bank.",
        "He ordered a stake and chips.",
        "Camels are well suited to life in the dessert.",
        "The pirates fired a canon at the harbour.",
        "The novel joined the literary cannon.",
        "She played a minor cord on the old piano.",
        "The shop sells stationary, cards and wrapping paper.",
        "Traffic was stationery for an hour.",
        "The nurse could not find a vain in his arm.",
        "The horse shook off its bridal.",
        "She has strong mussels from years of rowing.",
        "We had steamed muscles with garlic and bread.",
        "Knead the dough and dust it with flower.",
        "She arranged the flour in a vase with the tulips.",
        "She pulled on the reigns to slow the horse.",
        "The ring in her naval caught the light after the piercing.",
        "Investigators believe the truck's breaks failed on the hill.",
        "She will play a bigger roll off the bench next season.",
        "The chef, known for her flare with regional ingredients, opens in May.",
        "We ordered chocolate cake for desert and shared it.",
        "The counsel voted 5-2 on Monday to raise parking fees downtown.",
        "The defendant's council asked the judge to delay sentencing.",
    )
    good = (
        "The wine has a smooth finish on the palate; the painter mixed wine-red on the palette.",
        "The city council voted; the defense counsel objected; general counsel for the city council said no.",
        "The jet was towed into the hangar; hang your coat on the hanger.",
        "The clock on the mantel; the Earth's mantle; he took on the mantle of leader by the fire.",
        "Separate the yolk; the yoke of the oxen; a grilled steak and a stake in the fund.",
        "The dessert menu had chocolate cake, and camels crossed the desert.",
        "The cathedral canon fired the organist; the bishop fired a canon; the canon of novels.",
        "He tripped over the power cord near the piano; she played a chord.",
        "Camels: The Dessert Years is a comedy about desserts and sand.",
        "The airline's staff hung their coats in the hangar; the pilot left his suit on a hanger by the jet.",
        "After a trek through the dunes, we had dates for dessert; investors in the fund celebrated with steak.",
        "The painter had a sophisticated palate.",
        "He lost his stake and chips on the last hand of poker.",
        "The bride's horse wore a bridal garland; the nurse was vain about her looks.",
        "She bought stationery on the way to the car; a lorry full of stationery overturned.",
        "The guitar cord was too short, and the poets gathered by the cannon on the hill.",
        "The fund manager's steak was overcooked.",
        "They tried in vain to find a nurse; the stationary bike; pens for the stationary traffic warden.",
        "We ate mussels after the gym; sore muscles; the mussels were steamed.",
        "The gym café serves mussels on Fridays.",
        "She baked a cake shaped like a flower; the flower show; flour from the mill.",
        "The queen reigns over her horses; the horse's reins; chaos reigns as horses escape.",
        "Panic reigns as riders flee.",
        "Knead the dough into the shape of a flower; the chef piped a flower on each tart.",
        "She bought flour at the shop next to the florist.",
        "The naval officer had his belly pierced; the naval base.",
        "The bus driver's breaks were too short; the truck breaks down every winter; two coffee breaks.",
        "She played a long drum roll; the tanks roll into town; the ship fired a flare into the night sky.",
        "We crossed the desert on camels, and soldiers desert the army when the pay stops.",
    )
    triggers = _SENSE_TRIGGERS

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        word = words[index]
        if word.text[:1].isupper():
            return None  # a name or a title even first in its sentence: 'Canon', 'The Dessert Years'
        twin, theirs, ours = _SENSES[word.low]
        if word.low in _VERB_TOO and not _determined(words, index):
            return None  # 'panic reigns as riders flee': the verb; the noun takes a determiner
        if twin in _MASS_TWINS and index and words[index - 1].low in _ONE_OF and words[index - 1].joined:
            return None  # 'the shape of a flower', 'piped a flower on each tart': flour is never counted
        if index and words[index - 1].low == "in" and words[index - 1].joined:
            return None  # 'tried in vain to find a nurse'
        following = words[index + 1].low if index + 1 < len(words) and word.joined else None
        if following is not None and (following in _NOT_AFTER_SENSE or w.tags(following) == {"NOUN"}):
            return None  # a compound ('steak knife', 'canon law') or a range ('a palette of flavours')
        lows = {other.low for other in words}
        if lows & ours:
            return None
        cues = lows & theirs
        if index and words[index - 1].joined and cues == {words[index - 1].low} and not _owner(words[index - 1].low):
            return None  # the only cue modifies the word: 'the guitar cord', a cable (an owner is no modifier)
        owner = words[index - 1].low if index and words[index - 1].joined else ""
        if _owner(owner) and owner[:-2] not in theirs:
            return None  # 'the fund manager's steak': someone's own, whatever else the sentence holds
        if cues <= _PERSON_CUES and not _object_slot(words, index):
            return None  # people are near anything: 'the poets gathered by the cannon'
        if not cues or _own_slot(words, index) or _wrong_word_class(words, index):
            return None  # 'coats in the hangar', 'a suit on a hanger', 'dates for dessert', 'celebrated with steak'
        return twin

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? The sentence is about the {fixed}, not the {written.lower()}."


def _owner(low: str) -> bool:
    """A possessive ('defendant's'): the twin's owner, not a noun that modifies it."""
    return low.endswith(("'s", "’s"))


_MASS_TWINS = _cues("flour")
"""Twins that are mass nouns: a written word counted one by one ('a flower', 'each flower') is not them."""
_ONE_OF = _cues("a an each every another one")
_VERB_TOO = _cues("reigns breaks roll flare counsel")
"""Written words that are also verbs (or, like 'counsel', mass nouns: "criticism and counsel offered by
members"): read as the count noun only after a determiner or a possessive, perhaps with adjectives
between ('the reigns', "the truck's breaks", 'a bigger roll', 'her flare')."""


def _determined(words: list[Word], index: int) -> bool:
    """A determiner or a possessive opens the noun at ``index``, with at most two adjectives between."""
    at = index - 1
    while at >= 0 and index - at <= 3 and words[at].joined:
        low = words[at].low
        if low in w.DETERMINERS or low.endswith(("'s", "’s")):
            return True
        if "ADJ" not in w.tags(low):
            return False
        at -= 1
    return False


_PERSON_CUES = _cues(
    "painter painters designer investor investors shareholder shareholders stakeholder nomads bedouin pirate "
    "pirates writers poets nurse rider riders bride brides bridesmaid bridesmaids jockey athlete athletes fishermen"
)
"""Cues that name people, who may stand beside either twin: they decide only where the word is an object."""
_ADJECTIVE_TWINS = _cues("vain bridal stationary")
"""Written adjectives whose twin is a noun: reported only in a noun's slot ('a vain in his arm')."""
_NOUN_FOR_ADJECTIVE = _cues("stationery")
"""Written nouns whose twin is an adjective: reported only in an adjective's slot ('traffic was stationery')."""
_PREDICATE_VERBS = w.BE_FORMS | _cues("remained remains remain stayed stays stay sat stood seemed looked very so too")


def _object_slot(words: list[Word], index: int) -> bool:
    """A verb, perhaps with a determiner between, before the word ('fired a canon')."""
    at = index - 1
    if at >= 0 and words[at].joined and words[at].low in w.DETERMINERS:
        at -= 1
    return at >= 0 and words[at].joined and bool(w.verb_tags(words[at].low)) and "NOUN" not in w.tags(words[at].low)


def _wrong_word_class(words: list[Word], index: int) -> bool:
    """Whether the written word stands where its own word class goes: an adjective before a noun or
    after 'be' ('a bridal garland', 'he was vain and rude'), a noun outside an adjective's slot
    ('bought stationery on the way')."""
    low = words[index].low
    before = words[index - 1].low if index and words[index - 1].joined else ""
    after = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
    if low in _ADJECTIVE_TWINS:
        return before in _PREDICATE_VERBS or (bool(after) and "NOUN" in w.tags(after) and after not in w.PREPOSITIONS)
    if low in _NOUN_FOR_ADJECTIVE:
        return before not in _PREDICATE_VERBS
    return False


_OWN_SLOTS: dict[str, frozenset[str]] = {
    "hangar": _cues("in into inside outside from"),
    "hangars": _cues("in into inside outside from"),
    "hanger": _cues("on onto off"),
    "hangers": _cues("on onto off"),
    "dessert": _cues("for"),
}
"""Prepositions before the noun (past a determiner and adjectives) that only the written word's own
sense takes: a thing is kept in a hangar but hung on a hanger, and eaten for dessert ('the staff hung
their coats in the hangar', 'left his suit on a hanger by the jet', 'after the dunes, dates for dessert')."""
_MASS_FOOD = frozenset(("steak", "steaks"))
"""Food nouns that stand bare after a preposition ('celebrated with steak'); their twin, a share, takes a determiner."""


def _own_slot(words: list[Word], index: int) -> bool:
    """Whether the noun at ``index`` stands where only its own sense goes (see :data:`_OWN_SLOTS`)."""
    word = words[index]
    at = index - 1
    while (
        at >= 0
        and words[at].joined
        and (words[at].low in w.DETERMINERS or words[at].low.endswith(("'s", "’s")) or w.tags(words[at].low) == {"ADJ"})
    ):
        at -= 1
    if at < 0 or not words[at].joined:
        return False
    before = words[at].low
    if word.low in _MASS_FOOD and at == index - 1 and before in w.PREPOSITIONS:
        return True
    return before in _OWN_SLOTS.get(word.low, frozenset())


_HEAD_NOUNS = _cues("law laws fodder knife knives house houses ball balls holder holders fire")
"""Words after which the written word is a modifier of a compound ('canon law', 'steak knife'): left alone."""
_NOT_AFTER_SENSE = _SENSE_TRIGGERS | _HEAD_NOUNS | {"of"}


_TWIN_CHECKS = {"one": _on_for_one, "hear": _here_for_hear, "want": _went_for_want}


_HOLE_MAKERS = _cues(
    "dig digs dug digging drill drills drilled drilling bore bores bored boring punch punches punched punching "
    "burn burns burned burnt burning blow blows blew blown blowing poke pokes poked poking gnaw gnawed chew chewed "
    "tear tore torn rip ripped cut cuts cutting"
)
"""Verbs whose object is a hole ('drilled a whole in the wall', 'the moths chewed a whole in it')."""
_HOLE_PLACES = w.ARTICLES | w.POSSESSIVES | frozenset(("this", "that"))
_HOLE_AFTER = _cues("in into through on")
_DINNER_BEFORE = _cues(
    "had have has having eat eats ate eaten eating cook cooks cooked cooking make makes made making serve serves "
    "served serving skip skips skipped skipping miss missed missing prepare prepared preparing for after before "
    "during over until till join joined invite invited"
)
"""Verbs and prepositions before a bare meal ('we had dinner', 'after dinner'); the count noun 'diner' takes a
determiner there ('we ate at a diner')."""
_HORDE_OF = _cues(
    """tourists visitors fans supporters reporters journalists photographers paparazzi shoppers protesters
    demonstrators rioters students children kids teenagers youngsters people locals fans zombies invaders barbarians
    warriors soldiers troops raiders attackers locusts mosquitoes flies insects rats ants admirers followers
    spectators onlookers pilgrims migrants refugees customers buyers bargain-hunters critics lawyers lobbyists
    volunteers workers guests relatives cousins"""
)
"""Plural crowds: 'a hoard of tourists' is a horde (a crowd); a hoard is a store of gold or food."""
_TAIL_VERBS = _cues(
    "wag wags wagged wagging chase chases chased chasing swish swishes swished swishing flick flicks flicked "
    "flicking tuck tucks tucked tucking"
)
"""What an animal does with its tail ('the dog wagged its tale')."""
_TALE_VERBS = _cues(
    "tell tells told telling retell retold spin spins spun spinning recount recounts recounted narrate narrated "
    "narrates"
)
"""What one does with a story ('she told us a tail about a dragon')."""


def _hole_for_whole(words: list[Word], index: int) -> str | None:
    """'a whole in the roof' (a whole is no place: 'as a whole in the league' is left alone) or 'drilled a
    whole' before no noun ('drilled a whole in it', not 'dug a whole new tunnel')."""
    if index < 1 or words[index - 1].low != "a" or not words[index - 1].joined:
        return None
    maker = index > 1 and words[index - 2].joined and words[index - 2].low in _HOLE_MAKERS
    if index > 1 and words[index - 2].joined and words[index - 2].low == "as":
        return None
    if not words[index].joined or index + 1 >= len(words):
        return "hole" if maker else None
    after = words[index + 1].low
    if (
        after in _HOLE_AFTER
        and index + 2 < len(words)
        and words[index + 1].joined
        and words[index + 2].low in _HOLE_PLACES
    ):
        return "hole"
    if maker and after in ("for", "to", "with", "and", "so"):
        return "hole"  # 'drilled a whole for the cable'
    return None


def _repeated(words: list[Word], index: int) -> bool:
    """The noun is one of a repeated pair: 'diner after diner', 'day by day'."""
    low = words[index].low
    before = index >= 2 and words[index - 2].low == low and words[index - 1].low in _REPEATERS
    after = index + 2 < len(words) and words[index + 2].low == low and words[index + 1].low in _REPEATERS
    return before or after


_REPEATERS = _cues("after by to upon for")


def _dinner_for_diner(words: list[Word], index: int) -> str | None:
    """Bare 'diner' where a meal goes ('we had diner', 'after diner'): the count noun needs a determiner."""
    if index < 1 or not words[index - 1].joined or words[index - 1].low not in _DINNER_BEFORE:
        return None
    if _repeated(words, index):
        return None  # 'served diner after diner': one diner after another
    if words[index].joined and index + 1 < len(words) and "NOUN" in w.tags(words[index + 1].low):
        return None  # 'diner food', 'had diner owners'
    return "dinner"


def _horde_for_hoard(words: list[Word], index: int) -> str | None:
    """'a hoard of tourists': a crowd of people or animals is a horde."""
    if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
        return None
    if words[index + 1].low != "of":
        return None
    at = index + 2
    if at + 1 < len(words) and words[at].joined and w.tags(words[at].low) == {"ADJ"}:
        at += 1  # 'a hoard of angry fans'
    return ("hordes" if words[index].low == "hoards" else "horde") if words[at].low in _HORDE_OF else None


def _crowd_owns(doc: Document, words: list[Word], index: int) -> bool:
    """The plural after 'a hoard of' is a possessive ("a hoard of students' essays")."""
    for at in (index + 2, index + 3):
        if at < len(words) and words[at].low in _HORDE_OF:
            return doc.text[words[at].end : words[at].end + 1] in ("'", "’")
    return False


def _tail_for_tale(words: list[Word], index: int) -> str | None:
    """'wagged its tale', 'chased its own tale': an animal's tail."""
    at = index - 1
    if at >= 0 and words[at].joined and words[at].low == "own":
        at -= 1
    if at < 1 or not words[at].joined or words[at].low not in ("its", "his", "her", "their", "the", "a"):
        return None
    if not words[at - 1].joined or words[at - 1].low not in _TAIL_VERBS:
        return None
    return "tails" if words[index].low == "tales" else "tail"


def _tale_for_tail(words: list[Word], index: int) -> str | None:
    """'told us a tail', 'a fairy tail': a story is a tale ('tell tails' of coins is left alone)."""
    before = words[index - 1].low if index and words[index - 1].joined else ""
    if before in ("fairy", "cautionary", "tall"):
        if before == "tall" and (index < 2 or words[index - 2].low != "a" or not words[index - 2].joined):
            return None  # 'the bird's tall tail'
        if words[index].joined and index + 1 < len(words) and "NOUN" in w.tags(words[index + 1].low):
            return None  # 'a tall tail fin'
        return "tale" if words[index].low == "tail" else "tales"
    if before not in ("a", "the", "this", "that", "another", "some"):
        return None
    at = index - 2
    if at >= 0 and words[at].joined and words[at].low in w.OBJECT_PRONOUNS:
        at -= 1  # 'told us a tail'
    if at < 0 or not words[at].joined or words[at].low not in _TALE_VERBS:
        return None
    if words[index].joined and index + 1 < len(words):
        after = words[index + 1].low
        if "NOUN" in w.tags(after) or after in w.BE_FORMS or _verb_only_finite(after):
            return None  # 'a tail fin'; 'told us the tail was broken': a clause of its own
    return "tale" if words[index].low == "tail" else "tales"


_WHOLE_NOUNS = _cues(
    """hour day week month year night morning afternoon evening weekend season time life lifetime thing story world
    family team country city town class school lot point idea process system"""
)
"""Nouns 'whole' goes with ('a whole hour', 'the whole story'); a hole is in something."""
_FLYING = _cues("landed crashed taxied flew departed circled")
"""What aircraft do ('the plain landed on time')."""


def _whole_for_hole(words: list[Word], index: int) -> str | None:
    """'a hole hour', 'the hole story': 'whole' before a noun of time or extent."""
    if index < 1 or not words[index - 1].joined or words[index - 1].low not in ("a", "the", "my", "our", "his", "her"):
        return None
    if not words[index].joined or index + 1 >= len(words) or words[index + 1].low not in _WHOLE_NOUNS:
        return None
    following = words[index + 2].low if index + 2 < len(words) and words[index + 1].joined else ""
    return None if following in ("in", "of") and words[index + 1].low in ("point", "idea") else "whole"


def _plane_for_plain(words: list[Word], index: int) -> str | None:
    """'the plain landed', 'our plain was delayed': the subject of a verb of flying, or of a delay,
    is an aircraft."""
    if index < 1 or not words[index - 1].joined or words[index - 1].low not in w.ARTICLES | w.POSSESSIVES:
        return None
    if not words[index].joined or index + 1 >= len(words):
        return None
    following = words[index + 1].low
    if following in _FLYING:
        return "plane"
    delayed = index + 2 < len(words) and words[index + 1].joined and words[index + 2].low in _DELAYED
    return "plane" if following in ("was", "is", "has", "had") and delayed else None


_DELAYED = _cues("delayed cancelled canceled diverted grounded late overbooked")
"""What befalls a flight ('our plain was delayed'): a plain is a stretch of land."""


def _piece_for_peace(words: list[Word], index: int) -> str | None:
    """'a peace of cake', 'another peace of that pie': counted before 'of' (a piece); not 'peace of
    mind', nor 'the peace of the village' (the calm)."""
    if index < 1 or not words[index - 1].joined or words[index - 1].low not in _PIECE_COUNTERS:
        return None
    if not words[index].joined or index + 2 >= len(words) or words[index + 1].low != "of":
        return None
    return None if words[index + 2].low in ("mind", "god", "sorts") else "piece"


_PIECE_COUNTERS = _cues("a another one each every single small big large tiny huge last final")


def _stationery_for_stationary(words: list[Word], index: int) -> str | None:
    """'bought new stationary for the office': the adjective standing as a noun, after a determiner
    or an adjective and before a preposition or the sentence's end (not 'a stationary and a moving
    target', 'kept stationary for an hour')."""
    if index < 1 or not words[index - 1].joined:
        return None
    before = words[index - 1].low
    if before not in w.DETERMINERS and w.tags(before) != {"ADJ"}:
        return None
    if index + 1 == len(words):
        return "stationery"
    if not words[index].joined or words[index + 1].low not in w.PREPOSITIONS or words[index + 1].low in ("than", "as"):
        return None
    return "stationery"


def _compliment_for_complement(words: list[Word], index: int) -> str | None:
    """'thank you for the complement': praise is thanked for; a complement completes ('thanks to the
    complement of the set' is left alone)."""
    if index < 2 or not all(word.joined for word in words[max(index - 5, 0) : index]):
        return None
    thanked = [at for at in range(max(index - 5, 0), index - 1) if words[at].low in _THANK]
    if not thanked or words[index - 1].low not in _PRAISE_BEFORE:
        return None
    between = [word.low for word in words[thanked[-1] + 1 : index]]
    if "for" not in between or any(low not in _THANK_FILLERS and low not in _PRAISE_BEFORE for low in between):
        return None  # "thank you for sending the complement": what is thanked for is another thing
    following = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
    if following and following not in _PRAISE_AFTER:
        return None  # "the complement of staff", "your complement slip"
    return "compliment" if words[index].low == "complement" else "compliments"


_THANK = frozenset(("thank", "thanks", "thanked"))
_THANK_FILLERS = frozenset("you for so much very many".split())
_PRAISE_BEFORE = frozenset("the your lovely kind nice sweet generous wonderful such a all those these".split())
"""Words between 'thank you for' and the praise ('thank you for the lovely complement')."""
_PRAISE_AFTER = frozenset("on about and but you it yesterday today".split())
"""Words after the praise itself ('thanks for the complement on my dress'), not a noun it modifies."""


_SLOT_CHECKS = {
    "stationary": _stationery_for_stationary,
    "complement": _compliment_for_complement,
    "complements": _compliment_for_complement,
    "hole": _whole_for_hole,
    "plain": _plane_for_plain,
    "peace": _piece_for_peace,
    "whole": _hole_for_whole,
    "diner": _dinner_for_diner,
    "hoard": _horde_for_hoard,
    "hoards": _horde_for_hoard,
    "tale": _tail_for_tale,
    "tales": _tail_for_tale,
    "tail": _tale_for_tail,
    "tails": _tale_for_tail,
}


class SlotTwin(_TwinRule):
    id = "grammar.slot-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A noun for its sound-alike twin where the phrase decides: 'a whole in the roof', 'we had diner'."
    why = (
        "Whole and hole, diner and dinner, hoard and horde, tale and tail are all common words, so the web "
        "counts of two words pass them. The phrase around them does not: a whole has no inside ('a whole in "
        "the roof' is a hole), a bare meal after 'had' or 'after' is dinner (a diner needs 'a' or 'the'), "
        "a crowd of tourists is a horde, a dog wags its tail and one tells a tale. The correction is "
        "offered, not applied."
    )
    bad = (
        "There is a whole in the roof above the kitchen.",
        "The workmen drilled a whole in the wall.",
        "We had diner at a small Italian place.",
        "They went for a walk after diner.",
        "A hoard of tourists filled the square.",
        "Hoards of angry fans waited outside the stadium.",
        "The dog wagged its tale when I came home.",
        "The kitten chased its own tale.",
        "She told us a tail about a dragon.",
        "Grandpa loves to tell a tall tail.",
        "I waited for a hole hour.",
        "The plain landed on time despite the fog.",
        "She bought new stationary for the office.",
        "Thank you for the lovely complement.",
        "Could I have a peace of that apple pie, and our plain was delayed.",
    )
    good = (
        "The economy as a whole in the coming years looks weak; the whole of the roof leaked.",
        "There is a hole in the roof, and the whole team dug a whole new tunnel.",
        "We had dinner at a diner; the diner food was greasy; after dinner we ate at the diner.",
        "The waiter served diner after diner; a hoard of students' essays sat on his desk.",
        "Archaeologists found a hoard of coins, and a hoard of gold was buried nearby.",
        "The dog wagged its tail; she told us a tale; the tale of the dog's tail.",
        "The bird's tall tail feathers; the detectives told him to tail the suspect.",
        "A fairy tale ending; he told the story of the comet's tail; the coin came up tails.",
        "He told us the tail was broken.",
        "The hole in the road; a hole punch; the plain truth; the plain lands of the north.",
        "Aim at a stationary and a moving target; the car stayed stationary for an hour; a stationary bike.",
        "Thanks to the complement of staff; the wine is a complement to the fish; thanks for the compliment.",
        "Thank you for sending the complement rather than the whole set; thank you for your complement slip.",
        "It gives me peace of mind; the peace of the village; a peace of sorts; the plain was flooded.",
    )
    triggers = frozenset(_SLOT_CHECKS)

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        found = _SLOT_CHECKS[words[index].low](words, index)
        if found in ("horde", "hordes") and _crowd_owns(doc, words, index):
            return None  # 'a hoard of students' essays': the crowd owns what is hoarded
        return found

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? '{written}' sounds like '{fixed}', which the phrase around it wants."


_PAST_TWINS = {
    "through": "threw",
    "past": "passed",
    "road": "rode",
    "new": "knew",
    "blue": "blew",
    "eight": "ate",
    "herd": "heard",
    "tide": "tied",
    "mist": "missed",
    "red": "read",
    "scent": "sent",
    "cent": "sent",
    "flu": "flew",
    "paste": "paced",
    "aloud": "allowed",
    "guest": "guessed",
    "one": "won",
    "band": "banned",
    "sore": "soared",
    "wade": "weighed",
    "court": "caught",
    "fort": "fought",
    "rote": "wrote",
    "taut": "taught",
}
"""Words that sound like (or are a letter from) a past tense, written for it: 'the pitcher through the
ball' (threw), 'the hours past slowly' (passed), 'she road her bike' (rode), 'I new it' (knew)."""
_BASE_TWINS = {
    "no": "know",
    "here": "hear",
    "right": "write",
    "rite": "write",
    "sea": "see",
    "by": "buy",
    "weight": "wait",
    "meat": "meet",
    "bare": "bear",
    "wood": "would",
    "hole": "hold",
    "sore": "soar",
    "waist": "waste",
    "advice": "advise",
    "device": "devise",
    "breath": "breathe",
}
"""Words written for the plain verb they sound like: 'I no the answer', 'you should right a letter'."""
_BASE_SUBJECTS = frozenset(("i", "we", "you", "they"))
_ALSO_VERBS = _cues("herd wade mist tide scent band guest paste blue court")
"""Written words that are verbs of their own ('they herd cattle', 'we wade across'): read as a past
only after a singular subject, where the plain form cannot be the present ('the dog herd a noise')."""
_DO_FORMS = frozenset("do does did don't doesn't didn't don’t doesn’t didn’t".split())
"""Auxiliaries that take a plain verb, as modals do ('I don't no the answer')."""
_NEGATED_DO = frozenset("don't doesn't didn't don’t doesn’t didn’t".split())
"""The forms of 'do' that are surely the auxiliary right before a word: a bare 'do' may be the verb
itself ('you did right to tell me', 'they do right by their customers')."""
_QUESTION_OPENERS = frozenset("do does did doesn't didn't doesn’t didn’t".split())
"""Auxiliaries that open a question, not an order, when they open the sentence ('Does advice help?');
'don't' may open an order ('Don't waist your money')."""
_END_BASE = _cues("breath")
"""Plain-verb twins that may end the sentence ('I can't breath.')."""
_PAST_SUBJECTS = frozenset(("i", "we", "you", "they", "he", "she"))
_TIME_SUBJECTS = _cues("time hours days weeks months years minutes seconds moments decades centuries")
"""Bare plural time nouns that may open a sentence as its subject ('Years past quickly')."""
_VERBLESS_AFTER = (
    w.DETERMINERS
    | w.OBJECT_PRONOUNS
    | _cues(
        "up home away by out off down back over what how why where who when whether if that all everything "
        "something anything nothing two three four five six seven eight nine ten south north east west there"
    )
)
"""What may follow the verb that the written word stands for: an object or a particle ('through the
ball', 'through up', 'road home', 'past by'), or a clause ('I no what you mean')."""
_OWN_VERB_OBJECTS = {
    "right": _cues(
        "wrong wrongs injustice injustices ship ships boat boats vessel canoe kayak raft itself themselves balance "
        "record mistake mistakes error errors course economy situation"
    ),
    "bare": _cues(
        "arm arms soul souls teeth tooth chest all skin breast breasts fangs claws head heads leg legs feet shoulders "
        "back body heart midriff"
    ),
}
"""Written words that are verbs of their own ('right the boat', 'bare your arms'): reported only when
none of their own objects is in the sentence."""
_OWN_VERB_AFTER = {"weight": _cues("for until till"), "hole": _cues("on onto tight")}
"""Written words that are rarer verbs of their own ('weight the results', 'hole the putt'): reported only
before a word their twin takes and they do not ('I can't weight for Friday', 'hole on to the rail')."""
_PRESENT_TOO = _cues("herd mist scent paste wade mind band tide guest")
"""Written words that are also common plain verbs ('I mind', 'we herd the sheep', 'they band together'):
after I/we/you/they or a plural they are the present, not a past slip ('the dog herd a noise' is)."""
_PAST_NUMBERS = _cues("one two three four five six seven eight nine ten eleven twelve noon midnight")
_RIGHT_ADVERBS = _cues("away now then there here")
"""'right away', 'right now', 'right then': adverbs, not 'write'."""
_BASE_AFTER = _cues("to about from above over into across high again soon")
"""After a plain verb also a preposition or an adverb ('I will right to you', 'the eagles sore above')."""
_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS
_MODAL_CONTRACTIONS = frozenset(
    f"{subject}{apostrophe}{modal}"
    for subject in ("i", "we", "you", "they", "he", "she")
    for apostrophe in "'’"
    for modal in ("ll", "d")
)
"""'I'll', 'she'd': a subject and its modal in one word ('I'll meat you at the station')."""
_SAME_PAST = _cues(
    "cost costs put puts set sets hit hits cut cuts let lets hurt hurts shut shuts spread quit split burst cast"
)
"""Verbs whose past is their plain form, which the tagger may take for nouns after a phrase."""


def _plural_without_s(low: str) -> bool:
    """A plural subject without its -s ('people', 'children', 'women'), before which a plain verb is the
    present ('those people court every week', 'the children paste the pictures in')."""
    return low in w.PLURAL_PERSONS or w.is_irregular_plural(low) or w.is_plural_without_s(low)


def _finite(tag: str) -> bool:
    return any(part in _FINITE_TAGS for part in tag.split("+"))


class VerblessTwin(_TwinRule):
    id = "grammar.verbless-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A sound-alike where the sentence's only verb should be: 'the pitcher through the ball', 'I no the answer'."
    )
    why = (
        "'Through' for 'threw', 'past' for 'passed', 'road' for 'rode', 'no' for 'know': each is a word, "
        "so no spelling checker minds it, and the web counts know 'pitcher through' and 'I no'. The "
        "sentence tells: right after its subject (or a modal) it has no verb at all unless the written "
        "word is read as the verb it sounds like. Reported only when the tagger finds no other finite "
        "verb in the sentence; the correction is offered, not applied."
    )
    bad = (
        "The pitcher through the ball to first base.",
        "The hours past slowly in the waiting room.",
        "She road her bike to school every day.",
        "I new the answer all along.",
        "The wind blue the door open.",
        "I no the answer to that question.",
        "You should right a letter to the council.",
        "I can't bare the noise any longer.",
        "We by our bread from the corner shop.",
        "I will right to you soon.",
        "The eagles will sore above the valley.",
        "Can you by some bread on the way home?",
        "I'll meat you at the station.",
        "He eight all the cookies.",
        "I don't no the answer.",
        "Please don't waist your money on it.",
        "I can't breath.",
        "The dog herd a noise in the garden.",
        "She taut us French for two years.",
    )
    good = (
        "The pitcher threw the ball, and the ball went through the window.",
        "The hours passed slowly; the road past the school is closed.",
        "He, through his lawyer, denied the claims; he through his lawyer denied the claims.",
        "She rode her bike down the road; I knew the new answer.",
        "I know the answer; no answer came; you should write to the council right away.",
        "In the years past we bought bread by the river.",
        "Alice through the looking glass.",
        "Time past and time present.",
        "It past midnight.",
        "He no longer works here; she by then had left; do you here?",
        "They herd sheep on the hills; we wade across the river; I mind the noise; I paste the text here.",
        "Farmers herd cattle in spring.",
        "I right away called the police; you right now are the best player.",
        "Can you right the wrong? You must bare your arms for the vaccine. We should weight the bag down.",
        "Can you hole the putt? You should sow the seeds now. You can by all means come.",
        "I mind the noise less now. We herd the sheep into the pen. They band together. The kids wade in.",
        "The road through the valley. The hours past nine are quiet. The journey through the mountains",
        "Does advice from parents really matter? Did advice from the coach help?",
        "You did right to tell me; they do right by their customers; politicians court the elderly vote.",
    )
    triggers = frozenset(_PAST_TWINS) | frozenset(_BASE_TWINS)

    def sift(self, lows: list[str], position: int) -> bool:
        if position == 0 or (position + 1 >= len(lows) and lows[position] not in _END_BASE):
            return False
        before, low = lows[position - 1], lows[position]
        if low in _BASE_TWINS and (
            before in _BASE_SUBJECTS
            or before in ("he", "she")
            or before in w.MODALS
            or before in w.NEGATED_MODALS
            or before in _MODAL_CONTRACTIONS
            or before in _NEGATED_DO
        ):
            return True
        if low not in _PAST_TWINS:
            return False
        if before in _PAST_SUBJECTS or before in _TIME_SUBJECTS:
            return True
        return position > 1 and lows[position - 2] in w.DETERMINERS and "NOUN" in w.tags(before)

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        low = words[index].low
        if index == 0 or not words[index - 1].joined or (words[index - 1].text[:1].isupper() and index > 1):
            return None
        before = words[index - 1].low
        modal = (
            before in w.MODALS
            or before in w.NEGATED_MODALS
            or before == "not"
            or before in _MODAL_CONTRACTIONS
            or before in _NEGATED_DO
        )
        if low in _BASE_TWINS and before in _QUESTION_OPENERS and index == 1:
            return None  # "Does advice from parents help?": a question, its subject after the auxiliary
        if low in _BASE_TWINS and (before in _BASE_SUBJECTS or modal or before in ("he", "she")):
            twin = _BASE_TWINS[low]
            start = index - 1
            if before == "not":
                start -= 1
            if (
                before in _BASE_SUBJECTS | {"he", "she"}
                and index > 1
                and words[index - 2].joined
                and words[index - 2].low in w.MODALS | w.NEGATED_MODALS | _DO_FORMS
            ):
                modal, start = True, index - 2  # 'can you by some bread?'
            elif before in ("he", "she"):
                return None  # 'he no': the plain verb would need its -s
            if start > 0 and words[start - 1].low in _BASE_SUBJECTS | {"he", "she"} and words[start - 1].joined:
                start -= 1
            elif (
                modal
                and start > 1
                and words[start - 1].joined
                and words[start - 2].joined
                and "NOUN" in w.tags(words[start - 1].low)
                and words[start - 2].low in w.DETERMINERS
            ):
                start -= 2  # 'the eagles will sore'
        elif low in _PAST_TWINS and not modal:
            twin = _PAST_TWINS[low]
            start = index - 1
            if low in _ALSO_VERBS and (before in _BASE_SUBJECTS or before.endswith("s") or _plural_without_s(before)):
                return None  # 'they herd cattle', 'the farmers herd sheep', 'those people court': the present
            if before not in _PAST_SUBJECTS:
                if "NOUN" not in w.tags(before):
                    return None
                while start > 0 and words[start - 1].joined and w.tags(words[start - 1].low) == {"ADJ"}:
                    start -= 1  # 'the long hours'
                if start > 0 and words[start - 1].joined and words[start - 1].low in w.DETERMINERS:
                    start -= 1  # 'the pitcher'
                elif before not in _TIME_SUBJECTS:
                    return None
        else:
            return None
        if start != 0 and not (start == 1 and words[0].low in ("and", "but", "so", "then", "please")):
            return None  # the subject opens the sentence: 'by the way he through it' is left alone
        if index + 1 == len(words) and modal and low in _END_BASE:
            after = ""
        elif not words[index].joined or index + 1 >= len(words):
            return None
        else:
            after = words[index + 1].low
        if after and (
            after not in _VERBLESS_AFTER
            and not (after.endswith("ly") and "ADV" in w.tags(after))
            and not (low in _BASE_TWINS and after in _BASE_AFTER)
        ):
            return None
        if low == "one" and after == "of":
            return None
        if low == "right" and after in _RIGHT_ADVERBS:
            return None  # 'I right away called the police': the adverb 'right away', 'right now'
        if low in _OWN_VERB_OBJECTS and {word.low for word in words[index + 1 :]} & _OWN_VERB_OBJECTS[low]:
            return None  # 'can you right the wrong?', 'you must bare your arms': the written verb itself
        if low in _OWN_VERB_AFTER and after not in _OWN_VERB_AFTER[low]:
            return None  # 'you can weight the results by age', 'can you hole the putt?'
        if low == "by" and index + 2 < len(words) and words[index + 2].low in ("means", "accounts"):
            return None  # 'you can by all means come', 'they by all accounts agreed'
        if low in _PRESENT_TOO and (before in _BASE_SUBJECTS or w.is_plural_noun(before) or _plural_without_s(before)):
            return None  # 'I mind the noise', 'we herd the sheep', 'they wade in': a present that agrees
        if low == "past" and after in _PAST_NUMBERS:
            return None  # 'the hours past nine': a time
        if low in _PAST_TWINS and before not in _PAST_SUBJECTS:
            if doc.text[words[-1].end : words[-1].end + 1] not in (".", "!", "?"):
                return None  # a headline or a title: 'The journey through the mountains', 'Summers past'
            if _ngrams.web_pair_count(before, low) is not None:
                return None  # 'a walk through the woods', 'the road through the valley': a common noun + preposition
        if low == "past" and before not in _PAST_SUBJECTS and after in w.DETERMINERS:
            return None  # 'the road past the school', a place: the preposition
        if any(word.low in _SAME_PAST for word in words[index + 1 :]):
            return None  # 'the days past the deadline cost us': a past the tagger may read as a noun
        tags = sentence_tags(doc, words)
        if any(_finite(tag) for at, tag in enumerate(tags) if at != index and not (modal and at < index)):
            return None
        return twin

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? Without it the sentence has no verb."


_ADJECTIVE_TWINS_OF = {"discrete": "discreet", "conscience": "conscious", "adverse": "averse"}
_ASKING_TO = frozenset("asked told urged advised reminded instructed warned ask tell urge advise remind".split())
_BE_OR_REMAIN = frozenset("be remain stay".split())
_CONSCIOUS_BEFORE = frozenset("fully barely semi partially half remained remains remain stayed".split())
_NOT = frozenset("not never".split())


class AdjectiveTwin(_TwinRule):
    id = "grammar.adjective-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A word for the adjective it sounds like: 'asked to remain discrete', 'was conscience of', 'not adverse to'."
    )
    why = (
        "'Discreet' is careful and tactful, 'discrete' separate ('discrete variables'); 'conscious' is "
        "awake or aware, 'conscience' the sense of right; 'averse' is unwilling, 'adverse' harmful "
        "('adverse effects'). The slot tells: people are asked to be discreet, and one is discreet about "
        "a thing; one is fully, barely or still conscious, and conscious of a danger; one is not averse "
        "to an idea, or averse to taking risks. The correction is offered, not applied."
    )
    bad = (
        "Officers were asked to remain discrete while watching the crowd.",
        "Please be discrete about the merger until Monday.",
        "The driver was conscience and talking when paramedics arrived.",
        "She remained fully conscience throughout, and he was conscience of the risk.",
        "The new chairman is not adverse to raising fares.",
        "Most investors are adverse to taking big risks.",
    )
    good = (
        "The data fall into discrete groups, and the variables must be discrete.",
        "The two phases remain discrete; we kept them discrete for the test.",
        "It was conscience and duty that made him speak; her conscience is clear.",
        "He was the conscience of the party; a prisoner of conscience.",
        "The drug has adverse effects; the ruling was adverse to the company's interests.",
        "He was discreet, conscious and averse to fuss; the weather was adverse to flying.",
    )
    triggers = frozenset(_ADJECTIVE_TWINS_OF)

    def twin(self, doc: Document, words: list[Word], index: int) -> str | None:
        low = words[index].low
        before = words[index - 1].low if index and words[index - 1].joined else ""
        following = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
        twin = _ADJECTIVE_TWINS_OF[low]
        if low == "discrete":
            asked = (
                before in _BE_OR_REMAIN
                and index > 1
                and words[index - 2].joined
                and (words[index - 2].low == "please" or (words[index - 2].low == "to" and _asked_to(words, index - 2)))
            )
            return twin if asked or following == "about" else None
        if low == "conscience":
            if before in _CONSCIOUS_BEFORE:
                return twin
            if before not in w.BE_FORMS:
                return None  # 'a prisoner of conscience', 'her conscience is clear'
            if following == "of":
                return twin  # 'was conscience of the risk' (the noun takes 'the': 'was the conscience of')
            after = words[index + 2].low if following == "and" and index + 2 < len(words) else ""
            return twin if after and (w.verb_tags(after) == {"VBG"} or w.tags(after) == {"ADJ"}) else None
        if following != "to" or index + 2 >= len(words):
            return None
        gerund = "VBG" in w.verb_tags(words[index + 2].low) and words[index + 1].joined
        return (
            twin if before in _NOT or (before in w.BE_FORMS and gerund and _person_before(words, index - 1)) else None
        )

    def message(self, written: str, fixed: str) -> str:
        return f"Did you mean '{fixed}'? '{written}' and '{fixed}' sound alike, but the slot wants '{fixed}'."


def _person_before(words: list[Word], be: int) -> bool:
    """A person is the subject of the 'be' at ``be``: a personal pronoun or a noun for people ('investors
    are adverse to taking risks'; not 'the weather was adverse to flying')."""
    if be == 0 or not words[be - 1].joined:
        return False
    low = words[be - 1].low
    if low in w.PERSON_SUBJECTS:
        return True
    from .nouns import ONE_PERSON

    return any(lemma in ONE_PERSON for lemma in w.parts_of_speech(low).get("NOUN", ()))


def _asked_to(words: list[Word], to: int) -> bool:
    """A verb of asking or telling stands before 'to', perhaps with its object between ('asked to', 'told
    staff to')."""
    return any(words[at].low in _ASKING_TO for at in range(max(0, to - 3), to))


RULES = [NounForSoundAlikeVerb, PersonTwin, VerbTwin, FunctionTwin, SenseTwin, SlotTwin, VerblessTwin, AdjectiveTwin]
