"""Scaling benchmark: does linting cost grow linearly with the size of one file?

Whole commands, ``copydesk check --no-cache`` with all default rules, on one plain-text file of
10,000, 100,000 and 1,000,000 words of clean news and speech prose (``bench/_texts.py``), and on
the same words as 1,000 files of 1,000 words linted with ``--jobs 1``. Each row is the median of
``--runs`` runs with the largest peak memory seen; each 10x step prints its time ratio.

Targets (issue 13): each 10x step costs at most 11x the time; the 1,000,000-word file peaks at
<= 250 MB; 1,000 files with ``--jobs 1`` peak at <= 150 MB.

Usage: ``python bench/scaling.py [--runs 5] [--largest 1000000]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _process import Run, compile_bytecode, median_run  # noqa: E402
from _texts import news_speech  # noqa: E402

STEP_TARGET = 11.0
ONE_FILE_PEAK_MB = 250.0
MANY_FILES_PEAK_MB = 150.0


def _check(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "lint", "check", "--no-cache", "--format", "concise", *arguments]


def one_file_rows(folder: Path, sizes: list[int], runs: int) -> list[tuple[int, Run]]:
    rows = []
    for words in sizes:
        path = folder / f"text-{words}.txt"
        path.write_text(news_speech(words), encoding="utf-8")
        rows.append((words, median_run(_check(str(path)), runs, cwd=folder)))
        print(f"  {words:>9,} words: {rows[-1][1].seconds:8.2f} s  {rows[-1][1].peak_mb:6.0f} MB", flush=True)
    return rows


def many_files_run(folder: Path, files: int, words: int, runs: int) -> Run:
    tree = folder / "many"
    tree.mkdir()
    paragraphs = news_speech(files * words).split("\n\n")
    index, count, current = 0, 0, []
    for paragraph in paragraphs:
        current.append(paragraph)
        count += len(paragraph.split())
        if count >= words and index < files:
            (tree / f"story{index:04}.txt").write_text("\n\n".join(current) + "\n", encoding="utf-8")
            index, count, current = index + 1, 0, []
    return median_run(_check("--jobs", "1", str(tree)), runs, cwd=folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--largest", type=int, default=1_000_000, help="the largest one-file size in words")
    parser.add_argument("--files", type=int, default=1000, help="how many 1,000-word files to lint together")
    options = parser.parse_args()
    compile_bytecode()
    sizes = [size for size in (10_000, 100_000, 1_000_000) if size <= options.largest]
    ok = True
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(f"One file, copydesk check --no-cache (median of {options.runs} runs)")
        rows = one_file_rows(folder, sizes, options.runs)
        print(f"\n{'words':>10} {'seconds':>9} {'peak MB':>8} {'x previous':>11}")
        previous: Run | None = None
        for words, run in rows:
            step = run.seconds / previous.seconds if previous else None
            ok = ok and (step is None or step <= STEP_TARGET)
            print(f"{words:>10,} {run.seconds:>9.2f} {run.peak_mb:>8.0f} {'' if step is None else f'{step:.2f}':>11}")
            previous = run
        if rows and rows[-1][0] == 1_000_000:
            ok = ok and rows[-1][1].peak_mb <= ONE_FILE_PEAK_MB
        many = many_files_run(folder, options.files, 1000, options.runs)
        ok = ok and many.peak_mb <= MANY_FILES_PEAK_MB
        print(f"\n{options.files:,} files of 1,000 words, --jobs 1: {many.seconds:.2f} s, peak {many.peak_mb:.0f} MB")
    print(f"\ntargets: each 10x step <= {STEP_TARGET:g}x; 1M words <= {ONE_FILE_PEAK_MB:g} MB; ", end="")
    print(f"{options.files:,} files <= {MANY_FILES_PEAK_MB:g} MB: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
