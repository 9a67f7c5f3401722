"""Running the batches on ``dask.distributed``: a local cluster, or an existing scheduler, one code path.

At most a few batches per worker thread are in flight: the client reads a batch's text only
when it submits it and writes its shards as soon as it comes back, so neither the client nor the
workers hold more than a handful of batches, whatever the archive's size. A worker that dies is
replaced (the nanny restarts it) and the scheduler runs its tasks again elsewhere; a task that
raises is retried twice before the audit stops.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from ._work import lint_batch, warm_up

if TYPE_CHECKING:
    from distributed import Client

    from lint._config import Config

    from ._plan import Plan
    from ._progress import ProgressLine
    from ._store import ShardStore

_IN_FLIGHT_PER_THREAD = 3
_MESSAGE_LOG = 20
"""How many recent messages each connection keeps for debugging (``distributed.admin.low-level-log-length``).
distributed's default is 1,000, and a message that submits a batch holds the batch's text (about 250 kB
for 50 articles of 800 words): the client and the scheduler would keep up to 1,000 batches each, so
their memory would grow with the archive up to a quarter of a gigabyte per connection."""


class WarmUp(WorkerPlugin):
    """Loads the engine's tables when a worker starts (and when a dead one is replaced), not per task."""

    name = "copydesk-audit-warm-up"
    idempotent = True

    def __init__(self, settings: Config) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        warm_up(self.settings)


@contextmanager
def connect(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster with a process per core."""
    import dask
    from distributed import Client, LocalCluster

    kept = dask.config.get("distributed.admin.low-level-log-length")
    shorter = (
        {} if kept is not None and kept <= _MESSAGE_LOG else {"distributed.admin.low-level-log-length": _MESSAGE_LOG}
    )
    if scheduler:
        with dask.config.set(shorter), Client(scheduler) as client:
            yield client
        return
    with (
        dask.config.set(shorter),  # for the whole run: a replacement worker's connection is made later
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # linting is pure Python: one thread per process, processes per core
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batches(
    client: Client,
    plan: Plan,
    store: ShardStore,
    done: set[int],
    progress: ProgressLine,
    after_batch: Callable[[int], None] | None = None,
) -> int:
    """Lint every batch not in ``done``, writing each one's shards as it arrives; returns how many ran."""
    from distributed import as_completed

    client.register_plugin(WarmUp(plan.settings()), name=WarmUp.name)
    run = uuid.uuid4().hex[:8]
    todo = iter([index for index in range(len(plan.batches)) if index not in done])
    threads = sum(client.nthreads().values()) or 1
    index_of: dict[object, int] = {}
    queue = as_completed()

    def submit_next() -> None:
        index = next(todo, None)
        if index is None:
            return
        future = client.submit(lint_batch, plan.task(index), key=f"copydesk-audit-{run}-{index}", pure=False, retries=2)
        index_of[future.key] = index
        queue.add(future)

    for _ in range(threads * _IN_FLIGHT_PER_THREAD):
        submit_next()
    ran = 0
    for future in queue:
        index = index_of.pop(future.key)
        tables = future.result()
        future.release()
        store.write(index, tables)
        ran += 1
        progress.advance(tables["articles"].num_rows)
        if after_batch is not None:
            after_batch(index)
        submit_next()
    return ran
