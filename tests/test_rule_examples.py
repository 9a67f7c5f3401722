"""Every registered rule's examples are tests (STYLE.md §5.4).

For each rule: every ``bad`` example gives at least one finding with that rule's id; no
``good`` example gives a finding from it; ``fixed[i]`` equals ``bad[i]`` after the safe
fixes; and every finding's source range holds exactly the flagged text.
"""

from __future__ import annotations

import pytest

from lint import Config, check_text
from lint._fixes import apply_edits, fix_edits
from lint._registry import all_rules

RULES = all_rules(Config())


def _cases(kind: str) -> list[tuple[str, int, str]]:
    return [(rule_id, index, text) for rule_id, rule in RULES.items() for index, text in enumerate(getattr(rule, kind))]


# Good examples run with every rule on (preview included), as an editor would run them: the rule
# must stay quiet whatever else runs. Bad and fixed examples run with their rule alone, since the
# engine reports a problem once when two rules flag the same text with the same fix.
EVERYTHING = Config(preview=True)


def _alone(rule_id: str) -> Config:
    return Config(select=(rule_id,), preview=True)


def test_every_rule_has_examples() -> None:
    for rule_id, rule in RULES.items():
        assert rule.bad, f"{rule_id} has no bad example"
        assert rule.good, f"{rule_id} has no good example"


@pytest.mark.parametrize(("rule_id", "index", "text"), _cases("bad"))
def test_bad_example_fires(rule_id: str, index: int, text: str) -> None:
    result = check_text(text, "plain", _alone(rule_id))
    assert not result.rule_errors
    rules_fired = {d.rule for d in result.diagnostics}
    assert rule_id in rules_fired, f"bad[{index}] of {rule_id} gave {rules_fired or 'nothing'}"
    for diagnostic in result.diagnostics:
        if diagnostic.rule == "suppression.unused":
            continue  # located on the directive, which is not prose
        location = diagnostic.location
        assert text[location.offset : location.offset + location.length] == diagnostic.text
        assert diagnostic.text == result.document.text[diagnostic.finding.start : diagnostic.finding.end]


@pytest.mark.parametrize(("rule_id", "index", "text"), _cases("good"))
def test_good_example_is_quiet(rule_id: str, index: int, text: str) -> None:
    result = check_text(text, "plain", EVERYTHING)
    assert not result.rule_errors
    assert [d for d in result.diagnostics if d.rule == rule_id] == [], f"good[{index}] of {rule_id}"


@pytest.mark.parametrize(("rule_id", "index", "text"), _cases("fixed"))
def test_fixed_example_matches_safe_fixes(rule_id: str, index: int, text: str) -> None:
    bad = RULES[rule_id].bad[index]
    result = check_text(bad, "plain", _alone(rule_id))
    edits = fix_edits(result.document, [d for d in result.diagnostics if d.rule == rule_id])
    assert apply_edits(bad, edits) == text
