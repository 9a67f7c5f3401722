"""copydesk audit throughput: 2 workers against 1 on a generated archive, peak memory, cost per 1,000 articles.

    python bench/audit.py                                        # 600 articles of about 800 words
    python bench/audit.py --articles 2000 10000 --workers 1 2    # the figures docs/audit.md quotes

For each archive size and worker count (a fresh local cluster of that many one-thread worker
processes, as ``copydesk audit --workers N`` starts it, before the clock starts), prints the seconds
of each step of the audit (plan: index and validate the export; lint: the batches on the cluster;
report: the reduce and the HTML),
articles per second of the lint step and of the whole audit, the speed-up over the first worker
count, the cost per 1,000 articles (worker-seconds of the lint step, and the whole audit's wall
seconds), the client's CPU seconds, and the peak resident memory of the client (which runs the
scheduler too) and of each worker. Each run is a child process of its own, so the client's peak
is that run's, not the largest so far.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(archive: Path, workers: int, batch: int, out: Path) -> dict[str, Any]:
    """One audit of ``archive`` on a new local cluster of ``workers`` processes (start-up not timed)."""
    from lint._runner import RunOptions
    from lint.audit import AuditOptions, run_audit
    from lint.audit._cluster import connect

    with connect(None, workers) as client:  # the local cluster `copydesk audit --workers N` starts
        client.wait_for_workers(workers, timeout=120)
        options = AuditOptions([str(archive)], out, out / "report.html", RunOptions(cache=False), batch_size=batch)
        options.progress = False
        cpu = _cpu_seconds()
        started = time.perf_counter()
        result = run_audit(options, client=client)
        seconds = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu
        worker_peaks = sorted(client.run(_peak_mib).values())
    return {
        "articles": result.articles,
        "workers": workers,
        "seconds": seconds,
        "phases": result.phases,
        "client_cpu": cpu,
        "client_peak": _peak_mib(),
        "worker_peaks": worker_peaks,
        "findings": result.summary["findings"],
    }


def _run_child(archive: Path, workers: int, batch: int, out: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--measure", str(archive), str(workers), str(batch), str(out)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode:
        sys.exit(f"bench/audit.py: the run with {workers} worker(s) failed:\n{completed.stderr}")
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[600], help="archive sizes to measure")
    parser.add_argument("--sentences", type=int, default=74, help="per article (74: about 800 words)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)  # ARCHIVE WORKERS BATCH OUT: one run, as JSON
    arguments = parser.parse_args()
    if arguments.measure:
        archive, workers, batch, out = arguments.measure
        print(json.dumps(measure(Path(archive), int(workers), int(batch), Path(out))))
        return

    from lint.audit._sample import write_archive

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for articles in arguments.articles:
            archive = write_archive(folder / f"archive-{articles}.jsonl", articles, arguments.sentences)
            words = sum(len(json.loads(line)["body"].split()) for line in archive.open(encoding="utf-8")) / articles
            size = archive.stat().st_size / 2**20
            print(f"archive: {articles:,} articles of {words:.0f} words, {size:.1f} MiB; batch {arguments.batch_size}")
            base = None
            findings = None
            for workers in arguments.workers:
                row = _run_child(archive, workers, arguments.batch_size, folder / f"out-{articles}-{workers}")
                phases = row["phases"]
                lint_rate = articles / phases["lint"]
                base = base or lint_rate
                findings = findings if findings is not None else row["findings"]
                same = "same findings" if row["findings"] == findings else f"FINDINGS DIFFER ({row['findings']:,})"
                print(
                    f"  {workers} worker{'s' if workers > 1 else ' '}: "
                    f"plan {phases['plan']:5.1f} s, lint {phases['lint']:6.1f} s, report {phases['report']:4.1f} s; "
                    f"lint {lint_rate:6.1f} articles/s (x{lint_rate / base:.2f}), "
                    f"whole audit {articles / row['seconds']:6.1f} articles/s\n"
                    f"             cost per 1,000 articles: {phases['lint'] * workers / articles * 1000:5.1f} "
                    f"worker-s linting, {row['seconds'] / articles * 1000:5.1f} s wall for the whole audit; "
                    f"client CPU {row['client_cpu']:5.1f} s\n"
                    f"             peak MiB: client {row['client_peak']:.0f}, "
                    f"workers {', '.join(f'{peak:.0f}' for peak in row['worker_peaks'])}; "
                    f"{row['findings']:,} findings ({same})"
                )


if __name__ == "__main__":
    main()
