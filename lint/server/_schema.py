"""The published OpenAPI document, made to say exactly what the server enforces.

FastAPI derives the schema from the request models, which cannot know the server's rule ids
or the cross-field rules a webhook payload follows. Here the generated document is completed
once per app: ``select``/``ignore`` items are the rule ids and prefixes this server knows
(anything else is a 422), and the webhook payloads and LanguageTool parameters say which
fields are required. ``tests/test_server_schema.py`` fuzzes the result with schemathesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .._rule import RuleLike


def selector_schema(rules: Iterable[RuleLike], allow_all: bool = True) -> dict[str, Any]:
    """A selector this server accepts: ``ALL``, a rule id or a dotted prefix of one, or a sub-id
    under a rule that has sub-ids (``grammar.lt.<LanguageTool rule>``). ``ignore: ["ALL"]``
    would run no rule (a 422), so ``ALL`` is only a ``select`` item."""
    names = {"ALL"} if allow_all else set()
    with_sub_ids = []
    for rule in rules:
        parts = rule.id.split(".")
        names.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
        if getattr(rule, "sub_ids", False):
            with_sub_ids.append(re.escape(rule.id))
    options: list[dict[str, Any]] = [{"type": "string", "enum": sorted(names)}]
    if with_sub_ids:
        options.append({"type": "string", "pattern": rf"^({'|'.join(with_sub_ids)})\.[A-Za-z0-9_.\-]+$"})
    return {"anyOf": options} if len(options) > 1 else options[0]


def _nullable_string() -> dict[str, Any]:
    return {"type": ["string", "null"]}


_WP_TEXT = {
    "oneOf": [
        {"type": ["string", "null"]},
        {
            "type": "object",
            "properties": {"raw": _nullable_string(), "rendered": _nullable_string()},
            "anyOf": [{"required": ["raw"]}, {"required": ["rendered"]}],
        },
    ]
}


def _wordpress_post() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "post_title": _nullable_string(),
            "post_content": _nullable_string(),
            "title": _WP_TEXT,
            "content": _WP_TEXT,
        },
        "anyOf": [{"required": [name]} for name in ("post_title", "post_content", "title", "content")],
    }


WORDPRESS_SCHEMA: dict[str, Any] = {
    "title": "WordPressPost",
    "description": "A WP_Post (post_title/post_content), optionally under post, or a REST API post (title/content "
    "as strings or {raw, rendered}). Any other field is allowed and ignored.",
    "oneOf": [
        {**_wordpress_post(), "not": {"required": ["post"]}},
        {"type": "object", "required": ["post"], "properties": {"post": _wordpress_post()}},
    ],
}

_GHOST_CURRENT = {
    "type": "object",
    "description": "The post. Its body is html; when html is null (Ghost sends only lexical or mobiledoc in some "
    "webhooks) the text of lexical or mobiledoc is linted instead. {} is a deleted post.",
    "properties": {"title": _nullable_string(), "html": {"type": "string"}},
    "anyOf": [{"maxProperties": 0}, {"required": ["html"]}],
}
GHOST_SCHEMA: dict[str, Any] = {
    "title": "GhostPayload",
    "description": "Ghost's post or page webhook.",
    "type": "object",
    "anyOf": [
        {
            "required": [kind],
            "properties": {
                kind: {"type": "object", "required": ["current"], "properties": {"current": _GHOST_CURRENT}}
            },
        }
        for kind in ("post", "page")
    ],
}


def complete(document: dict[str, Any], rules: Iterable[RuleLike]) -> dict[str, Any]:
    """Fill in what the models cannot say (see the module doc). Changes ``document`` in place."""
    rules = list(rules)
    selectors = {"select": selector_schema(rules), "ignore": selector_schema(rules, allow_all=False)}
    for schema in _request_schemas(document):
        for name, selector in selectors.items():
            field = schema.get("properties", {}).get(name)
            if field and field.get("type") == "array":
                field["items"] = selector
                # pydantic writes a list's length bounds as string bounds when the field is optional
                for string_key, array_key in (("minLength", "minItems"), ("maxLength", "maxItems")):
                    if string_key in field:
                        field[array_key] = field.pop(string_key)
    paths = document.get("paths", {})
    for path, replacement in (("/v1/webhooks/wordpress", WORDPRESS_SCHEMA), ("/v1/webhooks/ghost", GHOST_SCHEMA)):
        operation = paths.get(path, {}).get("post")
        if operation:
            operation["requestBody"]["content"]["application/json"]["schema"] = replacement
    return document


def _request_schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            content = operation.get("requestBody", {}).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if isinstance(schema, dict):
                found.append(schema)
    return found
