"""consistency.name: one name spelled two ways in a document.

Names are the largest source of false alarms, so only strong evidence counts:
- the same name with and without its diacritics ("Müller", "Muller" or "Mueller");
- two multi-word names identical but for one word, and that word one letter off ("Katharine
  Graham", "Katherine Graham") or an American/British variant ("Centre Court", "Center Court");
- a fused form beside the spaced one ("IlhamAliyev", "Ilham Aliyev"). The fusion itself is
  ``space.joined-words``'s business; this rule reports that the document disagrees with itself.
A single name one letter off another ("Ryan", "Bryan") is not enough: they may be two people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress, filterfalse, pairwise
from operator import itemgetter, ne, not_, or_
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

from ._common import capitalised, describe_counts, winner
from ._spelling import VariantTable, variant_table

if TYPE_CHECKING:
    from lint._document import Document, Token

# Capitalised words that start sentences or names without being part of the name.
_NOT_NAME = frozenset(
    """
    the a an and but or nor so yet for in on at by of to from with as if when while after before
    this that these those it its he she they we i you his her their our my your mr mrs ms dr
    """.split()
)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_CAMEL = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+$")
_MIN_LENGTH = 5
# Combining macron, breve, dot below and line below: the marks of transliteration systems.
_ROMANISATION_MARKS = frozenset("\u0304\u0306\u0323\u0331")


@dataclass(slots=True)  # not frozen: a frozen __init__ costs 4x, and there is one per word
class _Word:
    """A word of the text and where it is."""

    start: int
    end: int
    text: str


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _unaccented(text: str) -> str:
    """The key a name word is grouped by: its spelling without accents."""
    return text if text.isascii() else _strip_accents(text)


def _bare(text: str) -> str:
    """The name without a possessive ending ("'s" or "’s")."""
    return text[:-2] if text.endswith(_POSSESSIVES) else text


_POSSESSIVES = ("'s", "’s")
_FIRST = itemgetter(0)


def _name_words(capitals: Sequence[int], texts: list[str]) -> tuple[Sequence[int], list[str]]:
    """The capitalised words (``capitals``, with their ``texts``) that can be part of a name (not
    "The", not "NATO"), and their texts.

    Decided once per distinct word and picked in C: a long text has thousands of capitalised words
    and far fewer distinct ones.
    """
    not_names = {text for text in set(texts) if text.lower() in _NOT_NAME or (text.isupper() and len(text) > 1)}
    if not not_names:
        return capitals, texts
    keep = list(map(not_, map(not_names.__contains__, texts)))
    return list(compress(capitals, keep)), list(compress(texts, keep))


def _runs(doc: Document, names: Sequence[int], singles: bool = True) -> list[range]:
    """Maximal sequences of name words separated by single spaces, within a sentence, as ranges of
    token indices (the words are made only for the names a rule looks at more closely).

    A word outside ``names`` (lower case) ends a run: two name words in one run are neighbours.
    Without ``singles``, only runs of two words or more, and only the name words next to another
    one are looked at (picked in C): full names and fused names are made of several words.
    """
    runs: list[range] = []
    text = doc.text
    tokens = doc.tokens
    first = previous = -2
    for index in names if singles else _beside_another(names):
        token = tokens[index]
        if index != previous + 1 or token.sentence_start or text[tokens[previous].end : token.start] != " ":
            if first >= 0 and (singles or previous > first):
                runs.append(range(first, previous + 1))
            first = index
        previous = index
    if first >= 0 and (singles or previous > first):
        runs.append(range(first, previous + 1))
    return runs


def _word(token: Token) -> _Word:
    """A name word: where its token is, and its text without a possessive ending."""
    return _Word(token.start, token.end, _bare(token.text))


def _beside_another(names: Sequence[int]) -> list[int]:
    """The indices in sorted ``names`` that are next to another one (the one before or after)."""
    after = [following == index + 1 for index, following in pairwise(names)]
    beside = list(map(or_, chain(after, (False,)), chain((False,), after)))  # next to the one after or before
    return list(compress(names, beside))


def _inner_capitals(texts: list[str]) -> list[str]:
    """The distinct ``texts`` with a letter other than the first in upper case (or not a letter):
    picked in C, as ``str.capitalize`` leaves the others unchanged."""
    distinct = list(set(texts))
    return list(compress(distinct, map(ne, distinct, map(str.capitalize, distinct))))


def _accented(texts: list[str]) -> bool:
    """Whether a name word loses something when its accents are stripped ("Müller", not "I’m"):
    only then can two spellings differ in their diacritics."""
    return any(_strip_accents(bare) != bare for bare in map(_bare, set(filterfalse(str.isascii, texts))))


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours (Damerau distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    index = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[index:] == long[index + 1 :]


def _plural_or_possessive(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es")


class NameSpelling(Rule):
    id = "consistency.name"
    category = "consistency"
    severity = Severity.WARNING
    document_level = True
    summary = "A name spelled two ways in one document."
    why = (
        "Misspelling a name is the error readers and the people named forgive least, and the second "
        "spelling is usually a slip: a dropped diacritic ('Muller' for 'Müller'), one letter off in a "
        "full name ('Katherine Graham' after 'Katharine Graham'), an American spelling inside a British "
        "name ('Center Court' for 'Centre Court'), or a fused name ('IlhamAliyev') beside the spaced one. "
        "The most used spelling wins (ties go to the first used). Two different single names one letter "
        "apart ('Ryan', 'Bryan') are left alone: they may be two people. The suggestion is applied only "
        "with --unsafe-fixes."
    )
    bad = (
        "Thomas Müller scored twice. Muller later said the team was tired.",
        "Katharine Graham ran the paper. Katharine Graham hired him, and Katherine Graham promoted him.",
        "Play resumed on Centre Court. Rain returned to Center Court later, and Centre Court closed.",
        "President Ilham Aliyev spoke on Sunday. On Monday IlhamAliyev spoke again.",
    )
    good = (
        "Thomas Müller scored twice. Müller later said the team was tired.",
        "Ryan Smith and Bryan Smith are brothers. Ryan Smith is older.",
        "Katharine Graham ran the paper. Graham's son took over.",
        "Thanks to Andres Kumm and Andrés Ortega, two of our volunteers.",
        "Ahmad Shah (Persian: احمد شاه, Aḥmad Shāh) ruled for years; Shah died young.",
        "The ferry to Nuku Tonga'iki leaves daily; Nuku Tonga’iki has one shop.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        capitals = doc.shared(capitalised)
        tokens = doc.tokens
        capital_texts = [tokens[index].text for index in capitals]
        names, texts = _name_words(capitals, capital_texts)
        if not names:
            return
        # Single names matter only for diacritics: most documents have no accented name.
        accented = _accented(texts)
        runs = _runs(doc, names, singles=accented)
        if accented:
            yield from self._diacritics(tokens, names, texts, runs)
        yield from self._full_names(tokens, runs)
        if any(_CAMEL.match(_bare(text)) for text in _inner_capitals(capital_texts)):
            yield from self._fused(doc, runs, capitals, capital_texts)  # a fused name is in camel case

    def _report(self, words: list[_Word], chosen: str, counts: Counter[str], what: str) -> Iterator[Finding]:
        described = describe_counts(counts.items())
        for word in words:
            if word.text != chosen:
                yield self.finding(
                    word.start,
                    word.end,
                    f"'{word.text}' is spelled '{chosen}' elsewhere in this document ({what}; {described}).",
                    suggestions=(chosen,),
                    fix=FixSafety.UNSAFE,
                )

    def _diacritics(
        self, tokens: list[Token], names: Sequence[int], texts: list[str], runs: list[range]
    ) -> Iterator[Finding]:
        """``names``: the name words, with their ``texts``; ``runs``: all of them, single names included.

        Words are grouped by their spelling without accents. Only the groups of an accented
        spelling, and those of its transliterations, can disagree: the words of the others are
        never made (a key is worked out once per distinct text).
        """
        keys = {text: _unaccented(_bare(text)) for text in set(texts)}
        marked = {key for text, key in keys.items() if _bare(text) != key}  # groups holding another spelling
        if not marked:
            return
        spelled = {_bare(text).translate(_TRANSLITERATION) for text, key in keys.items() if _bare(text) != key}
        compared = {text for text, key in keys.items() if key in marked or key in spelled}
        groups: dict[str, list[_Word]] = defaultdict(list)
        for index in compress(names, map(compared.__contains__, texts)):  # in text order, as the runs are
            groups[keys[tokens[index].text]].append(_word(tokens[index]))
        # "Mueller" for "Müller": join the transliterated spelling to the group of the original.
        for key, words in [(key, words) for key, words in groups.items() if key in marked]:
            accented = {w.text for w in words if w.text != key}
            for spelling in accented:
                spelled_out = spelling.translate(_TRANSLITERATION)
                if spelled_out != key and spelled_out in groups:
                    words.extend(groups.pop(spelled_out))
        companions: _Companions | None = None
        for key, words in groups.items():
            if key not in marked:
                continue  # every word spelled as its key: one spelling, and no accents
            spellings = Counter(w.text for w in words)
            if len(spellings) < 2 or not any(_strip_accents(s) != s for s in spellings):
                continue
            chosen = winner([w.text for w in words])
            if _romanisation_aside(spellings, chosen):
                continue
            if companions is None:
                companions = _Companions(tokens, runs)
            if _different_people(words, companions):
                continue
            yield from self._report(words, chosen, spellings, "diacritics")

    def _full_names(self, tokens: list[Token], runs: list[range]) -> Iterator[Finding]:
        table = variant_table()
        # Full names by length, each spelling once with its uses: names recur, and only two different
        # spellings of one length can differ in one word.
        by_length: dict[int, dict[tuple[str, ...], list[range]]] = defaultdict(dict)
        for run in runs:
            if len(run) >= 2:
                by_length[len(run)].setdefault(tuple(_bare(tokens[index].text) for index in run), []).append(run)
        seen: set[int] = set()
        for length, spelled in by_length.items():
            if len(spelled) < 2:
                continue  # every full name of this length spelled one way
            for position in range(length):
                contexts: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
                for names in spelled:
                    contexts[(*names[:position], "", *names[position + 1 :])].append(names)
                for group in contexts.values():
                    if len(group) < 2:
                        continue  # no other spelling around this word
                    uses = sorted((run for names in group for run in spelled[names]), key=_FIRST)  # in text order
                    words = [_word(tokens[run[position]]) for run in uses]
                    yield from self._full_name_group(words, table, seen)

    def _full_name_group(self, words: list[_Word], table: VariantTable, seen: set[int]) -> Iterator[Finding]:
        """The uses of one word of a full name, the rest of the name the same: report a one-letter slip."""
        spellings = Counter(w.text for w in words)
        texts = list(spellings)
        related = all(_related(a, b, table) for i, a in enumerate(texts) for b in texts[i + 1 :])
        if not related or _strip_accents(texts[0]) == _strip_accents(texts[1]):
            return  # unrelated people, or a diacritics pair (reported above)
        chosen = winner([w.text for w in words])
        for finding in self._report(words, chosen, spellings, "same full name otherwise"):
            if finding.start not in seen:
                seen.add(finding.start)
                yield finding

    def _fused(self, doc: Document, runs: list[range], capitals: Sequence[int], texts: list[str]) -> Iterator[Finding]:
        """``texts``: those of ``capitals``."""
        tokens = doc.tokens
        spaced: Counter[str] = Counter()
        for run in runs:
            for index in run[:-1]:
                spaced[_bare(tokens[index].text) + _bare(tokens[index + 1].text)] += 1
        if not spaced:
            return
        fused: dict[str, list[_Word]] = defaultdict(list)
        # A fused name starts with a capital, and is a spaced pair's letters (perhaps possessive).
        wanted = {*spaced, *(joined + ending for joined in spaced for ending in _POSSESSIVES)}
        for index in compress(capitals, map(wanted.__contains__, texts)):  # picked in C
            token = tokens[index]
            bare = _bare(token.text)
            if bare in spaced and _CAMEL.match(bare):
                fused[bare].append(_Word(token.start, token.start + len(bare), bare))
        for joined, words in fused.items():
            split = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", joined)
            counts = Counter({split: spaced[joined], joined: len(words)})
            if len(words) > spaced[joined]:
                continue  # mostly fused: a brand ("PlayStation"), not a slip
            for word in words:
                yield self.finding(
                    word.start,
                    word.end,
                    f"'{word.text}' is written '{split}' elsewhere in this document (fused; "
                    f"{describe_counts(counts.items())}).",
                    suggestions=(split,),
                    fix=FixSafety.UNSAFE,
                )


def _romanisation_aside(spellings: Counter[str], chosen: str) -> bool:
    """A scholarly romanisation given beside the usual form: "Zaha Hadid (Arabic: …, Zahā Ḥadīd)".

    Macrons and dots below mark transliteration systems, not the spelling the text uses; when the
    plain form is the one used, the marked one is a deliberate aside, not a dropped accent.
    """
    if _strip_accents(chosen) != chosen:
        return False
    return any(_ROMANISATION_MARKS & set(unicodedata.normalize("NFD", spelling)) for spelling in spellings)


class _Companions:
    """For a name word (by its start), the other words of its run: "Nicolas" in "Nicolas Alpi" has "Alpi".

    Worked out only for the words of the groups compared, not for every name word of the document.
    """

    def __init__(self, tokens: list[Token], runs: list[range]) -> None:
        self._tokens = tokens
        self._run_at = {tokens[index].start: run for run in runs if len(run) > 1 for index in run}

    def of(self, start: int) -> frozenset[str]:
        run = self._run_at.get(start)
        if run is None:
            return frozenset()
        tokens = self._tokens
        return frozenset(_bare(tokens[index].text) for index in run if tokens[index].start != start)


def _different_people(words: list[_Word], companions: _Companions) -> bool:
    """Each spelling only ever in a full name, and no name word shared: "Nicolas Alpi", "Nicolás Reynolds"."""
    by_spelling: dict[str, set[str]] = defaultdict(set)
    for word in words:
        others = companions.of(word.start)
        if not others:
            return False  # "Muller" alone can be anyone in the story, "Müller" included
        by_spelling[word.text] |= others
    seen: set[str] = set()
    for names in by_spelling.values():
        if seen & names:
            return False
        seen |= names
    return True


def _related(a: str, b: str, table: VariantTable) -> bool:
    """Two spellings of one name word: one letter apart, or an American/British pair.

    Straight and curly apostrophes ("Vava'u", "Vava’u") are one spelling: typography, for consistency.style.
    """
    lower_a, lower_b = a.lower(), b.lower()
    if lower_a.replace("’", "'") == lower_b.replace("’", "'"):
        return False
    if _plural_or_possessive(lower_a, lower_b):
        return False
    entry = table.get(lower_a)
    if entry is not None and lower_b in entry.instead.values():
        return True
    if lower_a[0] != lower_b[0] or lower_a[-1] != lower_b[-1]:
        return False  # "Korea" / "Korean", "Ryan" / "Bryan": other words, not other spellings
    return min(len(a), len(b)) >= _MIN_LENGTH and _one_edit_apart(lower_a, lower_b)
