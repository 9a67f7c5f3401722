"""``copydesk lsp``: a language server, so editors show findings while the writer types.

The server speaks the Language Server Protocol over standard input and output, built on pygls and
lsprotocol from the optional extra ``copydesk[lsp]``. Nothing in this module imports them: the
command line asks :func:`missing_dependencies` first, so a missing extra is one clear line, and
``import lint.cli`` stays fast.

Modules: ``_positions`` (code points to LSP columns), ``_formats`` (which documents are prose),
``_settings`` (config per document, as the CLI finds it), ``_scheduler`` (linting off the event
loop), ``_convert`` (findings to LSP diagnostics), ``_actions`` and ``_suppression`` and
``_accept`` (code actions), ``_hover``, ``_server`` (the wiring).
"""

from __future__ import annotations

import importlib.util

INSTALL_HINT = "the language server needs pygls and lsprotocol: pip install 'copydesk[lsp]'"

__all__ = ["INSTALL_HINT", "main", "missing_dependencies"]


def missing_dependencies() -> list[str]:
    """The packages of the ``lsp`` extra that are not installed (checked without importing them)."""
    return [name for name in ("pygls", "lsprotocol") if importlib.util.find_spec(name) is None]


def main() -> int:
    """Serve one editor over stdio until it says exit; the exit code the protocol asks for."""
    from ._server import serve

    return serve()
