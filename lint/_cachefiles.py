"""What ``copydesk cache`` shows and clears: the per-user data cache and a project's result cache.

Only files copydesk writes are counted or deleted: the data cache's tables (``name-<16 hex>.marshal``
or ``.mapped``, and a writer's leftover ``.name-….tmp``) and the result cache's entries (``xx/<64
hex>.json``). ``$COPYDESK_DATA_CACHE`` or ``$COPYDESK_CACHE_DIR`` may name a folder that holds other
files too; those stay.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ._datacache import TABLE_SUFFIX

_TABLE = re.compile(r"[\w.+-]+" + TABLE_SUFFIX + r"|\.[\w.+-]+-\w+\.tmp")
_RESULT = re.compile(r"[0-9a-f]{64}\.json")


class Usage(NamedTuple):
    folder: Path
    files: int
    size: int


def data_cache_files(root: Path) -> Iterator[Path]:
    """The data cache's tables in ``root`` (the folder is flat)."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and _TABLE.fullmatch(entry.name):
            yield Path(entry.path)


def result_cache_files(folder: Path) -> Iterator[Path]:
    """The result cache's entries in ``folder`` (two-character subfolders of JSON files)."""
    try:
        subfolders = [entry for entry in os.scandir(folder) if entry.is_dir() and len(entry.name) == 2]
    except OSError:
        return
    for subfolder in subfolders:
        for entry in os.scandir(subfolder.path):
            if entry.is_file() and _RESULT.fullmatch(entry.name):
                yield Path(entry.path)


def usage(folder: Path, files: Iterator[Path]) -> Usage:
    count = size = 0
    for path in files:
        try:
            size += path.stat().st_size
            count += 1
        except OSError:
            pass
    return Usage(folder, count, size)


def clear(folder: Path, files: Iterator[Path]) -> Usage:
    """Delete ``files`` (and the result cache's emptied subfolders); what was deleted."""
    count = size = 0
    for path in list(files):
        try:
            length = path.stat().st_size
            path.unlink()
        except OSError:
            continue
        count, size = count + 1, size + length
        if path.parent != folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only when empty
    return Usage(folder, count, size)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
