"""Configuration: ``[tool.copydesk]`` in ``pyproject.toml`` or the top level of ``.copydesk.toml``.

Every key is declared once in :data:`_KEYS` with its validator; unknown keys and bad values
are errors that name the file and the key. Config files are found by walking up from the
linted file, and the result is cached per folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._choices import FAIL_ON, LANGUAGES
from ._errors import ConfigError
from ._findings import Severity
from ._source import DEFAULT_MAX_BYTES

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
CONFIG_NAMES = (".copydesk.toml", "pyproject.toml")
TEMPLATE_FAMILIES = ("liquid", "hugo", "go", "erb", "kramdown", "pandoc", "wordpress")
"""What ``template-syntax`` may list (lint/_templates.py); "none" turns them all off, the default is all."""


@dataclass(frozen=True)
class Config:
    """Resolved settings for linting one file. Immutable, hashable, so results can be cached."""

    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    language: str = "en-US"
    language_explicit: bool = False
    """True when ``language`` was set in a config file or on the command line, not defaulted: then
    consistency.spelling-variant flags the other variant's spellings even in a one-variant document."""
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    max_file_size: int = DEFAULT_MAX_BYTES
    preview: bool = False
    words: tuple[str, ...] = ()
    accept_files: tuple[str, ...] = ()
    packs: tuple[str, ...] = ("default", "news")
    """House-style packs: names of built-in packs (rules/packs/) or TOML files relative to ``root``."""
    readability: tuple[tuple[str, float], ...] = ()
    """The ``[readability]`` table (max-sentence-words, target-grade, paragraph-grade, words-per-minute)."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    template_syntax: tuple[str, ...] = TEMPLATE_FAMILIES
    """Template syntax treated as machine text (see lint/_templates.py); () for none."""
    grammar_expressions: tuple[str, ...] = ()
    """Extra misquoted-expression lists (TOML, like rules/grammar/expressions.toml), relative to ``root``."""
    sections: tuple[tuple[str, Hashable], ...] = ()
    """Tables owned by a rule family or a plugin (``[grammar]``), validated by their own
    :class:`~lint._sections.ConfigSection`, as (key, settings) pairs sorted by key."""
    path: str | None = None
    """The file the settings came from (None for defaults)."""
    root: str | None = None
    """The folder that relative paths in the config are resolved against."""

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        """The configured severity of a rule: the most specific matching entry wins."""
        best: tuple[int, Severity] | None = None
        for selector, level in self.severity:
            if selector_matches(selector, rule_id):
                rank = len(selector)
                if best is None or rank > best[0]:
                    best = (rank, level)
        return best[1] if best else default

    def section(self, key: str) -> Hashable:
        """The settings of the ``[key]`` table (its section's defaults when no config sets it)."""
        for name, value in self.sections:
            if name == key:
                return value
        from ._sections import section_for

        section = section_for(key)
        if section is None:
            raise KeyError(f"no config section declares [{key}]")
        return section.default()

    def with_section(self, key: str, value: Hashable) -> Config:
        """A copy whose ``[key]`` table is ``value``."""
        others = tuple((name, item) for name, item in self.sections if name != key)
        return replace(self, sections=tuple(sorted((*others, (key, value)), key=lambda pair: pair[0])))

    def referenced_files(self) -> tuple[str, ...]:
        """Files the settings point to (relative to ``root``); their contents are part of the settings."""
        return tuple(name for attribute in FILE_FIELDS for name in getattr(self, attribute, ()))

    def for_path(self, path: str) -> Config:
        """These settings with the ``per-file-ignores`` that match ``path`` added to ``ignore``."""
        if not self.per_file_ignores:
            return self
        from ._discovery import relative_to_root

        relative = relative_to_root(path, self)
        extra = tuple(
            s for pattern, selectors in self.per_file_ignores if _glob_matches(pattern, relative) for s in selectors
        )
        return replace(self, ignore=self.ignore + extra) if extra else self

    def with_choices(
        self,
        select: tuple[str, ...] | None = None,
        extend_select: tuple[str, ...] | None = None,
        ignore: tuple[str, ...] | None = None,
        fail_on: str | None = None,
        language: str | None = None,
    ) -> Config:
        """The choices of one run (command-line options, an API request) on top of these settings,
        the same way for the CLI and the server: ``select`` replaces the configured selection,
        ``extend_select`` and ``ignore`` add to it, ``fail_on`` and ``language`` replace theirs."""
        return self.with_overrides(
            select=select,
            extend_select=(self.extend_select + extend_select) if extend_select else None,
            ignore=(self.ignore + ignore) if ignore else None,
            fail_on=fail_on,
            language=language,
        )

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with command-line overrides applied (``None`` values are ignored)."""
        if changes.get("language") is not None:
            changes["language_explicit"] = True
        return replace(self, **{key: value for key, value in changes.items() if value is not None})


# Config fields that name files whose contents are part of the settings (for the result cache).
FILE_FIELDS: tuple[str, ...] = ("accept_files", "packs", "grammar_expressions")


def _glob_matches(pattern: str, relative: str) -> bool:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([pattern]).match_file(relative)


def selector_matches(selector: str, rule_id: str) -> bool:
    """``ALL`` matches everything; ``space`` matches ``space.*``; an exact id matches itself."""
    if selector == "ALL":
        return True
    return rule_id == selector or rule_id.startswith(selector + ".")


# -- validation -------------------------------------------------------------------------------


def _string_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(where, key, "must be a list of strings")
    return tuple(value)


def _selector_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    selectors = _string_list(value, where, key)
    for selector in selectors:
        if not selector or selector != selector.strip() or " " in selector:
            raise ConfigError(where, key, f"{selector!r} is not a rule id or prefix")
    return selectors


def _choice(options: tuple[str, ...]) -> Callable[[Any, str, str], str]:
    def validate(value: Any, where: str, key: str) -> str:
        if value not in options:
            raise ConfigError(where, key, f"must be one of {', '.join(options)} (got {value!r})")
        return str(value)

    return validate


def _severity_table(value: Any, where: str, key: str) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, key, 'must be a table like {"space.repeated-spaces" = "info"}')
    result = []
    for selector, level in value.items():
        try:
            result.append((selector, Severity.parse(str(level))))
        except ValueError as error:
            raise ConfigError(where, f"{key}.{selector}", str(error)) from None
    return tuple(result)


def _per_file_ignores(value: Any, where: str, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, key, 'must be a table like {"archive/**" = ["readability"]}')
    return tuple(
        (pattern, _selector_list(selectors, where, f"{key}.{pattern}")) for pattern, selectors in value.items()
    )


def _positive_int(value: Any, where: str, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(where, key, "must be a positive integer")
    return value


def _pack_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    packs = _string_list(value, where, key)
    for name in packs:
        if not name.strip():
            raise ConfigError(where, key, "pack names and paths must not be empty")
    return packs


# The [readability] table: key -> (lowest allowed value, whether it must be a whole number).
READABILITY_KEYS: dict[str, tuple[float, bool]] = {
    "max-sentence-words": (1, True),
    "target-grade": (1, False),
    "paragraph-grade": (1, False),
    "words-per-minute": (1, True),
}


def _readability_table(value: Any, where: str, key: str) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, key, "must be a table like {max-sentence-words = 40, target-grade = 12}")
    result = []
    for name, number in value.items():
        if name not in READABILITY_KEYS:
            raise ConfigError(where, f"{key}.{name}", f"unknown key (expected one of {', '.join(READABILITY_KEYS)})")
        lowest, whole = READABILITY_KEYS[name]
        if isinstance(number, bool) or not isinstance(number, int if whole else (int, float)) or number < lowest:
            kind = "a whole number" if whole else "a number"
            raise ConfigError(where, f"{key}.{name}", f"must be {kind} of at least {lowest:g}")
        result.append((name, float(number)))
    return tuple(result)


def _boolean(value: Any, where: str, key: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(where, key, "must be true or false")
    return value


def _template_families(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value == "none":
        return ()
    if value == "all":
        return TEMPLATE_FAMILIES
    families = _string_list(value, where, key)
    for family in families:
        if family not in TEMPLATE_FAMILIES:
            choices = ", ".join(TEMPLATE_FAMILIES)
            raise ConfigError(where, key, f"unknown template syntax {family!r} (choose from {choices}, or 'none')")
    return tuple(family for family in TEMPLATE_FAMILIES if family in families)


MAX_FILE_SIZE_LIMIT = 1 << 30
"""No draft is a gigabyte: a larger max-file-size is a typo (and would not fit in memory to lint)."""


def _file_size(value: Any, where: str, key: str) -> int:
    size = _positive_int(value, where, key)
    if size > MAX_FILE_SIZE_LIMIT:
        raise ConfigError(where, key, f"must be at most {MAX_FILE_SIZE_LIMIT:,} bytes (1 GiB)")
    return size


_KEYS: dict[str, tuple[str, Callable[[Any, str, str], Any]]] = {
    "select": ("select", _selector_list),
    "extend-select": ("extend_select", _selector_list),
    "ignore": ("ignore", _selector_list),
    "severity": ("severity", _severity_table),
    "language": ("language", _choice(LANGUAGES)),
    "include": ("include", _string_list),
    "exclude": ("exclude", _string_list),
    "fail-on": ("fail_on", _choice(FAIL_ON)),
    "max-file-size": ("max_file_size", _file_size),
    "preview": ("preview", _boolean),
    "words": ("words", _string_list),
    "accept-files": ("accept_files", _string_list),
    "packs": ("packs", _pack_list),
    "readability": ("readability", _readability_table),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "grammar-expressions": ("grammar_expressions", _string_list),
    "template-syntax": ("template_syntax", _template_families),
}

KNOWN_KEYS = tuple(_KEYS)


def config_from_table(table: dict[str, Any], where: str, root: str | None = None) -> Config:
    """Validate a config table (already parsed from TOML) into a :class:`Config`: the engine's own
    keys here, the tables of families and plugins by their config sections."""
    from ._sections import section_for

    values: dict[str, Any] = {}
    sections: list[tuple[str, Hashable]] = []
    for key, value in table.items():
        if key in _KEYS:
            attribute, validate = _KEYS[key]
            values[attribute] = validate(value, where, key)
            continue
        section = section_for(key)
        if section is None:
            hint = _closest(key)
            raise ConfigError(where, key, "unknown key" + (f" (did you mean {hint!r}?)" if hint else ""))
        sections.append((key, section.parse(value, where)))
    if sections:
        values["sections"] = tuple(sorted(sections, key=lambda pair: pair[0]))
    if "language" in values:
        values["language_explicit"] = True
    return Config(path=where, root=root, **values)


def _closest(key: str) -> str | None:
    import difflib

    from ._sections import section_keys

    matches = difflib.get_close_matches(key.replace("_", "-"), (*KNOWN_KEYS, *section_keys()), n=1)
    return matches[0] if matches else None


def load_config_file(path: Path) -> Config | None:
    """Read one config file. ``None`` for a pyproject.toml without a ``[tool.copydesk]`` table."""
    import tomllib  # here, not at the top: most runs find no config file, and tomllib costs 13 ms

    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(where, None, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(where, None, f"cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(where, None, f"is not valid TOML ({error})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "copydesk" not in tool:
            return None
        table = tool["copydesk"]
        where = f"{path} [tool.copydesk]"
        if not isinstance(table, dict):
            raise ConfigError(where, None, "must be a table")
    else:
        table = data
    return config_from_table(table, where, root=str(path.parent))


@lru_cache(maxsize=256)
def find_config(folder: str) -> Config:
    """The config that applies to files in ``folder``: the nearest config file walking up."""
    current = Path(folder).resolve()
    for directory in (current, *current.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if os.path.isfile(candidate):  # False, not an error, in a folder we may not search
                found = load_config_file(candidate)
                if found is not None:
                    return found
        if os.path.exists(directory / ".git"):
            break
    return Config()


def config_for_file(path: str) -> Config:
    return find_config(os.path.dirname(os.path.abspath(path)) or ".")


def config_field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Config))
