"""The built-in grammar rules: fixture cases, language variants, the merge, positions, laziness."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lint import Config, Finding, Severity, check_text
from lint._lazyrule import real
from lint._overlap import merge_overlaps
from lint._registry import all_rules
from lint._ruleset import RuleSet
from rules.grammar._base import BACKEND_RANK, GrammarRule

CASES_FILE = Path(__file__).parent / "fixtures" / "grammar" / "cases.txt"
BUILTIN_IDS = {
    "grammar.modal-verb-form",
    "grammar.perfect-verb-form",
    "grammar.do-verb-form",
    "grammar.agreement",
    "grammar.question-agreement",
    "grammar.infinitive-after",
    "grammar.superlative-article",
    "grammar.missing-article",
    "grammar.enough-order",
    "grammar.noun-for-adjective",
    "grammar.adjective-for-noun",
    "grammar.adjective-before-adjective",
    "grammar.adjective-before-verb",
    "grammar.adverb-for-adjective",
    "grammar.adjective-after-object",
    "grammar.indefinite-article",
    "grammar.modal-of",
    "grammar.its-confusion",
    "grammar.their-confusion",
    "grammar.then-than",
    "grammar.loose-lose",
    "grammar.affect-effect",
    "grammar.misquoted-expression",
    "grammar.finite-verb-after-with",
    "grammar.missing-of",
    "grammar.confused-word",
    "grammar.confused-word-class",
    "grammar.real-word-slip",
    "grammar.pronoun-case",
    "grammar.plural-pronoun-verb",
    "grammar.want-that",
    "grammar.double-determiner",
    "grammar.article-plural",
    "grammar.determiner-number",
    "grammar.quantifier-of",
    "grammar.gerund-after",
    "grammar.there-was-plural",
    "grammar.too-number",
    "grammar.between-to",
    "grammar.double-comparison",
    "grammar.comparison-partner",
    "grammar.wrong-preposition",
    "grammar.unusual-preposition",
    "grammar.light-verb",
    "grammar.adjective-collocation",
    "grammar.degree-adverb",
    "grammar.deictic-time",
    "grammar.stranded-preposition",
    "grammar.missing-preposition",
    "grammar.set-preposition",
    "grammar.address-preposition",
    "grammar.have-age",
    "grammar.very-comparative",
    "grammar.suggest-to",
    "grammar.reflexive-subject",
    "grammar.so-such",
    "grammar.which-person",
    "grammar.short-comparative",
    "grammar.comparative-for-superlative",
    "grammar.much-adjective",
    "grammar.plural-measure-modifier",
    "grammar.allow-object",
    "grammar.superlative-for-comparative",
    "grammar.worse-or-worst",
    "grammar.not-longer",
    "grammar.theses-these",
    "grammar.bellow-below",
    "grammar.extend-extent",
    "grammar.that-than",
    "grammar.infinitive-form",
    "grammar.sentence-start-capital",
    "grammar.lower-case-i",
    "grammar.calendar-capital",
    "grammar.comma-splice-adverb",
    "grammar.comma-splice",
    "grammar.article-without-noun",
    "grammar.plural-subject-verb",
    "grammar.passed-past",
    "grammar.weather-whether",
    "grammar.short-word-slip",
    "grammar.lookalike-slip",
    "grammar.superlative-of",
    "grammar.before-ago",
    "grammar.number-form",
    "grammar.nonrestrictive-that",
    "grammar.reflexive-object",
    "grammar.who-thing",
    "grammar.what-relative",
    "grammar.proper-adjective-capital",
    "grammar.place-capital",
    "grammar.parenthetical-subject-verb",
    "grammar.relative-clause-verb",
    "grammar.decade-article",
    "grammar.your-confusion",
    "grammar.whose-confusion",
    "grammar.noun-for-verb",
    "grammar.verb-for-noun",
    "grammar.article-mass-noun",
    "grammar.been-participle",
    "grammar.how-like",
    "grammar.compound-subject-verb",
    "grammar.split-word",
    "grammar.compound-modifier",
    "grammar.closed-compound",
    "grammar.reason-is-because",
    "grammar.sentence-fragment",
    "grammar.coordinated-participle",
    "grammar.coordinated-verb-form",
    "grammar.coordinated-verb-number",
    "grammar.adjective-twin",
    "grammar.where-preposition",
    "grammar.adverb-before-object",
    "grammar.homophone-verb",
    "grammar.person-twin",
    "grammar.verb-twin",
    "grammar.function-twin",
    "grammar.sense-twin",
    "grammar.slot-twin",
    "grammar.verbless-twin",
    "grammar.question-order",
    "grammar.negation-order",
    "grammar.negative-inversion",
    "grammar.joined-verb",
    "grammar.broken-contraction",
    "grammar.doubled-auxiliary",
    "grammar.common-word-slip",
    "grammar.regularised-verb",
    "grammar.be-bare-verb",
    "grammar.missing-auxiliary",
    "grammar.bare-infinitive",
    "grammar.there-are-singular",
    "grammar.one-of-singular",
    "grammar.missing-to",
    "grammar.ing-for-ed",
    "grammar.stative-progressive",
    "grammar.time-preposition",
    "grammar.since-duration",
    "grammar.name-capital",
    "grammar.mass-noun-plural",
    "grammar.quantifier-mass-noun",
    "grammar.much-plural",
    "grammar.quantity-of-singular",
    "grammar.possessive-form",
    "grammar.possessive-apostrophe",
    "grammar.meal-article",
    "grammar.round-number-article",
    "grammar.plural-apostrophe",
    "grammar.irregular-plural",
    "grammar.quantifier-of-singular",
    "grammar.modal-to",
    "grammar.needs-participle",
    "grammar.real-for-really",
    "grammar.past-time-present-verb",
    "grammar.past-clause-tense",
    "grammar.future-time-past-verb",
    "grammar.since-present",
    "grammar.no-passive",
    "grammar.if-would-have",
    "grammar.used-to-form",
    "grammar.do-with-modal",
    "grammar.will-like-to",
    "grammar.will-in-time-clause",
    "grammar.gerund-after-preposition",
    "grammar.been-being",
    "grammar.feeling-participle",
    "grammar.too-for-to",
    "grammar.to-for-too",
    "grammar.were-confusion",
    "grammar.less-plural",
    "grammar.adjective-for-adverb",
    "grammar.adverb-after-linking-verb",
    "grammar.one-word-for-two",
    "grammar.lay-lie",
    "grammar.function-word-slip",
    "grammar.whom-subject",
    "grammar.double-conjunction",
    "grammar.preposition-before-clause",
    "grammar.embedded-question-order",
    "grammar.double-negative",
    "grammar.missing-subject-it",
    "grammar.indirect-object-to",
    "grammar.missing-know",
    "grammar.rise-raise",
    "grammar.teach-learn",
    "grammar.lend-borrow",
    "grammar.rob-steal",
    "grammar.told-that",
    "grammar.listen-to",
    "grammar.effect-for-affect",
    "grammar.accept-except",
    "grammar.loose-verb",
    "grammar.sit-set",
    "grammar.wait-for",
    "grammar.remember-remind",
    "grammar.win-beat",
    "grammar.correlative-pair",
    "grammar.adverb-before-auxiliary",
    "grammar.very-verb",
    "grammar.correlative-comparative",
    "grammar.them-demonstrative",
    "grammar.preposition-who",
    "grammar.cleft-agreement",
    "grammar.question-tag",
    "grammar.kind-of-plural",
    "grammar.generic-article",
    "grammar.double-subject",
    "grammar.country-article",
    "grammar.name-article",
    "grammar.missing-relative",
    "grammar.go-to-place",
    "grammar.relative-object-repeated",
    "grammar.game-article",
    "grammar.because-of",
    "grammar.adverb-twin",
    "grammar.ed-for-ing",
    "grammar.predicative-before-noun",
    "grammar.sensible-sensitive",
    "grammar.dress-wear",
    "grammar.leave-let",
    "grammar.speak-to",
    "grammar.almost-plural",
    "grammar.during-while",
    "grammar.pay-for",
    "grammar.look-at",
    "grammar.until-by",
    "grammar.wish-hope",
    "grammar.speak-language",
    "grammar.watch-tv",
    "grammar.tell-person",
    "grammar.too-either",
    "grammar.how-without-to",
    "grammar.as-to-question",
    "grammar.doubled-to",
    "grammar.do-before-modal",
    "grammar.like-that-clause",
    "grammar.r-for-are",
    "grammar.out-for-ought",
    "grammar.something-is",
    "grammar.modal-without-be",
    "grammar.i-for-it",
    "grammar.adjective-preposition",
}


def read_cases() -> list[tuple[str, str, list[tuple[str, str]] | None]]:
    cases = []
    for block in CASES_FILE.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#") and ": " in line]
        if not lines:
            continue
        keys = [line.split(": ", 1)[0] for line in lines]
        # a block that lost a line in a merge would otherwise be read into its neighbour without a word
        assert keys == ["rule", "text", "expect"], f"malformed case block: {block!r}"
        fields = dict(line.split(": ", 1) for line in lines)
        expected = None
        if fields["expect"] != "none":
            # "a -> b; c -> d": pairs split at a semicolon that another pair follows (a fix may hold one)
            parts = re.split(r";\s+(?=[^;]*? -> )", fields["expect"])
            expected = [tuple(part.strip().split(" -> ")) for part in parts]
        cases.append((fields["rule"], fields["text"].replace("\\n", "\n"), expected))
    return cases


CASES = read_cases()


@pytest.mark.parametrize(("rule_id", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_fixture_case(rule_id: str, text: str, expected: list[tuple[str, str]] | None) -> None:
    result = check_text(text, "plain", Config(extend_select=(rule_id,)))  # a preview rule runs when named
    assert result.rule_errors == []
    found = [(d.text, (*d.finding.suggestions, "-")[0]) for d in result.diagnostics if d.rule == rule_id]  # "-": none
    assert found == (expected or [])
    for diagnostic in result.diagnostics:
        location = diagnostic.location
        assert text[location.offset : location.offset + location.length] == diagnostic.text


def test_every_builtin_rule_has_fixture_cases_both_ways() -> None:
    flagged = {rule for rule, _text, expected in CASES if expected}
    quiet = {rule for rule, _text, expected in CASES if not expected}
    assert flagged == BUILTIN_IDS
    assert quiet == BUILTIN_IDS


def test_builtin_rules_are_registered_by_default() -> None:
    registered = {rule_id for rule_id, rule in all_rules(Config()).items() if isinstance(real(rule), GrammarRule)}
    assert registered == BUILTIN_IDS


def test_british_collective_nouns_are_quiet_in_en_gb() -> None:
    text = "The government have refused to comment; the team are confident."
    us = [d.text for d in check_text(text, "plain", Config()).diagnostics if d.rule == "grammar.agreement"]
    gb = [
        d.text for d in check_text(text, "plain", Config(language="en-GB")).diagnostics if d.rule == "grammar.agreement"
    ]
    assert us == ["have", "are"]
    assert gb == []
    # Only collective nouns: a singular report with a plural verb is wrong in both variants.
    report = "The report have been delayed."
    assert [d.text for d in check_text(report, "plain", Config(language="en-GB")).diagnostics] == ["have"]


def test_collective_plural_is_reported_in_en_us_and_quiet_in_en_gb() -> None:
    """American style takes the singular ("the jury was divided"); British usage the plural."""
    text = "The crowd were on their feet. The jury were divided. The company have lost its biggest client."
    found = [d for d in check_text(text, "plain", Config()).diagnostics if d.rule == "grammar.agreement"]
    assert [(d.text, d.finding.severity) for d in found] == [("were", Severity.WARNING)] * 2 + [
        ("have", Severity.WARNING)
    ]
    assert all(d.finding.fix is not None and d.finding.fix.value == "unsafe" for d in found)
    british = [
        d for d in check_text(text, "plain", Config(language="en-GB")).diagnostics if d.rule == "grammar.agreement"
    ]
    assert british == []


def test_a_bare_verb_in_a_dated_clause_is_offered_its_past_first() -> None:
    """A singular subject before a bare verb with a past time in its clause: the past, then the -s form."""
    text = (
        "The senator lead the delegation to Paris last week. He plead guilty to the charges yesterday. "
        "The senator lead the delegation every year. The mayor lead the parade, and it rained two days ago. "
        "The clerk sign the papers that arrived yesterday and the forms he received yesterday."
    )
    found = [d.finding for d in check_text(text, "plain", Config()).diagnostics if d.rule == "grammar.agreement"]
    assert [f.suggestions for f in found] == [
        ("led", "leads"),
        ("pleaded", "pleads"),
        ("leads",),
        ("leads",),
        ("signs",),
    ]
    assert "'last week' places this in the past" in found[0].message
    assert all(f.fix is not None and f.fix.value == "unsafe" for f in found[:2])


def test_collective_fix_is_not_applied_automatically() -> None:
    [found] = check_text("The government have refused.", "plain", Config()).diagnostics
    assert found.finding.fix is not None and found.finding.fix.value == "unsafe"


def test_positions_survive_markup_and_crlf() -> None:
    source = "# Title\r\n\r\nThe board *had overlook* the `code` warnings.\r\nIt was a error.\r\n"
    result = check_text(source, "markdown", Config())
    flagged = {
        d.rule: source[d.location.offset : d.location.offset + d.location.length]
        for d in result.diagnostics
        if d.rule.startswith("grammar.")
    }
    assert flagged == {"grammar.perfect-verb-form": "overlook", "grammar.indefinite-article": "a"}


def test_example_article_errors_are_found() -> None:
    article = (
        "Paris Mayor Anne Hidalgo has strongly hinted that her city is planning to follow the suit. "
        "Footage of the drones has been released, with Turkey denies that its drones are fighting in the region.\n\n"
        "Prime Minister Nikol Pashinyan called on NATO to suspend the export military technology to Turkey."
    )
    found = {(d.rule, d.text) for d in check_text(article, "plain", Config()).diagnostics}
    assert found == {
        ("grammar.misquoted-expression", "follow the suit"),
        ("grammar.finite-verb-after-with", "denies"),
        ("grammar.missing-of", "export"),
    }


def _finding(rule: str, start: int, end: int, suggestion: str | None, message: str = "m") -> Finding:
    return Finding(rule, "grammar", Severity.WARNING, start, end, message, (suggestion,) if suggestion else ())


def _rule(backend: str) -> SimpleNamespace:
    """What the overlap pass reads of a rule: its group and its rank."""
    return SimpleNamespace(id=backend, overlap_group="grammar", overlap_rank=BACKEND_RANK[backend])


BUILTIN, HARPER, LT = _rule("builtin"), _rule("harper"), _rule("languagetool")


def test_merge_keeps_one_finding_per_problem() -> None:
    text = "It was a error."
    builtin = _finding("grammar.indefinite-article", 7, 8, "an", "Use 'an'.")
    harper = _finding("grammar.harper.grammar", 7, 8, "an", "Incorrect indefinite article, and a longer message.")
    lt = _finding("grammar.lt.en-a-vs-an", 7, 14, "an error")  # wider range, same rewrite
    kept = merge_overlaps([(HARPER, harper), (LT, lt), (BUILTIN, builtin)], text)
    assert kept == [(BUILTIN, builtin)]


def test_merge_prefers_a_finding_with_a_suggestion_and_keeps_different_problems() -> None:
    text = "The figures was high and it was a error."
    no_fix = _finding("grammar.lt.agreement", 12, 15, None, "A long message without any suggestion at all.")
    with_fix = _finding("grammar.harper.grammar", 12, 15, "were")
    other = _finding("grammar.indefinite-article", 31, 32, "an")
    kept = merge_overlaps([(LT, no_fix), (HARPER, with_fix), (BUILTIN, other)], text)
    assert kept == [(HARPER, with_fix), (BUILTIN, other)]


def test_merge_keeps_overlapping_findings_about_different_things() -> None:
    text = "Its a error."
    its = _finding("grammar.its-confusion", 0, 3, "It's")
    style = Finding("grammar.lt.style", "style", Severity.INFO, 0, 11, "Rephrase.", ())
    assert len(merge_overlaps([(BUILTIN, its), (LT, style)], text)) == 2


def test_merge_compares_each_finding_only_with_those_that_reach_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft full of slips has thousands of grammar findings: comparing every one with every kept
    one was quadratic (428,000 comparisons for 1,000 findings). Findings that overlap are still merged,
    a zero-width one meets one at its place, and the result is what the full scan gave."""
    import lint._overlap as overlap

    calls: list[int] = []
    same = overlap.same_problem
    monkeypatch.setattr(overlap, "same_problem", lambda a, b, text: calls.append(1) or same(a, b, text))
    text = "It was a error. " * 2000
    produced = []
    for at in range(0, len(text), 16):  # a finding per sentence, two rules on one of every ten
        produced.append((BUILTIN, _finding("grammar.indefinite-article", at + 7, at + 8, "an")))
        if at % 160 == 0:
            produced.append((HARPER, _finding("grammar.harper.grammar", at + 7, at + 14, "an error")))
            produced.append((LT, _finding("grammar.lt.empty", at + 15, at + 15, ",")))
            produced.append((BUILTIN, _finding("grammar.comma", at + 15, at + 15, ",", "A longer message.")))
    kept = merge_overlaps(produced, text)
    assert len(kept) == 2000 + 200  # the wider twin merged into its article finding; the zero-width pair into one
    assert all(rule is BUILTIN for rule, _ in kept)
    assert len(calls) < 3 * len(produced)


