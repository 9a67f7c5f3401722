"""The per-user cache of derived word tables: built once, reused, and never trusted when broken."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lint import _datacache


def test_builds_once_then_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"colour": 2, "color": 2}

    assert _datacache.cached("demo", "v1", build) == {"colour": 2, "color": 2}
    assert _datacache.cached("demo", "v1", build) == {"colour": 2, "color": 2}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("demo-*.marshal"))) == 1
    # A new fingerprint (an upgraded source package) builds a new table.
    _datacache.cached("demo", "v2", build)
    assert len(calls) == 2


def test_a_corrupt_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    _datacache.cached("demo", "v1", lambda: [1, 2, 3])
    (entry,) = tmp_path.glob("demo-*.marshal")
    entry.write_bytes(b"\x00garbage")
    assert _datacache.cached("demo", "v1", lambda: [4, 5]) == [4, 5]


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(blocker / "cache"))
    assert _datacache.cached("demo", "v1", lambda: {"a": 1}) == {"a": 1}


def test_the_real_tables_match_their_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the cache returns for the spelling counts is exactly what the dictionary file holds."""
    from rules.spelling._lexicon import cached_counts, raw_counts

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    first = cached_counts()
    again = cached_counts()
    assert first == again == raw_counts()


def test_tables_unused_for_a_month_are_pruned_when_a_new_one_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    _datacache.cached("demo", "v1", lambda: [1])
    _datacache.cached("demo-other", "v1", lambda: [2])  # another table whose name starts the same
    (old,) = tmp_path.glob("demo-????????????????.marshal")
    (other,) = tmp_path.glob("demo-other-*.marshal")
    month_ago = time.time() - 31 * 24 * 3600
    for entry in (old, other):
        os.utime(entry, (month_ago, month_ago))
    _datacache.cached("demo", "v2", lambda: [3])  # an upgrade: v1 is stale and unused
    names = sorted(path.name for path in tmp_path.glob("*.marshal"))
    assert old.name not in names
    assert other.name in names
    assert len(names) == 2


def test_loading_a_table_marks_it_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    _datacache.cached("demo", "v1", lambda: [1])
    (entry,) = tmp_path.glob("demo-*.marshal")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(entry, (month_ago, month_ago))
    assert _datacache.cached("demo", "v1", lambda: [2]) == [1]
    assert entry.stat().st_mtime > time.time() - 3600
    _datacache.cached("demo", "v2", lambda: [3])
    assert entry.exists()


def test_a_mapped_table_is_built_once_then_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Large byte strings come back as views of the file, the rest as marshalled, in place."""
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    big, other = bytes(range(256)) * 512, b"\x01\x02" * 40_000
    value = ("keys", big, 7, None, b"small", other, "I")
    calls: list[int] = []

    def build() -> tuple[object, ...]:
        calls.append(1)
        return value

    assert _datacache.cached_mapped("demo", "v1", build) == value
    again = _datacache.cached_mapped("demo", "v1", build)
    assert len(calls) == 1
    assert isinstance(again[1], memoryview) and isinstance(again[5], memoryview)
    assert again[1] == big and again[5] == other
    assert again[:1] == value[:1] and again[2:5] == value[2:5] and again[6:] == value[6:]
    assert memoryview(again[5]).cast("H")[0] == memoryview(other).cast("H")[0]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_mapped_table_is_rebuilt(damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    value = ("keys", b"\x05" * 100_000)
    _datacache.cached_mapped("demo", "v1", lambda: value)
    (entry,) = tmp_path.glob("demo-*.mapped")
    data = entry.read_bytes()
    entry.write_bytes({"garbage": b"\x00garbage" * 10, "truncated": data[: len(data) // 2], "empty": b""}[damage])
    assert _datacache.cached_mapped("demo", "v1", lambda: ("rebuilt", b"")) == ("rebuilt", b"")


def test_mapped_tables_off_and_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    monkeypatch.setenv("COPYDESK_DATA_CACHE", "off")
    assert _datacache.cached_mapped("demo", "v1", lambda: ("a", b"\x00" * 70_000)) == ("a", b"\x00" * 70_000)
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    _datacache.cached_mapped("demo", "v1", lambda: ("a", b"\x00" * 70_000))
    (old,) = tmp_path.glob("demo-*.mapped")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    _datacache.cached_mapped("demo", "v2", lambda: ("b", b"\x00" * 70_000))
    assert not old.exists()
    assert len(list(tmp_path.glob("demo-*.mapped"))) == 1


def test_the_real_mapped_tables_match_their_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word-frequency table answers the same mapped as built."""
    from lint._packed import IntTable
    from rules.spelling import _large

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    built = IntTable.load(_large._build())
    mapped = IntTable.load(_datacache.cached_mapped("wordfreq-test", "v1", _large._build))
    mapped = IntTable.load(_datacache.cached_mapped("wordfreq-test", "v1", _large._build))
    assert isinstance(mapped.values, memoryview) and len(mapped) == len(built)
    for word in ("the", "webinar", "recieve", "kubernetes", "zzqxj", "don't", ""):
        assert mapped.get(word) == built.get(word)


