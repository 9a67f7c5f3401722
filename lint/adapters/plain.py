"""Plain text: all of it is prose; only line endings are normalised to ``\\n``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._offsets import ProseBuilder

if TYPE_CHECKING:
    from .._offsets import OffsetMap
    from .._source import Source


def parse(source: Source) -> tuple[str, OffsetMap]:
    builder = ProseBuilder()
    builder.verbatim(0, source.text)
    return builder.build()
