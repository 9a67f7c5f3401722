"""JUnit XML: one ``<testsuite>`` per linted file, one failing ``<testcase>`` per finding.

The shape ruff and other linters emit, so CI test-report views (GitLab, Jenkins, Azure) list
findings like failed tests. A file with no findings gets one passing test case, so the report
shows what was checked; a file that could not be linted gets an ``<error>``.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from . import counts
from ._common import display_path, file_problems, quote, xml_safe

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from . import Report


def render(report: Report) -> str:
    from xml.etree import ElementTree as ET

    problems = {id(result): file_problems(result) for result in report.results}
    total_errors = sum(len(found) for found in problems.values())
    total_failures = sum(counts(report).values())
    total_tests = sum(max(len(r.diagnostics) + len(problems[id(r)]), 1) for r in report.results)
    root = ET.Element(
        "testsuites", name="copydesk", tests=str(total_tests), failures=str(total_failures), errors=str(total_errors)
    )
    for result in report.results:
        path = xml_safe(display_path(result.path))
        classname = posixpath.splitext(path)[0]
        errors = problems[id(result)]
        failures = len(result.diagnostics)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=path,
            tests=str(max(failures + len(errors), 1)),
            failures=str(failures),
            errors=str(len(errors)),
            skipped="0",
        )
        for problem in errors:
            case = _case(suite, "copydesk", classname, path)
            ET.SubElement(case, "error", message=xml_safe(problem), type="input-error")
        for diagnostic in result.diagnostics:
            location = diagnostic.location
            case = _case(suite, diagnostic.rule, classname, path, line=location.line, column=location.column)
            failure = ET.SubElement(
                case, "failure", message=xml_safe(diagnostic.message), type=str(diagnostic.severity)
            )
            body = f"line {location.line}, col {location.column}, {diagnostic.severity}: {diagnostic.message}"
            if diagnostic.finding.suggestions:
                body += f"\n\nSuggestion: {quote(diagnostic.finding.suggestions[0])}"
            failure.text = xml_safe(body)
        if not errors and not result.diagnostics:
            _case(suite, "no findings", classname, path)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _case(suite: Element, name: str, classname: str, path: str, line: int = 0, column: int = 0) -> Element:
    from xml.etree import ElementTree as ET

    attributes = {"name": name, "classname": classname, "file": path}
    if line:
        attributes["line"] = str(line)
        attributes["column"] = str(column)
    return ET.SubElement(suite, "testcase", attributes)
