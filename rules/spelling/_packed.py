"""A read-only string-keyed table packed for the per-user data cache: loads in milliseconds.

A dict of 100,000 or 300,000 entries stored with :mod:`marshal` costs tens of milliseconds to
load, because every key and value becomes an object. Packed, the keys are one sorted string
(newline-separated) with an array of where each starts, and the values one array: three objects
to load. A lookup is a binary search in Python (a few microseconds), so this suits tables asked a
few hundred times per document, not per word of the text.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Packed = tuple[str, bytes, bytes]
"""What the data cache stores: the joined keys, their start offsets, their values (machine bytes)."""


def pack(table: Mapping[str, float], typecode: str) -> Packed:
    """``table`` (keys without newlines) as stored; ``typecode`` is the values' :mod:`array` type."""
    ordered = sorted(table)
    starts = array("I")
    position = 0
    for key in ordered:
        starts.append(position)
        position += len(key) + 1
    return "\n".join(ordered), starts.tobytes(), array(typecode, (table[key] for key in ordered)).tobytes()


@dataclass(frozen=True, slots=True)
class PackedTable:
    """Sorted keys in one string, where each starts, and their values."""

    keys: str
    starts: array[int]
    values: array[int] | array[float]

    @classmethod
    def load(cls, packed: Packed, typecode: str) -> PackedTable:
        keys, starts, values = packed
        start_array, value_array = array("I"), array(typecode)
        start_array.frombytes(starts)
        value_array.frombytes(values)
        return cls(keys, start_array, value_array)

    def index(self, key: str) -> int:
        """The position of ``key`` in sorted order, or -1."""
        starts, keys = self.starts, self.keys
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            end = starts[mid + 1] - 1 if mid + 1 < len(starts) else len(keys)
            found = keys[starts[mid] : end]
            if found == key:
                return mid
            if found < key:
                lo = mid + 1
            else:
                hi = mid
        return -1

    def get(self, key: str) -> float | None:
        found = self.index(key)
        return None if found < 0 else self.values[found]


def cached_table(name: str, fingerprint: str, build: Callable[[], Mapping[str, float]], typecode: str) -> PackedTable:
    """The table ``name`` from the per-user data cache, packed; built with ``build`` the first time."""
    from lint._datacache import cached

    return PackedTable.load(cached(name, fingerprint, lambda: pack(build(), typecode)), typecode)
