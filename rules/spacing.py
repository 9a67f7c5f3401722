"""Spacing around punctuation and between words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._offsets import PLACEHOLDER
from lint._rule import Rule
from lint._scan import CharScan, matches_near

if TYPE_CHECKING:
    from lint._document import Document

# A word of two or more letters, sentence punctuation, then a letter: "council,however",
# "February.More", "alternative?The". A quotation mark may sit between the mark and the word: an
# opening one ('said,"We') takes the space before it, a closing one ('won,"the') after it. Also a
# number, a comma and a word ("in 2010,and"), a number or a clock time and a full stop glued to the next
# sentence ("rose 5%.Analysts", "in 2020.The", "in 2019.It", "at 5 p.m.The"), a word of one capital after
# a word in small letters or a number ("passed.A new", "left.I stayed": 'A' or 'I' and a word in small
# letters, not a roman numeral after an abbreviation, "Vol.I"), and initials glued to a name ("L.E.Dickson").
# Every branch starts by consuming its punctuation mark (or an initial's capital) and looks behind
# after it; the leading lookahead lets the regex engine skip to candidate characters. Written with
# the lookbehinds first, the same pattern cost ~6x more (0.68 ms against 0.11 ms per 1,000 words).
_MISSING_AFTER = re.compile(
    r"""(?=[,;.?!:A-Z])(?:
          (?P<comma>[,;])(?<=[^\W\d_][^\W\d_][,;])(?=["“‘”’']?[^\W\d_]{2})
        | (?P<stop>[.?!])(?<=[^\W\d_][^\W\d_][.?!])(?=["“‘]?[A-Z][a-z]|["”’'][^\W\d_]{2})
        | (?P<low_stop>[.?!])(?<=[a-z][a-z][a-z][.?!])(?=[a-z]{2,}(?![\w.]))
        | (?P<colon>:)(?<=[^\W\d_][^\W\d_]:)(?=[A-Za-z][a-z]{2})
        | (?P<number_comma>,)(?<=\d,)(?=[a-z]{2})
        | (?P<number_stop>[.?!])(?<=[\d%][\d%][.?!])
            (?=[A-Z][a-z]{2}|(?:It|In|He|We|As|At|On|If|So|By|My|An)\ |[AI]\ [a-z])
        | (?P<lone_stop>[.?!])(?<=[a-z][a-z][a-z][.?!])(?=[AI]\ [a-z])
        | (?P<clock_stop>\.)(?<=\b[ap]\.m\.)(?=[A-Z][a-z]{2}|[a-z]{2,}(?![\w.]))
        | [A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){0,2}(?=[A-Z][a-z]{2})
    )""",
    re.VERBOSE,
)
# Every match has a mark followed at once by a letter or a quotation mark (its first mark, for an
# initial: "U.S.Army" starts one character before its first dot). Such marks are rare in prose;
# they are found by one literal scan per mark (see :class:`lint._scan.CharScan`).
_GLUED_MARK = CharScan(",;.?!:", r"(?=[\"“‘”’']?[^\W\d_])")


def missing_after_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_MISSING_AFTER.finditer(text)`` finds, trying the pattern only where a match can
    start: at each glued mark and one character before it (0.16 -> ~0.03 ms per 1,000 words).
    ``tests/test_typography.py`` compares the two."""
    return matches_near(_MISSING_AFTER, _GLUED_MARK, text)


# Initials and abbreviations written with periods: "U.S.Army" is still an error, but "J.R.R." and
# "Ph.D." are not, so a period followed by one letter and a period is left alone.
_INITIAL_AFTER = re.compile(r"[A-Za-z]\.")
_QUOTES = "\"“‘”’'"
# A word glued to the next by a dot inside a name from code: "lang.FormatCurrency", "os.Exit(1)".
_CAMEL = re.compile(r"[a-z][A-Z]")
_RUN = re.compile(r"[\w.]*")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[{“—–-]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")


class MissingSpaceAfterPunctuation(Rule):
    id = "space.missing-after-punctuation"
    category = "missing-space"
    severity = Severity.WARNING
    summary = "No space after a comma, semicolon, colon or sentence-ending punctuation."
    why = (
        "Two words glued by punctuation ('council,however', 'February.More') are a typing slip that "
        "readers notice at once. Decimals (2.4), thousands (1,800), times (10:30), abbreviations (U.S.), "
        "URLs, e-mail addresses, domains, file names and names from code (lang.FormatNumber, "
        "db:reset_all) are left alone. After a closing quotation mark the space goes after the mark."
    )
    bad = (
        "The council,however, voted against it.",
        "The vote was in February.More votes will follow.",
        "Is there an alternative?The minister said no.",
        "She said,“We will win.”",
        "Two items;both arrived late.",
        "She graduated in 2010,and moved to Paris.",
        "He studied under L.E.Dickson at Chicago.",
        '"We won,"the mayor said.',
        "“We won,”the mayor said.",
        "“Who won?”she asked.",
        'He said "we lost."Then he left.',
        "‘We won,’the mayor said.",
        "It rained all day.the match went on.",
        "Prices rose 5%.Analysts were surprised. It closed in 2020.The site is gone.",
        "The meeting began at 5 p.m.The mayor spoke first.",
        "We toured the city.It rained; he stayed at home.No one came.",
        "It opened in 2019.It closed two years later.",
        "The vote passed.A new vote follows in May.",
        "He left early.I stayed until the end.",
        "Sales rose 12%.In March they fell again.",
        "Doors open at 7 p.m.and close at eleven.",
        "The program begins at 7 p.m.in the main ballroom.",
    )
    good = (
        "Growth was 2.4 percent, or 1,800 jobs, at 10:30 a.m. in the U.S. capital.",
        "Write to press@example.com or visit www.example.org and example.co.uk today.",
        "Visit comune.roma.it, EXAMPLE.COM or Amazon.com.",
        "Download report.pdf and data.csv from the site; see e.g. the appendix.",
        "J.R.R. Tolkien wrote it, and Ph.D. students read it... Then they left.",
        "Node.js and ASP.NET are frameworks; ratio 3:1 held.",
        "He shouted “Stop!” and ran.",
        "Call strings.ToUpper or os.Exit(1), then run the task db:reset_all_counts.",
        "See [api.Merge] for details. TL;DR: it works.",
        "Read the docs.\ufffc Then rebuild.",
        "Edit config.yaml, call self.name or os.path, and open index.html.",
        "Links: fi:Ada sv:Ada, <mailto:ann> and skype:Anna.",
        "Read 1.Introduction and v2.Beta; it is 3.5 Mbps at 5 p.m. Monday.",
        "See vol.I of the series and fig.A in the appendix; Vol.I is out of print.",
        "Chapter 12.A. covers the budget, and 2.I.b the appendix.",
    )
    fixed = (
        "The council, however, voted against it.",
        "The vote was in February. More votes will follow.",
        "Is there an alternative? The minister said no.",
        "She said, “We will win.”",
        "Two items; both arrived late.",
        "She graduated in 2010, and moved to Paris.",
        "He studied under L.E. Dickson at Chicago.",
        '"We won," the mayor said.',
        "“We won,” the mayor said.",
        "“Who won?” she asked.",
        'He said "we lost." Then he left.',
        "‘We won,’ the mayor said.",
        "It rained all day. the match went on.",
        "Prices rose 5%. Analysts were surprised. It closed in 2020. The site is gone.",
        "The meeting began at 5 p.m. The mayor spoke first.",
        "We toured the city. It rained; he stayed at home. No one came.",
        "It opened in 2019. It closed two years later.",
        "The vote passed. A new vote follows in May.",
        "He left early. I stayed until the end.",
        "Sales rose 12%. In March they fell again.",
        "Doors open at 7 p.m. and close at eleven.",
        "The program begins at 7 p.m. in the main ballroom.",
    )
    fix = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in missing_after_matches(text):
            start, end = match.span()
            quote = text[end] if text[end] in _QUOTES else ""
            after = end + len(quote)
            if doc.is_protected(start - 1, after + 1) or not doc.offsets.is_editable(start, after + 1):
                continue  # machine text, or markup (a code span, a tag) sits between the two
            if match.group("stop") == "." and (
                _INITIAL_AFTER.match(text, end)
                or (start > 0 and text[start - 1] == ".")
                or text.startswith("..", start)
            ):
                continue
            if _is_code_name(doc, end - 1, after) or (match.group("colon") and _prefix_colon(text, end - 1)):
                continue
            if match.group("low_stop") and not _two_words(text, end - 1):
                continue  # "rained.the" is two words; "config.yaml", "os.path" are names
            if match.group("lone_stop") and _abbreviation_before(text, end - 1):
                continue  # "see vol.I of", "fig.A shows": a part's number or letter after its abbreviation
            punct = text[end - 1]
            if quote and _closes_quotation(text, end, quote):
                # '"We won,"the mayor said': the space goes after the closing quotation mark.
                yield self.finding(
                    end,
                    after,
                    f"Missing space after the closing quotation mark '{quote}'.",
                    suggestions=(quote + " ",),
                    fix=FixSafety.UNSAFE if quote == "'" else FixSafety.SAFE,
                )
                continue
            yield self.finding(
                end - 1,
                end,
                f"Missing space after '{punct}'.",
                suggestions=(punct + " ",),
                fix=FixSafety.UNSAFE if quote == "'" else FixSafety.SAFE,
            )


_PART_ABBREVIATIONS = frozenset("vol vols fig figs sec chap para art app ref pl pls tab eqn no nos pt pts".split())
"""Abbreviations a part's roman numeral or letter follows with a dot and no space ("vol.I", "fig.A")."""


def _abbreviation_before(text: str, mark: int) -> bool:
    """The word before the stop at ``mark`` is an abbreviation of a part (:data:`_PART_ABBREVIATIONS`)."""
    left = mark
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    return text[left:mark].lower() in _PART_ABBREVIATIONS


_SCHEMES = frozenset("mailto ymsgr skype tel sms irc ftp sftp ssh git urn news magnet spotify steam file".split())
"""Link schemes written before a colon with no space: "mailto:ann@example.com", "tel:555"."""


def _prefix_colon(text: str, mark: int) -> bool:
    """The colon at ``mark`` ends a prefix glued to what follows on purpose: a link scheme
    ("mailto:", "skype:") or a two-letter language code ("fi:Ada sv:Ada", wiki links)."""
    left = mark
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    prefix = text[left:mark]
    if left > 0 and not (text[left - 1].isspace() or text[left - 1] in "<([\"'"):
        return False
    return prefix in _SCHEMES or (len(prefix) == 2 and prefix.islower())


def _two_words(text: str, mark: int) -> bool:
    """Both sides of a stop glued to a small letter are everyday words ("rained.the"): anything
    else ("node.js", "self.name" in a sentence about code) may be a name."""
    from .spelling._lexicon import lexicon

    left = mark
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = mark + 1
    while right < len(text) and text[right].isalpha():
        right += 1
    if left > 0 and text[left - 1] in "._/@#\\-":
        return False
    known = lexicon()
    before, after = text[left:mark], text[mark + 1 : right]
    return known.count(before) >= _EVERYDAY and known.count(after) >= _EVERYDAY and after not in _CODE_WORDS


_EVERYDAY = 1000
"""How often (in pyspellchecker's counts) a word must occur to count as an everyday word."""
_CODE_WORDS = frozenset(
    "name path value type data item items id key keys file files size length text html js css py md".split()
)


def _is_code_name(doc: Document, mark: int, word: int) -> bool:
    """A name from code or a fixed abbreviation, glued by its punctuation on purpose.

    ``election:republish_content`` (an underscore), ``lang.FormatCurrency`` (CamelCase after a
    dot), ``os.Exit(1)`` (a call), ``[lang.Merge]`` (a link whose whole text is the name) and
    "TL;DR" are written that way; a space would break them.
    """
    text = doc.text
    left = mark
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "_."):
        left -= 1
    right = _RUN.match(text, word)
    right_end = right.end() if right else word
    name = text[left:right_end].rstrip(".")
    after = text[mark + 1 : right_end].rstrip(".")
    if "_" in name or name.lower() == "tl;dr":
        return True
    if text[mark] != ".":
        return False
    if _CAMEL.search(after) or text.startswith("(", left + len(name)):
        return True
    source = doc.source.text
    source_start, source_end = doc.offsets.to_source(left, left + len(name))
    return source[source_start - 1 : source_start] == "[" and source[source_end : source_end + 1] == "]"


def _closes_quotation(text: str, position: int, quote: str) -> bool:
    """Whether the quotation mark at ``position``, glued to words on both sides, closes a quotation.

    Curly marks say so themselves. A straight double quote closes when an odd number of them come
    before it in the paragraph; a straight single quote when an opening single quote (after a space,
    before a word) is still waiting for its partner, apostrophes in "don't" and "boys'" aside.
    """
    if quote in "”’":
        return True
    if quote in "“‘":
        return False
    paragraph = text.rfind("\n\n", 0, position) + 1
    before = text[paragraph:position]
    if quote == '"':
        straight = [index for index, ch in enumerate(before) if ch == '"' and not before[index - 1 : index].isdigit()]
        return len(straight) % 2 == 1
    return len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before))


_EMOTICON_FACE = re.compile(r"[-'^o]?[()DPpO/\\|\][3*]+(?![^\W_])")
"""The rest of an emoticon after its eyes: ":)", ";-)", ":D", ":-P", ";]"."""
_MARK_AFTER_SPACE = CharScan(",;:.?!", r"(?<=[ \t\u00a0][,;:.?!])(?![\w.])")
_INLINE_SPACE = " \t\u00a0"


def spaces_before_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(where the spaces start, where the mark is, the mark) for each run of spaces, tabs or no-break
    spaces between a word and a mark that ends it: "resigned , officials".

    The marks are found first (one literal scan per mark, fast in the regex engine) and their
    spaces walked back in Python: a pattern that starts at every space of the text cost 0.15 ms
    per 1,000 words. ``tests/test_typography.py`` compares this with that pattern.
    """
    for match in _MARK_AFTER_SPACE.finditer(text):
        mark_at = start = match.start()
        while start > 0 and text[start - 1] in _INLINE_SPACE:
            start -= 1
        if start > 0 and not text[start - 1].isspace():
            yield start, mark_at, match.group()


class SpaceBeforePunctuation(Rule):
    id = "space.before-punctuation"
    category = "punctuation"
    severity = Severity.WARNING
    summary = "A space before a comma, semicolon, colon, period, question mark or exclamation mark."
    why = (
        "English sets these marks directly after the word. A space before them is a slip (or French "
        "typography) and can leave the mark alone at the start of a line."
    )
    bad = (
        "The minister resigned , officials said.",
        "Why did he go ?",
        "Three were hurt ; two were released.",
        "Note : do not forget ; read it :-( twice.",
    )
    good = (
        "The minister resigned, officials said.",
        "He waited ... and then he spoke.",
        "The .NET runtime and .com domains were discussed.",
        "Turnout rose to .5 percent.",
        "Open {{< icon >}} , then restart.",
        "See you soon :) and thanks ;-) or :D or ;)",
    )
    fixed = (
        "The minister resigned, officials said.",
        "Why did he go?",
        "Three were hurt; two were released.",
        "Note: do not forget; read it :-( twice.",
    )
    fix = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start, mark_at, mark in spaces_before_marks(text):
            if mark == "." and (text.startswith(("..", ". ."), mark_at) or text.endswith(".", 0, start)):
                continue  # an ellipsis, written "..." or ". . ."
            if mark in ":;=" and _EMOTICON_FACE.match(text, mark_at + 1):
                continue  # ":)", ";-)", ":D": an emoticon, set off by its space
            end = mark_at + 1
            if doc.is_protected(start, end) or not doc.offsets.is_editable(start, end):
                continue
            if _beside_template_tag(doc, start, mark_at):
                continue  # "{{< icon >}} .": the space may be the tag's own layout
            yield self.finding(
                start,
                end,
                f"Space before '{mark}'.",
                suggestions=(mark,),
                fix=FixSafety.SAFE,
            )


_SPACES = re.compile(r"  +")


def repeated_spaces(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of two or more spaces between two non-space characters: runs are
    found by their literal two spaces (fast), their neighbours checked after."""
    for match in _SPACES.finditer(text):
        start, end = match.span()
        if start > 0 and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
            yield start, end


# Browsers collapse runs of spaces in HTML, so readers never see them there.
_INLINE_CODE = ("`", "<code", "<kbd", "<samp", "<var", "<tt")


class RepeatedSpaces(Rule):
    id = "space.repeated-spaces"
    category = "spacing"
    severity = Severity.WARNING
    summary = "Two or more spaces between words."
    why = (
        "Extra spaces inside a line are invisible in the editor and visible in print or plain text. "
        "Indentation, line ends, spaces beside removed code or template tags, and HTML files (where "
        "browsers collapse every run of spaces, so no reader sees them) are left alone."
    )
    bad = ("The mayor  said no.", "It ended.   Then it began again.", "Run  `make` to build.")
    good = (
        "The mayor said no.",
        "    indented line stays.",
        "Line ends are fine.   \nNext line.",
        "Run  {{< button >}}  to build.",
    )
    fixed = ("The mayor said no.", "It ended. Then it began again.", "Run `make` to build.")
    fix = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        if doc.input_format == "html":
            return
        for start, end in repeated_spaces(doc.text):
            if not doc.offsets.is_editable(start, end) or _beside_template_tag(doc, start, end):
                continue  # markup on either side, or a template tag whose layout the spaces are
            yield self.finding(
                start,
                end,
                f"{end - start} spaces in a row.",
                suggestions=(" ",),
                fix=FixSafety.SAFE,
            )


def _beside_template_tag(doc: Document, start: int, end: int) -> bool:
    """Whether the spaces at ``[start, end)`` touch a removed template tag or shortcode.

    The adapters leave U+FFFC where they removed non-prose. Inline code (`make`, <code>) is a word
    the reader sees, so spaces beside it are the prose's; a template tag may render as nothing, or
    as a whole block, and the spaces around it are its layout in the source.
    """
    text = doc.text
    for position in (start - 1, end):
        if 0 <= position < len(text) and text[position] == PLACEHOLDER:
            source_start, source_end = doc.offsets.to_source(position, position + 1)
            if not doc.source.text[source_start:source_end].lower().startswith(_INLINE_CODE):
                return True
    return False


RULES = [MissingSpaceAfterPunctuation, SpaceBeforePunctuation, RepeatedSpaces]
