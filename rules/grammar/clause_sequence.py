"""The main clause's tense after an opening clause of time in the past.

"When the alarm sounded, students calmly exit the building": a clause that opens with 'when',
'after', 'once' or 'by the time' and tells of a past event sets the time of the sentence, and the main
clause that follows its comma takes the past too ('exited'). "When firefighters arrived, the flames
already spread to the garage": an arrival in the past and 'already' put the main clause's event
before it, which takes the past perfect ('had already spread').

Only plain sentences are read: the opener starts the sentence, the tagger finds a past and no present
or modal in the opening clause, and after its comma a short subject (a pronoun, or a noun phrase of at
most four words) is followed by the verb, with at most one adverb between. Verbs of state ('know',
'like', 'seem', 'remain') are left alone: "When I was a child, we already knew how to swim" needs no
past perfect, and a state may still hold ("When the plant closed, many residents remain angry").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, in_quotes, match_case, sentences

if TYPE_CHECKING:
    from lint._document import Document

_OPENERS = frozenset(("when", "after", "once"))
_ARRIVALS = frozenset(
    "arrived got came reached returned woke entered landed showed pulled".split()  # 'showed up', 'pulled in'
)
"""Past verbs of arriving: after them 'already' and a simple past mean an event before the arrival."""
_STATES = frozenset(
    """be have know like love hate want need seem remain own believe understand feel think hope wish mean
    remember live stay belong contain depend matter prefer appear look sound smell taste exist""".split()
)
"""Verbs of state, which may hold at any time and take no past perfect with 'already'."""
_SUBJECT_TAGS = frozenset("DT PRP$ JJ NN NNS NNP NNPS CD POS".split())
_SUBJECT_WORDS = 4
_CLAUSE_WORDS = 14
"""Most words the opening clause may take before its comma (a bounded look)."""


class PastClauseTense(GrammarRule):
    id = "grammar.past-clause-tense"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A present or a simple past that does not follow an opening clause in the past: 'When the alarm "
        "sounded, students exit', 'When firefighters arrived, the flames already spread'."
    )
    why = (
        "An opening clause with 'when', 'after' or 'once' and a past verb sets the sentence in the past: "
        "the main clause after its comma takes the past ('students exited'). After an arrival ('When we "
        "arrived'), 'already' and a simple past tell of an event before it, which takes the past perfect "
        "('the staff had already prepared a fire'). Only a short subject and the verb right after it (an "
        "adverb between or not) are read, and verbs of state are left alone ('we already knew', 'many "
        "residents remain angry')."
    )
    bad = (
        "When the fire alarm sounded during the drill, students calmly exit the building.",
        "After the storm passed on Sunday night, crews begin clearing fallen trees.",
        "When firefighters arrived, the flames already spread to the garage.",
        "When we arrived at the lodge, the staff already prepared a fire and a pot of cider.",
        "By the time the ambulance arrived, the neighbors already pulled the driver from the car.",
    )
    good = (
        "When the fire alarm sounds, students calmly exit the building.",
        "When I was a child, we already knew how to swim; when the plant closed, many residents remain angry.",
        "When firefighters arrived, the flames had already spread to the garage.",
        "When the storm passed, crews began clearing trees. After it ended, we went home.",
        "When she arrived, she already looked tired; after the vote, members leave the hall.",
        "When you arrive, the staff will already have prepared a fire; when it rained, did you stay in?",
        "When I put him off the bed, he jumps back on. Once shipped, the changes become part of the language.",
    )
    fixed = ()
    fix = "sometimes"  # offered, not applied: a story may be told in the present after a past clause

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words in sentences(doc):
            by_the_time = [word.low for word in words[:3]] == ["by", "the", "time"]
            if len(words) < 6 or not (words[0].low in _OPENERS or by_the_time) or not words[0].joined:
                continue
            comma = _clause_comma(doc, words)
            if comma is None:
                continue
            tags = sentence_tags(doc, words)
            if not _past_clause(words, tags, 3 if by_the_time else 1, comma):
                continue
            if doc.text[words[-1].end : words[-1].end + 1] == "?":
                continue
            verb_at = _verb_after_subject(words, tags, comma + 1)
            if verb_at is None or in_quotes(doc, words[verb_at].start):
                continue
            finding = self._main_verb(words, tags, verb_at, arrival=_arrival(words, comma))
            if finding is not None:
                yield finding

    def _main_verb(self, words: list[Word], tags: list[str], verb_at: int, arrival: bool) -> Finding | None:
        """The finding for the main clause's verb at ``verb_at``: a present (→ the past), or after an
        arrival 'already' and a simple past (→ 'had already' and the participle)."""
        verb = words[verb_at]
        lemmas = w.verb_lemmas(verb.low)
        if not lemmas or any(lemma in _STATES for lemma in lemmas) or verb.low in w.MODALS:
            return None
        tag = tags[verb_at]
        present = tag in ("VB", "VBP", "VBZ") and words[verb_at - 1].low != "already"
        if present and w.verb_tags(verb.low) & {"VBP", "VBZ"} and not w.verb_tags(verb.low) & {"VBD"}:
            past = w.verb_form(lemmas[0], "VBD")
            if past is None or past == verb.low:
                return None
            fixed = match_case(past, verb.text)
            message = f"The opening clause is in the past: '{fixed}', not '{verb.text}'."
            return self.replace_word(verb, fixed, message, FixSafety.UNSAFE)
        if arrival and words[verb_at - 1].low == "already" and "VBD" in w.verb_tags(verb.low) and tag != "VBG":
            participle = w.verb_form(lemmas[0], "VBN")
            if participle is None:
                return None
            already = words[verb_at - 1]
            fixed = f"{match_case('had', already.text)} already {participle}"
            message = f"Before the arrival, 'already' takes the past perfect: '{fixed}'."
            return self.finding(already.start, verb.end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)
        return None


def _clause_comma(doc: Document, words: list[Word]) -> int | None:
    """The index of the opening clause's last word, the one before its comma (within
    :data:`_CLAUSE_WORDS`); None when the clause breaks first on anything else."""
    for at in range(1, min(_CLAUSE_WORDS, len(words) - 2)):
        if not words[at].joined:
            gap = doc.text[words[at].end : words[at + 1].start].strip()
            return at if gap == "," else None
    return None


def _past_clause(words: list[Word], tags: list[str], start: int, comma: int) -> bool:
    """The opening clause from ``start`` to ``comma`` has a subject and then a past that is only a past
    ("When the alarm sounded", not "When I put him off", where 'put' may be a present, nor "Once
    shipped", a participle with no subject), and nothing present or to come."""
    opening = tags[start : comma + 1]
    if any(tag in ("VBP", "VBZ", "MD") for tag in opening):
        return False
    first = next((at for at in range(start, comma + 1) if tags[at].startswith("VB")), None)
    if first is None or first == start or tags[first] != "VBD" or "VBP" in w.verb_tags(words[first].low):
        return False
    return tags[first - 1].startswith(("NN", "PRP"))


def _arrival(words: list[Word], comma: int) -> bool:
    return any(word.low in _ARRIVALS for word in words[1 : comma + 1])


def _verb_after_subject(words: list[Word], tags: list[str], start: int) -> int | None:
    """Where the main clause's verb stands after a short subject that opens at ``start``: a subject
    pronoun, or a noun phrase of at most :data:`_SUBJECT_WORDS` words ending in a noun, then at most
    one adverb ('calmly', 'already')."""
    if words[start].low in w.SUBJECT_PRONOUNS:
        at = start + 1
    else:
        at = start
        while at < len(words) and at - start < _SUBJECT_WORDS and tags[at] in _SUBJECT_TAGS and words[at].joined:
            at += 1
        if at == start or not tags[at - 1].startswith("NN"):
            return None
    if at < len(words) and tags[at] == "RB" and words[at - 1].joined:
        at += 1
    if at >= len(words) or not words[at - 1].joined:
        return None
    already = words[at - 1].low == "already" and "VBD" in w.verb_tags(words[at].low)  # "already spread", read NN
    return at if tags[at].startswith("VB") or already else None


RULES = [PastClauseTense]
