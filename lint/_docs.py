"""Rule documentation, rendered from rule metadata only (``explain``, ``rules``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._rule import RuleLike

_FIX_TEXT = {
    "always": "Always fixable: `copydesk fix` applies the suggestion (safe).",
    "sometimes": "Sometimes fixable: only the suggestions marked safe are applied automatically.",
    "none": "Not fixed automatically: the suggestions, if any, are for a human to choose.",
}


def rule_to_dict(rule: RuleLike) -> dict[str, Any]:
    return {
        "id": rule.id,
        "category": rule.category,
        "severity": str(rule.severity),
        "summary": rule.summary,
        "why": rule.why,
        "bad": list(rule.bad),
        "good": list(rule.good),
        "fixed": list(rule.fixed),
        "fix": rule.fix,
        "status": rule.status,
    }


def rules_as_json(rules: Sequence[RuleLike]) -> str:
    return json.dumps([rule_to_dict(rule) for rule in rules], ensure_ascii=False, indent=2) + "\n"


def rules_as_text(rules: Sequence[RuleLike]) -> str:
    width = max((len(rule.id) for rule in rules), default=10)
    lines = [f"{'id':<{width}}  {'category':<14} {'severity':<8} {'fix':<9} summary"]
    for rule in rules:
        status = " (preview)" if rule.status == "preview" else ""
        lines.append(
            f"{rule.id:<{width}}  {rule.category:<14} {rule.severity!s:<8} {rule.fix:<9} {rule.summary}{status}"
        )
    return "\n".join(lines) + "\n"


def rules_as_markdown(rules: Sequence[RuleLike]) -> str:
    return "\n".join(explain_rule(rule, markdown=True) for rule in rules)


def explain_rule(rule: RuleLike, markdown: bool = False) -> str:
    heading = f"## {rule.id}" if markdown else rule.id
    lines = [
        heading,
        "",
        f"{rule.summary}",
        "",
        f"Category: {rule.category}. Default severity: {rule.severity}. Status: {rule.status}.",
        "",
        "Why is this bad?" if not markdown else "**Why is this bad?**",
        rule.why,
        "",
        "Example" if not markdown else "**Example**",
        "",
    ]
    lines += [f"    {example}" for text in rule.bad for example in text.splitlines()]
    lines += ["", "Use instead" if not markdown else "**Use instead**", ""]
    lines += [f"    {example}" for text in rule.good for example in text.splitlines()]
    lines += ["", "Fix safety" if not markdown else "**Fix safety**", _FIX_TEXT.get(rule.fix, rule.fix), ""]
    return "\n".join(lines) + "\n"
