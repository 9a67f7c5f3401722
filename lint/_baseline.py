"""Baselines: adopt copydesk on an archive without fixing every old story first.

A baseline records a fingerprint of each current finding: the path, the rule, the flagged text
and a few words around it, but not its line, so findings survive edits elsewhere in the file.
Later runs report only findings whose fingerprint is not in the baseline (counting repeats).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import ConfigError

if TYPE_CHECKING:
    from ._engine import FileResult
    from ._findings import Diagnostic

VERSION = 1
_CONTEXT_CHARS = 24
_SPACE = re.compile(r"\s+")


def project_path(path: str, root: Path) -> str:
    """``path`` relative to ``root`` (the baseline's folder), however it was typed on the command line
    (``drafts/a.md``, ``$PWD/drafts/a.md``, or ``a.md`` from inside ``drafts``)."""
    if path.startswith("<"):
        return path
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).resolve().as_posix()


def fingerprint(path: str, text: str, diagnostic: Diagnostic) -> str:
    """Rule, flagged text and the rest of its line nearby: stable under edits on other lines."""
    start = diagnostic.location.offset
    end = start + diagnostic.location.length
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = min((i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0), default=len(text))
    before = _SPACE.sub(" ", text[max(line_start, start - _CONTEXT_CHARS) : start])
    after = _SPACE.sub(" ", text[end : min(line_end, end + _CONTEXT_CHARS)])
    material = "\x1f".join((Path(path).as_posix(), diagnostic.rule, diagnostic.text, before, after))
    return hashlib.sha256(material.encode()).hexdigest()[:32]


def _fingerprints(result: FileResult, root: Path) -> list[str]:
    text = result.source.text if result.source is not None else ""
    path = project_path(result.path, root)
    return [fingerprint(path, text, d) for d in result.diagnostics]


def load_baseline(path: Path) -> Counter[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(str(path), None, f"cannot read baseline ({error.strerror})") from None
    except ValueError:
        raise ConfigError(str(path), None, "is not a copydesk baseline (invalid JSON)") from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(findings, dict):
        raise ConfigError(str(path), None, f"is not a copydesk baseline (version {VERSION})")
    if not all(isinstance(key, str) and type(count) is int and count > 0 for key, count in findings.items()):
        raise ConfigError(str(path), None, "is not a copydesk baseline (findings must map text to counts)")
    return Counter(findings)


def write_baseline(path: Path, results: list[FileResult]) -> int:
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(_fingerprints(result, path.parent))
    payload = {"version": VERSION, "tool": "copydesk", "findings": dict(sorted(counts.items()))}
    try:
        path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), None, f"cannot write baseline ({error.strerror or error})") from None
    return sum(counts.values())


def filter_new(results: list[FileResult], baseline: Counter[str], root: Path) -> None:
    """Remove, in place, every finding the baseline already knows (each recorded once per count).

    ``root`` is the baseline file's folder: paths are fingerprinted relative to it."""
    remaining = Counter(baseline)
    for result in results:
        kept = []
        for diagnostic, key in zip(result.diagnostics, _fingerprints(result, root), strict=True):
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(diagnostic)
        result.diagnostics = kept
