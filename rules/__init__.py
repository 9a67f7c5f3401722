"""copydesk's built-in rules, one module per family.

Each family module exposes ``RULES`` and, when its rules depend on configuration,
``provide(config)``. Adding a family means adding its module name to :data:`FAMILIES`.
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
