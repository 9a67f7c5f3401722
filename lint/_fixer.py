"""``copydesk fix``: apply fixes to a fixed point and write the file atomically.

The loop applies the non-overlapping fixes, re-lints and repeats (at most :data:`MAX_PASSES`
times), so fixes that touch each other land in later passes. The file keeps its encoding,
byte-order mark, line endings and permissions, and is replaced atomically: a temporary file in
the same folder, fsync, rename. An interrupted run leaves the old file or the new one, whole.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._engine import FileResult, check_source
from ._fixes import apply_edits, fix_edits
from ._source import Source

if TYPE_CHECKING:
    from ._ruleset import RuleSet

MAX_PASSES = 10


@dataclass(slots=True)
class FixOutcome:
    """A fixed text, the findings left in it and how many fixes were applied."""

    result: FileResult
    """Findings left after fixing."""
    fixed_text: str
    applied: int


def fix_source(source: Source, input_format: str, ruleset: RuleSet, unsafe: bool) -> FixOutcome:
    """Fix in memory: lint, apply, re-lint, until nothing applies or the pass limit is hit."""
    current = source
    applied = 0
    result = check_source(current, input_format, ruleset)
    for _ in range(MAX_PASSES):
        assert result.document is not None
        edits = fix_edits(result.document, result.diagnostics, unsafe=unsafe)
        if not edits:
            break
        text = apply_edits(current.text, edits)
        if text == current.text:
            break
        applied += len(edits)
        current = Source(text=text, path=source.path, encoding=source.encoding, bom=source.bom)
        result = check_source(current, input_format, ruleset)
    return FixOutcome(result, current.text, applied)


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def encode(source: Source, text: str) -> bytes:
    """The bytes of ``text`` in the source's encoding, with its byte-order mark if it had one."""
    data = text.encode(source.encoding)
    if source.bom:
        data = "\ufeff".encode(source.encoding) + data
    return data


class WriteRefused(Exception):
    """A fixed file is not written: it changed meanwhile, or it is read-only."""


def write_atomically(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file at ``path`` with ``data`` so readers see the old file or the new one, never half.

    The file keeps its identity: a symlink is written through (its target is fixed, the link
    stays a link), owner and mode are kept, and a file with other hard links is rewritten in
    place (an atomic rename would split the links). A read-only file is refused, and so is a
    file whose bytes are no longer ``expected`` (someone edited it while it was being linted).
    """
    target = Path(os.path.realpath(path))
    status = os.stat(target)
    if not status.st_mode & 0o222:
        raise WriteRefused("is read-only")
    if expected is not None and target.read_bytes() != expected:
        raise WriteRefused("changed while it was being fixed (run copydesk fix again)")
    if status.st_nlink > 1 or not _can_keep_owner(status):
        _write_in_place(target, data)
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".copydesk-tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if (status.st_uid, status.st_gid) != (os.geteuid(), os.getegid()):
            os.chown(temporary, status.st_uid, status.st_gid)
        os.chmod(temporary, status.st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _can_keep_owner(status: os.stat_result) -> bool:
    """A new file gets our owner; only root can give it the old one back."""
    return os.geteuid() == 0 or (status.st_uid, status.st_gid) == (os.geteuid(), os.getegid())


def _write_in_place(target: Path, data: bytes) -> None:
    """Overwrite the file's own inode (hard links, or an owner we cannot restore): not atomic."""
    with open(target, "r+b") as stream:
        stream.write(data)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())
