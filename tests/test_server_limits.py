"""Time budget, bounded concurrency and the off-loop lint pool, on a real uvicorn server in a thread.

These tests swap the lint job for a slow one, which needs the app in this process; the server
is still real uvicorn on a loopback port, spoken to over HTTP.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_server_support import (
    FIXTURES,
    REPO,
    SECRET,
    SPUN,
    ThreadServer,
    die,
    free_port,
    hang,
    spin_for_ever,
    wait_until_idle,
    wait_until_ready,
)
from typer.testing import CliRunner

from lint.server import _routes_native, create_app
from lint.server._linting import lint_fields
from lint.server._settings import ServerSettings


def slow_lint(seconds: float, busy: bool = False, one_call: bool = False) -> Any:
    def job(*args: Any) -> Any:
        if one_call:
            time.sleep(seconds)  # one C call: an asynchronous exception waits until it returns
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            if not busy:
                time.sleep(0.01)
        return lint_fields(*args)

    return job


def test_thread_pool_stops_a_runaway_lint_inside_its_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", spin_for_ever)
    with (
        ThreadServer(create_app(ServerSettings(timeout=0.5, executor="thread"))) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        answer = http.post("/v1/check", json={"text": "Slow,text."})
        assert answer.status_code == 503 and answer.json()["error"] == "timeout"
        assert answer.headers["retry-after"] == "1"
        assert wait_until_idle(http) == 0  # the loop never ends by itself: it was stopped, and its slot freed
        assert SPUN == ["BudgetExceeded"]


def test_thread_pool_work_stuck_in_c_keeps_its_slot_and_the_gate_refuses_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", slow_lint(1.5, one_call=True))
    settings = ServerSettings(timeout=0.3, executor="thread", max_concurrency=1)
    with ThreadServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/v1/check", json={"text": "Slow,text."})
        assert answer.status_code == 503 and answer.json()["error"] == "timeout"
        refused = http.post("/v1/check", json={"text": "Next."})  # the sleeping thread still holds the only slot
        assert refused.status_code == 503 and refused.json()["error"] == "busy"
        assert wait_until_idle(http) == 0
        monkeypatch.setattr(_routes_native, "lint_fields", lint_fields)
        assert http.post("/v1/check", json={"text": "Next."}).status_code == 200


def test_excess_requests_get_503_with_retry_after_instead_of_queueing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", slow_lint(2.0))
    settings = ServerSettings(max_concurrency=2, executor="thread")
    with ThreadServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: http.post("/v1/check", json={"text": "a,b"}), range(6)))
        statuses = sorted(a.status_code for a in answers)
        assert statuses == [200, 200, 503, 503, 503, 503]
        for refused in (a for a in answers if a.status_code == 503):
            assert refused.json()["error"] == "busy" and refused.headers["retry-after"] == "1"
        assert http.post("/v1/check", json={"text": "a,b"}).status_code == 200  # slots were given back


RELEASE = threading.Event()


def spin_until_released(*args: Any) -> Any:
    """A CPU-bound lint that spins until the test releases it (30 s at most)."""
    end = time.monotonic() + 30
    while not RELEASE.is_set() and time.monotonic() < end:
        pass
    return lint_fields(*args)


def test_linting_runs_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """healthz answers while a CPU-bound lint is still running: had the lint blocked the event
    loop, healthz could only answer after it ended (and would then see 0 in flight)."""
    monkeypatch.setattr(_routes_native, "lint_fields", spin_until_released)
    RELEASE.clear()
    with (
        ThreadServer(create_app(ServerSettings(executor="thread", timeout=60))) as server,
        httpx.Client(base_url=server.url, timeout=60) as http,
        ThreadPoolExecutor(1) as pool,
    ):
        pending = pool.submit(http.post, "/v1/check", json={"text": "a,b"})
        try:
            deadline = time.monotonic() + 20
            while (health := http.get("/healthz").json())["in_flight"] == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert health["in_flight"] == 1 and not pending.done()
        finally:
            RELEASE.set()
        assert pending.result().status_code == 200


def test_an_unexpected_error_is_a_json_500_without_details(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(_routes_native, "lint_fields", broken)
    with (
        ThreadServer(create_app(ServerSettings(executor="thread"))) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        answer = http.post("/v1/check", json={"text": "a"})
        assert answer.status_code == 500
        assert answer.json() == {"error": "internal_error", "message": "internal error; see the server log"}
        assert http.get("/healthz").json()["in_flight"] == 0


def test_process_pool_stops_work_over_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", hang)
    # 3 s, not 1: on a loaded machine a job may reach the worker late, and one that starts after
    # its deadline is stopped by the worker's own budget (no kill, no restart to count).
    app = create_app(ServerSettings(timeout=3.0, executor="process"))
    with ThreadServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/v1/check", json={"text": "Never,ends."})
        assert answer.status_code == 503 and answer.json()["error"] == "timeout"
        assert wait_until_idle(http) == 0  # killed, not waited for (it sleeps 60 s in one C call)
        assert app.state.copydesk.gate.restarts == 1
        # The new pool warms up before it takes work; a readiness probe sees it, and once it is
        # ready a request is not charged the cold start within its budget.
        assert wait_until_ready(http) == "ready"
        monkeypatch.setattr(_routes_native, "lint_fields", lint_fields)
        fresh = http.post("/v1/check", json={"text": "It was was late."})
        assert fresh.status_code == 200 and fresh.json()["findings"]


def test_a_dead_lint_process_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routes_native, "lint_fields", die)
    app = create_app(ServerSettings(executor="process"))
    with ThreadServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/v1/check", json={"text": "Crash,now."})
        assert answer.status_code == 503 and answer.json()["error"] == "lint_worker_lost"
        assert answer.headers["retry-after"] == "1"
        monkeypatch.setattr(_routes_native, "lint_fields", lint_fields)
        assert http.post("/v1/check", json={"text": "It was was late."}).status_code == 200
        assert http.get("/healthz").json()["in_flight"] == 0


def test_process_pool_executor_lints_the_same(tmp_path: Path) -> None:
    text = (FIXTURES / "draft.txt").read_text(encoding="utf-8")
    settings = ServerSettings(executor="process", config=str(FIXTURES / "copydesk.toml"))
    thread_settings = ServerSettings(executor="thread", config=str(FIXTURES / "copydesk.toml"))
    results = []
    for chosen in (settings, thread_settings):
        with ThreadServer(create_app(chosen)) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            answer = http.post("/v1/check", json={"text": text})
            assert answer.status_code == 200
            results.append(answer.json()["findings"])
    assert results[0] == results[1] and results[0]


def test_asgi_app_is_built_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COPYDESK_")}
    env.update({"COPYDESK_WEBHOOK_SECRET": SECRET, "COPYDESK_CONFIG": str(FIXTURES / "copydesk.toml")})
    command = [sys.executable, "-m", "uvicorn", "lint.server:app", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert health.json()["webhooks"] == "signed"
        answer = httpx.post(f"http://127.0.0.1:{port}/v1/check", json={"text": "It was was late."}).json()
        assert answer["findings"][0]["severity"] == "error"  # the config file from COPYDESK_CONFIG applied
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_without_the_extra_prints_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    from lint import cli
    from lint.server import _serve

    monkeypatch.setattr(_serve, "missing_dependencies", lambda: ["fastapi"])
    result = CliRunner().invoke(cli.app, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'copydesk[server]'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_check_never_imports_the_server() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lint", "check", str(FIXTURES / "draft.txt")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode in (0, 1), done.stderr  # it linted (whether findings fail depends on the config)
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "lint._command" in imported  # a check runs without typer (lint._command), not through lint.cli
    assert not {"fastapi", "uvicorn", "starlette", "prometheus_client", "lint.server"} & imported
