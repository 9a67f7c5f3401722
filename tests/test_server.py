"""The HTTP service end to end: a real ``copydesk serve`` on a loopback port, real HTTP requests."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_server_support import FIXTURES, REPO, SECRET, Server, alive, descendants, raw_http, start_server

from lint.server._signatures import sign, sign_ghost

MAX_BODY = 65536


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("server")
    running = start_server(
        tmp,
        "--config",
        str(FIXTURES / "copydesk.toml"),
        "--max-body-bytes",
        str(MAX_BODY),
        env={"COPYDESK_WEBHOOK_SECRET": SECRET},
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as http:
        yield http


def assert_positions(findings: list[dict[str, object]], text: str) -> None:
    assert findings
    for finding in findings:
        offset, length = int(finding["offset"]), int(finding["length"])  # type: ignore[call-overload]
        assert text[offset : offset + length] == finding["text"], finding


# -- native API --------------------------------------------------------------------------------


def test_healthz_reports_rules_formats_and_webhooks(client: httpx.Client) -> None:
    answer = client.get("/healthz")
    assert answer.status_code == 200
    health = answer.json()
    assert health["status"] == "ok" and health["rules"] > 0
    assert health["webhooks"] == "signed"
    assert "plain" in health["formats"]


def test_findings_are_exactly_the_cli_json_findings(client: httpx.Client) -> None:
    path = FIXTURES / "draft.txt"
    text = path.read_text(encoding="utf-8")
    answer = client.post("/v1/check", json={"text": text})
    assert answer.status_code == 200
    result = answer.json()
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "lint",
            "check",
            "--format",
            "json",
            "--config",
            str(FIXTURES / "copydesk.toml"),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    cli_findings = json.loads(cli.stdout)["files"][0]["findings"]
    assert result["findings"] == cli_findings
    assert_positions(result["findings"], text)
    rules = {f["rule"] for f in result["findings"]}
    assert {"space.missing-after-punctuation", "repetition.repeated-word"} <= rules
    # The server config made repeated words errors; the verdict follows fail-on = "warning".
    assert {f["severity"] for f in result["findings"] if f["rule"] == "repetition.repeated-word"} == {"error"}
    assert result["verdict"]["publishable"] is False
    assert result["verdict"]["counts"]["error"] >= 1
    assert result["stats"]["words"] > 40 and result["stats"]["rules"] > 0


def test_emoji_before_a_finding_keeps_code_point_offsets(client: httpx.Client) -> None:
    text = "😀😀 Prices rose,however."
    findings = client.post("/v1/check", json={"text": text}).json()["findings"]
    finding = next(f for f in findings if f["rule"] == "space.missing-after-punctuation")
    assert (finding["offset"], finding["column"], finding["text"]) == (text.index(","), text.index(",") + 1, ",")


@pytest.mark.parametrize(
    ("field", "name", "prose_comma"), [("markdown", "draft.md", "Tuesday,"), ("html", "draft.html", "inland,")]
)
def test_markup_positions_point_into_the_submitted_markup(
    client: httpx.Client, field: str, name: str, prose_comma: str
) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    result = client.post("/v1/check", json={field: text}).json()
    assert_positions(result["findings"], text)
    # Only the prose comma is flagged, not the ones in code spans, fenced code, URLs or scripts.
    missing = [f["offset"] for f in result["findings"] if f["rule"] == "space.missing-after-punctuation"]
    assert missing == [text.index(prose_comma) + len(prose_comma) - 1]


def test_select_ignore_fail_on_and_language_are_applied(client: httpx.Client) -> None:
    text = "The council met on on Monday,however nobody came."
    only = client.post("/v1/check", json={"text": text, "select": ["repetition"]}).json()
    assert "repetition.repeated-word" in {f["rule"] for f in only["findings"]}
    assert all(f["rule"].startswith("repetition.") for f in only["findings"])
    ignored = client.post("/v1/check", json={"text": text, "ignore": ["repetition", "space"]}).json()
    assert not any(f["rule"].startswith(("repetition.", "space.")) for f in ignored["findings"])
    lenient = client.post("/v1/check", json={"text": text, "select": ["space"], "fail_on": "error"}).json()
    assert lenient["findings"] and lenient["verdict"] == {
        "publishable": True,
        "fail_on": "error",
        "counts": lenient["verdict"]["counts"],
    }
    never = client.post("/v1/check", json={"text": text, "fail_on": "never"}).json()
    assert never["verdict"]["publishable"] is True
    british = client.post("/v1/check", json={"text": text, "language": "en-GB"})
    assert british.status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": 5}, "text"),
        ({"text": "a", "select": "space"}, "select"),
        ({"text": "a", "select": ["no such rule"]}, "select.0"),
        ({"text": "a", "select": ["nosuch.rule"]}, "select"),
        ({"text": "a", "ignore": ["nosuch"]}, "ignore"),
        ({"text": "a", "language": "fr-FR"}, "language"),
        ({"text": "a", "fail_on": "sometimes"}, "fail_on"),
        ({"text": "a", "config": "/etc/passwd"}, "config"),
        ({"text": "a", "packs": ["/etc/passwd"]}, "packs"),
        ({}, "text"),
        ({"text": "a", "html": "<p>b</p>"}, "text"),
        ([1, 2], "body"),
    ],
)
def test_wrong_fields_are_422_naming_the_field(client: httpx.Client, body: object, field: str) -> None:
    answer = client.post("/v1/check", json=body)
    assert answer.status_code == 422, answer.text
    error = answer.json()
    assert error["field"] == field and error["message"].startswith(field)


def test_malformed_json_is_422_and_bad_utf8_is_400(client: httpx.Client) -> None:
    malformed = client.post(
        "/v1/check", content=b'{"text": "unterminated', headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 422 and malformed.json()["error"] == "invalid_json"
    assert "line 1" in malformed.json()["message"]
    bad_utf8 = client.post("/v1/check", content=b'{"text": "caf\xe9"}', headers={"content-type": "application/json"})
    assert bad_utf8.status_code == 400 and bad_utf8.json()["error"] == "invalid_utf8"
    surrogate = client.post(
        "/v1/check", content=b'{"text": "a \\ud800 b"}', headers={"content-type": "application/json"}
    )
    assert surrogate.status_code == 400 and surrogate.json()["field"] == "text"
    deep = client.post("/v1/check", content=b"[" * 60000, headers={"content-type": "application/json"})
    assert deep.status_code == 422


def test_body_over_the_limit_is_refused_before_it_is_read(server: Server) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    # A declared length over the limit: 413 without the server waiting for a single body byte.
    head = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
    answer = raw_http(port, head)
    assert answer.startswith(b"HTTP/1.1 413") and b'"body_too_large"' in answer
    # A chunked body with no declared length: refused once it passes the limit, while streaming.
    head = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = b"x" * 16384
    chunks = [b"%x\r\n%s\r\n" % (len(piece), piece)] * 40  # 640 KiB offered, limit 64 KiB
    answer = raw_http(port, head, chunks)
    assert answer.startswith(b"HTTP/1.1 413") and b"application/json" in answer


def test_errors_for_unknown_paths_and_methods_are_json(client: httpx.Client) -> None:
    missing = client.get("/v1/nothing")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = client.get("/v1/check")
    assert wrong.status_code == 405 and wrong.json()["error"] == "method_not_allowed"


def test_openapi_docs_and_metrics(client: httpx.Client) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/webhooks/ghost", "/v2/check", "/healthz"} <= set(schema["paths"])
    client.post("/v1/check", json={"text": "It was was late."})
    assert client.get("/v1/nothing").status_code == 404
    metrics = client.get("/metrics")
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'copydesk_requests_total{method="POST",route="/v1/check",status="200"}' in text
    assert 'copydesk_findings_total{rule="repetition.repeated-word"}' in text
    assert 'copydesk_request_duration_seconds_bucket{le="0.05",route="/v1/check"}' in text
    assert 'route="other"' in text  # the 404 is counted without its path as a label


# -- webhooks ----------------------------------------------------------------------------------


def post_signed(client: httpx.Client, path: str, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    all_headers = {"content-type": "application/json", "x-copydesk-signature": sign(SECRET, body)}
    all_headers.update(headers or {})
    return client.post(path, content=body, headers=all_headers)


def test_generic_webhook_lints_title_and_body_with_their_own_positions(client: httpx.Client) -> None:
    body = (FIXTURES / "generic.json").read_bytes()
    payload = json.loads(body)
    answer = post_signed(client, "/v1/webhooks/generic", body)
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["id"] == "story-2024-118"
    assert result["fields"] == {"title": "title", "body": "body"}
    by_field = {name: [f for f in result["findings"] if f["field"] == name] for name in ("title", "body")}
    assert_positions(by_field["title"], payload["title"])
    assert_positions(by_field["body"], payload["body"])
    assert result["verdict"]["publishable"] is False


def test_webhook_signatures_are_required(client: httpx.Client) -> None:
    body = (FIXTURES / "generic.json").read_bytes()
    unsigned = client.post("/v1/webhooks/generic", content=body)
    assert unsigned.status_code == 401 and "missing" in unsigned.json()["message"]
    wrong = client.post("/v1/webhooks/generic", content=body, headers={"x-copydesk-signature": sign("guess", body)})
    assert wrong.status_code == 401 and wrong.json()["error"] == "bad_signature"
    tampered = client.post(
        "/v1/webhooks/generic",
        content=body.replace(b"Markets", b"Market"),
        headers={"x-copydesk-signature": sign(SECRET, body)},
    )
    assert tampered.status_code == 401
    # The signature is checked before the body is parsed: garbage with a bad signature is 401, not 422.
    assert (
        client.post("/v1/webhooks/wordpress", content=b"{", headers={"x-copydesk-signature": "sha256=00"}).status_code
        == 401
    )


@pytest.mark.parametrize(
    ("name", "title_path", "body_path", "post_id"),
    [
        ("wordpress_post.json", "post_title", "post_content", 4812),
        ("wordpress_rest.json", "title.raw", "content.raw", 4813),
    ],
)
def test_wordpress_webhook(client: httpx.Client, name: str, title_path: str, body_path: str, post_id: int) -> None:
    body = (FIXTURES / name).read_bytes()
    payload = json.loads(body)
    result = post_signed(client, "/v1/webhooks/wordpress", body).json()
    assert result["fields"] == {"title": title_path, "body": body_path} and result["id"] == post_id

    def lookup(path: str) -> str:
        value = payload
        for key in path.split("."):
            value = value[key]
        return value

    for field, path in (("title", title_path), ("body", body_path)):
        findings = [f for f in result["findings"] if f["field"] == field]
        if findings:
            assert_positions(findings, lookup(path))
    assert any(f["field"] == "body" for f in result["findings"])
    # Wrapped the way webhook plugins send it: {"post": {...WP_Post...}}.
    if name == "wordpress_post.json":
        wrapped = json.dumps({"post_id": post_id, "post": payload}).encode()
        again = post_signed(client, "/v1/webhooks/wordpress", wrapped).json()
        assert again["fields"]["body"] == "post.post_content"
        assert [f["offset"] for f in again["findings"]] == [f["offset"] for f in result["findings"]]


def test_ghost_webhook_with_ghosts_own_signature(client: httpx.Client) -> None:
    body = (FIXTURES / "ghost_post.json").read_bytes()
    current = json.loads(body)["post"]["current"]
    now_ms = int(time.time() * 1000)
    headers = {"content-type": "application/json", "x-ghost-signature": sign_ghost(SECRET, body, now_ms)}
    answer = client.post("/v1/webhooks/ghost", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["fields"] == {"title": "post.current.title", "body": "post.current.html"}
    assert result["id"] == current["id"]
    assert_positions([f for f in result["findings"] if f["field"] == "title"], current["title"])
    assert_positions([f for f in result["findings"] if f["field"] == "body"], current["html"])
    stale = {"x-ghost-signature": sign_ghost(SECRET, body, now_ms - 3_600_000)}
    replay = client.post("/v1/webhooks/ghost", content=body, headers=stale)
    assert replay.status_code == 401 and "replay" in replay.json()["message"]
    # Ghost's endpoint also takes the generic header, for proxies that re-sign.
    assert post_signed(client, "/v1/webhooks/ghost", body).status_code == 200
    deleted = json.dumps({"post": {"current": {}, "previous": {"id": "x"}}}).encode()
    empty = post_signed(client, "/v1/webhooks/ghost", deleted).json()
    assert empty["findings"] == [] and empty["verdict"]["publishable"] is True


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/webhooks/generic", {"title": "x"}, "body"),
        ("/v1/webhooks/generic", {"body": "x", "format": "file"}, "format"),
        ("/v1/webhooks/generic", {"body": "x", "path": "/etc/passwd"}, "path"),
        ("/v1/webhooks/wordpress", {"post_title": 7, "post_content": "x"}, "post_title"),
        ("/v1/webhooks/wordpress", {"status": "draft"}, "post_content"),
        ("/v1/webhooks/wordpress", {"post": [1, 2], "post_content": "x"}, "post"),
        ("/v1/webhooks/ghost", {"page": {"current": []}}, "page.current"),
        ("/v1/webhooks/ghost", {"member": {}}, "post"),
    ],
)
def test_webhook_payload_errors_name_the_field(client: httpx.Client, path: str, body: object, field: str) -> None:
    answer = post_signed(client, path, json.dumps(body).encode())
    assert answer.status_code == 422 and answer.json()["field"] == field


# -- webhooks without a secret ------------------------------------------------------------------


def test_webhooks_are_off_without_a_secret_unless_insecure(tmp_path: Path) -> None:
    body = (FIXTURES / "generic.json").read_bytes()
    plain = start_server(tmp_path)
    try:
        with plain.client() as http:
            assert http.get("/healthz").json()["webhooks"] == "disabled"
            refused = http.post("/v1/webhooks/generic", content=body)
            assert refused.status_code == 503 and refused.json()["error"] == "webhooks_disabled"
            assert http.post("/v1/check", json={"text": "fine"}).status_code == 200
    finally:
        log = plain.stop()
    assert "webhooks off" in log
    insecure = start_server(tmp_path, "--insecure-webhooks")
    try:
        with insecure.client() as http:
            assert http.post("/v1/webhooks/generic", content=body).status_code == 200
    finally:
        log = insecure.stop()
    assert "UNSIGNED" in log


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('select = ["nosuch"]\n', "unknown rule id or prefix: nosuch"),
        ('select = ["spelling"]\nignore = ["spelling"]\n', "leaves no rule to run"),
    ],
)
def test_bad_server_config_stops_serve_with_one_line(tmp_path: Path, table: str, problem: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(table)
    done = subprocess.run(
        [sys.executable, "-m", "lint", "serve", "--config", str(config), "--port", "1"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("copydesk: ") and problem in done.stderr and "Traceback" not in done.stderr


def test_two_workers_share_metrics_and_leave_no_process_behind(tmp_path: Path) -> None:
    running = start_server(tmp_path, "--workers", "2")
    processes: list[int] = []
    try:
        with running.client() as http:
            for _ in range(20):
                assert http.post("/v1/check", json={"text": "It was was late."}).status_code == 200
            # Whichever worker answers the scrape, it reports the requests of both.
            for _ in range(3):
                text = http.get("/metrics").text
                line = next(
                    line
                    for line in text.splitlines()
                    if line.startswith('copydesk_findings_total{rule="repetition.repeated-word"}')
                )
                assert float(line.split()[-1]) == 20.0
        processes = descendants(running.process.pid)
        assert len(processes) >= 4  # two uvicorn workers, each with its lint process
    finally:
        running.stop()
    assert alive(processes) == []


def test_lint_processes_exit_when_the_server_is_killed(tmp_path: Path) -> None:
    running = start_server(tmp_path)
    processes = descendants(running.process.pid)
    assert processes
    running.process.kill()  # no shutdown at all: the pool processes must notice on their own
    running.process.wait()
    assert alive(processes) == []
