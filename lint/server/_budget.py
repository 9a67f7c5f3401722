"""Guards inside the worker that runs a lint: a time budget per document and a memory ceiling.

The gate in the event loop can only abandon or kill work from outside. These guards stop a
runaway lint from inside, so the worker survives and the next request does not pay a restart:

* :func:`run_within` raises :class:`BudgetExceeded` in the linting thread when the request's
  deadline passes. It is delivered between two Python bytecodes, so it stops any pure-Python
  loop (a per-word algorithm that went quadratic); code stuck inside one C call is stopped
  when the call returns, or, in a process pool, by the gate killing the process.
* :func:`limit_memory` caps a pool process's address space (``RLIMIT_AS``), so an allocation
  past the ceiling fails with :class:`MemoryError` (or the process dies and is replaced)
  instead of growing the machine into swap and the OOM killer.

Both work the same in a process pool and in a thread pool, except the memory ceiling, which
is per process: with ``--executor thread`` only the time budget applies.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ._linting import RequestProblem, out_of_memory

T = TypeVar("T")
MIB = 1024 * 1024


class BudgetExceeded(BaseException):
    """Raised inside a lint whose time is up. A ``BaseException``, like ``KeyboardInterrupt``, so
    the engine's per-rule ``except Exception`` cannot swallow it and carry on with the next rule."""


def timeout_problem() -> RequestProblem:
    return RequestProblem(503, "timeout", "linting did not finish within the time budget")


def run_within(deadline: float, function: Callable[..., T], *args: Any) -> T:
    """``function(*args)``, stopped with a 503 ``timeout`` problem if it runs past ``deadline``.

    ``deadline`` is a :func:`time.monotonic` value; on one machine that clock is shared by all
    processes, so the event loop's deadline holds in a pool process too.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    done = False

    def expire() -> None:
        with lock:
            if not done:
                _raise_in(target, BudgetExceeded)

    timer = threading.Timer(max(deadline - time.monotonic(), 0.0), expire)
    timer.daemon = True
    try:
        timer.start()
        try:
            return function(*args)
        finally:
            with lock:  # after this the timer can no longer fire into us
                done = True
            timer.cancel()
    except BudgetExceeded:
        _give_back_memory()
        raise timeout_problem() from None
    except MemoryError:
        _give_back_memory()
        raise out_of_memory() from None


def _give_back_memory() -> None:
    """After a runaway lint, hand its freed heap back to the system (glibc keeps it otherwise,
    and the worker would sit near its ceiling for the next request)."""
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _raise_in(thread_id: int, exception: type[BaseException]) -> None:
    """Schedule ``exception`` in another thread of this process (CPython's documented C API)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exception))


def limit_memory(max_mib: int) -> bool:
    """Cap this process's address space at ``max_mib`` MiB (0: no cap). False where unsupported."""
    if max_mib <= 0:
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    ceiling = max_mib * MIB
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            ceiling = min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    except (OSError, ValueError, AttributeError):  # macOS refuses RLIMIT_AS; some sandboxes too
        return False
    return True
