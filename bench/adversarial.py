"""Hostile inputs, through the server and through the CLI: does anything run away?

Each input is at most ``--size`` bytes (default 1 MiB): one very long "word" (12 KB, as in
issue 12's reproduction, and full size), the Markdown reference trick (``[a]`` repeated, with a
reference definition), deep nesting (Markdown lists and quotes, HTML elements), a 100k-row
table, long lines, and many tiny paragraphs.

* ``server`` mode starts ``copydesk serve`` (process pool, default settings but a body limit
  that fits the inputs) on a loopback port and posts each input to ``/v1/check``. Target: a
  JSON answer (200, or 503 for a text over the time or memory budget) and no lint process
  over 1 GiB RSS (sampled every 20 ms), and the server still answering afterwards.
* ``cli`` mode lints each input with ``copydesk check`` in a subprocess and reports seconds
  and peak RSS (``wait4``). Target: <= 10 s and <= 500 MB. A run is stopped at ``--cli-limit``
  seconds or 4 GiB, so a runaway cannot take the machine.

Only the standard library and the project are needed. Prints one table per mode.

Usage: ``python bench/adversarial.py [server|cli|all] [--size BYTES] [--only NAME]``
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _process import descendants

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
SERVER_RSS_LIMIT = 1024 * MIB
CLI_SECONDS, CLI_RSS = 10.0, 500 * 1000 * 1000
RUNAWAY_RSS = 4 * 1024 * MIB


@dataclass(frozen=True)
class Input:
    name: str
    input_format: str  # plain, markdown or html: the /v1/check field and the file's extension
    text: str


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def _nested_list(size: int) -> str:
    """Each item one level deeper than the last, until ``size`` bytes."""
    lines, total, depth = [], 0, 0
    while total + 2 * depth + 7 <= size:
        lines.append("  " * depth + "- item\n")
        total += 2 * depth + 7
        depth += 1
    return "".join(lines)


def inputs(size: int) -> list[Input]:
    """The hostile set, each at most ``size`` bytes (UTF-8; all ASCII)."""
    rows = min(100_000, max(1, (size - 40) // 10))
    return [
        Input("long-word-12k", "plain", _fill("ab", 12_000, "Look: the", " here.")),
        Input("long-word-start", "plain", _fill("ab", size, "the")),
        Input("long-word-end", "plain", _fill("ba", size, "", "the")),
        Input("md-reference-trick", "markdown", _fill("[a]", size, "", "\n\n[a]: https://example.com/\n")),
        Input("md-nested-lists", "markdown", _nested_list(size)),
        Input("md-nested-quotes", "markdown", "> " * (size // 2 - 4) + "text"),
        Input("html-nested-divs", "html", _fill("<div>", size, "", "text")),
        Input("md-table-100k-rows", "markdown", "| a | b |\n|---|---|\n" + "| x | y |\n" * rows),
        Input("long-line-words", "plain", _fill("word ", size)),
        Input("long-line-no-spaces", "plain", _fill("a", size)),
        Input("tiny-paragraphs", "plain", _fill("A.\n\n", size)),
    ]


# -- measuring ------------------------------------------------------------------------------------


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakSampler:
    """The largest RSS any process below ``root`` (or ``root`` itself) reaches while it runs."""

    def __init__(self, root: int, include_root: bool, on_sample: Callable[[int], None] | None = None) -> None:
        self.root = root
        self.include_root = include_root
        self.on_sample = on_sample
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = descendants(self.root) + ([self.root] if self.include_root else [])
            current = max((rss_bytes(pid) for pid in pids), default=0)
            self.peak = max(self.peak, current)
            if self.on_sample is not None:
                self.on_sample(current)
            self._stop.wait(0.02)


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("-|-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


# -- server mode ----------------------------------------------------------------------------------

FIELD = {"plain": "text", "markdown": "markdown", "html": "html"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str, timeout: float = 5) -> int:
    with urllib.request.urlopen(url, timeout=timeout) as answer:
        status: int = answer.status
        return status


def run_server(items: list[Input], timeout: float) -> bool:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COPYDESK_")}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "lint", "serve", "--port", str(port), "--no-access-log"]
    command += ["--max-body-bytes", str(8 * MIB), "--timeout", str(timeout)]
    ok = True
    rows: list[list[str]] = []
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_for(url + "/healthz", server)
            for item in items:
                rows.append(_one_request(url, server.pid, item, timeout))
                ok = ok and rows[-1][-1] == "ok"
                _wait_ready(url)
            alive = _get(url + "/healthz") == 200
            ok = ok and alive
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    headers = ["input", "bytes", "status", "answer", "seconds", "worker peak RSS MiB", "verdict"]
    print(f"\nserver mode: POST /v1/check, --timeout {timeout:g} s, lint processes capped at 1024 MiB address space")
    print(table(headers, rows))
    print(f"server still answering /healthz afterwards: {'yes' if alive else 'NO'}")
    return ok


def _wait_for(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"copydesk serve exited with {server.returncode}")
        try:
            if _get(url, 1) == 200:
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise SystemExit("copydesk serve did not start in 120 s")


def _wait_ready(url: str) -> None:
    """After a pool restart, the next input should not be charged the warm-up."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url + "/healthz", timeout=5) as answer:
            health = json.loads(answer.read())
        if health.get("lint_pool", "ready") == "ready" and not health.get("in_flight"):
            return
        time.sleep(0.1)


