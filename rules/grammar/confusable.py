"""Real words confused for others ("I now that", "a peace of cake"), told apart by web n-gram counts.

A classic of context-sensitive spelling correction: for a word of a confusion set
(``confusables.txt``), compare how often each word of its set stands between the same neighbours,
from web-scale counts (:mod:`._ngrams`). A word whose own context is unattested while another
word of its set is well attested in the same context, by a wide margin, is reported; so is one whose
context is attested but hundreds of times rarer ('is on of the', 'I think the are': the web has
slips too). Slips between two function words ('the'/'they', 'on'/'one') pass stricter tests
(:data:`FUNCTION_WORDS`). A content word whose context is attested is reported only on a
landslide (:data:`LANDSLIDE`: 'so that their is').

Bigram counts see two words at a time, so the sentence is asked before a finding is reported
(:func:`_barred`, :func:`_subject_and_verb`, :func:`_boundary_only`, :func:`_markers_only`): a
subject and its verb ('children form a bond'), an inverted 'were' ('were I to buy'), a verb where a
verb is expected ('will exit', 'never match more'), 'been' without 'have', a noun before the next
phrase ('the event if'), a neighbour that favours the written word ('sign out children'), fixed
phrases ('weather the storm'), and evidence that is only a noun's or a verb's markers ('the hart
drank', 'the show was axed after'), where the pairs say little but which word is commoner.

A noun's possessive beside the word is looked up as the counts spell it, without the apostrophe
("a bachelor's decree in": 'bachelors degree'), and is no subject of the word as a verb; a
contraction ('it's', 'that's') is not, since the counts fold it into another word ('its').
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, ClassVar

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tokens import (
    Word,
    each_place,
    ends_in_question_mark,
    in_quotes,
    match_case,
    positions,
    repeated_after_preposition,
    stretch_start,
)
from .slips import verb_after_phrase

if TYPE_CHECKING:
    from lint._document import Document

MARGIN = 4.0
"""How much likelier (natural log: about 55 times) the other word must be in this context.
Tuned on the development half of LanguageTool's examples against clean news and speech prose:
4.0 caught 26 of the 174 marked slips that involve a word of a set, with 2 findings in 126,000
clean words (6.0: 10 and 1). Re-checked with the widened sets: 3.5 catches 9 more dev slips (39 -> 48) but
reports 5 sound sentences of clean prose ('jungles and deserts', 'raise our sights')."""


RARE_SHARE = math.log(0.01)
"""A pair missing from the counts is taken as at most 1% of the written word's own count: for a
rare word ('jib', 'axed', 'sate') the usual guess (:data:`._ngrams.UNSEEN_PAIR`, 30,000) would be
a large share of all its uses, and so no evidence. Dev: 2 more slips caught (37 -> 39), no new
finding on clean prose, 3 more on EWT web text, all real ('the boarder', 'costumer service')."""

ONE_SIDE_PENALTY = 2.0
"""Evidence from one neighbour only must be this much stronger (natural log, about 7 times)."""
START_PENALTY = 0.5
"""The same for the first word of a sentence, whose only neighbour is the next word: there the
missing left pair is no gap in the evidence ("Cold you pass", "Wood you like", "Witch one"). Dev:
1 more slip caught with 0.5 (3 with 0.0, among them a sentence that opens 'No is', sound when
'no' is mentioned); no new finding in clean prose, drafts or EWT train at either. The last word of
a sentence pays it too when it is common (:data:`END_FLOOR`: 'He came at ones.', 'liked it very
match.'); for rare words ('friend and confidant.', 'turning to mush.') the guess at their missing
pair is too low to be trusted with one pair."""
START_FLOOR = math.log(2_000_000)
"""How often the first word of a sentence must occur to be weighed at all: there the next word is
the only evidence, and for a rarer word the guess at its missing pair (:data:`RARE_SHARE`, under
20,000) is so far below the list's cut-off that the pair's absence says nothing ('Sighs of hope'
against 'size of'; kept: 'Cold you', 'Wood you', 'Witch one')."""
END_FLOOR = math.log(10_000_000)
"""How often the last word of a sentence must occur for :data:`START_PENALTY` (dev: 1 more slip,
EWT train 1 more, 'rub it it.'; none in clean prose, drafts, CWEB dev or 43 sound sentence ends of
my own; without the floor 'and confidant.' and 'turning to mush.' were reported)."""

FUNCTION_WORDS = frozenset(
    "of off if on one by be the they them then an and are as is has it some same how now this thus "
    "that at no not your you".split()
)
"""Words so frequent that nearly every pair they make is in the counts, and the web's slips ('on of',
'the are') with them: a slip between two of these ('on' for 'one', 'the' for 'they') is judged
by :data:`FUNCTION_MARGIN`, :data:`INFORMATIVE` and :data:`ATTESTED_MARGIN`. (Sets with them that
the counts cannot settle, left out of ``confusables.txt``: of/or 'criticism or opposition',
no/not/now 'can now download', who/how 'no idea who to ask', what/want 'advise you what to do'
(CWEB dev); and one-way only: 'if > of' ('asked of you'), 'of > off' ('percent off the'), 'are >
our' ('that our estimates'), 'that > than' ('more in that state than it'), 'the > they' ('They
study migration', CWEB dev), 'no > now not', 'your > you'.)"""
LANDSLIDE_SLACK = 2.0
"""A pair is seen at most as often as each of its words, so a twin whose own count cannot reach
:data:`LANDSLIDE` with both pairs at that count is never looked up; this much room (about 7 times)
is left for pairs that the case-folded, apostrophe-free lists count above a word."""
LANDSLIDE = 7.5
"""How much likelier (natural log, about 1,800 times) a twin must make a context in which the
written word is attested on both sides ('so that their is' against 'so that there is', 7.9; 'a was
to' against 'a way to', 7.9). Dev: 2 more slips caught; fp_audit, clean prose, drafts and 1.6
million words of Rust and Vim documentation: 1 more finding, a real slip ('so that their is
limited'). 7.0 also reported 'free the from and to parts' (7.4, words named in Vim's help), 6.0 'the
write is aborted'; 5.0 caught 'to were you came from' and 'the same was as before' too."""
CONFLICT_PENALTY = ONE_SIDE_PENALTY
"""When the written word is attested beside one neighbour and that neighbour is not twice likelier
(:data:`INFORMATIVE`) beside the other word than beside it ('we taught the dog': 'taught the' and
'thought the' are as common as the two words are; 'sign out' against 'sign our', 'first form' against 'first from',
'current date' against 'current data'), the finding rests on the other side alone, often a clause
or phrase boundary ('sign out | children', 'the first form | all of the line'): it pays the
one-side penalty."""
FUNCTION_MARGIN = 4.5
"""The margin for a slip between two :data:`FUNCTION_WORDS`, with a missing pair (:data:`INFORMATIVE`).
Clean prose, drafts and EWT train: 4.0 reported 'me than out', 'was now their', 'note if content',
'her or them'; 4.5 none of them, and keeps 'said the give', 'must by comforting'."""
TOTAL = math.log(588_117_981_387)
"""All the words of the web counts (the sum of ``wordsegment``'s unigram list), natural log."""
INFORMATIVE = math.log(2.0)
"""A function word's missing pair is evidence only when the two words' counts, were they
independent, would make the pair this many times the list's cut-off ('must by': about 16 times;
'island off', 'weapons if': well under once, so no news); it is then taken at the cut-off, the most
it can count, and the pair to the right must be the missing one (a function word opens what
follows: 'blocks off the', 'control if hostilities' are sound), or else the landslide of
:data:`ATTESTED_MARGIN` is needed. Without this test the function-word sets reported 40 sound
phrases in clean prose and drafts, with it none; 1.0 times reported 'the same work and same part'
on EWT train, 3.0 missed 'written be the', 'a lot if people'."""
ATTESTED_MARGIN = 6.0
"""Between two :data:`FUNCTION_WORDS`, with the written word's pairs in the counts (both, or the
only one: 'If is not'; the web has 'on of' and 'the are' too), the other word must make the
context this much likelier (about 400 times; a single pair less the one-side penalty): 'is on of'
7.6, 'think the are' 8.1, 'most if the' 6.5 are reported; 'spoken to by a' (5.8) is not. 5.0
reported 'hundreds or thousands', 'may now be', 'asked of you' before those sets were cut; 6.0
gives no finding in clean prose or drafts and 8 on EWT train, all real. For the other sets it
reported 'helped to weather the intensity' (CWEB dev) for one slip of the dev examples ('a was
to'), so it is not used there."""


def likelier_by(
    written: str,
    other: str,
    left: str | None,
    right: str | None,
    *,
    word_count: Callable[[str], float | None] = _ngrams.word_count,
    pair_count: Callable[[str, str], float | None] = _ngrams.pair_count,
    unseen_pair: float | None = None,
    one_side_penalty: float = ONE_SIDE_PENALTY,
    conflict_penalty: float = 0.0,
) -> float | None:
    """How much likelier (natural log) ``other`` is than ``written`` between these neighbours, or
    None when the counts cannot say. An unseen pair of ``written`` counts as ``unseen_pair`` when
    given, else as the lesser of :data:`._ngrams.UNSEEN_PAIR` and :data:`RARE_SHARE` of the word's
    own count. ``word_count`` and ``pair_count`` are the confusion sets' table unless another is
    given (:mod:`.realword` passes the whole web table).

    Each side counts only when one of the two pairs is attested (two unseen pairs say nothing),
    and ``other`` must be attested on every side that counts and ``written`` on not all of them: a
    context attested for the written word ("these pages form the", "women wear") is left alone,
    however much commoner the other word is there, unless both words are :data:`FUNCTION_WORDS` and
    the other wins by :data:`ATTESTED_MARGIN` ('think the are'). With both sides: the sum of the pair
    ratios less the unigram ratio (log P(left w right) under a bigram model, up to a constant).
    Between two :data:`FUNCTION_WORDS`, a missing pair must be news (:data:`INFORMATIVE`).
    ``conflict_penalty`` is taken off when a neighbour beside which the written word is attested
    favours it over ``other`` (:data:`CONFLICT_PENALTY`).
    """
    written_count, other_count = word_count(written), word_count(other)
    if written_count is None or other_count is None:
        return None
    unseen = min(_ngrams.UNSEEN_PAIR, written_count + RARE_SHARE) if unseen_pair is None else unseen_pair
    closed = unseen_pair is None and written in FUNCTION_WORDS and other in FUNCTION_WORDS
    difference = 0.0
    right_unattested = False
    conflict = False
    sides = 0
    unattested = 0
    for neighbour, before in ((left, True), (right, False)):
        if neighbour is None:
            continue
        mine = pair_count(neighbour, written) if before else pair_count(written, neighbour)
        theirs = pair_count(neighbour, other) if before else pair_count(other, neighbour)
        if mine is None and theirs is None:
            continue
        if theirs is None:
            return None
        if mine is None and closed:
            if not _missing_is_news(written_count, word_count(neighbour)):
                continue  # 'island off': a pair that chance alone would leave out of the list
            mine = _ngrams.CUT_OFF
            unattested += 1
            right_unattested = not before
        elif mine is None:
            unattested += 1
        elif theirs - other_count < mine - written_count + INFORMATIVE:
            conflict = True  # this neighbour is not twice likelier beside the other word than beside the written one
        difference += theirs - (unseen if mine is None else mine)
        sides += 1
    if not sides:
        return None
    if sides == 1:
        difference -= one_side_penalty  # one pair is thin evidence ("form more" is rare, yet right)
    margin = difference - (sides - 1) * (other_count - written_count)
    if conflict:
        margin -= conflict_penalty
    if unattested and not (closed and not right_unattested):
        return margin
    if closed and margin >= ATTESTED_MARGIN:
        return margin  # the written word's (right) pairs seen: only a landslide counts
    return None


def _missing_is_news(written_count: float, neighbour_count: float | None) -> bool:
    """Would the two words, were they independent, make a pair well above the list's cut-off?"""
    return neighbour_count is not None and written_count + neighbour_count - TOTAL >= _ngrams.CUT_OFF + INFORMATIVE


def _attested_on_every_side(word: str, left: str | None, right: str | None) -> bool:
    """The written word stands beside each neighbour in the counts: nothing to report unless it is
    a function word (see :func:`likelier_by` and :data:`ATTESTED_MARGIN`)."""
    if left is not None and _ngrams.pair_count(left, word) is None:
        return False
    return right is None or _ngrams.pair_count(word, right) is not None


@cache
def _triggers(function_words: bool) -> frozenset[str]:
    """The words of the sets, without the function words (or only those, for :class:`FunctionWordSlip`)."""
    words = frozenset(_ngrams.confusion_sets())
    return words & FUNCTION_WORDS if function_words else words - FUNCTION_WORDS


_NONE_BARRED: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 14)
def _likeliest(
    word: str,
    left: str | None,
    right: str | None,
    edge: bool = False,
    barred: frozenset[str] = frozenset(),
    possessive: bool = False,
) -> tuple[float, str] | None:
    """(margin, word) of the word of the set far likelier between these neighbours, if any; ``edge``:
    the word opens or closes its sentence (:data:`START_PENALTY`); ``barred``: words of the set that
    the sentence rules out (:func:`_barred`); ``possessive``: ``left`` is a possessive ('bachelor's',
    counted 'bachelors'), so no subject of the word as a verb. Memoised: frequent words ('our', 'was', 'new') meet the
    same neighbours again and again."""
    if word not in FUNCTION_WORDS and _attested_on_every_side(word, left, right):
        return _landslide(word, left, right, barred)  # the usual case: nothing
    best: tuple[float, str] | None = None
    for other in _ngrams.confusion_sets()[word]:
        subject = not possessive and _subject_and_verb(word, left, other)
        if other in barred or subject or _boundary_only(word, other, left, right):
            continue
        if _modifier_before_noun(word, other, left, right):
            continue
        said = None if _preposition_at_chance(word, other, right) else right
        modified = said is None and _modified_end(left)  # 'a new jib at the': the modifier is the evidence
        penalty = START_PENALTY if edge or modified else ONE_SIDE_PENALTY
        margin = likelier_by(word, other, left, said, one_side_penalty=penalty, conflict_penalty=CONFLICT_PENALTY)
        if margin is not None and _markers_only(word, other, left, right):
            if left in w.DETERMINERS and _name_inflated(word):
                continue  # 'the hart is', 'the doe and': the count is the name's (Hart, Doe), not the noun's
            if _near_floor(word, other, left, right):
                continue  # 'the complements of': the missing pairs may be as common, for their word, as the twin's
            if w.verb_tags(word) & w.verb_tags(other) and w.tags(word) & {"ADJ", "ADV"} and left in VERB_SLOTS:
                continue  # 'must right this injustice': the count is mostly the adjective's, so no head start is known
            margin -= max(0.0, (_ngrams.word_count(other) or 0.0) - (_ngrams.word_count(word) or 0.0))
            if margin >= MARGIN and _right_alone(word, other, left, right):
                # 'this addition is', 'this receipt is': the determiner's pair is missing from the list,
                # the right one is there; the determiner marks a noun, so the right pair must tell
                margin = min(margin, _right_margin(word, other, right, penalty))
        elif margin is not None and left in w.DETERMINERS and _unseen_by_chance(word, other, left, right):
            continue  # 'the steak in', 'the leek in': the rare noun's pair is missing as chance would have it
        elif margin is not None and _adjective_marks(word, other, left, right):
            # 'a new plane for', 'a new roll for': an adjective before two nouns, like a determiner, says
            # mostly which noun is the commoner, so the commoner's head start is taken off
            margin -= max(0.0, (_ngrams.word_count(other) or 0.0) - (_ngrams.word_count(word) or 0.0))
            if margin >= MARGIN and _right_alone(word, other, left, right):
                margin = min(margin, _right_margin(word, other, right, penalty))  # 'a good car for this'
        least = FUNCTION_MARGIN if word in FUNCTION_WORDS and other in FUNCTION_WORDS else MARGIN
        if margin is not None and margin >= least and (best is None or margin > best[0]):
            best = (margin, other)
    return best


