"""Shared by the consistency rules: picking the winning form and describing the counts."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from lint._findings import Severity

if TYPE_CHECKING:
    from lint._document import Document


def winner(forms_in_order: Sequence[str], preferred: str | None = None) -> str:
    """The form that wins: the house form when one is named, else the most used, ties to the first used.

    ``forms_in_order`` lists the forms as they occur in the document (one entry per occurrence).
    """
    counts = Counter(forms_in_order)
    if preferred is not None and preferred in counts:
        return preferred
    first_seen = {form: index for index, form in reversed(list(enumerate(forms_in_order)))}
    return max(counts, key=lambda form: (counts[form], -first_seen[form]))


def describe_counts(counts: Iterable[tuple[str, int]]) -> str:
    """``'color' 3×, 'colour' 1×``: every form with its count, most used first."""
    ordered = sorted(counts, key=lambda item: -item[1])
    return ", ".join(f"'{form}' {count}×" for form, count in ordered)


def match_case(template: str, word: str) -> str:
    """``word`` with the capitalisation of ``template`` (Colour → Color, COLOUR → COLOR)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def is_mid_sentence_capital(text: str, sentence_start: bool) -> bool:
    """A capitalised word that does not start a sentence: most likely part of a name."""
    return not sentence_start and text[:1].isupper()


def tie_severity(forms_in_order: Sequence[str], preferred: str | None = None) -> Severity | None:
    """INFO when the top forms tie and no house form decides: then nothing says which form is right.

    Returns None (the rule's own severity) when one form has a clear majority or is the house form.
    """
    counts = Counter(forms_in_order)
    if preferred is not None and preferred in counts:
        return None
    top = counts.most_common(2)
    return Severity.INFO if len(top) == 2 and top[0][1] == top[1][1] else None


def capitalised(doc: Document) -> array[int]:
    """Indices of the words whose first letter is upper case, computed once per document.

    Names, capitalisation and house forms start there; most words are lower case, so rules that
    look only at capitalised words walk this list instead of every token. Kept as machine integers:
    a list would hold a number object for each (4.7 MB at a million words, against 1 MB).
    """
    # A plain comprehension: a third faster here than chaining map and compress over the words.
    return array("q", [index for index, token in enumerate(doc.tokens) if token.text[0].isupper()])


def hyphenated(doc: Document) -> frozenset[str]:
    """The document's distinct look-up forms that hold a hyphen, computed once per document.

    Three rules compare hyphenated forms with others, and a text has few of them among thousands
    of distinct words.
    """
    return frozenset([word for word in doc.distinct_lows if "-" in word])
