"""Helpers shared by the CI formats: paths as CI tools expect them, XML-safe text, suggestions."""

from __future__ import annotations

import os
import posixpath
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._engine import FileResult
    from .._findings import Diagnostic

# Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR; lone
# surrogates; U+FFFE/U+FFFF). A draft may contain a form feed; the report must still parse.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def display_path(path: str) -> str:
    """The path relative to the current directory when it lies below it, with forward slashes.

    CI tools (GitHub annotations, code scanning, reviewdog) resolve paths against the checkout,
    so ``./a/../b.md`` and ``/abs/checkout/b.md`` should both be reported as ``b.md``. Pseudo paths
    such as ``<stdin>`` are kept as they are.
    """
    if path.startswith("<"):
        return path
    if os.path.isabs(path):
        relative = os.path.relpath(path, os.getcwd())
        if relative == os.pardir or relative.startswith(os.pardir + os.sep):
            return path.replace(os.sep, "/")
        path = relative
    return posixpath.normpath(path.replace(os.sep, "/"))


def xml_safe(text: str) -> str:
    """Replace characters that no XML 1.0 document may contain with U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def quote(text: str) -> str:
    """Double-quote a suggestion so leading and trailing spaces stay visible."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def with_suggestion(diagnostic: Diagnostic) -> str:
    """The message plus the best suggestion, for formats without a field for fixes."""
    suggestions = diagnostic.finding.suggestions
    if not suggestions:
        return diagnostic.message
    return f"{diagnostic.message} Suggestion: {quote(suggestions[0])}"


def utf8_column(result: FileResult, line: int, column: int) -> int:
    """A 1-based code-point column turned into a 1-based UTF-8 byte column (reviewdog's unit)."""
    source = result.source if result.source is not None else (result.document and result.document.source)
    if not source:  # not kept (a result built by hand): code points are the best there is
        return column
    start = source.line_starts()[line - 1]
    prefix = source.text[start : start + column - 1]
    return len(prefix.encode("utf-8", "surrogatepass")) + 1


def file_problems(result: FileResult) -> list[str]:
    """Why a file was not (fully) linted: its input error, or the rules that crashed on it."""
    if result.error:
        return [result.error]
    return [f"{result.path}: {error}" for error in result.rule_errors]
