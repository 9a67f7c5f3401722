"""Linting many files: settings per file, the result cache, parallel workers, fixes, baselines.

The CLI builds :class:`RunOptions` and calls :func:`run`; everything here is independent of
typer so it can be tested and reused. Results come back in input order whatever ``jobs`` is.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._collector import paused
from ._config import Config, config_for_file, load_config_file
from ._engine import FileResult, check_bytes, check_source
from ._errors import InputError
from ._ruleset import RuleSet
from ._sections import Environment
from ._source import Source, decode, read_source
from .adapters import format_for_path

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What the user asked for on the command line (``None`` means: as configured)."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    language: str | None = None
    input_format: str | None = None
    stdin_filename: str | None = None
    config_path: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    jobs: int | None = None
    cache: bool = True
    stats: bool = True
    """Whether the report prints each file's statistics (:func:`lint.reporters.needs_stats`): when it
    does not and nothing is cached, they are not worked out (a 50,000-word text's syllables cost the
    command 1-20 ms after its rules, most when the other process ran the readability rules)."""
    version: str = ""
    environment: Environment = field(default_factory=Environment)
    """What the environment and ``--profile`` ask of the settings (read once by the CLI)."""

    @property
    def processes(self) -> int:
        """How many processes the run may use: ``--jobs``, else one per core."""
        return self.jobs or os.cpu_count() or 1


@dataclass(slots=True)
class RunOutcome:
    """What a run produced: each file's result and the settings it was linted with."""

    results: list[FileResult] = field(default_factory=list)
    settings: list[Config] = field(default_factory=list)

    def input_errors(self) -> list[str]:
        lines = []
        for result in self.results:
            if result.error:
                lines.append(result.error)
            lines.extend(f"{result.path}: {error}" for error in result.rule_errors)
        return lines


def settings_for(path: str, options: RunOptions, override: Config | None) -> Config:
    """The config file's settings for ``path``, then per-file ignores, then command-line overrides."""
    base = override or config_for_file(path if path != "-" else os.path.join(os.getcwd(), "stdin"))
    base = base.for_path(path) if path != "-" else base
    base = options.environment.applied_to(base)
    return base.with_choices(options.select, options.extend_select, options.ignore, options.fail_on, options.language)


def load_override(options: RunOptions) -> Config | None:
    if options.config_path is None:
        return None
    loaded = load_config_file(options.config_path)
    return loaded or Config(path=str(options.config_path), root=str(options.config_path.parent))


def lint_stdin(options: RunOptions, override: Config | None) -> tuple[FileResult, Config, bytes | None]:
    """Lint standard input. With ``fix`` (and no ``diff``) also return the fixed bytes, for stdout."""
    settings = settings_for("-", options, override)
    display = options.stdin_filename or "<stdin>"
    chosen = options.input_format or format_for_path(display)
    data = sys.stdin.buffer.read(settings.max_file_size + 1)
    if len(data) > settings.max_file_size:
        limit = f"{settings.max_file_size:,}"
        return (
            FileResult(display, chosen, error=f"{display}: is over the {limit}-byte limit (max-file-size)"),
            settings,
            None,
        )
    if not options.fix:
        # a long text piped in is split across cores as a long file is
        return check_bytes(data, display, chosen, settings, options.processes), settings, None
    try:
        source = decode(data, display)
    except InputError as error:
        # A filter must not lose its input: the text goes through unchanged, the error to stderr.
        return FileResult(display, chosen, error=str(error)), settings, None if options.diff else data
    from ._fixer import encode, fix_source, unified_diff

    outcome = fix_source(source, chosen, RuleSet.of(settings), options.unsafe_fixes)
    outcome.result.fixed = outcome.applied
    if options.diff:
        outcome.result.diff = unified_diff(display, source.text, outcome.fixed_text)
        return outcome.result, settings, None
    return outcome.result, settings, encode(source, outcome.fixed_text)


def lint_path(path: str, settings: Config, options: RunOptions, workers: int = 1) -> FileResult:
    """Lint (and maybe fix) one file. Module-level so worker processes can run it. ``workers``:
    how many cores a long file's rules may use (:mod:`lint._parallel`)."""
    chosen = options.input_format or format_for_path(path)
    try:
        source = read_source(Path(path), path, settings.max_file_size)
    except InputError as error:
        return FileResult(path, chosen, error=str(error))
    ruleset = RuleSet.of(settings)
    if options.fix or options.diff:
        return _fix_file(Path(path), source, chosen, ruleset, options)
    if not options.cache:
        return check_source(source, chosen, ruleset, workers, stats=options.stats)
    from . import _cache

    data = source.text.encode("utf-8")
    key = _cache.cache_key(_cache.settings_fingerprint(settings, options.version), chosen, data)
    folder = _cache.cache_folder(settings)
    cached = _cache.load(folder, key)
    if cached is not None:
        diagnostics, stats = cached
        return FileResult(path, chosen, diagnostics, source=source, stats=stats)
    result = check_source(source, chosen, ruleset, workers)
    if not result.rule_errors:
        _cache.store(folder, key, result.diagnostics, result.stats)
    return result


def cached_result(path: str, settings: Config, options: RunOptions) -> FileResult | None:
    """The cached result of linting ``path``, or None when it must be linted (or fixed)."""
    if not options.cache or options.fix or options.diff:
        return None
    chosen = options.input_format or format_for_path(path)
    try:
        source = read_source(Path(path), path, settings.max_file_size)
    except InputError:
        return None  # the worker reports it
    from . import _cache

    key = _cache.cache_key(_cache.settings_fingerprint(settings, options.version), chosen, source.text.encode())
    cached = _cache.load(_cache.cache_folder(settings), key)
    if cached is None:
        return None
    diagnostics, stats = cached
    return FileResult(path, chosen, diagnostics, source=source, stats=stats)


