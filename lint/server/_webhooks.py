"""Webhooks a CMS calls on save or publish: WordPress, Ghost and a generic shape.

The signature is checked over the raw body before anything is parsed. Title and body are
linted as two separate fields: the answer has the same shape as ``/v1/check``, and each
finding carries ``"field": "title"`` or ``"field": "body"`` with its offsets, lines and columns
counted in that field's string exactly as it appears in the payload (after JSON decoding).
``fields`` in the answer says which payload key each field came from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema
from starlette.responses import Response

from .._choices import FailOn, InputFormat, Language
from ._errors import ApiError, error_responses
from ._ghost import ghost_body
from ._limits import read_body
from ._linting import LintField, Selection, lint_fields
from ._requests import check_unicode, parse_json, services, validate
from ._routes_native import CheckResponse, FindingOut, Selector, json_response, request_body_doc
from ._signatures import SignatureError, verify, verify_ghost

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])
F = TypeVar("F", bound=Callable[..., Any])
SignatureHeader = Annotated[
    str | SkipJsonSchema[None],
    Header(description='t=<unix seconds>, sha256=<HMAC-SHA256 of "<t>." + body>; or sha256=<HMAC of the body>'),
]


class GenericPayload(BaseModel):
    """What any CMS or script can send: ``body`` in ``format``, an optional ``title`` (plain text)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    body: str
    title: str | SkipJsonSchema[None] = None
    format: InputFormat = "plain"
    id: str | int | SkipJsonSchema[None] = Field(None, description="Echoed back, to match answers to posts.")
    language: Language | SkipJsonSchema[None] = None
    select: list[Selector] | SkipJsonSchema[None] = Field(None, min_length=1, max_length=200)
    ignore: list[Selector] | SkipJsonSchema[None] = Field(None, max_length=200)
    fail_on: FailOn | SkipJsonSchema[None] = None


class WordPressPost(BaseModel):
    """A WP_Post (``post_title``/``post_content``, optionally under ``post``) or a REST API post."""

    model_config = ConfigDict(extra="allow")


class GhostPayload(BaseModel):
    """Ghost's post or page webhook: ``{"post": {"current": {...}, "previous": {...}}}``."""

    model_config = ConfigDict(extra="allow")


class FieldFindingOut(FindingOut):
    field: Literal["title", "body"]


class WebhookResponse(CheckResponse):
    findings: list[FieldFindingOut]  # type: ignore[assignment]
    fields: dict[str, str]
    id: str | int | None


def _route(path: str, model: type[BaseModel], summary: str) -> Callable[[F], F]:
    return router.post(
        path,
        summary=summary,
        response_model=WebhookResponse,
        responses=error_responses(400, 401, 413, 422, 503),
        openapi_extra=request_body_doc(model),
    )


async def _signed_body(request: Request, copydesk_sig: str | None, ghost_sig: str | None = None) -> bytes:
    found = services(request)
    mode = found.settings.webhooks
    if mode == "disabled":
        raise ApiError(
            503,
            "webhooks_disabled",
            "webhooks are off: start the server with COPYDESK_WEBHOOK_SECRET set (or --insecure-webhooks)",
        )
    body = await read_body(request)
    secret = found.settings.webhook_secret
    if secret:
        try:
            if ghost_sig:
                verify_ghost(secret, body, ghost_sig, found.settings.replay_window)
            else:
                settings = found.settings
                verify(secret, body, copydesk_sig, settings.replay_window, settings.webhook_require_timestamp)
        except SignatureError as error:
            raise ApiError(401, "bad_signature", str(error)) from None
    return body


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ApiError(422, "invalid_field", "must be a string", where)
    return check_unicode(value, where)


async def _answer(
    request: Request, post_id: Any, title: tuple[str, str, str], body: tuple[str, str, str], selection: Selection
) -> Response:
    """Lint (title, body) given as (text, format, payload path) each."""
    found = services(request)
    items = tuple(
        LintField(name, text, found.format_for(fmt, path), path)
        for name, (text, fmt, path) in (("title", title), ("body", body))
    )
    if not isinstance(post_id, (str, int)) or isinstance(post_id, bool):
        post_id = None
    if isinstance(post_id, str):
        post_id = check_unicode(post_id, "id")
    extra = {"id": post_id}
    result = await found.gate.run(request, lint_fields, found.base_config, items, selection, True, extra)
    found.metrics.count_findings(result.by_rule)
    return json_response(result.body)


