"""Hostile file systems: FIFOs, devices, link loops, unreadable folders, dying workers, and fixes
that must keep a file's identity and never overwrite someone else's edit (issue 12)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

from lint import Config
from lint._discovery import expand_glob, expand_paths
from lint._fixer import WriteRefused, write_atomically
from lint._runner import RunOptions, run

BAD = "The council met,however, late.\n"
FIXED = "The council met, however, late.\n"


REPO = Path(__file__).parent.parent


def copydesk(*args: str, cwd: Path | None = None, user: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI; with ``user``, as that ordinary user (root ignores permissions), through the
    system's Python 3.11 with this checkout and the test environment's packages on its path."""
    interpreter = sys.executable
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(cwd or Path.cwd())}
    if user is not None:  # that user has no data cache of its own here: its tables are built in the run
        interpreter = _python_for_others()
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), sysconfig.get_paths()["purelib"]])
        env["COPYDESK_DATA_CACHE"] = "off"

    def drop() -> None:
        if user is not None:
            os.setgid(user)
            os.setuid(user)

    return subprocess.run(
        [interpreter, "-m", "lint", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        preexec_fn=drop if user is not None else None,
        env=env,
    )


def _python_for_others() -> str:
    """A Python of the same version that an ordinary user may run (a venv's may live under /root)."""
    candidate = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}", path="/usr/bin:/usr/local/bin")
    if candidate is None or not os.access(REPO, os.R_OK) or stat.S_IMODE(os.stat(REPO).st_mode) & 0o005 != 0o005:
        pytest.skip("no Python and checkout an ordinary user can run here")
    return candidate


def test_a_fifo_in_a_folder_is_an_error_and_the_other_files_are_linted(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    result = copydesk("check", "--no-cache", "--format", "concise", str(tmp_path), "/dev/zero")
    assert result.returncode == 2
    assert "story.md:1:16: warning space.missing-after-punctuation" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line]
    assert any("pipe.md: is not a regular file" in line for line in errors), result.stderr
    assert any("/dev/zero: is not a regular file" in line for line in errors), result.stderr
    assert "Traceback" not in result.stderr


def test_a_glob_through_a_symlink_loop_ends(tmp_path: Path) -> None:
    (tmp_path / "g" / "a").mkdir(parents=True)
    (tmp_path / "g" / "top.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "g" / "a" / "deep.md").write_text(BAD, encoding="utf-8")
    os.symlink("..", tmp_path / "g" / "a" / "loop")
    found = expand_glob(str(tmp_path / "g" / "**" / "*.md"))
    assert str(tmp_path / "g" / "top.md") in found and str(tmp_path / "g" / "a" / "deep.md") in found
    assert len(found) <= 3  # each real folder is entered once
    result = copydesk("check", "--no-cache", "--format", "concise", "g/**/*.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr


def test_glob_patterns_match_like_the_shell(tmp_path: Path) -> None:
    for name in ("x.md", "a/y.md", "a/b/z.md", "a/b/n.txt", ".hidden/h.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BAD, encoding="utf-8")
    root = str(tmp_path)
    assert expand_glob(root + "/**/*.md") == [root + "/a/b/z.md", root + "/a/y.md", root + "/x.md"]
    assert expand_glob(root + "/a/**/[yz].md") == [root + "/a/b/z.md", root + "/a/y.md"]
    assert expand_glob(root + "/*/y.md") == [root + "/a/y.md"]


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="needs POSIX users")
def test_unreadable_paths_are_input_errors_for_that_path_only() -> None:
    user = 65534 if os.geteuid() == 0 else None  # nobody
    tmp_path = Path(tempfile.mkdtemp(prefix="copydesk-perm-"))  # a folder an ordinary user can reach
    tmp_path.chmod(0o755)
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "story.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "open" / "locked").mkdir()
    (tmp_path / "open" / "locked" / "hidden.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "inner.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "open" / "locked").chmod(0)
    (tmp_path / "closed").chmod(0)
    try:
        result = copydesk(
            "check", "--no-cache", "--format", "concise", "open", "closed/inner.md", cwd=tmp_path, user=user
        )
    finally:
        (tmp_path / "open" / "locked").chmod(0o755)
        (tmp_path / "closed").chmod(0o755)
        shutil.rmtree(tmp_path)
    assert result.returncode == 2, result.stderr
    assert "open/story.md:1:16:" in result.stdout
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert "closed/inner.md: cannot be read (Permission denied)" in result.stderr
    assert "open/locked: is a folder that cannot be read" in result.stderr


def test_a_dead_worker_loses_only_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint import _runner

    paths = []
    for index in range(8):
        path = tmp_path / f"story{index}.md"
        path.write_text(BAD, encoding="utf-8")
        paths.append(str(path))
    real = _runner.lint_path

    def deadly(path: str, settings: Config, options: RunOptions, workers: int = 1) -> object:
        if path.endswith("story5.md"):
            os.kill(os.getpid(), 9)  # what the OOM killer does
        return real(path, settings, options, workers)

    monkeypatch.setattr(_runner, "lint_path", deadly)
    outcome = run(paths, RunOptions(jobs=2, cache=False), None)
    assert [Path(result.path).name for result in outcome.results] == [Path(p).name for p in paths]
    errors = {Path(result.path).name: result.error for result in outcome.results if result.error}
    assert list(errors) == ["story5.md"]
    assert "died" in (errors["story5.md"] or "")
    assert all(result.diagnostics for result in outcome.results if not result.error)


def test_fix_writes_through_a_symlink_and_keeps_mode_and_hard_links(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text(BAD, encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to("real.md")
    hard = tmp_path / "hard.md"
    os.link(target, hard)
    result = copydesk("fix", str(link), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED
    assert hard.read_text(encoding="utf-8") == FIXED and os.stat(hard).st_ino == os.stat(target).st_ino
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_fix_keeps_the_owner_when_run_as_root(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can create a file owned by someone else")
    target = tmp_path / "story.md"
    target.write_text(BAD, encoding="utf-8")
    os.chown(target, 65534, 65534)
    assert copydesk("fix", str(target), cwd=tmp_path).returncode == 0
    assert (os.stat(target).st_uid, os.stat(target).st_gid) == (65534, 65534)
    assert target.read_text(encoding="utf-8") == FIXED


def test_fix_refuses_read_only_files_and_files_changed_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    target.write_text(BAD, encoding="utf-8")
    target.chmod(0o444)
    result = copydesk("fix", str(target), cwd=tmp_path)
    assert result.returncode == 2
    assert "story.md: is read-only; left unchanged" in result.stderr
    assert "Fixed" not in result.stdout
    assert target.read_text(encoding="utf-8") == BAD
    target.chmod(0o644)
    with pytest.raises(WriteRefused, match="changed while it was being fixed"):
        write_atomically(target, FIXED.encode(), expected=b"what copydesk read before\n")
    assert target.read_text(encoding="utf-8") == BAD


def test_expand_paths_never_raises_on_an_unsearchable_parent(tmp_path: Path) -> None:
    assert list(expand_paths([str(tmp_path / "missing" / "story.md")])) == [(str(tmp_path / "missing/story.md"), True)]
