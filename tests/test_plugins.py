"""Third-party rules through the ``copydesk.rules`` entry-point group, discovered for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run_with(plugin_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(plugin_dir)}
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
