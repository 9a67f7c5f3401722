"""What every grammar rule shares: the rule class, the backend interface, the backend ranking.

Three backends can report grammar problems: copydesk's built-in rules (pure Python, always on),
Harper (``harper-py``, optional, in-process) and LanguageTool (a server, optional). Each is
exposed to the engine as ordinary rules, so selection, severities, suppressions and
``copydesk explain`` work as for any rule. Every grammar rule is a :class:`GrammarRule`, a plain
rule in the ``grammar`` overlap group: when two backends report the same problem at the same
place, the engine's overlap pass (:mod:`lint._overlap`) keeps one finding, the more specific.
A backend's costly client is kept in the document's shared resources (``doc.resources``), never
in a module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Protocol

from lint._errors import CopydeskError
from lint._findings import FixSafety
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document
    from lint._findings import Finding

    from ._tokens import Word


class GrammarBackendError(CopydeskError):
    """A configured grammar backend cannot run (not installed, unreachable, timed out)."""


class GrammarBackend(Protocol):
    """Something that turns a Document into grammar findings (prose offsets)."""

    name: str

    def check(self, doc: Document) -> list[Finding]: ...


BACKEND_RANK = {"builtin": 2, "languagetool": 1, "harper": 0}
"""Ties between equally specific duplicates go to the backend that knows newsroom style best."""


class GrammarRule(Rule):
    """A grammar rule: its findings and those of the other grammar backends are one overlap group.

    Subclasses implement :meth:`detect`. ``backend`` names where the findings come from; when two
    backends report the same problem, the engine keeps the more specific finding, and between
    equally specific ones the backend that knows newsroom style best (:data:`BACKEND_RANK`).
    """

    backend: ClassVar[str] = "builtin"
    overlap_group: ClassVar[str | None] = "grammar"
    overlap_rank: ClassVar[int] = BACKEND_RANK["builtin"]

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def replace_word(self, word: Word, fixed: str, message: str, fix: FixSafety = FixSafety.SAFE) -> Finding:
        """A finding over ``word`` alone whose one suggestion, ``fixed``, takes its place.

        ``fixed`` is the replacement already cased like the word (``match_case(right, word.text)``):
        the caller works it out first because the message quotes it.
        """
        return self.finding(word.start, word.end, message, suggestions=(fixed,), fix=fix)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for finding in self.detect(doc):
            if (
                not mentioned(text, finding.start, finding.end)
                and not marked_sic(text, finding.start, finding.end)
                and not machine_word(text, finding.start, finding.end)
            ):
                yield finding


_CHUNK_REACH = 200
"""How far either side of a span a run without spaces is read for its slashes."""


def machine_word(text: str, start: int, end: int) -> bool:
    """The span is joined to code or a path: a call ('close() may be called', 'the advise() function';
    not 'the person(s)'), a member after it ('advise.statusHints'), a path of two slashes or more
    round it ('refs/heads/there'), 'I/O', or a sigil or an option's hyphen before it ('$there', 'git
    commit -a paths'). Words of machine text, not prose; a single slash between words is prose's
    'or' ('a must see/hear', 'burgers/american food'). Asked for each finding only."""
    after = text[end : end + 3]
    if after[:1] == "(" and after != "(s)" and (after[1:2] == ")" or after[1:2].isalpha() or after[1:2] in "_*'\""):
        return True
    if after[:1] == "." and after[1:2].isalpha() and after[1:2].islower():
        return True
    if after[:1] == "." and after[1:2].isupper() and _camel_case(text, end + 1):
        return True  # "reopen.NewFileWriter": a member named in camel case
    if start > 1 and text[start - 1] == "." and text[start - 2].isalnum() and after[:1] == "." and after[1:2].isalnum():
        return True  # "org.chinese.Lunar": the middle of a dotted name
    if text[start:end] == "I" and after[:2] == "/O":
        return True
    if (after[:1] in "/\\" and after[1:2].isalnum()) or (start and text[start - 1] in "/\\"):
        left = start
        while left and start - left < _CHUNK_REACH and not text[left - 1].isspace():
            left -= 1
        right = end
        while right < len(text) and right - end < _CHUNK_REACH and not text[right].isspace():
            right += 1
        chunk = text[left:right]
        if chunk.count("/") >= 2 or chunk.count("\\") >= 2 or chunk.startswith(("/", "./", "~/")):
            return True
    if start == 0:
        return False
    before = text[start - 1]
    if before in "$@" or text[max(0, start - 2) : start] == "::":
        return True  # "$there", "@name", "Test::More::is": a sigil or a namespace before the word
    return before == "-" and (start < 2 or text[start - 2] in " \t\n")


def _camel_case(text: str, start: int) -> bool:
    """The word at ``start`` has a capital after a small letter inside it ('NewFileWriter', 'getJSON')."""
    word = re.match(r"\w+", text[start : start + 60])
    return word is not None and re.search(r"[a-z][A-Z]", word.group()) is not None


_SIC = re.compile(r"[\[(]sic[\])]", re.IGNORECASE)
_SIC_REACH = 200


def marked_sic(text: str, start: int, end: int) -> bool:
    """The span is marked '[sic]' or '(sic)': the words right before the mark ('was irregardless [sic]'),
    or a quotation in double quotes that the mark follows ('"Their going to close" [sic]'). The writer
    quotes the slip on purpose. Asked for each finding only."""
    tail = text[end : end + _SIC_REACH]
    mark = _SIC.search(tail)
    if mark is None:
        return False
    between = tail[: mark.start()].rstrip()
    if "\n" in between:
        return False
    if not between.strip(" ,.;:!?"):
        return True  # "was irregardless [sic]": the flagged word is the one marked
    if between[-1] not in '"”' or any(quote in between[:-1] for quote in '"“”'):
        return False  # the mark follows something else, or another quotation stands between
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


MENTION_WORDS = 4
"""At most this many words between quotation marks make a mention ('"I could of" should be "I could
have"', 'The word "alot"'), not a quotation of speech, which is left as spoken anyway."""
_OPENING = "\"“‘'"
_CLOSING = "\"”’'"
_REACH = 40
_QUOTING_VERBS = frozenset(
    "said says read reads wrote writes replied replies asked asks shouted shouts added adds "
    "announced announces declared declares stated states tweeted tweets posted posts".split()
)
"""Verbs before a quotation of what was said or written, which is reported like any prose ('The
note read "Theyre here"', 'the sign says "Your welcome"'); 'Write "a lot"' names the words."""


def mentioned(text: str, start: int, end: int) -> bool:
    """The span is inside a short quotation that holds only words (at most :data:`MENTION_WORDS`,
    perhaps with a closing comma or stop) and no noun follows the closing mark: the words are
    named, not used ('"Should of" is a mishearing', 'Write "a lot", not "alot".'). Scare quotes
    round a modifier ('"tongue and cheek" jokes') are still read. Asked for each finding only."""
    left = start
    while left > 0 and start - left < _REACH and (text[left - 1].isalnum() or text[left - 1] in " -'’"):
        if text[left - 1] in "'’" and (left < 2 or not text[left - 2].isalnum()):
            break  # an opening single quote, not an apostrophe
        left -= 1
    if left == 0 or text[left - 1] not in _OPENING or (left > 1 and text[left - 2].isalnum()):
        return False
    if text[max(0, left - 3) : left - 1].rstrip(" ").endswith((",", ":")):
        return False  # 'She said, "Your late."': speech, introduced
    before = text[max(0, left - 16) : left - 1].split()
    if before and before[-1].lower() in _QUOTING_VERBS:
        return False  # 'The note read "Theyre here"': what was written or said, quoted
    right = end
    while right < len(text) and right - end < _REACH and (text[right].isalnum() or text[right] in " -"):
        right += 1
    stopped = right < len(text) and text[right] in ",.?!"
    right += stopped
    if right >= len(text) or text[right] not in _CLOSING or (text[right] == "'" and text[left - 1] != "'"):
        return False
    if right + 1 < len(text) and text[right + 1].isalnum():
        return False  # an apostrophe inside a word
    if len(text[left:right].split()) > MENTION_WORDS:
        return False
    following = text[right + 1 : right + 40].split("\n", 1)[0].split()
    if not following or following[0][:1] in ".;":
        return True  # the quotation ends its line or its sentence
    if stopped and text[right - 1] != ",":
        return following[0][:1].isupper()  # 'Never write "could of." Use ...': the sentence ends inside
    if stopped and following[0] != "not":
        return False  # '"We drifted along side," she said.': speech, its speaker after it ('"a lot", not' stays)
    from . import _words

    word = following[0].strip(",.;:!?").lower()
    return "NOUN" not in _words.tags(word)
