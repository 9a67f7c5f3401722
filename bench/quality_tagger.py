"""The part-of-speech tagger (rules/grammar/_tagger.py): accuracy, speed and cold load time.

Accuracy is measured on UD English EWT re-tokenised as copydesk reads prose (every word, exact
Penn tag, combined tags such as PRP+VBZ included): the dev set, which the features were tuned
on, and with ``--test`` the test set, never tuned on. Speed is tokens per second in this process
once the model is loaded, on a first pass over the dev text (every word new to the tagger's
memo) and on later passes (warm). Cold load is the median of 5 fresh processes, timed inside
the child from just after import to the model being ready, with the per-user data cache warm
(the usual case) and empty (the first run after an install or upgrade: the shipped JSON is read
and packed).

Run: ``python bench/quality_tagger.py [--test]`` (or ``main(eval_dir)`` from bench/quality.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _process import copydesk_env  # noqa: E402

from rules.grammar._tagger import model  # noqa: E402
from rules.grammar.build_tagger import Sentence, accuracy, corpus  # noqa: E402

EVAL = HERE.parent.parent / "shared" / "eval"
RUNS = 5
_CHILD = """
import time
import rules.grammar._tagger as tagger
started = time.perf_counter()
tagger.model()
loaded = time.perf_counter()
tagger.tag_words(["They", "can", "approach", "the", "house"])
print((loaded - started) * 1000, (time.perf_counter() - loaded) * 1000)
"""


def _child(cache: Path) -> tuple[float, float]:
    """Milliseconds to load the model, then to tag a first sentence (which loads lemminflect's
    lexicon), in a fresh process whose data cache is ``cache``."""
    env = copydesk_env() | {"COPYDESK_DATA_CACHE": str(cache)}
    finished = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True)
    load, first = map(float, finished.stdout.split())
    return load, first


def cold_load() -> None:
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm"
        _child(warm)  # fills it
        timings = [_child(warm) for _ in range(RUNS)]
        empty = [_child(Path(folder) / f"empty{run}") for run in range(RUNS)]
    for name, runs in (("data cache warm", timings), ("data cache empty", empty)):
        load = statistics.median(load for load, _ in runs)
        first = statistics.median(first for _, first in runs)
        print(f"cold load, {name}: {load:.1f} ms (then the first sentence: {first:.1f} ms)")


def speed(sentences: list[Sentence]) -> None:
    tagger = model()
    prepared = [([word.replace("’", "'") for word in words], gaps) for words, _, gaps in sentences]
    count = sum(len(words) for words, _ in prepared)
    tagger.words.clear()
    tagger.history.clear()
    started = time.perf_counter()
    for words, gaps in prepared:
        tagger.tag(words, gaps)
    first = time.perf_counter() - started
    passes = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for words, gaps in prepared:
            tagger.tag(words, gaps)
        passes.append(time.perf_counter() - started)
    warm = statistics.median(passes)
    print(f"speed: {count / warm:,.0f} tokens/s warm ({warm / count * 1e6:.2f} ms per 1,000 words);")
    print(f"       {count / first:,.0f} tokens/s on a first pass ({len(tagger.words):,} distinct words met)")


def main(eval_dir: Path = EVAL, test: bool = False) -> None:
    folder = eval_dir / "pos"
    dev = corpus(folder / "en_ewt-ud-dev.conllu")
    words = sum(len(sentence[0]) for sentence in dev)
    print(f"dev accuracy: {accuracy(dev, model()):.2%} of {words:,} words ({len(dev):,} sentences)")
    if test:
        test_set = corpus(folder / "en_ewt-ud-test.conllu")
        words = sum(len(sentence[0]) for sentence in test_set)
        print(f"test accuracy: {accuracy(test_set, model()):.2%} of {words:,} words ({len(test_set):,} sentences)")
    speed(dev)
    if os.environ.get("COPYDESK_DATA_CACHE") != "off":
        cold_load()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true", help="also report the test set (never tuned on)")
    parser.add_argument("--eval", type=Path, default=EVAL, help="the shared eval folder (holding pos/)")
    arguments = parser.parse_args()
    main(arguments.eval, arguments.test)
