"""spelling.unknown-word: names, acronyms, variants, accept lists, [sic] and suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint import Config, ConfigError, Severity, check_text
from lint._packed import IntTable, pack_ints
from lint._registry import all_rules
from rules.spelling import _variants
from rules.spelling._accept import WORDS_DIR, AcceptList, builtin, parse_word_file
from rules.spelling._edits import slip_cost
from rules.spelling._lexicon import lexicon, raw_counts
from rules.spelling._suggest import candidates, suggest
from rules.spelling.build_software_terms import entries, likely_slip

UNKNOWN = "spelling.unknown-word"
BOTH = (UNKNOWN, "space.joined-words")
FIXTURES = Path(__file__).parent / "fixtures" / "spelling"


def _flagged(text: str, config: Config | None = None) -> dict[str, tuple[str, ...]]:
    config = config or Config(select=BOTH)
    result = check_text(text, "plain", config)
    assert not result.rule_errors
    found = {}
    for diagnostic in result.diagnostics:
        assert text[diagnostic.location.offset : diagnostic.location.offset + diagnostic.location.length] == (
            diagnostic.text
        )
        if diagnostic.rule == UNKNOWN:
            found[diagnostic.text] = diagnostic.finding.suggestions
    return found


def test_names_in_a_scraped_story_are_not_misspellings() -> None:
    text = (FIXTURES / "scraped-story.txt").read_text(encoding="utf-8")
    flagged = _flagged(text)
    for name in (
        "Pashinyan",
        "Stepanyan",
        "Khudaferin",
        "Kovsakan",
        "Hovhannisyan",
        "Hidalgo",
        "Bayraktar",
        "WESCAM",
        "Artsakh",
    ):
        assert name not in flagged
    assert "municipalitis" not in flagged  # a fusion belongs to space.joined-words


def test_names_acronyms_possessives_and_variants_of_a_dominant_name() -> None:
    flagged = _flagged((FIXTURES / "names.txt").read_text(encoding="utf-8"))
    assert flagged == {}


def test_a_first_name_that_splits_before_a_or_is_is_only_info() -> None:
    """'Bea was', 'Ona sings', 'Baghdadis love': a capitalised first word used once that splits
    into a word and 'a' or 'is' is more often a name; 'Alot of', 'Noone came' stay warnings."""

    def severities(text: str) -> list[Severity]:
        diagnostics = check_text(text, "plain", Config(select=BOTH)).diagnostics
        return [d.severity for d in diagnostics if d.rule == "space.joined-words"]

    for name in ("Bea was really nice.", "Ona sings well.", "Baghdadis love tea."):
        assert all(severity == Severity.INFO for severity in severities(name)), name
    for slip in ("Alot of people came.", "Noone came.", "Inspite of the rain, we went."):
        assert severities(slip) == [Severity.WARNING], slip


def test_misspelling_is_flagged_with_ranked_suggestions() -> None:
    flagged = _flagged("The committee will recieve the report.")
    assert flagged["recieve"][0] == "receive"
    assert len(flagged["recieve"]) <= 5


def test_a_negation_that_lost_its_apostrophe_t_is_given_back_first() -> None:
    for text, word, expected in (
        ("It doesn work.", "doesn", "doesn't"),
        ("They aren here.", "aren", "aren't"),
        ("I think ive seen it.", "ive", "I've"),  # the capital kept: not "i've", nor "ice"
    ):
        # Reported once: by the spelling rule, or by grammar.broken-contraction with the same fix.
        found = [
            d for d in check_text(text).diagnostics if d.rule in ("spelling.unknown-word", "grammar.broken-contraction")
        ]
        assert [d.text for d in found] == [word]
        assert found[0].finding.suggestions[0] == expected
        assert found[0].finding.suggestions.count(expected) == 1


def test_sentence_initial_typo_is_flagged_in_its_case() -> None:
    assert _flagged("Teh minister resigned.")["Teh"][0] == "The"


def test_sic_suppresses_the_word() -> None:
    text = "The sign read 'welcom' [sic] and later welcom [sic], then welcom."
    result = check_text(text, "plain", Config(select=BOTH))
    assert [d.location.offset for d in result.diagnostics] == [text.rindex("welcom")]
    assert _flagged("The sign read recieve [SIC] in red.") == {}


def test_words_of_a_borrowed_phrase_pass_only_inside_it() -> None:
    text = (
        "There was a prima facie case. Prima facie, it fails. They served hors d'oeuvres, "
        "a je ne sais quoi, with savoir-faire, and the act was ultra vires; she had joie de vivre."
    )
    assert _flagged(text) == {}
    alone = _flagged("The hors ran off and the facie was red.")
    assert set(alone) == {"hors", "facie"}
    assert set(_flagged("A prima\n\nfacie case.")) >= {"facie"}  # a paragraph apart: not the phrase


def test_a_borrowed_phrase_has_no_dialect() -> None:
    text = "The color was odd, and so was the color of the door. The act was ultra vires."
    config = Config(select=("consistency.spelling-variant",), language="en-US")
    assert [d.text for d in check_text(text, "plain", config).diagnostics] == []
    honour = text.replace("ultra vires", "honour")
    assert [d.text for d in check_text(honour, "plain", config).diagnostics] == ["honour"]


def test_hyphenated_words_are_checked_part_by_part() -> None:
    assert _flagged("A well-knwon re-deploying of anti-UAV units.") == {"knwon": _flagged("knwon")["knwon"]}


def test_british_spellings_pass_under_en_us_and_american_under_en_gb() -> None:
    british = (FIXTURES / "british.txt").read_text(encoding="utf-8")
    assert _flagged(british) == {}
    assert (
        _flagged("The color of the theater was the organization's favorite.", Config(select=BOTH, language="en-GB"))
        == {}
    )


def test_language_picks_the_suggested_variant() -> None:
    us = _flagged("The colr was odd.", Config(select=BOTH, language="en-US"))["colr"]
    gb = _flagged("The colr was odd.", Config(select=BOTH, language="en-GB"))["colr"]
    assert "color" in us and "colour" not in us
    assert "colour" in gb and "color" not in gb


def test_accept_list_case_rules(tmp_path: Path) -> None:
    (tmp_path / "house.txt").write_text((FIXTURES / "house-words.txt").read_text(encoding="utf-8"), encoding="utf-8")
    config = Config(select=BOTH, words=("zorblat",), accept_files=("house.txt",), root=str(tmp_path))
    text = "Zorblat and zorblat and Copydesk and copydesk. Kovsakan is here. Then kovsakan was said."
    assert _flagged(text, config) == {"kovsakan": _flagged("kovsakan")["kovsakan"]}


def test_accept_list_parsing() -> None:
    words = parse_word_file("# comment\nfoo\n\n  Bar  # trailing\n")
    assert words == ["foo", "Bar"]
    accept = AcceptList.from_words(words)
    assert accept.accepts("FOO") and accept.accepts("Bar") and not accept.accepts("bar")


def test_software_terms_reads_only_plain_words() -> None:
    lines = ["# keep-case", "semver", "!forbidden", "*Auth*", "Bigquery*", "~accentless", "a b", "gcloud  # note", ""]
    assert list(entries(lines)) == ["semver", "gcloud"]


def test_software_terms_leave_out_slips_of_common_words() -> None:
    common = frozenset({"launched", "parents", "best", "server", "cloud"})
    assert likely_slip("launchd", common)  # a letter dropped
    assert likely_slip("parens", common)
    assert likely_slip("dest", common)  # short, one letter changed
    assert not likely_slip("semver", common)  # one letter changed, but long enough to be meant
    assert not likely_slip("gcloud", common)  # a letter added: not what a dropped letter makes


def test_software_terms_are_accepted_and_their_slips_are_not() -> None:
    shipped = parse_word_file((WORDS_DIR / "software-terms.txt").read_text(encoding="utf-8"))
    assert len(shipped) > 3000
    assert builtin().accepts("kubectl") and builtin().accepts("Semver")
    assert not builtin().accepts("launchd") and not builtin().accepts("discoverd")


def test_missing_accept_file_is_a_config_error(tmp_path: Path) -> None:
    config = Config(accept_files=("nope.txt",), root=str(tmp_path), path=str(tmp_path / ".copydesk.toml"))
    with pytest.raises(ConfigError, match="accept-files"):
        all_rules(config)


def test_slip_costs_prefer_common_slips() -> None:
    assert slip_cost("begining", "beginning") < slip_cost("begining", "begging")
    assert slip_cost("teh", "the") < 1.0  # a transposition
    assert slip_cost("cat", "cat") == 0.0


def test_candidates_reach_two_edits_and_suggestions_are_capped() -> None:
    assert "accommodate" in candidates("acomodate")
    assert len(suggest("wrld")) <= 5


def test_lexicon_knows_both_variants() -> None:
    lex = lexicon()
    assert "colour" in lex and "color" in lex
    assert lex.variant("color", "en-GB") == "colour"
    assert lex.variant("colour", "en-US") == "color"


def test_lexicon_counts_answer_like_the_source_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    """The packed counts (with their memo) give what the dict they were built from gives, and the
    memo is cleared, not grown, past its limit."""
    from rules.spelling._lexicon import WordCounts

    source = {"colour": 120, "color": 900, "the": 5000}
    counts = WordCounts(IntTable.load(pack_ints(source, "I")))
    monkeypatch.setattr(WordCounts, "MEMO_LIMIT", 3)
    asked = ["colour", "colr", "the", "zzz", "color", "colour", "qq", "rr", "ss"]
    assert [counts.get(word) for word in asked] == [source.get(word, 0) for word in asked]
    assert "color" in counts and "colr" not in counts and 3 not in counts
    assert counts.unknown(frozenset(["the", "teh", "color", "clor"])) == {"teh", "clor"}
    assert sorted(counts) == sorted(source) and len(counts) == 3
    assert len(counts._memo) <= 4


def test_generated_variant_file_is_current() -> None:
    """rules/words/en-GB-generated.txt must match the patterns (python bench/make_en_gb_words.py)."""
    expected = _variants.render("\n".join(raw_counts()))
    assert _variants.generated_path().read_text(encoding="utf-8") == expected


def test_an_ism_made_from_an_al_adjective_is_a_word() -> None:
    # "localist" and "centralism" are made like "nationalist"; other -ist forms stay checked.
    text = (FIXTURES / "suffixed-words.txt").read_text(encoding="utf-8")
    result = check_text(text, "plain", Config(select=("spelling.unknown-word", "space.joined-words")))
    assert sorted(d.text for d in result.diagnostics) == ["criticist", "strictist"]
