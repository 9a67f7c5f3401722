"""Compact word tables for the per-user data cache: a few flat objects instead of one big dict.

:mod:`marshal` loads a dict at about 0.2 µs an entry, so a 126,000-word table costs a cold
process 25 ms before it answers one question. A packed table is the keys in one UTF-8 byte
string, where each starts, a hash table of key numbers and the values (an array of small numbers, or one
string with its own starts): five objects, loaded in about a millisecond. A look-up hashes the
word's UTF-8 with CRC-32 (stable across processes, unlike ``hash``) and probes the open-addressing table:
about 0.6 µs, a few times a dict's, paid only for the words a document asks about (callers keep
a per-process memo of what they looked up).

Build with :func:`pack_ints`, :func:`pack_floats` or :func:`pack_strings` inside a ``lint._datacache.cached`` build
function (the result is marshal-able), and turn what the cache returns into a table with
:meth:`IntTable.load`, :meth:`FloatTable.load` or :meth:`StrTable.load`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import Generic, Literal, TypeVar
from zlib import crc32

Code = Literal["B", "H", "I"]
"""Array type codes of whole-number values: unsigned 1, 2 and 4 bytes."""
Blob = bytes | memoryview
"""Packed numbers: bytes as built or marshalled, or a view of a mapped file (``lint._datacache.cached_mapped``)."""
PackedInts = tuple[Blob, Blob, Blob, Code, Blob]
"""Keys, key starts, hash slots, the values' array type code, the values."""
PackedFloats = tuple[Blob, Blob, Blob, Blob]
"""Keys, key starts, hash slots, the values (doubles)."""
PackedStrings = tuple[Blob, Blob, Blob, Blob, Blob]
"""Keys, key starts, hash slots, the values joined (UTF-8), the value starts (in bytes)."""

N = TypeVar("N", int, float)

_OFFSET: Code = "I"  # 4-byte unsigned offsets: tables stay far below 4 GB


def _offsets(parts: list[str]) -> array[int]:
    """Where each part starts in ``"".join(parts)``, then the total length (so part i is [s[i], s[i+1]))."""
    return array(_OFFSET, [0, *accumulate(map(len, parts))])


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8 (lone surrogates, which a strict encode refuses, pass through)."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _joined(parts: list[str]) -> tuple[bytes, array[int]]:
    """The parts joined in UTF-8 and where each starts in bytes (then the total length). No list of
    encoded parts is kept: a first run packs several 100,000-word tables in the process itself, and
    a bytes object a word would be some 40 bytes more each, at the run's peak."""
    text = _utf8("".join(parts))
    if len(text) == sum(map(len, parts)):  # one byte a character: the starts are the characters'
        return text, _offsets(parts)
    return text, array(_OFFSET, [0, *accumulate(len(_utf8(part)) for part in parts)])


def _slots(keys: list[str]) -> array[int]:
    """Open addressing with linear probing, at most half full: slot = key number + 1, 0 = empty.

    (Built in a list, the hashes in one C-level pass: a first run packs several 100,000-word tables.)
    """
    size = 8
    while size < 2 * len(keys):
        size *= 2
    try:
        hashes = list(map(crc32, map(str.encode, keys)))
    except UnicodeEncodeError:  # a lone surrogate: the strict encode refuses it
        hashes = [crc32(_utf8(key)) for key in keys]
    mask = size - 1
    table = [0] * size
    for number, hashed in enumerate(hashes, start=1):
        slot = hashed & mask
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = number
    return array(_OFFSET, table)


def _unpack(code: Code, data: Blob) -> memoryview[int]:
    """A view of ``data`` as numbers: no copy (a cold process pays for every fresh page it touches)."""
    return memoryview(data).cast(code)


def _unpack_floats(data: Blob) -> memoryview[float]:
    return memoryview(data).cast("d")


