"""The same word twice in a row: "the the", "in in"."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import compress, islice, pairwise
from operator import attrgetter, eq
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document, Token

# Words that English legitimately doubles: "had had", "that that", "is is" ("what it is is"; only
# after a subject clause: "the answer is is" is a slip),
# "do do", reduplication ("bye bye", "so so", "very very" in quotes), and echoic words.
GRAMMATICAL_DOUBLES = frozenset(
    """
    had that is do does can bye ha haha no so very well now there tut yeah chop knock
    hear bang boom tick tock cha choo dum la na blah yada hush quack woof mm hmm uh
    ah oh ho hey really much far many long please never yes tsk etc night yum ooh hip pooh ding beep
    honk toot
    """.split()
)
# Intensifiers doubled on purpose are among them: "really really", "much much better", "far far
# away", "many many years", "a long long time".

# Words that are never names, so "The The" or "In In" at the start of a sentence is a slip.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but if of in on at to for from by with as into onto over under about after before
    this these those it its he she they we you i his her their our your my is are was were be been
    """.split()
)

# Whole words only: "you you've" is "you" then "you've", and "re-do do" has no doubled word. Only
# spaces may separate the two: a removed code span or tag (U+FFFC) between them is a word of its own.
_START = attrgetter("start")
_REPEAT = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)([ \t]+|[ \t]*\n[ \t]*)(\1)\b(?!['’-]\w)", re.IGNORECASE)


class RepeatedWord(Rule):
    id = "repetition.repeated-word"
    category = "repetition"
    severity = Severity.WARNING
    summary = "The same word twice in a row."
    why = (
        "A doubled word ('the the', 'in in') is the most common slip of editing, and the eye skips it, "
        "especially across a line break. Grammatical doubles ('had had', 'that that'), interjections ('ah ah'), a word "
        "beside its contraction ('you you're') and names such as 'Duran Duran' are left alone."
    )
    bad = (
        "The the council met on Monday. My cousin is having Having a party.",
        "She was born in in Vienna. It was cheap cheap, and cheap.",
        "The answer is is not obvious.",
        "Officials said the\nthe plan was dropped.",
        "We met her her at the door.",
        "Residents who lost power should have it back by tonight, a spokesperson said said.",
        "The best part of this tent is is how quickly it goes up.",
        "You can can reschedule your appointment online.",
        "The headphones are comfortable, and the noise cancellation is is among the best we have tested.",
        "Make sure the lid is is fully sealed before you shake the jar.",
        "Every dog should wear a tag, even if he is is microchipped.",
    )
    good = (
        "She had had enough, and said that that was final.",
        "They saw Duran Duran and Walla Walla.",
        "What it is is a mystery, and all it is is talk. Bye bye! Night night, sleep tight. Hip hip hooray!",
        "the end.\n\nThe next paragraph.",
        "I tell you you're wrong, and that's that.",
        "Ah ah ah, not so fast! Oh oh, here it comes.",
        "Set the \ufffc the way the guide says.",
        "She had to re-do do-it-yourself jobs.",
        "It was really really cold, much much colder, in a land far far away. It was cheap cheap cheap.",
        "He will sue Sue. Will will come, and the rose rose again.",
        "The can can hold a litre; we can can peaches in August; they danced the can can at the show.",
        "Whoever wins wins, and what happened happened. Plan A a week ago failed.",
        "Whether it is is unclear; the reason it is is simple, and the way the world is is odd.",
        "The word is is short, and the verb is is irregular.",
        "It works, and what it is is a mystery; and the way the world is is odd.",
        "What the point of the rule is is unclear; the way the owner of the shop saw it is is not known.",
        "She gave her her keys back and told her her car was ready.",
        "Make sure what it is is clear; check that the way the world is is understood.",
        "Whether it is is unclear, and what it is is a mystery.",
    )
    fixed = (
        "The council met on Monday. My cousin is having a party.",
        "She was born in Vienna. It was cheap, and cheap.",
        "The answer is not obvious.",
        "Officials said the plan was dropped.",
        "We met her at the door.",
    )
    fix = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _matches(doc):
            first, second = match.group(1), match.group(3)
            lower = first.lower()
            if lower in GRAMMATICAL_DOUBLES and not (
                (lower == "is" and _subject_then_is_is(text, match.start()))
                or (lower == "can" and _modal_can_doubled(text, match.start(), match.end()))
            ):
                continue
            if lower not in FUNCTION_WORDS and _subject_clause_verb(text, match.start(), lower):
                continue  # "whoever wins wins", "what happened happened": a subject clause, then the verb
            if first == "A" and second == "a" and not _is_sentence_start(text, match.start()):
                continue  # "plan A a few days ago": a label, then the article
            if first != second and (first.isupper() or second.isupper()) and len(first) > 1:
                continue  # "the first FIRST Global": an acronym beside the word
            if (
                first[0].isupper()
                and second[0].isupper()
                and (lower not in FUNCTION_WORDS or not _is_sentence_start(text, match.start()))
            ):
                continue  # a name: "Duran Duran", "Sirhan Sirhan" (but "The The" at a start is a slip)
            if lower not in FUNCTION_WORDS and _third_time(text, match.end(), lower):
                continue  # "cheap cheap cheap": three in a row is said on purpose ("the the the" is not)
            if _name_beside_word(text, match.start(), first, second):
                continue  # "he will sue Sue", "Will will come": a name beside the same word
            if lower == "her" and _verb_before(text, match.start()) and _noun_phrase_after(text, match.end()):
                continue  # "gave her her keys", "told her her car was ready": the object, then the possessive
            if _noun_then_past(text, match.start(), lower):
                continue  # "the rose rose", "the saw saw it": a noun, then the same form as a past tense
            if doc.is_protected(match.start(), match.end()) or not doc.offsets.is_editable(*match.span()):
                continue  # machine text, or markup between the two words ("the `x` the")
            yield self.finding(
                match.start(),
                match.end(),
                f"'{first}' is repeated.",
                suggestions=(first,),
                fix=FixSafety.SAFE,
            )


def _modal_can_doubled(text: str, start: int, end: int) -> bool:
    """'can can' after a subject pronoun and before a verb that is no noun ("You can can reschedule"):
    the modal typed twice. Not "the can can hold", "we can can peaches" (the verb 'can' and its object)."""
    from .grammar import _words as w

    verb = _next_word(text, end)
    if _previous_word(text, start) not in w.SUBJECT_PRONOUNS or verb is None:
        return False
    return "VB" in w.verb_tags(verb) and "NOUN" not in w.tags(verb)


def _previous_word(text: str, start: int) -> str | None:
    """The word (lower case) that ends just before ``start``, spaces or tabs between; None when
    punctuation or nothing stands there."""
    before: list[str] = re.findall(r"[^\W\d_]+", text[max(0, start - 20) : start])
    if not before or not text[:start].rstrip(" \t").endswith(before[-1]):
        return None
    return before[-1].lower()


def _next_word(text: str, end: int) -> str | None:
    """The word (lower case) after ``end``, spaces or tabs between; None when something else follows."""
    match = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 40])
    return None if match is None else str(match.group(1)).lower()


