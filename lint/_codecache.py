"""The compiled methods of dataclasses kept in the per-user data cache, for the command line.

``@dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``, a frozen class's
``__setattr__``, …) as Python source and has the interpreter parse and compile it: 0.5 to 1.5 ms a
class, and a check makes some twenty of them before its first rule runs (the configuration, the
findings, the report), a hundred functions, about 4 % of the work before the fork on 50,000
words (callgrind). The code compiled depends only on that source and the Python version, so the
command line keeps it in the data cache, under a name that holds the Python version, and runs the
stored code in later runs. It can never be stale: an entry is looked up by the exact source text.

Only on the Pythons whose ``dataclasses._create_fn`` this repeats word for word (3.11: 3.12 wrote
it otherwise); elsewhere, with ``COPYDESK_DATA_CACHE=off``, or when anything about the table is
wrong, dataclasses compile their methods as usual.
"""

from __future__ import annotations

import os
import sys
from types import CodeType
from typing import Any

NAME = "dataclass-code"
LIMIT = 1024
"""Most entries kept; past it, a run keeps only the functions it used."""
SUPPORTED = ((3, 11),)
"""Python versions whose ``dataclasses._create_fn`` is the one :func:`install` puts in its place."""


class Cache:
    """The table loaded at start, the entries this run used, and those it compiled anew."""

    def __init__(self, table: dict[str, CodeType], fingerprint: str) -> None:
        self.table = table
        self.fingerprint = fingerprint
        self.used: set[str] = set()
        self.new: dict[str, CodeType] = {}

    def code(self, text: str) -> CodeType:
        found = self.table.get(text)
        if found is None:
            # what ``exec(text)`` compiles in dataclasses: no __future__ flag of this module's
            found = self.table[text] = self.new[text] = compile(text, "<string>", "exec", dont_inherit=True)
        else:
            self.used.add(text)
        return found

    def save(self) -> None:
        """Write the table when this run compiled a function it lacked (at the process's end)."""
        if not self.new:
            return
        table = self.table
        if len(table) > LIMIT:
            table = {text: table[text] for text in (*self.used, *self.new)}
        import marshal

        from ._datacache import _file_name, _store, cache_root

        _store(cache_root() / _file_name(NAME, self.fingerprint), NAME, marshal.dumps(table))


def install() -> Cache | None:
    """Have the dataclasses made from here on run stored code (the command line's start); the
    cache, or None when it is not used (or was installed already)."""
    if (
        sys.implementation.name != "cpython"
        or sys.version_info[:2] not in SUPPORTED
        or os.environ.get("COPYDESK_DATA_CACHE") == "off"
    ):
        return None
    import dataclasses

    usual = getattr(dataclasses, "_create_fn", None)
    if usual is None or getattr(usual, "_copydesk_cache", False):
        return None  # not this Python's dataclasses, or installed already
    fingerprint = f"{sys.version}|{sys.implementation.cache_tag}"
    cache = Cache(_load(fingerprint), fingerprint)
    missing = dataclasses.MISSING

    def _create_fn(
        name: str,
        args: list[str],
        body: list[str],
        *,
        globals: dict[str, Any] | None = None,  # dataclasses' own parameter names
        locals: dict[str, Any] | None = None,
        return_type: Any = missing,
    ) -> Any:
        # dataclasses._create_fn of Python 3.11, word for word but for the compiling
        if locals is None:
            locals = {}
        return_annotation = ""
        if return_type is not missing:
            locals["_return_type"] = return_type
            return_annotation = "->_return_type"
        joined_args = ",".join(args)
        joined_body = "\n".join(f"  {b}" for b in body)
        txt = f" def {name}({joined_args}){return_annotation}:\n{joined_body}"
        local_vars = ", ".join(locals.keys())
        txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
        ns: dict[str, Any] = {}
        try:
            code = cache.code(txt)
        except Exception:  # what compiling refuses, the usual way refuses in the same words
            return usual(name, args, body, globals=globals, locals=locals, return_type=return_type)
        exec(code, globals, ns)  # what dataclasses runs, compiled from their own text
        return ns["__create_fn__"](**locals)

    _create_fn._copydesk_cache = True  # type: ignore[attr-defined]
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]
    import atexit

    atexit.register(cache.save)
    return cache


def _load(fingerprint: str) -> dict[str, CodeType]:
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
    if not isinstance(table, dict) or not all(type(code) is CodeType for code in table.values()):
        return {}
    return table
