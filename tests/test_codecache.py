"""The command line's cache of the dataclasses' compiled methods (lint._codecache)."""

from __future__ import annotations

import dataclasses
import inspect
import os
import sys
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


def _fresh_python(code: str, *arguments: str) -> list[str]:
    """The lines a new interpreter prints running ``code`` with copydesk's folder first on its path."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parent.parent)
    command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {root!r})\n{code}", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert not done.stderr, done.stderr
    return done.stdout.splitlines()


def test_dataclasses_import_inspect_only_to_write_a_missing_docstring() -> None:
    code = """
from lint._codecache import _dataclasses
dataclasses = _dataclasses()
print('inspect' in sys.modules)
@dataclasses.dataclass
class Documented:
    '''A class with its own docstring.'''
    x: int
print('inspect' in sys.modules)
@dataclasses.dataclass
class Point:
    x: int
    y: int = 2
print(Point.__doc__, 'inspect' in sys.modules, dataclasses.inspect is sys.modules['inspect'])
"""
    assert _fresh_python(code) == ["False", "False", "Point(x: int, y: int = 2) True True"]


@pytest.mark.skipif(
    sys.version_info[:2] not in _codecache.SUPPORTED or os.environ.get("COPYDESK_DATA_CACHE") == "off",
    reason="the cache is not used on this Python or with the data cache off",
)
def test_a_check_never_imports_inspect(tmp_path: Path) -> None:
    """Every dataclass a check of plain text makes has a docstring, so dataclasses never needs
    ``inspect`` (:func:`lint._codecache._dataclasses`): a new one without a docstring fails here.
    (Markdown's parser, markdown-it, makes one without: a Markdown file's check imports it.)"""
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "The council have voted, however, to delay teh plan untill May.\n\n"
        "It's colour was gray; they organise and organize it, \"he said.\n",
        encoding="utf-8",
    )
    code = """
import atexit
atexit.register(lambda: print('inspect' in sys.modules))
sys.argv[0] = 'copydesk'
from lint._command import main
main()
"""
    assert _fresh_python(code, "check", "--no-cache", str(draft))[-1] == "False"
