"""The ``copydesk`` command line (typer).

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage or input
error (an unreadable file, a bad config). Errors are one line on stderr, never a traceback.

No ``from __future__ import annotations`` here: typer reads every command's annotations each run
(all commands, to build the group), and string annotations are compiled and evaluated then, twice
a command: 9 ms of every run, against 3 ms for annotations evaluated once, at import. Names
imported only for type checking are quoted.
"""

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Optional

import typer

from . import __version__
from ._choices import FailOn, InputFormat, Language, OutputFormat, Profile

if TYPE_CHECKING:
    from ._config import Config
    from ._findings import Severity
    from ._rule import RuleLike
    from ._runner import RunOptions, RunOutcome

app = typer.Typer(
    name="copydesk",
    help="An editorial linter: spelling, grammar, spacing, consistency and house style in drafts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        from ._registry import plugin_versions

        typer.echo(f"copydesk {__version__}")
        for name, version in plugin_versions():
            typer.echo(f"  plugin {name} {version}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and plugins.")
    ] = False,
) -> None:
    """copydesk checks drafts before they are published."""


def _split(values: Optional[list[str]]) -> Optional[tuple[str, ...]]:
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _fail(message: str) -> typer.Exit:
    typer.echo(f"copydesk: {message}", err=True)
    return typer.Exit(2)


# -- shared option types for check and fix ---------------------------------------------------------
PathsArg = Annotated[Optional[list[str]], typer.Argument(help="Files, folders or globs; '-' reads standard input.")]
SelectOpt = Annotated[
    Optional[list[str]], typer.Option(help="Rule ids or prefixes to run (replaces the config's select).")
]
ExtendSelectOpt = Annotated[Optional[list[str]], typer.Option(help="Rule ids or prefixes to run as well.")]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option(help="Rule ids or prefixes to skip.")]
FailOnOpt = Annotated[Optional[FailOn], typer.Option(help="Lowest severity that makes the exit code 1.")]
LanguageOpt = Annotated[Optional[Language], typer.Option(help="Language variant: en-US or en-GB.")]
InputFormatOpt = Annotated[
    Optional[InputFormat], typer.Option(help="Treat input as this format instead of guessing from the extension.")
]
StdinFilenameOpt = Annotated[Optional[str], typer.Option(help="File name to report (and to pick the format) for '-'.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Use this config file instead of searching.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Parallel processes (default: CPU count).")]
UnsafeFixesOpt = Annotated[bool, typer.Option(help="Also apply unsafe fixes that have exactly one suggestion.")]
DiffOpt = Annotated[bool, typer.Option(help="Print the fixes as a unified diff and write nothing.")]


@app.command()
def check(
    paths: PathsArg = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "--output-format", help="Output format.")] = "text",
    select: SelectOpt = None,
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    fail_on: FailOnOpt = None,
    language: LanguageOpt = None,
    input_format: InputFormatOpt = None,
    stdin_filename: StdinFilenameOpt = None,
    config: ConfigOpt = None,
    show_source: Annotated[bool, typer.Option(help="Show the source line and a caret under each finding.")] = False,
    color: Annotated[
        Optional[bool], typer.Option("--color/--no-color", help="Colour the text output (default: on a terminal).")
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes, then report what is left.")] = False,
    unsafe_fixes: UnsafeFixesOpt = False,
    diff: DiffOpt = False,
    jobs: JobsOpt = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Lint every file even if unchanged.")] = False,
    baseline: Annotated[
        Optional[Path], typer.Option(help="Report only findings not in this baseline file (created if missing).")
    ] = None,
    update_baseline: Annotated[bool, typer.Option(help="Rewrite the baseline with the current findings.")] = False,
    stats: Annotated[bool, typer.Option("--stats", help="Print document statistics (words, readability).")] = False,
    profile: Annotated[
        Optional[Profile], typer.Option(help="thorough: also run the Harper grammar checker (slower).")
    ] = None,
) -> None:
    """Lint drafts and report findings."""

    from .reporters import needs_stats

    common = (select, extend_select, ignore, fail_on, language, input_format, stdin_filename, config)
    options = _run_options(
        *common,
        fix=fix or diff,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        jobs=jobs,
        cache=not no_cache,
        stats=needs_stats(output_format, stats),
        profile=profile,
    )
    view = _View(output_format, show_source, color, stats, baseline, update_baseline)
    raise typer.Exit(_guarded(lambda: _execute(paths or ["."], options, view)))


