"""The lint pool and the gate in front of it: bounded, off the event loop, within the time budget.

A fixed number of lints may be in flight per worker (running, or waiting for the pool); the
rest are answered 503 with ``Retry-After`` at once instead of queueing without limit. A slot
is released only when its work has really ended, so abandoned work can never pile up.

With a process pool (the default), work that overruns its request's budget is stopped: the
pool's processes are killed and a fresh pool takes over, so a pathological input cannot hold
a lint slot for ever. A thread cannot be stopped, so with a thread pool an overrunning lint
keeps its slot until it finishes. A pool whose process died (out of memory, a crash in a C
extension) is replaced the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import ApiError
from ._limits import remaining

if TYPE_CHECKING:
    from starlette.requests import Request

T = TypeVar("T")


class LintGate:
    """At most ``limit`` lints in flight in this worker, each run in a pool made by ``make_executor``."""

    def __init__(
        self,
        make_executor: Callable[[], Executor],
        limit: int,
        retry_after: int = 1,
        on_change: Callable[[int], None] | None = None,
    ) -> None:
        self.make_executor = make_executor
        self.executor = make_executor()
        self.limit = limit
        self.retry_after = retry_after
        self.in_flight = 0
        self.on_change = on_change
        self.restarts = 0

    async def run(self, request: Request, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in the pool within the request's time budget."""
        if self.in_flight >= self.limit:
            raise self._unavailable("busy", f"{self.limit} requests are being linted; retry in {self.retry_after} s")
        loop = asyncio.get_running_loop()
        executor = self.executor
        self._adjust(1)
        try:
            try:
                future = executor.submit(function, *args)
            except BrokenExecutor:
                executor = self._renew(executor)
                future = executor.submit(function, *args)
        except BaseException:
            self._adjust(-1)
            raise
        # Released when the work is really over (finished, failed, killed, or cancelled before it started).
        future.add_done_callback(lambda _f: _call_soon(loop, self._release))
        try:
            async with asyncio.timeout(max(remaining(request), 0.001)):
                return await asyncio.wrap_future(future)
        except TimeoutError:
            if not future.cancel() and isinstance(executor, ProcessPoolExecutor):
                self._kill(executor)  # it is running: stop it rather than let it hold the slot
            raise self._unavailable("timeout", "linting did not finish within the time budget") from None
        except BrokenExecutor:
            self._renew(executor)
            raise self._unavailable("lint_worker_lost", "the lint process stopped; retry") from None

    def close(self) -> None:
        """Stop the pool now. Pool processes are killed, not waited for: uvicorn ends the process by
        re-raising SIGTERM after shutdown, before any exit handler could stop them."""
        processes = _processes_of(self.executor)
        self.executor.shutdown(wait=False, cancel_futures=True)
        _kill_all(processes)

    def _unavailable(self, code: str, message: str) -> ApiError:
        return ApiError(503, code, message, headers={"Retry-After": str(self.retry_after)})

    def _renew(self, failed: Executor) -> Executor:
        """Replace ``failed`` with a fresh pool (once, however many requests noticed)."""
        if self.executor is failed:
            self.executor = self.make_executor()
            self.restarts += 1
            failed.shutdown(wait=False, cancel_futures=True)
        return self.executor

    def _kill(self, executor: ProcessPoolExecutor) -> None:
        processes = _processes_of(executor)
        self._renew(executor)
        _kill_all(processes)

    def _release(self) -> None:
        self._adjust(-1)

    def _adjust(self, delta: int) -> None:
        self.in_flight += delta
        if self.on_change is not None:
            self.on_change(self.in_flight)


def _processes_of(executor: Executor) -> list[Any]:
    """A process pool's worker processes (there is no public accessor before Python 3.14)."""
    if not isinstance(executor, ProcessPoolExecutor):
        return []
    return list((getattr(executor, "_processes", None) or {}).values())


def _kill_all(processes: list[Any]) -> None:
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()


def _call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError):  # the loop closed while the job ran: nothing left to release
        loop.call_soon_threadsafe(callback)
