"""Typing slips that leave real words: one word split in two ("it self", "with out", "head quarters")
and a phrasal verb written as its noun ("you can backup your files", "how to setup the printer").

The spelling rules cannot see these: every word is in the dictionary. The split words are data
(``split-words.txt``): each pair was judged by hand and checked against Norvig's web counts (the
joined word many times commoner than the pair), with the context conditions that rule out the
readings that are right as two words ("be cause for concern", "in word and in deed").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lint._findings import Finding, FixSafety, Severity
from rules._contractions import BEFORE_A_VERB, WITHOUT_APOSTROPHE, WITHOUT_T

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, match_case, occurrences, places, positions, scan
from .closed_compounds import subject_and_only_verb, verb_and_object

if TYPE_CHECKING:
    from lint._document import Document

SPLIT_WORDS_FILE = Path(__file__).with_name("split-words.txt")
SPLIT_PARTICIPLES_FILE = Path(__file__).with_name("split-participles.txt")
_SPLIT_FILES = (SPLIT_WORDS_FILE, SPLIT_PARTICIPLES_FILE)
"""The files :func:`split_patterns` reads: a change to either rebuilds its cached patterns."""
LEAST_PARTICIPLE = 1_000_000
"""A prefixed participle ('updated') and its second half ('dated') are each seen at least this often
in a trillion words, and the two halves side by side at most one time in 50 as often."""
PARTICIPLE_PREFIXES = ("up", "down", "out", "over", "under")
_BE_OR_HAVE = "am|is|are|was|were|be|been|being|has|have|had|having|@have"
_PARTICIPLES_HEADER = (
    "# Participles of a prefixed verb written as two words after 'be' or 'have' ('was up dated', 'has\n"
    "# under gone'), for grammar.split-word in the syntax of split-words.txt. From the wordsegment\n"
    "# package's counts (Apache-2.0) and lemminflect's word classes: the joined word and the second\n"
    "# half are past participles that are no base form ('set', 'come' are left out: 'was up set' may be\n"
    "# 'set up'). Rebuild: python -m rules.grammar.build_compounds\n"
)


def participles_text() -> str:
    """The contents of :data:`SPLIT_PARTICIPLES_FILE` as the counts give them, less the pairs that
    ``split-words.txt`` already lists."""
    from . import _ngrams

    counts = _ngrams._web_counts(lambda key: key.isascii() and key.replace(" ", "", 1).isalpha())
    listed = SPLIT_WORDS_FILE.read_text(encoding="utf-8")
    rows = []
    for joined, count in counts.items():
        if " " in joined or count < LEAST_PARTICIPLE or "VBN" not in w.verb_tags(joined):
            continue
        for prefix in PARTICIPLE_PREFIXES:
            rest = joined[len(prefix) :]
            if not joined.startswith(prefix) or len(rest) < 3 or counts.get(rest, 0) < LEAST_PARTICIPLE:
                continue
            if not w.verb_tags(rest) >= {"VBN"} or w.verb_tags(rest) & {"VB", "VBP"}:
                continue
            if counts.get(f"{prefix} {rest}", 0) * 50 > count or f"\n{prefix} {rest} " in listed:
                continue
            rows.append(f"{_BE_OR_HAVE} [{prefix} {rest}] > {joined}\n")
    return _PARTICIPLES_HEADER + "".join(sorted(rows, key=lambda row: row.split("[")[1]))


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


class Slot(NamedTuple):
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


class SplitPattern(NamedTuple):
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


_COMMONEST = """the to a in on by with it be as your all my free our one no time up may what news out
any there so when web e how some back top name over year day world re work most buy data make them post
her good where books high through book user set under mail life way days part store off line before take
show check case house photo power while down place him water shop board text children times class every
man card food print room men sales look team box note table market start air going come looking never
tax person less stores side key body paper road night pay light war al star space hand sun cards child
put head self track gold short past land style parts ever sound""".split()
"""The words of the patterns that are commonest in English, commonest first (Norvig's web counts, all
over 100 million): a pattern is looked up by its least common word."""
_RANK = {word: rank for rank, word in enumerate(_COMMONEST)}


def _trigger(pattern: SplitPattern) -> int:
    """Index of the word a pattern is looked up by: its least common plain replaced word ("al so" by
    "al", "be cause" by "cause"), since every occurrence of a trigger in a text costs a check."""
    plain = [index for index in range(pattern.first, pattern.last) if pattern.slots[index].words]
    plain = [index for index in plain if not pattern.slots[index].classes]
    if not plain:
        raise ValueError(f"a pattern needs a plain replaced word: {pattern}")
    return max(plain, key=lambda index: min(_RANK.get(word, len(_RANK)) for word in pattern.slots[index].words))


Candidates = dict[str, tuple[tuple[SplitPattern, int], ...]]
"""A trigger's patterns by the word beside it: ``"<with"`` (the word before is 'with'), ``">self"``
(the word after is 'self'), ``""`` (any: the neighbour is a class, or the pattern is one word)."""


def _neighbour_keys(pattern: SplitPattern, offset: int) -> list[str]:
    """The keys a pattern is filed under: the trigger's neighbour inside the pattern, when a plain word."""
    side, neighbour = ("<", offset - 1) if offset > 0 else (">", offset + 1)
    if neighbour >= len(pattern.slots) or pattern.slots[neighbour].classes:
        return [""]
    return [side + word for word in pattern.slots[neighbour].words]


@cache
def split_patterns() -> dict[str, Candidates]:
    """Trigger word → its patterns (with the trigger's index in each), filed by the neighbouring word,
    so that the thousands of 'out', 'up' and 'time' in a text cost a dictionary look-up each.

    The file's patterns are parsed once and kept in the data cache (parsing its 600-odd lines cost
    every process that runs grammar.split-word some 60 million instructions, about 8 ms; making the
    patterns from the stored rows costs a sixth of that)."""
    from lint._datacache import cached, file_stamp

    rows = cached("grammar-split-patterns", file_stamp(*_SPLIT_FILES), _pattern_rows)
    found: dict[str, dict[str, list[tuple[SplitPattern, int]]]] = {}
    for row, filed in rows:
        pattern = _from_row(row)
        for word, key, offset in filed:
            found.setdefault(word, {}).setdefault(key, []).append((pattern, offset))
    return {word: {key: tuple(patterns) for key, patterns in by_key.items()} for word, by_key in found.items()}


PatternRow = tuple[Any, ...]
"""A :class:`SplitPattern` as plain tuples (what the data cache can store)."""


def _pattern_rows() -> list[tuple[PatternRow, list[tuple[str, str, int]]]]:
    """Each pattern of the file, in order, as a row, with where it is filed: (trigger word, neighbour
    key, the trigger's index in the pattern)."""
    rows: list[tuple[PatternRow, list[tuple[str, str, int]]]] = []
    lines = SPLIT_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    for line in lines + SPLIT_PARTICIPLES_FILE.read_text(encoding="utf-8").splitlines():
        pattern = parse_line(line)
        if pattern is None:
            continue
        offset = _trigger(pattern)
        filed = [
            (word, key, offset) for word in pattern.slots[offset].words for key in _neighbour_keys(pattern, offset)
        ]
        rows.append((_row(pattern), filed))
    return rows


