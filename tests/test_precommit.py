"""The pre-commit hook, run by the real pre-commit against this repository.

A throwaway newsroom repository names a commit of this working tree in its
``.pre-commit-config.yaml``, as an editor's repository names a tag. ``pre-commit run`` installs
copydesk from that commit into its own environment once and reuses it for the second run.
(``pre-commit try-repo`` would install it anew on every call: it uses a temporary store.)
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
    """This working tree (edits and new files included) committed in a throwaway repository."""
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


def _use_hook_from(repo: Path, root: Path) -> None:
    """Name the hook at ``repo``'s current commit in ``root``'s pre-commit config."""
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True).stdout
    config = f"repos:\n  - repo: {repo}\n    rev: {rev.strip()}\n    hooks:\n      - id: copydesk\n"
    (root / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")


def _run_hook(root: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "run", "--files", *files]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_bad_draft_and_passes_on_a_clean_one(
    copydesk_repo: Path, newsroom: tuple[Path, dict[str, str]]
) -> None:
    root, env = newsroom
    (root / "bad.md").write_text("# Budget\n\nThe council voted,however, to delay the the plan.\n", encoding="utf-8")
    (root / "clean.md").write_text("# Budget\n\nThe council voted, however, to delay the plan.\n", encoding="utf-8")
    (root / "script.py").write_text("x = 'a,b'\n", encoding="utf-8")
    _use_hook_from(copydesk_repo, root)
    _git(root, "add", ".")

    bad = _run_hook(root, env, "bad.md", "script.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:18: warning space.missing-after-punctuation" in bad.stdout
    assert "repetition.repeated-word" in bad.stdout
    assert "script.py" not in bad.stdout

    clean = _run_hook(root, env, "clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
