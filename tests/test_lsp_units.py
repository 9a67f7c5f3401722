"""The language server's parts that need no client: positions, formats, suppression edits,
the accept file, the scheduler's stale-job handling, and a lazy ``lint.cli``."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.lsp._accept import add_word
from lint.lsp._formats import input_format
from lint.lsp._positions import LineIndex, units
from lint.lsp._scheduler import Job, Outcome, Scheduler
from lint.lsp._suppression import suppression_for


@pytest.mark.parametrize(
    ("text", "offset", "utf16", "utf8", "utf32"),
    [
        ("abc", 2, (0, 2), (0, 2), (0, 2)),
        ("a😀b", 2, (0, 3), (0, 5), (0, 2)),  # an emoji: two UTF-16 units, four UTF-8 bytes
        ("e\u0301x", 2, (0, 2), (0, 3), (0, 2)),  # a combining accent is a code point of its own
        ("one\r\ntwo 𝒳 three", 13, (1, 9), (1, 11), (1, 8)),  # CRLF is one line break
        ("one\rtwo", 5, (1, 1), (1, 1), (1, 1)),  # so is a lone CR
    ],
)
def test_positions_in_each_unit(
    text: str, offset: int, utf16: tuple[int, int], utf8: tuple[int, int], utf32: tuple[int, int]
) -> None:
    for encoding, expected in (("utf-16", utf16), ("utf-8", utf8), ("utf-32", utf32)):
        index = LineIndex(text, encoding)
        assert index.position(offset) == expected
        assert index.offset(*expected) == offset


def test_positions_are_clamped_not_errors() -> None:
    index = LineIndex("ab\ncd")
    assert index.offset(9, 0) == 5
    assert index.offset(0, 99) == 2  # past a line's end: its end, before the line break
    assert index.offset(-1, 0) == 0
    assert index.position(99) == (1, 2)
    assert units("😀😀") == 4


def _units_by_definition(text: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


@settings(max_examples=300)
@given(
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=30),
    st.sampled_from(["utf-16", "utf-8", "utf-32"]),
)
def test_units_are_what_each_encoding_counts(text: str, encoding: str) -> None:
    """Counted in C (a long line asked a Python loop for every finding on it), the same as by definition,
    lone surrogates included."""
    assert units(text, encoding) == _units_by_definition(text, encoding)


def test_a_column_after_a_million_characters_and_an_emoji() -> None:
    line = "word " * 200_000 + "😀 end"
    index = LineIndex(line)
    assert index.position(len(line)) == (0, len(line) + 1)
    assert index.position(len(line) - 1) == (0, len(line))


@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [
        ("markdown", "/x/notes.txt", "markdown"),
        ("plaintext", "/x/a", "plain"),
        ("html", "/x/a.md", "html"),
        ("mdx", "/x/post.markdown", "markdown"),
        ("jinja", "/x/page.html.j2", "html"),
        ("python", "/x/script.py", None),
        (None, "/x/README", None),
    ],
)
def test_input_format(language: str | None, path: str, expected: str | None) -> None:
    assert input_format(language, path) == expected


def test_suppression_in_html_is_a_line_above_with_the_indent() -> None:
    index = LineIndex("<p>\n    It was the the end.\n</p>\n")
    insertion = suppression_for(index, 1, "repetition", "html", "\n")
    assert insertion.offset == 4
    assert insertion.text == "    <!-- copydesk-disable-next-line repetition -->\n"


def test_suppression_keeps_the_files_line_ending() -> None:
    index = LineIndex("It was the the end.\r\n")
    assert suppression_for(index, 0, "repetition", "plain", "\r\n").text == "copydesk: disable-next-line repetition\r\n"


def test_add_word_creates_the_folders_and_skips_a_word_already_there(tmp_path: Path) -> None:
    path = tmp_path / "style" / "guide" / "words.txt"
    assert add_word(path, "Kovsakan")
    assert not add_word(path, "Kovsakan")
    assert add_word(path, "teh")
    assert path.read_text(encoding="utf-8") == "Kovsakan\nteh\n"
    with pytest.raises(ValueError, match="cannot be an accept-file entry"):
        add_word(path, "two\nlines")
    assert [p.name for p in path.parent.iterdir()] == ["words.txt"]  # no temporary file left behind


def test_a_job_overtaken_while_linting_is_never_published() -> None:
    """The first job is linting when the second arrives: its outcome is dropped, the second's is published."""
    linting = threading.Event()
    release = threading.Event()
    linted: list[int | None] = []
    published: list[int | None] = []

    def lint(job: Job) -> Outcome:
        linted.append(job.version)
        if job.version == 1:
            linting.set()
            release.wait()
        return Outcome(job, problem="done")

    async def scenario() -> None:
        done = asyncio.Event()

        def publish(outcome: Outcome) -> None:
            published.append(outcome.job.version)
            done.set()

        scheduler = Scheduler(lint, publish, delay=0)
        first = Job("file:///a.md", 1, "one", "markdown", "/a.md")
        scheduler.submit(first)
        await asyncio.get_running_loop().run_in_executor(None, linting.wait)
        scheduler.submit(Job("file:///a.md", 2, "two", "markdown", "/a.md"))
        assert first.cancelled.is_set()
        release.set()
        await asyncio.wait_for(done.wait(), 60)
        scheduler.shutdown()

    asyncio.run(scenario())
    assert linted == [1, 2]
    assert published == [2]


