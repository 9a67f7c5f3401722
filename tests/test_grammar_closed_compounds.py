"""grammar.closed-compound: the shipped table, and the readings of two words it must leave alone."""

from __future__ import annotations

from lint import Config, check_text
from rules.grammar.closed_compounds import COMPOUNDS_FILE, LEAST_HALF, PARTICLES, compounds, table_text
from rules.grammar.typos import (
    PHRASAL_FILE,
    PHRASAL_NOUNS,
    SPLIT_PARTICIPLES_FILE,
    generated_phrasal_nouns,
    participles_text,
    phrasal_text,
)

ALONE = Config(select=("grammar.closed-compound",))


def _found(text: str) -> list[str]:
    return [d.text for d in check_text(text, "plain", ALONE).diagnostics]


def test_shipped_table_is_what_the_counts_give() -> None:
    assert COMPOUNDS_FILE.read_text(encoding="utf-8") == table_text()


def test_shipped_phrasal_nouns_are_what_the_counts_give() -> None:
    assert PHRASAL_FILE.read_text(encoding="utf-8") == phrasal_text()
    generated = generated_phrasal_nouns()
    assert generated["layout"] == "lay out"
    assert not generated.keys() & PHRASAL_NOUNS.keys()
    assert "input" not in generated  # a verb in its own right


def test_shipped_participles_are_what_the_counts_give() -> None:
    assert SPLIT_PARTICIPLES_FILE.read_text(encoding="utf-8") == participles_text()
    assert "[up dated] > updated" in participles_text()
    assert "[up set]" not in participles_text()  # 'set' is a base form too: 'was up set' may be 'set up'


def test_table_keeps_out_particles_and_short_halves() -> None:
    table = compounds()
    assert table["note"]["book"] == "notebook"
    assert "back" not in table.get("feed", {})
    for first, seconds in table.items():
        assert len(first) >= LEAST_HALF
        assert not PARTICLES & seconds.keys()


def test_reported_where_the_pair_is_a_noun_phrase() -> None:
    assert _found("The tax payer and the gear box.") == ["tax payer", "gear box"]


def test_names_line_breaks_and_clauses_are_left_alone() -> None:
    assert _found("Note Book Ltd sells the note\nbook; the man dated her; the sun sets.") == []
