"""The grammar tables' build reads lemminflect's dictionaries directly: the same answers as its API."""

from __future__ import annotations

import random

import lemminflect  # type: ignore[import-untyped]
import pytest

from rules.grammar import _words as w


def test_direct_lookups_answer_as_lemminflect_does() -> None:
    lookups = w._Lookups()
    chooser = random.Random(13)
    words = chooser.sample(sorted(lookups.lemma_dict), 800)
    words += ["Aachen", "NASA", "Paris", "run", "RUN", "Run", "geese", "led", "bankroll", "abdomen"]
    for word in words:
        assert lookups.all_lemmas(word) == dict(lemminflect.getAllLemmas(word)), word
    verbs = sorted({lemma for entry in lookups.lemma_dict.values() for lemma in entry.get("VERB", ())})
    for lemma in [*chooser.sample(verbs, 400), "lead", "overlook", "bankroll", "be", "have"]:
        assert lookups.verb_inflections(lemma) == w._live_verb_inflections(lemma), lemma
    nouns = sorted({lemma for entry in lookups.lemma_dict.values() for lemma in entry.get("NOUN", ())})
    for lemma in [*chooser.sample(nouns, 400), "abdomen", "goose", "Aachen", "NATO"]:
        expected = dict(lemminflect.getAllInflections(lemma, upos="NOUN"))
        assert lookups.all_inflections(lemma, w._NOUN_UPOS_TAGS) == expected, lemma


def test_real_word_candidates_with_equal_counts_come_in_alphabetical_order() -> None:
    """The candidate table is built from sets, so ties were once in hash-seed order and two builds
    could differ ('vile': 'vine'/'vale'); ties now go by spelling, the same on every machine."""
    from rules.grammar import _ngrams
    from rules.grammar.realword import candidates

    for written in ("vile", "bean", "out", "there", "form"):
        found = candidates(written)
        keys = [(-(_ngrams.web_word_count(other) or 0.0), other) for other in found]
        assert keys == sorted(keys), written


def test_added_nouns_are_nouns_with_their_plurals() -> None:
    """Each noun of added-nouns.txt is read as a noun, and its plural as that noun's plural; the list
    adds only words lemminflect lacks (a word it knows would be better fixed there)."""
    lookups = w._Lookups()
    added = w.added_nouns()
    assert len({singular for singular, _ in added}) == len(added)
    for singular, plural in added:
        assert singular not in lookups.lemma_dict, singular
        assert "NOUN" in w.tags(singular)
        assert not w.is_plural_noun(singular)
        if plural:
            assert w.is_plural_noun(plural), plural
            assert w.noun_inflections(singular)["NNS"] == (plural,)


@pytest.mark.parametrize("word", ["things", "contents", "funds", "minutes", "break-ins", "check-ins", "mix-ups"])
def test_plurals_the_tables_also_list_as_lemmas_are_plurals(word: str) -> None:
    assert w.is_plural_noun(word)


@pytest.mark.parametrize("word", ["news", "means", "series", "blues", "biceps", "state-of-the-art", "twenty-ins"])
def test_words_in_s_that_may_be_singular_are_not(word: str) -> None:
    assert not w.is_plural_noun(word)
