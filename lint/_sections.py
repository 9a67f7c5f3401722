"""Config tables owned by a rule family or a plugin: the config-schema hook.

The engine validates the keys it knows itself (:mod:`lint._config`). A family whose rules take
settings of their own (the grammar backends' ``[grammar]`` table) declares a :class:`ConfigSection`
next to those rules instead: how to validate the table, its default, and how the environment
changes it. Built-in sections are named in ``rules.CONFIG_SECTIONS`` (table key to
``"module:attribute"``); a plugin registers one under the entry-point group ``copydesk.config``,
the entry's name being the table's key. A section is imported only when a config file names its
key, a rule asks for its settings, or the environment has something to say.
"""

from __future__ import annotations

import importlib
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._choices import PROFILES
from ._errors import ConfigError

if TYPE_CHECKING:
    from ._config import Config

ENTRY_POINT_GROUP = "copydesk.config"
ENVIRONMENT_PREFIX = "COPYDESK_"
PROFILE_ENV = "COPYDESK_PROFILE"


@runtime_checkable
class ConfigSection(Protocol):
    """A config table that belongs to a family of rules (or a plugin)."""

    key: str
    """The table's name in the config file (``grammar`` for ``[grammar]``)."""

    def parse(self, value: Any, where: str) -> Hashable:
        """Validate the table into an immutable, hashable value; raise :class:`ConfigError` naming
        ``where`` and the ``key.sub-key`` at fault."""
        ...

    def default(self) -> Hashable:
        """The settings when no config file sets the table."""
        ...

    def with_environment(self, value: Hashable, environment: Environment) -> Hashable:
        """``value`` as the run's environment asks (return it unchanged when nothing applies)."""
        ...


@dataclass(frozen=True)
class Environment:
    """What the process environment and the run's options ask of the settings: read once, by the
    command line or the server (never by the library), and applied to each configuration."""

    variables: tuple[tuple[str, str], ...] = ()
    """The ``COPYDESK_*`` variables that are set and not empty."""
    profile: str = ""
    """``--profile``, else ``COPYDESK_PROFILE`` (``default`` or ``thorough``)."""

    @classmethod
    def read(cls, environ: Mapping[str, str], profile: str | None = None) -> Environment:
        """The relevant variables of ``environ``; a bad profile is a ConfigError naming its origin.
        Every known section checks its own variables here too, so a bad value fails the run at once."""
        variables = tuple(
            sorted((name, value.strip()) for name, value in environ.items() if name.startswith(ENVIRONMENT_PREFIX))
        )
        variables = tuple((name, value) for name, value in variables if value)
        if profile is not None:
            where, key, chosen = "command line", "--profile", profile
        else:
            where, key, chosen = "environment", PROFILE_ENV, dict(variables).get(PROFILE_ENV, "")
        if chosen and chosen not in PROFILES:
            raise ConfigError(where, key, f"must be one of {', '.join(PROFILES)} (got {chosen!r})")
        environment = cls(variables, chosen)
        from ._config import Config

        environment.applied_to(Config())
        return environment

    def get(self, name: str) -> str:
        """The value of one variable ("" when it is not set)."""
        return dict(self.variables).get(name, "")

    def applied_to(self, config: Config) -> Config:
        """``config`` with every section's settings as this environment asks (the one way the CLI's
        runs, its ``rules`` listing and the server apply it)."""
        if not self.variables and not self.profile:
            return config  # the usual case: nothing to apply, no section to load
        return _applied(self, config)


def _applied(environment: Environment, config: Config) -> Config:
    # Not memoised: two configs can be equal yet differ in what the environment may fill (a
    # section's settings compare equal whether a value was set explicitly or defaulted).
    for key in section_keys():
        section = section_for(key)
        if section is None:
            continue
        value = config.section(key)
        changed = section.with_environment(value, environment)
        if changed != value:
            config = config.with_section(key, changed)
    return config


def _builtin_sections() -> Mapping[str, str]:
    import rules

    return getattr(rules, "CONFIG_SECTIONS", {})


@lru_cache(maxsize=1)
def _plugin_sections() -> Mapping[str, str]:
    from ._registry import plugin_entry_points

    return {entry.name: entry.value for entry in plugin_entry_points(ENTRY_POINT_GROUP)}


def section_keys() -> tuple[str, ...]:
    """Every table key a family or an installed plugin declares."""
    return (*_builtin_sections(), *(key for key in _plugin_sections() if key not in _builtin_sections()))


@lru_cache(maxsize=64)
def section_for(key: str) -> ConfigSection | None:
    """The section that owns table ``key`` (None when nobody declares it); loaded on first use."""
    target = _builtin_sections().get(key) or _plugin_sections().get(key)
    if target is None:
        return None
    module_name, _, attribute = target.partition(":")
    try:
        section = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as error:
        raise ConfigError("plugin", key, f"its config section {target!r} cannot be loaded ({error})") from None
    if not isinstance(section, ConfigSection) or section.key != key:
        raise ConfigError("plugin", key, f"{target!r} is not a config section for [{key}]")
    return section
