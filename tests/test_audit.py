"""copydesk audit on a real dask.distributed LocalCluster (2 worker processes), one cluster per module,
and the command line against a separately started ``dask scheduler`` and ``dask worker``."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("matplotlib")

import pyarrow.parquet as pq
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from lint import check_text
from lint._runner import RunOptions, run
from lint.audit import AuditOptions, AuditResult, FieldMap, run_audit
from lint.audit._report import SECTIONS
from lint.audit._sample import write_archive, write_folder
from lint.cli import app

ARTICLES = 300
BATCH = 20


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(tmp_path_factory.mktemp("archive") / "archive.jsonl", ARTICLES, sentences=6)


def _audit(client: Client, inputs: list[str], out: Path, **extra: Any) -> AuditResult:
    after = extra.pop("after_batch", None)
    options = AuditOptions(inputs, out, out / "report.html", RunOptions(cache=False), batch_size=BATCH, **extra)
    options.progress = False
    return run_audit(options, client=client, after_batch=after)


def _findings(out: Path) -> list[tuple[Any, ...]]:
    table = pq.read_table(out / "shards" / "findings")
    columns = ["article", "rule", "line", "column", "offset", "length", "message"]
    return sorted(zip(*(table[column].to_pylist() for column in columns), strict=True))


@pytest.fixture(scope="module")
def full_run(client: Client, archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, AuditResult]:
    out = tmp_path_factory.mktemp("full")
    return out, _audit(client, [str(archive)], out)


def _checked(archive: Path) -> list[tuple[Any, ...]]:
    """What ``check_text`` finds in each article of an export, as :func:`_findings` lists an audit's."""
    expected = []
    for line in archive.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        checked = check_text(record["body"], record["format"], path=record["id"])
        expected += [
            (record["id"], d.rule, d.location.line, d.location.column, d.location.offset, d.location.length, d.message)
            for d in checked.diagnostics
        ]
    return sorted(expected)


def test_export_findings_equal_check(archive: Path, full_run: tuple[Path, AuditResult]) -> None:
    out, result = full_run
    assert result.articles == ARTICLES and result.batches_run == result.batches == ARTICLES // BATCH
    expected = _checked(archive)
    assert expected and _findings(out) == expected


# lint/_discovery.py asks pathspec for "gitwildmatch", which pathspec 1.1 deprecates (not this module's code).
@pytest.mark.filterwarnings("ignore:GitWildMatchPattern:DeprecationWarning")
def test_folder_findings_equal_check(client: Client, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "site", 60, sentences=6)
    out = tmp_path / "out"
    _audit(client, [str(folder)], out)
    targets = sorted(str(path) for path in folder.rglob("*.*"))
    outcome = run(targets, RunOptions(cache=False, jobs=1), None)
    expected = [
        (r.path, d.rule, d.location.line, d.location.column, d.location.offset, d.location.length, d.message)
        for r in outcome.results
        for d in r.diagnostics
    ]
    assert expected and _findings(out) == sorted(expected)


def test_resume_skips_done_batches(client: Client, archive: Path, tmp_path: Path, full_run: tuple[Path, Any]) -> None:
    finished: list[int] = []

    def interrupt(index: int) -> None:
        finished.append(index)
        if len(finished) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _audit(client, [str(archive)], tmp_path, after_batch=interrupt)
    assert len(list((tmp_path / "shards" / "articles").glob("*.parquet"))) == 4
    resumed = _audit(client, [str(archive)], tmp_path, resume=True)
    assert resumed.batches_run == resumed.batches - 4
    assert _findings(tmp_path) == _findings(full_run[0])


def test_killed_worker_loses_nothing(client: Client, archive: Path, tmp_path: Path, full_run: tuple[Path, Any]) -> None:
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one(index: int) -> None:
        if not killed:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    result = _audit(client, [str(archive)], tmp_path, after_batch=kill_one)
    assert killed and result.batches_run == result.batches
    assert _findings(tmp_path) == _findings(full_run[0])
    assert result.summary["articles"] == ARTICLES


def test_report_holds_every_section(full_run: tuple[Path, AuditResult]) -> None:
    out, _result = full_run
    page = (out / "report.html").read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f"id='{anchor}'" in page
    assert page.count("<svg") >= 3  # rules, sections, months
    assert "<script" not in page and "src=" not in page  # self-contained
    assert "https://news.example/" in page  # the worst articles link to their source
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    kinds = {entry["kind"] for entry in summary["consistency"]}
    assert {"spelling", "hyphenation", "capitalisation"} <= kinds
    assert summary["unknown_words"][0]["word"] == "goverment"
    assert "goverment" in (out / "accept.txt").read_text(encoding="utf-8").splitlines()
    assert {row["name"] for row in summary["by_section"]} == {"news", "politics", "business", "sport", "culture"}


