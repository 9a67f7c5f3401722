"""consistency.style: typographic and numeric conventions mixed in one document.

Each convention is a small set of interchangeable forms: "per cent" / "percent" / "%", straight
/ curly double quotes, straight / curly apostrophes, the dash used as punctuation (em dash,
spaced en dash, spaced hyphen, double hyphen), "..." / "…", and numerals / words for the same
small quantity ("three years" / "5 years"). The document's majority form wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

from ._common import describe_counts, tie_severity, winner

if TYPE_CHECKING:
    from lint._document import Document


class _Use(NamedTuple):
    start: int
    end: int
    form: str
    """The convention's form this use follows (what is counted)."""
    replacements: dict[str, str]
    """For each other form, the text that replaces ``[start, end)``."""


_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)(\s?%|\s(?:percent|per cent)\b)")
_DOUBLE = re.compile(r"[\"“”]")
# A leading lookahead on the first character lets the regex engine skip to candidates (rules/spacing.py).
_APOSTROPHE = re.compile(r"(?=['’])(?<=[A-Za-z])['’](?=[a-z])")
_DASH = re.compile(r"(?=[\s—–-])(?<=\w)(?:\s?—\s?|\s–\s|\s-\s|\s?--\s?)(?=\w)")
_DASH_CHARACTER = re.compile(r"[—–-]")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_LABEL_WORDS = 10
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_AFTER = re.compile(rf"(?:{_MONTHS})\.? \d")
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)|…")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DIGITS = {value: word for word, value in _NUMBER_WORDS.items()}
_SMALL_NUMBER = re.compile(r"(?<![\w$£€.,/:-])([2-9]|two|three|four|five|six|seven|eight|nine) ([a-z]{3,}s)\b")
# Its numeral half, led by the digit so that the regex engine skips straight to digits.
_NUMERAL = re.compile(r"[2-9](?<![\w$£€.,/:-][2-9]) [a-z]{3,}s\b")
_WORDS_THEN_SPACE = tuple(f"{word} " for word in _NUMBER_WORDS)
# Words before a number that make it a label, not a quantity ("page 3", "Article 5").
_LABEL_BEFORE = re.compile(r"(?:\b[A-Z][a-z]*|\b(?:page|chapter|section|no|number|grade|level|phase|stage)\.?)\s$")

_DASH_NAMES = {
    "em": "em dash (—)",
    "en": "spaced en dash ( – )",
    "hyphen": "spaced hyphen ( - )",
    "double": "double hyphen (--)",
}


def _positions(text: str, char: str) -> list[int]:
    """Every index of ``char`` in ``text``, found by ``str.find``: a rare character is found many
    times faster than by the regex engine, which tests a character class at every position."""
    found = []
    position = text.find(char)
    while position >= 0:
        found.append(position)
        position = text.find(char, position + 1)
    return found


def _percent_starts(text: str) -> list[int]:
    """Where a match of ``_PERCENT`` can start: before each unit, the start of the run of digits,
    points and commas that ends at it or one whitespace character before it.

    The lookbehind of ``_PERCENT`` allows no digit, point or comma before a match, so a match starts
    at the first character of that run or nowhere; no match can start inside another (after its
    digits come a space and a unit), so matching at each of these starts finds what ``finditer`` finds.
    """
    starts = set()
    for unit in ("%", "percent", "per cent"):
        for position in _positions(text, unit):
            end = position
            if position > 0 and text[position - 1].isspace():
                end = position - 1
            elif unit != "%":
                continue  # a word unit needs the whitespace
            start = end
            while start > 0 and (text[start - 1].isdecimal() or text[start - 1] in ".,"):
                start -= 1
            if start < end:
                starts.add(start)
    return sorted(starts)


def _dashes(text: str) -> Iterator[re.Match[str]]:
    """``_DASH.finditer(text)``, trying ``_DASH`` only at each dash character and the character
    before it (a match starts at its dash or the space before), as :func:`lint._scan.matches_near`
    does, with the dash characters found by ``str.find``."""
    last_end = 0
    tried = -1
    triggers = sorted(chain(_positions(text, "—"), _positions(text, "–"), _positions(text, "-")))
    for trigger in triggers:
        for start in range(max(trigger - 1, 0), trigger + 1):
            if start < last_end or start <= tried:
                continue
            tried = start
            match = _DASH.match(text, start)
            if match is not None:
                last_end = match.end()
                yield match


def _numeral_starts(text: str) -> list[int]:
    """The starts of the matches of ``_NUMERAL``, in order: the pattern is tried only at its digits,
    found by ``str.find`` (no match can start inside another: letters follow its digit and space)."""
    starts = [
        position
        for digit in "23456789"
        for position in _positions(text, digit)
        if text[position + 1 : position + 2] == " " and _NUMERAL.match(text, position)
    ]
    starts.sort()
    return starts


