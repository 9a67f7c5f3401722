"""Subject–verb agreement in the clear cases: "the figures was", "she agree", "one of the … are"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, places, positions

if TYPE_CHECKING:
    from lint._document import Document

TO_PLURAL = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
TO_SINGULAR = {plural: singular for singular, plural in TO_PLURAL.items()}
_PLURAL_FORMS = {**TO_PLURAL, "was": "were", "wasn't": "weren't"}
# Determiners that open a subject noun phrase.
_SUBJECT_DETERMINERS = w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES | w.PLURAL_DETERMINERS
_SINGULAR_DETERMINERS = frozenset("the a an this that each every his her its our their my your".split())
# Adverbs allowed between a pronoun subject and its verb ("she also agree").
_SUBJECT_ADVERBS = frozenset("also still never always often usually rarely sometimes now".split())
# Verbs after which "he"/"she"/"it" … is not a plain subject (questions, causatives, subjunctives).
_NOT_SUBJECT_CONTEXT = w.AUXILIARIES | frozenset(
    "let lets make makes made help helps helped see saw seen watch watched hear heard bid feel felt that lest "
    "if".split()
)
_NOT_BASE_VERBS = frozenset("need dare be please let".split())
_OBJECT_STARTS = (w.ARTICLES | w.DEMONSTRATIVES | w.OBJECT_PRONOUNS | frozenset(("that",))) - {"her"}
_TRIGGERS = _SUBJECT_DETERMINERS | frozenset("he she it i we they one each".split())
_OF_DETERMINERS = (w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES) - {"a", "an"}
_FINITE = frozenset(set(TO_PLURAL) | set(TO_SINGULAR) | w.MODALS | {"had", "did", "do"})


class SubjectVerbAgreement(GrammarRule):
    id = "grammar.agreement"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb that does not agree with its subject, in the clear cases."
    why = (
        "'The figures was', 'she agree', 'the agency plan to' and 'one of the officials are' are the "
        "agreement slips that survive a quick read. Only unambiguous subjects are checked: a plural "
        "noun right after a determiner, 'he', 'she' or 'it', a singular noun after a determiner, and "
        "'one of' or 'each of'. Collective nouns with a plural verb ('the government have') are "
        "standard British English and flagged only in en-US; words in quotation marks are left as spoken."
    )
    bad = (
        "The figures was released on Monday.",
        "She agree with the ruling.",
        "They has a point, and we was right.",
        "One of the officials are under investigation.",
        "He said the agency plan to cut 200 jobs.",
        "The report have been delayed.",
        "The government have refused to comment.",
    )
    good = (
        "The figures were released on Monday.",
        "One of the figures was wrong, and the news is good.",
        "Does she agree with the ruling? Let it go, and make him pay.",
        "The court demanded that he resign and that the agency remain independent.",
        "Among the dead was a child; the series is over.",
        "The agency plan to cut 200 jobs was rejected.",
        "The majority are women, and the couple have two children.",
        "One of the officials who are under investigation resigned.",
        '"She don\'t care," he said.',
        "World War I was long; Elizabeth I is buried here; I was there.",
    )
    fixed = (
        "The figures were released on Monday.",
        "She agrees with the ruling.",
        "They have a point, and we were right.",
        "One of the officials is under investigation.",
        "He said the agency plan to cut 200 jobs.",
        "The report has been delayed.",
        "The government have refused to comment.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        british = doc.language == "en-GB"
        for words, index in places(doc, _subject_starts(doc)):
            finding = self._at(doc, words, index, british)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding

    def _at(self, doc: Document, words: list[Word], index: int, british: bool) -> Finding | None:
        """The finding for the subject that starts at ``words[index]``, if any (each check finds at most one)."""
        low = words[index].low
        if low in _SUBJECT_DETERMINERS:
            return self._noun_phrase(words, index, british) if _opens_subject(doc, words, index) else None
        if low in ("he", "she", "it"):
            return self._pronoun(words, index)
        if low in ("i", "we", "they"):
            return self._plural_pronoun(words, index)
        return self._one_of(words, index)

    def _noun_phrase(self, words: list[Word], index: int, british: bool) -> Finding | None:
        """determiner + up to two modifiers + head noun + verb."""
        determiner = words[index].low
        for head_index in range(index + 1, min(index + 4, len(words) - 1)):
            if not words[head_index - 1].joined:
                return None
            head = words[head_index]
            verb = words[head_index + 1]
            if head.capitalised or not head.joined or verb.capitalised:
                return None
            if w.is_plural_noun(head.low) and determiner not in ("a", "an", "this", "that", "each", "every"):
                following = words[head_index + 2].low if head_index + 2 < len(words) and verb.joined else ""
                singular_verb = (
                    verb.low in TO_PLURAL
                    or _verb_only_third_person(verb.low)
                    # "figures shows a fall": a noun-or-verb form is a verb when an object follows
                    or ("VBZ" in w.verb_tags(verb.low) and following in _OBJECT_STARTS)
                )
                if singular_verb:
                    plural = TO_PLURAL.get(verb.low) or _lemma_of_third_person(verb.low)
                    return self._report(verb, plural, f"'{head.text}' is plural", FixSafety.SAFE) if plural else None
                return None
            if determiner in _SINGULAR_DETERMINERS and w.is_singular_count_noun(head.low):
                if british and head.low in w.COLLECTIVE_NOUNS:
                    return None
                if verb.low in TO_SINGULAR and not (verb.low == "were" and _after_if(words, index)):
                    if verb.low in ("have", "haven't") and index > 0 and words[index - 1].low == "that":
                        return None  # "insisted that the board have the final say": subjunctive
                    # A collective noun with a plural verb is a choice of style (British usage), not a slip.
                    safety = FixSafety.UNSAFE if head.low in w.COLLECTIVE_NOUNS else FixSafety.SAFE
                    return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", safety)
                third = _third_person_of_base(verb.low) if determiner not in ("a", "an") else None
                if third and _clearly_finite(words, head_index + 1) and not _after_that(words, index):
                    return self._report(verb, third, f"'{head.text}' is singular", FixSafety.UNSAFE)
                return None
            if not _modifier(head.low):
                return None
        return None

    def _pronoun(self, words: list[Word], index: int) -> Finding | None:
        pronoun = words[index]
        if index > 0 and words[index - 1].low in _NOT_SUBJECT_CONTEXT:
            return None
        if pronoun.low == "it" and index > 0 and words[index - 1].low not in ("and", "but", "because", "so", "while"):
            return None
        target_index = _verb_after(words, index)
        if target_index is None or words[target_index].capitalised:
            return None
        verb = words[target_index]
        third = _third_person_of_base(verb.low)
        if third:
            return self._report(verb, third, f"'{pronoun.text}' takes '{third}'", FixSafety.SAFE)
        return None

    def _plural_pronoun(self, words: list[Word], index: int) -> Finding | None:
        """'they has', 'we was', 'I has': these subjects never take the third-person singular."""
        pronoun = words[index]
        if pronoun.low == "i" and (pronoun.text != "I" or (index > 0 and words[index - 1].capitalised)):
            return None  # "World War I is", "Elizabeth I was"
        if index > 0 and words[index - 1].low in w.AUXILIARIES:
            return None  # questions: "Does they …" is a different slip
        target_index = _verb_after(words, index)
        if target_index is None:
            return None
        verb = words[target_index]
        if verb.low in ("was", "wasn't") and pronoun.low == "i":
            return None
        replacement = _PLURAL_FORMS.get(verb.low)
        if replacement is None and _verb_only_third_person(verb.low):
            replacement = _lemma_of_third_person(verb.low)
        if replacement is not None:
            if pronoun.low == "i" and replacement in ("are", "aren't"):
                replacement = "am" if replacement == "are" else "am not"
            return self._report(verb, replacement, f"'{pronoun.text}' does not take '{verb.text}'", FixSafety.SAFE)
        return None

    def _one_of(self, words: list[Word], index: int) -> Finding | None:
        if index + 3 >= len(words) or words[index + 1].low != "of" or not words[index].joined:
            return None
        if index > 0 and words[index - 1].low in w.PREPOSITIONS:
            return None  # "the numbers of each of its elements are": 'each of' is not the subject
        cursor = index + 2
        if words[cursor].low in ("them", "us", "you"):
            head_index = cursor
        else:
            if words[cursor].low not in _OF_DETERMINERS:
                return None
            head_index = cursor + 1
            while head_index < len(words) - 1 and not w.is_plural_noun(words[head_index].low):
                if head_index - cursor > 2 or not _modifier(words[head_index].low):
                    return None
                head_index += 1
        if not _joined_between(words, index, head_index + 1) or head_index + 1 >= len(words):
            return None
        verb = words[head_index + 1]
        if verb.low in TO_SINGULAR:
            return self._report(
                verb, TO_SINGULAR[verb.low], f"the subject is '{words[index].text} of …'", FixSafety.SAFE
            )
        return None

    def _report(self, verb: Word, replacement: str, reason: str, safety: FixSafety) -> Finding:
        suggestion = match_case(replacement, verb.text)
        return self.finding(
            verb.start,
            verb.end,
            f"{reason[0].upper()}{reason[1:]}: use '{suggestion}', not '{verb.text}'.",
            suggestions=(suggestion,),
            fix=safety,
        )


def _subject_starts(doc: Document) -> list[int]:
    """Positions of the trigger words, less the determiners after a word that is joined to them
    and opens no clause ("of the", "in a"): most determiners, sifted on the flat word list before
    any is turned into a (sentence, index) place. The rest is :func:`_opens_subject`'s to judge."""
    tokens = doc.tokens
    kept = []
    for position in positions(doc, _TRIGGERS):
        token = tokens[position]
        if not token.sentence_start and token.low in _SUBJECT_DETERMINERS:
            previous = tokens[position - 1]  # the word before it in its sentence
            if previous.joined and previous.low not in w.CLAUSE_OPENERS:
                continue
        kept.append(position)
    return kept


