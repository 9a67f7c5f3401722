"""Verb patterns a copy desk knows by heart: "enjoy to run", "looking forward to see", "there was
updates", "has been introduce", "from 30 too 37"."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._irregular import IRREGULAR
from ._ngrams import UNSEEN_PAIR, web_pair_count
from ._tagger import sentence_tags, stranded_preposition
from ._tokens import Word, code_label, in_quotes, match_case, occurrences, places, positions, run_of, sentences
from .tense import NEVER_PASSIVE, THIS_YEAR

if TYPE_CHECKING:
    from lint._document import Document

_GERUND_LEMMAS = (
    "enjoy avoid consider finish postpone deny dislike appreciate detest loathe resent anticipate involve "
    "tolerate discuss"
).split()
"""Verbs that take a gerund, never 'to' + verb ("enjoy running", "would appreciate hearing"). Not
'suggest', 'recommend', 'admit' or 'risk': their passives and nouns take 'to' ("is suggested to be",
"risks to building"); not 'quit', 'escape' or 'delay', which take a 'to' of purpose ("she quit to
start a firm"); not 'mind' or 'miss' ("a mind to", "missed to the left")."""
_GERUND_VERBS = frozenset(
    form
    for lemma in _GERUND_LEMMAS
    for tag in ("VB", "VBZ", "VBD", "VBG")
    for form in w.verb_inflections(lemma).get(tag, ())
)
_PAST = frozenset(form for lemma in _GERUND_LEMMAS for form in w.verb_inflections(lemma).get("VBD", ()))
_NOUN_SUBJECT_PAST = frozenset(
    form
    for lemma in "enjoy avoid finish postpone deny dislike detest loathe resent tolerate discuss".split()
    for form in w.verb_inflections(lemma).get("VBD", ())
)
"""Past forms that a noun subject may come straight before ("the children enjoyed to play"): not
'considered', 'anticipated', 'appreciated', 'involved', whose participles describe a noun before a
'to' ("a film considered to be a classic")."""


_ACTIVE_HAVE = frozenset("have has had 've i've we've they've you've".split())
"""'have' of the active perfect, written out or contracted with its subject ("they've finished to paint")."""


def _active_past(words: list[Word], index: int) -> bool:
    """The past form at ``index`` has its subject right before it: a subject pronoun, or a noun for
    the verbs of :data:`_NOUN_SUBJECT_PAST` ("the minister denied to have met"; not "is considered")."""
    if index == 0 or not words[index - 1].joined:
        return False
    before = words[index - 1].low
    if before in w.SUBJECT_PRONOUNS or before in _ACTIVE_HAVE:
        return True  # "they have finished to paint": the active perfect
    return words[index].low in _NOUN_SUBJECT_PAST and "NOUN" in w.tags(before) and before not in w.AUXILIARIES


_GUARDED_GERUND_LEMMAS = (
    "admit keep mind miss imagine risk recommend contemplate envisage envision resist "
    "fancy mention justify excuse forgive quit"
).split()
"""Verbs that take a gerund but whose forms are also nouns, passives or verbs with a 'to' of purpose
or direction ("the risks to health", "it is recommended to", "kept to the path", "quit to start a
firm", "admitted to hospital"): reported only when the tagger reads the word as an active verb, the
word after 'to' as a bare verb that is not also a noun (or has its object), and no form of 'be' or
'get' stands before. 'Quit' takes a 'to' of purpose, so it is read only before a habit ("quit to
smoke"). Not 'stop' ("stopped to smoke a cigarette" is a pause for one) or 'recall' ("recall to
mind")."""
_GUARDED_GERUND_VERBS = frozenset(
    form
    for lemma in _GUARDED_GERUND_LEMMAS
    for tag in ("VB", "VBP", "VBZ", "VBD", "VBG")
    for form in w.verb_inflections(lemma).get(tag, ())
)
_QUIT = frozenset(("quit", "quits", "quitting"))
_HABITS = frozenset(
    """smoke drink gamble bite worry complain whine nag procrastinate snore eat shout swear lie cheat
    argue fight cry""".split()
)
"""Habits one quits: "he quit to smoke" is "quit smoking"."""
_HELP = frozenset(("help",))
_CANNOT = frozenset("can't cannot couldn't can’t couldn’t".split())
_HELPLESS = frozenset(
    """think feel wonder notice laugh smile cry worry admire love like fall agree compare remember
    imagine ask grin giggle chuckle weep stare overhear envy pity blame hear see smirk suspect""".split()
)
"""'Can't help' + these is the idiom ("can't help laughing"); 'can't help to fix it' (cannot
assist) is right, so only verbs of feeling and thought are read."""
_PASSIVE_BEFORE = frozenset(
    "am is are was were be been being get gets got gotten getting become became "
    "i'm i’m he's she's it's we're they're you're that's".split()
)
_FORWARD = frozenset(("forward",))
_USED = frozenset(("accustomed",))
"""Not "used": "the tool is used to cut wood" is the passive of 'use', and right."""


def _already_gerund(word: Word) -> bool:
    """A verb's -ing form ('reading', 'writing'): after 'enjoy to' it is the gerund even where it
    is a noun too, since 'enjoy' takes no 'to' before a noun either."""
    return not word.capitalised and word.low.endswith("ing") and "VBG" in w.verb_tags(word.low)


def _gerund(word: Word) -> str | None:
    """The -ing form of a bare verb ("run" → "running"), or None when the word is not only a bare verb."""
    if "VB" not in w.verb_tags(word.low) or ("NOUN" in w.tags(word.low) and word.low.endswith("ing")):
        return None
    for lemma in w.verb_lemmas(word.low):
        form = w.verb_form(lemma, "VBG")
        if form:
            return form
    return None


_SKIPPED_ADVERBS = w.MID_ADVERBS - {"not"} | frozenset("highly strongly generally widely usually".split())
_SELDOM_NOUNS = frozenset("go see meet hear come get receive visit welcome start return chat talk catch".split())
"""Verbs that the tables know as nouns too but that after 'look forward to' are the verb ("look
forward to hear from you"), unlike "snow" or "work"."""
_OBJECT_VERB = frozenset(("object", "objects", "objected", "objecting"))
"""'Object to' takes a noun or an -ing form: "residents object to paying" (not "object to pay")."""
_SPEND = frozenset(("spend", "spends", "spent", "spending", "waste", "wastes", "wasted", "wasting"))
_PHRASAL_GERUND = {
    "up": frozenset(("end", "ends", "ended", "ending")),
    "off": frozenset(("put", "puts", "putting")),
}
"""Phrasal verbs that take the -ing form ("ended up paying", "put off calling"); not 'give up' ("she
gave up to work full-time": a 'to' of purpose) or 'carry on' ("carried on to win")."""
_SPENT_TIMES = w.TIME_NOUNS | frozenset(("ages", "lifetime"))
_SPENT_FILLERS = w.DETERMINERS | w.CARDINALS | frozenset("whole entire several many few lot of long much more".split())
"""Words between 'spend' and its time ("spent the whole weekend", "spend a lot of time")."""
_BUSY = frozenset(("busy",))
_BUSY_BEFORE = frozenset(
    "am is are was were be been being i'm i’m we're we’re they're they’re you're he's she's very".split()
)
_GERUND_TRIGGERS = (
    _GERUND_VERBS
    | _FORWARD
    | _USED
    | _GUARDED_GERUND_VERBS
    | _HELP
    | _OBJECT_VERB
    | _SPEND
    | _BUSY
    | frozenset(_PHRASAL_GERUND)
    | {"like"}
)


def _guarded_gerund(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` (a verb of :data:`_GUARDED_GERUND_LEMMAS`, or 'help' after 'can't') is an
    active verb before 'to' and a bare verb that only the -ing form fits: "he risked to lose it",
    "I can't help to laugh". Not "the risks to health", "it is recommended to use", "kept to the
    path", "quit to start a firm"."""
    word, verb = words[index], words[index + 2]
    if word.low == "like":  # "I feel like to go" → "feel like going"
        return index > 0 and words[index - 1].low in w.FEEL_FORMS and words[index - 1].joined and verb.low != "be"
    if word.low == "help":
        if index == 0 or words[index - 1].low not in _CANNOT or verb.low not in _HELPLESS:
            return False
    elif word.low in _QUIT and verb.low not in _HABITS:
        return False
    elif verb.low == "be" and not word.low.startswith("keep"):
        return False  # "worse than they imagined to be possible", "risks thought to be"
    before = index - 1
    while before >= 0 and words[before].low in _SKIPPED_ADVERBS and words[before].joined:
        before -= 1
    if before >= 0 and words[before].low in _PASSIVE_BEFORE | w.DETERMINERS:
        return False  # "it is highly recommended to use", "a mind to"
    listed = word.low == "help" or word.low in _QUIT
    asked = word.low == "mind" and before >= 0 and words[before].low in _MINDING  # "Do you mind to wait?"
    if (
        not listed
        and not asked
        and "NOUN" in w.tags(verb.low)
        and not _object_follows(words, index + 2)
        and not (verb.low in _SELDOM_NOUNS and word.low.startswith(("miss", "recommend")))
    ):
        return False  # "kept to schedule": a noun ("miss to talk", "recommend to start with" are the verb)
    tags = sentence_tags(doc, words)
    return tags[index] in ("VB", "VBP", "VBZ", "VBD", "VBG") and (listed or tags[index + 2] == "VB")


_MINDING = frozenset("you i we they don't doesn't didn't wouldn't don’t doesn’t didn’t wouldn’t".split())
"""Subjects and negated auxiliaries right before 'mind' that make it the verb ("Would you mind to wait?",
"I don't mind to walk"): the bare word after its 'to' is a verb even when it is a noun too ('wait', 'help')."""


def _object_follows(words: list[Word], index: int) -> bool:
    """An object pronoun or a determiner follows ``words[index]``, or a particle and then one: the word is
    a verb ("meet you", "back up your files")."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    if following in w.PARTICLES and index + 2 < len(words) and words[index + 1].joined:
        following = words[index + 2].low  # "recommend to back up your files"
    return following in w.OBJECT_PRONOUNS - {"it"} or following in w.ARTICLES | w.POSSESSIVES - {"her"}


class GerundAfter(GrammarRule):
    id = "grammar.gerund-after"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'To' + verb where the pattern needs '-ing': 'enjoy to run', 'look forward to see'."
    why = (
        "Some verbs take an -ing form and never 'to' + verb ('enjoy running', 'consider moving', 'avoid "
        "paying'); in 'look forward to' and 'be accustomed to', 'to' is a preposition and takes the "
        "-ing form too ('look forward to seeing you'). 'Keep', 'mind', 'miss', 'imagine', "
        "'risk', 'recommend', 'admit' and the like are read only as active verbs before a bare verb "
        "('he risked to lose it'), not as nouns or passives ('the risks to health', 'it is "
        "recommended to book'); 'quit' only before a habit ('quit to smoke'), 'can't help' only "
        "before a verb of feeling or thought ('can't help to laugh'); 'object to' is a preposition "
        "too ('residents object to paying'), read when the word after it is the tagger's verb and not "
        "a noun ('object to pay cuts'). Time spent on something takes the -ing form ('spent two "
        "hours fixing it', not 'to fix it'), and so does 'busy' after 'be' or 'very' ('is busy "
        "packing'; 'too busy to help' and 'busy to begin with' are right), as do 'end up' and "
        "'put off' ('ended up paying'; not "
        "'give up', whose 'to' may be of purpose). 'Practise' is not read: 'she "
        "practised to improve her tone' is a 'to' of purpose. 'Be used to' is not checked: "
        "'she is used to working late' and 'the tool is used to cut wood' (the passive of 'use') are "
        "both right."
    )
    bad = (
        "I enjoy to run.",
        "We look forward to see you.",
        "She is accustomed to speak first.",
        "They considered to move.",
        "I would appreciate to hear from you, and he denied to have taken it.",
        "We look forward to meet you.",
        "He risked to lose his savings.",
        "I am looking forward to hear from you, and we look forward to go.",
        "I don't feel like to cook tonight.",
        "Would you mind to close the door? I can't help to wonder why, and he quit to smoke.",
        "The children enjoyed to play in the snow, and the minister denied to have met him.",
        "I'm looking forward to start the new job, and we look forward to catch up with you.",
        "They have finished to paint the house, and we have postponed to decide.",
        "Several parents objected to close the school, and we miss to walk by the lake.",
        "We spent three days to repair the roof, and she is busy to pack her bags.",
        "We ended up to pay extra, I put off to reply, and they wasted a week to argue.",
        "In my free time, I enjoy to reading history books.",
        "We strongly recommend to back up your files, and I would recommend to start with tin.",
    )
    good = (
        "I enjoy running.",
        "It was worse than they imagined to be possible.",
        "We look forward to seeing you.",
        "She used to work late; the tool is used to cut wood.",
        "He considered the offer to move a success.",
        "A film considered to be a classic; the aid denied to refugees; the work finished to a high standard.",
        "It is considered to be safe; he was looking forward to snow.",
        "She was denied to the press; the plan involved to some extent all of us; it has been considered to be safe.",
        "We look forward to work on Monday and to the meeting; we look forward to your return.",
        "It is highly recommended to book early; the risks to health are small; she has a mind to go.",
        "She kept to the path; he quit to start a firm; we can't help to fund it; he stopped to smoke.",
        "He was admitted to practise law, and the shot missed to the left.",
        "She practised to improve her tone, and they practise to win.",
        "I would like to cook; I feel like a walk; I feel like, to be honest, leaving; it looks like to me.",
        "Teachers object to pay freezes; the object to find is a key; it was objected to by many.",
        "He is too busy to help; keep busy to stay sane; the money spent to build it; we spent the year to date.",
        "The files ended up to the left; it was put off to next week; she gave up to work full-time.",
        "The trip was postponed to spring, and I enjoyed reading about it.",
        "They kept to back roads; I would recommend to anyone that they start early.",
    )
    fixed = (
        "I enjoy running.",
        "We look forward to seeing you.",
        "She is accustomed to speaking first.",
        "They considered moving.",
        "I would appreciate hearing from you, and he denied having taken it.",
        "We look forward to meeting you.",
        "He risked to lose his savings.",
        "I am looking forward to hearing from you, and we look forward to going.",
        "I don't feel like to cook tonight.",
        "Would you mind to close the door? I can't help to wonder why, and he quit to smoke.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _GERUND_TRIGGERS):
            word = words[index]
            if word.low in _SPEND:
                finding = self._spent_time_to(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if (
                index + 2 >= len(words)
                or not word.joined
                or words[index + 1].low != "to"
                or not words[index + 1].joined
            ):
                continue
            verb = words[index + 2]
            if word.low in _GERUND_VERBS and _already_gerund(verb) and not in_quotes(doc, word.start):
                yield self.finding(  # "I enjoy to reading": the -ing form is there, 'to' is not wanted
                    words[index + 1].start,
                    verb.end,
                    f"After '{word.text}', the -ing form takes no 'to': '{word.text} {verb.text}'.",
                    suggestions=(verb.text,),
                    fix=FixSafety.SAFE,
                )
                continue
            gerund = _gerund(verb)
            if gerund is None or verb.capitalised or in_quotes(doc, word.start):
                continue
            if word.low in _BUSY or word.low in _PHRASAL_GERUND:
                finding = self._busy_to(doc, words, index, gerund)
                if finding is not None:
                    yield finding
                continue
            if word.low in _OBJECT_VERB:
                finding = self._to_preposition(doc, words, index, gerund)
                if finding is not None:
                    yield finding
                continue
            if word.low not in _GERUND_VERBS | _FORWARD | _USED:
                if not _guarded_gerund(doc, words, index):
                    continue
                yield self.finding(
                    words[index + 1].start,
                    verb.end,
                    f"After '{word.text}', use the -ing form: '{gerund}'.",
                    suggestions=(gerund,),
                    fix=FixSafety.UNSAFE,
                )
                continue
            if word.low == "forward" and not (index > 0 and w.verb_lemmas(words[index - 1].low) == ("look",)):
                continue
            if (
                word.low not in _GERUND_VERBS
                and "NOUN" in w.tags(verb.low)
                and verb.low not in _SELDOM_NOUNS
                and not _object_follows(words, index + 2)
            ):
                continue  # "looking forward to snow": a noun ("to meet you": the verb)
            if word.low in _PAST and not _active_past(words, index):
                continue  # "is considered to be": the passive, and right
            if verb.low == "be" and any(words[i].low in _FRONTED_OBJECTS for i in range(max(0, index - 4), index)):
                continue  # "what many consider to be the worst", "which they consider to be": the object fronted
            if word.low in _GERUND_VERBS:  # "enjoy to run" → "enjoy running"
                start, replacement = words[index + 1].start, gerund
            else:  # "accustomed to work" → "accustomed to working"
                start, replacement = verb.start, gerund
            yield self.finding(
                start,
                verb.end,
                f"After '{word.text}', use the -ing form: '{gerund}'.",
                suggestions=(replacement,),
                fix=FixSafety.SAFE,
            )

    def _spent_time_to(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'We spent two hours to fix it' → 'fixing it': time spent on an activity takes its -ing form."""
        at = index + 1
        while at < min(len(words), index + 6) and words[at - 1].joined and words[at].low in _SPENT_FILLERS:
            at += 1
        if at + 2 >= len(words) or words[at].low not in _SPENT_TIMES or not words[at - 1].joined:
            return None
        if words[at + 1].low != "to" or not words[at].joined or not words[at + 1].joined:
            return None
        verb = words[at + 2]
        gerund = _gerund(verb)
        if gerund is None or verb.capitalised or in_quotes(doc, verb.start):
            return None
        tags = sentence_tags(doc, words)
        if not tags[index].startswith("VB") or tags[at + 2] != "VB":
            return None  # "spent the year to date": the tagger reads a noun
        if stranded_preposition(words, tags, at + 3):
            return None  # "wasted no time to speak of before she left": the 'to' phrase describes the time
        return self.finding(
            words[at + 1].start,
            verb.end,
            f"Time spent on something takes the -ing form: '{words[index].text} … {words[at].text} {gerund}'.",
            suggestions=(gerund,),
            fix=FixSafety.UNSAFE,
        )

    def _busy_to(self, doc: Document, words: list[Word], index: int, gerund: str) -> Finding | None:
        """'She is busy to prepare' → 'busy preparing', 'we ended up to pay' → 'ended up paying', 'put
        off to call' → 'put off calling'; not 'too busy to help' or 'keep busy to stay sane'."""
        word, verb = words[index], words[index + 2]
        heads = _PHRASAL_GERUND.get(word.low, _BUSY_BEFORE)
        if index == 0 or words[index - 1].low not in heads or not words[index - 1].joined:
            return None
        tags = sentence_tags(doc, words)
        if tags[index + 2] != "VB":
            return None  # "busy to the point of collapse", "ended up to date": after these the tagger decides
        if stranded_preposition(words, tags, index + 3):
            return None  # "busy to begin with", "busy to start with, then …": an idiom of its own
        if word.low in _PHRASAL_GERUND:
            phrase = f"{words[index - 1].text} {word.text}"
            message = f"'{phrase}' takes the -ing form: '{phrase} {gerund}'."
        else:
            message = f"'Busy' takes the -ing form: 'busy {gerund}' (or 'too busy to {verb.text}')."
        return self.finding(
            words[index + 1].start,
            verb.end,
            message,
            suggestions=(gerund,),
            fix=FixSafety.UNSAFE,
        )

    def _to_preposition(self, doc: Document, words: list[Word], index: int, gerund: str) -> Finding | None:
        """'Object to pay' → 'object to paying': the verb is active, the word after 'to' a bare verb
        and not a noun ("object to pay cuts", "the main object to avoid")."""
        word, verb = words[index], words[index + 2]
        before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
        if before in w.DETERMINERS or before in _PASSIVE_BEFORE:
            return None  # "the main object to avoid"
        if "NOUN" in w.tags(verb.low) and verb.low not in _SELDOM_NOUNS and not _object_follows(words, index + 2):
            return None  # "object to pay cuts": a noun
        tags = sentence_tags(doc, words)
        if not tags[index].startswith("VB") or tags[index + 2] != "VB":
            return None
        if before and tags[index - 1].startswith("VB") and before not in ("do", "does", "did"):
            return None  # "it allows objects to be made into a delta": the noun is the verb's object
        if word.low.endswith("s") and _modified_object_noun(doc, words, tags, index):
            return None  # "for building native Python objects to interact": the plural noun, modified
        return self.replace_word(
            verb,
            gerund,
            f"In '{word.text} to', 'to' is a preposition and takes the -ing form: '{gerund}'.",
            FixSafety.UNSAFE,
        )


_NOUN_RUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ"))


def _modified_object_noun(doc: Document, words: list[Word], tags: list[str], index: int) -> bool:
    """Modifiers the tagger reads as nouns or adjectives stand before the form in -s at ``index``
    ('native Python objects', 'C++ iostream objects'), and before them a verb or a preposition, or a
    verb in -s that opens the sentence ('Uses C++ iostream objects to do this'): the form in -s is
    that word's plural object, not the subject's verb."""
    at = index - 1
    while at >= 0 and tags[at] in _NOUN_RUN_TAGS and not doc.text[words[at].end : words[at + 1].start].strip(" +#"):
        at -= 1
    if at == index - 1:
        return False
    if at < 0:
        return index - 1 > 0 and "VBZ" in w.verb_tags(words[0].low)
    return (tags[at].startswith("VB") or tags[at] == "IN") and not doc.text[words[at].end : words[at + 1].start].strip()


_THERE = frozenset(("there",))
_SINGULAR_BE = {
    "was": "were",
    "is": "are",
    "wasn't": "weren't",
    "isn't": "aren't",
    "wasn’t": "weren’t",
    "isn’t": "aren’t",
    "has": "have",
    "hasn't": "haven't",
}
_PLURAL_QUANTIFIERS = frozenset(
    """no some many several few two three four five six seven eight nine ten any various numerous countless
    multiple these those both enough fewer""".split()
)
_HERE = frozenset(("here",))
_THERE_IS = frozenset(("there's", "there’s"))
_COUNTING_AFTER_THERES = (
    frozenset("many several few various numerous countless multiple dozens hundreds thousands millions".split())
    | w.CARDINALS
)
"""What makes 'there's' before a plural a slip rather than speech ('there's three cars', 'there's
many reasons', 'there's few buses', 'there's dozens of patterns'; not "there's a few things", "there's
some goodies", "there's no buses" or "there's lots of time", which informal prose writes)."""
_ASKED_BE = frozenset("is was isn't wasn't isn’t wasn’t".split())
_HERE_DETERMINERS = frozenset("the my your his her our their".split())
_HERE_MOTION = {"comes": "come", "goes": "go"}
_PLACE_OPENERS = frozenset(
    "among amongst behind beside beneath inside outside under underneath above below beyond near opposite on in at "
    "along across around atop alongside nearby".split()
)
"""Prepositions whose phrase, opening a sentence, may put the verb before its subject: "Among the victims
was …", "Behind the arena sits two garages", "On the table was two guns"."""
_STANDALONE_PLACES = frozenset("behind beside beneath inside outside underneath above below beyond nearby".split())
"""Those of them that stand alone as an adverb of place: "Outside was two police cars"."""
_INVERTED_VERBS = {"is": "are", "was": "were", "sits": "sit", "stands": "stand", "lies": "lie", "hangs": "hang"}
"""The singular verbs a place phrase puts before their subject, and their plurals."""
_HERES = frozenset(("here's", "here’s"))
_THERE_HERE_TRIGGERS = _THERE | _HERE | _THERE_IS | _HERES


def _among_verb(words: list[Word]) -> tuple[Word, str, int] | None:
    """'Among the victims was …', 'Behind the arena sits …': the 'is', 'was', 'sits', 'stands', 'lies'
    or 'hangs' after a sentence's opening place phrase (no comma between, at most five words), whose
    subject follows it. The phrase is no subject ('In 2019 was …' has none) and holds no verb ('On
    what he said is …' does)."""
    first = 1 if words[0].low in _STANDALONE_PLACES else 2
    for at in range(1, min(7, len(words) - 1)):
        if not words[at - 1].joined:
            return None
        verb = _INVERTED_VERBS.get(words[at].low)
        if verb is not None:
            return (words[at], verb, at + 1) if at >= first else None
        if at > 1 and w.verb_tags(words[at].low) and not w.tags(words[at].low) & {"NOUN", "ADJ"}:
            return None  # "On arriving he was …", "In what he said was …": a verb of its own
    return None


def _there_verb(words: list[Word], index: int, table: dict[str, str]) -> tuple[Word, str, int] | None:
    """The verb of 'there is', 'there has been' at ``words[index]`` when ``table`` knows it: (the
    verb, its replacement, the index of what follows the verb). 'There's' before a plural is left
    alone: informal prose uses it ("there's some goodies"), and a quotation keeps it."""
    there = words[index]
    if index + 2 >= len(words) or not there.joined:
        return None
    verb = words[index + 1]
    replacement = table.get(verb.low)
    if replacement is None:
        replacement = _RAISING_SINGULAR.get(verb.low) if table is _SINGULAR_BE else _RAISING_PLURAL.get(verb.low)
        if replacement is None or not verb.joined:
            return None
        if verb.low.startswith(("seem", "appear")):  # "there seems to be many reasons"
            return (verb, replacement, index + 4) if _to_be(words, index + 2) else None
        return verb, replacement, index + 2  # "there remains several questions"
    if not verb.joined:
        return None
    if verb.low.startswith(("has", "have")):
        if words[index + 2].low != "been" or not words[index + 2].joined:
            return None  # "there have" alone is not this construction
        return verb, replacement, index + 3
    if words[index + 2].low in _LIKELY and _to_be(words, index + 3):
        return verb, replacement, index + 5  # "there is likely to be many delays"
    if table is _SINGULAR_BE and words[index + 2].low in _THERE_ADVERBS and words[index + 2].joined:
        return verb, replacement, index + 3  # "there is already several shops", "there was also two cars"
    return verb, replacement, index + 2


_THERE_ADVERBS = frozenset(
    """already also still now currently usually often always sometimes probably certainly clearly
    reportedly apparently even never rarely again only just""".split()
)
"""Adverbs between 'there is', 'there was' and what they count ("there was also two cars")."""


_APPROXIMATORS = frozenset("more than over nearly almost about around roughly some at least up to".split())
_AMOUNT_UNITS = frozenset(
    """
    years months weeks days hours minutes seconds miles kilometres kilometers metres meters feet inches
    yards pounds dollars euros pence cents percent tonnes tons litres liters gallons acres hectares
    degrees grams kilograms kilos ounces calories
    """.split()
)
"""Plurals a number turns into one amount ("there was 30 minutes left")."""


def _counted_at(words: list[Word], index: int) -> int | None:
    """Where the noun after a number above one stands ("more than 100 people", "nearly 20 cases"),
    past up to three words that make the number approximate; None when no such number is here."""
    at = index
    while at < len(words) - 1 and at - index < 3 and words[at].low in _APPROXIMATORS and words[at].joined:
        at += 1
    if at + 1 >= len(words) or not words[at].joined:
        return None
    number = words[at].low.replace(",", "")
    if number in w.CARDINALS or (number.isdigit() and int(number) > 1):
        if at + 3 < len(words) and words[at + 1].low in ("or", "to") and words[at + 1].joined:
            second = words[at + 2].low.replace(",", "")
            if words[at + 2].joined and (second in w.CARDINALS or second.isdigit()):
                return at + 3  # "there was two or three cars", "there is five to ten people"
        return at + 1
    return None


_OF_PLURAL_PRONOUNS = frozenset("us them you".split())


def _of_plural_pronoun(words: list[Word], index: int) -> bool:
    """'of us', 'of them' after a number ("there was five of us"): the number counts people."""
    return (
        index + 1 < len(words)
        and words[index].low == "of"
        and words[index].joined
        and words[index + 1].low in _OF_PLURAL_PRONOUNS
    )


_RAISING_SINGULAR = {"seems": "seem", "appears": "appear", "remains": "remain", "exists": "exist"}
_RAISING_PLURAL = {plural: singular for singular, plural in _RAISING_SINGULAR.items()}
"""Verbs besides 'be' that 'there' opens, agreeing with what follows ("there remain doubts")."""
_LIKELY = frozenset("likely unlikely bound set certain sure expected going said thought due".split())
"""Words between 'there is' and 'to be' ("there is likely to be delays")."""


def _to_be(words: list[Word], index: int) -> bool:
    """'to be' at ``words[index]``, joined to the words around it."""
    return (
        index + 2 < len(words)
        and words[index - 1].joined
        and words[index].low == "to"
        and words[index].joined
        and words[index + 1].low == "be"
        and words[index + 1].joined
    )


_NOT_COUNTED = frozenset("lots plenty loads tons heaps".split())
_PLURAL_ONLY = frozenset("grounds goods clothes earnings savings surroundings belongings funds troops".split())
"""Plurals the word tables also list as a lemma of their own ('grounds', 'goods'), which
:func:`_words.is_plural_noun` therefore does not count: "there was grounds for concern"."""


class ThereWasPlural(GrammarRule):
    id = "grammar.there-was-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'There was', 'there is' or 'is there' before a plural: 'there was updates', 'is there any problems?', "
        "'behind it sits two garages'."
    )
    why = (
        "In 'there is' and 'there was' the verb agrees with what follows: 'there were updates', "
        "'there are no grounds', and in a question 'are there any problems?'. Speech often says "
        "'there's', and a quotation keeps it: 'there's' is reported only before a number or 'many', "
        "'several' … ('there's three cars'), not before 'some' or 'no'; 'there is lots of' is idiom "
        "and left alone. 'Only' and 'just' may stand before the count ('there was only two options'), "
        "a number may be a range ('two or three cars') or count people ('there was five of us'), and "
        "'fewer' counts a plural too. A place phrase that opens the sentence puts its verb before the subject "
        "the same way: 'Among the victims were two children', 'Behind the arena sit two garages' (not an "
        "amount: 'Beyond the village lies 30 miles of moorland')."
    )
    bad = (
        "There was discussions about the money.",
        "For a year there was no updates.",
        "There is many reasons.",
        "There is three ways to do it, and there has been several new cases.",
        "There was several people waiting.",
        "Here is the documents you asked for.",
        "There was changes daily.",
        "There seems to be many reasons, and there remains several questions.",
        "There was more than 100 people, and there is likely to be delays.",
        "Is there any problems? Why was there two cars outside?",
        "There's three cars outside, and there wasn't enough chairs.",
        "Why is there so many people here? There was a number of complaints.",
        "There's been numerous complaints about the noise.",
        "There was grounds for concern, and there is funds left.",
        "There was two large boxes in the corner, and there is three main reasons.",
        "There is already several shops on the street, and there was also two cars.",
        "Here comes the results. Among the victims was two children. There is many more people waiting.",
        "There was no reasons given for the closure.",
        "There was only two options, and there was five of us with two or three cars.",
        "Behind the arena sits two garages. On the table was two guns and a knife.",
        "Outside the court stands three statues. In the wake of the crash is questions about safety.",
        "There is several parking options near the museum, and there was many bus routes to choose from.",
        "Behind the main house sits two guest cottages, and there was three parking spaces.",
        "There's three new businesses opening on Market Street this month.",
        "Here is the final scores from Friday's games.",
        "There was a few problems with the checkout page yesterday.",
        "There's still three lanes closed, and there's only two tickets left.",
        "Here is the updated game times for Saturday's youth tournament.",
        "There's dozens of free patterns on our blog, and there's hundreds of people here.",
        "Here's the forms you asked for; sign them and send them back.",
        "Here's the three recipes my grandmother swore by.",
        "There has been several break-ins, and there's three things every parent should know.",
        "There's three parking lots near the stadium.",
    )
    good = (
        "There is more than four times the number of phones as people.",
        "There were discussions.",
        "There is lots of time; there was news.",
        "There was no communications department.",
        "There's a problem; there has been a delay; there has long been talk of it.",
        "There were several people waiting.",
        "Here is the sales report; the point here is the costs.",
        "There seem to be many reasons; there remains a question; there was 30 minutes left.",
        "There was more than one answer; there is likely to be a delay; there was 10 per cent inflation.",
        "There's no buses after midnight; there's one way; is there any news? Is there enough room?",
        "There's some goodies here; was there a lot of people? Is there, in all this, two sides.",
        "There was a number on the door; why was there a delay? There is so little time.",
        "There's been a delay; there's been some talk; there's been two of us since May.",
        "There was a goods train; there is clothes shopping to do; there were grounds; there remains a fund.",
        "There was 30 extra minutes of play; there were two large boxes.",
        "There is still lots of time; there was also a problem; there are already several shops.",
        "Here comes the judge. Among the victims was a child. Among them were two children.",
        "There is much more time; there are many more people.",
        "There was only one option; there was just one of us; there was two or three minutes to go.",
        "Beyond the village lies 30 miles of moorland; on the agenda is the budget; in the room were two men.",
        "In what he said was a warning, he named two firms. On Monday was the first of three hearings.",
        "There was no way things could improve; there is many a slip; there were several parking options.",
        "There were no swimming lessons this week, and here is the latest news.",
        "There is a few minutes left, and there's a few things to fix.",
        "There's only one ticket left, and there's still a lot to do.",
        "Here is the updated sales report, and here is the revised game plan for Saturday.",
        "Here's the thing, here's the news, here's the sales report, and here's my two cents.",
        "There is a number to call, and there's a few minutes left before the break-in drill.",
    )
    fixed = (
        "There were discussions about the money.",
        "For a year there were no updates.",
        "There are many reasons.",
        "There are three ways to do it, and there have been several new cases.",
        "There were several people waiting.",
        "Here are the documents you asked for.",
        "There were changes daily.",
        "There seem to be many reasons, and there remain several questions.",
        "There were more than 100 people, and there are likely to be delays.",
        "Are there any problems? Why were there two cars outside?",
        "There are three cars outside, and there weren't enough chairs.",
        "Why are there so many people here? There were a number of complaints.",
        "There have been numerous complaints about the noise.",
        "There were grounds for concern, and there are funds left.",
        "There were two large boxes in the corner, and there are three main reasons.",
        "There are already several shops on the street, and there were also two cars.",
        "Here come the results. Among the victims were two children. There are many more people waiting.",
        "There were no reasons given for the closure.",
        "There were only two options, and there were five of us with two or three cars.",
        "Behind the arena sit two garages. On the table were two guns and a knife.",
        "Outside the court stand three statues. In the wake of the crash are questions about safety.",
        "There are several parking options near the museum, and there were many bus routes to choose from.",
        "Behind the main house sit two guest cottages, and there were three parking spaces.",
        "There are three new businesses opening on Market Street this month.",
        "Here are the final scores from Friday's games.",
        "There were a few problems with the checkout page yesterday.",
        "There are still three lanes closed, and there are only two tickets left.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        # a place phrase counts only where it opens the sentence: its first words, not every 'in', 'on' and 'at'
        opening = [(words, 0) for words in sentences(doc) if words and words[0].low in _PLACE_OPENERS]
        triggers = occurrences(doc, _THERE_HERE_TRIGGERS) + opening
        for words, index in sorted(triggers, key=lambda place: place[0][place[1]].start):
            low = words[index].low
            if low in _HERES:
                heres = _heres(words, index)  # "Here's the tickets for the matinee"
                if heres is not None and not in_quotes(doc, heres[0].start):
                    opener, owned = heres
                    fixed = match_case("here are", opener.text)
                    yield self.replace_word(opener, fixed, f"'{owned.text}' is plural: '{fixed}', not '{opener.text}'.")
                continue
            here = low == "here" or low in _PLACE_OPENERS
            if here and (index > 0 or index + 2 >= len(words)):
                continue  # only "Here is …", "Among the dead was …" opening a sentence
            if low in _PLACE_OPENERS:
                found = _among_verb(words)  # "Among the victims was two children"
            elif here and words[index + 1].low in _HERE_MOTION and words[index].joined:
                found = words[index + 1], _HERE_MOTION[words[index + 1].low], index + 2  # "Here comes the results"
            elif here and words[index + 1].low not in ("is", "was"):
                continue  # ("the point here is …" has its own subject)
            elif low in _THERE_IS:
                found = _theres(words, index)
            else:
                found = _asked_there(doc, words, index) or _there_verb(words, index, _SINGULAR_BE)
            if found is None or in_quotes(doc, found[0].start):
                continue
            verb, plural, noun_index = found
            if here and words[noun_index].low in _HERE_DETERMINERS and words[noun_index].joined:
                noun_index = _past_plain_adjectives(words, noun_index + 1)  # "Here is the (final) scores"
                if (
                    noun_index + 1 < len(words)
                    and _participle_modifier(words[noun_index].low)
                    and words[noun_index].joined
                ):
                    noun_index += 1  # "Here is the updated game times"
                noun_index = _compound_head(words, noun_index)  # "… game times"; not "the sales report"
            counted = _counted_at(words, noun_index)
            people = counted is not None and low not in _THERE_IS and _of_plural_pronoun(words, counted)
            if counted is not None and people:
                noun_index = counted + 1  # "there was five of us" (not "there's been two of us": speech)
            elif counted is not None:
                noun_index = counted  # "there was more than 100 people", "there is 20 seats"
                noun_index = _past_adjectives(words, noun_index)  # "there was two large boxes"
                if noun_index < len(words) and words[noun_index].low in _AMOUNT_UNITS:
                    continue  # "there was 30 minutes left": an amount
                if _multiplier(words, noun_index):
                    continue  # "there is four times the number of phones": the head is 'number'
                noun_index = _compound_head(words, noun_index)  # "sits two guest cottages"
            elif _a_number_of(words, noun_index):
                noun_index += 3  # "there was a number of complaints"
            elif _a_few(words, noun_index):
                noun_index = _past_plain_adjectives(words, noun_index + 2)  # "there was a few (new) problems"
                if noun_index < len(words) and words[noun_index].low in _AMOUNT_UNITS:
                    continue  # "there is a few minutes left": an amount, as "there was 30 minutes left"
            elif noun_index < len(words) and words[noun_index].low in _PLURAL_QUANTIFIERS and words[noun_index].joined:
                noun_index += 1
                if noun_index + 1 < len(words) and words[noun_index].low == "more" and words[noun_index].joined:
                    noun_index += 1  # "there is many more people"
                noun_index = _past_plain_adjectives(words, noun_index)  # "there was several new cases"
                if words[noun_index - 1].low in _ONLY_PLURAL_QUANTIFIERS:
                    noun_index = _compound_head(words, noun_index)  # "there is several parking options"
            if _so_many(words, noun_index):
                noun_index += 2  # "why is there so many people"
            if noun_index >= len(words) or not words[noun_index - 1].joined:
                continue
            noun = words[noun_index]
            plural_noun = w.is_any_plural(noun.low) or noun.low in _PLURAL_ONLY
            idiom = noun.low in _NOT_COUNTED and counted is None  # "there is lots of time"; not "three parking lots"
            if not people and (noun.capitalised or idiom or not plural_noun):
                continue
            after = words[noun_index + 1] if noun.joined and noun_index + 1 < len(words) else None
            after_tags = w.tags(after.low) if after is not None else frozenset()
            after_verb = w.verb_tags(after.low) if after is not None else frozenset()
            participle = "VBN" in after_verb and after_verb <= {"VBD", "VBN"}
            modifier = "NOUN" in after_tags and "ADV" not in after_tags and not participle  # "no reasons given"
            if modifier and "VBG" in after_verb and _phrase_after(words, noun_index + 2):
                modifier = False  # "there's three businesses opening this month": the -ing form's clause
            if after is not None and modifier and after.low not in w.PREPOSITIONS and not people:
                continue  # "there was no communications department": a plural as a modifier
            fixed = match_case(plural, verb.text)
            if verb is words[index] or low in _PLACE_OPENERS:  # "there's three cars" → "there are"
                instead = f"'{fixed}', not '{verb.text}'"
            elif verb.end < words[index].start:  # "Is there any problems?" → "Are there"
                instead = f"'{fixed} there', not '{verb.text} there'"
            else:
                instead = f"'{words[index].low} {fixed}', not '{words[index].low} {verb.text}'"
            yield self.replace_word(verb, fixed, f"'{noun.text}' is plural: {instead}.")


_ONLY_PLURAL_QUANTIFIERS = frozenset("several many numerous multiple various countless".split())
"""Quantifiers that count nothing but a plural, so that a singular noun after them is a modifier of
the plural after it ("several parking options"), not the head ('no' and 'some' count either: "there
was no way things could improve")."""


def _past_plain_adjectives(words: list[Word], index: int) -> int:
    """Where the noun stands from ``index`` on, past the plain adjectives before it (:func:`_plain_adjective`:
    "there is no easy answers", "here is the final scores")."""
    while index + 1 < len(words) and words[index].joined and _plain_adjective(words[index].low):
        index += 1
    return index


def _a_few(words: list[Word], index: int) -> bool:
    """'A few' at ``index`` before its plural ("there was a few problems"): several, so 'were'."""
    return (
        index + 2 < len(words)
        and words[index].low == "a"
        and words[index + 1].low == "few"
        and words[index].joined
        and words[index + 1].joined
    )


def _phrase_after(words: list[Word], index: int) -> bool:
    """A determiner or a preposition opens a phrase at ``index`` (after an -ing form: its object or
    its adverbial, so the -ing form is a verb, not a noun the plural modifies)."""
    return index < len(words) and words[index - 1].joined and words[index].low in _PHRASE_OPENERS


_PHRASE_OPENERS = (w.DETERMINERS | w.PREPOSITIONS) - {"to", "of"}
"""('To' and 'of' may go on from a noun in -ing: "clothes shopping to do", "the opening of the bridge".)"""


def _participle_modifier(low: str) -> bool:
    """A past participle that is only a verb's ('updated', 'revised'), before its noun as an adjective."""
    return w.verb_tags(low) == {"VBD", "VBN"} and w.tags(low) <= {"VERB", "ADJ"} and low.endswith("ed")


def _compound_head(words: list[Word], index: int) -> int:
    """The plural that a singular noun or an '-ing' form at ``index`` modifies ("parking options", "bus routes"): the
    word after it when that is a plural noun, joined to it; else ``index``."""
    if index + 1 >= len(words) or not words[index].joined:
        return index
    modifier, head = words[index].low, words[index + 1].low
    gerund = modifier.endswith("ing") and "VERB" in w.tags(modifier)  # 'parking', 'swimming'
    if not ("NOUN" in w.tags(modifier) or gerund) or w.is_any_plural(modifier) or words[index].capitalised:
        return index
    return index + 1 if w.is_plural_noun(head) and not words[index + 1].capitalised else index


def _plain_adjective(low: str) -> bool:
    """An adjective that is no plural ('new', 'easy', 'clear'; another reading does not make it the
    head: "no clear rules", "no real reasons"), before the noun a quantifier counts."""
    return "ADJ" in w.tags(low) and not w.is_plural_noun(low) and low not in _NOT_PLAIN_ADJECTIVES


_NOT_PLAIN_ADJECTIVES = frozenset("more less fewer".split())


def _past_adjectives(words: list[Word], index: int) -> int:
    """Where the noun after a number stands, past up to two adjectives that are no plural noun
    ("two large boxes", "three new main roads")."""
    at = index
    while (
        at - index < 2
        and at + 1 < len(words)
        and words[at].joined
        and "ADJ" in w.tags(words[at].low)
        and not w.is_plural_noun(words[at].low)
        and words[at].low not in _AMOUNT_UNITS
    ):
        at += 1
    return at


def _so_many(words: list[Word], index: int) -> bool:
    """'so many', 'too few' at ``words[index]``, before the noun they count."""
    if index + 2 >= len(words) or words[index].low not in ("so", "too") or not words[index].joined:
        return False
    return words[index + 1].low in ("many", "few") and words[index + 1].joined


def _a_number_of(words: list[Word], index: int) -> bool:
    """'a number of' at ``words[index]``, which counts a plural ('a number of complaints were')."""
    return (
        index + 3 < len(words)
        and [word.low for word in words[index : index + 3]] == ["a", "number", "of"]
        and all(word.joined for word in words[index : index + 3])
    )


def _heres(words: list[Word], index: int) -> tuple[Word, Word] | None:
    """'Here's' opening a sentence before 'the', a possessive or a number and a plural that ends its
    phrase or takes a phrase after it ("Here's the tickets for the matinee", "Here's the two tips
    that saved my crust"): 'Here are'. Not "Here's the thing", "Here's the news" (no plural).

    Kept apart from the 'Here is' path of :meth:`ThereWasPlural.detect` on purpose: 'here's' is the
    spoken form, and that path, tried for it, also flagged "Here's the three of us", "Here's my two
    cents" and "Here's the kids now"."""
    here = words[index]
    if index != 0 or index + 2 >= len(words) or not here.joined:
        return None
    at = index + 1
    if words[at].low not in _HERE_DETERMINERS:
        return None
    at += 1
    if at < len(words) and (words[at].low in w.CARDINALS or words[at].low.isdigit()) and words[at - 1].joined:
        at += 1  # "the two tips"
    at = _past_plain_adjectives(words, at)
    if at >= len(words) or not words[at - 1].joined:
        return None
    noun = words[at]
    if noun.capitalised or not (w.is_plural_noun(noun.low) or noun.low in _PLURAL_ONLY):
        return None
    if noun.low in _AMOUNT_UNITS:
        return None  # "Here's my two cents", "here's the ten dollars": an amount taken as one
    if at + 1 < len(words) and words[at].joined and "NOUN" in w.tags(words[at + 1].low):
        return None  # "Here's the sales report": a compound's head follows
    return here, noun


def _theres(words: list[Word], index: int) -> tuple[Word, str, int] | None:
    """'There's three cars', 'there's many reasons', 'there's been several cases': 'there's' (and
    'been') before a number or a word that counts a plural (the noun after is checked by the caller)."""
    there = words[index]
    if index + 2 >= len(words) or not there.joined:
        return None
    if words[index + 1].low == "been" and words[index + 1].joined and index + 3 < len(words):
        if words[index + 2].low in _COUNTING_AFTER_THERES:
            return there, "there have", index + 2  # "there's been numerous complaints"
        return None
    at = index + 1
    if words[at].low in _THERE_ADVERBS and words[at].joined:
        at += 1  # "there's still three lanes closed", "there's only two tickets left"
    if words[at].low not in _COUNTING_AFTER_THERES:
        return None
    return there, "there are", at


def _asked_there(doc: Document, words: list[Word], index: int) -> tuple[Word, str, int] | None:
    """'Is there any problems?', 'Why was there so few people?': 'is' or 'was' before 'there' that
    opens a question (alone or after a question word), in a sentence that ends with '?'."""
    if index == 0 or index + 1 >= len(words) or index > 2 or not words[index].joined:
        return None
    verb = words[index - 1]
    if verb.low not in _ASKED_BE or not verb.joined:
        return None
    if index == 2 and (words[0].low not in w.QUESTION_WORDS or not words[0].joined):
        return None
    if not doc.text[words[-1].end : words[-1].end + 4].lstrip("\"'”’) ").startswith("?"):
        return None
    return verb, _SINGULAR_BE[verb.low], index + 1


def _multiplier(words: list[Word], index: int) -> bool:
    """'times' that multiplies the noun phrase after it ('four times the number', 'twice as')."""
    following = words[index + 1].low if index + 1 < len(words) and words[index].joined else None
    return words[index].low == "times" and following in w.DETERMINERS | {"as"}


_PLURAL_BE = {
    "are": "is",
    "were": "was",
    "aren't": "isn't",
    "weren't": "wasn't",
    "aren’t": "isn’t",
    "weren’t": "wasn’t",
    "have": "has",
    "haven't": "hasn't",
}
_COUNTING_NOUNS = w.NOT_SINGULAR_SUBJECTS | frozenset(
    """
    lot number few couple dozen score handful host variety range series total bunch group set pair
    record further estimated reported minimum maximum average additional extra whole great good
    hundred thousand million billion trillion
    """.split()
)
"""Nouns and modifiers after 'there are a' that count what follows ("there are a lot of", "there
were a record 50 entries", "there are an estimated 300")."""


_INTENSIFIED = {
    "pitch": frozenset(("dark", "black")),
    "stone": frozenset(("cold", "dead", "deaf")),
    "bone": frozenset(("dry", "idle", "tired")),
    "dirt": frozenset(("cheap", "poor")),
    "brand": frozenset(("new",)),
    "crystal": frozenset(("clear",)),
    "piping": frozenset(("hot",)),
}
"""Nouns (some also verbs) that heighten the adjective after them ("pitch dark", "stone cold")."""

_FRONTED_OBJECTS = frozenset("what which whom whatever".split())
"""Words that may carry a verb's object before it ("what many consider to be", "which they consider to be")."""

_HYPOTHETICAL_LEADS = frozenset("if though wish wished unless".split())
"""Words before 'there were' that make it hypothetical ("if there were a way", "as though there were a
ghost"), where 'were' serves a singular too."""


class ThereAreSingular(GrammarRule):
    id = "grammar.there-are-singular"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'There are' or 'here are' before a singular noun: 'there are a problem', 'here are the list'."
    why = (
        "In 'there is' and 'there are' the verb agrees with what follows: 'there is a problem', 'there "
        "was an accident'. Nouns that count what follows are left alone ('there are a lot of', 'a "
        "number of', 'a couple of', 'an estimated 300', 'a record 50'), and so are two or more subjects "
        "('there were a cat and a dog') and quotations. A sentence that opens 'Here are the' (or 'my', "
        "'our' …) before a singular noun that heads its phrase takes 'here is' too: 'Here is the list of "
        "winners' (not 'the rest of', 'the team', 'the list items')."
    )
    bad = (
        "There are a problem with the brakes.",
        "Yesterday there were an accident on the bridge.",
        "There are a new rule for visitors.",
        "There are only one exit here. There have been a mistake.",
        "There appear to be a problem.",
        "Here are the list of winners, as promised.",
        "There are a free parking area in front of the clinic.",
        "There are a known issue with the installer on older versions.",
    )
    good = (
        "There are a lot of problems and a number of rules.",
        "There were an estimated 300 people and a record 50 entries.",
        "There are a few seats left; there were a couple of calls.",
        "There is a problem, and there was an accident.",
        "There were a cat and a dog in the yard; there are a man, a woman and a child.",
        "There are one or two seats; there have been a lot of calls; there are one hundred people.",
        "There appear to be a lot of errors; there remain a few questions.",
        "Here are the results. Here are the rest of the photos. Here are the list items you asked for.",
        "Here are the team that won the cup. Here is the list of winners.",
        "There are fewer buses on the route than there were a decade ago, and as many as there were a year ago.",
        "There were a reported 300 cases, and there were a disputed election and a riot.",
    )
    fixed = (
        "There is a problem with the brakes.",
        "Yesterday there was an accident on the bridge.",
        "There is a new rule for visitors.",
        "There is only one exit here. There has been a mistake.",
        "There appears to be a problem.",
        "Here is the list of winners, as promised.",
        "There is a free parking area in front of the clinic.",
        "There is a known issue with the installer on older versions.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _THERE):
            found = _there_verb(words, index, _PLURAL_BE)
            if found is None:
                continue
            verb, singular, article = found
            if verb.low == "were" and index > 0 and words[index - 1].low in _HYPOTHETICAL_LEADS:
                continue  # "If there were a school for it": the hypothetical 'were' of any number
            if index > 0 and words[index - 1].low in _COMPARED_LEADS and _time_ago(words, index):
                continue  # "fewer buses than there were a decade ago": the plural is the comparison's
            if article < len(words) and words[article].low in ("only", "just") and words[article].joined:
                article += 1  # "there are only one way"
            if article + 1 >= len(words) or words[article].low not in ("a", "an", "one"):
                continue
            if not _singular_after_article(words, article) or in_quotes(doc, verb.start):
                continue
            fixed = match_case(singular, verb.text)
            yield self.replace_word(verb, fixed, f"What follows is singular: 'there {fixed}', not 'there {verb.text}'.")
        for words, index in occurrences(doc, _HERE):
            here_verb = _here_are_singular(words, index)
            if here_verb is not None and not in_quotes(doc, here_verb.start):
                fixed = match_case(_PLURAL_BE[here_verb.low], here_verb.text)
                message = f"What follows is singular: 'here {fixed}', not 'here {here_verb.text}'."
                yield self.replace_word(here_verb, fixed, message)


_COMPARED_LEADS = frozenset(("than", "as"))


def _time_ago(words: list[Word], there: int) -> bool:
    """A span of time ending in 'ago' follows 'there' at ``there`` and its verb ("there were a decade
    ago"): a time, not the subject."""
    return any(word.low == "ago" for word in words[there + 2 : there + 6])


def _here_are_singular(words: list[Word], index: int) -> Word | None:
    """'Here are the list of winners', 'Here were my report': 'here' opening the sentence, 'are' or
    'were', a determiner and a singular count noun that heads its phrase (the end, 'of', or a clause
    after it, no second noun); not a noun that counts ('the rest of', 'the number of') or a group
    ('Here are the team': British English gives it a plural)."""
    if index != 0 or len(words) < 4 or not run_of(words, 0, 4):
        return None
    verb, determiner, noun = words[1], words[2], words[3]
    if verb.low not in ("are", "were") or determiner.low not in _HERE_DETERMINERS or noun.capitalised:
        return None
    low = noun.low
    if low in _COUNTING_NOUNS or low in w.COLLECTIVE_NOUNS or not w.is_singular_count_noun(low):
        return None
    if len(words) > 4 and noun.joined:
        following = words[4].low
        if "NOUN" in w.tags(following) and following not in w.PREPOSITIONS:
            return None  # "Here are the list items": the noun modifies the head after it
    return verb


def _singular_after_article(words: list[Word], article: int) -> bool:
    """'a' + up to two adjectives, participles or noun modifiers + a singular count noun that ends the
    phrase (no 'of', number or second noun after it)."""
    for at in range(article + 1, min(article + 4, len(words))):
        if not words[at - 1].joined or words[at].capitalised:
            return False
        low = words[at].low
        if low in _COUNTING_NOUNS or low.isdigit():
            return False
        if w.verb_tags(low) == _PARTICIPLE_ONLY and at + 1 < len(words) and words[at].joined:
            continue  # "there are a known issue": a participle before the noun ('known' is a noun too)
        if w.is_singular_count_noun(low):
            if at + 1 >= len(words):
                return True
            if not words[at].joined:
                return False  # "there are a man, a woman and a child": a list
            following = words[at + 1].low
            if following in ("of", "and", "or", "plus", "nor") or following in w.CARDINALS or following[:1].isdigit():
                return False  # "there were a cat and a dog": two subjects
            after = w.tags(following)  # not a second noun ("a car park"), but an adverb may follow: "right in front"
            return "NOUN" not in after or "ADV" in after or following in w.PREPOSITIONS
        tags = w.tags(low)
        noun_modifier = ("NOUN" in tags and not w.is_any_plural(low)) or low.endswith("ing")
        if "ADJ" not in tags and not noun_modifier and "VBN" not in w.verb_tags(low):
            return False  # an adjective, a participle or a noun modifier: "a free parking area", "a known issue"
    return False


_PARTICIPLE_ONLY = frozenset(("VBN",))
_TOO = frozenset(("too",))
_NUMBER_WORDS = w.CARDINALS


def _counted_plural(words: list[Word], index: int) -> bool:
    """'too' inside a sentence straight before a plural that is only a noun ('for too nights'): no
    reading of 'too' (also, excessively) takes a noun after it."""
    if index == 0 or not words[index - 1].joined or words[index].text != "too":
        return False
    noun = words[index + 1]
    if noun.capitalised or not w.is_plural_noun(noun.low):
        return False
    tags = w.tags(noun.low)
    if tags == {"NOUN"}:
        return True
    previous = words[index - 1].low  # 'bought too tickets': after a past verb or a preposition, no verb in -s
    object_slot = previous in w.PREPOSITIONS or (w.tags(previous) == {"VERB"} and "VBD" in w.verb_tags(previous))
    return tags <= {"NOUN", "VERB"} and object_slot


class TooBeforeNumber(GrammarRule):
    id = "grammar.too-number"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Too' before a number, where 'to' is meant ('from 30 too 37'), or as one ('for too nights')."
    why = (
        "'Too' means 'also' or 'excessively' and never stands before a number: 'rose from 30 to 37'. Nor "
        "does it stand before a plural that is only a noun: 'we stayed for too nights' is 'two nights' "
        "(or 'too many nights': the fix is offered, not applied)."
    )
    bad = (
        "The time rose from 30 too 37 seconds.",
        "We are expanding too ten new towns.",
        "We stayed for too nights and paid for too rooms.",
        "We bought too tickets for the Saturday matinee.",
        "The library will be closed for to weeks, and prices rose in the last to years.",
    )
    good = (
        "The time rose from 30 to 37 seconds.",
        "The officer too tickets speeders; she too plans trips; he said too, plans change.",
        "Me too, 3 times.",
        "One too many.",
        "It was one bridge too far, too many cats, too few seats. Me too. Cats are fine.",
        "We looked for to-do lists; days turned to weeks, and she was the first to arrive and the last to leave.",
    )
    fixed = (
        "The time rose from 30 to 37 seconds.",
        "We are expanding to ten new towns.",
        "We stayed for too nights and paid for too rooms.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._to_for_two(doc)
        for words, index in occurrences(doc, _TOO):
            word = words[index]
            if index + 1 >= len(words) or not word.joined:
                continue
            following = words[index + 1].low
            if _counted_plural(words, index):
                fixed = match_case("two", word.text)
                message = f"'{word.text} {words[index + 1].text}': a number is meant here, '{fixed}'."
                yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)
                continue
            if not (following.isdigit() or following in _NUMBER_WORDS):
                continue
            fixed = match_case("to", word.text)
            yield self.replace_word(word, fixed, f"'{word.text}' before a number: write '{fixed}'.")

    def _to_for_two(self, doc: Document) -> Iterator[Finding]:
        """'Closed for to weeks', 'the last to years': 'to' between a word that counts a span of time and
        a plural of time is the number 'two' (no preposition 'to' goes there). Sifted on the flat list."""
        lows = doc.lows
        last = len(lows) - 1
        found = [
            at
            for at in positions(doc, _TO)
            if 0 < at < last and lows[at - 1] in _SPAN_BEFORE_TWO and lows[at + 1] in _TIME_PLURALS
        ]
        for words, index in places(doc, found):
            if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            word = words[index]
            fixed = match_case("two", word.text)
            message = f"'{word.text} {words[index + 1].text}': a number is meant here, '{fixed}'."
            yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)


_SPAN_BEFORE_TWO = frozenset("for within last first past".split())
"""Words before a count of time ('for two weeks', 'within two days', 'the last two years')."""
_TIME_PLURALS = frozenset("minutes hours days nights weeks months years decades seasons semesters terms".split())

_PASSIVES_BEFORE_TO = frozenset("forced allowed urged compelled obliged permitted encouraged persuaded".split())
"""Passives whose 'to' opens an infinitive before a verb but may be a preposition too ('forced to the ground',
'forced to closures'): only a form that is nothing but a verb's counts after them."""
_TO_VERBS = (
    frozenset(
        """eager able unable going want wants wanted trying tried decided decide decides plan plans planned
    hope hopes hoped refused refuse refuses agreed agree agrees managed manage seem seems seemed
    fail fails failed ought wish wishes wished intend intends intended promise promises promised
    afford learn learns learned learnt choose chooses chose willing unwilling likely unlikely supposed
    tend tends tended hoping planning deciding refusing managing failing wishing intending promising
    learning choosing tending sure ready happy glad pleased""".split()
    )
    | frozenset(
        form
        for lemma in """need try attempt expect arrange hesitate strive vow pretend threaten deserve neglect
    endeavour endeavor volunteer opt struggle forget remember start begin continue vote""".split()
        for forms in w.verb_inflections(lemma).values()
        for form in forms
    )
    | frozenset("ready keen determined reluctant anxious glad happy sorry prepared about how".split())
    | _PASSIVES_BEFORE_TO
)
"""Words after which 'to' starts an infinitive, never a preposition ("eager to buy"), and passives whose
'to' starts one before a verb ("was forced to sit out"; 'forced to the ground' has no verb after it)."""
_TO_ONLY_VERBS = (
    _TO_VERBS
    - _PASSIVES_BEFORE_TO
    - frozenset(
        """going agree agrees agreed tend tends tended tending struggle struggles struggled struggling
    volunteer volunteers volunteered volunteering prepared about remember remembers remembered
    remembering""".split()
    )
)
"""Words after which 'to' is never a preposition, so a form in -s or -ing that is also a noun is the
verb ("need to goes", "able to swimming"); not 'going to' or 'agreed to' ("agreed to talks"), 'tend
to' ("tended to wounds"), 'struggle to' or 'volunteer to' ("volunteered to projects"), 'prepared to'
and 'about to' ("prepared to plans"), 'remember to' ("remembered to friends")."""


class InfinitiveForm(GrammarRule):
    id = "grammar.infinitive-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An inflected verb after an infinitive 'to': 'eager to buying', 'going to wrote'."
    why = (
        "After 'want to', 'eager to', 'going to', 'decided to', 'would like to' and the like comes the bare verb: "
        "'eager to buy', 'going to write'. Only forms that can be nothing but a verb are reported "
        "('looking forward to meeting' takes the -ing form and is not checked here). After any other "
        "'to', a form that can only be a simple past ('came to took', 'to wrote') is reported too: "
        "neither an infinitive nor a preposition takes it, and 'used to' is read the same way ('used to "
        "went'). After the list's words a form in -s that is only a verb ('wants to gives') counts too, "
        "and a past that is also an adjective when the tagger reads a verb ('decided to left'). An adverb "
        "between the list's 'to' and a past or participle ('wants to really understood', 'promised to not "
        "told') does not hide the slip when the verb's subject opens a clause; a subject after a noun or a "
        "pronoun may close a relative ('the changes we wanted to finally came', 'what I wanted to really "
        "mattered')."
    )
    bad = (
        "The city is eager to buying land.",
        "I am going to wrote to him.",
        "They decided to went home.",
        "She came by to took the money.",
        "He decided to left early.",
        "She wants to gives a talk, and he used to went there.",
        "I had to went home, and we need to bought milk.",
        "He is able to swimming, and she wants to leaves.",
        "She needs to finishes it, and they tried to fixes the bug.",
        "He started to talking loudly, and they began to moving the chairs.",
        "The pupils were asked to wrote an essay.",
        "Visitors are asked to kept their tickets, and staff were told to sent them home.",
        "I would like to going abroad, and we'd love to seeing you.",
        "She wants to fully understood the rules, and he promised to not told them.",
        "We need to quickly decides on a venue.",
        "The parks department hopes to reopening the pool by May.",
        "The striker was forced to sat out the second half.",
        "The grant will allow the department to hires two researchers, and it allows users to creates accounts.",
        "Please be sure to signing the waiver; we are happy to answered any questions.",
        "Don't forget to your reusable bags.",
        "Our aim is to helping young people find work.",
        "Residents are encouraged to recycling as much as possible.",
        "We are planning to opening a second branch next spring.",
        "Council members voted to approving the budget on Tuesday.",
        "My professor encouraged me to applied for this fellowship.",
        "To enabling verbose logging, set the LOG_LEVEL variable to debug.",
        "Running the linter before each commit helps to catching style issues early.",
        "Our mission is to provides safe, affordable housing for families in need.",
        "Officials urged residents to stays off the roads; our goal is to helps small businesses grow.",
        "Police urged drivers to avoiding the area while crews cleared debris from the highway.",
        "Doctors said it would take months for him to recovered fully from his injuries.",
        "My grandfather used to told us stories about the war.",
    )
    good = (
        "The city is eager to buy land.",
        "Our mission is to provide housing, and our first duty is to tenants who need repairs.",
        "I am going to the meeting.",
        "They decided to go home, close to trained staff and access to logs.",
        "Everyone I had ever talked to knew what it was.",
        "We went to the park; the road to ruin; next to nothing.",
        "Its sequel Meet the Folks To came out a year later.",
        "He is going to left field; we hope to found a company.",
        "The person I talk to says yes; the firm it belongs to knows; they agreed to talks and to terms.",
        "Everyone I had talked to knew it; the things I have to offer are few; we had to.",
        "They agreed to changes; the answer I have to questions is no; we are going to meetings.",
        "They invited us to talks out of town, and the guide pointed us to signs up the road.",
        "The city urged residents to recycling centers and encouraged them to swimming lessons at the pool.",
        "Groups bring hope to pockets of despair.",
        "She tended to wounds; the changes required to plans were small; he remembered to friends.",
        "The party I was invited to went well, and the man she was married to left.",
        "The school I go to sent a letter. They were told to, and made their own way. Access to paid services.",
        "I prefer walking to going by car; what would you like to drink? It is like to-ing and fro-ing.",
        "The changes we wanted to finally came; the man I talked to never knew.",
        "The man I spoke to recently says yes; the group it belongs to currently seems fine.",
        "The club pinned its hopes to winning the cup on the new coach; her hopes to the end were high.",
        "He was forced to the ground, and she was allowed to the front.",
        "They asked the board to costs of the plan; we invited the team to talks this week.",
        "I remember to this day; we plan to our budget; she wants to her mother; he went to his room.",
        "Our aim is to help; our commitment is to helping people; the key is to keeping calm.",
        "Guests are allowed to smoking areas only; staff were encouraged to recycle.",
        "We are going to the opening; she is used to cooking our meals; the planning to date is good.",
        "Members voted to the left and voted to approve the budget.",
        "She introduced me to applied mathematics, and the course led students to applied research.",
        "It was a great help to understanding the topic, and we look forward to hearing from you.",
        "It is hard for them to recover fully; the path for us to renewed growth is open; we left it for them to.",
        "She is used to spoiled children, and he got used to paid work.",
    )
    fixed = (
        "The city is eager to buy land.",
        "I am going to write to him.",
        "They decided to go home.",
        "She came by to take the money.",
        "He decided to leave early.",
        "She wants to give a talk, and he used to go there.",
        "I had to go home, and we need to buy milk.",
        "He is able to swim, and she wants to leave.",
        "She needs to finish it, and they tried to fix the bug.",
        "He started to talk loudly, and they began to move the chairs.",
        "The pupils were asked to write an essay.",
        "Visitors are asked to keep their tickets, and staff were told to send them home.",
        "I would like to go abroad, and we'd love to see you.",
        "She wants to fully understand the rules, and he promised to not tell them.",
        "We need to quickly decide on a venue.",
        "The parks department hopes to reopen the pool by May.",
        "The striker was forced to sit out the second half.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._split(doc)
        to_at = positions(doc, _TO)  # once for both checks below
        yield from self._after_object(doc, to_at)
        yield from self._verb_missing(doc, to_at)
        yield from self._aim_is_to(doc, to_at)
        yield from self._to_gerund(doc, to_at)
        for words, index in places(doc, _infinitive_candidates(doc)):
            if words[index].low == "to":
                index -= 1  # any 'to' before a form that only a simple past has: "came to took"
                if index < 0 or not _only_finite_after_to(words, index + 2):
                    continue
            if index + 2 >= len(words) or not words[index].joined or words[index + 1].low != "to":
                continue
            verb = words[index + 2]
            if not words[index + 1].joined or verb.capitalised or words[index + 1].capitalised:
                continue  # "Dumb and Dumber To came out in 2014": a capital 'To' inside a sentence is a title's
            if words[index].low in _WOULD_LIKE and not _after_would(words, index):
                continue  # "feel like to", "prefer X to going": only 'would like to' is sure
            if _noun_after_determiner(words, index):
                continue  # "pinned its hopes to winning the cup": the noun, and 'to' its preposition
            ambiguous = (_to_only(words, index) and w.verb_tags(verb.low) in ({"VBZ"}, {"VBG"})) or _gerund_as_verb(
                words, index
            )
            if w.tags(verb.low) != {"VERB"} and not ambiguous and not _past_read_as_verb(doc, words, index):
                continue
            found = w.verb_tags(verb.low)
            if not found or not (found <= {"VBD", "VBN"} or found == {"VBG"} or found == {"VBZ"}):
                continue  # a form in -s comes only after the list's words: "decided to takes"
            if _accustomed_to(words, index) and _noun_next(words, index + 2):
                continue  # "she is used to spoiled children": 'to' the preposition, the past form an adjective
            if (
                found == {"VBG"}
                and "VERB" not in w.tags(words[index].low)
                and any(word.low == "from" for word in words[max(0, index - 5) : index + 1])
            ):
                continue  # "they went from ultra happy to looking like zombies": 'from … to' and a gerund
            finding = self._bare_verb(verb, words[index + 1].text)
            if finding is not None:
                yield finding

    def _split(self, doc: Document) -> Iterator[Finding]:
        """'Wants to really understood', 'promised to not told', 'needs to quickly decides': an adverb
        between the list's 'to' and a form that can only be a simple past or a verb's -s form."""
        for words, index in occurrences(doc, _TO):
            at = index + 2
            if index == 0 or at >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            adverb, verb = words[index + 1].low, words[at]
            if not (adverb in w.MID_ADVERBS or w.only_adverb_in_ly(adverb)):
                continue
            if verb.capitalised or not (
                _only_past(verb.low) or _past_or_participle(verb.low) or w.verb_tags(verb.low) == {"VBZ"}
            ):
                continue  # "wants to fully understood", "needs to quickly decides": no noun after the adverb
            if not _to_only(words, index - 1) or not _subject_opens_clause(doc, words, index - 1):
                continue  # not "the changes we wanted to finally came", "what I wanted to really mattered"
            finding = self._bare_verb(verb, f"{words[index].text} {words[index + 1].text}")
            if finding is not None:
                yield finding

    def _after_object(self, doc: Document, to_at: list[int]) -> Iterator[Finding]:
        """'Allow the department to hires', 'lets users to creates': a verb that takes an object and
        an infinitive ('allow', 'enable', 'encourage', 'require' …), its object (a pronoun, or a
        determiner and up to three words), then 'to' and a form in -s that is a verb's and no other
        form's: only the bare verb follows that 'to' (a plural noun after it would need a verb
        before: "allow the team to [give] raises"); or a past that is no noun, before what a verb
        takes if it is an adjective too ("encouraged me to applied for this")."""
        lows = doc.lows
        last = len(lows) - 1
        found = [
            p
            for p in to_at
            if p < last and (w.verb_tags(lows[p + 1]) in (_VBZ_ONLY, _VBG_ONLY) or _past_form(lows[p + 1]))
        ]
        for words, index in places(doc, found):
            verb = words[index + 1] if index + 1 < len(words) else None
            if verb is None or verb.capitalised or not words[index].joined or index < 2:
                continue
            if not _object_then_to(words, index) or in_quotes(doc, verb.start):
                continue
            if w.verb_tags(verb.low) == _VBG_ONLY:
                # "urged drivers to avoiding the area": its object after it, so no noun in -ing ('to recycling centers')
                if not (verb.joined and index + 2 < len(words) and words[index + 2].low in _GERUND_OBJECT_OPENERS):
                    continue
            elif _past_form(verb.low):
                adjective_too = (
                    w.tags(verb.low) != {"VERB"} or words[index - 2].low == "for"
                )  # "for us to renewed growth"
                if adjective_too and not _verb_phrase_next(words, index + 1):
                    continue  # "encouraged them to applied research": an adjective before its noun
            elif w.tags(verb.low) != {"VERB"}:  # 'hires', 'talks': nouns too ("invited the team to talks")
                after = words[index + 2].low if index + 2 < len(words) and verb.joined else ""
                counted = w.is_numeral(after) or after in _COUNTED_OBJECT_OPENERS  # "to hires two researchers"
                particle = after in _PARTICLES_NOT_PREPOSITIONS  # "urged residents to stays off the roads"
                if not (counted or particle) and not (after == "the" and sentence_tags(doc, words)[index + 1] == "VBZ"):
                    continue
            finding = self._bare_verb(verb, words[index].text)
            if finding is not None:
                yield finding

    def _verb_missing(self, doc: Document, to_at: list[int]) -> Iterator[Finding]:
        """'Don't forget to your bags', 'we decided to our plan': a verb that takes an infinitive, its
        'to', and a possessive straight after it, where the infinitive's verb is missing ('forget to
        bring your bags'); none of these verbs takes 'to' as a preposition before a possessive."""
        lows = doc.lows
        last = len(lows) - 1
        found = [p for p in to_at if p < last and lows[p + 1] in _VERBLESS_POSSESSIVES]  # sifted on the flat list
        for words, index in places(doc, found):
            if index == 0 or index + 2 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            if words[index + 1].low not in _VERBLESS_POSSESSIVES or in_quotes(doc, words[index].start):
                continue
            if not any(lemma in _INFINITIVE_ONLY for lemma in w.verb_lemmas(words[index - 1].low)):
                continue
            yield self.finding(
                words[index].start,
                words[index + 1].end,
                f"A verb is missing after '{words[index - 1].text} to': '{words[index - 1].text} to … "
                f"{words[index + 1].text}'.",
            )

    def _aim_is_to(self, doc: Document, to_at: list[int]) -> Iterator[Finding]:
        """'Our aim is to helping young people', 'Our mission is to provides housing': after a noun of
        purpose ('aim', 'goal', 'mission' …) and 'is' or 'was', 'to' opens the infinitive that says what
        the purpose is, never a gerund nor a form in -s (not 'our commitment is to helping', whose noun
        takes 'to' and a gerund)."""
        lows = doc.lows
        found = [
            at
            for at in to_at
            if 1 < at < len(lows) - 1 and lows[at - 1] in ("is", "was") and lows[at - 2] in _PURPOSE_NOUNS
        ]
        for words, index in places(doc, found):
            verb = words[index + 1] if index + 1 < len(words) else None
            if verb is None or index < 2 or not run_of(words, index - 2, 4) or verb.capitalised:
                continue
            forms, tags = w.verb_tags(verb.low), w.tags(verb.low)
            gerund = forms == {"VBG"} and tags <= {"VERB", "NOUN"}
            # "Our mission is to provides housing", "our goal is to helps small businesses": after a noun of
            # purpose and 'is to', a form in -s is the verb's even when it is a plural noun too
            third_person = forms == {"VBZ"} and "VERB" in tags
            if not (gerund or third_person):
                continue
            finding = self._bare_verb(verb, words[index].text)
            if finding is not None:
                yield finding

    def _to_gerund(self, doc: Document, to_at: list[int]) -> Iterator[Finding]:
        """'To enabling verbose logging, set …' (a purpose that opens the sentence, before its comma)
        and 'helps to catching' ('help' as a verb): an infinitive's 'to' before an -ing form."""
        lows = doc.lows
        last = len(lows) - 1
        found = [p for p in to_at if p < last and w.verb_tags(lows[p + 1]) == _VBG_ONLY]
        for words, index in places(doc, found):
            verb = words[index + 1] if index + 1 < len(words) else None
            if verb is None or verb.capitalised or not words[index].joined or in_quotes(doc, verb.start):
                continue
            opening = (
                index == 0
                and words[0].text == "To"
                and "NOUN" not in w.tags(verb.low)  # not "To swimming pools, add chlorine"
                and _comma_ahead(doc, words, index + 1)
            )
            helped = index > 0 and words[index - 1].low in _HELP_FORMS and words[index - 1].joined
            if (opening or helped) and _object_next(words, index + 1):
                finding = self._bare_verb(verb, words[index].text)
                if finding is not None:
                    yield finding

    def _bare_verb(self, verb: Word, after: str) -> Finding | None:
        """The finding for an inflected ``verb`` after ``after`` ('to', or 'to' and an adverb): its
        bare form, when it has one other than itself."""
        base = next(iter(w.verb_lemmas(verb.low)), None)
        if base is None or base == verb.low:
            return None
        return self.replace_word(
            verb, base, f"After '{after}', use the bare verb '{base}', not '{verb.text}'.", FixSafety.SAFE
        )


_TO = frozenset(("to",))
_VBG_ONLY = frozenset(("VBG",))
_HELP_FORMS = frozenset(("helps", "helped", "helping"))
"""'Help' as a verb, whose 'to' is an infinitive's (not the noun 'help', as in "a help to understanding")."""


def _object_next(words: list[Word], at: int) -> bool:
    """What a verb takes follows ``words[at]``: a preposition, a determiner, an object pronoun, an
    adjective or a noun ("enabling verbose logging", "catching style issues")."""
    if at + 1 >= len(words) or not words[at].joined or words[at + 1].capitalised:
        return False
    after = words[at + 1].low
    return _verb_phrase_next(words, at) or bool(w.tags(after) & {"ADJ", "NOUN"})


def _comma_ahead(doc: Document, words: list[Word], at: int) -> bool:
    """A comma ends the phrase that runs from ``words[at]`` within the next five words."""
    for later in words[at : at + 6]:
        if doc.text[later.end : later.end + 1] == ",":
            return True
        if not later.joined:
            return False
    return False


_PARTICLES_NOT_PREPOSITIONS = frozenset(("off", "away"))
"""Particles a verb in -s may take that no noun's phrase goes on with ('stays off', 'keeps away'; not 'talks
on', 'talks out of town', 'signs up the road')."""
_PURPOSE_NOUNS = frozenset("aim goal mission purpose objective intention ambition task job plan dream idea".split())
"""Nouns whose 'is to' names the purpose as an infinitive ("our aim is to help")."""
_VBZ_ONLY = frozenset(("VBZ",))
_INFINITIVE_ONLY = frozenset("forget remember decide hope promise intend refuse manage".split())
"""Verbs whose 'to' opens an infinitive and never a preposition's phrase ('forget to bring'; not
'plan': "plan to our budget")."""
_VERBLESS_POSSESSIVES = frozenset("your my our their his".split())
_GERUND_OBJECT_OPENERS = w.ARTICLES | w.POSSESSIVES | w.OBJECT_ONLY_PRONOUNS
"""What opens an -ing form's object after 'urged drivers to' ('avoiding the area'); not a noun ('to recycling
centers')."""
_COUNTED_OBJECT_OPENERS = w.POSSESSIVES | frozenset(("a", "an"))
"""What opens an object after a verb-or-noun in -s ('hires a', 'plans their'); not 'this' or 'that',
which open a time as well ("invited the union to talks this week")."""
_OBJECT_CONTROL = frozenset(
    "allow enable encourage require permit invite force urge ask expect teach remind cause empower".split()
)
"""Verbs whose object is the subject of the infinitive after it ('allow the department to hire')."""


def _bare_plural(word: Word) -> bool:
    """A plural noun that is no verb ('users', 'members'), as an object without a determiner."""
    return not word.capitalised and w.is_plural_noun(word.low) and "VERB" not in w.tags(word.low)


def _object_then_to(words: list[Word], to: int) -> bool:
    """A verb of :data:`_OBJECT_CONTROL` and its object before the 'to' at ``to``: an object pronoun
    straight after the verb, or a determiner or a possessive, up to two modifiers and a noun. Or 'for'
    and an object pronoun ("for him to"), the infinitive's own subject."""
    if to >= 2 and words[to - 2].low == "for" and words[to - 1].low in _FOR_SUBJECTS and run_of(words, to - 2, 3):
        return True  # "it would take months for him to recovered"
    for verb_at in range(to - 2, max(to - 6, -1), -1):
        if not all(word.joined for word in words[verb_at:to]):
            return False
        first = words[verb_at + 1]
        bare = verb_at + 2 == to and (first.low in w.OBJECT_PRONOUNS - {"her"} or _bare_plural(first))
        determined = first.low in w.DETERMINERS | w.POSSESSIVES
        if not bare and not (determined and "NOUN" in w.tags(words[to - 1].low) and not words[to - 1].capitalised):
            continue  # neither "allows them to", "allows users to" nor "allow the department to"
        if any(lemma in _OBJECT_CONTROL for lemma in w.verb_lemmas(words[verb_at].low)):
            return words[verb_at].text == words[verb_at].low or words[verb_at].sentence_start
    return False


_FOR_SUBJECTS = frozenset("him them us me".split())
"""Object pronouns after 'for' that are the subject of the infinitive after them ("for him to recover");
not 'her' (a possessive too) or 'it' ("for it to" is common and sound, but so is "for it, to")."""

_SUBJECT_MODIFIER_TAGS = frozenset("DT PRP$ JJ JJR JJS CD POS".split())
_CLAUSE_JOINERS = w.CLAUSE_OPENERS | frozenset("and or nor then".split())


def _subject_opens_clause(doc: Document, words: list[Word], index: int) -> bool:
    """The verb at ``index`` has its subject, past any auxiliaries and adverbs, at the start of a
    clause: the sentence's start, after punctuation or after a conjunction ("She wants to", "and he
    promised to"). A subject after anything else may close a relative or a free relative ("the
    changes we wanted to", "what I wanted to", "all she ever wanted to", "the prices we usually
    get"), where the 'to' stands for an infinitive left out, and the verb after the 'to' or the
    'get' is the main clause's."""
    at = index - 1
    while at >= 0 and words[at].joined and (words[at].low in w.AUXILIARIES or words[at].low in w.MID_ADVERBS):
        at -= 1
    if at < 0 or not words[at].joined:
        return at < 0  # "Try to …" opens the sentence; a verb after a comma has no subject here
    if words[at].low.replace("’", "'").split("'")[0] not in w.SUBJECT_PRONOUNS:  # 'she', "she'll", "I'd"
        tags = sentence_tags(doc, words)
        if not tags[at].startswith("NN"):
            return False
        while at > 0 and words[at - 1].joined and tags[at - 1] in _SUBJECT_MODIFIER_TAGS:
            at -= 1
    if at == 0 or not words[at - 1].joined:
        return True
    before = words[at - 1].low
    if before == "that" and at > 1 and sentence_tags(doc, words)[at - 2].startswith("NN"):
        return False  # "the results that we get": a relative 'that'
    return before in _CLAUSE_JOINERS


def _noun_after_determiner(words: list[Word], index: int) -> bool:
    """``words[index]`` may be a noun and a determiner or a possessive stands right before it ("its hopes")."""
    if index == 0 or not words[index - 1].joined or "NOUN" not in w.tags(words[index].low):
        return False
    before = words[index - 1].low
    return before in w.DETERMINERS or before in w.POSSESSIVES


def _to_only(words: list[Word], index: int) -> bool:
    """``words[index]`` is a word after which 'to' is an infinitive's, not a preposition: on the list,
    and not a noun ("bringing hope to pockets of despair") unless a pronoun subject comes before it."""
    low = words[index].low
    if low in _WOULD_LIKE:
        return _after_would(words, index)
    if low not in _TO_ONLY_VERBS:
        return False
    if "NOUN" not in w.tags(low) or index == 0:
        return "NOUN" not in w.tags(low)
    before = words[index - 1]
    if before.low in w.SUBJECT_PRONOUNS:
        return True
    # "the department hopes to": a verb's -s form after a singular noun (not "bringing hope to pockets")
    return before.joined and "VBZ" in w.verb_tags(low) and w.is_singular_count_noun(before.low)


def _after_would(words: list[Word], index: int) -> bool:
    """'Would', 'I'd' … stand before ``words[index]``, past one adverb ("would really like to")."""
    back = index - 1
    if back > 0 and words[back].low in w.MID_ADVERBS and words[back].joined:
        back -= 1
    return back >= 0 and words[back].low in _WOULD and words[back].joined


def _past_read_as_verb(doc: Document, words: list[Word], index: int) -> bool:
    """A simple past that is also an adjective or a noun ("left", "found" are verbs only here),
    after 'decided to', 'wanted to' and the like, that the tagger reads as a verb: "decided to
    left early". Not after 'going to' ("going to left field")."""
    verb = words[index + 2].low
    found = w.verb_tags(verb)
    if words[index].low == "going" or "VBD" not in found or not found <= {"VBD", "VBN"}:
        return False
    return sentence_tags(doc, words)[index + 2] in ("VB", "VBD", "VBN")  # after "to" it reads "left" as VB


def _gerund_as_verb(words: list[Word], index: int) -> bool:
    """'Residents are encouraged to recycling as much as they can': after a passive whose 'to' opens an
    infinitive (:data:`_PASSIVES_BEFORE_TO`), an -ing form that no noun follows is the verb (not
    'allowed to smoking areas', a compound noun); after a word whose 'to' is only an infinitive's,
    an -ing form that is a noun too, before its object ("planning to opening a branch")."""
    at = index + 2
    if w.verb_tags(words[at].low) != {"VBG"}:
        return False
    progressive = words[index].low in _TO_ONLY_VERBS and index > 0 and words[index - 1].low in w.BE_FORMS
    if (_to_only(words, index) or progressive) and at + 1 < len(words) and words[at].joined:
        return words[at + 1].low in w.DETERMINERS or words[at + 1].low in w.POSSESSIVES  # "planning to opening a"
    if words[index].low not in _PASSIVES_BEFORE_TO:
        return False
    following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    return not (w.tags(following) & {"NOUN", "ADJ"}) or following in w.PREPOSITIONS or following in w.DETERMINERS


_ACCUSTOMED_BEFORE = w.BE_FORMS | frozenset("get gets got gotten getting become became".split())


def _accustomed_to(words: list[Word], index: int) -> bool:
    """'used' at ``index`` means 'accustomed' ('is used to', 'got used to'): its 'to' is a preposition."""
    return words[index].low == "used" and index > 0 and words[index - 1].low in _ACCUSTOMED_BEFORE


def _noun_next(words: list[Word], at: int) -> bool:
    """A word the tables know as a noun follows ``words[at]`` in its phrase."""
    return at + 1 < len(words) and words[at].joined and "NOUN" in w.tags(words[at + 1].low)


def _infinitive_candidates(doc: Document) -> list[int]:
    """Positions of the list's words, and of each 'to' whose next word is a simple past only: sifted
    on the flat word list, since 'to' is among the commonest words and seldom followed by one."""
    lows = doc.lows
    last = len(lows) - 1
    return [
        position
        for position in positions(doc, _INFINITIVE_TRIGGERS)
        if (
            position < last
            and lows[position] == "to"
            and (_only_past(lows[position + 1]) or _past_or_participle(lows[position + 1]))
        )
        or (position + 1 < last and lows[position + 1] == "to")
    ]


_HAVE_TO = frozenset("have has had need needs needed".split())
_WOULD_LIKE = frozenset("like love hate prefer".split())
"""'Would like to', 'would love to': after 'would' their 'to' is an infinitive's ("I would like to
going" is the slip); alone it may be a preposition's ("what it is like to the north")."""
_WOULD = w.WOULD_FORMS | {"wouldn't"}
_INFINITIVE_TRIGGERS = _TO_VERBS | _TO | _HAVE_TO | _WOULD_LIKE
"""'Have to', 'need to': an infinitive follows ("had to went" is the slip), but these words are
frequent, so only those before 'to' are candidates."""


@lru_cache(maxsize=1 << 14)
def _past_form(low: str) -> bool:
    """A past or a participle that is no noun and no auxiliary ("applied", "went", "submitted")."""
    found = w.verb_tags(low)
    return bool(found) and found <= {"VBD", "VBN"} and "NOUN" not in w.tags(low) and low not in w.AUXILIARIES


def _verb_phrase_next(words: list[Word], at: int) -> bool:
    """A preposition, a determiner, an object pronoun or an adverb in -ly that is only one follows
    ``words[at]``: a verb's phrase ('to recovered fully')."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    after = words[at + 1].low
    return after in w.PREPOSITIONS or after in w.DETERMINERS or after in w.OBJECT_PRONOUNS or w.only_adverb_in_ly(after)


@lru_cache(maxsize=1 << 14)
def _only_past(low: str) -> bool:
    return w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBD"} and low not in w.AUXILIARIES


def _only_finite_after_to(words: list[Word], at: int) -> bool:
    """``words[at]`` (after a 'to') is a simple past and nothing else ("went", "wrote"): neither an
    infinitive 'to' nor a preposition takes it. Not a form in -s: the tables know "logs" only as a
    verb ("access to logs")."""
    if at >= len(words) or not words[at - 1].joined or words[at - 2].low in _TO_VERBS | _HAVE_TO:
        return False  # "decided to went" is the list's, reported once
    before = words[at - 2].low
    if w.verb_tags(before) & {"VBD", "VBN"} and before != "used" and not _told_to(words, at - 2):
        return False  # "everyone I had talked to knew": a 'to' left at the end of a relative clause
    if _past_or_participle(words[at].low) and (_told_to(words, at - 2) or before == "used"):
        return _object_after(words, at)  # "visitors are asked to kept their tickets", "used to told us stories"
    return _only_past(words[at].low)


@lru_cache(maxsize=1 << 14)
def _past_or_participle(low: str) -> bool:
    """A form that is only a verb's past and participle ("kept", "made", "told")."""
    return w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBD", "VBN"} and low not in w.AUXILIARIES


def _object_after(words: list[Word], at: int) -> bool:
    """A determiner or an object pronoun follows ``words[at]``: its object ("to kept their tickets")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    following = words[at + 1].low
    return following in w.DETERMINERS or following in w.OBJECT_PRONOUNS


_TOLD = frozenset(
    """told asked ordered forced allowed urged encouraged advised instructed required permitted obliged
    persuaded warned expected taught directed compelled""".split()
)
"""Participles whose passive takes an infinitive ("we were told to go home"): after 'be' and one of
them, 'to' is the infinitive's, not one left at the end of a relative clause. Not 'invited',
'introduced', 'sent' ("the party I was invited to went well")."""


def _told_to(words: list[Word], at: int) -> bool:
    """``words[at]`` is one of :data:`_TOLD` right after a form of 'be': "were told to went"."""
    return words[at].low in _TOLD and at > 0 and words[at - 1].low in _BE_FORMS and words[at - 1].joined


_BEEN = frozenset(("been",))
_BE_FORMS = frozenset("is are was were being am".split())
"""Not "be": "should old acquaintance be forgot" keeps an old participle in verse and song."""
_DO_FORMS = frozenset("do does did done doing".split())


_PASSIVE_FOLLOWERS = frozenset("by yesterday today tonight last later earlier in on at during after before".split())
"""Words that follow a passive verb ("was introduced yesterday", "was built in 1920"); a verb or
adjective after 'is' with none of them after it ("is complete.") is left alone."""


def _passive_participle(doc: Document, words: list[Word], at: int) -> str | None:
    """The participle for a verb after 'is', 'was' … that cannot stand there ("was introduce
    yesterday", "is cause by"), checked harder than after 'been': the tagger must read a verb, a
    passive's usual company must follow ('by', 'in', 'yesterday' …), and a word that is also a noun
    or an adjective ("is cause for concern") needs 'by'."""
    verb = words[at]
    tags = w.verb_tags(verb.low)
    if not tags or not tags <= {"VB", "VBP", "VBD"} or verb.low.endswith("ed") or verb.low in w.AUXILIARIES:
        return None  # "equaled": a participle the tables spell otherwise; "is was": a typo of another kind
    if verb.low in _ADJECTIVES_TOO:
        return None  # "once all fields are complete by then": the adjective
    if not w.tags(verb.low) <= {"VERB", "NOUN", "ADJ"}:
        return None  # "are down by 90 percent": an adverb first
    following = words[at + 1].low if at + 1 < len(words) and verb.joined else ""
    plain = _plain_irregular_past(words, at)
    if following != "by" and (w.tags(verb.low) & {"NOUN", "ADJ"} or following not in _PASSIVE_FOLLOWERS) and not plain:
        return None  # "is cause for concern", "is complete.": only a passive's usual company decides
    if not plain and sentence_tags(doc, words)[at] not in ("VB", "VBP", "VBD", "VBN"):
        return None  # (an irregular past that is only a verb needs no tagger: it reads "was stole" as JJ)
    for lemma in w.verb_lemmas(verb.low):
        form = w.verb_form(lemma, "VBN")
        if form and form != verb.low:
            return form
    return None


_FREE_RELATIVE = frozenset("what whatever who whoever whom how where why which that".split())


def _plain_irregular_past(words: list[Word], at: int) -> bool:
    """An irregular simple past that is only a verb ("took", "gave", "began") after 'was' or 'were'
    needs no company to show the slip ("he was took to hospital"), unless a wh-word or 'that'
    before it may make 'it was' a clause of its own ("whatever it was took hours")."""
    low = words[at].low
    if w.tags(low) != {"VERB"} or w.verb_tags(low) != {"VBD"} or low not in _IRREGULAR_PASTS:
        return False
    if at > 1 and words[at - 2].low in _RELATIVE_SUBJECTS and words[at - 2].joined:
        return True  # "the van, which was stole from a driveway": the relative is the subject of 'was'
    return not any(word.low in _FREE_RELATIVE for word in words[max(0, at - 30) : at])


_RELATIVE_SUBJECTS = frozenset(("which", "who", "that"))


_IRREGULAR_PASTS = frozenset(form.past for form in IRREGULAR.values() if form.past != form.participle)


def _only_irregular_past(low: str) -> bool:
    """'took', 'gave', 'stole': a simple past that is nothing else and no participle of any verb
    in the table ('got' is one: "it must be got right")."""
    return low in _PASTS_NOT_PARTICIPLES and w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBD"}


_PASTS_NOT_PARTICIPLES = frozenset(
    past for form in IRREGULAR.values() for past in form.past.split("/") if past not in form.participle.split("/")
) - frozenset(participle for form in IRREGULAR.values() for participle in form.participle.split("/"))
_BE = frozenset(("be",))
_BE_TRIGGERS = _BEEN | _BE_FORMS | _BE
_BEFORE_BE = w.MODALS | w.NEGATED_MODALS | frozenset(("to",))


@lru_cache(maxsize=1 << 14)
def _maybe_unparticipled(low: str) -> bool:
    """A word that may be the bare or past form this rule looks for after 'been', 'is', 'be' (the sift)."""
    found = w.verb_tags(low)
    return low == "do" or (bool(found) and found <= {"VB", "VBP", "VBD"})


def _be_after_modal(words: list[Word], index: int) -> bool:
    """'Be' at ``index`` follows a modal or 'to' (past one adverb): "should be", "will not be", "to be"."""
    back = index - 1
    if back >= 0 and words[back].low in w.MID_ADVERBS and words[back].joined:
        back -= 1
    return back >= 0 and words[back].joined and words[back].low in _BEFORE_BE


def _no_passive(low: str) -> bool:
    """A form of a verb that has no passive ("depend", "belong"): grammar.no-passive reports it
    after 'be', with the tense 'be' carried ("is depend on" → "depends on")."""
    return any(lemma in NEVER_PASSIVE for lemma in w.verb_lemmas(low))


def _after_do(words: list[Word], index: int) -> bool:
    """A form of 'do' earlier in the sentence: "what we did was ask", "all you do is wait"."""
    return any(word.low in _DO_FORMS for word in words[:index])


_PASTS_ALSO_NOUNS = frozenset(("drove", "spoke"))
"""Simple pasts that are nouns too, whose nouns ('a drove of cattle', a wheel's spoke) stand after no 'been'
or 'was' without an article: "had been drove", "was spoke to" are the slips for 'driven', 'spoken'."""


def _participle(word: Word) -> str | None:
    """The past participle for a bare or simple-past verb form that cannot be a participle itself
    ("introduce", "gave", "wrote"), else None."""
    tags = w.verb_tags(word.low)
    if not tags or "VBN" in tags or "VBG" in tags or "VBZ" in tags or not tags <= {"VB", "VBP", "VBD"}:
        return None
    if ("NOUN" in w.tags(word.low) and word.low not in _PASTS_ALSO_NOUNS) or "ADJ" in w.tags(word.low):
        return None  # (a noun or an adjective may follow 'be': "has been cause for concern")
    if word.low.endswith("ed"):
        return None  # "been spelled": a regular past is a participle too, whatever the tables list
    for lemma in w.verb_lemmas(word.low):
        form = w.verb_form(lemma, "VBN")
        if form and form != word.low:
            return form
    return None


_BEEN_AFTER = frozenset("by twice already yet properly correctly off out".split())
"""Words that follow a passive participle after 'been' ("has been blocked twice", "has been
turned off"), not a predicate noun ("has been cause for concern", "the focus has been design
since 2010")."""


def _web_been_participle(words: list[Word], index: int, at: int) -> bool:
    """A verb-or-noun after 'been' that the web never writes there, though it writes its participle
    ('been paid', not 'been pay'), at the clause's end or before a passive's company
    (:data:`_BEEN_AFTER`): "the bill has been pay.", "the road has been block since noon". Not after
    'there' ("there has been change"), nor a word the web writes after 'been' ("been home", "been fun")."""
    low = words[at].low
    tags = w.verb_tags(low)
    if not tags or not tags <= {"VB", "VBP"} or not w.tags(low) <= {"VERB", "NOUN", "ADJ"} or low in w.AUXILIARIES:
        return False
    if low in _ADJECTIVES_TOO or low.endswith("ed") or not words[index].joined:
        return False
    if at + 1 < len(words) and words[at].joined:
        if words[at + 1].low not in _BEEN_AFTER or (at + 2 < len(words) and words[at + 2].low == "and"):
            return False  # "the issue has been cost by and large"
    elif not _plural_noun_have(words, index):
        return False  # "the theme has been change.": a singular subject's predicate noun
    if any(word.low == "there" for word in words[max(0, index - 4) : index]):
        return False  # "there has been change": the noun
    participle = _inflected(low, "VBN")
    if not participle or web_pair_count("been", low) is not None:
        return False
    if web_pair_count("is", low) is not None and not _participle_usual(low):
        return False  # "their lives have been work", "the results have been change": a predicate noun
    return web_pair_count("been", participle) is not None


def _plural_noun_have(words: list[Word], index: int) -> bool:
    """'Been' at ``index`` follows 'have' or 'had' after a plural noun ("the dishes have been …",
    "tickets had been …"): a predicate noun without an article there is rare ("the dishes have been
    wash."), unlike after a singular subject ("the theme has been change.")."""
    if index < 2 or words[index - 1].low not in ("have", "had") or not words[index - 2].joined:
        return False
    noun = words[index - 2].low
    return noun.endswith("s") and not noun.endswith("ss") and "NOUN" in w.tags(noun)


def _t_participle(written: str, participle: str) -> bool:
    """'spilt' for 'spilled', 'burnt', 'learnt', 'dreamt', 'spelt', 'leapt', 'lit' for 'lighted': the
    British or older '-t' form of a verb whose regular '-ed' form is offered is its participle too
    ("the milk has been spilt"); not a bare verb in -t ('submit' for 'submitted')."""
    if not written.endswith("t") or not participle.endswith("ed"):
        return False
    return participle in (written[:-1] + "ed", written[:-1] + "led") or bool(w.verb_tags(written) & {"VBD", "VBN"})


_SPOKEN_PARTICIPLES = {"beat": "beaten", "bit": "bitten"}
"""Participles of speech that the word tables list beside the written ones."""
_SPOKEN = frozenset(_SPOKEN_PARTICIPLES)


class BeenParticiple(GrammarRule):
    id = "grammar.been-participle"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A bare or past-tense verb after 'been' or 'is', 'was': 'has been introduce', 'was gave', 'is cause by'."
    why = (
        "'Been', and 'is', 'was', 'were' in the passive, take the past participle: 'has been introduced', "
        "'was given', 'is caused by'. A form that cannot be a participle, a noun or an adjective "
        "('introduce', 'gave', 'wrote') is a slip, and so is a verb-or-noun after 'been' that the web "
        "never writes there though it writes its participle ('the bills have been pay', 'has been "
        "block twice'): after a plural noun and 'have' at the clause's end, or before 'by', 'twice', "
        "'already', 'yet', 'off', 'out' (not 'there has been change', 'the theme has been change'). "
        "Left alone: a sentence with 'do' before the verb "
        "('all we did was wait' takes the bare verb), and quotations. The 'get' passive takes the "
        "participle too ('got stolen', not 'got stole'), and so does 'is being' ('is being built'), and a "
        "gerund 'being' before a verb with its object ('tired of being asked the same question')."
    )
    bad = (
        "The program has been introduce.",
        "The gift had been gave.",
        "The software was introduce yesterday.",
        "The delay is cause by a bug, and the letters were wrote by hand.",
        "The homework should be do first, and the plan will be introduce next week.",
        "He will be took to court, and the money must be gave back.",
        "The report has been finish by the staff.",
        "He was took to hospital and they were gave a warning.",
        "The money was stole from the safe.",
        "My bike got stole last night, and the bridge is being build now.",
        "The goalkeeper was visibly shook after the collision.",
        "The van, which was stole from a driveway, was found burnt out.",
        "She was tired of being ask the same question.",
        "The bills have been pay, and the road has been block twice.",
        "The show was cancelled because not enough tickets had been sell.",
        "All applications must be submit by Friday.",
        "The incumbent was beat by nearly 2,000 votes, and he was bit by a dog.",
        "The stolen car had been drove across state lines, and the manager has been spoke to twice.",
    )
    good = (
        "The present she got gave her hope; whatever he got took hours; he got broke after the trip.",
        "The cattle were a drove; it was a spoke of the wheel; she has been a drove of one.",
        "What is being home like? The best part is being boss.",
        "The program has been introduced.",
        "The gift had been given.",
        "All men are equal by law; the cause is clear.",
        "All we did was sit and wait; what you do is ask.",
        "It will be make or break; should old acquaintance be forgot; we need to be home.",
        "The work won't be complete until it can be learnt by heart.",
        "It has been work for years, and it has been fun by all accounts.",
        "Whatever it was took hours; what he was became clear.",
        "It should have been spelled out once all fields are complete by noon.",
        "It will be learnt in time; the lamps will be lit; it must be got right; should old acquaintance be forgot.",
        "The milk has been spilt, the toast has been burnt and the poem has been learnt by heart.",
        "He enjoys being boss of the team; being there the whole day was hard; being part of it is fun.",
        "The theme has been change; their lives have been work; there has been change since 2010.",
        "The delay was visibly upsetting; the rise is largely cause for concern; the pitch was badly cut up.",
        "I was beat after the race; it was a bit by bit process.",
        "The caves are lit by lanterns, and the motion was carried; it has been split in two.",
        "They were completely broke by the end of the trip.",
    )
    fixed = (
        "The program has been introduced.",
        "The gift had been given.",
        "The software was introduced yesterday.",
        "The delay is caused by a bug, and the letters were written by hand.",
        "The homework should be done first, and the plan will be introduced next week.",
        "He will be taken to court, and the money must be given back.",
        "The report has been finished by the staff.",
        "He was taken to hospital and they were given a warning.",
        "The money was stolen from the safe.",
        "My bike got stolen last night, and the bridge is being built now.",
        "The goalkeeper was visibly shaken after the collision.",
        "The van, which was stolen from a driveway, was found burnt out.",
        "She was tired of being asked the same question.",
        "The bills have been paid, and the road has been blocked twice.",
        "The show was cancelled because not enough tickets had been sold.",
        "All applications must be submitted by Friday.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [  # sifted on the flat word list: 'is', 'was', 'be' are frequent, a bare verb after them rare
            position
            for position in positions(doc, _BE_TRIGGERS)
            if position < last
            and (
                _maybe_unparticipled(lows[position + 1])
                or (
                    position + 1 < last
                    and w.between_adverb(lows[position + 1])
                    and _maybe_unparticipled(lows[position + 2])
                )
            )
        ]
        for words, index in occurrences(doc, _SPOKEN):
            finding = self._spoken_participle(words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        got = [  # "got stole": the 'get' passive, its own sift
            position
            for position in positions(doc, _GET_FORMS)
            if position < last and _only_irregular_past(lows[position + 1])
        ]
        for words, index in places(doc, got):
            finding = self._got_past(doc, words, index)
            if finding is not None:
                yield finding
        for words, index in places(doc, candidates):
            if words[index].low == "be" and not _be_after_modal(words, index):
                continue  # "should old acquaintance be forgot": only 'will be', 'to be' are read
            at = index + 1
            if at < len(words) and w.between_adverb(words[at].low) and words[index].joined:
                at += 1  # "was visibly shook"
            if at >= len(words) or not words[at - 1].joined or words[at].capitalised:
                continue
            verb = words[at]
            passive = words[index].low in _BE_FORMS
            if w.repeated_around(words, at):
                continue  # "our rooms were side by side": a set phrase, no verb
            if _no_passive(verb.low):
                continue  # "is depend on", "been happen": grammar.no-passive drops 'be' instead
            if verb.low == "broke" and index > 0 and words[index - 1].low in w.PERSON_SUBJECTS:
                continue  # "they were completely broke": without money, an adjective
            participle = _passive_participle(doc, words, at) if passive else _participle(verb)
            if participle is None and _progressive_being(words, index):
                participle = _being_participle(doc, words, at)  # "is being build now"
            if participle is None and words[index].low == "being" and _being_object(words, at):
                participle = _being_participle(doc, words, at, tagged=False)  # "hates being tell what to do"
            if participle is None and words[index].low == "been" and at + 1 < len(words):
                participle = _passive_participle(doc, words, at)  # "has been finish by noon": 'by' shows the verb
            if participle is None and words[index].low == "been" and _web_been_participle(words, index, at):
                participle = _inflected(verb.low, "VBN")  # "the bill has been pay.", "has been block since noon"
            past = "VBD" in w.verb_tags(verb.low) and not _only_irregular_past(verb.low)  # "will be took" is checked
            if words[index].low == "be" and (verb.low in _ADJECTIVES_TOO or verb.low == "be" or past):
                continue  # "won't be complete", "must be learnt", "will be always be": not this slip
            if participle is None and words[index].low == "be" and verb.low == "do":
                participle = "done"  # "should be do first"
            if participle is None or _t_participle(verb.low, participle):
                continue
            if passive and (_after_do(words, index) or in_quotes(doc, words[index].start)):
                continue  # "all we did was sit and wait": the pseudo-cleft takes the bare verb
            fixed = match_case(participle, verb.text)
            yield self.replace_word(verb, fixed, f"After '{words[index].text}', use the participle '{fixed}'.")

    def _spoken_participle(self, words: list[Word], index: int) -> Finding | None:
        """'was beat by nearly 2,000 votes', 'was bit by a dog': a passive with its agent takes the
        written participle ('beaten', 'bitten'); the spoken one is listed as a participle too, and
        'I was beat' (tired) has no 'by'."""
        if index == 0 or index + 1 >= len(words) or words[index - 1].low not in _BE_FORMS:
            return None
        if not (words[index - 1].joined and words[index].joined) or words[index + 1].low != "by":
            return None
        verb = words[index]
        fixed = match_case(_SPOKEN_PARTICIPLES[verb.low], verb.text)
        return self.replace_word(verb, fixed, f"After '{words[index - 1].text}' and before 'by', write '{fixed}'.")

    def _got_past(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'My bike got stole', 'he gets took for a fool': the 'get' passive takes the participle too;
        not a clause that ends in 'got' before the sentence's own verb ("the present she got gave
        her hope", "whatever he got took hours")."""
        get, verb = words[index], words[index + 1]
        if not get.joined or verb.capitalised or in_quotes(doc, verb.start):
            return None
        if any(word.low in _FREE_RELATIVE for word in words[max(0, index - 30) : index]):
            return None
        if index >= 2 and words[index - 1].low in w.SUBJECT_PRONOUNS and words[index - 2].low not in _CLAUSE_EDGE:
            return None  # "the present she got gave …": a relative clause without 'that'
        participle = _participle(verb)
        if participle is None:
            return None
        fixed = match_case(participle, verb.text)
        return self.replace_word(verb, fixed, f"After '{get.text}', use the participle '{fixed}'.")


_GET_FORMS = frozenset("get gets got gotten getting".split())
_CLAUSE_EDGE = w.CLAUSE_OPENERS | frozenset("and or so then".split())
"""Words before a pronoun subject that start its clause ("and she got took"), unlike a noun
("the present she got gave her hope": a relative clause without 'that')."""


def _progressive_being(words: list[Word], index: int) -> bool:
    """'Being' at ``index`` follows 'is', 'was' … directly: the progressive passive ("is being built")."""
    return (
        words[index].low == "being"
        and index > 0
        and words[index - 1].joined
        and words[index - 1].low in _BE_FORMS - {"being"}
    )


_BEING_OBJECTS = w.OBJECT_PRONOUNS | w.ARTICLES | frozenset("what how where when why".split())
"""Words that open the object or the question a bare verb after 'being' takes ("being tell what to do",
"being give them orders"): a noun after 'being' ("being boss") takes none of them."""


def _being_object(words: list[Word], at: int) -> bool:
    """A verb-or-noun after 'being' at ``at`` is followed by an object pronoun, an article or a
    question word: it is a verb, whose passive wants the participle."""
    return at + 1 < len(words) and words[at].joined and words[at + 1].low in _BEING_OBJECTS


def _being_participle(doc: Document, words: list[Word], at: int, tagged: bool = True) -> str | None:
    """The participle for a bare verb after 'is being' ("is being build now"): the word may be a
    noun too, but only if the tagger reads a verb ("what is being home like?" stays quiet), or,
    without ``tagged``, when the caller has seen its object."""
    verb = words[at]
    tags = w.verb_tags(verb.low)
    if not tags or not tags <= {"VB", "VBP"} or "ADJ" in w.tags(verb.low) or verb.low in w.AUXILIARIES:
        return None
    if tagged and sentence_tags(doc, words)[at] not in ("VB", "VBP", "VBN", "VBD"):
        return None
    for lemma in w.verb_lemmas(verb.low):
        form = w.verb_form(lemma, "VBN")
        if form and form != verb.low:
            return form
    return None


_VERB_TWINS = {
    "breath": "breathe",
    "bath": "bathe",
    "cloth": "clothe",
    "advice": "advise",
    "device": "devise",
    "belief": "believe",
    "proof": "prove",
    "choice": "choose",
    "relief": "relieve",
    "grief": "grieve",
    "life": "live",
    "success": "succeed",
}
"""Nouns whose verb is spelt a letter or two apart: after a modal only the verb can stand."""
_NOUN_TWINS = {verb: noun for noun, verb in _VERB_TWINS.items() if verb != "live"} | {
    "believes": "beliefs",
    "lose": "loss",
    "loses": "losses",
}
"""The same pairs the other way ("my strong believe"); not "live", which is an adjective too
("the live feed"). Spelling variants that are nouns and verbs in British English ("licence",
"practise") are not twins here."""
_NOUN_TWIN_WORDS = frozenset(_NOUN_TWINS)
_VERB_SLOTS = w.MODALS | w.NEGATED_MODALS | frozenset("don't doesn't didn't don’t doesn’t didn’t to i we they".split())
_SUBJECTS = frozenset("i we they".split())
_BETWEEN_ADVERBS = frozenset(
    "barely hardly scarcely never always still just really even also simply finally easily".split()
)
"""Adverbs that stand between a modal or a subject and its verb ("could barely breathe"); a noun
after one is no likelier to be right than right after the modal."""
_NOT_SLOTS = _VERB_SLOTS - _SUBJECTS - {"to"}


class NounForVerb(GrammarRule):
    id = "grammar.noun-for-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A noun where its verb twin is needed: 'could not breath', 'to advice', 'would no go'."
    why = (
        "'Breath', 'advice', 'belief' and 'life' are nouns; the verbs are 'breathe', 'advise', 'believe' "
        "and 'live'. After 'can', 'could', 'don't', an infinitive 'to' or a subject 'I', 'we', 'they' "
        "only the verb can stand. 'No' before a bare verb after a modal is a slip for 'not' ('she could "
        "no hear'); 'could no longer' is right. A noun made from a verb ('-tion', '-sion', '-ment', "
        "'-ance', '-al', '-ure' …) that is nothing but a noun, right after a modal that follows its "
        "subject, is that verb: 'the council will expansion the car park' → 'expand', 'we cannot "
        "decision yet' → 'decide' (offered, not applied; a question's subject after the modal, 'Will "
        "expansion help?', and the noun 'will' are left alone). So is one after a 'to' that can only "
        "open an infinitive ('want to', 'decided to', 'is expected to'), before an object or a phrase: "
        "'expected to announcement her decision' → 'announce' (not 'committed to investment in')."
    )
    bad = (
        "She could not breath.",
        "We can't breath under water.",
        "I want to advice you.",
        "She could no hear you.",
        "We belief that this is wrong.",
        "I life in Moscow.",
        "It is hard to breath in the smoke.",
        "Breath deeply and relax.",
        "Doctors advice patients to drink more water.",
        "Most experts advice against buying now, and many scientists belief them.",
        "He could barely breath after the climb.",
        "Lawyers advice their clients to stay silent.",
        "The council will expansion the car park, and we cannot decision yet.",
        "The governor is expected to announcement her decision, and the plan will reduction costs.",
        "They decided to investment in bonds; the board voted to approval the plan.",
        "Take a moment to breath and enjoy the view.",
        "Fans could finally breath again when the referee waved the appeal away.",
        "Health officials advice residents to stay indoors, and police advice drivers to slow down.",
    )
    good = (
        "She held her breath; the advice was good.",
        "Life slowly returned to normal. Breath quickly fogged the glass.",
        "She could no longer hear, and it will no doubt end.",
        "Take a breath to calm down. They gave us advice; we, life-long fans, cheered.",
        "I, Claudius, was a novel; they success-fully did it.",
        "Type I life jackets; i breath, ii heartbeat.",
        "Doctors advice is clear; the parents advice the school gave was ignored; users advice forums help.",
        "Engineers device drivers for printers; the rules of doctors advice them little.",
        "We still hold our breath; lawyers give advice their clients can use.",
        "He could just breathe, and we never life-proof a phone.",
        "Can advice ever be neutral? Will device prices fall? Why would belief alone cure you?",
        "Will expansion help? Free will arguments never end, and only then will production begin.",
        "We are committed to investment in schools; it is due to expansion.",
        "Free will arguments never end; the trash can placement matters; the new will reduction costs.",
        "We took a deep breath and held it; the road to success is long, and the key to success is patience.",
        "The health officials advice was clear, and the rules of health officials advice them little.",
    )
    fixed = (
        "She could not breathe.",
        "We can't breathe under water.",
        "I want to advise you.",
        "She could not hear you.",
        "We believe that this is wrong.",
        "I live in Moscow.",
        "It is hard to breathe in the smoke.",
        "Breathe deeply and relax.",
        "Doctors advise patients to drink more water.",
        "Most experts advise against buying now, and many scientists believe them.",
        "He could barely breathe after the climb.",
        "Lawyers advise their clients to stay silent.",
        "The council will expansion the car park, and we cannot decision yet.",
        "The governor is expected to announcement her decision, and the plan will reduction costs.",
        "They decided to investment in bonds; the board voted to approval the plan.",
        "Take a moment to breathe and enjoy the view.",
        "Fans could finally breathe again when the referee waved the appeal away.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._imperatives(doc)
        yield from self._after_plural_subjects(doc)
        yield from self._derived_after_modal(doc)
        yield from self._derived_after_to(doc)
        for words, index in occurrences(doc, _VERB_SLOTS):
            slot = index + 1
            if slot < len(words) and words[slot].low == "not" and words[index].joined:
                slot += 1
            if slot + 1 < len(words) and words[slot].low in _BETWEEN_ADVERBS and words[slot - 1].joined:
                slot += 1  # "could barely breath", "we really belief"
            if slot >= len(words) or not words[slot - 1].joined:
                continue
            word = words[slot]
            verb = _VERB_TWINS.get(word.low)
            if word.low == "no" and words[index].low in _NOT_SLOTS and slot + 1 < len(words) and word.joined:
                after = words[slot + 1].low
                verb = "not" if w.verb_tags(after) & {"VB"} and "NOUN" not in w.tags(after) else None
            if verb is None or word.capitalised or not _plain_subject(words, index):
                continue
            if word.low != "no" and _asks(words, index):
                continue  # "Can advice ever be neutral?", "Will device prices fall?": the question's subject
            if words[index].low == "to" and word.low in _VERB_TWINS and not _infinitive_to(words, index):
                continue  # "take a breath to calm", "used to advice"? only an infinitive 'to'
            if _twin_verb_of_its_own(words, slot):
                continue  # "We bath the baby" (British), "You should proof your essay": verbs themselves
            fixed = match_case(verb, word.text)
            yield self.replace_word(word, fixed, f"After '{words[index].text}', write '{fixed}'.")

    def _after_plural_subjects(self, doc: Document) -> Iterator[Finding]:
        """A twin noun after a plural noun that opens its clause, before an object that only a verb
        takes: "Doctors advice patients to rest", "Most experts advice against it", "Scientists
        belief them". Not "doctors advice is clear" (the possessive without its apostrophe), "the
        parents advice the school gave": no object pronoun, 'against' or person and 'to' follows."""
        for words, index in occurrences(doc, _SUBJECT_TWINS):
            word = words[index]
            if index == 0 or not words[index - 1].joined or not word.joined or word.capitalised:
                continue
            subject = words[index - 1].low
            plural = w.is_any_plural(subject) or subject == "police"
            if not plural or (words[index - 1].capitalised and index > 1):
                continue
            start = index - 1
            if _compound_modifier(words, start - 1):
                start -= 1  # "Health officials advice residents to stay indoors": a noun before the subject's
            opener = words[start - 1].low if start >= 1 and words[start - 1].joined else ""
            if start >= 1 and opener not in _PLURAL_SUBJECT_OPENERS:
                continue  # "the rules of doctors advice …", "between the parents advice …"
            if not _verb_object_follows(words, index) or in_quotes(doc, word.start):
                continue
            fixed = match_case(_VERB_TWINS[word.low], word.text)
            message = f"After the subject '{words[index - 1].text}', the verb is '{fixed}', not the noun '{word.text}'."
            yield self.replace_word(word, fixed, message)

    def _derived_after_modal(self, doc: Document) -> Iterator[Finding]:
        """A noun made from a verb, and nothing but a noun, right after a modal that follows its
        subject: "the school will extension its hours", "we should discussion this", "I cannot
        decision" ('extend', 'discuss', 'decide': the verb is found by taking off the noun's ending,
        '-sion', '-tion', '-ment', '-ance', '-al', '-ure' …, and looking the rest up). The modal must
        follow a pronoun or a word the tagger reads as a noun, so a question ("Will inflation fall?",
        "never again will pollution be ignored") and the noun 'will' ("free will debates") are left alone."""
        for words, index in places(doc, _derived_after(doc, _MODAL_SLOTS)):
            slot = index + 1
            if index == 0 or slot >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            noun = words[slot]
            verb = _verb_for_derived_noun(noun)
            if verb is None or words[index].capitalised or in_quotes(doc, noun.start):
                continue
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("MD") or not (
                words[index - 1].low in w.SUBJECT_PRONOUNS or tags[index - 1] in ("NN", "NNS", "NNP", "NNPS")
            ):
                continue
            if _modal_as_noun(words, index) and _subject_head(words, slot):
                continue  # "the trash can placement matters": the noun 'can' and a compound subject
            yield self._derived(noun, verb, words[index].text)

    def _derived_after_to(self, doc: Document) -> Iterator[Finding]:
        """A noun made from a verb, and nothing but a noun, after a 'to' that can only open an
        infinitive ('want to', 'decided to', 'is expected to': :data:`_TO_ONLY_VERBS`), before an
        object or a phrase: "is expected to announcement her decision" ('announce'), "decided to
        investment in bonds" ('invest'), "tried to persuasion them" ('persuade'). Not after a 'to'
        that takes a noun ("committed to investment in", "due to expansion")."""
        for words, index in places(doc, _derived_after(doc, _TO)):
            slot = index + 1
            if index == 0 or slot + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            noun, following = words[slot], words[slot + 1]
            if words[index - 1].low not in _DERIVED_TO_VERBS or not noun.joined or following.low not in _AFTER_VERB:
                continue
            verb = _verb_for_derived_noun(noun)
            if verb is None or in_quotes(doc, noun.start):
                continue
            yield self._derived(noun, verb, f"{words[index - 1].text} to")

    def _derived(self, noun: Word, verb: str, slot: str) -> Finding:
        """The finding for a noun made from ``verb`` where the verb belongs, after ``slot``."""
        fixed = match_case(verb, noun.text)
        message = f"After '{slot}' a verb is needed: '{fixed}', not the noun '{noun.text}'."
        return self.replace_word(noun, fixed, message, FixSafety.UNSAFE)

    def _imperatives(self, doc: Document) -> Iterator[Finding]:
        """A twin noun opening a sentence before a manner adverb that ends its clause: "Breath
        deeply and relax." (an order). Not "Life slowly returned": a verb follows the adverb."""
        for words, index in occurrences(doc, _IMPERATIVE_TWINS):
            word = words[index]
            if index != 0 or not word.joined or len(words) < 2 or not words[1].low.endswith("ly"):
                continue
            after = words[2].low if words[1].joined and len(words) > 2 else ""
            if after not in ("", "and", "in", "out", "through", "now", "again") or "ADV" not in w.tags(words[1].low):
                continue
            fixed = match_case(_VERB_TWINS[word.low], word.text)
            message = f"An order takes the verb: '{fixed}', not the noun '{word.text}'."
            yield self.replace_word(word, fixed, message)


_MODAL_SLOTS = w.MODALS | w.NEGATED_MODALS | frozenset(("cannot",))
_DERIVED_SUFFIXES = (
    ("ration", ("rate", "re", "er")),
    ("ation", ("", "e", "ate")),
    ("ition", ("", "e")),
    ("ssion", ("ss",)),
    ("sion", ("d", "de", "se")),
    ("tion", ("t", "te", "e")),
    ("ment", ("",)),
    ("iance", ("y",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ial", ("y",)),
    ("al", ("", "e")),
    ("ure", ("", "e")),
    ("th", ("",)),
)
"""Endings of nouns made from verbs, and what the verb ends in instead ('registration' → 'register',
'creation' → 'create', 'expansion' → 'expand', 'denial' → 'deny')."""
_DERIVED_ENDINGS = tuple(suffix for suffix, _ in _DERIVED_SUFFIXES)
_SUBJECT_VERB_TAGS = frozenset(("VBZ", "VBD"))
"""Tags of a word that can only be a subject's verb after a noun (:func:`_subject_head`)."""


_AFTER_VERB = (w.DETERMINERS | w.POSSESSIVES | w.OBJECT_PRONOUNS | w.PREPOSITIONS | w.CARDINALS) - {"of", "to"}
"""Words that open a verb's object or a phrase after it ("to announcement her decision", "to investment
in"): not 'of', which a noun takes, nor 'to' ("to adjustment to")."""
_DERIVED_TO_VERBS = _TO_ONLY_VERBS | frozenset(("voted",))
"""Words after which 'to' opens an infinitive, for :meth:`NounForVerb._derived_after_to` ("voted to
approval the plan")."""
_MODAL_NOUN_BEFORE = frozenset("trash garbage soda oil watering tin beer paint rubbish".split())


def _modal_as_noun(words: list[Word], index: int) -> bool:
    """The modal at ``index`` may be a noun of a compound: 'can' after a word that names one ('trash
    can', 'watering can'), 'will' or 'must' after an adjective ('free will', 'a must'). "The plan will
    reduction costs" has no such noun: 'will' is the modal."""
    modal, before = words[index].low, words[index - 1].low
    if "NOUN" not in w.tags(modal):
        return False
    if modal == "can":
        return before in _MODAL_NOUN_BEFORE or "ADJ" in w.tags(before)
    return "ADJ" in w.tags(before) or before in w.ARTICLES


def _subject_head(words: list[Word], slot: int) -> bool:
    """The noun at ``slot`` (maybe with one more noun after it) is followed by a word that can only
    be read as its verb, in -s or the past ("the trash can placement matters", "the soda can
    collection drive raised £200"): the noun heads a subject, and the modal before it is the noun
    'can', 'will' or 'must' of a compound (asked only after a modal that is also a noun). The tagger,
    after a modal, reads the next words as verbs, so the lexicon is asked."""
    at = slot + 1
    for _ in range(2):
        if at >= len(words) or not words[at - 1].joined:
            return False
        if w.verb_tags(words[at].low) & _SUBJECT_VERB_TAGS and words[at].low not in w.PREPOSITIONS:
            return True
        if "NOUN" not in w.tags(words[at].low) or "ADJ" in w.tags(words[at].low) or words[at].low in w.DETERMINERS:
            return False
        at += 1  # "collection drive raised"
    return False


def _derived_after(doc: Document, slots: frozenset[str]) -> list[int]:
    """Where one of ``slots`` stands before a word with an ending of a noun made from a verb (sifted on
    the flat word list: a few in a thousand)."""
    lows = doc.lows
    last = len(lows) - 1
    return [p for p in positions(doc, slots) if p < last and lows[p + 1].endswith(_DERIVED_ENDINGS)]


def _verb_for_derived_noun(noun: Word) -> str | None:
    """The verb a noun in small letters is made from, when the noun is nothing but a singular noun
    ('announcement' → 'announce'; not 'plans', 'total', a name)."""
    if noun.capitalised or w.tags(noun.low) != {"NOUN"} or w.is_plural_noun(noun.low):
        return None
    return _verb_of_derived(noun.low)


def _verb_of_derived(low: str) -> str | None:
    """The bare verb a noun in '-tion', '-ment', '-al' … is made from, when the word tables know one."""
    for suffix, endings in _DERIVED_SUFFIXES:
        if not low.endswith(suffix) or len(low) - len(suffix) < 3:
            continue
        stem = low[: -len(suffix)]
        for ending in endings:
            candidate = stem + ending
            if "VB" in w.verb_tags(candidate) and "VERB" in w.tags(candidate):
                return candidate
    return None


_PROOFED = frozenset(
    "essay essays document documents text texts copy page pages manuscript draft drafts article articles paper "
    "papers report letter book thesis dough bread loaf".split()
)
"""What one proofs (reads for errors, or leaves to rise): 'proof your essay', 'proof the dough'."""


def _twin_verb_of_its_own(words: list[Word], slot: int) -> bool:
    """The twin at ``slot`` is a verb itself here: 'bath' before its object (British: "We bath the
    baby", "I will bath him"; not "to bath in the evening"), 'proof' before a text or dough that a
    determiner opens ("You should proof your essay"; not "prove your point")."""
    word = words[slot].low
    if slot + 1 >= len(words) or not words[slot].joined:
        return False
    following = words[slot + 1].low
    if word == "bath":
        return following in w.DETERMINERS or following in w.OBJECT_PRONOUNS
    if word == "proof" and following in w.DETERMINERS and slot + 2 < len(words):
        return words[slot + 2].low in _PROOFED
    return False


_IMPERATIVE_TWINS = frozenset(("breath", "bath"))
_SUBJECT_TWINS = frozenset("advice belief device relief grief proof".split())
"""Twins read after a plural subject ('bath', 'cloth', 'life' are left out: 'bath' is a British verb,
'life' is grammar.confused-word's)."""
_PLURAL_SUBJECT_OPENERS = w.ARTICLES | frozenset(
    "many most some all both several few these those our their your my his her and but so because that".split()
)
"""Words before a plural subject that open its noun phrase or its clause ("Many doctors advice")."""


def _compound_modifier(words: list[Word], at: int) -> bool:
    """The word at ``at`` is a singular noun joined to the next, the first of a compound subject
    ('health officials', 'school leaders')."""
    if at < 0 or not words[at].joined:
        return False
    low = words[at].low
    return "NOUN" in w.tags(low) and not w.is_any_plural(low) and low not in w.DETERMINERS


def _verb_object_follows(words: list[Word], index: int) -> bool:
    """What follows the twin at ``index`` is a verb's: an object pronoun ("advice them"), 'against'
    ("advice against it"), or a plural noun and 'to' or 'not' ("advice patients to rest")."""
    following = words[index + 1].low if index + 1 < len(words) else ""
    if following in w.OBJECT_ONLY_PRONOUNS or (following == "against" and words[index].low == "advice"):
        return True
    at = index + 1
    if following in _POSSESSIVES and at + 1 < len(words) and words[at].joined:
        at += 1  # "advice their clients to", "advice our readers not to"
    if not w.is_plural_noun(words[at].low if at < len(words) else "") or at + 1 >= len(words) or not words[at].joined:
        return False
    return words[at + 1].low in ("to", "not") and words[index].low in ("advice", "device")


_POSSESSIVES = w.POSSESSIVES - {"its"}
"""Possessives before a person object ("advice their clients to"); not 'its'."""
_ARTICLES_AND_POSSESSIVES = frozenset("a an the my your his its our their every each another".split())
"""Words after which only a noun phrase can follow ("the believe" is never a verb)."""
_NOUN_SLOT_OPENERS = _ARTICLES_AND_POSSESSIVES | frozenset("this that some any no much".split())
"""… and words that may open one. Not "her": it is also an object ("let her choose", "had her
breathe on the canvas")."""


class VerbForNoun(GrammarRule):
    id = "grammar.verb-for-noun"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb where its noun twin is needed: 'my strong believe', 'a deep breathe', 'their prove'."
    why = (
        "'Believe', 'breathe', 'advise' and 'prove' are verbs; the nouns are 'belief', 'breath', "
        "'advice' and 'proof'. Right after 'a', 'the', 'my' or 'their' (or a 'Her' that opens the sentence) "
        "only a noun can stand; after an adjective ('a deep breathe') or a word such as 'some' or 'her' "
        "('let her choose' is right), "
        "the part-of-speech tagger must also read the word as a noun."
    )
    bad = (
        "It is my believe that this must change.",
        "Take a deep breathe.",
        "Take a deep breathe before you speak.",
        "Their prove is wrong, and it is just a prove of concept.",
        "She gave him some good advise.",
        "Are there different believes?",
        "It was a big lose for the team, and what a relieve it was when she heard.",
        "We cannot afford another year like last year's lose, and my doctor's advise was to rest.",
        "The firm's loses grew, and their loses were large.",
        "Her advise was to wait.",
        "Our planners are happy to give advise on budgeting, and patients can seek advise from a nurse.",
    )
    good = (
        "The Lose Yourself video was shot in Detroit; the Prove button runs the checker.",
        "I believe that this must change; breathe deeply.",
        "They advise the board, and the results prove it.",
        "The tests prove nothing; we all choose our words.",
        "Let her choose. The wise advise caution, and some choose to stay.",
        "He had her breathe on the canvas.",
        "It was a lose-lose deal; the team will lose when it rains; they lose if they lose focus.",
        "Let's choose a date; there's proof, and here's what we believe.",
        "Whoever loses pays; the team loses when it rains, and one loses heart.",
        "I heard her advise caution. Let her choose. HER BELIEVE TOUR.",
        "We offered to advise them; the lawyers we hired advise on tax; I gave up and chose to advise.",
    )
    fixed = (
        "It is my belief that this must change.",
        "Take a deep breath.",
        "Take a deep breath before you speak.",
        "Their proof is wrong, and it is just a proof of concept.",
        "She gave him some good advice.",
        "Are there different beliefs?",
        "It was a big loss for the team, and what a relief it was when she heard.",
        "We cannot afford another year like last year's loss, and my doctor's advice was to rest.",
        "The firm's losses grew, and their losses were large.",
        "Her advice was to wait.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _NOUN_TWIN_WORDS):
            word = words[index]
            opened = _noun_slot(words, index)
            if opened is None or in_quotes(doc, word.start):
                continue
            if _in_title(words, index):
                continue  # "the Lose Yourself video": a title in capitals, quoted as it is
            if code_label(words, index, w.CODE_HEADS):
                continue  # "the lose event", "pass the advise option": a name in technical prose
            if not opened and not (
                _ends_noun_phrase(words, index) and sentence_tags(doc, words)[index] in ("NN", "NNS")
            ):
                continue  # "the wise advise caution", "let her choose": the tagger must read a phrase-final noun
            fixed = match_case(_NOUN_TWINS[word.low], word.text)
            yield self.replace_word(word, fixed, f"'{word.text}' is a verb; the noun is '{fixed}'.")


def _in_title(words: list[Word], index: int) -> bool:
    """A capitalised word, not opening the sentence and not in a line of capitals: a title or a name
    ("the Lose Yourself video", "Breathe Easy Week", "the Breathe app", "use the Advise tool")."""
    word = words[index]
    return word.text[:1].isupper() and not word.sentence_start and not word.text.isupper()


_AFTER_NOUN_PHRASE = w.PREPOSITIONS | w.AUXILIARIES | w.MODALS | frozenset("that and or but when because if".split())
_GIVING_VERBS = frozenset(
    "give gives giving offer offers offering provide provides providing seek seeks seeking".split()
)
"""Verbs of giving and seeking, after which a noun, never a bare verb, stands ('give advise on' is 'advice');
not their pasts, which may close a relative clause before its sentence's verb ('the experts we sought advise on
tax')."""


def _ends_noun_phrase(words: list[Word], index: int) -> bool:
    """Nothing joined follows ``words[index]`` but a preposition, an auxiliary or a conjunction (a
    verb there would have an object: "the wise advise caution")."""
    return index + 1 >= len(words) or not words[index].joined or words[index + 1].low in _AFTER_NOUN_PHRASE


def _noun_slot(words: list[Word], index: int) -> bool | None:
    """Whether ``words[index]`` stands where a noun must: True right after an article or a
    possessive, or a 'Her' that opens the sentence; False after adjectives or a word that may open a
    noun phrase (the tagger decides); None otherwise."""
    if index == 0 or not words[index - 1].joined:
        return None
    if words[index - 1].low in _ARTICLES_AND_POSSESSIVES or _noun_possessive(words[index - 1].low):
        return True
    if words[index - 1].text == "Her" and words[index - 1].sentence_start:
        return True  # "Her advise was to wait": opening a sentence (not a line of capitals), a possessive
    if words[index - 1].low in _GIVING_VERBS and _ends_noun_phrase(words, index):
        return True  # "happy to give advise on budgeting", "seek advise from": no bare verb after them
    plain_adjectives = True  # only words that cannot be verbs since the opener: "a deep breathe"
    for back in range(index - 1, max(index - 4, -1), -1):
        if not words[back].joined:
            break
        low = words[back].low
        if low in _NOUN_SLOT_OPENERS:
            return plain_adjectives and low in _ARTICLES_AND_POSSESSIVES
        tags = w.tags(low)
        if "ADJ" not in tags:
            return None if back == index - 1 else False
        plain_adjectives = plain_adjectives and "VERB" not in tags and "NOUN" not in tags
    return False


_NOT_NOUN_POSSESSIVES = frozenset(
    "let he she it that what who there here where how everyone everybody someone somebody nobody one".split()
)
"""Words whose 's is 'is', 'has' or 'us' ("let's choose", "there's proof", "one's believe"? rare)."""


def _noun_possessive(low: str) -> bool:
    """A noun's possessive ("last year's", "the doctor's"), after which only a noun can stand."""
    if not low.endswith(("'s", "’s")):
        return False
    stem = low[:-2]
    return stem not in _NOT_NOUN_POSSESSIVES and "NOUN" in w.tags(stem)


_QUESTION_OPENERS = w.MODALS | w.NEGATED_MODALS | frozenset("doesn't didn't doesn’t didn’t".split())
"""Words that open a question before its subject ("Can advice ever be neutral?"); not "don't", which
opens an order as often ("Don't advice him to sign")."""


def _asks(words: list[Word], index: int) -> bool:
    """``words[index]`` is a modal (or 'doesn't', 'didn't') that opens a question, alone or after a
    question word: what follows it is the question's subject, not its verb."""
    if words[index].low not in _QUESTION_OPENERS:
        return False
    return index == 0 or (index == 1 and words[0].low in w.QUESTION_WORDS and words[0].joined)


def _plain_subject(words: list[Word], index: int) -> bool:
    """Unless ``words[index]`` is a subject pronoun, True; "I" must be a capital after a word that is
    not a name ("Type I life jackets", "i breath, ii heartbeat" are numbers)."""
    word = words[index]
    if word.low not in _SUBJECTS:
        return True
    if word.low == "i":
        return word.text == "I" and (index == 0 or not words[index - 1].capitalised)
    return True


def _infinitive_to(words: list[Word], index: int) -> bool:
    """'to' after a verb that takes an infinitive ("want to advice"), not a preposition ("to breath")."""
    if index == 0:
        return False
    before = words[index - 1].low
    if before == "enough" or (index >= 2 and words[index - 2].low == "too" and "ADJ" in w.tags(before)):
        return words[index - 1].joined  # "too thick to breath", "calm enough to breath": the degree's infinitive
    return before in _TO_VERBS or before in _INFINITIVE_BEFORE


_INFINITIVE_BEFORE = frozenset(
    """want wants need needs needed try tried how hard easy difficult impossible possible struggled
    struggling struggle learn learned learnt able unable ready moment time chance room""".split()
)
"""Words after which 'to' is the infinitive's ("hard to breath", "struggled to breath", "a moment to
breath"; not 'way', 'road' or 'key', before 'to success'): with
:data:`_TO_VERBS`, where a twin noun ('breath', 'advice') cannot follow as a preposition's object."""


_BE_PARTICIPLE_ONLY = frozenset("be been being".split())
"""Forms of 'be' after which a verb-or-noun is checked only as a passive's participle ("will be design by")."""
_BE_BEFORE_VERB = frozenset("am is are was were i'm you're we're they're isn't aren't wasn't weren't".split())
_OBJECT_OPENERS = w.ARTICLES | w.OBJECT_PRONOUNS - {"it", "you", "her"} | w.POSSESSIVES - {"her", "his", "its"}


class BeBareVerb(GrammarRule):
    id = "grammar.be-bare-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Is', 'are', 'was' followed by a bare verb or a form in -s: 'he is go', 'I am agree', 'it is seems'."
    why = (
        "After a form of 'be' a verb takes '-ing' ('he is going') or the participle ('it was hated'); "
        "the bare verb ('is go', 'was hate') or a form in -s ('it is seems') is a slip, and 'I am "
        "agree' is simply 'I agree'. Only "
        "words that are nothing but a bare verb ('go' and 'make' when an object follows them, 'agree', "
        "'know', 'believe') are checked: 'is set', 'are put', 'was come' may be participles, 'is cause' a "
        "noun, and after 'not', 'never' or 'only' a verb-or-noun is the verb only before its object "
        "('it is not love', 'they are not make a cake'); a form in -s that is also a noun ('causes') "
        "only before its object, as the tagger's verb. "
        "A verb-or-noun counts too when an adverb of change follows it ('prices are rise again') and "
        "the web seldom writes it after 'is', or when the tagger reads a bare verb ('the committee is "
        "meet on Thursday'), or before a past time ('in 1850', 'last year', 'in the 14th century') "
        "when the web writes 'is' before its participle far more often than before it ('the mill is "
        "build in 1850'; not 'the theme is change in 1968', nor a year still to come: 'the plan is "
        "build in 2027'); and 'is close on Sundays', 'is (or was) close for "
        "repairs' and 'close until further notice' are 'closed'. The 'get' "
        "passive takes the participle too ('got marry' → 'got married'): only a word that is nothing but "
        "a bare verb is read after 'get', not before 'to', and not where 'get' closes a relative clause "
        "('the prices we get vary'). After a form of 'be' and 'being' (a passive in progress) a "
        "verb-or-noun whose participle the web writes after 'being' or 'is' far more often than the "
        "word itself takes the participle ('the claims are being process overnight' → 'processed'; not "
        "'is being part of', 'is being home to'). A question opened with 'be' and its pronoun "
        "before such a word asks with 'do' ('Are you agree?' → 'Do you agree?'). "
        "Left alone: a clause that ends in 'is' as a subject ('how good it is depends on you'), "
        "sentences with 'do' before the verb ('all we did was wait', 'the least you "
        "can do is help') and quotations."
    )
    bad = (
        "I am agree with you.",
        "It is seems to work, and she is knows the way.",
        "He is go to school every day.",
        "They are make a cake for her.",
        "The president was always hate in Moscow.",
        "We're understand the problem.",
        "They were eat dinner when she was walk home.",
        "The bridge was build in 1990, and the letters were send last week.",
        "It is depends on the weather, and the report is causes the delay.",
        "The new stadium will be design by a local firm.",
        "She is work at the local hospital, and they are study in Leeds.",
        "Fuel prices are rise again, and the committee is meet on Thursday.",
        "The museum is close on Mondays, and the pool is close for repairs.",
        "The number of cars would be decrease in the future, and fares will be rise next year.",
        "My cousins got marry in June, and new users often get confuse by the menus.",
        "Are you agree with the plan? Is it exist in the new version?",
        "The old mill is build in 1850, and the towers are build in the 14th century.",
        "The suspect was arrest on Tuesday, and the gunman was kill on Sunday.",
        "The suspect was arrest Saturday night after a brief chase.",
        "The claims are being process overnight, and the patients were being treat in tents.",
        "He is goes to work by bus, and she was lives in Paris then.",
        "Our program is design to help students. All donations will be use to purchase books.",
        "The course is base on the textbook, and the meeting is schedule for Monday.",
        "A 34-year-old man was arrest Sunday after police found drugs in his car.",
        "The treasurer was sentence to serve 18 months, and her partner was charge with fraud.",
        "The shop was close for renovation in August and will be close until further notice.",
        "The fire station was originally build in 1923.",
        "The department is currently seek a part-time assistant.",
        "The gift card cannot be use in combination with other codes.",
        "This cream needs to be use in small amounts.",
        "All new hires will be train on our scheduling software.",
    )
    good = (
        "I agree with you; he is going to school.",
        "All we did was wait, and the least you can do is help. All they need to is ask.",
        "The table is set; the books are put away; the time is come.",
        "The cause is help for the poor; his aim was peace; the sale is not complete until paid.",
        '"Go" is a verb, and it is make or break.',
        "The race was a walk home; it was walk-in only; they were fed dinner.",
        "The result was change in policy; the problem is cost in the long run; the aim is control by the state.",
        "There were acts of violence, and the win was thanks to the goalkeeper. There is need for care.",
        "How good it is depends on you; whether it is seems unclear; the main issue is costs.",
        "It has been work for years; the stadium will be designed by a local firm; it will be open by May.",
        "The problem is work in the evenings; we are live in Kyiv; it is work at its best; he is a work in progress.",
        "Prices are on the rise again; the vote is close at this stage; the two are close on most issues.",
        "The race was close at the weekend; the house was close to the sea; it will be close for a while.",
        "The answer is practice again and again, and the lesson is work fast and save.",
        "Prices are sky high again, and the water is ice cold.",
        "The museum is closed on Mondays; the station is close to the shops; they are bait and switch artists.",
        "The outcome will be an increase in costs and a rise in fares; prices will be rising soon.",
        "They got hurt; let's get started; I got to go; get ready, get set; you get what you pay for.",
        "Are you sure? Is it worth it? Were you born here? Are they aware of it? What is it?",
        "The theme is change in 1968; the answer is work in 2023; the main issue is cost in 2024.",
        "The highlight was dinner on Friday; the museum is closed on Tuesdays; the change was on Monday.",
        "He is being part of it; the town is being home to refugees; she was being witness to history.",
        "They are lives saved; it is works like these that sell; these are needs, not wants.",
        "The aim is design for everyone; it is of use to the public; the issue is price at this stage.",
        "The key is release from debt; his last word was sentence to the end.",
        "That was partly luck, and he is currently head of sales.",
        "It can be fun at times, and this should be cause for concern.",
        "The results need to be used with care.",
    )
    fixed = ()
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """Where grammar.been-participle reports the same verb ("were introduce in 1920"), its participle is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._close_for_closed(doc)
        yield from self._set_passive(doc)
        yield from self._modal_be_change(doc)
        yield from self._get_bare(doc)
        yield from self._asked_be(doc)
        yield from self._being_bare(doc)
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _BE_BEFORE_VERB)
            if position < last
            and (_maybe_bare(lows[position + 1]) or (position + 1 < last and _maybe_bare(lows[position + 2])))
        ]
        candidates += [  # "will be design by": only before a passive's phrase (see _passive_base_here)
            position
            for position in positions(doc, _BE_PARTICIPLE_ONLY)
            if position + 1 < last and lows[position + 2] in _PASSIVE_NEXT and _maybe_bare(lows[position + 1])
        ]
        candidates.sort()
        for words, index in places(doc, candidates):
            at = index + 1
            if at < len(words) and words[index].joined and w.between_adverb(words[at].low):
                at += 1  # "was always hate", "was originally build in 1923"
            if at >= len(words) or not words[at - 1].joined or words[at].capitalised:
                continue
            verb = words[at]
            if verb.joined and at + 1 < len(words) and words[at + 1].low in _INTENSIFIED.get(verb.low, ()):
                continue  # "It is now pitch dark", "the soup was stone cold": a noun that heightens the adjective
            if _list_of_nouns(doc, words, at):
                continue  # "Its advantages are speed, scalability and …": the first of a list of nouns
            if doc.text[max(0, words[index].start - 2) : words[index].start] == "::":
                continue  # "Test::More::is except that": a function's name, not the verb
            if "NOUN" in w.tags(verb.low) and _name_follows(words, at):
                continue  # "are core Linux tracing tools": the noun modifies the name's phrase
            passive = person = False
            if words[index].low in _BE_PARTICIPLE_ONLY:
                # "will be design by", "has been repair": grammar.been-participle has the verb-only words
                if not _passive_base_here(doc, words, at):
                    continue
                passive = True
            elif _person_works(words, index, at):
                pass  # "she is work at the hospital": after a personal pronoun 'work' is no noun
            elif _person_third(words, index, at):
                person = True  # "he is goes to work": no plural noun is 'he', 'she' or 'I'
            elif _change_follows(words, at):
                person = True  # "prices are rise again": a manner of change after a verb-or-noun
            elif not _bare_verb_here(words, at, adverb=at > index + 1):
                passive = _passive_base_here(doc, words, at)  # "the bridge was build in 1990"
                if not passive and not _read_as_bare(doc, words, index, at):
                    continue
            third = w.verb_tags(verb.low) == {"VBZ"}
            if _no_passive(verb.low) and not third:
                continue  # grammar.no-passive reports "is depend on"; "is depends on" is this rule's
            if third and any(word.low in _CLAUSE_SUBJECT_OPENERS for word in words[:index]):
                continue  # "how good it is depends on you": 'is' ends a clause that is the subject
            cleft = words[0].low in _CLEFT_OPENERS and words[index].low != "be"  # not "All new hires will be train on"
            if _after_do(words, index) or cleft or in_quotes(doc, verb.start):
                continue  # "all they need to is ask": a pseudo-cleft, even with its 'do' dropped
            verb_only = w.tags(verb.low) == {"VERB"}
            if (
                at > index + 1
                and words[at - 1].low not in w.MID_ADVERBS
                and not (verb_only or passive or _passive_base_here(doc, words, at))
            ):
                continue  # "was partly luck", "is currently head of sales": an adverb in -ly also goes before nouns
            if _noun_reading_here(words, index, at):
                continue  # "there were acts of violence", "the win was thanks to luck"
            person = person or _person_works(words, index, at)
            if (
                not verb_only
                and not passive
                and not person
                and sentence_tags(doc, words)[at] not in ("VB", "VBP", "VBZ")
            ):
                continue  # "it is also time", "is almost complete": the tagger reads a noun or an adjective
            # (a word that is nothing but a verb needs no tagger: it reads "they were eat dinner" as JJ)
            forms = [form for form in (_inflected(verb.low, "VBG"), _inflected(verb.low, "VBN")) if form]
            if passive:
                forms.reverse()  # the participle first: "was built"
            if not forms:
                continue
            yield self.finding(
                verb.start,
                verb.end,
                f"After '{words[index].text}', '{verb.text}' cannot stand: write '{forms[0]}'"
                + (f" or '{forms[1]}'" if len(forms) > 1 else "")
                + f", or drop '{words[index].text}'.",
                suggestions=tuple(match_case(form, verb.text) for form in forms),
                fix=FixSafety.UNSAFE,
            )

    def _modal_be_change(self, doc: Document) -> Iterator[Finding]:
        """'Will be increase', 'would be decrease' before a time, an adverb of change or the clause's
        end ("the number of cars would be decrease in the future"): the verb of change after 'be'.
        Not "the result will be increase in prices" (a noun and its 'in' phrase: an article is
        missing there, not a verb form)."""
        for words, index in occurrences(doc, _CHANGE_VERBS):
            if index < 2 or words[index - 1].low != "be" or words[index - 2].low not in w.MODALS:
                continue
            if not (words[index - 2].joined and words[index - 1].joined) or words[index].capitalised:
                continue
            if not _change_time_follows(words, index) or in_quotes(doc, words[index].start):
                continue
            verb = words[index]
            modal = words[index - 2].text
            message = f"After '{modal}', write '{verb.text}' without 'be'"
            suggestions: tuple[str, ...] = (verb.text,)
            passive = _inflected(verb.low, "VBN") if verb.low in _CHANGE_VERBS_TRANSITIVE else None
            if passive:
                message += f", or the passive 'be {passive}'"
                suggestions += (f"be {passive}",)
            yield self.finding(
                words[index - 1].start, verb.end, message + ".", suggestions=suggestions, fix=FixSafety.UNSAFE
            )

    def _asked_be(self, doc: Document) -> Iterator[Finding]:
        """'Are you agree?', 'Is he know the way?': a question opened with 'be' and a subject pronoun
        before a word that is nothing but a bare verb asks with 'do'. Only at a question's start."""
        for words, index in occurrences(doc, _ASKING_BE_WORDS):
            at = index + 2
            if at >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if index > 0 and not (words[index - 1].low in w.QUESTION_WORDS and index == 1):
                continue
            if words[index + 1].low not in _ASKING_BE[words[index].low] or words[at].capitalised:
                continue
            verb = words[at]
            if w.tags(verb.low) != {"VERB"} or not w.verb_tags(verb.low) <= {"VB", "VBP"} or verb.low in w.AUXILIARIES:
                continue
            if in_quotes(doc, verb.start):
                continue
            be = words[index]
            do = match_case("did" if be.low in ("was", "were") else "does" if be.low == "is" else "do", be.text)
            yield self.replace_word(
                be,
                do,
                f"'{be.text} {words[index + 1].text} {verb.text}' mixes 'be' with a bare verb: ask "
                f"'{do} {words[index + 1].text} {verb.text}'.",
                FixSafety.UNSAFE,
            )

    def _being_bare(self, doc: Document) -> Iterator[Finding]:
        """'The car is being repair', 'staff are being hire for the summer': a form of 'be' and
        'being' (a passive in progress) before a bare verb that is nothing else, or a verb-or-noun
        whose participle the web writes after 'being' or 'is' far more often than the bare word (not
        'is being part of', 'is being home to'). Not before 'to' or 'of' ("is being witness to")."""
        for words, index in occurrences(doc, _BEING):
            at = index + 1
            if index == 0 or at >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            be = index - 1
            if words[be].low in w.MID_ADVERBS and be > 0 and words[be - 1].joined:
                be -= 1  # "is currently being repair"
            if words[be].low not in _BE_BEFORE_VERB and not w.is_be_contraction(words[be].low):
                continue
            verb = words[at]
            low = verb.low
            pos = w.tags(low)
            if verb.capitalised or "VERB" not in pos or not pos <= {"VERB", "NOUN"} or low in _ADJECTIVES_TOO:
                continue
            if not w.verb_tags(low) <= {"VB", "VBP"} or low in w.AUXILIARIES:
                continue
            if at + 1 < len(words) and verb.joined and words[at + 1].low in ("to", "of"):
                continue
            joined_pair = at + 2 < len(words) and verb.joined and words[at + 1].joined
            if joined_pair and words[at + 1].low in ("and", "or") and w.tags(words[at + 2].low) == {"NOUN"}:
                continue  # "he is being judge and jury": two nouns for the role he plays
            if at + 1 < len(words) and verb.joined and w.tags(words[at + 1].low) == {"NOUN"}:
                continue  # "they are being host families": the word is the next noun's modifier
            participle = _inflected(low, "VBN")
            if participle is None or not _participle_after_being(low, participle):
                continue
            if in_quotes(doc, verb.start):
                continue
            yield self.finding(
                verb.start,
                verb.end,
                f"After '{words[index].text}', the passive takes the participle: write '{participle}', "
                f"not '{verb.text}'.",
                suggestions=(match_case(participle, verb.text),),
                fix=FixSafety.UNSAFE,
            )

    def _get_bare(self, doc: Document) -> Iterator[Finding]:
        """'They got marry', 'I get confuse': the 'get' passive with a bare verb for its participle.
        Only a word that is nothing but a bare verb (no noun, adjective, past or participle reading:
        not "get help", "get ready", "got hurt", "get going") counts, and not before 'to'."""
        for words, index in occurrences(doc, _GET_FORMS):
            at = index + 1
            if at >= len(words) or not words[index].joined or words[at].capitalised:
                continue
            verb = words[at]
            if w.tags(verb.low) != {"VERB"} or not w.verb_tags(verb.low) <= {"VB", "VBP"} or verb.low in w.AUXILIARIES:
                continue
            if (at + 1 < len(words) and words[at + 1].low == "to") or in_quotes(doc, verb.start):
                continue
            if not _subject_opens_clause(doc, words, index):
                continue  # "the prices we (usually) get vary": 'get' may end a relative clause, the main verb follows
            participle = _inflected(verb.low, "VBN")
            if participle is None or participle == verb.low:
                continue
            yield self.replace_word(
                verb,
                match_case(participle, verb.text),
                f"After '{words[index].text}', use the participle '{participle}', not '{verb.text}'.",
                FixSafety.UNSAFE,
            )

    def _set_passive(self, doc: Document) -> Iterator[Finding]:
        """'Is design to help', 'will be use to buy', 'is base on', 'is schedule for': verbs that are
        also nouns, after a form of 'be' and before the word their passive is set with ('designed
        to', 'used to', 'based on', 'scheduled for'). A 'to' must have a bare verb after it ("is use to
        purchase"), which a noun's 'to' phrase never has; not after a subject that is a clause ('all
        we did was design')."""
        for words, index in occurrences(doc, _SET_PASSIVE_WORDS):
            word = words[index]
            if index == 0 or index + 2 >= len(words) or words[index - 1].low not in _BE_FORMS_BEFORE_PASSIVE:
                continue
            if not (words[index - 1].joined and word.joined and words[index + 1].joined) or word.capitalised:
                continue
            participle, followers = _SET_PASSIVES[word.low]
            if words[index + 1].low not in followers:
                continue
            if words[index + 1].low == "to" and not _bare_verb_only(words[index + 2].low):
                continue
            cleft = words[0].low in _CLEFT_OPENERS and len(words) > 1 and words[1].low in _CLEFT_SUBJECTS
            if cleft or _after_do(words, index - 1) or in_quotes(doc, word.start):
                continue  # "All we did was use to …"; not "All donations will be use to buy"
            fixed = match_case(participle, word.text)
            be, preposition = words[index - 1].text, words[index + 1].text
            message = f"After '{be}', the passive needs the participle: '{fixed} {preposition}'."
            yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)

    def _close_for_closed(self, doc: Document) -> Iterator[Finding]:
        """'The museum is close on Mondays', 'the pool is close for repairs': 'close' (near) where
        the participle 'closed' is meant, before the days a place does not open or the reason it is
        shut. 'Close on', 'close at' before anything else is left alone ("the vote is close at this
        stage", "the two are close on most issues")."""
        for words, index in occurrences(doc, _CLOSE):
            if index == 0 or index + 2 >= len(words) or words[index - 1].low not in _BE_BEFORE_CLOSE:
                continue
            if not (words[index - 1].joined and words[index].joined and words[index + 1].joined):
                continue
            preposition, at = words[index + 1].low, index + 2
            if words[at].low in _CLOSED_DAY_MODIFIERS and words[at].joined and at + 1 < len(words):
                at += 1  # "on public holidays"
            shut = words[at].low
            days = preposition in _CLOSED_DAY_PREPOSITIONS and shut in _CLOSED_DAYS and _phrase_ends(words, at)
            if days and words[index - 1].low not in _PRESENT_BE:
                continue  # not "the finish was close at the weekend": a one-off race, not a place's hours
            reason = preposition == "for" and shut in _CLOSED_FOR and at == index + 2  # "was close for repairs"
            if days or reason or (preposition in ("until", "till") and shut == "further"):
                close = words[index]
                if close.capitalised or in_quotes(doc, close.start):
                    continue
                yield self.replace_word(
                    close,
                    match_case("closed", close.text),
                    f"A place that does not open is 'closed': write '{match_case('closed', close.text)}', "
                    f"not '{close.text}'.",
                    FixSafety.UNSAFE,
                )


_SET_PASSIVES = {
    "design": ("designed", frozenset(("to",))),
    "use": ("used", frozenset(("to",))),
    "base": ("based", frozenset(("on", "upon"))),
    "schedule": ("scheduled", frozenset(("to", "for"))),
    "sentence": ("sentenced", frozenset(("to",))),
    "charge": ("charged", frozenset(("with",))),
}
"""Verbs that are also nouns, with the participle and the words their passive is set with ('is designed
to', 'is based on'): after 'be', the bare word before them is the verb (not 'design for', 'price at':
"the aim is design for everyone", "the issue is price at this stage")."""
_SET_PASSIVE_WORDS = frozenset(_SET_PASSIVES)
_BE_FORMS_BEFORE_PASSIVE = frozenset("is are was were be been being".split())
_CLEFT_SUBJECTS = w.SUBJECT_PRONOUNS | frozenset(("that", "you"))


def _bare_verb_only(low: str) -> bool:
    """A bare verb that is no noun or determiner ('help', 'purchase' is a noun too, but not after 'to' …)."""
    return "VB" in w.verb_tags(low) and low not in w.DETERMINERS and "VBD" not in w.verb_tags(low)


_ASKING_BE = {
    "am": frozenset(("i",)),
    "are": frozenset("you we they".split()),
    "is": frozenset("he she it".split()),
    "was": frozenset("i he she it".split()),
    "were": frozenset("you we they".split()),
}
"""A question's 'be' and the subject pronouns it agrees with ('are you', 'is she')."""
_ASKING_BE_WORDS = frozenset(_ASKING_BE)
_CHANGE_VERBS = frozenset("increase decrease rise drop decline".split())
"""Verbs of change that are also countable nouns: after 'will be' the noun would need an article."""
_CHANGE_VERBS_TRANSITIVE = frozenset("increase decrease".split())
"""Those of :data:`_CHANGE_VERBS` that have a passive worth offering ("will be increased")."""
_CHANGE_TIMES = frozenset("next soon again this every by over in".split())


def _change_time_follows(words: list[Word], index: int) -> bool:
    """What follows the verb of change at ``index`` tells a time or a manner, not the noun's
    complement: the clause's end, an adverb of change, 'next year', 'soon', 'by 10%', 'in the
    future' (but not 'in prices': 'increase in' + a noun is the noun's phrase)."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    after = words[index + 1].low
    if after in _CHANGE_ADVERBS or after in _PLURAL_CHANGE_ADVERBS:
        return True
    if after not in _CHANGE_TIMES:
        return False
    if after == "in":
        ahead = [word.low for word in words[index + 2 : index + 4]]
        return ahead[:2] in (["the", "future"], ["the", "coming"], ["coming", "years"]) or (
            len(ahead) > 0 and ahead[0].isdigit()
        )
    if after == "by":
        return index + 2 < len(words) and words[index + 2].low[:1].isdigit()
    return True


_CLOSE = frozenset(("close",))
_PRESENT_BE = frozenset("is are isn't aren't".split())
_BE_BEFORE_CLOSE = _PRESENT_BE | frozenset("was were be been".split())
"""'Be' before 'close' for a reason or 'until further notice' ("was close for repairs", "will be close
until further notice"); the days a place shuts on only after the present ("is close on Mondays")."""
_CLOSED_DAY_PREPOSITIONS = frozenset("on at".split())
_CLOSED_DAY_MODIFIERS = frozenset("public bank national school".split())
_CLOSED_DAYS = frozenset(day for day in w.DAY_NAMES if day.endswith("s")) | frozenset(("weekends", "holidays"))
"""Days a place shuts on, in the plural of habit ("is close on Sundays", "at weekends")."""
_DAYS_PHRASE_END = frozenset("and or until till from during except because so but when as".split())


def _phrase_ends(words: list[Word], at: int) -> bool:
    """The days at ``words[at]`` end their phrase ("on Sundays and holidays", "at weekends."), not a
    noun's modifier ("close on holidays policy")."""
    return at + 1 >= len(words) or not words[at].joined or words[at + 1].low in _DAYS_PHRASE_END


_CLOSED_FOR = frozenset(
    "repairs repair renovation renovations refurbishment maintenance lunch cleaning restoration refit".split()
)
"""The reasons a place is shut ("is close for repairs"): nothing is 'close' (near) for them."""


_CHANGE_ADVERBS = frozenset("sharply steadily rapidly quickly slowly gradually dramatically steeply suddenly".split())
"""Adverbs of how something changes or moves, which follow a verb, not a predicate noun: "sales are
drop sharply" (not 'mostly', 'mainly': "the answer is work, mostly")."""
_PLURAL_CHANGE_ADVERBS = frozenset(("again", "fast"))
"""Adverbs that follow a predicate noun as readily ("the answer is practice again and again"): the
verb only after a plural 'be' ("prices are rise again"), which no singular noun follows."""
_ARE_FORMS = frozenset("are were aren't weren't we're they're".split())


def _change_follows(words: list[Word], at: int) -> bool:
    """A verb-or-noun after 'be' with an adverb of change after it ("are rise again", "was drop
    sharply"): the verb, whatever the tagger reads, unless the web writes it after 'is' often (as
    a noun: "the plan is work again next year", "the risk is change again")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    adverb = words[at + 1].low
    if adverb not in _CHANGE_ADVERBS and not (adverb in _PLURAL_CHANGE_ADVERBS and words[at - 1].low in _ARE_FORMS):
        return False
    low = words[at].low
    if w.tags(low) != {"VERB", "NOUN"} or not w.verb_tags(low) <= {"VB", "VBP"}:
        return False
    return web_pair_count("is", low) is None  # "the plan is work again": a noun the web writes after 'is'


def _read_as_bare(doc: Document, words: list[Word], index: int, at: int) -> bool:
    """A verb-or-noun right after 'is', 'are' … that the tagger reads as a bare verb ("the committee
    is meet again on Thursday") and the web seldom writes after 'is': the tagger reads a predicate
    noun as one too ("the problem is cost")."""
    low = words[at].low
    if at != index + 1 or w.tags(low) != {"VERB", "NOUN"} or not w.verb_tags(low) <= {"VB", "VBP"}:
        return False
    if at + 1 < len(words) and words[at + 1].low in ("and", "or"):
        return False  # "they are bait and switch": two nouns
    tags = sentence_tags(doc, words)  # the tagger first: its model is loaded for most texts anyway, the
    # web table (3.5 MB) only for the few words it reads as bare verbs
    graded = at + 1 < len(words) and words[at].joined and "ADJ" in w.tags(words[at + 1].low)
    if (graded and tags[at + 1].startswith("JJ")) or tags[at] not in ("VB", "VBP"):
        return False  # "prices are sky high again", "the water is ice cold": a noun grading an adjective
    return web_pair_count("is", low) is None  # not "the problem is cost", "the answer is work": predicate nouns


_PERSON_WORK = frozenset(("work", "study"))
_PERSONS = frozenset("i he she we they you".split())
_WORK_AFTER = frozenset("at in for with as on from near".split())


def _person_works(words: list[Word], index: int, at: int) -> bool:
    """'She is work at the hospital': a personal pronoun, 'be', then 'work' or 'study' and a
    preposition. Not after a noun ('the problem is work in the evenings') nor 'it', and not 'live'
    ('we are live in Kyiv' is a broadcast)."""
    if at != index + 1 or index == 0 or words[at].low not in _PERSON_WORK or at + 1 >= len(words):
        return False
    subject = words[index - 1]
    return subject.low in _PERSONS and subject.joined and words[at].joined and words[at + 1].low in _WORK_AFTER


_ONE_PERSON = frozenset(("he", "she", "i"))
_ONE_PERSON_BE = frozenset("is was am isn't wasn't".split())


def _person_third(words: list[Word], index: int, at: int) -> bool:
    """'He is goes to work', 'she was lives in Paris': 'he', 'she' or 'I', a singular 'be', then a
    form in -s that is a verb or a plural noun. One person is no plural ('they are lives saved' and
    'it is works like these that sell' are left alone)."""
    if at != index + 1 or index == 0 or words[index].low not in _ONE_PERSON_BE:
        return False
    subject, low = words[index - 1], words[at].low
    if subject.low not in _ONE_PERSON or not subject.joined or w.verb_tags(low) != {"VBZ"}:
        return False
    return w.tags(low) <= {"VERB", "NOUN"} and low not in w.AUXILIARIES


def _noun_reading_here(words: list[Word], index: int, at: int) -> bool:
    """A verb-or-noun after 'there is' (existential: a noun phrase follows), or 'thanks to'; or one
    that opens a question's subject after the opening 'Is' or 'Was', an article after it opening the
    complement ("Is love a choice?", "Is work a natural law?")."""
    if words[at].low == "thanks" and at + 1 < len(words) and words[at + 1].low == "to":
        return True
    if index == 0 and at == 1 and len(words) > 2 and words[1].joined and words[2].low in w.ARTICLES:
        return "NOUN" in w.tags(words[1].low)
    return index > 0 and words[index - 1].low == "there" and words[index - 1].joined


_CLEFT_OPENERS = frozenset(("all", "what"))
_CLAUSE_SUBJECT_OPENERS = _FREE_RELATIVE | frozenset("whether whatever whoever however wherever whichever".split())
"""Words that open a clause that may be a sentence's subject, ending in 'is' ("how good it is
depends on you", "whether it is seems unclear")."""
_ADJECTIVES_TOO = frozenset(("complete",))
"""Adjectives that lemminflect knows only as verbs ("withdrawals are not complete until …")."""


@lru_cache(maxsize=1 << 14)
def _maybe_bare(low: str) -> bool:
    """A word that may be a bare verb after 'is' (the cheap sift before the sentence is looked at)."""
    found = w.verb_tags(low)
    if found == {"VBZ"}:
        return w.tags(low) <= {"VERB", "NOUN"} and low not in w.AUXILIARIES
    return bool(found) and found <= {"VB", "VBP"} and w.tags(low) <= {"VERB", "NOUN"} and low not in w.AUXILIARIES


def _bare_verb_here(words: list[Word], at: int, adverb: bool) -> bool:
    """``words[at]`` can only be a bare verb: a verb form with no past, participle or noun reading,
    or a verb-or-noun that an adverb before it or an object after it shows to be the verb ("was
    always hate", "are make a cake")."""
    low = words[at].low
    if low in _ADJECTIVES_TOO:
        return False
    found = w.verb_tags(low)
    pos = w.tags(low)
    if found == {"VBZ"}:
        if pos == {"VERB", "NOUN"} and at + 1 < len(words) and words[at].joined:
            return words[at + 1].low in _OBJECT_OPENERS  # "the report is causes the delay": see detect
        return pos == {"VERB"} and low not in w.AUXILIARIES  # "it is seems", "she is knows"
    if not found or not found <= {"VB", "VBP"} or low in w.AUXILIARIES or low in w.MODALS:
        return False
    if pos == {"VERB"}:
        return True
    if pos != {"VERB", "NOUN"}:
        return False
    if adverb and words[at - 1].low not in _BEFORE_PREDICATE_NOUNS:
        return True
    following = words[at + 1].low if at + 1 < len(words) and words[at].joined else ""
    return following in _OBJECT_OPENERS or following == "to" or following in _PARTICLE_ADVERBS


_BEFORE_PREDICATE_NOUNS = frozenset("not never only just also even still".split())
"""Adverbs that stand before a predicate noun as readily as before a verb ("it is not love", "it was
never work", "it is only fear"): after them a verb-or-noun is the verb only before its object."""

_PASSIVE_NEXT = frozenset("by in on at from with into during last yesterday away astray".split())
_METALS = frozenset("lead iron steel tin".split())
_AGENT_OR_AWAY = frozenset("by away astray into".split())
"""Verbs-or-nouns that are also metals: "the problem was lead in the water" names the metal; only
before 'by', 'away', 'astray' or 'into' is the word a passive's verb ("was lead by a judge", "was lead away");
those words, like 'by', show a passive's verb ("were send away")."""


def _passive_base_here(doc: Document, words: list[Word], at: int) -> bool:
    """A verb-or-noun that the tagger reads as a participle after 'was', 'were', 'is' or 'are', with
    the phrase a passive takes after it ('by', a time or a place, or the sentence's end): "was build
    in 1990", "were send last week"; not "the result was change in policy" (the tagger reads a noun)."""
    low = words[at].low
    if w.tags(low) != {"VERB", "NOUN"} or not w.verb_tags(low) <= {"VB", "VBP"} or low in _ADJECTIVES_TOO:
        return False
    if not _inflected(low, "VBN"):
        return False
    following = words[at + 1].low if words[at].joined and at + 1 < len(words) else None
    if following is not None and following not in _PASSIVE_NEXT and following not in _ONE_DAY:
        return False  # (a day's name is a past time: "was arrest Saturday night")
    if low in _METALS and not (words[at].joined and at + 1 < len(words) and words[at + 1].low in _AGENT_OR_AWAY):
        return False  # "the problem was lead in the water", "the pipe was lead": the metal
    if sentence_tags(doc, words)[at] == "VBN":
        return True
    if words[at - 1].low == "be" and _be_after_modal(words, at - 1) and _participle_usual(low, True, left="be"):
        return True  # "can be wash at 30 degrees", "cannot be use in", "needs to be use": 'be used' is the web's
    past = _past_time_after(words, at)
    if past and _participle_usual(low):
        return True
    # "the door was lock by the guard", "it was fix yesterday": 'is lock' too rare for the web table,
    # and the word seldom a noun without its article ('of lock'; not "the aim is control by the state")
    agent = words[at].joined and at + 1 < len(words) and words[at + 1].low in _AGENT_OR_AWAY
    if not (agent or past) or not _seldom_bare_noun(low):
        return False
    # "the suspect was arrest on Tuesday": 'is arrest' and 'is arrested' are both rare, 'was arrested' is not
    if _participle_usual(low, unseen=True):
        return True
    return past and _told_in_past(words, at) and _participle_usual(low, unseen=True, left="was")


BARE_NOUN_MOST = 14.0
"""The most (natural log) the web may write 'of' + a verb-or-noun for :func:`_seldom_bare_noun`:
'of fix', 'of lock' are unseen, 'of park' 12.1; not 'of control' (15.2), 'of design' (14.5)."""


def _seldom_bare_noun(low: str) -> bool:
    """The web seldom writes ``low`` as a noun with no article ('of fix'): after 'is' it is no
    predicate noun ("the aim is control", "the key is design")."""
    count = web_pair_count("of", low)
    return count is None or count < BARE_NOUN_MOST


PARTICIPLE_MARGIN = 2.5
"""How much more often (natural log, about twelve times) the web writes 'is' before the participle
than before the bare form for :func:`_participle_usual`: 'is built' against 'is build' (3.3); not
'is changed' against 'is change' (2.0), whose noun may be a predicate."""


_BEING = frozenset(("being",))


def _participle_after_being(low: str, participle: str) -> bool:
    """The web writes 'being' or 'is' before ``participle`` far more often than before ``low`` (by
    :data:`PARTICIPLE_MARGIN`): 'being treated', 'is hired'; not 'being part', 'is home'."""
    for left in ("being", "is"):
        theirs = web_pair_count(left, participle)
        if theirs is None:
            continue
        mine = web_pair_count(left, low)
        if mine is None or theirs - mine >= PARTICIPLE_MARGIN:
            return True
    return False


def _participle_usual(low: str, unseen: bool = False, left: str = "is") -> bool:
    """'Is' + the participle of ``low`` is far commoner on the web than 'is' + ``low``: the bare form
    is no predicate noun there ("is build", "is use"; not "is work", "is change"). With ``unseen``,
    an 'is' + ``low`` the web table lacks counts as :data:`UNSEEN_PAIR` ("is fix", "is lock": rarer
    than the table keeps, against 'is fixed', 'is locked'). ``left``: the form of 'be' asked about."""
    participle = _inflected(low, "VBN")
    mine = web_pair_count(left, low)
    theirs = web_pair_count(left, participle) if participle else None
    if theirs is None:
        return False
    if mine is None and unseen:
        mine = UNSEEN_PAIR
    return mine is not None and theirs - mine >= PARTICIPLE_MARGIN


def _past_time_after(words: list[Word], at: int) -> bool:
    """A past time follows ``words[at]``: 'in 1990', 'in the 12th century', 'last year', 'yesterday',
    '… ago' ("the bridge is build in 1990": the passive of the past, 'was built'); a year still to
    come is no past time ("the plan is build in 2027": a predicate)."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    if words[at + 1].low == "yesterday":
        return True  # "it was fix yesterday." (at the sentence's end too)
    if at + 2 >= len(words):
        return False
    nxt, then = words[at + 1].low, words[at + 2].low
    if nxt == "last":
        return True
    if nxt == "on" and then in _ONE_DAY and _told_in_past(words, at):
        return True  # "the suspect was arrest on Tuesday": a day after 'was' is past
    if nxt in _ONE_DAY and then in _PARTS_OF_DAY and _told_in_past(words, at):
        return True  # "was arrest Saturday night", "were evacuate Tuesday morning"
    if nxt in _ONE_DAY and words[at + 1].capitalised and then in _AFTER_DAY and _told_in_past(words, at):
        return True  # "was arrest Sunday after police found …", "was arrest Sunday in Dayton"
    if nxt == "in" and then.isdigit() and len(then) == 4 and 1000 <= int(then) < THIS_YEAR:
        return True
    if nxt == "in" and then == "the" and any(word.low == "century" for word in words[at + 3 : at + 6]):
        return True
    return any(word.low == "ago" for word in words[at + 1 : at + 6]) and all(word.joined for word in words[at : at + 5])


_ONE_DAY = frozenset(day for day in w.DAY_NAMES if not day.endswith("s"))
"""The names of the days, not their plurals ('on Tuesdays' is a habit, no past time)."""
_PAST_BE = frozenset("was were wasn't weren't wasn’t weren’t".split())
_AFTER_DAY = frozenset("after before in at near when and following".split())
"""Words after a day's name that end its phrase of time ("was arrest Sunday after …")."""
_PARTS_OF_DAY = frozenset(("morning", "afternoon", "evening", "night"))


def _told_in_past(words: list[Word], at: int) -> bool:
    """'Was' or 'were' stands before ``words[at]``, maybe with an adverb between ('was finally arrest')."""
    if words[at - 1].low in _PAST_BE:
        return True
    return at > 1 and words[at - 1].low in w.MID_ADVERBS and words[at - 2].low in _PAST_BE


_PARTICLE_ADVERBS = frozenset("home away back out there here".split())
"""Adverbs after which a verb-or-noun is the verb ("she was walk home")."""


def _inflected(low: str, tag: str) -> str | None:
    for lemma in w.verb_lemmas(low):
        form = w.verb_form(lemma, tag)
        if form and form != low:
            return form
    return None


_FEELINGS = {
    "interesting": ("interested", frozenset("in".split())),
    "exciting": ("excited", frozenset("about for by".split())),
    "boring": ("bored", frozenset("of".split())),
    "confusing": ("confused", frozenset("about by".split())),
    "satisfying": ("satisfied", frozenset("with by".split())),
    "frightening": ("frightened", frozenset("of by".split())),
    "terrifying": ("terrified", frozenset("of by".split())),
    "surprising": ("surprised", frozenset("by at".split())),
    "shocking": ("shocked", frozenset("by at".split())),
    "fascinating": ("fascinated", frozenset("by with".split())),
    "embarrassing": ("embarrassed", frozenset("by".split())),
    "amazing": ("amazed", frozenset("by".split())),
    "thrilling": ("thrilled", frozenset("about by with".split())),
    "horrifying": ("horrified", frozenset("by at".split())),
    "astonishing": ("astonished", frozenset("by at".split())),
    "overwhelming": ("overwhelmed", frozenset("by with".split())),
}
"""'-ing' adjectives of feeling, their '-ed' twin, and the prepositions the '-ed' form takes. Pairs
that the '-ing' form takes too are left out ('amazing at chess', 'disappointing in the final',
'annoying with his questions', 'boring with his stories')."""
_FEELING_WORDS = frozenset(_FEELINGS)
_FELT_BY = frozenset(("i", "we"))
_BE_AFTER_FELT = frozenset("am is are was were".split())
_CONTRACTED_FELT = frozenset("i'm we're".split())
_DEGREE = frozenset("very so really quite too extremely always never not still".split())


class IngForEd(GrammarRule):
    id = "grammar.ing-for-ed"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I am interesting in', 'we were boring of': the '-ing' adjective where the '-ed' one is meant."
    why = (
        "The '-ing' adjective says what causes a feeling ('the book is interesting'), the '-ed' one "
        "who has it ('I am interested in the book'). After 'I am' or 'we were' and before the "
        "preposition the feeling takes ('interested in', 'bored of', 'excited about', 'surprised "
        "by'), the '-ing' form is a slip; so after a person and 'feel' ('she felt very embarrassing'). "
        "Other subjects are left alone ('she is interesting in person'), and so are pairs the '-ing' "
        "form takes too ('I was amazing at chess')."
    )
    bad = (
        "I am interesting in this book.",
        "We were so boring of the speeches.",
        "I'm really exciting about the trip.",
        "I was surprising by the result.",
        "He was very exciting about the new job, and they were boring of it.",
        "She felt very embarrassing.",
        "I was very exciting when I received the acceptance letter.",
    )
    good = (
        "I am interested in this book; the book is interesting.",
        "She is interesting in person, and he was boring with his stories.",
        "I was amazing at chess and disappointing in the final.",
        "We were exciting to watch.",
        "He was confusing about the dates; she was interesting in person; he is boring with his jokes.",
        "It felt embarrassing. I feel amazing. She felt embarrassing moments come back. I feel boring today.",
        "The film was exciting when I saw it, and he was boring when I met him.",
    )
    fixed = (
        "I am interested in this book.",
        "We were so bored of the speeches.",
        "I'm really excited about the trip.",
        "I was surprised by the result.",
        "He was very excited about the new job, and they were bored of it.",
        "She felt very embarrassed.",
        "I was very excited when I received the acceptance letter.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _FEELING_WORDS):
            word = words[index]
            twin, prepositions = _FEELINGS[word.low]
            if _felt(words, index):
                pass  # "she felt very embarrassing."
            elif _at_news(words, index) and _felt_by_speaker(words, index):
                pass  # "I was very exciting when I received the letter"
            elif index + 1 >= len(words) or not word.joined or words[index + 1].low not in prepositions:
                continue
            else:
                anyone = words[index + 1].low in ("about", "of") and word.low != "confusing"
                if not _felt_by_speaker(words, index, anyone):
                    continue
            if in_quotes(doc, word.start):
                continue
            fixed = match_case(twin, word.text)
            yield self.replace_word(word, fixed, f"Of the one who feels it, write '{fixed}', not '{word.text}'.")


def _felt_by_speaker(words: list[Word], index: int, anyone: bool = False) -> bool:
    """'I am (very) …', 'we were …', "I'm …" right before ``words[index]``; with ``anyone``, any
    personal subject ('he was exciting about', 'they were boring of': no '-ing' form takes 'about'
    or 'of' after a person, as 'interesting in person' takes 'in')."""
    back = index - 1
    if back >= 0 and words[back].low in _DEGREE and words[back].joined:
        back -= 1
    if back < 0 or not words[back].joined:
        return False
    if words[back].low in _CONTRACTED_FELT:
        return True
    return (
        words[back].low in _BE_AFTER_FELT
        and back > 0
        and words[back - 1].joined
        and (words[back - 1].low in _FELT_BY or (anyone and words[back - 1].low in _ANY_FELT_BY))
        and (words[back - 1].low != "i" or words[back - 1].text == "I")
    )


def _at_news(words: list[Word], index: int) -> bool:
    """'when' and a personal subject and a past of learning or meeting after ``words[index]`` ("exciting
    when I received the letter", "surprising when we heard"): the feeling the news caused, the '-ed' form."""
    if index + 3 >= len(words) or not all(word.joined for word in words[index : index + 3]):
        return False
    return (
        words[index + 1].low == "when"
        and words[index + 2].low in _FELT_BY | _ANY_FELT_BY
        and words[index + 3].low in _NEWS_PASTS
    )


_NEWS_PASTS = frozenset(
    "received heard saw got found learned learnt read opened watched realised realized discovered met".split()
)
"""Pasts of learning news or meeting it, after which a person's '-ing' feeling is the '-ed' one."""
_ANY_FELT_BY = frozenset("he she they you".split())
_NOT_AFTER_FEEL = frozenset(("amazing", "boring", "interesting"))
"""'-ing' adjectives a person may feel like being ("I feel amazing", "I feel boring today")."""


def _felt(words: list[Word], index: int) -> bool:
    """A personal pronoun, 'feel' and (a degree word) before the '-ing' adjective, which ends its
    clause or takes the '-ed' form's preposition ("she felt very embarrassing.", "we feel exciting
    about it"): a person feels the '-ed' feeling.
    Not 'it felt embarrassing' (the thing causes it), nor 'I feel amazing'."""
    if words[index].low in _NOT_AFTER_FEEL:
        return False
    if index + 1 < len(words) and words[index].joined and words[index + 1].low not in _FEELINGS[words[index].low][1]:
        return False  # "felt embarrassing moments", "felt confusing at first" may be something else
    back = index - 1
    if back >= 0 and words[back].low in _DEGREE and words[back].joined:
        back -= 1
    if back < 1 or not (words[back].joined and words[back - 1].joined) or words[back].low not in w.FEEL_FORMS:
        return False
    subject = words[back - 1]
    return subject.low in _FELT_BY | _ANY_FELT_BY and (subject.low != "i" or subject.text == "I")


_STATIVE = frozenset("knowing belonging consisting containing preferring possessing resembling".split())
"""Verbs of state that take no progressive ("she knows it", "it belongs to me"); not 'loving',
'thinking', 'having', 'seeing', 'meaning', 'costing', whose progressive is right in some senses."""
_THINGS_TOO = frozenset("belonging consisting containing".split())
"""… of which 'it' may be the subject ("it is belonging to"); 'it is knowing' may be a cleft."""
_PROGRESSIVE_BE = {"am": "", "is": "", "are": "", "was": "VBD", "were": "VBD", "i'm": "", "you're": "", "we're": ""}
_PROGRESSIVE_BE |= {"they're": "", "he's": "", "she's": "", "it's": "", "been": "VBN"}
_PERFECT_HAVE = frozenset("have has had".split())
_THIRD_PERSON = frozenset("he she it".split())


class StativeProgressive(GrammarRule):
    id = "grammar.stative-progressive"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb of state in the progressive: 'she is knowing it', 'it is belonging to me'."
    why = (
        "'Know', 'belong', 'consist', 'contain', 'prefer', 'possess' and 'resemble' name states, "
        "not actions, and take the simple form: 'she knows it', 'the box belongs to me'. Only a "
        "personal pronoun as the subject is checked: 'the key is knowing your audience' is a gerund "
        "after 'is', and right."
    )
    bad = (
        "She is knowing the answer.",
        "It is belonging to my father.",
        "I am preferring tea.",
        "They were knowing it all along.",
        "She's knowing the way.",
        "He had been knowing it for years.",
        "How long are you knowing your neighbours?",
        "Is she preferring the window seat?",
    )
    good = (
        "She knows the answer; the key is knowing your audience.",
        "What matters is knowing when to stop, and it is knowing that counts.",
        "The drawer was containing nothing, he said.",
        "I've been meaning to call, and the crews had been containing the fire.",
        "How long have you known your neighbours? Does she prefer the window seat?",
        "Is it containing the fire? Is knowing the answer enough? Why is he knowing nothing, she asked.",
        "Is he resembling his father more each year? She is understanding it increasingly well.",
    )
    fixed = (
        "She knows the answer.",
        "It belongs to my father.",
        "I prefer tea.",
        "They knew it all along.",
        "She knows the way.",
        "He had known it for years.",
        "How long are you knowing your neighbours?",
        "Is she preferring the window seat?",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _STATIVE):
            verb = words[index]
            if _changing(words, index):
                continue  # "He is resembling his father more each year": a state that grows is a process
            asked = self._asked(doc, words, index)
            if asked is not None:
                yield asked
                continue
            be_index = index - 1
            if be_index < 0 or not words[be_index].joined or words[be_index].low not in _PROGRESSIVE_BE:
                continue
            be = words[be_index]
            contracted = "'" in be.low
            subject_index = be_index - 1
            if be.low == "been":  # "had been knowing" -> "had known"
                subject_index = _perfect_subject(words, be_index)
                subject = words[subject_index].low.split("'")[0] if subject_index >= 0 else ""
            elif contracted:
                subject = be.low.split("'")[0]
            elif be_index > 0 and words[be_index - 1].joined:
                subject = words[be_index - 1].low
            else:
                continue
            if subject not in w.PERSON_SUBJECTS and not (subject == "it" and verb.low in _THINGS_TOO):
                continue
            if subject == "i" and not contracted and words[subject_index].text[:1] != "I":
                continue
            simple = _simple_form(verb.low, _PROGRESSIVE_BE[be.low], subject in _THIRD_PERSON)
            if simple is None or in_quotes(doc, verb.start):
                continue
            # "is knowing" -> "knows"; "she's knowing" -> "she knows" (the contraction holds the subject)
            replacement = f"{be.text[: len(subject)]} {simple}" if contracted else match_case(simple, be.text)
            yield self.finding(
                be.start,
                verb.end,
                f"A verb of state takes no progressive: write '{replacement}', not '{be.text} {verb.text}'.",
                suggestions=(replacement,),
                fix=FixSafety.SAFE,
            )

    def _asked(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Are you knowing the answer?', 'How long is she knowing him?': a question's 'be', its
        subject pronoun and the verb of state; 'do' asks instead ('Do you know …?'), and after 'how
        long' the present perfect ('How long has she known …?')."""
        if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
            return None
        be, subject = words[index - 2], words[index - 1]
        if (
            be.low not in _STATE_ASKED_BE
            or subject.low not in w.PERSON_SUBJECTS
            or (subject.low == "i" and subject.text != "I")
        ):
            return None
        opener = index - 2
        if opener == 2 and words[0].low == "how" and words[1].low == "long":
            how_long = True
        elif opener == 0 or (opener == 1 and words[0].low in w.QUESTION_WORDS and words[0].joined):
            how_long = False
        else:
            return None
        if doc.text[words[-1].end : words[-1].end + 1] != "?" or in_quotes(doc, be.start):
            return None
        third = subject.low in _THIRD_PERSON
        lemmas = w.verb_lemmas(words[index].low)
        if not lemmas:
            return None
        if how_long:
            participle = w.verb_form(lemmas[0], "VBN")
            if not participle:
                return None
            replacement = f"{'has' if third else 'have'} {subject.text} {participle}"
        else:
            do = "did" if be.low in ("was", "were") else ("does" if third else "do")
            replacement = f"{do} {subject.text} {lemmas[0]}"
        return self.finding(
            be.start,
            words[index].end,
            f"A verb of state takes no progressive: ask '{replacement}', not "
            f"'{be.text} {subject.text} {words[index].text}'.",
            suggestions=(match_case(replacement, be.text),),
            fix=FixSafety.UNSAFE,
        )


_STATE_ASKED_BE = frozenset("am is are was were".split())
_GROWING = frozenset(("increasingly", "gradually", "slowly", "steadily"))
_STEPS = frozenset(("each", "every", "and", "by"))


def _changing(words: list[Word], index: int) -> bool:
    """The state changes by degrees: 'increasingly'/'gradually' near the verb, or 'more'/'less' + 'each',
    'every', 'and', 'by' after it ("resembling his father more each year", "more and more")."""
    near = words[max(0, index - 3) : index + 6]
    if any(word.low in _GROWING for word in near):
        return True
    return any(
        word.low in ("more", "less") and at + 1 < len(words) and words[at + 1].low in _STEPS
        for at, word in enumerate(words[index + 1 :], start=index + 1)
    )


def _perfect_subject(words: list[Word], been: int) -> int:
    """Index of the subject of 'have' before 'been' ("she had been", "I've been"), or -1."""
    have = been - 1
    if have < 0 or not words[have].joined:
        return -1
    low = words[have].low
    if low in _PERFECT_HAVE:
        return have - 1 if have > 0 and words[have - 1].joined else -1
    return have if low.endswith(("'ve", "'s", "'d")) else -1


def _simple_form(ing: str, tense: str, third: bool) -> str | None:
    """The simple present or past of the verb whose '-ing' form is ``ing``."""
    for lemma in w.verb_lemmas(ing):
        form = w.verb_form(lemma, tense or ("VBZ" if third else "VB"))
        if form:
            return form
    return None


_INFINITIVE_LEMMAS = (
    "decide refuse agree manage hope promise threaten fail pretend afford arrange attempt plan tend seem "
    "wish hesitate vow strive endeavour endeavor opt volunteer consent decline offer claim"
).split()
"""Verbs that take 'to' + verb and never an '-ing' form ("decided to go", "refused to answer").
Not 'want' or 'deserve' ("it wants washing", "it deserves mentioning"), 'learn' ("learned sailing"),
'intend' ("we intend going", British), 'expect' ("expect flooding": a noun), 'choose' ("chose walking
over driving"), 'resolve' ("resolved using a patch"), 'neglect' (takes both). 'Seem' only before
'being' ("it seems fitting" is right); 'offer', 'plan', 'afford' and the like only before an '-ing'
form with its object (see :data:`_OBJECT_NEEDED`)."""
_INFINITIVE_VERBS = frozenset(
    form
    for lemma in _INFINITIVE_LEMMAS
    for tag in ("VB", "VBP", "VBZ", "VBD", "VBN")
    for form in w.verb_inflections(lemma).get(tag, ())
)


_NOT_INFINITIVE_VERBS = frozenset(
    form
    for lemma in ("choose", "want", "expect", "intend", "learn")
    for tag in ("VB", "VBP", "VBZ", "VBD", "VBN")
    for form in w.verb_inflections(lemma).get(tag, ())
)
"""Verbs that take '-ing' as a noun's stand-in ("chose walking over driving", "learned sailing") but
never 'not' + '-ing' ("chose not attending" is "chose not to attend")."""
_OBJECT_TO_LEMMAS = "force advise encourage persuade urge invite remind warn forbid order enable help".split()
"""Verbs whose object is followed by 'to' + verb ("forced us to leave", "advised him not to sign"),
never by an '-ing' form; 'help' also by the bare verb ("helped us move"). Not 'tell' or 'ask'
("I asked them leaving the hall": a participle describing them), 'want' or 'need' ("we need you
working"), 'require' ("won't require us worrying about it": a gerund object of its own), 'teach'
("taught them reading": a noun), 'allow' ("allow them parking")."""
_OBJECT_TO_VERBS = frozenset(
    form
    for lemma in _OBJECT_TO_LEMMAS
    for tag in ("VB", "VBP", "VBZ", "VBD", "VBN")
    for form in w.verb_inflections(lemma).get(tag, ())
)
_OBJECT_TO_PERSONS = frozenset("me him us them you".split())
"""Not 'her' ("warned her cleaning lady": a possessive) or 'it'."""
_WAIT = frozenset(("wait",))
_WANT = frozenset(("want", "wants", "wanted"))
_WANT_SUBJECTS = w.PERSON_SUBJECTS
"""Not 'it' ("it wants washing": British for 'needs')."""
_LIKE = frozenset(("like",))
_WOULD_REQUEST = frozenset("i'd we'd i’d we’d".split())
"""A request ("I'd like booking a table" → 'to book'); not 'you'd', 'they'd' or 'would' alone, whose
'like' + '-ing' may be 'would enjoy' ("you'd like living in the country")."""
_INFINITIVE_AFTER_TRIGGERS = _INFINITIVE_VERBS | _NOT_INFINITIVE_VERBS | _OBJECT_TO_VERBS | _WAIT | _LIKE
_AFTER_VERB_TAGS = frozenset("DT PRP PRP$ IN TO RB RP".split())
"""Tags of the word after an '-ing' form that show it a verb: its object's opener, a preposition or
an adverb ("want going home", "like going to the cinema"), not a noun it modifies."""
_COMPARED = frozenset("more less better most much too".split())
_SEEM = frozenset(("seem", "seems", "seemed"))
_OBJECT_NEEDED = frozenset(
    form
    for lemma in ("offer", "plan", "claim", "arrange", "attempt", "afford", "manage")
    for forms in w.verb_inflections(lemma).values()
    for form in forms
)
"""Verbs whose '-ing' neighbour is often a noun ("offers parking", "plans using A3", "we manage
billing and payroll"): reported only when the '-ing' form has an object ("plan opening a store")."""


class InfinitiveAfter(GrammarRule):
    id = "grammar.infinitive-after"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An '-ing' form after a verb that takes 'to': 'decided going', 'can't afford spending'."
    why = (
        "'Decide', 'refuse', 'agree', 'manage', 'hope', 'promise', 'threaten', 'fail', 'pretend', "
        "'afford', 'aim', 'arrange', 'attempt', 'choose', 'plan', 'tend', 'seem', 'hesitate', 'vow', "
        "'offer' and the like take 'to' and the bare verb: 'decided to go', 'refused to answer', "
        "'managed to finish'. A form that is also a noun counts only as the tagger's verb ('hoshin "
        "plans using A3' is left alone). Left alone: "
        "an '-ing' form that begins a clause's subject ('we decided going home was best': a verb "
        "follows), an '-ing' form that is also a noun or an adjective ('promised lasting peace'), and "
        "the verbs as nouns or adjectives ('a decided advantage'). 'Seem' is read before 'being' or an "
        "'-ing' verb with its object ('seems enjoying her job'), 'plan' before an '-ing' form with its "
        "object or a name ('we plan visiting Rome'). 'Force', 'advise', 'urge', 'encourage', 'persuade', "
        "'remind', 'warn', 'help' and the like take their object and 'to' ('forced us to leave'; "
        "'help' also the bare verb): an '-ing' form the tagger reads as a verb after their object "
        "pronoun is reported ('advised him not signing'), and 'can't wait' before an '-ing' verb "
        "('can't wait seeing you'). 'Want' after a personal subject and 'I'd like' or 'we'd like' take 'to' too "
        "('I want to go', 'I would like to book'): an '-ing' form before an object, a preposition or "
        "an adverb is reported, not one before a noun it describes ('I want sleeping bags'), a noun "
        "before its own preposition ('want dressing on the side'), or a comparison ('I'd like swimming "
        "more if …'), nor 'it wants washing', nor 'you'd like living here' ('would enjoy')."
    )
    bad = (
        "The council decided closing the library.",
        "We finally managed getting the tickets.",
        "She refused answering the question, and he agreed paying the bill.",
        "They hope seeing you soon.",
        "We can't afford buying a car, and they plan opening a shop.",
        "He attempted climbing the wall, and she seems being tired.",
        "We decided not going, and she chose not attending the meeting.",
        "The flood forced us leaving the house, and the bank advised them not selling.",
        "I can't wait meeting your parents, and the new coach seems knowing the game.",
        "We plan renting Villa Rosa, and they helped us carrying the boxes.",
        "I want going to bed early, and we would like booking a table for four.",
        "They decided going home, she refused going with them, and he promised coming back.",
    )
    good = (
        "The council decided to close the library, and we decided going home was best.",
        "We managed to get the tickets; he agreed the funding; they promised lasting peace.",
        "It was a decided improvement; the promised funding arrived.",
        "She refused, answering only that she was tired. They hope, seeing the data, to win.",
        "The hoshin plans using A3 were late; his claims being true, we paid; it offers parking.",
        "The attempted climbing record stood; she seems tired; the news can seem alarming to us.",
        "She chose walking over driving and learned sailing; we decided not going was best.",
        "I warned you, knowing the road. He asked them leaving the hall to wait; she taught them reading.",
        "We can't wait, seeing the queue; I reminded you leaving early was fine; the order them sorting was odd.",
        "I want sleeping bags; it wants washing; I'd like swimming more if it were warm; I like going out.",
        "The council promised housing there; the board agreed funding for schools and agreed going rates.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _INFINITIVE_AFTER_TRIGGERS):
            verb = words[index]
            if index + 1 >= len(words) or not verb.joined or verb.capitalised:
                continue
            if verb.low in _OBJECT_TO_VERBS or verb.low in _WAIT:
                finding = self._object_or_wait(doc, words, index)
                if finding is not None:
                    yield finding
                if verb.low not in _INFINITIVE_AFTER_TRIGGERS - _OBJECT_TO_VERBS - _WAIT:
                    continue
            if verb.low in _WANT | _LIKE:
                finding = self._want_or_would_like(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS | _BE_FORMS:
                continue  # "a decided advantage", "it was agreed": not the verb with an object
            at = index + 1
            if words[at].low == "not" and words[at].joined and at + 1 < len(words):
                at += 1  # "decided not going" → "decided not to go"
            elif verb.low not in _INFINITIVE_VERBS:
                continue
            gerund = words[at]
            if w.verb_tags(gerund.low) != {"VBG"} or gerund.capitalised:
                continue
            tags = w.tags(gerund.low)
            seems_being = gerund.low == "being" and verb.low in _SEEM
            if verb.low in _SEEM and not seems_being:
                if tags != {"VERB"} or not _object_follows(words, at) or at > index + 1:
                    continue  # "can seem alarming": an adjective ("seems enjoying her job" is the slip)
                seems_being = True
            if (
                verb.low in _OBJECT_NEEDED
                and at == index + 1
                and not _object_follows(words, at)
                and not _name_object(words, index, at)
                and not _closing_particle(words, at)
            ):
                continue  # "it offers parking", "cannot afford losing $40": a noun, or prose's idiom
            if (
                tags != {"VERB"}
                and not (tags <= {"VERB", "NOUN", "ADJ"} and "NOUN" in tags and _object_follows(words, at))
                and not _particle_follows(doc, words, at)
                and not seems_being
                and at == index + 1
            ):
                continue  # "promised lasting peace"; "decided closing the library" has its object
            if (_finite_ahead(words, at) and not seems_being) or in_quotes(doc, gerund.start):
                continue  # "decided going home was best": the -ing form is a subject
            if (
                "NOUN" in w.tags(verb.low)
                and not (index > 0 and words[index - 1].low in w.SUBJECT_PRONOUNS)
                and not sentence_tags(doc, words)[index].startswith("VB")
            ):
                continue  # "deploy hoshin plans using A3": a noun
            found = self._to_bare(verb, gerund, "not " if at > index + 1 else "")
            if found is not None:
                yield found

    def _to_bare(self, verb: Word, gerund: Word, negation: str = "") -> Finding | None:
        """'to' and the bare verb in place of the '-ing' form after ``verb`` (None when the form has
        no known lemma); ``negation`` ('not ') stands between them in the message."""
        base = next(iter(w.verb_lemmas(gerund.low)), None)
        if base is None:
            return None
        return self.replace_word(
            gerund,
            f"to {base}",
            f"'{verb.text}' takes 'to' and the bare verb: '{verb.text} {negation}to {base}'.",
            FixSafety.UNSAFE,
        )

    def _want_or_would_like(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'I want going home', 'I would like going to the cinema': 'want' after a personal subject
        and 'would like' take 'to' and the bare verb. Only an '-ing' form that is nothing but a verb
        and that the tagger reads as one ("I want sleeping bags" has a noun), with no finite verb
        after it ("I'd like going there was the plan" is left alone)."""
        verb = words[index]
        if index == 0 or not words[index - 1].joined:
            return None
        before = words[index - 1].low
        if verb.low in _LIKE and before == "would" and index > 1 and words[index - 2].joined:
            before = {"i": "i'd", "we": "we'd"}.get(words[index - 2].low, before)
        if (verb.low in _WANT and before not in _WANT_SUBJECTS) or (verb.low in _LIKE and before not in _WOULD_REQUEST):
            return None
        at = index + 1
        gerund = words[at]
        if at + 1 >= len(words) or not gerund.joined or words[at + 1].low in _COMPARED:
            return None  # "I'd like swimming more if …": the activity as a noun
        if (
            w.verb_tags(gerund.low) != {"VBG"}
            or gerund.capitalised
            or gerund.low == "being"
            or _finite_ahead(words, at)
            or in_quotes(doc, gerund.start)
        ):
            return None
        tags = sentence_tags(doc, words)
        if tags[at] != "VBG" or tags[at + 1] not in _AFTER_VERB_TAGS:
            return None  # "I want sleeping bags", "would like cleaning products": a modifier
        if tags[at + 1] == "IN" and "NOUN" in w.tags(gerund.low):
            return None  # "do you want dressing on the side?": a noun before its own preposition
        return self._to_bare(verb, gerund)

    def _object_or_wait(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Forced us doing it', 'advised him not signing', 'helped us moving': an '-ing' form after
        the object of a verb that takes 'to'; and 'can't wait seeing you'."""
        verb = words[index]
        at = index + 1
        if verb.low in _WAIT:
            if index == 0 or words[index - 1].low not in _CANNOT or not words[index - 1].joined:
                return None
        else:
            if words[at].low not in _OBJECT_TO_PERSONS or not words[at].joined:
                return None
            if index > 0 and words[index - 1].low in w.DETERMINERS | _BE_FORMS | _PASSIVE_BEFORE:
                return None  # "an order them", "was forced": not the active verb with its object
            at += 1
        if at + 1 >= len(words):
            return None
        negation = ""
        if words[at].low == "not" and words[at].joined and verb.low not in _WAIT:
            negation, at = "not ", at + 1
        gerund = words[at]
        if (
            not words[at - 1].joined
            or w.verb_tags(gerund.low) != {"VBG"}
            or gerund.capitalised
            or gerund.low == "being"
            or _finite_ahead(words, at)
            or in_quotes(doc, gerund.start)
        ):
            return None  # "I told you, running …", "forced them being": left alone
        tags = sentence_tags(doc, words)
        if not tags[index].startswith("VB") or not (tags[at] == "VBG" or _object_follows(words, at)):
            return None  # "the order", "a warn": a noun; "forced them shopping": not the verb
        base = next(iter(w.verb_lemmas(gerund.low)), None)
        if base is None:
            return None
        if verb.low in _WAIT:
            message = f"'can't wait' takes 'to' and the bare verb: 'wait to {base}'."
            suggestions: tuple[str, ...] = (f"to {base}",)
        elif w.verb_lemmas(verb.low)[:1] == ("help",):
            phrase = f"{verb.text} {words[index + 1].text} {negation}{base}"
            message = f"'{verb.text}' takes its object and the bare verb or 'to': '{phrase}'."
            suggestions = (f"{negation}{base}", f"{negation}to {base}")
        else:
            phrase = f"{verb.text} {words[index + 1].text} {negation}to {base}"
            message = f"'{verb.text}' takes its object and 'to' + verb: '{phrase}'."
            suggestions = (f"{negation}to {base}",)
        start = words[at - 1].start if negation else gerund.start
        return self.finding(start, gerund.end, message, suggestions=suggestions, fix=FixSafety.UNSAFE)


def _name_object(words: list[Word], index: int, at: int) -> bool:
    """A name follows the '-ing' form at ``at`` and a subject pronoun stands before the verb at
    ``index``: "we plan visiting Rome" (not "the hoshin plans using A3")."""
    return (
        index > 0
        and at + 1 < len(words)
        and words[index - 1].low in w.SUBJECT_PRONOUNS
        and words[index - 1].joined
        and words[at].joined
        and words[at + 1].text[:1].isupper()
        and words[at + 1].text[1:].islower()
    )


_ING_PARTICLES = frozenset("home back out away abroad there ahead together inside outside upstairs downstairs".split())
"""Adverbs of place and direction that attach to a verb ("decided going home", "promised coming back"),
not to a noun the '-ing' form might be."""
_MOTION_PARTICLES = frozenset("home back away abroad ahead".split())
"""The ones that show a verb of motion even after a form that is a noun too ('coming back')."""


def _name_follows(words: list[Word], at: int) -> bool:
    """A capitalised word that is no sentence's first and no day's name follows ``words[at]``, joined
    ("are core Linux tools"; not "was arrest Saturday night", a time)."""
    if at + 1 >= len(words) or not words[at].joined or not words[at + 1].capitalised:
        return False
    return not words[at + 1].text.isupper() and words[at + 1].low not in _ONE_DAY


def _list_of_nouns(doc: Document, words: list[Word], at: int) -> bool:
    """A comma and a word that is only a noun (or an adjective) follow ``words[at]``: it opens a list
    of nouns ('are speed, scalability, sensitivity'), not a verb form."""
    if at + 1 >= len(words) or doc.text[words[at].end : words[at].end + 1] != ",":
        return False
    low = words[at + 1].low
    tags = w.tags(low)
    if not tags:  # a word the tables lack ('scalability'), not a closed-class one ('and', 'we')
        return low.isalpha() and low.endswith(_NOUN_ENDINGS)
    return "NOUN" in tags and tags <= {"NOUN", "ADJ"}


_NOUN_ENDINGS = ("ity", "ness", "ment", "tion", "sion", "ance", "ence", "ship", "ism")


def _closing_particle(words: list[Word], at: int) -> bool:
    """An adverb of motion follows the '-ing' form at ``at`` and ends the phrase ("managed getting
    in.", "managed getting out, at last"): the verb's particle, not a preposition's."""
    if not words[at].joined or at + 1 >= len(words) or words[at + 1].low not in _CLOSING_PARTICLES:
        return False
    return at + 2 >= len(words) or not words[at + 1].joined


_CLOSING_PARTICLES = _ING_PARTICLES | frozenset("in up off down over through".split())


def _particle_follows(doc: Document, words: list[Word], at: int) -> bool:
    """The '-ing' form at ``at`` (also an adjective or a noun) is read as a verb by what follows it:
    an adverb of place or direction ("refused going home"), or, for a form that is no noun, a
    preposition ("decided going with them"; not "agreed funding for schools": a noun). After a
    form that is a noun too only an adverb of motion counts, and the tagger must read the verb
    ("promised coming back"; "promised housing there" is a noun)."""
    if not words[at].joined or at + 1 >= len(words):
        return False
    following, tags = words[at + 1].low, w.tags(words[at].low)
    if "NOUN" in tags:  # "promised coming back"; not "promised housing there"
        return following in _MOTION_PARTICLES and sentence_tags(doc, words)[at] == "VBG"
    return following in _ING_PARTICLES or following in w.PREPOSITIONS - {"of"}


def _finite_ahead(words: list[Word], at: int) -> bool:
    """A finite verb among the few words after ``words[at]`` before a break: the '-ing' form heads
    a clause's subject."""
    for later in range(at + 1, min(at + 7, len(words))):
        if not words[later - 1].joined:
            return False
        if w.only_finite(words[later].low):
            return True
    return False


_ALLOW_PRESENT = frozenset("allows enables advises".split())
_ALLOW_BASE = frozenset("allow enable advise".split())
_ALLOW_PAST = frozenset("allowed enabled advised".split())
_ALLOW_FORMS = _ALLOW_PRESENT | _ALLOW_BASE | _ALLOW_PAST
_ALLOW_BASE_BEFORE = (
    w.MODALS
    | w.NEGATED_MODALS
    | frozenset("do does did don't doesn't didn't don’t doesn’t didn’t not i we they".split())
)
"""What makes 'allow' the finite verb with a subject of its own ("the rules do not allow to
build"), not the object-less imperative of recipes ("Allow to cool", "cover and allow to stand")."""
_ALLOW_PAST_BEFORE = frozenset("it this that which who he she they we i".split())
"""A subject straight before 'allowed': the active verb ("it allowed to cut costs"), not the
passive or a participle ("were allowed to vote", "those allowed to vote")."""


def _plural_subject(doc: Document, words: list[Word], index: int) -> bool:
    """A plural noun the tagger reads as one stands right before 'allow' at ``index``: its subject
    ("the new rules allow to park"), not a recipe's imperative ("Allow to cool")."""
    if index < 2 or not words[index - 1].joined or not w.is_plural_noun(words[index - 1].low):
        return False
    return sentence_tags(doc, words)[index - 1] == "NNS" and words[index - 2].low in w.DETERMINERS | _PLURAL_OPENERS


_PLURAL_OPENERS = frozenset("new old current these those such both".split())


class AllowWithoutObject(GrammarRule):
    id = "grammar.allow-object"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Allow', 'enable' or 'advise' straight before 'to' + verb: 'the app allows to share files'."
    why = (
        "'Allow' and 'enable' name who is allowed: 'the app allows users to share files', or take the "
        "-ing form with no one named: 'the app allows sharing files'. 'Allows to share' leaves the "
        "object out; so does 'I advise to book early' ('advise booking', 'advise you to book'). "
        "Left alone: the passive ('visitors are allowed to enter'), a participle ('those "
        "allowed to vote'), the object-less imperative of recipes ('Allow to cool for ten minutes') "
        "and 'allow for'."
    )
    bad = (
        "The new app allows to share files.",
        "This setting enables to run scripts.",
        "The rules do not allow to build here.",
        "The update will enable to export reports, and it allowed to cut costs.",
        "The new rules allow to park on the street.",
        "I advise to book early, and she advised to wait.",
    )
    good = (
        "The new app allows users to share files; it allows sharing files.",
        "Visitors are allowed to enter; we were not allowed to speak; those allowed to vote came.",
        "Allow to cool for ten minutes, then cover and allow to stand.",
        "The plan allows for change, and the update enabled users to export reports.",
        "Remove the cakes and allow to cool; the new rules allow residents to park.",
        "Visitors are advised to book; those advised to leave did so; I advise you to wait.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ALLOW_FORMS):
            allow = words[index]
            if index + 2 >= len(words) or not allow.joined or words[index + 1].low != "to":
                continue
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if allow.low in _ALLOW_BASE and before not in _ALLOW_BASE_BEFORE and not _plural_subject(doc, words, index):
                continue
            if allow.low in _ALLOW_PAST and before not in _ALLOW_PAST_BEFORE:
                continue
            if not words[index + 1].joined:
                continue
            verb = words[index + 2]
            gerund = _gerund(verb)
            if gerund is None or verb.capitalised or "VB" not in w.verb_tags(verb.low):
                continue
            if in_quotes(doc, allow.start):
                continue
            yield self.finding(
                allow.start,
                verb.end,
                f"'{allow.text}' needs an object before 'to' ('{allow.text} users to {verb.text}') "
                f"or the -ing form: '{allow.text} {gerund}'.",
                suggestions=(f"{allow.text} {gerund}",),
                fix=FixSafety.UNSAFE,
            )


_NOT_ACTIVE_BEFORE = frozenset(
    "am is are was were be been being get gets got getting i'm i’m he's she's it's we're they're you're".split()
)
"""'It was suggested to', 'I'm told': the passive, where the verb's person is the subject."""

_SUGGEST = frozenset(("suggest", "suggests", "suggested", "suggesting"))
_SUGGEST_OBJECTS = frozenset("me him her us them you".split())
SUBJECT_OF = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they", "you": "you"}


class SuggestTo(GrammarRule):
    id = "grammar.suggest-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Suggest' with 'to' + verb: 'I suggest to leave', 'she suggested him to wait'."
    why = (
        "'Suggest' takes an -ing form ('I suggest leaving early') or a 'that' clause ('she suggested "
        "that he wait'), never 'to' + verb, with or without a person before it. Left alone: the "
        "passive ('it was suggested to the board'), 'to' before a noun ('suggested to date', "
        "'suggest to the committee') and quotations."
    )
    bad = (
        "I suggest to leave early.",
        "She suggested him to wait outside.",
        "The guide suggests to book in advance, and he suggested us to try again.",
        "I suggest you to take the train, and she keeps suggesting us to wait.",
    )
    good = (
        "I suggest leaving early; she suggested that he wait outside.",
        "It was suggested to the board; the study has suggested to date that it works.",
        "They suggest to the committee a new plan, and suggested it to him.",
        "I suggest you take the train; I'd suggest you to the board as its chair.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SUGGEST):
            suggest = words[index]
            at = index + 1
            if at < len(words) and words[at].low in _SUGGEST_OBJECTS and suggest.joined:
                at += 1
            if at + 1 >= len(words) or words[at].low != "to" or not words[at - 1].joined or not words[at].joined:
                continue
            if index > 0 and words[index - 1].low in _NOT_ACTIVE_BEFORE:
                continue  # "it was suggested to the board"
            verb = words[at + 1]
            gerund = _gerund(verb)
            if gerund is None or verb.capitalised or sentence_tags(doc, words)[at + 1] != "VB":
                continue  # "suggested to date": a noun
            if in_quotes(doc, suggest.start):
                continue
            person = words[index + 1].low if at > index + 1 else ""
            if person:
                subject = SUBJECT_OF.get(person, person)
                message = f"'{suggest.text}' takes a clause: '{suggest.text} that {subject} {verb.text}'."
                suggestion = f"{suggest.text} that {subject} {verb.text}"
            else:
                message = f"'{suggest.text}' takes the -ing form: '{suggest.text} {gerund}'."
                suggestion = f"{suggest.text} {gerund}"
            yield self.finding(suggest.start, verb.end, message, suggestions=(suggestion,), fix=FixSafety.UNSAFE)


_NEEDS = frozenset("need needs".split())
"""Not 'needed': also the participle of a reduced relative ("the skills needed included in the
list"); not 'want', whose object is often moved ("the man the police want arrested")."""
_NOT_NEEDED = frozenset(("based", "related", "used", "concerned", "involved", "needed"))
_NEEDS_BEFORE = frozenset("it this that which who what".split()) | w.DETERMINERS
_AFTER_NEEDED = w.PREPOSITIONS | frozenset("and or but now soon again today tomorrow first urgently badly".split())


class NeedsParticiple(GrammarRule):
    id = "grammar.needs-participle"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Needs' before a participle: 'the car needs washed' ('needs washing', 'needs to be washed')."
    why = (
        "In standard English 'need' and 'want' take '-ing' or 'to be' + participle: 'the car needs "
        "washing' or 'needs to be washed'. 'Needs washed' is a regional form (western Pennsylvania, "
        "Scotland) that edited prose avoids. Only a regular '-ed' form that ends its phrase (the "
        "sentence's end, 'by', a time) after a thing as subject is reported; 'needs fixed income' "
        "(an adjective before a noun) and 'the help needed' are left alone."
    )
    bad = (
        "The car needs washed.",
        "The grass needs watered every day, and the report needs finished by Friday.",
        "The dishes need washed before dinner.",
        "This room badly needs painted.",
    )
    good = (
        "The car needs washing; the grass needs to be watered.",
        "She needs fixed hours and wanted answered prayers; we need trained staff.",
        "We tailor a trip to your needs based on budget; the foreigners they want extradited.",
        "The help needed arrived; the skills needed included in the list; he wanted loved ones near.",
        "He needs reassurance; they need trained in the basics? No: they need training.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _NEEDS):
            need = words[index]
            at = index + 1
            if at >= len(words) or not need.joined or index == 0:
                continue
            participle = words[at]
            low = participle.low
            if not low.endswith("ed") or w.verb_tags(low) - {"VBD", "VBN"} or not w.verb_tags(low):
                continue
            if not w.tags(low) <= {"VERB", "ADJ"} or participle.capitalised or in_quotes(doc, need.start):
                continue
            if participle.joined and at + 1 < len(words) and words[at + 1].low not in _AFTER_NEEDED:
                continue  # "needs fixed income": an adjective before its noun
            subject = words[index - 1].low
            if subject in w.SUBJECT_PRONOUNS - {"it"} or subject in w.OBJECT_PRONOUNS - {"it"}:
                continue  # "he needed reassured" is rarer than a person's "needs" with a clause
            if need.low == "need" and subject not in _NEEDS_BEFORE and "NOUN" not in w.tags(subject):
                continue
            if low in _NOT_NEEDED or sentence_tags(doc, words)[index] not in ("VBZ", "VBP"):
                continue  # "tailored to your needs based on budget": the noun
            lemma = next(iter(w.verb_lemmas(low)), None)
            gerund = _inflected(lemma, "VBG") if lemma else None
            if gerund is None:
                continue
            yield self.finding(
                participle.start,
                participle.end,
                f"'{need.text} {participle.text}' is regional: write '{need.text} {gerund}' or "
                f"'{need.text} to be {participle.text}'.",
                suggestions=(gerund, f"to be {participle.text}"),
                fix=FixSafety.UNSAFE,
            )


RULES = [
    NeedsParticiple,
    SuggestTo,
    GerundAfter,
    AllowWithoutObject,
    InfinitiveAfter,
    ThereWasPlural,
    TooBeforeNumber,
    InfinitiveForm,
    NounForVerb,
    VerbForNoun,
    BeenParticiple,
    BeBareVerb,
    ThereAreSingular,
    IngForEd,
    StativeProgressive,
]
