"""Costly objects the rules of one process share: grammar backends, learnt word indexes.

A rule never keeps such objects in its own module: it asks the document's
:class:`Resources` (``doc.resources``), which the engine hands down with the rule set. One
instance serves a whole process (:data:`PROCESS_RESOURCES`); a test or an embedding application
that wants a clean slate passes its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class Resources:
    """One object per key, built on first request; threads asking at once get the same one.

    The lock is re-entrant: building one object may ask for another (the grammar rules' word index
    runs every rule on a sample text, and a rule's first run may load the tagger); a plain lock
    made that a deadlock on the first run of a machine, when the data cache was empty.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._items: dict[Hashable, Any] = {}

    def get(self, key: Hashable, create: Callable[[], T]) -> T:
        """The object for ``key``; ``create()`` builds it the first time (under the lock, so it is
        built once even when several threads ask together)."""
        try:
            return self._items[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if key not in self._items:
                self._items[key] = create()
            return self._items[key]  # type: ignore[no-any-return]


PROCESS_RESOURCES = Resources()
"""What a process shares unless told otherwise."""