def test_field_mapping_reads_wordpress_shape(tmp_path: Path) -> None:
    from lint.audit._inputs import parse_article

    line = json.dumps(
        {"id": 7, "link": "https://x.example/7", "date": "2024-05-02T10:00:00", "content": {"rendered": "<p>Hi</p>"}}
    )
    article = parse_article(line, FieldMap.build("wordpress"), "wp.jsonl:1")
    assert (article.id, article.format, article.month, article.url) == ("7", "html", "2024-05", "https://x.example/7")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "body": "x"}\n{"id": "b"}\n', "bad.jsonl:2: field 'body' is missing"),
        ('{"id": "a", "body": "x", "format": "docx"}\n', "bad.jsonl:1: field 'format' is 'docx', not one of"),
        ('{"id": "a", "body": "x", "published": "soon"}\n', "bad.jsonl:1: field 'published' is 'soon', not an ISO"),
        ("[1]\n", "bad.jsonl:1: is a JSON list, not an object"),
        ('{"id": "a", "body": {"x": 1}}\n', "bad.jsonl:1: field 'body' is a dict, not text"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bad.jsonl").write_text(line, encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", "bad.jsonl"])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"copydesk: {message}")
    assert len(result.output.strip().splitlines()) == 1


# A separately started cluster: `dask scheduler` and `dask worker` as their own processes, as an
# operator runs them, and the command line (`copydesk audit --scheduler`) as a third.
_STARTUP = 60.0  # seconds; generous, for a busy 2-core machine


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate, wait, kill if it does not stop; then anything left in its session (a nanny's worker)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # started with start_new_session: its group is its own


def _log_tail(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-3000:] if path.exists() else ""


@pytest.fixture
def dask_scheduler(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A ``dask scheduler`` on a port it picks and one ``dask worker`` (one thread) registered with it:
    its address and the worker's log. Both are stopped afterwards, whether the test passed or not."""
    folder = tmp_path / "cluster"
    folder.mkdir()
    scheduler_file = folder / "scheduler.json"
    processes: list[subprocess.Popen[bytes]] = []

    def start(name: str, *arguments: str) -> Path:
        log = folder / f"{name}.log"
        with log.open("wb") as stream:
            command = [sys.executable, "-m", "dask", name, *arguments]
            processes.append(
                subprocess.Popen(command, cwd=folder, stdout=stream, stderr=subprocess.STDOUT, start_new_session=True)
            )
        return log

    try:
        scheduler_log = start(
            "scheduler",
            *("--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--dashboard-address", "127.0.0.1:0"),
            *("--scheduler-file", str(scheduler_file), "--idle-timeout", "600s"),  # a leaked one ends itself
        )
        deadline = time.monotonic() + _STARTUP
        address = ""
        while not address:
            if processes[0].poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"dask scheduler did not start:\n{_log_tail(scheduler_log)}")
            try:
                address = json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)  # not written yet, or half written
        worker_log = start(
            "worker",
            *("--scheduler-file", str(scheduler_file), "--nthreads", "1", "--nworkers", "1", "--no-dashboard"),
            *("--local-directory", str(folder / "worker"), "--death-timeout", "60"),  # ends itself without a scheduler
        )
        with Client(address, timeout=_STARTUP, set_as_default=False) as probe:
            try:
                probe.wait_for_workers(1, timeout=_STARTUP)
            except TimeoutError:
                pytest.fail(f"dask worker did not register:\n{_log_tail(worker_log)}")
        yield address, worker_log
    finally:
        for process in reversed(processes):  # the worker first, so it does not wait for a lost scheduler
            _stop(process)


def test_cli_on_separately_started_scheduler_and_worker(dask_scheduler: tuple[str, Path], tmp_path: Path) -> None:
    address, worker_log = dask_scheduler
    archive = write_archive(tmp_path / "archive.jsonl", 60, sentences=6, seed=11)
    report = tmp_path / "audit.html"
    command = [sys.executable, "-m", "lint", "audit", str(archive), "--scheduler", address, "--report", str(report)]
    completed = subprocess.run(
        [*command, "--batch-size", "10"], capture_output=True, text=True, cwd=tmp_path, timeout=180
    )
    assert completed.returncode == 0, completed.stderr
    assert "audited 60 articles (6 of 6 batches run)" in completed.stderr
    expected = _checked(archive)
    assert expected and _findings(tmp_path / "audit.data") == expected
    assert "id='consistency'" in report.read_text(encoding="utf-8")
    # The batches ran on that worker: its log shows the audit's plugin loading the engine there.
    assert "copydesk-audit-warm-up" in worker_log.read_text(encoding="utf-8", errors="replace")
