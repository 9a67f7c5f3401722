"""Plain text: all of it is prose, except suppression directive lines (``copydesk: disable …``).

Line endings are normalised to ``\\n`` in prose; the offset map keeps the source's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._offsets import ProseBuilder
from .._suppress import plain_directive_lines

if TYPE_CHECKING:
    from .._offsets import Prose
    from .._source import Source


def parse(source: Source, masked: list[tuple[int, int]] | None = None) -> Prose:
    builder = ProseBuilder(masked)
    text = source.text
    position = 0
    if "copydesk:" in text:
        for start, end in plain_directive_lines(text):
            builder.verbatim(position, text[position:start])
            position = end
    builder.verbatim(position, text[position:])
    return builder.build()