def _name_beside_word(text: str, start: int, first: str, second: str) -> bool:
    """One of the two is capitalised and the other not, and the word is not a function word: a name
    beside the same word ("sue Sue", "Bill's bill"); a capital that only opens the sentence counts
    when the word is also a verb ("Will will come", "Rose rose early"), not "Council council"."""
    lower = first.lower()
    if first[0].isupper() == second[0].isupper() or lower in FUNCTION_WORDS or lower.endswith(("ing", "ed", "ly")):
        return False  # "is having Having": an -ing, -ed or -ly form is no name
    if second[0].isupper() or not _is_sentence_start(text, start):
        return True
    from .grammar import _words as w

    return "VERB" in w.tags(lower)


def _verb_before(text: str, start: int) -> bool:
    """The word before ``start`` is a verb ("gave", "told", "sends"): 'her' is the only pronoun that
    is both an object and a possessive, so a verb before 'her her' takes the first as its object and
    the second opens the next noun phrase ("gave her her keys")."""
    word = _previous_word(text, start)
    if word is None:
        return False
    from .grammar import _words as w

    return bool(w.verb_tags(word)) and word not in FUNCTION_WORDS


def _noun_phrase_after(text: str, end: int) -> bool:
    """A word that may open a noun phrase follows ``end`` ("her her keys"), not a preposition, a
    pronoun or the end of the clause ("met her her at the door" is a slip)."""
    word = _next_word(text, end)
    if word is None:
        return False
    from .grammar import _words as w

    return word not in FUNCTION_WORDS and word not in w.PREPOSITIONS


