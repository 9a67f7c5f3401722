"""Server settings: one frozen record, read from ``COPYDESK_*`` environment variables.

``copydesk serve`` applies its command-line options on top of the environment and writes the
result back to the environment, so uvicorn's worker processes (which import
``lint.server:app`` afresh) build exactly the same settings. Nothing here imports FastAPI.

The webhook secret is read from the environment only, never from the command line, so it
does not show up in the process list.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from .._errors import ConfigError

EXECUTORS = ("thread", "process")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")
MIB = 1024 * 1024


@dataclass(frozen=True)
class ServerSettings:
    """Everything the service can be told. Field ``x_y`` is environment variable ``COPYDESK_X_Y``."""

    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    config: str | None = None
    """Server-side config file (the same TOML as the CLI's); clients can never name a file."""
    insecure_webhooks: bool = False
    """Serve the webhook endpoints without a secret (signatures not checked). For local trials only."""
    webhook_secret: str | None = None
    max_body_bytes: int = MIB
    timeout: float = 10.0
    """Per-request time budget in seconds, from the first byte of the body to the answer."""
    max_concurrency: int = 8
    """Requests linted (or waiting for the lint pool) at once in each worker; the rest get 503."""
    replay_window: int = 300
    """How old (or how far in the future) a signature's timestamp may be, in seconds."""
    webhook_require_timestamp: bool = False
    """Refuse ``X-Copydesk-Signature`` without ``t=`` (the old form can be replayed for ever)."""
    executor: str = "process"
    """Where CPU-bound linting runs, per worker: a process pool (the event loop never waits for the
    GIL, and overrunning work can be stopped) or a thread pool (less memory). See bench/load.py."""
    pool_size: int = 1
    """Processes (or threads) in that pool, per worker: one per worker keeps one core each busy."""
    worker_memory_mib: int = 1024
    """Address-space ceiling of each lint process (``RLIMIT_AS``, where the platform allows), in
    MiB; 0 for none. A lint that needs more gets a 503; a warmed-up process uses ~110 MiB."""
    header_timeout: float = 10.0
    """Seconds a connection may take to send a request's headers (slow-header attacks)."""
    keep_alive_timeout: int = 5
    """Seconds an idle keep-alive connection is kept open between requests."""
    max_connections: int = 512
    """Open connections per worker; more are answered 503 and closed at once."""
    access_log: bool = True
    log_level: str = "info"

    def __post_init__(self) -> None:
        _check(0 < self.port < 65536, "port", "must be between 1 and 65535")
        _check(self.workers >= 1, "workers", "must be at least 1")
        _check(self.max_body_bytes >= 1024, "max-body-bytes", "must be at least 1024")
        _check(0 < self.timeout <= 3600, "timeout", "must be between 0 and 3600 seconds")
        _check(self.max_concurrency >= 1, "max-concurrency", "must be at least 1")
        _check(self.replay_window >= 1, "replay-window", "must be at least 1 second")
        _check(self.executor in EXECUTORS, "executor", f"must be one of {', '.join(EXECUTORS)}")
        _check(self.pool_size >= 1, "pool-size", "must be at least 1")
        _check(self.webhook_secret != "", "COPYDESK_WEBHOOK_SECRET", "must not be empty when set")
        _check(
            self.worker_memory_mib == 0 or self.worker_memory_mib >= 256,
            "worker-memory-mib",
            "must be 0 or at least 256",
        )
        _check(0 < self.header_timeout <= 3600, "header-timeout", "must be between 0 and 3600 seconds")
        _check(0 < self.keep_alive_timeout <= 3600, "keep-alive-timeout", "must be between 1 and 3600 seconds")
        _check(self.max_connections >= 1, "max-connections", "must be at least 1")
        _check(self.log_level in LOG_LEVELS, "log-level", f"must be one of {', '.join(LOG_LEVELS)}")

    @property
    def webhooks(self) -> str:
        """``signed`` (secret set), ``insecure`` (no secret, explicitly allowed) or ``disabled``."""
        if self.webhook_secret:
            return "signed"
        return "insecure" if self.insecure_webhooks else "disabled"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> ServerSettings:
        """Settings from ``COPYDESK_*`` variables, then ``overrides`` (``None`` values ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = environ.get(env_name(item.name))
            if raw is not None and raw != "":
                values[item.name] = _PARSERS[item.name](raw, env_name(item.name))
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment that makes :meth:`from_env` rebuild these settings in a worker process."""
        result = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if value is None:
                continue
            result[env_name(item.name)] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        return result

    def with_changes(self, **changes: Any) -> ServerSettings:
        return replace(self, **changes)


def env_name(field_name: str) -> str:
    return "COPYDESK_" + field_name.upper()


def _check(condition: bool, key: str, problem: str) -> None:
    if not condition:
        raise ConfigError("server settings", key, problem)


def _int(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError("environment", name, f"must be an integer (got {raw!r})") from None


def _float(raw: str, name: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ConfigError("environment", name, f"must be a number (got {raw!r})") from None


def _bool(raw: str, name: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError("environment", name, f"must be true or false (got {raw!r})")


def _str(raw: str, name: str) -> str:
    return raw


_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "host": _str,
    "port": _int,
    "workers": _int,
    "config": _str,
    "insecure_webhooks": _bool,
    "webhook_secret": _str,
    "max_body_bytes": _int,
    "timeout": _float,
    "max_concurrency": _int,
    "replay_window": _int,
    "webhook_require_timestamp": _bool,
    "executor": _str,
    "pool_size": _int,
    "worker_memory_mib": _int,
    "header_timeout": _float,
    "keep_alive_timeout": _int,
    "max_connections": _int,
    "access_log": _bool,
    "log_level": _str,
}