def _tagged_nouns(word: str, other: str) -> bool:
    """The word tables list both words as nouns (a word they lack is not taken for one here)."""
    return "NOUN" in w.tags(word) and "NOUN" in w.tags(other)


def _right_alone(word: str, other: str, left: str | None, right: str | None) -> bool:
    """A determiner's or an adjective's pair with the written word is missing from the counts, its
    right pair is not."""
    if left is None or right is None or _ngrams.pair_count(left, word) is not None:
        return False
    if left not in w.DETERMINERS and not (_attributive(left) and _tagged_nouns(word, other)):
        return False  # (after an adjective, a word that is no noun may be a slip for one: 'the bad new is')
    return _ngrams.pair_count(word, right) is not None


def _right_margin(word: str, other: str, right: str | None, penalty: float) -> float:
    """The margin from the right neighbour alone, less the commoner word's head start."""
    if right is None:
        return 0.0
    margin = likelier_by(word, other, None, right, one_side_penalty=penalty)
    if margin is None:
        return 0.0
    return margin - max(0.0, (_ngrams.word_count(other) or 0.0) - (_ngrams.word_count(word) or 0.0))


def _near_floor(word: str, other: str, left: str | None, right: str | None) -> bool:
    """Beside no neighbour where the written word's pair is missing does the twin's pair take a
    clearly larger share of the twin's uses (:data:`INFORMATIVE`) than the missing pair could take of
    the written word's: unlisted, it may be as frequent as the list's cut-off. 'The complements of'
    (against 'the compliments of', about 6% and 15% of the twin's uses, where 'complements' could stand
    after 'the' in 8% of its own) says nothing; 'in the throws of' (against 'the throes of', over half
    of the twin's uses each, where 'throws' could have them in 1%) tells."""
    written_count, other_count = _ngrams.word_count(word), _ngrams.word_count(other)
    if written_count is None or other_count is None:
        return False
    ceiling = _ngrams.CUT_OFF - written_count  # the most a missing pair can be, as a share of the word's uses
    compared = False
    for neighbour, before in ((left, True), (right, False)):
        if neighbour is None:
            continue
        if (_ngrams.pair_count(neighbour, word) if before else _ngrams.pair_count(word, neighbour)) is not None:
            continue
        theirs = _ngrams.pair_count(neighbour, other) if before else _ngrams.pair_count(other, neighbour)
        if theirs is None:
            continue
        if theirs - other_count >= ceiling + INFORMATIVE:
            return False
        compared = True
    return compared


def _modifier_before_noun(word: str, other: str, left: str | None, right: str | None) -> bool:
    """A determiner, then the written word, then a noun that neither word stands before in the
    counts ('the weigh station', 'a spin dryer'): the determiner may be the noun's, with the written
    word its modifier, so that it says nothing of the written word; nor does the silent noun. So for a
    preposition before a noun modifier ('canvas for sail repairs': the object is 'sail repairs')."""
    if right is None or "NOUN" not in w.tags(right):
        return False
    if left not in w.DETERMINERS and not (left in w.PREPOSITIONS and "NOUN" in w.tags(word)):
        return False
    return _silent(word, other, right, after=True)


def _preposition_at_chance(word: str, other: str, right: str | None) -> bool:
    """A noun before a preposition ('to sea at dawn'), missing in the counts, where the other word
    stands before the preposition no more often than chance would put them together: the pair to the
    right says only that the other word is the commoner (:func:`_at_chance`), and a noun may be
    followed by almost any preposition, so that side is no evidence."""
    if right in _COORDINATORS and word not in FUNCTION_WORDS and other not in FUNCTION_WORDS:
        return _at_chance(word, other, right)  # 'a mayor or', 'in smell or': any word may stand before 'or'
    return right in w.PREPOSITIONS and "NOUN" in w.tags(word) and _at_chance(word, other, right)


NAME_SHARE = math.log(20.0)
"""A noun used as a common noun has 'the' or 'a' before it in more than one use in twenty."""


def _name_inflated(word: str) -> bool:
    """The word's count is mostly a name's ('Hart', 'Doe'): a word that is only a noun, common enough
    that 'the' or 'a' before it would be in the counts at one use in twenty, and neither is. Then a determiner and a
    noun's marker on the other side ('the hart is', 'the doe and') say nothing of the noun, whose own
    share of the count is unknown."""
    count = _ngrams.word_count(word)
    if count is None or count - _ngrams.CUT_OFF < NAME_SHARE or w.tags(word) != {"NOUN"}:
        return False  # a verb form ('does', 'throws', 'borne') seldom has 'the' before it anyway
    return _ngrams.pair_count("the", word) is None and _ngrams.pair_count("a", word) is None


PHRASE_OPENERS = (w.CLAUSE_OPENERS | w.DETERMINERS) - {"that", "so", "but", "said", "says"}
"""Words that open a clause or a noun phrase: a noun before one of them ends its own phrase ('drop
the event if', 'sell it as meat the way I like'), so the pair is rare however sound."""


def _boundary_only(word: str, other: str, left: str | None, right: str | None) -> bool:
    """The only evidence is the pair to the right, and that pair is a noun and the word that opens
    the next phrase ('event if' against 'even if', 'meat the' against 'meet the'): no evidence."""
    if right not in PHRASE_OPENERS or "NOUN" not in w.parts_of_speech(word):
        return False
    return left is None or (_ngrams.pair_count(left, word) is None and _ngrams.pair_count(left, other) is None)


OBJECT_MARKERS = w.DETERMINERS | w.OBJECT_PRONOUNS | w.PREPOSITIONS
"""Words that open what follows a verb: after two verbs of one form they tell only which is commoner."""


NOUN_MARKERS_AFTER = frozenset(("of", "and", "or", "was", "is"))
"""Words after a noun that say only that a noun stood before them: 'of', 'is' and 'was' (a singular
subject's verb: 'the roll was stale', 'the ration was cut', where 'role was' and 'ratio was' are
commoner only because 'role' and 'ratio' are), and the conjunctions that
join it to the next ('folded the cloths and wiped', where 'clothes and' is commoner only because
'clothes' is)."""


def _markers_only(word: str, other: str, left: str | None, right: str | None) -> bool:
    """The only evidence between two nouns is a determiner before them or 'of' after them ('the hart
    drank', 'the jib of the boat'): these mark a noun, and their pairs say mostly which noun is the
    commoner, so the commoner word's head start (the ratio of the two words' counts) is taken off
    and the pairs must tell on their own ('in the throws of' still, where 'the' and 'of' stand by
    'throes' nearly always). So for two verbs of one form with only their object after them ('the
    company axed the project' against 'asked the'), and for two adjectives after 'is' or 'was' that
    end the clause ('his handwriting is illegible.' against 'is eligible')."""
    if (left in w.DETERMINERS or left in _COORDINATORS or right == "of") and _both_nouns(word, other):
        left_marks = left in w.DETERMINERS or left in _COORDINATORS
        left_tells = not left_marks and not _silent(word, other, left, after=False)
        right_marks = right in NOUN_MARKERS_AFTER or _silent(word, other, right, after=True)
        return not left_tells and (right_marks or _plural_marker(word, other, right) or _at_chance(word, other, right))
    if w.verb_tags(word) & w.verb_tags(other):
        left_marks = left in VERB_MARKERS or _silent(word, other, left, after=False)
        right_marks = right in OBJECT_MARKERS or _silent(word, other, right, after=True)
        return left_marks and right_marks  # 'the company axed the project', 'was axed after', 'to sate the'
    # 'his handwriting is illegible.', 'my legs will be sore tomorrow': 'is' or 'be' before an adjective
    # whose right side says nothing (the clause ends, or neither word stands before it) marks only an adjective
    closing = right is None or _silent(word, other, right, after=True)
    return left in ADJECTIVE_BE and closing and all("ADJ" in w.tags(each) for each in (word, other))


_COORDINATORS = frozenset(("and", "or"))
"""Before two nouns, 'and' or 'or' says only that a noun follows ('onions and celery', 'parsley and
thyme', 'a fruit or nut'), as a determiner does: its pair tells mostly which noun is commoner."""
PLURAL_MARKERS_AFTER = frozenset(("are", "were"))


def _plural_marker(word: str, other: str, right: str | None) -> bool:
    """'Are' or 'were' after two plural nouns ('these cellars are' against 'sellers are', 'the coasts
    were' against 'costs were'): like 'is' after two singular ones (:data:`NOUN_MARKERS_AFTER`), it
    says only that a plural subject stood before it, so its pair tells mostly which noun is commoner."""
    return right in PLURAL_MARKERS_AFTER and w.is_plural_noun(word) and w.is_plural_noun(other)


def _at_chance(word: str, other: str, right: str | None) -> bool:
    """The written word is unseen before ``right``, and the other word stands before it no more
    often than chance would put them together (:data:`INFORMATIVE`): 'the tome on' against 'the time
    on', 'the quay in' against 'the key in', 'the hose on' against 'the house on'. That pair says
    only that the other noun is the commoner, as a determiner before it does; a pair well above
    chance still tells ('the boarder with' against 'the border with', 'the leek in' against 'the leak
    in')."""
    if right is None or _ngrams.pair_count(word, right) is not None:
        return False
    pair, other_count, right_count = (
        _ngrams.pair_count(other, right),
        _ngrams.word_count(other),
        _ngrams.word_count(right),
    )
    if pair is None or other_count is None or right_count is None:
        return False
    return pair - (other_count + right_count - TOTAL) < INFORMATIVE


def _unseen_by_chance(word: str, other: str, left: str, right: str | None) -> bool:
    """After a determiner, two nouns whose written one is missing before the right neighbour where
    chance alone would leave the pair out of the list (the two words' counts, were they independent,
    make a pair under the cut-off): the missing pair is no news ('the steak in', 'the leek in' are
    sound, only rarer than the list can hold). Taken at chance, what evidence is left must reach
    :data:`MARGIN`: the other word's head start (how much commoner it is), how much more often than
    chance the neighbour follows it, and how much likelier the determiner stands before it when
    both pairs are known ('the boarder with', 'the massage from', 'a hart attack'); not two nouns
    about as common ('stake in' against 'steak in') or a preposition that follows most nouns ('leak
    in' against 'leek in')."""
    if right is None or _ngrams.pair_count(word, right) is not None or not _both_nouns(word, other):
        return False
    written_count, right_count = _ngrams.word_count(word), _ngrams.word_count(right)
    pair, other_count = _ngrams.pair_count(other, right), _ngrams.word_count(other)
    if written_count is None or right_count is None or pair is None or other_count is None:
        return False
    if written_count + right_count - TOTAL >= _ngrams.CUT_OFF:
        return False  # chance would have put the written word's pair in the list: its absence is news
    evidence = max(0.0, other_count - written_count) + pair - (other_count + right_count - TOTAL)
    mine, theirs = _ngrams.pair_count(left, word), _ngrams.pair_count(left, other)
    if mine is not None and theirs is not None:
        evidence += (theirs - other_count) - (mine - written_count)
    return evidence < MARGIN


def _silent(word: str, other: str, neighbour: str | None, *, after: bool) -> bool:
    """Neither word stands beside this neighbour (after them, or before) in the counts: it says nothing."""
    if neighbour is None:
        return True
    if after:
        return _ngrams.pair_count(word, neighbour) is None and _ngrams.pair_count(other, neighbour) is None
    return _ngrams.pair_count(neighbour, word) is None and _ngrams.pair_count(neighbour, other) is None


@lru_cache(maxsize=4096)
def _attributive(left: str) -> bool:
    """An adjective that is no verb and no function word ('new', 'good', 'fresh'), before a noun."""
    tags = w.tags(left)
    return "ADJ" in tags and "VERB" not in tags and left not in FUNCTION_WORDS


