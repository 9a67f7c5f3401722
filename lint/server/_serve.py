"""``copydesk serve``: check the settings once, then hand over to uvicorn.

With one worker the app is built here and served in-process. With several, this process becomes
uvicorn's supervisor with the settings in its starting environment (``lint.server._workers``),
and each worker builds ``lint.server:app`` from it; a shared ``PROMETHEUS_MULTIPROC_DIR`` lets
``/metrics`` add up all workers.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

from ._settings import ServerSettings

REQUIRED = ("fastapi", "uvicorn", "prometheus_client")
INSTALL_HINT = "the HTTP service needs its extra: pip install 'copydesk[server]'"


def missing_dependencies() -> list[str]:
    from importlib.util import find_spec

    return [name for name in REQUIRED if find_spec(name) is None]


def run(**options: Any) -> int:
    """Serve until interrupted. ``options`` override the environment (``None`` = not given)."""
    settings = ServerSettings.from_env(**options)
    from ._app import _check_selectors, load_base_config

    rule_count = _check_selectors(load_base_config(settings.config))  # a bad config fails here, once
    _announce(settings, rule_count)
    if settings.workers > 1:
        _become_supervisor(settings)  # does not return
    import uvicorn

    from ._app import create_app

    uvicorn.run(create_app(settings), **uvicorn_options(settings))
    return 0


def uvicorn_options(settings: ServerSettings) -> dict[str, Any]:
    """What uvicorn is told, for one worker served here or several served by its supervisor."""
    from ._protocol import configure

    return {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level,
        "access_log": settings.access_log,
        "server_header": False,
        "http": configure(settings.header_timeout, settings.max_connections),
        "timeout_keep_alive": settings.keep_alive_timeout,
    }


def _become_supervisor(settings: ServerSettings) -> None:
    """Replace this process with uvicorn's multi-worker supervisor (``lint.server._workers``).

    Each worker is a fresh interpreter that builds ``lint.server:app`` from the ``COPYDESK_*``
    environment, and ``/metrics`` adds the workers up through a shared ``PROMETHEUS_MULTIPROC_DIR``:
    so the settings go into the environment the new process image starts with, given to ``execve``
    explicitly; this process's own ``os.environ`` is never changed.
    """
    environment = dict(os.environ)
    arguments = [sys.executable, "-m", "lint.server._workers"]
    if not environment.get("PROMETHEUS_MULTIPROC_DIR"):
        made = tempfile.mkdtemp(prefix="copydesk-metrics-")
        environment["PROMETHEUS_MULTIPROC_DIR"] = made
        arguments += ["--remove-when-done", made]
    environment.update(settings.to_env())
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, arguments, environment)


def _announce(settings: ServerSettings, rule_count: int) -> None:
    webhooks = {
        "signed": "on (signed)",
        "insecure": "on, UNSIGNED (--insecure-webhooks)",
        "disabled": "off (set COPYDESK_WEBHOOK_SECRET)",
    }[settings.webhooks]
    print(
        f"copydesk serve: http://{settings.host}:{settings.port} · {settings.workers} worker(s) · {rule_count} rules"
        f" · webhooks {webhooks} · API docs at /docs",
        file=sys.stderr,
        flush=True,
    )
