"""GitHub Actions workflow commands: one ``::warning file=…,line=…::message`` annotation per finding.

GitHub turns each line into an annotation on the pull request's diff. Property values and the
message are escaped as the Actions toolkit does (``%``, CR and LF always; ``:`` and ``,`` in
properties), so a path or message with those characters cannot break the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import display_path, file_problems, with_suggestion

if TYPE_CHECKING:
    from . import Report

# copydesk severity -> workflow command (GitHub has no "info" annotation; "notice" is its lowest level)
LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = []
    for result in report.results:
        path = display_path(result.path)
        for problem in file_problems(result):
            lines.append(command("error", {"file": path, "title": "copydesk"}, problem))
        for diagnostic in result.diagnostics:
            location = diagnostic.location
            properties: dict[str, object] = {
                "file": path,
                "line": location.line,
                "col": location.column,
                "endLine": location.end_line,
                "endColumn": location.end_column,
                "title": f"copydesk ({diagnostic.rule})",
            }
            lines.append(command(LEVELS[str(diagnostic.severity)], properties, with_suggestion(diagnostic)))
    return "".join(line + "\n" for line in lines)
