"""False alarms on real published drafts, markup left in (``../shared/eval/real_drafts/``).

The drafts are professionally edited Markdown, HTML and XHTML from seven public sites, with the
template syntax, front matter, code and attribute lists those sites really use. Nearly every
warning on them is a false alarm, so this section prints:

1. warnings and errors per 1,000 prose words, by rule (prose words: the document's word tokens,
   so markup, code and templates are not counted);
2. every warning and error with its file, line and the prose around it, so a person can judge it;
3. what ``copydesk fix`` (safe fixes only) would change: every edit, marked ``letters`` when it
   changes anything but whitespace (the target is none on correct text);
4. the same per-1,000-words figure for the clean prose, one file per GUM document and per State
   of the Union address (the issue 11 targets: <= 1.0 on the drafts, <= 0.8 on clean prose).

Run: ``python bench/quality.py real-drafts`` (or ``python bench/quality_real_drafts.py``);
``--quiet`` prints only the tables.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from itertools import accumulate
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from lint import Config, Severity, check_source  # noqa: E402
from lint._fixer import fix_source  # noqa: E402
from lint._ruleset import RuleSet  # noqa: E402
from lint._source import decode  # noqa: E402
from lint.adapters import format_for_path  # noqa: E402

DRAFTS_TARGET = 1.0
CLEAN_TARGET = 0.8
SKIPPED = {"README.md", "SHA256SUMS"}


def draft_files(eval_dir: Path) -> list[Path]:
    """The drafts: every file under real_drafts/ except its README, checksums and licences."""
    root = eval_dir / "real_drafts"
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.name not in SKIPPED and "LICENSES" not in path.relative_to(root).parts
    )


def input_format(path: Path) -> str:
    """As the CLI decides it: by extension (``.html.md.erb`` is Markdown with ERB in it)."""
    return format_for_path(path.name)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"{before}[[{text[start:end]}]]{after}"


def _is_warning(severity: Severity) -> bool:
    return severity >= Severity.WARNING


def lint_drafts(eval_dir: Path, config: Config) -> tuple[int, Counter[str], list[str]]:
    """Prose words, warnings by rule, and one line per warning."""
    words = 0
    by_rule: Counter[str] = Counter()
    lines: list[str] = []
    root = eval_dir / "real_drafts"
    for path in draft_files(eval_dir):
        source = decode(path.read_bytes(), str(path.relative_to(root)))
        result = check_source(source, input_format(path), config)
        assert result.document is not None
        if result.rule_errors:  # a rule that failed found nothing: the figure would flatter it
            raise SystemExit(f"{path}: {'; '.join(result.rule_errors)}")
        words += len(result.document.tokens)
        for diagnostic in result.diagnostics:
            finding = diagnostic.finding
            if not _is_warning(finding.severity):
                continue
            by_rule[finding.rule] += 1
            doc = result.document
            lines.append(
                f"{source.path}:{diagnostic.location.line}:{diagnostic.location.column}: {finding.rule}"
                f" {finding.message}\n      {_context(doc.text, finding.start, finding.end)}"
            )
    return words, by_rule, lines


def _changed_spans(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """Where ``before`` and ``after`` differ, as ``difflib`` aligns them: each run of lines that
    differs, widened by two lines on either side, is matched character by character (one match
    over a whole draft took seconds), each deletion or insertion read at its rightmost place."""
    import difflib

    old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    old_starts = [0, *accumulate(map(len, old_lines))]
    new_starts = [0, *accumulate(map(len, new_lines))]
    spans = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for group in lines.get_grouped_opcodes(2):
        i0, j0, i1, j1 = group[0][1], group[0][3], group[-1][2], group[-1][4]
        a_base, b_base = old_starts[i0], new_starts[j0]
        chars = difflib.SequenceMatcher(
            None, before[a_base : old_starts[i1]], after[b_base : new_starts[j1]], autojunk=False
        )
        for tag, a0, a1, b0, b1 in chars.get_opcodes():
            if tag != "equal":
                spans.append(_rightmost(before, after, a_base + a0, a_base + a1, b_base + b0, b_base + b1))
    return spans


def _rightmost(before: str, after: str, a0: int, a1: int, b0: int, b1: int) -> tuple[int, int, int, int]:
    """A deletion or insertion moved as far right as it can go ("above the [[the ]]usual", not
    "abov[[e th]]e the usual"): one reading of an ambiguous edit, whatever window found it."""
    if b0 == b1:
        while a1 < len(before) and before[a0] == before[a1]:
            a0, a1, b0, b1 = a0 + 1, a1 + 1, b0 + 1, b1 + 1
    elif a0 == a1:
        while b1 < len(after) and after[b0] == after[b1]:
            a0, a1, b0, b1 = a0 + 1, a1 + 1, b0 + 1, b1 + 1
    return a0, a1, b0, b1


def safe_fix_edits(eval_dir: Path, config: Config) -> list[tuple[str, str, str, bool]]:
    """Each safe-fix edit on the drafts: (file, before, after, changes letters)."""
    ruleset = RuleSet.of(config)
    edits: list[tuple[str, str, str, bool]] = []
    root = eval_dir / "real_drafts"
    for path in draft_files(eval_dir):
        source = decode(path.read_bytes(), str(path.relative_to(root)))
        fixed = fix_source(source, input_format(path), ruleset, unsafe=False).fixed_text
        if fixed == source.text:
            continue
        for a0, a1, b0, b1 in _changed_spans(source.text, fixed):
            before, after = source.text[a0:a1], fixed[b0:b1]
            letters = "".join(before.split()) != "".join(after.split())
            context_before = source.text[max(0, a0 - 30) : a0].replace("\n", "⏎")
            context_after = source.text[a1 : a1 + 30].replace("\n", "⏎")
            edits.append((source.path, f"{context_before}[[{before}]]{context_after}", f"[[{after}]]", letters))
    return edits


def clean_documents(eval_dir: Path) -> list[tuple[str, str]]:
    """(name, text): each GUM document and each State of the Union address as its own file."""
    documents: list[tuple[str, str]] = []
    by_doc: dict[str, list[str]] = defaultdict(list)
    with (eval_dir / "clean_prose" / "gum_paragraphs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_doc[row["doc"]].append(row["text"])
    documents.extend((doc, "\n\n".join(paragraphs)) for doc, paragraphs in by_doc.items())
    speeches: dict[str, list[str]] = defaultdict(list)
    with (eval_dir / "clean_prose" / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            speeches[row["fileid"]].append(row["paragraph"])
    documents.extend((name, "\n\n".join(paragraphs)) for name, paragraphs in speeches.items())
    return documents


def lint_clean(eval_dir: Path, config: Config) -> tuple[int, Counter[str], list[str]]:
    from lint import check_text

    words = 0
    by_rule: Counter[str] = Counter()
    lines: list[str] = []
    for name, text in clean_documents(eval_dir):
        result = check_text(text, "plain", config, path=name)
        assert result.document is not None
        if result.rule_errors:
            raise SystemExit(f"{name}: {'; '.join(result.rule_errors)}")
        words += len(result.document.tokens)
        for diagnostic in result.diagnostics:
            finding = diagnostic.finding
            if _is_warning(finding.severity):
                by_rule[finding.rule] += 1
                lines.append(
                    f"{name}: {finding.rule} {finding.message}\n      "
                    f"{_context(result.document.text, finding.start, finding.end)}"
                )
    return words, by_rule, lines


def _table(title: str, words: int, by_rule: Counter[str], target: float) -> None:
    total = sum(by_rule.values())
    rate = 1000 * total / max(words, 1)
    verdict = "meets" if rate <= target else "misses"
    print(f"\n{title}: {total} warnings and errors in {words:,} prose words = {rate:.2f} per 1,000")
    print(f"  ({verdict} the target of <= {target} per 1,000)")
    for rule, count in by_rule.most_common():
        print(f"  {rule:45} {count:4}  {1000 * count / max(words, 1):6.2f}")


def main(eval_dir: Path, quiet: bool = False) -> None:
    config = Config()
    words, by_rule, lines = lint_drafts(eval_dir, config)
    _table("Real drafts, all default rules", words, by_rule, DRAFTS_TARGET)
    if not quiet:
        print("\nEvery warning on the drafts (judge each: real error or false alarm):")
        for line in lines:
            print("  " + line)
    edits = safe_fix_edits(eval_dir, config)
    letter_edits = [edit for edit in edits if edit[3]]
    print(f"\nSafe fixes on the drafts: {len(edits)} edits, {len(letter_edits)} change letters")
    if not quiet:
        for path, before, after, letters in edits:
            print(f"  {'LETTERS ' if letters else 'spacing '}{path}: {before} -> {after}")
    words, by_rule, lines = lint_clean(eval_dir, config)
    _table("Clean prose, one file per GUM document and per speech", words, by_rule, CLEAN_TARGET)
    if not quiet:
        for line in lines:
            print("  " + line)


if __name__ == "__main__":
    main(HERE.parent.parent / "shared" / "eval", quiet="--quiet" in sys.argv)
