"""The shortcuts that make spelling fast give the answers of the plain computations they replace."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from rules.spelling import _analysis
from rules.spelling._edits import slip_cost, slip_floor
from rules.spelling._lexicon import lexicon
from rules.spelling._names import NameIndex, base_form, is_capitalised
from rules.spelling._suggest import MAX_SUGGESTIONS, candidates, near_words, ranked, score

MISSPELLINGS = (
    "recieve goverment acording teh wrld begining acomodate municipalitis definately seperate occured "
    "untill wich thier beleive neccessary tommorow calender enviroment existance goverments harrass "
    "inthe alot colour colours theatre ameba analyse travelling ab bot kovsakan xq zzzzzz"
).split()


def _plain_ranked(word: str, language: str) -> tuple[tuple[str, float], ...]:
    """Every candidate scored in full, as before the ceilings."""
    lex = lexicon()
    scored: dict[str, float] = {}
    for candidate in candidates(word, 1 if len(word) <= 3 else 2):
        if candidate == word:
            continue
        value = score(word, candidate)
        spelled = lex.variant(candidate, language)
        if spelled != candidate:
            value = max(value, score(word, spelled))
        if value > scored.get(spelled, -math.inf):
            scored[spelled] = value
    return tuple(sorted(scored.items(), key=lambda item: (-item[1], item[0]))[: MAX_SUGGESTIONS * 2])


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_ranking_with_ceilings_is_the_full_ranking(language: str) -> None:
    for word in MISSPELLINGS:
        full = _plain_ranked(word, language)
        assert ranked(word, language) == full
        assert ranked(word, language, 5) == full[:5]
        assert ranked(word, language, 1) == full[:1]


def test_near_words_are_one_plain_osa_pass_over_both_buckets() -> None:
    """The index's two filters (first or last letter and length, then Indel before OSA), group by
    group, keep every word and the order of one OSA pass over the words the buckets name (nearest
    first, then in the buckets' order)."""
    from rapidfuzz.distance import OSA

    words = list(lexicon().counts)
    for word in [*MISSPELLINGS[:12], "downpayment", "obgyn", "gyn"]:
        spread = 1 if len(word) <= 3 else 2
        plain: dict[str, int] = {}
        for end in (0, -1):  # the words of its first letter, then those of its last
            for size in range(max(len(word) - spread, 1), len(word) + spread + 1):
                for choice in words:
                    if len(choice) == size and choice[end] == word[end]:
                        distance = OSA.distance(word, choice)
                        if distance <= spread:
                            plain.setdefault(choice, distance)
        assert list(near_words(word, spread).items()) == sorted(plain.items(), key=lambda item: item[1]), word


def test_the_slip_floor_is_below_the_slip_cost() -> None:
    for word in MISSPELLINGS:
        for candidate, edits in near_words(word, 2).items():
            assert slip_floor(word, candidate, edits) <= slip_cost(word, candidate)
            assert slip_floor(candidate, word, edits) <= slip_cost(candidate, word)


def test_slip_cost_is_the_cell_by_cell_alignment() -> None:
    assert slip_cost("begining", "beginning") == pytest.approx(0.45)
    assert slip_cost("teh", "the") == pytest.approx(0.65)
    assert slip_cost("pat", "cat") == pytest.approx(1.5)  # a substitution at the first letter
    assert slip_cost("xat", "cat") == pytest.approx(1.25)  # ... of a neighbouring key
    assert slip_cost("", "ab") > 0 and slip_cost("ab", "") > 0


TEXT = (
    "The Ministry of Defence said the ministry of health and x_Ministry of Defence were\n"
    "Ilham  Aliyev and Ilham\tHeydar Aliyev; Ilham, Aliyev. ab ab ab abab ab-ab don't know\n"
    "Zoë Ørsted met Zoë  Ørsted; in the end in the-end a lot alot in thee"
)
PHRASES = [
    ("Ministry", "of", "Defence"),
    ("ministry", "of"),
    ("Ilham", "Aliyev"),
    ("Ilham", "Heydar", "Aliyev"),
    ("Aliyev", "ab"),
    ("ab", "ab"),
    ("ab", "abab"),
    ("abab", "ab"),
    ("don't", "know"),
    ("don", "t"),
    ("Zoë", "Ørsted"),
    ("in", "the"),
    ("the", "end"),
    ("a", "lot"),
    ("in", "thee"),
    ("in", "th"),
    ("x", "Ministry"),
    ("Defence", "were"),
]


def _reference(text: str, parts: tuple[str, ...]) -> bool:
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in parts) + r"(?!\w)"
    return re.search(pattern, text) is not None


@pytest.mark.parametrize("scans", [0, 3, 1000])
def test_spaced_phrases_scanned_or_indexed(scans: int, monkeypatch: pytest.MonkeyPatch) -> None:
    class Doc:
        text = TEXT

    monkeypatch.setattr(_analysis, "SCANS", scans)
    phrases = _analysis._SpacedPhrases(Doc())  # type: ignore[arg-type]
    for parts in PHRASES + PHRASES:
        assert phrases.written(parts) == _reference(TEXT, parts), parts


def _plain_names(words: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter(words)
    for word in words:
        if "-" in word or "'" in word or "’" in word:
            counts[word] -= 1
            for part in word.split("-"):
                if part:
                    counts[base_form(part)] += 1
    return counts


def _plain_dominant(counts: Counter[str], word: str) -> str | None:
    from rapidfuzz.distance import OSA

    if len(word) < 4:
        return None
    mine = counts[word]
    best: str | None = None
    for other, count in counts.items():
        if count <= mine or other == word or not is_capitalised(other) or abs(len(other) - len(word)) > 2:
            continue
        if OSA.distance(word.lower(), other.lower(), score_cutoff=2) <= 2 and (best is None or count > counts[best]):
            best = other
    return best


def test_name_index_counts_and_variants() -> None:
    words = (
        "Pashinyan Pashinian Pashinyan's Pashinyans Che-cheung Leung Che-cheung Cheung cheung O'Neil-Smith "
        "Smith Pashinyan Pashinyam Pashinyam Pashinyan-led Kocharyan Kocharian Kocharyan Kotcharyan Kocharian "
        "Wai-ching Ching Ching's"
    ).split()
    index = NameIndex.of(words)
    plain = _plain_names(words)
    assert list(index.counts.items()) == list(plain.items())
    for word in {*words, "Pashinyn", "Kocharyans", "Smyth"}:
        assert index.dominant_variant(word) == _plain_dominant(plain, word), word
