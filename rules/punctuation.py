"""Quotes and brackets that open without closing (or close without opening) in a paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, Severity
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document, Span

_PAIRS = {")": "(", "]": "[", "}": "{"}
# "1)", "a)", "iv)" at the start of a line or after a space: list enumerators, not brackets.
_ENUMERATOR = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
# ":)", ";-)", ":(" and friends.
_EMOTICON = re.compile(r"(?=[:;=])(?<!\w)[:;=][-']?[()\]\[]")


class UnbalancedBrackets(Rule):
    id = "punctuation.unbalanced-brackets"
    category = "punctuation"
    severity = Severity.WARNING
    summary = "A bracket opens and never closes (or closes without opening) in the paragraph."
    why = (
        "A lost bracket usually means a cut or a paste went wrong, and the reader cannot tell where "
        "the aside ends. List enumerators such as '1)' and emoticons are left alone."
    )
    bad = (
        "The agency (which was founded in 1990 said nothing.",
        "The agency which was founded in 1990) said nothing.",
        "He cited the report [page 4 in his speech.",
    )
    good = (
        "The agency (founded in 1990) said nothing [sic].",
        "Choose a) the bus or b) the train.",
        "Thanks for reading :)",
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        for paragraph in doc.paragraphs:
            yield from self._check_paragraph(doc, paragraph)

    def _check_paragraph(self, doc: Document, paragraph: Span) -> Iterator[Finding]:
        text = paragraph.text
        if not any(ch in text for ch in "()[]{}"):
            return
        enumerators = {m.end() - 1 for m in _ENUMERATOR.finditer(text)}
        emoticons = {m.end() - 1 for m in _EMOTICON.finditer(text)}
        stack: list[tuple[str, int]] = []
        for index, ch in enumerate(text):
            if ch in "([{":
                if index not in emoticons:
                    stack.append((ch, index))
            elif ch in _PAIRS:
                if stack and stack[-1][0] == _PAIRS[ch]:
                    stack.pop()
                elif index in enumerators or index in emoticons:
                    continue
                elif not doc.is_protected(paragraph.start + index, paragraph.start + index + 1):
                    yield self._report(doc, paragraph.start + index, ch, opening=False)
        for ch, index in stack:
            if not doc.is_protected(paragraph.start + index, paragraph.start + index + 1):
                yield self._report(doc, paragraph.start + index, ch, opening=True)

    def _report(self, doc: Document, position: int, ch: str, opening: bool) -> Finding:
        if opening:
            message = f"'{ch}' is never closed in this paragraph."
        else:
            message = f"'{ch}' closes a bracket that was never opened in this paragraph."
        return self.finding(position, position + 1, message)


_DOUBLE_QUOTES = re.compile(r"[\"“”]")


class UnbalancedQuotes(Rule):
    id = "punctuation.unbalanced-quotes"
    category = "punctuation"
    severity = Severity.WARNING
    summary = "A double quotation mark without its partner."
    why = (
        "A quotation that never closes leaves the reader unsure who is speaking. A quotation may run "
        "over several paragraphs (each new paragraph may reopen it, as style guides ask), so the check "
        "follows it to the end of the document. Inch marks (5'10\") are left alone; single quotes are "
        "not checked, because they double as apostrophes."
    )
    bad = (
        "“We will rebuild, the mayor said.",
        'The mayor said: "We will rebuild.',
        "The mayor said we will rebuild.” Then he left.",
        "“We will rebuild, the mayor said.\n\nThe council agreed.",
    )
    good = (
        "“We will rebuild,” the mayor said. “All of it.”",
        '"We will rebuild," the mayor said.',
        "“The first paragraph of a long quote stays open.\n\n“The next one reopens and closes.”",
        'The screen is 12" wide and he is 5\'10" tall.',
        '"The quotation runs on.\n\nAnd closes here," she said.',
        'He said "it cost $251", which was true.',
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        straight_open: int | None = None
        curly_open: list[int] = []
        message = "'{}' opens a quotation that is never closed."
        for paragraph in doc.paragraphs:
            text = paragraph.text
            if (straight_open is not None or curly_open) and not _DOUBLE_QUOTES.search(text):
                # A quotation only runs on into a paragraph that reopens or closes it.
                for position in _open_positions(straight_open, curly_open):
                    yield self.finding(position, position + 1, message.format(doc.text[position]))
                straight_open, curly_open = None, []
            for match in _DOUBLE_QUOTES.finditer(text):
                index = match.start()
                position = paragraph.start + index
                ch = match.group()
                if index == 0 and (straight_open is not None or curly_open) and ch in '"“':
                    continue  # the quotation runs on: a new paragraph reopens it by convention
                if ch == '"':
                    if straight_open is not None:
                        straight_open = None
                    elif not _is_inch_mark(text, index):
                        straight_open = position
                elif ch == "“":
                    curly_open.append(position)
                elif curly_open:
                    curly_open.pop()
                else:
                    yield self.finding(position, position + 1, "'”' closes a quotation that was never opened.")
        for position in _open_positions(straight_open, curly_open):
            yield self.finding(position, position + 1, message.format(doc.text[position]))


def _open_positions(straight_open: int | None, curly_open: list[int]) -> list[int]:
    return sorted(([straight_open] if straight_open is not None else []) + curly_open)


def _is_inch_mark(text: str, index: int) -> bool:
    """A straight quote right after a digit, not closing a quotation, is an inch mark: 12" or 5'10"."""
    return index > 0 and text[index - 1].isdigit()


RULES = [UnbalancedBrackets, UnbalancedQuotes]