def _one_request(url: str, server_pid: int, item: Input, timeout: float) -> list[str]:
    body = json.dumps({FIELD[item.input_format]: item.text}).encode("utf-8")
    request = urllib.request.Request(url + "/v1/check", data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with PeakSampler(server_pid, include_root=False) as sampler:
        try:
            with urllib.request.urlopen(request, timeout=timeout + 60) as answer:
                status, payload, content_type = answer.status, answer.read(), answer.headers["content-type"]
        except urllib.error.HTTPError as error:
            status, payload, content_type = error.code, error.read(), error.headers["content-type"]
        except (urllib.error.URLError, OSError) as error:
            status, payload, content_type = 0, str(error).encode(), ""
    seconds = time.perf_counter() - started
    answer_kind = "?"
    if content_type == "application/json":
        data = json.loads(payload)
        answer_kind = data.get("error") or f"{len(data.get('findings', []))} findings"
    good = content_type == "application/json" and status in (200, 503) and sampler.peak <= SERVER_RSS_LIMIT
    return [
        item.name,
        f"{len(item.text.encode()):,}",
        str(status),
        answer_kind,
        f"{seconds:.2f}",
        f"{sampler.peak / MIB:.0f}",
        "ok" if good else "FAIL",
    ]


# -- CLI mode -------------------------------------------------------------------------------------

EXTENSION = {"plain": ".txt", "markdown": ".md", "html": ".html"}


def run_cli(items: list[Input], limit: float) -> bool:
    rows: list[list[str]] = []
    ok = True
    with tempfile.TemporaryDirectory(prefix="copydesk-adversarial-") as folder:
        for item in items:
            path = Path(folder) / (item.name + EXTENSION[item.input_format])
            path.write_text(item.text, encoding="utf-8")
            rows.append(_one_check(path, item, limit))
            ok = ok and rows[-1][-1] == "ok"
    headers = ["input", "bytes", "exit", "seconds", "peak RSS MB", "verdict"]
    print(f"\nCLI mode: copydesk check FILE (target <= {CLI_SECONDS:g} s and <= {CLI_RSS / 1e6:.0f} MB)")
    print(table(headers, rows))
    return ok


def _one_check(path: Path, item: Input, limit: float) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COPYDESK_")}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "lint", "check", "--no-cache", str(path)]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=path.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stopped = ""

    def watch(current: int) -> None:
        nonlocal stopped
        if current > RUNAWAY_RSS and not stopped:
            stopped = f"killed at {RUNAWAY_RSS // MIB} MiB"
            child.kill()

    def stop_if_running() -> None:
        if child.poll() is None:
            child.kill()

    timer = threading.Timer(limit, stop_if_running)
    timer.start()
    with PeakSampler(child.pid, include_root=True, on_sample=watch):
        _pid, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    peak = usage.ru_maxrss * 1024  # kilobytes on Linux
    if not stopped and seconds >= limit:
        stopped = f"killed at {limit:g} s"
    good = not stopped and child.returncode in (0, 1) and seconds <= CLI_SECONDS and peak <= CLI_RSS
    return [
        item.name,
        f"{len(item.text.encode()):,}",
        stopped or str(child.returncode),
        f"{seconds:.2f}",
        f"{peak / 1e6:.0f}",
        "ok" if good else "FAIL",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", choices=("server", "cli", "all"), default="all")
    parser.add_argument("--size", type=int, default=MIB, help="largest input in bytes (default 1 MiB)")
    parser.add_argument("--only", action="append", help="run only these inputs (repeatable)")
    parser.add_argument("--timeout", type=float, default=10.0, help="the server's per-request budget (default 10)")
    parser.add_argument("--cli-limit", type=float, default=60.0, help="stop a CLI run after this many seconds")
    options = parser.parse_args()
    items = [item for item in inputs(options.size) if not options.only or item.name in options.only]
    ok = True
    if options.mode in ("server", "all"):
        ok = run_server(items, options.timeout) and ok
    if options.mode in ("cli", "all"):
        ok = run_cli(items, options.cli_limit) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
