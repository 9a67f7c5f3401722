"""The fast paths of the consistency, house-style and repetition rules find what the plain scans find.

Each fast path tries a regex only where cheap tests on the words say it can match; these tests
compare it with the plain scan on random texts built from the awkward cases (apostrophes that
end a word, letters whose lower case differs between the regex engine and ``str.lower``).
"""

from __future__ import annotations

import random

import pytest

from lint import Config
from lint._document import Document
from lint._engine import build_document
from lint._scan import matches_near
from lint._source import Source
from rules import repetition
from rules.consistency import _style
from rules.housestyle import _kinds, parse_pack

_WORDS = [
    *"the The THE in dogs' dogs'x ab'_c don't don’t İstanbul istanbul ΣΑΣ σασ σας ſ s K k re-do do x'5".split(),
    *"a_b _a 'the the' a A. the. ß ẞ é É Ǆ ǆ 3 it's it’s '' '’".split(),
    *("5 years", "two years", "7 days", "nine days", "2 cats", "three cats", "Page 3 cats", "x5 years", "4 years-"),
]
_SEPARATORS = (" ", " ", " ", "  ", "\t", "\n", " \n ", "\n\n", ". ", ", ", "-", "'", "’", "\ufffc", " - ", " — ")
_DASHES = ("—", " –", "– ", " – ", "--", " -- ", "-- ", "---", " —— ")


def _texts(count: int, seed: int, separators: tuple[str, ...] = _SEPARATORS) -> list[str]:
    chance = random.Random(seed)
    return [
        "".join(chance.choice(_WORDS) + chance.choice(separators) for _ in range(chance.randint(1, 14)))
        for _ in range(count)
    ]


def test_repeated_word_candidates_find_every_match_of_the_plain_scan() -> None:
    matched = 0
    for text in _texts(4000, seed=11):
        doc = build_document(Source(text=text, path="x"), "plain", Config())
        expected = [match.span() for match in repetition._REPEAT.finditer(doc.text)]
        assert [match.span() for match in repetition._matches(doc)] == expected, text
        matched += bool(expected)
    assert matched > 200  # the texts do exercise the rule


def test_dashes_found_from_their_dash_characters_are_those_of_the_plain_scan() -> None:
    found = 0
    for text in _texts(4000, seed=13, separators=_SEPARATORS + _DASHES):
        expected = [match.span() for match in _style._DASH.finditer(text)]
        assert [match.span() for match in matches_near(_style._DASH, _style._DASH_CHARACTER, text)] == expected, text
        found += bool(expected)
    assert found > 300


def _plain_number_uses(text: str) -> dict[str, list[_style._Use]]:
    """The small-number uses as the rule found them with one scan of ``_SMALL_NUMBER``."""
    by_unit: dict[str, list[_style._Use]] = {}
    for match in _style._SMALL_NUMBER.finditer(text):
        number, unit = match.group(1), match.group(2)
        if unit in ("percent", "cents") or _style._LABEL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if text[match.end() : match.end() + 1] == "-":
            continue
        value = int(number) if number.isdigit() else _style._NUMBER_WORDS[number]
        form = "numerals" if number.isdigit() else "words"
        replacements = {"numerals": str(value), "words": _style._DIGITS[value]}
        by_unit.setdefault(unit, []).append(_style._Use(match.start(1), match.end(1), form, replacements))
    return by_unit


def test_small_numbers_of_every_unit_with_a_numeral_are_those_of_the_plain_scan() -> None:
    def with_numerals(by_unit: dict[str, list[_style._Use]]) -> list[tuple[str, list[_style._Use]]]:
        return [(unit, uses) for unit, uses in by_unit.items() if any(use.form == "numerals" for use in uses)]

    mixed = 0
    for text in _texts(3000, seed=12):
        expected = with_numerals(_plain_number_uses(text))
        assert with_numerals(_style._number_uses(text)) == expected, text
        mixed += any(len({use.form for use in uses}) > 1 for _, uses in expected)
    assert mixed > 100


def test_style_pre_tests_never_skip_a_mixed_convention() -> None:
    for text in _texts(2000, seed=13):
        if len({use.form for use in _style._dash_uses(text)}) > 1:
            assert _style._dashes_mixed(text), text
        if len({use.form for use in _style._percent_uses(text)}) > 1:
            assert _style._percent_mixed(text), text


def test_house_forms_word_test_reports_what_the_substring_test_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = _kinds.PackRule(
        parse_pack(
            """
[house.places]
kind = "consistency"
sets = [["Kyiv", "Kiev"], ["al-Qaeda", "al Qaida"], ["Defense Ministry", "Ministry of Defense"], ["wax", "Wex"]]
summary = "Places."
why = "Test."
bad = ["Kyiv and Kiev."]
good = ["Kyiv."]
""",
            "test.toml",
        )[0]
    )
    fragments = (
        *"Kyiv Kiev Kievan Kyiv's Kyiv’s Kiev-based xKiev Kiev_ al-Qaeda al Qaida al-Qaida Al-Qaeda Qaeda".split(),
        *("Defense Ministry", "Ministry of Defense", "Ministry", "wax", "Wax", "Wex", "awax", "the", "Defense"),
    )

    def substring_count(doc: Document, forms: _kinds._Set) -> int:
        return sum(1 for options in forms.needles if any(needle in doc.text for needle in options))

    chance = random.Random(14)
    texts = [
        " ".join(chance.choice(fragments) + chance.choice(("", ".", ",", "\n\n")) for _ in range(chance.randint(1, 9)))
        for _ in range(1500)
    ]

    def findings(text: str) -> list[tuple[int, int, str]]:
        doc = build_document(Source(text=text, path="x"), "plain", Config())
        return [(f.start, f.end, f.message) for f in pack.check(doc)]

    fast = [findings(text) for text in texts]
    monkeypatch.setattr(_kinds, "_forms_present", substring_count)
    assert [findings(text) for text in texts] == fast
    assert sum(1 for found in fast if found) > 100
