"""Reading and validating house-style packs (TOML).

A pack is one TOML file. Its optional ``[pack]`` table describes it; every other table is a
family of entries, and every entry is a table under its family: ``[house.azeri]`` is the rule
``house.azeri``. So the rule id is exactly the table's name in the file: a newsroom picks its own
family name and never collides with copydesk's (the registry refuses a duplicate id, naming both).
Validation is strict: an unknown key, a wrong type or a bad value is an error naming the file,
the entry and the key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import astuple, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint._datacache import cached
from lint._errors import RuleError
from lint._findings import Severity
from lint._rule import FIX_AVAILABILITY, RULE_ID, STATUSES

BUILTIN = Path(__file__).resolve().parent.parent / "packs"
KINDS = ("existence", "substitution", "consistency", "boilerplate", "placeholder")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_PACK_KEYS = ("description",)

# What each kind needs besides the common metadata: key -> (validator, required).
_COMMON = ("kind", "severity", "summary", "why", "bad", "good", "fixed", "fix", "status", "category", "message")
_DEFAULT_SEVERITY = {
    "existence": "warning",
    "substitution": "warning",
    "consistency": "warning",
    "boilerplate": "warning",
    "placeholder": "error",
}
_DEFAULT_FIX = {
    "existence": "none",
    "substitution": "always",
    "consistency": "sometimes",
    "boilerplate": "sometimes",
    "placeholder": "none",
}
_DEFAULT_CATEGORY = {
    "existence": "style",
    "substitution": "style",
    "consistency": "consistency",
    "boilerplate": "boilerplate",
    "placeholder": "placeholder",
}


@dataclass(frozen=True)
class Entry:
    """One validated pack entry: the rule's metadata plus what its kind matches."""

    id: str
    kind: str
    origin: str
    severity: Severity
    summary: str
    why: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    fixed: tuple[str, ...]
    fix: str
    status: str
    category: str
    message: str | None
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    case_sensitive: bool = False
    swap: tuple[tuple[str, str], ...] = ()
    sets: tuple[tuple[str, ...], ...] = ()
    preferred: tuple[str | None, ...] = ()
    position: str = "anywhere"
    requires: tuple[str, ...] = ()
    """Literal strings of which the text must hold one for the entry to match at all (a fast pre-filter)."""


