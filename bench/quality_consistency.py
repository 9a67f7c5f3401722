"""Consistency a style editor would sign off (issue 16): recall on written cases, quiet twins, cost.

1. Recall at warning level on ``tests/fixtures/consistency/cases.toml``: inconsistent stories of four
   kinds (compound modifiers, ties, dialect per spelling axis, page furniture), each with the
   texts that must be reported (a list inside the list: any one of its texts, for a tie nothing decides). A case
   warning level or above by a consistency, house-style or boilerplate rule, with all default rules on.
2. The consistent twins (each story edited): any finding of those families, at any severity, is a
   false alarm (target: none).
3. Cost: the consistency rules together, warm, per 1,000 words, on the 1,000-word articles of
   ``bench/rule_costs.py`` (target <= 2 ms).

The clean-prose and real-draft rates with all default rules are printed by
``python bench/quality.py real-drafts``. Run: ``python bench/quality.py consistency``.
"""

from __future__ import annotations

import statistics
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CASES = HERE.parent / "tests" / "fixtures" / "consistency" / "cases.toml"
FAMILIES = ("consistency", "house", "boilerplate")
RECALL_TARGET = 0.90
COST_TARGET_MS = 2.0
ROUNDS = 5


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    with path.open("rb") as handle:
        cases: list[dict[str, Any]] = tomllib.load(handle)["case"]
    return cases


def findings(text: str) -> list[Any]:
    """Diagnostics of the consistency, house-style and boilerplate families, all default rules on."""
    from lint import Config, check_text

    result = check_text(text, "plain", Config())
    assert not result.rule_errors, result.rule_errors
    return [d for d in result.diagnostics if d.rule.split(".")[0] in FAMILIES]


def caught(case: dict[str, Any], found: list[Any]) -> bool:
    """Every expected text reported at warning level; a list of texts accepts any one (a tie with no house form)."""
    warned = {d.text for d in found if d.severity >= 2}
    options = [[expected] if isinstance(expected, str) else expected for expected in case["expect"]]
    return all(any(option in warned for option in expected) for expected in options)


def recall_and_twins(cases: list[dict[str, Any]]) -> None:
    hits: dict[str, list[bool]] = defaultdict(list)
    noisy: list[tuple[dict[str, Any], list[Any]]] = []
    misses: list[tuple[dict[str, Any], list[Any]]] = []
    for case in cases:
        bad = findings(case["bad"])
        hit = caught(case, bad)
        hits[case["kind"]].append(hit)
        if not hit:
            misses.append((case, bad))
        good = findings(case["good"])
        if good:
            noisy.append((case, good))
    print(f"\nRecall at warning level on {len(cases)} inconsistent stories ({CASES.name}):")
    total = [hit for kind_hits in hits.values() for hit in kind_hits]
    for kind, kind_hits in hits.items():
        print(f"  {kind:<20} {sum(kind_hits):>3} of {len(kind_hits):>3}  {sum(kind_hits) / len(kind_hits):6.1%}")
    recall = sum(total) / len(total)
    verdict = "meets" if recall >= RECALL_TARGET else "MISSES"
    line = f"  {'all':<20} {sum(total):>3} of {len(total):>3}  {recall:6.1%}"
    print(f"{line} -> {verdict} the {RECALL_TARGET:.0%} target")
    for case, found in misses:
        reported = [(d.rule, d.text, d.severity) for d in found]
        print(f"    missed {case['kind']}: expected {case['expect']}, got {reported}")
    print(f"\nConsistent twins: {len(noisy)} of {len(cases)} with a finding (target: none)")
    for case, found in noisy:
        for d in found:
            print(f"    {case['kind']}: {d.rule} {d.text!r}: {d.message}")


def cost() -> None:
    from _article import build_articles

    from lint._config import Config
    from lint._engine import build_document
    from lint._source import Source
    from lint.server._linting import Selection, effective_config, enabled_for, warm_up

    base = Config()
    warm_up(base)
    config = effective_config(base, Selection())
    rules = [rule for rule in enabled_for(config).rules if rule.id.startswith("consistency.")]
    articles = build_articles()
    words = sum(len(article.split()) for article in articles)

    def one_round() -> float:
        spent = 0.0
        for article in articles:
            doc = build_document(Source(text=article, path="article.txt"), "plain", config)
            doc.tokens, doc.protected  # noqa: B018 - built here so no rule is charged for them
            started = time.perf_counter()
            for rule in rules:
                list(rule.check(doc))
            spent += time.perf_counter() - started
        return spent

    one_round()  # warm every cache a long-running process would have warm
    median = statistics.median(one_round() for _ in range(ROUNDS))
    per_1k = 1000 * median * 1000 / words
    verdict = "meets" if per_1k <= COST_TARGET_MS else "MISSES"
    names = ", ".join(rule.id.split(".", 1)[1] for rule in rules)
    print(
        f"\nCost of the {len(rules)} consistency rules ({names}), warm, median of {ROUNDS} rounds over "
        f"{len(articles)} articles ({words:,} words): {per_1k:.2f} ms per 1,000 words -> {verdict} the "
        f"{COST_TARGET_MS} ms target"
    )


def main(eval_dir: Path) -> None:
    del eval_dir  # the cases are copydesk's own; the clean corpora are read by the articles
    recall_and_twins(load_cases())
    cost()


if __name__ == "__main__":
    main(HERE.parent.parent / "shared" / "eval")
