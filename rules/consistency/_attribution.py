"""consistency.attribution: one title given to two people, or one person given two titles.

"Defense Ministry spokesman Shushan Stepanyan" in the lead and "Defense Ministry spokesman
Artrsun Hovhannisyan" further down: one of them is wrong, or the story must say there are two.
A title is the capitalised words before a title noun ("Defense Ministry spokesman", "Prime
Minister") followed by a full name (two or three capitalised words). Titles are compared by their
shared ending ("Armenian Defense Ministry spokesman" is "Defense Ministry spokesman"), but an
ending that the document itself qualifies two ways ("Russian Foreign Minister", "Turkish Foreign
Minister") is ambiguous and skipped. Preview: precision on real copy is not yet measured widely.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, Severity
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document, Token

_TITLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister secretary president chairman chairwoman chairperson
    director governor mayor ambassador commander chief ceo premier chancellor envoy adviser advisor
    prosecutor attorney-general commissioner
    """.split()
)
_BEFORE_FORMER = frozenset("former then late ex acting outgoing incoming previous interim".split())
_OTHER_OFFICE = frozenset(
    """
    shadow deputy assistant vice former acting junior under associate interim outgoing incoming
    first second third principal senior lieutenant
    """.split()
)
_NOT_NAME = frozenset("the a an and of on in at to for said says has had was is will".split())


class _Attribution(NamedTuple):
    title: tuple[str, ...]
    """The title's words, lower-cased ("defense", "ministry", "spokesman")."""
    title_text: str
    name: tuple[str, ...]
    start: int
    end: int
    """The range of the name."""


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return not right.sentence_start and text[left.end : right.start] == " "


def _attributions(doc: Document) -> list[_Attribution]:
    tokens = doc.tokens
    text = doc.text
    found: list[_Attribution] = []
    # The title nouns hold no apostrophe, so a word's look-up form finds them as its lower case would.
    for index in compress(range(len(tokens)), map(_TITLE_NOUNS.__contains__, doc.lows)):
        token = tokens[index]
        name: list[Token] = []
        position = index + 1
        while (
            position < len(tokens)
            and len(name) < 3
            and _adjacent(text, tokens[position - 1], tokens[position])
            and tokens[position].text[:1].isupper()
            and tokens[position].text.isalpha()
            and tokens[position].text.lower() not in _TITLE_NOUNS | _NOT_NAME
        ):
            name.append(tokens[position])
            position += 1
        if len(name) < 2:
            continue
        title = [token]
        back = index - 1
        while back >= 0 and _adjacent(text, tokens[back], tokens[back + 1]) and tokens[back].text[:1].isupper():
            title.insert(0, tokens[back])
            back -= 1
        if back >= 0 and tokens[back + 1].sentence_start and title[0].text.lower() in _NOT_NAME:
            title.pop(0)
        if len(title) < 2 or (back >= 0 and tokens[back].text.lower().rstrip("-") in _BEFORE_FORMER):
            continue
        found.append(
            _Attribution(
                title=tuple(t.text.lower() for t in title),
                title_text=text[title[0].start : title[-1].end],
                name=tuple(t.text for t in name),
                start=name[0].start,
                end=name[-1].end,
            )
        )
    return found


def _same_title(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """The shared ending when one title ends with the other (two words at least), else None.

    Words that make another office ("Shadow Home Secretary", "Deputy Defense Minister", "Former
    ...") keep two titles apart even when one ends with the other.
    """
    short, long = sorted((a, b), key=len)
    if len(short) >= 2 and long[len(long) - len(short) :] == short:
        if any(word in _OTHER_OFFICE for word in long[: len(long) - len(short)]):
            return None
        return short
    return None


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)


class Attribution(Rule):
    id = "consistency.attribution"
    category = "consistency"
    severity = Severity.WARNING
    status = "preview"
    document_level = True
    summary = "One title given to two people, or one person given two titles, in one document."
    why = (
        "'Defense Ministry spokesman Shushan Stepanyan' in the lead and 'Defense Ministry spokesman "
        "Artrsun Hovhannisyan' later: either one name is wrong or the story must explain that there are "
        "two spokesmen. Likewise one person called 'Defense Minister' and then 'Foreign Minister'. Titles "
        "that the document qualifies two ways ('Russian Foreign Minister', 'Turkish Foreign Minister') and "
        "'former' titles are left alone. Preview: its precision on real copy is still being measured."
    )
    bad = (
        "Defense Ministry spokesman Shushan Stepanyan said the dam was retaken. Later, Defense Ministry "
        "spokesman Artrsun Hovhannisyan denied the claim.",
        "Defense Minister John Smith visited the base. On Friday, Foreign Minister John Smith flew to Paris.",
    )
    good = (
        "Defense Ministry spokesman Shushan Stepanyan said the dam was retaken. Stepanyan later added details.",
        "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu. "
        "Foreign Minister Sergei Lavrov spoke first.",
        "Former Defense Minister John Smith met Defense Minister Jane Doe.",
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        found = _attributions(doc)
        if len(found) < 2:
            return
        qualifiers: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for a in found:
            for size in range(2, len(a.title) + 1):
                qualifiers.setdefault(a.title[-size:], set()).add(a.title[:-size])
        reported: set[int] = set()
        for later_index, later in enumerate(found):
            for earlier in found[:later_index]:
                message = _conflict(earlier, later, qualifiers)
                if message is not None and later.start not in reported:
                    reported.add(later.start)
                    yield self.finding(later.start, later.end, message)


def _conflict(
    earlier: _Attribution, later: _Attribution, qualifiers: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> str | None:
    """Why two attributions disagree, or None when they do not."""
    shared = _same_title(earlier.title, later.title)
    if shared is not None and not _same_person(earlier.name, later.name):
        if len({q for q in qualifiers.get(shared, set()) if q}) > 1:
            return None  # "Russian ..." and "Turkish ...": two offices
        return (
            f"'{later.title_text}' is {' '.join(earlier.name)} earlier in this document, "
            f"and {' '.join(later.name)} here: check the name, or say there are two."
        )
    same_noun_other_office = earlier.title[-1] == later.title[-1] and earlier.title[-2:] != later.title[-2:]
    if shared is None and earlier.name == later.name and same_noun_other_office:
        return (
            f"{' '.join(later.name)} is '{earlier.title_text}' earlier in this document "
            f"and '{later.title_text}' here: check the title."
        )
    return None
