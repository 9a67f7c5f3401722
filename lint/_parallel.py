"""One long document's rules on two processor cores.

A report, a book chapter or an archive export linted as one file spends almost all its time in
the rules, one after the other, while the machine's other cores wait. LanguageTool checks the
sentences of one long text on a thread pool; Python threads would share one interpreter lock, so
here the process forks once the document is built (the child shares its memory, copy on write)
and both processes take *bundles* of rules from a queue until none is left. A bundle keeps the
rules that share work on the document together (the spelling analysis, the grammar rules' word
index and tagger), so that work is still done once. The child sends its findings back pickled;
the results are put back in rule order, so the output is the same as from one process.

Nothing is lost when the child fails (it dies, is killed, cannot be forked, or has not answered
long after the parent finished its share: it is then killed): the bundles it did not report are
run in the parent. Only used on POSIX systems, for documents long enough that the fork (a few
milliseconds) is worth it, when the command line may use more than one core, and never with a
grammar backend (Harper, LanguageTool): their native threads and server connections do not
survive a fork.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import time
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ._document import Document
    from ._findings import Finding
    from ._rule import RuleLike

MIN_CHARACTERS = 100_000
"""Prose this long (about 16,000 words) is split; below it, the fork and the duplicated table
loads would cost more than half the rules' time saves."""

TURNS_CHARACTERS = 200_000
"""Prose this long (about 33,000 words) that is not split across cores is still run in two processes
in turn (:func:`worth_taking_turns`): one process running every rule on it peaks at about 139 MiB
(120 MiB at 100,000 characters, 155 MiB at 300,000), close to the 150 MB a run may take; two in turn
peak at about 102 MiB at 300,000 characters, for some 7% more time."""

Outcome = tuple[list["Finding"], "RuleFailure | None"]
"""What one rule produced: its findings, or the failure that made it report none."""
RuleFailure = tuple[bool, str, str]
"""A rule's exception as data that crosses processes: whether it is a CopydeskError, its type's
name, its message."""

_FIRST = ("spelling", "grammar", "consistency", "readability", "expressions", "wordforms")
"""Bundles in the order they are handed out: the costliest first, so the two processes end close
together, then the smaller ones to whichever process is free (measured on 50,000-word texts at
stop 60, CPU: spelling 90–120 ms, grammar 310–350, consistency 40–60, readability 20, expressions
120–145, wordforms 50–65, the rest 18)."""


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


BACKENDS = ("grammar.harper.", "grammar.lt")
"""Rules backed by a native library or a server process, which a forked child must not use."""

PATIENCE = 30.0
"""Seconds the parent waits for the child after its own share, at least (or twice its share's time,
if longer) before it takes the child for hung, kills it and runs the child's bundles itself."""


TURN_PATIENCE = 1e-4
"""Seconds a character of the document the parent waits for a child that runs its turn alone (30 s for
300,000 characters, which take its bundles under half a second), before it is taken for hung."""


def _may_fork(rules: Sequence[RuleLike]) -> bool:
    """This system forks, and no rule is backed by a native library or a server (:data:`BACKENDS`)."""
    return hasattr(os, "fork") and not any(rule.id.startswith(BACKENDS) for rule in rules)


def worth_splitting(doc: Document, workers: int, rules: Sequence[RuleLike] = ()) -> bool:
    if workers < 2 or len(doc.text) < MIN_CHARACTERS or usable_cores() < 2:
        return False
    return _may_fork(rules)


def worth_taking_turns(doc: Document, rules: Sequence[RuleLike] = ()) -> bool:
    """Whether a long document that is not split across cores should still have its bundles run in two
    processes, one after the other (:func:`run_split` with ``together=False``), to bound memory.

    One process that runs every rule on 50,000 words holds every rule's tables and analyses at once
    (about 155 MiB); two that each hold half peak at about 102 MiB, for a fork, the findings' pickling
    and work both processes repeat (7% of the time). Not where other threads run (the server's pool, the language
    server): a fork copies only the thread that made it, and the others' locks with it."""
    from ._datacache import threads_running

    if len(doc.text) < TURNS_CHARACTERS or threads_running():
        return False
    return _may_fork(rules)


