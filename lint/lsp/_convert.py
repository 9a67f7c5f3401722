"""copydesk diagnostics to LSP diagnostics: ranges in the client's units, severities, rule ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

if TYPE_CHECKING:
    from lint._findings import Diagnostic

    from ._positions import LineIndex

SOURCE = "copydesk"

_SEVERITIES = {
    3: types.DiagnosticSeverity.Error,
    2: types.DiagnosticSeverity.Warning,
    1: types.DiagnosticSeverity.Information,
}


def lsp_range(index: LineIndex, offset: int, length: int) -> types.Range:
    """The LSP range of ``source[offset:offset+length]``."""
    start_line, start_character = index.position(offset)
    end_line, end_character = index.position(offset + length)
    return types.Range(types.Position(start_line, start_character), types.Position(end_line, end_character))


def to_lsp(diagnostic: Diagnostic, index: LineIndex) -> types.Diagnostic:
    """One finding as an editor shows it: the rule id as its code, copydesk as its source."""
    location = diagnostic.location
    return types.Diagnostic(
        range=lsp_range(index, location.offset, location.length),
        message=diagnostic.message,
        severity=_SEVERITIES.get(int(diagnostic.severity), types.DiagnosticSeverity.Warning),
        code=diagnostic.rule,
        source=SOURCE,
    )
