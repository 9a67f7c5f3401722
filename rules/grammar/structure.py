"""Two structural slips from edited copy: "with Turkey denies that" and "suspend the export military technology"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, in_quotes, match_case, occurrences, places, positions, run_of, stretch_start

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lint._document import Document

_WITH = frozenset(("with",))
_ABSOLUTE_OPENERS = frozenset((",", ";", "—", "–", "("))


class FiniteVerbAfterWith(GrammarRule):
    id = "grammar.finite-verb-after-with"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A finite verb in a 'with' phrase, where the participle is needed: ', with Turkey denies that'."
    why = (
        "An absolute phrase ', with X doing Y' takes a participle: 'with Turkey denying that its drones "
        "are involved'. A finite verb ('with Turkey denies') is what is left of a sentence joined to "
        "another in a hurry. Only 'with' after a comma or at the start of a sentence, followed by a "
        "name or a noun phrase and a verb that can only be a verb, is flagged."
    )
    bad = (
        "Footage has been released, with Turkey denies that its drones are involved.",
        "With the ministry insists on secrecy, reporters waited.",
    )
    good = (
        "Footage has been released, with Turkey denying that its drones are involved.",
        "A source familiar with Turkey says the drones are involved.",
        "The talks, with Smith attending, ended.",
    )
    fixed = (
        "Footage has been released, with Turkey denying that its drones are involved.",
        "With the ministry insisting on secrecy, reporters waited.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WITH):
            if not _opens_absolute(doc, words, index):
                continue
            verb_index = _after_noun_phrase(words, index + 1)
            if verb_index is None:
                continue
            verb = words[verb_index]
            if w.tags(verb.low) != {"VERB"} or w.verb_tags(verb.low) != {"VBZ"}:
                continue
            participle = next(
                (
                    w.verb_form(lemma, "VBG")
                    for lemma in w.verb_lemmas(verb.low)
                    if verb.low in w.verb_inflections(lemma).get("VBZ", ())
                ),
                None,
            )
            if participle:
                yield self.replace_word(
                    verb,
                    participle,
                    f"After '{words[index].text} …', use the participle '{participle}', not the finite '{verb.text}'.",
                    FixSafety.SAFE,
                )


def _opens_absolute(doc: Document, words: list[Word], index: int) -> bool:
    if index == 0:
        return True
    between = doc.text[words[index - 1].end : words[index].start].strip()
    return between in _ABSOLUTE_OPENERS


def _after_noun_phrase(words: list[Word], start: int) -> int | None:
    """Index of the word after a name (1–3 capitalised words) or a short determiner phrase, if joined."""
    if start >= len(words) or not words[start - 1].joined:
        return None
    cursor = start
    if words[cursor].capitalised and words[cursor].low not in w.DETERMINERS:
        while cursor < len(words) and words[cursor].capitalised and cursor - start < 3:
            if not words[cursor].joined:
                return None
            cursor += 1
    elif words[cursor].low in w.DETERMINERS:
        cursor += 1
        while cursor < len(words) and cursor - start <= 3:
            if not words[cursor - 1].joined or words[cursor].capitalised:
                return None
            pos = w.tags(words[cursor].low)
            if "NOUN" not in pos and "ADJ" not in pos:
                return None
            if words[cursor].low == "one" and cursor > start + 1 and "NOUN" in w.tags(words[cursor - 1].low):
                return None  # "With an evening dress one wears …": 'one' the subject of the main clause
            if w.tags(words[cursor].low) == {"VERB"}:
                return None
            cursor += 1
            if cursor < len(words) and w.tags(words[cursor].low) == {"VERB"}:
                break
    else:
        return None
    return cursor if cursor < len(words) and words[cursor - 1].joined else None


# Nouns of action that take "of" before their object: "the export of military technology".
_ACTION_NOUNS = frozenset(
    "export import sale supply delivery transfer shipment purchase production development use removal "
    "release transport deployment".split()
)
_LOT = frozenset(("lot",))
_AFTER_A_LOT_NOUN = frozenset("there here that who which".split())
"""Words after the noun of 'a lot people' that show the phrase has ended ('a lot people there')."""
_PHRASE_ENDS = frozenset("to from for in into by through and or".split())
_REGARDLESS = frozenset(("regardless", "irrespective"))
_PHRASE_OPENERS = w.ARTICLES | w.POSSESSIVES
_PART = frozenset(("part",))
_BE_OR_BECOME = frozenset("be is are was were been being become becomes became becoming am".split())


class MissingOf(GrammarRule):
    id = "grammar.missing-of"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Of' missing after a noun of action or 'a lot': 'suspend the export military technology', 'a lot people'."
    )
    why = (
        "'The export', 'the sale', 'the supply' of something need 'of' before what is exported, sold "
        "or supplied: 'suspend the export of military technology'. Flagged only when the noun is "
        "followed by an adjective and a noun that end the phrase, so compounds such as 'the export "
        "market' or 'the sale price' are left alone. 'A lot' before a plural or an uncountable noun "
        "needs 'of' too ('a lot of people', 'a lot of money'; a plural that is also a verb when the tagger "
        "reads the noun: 'a lot volunteers this spring'), unless a verb follows the noun ('it "
        "changed a lot people think': 'a lot' is an adverb there)."
    )
    bad = (
        "NATO should suspend the export military technology to Turkey.",
        "The supply nuclear fuel to Iran was halted.",
        "She has a lot friends, and we spent a lot money on a lot people there.",
        "A lot people showed up for the ribbon cutting.",
        "We have a lot volunteers this spring, and they hired a lot workers this year.",
        "The clinic serves residents regardless their ability to pay, irrespective the cost.",
        "We are proud to be part the local maker community.",
    )
    good = (
        "NATO should suspend the export of military technology to Turkey.",
        "The export market and the sale price fell; the supply chain held.",
        "The use of public funds is limited.",
        "It changed a lot people think; we bought a lot cheaper shoes; it sold a lot years ago; a lot more came.",
        "It helped a lot, volunteers said.",
        "Regardless, the clinic serves everyone; regardless of their ability to pay; regardless whether it rains.",
        "We are proud to be part of the community, and the crowd will part the way for the band.",
    )
    fixed = (
        "NATO should suspend the export of military technology to Turkey.",
        "The supply of nuclear fuel to Iran was halted.",
        "She has a lot of friends, and we spent a lot of money on a lot of people there.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._a_lot(doc)
        yield from self._regardless(doc)
        yield from self._be_part(doc)
        # Found from the rare action nouns, not from every "the": the same places, in the same order.
        for words, noun_index in occurrences(doc, _ACTION_NOUNS):
            index = noun_index - 1
            if index < 0 or words[index].low != "the":
                continue
            if index + 3 >= len(words) or not all(words[i].joined for i in range(index, index + 3)):
                continue
            noun, modifier, head = words[index + 1], words[index + 2], words[index + 3]
            if modifier.capitalised or head.capitalised:
                continue
            if "ADJ" not in w.tags(modifier.low) or "VERB" in w.tags(modifier.low) or "NOUN" not in w.tags(head.low):
                continue
            after = words[index + 4] if index + 4 < len(words) and head.joined else None
            if after is not None and after.low not in _PHRASE_ENDS:
                continue
            yield self._with_of(
                noun, f"'{noun.text}' needs 'of' before what follows: '{noun.text} of {modifier.text} {head.text}'."
            )

    def _regardless(self, doc: Document) -> Iterator[Finding]:
        """'Regardless their ability to pay', 'irrespective the cost': these take 'of' before a noun
        phrase. Only before an article or a possessive joined to it (not "regardless, their", nor
        "regardless whether", which some guides allow)."""
        for words, index in occurrences(doc, _REGARDLESS):
            word = words[index]
            if index + 2 >= len(words) or not word.joined or words[index + 1].low not in _PHRASE_OPENERS:
                continue
            if in_quotes(doc, word.start):
                continue
            yield self._with_of(
                word, f"'{word.text}' needs 'of' before a noun phrase: '{word.text} of {words[index + 1].text}'."
            )

    def _be_part(self, doc: Document) -> Iterator[Finding]:
        """'Proud to be part the local community': 'part' after a form of 'be' or 'become' takes 'of'
        before its whole ('be part of the community'); the verb 'part' has no 'be' before it."""
        for words, index in occurrences(doc, _PART):
            if index == 0 or index + 2 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            if words[index - 1].low not in _BE_OR_BECOME or words[index + 1].low not in _PHRASE_OPENERS:
                continue
            if in_quotes(doc, words[index].start):
                continue
            part = words[index]
            yield self._with_of(
                part,
                f"'{part.text}' needs 'of' before the whole it belongs to: '{part.text} of {words[index + 1].text}'.",
            )

    def _with_of(self, word: Word, message: str) -> Finding:
        """The finding that writes 'of' after ``word`` (a safe fix: the phrase has no other reading)."""
        return self.replace_word(word, f"{word.text} of", message, FixSafety.SAFE)

    def _a_lot(self, doc: Document) -> Iterator[Finding]:
        """'A lot people', 'a lot homework': 'a lot' before a plural or an uncountable noun needs 'of'.
        Only a noun that is nothing else (or 'people', 'children' …) and after which no verb follows:
        'it helped a lot people said' has 'a lot' as an adverb and a new clause."""
        from .determiners import MASS_NOUNS

        for words, index in occurrences(doc, _LOT):
            if index == 0 or index + 1 >= len(words) or words[index - 1].low != "a":
                continue
            article, lot, noun = words[index - 1], words[index], words[index + 1]
            if not (article.joined and lot.joined) or noun.capitalised:
                continue
            low = noun.low
            plural = low in w.PLURAL_PERSONS or (w.is_plural_noun(low) and w.tags(low) == {"NOUN"})
            if not plural and w.is_plural_noun(low) and "NOUN" in w.tags(low):
                plural = sentence_tags(doc, words)[index + 1] == "NNS"  # "a lot volunteers": the tagger's noun
            if not plural and low not in MASS_NOUNS:
                continue
            if index + 2 < len(words) and noun.joined and index > 1:  # opening the sentence 'a lot' is no adverb
                after = words[index + 2].low
                ended = after in w.PREPOSITIONS or after in _AFTER_A_LOT_NOUN or after in w.DETERMINERS
                if not ended and w.tags(after) - {"ADV"}:
                    continue  # "a lot people said", "a lot money changes hands": a clause may follow
                if after in w.PREPOSITIONS and "VERB" in w.tags(after):
                    continue
            yield self._with_of(lot, f"'A lot' needs 'of' before a noun: 'a lot of {noun.text}'.")


_CONJUNCTIVE_ADVERBS = frozenset(
    "therefore moreover furthermore consequently nevertheless nonetheless accordingly meanwhile instead".split()
)
"""Not 'thus' ("thus making") or 'hence' ("hence the name")."""
_SET_OFF_ADVERBS = _CONJUNCTIVE_ADVERBS | frozenset(("however",))
"""Adverbs reported between two commas (", however, we"): 'however' only there, since without
the second comma it may mean 'in whatever way' ("we will back it, however the vote goes")."""
_CLAUSE_OPENERS = w.SUBJECT_PRONOUNS | w.ARTICLES | w.POSSESSIVES | frozenset(("this", "these", "those"))
_SUBORDINATORS = frozenset(
    "when whenever if unless although though because while whilst as since after before once until whereas".split()
)
"""A sentence that opens with one of these (or a preposition) opens with a dependent clause or a
phrase: "When it was found, however, the effect was the opposite" and "In a narrow sense,
therefore, the firm can argue" have one main clause, and the adverb belongs to it."""