@app.command("fix")
def fix_command(
    paths: PathsArg = None,
    unsafe_fixes: UnsafeFixesOpt = False,
    diff: DiffOpt = False,
    select: SelectOpt = None,
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    fail_on: FailOnOpt = None,
    language: LanguageOpt = None,
    input_format: InputFormatOpt = None,
    stdin_filename: StdinFilenameOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = None,
) -> None:
    """Apply safe fixes (and with --unsafe-fixes, single-suggestion unsafe ones); report what is left.

    Standard input ('-') is fixed to standard output.
    """

    common = (select, extend_select, ignore, fail_on, language, input_format, stdin_filename, config)
    options = _run_options(*common, fix=True, unsafe_fixes=unsafe_fixes, diff=diff, jobs=jobs, cache=False, stats=False)
    view = _View("text", False, None, False, None, False)
    raise typer.Exit(_guarded(lambda: _execute(paths or ["."], options, view)))


def _run_options(
    select: Optional[list[str]],
    extend_select: Optional[list[str]],
    ignore: Optional[list[str]],
    fail_on: Optional[FailOn],
    language: Optional[Language],
    input_format: Optional[InputFormat],
    stdin_filename: Optional[str],
    config: Optional[Path],
    profile: Optional[str] = None,
    **flags: Any,
) -> "RunOptions":
    """The options ``check`` and ``fix`` share, from their command-line values and the environment
    (read here, once: the library never reads it)."""
    from ._errors import ConfigError
    from ._runner import RunOptions
    from ._sections import Environment

    try:
        environment = Environment.read(os.environ, profile)
    except ConfigError as error:
        raise _fail(str(error)) from None
    return RunOptions(
        environment=environment,
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        language=language,
        input_format=input_format,
        stdin_filename=stdin_filename,
        config_path=config,
        version=__version__,
        **flags,
    )


def _guarded(action: Callable[[], int]) -> int:
    from ._errors import CopydeskError

    try:
        return action()
    except CopydeskError as error:
        typer.echo(f"copydesk: {error}", err=True)
        return 2


class _View(NamedTuple):
    output_format: str
    show_source: bool
    color: bool | None
    stats: bool
    baseline: Path | None
    update_baseline: bool


def _execute(paths: list[str], options: "RunOptions", view: _View) -> int:
    _QuickExit.allowed = True  # everything this command opens is closed before it returns
    from ._discovery import expand_paths
    from ._findings import Severity
    from ._runner import lint_stdin, load_override, run
    from .reporters import Report, render

    override = load_override(options)
    if paths == ["-"]:
        from ._runner import RunOutcome

        result, settings, fixed_bytes = lint_stdin(options, override)
        outcome = RunOutcome([result], [settings])
        if fixed_bytes is not None:
            _write_bytes(fixed_bytes)
            _report_errors(outcome)
            return 2 if outcome.input_errors() else _exit_code(outcome, Severity)
    else:
        targets = [path for path, _explicit in expand_paths(paths, override)]
        _check_selectors({settings_of(path, options, override) for path in targets[:1] or ["."]})
        with _progress(len(targets)) as advance:
            outcome = run(targets, options, override, advance, exits_after=True)
    _check_selectors(set(outcome.settings))
    _apply_baseline(outcome, view)
    if options.diff:
        _write_bytes("".join(r.diff or "" for r in outcome.results).encode("utf-8"))
    else:
        use_color = view.color if view.color is not None else (sys.stdout.isatty() and "NO_COLOR" not in os.environ)
        report = Report(
            outcome.results,
            __version__,
            color=use_color,
            show_source=view.show_source,
            show_stats=view.stats,
            rules=_rules_of(outcome),
        )
        _write_bytes(render(view.output_format, report).encode("utf-8"))
        if options.fix:
            fixed = sum(r.fixed for r in outcome.results)
            typer.echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    sys.stdout.flush()
    _report_errors(outcome)
    return 2 if outcome.input_errors() else _exit_code(outcome, Severity)


