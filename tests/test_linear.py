"""No rule's work grows faster than the document: counted in operations, not timed.

Each default rule is run on a document and on one four times as long, under a profiler hook that
counts every Python and C function call (deterministic, whatever the machine's load). A linear rule
makes about 4x the calls; one that loops over all tokens once per token, or rescans the text per
sentence in Python, makes 16x. The document build and the engine's own passes are checked the
same way. Blind spot: one C call that scans the whole text (a regex ``search`` per finding) counts
as one call however long it runs; ``bench/scaling.py`` times 10k -> 1M words for that.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from lint import Config, Source, Token
from lint._engine import build_document, run_rules
from lint._registry import enabled_rules
from lint._ruleset import RuleSet
from lint._stats import document_stats

PARAGRAPHS = (
    "The council of Greenwick voted on Tuesday to delay the sodium-ion battery plant, said Mayor Aoife "
    "Brennan, who has led the town since 2019. Critics called the vote a long-term mistake.",
    "In a statement, the Ministry of Energy said it would 'review the decision' and that talks with "
    "the company, NordCell, would continue. The company's chief executive, Lars Madsen, declined to comment.",
    "Residents have organised three meetings this month; at the last one, about 400 people filled the "
    "school hall and several said the plan was rushed, expensive and poorly explained to them.",
    "Teh report, published by the regional authority, estimates that the plant would create 1,200 jobs "
    "over five years, though it warns that the figures depend on federal subsidies that may not last.",
    'Opposition councillors said the mayor had known about the delays since March. "We were told '
    'nothing," said councillor Priya Natarajan. "The public deserved better than this."',
    "The company has built similar plants in Sweden and Poland (the first opened in 2021) and says its "
    "cells contain no cobalt, a metal whose mining has been linked to child labour.",
    "A spokesperson for the company said the firm remained committed to the project, adding that it "
    "had already spent about $40 million on the site and on training programmes for local workers.",
    "However the council's own analysts said the battery market had changed: prices fell by a third "
    "last year, and two rival projects in the region were cancelled after their funding collapsed.",
    "Environmental groups welcomed the delay. They argue that the site, a former quarry next to the "
    "river, floods every few winters and that the plant's water use has never been properly assessed.",
    "The decision will be reviewed in September, when the council receives an independent study of the "
    "site. Until then, no construction permits will be issued, the mayor's office said on Wednesday.",
)

SLIPS = (
    "The results is clear, and they was late to the meeting. The report, along with its appendices, were "
    "released on Monday. Its been a long year for the council and it's staff.",
    "He should have went to the hearing. The minister has spoke to reporters, and the prices has risen "
    "again. She don't like the plan, and he do not know the answer.",
    "Their going to vote on the the budget tomorrow. Whose going to pay for it? The team lost there "
    "first game, and your welcome to join us at the stadium.",
    "An unique opportunity arose when a honest mistake was made. He waited for a hour outside the "
    "office. She is an university student who studies in the Monday.",
    "For all intensive purposes the deal is done. We need to nip it in the butt before it spreads. "
    "The question is now a mute point, and everyone must tow the line.",
    "He payed the bill yesterday. The company lead the market last year. The rain had no affect on the "
    "game, and the principle reason was money. The results were less then expected.",
    "Me and him went to the store. Between you and I, the plan is bad. Each of the players have a "
    "number, and one of the boys were late. There is less cars on the road today.",
    "The building was build in 1900, and the letter was wrote by hand. He has been teached well. She "
    "catched the ball, and the children runned away from the yard.",
    "We arrived to the airport late. He explained me the problem, and she suggested him to leave. I am "
    "agree with you, and he is more taller than his brother.",
    "The dog wagged it's tail. Its a good idea to ask,and the officials,who's names were withheld ,spoke "
    "to the press . Who's car is this ? The the mayor said so.",
)
"""A draft full of slips (my own sentences): the findings' own paths (messages, suggestions, the
overlap pass, per-finding look-ups) run thousands of times here, where the news text runs them a few."""


def text_of(words: int, paragraphs: tuple[str, ...] = PARAGRAPHS) -> str:
    """Distinct paragraphs (each numbered) until ``words`` words."""
    chosen: list[str] = []
    count = 0
    index = 0
    while count < words:
        paragraph = f"Update {index + 1}. " + paragraphs[index % len(paragraphs)]
        chosen.append(paragraph)
        count += len(paragraph.split())
        index += 1
    return "\n\n".join(chosen) + "\n"


def calls_made(function: Callable[[], object]) -> int:
    """How many Python and C function calls ``function()`` makes."""
    counted: Counter[str] = Counter()

    def hook(_frame: FrameType, event: str, _arg: Any) -> None:
        if event in ("call", "c_call"):
            counted[event] += 1

    sys.setprofile(hook)
    try:
        function()
    finally:
        sys.setprofile(None)
    return counted.total()


SMALL = 1500
GROWTH = 4
ALLOWED = 4.8  # linear is 4.0; n log n sorting a few thousand items stays under 4.5; quadratic is 16
SLACK = 3000  # fixed costs (a table looked up once, a message built) that do not grow


def per_part_calls(words: int, paragraphs: tuple[str, ...] = PARAGRAPHS) -> dict[str, int]:
    """Calls made by the document build, by each default rule, and by the engine's passes."""
    config = Config()
    rules = enabled_rules(config)
    text = text_of(words, paragraphs)
    counts: dict[str, int] = {}
    holder: dict[str, Any] = {}

    def build() -> None:
        doc = build_document(Source(text=text, path="story.txt"), "plain", config)
        doc.tokens, doc.protected, doc.lowered  # noqa: B018 - the shared parts every rule reads
        holder["doc"] = doc

    counts["document build"] = calls_made(build)
    doc = holder["doc"]
    for rule in rules:
        counts[rule.id] = calls_made(lambda rule=rule: list(rule.check(doc)))  # type: ignore[misc]
    counts["engine: run_rules (all rules again, then locate, sort, merge)"] = calls_made(
        lambda: run_rules(doc, RuleSet.of(config))
    )
    counts["document_stats"] = calls_made(lambda: document_stats(doc))
    return counts


