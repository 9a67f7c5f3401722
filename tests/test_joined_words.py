"""space.joined-words: CamelCase fusions, lower-case fusions, fusions with a typo, ownership."""

from __future__ import annotations

from pathlib import Path

from lint import Config, FixSafety, check_text
from rules.spelling._segment import splits

JOINED = "space.joined-words"
BOTH = ("spelling.unknown-word", JOINED)
FIXTURES = Path(__file__).parent / "fixtures" / "spelling"


def _joined(text: str, config: Config | None = None) -> dict[str, tuple[tuple[str, ...], FixSafety | None, str]]:
    result = check_text(text, "plain", config or Config(select=BOTH))
    assert not result.rule_errors
    found = {}
    for d in result.diagnostics:
        assert text[d.location.offset : d.location.offset + d.location.length] == d.text
        if d.rule == JOINED:
            found[d.text] = (d.finding.suggestions, d.finding.fix, d.finding.message)
    return found


def test_scraped_story_fusions_have_the_right_first_suggestion() -> None:
    text = (FIXTURES / "scraped-story.txt").read_text(encoding="utf-8")
    found = _joined(text)
    assert found["IlhamAliyev"][0][0] == "Ilham Aliyev"
    assert found["NikolPashinyan"][0][0] == "Nikol Pashinyan"
    assert found["municipalitis"][0][0] == "municipality is"
    assert set(found) == {"IlhamAliyev", "NikolPashinyan", "municipalitis"}


def test_fusion_with_a_typo_offers_both_readings_and_says_why() -> None:
    suggestions, fix, message = _joined("She said her municipalitis planning to follow.")["municipalitis"]
    assert suggestions[:2] == ("municipality is", "municipalities")
    assert fix == FixSafety.UNSAFE
    assert "municipalities" in message and "planning" in message


def test_camelcase_fusions_exceptions_and_spaced_form() -> None:
    found = _joined((FIXTURES / "joined.txt").read_text(encoding="utf-8"))
    suggestions, fix, message = found["IlhamAliyev"]
    assert suggestions == ("Ilham Aliyev",) and fix == FixSafety.SAFE
    assert "also writes 'Ilham Aliyev'" in message
    for name in ("McDonald", "LaGuardia", "YouTube", "PowerPoint", "BioNTech", "MacArthur", "TechCrunch"):
        assert name not in found
    assert found["inthe"][0][0] == "in the" and found["inthe"][1] == FixSafety.SAFE
    assert found["becauseof"][0][0] == "because of"


def test_user_words_extend_the_camelcase_exceptions() -> None:
    text = "The firm ZelvaKorin grew."
    assert "ZelvaKorin" in _joined(text)
    assert _joined(text, Config(select=BOTH, words=("ZelvaKorin",))) == {}


def test_safe_fix_applies_through_the_fixer() -> None:
    from lint._fixes import apply_edits, fix_edits

    text = "Prime Minister NikolPashinyan met them inthe morning."
    result = check_text(text, "plain", Config(select=(JOINED,)))
    assert apply_edits(text, fix_edits(result.document, result.diagnostics)) == (
        "Prime Minister Nikol Pashinyan met them in the morning."
    )


def test_one_word_is_reported_by_one_rule_only() -> None:
    text = "There were alot of people inthe hall, and the goverment knew."
    result = check_text(text, "plain", Config(select=BOTH))
    spans = [(d.location.offset, d.location.length) for d in result.diagnostics]
    assert len(spans) == len(set(spans)) == 3
    rules = {d.text: d.rule for d in result.diagnostics}
    assert rules == {"alot": JOINED, "inthe": JOINED, "goverment": "spelling.unknown-word"}


def test_misspellings_are_not_split_and_compounds_are_only_info() -> None:
    assert _joined("The adress was wrong.") == {}
    result = check_text("Thousands of grainhaulers marched.", "plain", Config(select=BOTH))
    assert [(d.rule, str(d.severity)) for d in result.diagnostics] == [(JOINED, "info")]


