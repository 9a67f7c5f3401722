"""The grammar, consistency and spelling rules are registered from catalogues and imported only when they run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lint import Config, Severity, check_text
from lint._errors import RuleError
from lint._lazyrule import CatalogueEntry, LazyRule, entry_of, real
from lint._registry import all_rules
from rules import build_catalogue
from rules.grammar._all import RULES as CLASSES


@pytest.mark.parametrize("path", [build_catalogue.GRAMMAR_FILE, build_catalogue.FAMILIES_FILE], ids=lambda p: p.name)
def test_the_catalogues_are_current(path: Path) -> None:
    shipped = path.read_text(encoding="utf-8")
    assert shipped == build_catalogue.texts()[path], "regenerate it: python -m rules.build_catalogue"


def test_every_builtin_grammar_rule_is_registered_lazily_in_order() -> None:
    registered = [rule for rule in all_rules(Config()).values() if isinstance(rule, LazyRule)]
    grammar = [
        rule.id for rule in registered if rule.id != "grammar.misquoted-expression" and rule.id.startswith("grammar.")
    ]
    assert grammar == [kind.id for kind in CLASSES]


def test_choosing_the_rules_imports_no_rule_module() -> None:
    script = (
        "import sys\n"
        "from lint import Config\n"
        "from lint._ruleset import RuleSet\n"
        "ruleset = RuleSet.of(Config())\n"
        "assert any(rule.id == 'grammar.agreement' for rule in ruleset.rules)\n"
        "print(sorted(name for name in sys.modules if name.startswith('rules.grammar.')))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    for module in ("agreement", "verbs", "confusions", "verb_patterns", "_tagger"):
        assert f"'rules.grammar.{module}'" not in loaded


def test_choosing_the_rules_imports_no_consistency_spelling_or_expression_module() -> None:
    """A long document's fork then imports them only in the process that runs them."""
    script = (
        "import sys\n"
        "from lint import Config\n"
        "from lint._ruleset import RuleSet\n"
        "ruleset = RuleSet.of(Config())\n"
        "ids = {rule.id for rule in ruleset.rules}\n"
        "assert {'consistency.name', 'spelling.unknown-word', 'grammar.misquoted-expression'} <= ids\n"
        "assert {'space.repeated-spaces', 'repetition.repeated-word', 'readability.long-sentence'} <= ids\n"
        "print(sorted(name for name in sys.modules if name.startswith('rules.')))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    for module in (
        "consistency._names",
        "consistency._spelling",
        "spelling._rules",
        "spelling._accept",
        "grammar.expressions",
    ):
        assert f"'rules.{module}'" not in loaded


def test_the_catalogued_families_and_the_spelling_rules_are_registered_lazily_in_order() -> None:
    from rules import punctuation, readability, repetition, spacing
    from rules.consistency._all import RULES as CONSISTENCY

    registered = [rule.id for rule in all_rules(Config()).values() if isinstance(rule, LazyRule)]
    for prefix, kinds in (
        ("consistency.", CONSISTENCY),
        ("readability.", readability.RULES),
        ("repetition.", repetition.RULES),
        ("punctuation.", punctuation.RULES),
    ):
        assert [rule for rule in registered if rule.startswith(prefix)] == [kind.id for kind in kinds]
    assert [rule.id for rule in spacing.RULES] == [
        rule for rule in registered if rule in {kind.id for kind in spacing.RULES}
    ]
    assert {"spelling.unknown-word", "space.joined-words", "grammar.misquoted-expression"} <= set(registered)


def test_the_two_spelling_rules_share_one_checker_with_the_configs_words() -> None:
    rules = all_rules(Config(words=("zorblatt",)))
    unknown, joined = real(rules["spelling.unknown-word"]), real(rules["space.joined-words"])
    assert unknown.checker is joined.checker
    text = "The committee met the zorblatt today."
    assert [d.text for d in check_text(text, "plain", Config(select=("spelling",))).diagnostics] == ["zorblatt"]
    assert check_text(text, "plain", Config(words=("zorblatt",), select=("spelling",))).diagnostics == []


def test_two_threads_loading_the_spelling_rules_get_one_checker() -> None:
    from concurrent.futures import ThreadPoolExecutor

    rules = all_rules(Config(words=("quorbel",)))
    pair = (rules["spelling.unknown-word"], rules["space.joined-words"])
    with ThreadPoolExecutor(2) as pool:
        unknown, joined = pool.map(real, pair)
    assert unknown.checker is joined.checker


