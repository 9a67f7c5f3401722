"""consistency.capitalization: one term capitalised in one place and not in another.

Style guides capitalise a title before a name ("Prime Minister Jane Doe") and lower-case it
alone ("the prime minister said"), so occurrences are compared only within the same position:
before a name, or standing alone. Only multi-word terms are compared, mid-sentence, outside
headlines: a single capitalised word is too often a name ("Bush", "bush").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import compress, islice, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

from ._common import capitalised, describe_counts, winner

if TYPE_CHECKING:
    from lint._document import Document, Span, Token

_MAX_WORDS = 3
# Lower-case words that may sit inside a title-case line without making it prose.
_SMALL = frozenset("a an the and but or nor for of on in at to by as from with vs via".split())

_DETERMINERS = frozenset("the a an this that his her their our its my your".split())
# After these a lower-case term means any one of its kind ("build an inclusion bot", "your content
# store"), not the thing the capitalised name stands for ("the Inclusion Bot"): no inconsistency.
_GENERIC_BEFORE = frozenset("a an any another each every no your".split())
_HEADING_WORDS = 12
_TITLE_WORDS = 25
"""Longer paragraphs are never headlines (a heading-like one has at most ``_HEADING_WORDS``)."""
_OPENING_QUOTES = frozenset("“\"‘'")
_CLOSERS = "\"'”’)]*_ "
# Words that join the parts of a longer name ("Centre for Control of Iodine Deficiency Disorders").
_CONNECTORS = frozenset("of for and on the de du la von van der den al".split())
# Capitalised words after a title that are not names ("the first space shuttle Tuesday").
_DATES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    """.split()
)


class _Use(NamedTuple):
    start: int
    end: int
    text: str
    before_name: bool


