"""The checking page at ``/``: static HTML, CSS and JavaScript shipped in ``lint/server/static/``.

The page is for editors who never open a terminal; it calls ``POST /v1/check`` from the browser.
Every response here carries a Content-Security-Policy that allows this origin only, so the page
can load nothing from elsewhere and runs no inline script. The rules' explanations are served as
JSON (``/page/rules.json``), rendered by :func:`lint._docs.explain_rule` like ``copydesk explain``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from starlette.responses import Response

from .._choices import LANGUAGES
from ._linting import Selection, effective_config, rules_by_id
from ._requests import services

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .._config import Config

router = APIRouter()

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",  # revalidate, so an upgraded server never pairs old script with new API
}
ASSETS = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/page/page.css": ("page.css", "text/css; charset=utf-8"),
    "/page/page.js": ("page.js", "text/javascript; charset=utf-8"),
    "/page/icon.svg": ("icon.svg", "image/svg+xml"),
}


@cache
def asset(name: str) -> bytes:
    """A file of the page, read once from the installed package (wheel or source tree)."""
    return files("lint.server").joinpath("static", name).read_bytes()


def page_response(body: bytes, media_type: str) -> Response:
    return Response(body, media_type=media_type, headers=HEADERS)


def _serve(name: str, media_type: str) -> Callable[[], Awaitable[Response]]:
    async def serve() -> Response:
        return page_response(asset(name), media_type)

    serve.__name__ = f"page_{name.replace('.', '_')}"
    return serve


for _path, (_name, _media) in ASSETS.items():
    router.add_api_route(_path, _serve(_name, _media), methods=["GET"], include_in_schema=False)


def explanations(base: Config) -> bytes:
    """Each rule the server knows (any language), with its ``copydesk explain`` text minus the id line."""
    from .._docs import explain_rule

    known = {}
    for language in LANGUAGES:
        known.update(rules_by_id(effective_config(base, Selection(language=language))))
    table = {
        rule_id: {
            "category": rule.category,
            "severity": str(rule.severity),
            "summary": rule.summary,
            "explanation": explain_rule(rule).split("\n", 1)[1].strip(),
        }
        for rule_id, rule in sorted(known.items())
    }
    return json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/page/rules.json", include_in_schema=False)
async def rules_json(request: Request) -> Response:
    """Built once per app: the rules come from the server's config, which never changes while it runs."""
    state = request.app.state
    body: bytes | None = getattr(state, "page_rules", None)
    if body is None:
        body = explanations(services(request).base_config)
        state.page_rules = body
    return page_response(body, "application/json")
