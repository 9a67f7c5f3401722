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
from types import CodeType, ModuleType
from typing import Any

from ._datacache import GrowingTable, load_table

NAME = "dataclass-code"
LIMIT = 1024
"""Most entries kept; past it, a run keeps only the functions it used."""
SUPPORTED = ((3, 11),)
"""Python versions whose ``dataclasses._create_fn`` is the one :func:`install` puts in its place."""


class Cache(GrowingTable[str, CodeType]):
    """The table of compiled methods (:class:`lint._datacache.GrowingTable`)."""

    def __init__(self, fingerprint: str) -> None:
        super().__init__(NAME, fingerprint, LIMIT, _is_code)

    def code(self, text: str) -> CodeType:
        # what ``exec(text)`` compiles in dataclasses: no __future__ flag of this module's
        return self.get(text, lambda: compile(text, "<string>", "exec", dont_inherit=True))


def install() -> Cache | None:
    """Have the dataclasses made from here on run stored code (the command line's start); the
    cache, or None when it is not used (or was installed already)."""
    if (
        sys.implementation.name != "cpython"
        or sys.version_info[:2] not in SUPPORTED
        or os.environ.get("COPYDESK_DATA_CACHE") == "off"
    ):
        return None
    dataclasses = _dataclasses()
    usual = getattr(dataclasses, "_create_fn", None)
    if usual is None or getattr(usual, "_copydesk_cache", False):
        return None  # not this Python's dataclasses, or installed already
    fingerprint = f"{sys.version}|{sys.implementation.cache_tag}"
    cache = Cache(fingerprint)
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


class _OnFirstUse(ModuleType):
    """A stand-in for the module of its name, held by one module (``holder``) in that name: the first
    look at one of its attributes imports the module, and puts it in the holder's hands in its place."""

    def __init__(self, name: str, holder: ModuleType | None = None) -> None:
        super().__init__(name)
        self.holder = holder

    def __getattr__(self, attribute: str) -> Any:
        import importlib

        if sys.modules.get(self.__name__) is self:  # asked while still standing in: never import itself
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        if self.holder is not None and getattr(self.holder, self.__name__, None) is self:
            setattr(self.holder, self.__name__, module)
        return getattr(module, attribute)


def _dataclasses() -> ModuleType:
    """:mod:`dataclasses`, imported (when it is not yet) without running its ``import inspect``.

    ``inspect`` and what it imports (``dis``, ``ast``, ``tokenize``, ``linecache``) cost the command
    line 3-5 ms before its first rule runs, and dataclasses looks at it only to write the docstring
    of a class that has none (``inspect.signature``): a stand-in takes its place while dataclasses
    is imported, and imports it at the first such use (``tests/test_codecache.py`` checks that a
    check run never needs it: every dataclass of copydesk's has a docstring).
    """
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        import dataclasses

        return dataclasses
    stand_in = _OnFirstUse("inspect")
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses
    finally:
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]  # whoever imports inspect from now on gets the module itself
    stand_in.holder = dataclasses
    return dataclasses


def _load(fingerprint: str) -> dict[str, CodeType]:
    """The stored table, read whole (for the tests), or an empty one (none yet, unreadable)."""
    import marshal

    return {key: marshal.loads(value) for key, value in load_table(NAME, fingerprint).items()}


def _is_code(value: Any) -> bool:
    """A stored value is used only when it is code (anything else is compiled again)."""
    return type(value) is CodeType