@pytest.fixture(scope="module", params=[PARAGRAPHS, SLIPS], ids=["news", "slips"])
def counts(request: pytest.FixtureRequest) -> tuple[dict[str, int], dict[str, int]]:
    """Counted after a run on the larger text: every table is loaded and every word of both texts
    is in the per-process memos (syllables, word tags), so neither size pays for a first look-up.
    The syllable memo empties itself when full: emptied first, it cannot do so in between."""
    from lint import _stats

    paragraphs = request.param
    _stats._MEMO.clear()
    per_part_calls(SMALL * GROWTH, paragraphs)
    return per_part_calls(SMALL, paragraphs), per_part_calls(SMALL * GROWTH, paragraphs)


def test_the_test_texts_are_the_sizes_they_claim() -> None:
    assert SMALL <= len(text_of(SMALL).split()) < SMALL + 60


def test_no_part_grows_faster_than_the_document(counts: tuple[dict[str, int], dict[str, int]]) -> None:
    small, large = counts
    assert small.keys() == large.keys()
    assert len(small) > 40  # every default rule was counted
    too_fast = {
        part: f"{small[part]} -> {large[part]} calls ({large[part] / max(small[part], 1):.1f}x)"
        for part in small
        if large[part] > ALLOWED * small[part] + SLACK
    }
    assert not too_fast, f"grew more than {ALLOWED}x for {GROWTH}x the words: {too_fast}"


def test_a_quadratic_rule_would_be_caught() -> None:
    """The measure itself: a rule comparing every token with every other is flagged."""
    config = Config()

    def quadratic(words: int) -> int:
        doc = build_document(Source(text=text_of(words), path="story.txt"), "plain", config)
        tokens = doc.tokens

        def same(a: Token, b: Token) -> bool:
            return a.low == b.low

        return calls_made(lambda: sum(same(a, b) for a in tokens[::50] for b in tokens))

    small, large = quadratic(SMALL), quadratic(SMALL * GROWTH)
    assert large > ALLOWED * small + SLACK
