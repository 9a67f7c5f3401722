"""Grammar findings on about 29,000 correct sentences: the precision audit run before a rule lands.

    python bench/correct_sentences.py --write before.json     # record what the grammar rules say
    python bench/correct_sentences.py --compare before.json   # after a change: what is new, what went

The sentences are correct as written or as corrected by annotators, all from development splits:
GUM paragraphs without a listed typo, State of the Union paragraphs, CWEB-S and CWEB-G dev as
annotator 1 corrected them, UD English EWT train and dev (``# text =``), and LanguageTool's dev
examples (good rows, and bad rows with LanguageTool's correction put in), and JFLEG's dev reference
corrections. Each finding of a warning or error that is not spelling, consistency or house style is
a candidate false alarm: read the new ones before a change lands. Nothing here is a test split.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lint import Config, Severity, check_text  # noqa: E402

EVAL = HERE.parent.parent / "shared" / "eval"
NOT_COUNTED = ("spelling.", "consistency.", "house.")


def _gum() -> list[tuple[str, str]]:
    prose = EVAL / "clean_prose"
    with (prose / "gum_typos_in_context.tsv").open(encoding="utf-8", newline="") as handle:
        with_typos = {row["paragraph"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    found = []
    for line in (prose / "gum_paragraphs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("block") == "p" and row["text"] not in with_typos:
            found.append(("gum", row["text"]))
    return found


def _sotu() -> list[tuple[str, str]]:
    with (EVAL / "clean_prose" / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        return [("sotu", row["paragraph"]) for row in csv.DictReader(handle, delimiter="\t")]


def _cweb() -> list[tuple[str, str]]:
    folder = EVAL / "grammar" / "cweb"
    return [
        (name, line)
        for name in ("CWEB-S", "CWEB-G")
        for line in (folder / f"{name}.dev.ann1").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _ewt() -> list[tuple[str, str]]:
    found = []
    for split in ("train", "dev"):
        for line in (EVAL / "pos" / f"en_ewt-ud-{split}.conllu").read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                found.append(("ewt", line[len("# text = ") :]))
    return found


def _languagetool() -> list[tuple[str, str]]:
    path = EVAL / "grammar" / "languagetool_examples" / "examples_dev.tsv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    found = []
    for row in rows:
        if row["kind"] == "good":
            found.append(("lt-good", row["text"]))
        elif row["marker_start"] and row["correction"]:
            start, end = int(row["marker_start"]), int(row["marker_end"])
            first = row["correction"].split("|")[0]
            found.append(("lt-corrected", row["text"][:start] + first + row["text"][end:]))
    return found


_DETOKENIZE = (
    (re.compile(r" ([.,;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) "), r"\1"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(ca|wo) n't\b", re.IGNORECASE), r"\1n't"),
)


def _detokenized(line: str) -> str:
    """JFLEG's sentences are tokenized ("ca n't", "cars ."); the space rules would flag every one."""
    for pattern, replacement in _DETOKENIZE:
        line = pattern.sub(replacement, line)
    return line


def _jfleg() -> list[tuple[str, str]]:
    """The four reference corrections of JFLEG's dev sentences: learners' essays as fluent
    annotators rewrote them (a few errors remain; most of what is flagged here is one)."""
    folder = EVAL / "grammar" / "jfleg"
    return [
        ("jfleg-ref", _detokenized(line.strip()))
        for name in ("dev.ref0", "dev.ref1", "dev.ref2", "dev.ref3")
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def sentences() -> list[tuple[str, str]]:
    return [*_gum(), *_sotu(), *_cweb(), *_ewt(), *_languagetool(), *_jfleg()]


def audit() -> list[dict[str, object]]:
    config = Config()
    found = []
    for source, text in sentences():
        result = check_text(text, "plain", config)
        if result.rule_errors:  # a rule that failed found nothing: the audit would flatter it
            raise SystemExit(f"[{source}] {text[:80]!r}: {'; '.join(result.rule_errors)}")
        for d in result.diagnostics:
            if d.severity >= Severity.WARNING and not d.rule.startswith(NOT_COUNTED):
                offset = d.location.offset
                found.append(
                    {
                        "src": source,
                        "rule": d.rule,
                        "off": offset,
                        "span": text[offset : offset + d.location.length],
                        "msg": d.message,
                        "text": text,
                    }
                )
    return found


def _key(finding: dict[str, object]) -> tuple[object, object, object]:
    return finding["rule"], finding["text"], finding["off"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="save the findings as JSON")
    parser.add_argument("--compare", type=Path, help="show the findings that differ from a saved run")
    args = parser.parse_args()
    found = audit()
    print(f"{len(sentences()):,} sentences, {len(found):,} grammar findings")
    for rule, n in Counter(f["rule"] for f in found).most_common(12):
        print(f"  {n:5} {rule}")
    if args.write:
        args.write.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        before = {_key(f): f for f in json.loads(args.compare.read_text(encoding="utf-8"))}
        now = {_key(f): f for f in found}
        for label, keys, side in (
            ("new", now.keys() - before.keys(), now),
            ("gone", before.keys() - now.keys(), before),
        ):
            print(f"{label}: {len(keys)}")
            for key in sorted(keys, key=str):
                f = side[key]
                print(f"  [{f['src']}] {f['rule']} «{f['span']}» {str(f['text'])[:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
