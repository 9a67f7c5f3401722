"""Limits that keep one client from taking the service down.

* :class:`BodyLimit` (ASGI middleware): a declared ``Content-Length`` over the limit is refused
  before a byte is read, and a body streamed without one is counted while it arrives and
  refused as soon as it passes the limit: nothing unbounded is ever buffered. It also starts
  each request's time budget.
* :func:`read_body`: reads the (bounded) body within the time budget.

The limit on lints in flight is :class:`lint.server._gate.LintGate`.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING, Any

from ._errors import ApiError, error_body

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEADLINE_KEY = "copydesk_deadline"


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, while reading, never after."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})[DEADLINE_KEY] = time.monotonic() + self.timeout
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            # Connection: close, and the protocol's lingering close reads the unsent rest, so a
            # client still sending gets this answer rather than a reset.
            await _send_json(send, 413, self._too_large(), close=True)
            return
        if declared == -1:
            await _send_json(send, 400, error_body("bad_request", "Content-Length is not a number"))
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise ApiError(413, "body_too_large", self._too_large()["message"], headers={"Connection": "close"})
            return message

        await self.app(scope, limited_receive, send)

    def _too_large(self) -> dict[str, Any]:
        return error_body("body_too_large", f"request body is over the {self.max_bytes:,}-byte limit")


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return -1
    return None


async def _send_json(send: Send, status: int, body: dict[str, Any], close: bool = False) -> None:
    payload = json.dumps(body).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def remaining(request: Request) -> float:
    """Seconds left in this request's time budget."""
    deadline = request.scope.get("state", {}).get(DEADLINE_KEY)
    return 3600.0 if deadline is None else deadline - time.monotonic()


async def read_body(request: Request) -> bytes:
    """The whole (size-limited) body, or 408 if the client sends it slower than the budget allows."""
    try:
        async with asyncio.timeout(max(remaining(request), 0.001)):
            return await request.body()
    except TimeoutError:
        raise ApiError(408, "body_timeout", "the request body did not arrive within the time budget") from None
