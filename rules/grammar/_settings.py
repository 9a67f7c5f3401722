"""The ``[grammar]`` config table: which optional backends run, and how.

Registered with the engine as a config section (``rules.CONFIG_SECTIONS``), so the engine knows
nothing of grammar backends: it validates ``[grammar]`` through :data:`SECTION` and applies the
run's environment through it.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from lint._errors import ConfigError

if TYPE_CHECKING:
    from lint._config import Config
    from lint._sections import Environment

KEY = "grammar"
LANGUAGETOOL_ENV = "COPYDESK_LANGUAGETOOL_URL"
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class GrammarSettings:
    """The ``[grammar]`` table. Immutable and hashable.

    It never reads the environment: the command line and the server read it once and apply it
    (:meth:`GrammarSection.with_environment`), so a library user gets what the config says.
    """

    harper: bool = False
    """Run Harper (needs the ``harper`` extra: ``pip install 'copydesk[harper]'``)."""
    harper_disabled_rules: tuple[str, ...] = ()
    """Harper rule names to turn off, on top of the ones copydesk turns off itself."""
    languagetool: str = "off"
    """``off``, ``local`` (language-tool-python starts its own server) or a server URL."""
    languagetool_disabled_rules: tuple[str, ...] = ()
    """LanguageTool rule ids (``UPPERCASE_SENTENCE_START``) to turn off on the server."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds to wait for a LanguageTool answer before giving up on it."""
    explicit: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """The keys the config file sets: the environment fills only the others (not part of the
    settings' identity: two tables that resolve alike are alike)."""


_SUB_KEYS = ("harper", "harper-disabled-rules", "languagetool", "languagetool-disabled-rules", "timeout")


def parse_settings(value: Any, where: str, key: str = KEY) -> GrammarSettings:
    """Validate the ``[grammar]`` table; every problem names ``grammar.<sub-key>``."""
    if not isinstance(value, dict):
        raise ConfigError(where, key, 'must be a table like {harper = true, languagetool = "off"}')
    values: dict[str, Any] = {}
    for name, item in value.items():
        where_key = f"{key}.{name}"
        if name not in _SUB_KEYS:
            raise ConfigError(where, where_key, f"unknown key (expected one of {', '.join(_SUB_KEYS)})")
        if name == "harper":
            if not isinstance(item, bool):
                raise ConfigError(where, where_key, "must be true or false")
            values["harper"] = item
        elif name == "languagetool":
            values["languagetool"] = _languagetool_value(item, where, where_key)
        elif name == "timeout":
            if isinstance(item, bool) or not isinstance(item, (int, float)) or not 0 < item <= 600:
                raise ConfigError(where, where_key, "must be a number of seconds between 0 and 600")
            values["timeout"] = float(item)
        else:
            if not isinstance(item, list) or not all(isinstance(part, str) and part.strip() for part in item):
                raise ConfigError(where, where_key, "must be a list of rule names")
            values[name.replace("-", "_")] = tuple(item)
    return GrammarSettings(**values, explicit=frozenset(values))


def _languagetool_value(item: Any, where: str, key: str) -> str:
    if not isinstance(item, str) or not (
        item in ("off", "local") or (item.startswith(("http://", "https://")) and len(item) > len("https://"))
    ):
        raise ConfigError(
            where, key, f'must be "off", "local" or a server URL like "http://localhost:8081" (got {item!r})'
        )
    return item


class GrammarSection:
    """The config-schema hook for ``[grammar]`` (see :mod:`lint._sections`)."""

    key = KEY

    def parse(self, value: Any, where: str) -> GrammarSettings:
        return parse_settings(value, where)

    def default(self) -> GrammarSettings:
        return GrammarSettings()

    def with_environment(self, value: Hashable, environment: Environment) -> GrammarSettings:
        """``COPYDESK_LANGUAGETOOL_URL`` names a server for configs that do not choose one; the
        ``thorough`` profile turns Harper on whatever the config says."""
        settings = value if isinstance(value, GrammarSettings) else GrammarSettings()
        changes: dict[str, Any] = {}
        url = environment.get(LANGUAGETOOL_ENV)
        if url and "languagetool" not in settings.explicit:
            changes["languagetool"] = _languagetool_value(url, "environment", LANGUAGETOOL_ENV)
        if environment.profile == "thorough":
            changes["harper"] = True
        return replace(settings, **changes) if changes else settings


SECTION = GrammarSection()


def grammar_settings(config: Config) -> GrammarSettings:
    """The grammar settings of a config (the defaults when it has no ``[grammar]`` table)."""
    settings = config.section(KEY)
    return settings if isinstance(settings, GrammarSettings) else GrammarSettings()
