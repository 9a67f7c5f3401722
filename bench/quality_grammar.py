"""Grammar quality: CWEB precision/recall, JFLEG flag rate, false alarms on clean prose.

Three configurations are measured: the built-in rules alone (the default), Harper alone and
both together (``--profile thorough``). CWEB (website sentences, about a quarter edited by
annotators) gives sentence-level precision and recall (a flagged sentence is right when either
annotator changed it) and span-level precision (a finding is right when it overlaps an edit of
either annotator in the M2 file). Tune on ``*.dev.*``; the ``*.test.*`` figures are reported.

Run: ``python bench/quality.py grammar`` or ``python bench/quality_grammar.py [--dev] [--show N]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _clean import news_document, sotu_documents, word_count  # noqa: E402

from lint import Config, check_text  # noqa: E402
from rules.grammar._settings import GrammarSettings  # noqa: E402

CONFIGS = {
    "built-in": Config(select=("grammar",)),
    "harper": Config(select=("grammar.harper",)).with_section("grammar", GrammarSettings(harper=True)),
    "built-in+harper": Config(select=("grammar",)).with_section("grammar", GrammarSettings(harper=True)),
}


def findings_per_line(lines: list[str], config: Config) -> list[list[tuple[int, int, str, str]]]:
    """Lint the lines as one document (paragraph per line); findings as (start, end, rule, text) per line."""
    text = "\n\n".join(lines)
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 2
    result: list[list[tuple[int, int, str, str]]] = [[] for _ in lines]
    import bisect

    outcome = check_text(text, "plain", config)
    if outcome.rule_errors:
        raise RuntimeError("; ".join(outcome.rule_errors))
    for diagnostic in outcome.diagnostics:
        offset = diagnostic.location.offset
        index = bisect.bisect_right(starts, offset) - 1
        local = offset - starts[index]
        result[index].append((local, local + diagnostic.location.length, diagnostic.rule, diagnostic.message))
    return result


# -- CWEB --------------------------------------------------------------------------------------


@dataclass
class CwebScore:
    sentences: int = 0
    edited: int = 0
    flagged: int = 0
    flagged_right: int = 0
    findings: int = 0
    findings_on_edit: int = 0
    per_rule: Counter[str] = field(default_factory=Counter)
    per_rule_right: Counter[str] = field(default_factory=Counter)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def precision(self) -> float:
        return self.flagged_right / self.flagged if self.flagged else float("nan")

    def recall(self) -> float:
        return self.flagged_right / self.edited if self.edited else float("nan")

    def span_precision(self) -> float:
        return self.findings_on_edit / self.findings if self.findings else float("nan")


def read_m2(path: Path) -> list[tuple[list[str], list[tuple[int, int]]]]:
    """(tokens, edited token ranges of both annotators) per sentence; insertions as (i, i)."""
    sentences = []
    tokens: list[str] = []
    edits: list[tuple[int, int]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("S "):
            tokens = line[2:].split(" ")
            edits = []
        elif line.startswith("A "):
            span, kind = line[2:].split("|||")[:2]
            start, end = (int(part) for part in span.split())
            if kind != "noop" and start >= 0:
                edits.append((start, end))
        elif not line and tokens:
            sentences.append((tokens, edits))
            tokens = []
    return sentences


def token_spans(sentence: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character range of each M2 token in the untokenized sentence (greedy, tolerant)."""
    spans = []
    position = 0
    for token in tokens:
        found = sentence.find(token, position)
        if found < 0 or found - position > 3:
            spans.append((position, position))  # a token the tokenizer rewrote: an empty span here
            continue
        spans.append((found, found + len(token)))
        position = found + len(token)
    return spans


def on_edit(start: int, end: int, spans: list[tuple[int, int]], edits: list[tuple[int, int]]) -> bool:
    for first, last in edits:
        if first == last:  # an insertion before token ``first``: right if the finding touches that point
            point = spans[first][0] if first < len(spans) else (spans[-1][1] if spans else 0)
            if start - 1 <= point <= end + 1:
                return True
            continue
        edit_start, edit_end = spans[first][0], spans[min(last, len(spans)) - 1][1]
        if start < edit_end + 1 and edit_start - 1 < end:
            return True
    return False


