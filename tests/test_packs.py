"""House-style packs: strict validation, config, the five kinds, built-in packs, explain."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint import Config, check_text
from lint._config import config_from_table, load_config_file
from lint._errors import ConfigError, RuleError
from lint._findings import FixSafety, Severity
from lint._fixes import apply_edits, fix_edits
from lint._registry import all_rules
from rules.housestyle import builtin_packs, parse_pack, provide
from rules.housestyle._load import BUILTIN, _read, load_pack

STYLE = Path(__file__).parent / "fixtures" / "style"
NEWSROOM = STYLE / "newsroom"


def newsroom_config() -> Config:
    config = load_config_file(NEWSROOM / ".copydesk.toml")
    assert config is not None
    return config


# -- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("unknown-key.toml", "entry 'house.azeri': key 'colour': unknown key for a consistency entry"),
        ("no-examples.toml", "entry 'house.azeri': needs at least one 'bad' and one 'good' example"),
        ("bad-kind.toml", "entry 'house.azeri': key 'kind': must be one of existence, substitution"),
        ("bad-regex.toml", "entry 'house.broken': key 'patterns': '(unclosed' is not a valid regular expression"),
        ("bad-preferred.toml", "entry 'house.azeri': key 'preferred': must be one of the forms"),
        ("flat-entry.toml", "top-level key 'kind' must be a family table"),
        ("bad-name.toml", "must be a family table such as [house.entry-name]"),
        ("bad-severity.toml", "entry 'house.azeri': key 'severity': must be one of error, warning, info"),
    ],
)
def test_bad_packs_are_errors_naming_file_entry_and_key(name: str, expected: str) -> None:
    path = STYLE / "bad-packs" / name
    with pytest.raises(RuleError) as error:
        parse_pack(path.read_text(encoding="utf-8"), str(path))
    assert str(error.value).startswith(str(path))
    assert expected in str(error.value)


def test_invalid_toml_is_an_error_naming_the_file() -> None:
    with pytest.raises(RuleError, match=r"^my\.toml: is not valid TOML"):
        parse_pack("[house.x\nkind = 1", "my.toml")


def test_packs_key_is_validated() -> None:
    with pytest.raises(ConfigError, match="packs: must be a list of strings"):
        config_from_table({"packs": 3}, "cfg.toml")
    with pytest.raises(ConfigError, match="packs: pack names and paths must not be empty"):
        config_from_table({"packs": [" "]}, "cfg.toml")


def test_unknown_builtin_pack_and_missing_file_are_config_errors() -> None:
    with pytest.raises(
        ConfigError, match=r"cfg\.toml: packs: no built-in pack named 'sports' \(built-in: default, news\)"
    ):
        provide(Config(packs=("sports",), path="cfg.toml"))
    with pytest.raises(ConfigError, match=r"packs: pack file .*nowhere\.toml' does not exist"):
        provide(Config(packs=("nowhere.toml",), path="cfg.toml", root=str(STYLE)))


# -- configuration and the kinds ------------------------------------------------------------------


def test_builtin_packs_are_on_by_default() -> None:
    assert builtin_packs() == ["default", "news"]
    assert Config().packs == ("default", "news")
    ids = set(all_rules(Config()))
    assert {"house.azerbaijani", "boilerplate.comment-form", "placeholder.tk"} <= ids


def test_config_enables_a_newsroom_pack_relative_to_the_config_file() -> None:
    config = newsroom_config()
    assert config.packs == ("default", "news", "packs/gazette.toml")
    assert dict(config.readability) == {"max-sentence-words": 25.0, "target-grade": 10.0}
    ids = [rule.id for rule in provide(config)]
    assert ids[-5:] == ["gazette.azeri", "gazette.utilize", "gazette.slur-list", "gazette.footer", "gazette.hold"]
    assert "gazette.azeri" not in all_rules(Config())


def test_newsroom_pack_entry_examples_run_like_any_rule() -> None:
    config = newsroom_config()
    for rule in provide(config):
        if not rule.id.startswith("gazette."):
            continue
        only = config.with_overrides(select=(rule.id,))
        for bad in rule.bad:
            assert rule.id in {d.rule for d in check_text(bad, "plain", only).diagnostics}, bad
        for good in rule.good:
            assert check_text(good, "plain", only).diagnostics == [], good
        for bad, fixed in zip(rule.bad, rule.fixed, strict=False):
            result = check_text(bad, "plain", only)
            assert apply_edits(bad, fix_edits(result.document, result.diagnostics)) == fixed


def test_the_five_kinds_on_a_story() -> None:
    config = newsroom_config().with_overrides(select=("gazette",))
    text = (NEWSROOM / "story.md").read_text(encoding="utf-8")
    result = check_text(text, "markdown", config)
    found = {(d.rule, d.text): d for d in result.diagnostics}
    azeri = found[("gazette.azeri", "Azeri")]  # a tie, but the house form decides
    assert azeri.finding.suggestions == ("Azerbaijani",) and azeri.severity is Severity.WARNING
    assert "house style" in azeri.message
    utilize = found[("gazette.utilize", "utilize")]
    assert utilize.finding.suggestions == ("use",) and utilize.finding.fix is FixSafety.SAFE
    slur = found[("gazette.slur-list", "illegal aliens")]
    assert slur.severity is Severity.ERROR
    assert slur.message == "'illegal aliens' is not Gazette style: write 'undocumented immigrant'."
    assert ("gazette.hold", "HOLD FOR VOTE COUNT") in found
    assert ("gazette.footer", "Got a tip? Email tips@example.com") in found
    for diagnostic in result.diagnostics:
        location = diagnostic.location
        assert text[location.offset : location.offset + location.length] == diagnostic.text


def test_boilerplate_needs_a_story_around_it() -> None:
    config = Config(select=("boilerplate",))
    alone = check_text("Sign up for our newsletter.", "plain", config)
    assert not alone.diagnostics  # one paragraph is the whole text: the copy itself, not furniture
    story = check_text("The council met on Monday.\n\nSign up for our newsletter.", "plain", config)
    assert [d.rule for d in story.diagnostics] == ["boilerplate.newsletter"]


def test_an_edited_pack_is_read_again(tmp_path: Path) -> None:
    pack = tmp_path / "mine.toml"
    entry = (
        '[mine.{name}]\nkind = "existence"\nphrases = ["x"]\nsummary = "s."\nwhy = "w."\nbad = ["x"]\ngood = ["y"]\n'
    )
    pack.write_text(entry.format(name="first"), encoding="utf-8")
    assert [e.id for e in load_pack(pack)] == ["mine.first"]
    pack.write_text(entry.format(name="second"), encoding="utf-8")
    os.utime(pack, ns=(pack.stat().st_atime_ns, pack.stat().st_mtime_ns + 1_000_000_000))
    assert [e.id for e in load_pack(pack)] == ["mine.second"]


def test_a_pack_from_the_data_cache_is_the_pack_as_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_DATA_CACHE", str(tmp_path / "cache"))
    for name in builtin_packs():
        path = BUILTIN / f"{name}.toml"
        parsed = tuple(parse_pack(path.read_text(encoding="utf-8"), str(path)))
        status = path.stat()
        for _ in range(2):  # built and stored, then loaded from the cache
            _read.cache_clear()
            assert _read(str(path), status.st_mtime_ns, status.st_size) == parsed
    assert len(list((tmp_path / "cache").glob("house-pack-*.marshal"))) == len(builtin_packs())


# -- the built-in packs on real copy -------------------------------------------------------------------


def test_scraped_article_gets_house_style_and_furniture_findings() -> None:
    text = (STYLE / "scraped-article.txt").read_text(encoding="utf-8")
    result = check_text(text, "plain", Config(select=("house", "boilerplate", "placeholder")))
    found = [(d.rule, d.text) for d in result.diagnostics]
    assert found == [
        ("house.azerbaijani", "Azeri"),
        ("house.azerbaijani", "Azeri"),
        ("house.ministry-name", "Ministry of Defense"),
        (
            "boilerplate.author-bio",
            "Tigran is a young writer passionate about telling stories from the region. He loves hiking.",
        ),
        ("boilerplate.comment-form", "Leave a Reply"),
        ("boilerplate.comment-form", "Your email address will not be published. Required fields are marked *"),
    ]
    azeri = result.diagnostics[0]
    assert azeri.finding.suggestions == ("Azerbaijani",)
    assert "'Azerbaijani' 4×, 'Azeri' 2×" in azeri.message


def test_furniture_lines_are_found_and_sentences_of_reporting_are_not() -> None:
    text = (STYLE / "furniture.txt").read_text(encoding="utf-8")
    result = check_text(text, "plain", Config(select=("boilerplate",)))
    assert [(d.rule, d.text) for d in result.diagnostics] == [
        ("boilerplate.advert-label", "Advertisement"),
        ("boilerplate.share-bar", "Share this:"),
        ("boilerplate.share-bar", "Click to share on Twitter (Opens in new window)"),
        ("boilerplate.related-stories", "Related Posts"),
        ("boilerplate.related-stories", "Read more: Council approves new park"),
        ("boilerplate.newsletter", "Subscribe to our newsletter"),
        ("boilerplate.cookie-notice", "We use cookies to ensure that we give you the best experience on our website."),
        ("boilerplate.site-footer", "© 2021 The Example Gazette. All rights reserved."),
    ]
    # Removing furniture is offered, but only as an unsafe fix: a human should look first.
    assert {d.finding.fix for d in result.diagnostics} == {FixSafety.UNSAFE}
    assert fix_edits(result.document, result.diagnostics) == []


def test_furniture_is_judged_by_paragraph_not_by_source_line() -> None:
    # Soft-wrapped Markdown: the last word of a sentence alone on a line is not "Next »", and a
    # removal (an unsafe fix) must never cut a sentence in two.
    text = (
        "Releases move in steps from one channel to the\nnext.\n\n"
        "## Tags\n\nTags are labels you add to a post.\n\n"
        "See also: the section on categories.\n"
    )
    result = check_text(text, "markdown", Config(select=("boilerplate",)))
    assert [(d.rule, d.text) for d in result.diagnostics] == []
    assert fix_edits(result.document, result.diagnostics, unsafe=True) == []


def test_a_paragraph_of_furniture_lines_is_removed_line_by_line() -> None:
    text = "The council met on Monday.\n\nShare this:\nTweet\nPin it\n\nThe vote was close.\n"
    result = check_text(text, "plain", Config(select=("boilerplate",)))
    assert [d.text for d in result.diagnostics] == ["Share this:", "Tweet", "Pin it"]
    fixed = apply_edits(text, fix_edits(result.document, result.diagnostics, unsafe=True))
    assert "The council met on Monday." in fixed and "The vote was close." in fixed
    assert "Share" not in fixed and "Tweet" not in fixed


def test_a_paragraph_mixing_furniture_and_prose_is_left_alone() -> None:
    text = "The council met on Monday.\n\nShare this:\nThe vote was close, officials said.\n"
    result = check_text(text, "plain", Config(select=("boilerplate",)))
    assert result.diagnostics == []


def test_furniture_entries_judged_together_find_what_each_finds_alone() -> None:
    """The packs' boilerplate entries read each paragraph together: every entry finds exactly what
    it finds judged on its own, the 'end' entries only in the last paragraphs."""
    from lint._engine import build_document
    from lint._source import Source
    from rules.housestyle._kinds import PackRule

    rules = provide(Config())
    furniture = [rule for rule in rules if rule.entry.kind == "boilerplate"]
    assert len(furniture) > 5
    texts = [(STYLE / name).read_text(encoding="utf-8") for name in ("furniture.txt", "scraped-article.txt")]
    texts += ["\n\n".join(rule.bad + rule.good) for rule in furniture]
    texts += ["Share this:\nTweet\n\nAbout the author\n\n" + "The vote was close.\n\n" * 6 + "Share this:\nTweet"]
    found = 0
    for text in texts:
        doc, alone = (build_document(Source(text), "plain", Config()) for _ in range(2))
        for rule in furniture:
            together = [(f.start, f.end, f.message) for f in rule.check(doc)]
            assert together == [(f.start, f.end, f.message) for f in PackRule(rule.entry).check(alone)]
            found += len(together)
    assert found > 20


def test_needles_grouped_by_a_shared_word_decide_as_each_needle_does() -> None:
    """An entry's needles are tested one shared word first (" here" for "goes here"): a text may
    match exactly when it holds one of the needles."""
    import random

    from lint._engine import build_document
    from lint._source import Source
    from rules.housestyle._kinds import _pieces

    rules = [rule for rule in provide(Config()) if rule._needles]
    fragments = [piece for rule in rules for needle in rule._needles or () for piece in (needle, *_pieces(needle))]
    chance = random.Random(5)
    for _ in range(400):
        text = "".join(chance.choice([*fragments, " ", "there", "Here", "\n\n"]) for _ in range(chance.randint(0, 8)))
        doc = build_document(Source(text), "plain", Config())
        for rule in rules:
            haystack = doc.text if rule.entry.case_sensitive else doc.lowered
            assert rule._may_match(doc) == any(needle in haystack for needle in rule._needles or ()), (rule.id, text)


def test_placeholders_in_markdown() -> None:
    text = (STYLE / "placeholders.md").read_text(encoding="utf-8")
    result = check_text(text, "markdown", Config(select=("placeholder",)))
    assert [(d.rule, d.text) for d in result.diagnostics] == [
        ("placeholder.tk", "TK"),
        ("placeholder.number", "$XX million"),
        ("placeholder.lorem-ipsum", "Lorem ipsum"),
        ("placeholder.lorem-ipsum", "dolor sit amet"),
        ("placeholder.lorem-ipsum", "consectetur adipiscing elit"),
        ("placeholder.insert", "[INSERT QUOTE FROM DEPUTY]"),
        ("placeholder.fixme", "FIXME"),
    ]
    assert {d.severity for d in result.diagnostics} == {Severity.ERROR}


def test_explain_shows_a_pack_entry() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lint", "explain", "boilerplate.comment-form"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("boilerplate.comment-form\n")
    assert "Leave a Reply" in result.stdout
    assert "from the built-in pack 'news'" in result.stdout


def test_requires_is_a_prefilter_and_is_validated() -> None:
    from rules.housestyle._kinds import PackRule

    pack = """
