"""SARIF 2.1.0, for GitHub code scanning (``github/codeql-action/upload-sarif``) and SARIF viewers.

Columns count Unicode code points, and the run says so (``columnKind``); ``charOffset`` and
``charLength`` count the same unit. Artifact URIs are relative to the current directory
(``%SRCROOT%``) when the file lies below it. Rule metadata (``tool.driver.rules``) covers the
rules that produced results, not every enabled rule: which rules are enabled can differ from
file to file (each folder may have its own config), and code scanning needs a descriptor only
for the rules it shows.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as url_quote

from ._common import display_path, file_problems

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .._engine import FileResult
    from .._findings import Diagnostic
    from .._rule import RuleLike
    from . import Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# GitHub code scanning ranks non-security alerts by this property.
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
SRCROOT = "%SRCROOT%"


def artifact_location(path: str) -> dict[str, Any]:
    shown = display_path(path)
    if os.path.isabs(shown):
        return {"uri": Path(shown).as_uri()}
    return {"uri": url_quote(shown), "uriBaseId": SRCROOT}


def region(diagnostic: Diagnostic, snippet: bool = True) -> dict[str, Any]:
    location = diagnostic.location
    result: dict[str, Any] = {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "charOffset": location.offset,
        "charLength": location.length,
    }
    if snippet:
        result["snippet"] = {"text": diagnostic.text}
    return result


def rule_descriptor(rule_id: str, rule: RuleLike | None, diagnostic: Diagnostic) -> dict[str, Any]:
    """A reportingDescriptor: the rule's summary, why and examples, as ``copydesk explain`` shows them."""
    if rule is None:  # a finding from outside the registry (e.g. the engine's own checks)
        return {
            "id": rule_id,
            "shortDescription": {"text": diagnostic.message},
            "properties": {"category": diagnostic.finding.category, "tags": [diagnostic.finding.category]},
        }
    from .._docs import explain_rule

    severity = str(rule.severity)
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": explain_rule(rule), "markdown": explain_rule(rule, markdown=True)},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {
            "category": rule.category,
            "fix": rule.fix,
            "status": rule.status,
            "tags": [rule.category],
            "problem.severity": PROBLEM_SEVERITY[severity],
        },
    }


def fixes(path: str, diagnostic: Diagnostic) -> list[dict[str, Any]]:
    """One SARIF fix per fix of the finding (they are alternatives), each with its title and safety."""
    found = []
    whole = (diagnostic.location.offset, diagnostic.location.offset + diagnostic.location.length)
    for fix in diagnostic.fixes:
        replacements = [
            {
                "deletedRegion": region(diagnostic, snippet=False)
                if (edit.start, edit.end) == whole
                else {"charOffset": edit.start, "charLength": edit.end - edit.start},
                "insertedContent": {"text": edit.replacement},
            }
            for edit in fix.edits
        ]
        found.append(
            {
                "description": {"text": fix.title},
                "artifactChanges": [{"artifactLocation": artifact_location(path), "replacements": replacements}],
                "properties": {"safety": str(fix.safety)},
            }
        )
    return found


def _known_rules(report: Report) -> Mapping[str, RuleLike]:
    """The rules of the run (the CLI passes those of every config it used), else the defaults."""
    if report.rules:
        return report.rules
    from .._config import Config
    from .._registry import all_rules

    return all_rules(Config())


def report_to_sarif(report: Report) -> dict[str, Any]:
    descriptors: dict[str, dict[str, Any]] = {}
    pending: list[tuple[FileResult, Diagnostic]] = []
    known = _known_rules(report)
    for result in report.results:
        for diagnostic in result.diagnostics:
            if diagnostic.rule not in descriptors:
                descriptors[diagnostic.rule] = rule_descriptor(diagnostic.rule, known.get(diagnostic.rule), diagnostic)
            pending.append((result, diagnostic))
    rule_ids = sorted(descriptors)
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}

    results = []
    for result, diagnostic in pending:
        entry: dict[str, Any] = {
            "ruleId": diagnostic.rule,
            "ruleIndex": index[diagnostic.rule],
            "level": LEVELS[str(diagnostic.severity)],
            "message": {"text": diagnostic.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": artifact_location(result.path), "region": region(diagnostic)}}
            ],
        }
        if diagnostic.finding.suggestions:
            entry["fixes"] = fixes(result.path, diagnostic)
        entry["properties"] = {"category": diagnostic.finding.category}
        results.append(entry)

    notifications = [
        {
            "level": "error",
            "message": {"text": problem},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(result.path)}}],
        }
        for result in report.results
        for problem in file_problems(result)
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications

    run: dict[str, Any] = {
        "tool": {
            "driver": {"name": "copydesk", "version": report.version, "rules": [descriptors[r] for r in rule_ids]}
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(report_to_sarif(report), ensure_ascii=False, indent=2) + "\n"
