"""Grammar backends: their settings, their shared instances, and the rule class they share.

Three backends can report grammar problems: copydesk's built-in rules (pure Python, always on),
Harper (``harper-py``, optional, in-process) and LanguageTool (a server, optional). Each is
exposed to the engine as ordinary rules, so selection, severities, suppressions and
``copydesk explain`` work as for any rule. Every grammar rule is a :class:`GrammarRule`, a plain
rule in the ``grammar`` overlap group: when two backends report the same problem at the same
place, the engine's overlap pass (:mod:`lint._overlap`) keeps one finding, the more specific.

Settings live in the ``[grammar]`` config table (:class:`GrammarSettings`); extra expression
files in the top-level ``grammar-expressions`` key.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from ._choices import PROFILES
from ._errors import ConfigError, CopydeskError
from ._rule import Rule

_SHARED_LOCK = threading.Lock()
_SHARED: dict[tuple[Any, ...], Any] = {}


def shared_backend(key: tuple[Any, ...], create: Any) -> Any:
    """One backend per process for each distinct setting (``key``): they are costly to create.

    ``create(*key[1:])`` builds it the first time; threads asking at once get the same instance.
    """
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = create(*key[1:])
        return _SHARED[key]


if TYPE_CHECKING:
    from ._config import Config
    from ._document import Document
    from ._findings import Finding

LANGUAGETOOL_ENV = "COPYDESK_LANGUAGETOOL_URL"
PROFILE_ENV = "COPYDESK_PROFILE"
DEFAULT_TIMEOUT = 10.0


class GrammarBackendError(CopydeskError):
    """A configured grammar backend cannot run (not installed, unreachable, timed out)."""


@dataclass(frozen=True)
class GrammarSettings:
    """The ``[grammar]`` table. Immutable and hashable.

    It never reads the environment: the command line and the server read it once
    (:class:`GrammarEnvironment`) and apply it, so a library user gets what the config says.
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


def grammar_settings(value: Any, where: str, key: str) -> GrammarSettings:
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


@dataclass(frozen=True)
class GrammarEnvironment:
    """What the environment and ``--profile`` ask of the grammar backends, read once by the command
    line or the server (never by the library) and applied to each file's settings."""

    languagetool: str = ""
    """``COPYDESK_LANGUAGETOOL_URL``: a server for files whose config does not name one."""
    profile: str = ""
    """``--profile``, else ``COPYDESK_PROFILE``: ``thorough`` turns Harper on, whatever the config says."""

    @classmethod
    def read(cls, environ: Mapping[str, str], profile: str | None = None) -> GrammarEnvironment:
        """The variables of ``environ``, validated (a bad value is a ConfigError naming it)."""
        url = environ.get(LANGUAGETOOL_ENV, "").strip()
        if url:
            _languagetool_value(url, "environment", LANGUAGETOOL_ENV)
        if profile is not None:
            where, key, chosen = "command line", "--profile", profile
        else:
            where, key, chosen = "environment", PROFILE_ENV, environ.get(PROFILE_ENV, "").strip()
        if chosen and chosen not in PROFILES:
            raise ConfigError(where, key, f"must be one of {', '.join(PROFILES)} (got {chosen!r})")
        return cls(languagetool=url, profile=chosen)

    def applied_to(self, config: Config) -> Config:
        """``config`` with its grammar settings as the environment asks (the one way every entry
        point, the CLI's runs, its ``rules`` listing and the server, applies it)."""
        grammar = self.apply(config.grammar)
        return config if grammar is config.grammar else config.with_overrides(grammar=grammar)

    def apply(self, settings: GrammarSettings) -> GrammarSettings:
        changes: dict[str, Any] = {}
        if self.languagetool and "languagetool" not in settings.explicit:
            changes["languagetool"] = self.languagetool
        if self.profile == "thorough":
            changes["harper"] = True
        return replace(settings, **changes) if changes else settings


# -- backends and rules -------------------------------------------------------------------------


class GrammarBackend(Protocol):
    """Something that turns a Document into grammar findings (prose offsets)."""

    name: str

    def check(self, doc: Document) -> list[Finding]: ...


BACKEND_RANK = {"builtin": 2, "languagetool": 1, "harper": 0}
"""Ties between equally specific duplicates go to the backend that knows newsroom style best."""


class GrammarRule(Rule):
    """A grammar rule: its findings and those of the other grammar backends are one overlap group.

    Subclasses implement :meth:`detect`. ``backend`` names where the findings come from; when two
    backends report the same problem, the engine keeps the more specific finding, and between
    equally specific ones the backend that knows newsroom style best (:data:`BACKEND_RANK`).
    """

    backend: ClassVar[str] = "builtin"
    overlap_group: ClassVar[str | None] = "grammar"
    overlap_rank: ClassVar[int] = BACKEND_RANK["builtin"]

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self.detect(doc)


def grammar_config(config: Config) -> GrammarSettings:
    """The grammar settings of a config (defaults when the config predates the key)."""
    settings = getattr(config, "grammar", None)
    return settings if isinstance(settings, GrammarSettings) else GrammarSettings()
