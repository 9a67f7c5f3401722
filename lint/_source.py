"""Reading a draft: bytes to text, with the checks that keep bad input from going further."""

from __future__ import annotations

import codecs
import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ._errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_NEWLINE = re.compile(r"\r\n|\r|\n")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(slots=True)
class Source:
    """A draft as the user has it.

    ``text`` is the decoded file without its byte-order mark; every reported offset, line and
    column counts code points of ``text``. ``encoding`` and ``bom`` let the fixer write the file
    back byte-for-byte the same outside its edits.
    """

    text: str
    path: str = "<text>"
    encoding: str = "utf-8"
    bom: bool = False
    _line_starts: list[int] | None = field(default=None, repr=False)

    @property
    def newline(self) -> str:
        """The file's dominant line ending, so a fix can keep it."""
        crlf = self.text.count("\r\n")
        lf = self.text.count("\n") - crlf
        return "\r\n" if crlf > lf else "\n"

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of a 0-based offset."""
        starts = self.line_starts()
        line = bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        starts = self.line_starts()
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n")


def decode(data: bytes, path: str = "<text>") -> Source:
    """Decode a draft's bytes. UTF-8 unless a byte-order mark says UTF-16/32.

    Raises :class:`InputError` for binary data or text that is not valid in its encoding.
    """
    encoding = "utf-8"
    bom = False
    for mark, name in _BOMS:
        if data.startswith(mark):
            encoding, bom = name, True
            data = data[len(mark) :]
            break
    if encoding == "utf-8" and b"\x00" in data:
        raise InputError(path, "looks like a binary file (contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            path, f"is not valid {encoding.upper()} (byte {error.start}: {error.reason}); convert it to UTF-8"
        ) from None
    if _looks_binary(text):
        raise InputError(path, "looks like a binary file (control characters)")
    return Source(text=text, path=path, encoding=encoding, bom=bom)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
"""A control character a text file does not hold (all below 32 but tab, line feed, vertical tab, form
feed, carriage return and escape)."""


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    # Found by the regex engine, in C: a loop over the characters in Python took most of a
    # millisecond of every file's start, 0.07 ms this way.
    controls = len(_CONTROL.findall(sample))
    return controls > max(8, len(sample) // 100) or "\x00" in text


def read_source(path: Path, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode a file, with one clear error for each way that can fail.

    Only regular files are opened: a FIFO or a device (``/dev/zero``) would block or never end.
    """
    name = display or str(path)
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(status.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(name, "is a folder that cannot be read (Permission denied)")
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(status.st_mode):
        raise InputError(name, "is not a regular file (a FIFO, a device or a socket); skipped")
    if status.st_size > max_bytes:
        raise InputError(name, f"is {status.st_size:,} bytes, over the {max_bytes:,}-byte limit (max-file-size)")
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:  # it grew after the stat
        raise InputError(name, f"is over the {max_bytes:,}-byte limit (max-file-size)")
    return decode(data, name)