def _rules_of(outcome: "RunOutcome") -> "dict[str, RuleLike]":
    from ._registry import all_rules

    known: dict[str, RuleLike] = {}
    for settings in set(outcome.settings):
        known.update(all_rules(settings))
    return known


def _write_bytes(data: bytes) -> None:
    """Reports are UTF-8 whatever the locale says (the XML formats declare it, JSON requires it)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def settings_of(path: str, options: "RunOptions", override: "Config | None") -> "Config":
    from ._runner import settings_for

    return settings_for(path, options, override)


def _check_selectors(all_settings: "set[Config]") -> None:
    from ._errors import ConfigError
    from ._registry import selection_problem

    for settings in all_settings:
        problem = selection_problem(settings)
        if problem:
            raise ConfigError(settings.path or "command line", None, problem)


def _apply_baseline(outcome: "RunOutcome", view: _View) -> None:
    if view.baseline is None:
        return
    from ._baseline import filter_new, load_baseline, write_baseline

    if view.update_baseline or not view.baseline.exists():
        count = write_baseline(view.baseline, outcome.results)
        typer.echo(f"copydesk: recorded {count} finding{'s' if count != 1 else ''} in {view.baseline}", err=True)
    filter_new(outcome.results, load_baseline(view.baseline), view.baseline.parent)


def _report_errors(outcome: "RunOutcome") -> None:
    # A rule error that repeats for every file (a grammar server that is down) is said once.
    paths_of: dict[str, list[str]] = {}
    for result in outcome.results:
        if result.error:
            paths_of.setdefault(result.error, [])
        for error in result.rule_errors:
            paths_of.setdefault(error, []).append(result.path)
    for message, paths in paths_of.items():
        if not paths:
            typer.echo(f"copydesk: {message}", err=True)
            continue
        more = f" (and {len(paths) - 1} more file{'s' if len(paths) > 2 else ''})" if len(paths) > 1 else ""
        typer.echo(f"copydesk: {paths[0]}{more}: {message}", err=True)


def _exit_code(outcome: "RunOutcome", severity_type: "type[Severity]") -> int:
    for result, settings in zip(outcome.results, outcome.settings, strict=True):
        if settings.fail_on == "never":
            continue
        threshold = severity_type.parse(settings.fail_on)
        if any(d.severity >= threshold for d in result.diagnostics):
            return 1
    return 0


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long runs on a terminal (rich is imported only then)."""
    if total <= 5 or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=None) as bar:
        task = bar.add_task("Linting", total=total)
        yield lambda n: bar.advance(task, n)


@app.command("rules")
def list_rules(
    output_format: Annotated[str, typer.Option("--format", help="text, json or markdown.")] = "text",
    all_rules: Annotated[bool, typer.Option("--all", help="Include preview rules.")] = True,
) -> None:
    """List every rule with its id, category, severity and summary."""
    from ._docs import rules_as_json, rules_as_markdown, rules_as_text
    from ._errors import CopydeskError
    from ._registry import all_rules as registry

    try:
        found = list(registry(_settings_here()).values())
    except CopydeskError as error:
        raise _fail(str(error)) from None
    renderers = {"text": rules_as_text, "json": rules_as_json, "markdown": rules_as_markdown}
    if output_format not in renderers:
        raise _fail(f"--format: must be one of {', '.join(renderers)}")
    typer.echo(renderers[output_format](found), nl=False)


