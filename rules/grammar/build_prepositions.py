"""Rebuild ``preposition-heads.tsv`` (grammar.unusual-preposition) and ``transitive-verbs.txt``
(grammar.wrong-preposition) from the ``wordsegment`` package.

Run: ``python -m rules.grammar.build_prepositions`` after changing the thresholds in
``prepositions.py``; a test checks that the shipped file is what they give.
"""

from __future__ import annotations

from .prepositions import HEADS_FILE, TRANSITIVE_FILE, table_text, transitive_text


def main() -> None:
    text = table_text()
    HEADS_FILE.write_text(text, encoding="utf-8")
    print(f"{HEADS_FILE.name}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} heads")
    verbs = transitive_text()
    TRANSITIVE_FILE.write_text(verbs, encoding="utf-8")
    print(f"{TRANSITIVE_FILE.name}: {sum(1 for line in verbs.splitlines() if not line.startswith('#'))} verb forms")


if __name__ == "__main__":
    main()
