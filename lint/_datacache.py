"""A per-user cache of derived data (word tables built from dictionaries), so start-up stays fast.

Building copydesk's tables from their sources (pyspellchecker's gzipped JSON, the CMU
Pronouncing Dictionary, lemminflect's inflection tables) takes tenths of a second; loading the
result with :mod:`marshal` takes milliseconds. The first run builds each table and stores it in
``$COPYDESK_DATA_CACHE`` (default: ``$XDG_CACHE_HOME/copydesk`` or ``~/.cache/copydesk``); later
runs load it (the heaviest builds run in a short-lived child process, :func:`_built_aside`, so the
first run keeps none of their scaffolding: a fresh interpreter, :func:`_built_fresh`, or a fork).
The key covers the table's name, copydesk's version, the Python version and a caller-given
fingerprint of the sources (package versions), so a stale table is never used. A cache that
cannot be read or written only makes copydesk slower, never wrong. A table not used for 30 days
(its file's modification time is refreshed once a day when it is loaded) is deleted when a newer
table of the same name is written, so upgrades do not pile up old tables.
"""

from __future__ import annotations

import atexit
import marshal
import mmap
import os
import struct
import sys
import time
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

if TYPE_CHECKING:
    from subprocess import Popen

T = TypeVar("T")

Aside = bool | Literal["fresh"]
"""Where a missing table is built: here (False), in a forked child (True, :func:`_built_aside`), or
in a fresh interpreter ("fresh", :func:`_built_fresh`; a fork when none can be started)."""