def _adjective_marks(word: str, other: str, left: str | None, right: str | None) -> bool:
    """An adjective (:func:`_attributive`) stands before two nouns, and the written word's pair with the
    right neighbour is in the counts ('a new plane for', 'a fresh roll for'): the evidence against it
    is the adjective's pair alone. Not 'a new jib at the factory', where 'jib at' is missing too."""
    if left is None or right is None or not _attributive(left) or not _both_nouns(word, other):
        return False
    if not _tagged_nouns(word, other):
        return False  # 'the bad new is': no noun, a slip for 'news'; 'not sure weather to': 'whether'
    return _ngrams.pair_count(word, right) is not None


def _both_nouns(word: str, other: str) -> bool:
    """Both words can be nouns: a determiner before them ('the hart', 'a costumer') says only that a
    noun follows, and its pair only which noun is commoner, however sound the rare one is. When it
    is the only evidence ('the hart drank', 'the boarder paid'), there is none; beside a telling
    right pair it counts ('a hart attack', 'the boarder with', 'in the throws of'). A word the word
    tables do not know ('costumer') is taken for a noun."""
    return all(_nominal(w.parts_of_speech(each), each) for each in (word, other))


def _nominal(parts: Mapping[str, object], word: str = "") -> bool:
    """A noun, an adjective ('the humane treatment': 'the' says only that 'human' is commoner), a
    past participle, which a determiner puts before a noun as an adjective ('the bored children',
    'the worn steps'), or a word the tables do not know."""
    return not parts or "NOUN" in parts or "ADJ" in parts or (bool(word) and "VBN" in w.verb_tags(word))


def _landslide(word: str, left: str | None, right: str | None, barred: frozenset[str]) -> tuple[float, str] | None:
    """(margin, word) of a twin far likelier between two neighbours beside both of which the
    written word is attested too (:data:`LANDSLIDE`): the web has the slips ('so that their is',
    'a was to') as well as the words."""
    if left is None or right is None:
        return None
    written_count = _ngrams.word_count(word)
    mine = _ngrams.pair_count(left, word), _ngrams.pair_count(word, right)
    if written_count is None or mine[0] is None or mine[1] is None:
        return None
    best: tuple[float, str] | None = None
    ceiling = written_count + LANDSLIDE_SLACK - mine[0] - mine[1]
    for other in _ngrams.confusion_sets()[word]:
        other_count = _ngrams.word_count(other)
        if other_count is None or other_count + ceiling < LANDSLIDE:
            continue  # no pair outnumbers its word: even at 'other''s own count both pairs fall short
        theirs_left = _ngrams.pair_count(left, other)
        theirs_right = _ngrams.pair_count(other, right) if theirs_left is not None else None
        if theirs_left is None or theirs_right is None or other in barred:
            continue
        prior = other_count - written_count
        margin = theirs_left - mine[0] + theirs_right - mine[1] - prior
        if min(theirs_left - mine[0], theirs_right - mine[1]) <= prior:
            margin -= CONFLICT_PENALTY  # one neighbour is likelier beside the written word
        if margin >= LANDSLIDE and (best is None or margin > best[0]) and not _subject_and_verb(word, left, other):
            best = (margin, other)
    return best


_CONTRACTED = frozenset(
    "it he she that there here what who where how when why let one this everyone everybody someone somebody "
    "nobody something nothing everything".split()
)
"""Words whose 's is mostly 'is' or 'has' ('it's', 'there's', 'let's'), not a possessive."""


def _counted(low: str) -> str:
    """A neighbour as the counts spell it: a noun's possessive without its apostrophe ("a bachelor's
    decree in": 'bachelors degree'; "the students' tiers": 'students'). Not a contraction ('it's',
    'that's', 'don't'): the counts fold 'it's' into 'its', and so say nothing of it."""
    if low.endswith(("'s", "\u2019s")):
        base = low[:-2]
        return base + "s" if base.isalpha() and "NOUN" in w.tags(base) and base not in _CONTRACTED else low
    if low.endswith(("s'", "s\u2019")) and low[:-1].isalpha():
        return low[:-1]
    return low


def _capitalised(text: str) -> bool:
    """A name or a number's neighbour says nothing of usage; the pronoun 'I' does ('I here are', 'I
    now that': the counts are case-folded)."""
    return text[:1].isupper() and text != "I"


def _common(word: str) -> bool:
    count = _ngrams.word_count(word)
    return count is not None and count >= END_FLOOR


_CLOSED_LEFT = (
    w.DETERMINERS
    | w.PREPOSITIONS
    | w.COORDINATORS
    | w.AUXILIARIES
    | w.MODALS
    | w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | w.CARDINALS
)


def _modified_end(left: str | None) -> bool:
    """The word before a sentence's last word is an adjective or a noun, not a function word ('a new
    jib.', 'in a whole new sate.'): a modifier before its head, whose pair with the twin tells as much
    as a right pair would, however rare the written word; after a function word ('friend and
    confidant.', 'turning to mush.') a rare word's missing pair is no news (:data:`END_FLOOR`)."""
    return (
        left is not None
        and left not in FUNCTION_WORDS
        and left not in _CLOSED_LEFT
        and bool(w.tags(left) & {"ADJ", "NOUN"})
    )


VERB_SLOTS = frozenset("to not never will would can could shall should may might must cannot that who which".split())
"""Words after which a verb of the plain form is expected ('will exit', 'never match', 'to form',
'patterns that match more'):
there a written verb is not replaced by a twin that is no verb ('never much', 'to from')."""
VERB_MARKERS = VERB_SLOTS | w.AUXILIARIES
"""Words that announce a verb ('to', 'will', 'was'): before two verbs they tell only which is commoner."""
INVERSION_SUBJECTS = frozenset("i it this that he she we they you there".split())
"""Subjects of an inverted conditional: 'were I to buy', 'were it not for', 'even were this so'."""
BE_FORMS = frozenset("is are was were".split())
ADJECTIVE_BE = BE_FORMS | frozenset(("be", "been", "being"))
"""Forms of 'be' after which an adjective stands as the predicate ('is illegible', 'will be sore')."""
QUESTION_BE = frozenset("am is was are were isn't wasn't aren't weren't".split())


_PLACING_VERBS = frozenset(
    "came come comes coming finished finish finishes finishing placed ranked ranks rank ended end ends".split()
)
"""Verbs after which an ordinal is a placing ('came fourth', 'finished second')."""
_ORDINALS = w.ORDINAL_WORDS | {"last"}


_CLAUSE_SUBJECT_PRONOUNS = frozenset("it this you".split())
"""Pronouns that may be an object or open a clause ('thought it was', 'taught it to'); not 'that', which
opens clauses itself ('insure that you are')."""


def _no_clause_after(words: Sequence[Word], index: int) -> bool:
    """The pronoun at ``index`` opens no clause: no verb that can be finite follows it at once."""
    following = _word_at(words, index + 1)
    return following is None or not words[index].joined or not w.may_be_finite(following)


def _clause_verbs(others: Iterable[str], word: str) -> set[str]:
    """The words of ``others`` that are forms of a verb taking a clause ('thought', 'hoped'), when the
    written word is not one itself."""
    if w.CLAUSE_VERBS.intersection(w.verb_lemmas(word)):
        return set()
    return {other for other in others if w.CLAUSE_VERBS.intersection(w.verb_lemmas(other))}


def _ends_clause(words: Sequence[Word], index: int) -> bool:
    """The word at ``index`` ends its sentence or stands before punctuation."""
    return index + 1 == len(words) or not words[index].joined


_INSURED_THINGS = frozenset(
    "building buildings home homes house houses car cars vehicle vehicles property properties life lives "
    "contents possessions belongings valuables boat boats fleet cargo shipment shipments crops jewellery "
    "jewelry livestock premises".split()
)
"""What a policy covers: after 'insure' and a determiner or two modifiers, the insurer's verb is meant."""


def _insured_thing(words: Sequence[Word], index: int) -> bool:
    """The object of 'insure' at ``index`` (after a determiner and up to two modifiers, within its
    clause) is a thing a policy covers: 'insuring the building', 'insure your classic car'."""
    for at in range(index + 1, min(index + 5, len(words))):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if low in _INSURED_THINGS:
            return True
        if low not in w.DETERMINERS and low not in w.POSSESSIVES and not w.tags(low) & {"ADJ", "NOUN"}:
            return False
    return False


def _subjunctive_subject(words: Sequence[Word], index: int) -> bool:
    """'If the house were our home', 'as if the world were ending': 'if' and a determined noun
    (up to two modifiers) just before 'were', all joined: the subjunctive, not 'where'."""
    for at in range(index - 1, max(index - 5, 0), -1):
        if not words[at - 1].joined:
            return False
        low = words[at].low
        if low in w.DETERMINERS or low in w.POSSESSIVES:
            return words[at - 1].low == "if"
        if not w.tags(low) & {"NOUN", "ADJ"}:
            return False
    return False


_WH_DETERMINERS = frozenset("which what whose".split())


def _wh_question_noun(words: Sequence[Word], index: int) -> bool:
    """'Which room were you in?', 'What size were they?': a question opened by 'which', 'what' or 'whose'
    and its noun (an adjective between or not) just before 'were', whose subject follows it."""
    return 2 <= index <= 3 and words[0].low in _WH_DETERMINERS and all(word.joined for word in words[:index])