def score_cweb(folder: Path, name: str, config: Config) -> CwebScore:
    source = (folder / f"{name}.source").read_text(encoding="utf-8").splitlines()
    ann1 = (folder / f"{name}.ann1").read_text(encoding="utf-8").splitlines()
    ann2 = (folder / f"{name}.ann2").read_text(encoding="utf-8").splitlines()
    m2 = read_m2(folder / f"{name}.m2")
    score = CwebScore(sentences=len(source))
    for index, found in enumerate(findings_per_line(source, config)):
        edited = source[index] != ann1[index] or source[index] != ann2[index]
        score.edited += edited
        if not found:
            continue
        score.flagged += 1
        score.flagged_right += edited
        tokens, edits = m2[index]
        spans = token_spans(source[index], tokens)
        for start, end, rule, _message in found:
            score.findings += 1
            score.per_rule[rule] += 1
            right = on_edit(start, end, spans, edits)
            score.findings_on_edit += right
            score.per_rule_right[rule] += right
            if not edited:
                score.wrong.append((rule, source[index][start:end], source[index]))
    return score


# -- clean prose and JFLEG -----------------------------------------------------------------------


def false_alarms(documents: list[str], config: Config) -> tuple[int, int, list[tuple[str, str]]]:
    count = 0
    shown = []
    for document in documents:
        outcome = check_text(document, "plain", config)
        for diagnostic in outcome.diagnostics:
            count += 1
            offset = diagnostic.location.offset
            shown.append((diagnostic.rule, document[max(0, offset - 60) : offset + diagnostic.location.length + 40]))
    return count, word_count(documents), shown


def jfleg_flagged(eval_dir: Path, config: Config) -> tuple[int, int]:
    lines = (eval_dir / "grammar" / "jfleg" / "dev.src").read_text(encoding="utf-8").splitlines()
    found = findings_per_line(lines, config)
    return sum(1 for item in found if item), len(lines)


def _percent(value: float) -> str:
    return "   n/a" if value != value else f"{100 * value:5.1f}%"


def main(eval_dir: Path, split: str = "test", show: int = 0, configs: tuple[str, ...] = tuple(CONFIGS)) -> None:
    folder = eval_dir / "grammar" / "cweb"
    print(f"CWEB ({split}): sentence-level precision / recall, span-level precision")
    print(f"{'configuration':<16} {'set':<8} {'flagged':>8} {'right':>6} {'P':>7} {'R':>7} {'spanP':>7}")
    for label in configs:
        config = CONFIGS[label]
        for corpus in ("CWEB-S", "CWEB-G"):
            score = score_cweb(folder, f"{corpus}.{split}", config)
            print(
                f"{label:<16} {corpus:<8} {score.flagged:>8} {score.flagged_right:>6} {_percent(score.precision())} "
                f"{_percent(score.recall())} {_percent(score.span_precision())}"
            )
            if show:
                for rule, count in score.per_rule.most_common():
                    print(f"    {rule:<40} {count:>4} findings, {score.per_rule_right[rule]:>4} on an edit")
                for rule, flagged, sentence in score.wrong[:show]:
                    print(f"    FP {rule}: [{flagged}] {sentence[:160]}")
    print("\nJFLEG dev: sentences flagged (nearly every JFLEG sentence has errors)")
    for label in configs:
        flagged, total = jfleg_flagged(eval_dir, CONFIGS[label])
        print(f"{label:<16} {flagged:>4} / {total} ({100 * flagged / total:.1f}%)")
    print("\nClean prose: findings per 1,000 words (each one likely a false alarm)")
    for label in configs:
        for corpus, documents in (("news", news_document(eval_dir)), ("SOTU", sotu_documents(eval_dir))):
            count, words, shown = false_alarms(documents, CONFIGS[label])
            print(f"{label:<16} {corpus:<5} {count:>4} in {words:,} words = {1000 * count / words:.3f} per 1,000")
            for rule, context in shown[:show]:
                print(f"    {rule}: …{' '.join(context.split())}…")
    from quality_lt_examples import report

    print()
    print(report(test=False))  # the test split: `python bench/quality_lt_examples.py --test`, once


if __name__ == "__main__":
    import argparse

    # argparse, so that --help (or a mistyped option) prints usage instead of running the test split
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="the CWEB dev split (tune here); default: test")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="show N findings per row")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated configurations")
    options = parser.parse_args()
    split = "dev" if options.dev else "test"
    main(HERE.parent.parent / "shared" / "eval", split, options.show, tuple(options.configs.split(",")))