def test_a_word_written_solid_more_often_than_apart_is_not_split() -> None:
    # 'inbox' is rare to the lexicon only because 'into' is near and far more common; the web writes
    # it solid more often than "in box", so the split is no reading at all ("workflows", "screenshot")
    assert _joined("Check your inbox, the workflows page and the screenshot.") == {}
    assert "tastebuds" in _joined("Those tastebuds tingled.")  # "taste buds" is the commoner spelling


def test_segmentation_prefers_common_parts() -> None:
    best = splits("inthe")[0]
    assert best.parts == ("in", "the") and not best.edited
    edited = splits("municipalitis")[0]
    assert edited.parts == ("municipality", "is") and edited.edited and edited.at_junction


def test_function_word_fusions_are_split() -> None:
    # A prefix never takes a determiner ("with our"), "able" after an auxiliary is the word itself,
    # a prefix never takes a function word ("overthere"), and "reactin" is "react in" or "reacting",
    # never re- + "actin".
    found = _joined((FIXTURES / "joined-function-words.txt").read_text(encoding="utf-8"))
    firsts = {word: suggestions[0] for word, (suggestions, _, _) in found.items()}
    assert firsts == {
        "witha": "with a",
        "withour": "with our",
        "beable": "be able",
        "overthere": "over there",
        "reactin": "react in",
        "interactin": "interact in",
    }
    assert found["withour"][0][1] == "without"  # the single-word reading is still offered


def test_prefixed_words_and_prefix_misspellings_stay_as_they_were() -> None:
    text = (FIXTURES / "prefixed-words.txt").read_text(encoding="utf-8")
    assert check_text(text, "plain", Config(select=BOTH)).diagnostics == []
    result = check_text("I belive the acount is right.", "plain", Config(select=BOTH))
    assert {d.text: (d.rule, d.finding.suggestions[0]) for d in result.diagnostics} == {
        "belive": ("spelling.unknown-word", "believe"),
        "acount": ("spelling.unknown-word", "account"),
    }


def test_bigram_collocations_beat_near_corrections() -> None:
    # "in spite" and "any other" are set phrases, not "inspire" and "another"; "post office" is not
    # post- + "office"; "to win" is not a to- prefix. Each pair is a known bigram (rules/spelling/_bigrams.py).
    found = _joined((FIXTURES / "joined-collocations.txt").read_text(encoding="utf-8"))
    firsts = {word: suggestions[0] for word, (suggestions, _, _) in found.items()}
    assert firsts == {"inspite": "in spite", "anyother": "any other", "postoffice": "post office", "towin": "to win"}
    assert "another" in found["anyother"][0]  # the single-word reading is still offered


def test_bigrams_leave_misspellings_and_weak_pairs_alone() -> None:
    # "an other" is a rare pair, so "anoter" stays "another"; a single letter stays a suspect prefix
    # even before a common pair ("a custom"), so "accustom" is still offered.
    result = check_text("He sent anoter letter to acustom the staff.", "plain", Config(select=BOTH))
    found = {d.text: (d.rule, d.finding.suggestions) for d in result.diagnostics}
    assert found["anoter"] == ("spelling.unknown-word", found["anoter"][1])
    assert found["anoter"][1][0] == "another"
    assert "accustom" in found["acustom"][1]


def test_bigram_table_loads_only_when_a_word_is_judged() -> None:
    import subprocess
    import sys

    code = (
        "from lint import Config, check_text\n"
        "from rules.spelling import _bigrams\n"
        "check_text('The vote was held in the afternoon.', 'plain', Config(select=('space.joined-words',)))\n"
        "assert _bigrams._table.cache_info().currsize == 0\n"
        "check_text('He came inspite of the rain.', 'plain', Config(select=('space.joined-words',)))\n"
        "assert _bigrams._table.cache_info().currsize == 1\n"
    )
    root = Path(__file__).parent.parent
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120)
    assert completed.returncode == 0, completed.stderr