def test_rules_outside_an_overlap_group_are_never_merged() -> None:
    text = "It was a error."
    finding = _finding("x.rule", 7, 8, "an")
    plain = SimpleNamespace(id="x.rule")
    assert merge_overlaps([(plain, finding), (BUILTIN, _finding("grammar.a", 7, 8, "an"))], text)[0] == (plain, finding)


def test_a_grammar_rule_run_alone_reports_its_own_findings() -> None:
    """Grammar rules are plain rules: one run without the others finds what it finds."""
    from lint._engine import check_source
    from lint._source import Source

    rule = all_rules(Config())["grammar.indefinite-article"]
    result = check_source(Source(text="It was a error.", path="t"), "plain", RuleSet.of(Config(), [rule]))
    assert [d.rule for d in result.diagnostics] == ["grammar.indefinite-article"]


def test_lemminflect_and_backends_are_not_imported_at_start_up() -> None:
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lint", "--version"], capture_output=True, text=True, check=True
    )
    imported = completed.stderr
    assert " rules.grammar" not in imported  # the family (and its config section) loads with the rules
    for heavy in ("lemminflect", "harper", "language_tool_python", "requests"):
        assert f" {heavy}" not in imported, heavy


def test_the_first_document_of_a_process_is_indexed_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The built-in rules' trigger words are known before the first document (not learnt one rule at
    a time, one pass over the text each): a 50,000-word text paid 36 passes."""
    from lint._engine import build_document, run_rules
    from lint._resources import Resources
    from lint._source import Source
    from rules.grammar import _tokens

    passes: list[int] = []
    add, add_rest = _tokens._Index.add, _tokens._Index.add_rest

    def counted(index: _tokens._Index, words: frozenset[str], distinct: frozenset[str]) -> None:
        passes.append(len(words))
        add(index, words, distinct)

    def counted_rest(index: _tokens._Index) -> None:
        passes.append(-1)
        add_rest(index)

    resources = Resources()  # a fresh process's shared objects
    _tokens._learnt_bundle_words()  # learnt on the sample before counting
    monkeypatch.setattr(_tokens._Index, "add", counted)
    monkeypatch.setattr(_tokens._Index, "add_rest", counted_rest)
    ruleset = RuleSet.of(Config(), resources=resources)
    text = "Its a shame that the figures was late, and the council could of acted sooner. " * 20
    # words the sample lacks, of rules that once asked only about the ones a text holds (each such
    # text paid a pass over all its words, 10 ms on 50,000)
    text += (
        "Less equipment and fewer hours; two years time on average, and they discussed about the "
        "agreement at Christmas by train. A note book, the book store and a 5 year old battery. The oldest "
        "player of the team. We had a breakfast; see you latter."
    )
    run_rules(build_document(Source(text=text, path="t.txt"), "plain", resources=resources), ruleset)
    assert len(passes) == 1 and passes[0] > 100


def test_a_word_asked_for_late_is_found_and_so_is_every_later_one() -> None:
    """The first word the index lacks has every word indexed in one pass (add_rest); words asked
    about then and afterwards are found where they stand."""
    from lint._engine import build_document
    from lint._resources import Resources
    from lint._source import Source
    from rules.grammar._tokens import occurrences

    text = "Two zebrafish swam by. A quokka smiled at the zebrafish."
    doc = build_document(Source(text=text, path="t"), "plain", resources=Resources())
    first = occurrences(doc, frozenset(("zebrafish",)))  # no rule asks about it: a miss
    later = occurrences(doc, frozenset(("quokka", "smiled")))
    assert [words[index].text for words, index in first] == ["zebrafish", "zebrafish"]
    assert [words[index].text for words, index in later] == ["quokka", "smiled"]


def test_a_bundle_of_a_split_indexes_its_words_up_front_and_still_finds_every_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In a split document each process indexes up front only the words its bundle's rules ask
    about (lint._parallel.running); a word of another bundle, or one learnt while no bundle ran,
    is still found wherever the document holds it."""
    from lint import _parallel
    from lint._engine import build_document
    from lint._resources import Resources
    from lint._source import Source
    from rules.grammar import _tokens
    from rules.grammar._tokens import occurrences

    asked = _tokens._AskedWords.seeded()
    by_bundle = {bundle: asked.scope(bundle) for bundle in ("grammar", "expressions")}
    assert by_bundle["expressions"] < asked.words
    text = "The council said its plans were late. History tell us otherwise, and he could of gone. " * 3
    resources = Resources()
    doc = build_document(Source(text=text, path="t"), "plain", resources=resources)
    elsewhere = frozenset((by_bundle["grammar"] - by_bundle["expressions"]) & doc.distinct_lows)
    assert elsewhere
    expected = [(words[index].start, words[index].text) for words, index in occurrences(doc, elsewhere)]
    assert len(expected) >= 3  # marked as lying in the words indexed up front when no bundle runs

    monkeypatch.setattr(_parallel, "running", "expressions")
    split = build_document(Source(text=text, path="t"), "plain", resources=resources)
    index = split.shared(_tokens._Index)
    found = [(words[index].start, words[index].text) for words, index in occurrences(split, elsewhere)]
    assert found == expected
    assert index.seeded == {"expressions"} and not index.complete
    assert (by_bundle["grammar"] - by_bundle["expressions"]) - index.indexed  # not indexed up front


