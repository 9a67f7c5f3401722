"""copydesk's built-in rules, one module per family.

Each family module exposes ``RULES`` and, when its rules depend on configuration,
``provide(config)``. Adding a family means adding its module name to :data:`FAMILIES`; a family
with settings of its own adds its config table to :data:`CONFIG_SECTIONS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._lazyrule import CatalogueEntry

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

CATALOGUED: tuple[str, ...] = ("spacing", "punctuation", "repetition", "consistency", "readability")
"""Families registered from the generated catalogue (``rules/_catalogue.py``, written by
``python -m rules.build_catalogue`` from each family's ``RULES``, a package's in its ``_all``) without importing them:
a rule's module is imported when the rule first runs (:mod:`lint._lazyrule`), so a long document's
fork imports it only in the process that runs it."""


def catalogued(module_name: str) -> tuple[CatalogueEntry, ...] | None:
    """The catalogue entries of a family of :data:`CATALOGUED` (``rules.spacing``), else None: the
    family's module registers its rules itself."""
    if module_name.removeprefix("rules.") not in CATALOGUED:
        return None
    from ._catalogue import CATALOGUE

    return CATALOGUE[module_name]


CONFIG_SECTIONS: dict[str, str] = {"grammar": "rules.grammar._settings:SECTION"}
"""Config tables a family owns (key to ``module:attribute`` of its :class:`lint._sections.ConfigSection`),
loaded only when needed."""
