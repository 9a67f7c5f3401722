"""LanguageTool as an optional backend, through ``language-tool-python``.

``[grammar] languagetool`` (or the environment variable ``COPYDESK_LANGUAGETOOL_URL``) chooses:
``"off"`` (the default), a server URL (a newsroom's self-hosted LanguageTool), or ``"local"``
(language-tool-python starts its own server: needs Java and a one-time download). Only prose is
sent (``Document.text``: markup removed), a run of paragraphs per request, and each answer is
cached by its text. LanguageTool counts offsets in UTF-16 code units; they are converted to
code points so positions are exact after emoji. A server that cannot be reached or does not
answer within ``[grammar] timeout`` seconds is one error line for the ``grammar.lt`` rule; the
other rules still report, and the failure is remembered so later files do not wait again.
"""

from __future__ import annotations

import atexit
import re
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from lint._findings import Finding, FixSafety, Severity

from ._base import BACKEND_RANK, GrammarBackendError, GrammarRule
from ._settings import grammar_settings

if TYPE_CHECKING:
    from lint._config import Config
    from lint._document import Document
    from lint._resources import Resources

MAX_BATCH = 6000
"""Characters of prose per request (whole paragraphs; a longer paragraph goes alone)."""
RETRY_AFTER = 60.0
"""Seconds during which a failed server is not asked again (a long-running server retries after)."""
DISABLED_RULES = (
    "MORFOLOGIK_RULE_EN_US",
    "MORFOLOGIK_RULE_EN_GB",
    "WHITESPACE_RULE",
    "EN_QUOTES",
    "DASH_RULE",
    "EN_UNPAIRED_BRACKETS",
    "EN_UNPAIRED_QUOTES",
)
"""Spelling (copydesk has its own, which knows names) and what the spacing and punctuation families check."""

CATEGORIES = {
    "grammar": "grammar",
    "misspelling": "spelling",
    "typographical": "typography",
    "duplication": "repetition",
    "whitespace": "spacing",
    "inconsistency": "consistency",
    "style": "style",
    "locale-violation": "style",
    "register": "style",
}
_SEVERE = frozenset(("grammar", "misspelling", "typographical", "duplication"))


def rule_id_for(lt_id: str) -> str:
    """``EN_A_VS_AN`` → ``grammar.lt.en-a-vs-an`` (copydesk's id pattern: lower-case kebab)."""
    kebab = re.sub(r"[^a-z0-9]+", "-", lt_id.lower()).strip("-")
    return f"grammar.lt.{kebab or 'unknown'}"


def utf16_to_code_points(text: str, start: int, length_utf16: int) -> int:
    """The end (in code points) of a range that starts at code point ``start`` and is ``length_utf16`` units long."""
    units = 0
    end = start
    while end < len(text) and units < length_utf16:
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