def cache_root() -> Path:
    configured = os.environ.get("COPYDESK_DATA_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copydesk"


TABLE_SUFFIX = r"-[0-9a-f]{16}\.(?:marshal|mapped)"
"""What :func:`_file_name` puts after a table's name, as a regular expression (for pruning and
``copydesk cache``)."""


def _file_name(name: str, fingerprint: str, suffix: str = ".marshal") -> str:
    from . import __version__

    material = f"{name}\x1f{fingerprint}\x1f{__version__}\x1f{sys.version_info[:2]}\x1f{marshal.version}".encode()
    # Two CRC-32s (forwards and backwards): 64 bits to tell one table's versions apart, without
    # importing hashlib (OpenSSL: some 3 ms of every process's start).
    return f"{name}-{zlib.crc32(material):08x}{zlib.crc32(material[::-1]):08x}{suffix}"


def cached(
    name: str,
    fingerprint: str,
    build: Callable[[], T],
    *,
    aside: Aside = False,
    meanwhile: Callable[[], None] | None = None,
) -> T:
    """The table ``name``: loaded from the cache when present, else built and stored.

    ``build`` must return data :mod:`marshal` can store (dicts, lists, tuples, sets, str, int, …).
    ``aside``: build it in a short-lived child process when this one may fork (:func:`_built_aside`),
    for a build that makes tens of MiB of objects the table does not keep; "fresh": in a new
    interpreter (:func:`_built_fresh`), so the child's memory starts from that of an empty
    interpreter instead of this process's, for a build whose scaffolding is large. A ``build``
    that is a module-level function must depend only on installed files (not on this process's
    state): with either value, a process that may not fork builds it in a new interpreter.
    ``meanwhile`` is called when the table must be built, before it is: to start the builds of
    mapped tables the run will ask for next (:func:`build_ahead`).
    """
    if os.environ.get("COPYDESK_DATA_CACHE") == "off":
        return build()
    path = cache_root() / _file_name(name, fingerprint)
    try:
        return _load_marshalled(path)  # type: ignore[no-any-return]
    except _UNREADABLE:
        pass
    if meanwhile is not None:
        meanwhile()
    if aside and _built_aside(path, name, build, _marshalled_chunks, aside):
        try:
            return _load_marshalled(path)  # type: ignore[no-any-return]
        except _UNREADABLE:  # removed or spoilt since: built here, as when no child could build it
            pass
    value = build()
    _store(path, name, *_marshalled_chunks(value))
    return value


_UNREADABLE = (OSError, ValueError, EOFError, TypeError, IndexError, struct.error)
"""What reading a missing, truncated or foreign table raises."""


def _load_marshalled(path: Path) -> Any:
    with open(path, "rb") as stream:
        age = time.time() - os.fstat(stream.fileno()).st_mtime
        data = marshal.loads(stream.read())
    if age > _DAY:
        os.utime(path)  # in use: pruning keeps it
    return data


def _marshalled_chunks(value: Any) -> list[bytes]:
    return [marshal.dumps(value)]  # callers build marshal-able tables


BUILD_ASIDE = True
"""Whether the tables asked for ``aside`` are built in a child process (:func:`_built_aside`);
tests turn it off to compare the tables built both ways."""


def _built_aside(
    path: Path, name: str, build: Callable[[], Any], chunks: Callable[[Any], list[bytes]], aside: Aside = True
) -> bool:
    """Build a missing table in a forked child that stores it and exits: True when it did.

    Building a table makes far more objects than the table holds (lemminflect's dictionaries and
    numpy for its inflections, the tagger's weights, the n-gram counts, …), and a process that
    built them kept most of that memory to its end even after freeing it: the first run on a
    machine, which builds every table, peaked at 198 MiB on a 500-word article against 83 later
    (100 now, the run itself; its largest children, built in fresh interpreters, 98).
    The child takes that memory with it when it exits; this process then loads the stored table as
    any later run does, so the first run answers exactly as the later ones (its findings cannot
    depend on how a table was made). The child writes the table as this process would (a temporary
    file renamed into place), so two runs building the same table at once are safe.

    Not done where a fork is unsafe or pointless: no ``os.fork`` (Windows), other threads running
    (the language server, a server's thread pool: a lock another thread holds would never be
    released in the child), or a cache folder this process cannot write. Then a build that has a
    name a new process can import is run in a fresh interpreter instead (:func:`_built_fresh`,
    which is safe with threads); otherwise, and whenever the child fails, the table is built here,
    as before.

    ``aside`` "fresh": first in a new interpreter, then by a fork only when none could be started.
    """
    if not BUILD_ASIDE:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            return False
    except OSError:
        return False
    ways = (_built_fresh, _built_forked) if aside == "fresh" else (_built_forked, _built_fresh)
    for way in ways:
        built = way(path, name, build, chunks)
        if built is not None:
            return built
    return False


def _built_forked(path: Path, name: str, build: Callable[[], Any], chunks: Callable[[Any], list[bytes]]) -> bool | None:
    """:func:`_built_aside` by a fork: True when the child stored the table, False when it failed,
    None when no fork may be made here."""
    if not hasattr(os, "fork") or threads_running():
        return None
    try:
        child = os.fork()
    except OSError:
        return None
    if child == 0:  # the child: build, store, and leave at once
        status = 1
        try:
            import gc

            gc.freeze()  # the collector never walks this process's objects: their pages stay shared
            if _store(path, name, *chunks(build())):
                status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing the parent's buffered output twice
    try:
        _pid, status = os.waitpid(child, 0)
    except BaseException:  # interrupted: the child must not outlive this process's answer
        import signal  # only here: a run that finds its tables never imports it

        try:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        except OSError:
            pass
        raise
    return os.waitstatus_to_exitcode(status) == 0


_FRESH_CHILD = """import sys
sys.path[:] = sys.argv[6:]
try:
    from lint._datacache import _fresh_child
except ImportError:
    raise SystemExit(3) from None
_fresh_child(*sys.argv[1:6])
"""
"""What a fresh interpreter runs (:func:`_built_fresh`): this process's import path, then the build."""
_NOT_STARTED = 3
"""A fresh child's exit status when it could not import its build (not a failed build)."""


def _built_fresh(path: Path, name: str, build: Callable[[], Any], chunks: Callable[[Any], list[bytes]]) -> bool | None:
    """Build a missing table in a new interpreter that imports only the build's module, stores the
    table and exits: True when it did, False when the build failed there (it is then run here, to
    raise its error), None when no such child could run.

    A forked child starts with all of this process's memory (70–100 MiB by the time a run needs
    its web n-grams), and its peak is that plus the build's scaffolding; a new interpreter starts
    from some 15 MiB. The table is the same: the build is the function of that name in the same
    module, found on this process's import path, and reads only installed files. Unlike a fork,
    starting a process is safe while other threads run (the language server, a server's pool).
    Not done for a build with no importable name (a lambda, a closure, a bound method), in a frozen
    application (``sys.executable`` is not Python), or when ``sys.executable`` cannot be started.
    """
    command = _fresh_command(path, name, build, "mapped" if chunks is _mapped_chunks else "marshal")
    if command is None:
        return None
    import subprocess  # only to build a table: a run that finds its tables never imports it

    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,  # the language server's replies go to this process's stdout
            stderr=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, ValueError):
        return None
    if done.returncode == _NOT_STARTED:
        return None
    return done.returncode == 0


