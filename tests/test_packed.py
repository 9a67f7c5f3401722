"""Packed word tables (lint/_packed.py): the same answers as the dict they were packed from."""

from __future__ import annotations

import marshal

import pytest

from lint._packed import FloatTable, IntTable, StrTable, pack_floats, pack_ints, pack_strings

WORDS = ["the", "a", "", "café", "naïve", "don't", "x" * 300, "résumé", "co-op", "über"]


def _through_marshal(value: object) -> object:
    """What the data cache hands back: the packed value after a marshal round trip."""
    return marshal.loads(marshal.dumps(value))  # type: ignore[arg-type]


def test_int_table_answers_like_the_dict() -> None:
    table = {word: index % 7 for index, word in enumerate(WORDS)} | {f"w{n}": n % 200 for n in range(5000)}
    packed = IntTable.load(_through_marshal(pack_ints(table)))  # type: ignore[arg-type]
    assert len(packed) == len(table)
    assert all(packed.get(word) == value for word, value in table.items())
    for missing in ("then", "th", "thee", "w5000", "W1", "caf", "\udcff", "x" * 299):
        assert packed.get(missing) is None


def test_float_table_answers_like_the_dict() -> None:
    table = {"in spite": 3.25, "a lot": 4.5, "a": 1.0, "ab": -2.125, "b": 0.0, "ba": 7.0}
    packed = FloatTable.load(_through_marshal(pack_floats(table)))  # type: ignore[arg-type]
    assert {key: packed.get(key) for key in table} == table
    for missing in ("", "aa", "in", "in spit", "zz", "a lo", "a lots"):
        assert packed.get(missing) is None
    assert FloatTable.load(pack_floats({})).get("a") is None


def test_str_table_answers_like_the_dict() -> None:
    table = {word: word.upper() * (index % 3) for index, word in enumerate(WORDS)}
    packed = StrTable.load(_through_marshal(pack_strings(table)))  # type: ignore[arg-type]
    assert len(packed) == len(table)
    assert all(packed.get(word) == value for word, value in table.items())
    assert packed.get("an") is None


def test_an_empty_table_finds_nothing() -> None:
    ints, strings = IntTable.load(pack_ints({})), StrTable.load(pack_strings({}))
    assert len(ints) == len(strings) == 0
    assert ints.get("word") is None
    assert strings.get("word") is None


def test_values_must_fit_the_array_type() -> None:
    with pytest.raises(OverflowError):
        pack_ints({"word": 256})
    assert IntTable.load(pack_ints({"word": 70_000}, "I")).get("word") == 70_000
