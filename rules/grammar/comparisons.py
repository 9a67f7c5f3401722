"""Comparisons built twice or with the wrong partner: "the most oldest", "as big than", "the same like"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

_DEGREE = frozenset(("more", "most", "less", "least"))
_IRREGULAR = frozenset(("worse", "worst"))
"""Not 'better' and 'best': "when is more better?" uses 'more' as a noun."""
_NOT_COMPARATIVE = frozenset(("later", "further", "farther", "elder", "eldest", "better", "best"))
_GOOD_FORMS = frozenset(("better", "best"))
"""'More better' is a double comparison before 'than' or after 'much', 'even', 'the' ("much more
better than", "the most best"), not in "when is more better?"."""
_GRADING = frozenset("much even far way lot the a an".split())
_MADE_UP = {
    "worser": "worse",
    "worsest": "worst",
    "gooder": "better",
    "goodest": "best",
    "bestest": "best",
    "mostest": "most",
}
"""Comparisons made twice in one word ("worser") or built on an irregular adjective ("gooder").
Not "badder" and "baddest": slang with a sense of its own ("bigger and badder")."""
_MADE_UP_TRIGGERS = frozenset(_MADE_UP)


def _compared(word: Word, graded: bool = False) -> bool:
    """An adjective already in its comparative or superlative form ("older", "oldest", "worse");
    ``graded``: 'better' and 'best' count too (a 'than' follows, or 'much' or 'the' comes before)."""
    low = word.low
    if graded and low in _GOOD_FORMS:
        return True
    if low in _NOT_COMPARATIVE or not (low.endswith(("er", "est")) or low in _IRREGULAR):
        return False
    parts = w.parts_of_speech(low)
    lemmas = parts.get("ADJ", ())
    return bool(lemmas) and low not in lemmas and "NOUN" not in parts  # "the least number": a noun


class DoubleComparison(GrammarRule):
    id = "grammar.double-comparison"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A comparison made twice: 'the most oldest', 'more worse', 'a more older city'."
    why = (
        "'Older' and 'oldest' are already comparative and superlative; 'more' or 'most' in front "
        "says it again. 'More older people' (more of the older people) is right, so a phrase that "
        "goes on to a noun is only reported after 'a' or 'the'."
    )
    bad = (
        "Kyoto is the most oldest city.",
        "It got more worse.",
        "It is the more older town.",
        "This plan is much more better than the last one.",
        "She seems more happier now, and it was the most best day.",
        "The traffic was worser than ever.",
    )
    good = (
        "Kyoto is the oldest city.",
        "More older people voted.",
        "More later, and most better-known.",
        "When is more better? Most best-sellers fail.",
        "More happier times lie ahead; the lesser evil; bigger and badder.",
    )
    fixed = (
        "Kyoto is the oldest city.",
        "It got worse.",
        "It is the older town.",
        "This plan is much better than the last one.",
        "She seems happier now, and it was the best day.",
        "The traffic was worse than ever.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MADE_UP_TRIGGERS):
            word = words[index]
            if word.capitalised and index > 0:
                continue  # a name
            right = match_case(_MADE_UP[word.low], word.text)
            yield self.finding(
                word.start,
                word.end,
                f"'{word.text}' is not standard: write '{right}'.",
                suggestions=(right,),
                fix=FixSafety.SAFE,
            )
        for words, index in occurrences(doc, _DEGREE):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            if index > 0 and words[index - 1].low == "at":
                continue  # "at least harder": 'at least' means 'anyway'
            adjective = words[index + 1]
            after = words[index + 2] if adjective.joined and index + 2 < len(words) else None
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if not _compared(adjective, graded=before in _GRADING or (after is not None and after.low == "than")):
                continue
            article = before in ("a", "an", "the")
            if after is not None and "NOUN" in w.tags(after.low) and "ADV" not in w.tags(after.low) and not article:
                continue  # "more older people": more of them
            yield self.finding(
                words[index].start,
                adjective.end,
                f"'{adjective.text}' is already a comparison: drop '{words[index].text}'.",
                suggestions=(adjective.text,),
                fix=FixSafety.SAFE,
            )


_AS = frozenset(("as", "same"))
_QUANTITIES = frozenset("less more fewer many much little".split())


class ComparisonPartner(GrammarRule):
    id = "grammar.comparison-partner"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'As big than', 'the same like': 'as … as' and 'the same … as'."
    why = (
        "'As' pairs with 'as' ('as big as mine') and 'the same' with 'as' ('the same as his'); 'than' goes with '-er'."
    )
    bad = ("This house is as big than mine.", "Your idea is the same like his.", "It is not the same thing than his.")
    good = ("This house is as big as mine, bigger than his.", "The same as his; such as these.", "As well as that.")
    fixed = ("This house is as big as mine.", "Your idea is the same as his.", "It is not the same thing as his.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _AS):
            word = words[index]
            if word.low == "as":
                partner_index = index + 2
                if partner_index >= len(words) or not (word.joined and words[index + 1].joined):
                    continue
                middle = words[index + 1].low
                if middle in _QUANTITIES or ("ADJ" not in w.tags(middle) and "ADV" not in w.tags(middle)):
                    continue  # "strikes me as less than satisfactory"
                wrong: tuple[str, ...] = ("than",)
            else:
                if not (index > 0 and words[index - 1].low == "the" and word.joined):
                    continue
                partner_index = index + 1
                if (
                    partner_index < len(words)
                    and "NOUN" in w.tags(words[partner_index].low)
                    and words[partner_index].joined
                ):
                    partner_index += 1  # "the same thing than"
                wrong = ("than", "like")
            if partner_index >= len(words) or not words[partner_index - 1].joined:
                continue
            partner = words[partner_index]
            if partner.low not in wrong:
                continue
            yield self.finding(
                partner.start,
                partner.end,
                f"'{'as' if word.low == 'as' else 'the same'} …' takes 'as', not '{partner.text}'.",
                suggestions=("as",),
                fix=FixSafety.SAFE,
            )


_VERY = frozenset(("very",))


class VeryComparative(GrammarRule):
    id = "grammar.very-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Very' before a comparative: 'very bigger', 'very better' ('much bigger')."
    why = (
        "'Very' strengthens a plain adjective ('very big'); a comparative takes 'much' or 'far' "
        "('much bigger', 'far better'). A superlative may take 'very' ('the very best')."
    )
    bad = ("The new hall is very bigger than the old one.", "She felt very better after the rest.")
    good = (
        "The new hall is much bigger than the old one.",
        "It was the very best and the very oldest; a very clever, very proper and very bitter man.",
        "It is a very big hall, very tender.",
    )
    fixed = ("The new hall is much bigger than the old one.", "She felt much better after the rest.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _VERY):
            very = words[index]
            if not very.joined or index + 1 >= len(words):
                continue
            adjective = words[index + 1]
            comparative = adjective.low in ("better", "worse") or (
                adjective.low.endswith("er") and _compared(adjective)
            )
            if not comparative or doc.is_protected(very.start, adjective.end):
                continue
            much = match_case("much", very.text)
            yield self.finding(
                very.start,
                very.end,
                f"'{adjective.text}' is a comparative: '{much} {adjective.text}', not '{very.text} {adjective.text}'.",
                suggestions=(much,),
                fix=FixSafety.SAFE,
            )


_ENOUGH = frozenset(("enough",))
_AFTER_ENOUGH_ADJECTIVE = frozenset(("to", "for"))


class EnoughOrder(GrammarRule):
    id = "grammar.enough-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Enough' before an adjective: 'enough big' for 'big enough'."
    why = (
        "'Enough' comes after an adjective or an adverb ('big enough', 'old enough to drive') and "
        "before a noun ('enough money'). Reported when an adjective follows 'enough' and ends the "
        "phrase (the sentence ends, or 'to' or 'for' follows); 'enough good players' (a noun after) "
        "is left alone."
    )
    bad = ("The room is not enough big.", "He is enough old to drive.", "Is it enough warm for you? Enough big?")
    good = (
        "The room is not big enough; he is old enough to drive.",
        "There are not enough good players; we have enough money.",
        "Sure enough, it rained. Oddly enough, nobody came. It is not enough just to vote.",
    )
    fixed = ("The room is not big enough.", "He is old enough to drive.", "Is it warm enough for you? Big enough?")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ENOUGH):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            adjective = words[index + 1]
            tags = w.tags(adjective.low)
            if adjective.capitalised or "ADJ" not in tags or not tags <= {"ADJ", "NOUN", "VERB"}:
                continue  # not "it's not enough just to change": an adverb
            if adjective.joined and index + 2 < len(words) and words[index + 2].low not in _AFTER_ENOUGH_ADJECTIVE:
                continue  # "enough good players": the adjective goes on to a noun
            if in_quotes(doc, adjective.start):
                continue
            swapped = match_case(f"{adjective.text} {words[index].low}", words[index].text)
            yield self.finding(
                words[index].start,
                adjective.end,
                f"'Enough' follows an adjective: '{swapped}'.",
                suggestions=(swapped,),
                fix=FixSafety.SAFE,
            )


_THAN = frozenset(("than",))
_INTENSIFIERS = frozenset(("even", "still", "far"))
_GOOD_BAD_SUPERLATIVES = {"best": "better", "worst": "worse"}


def _comparative_of_superlative(word: Word) -> str | None:
    """'nicest' → 'nicer', 'worst' → 'worse' when ``word`` is an adjective in its superlative
    form; None otherwise (not 'honest', 'forest', 'interest', 'latest': a noun too)."""
    low = word.low
    if low in _GOOD_BAD_SUPERLATIVES:
        return _GOOD_BAD_SUPERLATIVES[low]
    if not low.endswith("est") or low in _NOT_COMPARATIVE or len(low) < 6:
        return None
    parts = w.parts_of_speech(low)
    lemmas = parts.get("ADJ", ())
    if not lemmas or low in lemmas or not set(parts) <= {"ADJ", "ADV"}:
        return None
    return low[:-3] + "er"


def _ends_phrase(following: str) -> bool:
    """What follows a superlative after 'even' shows it is not before its noun ("even worst after",
    "even worst than"; not "even best friends", "even best known")."""
    if following in _THAN or following in w.PREPOSITIONS or following in w.ARTICLES:
        return True
    tags = w.tags(following)
    return bool(tags) and not tags & {"NOUN", "ADJ", "PROPN", "VERB", "NUM"}


class SuperlativeForComparative(GrammarRule):
    id = "grammar.superlative-for-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A superlative where a comparison needs the comparative: 'worst than', 'even nicest'."
    why = (
        "Two things compared take the comparative ('worse than', 'safer than'), and 'even', 'still' "
        "and 'far' strengthen a comparative ('even worse', 'still colder'); the superlative ('worst', "
        "'safest') picks one out of many and goes with 'the' ('the worst of all', 'even the best'). "
        "After 'even', 'still' or 'far' only a superlative that ends its phrase is reported, never "
        "one before a noun ('even best friends argue')."
    )
    bad = (
        "The sequel was worst than the first film.",
        "This road is safest than the old one.",
        "After the storm the house looked even worst.",
        "The nights grew still coldest, and the food was best than at home.",
    )
    good = (
        "The sequel was worse than the first film, and the worst of the three.",
        "Even the best plans fail; even best friends argue.",
        "At best, more than half came; the latest than anyone had seen.",
        "He was far the strongest; it was still the safest road, and the earliest he had come.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        found: list[Finding] = []
        for words, index in occurrences(doc, _THAN):
            if index == 0 or not words[index - 1].joined:
                continue
            finding = self._at(doc, words, index - 1)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _INTENSIFIERS):
            if index + 1 >= len(words) or not words[index].joined or (index > 0 and words[index - 1].low == "by"):
                continue  # "by far best" is idiom
            at = index + 1
            ends = not words[at].joined or at + 1 >= len(words) or _ends_phrase(words[at + 1].low)
            if ends:
                finding = self._at(doc, words, at)
                if finding is not None and (at + 1 >= len(words) or words[at + 1].low not in _THAN):
                    found.append(finding)  # a 'than' after it is reported from the 'than'
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _at(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        word = words[index]
        if index > 0 and words[index - 1].low in ("the", "at", "most", "least"):
            return None  # "at best than": not this slip; "the best than" is another one
        if word.capitalised and index > 0:
            return None
        comparative = _comparative_of_superlative(word)
        if comparative is None or in_quotes(doc, word.start) or doc.is_protected(word.start, word.end):
            return None
        fixed = match_case(comparative, word.text)
        return self.finding(
            word.start,
            word.end,
            f"A comparison of two takes the comparative: '{fixed}', not '{word.text}'.",
            suggestions=(fixed,),
            fix=FixSafety.UNSAFE,
        )


RULES = [DoubleComparison, ComparisonPartner, VeryComparative, EnoughOrder, SuperlativeForComparative]