def _fresh_command(path: Path, name: str, build: Callable[[], Any], kind: str) -> list[str] | None:
    """The command that builds ``build``'s table in a new interpreter (:func:`_built_fresh`), or None
    when ``build`` has no name a new process could import or this is no Python that can start one."""
    module, qualname = getattr(build, "__module__", None), getattr(build, "__qualname__", "")
    if not module or module == "__main__" or not sys.executable or getattr(sys, "frozen", False):
        return None
    found: Any = sys.modules.get(module)
    for part in qualname.split("."):
        found = getattr(found, part, None)
    if found is not build:  # a lambda, a local function, a method: no name a new process could import
        return None
    import subprocess

    paths = [entry for entry in sys.path if isinstance(entry, str)]
    # This interpreter's options (-O, -X utf8, …), as multiprocessing passes them to what it spawns.
    options: list[str] = getattr(subprocess, "_args_from_interpreter_flags", list)()
    return [sys.executable, *options, "-c", _FRESH_CHILD, module, qualname, kind, str(path), name, *paths]


_AHEAD: dict[Path, tuple[int, Popen[bytes]]] = {}
"""Mapped tables being built in a new interpreter while this process goes on (:func:`build_ahead`):
each one's builder, with the id of the process that started it (a forked child never waits for its
parent's builders: it is not their parent)."""


def build_ahead(name: str, fingerprint: str, build: Callable[[], Any]) -> None:
    """Start building a mapped table that this run will ask for later, in a new interpreter, now.

    A machine's first run builds its tables one after the other, each when a rule first needs it,
    while the other core waits: the web counts of common words (1 s) after the lemminflect tables
    (0.8 s). Started beside the one being built, the second is ready or nearly so when it is asked
    for: :func:`cached_mapped` then waits for its builder instead of building it again. Nothing is
    started when the table is stored already, the data cache is off, one core is all this process
    may use, or another thread runs (a server's pool, the language server: their processes build
    as they need); the builder is waited for at this process's exit, so no run leaves one behind."""
    if os.environ.get("COPYDESK_DATA_CACHE") == "off" or threads_running():
        return
    from ._parallel import usable_cores

    path = _mapped_path(name, fingerprint)
    if path in _AHEAD or usable_cores() < 2 or path.exists():
        return
    command = _fresh_command(path, name, build, "mapped")
    if command is None:
        return
    import subprocess

    try:
        builder = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
    except (OSError, ValueError):
        return
    _AHEAD[path] = (os.getpid(), builder)


def _awaited(path: Path) -> bool:
    """Wait for the builder :func:`build_ahead` started for ``path`` in this process, if any: True
    when there was one (the table may then be stored; a builder that failed left nothing)."""
    entry = _AHEAD.pop(path, None)
    if entry is None or entry[0] != os.getpid():
        return False
    entry[1].wait()
    return True


@atexit.register
def _reap_ahead() -> None:
    """Wait at exit for the builders this process started (as :mod:`lint._parallel` waits for its children)."""
    for path in list(_AHEAD):
        _awaited(path)


def _fresh_child(module: str, qualname: str, kind: str, path: str, name: str) -> None:
    """The fresh interpreter's part of :func:`_built_fresh`: import the build, run it, store the
    table, exit 0 (1 when the build or the store failed, :data:`_NOT_STARTED` when the build could
    not be imported)."""
    import importlib

    try:
        build: Any = importlib.import_module(module)
        for part in qualname.split("."):
            build = getattr(build, part)
    except (ImportError, AttributeError):
        raise SystemExit(_NOT_STARTED) from None
    chunks = _mapped_chunks if kind == "mapped" else _marshalled_chunks
    status = 1
    try:
        if _store(Path(path), name, *chunks(build())):
            status = 0
    finally:
        os._exit(status)  # as a forked child: no atexit handlers (the caches they write back are the run's)


