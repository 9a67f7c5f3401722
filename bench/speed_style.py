"""Speed of the consistency, house-style, boilerplate and readability rules on a 1,000-word article.

Warm: data tables (VarCon, CMU dictionary, packs) are loaded before timing. Each run gets a fresh
Document whose paragraphs, sentences and tokens are computed before the clock starts (they are
shared by every rule, and ``bench/speed.py`` times the document build), so the figures are the
rules' own work. Every figure is a median of several runs, beside a baseline measured in the same
run (one regex pass splitting the article into words). The one-off cost of loading each data
table is reported too. Usage: ``python bench/speed_style.py [--runs N]``; ``bench/speed.py`` calls
:func:`measure`.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _article import news_article  # noqa: E402

TARGET_MS = 10.0


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _time_on_fresh_docs(make_doc: Callable[[], Any], work: Callable[[Any], object], runs: int) -> float:
    docs = [make_doc() for _ in range(runs + 1)]
    for doc in docs:
        _ = doc.paragraphs, doc.sentences, doc.tokens, doc.protected
    work(docs[0])  # warm
    samples = []
    for doc in docs[1:]:
        start = time.perf_counter()
        work(doc)
        samples.append((time.perf_counter() - start) * 1000)
    return _median(samples)


def _cold_ms(clear: Callable[[], None], load: Callable[[], object]) -> float:
    clear()
    start = time.perf_counter()
    load()
    return (time.perf_counter() - start) * 1000


def measure(runs: int = 21) -> dict[str, float]:
    """Median milliseconds per measurement, baseline first."""
    from lint import Config, Source
    from lint._engine import build_document
    from lint._registry import all_rules, is_enabled
    from lint._stats import cmu_dict, document_stats
    from rules.consistency._spelling import variant_table

    article = news_article()
    config = Config(preview=True)
    every = all_rules(config)
    document_level = [r for r in every.values() if r.document_level and is_enabled(r, config)]
    furniture = [r for r in every.values() if r.id.split(".")[0] in ("boilerplate", "placeholder")]
    readability = [r for r in every.values() if r.id.startswith("readability.")]

    figures: dict[str, float] = {}
    cold_table = _cold_ms(variant_table.cache_clear, variant_table)
    cold_cmu = _cold_ms(cmu_dict.cache_clear, cmu_dict)

    words = re.compile(r"\w+")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        words.findall(article)
        samples.append((time.perf_counter() - start) * 1000)
    figures["baseline: regex word split"] = _median(samples)

    def make_doc() -> Any:
        return build_document(Source(article), "plain", config)

    def run(rules: list[Any]) -> Callable[[Any], object]:
        return lambda doc: [list(rule.check(doc)) for rule in rules]

    figures["document build + tokens (for reference)"] = _median(
        [_timed(lambda: make_doc().tokens) for _ in range(runs)]
    )
    for rule in document_level:
        figures[f"  {rule.id}"] = _time_on_fresh_docs(make_doc, run([rule]), runs)
    figures[f"ALL {len(document_level)} document-level rules"] = _time_on_fresh_docs(
        make_doc, run(document_level), runs
    )
    figures[f"boilerplate + placeholder ({len(furniture)} rules)"] = _time_on_fresh_docs(make_doc, run(furniture), runs)
    figures[f"readability ({len(readability)} rules)"] = _time_on_fresh_docs(make_doc, run(readability), runs)
    figures["document_stats()"] = _time_on_fresh_docs(make_doc, document_stats, runs)
    figures["one-off: load VarCon table"] = cold_table
    figures["one-off: load CMU dictionary"] = cold_cmu
    return figures


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    figures = measure(args.runs)
    baseline = next(iter(figures.values()))
    print(f"{'measurement (1,000-word article, warm)':<52} {'median ms':>10} {'× baseline':>11}")
    for name, value in figures.items():
        print(f"{name:<52} {value:>10.2f} {value / baseline if baseline else float('nan'):>11.1f}")
    total = next(v for k, v in figures.items() if k.startswith("ALL "))
    verdict = "meets" if total < TARGET_MS else "MISSES"
    print(f"\nAll document-level rules: {total:.2f} ms, {verdict} the {TARGET_MS:g} ms target.")


if __name__ == "__main__":
    main()