class LanguageToolBackend:
    """One client per server, language and rule set; created on first use, failure remembered."""

    name = "languagetool"

    def __init__(self, target: str, language: str, disabled: tuple[str, ...], timeout: float) -> None:
        self.target = target
        self.language = language
        self.disabled = disabled
        self.timeout = timeout
        self._client: Any = None
        self._failure: GrammarBackendError | None = None
        self._failed_at = 0.0
        self._lock = threading.Lock()
        self._answers: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()

    def _where(self) -> str:
        return "the local LanguageTool server" if self.target == "local" else f"LanguageTool at {self.target}"

    def _create(self) -> Any:
        try:
            import language_tool_python
        except ImportError:  # pragma: no cover - it is a dependency of copydesk
            raise GrammarBackendError("language-tool-python is not installed") from None
        client_class = type("CopydeskLanguageTool", (language_tool_python.LanguageTool,), {"_TIMEOUT": self.timeout})
        if self.target == "local":
            if shutil.which("java") is None:
                raise GrammarBackendError(
                    'grammar.languagetool = "local" needs Java 17 or newer on PATH (not found); '
                    "install Java, or point grammar.languagetool at a LanguageTool server URL"
                )
            client = client_class(self.language)
            atexit.register(client.close)
        else:
            client = client_class(self.language, remote_server=self.target)
        client.disabled_rules.update(self.disabled)
        client.disable_spellchecking()
        return client

    def _matches(self, text: str) -> list[dict[str, Any]]:
        cached = self._answers.get(text)
        if cached is not None:
            self._answers.move_to_end(text)
            return cached
        if self._failure is not None and time.monotonic() - self._failed_at < RETRY_AFTER:
            raise self._failure
        try:
            if self._client is None:
                self._client = self._create()
            matches = self._client.check(text)
        except GrammarBackendError as error:
            self._fail(error)
            raise
        except Exception as error:  # network, timeout, bad JSON, Java: one line, remembered
            self._fail(GrammarBackendError(f"{self._where()} is not usable: {self._reason(error)}"))
            raise self._failure from None  # type: ignore[misc]
        self._failure = None
        answer = [_plain(match, text) for match in matches]
        self._answers[text] = answer
        if len(self._answers) > 2048:
            self._answers.popitem(last=False)
        return answer

    def _reason(self, error: BaseException) -> str:
        """A short reason: language-tool-python wraps the HTTP library's error, whose text is long."""
        import requests

        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, requests.exceptions.Timeout):
                return f"no answer within {self.timeout:g} s (timed out; see grammar.timeout)"
            if isinstance(cause, requests.exceptions.ConnectionError):
                if self.target == "local":
                    return (
                        "language-tool-python could not download LanguageTool (its one-time download needs the "
                        "internet); use a LanguageTool server URL instead"
                    )
                return "cannot connect (is the server running, and is the URL right?)"
            cause = cause.__cause__ or cause.__context__
        return " ".join(str(error).split())[:200] or type(error).__name__

    def _fail(self, error: GrammarBackendError) -> None:
        self._failure = error
        self._failed_at = time.monotonic()

    def check(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        with self._lock:
            for start, end in batches(doc):
                text = doc.text[start:end]
                for match in self._matches(text):
                    finding = _finding(match, start)
                    if finding is not None and not doc.is_protected(finding.start, finding.end):
                        findings.append(finding)
        return findings


def batches(doc: Document) -> Iterator[tuple[int, int]]:
    """Prose ranges of whole paragraphs, each up to :data:`MAX_BATCH` characters."""
    first: int | None = None
    last = 0
    for paragraph in doc.paragraphs:
        if first is not None and paragraph.end - first > MAX_BATCH:
            yield first, last
            first = None
        if first is None:
            first = paragraph.start
        last = paragraph.end
    if first is not None:
        yield first, last


def _plain(match: Any, text: str) -> dict[str, Any]:
    """The parts of a language-tool-python Match that copydesk uses, with code-point offsets.

    language-tool-python (3.0 and later) already converts the start to code points; the length is
    still in UTF-16 units, so the end is converted here.
    """
    start = int(match.offset)
    end = utf16_to_code_points(text, start, int(match.error_length))
    return {
        "start": start,
        "end": end,
        "rule": str(match.rule_id),
        "issue": str(getattr(match, "rule_issue_type", "") or ""),
        "message": str(match.message),
        "replacements": tuple(str(r) for r in (match.replacements or ())[:5]),
    }


def _finding(match: dict[str, Any], offset: int) -> Finding | None:
    if match["end"] <= match["start"]:
        return None
    issue = match["issue"]
    return Finding(
        rule=rule_id_for(match["rule"]),
        category=CATEGORIES.get(issue, "grammar"),
        severity=Severity.WARNING if issue in _SEVERE or not issue else Severity.INFO,
        start=offset + match["start"],
        end=offset + match["end"],
        message=f"{match['message']} (LanguageTool: {match['rule']})",
        suggestions=match["replacements"],
        fix=FixSafety.UNSAFE if match["replacements"] else None,
    )


def backend_for(
    resources: Resources, target: str, language: str, disabled: tuple[str, ...], timeout: float
) -> LanguageToolBackend:
    """The process's client for this server and setting (a local server is started once)."""
    rules = tuple(sorted(set(DISABLED_RULES) | set(disabled)))
    key = ("languagetool", target, language, rules, timeout)
    return resources.get(key, lambda: LanguageToolBackend(target, language, rules, timeout))


class LanguageToolRule(GrammarRule):
    id = "grammar.lt"
    category = "grammar"
    severity = Severity.WARNING
    backend = "languagetool"
    overlap_rank = BACKEND_RANK["languagetool"]
    summary = "LanguageTool's findings, each reported as grammar.lt.<its rule id>."
    why = (
        "A LanguageTool server (a newsroom's own, or one language-tool-python starts) checks the prose "
        "when [grammar] languagetool is a URL or 'local'. Its rule ids become grammar.lt.<id> in "
        "lower-case kebab form (EN_A_VS_AN → grammar.lt.en-a-vs-an); its spelling is off, since "
        "copydesk's own knows names. To silence one of its rules, ignore its copydesk id "
        '(`ignore = ["grammar.lt.en-a-vs-an"]`, also per file or per line), or list the LanguageTool '
        "id in [grammar] languagetool-disabled-rules so the server skips it altogether."
    )
    sub_ids = True
    bad = ("He have a car.", "I has a question about this.")
    good = ("He has a car.", "I have a question about this.")
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        settings = grammar_settings(doc.config)
        backend = backend_for(
            doc.resources, settings.languagetool, doc.language, settings.languagetool_disabled_rules, settings.timeout
        )
        return iter(backend.check(doc))


def provide(config: Config) -> list[GrammarRule]:
    return [LanguageToolRule()]
