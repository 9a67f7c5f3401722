"""The app factory: settings and server-side config in, a FastAPI app out."""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from fastapi import FastAPI

from .. import __version__
from .._choices import LANGUAGES
from .._config import Config
from ._errors import ApiError, CatchAll, install
from ._gate import LintGate
from ._limits import BodyLimit
from ._linting import Selection, effective_config, pool_initializer, ready, rules_by_id, warm_up
from ._metrics import Metrics, MetricsMiddleware
from ._settings import ServerSettings

log = logging.getLogger("copydesk.server")

DESCRIPTION = """\
copydesk's HTTP service: lint a draft before it is published.

* `POST /v1/check` — the native API; findings in the same JSON shape as `copydesk check --format json`.
* `POST /v1/webhooks/{wordpress,ghost,generic}` — for a CMS, signed with HMAC-SHA256.
* `POST /v2/check`, `GET /v2/languages` — LanguageTool's API, for existing LanguageTool clients.
* `GET /healthz`, `GET /metrics` (Prometheus).

Every error is JSON: `{"error": code, "message": text, "field"?: name}`.
"""


@dataclass(slots=True)
class Services:
    """What the routes share, hung on ``app.state.copydesk``."""

    settings: ServerSettings
    base_config: Config
    gate: LintGate
    metrics: Metrics
    formats: tuple[str, ...]
    rule_count: int

    def format_for(self, input_format: str, field: str) -> str:
        """The input format, if this build has its adapter (501 otherwise)."""
        if input_format not in self.formats:
            raise ApiError(501, "format_unavailable", f"{input_format} input is not available on this server", field)
        return input_format


def load_base_config(path: str | None) -> Config:
    """The server-side config: the file given by the operator, or copydesk's defaults, with the
    grammar backends the environment asks for (``COPYDESK_LANGUAGETOOL_URL``, ``COPYDESK_PROFILE``)."""
    from .._sections import Environment

    config = Config()
    if path is not None:
        from .._config import load_config_file

        config_path = Path(path)
        loaded = load_config_file(config_path)
        config = loaded if loaded is not None else Config(path=str(config_path), root=str(config_path.parent))
    return Environment.read(os.environ).applied_to(config)


def available_formats() -> tuple[str, ...]:
    from ..adapters import FORMATS

    return tuple(name for name in FORMATS if importlib.util.find_spec(f"lint.adapters.{name}") is not None)


def _check_selectors(config: Config) -> int:
    """Load every rule once (errors surface at start, not on a request) and check the config's ids."""
    from .._errors import ConfigError
    from .._registry import selection_problem

    count = 0
    for language in LANGUAGES:
        count = len(rules_by_id(effective_config(config, Selection(language=language))))
    problem = selection_problem(config)  # the same check, and the same words, as the command line's
    if problem:
        raise ConfigError(config.path or "server config", None, problem)
    return count


def _executor(settings: ServerSettings, base: Config) -> Executor:
    if settings.executor == "process":
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            settings.pool_size,
            mp_context=context,
            initializer=pool_initializer,
            initargs=(base, settings.worker_memory_mib),
        )
    return ThreadPoolExecutor(settings.pool_size, thread_name_prefix="copydesk-lint")


def _gate(settings: ServerSettings, base: Config, metrics: Metrics) -> LintGate:
    """Process pools warm up in their initializer (then run a no-op); a thread pool shares this
    process, which is warmed once by linting a sentence."""
    if settings.executor == "process":
        warm_job: Callable[[], object] = ready
        warm_jobs = settings.pool_size
    else:
        warm_job, warm_jobs = partial(warm_up, base), 1
    return LintGate(
        lambda: _executor(settings, base),
        settings.max_concurrency,
        on_change=metrics.in_flight.set,
        warm_job=warm_job,
        warm_jobs=warm_jobs,
    )


def _complete_schema(app: FastAPI, base: Config) -> None:
    """Publish a schema as strict as the validation (see :mod:`lint.server._schema`)."""
    from typing import Any

    from ._schema import complete

    rules = {}
    for language in LANGUAGES:
        rules.update(rules_by_id(effective_config(base, Selection(language=language))))

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(FastAPI.openapi(app), rules.values())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the app. Raises :class:`lint.CopydeskError` for a bad config file or setting."""
    settings = settings or ServerSettings.from_env()
    from ._protocol import configure

    configure(settings.header_timeout, settings.max_connections)  # for uvicorn worker processes, which build the app
    base = load_base_config(settings.config)
    rule_count = _check_selectors(base)
    metrics = Metrics()
    gate = _gate(settings, base, metrics)
    services = Services(settings, base, gate, metrics, available_formats(), rule_count)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await gate.start()
        if settings.webhooks == "insecure":
            log.warning("webhooks accept unsigned requests (--insecure-webhooks): do not expose this server")
        elif settings.webhooks == "disabled":
            log.info("webhooks are off: set COPYDESK_WEBHOOK_SECRET to enable /v1/webhooks/*")
        yield
        gate.close()

    app = FastAPI(
        title="copydesk",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.copydesk = services
    install(app)
    _complete_schema(app, base)

    from . import _page, _routes_languagetool, _routes_native, _webhooks

    routes = {"/docs", "/openapi.json"}
    for module in (_routes_native, _webhooks, _routes_languagetool, _page):
        app.include_router(module.router)
        routes.update(getattr(route, "path", "") for route in module.router.routes)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, timeout=settings.timeout)
    app.add_middleware(MetricsMiddleware, metrics=metrics, routes=frozenset(routes))
    app.add_middleware(CatchAll)
    return app