@app.command()
def cache(
    clear: Annotated[bool, typer.Option("--clear", help="Delete the cached tables and results.")] = False,
) -> None:
    """Show (or with --clear delete) the data cache's tables and this project's cached results."""
    from . import _cachefiles as files
    from ._cache import cache_folder
    from ._datacache import cache_root

    root, results = cache_root(), cache_folder(_settings_here())
    rows = [
        ("data cache (tables derived from dictionaries)", root, files.data_cache_files),
        ("result cache (this project's linted files)", results, files.result_cache_files),
    ]
    for label, folder, found in rows:
        if clear:
            gone = files.clear(folder, found(folder))
            typer.echo(f"{label}: {folder}: deleted {gone.files} files, {files.megabytes(gone.size)}")
        else:
            held = files.usage(folder, found(folder))
            typer.echo(f"{label}: {folder}: {held.files} files, {files.megabytes(held.size)}")


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. space.missing-after-punctuation.")]) -> None:
    """Explain a rule: what it finds, why, and examples."""
    from ._docs import explain_rule
    from ._errors import CopydeskError
    from ._registry import all_rules as registry

    try:
        found = registry(_settings_here())
    except CopydeskError as error:
        raise _fail(str(error)) from None
    if rule_id not in found:
        import difflib

        close = difflib.get_close_matches(rule_id, list(found), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise _fail(f"unknown rule {rule_id!r}.{hint}")
    typer.echo(explain_rule(found[rule_id]), nl=False)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on. [env COPYDESK_HOST; 127.0.0.1]")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port. [env COPYDESK_PORT; 8080]")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes. [env COPYDESK_WORKERS; 1]")] = None,
    config: Annotated[
        Optional[Path], typer.Option("--config", help="Server-side config file. [env COPYDESK_CONFIG]")
    ] = None,
    insecure_webhooks: Annotated[
        bool,
        typer.Option(
            "--insecure-webhooks",
            help="Serve webhooks without COPYDESK_WEBHOOK_SECRET (unsigned). [env COPYDESK_INSECURE_WEBHOOKS]",
        ),
    ] = False,
    max_body_bytes: Annotated[
        Optional[int], typer.Option(help="Largest request body. [env COPYDESK_MAX_BODY_BYTES; 1048576]")
    ] = None,
    timeout: Annotated[
        Optional[float], typer.Option(help="Time budget per request, seconds. [env COPYDESK_TIMEOUT; 10]")
    ] = None,
    max_concurrency: Annotated[
        Optional[int], typer.Option(help="Lints at once per worker; more get 503. [env COPYDESK_MAX_CONCURRENCY; 8]")
    ] = None,
    access_log: Annotated[
        Optional[bool], typer.Option("--access-log/--no-access-log", help="[env COPYDESK_ACCESS_LOG; on]")
    ] = None,
    log_level: Annotated[Optional[str], typer.Option(help="uvicorn log level. [env COPYDESK_LOG_LEVEL; info]")] = None,
) -> None:
    """Run the HTTP service: native API, CMS webhooks, LanguageTool-compatible API."""
    from ._errors import CopydeskError

    try:
        from .server._serve import INSTALL_HINT, missing_dependencies, run

        if missing_dependencies():
            raise _fail(INSTALL_HINT)
        code = run(
            host=host,
            port=port,
            workers=workers,
            config=str(config) if config is not None else None,
            insecure_webhooks=True if insecure_webhooks else None,
            max_body_bytes=max_body_bytes,
            timeout=timeout,
            max_concurrency=max_concurrency,
            access_log=access_log,
            log_level=log_level,
        )
    except CopydeskError as error:
        raise _fail(str(error)) from None
    raise typer.Exit(code)


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output, for editors (needs copydesk[lsp])."""
    from .lsp import INSTALL_HINT, main, missing_dependencies

    if missing_dependencies():
        raise _fail(INSTALL_HINT)
    raise typer.Exit(main())


@app.command()
def audit(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines exports (.jsonl), files, folders or globs.")],
    report: Annotated[Path, typer.Option(help="The HTML report to write.")] = Path("audit.html"),
    out: Annotated[
        Optional[Path], typer.Option(help="Folder for the Parquet shards and JSON (default: REPORT's name + .data).")
    ] = None,
    scheduler: Annotated[
        Optional[str], typer.Option(help="An existing Dask scheduler, tcp://HOST:8786 (default: a local cluster).")
    ] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Local worker processes (default: CPU count).")] = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Articles per task (default: 50).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip the batches already in --out.")] = False,
    shape: Annotated[str, typer.Option(help="Export shape: copydesk, wordpress or ghost.")] = "copydesk",
    field: Annotated[
        Optional[list[str]], typer.Option("--field", help="Where a field is: NAME=KEY or NAME=a.dotted.path.")
    ] = None,
    default_format: Annotated[
        Optional[str], typer.Option(help="Format of articles without one: plain, markdown or html.")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Rows in each ranked table.")] = 50,
    select: SelectOpt = None,
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    language: LanguageOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Lint a whole archive on Dask and write an HTML report (needs copydesk[audit])."""
    from .audit import INSTALL_HINT, missing_dependencies

    if missing_dependencies():
        raise _fail(INSTALL_HINT)
    from .audit import AuditOptions, FieldMap, run_audit

    overrides = dict(item.partition("=")[::2] for item in field or [])
    try:
        fields = FieldMap.build(shape, overrides, default_format)
    except ValueError as error:
        raise _fail(str(error)) from None
    options = _run_options(select, extend_select, ignore, None, language, None, None, config)
    audit_options = AuditOptions(
        list(paths),
        out or report.with_name(report.stem + ".data"),
        report,
        options,
        fields,
        scheduler=scheduler,
        workers=workers,
        batch_size=batch_size,
        resume=resume,
        top=top,
    )

    def execute() -> int:
        done = run_audit(audit_options)
        typer.echo(
            f"copydesk: audited {done.articles:,} articles ({done.batches_run} of {done.batches} batches run) "
            f"in {done.seconds:,.1f} s; report: {report}",
            err=True,
        )
        return 0

    raise typer.Exit(_guarded(execute))


