"""Helpers for the HTTP service tests (real servers on loopback ports), and unit tests of the pure parts.

The other ``test_server*`` modules import the helpers from here.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from lint._errors import ConfigError
from lint.server._languagetool import Utf16, parse_params
from lint.server._linting import RequestProblem
from lint.server._settings import ServerSettings
from lint.server._signatures import SignatureError, sign, sign_ghost, verify, verify_ghost

REPO = Path(__file__).resolve().parent.parent


def _bench_process() -> Any:
    """``bench/_process.py``, the benchmarks' process tools: one walk of /proc for both."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_bench_process", REPO / "bench" / "_process.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


descendants = _bench_process().descendants
"""Every process below a pid, from /proc (Linux): a server's workers."""
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "server"
SECRET = "test-secret-for-copydesk"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A ``copydesk serve`` subprocess on a loopback port."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)

    def stop(self) -> str:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.log.read_text(errors="replace")


def start_server(tmp: Path, *args: str, env: dict[str, str] | None = None) -> Server:
    """Run ``python -m lint serve`` with ``args`` and wait until ``/healthz`` answers."""
    port = free_port()
    log = tmp / f"server-{port}.log"
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("COPYDESK_", "PROMETHEUS_"))}
    environ.update(env or {})
    command = [sys.executable, "-m", "lint", "serve", "--port", str(port), "--no-access-log", *args]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=environ, cwd=REPO)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            if httpx.get(server.url + "/healthz", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop()
    raise AssertionError("server did not start in 60 s:\n" + log.read_text(errors="replace"))


class ThreadServer:
    """uvicorn serving an app object in a thread: for tests that patch the app's internals."""

    def __init__(self, app: Any, **options: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False, **options)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise AssertionError("thread server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


def alive(pids: list[int], seconds: float = 5) -> list[int]:
    """The ``pids`` still running after waiting up to ``seconds`` for them to go."""
    deadline = time.monotonic() + seconds
    while True:
        left = [pid for pid in pids if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def hang(*_args: object) -> None:
    """A lint job that never ends in time (module-level, so a process pool can run it)."""
    time.sleep(60)


def die(*_args: object) -> None:
    """A lint job whose process dies (as on running out of memory)."""
    os._exit(3)


SPUN: list[str] = []


def spin_for_ever(*_args: object) -> None:
    """A runaway pure-Python lint (as a quadratic per-word algorithm on a huge word would be)."""
    SPUN.clear()
    try:
        while True:
            pass
    except BaseException as stopped:
        SPUN.append(type(stopped).__name__)
        raise


def hang_on_never(*args: Any) -> Any:
    """Lint normally, except a text starting "Never", which hangs in one C call (60 s of sleep)."""
    from lint.server._linting import lint_fields

    if args[1][0].text.startswith("Never"):
        time.sleep(60)
    return lint_fields(*args)


def hog_memory(*_args: object) -> None:
    """A lint that needs 4 GiB at once."""
    bytearray(4 << 30)


def wait_until_idle(http: httpx.Client, seconds: float = 30) -> int:
    """``in_flight`` once it reaches 0, or what it is after ``seconds`` (a bound, not a measurement)."""
    deadline = time.monotonic() + seconds
    while (in_flight := http.get("/healthz").json()["in_flight"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return int(in_flight)


def wait_until_ready(http: httpx.Client, seconds: float = 120) -> str:
    """The lint pool's state once it is ``ready``, or what it is after ``seconds``."""
    deadline = time.monotonic() + seconds
    while (state := http.get("/healthz").json()["lint_pool"]) != "ready" and time.monotonic() < deadline:
        time.sleep(0.05)
    return str(state)


def raw_http(port: int, head: bytes, chunks: list[bytes] = (), read_timeout: float = 10) -> bytes:  # type: ignore[assignment]
    """Send raw bytes (a request head, then body pieces) and return what the server answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as sock:
        sock.sendall(head)
        for chunk in chunks:
            try:
                sock.sendall(chunk)
            except OSError:  # the server answered and closed early: exactly what a limit should do
                break
        answer = b""
        while True:
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            answer += data
            if b"\r\n\r\n" in answer and _complete(answer):
                break
        return answer


def _complete(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


# -- unit tests of the pure parts -------------------------------------------------------------


def test_settings_come_from_the_environment_then_the_command_line() -> None:
    env = {"COPYDESK_PORT": "9000", "COPYDESK_TIMEOUT": "2.5", "COPYDESK_INSECURE_WEBHOOKS": "yes"}
    settings = ServerSettings.from_env(env, port=9001, workers=None)
    assert (settings.port, settings.timeout, settings.insecure_webhooks, settings.workers) == (9001, 2.5, True, 1)
    assert settings.webhooks == "insecure"
    rebuilt = ServerSettings.from_env(settings.to_env())
    assert rebuilt == settings


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"COPYDESK_PORT": "eighty"}, "COPYDESK_PORT"),
        ({"COPYDESK_MAX_BODY_BYTES": "10"}, "max-body-bytes"),
        ({"COPYDESK_EXECUTOR": "fork"}, "executor"),
        ({"COPYDESK_ACCESS_LOG": "maybe"}, "COPYDESK_ACCESS_LOG"),
    ],
)
def test_bad_settings_name_the_setting(env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        ServerSettings.from_env(env)
    assert key in str(caught.value)


def test_webhook_mode_follows_the_secret() -> None:
    assert ServerSettings(webhook_secret="s").webhooks == "signed"
    assert ServerSettings(webhook_secret="s", insecure_webhooks=True).webhooks == "signed"
    assert ServerSettings().webhooks == "disabled"


def test_copydesk_signature_round_trip_and_tamper() -> None:
    body = b'{"body": "text"}'
    verify(SECRET, body, sign(SECRET, body))
    verify(SECRET, body, sign(SECRET, body).upper().replace("SHA256=", "sha256="))
    for header in (None, "", "sha256=00", "md5=" + sign(SECRET, body)[7:], sign("other", body)):
        with pytest.raises(SignatureError):
            verify(SECRET, body, header)
    with pytest.raises(SignatureError):
        verify(SECRET, body + b" ", sign(SECRET, body))


def test_ghost_signature_matches_ghosts_own_algorithm_and_window() -> None:
    import hashlib
    import hmac

    body = b'{"post":{"current":{}}}'
    now_ms = 1_730_800_000_000
    # Ghost: HMAC-SHA256(secret, body + timestamp), header "sha256=<hex>, t=<ms>".
    digest = hmac.new(SECRET.encode(), body + str(now_ms).encode(), hashlib.sha256).hexdigest()
    header = f"sha256={digest}, t={now_ms}"
    assert sign_ghost(SECRET, body, now_ms) == header
    verify_ghost(SECRET, body, header, 300, now=now_ms / 1000 + 299)
    with pytest.raises(SignatureError, match="replay"):
        verify_ghost(SECRET, body, header, 300, now=now_ms / 1000 + 301)
    with pytest.raises(SignatureError, match="replay"):
        verify_ghost(SECRET, body, header, 300, now=now_ms / 1000 - 301)
    forged_time = f"sha256={digest}, t={now_ms + 1000}"
    with pytest.raises(SignatureError, match="does not match"):
        verify_ghost(SECRET, body, forged_time, 300, now=now_ms / 1000)
    for bad in ("sha256=abc", f"t={now_ms}", "garbage", f"sha256={digest}, t=soon"):
        with pytest.raises(SignatureError):
            verify_ghost(SECRET, body, bad, 300, now=now_ms / 1000)


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = "a😀b𝒳c\u00e9"
    units = Utf16(text)
    assert [units(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7, 8]
    assert Utf16.length(text) == len(text.encode("utf-16-le")) // 2


def test_languagetool_parameters() -> None:
    job = parse_params(
        {"text": "x", "language": "en-GB", "disabledRules": "a.b, c", "enabledCategories": "missing-space"}
    )
    assert (job.language, job.language_explicit, job.disabled_rules) == ("en-GB", True, ("a.b", "c"))
    assert job.enabled_categories == ("MISSING_SPACE",)
    assert parse_params({"text": "x", "language": "auto", "preferredVariants": "en-GB"}).language == "en-GB"
    assert parse_params({"text": "x", "language": "en"}).language_explicit is False
    data = '{"annotation": [{"text": "A "}, {"markup": "<b>", "interpretAs": ""}, {"text": "b"}]}'
    assert [p.markup for p in parse_params({"data": data, "language": "en-US"}).parts] == [False, True, False]
    cases = [
        ({"language": "en-US"}, "text"),
        ({"text": "x"}, "language"),
        ({"text": "x", "language": "de-DE"}, "language"),
        ({"data": "{", "language": "en-US"}, "data"),
        ({"data": '{"annotation": [{"text": 1}]}', "language": "en-US"}, "data.annotation[0].text"),
        ({"data": '{"annotation": [{"text": "a", "markup": "b"}]}', "language": "en-US"}, "data.annotation[0]"),
        ({"text": "x", "language": "en-US", "enabledOnly": "true"}, "enabledOnly"),
    ]
    for params, field in cases:
        with pytest.raises(RequestProblem) as caught:
            parse_params(params)
        assert caught.value.field == field