def _fix_file(path: Path, source: Source, chosen: str, ruleset: RuleSet, options: RunOptions) -> FileResult:
    from ._fixer import WriteRefused, encode, fix_source, unified_diff, write_atomically

    outcome = fix_source(source, chosen, ruleset, options.unsafe_fixes)
    result = outcome.result
    result.fixed = outcome.applied
    if outcome.fixed_text != source.text:
        if options.diff:
            result.diff = unified_diff(str(path), source.text, outcome.fixed_text)
        else:
            try:
                write_atomically(path, encode(source, outcome.fixed_text), expected=encode(source, source.text))
            except WriteRefused as refused:
                result.error, result.fixed = f"{path}: {refused}; left unchanged", 0
            except OSError as error:
                result.error, result.fixed = f"{path}: cannot be written ({error.strerror or error}); left unchanged", 0
    return result


_LAST_DOCUMENT: list[object] = []
"""The last file's document, which the command's end frees (see :func:`_lint_task`)."""


def _lint_task(task: tuple[str, Config, RunOptions], workers: int = 1, resume_gc: bool = True) -> FileResult:
    """Lint one file with the cyclic garbage collector paused.

    A lint makes almost no cyclic garbage (5 objects on 50,000 words), but the collector walks
    every token, span and finding it creates, again and again while they live: 18 ms of a
    50,000-word lint, 0.4 s of a 1,000,000-word one. Paused, those objects are freed by reference
    counting when the document is dropped, before the collector ever sees them; it resumes after
    the file and collects whatever else is left, unless ``resume_gc`` is False: after the last
    file of a command nothing is left to collect that the process's end does not free, and the
    collection that resuming sets off walks every table and memo still alive (8–10 ms after a
    50,000-word file).
    """
    with paused(resume=resume_gc):
        try:
            result = lint_path(*task, workers=workers)
        except MemoryError:
            path = task[0]
            return FileResult(path, task[2].input_format or format_for_path(path), error=f"{path}: ran out of memory")
        if not resume_gc:
            _LAST_DOCUMENT.append(result.document)  # freed by the process's end, not here (3 ms)
        result.document = None  # not needed by the parent; keeps what crosses processes small
    return result


def run(
    targets: list[str],
    options: RunOptions,
    override: Config | None,
    progress: Callable[[int], None] | None = None,
    *,
    exits_after: bool = False,
) -> RunOutcome:
    """Lint every target (already expanded) in order; parallel when it pays. ``exits_after``: the
    process ends once the report is out (the command line), so the last file's clean-up is left
    to that end (:func:`_lint_task`)."""
    outcome = RunOutcome()
    tasks = [(path, settings_for(path, options, override), options) for path in targets]
    jobs = options.processes
    results: list[FileResult | None] = [None] * len(tasks)
    if jobs > 1 and len(tasks) >= 4:  # cache hits first: no pool is started for files already linted
        for index, task in enumerate(tasks):
            results[index] = cached_result(*task)
            if results[index] is not None and progress:
                progress(1)
    missing = [index for index, result in enumerate(results) if result is None]
    if jobs <= 1 or len(missing) < 4:
        for position, index in enumerate(missing):  # the document is dropped: 1,000 files fit in memory
            last = exits_after and position == len(missing) - 1  # the collector stays paused
            results[index] = _lint_task(tasks[index], workers=jobs, resume_gc=not last)  # a long file on two cores
            if progress:
                progress(1)
    else:
        # Lint the first file here, so workers forked afterwards inherit warm caches
        # (dictionaries, rule tables) instead of each loading them again.
        results[missing[0]] = _lint_task(tasks[missing[0]])
        if progress:
            progress(1)
        linted = _lint_in_workers([tasks[index] for index in missing[1:]], jobs, progress)
        for index, result in zip(missing[1:], linted, strict=True):
            results[index] = result
    outcome.results = [result for result in results if result is not None]
    outcome.settings = [settings for _path, settings, _options in tasks]
    return outcome


def _lint_chunk(chunk: list[tuple[str, Config, RunOptions]]) -> list[FileResult]:
    return [_lint_task(task) for task in chunk]


def _lint_in_workers(
    tasks: list[tuple[str, Config, RunOptions]], jobs: int, progress: Callable[[int], None] | None
) -> list[FileResult]:
    """Lint in a process pool, results in input order. A worker that dies (out of memory, a
    crash in a native extension) breaks the pool: the files not done are then linted one per
    process, so only the file that kills its process is lost, and it is reported."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    size = max(1, min(32, len(tasks) // (jobs * 8)))
    chunks = [tasks[start : start + size] for start in range(0, len(tasks), size)]
    results: list[FileResult] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_lint_chunk, chunk) for chunk in chunks]
        for done, future in enumerate(futures):
            try:
                chunk_results = future.result()
            except BrokenProcessPool:
                left = [task for chunk in chunks[done:] for task in chunk]
                break
            results.extend(chunk_results)
            if progress:
                progress(len(chunk_results))
        else:
            return results
    for task in left:
        results.append(_lint_alone(task, context))
        if progress:
            progress(1)
    return results


def _lint_alone(task: tuple[str, Config, RunOptions], context: Any) -> FileResult:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        try:
            return pool.submit(_lint_task, task).result()
        except BrokenProcessPool:
            path = task[0]
            return FileResult(
                path,
                task[2].input_format or format_for_path(path),
                error=f"{path}: the process linting it died (out of memory, or a crash in a native extension)",
            )
