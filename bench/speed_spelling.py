"""Speed of spelling.unknown-word and space.joined-words.

Figures (medians of several runs, milliseconds):
- ``load_ms``: building the lexicon (pyspellchecker's dictionary plus British forms), once per process;
- ``index_ms``: building the candidate index, on the first suggestion of a process;
- ``large_lexicon_load_ms``: loading wordfreq's table from the data cache, on the first word a rule would report;
- ``warm_ms``: both rules on a 1,000-word news article, dictionary loaded and caches warm;
- ``cold_suggestions_ms``: the same with the per-word suggestion caches emptied before each run;
- ``baseline_ms``: the same article with one cheap regex rule, for the ratio;
- ``analysis_only_ms``: the rules' own pass, on a document whose tokens are already computed;
- ``json_only_ms``: just decompressing and parsing pyspellchecker's dictionary, for the load ratio;
- ``ours_candidates_ms`` / ``pyspellchecker_candidates_ms``: distance-2 candidates for long misspellings;
- ``cli_version_ms``: ``python -m lint --version`` in a fresh process (cold start).
Run: ``python bench/speed_spelling.py``. ``measure()`` returns the figures for bench/speed.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

EVAL = HERE.parent.parent / "shared" / "eval"
RULES = ("spelling.unknown-word", "space.joined-words")
LONG_MISSPELLINGS = ("acomodation", "unneccessarily", "definatly", "responsability", "independant", "occurence")


def _median_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def article(words: int = 1000) -> str:
    """The first paragraphs of the Wikinews sample, about ``words`` words."""
    lines = (EVAL / "clean_prose" / "gum_news_paragraphs.txt").read_text(encoding="utf-8").splitlines()
    chosen: list[str] = []
    count = 0
    for line in lines:
        if count >= words:
            break
        chosen.append(line)
        count += len(line.split())
    return "\n\n".join(chosen)


def _clear_word_caches() -> None:
    from rules.spelling import _attested, _edits, _joined, _segment, _suggest

    for cached in (_suggest.ranked, _segment.splits, _joined.readings, _edits.slip_cost, _attested.standing):
        cached.cache_clear()


def measure() -> dict[str, float]:
    from lint import Config, check_text
    from rules.spelling import _lexicon, _suggest

    text = article()
    figures: dict[str, float] = {"article_words": float(len(text.split()))}

    def load() -> None:
        _lexicon.lexicon.cache_clear()
        _lexicon.lexicon()

    figures["load_ms"] = _median_ms(load, runs=5)

    def json_only() -> None:
        import gc
        import gzip
        import json
        from importlib.resources import files

        gc.disable()
        json.loads(gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes()))
        gc.enable()

    figures["json_only_ms"] = _median_ms(json_only, runs=5)
    figures["load_ratio_to_json_only"] = figures["load_ms"] / figures["json_only_ms"]

    def index() -> None:
        _suggest._index.cache_clear()
        _suggest._index()

    figures["index_ms"] = _median_ms(index, runs=3)

    def large() -> None:
        from rules.spelling import _large

        _large._table.cache_clear()
        _large._table()

    figures["large_lexicon_load_ms"] = _median_ms(large, runs=5)
    both = Config(select=RULES)
    baseline = Config(select=("space.repeated-spaces",))
    check_text(text, "plain", both)  # warm up
    figures["warm_ms"] = _median_ms(lambda: check_text(text, "plain", both), runs=11)
    figures["baseline_ms"] = _median_ms(lambda: check_text(text, "plain", baseline), runs=11)
    figures["warm_ratio_to_baseline"] = figures["warm_ms"] / figures["baseline_ms"]

    def cold_suggestions() -> None:
        _clear_word_caches()
        check_text(text, "plain", both)

    figures["cold_suggestions_ms"] = _median_ms(cold_suggestions, runs=7)

    from lint._engine import build_document
    from lint._source import Source
    from rules.spelling._accept import builtin
    from rules.spelling._analysis import analyse

    doc = build_document(Source(text=text, path="article.txt"), "plain", both)
    doc.tokens  # noqa: B018 - computed once, shared by every rule; not the spelling rules' cost
    figures["analysis_only_ms"] = _median_ms(lambda: analyse(doc, builtin()), runs=11)

    def ours() -> None:
        for word in LONG_MISSPELLINGS:
            _suggest.candidates(word, 2)

    figures["ours_candidates_ms"] = _median_ms(ours, runs=5) / len(LONG_MISSPELLINGS)
    from spellchecker import SpellChecker

    checker = SpellChecker(distance=2)

    def theirs() -> None:
        for word in LONG_MISSPELLINGS:
            checker.candidates(word)

    figures["pyspellchecker_candidates_ms"] = _median_ms(theirs, runs=3) / len(LONG_MISSPELLINGS)
    command = [sys.executable, "-m", "lint", "--version"]
    figures["cli_version_ms"] = _median_ms(
        lambda: subprocess.run(command, cwd=HERE.parent, check=True, capture_output=True), runs=5
    )
    return figures


def main() -> int:
    for name, value in measure().items():
        print(f"{name:32} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