class CommaSpliceAdverb(GrammarRule):
    id = "grammar.comma-splice-adverb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two sentences joined by a comma and 'however', 'therefore', 'moreover'…"
    why = (
        "'However', 'therefore', 'moreover', 'consequently' and their kind are adverbs, not "
        "conjunctions: they cannot join two sentences with a comma. Use a semicolon ('It rained; "
        "therefore, we stayed home') or a full stop. Only an adverb after a comma, followed by a new "
        "subject and its verb, is reported (after 'however' without a second comma, only a clause with "
        "'be' and its complement: 'however the coach was unhappy', not 'however the vote goes'; or with "
        "a negated verb, 'nobody' or 'no one' ('however she did not appear', 'however nobody answered'), "
        "'has' or 'had' and a noun phrase ('however it has side effects'), or a simple past that is no "
        "verb of manner or outcome with more after it than 'it' or a particle, and no modal before "
        "('however profits fell by a third', not 'however it turned out', 'however they voted'); a "
        "negated or past clause of that kind is reported after 'however' with no comma too); set "
        "off by two commas ('It rained, however, we went "
        "out'), only when a clause with its own verb comes before it."
    )
    bad = (
        "It rained, therefore we stayed home.",
        "Costs rose, consequently the council cut services.",
        "The plan failed, however, we tried again.",
        "Sales fell, therefore, the firm cut jobs.",
        "The team won, however the coach was unhappy, and the plan was cheap, however it was too late.",
        "I tried to call, however nobody answered. Profits were up, however shares fell on the news.",
        "He agreed to help however he never turned up.",
        "Inflation fell last month, however economists warn that prices remain high.",
        "It rained all day, therefore prices rose at the market.",
        "The council approved the budget, however, two members voted against it.",
        "The plant will close in June, therefore, about 300 workers will lose their jobs.",
        "The Tigers scored twice, meanwhile, the Royals' bullpen struggled, and it rained, meanwhile we trained.",
        "The board did not cut tuition fees, instead it froze them for a second year.",
        "It rained all morning, however we still managed to finish the race.",
        "The road was due to reopen on Monday, however, crews found more damage under the pavement.",
        "The council approved the budget, therefore property taxes will rise next year.",
        "Crews restored power by noon, nevertheless about 200 customers remained in the dark.",
        "The recipe calls for fresh basil, however, dried basil works in a pinch.",
        "Dues have not risen since 2017, however, rising costs for insurance and travel have forced a change.",
        "The storm weakened before making landfall, nevertheless, thousands of residents lost power.",
        "It rained all day; the match went ahead, however, the crowd stayed away.",
    )
    good = (
        "It rained; therefore, we stayed home.",
        "The council, therefore, cut services.",
        "It was cheap and, therefore, popular.",
        "We will back it, however the vote goes, however it is done and however the truth is told.",
        "Read it, however long it is; we stay, however the weather is.",
        "The mayor, however, said no. He said, however, that the plan would go ahead.",
        "The plan failed; however, we tried again.",
        "When the fraud was found, however, the effect was the opposite.",
        "In a narrow sense, therefore, the firm can argue its case.",
        "He is, therefore, the best man for the job, and she was, however, the better speaker.",
        "He will be paid, however the firm performed last year. It was a success, however it happened.",
        "The staff were thanked, however they voted. She loved him however he treated her.",
        "We will go, however you say that word; the plan, therefore, costs more; it rained, therefore crowds.",
        "We will do it, however they say that it should be done.",
        "He said, however, the plan would go ahead. The vote passed, however, by two votes.",
        "The club, meanwhile, said it would appeal; prices rose, meanwhile, in the north.",
        "He did not walk but ran instead, and we stayed, instead of leaving; they won, instead, a draw.",
        "The team lost, however, many fans who stayed were angry.",
        "We will pay the fee, however many members come, and stay however much it rains.",
        "The hall was full and, therefore, fire doors stayed open; the tickets, therefore, sold out.",
        "Venice is crowded in summer; in January, however, you can have entire squares to yourself.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for words, index in occurrences(doc, _SET_OFF_ADVERBS):
            adverb = words[index]
            if index < 2 or index + 2 >= len(words):
                continue
            if text[words[index - 1].end : adverb.start].strip() != ",":
                if _unmarked_contrast(words, index):
                    yield self.finding(
                        adverb.start,
                        adverb.end,
                        f"'{adverb.text}' cannot join two sentences: use a semicolon "
                        f"('; {adverb.low},') or a full stop.",
                        suggestions=(f"; {adverb.low},",),
                        fix=FixSafety.UNSAFE,
                    )
                continue
            set_off = text[adverb.end : words[index + 1].start].strip() == ","
            contrast = False
            if set_off:
                first = _clause_start(text, words, index)  # after a semicolon, the clause the adverb is in
                opener = words[first].low
                if opener in _SUBORDINATORS or opener in w.PREPOSITIONS or not _has_verb(words, index, first):
                    continue  # "The council, however, cut", "…; in January, however, you can": no clause before it
                if not _verb_by_tags(sentence_tags(doc, words), index, first):
                    continue  # "Twenty yards from the green, however, he turned": 'yards' is the noun here
                if _dependent_before(words, index - 1):
                    continue  # "And when used with it, however, these verbs", "He said that if it rains, however, we"
                if words[index - 1].low in w.AUXILIARIES and words[index + 1].low not in w.SUBJECT_PRONOUNS:
                    continue  # "He is, therefore, the best man": the verb's complement follows the adverb
                if _object_after_adverb(words, index):
                    continue  # "They did influence, however, the Greek types": the verb's object follows
                if words[index - 1].low in _REPORTING:
                    continue  # "He said, however, the plan would go ahead": the clause is what was said
            elif not adverb.joined:
                continue
            elif adverb.low == "however" and not _complete_be_clause(words, index + 1):
                contrast = _contrast_clause(words, index + 1, reported=True)
                if not contrast:
                    continue  # "however the vote goes": 'in whatever way', not a second sentence
            if not (
                contrast
                or _new_clause(text, words, index + 1)
                or _plural_clause(doc, words, index + 1, set_off)
                or ((set_off or adverb.low != "however") and _counted_clause(doc, words, index + 1))
                or (set_off and words[index - 1].low not in w.COORDINATORS and _bare_noun_clause(doc, words, index + 1))
            ):
                continue
            if not set_off and _dependent_before(words, index - 1) and _one_verb_before(doc, words, index):
                continue  # "While we disliked each other, nevertheless we agreed": the adverb opens the main clause
            if [word.low for word in words[index + 1 :]] == ["i", "am"]:
                continue  # "I think, therefore I am" and its echoes ("I shop, therefore I am"): a set formula
            comma = words[index - 1].end + text[words[index - 1].end : adverb.start].index(",")
            yield self.finding(
                comma,
                adverb.end,
                f"'{adverb.text}' cannot join two sentences with a comma: use a semicolon "
                f"('; {adverb.low},') or a full stop.",
                suggestions=(f"; {adverb.low},",),
                fix=FixSafety.UNSAFE,
            )


def _object_after_adverb(words: list[Word], index: int) -> bool:
    """An auxiliary and a bare verb stand before the set-off adverb at ``index`` and no subject
    pronoun follows it: the verb's object comes after the adverb ("They did influence, however, the
    Greek types"; not "It will rain, however, we will go")."""
    if index < 3 or not words[index - 2].joined or words[index + 1].low in w.SUBJECT_PRONOUNS:
        return False
    auxiliary = words[index - 2].low
    return (auxiliary in w.AUXILIARIES or auxiliary in w.MODALS) and "VB" in w.verb_tags(words[index - 1].low)


_LEADS = frozenset("and but or so yet that".split())
"""Words that may come before the subordinator opening the stretch before a set-off adverb."""


def _one_verb_before(doc: Document, words: list[Word], index: int) -> bool:
    """The sentence holds one finite verb (by the tagger) before the adverb at ``index``: the clause
    before it is the dependent one alone ("While we disliked each other,"), not a dependent and a main
    clause run together ("When it rained we left, therefore …")."""
    tags = sentence_tags(doc, words)
    return sum(map(w.finite_tag, tags[:index])) == 1


def _dependent_before(words: list[Word], last: int) -> bool:
    """The stretch from the last comma (or the sentence's start) to ``words[last]`` holds a subordinator
    that opens it or follows 'and', 'but' or a verb's 'that': a dependent clause ends the stretch, so
    the adverb after it belongs to the main clause that follows ("And when used with the infinitive,
    however, these verbs", "He said that if it rains, however, we stay")."""
    start = stretch_start(words, last)
    return any(
        words[at].low in _SUBORDINATORS and (at == start or words[at - 1].low in _LEADS) for at in range(start, last)
    )


def _clause_start(text: str, words: list[Word], index: int) -> int:
    """The first word after the last semicolon before ``words[index]`` (0 when there is none): a
    semicolon has joined the clauses before it already ("Venice is crowded in summer; in January,
    however, you can have the squares to yourself")."""
    semicolon = text.rfind(";", words[0].start, words[index].start)
    if semicolon < 0:
        return 0
    return next(at for at in range(index + 1) if words[at].start > semicolon)


def _has_verb(words: list[Word], end: int, start: int = 0) -> bool:
    """A word that may be a finite verb among the words from ``start`` to ``end``, not the first word
    and not right after a determiner ("The plan, however," has none; "The plan failed, however," has one)."""
    return any(
        w.may_be_finite(words[i].low) and words[i - 1].low not in w.DETERMINERS and not words[i].capitalised
        for i in range(start + 1, end)
    )


_NOMINAL_TAGS = frozenset("NN NNS NNP NNPS CD DT IN JJS PRP PRP$".split())


def _verb_by_tags(tags: list[str], end: int, start: int = 0) -> bool:
    """Among the words from ``start`` to ``end``, one that the tagger does not read as a noun, a number
    or a function word: a phrase alone ("Twenty yards from the green", "The highest reason") has no verb,
    while "Sales fell" keeps 'fell' however the tagger reads it."""
    return any(tag not in _NOMINAL_TAGS for tag in tags[start + 1 : end])


def _complete_be_clause(words: list[Word], start: int) -> bool:
    """After an unmarked 'however', a clause that is whole: a subject, a form of 'be' and its
    complement ("however the coach was unhappy", "however it is a fact"), so 'however' cannot mean
    'in whatever way' ("however the vote goes", "however it is done", "however the truth is")."""
    at = start
    if at < len(words) and words[at].low in w.DETERMINERS and words[at].low not in _NOT_SUBJECT_DETERMINERS:
        at += 1
    if at >= len(words) or not (words[at].low in w.SUBJECT_PRONOUNS or "NOUN" in w.tags(words[at].low)):
        return False
    if at + 2 >= len(words) or not run_of(words, start, at + 3 - start) or words[at + 1].low not in _BE_PAST_PRESENT:
        return False
    complement = words[at + 2]
    if complement.low in w.ARTICLES or complement.low in _NEGATION_OR_DEGREE:
        return True
    return "ADJ" in w.tags(complement.low) and not w.verb_tags(complement.low) & {"VBN", "VBD"}


def _contrast_clause(words: list[Word], start: int, reported: bool = False) -> bool:
    """After an unmarked 'however', a clause that cannot say 'in whatever way': a subject (a pronoun,
    'nobody', or a determiner and up to two nouns or adjectives) and a negated verb ("however she did
    not appear", "however nobody answered", "however the work never began"), or a simple past that
    is no verb of manner or outcome, with more than a pronoun or a particle after it ("however
    profits fell by a third", not "however it came about", "however they voted"), or 'has' or 'had'
    and a noun phrase ("however it has side effects"). A clause of manner ends at its verb or at 'it'.
    With ``reported`` (after a comma), also a verb of saying and a 'that' clause with no modal
    ("however economists warn that prices remain high"; not "however they say that it should be done")."""
    found = _contrast_subject(words, start)
    if found is None:
        return False
    verb_at, negative = found
    verb = words[verb_at]
    following = words[verb_at + 1] if verb_at + 1 < len(words) and verb.joined else None
    if verb.low in w.NEGATED_AUXILIARIES or verb.low == "never":
        return True
    if verb.low in _CONTRAST_ADVERBS and following is not None and w.may_be_finite(following.low):
        return True  # "however we still managed to finish": 'still' answers the contrast, no manner
    if verb.low in _CONTRAST_AUXILIARIES and following is not None and following.low in ("not", "never"):
        return True
    if negative:
        return w.may_be_finite(verb.low)  # "however nobody answered", "however no one came"
    if following is None or words[start].low == "you":
        return False  # "It hurt, however you fell": the generic 'you' of a clause of manner
    if (following.low in _MANNER_ENDS or following.low in w.OBJECT_PRONOUNS) and (
        verb_at + 2 >= len(words) or not following.joined
    ):
        return False  # "however it came about", "however you did it": a clause of manner
    if reported and following.low == "that" and verb.low in _REPORTING:
        found = _contrast_subject(words, verb_at + 2)
        # "however economists warn that prices remain high": a clause reported, no manner left out
        return found is not None and not any(word.low in _MODAL_BEFORE for word in words[verb_at + 2 : found[0] + 2])
    if verb.low in ("has", "had"):
        return following.low in w.DETERMINERS or (
            "NOUN" in w.tags(following.low) and not w.verb_tags(following.low) & {"VBN", "VBD"}
        )
    tags = w.verb_tags(verb.low)
    if "VBD" not in tags or tags & {"VBZ", "VBG"} or verb.low in w.AUXILIARIES:
        return False
    if any(word.low in _MODAL_BEFORE for word in words[: start - 1]):
        return False  # "He will be paid, however the firm fared": 'whatever way', after a future
    lemmas = w.verb_lemmas(verb.low)
    return bool(lemmas) and not any(lemma in _MANNER_VERBS for lemma in lemmas)


_NOT_BEFORE_UNMARKED = w.COORDINATORS | w.PREPOSITIONS | w.DETERMINERS | w.AUXILIARIES | frozenset("that so".split())


def _unmarked_contrast(words: list[Word], index: int) -> bool:
    """'however' with no comma before it between a clause with its verb and a clause of contrast
    (:func:`_contrast_clause`): "He agreed to help however he never turned up"."""
    if words[index].low != "however" or not words[index - 1].joined or not words[index].joined:
        return False
    if words[index - 1].low in _NOT_BEFORE_UNMARKED or not _has_verb(words, index - 1):
        return False
    return words[0].low not in _SUBORDINATORS and _contrast_clause(words, index + 1)


def _contrast_subject(words: list[Word], start: int) -> tuple[int, bool] | None:
    """(index of the verb, whether the subject is 'nobody', 'no one' …) of a subject at ``start``:
    a subject pronoun, 'nobody', 'no one', 'nothing', a plural noun, or a determiner, a number,
    'most' or 'many' and up to three nouns or adjectives before the verb; the words joined."""
    if start + 1 >= len(words):
        return None
    first = words[start].low
    if first in w.SUBJECT_PRONOUNS or first in _NOBODY or (w.is_plural_noun(first) and not words[start].capitalised):
        at = start + 1
    elif first == "no" and words[start + 1].low == "one":
        at = start + 2
    elif (first in w.DETERMINERS and first not in _NOT_SUBJECT_DETERMINERS) or first in _SUBJECT_QUANTIFIERS:
        at = start + 1
        while at < min(start + 4, len(words) - 1) and w.tags(words[at].low) & {"NOUN", "ADJ"}:
            following = words[at + 1].low
            if at > start + 1 and (following in ("never", "not") or _finite_verb_form(following)):
                break
            at += 1
        if at == start + 1 or at >= len(words):
            return None
        if not (words[at].low in ("never", "not") or _finite_verb_form(words[at].low)):
            return None
    else:
        return None
    if at >= len(words) or not run_of(words, start, at - start + 1) or words[at].capitalised:
        return None
    return at, first in _NOBODY or first == "no"


def _finite_verb_form(low: str) -> bool:
    return bool(w.verb_tags(low) & {"VBD", "VBZ"}) or low in w.AUXILIARIES


_MODAL_BEFORE = w.MODALS | frozenset("'ll ’ll 'd ’d".split())
_NOBODY = frozenset("nobody nothing none neither".split())
_SUBJECT_QUANTIFIERS = frozenset("most several".split()) | w.CARDINALS
"""Not "many" or "few": "however many people died" is "no matter how many"."""
_CONTRAST_ADVERBS = frozenset("still nevertheless nonetheless eventually later instead".split())
"""Adverbs after the subject of a clause that a bare 'however' opens that mark a contrast, never a
manner ("however we still managed to finish")."""
_CONTRAST_AUXILIARIES = frozenset("did does do was were is are could would can will has have had".split())
_MANNER_ENDS = frozenset("about out up down off on over round around so that this".split())
"""Words after the verb that close a clause of manner ("however it came about", "however you look at
it", "however it turned out")."""
_MANNER_VERBS = frozenset(
    """go come turn end happen do feel look vote decide choose want like wish please see put phrase say
    call measure count define describe interpret read play handle approach spin slice cut dress try
    prefer work fare seem sound spend spell pronounce frame word tell explain view judge think perform
    behave act respond react run manage treat rank rate score fight finish travel get vote answer
    build make""".split()
)
"""Verbs of a clause of manner or outcome after 'however' ("however it went", "however they voted",
"however you did it"): 'however' there means 'in whatever way'."""


_NOT_SUBJECT_DETERMINERS = frozenset(("what", "which", "whose"))
_BE_PAST_PRESENT = frozenset("is are was were".split())
_NEGATION_OR_DEGREE = frozenset("not too very so quite still".split())


def _new_clause(text: str, words: list[Word], start: int) -> bool:
    """A subject at ``start`` (a pronoun, a determiner and its noun, a name) and its finite verb
    within the next few words, the words joined (a plural's possessive apostrophe too: "the Royals'
    bullpen struggled")."""
    subject = words[start]
    if not (subject.low in _CLAUSE_OPENERS or (subject.capitalised and subject.low not in w.PREPOSITIONS)):
        return False
    first_verb = start + 1 if subject.low in w.SUBJECT_PRONOUNS or subject.capitalised else start + 2
    span = range(first_verb, min(start + 4, len(words)))
    verb_at = next((i for i in span if w.may_be_finite(words[i].low)), None)
    return verb_at is not None and all(
        word.joined or (word.low.endswith("s") and text[word.end : following.start] in _APOSTROPHES)
        for word, following in pairwise(words[start : verb_at + 1])
    )


_APOSTROPHES = frozenset(("'", "\u2019", "' ", "\u2019 "))


def _plural_clause(doc: Document, words: list[Word], start: int, set_off: bool = False) -> bool:
    """A bare plural at ``start`` that the tagger reads as the noun, and its verb right after it
    ("…, therefore prices rose", "…, however, wages fell"). After an adverb set off by two commas, a
    plural the tagger took for a verb in -s counts too when a past form follows that the tagger
    reads as the verb, with no finite verb after it ("…, however, crews found more damage")."""
    if start + 2 >= len(words) or not words[start].joined or words[start].capitalised:
        return False
    if _compound_plural(doc, words, start):
        return True
    if not w.is_plural_noun(words[start].low) or not w.may_be_finite(words[start + 1].low):
        return False
    tags = sentence_tags(doc, words)
    if tags[start] == "NNS" and tags[start + 1] in ("VBD", "VBP", "VBZ", "MD"):
        return True
    return (
        set_off
        and tags[start] == "VBZ"
        and "NOUN" in w.tags(words[start].low)
        and (tags[start + 1] == "VBD" or _past_read_as_participle(words, tags, start + 1))
    )


def _compound_plural(doc: Document, words: list[Word], start: int) -> bool:
    """A noun and a bare plural at ``start`` that the tagger reads as the subject's two nouns, and the
    verb right after them ("…, therefore property taxes will rise", "…, therefore gas prices fell")."""
    if start + 3 >= len(words) or not words[start + 1].joined or not w.is_plural_noun(words[start + 1].low):
        return False
    if "NOUN" not in w.tags(words[start].low) or not w.may_be_finite(words[start + 2].low):
        return False
    tags = sentence_tags(doc, words)
    return tags[start] == "NN" and tags[start + 1] == "NNS" and tags[start + 2] in ("VBD", "VBP", "VBZ", "MD")


_COUNTING = frozenset("about around nearly almost more than at least over".split())
"""Words that open a counted subject before its number ("about 300 workers", "more than 2,000 visitors")."""
_COUNTED_TAGS = frozenset(("CD", "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "IN"))
"""Tags of the words of a counted subject ('two members', 'most of the fans', 'many fans')."""


def _counted_clause(doc: Document, words: list[Word], start: int) -> bool:
    """A subject that a number or a quantifier opens, then its finite verb within a few words, by the
    tagger, the words joined ("…, however, two members voted", "…, therefore, about 300 workers will
    lose", "…, however, most of the fans stayed"): after a set-off adverb and a clause, a new sentence."""
    at = start
    while at < len(words) and at - start < 3 and words[at].low in _COUNTING:
        at += 1
    if at >= len(words) or not _counts(words[at].low):
        return False
    tags = sentence_tags(doc, words)
    for verb_at in range(at + 1, min(at + 6, len(words))):
        if not words[verb_at - 1].joined:
            return False
        if tags[verb_at] in w.FINITE_OR_MODAL_TAGS or _past_read_as_participle(words, tags, verb_at):
            return tags[verb_at - 1] in ("NN", "NNS", "NNP", "NNPS", "CD") or _counts(words[verb_at - 1].low)
        if tags[verb_at] not in _COUNTED_TAGS or (tags[verb_at] == "IN" and words[verb_at].low != "of"):
            return False
    return False


_PHRASE_TAGS = frozenset("JJ JJR VBG VBN CD".split())
"""Tags of the words before a bare noun phrase's nouns ('rising costs', 'dried basil', 'online orders')."""


def _bare_noun_clause(doc: Document, words: list[Word], start: int) -> bool:
    """A noun phrase with no determiner from ``start`` (modifiers, nouns, and a phrase with 'of', 'for' … or
    'and' after a noun), then a finite verb right after a noun, by the tagger, the words joined, within
    eight words ("…, however, dried basil works", "…, however, rising costs for insurance have forced",
    "…, nevertheless, thousands of residents lost power"): after an adverb set off by two commas and a
    clause, a new sentence."""
    if words[start].capitalised:
        return False
    tags = sentence_tags(doc, words)
    after_noun = False
    for at in range(start, min(start + 8, len(words))):
        if at > start and not words[at - 1].joined:
            return False
        tag = tags[at]
        if after_noun and (tag in w.FINITE_OR_MODAL_TAGS or _past_read_as_participle(words, tags, at)):
            return True
        if tag in ("NN", "NNS"):
            after_noun = True
        elif (
            tag in _PHRASE_TAGS
            or (after_noun and tag in ("IN", "CC"))
            or (tag == "DT" and tags[at - 1] in ("IN", "CC"))
        ):
            after_noun = False  # a modifier, or a phrase after the noun: "costs for (the) insurance and travel"
        else:
            return False
    return False


def _past_read_as_participle(words: list[Word], tags: list[str], at: int) -> bool:
    """A past form the tagger reads as a participle though no finite verb follows it in the sentence
    ("…, however, many fans stayed"): the subject's verb, not a phrase describing it."""
    return (
        tags[at] == "VBN" and "VBD" in w.verb_tags(words[at].low) and w.FINITE_OR_MODAL_TAGS.isdisjoint(tags[at + 1 :])
    )


_QUANTIFIER_SUBJECTS = frozenset("many most some several few both all".split())


def _counts(low: str) -> bool:
    """A number ('two', '300') or a quantifier that can open a subject ('many', 'most')."""
    return w.is_numeral(low) or low in _QUANTIFIER_SUBJECTS


_HOW = frozenset(("how", "how's", "how’s"))


class HowLike(GrammarRule):
    id = "grammar.how-like"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'How is it like?': a question ending in 'like' asks 'what'."
    why = "'What is it like?' or 'How is it?': 'like' already does the work of 'how'."
    bad = ("How is your new teacher like?", "How's the city like?", "How is it like to live in New York?")
    good = (
        "What is your new teacher like?",
        "How is your new teacher?",
        "How is it that they like it?",
        "How is it likely to end?",
    )
    fixed = ("What is your new teacher like?", "What's the city like?", "What is it like to live in New York?")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for words, index in occurrences(doc, _HOW):
            word = words[index]
            if not word.sentence_start or len(words) > 12 or not (_ends_in_like(words, text) or _like_to(words)):
                continue
            fixed = match_case("what" + word.low[3:], word.text)
            yield self.replace_word(word, fixed, f"'… like?' asks 'what': '{fixed}'.")


def _ends_in_like(words: list[Word], text: str) -> bool:
    """'How is your new teacher like?': the question ends in 'like'."""
    return words[-1].low == "like" and text[words[-1].end : words[-1].end + 1] == "?"


def _like_to(words: list[Word]) -> bool:
    """'How is it like to live in New York?': 'How is it like to' and a verb."""
    opening = [word.low for word in words[:5]]
    return opening[1:4] in (["is", "it", "like"], ["was", "it", "like"]) and opening[4:] == ["to"]


_REASON = frozenset(("reason", "reasons"))
_BECAUSE_AFTER = frozenset(("is", "was"))


class ReasonIsBecause(GrammarRule):
    id = "grammar.reason-is-because"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'The reason … is because': the reason is that, or simply because."
    why = (
        "'Reason' already says 'because': 'the reason we were late is that the bus broke down', or 'we "
        "were late because the bus broke down'. Reported when 'is because' or 'was because' follows "
        "'the reason' (or 'one reason', 'the main reason') within the same clause."
    )
    bad = (
        "The reason we were late is because there was an accident.",
        "One reason prices rose was because of the drought.",
    )
    good = (
        "The reason we were late is that there was an accident.",
        "We were late because there was an accident.",
        "The reason is clear. It is because of you that we won.",
        "For that reason, the plan failed; it was because of the rain.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _REASON):
            if index == 0 or words[index - 1].low not in _REASON_OPENERS:
                continue
            for at in range(index + 1, min(index + 14, len(words) - 1)):
                if not words[at - 1].joined:
                    break  # a comma: the clause may have ended ("for that reason, …")
                if words[at].low in _BECAUSE_AFTER and words[at + 1].low == "because" and words[at].joined:
                    yield self._report(words, index, at)
                    break

    def _report(self, words: list[Word], index: int, at: int) -> Finding:
        verb, because = words[at], words[at + 1]
        start = index - 2 if index >= 2 and words[index - 2].low in ("the", "one", "a") else index - 1
        subject = " ".join(word.text for word in words[start : index + 1])  # "The only reason"
        plain = at + 2 < len(words) and words[at + 2].low != "of"  # "was because of the drought" has no plain fix
        return self.finding(
            verb.start,
            because.end,
            f"'{subject} … {verb.text} because' says it twice: '{verb.text} that', or drop '{subject}'.",
            suggestions=(f"{verb.text} that",) if plain else (),
            fix=FixSafety.UNSAFE,
        )


_REASON_OPENERS = frozenset("the one main only real whole chief big other".split())


_SPLICE_PRONOUNS = w.SUBJECT_PRONOUNS
_SPLICE_FINITE = w.FINITE_OR_MODAL_TAGS
_SPLICE_OPENERS = w.SUBJECT_PRONOUNS | w.DETERMINERS | w.POSSESSIVES
"""Words a first clause's subject may open with; a capitalised word the tagger reads as a name too."""
_PREPOSITION_OR_SUBORDINATOR = frozenset("after before since until till as".split())
"""Words that open a clause ('after the match ended') or a phrase ('after two years'): a clause only
when a finite verb follows within three words."""
_SPLICE_BARRED = (
    (_SUBORDINATORS - _PREPOSITION_OR_SUBORDINATOR)
    | _SET_OFF_ADVERBS
    | frozenset(
        """that who whom whose which where what how why whether whatever whoever wherever whichever
        nor so yet only given assuming provided considering""".split()
    )
)
"""Words that make the first stretch a dependent clause, a correlative ('not only … , it'), a result
('It was so cold, we stayed in') or an adverbial: none may stand in it. 'And', 'or' and 'but' may:
"The storm felled trees and cut power lines, it also flooded roads" is still two sentences."""
_REPORTING = frozenset(
    """said says say told tells tell added adds noted notes warned warns explained explains argued argues
    claimed claims wrote writes insisted insists stressed stresses recalled recalls suggested suggests
    believe believes believed think thinks thought hope hopes hoped guess suppose know knows knew feel
    feels felt seem seems seemed appear appears appeared admitted admits reckon reckons announced announces
    reported reports confirmed confirms stated states revealed reveals disclosed discloses acknowledged
    acknowledges conceded concedes estimated estimates predicted predicts concluded concludes showed shows
    show indicated indicates replied replies responded responds tweeted tweets posted posts cautioned
    cautions maintained maintains alleged alleges contended contends complained complains asserted asserts
    observed observes warn argue claim insist note expect expects expected fear fears feared suggest admit
    concede predict""".split()
)
"""Verbs of saying and thinking: ', he said.', ', it seems.', ', they told reporters' attribute the
clause before them; only 'said' or 'says' with a clause of their own after them are reported."""
_SAID = frozenset(("said", "says"))
_SURE = frozenset("sure certain convinced afraid confident told assured".split())
"""What a subject may be in a comment set off by commas ("…, he was sure, with fewer staff")."""


def _sure_aside(doc: Document, words: list[Word], verb_at: int) -> bool:
    """A form of 'be' at ``verb_at`` and a word of :data:`_SURE`, then a comma: a comment on the sentence
    set off by commas ("The town would get by, he was sure, with fewer staff"), not a second sentence."""
    sure = verb_at + 1
    if sure + 1 >= len(words) or words[verb_at].low not in w.BE_FORMS or words[sure].low not in _SURE:
        return False
    return words[verb_at].joined and doc.text[words[sure].end : words[sure + 1].start].strip() == ","


_ATTRIBUTING = frozenset(
    """feared believed understood thought reported said claimed alleged rumoured rumored expected known
    learned learnt""".split()
)
"""Participles of an impersonal attribution after 'it' and 'be' ("…, it was feared", "…, it is understood")."""


def _passive_attribution(words: list[Word], index: int) -> bool:
    """'It' at ``index``, a form of 'be' and a participle of :data:`_ATTRIBUTING`: an attribution, not a
    clause ("…, it was feared yesterday"); but "…, it is expected to hear from …" has 'it' for a subject."""
    return (
        words[index].low == "it"
        and index + 2 < len(words)
        and words[index + 1].low in w.BE_FORMS
        and words[index + 2].low in _ATTRIBUTING
        and words[index + 1].joined
        and not (index + 3 < len(words) and words[index + 3].low == "to" and words[index + 2].joined)
    )


_HOPING = frozenset("expect expects expected hope hopes hoped".split())
"""Verbs of saying or thinking that open a clause of their own before 'to' ("…, crews expect to restore
power"), not an attribution ("…, officials expect.")."""
_SPLICE_ADVERBS = frozenset("now also still then later never often already soon".split())
"""Adverbs that may stand between the second clause's pronoun and its verb ("it now has")."""


class CommaSplice(GrammarRule):
    id = "grammar.comma-splice"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two sentences joined by a comma: 'The council met, it approved the budget.'"
    why = (
        "A comma cannot join two sentences: 'The storm hit the coast, it caused damage' needs a full "
        "stop, a semicolon or 'and'. Only the plainest case is reported: a sentence that opens with its "
        "subject and verb (no 'when', 'if', 'that', 'not only' or the like, and no other comma), then "
        "a comma, a subject pronoun and a verb the tagger reads as finite, and a full stop at the end, "
        "with no 'and' or 'but' joining a series after it ('he ran, he jumped and he swam'). A noun "
        "subject counts too: a determiner, up to two modifiers and the noun, then a finite verb that "
        "cannot be a participle ('…, the home fans began leaving'; not '…, the data passed into each "
        "template'), or a bare plural before an auxiliary ('…, diversions will be signposted'), unless "
        "the first clause has a verb that takes a clause ('We saw with our own eyes, the rioters were …'). An "
        "attribution is left alone (', he said.', ', it seems', ', she told reporters'); 'said' is "
        "reported only when a clause of its own follows ('The minister resigned, he said he was "
        "tired'), and 'told' only when one follows its listener ('…, he told the jury he had been at "
        "home'; not '…, she told reporters.'). Quotations, short clauses ('It's done, it's over.') "
        "and headlines are left alone."
    )
    bad = (
        "The storm hit the coast overnight, it caused damage to dozens of homes.",
        "The council approved the budget on Monday, it will take effect in April.",
        "We visited the site last week, we found no sign of the leak.",
        "The museum reopened after two years, it now has a new wing.",
        "The minister resigned on Friday, he said he was tired of the job.",
        "The spokesman declined to comment on the matter, he said the case was ongoing.",
        "The storm felled trees and cut power lines, it also flooded roads.",
        "The striker missed the penalty, the home fans began leaving the stadium.",
        "The road will be closed for three weeks, diversions will be signposted.",
        "The factory closed in 2009, its site has been empty ever since.",
        "The suspect fled on foot, officers found him hiding in a shed an hour later.",
        "The striker scored twice in the first half, his side never looked back.",
        "The inquiry will resume next month, it is expected to hear from the former chief constable.",
        "The storm knocked out power to 40,000 homes, crews expect to restore service by Friday.",
        "The defendant denied the charges, he told the jury he had been at home.",
    )
    good = (
        "The economy will grow this year, he said. The plan is working, she said on Monday.",
        "When the storm hit the coast, it caused damage. Given the risk of floods, we stayed home.",
        "The last time I spoke here, I expressed a hope. The night I drove home, I found a leak.",
        "It will not only save lives, it will save money. It is not merely a tactic, it is their signature.",
        "I think were it not for her, we would be lost.",
        "He came to the city, he saw the damage and he left.",
        "The problem is, we have no money. Sales rose sharply, it seems.",
        "\u201cThe plan is sound, it will work,\u201d he said.",
        "The board, it said, would meet again. The results are in, they told reporters.",
        "The club signed three players in the summer, it announced on its website.",
        "It's done, it's over. Sales fell, we think.",
        "The council met on Monday and, it said, approved the budget.",
        "The talks will resume in May, he said the other day. It was so cold, we stayed in.",
        "I called in my order and upon arriving to pick it up, they got it wrong.",
        "She passed the test but after the course, she was qualified for the class.",
        "Prices rose by a third, the survey found. Sales fell, the company said on Monday.",
        "He met the mayor, the man who runs the city. She thanked her staff, the best team she had.",
        "We visited Rome, the capital of Italy, and the fans cheered. He called the police, officers arriving soon.",
        "The plan failed, officials said. The bill passed, a third was rejected.",
        "The key idea is context, the data passed into each template.",
        "We saw with our own eyes, the rioters were no patriots.",
        "The results were good, analysts expect. The mayor thanked the volunteers, nurses and doctors who helped.",
        "As costs rise, families struggle to pay. The board approved the plans, residents say.",
        "Some 200,000 guns may have been smuggled to the rebels, it was feared yesterday.",
        "The town would get by, he was sure, with fewer staff.",
        "The minister resigned on Friday, she told reporters. The firm cut jobs, it told staff on Monday.",
        "Its budget cut by a third, the parks department has closed two of its four public pools.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        # sifted on the flat word list: a subject right after a punctuation mark (a few in a hundred)
        tokens = doc.tokens
        pronouns = _after_break(tokens, positions(doc, _SPLICE_PRONOUNS))
        nouns = _after_break(tokens, positions(doc, _SPLICE_NOUN_OPENERS))
        lows = doc.lows
        plurals = _after_break(  # a bare plural that is only a noun, before an auxiliary
            tokens, [at - 1 for at in positions(doc, _SPLICE_AUXILIARIES) if at > 1 and _plain_plural(lows[at - 1])]
        )
        for words, index in [*places(doc, sorted({*pronouns, *nouns, *plurals})), *_plural_before_verb(doc)]:
            if index + 3 >= len(words) or not _after_only_comma(doc, words, index):
                continue  # a clause of four words or more on each side of the sentence's only comma
            if not _sentence_may_splice(doc, words, index):
                continue
            verb_at: int | None = None
            if words[index].low in _SPLICE_PRONOUNS:
                verb_at = index + 1
                if words[verb_at].low in _SPLICE_ADVERBS and words[verb_at].joined:
                    verb_at += 1  # "it now has", "we also found"
                if _passive_attribution(words, index):
                    continue  # "…, it was feared yesterday", "…, it is understood"
            elif _clause_taking_before(words, index):
                continue
            elif words[index].low in _SPLICE_NOUN_OPENERS:
                verb_at = _noun_subject_verb(doc, words, index)  # "…, the home fans began"
            elif not words[index].capitalised and words[index].joined:
                verb_at = index + 1  # "…, diversions will be signposted", "…, crews expect": sifted above
                if not _plain_plural(words[index].low) and sentence_tags(doc, words)[index] != "NNS":
                    continue  # a plural that may be a verb ('crews', 'costs'): the tagger reads the noun
            finding = None if verb_at is None else self._splice(doc, words, index, verb_at)
            if finding is not None:
                yield finding

    def _splice(self, doc: Document, words: list[Word], index: int, verb_at: int) -> Finding | None:
        """The finding for a second clause whose subject opens at ``index`` and whose verb stands at
        ``verb_at``, after a comma that is the sentence's only punctuation before it."""
        if verb_at + 1 >= len(words):
            return None
        verb = words[verb_at]
        if not w.may_be_finite(verb.low):
            return None  # read from the word tables before the tagger is asked
        if _sure_aside(doc, words, verb_at):
            return None  # "The town would get by, he was sure, with fewer staff": a comment set off by commas
        reporting = verb.low in _REPORTING and not (verb.low in _HOPING and words[verb_at + 1].low == "to")
        said_at = _told_listener_end(words, verb_at) if verb.low in _TOLD else verb_at
        if reporting and (
            verb.low not in _SAID | _TOLD or said_at + 1 >= len(words) or words[said_at + 1].low not in _SAID_OPENS
        ):
            return (
                None  # ", he said.", ", it seems", ", she told reporters" (the tagger is asked only about 'said the …')
            )
        tags = sentence_tags(doc, words)
        if reporting and not _clause_after_said(words, tags, said_at):
            return None  # but not ", he said he was tired", ", he told the jury he had been at home"
        if tags[verb_at] not in _SPLICE_FINITE:
            return None
        opener = words[0]
        if opener.low not in _SPLICE_OPENERS and not (opener.capitalised and tags[0] in _OPENER_TAGS):
            return None  # the first clause opens with its subject ("Heavy snow is forecast", "Prices rose")
        if not _finite_before(words, tags, index):
            return None  # and has a verb of its own ("Despite the rain on Monday, we")
        if not _joins_verbs_only(words, tags, index):
            return None  # "… and upon arriving, they": 'and' opens the second clause, its adverbial first
        for at in range(index):
            if words[at].low in _PREPOSITION_OR_SUBORDINATOR and _SPLICE_FINITE.intersection(tags[at + 1 : at + 4]):
                return None  # "The fans left before the match ended, they": a dependent clause
        subject = words[index]
        capital = subject.text[:1].upper() + subject.text[1:]
        return self.finding(
            words[index - 1].end,
            subject.end,
            f"Two sentences are joined by a comma: use a full stop or a semicolon before '{subject.text}', or "
            "join them with 'and'.",
            suggestions=(f"; {subject.text}", f". {capital}"),
            fix=FixSafety.UNSAFE,
        )


_OPENER_TAGS = frozenset(("NNP", "NNPS", "NN", "NNS", "JJ"))
"""How the tagger may read a first clause's first word that is no pronoun or determiner: a name, a
noun ("Prices rose"), an adjective before its noun ("Heavy snow is forecast")."""
_SPLICE_NOUN_OPENERS = frozenset("the its his her their our my your this these".split())
"""Determiners that open a noun subject after the comma ("…, the home fans began leaving"); not 'a' or
'an' ("…, a third was detained" may be a number's noun), nor 'that' or 'those' (a relative's head)."""
_SPLICE_AUXILIARIES = frozenset("will would should could can must may might had have has are were is was".split())
"""Verbs after which a bare plural before them is a subject ("…, diversions will be signposted")."""


def _sentence_may_splice(doc: Document, words: list[Word], index: int) -> bool:
    """What a splice at ``index`` needs of the sentence before the tagger is asked: a full stop at its
    end, and nothing before the comma that makes the first part dependent, a correlative or a time."""
    text = doc.text
    last = words[-1]
    if text[last.end : last.end + 1] != "." or not words[0].sentence_start:
        return False  # a sentence that ends with a full stop, not a headline or a question
    if any(word.low in _SPLICE_BARRED for word in words[:index]) or words[index - 1].low in w.BE_FORMS:
        return False  # "When the storm hit, it", "It will not only save lives, it", "The problem is, we"
    if any(_time_word(word) for word in words[:3]):
        return False  # "The last time I spoke here, I", "The night I drove home, I": an adverbial of time
    if _conditional_or_correlative(words, index):
        return False  # "I think were it not for her, we", "It is not merely a tactic, it is"
    if any(word.low in ("and", "or", "but") for word in words[index + 1 :]):
        return False  # "he came, he saw and he left": a series
    opener = words[0]
    if not (opener.low in _SPLICE_OPENERS or (opener.capitalised and opener.low not in _NOT_SUBJECT_OPENERS)):
        return False  # the first clause opens with its subject (the tagger checks a capitalised word later)
    if not any(w.may_be_finite(word.low) for word in words[1:index]):
        return False  # and has a verb of its own
    sentence = text[words[0].start : last.end]
    return not any(mark in sentence for mark in '"\u201c\u201d') and not in_quotes(doc, words[index].start)


_NOT_SUBJECT_OPENERS = w.PREPOSITIONS | _SUBORDINATORS | frozenset("and but or so yet to thanks".split())
"""Capitalised first words that open an adverbial, not a subject ("To make it work, we …", "As we
fix it, we …", "Thanks to you, we …"): the tagger need not be asked."""


def _after_break(tokens: Sequence[Word], found: list[int]) -> list[int]:
    """The positions of ``found`` whose word follows a punctuation mark inside its sentence (the word
    before is not joined, and the word opens no sentence)."""
    return [
        position
        for position in found
        if position > 0 and not tokens[position - 1].joined and not tokens[position].sentence_start
    ]


_PERCEIVING = frozenset(
    """see saw seen sees found find finds noticed notice realised realized realise realize heard hear learned
    learnt know knew known""".split()
)


def _clause_taking_before(words: list[Word], index: int) -> bool:
    """A verb that takes a clause for its object stands before the comma at ``index`` ("We all saw with
    our own eyes, the insurrectionists were not patriots"): speech drops the 'that', and the clause
    after the comma is the verb's object, not a second sentence."""
    return any(word.low in _PERCEIVING or word.low in _REPORTING for word in words[:index])


def _after_only_comma(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` follows a comma, the only punctuation of the sentence before it, after a clause
    of four words or more."""
    if index < 4 or words[index - 1].joined or not words[index].joined:
        return False
    comma = words[index - 1].end
    if doc.text[comma : words[index].start].strip() != ",":
        return False
    text = doc.text
    return all(  # the words before it joined, or a number's thousands ("to 40,000 homes, crews expect")
        word.joined or (text[word.end : following.start] == "," and word.low.isdigit() and following.low.isdigit())
        for word, following in pairwise(words[:index])
    )


def _noun_subject_verb(doc: Document, words: list[Word], index: int) -> int | None:
    """Where the verb of a noun subject opened by the determiner at ``index`` stands: up to two
    modifiers, a noun head in lower case that the tagger reads as one, then a verb it reads as finite
    (maybe after an adverb: "its site has", "the home fans began", "its shares still fell"). The
    places are read from the word tables first; the tagger is asked only about those."""
    readings = []
    at = index + 1
    while at < len(words) and at <= index + 3 and words[at - 1].joined:
        word = words[at]
        if word.capitalised or not w.tags(word.low) & w.NOUN_OR_ADJECTIVE:
            break
        verb_at = at + 1
        if verb_at >= len(words) or not word.joined:
            break
        adverb = words[verb_at].low in _SPLICE_ADVERBS and verb_at + 1 < len(words) and words[verb_at].joined
        if adverb:
            verb_at += 1
        # after an adverb a past may be a participle too: "his side never looked back" is no phrase
        # describing the side ("the data passed into each template" is)
        verb = words[verb_at].low
        if "NOUN" in w.tags(word.low) and (_clause_verb(verb) or (adverb and w.may_be_finite(verb))):
            readings.append((at, verb_at))
        at += 1
    if not readings:
        return None
    tags = sentence_tags(doc, words)
    for head_at, verb_at in readings:
        if tags[head_at] in ("NN", "NNS") and tags[verb_at] in _SPLICE_FINITE:
            return verb_at
    return None


@lru_cache(maxsize=1 << 12)
def _clause_verb(low: str) -> bool:
    """A word that may be a finite verb and cannot be a participle (the sift of :func:`_noun_subject_verb`)."""
    return w.may_be_finite(low) and _no_participle(low)


def _no_participle(low: str) -> bool:
    """A verb that cannot be a past participle: after a noun, 'the data passed into each template' may
    be a phrase that describes the noun, not a clause."""
    return "VBN" not in w.verb_tags(low) or low in w.AUXILIARIES


_COMMA_PLURAL_VERB = re.compile(r",[ \t]+([a-z]+s)[ \t]+([a-z]+)\b")
"""A comma, a lower-case word in -s and the word after it: where a bare plural may open a clause with its
verb ("…, crews expect to restore power"), found in the text in one pass in C."""
_PAST_OR_PRESENT = frozenset(("VBD", "VBP"))


def _plural_before_verb(doc: Document) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of each bare plural after a comma, before a word that
    may be a past or a present verb and is no auxiliary or verb of saying ("…, officers found him",
    "…, analysts blame the outages"; not "…, officials said"): a regular expression over the text, since
    a plural is no word the index could be asked for."""
    found = []
    starts, sentence_words = doc.sentence_starts, doc.sentence_words
    for match in _COMMA_PLURAL_VERB.finditer(doc.text):
        plural, verb = match.group(1), match.group(2)
        if verb in _SPLICE_AUXILIARIES or (verb in _REPORTING and verb not in _HOPING) or not w.is_plural_noun(plural):
            continue
        if _PAST_OR_PRESENT.isdisjoint(w.verb_tags(verb)):
            continue
        start = match.start(1)
        words = sentence_words[bisect_right(starts, start) - 1]
        index = bisect_left(words, start, key=_START)
        if index < len(words) and words[index].start == start:
            found.append((words, index))
    return found


_START = attrgetter("start")


@lru_cache(maxsize=1 << 12)
def _plain_plural(low: str) -> bool:
    """A plural that is only a noun ('donations', 'economists'; not 'costs', also a verb)."""
    return w.is_plural_noun(low) and w.tags(low) == {"NOUN"}


_INVERTING = frozenset(("were", "had", "should"))
_NOT_MERELY = frozenset(("merely", "just", "simply"))


def _conditional_or_correlative(words: list[Word], end: int) -> bool:
    """``words[:end]`` hold a condition with its verb first ('were it not for her', 'had I known') or the
    first half of 'not merely … , it is', 'not just …': the clause after the comma is the main one, or
    the correlative's second half."""
    for at in range(end - 1):
        low, after = words[at].low, words[at + 1].low
        if (low in _INVERTING and after in w.SUBJECT_PRONOUNS) or (low == "not" and after in _NOT_MERELY):
            return True
    return False


_SAID_DETERMINERS = frozenset("the a an this that these those his her their its our my".split())
_SAID_SUBJECTS = _SPLICE_PRONOUNS - {"it", "you"}
"""Pronouns that open a clause after 'said'; 'it' and 'you' may be its object ("…, he said it.")."""
_SAID_OPENS = _SAID_DETERMINERS | _SAID_SUBJECTS
"""Words that may open a clause of its own after 'said' (:func:`_clause_after_said` decides)."""


def _time_word(word: Word) -> bool:
    """A noun of time ('night', 'week', 'time'): 'The night I drove home, I', '…, he said the other day'."""
    return word.low in w.TIME_NOUNS or word.low == "time"


_TOLD = frozenset(("told", "tells"))


def _told_listener_end(words: list[Word], told: int) -> int:
    """Where the listener after 'told' ends ('told the jury', 'told reporters', 'told her'): the clause
    told, if any, follows it. ``told`` itself when no listener follows."""
    at = told + 1
    if (
        at < len(words)
        and words[told].joined
        and (words[at].low in w.OBJECT_PRONOUNS or _bare_listeners(words[at].low))
    ):
        return at  # 'told her', 'told reporters'
    if at + 1 < len(words) and words[at].low in _SAID_DETERMINERS and words[told].joined and words[at].joined:
        return at + 1 if "NOUN" in w.tags(words[at + 1].low) else told
    return told


def _bare_listeners(low: str) -> bool:
    """A plural that is only a noun ('reporters', 'officials'): a listener without a determiner."""
    return w.is_plural_noun(low) and w.tags(low) == {"NOUN"}


def _clause_after_said(words: list[Word], tags: list[str], said: int) -> bool:
    """'said' at ``said`` opens a clause of its own, which an attribution never has: a subject pronoun
    ("…, he said he was tired") or a determiner and a noun with a finite verb within three words after
    it ("…, he said the case was ongoing"); not a time ("…, he said the other day", "this week")."""
    at = said + 1
    if words[at].low in _SAID_SUBJECTS:
        return True
    if words[at].low not in _SAID_DETERMINERS or at + 1 >= len(words):
        return False
    if any(_time_word(word) for word in words[at + 1 : at + 3]):
        return False
    return any(tag in _SPLICE_FINITE for tag in tags[at + 1 : at + 4])


def _joins_verbs_only(words: list[Word], tags: list[str], end: int) -> bool:
    """Each 'and', 'or' or 'but' among ``words[:end]`` joins two verbs of the first clause (a verb the
    tagger reads as finite, bare or a participle straight after it: "felled trees and cut power lines"). After
    any other, the comma may close an adverbial that opens the second clause ("and last time I parked
    there, they lost my key", "but after the course, she was")."""
    return all(
        words[at].low not in ("and", "or", "but") or tags[at + 1] in _SPLICE_FINITE or tags[at + 1] in ("VB", "VBN")
        for at in range(end - 1)
    )


def _finite_before(words: list[Word], tags: list[str], end: int) -> bool:
    """A verb the tagger reads as finite among ``words[1:end]``, or a past in '-ed' it reads as a
    participle straight after a noun or a pronoun ("The minister resigned on Friday": 'resigned' may be
    either, and the clause has no other verb)."""
    for at in range(1, end):
        if _passive_participle(words, at):
            continue  # "Its budget cut by a third, the department …": an absolute phrase, not a clause
        if tags[at] in _SPLICE_FINITE:
            return True
        if tags[at] == "VBN" and tags[at - 1] in _SUBJECT_TAGS and "VBD" in w.verb_tags(words[at].low):
            return True
    return False


def _passive_participle(words: list[Word], at: int) -> bool:
    """A past that is a participle too ('cut', 'hit', 'reduced') straight before 'by': the passive's
    agent follows, so the word is the participle ("its budget cut by a third")."""
    return (
        at + 1 < len(words)
        and words[at].joined
        and words[at + 1].low == "by"
        and {"VBD", "VBN"} <= w.verb_tags(words[at].low)
    )


_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP"))


RULES = [FiniteVerbAfterWith, MissingOf, CommaSpliceAdverb, CommaSplice, HowLike, ReasonIsBecause]
