"""The command line's cache of the dataclasses' compiled methods (lint._codecache)."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lint import _codecache


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[_codecache.Cache]:
    """The cache installed on an empty data cache folder, dataclasses as they were afterwards."""
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    monkeypatch.setattr(dataclasses, "_create_fn", getattr(dataclasses, "_create_fn", None), raising=False)
    monkeypatch.setattr("atexit.register", lambda function: function)
    installed = _codecache.install()
    if installed is None:
        pytest.skip("not used on this Python")
    yield installed


def _make(**options: Any) -> type:
    @dataclasses.dataclass(**options)
    class Point:
        x: int
        y: int = 2
        tags: list[str] = dataclasses.field(default_factory=list)

    return Point


@pytest.mark.parametrize("options", [{}, {"frozen": True}, {"frozen": True, "slots": True}, {"order": True}])
def test_classes_made_through_the_cache_behave_as_usual(cache: _codecache.Cache, options: dict[str, Any]) -> None:
    first, second = _make(**options), _make(**options)  # compiled, then run from the table
    assert cache.new and cache.used
    for kind in (first, second):
        point = kind(1)
        assert (point.x, point.y, point.tags) == (1, 2, [])
        assert repr(point).endswith("Point(x=1, y=2, tags=[])")
        assert point == kind(1) and point != kind(1, 3)
        assert inspect.signature(kind).return_annotation is None  # '->None' is run, not kept as text
        if options.get("frozen"):
            with pytest.raises(dataclasses.FrozenInstanceError):
                point.x = 5
        if options.get("order"):
            assert kind(1) < kind(2)


def test_the_table_is_written_and_read_back(cache: _codecache.Cache) -> None:
    _make(frozen=True)
    cache.save()
    stored = _codecache._load(cache.fingerprint)
    assert stored.keys() == cache.table.keys() and stored


def test_a_run_that_compiles_nothing_new_writes_nothing(cache: _codecache.Cache, tmp_path: Path) -> None:
    cache.save()
    assert not list(tmp_path.glob("dataclass-code-*"))


def test_installed_once(cache: _codecache.Cache) -> None:
    assert _codecache.install() is None
