"""Hover on a finding: its message and the rule's explanation, the text ``copydesk explain`` prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from lint._findings import Diagnostic
    from lint._rule import RuleLike


def rule_of(rule_id: str, known: Mapping[str, RuleLike]) -> RuleLike | None:
    """The rule behind an id; a sub-id ("grammar.lt.en-a-vs-an") is explained by its parent rule."""
    parts = rule_id.split(".")
    while parts:
        found = known.get(".".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None


def hover_markdown(diagnostics: list[Diagnostic], known: Mapping[str, RuleLike]) -> str | None:
    """Markdown for the findings under the cursor, each with its explanation; None for none."""
    from lint._docs import explain_rule

    sections = []
    for diagnostic in diagnostics:
        lines = [f"**{diagnostic.rule}** ({diagnostic.severity}): {diagnostic.message}"]
        rule = rule_of(diagnostic.rule, known)
        if rule is not None:
            explanation = explain_rule(rule, markdown=True).split("\n", 1)[1]  # without its "## id" heading
            lines.append(explanation.strip())
        sections.append("\n\n".join(lines))
    return "\n\n---\n\n".join(sections) if sections else None
