"""The [grammar] config table, the grammar-expressions key, profiles and the expression lists."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lint import Config, ConfigError, check_text
from lint._config import config_from_table, load_config_file
from lint._registry import all_rules
from lint._sections import PROFILE_ENV, Environment
from rules.grammar import expressions
from rules.grammar._settings import LANGUAGETOOL_ENV, GrammarSettings, grammar_settings
from rules.grammar._words import verb_form

FIXTURES = Path(__file__).parent / "fixtures" / "grammar"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (LANGUAGETOOL_ENV, PROFILE_ENV):
        monkeypatch.setenv(name, "recorded")  # so that monkeypatch restores it, even after use_profile()
        monkeypatch.delenv(name)


def test_grammar_table_is_validated_into_settings() -> None:
    table = {
        "grammar": {
            "harper": True,
            "harper-disabled-rules": ["DidPast"],
            "languagetool": "https://lt.example.org",
            "languagetool-disabled-rules": ["UPPERCASE_SENTENCE_START"],
            "timeout": 3,
        }
    }
    settings = grammar_settings(config_from_table(table, "cfg.toml"))
    assert settings == GrammarSettings(
        harper=True,
        harper_disabled_rules=("DidPast",),
        languagetool="https://lt.example.org",
        languagetool_disabled_rules=("UPPERCASE_SENTENCE_START",),
        timeout=3.0,
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"grammar": {"harpr": True}}, "cfg.toml: grammar.harpr: unknown key (expected one of harper,"),
        ({"grammar": {"harper": "yes"}}, "cfg.toml: grammar.harper: must be true or false"),
        ({"grammar": {"languagetool": "on"}}, 'cfg.toml: grammar.languagetool: must be "off", "local" or a server URL'),
        ({"grammar": {"timeout": 0}}, "cfg.toml: grammar.timeout: must be a number of seconds"),
        ({"grammar": {"timeout": True}}, "cfg.toml: grammar.timeout: must be a number of seconds"),
        ({"grammar": {"harper-disabled-rules": "DidPast"}}, "cfg.toml: grammar.harper-disabled-rules: must be a list"),
        ({"grammar": True}, "cfg.toml: grammar: must be a table"),
        ({"grammar-expressions": 3}, "cfg.toml: grammar-expressions: must be a list of strings"),
    ],
)
def test_bad_grammar_settings_name_the_file_and_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        config_from_table(table, "cfg.toml")
    assert str(raised.value).startswith(message)


def _applied(environment: Environment, table: dict[str, object] | None = None) -> GrammarSettings:
    config = config_from_table(table, "f") if table is not None else Config()
    return grammar_settings(environment.applied_to(config))


def test_environment_fills_languagetool_unless_the_config_sets_it() -> None:
    environment = Environment.read({LANGUAGETOOL_ENV: "http://lt.newsroom:8010", "PATH": "/bin"})
    assert environment.variables == ((LANGUAGETOOL_ENV, "http://lt.newsroom:8010"),)  # only copydesk's own
    assert _applied(environment).languagetool == "http://lt.newsroom:8010"
    assert _applied(environment, {"grammar": {"harper": False}}).languagetool == "http://lt.newsroom:8010"
    assert _applied(environment, {"grammar": {"languagetool": "off"}}).languagetool == "off"
    with pytest.raises(ConfigError, match="COPYDESK_LANGUAGETOOL_URL"):
        Environment.read({LANGUAGETOOL_ENV: "not a url"})


def test_thorough_profile_turns_harper_on() -> None:
    assert _applied(Environment.read({})).harper is False
    thorough = Environment.read({PROFILE_ENV: "thorough"})
    assert _applied(thorough).harper is True
    assert _applied(thorough, {"grammar": {"harper": False}}).harper is True  # asked for
    assert Environment.read({PROFILE_ENV: "thorough"}, profile="default").profile == "default"  # flag wins
    with pytest.raises(ConfigError, match="COPYDESK_PROFILE"):
        Environment.read({PROFILE_ENV: "fast"})
    with pytest.raises(ConfigError, match="--profile"):
        Environment.read({}, profile="fast")


def test_an_empty_environment_changes_nothing_and_loads_nothing() -> None:
    config = Config(language="en-GB")
    assert Environment.read({}).applied_to(config) is config


def test_the_library_never_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A variable set for the command line does not change what an embedding program gets."""
    monkeypatch.setenv(PROFILE_ENV, "thorough")
    monkeypatch.setenv(LANGUAGETOOL_ENV, "http://lt.newsroom:8010")
    assert grammar_settings(Config()) == GrammarSettings()
    assert grammar_settings(config_from_table({"grammar": {"timeout": 5}}, "f")).languagetool == "off"
    assert not any(f.rule.startswith("grammar.harper") for f in check_text("They did not went home.").diagnostics)


