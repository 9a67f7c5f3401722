"""Finding rules: the built-in families in the ``rules`` package and plugins.

A family module exposes ``RULES`` (rule classes or instances) and, if its rules depend on the
configuration (house-style packs, accept lists), ``provide(config)`` returning more rules. The
families of :data:`rules.CATALOGUED` are registered from their generated catalogue entries instead,
without importing their modules until a rule runs.
Third parties register an object under the entry-point group ``copydesk.rules``: a rule class,
a rule instance, a list of them, or a ``provide(config)`` callable. Everything is validated
against :class:`lint._rule.RuleLike` when loaded.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple, cast

from ._config import Config, selector_matches
from ._errors import RuleError
from ._lazyrule import CatalogueEntry, LazyRule, lazy_rules
from ._rule import RuleLike, validate_identity, validate_rule

ENTRY_POINT_GROUP = "copydesk.rules"


def _instantiate(item: Any) -> Any:
    return item() if isinstance(item, type) else item


def _expand(obj: Any, config: Config) -> Iterable[Any]:
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield _instantiate(item)
    elif isinstance(obj, type) or hasattr(obj, "check"):
        yield _instantiate(obj)
    elif callable(obj):
        yield from (_instantiate(item) for item in obj(config))
    else:
        raise RuleError(f"cannot load rules from {obj!r}")


class PluginEntry(NamedTuple):
    """An entry point of the ``copydesk.rules`` group: its name, ``module:attribute``, and version."""

    name: str
    value: str
    version: str

    def load(self) -> Any:
        from importlib.metadata import EntryPoint

        return EntryPoint(self.name, self.value, ENTRY_POINT_GROUP).load()


@lru_cache(maxsize=4)
def plugin_entry_points(group: str = ENTRY_POINT_GROUP) -> tuple[PluginEntry, ...]:
    """The installed plugins' entry points of ``group`` (rules by default, or config sections), found
    through ``importlib.metadata`` and kept in the data cache.

    Scanning every installed distribution costs 20-40 ms per process, most of a cold start's margin.
    The table is found under one of two keys. The cheap one is the modification times of the
    ``sys.path`` folders (:func:`_sys_path_fingerprint`): installing or removing a distribution adds
    or deletes a ``*.dist-info`` folder, which changes the time of the folder that holds it. But
    a folder's time also changes with any file saved in it (a checkout on ``sys.path`` under an
    editable install, a test run writing there), so when that key is new, the table is looked up
    under the second: the distributions' metadata folders themselves, their names and times
    (:func:`_distributions_fingerprint`, a listing of each folder, some 0.5 ms), and the scan runs
    again only when those changed, that is when something was installed, upgraded or removed.
    """
    from ._datacache import cached

    def discover() -> list[tuple[str, str, str]]:
        from importlib.metadata import entry_points

        found = entry_points(group=group)
        return [(entry.name, entry.value, entry.dist.version if entry.dist else "?") for entry in found]

    name = "plugin-entry-points" if group == ENTRY_POINT_GROUP else f"plugin-entry-points-{group}"

    def by_distributions() -> list[tuple[str, str, str]]:
        return cached(f"{name}-by-distributions", _distributions_fingerprint(), discover)

    return tuple(PluginEntry(*entry) for entry in cached(name, _sys_path_fingerprint(), by_distributions))


def _sys_path_fingerprint() -> str:
    """The ``sys.path`` folders and their modification times, without the first: under ``python -m``
    it is the working directory (the script's folder for a script), where no distribution is
    installed, and whose time changes with every file saved there (a table per edit)."""
    parts = []
    for folder in sys.path[1:]:
        try:
            parts.append(f"{folder}:{os.stat(folder or '.').st_mtime_ns}")
        except OSError:
            parts.append(f"{folder}:-")
    return "\n".join(parts)


def _distributions_fingerprint() -> str:
    """The ``sys.path`` folders (without the first, as :func:`_sys_path_fingerprint`) and, in each,
    the metadata folders ``importlib.metadata`` reads distributions from (``*.dist-info``,
    ``*.egg-info``, an egg's ``EGG-INFO``) with their modification times and inodes: an install, an
    upgrade, a reinstall of the same version (a new folder) or a removal changes it; a file saved
    beside them does not. An entry that is not a folder (a zip archive, an egg file) counts by its own time."""
    parts = []
    for folder in sys.path[1:]:
        egg = os.path.basename(folder).lower().endswith(".egg")
        try:
            entries = os.scandir(folder or ".")
        except NotADirectoryError:
            try:
                parts.append(f"{folder}:{os.stat(folder).st_mtime_ns}")
            except OSError:
                parts.append(f"{folder}:-")
            continue
        except OSError:
            parts.append(f"{folder}:-")
            continue
        found = []
        with entries:
            for entry in entries:
                lowered = entry.name.lower()
                if lowered.endswith((".dist-info", ".egg-info")) or (egg and lowered == "egg-info"):
                    try:
                        status = entry.stat()
                        found.append(f" {entry.name}:{status.st_mtime_ns}:{status.st_ino}")
                    except OSError:
                        found.append(f" {entry.name}:-")
        found.sort()
        parts.append(f"{folder}")
        parts += found
    return "\n".join(parts)


def plugin_versions() -> list[tuple[str, str]]:
    """(entry point name, distribution version) of every installed plugin, for ``--version``."""
    return [(entry.name, entry.version) for entry in plugin_entry_points()]


def _builtin_families() -> list[tuple[str, tuple[CatalogueEntry, ...] | None]]:
    """Each built-in family's module name, with its catalogue entries when it is registered from the
    catalogue without importing the module (:data:`rules.CATALOGUED`)."""
    import rules

    return [(f"rules.{name}", rules.catalogued(f"rules.{name}")) for name in rules.FAMILIES]


@lru_cache(maxsize=64)
def all_rules(config: Config) -> dict[str, RuleLike]:
    """Every known rule for this configuration, keyed by id, in a stable order."""
    found: dict[str, RuleLike] = {}

    def add(rule: Any, origin: str) -> None:
        checked: RuleLike
        if isinstance(rule, LazyRule):  # checked in full when it loads
            validate_identity(rule, origin)
            checked = cast("RuleLike", rule)
        else:
            checked = validate_rule(rule, origin)
        if checked.id in found:
            raise RuleError(f"{origin}: rule id {checked.id!r} is defined twice")
        found[checked.id] = checked

    from ._suppress import UnusedSuppression

    add(UnusedSuppression(), "lint")
    for module_name, entries in _builtin_families():
        if entries is not None:  # each rule's module is imported when the rule first runs
            for rule in lazy_rules(entries):
                add(rule, module_name)
            continue
        module = importlib.import_module(module_name)
        for rule in _expand(getattr(module, "RULES", ()), config):
            add(rule, module_name)
        provide = getattr(module, "provide", None)
        if provide is not None:
            for rule in _expand(provide, config):
                add(rule, module_name)
    for entry in plugin_entry_points():
        try:
            loaded = entry.load()
        except Exception as error:  # a broken plugin must not take copydesk down with a traceback
            raise RuleError(f"plugin {entry.name!r} failed to load: {error}") from None
        for rule in _expand(loaded, config):
            if not (rule.id == entry.name or rule.id.startswith(entry.name + ".")):
                raise RuleError(f"plugin {entry.name!r}: rule id {rule.id!r} must start with {entry.name + '.'!r}")
            add(rule, f"plugin {entry.name}")
    return found


def is_enabled(rule: RuleLike, config: Config) -> bool:
    """ruff's model: select (+ extend-select) then ignore; the most specific selector wins."""
    if not is_selected(rule.id, config):
        return False
    if rule.status == "preview" and not config.preview:
        return _best(config.select + config.extend_select, rule.id) == rule.id  # preview rules: by exact id
    return True


def is_selected(rule_id: str, config: Config) -> bool:
    """Whether select/ignore let ``rule_id`` through: for rules, and for the sub-ids their findings carry."""
    best_select = _best(config.select + config.extend_select, rule_id)
    if best_select is None:
        return False
    best_ignore = _best(config.ignore, rule_id)
    return best_ignore is None or _rank(best_ignore) < _rank(best_select)


def selector_known(selector: str, rules: Iterable[RuleLike]) -> bool:
    """A selector naming a rule, a prefix of rule ids, or an id under a rule with sub-ids."""
    return any(
        selector_matches(selector, rule.id) or (getattr(rule, "sub_ids", False) and selector.startswith(rule.id + "."))
        for rule in rules
    )


def _best(selectors: tuple[str, ...], rule_id: str) -> str | None:
    matching = [s for s in selectors if selector_matches(s, rule_id)]
    if not matching:
        return None
    return max(matching, key=_rank)


def _rank(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)


def enabled_rules(config: Config) -> list[RuleLike]:
    return [rule for rule in all_rules(config).values() if is_enabled(rule, config)]


def selection_problem(config: Config) -> str | None:
    """What is wrong with the config's rule selection, in one line (None when nothing is).

    A selector that matches no rule is almost always a typo; a selection that leaves no rule
    (``--select ''``, or an ignore that covers the whole select) would pass every draft unread.
    """
    unknown = unknown_selectors(config)
    if unknown:
        return f"unknown rule id or prefix: {', '.join(unknown)} (see `copydesk rules`)"
    if not enabled_rules(config):
        chosen = ", ".join(config.select + config.extend_select)
        if not chosen:
            return "select is empty: no rule would run (see `copydesk rules`)"
        return f"select ({chosen}) less ignore ({', '.join(config.ignore)}) leaves no rule to run"
    return None


def unknown_selectors(config: Config) -> list[str]:
    """Selectors in the config that match no rule: almost always a typo worth reporting."""
    rules = list(all_rules(config).values())
    selectors = (*config.select, *config.extend_select, *config.ignore, *(s for s, _ in config.severity))
    return [selector for selector in selectors if not selector_known(selector, rules)]
