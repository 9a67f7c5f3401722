"""Rebuild ``closed-compounds.tsv`` (grammar.closed-compound), ``phrasal-nouns.tsv`` (grammar.joined-verb)
and ``split-participles.txt`` (grammar.split-word) from the ``wordsegment`` package.

Run: ``python -m rules.grammar.build_compounds`` after changing the thresholds in
``closed_compounds.py``; a test checks that the shipped file is what they give.
"""

from __future__ import annotations

from .closed_compounds import COMPOUNDS_FILE, table_text
from .typos import PHRASAL_FILE, SPLIT_PARTICIPLES_FILE, participles_text, phrasal_text


def main() -> None:
    text = table_text()
    COMPOUNDS_FILE.write_text(text, encoding="utf-8")
    print(f"{COMPOUNDS_FILE.name}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} compounds")
    text = phrasal_text()
    PHRASAL_FILE.write_text(text, encoding="utf-8")
    print(f"{PHRASAL_FILE.name}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} phrasal nouns")
    text = participles_text()
    SPLIT_PARTICIPLES_FILE.write_text(text, encoding="utf-8")
    print(
        f"{SPLIT_PARTICIPLES_FILE.name}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} participles"
    )


if __name__ == "__main__":
    main()
