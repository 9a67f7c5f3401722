"""The checking page: time from opening ``/`` to the first findings underlined, in a real browser.

A real ``copydesk serve`` and headless Debian Chromium driven by Playwright (the browser the test
suite uses, ``/usr/bin/chromium``). Each run opens a fresh browser context (no cached page or
script), loads the page, opens the article through the file picker and waits for the first
underline; the first run warms the server and is not counted. With ``--screenshot PATH`` the last
run's page, from the top, is saved as an image (``docs/images/checking-page.png``).

Run: ``python bench/page_load.py [--article FILE] [--runs 10] [--screenshot PATH]``; the default
article is the seed story (``../shared/examples/seed-article.txt``) when it is there, else
``examples/council-budget.md``.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = REPO.parent / "shared" / "examples" / "seed-article.txt"
BROWSER = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _serve(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A ``copydesk serve`` on a free port, once ``/healthz`` answers."""
    port = _free_port()
    environ = {key: value for key, value in os.environ.items() if not key.startswith("COPYDESK_")}
    command = [sys.executable, "-m", "lint", "serve", "--port", str(port), "--no-access-log"]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=environ, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start in 60 s")


def measure(article: Path, runs: int, screenshot: Path | None) -> list[float]:
    """Milliseconds from opening the page to the first underline, one per counted run."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        process, url = _serve(Path(folder) / "server.log")
        try:
            with sync_playwright() as driver:
                browser = driver.chromium.launch(executable_path=BROWSER)
                times: list[float] = []
                for run in range(runs + 1):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    started = time.perf_counter()
                    page.goto(url + "/")
                    page.set_input_files("#file", str(article))
                    page.wait_for_selector("#review mark")
                    if run:  # the first run warms the server's rule tables
                        times.append((time.perf_counter() - started) * 1000)
                    if run == runs and screenshot is not None:
                        page.evaluate("window.scrollTo(0, 0)")
                        page.screenshot(path=str(screenshot))
                    context.close()
                browser.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = SEED if SEED.exists() else REPO / "examples" / "council-budget.md"
    parser.add_argument("--article", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--screenshot", type=Path)
    options = parser.parse_args()
    times = measure(options.article, options.runs, options.screenshot)
    print(
        f"page load to first findings, {options.article.name}, {len(times)} runs: median "
        f"{statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
