"""Rules registered from a catalogue of their metadata, their code imported when they first run.

Importing the built-in grammar rules (about 200 classes, 2 MB of bytecode, their word tables) takes
some 50 ms, a tenth of a 50,000-word run. Deciding what runs needs only each rule's identity
(id, category, severity, status, fix, overlap group and rank), so a family may register
:class:`LazyRule` stand-ins built from a generated catalogue of those fields instead, and its
modules are imported the first time a rule runs. A long document split across two processes
(:mod:`lint._parallel`) then imports the grammar rules in the process that runs them, while the
other runs spelling, instead of in both before the fork.

The stand-in answers the catalogued fields itself and hands everything else (``check``, the
examples, the docs, a rule's own helpers) to the real rule, which it checks against the catalogue
when it loads it: a stale catalogue is an error naming the rule, never a silently different rule.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ._errors import RuleError
from ._findings import Severity

if TYPE_CHECKING:
    from ._document import Document
    from ._findings import Finding
    from ._rule import RuleLike


class CatalogueEntry(NamedTuple):
    """A rule's identity as the engine needs it before the rule runs, and where its class lives."""

    module: str
    class_name: str
    id: str
    category: str
    severity: str
    status: str
    fix: str
    overlap_group: str | None
    overlap_rank: int
    document_level: bool = False
    sub_ids: bool = False


IDENTITY = CatalogueEntry._fields[2:]
"""The fields a :class:`LazyRule` answers without loading its rule: the entry's, but where the class lives."""


def entry_of(rule: object) -> CatalogueEntry:
    """The catalogue entry that describes ``rule`` (a rule instance of a class in a module)."""
    kind = type(rule)
    return CatalogueEntry(
        kind.__module__,
        kind.__qualname__,
        getattr(rule, "id"),  # noqa: B009 - any rule object, typed or not
        getattr(rule, "category"),  # noqa: B009
        str(getattr(rule, "severity")),  # noqa: B009
        getattr(rule, "status"),  # noqa: B009
        getattr(rule, "fix"),  # noqa: B009
        getattr(rule, "overlap_group", None),
        getattr(rule, "overlap_rank", 0),
        bool(getattr(rule, "document_level", False)),
        bool(getattr(rule, "sub_ids", False)),
    )


class LazyRule:
    """A rule known by its catalogue entry until it runs (or until anything else about it is asked)."""

    __slots__ = ("_entry", "_make", "_rule", *IDENTITY)

    def __init__(self, entry: CatalogueEntry, make: Callable[[], RuleLike] | None = None) -> None:
        """``make``: what builds the real rule, for a rule made from the configuration (a family's
        ``provide``); by default the entry's class, called with no arguments."""
        self._entry = entry
        self._make = make
        self._rule: RuleLike | None = None
        self.id = entry.id
        self.category = entry.category
        self.severity = Severity.parse(entry.severity)
        self.status = entry.status
        self.fix = entry.fix
        self.overlap_group = entry.overlap_group
        self.overlap_rank = entry.overlap_rank
        self.document_level = entry.document_level
        self.sub_ids = entry.sub_ids

    @property
    def loaded(self) -> RuleLike:
        """The real rule, imported and checked against the catalogue on first use."""
        rule = self._rule
        if rule is None:
            rule = self._rule = self._load()
        return rule

    @property
    def is_loaded(self) -> bool:
        return self._rule is not None

    def _load(self) -> RuleLike:
        from ._rule import validate_rule

        entry = self._entry
        make = self._make or getattr(importlib.import_module(entry.module), entry.class_name)
        rule = make()
        if entry_of(rule) != entry:
            raise RuleError(
                f"{entry.module}: the rule catalogue is out of date for {entry.id!r} "
                "(regenerate it: python -m rules.build_catalogue)"
            )
        return validate_rule(rule, entry.module)

    def check(self, doc: Document) -> Iterator[Finding]:
        return self.loaded.check(doc)

    def __getattr__(self, name: str) -> Any:
        # only called for what the slots do not hold: the docs, the examples, a rule's own helpers
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.loaded, name)

    def __repr__(self) -> str:
        return f"<LazyRule {self.id}{'' if self._rule is None else ' (loaded)'}>"


def lazy_rules(catalogue: tuple[CatalogueEntry, ...]) -> list[LazyRule]:
    return [LazyRule(entry) for entry in catalogue]


def real(rule: Any) -> Any:
    """The rule itself: a lazily registered one loaded (for code that asks what class a rule is)."""
    return rule.loaded if isinstance(rule, LazyRule) else rule


def catalogue_source(header: str, rules: list[Any] | dict[str, list[Any]]) -> str:
    """Python source of a module defining ``CATALOGUE``: one :class:`CatalogueEntry` per rule, one
    line each (a rule added or changed is a one-line diff); a tuple of them, or a dict of tuples by
    the module that registers them when ``rules`` is grouped so."""

    def entries(group: list[Any], indent: str) -> list[str]:
        return [f"{indent}E{tuple(entry_of(rule))!r},  # noqa: E501" for rule in group]

    if isinstance(rules, dict):
        body = ["CATALOGUE = {"]
        for name, group in rules.items():
            body += [f"    {name!r}: (", *entries(group, "        "), "    ),"]
        body.append("}")
    else:
        body = ["CATALOGUE = (", *entries(rules, "    "), ")"]
    return "\n".join([header, "", "from lint._lazyrule import CatalogueEntry as E", "", "# fmt: off", *body, ""])
