"""The language server: pygls features wired to the scheduler, snapshots and actions.

Every handler answers from state the event loop owns; linting happens in the scheduler's worker
thread. Whatever goes wrong (a bad config, a rule that raises, a bug) is shown to the writer as a
window message and the server keeps serving.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lint import __version__

from ._actions import ACCEPT_COMMAND, code_actions
from ._convert import to_lsp
from ._formats import input_format
from ._hover import hover_markdown
from ._positions import LineIndex
from ._scheduler import Job, Outcome, Scheduler
from ._settings import SettingsKeeper
from ._snapshot import Snapshot

if TYPE_CHECKING:
    from lint._runner import RunOptions

DEBOUNCE_SECONDS = 0.03
"""The quiet period after an edit before linting: one lint per burst of keystrokes, still well
inside the 150 ms the writer should wait (a warm 1,000-word lint takes 10 to 30 ms)."""

_WATCHED = ("**/.copydesk.toml", "**/pyproject.toml")


class CopydeskServer(LanguageServer):
    """pygls' server plus copydesk's state: what was linted, which settings, what was said."""

    def __init__(self) -> None:
        super().__init__("copydesk", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.settings = SettingsKeeper()
        self.scheduler = Scheduler(self.lint, self.publish, DEBOUNCE_SECONDS)
        self.snapshots: dict[str, Snapshot] = {}
        self._told: set[str] = set()
        self.settle_after_lint = False
        """Set by ``copydesk lsp``, whose process is this server's own: after the next lint the loaded
        rules and tables are frozen out of the collector's sight (:mod:`lint._collector`), once."""

    # -- linting (worker thread) -----------------------------------------------------------------

    def lint(self, job: Job) -> Outcome:
        """Lint one job with the settings of its path; runs in the scheduler's worker thread."""
        from lint._engine import check_source
        from lint._errors import CopydeskError
        from lint._ruleset import RuleSet
        from lint._source import Source

        from ._scheduler import cancellable

        try:
            config = self.settings.config_for(job.path)
        except CopydeskError as error:
            return Outcome(job, problem=str(error))
        size = len(job.text.encode("utf-8", "surrogatepass"))
        if size > config.max_file_size:
            return Outcome(job, problem=f"{job.path}: is {size:,} bytes, over the {config.max_file_size:,}-byte limit")
        ruleset = RuleSet.of(config)
        result = check_source(
            Source(text=job.text, path=job.path), job.input_format, cancellable(ruleset, job.cancelled)
        )
        if self.settle_after_lint:
            from lint._collector import settle_loaded

            self.settle_after_lint = False  # once: what later lints load is small beside the first's tables
            settle_loaded()
        return Outcome(job, result, ruleset)

    # -- publishing (event loop) -----------------------------------------------------------------

    def publish(self, outcome: Outcome) -> None:
        job = outcome.job
        if outcome.result is None or outcome.ruleset is None:
            self.snapshots.pop(job.uri, None)
            self.tell(outcome.problem or "copydesk could not lint this document", types.MessageType.Error)
            self._send(job, [])
            return
        for error in outcome.result.rule_errors:
            self.tell(f"{os.path.basename(job.path)}: {error}", types.MessageType.Warning)
        index = LineIndex(job.text, self.encoding)
        snapshot = Snapshot(
            job.uri, job.text, job.input_format, index, tuple(outcome.result.diagnostics), outcome.ruleset
        )
        self.snapshots[job.uri] = snapshot
        self._send(job, [to_lsp(diagnostic, index) for diagnostic in snapshot.diagnostics])

    def _send(self, job: Job, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=job.uri, diagnostics=diagnostics, version=job.version)
        )

    def tell(self, message: str, kind: types.MessageType) -> None:
        """Show a message once (until the settings change): a broken config is said, not repeated per keystroke."""
        if message in self._told:
            return
        self._told.add(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"copydesk: {message}"))

    @property
    def encoding(self) -> str:
        chosen = self.workspace.position_encoding
        return str(getattr(chosen, "value", chosen) or "utf-16")

    # -- documents -------------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Lint the editor's current text of ``uri`` (if it is prose copydesk reads)."""
        document = self.workspace.get_text_document(uri)
        path = document_path(uri)
        chosen = input_format(document.language_id, path)
        if chosen is None:
            return
        self.scheduler.submit(Job(uri, document.version, document.source, chosen, path), delay)

    def current(self, uri: str) -> Snapshot | None:
        """The document's snapshot, if the editor's text is still the text it was made from."""
        snapshot = self.snapshots.get(uri)
        if snapshot is None or self.workspace.get_text_document(uri).source != snapshot.text:
            return None
        return snapshot

    def reload(self) -> None:
        """The settings changed: read them again and lint every open document with them."""
        self.settings.forget()
        self._told.clear()
        for job in self.scheduler.open_jobs():
            self.schedule(job.uri, delay=0)

    def accept_word(self, uri: str, word: str) -> None:
        from ._accept import accept_file, add_word

        snapshot = self.snapshots.get(uri)
        path = accept_file(snapshot.ruleset.config) if snapshot is not None else None
        if path is None:
            self.tell("no accept file: name one with accept-files in the config", types.MessageType.Warning)
            return
        try:
            add_word(path, word)
        except (OSError, ValueError) as error:
            self.tell(f"cannot add {word!r} to {path}: {error}", types.MessageType.Error)
            return
        self.reload()


