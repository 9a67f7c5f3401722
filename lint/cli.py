"""The ``copydesk`` command line (typer).

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage or input
error (an unreadable file, a bad config). Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from . import __version__

if TYPE_CHECKING:
    from ._config import Config
    from ._engine import FileResult

app = typer.Typer(
    name="copydesk",
    help="An editorial linter: spelling, grammar, spacing, consistency and house style in drafts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class InputFormat(str, Enum):
    plain = "plain"
    markdown = "markdown"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Language(str, Enum):
    en_us = "en-US"
    en_gb = "en-GB"


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


@app.command()
def check(
    paths: Annotated[
        Optional[list[str]], typer.Argument(help="Files, folders or globs; '-' reads standard input.")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "--output-format", help="Output format.")
    ] = OutputFormat.text,
    select: Annotated[
        Optional[list[str]], typer.Option(help="Rule ids or prefixes to run (replaces the config's select).")
    ] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option(help="Rule ids or prefixes to run as well.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(help="Rule ids or prefixes to skip.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(help="Lowest severity that makes the exit code 1.")] = None,
    language: Annotated[Optional[Language], typer.Option(help="Language variant: en-US or en-GB.")] = None,
    input_format: Annotated[
        Optional[InputFormat], typer.Option(help="Treat input as this format instead of guessing from the extension.")
    ] = None,
    stdin_filename: Annotated[
        Optional[str], typer.Option(help="File name to report (and to pick the format) for '-'.")
    ] = None,
    config: Annotated[
        Optional[Path], typer.Option("--config", help="Use this config file instead of searching.")
    ] = None,
    show_source: Annotated[bool, typer.Option(help="Show the source line and a caret under each finding.")] = False,
    color: Annotated[
        Optional[bool], typer.Option("--color/--no-color", help="Colour the text output (default: on a terminal).")
    ] = None,
) -> None:
    """Lint drafts and report findings."""
    from ._errors import CopydeskError

    try:
        exit_code = _run_check(
            paths or ["."],
            output_format=output_format.value,
            select=_split(select),
            extend_select=_split(extend_select),
            ignore=_split(ignore),
            fail_on=fail_on.value if fail_on else None,
            language=language.value if language else None,
            input_format=input_format.value if input_format else None,
            stdin_filename=stdin_filename,
            config_path=config,
            show_source=show_source,
            color=color,
        )
    except CopydeskError as error:
        raise _fail(str(error)) from None
    raise typer.Exit(exit_code)


def _run_check(
    paths: list[str],
    *,
    output_format: str,
    select: tuple[str, ...] | None,
    extend_select: tuple[str, ...] | None,
    ignore: tuple[str, ...] | None,
    fail_on: str | None,
    language: str | None,
    input_format: str | None,
    stdin_filename: str | None,
    config_path: Path | None,
    show_source: bool,
    color: bool | None,
) -> int:
    from ._config import config_for_file, load_config_file
    from ._discovery import expand_paths
    from ._findings import Severity
    from ._registry import unknown_selectors
    from .reporters import Report, render

    override: Config | None = None
    if config_path is not None:
        override = load_config_file(config_path)
        if override is None:
            from ._config import Config

            override = Config(path=str(config_path), root=str(config_path.parent))

    def settings_for(path: str) -> Config:
        base = override or config_for_file(path if path != "-" else os.path.join(os.getcwd(), "stdin"))
        return base.with_overrides(
            select=select,
            extend_select=(base.extend_select + extend_select) if extend_select else None,
            ignore=(base.ignore + ignore) if ignore else None,
            fail_on=fail_on,
            language=language,
        )

    results: list[tuple[FileResult, Config]] = []
    input_errors = 0
    checked_selectors: set[Config] = set()
    targets = [("-", True)] if paths == ["-"] else list(expand_paths(paths, override))
    for path, _explicit in targets:
        settings = settings_for(path)
        if settings not in checked_selectors:
            unknown = unknown_selectors(settings)
            if unknown:
                raise _selector_error(unknown, settings)
            checked_selectors.add(settings)
        result = _lint_one(path, settings, input_format, stdin_filename)
        if result.error or result.rule_errors:
            input_errors += 1
            for line in [result.error] if result.error else result.rule_errors:
                typer.echo(f"copydesk: {line if result.error else f'{result.path}: {line}'}", err=True)
        results.append((result, settings))

    use_color = color if color is not None else (sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    report = Report([r for r, _ in results], __version__, color=use_color, show_source=show_source)
    sys.stdout.write(render(output_format, report))
    sys.stdout.flush()

    if input_errors:
        return 2
    for result, settings in results:
        if settings.fail_on == "never":
            continue
        threshold = Severity.parse(settings.fail_on)
        if any(d.severity >= threshold for d in result.diagnostics):
            return 1
    return 0


def _selector_error(unknown: list[str], settings: Config) -> Exception:
    from ._errors import ConfigError

    where = settings.path or "command line"
    return ConfigError(where, None, f"unknown rule id or prefix: {', '.join(unknown)} (see `copydesk rules`)")


def _lint_one(path: str, settings: Config, input_format: str | None, stdin_filename: str | None) -> FileResult:
    from ._engine import FileResult, check_bytes
    from ._errors import InputError
    from ._source import read_source
    from .adapters import format_for_path

    if path == "-":
        display = stdin_filename or "<stdin>"
        data = sys.stdin.buffer.read()
        chosen = input_format or format_for_path(display)
        if len(data) > settings.max_file_size:
            return FileResult(
                display, chosen, error=f"{display}: is over the {settings.max_file_size:,}-byte limit (max-file-size)"
            )
        return check_bytes(data, display, chosen, settings)
    chosen = input_format or format_for_path(path)
    try:
        source = read_source(Path(path), path, settings.max_file_size)
    except InputError as error:
        return FileResult(path, chosen, error=str(error))
    from ._engine import check_source

    return check_source(source, chosen, settings)


@app.command("rules")
def list_rules(
    output_format: Annotated[str, typer.Option("--format", help="text, json or markdown.")] = "text",
    all_rules: Annotated[bool, typer.Option("--all", help="Include preview rules.")] = True,
) -> None:
    """List every rule with its id, category, severity and summary."""
    from ._config import Config
    from ._docs import rules_as_json, rules_as_markdown, rules_as_text
    from ._errors import CopydeskError
    from ._registry import all_rules as registry

    try:
        found = list(registry(Config()).values())
    except CopydeskError as error:
        raise _fail(str(error)) from None
    renderers = {"text": rules_as_text, "json": rules_as_json, "markdown": rules_as_markdown}
    if output_format not in renderers:
        raise _fail(f"--format: must be one of {', '.join(renderers)}")
    typer.echo(renderers[output_format](found), nl=False)


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. space.missing-after-punctuation.")]) -> None:
    """Explain a rule: what it finds, why, and examples."""
    from ._config import Config
    from ._docs import explain_rule
    from ._registry import all_rules as registry

    found = registry(Config())
    if rule_id not in found:
        import difflib

        close = difflib.get_close_matches(rule_id, list(found), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise _fail(f"unknown rule {rule_id!r}.{hint}")
    typer.echo(explain_rule(found[rule_id]), nl=False)


def main() -> None:
    """Console-script entry point: run the app, turning any unexpected error into one line."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("copydesk: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # the last line of defence: never show a traceback
        typer.echo(f"copydesk: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
