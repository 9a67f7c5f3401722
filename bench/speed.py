"""Speed benchmark: warm linting of a 1,000-word article, the CLI's cold start, copydesk beside its peers.

Every figure is the median of several runs, printed beside a baseline measured in the same run
so machines of different speed can be compared:
- in-process: the baseline is one regex pass that splits the article into words;
- CLI: the baseline is the bare interpreter start (``python -c pass``); every copydesk run passes
  ``--no-cache``, so a cold start lints instead of reading a cached result;
- side by side (``--versus``): copydesk and proselint (and codespell) on the same 50,000-word texts
  (``bench/_texts.py``), run in turn, with the median of the pairwise time ratios.

Sections from other families (``bench/speed_<family>.py`` exposing ``measure()``) are added
when present. Usage: ``python bench/speed.py [--runs N] [--versus] [--corpus]``; the peers install
with ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _article import news_article  # noqa: E402
from _process import compile_bytecode, copydesk_env, median_run, paired, quartiles, run_once  # noqa: E402
from _texts import DIRTY, TEXTS  # noqa: E402

FAMILY_SECTIONS = ("spelling", "grammar", "style")


def median_ms(function: Callable[[], object], runs: int) -> float:
    function()  # warm caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def in_process(runs: int) -> list[tuple[str, float]]:
    from lint import Config, Source
    from lint._engine import build_document, run_rules
    from lint._ruleset import RuleSet

    article = news_article()
    words = re.compile(r"\w+")
    rows = [("baseline: regex word split", median_ms(lambda: words.findall(article), runs))]

    def lint_with(selection: tuple[str, ...]) -> Callable[[], object]:
        config = Config(select=selection)
        ruleset = RuleSet.of(config)
        return lambda: run_rules(build_document(Source(article), "plain", config), ruleset)

    typography = ("space.missing-after-punctuation", "space.before-punctuation", "space.repeated-spaces")
    typography += ("repetition", "punctuation")
    rows.append(("document build (plain) + typography rules", median_ms(lint_with(typography), runs)))
    config = Config()
    rows.append(
        ("document build (markdown)", median_ms(lambda: build_document(Source(article), "markdown", config), runs))
    )
    rows.append(("document build (plain) + all default rules", median_ms(lint_with(("ALL",)), runs)))
    return rows


def cold_start(runs: int) -> list[tuple[str, float]]:
    """Whole processes, the result cache off: a cold start lints, it does not read a cached result.

    The per-user data cache of derived tables is warm, as on any machine after its first run, and
    copydesk's bytecode is written first, as ``pip install`` writes it.
    """
    compile_bytecode()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        draft = folder / "draft.md"
        draft.write_text("# Draft\n\nThe council voted, however, to delay the plan.\n", encoding="utf-8")
        article = folder / "article.md"
        article.write_text(" ".join(news_article().split()[:500]) + "\n", encoding="utf-8")

        def timed(*arguments: str) -> float:
            return median_run([sys.executable, *arguments], runs, cwd=folder).seconds * 1000

        return [
            ("baseline: python -c pass", timed("-c", "pass")),
            ("copydesk --version", timed("-m", "lint", "--version")),
            ("copydesk check --no-cache draft.md (all rules)", timed("-m", "lint", "check", "--no-cache", str(draft))),
            ("copydesk check --no-cache, 500-word article", timed("-m", "lint", "check", "--no-cache", str(article))),
        ]


def first_run(runs: int) -> list[tuple[str, float]]:
    """The very first run on a machine: an empty data cache, so every derived table is built."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        article = folder / "article.md"
        article.write_text(" ".join(news_article().split()[:500]) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "lint", "check", "--no-cache", str(article)]
        warm = median_run(command, runs, cwd=folder).seconds * 1000
        samples = []
        for index in range(runs):
            env = {**copydesk_env(), "COPYDESK_DATA_CACHE": str(folder / f"data-{index}")}
            samples.append(run_once(command, cwd=folder, env=env).seconds * 1000)
        return [("baseline: data cache warm", warm), ("data cache empty (first run ever)", statistics.median(samples))]


PEERS = {"proselint": ("-m", "proselint", "check"), "codespell": ("-m", "codespell_lib")}
"""Peers timed on the same files, when installed (``pip install -e '.[bench]'``)."""


def side_by_side(runs: int, words: int) -> list[list[str]]:
    """copydesk (all default rules, --no-cache) against each installed peer on the same long text,
    in turn, with the median of the pairwise time ratios and each one's peak memory."""
    compile_bytecode()
    rows = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for text_name, build in {**TEXTS, **DIRTY}.items():
            path = folder / f"{text_name}.txt"
            path.write_text(build(words), encoding="utf-8")
            ours = [sys.executable, "-m", "lint", "check", "--no-cache", str(path)]
            for peer, arguments in PEERS.items():
                if importlib.util.find_spec(arguments[1].split(".")[0]) is None:
                    print(f"({peer} is not installed: skipped)")
                    continue
                mine, theirs, ratios = paired(ours, [sys.executable, *arguments, str(path)], runs, cwd=folder)
                lower, ratio, upper = quartiles(ratios)
                rows.append(
                    [
                        text_name,
                        peer,
                        f"{mine.seconds:.3f}",
                        f"{theirs.seconds:.3f}",
                        f"{ratio:.3f}",
                        f"{lower:.3f}-{upper:.3f}",
                        f"{sum(value <= 0.5 for value in ratios)}/{len(ratios)}",
                        f"{mine.peak_mb:.0f}",
                        f"{theirs.peak_mb:.0f}",
                    ]
                )
    return rows


