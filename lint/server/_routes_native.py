"""The native API: ``POST /v1/check``, ``GET /healthz``, ``GET /metrics``.

Findings are exactly the CLI's JSON findings (``lint.reporters.json.diagnostic_to_dict``);
their offsets, lines and columns are relative to the submitted string.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.json_schema import SkipJsonSchema
from starlette.responses import Response

from .. import __version__
from .._choices import FailOn, Language
from ._errors import ApiError, error_responses
from ._limits import read_body
from ._linting import LintField, Selection, lint_fields
from ._requests import check_unicode, parse_json, require_json, services, validate

router = APIRouter()

Selector = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=100)]
TEXT_FIELDS = {"text": "plain", "markdown": "markdown", "html": "html"}


class CheckRequest(BaseModel):
    """Exactly one of ``text``, ``markdown`` or ``html``; the rest is optional."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["markdown"]}, {"required": ["html"]}]},
    )

    text: str | SkipJsonSchema[None] = Field(None, description="Plain text to lint.")
    markdown: str | SkipJsonSchema[None] = Field(None, description="Markdown to lint (code and URLs are skipped).")
    html: str | SkipJsonSchema[None] = Field(None, description="HTML to lint (tags, scripts and code are skipped).")
    language: Language | SkipJsonSchema[None] = None
    select: list[Selector] | SkipJsonSchema[None] = Field(
        None,
        min_length=1,
        max_length=200,
        description="Rule ids or prefixes to run (replaces the server config's select).",
    )
    ignore: list[Selector] | SkipJsonSchema[None] = Field(
        None, max_length=200, description="Rule ids or prefixes to skip (added to the server config's ignore)."
    )
    fail_on: FailOn | SkipJsonSchema[None] = Field(
        None, description="Lowest severity that makes the verdict not publishable."
    )

    def selection(self) -> Selection:
        return Selection(
            self.language,
            tuple(self.select) if self.select is not None else None,
            tuple(self.ignore) if self.ignore else None,
            self.fail_on,
        )


# -- response shapes, for the OpenAPI document (the bytes come from _linting) ------------------


class EditOut(BaseModel):
    offset: int = Field(description="0-based, in code points of the submitted string.")
    length: int
    replacement: str


class FixOut(BaseModel):
    """One way to repair a finding (one per suggestion, best first)."""

    title: str = Field(description="What the fix does, in a few words.")
    safety: Literal["safe", "unsafe", "display-only"]
    edits: list[EditOut]


class FindingOut(BaseModel):
    """One finding, exactly as in ``copydesk check --format json``."""

    rule: str
    category: str
    severity: Literal["error", "warning", "info"]
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int = Field(description="0-based, in code points of the submitted string.")
    length: int
    text: str = Field(description="The flagged text: submitted[offset:offset+length].")
    suggestions: list[str]
    fix: Literal["safe", "unsafe", "display-only"] | None
    fixes: list[FixOut]


class StatsOut(BaseModel):
    characters: int
    words: int
    sentences: int
    paragraphs: int
    rules: int
    elapsed_ms: float
    document: dict[str, Any] | None = Field(
        None, description="The engine's statistics of the body: syllables, reading time, readability grades."
    )


class VerdictOut(BaseModel):
    publishable: bool
    fail_on: str
    counts: dict[str, int]


class CheckResponse(BaseModel):
    schema_version: int
    tool: dict[str, str]
    findings: list[FindingOut]
    stats: StatsOut
    verdict: VerdictOut
    rule_errors: list[str]


def request_body_doc(model: type[BaseModel]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


def json_response(body: bytes) -> Response:
    return Response(body, media_type="application/json")


@router.post(
    "/v1/check",
    summary="Lint a draft",
    response_model=CheckResponse,
    responses=error_responses(400, 413, 415, 422, 503),
    openapi_extra=request_body_doc(CheckRequest),
)
async def check(request: Request) -> Response:
    """Lint plain text, Markdown or HTML and say whether it is publishable under ``fail_on``."""
    found = services(request)
    require_json(request)
    payload = validate(CheckRequest, parse_json(await read_body(request)))
    given = [(name, value) for name, value in (("text", payload.text), ("markdown", payload.markdown),
                                                ("html", payload.html)) if value is not None]  # fmt: skip
    if len(given) != 1:
        raise ApiError(422, "invalid_field", "give exactly one of text, markdown or html", "text")
    name, value = given[0]
    item = LintField("body", check_unicode(value, name), found.format_for(TEXT_FIELDS[name], name), name)
    result = await found.gate.run(request, lint_fields, found.base_config, (item,), payload.selection())
    found.metrics.count_findings(result.by_rule)
    return json_response(result.body)


class HealthResponse(BaseModel):
    status: Literal["ok"]
    version: str
    rules: int
    formats: list[str]
    webhooks: Literal["signed", "insecure", "disabled"]
    in_flight: int
    max_concurrency: int
    lint_pool: Literal["ready", "warming"] = Field(
        description="warming: a fresh lint pool (after a restart) is loading; requests wait for it within their budget."
    )


@router.get("/healthz", summary="Liveness and readiness", response_model=HealthResponse)
async def healthz(request: Request) -> dict[str, Any]:
    found = services(request)
    return {
        "status": "ok",
        "version": __version__,
        "rules": found.rule_count,
        "formats": list(found.formats),
        "webhooks": found.settings.webhooks,
        "in_flight": found.gate.in_flight,
        "max_concurrency": found.gate.limit,
        "lint_pool": "ready" if found.gate.ready else "warming",
    }


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
)
async def metrics(request: Request) -> Response:
    body, content_type = services(request).metrics.render()
    return Response(body, media_type=content_type)
