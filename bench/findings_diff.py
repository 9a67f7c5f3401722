"""Every finding on the benchmark texts, as JSON, to prove a speed change changed no finding.

The texts: the two 50,000-word texts of the side-by-side comparison (``bench/_texts.py``), the
1,000-word news article of ``bench/speed.py``, the seed article, every real draft (with its markup)
and every clean-prose document (one per GUM document, one per State of the Union address). Each is
linted in-process with all default rules; a finding is written as the JSON reporter writes it (rule,
severity, position, message, suggestions, fix), so a change to any of them shows.

Usage::

    python bench/findings_diff.py --write before.json      # on the old commit
    python bench/findings_diff.py --compare before.json    # on the new one: exit 1 on a difference
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _article import news_article  # noqa: E402
from _texts import EVAL, SEED, TEXTS  # noqa: E402

from lint import Config, Source, check_source  # noqa: E402
from lint._source import decode  # noqa: E402
from lint.adapters import format_for_path  # noqa: E402
from lint.reporters.json import diagnostic_to_dict  # noqa: E402


def benchmark_texts() -> Iterator[tuple[str, str, str]]:
    """(name, text, input format) for every benchmark text."""
    from _clean import news_document, sotu_documents
    from quality_real_drafts import draft_files

    for name, build in TEXTS.items():
        yield f"{name}-50k", build(50_000), "plain"
    yield "news-article-1k", news_article(), "plain"
    yield "seed-article", SEED.read_text(encoding="utf-8"), "plain"
    for path in draft_files(EVAL):
        yield str(path.relative_to(EVAL)), decode(path.read_bytes()).text, format_for_path(path.name)
    for index, document in enumerate(news_document(EVAL) + sotu_documents(EVAL)):
        yield f"clean-prose-{index:03}", document, "plain"


def all_findings() -> dict[str, list[dict[str, object]]]:
    """Each text's findings as the JSON reporter writes them (rule, severity, place, message,
    suggestions, fix and its edits)."""
    config = Config()
    findings: dict[str, list[dict[str, object]]] = {}
    for name, text, input_format in benchmark_texts():
        result = check_source(Source(text=text, path=name), input_format, config)
        findings[name] = [diagnostic_to_dict(diagnostic) for diagnostic in result.diagnostics]
        findings[name] += [{"rule_error": error} for error in result.rule_errors]  # a crash is a difference
    return findings


def rule_errors(findings: dict[str, list[dict[str, object]]]) -> list[str]:
    """One line per rule that failed on a text: never acceptable, whatever the baseline holds."""
    return [
        f"{name}: {record['rule_error']}"
        for name, records in findings.items()
        for record in records
        if "rule_error" in record
    ]


def compare(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> list[str]:
    """One line per difference, at most five per text."""
    lines: list[str] = []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name, []), after.get(name, [])
        if old == new:
            continue
        lost = [f for f in old if f not in new]
        gained = [f for f in new if f not in old]
        lines.append(f"{name}: {len(old)} -> {len(new)} findings, {len(lost)} lost, {len(gained)} gained")
        lines += [f"  - {json.dumps(f)}" for f in lost[:5]] + [f"  + {json.dumps(f)}" for f in gained[:5]]
        if not lost and not gained:
            lines.append("  (same findings, another order)")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write every finding to this JSON file")
    group.add_argument("--compare", type=Path, help="compare every finding with this JSON file")
    options = parser.parse_args()
    findings = all_findings()
    total = sum(len(records) for records in findings.values())
    failures = rule_errors(findings)
    if failures:
        print("rules that failed:\n" + "\n".join(failures[:20]), file=sys.stderr)
    if options.write:
        options.write.write_text(json.dumps(findings, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{total} findings on {len(findings)} texts written to {options.write}")
        return 1 if failures else 0
    before = json.loads(options.compare.read_text(encoding="utf-8"))
    differences = compare(before, findings)
    print("\n".join(differences) or f"identical: {total} findings on {len(findings)} texts")
    return 1 if differences or failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
