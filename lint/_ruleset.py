"""The rule set of one configuration, resolved once and passed down the pipeline.

A :class:`~lint._config.Config` says what the user chose (select, ignore, severities, packs);
a :class:`RuleSet` is what that means: the enabled rules in order, every known rule (suppression
comments may name one that is not enabled), the selection and severity of any id, sub-ids
included, and the per-process resources the rules share. Checking, fixing, the runner and the
server all take one, so the registry is asked once per configuration, never from inside a rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._config import Config
from ._resources import PROCESS_RESOURCES, Resources

if TYPE_CHECKING:
    from ._findings import Severity
    from ._rule import RuleLike


@dataclass(frozen=True, eq=False)
class RuleSet:
    """Rules, enabled ids, severities and shared resources of one configuration. Immutable: the
    lookups it memoises are answers about that fixed configuration."""

    config: Config
    rules: tuple[RuleLike, ...]
    """The rules that run, in registration order (which also breaks ties between duplicates)."""
    known: Mapping[str, RuleLike]
    """Every rule of this configuration, enabled or not, by id."""
    resources: Resources = PROCESS_RESOURCES
    _order: dict[str, int] = field(default_factory=dict, repr=False)
    _selected: dict[str, bool] = field(default_factory=dict, repr=False)
    _severities: dict[tuple[str, Severity], Severity] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._order.update((rule.id, position) for position, rule in enumerate(self.rules))

    @classmethod
    def of(cls, config: Config, rules: Iterable[RuleLike] | None = None, resources: Resources | None = None) -> RuleSet:
        """The rule set of ``config``: its enabled rules unless ``rules`` names others (a test running
        one rule, the LanguageTool-compatible endpoint choosing by its own parameters)."""
        if rules is None and resources is None:
            return resolve(config)
        from ._registry import all_rules, enabled_rules

        chosen = tuple(enabled_rules(config) if rules is None else rules)
        return cls(
            config, chosen, MappingProxyType(all_rules(config)), PROCESS_RESOURCES if resources is None else resources
        )

    @classmethod
    def serving(cls, config: Config, rules: Iterable[RuleLike], known: Mapping[str, RuleLike]) -> RuleSet:
        """A rule set the server chose by filtering ``known`` (the rules of its own config) with a
        client's selection: built without asking the registry, so clients cannot churn its cache."""
        return cls(config, tuple(rules), MappingProxyType(dict(known)))

    def order(self, rule_id: str) -> int:
        """Registration order of a rule (after every rule for an unknown id)."""
        return self._order.get(rule_id, len(self._order))

    def selects(self, rule_id: str) -> bool:
        """Whether select and ignore let ``rule_id`` through (rules and the sub-ids findings carry)."""
        selected = self._selected.get(rule_id)
        if selected is None:
            from ._registry import is_selected

            selected = self._selected[rule_id] = is_selected(rule_id, self.config)
        return selected

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        """The configured severity of ``rule_id`` (``default`` when no entry names it)."""
        key = (rule_id, default)
        severity = self._severities.get(key)
        if severity is None:
            severity = self._severities[key] = self.config.severity_for(rule_id, default)
        return severity

    def names_a_rule(self, selector: str) -> bool:
        """A selector naming a known rule, a prefix of ids, or a sub-id (suppression comments)."""
        from ._registry import selector_known

        return selector_known(selector, self.known.values())

    def runs(self, rule_id: str) -> bool:
        return rule_id in self._order


@lru_cache(maxsize=64)
def resolve(config: Config) -> RuleSet:
    """The rule set of a configuration, built once per process for each distinct configuration."""
    from ._registry import all_rules, enabled_rules

    return RuleSet(config, tuple(enabled_rules(config)), MappingProxyType(all_rules(config)))
