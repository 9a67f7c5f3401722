"""Closed compounds written open: "a note book", "the tax payer", "a gear box problem", "a battle
field" (``notebook``, ``taxpayer``, ``gearbox``, ``battlefield``).

The compounds are derived, not listed by hand: every word of Norvig's web counts (``wordsegment``,
Apache-2.0) seen at least :data:`LEAST_JOINED` times that the word tables know, which splits into two
words the tables know, each seen as often, and whose two halves stand side by side at most one time
in :data:`LEAST_RATIO` as often as the joined word ("note book" against "notebook"). Halves that
make a sound phrase as often as a compound are kept out when building: an adjective first ("a key
word", "a dead line", "a wild life": an adjective and its noun), a particle second ("feed back",
"black out", "need less": a verb and its particle). In the text the part-of-speech tagger must read
the first half as a noun and the second as a noun or an adjective, so that a clause ("the man dated
her", "the sun sets") and a verb with its object ("pass word to them") are left alone.
``python -m rules.grammar.build_compounds`` rebuilds ``closed-compounds.tsv`` (a test checks that
the shipped file is what the counts give). The hand-written pairs with context of
``split-words.txt`` (grammar.split-word) are the other half.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import GrammarRule
from ._tagger import COMMON_NOUN_TAGS, sentence_tags
from ._tokens import in_quotes, places, positions

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

COMPOUNDS_FILE = Path(__file__).with_name("closed-compounds.tsv")
LEAST_JOINED = 1_000_000
"""The joined word and each half are seen at least this often in a trillion words: common words,
which the spell checker passes when split."""
LEAST_RATIO = 50
"""The joined word is seen at least this many times as often as its halves side by side."""
LEAST_HALF = 3
"""Halves shorter than this ('a part', 'in to', 'be low') are mostly function words and sound."""
PARTICLES = frozenset("out back off over away less ever wise way down up side about around along".split())
"""Second halves that make a verb's particle or a phrase with the first ('feed back', 'need less',
'other wise investments', 'out side'): left to the hand-written list."""
_SECOND_TAGS = frozenset(("NN", "NNS", "JJ"))
_SEEING = w.CAUSATIVES | frozenset("sees seeing hears hearing watches watching feel feels felt notice noticed".split())
"""Verbs of seeing and making that take an object and a bare verb: "we watched the sun set"."""

_HEADER = (
    "# Closed compounds whose halves are common words, for grammar.closed-compound: first half, second\n"
    "# half, the compound. From the wordsegment package's counts (Apache-2.0) and lemminflect's word\n"
    "# classes. Rebuild: python -m rules.grammar.build_compounds\n"
)


def table_text() -> str:
    """The contents of :data:`COMPOUNDS_FILE` as the counts give them."""
    counts = _ngrams._web_counts(lambda key: key.isascii() and key.replace(" ", "", 1).isalpha())
    rows = []
    for joined, count in counts.items():
        if " " in joined or count < LEAST_JOINED or not w.tags(joined):
            continue
        for cut in range(LEAST_HALF, len(joined) - LEAST_HALF + 1):
            first, second = joined[:cut], joined[cut:]
            if _halves_qualify(first, second, counts) and counts.get(f"{first} {second}", 0) * LEAST_RATIO <= count:
                rows.append(f"{first}\t{second}\t{joined}\n")
    return _HEADER + "".join(sorted(rows))


def _halves_qualify(first: str, second: str, counts: dict[str, int]) -> bool:
    """Both halves are common words the tables know; the first is no adjective, the second no particle."""
    if counts.get(first, 0) < LEAST_JOINED or counts.get(second, 0) < LEAST_JOINED or second in PARTICLES:
        return False
    first_tags = w.tags(first)
    return bool(first_tags) and "ADJ" not in first_tags and bool(w.tags(second))


@cache
def compounds() -> dict[str, dict[str, str]]:
    """First half → second half → the compound (about 1,400 rows, read once per process)."""
    found: dict[str, dict[str, str]] = {}
    for line in COMPOUNDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            first, second, joined = line.split("\t")
            found.setdefault(first, {})[second] = joined
    return found


@cache
def _first_halves() -> frozenset[str]:
    return frozenset(compounds())


class ClosedCompound(GrammarRule):
    id = "grammar.closed-compound"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A closed compound written as two words: 'note book', 'tax payer', 'gear box', 'battle field'."
    why = (
        "Words such as 'notebook', 'taxpayer', 'gearbox' and 'battlefield' are written solid; split, each "
        "half is a real word and the spell checker passes them. The compounds come from web counts (the "
        "joined word at least fifty times as common as its halves side by side), and the part-of-speech "
        "tagger must read the pair as a noun phrase, so that 'the man dated her', 'the sun sets', 'a key "
        "word' and 'feed back into' are left alone."
    )
    bad = (
        "She wrote it in her note book.",
        "The tax payer will foot the bill.",
        "The gear box failed on the way.",
        "It looked like a battle field.",
        "It was a note worthy result.",
    )
    good = (
        "She wrote it in her notebook, and the taxpayer paid.",
        "The man dated her for a year; the sun sets at six.",
        "The key word here is trust, and the dead line went quiet.",
        "Results feed back into the model; we need less help.",
        "Please pass word to the others.",
        "My left ear rings after loud music.",
        "He said 'note book' twice.",
        "We watched the sun set over the bay and saw the sun rise again.",
        "The sun set behind the hills.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        table, lows = compounds(), doc.lows
        last = len(lows) - 1
        for position in positions(doc, _first_halves()):
            joined = table[lows[position]].get(lows[position + 1]) if position < last else None
            if joined is None:
                continue  # sifted on the flat word list: most first halves stand beside no second half
            [(words, index)] = places(doc, [position])
            if index + 1 >= len(words) or not words[index].joined:
                continue
            first, second = words[index], words[index + 1]
            if first.text != first.low or second.text != second.low or doc.text[first.end : second.start] != " ":
                continue  # a name ("Note Book Ltd") or a line break between them
            if in_quotes(doc, first.start):
                continue
            tags = sentence_tags(doc, words)
            if tags[index] not in COMMON_NOUN_TAGS or tags[index + 1] not in _SECOND_TAGS:
                continue  # "the man dated", "pass word to them": a clause or a verb and its object
            if _object_and_bare_verb(words, index):
                continue  # "we watched the sun set over the bay": 'set' is the object's verb
            if verb_and_object(words, index):
                continue  # "Voters cheer leaders they trust": a verb and its object
            if _subject_and_past(words, index) or subject_and_only_verb(doc, words, index, tags):
                continue  # "The sun set behind the hills.": the sentence's subject and its verb
            yield self.finding(
                first.start,
                second.end,
                f"'{first.text} {second.text}' is one word: '{joined}'.",
                suggestions=(joined,),
                fix=FixSafety.UNSAFE,
            )


def _object_and_bare_verb(words: list[Word], index: int) -> bool:
    """The first half is the object of a verb of seeing or making, after a determiner, and the
    second half can be a bare verb ("watched the sun set", "saw the sun rise", "let the air flow")."""
    if index < 2 or words[index - 1].low not in w.DETERMINERS or words[index - 2].low not in _SEEING:
        return False
    return words[index - 2].joined and words[index - 1].joined and "VB" in w.verb_tags(words[index + 1].low)


def verb_and_object(words: list[Word], index: int) -> bool:
    """The pair's first word is a bare verb in a verb's slot, right after a modal, 'to', a subject
    pronoun or a plural noun that opens the sentence, and its second a plural noun, the verb's object
    ("Voters cheer leaders they trust", "we will cheer leaders who win"; not "the cheer leaders")."""
    if index == 0 or index + 1 >= len(words) or not words[index - 1].joined or not words[index].joined:
        return False
    if not w.verb_tags(words[index].low) & {"VB", "VBP"} or not w.is_plural_noun(words[index + 1].low):
        return False
    before = words[index - 1].low
    subject = index == 1 and w.is_plural_noun(before)
    return before in w.MODALS or before == "to" or before in _BARE_VERB_SUBJECTS or subject


_BARE_VERB_SUBJECTS = w.PERSON_SUBJECTS - {"he", "she"}
"""Subject pronouns that take the bare verb ('we cheer', 'I cheer'; not 'he' or 'she')."""


def _subject_and_past(words: list[Word], index: int) -> bool:
    """A determiner (and adjectives) and the first half open the sentence, the second half can be a
    past verb or one in -s, and no plainly finite verb follows ("The sun set behind the hills.", "My
    left ear rings after loud music."): the subject and its verb, where the compound would leave the
    sentence without one; "The sun set behind the hills was red" is still the compound."""
    if index < 1 or words[0].low not in w.DETERMINERS or not all(word.joined for word in words[:index]):
        return False
    if any("ADJ" not in w.tags(word.low) for word in words[1:index]):
        return False  # only adjectives between: "My left ear rings after loud music."
    if not w.verb_tags(words[index + 1].low) & {"VBD", "VBZ"}:
        return False
    return not any(w.only_finite(word.low) for word in words[index + 2 :])


_SUBJECT_TAGS = frozenset("DT PRP$ JJ NN NNP CD NN+POS NNP+POS".split())


def subject_and_only_verb(doc: Document, words: list[Word], index: int, tags: list[str] | None = None) -> bool:
    """The pair at ``index`` ends the noun phrase that opens the sentence, its second word can be a
    verb in -s or the past, and the tagger finds no other verb in the sentence: the phrase is the
    subject and the second word its verb, where the compound would leave the sentence without one
    ("The new frame works with any lens", "My head aches after a long day", "The work week ends on
    Friday", "Our guide lines the route"; not "The frame works are popular", "We bought new lap tops").
    """
    if index + 1 >= len(words) or not w.verb_tags(words[index + 1].low) & {"VBZ", "VBD"}:
        return False
    if tags is None:
        tags = sentence_tags(doc, words)
    if not all(words[at].joined and tags[at] in _SUBJECT_TAGS for at in range(index)):
        return False
    others = (tag for at, tag in enumerate(tags) if at not in (index, index + 1))
    return not any(part.startswith(("VB", "MD")) for tag in others for part in tag.split("+"))


RULES = [ClosedCompound]
