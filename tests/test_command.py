"""``check`` read without typer (lint._command): the same options, the same values, and typer for
everything the fast parser is not sure of."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from lint import _command, cli

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "cli"


def _typer_check() -> Any:
    return typer.main.get_command(cli.app).commands["check"]  # type: ignore[attr-defined]


def test_the_fast_parser_knows_exactly_the_options_typer_declares() -> None:
    values: dict[str, tuple[str, tuple[str, ...] | None]] = {}
    flags: dict[str, tuple[str, bool]] = {}
    lists, paths = set(), set()
    for param in _typer_check().params:
        if param.param_type_name == "argument":
            assert param.name == "paths" and param.nargs == -1
            continue
        if param.is_flag:
            for name in param.opts:
                flags[name] = (param.name, True)
            for name in param.secondary_opts:
                flags[name] = (param.name, False)
            continue
        choices = tuple(param.type.choices) if hasattr(param.type, "choices") else None
        if choices is not None:
            assert param.type.case_sensitive
        for name in param.opts:
            values[name] = (param.name, choices)
        if param.multiple:
            lists.add(param.name)
        if type(param.type).__name__ == "TyperPath":
            paths.add(param.name)
        if param.name == "jobs":
            assert param.type.min == 1 and not param.type.min_open
    assert values == _command._CHECK_VALUES
    assert flags == _command._CHECK_FLAGS
    assert lists == _command._CHECK_LISTS
    assert paths == _command._CHECK_PATHS


SURE = [
    ["check"],
    ["check", "draft.md"],
    ["check", "--no-cache", "a.txt", "-", "b.md"],
    ["check", "--format", "json", "a.txt", "--format=sarif"],
    ["check", "--output-format", "concise", "--show-source", "--no-show-source", "x"],
    ["check", "--select", "grammar,spelling", "--select=space", "--extend-select", "a", "--ignore", "b", "x"],
    ["check", "--fail-on", "info", "--language", "en-GB", "--input-format", "html", "--stdin-filename", "n.md", "-"],
    ["check", "--config", "some/copydesk.toml", "--baseline=base.json", "--update-baseline", "x"],
    ["check", "--color", "--fix", "--unsafe-fixes", "--diff", "-j", "2", "--stats", "--profile", "thorough", "x"],
    ["check", "--no-color", "--no-unsafe-fixes", "--no-diff", "-j3", "--jobs=12", "--no-update-baseline", "x"],
    ["check", "--jobs", "1", "--profile=default", "--stats", "y", "z"],
]


@pytest.mark.parametrize("args", SURE, ids=" ".join)
def test_the_fast_parser_reads_what_typer_reads(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    signature = inspect.signature(_command.run_check)

    def record(*positional: Any, **named: Any) -> int:
        bound = signature.bind(*positional, **named)
        bound.apply_defaults()
        seen.update(bound.arguments)
        return 0

    monkeypatch.setattr(cli, "run_check", record)
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    fast = _command.check_arguments(args)
    assert fast is not None
    bound = signature.bind(**fast)
    bound.apply_defaults()
    mine = dict(bound.arguments)
    assert (mine.pop("paths") or None) == (seen.pop("paths") or None)  # typer: None or the list
    assert mine == seen


NOT_SURE = [
    [],
    ["--version"],
    ["rules"],
    ["fix", "x"],
    ["check", "--help"],
    ["check", "x", "-h"],
    ["check", "--format", "xml", "x"],
    ["check", "--format"],
    ["check", "--format=", "x"],
    ["check", "--language", "en-us", "x"],
    ["check", "-j0", "x"],
    ["check", "-j", "two", "x"],
    ["check", "--jobs=-1", "x"],
    ["check", "-j=2", "x"],
    ["check", "--select", "--fix", "x"],
    ["check", "--fix=yes", "x"],
    ["check", "--bogus", "x"],
    ["check", "--no-fix", "x"],
    ["check", "--sel", "grammar", "x"],
    ["check", "-x", "x"],
    ["check", "--", "-odd-name.txt"],
    ["check", "--config", "", "x"],
]


@pytest.mark.parametrize("args", NOT_SURE, ids=" ".join)
def test_anything_else_goes_to_typer(args: list[str]) -> None:
    assert _command.check_arguments(args) is None


def test_a_check_does_not_import_typer() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lint", "check", "--no-cache", str(FIXTURES / "bad.txt")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode in (0, 1), done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "lint._command" in imported and "lint._runner" in imported
    assert not {"typer", "click", "lint.cli"} & imported


def test_check_help_and_errors_still_come_from_typer() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True, cwd=REPO)

    helped = run("check", "--help")
    assert helped.returncode == 0 and "--no-cache" in helped.stdout and "--jobs" in helped.stdout
    wrong = run("check", "--format", "xml", str(FIXTURES / "bad.txt"))
    assert wrong.returncode == 2 and "'xml' is not one of" in wrong.stderr
    assert run("check", "--jobs", "0", str(FIXTURES / "bad.txt")).returncode == 2