def build_corpus(folder: Path, files: int = 2000, words: int = 700) -> Path:
    """``files`` news-length Markdown drafts made from the clean prose paragraphs (rebuilt each run)."""
    import csv
    import json
    import random
    import shutil

    eval_dir = HERE.parent.parent / "shared" / "eval" / "clean_prose"
    paragraphs = [json.loads(line)["text"] for line in (eval_dir / "gum_paragraphs.jsonl").open(encoding="utf-8")]
    with (eval_dir / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        paragraphs += [row["paragraph"] for row in csv.DictReader(handle, delimiter="\t")]
    paragraphs = [p for p in paragraphs if len(p.split()) >= 20]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    chooser = random.Random(2026)
    for index in range(files):
        body: list[str] = []
        count = 0
        while count < words:
            paragraph = chooser.choice(paragraphs)
            body.append(paragraph)
            count += len(paragraph.split())
        subfolder = folder / f"{index // 100:02}"
        subfolder.mkdir(exist_ok=True)
        (subfolder / f"story{index:04}.md").write_text(f"# Story {index}\n\n" + "\n\n".join(body) + "\n")
    return folder


def corpus_runs(runs: int) -> list[tuple[str, float]]:
    """Whole-corpus CLI runs: --jobs 1 vs --jobs 2 without cache, then a cold and a warm cache."""
    import shutil

    compile_bytecode()
    folder = build_corpus(HERE / "_corpus")
    command = [sys.executable, "-m", "lint", "check", "--format", "json", str(folder)]
    cache = HERE / "_corpus_cache"
    env = {**copydesk_env(), "COPYDESK_CACHE_DIR": str(cache)}

    def timed(extra: list[str], clear_cache: bool) -> float:
        samples = []
        for _ in range(runs):
            if clear_cache:
                shutil.rmtree(cache, ignore_errors=True)
            samples.append(run_once([*command, *extra], env=env).seconds * 1000)
        return statistics.median(samples)

    jobs1 = timed(["--no-cache", "--jobs", "1"], False)
    rows = [
        ("baseline: --jobs 1, no cache", jobs1),
        ("--jobs 2, no cache", timed(["--no-cache", "--jobs", "2"], False)),
    ]
    rows.append(("cache cold (first run), --jobs 2", timed(["--jobs", "2"], True)))
    rows.append(("cache warm (second run), --jobs 2", timed(["--jobs", "2"], False)))
    shutil.rmtree(cache, ignore_errors=True)
    return rows


def print_table(title: str, rows: list[tuple[str, float]]) -> None:
    baseline = rows[0][1]
    print(f"\n{title}")
    print(f"{'measurement':<48} {'median ms':>10} {'× baseline':>11}")
    for name, value in rows:
        print(f"{name:<48} {value:>10.2f} {value / baseline if baseline else float('nan'):>11.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--cold-runs", type=int, default=11)
    parser.add_argument("--corpus", action="store_true", help="Also time the 2,000-file corpus (slow).")
    parser.add_argument("--corpus-runs", type=int, default=3)
    parser.add_argument("--versus", action="store_true", help="Also time copydesk against proselint and codespell.")
    parser.add_argument("--versus-runs", type=int, default=21)
    parser.add_argument("--versus-words", type=int, default=50_000)
    args = parser.parse_args()
    print_table("Warm, in-process, 1,000-word news article", in_process(args.runs))
    print_table("Cold start, whole process, result cache off", cold_start(args.cold_runs))
    print_table("First run on a machine, whole process, 500-word article", first_run(min(args.cold_runs, 5)))
    if args.versus:
        rows = side_by_side(args.versus_runs, args.versus_words)
        print(f"\nSide by side: {args.versus_words:,} words, whole command, copydesk --no-cache with all default rules")
        print(
            f"(medians of {args.versus_runs} alternated pairs; ratio = median of copydesk's time / the peer's, pair "
            "by pair; quartiles: the middle half of those ratios; <= 0.5: pairs where copydesk took at most half)"
        )
        headers = ["text", "peer", "copydesk s", "peer s", "ratio", "quartiles", "<= 0.5", "copydesk MB", "peer MB"]
        print(" | ".join(headers))
        for row in rows:
            print(" | ".join(row))
    if args.corpus:
        rows = corpus_runs(args.corpus_runs)
        print_table("Corpus: 2,000 news-length Markdown files (ratio: time / --jobs 1 time)", rows)
        cold, warm = rows[2][1], rows[3][1]
        print(f"speed-up --jobs 2 vs 1: {rows[0][1] / rows[1][1]:.2f}x; warm cache vs cold: {cold / warm:.1f}x")
    for family in FAMILY_SECTIONS:
        try:
            module = importlib.import_module(f"speed_{family}")
        except ModuleNotFoundError:
            continue
        figures = module.measure()
        print(f"\n{family}")
        for name, value in figures.items():
            print(f"  {name:<46} {value:>10.2f}")


if __name__ == "__main__":
    main()
