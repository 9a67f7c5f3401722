"""The map from prose offsets back to source offsets.

Markup adapters build the prose text piece by piece with :class:`ProseBuilder`. Each piece is
either a verbatim copy of source text (every prose character maps to one source character), a
replacement (an entity ``&amp;`` becomes ``&``, a CRLF becomes ``\\n``: the prose piece maps
as a whole to the whole source piece) or a synthetic separator that has no source text (the
paragraph break between two Markdown blocks).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

PLACEHOLDER = "\ufffc"
"""Stands in the prose for removed non-prose inside a paragraph (a code span, a template tag, an
image): one character that is neither a word nor a space, so the words on its two sides are never
adjacent for a rule ("a `Page` object" is not "a object"), a removed tag never looks like two
spaces, and a finding on it points at the whole removed source."""

_VERBATIM = 0
_REPLACED = 1
_NEWLINE = 2  # a CRLF or CR shown to rules as "\n": whitespace, so fixes may still edit across it


@dataclass(slots=True)  # not frozen: a frozen __init__ is several times slower, and there is one per piece
class _Chunk:
    """One piece of the prose and the stretch of the source it stands for."""

    prose_start: int
    prose_len: int
    src_start: int
    src_len: int
    kind: int


class OffsetMap:
    """Maps a prose range to the source range it came from."""

    __slots__ = ("_chunks", "_starts", "_prose_len")

    def __init__(self, chunks: list[_Chunk], prose_len: int) -> None:
        self._chunks = chunks
        self._starts = [c.prose_start for c in chunks]
        self._prose_len = prose_len

    def _chunk_at(self, prose_offset: int) -> _Chunk:
        index = bisect_right(self._starts, prose_offset) - 1
        return self._chunks[max(index, 0)]

    def start_of(self, prose_offset: int) -> int:
        """Source offset where the prose character at ``prose_offset`` begins."""
        chunk = self._chunk_at(prose_offset)
        if chunk.kind == _VERBATIM:
            return chunk.src_start + min(prose_offset - chunk.prose_start, chunk.src_len)
        return chunk.src_start

    def end_of(self, prose_offset: int) -> int:
        """Source offset just after the prose character at ``prose_offset``."""
        chunk = self._chunk_at(prose_offset)
        if chunk.kind == _VERBATIM:
            return chunk.src_start + min(prose_offset - chunk.prose_start + 1, chunk.src_len)
        return chunk.src_start + chunk.src_len

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the prose range ``[start, end)`` to a source range ``[s, e)``.

        An empty prose range maps to an empty source range at the start's position.
        """
        if not self._chunks:
            return (0, 0)
        if end <= start:
            if start >= self._prose_len:
                last = self._chunks[-1]
                position = last.src_start + last.src_len
            else:
                position = self.start_of(start)
            return (position, position)
        return (self.start_of(start), max(self.end_of(end - 1), self.start_of(start)))

    def is_editable(self, start: int, end: int) -> bool:
        """True when the prose range is a contiguous copy of source text (line endings aside).

        Fixes may only edit such ranges: markup, entities and block boundaries are never touched.
        """
        if end <= start:
            return True
        index = max(bisect_right(self._starts, start) - 1, 0)
        previous_end: int | None = None
        while index < len(self._chunks):
            chunk = self._chunks[index]
            if chunk.prose_start >= end:
                break
            if chunk.kind == _REPLACED:
                return False
            if previous_end is not None and chunk.src_start != previous_end:
                return False
            previous_end = chunk.src_start + chunk.src_len
            index += 1
        return True


class Prose(NamedTuple):
    """What a markup adapter makes of a source."""

    text: str
    offsets: OffsetMap
    foreign: tuple[tuple[int, int], ...] = ()
    """Prose ranges the markup marks as written in another language (``lang="fr"``)."""
    comments: tuple[tuple[int, int], ...] = ()
    """Source ranges of real markup comments (``<!-- … -->`` outside code), where directives may be."""