def test_an_unreadable_accept_file_is_a_configuration_error_before_any_rule_runs(tmp_path: Path) -> None:
    from lint._errors import ConfigError

    with pytest.raises(ConfigError, match="accept-files"):
        all_rules(Config(accept_files=("missing.txt",), root=str(tmp_path)))


def test_a_newsrooms_expression_file_is_read_when_the_rules_are_chosen(tmp_path: Path) -> None:
    from lint._errors import ConfigError

    with pytest.raises(ConfigError, match="grammar-expressions"):
        all_rules(Config(grammar_expressions=("missing.toml",), root=str(tmp_path)))


def _entry(**changes: object) -> CatalogueEntry:
    kind = next(kind for kind in CLASSES if kind.id == "grammar.its-confusion")
    return entry_of(kind())._replace(**changes)


def test_a_lazy_rule_answers_its_identity_without_loading() -> None:
    rule = LazyRule(_entry())
    assert (rule.id, rule.category, rule.severity, rule.overlap_group) == (
        "grammar.its-confusion",
        "grammar",
        Severity.WARNING,
        "grammar",
    )
    assert not rule.is_loaded
    assert "(loaded)" not in repr(rule)


def test_a_lazy_rule_loads_to_run_and_to_document() -> None:
    rule = LazyRule(_entry())
    assert rule.bad and rule.summary  # the docs and examples come from the real rule
    assert rule.is_loaded
    assert type(real(rule)).__name__ == "ItsConfusion"
    result = check_text("The company raised it's prices.", "plain", Config(select=("grammar.its-confusion",)))
    assert [d.text for d in result.diagnostics] == ["it's"]


def test_a_stale_catalogue_entry_is_an_error_naming_the_rule() -> None:
    rule = LazyRule(_entry(severity="info"))
    with pytest.raises(RuleError, match=r"catalogue is out of date for 'grammar.its-confusion'.*build_catalogue"):
        rule.loaded  # noqa: B018


def test_a_stale_entry_is_reported_as_that_rule_failing_not_as_a_crash() -> None:
    stale = LazyRule(_entry(fix="none"))
    from lint._ruleset import RuleSet

    ruleset = RuleSet.of(Config(), rules=[stale])
    from lint._engine import check_source
    from lint._source import Source

    result = check_source(Source(text="The company raised it's prices.", path="x.txt"), "plain", ruleset)
    assert result.diagnostics == []
    assert any("grammar.its-confusion" in error and "out of date" in error for error in result.rule_errors)


def test_linting_every_rules_examples_never_loads_lemminflect() -> None:
    """Every rule's own bad and good examples (preview rules too), linted as one text, run the finding
    paths of every rule: none may need lemminflect beyond its cached tables. Agreement's dated-clause
    suggestion loaded it (and numpy: some 0.3 s and 30 MB) for any slip whose verb is no lemma."""
    script = (
        "import sys\n"
        "from lint import Config, check_text\n"
        "from lint._registry import all_rules\n"
        "config = Config(preview=True)\n"
        "examples = [text for rule in all_rules(config).values() for text in (*rule.bad, *rule.good)]\n"
        "found = check_text('\\n\\n'.join(examples), 'plain', config).diagnostics\n"
        "print(len(examples) > 4000, len(found) > 1000, 'lemminflect' in sys.modules, 'numpy' in sys.modules)\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == ["True", "True", "False", "False"]


def test_linting_everyday_prose_never_loads_lemminflect() -> None:
    """The word tables are cached; lemminflect itself (and numpy with it, ~0.4 s) loads only for a
    word they lack. A form of another noun ("women's") once sent the agreement rule there; so did the
    dated-clause suggestion for any agreement finding whose verb is no lemma ('is', 'was': a one-line
    draft with one slip took 0.3 s instead of 0.14), and 'sworn' among the particle verbs' lemmas."""
    script = (
        "import sys\n"
        "from lint import check_text\n"
        "text = (\"The women's team and the children's choir met the council's staff. Prices rose, \"\n"
        "        \"and the people's vote was held on Monday. The mice's nest was found by the men. \"\n"
        '        "The results is clear, and they was late. The new mayor was sworn in Monday. "\n'
        '        "The senator lead the delegation to Paris last week.")\n'
        "found = {d.rule for d in check_text(text).diagnostics}\n"
        "print('lemminflect' in sys.modules, 'numpy' in sys.modules, 'grammar.agreement' in found)\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == ["False", "False", "True"]
