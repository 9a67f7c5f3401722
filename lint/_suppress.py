"""Suppression comments: one syntax for every input format.

Markdown and HTML::

    <!-- copydesk-disable space.repeated-spaces, repetition -- quoting the original -->
    <!-- copydesk-enable -->
    <!-- copydesk-disable-next-line spelling -->
    <!-- copydesk-disable-file -->

Plain text: the same directives on a line of their own, after ``copydesk:``
(``copydesk: disable-next-line spelling``). With no rule list a directive covers every rule.
A directive that suppressed nothing is reported as ``suppression.unused``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._config import selector_matches
from ._findings import Diagnostic, Finding, Location, Severity
from ._rule import Rule

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._document import Document
    from ._source import Source

_KINDS = "disable-next-line|disable-file|disable|enable"
_COMMENT = re.compile(rf"<!--\s*copydesk-({_KINDS})\b(.*?)-->", re.DOTALL)
_PLAIN = re.compile(rf"^[ \t]*copydesk:[ \t]*({_KINDS})\b([^\r\n]*)$", re.MULTILINE)
UNUSED_ID = "suppression.unused"


@dataclass(slots=True)
class Directive:
    """One suppression comment: what it silences and where."""

    kind: str
    selectors: tuple[str, ...]
    """Rule ids or prefixes; empty means every rule."""
    start: int
    end: int
    """The directive's range in the source."""
    first_line: int
    last_line: int
    """The 1-based lines it covers (inclusive)."""
    used: int = field(default=0)

    def covers(self, diagnostic: Diagnostic) -> bool:
        line = diagnostic.location.line
        if not self.first_line <= line <= self.last_line:
            return False
        return not self.selectors or any(selector_matches(s, diagnostic.rule) for s in self.selectors)


def plain_directive_lines(text: str) -> Iterator[tuple[int, int]]:
    """Source ranges of plain-text directive lines, which the plain adapter leaves out of prose."""
    for match in _PLAIN.finditer(text):
        yield match.span()


def _directive_matches(source: Source, input_format: str, comments: tuple[tuple[int, int], ...]) -> list[re.Match[str]]:
    """Directives in plain-text lines, or in the real comments the markup adapter found: a
    directive quoted in a code span, a fenced block or a ``<pre>`` is an example, not a directive."""
    if input_format == "plain":
        return list(_PLAIN.finditer(source.text))
    found: list[re.Match[str]] = []
    for start, end in comments:
        match = _COMMENT.match(source.text, start, end)
        if match is not None:
            found.append(match)
    return found


def parse_directives(source: Source, input_format: str, comments: tuple[tuple[int, int], ...] = ()) -> list[Directive]:
    last_line = len(source.line_starts())
    directives: list[Directive] = []
    open_blocks: list[Directive] = []
    for match in _directive_matches(source, input_format, comments):
        kind = match.group(1)
        selectors = _selectors(match.group(2))
        line = source.line_col(match.start())[0]
        end_line = source.line_col(match.end())[0]
        if kind == "enable":
            for block in [b for b in open_blocks if not selectors or set(b.selectors) & set(selectors)]:
                block.last_line = line
                open_blocks.remove(block)
            continue
        if kind == "disable-file":
            directive = Directive(kind, selectors, match.start(), match.end(), 1, last_line)
        elif kind == "disable-next-line":
            target = _next_content_line(source, end_line)
            directive = Directive(kind, selectors, match.start(), match.end(), target, target)
        else:
            directive = Directive(kind, selectors, match.start(), match.end(), line, last_line)
            open_blocks.append(directive)
        directives.append(directive)
    return directives


def _selectors(rest: str) -> tuple[str, ...]:
    rules_part = rest.split("--", 1)[0] if "--" in rest else rest
    return tuple(part.strip() for part in rules_part.replace(",", " ").split() if part.strip())


_MARKUP_ONLY = re.compile(r"^\s*(?:<[^>]*>\s*)*$")


def _next_content_line(source: Source, after_line: int) -> int:
    """The next line with text on it: blank lines and lines of bare tags are skipped."""
    total = len(source.line_starts())
    line = after_line + 1
    while line < total and _MARKUP_ONLY.match(source.line_text(line)):
        line += 1
    return line


def apply_suppressions(
    doc: Document,
    input_format: str,
    diagnostics: list[Diagnostic],
    report_unused: bool = True,
    known: Callable[[str], bool] | None = None,
    severity_for: Callable[[str, Severity], Severity] | None = None,
) -> list[Diagnostic]:
    """Drop suppressed diagnostics; add ``suppression.unused`` for directives that did nothing.

    ``known`` tells whether a selector names a rule: a directive naming none is a typo that
    suppresses nothing now or ever, so it is reported as a warning, not as information.
    ``severity_for`` is the config's severity table (``Config.severity_for``), applied to these
    findings as the engine applies it to every rule's.
    """
    directives = parse_directives(doc.source, input_format, doc.comments)
    if not directives:
        return diagnostics
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        covering = [d for d in directives if d.covers(diagnostic)]
        if covering:
            for directive in covering:
                directive.used += 1
        else:
            kept.append(diagnostic)
    if report_unused:
        kept.extend(_unused(doc, directive, known, severity_for) for directive in directives if not directive.used)
    kept.sort(key=Diagnostic.sort_key)
    return kept


def _unused(
    doc: Document,
    directive: Directive,
    known: Callable[[str], bool] | None,
    severity_for: Callable[[str, Severity], Severity] | None,
) -> Diagnostic:
    source = doc.source
    line, column = source.line_col(directive.start)
    end_line, end_column = source.line_col(directive.end)
    what = ", ".join(directive.selectors) if directive.selectors else "all rules"
    unknown = [selector for selector in directive.selectors if known is not None and not known(selector)]
    message = f"This copydesk-{directive.kind} ({what}) suppressed nothing; remove it."
    if unknown:
        message = (
            f"This copydesk-{directive.kind} names {', '.join(repr(s) for s in unknown)}, which is no copydesk "
            "rule (see `copydesk rules`): it suppresses nothing."
        )
    finding = Finding(
        rule=UNUSED_ID,
        category="suppression",
        severity=_severity(Severity.WARNING if unknown else Severity.INFO, severity_for),
        start=0,
        end=0,
        message=message,
    )
    location = Location(line, column, end_line, end_column, directive.start, directive.end - directive.start)
    return Diagnostic(finding, location, source.text[directive.start : directive.end])


def _severity(default: Severity, severity_for: Callable[[str, Severity], Severity] | None) -> Severity:
    return severity_for(UNUSED_ID, default) if severity_for is not None else default


class UnusedSuppression(Rule):
    """Registered so it can be selected, ignored and explained; the engine emits its findings."""

    id = UNUSED_ID
    category = "suppression"
    severity = Severity.INFO
    summary = "A suppression comment that suppressed nothing."
    why = (
        "Suppressions outlive the text they were written for. One that no longer hides anything only "
        "hides the next real problem, so copydesk reports it."
    )
    bad = ("copydesk: disable-next-line repetition\nA clean sentence.",)
    good = ("copydesk: disable-next-line repetition\nThe the sentence.",)

    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())
