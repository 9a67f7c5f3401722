"""What rules see: the prose of a draft, with its paragraphs, sentences and words.

Paragraphs, sentences and tokens are computed once, on first use, and shared by every rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

from ._offsets import PLACEHOLDER
from ._protected import protected_spans
from ._segment import split_sentences

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ._config import Config
    from ._offsets import OffsetMap
    from ._resources import Resources
    from ._source import Source

__all__ = ["PLACEHOLDER", "WORD", "Document", "Sentence", "Span", "Token"]


@dataclass(frozen=True, slots=True)
class Span:
    """A range of prose text, with the text itself."""

    start: int
    end: int
    text: str


class Sentence:
    """A sentence: its range of the prose, and its text, sliced from the document's on demand.

    (Not a :class:`Span`: a sentence's text is read once or twice, by the tokenizer and a few
    statistics, and a stored copy would keep the whole prose a second time, 11 MB at a million
    words.)
    """

    __slots__ = ("_prose", "end", "start")

    def __init__(self, start: int, end: int, prose: str) -> None:
        self.start, self.end, self._prose = start, end, prose

    @property
    def text(self) -> str:
        return self._prose[self.start : self.end]

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r})"


class Token:
    """A word: letters and digits, with inner apostrophes and hyphens kept ("don't", "cease-fire").

    Read-only by convention; the document sets ``joined`` as it reads the next word. Positions are
    computed, not stored: a token keeps the start of its sentence (one number shared by all the
    sentence's words) and its distance from it, which is almost always below 256, a number Python
    keeps once for the whole process. A million-word text has a million tokens, and a stored start
    of its own costs each of them 32 bytes (29 MB), the end as much again.
    """

    __slots__ = ("_base", "_offset", "joined", "low", "sentence_start", "text")

    def __init__(
        self, base: int, offset: int, text: str, sentence_start: bool, low: str = "", joined: bool = False
    ) -> None:
        """A word ``offset`` characters after ``base`` (its sentence's start)."""
        self._base = base
        self._offset = offset
        self.text = text
        self.sentence_start = sentence_start
        """True when this is the first word of its sentence."""
        self.low = low
        """Lower case, curly apostrophes made straight: the form word lists are looked up in."""
        self.joined = joined
        """Only whitespace (spaces, at most one line break) between this word and the next word of its
        sentence: a comma, a quote, a dash or a bracket between two words breaks every word pattern."""

    @property
    def start(self) -> int:
        return self._base + self._offset

    @property
    def end(self) -> int:
        return self._base + self._offset + len(self.text)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.text!r}, {self.sentence_start}, {self.low!r}, {self.joined})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.text, self.sentence_start, self.low, self.joined) == (
            other.start,
            other.text,
            other.sentence_start,
            other.low,
            other.joined,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable (``joined``), as the dataclass was


_LOW = attrgetter("low")
_LOWER_PIECE = 1 << 16
"""Characters lowered at a time (:attr:`Document.lowered`)."""
_KNOWN_WORDS: dict[str, tuple[str, str]] = {}
"""Every word as read, with its text and look-up form, shared by the tokens of every document a
process reads: a server's next article reuses the forms (and the strings) of the last one's words."""
_KNOWN_LIMIT = 200_000
"""Distinct words kept before the memo starts afresh (some 25 MB at most)."""
_KNOWN_TEXT_LIMIT = 1_000_000
"""A text this long (some 160,000 words) keeps its words to itself."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SIC = re.compile(r"[\[(]sic[\])]", re.IGNORECASE)
_SIC_AFTER = re.compile(r"['\"’”]?\s*[\[(]sic[\])]", re.IGNORECASE)
WORD = re.compile(r"([^\W_]\w*+(?:['’\-][^\W_]\w*+)*+)")
"""A word (one group, so that :func:`re.split` keeps the words between the gaps): a letter or digit,
then word characters, with single inner apostrophes and hyphens each followed by a letter or digit.
Written as runs with possessive repeats, not one character at a time with a look-ahead: the same
words, in a third of the time (splitting is most of building the tokens)."""
_ASCII_WORD = re.compile(WORD.pattern, re.ASCII)
""":data:`WORD` itself for a sentence of ASCII characters only, where ``\\w`` means ``[a-zA-Z0-9_]``
either way: the same split without Unicode's word test (a fifth less time; most sentences of
English prose are ASCII). Compiled from WORD's own pattern, so the two cannot drift apart."""


T = TypeVar("T")


