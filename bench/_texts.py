"""Long benchmark texts built from the clean prose in ../shared/eval/ and the seed article.

Shared by ``bench/speed.py`` (the side-by-side comparison) and ``bench/scaling.py``:

- ``news_speech``: Wikinews paragraphs (GUM news) interleaved with State of the Union paragraphs,
  in corpus order, cycled until the word count is reached;
- ``names_rare``: GUM's travel-guide, biography and academic paragraphs (dense with names of
  people, places and institutions, foreign words and technical terms) with the seed article's
  paragraphs (Azerbaijani and Armenian names, fused words) after every twentieth paragraph, cycled;
- ``slips`` (:data:`DIRTY`, timed by ``bench/speed.py`` only): a draft full of slips, the bad example
  sentences of LanguageTool's English rules (dev split), six a paragraph, cycled. Clean prose runs a
  rule's finding paths (messages, suggestions, the overlap pass) a few dozen times; this runs them
  thousands of times (some 1,000 findings in 10,000 words).

Cycling repeats paragraphs, so a long text is ``words`` words of real prose, not a repeated line.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SEED = EVAL.parent / "examples" / "seed-article.txt"
NAME_GENRES = ("voyage", "bio", "academic")


def _news() -> list[str]:
    lines = (EVAL / "clean_prose" / "gum_news_paragraphs.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _speeches() -> list[str]:
    with (EVAL / "clean_prose" / "sotu_2000_2024_paragraphs.tsv").open(encoding="utf-8", newline="") as handle:
        return [row["paragraph"].strip() for row in csv.DictReader(handle, delimiter="\t") if row["paragraph"].strip()]


def _name_dense() -> list[str]:
    with (EVAL / "clean_prose" / "gum_paragraphs.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [row["text"].strip() for row in rows if row["genre"] in NAME_GENRES and row["block"] != "head"]


def _seed() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [paragraph.strip() for paragraph in text.split("\n") if len(paragraph.split()) >= 8]


def _interleave(first: list[str], second: list[str]) -> Iterator[str]:
    """One paragraph of ``first`` then three of ``second``, as long as either lasts."""
    seconds = iter(second)
    for paragraph in first:
        yield paragraph
        yield from itertools.islice(seconds, 3)
    yield from seconds


def _with_seed(paragraphs: list[str], seed: list[str], every: int = 20) -> Iterator[str]:
    seeds = itertools.cycle(seed)
    for index, paragraph in enumerate(paragraphs, start=1):
        yield paragraph
        if index % every == 0:
            yield next(seeds)


def _take(paragraphs: Iterable[str], words: int) -> str:
    chosen: list[str] = []
    count = 0
    for paragraph in itertools.cycle(list(paragraphs)):
        if count >= words:
            break
        chosen.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(chosen) + "\n"


def news_speech(words: int = 50_000) -> str:
    """Clean news and speech prose, whole paragraphs, at least ``words`` words."""
    return _take(_interleave(_news(), _speeches()), words)


def names_rare(words: int = 50_000) -> str:
    """Prose dense with names and rare words, whole paragraphs, at least ``words`` words."""
    return _take(_with_seed(_name_dense(), _seed()), words)


def slips(words: int = 50_000) -> str:
    """A draft full of slips: LanguageTool's bad example sentences (dev split), at least ``words`` words."""
    path = EVAL / "grammar" / "languagetool_examples" / "examples_dev.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        bad = [row["text"].strip() for row in csv.DictReader(handle, delimiter="\t") if row["kind"] == "bad"]
    return _take((" ".join(bad[start : start + 6]) for start in range(0, len(bad), 6)), words)


TEXTS = {"news-speech": news_speech, "names-rare": names_rare}
DIRTY = {"slips": slips}
"""Texts timed beside :data:`TEXTS` by ``bench/speed.py`` but kept out of ``bench/findings_diff.py``'s corpus."""
