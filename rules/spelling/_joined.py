"""Deciding between "misspelled word" and "words run together", and explaining the choice.

Every unknown word gets both readings: its best single-word corrections (:mod:`._suggest`)
and its best splits (:mod:`._segment`), all scored as log probabilities. The neighbouring
words then adjust each reading (:mod:`._context`). The word belongs to ``space.joined-words``
when a split wins, otherwise to ``spelling.unknown-word``; a close runner-up of the other kind
is offered as a further suggestion, and the message says why the first one is preferred.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rules._contractions import WITHOUT_MARK

from ._bigrams import association
from ._context import FUNCTION, fit_after, fit_before
from ._lexicon import dropped_g, lexicon
from ._segment import splits
from ._suggest import ranked

EDITED_SPLIT_PENALTY = 4.0
"""A split that also needs a correction inside a part must beat the corrections by this much."""
JUNCTION_SPLIT_PENALTY = 1.0
"""Less when the correction is next to the missing space ("municipalit|is"): one slip, not two."""
CLOSE = 4.0
"""A reading of the other kind this close to the winner is offered too."""
COMMON = 20000
"""Both parts of a split at least this frequent (in pyspellchecker's counts) make a safe fix."""

CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
CAMEL_PART = re.compile(r"[A-Z][a-z]+")
LOWER_THEN_CAMEL = re.compile(r"^([a-z]{2,})((?:[A-Z][a-z]+)+)$")
"""A lower-case word glued to a capitalised one: "theMinistry", "inLondon" (tags stripped from scraped
HTML without a space). Only a function word counts as the first part: "iPhone", "eBay" and "macOS" are
brands; the rare brand that starts with one ("theSkimm") goes in the ``words`` config key."""
# Particles that begin real CamelCase surnames: McDonald, MacArthur, DeVos, LaGuardia, DiCaprio.
NAME_PARTICLES = frozenset("Mc Mac De Di Da Du La Le Van Von Del Della Des Dos Fitz St".split())


class Reading(NamedTuple):
    """One way to read an unknown word: a correction or a split."""

    text: str
    words: tuple[str, ...]
    score: float
    split: bool
    edited: bool = False


_CONTRACTION_OF = WITHOUT_MARK
"""A contraction that lost its apostrophe ('theyre') or its "'t" ('doesn'): the contraction is the
first suggestion ('ive' gets "I've": case matching keeps the capital of a lower-case word's suggestion)."""


@lru_cache(maxsize=8192)
def readings(word: str, language: str) -> tuple[Reading, ...]:
    """Corrections and splits of ``word`` (lower case), each with its context-free score."""
    lex = lexicon()
    found = [Reading(text, (text,), value - _log_total(), split=False) for text, value in ranked(word, language, 5)]
    contraction = _CONTRACTION_OF.get(word)
    if contraction is not None:  # "It doesn work", "theyre": the contraction, before "does", "there"
        best = max((reading.score for reading in found), default=-_log_total())
        others = [reading for reading in found if reading.text != contraction]
        found = [Reading(contraction, (contraction,), best + 1.0, split=False), *others]
    for split in splits(word):
        penalty = 0.0
        if split.edited:
            penalty = JUNCTION_SPLIT_PENALTY if split.at_junction else EDITED_SPLIT_PENALTY
        parts = tuple(lex.variant(part, language) for part in split.parts)
        found.append(Reading(" ".join(parts), parts, split.score - penalty, split=True, edited=split.edited))
    return tuple(found)


@lru_cache(maxsize=1)
def _log_total() -> float:
    import math

    return math.log(lexicon().total)


class Verdict(NamedTuple):
    """What to report for one occurrence of an unknown word."""

    joined: bool
    options: tuple[Reading, ...]
    """Readings to suggest, best first."""
    reason: str
    safe: bool
    compound: bool = False
    """The split is two content words: the fused form may be a correct closed compound."""


def judge(word: str, language: str, before: str | None, after: str | None) -> Verdict | None:
    """Weigh the readings of ``word`` (lower case) in its context; None when there is none."""
    scored = []
    for reading in readings(word, language):
        fit = fit_before(reading.words[0], before) + fit_after(reading.words[-1], after)
        scored.append((reading.score + fit, fit, reading))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    best_total, best_fit, best = scored[0]
    rival = next((item for item in scored if item[2].split != best.split), None)
    options = [best]
    for total, _, reading in scored[1:]:
        if reading.split == best.split or total >= best_total - CLOSE:
            options.append(reading)
    reason = ""
    close_rival = rival is not None and rival[0] >= best_total - CLOSE
    if best.split and close_rival and rival is not None:
        why = f"'{best.text}' is more likely"
        if best_fit > 0 and after:
            why = f"'{best.words[-1]}' reads well before '{after}'"
        reason = f"'{rival[2].text}' is also possible, but {why}."
    elif not best.split and close_rival and rival is not None:
        reason = f"It could also be '{rival[2].text}' run together."
    lex = lexicon()
    safe = (
        best.split
        and not best.edited
        and not close_rival
        and all(lex.count(part) >= COMMON or len(part) <= 2 for part in best.words)
        and _known_phrase(best.words)
    )
    compound = best.split and not best.edited and not any(part in FUNCTION for part in best.words)
    if compound:
        reason = _join_text(reason, "It may also be a closed compound your dictionary lacks.")
        safe = False
    ing = dropped_g(word)
    if best.split and ing is not None:
        # "askin": "ask in", or "asking" with its g dropped ("hissin": "his sin" or "hissing").
        # Only the writer knows: never a safe fix, and the -ing word is always offered.
        safe = False
        if all(option.text != ing for option in options):
            options = [*options[:4], Reading(ing, (ing,), best.score, split=False)]
            if not close_rival:
                reason = _join_text(reason, f"Or '{ing}' with its g dropped.")
    return Verdict(best.split, tuple(options[:5]), reason, safe, compound)


def _known_phrase(words: tuple[str, ...]) -> bool:
    """Every neighbouring pair is one the bigram counts know ("a lot", "in front"), so a fix applied
    without review makes a phrase people write; "an necessary" or "for at" are left to the editor."""
    return all(association(left, right) is not None for left, right in pairwise(words))


def _join_text(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def camel_parts(word: str) -> tuple[str, ...] | None:
    """The words of a CamelCase fusion ("IlhamAliyev" → ("Ilham", "Aliyev"), "theMinistry" →
    ("the", "Ministry")), or None."""
    lower = LOWER_THEN_CAMEL.match(word)
    if lower is not None:
        first, rest = lower.groups()
        return (first, *CAMEL_PART.findall(rest)) if first in FUNCTION else None
    if not CAMEL.match(word):
        return None
    parts = tuple(CAMEL_PART.findall(word))
    if parts[0] in NAME_PARTICLES:
        return None
    return parts
