"""Third-party rules through the ``copydesk.rules`` entry-point group, discovered for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def run_with(
    plugin_dir: Path, *args: str, stdin: str = "", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(plugin_dir), **(extra_env or {})}
    command = [sys.executable, "-m", "lint", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, timeout=60)


def test_plugin_rules_run_and_are_listed() -> None:
    plugin = FIXTURES / "plugin"
    result = run_with(plugin, "check", "-", stdin="You won't believe what the council did.\n")
    assert result.returncode == 1
    assert "<stdin>:1:1: warning demo.clickbait Clickbait phrase." in result.stdout
    assert "demo.clickbait" in run_with(plugin, "rules").stdout
    assert "plugin demo 1.2.3" in run_with(plugin, "--version").stdout


def test_plugin_with_an_id_outside_its_prefix_is_refused() -> None:
    result = run_with(FIXTURES / "plugin_bad", "check", "-", stdin="Text.\n")
    assert result.returncode == 2
    assert result.stderr.strip() == "copydesk: plugin 'bad': rule id 'other.rule' must start with 'bad.'"


def test_a_plugin_declares_its_own_config_table(tmp_path: Path) -> None:
    """``[demo]`` is validated by the plugin's config section and read by its rule; the environment
    reaches it only through the command line."""
    plugin = FIXTURES / "plugin"
    (tmp_path / ".copydesk.toml").write_text('[demo]\nphrases = ["shocking truth"]\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("The shocking truth about the budget.\n", encoding="utf-8")
    result = run_with(plugin, "check", "--no-cache", "--select", "demo", str(draft))
    assert result.returncode == 1, result.stderr
    assert "warning demo.clickbait Clickbait phrase." in result.stdout

    (tmp_path / ".copydesk.toml").write_text("[demo]\nphrases = [3]\n", encoding="utf-8")
    refused = run_with(plugin, "check", "--no-cache", str(draft))
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"copydesk: {tmp_path / '.copydesk.toml'}: demo.phrases: must be a list of phrases"

    (tmp_path / ".copydesk.toml").write_text("[dmeo]\nphrases = []\n", encoding="utf-8")
    typo = run_with(plugin, "check", "--no-cache", str(draft))
    assert typo.returncode == 2
    assert "dmeo: unknown key (did you mean 'demo'?)" in typo.stderr

    (tmp_path / ".copydesk.toml").unlink()
    env_only = run_with(
        plugin,
        "check",
        "--no-cache",
        "--select",
        "demo",
        "-",
        stdin="A miracle cure.\n",
        extra_env={"COPYDESK_DEMO_PHRASE": "miracle cure"},
    )
    assert "demo.clickbait" in env_only.stdout


def test_a_plugin_author_runs_their_rules_examples_through_lint_testing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(FIXTURES / "plugin"))
    from copydesk_demo_plugin import Clickbait  # type: ignore[import-not-found]

    from lint import _registry, _sections

    for found_once_per_process in (_registry.plugin_entry_points, _sections._plugin_sections, _sections.section_for):
        found_once_per_process.cache_clear()  # "installed" after this process first looked

    from lint.testing import assert_examples_hold, example_problems

    assert_examples_hold(Clickbait())
    broken = Clickbait()
    broken.good = ("You won't believe it.",)  # type: ignore[misc]
    assert example_problems(broken) == ['demo.clickbait: good[0] gives a finding: "You won\'t believe it."']
    with pytest.raises(AssertionError, match="good\\[0\\]"):
        assert_examples_hold(broken)


def test_the_python_api_checks_files_and_fixes_text(tmp_path: Path) -> None:
    from lint import check_file, fix_text

    draft = tmp_path / "draft.md"
    draft.write_text("# Budget\n\nThe council voted,however, to delay the the plan.\n", encoding="utf-8")
    result = check_file(draft)
    assert result.input_format == "markdown"
    assert {d.rule for d in result.diagnostics} >= {"space.missing-after-punctuation", "repetition.repeated-word"}
    assert check_file(tmp_path / "missing.md").error == f"{tmp_path / 'missing.md'}: no such file or directory"
    assert fix_text("The council voted,however, to delay the the plan.") == (
        "The council voted, however, to delay the plan."
    )


def test_the_quick_rule_check_agrees_with_the_protocol() -> None:
    import typing

    from lint import Config
    from lint._registry import all_rules
    from lint._rule import _MEMBERS, RuleLike, is_rule_like

    assert sorted(_MEMBERS) == sorted(typing._get_protocol_attrs(RuleLike))  # type: ignore[attr-defined]

    class Partial:
        id = "x.partial"
        check = None

    candidates: list[object] = [*all_rules(Config()).values(), Partial(), object(), "grammar.rule"]
    assert [is_rule_like(item) for item in candidates] == [isinstance(item, RuleLike) for item in candidates]
