"""copydesk audit throughput: 2 workers against 1 on a generated archive, and peak memory.

    python bench/audit.py                      # 600 articles of about 800 words
    python bench/audit.py --articles 10000 --workers 1 2

Prints, for each worker count: articles per second, the speed-up over the first count, the cost
per 1,000 articles (worker-seconds), and the peak resident memory of the client and of each
worker (the workers' high-water marks, read from the workers themselves after the run).
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from distributed import Client, LocalCluster

from lint._runner import RunOptions
from lint.audit import AuditOptions, run_audit
from lint.audit._sample import write_archive


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def measure(archive: Path, workers: int, batch: int, folder: Path) -> tuple[float, float, list[float]]:
    """Seconds for the lint pass (cluster start-up excluded), and peak memory of the client and workers."""
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        out = folder / f"out-{workers}"
        options = AuditOptions([str(archive)], out, out / "report.html", RunOptions(cache=False), batch_size=batch)
        options.progress = False
        started = time.perf_counter()
        run_audit(options, client=client)
        seconds = time.perf_counter() - started
        peaks = sorted(client.run(_peak_mib).values())
    return seconds, _peak_mib(), peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--sentences", type=int, default=65, help="per article (about 12 words each)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=50)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        archive = write_archive(folder / "archive.jsonl", arguments.articles, arguments.sentences)
        size = archive.stat().st_size / 2**20
        print(f"archive: {arguments.articles:,} articles, {size:.1f} MiB, batch size {arguments.batch_size}")
        base = None
        for workers in arguments.workers:
            seconds, client_peak, worker_peaks = measure(archive, workers, arguments.batch_size, folder)
            rate = arguments.articles / seconds
            base = base or rate
            cost = seconds * workers / arguments.articles * 1000
            print(
                f"{workers} worker{'s' if workers > 1 else ' '}: {seconds:7.1f} s  {rate:7.1f} articles/s  "
                f"x{rate / base:.2f}  {cost:6.1f} worker-s per 1,000 articles  "
                f"peak MiB: client {client_peak:.0f}, workers {', '.join(f'{p:.0f}' for p in worker_peaks)}"
            )


if __name__ == "__main__":
    main()