@_route("/generic", GenericPayload, "Lint a post sent in copydesk's generic shape")
async def generic(request: Request, x_copydesk_signature: SignatureHeader = None) -> Response:
    payload = validate(GenericPayload, parse_json(await _signed_body(request, x_copydesk_signature)))
    selection = Selection(
        payload.language,
        tuple(payload.select) if payload.select is not None else None,
        tuple(payload.ignore) if payload.ignore else None,
        payload.fail_on,
    )
    title = (_text(payload.title, "title"), "plain", "title")
    body = (_text(payload.body, "body"), payload.format, "body")
    return await _answer(request, payload.id, title, body, selection)


@_route("/wordpress", WordPressPost, "Lint a WordPress post (WP_Post fields or a REST API post)")
async def wordpress(request: Request, x_copydesk_signature: SignatureHeader = None) -> Response:
    data = parse_json(await _signed_body(request, x_copydesk_signature))
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_field", "must be a JSON object (a WordPress post)", "body")
    prefix = ""
    if "post" in data:  # a WP_Post wrapped as {"post": {...}}; a "post" of any other type is not a post
        if not isinstance(data["post"], dict):
            raise ApiError(422, "invalid_field", "must be an object (a WP_Post)", "post")
        data, prefix = data["post"], "post."
    _check_wordpress_types(data, prefix)
    title = _wordpress_field(data, "title", prefix)
    body = _wordpress_field(data, "content", prefix)
    if title is None and body is None:
        raise ApiError(422, "invalid_field", "a post needs post_content or content", prefix + "post_content")
    post_id = data.get("ID", data.get("id"))
    empty = ("", "plain", "")
    return await _answer(request, post_id, title or empty, body or empty, Selection())


def _check_wordpress_types(data: dict[str, Any], prefix: str) -> None:
    """Every text field we know must have its documented type, even one a present sibling makes unused."""
    for name in ("post_title", "post_content"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise ApiError(422, "invalid_field", "must be a string", prefix + name)
    for name in ("title", "content"):
        value = data.get(name)
        if value is None or isinstance(value, str):
            continue
        if not isinstance(value, dict) or not ({"raw", "rendered"} & value.keys()):
            raise ApiError(422, "invalid_field", "must be a string or {raw, rendered}", prefix + name)
        for key in ("raw", "rendered"):
            if value.get(key) is not None and not isinstance(value[key], str):
                raise ApiError(422, "invalid_field", "must be a string", f"{prefix}{name}.{key}")


def _wordpress_field(data: dict[str, Any], name: str, prefix: str) -> tuple[str, str, str] | None:
    """``post_title``, or ``title.raw``, or ``title.rendered``, or ``title`` as a string: all HTML."""
    if f"post_{name}" in data:
        where = f"{prefix}post_{name}"
        return (_text(data[f"post_{name}"], where), "html", where)
    value = data.get(name)
    if isinstance(value, dict):
        for key in ("raw", "rendered"):
            if key in value:
                where = f"{prefix}{name}.{key}"
                return (_text(value[key], where), "html", where)
        return None
    if name not in data:
        return None
    return (_text(value, prefix + name), "html", prefix + name)  # null is empty, as for post_content


@_route("/ghost", GhostPayload, "Lint a Ghost post or page webhook")
async def ghost(
    request: Request,
    x_ghost_signature: Annotated[
        str | SkipJsonSchema[None], Header(description="Ghost's own: sha256=<hex>, t=<milliseconds>")
    ] = None,
    x_copydesk_signature: SignatureHeader = None,
) -> Response:
    data = parse_json(await _signed_body(request, x_copydesk_signature, x_ghost_signature))
    kind = next((k for k in ("post", "page") if isinstance(data, dict) and isinstance(data.get(k), dict)), None)
    if kind is None:
        raise ApiError(422, "invalid_field", 'must be a Ghost webhook: {"post": {"current": {...}}}', "post")
    current = data[kind].get("current")
    if not isinstance(current, dict):
        raise ApiError(422, "invalid_field", "must be an object", f"{kind}.current")
    title = (_text(current.get("title"), f"{kind}.current.title"), "plain", f"{kind}.current.title")
    body = ghost_body(current, kind)
    return await _answer(request, current.get("id"), title, body, Selection())
