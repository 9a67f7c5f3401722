"""An editor's workflow: suppressions, per-file ignores, baselines, the cache and parallel runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def findings(*args: str, cwd: Path | None = None) -> list[tuple[str, int, str]]:
    report = json.loads(run("check", "--format", "json", "--no-cache", *args, cwd=cwd).stdout)
    return [(Path(f["path"]).name, d["line"], d["rule"]) for f in report["files"] for d in f["findings"]]


def test_suppression_comments_in_every_format() -> None:
    assert findings(str(FIXTURES / "suppress")) == [
        ("story.md", 10, "space.missing-after-punctuation"),
        ("story.md", 12, "suppression.unused"),
    ]


def test_unused_suppression_can_be_ignored() -> None:
    assert findings(str(FIXTURES / "suppress" / "story.md"), "--ignore", "suppression") == [
        ("story.md", 10, "space.missing-after-punctuation"),
    ]


def test_unused_suppression_takes_the_configured_severity(tmp_path: Path) -> None:
    """``suppression.unused`` goes through the config's severity table like every other rule."""
    (tmp_path / ".copydesk.toml").write_text('[severity]\n"suppression.unused" = "error"\n', encoding="utf-8")
    (tmp_path / "story.md").write_text("<!-- copydesk-disable-next-line repetition -->\nA clean line.\n")
    result = run("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["rule"], finding["severity"]) == ("suppression.unused", "error")
    assert result.returncode == 1


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / ".copydesk.toml").write_text('[per-file-ignores]\n"archive/**" = ["space"]\n', encoding="utf-8")
    for relative in ("archive/2019/old.md", "new.md"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("It met,again.\n", encoding="utf-8")
    assert findings(str(tmp_path)) == [("new.md", 1, "space.missing-after-punctuation")]


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("It met,again.\n\nThe the end.\n", encoding="utf-8")
    baseline = tmp_path / "copydesk-baseline.json"
    first = run("check", "--baseline", str(baseline), str(draft))
    assert first.returncode == 0
    assert "recorded 2 findings" in first.stderr
    # An edit elsewhere moves the old findings down; they stay known. A new slip is reported.
    draft.write_text("# New headline\n\nIt met,again.\n\nThe the end.\n\nA fresh slip,here.\n", encoding="utf-8")
    second = run("check", "--format", "json", "--baseline", str(baseline), str(draft))
    assert second.returncode == 1
    remaining = json.loads(second.stdout)["files"][0]["findings"]
    assert [(f["line"], f["text"]) for f in remaining] == [(7, ",")]
    updated = run("check", "--baseline", str(baseline), "--update-baseline", str(draft))
    assert updated.returncode == 0
    assert "recorded 3 findings" in updated.stderr


def test_bad_baseline_file_is_a_clear_error(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("not json", encoding="utf-8")
    result = run("check", "--baseline", str(baseline), str(FIXTURES / "cli" / "bad.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"copydesk: {baseline}: is not a copydesk baseline (invalid JSON)"


def test_cache_gives_identical_results_and_notices_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYDESK_CACHE_DIR", raising=False)  # the default place, beside the configuration
    shutil.copytree(FIXTURES / "cli", tmp_path / "drafts")
    (tmp_path / "drafts" / ".copydesk.toml").unlink()
    (tmp_path / ".copydesk.toml").write_text('select = ["space", "repetition"]\n', encoding="utf-8")
    first = run("check", "--format", "json", "drafts", cwd=tmp_path)
    assert (tmp_path / ".copydesk_cache").is_dir()
    second = run("check", "--format", "json", "drafts", cwd=tmp_path)
    assert second.stdout == first.stdout
    (tmp_path / "drafts" / "clean.txt").write_text("Now it has,another slip.\n", encoding="utf-8")
    third = json.loads(run("check", "--format", "json", "drafts", cwd=tmp_path).stdout)
    clean = next(f for f in third["files"] if f["path"].endswith("clean.txt"))
    assert [d["text"] for d in clean["findings"]] == [","]
    # Changing the settings invalidates the cache too.
    (tmp_path / ".copydesk.toml").write_text('select = ["repetition"]\n', encoding="utf-8")
    fourth = json.loads(run("check", "--format", "json", "drafts", cwd=tmp_path).stdout)
    assert all(d["rule"].split(".")[0] != "space" for f in fourth["files"] for d in f["findings"])


def test_parallel_output_matches_serial(tmp_path: Path) -> None:
    for index in range(12):
        (tmp_path / f"story{index:02}.md").write_text(f"Story {index} met,again.\n\nThe the end.\n", encoding="utf-8")
    serial = run("check", "--no-cache", "--jobs", "1", str(tmp_path))
    parallel = run("check", "--no-cache", "--jobs", "2", str(tmp_path))
    assert serial.returncode == parallel.returncode == 1
    assert parallel.stdout == serial.stdout
    assert parallel.stdout.count("space.missing-after-punctuation") == 12


def test_a_directive_quoted_as_code_is_an_example_not_a_directive() -> None:
    from lint import check_text

    markdown = (
        "Write `<!-- copydesk-disable-next-line repetition -->` above the line.\n"
        "The the mayor spoke.\n\n"
        "```html\n<!-- copydesk-disable-file -->\n```\n\n"
        "<!-- copydesk-disable-next-line space -->\n"
        "It ended.Then it began.\n"
    )
    result = check_text(markdown, "markdown")
    assert [d.finding.rule for d in result.diagnostics] == ["repetition.repeated-word"]
    html = (
        "<pre><!-- copydesk-disable-file --></pre><p>The the mayor spoke.</p>"
        "<script>// <!-- copydesk-disable-file --></script>"
    )
    assert [d.finding.rule for d in check_text(html, "html").diagnostics] == ["repetition.repeated-word"]
    assert check_text("<!-- copydesk-disable-file -->\n<p>The the mayor spoke.</p>", "html").diagnostics == []


def test_no_worker_pool_starts_when_every_file_is_a_cache_hit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint import _runner

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    paths = []
    for index in range(6):
        path = tmp_path / f"story{index}.md"
        path.write_text("The council met,however, late.\n", encoding="utf-8")
        paths.append(str(path))
    options = _runner.RunOptions(jobs=2, version="test")
    first = _runner.run(paths, options, None)

    def no_pool(*args: object) -> list[object]:
        raise AssertionError("a worker pool was started for cached files")

    monkeypatch.setattr(_runner, "_lint_in_workers", no_pool)
    again = _runner.run(paths, options, None)
    assert [r.diagnostics for r in again.results] == [r.diagnostics for r in first.results]