def _noun_then_past(text: str, start: int, lower: str) -> bool:
    """An article or a possessive before a word that is both a noun and a past tense ("the rose
    rose", "his saw saw"): the second is the verb."""
    before = text[max(0, start - 8) : start].split()
    if not before or before[-1].lower() not in ("the", "a", "an", "this", "that", "my", "his", "her", "our", "their"):
        return False
    from .grammar import _words as w

    return "NOUN" in w.tags(lower) and "VBD" in w.verb_tags(lower)


_FUSED_RELATIVES = frozenset("what whatever where how why who whoever all".split())
"""Words that open a subject clause ending in 'is' before the sentence's own 'is' ("what it is is")."""


def _subject_clause_verb(text: str, start: int, lower: str) -> bool:
    """A finite verb doubled after 'whoever', 'what' … in its sentence ("whoever wins wins")."""
    from .grammar import _words as w

    return bool(w.verb_tags(lower) & {"VBZ", "VBD"}) and not _lone_is_is(text, start)


def _lone_is_is(text: str, start: int) -> bool:
    """'Is is' with no 'what', 'where', 'how', 'all' … before it in its sentence, since its last
    comma: no subject clause ends on the first 'is' ("the answer is is not obvious"; "what it is is
    a scam" is right; "Residents who lost power …, a spokesperson said said" has no subject clause
    before 'said said')."""
    before = text[:start]
    opening = max(before.rfind(mark) for mark in (".", "!", "?", "\n", ";", ":", ","))
    words = re.findall(r"[^\W\d_]+", before[opening + 1 :].lower())
    return not any(word in _FUSED_RELATIVES for word in words)


_SUBJECT_WORDS = 8
"""At most this many words in the noun phrase before a slipped 'is is' ("the best part of this tent")."""
_CLAUSE_WORDS = _FUSED_RELATIVES | frozenset("whether which whichever however wherever whenever if".split())
_CLAUSE_COORDINATORS = frozenset("and but or so yet".split())
_CLAUSE_INTRODUCERS = (["make", "sure"], ["be", "sure"], ["ensure"], ["check", "that"], ["note", "that"])
"""Words that open a finite clause whose subject follows: after them the clause opens ("make sure the lid is is")."""
_ADVERBIAL_OPENERS = frozenset("if when because since although though unless once until while".split())
"""Words that open a clause of condition, time or cause: its subject pronoun and 'is' is no subject clause
("even if he is is microchipped"; not "whether it is is unclear")."""
_WORD_NOUNS = frozenset("word words verb verbs term terms token tokens keyword".split())
"""Nouns that name the next word ("the word is is short"): the second 'is' is the word named."""


