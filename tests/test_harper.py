"""Harper as an optional backend (harper-py): mapping, positions, newsroom settings, the merge."""

from __future__ import annotations

import builtins
import os
from typing import Any

import harper
import pytest

from lint import Config, check_text
from lint._engine import check_source
from lint._registry import all_rules
from lint._resources import PROCESS_RESOURCES, Resources
from lint._ruleset import RuleSet
from lint._source import Source
from rules.grammar import harper as harper_backend
from rules.grammar._settings import GrammarSettings

HARPER = Config(preview=True).with_section("grammar", GrammarSettings(harper=True))


def harper_findings(text: str, config: Config = HARPER, input_format: str = "plain") -> list[tuple[str, str]]:
    result = check_text(text, input_format, config)
    assert result.rule_errors == []
    return [(d.rule, d.text) for d in result.diagnostics if d.rule.startswith("grammar.harper.")]


def test_rules_exist_only_when_configured() -> None:
    assert not [r for r in all_rules(Config()) if r.startswith("grammar.harper")]
    assert [r for r in all_rules(HARPER) if r.startswith("grammar.harper")] == [
        "grammar.harper.grammar",
        "grammar.harper.word-choice",
    ]


@pytest.mark.parametrize("rule_id", ["grammar.harper.grammar", "grammar.harper.word-choice"])
def test_rule_examples(rule_id: str) -> None:
    rule = all_rules(HARPER)[rule_id]
    for text in rule.bad:
        assert rule_id in {found for found, _ in harper_findings(text)}, text
    for text in rule.good:
        assert rule_id not in {found for found, _ in harper_findings(text)}, text


def test_positions_are_exact_after_emoji_and_across_paragraphs() -> None:
    text = "🎉🎉 Fans cheered.\n\nThe café 🎉 said they did not went home.\n\n👍🏽 They were chomping at the bit."
    result = check_text(text, "plain", HARPER)
    spans = {
        d.rule: text[d.location.offset : d.location.offset + d.location.length]
        for d in result.diagnostics
        if d.rule.startswith("grammar.")
    }
    assert spans["grammar.do-verb-form"] == "went"  # the built-in one wins the merge; Harper saw it too
    assert spans["grammar.harper.word-choice"] == "chomping at the bit"


def test_markdown_is_linted_as_prose() -> None:
    source = "# Heading\n\nSome `code` here, and *they were chomping at the bit*.\n"
    result = check_text(source, "markdown", HARPER)
    [found] = [d for d in result.diagnostics if d.rule == "grammar.harper.word-choice"]
    assert source[found.location.offset : found.location.offset + found.location.length] == "chomping at the bit"


def test_harper_spelling_and_newsroom_style_are_off() -> None:
    text = "Turkey denies that Artsakh's Kovsakan units crossed the Arax, Burma said."
    assert harper_findings(text) == []


def test_each_paragraph_is_linted_once() -> None:
    backend = harper_backend.backend_for(PROCESS_RESOURCES, "en-US")
    paragraph = "A paragraph that only this test uses, about caching in Harper."
    check_text(f"{paragraph}\n\nAnother one.", "plain", HARPER)
    assert paragraph in backend._paragraphs
    cached = backend._paragraphs[paragraph]
    check_text(f"New start.\n\n{paragraph}", "plain", HARPER)
    assert backend._paragraphs[paragraph] is cached


def test_language_variant_is_passed() -> None:
    check_text(
        "A British colour test.",
        "plain",
        Config(language="en-GB").with_section("grammar", GrammarSettings(harper=True)),
    )
    assert harper_backend.backend_for(PROCESS_RESOURCES, "en-GB")._linter.dialect == harper.Dialect.BRITISH
    check_text("An American color test.", "plain", HARPER)
    assert harper_backend.backend_for(PROCESS_RESOURCES, "en-US")._linter.dialect == harper.Dialect.AMERICAN


def test_one_problem_two_backends_one_finding() -> None:
    result = check_text("She has wrote a book and peaked their interest.", "plain", HARPER)
    assert sorted(d.rule for d in result.diagnostics) == ["grammar.misquoted-expression", "grammar.perfect-verb-form"]


def test_harper_rules_can_be_disabled_in_the_config() -> None:
    config = Config().with_section("grammar", GrammarSettings(harper=True, harper_disabled_rules=("FlauntForFlout",)))
    assert harper_findings("He flaunted the rules.", config) == []
    bad = Config().with_section("grammar", GrammarSettings(harper=True, harper_disabled_rules=("NoSuchRule",)))
    [error] = check_text("Text.", "plain", bad).rule_errors
    assert "grammar.harper-disabled-rules: Harper has no rule NoSuchRule" in error


def test_missing_harper_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_harper(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "harper":
            raise ImportError("No module named 'harper'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_harper)
    fresh = RuleSet.of(HARPER, resources=Resources())  # no backend created before the import fails
    result = check_source(Source(text="It was a error.", path="t"), "plain", fresh)
    assert [d.rule for d in result.diagnostics] == ["grammar.indefinite-article"]
    [error] = result.rule_errors  # two Harper rules, one backend: one error line
    assert "Harper is not installed: pip install 'copydesk[harper]'" in error


def test_what_harper_prints_to_stdout_goes_to_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    """Harper is native code: a line it prints to descriptor 1 must not land in a JSON report or
    in the text `copydesk fix -` writes. No sentence was found that makes harper-py 0.2 print, so
    the linter is wrapped to print the way native code does (a write to descriptor 1)."""
    from rules.grammar.harper import HarperBackend

    backend = HarperBackend("en-US", frozenset())
    real = backend._create()

    class Noisy:
        def organized_lints(self, text: str, language: str) -> object:
            os.write(1, b"debug: stray line\n")
            return real.organized_lints(text, language=language)

    backend._linter = Noisy()
    backend._lint_paragraph("He flaunted the rules.")
    captured = capfd.readouterr()
    assert captured.out == ""
    assert "debug: stray line" in captured.err
