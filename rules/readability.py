"""Readability: sentences too long to follow, paragraphs and documents above the target grade.

Thresholds come from the ``[readability]`` config table: ``max-sentence-words`` (default 40),
``target-grade`` for the whole document (default 12, a Flesch-Kincaid US school grade) and
``paragraph-grade`` for single paragraphs (default 16: one paragraph varies far more than a
document, and news paragraphs have a median grade near 13). Grades are computed by
:mod:`lint._stats` (syllables as textstat counts them, from the packaged CMU dictionary).
All three are advice: information, not warnings, unless the config raises their severity.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, Severity
from lint._rule import Rule
from lint._stats import flesch_kincaid_grade, readability_setting, sentence_syllables

if TYPE_CHECKING:
    from lint._document import Document

DEFAULT_MAX_WORDS = 40
DEFAULT_TARGET_GRADE = 12.0
DEFAULT_PARAGRAPH_GRADE = 16.0
# A grade is noise on a handful of words: paragraphs need this many words and two sentences,
# documents this many words.
_MIN_PARAGRAPH_WORDS = 40
_MIN_DOCUMENT_WORDS = 150


class LongSentence(Rule):
    id = "readability.long-sentence"
    category = "readability"
    severity = Severity.INFO
    summary = "A sentence longer than the configured limit (40 words by default)."
    why = (
        "Readers lose the thread of a sentence after thirty to forty words; wire-service style guides "
        "advise splitting long sentences. Set the limit with `[readability] max-sentence-words`."
    )
    bad = (
        "The council, which met on Monday for the first time since the election that returned a majority "
        "for the governing coalition, voted to delay the budget, which had been expected for months, until "
        "officials could review the new figures from the treasury and the auditors.",
    )
    good = ("The council met on Monday. It voted to delay the budget until officials review the new figures.",)

    def check(self, doc: Document) -> Iterator[Finding]:
        limit = int(readability_setting(doc, "max-sentence-words", DEFAULT_MAX_WORDS))
        for sentence, words in zip(doc.sentences, doc.sentence_words, strict=True):
            if len(words) > limit:
                yield self.finding(
                    sentence.start,
                    sentence.end,
                    f"This sentence has {len(words)} words (limit {limit}): consider splitting it.",
                )


class HardParagraph(Rule):
    id = "readability.hard-paragraph"
    category = "readability"
    severity = Severity.INFO
    summary = "A paragraph far above the target reading grade (Flesch-Kincaid 16 by default)."
    why = (
        "Long sentences of long words make a paragraph hard going. The Flesch-Kincaid grade estimates "
        "the years of schooling a reader needs; general news aims at 12 or below for a whole story, and a "
        "paragraph at 16 or more is university reading. Paragraphs of fewer than "
        f"{_MIN_PARAGRAPH_WORDS} words or one sentence are skipped (a grade means little there). "
        "Set the limit with `[readability] paragraph-grade`."
    )
    bad = (
        "Municipal representatives deliberated extensively regarding infrastructural modernization "
        "initiatives, emphasizing intergovernmental coordination and institutional accountability. "
        "Administrative authorities subsequently characterized the comprehensive proposals as fundamentally "
        "unsustainable, notwithstanding considerable governmental appropriations designated for "
        "implementation across metropolitan jurisdictions. Consequently, departmental representatives "
        "recommended substantial reconsideration.",
    )
    good = (
        "The council met on Monday. It talked about the roads for a long time. Most members liked the plan. "
        "Some said it cost too much. The mayor said the city would find the money. A vote is due next week. "
        "Residents can comment until then.",
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        target = readability_setting(doc, "paragraph-grade", DEFAULT_PARAGRAPH_GRADE)
        sentence_spans, by_sentence, syllable_counts = doc.sentences, doc.sentence_words, sentence_syllables(doc)
        index = 0
        for paragraph in doc.paragraphs:
            words = sentences = syllable_count = 0
            while index < len(sentence_spans) and sentence_spans[index].start < paragraph.end:
                words += len(by_sentence[index])
                sentences += 1 if by_sentence[index] else 0
                syllable_count += syllable_counts[index]
                index += 1
            if words < _MIN_PARAGRAPH_WORDS or sentences < 2:
                continue
            grade = flesch_kincaid_grade(words, sentences, syllable_count)
            if grade > target:
                yield self.finding(
                    paragraph.start,
                    paragraph.end,
                    f"This paragraph reads at grade {grade:.1f} (target {target:g}): shorter sentences and "
                    "plainer words would help.",
                )


class HardDocument(Rule):
    id = "readability.hard-document"
    category = "readability"
    severity = Severity.INFO
    document_level = True
    summary = "A whole document above the target reading grade (Flesch-Kincaid, 12 by default)."
    why = (
        "A story that reads at university level loses general readers. The finding sits on the first "
        f"paragraph and gives the document's grade; documents under {_MIN_DOCUMENT_WORDS} words are "
        "skipped. Set the target with `[readability] target-grade`; see `copydesk check --stats` for "
        "the figures."
    )
    bad = (
        " ".join(
            [
                "Municipal representatives deliberated extensively regarding infrastructural modernization "
                "initiatives, emphasizing intergovernmental coordination and institutional accountability."
            ]
            * 12
        ),
    )
    good = (" ".join(["The council met on Monday. It talked about the roads. Most members liked the plan."] * 12),)

    def check(self, doc: Document) -> Iterator[Finding]:
        words = doc.tokens
        if len(words) < _MIN_DOCUMENT_WORDS or not doc.paragraphs:
            return
        sentences = sum(1 for sentence_words in doc.sentence_words if sentence_words)
        grade = flesch_kincaid_grade(len(words), sentences, sum(sentence_syllables(doc)))
        target = readability_setting(doc, "target-grade", DEFAULT_TARGET_GRADE)
        if grade > target:
            first = doc.paragraphs[0]
            yield self.finding(
                first.start,
                first.end,
                f"This document reads at grade {grade:.1f} (target {target:g}; {len(words)} words, "
                f"{len(words) / max(sentences, 1):.1f} words a sentence).",
            )


RULES = [LongSentence, HardParagraph, HardDocument]