def test_at_most_a_dozen_versions_of_a_table_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source that changes with every edit (a checkout) must not leave a table per change."""
    import os
    import time

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    now = time.time()
    for version in range(20):
        _datacache.cached("demo", f"v{version}", lambda number=version: [number])
        for path in tmp_path.glob("demo-*.marshal"):  # older versions: used earlier, within the month
            if path.stat().st_mtime > now - 60:
                os.utime(path, (now - 3600 * (20 - version), now - 3600 * (20 - version)))
    kept = list(tmp_path.glob("demo-*.marshal"))
    assert len(kept) == _datacache.MOST_VERSIONS
    assert _datacache.cached("demo", "v19", lambda: ["rebuilt"]) == [19]  # the newest is among them


def test_the_working_directory_is_not_part_of_the_plugin_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    from lint._registry import _sys_path_fingerprint

    before = _sys_path_fingerprint()
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path[1:]])
    assert _sys_path_fingerprint() == before


def _distribution(folder: Path, name: str, version: str, entry: str) -> None:
    info = folder / f"{name}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[copydesk.rules]\n{entry} = {name}:RULES\n", encoding="utf-8")


def test_plugins_are_scanned_again_when_a_distribution_changes_not_when_a_file_is_saved_beside_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A folder on ``sys.path`` (a checkout under an editable install) changes its time with every file
    saved in it: the scan, 20-40 ms, is not made again for that, but is for an install, an upgrade, a
    reinstall of the same version and a removal."""
    import importlib.metadata
    import os
    import shutil
    import sys

    from lint import _registry

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(site)])
    scans: list[int] = []
    real_entry_points = importlib.metadata.entry_points

    def counted(**selection: str) -> object:
        scans.append(1)
        return real_entry_points(**selection)

    monkeypatch.setattr(importlib.metadata, "entry_points", counted)
    when = [1_700_000_000]

    def found() -> list[tuple[str, str]]:
        when[0] += 10  # every change gets its own time, however coarse the file system's clock
        os.utime(site, (when[0], when[0]))
        return [(entry.name, entry.version) for entry in _registry.plugin_entry_points.__wrapped__()]

    assert found() == [] and len(scans) == 1
    _distribution(site, "first_plugin", "1.0", "first")
    assert found() == [("first", "1.0")] and len(scans) == 2  # installed
    assert found() == [("first", "1.0")] and len(scans) == 2  # the folder's time alone changed
    (site / "notes.txt").write_text("saved beside the distributions", encoding="utf-8")
    assert found() == [("first", "1.0")] and len(scans) == 2
    old_time = (site / "first_plugin-1.0.dist-info").stat().st_mtime_ns
    shutil.rmtree(site / "first_plugin-1.0.dist-info")
    _distribution(site, "first_plugin", "1.0", "renamed")
    os.utime(site / "first_plugin-1.0.dist-info", ns=(old_time + 10**9, old_time + 10**9))  # a later install
    assert found() == [("renamed", "1.0")] and len(scans) == 3  # reinstalled, same version
    shutil.rmtree(site / "first_plugin-1.0.dist-info")
    _distribution(site, "first_plugin", "2.0", "renamed")
    assert found() == [("renamed", "2.0")] and len(scans) == 4  # upgraded
    shutil.rmtree(site / "first_plugin-2.0.dist-info")
    assert found() == []  # removed: the distributions of the start again, and their table


_FORK_IN_TESTS = pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
"""The tests below fork whatever threads the test runner keeps (``threads_running`` patched):
Python 3.12+ warns of it, which this suite would turn into an error."""


def _table_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, load: Callable[[bool], object]
) -> tuple[bytes, bytes]:
    """The file of one table built in this process and the file of the same table built aside."""
    files: list[bytes] = []
    for mode in ("here", "aside"):
        folder = tmp_path / mode
        monkeypatch.setenv("COPYDESK_DATA_CACHE", str(folder))
        load(mode == "aside")
        (entry,) = (path for path in folder.iterdir() if not path.name.startswith("."))
        files.append(entry.read_bytes())
    return files[0], files[1]


