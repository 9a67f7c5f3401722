"""Grammar backends and the one place where their findings are merged.

Three backends can report grammar problems: copydesk's built-in rules (pure Python, always on),
Harper (``harper-py``, optional, in-process) and LanguageTool (a server, optional). Each is
exposed to the engine as ordinary rules, so selection, severities, suppressions and
``copydesk explain`` work as for any rule. Every grammar rule is a :class:`GrammarRule`: its
``detect`` finds problems, and its ``check`` returns its share of the *merged* findings of all
the grammar rules enabled for the document, computed once per document by :func:`merge`.
Two backends that report the same problem at the same place therefore give one finding, the
more specific one.

Settings live in the ``[grammar]`` config table (:class:`GrammarSettings`); extra expression
files in the top-level ``grammar-expressions`` key.
"""

from __future__ import annotations

import threading
import weakref
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
    """A rule whose findings take part in the grammar merge.

    Subclasses implement :meth:`detect`. ``backend`` names where the findings come from.
    """

    backend: ClassVar[str] = "builtin"

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from merged_findings(doc, self)


def merge(candidates: Iterable[tuple[str, str, Finding]], text: str) -> list[tuple[str, Finding]]:
    """De-duplicate ``(owner rule id, backend, finding)`` triples from every grammar backend.

    Two findings are the same problem when they overlap and either cover the same range with
    the same category, or their first suggestions make the same text. Of a group of the same
    problem, the most specific is kept: one with a suggestion, then the backend ranked higher
    in :data:`BACKEND_RANK`, then the longer message.
    """
    ordered = sorted(candidates, key=lambda item: (item[2].start, item[2].end))
    kept: list[tuple[str, str, Finding]] = []
    for candidate in ordered:
        finding = candidate[2]
        for index in range(len(kept) - 1, -1, -1):  # grammar findings are few: a plain scan is enough
            other = kept[index][2]
            if _same_problem(other, finding, text):
                if _specificity(candidate) > _specificity(kept[index]):
                    kept[index] = candidate
                break
        else:
            kept.append(candidate)
    return [(owner, finding) for owner, _backend, finding in kept]


def _same_problem(a: Finding, b: Finding, text: str) -> bool:
    if not (a.start < b.end and b.start < a.end) and not (a.start == a.end == b.start == b.end):
        return False
    if a.start == b.start and a.end == b.end and a.category == b.category:
        return True
    if not a.suggestions or not b.suggestions:
        return False
    start, end = min(a.start, b.start), max(a.end, b.end)
    return _rewrite(text, start, end, a) == _rewrite(text, start, end, b)


def _rewrite(text: str, start: int, end: int, finding: Finding) -> str:
    return text[start : finding.start] + finding.suggestions[0] + text[finding.end : end]


def _specificity(candidate: tuple[str, str, Finding]) -> tuple[bool, int, int]:
    _owner, backend, finding = candidate
    return (bool(finding.suggestions), BACKEND_RANK.get(backend, -1), len(finding.message))


class _DocumentState:
    """The merged grammar findings of one document, computed once under the document's own lock."""

    __slots__ = ("computed", "errors", "findings", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.computed = False
        self.findings: dict[str, list[Finding]] = {}
        self.errors: dict[str, Exception] = {}


_STATES: weakref.WeakKeyDictionary[Document, _DocumentState] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def merged_findings(doc: Document, rule: GrammarRule) -> list[Finding]:
    """``rule``'s share of the merged findings of every grammar rule enabled for ``doc``.

    Computed on the first call for a document and kept with it; a backend that failed raises
    its error again for its own rules only, so the other rules' findings are still reported.
    Documents are independent: one waiting for a LanguageTool answer does not block another.
    """
    with _LOCK:
        state = _STATES.get(doc)
        if state is None:
            state = _STATES[doc] = _DocumentState()
    with state.lock:
        if not state.computed or (rule.id not in state.findings and rule.id not in state.errors):
            state.findings, state.errors = _compute(doc, _participants(doc, rule))
            state.computed = True
    if rule.id in state.errors:
        raise state.errors[rule.id]
    return state.findings.get(rule.id, [])


def _participants(doc: Document, rule: GrammarRule) -> list[GrammarRule]:
    rules = list(_enabled_grammar_rules(doc.config))
    if all(r is not rule for r in rules):
        rules.append(rule)  # run directly (a rule list that is not the config's)
    return rules


_ENABLED: dict[Config, tuple[object, tuple[GrammarRule, ...]]] = {}
_ENABLED_LIMIT = 64


def _enabled_grammar_rules(config: Config) -> tuple[GrammarRule, ...]:
    """The config's enabled grammar rules, worked out once per set of rule instances.

    Selecting them costs ~0.2 ms a document (every rule against every selector). The answer is
    kept with the rule table it came from (``all_rules(config)``, itself cached per config) and
    reused only while that table is the same object, so it never outlives the instances.
    """
    from ._registry import all_rules, is_enabled

    table = all_rules(config)
    kept = _ENABLED.get(config)
    if kept is not None and kept[0] is table:
        return kept[1]
    rules = tuple(r for r in table.values() if isinstance(r, GrammarRule) and is_enabled(r, config))
    if len(_ENABLED) >= _ENABLED_LIMIT:
        _ENABLED.clear()
    _ENABLED[config] = (table, rules)
    return rules


def _compute(doc: Document, rules: list[GrammarRule]) -> tuple[dict[str, list[Finding]], dict[str, Exception]]:
    candidates: list[tuple[str, str, Finding]] = []
    errors: dict[str, Exception] = {}
    backend_failures: set[tuple[str, str]] = set()
    for rule in rules:
        try:
            candidates.extend((rule.id, rule.backend, finding) for finding in rule.detect(doc))
        except GrammarBackendError as error:
            # One backend behind several rules (Harper's) fails once: one error line, not one per rule.
            if (rule.backend, str(error)) not in backend_failures:
                backend_failures.add((rule.backend, str(error)))
                errors[rule.id] = error
        except Exception as error:  # reported for this rule only, by the engine
            errors[rule.id] = error
    findings: dict[str, list[Finding]] = {rule.id: [] for rule in rules if rule.id not in errors}
    for owner, finding in merge(candidates, doc.text):
        findings[owner].append(finding)
    return findings, errors


def grammar_config(config: Config) -> GrammarSettings:
    """The grammar settings of a config (defaults when the config predates the key)."""
    settings = getattr(config, "grammar", None)
    return settings if isinstance(settings, GrammarSettings) else GrammarSettings()
