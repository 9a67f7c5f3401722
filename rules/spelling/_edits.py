"""How likely a typed word is as a slip for an intended word: a weighted edit distance.

Plain edit distance treats every slip alike. Writers mostly double or undouble a letter,
swap two letters, confuse vowels, hit a neighbouring key or spell by sound, and rarely get the
first letter wrong; those edits cost less here, so "begining" is nearer to "beginning" than
to "begging". Costs are in edits (1.0 = an ordinary edit).
"""

from __future__ import annotations

from functools import lru_cache

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, frozenset[str]]:
    position = {ch: (row, col) for row, keys in enumerate(_ROWS) for col, ch in enumerate(keys)}
    near: dict[str, set[str]] = {ch: set() for ch in position}
    for a, (ra, ca) in position.items():
        for b, (rb, cb) in position.items():
            # Rows are staggered by about half a key: a key touches two keys in the row above
            # (same column and the next) and two in the row below (the previous and same column).
            if a != b and (
                (ra == rb and abs(ca - cb) == 1)
                or (rb == ra - 1 and cb - ca in (0, 1))
                or (rb == ra + 1 and ca - cb in (0, 1))
            ):
                near[a].add(b)
    return {ch: frozenset(keys) for ch, keys in near.items()}


NEAR = _neighbours()

# Letters that stand for the same sound often enough to be confused when spelling by ear.
_SOUND_ALIKE = frozenset(
    frozenset(pair)
    for pair in ("cs", "ck", "sz", "gj", "iy", "fv", "mn", "dt", "bp", "sc", "kq", "xz", "wv", "ae", "ei", "ou")
)

TRANSPOSE = 0.65
FIRST_LETTER = 0.5
"""Extra cost for any edit at the first letter: writers seldom get it wrong."""


def substitute_cost(intended: str, typed: str) -> float:
    if intended == typed:
        return 0.0
    if intended in VOWELS and typed in VOWELS:
        return 0.6
    if frozenset((intended, typed)) in _SOUND_ALIKE:
        return 0.65
    if typed in NEAR.get(intended, ()):
        return 0.75
    return 1.0


def omit_cost(intended: str, j: int) -> float:
    """The writer left out ``intended[j]``."""
    letter = intended[j]
    if (j > 0 and intended[j - 1] == letter) or (j + 1 < len(intended) and intended[j + 1] == letter):
        return 0.45  # an undoubled letter: "begining", "acomodate"
    if letter in VOWELS:
        return 0.7
    if letter in "hw":
        return 0.75  # silent letters: "rythm", "ansered"
    return 0.9


def insert_cost(typed: str, i: int) -> float:
    """The writer added ``typed[i]``."""
    letter = typed[i]
    if (i > 0 and typed[i - 1] == letter) or (i + 1 < len(typed) and typed[i + 1] == letter):
        return 0.45  # a doubled letter: "untill", "occassion"
    neighbours = NEAR.get(letter, frozenset())
    if (i > 0 and typed[i - 1] in neighbours) or (i + 1 < len(typed) and typed[i + 1] in neighbours):
        return 0.7  # a fat finger hit two keys
    if letter in VOWELS:
        return 0.75
    return 0.9


_SUBSTITUTIONS: dict[str, float] = {}
"""``substitute_cost`` by the two letters (intended then typed): bounded by the alphabet the lexicon uses."""


def _substitution(intended: str, typed: str) -> float:
    key = intended + typed
    cost = _SUBSTITUTIONS.get(key)
    if cost is None:
        cost = _SUBSTITUTIONS[key] = substitute_cost(intended, typed)
    return cost


@lru_cache(maxsize=65536)
def slip_cost(typed: str, intended: str) -> float:
    """Weighted optimal-string-alignment distance from ``intended`` to what was ``typed``.

    The costs of leaving out or adding each letter depend on its position only, so they are
    computed once per letter instead of once per cell; every sum is the same as cell by cell.
    """
    n, m = len(typed), len(intended)
    omits = [omit_cost(intended, j) for j in range(m)]
    inserts = [insert_cost(typed, i) for i in range(n)]
    previous2: list[float] = []
    previous = [0.0] * (m + 1)
    for j in range(1, m + 1):
        previous[j] = previous[j - 1] + omits[j - 1] + (FIRST_LETTER if j == 1 else 0.0)
    for i in range(1, n + 1):
        current = [0.0] * (m + 1)
        first = FIRST_LETTER if i == 1 else 0.0
        insert = inserts[i - 1]
        current[0] = previous[0] + insert + first
        t = typed[i - 1]
        for j in range(1, m + 1):
            c = intended[j - 1]
            edge = FIRST_LETTER if (i == 1 or j == 1) else 0.0
            best = previous[j - 1] if t == c else previous[j - 1] + _substitution(c, t) + edge
            omitted = current[j - 1] + omits[j - 1] + edge
            if omitted < best:
                best = omitted
            inserted = previous[j] + insert + edge
            if inserted < best:
                best = inserted
            if i > 1 and j > 1 and t == intended[j - 2] and typed[i - 2] == c and t != c:
                swapped = previous2[j - 2] + TRANSPOSE + (FIRST_LETTER if i == 2 else 0.0)
                if swapped < best:
                    best = swapped
            current[j] = best
        previous2, previous = previous, current
    return previous[m]


CHEAPEST_EDIT = 0.45
"""The least any one edit costs (a doubled or undoubled letter): no substitution, omission,
insertion or swap above costs less."""


def slip_floor(typed: str, intended: str, edits: int) -> float:
    """A lower bound of ``slip_cost(typed, intended)`` given their plain OSA distance ``edits``.

    Every alignment takes at least ``edits`` edits of at least :data:`CHEAPEST_EDIT` each, and
    when the first letters differ its first step is an edit at the first letter (+FIRST_LETTER).
    Used to skip the full computation for corrections that cannot rank among the best; the
    margin keeps the bound below the true cost despite rounding.
    """
    if edits <= 0:
        return 0.0
    floor = CHEAPEST_EDIT * edits + (FIRST_LETTER if typed[:1] != intended[:1] else 0.0)
    return floor - 1e-6
