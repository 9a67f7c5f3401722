"""Every error the service answers is JSON: ``{"error": code, "message": ..., "field"?: ...}``.

Handlers here turn our own :class:`ApiError`, the linter's :class:`RequestProblem`, FastAPI's
validation errors and Starlette's 404/405 into that one shape; :class:`CatchAll` does the same
for any unexpected exception.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from ._linting import RequestProblem

if TYPE_CHECKING:
    from fastapi import FastAPI
    from starlette.requests import Request
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("copydesk.server")


class ApiError(Exception):
    """An answer other than 200, raised anywhere in a request."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers or {}

    @classmethod
    def from_problem(cls, problem: RequestProblem) -> ApiError:
        headers = {"Retry-After": "1"} if problem.status == 503 else None  # over budget or memory in the worker
        return cls(problem.status, problem.code, problem.message, problem.field, headers)


def error_body(code: str, message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"error": code, "message": message}
    if field is not None:
        body["field"] = field
        body["message"] = f"{field}: {message}"
    body.update(extra)
    return body


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error_body(error.code, error.message, error.field), error.status, headers=error.headers)


# Response documentation for OpenAPI (and for schemathesis' conformance checks).
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string"},
        "message": {"type": "string"},
        "field": {"type": "string"},
        "detail": {"type": "array"},
    },
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        400: "Text that is not valid UTF-8 (or Unicode), or an unsupported language",
        401: "Missing or wrong webhook signature",
        413: "Request body over the configured limit",
        415: "Unsupported content type",
        422: "Malformed JSON or a field of the wrong type (the field is named)",
        503: "Busy (see Retry-After), over the time budget, or webhooks not configured",
    }
    return {
        status: {"description": descriptions[status], "content": {"application/json": {"schema": ERROR_SCHEMA}}}
        for status in statuses
    }


def install(app: FastAPI) -> None:
    """Register the handlers that keep every error JSON."""

    async def api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc)

    async def problem(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestProblem)
        return error_response(ApiError.from_problem(exc))

    async def validation(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        first = errors[0] if errors else {}
        field = ".".join(str(part) for part in first.get("loc", ()) if part not in ("body", "query")) or None
        detail = [{"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")} for e in errors]
        body = error_body("invalid_request", str(first.get("msg", "invalid request")), field, detail=detail)
        return JSONResponse(body, 422)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Starlette names only the first route's methods for a path served by several
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, headers=headers)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestProblem, problem)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http_error)


def _allowed_methods(request: Request) -> list[str]:
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods.update(getattr(route, "methods", None) or ())
    return sorted(methods)


class CatchAll:
    """Answer any unexpected exception with a JSON 500 (details only in the log).

    Outermost of our middleware: the exception stops here, so uvicorn keeps the connection
    open and the next request on it is served normally.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("internal error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # too late for a JSON answer: let the server close the connection
            response = JSONResponse(error_body("internal_error", "internal error; see the server log"), 500)
            await response(scope, receive, send)
