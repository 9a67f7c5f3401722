"""``/v2/check`` and ``/v2/languages``: LanguageTool's HTTP API, for existing LanguageTool clients.

Parameters come form-encoded in the body (``POST``) or in the query string (``GET``), as
LanguageTool accepts them. See :mod:`lint.server._languagetool` for the answer's shape.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from starlette.responses import Response

from ._errors import ApiError, error_responses
from ._languagetool import languages, lint_languagetool, parse_params
from ._limits import read_body
from ._requests import decode_utf8, services
from ._routes_native import json_response

router = APIRouter(prefix="/v2", tags=["languagetool"])
MAX_FIELDS = 64

_PARAMS = {
    "text": "The text to check (or use data).",
    "data": 'Annotated text as JSON: {"annotation": [{"text": "..."}, {"markup": "<b>", "interpretAs": ""}]}.',
    "language": "en-US, en-GB, en (= en-US), other English variants, or auto.",
    "enabledRules": "Comma-separated rule ids to enable as well.",
    "disabledRules": "Comma-separated rule ids (or prefixes) to skip.",
    "enabledCategories": "Comma-separated categories to enable as well.",
    "disabledCategories": "Comma-separated categories to skip.",
    "enabledOnly": "true: run only enabledRules and enabledCategories.",
    "preferredVariants": "With language=auto: en-US or en-GB.",
}
LANGUAGES = ["auto", "en", "en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA", "en-IE"]


def _param_schema(name: str, doc: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "description": doc}
    if name == "language":
        schema["enum"] = LANGUAGES
    elif name == "enabledOnly":
        schema["enum"] = ["true", "false", ""]
    return schema


_NAMES = {"type": "string", "pattern": r"[^,\s]"}  # at least one id, not only commas and spaces


_FORM_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["language", "text"],
                    "anyOf": [
                        {"not": {"required": ["enabledOnly"]}},
                        {"properties": {"enabledOnly": {"enum": ["false", ""]}}},
                        {"required": ["enabledRules"], "properties": {"enabledRules": _NAMES}},
                        {"required": ["enabledCategories"], "properties": {"enabledCategories": _NAMES}},
                    ],
                    "properties": {name: _param_schema(name, doc) for name, doc in _PARAMS.items() if name != "data"},
                }
            }
        },
    }
}


def _parse_form(raw: str, what: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as error:
        raise ApiError(400, "invalid_utf8", f"{what} is not valid UTF-8 once decoded ({error.reason})") from None
    except ValueError as error:
        raise ApiError(422, "invalid_request", f"{what}: {error}") from None
    params: dict[str, str] = {}
    for key, value in pairs:
        params.setdefault(key, value)
    return params


async def _run(request: Request, params: dict[str, str]) -> Response:
    found = services(request)
    job = parse_params(params)
    result = await found.gate.run(request, lint_languagetool, found.base_config, job)
    found.metrics.count_findings(result.by_rule)
    return json_response(result.body)


@router.post(
    "/check",
    summary="Check text (LanguageTool-compatible)",
    description="LanguageTool's annotated `data` parameter (JSON in a form field) is accepted in place of `text`;"
    " the schema leaves it out because it cannot say which JSON strings are valid annotations."
    " `enabledOnly=true` needs `enabledRules` or `enabledCategories`.",
    responses=error_responses(400, 413, 415, 422, 503),
    openapi_extra=_FORM_DOC,
)
async def check_post(request: Request) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("", "application/x-www-form-urlencoded", "text/plain"):
        raise ApiError(415, "unsupported_media_type", "send the parameters form-encoded (x-www-form-urlencoded)")
    body = decode_utf8(await read_body(request))
    params = _parse_form(body, "request body")
    for key, value in _parse_form(request.url.query, "query string").items():
        params.setdefault(key, value)
    return await _run(request, params)


_QUERY_DOC = {
    "parameters": [
        {"name": name, "in": "query", "required": name in ("language", "text"), "schema": _param_schema(name, doc)}
        for name, doc in _PARAMS.items()
        if name not in ("data", "enabledOnly")
    ]
}


@router.get(
    "/check",
    summary="Check text given in the query string (LanguageTool-compatible)",
    responses=error_responses(400, 422, 503),
    openapi_extra=_QUERY_DOC,
    description="The same parameters as POST, in the query string (`enabledOnly` and `data` too, undocumented here:"
    " a query string cannot say which of them go together).",
)
async def check_get(request: Request) -> Response:
    return await _run(request, _parse_form(request.url.query, "query string"))


@router.get("/languages", summary="Languages (LanguageTool-compatible)")
async def list_languages() -> list[dict[str, Any]]:
    return languages()
