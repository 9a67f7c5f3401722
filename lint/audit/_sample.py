"""A generated archive for tests, benchmarks and the docs' screenshot: reproducible, with known slips.

Articles mix clean newsroom sentences with the errors an archive really holds (run-together
words, doubled words, misspellings, a house name the dictionary lacks) and terms the site writes
two ways across stories ("ceasefire"/"cease-fire", "Internet"/"internet", "organisation"/"organization").
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SECTIONS = ("news", "politics", "business", "sport", "culture")
AUTHORS = ("Aoife Brennan", "Dana Whitfield", "Tomás Ruiz", "Priya Nair", "Sam Okafor")
_CLEAN = (
    "The city council voted on Tuesday to approve the budget for the coming year.",
    "Residents packed the hall to hear the mayor explain the plan.",
    "Officials said the new bridge would open to traffic next spring.",
    "The report found that most schools had improved their results.",
    "Local businesses welcomed the decision, though some remained cautious.",
    "Police closed the road for several hours while crews cleared the debris.",
    "The committee will meet again next month to review the figures.",
    "Volunteers handed out water and blankets to families who had lost power.",
)
_SLIPS = (
    "The council voted 7-2 on Tuesday,however the mayor objected.",
    "She said the the proposal would cost more than expected.",
    "The goverment has not yet responded to the request.",
    "Reporters from Kovsakan News attended the briefing.",
)
_VARIANTS = (
    ("The ceasefire held through the night.", "The cease-fire held through the night."),
    ("Most readers now find us on the Internet.", "Most readers now find us on the internet."),
    ("The organisation published its accounts.", "The organization published its accounts."),
)


def article_text(rng: random.Random, sentences: int) -> str:
    chosen: list[str] = []
    for _ in range(sentences):
        roll = rng.random()
        if roll < 0.08:
            chosen.append(rng.choice(_SLIPS))
        elif roll < 0.14:
            chosen.append(rng.choice(rng.choice(_VARIANTS)))
        else:
            chosen.append(rng.choice(_CLEAN))
    paragraphs = [" ".join(chosen[start : start + 4]) for start in range(0, len(chosen), 4)]
    return "\n\n".join(paragraphs) + "\n"


def write_archive(path: Path, articles: int, sentences: int = 12, seed: int = 7) -> Path:
    """A JSON Lines export of ``articles`` articles of ``sentences`` sentences (about 12 words each)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as stream:
        for number in range(articles):
            body = article_text(rng, sentences)
            article_format = ("plain", "markdown")[number % 2]
            if article_format == "markdown":
                body = f"# Story {number}\n\n{body}"
            record = {
                "id": f"a{number:06d}",
                "title": f"Story {number}",
                "body": body,
                "format": article_format,
                "url": f"https://news.example/{number}",
                "section": SECTIONS[number % len(SECTIONS)],
                "author": AUTHORS[(number // 3) % len(AUTHORS)],
                "published": f"{2020 + number % 4}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_folder(folder: Path, articles: int, sentences: int = 12, seed: int = 7) -> Path:
    """The same kind of articles as files (``.md`` and ``.txt``) in one folder per section."""
    rng = random.Random(seed)
    for number in range(articles):
        section = folder / SECTIONS[number % len(SECTIONS)]
        section.mkdir(parents=True, exist_ok=True)
        suffix = (".txt", ".md")[number % 2]
        (section / f"story-{number:05d}{suffix}").write_text(article_text(rng, sentences), encoding="utf-8")
    return folder
