"""uvicorn's HTTP protocol with the connection-level limits a public service needs.

uvicorn times out idle keep-alive connections, but nothing else at the connection level:

* **Slow headers.** A connection that sends its request head a byte at a time (or not at all)
  is kept open for ever, so a few hundred of them exhaust file descriptors. Here every
  request head must be complete within ``header_timeout`` seconds of the connection opening
  (or of the previous answer); otherwise the answer is a JSON 408 and the connection closes.
  The body is covered by the request's time budget (``read_body``: 408).
* **Too many connections.** Past ``max_connections`` open connections per worker, a new one
  gets a JSON 503 and is closed at once, before it can hold a descriptor for long.
* **Closing while the client still sends.** When uvicorn closes a connection whose request
  body was not read (a 413 for a body over the limit), the kernel answers the unread bytes
  with a reset, and a client still sending loses the answer. Here close is a *lingering
  close*, as in Apache and nginx: the answer is flushed, the write side shut down, and what
  the client still sends is read and discarded (at most ``LINGER_BYTES``, ``LINGER_SECONDS``)
  before the socket is closed.
* **Malformed requests.** uvicorn's own 400 (a bad ``Content-Length``, a broken request line)
  is plain text; here it is the service's JSON error shape.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, ClassVar

from uvicorn.protocols.http.h11_impl import H11Protocol

LINGER_BYTES = 16 * 1024 * 1024
LINGER_SECONDS = 5.0
_REASONS = {400: b"Bad Request", 408: b"Request Timeout", 503: b"Service Unavailable"}


def json_answer(status: int, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 answer that closes the connection, in the service's error shape."""
    body = json.dumps({"error": code, "message": message}).encode("utf-8")
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n" % (
        status,
        _REASONS[status],
        len(body),
    )
    if status == 503:
        head += b"retry-after: 1\r\n"
    return head + b"\r\n" + body


class LingeringTransport:
    """The connection's transport, with ``close()`` made a lingering close (see the module doc)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.raw = transport
        self.loop = loop
        self.lingering = False
        self.discarded = 0
        self._timer: asyncio.TimerHandle | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def is_closing(self) -> bool:
        return self.lingering or self.raw.is_closing()

    def close(self) -> None:
        if self.lingering or self.raw.is_closing():
            return
        self.lingering = True
        if not self.raw.can_write_eof():  # TLS: no half-close; close as uvicorn would
            self.raw.close()
            return
        self.raw.write_eof()  # the answer is flushed first, then the client sees end of file
        self.raw.resume_reading()
        self._timer = self.loop.call_later(LINGER_SECONDS, self.abort)

    def discard(self, data: bytes) -> None:
        """Bytes that arrived after close(): dropped, up to the bound."""
        self.discarded += len(data)
        if self.discarded > LINGER_BYTES:
            self.abort()

    def abort(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.raw.close()


class GuardedProtocol(H11Protocol):
    """uvicorn's h11 protocol plus header timeout, connection limit, lingering close, JSON 400.

    h11 rather than httptools: it is pure Python, always installed with uvicorn, and its limits
    (``h11_max_incomplete_event_size``: a request head over 16 KiB is refused) are explicit.
    Limits are class attributes, set by :func:`configure` when the app is built, so the class
    itself can be named in uvicorn's config in every worker process.
    """

    header_timeout: ClassVar[float] = 10.0
    max_connections: ClassVar[int] = 512

    transport: Any
    _header_timer: asyncio.TimerHandle | None = None
    _waiting_after: object = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(LingeringTransport(transport, self.loop))  # type: ignore[arg-type]
        if len(self.connections) > self.max_connections:
            message = "the server has too many open connections; retry"
            self._refuse(503, "too_many_connections", message, linger=False)
            return
        self._arm_header_timer(self.header_timeout)

    def data_received(self, data: bytes) -> None:
        if self.transport.lingering:
            self.transport.discard(data)
            return
        super().data_received(data)
        if self.cycle is not self._waiting_after:  # a new request's head is complete
            self._cancel_header_timer()

    def eof_received(self) -> None:
        if self.transport.lingering:
            self.transport.abort()  # the client has sent everything and read the answer

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        if self.transport is not None and self.transport.lingering:
            self.transport.abort()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.cycle is not None and self.cycle.response_complete:
            # The next request's head must arrive within the keep-alive wait plus the header timeout.
            self._arm_header_timer(self.timeout_keep_alive + self.header_timeout)

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, "bad_request", f"malformed HTTP request ({msg.rstrip('.').lower()})")

    def _refuse(self, status: int, code: str, message: str, linger: bool = True) -> None:
        """Answer and close. No lingering for connections that are only holding a descriptor."""
        self._cancel_header_timer()
        if not self.transport.is_closing():
            self.transport.write(json_answer(status, code, message))
            if linger:
                self.transport.close()
            else:
                self.transport.abort()

    def _arm_header_timer(self, seconds: float) -> None:
        self._cancel_header_timer()
        self._waiting_after = self.cycle
        self._header_timer = self.loop.call_later(seconds, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is not self._waiting_after and not self.cycle.response_complete:
            return  # a request is being served: its body and lint have their own budget
        message = f"the request head did not arrive within {self.header_timeout:g} s"
        self._refuse(408, "header_timeout", message, linger=False)


def configure(header_timeout: float, max_connections: int) -> type[GuardedProtocol]:
    """Set the limits (per process) and return the protocol class for uvicorn's ``http`` option."""
    GuardedProtocol.header_timeout = header_timeout
    GuardedProtocol.max_connections = max_connections
    return GuardedProtocol
