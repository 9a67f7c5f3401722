"""The part-of-speech tagger (rules/grammar/_tagger.py): tags the grammar rules can rely on.

The sentences are our own, not the treebank's. Speed is measured by bench/quality_tagger.py,
not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lint import Config, Source
from lint._engine import build_document
from rules.grammar._tagger import document_tags, tag_words

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "pos" / "en_ewt-ud-dev.conllu"


def tags(sentence: str) -> list[tuple[str, str]]:
    """(word, tag) for a sentence, read by copydesk as a document (so punctuation counts)."""
    doc = build_document(Source(text=sentence, path="t.txt"), "plain", Config())
    return [
        (word.text, tag)
        for words, found in zip(doc.sentence_words, document_tags(doc), strict=True)
        for word, tag in zip(words, found, strict=True)
    ]


def tag_of(sentence: str, word: str) -> str:
    found = [tag for text, tag in tags(sentence) if text == word]
    assert len(found) == 1, (word, tags(sentence))
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Its approach was signalled by crunching leaves.", "approach", "NN"),
        ("Its approach was signalled by crunching leaves.", "Its", "PRP$"),
        ("They can approach the house.", "approach", "VB"),
        ("The dog wagged its tail.", "its", "PRP$"),
        ("The dog wagged its tail.", "wagged", "VBD"),
        ("It's raining again.", "It's", "PRP+VBZ"),
        ("It’s raining again.", "It’s", "PRP+VBZ"),
        ("I don't know what they're doing.", "don't", "VBP+RB"),
        ("I don't know what they're doing.", "they're", "PRP+VBP"),
        ("The reporter's notes were lost.", "reporter's", "NN+POS"),
        ("We need to finish the report by Friday.", "to", "TO"),
        ("We need to finish the report by Friday.", "finish", "VB"),
        ("She walked to the station before the rain started.", "to", "IN"),
        ("He has never seen such a beautiful garden.", "seen", "VBN"),
        ("Prices rose sharply after the announcement.", "rose", "VBD"),
        ("Prices rose sharply after the announcement.", "Prices", "NNS"),
        ("There are three books on the table.", "There", "EX"),
        ("The committee will review the proposals next week.", "will", "MD"),
        ("The committee will review the proposals next week.", "review", "VB"),
        ("Their house is bigger than ours.", "bigger", "JJR"),
    ],
)
def test_tags_that_must_hold(sentence: str, word: str, expected: str) -> None:
    assert tag_of(sentence, word) == expected


def test_tag_words_takes_one_sentence_of_words() -> None:
    assert tag_words(["They", "can", "approach", "the", "house"]) == ["PRP", "MD", "VB", "DT", "NN"]
    assert tag_words([]) == []


def test_punctuation_between_words_is_taken_into_account() -> None:
    words = ["Yes", "I", "agree"]
    assert len(tag_words(words, ["", ", ", " "])) == 3
    with pytest.raises(ValueError):
        tag_words(words, ["", " "])


def test_document_tags_follow_the_sentences_and_are_computed_once() -> None:
    doc = build_document(Source(text="One dog barked. Two cats slept!\n\nA third paragraph.", path="t.txt"), "plain")
    found = document_tags(doc)
    assert [len(tags) for tags in found] == [len(words) for words in doc.sentence_words]
    assert document_tags(doc) is found


def test_importing_the_tagger_loads_nothing() -> None:
    """The model loads on first use, not at import (start-up time matters)."""
    script = (
        "import rules.grammar._tagger as tagger\n"
        "from lint._resources import PROCESS_RESOURCES\n"
        "assert not PROCESS_RESOURCES._items\n"
        "tagger.tag_words(['A', 'test'])\n"
        "assert 'grammar.tagger' in PROCESS_RESOURCES._items\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True)


def test_a_sentence_of_ten_thousand_words_is_tagged() -> None:
    """Greedy tagging is linear; long words get cheap features (no timing here: see the bench)."""
    from rules.grammar._tagger import model

    words = ("the quick brown fox jumps over the lazy dog while " + "x" * 5000 + " sleeps").split() * 910
    found = tag_words(words[:10_000])
    assert len(found) == 10_000
    assert set(found) <= set(model().tags)
    assert len(tag_words(["", "y" * 100_000])) == 2


def test_accuracy_on_a_slice_of_the_dev_set() -> None:
    """On held-out treebank sentences (re-tokenised as copydesk reads them) the tagger stays far
    above a floor well under its measured figure (about 93% on the whole dev set)."""
    if not DEV.exists():
        pytest.skip("the UD English EWT dev set is not here")
    from rules.grammar._tagger import model
    from rules.grammar.build_tagger import accuracy, corpus

    sentences = corpus(DEV)[:400]
    assert accuracy(sentences, model()) >= 0.88


@pytest.mark.parametrize("word", ["the", "government", "running", "The", "However", "people"])
def test_a_common_word_read_from_the_cache_scores_as_when_summed(word: str) -> None:
    """The commonest words' parts come from the data cache (summed once per machine): exactly the
    parts the weights give, so a text is tagged the same whether a word was read or summed."""
    from rules.grammar._tagger import model

    found = model()
    assert found.common is not None and found.common.number(word) >= 0
    found.words.pop(word, None)
    assert list(found._word(word)[:5]) == found.summed(word)
    assert found.common.number("zyzzogeton") < 0
