"""Code-point offsets to LSP positions and back.

copydesk counts code points; LSP counts UTF-16 code units unless the client negotiated UTF-8 or
UTF-32. An emoji is one code point but two UTF-16 units, so every column after it would be off by
one without this. Lines end at ``\\r\\n``, ``\\r`` or ``\\n``, as both LSP and ``lint._source`` say.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_NEWLINE = re.compile(r"\r\n|\r|\n")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
ENCODINGS = ("utf-16", "utf-8", "utf-32")


def units(text: str, encoding: str = "utf-16") -> int:
    """How many code units of ``encoding`` ``text`` takes (lone surrogates count as one unit each).

    Counted in C: a finding's column is the units from its line's start, and a text with long lines
    (a paragraph a line, or none at all) asked a loop in Python to read up to a whole line per finding."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + len(_ASTRAL.findall(text))


class LineIndex:
    """The line starts of one text, for converting positions in both directions."""

    __slots__ = ("_encoding", "_starts", "text")

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self._encoding = encoding if encoding in ENCODINGS else "utf-16"
        self._starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """The 0-based (line, character) of a code-point offset, clamped to the text."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self._starts, offset) - 1
        return line, units(self.text[self._starts[line] : offset], self._encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position; past the end of a line means its end."""
        if line < 0:
            return 0
        if line >= len(self._starts):
            return len(self.text)
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        content = self.text[start:end].rstrip("\r\n")
        counted = 0
        for index, char in enumerate(content):
            if counted >= character:
                return start + index
            counted += units(char, self._encoding)
        return start + len(content)

    def line_text(self, line: int) -> str:
        """A 0-based line without its line ending ("" past the end)."""
        if not 0 <= line < len(self._starts):
            return ""
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        return self.text[self._starts[line] : end].rstrip("\r\n")

    def line_end(self, line: int) -> int:
        """The code-point offset where a 0-based line's content ends (before its line ending)."""
        return self._starts[min(line, len(self._starts) - 1)] + len(self.line_text(line))

    @property
    def line_count(self) -> int:
        return len(self._starts)