def _opens_subject(doc: Document, words: list[Word], index: int) -> bool:
    """The determiner starts a clause: sentence start, after a comma, or after 'that', 'because', …"""
    if index == 0:
        return True
    previous = words[index - 1]
    if previous.joined:
        return previous.low in w.CLAUSE_OPENERS
    return doc.text[previous.end : words[index].start].strip() in (",", ";", ":")


def _modifier(low: str) -> bool:
    pos = w.tags(low)
    return bool(pos) and pos <= {"ADJ", "NOUN", "VERB", "ADV"} and ("ADJ" in pos or "NOUN" in pos)


def _joined_between(words: list[Word], first: int, last: int) -> bool:
    return all(words[i].joined for i in range(first, min(last, len(words) - 1)))


def _verb_after(words: list[Word], index: int) -> int | None:
    """Where the verb after the subject ``words[index]`` stands: the next word, or the one after an
    adverb ("they often has"); None when punctuation breaks the run or the sentence ends."""
    target = index + 1
    if target < len(words) and words[target].low in _SUBJECT_ADVERBS and words[index].joined:
        if not words[target].joined:
            return None
        target += 1
    elif not words[index].joined:
        return None
    return target if target < len(words) else None


def _after_if(words: list[Word], index: int) -> bool:
    return index > 0 and words[index - 1].low in ("if", "though", "wish")


