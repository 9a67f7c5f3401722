"""Typing slips that leave real words: one word split in two ("it self", "with out", "head quarters")
and a phrasal verb written as its noun ("you can backup your files", "how to setup the printer").

The spelling rules cannot see these: every word is in the dictionary. The split words are data
(``split-words.txt``): each pair was judged by hand and checked against Norvig's web counts (the
joined word many times commoner than the pair), with the context conditions that rule out the
readings that are right as two words ("be cause for concern", "in word and in deed").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

SPLIT_WORDS_FILE = Path(__file__).with_name("split-words.txt")

BREAK = "|"
"""In a condition: no neighbour (the sentence starts or ends, or punctuation stands between)."""


def _have(low: str) -> bool:
    return low in ("have", "has", "had", "having") or low.endswith("'ve")


CLASSES: dict[str, Callable[[str], bool]] = {
    "have": _have,
    "pron": w.SUBJECT_PRONOUNS.__contains__,
    "det": w.DETERMINERS.__contains__,
    "vbn": lambda low: "VBN" in w.verb_tags(low),
    "finite": w.only_finite,
    "verb": w.may_be_finite,
}
"""The word classes a pattern or a condition may name with ``@``."""


@dataclass(frozen=True, slots=True)
class Slot:
    """What one word of a pattern, or a neighbour in a condition, may be."""

    words: frozenset[str]
    classes: tuple[str, ...] = ()
    at_break: bool = False
    """In a condition: whether having no neighbour counts as a match."""

    @classmethod
    def parse(cls, text: str, separator: str) -> Slot:
        items = text.split(separator)
        words = frozenset(item.lower() for item in items if item and item[0] not in "@|")
        classes = tuple(item[1:] for item in items if item.startswith("@"))
        unknown = [name for name in classes if name not in CLASSES]
        if unknown:
            raise ValueError(f"unknown word class in {SPLIT_WORDS_FILE.name}: {unknown}")
        return cls(words, classes, BREAK in items)

    def matches(self, word: Word | None) -> bool:
        if word is None:
            return self.at_break
        return word.low in self.words or any(CLASSES[name](word.low) for name in self.classes)


@dataclass(frozen=True, slots=True)
class SplitPattern:
    """One line of ``split-words.txt``: the words, which of them the replacement stands for, and the
    conditions on the neighbours."""

    slots: tuple[Slot, ...]
    first: int
    """Index of the first word replaced."""
    last: int
    """Index after the last word replaced."""
    replacement: str
    before: tuple[tuple[bool, Slot], ...] = ()
    """(must match, slot) conditions on the word before the pattern."""
    after: tuple[tuple[bool, Slot], ...] = ()
    lower: bool = False
    """Only a lower-case first replaced word ('al so', not the name 'Al')."""

    def holds(self, words: list[Word], start: int) -> bool:
        """Whether the pattern, its first word at ``start``, stands in ``words`` with its conditions."""
        end = start + len(self.slots)
        if start < 0 or end > len(words):
            return False
        for offset, slot in enumerate(self.slots):
            word = words[start + offset]
            if not slot.matches(word) or (offset < len(self.slots) - 1 and not word.joined):
                return False
        replaced = words[start + self.first : start + self.last]
        if any(word.text[:1].isupper() for word in replaced[1:]):
            return False  # a name or a title in capitals: "World Wide Web", "Head Quarters Bar"
        if self.lower and replaced[0].text[:1].isupper():
            return False
        previous = words[start - 1] if start > 0 and words[start - 1].joined else None
        following = words[end] if end < len(words) and words[end - 1].joined else None
        return all(slot.matches(previous) == wanted for wanted, slot in self.before) and all(
            slot.matches(following) == wanted for wanted, slot in self.after
        )


def parse_line(line: str) -> SplitPattern | None:
    """A :class:`SplitPattern` from one line of the data file (None for a blank or comment line)."""
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    pattern, arrow, rest = text.partition(">")
    if not arrow:
        raise ValueError(f"no '>' in {SPLIT_WORDS_FILE.name} line: {line!r}")
    tokens = pattern.replace("[", " [ ").replace("]", " ] ").split()
    slots: list[Slot] = []
    first, last = 0, -1
    for token in tokens:
        if token == "[":
            first = len(slots)
        elif token == "]":
            last = len(slots)
        else:
            slots.append(Slot.parse(token, "|"))
    parts = rest.split()
    replacement_words = [part for part in parts if "=" not in part and part != "lower"]
    before: list[tuple[bool, Slot]] = []
    after: list[tuple[bool, Slot]] = []
    for part in parts:
        key, equals, value = part.partition("=")
        if equals:
            target = before if key.lstrip("!") == "before" else after
            target.append((not key.startswith("!"), Slot.parse(value, ",")))
    return SplitPattern(
        tuple(slots),
        first,
        len(slots) if last < 0 else last,
        " ".join(replacement_words),
        tuple(before),
        tuple(after),
        "lower" in parts,
    )


_COMMON = frozenset("the a an to of in on at by for with and as is be it one all out".split())
"""Words too common to trigger a pattern when it holds a rarer one ("self" for "it self")."""


def _trigger(pattern: SplitPattern) -> int:
    """Index of the word a pattern is looked up by: the last plain replaced word, a rare one if any."""
    plain = [index for index in range(pattern.first, pattern.last) if pattern.slots[index].words]
    plain = [index for index in plain if not pattern.slots[index].classes]
    if not plain:
        raise ValueError(f"a pattern needs a plain replaced word: {pattern}")
    rare = [index for index in plain if not pattern.slots[index].words & _COMMON]
    return (rare or plain)[-1]


@cache
def split_patterns() -> dict[str, tuple[tuple[SplitPattern, int], ...]]:
    """Trigger word → (pattern, the trigger's index in it), for every pattern of the data file."""
    found: dict[str, list[tuple[SplitPattern, int]]] = {}
    for line in SPLIT_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        pattern = parse_line(line)
        if pattern is None:
            continue
        offset = _trigger(pattern)
        for word in pattern.slots[offset].words:
            found.setdefault(word, []).append((pattern, offset))
    return {word: tuple(patterns) for word, patterns in found.items()}


@cache
def _split_triggers() -> frozenset[str]:
    return frozenset(split_patterns())


class SplitWord(GrammarRule):
    id = "grammar.split-word"
    category = "grammar"
    severity = Severity.WARNING
    summary = "One word written as two: 'it self', 'with out', 'head quarters', 'have all ready gone'."
    why = (
        "A stray space splits a word into two real words, which the spell checker passes. Only pairs "
        "that are almost never right as two words are reported, and only where the context rules out "
        "the two-word reading: 'it would be cause for concern', 'in word and in deed', 'we are all "
        "ready' and 'the mean time to failure' are left alone."
    )
    bad = (
        "I believe the issue it self is clear.",
        "We must leave with out them.",
        "It was all be cause of you.",
        "They found the secret head quarters.",
        "I have all ready bought it.",
        "Meanwhile we can use the old ones in the mean time.",
        "The country has not changed its re cent plan.",
        "May be I don't understand.",
    )
    good = (
        "I believe the issue itself is clear.",
        "That would be cause for concern, with out-of-town guests.",
        "We are all ready to go, and I have all ready answers.",
        "The mean time to failure is long; in the meantime we wait.",
        "She was honest in word and in deed.",
        "The Head Quarters Bar is on the World Wide Web.",
        "It may be true, but there may be others.",
        "He was lacking in tact, and every one of them knew it.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        patterns = split_patterns()
        for words, index in occurrences(doc, _split_triggers()):
            for pattern, offset in patterns[words[index].low]:
                start = index - offset
                if pattern.holds(words, start):
                    yield self._report(words[start + pattern.first : start + pattern.last], pattern.replacement)
                    break

    def _report(self, replaced: list[Word], replacement: str) -> Finding:
        written = " ".join(word.text for word in replaced)
        fixed = match_case(replacement, replaced[0].text)
        if " " in fixed:
            message = f"Write '{fixed}' here, not '{written}'."
        else:
            message = f"'{written}' is one word here: '{fixed}'."
        return self.finding(replaced[0].start, replaced[-1].end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)


PHRASAL_NOUNS = {
    noun: f"{verb} {particle}"
    for noun, verb, particle in (
        (f"{verb}{particle}", verb, particle)
        for verb, particle in (
            pair.split("+")
            for pair in """
            back+up black+out work+out come+back shut+down shut+out set+up log+in log+out check+out
            pick+up break+up clean+up look+up sign+up start+up take+over hand+out follow+up
            break+down walk+out pay+back roll+out cut+off mark+up lock+down warm+up write+up
            melt+down hang+out make+over give+away hand+over kick+off build+up bail+out take+off
            line+up hook+up spin+off print+out wake+up
            """.split()
        )
    )
}
"""Nouns (and adjectives) made of a verb and its particle, written as one word where the verb is
meant: "you can backup your files" is "back up", "how to setup the printer" is "set up"."""

_BEFORE_VERB = (
    w.MODALS
    | w.NEGATED_MODALS
    | frozenset("do does did don't doesn't didn't don’t doesn’t didn’t i you we they let's let’s".split())
)
"""Words after which only the verb can stand ("can", "don't", "we"; "let's setup")."""
_BEFORE_TO = frozenset(
    """
    want wants wanted need needs needed try tries tried trying going able unable have has had how
    decided decide plan plans planned forgot forget remember easy hard difficult time chance way
    opportunity attempt failed managed started began continue continued helps helped allowed
    """.split()
)
"""Words after which 'to' marks an infinitive ("want to backup", "how to setup"), not a preposition
("switched to backup power")."""
_PASSIVE = frozenset("got get gets getting gotten been".split())
_PARTICIPLE_NOUNS = {"shutdown": "shut down", "shutout": "shut out", "lockdown": "locked down"}
"""After 'got' the participle: "the project got shutdown"."""


class JoinedVerb(GrammarRule):
    id = "grammar.joined-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A phrasal verb written as its noun: 'you can backup', 'how to setup', 'got shutdown'."
    why = (
        "'Backup', 'setup', 'login' and 'workout' are nouns; the verbs are two words: 'back up your "
        "files', 'set up the printer', 'log in'. Only places where a verb must stand are reported: after "
        "a modal, 'do' or a subject pronoun, after an infinitive 'to' ('want to', 'how to'), and "
        "'shutdown' after 'got'."
    )
    bad = (
        "You can backup your data on an external drive.",
        "I want to setup the printer.",
        "We can workout after lunch.",
        "The project got shutdown before launch.",
        "They didn't login yesterday.",
    )
    good = (
        "Keep a backup of your data; the setup took an hour.",
        "They switched to backup power after the blackout.",
        "The workout was hard, and we set up the printer.",
        "Please log in; a login page appears.",
        "The lockdown ended in May.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PHRASAL_TRIGGERS):
            word = words[index]
            previous = words[index - 1] if index > 0 and words[index - 1].joined else None
            if previous is None or word.text[:1].isupper():
                continue
            if previous.low in _PASSIVE:
                verb = _PARTICIPLE_NOUNS.get(word.low)
            elif previous.low in w.SUBJECT_PRONOUNS and not _object_follows(words, index):
                continue  # "we startup founders", "thank you backup singers"
            elif previous.capitalised and not previous.sentence_start and previous.low == "may":
                continue  # the month: "in May setup began"
            elif previous.low in _BEFORE_VERB or (previous.low == "to" and _infinitive_to(words, index - 1)):
                verb = PHRASAL_NOUNS[word.low]
            else:
                continue
            if verb is None:
                continue
            message = f"'{word.text}' is a noun; the verb is two words: '{verb}'."
            yield self.finding(word.start, word.end, message, suggestions=(verb,), fix=FixSafety.UNSAFE)


_PHRASAL_TRIGGERS = frozenset(PHRASAL_NOUNS)


_OBJECT_STARTS = w.DETERMINERS | w.OBJECT_PRONOUNS | frozenset("to with on in for at from".split())


def _object_follows(words: list[Word], index: int) -> bool:
    """After 'we backup' an object or a preposition, or nothing, shows the verb ("we backup our files")."""
    if index + 1 == len(words) or not words[index].joined:
        return True
    return words[index + 1].low in _OBJECT_STARTS


def _infinitive_to(words: list[Word], index: int) -> bool:
    """'to' at ``index`` marks an infinitive: it follows a word that takes one ("want to", "how to")."""
    return index > 0 and words[index - 1].joined and words[index - 1].low in _BEFORE_TO


RULES = [SplitWord, JoinedVerb]
