"""Which open documents are prose copydesk lints, and in which input format.

An editor names a document's language (``languageId``); when it names one copydesk does not know
(a "mdx" or "quarto" mode, say), the file's extension decides, exactly as ``copydesk check`` would.
Anything else (code, JSON) is left alone.
"""

from __future__ import annotations

LANGUAGE_IDS = {
    "markdown": "markdown",
    "html": "html",
    "plaintext": "plain",
    "text": "plain",
}


def input_format(language_id: str | None, path: str) -> str | None:
    """The copydesk input format of a document, or None when it is not prose copydesk lints."""
    from lint.adapters import format_for_path

    known = LANGUAGE_IDS.get((language_id or "").lower())
    if known is not None:
        return known
    by_extension = format_for_path(path, default="")
    return by_extension or None
