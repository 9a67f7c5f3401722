"""Issue 12, the server side: no single request can take the service down.

A runaway lint is stopped inside its worker, a pool process cannot grow past its memory
ceiling, requests queued behind killed work are re-run (or answered JSON 503), and a real
pathological document through the real engine ends in a JSON answer.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from test_server_support import (
    ThreadServer,
    descendants,
    hang_on_never,
    hog_memory,
    spin_for_ever,
    start_server,
    wait_until_idle,
    wait_until_ready,
)

from lint.server import _routes_native, create_app
from lint.server._linting import lint_fields
from lint.server._settings import ServerSettings


def test_process_pool_stops_a_runaway_lint_inside_the_worker_without_a_restart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", spin_for_ever)
    app = create_app(ServerSettings(timeout=1.0, executor="process"))
    with ThreadServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/v1/check", json={"text": "Spins."})
        assert answer.status_code == 503 and answer.json()["error"] == "timeout"
        assert answer.headers["retry-after"] == "1"
        assert wait_until_idle(http) == 0
        assert app.state.copydesk.gate.restarts == 0  # the worker stopped the loop itself and lives on
        monkeypatch.setattr(_routes_native, "lint_fields", lint_fields)
        assert http.post("/v1/check", json={"text": "It was was late."}).status_code == 200


def test_a_lint_over_the_memory_ceiling_is_a_json_503_and_the_worker_lives_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("resource")
    monkeypatch.setattr(_routes_native, "lint_fields", hog_memory)
    app = create_app(ServerSettings(executor="process", worker_memory_mib=512))
    with ThreadServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/v1/check", json={"text": "Greedy."})
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"] in ("lint_out_of_memory", "lint_worker_lost")
        assert answer.headers["retry-after"] == "1"
        monkeypatch.setattr(_routes_native, "lint_fields", lint_fields)
        assert wait_until_ready(http) == "ready"
        assert http.post("/v1/check", json={"text": "It was was late."}).status_code == 200


def test_requests_queued_behind_killed_work_are_rerun_or_answered_json_503(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", hang_on_never)
    app = create_app(ServerSettings(timeout=4.0, executor="process"))
    with ThreadServer(app) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        with ThreadPoolExecutor(4) as pool:
            culprit = pool.submit(http.post, "/v1/check", json={"text": "Never ends."})
            while not http.get("/healthz").json()["in_flight"]:
                time.sleep(0.01)
            innocents = [pool.submit(http.post, "/v1/check", json={"text": "It was was late."}) for _ in range(3)]
            answers = [future.result() for future in innocents]
        assert culprit.result().status_code == 503 and culprit.result().json()["error"] == "timeout"
        for answer in answers:
            assert answer.headers["content-type"] == "application/json", answer.text  # never CancelledError's 500
            if answer.status_code != 200:
                assert answer.status_code == 503 and answer.headers["retry-after"] == "1"
                assert answer.json()["error"] in ("warming_up", "timeout")
        assert app.state.copydesk.gate.restarts == 1  # innocents did not restart the pool again
        assert wait_until_idle(http) == 0


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_one_long_word_through_the_real_engine_gets_a_json_answer_and_the_worker_stays_small(
    tmp_path: Path,
) -> None:
    """The issue's reproduction: 12 KB of one "word" starting with a common word grew a worker to
    7 GB. With the budget and the memory ceiling it is a JSON 200 or 503, and the server lives."""
    server = start_server(tmp_path, "--timeout", "3")
    try:
        with server.client() as http:
            for word in ("the" + "x" * 12_000, "ab" * 6_000 + "the"):
                answer = http.post("/v1/check", json={"text": f"Look: {word} here."})
                assert answer.status_code in (200, 503), answer.text
                assert answer.headers["content-type"] == "application/json"
                workers = descendants(server.process.pid)
                assert workers and all(_rss_mib(pid) < 1024 for pid in workers)
            wait_until_ready(http)
            assert http.post("/v1/check", json={"text": "It was was late."}).status_code == 200
    finally:
        server.stop()
