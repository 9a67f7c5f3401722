"""Spelling: misspelled words (``spelling.unknown-word``) and words run together (``space.joined-words``).

The two rules share one analysis of each document, made with the configuration's accept list,
so they come from :func:`provide` rather than ``RULES``. Nothing heavy is imported here: the
dictionary is loaded the first time a rule runs.

Modules: ``_lexicon`` (word list and frequencies), ``_variants`` (British forms), ``_accept``
(accept lists), ``_names`` (names), ``_edits`` and ``_suggest`` (corrections), ``_segment``,
``_context`` and ``_joined`` (words run together), ``_analysis`` (the shared pass), ``_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._rules import JoinedWords, SpellingChecker, UnknownWord

if TYPE_CHECKING:
    from lint._config import Config
    from lint._rule import Rule

RULES: list[type[Rule]] = []
"""Empty on purpose: the rules depend on the accept lists, see :func:`provide`."""
RULE_CLASSES = (UnknownWord, JoinedWords)


def provide(config: Config) -> list[Rule]:
    """Both rules, sharing one checker built with the config's accept lists."""
    from ._accept import from_config

    checker = SpellingChecker(from_config(config))
    return [UnknownWord(checker), JoinedWords(checker)]


__all__ = ["RULES", "RULE_CLASSES", "JoinedWords", "UnknownWord", "provide"]