class _Checker:
    """Type checks that raise errors naming the file, the entry and the key."""

    def __init__(self, origin: str, entry: str) -> None:
        self.origin = origin
        self.entry = entry

    def fail(self, key: str | None, problem: str) -> RuleError:
        where = f"{self.origin}: entry {self.entry!r}" + (f": key {key!r}" if key else "")
        return RuleError(f"{where}: {problem}")

    def text(self, table: dict[str, Any], key: str, required: bool = False) -> str | None:
        if key not in table:
            if required:
                raise self.fail(key, "is required")
            return None
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        return value

    def texts(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise self.fail(key, "must be a list of non-empty strings")
        return tuple(value)

    def choice(self, table: dict[str, Any], key: str, options: tuple[str, ...], default: str) -> str:
        value = table.get(key, default)
        if value not in options:
            raise self.fail(key, f"must be one of {', '.join(options)} (got {value!r})")
        return str(value)

    def boolean(self, table: dict[str, Any], key: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def regexes(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        patterns = self.texts(table, key)
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise self.fail(key, f"{pattern!r} is not a valid regular expression ({error})") from None
        return patterns


def _kind_keys(kind: str) -> dict[str, Callable[[_Checker, dict[str, Any]], dict[str, Any]]]:
    """The kind-specific keys and how to read them into :class:`Entry` fields."""

    def phrases(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        return {"phrases": check.texts(table, "phrases")}

    def patterns(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        return {"patterns": check.regexes(table, "patterns")}

    def case_sensitive(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        return {"case_sensitive": check.boolean(table, "case-sensitive")}

    def swap(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        value = table["swap"]
        if (
            not isinstance(value, dict)
            or not value
            or not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items())
        ):
            raise check.fail("swap", 'must be a table of "wrong" = "right" strings')
        return {"swap": tuple(value.items())}

    def forms(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        found = check.texts(table, "forms")
        if len(found) < 2:
            raise check.fail("forms", "needs at least two equivalent forms")
        return {"sets": (found,)}

    def sets(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        value = table["sets"]
        if (
            not isinstance(value, list)
            or not value
            or not all(
                isinstance(group, list) and len(group) >= 2 and all(isinstance(f, str) and f for f in group)
                for group in value
            )
        ):
            raise check.fail("sets", "must be a list of lists of at least two equivalent forms")
        return {"sets": tuple(tuple(group) for group in value)}

    def preferred(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        return {"preferred": (check.text(table, "preferred"),)}

    def requires(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        found = check.texts(table, "requires")
        if not found or not all(found):
            raise check.fail("requires", "must be a non-empty list of non-empty strings")
        return {"requires": found}

    def position(check: _Checker, table: dict[str, Any]) -> dict[str, Any]:
        return {"position": check.choice(table, "position", ("anywhere", "end"), "anywhere")}

    keys: dict[str, dict[str, Callable[[_Checker, dict[str, Any]], dict[str, Any]]]] = {
        "existence": {
            "phrases": phrases,
            "patterns": patterns,
            "case-sensitive": case_sensitive,
            "requires": requires,
        },
        "placeholder": {
            "phrases": phrases,
            "patterns": patterns,
            "case-sensitive": case_sensitive,
            "requires": requires,
        },
        "substitution": {"swap": swap, "case-sensitive": case_sensitive},
        "consistency": {"forms": forms, "sets": sets, "preferred": preferred},
        "boilerplate": {"phrases": phrases, "patterns": patterns, "position": position},
    }
    return keys[kind]


def _entry(origin: str, rule_id: str, table: Any) -> Entry:
    check = _Checker(origin, rule_id)
    if not isinstance(table, dict):
        raise check.fail(None, "must be a table of keys")
    kind = check.choice(table, "kind", KINDS, "")
    kind_keys = _kind_keys(kind)
    for key in table:
        if key not in _COMMON and key not in kind_keys:
            allowed = ", ".join((*_COMMON, *kind_keys))
            raise check.fail(key, f"unknown key for a {kind} entry (allowed: {allowed})")
    values: dict[str, Any] = {}
    for key, read in kind_keys.items():
        if key in table:
            values.update(read(check, table))
    if kind == "consistency":
        if ("forms" in table) == ("sets" in table):
            raise check.fail(None, "needs exactly one of 'forms' (one set) or 'sets' (several)")
        if "preferred" in table:
            if "sets" in table:
                raise check.fail("preferred", "only goes with 'forms'; in 'sets' no form is preferred")
            if values["preferred"][0] not in values["sets"][0]:
                raise check.fail("preferred", "must be one of the forms")
        else:
            values["preferred"] = (None,) * len(values["sets"])
    elif kind == "substitution":
        if "swap" not in table:
            raise check.fail("swap", "is required")
    elif not values.get("phrases") and not values.get("patterns"):
        raise check.fail(None, "needs 'phrases' or 'patterns'")
    severity = Severity.parse(check.choice(table, "severity", ("error", "warning", "info"), _DEFAULT_SEVERITY[kind]))
    bad, good, fixed = check.texts(table, "bad"), check.texts(table, "good"), check.texts(table, "fixed")
    if not bad or not good:
        raise check.fail(None, "needs at least one 'bad' and one 'good' example (they are run as tests)")
    if fixed and len(fixed) != len(bad):
        raise check.fail("fixed", "must have one entry per 'bad' example")
    return Entry(
        id=rule_id,
        kind=kind,
        origin=origin,
        severity=severity,
        summary=check.text(table, "summary", required=True) or "",
        why=check.text(table, "why", required=True) or "",
        bad=bad,
        good=good,
        fixed=fixed,
        fix=check.choice(table, "fix", FIX_AVAILABILITY, _DEFAULT_FIX[kind]),
        status=check.choice(table, "status", STATUSES, "stable"),
        category=check.text(table, "category") or _DEFAULT_CATEGORY[kind],
        message=check.text(table, "message"),
        **values,
    )


def parse_pack(text: str, origin: str) -> list[Entry]:
    """Validate one pack's TOML text; ``origin`` names the file in errors."""
    import tomllib  # only when a pack is not in the data cache: the import alone costs ~10 ms

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{origin}: is not valid TOML ({error})") from None
    entries: list[Entry] = []
    for family, table in data.items():
        if family == "pack":
            if not isinstance(table, dict) or any(key not in _PACK_KEYS for key in table):
                raise RuleError(f"{origin}: [pack] may only hold: {', '.join(_PACK_KEYS)}")
            continue
        if not isinstance(table, dict) or not _NAME.match(family):
            raise RuleError(
                f"{origin}: top-level key {family!r} must be a family table such as [house.entry-name] "
                "(lower-case letters, digits and hyphens)"
            )
        for name, entry_table in table.items():
            rule_id = f"{family}.{name}"
            if not _NAME.match(name) or not RULE_ID.match(rule_id):
                raise RuleError(f"{origin}: entry {rule_id!r}: name must be lower-case kebab-case like [house.azeri]")
            entries.append(_entry(origin, rule_id, entry_table))
    if not entries:
        raise RuleError(f"{origin}: the pack has no entries")
    return entries


@lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int, size: int) -> tuple[Entry, ...]:
    """The pack's entries, from the per-user data cache when this very file was read before.

    Parsing the TOML and validating it (compiling every pattern) takes tens of milliseconds on
    every start; the validated entries, stored as plain data, load in a fraction of one. The
    fingerprint is the file's path, size and modification time, and this loader's own file (a
    changed loader may validate or default differently), so an edited pack is read again.
    """
    loader = Path(__file__).stat()
    fingerprint = f"{path}:{size}:{mtime_ns}:{loader.st_size}:{loader.st_mtime_ns}"
    rows = cached("house-pack", fingerprint, lambda: [_to_row(entry) for entry in _parse_file(path)])
    return tuple(_from_row(row) for row in rows)


def _parse_file(path: str) -> list[Entry]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: cannot be read ({error})") from None
    return parse_pack(text, path)


def _to_row(entry: Entry) -> tuple[Any, ...]:
    """An entry as plain data for :mod:`marshal` (its fields in order, the severity by name)."""
    row = list(astuple(entry))
    row[_SEVERITY] = entry.severity.name
    return tuple(row)


def _from_row(row: tuple[Any, ...]) -> Entry:
    values = list(row)
    values[_SEVERITY] = Severity.parse(values[_SEVERITY])
    return Entry(*values)


_SEVERITY = [field.name for field in fields(Entry)].index("severity")


def builtin_packs() -> list[str]:
    return sorted(path.stem for path in BUILTIN.glob("*.toml"))


def resolve(name: str, root: str | None, where: str) -> Path:
    """A pack name or path from the config to its file."""
    from lint._errors import ConfigError

    if "/" in name or "\\" in name or name.endswith(".toml"):
        path = Path(root or ".") / name
        if not path.is_file():
            raise ConfigError(where, "packs", f"pack file {str(path)!r} does not exist")
        return path
    path = BUILTIN / f"{name}.toml"
    if not path.is_file():
        raise ConfigError(where, "packs", f"no built-in pack named {name!r} (built-in: {', '.join(builtin_packs())})")
    return path


def load_pack(path: Path) -> tuple[Entry, ...]:
    """The validated entries of one pack file, cached until the file changes."""
    try:
        status = path.stat()
    except OSError as error:
        raise RuleError(f"{path}: cannot be read ({error})") from None
    return _read(str(path), status.st_mtime_ns, status.st_size)
