"""Every registered rule's examples are tests (STYLE.md §5.4).

For each rule: every ``bad`` example gives at least one finding with that rule's id; no
``good`` example gives a finding from it; ``fixed[i]`` equals ``bad[i]`` after the safe
fixes; every finding's source range holds exactly the flagged text; and the rule's declared ``fix``
availability is what its bad examples get. Bad and good examples also run as Markdown and as HTML.
"""

from __future__ import annotations

import html

import pytest

from lint import Config, FixSafety, check_text
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


@pytest.mark.parametrize("rule_id", [rule_id for rule_id, rule in RULES.items() if rule.bad])
def test_declared_fix_matches_what_the_bad_examples_get(rule_id: str) -> None:
    """``fix = "always"``: every finding has a safe fix (``copydesk fix`` clears them all);
    ``"none"``: no finding has a fix; ``"sometimes"``: at least one bad example gets one."""
    rule = RULES[rule_id]
    fixes = [
        diagnostic.finding.fix
        for text in rule.bad
        for diagnostic in check_text(text, "plain", _alone(rule_id)).diagnostics
        if diagnostic.rule == rule_id or diagnostic.rule.startswith(rule_id + ".")
    ]
    if rule.fix == "always":
        assert all(fix == FixSafety.SAFE for fix in fixes), f"{rule_id} declares 'always' but gives {set(fixes)}"
    elif rule.fix == "none":
        assert all(fix is None for fix in fixes), f"{rule_id} declares 'none' but gives {set(fixes)}"
    else:
        assert any(fix is not None for fix in fixes), f"{rule_id} declares 'sometimes' but no bad example gets a fix"


def _as_html(text: str) -> str:
    """An example as an HTML page: each paragraph a <p>, the text escaped as an editor would save it."""
    paragraphs = "".join(f"<p>{html.escape(paragraph, quote=False)}</p>\n" for paragraph in text.split("\n\n"))
    return f"<!doctype html>\n<html><body>\n{paragraphs}</body></html>\n"


NOT_IN_MARKUP = {
    ("suppression.unused", "markdown"): "its examples are plain-text directives; markup hides them in comments",
    ("suppression.unused", "html"): "its examples are plain-text directives; markup hides them in comments",
    ("space.repeated-spaces", "html"): "a browser shows repeated spaces in HTML as one",
}


def _markup_cases() -> list[tuple[str, int, str, str]]:
    return [
        (rule_id, index, text, input_format)
        for input_format in ("markdown", "html")
        for rule_id, index, text in _cases("bad")
        if (rule_id, input_format) not in NOT_IN_MARKUP
    ]


@pytest.mark.parametrize(("rule_id", "index", "text", "input_format"), _markup_cases())
def test_bad_example_fires_in_markup_too(rule_id: str, index: int, text: str, input_format: str) -> None:
    source = text if input_format == "markdown" else _as_html(text)
    fired = {d.rule for d in check_text(source, input_format, _alone(rule_id)).diagnostics}
    assert rule_id in fired or any(rule.startswith(rule_id + ".") for rule in fired), f"bad[{index}] as {input_format}"


@pytest.mark.parametrize("input_format", ["markdown", "html"])
@pytest.mark.parametrize(("rule_id", "index", "text"), _cases("good"))
def test_good_example_is_quiet_in_markup_too(rule_id: str, index: int, text: str, input_format: str) -> None:
    source = text if input_format == "markdown" else _as_html(text)
    fired = [d.rule for d in check_text(source, input_format, EVERYTHING).diagnostics]
    assert rule_id not in fired, f"good[{index}] of {rule_id} as {input_format}"
