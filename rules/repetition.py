"""The same word twice in a row: "the the", "in in"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document

# Words that English legitimately doubles: "had had", "that that", "is is" ("what it is is"),
# "do do", reduplication ("bye bye", "so so", "very very" in quotes), and echoic words.
GRAMMATICAL_DOUBLES = frozenset(
    """
    had that is do does can bye ha haha no so very well now there tut yeah chop knock
    hear bang boom tick tock cha choo dum la na blah yada hush quack woof mm hmm uh
    ah oh ho hey
    """.split()
)

# Words that are never names, so "The The" or "In In" at the start of a sentence is a slip.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but if of in on at to for from by with as into onto over under about after before
    this these those it its he she they we you i his her their our your my is are was were be been
    """.split()
)

# Whole words only: "you you've" is "you" then "you've", and "re-do do" has no doubled word. Only
# spaces may separate the two: a removed code span or tag (U+FFFC) between them is a word of its own.
_REPEAT = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)([ \t]+|[ \t]*\n[ \t]*)(\1)\b(?!['’-]\w)", re.IGNORECASE)


class RepeatedWord(Rule):
    id = "repetition.repeated-word"
    category = "repetition"
    severity = Severity.WARNING
    summary = "The same word twice in a row."
    why = (
        "A doubled word ('the the', 'in in') is the most common slip of editing, and the eye skips it, "
        "especially across a line break. Grammatical doubles ('had had', 'that that'), interjections ('ah ah'), a word "
        "beside its contraction ('you you're') and names such as 'Duran Duran' are left alone."
    )
    bad = (
        "The the council met on Monday.",
        "She was born in in Vienna.",
        "Officials said the\nthe plan was dropped.",
    )
    good = (
        "She had had enough, and said that that was final.",
        "They saw Duran Duran and Walla Walla.",
        "What it is is a mystery. Bye bye!",
        "the end.\n\nThe next paragraph.",
        "I tell you you're wrong, and that's that.",
        "Ah ah ah, not so fast! Oh oh, here it comes.",
        "Set the \ufffc the way the guide says.",
        "She had to re-do do-it-yourself jobs.",
    )
    fixed = (
        "The council met on Monday.",
        "She was born in Vienna.",
        "Officials said the plan was dropped.",
    )
    fix = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _REPEAT.finditer(text):
            first, second = match.group(1), match.group(3)
            lower = first.lower()
            if lower in GRAMMATICAL_DOUBLES:
                continue
            if first != second and (first.isupper() or second.isupper()) and len(first) > 1:
                continue  # "the first FIRST Global": an acronym beside the word
            if (
                first[0].isupper()
                and second[0].isupper()
                and (lower not in FUNCTION_WORDS or not _is_sentence_start(text, match.start()))
            ):
                continue  # a name: "Duran Duran", "Sirhan Sirhan" (but "The The" at a start is a slip)
            if doc.is_protected(match.start(), match.end()) or not doc.offsets.is_editable(*match.span()):
                continue  # machine text, or markup between the two words ("the `x` the")
            yield self.finding(
                match.start(),
                match.end(),
                f"'{first}' is repeated.",
                suggestions=(first,),
                fix=FixSafety.SAFE,
            )


def _is_sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"“‘'(")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


RULES = [RepeatedWord]
