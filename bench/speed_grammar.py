"""Speed of the grammar rules on a 1,000-word news article, warm, with Harper's cost beside it.

Target (issue 15): the default (built-in) grammar rules at most 5 ms per 1,000 words, warm (an early
target was 20 ms). Each figure is the median of several runs on a fresh Document (so no per-document cache
helps); ``baseline`` is building that Document and its tokens, measured in the same run, so the
ratio says what grammar adds. Harper is measured twice: on text it has not seen (its real cost)
and on the same text again (what an editor re-linting a draft pays, thanks to the paragraph cache).

"Warm" is measured as the processes that lint warm run: the HTTP server's pool and the editor's
language server freeze what their first lint loaded (``lint._collector``), so no collection walks the
rule tables again. The row "collector at Python's defaults", measured first, is what the same pass
costs in a process that does not (stop 47 and earlier reported that figure as "warm": about a tenth
more, the collections over the tables).

Run: ``python bench/speed_grammar.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lint import Config  # noqa: E402
from lint._collector import settle_loaded  # noqa: E402
from lint._engine import build_document  # noqa: E402
from lint._lazyrule import real  # noqa: E402
from lint._registry import enabled_rules  # noqa: E402
from lint._source import Source  # noqa: E402
from rules.grammar._base import GrammarRule  # noqa: E402
from rules.grammar._settings import GrammarSettings  # noqa: E402

EVAL = HERE.parent.parent / "shared" / "eval"
RUNS = 15
TARGET_MS = 5.0
"""Issue 15: the built-in grammar rules, warm, at most this many milliseconds per 1,000 words."""


def article(words: int = 1000, skip: int = 0) -> str:
    """About ``words`` words of Wikinews paragraphs, from paragraph ``skip`` on."""
    lines = (EVAL / "clean_prose" / "gum_news_paragraphs.txt").read_text(encoding="utf-8").splitlines()
    chosen: list[str] = []
    count = 0
    for line in lines[skip:]:
        if count >= words:
            break
        chosen.append(line)
        count += len(line.split())
    return "\n\n".join(chosen)


def _median_ms(action: Callable[[int], object], runs: int = RUNS) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        action(run)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _grammar_rules(config: Config) -> list[GrammarRule]:
    return [real(rule) for rule in enabled_rules(config) if isinstance(real(rule), GrammarRule)]


def _time_rules(text: str, config: Config, runs: int = RUNS, vary: bool = False) -> float:
    rules = _grammar_rules(config)
    times = []
    for run in range(runs):
        body = text if not vary else "\n\n".join(f"Run {run} {p}" for p in text.split("\n\n"))
        doc = build_document(Source(text=body, path="bench.txt"), "plain", config)
        doc.tokens  # noqa: B018 - shared by every rule, not grammar's cost
        started = time.perf_counter()
        for rule in rules:
            list(rule.check(doc))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure() -> dict[str, float]:
    text = article()
    unseen = article(skip=60)
    config = Config()
    thorough = Config().with_section("grammar", GrammarSettings(harper=True))
    results: dict[str, float] = {"words": float(len(text.split()))}

    started = time.perf_counter()
    _time_rules(text, config, runs=1)  # first call: imports and loads lemminflect
    results["built-in cold (first document, ms)"] = (time.perf_counter() - started) * 1000

    def baseline(_run: int) -> None:
        doc = build_document(Source(text=text, path="bench.txt"), "plain", config)
        doc.tokens  # noqa: B018

    results["built-in grammar, warm, collector at Python's defaults (ms)"] = _time_rules(text, config)
    settle_loaded()  # as the server's pool and the editor's server do after their first lint
    results["baseline: document + tokens (ms)"] = _median_ms(baseline)
    results["built-in grammar, warm (ms)"] = _time_rules(text, config)
    results["built-in grammar, warm, unseen article (ms)"] = _time_rules(unseen, config, runs=3)
    results["ratio built-in / baseline"] = (
        results["built-in grammar, warm (ms)"] / results["baseline: document + tokens (ms)"]
    )

    started = time.perf_counter()
    _time_rules(text, thorough, runs=1)
    results["harper: linter creation + first document (ms)"] = (time.perf_counter() - started) * 1000
    results["built-in + harper, new text (ms)"] = _time_rules(text, thorough, runs=5, vary=True)
    results["built-in + harper, same text again (ms)"] = _time_rules(text, thorough)
    return results


def main() -> None:
    results = measure()
    width = max(len(name) for name in results)
    print(f"Grammar speed, median of {RUNS} runs unless noted ({results['words']:.0f}-word article)")
    for name, value in results.items():
        if name != "words":
            print(f"  {name:<{width}}  {value:9.2f}")
    per_thousand = results["built-in grammar, warm (ms)"] * 1000 / results["words"]
    verdict = "meets" if per_thousand <= TARGET_MS else "MISSES"
    print(f"  target: built-in warm <= {TARGET_MS:g} ms per 1,000 words ({per_thousand:.2f}): {verdict}")


if __name__ == "__main__":
    main()
