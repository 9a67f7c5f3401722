"""Clause frames that lose or double a small word: "how install it" (no 'to'), "curious to why"
(no 'as'), "to never to lie" (a second 'to'), "does can swim" ('do' before a modal), "looks like
that it failed" (a 'that' too many), "we r late" ('r' for 'are'), "you out to know" ('out' for
'ought'), "somethings wrong" (no apostrophe), "it would great" (no 'be').

Each frame is a slip whatever its words, so each rule reads word classes (the tagger, the word
tables, closed sets such as modals and subject pronouns), not a list of phrases; each then leaves
alone the look-alikes where the same words meet correctly ("how come the", "how open the market
is", "turned it out to be", "looked like that the whole time", "does will power matter").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, in_quotes, match_case, occurrences, run_of

if TYPE_CHECKING:
    from lint._document import Document


# -- how + bare verb ---------------------------------------------------------------------------

_HOW = frozenset(("how",))
_BARE_AFTER_HOW = frozenset("come dare go fare stand say".split())
"""Verbs 'how' takes bare in idiom or old inversion: 'how come', 'how dare you', 'how go the talks'."""
_OBJECT_START = frozenset("the a an this these those my your our their his them me us".split())
"""Words that open an object: after a word that is also a noun they show it is the verb
('how fix the door'; not 'how water shaped the valley', where a verb follows the noun)."""


def _compound_subject(words: list[Word], at: int) -> bool:
    """A bare noun at ``at`` and a finite verb after it: the word before is the first half of a compound
    noun, the subject ('how install scripts detect', 'how retry policies work')."""
    if at + 1 >= len(words) or not words[at].joined or "NOUN" not in w.tags(words[at].low):
        return False
    verb = words[at + 1].low
    forms = w.verb_tags(verb)
    if "VBD" in forms and "VBN" not in forms:
        return True  # "how compile times grew"; not "how install software shipped as a tarball"
    return bool(forms & {"VBP", "VBZ"}) or verb in w.MODALS or verb in w.AUXILIARIES


class HowWithoutTo(GrammarRule):
    id = "grammar.how-without-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'How' before a bare verb without 'to': 'how install it', 'learn how fix a tap'."
    why = (
        "'How' takes a clause ('how we install it') or an infinitive ('how to install it'); a bare verb "
        "straight after it has lost its 'to'. Only a verb's bare form is reported (the tagger is no help "
        "here: it misreads the slip itself), and a word that is also a noun only before an object ('how "
        "fix the door', not 'how water shaped the valley'). Adjectives and adverbs ("
        "'how open the market is', 'how fast the car went'), 'how come', 'how dare', names and capitalised "
        "words are left alone."
    )
    bad = (
        "The manual explains how install the drivers.",
        "Nobody told me how cancel the subscription.",
        "Tips on how negotiate a higher salary, and how fix them.",
        "Find out how install software shipped as a .tar.gz archive.",
    )
    good = (
        "The manual explains how to install the drivers.",
        "How come the train is late? How dare you! I like how clean the kitchen is.",
        "It shows how open the market is and how people use the library.",
        "The story of how water shaped the valley; he explained how software updates work.",
        "How do the results compare? How about the other plan? How Install Works is a title.",
        "It shows how pip install picks a wheel, how install scripts detect the platform and how retry policies work.",
    )
    fixed = bad
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _HOW):
            if not run_of(words, index, 3):
                continue
            verb, following = words[index + 1], words[index + 2]
            low = verb.low
            if verb.capitalised or low in _BARE_AFTER_HOW or low in w.AUXILIARIES or low in w.MODALS:
                continue
            kinds = w.tags(low)
            if "VERB" not in kinds or kinds & {"ADJ", "ADV"} or "VB" not in w.verb_tags(low):
                continue
            if "NOUN" in kinds and following.low not in _OBJECT_START:
                continue  # "how water shaped the valley", "how change happens"
            if following.low in w.MODALS or following.low in w.AUXILIARIES:
                continue  # "how people can avoid it"
            if w.tags(following.low) == {"VERB"}:
                continue  # "how pip install picks a wheel": a verb follows, so the first word is its subject
            if _compound_subject(words, index + 2):
                continue  # "how install scripts detect the platform": the verb names a kind of thing
            if low not in w.verb_lemmas(low):
                continue  # a past or an -s form: "how people came", "how things stand"
            if in_quotes(doc, verb.start):
                continue
            fixed = f"to {verb.text}"
            yield self.replace_word(
                verb, fixed, f"'How' before a bare verb needs 'to': 'how {fixed}'.", FixSafety.UNSAFE
            )


# -- curious to why → curious as to why --------------------------------------------------------

_WONDERING = frozenset("curious unsure uncertain undecided doubtful puzzled".split())
_WH = frozenset("why how what when where whether which who whose".split())
"""Not 'whom', which takes the preposition itself ('unsure to whom the letter should go')."""
_DEGREE_NOUNS = frozenset("extent degree end lengths length point purpose".split())
"""'To what extent', 'to what degree': the phrase is the degree itself ('unsure to what extent')."""


_TO_VERBS = frozenset(
    """go goes went gone going belong belongs belonged belonging refer refers referred referring turn turns
    turned apply applies applied lead leads led send sends sent return returns returned move moves moved
    listen listens listened reply replied respond responded object objected attach attached attached
    point pointed owe owed owes give gave given""".split()
)
"""Verbs that take 'to' themselves: at the end of the question, the 'to' before it is theirs."""


def _ends_on_to_verb(words: list[Word], start: int) -> bool:
    """The clause from ``start`` ends (at its first punctuation) on a verb that takes 'to'."""
    for at in range(start, len(words)):
        if not words[at].joined or at + 1 == len(words):
            return words[at].low in _TO_VERBS
    return False


class AsToQuestion(GrammarRule):
    id = "grammar.as-to-question"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Curious to why', 'unsure to what': the indirect question takes 'as to'."
    why = (
        "An adjective of doubt or wonder ('curious', 'unsure', 'uncertain', 'undecided', 'doubtful', "
        "'puzzled') links to an indirect question with 'as to' or 'about': 'curious as to why', 'unsure "
        "about what'; 'to' alone reads as the start of an infinitive or a direction. 'To what extent' and "
        "'to what degree' are left alone, and so is any infinitive ('curious to know why')."
    )
    bad = (
        "I was curious to why the train stopped.",
        "We are unsure to whether the shop opens on Sunday.",
        "The panel was undecided to which candidate deserved the prize.",
    )
    good = (
        "I'm curious to know why the train stopped; she is curious as to why.",
        "I am curious to what extent the rules apply, and unsure to what degree it matters.",
        "She was uncertain to begin with.",
        "They were unsure to whom the letter should go, and curious to what lengths he would go.",
        "She was unsure to which school her son should go.",
    )
    fixed = (
        "I was curious as to why the train stopped.",
        "We are unsure as to whether the shop opens on Sunday.",
        "The panel was undecided as to which candidate deserved the prize.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WONDERING):
            if not run_of(words, index, 3) or words[index + 1].low != "to":
                continue
            wh = words[index + 2]
            if wh.low not in _WH:
                continue
            if index + 3 < len(words) and words[index + 3].low in _DEGREE_NOUNS:
                continue  # "unsure to what extent"
            if wh.low in ("which", "what", "whose") and _ends_on_to_verb(words, index + 3):
                continue  # "unsure to which school her son should go": the clause's verb takes the 'to'
            to = words[index + 1]
            fixed = match_case("as to", to.text)
            yield self.replace_word(
                to, fixed, f"Before a question word, write '{words[index].text} {fixed} {wh.text}'."
            )


# -- to + adverb + to + verb -------------------------------------------------------------------

_TO = frozenset(("to",))
_COME_FORMS = frozenset("come comes came coming".split())
_SPLITTING_ADVERBS = frozenset(
    "never not just maybe really always also even ever simply only first then still actually eventually".split()
)


def _splitting_adverb(low: str) -> bool:
    """An adverb that can split an infinitive: a closed set, or an -ly adverb that is only an adverb."""
    return low in _SPLITTING_ADVERBS or low in w.MID_ADVERBS or w.only_adverb_in_ly(low)


class DoubledTo(GrammarRule):
    id = "grammar.doubled-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'To' written twice around an adverb: 'to never to lie', 'to just to wait'."
    why = (
        "A split infinitive keeps one 'to' before the adverb ('to never lie') or puts the adverb first "
        "('never to lie'); 'to never to lie' has both. Reported only when a bare verb follows the second "
        "'to', so 'rose to almost to the top' and a sentence that ends on 'to' are left alone."
    )
    bad = (
        "She promised to never to lie again.",
        "We decided to just to wait for the bus.",
        "The plan is to slowly to reduce the debt.",
    )
    good = (
        "She promised to never lie again, or never to lie.",
        "We drove to nearly to the border; it went from zero to almost to the top.",
        "I'd like to, but not to the extent you suggest. We tried to eventually to.",
        "He came to only to find the house empty.",
    )
    fixed = (
        "She promised to never lie again.",
        "We decided to just wait for the bus.",
        "The plan is to slowly reduce the debt.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TO):
            if index + 3 >= len(words) or words[index + 2].low != "to" or not run_of(words, index, 4):
                continue
            if index > 0 and words[index - 1].low in _COME_FORMS:
                continue  # "he came to only to find the house empty": 'came to' woke
            adverb, verb = words[index + 1], words[index + 3]
            if not _splitting_adverb(adverb.low) or "VB" not in w.verb_tags(verb.low):
                continue
            if sentence_tags(doc, words)[index + 3] != "VB":
                continue
            yield self.finding(
                adverb.start,
                words[index + 2].end,
                f"One 'to' is enough: 'to {adverb.text} {verb.text}'.",
                suggestions=(adverb.text,),
                fix=FixSafety.SAFE,
            )


# -- do + modal --------------------------------------------------------------------------------

_SUBJECT_TAGS = frozenset(("PRP", "NN", "NNS", "NNP", "NNPS"))
_GAP_OPENERS = frozenset(
    "what whatever all everything anything something nothing whoever whichever that which who whom".split()
)
"""Words before a subject that make 'subject + do' a relative clause, the modal then the main verb's."""


