"""A long document's rules on two cores (lint._parallel): the same findings and rule errors as one
process, whatever the child does."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from lint import Config, Document, Finding, Rule
from lint._engine import build_document, check_source, run_rules
from lint._findings import Diagnostic, Location, Severity
from lint._parallel import MIN_CHARACTERS, bundle_of, bundles
from lint._ruleset import RuleSet
from lint._runner import RunOptions, run
from lint._source import Source


@cache
def _long_text() -> str:
    """Every rule's own examples, good and bad, repeated past the length that is split."""
    from lint._registry import enabled_rules

    text = "\n\n".join(example for rule in enabled_rules(Config()) for example in (*rule.bad, *rule.good))
    return "\n\n".join([text] * (MIN_CHARACTERS // len(text) + 1))


@pytest.fixture(autouse=True)
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Split even where the test runs on one core (the choice is tested separately)."""
    monkeypatch.setattr("lint._parallel.usable_cores", lambda: 2)


def _shown(diagnostics: list[Diagnostic]) -> list[tuple[Finding, Location]]:
    return [(d.finding, d.location) for d in diagnostics]


def test_a_long_document_gets_the_same_findings_on_two_cores_as_on_one() -> None:
    source = Source(text=_long_text(), path="long.txt")
    alone = check_source(source, "plain", Config())
    split = check_source(source, "plain", Config(), workers=2)
    assert len(alone.diagnostics) > 500  # every family of rules has findings in it
    assert _shown(split.diagnostics) == _shown(alone.diagnostics)
    assert split.rule_errors == alone.rule_errors == []


def test_the_command_line_runner_splits_one_long_file_with_the_same_result(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(_long_text(), encoding="utf-8")
    one = run([str(path)], RunOptions(jobs=1, cache=False), None)
    two = run([str(path)], RunOptions(jobs=2, cache=False), None)
    assert _shown(two.results[0].diagnostics) == _shown(one.results[0].diagnostics)


def test_a_long_text_piped_in_is_split_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from lint._runner import lint_stdin

    def piped(jobs: int) -> list[tuple[Finding, Location]]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_long_text().encode())))
        result, _settings, _fixed = lint_stdin(RunOptions(jobs=jobs, cache=False), None)
        return _shown(result.diagnostics)

    assert piped(2) == piped(1)


class _Marker(Rule):
    """Reports the first word, in whichever process runs it (``where``: and that process's id); ``die``
    ends a forked child there."""

    category = "test"
    summary = "Test rule."
    why = "To test the split."
    bad = ("x",)
    good = ("y",)

    def __init__(
        self, rule_id: str, parent: int, die: bool = False, fail: bool = False, hang: bool = False, where: bool = False
    ) -> None:
        self.id, self.parent, self.die, self.fail, self.hang, self.where = rule_id, parent, die, fail, hang, where
        self.at = 10 * sum(map(ord, rule_id)) % 5000  # each at its own place: one finding per problem is kept

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.die and os.getpid() != self.parent:
            os._exit(3)  # as if the child were killed (out of memory, a crash in a native extension)
        if self.hang and os.getpid() != self.parent:
            time.sleep(3600)  # as if a native library waited for a thread the fork did not copy
        if self.fail:
            raise ValueError(f"{self.id} broke")
        found = f"{self.id} in {os.getpid()}" if self.where else f"found by {self.id}"
        yield Finding(self.id, "test", Severity.WARNING, self.at, self.at + 3, found)


def _run(rules: list[Rule], workers: int) -> tuple[list[str], list[str]]:
    config = Config(select=("test",))
    doc = build_document(Source(text=_long_text()), "plain", config)
    diagnostics, errors = run_rules(doc, RuleSet.of(config, rules), workers)
    return [d.message for d in diagnostics], errors


def test_bundles_the_child_took_but_never_reported_are_run_in_the_parent() -> None:
    parent = os.getpid()
    # One rule per bundle, each ending the child if it runs there: whichever it takes, it dies.
    rules: list[Rule] = [_Marker(name, parent, die=True) for name in ("spelling.t", "grammar.tt", "readability.ttt")]
    assert _run(rules, 2) == _run(rules, 1)
    assert len(_run(rules, 2)[0]) == 3


def test_a_child_that_hangs_is_killed_and_its_bundles_run_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lint._parallel.PATIENCE", 0.5)
    monkeypatch.setattr("lint._parallel.TURN_PATIENCE", 0.0)  # one worker: the processes take turns
    parent = os.getpid()
    rules: list[Rule] = [_Marker(name, parent, hang=True) for name in ("spelling.t", "grammar.tt", "readability.ttt")]
    started = time.monotonic()
    assert _run(rules, 2) == _run(rules, 1)
    assert time.monotonic() - started < 30


def test_a_rule_that_fails_in_either_process_is_reported_in_rule_order() -> None:
    parent = os.getpid()
    rules: list[Rule] = [
        _Marker("spelling.t", parent, fail=True),
        _Marker("grammar.t", parent),
        _Marker("consistency.t", parent, fail=True),
    ]
    messages, errors = _run(rules, 2)
    assert (messages, errors) == _run(rules, 1)
    assert errors == [
        "rule spelling.t failed: ValueError: spelling.t broke",
        "rule consistency.t failed: ValueError: consistency.t broke",
    ]


def test_when_the_process_cannot_fork_every_rule_runs_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    rules: list[Rule] = [_Marker(name, os.getpid()) for name in ("spelling.t", "grammar.t")]
    assert _run(rules, 2) == _run(rules, 1)


def test_short_documents_one_core_or_one_job_are_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from lint._parallel import worth_splitting

    long_doc = build_document(Source(text=_long_text()), "plain", Config())
    short_doc = build_document(Source(text="A short note."), "plain", Config())
    assert worth_splitting(long_doc, 2)
    assert not worth_splitting(short_doc, 2)
    assert not worth_splitting(long_doc, 1)
    harper = _Marker("grammar.harper.grammar", os.getpid())
    assert not worth_splitting(long_doc, 2, [harper])  # a native backend does not survive a fork
    monkeypatch.setattr("lint._parallel.usable_cores", lambda: 1)
    assert not worth_splitting(long_doc, 2)


def test_rules_that_share_work_on_a_document_run_in_one_bundle() -> None:
    assert bundle_of("spelling.unknown-word") == bundle_of("space.joined-words") == "spelling"
    assert bundle_of("grammar.agreement") == bundle_of("consistency.compound-modifier") == "grammar"
    assert bundle_of("consistency.name") == "consistency"
    assert bundle_of("house.ministry-name") == bundle_of("boilerplate.comment-form") == "housestyle"
    assert bundle_of("placeholder.tk") == "housestyle"
    assert bundle_of("repetition.repeated-word") == bundle_of("space.repeated-spaces") == "other"
    from lint._registry import enabled_rules

    rules = enabled_rules(Config())
    groups = bundles(rules)
    assert sorted(index for group in groups for index in group) == list(range(len(rules)))
    assert [bundle_of(rules[group[0]].id) for group in groups][:2] == ["spelling", "grammar"]


def test_a_child_that_has_sent_its_findings_is_reaped_at_the_next_split() -> None:
    """The parent does not wait for the child's teardown before reporting; it waits at the next split."""
    from lint import _parallel

    source = Source(text=_long_text(), path="long.txt")
    check_source(source, "plain", Config(), workers=2)
    left = list(_parallel._UNREAPED)
    check_source(source, "plain", Config(), workers=2)
    for pid in left:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already reaped


def test_on_one_core_a_long_document_runs_in_two_processes_in_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory: the child runs every bundle but grammar's, then this process runs grammar's, so no
    process holds every rule's tables; the findings are those of one process."""
    from lint import _datacache, _parallel

    monkeypatch.setattr(_parallel, "usable_cores", lambda: 1)
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)  # the test runner's own threads
    names = ("spelling.t", "grammar.t", "consistency.t", "house.t")
    rules: list[Rule] = [_Marker(name, os.getpid(), where=True) for name in names]
    messages, errors = _run(rules, 1)
    where = dict(message.split(" in ") for message in messages)
    assert errors == [] and where["grammar.t"] == str(os.getpid())
    assert where["spelling.t"] == where["consistency.t"] == where["house.t"] != str(os.getpid())
    monkeypatch.setattr(_parallel, "TURNS_CHARACTERS", 10 * len(_long_text()))  # now too short for turns
    alone = _run(rules, 1)[0]
    assert {message.split(" in ")[1] for message in alone} == {str(os.getpid())}
    assert [message.split(" in ")[0] for message in alone] == [message.split(" in ")[0] for message in messages]


def test_processes_take_turns_only_on_long_documents_without_threads_or_backends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lint import _datacache
    from lint._parallel import TURNS_CHARACTERS, worth_taking_turns

    long_doc = build_document(Source(text="word " * (TURNS_CHARACTERS // 5 + 1)), "plain", Config())
    short_doc = build_document(Source(text="A short note."), "plain", Config())
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    assert worth_taking_turns(long_doc)
    assert not worth_taking_turns(short_doc)
    assert not worth_taking_turns(long_doc, [_Marker("grammar.harper.grammar", os.getpid())])
    monkeypatch.setattr(_datacache, "threads_running", lambda: True)  # the server's pool, the language server
    assert not worth_taking_turns(long_doc)


def test_a_child_that_hangs_in_its_turn_is_killed_and_its_bundles_run_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lint._parallel.PATIENCE", 0.5)
    monkeypatch.setattr("lint._parallel.TURN_PATIENCE", 0.0)
    monkeypatch.setattr("lint._datacache.threads_running", lambda: False)
    parent = os.getpid()
    rules: list[Rule] = [_Marker(name, parent, hang=True) for name in ("spelling.t", "grammar.tt", "readability.ttt")]
    started = time.monotonic()
    messages, errors = _run(rules, 1)
    assert len(messages) == 3 and errors == []
    assert time.monotonic() - started < 30
