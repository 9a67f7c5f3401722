"""Compiled regular expressions kept in the per-user data cache, for the command line.

Python compiles a regular expression from its text in Python code (``re._parser`` and
``re._compiler``), about a millisecond for a long pattern: some 22 ms of a 50,000-word check (its
170-odd patterns: the sentence splitter's and the protected-span finder's, the rules', the house
packs' page furniture), 12 ms of it before any rule runs. What that code hands the C engine
(``_sre.compile``: flags, a program of numbers, the group names) depends only on the pattern, its
flags and the Python version, so the command line keeps it in the data cache, under a name that
holds the Python version, and hands it over directly in later runs: a few microseconds a pattern.
It can never be stale: an entry is looked up by the pattern's exact text and flags.

Only patterns written in a module's body (constants) and others of :data:`MIN_LENGTH` characters
or more are kept: some short ones are made from a document's own words (the names the consistency
rules look for), which would otherwise be added run after run. The table is bounded
(:data:`LIMIT`) and written only by a run that compiled a pattern it lacked. On another Python (or
another implementation) than the ones whose ``re`` internals this follows, with
``COPYDESK_DATA_CACHE=off``, or when anything about an entry is wrong, patterns are compiled as
usual.
"""

from __future__ import annotations

import os
import re
import sys
from array import array
from typing import Any

NAME = "regex-programs"
MIN_LENGTH = 40
"""Shorter patterns are compiled as usual (a 40-character pattern compiles in about 0.05 ms),
unless a module's body compiles them."""
LIMIT = 2048
"""Most entries kept; past it, a run keeps only the patterns it used."""
SUPPORTED = ((3, 11), (3, 12), (3, 13))
"""Python versions whose ``re._compiler.compile`` is the three steps :func:`_program` repeats."""

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, the program (as machine words), the
number of groups, name → group and group → name."""


class Cache:
    """The table loaded at start, the entries this run used, and those it compiled anew."""

    def __init__(self, table: dict[tuple[str, int], Program], fingerprint: str, usual: Any) -> None:
        self.table = table
        self.fingerprint = fingerprint
        self.usual = usual
        """``re._compiler.compile`` as it was: for what the table does not take."""
        self.used: set[tuple[str, int]] = set()
        self.new: dict[tuple[str, int], Program] = {}

    def program(self, pattern: str, flags: int) -> Program:
        key = (pattern, flags)
        found = self.table.get(key)
        if found is None:
            found = self.table[key] = self.new[key] = _program(pattern, flags)
        else:
            self.used.add(key)
        return found

    def save(self) -> None:
        """Write the table when this run compiled a pattern it lacked (at the process's end)."""
        if not self.new:
            return
        table = self.table
        if len(table) > LIMIT:
            table = {key: table[key] for key in (*self.used, *self.new)}
        import marshal

        from ._datacache import _file_name, _store, cache_root

        _store(cache_root() / _file_name(NAME, self.fingerprint), NAME, marshal.dumps(table))


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``, computed its way."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names: dict[str, int] = dict(parsed.state.groupdict)
    by_group: list[str | None] = [None] * parsed.state.groups
    for name, group in names.items():
        by_group[group] = name
    words = array(_WORD, code).tobytes()
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, names, tuple(by_group)


_WORD = "I"
"""The array type of one program word (``_sre.CODESIZE`` bytes: 4 on CPython)."""


def install() -> Cache | None:
    """Compile every long pattern of this process through the cache (the command line's start);
    the cache, or None when it is not used (or was installed already).

    ``re`` keeps its own per-process memo in front of this, so a pattern is looked up here once.
    """
    import _sre  # type: ignore[import-not-found]  # the C engine of re

    if (
        sys.implementation.name != "cpython"
        or sys.version_info[:2] not in SUPPORTED
        or array(_WORD).itemsize != _sre.CODESIZE
        or os.environ.get("COPYDESK_DATA_CACHE") == "off"
    ):
        return None
    from re import _compiler  # type: ignore[attr-defined]

    if getattr(_compiler.compile, "_copydesk_cache", False):
        return None  # installed already
    fingerprint = f"{sys.version}|{_sre.MAGIC}"
    usual = _compiler.compile
    cache = Cache(_load(fingerprint), fingerprint, usual)

    def compile(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is not str or flags & re.DEBUG or (len(pattern) < MIN_LENGTH and not _in_module_body()):
            return usual(pattern, flags)
        try:
            final_flags, words, groups, names, by_group = cache.program(pattern, int(flags))
            code = array(_WORD)
            code.frombytes(words)
            return _sre.compile(pattern, final_flags, code.tolist(), groups, names, by_group)
        except Exception:  # an entry _sre refuses, or a pattern re's own checks reject: its way
            cache.table.pop((pattern, int(flags)), None)
            return usual(pattern, flags)

    compile._copydesk_cache = True  # type: ignore[attr-defined]
    _compiler.compile = compile
    import atexit

    atexit.register(cache.save)
    return cache


_RE_FILES = os.path.dirname(re.__file__)


def _in_module_body() -> bool:
    """Whether the pattern being compiled is written in a module's body (a constant), not made
    in a function (perhaps from a document's words): the first caller outside ``re`` decides."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_RE_FILES):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and frame.f_code.co_name == "<module>"


def _load(fingerprint: str) -> dict[tuple[str, int], Program]:
    """The stored table, or an empty one (none yet, or unreadable). Its file's time is refreshed
    once a day, as :func:`lint._datacache.cached` does, so pruning keeps a table in use."""
    import marshal
    import time

    from ._datacache import _DAY, _file_name, cache_root

    path = cache_root() / _file_name(NAME, fingerprint)
    try:
        with open(path, "rb") as stream:
            age = time.time() - os.fstat(stream.fileno()).st_mtime
            table = marshal.loads(stream.read())
        if age > _DAY:
            os.utime(path)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}
