"""Where the warm grammar pass spends its CPU, per function and per line: a sampling profile.

``bench/rule_costs.py`` charges each rule as a whole; a rule is some dozens of conditions, and the
shared look-ups (``_tokens.occurrences``) are charged to whichever rule asks. cProfile names the
functions but inflates every Python call some fourfold, so it ranks a small helper called 10,000
times far above a list comprehension that walks every word. This samples instead: a CPU-time timer
(``ITIMER_PROF``) interrupts the pass every ``--interval`` seconds of CPU and counts the frames on
the stack. "self" is the innermost Python frame (the time of C calls is charged to the Python line
that made them; a signal that arrives during a long C call is taken at the next call's entry, so a
short function called right after one, such as a look-up's, may be charged some of it), "cumulative"
every function on the stack once. Figures are ms of CPU per 1,000
words, from the share of the samples times the CPU the pass took; at the kernel's tick (often 4 ms)
a figure under ~0.02 ms/1k rests on a handful of samples: raise ``--rounds`` for those.

The same 40 articles as ``bench/rule_costs.py``, each round on fresh documents (their tokens built
before the timer runs), after one warm-up round.

The cyclic collector runs as in ``bench/speed_grammar.py`` unless ``--no-gc``: its collections
(some 10% of the pass at the default thresholds) are charged to whatever line allocated last, often
the index's; the CLI's runner lints with the collector paused, so ``--no-gc`` shows the pass it runs.

Usage: ``python bench/condition_costs.py [--rounds 40] [--top 40] [--lines] [--no-gc]``. Unix only.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _article import build_articles  # noqa: E402
from speed_grammar import _grammar_rules  # noqa: E402

from lint import Config  # noqa: E402
from lint._document import Document  # noqa: E402
from lint._engine import build_document  # noqa: E402
from lint._source import Source  # noqa: E402


class Sampler:
    """Counts of the stacks seen at each tick, while :attr:`active`."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()
        self.active = False

    def tick(self, _signal: int, frame: FrameType | None) -> None:
        if not self.active or frame is None:
            return
        code = frame.f_code
        self.own[_name(code.co_filename, code.co_firstlineno, code.co_name)] += 1
        self.lines[_name(code.co_filename, frame.f_lineno or 0, code.co_name)] += 1
        seen = set()
        while frame is not None:  # each function once, however deep it recurses
            code = frame.f_code
            name = _name(code.co_filename, code.co_firstlineno, code.co_name)
            if name not in seen:
                seen.add(name)
                self.within[name] += 1
            frame = frame.f_back


def _name(filename: str, line: int, function: str) -> str:
    path = Path(filename)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return f"{shown}:{line}({function})"


def _fresh(articles: list[str], config: Config) -> list[Document]:
    documents = [build_document(Source(text=text, path="article.txt"), "plain", config) for text in articles]
    for doc in documents:
        doc.tokens  # noqa: B018 - the document's own cost, not grammar's
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU between samples")
    parser.add_argument("--lines", action="store_true", help="also rank single lines (self)")
    parser.add_argument("--no-gc", action="store_true", help="pause the cyclic collector, as the CLI's runner does")
    args = parser.parse_args()
    config = Config()
    rules = _grammar_rules(config)
    articles = build_articles()
    words = sum(len(text.split()) for text in articles)
    for doc in _fresh(articles, config):  # warm-up: tables loaded, memos of these words filled
        for rule in rules:
            list(rule.check(doc))
    if args.no_gc:
        gc.disable()
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler.tick)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    spent = 0.0
    try:
        for _ in range(args.rounds):
            documents = _fresh(articles, config)
            started = time.process_time()
            sampler.active = True
            for doc in documents:
                for rule in rules:
                    list(rule.check(doc))
            sampler.active = False
            spent += time.process_time() - started
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    samples = sum(sampler.own.values())
    if not samples:
        sys.exit("no samples: raise --rounds")
    per_thousand = spent * 1e6 / (words * args.rounds)
    scale = per_thousand / samples
    print(f"{len(articles)} articles, {words} words, {len(rules)} rules, {args.rounds} rounds: ", end="")
    collector = "paused" if args.no_gc else "on"
    print(f"{per_thousand:.3f} ms CPU per 1,000 words, {samples} samples, collector {collector}\n")
    tables = [("self", sampler.own), ("cumulative", sampler.within)]
    if args.lines:
        tables.append(("lines, self", sampler.lines))
    for title, counts in tables:
        print(f"{'ms/1k':>7} {'share':>6}  {title}")
        for name, count in counts.most_common(args.top):
            print(f"{count * scale:7.3f} {100 * count / samples:5.1f}%  {name}")
        print()


if __name__ == "__main__":
    main()
