"""The ``check`` command without typer, and the command line's entry point.

Importing typer (and the click it carries) and building the command group from every command's
annotations costs about 30 ms of every run, a tenth of a 50,000-word check's wall time, before a
file is read. :func:`main` reads the arguments of the common ``check`` runs here, with a parser
that knows exactly the options typer declares for ``check`` (tests/test_command.py compares the
two on every option), and runs the command without loading typer. Anything else, ``--help``,
another command, an unknown option, a value typer would reject or convert, goes to the typer app
in :mod:`lint.cli`, which then parses it as it always did: the fast path only ever takes argument
lists that typer would accept with the same values, so the commands, their help and their errors
are unchanged.

What the commands share (their options, the run, the report, the exit code) is here too, so that
``lint.cli`` and this path run the same code. Messages go through ``typer.echo`` (imported when one
is written: no ordinary run writes one) so that they are written exactly as before.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

from . import __version__
from ._choices import FAIL_ON, INPUT_FORMATS, LANGUAGES, OUTPUT_FORMATS, PROFILES
from ._collector import collect_less_often, pause_for_start_up, resume_collector

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path

    import typer

    from ._choices import FailOn, InputFormat, Language
    from ._config import Config
    from ._findings import Severity
    from ._rule import RuleLike
    from ._runner import RunOptions, RunOutcome


def echo(message: str = "", err: bool = False) -> None:
    """Write one line as the typer commands do (``typer.echo``)."""
    import typer

    typer.echo(message, err=err)


def split_values(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def fail(message: str) -> typer.Exit:
    import typer

    echo(f"copydesk: {message}", err=True)
    return typer.Exit(2)


def run_check(
    paths: list[str] | None = None,
    output_format: str = "text",
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_on: FailOn | None = None,
    language: Language | None = None,
    input_format: InputFormat | None = None,
    stdin_filename: str | None = None,
    config: Path | None = None,
    show_source: bool = False,
    color: bool | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    diff: bool = False,
    jobs: int | None = None,
    no_cache: bool = False,
    baseline: Path | None = None,
    update_baseline: bool = False,
    stats: bool = False,
    profile: str | None = None,
) -> int:
    """``copydesk check``: lint drafts and report findings; the exit code."""
    from .reporters import needs_stats

    common = (select, extend_select, ignore, fail_on, language, input_format, stdin_filename, config)
    options = run_options(
        *common,
        fix=fix or diff,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        jobs=jobs,
        cache=not no_cache,
        stats=needs_stats(output_format, stats),
        profile=profile,
    )
    view = View(output_format, show_source, color, stats, baseline, update_baseline)
    return guarded(lambda: execute(paths or ["."], options, view))


def run_options(
    select: list[str] | None,
    extend_select: list[str] | None,
    ignore: list[str] | None,
    fail_on: FailOn | None,
    language: Language | None,
    input_format: InputFormat | None,
    stdin_filename: str | None,
    config: Path | None,
    profile: str | None = None,
    **flags: Any,
) -> RunOptions:
    """The options ``check`` and ``fix`` share, from their command-line values and the environment
    (read here, once: the library never reads it)."""
    from ._errors import ConfigError
    from ._runner import RunOptions
    from ._sections import Environment

    try:
        environment = Environment.read(os.environ, profile)
    except ConfigError as error:
        raise fail(str(error)) from None
    return RunOptions(
        environment=environment,
        select=split_values(select),
        extend_select=split_values(extend_select),
        ignore=split_values(ignore),
        fail_on=fail_on,
        language=language,
        input_format=input_format,
        stdin_filename=stdin_filename,
        config_path=config,
        version=__version__,
        **flags,
    )


def guarded(action: Callable[[], int]) -> int:
    from ._errors import CopydeskError

    try:
        return action()
    except CopydeskError as error:
        echo(f"copydesk: {error}", err=True)
        return 2


class View(NamedTuple):
    output_format: str
    show_source: bool
    color: bool | None
    stats: bool
    baseline: Path | None
    update_baseline: bool


def execute(paths: list[str], options: RunOptions, view: View) -> int:
    QuickExit.allowed = True  # everything this command opens is closed before it returns
    from ._discovery import expand_paths
    from ._findings import Severity
    from ._runner import lint_stdin, load_override, run, settings_for
    from .reporters import Report, render

    override = load_override(options)
    if paths == ["-"]:
        from ._runner import RunOutcome

        resume_collector()
        result, settings, fixed_bytes = lint_stdin(options, override)
        outcome = RunOutcome([result], [settings])
        if fixed_bytes is not None:
            _write_bytes(fixed_bytes)
            _report_errors(outcome)
            return 2 if outcome.input_errors() else _exit_code(outcome, Severity)
    else:
        targets = [path for path, _explicit in expand_paths(paths, override)]
        _check_selectors({settings_for(path, options, override) for path in targets[:1] or ["."]})
        resume_collector()  # the rules are loaded: what start-up made lives as long as the process
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
            echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    sys.stdout.flush()
    _report_errors(outcome)
    return 2 if outcome.input_errors() else _exit_code(outcome, Severity)


def _rules_of(outcome: RunOutcome) -> dict[str, RuleLike]:
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


def _check_selectors(all_settings: set[Config]) -> None:
    from ._errors import ConfigError
    from ._registry import selection_problem

    for settings in all_settings:
        problem = selection_problem(settings)
        if problem:
            raise ConfigError(settings.path or "command line", None, problem)


def _apply_baseline(outcome: RunOutcome, view: View) -> None:
    if view.baseline is None:
        return
    from ._baseline import filter_new, load_baseline, write_baseline

    if view.update_baseline or not view.baseline.exists():
        count = write_baseline(view.baseline, outcome.results)
        echo(f"copydesk: recorded {count} finding{'s' if count != 1 else ''} in {view.baseline}", err=True)
    filter_new(outcome.results, load_baseline(view.baseline), view.baseline.parent)


def _report_errors(outcome: RunOutcome) -> None:
    # A rule error that repeats for every file (a grammar server that is down) is said once.
    paths_of: dict[str, list[str]] = {}
    for result in outcome.results:
        if result.error:
            paths_of.setdefault(result.error, [])
        for error in result.rule_errors:
            paths_of.setdefault(error, []).append(result.path)
    for message, paths in paths_of.items():
        if not paths:
            echo(f"copydesk: {message}", err=True)
            continue
        more = f" (and {len(paths) - 1} more file{'s' if len(paths) > 2 else ''})" if len(paths) > 1 else ""
        echo(f"copydesk: {paths[0]}{more}: {message}", err=True)


def _exit_code(outcome: RunOutcome, severity_type: type[Severity]) -> int:
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


def settings_here() -> Config:
    """The settings that apply in the current folder, so house packs and plugins configured there show
    (with the grammar backends the environment asks for, as ``check`` would use them)."""
    from ._config import config_for_file
    from ._sections import Environment

    config = config_for_file(os.path.join(os.getcwd(), "draft.md"))
    return Environment.read(os.environ).applied_to(config)


class QuickExit:
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


_CHECK_VALUES: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "--format": ("output_format", OUTPUT_FORMATS),
    "--output-format": ("output_format", OUTPUT_FORMATS),
    "--select": ("select", None),
    "--extend-select": ("extend_select", None),
    "--ignore": ("ignore", None),
    "--fail-on": ("fail_on", FAIL_ON),
    "--language": ("language", LANGUAGES),
    "--input-format": ("input_format", INPUT_FORMATS),
    "--stdin-filename": ("stdin_filename", None),
    "--config": ("config", None),
    "--jobs": ("jobs", None),
    "-j": ("jobs", None),
    "--baseline": ("baseline", None),
    "--profile": ("profile", PROFILES),
}
"""``check``'s options that take a value: the parameter each sets and, for a choice, its values."""

