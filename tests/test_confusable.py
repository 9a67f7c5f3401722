"""grammar.confused-word's data: the confusion sets and the n-gram counts shipped with them."""

from __future__ import annotations

from lint import check_text
from rules.grammar import _ngrams
from rules.grammar.confusable import likelier_by


def test_the_shipped_counts_are_those_the_sets_need() -> None:
    """Editing confusables.txt without `python -m rules.grammar.build_ngrams` fails here."""
    shipped = {
        key: int(number)
        for key, _, number in (
            line.partition("\t") for line in _ngrams.COUNTS_FILE.read_text(encoding="utf-8").splitlines()
        )
        if number and not key.startswith("#")
    }
    assert shipped == _ngrams.count_rows()
    assert all(word in shipped for word in _ngrams.set_words())


def test_sets_are_symmetric() -> None:
    sets = _ngrams.confusion_sets()
    assert sets["there"] == ("their",) and sets["their"] == ("there",)
    assert {"threw", "thorough", "though"} <= set(sets["through"])
    assert "way" in sets["was"] and "was" not in sets.get("way", ())  # "was > way": one way only


def test_an_attested_context_is_left_alone_however_common_the_other_word() -> None:
    assert likelier_by("cold", "could", "he", "do") is not None  # "he cold do": unattested
    assert likelier_by("could", "cold", "he", "do") is None  # "he could do": attested
    assert likelier_by("through", "threw", "spending", "tax") is None  # no pair attested: no evidence


def test_names_and_headings_are_not_common_words() -> None:
    assert check_text("Mr Cold do the talking, said Weather He.").diagnostics == []
    found = [d.text for d in check_text("He cold do it.").diagnostics if d.rule == "grammar.confused-word"]
    assert found == ["cold"]
