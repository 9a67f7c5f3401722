"""Turning a raw body into validated values, with the status codes the API promises.

Not valid UTF-8 (or a string with a lone surrogate, which no UTF-8 text can hold) → 400;
not JSON, or a field of the wrong type → 422 naming the field. Bodies are parsed here rather
than by FastAPI so those codes are exact and the size limit applies before parsing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from ._errors import ApiError

if TYPE_CHECKING:
    from starlette.requests import Request

    from ._app import Services

M = TypeVar("M", bound=BaseModel)


def services(request: Request) -> Services:
    found: Services = request.app.state.copydesk
    return found


def require_json(request: Request) -> None:
    """415 unless the body is declared JSON (``application/json`` or ``application/*+json``).

    A missing Content-Type is taken as JSON, for ``curl --data-binary`` without ``-H``."""
    declared = request.headers.get("content-type")
    if declared is None:
        return
    media = declared.split(";")[0].strip().lower()
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise ApiError(415, "unsupported_media_type", "send the request as JSON (Content-Type: application/json)")


def decode_utf8(body: bytes, what: str = "request body") -> str:
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(400, "invalid_utf8", f"{what} is not valid UTF-8 (byte {error.start}: {error.reason})") from None


def parse_json(body: bytes) -> Any:
    text = decode_utf8(body)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise ApiError(422, "invalid_json", message, "body") from None
    except (ValueError, RecursionError) as error:
        raise ApiError(422, "invalid_json", f"is not valid JSON: {error}", "body") from None


def validate(model: type[M], data: Any) -> M:
    """Validate with pydantic; the first error names its field (``select.2``, ``text``).

    ``null`` is refused for every field, as the published schema says: leave a field out instead.
    """
    if isinstance(data, dict):
        for key, value in data.items():
            if value is None and key in model.model_fields:
                raise ApiError(422, "invalid_field", "must not be null (leave the field out instead)", key)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        loc = first["loc"]
        # Keep the field and list indices; drop pydantic's union-member tags ("str", "literal[...]").
        field = ".".join(str(part) for part in loc[:1] + tuple(p for p in loc[1:] if isinstance(p, int))) or "body"
        raise ApiError(422, "invalid_field", str(first["msg"]), field) from None


def check_unicode(value: str, field: str) -> str:
    """JSON can carry lone surrogates (``"\\ud800"``); they are not text, so refuse them as 400."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ApiError(
                400, "invalid_unicode", f"{field} is not valid Unicode (lone surrogate at {error.start})", field
            ) from None
    return value
