"""reviewdog Diagnostic Format, JSON flavour (``reviewdog -f=rdjson``).

rdjson counts columns in UTF-8 bytes (its ``Position.column``), not code points, so columns
are converted from the source line; lines are 1-based and ``end`` is exclusive, as in copydesk.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._common import display_path, utf8_column

if TYPE_CHECKING:
    from .._engine import FileResult
    from .._findings import Diagnostic
    from . import Report

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(result: FileResult, diagnostic: Diagnostic) -> dict[str, Any]:
    location = diagnostic.location
    return {
        "start": {"line": location.line, "column": utf8_column(result, location.line, location.column)},
        "end": {"line": location.end_line, "column": utf8_column(result, location.end_line, location.end_column)},
    }


def diagnostic_to_rdjson(result: FileResult, diagnostic: Diagnostic) -> dict[str, Any]:
    span = _range(result, diagnostic)
    entry: dict[str, Any] = {
        "message": diagnostic.message,
        "location": {"path": display_path(result.path), "range": span},
        "severity": SEVERITIES[str(diagnostic.severity)],
        "code": {"value": diagnostic.rule},
    }
    if diagnostic.finding.suggestions:
        entry["suggestions"] = [{"range": span, "text": text} for text in diagnostic.finding.suggestions]
    return entry


def render(report: Report) -> str:
    diagnostics = [
        diagnostic_to_rdjson(result, diagnostic) for result in report.results for diagnostic in result.diagnostics
    ]
    payload = {"source": {"name": "copydesk"}, "diagnostics": diagnostics}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
