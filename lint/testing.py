"""Helpers for people who write rules: run a rule's own examples as tests.

A rule carries ``bad`` examples (each must give at least one finding from the rule), ``good``
examples (none may) and optionally ``fixed`` (``fixed[i]`` is ``bad[i]`` after the rule's safe
fixes). A plugin's test suite needs one line per rule::

    from lint.testing import assert_examples_hold

    def test_clickbait_examples() -> None:
        assert_examples_hold(Clickbait())

copydesk's own rules are held to the same examples by its test suite.
"""

from __future__ import annotations

from ._config import Config
from ._engine import check_source
from ._fixes import apply_edits, fix_edits
from ._rule import RuleLike
from ._ruleset import RuleSet
from ._source import Source

__all__ = ["assert_examples_hold", "example_problems"]


def example_problems(rule: RuleLike, input_format: str = "plain", config: Config | None = None) -> list[str]:
    """What is wrong with ``rule``'s examples, one line each (empty when every example holds).

    The rule runs alone, on each example read as ``input_format``.
    """
    ruleset = RuleSet.of(config or Config(), [rule])
    problems: list[str] = []

    def own(text: str) -> list[object]:
        result = check_source(Source(text=text, path="example"), input_format, ruleset)
        if result.rule_errors:
            problems.extend(result.rule_errors)
        return [d for d in result.diagnostics if d.rule == rule.id or d.rule.startswith(rule.id + ".")]

    for index, text in enumerate(rule.bad):
        if not own(text):
            problems.append(f"{rule.id}: bad[{index}] gives no finding: {text!r}")
    for index, text in enumerate(rule.good):
        if own(text):
            problems.append(f"{rule.id}: good[{index}] gives a finding: {text!r}")
    for index, expected in enumerate(rule.fixed):
        bad = rule.bad[index]
        result = check_source(Source(text=bad, path="example"), input_format, ruleset)
        assert result.document is not None
        fixed = apply_edits(bad, fix_edits(result.document, result.diagnostics))
        if fixed != expected:
            problems.append(f"{rule.id}: fixed[{index}] is {expected!r}, the safe fixes give {fixed!r}")
    return problems


def assert_examples_hold(rule: RuleLike, input_format: str = "plain", config: Config | None = None) -> None:
    """Fail (``AssertionError``) with every problem :func:`example_problems` finds."""
    problems = example_problems(rule, input_format, config)
    if problems:
        raise AssertionError("\n".join(problems))
