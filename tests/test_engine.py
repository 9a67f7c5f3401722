"""Engine behaviour shared by every rule: one report per problem, rule crashes contained."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from lint import Config, Document, Finding, Rule, check_text
from lint._engine import build_document, run_rules
from lint._ruleset import RuleSet
from lint._source import Source

FUSED = "Harbour master Aoife Brennan spoke first. Later AoifeBrennan said the port would reopen."


def _at(result_rules: list[tuple[str, str]], text: str) -> list[str]:
    return [rule for rule, flagged in result_rules if flagged == text]


def test_two_rules_with_the_same_fix_for_the_same_text_report_once() -> None:
    result = check_text(FUSED)
    flagged = [(d.rule, d.text) for d in result.diagnostics]
    assert _at(flagged, "AoifeBrennan") == ["space.joined-words"]


def test_the_other_rule_reports_it_when_the_first_is_off() -> None:
    result = check_text(FUSED, config=Config(ignore=("space",)))
    flagged = [(d.rule, d.text) for d in result.diagnostics]
    assert _at(flagged, "AoifeBrennan") == ["consistency.name"]


class _Crashing(Rule):
    id = "test.crashing"
    category = "test"
    summary = "Always crashes."
    why = "To test containment."
    bad = ("x",)
    good = ("y",)

    def check(self, doc: Document) -> Iterator[Finding]:
        raise ValueError("boom")


def test_a_crashing_rule_is_reported_and_the_others_still_run() -> None:
    from lint._registry import enabled_rules

    config = Config(select=("repetition",))
    doc = build_document(Source("The the end."), "plain", config)
    diagnostics, errors = run_rules(doc, RuleSet.of(config, [_Crashing(), *enabled_rules(config)]))
    assert errors == ["rule test.crashing failed: ValueError: boom"]
    assert [d.rule for d in diagnostics] == ["repetition.repeated-word"]


def test_building_a_shared_resource_may_ask_for_another_without_a_deadlock() -> None:
    import threading

    from lint._resources import Resources

    resources = Resources()
    built: list[str] = []

    def outer() -> str:
        built.append("outer")
        return "outer:" + resources.get("inner", lambda: built.append("inner") or "inner")

    worker = threading.Thread(target=lambda: built.append(resources.get("outer", outer)))
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "a nested get() waited on its own lock"
    assert built == ["outer", "inner", "outer:inner"]


_CASED = ["a", "Z", " ", "  ", "\n", ".", "'", "-", "é", "Σ", "σ", "ς", "ΑΣ", "ΣΑ", "Ό", "İ", "ẞ", "ß", "ǅ", "\u0345"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CASED), max_size=80).map("".join))
def test_the_lowered_text_is_lowered_piece_by_piece_exactly_as_whole(text: str) -> None:
    import lint._document as document

    doc = build_document(Source(text="x"), "plain")
    doc.text = text
    original = document._LOWER_PIECE
    document._LOWER_PIECE = 7  # many pieces in a short text
    try:
        assert doc.lowered == text.lower()
    finally:
        document._LOWER_PIECE = original


_NEEDLES = ["a", "z", "a z", "'", "-", ".", "k", "i", "ss", "?", "é", "σ", "ς"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*_CASED, "?", "K", "\u212a", "’"]), max_size=80).map("".join),
    st.lists(st.sampled_from(_NEEDLES), min_size=1, max_size=3).map("".join),
)
def test_the_folded_text_finds_what_the_lowered_text_finds(text: str, needle: str) -> None:
    """The ASCII copy answers every search the lower-case text answers, at the same offsets, for
    the needles it is used for (ASCII without '?'); any other needle is looked for in the lowered text."""
    import lint._document as document

    doc = build_document(Source(text="x"), "plain")
    doc.text = text
    original = document._LOWER_PIECE
    document._LOWER_PIECE = 7
    try:
        haystack = doc.lowered_for(needle)
        assert len(doc.folded) == len(doc.lowered) and doc.folded.isascii()
        assert [haystack.find(needle, start) for start in range(len(text) + 1)] == [
            text.lower().find(needle, start) for start in range(len(text) + 1)
        ]
    finally:
        document._LOWER_PIECE = original


def test_a_slip_marked_sic_is_reported_by_no_rule() -> None:
    """'[sic]' says the writer kept the slip on purpose: no rule reports what it follows."""
    from lint import check_text

    marked = 'The note read "Theyre [sic] here" and "it doesnt" (sic); he wrote Theres [sic] a way.'
    assert [d.text for d in check_text(marked).diagnostics] == []
    unmarked = 'The note read "Theyre here" and he wrote Theres a way.'
    assert {d.text for d in check_text(unmarked).diagnostics} >= {"Theyre", "Theres"}


def test_of_two_findings_of_one_problem_the_one_with_a_safe_fix_is_kept() -> None:
    """'theyre' is an unknown word and a contraction without its apostrophe: both rules offer
    "they're"; the grammar rule's fix is certain, so its finding is the one reported."""
    from lint import check_text

    found = [(d.rule, d.text, d.finding.suggestions[0]) for d in check_text("I think theyre late.").diagnostics]
    assert found == [("grammar.broken-contraction", "theyre", "they're")]


def test_a_rule_that_says_why_is_kept_over_the_bare_unknown_word() -> None:
    """'isn' (its 't apart) is not in the dictionary, and it is 'isn't' without its 't: both offer
    "isn't", neither fix is safe ('t would stay twice), and the finding that says why is kept."""
    found = [(d.rule, d.text, d.finding.suggestions[0]) for d in check_text("The file isn 't there.").diagnostics]
    assert found == [("grammar.broken-contraction", "isn", "isn't")]


def test_a_word_another_rule_corrects_is_not_also_an_unknown_word() -> None:
    """'wifes' is not in the dictionary (which would make it 'wife'), and a possessive that lost
    its apostrophe: the rule that says why reports it, with "wife's", and the bare unknown word is
    dropped even though the two suggest different fixes."""
    found = [(d.rule, d.text, d.finding.suggestions[0]) for d in check_text("The wifes family spoke.").diagnostics]
    assert found == [("grammar.possessive-form", "wifes", "wife's")]


def test_an_unknown_word_is_kept_when_the_other_finding_is_milder() -> None:
    """A suggestion of info severity does not hide a warning: the exit code would change."""
    from lint._engine import _one_per_problem
    from lint._findings import Diagnostic, Location, Severity

    def diagnostic(rule: str, severity: Severity, suggestion: str) -> Diagnostic:
        finding = Finding(rule, rule.split(".")[0], severity, 4, 9, "m", (suggestion,))
        return Diagnostic(finding, Location(line=1, column=5, end_line=1, end_column=10, offset=4, length=5))

    ruleset = RuleSet.of(Config())
    info = diagnostic("grammar.possessive-form", Severity.INFO, "wife's")
    unknown = diagnostic("spelling.unknown-word", Severity.WARNING, "wife")
    assert _one_per_problem([info, unknown], ruleset) == [info, unknown]
