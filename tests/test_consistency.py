"""Consistency rules on real fixture files: every minority form reported, with the winner and counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint import Config, check_text
from lint._config import config_from_table
from lint._engine import FileResult
from lint._findings import FixSafety, Severity
from rules.consistency import build_varcon
from rules.consistency._spelling import TABLE, variant_table

STYLE = Path(__file__).parent / "fixtures" / "style"


def lint(name: str, rule: str, config: Config | None = None) -> FileResult:
    text = (STYLE / name).read_text(encoding="utf-8")
    result = check_text(text, "plain", (config or Config()).with_overrides(select=(rule,), preview=True))
    assert not result.rule_errors
    for diagnostic in result.diagnostics:  # positions are exact: the source holds the flagged text
        location = diagnostic.location
        assert text[location.offset : location.offset + location.length] == diagnostic.text
    return result


def flagged(result: FileResult) -> list[tuple[str, str]]:
    return [(d.text, d.finding.suggestions[0] if d.finding.suggestions else "") for d in result.diagnostics]


# -- consistency.spelling-variant -------------------------------------------------------------------


def test_british_word_in_american_story_is_reported_with_american_spelling() -> None:
    result = lint("us-story.txt", "consistency.spelling-variant")
    assert flagged(result) == [("centre", "center")]
    finding = result.diagnostics[0].finding
    assert finding.fix is FixSafety.UNSAFE
    assert "American" in finding.message and "'centre' 1×" in finding.message


def test_names_are_not_spelling_variants() -> None:
    result = lint("us-story.txt", "consistency.spelling-variant")
    assert "Labour" not in {d.text for d in result.diagnostics}
    assert "Center" not in {d.text for d in result.diagnostics}


def test_consistent_canadian_spelling_is_quiet() -> None:
    assert lint("canadian-story.txt", "consistency.spelling-variant").diagnostics == []


def test_one_variant_document_is_quiet_unless_language_is_configured() -> None:
    text = "The colour of the walls was chosen by residents."
    default = check_text(text, "plain", Config(select=("consistency.spelling-variant",)))
    assert default.diagnostics == []
    configured = config_from_table({"language": "en-US", "select": ["consistency.spelling-variant"]}, "test")
    assert configured.language_explicit
    result = check_text(text, "plain", configured)
    assert [(d.text, d.finding.suggestions) for d in result.diagnostics] == [("colour", ("color",))]
    assert "configured language is en-US" in result.diagnostics[0].message


def test_british_configuration_flags_american_spellings() -> None:
    config = config_from_table({"language": "en-GB"}, "test")
    result = lint("us-story.txt", "consistency.spelling-variant", config)
    found = dict(flagged(result))
    assert found["color"] == "colour"
    assert found["theater"] == "theatre"
    assert found["analyze"] in ("analyse", "analyze")
    assert "centre" not in found


def test_command_line_language_counts_as_explicit() -> None:
    assert not Config().language_explicit
    assert Config().with_overrides(language="en-GB").language_explicit
    assert not Config().with_overrides(language=None).language_explicit


def test_two_spellings_of_one_word_both_accepted_are_still_mixed() -> None:
    text = "The judgement was final. A second judgment followed, and the judgement stood."
    result = check_text(text, "plain", Config(select=("consistency.spelling-variant",), language="en-GB"))
    assert [(d.text, d.finding.suggestions) for d in result.diagnostics] == [("judgment", ("judgement",))]


def test_ise_and_ize_tied_in_a_british_text_is_a_warning_decided_by_the_other_spellings() -> None:
    text = "The grey streets recognised nothing of the civilization that the learnt men praised."
    result = check_text(text, "plain", Config(select=("consistency.spelling-variant",)))
    assert [(d.text, d.severity, d.finding.suggestions) for d in result.diagnostics] == [
        ("civilization", Severity.WARNING, ("civilisation",))
    ]
    message = result.diagnostics[0].message
    assert "-ise/-ize" in message and "tie" in message and "British" in message
    assert "Canadian" not in message


def test_one_american_and_one_british_word_on_one_axis_is_a_warning_naming_both() -> None:
    text = "The award was an honour, and the speech was full of humor."
    result = check_text(text, "plain", Config(select=("consistency.spelling-variant",)))
    assert [(d.text, d.severity) for d in result.diagnostics] == [("honour", Severity.WARNING)]
    message = result.diagnostics[0].message
    assert "'honour' 1×" in message and "'humor' 1×" in message and "-our/-or" in message


def test_one_word_spelled_both_ways_follows_the_majority_on_its_axis() -> None:
    text = "The behaviour of the app changed. The catalog says the behavior is new, and the behaviour stays."
    result = check_text(text, "plain", Config(select=("consistency.spelling-variant",)))
    assert {(d.text, d.severity) for d in result.diagnostics} == {("behavior", Severity.WARNING)}


def test_sentence_start_keeps_its_capital_in_the_suggestion() -> None:
    text = "The color was red and the flavor sweet. Colour mattered less than flavor."
    result = check_text(text, "plain", Config(select=("consistency.spelling-variant",)))
    assert [(d.text, d.finding.suggestions) for d in result.diagnostics] == [("Colour", ("Color",))]


# -- the derived VarCon table ------------------------------------------------------------------------


def test_shipped_table_says_it_is_derived_and_carries_the_notice() -> None:
    header = TABLE.read_text(encoding="utf-8").splitlines()[:4]
    assert any("MODIFIED" in line for line in header)
    notice = TABLE.parent / "varcon_COPYRIGHT.txt"
    assert "Kevin Atkinson" in notice.read_text(encoding="utf-8")
    table = variant_table()
    colour = table.get("colour")
    assert colour is not None and colour.instead["A"] == "color"
    assert table.get("gage") is None  # no dialect accepts it: a misspelling, not a variant


def test_builder_writes_implied_tags_and_drops_rare_senses(tmp_path: Path) -> None:
    # Three VarCon lines (copyright: see rules/consistency/varcon_COPYRIGHT.txt).
    source = tmp_path / "varcon.txt"
    source.write_text(
        "# color <verified> (level 10)\n"
        "A Cv DV: color / B C D: colour\n"
        "A B: gray | (-) <N> physical unit\n\n"
        "# gray <verified> (level 10)\n"
        "A Cv: gray / AV B C: grey\n",
        encoding="latin-1",
    )
    assert build_varcon.parse_line("A Cv DV: color / B C D: colour") == [("color", "A,Cv,DV"), ("colour", "B,Z,C,D")]
    assert build_varcon.parse_line("A B: gray | (-) <N> physical unit") is None
    rows = build_varcon.build(source)
    assert rows == [
        "color\t10\tA\tAC\tB:colour Z:colour D:colour",
        "colour\t10\tBZCD\tBZCD\tA:color",
        "gray\t10\tA\tAC\tB:grey Z:grey D:grey",
        "grey\t10\tBZCD\tBZCD\tA:gray",
    ]


# -- consistency.compound, .name, .capitalization, .style, .attribution --------------------------------


def test_compound_minority_form_gets_the_majority_form() -> None:
    result = lint("style-mixed.txt", "consistency.compound")
    assert flagged(result) == [("cease-fire", "ceasefire")]
    assert result.diagnostics[0].severity is Severity.WARNING
    assert "'ceasefire' 2×, 'cease-fire' 1×" in result.diagnostics[0].message


def test_phrasal_verbs_and_meaning_changing_prefixes_are_not_compounds() -> None:
    text = "They set up the setup. She will re-sign the deal and not resign. We re-sign often."
    assert check_text(text, "plain", Config(select=("consistency.compound",))).diagnostics == []


def test_name_spellings() -> None:
    result = lint("names.txt", "consistency.name")
    assert flagged(result) == [("Muller", "Müller"), ("Katherine", "Katharine"), ("IlhamAliyev", "Ilham Aliyev")]


def test_capitalization_compares_like_with_like() -> None:
    result = lint("style-mixed.txt", "consistency.capitalization")
    assert flagged(result) == [("prime minister", "Prime Minister")]
    assert result.diagnostics[0].severity is Severity.WARNING


def test_title_before_a_name_and_alone_are_different_positions() -> None:
    text = "Prime Minister Jane Doe spoke. Later the prime minister left, and the prime minister returned."
    assert check_text(text, "plain", Config(select=("consistency.capitalization",))).diagnostics == []


def test_style_conventions() -> None:
    result = lint("style-mixed.txt", "consistency.style")
    assert flagged(result) == [("5%", "5 percent"), (" - ", " — "), (" - ", " — "), ("5", "five")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He waited... and waited... and then… nothing.", [("…", "...")]),
        ('“We will,” she said. “Now.” He said: "Never."', [('"', "“"), ('"', "”")]),
        ("It’s here and it’s late, but it's fine.", [("'", "’")]),
    ],
)
def test_more_style_conventions(text: str, expected: list[tuple[str, str]]) -> None:
    result = check_text(text, "plain", Config(select=("consistency.style",)))
    assert [(d.text, d.finding.suggestions[0]) for d in result.diagnostics] == expected


def test_quote_style_is_information_only() -> None:
    result = check_text('“We will,” she said. “Now.” He said: "Never."', "plain", Config(select=("consistency",)))
    assert {d.severity for d in result.diagnostics} == {Severity.INFO}


def test_attribution_same_title_two_people() -> None:
    result = lint("scraped-article.txt", "consistency.attribution")
    assert [d.text for d in result.diagnostics] == ["Levon Ohanyan"]
    assert "Karen Aslanyan" in result.diagnostics[0].message


def test_attribution_is_preview_and_off_by_default() -> None:
    text = (STYLE / "scraped-article.txt").read_text(encoding="utf-8")
    result = check_text(text, "plain", Config())
    assert "consistency.attribution" not in {d.rule for d in result.diagnostics}


def test_title_nouns_hold_no_apostrophe() -> None:
    """consistency.attribution finds titles by each word's look-up form (apostrophes made straight)."""
    from rules.consistency._attribution import _TITLE_NOUNS

    assert not any("'" in noun or "’" in noun for noun in _TITLE_NOUNS)
