"""The rule interface: identity, documentation, examples and the check itself.

A rule is a class with metadata attributes and a ``check`` method from a Document to findings.
The same metadata drives ``copydesk explain``, ``copydesk rules`` and the example tests, so the
documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeGuard, runtime_checkable

from ._errors import RuleError
from ._findings import Finding, FixSafety, Severity

if TYPE_CHECKING:
    from ._document import Document

RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:[-.][a-z0-9]+)*$")
FIX_AVAILABILITY = ("always", "sometimes", "none")
STATUSES = ("stable", "preview")


@runtime_checkable
class RuleLike(Protocol):
    """What the engine needs of a rule (plugins are checked against it when loaded)."""

    id: str
    category: str
    severity: Severity
    summary: str
    why: str
    bad: Sequence[str]
    good: Sequence[str]
    fixed: Sequence[str]
    fix: str
    status: str
    document_level: bool

    def check(self, doc: Document) -> Iterator[Finding]: ...


class Rule:
    """Base class for rules written in Python.

    Subclasses set the class attributes and implement :meth:`check`. ``bad`` examples must
    each produce a finding from this rule, ``good`` examples none; ``fixed[i]`` (optional) is
    ``bad[i]`` after the rule's safe fixes.
    """

    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str]
    why: ClassVar[str]
    bad: ClassVar[Sequence[str]] = ()
    good: ClassVar[Sequence[str]] = ()
    fixed: ClassVar[Sequence[str]] = ()
    fix: ClassVar[str] = "none"
    """What ``copydesk fix`` can do for this rule's findings: ``always`` (every finding has a safe fix),
    ``sometimes`` (some findings have a fix, safe or unsafe) or ``none``; tests check it against the
    bad examples."""
    status: ClassVar[str] = "stable"
    document_level: ClassVar[bool] = False
    """True for rules that compare parts of a document (consistency); informational only."""
    sub_ids: ClassVar[bool] = False
    """True when findings carry ids under this rule's own (``grammar.lt.en-a-vs-an`` from
    ``grammar.lt``): select, ignore and severity may then name those ids."""
    overlap_group: ClassVar[str | None] = None
    """Rules of one group may report the same problem (the grammar backends): the engine keeps
    one finding of each such problem (:mod:`lint._overlap`). None: the rule's findings stand alone."""
    overlap_rank: ClassVar[int] = 0
    """Within an overlap group, which rule's finding wins a tie between equally specific ones."""

    def check(self, doc: Document) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: Sequence[str] = (),
        fix: FixSafety | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """Build a finding of this rule; ``fix`` defaults to none when there is no suggestion."""
        return make_finding(self, start, end, message, suggestions, fix, severity)


class _Identity(Protocol):
    """What building a finding needs of a rule: class-based rules and pack entries both have it."""

    @property
    def id(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def severity(self) -> Severity: ...


def make_finding(
    rule: _Identity,
    start: int,
    end: int,
    message: str,
    suggestions: Sequence[str] = (),
    fix: FixSafety | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding of ``rule`` (any rule object, class-based or built from data)."""
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity or rule.severity,
        start=start,
        end=end,
        message=message,
        suggestions=tuple(suggestions),
        fix=fix if suggestions else None,
    )


_MEMBERS = (*RuleLike.__annotations__, "check")
"""What ``isinstance(rule, RuleLike)`` looks for: every attribute, and a ``check`` that is not None."""


def is_rule_like(rule: object) -> TypeGuard[RuleLike]:
    """``isinstance(rule, RuleLike)``, answered by looking the members up: the protocol's own check
    costs some 50 µs a rule, 10 ms of every run (189 rules, before any of them runs). An object
    that lacks a member is left to it."""
    if all(hasattr(rule, name) for name in _MEMBERS) and getattr(rule, "check") is not None:  # noqa: B009
        return True
    return isinstance(rule, RuleLike)


def validate_rule(rule: object, origin: str) -> RuleLike:
    """Check a rule's metadata; raise :class:`RuleError` naming the rule and the problem."""
    if not is_rule_like(rule):
        missing = [
            name
            for name in ("id", "category", "severity", "summary", "why", "bad", "good", "check")
            if not hasattr(rule, name)
        ]
        raise RuleError(f"{origin}: {rule!r} is not a rule (missing: {', '.join(missing) or 'attributes'})")
    validate_identity(rule, origin)
    if not rule.bad or not rule.good:
        raise RuleError(f"{origin}: {rule.id}: needs at least one bad and one good example")
    if not rule.summary or not rule.why:
        raise RuleError(f"{origin}: {rule.id}: needs a summary and a why")
    return rule


def validate_identity(rule: Any, origin: str) -> None:
    """Check what the engine reads before a rule runs (all a lazily registered rule has until then)."""
    rule_id = rule.id
    if not RULE_ID.match(rule_id):
        raise RuleError(f"{origin}: rule id {rule_id!r} must look like 'family.kebab-name'")
    if not isinstance(rule.severity, Severity):
        raise RuleError(f"{origin}: {rule_id}: severity must be a Severity")
    if rule.fix not in FIX_AVAILABILITY:
        raise RuleError(f"{origin}: {rule_id}: fix must be one of {', '.join(FIX_AVAILABILITY)}")
    if rule.status not in STATUSES:
        raise RuleError(f"{origin}: {rule_id}: status must be one of {', '.join(STATUSES)}")
