"""Running a costly pattern only where a match can start.

A pattern whose matches all begin at, or just before, a rare character (a dash, a mark glued to
a letter) is tried at every position by ``finditer``: often the whole cost of a rule. A cheap
``trigger`` pattern (a character-class scan, fast in the regex engine) finds where matches can
start, and the costly pattern is tried only there, giving exactly what ``finditer`` gives as long
as every match starts at most ``back`` characters before some trigger match. The rules that use
this keep a property test comparing the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def matches_near(
    pattern: re.Pattern[str], trigger: re.Pattern[str], text: str, back: int = 1
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only from ``back`` characters before each
    ``trigger`` match to its start (non-empty, non-overlapping matches, left to right)."""
    last_end = 0
    tried = -1
    for found in trigger.finditer(text):
        for start in range(max(found.start() - back, 0), found.start() + 1):
            if start < last_end or start <= tried:
                continue
            tried = start
            match = pattern.match(text, start)
            if match is not None and match.end() > start:
                last_end = match.end()
                yield match
