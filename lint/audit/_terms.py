"""The forms each article writes its words in, keyed so that variants of one term meet across articles.

A key is the word in lower case without hyphens ("cease-fire", "ceasefire" and "Ceasefire" share
``ceasefire``), and VarCon's spelling pairs map to one key ("colour" and "color" share ``color``).
Sentence-initial words say nothing about capitalisation and are counted in lower case; words with
digits are skipped. The archive-wide reduce keeps the keys written more than one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint._document import Document


def term_key(low: str) -> str:
    """The key a word's variants share: lower case without hyphens, apostrophes kept ("its" is not "it's")."""
    word = low.replace("-", "").replace("\u2019", "'")
    if not word or not all(ch.isalpha() or ch == "'" for ch in word):
        return ""
    return _variant_root(word)


def _variant_root(word: str) -> str:
    from rules.consistency._spelling import variant_table

    entry = variant_table().get(word)
    if entry is None or not entry.instead:
        return word
    return min(word, *entry.instead.values())


def term_forms(doc: Document) -> dict[str, int]:
    """Each form of a word in the document with its count (forms are what the text writes)."""
    counts: dict[str, int] = {}
    for token in doc.tokens:
        text = token.text
        if len(text) < 2 or any(ch.isdigit() for ch in text):
            continue
        if token.sentence_start and text[1:].islower():
            text = text.lower()
        counts[text] = counts.get(text, 0) + 1
    return counts