@_FORK_IN_TESTS
def test_a_table_built_aside_is_built_by_a_child_and_stored_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table asked for ``aside`` is built by a forked child (this process never runs the build),
    stored exactly as this process would store it, and then loaded here."""
    import os

    monkeypatch.setattr(_datacache, "threads_running", lambda: False)  # the test runner's own threads
    builders = tmp_path / "builders"

    def build() -> tuple[str, bytes, dict[str, int]]:
        with builders.open("a", encoding="utf-8") as record:
            record.write(f"{os.getpid()}\n")
        return ("head", bytes(range(256)) * 300, {"colour": 2, "color": 3})

    here, aside = _table_both_ways(tmp_path, monkeypatch, lambda a: _datacache.cached("demo", "v1", build, aside=a))
    assert here == aside
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [True, False]
    builders.unlink()
    here, aside = _table_both_ways(
        tmp_path / "mapped", monkeypatch, lambda a: _datacache.cached_mapped("demo", "v1", build, aside=a)
    )
    assert here == aside
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [True, False]
    # What this process gets back is what it would have built (the byte string mapped from the file).
    head, blob, counts = _datacache.cached_mapped("demo", "v1", build, aside=True)
    assert (head, bytes(blob), counts) == build()


@_FORK_IN_TESTS
def test_the_real_tables_built_aside_are_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger's summed weights and the syllable counts, built both ways in one process."""
    from lint._packed import pack_ints
    from lint._stats import _cmu_text, first_pronunciation_syllables
    from rules.grammar._tagger import pack

    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    builds: dict[str, Callable[[], tuple[object, ...]]] = {
        "grammar-tagger-summed": pack,
        "cmu-syllables-packed": lambda: pack_ints(first_pronunciation_syllables(_cmu_text())),
    }
    for name, build in builds.items():
        here, aside = _table_both_ways(
            tmp_path / name, monkeypatch, lambda a, n=name, b=build: _datacache.cached_mapped(n, "v1", b, aside=a)
        )
        assert here == aside, name


@_FORK_IN_TESTS
def test_a_build_that_fails_aside_fails_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child's failure is not swallowed: the build runs again here and its error is raised."""
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    attempts = tmp_path / "attempts"

    def build() -> list[int]:
        with attempts.open("a", encoding="utf-8") as record:
            record.write("x")
        raise LookupError("no source")

    with pytest.raises(LookupError, match="no source"):
        _datacache.cached("demo", "v1", build, aside=True)
    assert attempts.read_text() == "xx"
    assert not list(tmp_path.glob("demo-*"))


def test_no_table_is_built_aside_while_other_threads_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork would copy locks other threads hold (the language server, a server's thread pool)."""
    import os
    import threading

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        builders: list[int] = []
        assert _datacache.cached("demo", "v1", lambda: builders.append(os.getpid()) or [1], aside=True) == [1]
        assert builders == [os.getpid()]
    finally:
        release.set()
        worker.join()


@_FORK_IN_TESTS
def test_an_unwritable_cache_builds_here_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(blocker / "cache"))
    calls: list[int] = []
    assert _datacache.cached_mapped("demo", "v1", lambda: calls.append(1) or ("a",), aside=True) == ("a",)
    assert calls == [1]


def _fresh_build() -> tuple[str, bytes, dict[str, int]]:
    """A build a fresh interpreter can import by name: it notes the process that ran it."""
    import os

    with open(os.environ["COPYDESK_TEST_BUILDERS"], "a", encoding="utf-8") as record:
        record.write(f"{os.getpid()}\n")
    if os.environ.get("COPYDESK_TEST_FAIL"):
        raise LookupError("no source")
    return ("head", bytes(range(256)) * 300, {"colour": 2, "color": 3})


def test_a_table_built_fresh_is_built_by_a_new_interpreter_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``aside="fresh"``: a new process imports the build by name and stores the table exactly as
    this process would; it needs no fork, so it is done while other threads run (this suite's)."""
    import os
    import threading

    builders = tmp_path / "builders"
    monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(builders))
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        here, fresh = _table_both_ways(
            tmp_path,
            monkeypatch,
            lambda a: _datacache.cached_mapped("demo", "v1", _fresh_build, aside="fresh" if a else False),
        )
    finally:
        release.set()
        worker.join()
    assert here == fresh
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [True, False]
    head, blob, counts = _datacache.cached_mapped("demo", "v1", _fresh_build, aside="fresh")
    assert (head, bytes(blob), counts) == _fresh_build()