class _Headlines:
    """Which paragraphs are headlines, each decided when a term in it is first looked at: most
    paragraphs hold no capitalised term, and deciding every paragraph cost a quarter of the rule."""

    def __init__(self, doc: Document) -> None:
        self.paragraphs = doc.paragraphs
        self.starts = doc.paragraph_starts
        self.decided: dict[int, bool] = {}

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies in a headline paragraph."""
        index = bisect_right(self.starts, position) - 1
        if index < 0 or position >= self.paragraphs[index].end:
            return False
        headline = self.decided.get(index)
        if headline is None:
            headline = self.decided[index] = _is_headline(self.paragraphs[index])
        return headline


def _is_headline(paragraph: Span) -> bool:
    """Headlines, headings, bylines and list-of-links items: their capitals say nothing about style.

    A paragraph in title case is one; so is a short one that does not end a sentence with a full
    stop ("You Don't Need a Style Guide", "Are there Moral Facts?"): a heading or the title of a
    linked work, written in whatever case its own source chose.
    """
    if _starts_long(paragraph.text):
        return False  # most paragraphs end here
    parts = paragraph.text.split(maxsplit=_FIRST_PARTS)  # most paragraphs are decided by their start
    if len(parts) > _TITLE_WORDS and _more_words(parts[:_FIRST_PARTS], _TITLE_WORDS):
        return False  # too long for a headline, in title case or not: most paragraphs end here
    if len(parts) > _FIRST_PARTS:
        parts = paragraph.text.split()
        if _more_words(parts, _TITLE_WORDS):
            return False
    words = [w for w in parts if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in _SMALL]
    title_case = content and sum(1 for w in content if w[0].isupper()) >= 0.8 * len(content)
    return bool((title_case and len(words) <= _TITLE_WORDS) or _heading_like(paragraph.text, len(words)))


_FIRST_PARTS = 4 * _TITLE_WORDS
_FIRST = itemgetter(0)


_OPENING_PARTS = _TITLE_WORDS + 15


def _starts_long(text: str) -> bool:
    """More than ``_TITLE_WORDS`` of the first ``_OPENING_PARTS`` parts start with a letter: then so
    do more than that of the first ``_FIRST_PARTS``, and the paragraph is no headline. Counted in C,
    on a short split: a long paragraph is decided without splitting a hundred parts."""
    parts = text.split(maxsplit=_OPENING_PARTS)
    if len(parts) <= _OPENING_PARTS:
        return False  # a short paragraph: decided in full
    return sum(map(str.isalpha, map(_FIRST, islice(parts, _OPENING_PARTS)))) > _TITLE_WORDS


def _more_words(parts: list[str], limit: int) -> bool:
    """More than ``limit`` of ``parts`` start with a letter; stops counting there."""
    count = 0
    for part in parts:
        if part[:1].isalpha():
            count += 1
            if count > limit:
                return True
    return False


def _heading_like(text: str, words: int) -> bool:
    """A short paragraph that does not end with a full stop or an exclamation mark."""
    return 0 < words <= _HEADING_WORDS and not text.rstrip(_CLOSERS).endswith((".", "!", "…"))


def _is_word(token: Token) -> bool:
    """Letters only, or a name in the possessive: "the National Park Service's budget" goes on past it."""
    text = token.text
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.isalpha()


class Capitalization(Rule):
    id = "consistency.capitalization"
    category = "consistency"
    severity = Severity.WARNING
    document_level = True
    summary = "A term capitalised in one place and lower-cased in another."
    why = (
        "'the Prime Minister said' in one paragraph and 'the prime minister said' in the next reads as "
        "careless. Style guides capitalise a title before a name and lower-case it alone, so only uses in "
        "the same position are compared (before a name, or standing alone), mid-sentence and outside "
        "headlines, and never a quoted title. The most used form wins; when the forms tie, the first used "
        "is suggested, still as a warning: a tie is as inconsistent as a majority. The suggestion is "
        "applied only with --unsafe-fixes."
    )
    bad = (
        "The Prime Minister said on Monday that taxes would rise. Later the prime minister said they would not.",
        "The plan, said Prime Minister Jane Doe, is final. Critics of prime minister Doe disagree.",
    )
    good = (
        "Prime Minister Jane Doe spoke first. Later the prime minister said taxes would rise.",
        "The prime minister spoke. The prime minister left.",
        "The Harbour Board met on Friday. Any town can set up a harbour board, and every harbour board has a chair.",
        "The National Parks Agency's budget grew, yet many national parks closed.",
        "Why we chose Remote Work\n\nThe team has done remote work since 2019, and remote work suits us.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        text = doc.text
        lows = doc.lows
        starts = _pair_starts(doc.shared(capitalised))
        # A term is written two ways only if its first two words are also written together in lower
        # case (title case is one spelling per word, but for letters outside ASCII: "Ǆ", "ǅ"). The
        # lower-case pairs are found first, in one pass in C, and only the terms they allow are read.
        wanted = {(lows[index], lows[index + 1]) for index in starts}
        lower_pairs = _lower_pairs(doc, wanted)
        written_lower = {(tokens[index].text, tokens[index + 1].text) for index in lower_pairs}
        headlines = _Headlines(doc)
        uses: dict[tuple[str, bool], list[_Use]] = defaultdict(list)
        capitalised_keys: set[str] = set()
        for index in starts:
            # (A word inside a term starts none: the word before it is capitalised, not lower case.)
            token = tokens[index]
            if (lows[index], lows[index + 1]) not in written_lower and _ascii(tokens[index : index + _MAX_WORDS]):
                continue
            if token.sentence_start or not token.text.isalpha():
                continue
            if not _is_lower_word(tokens[index - 1]) or _inside_name(tokens, index):
                continue
            if text[token.start - 1 : token.start] in _OPENING_QUOTES:
                continue  # the title of a work ("Cognitive Linguistics" by Cruse) keeps its own case
            end = index
            while (
                end + 1 < len(tokens)
                and _continues(text, tokens[end], tokens[end + 1], upper=True)
                and tokens[end + 1].text.lower() not in _DATES
            ):
                end += 1
            if end == index or headlines.holds(token.start):
                continue  # one word: no term; or a headline (tested last: the costliest)
            for size in range(2, min(_MAX_WORDS, end - index + 1) + 1):
                last = index + size - 1
                if not all(t.text.istitle() for t in tokens[index : last + 1]):
                    break
                key = " ".join(t.text.lower() for t in tokens[index : last + 1])
                phrase = text[token.start : tokens[last].end]
                uses[(key, last < end)].append(_Use(token.start, tokens[last].end, phrase, last < end))
                capitalised_keys.add(key)
        if not capitalised_keys:
            return
        # Every key of three words has its first two as a key: only a pair of words that is a key
        # can start a use.
        pairs = {tuple(key.split(" ", 2)[:2]) for key in capitalised_keys}
        for index in lower_pairs:
            token = tokens[index]
            if (token.text, tokens[index + 1].text) not in pairs:
                continue
            if token.sentence_start or headlines.holds(token.start):
                continue
            if index > 0 and tokens[index - 1].low in _GENERIC_BEFORE and tokens[index - 1].joined:
                continue
            for size in range(2, _MAX_WORDS + 1):
                last = index + size - 1
                if last >= len(tokens) or not _continues(text, tokens[last - 1], tokens[last], upper=False):
                    break
                key = " ".join(t.text for t in tokens[index : last + 1])
                if key not in capitalised_keys:
                    continue
                following = tokens[last + 1] if last + 1 < len(tokens) else None
                before_name = (
                    following is not None
                    and _continues(text, tokens[last], following, upper=True)
                    and following.text.lower() not in _DATES
                )
                phrase = text[tokens[index].start : tokens[last].end]
                uses[(key, before_name)].append(_Use(tokens[index].start, tokens[last].end, phrase, before_name))
        for (_, before_name), group in uses.items():
            spellings = [use.text for use in group]
            if len(set(spellings)) < 2:
                continue
            chosen = winner([use.text for use in sorted(group, key=lambda u: u.start)])
            counts = describe_counts((s, spellings.count(s)) for s in dict.fromkeys(spellings))
            tied = sorted(spellings.count(s) for s in set(spellings))[-2:] == [spellings.count(chosen)] * 2
            where = "before a name" if before_name else "standing alone"
            tie = "; a tie, and the first form used is suggested" if tied else ""
            for use in group:
                if use.text == chosen:
                    continue
                yield self.finding(
                    use.start,
                    use.end,
                    f"'{use.text}' is capitalised differently elsewhere ({where}: {counts}{tie}): use '{chosen}'.",
                    suggestions=(chosen,),
                    fix=FixSafety.UNSAFE,
                )


def _lower_pairs(doc: Document, wanted: set[tuple[str, str]]) -> list[int]:
    """Where two words are written, one after the other, as one of the ``wanted`` pairs of
    lower-case words (the words picked in C by the first one's look-up form)."""
    if not wanted:
        return []
    tokens, lows = doc.tokens, doc.lows
    firsts = {first for first, _ in wanted}
    candidates = compress(range(len(lows) - 1), map(firsts.__contains__, lows))
    return [index for index in candidates if (tokens[index].text, tokens[index + 1].text) in wanted]


def _ascii(tokens: list[Token]) -> bool:
    """Whether the words are all ASCII: then each has one title-case spelling ("Prime", not "PRime")."""
    return all(token.text.isascii() for token in tokens)


def _pair_starts(capitals: Sequence[int]) -> list[int]:
    """The capitalised words followed by another (a term has at least two words): the only ones
    that can start a capitalised term (``capitals`` is sorted)."""
    return [index for index, following in pairwise(capitals) if following == index + 1]


def _inside_name(tokens: list[Token], index: int) -> bool:
    """After "of", "for", "and" (or "of the") that follow a capital: part of a longer name."""
    back = index - 1
    while back >= 0 and tokens[back].text in _CONNECTORS and index - back <= 2:
        back -= 1
    return back < index - 1 and back >= 0 and tokens[back].text[:1].isupper()


def _is_lower_word(token: Token) -> bool:
    """Lower-case, or a determiner capitalised only because it starts the sentence ("The")."""
    return token.text[:1].islower() or (token.sentence_start and token.text.lower() in _DETERMINERS)


def _continues(text: str, left: Token, right: Token, upper: bool) -> bool:
    """``right`` follows ``left`` in the same sentence after one space, in the given case."""
    if right.sentence_start or text[left.end : right.start] != " " or not _is_word(right):
        return False
    return right.text[0].isupper() if upper else right.text.islower()
