"""Harper (``harper-py``) as an optional, in-process grammar backend.

Opt in with ``[grammar] harper = true`` or ``copydesk check --profile thorough``; install with
``pip install 'copydesk[harper]'``. Creating Harper's linter costs about a second, once per
process; after that each paragraph is linted once and its lints are cached by text.

What copydesk keeps of Harper: the lint kinds about grammar and word choice, grouped into two
rules (``grammar.harper.grammar``, ``grammar.harper.word-choice``); each message names Harper's rule.
What it turns off: Harper's spelling (copydesk's own knows names), style, readability,
formatting, capitalisation and punctuation kinds (other copydesk families cover them), and the
Harper rules listed in :data:`DISABLED` (newsroom style such as Turkey → Türkiye, and heuristics
that raised false alarms on edited news and speeches). ``[grammar] harper-disabled-rules`` adds
more. Harper counts positions in code points, like Python: spans map to the prose exactly.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint._findings import Finding, FixSafety, Severity
from lint._stdio import native_stdout_to_stderr

from ._base import BACKEND_RANK, GrammarBackendError, GrammarRule
from ._settings import grammar_settings

if TYPE_CHECKING:
    from lint._config import Config
    from lint._document import Document
    from lint._resources import Resources

# Harper lint kind → the copydesk rule that reports it. Kinds not listed are dropped.
KINDS = {
    "Agreement": "grammar.harper.grammar",
    "Grammar": "grammar.harper.grammar",
    "Miscellaneous": "grammar.harper.grammar",
    "Usage": "grammar.harper.grammar",
    "Nonstandard": "grammar.harper.grammar",
    "BoundaryError": "grammar.harper.grammar",
    "WordChoice": "grammar.harper.word-choice",
    "Eggcorn": "grammar.harper.word-choice",
    "Malapropism": "grammar.harper.word-choice",
    "Typo": "grammar.harper.word-choice",
}
# Harper rules turned off, with the measured reason (python bench/harper_rules.py: each rule's
# findings on clean prose (188,000 words: GUM and State of the Union), on the real drafts
# (65,000 prose words), and the good and bad LanguageTool examples of the dev split it flags):
# - spelling and newsroom style: SpellCheck (copydesk's own knows names), UpdatePlaceNames
#   (Turkey -> Türkiye is a house decision);
# - findings on clean prose or the drafts (each one a false alarm there): AnA 14/2, CompoundNouns 89/25,
#   SplitWords 105/60, MissingPreposition 15/5, MassNouns 10/6, ItsPossessive 6/2 (and 5 good examples),
#   QuantifierNumeralConflict 7, TheyToThem 6, ToTwoToo 6, MergeWords 6, OneOfTheSingular 5/1, Everyone 4,
#   TheirToTheyre 4, WrongNegative 4, PhrasalVerbAsCompoundNoun 3/1, PossessiveYour 3/1, ModalOf 2,
#   DoToDueTo 2, ForAWhile 2, NounVerbConfusion 2, PronounVerbAgreement 2/1, MissingTo 1/5, AWhile 0/1,
#   ModalBeAdjective 0/1, TransposedSpace 1/1, RegularIrregulars 1/1, and one each for AllowTo,
#   ByAccident, CeaseTo, Everyday, InOnesDefense, InflectedVerbAfterTo, LetsConfusion, NotTo,
#   PreferSneaked, PronounInflectionBe, PronounKnew, QuantifierNeedsOf, QuiteQuiet, TheirToThere,
#   ThereToTheir, VerbToAdjective, WereWhere (the built-in rules cover most of these cases precisely);
# - a good example flagged: ExpandMemoryShorthands;
# - style, not grammar, and quiet everywhere (nothing caught either): FillerWords, VeryUnique,
#   WayTooAdjective, Damages, GoingTo, HomeInOn, RoadMap, TakeControlOf, TryOnesHandAt, WhomSubjectOfVerb.
# Back on (quiet on every corpus, catching examples): HelloGreeting, ThereIsAgreement, WillNonLemma.
DISABLED = frozenset(
    """
    SpellCheck UpdatePlaceNames AnA ModalOf SplitWords MissingPreposition TheyToThem ItsPossessive ToTwoToo
    TheirToTheyre TheirToThere ThereToTheir MassNouns CompoundNouns QuantifierNumeralConflict OneOfTheSingular
    Everyone Everyday PreferSneaked CeaseTo DoToDueTo ByAccident InOnesDefense NotTo ForAWhile AWhile WereWhere
    LetsConfusion PhrasalVerbAsCompoundNoun PronounKnew PronounInflectionBe WrongNegative MergeWords
    WhomSubjectOfVerb InflectedVerbAfterTo TakeControlOf Damages AllowTo
    QuantifierNeedsOf FillerWords VeryUnique HomeInOn PronounVerbAgreement NounVerbConfusion ExpandMemoryShorthands
    MissingTo ModalBeAdjective QuiteQuiet TransposedSpace WayTooAdjective RoadMap GoingTo
    TryOnesHandAt VerbToAdjective RegularIrregulars PossessiveYour
    """.split()
)
DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH"}


@dataclass(frozen=True, slots=True)
class _Lint:
    """One of Harper's lints, in plain values."""

    start: int
    end: int
    rule: str
    kind: str
    message: str
    suggestions: tuple[str, ...]