class Keys:
    """The keys of a packed table and the hash table that finds them; on its own (:func:`pack_keys`),
    a word → number table whose numbers are the keys' places in the list packed.

    The keys are kept in UTF-8, their starts in bytes: a large table's keys are then mapped from the
    data cache like its numbers, not read and decoded into one string (for the web counts' 3.5
    million characters, some 5 ms of each process that asks one question).

    (Plain classes, not dataclasses, here: a dataclass costs a cold process about a millisecond.)
    """

    __slots__ = ("mask", "slots", "starts", "text")

    def __init__(self, text: Blob, starts: memoryview[int], slots: memoryview[int]) -> None:
        self.text, self.starts, self.slots = text, starts, slots
        self.mask = len(slots) - 1

    def number(self, word: str) -> int:
        """The key number of ``word``, or -1 when the table lacks it."""
        try:  # a strict encode is the fast one; lone surrogates pass through the other
            encoded = word.encode()
        except UnicodeEncodeError:
            encoded = word.encode("utf-8", "surrogatepass")
        slots, mask = self.slots, self.mask
        slot = crc32(encoded) & mask
        found = slots[slot]
        if not found:  # most words a table lacks end here, before its keys are read
            return -1
        starts, text, length = self.starts, self.text, len(encoded)
        while True:
            start = starts[found - 1]
            if starts[found] - start == length and text[start : start + length] == encoded:
                return found - 1
            slot = (slot + 1) & mask
            found = slots[slot]
            if not found:
                return -1

    def words(self) -> Iterator[str]:
        """Every key, in key-number order."""
        text, starts = self.text, self.starts
        return (
            str(text[starts[number] : starts[number + 1]], "utf-8", "surrogatepass")
            for number in range(len(starts) - 1)
        )

    @classmethod
    def pack(cls, keys: list[str]) -> tuple[bytes, bytes, bytes]:
        text, starts = _joined(keys)
        return text, starts.tobytes(), _slots(keys).tobytes()

    @classmethod
    def load(cls, text: Blob, starts: Blob, slots: Blob) -> Keys:
        return cls(text, _unpack(_OFFSET, starts), _unpack(_OFFSET, slots))


PackedKeys = tuple[Blob, Blob, Blob]
"""Keys, key starts, hash slots."""


def pack_keys(keys: list[str]) -> PackedKeys:
    """``keys`` in marshal-able form, for :meth:`Keys.load`: the number of each is its place in
    ``keys``. (A name → number index that a process asks a few thousand questions of: a dict of all
    the names would cost more to build than the questions cost here.)"""
    return Keys.pack(keys)


def pack_ints(table: Mapping[str, int], code: Code = "B") -> PackedInts:
    """``table`` (word → number fitting array type ``code``; "B" is 0–255) in marshal-able form."""
    keys = list(table)
    return (*Keys.pack(keys), code, array(code, [table[key] for key in keys]).tobytes())


def pack_floats(table: Mapping[str, float]) -> PackedFloats:
    """``table`` (word → number) in marshal-able form, the values as doubles."""
    keys = list(table)
    return (*Keys.pack(keys), array("d", [table[key] for key in keys]).tobytes())


def pack_strings(table: Mapping[str, str]) -> PackedStrings:
    """``table`` (word → string) in marshal-able form."""
    keys = list(table)
    values, starts = _joined([table[key] for key in keys])  # mapped like the keys, decoded when asked for
    return (*Keys.pack(keys), values, starts.tobytes())


class _NumberTable(Generic[N]):
    """A read-only word → number table (see the module docstring)."""

    __slots__ = ("keys", "values")

    def __init__(self, keys: Keys, values: memoryview[N]) -> None:
        self.keys = keys
        self.values: memoryview[N] = values

    def get(self, word: str) -> N | None:
        number = self.keys.number(word)
        return None if number < 0 else self.values[number]

    def __len__(self) -> int:
        return len(self.values)


class IntTable(_NumberTable[int]):
    """Word → small whole number (syllable counts, frequency bands)."""

    __slots__ = ()

    @classmethod
    def load(cls, packed: PackedInts) -> IntTable:
        text, starts, slots, code, values = packed
        return cls(Keys.load(text, starts, slots), _unpack(code, values))


class FloatTable(_NumberTable[float]):
    """Word → fractional number (association scores)."""

    __slots__ = ()

    @classmethod
    def load(cls, packed: PackedFloats) -> FloatTable:
        text, starts, slots, values = packed
        return cls(Keys.load(text, starts, slots), _unpack_floats(values))


class StrTable:
    """A read-only word → string table (see the module docstring)."""

    __slots__ = ("keys", "starts", "values")

    def __init__(self, keys: Keys, values: Blob, starts: memoryview[int]) -> None:
        self.keys, self.values, self.starts = keys, values, starts

    @classmethod
    def load(cls, packed: PackedStrings) -> StrTable:
        text, starts, slots, values, value_starts = packed
        return cls(Keys.load(text, starts, slots), values, _unpack(_OFFSET, value_starts))

    def get(self, word: str) -> str | None:
        number = self.keys.number(word)
        if number < 0:
            return None
        return str(self.values[self.starts[number] : self.starts[number + 1]], "utf-8", "surrogatepass")

    def __len__(self) -> int:
        return len(self.starts) - 1
