"""Code actions for the findings under the cursor: each fix, suppress on this line, accept the word."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lsprotocol import types

from ._accept import accept_file
from ._convert import lsp_range, to_lsp
from ._suppression import suppression_for

if TYPE_CHECKING:
    from lint._findings import Diagnostic

    from ._snapshot import Snapshot

ACCEPT_COMMAND = "copydesk.acceptWord"
ACCEPTING_RULES = ("spelling.unknown-word", "space.joined-words")
"""The rules that consult the accept lists (rules/spelling/_accept.py)."""


def code_actions(snapshot: Snapshot, start: int, end: int, newline: str) -> list[types.CodeAction | types.Command]:
    """Every action for the findings touching ``[start, end]``: fixes, accepting the word, suppressing."""
    actions: list[types.CodeAction | types.Command] = []
    suppress: list[types.CodeAction | types.Command] = []
    accept: list[types.CodeAction | types.Command] = []
    seen_suppressions: set[tuple[str, int]] = set()
    for diagnostic in snapshot.touching(start, end):
        lsp_diagnostic = to_lsp(diagnostic, snapshot.index)
        actions.extend(_fixes(snapshot, diagnostic, lsp_diagnostic))
        line = diagnostic.location.line - 1
        if (diagnostic.rule, line) not in seen_suppressions:
            seen_suppressions.add((diagnostic.rule, line))
            suppress.append(_suppress(snapshot, diagnostic, lsp_diagnostic, newline))
        command = _accept(snapshot, diagnostic)
        if command is not None and command not in accept:
            accept.append(command)
    return actions + accept + suppress


def _edit(snapshot: Snapshot, start: int, end: int, text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(
        changes={snapshot.uri: [types.TextEdit(lsp_range(snapshot.index, start, end - start), text)]}
    )


def _fixes(snapshot: Snapshot, diagnostic: Diagnostic, lsp_diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    from lint._findings import FixSafety

    actions = []
    for fix in diagnostic.fixes:
        if len(fix.edits) != 1:
            continue
        edit = fix.edits[0]
        actions.append(
            types.CodeAction(
                title=fix.title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[lsp_diagnostic],
                is_preferred=fix.safety is FixSafety.SAFE,
                edit=_edit(snapshot, edit.start, edit.end, edit.replacement),
            )
        )
    return actions


def _suppress(
    snapshot: Snapshot, diagnostic: Diagnostic, lsp_diagnostic: types.Diagnostic, newline: str
) -> types.CodeAction:
    line = diagnostic.location.line - 1
    insertion = suppression_for(snapshot.index, line, diagnostic.rule, snapshot.input_format, newline)
    return types.CodeAction(
        title=f"Ignore {diagnostic.rule} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[lsp_diagnostic],
        edit=_edit(snapshot, insertion.offset, insertion.offset, insertion.text),
    )


def _accept(snapshot: Snapshot, diagnostic: Diagnostic) -> types.Command | None:
    """The command adding the flagged word to the accept file, when the config names one.

    A bare command rather than a code action carrying one: the server writes the file itself, and
    some clients (lsprotocol's, so every pygls-based one) read any action with a command as a bare
    command anyway.
    """
    word = diagnostic.text.strip()
    path = accept_file(snapshot.ruleset.config)
    if diagnostic.rule not in ACCEPTING_RULES or path is None or not word or any(c.isspace() for c in word):
        return None
    arguments: list[Any] = [snapshot.uri, word]
    return types.Command(
        title=f"Add '{word}' to the accepted words ({path.name})", command=ACCEPT_COMMAND, arguments=arguments
    )
