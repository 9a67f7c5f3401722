"""Language-server latency: from the last didChange of a document to its publishDiagnostics, warm.

A real client (pytest-lsp's, which is pygls') starts ``copydesk lsp`` over stdio, opens a
1,000-word article (and, with ``--words``, longer ones), waits for its first diagnostics so every
cache is warm, then makes ``--edits`` edits one at a time: each sends one didChange and waits for
the diagnostics of exactly that version. The figure is the median of those waits, in milliseconds,
and includes the server's quiet period after an edit (lint/lsp/_server.py, DEBOUNCE_SECONDS).

    python bench/lsp.py                      # 1,000 words, 20 edits
    python bench/lsp.py --words 1000 10000   # both sizes the issue asks about

Needs the ``lsp`` and ``test`` extras (pytest-lsp) and ../shared/eval/ for the article text.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _article import news_article
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities


async def _diagnostics(client: LanguageClient, uri: str, version: int) -> float:
    """Wait for the diagnostics of ``version``; the clock reading when they arrived."""
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return time.perf_counter()


async def measure(words: int, edits: int) -> list[float]:
    """Milliseconds from each didChange to its diagnostics, for one document of ``words`` words."""
    config = ClientServerConfig(server_command=[sys.executable, "-m", "lint", "lsp"])
    client = await config.start()
    try:
        await client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim")))
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / ".git").mkdir()  # no config above the article: the defaults, as a fresh project
            uri = from_fs_path(str(Path(folder) / "article.md")) or ""
            text = news_article(words)
            waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
            client.text_document_did_open(
                types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text))
            )
            await waiting
            timings = []
            for version in range(2, edits + 2):
                text = text.replace("\n\n", f" Edit {version} was made.\n\n", 1)  # a new sentence each time
                waiting = asyncio.ensure_future(_diagnostics(client, uri, version))
                await asyncio.sleep(0)  # the waiter is listening before the edit goes out
                started = time.perf_counter()
                client.text_document_did_change(
                    types.DidChangeTextDocumentParams(
                        types.VersionedTextDocumentIdentifier(version, uri),
                        [types.TextDocumentContentChangeWholeDocument(text)],
                    )
                )
                timings.append((await waiting - started) * 1000)
        await client.shutdown_session()
    finally:
        await client.stop()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, nargs="+", default=[1000], help="document sizes (default 1000)")
    parser.add_argument("--edits", type=int, default=20, help="edits per size (default 20)")
    arguments = parser.parse_args()
    for words in arguments.words:
        timings = asyncio.run(measure(words, arguments.edits))
        print(
            f"{words:>6,} words: median {statistics.median(timings):6.1f} ms, "
            f"min {min(timings):6.1f}, max {max(timings):6.1f} ({len(timings)} edits, warm)"
        )


if __name__ == "__main__":
    main()