def test_cli_reads_the_profile_from_the_environment(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Alot of people came.\n")  # Harper's alone: the built-ins take 'flaunted the rules'
    command = [sys.executable, "-m", "lint", "check", "--no-cache", "--select", "grammar", str(draft)]
    env = {**os.environ, PROFILE_ENV: "thorough"}
    thorough = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert "grammar.harper.grammar" in thorough.stdout
    bad = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env={**os.environ, PROFILE_ENV: "x"})
    assert bad.returncode == 2
    assert bad.stderr.strip() == "copydesk: environment: COPYDESK_PROFILE: must be one of default, thorough (got 'x')"


def test_cli_profile_option_runs_harper(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("They did not went home.\n\nAlot of people came.\n")
    command = [sys.executable, "-m", "lint", "check", "--no-cache", "--select", "grammar", str(draft)]
    plain = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    thorough = subprocess.run([*command, "--profile", "thorough"], capture_output=True, text=True, cwd=tmp_path)
    assert "grammar.harper" not in plain.stdout
    assert "grammar.harper.grammar" in thorough.stdout
    assert thorough.returncode == 1


def test_builtin_expressions_file_is_valid_and_every_entry_fires() -> None:
    entries = expressions.builtin_expressions()
    assert len(entries) >= 50
    for entry in entries:
        wrong = re.sub(r"\{([a-z]+)\}", lambda m: verb_form(m.group(1), "VBD") or m.group(1), entry.wrong)
        right = re.sub(r"\{([a-z]+)\}", lambda m: expressions.idiom_form(m.group(1), "VBD"), entry.right)
        text = f"Officials said it was {wrong}."
        if entry.start:  # only where a sentence opens
            wrong, right = wrong[0].upper() + wrong[1:], right[0].upper() + right[1:]
            text = f"{wrong}, it was over."
        alone = Config(select=("grammar.misquoted-expression",))  # spelling may report "supposably" too
        found = check_text(text, "plain", alone).diagnostics
        assert [(d.text, d.finding.suggestions) for d in found] == [(wrong, (right,))], entry


def test_builtin_expressions_are_listed_once() -> None:
    """A second entry for the same words only hides which of two messages a writer gets."""
    wrongs = Counter(entry.wrong.lower() for entry in expressions.builtin_expressions())
    assert [wrong for wrong, count in wrongs.items() if count > 1] == []


def test_idiom_variants_file_is_current() -> None:
    """idiom-variants.toml is what build_idiom_variants makes of idioms.txt and confusables.txt now."""
    from rules.grammar import build_idiom_variants

    assert build_idiom_variants.VARIANTS.read_text(encoding="utf-8") == build_idiom_variants.render(), (
        "run python -m rules.grammar.build_idiom_variants"
    )


def test_idiom_variants_keep_only_slips() -> None:
    """A sound-alike is kept where the web counts find it unseen beside the idiom's words ('byte
    the'), not where it is a phrase in use ('the breaks'), nor where nothing is known ('though light
    on': 'threw light' is unseen too, and 'though' the commoner word), nor where the right pair is
    barely above the table's floor ('the right tract'), nor one adjective for another, nor a noun
    for a noun after an article or a modifier ('had a steak in Buenos Aires')."""
    from rules.grammar import build_idiom_variants as build

    assert build.keep("bite the bullet".split(), 0, "byte") and build.keep("lose your temper".split(), 0, "loose")
    assert not build.keep("{hit} the brakes".split(), 2, "breaks")
    assert not build.keep("threw light on".split(), 0, "though")
    assert not build.keep("on the right track".split(), 3, "tract")
    made = {wrong for wrong, _, _ in build.variants(set())}
    assert "a sure loser" not in made and "site effects" not in made  # adjective for adjective; two words
    assert not {"had a steak in", "the lead roll", "shed a tier", "the big tome"} & made  # noun for noun
    assert not any(wrong.startswith("our of ") for wrong in made)  # function words are left alone


def test_idiom_variants_of_sound_alikes_participles_and_compounds() -> None:
    """Beyond the confusion sets: a word that sounds the same (never a dialect's spelling, 'armor'),
    a participle's bare verb, and for a two-word compound a letter slip (never a noun for a noun:
    'heavy meal'); never another form of the same word ('rein'); 'your' stands for each possessive;
    a '-' line ('pay rise', British and right) is never generated."""
    from rules.grammar import build_idiom_variants as build

    sounds = build._sounds()
    assert build.near_words("armour", sounds, letters=True) == []
    assert "rein" not in build.near_words("reins", sounds, letters=True)
    assert "sparking" in build.near_words("sparkling", sounds, letters=True)
    assert "sparking" not in build.near_words("sparkling", sounds, letters=False)
    assert "meal" not in build.near_words("metal", sounds, letters=True)
    assert build.near_words("mashed", sounds, letters=False) == ["mash"]
    assert build.keep_pair(["brake", "pads"], 0, "break")
    assert build.possessives("{flex} your muscles")[2] == "{flex} his muscles"
    made = {wrong for wrong, _, _ in build.variants(set())}
    assert {"sparking wine", "mash potatoes", "{flex} his mussels"} <= made
    assert not {"pay rise", "heavy meal", "a knight in shining armour"} & made


def test_every_expression_fires_however_its_words_are_spaced_and_cased() -> None:
    """The word-order pre-check that spares compiling most patterns never hides a match: upper
    case, runs of spaces, a line break and curly apostrophes between and in the words."""
    alone = Config(select=("grammar.misquoted-expression",))
    for entry in expressions.builtin_expressions():
        wrong = re.sub(r"\{([a-z]+)\}", lambda m: verb_form(m.group(1), "VBG") or m.group(1), entry.wrong)
        spaced = "  \n".join(wrong.upper().replace("'", "’").split(" "))
        text = f"{spaced}, it was over." if entry.start else f"Officials said it was {spaced}."
        found = check_text(text, "plain", alone).diagnostics
        assert [d.text for d in found] == [spaced], entry


def test_newsroom_expression_file_is_added(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(
        '[[expression]]\nwrong = "{pour} over the files"\nright = "{pore} over the files"\n'
    )
    (tmp_path / ".copydesk.toml").write_text('grammar-expressions = ["house.toml"]\n')
    config = load_config_file(tmp_path / ".copydesk.toml")
    assert config is not None and config.grammar_expressions == ("house.toml",)
    assert "house.toml" in config.referenced_files()  # part of the result-cache key
    found = check_text("Reporters poured over the files. It was a free reign.", "plain", config).diagnostics
    assert [(d.text, d.finding.suggestions[0]) for d in found] == [
        ("poured over the files", "pored over the files"),
        ("free reign", "free rein"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[expression]]\nwrong = "a b"\n', "expression[0].right: must be a non-empty string"),
        ('[[expression]]\nwrong = "a b"\nright = "c"\ncolour = 1\n', "expression[0].colour: unknown key"),
        ('[[expression]]\nwrong = "{a} b"\nright = "c"\n', "expression[0].right: must have a {verb} placeholder"),
        ('[[expression]]\nwrong = "{a} {b}"\nright = "{c}"\n', "expression[0].wrong: may hold at most one"),
        ('[[expression]]\nwrong = "a"\nright = "b"\nend = "yes"\n', "expression[0].end: must be true or false"),
        ('[[expression]]\nwrong = "a"\nright = "b"\nidiom = 1\n', "expression[0].idiom: must be true or false"),
        ("[[expression]\n", "is not valid TOML"),
        ('[[phrase]]\nwrong = "a"\n', "phrase: unknown key"),
    ],
)
def test_bad_expression_files_are_config_errors(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "house.toml").write_text(content)
    config = Config(grammar_expressions=("house.toml",), root=str(tmp_path), path=str(tmp_path / ".copydesk.toml"))
    with pytest.raises(ConfigError) as raised:
        all_rules(config)
    assert str(raised.value).startswith(str(tmp_path / "house.toml"))
    assert message in str(raised.value)


def test_an_idiom_entry_is_never_read_as_a_verb_and_its_preposition() -> None:
    """'idiom = true': the opening preposition is the expression's, whatever comes before it ('in her
    way home' after 'stayed', which often takes 'in', is still 'on her way home')."""
    entry = expressions.Expression("in her way home", "on her way home")
    assert expressions._governed_preposition(entry, "stayed")  # "stayed in her way home": read as 'stayed in'
    idiom = expressions.Expression("in her way home", "on her way home", idiom=True)
    assert not expressions._governed_preposition(idiom, "stayed")
    built_in = [e for e in expressions.builtin_expressions() if e.wrong.startswith(("in her way", "in my way"))]
    assert built_in and all(e.idiom for e in built_in)


def test_missing_expression_file_names_the_key(tmp_path: Path) -> None:
    config = Config(grammar_expressions=("nope.toml",), root=str(tmp_path), path="cfg.toml")
    with pytest.raises(ConfigError, match=re.escape("cfg.toml: grammar-expressions: nope.toml: no such file")):
        all_rules(config)


def test_fixture_expression_file_matches_the_documented_format() -> None:
    parsed = expressions.parse_expressions((FIXTURES / "house-expressions.toml").read_text(), "house")
    assert [entry.wrong for entry in parsed] == ["{pour} over the documents", "tenants of democracy"]
    assert parsed[1].end is False and parsed[1].note


def test_cached_expression_index_matches_a_fresh_one() -> None:
    """The built-in list's matcher index comes from the data cache; it must equal one worked out anew."""
    entries = expressions.builtin_expressions()
    fresh = expressions._Matcher(entries)
    stored = expressions._Matcher(entries, expressions._builtin_index())
    assert (fresh.keys, fresh.required, fresh.sequences, fresh.by_key) == (
        stored.keys,
        stored.required,
        stored.sequences,
        stored.by_key,
    )
