"""The last lint published for a document: the text it read and what it found there.

Code actions and hovers answer from the snapshot, and only while the editor's text is still the
text it was made from; offsets into an older text would edit the wrong words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._findings import Diagnostic
    from lint._ruleset import RuleSet

    from ._positions import LineIndex


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An open document as last linted: its text, findings and rules."""

    uri: str
    text: str
    input_format: str
    index: LineIndex
    diagnostics: tuple[Diagnostic, ...]
    ruleset: RuleSet

    def touching(self, start: int, end: int) -> list[Diagnostic]:
        """Findings whose source range meets ``[start, end]`` (a caret touching a finding counts)."""
        found = []
        for diagnostic in self.diagnostics:
            first = diagnostic.location.offset
            last = first + diagnostic.location.length
            if first <= end and start <= last:
                found.append(diagnostic)
        return found