def _row(pattern: SplitPattern) -> PatternRow:
    slots = tuple(tuple(slot) for slot in pattern.slots)
    before = tuple((wanted, tuple(slot)) for wanted, slot in pattern.before)
    after = tuple((wanted, tuple(slot)) for wanted, slot in pattern.after)
    return (slots, pattern.first, pattern.last, pattern.replacement, before, after, pattern.lower)


def _from_row(row: PatternRow) -> SplitPattern:
    slots, first, last, replacement, before, after, lower = row
    return SplitPattern(
        tuple(Slot(*slot) for slot in slots),
        first,
        last,
        replacement,
        tuple((wanted, Slot(*slot)) for wanted, slot in before),
        tuple((wanted, Slot(*slot)) for wanted, slot in after),
        lower,
    )


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
        "ready' and 'the mean time to failure' are left alone. Beside the hand-written pairs, participles "
        "of a prefixed verb counted in web text are reported after 'be' or 'have' ('was up dated', 'has "
        "been out sourced')."
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
        "Some one left a bag on the bus.",
        "The results may be ready tomorrow, or may be not.",
        "The club's goal keeper has been a life long fan, and the staff are over worked.",
        "The protest took place along side the main road, and the singer plans a come back tour.",
        "The children played out side until dark, and the work was finished a head of schedule.",
        "The players were not all together happy, and the police looked in to the allegations.",
        "More over, his where abouts are unknown, and there is no trace what so ever.",
        "He fell a sleep, and shortly there after she went a broad for a year.",
        "The over all cost is high. Not with standing the rain, the parade went ahead.",
        "The mill was converted in to flats, and the class was split in to two groups.",
        "The page was up dated on Monday, and the files have been up loaded.",
        "The flux increased by ten fold after the cracks formed.",
    )
    good = (
        "I believe the issue itself is clear.",
        "That would be cause for concern, with out-of-town guests.",
        "We are all ready to go, and I have all ready answers.",
        "We went down loads of steps to the beach.",
        "The mean time to failure is long; in the meantime we wait.",
        "She was honest in word and in deed.",
        "The Head Quarters Bar is on the World Wide Web.",
        "It may be true, but there may be others.",
        "He was lacking in tact, and every one of them knew it.",
        "Some one of them knew; some one day trips are cheaper.",
        "It may be not only cheap but good.",
        "He farmed all his life long; there is concern over crowded prisons.",
        "They rode along side streets and will come back before dark.",
        "The cook books a table for Friday.",
        "Spread sheets of newspaper on the floor. Note book titles in italics.",
        "The out side of the pitch was wet; the inside out side of the coat is blue.",
        "They were not all together in one place; he is a head of time trials.",
        "She looked in to the office to say hello, and he walked in to the room.",
        "More over the years, she studied a broad range of subjects; the clinic runs a sleep study.",
        "She studied a broad and deep curriculum, and he is living a broad, full life.",
        "The inspector looked in to the incident room, and she looked in to the murder squad office.",
        "He was greeted not with standing ovations but with boos; the referee has control over all the players.",
        "The six groups in to the final were drawn, and the tour group in to the museum was late.",
        "We watched the snow fall and let the water fall; she excels in tact.",
        "She wrote to pass words of comfort to them, and the ship will pass port after port.",
        "She had torn a part from the manual. Voters cheer leaders they trust, and we will cheer leaders who win.",
        "The tent was up, dated stamps lay on the desk, and the price was up, loaded onto the bill.",
        "The paper has ten fold lines; four fold them neatly while two cook; a tenfold rise.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        patterns, lows = split_patterns(), doc.lows
        last = len(lows) - 1
        for position in positions(doc, _split_triggers()):
            # Sifted on the flat word list first (a neighbour across a sentence break only lets a
            # pattern through to the full check): most triggers stand beside no word of a pattern.
            by_key = patterns[lows[position]]
            candidates = by_key.get("", ())
            if position > 0:
                candidates += by_key.get("<" + lows[position - 1], ())
            if position < last:
                candidates += by_key.get(">" + lows[position + 1], ())
            if not candidates:
                continue
            [(words, index)] = places(doc, [position])
            for pattern, offset in candidates:
                start = index - offset
                if pattern.holds(words, start):
                    opening, closing = start + pattern.first, start + pattern.last - 1
                    if closing == opening + 1 and verb_and_object(words, opening):
                        break  # "Voters cheer leaders they trust", "we will cheer leaders": a verb and its object
                    if _noun_and_verb(words, opening, closing) or _imperative(words, opening, closing):
                        break  # "the cook books a table": a noun and its verb; "Note book titles in italics"
                    if closing == opening + 1 and subject_and_only_verb(doc, words, opening):
                        break  # "My head aches after a long day": the subject and the sentence's one verb
                    if _object_and_bare_verb(words, opening, closing):
                        break  # "watch the rain fall", "let the water fall": an object and its bare verb
                    if _coordinated_adjective(words, closing):
                        break  # "studied a broad and deep curriculum": an article and two adjectives
                    after = start + len(pattern.slots)
                    if pattern.replacement == "into" and pattern.after and _compound_after(words, after):
                        break  # "looked in to the incident room": a visit to a place named by a compound
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


def _object_and_bare_verb(words: list[Word], first: int, last: int) -> bool:
    """The pair at ``first`` .. ``last`` is the object of a verb of perception or a causative and the
    bare verb after it: "we watched the snow fall", "let the water fall", "saw rain fall"."""
    if last != first + 1 or not w.verb_tags(words[last].low) & {"VB"} or first == 0:
        return False
    before = first - 1
    if words[before].low in w.ARTICLES and before > 0 and words[before - 1].joined:
        before -= 1
    return words[before].joined and words[before].low in _PERCEIVING


_PERCEIVING = w.CAUSATIVES | frozenset("watching seeing hearing letting feel felt feeling sees watches hears".split())


def _compound_after(words: list[Word], noun: int) -> bool:
    """The listed noun after 'looked in to the …' heads no phrase of its own: a noun follows it at once
    ("the incident room", "the murder squad office", "the death row cells")."""
    if noun + 1 >= len(words) or not words[noun].joined:
        return False
    tags = w.tags(words[noun + 1].low)
    return "NOUN" in tags and not tags & {"ADJ", "ADV"}  # not "the matter further", "the issue last year"


def _coordinated_adjective(words: list[Word], last: int) -> bool:
    """The pair's last word is an adjective that 'and', 'or' or a comma joins to another before a noun:
    "a broad and deep curriculum", "a broad, varied syllabus" (not "went a broad and settled there")."""
    if "ADJ" not in w.tags(words[last].low) or last + 2 >= len(words):
        return False
    partner = last + 2 if words[last].joined and words[last + 1].low in ("and", "or") else last + 1
    if words[last].joined and partner == last + 1:
        return False  # no 'and' and no comma after the adjective
    if partner + 1 >= len(words) or not words[partner].joined:
        return False
    return "ADJ" in w.tags(words[partner].low) and "NOUN" in w.tags(words[partner + 1].low)


def _noun_and_verb(words: list[Word], first: int, last: int) -> bool:
    """The pair at ``first`` .. ``last`` reads as a subject and its verb: after an article at the
    start of a clause, a second word that is a verb's third person, followed by an object's
    determiner ("The cook books a table", not "the cook books are new")."""
    if last != first + 1 or last + 1 >= len(words) or not words[last].joined:
        return False
    if first == 0 or words[first - 1].low not in w.ARTICLES or (first > 1 and words[first - 2].joined):
        return False
    return "VBZ" in w.verb_tags(words[last].low) and words[last + 1].low in w.DETERMINERS


def _imperative(words: list[Word], first: int, last: int) -> bool:
    """The pair opens the sentence with a bare verb and its object, and no verb follows it, as one
    would after a subject ("Spread sheets of newspaper on the floor", "Note book titles in italics";
    not "Note books are cheap")."""
    if last != first + 1 or first != 0 or last + 1 >= len(words) or not words[last].joined:
        return False
    if "VB" not in w.verb_tags(words[first].low) or not w.tags(words[first].low) <= {"VERB", "NOUN"}:
        return False  # not "Down load the file", "Back up your work": a particle, not a verb
    after = words[last + 1].low
    return after not in _AFTER_SUBJECT and not w.verb_tags(after) & {"VBD", "MD"} and after not in w.MODALS


_AFTER_SUBJECT = w.MODALS | frozenset("is are was were has have had do does did".split())


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

PHRASAL_FILE = Path(__file__).with_name("phrasal-nouns.tsv")
LEAST_PHRASAL = 300_000
"""The joined word and the verb with its particle apart are each seen at least this often in a
trillion words (Norvig's web counts): 'layout' and 'lay out', 'followup' and 'follow up'."""
PHRASAL_PARTICLES = ("up", "out", "down", "off", "over", "back", "away", "through", "around")
"""Particles that make a joined noun of a verb; 'in', 'on', 'by' and 'about' end too many other
words ('casein', 'baron', 'nearby', 'roundabout') to be split from the counts."""
_PHRASAL_HEADER = (
    "# Nouns made of a verb and its particle, for grammar.joined-verb beside its hand-written list: the\n"
    "# joined word, the verb, the particle. From the wordsegment package's counts (Apache-2.0) and\n"
    "# lemminflect's word classes. Rebuild: python -m rules.grammar.build_compounds\n"
)


def phrasal_text() -> str:
    """The contents of :data:`PHRASAL_FILE` as the counts give them: every word seen at least
    :data:`LEAST_PHRASAL` times that is a verb's base form and a particle of
    :data:`PHRASAL_PARTICLES`, whose two halves are seen side by side as often, which the word
    tables do not know as a verb ('input' is one), and which the hand-written list does not hold."""
    from . import _ngrams

    counts = _ngrams._web_counts(lambda key: key.isascii() and key.replace(" ", "", 1).isalpha())
    rows = []
    for joined, count in counts.items():
        if " " in joined or count < LEAST_PHRASAL or joined in PHRASAL_NOUNS or "VERB" in w.tags(joined):
            continue
        for particle in PHRASAL_PARTICLES:
            verb = joined[: -len(particle)]
            if not joined.endswith(particle) or len(verb) < 3 or "VB" not in w.verb_tags(verb):
                continue
            if counts.get(f"{verb} {particle}", 0) >= LEAST_PHRASAL:
                rows.append(f"{joined}\t{verb}\t{particle}\n")
    return _PHRASAL_HEADER + "".join(sorted(rows))


@cache
def generated_phrasal_nouns() -> dict[str, str]:
    """Joined word → the verb and its particle, from :data:`PHRASAL_FILE` (read once per process)."""
    found = {}
    for line in PHRASAL_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            joined, verb, particle = line.split("\t")
            found[joined] = f"{verb} {particle}"
    return found


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
    sure reason asked told urged reminded important necessary advised encouraged ready wise essential
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
        "a modal, 'do', 'I'll' or a subject pronoun, after an infinitive 'to' ('want to', 'how to'), and "
        "'shutdown' after 'got'. Beside the hand-written list, nouns of a verb and its particle counted in "
        "web text ('layout', 'slowdown', 'workaround') are reported only before an object, a "
        "preposition or the end of the clause."
    )
    bad = (
        "You can backup your data on an external drive.",
        "I want to setup the printer.",
        "We can workout after lunch.",
        "The project got shutdown before launch.",
        "They didn't login yesterday.",
        "Please login to your account, and please backup your files.",
        "Make sure to backup your phone; staff were told to login twice.",
        "Click here to checkout your order.",
        "Use this app to backup your photos, and this tool to setup the router.",
        "He setup the router in five minutes.",
        "The team setup a new office in Leeds.",
        "Let me lookup the word in the dictionary.",
        "We need to layout the garden before spring.",
        "I'll followup with the supplier on Monday.",
        "You should always backup your files, and we never cleanup the kitchen.",
    )
    good = (
        "Keep a backup of your data; the setup took an hour.",
        "They switched to backup power after the blackout.",
        "The workout was hard, and we set up the printer.",
        "Please log in; a login page appears.",
        "The lockdown ended in May.",
        "Make sure the backup works, and they moved to backup servers when it failed.",
        "Go to checkout, and switch to backup if the main line fails.",
        "The kitchen setup the chef prefers is simple; the setup the team built works.",
        "Let me backup singers join; he setup costs covered.",
        "The router returns to setup the next time it starts; go straight to checkout the moment you are ready.",
        "The camera setup a photographer uses is costly; the network setup the office uses is old.",
        "Do makeup artists charge more? Will turnover fall? Can dropout rates be lowered? The layout is fine.",
        "We also backup singers on tour, and they never startup companies alone.",
        "She does makeup for weddings; we do only takeaway; this card earns you cashback on groceries.",
        "Could fallout from the scandal hurt the party?",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        generated = generated_phrasal_nouns()
        for words, index in occurrences(doc, _phrasal_triggers()):
            word = words[index]
            previous = words[index - 1] if index > 0 and words[index - 1].joined else None
            if previous is None or word.text[:1].isupper():
                continue
            if word.low in generated and not _object_follows(words, index):
                continue  # the counted words need an object, a preposition or the end after them
            if word.low in generated and (previous.low in w.DO_FORMS or _do_adverb(words, index - 1)):
                continue  # "she does makeup for weddings", "we do takeaway on Sundays": 'do' is the verb
            if previous.low == "you" and _object_you(words, index - 1):
                continue  # "this card earns you cashback on groceries": 'you' is an object
            verb: str | None
            if previous.low in w.MID_ADVERBS and _adverb_after_verb_slot(words, index - 1):
                if not _object_follows(words, index):
                    continue
                verb = _phrasal_verb(word.low)  # "you should always backup your files"
            elif previous.low in _PASSIVE:
                if index + 1 < len(words) and word.joined and _plural_noun_like(words[index + 1].low):
                    continue  # "the plant got shutdown orders": the noun modifies the next one
                verb = _PARTICIPLE_NOUNS.get(word.low)
            elif _asked_subject(words, index):
                continue  # "Does checkout support PayPal?", "Should backup fail, call us": the subject
            elif previous.low in w.SUBJECT_PRONOUNS and not _object_follows(words, index):
                continue  # "we startup founders", "thank you backup singers"
            elif previous.capitalised and not previous.sentence_start and previous.low == "may":
                continue  # the month: "in May setup began"
            elif previous.low == "please" and not _object_follows(words, index):
                continue  # "please backup singers": an order needs its object ("please login to your account")
            elif (
                previous.low in _BEFORE_VERB
                or previous.low.endswith(("'ll", "’ll"))
                or previous.low == "please"
                or (previous.low == "to" and _infinitive_to(words, index - 1))
            ):
                verb = _phrasal_verb(word.low)
            elif previous.low == "to" and _own_object_follows(words, index) and not _to_a_place(words, index - 1):
                verb = _phrasal_verb(word.low)  # "click here to checkout your order"
            elif (
                previous.low in w.OBJECT_PRONOUNS
                and index > 1
                and words[index - 2].joined
                and words[index - 2].low in _LETTING
                and _object_follows(words, index)
            ):
                verb = _phrasal_verb(word.low)  # "let me lookup the word"
            elif word.low in _SAME_PAST and _past_subject(words, index) and _own_object_follows(words, index, True):
                verb = _SAME_PAST[word.low]  # "he setup the router", "the team setup an office"
            else:
                continue
            if verb is None:
                continue
            message = f"'{word.text}' is a noun; the verb is two words: '{verb}'."
            yield self.replace_word(word, verb, message, FixSafety.UNSAFE)


def _adverb_after_verb_slot(words: list[Word], adverb: int) -> bool:
    """The adverb at ``adverb`` stands where only a verb can follow: after a modal, 'do', a subject
    pronoun, 'I'll' or an infinitive 'to' ("you should always", "I just", "to quickly")."""
    if adverb == 0 or not words[adverb - 1].joined or not words[adverb].joined or not words[adverb].text.islower():
        return False
    before = words[adverb - 1].low
    if before == "to":
        return _infinitive_to(words, adverb - 1)
    return before in _BEFORE_VERB or before.endswith(("'ll", "’ll"))


@cache
def _phrasal_triggers() -> frozenset[str]:
    return frozenset(PHRASAL_NOUNS) | frozenset(generated_phrasal_nouns())


def _phrasal_verb(low: str) -> str:
    return PHRASAL_NOUNS.get(low) or generated_phrasal_nouns()[low]


_INVERTING = w.MODALS | w.DO_FORMS


def _plural_noun_like(low: str) -> bool:
    """A noun in -s ('orders', 'letters', 'notices'): after 'got shutdown' the noun it modifies."""
    return low.endswith("s") and not low.endswith("ss") and "NOUN" in w.tags(low)


def _do_adverb(words: list[Word], adverb: int) -> bool:
    """An adverb at ``adverb`` after an affirmative 'do' ("we do only takeaway")."""
    return (
        words[adverb].low in w.MID_ADVERBS
        and adverb > 0
        and words[adverb - 1].joined
        and words[adverb - 1].low in w.DO_FORMS
    )


def _object_you(words: list[Word], you: int) -> bool:
    """'you' at ``you`` follows a verb that is no auxiliary, whose object it is ("gives you
    cashback", "I'll get you takeaway"), not "can you", "if you", "do you"."""
    if you == 0 or not words[you - 1].joined:
        return False
    before = words[you - 1].low
    return before not in _INVERTING and "VERB" in w.tags(before) and not w.tags(before) & {"AUX", "SCONJ", "ADP"}


def _asked_subject(words: list[Word], index: int) -> bool:
    """A modal or 'do' opens the sentence (alone or after a question word) before the word at
    ``index``, and a bare verb follows the word: a question or an inverted condition, whose subject
    the word is ("Could setup be faster?", "Does checkout support PayPal?", "Should login fail,
    retry"), not "Can't login to my account" or "Don't backup to the cloud"."""
    auxiliary = index - 1
    if words[auxiliary].low not in _INVERTING or not (
        auxiliary == 0 or (auxiliary == 1 and words[0].low in w.QUESTION_WORDS and words[0].joined)
    ):
        return False
    if index + 1 >= len(words) or not words[index].joined:
        return False
    verb = words[index + 1].low
    if verb in w.PREPOSITIONS and words[index].low in generated_phrasal_nouns():
        return True  # "Could turnover in the staff room explain it?": a counted noun and its phrase
    return "VB" in w.verb_tags(verb) and verb not in w.DETERMINERS and verb not in w.PREPOSITIONS


_OBJECT_STARTS = w.DETERMINERS | w.OBJECT_PRONOUNS | frozenset("to with on in for at from".split())


def _object_follows(words: list[Word], index: int) -> bool:
    """After 'we backup' an object or a preposition, or nothing, shows the verb ("we backup our files")."""
    if index + 1 == len(words) or not words[index].joined:
        return True
    return words[index + 1].low in _OBJECT_STARTS


_TO_OBJECTS = w.POSSESSIVES | frozenset("the them it this these those".split())
"""After 'to checkout' an object's opener shows the verb ("to checkout your order", "to backup the
files"); a noun stands bare after the preposition ("switched to backup power", "go to checkout")."""


_TO_PLACE_VERBS = frozenset(
    """go goes went gone going return returns returned returning switch switches switched switching move
    moves moved moving revert reverts reverted reverting get gets got getting come comes came coming head
    heads headed heading proceed proceeds proceeded proceeding back backs backed jump jumps jumped skip
    skips skipped""".split()
)
"""Verbs of going before 'to': 'to' is then a preposition and the joined word a noun ("the router
returns to setup the next time it starts", "go to checkout the moment you are ready")."""


def _to_a_place(words: list[Word], to: int) -> bool:
    """'to' at ``to`` follows a verb of going (with at most one word between: "went back to")."""
    for back in (to - 1, to - 2):
        if back < 0 or not words[back].joined:
            return False
        if words[back].low in _TO_PLACE_VERBS:
            return True
    return False


_LETTING = frozenset("let lets help helps helped".split())
"""'Let me', 'help us': a bare verb follows ("let me lookup the word")."""
_SAME_PAST = {"setup": "set up", "shutdown": "shut down", "cutoff": "cut off"}
"""Joined verbs whose past is their plain form: after a subject and before an object they are the
verb in either tense ("he setup the router")."""


_SAME_PAST_PARTS = frozenset(("set", "shut", "cut", "put", "let"))


def _past_subject(words: list[Word], index: int) -> bool:
    """A subject before ``index``: 'he', 'she', or a determiner and a noun opening the sentence
    ("The team setup"), and no clause after the object ("the kitchen setup the chef prefers")."""
    before = words[index - 1]
    if before.low in ("he", "she"):
        subject = True
    else:
        subject = (
            index == 2
            and words[0].low in w.DETERMINERS
            and words[0].joined
            and "NOUN" in w.tags(before.low)
            and not before.low.endswith(("'s", "’s"))
        )
    if not subject or index + 3 >= len(words):
        return subject
    after_object = w.tags(words[index + 3].low)
    if "VERB" in after_object and "NOUN" not in after_object:
        return False
    # "the camera setup a photographer uses is costly": a clause on the noun, then its verb
    return before.low in ("he", "she") or not any(
        w.verb_tags(word.low) & {"VBZ", "VBD"} for word in words[index + 2 :] if word.low not in _SAME_PAST_PARTS
    )


def _own_object_follows(words: list[Word], index: int, articles: bool = False) -> bool:
    """The joined word + an object's opener ("to checkout your order"; with ``articles``, 'a' and
    'an' too: "the team setup a new office")."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    after = words[index + 1].low
    return after in _TO_OBJECTS or (articles and after in ("a", "an"))


def _infinitive_to(words: list[Word], index: int) -> bool:
    """'to' at ``index`` marks an infinitive: it follows a word that takes one ("want to", "how to")."""
    return index > 0 and words[index - 1].joined and words[index - 1].low in _BEFORE_TO


_APOSTROPHES = str.maketrans("’", "'")
_CLIPPED = {
    "i'l": "I'll",
    "i'v": "I've",
    **{f"{pronoun}'r": f"{pronoun}'re" for pronoun in ("we", "you", "they")},
    **{
        f"{pronoun}'v": f"{pronoun}'ve"
        for pronoun in ("we", "you", "they", "could", "would", "should", "might", "must")
    },
    **{f"{pronoun}'l": f"{pronoun}'ll" for pronoun in ("we", "you", "they", "he", "she", "it")},
}
"""Contractions that lost a letter and that the spelling rule passes (it reads the parts apart):
"I'l", "we'r", "they'v", "should'v"."""
_MISPLACED = {
    f"{stem}'nt": f"{stem}n't"
    for stem in "do does did is was are were has have had could would should must need might ca wo".split()
}
"""Negations with the apostrophe one letter late ("did'nt", "should'nt", "is'nt"): no words at all, and
only the contraction can be meant ('ca'nt' and 'wo'nt' are "can't" and "won't")."""
_MISPLACED_FIXES = {"ca'nt": "can't", "wo'nt": "won't"}
_LOT_OWNERS = frozenset(
    "a the this that each every whose which my your his her our their its one parking car vacant empty".split()
)
"""Before 'lot's of' these make 'lot' a noun with a possessive or 'lot has': "the parking lot's of"."""
_WILL_CONTRACTIONS = {"ill": "I'll", "hell": "He'll", "shell": "She'll"}
_AFTER_WILL = frozenset("be have never probably definitely just always still also need get go see".split())
"""What follows 'I'll', 'he'll', 'she'll' ("Hell be there"), and not the nouns ("Ill health", "Shell oil")."""
_CLAUSE_STARTS = frozenset("and but so that because if think thought said says hope guess know".split())
_NOT_CONTRACTION_BEFORE = frozenset("a an the his her its their our my your this that as was is".split())


class BrokenContraction(GrammarRule):
    id = "grammar.broken-contraction"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A contraction without its apostrophe or a letter: 'dont', 'theyre', 'I cant go', 'Hell be there'."
    why = (
        "A dropped apostrophe turns 'he'll' into 'hell', 'she'll' into 'shell' and 'I'll' into 'ill', "
        "real words the spell checker passes; 'lot's of' puts an apostrophe in the plural 'lots'. Only "
        "the forms before a verb ('Hell be there', 'Ill explain') are reported, never 'ill health', "
        "'Shell oil' or 'the parking lot's owner'. 'Dont', 'theyre', 'doesn' and the like are no words at "
        "all: the fix is certain (not for 'isn 't', whose 't stands apart); 'cant' and 'wont' are "
        "reported before a bare verb only ('I cant go'), never "
        "'as was his wont'. An apostrophe inside a verb's ending ('wan'ted', 'look'ing') is reported "
        "where the word without it is common."
    )
    bad = (
        "Yes, I'l do it, and we'r nearly there; they'v seen it.",
        "Lets go to the park. I'am not sure.",
        "Hell be there at noon.",
        "Ill explain later.",
        "There was lot's of stuff.",
        "I dont think the mayor knows, and she doesnt care.",
        "Theyre late again, so we shouldve left.",
        "The engine wont start and I cant wait any longer.",
        "Whos coming? Thats the question.",
        "The printer doesn work and the file isn 't there.",
        "I haven a clue why they didn call.",
        "They did'nt know, and you should'nt pay; I wan't to thank you.",
        "He dint answer the phone, and we dint know the way.",
        "Cant you stay? Wont they come?",
        "But I wan'ted to ask, and they were look'ing for it.",
        'He paused and said, "Come, lets stop a while." So lets see.',
    )
    good = (
        "Yes, I'll do it, and he'll be there.",
        "Ill health kept him away; Shell oil prices rose.",
        "The parking lot's owner and a lot's been said about lots of things.",
        "What the hell, be there at noon. Heaven and hell exist.",
        "As was his wont, he spoke first; the cant of the campaign wore thin. Cant can mislead a reader.",
        "She is wont to exaggerate. We'll see, and the shell is well made.",
        "I don't think so, and they're right: that's the point.",
        "The port is a safe haven for ships; Haven Road is closed. We found haven in the hills.",
        "The Shan and the Karen live in the hills, and Isn Street is new.",
        "The clutch lets go, and the app lets you in. Lets are short leases.",
        "The new law now lets drivers park here. So he lets go of the rope; then she lets go.",
        "They didn't know, and you shouldn't pay; I want to thank you. It wasn't 'nt'.",
        "By dint of hard work she won; the van has a dint in the door, and the dint was repaired.",
        "Let r be the radius; we R fans cheer; plot x against r for you.",
        "Rock'n'roll and Hallowe'en; O'Reilly's int'l desk said 'looking good'; I'd wanted it.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _CONTRACTION_TRIGGERS):
            word = words[index]
            following = words[index + 1] if word.joined and index + 1 < len(words) else None
            previous = words[index - 1] if index > 0 and words[index - 1].joined else None
            if (
                word.low == "lets"
                and index > 0
                and previous is None
                and doc.text[words[index - 1].end : word.start].strip() == ","
            ):
                previous = words[index - 1]  # "Come, lets stop": an opening word, then a comma
            quote_opened = previous is not None and doc.text[previous.start - 1 : previous.start] in ('"', "“")
            repair = _repair(word, previous, following, _detached_t(doc.text, word.end), quote_opened)
            if repair is not None:
                fixed, message, safety = repair
                yield self.replace_word(word, fixed, message, safety)
        stray = _stray_apostrophes(doc.distinct_lows)
        if stray:
            for words, index in places(doc, scan(doc, stray)):
                word = words[index]
                if word.text[:1].islower():  # not a name ('O'Neill', 'D'Angelo')
                    fixed = word.text.replace("'", "").replace("’", "")
                    message = f"'{word.text}' has a stray apostrophe: '{fixed}'."
                    yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)


def _stray_apostrophes(lows: frozenset[str]) -> frozenset[str]:
    """The words of a text with an apostrophe inside a verb's ending ('wan'ted', 'walk'ed',
    'look'ing'): the word without it is common on the web, and the part after it is no contraction's
    ('I'd', 'rock'n'roll', 'Hallowe'en', 'int'l')."""
    from ._ngrams import web_word_count

    found = []
    for low in lows:
        if ("'" in low or "’" in low) and low.endswith(("ed", "ing")):
            head, _, tail = low.replace("’", "'").partition("'")
            if len(head) >= 2 and head.isalpha() and tail.isalpha() and len(tail) >= 2:
                count = web_word_count(head + tail)
                if count is not None and count >= _STRAY_LEAST:
                    found.append(low)
    return frozenset(found)


_STRAY_LEAST = 13.0
"""Natural log of the least web count of the word a stray apostrophe breaks (about 440,000)."""


_CERTAIN_WITHOUT_T = frozenset(WITHOUT_T) - {"shan"}
"""Negations without their 't whose fix is certain ('shan' is also a people's name)."""


def _detached_t(text: str, end: int) -> bool:
    """The 't follows apart ("isn 't"): adding one would leave it twice."""
    return text[end : end + 4].lstrip(" ")[:2] in ("'t", "’t")


def _repair(
    word: Word, previous: Word | None, following: Word | None, detached_t: bool, quote_opened: bool = False
) -> tuple[str, str, FixSafety] | None:
    """(the contraction, the message, how safe the fix is) for a contraction that lost its
    apostrophe or a letter here, or None. Only the words that are no word of their own
    (:data:`WITHOUT_APOSTROPHE`, :data:`_CERTAIN_WITHOUT_T` unless its 't follows apart:
    ``detached_t``) have a safe fix."""
    low = word.low.translate(_APOSTROPHES)
    if low in _CLIPPED:
        fixed = _CLIPPED[low] if low.startswith("i'") else match_case(_CLIPPED[low], word.text)
        return fixed, f"'{word.text}' is missing a letter: '{fixed}'.", FixSafety.UNSAFE
    if low in _MISPLACED:
        fixed = match_case(_MISPLACED_FIXES.get(low, _MISPLACED[low]), word.text)
        return fixed, f"'{word.text}' has its apostrophe in the wrong place: '{fixed}'.", FixSafety.SAFE
    if low == "wan't" and following is not None and following.low == "to":
        fixed = match_case("want", word.text)
        return fixed, f"'{word.text} to' is '{fixed} to': 'want' has no apostrophe.", FixSafety.UNSAFE
    if low == "i'am":
        return "I'm", f"'{word.text}' is 'I'm' (or 'I am'): the apostrophe stands for the 'a'.", FixSafety.SAFE
    if low == "lets":
        opens = word.sentence_start or (
            previous is not None and (previous.sentence_start or quote_opened) and previous.low in _LETS_OPENERS
        )  # "Come, lets stop", "So lets see": a word that opens the sentence, and no subject before 'lets'
        if not opens or following is None or not _lets_before(following.low):
            return None  # "the clutch lets go", "Lets us": only a sentence's opening 'Lets' before a verb
        fixed = match_case("let's", word.text)
        return fixed, f"'{word.text}' is '{fixed}' (let us) without its apostrophe.", FixSafety.SAFE
    if low == "lot's":
        if following is None or following.low != "of" or (previous is not None and previous.low in _LOT_OWNERS):
            return None
        fixed = match_case("lots", word.text)
        return fixed, "'Lots of' is a plural, with no apostrophe: 'lots of'.", FixSafety.UNSAFE
    if low in WITHOUT_APOSTROPHE:
        if low != "ive":
            fixed = match_case(WITHOUT_APOSTROPHE[low], word.text)
        elif following is not None and _after_have(following.low):
            fixed = "I've"  # not a split word's end ('as long as they can surv ive')
        else:
            return None
        return fixed, f"'{word.text}' is '{fixed}' without its apostrophe.", FixSafety.SAFE
    if low in WITHOUT_T or (low == "haven" and previous is not None and previous.low in _HAVE_SUBJECTS):
        if word.capitalised and not word.sentence_start:
            return None  # a name: the Shan people, Haven Road
        if low not in WITHOUT_T and (following is None or not _after_have(following.low, determiner=True)):
            return None
        fixed = match_case(WITHOUT_T.get(low, "haven't"), word.text)
        certain = low in _CERTAIN_WITHOUT_T and not detached_t  # "doesn work"; not "isn 't", whose 't stays
        return fixed, f"'{word.text}' is '{fixed}' without its 't'.", FixSafety.SAFE if certain else FixSafety.UNSAFE
    if low in BEFORE_A_VERB:
        # "Cant you go to the store?": a question's opening contraction, then its subject
        asks = word.sentence_start and following is not None and following.low in w.SUBJECT_PRONOUNS
        if following is None or not (asks or _bare_verb(following.low)):
            return None  # "Cant you go?": a question opens with the contraction and its subject
        if following.low in BEFORE_A_VERB or following.low in w.MODALS or following.low in w.NEGATED_MODALS:
            return None  # "Cant can't be jargon": a modal follows, so the word is its subject, the noun
        if previous is not None and previous.low in _NOT_CONTRACTION_BEFORE:
            return None
        fixed = match_case(BEFORE_A_VERB[low], word.text)
    elif (  # only 'ill', 'hell', 'shell' ('Haven be there' once reached here and raised a KeyError)
        low in _WILL_CONTRACTIONS
        and following is not None
        and _will_verb(low, following.low)
        and _starts_clause(word, previous)
    ):
        fixed = _WILL_CONTRACTIONS[low]
        fixed = fixed if word.capitalised or fixed.startswith("I") else fixed.lower()
    else:
        return None
    return fixed, f"'{word.text}' here is '{fixed}' without its apostrophe.", FixSafety.UNSAFE


_LETS_OPENERS = frozenset("come so now ok okay well alright right please then".split())
"""Words that open a sentence before 'let's' with no subject between ("Come, lets stop", "So lets
see", "OK lets go")."""


def _lets_before(low: str) -> bool:
    """What follows 'Let's' ("Lets go", "Lets not", "Lets all agree"), not 'Lets us' or 'Lets the'."""
    return low in ("not", "all", "just", "get") or ("VB" in w.verb_tags(low) and low not in w.DETERMINERS)


_CONTRACTION_TRIGGERS = frozenset(
    [
        "i'am",
        "i’am",
        "lets",
        *_CLIPPED,
        *(key.replace("'", "’") for key in _CLIPPED),
        "lot's",
        "lot’s",
        *_MISPLACED,
        *(key.replace("'", "’") for key in _MISPLACED),
        "wan't",
        "wan’t",
        *_WILL_CONTRACTIONS,
        *WITHOUT_APOSTROPHE,
        *WITHOUT_T,
        "haven",
        *BEFORE_A_VERB,
    ]
)


def _after_have(low: str, determiner: bool = False) -> bool:
    """A participle or an adverb that follows 'I've' ('ive been', 'Ive never'), or with
    ``determiner`` what follows "haven't" too ('I haven a clue')."""
    if determiner and low in ("a", "an", "any", "the", "much", "many", "enough", "seen", "heard"):
        return True
    return low in ("never", "always", "just", "already", "got", "been", "ever") or "VBN" in w.verb_tags(low)


_HAVE_SUBJECTS = frozenset("i you we they".split())


def _bare_verb(low: str) -> bool:
    """A base form that follows 'can't' and 'won't' ('cant wait', 'wont start'), not 'to' or a noun."""
    return low in ("be", "have") or ("VB" in w.verb_tags(low) and "VERB" in w.tags(low) and low not in w.PREPOSITIONS)


def _will_verb(written: str, low: str) -> bool:
    """A word that follows 'I'll' and not the noun 'ill': 'be', 'never', or (after 'ill' only) a base
    form that is only a verb ('Ill explain'; 'heaven and hell exist' is right)."""
    if low in _AFTER_WILL:
        return True
    return written == "ill" and w.tags(low) == {"VERB"} and "VB" in w.verb_tags(low)


def _starts_clause(word: Word, previous: Word | None) -> bool:
    """'Hell' capitalised at the start of a sentence, or 'hell' after 'and', 'that', 'think'."""
    if word.sentence_start:
        return word.text[:1].isupper()
    return previous is not None and previous.low in _CLAUSE_STARTS and word.text.islower()


_FULL_FORMS = {
    "we're": ("are", "We are"),
    "you're": ("are", "You are"),
    "they're": ("are", "They are"),
    "i'm": ("am", "I am"),
    "i've": ("have", "I have"),
    "we've": ("have", "We have"),
    "you've": ("have", "You have"),
    "they've": ("have", "They have"),
    "he's": ("is", "He is"),
    "she's": ("is", "She is"),
    "it's": ("is", "It is"),
    "that's": ("is", "That is"),
    "there's": ("is", "There is"),
    "i'll": ("will", "I will"),
    "you'll": ("will", "You will"),
    "we'll": ("will", "We will"),
    "they'll": ("will", "They will"),
    "he'll": ("will", "He will"),
    "she'll": ("will", "She will"),
}
"""A contraction → the auxiliary it holds, and the pronoun with it written out."""


class DoubledAuxiliary(GrammarRule):
    id = "grammar.doubled-auxiliary"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A contraction followed by the verb it already holds, or two tenses of 'be' in a row: 'we're are', "
        "'I've have', 'which is was'."
    )
    why = (
        "'We're' already says 'we are'; adding 'are' says it twice, a slip of a writer who changed "
        "their mind halfway. Write the contraction or the two words, not both. The same slip leaves "
        "two forms of 'be' side by side after a pronoun ('which is was', 'he is was'): keep one. "
        "After a noun phrase the pair can be right ('what he was is unclear'), so only pronouns count."
    )
    bad = (
        "We're are the favourites.",
        "I've have no problem with that.",
        "It's is a good idea.",
        "It was a Monday, which is was not the last day.",
        "He is was the best player.",
        "The house has been recently been updated with new windows.",
    )
    good = (
        "We're the favourites.",
        "I've had no problem with that.",
        "It is a good idea; that's it.",
        "We're are you?",
        "What he was is unclear, and where she is was a secret; what it is is a mystery.",
        "The man he is was forged by war. That it is was never in doubt.",
        "The house has recently been updated; it has been, recently, a bakery.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._been_twice(doc)
        for words, index in occurrences(doc, _AUXILIARY_TRIGGERS):
            word = words[index]
            if word.low in _FINITE_BE:
                yield from self._two_tenses(words, index)
                continue
            auxiliary, full = _FULL_FORMS[word.low.translate(_APOSTROPHES)]
            if not word.joined or index + 1 == len(words) or words[index + 1].low != auxiliary:
                continue
            following = words[index + 1]
            if index + 2 < len(words) and following.joined and words[index + 2].low in w.SUBJECT_PRONOUNS:
                continue  # "We're are you going?": a question's 'where' (grammar.were-confusion)
            fixed = match_case(full, word.text) if word.text[:1].isupper() else full[:1].lower() + full[1:]
            if fixed.lower().startswith("i "):
                fixed = "I" + fixed[1:]
            message = f"'{word.text}' already holds '{auxiliary}': write '{fixed}' or '{word.text}'."
            yield self.finding(word.start, following.end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)

    def _been_twice(self, doc: Document) -> Iterator[Finding]:
        """'Has been recently been updated': 'been' on both sides of an adverb, one of them left from an
        edit. The first goes ('has recently been updated')."""
        for words, index in occurrences(doc, _BEEN):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            adverb, again = words[index + 1], words[index + 2]
            if again.low != "been" or not (adverb.low in w.MID_ADVERBS or w.only_adverb_in_ly(adverb.low)):
                continue
            message = f"'been' stands on both sides of '{adverb.text}': write '{adverb.text} {again.text}'."
            yield self.finding(
                words[index].start,
                again.end,
                message,
                suggestions=(f"{adverb.text} {again.text}",),
                fix=FixSafety.UNSAFE,
            )

    def _two_tenses(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'which is was', 'he is was': a subject pronoun or a relative, then two finite forms of 'be'."""
        word = words[index]
        if index == 0 or index + 1 == len(words) or not (words[index - 1].joined and word.joined):
            return
        following = words[index + 1]
        if following.low not in _FINITE_BE or following.low == word.low or following.capitalised:
            return
        subject = words[index - 1].low
        if subject in _RELATIVE_SUBJECTS:
            if index >= 2 and words[index - 2].joined and words[index - 2].low in _CLAUSE_OPENERS:
                return  # "I asked what who is was": a clause as the subject
        elif subject not in w.SUBJECT_PRONOUNS or (index >= 2 and words[index - 2].joined):
            # a pronoun counts only where it opens the clause: after a word, 'he is' may be a clause
            # that is itself the subject ("where she is was a secret", "the man he is was forged by war")
            return
        message = f"'{word.text} {following.text}': two forms of 'be' in a row; keep one."
        yield self.finding(
            word.start, following.end, message, suggestions=(following.text, word.text), fix=FixSafety.UNSAFE
        )


_FINITE_BE = frozenset("is was are were am".split())
_BEEN = frozenset(("been",))
_AUXILIARY_TRIGGERS = frozenset([*_FULL_FORMS, *(key.replace("'", "’") for key in _FULL_FORMS), *_FINITE_BE])
_RELATIVE_SUBJECTS = frozenset(("which", "who"))
_CLAUSE_OPENERS = frozenset("what where when how why whoever whatever wherever whether if that".split())


_PREPOSITIONS_BEFORE_THE = frozenset(
    """of in on at from with into onto by about over under through during without within across behind
    among against toward towards upon around along despite between near for""".split()
)
"""Prepositions after which 'he' + a noun is 'the' + a noun ("at he beginning"). 'For' is also a
conjunction ("for he knew"): the check on the next words keeps that apart."""
_SPACE_SLIPS = {"oft": "of the", "ont": "on the", "tot": "to the", "fort": "for the", "int": "in the"}
"""A space typed one letter early: "oft he officers" for "of the officers"."""
_I_AM_NEXT = frozenset(
    """not so very really also still just always never going trying sure glad happy sorry afraid here able
    ready aware""".split()
)


class CommonWordSlip(GrammarRule):
    id = "grammar.common-word-slip"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A slip among the commonest words: 'at he beginning', 'oft he', 'I a not sure', 'does no understand', "
        "'can by done', 'there's no a'."
    )
    why = (
        "A missing or moved letter turns 'the' into 'he', 'of the' into 'oft he', 'am' into 'a', 'not' "
        "into 'no' and 'be' into 'by', all real words. Each is reported only where the slip is plain: 'he' "
        "between a preposition and a noun with no verb after it ('for he first met her' is right), 'a' "
        "between 'I' and 'not', 'no' between 'does' and a word that is only a verb ('does no harm' is "
        "right), 'by' between a modal and a participle or an adjective that is no noun ('will by then', "
        "'can by law' are right), and 'no' before an article ('there's no a new building': 'now' or 'not'; "
        "'no a priori reason' is right)."
    )
    bad = (
        "At he beginning, I was afraid.",
        "The restaurant closed for he first time in years.",
        "One oft he officers approached him.",
        "I a not sure.",
        "She does no understand.",
        "There's no a new building on the corner.",
        "The results will by published tomorrow.",
        "This can by consistent with the rules.",
    )
    good = (
        "For he knew the way, and in he walks.",
        "For he first met her in Paris, at the end of the war.",
        "As oft he said, Part I a of the plan does no harm.",
        "She does not understand, and he did no wrong; there is no a priori reason. Vote yes or no. A poll",
        "He said no a second time, and she voted no the last time.",
        "We will by then have left; you can by all means come; they must by law register.",
        "It can by turns be funny and sad, and it will by itself stop; we could by chance meet.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SLIP_TRIGGERS):
            word = words[index]
            if word.low == "he":
                yield from self._he(words, index)
            elif word.low == "a":
                yield from self._i_a(words, index)
            elif word.low == "by":
                yield from self._modal_by(words, index)
            else:
                yield from self._no(words, index)

    def _he(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'at he beginning' (the), 'oft he officers' (of the)."""
        word = words[index]
        if index == 0 or not words[index - 1].joined or word.text != "he" or not _noun_follows(words, index):
            return
        previous = words[index - 1]
        if previous.low in _PREPOSITIONS_BEFORE_THE and previous.low == previous.text.lower():
            yield self.replace_word(word, "the", "'he' here is 'the'.", FixSafety.UNSAFE)
        elif previous.low in _SPACE_SLIPS and previous.text.islower():
            fixed = _SPACE_SLIPS[previous.low]
            message = f"'{previous.text} he' is '{fixed}' with the space one letter early."
            yield self.finding(previous.start, word.end, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)

    def _i_a(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'I a not sure' (am)."""
        word = words[index]
        if index == 0 or not words[index - 1].joined or words[index - 1].text != "I" or not word.joined:
            return
        if index >= 2 and words[index - 2].joined and (words[index - 2].capitalised or words[index - 2].low.isdigit()):
            return  # "Part I a", "Appendix I a": a numbering
        if index + 1 < len(words) and words[index + 1].low in _I_AM_NEXT:
            yield self.replace_word(word, "am", "'I a' is 'I am'.", FixSafety.UNSAFE)

    def _no(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'does no understand' (not); 'There's no a new building' (now, or not)."""
        word = words[index]
        if index == 0 or not words[index - 1].joined or not word.joined or index + 1 == len(words):
            return
        following = words[index + 1]
        if following.low in w.ARTICLES and following.text.islower() and following.joined:
            if index + 2 < len(words) and words[index + 2].low in _LATIN_AFTER_A:
                return  # "no a priori reason"
            said = words[index - 1].low not in w.AUXILIARIES and bool(w.verb_tags(words[index - 1].low))
            if said and _time_phrase_at(words, index + 1):
                return  # "he said no a second time", "voted no the last time": 'no' said, then when
            fixes = (match_case("not", word.text), match_case("now", word.text))
            message = f"'{word.text} {following.text}': 'no' cannot stand before an article; 'not' or 'now'?"
            yield self.finding(word.start, word.end, message, suggestions=fixes, fix=FixSafety.UNSAFE)
            return
        if words[index - 1].low not in w.DO_FORMS:
            return
        verb = following.low
        if w.tags(verb) == {"VERB"} and "VB" in w.verb_tags(verb):
            fixed = match_case("not", word.text)
            message = f"'{words[index - 1].text} {word.text} {words[index + 1].text}': 'no' here is '{fixed}'."
            yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)

    def _modal_by(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'will by published', 'can by consistent' (be): after a modal, 'by' only opens an
        adverbial ('will by then', 'can by all means', 'must by law'), never before a participle or
        an adjective that cannot be its noun."""
        word = words[index]
        if index == 0 or index + 1 == len(words) or not (words[index - 1].joined and word.joined):
            return
        if words[index - 1].low not in w.MODALS or word.text != "by":
            return
        following = words[index + 1].low
        tags = w.tags(following)
        if "NOUN" in tags or "PRON" in tags or "DET" in tags or "ADV" in tags or following in _BY_ADVERBIALS:
            return
        participle = "VBN" in w.verb_tags(following)
        if participle or "ADJ" in tags:
            message = f"'{words[index - 1].text} by {words[index + 1].text}': 'by' here is 'be'."
            yield self.replace_word(word, "be", message, FixSafety.UNSAFE)


_SLIP_TRIGGERS = frozenset(("he", "a", "no", "by"))


def _time_phrase_at(words: list[Word], article: int) -> bool:
    """The article at ``article`` opens a phrase of time: a noun of time right after it or after one
    more word ("a second time", "the last time", "a week ago")."""
    for at in (article + 1, article + 2):
        if at >= len(words) or not words[at - 1].joined:
            return False
        if words[at].low in w.TIME_NOUNS:
            return True
    return False


_LATIN_AFTER_A = frozenset(("priori", "posteriori", "fortiori", "cappella", "capella"))
_BY_ADVERBIALS = frozenset("turns then now far itself themselves himself herself myself yourself ourselves".split())
"""Words after 'by' that make an adverbial even when a dictionary also lists them otherwise."""


def _noun_not_verb(low: str) -> bool:
    """A noun or adjective that cannot be the verb after 'he': 'time', not 'saw', 'sees', 'met'."""
    return bool(w.tags(low) & {"NOUN", "ADJ"}) and not w.verb_tags(low) & {"VBD", "VBZ", "VBN"}


def _noun_follows(words: list[Word], index: int) -> bool:
    """After 'he' at ``index`` comes a noun phrase, not a verb: 'he beginning', 'he first time', 'he
    end of'; not 'he knew', 'he first met', 'he walks.'."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    tags = w.tags(following)
    if not tags & {"NOUN", "ADJ"} or w.only_finite(following):
        return False
    after = words[index + 2].low if index + 2 < len(words) and words[index + 1].joined else None
    if w.may_be_finite(following) or "ADV" in tags:  # "he end of", "he first time"; not "he walks", "he first met"
        return after is not None and (after == "of" or _noun_not_verb(after))
    return True


RULES = [SplitWord, JoinedVerb, BrokenContraction, DoubledAuxiliary, CommonWordSlip]
