"""The engine: Source → Document → rules → findings → diagnostics placed in the source.

Rules run independently; a rule that raises is reported as a rule error for that file and
the other rules' findings are kept.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._config import Config
from ._document import Document
from ._errors import CopydeskError, InputError
from ._findings import Diagnostic, Finding, FixSafety, Location, Severity
from ._ruleset import RuleSet
from ._source import Source, decode, read_source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._parallel import Outcome
    from ._resources import Resources
    from ._rule import RuleLike


@dataclass(slots=True)
class FileResult:
    """Everything copydesk found in one file (or the reason it could not look)."""

    path: str
    input_format: str = "plain"
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    """Why the file could not be linted (decoding, size, …); one line naming the path."""
    rule_errors: list[str] = field(default_factory=list)
    """Rules that crashed on this file; their findings are missing, the others are kept."""
    document: Document | None = field(default=None, repr=False)
    """The linted document (dropped when a result crosses a process boundary or comes from the cache)."""
    source: Source | None = field(default=None, repr=False)
    fixed: int = 0
    """How many fixes were applied (``copydesk fix``)."""
    diff: str | None = None
    """The unified diff of the fixes (``--diff``)."""
    stats: dict[str, Any] | None = None
    """Document statistics (words, sentences, reading time, readability), see ``lint._stats``."""


def build_document(
    source: Source, input_format: str, config: Config | None = None, resources: Resources | None = None
) -> Document:
    from .adapters import parse

    syntax = config.template_syntax if config is not None else None
    prose = parse(source, input_format) if syntax is None else parse(source, input_format, syntax)
    return Document(
        source,
        prose.text,
        prose.offsets,
        config,
        foreign=prose.foreign,
        comments=prose.comments,
        input_format=input_format,
        resources=resources,
    )


def locate(doc: Document, finding: Finding) -> Diagnostic:
    """Map a finding's prose range to its exact source range."""
    start, end = doc.offsets.to_source(finding.start, finding.end)
    source = doc.source
    line, column = source.line_col(start)
    end_line, end_column = source.line_col(end)
    location = Location(line, column, end_line, end_column, start, end - start)
    return Diagnostic(finding, location, source.text[start:end])


def run_rules(doc: Document, ruleset: RuleSet, workers: int = 1) -> tuple[list[Diagnostic], list[str]]:
    """Run each rule of the set on the document and post-process what they found, in one pass:
    overlapping findings of one group merged, sub-ids selected, severities configured, positions
    mapped to the source, duplicates dropped, suppression comments applied. Returns the sorted
    diagnostics and one line for each rule that failed. With ``workers`` above one, a long
    document's rules run on two cores (:mod:`lint._parallel`), with the same result."""
    from ._overlap import merge_overlaps

    diagnostics: list[Diagnostic] = []
    errors: list[str] = []
    failures: set[str] = set()
    produced: list[tuple[RuleLike, Finding]] = []
    rules = ruleset.rules
    for rule, (findings, failure) in zip(rules, _outcomes(doc, rules, workers), strict=True):
        if failure is not None:
            from_copydesk, kind, message = failure
            if from_copydesk and message in failures:
                continue  # one backend behind several rules (Harper's two) is said to fail once
            failures.add(message)
            errors.append(f"rule {rule.id} failed: {kind}: {message}")
            continue
        produced.extend((rule, finding) for finding in findings)
    for rule, finding in merge_overlaps(produced, doc.text):
        if finding.rule != rule.id and not ruleset.selects(finding.rule):
            continue  # a sub-id the config ignores ("grammar.lt.en-a-vs-an")
        if doc.kept_as_written(finding.end):
            continue  # 'Theres [sic] something': quoted as it was written
        severity = ruleset.severity_for(finding.rule, finding.severity)
        if severity != finding.severity:
            from dataclasses import replace

            finding = replace(finding, severity=severity)
        diagnostics.append(locate(doc, finding))
    diagnostics.sort(key=Diagnostic.sort_key)
    diagnostics = _one_per_problem(diagnostics, ruleset)
    if "copydesk" in doc.source.text:  # suppression comments: dropped findings, and the unused ones
        from ._suppress import UNUSED_ID, apply_suppressions

        diagnostics = apply_suppressions(
            doc,
            doc.input_format,
            diagnostics,
            report_unused=ruleset.runs(UNUSED_ID),
            known=ruleset.names_a_rule,
            severity_for=ruleset.severity_for,
        )
    return diagnostics, errors


def _outcomes(doc: Document, rules: Sequence[RuleLike], workers: int) -> list[Outcome]:
    def run_one(rule: RuleLike) -> Outcome:
        try:
            return list(rule.check(doc)), None  # all or nothing: a rule that fails halfway reports nothing
        except MemoryError:
            raise  # the process is out of memory: nothing after this can be trusted to run
        except Exception as error:  # one broken rule must not hide the others' findings
            return [], (isinstance(error, CopydeskError), type(error).__name__, str(error))

    from ._parallel import run_split, worth_splitting, worth_taking_turns

    together = worth_splitting(doc, workers, rules)
    if together or worth_taking_turns(doc, rules):
        doc.tokens, doc.protected  # noqa: B018 - built once, before the fork, not in both processes
        return run_split(rules, run_one, together=together, characters=len(doc.text))
    return [run_one(rule) for rule in rules]


