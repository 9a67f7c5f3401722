"""Capital letters a sentence needs: after a full stop, the pronoun 'I', the names of days and months."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._segment import _is_abbreviation

from . import _words as w
from ._base import GrammarRule
from ._tokens import occurrences

if TYPE_CHECKING:
    from lint._document import Document

_AFTER_FULL_STOP = re.compile(r"\.(?<![.\d]\.)[ \t]+([a-z][a-z'’]*)(?![\w'’-])")
"""A full stop (not an ellipsis, not a decimal point), spaces, then a lower-case word. The stop comes
first in the pattern and the look-behind after it, so the engine scans for the literal. A closing quote
or bracket after the stop is not matched: '"Why?" he asked' and '(see p. 4) and' are right."""


class SentenceStartCapital(GrammarRule):
    id = "grammar.sentence-start-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A sentence that starts with a small letter after a full stop: 'It rained. the match…'."
    why = (
        "A new sentence starts with a capital. Only a full stop inside a paragraph, followed by an "
        "ordinary lower-case word, is checked: abbreviations ('e.g. the', 'approx. five'), initials, "
        "numbers, ellipses and quotations ('\"Why?\" he asked') are left alone, and so are brand names "
        "written in lower case ('eBay', 'iPhone')."
    )
    bad = ("The match was delayed. the rain did not stop.", "It ended at six. organisers apologised.")
    good = (
        "The match was delayed. The rain did not stop.",
        "Mlle. du Motel wrote; it takes 16 Msec. to cross 25 mm. of tissue. a) first b) second",
        "It is foresight . . . it should grow.",
        "Bring fruit, e.g. apples. Prices rose approx. five per cent; see p. 4 and fig. 2.",
        "Fly to Houston (lv. around noon, arrv. around 4pm).",
        '"Why?" he asked. It was 3.5 metres... and then it stopped. He sold it on eBay. iPhones sold.',
    )
    fixed = ("The match was delayed. The rain did not stop.", "It ended at six. Organisers apologised.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _AFTER_FULL_STOP.finditer(text):
            word = match.group(1)
            start = match.start(1)
            if _is_abbreviation(text, match.start(), ".") or text[match.end(1) : match.end(1) + 1] in (")", "."):
                continue  # "e.g. the", "b) next": an abbreviation or a list marker
            before = text[max(0, match.start() - 16) : match.start()].split()
            if not before or "\n" in text[match.start() : start] or text[match.start() - 2 : match.start()] == ". ":
                continue  # the start of a line, or a spaced ellipsis ". . . it"
            last = before[-1]
            if last[-1:].isdigit() or (len(before) > 1 and before[-2][-1:].isdigit()):
                continue  # "1. apples", "25 mm. of tissue": a list number or a unit
            if last[:1].isupper() and len(last) <= 5:
                continue  # "Mlle. du Motel", "Msec.": a title or a unit abbreviated
            if _abbreviated(last):
                continue  # "lv. around noon", "rec. and dom. genes"
            if doc.is_protected(start, match.end(1)) or doc.is_protected(match.start(), match.start() + 1):
                continue
            fixed = word[0].upper() + word[1:]
            yield self.finding(
                start,
                match.end(1),
                f"A sentence starts with a capital: '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )


def _abbreviated(word: str) -> bool:
    """A short lower-case word that no word list knows, before its full stop: an abbreviation."""
    from rules.spelling._lexicon import lexicon

    core = word.strip("()[]\"'").rstrip(".")
    return len(core) <= 4 and core.isalpha() and core.islower() and not w.tags(core) and core not in lexicon()


_LOWER_I = frozenset(("i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"))


class LowerCaseI(GrammarRule):
    id = "grammar.lower-case-i"
    category = "grammar"
    severity = Severity.WARNING
    summary = "The pronoun 'I' written in lower case: 'i think', 'i'm'."
    why = "The pronoun 'I' is always a capital. A lone 'i' in a list marker ('(i)') or a formula is left alone."
    bad = ("Then i think we should go.", "She said i'm late.")
    good = ("Then I think we should go.", "See point (i) and the vector x i.", "i.e. the rest.")
    fixed = ("Then I think we should go.", "She said I'm late.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LOWER_I):
            word = words[index]
            if word.text[:1] != "i" or index + 1 >= len(words) or not word.joined:
                continue
            if index > 0 and not words[index - 1].joined:
                continue  # "(i)", "x, i": a marker or a symbol
            following = words[index + 1]
            finite = following.low in w.AUXILIARIES or bool(w.verb_tags(following.low) & {"VBP", "VBD", "VB"})
            if word.low == "i" and not finite:
                continue  # "vector x i": only 'i' before a finite verb is the pronoun
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue  # "the i reporting": a letter
            if doc.is_protected(word.start, word.end):
                continue
            fixed = "I" + word.text[1:]
            yield self.finding(
                word.start, word.end, f"The pronoun is a capital: '{fixed}'.", suggestions=(fixed,), fix=FixSafety.SAFE
            )


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february april june july
    september october november december""".split()
)
"""Not 'march', 'may' or 'august': they are also words."""


class CalendarCapital(GrammarRule):
    id = "grammar.calendar-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A day or a month in lower case: 'on monday', 'in january'."
    why = "Days of the week and months are names and take a capital: 'on Monday', 'in January'."
    bad = ("The council meets on monday.", "The vote is in january.")
    good = ("The council meets on Monday in January.", "It may march on in august company.")
    fixed = ("The council meets on Monday.", "The vote is in January.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _CALENDAR):
            word = words[index]
            if word.text != word.low or doc.is_protected(word.start, word.end):
                continue
            fixed = word.text[0].upper() + word.text[1:]
            yield self.finding(
                word.start,
                word.end,
                f"Days and months take a capital: '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )


RULES = [SentenceStartCapital, LowerCaseI, CalendarCapital]
