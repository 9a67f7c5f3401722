"""MkDocs hook: the rule reference in docs/rules.md, generated from the rules' own metadata.

Nothing in the reference is written by hand: each rule's summary, rationale, examples and fix
safety come from the rule itself (``copydesk explain RULE`` prints the same), so the site cannot
drift from the code.
"""

from __future__ import annotations

from typing import Any

MARKER = "<!-- copydesk-rule-reference -->"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER not in markdown:
        return markdown
    from lint._config import Config
    from lint._docs import rules_as_markdown
    from lint._registry import all_rules

    rules = list(all_rules(Config(preview=True)).values())
    reference = rules_as_markdown(rules).replace("\n## ", "\n### ")
    if reference.startswith("## "):
        reference = "#" + reference
    return markdown.replace(MARKER, reference)
