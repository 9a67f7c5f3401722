"""Quality of spelling.unknown-word and space.joined-words on ../shared/eval/.

Every figure runs the real rules through ``check_text`` (a word list entry is linted as a
one-word document; a row with a sentence is linted in its sentence). Dev and test files are
reported separately: Norvig set 1, the Aspell lists, the Birkbeck sample, the joined-word rows
not from a *test* file and CWEB dev were used for tuning; Norvig set 2, JFLEG test rows and
CWEB test never were. Run: ``python bench/quality.py spelling`` (or this file directly).
"""

from __future__ import annotations

import csv
import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _clean import news_document, sotu_documents, word_count  # noqa: E402

from lint import Config, check_text  # noqa: E402

RULES = ("spelling.unknown-word", "space.joined-words")
BIRKBECK_SAMPLE = 3000


def _config(language: str = "en-US") -> Config:
    return Config(select=RULES, language=language)


def _findings(text: str, config: Config) -> list[tuple[int, int, str, tuple[str, ...], str]]:
    result = check_text(text, "plain", config)
    return [
        (d.location.offset, d.location.length, d.rule, d.finding.suggestions, d.text)
        for d in result.diagnostics
        if d.rule in RULES
    ]


# -- word lists --------------------------------------------------------------------------------


def _norvig(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        right, wrongs = line.split(":", 1)
        pairs += [(wrong, right.strip()) for wrong in wrongs.split()]
    return pairs


def _tab(path: Path) -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(row[0], row[1]) for row in rows if len(row) == 2]


def _birkbeck(path: Path) -> list[tuple[str, str]]:
    pairs = []
    target = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("$"):
            target = line[1:].replace("_", " ")
        elif line and target:
            pairs.append((line.replace("_", " "), target))
    random.Random(7).shuffle(pairs)
    return [(wrong, right) for wrong, right in pairs if " " not in wrong][:BIRKBECK_SAMPLE]


def word_list_scores(pairs: list[tuple[str, str]], language: str) -> dict[str, float]:
    """Detection recall and suggestion accuracy at 1 and 5, over all pairs (Norvig's measure)."""
    config = _config(language)
    detected = at1 = at5 = 0
    for wrong, right in pairs:
        found = [f for f in _findings(wrong, config) if f[4] == wrong]
        if not found:
            continue
        detected += 1
        suggestions = [s.lower() for s in found[0][3]]
        at1 += suggestions[:1] == [right.lower()]
        at5 += right.lower() in suggestions[:5]
    n = len(pairs)
    return {"pairs": n, "recall": detected / n, "at1": at1 / n, "at5": at5 / n}


def print_word_lists(eval_dir: Path) -> None:
    spelling = eval_dir / "spelling"
    sets = [
        ("Norvig set 1 (dev)", _norvig(spelling / "norvig_spell-testset1.txt"), "en-US"),
        ("Norvig set 2 (test)", _norvig(spelling / "norvig_spell-testset2.txt"), "en-US"),
        ("Aspell 02-orig (dev)", _tab(spelling / "aspell_02-orig.tab"), "en-US"),
        ("Aspell 05-common (dev)", _tab(spelling / "aspell_05-common.tab"), "en-US"),
        (f"Birkbeck sample of {BIRKBECK_SAMPLE} (dev, en-GB)", _birkbeck(spelling / "birkbeck_missp.dat"), "en-GB"),
    ]
    print(f"{'misspellings':42} {'pairs':>6} {'recall':>7} {'acc@1':>7} {'acc@5':>7}")
    for name, pairs, language in sets:
        s = word_list_scores(pairs, language)
        print(f"{name:42} {s['pairs']:6d} {s['recall']:7.1%} {s['at1']:7.1%} {s['at5']:7.1%}")


# -- joined words ------------------------------------------------------------------------------


def _locate(findings: list[tuple[int, int, str, tuple[str, ...], str]], start: int, end: int) -> tuple | None:
    for finding in findings:
        if finding[0] < end and start < finding[0] + finding[1]:
            return finding
    return None


def joined_scores(rows: list[tuple[str, str | None, str, int]]) -> dict[str, float]:
    """rows: (erroneous, correct or None, text, offset of the word in text)."""
    config = _config()
    found = right = known = with_answer = 0
    from rules.spelling._lexicon import lexicon

    lex = lexicon()
    for wrong, correct, text, offset in rows:
        if wrong.lower() in lex:
            known += 1
        finding = _locate(_findings(text, config), offset, offset + len(wrong))
        hit = finding is not None and finding[2] == "space.joined-words"
        found += hit
        if correct is not None:
            with_answer += 1
            right += hit and finding is not None and finding[3][:1] and finding[3][0].lower() == correct.lower()
    n = len(rows)
    unknown = n - known
    return {
        "rows": n,
        "in_dictionary": known,
        "recall": found / n,
        "recall_unknown": found / unknown if unknown else 0.0,
        "right": right / with_answer if with_answer else float("nan"),
        "right_unknown": right / unknown if unknown else 0.0,
    }