class HarperBackend:
    """One Harper linter per dialect and rule set, created on first use and reused."""

    name = "harper"

    def __init__(self, dialect: str, disabled: frozenset[str]) -> None:
        self.dialect = dialect
        self.disabled = disabled
        self._linter: Any = None
        self._lock = threading.Lock()
        self._paragraphs: OrderedDict[str, tuple[_Lint, ...]] = OrderedDict()

    def _create(self) -> Any:
        try:
            import harper
        except ImportError:
            raise GrammarBackendError(
                "Harper is not installed: pip install 'copydesk[harper]' (or set grammar.harper = false)"
            ) from None
        unknown = sorted(self.disabled - set(harper.get_default_lint_config()))
        if unknown:
            raise GrammarBackendError(f"grammar.harper-disabled-rules: Harper has no rule {', '.join(unknown)}")
        linter = harper.Linter(getattr(harper.Dialect, DIALECTS.get(self.dialect, "AMERICAN")))
        settings: dict[str, bool | None] = dict.fromkeys(linter.get_default_lint_config())
        settings.update(dict.fromkeys(self.disabled, False))
        linter.set_lint_config(settings)
        return linter

    def _lint_paragraph(self, text: str) -> tuple[_Lint, ...]:
        cached = self._paragraphs.get(text)
        if cached is not None:
            self._paragraphs.move_to_end(text)
            return cached
        if self._linter is None:
            self._linter = self._create()
        found = []
        with native_stdout_to_stderr():
            organized = self._linter.organized_lints(text, language="plaintext")
        for rule, lints in organized.items():
            for lint in lints:
                if lint.lint_kind not in KINDS or rule in self.disabled:
                    continue
                suggestions = tuple(_replacement(lint.problem_text, s) for s in lint.suggestions)
                found.append(_Lint(lint.span.start, lint.span.end, rule, lint.lint_kind, lint.message, suggestions))
        result = tuple(sorted(found, key=lambda item: (item.start, item.end)))
        self._paragraphs[text] = result
        if len(self._paragraphs) > 4096:
            self._paragraphs.popitem(last=False)
        return result

    def check(self, doc: Document) -> list[Finding]:
        """Every kept Harper lint of the document, as findings in prose offsets (computed once per
        document: both Harper rules ask)."""
        return doc.shared(self._findings)

    def _findings(self, doc: Document) -> list[Finding]:
        with self._lock:  # a Harper linter is not thread-safe
            findings = []
            for paragraph in doc.paragraphs:
                for lint in self._lint_paragraph(paragraph.text):
                    start, end = paragraph.start + lint.start, paragraph.start + lint.end
                    if doc.is_protected(start, end):
                        continue
                    findings.append(
                        Finding(
                            rule=KINDS[lint.kind],
                            category="grammar",
                            severity=Severity.WARNING,
                            start=start,
                            end=end,
                            message=f"{lint.message} (Harper: {lint.rule})",
                            suggestions=lint.suggestions,
                            fix=FixSafety.UNSAFE if lint.suggestions else None,
                        )
                    )
            return findings


def _replacement(problem: str, suggestion: Any) -> str:
    """Harper's three suggestion kinds as one replacement of the whole flagged range."""
    kind = int(suggestion.kind)
    if kind == 1:  # remove
        return ""
    if kind == 2:  # insert after
        return problem + str(suggestion.replacement_text)
    return str(suggestion.replacement_text)


def backend_for(resources: Resources, language: str, extra_disabled: tuple[str, ...] = ()) -> HarperBackend:
    """The process's Harper linter for this dialect and rule set (created once: it is costly)."""
    disabled = DISABLED | frozenset(extra_disabled)
    return resources.get(("harper", language, disabled), lambda: HarperBackend(language, disabled))


class _HarperRule(GrammarRule):
    backend = "harper"
    overlap_rank = BACKEND_RANK["harper"]
    category = "grammar"
    severity = Severity.WARNING
    fix = "sometimes"

    def __init__(self, backend: HarperBackend | None = None) -> None:
        self._backend = backend

    def detect(self, doc: Document) -> Iterator[Finding]:
        backend = self._backend or backend_for(
            doc.resources, doc.language, grammar_settings(doc.config).harper_disabled_rules
        )
        return (finding for finding in backend.check(doc) if finding.rule == self.id)


class HarperGrammar(_HarperRule):
    id = "grammar.harper.grammar"
    summary = "Harper: a grammar, agreement, usage or word-boundary problem ('suffice to say', 'the 1990's')."
    why = (
        "Harper's agreement, grammar, usage, non-standard-phrase and word-boundary checks, run in-process "
        "when [grammar] harper = true, with the heuristics that flagged clean prose turned off."
    )
    bad = ("Suffice to say, it failed.", "In the 1990's, it grew.")
    good = ("Suffice it to say, it failed.", "In the 1990s, it grew.")


class HarperWordChoice(_HarperRule):
    id = "grammar.harper.word-choice"
    summary = "Harper: a confused word or a misheard phrase ('chomping at the bit', 'ex-patriots')."
    why = (
        "Harper's word-choice, eggcorn and malapropism checks, run in-process when [grammar] harper = "
        "true. They complement the built-in grammar.misquoted-expression list (where both report a "
        "phrase, such as 'flaunted the rules', the built-in finding is kept)."
    )
    bad = ("They were chomping at the bit.", "Ex-patriots living abroad can vote.")
    good = ("They were champing at the bit.", "Expatriates living abroad can vote.")


HARPER_RULES = (HarperGrammar, HarperWordChoice)


def provide(config: Config) -> list[GrammarRule]:
    return [rule() for rule in HARPER_RULES]
