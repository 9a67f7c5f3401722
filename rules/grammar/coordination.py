"""A verb joined by 'and' to a participle that keeps the bare form: "he was arrested and charge
with theft", "she has finished the report and send it", "the papers were signed, stamped and send"
("charged", "sent").

The auxiliary before the first participle governs the second too, so both take the participle. The
check is narrow on purpose: the auxiliary must be one whose subject cannot also take the bare verb
(with 'I was told and agree', 'we have read it and agree' the second verb is a present of its own,
and right), so only 'was', 'is', 'has' and 'had'; the second verb must have a participle of another
spelling ('put', 'cut' are their own) and no adjective reading ('clean', 'open'); and what follows it
must be what follows a verb (a preposition, an object, the end of the sentence), not a noun
('was arrested and charge sheets were filed').
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import in_quotes, places, positions

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

_AND = frozenset(("and",))
_GOVERNING = frozenset("was is has had".split())
"""Auxiliaries whose subject cannot take a bare present: after them 'and' + bare verb is a slip."""
_BEEN_AFTER = frozenset(("has", "had"))
_AUXILIARY_BEFORE = _GOVERNING | {"been"}
_PLURAL_GOVERNING = frozenset(("were", "are", "have"))
"""Auxiliaries of a plural noun subject: 'the suspects were arrested and charge with' is the slip unless
the verb after 'and' is one of :data:`_OWN_PRESENT`."""
_OWN_PRESENT = frozenset(
    """
    say says warn urge believe think expect hope fear want need plan agree support claim argue insist admit deny
    call continue remain stand live work hold see know feel like love hate wish intend understand accept
    doubt suspect suggest recommend predict estimate note add point stress say seem appear look sound
    face risk include contain own belong depend rely deserve require mean matter prefer regret
    return go come stay appear travel move head arrive wait sit rest speak talk compete play rank lead
    trail meet serve vote report account respond react look
    """.split()
)
"""Verbs that often state a present of their own beside a past or perfect ("residents were evacuated
and fear for their homes", "scientists have studied the data and warn that"): left alone."""
_LIST_GOVERNING = _GOVERNING | frozenset("were are am be been being have".split())
"""Auxiliaries that govern a list of participles ("were signed, stamped and send"): after a list the
verb after 'and' is its last item whatever the auxiliary, not a present of its own."""
_RELATIVES = w.RELATIVE_PRONOUNS
"""Before the auxiliary, a relative clause: the verb after 'and' may belong to the main clause."""
_MOST_BETWEEN = 5
"""Words at most between the first participle and 'and' ("was arrested in Paris on Monday and …")."""
_STOPS = w.CLAUSE_OPENERS | frozenset("who which what or but nor then also as than".split())
"""Words between the two verbs that start another clause or another kind of list."""
_AFTER_VERB = (w.PREPOSITIONS - {"of"}) | w.OBJECT_OPENERS | frozenset("off out up down back away".split())


@lru_cache(maxsize=1 << 13)
def _participle_for(low: str) -> str | None:
    """The participle for a bare verb whose participle is spelt otherwise ("charge" → "charged"),
    if the word can be nothing else but a verb or a noun."""
    if low in w.AUXILIARIES or not w.tags(low) <= {"VERB", "NOUN"} or "VB" not in w.verb_tags(low):
        return None
    if w.verb_tags(low) & {"VBN", "VBD", "VBZ", "VBG"}:
        return None
    for lemma in w.verb_lemmas(low):
        if lemma == low:
            participle = w.verb_form(lemma, "VBN")
            return participle if participle and participle != low else None
    return None


def _governing_participle(words: list[Word], index: int) -> int | None:
    """The index of the participle that 'and' at ``index`` continues, if an auxiliary of
    :data:`_GOVERNING` stands right before it and nothing between them starts another clause."""
    for at in range(index - 1, max(-1, index - 2 - _MOST_BETWEEN), -1):
        word = words[at]
        if not word.joined or word.low in _STOPS or _infinitive(words, at):
            return None
        if _participle_only(word.low) and at > 0:
            aux = at - 1
            if words[aux].low in w.MID_ADVERBS and aux > 0:
                aux -= 1
            auxiliary, passive = words[aux].low, False
            if auxiliary == "been" and aux > 0:
                auxiliary, passive = (words[aux - 1].low if words[aux - 1].low in _BEEN_AFTER else ""), True
            plural = auxiliary in _PLURAL_GOVERNING and _noun_subject_before(words, aux)
            if plural and (words[index + 1].low in _OWN_PRESENT or not _preposition_after(words, index + 1)):
                return None  # "firms have cut jobs and expect more", "results were published and show a rise"
            if (auxiliary in _GOVERNING or plural) and words[aux].joined:
                if aux > 0 and words[aux - 1].low == "i":
                    return None  # "I was told and agree": a present of its own
                if _in_relative(words, aux):
                    return None  # "fine an agency that has failed and require", "whose conduct was …"
                if auxiliary in _BEEN_AFTER and not passive and at == index - 1:
                    return None  # "the harm this has caused and regret": a clause inside another
                return at
        if w.plainly_finite(word.low) and not word.capitalised:
            return None  # another verb between; not the month ('was elected in May and resign')
    return None


def _preposition_after(words: list[Word], at: int) -> bool:
    """A preposition follows the verb at ``at`` ("charge with", "send to"): a passive's company. An
    object ("show a sharp rise") or an adverb ("return home") may follow a present of its own."""
    return at + 1 < len(words) and words[at].joined and words[at + 1].low in _PASSIVE_PREPOSITIONS


_PASSIVE_PREPOSITIONS = frozenset("with by to into from for in on at under as".split())


def _maybe_governed(lows: list[str], p: int) -> bool:
    """The flat-list sift for 'and' at ``p``: 'was', 'is', 'has', 'had' or 'been' a few words before;
    or 'were', 'are', 'have' after a plural noun; or any auxiliary and a participle right before 'and'
    (the last item of a list)."""
    window = lows[max(0, p - _MOST_BETWEEN - 3) : p]
    if not _AUXILIARY_BEFORE.isdisjoint(window):
        return True
    if _LIST_GOVERNING.isdisjoint(window):
        return False
    if _participle_only(lows[p - 1]):
        return True
    start = max(1, p - _MOST_BETWEEN - 3)
    return any(lows[at] in _PLURAL_GOVERNING and w.is_plural_noun(lows[at - 1]) for at in range(start, p))


def _noun_subject_before(words: list[Word], aux: int) -> bool:
    """The sentence opens with a determiner and a plural noun (up to two words between) that ends
    right before the auxiliary at ``aux`` ("The suspects were", "Many local firms have"): not a
    pronoun ('we were told and agree' has a present of its own), nor a subject inside a clause
    ("the money banks have repaid and use it": the verb after 'and' is the main clause's)."""
    if aux == 0 or not words[aux - 1].joined or words[aux - 1].capitalised:
        return False
    if not w.is_plural_noun(words[aux - 1].low) or words[aux - 1].low in w.SUBJECT_PRONOUNS:
        return False
    return aux <= 4 and words[0].low in w.DETERMINERS and all(word.joined for word in words[:aux])


def _participle_list(doc: Document, words: list[Word], index: int) -> bool:
    """'And' at ``index`` closes a list of two or more participles separated by commas, right after
    an auxiliary of :data:`_LIST_GOVERNING` ("were signed, stamped and", "have cleaned, ironed and"):
    the verb after 'and' is the list's last item."""
    at = index - 1
    if at < 3 or not words[at].joined or not _participle_only(words[at].low):
        return False
    items = 1
    while at > 0 and not words[at - 1].joined and _participle_only(words[at - 1].low):
        if doc.text[words[at - 1].end : words[at].start].strip() != ",":
            return False
        at -= 1
        items += 1
    aux = at - 1
    if aux > 0 and words[aux].low in w.MID_ADVERBS and words[aux].joined:
        aux -= 1
    if items < 2 or aux < 0 or not words[aux].joined or words[aux].low not in _LIST_GOVERNING:
        return False
    return not _in_relative(words, aux)


def _in_relative(words: list[Word], aux: int) -> bool:
    """A relative pronoun in the three words before the auxiliary at ``aux``: the auxiliary belongs to
    a relative clause, and the verb after 'and' may be the main clause's ("an agency that has failed
    and require it to pay")."""
    return any(before.low in _RELATIVES for before in words[max(0, aux - 3) : aux])


@lru_cache(maxsize=1 << 13)
def _participle_only(low: str) -> bool:
    """A past participle that is not also a bare verb ('arrested', 'sent'; not 'become', 'hit') nor 'been'."""
    found = w.verb_tags(low)
    return "VBN" in found and "VB" not in found and low != "been"


def _infinitive(words: list[Word], at: int) -> bool:
    """'to' before a bare verb: an infinitive of its own ("recommended to eat less and increase")."""
    return words[at].low == "to" and at + 1 < len(words) and "VB" in w.verb_tags(words[at + 1].low)


class CoordinatedParticiple(GrammarRule):
    id = "grammar.coordinated-participle"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A bare verb joined by 'and' to a participle: 'was arrested and charge with', 'has finished it and send'."
    why = (
        "In 'he was arrested and charged', 'she has written the letter and sent it' one auxiliary serves "
        "both verbs, so both are participles; 'was arrested and charge with theft' has lost the second "
        "verb's ending. Checked after 'was', 'is', 'has' and 'had' (after 'I was', 'we were' and "
        "'they have' the second verb may be a present of its own: 'we have read it and agree'), after "
        "'were', 'are' and 'have' when the sentence opens with a determiner and a plural noun ('The suspects "
        "were arrested and charge with'), a preposition follows the verb ('the results were published and "
        "show a rise' has a present of its own) and the verb is not one that often states a present of its "
        "own ('residents were evacuated and fear for their homes'), and after any auxiliary when a list of "
        "participles comes first ('were signed, stamped and send'), when the "
        "verb after 'and' is followed by a preposition, an object or the end of the sentence."
    )
    bad = (
        "He was arrested and charge with theft.",
        "She has finished the report and send it to her boss.",
        "The suspect was caught on Monday and send to prison.",
        "The mayor was elected in May and resign in June.",
        "The data is collected and analyse by the team.",
        "The driver had been stopped and search by the police.",
        "The ballots were counted, checked and send to the centre.",
        "We have washed, dried and fold the towels.",
        "The suspects were arrested and charge with fraud.",
        "The new flats are built and sell to investors.",
    )
    good = (
        "He was arrested and charged with theft.",
        "He was arrested and charge sheets were filed on Monday.",
        "I was told about it and agree with the plan.",
        "We have read the report and agree with it; they were consulted and support it.",
        "The house was painted and clean, and the data was cut and put in a table.",
        "She has a car and drive to work? He was elected president and chair of the board.",
        "He was asked why, and answer came there none.",
        "Dr Ruiz has impressed me with his concern and interest in patients.",
        "We regret the delay this has caused and appreciate your patience.",
        "It is recommended to eat less fruit and increase protein; all you do is become a member and watch.",
        "The salad bar is hit and miss for freshness.",
        "The suspect was released and return to his home is expected.",
        "The court shall fine an agency that has failed to act and require it to pay.",
        "The aim is to meet the person whose conduct was reported and help them change it.",
        '"It was tested and work fine," he wrote.',
        "The ballots were counted, checked and sent to the centre.",
        "We were tired, hungry and need a rest; they are trained and work in teams.",
        "Those who were hurt, frightened and need help can call us.",
        "The residents were evacuated and fear for their homes.",
        "The scientists have studied the data and warn that it will rise.",
        "We take the money the banks have repaid and use it to help small firms.",
        "The results were published and show a sharp rise; the villagers were evacuated and return to their homes.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [  # sifted on the flat word list: a bare verb after 'and', an auxiliary a few words before
            p
            for p in positions(doc, _AND)
            if p < last and _participle_for(lows[p + 1]) is not None and _maybe_governed(lows, p)
        ]
        for words, index in places(doc, candidates):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            verb = words[index + 1]
            participle = _participle_for(verb.low)
            if participle is None or verb.capitalised or not _verb_follows(words, index + 1):
                continue
            if _heads_a_subject(words, index + 1):
                continue  # "was released and return to his home is expected": the noun, with its verb after
            if in_quotes(doc, verb.start):
                continue
            if _governing_participle(words, index) is None and not _participle_list(doc, words, index):
                continue
            if not sentence_tags(doc, words)[index + 1].startswith("VB"):
                continue  # "his concern and interest in": the tagger reads a noun
            yield self.replace_word(
                verb,
                participle,
                f"'{verb.text}' shares the auxiliary of the verb before 'and': write '{participle}'.",
                FixSafety.UNSAFE,
            )


def _heads_a_subject(words: list[Word], index: int) -> bool:
    """A finite verb follows within the same stretch of joined words, with no 'and' or 'or' before
    it: the word at ``index`` is a noun that heads its subject ("return to his home is expected")."""
    for at in range(index + 1, min(len(words), index + 7)):
        if not words[at - 1].joined or words[at].low in ("and", "or", "but"):
            return False
        low = words[at].low
        if low in w.AUXILIARIES or (w.plainly_finite(low) and "NOUN" not in w.tags(low)):
            return True  # 'is', 'went'; not 'guards' (a plural noun too) nor 'attract' (a bare verb too)
    return False


def _verb_follows(words: list[Word], index: int) -> bool:
    """What comes after the word at ``index`` is what comes after a verb: a preposition, an object,
    or the end of the sentence."""
    if index + 1 >= len(words):
        return True
    return words[index].joined and words[index + 1].low in _AFTER_VERB


_PROGRESSIVE = frozenset(("was", "is"))
"""Auxiliaries of a progressive whose subject cannot take a bare present ('he was singing and
dance'); not 'were', 'are', 'am' ("they are working late and need help": a present of its own)."""
_MODALS = w.MODALS
_ING_BEFORE = _PROGRESSIVE | _MODALS


@lru_cache(maxsize=1 << 13)
def _ing_for(low: str) -> str | None:
    """The '-ing' form of a word that can only be a bare verb or a noun ("dance" → "dancing")."""
    if low in w.AUXILIARIES or not w.tags(low) <= {"VERB", "NOUN"} or "VB" not in w.verb_tags(low):
        return None
    if w.verb_tags(low) & {"VBN", "VBD", "VBZ", "VBG"} or low not in w.verb_lemmas(low):
        return None
    return w.verb_form(low, "VBG")


@lru_cache(maxsize=1 << 13)
def _bare_for(low: str) -> str | None:
    """The bare verb for an '-ing' form that is nothing but a verb ("explaining" → "explain")."""
    if w.verb_tags(low) != {"VBG"} or w.tags(low) != {"VERB"}:
        return None  # not 'catering', 'helping': nouns too, and the tagger cannot tell ("flights and catering for")
    lemmas = w.verb_lemmas(low)
    return lemmas[0] if len(lemmas) == 1 and lemmas[0] not in w.AUXILIARIES else None


@lru_cache(maxsize=1 << 13)
def _wanted_form(low: str) -> str | None:
    """'VBG' for a bare verb after 'and' that may have lost its '-ing', 'VB' for an '-ing' form that
    may stand for a bare verb, None for any other word (most words after 'and')."""
    if _ing_for(low) is not None:
        return "VBG"
    return "VB" if _bare_for(low) is not None else None


def _progressive_before(lows: list[str], p: int) -> bool:
    """'Was' or 'is' then (after at most one word) an '-ing' form, a few words before ``p``."""
    for at in range(max(0, p - _MOST_BETWEEN - 3), p - 1):
        if lows[at] in _PROGRESSIVE and (lows[at + 1].endswith("ing") or (at + 2 < p and lows[at + 2].endswith("ing"))):
            return True
    return False


def _plain_ing(low: str) -> bool:
    return low.endswith("ing") and "VBG" in w.verb_tags(low)


def _governing_verb(words: list[Word], index: int, want: str) -> int | None:
    """Before 'and' at ``index``, within a few words and no other clause, the verb whose form the
    verb after 'and' shares: an '-ing' form right after 'was'/'is' (``want`` "VBG"), or a bare verb
    right after a modal (``want`` "VB"), with no '-ing' form between ("will keep working and ...")."""
    for at in range(index - 1, max(0, index - 2 - _MOST_BETWEEN), -1):
        word = words[at]
        if not word.joined or word.low in _STOPS or (want == "VB" and _plain_ing(word.low.rpartition("-")[2])):
            return None  # also a compound's '-ing' ("by fast-forwarding and stopping the tape")
        if _infinitive(words, at):
            return None  # "was going to operate and replace": the verb after 'and' continues the infinitive
        aux = at - 1
        if words[aux].low in w.MID_ADVERBS and aux > 0:
            aux -= 1
        before = words[aux]
        if want == "VBG" and before.low in _PROGRESSIVE and before.joined and _plain_ing(word.low):
            if aux > 0 and words[aux - 1].low == "i":
                return None  # "I was born there and love it": a present of its own
            return None if _in_relative(words, aux) else at
        if want == "VB" and before.low in _MODALS and before.joined:
            if word.low in w.AUXILIARIES or word.low in _SENSES or "VB" not in w.verb_tags(word.low):
                return None
            return None if _in_relative(words, aux) else at
        if word.low in w.AUXILIARIES or (w.plainly_finite(word.low) and "NOUN" not in w.tags(word.low)):
            return None  # another verb between; not a plural noun ("review the figures and sending")
    return None


def _object_after_gerund(words: list[Word], index: int) -> bool:
    """After a noun before 'and' the '-ing' form may be a gerund joined to it ("flights and catering
    for the group"): only an object pronoun or a determiner after it shows the verb ("the figures
    and sending you a summary"); after a pronoun ("call you and explaining") anything may follow."""
    before = words[index - 1].low
    if before in w.OBJECT_PRONOUNS or before in _AFTER_SECOND or before in _PARTICLES or "NOUN" not in w.tags(before):
        return True
    after = words[index + 2].low if index + 2 < len(words) and words[index + 1].joined else ""
    return after in w.OBJECT_OPENERS


_PARTICLES = frozenset("back out up down off away in over".split())
_AFTER_SECOND = frozenset("all together again there here well hard today tonight tomorrow now later".split())


def _verb_after(words: list[Word], index: int) -> bool:
    """After the verb at ``index``: what follows a verb, or an adverb ("dance all night")."""
    if _verb_follows(words, index):
        return True
    following = words[index + 1].low
    adverb = following.endswith("ly") and "ADV" in w.tags(following)
    return words[index].joined and (following in _AFTER_SECOND or adverb)


_SENSES = frozenset("see hear watch feel notice spot find keep leave catch spend start stop".split())
"""Verbs after which an '-ing' form may belong to the object ("you can see them running"): the
'-ing' after 'and' may continue it."""


class CoordinatedVerbForm(GrammarRule):
    id = "grammar.coordinated-verb-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb after 'and' unlike the one before: 'was singing and dance', 'will call and explaining'."
    why = (
        "One auxiliary serves both verbs joined by 'and': 'he was singing and dancing', 'she will call "
        "you and explain'. 'Was singing and dance' drops the '-ing' of the second verb, 'will call "
        "and explaining' adds one. Checked only after 'was' and 'is' (after 'were', 'are' and 'I was' "
        "the second verb may be a present of its own: 'they are working late and need help') and "
        "after modals, when nothing between the two verbs starts another clause and the verb after "
        "'and' is followed by an object, a preposition or the end of the sentence."
    )
    bad = (
        "He was singing and dance all night at the festival.",
        "She will call you and explaining the details.",
        "The minister is visiting the town and meet the families today.",
        "You can sit back and relaxing by the pool.",
        "Officials said the firm was hiring staff and expand into Asia.",
        "You can come early and sending us the list.",
        "We will review the figures and sending you a summary.",
    )
    good = (
        "He was singing and dancing all night; she will call you and explain the details.",
        "They were singing and dance music played; we are working late and need help.",
        "I was born there and love it; the man who was singing and dance teachers came.",
        "You can see them running and jumping; we will keep working hard and improving our service.",
        "The menu will include fish and baking classes; he was cooking and dinner was late.",
        "She was hoping and praying; he could swim and diving was his passion.",
        "The show is touring and dance is its heart; she is studying law and dance at college.",
        "He was going to operate and replace the valve; she was trying to help us and impress them.",
        "The package will include flights and catering for the group; we can go swimming and sailing.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = []  # sifted on the flat word list: an '-ing' form after 'was'/'is', or a modal, before
        for p in positions(doc, _AND):
            want = _wanted_form(lows[p + 1]) if p < last else None
            if (want == "VBG" and _progressive_before(lows, p)) or (
                want == "VB" and not _MODALS.isdisjoint(lows[max(0, p - _MOST_BETWEEN - 3) : p])
            ):
                candidates.append(p)
        for words, index in places(doc, candidates):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            verb = words[index + 1]
            if verb.capitalised or not _verb_after(words, index + 1) or in_quotes(doc, verb.start):
                continue
            if index > 1 and words[index - 1].low == "to" and words[index - 2].low == "up":
                continue  # "everything up to and including the colon": the fixed range, not a second verb
            ing, bare = _ing_for(verb.low), _bare_for(verb.low)
            want = "VBG" if ing is not None else "VB"
            right = ing if ing is not None else bare
            if right is None or _heads_a_subject(words, index + 1):
                continue
            if want == "VB" and w.tags(words[index - 1].low) == {"ADJ"}:
                continue  # "can make us tolerant and forgiving": an adjective, then an -ing adjective joined to it
            first = _governing_verb(words, index, want)
            if first is None:
                continue
            if first < index - 1 and not sentence_tags(doc, words)[index + 1].startswith("VB"):
                continue  # the tagger reads a noun joined to the object ("is studying law and finance at")
            if want == "VB" and not _object_after_gerund(words, index):
                continue  # "will include flights and catering for the group": a gerund joined to the object
            yield self.replace_word(
                verb,
                right,
                f"'{verb.text}' shares the auxiliary of the verb before 'and': write '{right}'.",
                FixSafety.UNSAFE,
            )


_SINGULAR_SUBJECTS = frozenset("he she it this that everyone everybody someone somebody nobody no-one".split())
_PLURAL_SUBJECTS = frozenset("i you we they".split())
_BETWEEN_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS NNP NNPS IN PRP PRP$ CD RB RP POS".split())
"""Tags of what may stand between the first verb and 'and': its object and phrases, no verb of another clause."""


class CoordinatedVerbNumber(GrammarRule):
    id = "grammar.coordinated-verb-number"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two verbs of one subject joined by 'and' in different persons: 'she runs the shop and love it'."
    why = (
        "Verbs joined by 'and' share their subject, so they agree with it alike: 'she runs the shop and "
        "loves it', 'I work here and love it'. Reported when the first verb's person is plain (a verb "
        "in -s after a singular noun or 'he', 'she', 'it'; a bare verb after 'I', 'you', 'we', 'they'), "
        "only its object and phrases stand between it and 'and', and the verb after 'and', as the tagger "
        "reads it, is the other person's form before an object, a preposition, an adverb or the "
        "sentence's end. Left alone: a bare verb after 'let', 'help' or 'make' and their object ('helps "
        "children read and write'), after 'to' or a modal ('wants to stay and help'), and a verb after "
        "'and' with a subject of its own ('he runs the shop and prices rise')."
    )
    bad = (
        "My sister works at a hospital and love her job.",
        "The app costs nothing and save you time.",
        "He owns a bakery in town and sell bread to the school.",
        "I work in the city and loves it.",
        "We grow our own vegetables and sells them at the market.",
    )
    good = (
        "My sister works at a hospital and loves her job; we work here and love it.",
        "She helps children read and write; he lets them play and sing.",
        "He wants to stay and help; she says prices rise and fall.",
        "He runs the shop and prices rise every year; it gives teachers and parents time.",
        "We build houses and ships; they sell books and magazines.",
        "The firm makes cars and vans; she writes songs and plays guitar.",
        "He often visits and helps out. It looks good and feels right.",
        "Take the time to learn what your leadership prefers and honor their preference.",
        "If you take a flashlight and shine it through the eggs, you see nothing.",
        "We secure it against hacking and attacks.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            p for p in positions(doc, _AND) if p < last and _person_form(lows[p + 1]) is not None and _may_pair(lows, p)
        ]
        for words, index in places(doc, candidates):
            if index + 1 >= len(words) or not words[index].joined or index < 2:
                continue
            second = words[index + 1]
            if second.capitalised or in_quotes(doc, second.start):
                continue
            want = _person_form(second.low)  # the form the verb would have in the other person
            tags = sentence_tags(doc, words)
            first = _first_verb(words, tags, index)
            if first is None or want is None:
                continue
            singular = tags[first] == "VBZ"
            other_person = tags[index + 1] in ("VB", "VBP") if singular else tags[index + 1] == "VBZ"
            if not other_person or second.low != want[not singular]:
                continue  # the two agree, or the tagger reads no verb (of that person) after 'and'
            noun_object = index + 2 < len(words) and second.joined and tags[index + 2] in ("NN", "NNS", "JJ")
            if not (_verb_after(words, index + 1) or noun_object) or _heads_a_subject(words, index + 1):
                continue  # (a noun after it, as the tagger reads it: "owns a bakery and sell bread")
            if not singular and not (
                index + 2 < len(words) and second.joined and words[index + 2].low in w.OBJECT_OPENERS
            ):
                continue  # "we build houses and ships", "against hacking and attacks": a plural noun
            fixed = want[1] if singular else want[0]
            if fixed is None:
                continue
            yield self.replace_word(
                second,
                fixed,
                f"'{second.text}' shares its subject with '{words[first].text}': write '{fixed}'.",
                FixSafety.UNSAFE,
            )


def _may_pair(lows: list[str], p: int) -> bool:
    """A cheap sift by the word tables before the tagger is asked: before 'and' at ``p``, within
    :data:`_MOST_BETWEEN` words, a verb of the other person than the one after it: a form in -s after
    a word that may be its singular subject (for a bare verb after 'and'), or 'I', 'you', 'we' or
    'they' and a word that may be a bare verb (for a form in -s)."""
    second = lows[p + 1]
    bare = not second.endswith("s")
    for at in range(p - 1, max(0, p - _MOST_BETWEEN - 2), -1):
        low, before = lows[at], lows[at - 1]
        if low in _SIFT_STOPS:
            return False  # "to build and keep", "who boost achievement and keep": another verb's
        if bare:
            if low.endswith("s") and "VBZ" in w.verb_tags(low) and _may_be_singular_subject(before):
                return True
        elif before in _PLURAL_SUBJECTS and w.verb_tags(low) & {"VB", "VBP"}:
            return True
    return False


_SIFT_STOPS = _STOPS | _RELATIVES | w.MODALS | frozenset(("to",))


@lru_cache(maxsize=1 << 13)
def _may_be_singular_subject(low: str) -> bool:
    """'he', 'she', 'it' … or a singular noun by the word tables: no determiner, possessive or
    preposition ('the plans and …'), no plural ('prices rise and …')."""
    if low in _SINGULAR_SUBJECTS:
        return True
    if low in w.DETERMINERS or low in w.POSSESSIVES or low in w.PREPOSITIONS or w.is_plural_noun(low):
        return False
    return "NOUN" in w.tags(low)


@lru_cache(maxsize=1 << 13)
def _person_form(low: str) -> tuple[str | None, str | None] | None:
    """(bare form, form in -s) of a present verb that is plainly one or the other, or None: 'love'
    → ('love', 'loves'); 'sells' → ('sell', 'sells'). Not an auxiliary, a modal or a past."""
    if low in w.AUXILIARIES or low in w.MODALS or low in ("need", "dare", "needs"):
        return None
    tags = w.verb_tags(low)
    if not tags or tags & {"VBD", "VBN", "VBG"}:
        return None
    lemmas = w.verb_lemmas(low)
    if len(lemmas) != 1:
        return None
    lemma = lemmas[0]
    if "VBZ" in tags:
        return (lemma, low)
    return (low, w.verb_form(lemma, "VBZ")) if "VB" in tags and low == lemma else None


def _first_verb(words: list[Word], tags: list[str], index: int) -> int | None:
    """The present verb before 'and' at ``index`` whose person is plain, with only its object and
    phrases after it: a verb in -s after a singular noun or 'he', 'she', 'it', or a bare verb after
    'I', 'you', 'we', 'they' (a mid adverb may stand between: 'she often visits')."""
    for at in range(index - 1, max(0, index - 2 - _MOST_BETWEEN), -1):
        word, tag = words[at], tags[at]
        if not word.joined or word.low in _STOPS:
            return None
        if tag not in ("VBZ", "VBP"):
            if tag not in _BETWEEN_TAGS or word.low in w.MODALS or word.low == "to":
                return None
            continue
        subject_at = at - 1
        if subject_at >= 0 and words[subject_at].low in w.MID_ADVERBS:
            subject_at -= 1
        if subject_at < 0 or not words[subject_at].joined or word.low in w.AUXILIARIES:
            return None
        subject, subject_tag = words[subject_at].low, tags[subject_at]
        if tag == "VBZ":
            plain = subject in _SINGULAR_SUBJECTS or subject_tag in ("NN", "NNP")
        else:
            plain = subject in _PLURAL_SUBJECTS and (subject != "i" or words[subject_at].text == "I")
        forms = _person_form(word.low)
        if not plain or forms is None or word.low != forms[tag == "VBZ"]:
            return None  # the tag and the word's form must agree ('light' is no verb in -s)
        for before in range(subject_at - 1, -1, -1):  # the clause's start: no clause of its own opens it
            if not words[before].joined:
                break
            if words[before].low in _STOPS or words[before].low in _RELATIVES:
                return None  # "learn what your leadership prefers and honor it": 'honor' goes with 'learn'
        return at
    return None


RULES = [CoordinatedParticiple, CoordinatedVerbForm, CoordinatedVerbNumber]