def threads_running() -> bool:
    """Whether this process runs another thread: a Python thread, or on Linux any thread at all
    (a native library's pool, such as OpenBLAS's under numpy)."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return True
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:  # not Linux
        return False


_WRITTEN = 1 << 16
"""A table is written this many bytes at a time. The kernel keeps what one write puts in its page
cache in folios as large as the write (ext4 on Linux 6.18: up to 2 MiB), and a process that maps
the file and touches one byte of such a folio has all of it mapped, counted in its RSS: a 500-word
article's run with tables written whole peaked at 95.6 MiB, with the same bytes written 64 KiB at a
time at 77.7 (the CPU time the same, 187 ms; 64 KiB is also what the kernel maps around a fault).
Once the kernel has dropped a file from its cache, it reads it back in folios of its own choosing."""


def _store(path: Path, name: str, *chunks: bytes) -> bool:
    """Write a table atomically (a reader never sees half of it), then prune its stale versions;
    True when it was written."""
    import tempfile  # only to write a table: a run that loads them all never imports it (3 ms)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                view = memoryview(chunk)
                for start in range(0, len(view), _WRITTEN):
                    stream.write(view[start : start + _WRITTEN])
        os.replace(temporary, path)
    except (OSError, ValueError):
        return False
    _prune(path, name)
    return True


Flat = TypeVar("Flat", bound=tuple[Any, ...])

_MAPPED_MAGIC = b"copydesk-mapped\x00v1\x00\x00\x00\x00\x00"
"""The first bytes of a mapped table (24: the blobs after the head stay 8-byte aligned)."""
_LENGTH = struct.Struct("<Q")
_MAPPED_LAYOUT = "keys-values-utf8"
"""Part of every mapped table's name: a packed table's layout (:mod:`lint._packed`; its keys and string
values as UTF-8 bytes since stop 41), so that a copy that reads another layout never loads this one's files."""
_BIG = 1 << 16
"""Byte strings at least this long are mapped from the file instead of read into memory."""


def cached_mapped(
    name: str,
    fingerprint: str,
    build: Callable[[], Flat],
    *,
    aside: Aside = False,
    meanwhile: Callable[[], None] | None = None,
) -> Flat:
    """A flat tuple table (a packed word table, :mod:`lint._packed`), like :func:`cached`, except
    that its large byte strings come back as read-only memoryviews of the file, mapped, not read.

    A process pays only for the pages its look-ups touch, instead of reading the whole file and
    copying it into new objects: the 8 MB word-frequency table loads in well under a millisecond
    instead of about 15. Consumers must take any bytes-like object (``memoryview(item)``).
    ``aside`` as for :func:`cached`. ``meanwhile`` is called when the table must be built, before
    it is: to start the builds of tables the run will ask for next (:func:`build_ahead`).
    """
    if os.environ.get("COPYDESK_DATA_CACHE") == "off":
        return build()
    path = _mapped_path(name, fingerprint)
    try:
        return _load_mapped(path)  # type: ignore[return-value]
    except _UNREADABLE:
        pass
    if _AHEAD and _awaited(path):  # started beside an earlier build (:func:`build_ahead`)
        try:
            return _load_mapped(path)  # type: ignore[return-value]
        except _UNREADABLE:
            pass
    if meanwhile is not None:
        meanwhile()
    if aside and _built_aside(path, name, build, _mapped_chunks, aside):
        try:
            return _load_mapped(path)  # type: ignore[return-value]
        except _UNREADABLE:
            pass
    value = build()
    try:
        chunks = _mapped_chunks(value)
    except ValueError:  # not storable as a mapped table: used as built, never stored
        return value
    _store(path, name, *chunks)
    return value


def _mapped_path(name: str, fingerprint: str) -> Path:
    """Where the mapped table ``name`` of this fingerprint is stored (:func:`cached_mapped`)."""
    return cache_root() / _file_name(name, f"{fingerprint}\x1f{_MAPPED_LAYOUT}", ".mapped")


