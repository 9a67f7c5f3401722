"""Rebuild ``confusable-ngrams.tsv`` from the ``wordsegment`` package after editing ``confusables.txt``.

Run: ``python -m rules.grammar.build_ngrams``. The rows are Norvig's Google Web Trillion Word counts
as ``wordsegment`` (Apache-2.0, Grant Jenks) ships them, filtered to the words of the confusion sets.
"""

from __future__ import annotations

from ._ngrams import COUNTS_FILE, count_rows

HEADER = (
    "# Word and word-pair counts for grammar.confused-word, from the wordsegment package (Apache-2.0):\n"
    "# Norvig's Google Web Trillion Word counts. Rebuild: python -m rules.grammar.build_ngrams\n"
)


def main() -> None:
    rows = count_rows()
    COUNTS_FILE.write_text(HEADER + "".join(f"{key}\t{rows[key]}\n" for key in sorted(rows)), encoding="utf-8")
    print(f"{COUNTS_FILE.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