def _one_per_problem(diagnostics: list[Diagnostic], ruleset: RuleSet) -> list[Diagnostic]:
    """Two rules flagging the same text with the same fix are one problem: report it once. A word
    that another rule corrects with a suggestion of its own, as severely, is not also reported as
    unknown to the dictionary, whatever the dictionary would suggest.

    ("AoifeBrennan" is both a joined word and a name written two ways.) The more severe finding
    is kept, then the one whose fix is safe ('youll' is an unknown word and a contraction without
    its apostrophe: the grammar rule knows the fix is certain), then any rule's over the bare
    "not in the dictionary" of :data:`_FALLBACK`, then the one from the rule registered first
    (families are registered from the most specific check, spacing, to the broadest, house style).
    """
    best: dict[tuple[int, int, str], Diagnostic] = {}
    explained: dict[tuple[int, int], Severity] = {}
    for diagnostic in diagnostics:
        if diagnostic.rule != _FALLBACK and diagnostic.finding.suggestions:
            span = (diagnostic.location.offset, diagnostic.location.length)
            explained[span] = max(explained.get(span, diagnostic.severity), diagnostic.severity)
    for diagnostic in diagnostics:
        span = (diagnostic.location.offset, diagnostic.location.length)
        if diagnostic.rule == _FALLBACK and span in explained and explained[span] >= diagnostic.severity:
            continue  # 'the wifes family': "wife's", says the rule that knows why, not the dictionary's 'wife'
        finding = diagnostic.finding
        key = (
            diagnostic.location.offset,
            diagnostic.location.length,
            finding.suggestions[0] if finding.suggestions else "",
        )
        kept = best.get(key)
        if kept is None or _preference(finding, ruleset) < _preference(kept.finding, ruleset):
            best[key] = diagnostic
    if len(best) == len(diagnostics):
        return diagnostics
    chosen = {id(d) for d in best.values()}
    return [d for d in diagnostics if id(d) in chosen]


def _preference(finding: Finding, ruleset: RuleSet) -> tuple[int, bool, bool, int]:
    """The order in which :func:`_one_per_problem` keeps one of two findings of the same problem."""
    return -finding.severity, finding.fix is not FixSafety.SAFE, finding.rule == _FALLBACK, ruleset.order(finding.rule)


_FALLBACK = "spelling.unknown-word"
"""The rule that only knows a word is not in the dictionary: where another rule reports the same
word with the same fix ("doesn" is 'doesn't' without its 't', "alot" is two words), that rule's
message says why, so it is kept."""


def check_source(
    source: Source, input_format: str, settings: Config | RuleSet, workers: int = 1, *, stats: bool = True
) -> FileResult:
    """Lint a decoded source with a rule set (or the rules a config enables); a long one on two
    cores when ``workers`` allows (the command line's own process, never a server's). Without
    ``stats`` the result carries no statistics (``FileResult.stats`` is None)."""
    ruleset = settings if isinstance(settings, RuleSet) else RuleSet.of(settings)
    doc = build_document(source, input_format, ruleset.config, ruleset.resources)
    diagnostics, errors = run_rules(doc, ruleset, workers)
    result = FileResult(source.path, input_format, diagnostics, rule_errors=errors, document=doc, source=source)
    if stats:
        from ._stats import document_stats

        result.stats = document_stats(doc)
    return result


def check_text(
    text: str, input_format: str = "plain", config: Config | None = None, path: str = "<text>"
) -> FileResult:
    """Lint a string. The simplest entry point for library users and the HTTP server."""
    return check_source(Source(text=text, path=path), input_format, config or Config())


def check_file(
    path: str | os.PathLike[str], input_format: str | None = None, config: Config | None = None
) -> FileResult:
    """Lint one file as ``copydesk check`` would: its format from its extension unless given, its
    settings from the config files above it unless given. A file that cannot be read or decoded
    gives a result whose ``error`` says why (nothing is raised)."""
    from ._config import config_for_file
    from .adapters import format_for_path

    name = os.fspath(path)
    chosen = input_format or format_for_path(name)
    settings = config if config is not None else config_for_file(os.path.abspath(name))
    try:
        source = read_source(Path(name), name, settings.max_file_size)
    except InputError as error:  # the same one-line reasons as the command line gives
        return FileResult(name, chosen, error=str(error))
    return check_source(source, chosen, settings)


def fix_text(text: str, input_format: str = "plain", config: Config | None = None, unsafe: bool = False) -> str:
    """``text`` with the safe fixes applied (and, with ``unsafe``, the single-suggestion unsafe ones),
    as ``copydesk fix`` would write it."""
    from ._fixer import fix_source

    source = Source(text=text, path="<text>")
    return fix_source(source, input_format, RuleSet.of(config or Config()), unsafe).fixed_text


def check_bytes(data: bytes, path: str, input_format: str, config: Config, workers: int = 1) -> FileResult:
    """Decode then lint; a decoding problem becomes the result's ``error``."""
    try:
        source = decode(data, path)
    except InputError as error:
        return FileResult(path, input_format, error=str(error))
    return check_source(source, input_format, config, workers)