def test_a_job_overtaken_before_it_starts_is_never_linted() -> None:
    linted: list[int | None] = []
    published: list[int | None] = []

    async def scenario() -> None:
        done = asyncio.Event()

        def lint(job: Job) -> Outcome:
            linted.append(job.version)
            return Outcome(job, problem="done")

        def publish(outcome: Outcome) -> None:
            published.append(outcome.job.version)
            done.set()

        scheduler = Scheduler(lint, publish, delay=0.01)
        for version in (1, 2, 3):  # a burst of keystrokes inside the quiet period
            scheduler.submit(Job("file:///a.md", version, str(version), "markdown", "/a.md"))
        await asyncio.wait_for(done.wait(), 60)
        scheduler.shutdown()

    asyncio.run(scenario())
    assert linted == [3]
    assert published == [3]


def test_a_crash_in_the_lint_becomes_a_problem_not_a_dead_worker() -> None:
    def lint(job: Job) -> Outcome:
        raise RuntimeError("boom")

    scheduler = Scheduler(lint, lambda outcome: None, delay=0)
    outcome = scheduler._guarded(Job("file:///a.md", 1, "x", "plain", "/a.txt"))
    scheduler.shutdown()
    assert outcome is not None and outcome.problem == "internal error while linting: RuntimeError: boom"


def test_importing_the_cli_does_not_import_the_language_server() -> None:
    code = "import sys, lint.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_the_editors_server_freezes_what_its_first_lint_loaded() -> None:
    """``copydesk lsp`` owns its process: after its first lint the rules and tables it loaded are
    frozen out of the collector's sight, as the HTTP server's pool processes are (lint._collector).
    In a child process, so that this test process's collector is left as it is."""
    script = (
        "import gc\n"
        "from lint.lsp._scheduler import Job\n"
        "from lint.lsp._server import build_server\n"
        "server = build_server()\n"
        "server.settle_after_lint = True\n"
        "before = gc.get_freeze_count()\n"
        "outcome = server.lint(Job('file:///a.txt', 1, 'Their going home now.', 'plain', '/a.txt'))\n"
        "print(before, gc.get_freeze_count(), gc.get_threshold()[0], server.settle_after_lint, outcome.problem)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    before, frozen, threshold, pending, problem = done.stdout.split()
    assert int(before) == 0 and int(frozen) > 10_000  # the rule modules and word tables
    assert (int(threshold), pending, problem) == (10_000, "False", "None")
