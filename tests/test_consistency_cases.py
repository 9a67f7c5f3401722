"""The issue-16 cases (tests/fixtures/consistency/cases.toml): each inconsistent story is caught at
warning level, each consistent twin gives no consistency, house-style or boilerplate finding; and
the dialect is judged per spelling axis."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from lint import Config, check_text
from lint._config import config_from_table
from lint._findings import Severity

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality_consistency import caught, findings, load_cases

CASES = load_cases()


def _name(case: dict[str, Any]) -> str:
    first = case["expect"][0]
    return f"{case['kind']}:{first if isinstance(first, str) else first[0]}"


def test_enough_cases_of_every_kind() -> None:
    kinds = [case["kind"] for case in CASES]
    assert len(CASES) >= 40
    assert set(kinds) == {"compound-modifier", "tie", "dialect", "furniture"}
    assert all(kinds.count(kind) >= 10 for kind in set(kinds))


@pytest.mark.parametrize("case", CASES, ids=_name)
def test_inconsistent_story_is_caught_at_warning_level(case: dict[str, Any]) -> None:
    assert caught(case, findings(case["bad"])), [(d.rule, d.text, d.severity) for d in findings(case["bad"])]


@pytest.mark.parametrize("case", CASES, ids=_name)
def test_consistent_twin_is_quiet(case: dict[str, Any]) -> None:
    assert [(d.rule, d.text) for d in findings(case["good"])] == []


def _variants(text: str, config: Config | None = None) -> list[tuple[str, str, Severity]]:
    result = check_text(text, "plain", (config or Config()).with_overrides(select=("consistency.spelling-variant",)))
    return [(d.text, d.message, d.severity) for d in result.diagnostics]


def test_british_story_is_never_told_its_spelling_is_not_canadian() -> None:
    text = (
        "The organisers said the colour of the centre was chosen by neighbours. They realised the "
        "theatre would open in autumn, and the travellers were recognized at the door."
    )
    found = _variants(text)
    assert [word for word, _, _ in found] == ["recognized"]
    assert all("Canadian" not in message for _, message, _ in found)
    assert "-ise/-ize" in found[0][1] and "'organisers' 1×" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # Canadian: -our and -re with -ize.
        "The organizers said the colour of the centre was chosen by neighbours, and the theatre was recognized.",
        # Oxford: British with -ize.
        "The organizers realized the colour of the centre had faded, and the travellers honoured the theatre.",
        # Australian and British: -ise with -our and -re.
        "The organisers realised the colour of the centre had faded, and the travellers honoured the theatre.",
    ],
)
def test_each_axis_kept_to_is_quiet_whatever_the_mix_of_axes(text: str) -> None:
    assert _variants(text) == []


def test_configured_british_accepts_oxford_ize_but_keeps_each_axis_consistent() -> None:
    config = config_from_table({"language": "en-GB"}, "test")
    assert _variants("The organizers realized the colour of the centre had faded.", config) == []
    found = _variants("The organizers realised the colour of the center had faded, and they recognized it.", config)
    assert sorted(word for word, _, _ in found) == ["center", "realised"]
    center = next(message for word, message, _ in found if word == "center")
    assert "configured language is en-GB" in center and "-re/-er" in center


def test_the_message_names_the_axis_and_what_the_document_does_elsewhere() -> None:
    text = "The colour faded, and the honour went to the color guard's favourite drummer."
    [(word, message, severity)] = _variants(text)
    assert word == "color" and severity is Severity.WARNING
    assert "-our/-or" in message and "'colour' 1×" in message and "'honour' 1×" in message
