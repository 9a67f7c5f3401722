"""A preposition its head word does not take, decided from web counts ("interested on", "aimed on").

:mod:`.collocations` lists the pairs it knows; this rule needs no list. Across a trillion words of
web text (``wordsegment``'s unigram and bigram counts, :mod:`._ngrams`), a word that governs a
preposition shows it plainly: "interested in" is 68% of all "interested", "aimed at" 79%, "capable
of" 75%. When such a word stands before another preposition whose pair with it is not in the
counts at all (seen fewer than 100,000 times, so a few per cent of the right pair at most), that
preposition was most likely chosen in its place: "interested on", "aimed on", "reminiscent to".

A preposition that opens a phrase of its own after the head ("interested at the time", "arrived on
Monday", "depends, on the whole, on") is the risk, and most of the rule is about staying quiet:

* the head must be common, govern its preposition in a fifth of its uses or more, and the right
  pair must be common in itself (:data:`LEAST_PAIR`);
* a head whose commonest pair is with 'to' and that also takes a 'that' clause or other
  prepositions owes the 'to' to infinitives ("glad to see", "glad at the news"), and is skipped;
* an adjective or participle only where it is a predicate ("is aware", "very proud"): a modifier
  is seldom followed by its own preposition; a passive participle must govern more plainly
  (:data:`PARTICIPLE_SHARE`), and its 'with' or 'for' ("composed with care") or a place for a
  place ("focused at the centre") may open an adjunct, unless the participle lives as an adjective
  ("devoted for", "accustomed with" are reported);
* a verb only when it governs a preposition in half of its uses ("depend", "rely", "consist"), not
  before 'with' or 'for' (company and purpose: "travelled with", "cooperate for results"); before
  'of' or 'about', which open no phrase of place, time or company after a verb, in a fifth of its
  uses ("thrive of", "insist about"; not 'about' as 'roughly', nor after a verb of place that stands
  before 'around': "sits about the house");
* a verb, an object pronoun and 'of' or 'about' where the verb's passive participle governs another
  preposition and never takes the written one ("barred them of": 'barred from'; "accused her about");
* a noun (:data:`NOUN_SHARE`) before 'about', after 'the' or a possessive and in the singular
  ("the importance about", "their reliance about"; not "there is an urgency about her"); an abstract
  noun that governs plainly (:data:`NOUN_SLIP_SHARE`) before another preposition never seen after it
  ("put great emphasis at", "their reliance to imports"), not before a person;
* a verb whose 'to' is a preposition, not an infinitive's, before 'at' or 'of' (:func:`_to_verb`:
  "listened at the radio"), not before a place or a part of one ("listened at the door");
* the word after the preposition must open its noun phrase, must not favour the written
  preposition over the right one by the same counts ("afraid at night": 'at night' is common, 'of
  night' is not), nor open a time or manner adverbial ("in the previous five years", "at an
  early age"), nor be a name ("afraid for George");
* the head's own preposition must not stand a few words on or before a relative pronoun ("dependent
  for his income on rents", "on whom we are dependent for food");
* a few right pairs too rare for the counts are listed (:data:`RIGHT_PAIRS`: "afraid for her");
* a passive participle whose agent takes 'by' (:data:`BY_SHARE`) is a head before a 'from' never
  seen after it or its verb ("caused from the strike"), not a source's 'from' (:data:`SOURCE_FROM`);
  a participle of 'with' is a head before 'of' alone (:data:`CONTENTS_SHARE`: "coated of"); a rarer
  head that governs plainly (:data:`STRONG_SHARE`: "enshrined on") and an adjective of 'of' before
  'to' (:data:`OF_ADJECTIVE_SHARE`: "typical to") only as predicates;
* before an '-ing' verb the ratio decides: a pair at most :data:`GERUND_RATIO` as common as the
  head's own is a slip even when the counts hold it ("focused in helping").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, before_the, in_quotes, occurrences, places, positions
from .verb_patterns import _INFINITIVE_VERBS, _OBJECT_TO_VERBS, _TO_VERBS

if TYPE_CHECKING:
    from lint._document import Document

GOVERNED = ("of", "in", "on", "at", "to", "for", "with", "from", "about", "into")
"""The prepositions a head may govern (the candidates for the right one)."""

SLIPS = frozenset(("of", "in", "on", "at", "to", "for", "with", "from", "about"))
"""The prepositions that are written for one another. Not 'by' (the agent of a passive: "composed
by Bach"), not 'than' ("more different than"), not the spatial ones ("built under the bay")."""
JUDGED = frozenset(GOVERNED) | SLIPS
"""Every preposition the rule weighs: the shipped counts (``confusable-ngrams.tsv``) hold each
pair that opens with one of them, for :func:`context_favours_written`."""
_ONLY_GERUND = frozenset(("VBG",))
"""The tags of a word that is only an -ing form ('leaving', not 'meeting')."""

LEAST_HEAD = 1_000_000
"""A head seen fewer times says too little: a missing pair (under 100,000) could be a tenth of it."""

LEAST_PAIR = 300_000
"""The right pair must be seen three times as often as a missing pair can be (100,000). Raised to
600,000, two of twenty fresh slips were lost ('reliant of', 'allergic with') and no false finding
on clean prose, the drafts, EWT train, JFLEG and CWEB dev was saved; the few right pairs of the
heads it lets in are listed in :data:`RIGHT_PAIRS` ("adept in", "unhappy at")."""

OTHER_SHARE = 0.01
"""A head whose commonest pair is with 'to' may owe it to infinitives ("pleased to meet"); when
another preposition also takes this share of its uses, or the head also takes a 'that' clause
("glad that", "likely that"), the prepositions before its nouns are spread ("pleased with",
"glad at the news", "happy about") and it is left alone."""

ADJECTIVE_SHARE = 0.2
"""An adjective or participle governs its preposition when the pair is this share of its uses."""

PARTICIPLE_SHARE = 0.4
"""A participle's share is swollen by time and place ("founded in 1990", "born in"): it must govern
its preposition more plainly than an adjective."""

ADJECTIVAL_SHARE = 0.1
"""A participle whose verb's -ing form is at most this share of it lives as an adjective."""

NOUN_SHARE = 0.2
"""A noun governs its preposition when the pair is this share of its uses ("importance of", "emphasis
on"). A noun takes phrases of place, time, company and source freely ("the acceptance in the
village", "a tribute from the fans") and a genitive 'of' ("the reliance of firms on loans"): it is
judged only before 'about', which after a governing noun is its topic in the wrong preposition ("the
importance about sleep"). Its row in :data:`HEADS_FILE` lists 'about' alone as the slip, unless
:data:`NOUN_SLIP_SHARE` lets more in."""

NOUN_SLIP_SHARE = 0.3
NOUN_SLIPS = frozenset(("in", "on", "at", "to", "for", "with", "from"))
"""A noun whose likeliest preposition is not 'of' (nor 'to', which may be an infinitive's: "the
courage to") and takes this share of its uses ("emphasis on" 48%, "reliance on" 50%, "familiarity
with" 60%, "fascination with" 36%) is judged before a preposition of these the web never writes
after it ("the emphasis at grammar", "their reliance to imports"), after a determiner, a possessive
or an adjective, when the phrase after it is no place, time or person (:func:`_noun_judged`)."""

OF_ADJECTIVE_SHARE = 0.05
"""An adjective and nothing else whose likeliest preposition is 'of' in this share of its uses, below
:data:`ADJECTIVE_SHARE`, and never 'to' ("typical of", "conscious of", "ignorant of", "supportive
of") is judged before 'to' alone, as a predicate: a phrase of time, place or purpose after it takes
another preposition, and an infinitive's 'to' is no phrase start ("typical to see")."""

STRONG_SHARE = 0.6
LEAST_STRONG_PAIR = 100_000
"""A head seen fewer times than :data:`LEAST_HEAD` (down to :data:`LEAST_CONTENTS_HEAD`) is judged
when its likeliest preposition is this share of its uses and that pair is in the counts at all
(:func:`_strong`): "steeped in" 79%, "enshrined in" 70%, "bereft of" 61%; only as a predicate."""

LEAST_CONTENTS_HEAD = 150_000
CONTENTS_SHARE = 0.05
"""A passive participle whose likeliest preposition is 'with' (what fills, covers or equips: "coated
with", "blessed with", "fitted with", "crammed with", "infused with") and that is never followed by
'of' is a head for 'of' alone, the slip of French and Spanish 'de' ("coated of chocolate", "blessed
of good health"), when seen this often and the 'with' pair is this share of its uses: 'of' opens no
phrase of its own after a predicate participle (time, place and company take other prepositions),
so a looser hold than :data:`ADJECTIVE_SHARE` is enough."""

CLOTHING_SHARE = 0.1
"""A participle whose likeliest preposition is 'in' (what clothes, soaks or wraps: "clad in", "soaked
in", "shrouded in", "engulfed in") is judged before 'of' as one of 'with' (:data:`CONTENTS_SHARE`)
when 'in' is this share of its uses: "clad of snow", "soaked of rain" ('de')."""

BY_SHARE = 0.3
"""A passive participle that takes its agent with 'by' in this share of its uses or more ("caused by",
"inspired by", "surrounded by") is its own head, with 'by' its preposition: a 'from' or an 'of' never
seen after it (:data:`BY_SLIPS`) stands for the agent's 'by' ("caused from the strike", "inspired from
a true story", "surrounded of trees"). Not 'with', the means or the company ("surrounded with care");
not a participle whose 'by' is less plain ("financed from reserves", "commissioned from an artist": a
source). Such a 'from' opens no adjunct of its own: :data:`PARTICIPLE_SHARE` does not apply."""

BY_SLIPS = ("from", "of")
"""'of' for the agent's 'by' is the slip of French and Spanish 'de' ("surrounded of trees",
"characterised of"), unless the participle also takes 'with' (:data:`WITH_SHARE`): "provided of
towels" wants 'with'."""

WITH_SHARE = 0.05

SOURCE_FROM = frozenset(
    """accompanied administered compounded dictated edited fueled fuelled governed maintained moderated
    multiplied operated powered refined replaced seconded sorted staffed submitted supplemented
    supported""".split()
)
"""Participles of :data:`BY_SHARE` whose 'from' names a source, a base or a start, not the agent
("refined from crude oil", "seconded from the ministry", "accompanied from the airport", "operated
from a base", "supported from the ceiling", "powered from the mains", "governed from the capital",
"sorted from oldest to newest")."""

VERB_SHARE = 0.5
"""A verb takes adverbial phrases freely ("elected with 60%", "succeed on the first attempt"): only
one that governs its preposition this strongly is judged."""

_VERB_ADJUNCTS = frozenset(("with", "for"))
"""A verb's adjuncts of company, means and purpose ("travelled with", "cooperate for results")."""

_LEAST_HEAD_LOG = math.log(LEAST_HEAD)
_LEAST_PAIR_LOG = math.log(LEAST_PAIR)

CONTEXT_MARGIN = -1.5
"""The word after the preposition may favour the written preposition by at most this much (natural
log, about 4.5 times): 'at night' is common and 'of night' is not ("afraid at night")."""


def _build() -> dict[str, tuple[str, float, str, bool, bool]]:
    """Each common head → (its likeliest preposition, that pair's share of the head's uses, the
    slip prepositions missing after it, whether it is a participle used as an adjective, whether it
    is judged only as a predicate adjective or participle: :data:`STRONG_SHARE`, :data:`CONTENTS_SHARE`)."""
    wanted = frozenset((*GOVERNED, "that", "by"))

    def keep(key: str) -> bool:
        left, _, right = key.partition(" ")
        return left.isalpha() and left.isascii() and (not right or right in wanted)

    counts = _ngrams._web_counts(keep)
    table: dict[str, tuple[str, float, str, bool, bool]] = {}
    for word, count in counts.items():
        if " " in word or count < LEAST_CONTENTS_HEAD:
            continue
        parts = w.tags(word)
        if not parts & {"ADJ", "VERB", "NOUN"}:
            continue
        pairs = {p: counts.get(f"{word} {p}", 0) for p in GOVERNED}
        best = max(GOVERNED, key=pairs.__getitem__)
        share = pairs[best] / count
        agent = counts.get(f"{word} by", 0)
        if (
            word not in SOURCE_FROM
            and "VBN" in w.verb_tags(word)
            and agent > pairs[best]
            and agent >= BY_SHARE * count
            and agent >= LEAST_PAIR
            and count >= LEAST_HEAD
        ):
            missing = " ".join(
                p
                for p in BY_SLIPS
                if not pairs[p]
                and not _family_takes(word, p, counts)
                and not (p == "of" and pairs["with"] > WITH_SHARE * agent)
            )
            if missing:
                table[word] = ("by", round(agent / count, 3), missing, _adjectival(word, count, counts), False)
            continue
        contents = (
            (
                best == "with"
                or (best == "in" and share >= CLOTHING_SHARE and not _strong(word, parts, best, share, pairs))
            )
            and not pairs["of"]
            and share >= CONTENTS_SHARE
            and "VBN" in w.verb_tags(word)
        )
        if parts == {"ADJ"} and best == "of" and not pairs["to"] and share < ADJECTIVE_SHARE:
            if share >= OF_ADJECTIVE_SHARE and pairs[best] >= LEAST_PAIR:
                table[word] = (best, round(share, 3), "to", False, True)  # "typical to the region"
            continue
        if count < LEAST_HEAD or (contents and share < ADJECTIVE_SHARE):
            if contents:
                table[word] = (best, round(share, 3), "of", _adjectival(word, count, counts), True)
            elif _strong(word, parts, best, share, pairs):
                missing = _missing_slips(word, pairs)
                table[word] = (best, round(share, 3), missing, _adjectival(word, count, counts), True)
            continue
        if not parts & {"ADJ", "VERB"}:
            if best != "to" and share >= NOUN_SHARE and pairs[best] >= LEAST_PAIR:
                missing = " ".join(
                    p
                    for p in sorted(SLIPS)
                    if not pairs[p]
                    and (p == "about" or (p in NOUN_SLIPS and _abstract_head(word, best, share, pairs[best])))
                )  # a noun of 'of' is judged before 'about' alone: its 'of' is every noun's genitive
                if missing:
                    table[word] = (best, round(share, 3), missing, False, False)
            continue
        missing = _missing_slips(word, pairs)
        if best == "to" and (
            f"{word} that" in counts or any(pairs[p] >= OTHER_SHARE * count for p in GOVERNED if p != "to")
        ):
            continue  # an infinitive's 'to' ("glad to see", "glad that"): its nouns take others ("glad at", "of")
        if missing and share >= ADJECTIVE_SHARE and pairs[best] >= LEAST_PAIR:
            table[word] = (best, round(share, 3), missing, _adjectival(word, count, counts), False)
    return table


ACCEPTED_PAIRS = frozenset((("contained", "to"),))
"""Pairs the counts miss (below their cut-off) that are standard usage: "the outbreak had been contained to
three farms" (limited to)."""


def _missing_slips(word: str, pairs: dict[str, int]) -> str:
    """The slip prepositions the counts never show after ``word``, less :data:`ACCEPTED_PAIRS`."""
    return " ".join(p for p in sorted(SLIPS) if not pairs[p] and (word, p) not in ACCEPTED_PAIRS)


def _abstract_head(word: str, best: str, share: float, right: int) -> bool:
    """Whether a noun is judged before the prepositions of :data:`NOUN_SLIPS`: it governs plainly
    (:data:`NOUN_SLIP_SHARE`), not with 'of' or 'to', its right pair is common enough that a missing
    one is at most a tenth of it (:data:`NOUN_SLIP_PAIR`: not "fascination for" beside 429,000
    "fascination with"), and it is abstract by its ending
    (:data:`ABSTRACT_ENDINGS`): a thing or a body takes a place after it ("the blueprint on the desk",
    "a subcommittee in the Senate", "the torso in the photo"), a quality or a stance does not."""
    return (
        share >= NOUN_SLIP_SHARE
        and right >= NOUN_SLIP_PAIR
        and best not in ("of", "to")
        and word.endswith(ABSTRACT_ENDINGS)
    )


NOUN_SLIP_PAIR = 1_000_000


ABSTRACT_ENDINGS = ("ance", "ence", "ancy", "ency", "ity", "ion", "ment", "ness", "ship", "sis", "ism")
"""Endings of abstract nouns (reliance, familiarity, fascination, emphasis)."""


def _strong(word: str, parts: frozenset[str], best: str, share: float, pairs: dict[str, int]) -> bool:
    """Whether a head too rare for :data:`LEAST_HEAD` governs so plainly (:data:`STRONG_SHARE`) that
    a preposition never seen after it is a slip ("steeped on", "enshrined on", "bereft from"): an
    adjective or a past participle, its right pair seen at least :data:`LEAST_STRONG_PAIR` times; not
    'to' (an infinitive's)."""
    return (
        best != "to"
        and share >= STRONG_SHARE
        and pairs[best] >= LEAST_STRONG_PAIR
        and ("ADJ" in parts or "VBN" in w.verb_tags(word))
    )


def _family_takes(word: str, preposition: str, counts: dict[str, int]) -> bool:
    """Whether another form of the participle's verb is seen before ``preposition``: the verb takes it
    of its own ("follows from", "hosting from"), so the participle may too."""
    return any(
        f"{form} {preposition}" in counts
        for lemma in w.verb_lemmas(word)
        for tag in ("VB", "VBZ", "VBG")
        if (form := w.verb_form(lemma, tag)) is not None and (tag == "VBG" or "NOUN" not in w.tags(form))
    )  # not a form that is also a noun ("the cause of", "evidence from")


def _adjectival(word: str, count: int, counts: dict[str, int]) -> bool:
    """Whether a participle lives as an adjective: its verb's -ing form is rare beside it
    ("devoted", "entitled", "accustomed"; not "composed", "written"), so a 'with' or 'for' after
    it is no adjunct of a passive ("composed with care", "written for children")."""
    for lemma in w.verb_lemmas(word):
        ing = w.verb_form(lemma, "VBG")
        if ing is not None and ing != word:
            return counts.get(ing, 0) <= ADJECTIVAL_SHARE * count
    return False


@cache
def heads() -> dict[str, tuple[str, float, frozenset[str], bool, bool]]:
    """The heads of :data:`HEADS_FILE` (about 1,000 lines, read once per process)."""
    found: dict[str, tuple[str, float, frozenset[str], bool, bool]] = {}
    for line in HEADS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, best, share, missing, adjectival, predicate = line.split("\t")
            found[word] = (best, float(share), frozenset(missing.split()), adjectival == "1", predicate == "1")
    return found


HEADS_FILE = Path(__file__).with_name("preposition-heads.tsv")
"""The heads, derived from ``wordsegment``'s counts (Apache-2.0) and lemminflect's word classes by
``python -m rules.grammar.build_prepositions``: a first run reads 1,000 lines instead of 600,000 (about 0.6 s)."""

_HEADER = (
    "# Heads that govern a preposition, for grammar.unusual-preposition: word, likeliest preposition, its\n"
    "# share of the word's uses, the slip prepositions never seen after it (a noun: 'about' alone, the one\n"
    "# it is judged before), participle used as adjective, judged only as a predicate.\n"
    "# From the wordsegment package's counts (Apache-2.0). Rebuild: python -m rules.grammar.build_prepositions\n"
)


def table_text() -> str:
    """The contents of :data:`HEADS_FILE` as :func:`_build` makes them from the counts."""
    rows = _build()
    return _HEADER + "".join(
        f"{word}\t{best}\t{share}\t{missing}\t{int(adjectival)}\t{int(predicate)}\n"
        for word, (best, share, missing, adjectival, predicate) in sorted(rows.items())
    )


TRANSITIVE_FILE = Path(__file__).with_name("transitive-verbs.txt")
"""Verb forms that take their object directly and are never followed by 'about' in the web counts
("discusses", "examined", "emphasizing"), for grammar.wrong-preposition ('discussed about the
plan'). Built by ``python -m rules.grammar.build_prepositions`` from the same counts."""

OBJECT_SHARE = 0.1
"""A verb form takes its object directly when 'the', 'a', 'his' or 'their' follows it in this share
of its uses or more."""

NOT_TRANSITIVE = frozenset(
    """became become becomes becoming beat beating bore ran roam drove rode blew blowing shaking shook
    dragging push pushed pushes pushing pull pulled pulling pulls throwing threw rocked turning spread
    spreading lifted carry carries carrying chasing navigating surfing browsing leave leaves leaving put
    puts putting gave give given gives giving gets getting gotten keep keeps keeping having holding
    holds find finds finding means saw see seeing sees called ordered inform informing informs notify
    notifying remembers remembering recall recalling hears telling explain explaining explains
    questioning laying concerning regarding preceding surrounding while near till played playing plays
    debating studying makes""".split()
)
"""Forms the counts would list that take 'about' as an adverb or in a set phrase ("beating about
the bush", "ran about the house", "see about dinner", "it became about money", "playing about
with"), or whose 'about' is accepted usage ("explain about", "hears about", "called about the job",
"informed about")."""


def transitive_text() -> str:
    """The contents of :data:`TRANSITIVE_FILE` as the counts give them."""
    counts = _ngrams._web_counts(lambda key: key.isascii() and key.replace(" ", "", 1).isalpha())
    found = []
    for word, count in counts.items():
        if " " in word or count < LEAST_HEAD or word in NOT_TRANSITIVE or not w.verb_tags(word):
            continue
        objects = sum(counts.get(f"{word} {opener}", 0) for opener in ("the", "a", "his", "their"))
        if objects >= OBJECT_SHARE * count and f"{word} about" not in counts:
            found.append(word)
    return (
        "# Verb forms that take their object directly, never followed by 'about' in the wordsegment\n"
        "# package's counts (Apache-2.0). Rebuild: python -m rules.grammar.build_prepositions\n"
        + "".join(f"{word}\n" for word in sorted(found))
    )


@cache
def _head_words() -> frozenset[str]:
    return frozenset(heads())


_PREDICATE_BEFORE = frozenset(
    """is are was were be been being am 's 're 'm isn't aren't wasn't weren't become becomes became
    becoming seem seems seemed feel feels felt look looks looked remain remains remained stay stays
    stayed get gets got getting very so too quite really extremely not more less most rather pretty
    fairly highly deeply particularly especially also always never still just equally as""".split()
)
"""Words after which an adjective is a predicate ("is proud", "very proud"), not a modifier."""

_QUESTION_BE = frozenset("is are was were isn't aren't wasn't weren't".split())


def _predicate_position(words: list[Word], tags: list[str], index: int, previous: str) -> bool:
    """Whether the adjective or participle at ``index`` is a predicate: after a word of
    :data:`_PREDICATE_BEFORE` or an adverb ("is proud", "very proud", "deeply rooted"), or after the
    subject of a question that opens with a form of 'be' ("Are you interested on …?", "Is the
    author conscious to …?": a pronoun, or a noun after at most one determiner)."""
    if previous in _PREDICATE_BEFORE or (previous and tags[index - 1] == "RB"):
        return True
    if not previous or words[0].low not in _QUESTION_BE or not words[0].sentence_start:
        return False
    if index == 2:
        return tags[1] in ("PRP", "NN", "NNS", "NNP")
    return index == 3 and tags[1] in ("DT", "PRP$") and tags[2] in ("NN", "NNS")


_SEEMING = frozenset("seem seems seemed look looks looked sound sounds sounded appear appears appeared".split())
"""Verbs after which an adjective may take 'to' and the person it seems so to ("looks worried to me")."""

_ADVERBIAL_NOUNS = w.TIME_NOUNS | frozenset(
    """age ages stage point end beginning start outset get-go first last least generations present past
    future meantime while once all general particular part fact short total turn addition practice theory
    principle average whole case cases sense way ways respect respects terms spite order view light side sides purpose
    purposes sake behalf necessity accord volition basis manner fashion distance level levels fault birth death
    direction directions detail details""".split()
)
"""Nouns of an adverbial that may follow a head ("interested at the time", "proud in a way", "inherited
at birth", "inclined in the same direction", "agree in every detail")."""

_OPENERS = w.DETERMINERS | frozenset(("early", "late", "first", "last", "same", "other", "such"))


_RESPECTS = frozenset(
    """size shape colour color nature tone quality appearance character scope scale number value form
    length height width weight style design content structure function outlook temperament spirit
    principle""".split()
)
"""Nouns of the respect an adjective holds in ("similar in size", "characteristic in colour")."""


def _respect(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether the phrase from ``at`` (after 'in') is a bare noun of :data:`_RESPECTS`, maybe after
    adjectives ("in colour", "in overall shape"): the respect, not the head's object."""
    for i in range(at, min(at + 3, len(words))):
        if words[i].low in _RESPECTS:
            return True
        if tags[i] not in ("JJ", "RB") or not words[i].joined:
            return False
    return False


_SETTINGS = frozenset(
    """meeting meetings office offices library conference conferences party parties station airport
    hospital clinic school church hotel restaurant cafe café museum gallery concert wedding funeral
    ceremony festival fair market shop store supermarket park beach garden kitchen desk counter gym
    studio lab laboratory factory plant warehouse camp club bar pub theatre theater cinema stadium
    interview hearing trial rehearsal dinner lunch breakfast reception event events match game
    workshop seminar class lecture session summit border harbour harbor port""".split()
)
"""Places and gatherings: after 'at' or 'in' (and a determiner or adjectives) they tell where, an
adjunct of the sentence, not the head's object ("she was tired at the meeting", "we are focusing at
the office today", "the students cope in the library"), or a part of one ("listened at the door",
"at the back of the hall", "belongs at the top of the list")."""


_PARTS = frozenset(
    """door doors doorway keyhole window windows gate gates entrance back front rear top bottom foot edge
    corner centre center post posts""".split()
)
"""Parts of a place, where someone is or stands: whatever follows them ("at the back of the hall",
"at the door for a while")."""


_BARE_SETTINGS = frozenset("home school work church college university sea court camp table".split())
"""Places named bare after 'at' or 'in' ("listened at school", "cope in school")."""


def _setting(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether the phrase from ``at`` (just after 'at' or 'in') is a place or a gathering of
    :data:`_SETTINGS` after at least one determiner and at most two more modifiers ("at the
    meeting", "in the old library"), or of :data:`_BARE_SETTINGS` ("at school"); another bare noun
    ("interested at art") is left to the counts."""
    if words[at].low in _BARE_SETTINGS:
        return True
    if words[at].low not in w.DETERMINERS:
        return False
    for i in range(at + 1, min(at + 4, len(words))):
        if not words[i - 1].joined:
            return False
        if words[i].low in _PARTS:
            return True
        if words[i].low in _SETTINGS:
            return i + 1 >= len(words) or words[i + 1].low not in ("of", "for", "that", "which", "who")
        if tags[i] not in _MODIFIER_TAGS:
            return False
    return False


def _adverbial(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether the phrase from ``at`` (just after the preposition) is a time or manner adverbial:
    its first noun, past determiners, numbers and adjectives, is one of :data:`_ADVERBIAL_NOUNS`
    ("in the previous five years", "at an early age", "in modern times")."""
    for i in range(at, min(at + 5, len(words))):
        low = words[i].low
        if low[:1].isdigit() or low in _ADVERBIAL_NOUNS:
            return True
        if not (low in _OPENERS or tags[i] in _MODIFIER_TAGS) or not words[i].joined:
            return False
    return False


def _elsewhere(words: list[Word], index: int, preposition: str, tags: list[str] | None = None) -> bool:
    """Whether the head at ``index`` has its own preposition a few words on, or before a relative
    pronoun a few words back: the written one opened a phrase of its own ("dependent for his
    income on rents", "aimed on purpose at children", "on whom we are dependent for food"). Given
    the sentence's ``tags``, a later 'in', 'at' or 'on' that opens a time adverbial is not the head's
    ("arrived to the conference centre late in the evening")."""
    for i in range(index + 3, min(index + 3 + LATER, len(words))):
        if words[i].low == preposition and not (tags is not None and _opens_time(words, tags, i)):
            return True
        if not words[i - 1].joined:
            break
    for i in range(max(index - LATER, 0), index - 1):
        if words[i].low == preposition and words[i + 1].low in ("whom", "which", "what"):
            return True
    return False


def _adjunct_after_participle(written: str, best: str, share: float) -> bool:
    """Whether the preposition after a passive participle (not one that lives as an adjective) may
    open an adjunct: any when the participle governs weakly ("founded in 1990" swells 'in'), 'with'
    and 'for' always ("composed with care", "written for children"), and a place for a place unless
    the participle governs overwhelmingly ("focused at the centre"; "aimed on" is still reported)."""
    if share < PARTICIPLE_SHARE or written in _VERB_ADJUNCTS:
        return True
    return written in _PLACES and best in _PLACES and share < PLACE_SHARE


_PLACES = frozenset(("in", "on", "at"))
PLACE_SHARE = 0.7
_PASSIVE_BEFORE = frozenset("is are was were be been being get gets got gotten getting".split())
"""Words before a passive participle: a verb counted by its active uses ('refused to go', 'tempted to
say') has lent its 'to' to the infinitive, which the passive does not keep ("was refused from the
server", "were tempted from their homes")."""

_TIME_PREPOSITIONS = frozenset(("in", "at", "on"))


def _opens_time(words: list[Word], tags: list[str], at: int) -> bool:
    """'in', 'at' or 'on' at ``at`` opens a time adverbial ('in the evening')."""
    return (
        words[at].low in _TIME_PREPOSITIONS
        and at + 1 < len(words)
        and words[at].joined
        and _adverbial(words, tags, at + 1)
    )


LATER = 5
"""How far on the head's own preposition is looked for."""

_MODIFIER_TAGS = frozenset("DT PDT PRP$ CD JJ JJR JJS RB".split())


def context_favours_written(written: str, right: str, following: str) -> bool:
    """Whether the word after the preposition stands after the written one more readily than after
    the right one ("afraid at night": 'at night' common, 'of night' rare). Read from the shipped
    counts, which hold every pair seen 100,000 times that opens with a judged preposition: the
    same answers as the whole web table, without building it on a machine's first run (0.7 s)."""
    mine = _ngrams.pair_count(written, following)
    theirs = _ngrams.pair_count(right, following)
    if mine is None:
        return False
    base_mine, base_theirs = _ngrams.word_count(written), _ngrams.word_count(right)
    if base_mine is None or base_theirs is None:
        return False
    theirs_value = _ngrams.CUT_OFF if theirs is None else theirs
    return (theirs_value - base_theirs) - (mine - base_mine) < CONTEXT_MARGIN


def _clause_later(words: list[Word], index: int, at: int, best: str) -> bool:
    """Whether a 'that' a few words after ``at`` opens the clause the head at ``index`` takes ("aware
    at the meeting that costs had risen"): the preposition's phrase is an adjunct before it. Only a
    head that takes a clause at least a quarter as often as its preposition (:data:`CLAUSE_MARGIN`):
    after others the 'that' is a relative ("interested on the topics that matter")."""
    for i in range(at, min(at + LATER, len(words))):
        if not words[i - 1].joined:
            return False
        if words[i].low == "that":
            clause = _ngrams.web_pair_count(words[index].low, "that")
            right = _ngrams.web_pair_count(words[index].low, best)
            return clause is not None and (right is None or clause - right >= CLAUSE_MARGIN)
    return False


CLAUSE_MARGIN = math.log(0.25)


def _person_after(words: list[Word], at: int) -> bool:
    """Whether the phrase from ``at`` names a person: a pronoun, or a person noun after at most two
    determiners and adjectives ("to me", "to the guards", "to most young voters")."""
    if words[at].low in w.OBJECT_PRONOUNS:
        return True
    for i in range(at, min(at + 3, len(words))):
        if words[i].low in w.PERSON_NOUNS:
            return True
        if not words[i].joined:
            break
    return False


_ARTICLES = frozenset(("the", "a", "an"))


def _adjective_context(doc: Document, words: list[Word], at: int, written: str, right: str) -> bool:
    """Whether the word at ``at``, which favours the written preposition, is an adjective (by the
    tagger) or an article (not after 'in', 'on' or 'at', whose 'the' opens a time or an event) before a
    noun that does not: neither says much of the preposition before it
    ("subjected with long interrogations": 'with long' is common beside 'to long', 'with
    interrogations' is not)."""
    low = words[at].low
    article = low in _ARTICLES and written not in _PLACES  # "aware at the meeting": an event's 'at the'
    if at + 1 >= len(words) or not words[at].joined or not ("ADJ" in w.tags(low) or article):
        return False
    tags = sentence_tags(doc, words)
    if tags[at] not in ("JJ", "JJR", "DT") or tags[at + 1] not in ("NN", "NNS"):
        return False
    return not context_favours_written(written, right, words[at + 1].low)


class UnusualPreposition(GrammarRule):
    id = "grammar.unusual-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A preposition the word before it does not take, by web counts: 'interested on', 'aimed on'."
    why = (
        "Adjectives and verbs choose their preposition: 'interested in', 'aimed at', 'composed of', "
        "'rely on'. Across a trillion words of web text such a word stands before its own preposition "
        "in a large share of its uses and before the written one almost never; the rule reports only "
        "then, and only where the preposition does not open a phrase of its own ('at the time', "
        "'on Monday'). A predicate participle in '-ed' that governs more loosely ('experienced', "
        "'skilled') is read only before an '-ing' verb, which no phrase of its own opens with a "
        "preposition the web never writes after that word ('experienced on servicing boilers'); not "
        "'from' ('sure, from reading the reviews, …'). Some pairs are regional or newer usage: the "
        "suggestion is never applied unseen. A verb that governs more loosely is read before 'of' and "
        "'about', which open no phrase of their own after it ('thrive of', 'insist about'), and after "
        "an object pronoun by its passive participle ('barred them of': 'barred from'); a noun only "
        "before 'about' after 'the' or a possessive ('the importance about')."
    )
    bad = (
        "She has always been interested on modern art.",
        "The new campaign is aimed on young voters.",
        "The fee was deducted of my salary.",
        "Their results are consistent to the earlier model.",
        "He was accustomed with hard work.",
        "The whole plan depends from the vote in June.",
        "Most readers were unaware about the change.",
        "Our new fitter is very experienced on servicing boilers.",
        "The editors insisted about a written apology.",
        "The board barred them of the meeting.",
        "Nobody questions the accuracy about the census.",
        "Several investors are interested on buying the shipyard.",
    )
    good = (
        "Items are retrieved on a daily basis.",
        "She has always been interested in modern art.",
        "She became interested at an early age in painting.",
        "The campaign, aimed at young voters, starts on Monday.",
        "He was afraid at night and proud in a way.",
        "He is dependent for his income on rents; the letter was composed with care.",
        "The symphony was composed by Bach for the king.",
        "He had been accustomed in the previous five years to long hours.",
        "Those who were present were glad at the news, and afraid for their jobs.",
        "List the topics a page is tagged to in bulk.",
        "It is consistent with the model.",
        "The request was refused from the start, and the login is being refused from the client.",
        "She is experienced in servicing boilers; I am sure, from reading the reviews, it is good.",
        "The clips ran at varying frame rates; the staff were experienced, on arriving, in first aid.",
        "The pair stayed about a week; the boys sit about the yard; views differ about the route.",
        "She reminded them of the rule, invited them of course and placed them about the hall.",
        "There is an urgency about the case; the department has about forty staff.",
        "He dealt about forty cards before anyone noticed.",
        "The celebration about midnight woke the street, and the rescue about dawn made the news.",
        "She was aware on waking that it had snowed, and he was shocked on hearing the news.",
        "The department said the outbreak had been contained to three farms.",
    )
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """The list of grammar.wrong-preposition knows its pairs better (its fixes may be safe, its
    messages name every right preposition): when both report a pair, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = heads()
        lows = doc.lows
        last = len(lows) - 1
        found = [
            position
            for position in positions(doc, _head_words())
            if position < last
            and (
                lows[position + 1] in table[lows[position]][2]
                or (
                    lows[position + 1] in DEGREE_ADVERBS
                    and position + 1 < last
                    and lows[position + 2] in table[lows[position]][2]
                )
            )
        ]
        reported = set()
        for words, index in places(doc, found):
            gap = int(words[index + 1].low in DEGREE_ADVERBS) if index + 1 < len(words) else 0
            finding = self._judge(doc, words, index, table[words[index].low], gap)
            if finding is not None:
                reported.add(finding.start)
                yield finding
        slips = positions(doc, SLIPS)
        after_object = [
            position - 2
            for position in slips
            if 1 < position < last
            and lows[position] in _OBJECT_SLIPS
            and lows[position - 1] in _OBJECT_PRONOUNS
            and _participle_entry(lows[position - 2], lows[position]) is not None
        ]
        for words, index in places(doc, after_object):
            finding = self._judge_after_object(doc, words, index)
            if finding is not None:
                yield finding
        # the prepositions before a word that is only an -ing form, for the two checks below (a look-up
        # each, once: most prepositions stop here)
        gerund_after = [p for p in slips if 0 < p < last and w.verb_tags(lows[p + 1]) == _ONLY_GERUND]
        before_gerund = [
            position - 1
            for position in gerund_after
            if lows[position - 1] not in table
            and lows[position] != "from"
            and w.tags(lows[position - 1]) & {"ADJ", "VERB"}
        ]
        for words, index in places(doc, before_gerund):
            finding = self._judge_before_gerund(doc, words, index)
            if finding is not None:
                reported.add(finding.start)
                yield finding
        rare_before_gerund = [
            position - 1
            for position in gerund_after
            if lows[position] in _GERUND_SLIPS and w.tags(lows[position - 1]) & {"ADJ", "VERB"}
        ]
        for words, index in places(doc, rare_before_gerund):
            finding = self._judge_rare_before_gerund(doc, words, index)
            if finding is not None and finding.start not in reported:
                yield finding

    def _judge_after_object(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Prevented them of leaving', 'accused him about the theft': an active verb, an object
        pronoun and 'of' or 'about', where the verb's passive participle governs another preposition
        (:func:`_participle_entry`: "prevented from", "accused of") and is never followed by the written
        one. The object's preposition is the participle's: "they were prevented from leaving"."""
        verb, pronoun = words[index], words[index + 1]
        if index + 3 >= len(words) or verb.text != verb.low or pronoun.text != pronoun.low:
            return None
        preposition, following = words[index + 2], words[index + 3]
        if not (verb.joined and pronoun.joined and preposition.joined) or preposition.text != preposition.low:
            return None
        entry = _participle_entry(verb.low, preposition.low)
        if entry is None:
            return None
        participle, best = entry
        if context_favours_written(preposition.low, best, following.low) or _elsewhere(words, index + 1, best):
            return None  # "cost them of course", "prevented them, of all people, from voting"
        tags = sentence_tags(doc, words)
        if tags[index] not in _ACTIVE_TAGS or tags[index + 1] != "PRP" or tags[index + 3] not in _PHRASE_STARTS:
            return None
        if _adverbial(words, tags, index + 3) or (preposition.low == "about" and _approximate(words, tags, index + 3)):
            return None
        if in_quotes(doc, verb.start) or doc.is_protected(verb.start, preposition.end):
            return None
        suggestion = f"{verb.text} {pronoun.text} {best}"
        message = (
            f"After its object '{verb.text}' takes '{best}' (as in '{participle} {best}'), "
            f"not '{preposition.text}': '{suggestion}'."
        )
        return self.finding(verb.start, preposition.end, message, suggestions=(suggestion,), fix=FixSafety.UNSAFE)

    def _judge_rare_before_gerund(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Focused in helping', 'succeeded at persuading', 'interested of learning', 'interested on
        buying': a head that governs a preposition in :data:`ADJECTIVE_SHARE` of its uses or more,
        before 'in', 'at', 'of' or 'on' (:data:`_GERUND_SLIPS`; 'on' not before a gerund of
        :data:`_ON_TIME_GERUNDS`, "aware on waking") whose pair with it the web writes at most :data:`GERUND_RATIO`
        as often as the right one (or never), and an '-ing' verb (not also an adjective: "at varying
        rates"). No phrase of place opens with an '-ing' verb, and of time only 'on' with a few, so
        the preposition can only be the head's own, chosen wrongly; not 'for' (a reason: "jailed for
        stealing"), 'with', 'from' or 'to'. A verb or a predicate adjective or participle."""
        slot = _gerund_slot(words, index)
        if slot is None:
            return None
        head, preposition, gerund = slot
        if (head.low, preposition.low) in RIGHT_PAIRS or "ADJ" in w.tags(gerund.low):
            return None
        if gerund.low == "doing" and index + 3 < len(words) and words[index + 3].low in _DOING_SO:
            return None  # "in doing so": an adverbial of its own
        if preposition.low == "on" and gerund.low in _ON_TIME_GERUNDS:
            return None  # "aware on waking": 'on' is 'upon', a time
        best = _rare_before_gerund(head.low, preposition.low)
        if best is None or _elsewhere(words, index, best):
            return None
        tags = sentence_tags(doc, words)
        if tags[index + 2] != "VBG":
            return None
        if index + 3 < len(words) and (tags[index + 3] == "NN" or words[index + 3].low in _ADVERBIAL_NOUNS):
            return None  # "involved at planning stage": the '-ing' word modifies a noun
        tag = tags[index]
        previous = words[index - 1].low if index and words[index - 1].joined else ""
        if tag in ("JJ", "VBN"):
            if not _predicate_position(words, tags, index, previous):
                return None
            if tag == "JJ" and preposition.low == "in" and _ngrams.web_pair_count(head.low, "in") is not None:
                return None  # "consistent in applying the rule": the respect in which, after an adjective
        elif tag not in ("VB", "VBD", "VBP", "VBZ", "VBG"):
            return None
        if in_quotes(doc, head.start) or doc.is_protected(head.start, preposition.end):
            return None
        return self._usual(head, preposition, best, head.text)

    def _judge_before_gerund(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Experienced on repairing engines', 'skilled on drawing': an adjective or participle, a
        predicate, that governs its preposition too loosely for :data:`ADJECTIVE_SHARE`
        ("experienced" mostly stands alone), before a preposition the web never writes after it
        and an '-ing' verb (not also an adjective: "at varying rates"), which only the head's own
        preposition can introduce. The right pair must be common (:data:`LEAST_PAIR`). Not 'from',
        whose '-ing' phrase may give the grounds ("sure, from reading the reviews, that …")."""
        slot = _gerund_slot(words, index)
        if slot is None:
            return None
        head, preposition, gerund = slot
        if (head.low, preposition.low) in RIGHT_PAIRS or _ngrams.web_pair_count(head.low, preposition.low) is not None:
            return None
        head_count = _ngrams.web_word_count(head.low)
        if head_count is None or head_count < _LEAST_HEAD_LOG:
            return None
        counts = {p: _ngrams.web_pair_count(head.low, p) for p in GOVERNED}
        best = max(GOVERNED, key=lambda p: counts[p] or 0.0)
        best_count = counts[best]
        if best_count is None or best_count < _LEAST_PAIR_LOG or best == "to" or best == preposition.low:
            return None
        if _elsewhere(words, index, best):
            return None
        tags = sentence_tags(doc, words)
        if tags[index + 2] != "VBG":
            return None
        previous = words[index - 1].low if index and words[index - 1].joined else ""
        if not head.low.endswith("ed"):
            return None  # a plain adjective ("poor at keeping secrets"): the pair table may lack a right pair
        if tags[index] not in ("JJ", "VBN") or "ADJ" in w.tags(gerund.low):
            return None  # a verb takes adjuncts freely ("ran at varying rates", "stay from reading the reviews")
        if not _predicate_position(words, tags, index, previous):
            return None
        if in_quotes(doc, head.start) or doc.is_protected(head.start, preposition.end):
            return None
        return self._usual(head, preposition, best, head.text)

    def _judge(
        self,
        doc: Document,
        words: list[Word],
        index: int,
        entry: tuple[str, float, frozenset[str], bool, bool],
        gap: int = 0,
    ) -> Finding | None:
        """The head at ``index``, its preposition after ``gap`` words (0, or 1 for an adverb of
        :data:`DEGREE_ADVERBS`: "aimed mainly on")."""
        head = words[index]
        best, share, _missing, adjectival, predicate = entry
        if not head.joined or index + 2 + gap >= len(words) or (head.text[:1].isupper() and not head.sentence_start):
            return None
        if gap and not (words[index + 1].joined and words[index + 2].low in _missing):
            return None
        preposition, following = words[index + 1 + gap], words[index + 2 + gap]
        if preposition.text != preposition.low or not preposition.joined or following.text[:1].isupper():
            return None  # "afraid for George": a name says nothing of common usage
        previous = words[index - 1].low if index and words[index - 1].joined else ""
        if (head.low, preposition.low) in RIGHT_PAIRS or (preposition.low == "of" and _ranked(words, index)):
            return None  # "afraid for her", "the most unlikely of places", "the more able of the twins"
        if _elsewhere(words, index, best) or _clause_later(words, index, index + 2 + gap, best):
            return None
        after = index + 2 + gap
        if context_favours_written(preposition.low, best, following.low) and not _adjective_context(
            doc, words, after, preposition.low, best
        ):
            return None
        tags = sentence_tags(doc, words)
        if _adverbial(words, tags, after) or (preposition.low == "about" and _approximate(words, tags, after)):
            return None  # "dealt about forty cards": 'about' as 'roughly' belongs to the number, not the head
        if predicate and preposition.low == "of" and following.low in w.OBJECT_PRONOUNS:
            return None  # "it was recorded of him that …", "what was demanded of them": said or asked of a person
        if preposition.low == "in" and _respect(words, tags, after):
            return None  # "characteristic in colour and shape": the respect in which
        if preposition.low in ("at", "in") and _setting(words, tags, after):
            return None  # "she was tired at the meeting": where, not the head's object
        if preposition.low in ("on", "upon") and tags[index + 2 + gap] == "VBG":
            return None  # "aware on waking that …": 'on' and an '-ing' form tell when
        if preposition.low == "to" and (
            (previous in _SEEMING and (predicate or following.low in w.OBJECT_PRONOUNS))
            or (predicate and _person_after(words, after))
        ):
            return None  # "he does not look worried to me", "suspicious to the guards": whom it seems so to
        if tags[index + 2 + gap] not in _PHRASE_STARTS:
            return None  # "tagged to in bulk": the preposition ends a relative clause
        tag = tags[index]
        if predicate and (
            tag not in ("JJ", "VBN") or (tag == "VBN" and not adjectival and preposition.low not in ("of", "about"))
        ):
            return None  # a rarer head is read only as a predicate ("is steeped on"; not "shopped in town"),
            # a passive participle only before 'of' or 'about', which open no adjunct ("gleaned on the trip")
        if tag == "NN":
            if gap or not _noun_judged(preposition.low, share, previous, words, tags, index + 2 + gap, best):
                return None
        elif tag in ("JJ", "VBN"):
            if not _predicate_position(words, tags, index, previous):
                return None
            if tag == "JJ" and best == "of" and _mostly_noun(head.low):
                return None  # "very kind about the window": 'kind of' is the noun's, not the adjective's
            if (
                tag == "VBN"
                and not adjectival
                and best != "by"
                and _adjunct_after_participle(preposition.low, best, share)
                and preposition.low != "of"
            ):
                return None  # "composed with care"; not 'of', which opens no adjunct ("was based of")
            if tag == "VBN" and not adjectival and best == "to" and previous in _PASSIVE_BEFORE:
                return None  # "the connection was refused from the client": the verb's 'to' is its infinitive's
            if best == "by" and _range_after(words, index + 2 + gap):
                return None  # "sorted from oldest to newest": 'from' opens a range, not the agent
        elif (
            not tag.startswith("VB")
            or best == "by"
            or (best == "to" and not _to_verb(head.low, preposition.low, share))
            or preposition.low in _VERB_ADJUNCTS
            or (share < VERB_SHARE and not _no_adjunct(preposition.low, best, share, words, tags, index + 2 + gap))
        ):
            return None
        if doc.is_protected(head.start, preposition.end):
            return None
        return self._usual(head, preposition, best, doc.text[head.start : words[index + gap].end])

    def _usual(self, head: Word, preposition: Word, best: str, written: str) -> Finding:
        """The finding for every head: ``written`` (the head, with an adverb between: "aimed mainly")
        usually takes ``best``, not the preposition written."""
        suggestion = f"{written} {best}"
        message = f"'{head.text}' usually takes '{best}', not '{preposition.text}': '{suggestion}'."
        return self.finding(head.start, preposition.end, message, suggestions=(suggestion,), fix=FixSafety.UNSAFE)


NOUN_DETERMINERS = ("a", "an", "the", "this", "that", "what", "some", "any", "every", "no", "one", "each", "another")
MOSTLY_NOUN_SHARE = 0.4
"""A head tagged a noun that has one of :data:`NOUN_DETERMINERS` before it in this share of its uses
or more ('kind', 'majority', 'bunch'; not 'characteristic' or 'worthy', about a tenth or a fifth) is
mostly that noun, so its 'of' (the share that put it in the table) is the noun's genitive ('a kind
of'), which says nothing of the adjective ('very kind about it', 'kind at heart')."""


@cache
def _mostly_noun(word: str) -> bool:
    """The head is mostly a noun by the determiners before it (:data:`MOSTLY_NOUN_SHARE`)."""
    if "NOUN" not in w.tags(word):
        return False
    share = _ngrams.web_share_after(word, NOUN_DETERMINERS)
    return share is not None and share >= MOSTLY_NOUN_SHARE


DEGREE_ADVERBS = frozenset(
    """largely entirely mainly mostly solely primarily partly partially chiefly principally heavily
    exclusively wholly predominantly completely totally fully greatly""".split()
)
"""Adverbs of degree and extent that may stand between a head and the preposition it governs
("depends largely on", "aimed mainly at", "composed mostly of"): the head still chooses the
preposition. Not focus adverbs that open a phrase of their own ("kind, especially with children",
"arrived only at noon"). :mod:`.collocations` reads them too."""

_TO_VERB_SLIPS = frozenset(("at", "of"))


def _to_verb(verb: str, written: str, share: float) -> bool:
    """Whether a verb whose likeliest preposition is 'to' is judged before ``written``: one that governs
    it in :data:`VERB_SHARE` of its uses and takes no infinitive (:data:`.verb_patterns._TO_VERBS`:
    "tried to", "refused to"), so its 'to' is a preposition ("listened to", "belongs to", "refers
    to", "objected to"), before 'at' or 'of' ("listened at the radio", "refers of"). Not 'in', 'on',
    'from' or 'about', which open phrases of place, grounds, source and topic after such a verb
    ("belonged in a museum", "objected on principle", "responded from the floor", "replied about the
    dates"); an 'at' of place is left to :func:`_setting`."""
    return (
        written in _TO_VERB_SLIPS
        and share >= VERB_SHARE
        and verb not in _TO_VERBS
        and verb not in _INFINITIVE_VERBS
        and verb not in _OBJECT_TO_VERBS
    )


NO_ADJUNCT_SHARE = ADJECTIVE_SHARE
"""A verb that governs its preposition in this share of its uses, below :data:`VERB_SHARE`, is still
judged before 'of' or 'about' ("recovering of", "insist about"): neither opens a phrase of time,
place or company after a verb."""

_ABOUT_BEFORE = frozenset(("on", "of"))
"""The verb's own preposition before which 'about' is judged: a verb of place or motion takes 'about'
as an adverb ("waited about the station", "sits about the house"), a verb of 'from' may argue
("differ about the details"), and a verb of 'for' may pray or worry ("pray about it")."""

_APPROXIMATE = frozenset("half twice once as how some".split())
"""Words after which 'about' means 'roughly' ("about half", "stayed about as long")."""

_TIME_POINTS = frozenset(
    "midnight midday noon dawn dusk daybreak nightfall sunrise sunset sundown teatime lunchtime".split()
)
"""Points of the day after which 'about' means 'roughly' ("the celebration about midnight")."""

_QUANTITIES = frozenset("dozen score hundred thousand million billion quarter third fifth tenth".split())
"""Nouns of number after 'a' or 'an' ("accused about a dozen people", "about a third of them")."""


_DEFINITE = w.POSSESSIVES | frozenset(("the",))
"""What stands before a noun judged before 'about': 'a' or 'an' opens the quality a thing has about it
("there is a seriousness about her", "an innocence about the affair")."""


def _noun_judged(
    written: str, share: float, previous: str, words: list[Word], tags: list[str], at: int, best: str
) -> bool:
    """Whether a singular noun head (its tag checked by the caller) is judged (:data:`NOUN_SHARE`):
    before 'about', not 'roughly', after 'the' or a possessive ("the importance about", "their
    influence about"). Not a plural, whose 'about' may give what the things tell of ("the examples
    about dinosaurs", "the descriptions about the site"). Before another preposition
    (:data:`NOUN_SLIPS`) a noun that governs plainly (:data:`NOUN_SLIP_SHARE`), after a determiner, a
    possessive or an adjective ("a great emphasis at", "their reliance to"), not before a person
    ("the emphasis for students": whom it serves)."""
    if written != "about":
        return (
            written in NOUN_SLIPS
            and share >= NOUN_SLIP_SHARE
            and best not in ("of", "to")
            and (previous in w.DETERMINERS or (bool(previous) and tags[at - 3][:2] in ("JJ", "VB")))
            and not _person_after(words, at)
        )
    return (
        written == "about"
        and share >= NOUN_SHARE
        and previous in _DEFINITE
        and words[at].low not in ("a", "an")  # "the bureau about a mile away"
        and not _approximate(words, tags, at)
    )


def _approximate(words: list[Word], tags: list[str], at: int) -> bool:
    """'about' before ``at`` means 'roughly' ("about 40", "about forty" however it is tagged, "about
    half", "about as long", "about a dozen", "about an hour later", "about midnight"); not before
    another phrase that opens with 'a' ("insisted about a refund")."""
    low = words[at].low
    if low in ("a", "an"):
        return at + 1 < len(words) and (words[at + 1].low in _QUANTITIES or _adverbial(words, tags, at + 1))
    return tags[at] == "CD" or low in w.CARDINALS or low in _APPROXIMATE or low in _TIME_POINTS or low[:1].isdigit()


_OBJECT_SLIPS = frozenset(("of", "about"))
"""The prepositions judged after a verb's object pronoun: neither opens a phrase of place, time or
company after it ("took them to", "saw it on Monday", "left her with")."""

_OBJECT_PRONOUNS = w.OBJECT_PRONOUNS - {"you"}
"""Object pronouns, not 'you', which may open a clause of its own ("I bet you of all people ...")."""

_ACTIVE_TAGS = frozenset("VB VBD VBP VBZ VBG".split())


@cache
def _participle_entry(verb: str, written: str) -> tuple[str, str] | None:
    """(passive participle, its preposition) for a verb form whose participle is a head of
    :data:`HEADS_FILE` that governs a preposition in :data:`NO_ADJUNCT_SHARE` of its uses and is
    never followed by ``written`` ('prevented' → 'from', never 'of'); 'about' only where the
    participle's own is 'of' ("accused him about"): after 'on' it may place ("placed them about the
    room", "tracked mud about the house"). A form of two verbs is judged only when both agree:
    'found' is also 'find' ("found it of great use")."""
    table = heads()
    found: set[tuple[str, str]] = set()
    for lemma in w.verb_lemmas(verb):
        participle = w.verb_form(lemma, "VBN")
        entry = table.get(participle) if participle is not None else None
        if participle is None or entry is None:
            return None
        if participle == verb and not w.verb_tags(verb) - {"VBN"}:
            continue
        best, share, missing, _adjectival, predicate = entry
        if predicate:
            return None
        if written not in missing or share < NO_ADJUNCT_SHARE or best in ("to", "by") or "of" not in (written, best):
            return None
        found.add((participle, best))
    return found.pop() if len(found) == 1 else None


def _no_adjunct(written: str, best: str, share: float, words: list[Word], tags: list[str], at: int) -> bool:
    """Whether a verb that governs its preposition less plainly than :data:`VERB_SHARE` is still judged:
    the written preposition is 'of' or 'about' (not 'about' as 'roughly', nor after a verb of place,
    motion or dispute: :data:`_ABOUT_BEFORE`, :func:`_goes_around`), and the verb governs in
    :data:`NO_ADJUNCT_SHARE`."""
    if share < NO_ADJUNCT_SHARE:
        return False
    if written == "of":
        return True
    if written != "about" or best not in _ABOUT_BEFORE:
        return False
    return not _approximate(words, tags, at) and not _goes_around(words[at - 2].low)


_GERUND_SLIPS = frozenset(("in", "at", "of", "on"))
_ON_TIME_GERUNDS = frozenset(
    """waking arriving hearing seeing returning entering learning reaching receiving leaving finding
    discovering reading opening noticing landing graduating taking meeting completing getting""".split()
)
"""'-ing' verbs after which 'on' is 'upon', a time ("aware on waking", "shocked on hearing the news"),
not a head's preposition chosen wrongly ("interested on buying")."""
GERUND_RATIO = 0.05
"""Before an '-ing' verb, a preposition whose pair with the head is at most this share of the head's
likeliest pair is a slip even when the counts hold it ("focused in" is 2% of "focused on")."""
_GERUND_RATIO_LOG = math.log(GERUND_RATIO)
_DOING_SO = frozenset(("so", "this", "that", "it"))


def _gerund_slot(words: list[Word], index: int) -> tuple[Word, Word, Word] | None:
    """The head at ``index``, its preposition and the '-ing' word after it, all in small letters and
    joined (a capital only at the sentence's start): the slot both '-ing' checks judge."""
    head = words[index]
    if index + 2 >= len(words) or not head.joined or head.low != head.text.lower():
        return None
    if head.text[:1].isupper() and not head.sentence_start:
        return None
    preposition, gerund = words[index + 1], words[index + 2]
    if preposition.text != preposition.low or not preposition.joined or gerund.text != gerund.low:
        return None
    return head, preposition, gerund


@cache
def _rare_before_gerund(head: str, written: str) -> str | None:
    """The preposition ``head`` governs (:data:`ADJECTIVE_SHARE` of its uses, its pair common,
    :data:`LEAST_PAIR`; not 'to', an infinitive's) when ``written`` is rare beside it
    (:data:`GERUND_RATIO`), else None."""
    head_count = _ngrams.web_word_count(head)
    if head_count is None or head_count < _LEAST_HEAD_LOG:
        return None
    counts = {p: _ngrams.web_pair_count(head, p) for p in GOVERNED}
    best = max(GOVERNED, key=lambda p: counts[p] or 0.0)
    best_count, written_count = counts[best], counts.get(written)
    if best_count is None or best in ("to", written) or best_count < _LEAST_PAIR_LOG:
        return None
    if best_count - head_count < math.log(ADJECTIVE_SHARE):
        return None
    if written_count is not None and written_count - best_count > _GERUND_RATIO_LOG:
        return None
    return best


_AROUND_FORMS = ("VB", "VBD", "VBG", "VBN", "VBZ")


@cache
def _goes_around(verb: str) -> bool:
    """Whether some form of ``verb`` stands before 'around' in the web counts ("sit around", "place
    around"): a verb of place or posture, whose 'about' may be the adverb ("sits about the house")."""
    return any(
        _ngrams.web_pair_count(form, "around") is not None
        for lemma in w.verb_lemmas(verb)
        for tag in _AROUND_FORMS
        if (form := w.verb_form(lemma, tag)) is not None
    )


_RANGE_ENDS = frozenset(("to", "till", "until", "through", "into"))


def _range_after(words: list[Word], at: int) -> bool:
    """Whether a 'to', 'until' or 'through' stands a few words after ``at`` in the same stretch of
    the sentence: the preposition before ``at`` opens a range ("sorted from oldest to newest")."""
    for i in range(at, min(at + LATER, len(words))):
        if words[i].low in _RANGE_ENDS:
            return True
        if not words[i].joined:
            return False
    return False


def _ranked(words: list[Word], index: int) -> bool:
    """The head is graded against a group ("the most unlikely of places", "the more able of the
    twins"): its 'of' is the group's, not the word's own preposition."""
    previous = words[index - 1].low if index and words[index - 1].joined else ""
    if previous in ("most", "least"):
        return True
    return previous in ("more", "less") and index >= 2 and words[index - 2].low == "the"


_PHRASE_STARTS = frozenset("DT PDT PRP PRP$ JJ JJR JJS NN NNS CD VBG VBN".split())
"""Tags of a word that opens the preposition's noun phrase: anything else ("to in bulk", "for to")
means the preposition is not followed by its object."""

RIGHT_PAIRS = frozenset(
    (head, preposition)
    for line in """
    afraid for; scared for; frightened for; terrified for; sorry for; happy for; glad for; worried for;
    pleased at; inclined for; nestled on; proud for; ashamed for; responsible to; capable in;
    consist in; consists in; consisted in; consisting in; composed from; adept in; unhappy at;
    dissatisfied at; dissatisfied about; apart at; passionate for; unsuitable to; indifferent about;
    rooted to; cleaned of; washed of
    """.split(";")
    for head, preposition in [line.split()]
)
"""Pairs too rare for the web counts that are nonetheless right ("afraid for her children": on her
behalf; "responsible to the board": answerable; "the duty consists in obeying": lies in; "a list
composed from the files": assembled from; "rooted to the spot"; "the trees were cleaned of apples",
"washed of his sins": rid of)."""


_STRANDED = {
    "live": "in",
    "work": "for",
    "talk": "to",
    "listen": "to",
    "look": "at",
    "wait": "for",
    "depend": "on",
    "rely": "on",
    "belong": "to",
    "cope": "with",
    "care": "about",
    "worry": "about",
    "refer": "to",
    "laugh": "at",
    "come": "from",
    "go": "to",
    "stay": "at",
    "apologise": "to",
    "apologize": "to",
    "complain": "about",
    "graduate": "from",
}
"""Verbs that need their preposition at the end of a relative clause: "the company I work for", "the
city she lives in", "the people we talked to". Not verbs that also take an object ('speak a
language', 'study a subject', 'think a thought', 'deal cards', 'agree terms', 'grow crops')."""

_RELATIVES = frozenset(("that", "which", "who", "whom"))
_SUBJECT_OPENERS = w.POSSESSIVES | frozenset(("the",))
"""What opens a two-word subject of the clause ("the school my son goes", "the hotel the group stayed")."""
_FINITE_NEXT = frozenset(
    """is was are were has have had will would can could must may might should shall isn't wasn't aren't
    weren't hasn't haven't won't can't""".split()
)
"""What follows the relative clause when it closes the subject: "the company I work is …"."""
_OWN_OBJECT = frozenset(
    """way ways time times place places hour hours day days night nights week weeks month months year years
    moment moments morning evening reason reasons extent manner speed rate amount distance money salary life
    lives job jobs shift shifts dream dreams mile miles route routes path paths length age minute minutes
    second seconds instant semester semesters term terms season seasons summer winter spring autumn fall
    weekend weekends date dates period periods century decade era direction directions afternoon afternoons
    mornings evenings occasion occasions pace degree""".split()
)
"""Nouns that the clause needs no preposition for: "the way I live is", "the hours I work are", "the
life we live is", "the jobs they work are"."""


class _FormTable(NamedTuple):
    """Verb forms and the lemma of each, with the forms as one set kept for the process: the word
    index remembers a set it has seen by identity."""

    lemma_of: dict[str, str]
    words: frozenset[str]


def _forms_of(lemmas: Iterable[str], tags: tuple[str, ...]) -> _FormTable:
    """Each form of ``lemmas`` with one of the Penn ``tags`` → its lemma."""
    lemma_of = {form: lemma for lemma in lemmas for tag in tags if (form := w.verb_form(lemma, tag)) is not None}
    return _FormTable(lemma_of, frozenset(lemma_of))


def _verbs_before(
    doc: Document, forms: _FormTable, following: frozenset[str], first: int = 0
) -> Iterator[tuple[list[Word], int, str]]:
    """(sentence words, index, lemma) of each verb form of ``forms`` in the document, from token
    ``first`` on, straight before a word of ``following``: sifted on the flat word list before any
    sentence is looked at."""
    lows = doc.lows
    last = len(lows) - 1
    found = [
        position
        for position in positions(doc, forms.words)
        if first <= position < last and lows[position + 1] in following
    ]
    for words, index in places(doc, found):
        yield words, index, forms.lemma_of[words[index].low]


@cache
def _stranded_forms() -> _FormTable:
    """Each finite form of the verbs of :data:`_STRANDED` → its lemma."""
    return _forms_of(_STRANDED, ("VBP", "VBZ", "VBD"))


class StrandedPreposition(GrammarRule):
    id = "grammar.stranded-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A relative clause without its verb's preposition: 'the company I work is' (work for)."
    why = (
        "A verb that takes a preposition keeps it when its object is the noun a relative clause "
        "describes: 'the company I work for', 'the city she lives in', 'the people we talked to'. Without "
        "it the clause reads as unfinished. Nouns the clause needs no preposition for ('the way I live', "
        "'the hours I work') are left alone, as are clauses that go on ('the people I live with are')."
    )
    bad = (
        "The company I work is based in Leeds.",
        "The town that she lived was tiny.",
        "The people we talked were very helpful.",
        "The bus they waited was late.",
        "The school my son goes is near the park.",
    )
    good = (
        "The company I work for is based in Leeds, and the way I work is my own business.",
        "The town where she lived was tiny; the life we live is short.",
        "The people we talked to were helpful, and the people I live with are kind.",
        "The hours they work are long; the language I speak is Welsh.",
        "The house the family lives in is old, and the way the system works is simple.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, lemma in _verbs_before(doc, _stranded_forms(), _FINITE_NEXT, first=2):
            finding = self._judge(doc, words, index, lemma)
            if finding is not None:
                yield finding

    def _judge(self, doc: Document, words: list[Word], index: int, lemma: str) -> Finding | None:
        if index < 2 or index + 1 >= len(words):
            return None
        verb, subject = words[index], words[index - 1]
        if not (subject.joined and verb.joined) or verb.text != verb.low:
            return None
        at = index - 2
        tags: list[str] | None = None
        if subject.low not in w.PERSON_SUBJECTS:
            # "the school my son goes is": a subject of a possessive or determiner and one noun
            if subject.text != subject.low or at < 1 or words[at].low not in _SUBJECT_OPENERS:
                return None
            tags = sentence_tags(doc, words)
            if tags[index - 1] not in ("NN", "NNS") or not words[at].joined:
                return None
            at -= 1
        if words[at].low in _RELATIVES and words[at].joined:
            at -= 1
        if at < 0 or not words[at].joined:
            return None
        noun = words[at]
        if noun.low in _OWN_OBJECT or noun.text != noun.low:
            return None
        if tags is None:
            tags = sentence_tags(doc, words)
        if tags[at] not in ("NN", "NNS") or not tags[index].startswith("VB"):
            return None
        if doc.is_protected(noun.start, verb.end):
            return None
        preposition = _STRANDED[lemma]
        suggestion = f"{verb.text} {preposition}"
        return self.replace_word(
            verb,
            suggestion,
            f"'{lemma}' keeps its preposition at the end of the clause: "
            f"'{doc.text[noun.start : verb.end]} {preposition}'.",
            FixSafety.UNSAFE,
        )


_NEEDS = {
    "rely": ("on",),
    "depend": ("on",),
    "belong": ("to",),
    "apologize": ("to", "for"),
    "apologise": ("to", "for"),
    "comply": ("with",),
    "participate": ("in",),
    "respond": ("to",),
    "react": ("to",),
    "consist": ("of",),
    "dispose": ("of",),
    "abide": ("by",),
    "adhere": ("to",),
    "cope": ("with",),
    "interfere": ("with",),
    "collide": ("with",),
    "cooperate": ("with",),
    "subscribe": ("to",),
    "consent": ("to",),
    "experiment": ("with",),
    "complain": ("about",),
    "insist": ("on",),
    "reply": ("to",),
    "arrive": ("at", "in"),
    "object": ("to",),
    "specialise": ("in",),
    "specialize": ("in",),
    "sympathise": ("with",),
    "sympathize": ("with",),
    "succumb": ("to",),
    "refrain": ("from",),
    "confide": ("in",),
    "retaliate": ("against",),
    "resort": ("to",),
    "persist": ("in", "with"),
    "result": ("in",),
    "comment": ("on",),
    "conform": ("to",),
    "correspond": ("to", "with"),
    "yearn": ("for",),
    "strive": ("for",),
    "aspire": ("to",),
    "abstain": ("from",),
    "revolve": ("around",),
    "dwell": ("on",),
    "embark": ("on",),
    "intervene": ("in",),
    "collaborate": ("with", "on"),
    "coincide": ("with",),
    "culminate": ("in",),
    "hinge": ("on",),
    "rebel": ("against",),
    "discriminate": ("against",),
    "compete": ("in", "with"),
    "reminisce": ("about",),
    "meddle": ("in", "with"),
    "tamper": ("with",),
    "empathise": ("with",),
    "empathize": ("with",),
    "pertain": ("to",),
    "dabble": ("in",),
    "collude": ("with",),
    "vouch": ("for",),
    "allude": ("to",),
    "revel": ("in",),
    "bask": ("in",),
    "gaze": ("at",),
    "immigrate": ("to",),
}
"""Verbs that reach their object only through a preposition ("rely on them", "comply with the
rules", "arrived at the hotel", "objected to the rules", "culminated in a deal"); 'listen' and
'wait' have rules of their own (grammar.listen-to, grammar.wait-for). Not verbs that also take an
object ('contribute money', 'cater the event', 'succeed the king', 'agree terms', 'protest the
ruling', 'appeal the verdict', 'reflect the light', 'stem the flow', 'focus the lens')."""

_PEOPLE_ONLY = frozenset(("confide", "discriminate", "vouch"))
_PEOPLE_OBJECTS = (
    w.PERSON_NOUNS
    | frozenset(("me", "him", "us", "them"))
    | frozenset("workers worker staff minorities minority groups applicants candidates tenants members".split())
)
"""'Confide', 'discriminate' and 'vouch' lack their preposition only before people ("confided her
sister", "discriminate older workers", "vouch him"); before a thing they are transitive ("confided
his plans to nobody", "bats discriminate the two tones", "the auditors vouched the invoices"), nor
before 'from' ("discriminates the strong candidates from the weak")."""
_UNDERTAKINGS = frozenset(
    """
    voyage voyages journey journeys trip trips career careers project projects mission missions campaign
    campaigns adventure adventures course path programme program tour tours expedition quest crusade venture
    cruise plan plans reform reforms study studies
    """.split()
)
"""What one embarks on ("embarked a long voyage"); 'embark' with another object takes it on board
("the navy embarked the troops")."""
_TRANSITIVE_FORMS = frozenset("revolve hinged hinging".split())
"""Forms of 'revolve' and 'hinge' that turn a thing ("revolve the dial twice", "hinged the lid to the
box"); 'revolves' and 'hinges' before an object lack 'around' and 'on'."""

_CODE_PARTS = frozenset(
    "code function functions method methods line lines block blocks script scripts class classes variable "
    "variables file files loop module modules source".split()
)
"""Objects that 'comment' takes bare in programming ("commented the code", "comment the function")."""

_SAYING = frozenset(("reply", "reminisce"))
"""Verbs of saying in :data:`_NEEDS`, whose subject may follow them after a quotation."""

_CLOSING_QUOTES = ('"', "'", "\u201d", "\u2019")
"""A quotation just before the verb: its subject follows ('"No," insisted the manager')."""
_DEGREE_OBJECTS = frozenset(("a good deal", "a great deal", "a lot", "a little", "a bit", "a little bit"))
"""Measures of degree that follow a verb like an object ("it depends a good deal on the weather")."""

_OBJECTS = frozenset("me him her us them".split())
_OBJECT_STARTS = _OBJECTS | w.DETERMINERS | w.CARDINALS
"""What an object opens with, straight after a verb that needs a preposition first."""
_TIME_WORDS_AFTER = frozenset("today yesterday tomorrow tonight again every last next".split())
_NP_END_TAGS = frozenset("IN TO CC RB , . : -LRB- -RRB- WDT WRB".split())


@cache
def _needs_forms() -> _FormTable:
    """Each form of the verbs of :data:`_NEEDS` → its lemma (not the -ing form: "a consenting adult")."""
    return _forms_of(_NEEDS, ("VB", "VBP", "VBZ", "VBD"))


_INTERESTED = frozenset(("interested",))
_GERUND_OBJECTS = w.DETERMINERS | w.POSSESSIVES | w.OBJECT_PRONOUNS | frozenset(("more",))
"""What opens the object of an '-ing' verb ('joining the team', 'learning more')."""


class MissingPreposition(GrammarRule):
    id = "grammar.missing-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb without its preposition before its object: 'rely me', 'comply the rules', 'arrived Dallas'."
    why = (
        "Some verbs reach their object only through a preposition: rely on, depend on, belong to, comply "
        "with, participate in, respond to, cope with, dispose of. Written without it the sentence reads as "
        "a slip. The rule reports only a plain object (a pronoun, or a noun phrase that ends there), and "
        "leaves a time ('depends the day'), a clause ('complained the food was cold') alone. 'Arrive' and "
        "'graduate' need theirs before a name too ('arrived in Dallas', 'graduated from Yale'), unless it "
        "is a time or an honour ('arrived Monday', 'graduated Phi Beta Kappa')."
    )
    bad = (
        "You can always rely me.",
        "This old bike belongs my brother.",
        "All suppliers must comply the new rules.",
        "Twelve countries participated the summit.",
        "He never responded my email.",
        "The mayor graduated Yale in 1998, and our flight arrived New York late.",
        "The ministry has not yet replied our letter.",
        "The guests arrived the hotel after dark, and the talks culminated a peace deal.",
        "Several members objected the new rules; the spokesman declined to comment the report.",
        "Students interested joining the debate team should write to us; anyone interested learning more can call.",
    )
    good = (
        "You can always rely on me; the book belongs to my brother.",
        "She complained the food was cold, and he insisted the bill was wrong.",
        "They participated the whole week and responded the next day.",
        "Depending the weather? No: depending on the weather.",
        "She graduated Phi Beta Kappa and arrived Monday; when the police arrived Smith was gone.",
        "Yale graduated Lee in 1829; the graduating Class of 2024 arrived New Year's Eve.",
        "'No,' replied the minister; he replied the following: no; she replied the next day.",
        "They arrived the next morning; the object the children found was a coin; teams compete the whole season.",
        "We commented the code thoroughly; please comment the function before you commit.",
        "She confided her fears to her sister; bats discriminate the two tones; the navy embarked the troops.",
        "Turn the key and revolve the dial twice; he hinged the lid; the authors elaborated a model of the market.",
        "Interested building owners should call; students interested in joining can write; the interested parties met.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, lemma in _verbs_before(doc, _needs_forms(), _OBJECT_STARTS):
            finding = self._judge(doc, words, index, lemma)
            if finding is not None:
                yield finding
        yield from self._interested_gerund(doc)
        lows = doc.lows
        last = len(lows) - 1
        forms = _name_forms()
        found = [p for p in positions(doc, forms.words) if p < last and lows[p + 1] not in _NOT_PLACES]
        for words, index in places(doc, found):
            finding = self._before_name(doc, words, index, forms.lemma_of[words[index].low])
            if finding is not None:
                yield finding

    def _interested_gerund(self, doc: Document) -> Iterator[Finding]:
        """'Students interested joining the team': 'interested' reaches an '-ing' form through 'in'.
        Only an '-ing' form that has an object of its own opening with a determiner, a pronoun or
        'more' (so it is the verb, not an adjective of a noun after it: "interested building owners")."""
        for words, index in occurrences(doc, _INTERESTED):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            gerund, after = words[index + 1], words[index + 2].low
            if not gerund.low.endswith("ing") or "VBG" not in w.verb_tags(gerund.low) or gerund.capitalised:
                continue
            if after not in _GERUND_OBJECTS or in_quotes(doc, gerund.start):
                continue
            word = words[index]
            yield self.finding(
                word.start,
                gerund.end,
                f"'{word.text}' takes 'in' before the '-ing' form: '{word.text} in {gerund.text}'.",
                suggestions=(f"{word.text} in {gerund.text}",),
                fix=FixSafety.SAFE,
            )

    def _before_name(self, doc: Document, words: list[Word], index: int, lemma: str) -> Finding | None:
        """'arrived Dallas', 'graduated Yale': a place or a school's name straight after the verb,
        the clause going on past it with no verb of its own ("when the police arrived Smith fled" is
        another clause)."""
        verb = words[index]
        if not verb.joined or index + 1 >= len(words) or verb.text != verb.low:
            return None
        name = words[index + 1]
        if not name.text[:1].isupper() or name.text.isupper() or name.text == "I":
            return None
        tags = sentence_tags(doc, words)
        if not tags[index].startswith("VB") or tags[index + 1] not in _NAME_FOLLOWERS:
            return None
        if index and words[index - 1].low in w.DETERMINERS:
            return None  # "the graduating Class of 2024": a modifier
        if index and words[index - 1].joined and tags[index - 1] in _NAME_FOLLOWERS:
            return None  # "Yale graduated Smith": the school may be the subject; also a title in capitals
        end = index + 1
        while (
            end + 1 < len(words)
            and words[end].joined
            and (words[end + 1].text[:1].isupper() or words[end + 1].low in _NAME_PARTS)
        ):
            end += 1  # "New York", "the University of Leeds"
        if words[end].low in _NAME_PARTS or any(word.low in _TIME_NAMES for word in words[index + 1 : end + 1]):
            return None
        next_tag = tags[end + 1] if end + 1 < len(words) and words[end].joined else ""
        if next_tag.startswith(("VB", "MD", "POS")) or (next_tag and words[end + 1].low in ("'s", "’s")):
            return None  # "as the train arrived Smith stepped out": the name opens a clause
        if doc.is_protected(verb.start, words[end].end):
            return None
        rights = _BEFORE_NAMES[lemma]
        place = doc.text[name.start : words[end].end]
        suggestions = tuple(f"{verb.text} {right}" for right in rights)
        options = " or ".join(f"'{right}'" for right in rights)
        return self.finding(
            verb.start,
            words[end].end,
            f"'{lemma}' takes {options} before {_KINDS[lemma]}: '{suggestions[0]} {place}'.",
            suggestions=tuple(f"{suggestion} {place}" for suggestion in suggestions),
            fix=FixSafety.UNSAFE,
        )

    def _judge(self, doc: Document, words: list[Word], index: int, lemma: str) -> Finding | None:
        verb = words[index]
        if not verb.joined or index + 1 >= len(words) or (verb.text != verb.low and not verb.sentence_start):
            return None
        if lemma in _SAYING and (index == 0 or not words[index - 1].joined):
            return None  # "'No,' replied the minister": the subject after a quotation
        if words[0].low in _NEEDS[lemma] and index <= 5 and all(word.joined for word in words[:index]):
            return None  # "To the victor belong the spoils": the phrase fronted, the subject after the verb
        if doc.text[max(0, verb.start - 3) : verb.start].rstrip().endswith(_CLOSING_QUOTES):
            return None  # '"Too late," insisted the manager': any verb, with its subject after the quotation
        tags = sentence_tags(doc, words)
        if not tags[index].startswith("VB"):
            return None  # "a belongs"? the noun of a verb ("a complain" is another slip)
        end = _object_end(words, tags, index + 1)
        if end is None:
            return None
        after = words[end + 1].low if end + 1 < len(words) and words[end].joined else None
        if after is not None and tags[end + 1] not in _NP_END_TAGS and after not in _TIME_WORDS_AFTER:
            return None  # "complained the food was cold": a clause, not an object
        if doc.is_protected(verb.start, words[end].end):
            return None
        if " ".join(word.low for word in words[index + 1 : end + 1]) in _DEGREE_OBJECTS:
            return None  # "that depends a good deal on where": a measure of degree, no object
        if lemma == "comment" and words[end].low in _CODE_PARTS:
            return None  # "commented the code", "comment the function": a programmer's notes in code
        if lemma in _PEOPLE_ONLY and (words[end].low not in _PEOPLE_OBJECTS or after == "from"):
            return None  # "confided his plans to nobody", "discriminate the two tones": a transitive sense
        if lemma == "dabble" and after == "in":
            return None  # "dabbled her toes in the stream": to splash a thing in water
        if lemma == "embark" and words[end].low not in _UNDERTAKINGS:
            return None  # "the navy embarked the troops": to take on board
        if verb.low in _TRANSITIVE_FORMS:
            return None  # "revolve the dial twice", "hinged the lid to the box"
        rights = _NEEDS[lemma]
        options = " or ".join(f"'{right}'" for right in rights)
        suggestions = tuple(f"{verb.text} {right}" for right in rights)
        obj = doc.text[words[index + 1].start : words[end].end]
        return self.finding(
            verb.start,
            verb.end,
            f"'{lemma}' takes {options} before its object: '{suggestions[0]} {obj}'.",
            suggestions=suggestions,
            fix=FixSafety.UNSAFE,
        )


_BEFORE_NAMES = {"arrive": ("in", "at"), "graduate": ("from",)}
"""Verbs that reach a place or a school only through a preposition, written without it before a
name: "arrived Dallas" (in), "graduated Yale" (from). Not 'go' or 'return' ("went Dutch", "returned
Smith to office"), whose bare name has other readings."""

_NOT_PLACES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
    saturdays sundays january february march april may june july
    august september october november december christmas easter thanksgiving midnight noon
    phi summa magna cum with first top early late last""".split()
)
"""Capitalised words after 'arrived' or 'graduated' that are no place: a time ("arrived Monday", as US
news writes it, "arrived Christmas Eve") or an honour ("graduated Phi Beta Kappa", "Summa Cum Laude")."""

_NAME_FOLLOWERS = frozenset("NNP NNPS".split())
_TIME_NAMES = frozenset("year year's eve day night morning afternoon evening week weekend".split())
"""Last words of a capitalised time ("arrived New Year's Eve", "arrived Boxing Day")."""
_KINDS = {"arrive": "a place", "graduate": "a school"}
_NAME_PARTS = frozenset("of upon on de la le du von van".split())


@cache
def _name_forms() -> _FormTable:
    """Each form of the verbs of :data:`_BEFORE_NAMES` → its lemma ('graduate' itself is also a noun)."""
    return _forms_of(_BEFORE_NAMES, ("VBP", "VBZ", "VBD", "VBG"))


_NOT_OBJECT_NOUNS = frozenset("next whole same rest other entire following bit length breadth width".split())
"""Words of a noun phrase after a verb that make it an adverbial, not an object ("the whole week",
"tampered a bit with", "gazed the length of the hall")."""


def _object_end(words: list[Word], tags: list[str], at: int) -> int | None:
    """The index of the last word of a plain object starting at ``at``: an object pronoun, or a
    determiner or possessive, adjectives and a noun that is no time ("the next day", "the whole
    week", "this morning" are adverbials)."""
    first = words[at]
    if first.low in _OBJECTS:
        return at
    if first.low in ("every", "each", "this", "that", "no"):
        return None  # "this morning", "every day", "that the …", "no longer"
    if first.low not in w.DETERMINERS and not w.is_numeral(first.low):
        return None
    for i in range(at + 1, min(at + 5, len(words))):
        if not words[i - 1].joined:
            return None
        low = words[i].low
        if low in _ADVERBIAL_NOUNS or low in _NOT_OBJECT_NOUNS:
            return None
        if tags[i] in ("NN", "NNS"):
            if (
                i + 1 < len(words)
                and words[i].joined
                and tags[i + 1] in ("NN", "NNS")
                and words[i + 1].low not in _ADVERBIAL_NOUNS
            ):
                return i + 1  # "complained the rent increase": a compound noun
            return i
        if tags[i] not in ("JJ", "JJR", "JJS", "CD"):
            return None
    return None


_WHERE = frozenset(("where",))
_WHERE_VERBS = frozenset(
    """born live lives lived living stay stays stayed staying work works worked working study studies studied
    grew raised spent sleep slept""".split()
)
"""Verbs whose place 'where' already gives: "the house where I was born in" has the preposition twice.
Not verbs with a particle 'in' ("where he came in", "where it fits in", "where we moved in")."""
_WHERE_SUBJECT_OPENERS = frozenset("the my his her our their your this that a an".split())


class WherePreposition(GrammarRule):
    id = "grammar.where-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Where' with the preposition again at the clause's end: 'the house where I was born in'."
    why = (
        "'Where' stands for 'in which' or 'at which', so the clause takes no preposition of its own: "
        "'the house where I was born' or 'the house I was born in', not both. Checked when 'where' opens "
        "a short clause with a pronoun or a noun as its subject and a verb of living, working or staying, "
        "and 'in' or 'at' ends the sentence; 'where he came in' and 'where it fits in' (a particle) are "
        "left alone."
    )
    bad = (
        "This is the house where I was born in.",
        "The town where we lived in was small, and I miss the office where she worked at.",
    )
    good = (
        "This is the house where I was born, and the house I was born in.",
        "That is the door where he came in. It is where the piece fits in. That is where we moved in.",
        "The town where we lived in 1990 was small.",
        "We drove past the house where she grew up.",
    )
    fixed = (
        "This is the house where I was born.",
        "The town where we lived was small, and I miss the office where she worked.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHERE):
            finding = self._clause(doc, words, index)
            if finding is not None:
                yield finding

    def _clause(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'where' + subject + ('was'/'were') + verb + 'in'/'at', then the clause's end."""
        at = index + 1
        if at >= len(words) or not words[index].joined:
            return None
        if words[at].low in _WHERE_SUBJECT_OPENERS and at + 1 < len(words) and words[at].joined:
            at += 1  # "where the family lived in"
        elif words[at].low not in w.SUBJECT_PRONOUNS:
            return None
        at += 1
        if at < len(words) and words[at].low in ("was", "were", "is", "are") and words[at - 1].joined:
            at += 1
        if at + 1 >= len(words) or not words[at - 1].joined or words[at].low not in _WHERE_VERBS:
            return None
        if words[at].low == "grew" and words[at + 1].low == "up" and words[at].joined:
            at += 1  # "where I grew up in"
        if at + 1 >= len(words):
            return None  # "the house where she grew up." ends with the particle
        preposition = words[at + 1]
        if preposition.low not in ("in", "at") or not words[at].joined:
            return None
        if at + 2 < len(words) and preposition.joined and not w.plainly_finite(words[at + 2].low):
            return None  # "where we lived in 1990": the preposition has its own object; not "lived in was"
        if in_quotes(doc, preposition.start):
            return None
        return self.finding(
            words[at].start,
            preposition.end,
            f"'Where' already says '{preposition.low} which': drop the '{preposition.text}' at the end.",
            suggestions=(words[at].text,),
            fix=FixSafety.SAFE,
        )


# -- 'go' without 'to' before a place --------------------------------------------------------------

_GO_PLACES = frozenset(
    """
    supermarket shop shops store bank cinema theatre theater hospital station airport park beach library
    museum office gym market church mosque temple synagogue pharmacy chemist bakery restaurant cafe
    café pub bar hotel zoo stadium mall dentist doctor doctors hairdresser clinic school university
    college gallery club party concert cafeteria canteen kitchen bathroom toilet bedroom garden
    seaside countryside mountains village city town centre center embassy region polls capital site border
    coast island
    """.split()
)
"""Places one goes to ("went to the supermarket"). Not 'way', 'distance', 'mile', 'length' ("went
the extra mile", "go the distance", "went the way of the dodo"), which 'go' takes bare."""
_GO_TIMES = frozenset("today tomorrow tonight yesterday".split())
"""Nouns that may follow the place as a time ("going the beach tomorrow"), not as its compound."""


class GoToPlace(GrammarRule):
    id = "grammar.go-to-place"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Go' without 'to' before a place: 'I went the supermarket' ('went to the supermarket')."
    why = (
        "'Go' reaches a place through 'to': 'I went to the supermarket', 'she goes to the gym'. "
        "Bare, it takes only a way or a measure ('went the extra mile', 'go the distance', 'went the "
        "wrong way'), which are not places. Reported when 'the' and a place ('supermarket', 'bank', "
        "'hospital', 'station' …) that ends its phrase follow a form of 'go' at once."
    )
    bad = (
        "After work I went the supermarket to buy milk.",
        "She goes the gym every morning, and we are going the beach tomorrow.",
    )
    good = (
        "After work I went to the supermarket; he went the extra mile and went the wrong way.",
        "The firm will go the distance; she went the bank's way; we went the station route.",
        "Where did the money go? The bank said nothing.",
        "When the tourists go the beach is empty, and whenever the lights go the station shuts down.",
    )
    fixed = (
        "After work I went to the supermarket to buy milk.",
        "She goes to the gym every morning, and we are going to the beach tomorrow.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in before_the(doc, w.GO_FORMS, _GO_PLACES):
            go, place = words[index], words[index + 2]
            if place.capitalised or in_quotes(doc, go.start):
                continue
            if place.joined and index + 3 < len(words):
                following = words[index + 3].low
                if following.endswith(("'s", "’s")) or (
                    "NOUN" in w.tags(following) and following not in w.PREPOSITIONS and following not in _GO_TIMES
                ):
                    continue  # "went the station route": a noun follows
                if following in w.AUXILIARIES or (
                    w.verb_tags(following) & {"VBZ", "VBD"} and following not in w.PREPOSITIONS
                ):
                    continue  # "When the tourists go the beach is empty": the place opens the next clause
            elif doc.text[place.end : place.end + 1] in ("'", "’", "-"):
                continue  # "the bank's way", "the hospital-run"
            yield self.replace_word(
                go,
                f"{go.text} to",
                f"'{go.text}' takes 'to' before a place: '{go.text} to the {place.text}'.",
                FixSafety.SAFE,
            )


RULES = [UnusualPreposition, StrandedPreposition, MissingPreposition, WherePreposition, GoToPlace]
