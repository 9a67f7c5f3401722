"""Held-out sets of everyday slips: how many each catches, and how many correct sentences it flags.

Each set in ``bench/held_sets/<name>/`` has 200 sentences with one slip each (``bad.tsv``: sentence,
the wrong text, its correction, the kind of slip) and 150 correct sentences written to tempt the rules
(``good.txt``). The sets were written from scratch by writers who saw neither the code nor the
evaluation data (``bench/held_sets/README.md`` says which were read while the rules were worked on:
the others measure how far the work carries over, and only while their misses stay unread).

A slip counts as caught when a warning or error of any rule but spelling, consistency and house style
overlaps its wrong text, as in ``bench/quality_lt_examples.py``; a correct sentence counts when any
such finding is on it.

Usage: ``python bench/held_sets.py`` (every set, counts only), ``python bench/held_sets.py s72b
--show`` (one set's misses and flagged correct sentences: only for a set marked read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from quality_lt_examples import counted  # noqa: E402

from lint import Config  # noqa: E402

SETS = HERE / "held_sets"


def measure(folder: Path, config: Config, show: bool = False) -> tuple[Counter[str], Counter[str], int, int]:
    """Slips and slips caught by kind, correct sentences and correct sentences flagged."""
    slips: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for line in (folder / "bad.tsv").read_text(encoding="utf-8").splitlines():
        sentence, wrong, correction, kind = line.split("\t")[:4]
        start = sentence.find(wrong)
        end = start + len(wrong)
        slips[kind] += 1
        if any(first < end and start < last for first, last, _rule, _message in counted(config, sentence)):
            caught[kind] += 1
        elif show:
            print(f"  missed [{kind}] {sentence}  ({wrong} -> {correction})")
    good = [line for line in (folder / "good.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = 0
    for sentence in good:
        found = counted(config, sentence)
        if found:
            flagged += 1
            if show:
                print(f"  flagged {sentence}  {[(rule, sentence[first:last]) for first, last, rule, _ in found]}")
    return slips, caught, len(good), flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every set)")
    parser.add_argument("--show", action="store_true", help="print the misses and the flagged correct sentences")
    options = parser.parse_args()
    names = options.sets or sorted(path.name for path in SETS.iterdir() if (path / "bad.tsv").is_file())
    config = Config()
    for name in names:
        slips, caught, good, flagged = measure(SETS / name, config, options.show)
        kinds = " ".join(f"{kind} {caught[kind]}/{slips[kind]}" for kind in sorted(slips))
        print(f"{name}: {sum(caught.values())}/{sum(slips.values())} slips caught, {flagged}/{good} correct flagged")
        print(f"  {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
