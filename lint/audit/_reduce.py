"""The archive-wide pass over the shards: rates per 1,000 words, worst articles, unknown words, variants.

Shards are read one at a time and folded into counters, so memory follows the number of distinct
rules, sections, authors, months and word forms (the archive's vocabulary), not its size.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._store import ShardStore

UNKNOWN_RULE = "spelling.unknown-word"
_EXAMPLES = 3
_WORST_MIN_WORDS = 50
_VARIANT_MIN_ARTICLES = 2
_VARIANT_MIN_SHARE = 0.05


@dataclass(slots=True)
class _Group:
    """Counts of one group of articles (a section, an author, a month, or all)."""

    articles: int = 0
    words: int = 0
    findings: int = 0

    def row(self, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "articles": self.articles,
            "words": self.words,
            "findings": self.findings,
            "per_1000_words": _rate(self.findings, self.words),
        }


@dataclass(slots=True)
class _Form:
    """One spelling variant's counts and a few examples."""

    articles: int = 0
    occurrences: int = 0
    examples: list[str] = field(default_factory=list)


def _rate(findings: int, words: int) -> float:
    return round(findings * 1000 / words, 2) if words else 0.0


def summarise(store: ShardStore, top: int = 50) -> dict[str, Any]:
    """The audit's summary (what ``summary.json`` holds and the report shows)."""
    groups: dict[str, dict[str, _Group]] = {"section": {}, "author": {}, "month": {}}
    total = _Group()
    worst: list[tuple[float, int, dict[str, Any]]] = []
    errors: list[dict[str, str]] = []
    error_count = 0
    for table in store.read("articles"):
        for row in table.to_pylist():
            if row["error"]:
                error_count += 1
                if len(errors) < top:
                    errors.append({"id": row["id"], "error": row["error"]})
                if not row["words"]:
                    continue
            total.articles += 1
            total.words += row["words"]
            total.findings += row["findings"]
            for axis, members in groups.items():
                group = members.setdefault(row[axis] or "(none)", _Group())
                group.articles += 1
                group.words += row["words"]
                group.findings += row["findings"]
            if row["words"] >= _WORST_MIN_WORDS:
                rate = _rate(row["findings"], row["words"])
                entry = (rate, -total.articles, {**row, "per_1000_words": rate})
                (heapq.heappush if len(worst) < top else heapq.heappushpop)(worst, entry)
    by_rule, unknown = _findings(store, top)
    return {
        "articles": total.articles,
        "words": total.words,
        "findings": total.findings,
        "per_1000_words": _rate(total.findings, total.words),
        "errors": error_count,
        "error_examples": errors,
        "by_rule": [
            {"name": rule, "findings": count, "per_1000_words": _rate(count, total.words)}
            for rule, count in by_rule.most_common()
        ],
        "by_section": _ranked(groups["section"]),
        "by_author": _ranked(groups["author"]),
        "by_month": [groups["month"][month].row(month) for month in sorted(groups["month"]) if month != "(none)"],
        "worst_articles": [entry for _rate_, _order, entry in sorted(worst, key=lambda item: (-item[0], -item[1]))],
        "unknown_words": unknown,
        "consistency": variants(store, top),
    }


def _ranked(members: dict[str, _Group]) -> list[dict[str, Any]]:
    rows = [group.row(name) for name, group in members.items()]
    return sorted(rows, key=lambda row: (-row["per_1000_words"], row["name"]))


def _findings(store: ShardStore, top: int) -> tuple[Counter[str], list[dict[str, Any]]]:
    import pyarrow.compute as pc

    by_rule: Counter[str] = Counter()
    words: dict[str, _Form] = {}
    for table in store.read("findings"):
        if table.num_rows:
            counted = table.group_by("rule").aggregate([("rule", "count")]).to_pylist()
            by_rule.update({row["rule"]: row["rule_count"] for row in counted})
        unknown = table.filter(pc.equal(table["rule"], UNKNOWN_RULE)).select(["article", "text"]).to_pylist()
        last: tuple[str, str] | None = None
        for row in unknown:
            form = words.setdefault(row["text"], _Form())
            form.occurrences += 1
            if last != (row["article"], row["text"]):  # findings of one article are contiguous
                form.articles += 1
                if len(form.examples) < _EXAMPLES and row["article"] not in form.examples:
                    form.examples.append(row["article"])
            last = (row["article"], row["text"])
    ranked = sorted(words.items(), key=lambda item: (-item[1].articles, -item[1].occurrences, item[0]))[:top]
    return by_rule, [
        {"word": word, "articles": form.articles, "occurrences": form.occurrences, "examples": form.examples}
        for word, form in ranked
    ]


def variants(store: ShardStore, top: int) -> list[dict[str, Any]]:
    """Terms the archive writes more than one way, the most-used minority form first."""
    keys: dict[str, dict[str, _Form]] = {}
    for table in store.read("terms"):
        for row in table.to_pylist():
            form = keys.setdefault(row["key"], {}).setdefault(row["form"], _Form())
            form.articles += row["articles"]
            form.occurrences += row["occurrences"]
            form.examples.extend(row["examples"][: _EXAMPLES - len(form.examples)])
    found: list[tuple[int, dict[str, Any]]] = []
    for key, forms in keys.items():
        if len(forms) < 2:
            continue
        ordered = sorted(forms.items(), key=lambda item: (-item[1].articles, item[0]))
        (first, _first_form), (second, second_form) = ordered[0], ordered[1]
        articles = sum(form.articles for _name, form in ordered)
        if second_form.articles < _VARIANT_MIN_ARTICLES or second_form.articles < _VARIANT_MIN_SHARE * articles:
            continue
        if any(name.isupper() and len(name) > 1 for name in (first, second)):
            continue  # an acronym and a word ("US" and "us")
        found.append(
            (
                second_form.articles,
                {
                    "key": key,
                    "kind": _kind(first, second),
                    "forms": [
                        {
                            "form": name,
                            "articles": form.articles,
                            "occurrences": form.occurrences,
                            "examples": form.examples,
                        }
                        for name, form in ordered
                    ],
                },
            )
        )
    found.sort(key=lambda item: (-item[0], item[1]["key"]))
    return [entry for _count, entry in found[:top]]


def _kind(first: str, second: str) -> str:
    if first.lower() == second.lower():
        return "capitalisation"
    if first.replace("-", "").lower() == second.replace("-", "").lower():
        return "hyphenation"
    return "spelling"
