"""Typography and repetition rules: false alarms on clean prose, recall on real CWEB spacing slips.

Recall uses the CWEB rows (``spacing/cweb_spacing_edits.tsv``) of the kinds these rules cover,
dev files only for tuning; the test files are reported beside them.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from _clean import news_document, sotu_documents, word_count

from lint import Config, check_text

RULES = (
    "space.missing-after-punctuation",
    "space.before-punctuation",
    "space.repeated-spaces",
    "repetition",
    "punctuation",
)
CONFIG = Config(select=RULES)
# CWEB kind -> the rule that should catch it
KINDS = {
    "missing_space_after_punct": "space.missing-after-punctuation",
    "space_before_punct": "space.before-punctuation",
}


def false_alarms(name: str, documents: list[str]) -> None:
    counts: Counter[str] = Counter()
    examples: list[str] = []
    for document in documents:
        for diagnostic in check_text(document, "plain", CONFIG).diagnostics:
            if diagnostic.severity >= 2:
                counts[diagnostic.rule] += 1
                offset = diagnostic.location.offset
                context = document[max(0, offset - 30) : offset + diagnostic.location.length + 30].replace("\n", " ")
                examples.append(f"    {diagnostic.rule}: …{context}…")
    words = word_count(documents)
    total = sum(counts.values())
    print(f"{name:<28} {words:>8} words {total:>4} findings {1000 * total / words:>7.3f} per 1,000 words")
    for line in examples:
        print(line)


def cweb_recall(eval_dir: Path) -> None:
    rows_by_split: dict[tuple[str, str], list[dict[str, str]]] = {}
    with (eval_dir / "spacing" / "cweb_spacing_edits.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] in KINDS:
                split = "test" if ".test." in row["file"] else "dev"
                rows_by_split.setdefault((row["kind"], split), []).append(row)
    print(f"\n{'CWEB kind':<28} {'split':<5} {'rows':>5} {'found':>6} {'recall':>7}")
    for (kind, split), rows in sorted(rows_by_split.items()):
        found = 0
        for row in rows:
            sentence = row["source_sentence"]
            offset = int(row["char_offset"])
            result = check_text(sentence, "plain", Config(select=(KINDS[kind],)))
            if any(abs(d.location.offset - offset) <= 2 for d in result.diagnostics):
                found += 1
        print(f"{kind:<28} {split:<5} {len(rows):>5} {found:>6} {found / len(rows):>7.1%}")


def main(eval_dir: Path) -> None:
    print("False alarms (warning and error) of the typography rules, every finding listed:")
    false_alarms("Wikinews (gum_news)", news_document(eval_dir))
    false_alarms("State of the Union", sotu_documents(eval_dir))
    cweb_recall(eval_dir)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main(Path(__file__).resolve().parent.parent.parent / "shared" / "eval")
