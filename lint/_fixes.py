"""Turning findings into edits of the source text.

Only a finding's first suggestion is applied, only when its fix safety allows it, and only when
its prose range is a plain copy of source text (markup and entities are never edited).
Overlapping edits are dropped (the first by position wins); the caller re-lints and repeats
until nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._findings import FixSafety

if TYPE_CHECKING:
    from ._document import Document
    from ._findings import Diagnostic


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


def fix_edits(doc: Document, diagnostics: list[Diagnostic], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping edits for the applicable fixes, sorted by position."""
    allowed = {FixSafety.SAFE, FixSafety.UNSAFE} if unsafe else {FixSafety.SAFE}
    edits: list[Edit] = []
    last_end = -1
    for diagnostic in sorted(diagnostics, key=lambda d: d.sort_key()):
        finding = diagnostic.finding
        if finding.fix not in allowed or not finding.suggestions:
            continue
        if finding.fix is FixSafety.UNSAFE and len(finding.suggestions) != 1:
            continue
        if not doc.offsets.is_editable(finding.start, finding.end):
            continue
        location = diagnostic.location
        start, end = location.offset, location.offset + location.length
        if start < last_end:
            continue
        replacement = finding.suggestions[0]
        if "\n" in replacement:
            replacement = replacement.replace("\n", doc.source.newline)
        edits.append(Edit(start, end, replacement))
        last_end = end
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``."""
    parts: list[str] = []
    position = 0
    for edit in edits:
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)
