"""Where the time of one lint goes: each default rule's warm cost on 1,000-word articles.

The same 40 articles as ``bench/load.py`` (news and State of the Union prose), after a warm-up
pass. Each document's shared parts (paragraphs, sentences, tokens, protected spans) are built
first and timed as one row, and the grammar rules' word index as another, so a rule is charged
only for its own work (the tagger's sentences are still charged to the first rule that asks); the baseline is the
document build itself. Rules that keep per-document results (spelling, the merged grammar pass)
are timed on fresh documents every round. Median over ``--runs`` rounds, per article.

Usage: ``python bench/rule_costs.py [--runs 5] [--top 25]``. Use it to find what to speed up
before a load test: the server's CPU per request is roughly the total plus ~1.5 ms of HTTP.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _article import build_articles  # noqa: E402

from lint._config import Config  # noqa: E402
from lint._engine import build_document  # noqa: E402
from lint._source import Source  # noqa: E402
from lint._stats import document_stats  # noqa: E402
from lint.server._linting import Selection, effective_config, enabled_for, warm_up  # noqa: E402
from rules.grammar._tokens import positions  # noqa: E402

BUILD = "document: parse + paragraphs, sentences, tokens, protected spans"
INDEX = "grammar word index (shared by every grammar rule)"
STATS = "document_stats() (JSON stats)"


def one_round(articles: list[str], config: Config, rules: list) -> dict[str, float]:
    """Seconds spent per row over all articles, on fresh documents."""
    spent: dict[str, float] = defaultdict(float)
    for article in articles:
        started = time.perf_counter()
        doc = build_document(Source(text=article, path="article.txt"), "plain", config)
        doc.tokens, doc.protected  # noqa: B018 - built here so no rule is charged for them
        spent[BUILD] += time.perf_counter() - started
        started = time.perf_counter()
        positions(doc, frozenset())  # the index of the rules' trigger words: else the first grammar rule pays it
        spent[INDEX] += time.perf_counter() - started
        for rule in rules:
            started = time.perf_counter()
            list(rule.check(doc))
            spent[rule.id] += time.perf_counter() - started
        started = time.perf_counter()
        document_stats(doc)
        spent[STATS] += time.perf_counter() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    base = Config()
    warm_up(base)
    config = effective_config(base, Selection())
    rules = enabled_for(config).rules
    articles = build_articles()
    one_round(articles, config, rules)  # warm every cache a long-running server would have warm
    rounds = [one_round(articles, config, rules) for _ in range(args.runs)]
    per_article = {row: statistics.median(r[row] for r in rounds) * 1000 / len(articles) for row in rounds[0]}
    words = statistics.mean(len(a.split()) for a in articles)
    total = sum(per_article.values())
    baseline = per_article[BUILD]
    print(f"{len(articles)} articles, mean {words:.0f} words; {len(rules)} rules; median of {args.runs} rounds\n")
    print(f"{'row':66} {'ms/article':>10} {'x build':>8}")
    for row, ms in sorted(per_article.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{row:66} {ms:10.3f} {ms / baseline:8.2f}")
    print(f"{'total':66} {total:10.3f} {total / baseline:8.2f}")


if __name__ == "__main__":
    main()