def document_path(uri: str) -> str:
    """The file behind a URI; an unsaved buffer lives in the current folder, for its settings."""
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return os.path.abspath(path) if path else os.path.join(os.getcwd(), "untitled")


def build_server(options: RunOptions | None = None) -> CopydeskServer:
    """The server with every feature registered."""
    server = CopydeskServer()
    if options is not None:
        server.settings.options = options

    @server.feature(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        capability = server.client_capabilities.workspace
        watched = capability.did_change_watched_files if capability is not None else None
        if watched is None or not watched.dynamic_registration:
            return  # the client cannot watch files for us: saves and file times still reload
        watchers = [types.FileSystemWatcher(glob_pattern=pattern) for pattern in _WATCHED]
        registration = types.Registration(
            id="copydesk-config",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await server.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        except Exception as error:  # a client that refuses: reloading on save still works
            logging.getLogger(__name__).info("file watching not registered: %s", error)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        server.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        if server.settings.involves(document_path(params.text_document.uri)):
            server.reload()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.scheduler.forget(uri)
        server.snapshots.pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        if any(server.settings.involves(document_path(change.uri)) for change in params.changes):
            server.reload()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction | types.Command] | None:
        snapshot = server.current(params.text_document.uri)
        if snapshot is None:
            return None
        start = snapshot.index.offset(params.range.start.line, params.range.start.character)
        end = snapshot.index.offset(params.range.end.line, params.range.end.character)
        from lint._source import Source

        return code_actions(snapshot, start, end, Source(text=snapshot.text).newline) or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        snapshot = server.current(params.text_document.uri)
        if snapshot is None:
            return None
        offset = snapshot.index.offset(params.position.line, params.position.character)
        text = hover_markdown(snapshot.touching(offset, offset), snapshot.ruleset.known)
        if text is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    @server.command(ACCEPT_COMMAND)
    def accept(*arguments: Any) -> None:
        if len(arguments) != 2 or not all(isinstance(argument, str) for argument in arguments):
            server.tell(f"{ACCEPT_COMMAND} takes a document URI and a word", types.MessageType.Error)
            return
        server.accept_word(arguments[0], arguments[1])

    @server.feature(types.SHUTDOWN)
    def shutdown(params: None) -> None:
        server.scheduler.shutdown()

    return server


def serve() -> int:
    """Run over stdio until the client exits; 2 when the environment's settings are unusable."""
    import sys

    from lint._errors import ConfigError

    from ._settings import run_options

    try:
        options = run_options()
    except ConfigError as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    server = build_server(options)
    server.settle_after_lint = True
    server.start_io()
    return 0
