"""``copydesk serve``: check the settings once, then hand over to uvicorn.

With one worker the app is built here and served in-process. With several, the settings are
written to the ``COPYDESK_*`` environment and each uvicorn worker builds ``lint.server:app``
from it; a shared ``PROMETHEUS_MULTIPROC_DIR`` lets ``/metrics`` add up all workers.
"""

from __future__ import annotations

import os
import shutil
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
    import uvicorn

    from ._protocol import configure

    common: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level,
        "access_log": settings.access_log,
        "server_header": False,
        "http": configure(settings.header_timeout, settings.max_connections),
        "timeout_keep_alive": settings.keep_alive_timeout,
    }
    if settings.workers == 1:
        from ._app import create_app

        uvicorn.run(create_app(settings), **common)
        return 0
    made_dir = None
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        made_dir = tempfile.mkdtemp(prefix="copydesk-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = made_dir
    os.environ.update(settings.to_env())
    try:
        uvicorn.run("lint.server:app", workers=settings.workers, **common)
    finally:
        if made_dir is not None:
            shutil.rmtree(made_dir, ignore_errors=True)
    return 0


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
