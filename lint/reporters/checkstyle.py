"""Checkstyle XML: one ``<file>`` per linted file, one ``<error>`` per finding.

Read by Jenkins (warnings-ng), reviewdog (``-f=checkstyle``) and many CI dashboards. Built with
ElementTree so quotes, ampersands and angle brackets in messages are always escaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import display_path, xml_safe

if TYPE_CHECKING:
    from . import Report

CHECKSTYLE_VERSION = "4.3"


def render(report: Report) -> str:
    from xml.etree import ElementTree as ET

    root = ET.Element("checkstyle", version=CHECKSTYLE_VERSION)
    for result in report.results:
        file_element = ET.SubElement(root, "file", name=xml_safe(display_path(result.path)))
        for diagnostic in result.diagnostics:
            location = diagnostic.location
            ET.SubElement(
                file_element,
                "error",
                line=str(location.line),
                column=str(location.column),
                severity=str(diagnostic.severity),
                message=xml_safe(diagnostic.message),
                source=diagnostic.rule,
            )
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
