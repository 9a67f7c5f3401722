"""Sentence boundaries in one paragraph of prose.

A boundary is sentence-final punctuation (with any closing quotes or brackets) followed by
whitespace and a likely sentence start. Abbreviations, initials and numbers do not end a
sentence. Rule-based and fast: news prose is regular enough, and a wrong boundary only costs
the rules that reason about sentence starts.
"""

from __future__ import annotations

import re

# A placeholder (U+FFFC: a removed code span or template tag) may stand right after the mark or
# open the next sentence, like a capital.
_BOUNDARY = re.compile(r"""[.!?…]+['"’”)\]]*(?=\ufffc*\s+['"‘“(\[]*[A-Z0-9À-Þ\ufffc])""")

# Words that end with a period without ending the sentence (compared lower-case, no period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    supt insp det cpl pvt maj brig fr
    inc ltd co corp bros llc plc dept univ assn est approx
    vs v etc al eg ie cf viz ca
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols p pp ch fig figs ed eds op
    ave blvd rd hwy
    a.m p.m u.s u.k u.n e.g i.e d.c u.s.a
    """.split()
)

_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` ranges of the sentences in ``text``, trimmed of whitespace."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start(), match.group()):
            continue
        end = match.end()
        if text[start:end].strip():
            ranges.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        ranges.append(_trim(text, start, len(text)))
    return ranges


def _is_abbreviation(text: str, position: int, punctuation: str) -> bool:
    if not punctuation.startswith("."):
        return False
    before = _WORD_BEFORE.search(text, max(0, position - 32), position)
    if before is None:
        return False
    word = before.group(1).lower().strip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # Initials ("J. K. Rowling", "U.S."): one letter, or letters separated by periods.
    if len(word) == 1 and word.isalpha():
        return True
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
