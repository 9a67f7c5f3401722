"""Spans of prose that look like machine text: URLs, e-mail addresses, domains, file names,
handles. Rules about spacing and spelling leave them alone.
"""

from __future__ import annotations

import re

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|uk|us|ca|au|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|ie|"
    "nz|za|in|jp|cn|ru|br|mx|ar|pl|pt|gr|tr|il|kr|tw|hk|sg|eu|tv|me|ly|ai|app|dev|news|online|"
    "site|xyz|am|az|ge|ua|ir|int|ac|gov\\.uk|co\\.uk|org\\.uk|ac\\.uk"
)
_EXTENSIONS = (
    "pdf|docx?|xlsx?|pptx?|csv|tsv|txt|md|html?|xml|json|ya?ml|toml|ini|cfg|jpe?g|png|gif|svg|webp|"
    "mp3|mp4|mov|avi|wav|zip|gz|tar|7z|rar|exe|dmg|iso|py|js|ts|css|java|c|h|cpp|rb|go|rs|sh|bat|log"
)

PROTECTED = re.compile(
    rf"""
      (?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]]   # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                    # e-mail addresses
    | \b(?:[\w-]+\.)+(?:{_TLDS})\b(?:/[^\s]*[^\s.,;:!?)])?            # bare domains
    | \b[\w-]+(?:\.[\w-]+)*\.(?:{_EXTENSIONS})\b                       # file names
    | (?<![\w@])[@#][A-Za-z_]\w*                                       # handles and hashtags
    """,
    re.IGNORECASE | re.VERBOSE,
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` ranges of machine text in ``text``."""
    return [match.span() for match in PROTECTED.finditer(text)]
