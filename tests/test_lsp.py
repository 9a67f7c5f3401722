"""``copydesk lsp`` end to end: a real LSP client (pytest-lsp) talking to the real server over stdio.

Nothing here waits for time to pass: every test waits for the notification or response it expects
(with a generous guard so a broken server fails the test instead of hanging it).
"""

from __future__ import annotations

import asyncio
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

pytestmark = pytest.mark.asyncio(loop_scope="module")

GUARD = 60.0  # seconds: only so that a dead server fails the test rather than hanging it


class Inbox:
    """Every publishDiagnostics and showMessage the client received, and a way to wait for one."""

    def __init__(self) -> None:
        self.diagnostics: dict[str, list[types.PublishDiagnosticsParams]] = defaultdict(list)
        self.messages: list[types.ShowMessageParams] = []
        self.registrations: list[types.Registration] = []
        self._wakers: list[asyncio.Event] = []

    def wake(self) -> None:
        for waker in self._wakers:
            waker.set()

    async def until(self, found: Any) -> Any:
        """Wait until ``found()`` returns something other than None, and return it."""

        async def wait() -> Any:
            while True:
                value = found()
                if value is not None:
                    return value
                waker = asyncio.Event()
                self._wakers.append(waker)
                try:
                    await waker.wait()
                finally:
                    self._wakers.remove(waker)

        return await asyncio.wait_for(wait(), GUARD)

    async def published(self, uri: str, version: int | None) -> list[types.Diagnostic]:
        """The diagnostics published for ``version`` of ``uri`` (waiting for them if need be)."""

        def find() -> list[types.Diagnostic] | None:
            for params in self.diagnostics[uri]:
                if params.version == version:
                    return list(params.diagnostics)
            return None

        result: list[types.Diagnostic] = await self.until(find)
        return result

    async def message(self, containing: str) -> types.ShowMessageParams:
        def find() -> types.ShowMessageParams | None:
            return next((m for m in self.messages if containing in m.message), None)

        result: types.ShowMessageParams = await self.until(find)
        return result


INBOXES: dict[int, Inbox] = {}


def _make_client() -> LanguageClient:
    """pytest-lsp's client, keeping every publishDiagnostics (with its version), not only the last."""
    client = LanguageClient(converter_factory=default_converter)
    inbox = INBOXES[id(client)] = Inbox()
    features = {
        method: handler
        for method, handler in DEFAULT_CLIENT_FEATURES.items()
        if method not in (types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, types.WINDOW_SHOW_MESSAGE)
    }
    register_lsp_features(client, features)

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        inbox.diagnostics[params.uri].append(params)
        inbox.wake()

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def on_message(params: types.ShowMessageParams) -> None:
        inbox.messages.append(params)
        inbox.wake()

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def on_register(params: types.RegistrationParams) -> None:
        inbox.registrations.extend(params.registrations)
        inbox.wake()

    return client


SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "lint", "lsp"], client_factory=_make_client)


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient) -> Any:
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    lsp_client.initialize_result = result  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


def inbox_of(client: LanguageClient) -> Inbox:
    return INBOXES[id(client)]


def project(tmp_path: Path, config: str | None = None) -> Path:
    """A folder that is its own repository (the config search stops there), with an optional config."""
    (tmp_path / ".git").mkdir()
    if config is not None:
        (tmp_path / ".copydesk.toml").write_text(config, encoding="utf-8")
    return tmp_path


def open_document(client: LanguageClient, path: Path, text: str, language: str = "markdown") -> str:
    uri = from_fs_path(str(path))
    assert uri is not None
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, 1, text)))
    return uri


def change_document(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version, uri),
            [types.TextDocumentContentChangeWholeDocument(text)],
        )
    )


def utf16_column(line: str, code_points: int) -> int:
    return len(line[:code_points].encode("utf-16-le")) // 2


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 columns, ``\\n`` lines) as an editor would."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        line = lines[position.line]
        units = line.encode("utf-16-le")[: 2 * position.character]
        return sum(len(item) + 1 for item in lines[: position.line]) + len(units.decode("utf-16-le"))

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def by_rule(diagnostics: list[types.Diagnostic], rule: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == rule]