_CHECK_LISTS = frozenset({"select", "extend_select", "ignore"})
"""The options that may be given more than once, each value added to a list."""

_CHECK_PATHS = frozenset({"config", "baseline"})

_CHECK_FLAGS: dict[str, tuple[str, bool]] = {
    "--show-source": ("show_source", True),
    "--no-show-source": ("show_source", False),
    "--color": ("color", True),
    "--no-color": ("color", False),
    "--fix": ("fix", True),
    "--unsafe-fixes": ("unsafe_fixes", True),
    "--no-unsafe-fixes": ("unsafe_fixes", False),
    "--diff": ("diff", True),
    "--no-diff": ("diff", False),
    "--no-cache": ("no_cache", True),
    "--update-baseline": ("update_baseline", True),
    "--no-update-baseline": ("update_baseline", False),
    "--stats": ("stats", True),
}
"""``check``'s flags: the parameter each sets and to what."""


def check_arguments(args: Sequence[str]) -> dict[str, Any] | None:
    """The parameters typer would call ``check`` with for these command-line arguments, or None
    when they are not a ``check`` that this parser is sure of (typer then reads them).

    Sure means: the command is ``check``; every option is one of its own, spelt out, its value
    given (``--opt VALUE``, ``--opt=VALUE``, ``-jN``, ``-j N``), not empty, not starting with a dash,
    and one typer takes as it is (a choice's exact value, a whole number of at least 1); every
    other word is a path. No ``--help``, no ``--``: typer answers those.
    """
    if not args or args[0] != "check":
        return None
    values: dict[str, Any] = {}
    paths: list[str] = []
    rest = iter(args[1:])
    for word in rest:
        if word == "-" or not word.startswith("-"):
            paths.append(word)
            continue
        flag = _CHECK_FLAGS.get(word)
        if flag is not None:
            values[flag[0]] = flag[1]
            continue
        if word.startswith("--"):
            name, equals, value = word.partition("=")
            if not equals:
                value = next(rest, "")
        elif word.startswith("-j"):
            name, value = "-j", word[2:] or next(rest, "")
        else:
            return None
        known = _CHECK_VALUES.get(name)
        if known is None or not value or value.startswith("-"):
            return None
        parameter, choices = known
        if choices is not None and value not in choices:
            return None
        if parameter == "jobs":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            values[parameter] = int(value)
        elif parameter in _CHECK_PATHS:
            from pathlib import Path

            values[parameter] = Path(value)
        elif parameter in _CHECK_LISTS:
            values.setdefault(parameter, []).append(value)
        else:
            values[parameter] = value
    if paths:
        values["paths"] = paths
    return values


