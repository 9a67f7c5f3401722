"""Linting off the event loop, newest text only.

Each edit replaces the document's pending job. A job waits a short quiet period first (so a burst
of keystrokes is linted once), then runs in one worker thread, so the server keeps answering hover
and code-action requests while a 10,000-word document is linted. A job overtaken by a newer edit
is skipped if it has not started, stopped between rules if it has (:class:`_Cancellable`), and its
result is dropped either way: diagnostics are only ever published for the latest text.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lint._document import Document
    from lint._engine import FileResult
    from lint._findings import Finding
    from lint._rule import RuleLike
    from lint._ruleset import RuleSet


@dataclass(eq=False)
class Job:
    """One lint of one version of one document."""

    uri: str
    version: int | None
    text: str
    input_format: str
    path: str
    cancelled: threading.Event = field(default_factory=threading.Event)


@dataclass
class Outcome:
    """What a job found: a result, or the one-line reason it could not lint (a bad config)."""

    job: Job
    result: FileResult | None = None
    ruleset: RuleSet | None = None
    problem: str | None = None


class _Stale(Exception):
    """Raised inside a rule of a job a newer edit has overtaken, so the engine moves on at once."""


class _Cancellable:
    """A rule that does nothing once its job is cancelled; everything else is the rule's own."""

    def __init__(self, rule: RuleLike, cancelled: threading.Event) -> None:
        self._rule = rule
        self._cancelled = cancelled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rule, name)

    def check(self, doc: Document) -> Iterator[Finding]:
        if self._cancelled.is_set():
            raise _Stale("a newer edit arrived")
        return self._rule.check(doc)


def cancellable(ruleset: RuleSet, cancelled: threading.Event) -> RuleSet:
    """``ruleset`` with every rule stopping once ``cancelled`` is set (same config, same known rules)."""
    from lint._ruleset import RuleSet

    rules: list[Any] = [_Cancellable(rule, cancelled) for rule in ruleset.rules]
    return RuleSet(ruleset.config, tuple(rules), ruleset.known, ruleset.resources)


class Scheduler:
    """Runs ``lint`` for the newest job of each document and hands the outcome to ``publish``."""

    def __init__(self, lint: Callable[[Job], Outcome | None], publish: Callable[[Outcome], None], delay: float) -> None:
        self._lint = lint
        self._publish = publish
        self._delay = delay
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-lint")
        self._latest: dict[str, Job] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def submit(self, job: Job, delay: float | None = None) -> None:
        """Lint ``job`` after the quiet period, replacing (and cancelling) the document's older job."""
        older = self._latest.get(job.uri)
        if older is not None:
            older.cancelled.set()
        self._latest[job.uri] = job
        task = self._tasks.pop(job.uri, None)
        if task is not None and not task.done():
            task.cancel()
        wait = self._delay if delay is None else delay
        self._tasks[job.uri] = asyncio.get_running_loop().create_task(self._run(job, wait))

    def forget(self, uri: str) -> None:
        """The document was closed: nothing more is published for it."""
        job = self._latest.pop(uri, None)
        if job is not None:
            job.cancelled.set()
        task = self._tasks.pop(uri, None)
        if task is not None:
            task.cancel()

    def latest(self, uri: str) -> Job | None:
        return self._latest.get(uri)

    def open_jobs(self) -> list[Job]:
        return list(self._latest.values())

    def shutdown(self) -> None:
        for job in self._latest.values():
            job.cancelled.set()
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _run(self, job: Job, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        if job.cancelled.is_set():
            return
        outcome = await asyncio.get_running_loop().run_in_executor(self._executor, self._guarded, job)
        if outcome is not None and not job.cancelled.is_set() and self._latest.get(job.uri) is job:
            self._publish(outcome)

    def _guarded(self, job: Job) -> Outcome | None:
        """Run the lint in the worker; an unexpected error becomes the outcome's problem, not a dead worker."""
        if job.cancelled.is_set():
            return None
        try:
            return self._lint(job)
        except Exception as error:  # the server must outlive any bug in a rule or the engine
            return Outcome(job, problem=f"internal error while linting: {type(error).__name__}: {error}")
