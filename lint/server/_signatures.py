"""Webhook signatures: HMAC-SHA256 over the raw request body, compared in constant time.

Two header formats:

* ``X-Copydesk-Signature: sha256=<hex>`` — HMAC of the raw body. Any CMS or script can send it.
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


def sign(secret: str, body: bytes) -> str:
    """The ``X-Copydesk-Signature`` value for ``body`` (also used by tests and the README's snippets)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def sign_ghost(secret: str, body: bytes, timestamp_ms: int) -> str:
    """The ``X-Ghost-Signature`` value Ghost would send for ``body`` at ``timestamp_ms``."""
    digest = hmac.new(secret.encode("utf-8"), body + str(timestamp_ms).encode("ascii"), hashlib.sha256)
    return f"sha256={digest.hexdigest()}, t={timestamp_ms}"


def _digest_of(value: str) -> str:
    scheme, _, digest = value.strip().partition("=")
    if scheme.strip().lower() != "sha256" or not digest:
        raise SignatureError("signature must look like sha256=<hex>")
    return digest.strip().lower()


def verify(secret: str, body: bytes, header: str | None) -> None:
    """Check an ``X-Copydesk-Signature`` header; raise :class:`SignatureError` if it does not match."""
    if not header:
        raise SignatureError("missing X-Copydesk-Signature header")
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), _digest_of(header).encode("ascii", "replace")):
        raise SignatureError("signature does not match the body")


def verify_ghost(secret: str, body: bytes, header: str | None, window_seconds: int, now: float | None = None) -> None:
    """Check Ghost's ``sha256=<hex>, t=<ms>`` header, including the timestamp's age."""
    if not header:
        raise SignatureError("missing X-Ghost-Signature header")
    fields: dict[str, str] = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields[key.strip().lower()] = value.strip()
    timestamp = fields.get("t", "")
    if "sha256" not in fields or not timestamp.isdigit() or len(timestamp) > 16:
        raise SignatureError("X-Ghost-Signature must look like sha256=<hex>, t=<milliseconds>")
    message = body + timestamp.encode("ascii")
    expected = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), fields["sha256"].lower().encode("ascii", "replace")):
        raise SignatureError("signature does not match the body")
    current = time.time() if now is None else now
    if abs(current - int(timestamp) / 1000) > window_seconds:
        raise SignatureError(f"signature timestamp is more than {window_seconds} s away from now (replay?)")
