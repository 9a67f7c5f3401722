"""The ``copydesk`` command line (typer).

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage or input
error (an unreadable file, a bad config). Errors are one line on stderr, never a traceback.

No ``from __future__ import annotations`` here: typer reads every command's annotations each run
(all commands, to build the group), and string annotations are compiled and evaluated then, twice
a command: 9 ms of every run, against 3 ms for annotations evaluated once, at import.

The common ``check`` runs do not come here: :mod:`lint._command` reads their arguments and runs
them without importing typer; it hands everything else (help, the other commands, errors) to
:data:`app`.
"""

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from ._choices import FailOn, InputFormat, Language, OutputFormat, Profile
from ._command import View, execute, fail, guarded, run_check, run_options, settings_here
from ._command import main as main  # the console script's entry point, as before

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

    code = run_check(
        paths,
        output_format,
        select,
        extend_select,
        ignore,
        fail_on,
        language,
        input_format,
        stdin_filename,
        config,
        show_source,
        color,
        fix,
        unsafe_fixes,
        diff,
        jobs,
        no_cache,
        baseline,
        update_baseline,
        stats,
        profile,
    )
    raise typer.Exit(code)


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
    options = run_options(*common, fix=True, unsafe_fixes=unsafe_fixes, diff=diff, jobs=jobs, cache=False, stats=False)
    view = View("text", False, None, False, None, False)
    raise typer.Exit(guarded(lambda: execute(paths or ["."], options, view)))


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
        found = list(registry(settings_here()).values())
    except CopydeskError as error:
        raise fail(str(error)) from None
    renderers = {"text": rules_as_text, "json": rules_as_json, "markdown": rules_as_markdown}
    if output_format not in renderers:
        raise fail(f"--format: must be one of {', '.join(renderers)}")
    typer.echo(renderers[output_format](found), nl=False)


@app.command()
def cache(
    clear: Annotated[bool, typer.Option("--clear", help="Delete the cached tables and results.")] = False,
) -> None:
    """Show (or with --clear delete) the data cache's tables and this project's cached results."""
    from . import _cachefiles as files
    from ._cache import cache_folder
    from ._datacache import cache_root

    root, results = cache_root(), cache_folder(settings_here())
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
        found = registry(settings_here())
    except CopydeskError as error:
        raise fail(str(error)) from None
    if rule_id not in found:
        import difflib

        close = difflib.get_close_matches(rule_id, list(found), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise fail(f"unknown rule {rule_id!r}.{hint}")
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
            raise fail(INSTALL_HINT)
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
        raise fail(str(error)) from None
    raise typer.Exit(code)


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output, for editors (needs copydesk[lsp])."""
    from .lsp import INSTALL_HINT, main, missing_dependencies

    if missing_dependencies():
        raise fail(INSTALL_HINT)
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
        raise fail(INSTALL_HINT)
    from .audit import AuditOptions, FieldMap, run_audit

    overrides = dict(item.partition("=")[::2] for item in field or [])
    try:
        fields = FieldMap.build(shape, overrides, default_format)
    except ValueError as error:
        raise fail(str(error)) from None
    options = run_options(select, extend_select, ignore, None, language, None, None, config)
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

    raise typer.Exit(guarded(execute))
