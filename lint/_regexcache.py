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

from ._datacache import GrowingTable, load_table

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


class Cache(GrowingTable[tuple[str, int], Program]):
    """The table of programs (:class:`lint._datacache.GrowingTable`), and ``re``'s own compiler."""

    def __init__(self, fingerprint: str, usual: Any) -> None:
        super().__init__(NAME, fingerprint, LIMIT)
        self.usual = usual
        """``re._compiler.compile`` as it was: for what the table does not take."""

    def program(self, pattern: str, flags: int) -> Program:
        return self.get((pattern, flags), lambda: _program(pattern, flags))


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
    cache = Cache(fingerprint, usual)

    def compile(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is not str or flags & re.DEBUG or (len(pattern) < MIN_LENGTH and not _in_module_body()):
            return usual(pattern, flags)
        try:
            final_flags, words, groups, names, by_group = cache.program(pattern, int(flags))
            code = array(_WORD)
            code.frombytes(words)
            return _sre.compile(pattern, final_flags, code.tolist(), groups, names, by_group)
        except Exception:  # an entry _sre refuses, or a pattern re's own checks reject: its way
            cache.discard((pattern, int(flags)))
            return usual(pattern, flags)

    compile._copydesk_cache = True  # type: ignore[attr-defined]
    _compiler.compile = compile
    import atexit

    atexit.register(cache.save)
    return cache


_RE_FILES = os.path.dirname(re.__file__)
_SCAN_FILE = os.path.join(os.path.dirname(__file__), "_scan.py")
""":class:`lint._scan.CharScan` compiles its patterns in its ``__init__``: one made in a module's
body (every one is) has constant patterns, so its caller decides as ``re``'s callers do."""


def _in_module_body() -> bool:
    """Whether the pattern being compiled is written in a module's body (a constant), not made
    in a function (perhaps from a document's words): the first caller outside ``re`` (and
    outside a CharScan's making) decides."""
    frame = sys._getframe(2)
    while frame is not None and (
        frame.f_code.co_filename.startswith(_RE_FILES) or frame.f_code.co_filename == _SCAN_FILE
    ):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and frame.f_code.co_name == "<module>"


def _load(fingerprint: str) -> dict[tuple[str, int], Program]:
    """The stored table, read whole (for the tests), or an empty one (none yet, or unreadable)."""
    import marshal

    return {key: marshal.loads(value) for key, value in load_table(NAME, fingerprint).items()}
