"""Every entry of rules/grammar/collocations.toml fires on its wrong preposition and stays quiet on
the right one, each in a sentence built from the entry itself."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from lint import Config, check_text
from rules.grammar._words import verb_form
from rules.grammar.collocations import DATA

ALONE = Config(select=("grammar.wrong-preposition",))
ENTRIES: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["collocation"]


def _sentence(entry: dict[str, Any], preposition: str, verb: str = "pay") -> tuple[str, str]:
    """A sentence with the entry's head and ``preposition``, and the span the rule should mark
    (with ``verb`` and its object after the preposition for an entry about a bare verb there)."""
    head = entry["head"]
    if entry.get("forms"):
        form = entry["forms"][0]
    elif entry["kind"] == "verb":
        form = verb_form(head, "VBD") or head
    else:
        form = head
    before = entry["only_before"][0] if entry.get("only_before") else "they"
    obj = " them" if entry.get("object") else ""
    # "the idea": a noun that is no verb ("as the plan." may open a clause) and in no class of nouns
    # that an entry judges ("angry with the plan": a situation, which takes 'about')
    following = "leaving early" if entry.get("gerund") else "London" if entry.get("proper") else "the idea"
    if entry.get("only_after"):
        following = f"{entry['only_after'][0]} now"
    elif entry.get("nouns"):
        following = f"the {entry['nouns'][0]}"
    span = f"{form}{obj} {preposition}".rstrip()
    if entry.get("infinitive"):
        span, following = f"{span} {verb}", "the bill"
    if entry["kind"] == "noun" and entry.get("complement"):
        before = entry["only_before"][0] if entry.get("only_before") else "the"
        return f"Officials said {before} {span} {following} was new.", span
    return f"Officials said {before} {span} {following}.", span


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{e['head']}-{'-'.join(e['wrong'])}" for e in ENTRIES])
def test_entry_fires_on_each_wrong_preposition_and_not_on_the_right_one(entry: dict[str, Any]) -> None:
    for wrong in entry["wrong"]:
        text, span = _sentence(entry, wrong)
        found = check_text(text, "plain", ALONE).diagnostics
        assert [d.text for d in found] == [span], text
    right = entry["right"] if isinstance(entry["right"], str) else entry["right"][0]
    text, _ = _sentence(entry, right, "paying")
    assert check_text(text, "plain", ALONE).diagnostics == [], text
