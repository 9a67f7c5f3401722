"""The typo rules of rules/grammar/typos.py: split words, phrasal verbs written as nouns, broken
contractions, doubled auxiliaries and slips among the commonest words."""

from __future__ import annotations

import pytest

from lint import Config, check_text
from rules.grammar.typos import SPLIT_WORDS_FILE, parse_line, split_patterns


def _found(text: str, rule: str) -> list[str]:
    result = check_text(text, "plain", Config(select=(rule,)))
    return [d.text for d in result.diagnostics if d.rule == rule]


def test_every_line_of_the_data_file_parses() -> None:
    lines = [line for line in SPLIT_WORDS_FILE.read_text(encoding="utf-8").splitlines()]
    patterns = [parse_line(line) for line in lines]
    assert sum(pattern is not None for pattern in patterns) > 150
    for pattern in patterns:
        if pattern is not None:
            assert pattern.replacement and 0 <= pattern.first < pattern.last <= len(pattern.slots)
    assert "self" in split_patterns() and "al" in split_patterns() and "so" not in split_patterns()


def test_a_malformed_line_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_line("it self itself")
    with pytest.raises(ValueError):
        parse_line("@nothing [all ready] > already")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The issue it self is clear.", ["it self"]),
        ("They were falling over them selves.", ["them selves"]),
        ("We packed before hand.", ["before hand"]),
        ("She needs hand surgery before hand therapy.", []),
        ("It would be cause for concern.", []),
        ("It was all be cause of you.", ["be cause"]),
        ("I've all ready bought it.", ["all ready"]),
        ("We are all ready, and I have all ready answers.", []),
        ("In the mean time, we wait.", ["mean time"]),
        ("The mean time to failure is long.", []),
        ("He was honest in word and in deed.", []),
        ("In deed, he was honest.", ["In deed"]),
        ("The World Wide Web grew.", []),
        ("It was a world wide epidemic.", ["world wide"]),
        ("Al so wanted to come, et al so on.", []),
        ("He was lacking in tact.", []),
        ("The vase stayed in tact.", ["in tact"]),
        ("There's no where to go.", ["no where"]),
        ("Some times are better than others.", []),
        ("Some times I think so.", ["Some times"]),
    ],
)
def test_split_words(text: str, flagged: list[str]) -> None:
    assert _found(text, "grammar.split-word") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("You can backup your files.", ["backup"]),
        ("He didn't want to blackout in class.", ["blackout"]),
        ("They switched to backup power.", []),
        ("We backup our files daily.", ["backup"]),
        ("We startup founders know it.", []),
        ("In May setup began.", []),
        ("The project got shutdown.", ["shutdown"]),
    ],
)
def test_joined_verbs(text: str, flagged: list[str]) -> None:
    assert _found(text, "grammar.joined-verb") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Yes, I'l go.", ["I'l"]),
        ("Yes, I’v seen it.", ["I’v"]),
        ("We had lot's of fun.", ["lot's"]),
        ("The parking lot's of gravel.", []),
        ("And hell be there.", ["hell"]),
        ("Ill explain.", ["Ill"]),
        ("Ill health kept him home.", []),
        ("Shell oil prices rose.", []),
    ],
)
def test_broken_contractions(text: str, flagged: list[str]) -> None:
    assert _found(text, "grammar.broken-contraction") == flagged


def test_doubled_auxiliary_keeps_the_case() -> None:
    result = check_text("I think we’re are late.", "plain", Config(select=("grammar.doubled-auxiliary",)))
    assert [d.finding.suggestions for d in result.diagnostics] == [("we are",)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("At he beginning, I was afraid.", ["he"]),
        ("At he end of the day we left.", ["he"]),
        ("For he first saw her there.", []),
        ("In he walks.", []),
        ("It did no good; she does no understand.", ["no"]),
        ("Part I a of the plan.", []),
    ],
)
def test_common_word_slips(text: str, flagged: list[str]) -> None:
    assert _found(text, "grammar.common-word-slip") == flagged


def test_a_word_of_the_contraction_list_with_no_will_form_does_not_break_the_rule() -> None:
    """'Haven' (not after I/you/we/they) before 'be' once reached the 'I'll'/'he'll' branch and
    raised a KeyError, so the rule reported nothing for the whole document."""
    result = check_text("Haven be there. Ill explain.", "plain", Config(select=("grammar.broken-contraction",)))
    assert result.rule_errors == []
    assert [d.text for d in result.diagnostics] == ["Ill"]