def test_index_in_arrays_finds_what_the_index_in_lists_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text past _LISTED_MOST words keeps its positions in arrays, a shorter one in lists: the
    same positions either way, for words indexed up front, alone, and all at once."""
    from lint._engine import build_document
    from lint._resources import Resources
    from lint._source import Source
    from rules.grammar import _tokens

    text = "The cat sat. Then the dog, the cat and a bird sat down.\n\nA cat is not a dog."
    asked = [frozenset({"the", "cat"}), frozenset({"sat", "zq"}), frozenset({"bird"}), frozenset({"down", "not"})]

    def found() -> tuple[list[list[int]], type]:
        doc = build_document(Source(text=text, path="t"), "plain", resources=Resources())
        result = [_tokens.positions(doc, lows) for lows in asked]
        return result, type(next(iter(_tokens._analyse(doc).by_word.values())))

    listed, kind = found()
    assert kind is list
    monkeypatch.setattr(_tokens, "_LISTED_MOST", 0)
    arrayed, kind = found()
    assert kind is not list
    assert listed == arrayed and listed[0] == [0, 1, 4, 6, 7, 14]


def test_places_from_the_table_of_sentences_are_the_searched_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Positions are placed through a table of every word's (sentence, index) pair; without it (a
    text past _PAIRED_MOST words) through a table of each word's sentence; without that (past
    _OWNED_MOST), or for a position that is no word's, by a search: the same places."""
    from lint._engine import build_document
    from lint._resources import Resources
    from lint._source import Source
    from rules.grammar import _tokens

    text = "One. Two words here! A third sentence, longer than the others. Ok.\n\nA new paragraph starts."
    doc = build_document(Source(text=text, path="t"), "plain", resources=Resources())
    count = len(doc.tokens)
    every = list(range(count))
    sample = [0, 1, 1, 4, count - 1]
    asked = (every, sample, [-1, 3, count])
    paired = [_tokens.places(doc, positions) for positions in asked]
    assert _tokens._analyse(doc).paired is not None
    assert [(words[index].text) for words, index in paired[0]] == [token.text for token in doc.tokens]
    monkeypatch.setattr(_tokens, "_PAIRED_MOST", 0)
    owned = build_document(Source(text=text, path="t"), "plain", resources=Resources())
    tabled = [_tokens.places(owned, positions) for positions in asked]
    assert _tokens._analyse(owned).paired is None and _tokens._analyse(owned).owned is not None
    monkeypatch.setattr(_tokens, "_OWNED_MOST", 0)
    searched = build_document(Source(text=text, path="t"), "plain", resources=Resources())
    plain = [_tokens.places(searched, positions) for positions in asked]
    assert _tokens._analyse(searched).owned is None

    def texts(found: list[tuple[list[_tokens.Word], int]]) -> list[tuple[str, int]]:
        return [(" ".join(word.text for word in words), index) for words, index in found]

    assert [texts(found) for found in paired] == [texts(found) for found in tabled] == [texts(found) for found in plain]


def test_rules_ask_the_word_index_for_whole_trigger_sets() -> None:
    """A rule that asks ``positions``/``occurrences`` only for the trigger words a text holds
    (``x & doc.distinct_lows``) is never taught its words by the sample run, so every text that
    holds one pays a pass over all its words. Read from the rules' source: the one-pass test above
    sees only the words its text holds."""
    import ast
    from pathlib import Path

    import rules.grammar

    def mentions_distinct(node: ast.AST, narrowed: set[str]) -> bool:
        return any(
            (isinstance(part, ast.Attribute) and part.attr == "distinct_lows")
            or (isinstance(part, ast.Name) and part.id in narrowed)
            for part in ast.walk(node)
        )

    offenders = []
    for path in sorted(Path(rules.grammar.__file__).parent.glob("*.py")):
        if path.name == "_tokens.py":
            continue  # positions() itself narrows after ensuring the whole set
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef):
                continue
            narrowed: set[str] = set()
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and mentions_distinct(node.value, narrowed):
                    narrowed.update(target.id for target in node.targets if isinstance(target, ast.Name))
            for node in ast.walk(function):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) > 1):
                    continue
                if node.func.id in ("positions", "occurrences", "present") and mentions_distinct(
                    node.args[1], narrowed
                ):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
