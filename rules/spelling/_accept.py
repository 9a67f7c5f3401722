"""Accept lists: house words that are not misspellings and CamelCase names that are not fusions.

Sources: the built-in lists under ``rules/words/``, the ``words`` config key and the files named
by ``accept-files`` (resolved against the config file's folder; one word per line, ``#`` starts
a comment). Case rule: an all-lower-case entry accepts the word in any case ("copydesk" accepts
"Copydesk"); an entry with a capital accepts only that exact spelling ("McDonald", "iPhone").
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._config import Config

WORDS_DIR = Path(__file__).resolve().parent.parent / "words"
BUILTIN_LISTS = ("accept.txt", "camelcase.txt", "software-terms.txt")


@dataclass(frozen=True, slots=True)
class AcceptList:
    """Words to leave alone, split by the case rule."""

    any_case: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()

    def accepts(self, word: str) -> bool:
        return word in self.exact or word.lower() in self.any_case

    def merged(self, other: AcceptList) -> AcceptList:
        return AcceptList(self.any_case | other.any_case, self.exact | other.exact)

    @classmethod
    def from_words(cls, words: Iterable[str]) -> AcceptList:
        any_case: set[str] = set()
        exact: set[str] = set()
        for raw in words:
            word = raw.strip().replace("’", "'")
            if not word:
                continue
            (any_case if word == word.lower() else exact).add(word)
        return cls(frozenset(any_case), frozenset(exact))


def parse_word_file(text: str) -> list[str]:
    """One word per line; ``#`` starts a comment; blank lines are ignored."""
    return [word for line in text.splitlines() if (word := line.partition("#")[0].strip())]


@cache
def builtin() -> AcceptList:
    """The lists shipped with copydesk (read once)."""
    words: list[str] = []
    for name in BUILTIN_LISTS:
        words += parse_word_file((WORDS_DIR / name).read_text(encoding="utf-8"))
    return AcceptList.from_words(words)


def from_config(config: Config) -> AcceptList:
    """The built-in lists plus the config's ``words`` and ``accept-files``.

    Raises ConfigError naming the key and the file when an accept file cannot be read.
    """
    from lint._errors import ConfigError

    words = list(config.words)
    root = config.root or os.getcwd()
    for name in config.accept_files:
        path = Path(root, os.path.expanduser(name))
        try:
            words += parse_word_file(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            where = config.path or "configuration"
            raise ConfigError(
                where, "accept-files", f"cannot read {str(path)!r} ({error.__class__.__name__})"
            ) from None
    return builtin().merged(AcceptList.from_words(words))
