"""The CPU-bound part of a request: lint one or more fields and build the answer's bytes.

Everything here is plain Python with no FastAPI import, and every job takes and returns
picklable values, so a job runs the same in a thread pool or a process pool. Findings are
serialised by :func:`lint.reporters.json.diagnostic_to_dict`, the CLI's own serialiser.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import __version__
from .._config import Config
from .._findings import Severity
from .._ruleset import RuleSet
from .._source import Source
from ..reporters.json import SCHEMA_VERSION, diagnostic_to_dict

if TYPE_CHECKING:
    from .._engine import FileResult
    from .._rule import RuleLike


class RequestProblem(Exception):
    """A request the linter cannot serve, with the HTTP status and the field to name."""

    def __init__(self, status: int, code: str, message: str, field_name: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field_name

    def __reduce__(self) -> tuple[type[RequestProblem], tuple[int, str, str, str | None]]:
        # Raised in a process pool, it must cross back to the event loop intact.
        return (RequestProblem, (self.status, self.code, self.message, self.field))


def out_of_memory() -> RequestProblem:
    return RequestProblem(503, "lint_out_of_memory", "linting this text needed more memory than a worker may use")


@dataclass(frozen=True, slots=True)
class LintField:
    """One piece of text to lint: ``name`` is what findings are tagged with (``title``, ``body``)."""

    name: str
    text: str
    input_format: str
    path: str = ""
    """Where the text was in the request (``post.current.html``), reported back to the client."""


@dataclass(frozen=True, slots=True)
class Selection:
    """What the client asked for on top of the server's config; never a path, never code."""

    language: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None


@dataclass(slots=True)
class JobResult:
    """What a job hands back to the event loop: the response body and numbers for metrics."""

    body: bytes
    by_rule: dict[str, int] = field(default_factory=dict)


def effective_config(base: Config, selection: Selection) -> Config:
    """The server's config with the client's choices applied the way the CLI applies its options."""
    return base.with_choices(
        select=selection.select, ignore=selection.ignore, fail_on=selection.fail_on, language=selection.language
    )


def rules_by_id(config: Config) -> dict[str, RuleLike]:
    """Every rule for this config. Cached by the registry per (server config, language) only.

    The client's select/ignore never reach the cache key: they are applied by filtering, so a
    client cannot churn the registry cache or make rule packs reload.
    """
    from .._registry import all_rules

    return all_rules(config.with_overrides(select=("ALL",), extend_select=(), ignore=(), fail_on="warning"))


def enabled_for(config: Config) -> RuleSet:
    """The rules to run; a selector that names no rule is the client's mistake (422)."""
    from .._registry import is_enabled, selector_known

    known = rules_by_id(config)
    for name, selectors in (("select", config.select), ("ignore", config.ignore)):
        for selector in selectors:
            if not selector_known(selector, known.values()):
                raise RequestProblem(422, "unknown_rule", f"unknown rule id or prefix: {selector!r}", name)
    rules = [rule for rule in known.values() if is_enabled(rule, config)]
    if not rules:  # running nothing would answer "publishable" for any text
        raise RequestProblem(422, "no_rules", "selects no rule: nothing would be checked", "select")
    return RuleSet.serving(config, rules, known)


