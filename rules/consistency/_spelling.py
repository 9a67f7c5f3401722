"""consistency.spelling-variant: American, British, Canadian and Australian spellings mixed in one story.

The table (``varcon_pairs.tsv``, derived from VarCon by ``build_varcon.py``) says, for each word
that some dialect does not accept, which dialects prefer it and what the others write instead.
The document's dialect is the one most of its marked words prefer (words every dialect accepts
have no vote; ties go to the configured language, then British before Canadian and Australian);
every word that dialect does not accept is reported with that dialect's spelling. When American,
British or Oxford spelling would report as few other words, nothing says which the house uses:
the findings are then information only.
When ``language`` is set explicitly in the config or on the command line, that dialect is used
even if the document never mixes: a lone "colour" is then reported in an en-US newsroom.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Generator, Iterator
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint._datacache import cached
from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule
from rules.spelling._loans import in_loan_phrase

from ._axes import AXIS_NAMES, SIDE_NAMES, Placement, Verdict, decide, default_side, place
from ._common import describe_counts, hyphenated, match_case, winner

if TYPE_CHECKING:
    from lint._document import Document

TABLE = Path(__file__).resolve().parent / "varcon_pairs.tsv"
DIALECT_NAMES = {"A": "American", "B": "British", "Z": "British (Oxford -ize)", "C": "Canadian", "D": "Australian"}
# The order in which dialects win ties, for each configured language. Canadian and Australian
# come after British: they mix American and British forms, so they tie with one of them on most
# documents, and a British story must never be told that its British spelling is "not Canadian".
_TIE_ORDER = {"en-US": "ABZCD", "en-GB": "BZDCA"}
# SCOWL level 70 is "rare"; at that level VarCon pairs short abbreviations and word fragments
# ("et"/"aet", "bor"/"bour", "cer"/"cre") that are no spelling of a word.
_RARE_LEVEL = 70
_PLAIN_DIALECTS = "ABZ"
_SHORTEST_RARE = 4
# Which dialects an explicitly configured language allows.
_CONFIGURED = {"en-US": "A", "en-GB": "BZ"}


class _Entry(NamedTuple):
    preferred: str
    """Dialects (letters) that prefer this spelling."""
    instead: dict[str, str]
    """For each dialect that does not accept this spelling, the spelling it uses."""


class VariantTable:
    """The derived VarCon table: raw rows are read at once, each entry is parsed when first asked for.

    Parsing all 40,000 rows up front cost more than all the consistency rules together.
    """

    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows
        self._parsed: dict[str, _Entry | None] = {}
        self._words = frozenset(rows)
        """The words with a row, for the membership tests: most words of a text have none, and a
        set answers "no" from one stretch of memory where the dict of rows probes several (half a
        millisecond to build, once per process)."""

    def __contains__(self, word: str) -> bool:
        """Whether ``word`` has a row (an entry, or None): :meth:`get` returns None for every other word."""
        return word in self._words

    def listed(self, words: frozenset[str]) -> set[str]:
        """The ``words`` that have a row (an entry or None): the only ones :meth:`get` can return for.

        Filtered in C, looking each word up in the table (not each row up in the words: the table
        has more rows than a long text has distinct words)."""
        return set(filter(self._words.__contains__, words))

    def get(self, word: str) -> _Entry | None:
        if word in self._parsed:
            return self._parsed[word]
        row = self._rows.get(word)
        entry = None
        if row is not None:
            level, preferred, accepted, cells = row.split("\t")
            # No dialect accepts it: a misspelling, not a dialect marker ("gage"). A rare short entry is
            # an abbreviation or a fragment: "et" (as in "et al.") is not the American spelling of "aet".
            rare_fragment = int(level) >= _RARE_LEVEL and len(word) < _SHORTEST_RARE
            if accepted != "-" and not rare_fragment:
                instead = dict(cell.split(":", 1) for cell in cells.split(" ")) if cells != "-" else {}
                entry = _Entry(preferred.strip("-"), instead)
        self._parsed[word] = entry
        return entry


@lru_cache(maxsize=1)
def variant_table() -> VariantTable:
    """The derived VarCon table, loaded once; its rows come from the per-user data cache when the
    TSV is unchanged (a marshalled dict loads several times faster than the text is split)."""
    status = TABLE.stat()
    return VariantTable(cached("varcon-rows", f"{TABLE}:{status.st_size}:{status.st_mtime_ns}", _read_rows))


def _read_rows() -> dict[str, str]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


class _Occurrence(NamedTuple):
    start: int
    end: int
    text: str
    word: str
    entry: _Entry


def _occurrences(doc: Document, table: VariantTable) -> list[_Occurrence]:
    """Dialect-marked words, skipping names (capitalised mid-sentence), all-caps and machine text."""
    found: list[_Occurrence] = []
    tokens = doc.tokens
    lowered = doc.lows
    words = doc.distinct_lows
    wanted = table.listed(words)  # most words have no row
    # A hyphenated word counts only through its parts: only those with a listed part are looked at.
    wanted.update(word for word in doc.shared(hyphenated) if any(map(table.__contains__, word.split("-"))))
    if not wanted:
        return found
    for index in compress(range(len(lowered)), map(wanted.__contains__, lowered)):  # picked in C, in one pass
        token = tokens[index]
        text = token.text
        if text[:1].isupper() and not token.sentence_start:
            continue
        if text.isupper() and len(text) > 1:
            continue
        if "-" not in text:  # almost every word: no split, and the token's lower-case form is ready
            entry = table.get(token.low)
            if entry is not None and not doc.is_protected(token.start, token.end) and not in_loan_phrase(tokens, index):
                found.append(_Occurrence(token.start, token.end, text, token.low, entry))
            continue
        offset = token.start
        for part, word in zip(text.split("-"), token.low.split("-"), strict=True):
            entry = table.get(word)
            if entry is not None and not doc.is_protected(offset, offset + len(part)):
                found.append(_Occurrence(offset, offset + len(part), part, word, entry))
            offset += len(part) + 1
    return found


def _choose_dialect(occurrences: list[_Occurrence], candidates: str, order: str) -> str:
    """The dialect most of the marked words prefer; a word every dialect accepts ("imposter") has no vote."""
    scores = Counter(d for occurrence in occurrences if occurrence.entry.instead for d in occurrence.entry.preferred)
    return max(candidates, key=lambda d: (scores[d], -order.index(d)))


def _rejected(occurrences: list[_Occurrence], dialect: str) -> frozenset[int]:
    """Where the words are that ``dialect`` does not accept."""
    return frozenset(occurrence.start for occurrence in occurrences if dialect in occurrence.entry.instead)


def _undecided(occurrences: list[_Occurrence], dialect: str, candidates: str) -> bool:
    """True when American, British or Oxford spelling would report other words, no more of them.

    "recognising" beside "civilization" in a British text: British (-ise) and Oxford (-ize) each
    reject one word, so nothing says which the house uses; "honour" beside "humor" likewise. Only
    the tie order chose, so the findings are information (an explicitly configured language is
    required outright, and never comes here). Canadian and Australian are no such alternative:
    they accept both forms of many pairs, so they always "report fewer" without saying anything.
    """
    reported = _rejected(occurrences, dialect)
    for other in candidates:
        if other == dialect or other not in _PLAIN_DIALECTS:
            continue
        alternative = _rejected(occurrences, other)
        if alternative != reported and len(alternative) <= len(reported):
            return True
    return False


class SpellingVariant(Rule):
    id = "consistency.spelling-variant"
    category = "consistency"
    severity = Severity.WARNING
    document_level = True
    summary = "American and British (or Canadian, Australian) spellings mixed in one document."
    why = (
        "A story that writes 'color' in one paragraph and 'colour' in the next looks unedited. The "
        "document's spelling is the one most of its variant words follow (ties go to the configured "
        "language); every word that spelling does not accept is reported with the spelling to use, and "
        "the counts. When another spelling (American, British -ise, Oxford -ize) would report as few "
        "other words, the findings are information only: 'honour' beside 'humor' says nothing about "
        "which the house uses. Capitalised words mid-sentence are names ('Labour Party', 'Centre Court') and are "
        "left alone. With `language` set explicitly in the config (or `--language`), that spelling is "
        "required even when a document does not mix. The suggestion is applied only with --unsafe-fixes. "
        "Data: VarCon by Kevin Atkinson and Benjamin Titze."
    )
    bad = (
        "The color of the flag matched the colour of the walls.",
        "The theater reopened. Its program was analyzed by critics, who praised the colour of the sets.",
        "Organisers said the centre would organize more events and that the centre was ready.",
    )
    good = (
        "The colour of the flag matched the colour of the walls in the theatre.",
        "The theater reopened and critics analyzed its program.",
        "The Labour Party met at the World Trade Center to analyze the vote.",
        "An imposter met another imposter, and the imposters were labeled by color.",
        "The organizers recognized the colour of the centre and the tyres on the kerb.",
        "Smith et al. found the colour of the theatre and the centre unchanged.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        table = variant_table()
        occurrences = _occurrences(doc, table)
        if not occurrences:
            return
        config = doc.config
        language = config.language if config.language in _TIE_ORDER else "en-US"
        order = _TIE_ORDER[language]
        # en-GB is never the default, so it was asked for even where a caller built Config by hand.
        explicit = config.language_explicit or language != "en-US"
        candidates = _CONFIGURED[language] if explicit else order
        dialect = _choose_dialect(occurrences, candidates, order)
        if not explicit and len({o.word for o in occurrences}) < 2:
            return
        forms = Counter(o.word for o in occurrences)
        reported: set[int] = set()
        judged = yield from self._by_axis(occurrences, (candidates, order), language, explicit, forms, reported)
        rest = [o for o in occurrences if o.start not in judged]
        marked = [o for o in occurrences if o.entry.instead]  # "imposter" is every dialect's: not counted
        follows = sum(1 for o in marked if dialect not in o.entry.instead)
        undecided = not explicit and _undecided(occurrences, dialect, candidates)
        for occurrence in rest:
            replacement = occurrence.entry.instead.get(dialect)
            if replacement is None:
                continue
            reported.add(occurrence.start)
            pair = [(occurrence.word, forms[occurrence.word]), (replacement, forms[replacement])]
            counts = describe_counts((form, count) for form, count in pair if count)
            if explicit:
                reason = f"the configured language is {language}"
            else:
                reason = f"{follows} of the document's {len(marked)} variant spellings are {DIALECT_NAMES[dialect]}"
            yield self.finding(
                occurrence.start,
                occurrence.end,
                f"'{occurrence.text}' is not {DIALECT_NAMES[dialect]} spelling ({reason}; {counts}): "
                f"use '{match_case(occurrence.text, replacement)}'.",
                suggestions=(match_case(occurrence.text, replacement),),
                fix=FixSafety.UNSAFE,
                # One word spelled both ways ("behaviour", "behavior") is a slip whatever the dialect.
                severity=Severity.INFO if undecided and not forms[replacement] else None,
            )
        yield from self._mixed_pairs(occurrences, dialect, reported)

    def _by_axis(
        self,
        occurrences: list[_Occurrence],
        dialects: tuple[str, str],
        language: str,
        explicit: bool,
        forms: Counter[str],
        reported: set[int],
    ) -> Generator[Finding, None, set[int]]:
        """Judge each spelling axis on its own; return where the judged words are.

        An axis is judged when the document uses both its sides (or a language is configured): the
        side most of its uses take wins, a tie goes to the side the rest of the document's spelling
        takes. Words on an axis the document keeps to, and words on no axis, are left to the dialect.
        """
        by_axis: dict[str, list[tuple[_Occurrence, Placement]]] = defaultdict(list)
        placements = {o.word: _placement(o.word, o.entry) for o in occurrences}
        # A spelling every dialect accepts ("catalogue") is on the other side from its marked twin
        # ("catalog", which British rejects) when the document uses both.
        twins = {p.partner: Placement(p.axis, _other_side(p), word) for word, p in placements.items() if p is not None}
        for occurrence in occurrences:
            placement = placements[occurrence.word] or twins.get(occurrence.word)
            if placement is not None:
                by_axis[placement.axis].append((occurrence, placement))
        judged: set[int] = set()
        for axis, uses in by_axis.items():
            sides = [placement.side for _, placement in uses]
            tie_break, decider = _tie_break(axis, uses, occurrences, dialects, language, explicit)
            verdict = decide(axis, sides, language if explicit else None, tie_break)
            if verdict is None:
                continue
            judged.update(o.start for o, _ in uses)
            winners = Counter(o.word for o, p in uses if p.side == verdict.side)
            if verdict.reason == "tie":
                winners = Counter(o.word for o, _ in uses)  # both sides, to show they tie
            for occurrence, placement in uses:
                if placement.side == verdict.side:
                    continue
                reported.add(occurrence.start)
                suggestion = match_case(occurrence.text, placement.partner)
                yield self.finding(
                    occurrence.start,
                    occurrence.end,
                    f"{_axis_message(occurrence.text, placement, verdict, winners, decider, language)}: "
                    f"use '{suggestion}'.",
                    suggestions=(suggestion,),
                    fix=FixSafety.UNSAFE,
                )
        return judged

    def _mixed_pairs(self, occurrences: list[_Occurrence], dialect: str, reported: set[int]) -> Iterator[Finding]:
        """Two spellings of one word that the dialect both accepts ("judgment", "judgement" in British)."""
        remaining = [o for o in occurrences if o.start not in reported]
        by_word = {o.word: o.entry for o in remaining}
        parent = {word: word for word in by_word}

        def root(word: str) -> str:
            while parent[word] != word:
                word = parent[word]
            return word

        for word, entry in by_word.items():
            for partner in entry.instead.values():
                if partner in parent:
                    parent[root(partner)] = root(word)
        groups: dict[str, list[_Occurrence]] = defaultdict(list)
        for occurrence in remaining:
            groups[root(occurrence.word)].append(occurrence)
        for group in groups.values():
            words = [o.word for o in group]
            if len(set(words)) < 2:
                continue
            preferred = next((w for w in words if dialect in by_word[w].preferred), None)
            chosen = winner(words, preferred)
            counts = describe_counts(Counter(words).items())
            for occurrence in group:
                if occurrence.word == chosen:
                    continue
                suggestion = match_case(occurrence.text, chosen)
                yield self.finding(
                    occurrence.start,
                    occurrence.end,
                    f"'{occurrence.text}' and '{chosen}' are both used ({counts}): use '{suggestion}'.",
                    suggestions=(suggestion,),
                    fix=FixSafety.UNSAFE,
                )


@lru_cache(maxsize=4096)
def _placement_of(word: str, instead: tuple[tuple[str, str], ...]) -> Placement | None:
    return place(word, dict(instead))


def _placement(word: str, entry: _Entry) -> Placement | None:
    """The axis and side of a marked word, worked out once per word for the process."""
    return _placement_of(word, tuple(entry.instead.items()))


def _tie_break(
    axis: str,
    uses: list[tuple[_Occurrence, Placement]],
    occurrences: list[_Occurrence],
    dialects: tuple[str, str],
    language: str,
    explicit: bool,
) -> tuple[str, str]:
    """The side that wins a tie on ``axis``, and why: the side the document's other spellings take
    (their dialect accepts only that side), else the language's."""
    on_axis = {o.start for o, _ in uses}
    others = [o for o in occurrences if o.start not in on_axis]
    if others:
        # Near-ties need every hint: words all dialects accept still lean ("cancelled" is British).
        candidates, order = dialects
        scores = Counter(d for o in others for d in o.entry.preferred)
        if scores:
            dialect = max(candidates, key=lambda d: (scores[d], -order.index(d)))
            accepted = {p.side for o, p in uses if dialect not in o.entry.instead and dialect in o.entry.preferred}
            accepted = accepted or {p.side for o, p in uses if dialect not in o.entry.instead}
            if len(accepted) == 1:
                return next(iter(accepted)), f"the document's other spellings are {DIALECT_NAMES[dialect]}"
    how = "configured" if explicit else "default"
    return default_side(axis, language), f"{language} is the {how} language"


def _other_side(placement: Placement) -> str:
    """The side opposite ``placement``'s on its axis."""
    if placement.axis == "ise":
        return "s" if placement.side == "z" else "z"
    return "B" if placement.side == "A" else "A"


def _axis_message(
    text: str, placement: Placement, verdict: Verdict, winners: Counter[str], decider: str, language: str
) -> str:
    """Name the axis, the side this word is on and what the document does elsewhere on that axis."""
    axis = AXIS_NAMES[placement.axis]
    mine = SIDE_NAMES[(placement.axis, placement.side)]
    theirs = SIDE_NAMES[(placement.axis, verdict.side)]
    elsewhere = describe_counts(winners.items())
    head = f"'{text}' is the {mine} spelling ({axis})"
    if verdict.reason == "configured":
        also = f", as this document does elsewhere ({elsewhere})" if winners else ""
        return f"{head}; the configured language is {language}, which writes {theirs}{also}"
    if verdict.reason == "majority":
        return f"{head}, but this document writes {theirs} elsewhere ({elsewhere})"
    return f"{head}, and this document writes {theirs} as often ({elsewhere}): a tie, and {decider}"