class Document:
    """The prose of one draft plus the map back to its source."""

    def __init__(
        self,
        source: Source,
        text: str,
        offsets: OffsetMap,
        config: Config | None = None,
        foreign: tuple[tuple[int, int], ...] = (),
        comments: tuple[tuple[int, int], ...] = (),
        input_format: str = "plain",
        resources: Resources | None = None,
    ) -> None:
        self.source = source
        self.text = text
        self.offsets = offsets
        self._config = config
        self.foreign = foreign
        """Prose ranges the markup marks as another language (``lang="fr"``): not English to check."""
        self.comments = comments
        """Source ranges of real markup comments (not inside code), where suppression directives live."""
        self.input_format = input_format
        """plain, markdown or html: what the source was read as."""
        self._shared: dict[Callable[[Document], Any], Any] = {}
        self._resources = resources

    def shared(self, build: Callable[[Document], T]) -> T:
        """``build(self)``, computed once per document and shared by every rule that asks.

        Rules that need the same derived data (words tagged for grammar, syllable counts) call
        this with the same module-level function instead of keeping their own per-document caches.
        A document is linted by one thread at a time, so no lock is needed.
        """
        try:
            return self._shared[build]  # type: ignore[no-any-return]
        except KeyError:
            value = self._shared[build] = build(self)
            return value

    @property
    def config(self) -> Config:
        if self._config is None:
            from ._config import Config

            self._config = Config()
        return self._config

    @property
    def resources(self) -> Resources:
        """What the rules of this run share across documents (grammar backends, word indexes)."""
        if self._resources is None:
            from ._resources import PROCESS_RESOURCES

            self._resources = PROCESS_RESOURCES
        return self._resources

    @property
    def language(self) -> str:
        return self.config.language

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of prose separated by blank lines (Markdown and HTML blocks become paragraphs)."""
        spans: list[Span] = []
        text = self.text
        position = 0
        for match in _PARAGRAPH_BREAK.finditer(text):
            _append_trimmed(spans, text, position, match.start())
            position = match.end()
        _append_trimmed(spans, text, position, len(text))
        return spans

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts, in order: for finding a position's paragraph by bisection."""
        return [paragraph.start for paragraph in self.paragraphs]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order: for finding a position's sentence by bisection."""
        return [sentence.start for sentence in self.sentences]

    @cached_property
    def sentences(self) -> list[Sentence]:
        result: list[Sentence] = []
        text = self.text
        for paragraph in self.paragraphs:
            for start, end in split_sentences(paragraph.text):
                result.append(Sentence(paragraph.start + start, paragraph.start + end, text))
        return result

    @cached_property
    def tokens(self) -> list[Token]:
        return list(chain.from_iterable(self.sentence_words))

    @cached_property
    def sentence_words(self) -> list[list[Token]]:
        """The words of each sentence, aligned with :attr:`sentences` (a sentence may have none).

        Each sentence is split by the word pattern in one C call (words and the gaps between them
        alternate), which costs a quarter less than a match object per word. A word's text and
        lower-case form are shared by every token of that word (a text of a million words has
        some twenty thousand distinct ones): half the memory of the tokens. Each word is read with
        the gap after it, and whether a gap joins two words is decided once per distinct gap.
        """
        # A word as read -> (its shared text, its lower-case form): kept across the documents of
        # a process, except for a long one, whose words would only outlive it.
        known = _KNOWN_WORDS if len(self.text) < _KNOWN_TEXT_LIMIT else {}
        if len(known) > _KNOWN_LIMIT:
            known.clear()
        spaces: dict[str, bool] = {" ": True}  # a gap -> whether it joins its words (few distinct gaps)
        result: list[list[Token]] = []
        split, split_ascii = WORD.split, _ASCII_WORD.split
        new = object.__new__  # a token's fields are set here, not by calling the class: a tenth of the
        # time of the tokens (the ``__init__`` call), 2 ms of every 50,000 words, before any rule runs
        for sentence in self.sentences:
            text = sentence.text
            parts = split_ascii(text) if text.isascii() else split(text)  # [gap, word, gap, ..., word, gap]
            words: list[Token] = []
            append = words.append
            base = sentence.start
            offset = len(parts[0])
            pieces = iter(parts)
            next(pieces)
            # Each word, then the gap after it (the parts are odd in number). Look-ups by ``get``, not
            # ``try``: a new process meets thousands of words it has not read yet, and a raised
            # KeyError costs more than the call (a sixth of the tokens' time on 50,000 words).
            for piece in pieces:
                gap = next(pieces)
                forms = known.get(piece)
                if forms is None:
                    forms = known[piece] = _word_forms(piece, known)
                joined = spaces.get(gap)
                if joined is None:
                    joined = spaces[gap] = _only_spaces(gap)
                token = new(Token)
                token._base = base
                token._offset = offset
                token.text, token.low = forms
                token.sentence_start = False
                token.joined = joined
                append(token)
                offset += len(piece) + len(gap)
            if words:
                words[0].sentence_start = True
                words[-1].joined = False  # the gap after the sentence's last word leads to no word
            result.append(words)
        return result

    @cached_property
    def lows(self) -> list[str]:
        """Every word's look-up form (:attr:`Token.low`), in the order of :attr:`tokens`: one list
        for the rules that scan every word."""
        return list(map(_LOW, self.tokens))

    @cached_property
    def distinct_lows(self) -> frozenset[str]:
        """The document's distinct look-up forms."""
        return frozenset(self.lows)

    @cached_property
    def lowered(self) -> str:
        """The prose in lower case, shared by rules that pre-filter with substring tests.

        Lowered a piece at a time: CPython lowers a text with any non-ASCII character through a
        buffer of 12 bytes a character, a passing 78 MB for a million words. Each piece ends just
        after a space, where no casing rule looks across (the Greek final sigma reads its
        neighbours), so the pieces join into exactly ``text.lower()``.
        """
        text = self.text
        if text.isascii() or len(text) <= _LOWER_PIECE:
            return text.lower()
        return "".join(piece.lower() for piece in self._lowering_pieces())

    @cached_property
    def folded(self) -> str:
        """:attr:`lowered` with every character that is not ASCII there made a '?': the same
        answers for a needle of ASCII without '?' (:meth:`lowered_for`), at one byte a character.

        A text with a single curly quote is kept by Python at two bytes a character, and so is its
        lower-case copy (12 MB at a million words); the folded copy is pure ASCII (6 MB).
        """
        text = self.text
        if text.isascii():
            return self.lowered
        return "".join(piece.lower().encode("ascii", "replace").decode("ascii") for piece in self._lowering_pieces())

    def lowered_for(self, needle: str) -> str:
        """The lower-case prose to look for the lower-case ``needle`` in: :attr:`folded` for the
        usual needle, ASCII without '?', else :attr:`lowered`. Either has the offsets of
        ``text.lower()``."""
        return self.folded if needle.isascii() and "?" not in needle else self.lowered

    def _lowering_pieces(self) -> Iterator[str]:
        """The prose in pieces that lower-case independently: each ends just after a space."""
        text = self.text
        start = 0
        while start < len(text):
            cut = text.find(" ", start + _LOWER_PIECE)
            end = len(text) if cut < 0 else cut + 1
            yield text[start:end]
            start = end

    @cached_property
    def protected(self) -> list[tuple[int, int]]:
        """Ranges of machine text (URLs, e-mail addresses, domains, file names, handles)."""
        return protected_spans(self.text)

    @cached_property
    def has_sic(self) -> bool:
        """Whether the prose marks anything '[sic]' or '(sic)' (few texts do: most skip the check)."""
        return _SIC.search(self.text) is not None

    def kept_as_written(self, end: int) -> bool:
        """Whether '[sic]' (or '(sic)') follows what ends at ``end``, after at most a closing quote:
        a slip quoted as it was written ('the sign read "Welcom" [sic]'), which no rule reports."""
        return self.has_sic and _SIC_AFTER.match(self.text, end) is not None

    def is_protected(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps machine text that prose rules must not touch."""
        spans = self.protected
        index = bisect_right(spans, (start, len(self.text) + 1)) - 1
        return any(span_start < end and start < span_end for span_start, span_end in spans[max(index, 0) : index + 2])

    def paragraphs_holding(self, needles: tuple[str, ...], lowered: bool = False) -> list[tuple[int, int]]:
        """``(start, end)`` of each paragraph whose text holds one of ``needles`` (in the lowered
        text with ``lowered``), in order; ``end`` runs to the next paragraph, so a pattern that
        looks past the paragraph's last character sees what it would in the whole text.

        Rules that search for a pattern with a known literal word use this instead of scanning the
        whole text once per pattern: the cost then follows the paragraphs that could match.
        """
        starts = self.paragraph_starts
        chosen: set[int] = set()
        for needle in needles:
            text = self.lowered_for(needle) if lowered else self.text
            position = text.find(needle) if needle else -1
            while position >= 0:
                index = bisect_right(starts, position) - 1
                chosen.add(max(index, 0))
                following = starts[index + 1] if index + 1 < len(starts) else len(text)
                position = text.find(needle, max(following, position + 1))
        ranges = []
        for index in sorted(chosen):
            if index < len(starts):
                ranges.append((starts[index], starts[index + 1] if index + 1 < len(starts) else len(text)))
        return ranges

    def is_foreign(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies in prose marked as another language."""
        return any(span_start <= start and end <= span_end for span_start, span_end in self.foreign)

    def line_of(self, prose_offset: int) -> int:
        """1-based source line of a prose offset (handy for rules that reason about lines)."""
        return self.source.line_col(self.offsets.start_of(prose_offset))[0]


def _word_forms(word: str, known: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """A word and its look-up form: lower case, curly apostrophes straight, shared with the word
    itself when they are the same and with every other token of the lower-case word."""
    low = word.lower()
    if "’" in low:
        low = low.replace("’", "'")
    if low == word:
        return word, word
    return word, known.setdefault(low, (low, low))[0]


def _only_spaces(gap: str) -> bool:
    """Spaces and tabs, with at most one line break among them (a paragraph break is not a gap)."""
    return gap == " " or (gap != "" and not gap.strip(" \t\n") and gap.count("\n") <= 1)


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))
