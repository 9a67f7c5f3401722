"""Grammar recall and false alarms on the example sentences of LanguageTool's English rules.

Each row of ``../shared/eval/grammar/languagetool_examples/examples_{dev,test}.tsv`` is one
sentence: a *bad* one with the span LanguageTool marks, or a *good* one its rule must not flag.
A bad sentence counts as caught when a warning or error of copydesk (any rule but spelling and
consistency, which the examples do not test) overlaps the marked span; a good sentence counts as
a false alarm when any such finding is reported at all. Tune on the dev split; the test split is
reported once, at the end of the work. The rows are LGPL-2.1 data and never ship.

Run: ``python bench/quality.py grammar`` or ``python bench/quality_lt_examples.py [--test] [--profile thorough]
[--show-missed N] [--show-false N] [--category C] [--preview]``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lint import Config, Severity, check_text  # noqa: E402
from lint._ruleset import RuleSet  # noqa: E402

EXAMPLES = HERE.parent.parent / "shared" / "eval" / "grammar" / "languagetool_examples"
CATEGORIES = ("GRAMMAR", "CONFUSED_WORDS", "TYPOS", "NONSTANDARD_PHRASES", "COLLOCATIONS")
NOT_COUNTED = ("spelling.", "consistency.", "house.")
TARGET_RECALL, TARGET_FALSE = 0.40, 0.03


@dataclass(frozen=True)
class Example:
    rule: str
    category: str
    bad: bool
    text: str
    start: int
    end: int
    correction: str


def examples(split: str) -> list[Example]:
    path = EXAMPLES / f"examples_{split}.tsv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    found = []
    for row in rows:
        if row["category"] not in CATEGORIES:
            continue
        bad = row["kind"] == "bad"
        start = int(row["marker_start"]) if bad and row["marker_start"] else 0
        end = int(row["marker_end"]) if bad and row["marker_end"] else 0
        found.append(Example(row["rule_id"], row["category"], bad, row["text"], start, end, row["correction"]))
    return found


def counted(config: Config, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, rule, message) of the findings that count: warnings and errors, no spelling."""
    result = check_text(text, "plain", config)
    if result.rule_errors:  # a rule that failed found nothing: the figure would be wrong either way
        raise SystemExit(f"{text[:80]!r}: {'; '.join(result.rule_errors)}")
    return [
        (d.location.offset, d.location.offset + d.location.length, d.rule, d.message)
        for d in result.diagnostics
        if d.severity >= Severity.WARNING and not d.rule.startswith(NOT_COUNTED)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", action="store_true", help="Report the test split (once, at the end).")
    parser.add_argument("--profile", choices=("default", "thorough"), default="default")
    parser.add_argument("--show-missed", type=int, default=0)
    parser.add_argument("--show-false", type=int, default=0)
    parser.add_argument("--category", choices=CATEGORIES)
    parser.add_argument("--preview", action="store_true", help="Include the preview rules.")
    options = parser.parse_args()
    shown = (options.show_missed, options.show_false)
    print(report(options.test, options.profile, *shown, options.category, options.preview))
    return 0


def report(
    test: bool = False,
    profile: str = "default",
    show_missed: int = 0,
    show_false: int = 0,
    category: str | None = None,
    preview: bool = False,
) -> str:
    config = Config(preview=preview)
    if profile == "thorough":
        from rules.grammar._settings import GrammarSettings

        config = config.with_section("grammar", GrammarSettings(harper=True))
    RuleSet.of(config)  # resolve once, before the rows
    split = "test" if test else "dev"
    rows = [e for e in examples(split) if category is None or e.category == category]
    bad, caught, good, alarms = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    by_rule: Counter[str] = Counter()
    missed: list[Example] = []
    false: list[tuple[Example, list[tuple[int, int, str, str]]]] = []
    for example in rows:
        found = counted(config, example.text)
        if example.bad:
            bad[example.category] += 1
            hits = [f for f in found if f[0] < max(example.end, example.start + 1) and example.start < f[1]]
            if hits:
                caught[example.category] += 1
                by_rule[hits[0][2]] += 1
            else:
                missed.append(example)
        else:
            good[example.category] += 1
            if found:
                alarms[example.category] += 1
                false.append((example, found))
    lines = [
        f"LanguageTool rule examples, {split} split, profile {profile}: bad examples flagged at the marked span "
        f"(target >= {TARGET_RECALL:.0%}), good examples flagged (target <= {TARGET_FALSE:.0%})",
        f"{'category':<22}{'bad':>6}{'caught':>8}{'recall':>8}{'good':>7}{'flagged':>9}{'false':>8}",
    ]
    for name in (*CATEGORIES, "all"):
        b = sum(bad.values()) if name == "all" else bad[name]
        c = sum(caught.values()) if name == "all" else caught[name]
        g = sum(good.values()) if name == "all" else good[name]
        a = sum(alarms.values()) if name == "all" else alarms[name]
        if b or g:
            lines.append(f"{name:<22}{b:>6}{c:>8}{c / max(b, 1):>8.1%}{g:>7}{a:>9}{a / max(g, 1):>8.1%}")
    lines.append("caught by rule: " + ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
    for example in missed[:show_missed]:
        marked = example.text[example.start : example.end]
        lines.append(f"  missed {example.rule} [{marked}] -> {example.correction!r}: {example.text}")
    for example, found in false[:show_false]:
        lines.append(
            f"  false  {example.rule}: {example.text}  <- {[(f[2], example.text[f[0] : f[1]]) for f in found]}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
