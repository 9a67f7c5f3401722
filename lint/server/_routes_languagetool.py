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
_FORM_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["language"],
                    "properties": {name: {"type": "string", "description": doc} for name, doc in _PARAMS.items()},
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


@router.get("/check", summary="Check text given in the query string (LanguageTool-compatible)")
async def check_get(request: Request) -> Response:
    return await _run(request, _parse_form(request.url.query, "query string"))


@router.get("/languages", summary="Languages (LanguageTool-compatible)")
async def list_languages() -> list[dict[str, Any]]:
    return languages()