async def actions_and_commands(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction | types.Command]:
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range, types.CodeActionContext(diagnostics=[diagnostic])
        )
    )
    return list(found or [])


async def actions_at(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    return [a for a in await actions_and_commands(client, uri, diagnostic) if isinstance(a, types.CodeAction)]


async def commands_at(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list[types.Command]:
    return [a for a in await actions_and_commands(client, uri, diagnostic) if isinstance(a, types.Command)]


# -- initialize, open, change ------------------------------------------------------------------------


async def test_initialize_advertises_what_the_server_does(client: LanguageClient) -> None:
    capabilities = client.initialize_result.capabilities  # type: ignore[attr-defined]
    assert capabilities.hover_provider
    assert capabilities.code_action_provider
    assert "copydesk.acceptWord" in capabilities.execute_command_provider.commands
    sync = capabilities.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Full
    assert client.initialize_result.server_info.name == "copydesk"  # type: ignore[attr-defined]


async def test_open_reports_findings_at_utf16_columns(client: LanguageClient, tmp_path: Path) -> None:
    line = "I 😀 love 𝒳 the the cake.\n"
    uri = open_document(client, project(tmp_path) / "emoji.md", line)
    [repeated] = by_rule(await inbox_of(client).published(uri, 1), "repetition.repeated-word")
    start = line.index("the the")
    assert repeated.range.start == types.Position(0, utf16_column(line, start))
    assert repeated.range.end == types.Position(0, utf16_column(line, start + len("the the")))
    assert repeated.range.start.character == start + 2  # the emoji and the script X are two units each
    assert repeated.source == "copydesk"
    assert repeated.severity == types.DiagnosticSeverity.Warning


async def test_change_relints_the_new_text(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    uri = open_document(client, project(tmp_path) / "draft.md", "A clean sentence.\n")
    assert await inbox.published(uri, 1) == []
    change_document(client, uri, 2, "A clean sentence.\n\nThe council voted,however.\n")
    [missing] = by_rule(await inbox.published(uri, 2), "space.missing-after-punctuation")
    assert missing.range.start.line == 2


async def test_formats_by_language_id_and_extension(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path)
    code = open_document(client, folder / "script.py", "# the the\n", language="python")
    plain = open_document(client, folder / "notes.txt", "It was the the end.\n", language="plaintext")
    html = open_document(client, folder / "page.html", "<p>It was <b>the</b> the end.</p>\n", language="html")
    by_extension = open_document(client, folder / "post.markdown", "`the the` is code. The the end.\n", language="mdx")
    assert by_rule(await inbox.published(plain, 1), "repetition.repeated-word")
    [doubled] = await inbox.published(html, 1)  # the tags are markup: "the</b> the" is one slip
    assert doubled.range.start == types.Position(0, len("<p>It was <b>"))
    [prose_only] = by_rule(await inbox.published(by_extension, 1), "repetition.repeated-word")
    assert prose_only.range.start.character == len("`the the` is code. ")  # Markdown: code is not prose
    assert code not in inbox.diagnostics  # opened before the others, never linted


async def test_suppression_comments_are_honoured(client: LanguageClient, tmp_path: Path) -> None:
    text = "<!-- copydesk-disable-next-line repetition -->\nIt was the the end.\n"
    uri = open_document(client, project(tmp_path) / "quiet.md", text)
    assert by_rule(await inbox_of(client).published(uri, 1), "repetition.repeated-word") == []


# -- code actions ------------------------------------------------------------------------------------


async def test_fix_action_applied(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    text = "It was 😀 the the end.\n"
    uri = open_document(client, project(tmp_path) / "fix.md", text)
    [repeated] = by_rule(await inbox.published(uri, 1), "repetition.repeated-word")
    actions = await actions_at(client, uri, repeated)
    [preferred] = [action for action in actions if action.is_preferred]
    assert preferred.title == "Delete “the”"
    assert preferred.kind == types.CodeActionKind.QuickFix
    fixed = apply_edits(text, list(preferred.edit.changes[uri]))  # type: ignore[union-attr,index]
    assert fixed == "It was 😀 the end.\n"
    change_document(client, uri, 2, fixed)
    assert await inbox.published(uri, 2) == []


@pytest.mark.parametrize(
    ("name", "language", "text", "expected"),
    [
        (
            "mid-paragraph.md",
            "markdown",
            "First line.\nIt was the the end.\n",
            "First line. <!-- copydesk-disable-next-line repetition.repeated-word -->\nIt was the the end.\n",
        ),
        (
            "top.md",
            "markdown",
            "It was the the end.\n",
            "<!-- copydesk-disable-next-line repetition.repeated-word -->\nIt was the the end.\n",
        ),
        (
            "notes.txt",
            "plaintext",
            "First line.\n  It was the the end.\n",
            "First line.\n  copydesk: disable-next-line repetition.repeated-word\n  It was the the end.\n",
        ),
    ],
)
async def test_ignore_on_this_line_action_applied(
    client: LanguageClient, tmp_path: Path, name: str, language: str, text: str, expected: str
) -> None:
    inbox = inbox_of(client)
    uri = open_document(client, project(tmp_path) / name, text, language)
    [repeated] = by_rule(await inbox.published(uri, 1), "repetition.repeated-word")
    [ignore] = [a for a in await actions_at(client, uri, repeated) if a.title.startswith("Ignore")]
    assert ignore.title == "Ignore repetition.repeated-word on this line"
    suppressed = apply_edits(text, list(ignore.edit.changes[uri]))  # type: ignore[union-attr,index]
    assert suppressed == expected
    change_document(client, uri, 2, suppressed)
    assert await inbox.published(uri, 2) == []


async def test_accept_word_action_writes_the_accept_file(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path, 'accept-files = ["styleguide/words.txt"]\n')
    (folder / "styleguide").mkdir()
    (folder / "styleguide" / "words.txt").write_text("# house words\nKovsakan", encoding="utf-8")
    uri = open_document(client, folder / "story.md", "The teh was served.\n")
    [unknown] = by_rule(await inbox.published(uri, 1), "spelling.unknown-word")
    [accept] = await commands_at(client, uri, unknown)
    assert accept.title == "Add 'teh' to the accepted words (words.txt)"
    before = len(inbox.diagnostics[uri])
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=accept.command, arguments=accept.arguments)
    )
    assert (folder / "styleguide" / "words.txt").read_text(encoding="utf-8") == "# house words\nKovsakan\nteh\n"
    relinted = await inbox.until(lambda: inbox.diagnostics[uri][before:] or None)
    assert by_rule(list(relinted[-1].diagnostics), "spelling.unknown-word") == []


async def test_no_accept_action_without_an_accept_file(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_document(client, project(tmp_path) / "story.md", "The teh was served.\n")
    [unknown] = by_rule(await inbox_of(client).published(uri, 1), "spelling.unknown-word")
    assert await commands_at(client, uri, unknown) == []
    actions = await actions_at(client, uri, unknown)
    assert [a.title for a in actions if a.is_preferred] == []  # a spelling guess is never applied unasked


# -- hover -------------------------------------------------------------------------------------------


async def test_hover_shows_the_explanation(client: LanguageClient, tmp_path: Path) -> None:
    from lint._config import Config
    from lint._docs import explain_rule
    from lint._registry import all_rules

    uri = open_document(client, project(tmp_path) / "hover.md", "It was the the end.\n")
    [repeated] = by_rule(await inbox_of(client).published(uri, 1), "repetition.repeated-word")
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), repeated.range.start)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "**repetition.repeated-word** (warning): 'the' is repeated." in hover.contents.value
    explanation = explain_rule(all_rules(Config())["repetition.repeated-word"], markdown=True)
    assert explanation.split("\n", 1)[1].strip() in hover.contents.value
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(0, 0))
    )
    assert nothing is None