def _subject_then_is_is(text: str, start: int) -> bool:
    """'Is is' after a lone noun phrase that opens its sentence or clause ('the answer is is not
    obvious', 'it is is'): a slip. After a clause of its own, the first 'is' ends a subject clause
    ('whether it is is unclear', 'the reason it is is simple', 'the way the world is is odd')."""
    from .grammar import _words as w

    before = text[:start]
    opening = max(before.rfind(mark) for mark in (".", "!", "?", "\n", ";", ":", ",", '"', "“", "”"))
    words = re.findall(r"[^\W\d_]+", before[opening + 1 :].lower())
    if words and words[0] in _CLAUSE_COORDINATORS:
        words = words[1:]  # ", and the noise cancellation is is": the clause opens after 'and'
    introducer = next((length for length in (2, 1) if words[:length] in _CLAUSE_INTRODUCERS), 0)
    words = words[introducer:]  # "Make sure the lid is is sealed": the clause opens after 'make sure'
    if len(words) >= 2 and words[-2] in _ADVERBIAL_OPENERS and words[-1] in w.SUBJECT_PRONOUNS:
        return True  # "even if he is is microchipped": a clause of time or condition has no subject clause
    if not words or len(words) > _SUBJECT_WORDS or any(word in _CLAUSE_WORDS for word in words):
        return False
    if words[-1] in _WORD_NOUNS:
        return False
    # a determiner after a preposition opens the preposition's object ("the best part of this tent is
    # is"), not a clause's subject ("the way the world is is odd")
    return not any(
        word in w.SUBJECT_PRONOUNS or (word in w.DETERMINERS and previous not in w.PREPOSITIONS)
        for previous, word in pairwise(words)
    )


def _third_time(text: str, end: int, lower: str) -> bool:
    """The word comes a third time right after the pair that ends at ``end``."""
    rest = text[end : end + len(lower) + 4].lstrip(" \t")
    return rest[: len(lower)].lower() == lower and not rest[len(lower) : len(lower) + 1].isalnum()


def _matches(doc: Document) -> Iterator[re.Match[str]]:
    """What ``_REPEAT.finditer`` finds, trying the regex only where the words say it can match.

    A match starts where a word starts (the look-behind rules out the middle of a word), and its
    second half is the whole next word (``\\b`` and the look-ahead end it where the word ends), the
    same letters in lower case (the back-reference compares them one by one, lower-cased): so the
    regex is tried only where a word's lower-case form is the next word's, found by one C-level
    comparison of the word list with itself shifted by one (``str.startswith`` per pair cost 2.5x).
    Two exceptions are tried too: a word that ends on an apostrophe the word pattern leaves out
    ("dogs'", whose match may run past the word), and words with the two letters whose lower case
    the regex engine and ``str.lower`` disagree on (İ, and Σ at the end of a word).
    """
    text = doc.text
    tokens = doc.tokens
    lows = doc.lows
    starts = set(compress(range(len(lows) - 1), map(eq, lows, islice(lows, 1, None))))
    for mark in _WORD_END_MARK.finditer(text):
        position = mark.start()
        index = _word_before(tokens, position)
        if index >= 0 and tokens[index].end == position:
            starts.add(index)
    for letter in ("İ", "Σ"):
        for position in _positions(text, letter):
            index = _word_before(tokens, position)
            starts.update(candidate for candidate in (index - 1, index) if candidate >= 0)
    searched = 0
    for index in sorted(starts):
        start = tokens[index].start
        if start < searched:
            continue  # inside the last match: finditer goes on after it
        match = _REPEAT.match(text, start)
        if match is not None:
            searched = match.end()
            yield match


# An apostrophe right after a word character and not before a letter or digit: one that may end a
# word ("dogs'"). One before a letter or digit never does: the word goes on over it ("don't").
_WORD_END_MARK = re.compile(r"['’](?<=\w['’])(?![^\W_])")


def _positions(text: str, char: str) -> Iterator[int]:
    position = text.find(char)
    while position >= 0:
        yield position
        position = text.find(char, position + 1)


def _word_before(tokens: list[Token], position: int) -> int:
    """The index of the last word that starts at or before ``position``, or -1."""
    return bisect_right(tokens, position, key=_START) - 1


def _is_sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"“‘'(")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


RULES = [RepeatedWord]