class DoBeforeModal(GrammarRule):
    id = "grammar.do-before-modal"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Do', 'does' or 'did' before a modal: 'she does can swim', 'we did could see'."
    why = (
        "A modal carries tense and emphasis itself and never takes 'do': 'she can swim', 'we could see'. "
        "Reported when a subject comes before 'do' and a bare verb after the modal, so 'what does will "
        "mean', 'does will power matter' and 'do can openers rust' are left alone."
    )
    bad = (
        "She does can speak French.",
        "We did could see the mountains.",
        "They did would rather stay home.",
    )
    good = (
        "She can speak French; he does what he can.",
        "What does will mean here? Does will power matter? Do can openers rust?",
        "I do, can you believe it? She did what she could to help.",
        "The work I do can wait; what you do can change lives; anything we did could be used against us.",
    )
    fixed = (
        "She can speak French.",
        "We could see the mountains.",
        "They would rather stay home.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, w.DO_FORMS):
            if index == 0 or not run_of(words, index - 1, 4):
                continue
            modal = words[index + 1]
            if modal.low not in w.MODALS:
                continue
            verb_at = index + 2
            if words[verb_at].low in w.MID_ADVERBS or words[verb_at].low in ("rather", "not", "never"):
                verb_at += 1
            if verb_at >= len(words) or not words[verb_at - 1].joined:
                continue
            tags = sentence_tags(doc, words)
            if tags[index - 1] not in _SUBJECT_TAGS or words[index - 1].low in w.OBJECT_PRONOUNS - {"you", "it"}:
                continue
            if index >= 2 and words[index - 2].joined:
                before = words[index - 2].low
                if before in _GAP_OPENERS or (tags[index - 2] in ("NN", "NNS") and tags[index - 1] == "PRP"):
                    continue  # "the work I do can wait", "what you do can change lives": 'do' ends a relative clause
            if "VB" not in w.verb_tags(words[verb_at].low) or tags[verb_at] != "VB":
                continue
            do = words[index]
            yield self.finding(
                do.start,
                modal.end,
                f"A modal takes no 'do': write '{modal.text}', not '{do.text} {modal.text}'.",
                suggestions=(modal.text,),
                fix=FixSafety.SAFE,
            )


# -- looks like that + clause ------------------------------------------------------------------

_SEEMING = frozenset("look looks looked looking seem seems seemed sound sounds sounded feel feels felt".split())
_CLAUSE_SUBJECTS = w.SUBJECT_PRONOUNS | frozenset(
    "everyone everybody nobody someone somebody anyone anybody nothing everything something".split()
)
_NOUN_PHRASE_TAGS = frozenset(("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "VBG"))
_CLAUSE_VERB_TAGS = w.FINITE_OR_MODAL_TAGS
_OPENERS = w.ARTICLES | frozenset("this some".split())


def _clause_follows(doc: Document, words: list[Word], start: int) -> bool:
    """A clause with its own subject and finite verb starts at ``start``: a subject pronoun and a
    verb ('it failed'), 'there' and 'be', or an article's noun phrase of up to three words and a
    verb straight after it ('the printer is out of ink'; not 'the whole time', 'the first time you
    see it')."""
    if start + 1 >= len(words) or not words[start].joined:
        return False
    tags = sentence_tags(doc, words)
    first = words[start].low
    if first in _CLAUSE_SUBJECTS:
        verb = start + 2 if tags[start + 1] == "RB" and start + 2 < len(words) else start + 1
        return tags[verb] in _CLAUSE_VERB_TAGS or words[verb].low in w.NEGATED_AUXILIARIES | w.NEGATED_MODALS
    if words[start].capitalised and tags[start] == "NNP":
        return tags[start + 1] == "VBZ" and "NOUN" not in w.tags(words[start + 1].low)  # not "that Tesla crashed"
    if first == "there":
        return words[start + 1].low in w.BE_FORMS or tags[start + 1] == "MD"
    if first not in _OPENERS:
        return False
    for at in range(start + 1, min(start + 5, len(words))):
        if not words[at - 1].joined:
            return False
        if tags[at] in _CLAUSE_VERB_TAGS:
            return at > start + 1 and tags[at - 1] in ("NN", "NNS", "NNP", "NNPS")
        if tags[at] not in _NOUN_PHRASE_TAGS:
            return False
    return False


class LikeThatClause(GrammarRule):
    id = "grammar.like-that-clause"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Looks like that' before a clause: 'it looks like that the meeting was cancelled'."
    why = (
        "'Look', 'seem', 'sound' and 'feel' take 'like' + a clause ('it looks like the meeting was "
        "cancelled') or 'that' + a clause after 'it seems'; 'like that' + a clause has both. Reported only "
        "when a full clause follows (a subject and its verb), so 'that' as a pronoun or a determiner is left "
        "alone: 'it looks like that file was deleted', 'it looks like that is not the case', 'it looked "
        "like that the whole time'."
    )
    bad = (
        "It looks like that the meeting was cancelled.",
        "It seems like that they forgot about us.",
        "It looks like that there are no tickets left.",
        "It looks like that Renovate decides to reuse the branch.",
    )
    good = (
        "It looks like the meeting was cancelled; it looks like that file was deleted.",
        "It looks like that is not the case, and that might work.",
        "It looked like that the whole time. It looks like that the first time you see it.",
        "It looks like that Tesla crashed into the barrier; it sounds like that Stradivarius belonged to a duke.",
    )
    fixed = (
        "It looks like the meeting was cancelled.",
        "It seems like they forgot about us.",
        "It looks like there are no tickets left.",
        "It looks like Renovate decides to reuse the branch.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SEEMING):
            if not run_of(words, index, 3):
                continue
            if words[index + 1].low != "like" or words[index + 2].low != "that":
                continue
            if not _clause_follows(doc, words, index + 3):
                continue
            like = words[index + 1]
            yield self.finding(
                like.start,
                words[index + 2].end,
                f"Drop 'that': '{like.text} {words[index + 3].text}'.",
                suggestions=(like.text,),
                fix=FixSafety.SAFE,
            )


# -- we r, you out to, somethings wrong --------------------------------------------------------

_R = frozenset(("r",))
_R_SUBJECTS = frozenset("you we they u".split())


class RForAre(GrammarRule):
    id = "grammar.r-for-are"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Text-speak 'r' for 'are' after a pronoun: 'we r late', 'you r right'."
    why = (
        "'R' for 'are' is text-speak; edited prose spells the verb. Reported only after 'you', 'we', "
        "'they' (or 'u') and before another word; a capital 'R' (the language) is left alone."
    )
    bad = ("We r going to the beach.", "They r not coming tonight.")
    good = ("You R users should update.", "The area is pi r squared, and we are late.")
    fixed = ("We are going to the beach.", "They are not coming tonight.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _R):
            r = words[index]
            if r.text != "r" or index == 0 or not run_of(words, index - 1, 3):
                continue
            if words[index - 1].low not in _R_SUBJECTS:
                continue
            yield self.replace_word(r, "are", "Spell out 'are'.", FixSafety.SAFE)


_OUT = frozenset(("out",))
_ONLY_SUBJECTS = w.SUBJECT_ONLY_PRONOUNS
_INVERTED_BE = w.BE_FORMS | frozenset("aren't isn't wasn't weren't aren’t isn’t wasn’t weren’t".split())
_AFTER_CLAUSE = frozenset("as if that because when so then since though although while".split())
"""Words after which 'you' or 'it' opens a clause as its subject ('as it out to be')."""


class OutForOught(GrammarRule):
    id = "grammar.out-for-ought"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Out to' for 'ought to' after a subject: 'you out to know', 'we out to be there'."
    why = (
        "'Ought to' sounds like 'out to'. Straight after a subject and before a bare verb, 'out' has no "
        "verb to belong to, so it stands for 'ought'. 'You' and 'it' are also objects: after a verb they "
        "are left alone ('turned it out to be', 'try it out to be sure', 'need you out to help')."
    )
    bad = ("You out to be ashamed of yourself.", "We out to be there by noon.")
    good = (
        "You ought to be ashamed. It turned out to be long; they make it out to be hard.",
        "He set out to be a doctor; she was out to win; try it out to be sure.",
        "Are they out to win the cup? Is he out to get revenge?",
    )
    fixed = ("You ought to be ashamed of yourself.", "We ought to be there by noon.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _OUT):
            if index == 0 or not run_of(words, index - 1, 4) or words[index + 1].low != "to":
                continue
            subject = words[index - 1].low
            if subject not in _ONLY_SUBJECTS and subject not in ("you", "it"):
                continue
            if index >= 2 and words[index - 2].joined and words[index - 2].low in _INVERTED_BE:
                continue  # "are they out to win?", "is he out to get revenge?": 'be out to' asked
            tags = sentence_tags(doc, words)
            if "VB" not in w.verb_tags(words[index + 2].low) or tags[index + 2] != "VB":
                continue
            if subject in ("you", "it") and index >= 2 and words[index - 2].joined:
                before = words[index - 2].low
                governed = tags[index - 2] in ("RP", "TO", "IN") and before not in _AFTER_CLAUSE
                if tags[index - 2].startswith("VB") or governed:
                    continue  # "turned it out to be", "make it out to be"
            out = words[index]
            fixed = match_case("ought", out.text)
            yield self.replace_word(out, fixed, f"'{fixed.capitalize()} to', not 'out to'.")


_CONTRACTED_THINGS = {"somethings": "something's", "nothings": "nothing's", "everythings": "everything's"}
_CONTRACTED_THING_WORDS = frozenset(_CONTRACTED_THINGS)
_THINGS = frozenset(_CONTRACTED_THINGS) | {"anythings"}
_STATE_WORDS = frozenset("wrong fine ok okay right".split())
_COORDINATORS = frozenset("and or nor".split())


class SomethingIs(GrammarRule):
    id = "grammar.something-is"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Somethings wrong', 'nothings changed': the contraction of 'is' or 'has' lost its apostrophe."
    why = (
        "'Something', 'nothing' and 'everything' take a singular verb; 'somethings' before an -ing form, "
        "a participle or 'wrong'/'fine' is 'something's' ('something is/has') without its apostrophe. The "
        "rare plural ('the little nothings of life', 'somethings in the attic') is left alone: after an "
        "adjective or a determiner, or before anything else."
    )
    bad = ("Somethings wrong with the car.", "Nothings changed since last year.", "Everythings going to plan.")
    good = (
        "Something's wrong with the car. Somethings in the attic kept us awake.",
        "Somethings and nothings filled the attic.",
        "The little nothings of daily life matter; sweet nothings whispered in the dark.",
        "Twenty somethings living in London face high rents.",
    )
    fixed = ("Something's wrong with the car.", "Nothing's changed since last year.", "Everything's going to plan.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _CONTRACTED_THING_WORDS):
            if not run_of(words, index, 2):
                continue
            if index > 0 and words[index - 1].joined:
                before = words[index - 1].low
                if (
                    before in w.DETERMINERS
                    or before in _COORDINATORS
                    or before in w.CARDINALS
                    or w.tags(before) & {"ADJ", "VERB"}
                ):
                    continue  # "the little nothings", "he said nothings", "somethings and nothings"
            at = index + 1
            if words[at].low in w.MID_ADVERBS or words[at].low in ("really", "definitely", "just", "always", "still"):
                if not run_of(words, at, 2):
                    continue
                at += 1
            following = words[at].low
            tag = sentence_tags(doc, words)[at]
            participle = tag in ("VBN", "VBD") and "VBN" in w.verb_tags(following)
            if not (following in _STATE_WORDS or (following.endswith("ing") and tag == "VBG") or participle):
                continue
            thing = words[index]
            fixed = match_case(_CONTRACTED_THINGS[thing.low], thing.text)
            yield self.replace_word(thing, fixed, f"Write '{fixed}' ('is' or 'has').")


# -- modal + adjective --------------------------------------------------------------------------

_ADVERB_LIKE = frozenset(
    """sure likely well better best just only even still much more less least far enough alone soon early
    late long hard fast first last right straight real pretty very quite all most next own due worth""".split()
)
"""Adjectives that also stand where an adverb or a determiner does after a modal ('it will likely
rain', 'you would better ask', 'we must first agree', 'it will soon end')."""
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS"))
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "able", "ible", "ical", "cial", "tial", "less")
"""Endings of adjectives that the word tables also list as nouns ('beneficial', 'essential')."""
_MODAL_SUBJECT_TAGS = _SUBJECT_TAGS | {"DT"}


class ModalWithoutBe(GrammarRule):
    id = "grammar.modal-without-be"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A modal straight before an adjective: 'it would great', 'the results will available'."
    why = (
        "A modal needs a verb; before an adjective that verb is 'be': 'it would be great', 'the results "
        "will be available'. Reported only for words that are nothing but adjectives, after a subject the "
        "tagger reads as such and a modal it reads as a modal ('free will alive', 'a tin can full of "
        "buttons' are nouns)."
    )
    bad = (
        "It would great to see you again.",
        "The results will available next week.",
        "The new signals would beneficial for pedestrians.",
    )
    good = (
        "It would be great; it will likely rain; it could well be true.",
        "She kept a tin can full of buttons, and the will alive in him.",
    )
    fixed = bad
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, w.MODALS):
            if index == 0 or index + 1 >= len(words):
                continue
            adjective = words[index + 1]
            kinds = w.tags(adjective.low)
            if "ADJ" not in kinds or "VERB" in kinds or adjective.low in _ADVERB_LIKE or adjective.capitalised:
                continue
            if not (words[index - 1].joined and words[index].joined):
                continue
            before = words[index - 1].low
            if (before in w.DETERMINERS and before not in w.DEMONSTRATIVES) or "ADJ" in w.tags(before):
                continue  # "the will", "a can", "free will", "military might"
            tags = sentence_tags(doc, words)
            only_adjective = (
                kinds == {"ADJ"} or (kinds <= {"ADJ", "NOUN"} and adjective.low.endswith(_ADJECTIVE_ENDINGS))
            ) and not (
                index + 2 < len(words) and adjective.joined and "NOUN" in w.tags(words[index + 2].low)
            )  # "would beneficial for": the tagger guesses a verb after a modal; not before a noun it modifies
            if (
                tags[index] != "MD"
                or (tags[index + 1] not in _ADJECTIVE_TAGS and not only_adjective)
                or tags[index - 1] not in _MODAL_SUBJECT_TAGS
            ):
                continue
            subject = words[index - 1].low
            if subject in w.DETERMINERS - w.DEMONSTRATIVES or (
                tags[index - 1] == "DT" and subject not in w.DEMONSTRATIVES
            ):
                continue  # "the will", "a can"
            if "ADJ" in w.tags(subject):
                continue  # "free will", "military might"
            modal = words[index]
            fixed = f"{modal.text} be"
            yield self.replace_word(
                modal, fixed, f"Before an adjective the modal needs 'be': '{fixed} {adjective.text}'.", FixSafety.UNSAFE
            )


# -- I would be a shame, not longer open --------------------------------------------------------

_I = frozenset(("i",))
_VERDICTS = frozenset("shame pity idea".split())
"""Nouns that judge a state of affairs, never a person: 'it would be a shame', 'it is a good idea'."""
_VERDICT_ENDS = frozenset("if that when because".split())


class IForIt(GrammarRule):
    id = "grammar.i-for-it"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I would be a shame', 'I will be a good idea': 'it' typed as 'I'."
    why = (
        "A shame, a pity or a good idea is a state of affairs, not a person: 'it would be a shame if…'. "
        "Reported when 'I', a modal and 'be a' lead to such a noun that opens a clause or an infinitive or "
        "ends the sentence ('I would be a shame to my family' and 'I would be a good fit' are left alone)."
    )
    bad = ("I think I would be a shame to miss it.", "They doubt I will be a good idea.")
    good = (
        "I would be a good fit for the role, and I would be a shame to my family if I lied.",
        "I might be a bummer to hang out with, but I try.",
    )
    fixed = ("I think it would be a shame to miss it.", "They doubt it will be a good idea.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _I):
            at = index + 1
            if at >= len(words) or words[at].low not in w.MODALS:
                continue
            at += 1
            if at < len(words) and words[at].low == "not":
                at += 1
            if at + 2 >= len(words) or words[at].low != "be" or words[at + 1].low not in ("a", "an"):
                continue
            noun_at = at + 2
            if noun_at + 1 < len(words) and words[noun_at].low not in _VERDICTS and "ADJ" in w.tags(words[noun_at].low):
                noun_at += 1  # "a good idea"
            if not run_of(words, index, noun_at - index + 1) or words[noun_at].low not in _VERDICTS:
                continue
            if not _verdict_ends(doc, words, noun_at):
                continue
            i = words[index]
            fixed = "It" if i.sentence_start else "it"
            yield self.replace_word(i, fixed, f"'{fixed}' is meant here, not 'I'.", FixSafety.SAFE)


def _verdict_ends(doc: Document, words: list[Word], at: int) -> bool:
    """After the noun comes the clause it judges ('if', 'that', 'to' + a bare verb) or the sentence's end."""
    if at + 1 >= len(words) or not words[at].joined:
        return doc.text[words[at].end : words[at].end + 1] in (".", "!", "?", ";", "")
    following = words[at + 1].low
    if following in _VERDICT_ENDS:
        return True
    return following == "to" and at + 2 < len(words) and "VB" in w.verb_tags(words[at + 2].low)


_NOT = frozenset(("not",))
_NOT_COMPARED = frozenset("than but and or nor thanks due owing lasting lived".split())
"""'Than' and conjunctions, words that open a reason ('not longer thanks to the plea deal') and the
second half of a compound adjective ('not longer lasting, just cheaper')."""
_NO_LONGER_TAGS = frozenset("VB VBD VBG VBN VBP VBZ MD JJ JJS".split())


def _bare_after_do(words: list[Word], index: int) -> bool:
    """'Not longer' between a form of 'do' or a modal and a bare verb, which the tagger may read as a
    noun after 'longer' ("the app does not longer start", "we can not longer wait")."""
    before = words[index - 1].low if index else ""
    return (before in w.DO_FORMS or before in w.MODALS) and "VB" in w.verb_tags(words[index + 2].low)


class NotLonger(GrammarRule):
    id = "grammar.not-longer"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Not longer' for 'no longer': 'the shop is not longer open'."
    why = (
        "'No longer' says that something has stopped ('the shop is no longer open'); 'not longer' is the "
        "comparative denied ('not longer than my arm'). Reported when a verb, a participle or an adjective "
        "follows, not 'than', a comma or a conjunction ('the queue is not longer, just slower')."
    )
    bad = (
        "The shop is not longer open on Sundays.",
        "The file not longer exists.",
        "The old app does not longer start, and we will not longer wait.",
    )
    good = (
        "My arm is not longer than my leg; the queue is not longer, just slower.",
        "Whether or not longer shifts are safer is unclear.",
        "The days are not longer in winter, and the film was not longer but felt long.",
        "The sentence was not longer thanks to the plea deal, and the trip was not longer due to the detour.",
        "The new battery is not longer lasting, just cheaper. Whether the route is not longer matters little.",
    )
    fixed = ("The shop is no longer open on Sundays.", "The file no longer exists.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _NOT):
            if not run_of(words, index, 3) or words[index + 1].low != "longer":
                continue
            following = words[index + 2].low
            if following in _NOT_COMPARED or (index and words[index - 1].low in ("or", "if")):
                continue  # "whether or not longer contracts help", "as long, if not longer"
            tags = sentence_tags(doc, words)
            if tags[index + 2] not in _NO_LONGER_TAGS and not _bare_after_do(words, index):
                continue
            if index > 0 and words[index - 1].low in w.BE_FORMS and tags[index + 2] in ("VBZ", "VBD", "VBP"):
                continue  # "whether the route is not longer matters little": 'be' is the verb, a new clause's next
            if any(word.low == "than" for word in words[index + 3 : index + 7]):
                continue  # "not longer today than it was"
            not_ = words[index]
            fixed = match_case("no", not_.text)
            yield self.replace_word(not_, fixed, f"'{fixed} longer' (it has stopped), not 'not longer'.")


# -- famous its beaches, interested learning ---------------------------------------------------

_PREPOSITION_OF_ADJECTIVE = {
    "interested": "in",
    "famous": "for",
    "fond": "of",
    "capable": "of",
    "keen": "on",
    "dependent": "on",
    "reliant": "on",
    "familiar": "with",
    "similar": "to",
}
"""Adjectives that take their object only through a preposition and never a clause of their own
('interested in', 'famous for'; not 'afraid', 'aware', 'sure': 'afraid the dog will bite')."""
_PREPOSITION_ADJECTIVES = frozenset(_PREPOSITION_OF_ADJECTIVE)
_DEGREE = frozenset("very so really quite too more most extremely particularly especially".split())
_SPAN_WORDS = frozenset("whole entire life lives career childhood youth history tenure reign stay".split())
"""A possessive's span of time ('famous his whole life', 'keen her entire career')."""
_GERUND_ADJECTIVES = frozenset("interested capable keen fond".split())
"""Adjectives whose object is often an -ing form ('interested in learning', 'capable of running')."""
_ADVERBIAL_GERUNDS = frozenset("growing starting beginning".split())
"""-ing forms of a time adverbial: 'keen starting out', 'shy growing up'."""
_OWNED_PRONOUNS = frozenset("mine yours ours theirs hers".split())
_ADVERBIAL_NOUNS = w.TIME_NOUNS | frozenset(
    "world way while ago earlier later after before back over running length breadth deal".split()
)
"""Nouns of a phrase that is an adverbial, not the adjective's object: 'famous the world over', 'the
whole time'."""


class MissingPreposition(GrammarRule):
    id = "grammar.adjective-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adjective that lost its preposition: 'famous its beaches', 'interested learning'."
    why = (
        "'Interested', 'famous', 'fond', 'capable', 'keen', 'dependent', 'reliant', 'familiar' and "
        "'similar' reach their object only through a preposition ('interested in learning', 'famous for its "
        "beaches'). Reported after 'be' when an -ing form, a possessive or an article's noun follows "
        "straight away; an adverbial ('famous the world over', 'the whole time') is left alone."
    )
    bad = ("The town is famous its cheese.", "She is interested learning Spanish.")
    good = (
        "The town is famous for its cheese; she is interested in learning Spanish.",
        "He was famous the world over, and famous the whole time he lived there.",
        "She was famous a decade ago; the readings are similar the morning after.",
        "He was famous the length and breadth of the country; they were similar the first few years.",
        "She was famous growing up; he was keen starting out; she is interested a great deal more now.",
        "He was famous his whole life; they were dependent their whole lives; he was keen his first year.",
    )
    fixed = bad
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PREPOSITION_ADJECTIVES):
            back = index - 1
            if back > 0 and words[back].low in _DEGREE:
                back -= 1
            if back < 0 or words[back].low not in w.BE_FORMS or not run_of(words, back, index - back + 2):
                continue
            following = words[index + 1]
            if not _object_follows(doc, words, index):
                continue
            adjective = words[index]
            fixed = f"{adjective.text} {_PREPOSITION_OF_ADJECTIVE[adjective.low]}"
            yield self.replace_word(
                adjective,
                fixed,
                f"'{adjective.text}' takes a preposition here: '{fixed} {following.text}'.",
                FixSafety.UNSAFE,
            )


def _object_follows(doc: Document, words: list[Word], index: int) -> bool:
    """What follows the adjective at ``index`` is its object: a possessive, 'mine' after 'similar', an
    -ing form, or an article before a noun or an adjective, no adverbial noun in the next words."""
    following = words[index + 1].low
    tags = sentence_tags(doc, words)
    nearby = {word.low for word in words[index + 2 : index + 5]}
    if following in w.POSSESSIVES - {"her"}:
        return not nearby & (_ADVERBIAL_NOUNS | _SPAN_WORDS)  # not "famous his whole life"
    if following in _OWNED_PRONOUNS and words[index].low == "similar":
        return True
    if following.endswith("ing"):
        if words[index].low not in _GERUND_ADJECTIVES or following in _ADVERBIAL_GERUNDS:
            return False  # "she was famous growing up", "keen starting out": when, not what
        return tags[index + 1] == "VBG"
    if following not in w.ARTICLES or not words[index + 1].joined or index + 2 >= len(words):
        return False
    return not nearby & _ADVERBIAL_NOUNS and tags[index + 2] in ("NN", "NNS", "JJ")


RULES = [
    HowWithoutTo,
    AsToQuestion,
    DoubledTo,
    DoBeforeModal,
    LikeThatClause,
    RForAre,
    OutForOught,
    SomethingIs,
    ModalWithoutBe,
    IForIt,
    NotLonger,
    MissingPreposition,
]
