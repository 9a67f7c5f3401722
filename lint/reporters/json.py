"""JSON report, schema version 1 (``lint/schemas/report-v1.schema.json``).

Offsets and lengths count code points of the decoded file (without a byte-order mark);
lines and columns are 1-based and the end position is exclusive.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import counts
from ._common import display_path

if TYPE_CHECKING:
    from .._findings import Diagnostic
    from . import Report

SCHEMA_VERSION = 1


def diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    """One finding in the documented shape, shared by the CLI and the HTTP API."""
    finding = diagnostic.finding
    location = diagnostic.location
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": str(finding.severity),
        "message": finding.message,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "offset": location.offset,
        "length": location.length,
        "text": diagnostic.text,
        "suggestions": list(finding.suggestions),
        "fix": str(finding.fix) if finding.fix is not None else None,
        "fixes": [
            {
                "title": fix.title,
                "safety": str(fix.safety),
                "edits": [
                    {"offset": edit.start, "length": edit.end - edit.start, "replacement": edit.replacement}
                    for edit in fix.edits
                ],
            }
            for fix in diagnostic.fixes
        ],
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    files = []
    by_rule: dict[str, int] = {}
    for result in report.results:
        findings = [diagnostic_to_dict(d) for d in result.diagnostics]
        for diagnostic in result.diagnostics:
            by_rule[diagnostic.rule] = by_rule.get(diagnostic.rule, 0) + 1
        entry: dict[str, Any] = {
            "path": display_path(result.path),
            "format": result.input_format,
            "error": result.error,
            "findings": findings,
        }
        if result.rule_errors:
            entry["rule_errors"] = list(result.rule_errors)
        if result.stats is not None:
            entry["stats"] = result.stats
        files.append(entry)
    totals = counts(report)
    summary: dict[str, Any] = {
        "files": len(report.results),
        "files_with_errors": sum(1 for r in report.results if r.error or r.rule_errors),
        "findings": sum(totals.values()),
        "by_severity": totals,
        "by_rule": dict(sorted(by_rule.items())),
    }
    totals_stats = total_stats(report)
    if totals_stats:
        summary["stats"] = totals_stats
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "copydesk", "version": report.version},
        "files": files,
        "summary": summary,
    }


def total_stats(report: Report) -> dict[str, Any]:
    """Words, sentences and reading time summed over the files that have statistics."""
    per_file = [r.stats for r in report.results if r.stats]
    if not per_file:
        return {}
    keys = ("words", "sentences", "paragraphs", "syllables", "long_sentences", "reading_time_seconds")
    return {key: sum(stats.get(key, 0) for stats in per_file) for key in keys}


def render(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