def _after_that(words: list[Word], index: int) -> bool:
    return index > 0 and words[index - 1].low in ("that", "lest")


def _verb_only_third_person(low: str) -> bool:
    return w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBZ"}


def _lemma_of_third_person(low: str) -> str | None:
    for lemma in w.verb_lemmas(low):
        if low in w.verb_inflections(lemma).get("VBZ", ()):
            return lemma
    return None


def _third_person_of_base(low: str) -> str | None:
    """'agree' → 'agrees' when ``low`` is a bare verb that cannot be anything else here."""
    if low in _NOT_BASE_VERBS or low in w.MODALS:
        return None
    found = w.verb_tags(low)
    if "VB" not in found or found & {"VBD", "VBN", "VBZ", "VBG"}:
        return None
    if not w.tags(low) <= {"VERB", "NOUN"}:
        return None
    return w.verb_form(low, "VBZ")


def _clearly_finite(words: list[Word], verb_index: int) -> bool:
    """'the agency plan to cut jobs' is a clause only if no finite verb follows ('… plan to cut jobs was rejected')."""
    verb = words[verb_index].low
    if w.tags(verb) == {"VERB"}:
        return True
    if verb_index + 1 >= len(words) or words[verb_index + 1].low not in ("to", "that") or not words[verb_index].joined:
        return False
    for later in words[verb_index + 2 :]:
        low = later.low
        if low in _FINITE or ("VBD" in w.verb_tags(low) and "VBN" not in w.verb_tags(low)):
            return False
    return True


RULES = [SubjectVerbAgreement]
