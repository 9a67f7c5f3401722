"""copydesk's HTTP service (FastAPI, served by uvicorn): ``pip install 'copydesk[server]'``.

* ``create_app(settings)`` builds an app; ``settings`` defaults to the ``COPYDESK_*`` environment.
* ``app`` is built from the environment on first access, for ASGI servers:
  ``uvicorn lint.server:app`` (or ``uvicorn --factory lint.server:create_app``).

Importing this package is cheap: FastAPI is imported only when an app is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from ._settings import ServerSettings

__all__ = ["ServerSettings", "app", "create_app"]

_app: FastAPI | None = None


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the service from ``settings`` (default: ``ServerSettings.from_env()``)."""
    from ._app import create_app as build

    return build(settings)


def __getattr__(name: str) -> Any:
    global _app
    if name == "app":
        if _app is None:
            _app = create_app()
        return _app
    if name == "ServerSettings":
        from ._settings import ServerSettings

        return ServerSettings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
