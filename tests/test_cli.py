"""The command line end to end: formats, exit codes, stdin, bad input, selection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint import __version__

FIXTURES = Path(__file__).parent / "fixtures"
CLI = FIXTURES / "cli"
SCHEMA = Path(__file__).parent.parent / "lint" / "schemas" / "report-v1.schema.json"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "lint", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


def test_text_output_is_compiler_style() -> None:
    result = run("check", str(CLI / "bad.txt"), cwd=CLI.parent)  # an absolute path is shown relative to here
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("cli/bad.txt:1:18: warning space.missing-after-punctuation Missing space after ','. [\", \"]")
    assert lines[1].startswith("cli/bad.txt:2:22: warning space.missing-after-punctuation")
    assert lines[-1] == "Found 2 findings (2 warnings) in 1 file."
    assert result.stderr == ""


def test_clean_file_exits_zero() -> None:
    result = run("check", str(CLI / "clean.txt"))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "No findings in 1 file."


def test_empty_file_is_fine() -> None:
    result = run("check", str(CLI / "empty.txt"))
    assert result.returncode == 0
    assert result.stderr == ""


def test_json_output_follows_schema() -> None:
    import jsonschema

    result = run("check", "--format", "json", str(CLI / "bad.txt"), str(CLI / "emoji.txt"))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert report["tool"] == {"name": "copydesk", "version": __version__}
    first = report["files"][0]["findings"][0]
    assert first == {
        "rule": "space.missing-after-punctuation",
        "category": "missing-space",
        "severity": "warning",
        "message": "Missing space after ','.",
        "line": 1,
        "column": 18,
        "end_line": 1,
        "end_column": 19,
        "offset": 17,
        "length": 1,
        "text": ",",
        "suggestions": [", "],
        "fix": "safe",
        "fixes": [
            {"title": "Add a space", "safety": "safe", "edits": [{"offset": 17, "length": 1, "replacement": ", "}]}
        ],
    }
    assert report["summary"]["findings"] == 3
    assert report["summary"]["by_severity"] == {"error": 0, "warning": 3, "info": 0}


def test_positions_count_code_points_through_tabs_and_emoji() -> None:
    result = run("check", "--output-format", "json", str(CLI / "emoji.txt"))
    finding = json.loads(result.stdout)["files"][0]["findings"][0]
    text = (CLI / "emoji.txt").read_text(encoding="utf-8")
    assert text[finding["offset"] : finding["offset"] + finding["length"]] == ","
    assert finding["column"] == text.index(",") + 1


def test_bom_and_crlf_positions() -> None:
    result = run("check", "--format", "json", str(CLI / "bom-crlf.txt"))
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["line"], f["column"], f["text"]) for f in findings] == [
        ("repetition.repeated-word", 1, 1, "The the"),
        ("space.missing-after-punctuation", 2, 12, ","),
    ]
    text = (CLI / "bom-crlf.txt").read_bytes().decode("utf-8-sig")
    for finding in findings:
        assert text[finding["offset"] : finding["offset"] + finding["length"]] == finding["text"]


def test_utf16_with_bom_is_read() -> None:
    result = run("check", str(CLI / "utf16.txt"))
    assert result.returncode == 1
    assert ":1:12: warning space.missing-after-punctuation" in result.stdout


def test_stdin_with_filename_and_format() -> None:
    result = run("check", "-", "--stdin-filename", "draft.md", stdin=b"Hello,world and `code,here`.\n")
    assert result.returncode == 1
    assert result.stdout.startswith("draft.md:1:6: warning space.missing-after-punctuation")
    assert "code,here" not in result.stdout


def test_bad_inputs_are_one_line_errors_and_other_files_still_linted() -> None:
    paths = (str(CLI / "latin1.txt"), str(CLI / "image.txt"), str(CLI / "missing.txt"), str(CLI / "bad.txt"))
    result = run("check", *paths, cwd=CLI.parent)
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert errors == [
        f"copydesk: {CLI / 'latin1.txt'}: is not valid UTF-8 (byte 3: invalid continuation byte); convert it to UTF-8",
        f"copydesk: {CLI / 'image.txt'}: looks like a binary file (contains NUL bytes)",
        f"copydesk: {CLI / 'missing.txt'}: no such file or directory",
    ]
    assert "Traceback" not in result.stderr
    assert "cli/bad.txt:1:18:" in result.stdout  # findings: relative to the current folder


def test_oversized_file(tmp_path: Path) -> None:
    (tmp_path / ".copydesk.toml").write_text("max-file-size = 100\n", encoding="utf-8")
    draft = tmp_path / "big.md"
    draft.write_text("word " * 50, encoding="utf-8")
    result = run("check", str(draft))
    assert result.returncode == 2
    assert result.stderr.strip() == f"copydesk: {draft}: is 250 bytes, over the 100-byte limit (max-file-size)"


def test_select_ignore_and_fail_on() -> None:
    bad = str(CLI / "bad.txt")
    assert run("check", bad, "--ignore", "space").returncode == 0
    assert run("check", bad, "--select", "repetition").returncode == 0
    assert run("check", bad, "--select", "space.missing-after-punctuation").returncode == 1
    assert run("check", bad, "--fail-on", "error").returncode == 0
    assert run("check", bad, "--fail-on", "never").returncode == 0


def test_unknown_selector_is_a_usage_error() -> None:
    result = run("check", str(CLI / "bad.txt"), "--select", "spaec")
    assert result.returncode == 2
    assert "unknown rule id or prefix: spaec" in result.stderr


def test_usage_error_exit_code() -> None:
    result = run("check", "--format", "yaml", str(CLI / "bad.txt"))
    assert result.returncode == 2


def test_folder_walk_respects_include_and_exclude(tmp_path: Path) -> None:
    (tmp_path / ".copydesk.toml").write_text('exclude = ["drafts/old/"]\n', encoding="utf-8")
    for relative in ("a.md", "b.txt", "c.html", "notes.rst", "drafts/d.md", "drafts/old/e.md"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text,here.\n", encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path))
    linted = sorted(Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(result.stdout)["files"])
    assert linted == ["a.md", "b.txt", "c.html", "drafts/d.md"]


def test_glob_argument(tmp_path: Path) -> None:
    for name in ("one.md", "two.md", "three.txt"):
        (tmp_path / name).write_text("Fine text.\n", encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path / "*.md"))
    assert len(json.loads(result.stdout)["files"]) == 2


def test_show_source_puts_a_caret_under_the_finding() -> None:
    result = run("check", "--show-source", str(CLI / "emoji.txt"))
    lines = result.stdout.splitlines()
    source_line, caret_line = lines[1], lines[2]
    assert source_line.endswith("| Tabs\there and emoji 😀 then a slip,here.")
    prefix = caret_line.split("| ", 1)[1]
    # the tab is kept and the emoji is two columns wide, so the caret sits under the comma
    assert prefix == "    \t" + " " * len("here and emoji ") + "  " + " " * len(" then a slip") + "^"


def test_rules_and_explain() -> None:
    listing = run("rules")
    assert listing.returncode == 0
    assert "space.missing-after-punctuation" in listing.stdout
    rules = json.loads(run("rules", "--format", "json").stdout)
    assert {"id", "category", "severity", "summary", "why", "bad", "good", "fix", "status"} <= set(rules[0])
    explained = run("explain", "repetition.repeated-word")
    assert explained.returncode == 0
    assert "Why is this bad?" in explained.stdout and "The the council met on Monday." in explained.stdout
    unknown = run("explain", "repetition.repeated-wrd")
    assert unknown.returncode == 2
    assert "Did you mean: repetition.repeated-word?" in unknown.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == f"copydesk {__version__}"


def test_config_errors_name_file_and_key() -> None:
    result = run("check", "--config", str(FIXTURES / "config" / "unknown-key.toml"), str(CLI / "bad.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"copydesk: {FIXTURES / 'config' / 'unknown-key.toml'}: fail_on: unknown key (did you mean 'fail-on'?)"
    )
    result = run("check", "--config", str(FIXTURES / "config" / "bad-value.toml"), str(CLI / "bad.txt"))
    assert result.returncode == 2
    assert "bad-value.toml: language: must be one of en-US, en-GB (got 'fr-FR')" in result.stderr


def test_config_severity_override_and_fail_on() -> None:
    result = run("check", "--config", str(FIXTURES / "config" / "severity.toml"), str(CLI / "bad.txt"))
    assert result.returncode == 1
    assert ": error space.missing-after-punctuation" in result.stdout


def test_python_m_lint_and_console_script_agree() -> None:
    import shutil

    script = shutil.which("copydesk")
    assert script is not None
    direct = subprocess.run([script, "check", str(CLI / "bad.txt")], capture_output=True, text=True, timeout=60)
    assert direct.stdout == run("check", str(CLI / "bad.txt")).stdout


def test_a_profiled_check_still_writes_its_profile(tmp_path: Path) -> None:
    """The CLI skips the interpreter's teardown after a check, except under a profiler or a tracer,
    which write their results at the normal exit (``python -m cProfile -m lint check`` must work)."""
    draft = tmp_path / "draft.txt"
    draft.write_text("The council met on Monday.\n", encoding="utf-8")
    profile = tmp_path / "check.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "lint", "check", "--no-cache", str(draft)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert profile.stat().st_size > 0


def test_cache_shows_and_clears_only_copydesk_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables, results = tmp_path / "tables", tmp_path / "results"
    (results / "ab").mkdir(parents=True)
    tables.mkdir()
    (tables / "lemminflect-packed-0123456789abcdef.marshal").write_bytes(b"x" * 1000)
    (tables / "grammar-tagger-fedcba9876543210.mapped").write_bytes(b"x" * 500)
    (tables / "notes.txt").write_text("not ours", encoding="utf-8")
    (results / "ab" / f"ab{'0' * 62}.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tables))
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(results))
    shown = run("cache", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    data_line, result_line = shown.stdout.splitlines()
    assert str(tables) in data_line and str(results) in result_line
    assert result_line.endswith(": 1 files, 0.0 MB")  # (the run itself may add tables to the data cache)
    cleared = run("cache", "--clear", cwd=tmp_path)
    assert cleared.returncode == 0, cleared.stderr
    assert "deleted 1 files" in cleared.stdout.splitlines()[1]
    left = {path.name for path in tables.iterdir()}
    assert "notes.txt" in left
    assert not left & {"lemminflect-packed-0123456789abcdef.marshal", "grammar-tagger-fedcba9876543210.mapped"}
    assert not (results / "ab").exists()