def _barred(words: Sequence[Word], index: int, left: str | None, right: str | None) -> frozenset[str] | None:
    """The words of the written word's set that the sentence rules out, or None when the written
    word is plainly sound and nothing is to be weighed:

    - an inverted conditional, 'were I to buy', 'were it not for', 'even were this so' (not 'where');
    - a verb where a verb is expected, 'will exit with', 'never match more', 'cannot be quit', 'the
      old man sighs and': no twin that cannot be that form of a verb ('much', 'quite', 'size');
    - 'been' without a form of 'have' in the three words before ('despite never being given');
    - 'passed' for 'past' after a form of 'be' ('we are past the worst');
    - 'were' for 'where' after the person object of a verb of telling ('telling you where'), and
      'where' for 'were' after a stranded preposition ('the two we know of were');
    - a word that opens a clause after an article ('a hoe to', not 'a how to'), a word that is no
      noun, adjective or number after 'a' or 'an' ('let out a bellow and', not 'a below'), a bare
      verb after 'have' ('had mange', not 'had manage');
    - 'three' for 'there' just after a question's opening 'Are', 'Is' ('Are there different views?').
    """
    word = words[index].low
    if _in_fixed_phrase(words, index) or (left in w.REPEAT_LINKS and _word_at(words, index - 2) == word):
        return None  # 'hour by hour', 'side to side', 'time after time'
    if _verb_after_reduced_subject(words, index):
        return None  # 'Particles released form a plume', 'the players who retired form the backbone'
    if word in _ORDINALS and left in _PLACING_VERBS:
        return None  # 'she came fourth in the race', 'they finished second': a placing
    if right == "even" and _adverb_even(words, index + 1):
        return None  # 'had to brake even harder': the adverb, not 'break even'
    if right in ("a", "an") and "VBD" in w.verb_tags(word) and _word_at(words, index + 2) in MEASURE_OPENERS:
        return None  # 'he fell a second time', 'it fell a long way': how far or how often, not an object
    if _contact_relative(words, index, right):
        return None  # 'the students they taught were bright': a relative clause's verb before the main one
    if word in w.POSSESSIVES and right in ("or", "and") and _word_at(words, index + 2) in w.POSSESSIVES:
        return None  # 'is that their or our table?': two possessives share one noun
    if left in w.ARTICLES and right in w.CODE_HEADS:
        return None  # 'the extend method', 'the lose event': a name in technical prose
    if right == "a" and _word_at(words, index + 2) in w.LATIN_AFTER_A:
        return None  # 'their a cappella version': 'a' opens a borrowed phrase, no article
    if right in COMPOUND_ADJECTIVE_HEADS and "NOUN" in w.tags(word) and word not in FUNCTION_WORDS:
        return None  # 'our kitchen is nut free': the first half of a compound adjective ('nut-free')
    if (
        right == "to"
        and _word_at(words, index + 2) == "taste"
        and "NOUN" in w.tags(word)
        and _ends_clause(words, index + 2)
    ):
        return None  # 'add thyme to taste.', 'salt to taste, then serve': a recipe's seasoning

    if word.startswith("insur") and _insured_thing(words, index):
        return None  # 'responsible for insuring the building': the insurer's verb, with what it covers
    if left in ("is", "was") and _word_at(words, index - 2) in w.DO_FORMS and "VB" in w.verb_tags(word):
        return None  # 'what you should do is throw a party', 'all we did was wait': a pseudo-cleft's verb
    if word in NUMBER_WORDS and right is not None and w.is_plural_noun(right) and "NOUN" in w.tags(right):
        return None  # 'if three elephants are', 'we saw four cars': a number and what it counts
    after_modal = _word_at(words, index + 2) or ""
    if (
        word in NUMBER_WORDS
        and right in w.MODALS
        and after_modal not in ("be", "have", "not")
        and "VB" in w.verb_tags(after_modal)
    ):
        return None  # 'Three may keep a secret', 'Three will do.': the number the subject ('there will be')
    if word == "most" and left in ("which", "whom") and right is not None and "VBP" in w.verb_tags(right):
        return None  # 'a style which most follow': 'most' (people) the relative clause's subject
    if left == "of" and _word_at(words, index - 2) in w.KIND_NOUNS and "NOUN" in w.tags(word):
        return None  # 'what kind of weather we have', 'the sort of peace they want': a noun is named
    if left in ("is", "was") and index == len(words) - 1 and w.tags(word) == {"NOUN"}:
        return None  # 'The price of greatness is responsibility.': a noun closes the predicate
    if (
        left in _BETWEEN_SUBJECT_AND_VERB
        and "VBP" in w.verb_tags(word)
        and (_word_at(words, index - 2) in PLURAL_SUBJECT_PRONOUNS or _plural_subject_at(words, index - 2))
    ):
        return None  # 'Scientists still know less', 'we really need more': a subject, an adverb, its verb
    if left in _SHARED_ADVERBS and "VBP" in w.verb_tags(word) and _subject_before_adverb(words, index - 2):
        return None  # 'the two rivers together form', 'the prints which together form his work'
    if word == "were" and (
        left == "even"
        or (right in INVERSION_SUBJECTS and _word_at(words, index + 2) in ("to", "not"))
        or _subjunctive_subject(words, index)
        or (right in INVERSION_SUBJECTS and _wh_question_noun(words, index))
    ):
        return None
    inverted = word == "were" and index == 0 and right in INVERSION_SUBJECTS and index + 2 < len(words)
    if inverted and not w.may_be_finite(words[index + 2].low):
        return None  # "Were she here, she would agree", "Were he alive today": not "Where she lives"
    barred: set[str] = set()
    others = _ngrams.confusion_sets()[word]
    slot = _verb_slot(word, left)
    if slot:
        barred.update(other for other in others if not w.verb_tags(other) & slot)
    if left in ("a", "an", "the"):
        barred.update(other for other in others if other in WH_WORDS)  # 'a hoe to', not 'a how to'
    if left in ("a", "an"):
        barred.update(other for other in others if not w.tags(other) & NOMINAL)  # 'a bellow', not 'a below'
    if left in w.HAVE_FORMS:
        barred.update(other for other in others if _bare_verb_only(other))  # 'had mange', not 'had manage'
    if "where" in others and _stranded(words, index, left, right):
        barred.add("where")  # 'the two that we know of were a part of it'
    if "were" in others and _asked_of(words, index, left):
        barred.add("were")  # 'telling you where the space is', 'showed them where'
    if "been" in others and not any(_word_at(words, place) in w.HAVE_FORMS for place in range(index - 3, index)):
        barred.add("been")
    if "passed" in others and left in BE_FORMS | {"be", "been", "being"}:
        barred.add("passed")  # 'to be past the end', 'we are past the worst'
    if word == "brake" and left == "spring" and _word_at(words, index - 2) in w.DETERMINERS:
        barred.add("break")  # 'checked the spring brake on the lorry': a lorry's part, not the holiday
    if word == "foreword" and left in w.DETERMINERS:
        barred.add("forward")  # 'the foreword to the new edition': a book's noun, not the player
    if left in INVERSION_SUBJECTS and index >= 2 and _opening_be(words[index - 2]) and words[index - 1].joined:
        barred.update(other for other in others if other in w.MODALS)  # 'Is it cold out?', not 'is it could'
    if right is not None and (w.verb_tags(right) == {"VBZ"} or right in w.MODALS):
        barred.update(other for other in others if other in w.MODALS)  # 'it cold boots', 'they well might': no modal
    if (
        left in w.GO_FORMS
        or left in _DRIVEN  # 'the dogs go mad': 'go' takes an adjective, never a participle ('go made')
        or (left is not None and w.tags(left) <= {"ADJ", "NOUN"} and _word_at(words, index - 2) in w.ARTICLES)
    ):  # 'an old maid in the house': an article and an adjective want a noun, not 'made'
        barred.update(other for other in others if w.tags(other) == {"VERB"} and w.verb_tags(other) <= PAST_TAGS)
    if left in w.POSSESSIVES and w.tags(word) == {"NOUN"} and not _bare_verb_object(words, index):
        barred.update(other for other in others if not w.tags(other) & {"NOUN"})
        # 'she required her maid to work', 'sent his niece to': a possessive's noun, not 'made' or 'nice'
    if "threw" in others and left in INVERSION_SUBJECTS and verb_after_phrase(words, index + 2):
        barred.add("threw")  # 'He through his lawyer denied it': an aside before the subject's own verb
    if "three" in others and left in BE_FORMS and index >= 1 and words[index - 1].sentence_start:
        barred.add("three")
    if right in _CLAUSE_SUBJECT_PRONOUNS and w.verb_tags(word) and _no_clause_after(words, index + 1):
        barred.update(_clause_verbs(others, word))  # 'I taught it to my son': no clause, so not 'thought it'
    if "where" in others and _after_relative_clause(words, index):
        barred.add("where")  # 'the people I know were there'
    if "were" in others and _relative_where(words, index):
        barred.add("were")  # 'meetings where highly classified papers are read'
    verb_forms = w.verb_tags(word)
    if left in ("and", "or") and "VB" in verb_forms and right in w.DETERMINERS and _imperative_opening(words, index):
        return None  # 'Group the rows and sum the sales': a second command, the bare verb of the first
    named = index >= 1 and words[index - 1].capitalised and words[index - 1].joined
    if (named and verb_forms & {"VBD", "VBZ"}) or ("VB" in verb_forms and _bare_verb_object(words, index)):
        barred.update(other for other in others if not w.verb_tags(other))  # 'Annette ate an', 'let her live'
    if "VBD" in verb_forms and index and not words[index - 1].joined and "VBD" in w.verb_tags(words[index - 1].low):
        barred.update(other for other in others if not w.verb_tags(other))  # 'The dog lunged, bit it and ran'
    if left is not None and _word_at(words, index - 2) in w.DETERMINERS and "NOUN" in w.tags(word):
        modifier = "ADJ" in w.tags(left) and "NOUN" not in w.tags(left) and word not in FUNCTION_WORDS
        if modifier and left not in w.DETERMINERS:  # an adjective, not a noun ('a letter form the bank')
            barred.update(other for other in others if not w.tags(other) & NOMINAL)  # 'their away form the past month'
    if index == 0 and "VB" in verb_forms and right in OBJECT_MARKERS and not _ends_clause(words, index + 1):
        barred.update(other for other in others if not w.verb_tags(other))  # 'Reduce in size', 'Educate for a role'
    if "VBD" in verb_forms and _opening_subject(words, index):
        barred.update(other for other in others if not w.verb_tags(other))  # 'The pass threw the keeper'
    if "VBD" in verb_forms and _relative_after_noun(words, index, left):
        barred.update(other for other in others if not w.verb_tags(other))  # 'the team that won last year'
    label = word in w.CARDINALS and left is not None and "NOUN" in w.tags(left) and not w.is_plural_noun(left)
    counted = word in NUMBER_WORDS and any(_number_at(words, at) for at in (index - 2, index - 1, index + 1, index + 2))
    if label or counted:  # 'Question three was': a label; 'two times three is six'
        barred.update(other for other in others if other not in NUMBER_WORDS)
    if verb_forms and right == "for" and _word_at(words, index + 2) in REFLEXIVES:
        barred.update(other for other in others if not w.verb_tags(other))  # 'come hear for yourself'
    return frozenset(barred)


COMPOUND_ADJECTIVE_HEADS = frozenset("free friendly proof resistant safe based related shaped sized".split())
"""Adjectives that a noun before them makes a compound adjective of, often written open in web and
product copy ('is nut free', 'is pet friendly', 'is water resistant'): a noun before one may be the
compound's first half, whatever its twin's pairs say ('is not free'); such compounds are too many
and too rare one by one for the web counts to list them ('nut free' is not in them)."""

_PARTICLES = frozenset("off on up down out in back away over".split())
"""Particles after an opening command's verb ('Turn off the engine')."""


def _imperative_opening(words: Sequence[Word], index: int) -> bool:
    """The sentence opens with a command, a bare verb and then its object or particle ('Group the
    rows', 'Turn off the engine'), and the word at ``index`` comes later in it."""
    if index < 3 or not words[0].sentence_start or not words[0].joined:
        return False
    first, second = words[0].low, words[1].low
    if "VB" not in w.verb_tags(first) or first in w.AUXILIARIES or first in w.MODALS:
        return False
    return second in w.DETERMINERS or second in w.OBJECT_PRONOUNS or second in _PARTICLES


def _opening_be(word: Word) -> bool:
    """A form of 'be' that opens its sentence: a question's ('Is it cold out?')."""
    return word.sentence_start and word.low in QUESTION_BE


NUMBER_WORDS = w.CARDINALS | frozenset("one zero eight".split())


def _number_at(words: Sequence[Word], index: int) -> bool:
    """A number word or a figure at ``index``: beside another number, a number word counts or
    reckons ('two times three is six', 'three plus 4'), and a twin that is no number ('there') cannot."""
    if not 0 <= index < len(words):
        return False
    low = words[index].low
    return low in NUMBER_WORDS or low.isdigit()


REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves oneself".split())
"""After a verb, 'for yourself' says the doer does it unaided ('see for yourself', 'come hear for
yourself', 'judge for themselves'): a twin that is no verb ('here', 'sea') cannot take it."""


MEASURE_OPENERS = frozenset(
    """second third fourth fifth sixth further final last few couple long short total good great dozen
    hundred thousand victim prey step pace length notch mile metre yard foot""".split()
)
"""Words after 'a' that open a phrase of how far or how often ('fell a second time', 'fell a long
way', 'fell a few metres'): an adverbial, which a past verb takes as readily as its twin."""
_FINITE_NEXT = frozenset("is are was were had has have will would can could did does do".split())


def _contact_relative(words: Sequence[Word], index: int, right: str | None) -> bool:
    """A past verb after a noun and a subject pronoun, before a finite verb ('the students they
    taught were bright', 'the dog it bit was fine'): the verb of a relative clause whose object is
    the noun, and the counts of its pairs ('they taught were') see only a broken phrase."""
    if right not in _FINITE_NEXT or "VBD" not in w.verb_tags(words[index].low) or index < 2:
        return False
    if not (words[index - 2].joined and words[index - 1].joined and words[index].joined):
        return False
    noun = words[index - 2].low
    return words[index - 1].low in w.SUBJECT_PRONOUNS and ("NOUN" in w.tags(noun) or w.is_plural_noun(noun))


def _opening_subject(words: Sequence[Word], index: int) -> bool:
    """An article and a noun open the sentence just before the word at ``index``, and an object's
    determiner or pronoun follows it: the subject, its verb and its object ("The pass threw the
    keeper the wrong way"; not "Cut a hole threw the wall")."""
    if index != 2 or not (words[0].joined and words[1].joined) or words[0].low not in w.ARTICLES:
        return False
    if "NOUN" not in w.tags(words[1].low) or index + 1 >= len(words) or not words[index].joined:
        return False
    return words[index + 1].low in w.DETERMINERS or words[index + 1].low in w.OBJECT_PRONOUNS


def _relative_after_noun(words: Sequence[Word], index: int, left: str | None) -> bool:
    """'who', or 'that' or 'which' straight after a noun, before the word at ``index``: a relative
    pronoun, whose clause's verb comes next ("the team that won last year", "the player who won";
    not "have that one last chance", "I hope that one day")."""
    if left == "who":
        return True  # "the player who won last year"
    if left not in ("that", "which") or index < 2 or not words[index - 2].joined:
        return False
    noun = words[index - 2].low
    tags = w.tags(noun)
    if "NOUN" not in tags or tags & {"ADP", "PRON", "DET"} or noun in _THAT_CLAUSE_VERBS:
        return False  # "said that", "so that", "the fact that"
    return not w.verb_tags(noun) & {"VBD", "VBN", "VBZ"} or w.is_plural_noun(noun)


_THAT_CLAUSE_VERBS = w.CLAUSE_VERBS
"""Verbs whose bare form is also a noun and that take a 'that' clause ('I hope that one day')."""


_RELATIVE_SUBJECTS = frozenset("who that which those".split())
EVEN_MODIFIES = frozenset("more less further so though if when after before as now then faster harder".split())
"""Words that the adverb 'even' modifies ('even harder', 'even if'): then the pair before 'even' is
no 'break even'."""


def _adverb_even(words: Sequence[Word], index: int) -> bool:
    """'even' at ``index`` modifies the word after it: a comparative or a word of :data:`EVEN_MODIFIES`."""
    following = _word_at(words, index + 1)
    if following is None or not words[index].joined:
        return False
    return following in EVEN_MODIFIES or (following.endswith("er") and bool(w.tags(following) & {"ADJ", "ADV"}))


def _verb_after_reduced_subject(words: Sequence[Word], index: int) -> bool:
    """A present verb after a plural subject and its participle, or after a relative pronoun and its
    past ("Particles released form a plume", "those who retired form the backbone"): the clause's own
    verb, which the pair counts ('released from', 'retired from') cannot see."""
    if index < 2 or "VBP" not in w.verb_tags(words[index].low):
        return False
    if not (words[index - 2].joined and words[index - 1].joined):
        return False
    if not w.verb_tags(words[index - 1].low) & {"VBN", "VBD"}:
        return False
    start = stretch_start(words, index - 1)
    if w.subject_awaits_verb([word.low for word in words[start : index - 1]]):
        return True  # 'the prisoners who were recently released form', 'the players we released form'
    subject = words[index - 2].low
    return subject in _RELATIVE_SUBJECTS or w.is_plural_noun(subject) or w.is_plural_without_s(subject)


def _bare_verb_object(words: Sequence[Word], index: int) -> bool:
    """The word follows an object pronoun after a verb of :data:`._words.CAUSATIVES` ('let her live'): a
    bare verb's slot, not the possessive's noun ('her life')."""
    return _word_at(words, index - 1) in w.OBJECT_PRONOUNS and _word_at(words, index - 2) in w.CAUSATIVES


def _after_relative_clause(words: Sequence[Word], index: int) -> bool:
    """'were' after a noun and a relative clause of a pronoun and its verb ('the people I know were
    there', 'the rules we set were clear'): the main clause's verb, not 'where'."""
    return (
        index >= 3
        and _word_at(words, index - 2) in w.SUBJECT_PRONOUNS
        and "NOUN" in w.tags(_word_at(words, index - 3) or "")
        and bool(w.verb_tags(_word_at(words, index - 1) or ""))
    )


def _relative_where(words: Sequence[Word], index: int) -> bool:
    """'where' after a noun and before the subject of its own clause: a noun after at most two
    modifiers ('meetings where highly classified papers are read', 'towns where most people'), not
    a participle or adjective that would be the noun's predicate ('the meetings where held')."""
    if index == 0 or "NOUN" not in w.tags(words[index - 1].low):
        return False
    for place in range(index + 1, min(index + 4, len(words))):
        low = words[place].low
        tags = w.tags(low)
        if place > index + 1 and "NOUN" in tags and not w.verb_tags(low) & {"VBN", "VBD"}:
            return True
        if not tags or not tags <= {"ADJ", "ADV", "VERB", "NOUN"} or low.endswith("ing"):
            return False
    return False


