"""Where a Markdown block's text sits in the source: line and cell alignment for the adapter.

markdown-it-py gives a block's text (``token.content``) and its line range, not offsets. Each
function here finds that text in the source lines and returns segments that map it back, checking
every piece against the source: a block that cannot be placed exactly gets no segments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._source import Source

_TRIM: str | None
try:  # the whitespace markdown-it trims block text with (older versions use str.strip())
    from markdown_it.common.utils import MD_TRIM_CHARS as _TRIM
except ImportError:  # pragma: no cover
    _TRIM = None

_LINE_END = re.compile(r"\r\n?|\n")  # as markdown-it normalises them
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n)")
_TOML_CLOSE = re.compile(r"(?:^|(?<=\r))\+\+\+[ \t]*(?=\r|\n|\Z)", re.MULTILINE)

# A block's text as markdown-it sees it is mapped to the source by segments
# (text_start, text_end, src_start, src_end). Equal lengths: a verbatim copy. Otherwise the
# segment is one unit (an escaped table pipe: "|" in the text, "\|" in the source).
Segment = tuple[int, int, int, int]


def front_matter_as_yaml(text: str) -> str:
    """Let the YAML front-matter rule skip TOML front matter too: same length, same lines."""
    opening = _TOML_FENCE.match(text)
    if opening is None:
        return text
    closing = _TOML_CLOSE.search(text, opening.end())
    if closing is None:
        return text
    start = closing.start()
    return "---" + text[3:start] + "---" + text[start + 3 :]


class Lines:
    """The source's lines as markdown-it counts them (CRLF, CR and LF each end one)."""

    __slots__ = ("text", "starts", "count")

    def __init__(self, source: Source) -> None:
        self.text = source.text
        self.starts = [0, *(match.end() for match in _LINE_END.finditer(self.text))]
        self.count = len(self.starts)

    def end(self, line: int) -> int:
        """Offset where the line's text ends, before its line ending."""
        if line + 1 >= self.count:
            return len(self.text)
        following = self.starts[line + 1]
        if following - 2 >= self.starts[line] and self.text.startswith("\r\n", following - 2):
            return following - 2
        return following - 1

    def body(self, line: int) -> str:
        return self.text[self.starts[line] : self.end(line)] if line < self.count else ""


def align_lines(content: str, first: int, count: int, lines: Lines) -> tuple[list[Segment], list[int], int] | None:
    """Segments for a paragraph or setext heading, the content's line starts, and its first line.

    markdown-it took each line from after the container prefix ("> ", list indent) to its end and
    trimmed the whole, so content line k is found at the end of source line ``first + k``. A line
    that cannot be found is left out. When trimming took whole lines (lines of only Unicode spaces),
    the content is placed only where every line fits, and only if there is one such place.
    """
    parts = content.split("\n")
    if len(parts) == count:
        aligned = _align_at(parts, first, lines, strict=False)
        return None if aligned is None else (aligned[0], aligned[1], first)
    found: tuple[list[Segment], list[int], int] | None = None
    for line in range(first, first + count - len(parts) + 1):
        aligned = _align_at(parts, line, lines, strict=True)
        if aligned is not None:
            if found is not None:
                return None
            found = (aligned[0], aligned[1], line)
    return found


def _align_at(parts: list[str], first: int, lines: Lines, strict: bool) -> tuple[list[Segment], list[int]] | None:
    if first + len(parts) > lines.count:
        return None
    segments: list[Segment] = []
    starts: list[int] = []
    position = 0
    last = len(parts) - 1
    for k, part in enumerate(parts):
        starts.append(position)
        body = lines.body(first + k)
        core = part.lstrip(" \t")  # leading indent may be tab-expanded spaces of markdown-it's own
        lead = len(part) - len(core)
        if k < last:
            at = len(body) - len(core) if body.endswith(core) else -1
        else:
            at = body.rfind(core)
            if at >= 0 and body[at + len(core) :].strip(_TRIM):
                at = -1
        if at >= 0 and core:
            src = lines.starts[first + k] + at
            segments.append((position + lead, position + len(part), src, src + len(core)))
        elif at < 0 and strict:
            return None
        position += len(part) + 1
    return segments, starts


def align_heading(content: str, line: int, lines: Lines) -> list[Segment]:
    """Segments for an ATX heading: the text starts after the opening hashes and spaces."""
    body = lines.body(line)
    hashes = body.find("#")
    if hashes < 0 or not content:
        return []
    after = len(body) - len(body[hashes:].lstrip("#"))
    after = len(body) - len(body[after:].lstrip(_TRIM))
    if not body.startswith(content, after):
        return []
    src = lines.starts[line] + after
    return [(0, len(content), src, src + len(content))]


def align_cell(content: str, line: int, column: int, lines: Lines) -> tuple[list[Segment], int]:
    """Segments for a table cell, searched after the previous cell of the row.

    markdown-it turns an escaped pipe ``\\|`` into ``|`` before parsing the cell, so each ``|`` of
    the content stands for two source characters.
    """
    written = content.replace("|", "\\|")
    body = lines.body(line)
    at = body.find(written, column) if content else -1
    if at < 0:
        return [], column
    base = lines.starts[line] + at
    segments: list[Segment] = []
    text_pos = 0
    src = base
    for piece_index, piece in enumerate(content.split("|")):
        if piece_index:
            segments.append((text_pos, text_pos + 1, src, src + 2))
            text_pos, src = text_pos + 1, src + 2
        if piece:
            segments.append((text_pos, text_pos + len(piece), src, src + len(piece)))
            text_pos, src = text_pos + len(piece), src + len(piece)
    return segments, at + len(written)