# -- settings ----------------------------------------------------------------------------------------


async def test_config_saved_is_picked_up_without_a_restart(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path)
    uri = open_document(client, folder / "reload.md", "It was the the end.\n")
    assert by_rule(await inbox.published(uri, 1), "repetition.repeated-word")
    config = folder / ".copydesk.toml"
    config.write_text('ignore = ["repetition"]\n', encoding="utf-8")
    before = len(inbox.diagnostics[uri])
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(from_fs_path(str(config))))
    )
    relinted = await inbox.until(lambda: inbox.diagnostics[uri][before:] or None)
    assert by_rule(list(relinted[-1].diagnostics), "repetition.repeated-word") == []


async def test_watched_config_change_is_picked_up(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in inbox.registrations)
    folder = project(tmp_path, 'ignore = ["repetition", "grammar"]\n')
    uri = open_document(client, folder / "watched.md", "It was the the end.\n")
    assert await inbox.published(uri, 1) == []
    config = folder / ".copydesk.toml"
    config.write_text("ignore = []\n", encoding="utf-8")
    before = len(inbox.diagnostics[uri])
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(from_fs_path(str(config)), types.FileChangeType.Changed)])
    )
    relinted = await inbox.until(lambda: inbox.diagnostics[uri][before:] or None)
    assert by_rule(list(relinted[-1].diagnostics), "repetition.repeated-word")


