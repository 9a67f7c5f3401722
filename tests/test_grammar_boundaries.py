"""Every grammar rule keeps to its sentence: a pattern cut short by a sentence's end never makes a
rule fail. A rule that reads past the last word of a sentence (a slot word ending it, the next
sentence's words where it expected its own) raises an IndexError on real text long before a
bad example shows it, so every example of every grammar rule is cut at every word and run."""

from __future__ import annotations

import re
from functools import cache

import pytest

from lint import Config, check_text
from lint._lazyrule import real
from lint._registry import all_rules
from rules.grammar._base import GrammarRule

_WORD_END = re.compile(r"(?<=\w)(?= )")
_PER_DOCUMENT = 400


def _examples() -> list[str]:
    texts: list[str] = []
    for rule in all_rules(Config(preview=True)).values():
        loaded = real(rule)
        if isinstance(loaded, GrammarRule):
            texts += [*loaded.bad, *loaded.good]
    return sorted(set(texts))


def _cut_everywhere(text: str) -> list[str]:
    """``text`` with a sentence's end put after each word in turn ("We went in. Big house prices")."""
    return [f"{text[: match.start()]}. {text[match.start() + 1 :]}" for match in _WORD_END.finditer(text)]


@cache
def _documents() -> list[str]:
    variants = [variant for text in _examples() for variant in _cut_everywhere(text)]
    return ["\n\n".join(variants[at : at + _PER_DOCUMENT]) for at in range(0, len(variants), _PER_DOCUMENT)]


@pytest.mark.parametrize("index", range(len(_documents())))
def test_no_grammar_rule_fails_where_a_sentence_ends_early(index: int) -> None:
    result = check_text(_documents()[index], "plain", Config(select=("grammar",), preview=True))
    assert result.rule_errors == []