def test_a_table_built_ahead_is_waited_for_not_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`build_ahead` starts a new interpreter on the table; the run that asks for it later waits
    for that builder and reads what it stored, byte for byte what a build here makes."""
    import os

    builders = tmp_path / "builders"
    monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(builders))
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    monkeypatch.setattr("lint._parallel.usable_cores", lambda: 2)
    _datacache.build_ahead("demo", "v1", _fresh_build)
    _datacache.build_ahead("demo", "v1", _fresh_build)  # once is enough: the second call starts nothing
    ahead = list(_datacache._AHEAD.values())
    assert len(ahead) == 1 and ahead[0][0] == os.getpid()
    head, blob, counts = _datacache.cached_mapped("demo", "v1", _fresh_build, aside="fresh")
    assert (head, bytes(blob), counts) == _fresh_build()
    assert not _datacache._AHEAD and ahead[0][1].returncode == 0
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [False, True]  # the builder, the check


def test_nothing_is_built_ahead_on_one_core_with_threads_or_a_stored_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(tmp_path / "builders"))
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(_datacache, "threads_running", lambda: True)
    _datacache.build_ahead("demo", "v1", _fresh_build)
    monkeypatch.setattr(_datacache, "threads_running", lambda: False)
    monkeypatch.setattr("lint._parallel.usable_cores", lambda: 1)
    _datacache.build_ahead("demo", "v1", _fresh_build)
    monkeypatch.setattr("lint._parallel.usable_cores", lambda: 2)
    _datacache.cached_mapped("demo", "v1", _fresh_build)  # stored here
    _datacache.build_ahead("demo", "v1", _fresh_build)
    assert not _datacache._AHEAD


def test_a_forked_child_does_not_wait_for_its_parents_builder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder started by another process (the parent of a split run) is not this one's to wait for."""
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "cache" / "demo.mapped"
    monkeypatch.setitem(_datacache._AHEAD, path, (-1, None))  # type: ignore[arg-type]  # never waited for
    assert not _datacache._awaited(path)


def test_a_build_that_fails_fresh_fails_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    builders = tmp_path / "builders"
    monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(builders))
    monkeypatch.setenv("COPYDESK_TEST_FAIL", "1")
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    with pytest.raises(LookupError, match="no source"):
        _datacache.cached("demo", "v1", _fresh_build, aside="fresh")
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [False, True]
    assert not list((tmp_path / "cache").glob("demo-*"))


@pytest.mark.parametrize("why", ["no interpreter", "not importable"])
def test_a_fresh_build_that_cannot_start_is_built_here(
    why: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No interpreter to start, or a build without a name a new process could import (a lambda):
    a fork would follow (none here: other threads run, as in the language server), else the build
    runs in the process."""
    import os
    import sys

    monkeypatch.setattr(_datacache, "threads_running", lambda: True)
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    builders: list[int] = []
    if why == "no interpreter":
        monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
        builders_file = tmp_path / "builders"
        monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(builders_file))
        head, _blob, _counts = _datacache.cached_mapped("demo", "v1", _fresh_build, aside="fresh")
        assert head == "head"
        builders = [int(pid) for pid in builders_file.read_text().split()]
    else:
        assert _datacache.cached("demo", "v1", lambda: builders.append(os.getpid()) or [1], aside="fresh") == [1]
    assert builders == [os.getpid()]


def test_the_web_ngram_table_built_fresh_is_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table the first run builds in a new interpreter, against the same build in this process."""
    pytest.importorskip("wordsegment")
    from rules.grammar import _ngrams

    here, fresh = _table_both_ways(
        tmp_path,
        monkeypatch,
        lambda a: _datacache.cached_mapped(
            "grammar-web-ngrams-common", "v1", _ngrams._web_packed, aside="fresh" if a else False
        ),
    )
    assert here == fresh


def test_a_process_that_may_not_fork_builds_a_named_build_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``aside=True`` forks first; where no fork may be made (other threads run: the language
    server), a build with an importable name is still built in another process."""
    import os

    monkeypatch.setattr(_datacache, "threads_running", lambda: True)
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    builders = tmp_path / "builders"
    monkeypatch.setenv("COPYDESK_TEST_BUILDERS", str(builders))
    head, _blob, _counts = _datacache.cached_mapped("demo", "v1", _fresh_build, aside=True)
    assert head == "head"
    assert [int(pid) == os.getpid() for pid in builders.read_text().split()] == [False]


def test_a_fresh_child_that_cannot_import_its_build_says_so(tmp_path: Path) -> None:
    """The exit status that sends the parent to a fork instead of building the table itself."""
    with pytest.raises(SystemExit) as leaving:
        _datacache._fresh_child("no_such_module_here", "build", "mapped", str(tmp_path / "demo"), "demo")
    assert leaving.value.code == _datacache._NOT_STARTED
    assert not list(tmp_path.iterdir())
