"""A 1,000-word news article built from the clean Wikinews paragraphs (shared by the speed benchmarks)."""

from __future__ import annotations

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
