"""A per-user cache of derived data (word tables built from dictionaries), so start-up stays fast.

Building copydesk's tables from their sources (pyspellchecker's gzipped JSON, the CMU
Pronouncing Dictionary, lemminflect's inflection tables) takes tenths of a second; loading the
result with :mod:`marshal` takes milliseconds. The first run builds each table and stores it in
``$COPYDESK_DATA_CACHE`` (default: ``$XDG_CACHE_HOME/copydesk`` or ``~/.cache/copydesk``); later
runs load it. The key covers the table's name, copydesk's version, the Python version and a
caller-given fingerprint of the sources (package versions), so a stale table is never used. A
cache that cannot be read or written only makes copydesk slower, never wrong.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_root() -> Path:
    configured = os.environ.get("COPYDESK_DATA_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copydesk"


def _file_name(name: str, fingerprint: str) -> str:
    from . import __version__

    material = f"{name}\x1f{fingerprint}\x1f{__version__}\x1f{sys.version_info[:2]}\x1f{marshal.version}"
    return f"{name}-{hashlib.sha256(material.encode()).hexdigest()[:16]}.marshal"


def cached(name: str, fingerprint: str, build: Callable[[], T]) -> T:
    """The table ``name``: loaded from the cache when present, else built and stored.

    ``build`` must return data :mod:`marshal` can store (dicts, lists, tuples, sets, str, int, …).
    """
    if os.environ.get("COPYDESK_DATA_CACHE") == "off":
        return build()
    path = cache_root() / _file_name(name, fingerprint)
    try:
        data: Any = marshal.loads(path.read_bytes())
        return data  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            marshal.dump(value, stream)  # type: ignore[arg-type]  # callers build marshal-able tables
        os.replace(temporary, path)
    except (OSError, ValueError):
        pass
    return value


def package_fingerprint(package: str) -> str:
    """Where an installed package lives and when it was installed: cheap, and changes on upgrade.

    (``importlib.metadata`` would scan every distribution, which costs more than the table load.)
    """
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return "?"
    status = os.stat(spec.origin)
    return f"{spec.origin}:{status.st_size}:{status.st_mtime_ns}"
