"""Per-file result cache: unchanged drafts under unchanged settings are not linted again.

The key hashes the copydesk version (and its code), the settings (including the contents of the files they
point to, such as accept lists and packs), the input format and the file's bytes. Entries are
small JSON files written atomically, so a crash never leaves a corrupt entry, and a corrupt or
unreadable entry is simply a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._findings import Diagnostic, Finding, FixSafety, Location, Severity

if TYPE_CHECKING:
    from ._config import Config

CACHE_DIR = ".copydesk_cache"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Size and modification time of every file of copydesk's own packages and installed plugins.

    The version alone would keep stale results while rules are edited in a development install.
    """
    import lint
    import rules

    from ._datacache import files_fingerprint

    digest = hashlib.sha256()
    for package in (lint, rules):
        root = Path(package.__file__ or "").parent
        digest.update(files_fingerprint(root, (".py", ".txt", ".toml", ".tsv", ".json"), recursive=True).encode())
    from ._registry import plugin_versions

    digest.update(repr(plugin_versions()).encode())
    return digest.hexdigest()


def settings_fingerprint(config: Config, version: str) -> str:
    digest = hashlib.sha256(version.encode())
    digest.update(code_fingerprint().encode())
    digest.update(repr(config).encode())
    root = Path(config.root or ".")
    for name in config.referenced_files():
        path = root / name
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()


def cache_key(fingerprint: str, input_format: str, data: bytes) -> str:
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(input_format.encode())
    digest.update(data)
    return digest.hexdigest()


def cache_folder(config: Config) -> Path:
    return Path(os.environ.get("COPYDESK_CACHE_DIR") or Path(config.root or ".") / CACHE_DIR)


def load(folder: Path, key: str) -> tuple[list[Diagnostic], dict[str, Any] | None] | None:
    """The cached diagnostics and statistics, or None on a miss (or an unreadable entry)."""
    try:
        payload = json.loads((folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        return [_diagnostic(item) for item in payload["diagnostics"]], payload["stats"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(folder: Path, key: str, diagnostics: list[Diagnostic], stats: dict[str, Any] | None) -> None:
    target = folder / key[:2] / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (folder / ".gitignore").exists():
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"diagnostics": [_record(d) for d in diagnostics], "stats": stats}, stream, ensure_ascii=False)
        os.replace(temporary, target)
    except OSError:
        pass  # a cache that cannot be written is only slower, never wrong


def _record(diagnostic: Diagnostic) -> list[Any]:
    f = diagnostic.finding
    loc = diagnostic.location
    fix = f.fix.value if f.fix is not None else None
    return [f.rule, f.category, int(f.severity), f.start, f.end, f.message, list(f.suggestions), fix,
            loc.line, loc.column, loc.end_line, loc.end_column, loc.offset, loc.length, diagnostic.text]  # fmt: skip


def _diagnostic(item: list[Any]) -> Diagnostic:
    rule, category, severity, start, end, message, suggestions, fix = item[:8]
    finding = Finding(rule, category, Severity(severity), start, end, message, tuple(suggestions),
                      FixSafety(fix) if fix else None)  # fmt: skip
    return Diagnostic(finding, Location(*item[8:14]), item[14])
