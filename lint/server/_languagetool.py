"""LanguageTool's HTTP API, spoken by copydesk: parameters in, LanguageTool's JSON shape out.

Positions follow LanguageTool: ``offset``/``length`` (and the context's) count UTF-16 code
units, so an emoji counts two, and for annotated ``data`` they count every part, markup
included, while only the text parts are linted. Rule ids are copydesk's own ids (clients
echo them back in ``enabledRules``/``disabledRules``); unknown ids are ignored as
LanguageTool ignores them. Categories are copydesk's categories in LanguageTool's style
(``missing-space`` becomes ``MISSING_SPACE``); either spelling is accepted.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import __version__
from .._config import Config
from .._ruleset import RuleSet
from ._linting import JobResult, RequestProblem, Selection, dump, effective_config, rules_by_id

if TYPE_CHECKING:
    from .._document import Document
    from .._findings import Diagnostic
    from .._rule import RuleLike

CONTEXT_CHARS = 40
MAX_LIST = 500
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LANGUAGES = {"en-US": "English (US)", "en-GB": "English (GB)"}
# LanguageTool's English variants, mapped onto the two spellings copydesk knows.
_VARIANTS = {
    "en": "en-US",
    "en-US": "en-US",
    "en-CA": "en-US",
    "en-GB": "en-GB",
    "en-AU": "en-GB",
    "en-NZ": "en-GB",
    "en-ZA": "en-GB",
    "en-IE": "en-GB",
}
# copydesk category (or family) -> LanguageTool issue type (ITS 2.0 localization quality issue types).
_ISSUE_TYPES = {
    "spelling": "misspelling",
    "grammar": "grammar",
    "punctuation": "typographical",
    "typography": "typographical",
    "missing-space": "whitespace",
    "spacing": "whitespace",
    "space": "whitespace",
    "repetition": "duplication",
    "consistency": "inconsistency",
    "style": "style",
    "readability": "style",
    "house-style": "style",
    "boilerplate": "nonconformance",
    "placeholder": "nonconformance",
}


@dataclass(frozen=True, slots=True)
class Part:
    """One element of LanguageTool's annotated text: prose to lint, or markup to skip."""

    text: str
    markup: bool = False
    interpret_as: str = ""


@dataclass(frozen=True, slots=True)
class LtJob:
    """One request to LanguageTool: the text's parts and the rules and language to check them with."""

    parts: tuple[Part, ...]
    language: str
    language_explicit: bool = True
    """False for ``en`` and ``auto``: the server config's language applies, as if none was given."""
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_only: bool = False


def languages() -> list[dict[str, str]]:
    """``GET /v2/languages``: what language-tool-python and editor plugins ask for first."""
    result = [{"name": "English", "code": "en", "longCode": "en"}]
    result += [{"name": name, "code": "en", "longCode": code} for code, name in _LANGUAGES.items()]
    return result


def parse_params(params: dict[str, str]) -> LtJob:
    """Validate ``/v2/check`` parameters (form fields or query string) into a job."""
    parts = _parts(params)
    language, explicit = resolve_language(params.get("language"), params.get("preferredVariants", ""))
    enabled_only = params.get("enabledOnly", "false").strip().lower()
    if enabled_only not in ("true", "false", ""):
        raise RequestProblem(422, "invalid_parameter", "must be 'true' or 'false'", "enabledOnly")
    job = LtJob(
        parts,
        language,
        explicit,
        _list(params, "enabledRules"),
        _list(params, "disabledRules"),
        tuple(_category_key(c) for c in _list(params, "enabledCategories")),
        tuple(_category_key(c) for c in _list(params, "disabledCategories")),
        enabled_only == "true",
    )
    if job.enabled_only and not (job.enabled_rules or job.enabled_categories):
        raise RequestProblem(
            422, "invalid_parameter", "enabledOnly needs enabledRules or enabledCategories", "enabledOnly"
        )
    return job


