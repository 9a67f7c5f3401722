"""grammar.compound-modifier: the data file's flags and the severities they give."""

from __future__ import annotations

import pytest

from lint import Config, Severity, check_text
from rules.grammar.compounds import parse_compounds

ALONE = Config(select=("grammar.compound-modifier",))


def _found(text: str) -> list[tuple[str, Severity]]:
    return [(d.text, d.severity) for d in check_text(text, "plain", ALONE).diagnostics]


def test_common_open_forms_are_info_and_the_rest_warnings() -> None:
    assert _found("She bought a brand new car and a heavy duty lock.") == [
        ("brand new", Severity.INFO),
        ("heavy duty", Severity.WARNING),
    ]


def test_flags_keep_the_other_readings_quiet() -> None:
    assert _found("In the long term interest rates rise; at the last minute changes were made.") == []
    assert _found("We work full time in real time data centres, as well known brands do.") == []
    assert _found("Prices for long term loans rose.") == [("long term", Severity.INFO)]


def test_a_flag_before_the_words_is_an_error() -> None:
    assert parse_compounds("brand new\nfirst hand adverb\n")["first"][0].adverb
    with pytest.raises(ValueError, match="flags go after the words"):
        parse_compounds("adverb first hand\n")
