"""``copydesk audit``: a whole archive linted on Dask, reduced archive-wide, reported as one HTML page.

Needs the ``copydesk[audit]`` extra (dask[distributed], pyarrow, matplotlib); nothing here is
imported by ``copydesk`` itself until the command runs. The steps, one module each: plan the
batches (``_plan``), run them on the cluster (``_cluster``, ``_work``) into Parquet shards
(``_store``), fold the shards into a summary (``_reduce``), draw the report (``_report``).
"""

from __future__ import annotations

import importlib.util
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._inputs import FieldMap

if TYPE_CHECKING:
    from distributed import Client

    from lint._runner import RunOptions

__all__ = ["INSTALL_HINT", "AuditOptions", "AuditResult", "FieldMap", "missing_dependencies", "run_audit"]

INSTALL_HINT = "copydesk audit needs the audit extra: pip install 'copydesk[audit]'"


def missing_dependencies() -> list[str]:
    """The extra's packages that are not installed."""
    return [name for name in ("distributed", "pyarrow", "matplotlib") if importlib.util.find_spec(name) is None]


@dataclass(slots=True)
class AuditOptions:
    """What to audit, where to write it, and how to run it."""

    inputs: list[str]
    out: Path
    report: Path
    run: RunOptions
    fields: FieldMap = field(default_factory=FieldMap)
    scheduler: str | None = None
    workers: int | None = None
    batch_size: int | None = None
    resume: bool = False
    top: int = 50
    progress: bool = True


@dataclass(slots=True)
class AuditResult:
    """What an audit did: its counts, summary and the time of each step."""

    articles: int
    batches: int
    batches_run: int
    """Batches linted by this run (the others were on disk already: ``--resume``)."""
    seconds: float
    summary: dict[str, Any]
    phases: dict[str, float] = field(default_factory=dict)
    """Wall seconds of each step: ``plan`` (index and validate the inputs), ``lint`` (the batches on the cluster,
    starting a local one included) and ``report`` (the reduce and the files)."""


def run_audit(
    options: AuditOptions, client: Client | None = None, after_batch: Callable[[int], None] | None = None
) -> AuditResult:
    """Plan, lint on the cluster (``client``, else ``--scheduler``, else a local one), reduce, report."""
    from lint import __version__

    from ._cluster import connect, run_batches
    from ._plan import plan_audit
    from ._progress import ProgressLine
    from ._store import ShardStore

    started = time.monotonic()
    plan = plan_audit(options.inputs, options.fields, options.run, options.batch_size)
    planned = time.monotonic()
    store = ShardStore(options.out)
    done = store.prepare(plan.manifest(__version__), options.resume)
    progress = ProgressLine(plan.articles, sum(plan.size(index) for index in done), enabled=options.progress)
    if len(done) < len(plan.batches):
        if client is not None:
            ran = run_batches(client, plan, store, done, progress, after_batch)
        else:
            with connect(options.scheduler, options.workers) as own:
                ran = run_batches(own, plan, store, done, progress, after_batch)
    else:
        ran = 0
    progress.finish()
    linted = time.monotonic()
    summary = _write_outputs(options, store, linted - started)
    ended = time.monotonic()
    phases = {"plan": planned - started, "lint": linted - planned, "report": ended - linted}
    return AuditResult(plan.articles, len(plan.batches), ran, ended - started, summary, phases)


def _write_outputs(options: AuditOptions, store: Any, elapsed: float) -> dict[str, Any]:
    import os

    from ._reduce import summarise
    from ._report import accept_file, render

    summary = summarise(store, options.top)
    summary["seconds"] = round(elapsed, 1)
    (options.out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    (options.out / "accept.txt").write_text(accept_file(summary["unknown_words"]), encoding="utf-8")
    base = options.report.resolve().parent
    link = Path(os.path.relpath(options.out.resolve(), base)).as_posix()
    files = [
        (f"{link}/summary.json", "everything in this report, as JSON"),
        (f"{link}/accept.txt", "the unknown-word candidates as an accept file"),
        (f"{link}/shards/findings/", "every finding (Parquet, one shard per batch)"),
        (f"{link}/shards/articles/", "every article with its words and findings (Parquet)"),
        (f"{link}/shards/terms/", "word forms per batch, for cross-article consistency (Parquet)"),
    ]
    options.report.parent.mkdir(parents=True, exist_ok=True)
    options.report.write_text(render(summary, files, elapsed), encoding="utf-8")
    return summary