_MOVED = {
    "space.joined-words": "spelling",  # reads the spelling analysis
    "grammar.name-capital": "spelling",  # reads the spelling analysis's unknown words
    "grammar.misquoted-expression": "expressions",  # no tagger: a bundle of its own evens out the processes
    "grammar.confused-word": "expressions",  # no tagger either: web counts only; the grammar bundle is the longest
    "consistency.compound-modifier": "grammar",  # reads the tagger
    "grammar.split-word": "expressions",  # no tagger: the grammar bundle is the longer side by 30-40 ms
    "grammar.pronoun-case": "expressions",  # no tagger either; the expressions process has the word index
    **dict.fromkeys(
        (
            # No tagger, and their modules' tables are loaded by the expressions bundle's rules already
            # (confusable, typos, pronouns): the grammar bundle was the longer side by 25-40 ms of CPU.
            "grammar.confused-word-class",
            "grammar.joined-verb",
            "grammar.broken-contraction",
            "grammar.doubled-auxiliary",
            "grammar.common-word-slip",
            "grammar.want-that",
            "grammar.which-person",
            "grammar.what-relative",
            "grammar.reflexive-subject",
            "grammar.reflexive-object",
            "grammar.them-demonstrative",
            "grammar.preposition-who",
            "grammar.cleft-agreement",
            "grammar.kind-of-plural",
        ),
        "expressions",
    ),
    # Verb-form and article checks that seldom ask the tagger (none of them on 50,000 words of news
    # and speeches): a bundle of their own, taken by whichever process is free after 'expressions'.
    # The grammar bundle was the longer side by 50-100 ms; moved, it ends with the other process, and
    # a 50,000-word check takes 5.7% less time (21 alternated pairs). 'short-word-slip' stays: its
    # tables would add 10 MB to the other process's peak.
    **dict.fromkeys(
        (
            "grammar.article-plural",
            "grammar.modal-verb-form",
            "grammar.coordinated-participle",
            "grammar.perfect-verb-form",
            "grammar.noun-for-verb",
            "grammar.infinitive-form",
            "grammar.missing-to",
            "grammar.gerund-after-preposition",
            "grammar.coordinated-verb-form",
            "grammar.to-for-too",
            "grammar.been-participle",
        ),
        "wordforms",
    ),
}
"""Rules that run in another bundle than their family's, because they share its work."""


_KEPT = "grammar"
"""The bundle the parent runs itself when the processes take turns: the one whose tables (the tagger's,
the word index) weigh most, so that the child carries the rest."""


def bundle_of(rule_id: str) -> str:
    """The bundle a rule runs in: rules that share work on a document go together (a family's
    rules share its analysis; the grammar rules, the word index and the tagger)."""
    moved = _MOVED.get(rule_id)
    if moved is not None:
        return moved
    family = rule_id.split(".", 1)[0]
    if family in _FIRST:
        return family
    return "housestyle" if family in _HOUSE_STYLE else "other"


_HOUSE_STYLE = frozenset(("house", "boilerplate", "placeholder"))
"""The families of the house-style packs' rules: a bundle of their own (some 13 ms on 50,000 words; the
rest, spacing, punctuation and repetition, about as much), not one with the small families: the
last bundles are taken by whichever process is free first, so two small ones end the processes
closer together than one twice their size."""


def bundles(rules: Sequence[RuleLike]) -> list[list[int]]:
    """The rules' indices grouped by bundle, in the order they are handed out."""
    grouped: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        grouped.setdefault(bundle_of(rule.id), []).append(index)
    order = {name: rank for rank, name in enumerate(_FIRST)}
    return [grouped[name] for name in sorted(grouped, key=lambda name: order.get(name, len(order)))]


_UNREAPED: list[int] = []
"""Children that had sent their findings whole but not yet exited when collected: waited for at the
next split, or at the process's exit once the report is out (so their time is counted as the
command's), not while the report waits."""


@atexit.register
def _reap() -> None:
    while _UNREAPED:
        with suppress(ChildProcessError):  # reaped elsewhere already
            os.waitpid(_UNREAPED.pop(), 0)


