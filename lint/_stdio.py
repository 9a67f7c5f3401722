"""Keeping the process's standard output for copydesk's own output.

Native extensions (Harper, a Rust library) may print to file descriptor 1 directly, which would
corrupt ``--format json``, SARIF, or the text ``copydesk fix -`` writes. The descriptor is one
per process, so the guard is the engine's, not a rule's.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_STDOUT_LOCK = threading.Lock()


@contextmanager
def native_stdout_to_stderr() -> Iterator[None]:
    """Send what native code prints to file descriptor 1 to standard error instead.

    Python's ``sys.stdout`` is flushed first and left alone; only the descriptor is swapped, under a lock,
    and restored however the call ends. Nothing printed is lost: it goes to standard error.
    """
    with _STDOUT_LOCK:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError):  # no descriptor 1 (a daemon): nothing to protect
            yield
            return
        try:
            os.dup2(2, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)
