"""1,000-word articles built from the clean prose in ../shared/eval/ (shared by the speed and load benchmarks)."""

from __future__ import annotations

import csv
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def news_article(words: int = 1000) -> str:
    """Whole paragraphs of Wikinews prose until ``words`` words, as Markdown-ish plain text."""
    lines = (EVAL / "clean_prose" / "gum_news_paragraphs.txt").read_text(encoding="utf-8").splitlines()
    paragraphs: list[str] = []
    count = 0
    for line in lines:
        if count >= words:
            break
        paragraphs.append(line.strip())
        count += len(line.split())
    return "\n\n".join(paragraphs) + "\n"


def _paragraph_runs() -> list[list[str]]:
    news = [line.strip() for line in (EVAL / "clean_prose" / "gum_news_paragraphs.txt").read_text("utf-8").splitlines()]
    runs = [[p for p in news if p]]
    speeches: dict[str, list[str]] = {}
    with (EVAL / "clean_prose" / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            speeches.setdefault(row["fileid"], []).append(row["paragraph"].strip())
    runs.extend(speeches.values())
    return runs


def build_articles(words: int = 1000, limit: int = 40) -> list[str]:
    """Distinct articles of whole paragraphs, each just over ``words`` words."""
    articles: list[str] = []
    for paragraphs in _paragraph_runs():
        current: list[str] = []
        count = 0
        for paragraph in paragraphs:
            current.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                articles.append("\n\n".join(current) + "\n")
                current, count = [], 0
                if len(articles) >= limit:
                    return articles
    return articles