def resolve_language(value: str | None, preferred_variants: str = "") -> tuple[str, bool]:
    """(copydesk language, whether the client named a variant). ``en`` and ``auto`` name none."""
    if value is None or not value.strip():
        raise RequestProblem(422, "missing_parameter", "is required (e.g. en-US)", "language")
    value = value.strip().replace("_", "-")
    if value.lower() in ("auto", "en"):
        for variant in _split(preferred_variants):
            if variant in _VARIANTS and variant != "en":
                return _VARIANTS[variant], True
        return "en-US", False
    for code, mapped in _VARIANTS.items():
        if value.lower() == code.lower():
            return mapped, True
    raise RequestProblem(
        400, "unsupported_language", f"{value!r} is not supported: copydesk checks English", "language"
    )


def _parts(params: dict[str, str]) -> tuple[Part, ...]:
    if "text" in params:
        return (Part(params["text"]),)
    if "data" not in params:
        raise RequestProblem(422, "missing_parameter", "either 'text' or 'data' is required", "text")
    try:
        data = json.loads(params["data"])
    except ValueError as error:
        raise RequestProblem(422, "invalid_json", f"is not valid JSON ({error})", "data") from None
    except RecursionError:
        raise RequestProblem(422, "invalid_json", "is nested too deeply", "data") from None
    annotation = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(annotation, list):
        raise RequestProblem(422, "invalid_parameter", 'must be {"annotation": [...]}', "data.annotation")
    parts = []
    for index, item in enumerate(annotation):
        where = f"data.annotation[{index}]"
        if not isinstance(item, dict):
            raise RequestProblem(422, "invalid_parameter", "must be an object", where)
        text, markup, interpret = item.get("text"), item.get("markup"), item.get("interpretAs")
        if (text is None) == (markup is None):
            raise RequestProblem(422, "invalid_parameter", "needs exactly one of 'text' and 'markup'", where)
        for key, value in (("text", text), ("markup", markup), ("interpretAs", interpret)):
            if value is not None and not isinstance(value, str):
                raise RequestProblem(422, "invalid_parameter", "must be a string", f"{where}.{key}")
            if value is not None:
                _check_unicode(value, f"{where}.{key}")
        if interpret is not None and markup is None:
            raise RequestProblem(422, "invalid_parameter", "is only allowed with 'markup'", f"{where}.interpretAs")
        if markup is not None:
            parts.append(Part(markup, markup=True, interpret_as=interpret or ""))
        elif text is not None:
            parts.append(Part(text))
    return tuple(parts)


