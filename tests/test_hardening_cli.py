"""Small hostile inputs to the CLI: each is one clear line and exit 2, never an internal error (issue 12)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BAD = "The council met,however.\n"


def copydesk(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(cwd / ".cache")}
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], capture_output=True, cwd=cwd, input=stdin, timeout=120, env=env
    )


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and "internal error" not in lines[0] and "Traceback" not in lines[0], lines
    return lines[0]


def test_a_selection_that_runs_no_rule_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    assert "select is empty" in one_error_line(copydesk("check", "--select", "", "a.md", cwd=tmp_path))
    line = one_error_line(copydesk("check", "--select", "space", "--ignore", "space", "a.md", cwd=tmp_path))
    assert "leaves no rule to run" in line


def test_bad_baselines_and_settings_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    line = one_error_line(copydesk("check", "--baseline", "missing/base.json", "a.md", cwd=tmp_path))
    assert "missing/base.json: cannot write baseline" in line
    (tmp_path / "base.json").write_text('{"version": 1, "findings": {"x": "many"}}', encoding="utf-8")
    assert "is not a copydesk baseline" in one_error_line(
        copydesk("check", "--baseline", "base.json", "a.md", cwd=tmp_path)
    )
    (tmp_path / ".copydesk.toml").write_text("max-file-size = 100000000000000000000\n", encoding="utf-8")
    assert "max-file-size: must be at most" in one_error_line(copydesk("check", "a.md", cwd=tmp_path))
    (tmp_path / ".copydesk.toml").write_text("bad-key = 1\n", encoding="utf-8")
    assert "bad-key: unknown key" in one_error_line(copydesk("explain", "space.repeated-spaces", cwd=tmp_path))


def test_baseline_fingerprints_do_not_depend_on_how_the_path_was_typed(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(BAD, encoding="utf-8")
    baseline = str(tmp_path / "base.json")
    assert copydesk("check", "--baseline", baseline, "drafts", cwd=tmp_path).returncode == 0
    for args, cwd in (((str(tmp_path / "drafts"),), tmp_path), ((".",), tmp_path / "drafts")):
        again = copydesk("check", "--baseline", baseline, "--format", "json", *args, cwd=cwd)
        assert again.returncode == 0, again.stdout
        assert json.loads(again.stdout)["summary"]["findings"] == 0


def test_fix_from_stdin_passes_undecodable_input_through(tmp_path: Path) -> None:
    result = copydesk("fix", "-", cwd=tmp_path, stdin=b"\xff\xfe\xfa bad")
    assert result.stdout == b"\xff\xfe\xfa bad"
    assert "<stdin>: is not valid" in one_error_line(result)


def test_binary_content_past_the_first_block_is_still_binary(tmp_path: Path) -> None:
    (tmp_path / "late.txt").write_bytes(b"word " * 4000 + b"\x00\x01\x02")
    assert "looks like a binary file" in one_error_line(copydesk("check", "late.txt", cwd=tmp_path))


def test_reports_show_paths_relative_to_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    text = copydesk("check", str(tmp_path / "a.md"), cwd=tmp_path).stdout.decode()
    assert text.startswith("a.md:1:16: warning")
    report = json.loads(copydesk("check", "--format", "json", str(tmp_path / "a.md"), cwd=tmp_path).stdout)
    assert report["files"][0]["path"] == "a.md"


def test_a_suppression_naming_no_rule_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "s.md").write_text("<!-- copydesk-disable-next-line nosuch.rule -->\nThe the.\n", encoding="utf-8")
    report = json.loads(copydesk("check", "--format", "json", "s.md", cwd=tmp_path).stdout)
    unused = [f for f in report["files"][0]["findings"] if f["rule"] == "suppression.unused"]
    assert unused and unused[0]["severity"] == "warning" and "nosuch.rule" in unused[0]["message"]
