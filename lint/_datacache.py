"""A per-user cache of derived data (word tables built from dictionaries), so start-up stays fast.

Building copydesk's tables from their sources (pyspellchecker's gzipped JSON, the CMU
Pronouncing Dictionary, lemminflect's inflection tables) takes tenths of a second; loading the
result with :mod:`marshal` takes milliseconds. The first run builds each table and stores it in
``$COPYDESK_DATA_CACHE`` (default: ``$XDG_CACHE_HOME/copydesk`` or ``~/.cache/copydesk``); later
runs load it. The key covers the table's name, copydesk's version, the Python version and a
caller-given fingerprint of the sources (package versions), so a stale table is never used. A
cache that cannot be read or written only makes copydesk slower, never wrong. A table not used for
30 days (its file's modification time is refreshed once a day when it is loaded) is deleted when a
newer table of the same name is written, so upgrades do not pile up old tables.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import time
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
        with open(path, "rb") as stream:
            age = time.time() - os.fstat(stream.fileno()).st_mtime
            data: Any = marshal.loads(stream.read())
        if age > _DAY:
            os.utime(path)  # in use: pruning keeps it
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
        _prune(path, name)
    except (OSError, ValueError):
        pass
    return value


_DAY = 24 * 3600
UNUSED_DAYS = 30


def _prune(kept: Path, name: str) -> None:
    """Delete the other tables of this name not loaded for :data:`UNUSED_DAYS` days (built by an
    older copydesk or for an upgraded package); one still in use by another install stays."""
    same_name = re.compile(re.escape(name) + r"-[0-9a-f]{16}\.marshal")
    limit = time.time() - UNUSED_DAYS * _DAY
    for entry in os.scandir(kept.parent):
        if entry.name != kept.name and same_name.fullmatch(entry.name):
            try:
                if entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
            except OSError:
                pass


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
