"""Spelling axes: the separate choices that together make a dialect's spelling.

A dialect is not one switch. Oxford spelling is British with -ize; Canadian is -our with -ize and
-re; Australian is British with a few American forms. So a story is judged on each axis on its
own: -ise/-ize, -yse/-yze, -our/-or, -re/-er, -ce/-se nouns (licence, offence, practise), the
doubled -ll- (travelled, counsellor; fulfil, enrol) and -ogue/-og. The axis of a pair of spellings
is read from where the two words differ, so no list of words is needed beside VarCon's.
"""

from __future__ import annotations

from typing import NamedTuple

AXES = ("ise", "yse", "our", "re", "ce", "ll", "ogue")
AXIS_NAMES = {
    "ise": "-ise/-ize",
    "yse": "-yse/-yze",
    "our": "-our/-or",
    "re": "-re/-er",
    "ce": "-ce/-se",
    "ll": "doubled -ll-",
    "ogue": "-ogue/-og",
}
# What each side of an axis is called in a message: "British" is the side American rejects.
SIDE_NAMES = {
    ("ise", "s"): "-ise",
    ("ise", "z"): "-ize",
    ("yse", "B"): "-yse",
    ("yse", "A"): "-yze",
    ("our", "B"): "-our",
    ("our", "A"): "-or",
    ("re", "B"): "-re",
    ("re", "A"): "-er",
    ("ce", "B"): "-ce",
    ("ce", "A"): "-se",
    ("ll", "B"): "British l-doubling",
    ("ll", "A"): "American l-doubling",
    ("ogue", "B"): "-ogue",
    ("ogue", "A"): "-og",
}
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


class Placement(NamedTuple):
    """Where one spelling sits: its axis, its side of it, and the spelling of the other side."""

    axis: str
    side: str
    partner: str


def axis_of(word: str, partner: str) -> str | None:
    """The axis on which ``word`` and ``partner`` differ, or None when they differ otherwise (grey/gray)."""
    if len(word) == len(partner):
        diffs = [i for i, (a, b) in enumerate(zip(word, partner, strict=True)) if a != b]
        if len(diffs) == 1:
            k = diffs[0]
            pair = {word[k], partner[k]}
            if pair == {"s", "z"} and k > 0 and word[k - 1] in "iy":
                return "ise" if word[k - 1] == "i" else "yse"
            if pair == {"c", "s"} and word[k + 1 : k + 2] == "e":
                return "ce"
            return None
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            swapped = {word[diffs[0] : diffs[1] + 1], partner[diffs[0] : diffs[1] + 1]}
            return "re" if swapped == {"re", "er"} else None  # centre/center, theatres/theaters
        return None
    short, long = sorted((word, partner), key=len)
    k = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    extra = len(long) - len(short)
    if long[:k] + long[k + extra :] != short:
        # The inserted letters may sit after a run of the same letter: "travelled" has its extra "l" at 6.
        return None
    inserted = long[k : k + extra]
    if extra == 1:
        if inserted == "u" and long[k - 1 : k] == "o" and long[k + 1 : k + 2] == "r":
            return "our"
        if inserted == "l" and "l" in (long[k - 1 : k], long[k + 1 : k + 2]):
            return "ll"
        if inserted == "e" and long[k + 1 : k + 2] == "r" and long[k - 1 : k] in _CONSONANTS:
            return "re"  # centred/centered, centring/centering
        return None
    if extra == 2 and inserted == "ue" and long[k - 1 : k] == "g":
        return "ogue"
    return None


def side_of(axis: str, word: str, rejected_by: frozenset[str]) -> str | None:
    """Which side of ``axis`` ``word`` is on, given the dialects that reject it; None when it says nothing.

    A word counts only when the other side's dialects reject it: "license" (a verb in British too)
    and "practice" are accepted everywhere and so are no evidence of either side.
    """
    if axis == "ise":
        if "B" in rejected_by:
            return "z"
        return "s" if "A" in rejected_by or "Z" in rejected_by else None
    if "A" in rejected_by:
        return "B"
    return "A" if "B" in rejected_by and "Z" in rejected_by else None


def place(word: str, instead: dict[str, str]) -> Placement | None:
    """The axis and side of a dialect-marked word, from its VarCon row's other spellings."""
    rejected_by = frozenset(instead)
    for partner in dict.fromkeys(instead.values()):
        axis = axis_of(word, partner)
        if axis is None:
            continue
        side = side_of(axis, word, rejected_by)
        return Placement(axis, side, partner) if side is not None else None
    return None


# The side each configured language requires; None: either side, as long as the document keeps to one.
def required_side(axis: str, language: str) -> str | None:
    """The side an explicitly configured language requires on ``axis``.

    None for en-GB on -ise/-ize: British spelling is -ise, Oxford spelling -ize, and both are British.
    """
    if language == "en-GB":
        return None if axis == "ise" else "B"
    return "z" if axis == "ise" else "A"


def default_side(axis: str, language: str) -> str:
    """The side the (possibly default) language takes when nothing in the document decides."""
    if language == "en-GB":
        return "s" if axis == "ise" else "B"
    return "z" if axis == "ise" else "A"


class Verdict(NamedTuple):
    """The side a document should keep to on one axis, and how that was decided."""

    side: str
    reason: str
    """"majority", "tie" (broken by the document's other spellings or the language) or "configured"."""


def decide(axis: str, sides: list[str], configured: str | None, tie_break: str) -> Verdict | None:
    """The winning side of ``axis`` given the sides of its uses in order; None when nothing is mixed.

    ``configured`` is the explicitly configured language (its side wins outright); ``tie_break``
    is the side that wins a tie (what the rest of the document does, else the language's side).
    """
    if configured is not None:
        required = required_side(axis, configured)
        if required is not None:
            return Verdict(required, "configured")
    counts = {side: sides.count(side) for side in dict.fromkeys(sides)}
    if len(counts) < 2:
        return None
    first, second = sorted(counts.values(), reverse=True)[:2]
    if first == second:
        return Verdict(tie_break, "tie")
    return Verdict(max(counts, key=counts.__getitem__), "majority")
