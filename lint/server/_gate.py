"""The lint pool and the gate in front of it: bounded, off the event loop, within the time budget.

A fixed number of lints may be in flight per worker (running, or waiting for the pool); the
rest are answered 503 with ``Retry-After`` at once instead of queueing without limit. A slot
is released only when its work has really ended, so abandoned work can never pile up.

Every job runs under :func:`lint.server._budget.run_within`, which stops it from inside the
worker shortly before the request's deadline, so a pathological input ends as a 503 without
costing a restart. If the work does not stop by the deadline (stuck inside one C call):

* with a process pool (the default), the pool's processes are killed and a fresh pool takes
  over. Requests that were queued behind the killed work are run again on the new pool
  (within their own budget), never failed for someone else's input;
* with a thread pool, the thread cannot be killed: it keeps its slot until it returns, and
  once every slot is held the gate answers 503 ``busy`` — work in a thread pool is bounded
  by ``max_concurrency``, never queued without limit.

A process that ran out of memory (``lint_out_of_memory``) is replaced as well, so its heap does
not stay near the ceiling. A fresh pool (at start-up, after a kill, after a process died) is warmed before it takes
work: requests wait for it within their budget, so none pays the cold start inside its lint.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from ._budget import run_within
from ._errors import ApiError
from ._limits import remaining
from ._linting import RequestProblem

if TYPE_CHECKING:
    from starlette.requests import Request

T = TypeVar("T")
ATTEMPTS = 3
log = logging.getLogger("copydesk.server")


class LintGate:
    """At most ``limit`` lints in flight in this worker, each run in a pool made by ``make_executor``.

    ``warm_job`` is submitted ``warm_jobs`` times to every new pool, and the pool takes no
    request before those have finished.
    """

    def __init__(
        self,
        make_executor: Callable[[], Executor],
        limit: int,
        retry_after: int = 1,
        on_change: Callable[[int], None] | None = None,
        warm_job: Callable[[], object] | None = None,
        warm_jobs: int = 1,
    ) -> None:
        self.make_executor = make_executor
        self.executor = make_executor()
        self.limit = limit
        self.retry_after = retry_after
        self.in_flight = 0
        self.on_change = on_change
        self.restarts = 0
        self.warm_job = warm_job
        self.warm_jobs = warm_jobs
        self._warming: asyncio.Task[None] | None = None

    @property
    def ready(self) -> bool:
        """False while a fresh pool is warming up."""
        return self._warming is None or self._warming.done()

    async def start(self) -> None:
        """Warm the first pool (called once the event loop runs)."""
        self._warming = asyncio.get_running_loop().create_task(self._warm(self.executor))
        await self._warming

    async def run(self, request: Request, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in the pool within the request's time budget."""
        if self.in_flight >= self.limit:
            raise self._unavailable("busy", f"{self.limit} requests are being linted; retry in {self.retry_after} s")
        deadline = time.monotonic() + max(remaining(request), 0.001)
        self._adjust(1)
        held = True  # this request's slot: handed to the submitted work, which releases it when really over
        try:
            for _attempt in range(ATTEMPTS):
                executor = await self._ready_executor(deadline)
                future = self._submit(executor, deadline, function, args)
                held = False
                try:
                    async with asyncio.timeout_at(_loop_time(deadline)):
                        return await asyncio.wrap_future(future)
                except TimeoutError:
                    if not future.cancel() and isinstance(executor, ProcessPoolExecutor):
                        self._kill(executor)  # stuck past its own budget: stop it rather than let it hold the slot
                    raise self._unavailable("timeout", "linting did not finish within the time budget") from None
                except asyncio.CancelledError:
                    current = asyncio.current_task()
                    if not future.cancelled() or (current is not None and current.cancelling()):
                        raise  # this request itself is being cancelled
                    # The pool was replaced before this job started (someone else's work was killed): run it again.
                except RequestProblem as problem:
                    if problem.code == "lint_out_of_memory" and isinstance(executor, ProcessPoolExecutor):
                        self._renew(executor)  # a fresh process, rather than one whose heap sits near the ceiling
                    raise
                except BrokenExecutor:
                    if executor is self.executor:  # the first to notice: this job may be the one that killed it
                        self._renew(executor)
                        raise self._unavailable("lint_worker_lost", "the lint process stopped; retry") from None
                    # The gate killed that pool for another request's work: run this one again.
                self._adjust(1)
                held = True
            raise self._unavailable("restarting", "the lint pool restarted repeatedly; retry")
        finally:
            if held:
                self._adjust(-1)

    def close(self) -> None:
        """Stop the pool now. Pool processes are killed, not waited for: uvicorn ends the process by
        re-raising SIGTERM after shutdown, before any exit handler could stop them."""
        if self._warming is not None:
            self._warming.cancel()
        processes = _processes_of(self.executor)
        self.executor.shutdown(wait=False, cancel_futures=True)
        _kill_all(processes)

    async def _ready_executor(self, deadline: float) -> Executor:
        """The current pool once it is warm; 503 ``warming_up`` if that takes the whole budget."""
        while self._warming is not None and not self._warming.done():
            try:
                async with asyncio.timeout_at(_loop_time(deadline)):
                    await asyncio.shield(self._warming)
            except TimeoutError:
                raise self._unavailable("warming_up", "the lint pool is starting; retry") from None
        return self.executor

    def _submit(
        self, executor: Executor, deadline: float, function: Callable[..., T], args: tuple[Any, ...]
    ) -> Future[T]:
        # The worker stops itself a little before the deadline, so the answer comes from it, not from a kill.
        margin = min(0.25, max(deadline - time.monotonic(), 0.0) * 0.1)
        try:
            future = executor.submit(run_within, deadline - margin, function, *args)
        except BrokenExecutor:
            executor = self._renew(executor)
            future = executor.submit(run_within, deadline - margin, function, *args)
        except RuntimeError:  # shut down (replaced a moment ago by another request)
            future = self.executor.submit(run_within, deadline - margin, function, *args)
        loop = asyncio.get_running_loop()
        future.add_done_callback(lambda _f: _call_soon(loop, self._release))
        return future

    async def _warm(self, executor: Executor) -> None:
        if self.warm_job is None:
            return
        try:
            jobs = [executor.submit(self.warm_job) for _ in range(self.warm_jobs)]
            await asyncio.gather(*(asyncio.wrap_future(job) for job in jobs))
        except Exception:  # a pool that cannot even warm up: the next request renews it and answers 503
            log.exception("the lint pool failed to warm up")

    def _unavailable(self, code: str, message: str) -> ApiError:
        return ApiError(503, code, message, headers={"Retry-After": str(self.retry_after)})

    def _renew(self, failed: Executor) -> Executor:
        """Replace ``failed`` with a fresh pool (once, however many requests noticed) and warm it."""
        if self.executor is failed:
            self.executor = self.make_executor()
            self.restarts += 1
            failed.shutdown(wait=False, cancel_futures=True)
            self._warming = asyncio.get_running_loop().create_task(self._warm(self.executor))
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


def _loop_time(deadline: float) -> float:
    """A :func:`time.monotonic` deadline on the running loop's clock."""
    return asyncio.get_running_loop().time() + (deadline - time.monotonic())


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
