"""The two rules: misspelled words and words run together.

Both read one shared analysis of the document (:mod:`._analysis`), so a word is reported by
exactly one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar
from weakref import WeakKeyDictionary

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

from ._accept import AcceptList, builtin

if TYPE_CHECKING:
    from lint._document import Document

    from ._analysis import Flag


class SpellingChecker:
    """The accept list of one configuration and the per-document analyses made with it."""

    def __init__(self, accept: AcceptList | None = None) -> None:
        self.accept = accept if accept is not None else builtin()
        self._cache: WeakKeyDictionary[Document, list[Flag]] = WeakKeyDictionary()

    def flags(self, doc: Document) -> list[Flag]:
        found = self._cache.get(doc)
        if found is None:
            from ._analysis import analyse

            found = analyse(doc, self.accept)
            self._cache[doc] = found
        return found


class _SpellingRule(Rule):
    kind: ClassVar[str]

    def __init__(self, checker: SpellingChecker | None = None) -> None:
        self.checker = checker or SpellingChecker()

    def check(self, doc: Document) -> Iterator[Finding]:
        for flag in self.checker.flags(doc):
            if flag.kind == self.kind:
                fix = FixSafety.SAFE if flag.safe else FixSafety.UNSAFE
                severity = Severity.INFO if flag.minor else None
                yield self.finding(flag.start, flag.end, flag.message, flag.suggestions, fix, severity)


class UnknownWord(_SpellingRule):
    id = "spelling.unknown-word"
    category = "spelling"
    severity = Severity.WARNING
    kind = "unknown"
    summary = "A word that is not in the dictionary and does not look like a name."
    why = (
        "Misspellings undermine trust in the whole story. Corrections come from pyspellchecker's English "
        "word list; British and American spellings are both accepted (the language setting picks the one "
        "suggested). A word that list lacks is looked up in wordfreq's English frequencies: attested words "
        "with no likely correction pass (webinar, changelog), a cheap slip from a far commoner word is still "
        "a misspelling (recieve), and a rare word near a common one is reported as info (bot: but?). "
        "Names are left alone: a capitalised word that is not the first of its sentence, that "
        "the draft uses twice, or that stands beside another capitalised word, as are acronyms and "
        "alphanumerics (UAV, TB2, L3Harris). Add house words with the `words` and `accept-files` config "
        "keys, or write [sic] after a word quoted as it was written. Suggestions are ranked by edit "
        "distance, keyboard slips and word frequency; they are never applied without review."
    )
    bad = (
        "The committee will recieve the report on Monday.",
        "Officials said the goverment had not been informed.",
        "Teh minister resigned.",
        "The ceasefire was broken within hours, acording to witnesses.",
        "The rocket launchd on time, and the parens waited outside.",
    )
    good = (
        "Defense Ministry spokesman Shushan Stepanyan spoke in Kovsakan on Tuesday.",
        "The Bayraktar TB2 is one of several UAV models; UCAVs made by L3Harris were also shown.",
        "Hovhannisyan denied it. Hovhannisyan's office said the report was false.",
        "The sign read 'Welcom' [sic] in large letters.",
        "The colour of the theatre curtains was the organisation's choice.",
        "Officials don't expect a re-deploying of troops to the Azeri-Armenian border.",
        "The webinar covered the changelog, the checksum and the kubernetes permalink.",
        "Edit src/parsr/lexr.rb, then the check-sum, etc.",
        "Run gcloud to deploy, bump the semver, and let Dependabot open the pull request.",
    )
    fix = "sometimes"


class JoinedWords(_SpellingRule):
    id = "space.joined-words"
    category = "missing-space"
    severity = Severity.WARNING
    kind = "joined"
    summary = "Two words written without the space between them."
    why = (
        "A missing space ('IlhamAliyev', 'inthe', 'municipalitis' for 'municipality is') is the slip "
        "spelling checkers handle worst: code checkers accept CamelCase on purpose, and others call the word "
        "unknown and suggest something unrelated. CamelCase fusions of two capitalised words are found "
        "unless the name is a real CamelCase name (McDonald, YouTube, BioNTech; add yours with the `words` "
        "config key) or has an ordinary word in it (PagerDuty, RustConf) and the draft never spaces it. A "
        "fusion the web also writes as one word (inbox) is reported only when the phrase is ten times "
        "commoner (inthe, alot). Lower-case fusions are found by splitting the word into likely words, also allowing "
        "one slip inside a part. When a single-word correction is also plausible, both are offered, "
        "ranked by how well each fits the neighbouring words. Name fusions are safe fixes, and so are "
        "splits into common words that make a known phrase ('a lot', 'in front'); the others need review, "
        "and a word that may be an -ing with its g dropped ('askin') always offers that reading too."
    )
    bad = (
        "Azerbaijani President IlhamAliyev said the city had been liberated.",
        "The vote was held inthe afternoon.",
        "She said her municipalitis planning to follow.",
        "There were alot of questions.",
    )
    good = (
        "The McDonald's on the corner closed, and a YouTube video of it spread.",
        "BioNTech and PowerPoint are names, as are MacArthur and LaGuardia.",
        "The vote was held in the afternoon, after a long debate.",
        "Prime Minister Nikol Pashinyan spoke first.",
        "Alerts go to PagerDuty, and the team meets at GopherCon.",
        "The multisite settings moved to the new dashboard.",
        "Five PhDs work there; LtCol Byron led the team, and JoJo Ostrander scored.",
        "The outwardness of the plan struck us, and the withholder of the funds was named.",
    )
    fixed = (
        "Azerbaijani President Ilham Aliyev said the city had been liberated.",
        "The vote was held in the afternoon.",
        "She said her municipalitis planning to follow.",
        "There were a lot of questions.",
    )
    fix = "sometimes"  # a split is safe when the halves are certain; "municipalitis" gets an unsafe one
