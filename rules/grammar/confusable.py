"""Real words confused for others ("I now that", "a peace of cake"), told apart by web n-gram counts.

A classic of context-sensitive spelling correction: for a word of a confusion set
(``confusables.txt``), compare how often each word of its set stands between the same neighbours,
from web-scale counts (:mod:`._ngrams`). Only a word whose own context is unattested while another
word of its set is well attested in the same context, by a wide margin, is reported.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tokens import Word, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

MARGIN = 4.0
"""How much likelier (natural log: about 55 times) the other word must be in this context.
Tuned on the development half of LanguageTool's examples against clean news and speech prose:
4.0 caught 26 of the 174 marked slips that involve a word of a set, with 2 findings in 126,000
clean words (6.0: 10 and 1). Re-checked with the widened sets: 3.5 catches 9 more dev slips (39 -> 48) but
reports 5 sound sentences of clean prose ('jungles and deserts', 'raise our sights')."""


RARE_SHARE = math.log(0.01)
"""A pair missing from the counts is taken as at most 1% of the written word's own count: for a
rare word ('jib', 'axed', 'sate') the usual guess (:data:`._ngrams.UNSEEN_PAIR`, 30,000) would be
a large share of all its uses, and so no evidence. Dev: 2 more slips caught (37 -> 39), no new
finding on clean prose, 3 more on EWT web text, all real ('the boarder', 'costumer service')."""

ONE_SIDE_PENALTY = 2.0
"""Evidence from one neighbour only must be this much stronger (natural log, about 7 times)."""


def likelier_by(
    written: str,
    other: str,
    left: str | None,
    right: str | None,
    *,
    word_count: Callable[[str], float | None] = _ngrams.word_count,
    pair_count: Callable[[str, str], float | None] = _ngrams.pair_count,
    unseen_pair: float | None = None,
) -> float | None:
    """How much likelier (natural log) ``other`` is than ``written`` between these neighbours, or
    None when the counts cannot say. An unseen pair of ``written`` counts as ``unseen_pair`` when
    given, else as the lesser of :data:`._ngrams.UNSEEN_PAIR` and :data:`RARE_SHARE` of the word's
    own count. ``word_count`` and ``pair_count`` are the confusion sets' table unless another is
    given (:mod:`.realword` passes the whole web table).

    Each side counts only when one of the two pairs is attested (two unseen pairs say nothing),
    and ``other`` must be attested on every side that counts and ``written`` on none: a context
    attested for the written word ("these pages form the", "women wear") is left alone, however
    much commoner the other word is there. With both sides: the sum of the pair ratios less the unigram ratio
    (log P(left w right) under a bigram model, up to a constant).
    """
    written_count, other_count = word_count(written), word_count(other)
    if written_count is None or other_count is None:
        return None
    unseen = min(_ngrams.UNSEEN_PAIR, written_count + RARE_SHARE) if unseen_pair is None else unseen_pair
    difference = 0.0
    sides = 0
    unattested = 0
    for neighbour, before in ((left, True), (right, False)):
        if neighbour is None:
            continue
        mine = pair_count(neighbour, written) if before else pair_count(written, neighbour)
        theirs = pair_count(neighbour, other) if before else pair_count(other, neighbour)
        if mine is None and theirs is None:
            continue
        if theirs is None:
            return None
        if mine is None:
            unattested += 1
        difference += theirs - (unseen if mine is None else mine)
        sides += 1
    if not sides or not unattested:
        return None
    if sides == 1:
        difference -= ONE_SIDE_PENALTY  # one pair is thin evidence ("form more" is rare, yet right)
    return difference - (sides - 1) * (other_count - written_count)


def _attested_on_every_side(word: str, left: str | None, right: str | None) -> bool:
    """The written word stands beside each neighbour in the counts: nothing to report (see
    :func:`likelier_by`, which requires the written context unattested on some side)."""
    if left is not None and _ngrams.pair_count(left, word) is None:
        return False
    return right is None or _ngrams.pair_count(word, right) is not None


@cache
def _triggers() -> frozenset[str]:
    return frozenset(_ngrams.confusion_sets())


@lru_cache(maxsize=1 << 14)
def _likeliest(word: str, left: str | None, right: str | None) -> tuple[float, str] | None:
    """(margin, word) of the word of the set far likelier between these neighbours, if any.
    Memoised: frequent words ('our', 'was', 'new') meet the same neighbours again and again."""
    if _attested_on_every_side(word, left, right) or _subject_and_verb(word, left):
        return None  # the usual case, settled in two look-ups
    best: tuple[float, str] | None = None
    for other in _ngrams.confusion_sets()[word]:
        margin = likelier_by(word, other, left, right)
        if margin is not None and margin >= MARGIN and (best is None or margin > best[0]):
            best = (margin, other)
    return best


def _subject_and_verb(word: str, left: str | None) -> bool:
    """A plural noun and a present-tense verb ("the pages form the record", "cells divide"): a
    clause the counts do not see, however common the twin ("pages from") is."""
    return left is not None and "VBP" in w.verb_tags(word) and w.is_plural_noun(left) and left not in w.AUXILIARIES


def _neighbour(words: list[Word], index: int) -> str | None:
    """A neighbour's look-up form, when it is a plain lower-case-able word joined to ours."""
    if not 0 <= index < len(words):
        return None
    word = words[index]
    if not word.low.isalpha() or (word.text[:1].isupper() and not word.sentence_start):
        return None  # a name ("Price Waterhouse") or a number says nothing of common usage
    return word.low


class ConfusedWord(GrammarRule):
    id = "grammar.confused-word"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A real word where its sound-alike or near-twin is meant: 'I now that', 'a peace of cake'."
    why = (
        "A spelling checker passes 'now' for 'know' and 'peace' for 'piece': both are words. The "
        "words on either side decide: across a trillion words of web text, 'I know that' is common "
        "and 'I now that' is not. Only a word whose context is unattested, where a word of its "
        "confusion set is common in the same context by a wide margin, is reported; the correction "
        "is offered, never applied unseen."
    )
    bad = (
        "He cold do it if he tried.",
        "They moved to there new place last year.",
        "She asked weather he was coming.",
        "It is much worst than we thought.",
        "We walked throw the park.",
        "I got a letter form the bank.",
        "It was the quickest was to get there.",
        "The boarder guards waved us on.",
    )
    good = (
        "He could do it if he tried; the cold did not stop him.",
        "They moved to their new place, and there they stayed.",
        "She asked whether the weather would hold.",
        "It is much worse than the worst we feared.",
        "The peace talks resumed, and the piece ran on Sunday.",
        "Spending through tax credits rose.",
        "Please fill in the form the clerk gave you.",
        "They were tired and tried again.",
        "I wonder which way he went.",
    )
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """A rule written for one confusion ('then'/'than', 'its'/'it's') knows its case better: when
    both report a word, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _triggers()):
            word = words[index]
            if (word.text[:1].isupper() and not word.sentence_start) or (word.text.isupper() and len(word.text) > 1):
                continue  # a name or a heading, not the common word
            left = _neighbour(words, index - 1) if index and words[index - 1].joined else None
            right = _neighbour(words, index + 1) if word.joined else None
            if left is None and right is None:
                continue
            best = _likeliest(word.low, left, right)
            if best is None:
                continue
            fixed = match_case(best[1], word.text)
            written = " ".join(part for part in (left, word.low, right) if part)
            usual = " ".join(part for part in (left, fixed.lower(), right) if part)
            yield self.finding(
                word.start,
                word.end,
                f"Did you mean '{fixed}'? '{usual}' is common, '{written}' rare.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )


RULES = [ConfusedWord]
