"""The pre-commit hook, run by the real pre-commit against this repository.

``pre-commit try-repo`` installs copydesk from a commit of this working tree into its own
environment (as an editor's repository would from a tag), once, and runs the hook on a throwaway
git repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def copydesk_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This working tree (edits and new files included) committed in a throwaway repository.

    ``try-repo`` on a tree with uncommitted changes commits them anew on every call, so pre-commit
    installs copydesk once per call; from one clean commit it installs once and reuses it.
    """
    if shutil.which("git") is None:
        pytest.fail("git is required for the pre-commit test")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    clone = tmp_path_factory.mktemp("copydesk")
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(clone, "init", "-q")
    _git(clone, "add", ".")
    _git(clone, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "snapshot")
    return clone


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.fail("git is required for the pre-commit test")
    root = tmp_path_factory.mktemp("newsroom")
    _git(root, "init", "-q")
    _git(root, "config", "user.email", "desk@example.com")
    _git(root, "config", "user.name", "Copy Desk")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")), "NO_COLOR": "1"}
    return root, env


def _try_repo(repo: Path, root: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(repo), "copydesk", "--files", *files]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_bad_draft_and_passes_on_a_clean_one(
    copydesk_repo: Path, newsroom: tuple[Path, dict[str, str]]
) -> None:
    root, env = newsroom
    (root / "bad.md").write_text("# Budget\n\nThe council voted,however, to delay the the plan.\n", encoding="utf-8")
    (root / "clean.md").write_text("# Budget\n\nThe council voted, however, to delay the plan.\n", encoding="utf-8")
    (root / "script.py").write_text("x = 'a,b'\n", encoding="utf-8")
    _git(root, "add", ".")

    bad = _try_repo(copydesk_repo, root, env, "bad.md", "script.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:18: warning space.missing-after-punctuation" in bad.stdout
    assert "repetition.repeated-word" in bad.stdout
    assert "script.py" not in bad.stdout

    clean = _try_repo(copydesk_repo, root, env, "clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