def _run_fast(values: dict[str, Any]) -> None:
    """Run ``check`` as typer's command runner would (its exit codes, a broken pipe, Ctrl-C)."""
    import errno

    try:
        code = run_check(**values)
    except KeyboardInterrupt:
        sys.exit(130)
    except EOFError:
        echo(err=True)
        echo("Aborted!", err=True)
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietFlush(sys.stdout)
        sys.stderr = _QuietFlush(sys.stderr)
        sys.exit(1)
    except Exception as error:
        import typer

        if isinstance(error, typer.Exit):
            sys.exit(error.exit_code)
        raise
    sys.exit(code)


class _QuietFlush:
    """A standard stream whose flush ignores a broken pipe, as typer leaves them after one (the
    interpreter flushes them once more at exit)."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.wrapped, attr)


def main() -> None:
    """Console-script entry point: run the command, turning any unexpected error into one line."""
    collect_less_often()
    pause_for_start_up()  # until the command has loaded what it runs (resume_collector)
    from ._codecache import install as install_code
    from ._regexcache import install

    install()  # the patterns compiled from here on come from the data cache (lint._regexcache)
    install_code()  # and the dataclasses' methods (lint._codecache)
    try:
        values = check_arguments(sys.argv[1:])
        if values is not None:
            _run_fast(values)
        from .cli import app

        resume_collector()  # typer's commands (the server, the language server) run as they always did
        app()
    except SystemExit as done:
        if QuickExit.allowed:
            _end_quickly(done.code)
        raise
    except KeyboardInterrupt:
        echo("copydesk: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # the last line of defence: never show a traceback
        echo(f"copydesk: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