def run_split(
    rules: Sequence[RuleLike], run_one: Callable[[RuleLike], Outcome], *, together: bool = True, characters: int = 0
) -> list[Outcome]:
    """Each rule's outcome, in rule order, the rules run by this process and one forked child.

    The queue is a pipe holding one byte per bundle: a one-byte read is atomic, so each bundle is
    taken by exactly one process, and the processes stop when it is empty. Not ``together`` (one
    core): the child takes every bundle but grammar's while this process waits, then this process
    runs the grammar bundle, so that neither holds both halves' tables; the child is taken for hung
    after :data:`PATIENCE` seconds or :data:`TURN_PATIENCE` seconds a character of the document
    (``characters``), whichever is longer.
    """
    _reap()
    groups = bundles(rules)
    outcomes: dict[int, Outcome] = {}
    names = [bundle_of(rules[group[0]].id) for group in groups]
    kept = set() if together else {token for token, name in enumerate(names) if name == _KEPT}
    queue_read, queue_write = os.pipe()
    os.write(queue_write, bytes(token for token in range(len(groups)) if token not in kept))
    os.close(queue_write)
    result_read, result_write = os.pipe()
    try:
        child = os.fork()
    except OSError:
        child = -1
    if child == 0:  # the child: take bundles, send back what they found, and leave at once
        status = 1
        try:
            os.close(result_read)
            mine: dict[int, Outcome] = {}
            _take(groups, rules, run_one, queue_read, mine)
            with os.fdopen(result_write, "wb") as sink:
                pickle.dump(mine, sink, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing the parent's buffered output twice
    os.close(result_write)
    if not together:
        os.close(queue_read)
        patience = max(PATIENCE, TURN_PATIENCE * characters)
        outcomes.update(_collect(result_read, child, patience))  # the child's turn: this process waits
        for token in sorted(kept):
            _run_group(groups[token], rules, run_one, outcomes)
    else:
        started = time.monotonic()
        try:
            _take(groups, rules, run_one, queue_read, outcomes)
        finally:
            os.close(queue_read)
        patience = max(PATIENCE, 2 * (time.monotonic() - started))
        outcomes.update(_collect(result_read, child, patience))
    for group in groups:  # a bundle the child took but never reported: run it here
        for index in group:
            if index not in outcomes:
                outcomes[index] = run_one(rules[index])
    return [outcomes[index] for index in range(len(rules))]


running: str | None = None
"""The bundle this process is running in a split, None outside one: a hint for work shared within a
bundle (the grammar word index indexes up front only the words its bundle's rules ask about),
never needed for a correct answer."""


def _take(
    groups: list[list[int]],
    rules: Sequence[RuleLike],
    run_one: Callable[[RuleLike], Outcome],
    queue: int,
    into: dict[int, Outcome],
) -> None:
    while token := os.read(queue, 1):
        _run_group(groups[token[0]], rules, run_one, into)


def _run_group(
    group: list[int], rules: Sequence[RuleLike], run_one: Callable[[RuleLike], Outcome], into: dict[int, Outcome]
) -> None:
    global running
    running = bundle_of(rules[group[0]].id)
    try:
        for index in group:
            into[index] = run_one(rules[index])
    finally:
        running = None


def _collect(result_read: int, child: int, patience: float) -> dict[int, Outcome]:
    """The child's outcomes, or nothing when it could not be forked, died, or sent nothing whole
    within ``patience`` seconds (it is killed then)."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + patience
    finished = False
    try:
        while child > 0:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([result_read], [], [], left)[0]:
                break  # hung: killed below
            chunk = os.read(result_read, 1 << 16)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
    finally:
        os.close(result_read)
    if child < 0:
        return {}
    if not finished:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        return {}
    done, status = os.waitpid(child, os.WNOHANG)
    if not done:  # sent everything, still tearing down (3 ms at 50,000 words): reaped later
        _UNREAPED.append(child)
    elif status != 0:
        return {}
    try:
        received: dict[int, Outcome] = pickle.loads(b"".join(chunks))
    except Exception:  # a truncated message: treated as a child that did not finish
        return {}
    return received
