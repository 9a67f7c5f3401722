"""The command line's cache of compiled regular expressions (lint._regexcache)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint import _regexcache

LONG = r"(?P<head>(?:Click|Tap) (?:here|this link)) (?:to|for) (?P<rest>.{2,40})|(?:Sign up (?:for|to) .{2,20})"
SAMPLES = ("Click here to read more", "tap this link for the rest", "Sign up for our letter", "nothing of the kind")


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[_regexcache.Cache]:
    """The cache installed on an empty data cache folder, ``re`` as it was afterwards."""
    from re import _compiler  # type: ignore[attr-defined]

    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path))
    monkeypatch.setattr(_compiler, "compile", _compiler.compile)
    monkeypatch.setattr("atexit.register", lambda function: function)
    re.purge()
    installed = _regexcache.install()
    if installed is None:
        pytest.skip("not used on this Python")
    yield installed
    re.purge()


def _groups(pattern: re.Pattern[str], text: str) -> tuple[str | None, ...] | None:
    found = pattern.fullmatch(text)
    return found.groups() if found else None


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.VERBOSE])
def test_patterns_from_the_table_match_as_compiled_ones(cache: _regexcache.Cache, flags: int) -> None:
    usual = cache.usual(LONG, flags)
    first = re.compile(LONG, flags)  # compiled, and added to the table
    re.purge()
    second = re.compile(LONG, flags)  # from the table
    assert (LONG, flags) in cache.table
    for pattern in (first, second):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (
            usual.pattern,
            usual.flags,
            usual.groups,
            usual.groupindex,
        )
        assert [_groups(pattern, text) for text in SAMPLES] == [_groups(usual, text) for text in SAMPLES]


def test_the_table_is_written_and_read_back(cache: _regexcache.Cache) -> None:
    re.compile(LONG)
    re.compile("short")  # compiled as usual, not kept
    cache.save()
    assert _regexcache._load(cache.fingerprint) == {(LONG, 0): _regexcache._program(LONG, 0)}


def test_a_run_that_compiles_nothing_new_writes_nothing(cache: _regexcache.Cache, tmp_path: Path) -> None:
    cache.save()
    assert not list(tmp_path.glob("regex-programs-*"))


def test_bad_patterns_fail_as_usual(cache: _regexcache.Cache) -> None:
    with pytest.raises(re.error):
        re.compile("(?P<unclosed>" + "x" * 50)


def test_short_patterns_are_kept_when_a_module_body_compiles_them(cache: _regexcache.Cache) -> None:
    exec(compile("import re\nWORD = re.compile(r'[a-z]+-[a-z]+')", "<module body>", "exec"), {})
    assert ("[a-z]+-[a-z]+", 0) in cache.table
    re.compile("[0-9]+x")  # in a function: perhaps made from a document's words
    assert ("[0-9]+x", 0) not in cache.table
