"""Findings of different rules that report the same problem: one is kept, chosen by rule metadata.

Rules that declare the same ``overlap_group`` (the grammar rules of every backend declare
``"grammar"``) take part. Two of their findings are the same problem when they overlap and either
cover the same range with the same category, or their first suggestions rewrite the text the same
way. Of such a group the most specific is kept: one with a suggestion, then the rule with the higher
``overlap_rank``, then the longer message. Rules run independently; this pass, in the engine, is
the only place their findings meet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._findings import Finding
    from ._rule import RuleLike

Produced = tuple["RuleLike", "Finding"]


def merge_overlaps(produced: list[Produced], text: str) -> list[Produced]:
    """``produced`` (rule, finding) pairs with the same problems of one overlap group reported once."""
    grouped: dict[str, list[Produced]] = {}
    kept: list[Produced] = []
    for pair in produced:
        group = getattr(pair[0], "overlap_group", None)
        if group is None:
            kept.append(pair)
        else:
            grouped.setdefault(group, []).append(pair)
    for members in grouped.values():
        kept.extend(_merge(members, text))
    return kept


def _merge(candidates: list[Produced], text: str) -> list[Produced]:
    """One finding per problem: each candidate, in text order, is compared with the kept findings
    that still reach its start, latest first, and replaces the first that reports the same problem if
    it is more specific. A kept finding that ends before a candidate starts can overlap neither it
    nor any later one (they start no earlier), so it leaves the comparisons for good: a draft with
    1,000 grammar findings made 428,000 comparisons when every candidate met every kept finding,
    and now makes about one per candidate."""
    ordered = sorted(candidates, key=lambda pair: (pair[1].start, pair[1].end))
    kept: list[Produced] = []
    reaching: list[int] = []  # places in ``kept`` of the findings that may still overlap a candidate, in order
    for candidate in ordered:
        finding = candidate[1]
        reaching = [index for index in reaching if kept[index][1].end >= finding.start]
        for index in reversed(reaching):
            if same_problem(kept[index][1], finding, text):
                if _specificity(candidate) > _specificity(kept[index]):
                    kept[index] = candidate
                break
        else:
            reaching.append(len(kept))
            kept.append(candidate)
    return kept


def same_problem(a: Finding, b: Finding, text: str) -> bool:
    if not (a.start < b.end and b.start < a.end) and not (a.start == a.end == b.start == b.end):
        return False
    if a.start == b.start and a.end == b.end and a.category == b.category:
        return True
    if not a.suggestions or not b.suggestions:
        return False
    start, end = min(a.start, b.start), max(a.end, b.end)
    return _rewrite(text, start, end, a) == _rewrite(text, start, end, b)


def _rewrite(text: str, start: int, end: int, finding: Finding) -> str:
    return text[start : finding.start] + finding.suggestions[0] + text[finding.end : end]


def _specificity(pair: Produced) -> tuple[bool, int, int]:
    rule, finding = pair
    return (bool(finding.suggestions), getattr(rule, "overlap_rank", 0), len(finding.message))
