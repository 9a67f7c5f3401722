"""Spelling: misspelled words (``spelling.unknown-word``) and words run together (``space.joined-words``).

The two rules share one analysis of each document, made with the configuration's accept list,
so they come from :func:`provide` rather than ``RULES``. Nothing heavy is imported here: the
dictionary is loaded the first time a rule runs.

Modules: ``_lexicon`` (word list and frequencies), ``_variants`` (British forms), ``_accept``
(accept lists), ``_names`` (names), ``_edits`` and ``_suggest`` (corrections), ``_segment``,
``_context`` and ``_joined`` (words run together), ``_analysis`` (the shared pass), ``_rules``.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from lint._config import Config
    from lint._lazyrule import LazyRule
    from lint._rule import Rule, RuleLike

    from ._accept import AcceptList

RULES: list[type[Rule]] = []
"""Empty on purpose: the rules depend on the accept lists, see :func:`provide`."""


def provide(config: Config) -> list[LazyRule]:
    """Both rules, sharing one checker built with the config's accept lists when a rule first runs
    (:mod:`lint._lazyrule`: a long document's fork then builds it in the process that runs them).
    Accept files are read now, so that one that cannot be read is a configuration error at once."""
    from lint._lazyrule import LazyRule

    from .._catalogue import CATALOGUE

    accept = None
    if config.accept_files:
        from ._accept import from_config

        accept = from_config(config)
    made = _SharedChecker(config, accept)
    return [LazyRule(entry, made.rule_maker(index)) for index, entry in enumerate(CATALOGUE["rules.spelling"])]


class _SharedChecker:
    """Makes :class:`._rules.UnknownWord` and :class:`._rules.JoinedWords` with one checker, the first
    time either is asked for (under a lock: two threads of a server loading one rule each must not
    give them a checker each, and so two analyses of every document)."""

    def __init__(self, config: Config, accept: AcceptList | None) -> None:
        self.config, self.accept = config, accept
        self.rules: list[RuleLike] = []
        self.lock = Lock()

    def rule_maker(self, index: int) -> Callable[[], RuleLike]:
        return lambda: self._made()[index]

    def _made(self) -> list[RuleLike]:
        with self.lock:
            if not self.rules:
                from ._accept import from_config
                from ._rules import JoinedWords, SpellingChecker, UnknownWord

                checker = SpellingChecker(self.accept if self.accept is not None else from_config(self.config))
                made: list[Rule] = [UnknownWord(checker), JoinedWords(checker)]
                self.rules = cast("list[RuleLike]", made)
            return self.rules


__all__ = ["RULES", "provide"]
