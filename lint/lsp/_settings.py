"""The settings of an open document, found from its path exactly as ``copydesk check`` finds them.

The engine caches settings per folder and rule sets per configuration for the life of a process,
which suits a command that ends; a language server lives for hours while the writer edits the
config and the accept file. :class:`SettingsWatch` notices those edits (by file times, and when
the editor says a file was saved or changed) and forgets the cached settings, so the next lint
reads them again without a restart.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._config import Config
    from lint._runner import RunOptions


def run_options() -> RunOptions:
    """The options ``copydesk check`` would use with no flags: the environment read once.

    Raises ConfigError for a bad ``COPYDESK_*`` variable, as the command line does.
    """
    from lint._runner import RunOptions
    from lint._sections import Environment

    return RunOptions(environment=Environment.read(os.environ))


def settings_for_document(path: str, options: RunOptions) -> Config:
    """The config for a document at ``path`` (per-file ignores and the environment applied).

    Raises ConfigError for a bad config file and when its rule selection names no rule.
    """
    from lint._errors import ConfigError
    from lint._registry import selection_problem
    from lint._runner import settings_for

    settings = settings_for(path, options, None)
    problem = selection_problem(settings)
    if problem:
        raise ConfigError(settings.path or "configuration", None, problem)
    return settings


def forget_settings() -> None:
    """Drop every cached config, rule set and rule list, so the next lint reads the files again."""
    from lint._config import find_config
    from lint._registry import all_rules
    from lint._ruleset import resolve

    find_config.cache_clear()
    resolve.cache_clear()
    all_rules.cache_clear()


def watched_files(config: Config) -> tuple[str, ...]:
    """The files whose contents are part of ``config``: the config file and the ones it names."""
    if config.path is None:
        return ()
    config_file = config.path.split(" [", 1)[0]  # "pyproject.toml [tool.copydesk]"
    root = config.root or os.path.dirname(config_file)
    named = (os.path.join(root, os.path.expanduser(name)) for name in config.referenced_files())
    return (config_file, *named)  # a built-in pack's name is no file: its time stays "missing"


def is_settings_file(path: str) -> bool:
    """Whether editing ``path`` can change some document's settings (a config file by its name)."""
    from lint._config import CONFIG_NAMES

    return os.path.basename(path) in CONFIG_NAMES


class SettingsKeeper:
    """Finds each document's settings and notices when the files they came from change.

    The worker thread asks for settings while the event loop may be told (on a save, by a file
    watcher) that they changed, so both go through one lock.
    """

    def __init__(self, options: RunOptions | None = None) -> None:
        from lint._runner import RunOptions

        self.options = options or RunOptions()
        self._lock = threading.Lock()
        self._stamps: dict[str, tuple[int, int] | None] = {}

    def config_for(self, path: str) -> Config:
        """The settings of the document at ``path``, read again if a settings file was edited.

        Raises ConfigError, as :func:`settings_for_document` does.
        """
        with self._lock:
            if any(_stamp(file) != stamp for file, stamp in self._stamps.items()):
                self._forget()
            config = settings_for_document(path, self.options)
            for file in watched_files(config):
                self._stamps.setdefault(file, _stamp(file))
            return config

    def involves(self, path: str) -> bool:
        """Whether ``path`` is a settings file in use, or a config file by its name."""
        with self._lock:
            return is_settings_file(path) or os.path.abspath(path) in self._stamps

    def forget(self) -> None:
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        forget_settings()
        self._stamps.clear()


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size
