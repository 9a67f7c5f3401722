"""The per-user cache of derived word tables: built once, reused, and never trusted when broken."""

from __future__ import annotations

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