def _percent_uses(text: str) -> list[_Use]:
    uses = []
    for start in _percent_starts(text):
        match = _PERCENT.match(text, start)
        if match is None:
            continue
        number, unit = match.group(1), match.group(2).strip()
        form = "%" if unit == "%" else unit
        options = {"%": f"{number}%", "percent": f"{number} percent", "per cent": f"{number} per cent"}
        uses.append(_Use(match.start(), match.end(), form, options))
    return uses


def _quote_uses(text: str) -> list[_Use]:
    uses = []
    for match in _DOUBLE.finditer(text):
        index = match.start()
        ch = match.group()
        if ch == '"' and index > 0 and text[index - 1].isdigit():
            continue  # an inch mark: 12"
        opening = index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-"
        if ch == '"':
            uses.append(_Use(index, index + 1, "straight", {"curly": "“" if opening else "”"}))
        else:
            uses.append(_Use(index, index + 1, "curly", {"straight": '"'}))
    return uses


def _apostrophe_uses(text: str) -> list[_Use]:
    """The matches of ``_APOSTROPHE``: a straight or curly apostrophe between an ASCII letter and a
    lower-case one. Each mark is found by ``str.find`` and its neighbours tested, instead of the
    regex engine testing every character of the text (a quarter of the rule's time)."""
    uses = []
    last = len(text) - 1
    for position in sorted(chain(_positions(text, "'"), _positions(text, "’"))):
        if 0 < position < last and text[position - 1] in _ASCII_LETTERS and text[position + 1] in _LOWER_ASCII:
            straight = text[position] == "'"
            form = "straight" if straight else "curly"
            uses.append(_Use(position, position + 1, form, {"curly": "’"} if straight else {"straight": "'"}))
    return uses


def _is_range(text: str, match: re.Match[str]) -> bool:
    """A range or a score, not a punctuation dash: "pages 3 – 5", "won 2 - 1", "May 2, 1872 – June 3, 1896"."""
    if not text[match.start() - 1].isdigit():
        return False
    if text[match.end()].isdigit():
        return True
    if "—" in match.group():
        return False  # "she died at 24 — but": an em dash is never a range
    return _DATE_AFTER.match(text, match.end()) is not None


def _is_label_separator(text: str, match: re.Match[str]) -> bool:
    """A dash between a short label and the sentence it introduces, used as a colon.

    "Collections - Collections let you …", "Group F — Sweden beat Korea": the first dash of a
    line, after at most a few words with no punctuation of their own, with a capital after it and
    no second dash to close a parenthesis ("The mayor - Jane Doe - spoke" is a pair of dashes).
    """
    line_start = text.rfind("\n", 0, match.start()) + 1
    label = text[line_start : match.start()]
    if len(label.split()) > _LABEL_WORDS or any(mark in label for mark in ".!?:;—–") or " - " in label:
        return False
    after = text[match.end() : match.end() + 1]
    if not after.isupper():
        return False
    line_end = text.find("\n", match.end())
    rest = text[match.end() : line_end if line_end >= 0 else len(text)]
    dash = match.group().strip()
    closing = dash if dash == "—" else f" {dash} "  # "home-grown" holds a hyphen but no dash
    return closing not in rest.split(".", 1)[0]


def _dash_uses(text: str) -> list[_Use]:
    uses = []
    for match in _dashes(text):
        if _is_range(text, match) or _is_label_separator(text, match):
            continue
        dash = match.group()
        core = dash.strip()
        form = {"—": "em", "–": "en", "-": "hyphen", "--": "double"}[core]
        spaced_em = " — " if dash.startswith(" ") else "—"
        uses.append(
            _Use(match.start(), match.end(), form, {"em": spaced_em, "en": " – ", "hyphen": " - ", "double": " -- "})
        )
    return uses


def _ellipsis_uses(text: str) -> list[_Use]:
    return [
        _Use(m.start(), m.end(), "..." if m.group() == "..." else "…", {"...": "...", "…": "…"})
        for m in _ELLIPSIS.finditer(text)
    ]


def _number_uses(text: str) -> dict[str, list[_Use]]:
    """Small quantities by unit, for the units written with a numeral: "three years" and "5 years".

    A unit never written with a numeral has one form and nothing to report, so the number words
    (which are common) are only looked at before those units. The matches are those of
    ``_SMALL_NUMBER`` (no two of them can overlap), found from cheaper starting points.
    """
    found = [match for start in _numeral_starts(text) if (match := _SMALL_NUMBER.match(text, start))]
    units = {match.group(2) for match in found}
    if units:
        for word in _WORDS_THEN_SPACE:
            position = text.find(word)
            while position >= 0:
                match = _SMALL_NUMBER.match(text, position)
                if match is not None and match.group(2) in units:
                    found.append(match)
                position = text.find(word, position + 1)
        found.sort(key=lambda match: match.start())
    by_unit: dict[str, list[_Use]] = {}
    for match in found:
        number, unit = match.group(1), match.group(2)
        if unit in ("percent", "cents") or _LABEL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        after = text[match.end() : match.end() + 1]
        if after == "-":
            continue
        value = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        form = "numerals" if number.isdigit() else "words"
        start, end = match.start(1), match.end(1)
        by_unit.setdefault(unit, []).append(_Use(start, end, form, {"numerals": str(value), "words": _DIGITS[value]}))
    return by_unit


