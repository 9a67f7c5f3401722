"""Just enough grammar to judge a split and its neighbours, from word classes.

copydesk has unigram frequencies only, so whether "municipality is planning" reads better than
"municipalities planning" is judged from the classes of a few closed-class words (written
here by hand) and word endings. Scores are in natural-log units, like the other scores.
"""

from __future__ import annotations

from ._bigrams import STRONG

DETERMINERS = frozenset("a an the this that these those my your his her its our their every each no".split())
SUBJECTS = frozenset("i you he she we they it".split())
PREPOSITIONS = frozenset(
    "of in on at to for with from by about into onto over under after before between through without "
    "within upon against among during".split()
)
AUXILIARIES = frozenset(
    "is are was were be been am has have had do does did will would can could should may might must".split()
)
BE_FORMS = frozenset("is are was were be been am".split())
CONJUNCTIONS = frozenset("and or but nor so if than as because".split())
FUNCTION = DETERMINERS | SUBJECTS | PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | {"not", "there", "here"}

# Words that are also suffixes: "debate able", "use age" and "great fully" are one word misspelled.
SUFFIX_LIKE = frozenset(
    "able ible less ness ful fully ship ships ment ments age ages ate ates ives ion ions ism ist ists ly ties "
    "sion tion ward wards ence ance ous ant ent al ally ing ed er ers est ure ures ee".split()
)
_A_BEFORE_OK = PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | frozenset("her such what quite half many".split())


# Words that are also prefixes: "a-", "be-", "in-", "for-" starting a misspelled word ("acount",
# "belive", "inpolite", "forsee") are likelier than the same words run into the next one.
PREFIX_LIKE = frozenset("a i be in for fore to so by with un re de nor my but im".split())
PREFIX_PENALTY = 3.5


def split_penalty(left: str, right: str, association: float | None = None) -> float:
    """How implausible ``left right`` is as two words side by side (0 when it reads fine).

    ``association`` is the pair's bigram association (:mod:`._bigrams`), None when unseen: a
    strong collocation ("to win", "in spite") is not a prefix with a misspelled stem. A single
    letter stays suspect even then: "acustom" is "accustom" with a dropped letter more often
    than "a custom".
    """
    collocation = association is not None and association >= STRONG and len(left) > 1
    prefix = left in PREFIX_LIKE and right not in DETERMINERS and not collocation
    return _grammar_penalty(left, right) + (PREFIX_PENALTY if prefix else 0.0)


def _grammar_penalty(left: str, right: str) -> float:
    if left in DETERMINERS and right in FUNCTION:
        return 8.0  # "the if", "a the"
    if left in SUBJECTS and (right in FUNCTION - AUXILIARIES):
        return 8.0  # "she at", "we as"
    if right == "i" or (right == "a" and left not in _A_BEFORE_OK):
        return 8.0  # "move i", "airport a"
    if left == "i" and right not in AUXILIARIES and not right.endswith("ed"):
        return 4.0  # "i logical"
    if right in SUFFIX_LIKE and left not in AUXILIARIES:
        return 8.0
    if left in CONJUNCTIONS and right in CONJUNCTIONS:
        return 8.0
    return 0.0


AUXILIARY_FIT = 5.0
"""An auxiliary before a participle ("is planning", "was taken") is the commonest verb phrase."""


def fit_after(word: str, following: str | None) -> float:
    """How well ``word`` reads before the next word (positive: well, negative: badly)."""
    if following is None:
        return 0.0
    nxt = following.lower()
    if word in AUXILIARIES:
        if nxt.endswith(("ing", "ed", "en")) or nxt in (
            "not",
            "also",
            "now",
            "still",
            "being",
            "been",
            "a",
            "an",
            "the",
        ):
            return AUXILIARY_FIT
        if nxt in AUXILIARIES:
            return -3.0
    if word in DETERMINERS or word in PREPOSITIONS:
        if nxt in AUXILIARIES or nxt in CONJUNCTIONS or nxt in PREPOSITIONS:
            return -3.0
        if nxt not in FUNCTION:
            return 1.0
    if word not in FUNCTION and nxt.endswith("ing") and nxt not in FUNCTION and word.endswith("s"):
        return -1.5  # a plural noun with a bare participle: "municipalities planning"
    return 0.0


def fit_before(word: str, preceding: str | None) -> float:
    """How well ``word`` reads after the previous word."""
    if preceding is None:
        return 0.0
    prev = preceding.lower()
    if prev in BE_FORMS and word.endswith("ing") and word not in FUNCTION:
        return AUXILIARY_FIT  # "was working", not "was work in"
    if prev in DETERMINERS and word in FUNCTION:
        return -3.0
    if prev in PREPOSITIONS and word in AUXILIARIES:
        return -3.0
    return 0.0
