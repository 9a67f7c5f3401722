"""The values a rule produces and the engine reports.

A rule yields :class:`Finding` objects whose range is in *prose* coordinates (offsets into
``Document.text``). The engine turns each into a :class:`Diagnostic`, which adds the exact
range in the *source* file (1-based line/column in code points, 0-based offset/length).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How serious a finding is. Ordered, so ``--fail-on`` can compare."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


class FixSafety(str, enum.Enum):
    """Whether a suggestion may be applied without a human looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one rule, located in the prose text of a Document.

    ``suggestions`` are replacements for the whole ``[start, end)`` range, best first.
    ``fix`` says how safe it is to apply ``suggestions[0]`` automatically; ``None`` when
    there is nothing to apply.
    """

    rule: str
    category: str
    severity: Severity
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    fix: FixSafety | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """A range in the source file. Lines and columns are 1-based code points; the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding placed in its source file: what reporters, the fixer and the server use."""

    finding: Finding
    location: Location
    text: str = field(default="")
    """The flagged source text, ``source[offset:offset+length]``."""

    @property
    def rule(self) -> str:
        return self.finding.rule

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def message(self) -> str:
        return self.finding.message

    def sort_key(self) -> tuple[int, int, str]:
        return (self.location.offset, self.location.length, self.finding.rule)
