"""copydesk's built-in rules, one module per family.

Each family module exposes ``RULES`` and, when its rules depend on configuration,
``provide(config)``. Adding a family means adding its module name to :data:`FAMILIES`; a family
with settings of its own adds its config table to :data:`CONFIG_SECTIONS`.
"""

from __future__ import annotations

FAMILIES: tuple[str, ...] = (
    "spacing",
    "punctuation",
    "repetition",
    "spelling",
    "consistency",
    "housestyle",
    "readability",
    "grammar",
)

CONFIG_SECTIONS: dict[str, str] = {"grammar": "rules.grammar._settings:SECTION"}
"""Config tables a family owns (key to ``module:attribute`` of its :class:`lint._sections.ConfigSection`),
loaded only when needed."""