[house.slug]
kind = "placeholder"
summary = "A story slug left in the copy."
why = "Slugs are for the desk."
patterns = ["\\\\bSLUG-[A-Z]+\\\\b"]
requires = ["SLUG-"]
bad = ["Filed as SLUG-COUNCIL today."]
good = ["Filed today."]
"""
    (entry,) = parse_pack(pack, "slug.toml")
    assert entry.requires == ("SLUG-",)
    rule = PackRule(entry)
    from lint._engine import build_document
    from lint._source import Source

    doc = build_document(Source("Filed as SLUG-COUNCIL today."), "plain", Config())
    assert [doc.text[f.start : f.end] for f in rule.check(doc)] == ["SLUG-COUNCIL"]
    quiet = build_document(Source("Filed as slug council today."), "plain", Config())
    assert list(rule.check(quiet)) == []
    with pytest.raises(RuleError, match="key 'requires': must be a non-empty list"):
        parse_pack(pack.replace('requires = ["SLUG-"]', "requires = []"), "slug.toml")


def test_requires_limits_the_search_to_paragraphs_holding_a_needle() -> None:
    """A ``requires`` entry is searched only in the paragraphs that hold one of its strings, and a
    pattern that can match at the text's end (``$``) still sees the whole text."""
    from lint._engine import build_document
    from lint._source import Source
    from rules.housestyle._kinds import PackRule

    news = load_pack(BUILTIN / "news.toml")
    (number,) = [PackRule(e) for e in news if e.id == "placeholder.number"]
    text = "Xi spoke on Monday.\n\nThe deal is worth $XX million.\n\nTurnout was XX percent on March XX."
    doc = build_document(Source(text), "plain", Config())
    assert number._by_paragraph
    assert [doc.text[f.start : f.end] for f in number.check(doc)] == ["$XX million", "XX", "March XX"]
    (fixme,) = [PackRule(e) for e in news if e.id == "placeholder.fixme"]
    assert not fixme._by_paragraph  # "TODO" before the text's end: "$" must mean the end of the text
    ends = build_document(Source("Check the date.\n\nTODO\n\nThe council met."), "plain", Config())
    assert list(fixme.check(ends)) == []
    last = build_document(Source("The council met.\n\nTODO"), "plain", Config())
    assert [last.text[f.start : f.end] for f in fixme.check(last)] == ["TODO"]


def test_a_set_form_starting_with_w_keeps_its_left_word_edge() -> None:
    """The capital-first alternative is built into the pattern, not patched in afterwards (patching
    the first "w" of the pattern turned the look-behind ``(?<!\\w)`` into ``(?<!\\[wW])``)."""
    import re

    from rules.housestyle._kinds import _phrase_pattern

    pattern = re.compile(_phrase_pattern("war-torn", capital_start=True))
    assert [m.group() for m in pattern.finditer("a war-torn city. War-torn towns; postwar-torn")] == [
        "war-torn",
        "War-torn",
    ]
