"""A direct question in statement order: "Where you are going?" (where are you going), "Why he is
late?" (why is he), "What you want?" (what do you want), "How much it costs?" (how much does it cost).

A question that opens with a question word puts its auxiliary before the subject, or takes 'do'. The
rule looks only at a sentence that opens with the question word, goes straight on with a subject
pronoun and a verb, and ends with a question mark, with no comma and no second verb in it: "What
you need is rest?" (a clause as the subject), "When you are ready, call me?" and "Who you are
matters?" are left alone, and so are questions inside sentences (grammar.embedded-question-order).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import in_quotes, occurrences

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

_OPENERS = w.QUESTION_WORDS - {"who"}
_HOW_WORDS = frozenset("much many long often far old".split())
_PRONOUNS = w.SUBJECT_PRONOUNS
_INVERTED = w.MODALS | w.NEGATED_AUXILIARIES | frozenset("am is are was were have has had".split())
_THIRD = frozenset(("he", "she", "it"))


def _ends_in_question_mark(doc: Document, last: Word) -> bool:
    rest = doc.text[last.end : last.end + 4].lstrip("\"'”’)] ")
    return rest.startswith("?")


class QuestionOrder(GrammarRule):
    id = "grammar.question-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A direct question in statement order: 'Where you are going?', 'What you want?'."
    why = (
        "A question that opens with 'where', 'why', 'what', 'when' or 'how' puts its auxiliary before "
        "the subject ('Where are you going?', 'Why is he late?') or takes 'do' ('What do you want?', "
        "'How much does it cost?'). Checked only in a short question that opens with the question word, "
        "a subject pronoun and its verb, with no comma and no second verb: 'What you need is rest?' and "
        "'When you are ready, call me?' are left alone."
    )
    bad = (
        "Where you are going?",
        "Why he is always late?",
        "What you want from me?",
        "How much it costs?",
        "When they will arrive?",
        "Why you didn't call me?",
    )
    good = (
        "Where are you going? Why is he always late? What do you want from me?",
        "What you need is rest? When you are ready, call me? Who you are matters.",
        "Where you go, I go. How you do it is up to you.",
        "Do you know where you are going? She asked why he was late.",
        '"Where you are going?" is not English, the teacher said.',
        "How you doing?",
        "Why didn't you call me? Why you didn't call me is a mystery? Why you, of all people, didn't call?",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _OPENERS):
            if index != 0 or not words[0].capitalised:
                continue
            subject_at = 1
            if words[0].low == "how" and len(words) > 1 and words[1].low in _HOW_WORDS:
                subject_at = 2
            finding = self._statement_order(doc, words, subject_at)
            if finding is not None:
                yield finding

    def _statement_order(self, doc: Document, words: list[Word], subject_at: int) -> Finding | None:
        verb_at = subject_at + 1
        if verb_at >= len(words) or words[subject_at].low not in _PRONOUNS:
            return None
        if not all(word.joined for word in words[: len(words) - 1]) or not _ends_in_question_mark(doc, words[-1]):
            return None  # a comma or a dash inside: "When you are ready, call me?"
        subject, verb = words[subject_at], words[verb_at]
        if subject.low == "i" and subject.text != "I":
            return None
        if any(w.plainly_finite(word.low) for word in words[verb_at + 1 :]) or in_quotes(doc, verb.start):
            return None  # "What you need is rest?": a second verb, the wh-clause is a subject
        pronoun = "I" if subject.text == "I" else subject.low
        if verb.low in _INVERTED:
            message = f"A question puts '{verb.low}' before its subject: '{words[0].text} … {verb.low} {pronoun}'."
            return self.finding(
                subject.start, verb.end, message, suggestions=(f"{verb.low} {pronoun}",), fix=FixSafety.UNSAFE
            )
        do = _do_for(subject.low, w.verb_tags(verb.low))
        lemmas = w.verb_lemmas(verb.low)
        if do is None or not lemmas:
            return None
        asked = f"{do} {pronoun} {lemmas[0]}"
        message = f"A question takes '{do}' before its subject: '{words[0].text} … {asked}'."
        return self.finding(subject.start, verb.end, message, suggestions=(asked,), fix=FixSafety.UNSAFE)


def _do_for(subject: str, tags: frozenset[str]) -> str | None:
    """'does', 'do' or 'did' for a verb in the form its subject takes, else None ('you doing')."""
    if tags and tags <= {"VBD", "VBN"} and "VBD" in tags:
        return "did"  # "Where you went?"
    if subject in _THIRD:
        return "does" if "VBZ" in tags else None
    return "do" if tags & {"VB", "VBP"} else None


RULES = [QuestionOrder]
