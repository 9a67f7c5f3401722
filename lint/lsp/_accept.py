"""Adding a word to the project's accept file, the one the config's ``accept-files`` names first.

The file is created where the config says (folders too) and rewritten atomically, as the fixer
writes drafts: a crash never leaves half a word list.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._config import Config


def accept_file(config: Config) -> Path | None:
    """Where accepted words go: the first of ``accept-files``, against the config's folder."""
    if not config.accept_files:
        return None
    return Path(config.root or os.getcwd(), os.path.expanduser(config.accept_files[0]))


def add_word(path: Path, word: str) -> bool:
    """Append ``word`` to the accept file at ``path`` (created if missing); False if it was there.

    Raises OSError when the file or its folder cannot be written, and ValueError for a word that
    is not one line of text.
    """
    from rules.spelling._accept import parse_word_file

    word = word.strip()
    if not word or any(char in word for char in "\r\n#"):
        raise ValueError(f"{word!r} cannot be an accept-file entry")
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    if word in parse_word_file(existing):
        return False
    separator = "" if not existing or existing.endswith("\n") else "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(path, f"{existing}{separator}{word}\n")
    return True


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
