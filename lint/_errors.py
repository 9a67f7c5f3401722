"""copydesk's errors.

CopydeskError
├── InputError     a draft cannot be read or decoded (names the path)
├── ConfigError    a configuration file or value is wrong (names the file and the key)
└── RuleError      a rule or plugin is malformed (names the rule)
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class of every error copydesk reports to the user as one line."""


class InputError(CopydeskError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(CopydeskError):
    def __init__(self, source: str, key: str | None, problem: str) -> None:
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


class RuleError(CopydeskError):
    """A rule (built-in, pack entry or plugin) does not meet the rule interface."""
