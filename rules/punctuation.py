"""Quotes and brackets that open without closing (or close without opening) in a paragraph, and a
mark typed twice (',,', '..')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule
from lint._scan import CharScan

if TYPE_CHECKING:
    from lint._document import Document, Span

_PAIRS = {")": "(", "]": "[", "}": "{"}
_BRACKET = CharScan("()[]{}")
# "1)", "a)", "iv)" at the start of a line or after a space: list enumerators, not brackets.
_ENUMERATOR = re.compile(r"(?:^|(?<=\s))#?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
# ":)", ";-)", ":(" and friends, not after a letter or digit. The mark comes first and the look-behind
# after it, so the regex engine skips straight to the marks instead of trying every character.
_EMOTICON = re.compile(r"[:;=](?<!\w[:;=])[-']?[()\]\[]")


def _ends_emoticon(text: str, index: int) -> bool:
    """Whether the bracket at ``index`` ends an emoticon: a match of ``_EMOTICON`` (two or three
    characters, the mark first) starting one or two characters before it. Tried at the brackets
    only, where a scan for every mark of the paragraph cost more than the whole rule."""
    for start in (index - 1, index - 2):
        if start >= 0 and (match := _EMOTICON.match(text, start)) is not None and match.end() == index + 1:
            return True
    return False


_ELLIPSIS = ("...", "…")
_EDGE = " \t\"'“”‘’()[]{}"


def _cut_after(text: str, position: int) -> bool:
    """The line holding ``position`` trails off in an ellipsis after it ("… goods distributed
    "according to…"): an excerpt cut short, whose closing mark was left out with the rest."""
    end = text.find("\n", position)
    return text[position : len(text) if end < 0 else end].rstrip(_EDGE).endswith(_ELLIPSIS)


def _cut_before(text: str, position: int) -> bool:
    """The line holding ``position`` opens with an ellipsis before it ("…and we have liftoff!”"):
    an excerpt whose opening mark stood in the part left out."""
    start = text.rfind("\n", 0, position) + 1
    return text[start:position].lstrip(_EDGE).startswith(_ELLIPSIS)


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
        "No nation other than Russia (and previously the f...",
        "...which it was (at the time) and remains.) Nobody disputes it.",
        "Rules: #1) no smoking, #2) no pets. Thanks to my friends:) and family;-)",
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        brackets = [m.start() for m in _BRACKET.finditer(doc.text)]  # one scan, not one per paragraph
        if not brackets:
            return
        for paragraph in doc.paragraphs:
            first, after = bisect_left(brackets, paragraph.start), bisect_left(brackets, paragraph.end)
            if first < after:
                here = [position - paragraph.start for position in brackets[first:after]]
                yield from self._check_paragraph(doc, paragraph, here)

    def _check_paragraph(self, doc: Document, paragraph: Span, brackets: list[int]) -> Iterator[Finding]:
        """``brackets``: where the paragraph's brackets are, in order (only the brackets: a loop over
        every character cost 0.3 ms an article)."""
        text = paragraph.text
        enumerators: set[int] | None = None  # found only for a closer that pairs with nothing (rare)
        stack: list[tuple[str, int]] = []
        for index in brackets:
            ch = text[index]
            if ch in "([{":
                if not _ends_emoticon(text, index):
                    stack.append((ch, index))
            elif ch in _PAIRS:
                if stack and stack[-1][0] == _PAIRS[ch]:
                    stack.pop()
                    continue
                if enumerators is None:
                    enumerators = {m.end() - 1 for m in _ENUMERATOR.finditer(text)}
                if index in enumerators or _ends_emoticon(text, index) or _cut_before(text, index):
                    continue
                if text[max(0, index - 2) : index].endswith((":", ";", ":-", ";-")):
                    continue  # "my friends:)", "THX:-)": an emoticon glued to its word closes nothing
                if not doc.is_protected(paragraph.start + index, paragraph.start + index + 1):
                    yield self._report(doc, paragraph.start + index, ch, opening=False)
        for ch, index in stack:
            if _cut_after(text, index):
                continue  # "(and previously the f...": the excerpt stops before the bracket closes
            if not doc.is_protected(paragraph.start + index, paragraph.start + index + 1):
                yield self._report(doc, paragraph.start + index, ch, opening=True)

    def _report(self, doc: Document, position: int, ch: str, opening: bool) -> Finding:
        if opening:
            message = f"'{ch}' is never closed in this paragraph."
        else:
            message = f"'{ch}' closes a bracket that was never opened in this paragraph."
        return self.finding(position, position + 1, message)


_DOUBLE_QUOTES = CharScan('"“”')
# Characters after which a quotation mark opens ("(“Yes”", "—“Yes”"), and before which it closes.
_BEFORE_OPENING = "([{—–‘“/"
_AFTER_CLOSING = ".,;:!?)]}—–’”…/"
# How many paragraphs without a quotation mark a quotation may run over before it closes (the
# lines of a quoted letter or prescription, each its own paragraph).
_RUN_ON = 10


class UnbalancedQuotes(Rule):
    id = "punctuation.unbalanced-quotes"
    category = "punctuation"
    severity = Severity.WARNING
    summary = "A double quotation mark without its partner."
    why = (
        "A quotation that never closes leaves the reader unsure who is speaking. Marks pair up whatever "
        "their shape, so a quotation typed with mixed marks ('“pitch\" moment') is not reported; a "
        "curly mark in the other's place is read by its place. A quotation may run over "
        "several paragraphs, each new one reopening it as style guides ask, or closing it a few "
        "paragraphs on. Inch marks (5'10\") are left alone; single quotes are not checked, because they "
        "double as apostrophes."
    )
    bad = (
        "“We will rebuild, the mayor said.",
        'The mayor said: "We will rebuild.',
        "The mayor said we will rebuild.” Then he left.",
        "“We will rebuild, the mayor said.\n\nThe council agreed.",
        "“We will rebuild, the mayor said.\n\nThe council agreed to “start at once.”",
        'He called it "a disgrace, and left.\n\nThe vote was "close," he said.',
        'He said "wait... and left. Nobody followed.',
        '... and then, the mayor said, "we rebuild.',
    )
    good = (
        "“We will rebuild,” the mayor said. “All of it.”",
        '"We will rebuild," the mayor said.',
        "“The first paragraph of a long quote stays open.\n\n“The next one reopens and closes.”",
        'The screen is 12" wide and he is 5\'10" tall.',
        "He is 6'2\" tall.",
        '"The quotation runs on.\n\nAnd closes here," she said.',
        'He said "it cost $251", which was true.',
        "The note read:\n\n“Two eggs at breakfast\n\nand a walk at noon.\n\nNo cake.”",
        'Call it your “big idea" moment, in the so-called "rust belt“, she said.',
        'Run the "\ufffc" command, then "\ufffc".',
        "“He told me ‘don’t’ twice,” she said of the “no” vote.",
        '...rather than goods being shared out "according to need...',
        "… and then we have liftoff!” Nobody spoke.",
        '...and so it ends," she wrote.',
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        open_at: list[int] = []  # document positions of the quotation marks still open
        quiet = 0  # paragraphs without a mark since the last one, while a quotation is open
        everywhere = [m.start() for m in _DOUBLE_QUOTES.finditer(doc.text)]  # one scan, not one per paragraph
        if not everywhere:
            return
        for paragraph in doc.paragraphs:
            text = paragraph.text
            first, after = bisect_left(everywhere, paragraph.start), bisect_left(everywhere, paragraph.end)
            marks = [position - paragraph.start for position in everywhere[first:after]]
            if open_at:
                if not marks:
                    quiet += 1
                    if quiet > _RUN_ON:
                        yield from self._never_closed(doc, open_at)
                    continue
                if _role(text, marks[0]) == "open":
                    if marks[0] == 0:
                        marks = marks[1:]  # the quotation runs on: a new paragraph reopens it
                    else:
                        yield from self._never_closed(doc, open_at)
            quiet = 0
            for index in marks:
                position = paragraph.start + index
                if not open_at and text[index] == '"' and index > 0 and text[index - 1].isdigit():
                    continue  # 6'2" tall, a 12" screen: an inch mark, with no quotation open to close
                role = _role_in_paragraph(text, index, bool(open_at))
                if role == "open":
                    open_at.append(position)
                elif open_at:
                    open_at.pop()
                elif _cut_before(text, index):
                    pass  # "…and we have liftoff!”": the quotation opened in the part left out
                elif not (text[index] == '"' and index > 0 and text[index - 1].isdigit()):  # 12" is an inch mark
                    yield self.finding(
                        position, position + 1, f"'{text[index]}' closes a quotation that was never opened."
                    )
        yield from self._never_closed(doc, open_at)

    def _never_closed(self, doc: Document, open_at: list[int]) -> Iterator[Finding]:
        for position in open_at:
            if _cut_after(doc.text, position):
                continue  # 'goods distributed "according...': the excerpt stops inside the quotation
            closing = _role(doc.text, position) == "close"
            if closing and _cut_before(doc.text, position):
                continue  # '...and we have liftoff!"': a straight mark that closes what the excerpt left out
            mark = doc.text[position]
            if closing and mark == '"':  # 'good news for all."': where it stands, it closes
                yield self.finding(position, position + 1, f"'{mark}' closes a quotation that was never opened.")
                continue
            yield self.finding(position, position + 1, f"'{mark}' opens a quotation that is never closed.")
        open_at.clear()


def _role_in_paragraph(text: str, index: int, quotation_open: bool) -> str:
    """Whether a mark inside a paragraph opens or closes, given what is open before it.

    A straight mark closes whatever is open, and opens otherwise: where it stands is a poor guide,
    since text pasted from tokenised sources spaces it on the wrong side ('(who" was'). A curly mark
    in the other mark's place ('decision.“ However') closes or opens as its place says when that
    pairs it up, and follows its shape otherwise.
    """
    if text[index] == '"':
        return "close" if quotation_open else "open"
    shape = "open" if text[index] == "“" else "close"
    place = _role(text, index)
    if place == "close" and quotation_open:
        return "close"
    if place == "open" and not quotation_open:
        return "open"
    return shape


def _role(text: str, index: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at ``index``, from where it stands.

    A mark with a space (or an opening bracket or dash) before it and a word after it opens, one with
    a word before it and a space or punctuation after it closes, whatever its shape: typists mix
    straight and curly marks. Glued or spaced on both sides, a curly mark's shape decides. A
    removed code span (U+FFFC) counts as a word.
    """
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens = not after.isspace() and (before.isspace() or before in _BEFORE_OPENING)
    closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSING)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return {"“": "open", "”": "close"}.get(text[index], "either")


