"""Load benchmark for ``copydesk serve``: throughput, latency and memory on loopback.

Starts ``copydesk serve`` (default 2 workers) on a free loopback port, then, for the native
API (``POST /v1/check``, JSON) and the LanguageTool-shaped API (``POST /v2/check``, form, the
same texts), measures in the same run:

1. an open-loop run at ``--rate`` requests/s for ``--duration`` s (target: >= 100/s, 0 errors);
2. an open-loop run at ``--latency-rate`` requests/s (target: p99 < 150 ms at 50/s);
3. a closed-loop run with ``--concurrency`` clients (the capacity, for information);

then sends ``--rss-requests`` more requests and reports the server's RSS (master + workers)
before and after (target: < 10% growth over 10,000 requests).

Latency is measured from each request's scheduled start (so a stalled server cannot hide
queueing). Articles are ~1,000 words of whole paragraphs from ``../shared/eval/clean_prose/``,
built at run time. The load generator runs on the same machine, so it takes CPU from the
server: the figures are a lower bound. Needs ``pip install aiohttp`` (the ``bench`` extra).

Usage: ``python bench/load.py [--workers 2] [--quick] [--url http://host:port]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _process import descendants

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _article import build_articles  # noqa: E402

# -- server -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(workers: int, extra: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "lint", "serve", "--port", str(port), "--workers", str(workers), *extra]
    environ = {**os.environ, **env}
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=HERE.parent, env=environ
    )
    return process, f"http://127.0.0.1:{port}"


def tree_cpu_seconds(root: int | None) -> float:
    """User + system CPU time used so far by the server (master + workers)."""
    if root is None:
        return float("nan")
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in [root, *descendants(root)]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def tree_rss_mib(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    total = 0
    for pid in [root, *descendants(root)]:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


# -- load -------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    server_cpu: float = float("nan")
    """Server CPU seconds (all processes) used during the run."""
    started: float = 0.0
    failures: list[float] = field(default_factory=list)
    """When each non-200 answer's request was scheduled, in seconds from the start of the run."""

    def failure_times(self) -> str:
        """Where in the run the errors fell (a burst at the start points at warm-up, not capacity)."""
        if not self.failures:
            return ""
        times = sorted(self.failures)
        seconds = Counter(int(t) for t in times)
        busiest = ", ".join(f"{second} s: {n}" for second, n in sorted(seconds.items())[:12])
        return f"{self.name}: {len(times)} errors between {times[0]:.1f} s and {times[-1]:.1f} s ({busiest})"

    @property
    def errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != "200")

    def row(self) -> str:
        ordered = sorted(self.latencies)

        def pct(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")

        total = sum(self.statuses.values())
        rate = total / self.elapsed if self.elapsed else 0.0
        mean = statistics.fmean(ordered) * 1000 if ordered else float("nan")
        other = ", ".join(f"{s}: {n}" for s, n in sorted(self.statuses.items()) if s != "200") or "-"
        cpu = self.server_cpu * 1000 / total if total else float("nan")
        return (
            f"| {self.name} | {total} | {rate:.1f} | {pct(0.50):.1f} | {pct(0.99):.1f} | {mean:.1f} "
            f"| {self.errors} | {other} | {cpu:.1f} |"
        )


HEADER = (
    "| run | requests | req/s | p50 ms | p99 ms | mean ms | errors | non-200 | server CPU ms/req |\n"
    "|---|---:|---:|---:|---:|---:|---:|---|---:|"
)


class Client:
    def __init__(self, base: str, articles: list[str]) -> None:
        import aiohttp

        self.base = base
        self.articles = articles
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=256), timeout=aiohttp.ClientTimeout(total=30)
        )
        self.native = [json.dumps({"text": a}).encode() for a in articles]
        self.forms = [{"text": a, "language": "en-US"} for a in articles]
        self.sent = 0

    async def one(self, kind: str, index: int, run: Run, scheduled: float) -> None:
        try:
            if kind == "native":
                request = self.session.post(
                    self.base + "/v1/check",
                    data=self.native[index % len(self.native)],
                    headers={"Content-Type": "application/json"},
                )
            else:
                request = self.session.post(self.base + "/v2/check", data=self.forms[index % len(self.forms)])
            async with request as response:
                body = await response.read()
                status = str(response.status)
                if status == "200" and not body.startswith(b"{"):
                    status = "bad-body"
        except Exception as error:
            status = type(error).__name__
        self.sent += 1
        run.latencies.append(time.perf_counter() - scheduled)
        run.statuses[status] += 1
        if status != "200":
            run.failures.append(scheduled - run.started)

    async def open_loop(self, kind: str, rate: float, duration: float, name: str) -> Run:
        run = Run(name)
        start = run.started = time.perf_counter()
        tasks = []
        total = int(rate * duration)
        for i in range(total):
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.one(kind, i, run, scheduled)))
        await asyncio.gather(*tasks)
        run.elapsed = time.perf_counter() - start
        return run

    async def closed_loop(self, kind: str, concurrency: int, name: str, duration: float = 0, count: int = 0) -> Run:
        run = Run(name)
        start = run.started = time.perf_counter()
        counter = iter(range(10**9))

        async def worker() -> None:
            while True:
                i = next(counter)
                if (duration and time.perf_counter() - start >= duration) or (count and i >= count):
                    return
                which = kind if kind != "mixed" else ("native" if i % 2 == 0 else "languagetool")
                await self.one(which, i, run, time.perf_counter())

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        run.elapsed = time.perf_counter() - start
        return run


