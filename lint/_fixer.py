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
    from ._config import Config
    from ._rule import RuleLike

MAX_PASSES = 10


@dataclass(slots=True)
class FixOutcome:
    result: FileResult
    """Findings left after fixing."""
    fixed_text: str
    applied: int


def fix_source(source: Source, input_format: str, config: Config, rules: list[RuleLike], unsafe: bool) -> FixOutcome:
    """Fix in memory: lint, apply, re-lint, until nothing applies or the pass limit is hit."""
    current = source
    applied = 0
    result = check_source(current, input_format, config, rules)
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
        result = check_source(current, input_format, config, rules)
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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new one, never half."""
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".copydesk-tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