async def test_bad_config_is_a_message_and_the_server_lives_on(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path, 'fail_on = "warning"\n')
    uri = open_document(client, folder / "broken.md", "It was the the end.\n")
    message = await inbox.message("fail_on: unknown key (did you mean 'fail-on'?)")
    assert message.type == types.MessageType.Error
    assert await inbox.published(uri, 1) == []
    (folder / ".copydesk.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    change_document(client, uri, 2, "It was the the end, again.\n")
    assert by_rule(await inbox.published(uri, 2), "repetition.repeated-word")


async def test_failing_rule_is_a_message_and_the_others_still_report(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path, '[grammar]\nlanguagetool = "http://127.0.0.1:9"\n')
    uri = open_document(client, folder / "backend.md", "It was the the end.\n")
    assert by_rule(await inbox.published(uri, 1), "repetition.repeated-word")
    message = await inbox.message("rule grammar.lt failed")
    assert message.type == types.MessageType.Warning


async def test_long_document_stale_edit_is_dropped(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    folder = project(tmp_path)
    paragraph = "The council met on Tuesday to discuss the budget for the coming year. " * 10
    long_text = "\n\n".join(paragraph for _ in range(140))  # about 10,000 words
    uri = open_document(client, folder / "long.md", long_text)
    change_document(client, uri, 2, long_text + "\n\nIt was the the end.\n")
    small = open_document(client, folder / "small.md", "It was the the end.\n")
    [repeated] = by_rule(await inbox.published(small, 1), "repetition.repeated-word")
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(small), repeated.range.start)
    )
    assert hover is not None
    final = by_rule(await inbox.published(uri, 2), "repetition.repeated-word")
    assert [d.range.start.line for d in final] == [long_text.count("\n") + 2]
    assert all(params.version in (1, 2) for params in inbox.diagnostics[uri])


async def test_closing_clears_the_findings(client: LanguageClient, tmp_path: Path) -> None:
    inbox = inbox_of(client)
    uri = open_document(client, project(tmp_path) / "close.md", "It was the the end.\n")
    assert await inbox.published(uri, 1)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    cleared = await inbox.until(
        lambda: inbox.diagnostics[uri][-1] if not inbox.diagnostics[uri][-1].diagnostics else None
    )
    assert cleared.version is None


async def test_shutdown_and_exit_end_the_server_cleanly(tmp_path: Path) -> None:
    """A client of its own, so the shared one stays up: open a document, shut down, exit with 0."""
    own = await SERVER.start()
    try:
        await own.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim")))
        uri = open_document(own, project(tmp_path) / "last.md", "It was the the end.\n")
        assert await inbox_of(own).published(uri, 1)
        await own.shutdown_session()
        assert own._server is not None and own._server.returncode == 0
    finally:
        await own.stop()
