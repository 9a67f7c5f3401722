"""consistency.compound-modifier: a compound modifier hyphenated before one noun and open before another.

"sodium-ion cells" in the lead and "sodium ion batteries" lower down, or "a long-term plan" beside
"a long term loan": the same two words, used the same way, written two ways. Only uses before a
noun are compared (by the part-of-speech tagger, asked only about the few sentences that hold a
candidate): "in the long term" and "the risk is long-term" are other constructions, a phrasal
verb ("follow up questions") or a verb and its object are no modifier, and quotations are left alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety
from lint._rule import Rule

from ._common import describe_counts, hyphenated, match_case

if TYPE_CHECKING:
    from lint._document import Document, Token

_NOUN = frozenset(("NN", "NNS", "NNP", "NNPS"))
_ADJECTIVE = frozenset(("JJ", "JJR", "JJS", "VBG", "VBN"))
# The first word of an open modifier is no verb, preposition or determiner ("follow up questions",
# "in part time"), and the second no particle, preposition or determiner ("set up costs").
_NOT_FIRST = frozenset(("VB", "VBD", "VBP", "VBZ", "IN", "DT", "PRP", "PRP$", "TO", "CC", "MD", "WDT", "EX"))
_NOT_SECOND = frozenset(("IN", "RP", "TO", "DT", "CC", "PRP", "PRP$", "WDT", "POS", "MD"))
_SHORTEST_PART = 2


class _Use(NamedTuple):
    start: int
    end: int
    text: str
    hyphenated: bool


def _pairs(doc: Document) -> dict[str, set[str]]:
    """First word → second words of the hyphenated pairs the document writes ("long" → {"term"})."""
    pairs: dict[str, set[str]] = defaultdict(set)
    for word in doc.shared(hyphenated):
        if word.count("-") == 1:
            first, second = word.split("-")
            if len(first) >= _SHORTEST_PART and len(second) >= _SHORTEST_PART and (first + second).isalpha():
                pairs[first].add(second)
    return pairs


def _candidates(doc: Document) -> tuple[list[int], list[int]]:
    """Token indices of hyphenated pairs and of open pairs with the same two words (before any tagging).

    Both are picked in one pass in C: the first words of the pairs and the hyphenated pairs.
    """
    pairs = _pairs(doc)
    if not pairs:
        return [], []
    lows = doc.lows
    tokens = doc.tokens
    written = {f"{first}-{second}" for first, seconds in pairs.items() for second in seconds}
    open_pairs = []
    hyphenated_pairs = []
    for i in compress(range(len(lows)), map(written.union(pairs).__contains__, lows)):
        seconds = pairs.get(lows[i])
        if seconds is None:
            hyphenated_pairs.append(i)
        elif (
            i + 1 < len(lows)
            and tokens[i].joined
            and lows[i + 1] in seconds
            and _lower_after_start(tokens[i], tokens[i + 1])
        ):
            open_pairs.append(i)
    if not open_pairs:
        return [], []
    written_open = {lows[i] + "-" + lows[i + 1] for i in open_pairs}
    hyphenated = [i for i in hyphenated_pairs if lows[i] in written_open]
    written_hyphenated = {lows[i] for i in hyphenated}
    return hyphenated, [i for i in open_pairs if lows[i] + "-" + lows[i + 1] in written_hyphenated]


def _lower_after_start(first: Token, second: Token) -> bool:
    """Both words lower case (the first may start the sentence): "Long Term Care" is a name or a headline."""
    return second.text.islower() and (first.text.islower() or (first.sentence_start and first.text[1:].islower()))


def _before_noun(doc: Document, positions: list[int], width: int) -> list[bool]:
    """For each use (its first token index and ``width`` tokens long): does a noun follow it directly,
    and (for an open pair) are its two words a modifier rather than a verb or a particle?"""
    from rules.grammar._tagger import sentence_tags
    from rules.grammar._tokens import in_quotes, places

    result = []
    for words, index in places(doc, positions):
        last = index + width - 1
        if last + 1 >= len(words) or not words[last].joined or not words[last + 1].text.islower():
            result.append(False)
            continue
        if in_quotes(doc, words[index].start):  # quoted speech is left as the speaker's
            result.append(False)
            continue
        tags = sentence_tags(doc, words)
        modifier = width == 1 or (tags[index] not in _NOT_FIRST and tags[last] not in _NOT_SECOND)
        # "a well-known local choir": one adjective may come between the modifier and its noun.
        between = tags[last + 1] in _ADJECTIVE and last + 2 < len(words) and words[last + 1].joined
        noun = tags[last + 1] in _NOUN or (between and tags[last + 2] in _NOUN)
        result.append(modifier and noun)
    return result


class CompoundModifier(Rule):
    id = "consistency.compound-modifier"
    category = "consistency"
    document_level = True
    summary = "A compound modifier hyphenated before one noun and left open before another."
    why = (
        "'sodium-ion cells' in one paragraph and 'sodium ion batteries' in the next, or 'a long-term "
        "plan' beside 'a long term loan', shows the copy was never read through. Only uses directly "
        "before a noun are compared, so 'in the long term' beside 'a long-term plan' is left alone, and "
        "so are phrasal verbs ('follow up questions'). The form used most wins; on a tie the hyphenated "
        "form is suggested, as style guides hyphenate a compound modifier before its noun. The "
        "suggestion is applied only with --unsafe-fixes."
    )
    bad = (
        "The plant makes sodium-ion cells. Sodium ion batteries are cheaper, the company said.",
        "The council adopted a long-term plan on Monday. Critics said a long term loan would cost more.",
    )
    good = (
        "The council adopted a long-term plan. In the long term, critics said, it will cost more.",
        "The plant makes sodium-ion cells. The cells store sodium ions in carbon.",
        "The follow-up meeting was short. Reporters will follow up questions by email.",
        "The risk is long-term. A long-term loan would cost more.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        hyphenated, open_pairs = _candidates(doc)
        if not open_pairs:
            return
        tokens, text = doc.tokens, doc.text
        uses: dict[str, list[_Use]] = defaultdict(list)
        for index, ok in zip(hyphenated, _before_noun(doc, hyphenated, 1), strict=True):
            if ok:
                token = tokens[index]
                uses[token.low].append(_Use(token.start, token.end, token.text, True))
        for index, ok in zip(open_pairs, _before_noun(doc, open_pairs, 2), strict=True):
            key = f"{doc.lows[index]}-{doc.lows[index + 1]}"
            if ok and key in uses:
                start, end = tokens[index].start, tokens[index + 1].end
                uses[key].append(_Use(start, end, text[start:end], False))
        for key, group in uses.items():
            yield from self._report(key, group)

    def _report(self, key: str, group: list[_Use]) -> Iterator[Finding]:
        counts = Counter(use.hyphenated for use in group)
        if len(counts) < 2:
            return
        hyphenate = counts[True] >= counts[False]  # a tie goes to the hyphen: style guides ask for it
        chosen = key if hyphenate else key.replace("-", " ")
        described = describe_counts(((key, counts[True]), (key.replace("-", " "), counts[False])))
        how = "hyphenated" if hyphenate else "open"
        tie = "; a tie, and a modifier before its noun takes a hyphen" if counts[True] == counts[False] else ""
        for use in group:
            if use.hyphenated == hyphenate:
                continue
            suggestion = match_case(use.text, chosen)
            yield self.finding(
                use.start,
                use.end,
                f"'{use.text}' is written {how} before a noun elsewhere in this document ({described}{tie}): "
                f"use '{suggestion}'.",
                suggestions=(suggestion,),
                fix=FixSafety.UNSAFE,
            )
