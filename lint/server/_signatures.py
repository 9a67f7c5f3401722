"""Webhook signatures: HMAC-SHA256 over the raw request body, compared in constant time.

Two header formats:

* ``X-Copydesk-Signature: t=<unix seconds>, sha256=<hex>`` — HMAC of ``<t>.<raw body>``, as
  Stripe signs. The timestamp must be within the replay window, so a captured request cannot
  be replayed later. The older form without ``t=`` (``sha256=<hex>``, HMAC of the raw body)
  is still accepted, since it is the documented contract, unless the server is started with
  ``COPYDESK_WEBHOOK_REQUIRE_TIMESTAMP=1``: such a request can be replayed for ever.
* ``X-Ghost-Signature: sha256=<hex>, t=<milliseconds>`` — what Ghost sends: HMAC of the raw
  body followed by the timestamp's digits. The timestamp must be within the replay window,
  so a captured request cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time

COPYDESK_HEADER = "x-copydesk-signature"
GHOST_HEADER = "x-ghost-signature"


class SignatureError(Exception):
    """Why a request's signature was refused (answered 401; the reason is safe to show)."""


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The ``X-Copydesk-Signature`` value for ``body``; with ``timestamp`` (unix seconds), the
    replay-proof form ``t=<timestamp>, sha256=<HMAC of "<timestamp>." + body>``."""
    if timestamp is None:
        return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    message = str(timestamp).encode("ascii") + b"." + body
    return f"t={timestamp}, sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign_ghost(secret: str, body: bytes, timestamp_ms: int) -> str:
    """The ``X-Ghost-Signature`` value Ghost would send for ``body`` at ``timestamp_ms``."""
    digest = hmac.new(secret.encode("utf-8"), body + str(timestamp_ms).encode("ascii"), hashlib.sha256)
    return f"sha256={digest.hexdigest()}, t={timestamp_ms}"


def _digest_of(value: str) -> str:
    scheme, _, digest = value.strip().partition("=")
    if scheme.strip().lower() != "sha256" or not digest:
        raise SignatureError("signature must look like sha256=<hex>")
    return digest.strip().lower()


def verify(
    secret: str,
    body: bytes,
    header: str | None,
    window_seconds: int = 300,
    require_timestamp: bool = False,
    now: float | None = None,
) -> None:
    """Check an ``X-Copydesk-Signature`` header; raise :class:`SignatureError` if it does not match."""
    if not header:
        raise SignatureError("missing X-Copydesk-Signature header")
    if "t=" not in header.replace(" ", "").lower():
        if require_timestamp:
            raise SignatureError("X-Copydesk-Signature must look like t=<unix seconds>, sha256=<hex>")
        expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode("ascii"), _digest_of(header).encode("ascii", "replace")):
            raise SignatureError("signature does not match the body")
        return
    fields = _fields(header)
    timestamp = fields.get("t", "")
    if "sha256" not in fields or not timestamp.isdigit() or len(timestamp) > 12:
        raise SignatureError("X-Copydesk-Signature must look like t=<unix seconds>, sha256=<hex>")
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), fields["sha256"].lower().encode("ascii", "replace")):
        raise SignatureError("signature does not match the body")
    _check_age(int(timestamp), window_seconds, now)


def _fields(header: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields[key.strip().lower()] = value.strip()
    return fields


def _check_age(timestamp_seconds: float, window_seconds: int, now: float | None) -> None:
    current = time.time() if now is None else now
    if abs(current - timestamp_seconds) > window_seconds:
        raise SignatureError(f"signature timestamp is more than {window_seconds} s away from now (replay?)")


def verify_ghost(secret: str, body: bytes, header: str | None, window_seconds: int, now: float | None = None) -> None:
    """Check Ghost's ``sha256=<hex>, t=<ms>`` header, including the timestamp's age."""
    if not header:
        raise SignatureError("missing X-Ghost-Signature header")
    fields = _fields(header)
    timestamp = fields.get("t", "")
    if "sha256" not in fields or not timestamp.isdigit() or len(timestamp) > 16:
        raise SignatureError("X-Ghost-Signature must look like sha256=<hex>, t=<milliseconds>")
    message = body + timestamp.encode("ascii")
    expected = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), fields["sha256"].lower().encode("ascii", "replace")):
        raise SignatureError("signature does not match the body")
    _check_age(int(timestamp) / 1000, window_seconds, now)
