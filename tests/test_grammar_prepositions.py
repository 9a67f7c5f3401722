"""grammar.unusual-preposition: the shipped head table, slips of the family it reports, and the
phrases that merely follow a head, which it must leave alone."""

from __future__ import annotations

import pytest

from lint import Config, check_text
from rules.grammar.prepositions import HEADS_FILE, TRANSITIVE_FILE, heads, table_text, transitive_text

ALONE = Config(select=("grammar.unusual-preposition",))


def test_shipped_table_is_what_the_counts_give() -> None:
    assert HEADS_FILE.read_text(encoding="utf-8") == table_text()


def test_shipped_transitive_verbs_are_what_the_counts_give() -> None:
    assert TRANSITIVE_FILE.read_text(encoding="utf-8") == transitive_text()


WRONG = Config(select=("grammar.wrong-preposition",))


@pytest.mark.parametrize(
    "text",
    [
        "The survey examines about the habits of young drivers.",
        "Our team analysed about the figures twice.",
        "The museum highlighted about the role of women.",
        "The panel will assess about a new design.",
    ],
)
def test_about_after_a_transitive_verb_is_reported(text: str) -> None:
    assert [d.rule for d in check_text(text, "plain", WRONG).diagnostics] == ["grammar.wrong-preposition"]


@pytest.mark.parametrize(
    "text",
    [
        "The survey examined about a dozen drivers and about 40 schools.",
        "What I enjoyed about Lisbon was the light; the staff I once loved about the place left.",
        "He was widely criticised about the plan and questioned about the cost.",
        "It became about money; they ran about the garden; he was beating about the bush.",
        "The report shows about one-third are late.",
    ],
)
def test_about_as_roughly_or_after_the_object_is_left_alone(text: str) -> None:
    assert check_text(text, "plain", WRONG).diagnostics == []


def test_table_holds_governing_heads_and_no_infinitive_heads() -> None:
    table = heads()
    assert table["interested"][0] == "in" and "on" in table["interested"][2]
    assert table["aimed"][0] == "at"
    assert "glad" not in table  # 'glad to' is an infinitive's: 'glad at the news' is right
    assert "different" not in table  # 'different to' and 'different than' are not for this rule


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Most readers were unaware about the change.", "unaware about", "unaware of"),
        ("The charity is heavily dependent from grants.", "dependent from", "dependent on"),
        ("The new levy is aimed on landlords.", "aimed on", "aimed at"),
        ("Her style is reminiscent to early Hitchcock films.", "reminiscent to", "reminiscent of"),
        ("Tenants are liable of the damage.", "liable of", "liable for"),
        ("The whole thing depends from the vote.", "depends from", "depends on"),
        ("She was devoted for her patients.", "devoted for", "devoted to"),
    ],
)
def test_reports_a_slip(text: str, span: str, suggestion: str) -> None:
    found = check_text(text, "plain", ALONE).diagnostics
    assert [(d.text, d.finding.suggestions[0]) for d in found] == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "She became interested at an early age in painting.",
        "He was interested, on the whole, in maps.",
        "He was accustomed in the previous five years to long hours.",
        "They were glad at the news and afraid for their jobs.",
        "He was afraid at night.",
        "He is dependent for his income on rents.",
        "This is the storekeeper on whom we are dependent for food.",
        "The letter was composed with care, and the symphony was composed by Bach.",
        "The particles can be focused at the centre of the channel.",
        "The duty consisted in obeying orders.",
        "The campaign is aimed on purpose at children.",
        "I was afraid for George.",
        "The files a page is tagged to in bulk are listed.",
        "It was the most unlikely of places.",
        "The results are different to ours and different than expected.",
    ],
)
def test_leaves_a_phrase_of_its_own_alone(text: str) -> None:
    assert check_text(text, "plain", ALONE).diagnostics == []