class ProseBuilder:
    """Builds prose text and its :class:`OffsetMap` in one pass, in source order.

    ``masked`` lists source ranges of machine text found before parsing (template tags, see
    :mod:`lint._templates`): verbatim text inside one becomes a single :data:`PLACEHOLDER`.
    """

    __slots__ = (
        "_parts",
        "_chunks",
        "_length",
        "_masked",
        "_mask_starts",
        "_last_mask",
        "_hidden",
        "foreign",
        "comments",
    )

    def __init__(self, masked: list[tuple[int, int]] | None = None) -> None:
        self._parts: list[str] = []
        self._chunks: list[_Chunk] = []
        self._length = 0
        self._masked = masked or []
        self._mask_starts = [start for start, _ in self._masked]
        self._last_mask = -1
        self._hidden = 0
        self.foreign: list[tuple[int, int]] = []
        self.comments: list[tuple[int, int]] = []

    @property
    def length(self) -> int:
        return self._length

    def hide(self) -> None:
        """Drop what arrives until :meth:`unhide` (the content of an inline ``<code>`` element)."""
        self._hidden += 1

    def unhide(self) -> None:
        self._hidden = max(self._hidden - 1, 0)

    def _push(self, text: str, src_start: int, src_len: int, kind: int) -> None:
        if not text or self._hidden:
            return
        last = self._chunks[-1] if self._chunks else None
        if (
            kind == _VERBATIM
            and last is not None
            and last.kind == _VERBATIM
            and last.prose_start + last.prose_len == self._length
            and last.src_start + last.src_len == src_start
        ):
            self._chunks[-1] = _Chunk(
                last.prose_start, last.prose_len + len(text), last.src_start, last.src_len + src_len, _VERBATIM
            )
        else:
            self._chunks.append(_Chunk(self._length, len(text), src_start, src_len, kind))
        self._parts.append(text)
        self._length += len(text)

    def verbatim(self, src_start: int, text: str) -> None:
        """Append source text found at ``src_start``; line endings become ``\\n``.

        Parts inside a masked range become one placeholder per range.
        """
        if self._masked:
            self._verbatim_around_masks(src_start, text)
        else:
            self._verbatim(src_start, text)

    def _verbatim_around_masks(self, src_start: int, text: str) -> None:
        src_end = src_start + len(text)
        index = max(bisect_right(self._mask_starts, src_start) - 1, 0)
        position = src_start
        masked = self._masked
        while position < src_end:
            while index < len(masked) and masked[index][1] <= position:
                index += 1
            if index >= len(masked) or masked[index][0] >= src_end:
                self._verbatim(position, text[position - src_start :])
                return
            mask_start, mask_end = masked[index]
            if mask_start > position:
                self._verbatim(position, text[position - src_start : mask_start - src_start])
                position = mask_start
            stop = min(mask_end, src_end)
            self._placeholder_for(index, position, stop)  # this piece of the range: a later piece starts later
            position = stop

    def _placeholder_for(self, index: int, src_start: int, src_end: int) -> None:
        """One placeholder for the whole masked range, however many pieces of it arrive."""
        if index == self._last_mask and self._extend_placeholder(src_end, contiguous=False):
            return
        self._last_mask = index
        self.replaced(src_start, src_end, PLACEHOLDER)

    def placeholder(self, src_start: int, src_end: int) -> None:
        """Stand in for removed non-prose ``[src_start, src_end)`` (a code span, an image).

        Placeholders for adjacent source ranges merge: a run of removed pieces is one gap.
        """
        if not self._hidden and self._extend_placeholder(src_end, contiguous=True, src_start=src_start):
            return
        self.replaced(src_start, src_end, PLACEHOLDER)

    def _extend_placeholder(self, src_end: int, contiguous: bool, src_start: int = 0) -> bool:
        """Stretch the last chunk, when it is a placeholder, to end at ``src_end``."""
        if self._hidden or not self._parts or self._parts[-1] != PLACEHOLDER:
            return False
        last = self._chunks[-1]
        if contiguous and last.src_start + last.src_len != src_start:
            return False
        self._chunks[-1] = _Chunk(last.prose_start, last.prose_len, last.src_start, src_end - last.src_start, last.kind)
        return True

    def _verbatim(self, src_start: int, text: str) -> None:
        if "\r" not in text:
            self._push(text, src_start, len(text), _VERBATIM)
            return
        position = 0
        while position < len(text):
            cr = text.find("\r", position)
            if cr < 0:
                self._push(text[position:], src_start + position, len(text) - position, _VERBATIM)
                return
            self._push(text[position:cr], src_start + position, cr - position, _VERBATIM)
            width = 2 if text.startswith("\r\n", cr) else 1
            self._push("\n", src_start + cr, width, _NEWLINE)
            position = cr + width

    def replaced(self, src_start: int, src_end: int, text: str) -> None:
        """Append ``text`` that stands for the source range ``[src_start, src_end)``."""
        self._push(text, src_start, src_end - src_start, _REPLACED)

    def synthetic(self, text: str, src_position: int) -> None:
        """Append ``text`` with no source of its own (a block separator), anchored at a position."""
        self._push(text, src_position, 0, _REPLACED)

    def paragraph_break(self, src_position: int) -> None:
        """End the current block: prose blocks are separated by one blank line."""
        if self._length == 0:
            return
        joined = "".join(self._parts[-3:])
        if joined.endswith("\n\n"):
            return
        self.synthetic("\n" if joined.endswith("\n") else "\n\n", src_position)

    def build(self) -> Prose:
        text = "".join(self._parts)
        return Prose(text, OffsetMap(list(self._chunks), len(text)), tuple(self.foreign), tuple(sorted(self.comments)))