def _percent_mixed(text: str) -> bool:
    """Whether two ways of writing a percentage may both be used (each needs its own text)."""
    return ("%" in text) + ("percent" in text) + ("per cent" in text) >= 2


def _dashes_mixed(text: str) -> bool:
    """Whether two kinds of dash may both be used: each needs its own character, or a spaced hyphen."""
    kinds = ("—" in text) + ("–" in text) + ("--" in text)
    return kinds >= 2 or (kinds == 1 and _has_spaced_hyphen(text))


def _has_spaced_hyphen(text: str) -> bool:
    """A hyphen with whitespace on both sides (what ``\\s-\\s`` in ``_DASH`` needs)."""
    position = text.find("-", 1)
    while 0 < position < len(text) - 1:
        if text[position - 1].isspace() and text[position + 1].isspace():
            return True
        position = text.find("-", position + 1)
    return False


class StyleConvention(Rule):
    id = "consistency.style"
    category = "consistency"
    severity = Severity.WARNING
    document_level = True
    summary = "Typographic or numeric conventions mixed: %, quotes, apostrophes, dashes, ellipses, numerals."
    why = (
        "A draft pieced together from several sources mixes '10%' with '12 percent', curly with straight "
        "quotes, em dashes with spaced hyphens, '...' with '…', 'three years' with '5 years'. Readers may "
        "not name the fault, but they see it. The document's majority form wins and every other use is "
        "reported with the counts (when forms tie, the first used is suggested, as information only). "
        "Inch marks (12\"), ranges and scores (1990–2000, 1990 - 2000, won 2 – 1) and labels ('page 3') "
        "are left alone. Straight beside curly "
        "quotes and apostrophes is reported as information: smart quotes in the publishing system usually "
        "settle it. The suggestion is applied only with --unsafe-fixes."
    )
    bad = (
        "Prices rose 10% in May and 12 percent in June, after 3 percent in April.",
        '“We will rebuild,” the mayor said. “All of it.” Her deputy added: "Soon."',
        "The vote — held on Monday — was close. The result - a tie - surprised everyone.",
        "He waited... and waited... and then… nothing.",
        "She served three years in the army, four years in the navy and 5 years in prison.",
    )
    good = (
        "Prices rose 10% in May and 12% in June.",
        "The vote — held on Monday — was close. The result — a tie — surprised everyone.",
        "She served three years in the army and 15 years in the navy; see page 3 of the report.",
        'The screen is 12" wide and the “new” model is 14" wide, with “more” pixels.',
        "The reign (1603 - 1625) was long — some say too long — and the final ended 2 – 1.",
        "The poet (May 2, 1872 – November 23, 1896) wrote at night — and slept by day.",
        "Faster builds - Builds now take a minute.\nNew themes - Each theme ships with fonts — and icons.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # Each convention needs two forms in use, and each form its own characters: most documents
        # hold one form of each, and the cheap tests below spare them the full scans.
        if _percent_mixed(text):
            yield from self._convention(doc, "percentages", _percent_uses(text))
        if '"' in text and ("“" in text or "”" in text):
            yield from self._convention(doc, "double quotes", _quote_uses(text))
        if "'" in text and "’" in text:
            yield from self._convention(doc, "apostrophes", _apostrophe_uses(text))
        if _dashes_mixed(text):
            yield from self._convention(doc, "dashes", _dash_uses(text), names=_DASH_NAMES)
        if "..." in text and "…" in text:
            yield from self._convention(doc, "ellipses", _ellipsis_uses(text))
        for unit, uses in _number_uses(text).items():
            yield from self._convention(doc, f"small numbers of {unit}", uses)

    def _convention(
        self, doc: Document, what: str, uses: list[_Use], names: dict[str, str] | None = None
    ) -> Iterator[Finding]:
        uses = [use for use in uses if not doc.is_protected(use.start, use.end)]
        forms = [use.form for use in uses]
        if len(set(forms)) < 2:
            return
        chosen = winner(forms)
        named = [(names or {}).get(form, form) for form in forms]
        counts = describe_counts((name, named.count(name)) for name in dict.fromkeys(named))
        # Straight beside curly quotes is a nit the publishing system's smart quotes usually settle:
        # information, not a warning.
        severity = Severity.INFO if what in ("double quotes", "apostrophes") else tie_severity(forms)
        for use in uses:
            if use.form == chosen:
                continue
            replacement = use.replacements[chosen]
            shown = (names or {}).get(chosen, chosen)
            yield self.finding(
                use.start,
                use.end,
                f"Mixed {what}: this document mostly uses {shown!r} ({counts}).",
                suggestions=(replacement,),
                fix=FixSafety.UNSAFE,
                severity=severity,
            )
