"""Turning findings into edits of the source text.

Only a finding's first suggestion is applied, only when its fix safety allows it, and only when
its prose range is a plain copy of source text (markup and entities are never edited).
Overlapping edits are dropped (the first by position wins); the caller re-lints and repeats
until nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._findings import Edit, FixSafety

if TYPE_CHECKING:
    from ._document import Document
    from ._findings import Diagnostic

__all__ = ["Edit", "apply_edits", "fix_edits"]


def fix_edits(doc: Document, diagnostics: list[Diagnostic], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping edits for the applicable fixes, sorted by position."""
    allowed = {FixSafety.SAFE, FixSafety.UNSAFE} if unsafe else {FixSafety.SAFE}
    edits: list[Edit] = []
    last_end = -1
    for diagnostic in sorted(diagnostics, key=lambda d: d.sort_key()):
        finding = diagnostic.finding
        fixes = diagnostic.fixes
        if not fixes or fixes[0].safety not in allowed:
            continue
        if fixes[0].safety is FixSafety.UNSAFE and len(fixes) != 1:
            continue  # unsafe alternatives: a person chooses, never the fixer
        if not doc.offsets.is_editable(finding.start, finding.end):
            continue
        chosen = fixes[0].edits
        if chosen[0].start < last_end:
            continue
        for edit in chosen:
            if "\n" in edit.replacement:
                edit = Edit(edit.start, edit.end, edit.replacement.replace("\n", doc.source.newline))
            edits.append(edit)
        last_end = chosen[-1].end
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
