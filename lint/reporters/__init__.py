"""Output formats: one module per format, each with ``render(report) -> str``.

Human formats may add a summary; machine formats print nothing but their payload.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .._engine import FileResult
    from .._rule import RuleLike

# format name -> (module, human-readable)
FORMATS: dict[str, tuple[str, bool]] = {
    "text": ("text", True),
    "json": ("json", False),
    "concise": ("concise", False),
    "github": ("github", False),
    "sarif": ("sarif", False),
    "rdjson": ("rdjson", False),
    "checkstyle": ("checkstyle", False),
    "junit": ("junit", False),
}


@dataclass(slots=True)
class Report:
    """What a reporter renders: the results of one run, in input order."""

    results: list[FileResult]
    version: str
    color: bool = False
    show_source: bool = False
    show_stats: bool = False
    """Human formats print each file's statistics (``--stats``); JSON always carries them."""
    rules: Mapping[str, RuleLike] = field(default_factory=dict)
    """Every rule known in the run, by id (for formats that describe rules, like SARIF)."""


def needs_stats(format_name: str, show_stats: bool) -> bool:
    """Whether a report in this format prints the files' statistics: JSON always, the others only
    with ``--stats`` (a run that prints none need not count every word's syllables)."""
    return show_stats or format_name == "json"


def render(format_name: str, report: Report) -> str:
    module_name, _human = FORMATS[format_name]
    module = importlib.import_module(f"{__name__}.{module_name}")
    output: str = module.render(report)
    return output


def counts(report: Report) -> dict[str, int]:
    """Findings per severity name, for summaries."""
    totals = {"error": 0, "warning": 0, "info": 0}
    for result in report.results:
        for diagnostic in result.diagnostics:
            totals[str(diagnostic.severity)] += 1
    return totals
