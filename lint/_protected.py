"""Spans of prose that look like machine text: URLs, e-mail addresses, domains, file names,
handles. Rules about spacing and spelling leave them alone.
"""

from __future__ import annotations

import re

from ._scan import CharScan

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


# Machine text never contains whitespace, and always has one of ".@#:" followed by more text
# ("example.com", "a@b.org", "#tag", "https://"). Only the runs of non-space characters that hold
# such a pair are searched: PROTECTED tried at every character of ordinary words costs ~1.5 ms per
# 1,000 words. The pairs are found first (one literal scan per mark, see lint._scan.CharScan: a
# character-class scan cost 0.05 ms per 1,000 words), then each one's run is walked back to its start.
_TRIGGER = CharScan(".@#:", r"(?=\S)")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` ranges of machine text in ``text``."""
    spans: list[tuple[int, int]] = []
    search = PROTECTED.finditer
    position = 0  # the end of the last run searched: later pairs in it (".:" in "a.:b") are skipped
    for trigger in _TRIGGER.finditer(text):
        start = trigger.start()
        if start < position:
            continue
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _run_end(text, start)
        spans.extend(match.span() for match in search(text, start, end) if not _sentence_glued(match.group()))
        position = end
    return spans


def _sentence_glued(found: str) -> bool:
    """A bare domain or file name whose last part is written as a sentence's first word: "the
    city.It was", "at home.No one came". Domains and extensions are lower case ("example.it") or
    capitals ("EXAMPLE.COM"); 'It', 'No', 'In' written so open a sentence whose space was lost. So is
    a clock time before its next word ("7 p.m.in the hall", "9 a.m.at the door")."""
    if any(mark in found for mark in "/@#:"):
        return False
    if found[:4].lower() in ("a.m.", "p.m."):
        return True  # "at 7 p.m.in the hall": a clock time glued to the next word, no domain
    last = found.rsplit(".", 1)[-1]
    return last.lower() in _WORD_ENDINGS and last[0].isupper() and last[1:].islower()


_WORD_ENDINGS = frozenset("it in at be no me us am go news site online app".split())
"""Domain and file endings that are also words opening a sentence ("city.It", "home.No"); not
'Com', 'Org' ("Newsfeed.Com" is a domain written in title case)."""


_SPACE = re.compile(r"\s")


def _run_end(text: str, start: int) -> int:
    space = _SPACE.search(text, start)
    return space.start() if space else len(text)
