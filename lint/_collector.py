"""The cyclic garbage collector: when copydesk's processes let it run.

A lint loads rule modules and word tables once (some 100,000 objects that live as long as the
process) and then makes many short-lived objects that reference counting frees; almost nothing it
makes is cyclic garbage. Every collection that walks those objects frees nothing, so:

- the command line raises the thresholds (:func:`collect_less_often`), pauses the collector while it
  starts and freezes what start-up made (:func:`pause_for_start_up`, :func:`resume_collector`);
- a file or a batch of articles is linted with the collector paused (:func:`paused`);
- long-lived processes (the HTTP server's pool, the editor's language server) freeze what their
  first lint loaded (:func:`settle_loaded`): at Python's default thresholds a full collection walks
  every loaded table again, some 60 ms each time in a warm grammar pass (about a tenth of it).
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


def collect_less_often() -> None:
    """Raise the cyclic collector's thresholds for this short-lived process (workers inherit them).

    A lint creates hundreds of thousands of small objects (tokens, spans, table entries) that live
    until the file is reported; with the default thresholds (700, 10, 10) the collector walks them
    again and again: 157 ms of a 1.1 s run on 50,000 words, none of it freeing anything, since
    nearly everything copydesk frees goes by reference counting. At (10,000, 50, 100) it took
    21 ms at the same peak memory. (mypy raises its threshold for the same reason.)
    """
    gc.set_threshold(10_000, 50, 100)


def pause_for_start_up() -> None:
    """Pause the cyclic collector while the command starts (until :func:`resume_collector`).

    Start-up imports the rule modules and loads their tables: some 100,000 objects that live as long
    as the process, and 25 cyclic garbage objects among them. The collector walked the young ones
    eleven times before the first file was read (13 ms of a 50,000-word check, before the fork
    that splits its rules, and of every one-file check).
    """
    if gc.isenabled():
        gc.disable()
        _STARTING.append(True)


_STARTING: list[bool] = []
"""Holds one entry while :func:`pause_for_start_up` keeps the collector paused."""


def resume_collector() -> None:
    """End the start-up pause of :func:`pause_for_start_up` (nothing when there is none): what
    start-up made is frozen, so that no later collection walks it (it lives until the process ends),
    and the collector runs again as before for what the command makes from here on."""
    if _STARTING:
        _STARTING.clear()
        gc.freeze()  # also empties the youngest generation's count: no collection at once
        gc.enable()


@contextmanager
def paused(*, resume: bool = True) -> Iterator[None]:
    """The collector paused for a lint: its objects are freed by reference counting when the
    document is dropped, before the collector ever sees them. Running again afterwards if it ran
    before, unless ``resume`` is False (after a command's last file: the collection that resuming
    sets off would walk every table still alive, for nothing the process's end does not free)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running and resume:
            gc.enable()


def settle_loaded() -> None:
    """After the first lint of a long-lived process: collect once, move every object alive now (the
    rules and their tables) out of the collector's sight, and raise the youngest generation's
    threshold. Only for processes copydesk owns, never for a host that merely imports copydesk."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