def _mapped_chunks(value: tuple[Any, ...]) -> list[bytes]:
    """The file of a mapped table: magic, the head's length, the head (the small items, marshalled,
    and where each large byte string lies), then the large byte strings, each 8-byte aligned."""
    small = [None if isinstance(item, bytes) and len(item) >= _BIG else item for item in value]
    blobs = [(index, item) for index, item in enumerate(value) if small[index] is None and item is not None]
    # The places depend on the head's length, which depends on the places: placed again until the
    # length holds (marshal writes each of these numbers in five bytes, so the second pass holds).
    places = [(index, 0, len(blob)) for index, blob in blobs]
    head = marshal.dumps((small, places))
    for _attempt in range(8):
        position = _aligned(len(_MAPPED_MAGIC) + _LENGTH.size + len(head))
        places = []
        for index, blob in blobs:
            places.append((index, position, len(blob)))
            position = _aligned(position + len(blob))
        placed = marshal.dumps((small, places))
        if len(placed) == len(head):
            head = placed
            break
        head = placed
    else:
        raise ValueError("a mapped table's head does not settle")
    chunks = [_MAPPED_MAGIC, _LENGTH.pack(len(head)), head]
    written = len(_MAPPED_MAGIC) + _LENGTH.size + len(head)
    for (_index, start, _size), (_same, blob) in zip(places, blobs, strict=True):
        chunks += [bytes(start - written), blob]
        written = start + len(blob)
    return chunks


def _aligned(position: int) -> int:
    return (position + 7) & ~7


def _load_mapped(path: Path) -> tuple[Any, ...]:
    with open(path, "rb") as stream:
        age = time.time() - os.fstat(stream.fileno()).st_mtime
        if stream.read(len(_MAPPED_MAGIC)) != _MAPPED_MAGIC:
            raise ValueError("not a mapped table")
        (length,) = _LENGTH.unpack(stream.read(_LENGTH.size))
        # The head is read, not mapped: its strings are copied into objects anyway, and mapped
        # pages a process has read count in its memory as long as it runs.
        small, places = marshal.loads(stream.read(length))
        mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)  # stays valid once the file is closed
    view = memoryview(mapped)
    items = list(small)
    for index, offset, size in places:
        if offset + size > len(view):
            raise ValueError("a truncated mapped table")
        items[index] = view[offset : offset + size]
    if age > _DAY:
        os.utime(path)  # in use: pruning keeps it
    return tuple(items)


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class GrowingTable(Generic[K, V]):
    """Values that depend only on their key and cost more to make than to load (a regular
    expression's compiled program, a dataclass method's code), kept from run to run: the table is
    loaded whole at start, a value it lacks is made and added, and the table is written back (at the
    process's end, by the owner's call to :meth:`save`) only when it grew. Past ``limit`` entries the
    table written keeps only what this run used or made, so keys seen once cannot pile up.

    Each value is stored marshalled on its own and unmarshalled the first time a run asks for it:
    the table holds what every kind of run made (a check, a fix, the server, the tests), some 700
    code objects of which a check uses a hundred, and unmarshalling all of them cost each process
    about 2 ms before the fork. ``valid`` is asked of each value so read (a value it rejects is made
    again)."""

    def __init__(self, name: str, fingerprint: str, limit: int, valid: Callable[[Any], bool] | None = None) -> None:
        self.name = name
        self.fingerprint = fingerprint
        self.limit = limit
        self.valid = valid
        self.table: dict[K, bytes] = load_table(name, fingerprint)
        """Every stored key, its value marshalled."""
        self.values: dict[K, V] = {}
        """The values this run asked for: read from :attr:`table` or made."""
        self.used: set[K] = set()
        self.new: dict[K, V] = {}

    def get(self, key: K, make: Callable[[], V]) -> V:
        found = self.values.get(key)
        if found is not None:
            self.used.add(key)
            return found
        stored = self.table.get(key)
        if stored is not None:
            try:
                found = marshal.loads(stored)
            except (ValueError, EOFError, TypeError):
                found = None
            if found is not None and (self.valid is None or self.valid(found)):
                self.used.add(key)
            else:
                found = None
        if found is None:
            found = self.new[key] = make()
            self.table[key] = b""  # made this run: marshalled when saved
        self.values[key] = found
        return found

    def discard(self, key: K) -> None:
        """Forget ``key`` (a stored value that turned out unusable): it is not written back."""
        self.table.pop(key, None)
        self.values.pop(key, None)
        self.used.discard(key)
        self.new.pop(key, None)

    def save(self) -> None:
        """Write the table when this run made a value it lacked."""
        if not self.new:
            return
        kept = (*self.used, *self.new) if len(self.table) > self.limit else self.table
        table = {key: self.table[key] for key in kept}
        for key, value in self.new.items():
            table[key] = marshal.dumps(cast(Any, value))
        path = cache_root() / _file_name(self.name, f"{self.fingerprint}\x1f{_EACH_MARSHALLED}")
        _store(path, self.name, marshal.dumps(table))


