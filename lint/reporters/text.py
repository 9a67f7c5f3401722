"""Compiler-style text: ``path:line:col: severity rule-id message [suggestion]``."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from . import counts
from ._common import display_path, quote

if TYPE_CHECKING:
    from .._engine import FileResult
    from .._findings import Diagnostic
    from . import Report

_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def render(report: Report) -> str:
    lines: list[str] = []
    for result in report.results:
        path = display_path(result.path)  # once a file, not once a finding (a relpath each: 3 ms in 250)
        for diagnostic in result.diagnostics:
            lines.append(format_line(path, diagnostic, report.color))
            if report.show_source:
                lines.extend(_source_excerpt(result, diagnostic, report.color))
        if report.show_stats and result.stats:
            lines.append(_stats_line(path, result.stats))
    total = counts(report)
    findings = sum(total.values())
    files = len(report.results)
    if findings:
        detail = ", ".join(_plural(n, name) for name, n in total.items() if n)
        lines.append(f"Found {_plural(findings, 'finding')} ({detail}) in {_plural(files, 'file')}.")
    else:
        lines.append(f"No findings in {_plural(files, 'file')}.")
    return "\n".join(lines) + "\n"


def _stats_line(path: str, stats: dict[str, object]) -> str:
    minutes, seconds = divmod(int(str(stats["reading_time_seconds"])), 60)
    return (
        f"{path}: {stats['words']} words, {stats['sentences']} sentences, {stats['words_per_sentence']} words a "
        f"sentence, reading time {minutes}:{seconds:02}, Flesch reading ease {stats['flesch_reading_ease']}, "
        f"grade {stats['grade']}"
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 or noun == "info" else f"{count} {noun}s"


def format_line(path: str, diagnostic: Diagnostic, color: bool = False) -> str:
    location = diagnostic.location
    severity = str(diagnostic.severity)
    finding = diagnostic.finding
    suggestion = f" [{quote(finding.suggestions[0])}]" if finding.suggestions else ""
    if color:
        return (
            f"{_BOLD}{path}:{location.line}:{location.column}:{_RESET} "
            f"{_COLORS[severity]}{severity}{_RESET} {_DIM}{finding.rule}{_RESET} {finding.message}{suggestion}"
        )
    return f"{path}:{location.line}:{location.column}: {severity} {finding.rule} {finding.message}{suggestion}"


def _source_excerpt(result: FileResult, diagnostic: Diagnostic, color: bool) -> list[str]:
    source = result.source
    if source is None:
        return []
    location = diagnostic.location
    line_text = source.line_text(location.line)
    start = location.column - 1
    if location.end_line == location.line:
        end = max(location.end_column - 1, start + 1)
    else:
        end = max(len(line_text), start + 1)
    pad = "".join(_blank(ch) for ch in line_text[:start])
    marks = "^" + "~" * max(_width(line_text[start:end]) - 1, 0)
    gutter = f"{location.line:>5} | "
    caret_line = " " * (len(gutter) - 2) + "| " + pad + marks
    if color:
        caret_line = " " * (len(gutter) - 2) + "| " + pad + _COLORS[str(diagnostic.severity)] + marks + _RESET
    return [gutter + line_text, caret_line]


def _blank(ch: str) -> str:
    """Whitespace that lines the caret up under ``ch`` (tabs stay tabs, wide characters take two)."""
    if ch == "\t":
        return "\t"
    return " " * _width(ch)


def _width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width
