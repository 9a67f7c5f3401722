"""Grammar: built-in rules (always on), plus Harper and LanguageTool when configured.

Every rule here is a :class:`rules.grammar._base.GrammarRule`, a plain rule in the ``grammar`` overlap
group: the engine reports a problem that two backends both see once (:mod:`lint._overlap`).
``provide(config)`` adds the rules that depend on the
configuration: the expression list (with the newsroom's own files) and the optional backends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint._lazyrule import lazy_rules

from ._catalogue import CATALOGUE

if TYPE_CHECKING:
    from lint._config import Config
    from lint._lazyrule import LazyRule

    from ._base import GrammarRule

RULES = lazy_rules(CATALOGUE)
"""The built-in rules (:mod:`._all`), each imported when it first runs (:mod:`lint._lazyrule`)."""


def provide(config: Config) -> list[GrammarRule | LazyRule]:
    from ._settings import grammar_settings

    rules: list[GrammarRule | LazyRule] = []
    if getattr(config, "grammar_expressions", ()):  # read now: a file that is missing is a configuration error at once
        from . import expressions

        rules.extend(expressions.provide(config))
    else:  # the built-in list only: the module is imported when the rule first runs
        from .._catalogue import CATALOGUE

        rules.extend(lazy_rules(CATALOGUE["rules.grammar.expressions"]))
    settings = grammar_settings(config)
    if settings.harper:
        from . import harper

        rules.extend(harper.provide(config))
    if settings.languagetool != "off":
        from . import languagetool

        rules.extend(languagetool.provide(config))
    return rules