_EACH_MARSHALLED = "each-marshalled"
"""Part of a :class:`GrowingTable` file's key: its values marshalled one by one (bytes), so that a
copy that stored the values themselves never reads this one's files, nor this one theirs."""


def load_table(name: str, fingerprint: str) -> dict[Any, bytes]:
    """A :class:`GrowingTable`'s stored entries (each value marshalled), or none (no table yet, or an
    unreadable one). Its file's time is refreshed once a day, as :func:`cached` does."""
    try:
        table = _load_marshalled(cache_root() / _file_name(name, f"{fingerprint}\x1f{_EACH_MARSHALLED}"))
    except _UNREADABLE:
        return {}
    if not isinstance(table, dict) or not all(type(value) is bytes for value in table.values()):
        return {}
    return table


_DAY = 24 * 3600
UNUSED_DAYS = 30
MOST_VERSIONS = 12
"""The most versions of one table kept: the others, least recently used first, go even when they
were used this month (a source that changes often, such as a checkout under development, would
otherwise leave a table per change: thousands of files)."""


def _prune(kept: Path, name: str) -> None:
    """Delete the other tables of this name not loaded for :data:`UNUSED_DAYS` days (built by an
    older copydesk or for an upgraded package), and past :data:`MOST_VERSIONS` the least recently
    used; one still in use by another install stays (or is built again)."""
    import contextlib
    import re

    same_name = re.compile(re.escape(name) + TABLE_SUFFIX)
    limit = time.time() - UNUSED_DAYS * _DAY
    others: list[tuple[float, str]] = []
    for entry in os.scandir(kept.parent):
        if entry.name != kept.name and same_name.fullmatch(entry.name):
            try:
                used = entry.stat().st_mtime
                if used < limit:
                    os.unlink(entry.path)
                else:
                    others.append((used, entry.path))
            except OSError:
                pass
    for _, path in sorted(others, reverse=True)[MOST_VERSIONS - 1 :]:
        with contextlib.suppress(OSError):
            os.unlink(path)


def files_fingerprint(root: Path, suffixes: tuple[str, ...], *, recursive: bool = False) -> str:
    """One line per file under ``root`` with one of ``suffixes``, in order: its path from ``root``,
    size and modification time. Cheap (a stat per file), and it changes when a file is edited,
    which is what the tables and results derived from copydesk's own files must follow."""
    if not recursive:
        return _folder_fingerprint(root, suffixes)
    lines = []
    paths = root.rglob("*")
    for path in sorted(paths):
        if path.suffix in suffixes and "__pycache__" not in path.parts:
            status = path.stat()
            lines.append(f"{path.relative_to(root)}:{status.st_size}:{status.st_mtime_ns}\n")
    return "".join(lines)


def _folder_fingerprint(root: Path, suffixes: tuple[str, ...]) -> str:
    """:func:`files_fingerprint` of one folder's own files, read with :func:`os.scandir`: the same
    lines, in a fifth of the time of making, sorting and asking a ``Path`` for each entry (every
    process of a split check stamps the grammar rules' 70-odd files, 0.4 ms more each way)."""
    if "__pycache__" in root.parts:
        return ""
    chosen = []
    with os.scandir(root) as entries:
        for entry in entries:
            name = entry.name
            dot = name.rfind(".")
            if (name[dot:] if 0 < dot < len(name) - 1 else "") in suffixes and name != "__pycache__":  # ``Path.suffix``
                chosen.append((name, entry))
    chosen.sort()  # the order of sorted paths of one folder: by name (names are unique)
    lines = []
    for name, entry in chosen:
        status = entry.stat()
        lines.append(f"{name}:{status.st_size}:{status.st_mtime_ns}\n")
    return "".join(lines)


def file_stamp(*paths: Path) -> str:
    """The size and modification time of each file, a fingerprint of tables built from them: an edited
    or reinstalled file gives another key, so its table is built anew."""
    return ":".join(f"{status.st_size}:{status.st_mtime_ns}" for status in map(os.stat, paths))


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