async def measured(pid: int | None, coroutine: Any) -> Run:
    """Run one load phase and record the server CPU it used."""
    before = tree_cpu_seconds(pid)
    run: Run = await coroutine
    run.server_cpu = tree_cpu_seconds(pid) - before
    return run


async def wait_ready(base: str, seconds: float = 60) -> None:
    import aiohttp

    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.get(base + "/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit(f"server at {base} did not become ready")


async def main_async(args: argparse.Namespace) -> int:
    articles = build_articles()
    words = statistics.mean(len(a.split()) for a in articles)
    process = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        extra = list(args.server_arg or [])
        if args.select:
            config = Path(tempfile.mkdtemp(prefix="copydesk-load-")) / "copydesk.toml"
            config.write_text(f"select = {json.dumps(args.select.split(','))}\n", encoding="utf-8")
            extra += ["--config", str(config)]
        env = dict(item.split("=", 1) for item in args.server_env or [])
        process, base = start_server(args.workers, extra, env)
        print(f"server: copydesk serve {' '.join(extra)} {' '.join(args.server_env or [])}".rstrip())
    try:
        await wait_ready(base)
        client = Client(base, articles)
        try:
            print(f"{len(articles)} articles, mean {words:.0f} words, {len(articles[0].encode())} bytes (first)")
            print(f"server: {base}, {args.workers} workers; load generator on the same {os.cpu_count()}-core machine")
            load = os.getloadavg()
            print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
            await client.closed_loop("mixed", 4, "warm-up", count=200)
            rss_start = tree_rss_mib(process.pid) if process else float("nan")
            runs = []
            pid = process.pid if process else None
            for kind, label in (("native", "/v1/check"), ("languagetool", "/v2/check (LT)")):
                phases = [
                    client.closed_loop(
                        kind, args.concurrency, f"{label} closed, {args.concurrency} clients", args.capacity_duration
                    )
                ]
                if not args.capacity_only:
                    phases[:0] = [
                        client.open_loop(kind, args.rate, args.duration, f"{label} @ {args.rate:g}/s"),
                        client.open_loop(
                            kind, args.latency_rate, args.latency_duration, f"{label} @ {args.latency_rate:g}/s"
                        ),
                    ]
                for phase in phases:
                    runs.append(await measured(pid, phase))
            print(HEADER)
            for run in runs:
                print(run.row())
            for run in runs:
                if run.failures:
                    print(run.failure_times())
            if args.capacity_only:
                return 1 if any(run.errors for run in runs) else 0
            rss_before = tree_rss_mib(process.pid) if process else float("nan")
            memory = await measured(
                pid, client.closed_loop("mixed", args.concurrency, "memory run (mixed)", count=args.rss_requests)
            )
            rss_after = tree_rss_mib(process.pid) if process else float("nan")
            print(memory.row())
            growth = (rss_after / rss_before - 1) * 100 if rss_before else float("nan")
            print(
                f"\nserver RSS (master + workers): {rss_start:.1f} MiB after warm-up, {rss_before:.1f} MiB before "
                f"the memory run, {rss_after:.1f} MiB after {args.rss_requests} more requests ({growth:+.1f}%)"
            )
            load = os.getloadavg()
            print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; requests sent: {client.sent}")
            cpu = [run.server_cpu / sum(run.statuses.values()) for run in runs if sum(run.statuses.values())]
            if cpu and process:
                ms = statistics.median(cpu) * 1000
                cores = os.cpu_count() or 1
                print(
                    f"median server CPU per request: {ms:.1f} ms -> at most ~{cores * 1000 / ms:.0f} req/s on "
                    f"{cores} idle cores (the ceiling if nothing else ran on the machine)"
                )
            failed = any(run.errors for run in [*runs, memory])
        finally:
            await client.session.close()
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="Use a running server instead of starting one (RSS is then not measured).")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--latency-rate", type=float, default=50.0)
    parser.add_argument("--latency-duration", type=float, default=30.0)
    parser.add_argument("--capacity-duration", type=float, default=15.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rss-requests", type=int, default=10_000)
    parser.add_argument("--capacity-only", action="store_true", help="Only the closed-loop runs (no rates, no RSS).")
    parser.add_argument(
        "--quick", action="store_true", help="Short runs (10 s, 1,000 memory requests) for a smoke test."
    )
    parser.add_argument("--server-arg", action="append", help="Extra argument for `copydesk serve` (repeatable).")
    parser.add_argument(
        "--server-env", action="append", help="KEY=VALUE for the server, e.g. COPYDESK_EXECUTOR=process."
    )
    parser.add_argument("--select", help="Run only these rules (comma-separated), to measure the service's own cost.")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration = args.latency_duration = args.capacity_duration = 10.0
        args.rss_requests = 1000
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