_DOUBLED = re.compile(r",[,.]|;;|\.\.")
"""A comma, a semicolon or a full stop typed twice (or a comma before a full stop) after a word, a
closing bracket or a quotation mark, before no word and no third full stop: not an ellipsis
('...'), a range ('1..5'), a path ('../docs') or an abbreviation's stop before a comma ('etc.,')."""
_KEPT_MARK = {",,": ",", ";;": ";", ",.": ".", "..": "."}


class DoubledMark(Rule):
    id = "punctuation.doubled-mark"
    category = "punctuation"
    severity = Severity.WARNING
    summary = "A punctuation mark typed twice: 'nine hours,, which', 'on June 6..', 'the kitchen,.'."
    why = (
        "A doubled comma or semicolon, two full stops, or a comma before a full stop is a slip of the "
        "keyboard that a reader trips on. An ellipsis ('...'), a range or a path ('1..5', '../docs') "
        "and an abbreviation's full stop before a comma ('etc.,') are left alone, and so is machine "
        "text. Two full stops inside a sentence ('well.. I think') may be a short ellipsis: the fix "
        "is then offered, not applied."
    )
    bad = (
        "The battery lasts about nine hours,, which is enough for a workday.",
        "All books are due on June 6..",
        "The fire started in the kitchen,. Officials said it spread quickly.",
        "The jury reached a verdict.. Sentencing is set for May 9.",
        "Bring water;; the trail has no shade.",
    )
    good = (
        "He paused... then spoke. Apples, pears, etc., were sold.",
        "Use the range 1..5 or the folder ../docs, and see https://example.com/a..b for more.",
        'She said, "Wait." Then she left; we stayed.',
        "The U.S. team won. Dr. Reyes, Ph.D., spoke.",
    )
    fixed = (
        "The battery lasts about nine hours, which is enough for a workday.",
        "All books are due on June 6.",
        "The fire started in the kitchen. Officials said it spread quickly.",
        "The jury reached a verdict. Sentencing is set for May 9.",
        "Bring water; the trail has no shade.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _DOUBLED.finditer(text):  # (a look-behind in the pattern cost 5 ms on 50,000 words)
            start, end = match.span()
            if not _doubled_here(text, start, end) or doc.is_protected(start - 1, end + 1):
                continue
            marks = match.group()
            kept = _KEPT_MARK[marks]
            ends = end >= len(text) or text[end] in " \n\r"  # a space or the line's end after the marks
            unsure = marks == ".." and not _sentence_follows(text, end)
            yield self.finding(
                start,
                end,
                f"'{marks}' is a mark typed twice: '{kept}'." + (" (Or an ellipsis: '...'.)" if unsure else ""),
                suggestions=(kept, "...") if unsure else (kept,),
                fix=FixSafety.UNSAFE if unsure or not ends else FixSafety.SAFE,
            )


def _doubled_here(text: str, start: int, end: int) -> bool:
    """The marks at ``start:end`` follow a letter, a digit, a closing bracket or a quotation mark and
    come before no word character and no third full stop (not '...', '1..5', '../docs')."""
    if start == 0 or (end < len(text) and (text[end] == "." or text[end].isalnum() or text[end] == "_")):
        return False
    before = text[start - 1]
    return before.isalnum() or before in _BEFORE_DOUBLED


_BEFORE_DOUBLED = frozenset(")]\"'”’")


def _sentence_follows(text: str, end: int) -> bool:
    """After two full stops, the paragraph ends or a new sentence opens with a capital: a full stop
    typed twice, not a short ellipsis ('well.. I think')."""
    rest = text[end : end + 40].lstrip(" \t\"'”’)]")
    if rest[:2] in ("I ", "I'", "I’"):
        return False  # "Well.. I think": 'I' is a capital inside a sentence too
    return not rest or rest[0] in "\n\r" or rest[0].isupper() or rest[0].isdigit()


RULES = [UnbalancedBrackets, UnbalancedQuotes, DoubledMark]