FIXED_PHRASES = {
    "weather": ("weather the storm", "weather the crisis", "weather the downturn", "weather the recession"),
    "borne": ("borne in upon", "borne in on", "borne in mind"),
    "affect": ("negative affect", "positive affect", "flat affect", "blunted affect"),
    "loose": ("let loose", "cut loose", "break loose", "broke loose", "on the loose"),
    "wander": ("let your mind wander", "let their minds wander"),
    "principle": ("in principle", "on principle"),
    "sights": ("sights to see", "see the sights", "sights and sounds"),
    "wining": ("wining and dining",),
    "bought": ("bought to let",),
    "buy": ("rated buy", "rates buy", "rating buy", "rated it a buy", "upgraded to buy", "downgraded to buy"),
}
"""Sound phrases whose pairs the counts split, so that one side looks like a slip ('help you weather
the storm', 'it was borne in upon me', 'negative affect' in psychology): the written word is left
alone inside them."""


def _in_fixed_phrase(words: Sequence[Word], index: int) -> bool:
    """The written word stands inside one of its :data:`FIXED_PHRASES`."""
    for phrase in FIXED_PHRASES.get(words[index].low, ()):
        parts = phrase.split()
        place = parts.index(words[index].low)
        start = index - place
        if start >= 0 and all(_word_at(words, start + offset) == part for offset, part in enumerate(parts)):
            return True
    return False


WH_WORDS = frozenset("how what who whom which why where whether if because although unless".split())
"""Words that open a clause, never a noun phrase: no article stands before them ('a while', 'the
when and the where' aside)."""


@lru_cache(maxsize=4096)
def _bare_verb_only(word: str) -> bool:
    """A verb with no participle of the same spelling and no noun ('manage'): not after 'had'."""
    tags = w.verb_tags(word)
    return bool(tags) and "VBN" not in tags and "NOUN" not in w.parts_of_speech(word)


def _stranded(words: Sequence[Word], index: int, left: str | None, right: str | None) -> bool:
    """A preposition left at the end of a relative clause, a verb's ('the ones we know of', 'the man
    I spoke to'), and no subject after the written word: the sentence's own verb follows ('... were
    a part of it'), not 'where' ('moved to where they live' has its subject)."""
    if left not in w.PREPOSITIONS or right is None or right in w.SUBJECT_PRONOUNS:
        return False
    before = _word_at(words, index - 2)
    return before is not None and bool(w.verb_tags(before)) and before not in w.AUXILIARIES


TELLING_VERBS = frozenset("tell show ask teach remind inform guide direct advise".split())
"""Verbs whose person object may be followed by a question: 'telling you where', 'show me how'."""


def _asked_of(words: Sequence[Word], index: int, left: str | None) -> bool:
    """The word follows the person object of a verb of telling ('showed them where', 'telling you
    where'), where a question opens, and no finite verb can follow the object."""
    if left not in w.OBJECT_PRONOUNS or left == "it":
        return False
    before = _word_at(words, index - 2)
    return before is not None and any(lemma in TELLING_VERBS for lemma in w.verb_lemmas(before))


def _verb_slot(word: str, left: str | None) -> frozenset[str]:
    """The verb tags the written word has in a place where a verb is expected ('will exit', 'to form',
    'be quit', 'the old man sighs'), or none."""
    if left is None:
        return frozenset()
    tags = w.verb_tags(word)
    if left in VERB_SLOTS:
        return tags & {"VB", "VBP"}
    if left in ("be", "been"):
        return tags & {"VBN"}
    if "VBZ" in tags and w.is_singular_count_noun(left):
        return frozenset(("VBZ",))
    return frozenset()


_DRIVEN = frozenset(("driven", "drove"))
"""'driven mad', 'drove her wild': like 'go', 'drive' takes an adjective, never a participle ('driven made')."""
PAST_TAGS = frozenset(("VBD", "VBN"))


_SHARED_ADVERBS = frozenset("together jointly both all often always usually sometimes generally".split())
"""Adverbs between a plural subject and its verb ('the rivers together form', 'cells often form'):
the pair before the verb is the adverb's, which the twin ('together from', 'often from') may follow."""


def _subject_before_adverb(words: Sequence[Word], index: int) -> bool:
    """A plural subject at ``index``, before an adverb of :data:`_SHARED_ADVERBS`: a plural pronoun,
    a relative pronoun after a noun ('the prints which together form'), or a plural noun that is no
    verb after a determiner, a name or a number ('the Mississippi Rivers together form')."""
    if index < 0 or not words[index].joined:
        return False
    low = words[index].low
    if low in PLURAL_SUBJECT_PRONOUNS or _plural_subject_at(words, index):
        return True
    if low in ("which", "that", "who"):
        return index >= 1 and words[index - 1].joined and "NOUN" in w.tags(words[index - 1].low)
    if not w.is_plural_noun(low) or "VERB" in w.tags(low) or index == 0:
        return False
    return words[index - 1].capitalised or "ADJ" in w.tags(words[index - 1].low)


def _plural_subject_at(words: Sequence[Word], index: int) -> bool:
    """A plural noun that is no verb at ``index`` ('scientists', 'children'), the sentence's first word
    or after a determiner."""
    if index < 0 or index >= len(words):
        return False
    low = words[index].low
    if not w.is_plural_noun(low) or "VERB" in w.tags(low):
        return False
    return index == 0 or words[index - 1].low in w.DETERMINERS


def _word_at(words: Sequence[Word], index: int) -> str | None:
    """The lower-case word at ``index`` of the sentence, if there is one."""
    return words[index].low if 0 <= index < len(words) else None


PLURAL_SUBJECT_PRONOUNS = frozenset(("i", "we", "they"))
"""Subjects that take a present-tense verb of the plain form ('I hear', 'we form', 'they wear')."""
SINGULAR_SUBJECT_PRONOUNS = frozenset(("he", "she", "it"))
"""Subjects of a verb in -s or the past ('it bit', 'she sums'): a twin that is no verb at all ('but',
'some') cannot follow them where the written word is that verb."""


def _subject_and_verb(word: str, left: str | None, other: str) -> bool:
    """A plural noun or subject pronoun and a present-tense verb ("the pages form the record",
    "children form a bond", "the things I hear are"): a clause the counts do not see, however common
    the twin ("pages from", "I here") is. After a pronoun the twin must be no verb itself: 'I wander
    if' is the slip for 'I wonder if', a verb for a verb."""
    if left in SINGULAR_SUBJECT_PRONOUNS and w.verb_tags(word) & {"VBD", "VBZ"}:
        return not w.verb_tags(other)  # 'it bit the postman', not 'it but the'
    if left is None or "VBP" not in w.verb_tags(word) or left in w.AUXILIARIES:
        return False
    if left in PLURAL_SUBJECT_PRONOUNS:
        return not w.verb_tags(other)
    return w.is_plural_noun(left) or w.is_plural_without_s(left)


