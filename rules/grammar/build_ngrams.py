"""Rebuild ``confusable-ngrams.tsv`` from the ``wordsegment`` package after editing ``confusables.txt``.

Run: ``python -m rules.grammar.build_ngrams``. The rows are Norvig's Google Web Trillion Word counts
as ``wordsegment`` (Apache-2.0, Grant Jenks) ships them, filtered to the words of the confusion sets,
plus the count of every word seen at least :data:`NEIGHBOUR_FLOOR` times (some 6,000 words): what
:func:`.confusable.likelier_by` needs to tell whether a missing pair of a frequent word is news;
and every pair that opens with a preposition grammar.unusual-preposition judges (what
:func:`.prepositions.context_favours_written` reads), so that no check needs the whole web table.
"""

from __future__ import annotations

from ._ngrams import COUNTS_FILE, FUNCTION_COUNTS_FILE, _function_word_pair, _web_counts, count_rows

HEADER = (
    "# Word and word-pair counts for grammar.confused-word, from the wordsegment package (Apache-2.0):\n"
    "# Norvig's Google Web Trillion Word counts. Rebuild: python -m rules.grammar.build_ngrams\n"
)

NEIGHBOUR_FLOOR = 10_000_000
"""A neighbour rarer than this makes no pair with a word of a set common enough (in a trillion
words, by chance alone) for the pair's absence from the list to say anything."""


def rows() -> dict[str, int]:
    """The shipped rows: :func:`._ngrams.count_rows`, the counts of the frequent words and the
    pairs opening with a judged preposition."""
    from .prepositions import JUDGED

    found = count_rows()
    for key, number in _web_counts(lambda key: " " not in key and key.isalpha()).items():
        if number >= NEIGHBOUR_FLOOR:
            found.setdefault(key, number)

    def opens_with_preposition(key: str) -> bool:
        left, _, right = key.partition(" ")
        return left in JUDGED and (not right or right.isalpha())

    for key, number in _web_counts(opens_with_preposition).items():
        found.setdefault(key, number)
    return found


def split_rows(found: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """(rows of :data:`COUNTS_FILE`, rows of :data:`FUNCTION_COUNTS_FILE`): a pair goes to the
    second when a side is one of :func:`._ngrams.function_only_words` and neither side is a word
    another rule weighs ('the are', 'on of'; not 'the than', nor 'of the' of a judged preposition)."""
    from .prepositions import JUDGED

    main: dict[str, int] = {}
    function: dict[str, int] = {}
    for key, number in found.items():
        left, _, right = key.partition(" ")
        alone = bool(right) and left not in JUDGED and _function_word_pair(left, right)
        (function if alone else main)[key] = number
    return main, function


def main() -> None:
    for path, found in zip((COUNTS_FILE, FUNCTION_COUNTS_FILE), split_rows(rows()), strict=True):
        path.write_text(HEADER + "".join(f"{key}\t{found[key]}\n" for key in sorted(found)), encoding="utf-8")
        print(f"{path.name}: {len(found)} rows")


if __name__ == "__main__":
    main()
