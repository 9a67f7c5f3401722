"""The fast paths of the consistency rules find what the plain scans find.

Each fast path looks for a rare character or word with ``str.find`` (or in the document's words)
and tries the rule's pattern only there; these tests compare it with the plain scan on random
texts built from the awkward cases.
"""

from __future__ import annotations

import random

from rules.consistency import _style

_PIECES = (
    *"5 12 1,5 1.5 .5 ,5 a5 5. 1..2 ٣ ٣٤ x 2 9 3 seven cats years days per percent cent per% % %%".split(),
    *("5 %", "5 percent", "5 per cent", "5 percentage", "5\u00a0%", "5\tpercent", "12 per cents", "1,000 %"),
    *"don't don’t it's it’s O'Neil x'5 a' 'a ’a dogs' É'a é’a — – - -- ---".split(),
    *("5 years", "two years", "7 days", "2 cats", "Page 3 cats", "x5 years", "4 years-", "$5 bills"),
)
_SEPARATORS = ("", " ", " ", "  ", "\t", "\n", "\u00a0", ". ", ", ", "-", " - ", " — ", " – ", "'", "’", "%")


def _texts(count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    return [
        "".join(chance.choice(_PIECES) + chance.choice(_SEPARATORS) for _ in range(chance.randint(1, 16)))
        for _ in range(count)
    ]


def test_percentages_found_from_their_units_are_those_of_the_plain_scan() -> None:
    found = 0
    for text in _texts(4000, seed=21):
        expected = [match.span() for match in _style._PERCENT.finditer(text)]
        assert [(use.start, use.end) for use in _style._percent_uses(text)] == expected, text
        found += bool(expected)
    assert found > 1000


def test_apostrophes_found_by_find_are_those_of_the_plain_scan() -> None:
    found = 0
    for text in _texts(4000, seed=22):
        expected = [(match.start(), match.group()) for match in _style._APOSTROPHE.finditer(text)]
        uses = _style._apostrophe_uses(text)
        assert [(use.start, text[use.start]) for use in uses] == expected, text
        assert all(use.end == use.start + 1 for use in uses)
        found += bool(expected)
    assert found > 1000


def test_dashes_found_by_find_are_those_of_the_plain_scan() -> None:
    found = 0
    for text in _texts(4000, seed=23):
        expected = [match.span() for match in _style._DASH.finditer(text)]
        assert [match.span() for match in _style._dashes(text)] == expected, text
        found += bool(expected)
    assert found > 1000


def test_numerals_found_by_find_are_those_of_the_plain_scan() -> None:
    found = 0
    for text in _texts(4000, seed=24):
        expected = [match.start() for match in _style._NUMERAL.finditer(text)]
        assert _style._numeral_starts(text) == expected, text
        found += bool(expected)
    assert found > 500