class ConfusedWord(GrammarRule):
    id = "grammar.confused-word"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A real word where its sound-alike or near-twin is meant: 'I now that', 'a peace of cake'."
    why = (
        "A spelling checker passes 'now' for 'know' and 'peace' for 'piece': both are words. The "
        "words on either side decide: across a trillion words of web text, 'I know that' is common "
        "and 'I now that' is not. Only a word whose context is unattested or hundreds of times "
        "rarer, where a word of its confusion set is common in the same context, is reported; the "
        "correction is offered, never applied unseen. The first word of a question whose twin opens "
        "questions needs less ('Witch way is the station?', 'Cold we meet on Friday?') when the words "
        "after it read as that question: a subject and a bare verb after a modal, an inverted verb "
        "and its subject after a question word."
    )
    bad: ClassVar[Sequence[str]] = (
        "He cold do it if he tried.",
        "They moved to there new place last year.",
        "She asked weather he was coming.",
        "It is much worst than we thought.",
        "We walked throw the park.",
        "I got a letter form the bank.",
        "It was the quickest was to get there.",
        "They closed the boarder with Canada.",
        "Wood you like some tea?",
        "The sliver medal went to Kenya.",
        "Everyone came at ones.",
        "There are many ways to do it, but ones it failed we stopped.",
        "I could here the music from the street.",
        "The children where playing outside.",
        "There exits a simple proof.",
        "We made sure that their is enough food for everyone.",
        "She found a was to help.",
        "Wear does this path go?",
        "Cold anyone lend me a pen?",
        "He tired to explain the plan.",
    )
    good: ClassVar[Sequence[str]] = (
        "Sweat the leek in butter, then sear the steak in a hot pan.",
        "He could do it if he tried; the cold did not stop him.",
        "Were she here, she would agree; were he alive today, he would be proud.",
        "They moved to their new place, and there they stayed; is it their or your turn?",
        "She asked whether the weather would hold.",
        "It is much worse than the worst we feared.",
        "The peace talks resumed, and the piece ran on Sunday.",
        "Spending through tax credits rose.",
        "Please fill in the form the clerk gave you.",
        "They were tired and tried again.",
        "I wonder which way he went.",
        "I think the answer is right, and they are too.",
        "He is one of the players on the team.",
        "The update will be ready by tomorrow.",
        "He was spoken to by a member of staff.",
        "Ten percent off the price, or hundreds of thousands of them.",
        "The island off the coast is closed off to visitors.",
        "Wood burns slowly; cold weather is coming.",
        "Cold it is, then?",
        "Witch trials were common then, weren't they?",
        "She is my best friend and confidant, and she came at once.",
        "If it is not a problem, a sliver of the silver cake is fine.",
        "I don't think it was his fault; is it yours?",
        "Most of the stories I hear are not true.",
        "In the first weeks children form bonds, and the women wear what they like.",
        "Were it not for the rain, we would go; even were this true, it would not matter.",
        "Parents must sign out children at the front desk.",
        "Patterns that match more than one line are slow, and the program will exit with an error.",
        "Despite never being given a title, he ran the office; the bull let out a bellow and charged.",
        "The driver had to brake even harder on the wet road.",
        "She wrote the foreword to the new edition; bring the foreword to the meeting.",
        "The mechanic checked the spring brake on the lorry; trucks use a spring brake for parking.",
        "Are there different rules for guests?",
        "We are past the worst of it.",
        "Drop the event if it repeats, and sell the rest as meat the next day.",
        "Savings help you weather the storm; it was borne in upon me that negative affect matters.",
        "The hart drank from the stream, and the boarder paid his rent.",
        "The show was axed after one season; he used a hoe, and the dog had mange.",
        "She folded the cloths and wiped the counter, the rags or the towels.",
        "Particles released form a plume, and the players who retired form the backbone of the staff.",
        "She came fourth in the race, and the team that won last year is back.",
        "The pass threw the keeper the wrong way. The roll was stale, and the ration was cut.",
        "He fell a second time; the flat was bought to let; the shares were rated buy the day after.",
        "The land was bought to build homes, and the shares were bought to hedge the risk.",
        "The students they taught were bright, and the prisoners who were recently released form a choir.",
        "You knead it gently with floured hands.",
        "These jeans are too tight; regulators fined the bank; the rope stays taut; he rowed a scull.",
        "It is a healthful diet.",
        "She fell a victim to fraud, then a step behind. The dog lunged, bit it and ran; the dog it bit was fine.",
        "Their away form the past month has been poor.",
        "The man who I told her news to laughed.",
        "The baby lay in the manger in the stable. Come hear for yourself, and come see for yourselves.",
        "His handwriting is illegible.",
        "The hart is a male deer, and the doe and the buck grazed together.",
        "Two times three is six.",
        "Is it cold out? My feet will be sore tomorrow, and the bored pupils and the tired staff went home.",
        "We must right this wrong. She through her agent declined to comment.",
        "Her father went to sea at sixteen; the lorry stopped at the weigh station; we bought canvas for sail repairs.",
        "We taught the dog to sit. Question three was hard. The complements of the two sets are equal.",
        "The dog growled and it bit the postman. Group the rows and sum the sales.",
        "Our kitchen is nut free, and all our cakes are nut free.",
        "Ware is a market town on the River Lea.",
        "He even threw the ball, and she even sent flowers.",
        "It was the worse of the two, and the lesser of two evils.",
        "The merger would effect a significant change in how the service is delivered.",
        "Grandma sent us three a postcard from Lisbon.",
        "The players knew their might alone would not be enough, and they knew their might was not enough.",
    )
    fix = "sometimes"
    function_words = False
    """Whether this rule weighs the function words of the sets ('on', 'by', 'the', 'is'), and only them."""
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """A rule written for one confusion ('then'/'than', 'its'/'it's') knows its case better: when
    both report a word, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        triggers = _triggers(self.function_words)
        for words, index in each_place(doc, positions(doc, triggers)):  # the whole set: a constant, indexed up front
            word = words[index]
            text = word.text
            if text[:1].isupper() and (not word.sentence_start or (len(text) > 1 and text.isupper())):
                continue  # a name or a heading, not the common word
            left = right = None
            possessive = False
            if index and words[index - 1].joined:
                before = words[index - 1]
                low = before.low if before.low.isalpha() else _counted(before.low)  # most words: as written
                if low.isalpha() and (before.sentence_start or not _capitalised(before.text)):
                    left = low  # a name ("Price Waterhouse") or a number says nothing of usage
                    possessive = low != before.low and before.low.endswith(("'s", "\u2019s"))
            if word.joined and index + 1 < len(words):
                after = words[index + 1]
                low = after.low if after.low.isalpha() else _counted(after.low)
                if low.isalpha() and not _capitalised(after.text) and not _adverbial_article(words, index + 1):
                    right = low
            if left is None and right is None:
                continue
            if left == "as" and right == "as" and w.tags(word.low) & {"ADJ", "ADV"}:
                continue  # "not as thorough as": the comparison's frame holds an adjective or an adverb
            opens = index == 0 and word.sentence_start
            if opens and (_ngrams.word_count(word.low) or 0.0) < START_FLOOR:
                continue
            edge = opens or (index == len(words) - 1 and (_common(word.low) or _modified_end(left)))
            best = _likeliest(word.low, left, right, edge, _NONE_BARRED, possessive)  # positional: a cheaper key
            asked = None
            if best is None and opens and right is not None and ends_in_question_mark(doc, words[-1]):
                best = asked = _question_twin(word.low, right, words)  # "Witch way is the station?"
            if best is None:
                continue
            if opens and best[1] in w.QUESTION_WORDS and doc.text[words[-1].end : words[-1].end + 1] == ".":
                continue  # "Ware is in Hertfordshire.": a question word would open a question, not a statement
            barred = _barred(words, index, left, right)  # only for the few findings: the sentence's say
            if barred is None or (asked is not None and asked[1] in barred):
                continue
            if barred and asked is None:
                best = _likeliest(word.low, left, right, edge, barred, possessive)
                if best is None:
                    continue
            start = word.start
            if start and doc.text[start - 1] == "-" and (start < 2 or doc.text[start - 2].isspace()):
                continue  # a suffix named ("Canadian is -our and -re"), not the word
            if right == "to" and _purpose_infinitive(doc, words, index, best[1]):
                continue  # "the land was bought to build homes": 'to build' says what for
            if left == "even" and best[1] in _CLAUSE_OPENING_TWINS and _subject_before_even(words, index):
                continue  # "He even threw the ball": 'even' stands inside a clause, not before one
            if right == "of" and best[1] in _SUPERLATIVES and _of_two(words, index + 1):
                continue  # "the worse of the two": a comparative chooses between two
            if right is not None and repeated_after_preposition(words, index + 1):
                continue  # "met there face to face": the noun's own phrase, which no possessive takes
            if word.low in _EFFECT_FORMS and _brought_about(words, index):
                continue  # "would effect a significant change": 'effect' is to bring about
            if left in _COUNTED_PRONOUNS and word.low in w.CARDINALS:
                continue  # "Grandma sent us three a postcard": the pronoun and its number, one object
            if right == "might" and _might_as_noun(words, index + 1):
                continue  # "They knew their might was not enough": the noun 'might' (strength), a verb after it
            fixed = match_case(best[1], word.text)
            written = " ".join(part for part in (left, word.low, right) if part)
            usual = " ".join(part for part in (left, fixed.lower(), right) if part)
            yield self.replace_word(
                word, fixed, f"Did you mean '{fixed}'? '{usual}' is common, '{written}' rare.", FixSafety.UNSAFE
            )


_SUPERLATIVES = frozenset(("worst", "best", "least", "most"))

_COUNTED_PRONOUNS = frozenset("us you them we they".split())
"""Pronouns a number may follow as one phrase ("us three", "you two"), so the number is no slip."""
_EFFECT_FORMS = frozenset(("effect", "effects", "effected", "effecting"))
_ONLY_BROUGHT_ABOUT = w.BROUGHT_ABOUT & frozenset(
    """change changes reform reforms transformation transition shift improvement improvements cure repair repairs
    rescue escape recovery reconciliation settlement compromise turnaround solution resolution peace revolution
    breakthrough remedy""".split()
)
"""What 'effect' brings about and 'affect' seldom touches ("effect a change"; not 'the results', 'our
plans', which both verbs take)."""


_AFTER_MODAL_MIGHT = frozenset("not well also just even never still only yet".split())


def _might_as_noun(words: Sequence[Word], at: int) -> bool:
    """'might' at ``at`` is the noun (strength): a finite verb or a modal follows it, after at most one
    word ("their might was not enough", "their might alone would not win"), where the modal 'might'
    takes a bare verb ("there might be delays", "there might well be")."""
    for later in range(at + 1, min(at + 3, len(words))):
        if not words[later - 1].joined:
            return False
        low = words[later].low
        if low in _AFTER_MODAL_MIGHT or "VB" in w.verb_tags(low) or low in ("be", "have"):
            return False
        if low in w.MODALS or w.plainly_finite(low):
            return True
    return False


def _brought_about(words: Sequence[Word], index: int) -> bool:
    """The verb 'effect' at ``index`` has what it brings about for its object, within four words
    ("would effect a significant change", "effected their escape")."""
    for at in range(index + 1, min(index + 5, len(words))):
        if not words[at - 1].joined:
            return False
        if words[at].low in _ONLY_BROUGHT_ABOUT:
            return True
    return False


def _of_two(words: Sequence[Word], of: int) -> bool:
    """'of' at ``of`` opens 'the two', 'both' or 'the pair' (within three words): a choice of two."""
    return any(word.low in ("two", "both", "pair") for word in words[of + 1 : of + 4])


_CATENATIVE_LEMMAS = frozenset(
    """try want expect plan hope decide agree refuse promise need fail manage intend seem appear tend attempt
    aim wish learn choose offer afford arrange claim pretend threaten vow begin start continue like love hate
    prefer help dare deserve mean prepare struggle seek happen use get come allow permit force ask tell""".split()
)
"""Verbs that take 'to' and a bare verb as their complement ("tried to explain", "expected to win")."""


_CLAUSE_OPENING_TWINS = frozenset(("though", "if", "when", "so"))
"""Twins that 'even' may open a clause with ('even though', 'even if')."""


def _subject_before_even(words: list[Word], index: int) -> bool:
    """'Even' before the word at ``index`` follows its clause's subject or auxiliary ("He even threw",
    "they had even sent"): the word after it is the clause's verb, not 'though' opening a clause."""
    at = index - 2
    if at < 0 or not words[at].joined:
        return False
    low = words[at].low
    return low in w.SUBJECT_PRONOUNS or low in w.AUXILIARIES or w.is_plural_noun(low) or "NOUN" in w.tags(low)


def _purpose_infinitive(doc: Document, words: list[Word], index: int, twin: str) -> bool:
    """The verb at ``index`` is followed by 'to' and a bare verb that says what it was done for ("The land
    was bought to build homes", "shares bought to hedge the risk"), and its twin is no verb that takes
    'to' and a verb itself ('brought'): the pair 'bought to' is rare on the web only because 'buy' takes
    its object first. A twin that does take one keeps the finding: "He tired to explain" ('tried')."""
    lemmas = w.verb_lemmas(twin)
    if not lemmas or not w.verb_tags(words[index].low) or any(lemma in _CATENATIVE_LEMMAS for lemma in lemmas):
        return False  # a verb for a verb only: "the quickest was to get there" wants the noun 'way'
    if words[index].low in w.AUXILIARIES:
        return False  # 'had to', 'was to': the auxiliary's own 'to', no purpose
    at = index + 2
    if at >= len(words) or not words[index + 1].joined or words[at].capitalised:
        return False
    from ._tagger import sentence_tags  # asked of a few findings: the module does not load the tagger

    return sentence_tags(doc, words)[at] == "VB" and "VB" in w.verb_tags(words[at].low)


_A_ADVERBIALS = frozenset(("lot", "bit", "little", "while"))
"""Nouns after 'a' that make an adverb of degree or time ('a lot', 'a bit', 'a little', 'a while')."""


def _adverbial_article(words: Sequence[Word], at: int) -> bool:
    """'a' at ``at`` opens 'a lot', 'a bit', 'a little' or 'a while', an adverb, not the object the pair
    'verb + a' counts ("He used to farm a lot", "they lunch a bit later"): that pair says nothing."""
    return (
        words[at].low == "a"
        and words[at].joined
        and at + 1 < len(words)
        and words[at + 1].low in _A_ADVERBIALS
        and (at + 2 >= len(words) or words[at + 2].low not in ("of", "more"))
    )


QUESTION_MARGIN = 1.5
"""The margin (natural log, about 4.5 times) for the first word of a question whose twin opens
questions, when the words after it read as that question does (:func:`_question_frame`): 'Witch way
is the station?', 'Cold we meet on Friday?', 'Wood he really say that?'. The frame is evidence the
one pair after the first word cannot give (:data:`START_PENALTY`); 'Cold it is, then?' has none."""
_QUESTION_OPENERS = w.QUESTION_WORDS | frozenset(("whose",))
_NOUN_QUESTION_OPENERS = frozenset(("which", "what", "whose"))
"""Question words that may take a noun before the verb ('which way is', 'what time does')."""
_INVERTED = w.MODALS | w.DO_FORMS | frozenset("is are was were am has have had".split())
_QUESTION_SUBJECTS = (
    w.SUBJECT_PRONOUNS
    | w.DETERMINERS
    | frozenset("someone somebody anyone anybody everyone everybody nobody there".split())
)
_BETWEEN_SUBJECT_AND_VERB = frozenset("really ever still not never also just even".split())
"""Adverbs that may stand between a question's subject and its bare verb ('Could we really meet')."""


def _question_twin(word: str, right: str, words: Sequence[Word]) -> tuple[float, str] | None:
    """(margin, twin) for the first word of a question whose twin is a modal or a question word that
    the next words go with (:func:`_question_frame`), by :data:`QUESTION_MARGIN`; not for a word that
    opens questions itself ('Were is the exit?' is grammar.confused-word's own case)."""
    if word in _INVERTED or word in _QUESTION_OPENERS:
        return None
    best: tuple[float, str] | None = None
    for other in _ngrams.confusion_sets()[word]:
        if (other not in w.MODALS and other not in _QUESTION_OPENERS) or not _question_frame(words, other):
            continue
        margin = likelier_by(word, other, None, right, one_side_penalty=START_PENALTY)
        if margin is not None and margin >= QUESTION_MARGIN and (best is None or margin > best[0]):
            best = (margin, other)
    return best


def _question_frame(words: Sequence[Word], opener: str) -> bool:
    """The words after the first read as a question that ``opener`` opens: after a modal a subject and
    its bare verb ('[Could] we meet', '[Would] he really say'); after a question word an inverted verb
    and its subject, maybe after a noun of 'which' or 'what' ('[Where] did you', '[Which] way is the').
    Every word of the frame joined to the next: no comma or break between them."""
    lows = [word.low for word in words[:6]]
    joined = 0
    while joined < len(lows) - 1 and words[joined].joined:
        joined += 1
    if opener in w.MODALS:
        at = 1
        if lows[1] in w.DETERMINERS and joined > 2:
            at = 2  # 'Could the [battery]'
        elif lows[1] not in _QUESTION_SUBJECTS:
            return False
        at += 1
        if at < joined and lows[at] in _BETWEEN_SUBJECT_AND_VERB:
            at += 1
        return at <= joined and "VB" in w.verb_tags(lows[at]) and (lows[at] not in w.AUXILIARIES or lows[at] == "be")
    at = 1
    if opener in _NOUN_QUESTION_OPENERS and lows[1] not in _INVERTED and "NOUN" in w.tags(lows[1]):
        at = 2  # 'Which way is', 'Which version should'
    return at + 1 <= joined and lows[at] in _INVERTED and lows[at + 1] in _QUESTION_SUBJECTS


class FunctionWordSlip(ConfusedWord):
    id = "grammar.function-word-slip"
    status = "preview"
    """Opt-in (``preview = true``, or name it): a third of a text's words are function words, and
    weighing each against its set took grammar.confused-word from 28 to 119 ms on 50,000 words
    (0.22 to 0.48 ms per article), for 3 of the development examples; the speed targets of issue 13
    come first."""
    summary = "A function word slipped for another: 'he is on of the best', 'I think the are right'."
    why = (
        "'On of the', 'the are', 'will by ready': slips between the commonest words, which web text "
        "has seen often enough to say which one belongs. A function word is reported only when "
        "the other word of its set is hundreds of times likelier beside the same neighbours."
    )
    bad = (
        "I think the are right about this.",
        "He is on of the best players in the league.",
        "The update will by ready tomorrow.",
        "She said the give refunds on Mondays.",
        "He as been there before.",
        "If is not a problem for us.",
        "I don't think is was his fault.",
    )
    good = (
        "Which room were you in? Which building were they in when it happened? What size were they?",
        "I think the answer is right, and they are too.",
        "He is one of the players on the team.",
        "The update will be ready by tomorrow.",
        "He was spoken to by a member of staff.",
        "Ten percent off the price, or hundreds of thousands of them.",
        "If it is not a problem, it is fine; I don't think it was his fault.",
        "Your landlord is usually responsible for insuring the building itself.",
        "If the house were our home, we would stay, and it looked as if the old world were ending.",
    )
    function_words = True


# ---- the word class the sentence wants: 'over his should', 'she beliefs him', 'it was too son'

NOUN_PHRASE_OPENERS = frozenset("my our their his".split())
"""Possessives, after which a noun phrase goes on: no finite verb and no modal follows them. Not
'her' (an object too: 'let her choose'), 'your' and 'its' (rules of their own: 'your welcome', 'its
been'); not the articles, before which technical prose makes nouns of verbs ('the write fails', 'an
undo file': 40 findings in Vim's help, none a slip)."""
SUBJECTS = w.SUBJECT_ONLY_PRONOUNS
"""Pronouns that are only subjects: a verb or an adverb follows them, never a bare noun. Not 'you'
and 'it', which are objects too ('show you things')."""
SUBJECT_FORMS = {"he": frozenset(("VBZ", "VBD")), "she": frozenset(("VBZ", "VBD"))}
"""The verb forms a subject takes (the others: :data:`PLAIN_SUBJECT_FORMS`)."""
PLAIN_SUBJECT_FORMS = frozenset(("VBP", "VB", "VBD"))
MODAL_SLOTS = w.MODALS | w.NEGATED_MODALS
DO_NEGATIONS = frozenset("don't doesn't didn't".split())
INFLECTED_SLOTS = w.ARTICLES | frozenset("of for with about in on from by".split())
"""Articles and prepositions: before them a verb in -s or a past that is nothing else is a slip
('thanks for the responds'); a bare verb is not reported (see :func:`_inflected_only`)."""
ADVERBS_BETWEEN = frozenset("not never also always often still just really actually usually sometimes ever".split())
"""Adverbs that may stand between a subject, a modal or 'don't' and the verb ('he never intent to')."""
VERB_OPENERS = SUBJECTS | MODAL_SLOTS | DO_NEGATIONS | {"you"}
QUESTION_OPENERS = w.MODALS | frozenset("do does did".split())
"""Words that open a question before its subject: 'Can you', 'Did they'; a bare verb follows."""
ADJECTIVE_OPENERS = frozenset("a an".split()) | NOUN_PHRASE_OPENERS
"""Words before an adjective that open a noun phrase: 'a new', 'his strong'; a noun follows the
adjective ('the' does not count: 'the rich get richer')."""
DEGREE_ADVERBS = frozenset(("very", "too"))
"""Adverbs of degree after which an adjective or an adverb follows ('too soon', 'very safe')."""
CLAUSE_LINKS = w.CLAUSE_OPENERS | frozenset("and or but so then yet as than".split())
"""Words after which a subject pronoun opens a clause ('and she beliefs')."""
NOMINAL = frozenset(("NOUN", "ADJ", "PROPN", "NUM"))
VERBAL = frozenset(("VERB", "AUX"))
SLOT_MARGIN = math.log(20.0)
"""How much likelier (natural log) the twin must be beside the slot's word than the word written,
when the written pair is in the counts at all."""


SURE_SLOT_MARGIN = math.log(4.0)
"""The margin after a 'to' that can only be the infinitive's (:func:`_sure_infinitive`): there the
written word's pair with 'to' ('to loss', 'to advice') counts the preposition's uses ('due to loss',
'access to advice'), which the slot rules out. Probes: 2 more slips ('trying to loss weight', 'cannot
afford to loss'); no new finding on the precision audit."""
SURE_INFINITIVE_LEMMAS = frozenset(
    """try afford want need decide fail manage refuse hope plan seem wish intend learn choose attempt
    hesitate strive deserve forget threaten vow endeavour endeavor""".split()
)
"""Verbs after which 'to' opens an infinitive and never a noun phrase (not 'go', 'agree', 'tend',
'promise', 'pretend', 'start' or 'continue': 'going to church', 'agreed to terms', 'tended to
patients', 'from start to end')."""
SURE_INFINITIVE_WORDS = frozenset("able unable willing unwilling eager likely unlikely".split())


PURPOSE_PARTICIPLES = frozenset("designed meant aimed intended".split())
"""Participles of purpose after which 'to' opens an infinitive ('designed to elicit answers', 'meant
to deter'): a word that is only a noun or an adjective cannot follow there."""


@cache
def _sure_infinitive() -> frozenset[str]:
    """The forms of :data:`SURE_INFINITIVE_LEMMAS` and the adjectives of :data:`SURE_INFINITIVE_WORDS`."""
    forms = {form for lemma in SURE_INFINITIVE_LEMMAS for each in w.verb_inflections(lemma).values() for form in each}
    return frozenset(forms | SURE_INFINITIVE_WORDS)


def _verb_only(word: str) -> bool:
    """A finite or bare verb that is nothing else ('should', 'advise', 'believes'): no noun phrase
    opens with it. A participle may ('the chosen few', 'their running')."""
    tags = w.tags(word)
    return bool(tags) and tags <= VERBAL and (word in w.MODALS or not w.verb_tags(word) & {"VBG", "VBN"})


def _inflected_only(word: str) -> bool:
    """A verb form in -s or a past that is nothing else ('responds', 'believes', 'wrote'): no article
    or preposition stands before one, though technical prose makes nouns of bare verbs ('the
    write', 'an undo', 'for write access')."""
    tags = w.verb_tags(word)
    return bool(tags) and tags <= {"VBZ", "VBD"} and word not in w.MODALS


def _nominal_only(word: str) -> bool:
    """A noun or an adjective that is no verb, adverb or function word ('beliefs', 'intent', 'aide')."""
    tags = w.tags(word)
    return bool(tags) and tags <= NOMINAL


def _no_degree(word: str) -> bool:
    """A noun or a finite verb that no degree adverb can modify ('too son', 'very save')."""
    tags = w.tags(word)
    return bool(tags) and not tags & {"ADJ", "ADV", "DET", "ADP", "NUM"} and not w.verb_tags(word) & {"VBG", "VBN"}


LINKING_VERBS = frozenset("seems seemed looks looked sounds sounded tastes tasted smells smelled smelt".split())
"""Verbs of seeming and sensing whose complement is an adjective ('tastes better', 'sounds great'),
never a bare noun: a noun there that has a common adjective for a twin is a slip ('this soup
tastes batter', 'it sounds grate'). Not 'feel(s)' ('feel pain'), 'get' ('get batter from the
shop'), 'become' ('became president')."""
COMMON_ADJECTIVE = math.log(30_000_000)
"""How often an adjective twin must be seen for its pair with a linking verb, under the counts'
cut-off, not to be needed ('tastes better': 'better' is seen 160 million times)."""


def _common_adjective(word: str) -> float | None:
    """A stand-in for the count of a linking verb and a common adjective ('tastes better') when the
    pair is under the list's cut-off: the cut-off itself, the most it can count; None for a rarer word."""
    count = _ngrams.word_count(word)
    return _ngrams.CUT_OFF if count is not None and count >= COMMON_ADJECTIVE else None


DEGREE_ADJECTIVE = math.log(1_000_000)
"""How often an adjective twin must be seen to be offered after 'very' or 'too' for a noun that is
nothing else, when neither pair is in the counts (:func:`_degree_twin`)."""


def _degree_twin(word: str, other: str) -> bool:
    """A noun that is nothing else after 'very' or 'too' ('very ambition', 'too anxiety'), with an
    adjective twin common enough (:data:`DEGREE_ADJECTIVE`) whose pair with the adverb is merely under
    the counts' cut-off ('very ambitious'): a degree adverb modifies no noun, so the slot is the
    evidence, and the twin's own count, far under any pair's, stands in for it (the commoner twin
    first: 'too fury' is 'furious' before 'furry'). 'the very thing' is ruled out before
    (:func:`_very_is_adjective`), and a next word that stands beside the noun and not beside the twin
    ('very science fiction') after."""
    if w.tags(word) != {"NOUN"} or "ADJ" not in w.tags(other) or w.tags(other) & {"NOUN", "VERB"}:
        return False
    count = _ngrams.word_count(other)
    return count is not None and count >= DEGREE_ADJECTIVE


DERIVED_NOUN_OPENERS = frozenset(("its", "your"))
"""Possessives left out of :data:`NOUN_PHRASE_OPENERS` for rules of their own ('its been', 'your
welcome'), after which only a verb's own noun of a one-way set is offered ('its decide', 'your
explain'): neither they nor 'it's' and 'you're' stand before a bare verb."""
QUANTIFYING = w.PLURAL_DETERMINERS | frozenset(("little",))
"""Adjectives that are a pronoun's quantity after 'a' ('only a few survive', 'a little explains it'):
what follows them may be the verb."""


def _derived_noun(word: str, other: str) -> bool:
    """A bare verb after a possessive, or after 'a' and an adjective ('their arrive', 'a quick
    decide'), whose one-way twin is its own noun (the two share their first three letters:
    'arrival', 'decision'), common enough (:data:`DEGREE_ADJECTIVE`), when neither pair is in the
    counts: no bare verb opens a noun phrase there, so the slot is the evidence."""
    if "VB" not in w.verb_tags(word) or (word, other) not in _ngrams.one_way_pairs() or word[:3] != other[:3]:
        return False
    if "NOUN" not in w.tags(other) or w.verb_tags(other):
        return False
    count = _ngrams.word_count(other)
    return count is not None and count >= DEGREE_ADJECTIVE


PARTICLE_OPENERS = w.ARTICLES | NOUN_PHRASE_OPENERS
"""Articles and possessives: a noun phrase opens after them, never with a preposition or a
conjunction ('fill in the from', 'the whether forecast', 'a though crossed my mind')."""
PARTICLE_WORDS = w.PREPOSITIONS | frozenset("than whether though although because unless".split())
PARTICLE_PAIR_FLOOR = math.log(150_000)
"""How often the twin must stand before a noun or adjective that follows it ('weather forecast'),
the word written never being seen before it ('whether forecast'), for a noun there to count as the
twin's: else the noun makes a name of the particle ('the from address', 'the through traffic')."""


def _particle_only(word: str) -> bool:
    """A preposition or a conjunction that is no noun, adjective or verb ('from', 'whether',
    'though'; not 'while', 'above'): a slip where a noun phrase opens. The commonest ('by', 'on',
    'of': :data:`FUNCTION_WORDS`) are left out: 'by the by', 'the on switch'."""
    return word in PARTICLE_WORDS and word not in FUNCTION_WORDS and not w.tags(word) & {"NOUN", "ADJ", "VERB"}


def _particle_ends_phrase(words: Sequence[Word], index: int, others: Sequence[str]) -> bool:
    """After an article, the particle at ``index`` is no name of itself: the sentence ends or a
    mark follows, or a word that is no noun, adjective, number, letter or name ('the from and
    send'); or a noun that stands after the twin in the counts and never after the word ('the
    whether forecast'). Not 'the from and to parts' (two particles named) nor 'items a through d'."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    following = words[index + 1]
    low = following.low
    if len(low) == 1 or not low.isalpha() or following.text[:1].isupper():
        return False  # 'a through d', 'the from 2019', 'the from Paris'
    if low in ("and", "or", "to", "/") and _word_at(words, index + 2) in PARTICLE_WORDS | FUNCTION_WORDS:
        return False  # 'the from and to parts', 'the in or out'
    if w.tags(low) & {"NOUN", "ADJ"} or low in w.PREPOSITIONS:
        if _ngrams.pair_count(words[index].low, low) is not None:
            return False
        return any((_ngrams.pair_count(other, low) or 0.0) >= PARTICLE_PAIR_FLOOR for other in others)
    return True


def _slot_twin(words: Sequence[Word], index: int) -> tuple[str, str] | None:
    """(twin, what the slot wants) when the word at ``index`` cannot stand after the word before it
    and a word of its confusion set can: a verb after 'his', a noun after 'she' or 'will', a noun
    after 'too'. A verb twin takes the form the slot wants ('he intent' → 'intends', 'can lesson'
    → 'lessen')."""
    word, opener = words[index].low, words[index - 1].low
    sets = _ngrams.confusion_sets()
    others = sets.get(word, ())
    two_back = _word_at(words, index - 2) if index >= 2 and words[index - 2].joined else None
    at = index - 1
    if opener in ADVERBS_BETWEEN and two_back in VERB_OPENERS:
        if index > 2 and words[index - 3].joined and words[index - 3].low in BE_FORMS:
            return None  # 'Are they really bitter?': 'be' before its subject wants no verb after the adverb
        opener, at, two_back = two_back, index - 2, None  # 'he never intent to', 'will not aide'
    evidence = opener
    if two_back in QUESTION_OPENERS and (opener in SUBJECTS or opener == "you") and _opens_question(words, index - 2):
        if not _nominal_only(word):
            return None  # 'Can you breath?': the verb after an inverted subject
        fits = [form for other in others if (form := _verb_in(other, frozenset(("VB",)), "VB"))]
        wanted, evidence = "a verb", two_back
    elif opener in PARTICLE_OPENERS and _particle_only(word):
        if not _particle_ends_phrase(words, index, others):
            return None  # 'the from address', 'the from and to parts', 'items a through d'
        fits = [other for other in others if "NOUN" in w.tags(other)]
        wanted = "a noun"
    elif two_back in ADJECTIVE_OPENERS and w.tags(opener) == {"ADJ"}:
        if not _verb_only(word):
            return None  # 'a whole new sate', 'to a certain extend'
        fits = [other for other in others if "NOUN" in w.tags(other)]
        wanted = "a noun"
    elif opener in DERIVED_NOUN_OPENERS:
        if not _verb_only(word):
            return None
        fits = [other for other in others if _derived_noun(word, other)]
        wanted = "a noun"
    elif opener in NOUN_PHRASE_OPENERS or opener in INFLECTED_SLOTS:
        if not _verb_only(word) or (opener in INFLECTED_SLOTS and not _inflected_only(word)):
            return None
        fits = [other for other in others if w.tags(other) & {"NOUN", "ADJ"}]
        wanted = "a noun"
    elif opener == "as" and _word_at(words, index + 1) == "as" and words[index].joined:
        if not _no_degree(word):
            return None
        fits = [other for other in others if w.tags(other) & {"ADJ", "ADV"}]
        wanted = "an adjective or an adverb"
    elif opener in SUBJECTS or opener == "you":
        if not _nominal_only(word) or not _opens_clause(words, at) or words[at].text == "i":
            return None
        forms = SUBJECT_FORMS.get(opener, PLAIN_SUBJECT_FORMS)
        made = "VBZ" if opener in SUBJECT_FORMS else "VB"
        fits = [form for other in others if (form := _verb_in(other, forms, made))]
        wanted = "a verb"
    elif opener in MODAL_SLOTS or opener in DO_NEGATIONS or opener == "to":
        if not _nominal_only(word) or not _bare_verb_slot(words, at):
            return None
        fits = [form for other in others if (form := _verb_in(other, frozenset(("VB",)), "VB"))]
        wanted = "a verb"
    elif opener in LINKING_VERBS:
        if not _no_degree(word) or (at >= 1 and _word_at(words, at - 1) in w.DETERMINERS | NOUN_PHRASE_OPENERS):
            return None  # 'her looks' is a noun
        fits = [other for other in others if "ADJ" in w.tags(other)]
        wanted = "an adjective"
    elif opener in DEGREE_ADVERBS:
        if not _no_degree(word) or (opener == "very" and index >= 2 and _very_is_adjective(words[index - 2].low)):
            return None  # 'the very thing', 'this very room' (not 'a very': 'a very personnel style')
        fits = [other for other in others if w.tags(other) & {"ADJ", "ADV"}]
        wanted = "an adjective or an adverb"
    else:
        return None
    mine = _ngrams.pair_count(evidence, word)
    right = words[index + 1].low if index + 1 < len(words) and words[index].joined else None
    floor = OBJECT_FLOOR if right in VERB_OBJECT_OPENERS and opener not in SUBJECTS | {"you"} else INFLECTED_FLOOR
    margin = SLOT_MARGIN
    if opener == "to" and at >= 1 and words[at - 1].joined and words[at - 1].low in _sure_infinitive():
        margin = SURE_SLOT_MARGIN  # 'trying to loss weight': 'to loss' is common only as 'due to loss'
    best: tuple[float, str] | None = None
    # the written word and a noun after it in the counts may be a compound ('very science fiction',
    # 'too luxury hotel'), or a pair of nouns ('very peace and quiet'): then the slot alone is no evidence
    compound = right in ("and", "or") or (
        right is not None and "NOUN" in w.tags(right) and _ngrams.pair_count(word, right) is not None
    )
    for other in fits:
        theirs = _slot_evidence(evidence, other, wanted == "a verb", floor)
        if theirs is None and wanted == "an adjective" and mine is None:
            theirs = _common_adjective(other)
        elif (
            theirs is None
            and mine is None
            and not compound
            and wanted == "a noun"
            and opener not in QUANTIFYING
            and _derived_noun(word, other)
        ):
            theirs = (_ngrams.word_count(other) or 0.0) - 10.0  # 'their arrive', 'a quick decide'
        elif (
            theirs is None and mine is None and not compound and opener in DEGREE_ADVERBS and _degree_twin(word, other)
        ):
            theirs = (_ngrams.word_count(other) or 0.0) - 10.0  # 'very ambition': the slot rules the noun out
        if theirs is None or (mine is not None and theirs - mine < margin):
            continue  # 'I whore myself' (a verb the word tables lack), 'the people's will'
        if (
            right is not None
            and other in sets
            and _ngrams.pair_count(other, right) is None
            and _ngrams.pair_count(word, right) is not None
        ):
            continue  # the next word stands beside the word written, not beside the twin
        if best is None or theirs > best[0]:
            best = (theirs, other)
    return None if best is None else (best[1], wanted)


INFLECTED_FLOOR = math.log(1_000_000)
"""How often a verb of a set must occur for a form of it the counts do not hold ('intends', made
from 'intend' after 'he') to be offered without a pair of its own."""


OBJECT_FLOOR = math.log(100_000)
"""The same for a rarer verb ('hoard', 'envelop', 'sever') after a modal, 'to' or 'don't', when its
object opens after it ('began to horde the coins', 'could envelope the village', 'decided to severe
their ties'): a noun that is nothing else has no place between the two, while 'to wine and dine'
(a verb the word tables lack) has no object marker after it. Probes: 3 more slips caught, no
finding on the precision audit."""
VERB_OBJECT_OPENERS = w.DETERMINERS | (w.OBJECT_PRONOUNS - {"it"})
"""Words that open a verb's object ('the coins', 'them'); not 'it' ('to wine it'), nor the
prepositions."""
VERY_NOUN_OPENERS = w.DETERMINERS - {"a", "an"}
"""Determiners before which 'very' may be the adjective of a noun ('the very thing', 'this very
room', 'his very words'); after 'a' or 'an' it is the degree adverb ('a very personal style')."""


def _very_is_adjective(before: str) -> bool:
    """'very' after this word is the adjective of a noun: after a determiner (:data:`VERY_NOUN_OPENERS`)
    or a noun's possessive ('the plan's very success')."""
    return before in VERY_NOUN_OPENERS or before.endswith(("'s", "’s", "s'", "s’"))


def _slot_evidence(opener: str, form: str, verb: bool, floor: float = INFLECTED_FLOOR) -> float | None:
    """How often (natural log) the twin's form stands after the slot's word. Else, for a verb: after
    a subject pronoun, how often it stands after 'to' ('they defend': 'to defend'; not 'I wore',
    where the pair's absence says the counts are thin); after a modal, 'to' or 'don't', or for a
    form made from a verb of a set (not in the counts: 'intends'), the verb's own count when it is
    common. None: no evidence, nothing to report."""
    sets = _ngrams.confusion_sets()
    found = _ngrams.pair_count(opener, form)
    if found is not None or not verb:
        return found
    if form in sets and (opener in SUBJECTS or opener == "you"):
        return _ngrams.pair_count("to", form) if "VB" in w.verb_tags(form) else None
    lemmas = [lemma for lemma in (*w.verb_lemmas(form), form) if lemma in sets]
    counts = [count for lemma in lemmas if (count := _ngrams.word_count(lemma)) is not None]
    return max(counts) - 10.0 if counts and max(counts) >= floor else None


def _verb_in(word: str, forms: frozenset[str], wanted: str) -> str | None:
    """``word`` when it is a verb of one of ``forms``, else its lemma's ``wanted`` form ('intend' →
    'intends' after 'he'), or None when it is no verb."""
    tags = w.verb_tags(word)
    if tags & forms:
        return word
    for lemma in w.verb_lemmas(word):
        form = w.verb_form(lemma, wanted)
        if form:
            return form
    return None


def _opens_question(words: Sequence[Word], index: int) -> bool:
    """The modal or 'do' at ``index`` opens a question: first in its sentence or after a question
    word ('Can you', 'why did they')."""
    return index == 0 or (words[index - 1].low in w.QUESTION_WORDS and words[index - 1].joined)


def _opens_clause(words: Sequence[Word], index: int) -> bool:
    """The subject pronoun at ``index`` opens its clause. 'He', 'she', 'we', 'they' always do; 'I'
    when it stands first in the sentence, after a mark, a conjunction or a verb ('and I', 'think
    I'), not as a Roman numeral ('Phase I trials', 'Type I error'); 'you' first, after a mark or a
    conjunction, not as an object ('give you advice')."""
    if words[index].low not in ("i", "you") or index == 0 or not words[index - 1].joined:
        return True
    left = words[index - 1].low
    if words[index].low == "you":
        return left in CLAUSE_LINKS  # 'and you advice', not 'give you advice'
    return left in CLAUSE_LINKS or (bool(w.verb_tags(left)) and not words[index - 1].text[:1].isupper())


def _bare_verb_slot(words: Sequence[Word], index: int) -> bool:
    """A bare verb must follow the word at ``index``: a modal after its subject (:func:`_modal_is_verb`),
    'don't' or 'didn't', or the infinitive's 'to' after a verb that takes one ('want to', 'able to';
    not the preposition: 'went to lunch')."""
    opener = words[index].low
    if opener in DO_NEGATIONS:
        return True
    if opener == "to":
        from .verb_patterns import _infinitive_to

        if index >= 1 and words[index - 1].joined and words[index - 1].low in PURPOSE_PARTICIPLES:
            return True  # 'designed to illicit answers': the purpose's infinitive
        return _infinitive_to(list(words), index)
    return _modal_is_verb(words, index)


def _modal_is_verb(words: Sequence[Word], index: int) -> bool:
    """The modal at ``index`` is a verb after its subject: not a noun ('the will', 'a must', 'free
    will'), not a question's or a wish's opening ('May peace be with you')."""
    if index == 0 or not words[index - 1].joined:
        return False
    left = words[index - 1].low
    if left in SUBJECTS or left in ("you", "it", "who", "which", "that"):
        return True
    tags = w.tags(left)
    return "NOUN" in tags and not tags & {"ADJ", "DET", "ADP"} and left not in w.DETERMINERS


NOUN_SLOT, INFLECTED_SLOT, VERB_SLOT, DEGREE_SLOT, PARTICLE_SLOT = 1, 2, 4, 8, 16
"""What a slot wants a word of the sets to be for it to be reported there (bits; see :func:`_slot_words`)."""
_ONE_SLOT_AFTER = (
    dict.fromkeys(NOUN_PHRASE_OPENERS, NOUN_SLOT)
    | dict.fromkeys(INFLECTED_SLOTS, INFLECTED_SLOT)
    | dict.fromkeys(SUBJECTS | MODAL_SLOTS | DO_NEGATIONS | {"you", "to"}, VERB_SLOT)
    | dict.fromkeys(DEGREE_ADVERBS | {"as"}, DEGREE_SLOT)
    | dict.fromkeys(ADVERBS_BETWEEN, VERB_SLOT)
    | dict.fromkeys(LINKING_VERBS, DEGREE_SLOT)
    | dict.fromkeys(DERIVED_NOUN_OPENERS, NOUN_SLOT)
)
NEEDS_AFTER = _ONE_SLOT_AFTER | {opener: _ONE_SLOT_AFTER.get(opener, 0) | PARTICLE_SLOT for opener in PARTICLE_OPENERS}
"""The slots a word opens for the next one (an article or a possessive opens a noun's and a
particle's: 'the from' is a slip for 'the form')."""
NEEDS_TWO_AFTER = dict.fromkeys(ADJECTIVE_OPENERS, NOUN_SLOT) | dict.fromkeys(
    QUESTION_OPENERS | VERB_OPENERS, VERB_SLOT
)
"""The slots a word opens for the word after next ('a new sate', 'Can you breath', 'he never intent')."""


@cache
def _slot_triggers() -> frozenset[str]:
    """:func:`_slot_words`'s words, as the one set the rule asks the word index for."""
    return frozenset(_slot_words())


@cache
def _slot_words() -> dict[str, int]:
    """The words of the sets that some slot rules out while a twin fits it, with the slots
    (:data:`NOUN_SLOT`, ...) where they are reported: a verb that is nothing else with a noun twin
    ('should', 'advise'; in -s or a past, 'responds', after articles and prepositions too), a noun or
    adjective with a verb twin ('beliefs', 'aide'), a word no degree adverb modifies with an
    adjective or adverb twin ('son', 'save'). The rule's trigger words (some 500), kept in the data
    cache: working them out takes 9 ms."""
    from lint._datacache import cached, package_fingerprint

    status = _ngrams.SETS_FILE.stat()
    fingerprint = f"{package_fingerprint('lemminflect')}:{status.st_size}:{status.st_mtime_ns}:{SLOT_WORDS_VERSION}"
    return dict(cached("grammar-slot-words", fingerprint, _find_slot_words))


SLOT_WORDS_VERSION = 6
"""Raised when :func:`_find_slot_words` changes, so that the cached table is built again."""


def _find_slot_words() -> dict[str, int]:
    found = {}
    for word, others in _ngrams.confusion_sets().items():
        if word in FUNCTION_WORDS or (word in w.AUXILIARIES and word != "should"):
            continue  # 'their was' is grammar.their-confusion's, not 'their way'; 'his will', 'my might'
        slots = 0
        if _verb_only(word) and any(w.tags(other) & {"NOUN", "ADJ"} for other in others):
            slots |= NOUN_SLOT | (INFLECTED_SLOT if _inflected_only(word) else 0)
        if _nominal_only(word) and any(w.verb_lemmas(other) for other in others):
            slots |= VERB_SLOT
        if _no_degree(word) and any(w.tags(other) & {"ADJ", "ADV"} for other in others):
            slots |= DEGREE_SLOT
        if _particle_only(word) and any("NOUN" in w.tags(other) for other in others):
            slots |= PARTICLE_SLOT
        if slots:
            found[word] = slots
    return found


class ConfusedWordClass(GrammarRule):
    id = "grammar.confused-word-class"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A word of the wrong class where its twin fits: 'over his should', 'she beliefs him', 'too son'."
    why = (
        "Some slots take one class of word: a noun after 'his' or 'their', a verb after 'she' or "
        "'will', an adjective or an adverb after 'too'. A word that cannot stand there, when a word "
        "of its confusion set can and is common there ('his shoulder', 'she believes', 'too soon'), "
        "is the slip of a finger or an ear. The correction is offered, never applied unseen."
    )
    bad: ClassVar[Sequence[str]] = (
        "He looked back over his should.",
        "She beliefs that the plan will work.",
        "It was all over too son.",
        "The staff will aide you with the forms.",
        "I thing we should leave now.",
        "It is not very save to walk here at night.",
        "Collectors began to horde the coins, and the fire could envelope the village.",
        "He has a very personnel style of writing.",
        "The survey was designed to illicit honest answers.",
        "Please fill in the from and sign it; this soup tastes batter with lemon.",
        "The road is very danger at night.",
        "We thanked the guides for their encourage, and the new intern is very ambition.",
    )
    good: ClassVar[Sequence[str]] = (
        "He looked back over his shoulder; she believes it.",
        "It was over too soon, and it is very safe here.",
        "I think we should leave; the staff will aid you.",
        "Phase I trials begin soon; we engineers like the idea.",
        "His will power is strong, and the very thing he wanted came.",
        "May peace be with you; the can opener broke.",
        "Let her advise you, and show you things.",
        "They tried to wine and dine the investors; he rose to severe criticism.",
        "It was this very room, and a very merry evening; the horde will the gates hold?",
        "Set the from and to dates in the from field; her looks faded, and the cake tastes better.",
        "The very danger we feared came, and the firm's very success hurt it.",
        "Only a few survive the winter; the plot is very science fiction, and their guides encourage us.",
    )
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """A rule written for one confusion knows its case better: when both report a word, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        slot_words = _slot_words()
        lows = doc.lows
        after, two_after = NEEDS_AFTER.get, NEEDS_TWO_AFTER.get
        candidates = [
            position
            for position in positions(doc, _slot_triggers())
            if position
            and slot_words[lows[position]]
            & (after(lows[position - 1], 0) | (two_after(lows[position - 2], 0) if position > 1 else 0))
        ]
        for words, index in each_place(doc, candidates):
            if index == 0 or not words[index - 1].joined:
                continue
            word = words[index]
            if word.text[:1].isupper() or (
                words[index - 1].text[:1].isupper()
                and words[index - 1].low != "i"
                and not words[index - 1].sentence_start
            ):
                continue  # a name or a title: 'The Should', 'Will Power'
            found = _slot_twin(words, index)
            if found is None or in_quotes(doc, word.start):
                continue
            twin, wanted = found
            fixed = match_case(twin, word.text)
            yield self.replace_word(
                word,
                fixed,
                f"After '{words[index - 1].text}', {wanted} is expected: did you mean '{fixed}'?",
                FixSafety.UNSAFE,
            )


RULES = [ConfusedWord, FunctionWordSlip, ConfusedWordClass]