def test_a_dropped_g_is_dialect_when_marked_and_a_participle_after_be() -> None:
    # "workin'" with its apostrophe is a speaker's dropped g, written on purpose: not flagged.
    # Unmarked after a form of "be", the -ing word reads better than a split ("was work in").
    result = check_text((FIXTURES / "dropped-g.txt").read_text(encoding="utf-8"), "plain", Config(select=BOTH))
    found = [(d.location.line, d.text, d.rule, d.finding.suggestions[:1]) for d in result.diagnostics]
    assert found[0] == (3, "workin", "spelling.unknown-word", ("working",))
    # Elsewhere a split may win, but never as a safe fix, and the -ing word is always offered.
    [(line, word, rule, _)] = found[1:]
    [askin] = [d for d in result.diagnostics if d.text == "askin"]
    assert (line, word, rule) == (5, "askin", "space.joined-words")
    assert askin.finding.fix is not FixSafety.SAFE
    assert "asking" in askin.finding.suggestions


def test_a_function_word_glued_to_a_capitalised_word() -> None:
    # Scraped HTML loses the space between tags: "theMinistry". Brands in lower camel case
    # ("iPhone", "eBay", "macOS") start with no function word and stay quiet; the rare one that
    # does ("theSkimm") is a house word.
    text = (FIXTURES / "lower-camel.txt").read_text(encoding="utf-8")
    found = _joined(text)
    assert {word: suggestions[0] for word, (suggestions, _, _) in found.items()} == {
        "theMinistry": "the Ministry",
        "inBrussels": "in Brussels",
        "theSkimm": "the Skimm",
    }
    assert found["theMinistry"][1] == FixSafety.SAFE
    assert set(_joined(text, Config(select=BOTH, words=("theSkimm",)))) == {"theMinistry", "inBrussels"}


def test_camel_case_abbreviations_are_quiet_and_a_capitalised_slip_split_is_only_info() -> None:
    """'PhDs', 'LtCol', 'JoJo', 'StlPlt' are no two names run together ('IlhamAliyev' is); a
    capitalised word that splits only with a slip ('Stomakhin': 'Stomach in') is a name more often
    than a fusion, so it is info, not a warning."""
    quiet = "Five PhDs work there; LtCol Byron led, JoJo Ostrander scored, StlPlt and BooleanPolygonConstraint rose."
    assert _joined(quiet) == {}
    result = check_text("Stomakhin was also involved in the film.", "plain", Config(select=BOTH))
    assert [(d.rule, str(d.severity)) for d in result.diagnostics] == [(JOINED, "info")]


def test_camel_case_of_dictionary_words_is_a_brand() -> None:
    """'RuneScape', 'SunGlow' are built of words of the dictionary, however rare ('rune', 'scape'):
    a product's name. Two names run together ('IlhamAliyev', 'NikolPashinyan') are still reported."""
    assert _joined("He plays RuneScape after school, and she sells HopScotch kits online.") == {}
    assert "IlhamAliyev" in _joined("Later IlhamAliyev said the city was liberated.")


def test_splitting_remembers_the_parts_it_weighs_not_every_one_edit_variant() -> None:
    """A fragment one edit from a word ("municipalit") is found among some 500 variants of it; the
    variants are looked up and forgotten. Remembered, a text with thousands of distinct unknown words
    filled the lexicon's memo with strings no document holds (20 MB, past the 150 MB a run may take)."""
    from rules.spelling._lexicon import lexicon

    memo = lexicon().counts._memo
    word = "kitchenettis"  # "kitchenett" + "is": a fragment one edit from a word; asked about by no other test
    splits.cache_clear()
    before = len(memo)
    readings = splits(word)
    assert len(memo) - before <= 3 * len(word)  # the cut's parts and the few words found, not the edits
    assert readings == splits.__wrapped__(word)  # the same readings as before the change
