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
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (offsets in code points of the decoded file)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to repair a finding: what it does in a few words, how safe it is, and its edits.

    Reporters, the HTTP API and editors show the title ("Replace with “the”", "Add a space");
    ``copydesk fix`` applies a finding's first fix when its safety allows.
    """

    title: str
    safety: FixSafety
    edits: tuple[Edit, ...]


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

    @property
    def fixes(self) -> tuple[Fix, ...]:
        """One fix per suggestion, best first, each replacing the flagged source range. The first
        has the finding's fix safety; the others are alternatives a person chooses between, so
        never safe."""
        finding = self.finding
        if not finding.suggestions:
            return ()
        first = finding.fix or FixSafety.DISPLAY_ONLY
        others = FixSafety.DISPLAY_ONLY if first is FixSafety.DISPLAY_ONLY else FixSafety.UNSAFE
        start = self.location.offset
        end = start + self.location.length
        return tuple(
            Fix(fix_title(self.text, replacement), first if index == 0 else others, (Edit(start, end, replacement),))
            for index, replacement in enumerate(finding.suggestions)
        )


_TITLE_TEXT = 40


def fix_title(old: str, new: str) -> str:
    """A few words saying what replacing ``old`` with ``new`` does, from what actually changes."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    removed, added = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    before = old[prefix - 1] if prefix else ""
    after = old[len(old) - suffix] if suffix else ""
    changed = removed or added
    if (before.isalnum() and changed[:1].isalnum()) or (after.isalnum() and changed[-1:].isalnum()):
        return f"Replace with “{_shown(new)}”"  # part of a word changes ("Azeri"): show the word
    if before.isalnum() and after.isalnum():
        return f"Replace with “{_shown(new)}”"  # a word split or joined ("per cent"): show the words
    if not removed and added.isspace():  # "voted,however": a space after a comma
        return "Add a line break" if "\n" in added else "Add a space"
    if not added and removed.isspace():
        return "Remove the extra space" if "\n" not in removed else "Remove the line break"
    if not added:
        return f"Delete “{_shown(removed.strip() or removed)}”"
    if not removed:
        return f"Insert “{_shown(added.strip() or added)}”"
    return f"Replace with “{_shown(new)}”"


def _shown(text: str) -> str:
    return text if len(text) <= _TITLE_TEXT else text[: _TITLE_TEXT - 1] + "…"
