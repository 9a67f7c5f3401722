"""Loading the clean-prose corpora as whole documents (shared by the quality sections)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path


def news_document(eval_dir: Path) -> list[str]:
    """The Wikinews paragraphs as one document, paragraphs separated by blank lines."""
    lines = (eval_dir / "clean_prose" / "gum_news_paragraphs.txt").read_text(encoding="utf-8").splitlines()
    return ["\n\n".join(line for line in lines if line.strip())]


def sotu_documents(eval_dir: Path) -> list[str]:
    """One document per State of the Union address."""
    speeches: dict[str, list[str]] = defaultdict(list)
    with (eval_dir / "clean_prose" / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            speeches[row["fileid"]].append(row["paragraph"])
    return ["\n\n".join(paragraphs) for paragraphs in speeches.values()]


def word_count(documents: list[str]) -> int:
    return sum(len(document.split()) for document in documents)
