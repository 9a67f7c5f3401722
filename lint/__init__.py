"""copydesk: an editorial linter for drafts in plain text, Markdown and HTML.

The public API is what ``__all__`` lists; every other module is internal. The names are imported
on first use (PEP 562), so ``import lint`` (and ``copydesk --version``) does not load the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._config import Config
    from ._document import Document, Span, Token
    from ._engine import FileResult, check_bytes, check_file, check_source, check_text, fix_text
    from ._errors import ConfigError, CopydeskError, InputError, RuleError
    from ._findings import Diagnostic, Edit, Finding, Fix, FixSafety, Location, Severity
    from ._resources import Resources
    from ._rule import Rule, RuleLike
    from ._ruleset import RuleSet
    from ._sections import ConfigSection, Environment
    from ._source import Source

__version__ = "0.1.0"

_HOMES = {
    "Config": "._config",
    "ConfigError": "._errors",
    "ConfigSection": "._sections",
    "Environment": "._sections",
    "Resources": "._resources",
    "RuleSet": "._ruleset",
    "CopydeskError": "._errors",
    "Diagnostic": "._findings",
    "Document": "._document",
    "Edit": "._findings",
    "Fix": "._findings",
    "FileResult": "._engine",
    "Finding": "._findings",
    "FixSafety": "._findings",
    "InputError": "._errors",
    "Location": "._findings",
    "Rule": "._rule",
    "RuleError": "._errors",
    "Severity": "._findings",
    "Source": "._source",
    "Span": "._document",
    "Token": "._document",
    "RuleLike": "._rule",
    "check_bytes": "._engine",
    "check_file": "._engine",
    "fix_text": "._engine",
    "check_source": "._engine",
    "check_text": "._engine",
}

__all__ = [
    "Config",
    "ConfigError",
    "ConfigSection",
    "CopydeskError",
    "Diagnostic",
    "Document",
    "Edit",
    "Environment",
    "FileResult",
    "Finding",
    "Fix",
    "FixSafety",
    "InputError",
    "Location",
    "Resources",
    "Rule",
    "RuleError",
    "RuleLike",
    "RuleSet",
    "Severity",
    "Source",
    "Span",
    "Token",
    "__version__",
    "check_bytes",
    "check_file",
    "check_source",
    "check_text",
    "fix_text",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'lint' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
