"""copydesk: an editorial linter for drafts in plain text, Markdown and HTML.

The public API is what ``__all__`` lists; every other module is internal.
"""

from __future__ import annotations

from ._config import Config
from ._document import Document, Span, Token
from ._engine import FileResult, check_bytes, check_source, check_text
from ._errors import ConfigError, CopydeskError, InputError, RuleError
from ._findings import Diagnostic, Finding, FixSafety, Location, Severity
from ._fixes import Edit
from ._rule import Rule
from ._source import Source

__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "CopydeskError",
    "Diagnostic",
    "Document",
    "Edit",
    "FileResult",
    "Finding",
    "FixSafety",
    "InputError",
    "Location",
    "Rule",
    "RuleError",
    "Severity",
    "Source",
    "Span",
    "Token",
    "__version__",
    "check_bytes",
    "check_source",
    "check_text",
]