def _settings_here() -> "Config":
    """The settings that apply in the current folder, so house packs and plugins configured there show
    (with the grammar backends the environment asks for, as ``check`` would use them)."""
    from ._config import config_for_file
    from ._sections import Environment

    config = config_for_file(os.path.join(os.getcwd(), "draft.md"))
    return Environment.read(os.environ).applied_to(config)


def _collect_garbage_less_often() -> None:
    """Raise the cyclic collector's thresholds for this short-lived process (workers inherit them).

    A lint creates hundreds of thousands of small objects (tokens, spans, table entries) that live
    until the file is reported; with the default thresholds (700, 10, 10) the collector walks them
    again and again: 157 ms of a 1.1 s run on 50,000 words, none of it freeing anything, since
    nearly everything copydesk frees goes by reference counting. At (10,000, 50, 100) it took
    21 ms at the same peak memory. (mypy raises its threshold for the same reason.)
    """
    import gc

    gc.set_threshold(10_000, 50, 100)


class _QuickExit:
    """Whether the command that ran may end the process without the interpreter's teardown."""

    allowed = False


def _end_quickly(code: object) -> None:
    """End the process now, as ``sys.exit(code)`` would but without the interpreter's teardown.

    Tearing down frees every object a lint made one by one, and collects them once more: about
    60 ms after a 50,000-word file, for nothing, since the process is ending. A lint has written
    its report and closed its files by now; the output is flushed and the ``atexit`` handlers run
    (a LanguageTool server is stopped) as at a normal exit. Returns, for the normal exit, when
    another thread still runs, the code is not a number, or the output cannot be flushed (a closed
    pipe is then reported as Python reports it), or a profiler or tracer is watching.
    """
    import atexit
    import threading

    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return  # a profiler or a coverage tool writes its results at the normal exit
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code or 0)


def main() -> None:
    """Console-script entry point: run the app, turning any unexpected error into one line."""
    _collect_garbage_less_often()
    from ._codecache import install as install_code
    from ._regexcache import install

    install()  # the patterns compiled from here on come from the data cache (lint._regexcache)
    install_code()  # and the dataclasses' methods (lint._codecache)
    try:
        app()
    except SystemExit as done:
        if _QuickExit.allowed:
            _end_quickly(done.code)
        raise
    except KeyboardInterrupt:
        typer.echo("copydesk: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # the last line of defence: never show a traceback
        typer.echo(f"copydesk: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
