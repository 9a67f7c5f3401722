"""The edit that suppresses one rule on one line, in the comment syntax of the document's format.

The directive is ``copydesk-disable-next-line RULE`` (docs/cli.md, "Suppressing findings"). In
plain text it is a line of its own. In HTML it is a comment on the line above. In Markdown a
comment line in the middle of a paragraph would end the paragraph (CommonMark lets an HTML comment
interrupt one), so there the comment goes at the end of the previous line, inside the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._positions import LineIndex


@dataclass(frozen=True, slots=True)
class Insertion:
    """Insert ``text`` at the code-point ``offset``."""

    offset: int
    text: str


def suppression_for(index: LineIndex, line: int, rule: str, input_format: str, newline: str) -> Insertion:
    """The insertion that makes copydesk skip ``rule`` on the 0-based ``line``."""
    current = index.line_text(line)
    indent = current[: len(current) - len(current.lstrip(" \t"))]
    line_start = index.offset(line, 0)
    if input_format == "plain":
        return Insertion(line_start, f"{indent}copydesk: disable-next-line {rule}{newline}")
    comment = f"<!-- copydesk-disable-next-line {rule} -->"
    previous = index.line_text(line - 1) if line > 0 else ""
    if input_format == "markdown" and previous.strip():
        return Insertion(index.line_end(line - 1), f" {comment}")
    return Insertion(line_start, f"{indent}{comment}{newline}")
