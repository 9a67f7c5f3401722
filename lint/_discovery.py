"""Which files to lint: expand folders and globs, apply include and exclude patterns."""

from __future__ import annotations

import glob
import os
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

    return pathspec.PathSpec.from_lines("gitwildmatch", patterns)


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
    recursively and filtered by ``include``; globs are expanded. A missing path is yielded as
    given so the caller reports it.
    """
    seen: set[str] = set()
    for argument in arguments:
        candidates: list[str]
        if not os.path.exists(argument) and glob.has_magic(argument):
            candidates = sorted(glob.glob(argument, recursive=True))
            if not candidates:
                yield argument, True
                continue
        else:
            candidates = [argument]
        for candidate in candidates:
            path = Path(candidate)
            if path.is_dir():
                for found in _walk(path, override):
                    if found not in seen:
                        seen.add(found)
                        yield found, False
            elif candidate not in seen:
                seen.add(candidate)
                config = override or config_for_file(candidate)
                if path.exists() and is_excluded(path, config):
                    continue
                yield candidate, True


def _walk(folder: Path, override: Config | None) -> Iterator[str]:
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIP_DIRS)
        for name in sorted(files):
            path = Path(directory, name)
            config = override or config_for_file(str(path))
            if is_included(path, config):
                yield str(path)
