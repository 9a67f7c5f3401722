"""The fixer's safety properties: idempotence, atomicity, encodings, line endings, permissions."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lint import Config
from lint._fixer import fix_source, write_atomically
from lint._ruleset import RuleSet
from lint._source import decode

FIXTURES = Path(__file__).parent / "fixtures"
DRAFT_SUFFIXES = {".md", ".txt", ".html"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def _copy_drafts(target: Path) -> list[Path]:
    copied = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in DRAFT_SUFFIXES and path.is_file():
            destination = target / path.relative_to(FIXTURES)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
            copied.append(destination)
    return copied


def test_fixing_fixture_drafts_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    drafts = _copy_drafts(tmp_path)
    assert len(drafts) >= 5
    first = run("fix", "--jobs", "1", str(tmp_path))
    assert first.returncode in (0, 1, 2), first.stderr
    after_first = {path: path.read_bytes() for path in drafts}
    second = run("fix", "--jobs", "1", str(tmp_path))
    assert {path: path.read_bytes() for path in drafts} == after_first
    assert "Fixed 0 findings." in second.stderr


def test_fix_keeps_bom_crlf_encoding_and_permissions(tmp_path: Path) -> None:
    draft = tmp_path / "story.txt"
    draft.write_bytes(b"\xef\xbb\xbfThe council,however, met.\r\nThe the vote  passed.\r\n")
    draft.chmod(0o640)
    wide = tmp_path / "wide.txt"
    wide.write_bytes(b"\xff\xfe" + "Caf\u00e9 owners,however, agreed.\n".encode("utf-16-le"))
    result = run("fix", str(draft), str(wide))
    assert result.returncode == 0, result.stdout + result.stderr
    assert draft.read_bytes() == b"\xef\xbb\xbfThe council, however, met.\r\nThe vote passed.\r\n"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert wide.read_bytes() == b"\xff\xfe" + "Caf\u00e9 owners, however, agreed.\n".encode("utf-16-le")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt", "wide.txt"]


def test_fix_never_touches_markup(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    original = "Visit [the site](https://example.com/a,b)  today,really.\n\n`code,here` and the the end.\n"
    draft.write_text(original, encoding="utf-8")
    run("fix", str(draft))
    assert draft.read_text(encoding="utf-8") == (
        "Visit [the site](https://example.com/a,b) today, really.\n\n`code,here` and the end.\n"
    )


def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "story.txt"
    draft.write_text("It rained.More rain fell.\n", encoding="utf-8")
    result = run("check", "--diff", str(draft))
    assert draft.read_text(encoding="utf-8") == "It rained.More rain fell.\n"
    assert "-It rained.More rain fell.\n+It rained. More rain fell.\n" in result.stdout


def test_fix_reaches_a_fixed_point_when_fixes_touch() -> None:
    source = decode(b"The the the council met,however  late.", "x.txt")
    config = Config()
    outcome = fix_source(source, "plain", RuleSet.of(config), unsafe=False)
    assert outcome.fixed_text == "The council met, however late."
    assert outcome.applied == 4
    again = fix_source(decode(outcome.fixed_text.encode(), "x.txt"), "plain", RuleSet.of(config), False)
    assert again.applied == 0


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ('"We won,"the mayor said.', '"We won," the mayor said.'),
        ("“We won,”the mayor said.", "“We won,” the mayor said."),
        ("‘We won,’the mayor said.", "‘We won,’ the mayor said."),
        ('"Did we win?"she asked.', '"Did we win?" she asked.'),
        ('She shouted "we won!"Then she left.', 'She shouted "we won!" Then she left.'),
        ('She said,"We won."', 'She said, "We won."'),
        ("She said,“We won.”", "She said, “We won.”"),
    ],
)
def test_a_missing_space_at_a_quotation_mark_goes_on_the_outside_of_it(draft: str, fixed: str) -> None:
    config = Config()
    outcome = fix_source(decode(draft.encode(), "x.md"), "markdown", RuleSet.of(config), unsafe=False)
    assert outcome.fixed_text == fixed


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "story.txt"
    target.write_bytes(b"old contents\n")

    def crash(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomically(target, b"new contents\n")
    assert target.read_bytes() == b"old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_killing_a_fix_run_leaves_every_file_whole(tmp_path: Path) -> None:
    """SIGKILL a real fix run at several moments; each file must be exactly old or exactly new."""
    original = "".join(f"Paragraph {n} was filed,however, late.  The the desk noticed.\n\n" for n in range(400))
    expected_fixed = "".join(f"Paragraph {n} was filed, however, late. The desk noticed.\n\n" for n in range(400))
    for attempt, delay in enumerate((0.35, 0.5, 0.7, 0.9, 1.2)):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        files = []
        for index in range(60):
            path = folder / f"story{index:03}.txt"
            path.write_text(original, encoding="utf-8")
            files.append(path)
        process = subprocess.Popen([sys.executable, "-m", "lint", "fix", "--jobs", "1", str(folder)])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        states = set()
        for path in files:
            content = path.read_text(encoding="utf-8")
            assert content in (original, expected_fixed), f"{path.name} is neither old nor new"
            states.add(content == expected_fixed)
        leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".copydesk-tmp")]
        # A kill between mkstemp and rename may leave a temporary file, but never a damaged draft.
        assert all(name.startswith(".story") for name in leftovers)


@pytest.mark.parametrize(
    ("old", "new", "title"),
    [
        ("teh", "the", "Replace with “the”"),
        ("voted,however", "voted, however", "Add a space"),
        ("the  council", "the council", "Remove the extra space"),
        ("the the", "the", "Delete “the”"),
        ("10 percent", "10 per cent", "Replace with “10 per cent”"),  # a word split: show the words
        ("IlhamAliyev", "Ilham Aliyev", "Replace with “Ilham Aliyev”"),
        ("said.Then", "said. Then", "Add a space"),
        ("Azeri", "Azerbaijani", "Replace with “Azerbaijani”"),
        ("a error", "an error", "Replace with “an error”"),
        ("council met", "council, which met", "Insert “, which”"),
        ("a", "a\n", "Add a line break"),
        ("x" * 10, "y" * 60, "Replace with “" + "y" * 39 + "…”"),
    ],
)
def test_a_fix_title_says_what_changes(old: str, new: str, title: str) -> None:
    from lint._findings import fix_title

    assert fix_title(old, new) == title


def test_every_suggestion_is_a_fix_and_only_the_first_can_be_safe() -> None:
    from lint import Edit, FixSafety, check_text

    [found] = [d for d in check_text("The council voted,however, to wait.").diagnostics]
    [fix] = found.fixes
    assert (fix.title, fix.safety) == ("Add a space", FixSafety.SAFE)
    assert fix.edits == (Edit(found.location.offset, found.location.offset + found.location.length, ", "),)

    spelling = [d for d in check_text("The councl voted.").diagnostics if d.rule.startswith("spelling")]
    [misspelt] = spelling
    assert len(misspelt.fixes) == len(misspelt.finding.suggestions) >= 2
    assert {fix.safety for fix in misspelt.fixes[1:]} == {FixSafety.UNSAFE}
    assert [fix.edits[0].replacement for fix in misspelt.fixes] == list(misspelt.finding.suggestions)