def _joined_rows(eval_dir: Path, test: bool) -> list[tuple[str, str | None, str, int]]:
    rows = []
    with (eval_dir / "spacing" / "joined_split_word_errors.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] != "joined" or ("test" in row["source"]) != test:
                continue
            wrong, context = row["erroneous"], row["context"]
            match = re.search(r"(?<!\w)" + re.escape(wrong) + r"(?!\w)", context) if context else None
            if match:
                rows.append((wrong, row["correct"], context, match.start()))
            else:
                rows.append((wrong, row["correct"], wrong, 0))
    return rows


def _cweb_rows(eval_dir: Path, test: bool) -> list[tuple[str, str | None, str, int]]:
    rows = []
    annotations: dict[tuple[str, str], list[str]] = {}
    with (eval_dir / "spacing" / "cweb_spacing_edits.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] != "joined_words" or row["file"].endswith(".test") != test:
                continue
            sentence, offset = row["source_sentence"], int(row["char_offset"])
            match = next((m for m in re.finditer(r"\w+", sentence) if m.start() < offset <= m.end()), None)
            if match is None:
                continue
            wrong = match.group()
            correct = None
            for ann in ("ann1", "ann2"):
                key = (row["file"], ann)
                if key not in annotations:
                    path = eval_dir / "grammar" / "cweb" / f"{row['file']}.{ann}"
                    annotations[key] = path.read_text(encoding="utf-8").split("\n")
                line = annotations[key][int(row["line_no"]) - 1]
                words = re.findall(r"\w+", line)
                for a, b in itertools.pairwise(words):
                    if (a + b).lower() == wrong.lower():
                        correct = f"{a} {b}"
                        break
                if correct:
                    break
            rows.append((wrong, correct, sentence, match.start()))
    return rows


def print_joined(eval_dir: Path) -> None:
    sets = [
        ("joined_split_word_errors, joined (dev)", _joined_rows(eval_dir, test=False)),
        ("joined_split_word_errors, joined (JFLEG test)", _joined_rows(eval_dir, test=True)),
        ("CWEB joined_words (dev)", _cweb_rows(eval_dir, test=False)),
        ("CWEB joined_words (test)", _cweb_rows(eval_dir, test=True)),
    ]
    print(f"\n{'joined words':46} {'rows':>5} {'in dict':>7} {'recall':>7} {'right':>7} {'recall*':>8} {'right*':>7}")
    for name, rows in sets:
        s = joined_scores(rows)
        print(
            f"{name:46} {s['rows']:5d} {s['in_dictionary']:7d} {s['recall']:7.1%} {s['right']:7.1%}"
            f" {s['recall_unknown']:8.1%} {s['right_unknown']:7.1%}"
        )
    print(
        "recall/right: over all rows (right: top suggestion is the annotated split, over rows with one);"
        "\nrecall*/right*: over rows whose joined form is not a dictionary word (what a word checker can see)."
    )


# -- false alarms and real typos ---------------------------------------------------------------


def false_alarms(documents: list[str]) -> tuple[int, int, Counter[str]]:
    config = _config()
    flagged: Counter[str] = Counter()
    total = 0
    for document in documents:
        result = check_text(document, "plain", config)
        for d in result.diagnostics:
            if d.rule in RULES and d.severity >= 2:
                total += 1
                flagged[d.text] += 1
    return total, word_count(documents), flagged


def print_false_alarms(eval_dir: Path) -> None:
    print(f"\n{'false alarms (warning+error)':36} {'words':>7} {'found':>6} {'per 1k':>7}  most frequent")
    for name, documents in (
        ("GUM Wikinews paragraphs", news_document(eval_dir)),
        ("SOTU 2000-2024", sotu_documents(eval_dir)),
    ):
        total, words, flagged = false_alarms(documents)
        top = ", ".join(f"{w} ({n})" for w, n in flagged.most_common(12))
        print(f"{name:36} {words:7d} {total:6d} {1000 * total / words:7.2f}  {top}")


def print_gum_typos(eval_dir: Path) -> None:
    config = _config()
    found = right = rows = 0
    misses = []
    with (eval_dir / "clean_prose" / "gum_typos_in_context.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            form, paragraph = row["form"], row["paragraph"]
            if not form or not paragraph:
                continue
            match = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", paragraph)
            if match is None:
                continue
            rows += 1
            finding = _locate(_findings(paragraph, config), match.start(), match.end())
            if finding is None:
                misses.append(form)
                continue
            found += 1
            correct = (row["correct_form"] or "").strip()
            right += bool(finding[3]) and finding[3][0].lower() == correct.lower()
    print(
        f"\nGUM typos in context: {rows} located, {found} flagged ({found / rows:.1%}), "
        f"{right} with the GUM correction first. Many GUM 'typos' are grammar or punctuation "
        f"('address' for 'addresses'), which no spelling rule can see."
    )


def main(eval_dir: Path) -> None:
    print_word_lists(eval_dir)
    print_joined(eval_dir)
    print_false_alarms(eval_dir)
    print_gum_typos(eval_dir)


if __name__ == "__main__":
    main(HERE.parent.parent / "shared" / "eval")