def _check_unicode(value: str, field: str) -> None:
    """A JSON escape can smuggle a lone surrogate (``"\\ud800"``) into a string: not text, so 400."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            message = f"is not valid Unicode (lone surrogate at {error.start})"
            raise RequestProblem(400, "invalid_unicode", message, field) from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _list(params: dict[str, str], name: str) -> tuple[str, ...]:
    items = _split(params.get(name, ""))
    if len(items) > MAX_LIST:
        raise RequestProblem(422, "invalid_parameter", f"lists at most {MAX_LIST} ids", name)
    return items


def _category_key(name: str) -> str:
    return name.strip().upper().replace("-", "_").replace(" ", "_")


def choose_rules(base: Config, job: LtJob) -> tuple[Config, list[RuleLike]]:
    """LanguageTool's selection model on top of the server's config."""
    from .._config import selector_matches
    from .._registry import is_enabled

    config = effective_config(base, Selection(language=job.language if job.language_explicit else None))
    known = rules_by_id(config)

    def named(rule: RuleLike, selectors: tuple[str, ...]) -> bool:
        return any(selector_matches(selector, rule.id) for selector in selectors)

    chosen = []
    for rule in known.values():
        by_category = _category_key(rule.category) in job.enabled_categories and rule.status == "stable"
        by_id = rule.id in job.enabled_rules or (named(rule, job.enabled_rules) and rule.status == "stable")
        wanted = (by_id or by_category) if job.enabled_only else (by_id or by_category or is_enabled(rule, config))
        if not wanted or named(rule, job.disabled_rules) or _category_key(rule.category) in job.disabled_categories:
            continue
        chosen.append(rule)
    return config, chosen


def lint_languagetool(base: Config, job: LtJob) -> JobResult:
    """Lint the job's text parts and answer in LanguageTool's JSON shape."""
    from .._engine import run_rules

    started = time.perf_counter()
    config, rules = choose_rules(base, job)
    ruleset = RuleSet.serving(config, rules, rules_by_id(config))
    doc = _document(job.parts, ruleset)
    diagnostics, _errors = run_rules(doc, ruleset)
    by_id = {rule.id: rule for rule in rules}
    units = Utf16(doc.source.text)
    sentences = _SentenceIndex(doc)
    matches = [_match(d, by_id[d.rule], doc.source.text, units, sentences) for d in diagnostics]
    by_rule: dict[str, int] = {}
    for diagnostic in diagnostics:
        by_rule[diagnostic.rule] = by_rule.get(diagnostic.rule, 0) + 1
    code = config.language
    name = _LANGUAGES.get(code, code)
    payload = {
        "software": {
            "name": "copydesk",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": code,
            "detectedLanguage": {"name": name, "code": code, "confidence": 1.0},
        },
        "matches": matches,
        "copydesk": {"elapsed_ms": round((time.perf_counter() - started) * 1000, 3), "rules": len(rules)},
    }
    return JobResult(dump(payload), by_rule)


def _document(parts: tuple[Part, ...], ruleset: RuleSet) -> Document:
    """The whole text (markup included) as the source; only text parts (and interpretAs) as prose."""
    from .._document import Document
    from .._offsets import ProseBuilder
    from .._source import Source

    builder = ProseBuilder()
    position = 0
    for part in parts:
        if not part.markup:
            builder.verbatim(position, part.text)
        elif part.interpret_as:
            builder.replaced(position, position + len(part.text), part.interpret_as)
        position += len(part.text)
    prose, offsets, *_ = builder.build()
    source = Source(text="".join(part.text for part in parts), path="<languagetool>")
    return Document(source, prose, offsets, ruleset.config, resources=ruleset.resources)


class Utf16:
    """Code-point offsets to UTF-16 code units: characters beyond the BMP count two."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    @staticmethod
    def length(text: str) -> int:
        return len(text) + (0 if text.isascii() else len(_ASTRAL.findall(text)))


class _SentenceIndex:
    """The prose sentence around a finding, LanguageTool's ``sentence`` field."""

    def __init__(self, doc: Document) -> None:
        self._sentences = doc.sentences
        self._starts = [s.start for s in self._sentences]

    def around(self, prose_offset: int) -> str:
        index = bisect_right(self._starts, prose_offset) - 1
        return self._sentences[index].text if index >= 0 else ""


def _match(
    diagnostic: Diagnostic, rule: RuleLike, text: str, units: Utf16, sentences: _SentenceIndex
) -> dict[str, Any]:
    finding = diagnostic.finding
    start = diagnostic.location.offset
    end = start + diagnostic.location.length
    context_start = max(0, start - CONTEXT_CHARS)
    context_end = min(len(text), end + CONTEXT_CHARS)
    prefix = "..." if context_start > 0 else ""
    suffix = "..." if context_end < len(text) else ""
    snippet = text[context_start:context_end].replace("\r", " ").replace("\n", " ")
    category = rule.category
    issue_type = _ISSUE_TYPES.get(category) or _ISSUE_TYPES.get(rule.id.split(".")[0], "uncategorized")
    return {
        "message": finding.message,
        "shortMessage": category.replace("-", " ").capitalize(),
        "replacements": [{"value": value} for value in finding.suggestions],
        "offset": units(start),
        "length": units(end) - units(start),
        "context": {
            "text": prefix + snippet + suffix,
            "offset": len(prefix) + Utf16.length(text[context_start:start]),
            "length": Utf16.length(diagnostic.text),
        },
        "sentence": sentences.around(finding.start),
        "type": {"typeName": "UnknownWord" if issue_type == "misspelling" else "Other"},
        "rule": {
            "id": rule.id,
            "description": rule.summary,
            "issueType": issue_type,
            "category": {"id": _category_key(category), "name": category.replace("-", " ").capitalize()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }
