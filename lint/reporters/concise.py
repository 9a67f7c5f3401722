"""One line per finding, ``path:line:col: severity rule-id message``: no colour, no summary.

For scripts and editors' problem matchers that want one stable line shape and nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import display_path

if TYPE_CHECKING:
    from . import Report


def render(report: Report) -> str:
    lines = []
    for result in report.results:
        path = display_path(result.path)
        for diagnostic in result.diagnostics:
            where = f"{path}:{diagnostic.location.line}:{diagnostic.location.column}"
            lines.append(f"{where}: {diagnostic.severity} {diagnostic.rule} {diagnostic.message}")
    return "".join(line + "\n" for line in lines)
