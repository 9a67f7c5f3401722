"""The web counts of ``wordsegment`` (words and word pairs), read a line at a time.

Shared by the spelling rules' pair association (:mod:`rules.spelling._bigrams`) and the grammar
rules' web n-gram table (:mod:`rules.grammar._ngrams`), which build their tables from them once per
machine. Read whole, the two files and their lists of lines were some 40 MiB of the first run's
peak memory on top of the counts.
"""

from __future__ import annotations

from collections.abc import Callable


def summed_counts(
    name: str, keep: Callable[[str], bool] | None = None, into: dict[str, int] | None = None, until: int = 0
) -> dict[str, int]:
    """Word (or pair) → count from ``wordsegment``'s file ``name`` ('unigrams.txt' or
    'bigrams.txt'), the keys ``keep`` accepts (all without it), added to ``into`` when given. The
    bigrams hold case-folded duplicates ("any other" twice): their counts are summed. ``until``, for
    'unigrams.txt' only, which lists each word once, commonest first: the reading stops at the first
    count below it (a table of the words seen 100,000 times or more reads 99,479 of its 333,214
    lines; ``tests/test_webcounts.py`` checks the file's order). Raises ModuleNotFoundError or
    FileNotFoundError when the package or its file is missing."""
    from importlib.resources import files

    counts: dict[str, int] = {} if into is None else into
    with files("wordsegment").joinpath(name).open(encoding="utf-8") as lines:
        for line in lines:
            key, _, number = line.partition("\t")
            if not number:
                continue
            count = int(number)
            if count < until:
                break
            if keep is None or keep(key):
                counts[key] = counts.get(key, 0) + count
    return counts
