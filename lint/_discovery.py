"""Which files to lint: expand folders and globs, apply include and exclude patterns."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._config import config_for_file

if TYPE_CHECKING:
    import pathspec

    from ._config import Config

# Folders no draft lives in; skipped while walking (an explicit path is still linted).
_SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".copydesk_cache",
    }
)


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> pathspec.PathSpec[Any]:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)  # "gitwildmatch" is deprecated in pathspec 1.1


def relative_to_root(path: str | Path, config: Config) -> str:
    """The path relative to the config's folder (where its patterns are anchored), with slashes."""
    root = Path(config.root) if config.root else Path.cwd()
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def is_excluded(path: Path, config: Config) -> bool:
    return bool(config.exclude) and _spec(config.exclude).match_file(relative_to_root(path, config))


def is_included(path: Path, config: Config) -> bool:
    return _spec(config.include).match_file(path.name) and not is_excluded(path, config)


def expand_paths(arguments: list[str], override: Config | None = None) -> Iterator[tuple[str, bool]]:
    """Yield ``(path, explicit)`` for every file to lint, in a stable order.

    Explicit files are linted whatever their extension (unless excluded); folders are walked
    recursively and filtered by ``include``; globs are expanded. A missing or unreadable path,
    and a folder met in a walk that cannot be listed, is yielded as given so the caller reports it.
    """
    seen: set[str] = set()
    for argument in arguments:
        candidates: list[str]
        if not os.path.exists(argument) and glob.has_magic(argument):
            candidates = expand_glob(argument)
            if not candidates:
                yield argument, True
                continue
        else:
            candidates = [argument]
        for candidate in candidates:
            path = Path(candidate)
            if os.path.isdir(candidate):  # never raises: a path it cannot look at is reported when read
                for found, explicit in _walk(path, override):
                    if found not in seen:
                        seen.add(found)
                        yield found, explicit
            elif candidate not in seen:
                seen.add(candidate)
                if os.path.exists(candidate) and is_excluded(path, override or config_for_file(candidate)):
                    continue
                yield candidate, True


def _walk(folder: Path, override: Config | None) -> Iterator[tuple[str, bool]]:
    """Files under ``folder`` that ``include`` takes; a subfolder that cannot be listed is yielded
    as an explicit path, so it is reported instead of skipped in silence."""
    unreadable: list[str] = []
    for directory, subdirs, files in os.walk(folder, onerror=lambda error: unreadable.append(str(error.filename))):
        while unreadable:
            yield unreadable.pop(0), True
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIP_DIRS)
        for name in sorted(files):
            path = Path(directory, name)
            config = override or config_for_file(str(path))
            if is_included(path, config):
                yield str(path), False
    yield from ((name, True) for name in unreadable)


def expand_glob(pattern: str) -> list[str]:
    """The paths a glob matches, sorted. ``**`` follows links to folders but enters each real
    folder once, so a link back up the tree (``ln -s .. loop``) cannot make the walk endless."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = pattern.replace(os.sep, "/").split("/")
    fixed = 0
    while fixed < len(parts) and not glob.has_magic(parts[fixed]):
        fixed += 1
    root = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else "")
    matcher = _glob_regex(parts[fixed:])
    found: list[str] = []
    visited: set[tuple[int, int]] = set()
    for directory, subdirs, files in os.walk(root or ".", followlinks=True):
        try:
            status = os.stat(directory)
        except OSError:
            subdirs[:] = []
            continue
        if (status.st_dev, status.st_ino) in visited:
            subdirs[:] = []
            continue
        visited.add((status.st_dev, status.st_ino))
        relative = os.path.relpath(directory, root or ".")
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in (*subdirs, *files):
            if matcher.fullmatch(prefix + name):
                found.append(os.path.join(root, prefix + name) if root else prefix + name)
    return sorted(found)


def _glob_regex(parts: list[str]) -> re.Pattern[str]:
    """A regex for the glob segments after the fixed folder (``**`` is any number of folders)."""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            pieces.append(r"(?:(?!\.)[^/]+/)*" if not last else r"(?:(?!\.)[^/]+(?:/(?!\.)[^/]+)*)?")
            continue
        segment = "(?!\\.)" if not part.startswith(".") else ""
        segment += "".join(_glob_char(char) for char in _glob_tokens(part))
        pieces.append(segment + ("" if last else "/"))
    return re.compile("".join(pieces))


_GLOB_TOKEN = re.compile(r"\[[!^]?\]?[^\]]*\]|.", re.DOTALL)


def _glob_tokens(part: str) -> list[str]:
    return _GLOB_TOKEN.findall(part)


def _glob_char(token: str) -> str:
    if token == "*":
        return "[^/]*"
    if token == "?":
        return "[^/]"
    if len(token) > 1 and token.startswith("["):
        body = token[1:-1]
        if body.startswith("!"):
            body = "^" + body[1:]
        return "[" + body.replace("\\", "\\\\") + "]"
    return re.escape(token)
