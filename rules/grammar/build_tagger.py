"""Train the part-of-speech tagger (:mod:`rules.grammar._tagger`) on UD English EWT.

Usage: ``python -m rules.grammar.build_tagger [--treebank DIR] [--epochs N]``; writes
``rules/grammar/data/tagger.json.gz`` and prints the accuracy of the written model on the dev
set. Deterministic: each epoch's sentence order comes from a fixed seed, so the same treebank
(and the same lemminflect, whose lexicon is a feature) gives the same file.

The treebank is re-tokenised the way copydesk reads prose, so that training matches use: the
words of each sentence's ``# text =`` line are found with the document's own word pattern
(``lint._document.WORD``) and aligned to the tree's tokens by character offsets. Punctuation
tokens lie outside every word and drop out (what stands between two words is kept as a gap
feature); a contraction the tree splits ("it's" = it + 's) is one word with a combined tag
("PRP+VBZ"); a hyphenated word the tree splits ("cease-fire" = cease - fire) takes the tag of
its head token (the one whose head lies outside the word); a tree token copydesk splits ("U.S."
= U, S; "3.5" = 3, 5) gives its tag to each piece. Combined tags seen fewer than
:data:`MIN_TAG` times (run-together typos: "callyou") are trained as their last part.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lint._document import WORD as _WORD

from . import _tagger as features

TREEBANK = Path(__file__).resolve().parents[3] / "shared" / "eval" / "pos"
OUT = features.MODEL
SEED = 1
EPOCHS = 10
SEEDS = 3
SCALE = 1000
"""Weights are stored as whole thousandths."""
PRUNE = 500
"""Weights below half a point (most of them from features seen once or twice) are dropped: the
file shrinks by a third, the dev accuracy does not move."""
MIN_TAG = 10
TAGDICT_COUNT, TAGDICT_SHARE = 20, 0.97
"""A word seen this often, with one tag this share of the time, is always given that tag."""

Sentence = tuple[list[str], list[str], list[str]]
"""Words, their tags, and the text before each word (from the end of the word before)."""


# ---- reading the treebank


@dataclass(frozen=True, slots=True)
class TreeToken:
    """A word of a treebank sentence, its tag and its head."""

    start: int
    end: int
    """The span in the sentence text (a contraction's parts split its span when they spell it)."""
    form: str
    tag: str
    head: int
    number: int


def read_conllu(path: Path) -> Iterator[tuple[str, list[TreeToken]]]:
    """(text, tokens) for each sentence; tokens carry their character span in the text."""
    text = ""
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            yield text, _spans(text, rows)
            rows = []


def _spans(text: str, rows: list[list[str]]) -> list[TreeToken]:
    """Each syntactic word with the span of its surface token (found in order in the text)."""
    tokens: list[TreeToken] = []
    position = 0
    parts: dict[int, tuple[int, int]] = {}  # the parts of the last multiword token
    for row in rows:
        number = row[0]
        if "." in number:  # an empty node of the enhanced graph: no surface form
            continue
        if "-" in number:
            first, last = map(int, number.split("-"))
            start, end = _find(text, row[1], position)
            position = end
            parts = _split(rows, first, last, start, end)
            continue
        index = int(number)
        span = parts.get(index)
        if span is None:
            span = _find(text, row[1], position)
            position = span[1]
        head = int(row[6]) if row[6].isdigit() else 0
        tokens.append(TreeToken(span[0], span[1], row[1], row[4], head, index))
    return tokens


def _find(text: str, form: str, position: int) -> tuple[int, int]:
    found = text.find(form, position)
    if found < 0:  # not seen in EWT; an empty span keeps the rest of the sentence aligned
        return position, position
    return found, found + len(form)


def _split(rows: list[list[str]], first: int, last: int, start: int, end: int) -> dict[int, tuple[int, int]]:
    """The spans of a multiword token's parts: each its own piece when the parts spell the surface
    form ("it's" = it + 's; "taxpayers'" = taxpayers + '), else each the whole span."""
    forms = {int(row[0]): row[1] for row in rows if row[0].isdigit() and first <= int(row[0]) <= last}
    if sum(map(len, forms.values())) != end - start:
        return dict.fromkeys(forms, (start, end))
    spans = {}
    for number in sorted(forms):
        spans[number] = (start, start + len(forms[number]))
        start += len(forms[number])
    return spans


def words_and_tags(text: str, tokens: list[TreeToken]) -> Sentence:
    """The sentence as copydesk's words, each with its (perhaps combined) Penn tag."""
    words: list[str] = []
    tags: list[str] = []
    gaps: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        tag = _group_tag([token for token in tokens if token.start < end and start < token.end])
        if tag:
            words.append(match.group())
            tags.append(tag)
            gaps.append(text[position:start])
            position = end
    return words, tags, gaps


def _group_tag(group: list[TreeToken]) -> str:
    """One tag for the tree tokens under one word: hyphen-joined runs by their head, clitics joined with "+"."""
    segments: list[list[TreeToken]] = []
    after_hyphen = False
    for token in group:
        if token.form in ("-", "–", "—") or token.tag == "HYPH":
            after_hyphen = True
            continue
        if after_hyphen and segments:
            segments[-1].append(token)
        else:
            segments.append([token])
        after_hyphen = False
    tags: list[str] = []
    for segment in segments:
        words = [token for token in segment if any(character.isalnum() for character in token.form)] or segment
        numbers = {token.number for token in words}
        heads = [token for token in words if token.head not in numbers]
        tags.append((heads or words)[-1].tag)
    return "+".join(tags)


def corpus(path: Path) -> list[Sentence]:
    """The sentences of a CoNLL-U file as copydesk's words (sentences left without words dropped)."""
    return [sentence for sentence in map(lambda parsed: words_and_tags(*parsed), read_conllu(path)) if sentence[0]]


# ---- training


class SentenceFeatures:
    """The features of one sentence that do not depend on the tags (computed once per sentence)."""

    def __init__(self, words: list[str], gaps: list[str]) -> None:
        self.texts = texts = [word.replace("’", "'") for word in words]
        lows = [text.lower() for text in texts]
        self.norms = [features.normal(low) for low in lows]
        self.shapes = [features.shape(text) for text in texts]
        self.own = [features.own_features(text, low) for text, low in zip(texts, lows, strict=True)]
        padded = zip([*features.START, *self.norms, *features.END], ["", "", *texts, "", ""], strict=True)
        self.context = [features.context_features(norm, text) for norm, text in padded]
        self.gaps = [*map(features.gap_class, gaps), ""]

    def at(self, i: int, prev: str, prev2: str) -> list[str]:
        j = i + 2
        context = self.context
        return [
            *self.own[i],
            *context[j - 1][0],
            *context[j - 2][1],
            *context[j + 1][2],
            *context[j + 2][3],
            *features.history_features(prev, prev2, self.gaps[i], self.gaps[i + 1]),
            *features.history_word_features(prev, self.norms[i], self.shapes[i]),
        ]


class Perceptron:
    """Averaged perceptron over numbered tags (every tag scored; ties go to the lower number)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.weights: dict[str, dict[int, float]] = {}
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.instances = 0

    def predict(self, found: list[str]) -> int:
        scores = [0.0] * self.size
        weights = self.weights
        for feature in found:
            row = weights.get(feature)
            if row:
                for tag, weight in row.items():
                    scores[tag] += weight
        return scores.index(max(scores))

    def update(self, truth: int, guess: int, found: list[str]) -> None:
        self.instances += 1
        if truth == guess:
            return
        for feature in found:
            row = self.weights.setdefault(feature, {})
            for tag, change in ((truth, 1.0), (guess, -1.0)):
                key = (feature, tag)
                weight = row.get(tag, 0.0)
                self.totals[key] += (self.instances - self.stamps[key]) * weight
                self.stamps[key] = self.instances
                row[tag] = weight + change

    def average(self) -> None:
        for feature, row in self.weights.items():
            for tag, weight in row.items():
                key = (feature, tag)
                row[tag] = (self.totals[key] + (self.instances - self.stamps[key]) * weight) / self.instances


def training_tag(tag: str, counts: Counter[str]) -> str:
    return tag if counts[tag] >= MIN_TAG or "+" not in tag else tag.rsplit("+", 1)[1]


def make_tagdict(sentences: list[Sentence]) -> dict[str, str]:
    """Words (as written) seen often enough with one tag nearly always."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for words, tags, _ in sentences:
        for word, tag in zip(words, tags, strict=True):
            counts[word.replace("’", "'")][tag] += 1
    result = {}
    for word, found in counts.items():
        tag, count = found.most_common(1)[0]
        total = found.total()
        if total >= TAGDICT_COUNT and count >= TAGDICT_SHARE * total:
            result[word] = tag
    return result


def labels(sentences: list[Sentence]) -> tuple[list[Sentence], list[str], dict[str, int]]:
    """The sentences with the tags trained on, the tag names (most frequent first) and the tag
    dictionary (word → tag number)."""
    counts = Counter(tag for _, tags, _ in sentences for tag in tags)
    sentences = [(words, [training_tag(tag, counts) for tag in tags], gaps) for words, tags, gaps in sentences]
    names = [tag for tag, _ in Counter(tag for _, tags, _ in sentences for tag in tags).most_common()]
    number = {tag: index for index, tag in enumerate(names)}
    return sentences, names, {word: number[tag] for word, tag in make_tagdict(sentences).items()}


def train(sentences: list[Sentence], epochs: int, seed: int) -> dict[str, dict[int, float]]:
    """The averaged weights after ``epochs`` passes, each in an order shuffled from ``seed``."""
    sentences, names, tagdict = labels(sentences)
    number = {tag: index for index, tag in enumerate(names)}
    model = Perceptron(len(names))
    order = list(sentences)
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        right = total = 0
        for words, truths, gaps in order:
            found = SentenceFeatures(words, gaps)
            prev, prev2 = features.START
            for i, (text, truth) in enumerate(zip(found.texts, truths, strict=True)):
                guess = tagdict.get(text)
                if guess is None:
                    at = found.at(i, prev, prev2)
                    guess = model.predict(at)
                    model.update(number[truth], guess, at)
                prev2, prev = prev, names[guess]
                right += guess == number[truth]
                total += 1
        print(f"seed {seed}, epoch {epoch + 1}: {right / total:.4f} on train", file=sys.stderr)
    model.average()
    return model.weights


def _train(job: tuple[list[Sentence], int, int]) -> dict[str, dict[int, float]]:
    return train(*job)


def train_averaged(sentences: list[Sentence], epochs: int, seeds: int) -> dict[str, dict[int, float]]:
    """The mean of the weights of ``seeds`` models trained in different orders (in parallel).

    Each averaged perceptron settles somewhere different; their mean is steadier on unseen text
    (on the dev set: +0.15 points for three, no cost when tagging).
    """
    from concurrent.futures import ProcessPoolExecutor

    jobs = [(sentences, epochs, SEED + number) for number in range(seeds)]
    with ProcessPoolExecutor(max_workers=min(seeds, os.cpu_count() or 1)) as pool:
        models = list(pool.map(_train, jobs))
    merged: dict[str, dict[int, float]] = {}
    for weights in models:  # in seed order: the sums, and so the file, do not depend on timing
        for feature, row in weights.items():
            into = merged.setdefault(feature, {})
            for tag, weight in row.items():
                into[tag] = into.get(tag, 0.0) + weight / seeds
    return merged


def export(weights: dict[str, dict[int, float]], names: list[str], tagdict: dict[str, int], path: Path) -> None:
    """Write the weights (whole thousandths, small ones dropped) as gzipped JSON."""
    rows = []
    for feature in sorted(weights):
        kept = sorted((tag, round(weight * SCALE)) for tag, weight in weights[feature].items())
        kept = [(tag, weight) for tag, weight in kept if abs(weight) >= PRUNE]
        if kept:
            rows.append((feature, kept))
    data = {
        "about": "Averaged perceptron POS tagger trained on UD English EWT (CC BY-SA 4.0) by "
        "rules/grammar/build_tagger.py; a derived work under CC BY-SA 4.0: see README.md beside this file.",
        "tags": names,
        "tagdict": dict(sorted(tagdict.items())),
        "features": [feature for feature, _ in rows],
        "sizes": [len(kept) for _, kept in rows],
        "labels": [tag for _, kept in rows for tag, _ in kept],
        "weights": [weight for _, kept in rows for _, weight in kept],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode(), mtime=0))
    size = path.stat().st_size
    print(f"{path}: {len(rows)} features, {len(data['weights'])} weights, {size:,} bytes", file=sys.stderr)


def accuracy(sentences: list[Sentence], model: features.Model) -> float:
    """The share of words the shipped tagger (``model``) tags as the treebank does."""
    right = total = 0
    for words, gold, gaps in sentences:
        tags = model.tag([word.replace("’", "'") for word in words], gaps)
        right += sum(model.tags[tag] == expected for tag, expected in zip(tags, gold, strict=True))
        total += len(gold)
    return right / total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--treebank", type=Path, default=TREEBANK, help="the folder of en_ewt-ud-*.conllu")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seeds", type=int, default=SEEDS, help="models averaged (trained in parallel)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sentences = corpus(args.treebank / "en_ewt-ud-train.conllu")
    weights = train_averaged(sentences, args.epochs, args.seeds)
    _, names, tagdict = labels(sentences)
    export(weights, names, tagdict, args.out)
    shipped = features.Model(features.pack(args.out))
    dev = accuracy(corpus(args.treebank / "en_ewt-ud-dev.conllu"), shipped)
    print(f"dev accuracy {dev:.4f}; {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