def lint_fields(
    base: Config,
    fields_: tuple[LintField, ...],
    selection: Selection,
    tag_fields: bool = False,
    extra: dict[str, Any] | None = None,
) -> JobResult:
    """Lint each field with the same rules; answer in the native result shape."""
    from .._engine import check_source

    started = time.perf_counter()
    config = effective_config(base, selection)
    ruleset = enabled_for(config)
    findings: list[dict[str, Any]] = []
    results: list[tuple[LintField, FileResult]] = []
    for item in fields_:
        result = check_source(Source(text=item.text, path=f"<{item.name}>"), item.input_format, ruleset)
        results.append((item, result))
        for diagnostic in result.diagnostics:
            entry = diagnostic_to_dict(diagnostic)
            if tag_fields:
                entry["field"] = item.name
            findings.append(entry)
    by_rule: dict[str, int] = {}
    counts = {"error": 0, "warning": 0, "info": 0}
    for _item, result in results:
        for diagnostic in result.diagnostics:
            by_rule[diagnostic.rule] = by_rule.get(diagnostic.rule, 0) + 1
            counts[str(diagnostic.severity)] += 1
    payload: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "copydesk", "version": __version__},
        "findings": findings,
        "stats": _stats(results, len(ruleset.rules), started),
        "verdict": verdict(config.fail_on, counts),
        "rule_errors": [error for _item, result in results for error in result.rule_errors],
    }
    if tag_fields:
        payload["fields"] = {item.name: item.path or item.name for item in fields_}
    if extra:
        payload.update(extra)
    return JobResult(dump(payload), by_rule)


def verdict(fail_on: str, counts: dict[str, int]) -> dict[str, Any]:
    """Publishable when nothing is at or above ``fail_on`` (``never``: always publishable)."""
    if fail_on == "never":
        publishable = True
    else:
        threshold = Severity.parse(fail_on)
        publishable = not any(n for name, n in counts.items() if Severity.parse(name) >= threshold)
    return {"publishable": publishable, "fail_on": fail_on, "counts": counts}


def _stats(results: list[tuple[LintField, FileResult]], rule_count: int, started: float) -> dict[str, Any]:
    """Counts summed over the fields, plus the engine's statistics of the body (readability)."""
    totals = {"characters": 0, "words": 0, "sentences": 0, "paragraphs": 0}
    body: dict[str, Any] | None = None
    for item, result in results:
        totals["characters"] += len(item.text)
        engine = getattr(result, "stats", None)
        if engine:
            for key in ("words", "sentences", "paragraphs"):
                totals[key] += int(engine.get(key, 0))
        elif result.document is not None:
            totals["words"] += len(result.document.text.split())
            totals["sentences"] += len(result.document.sentences)
            totals["paragraphs"] += len(result.document.paragraphs)
        if item.name == "body":
            body = engine
    stats: dict[str, Any] = {
        **totals,
        "rules": rule_count,
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
    }
    if body:
        stats["document"] = body
    return stats


def dump(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def pool_initializer(base: Config, max_memory_mib: int = 0) -> None:
    """Start a lint process: cap its memory, warm up, then exit when the server process that made
    it is gone.

    A pool process would otherwise wait for work for ever if its parent were killed outright. The
    watch starts after the warm-up: while the process has one thread, a table missing from the
    data cache is built in a short-lived child (``lint._datacache``), so the first warm-up on a
    machine leaves the pool process as small as later ones.
    """
    import os
    import threading

    from lint._collector import settle_loaded

    from ._budget import limit_memory

    limit_memory(max_memory_mib)

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    warm_up(base)
    threading.Thread(target=watch, name="copydesk-parent-watch", daemon=True).start()
    settle_loaded()  # ~4-7% off a 1,000-word lint in a pool process (bench articles)


def ready() -> int:
    """A no-op job: once a fresh pool has run it, a warmed-up process is waiting for work."""
    import os

    return os.getpid()


def warm_up(base: Config) -> int:
    """Load every rule and lint a sentence once, so the first real request is not the slow one.

    The sentence has a slip for every lazily loaded table: a repeated word, and a fused one
    ("alot") that loads the spelling rules' bigram table."""
    from .._choices import LANGUAGES
    from ..adapters import FORMATS

    count = 0
    for language in LANGUAGES:
        selection = Selection(language=language)
        for input_format in FORMATS:
            try:
                lint_fields(base, (LintField("body", "<p>Warm up alot, the the engine.</p>", input_format),), selection)
            except ImportError:  # a format whose adapter this build lacks: answered 501 when asked for
                continue
        count = len(rules_by_id(effective_config(base, selection)))
    return count
