"""The text of a Ghost post whose ``html`` is null: Ghost 5 sends only ``lexical`` (or, for old
posts, ``mobiledoc``) in some webhooks. Linting it as empty would call any post publishable.

Both are JSON documents held in a string. Their prose is extracted as plain text, one block
per paragraph (blocks separated by a blank line, list items and line breaks by a newline);
cards (images, embeds, code, HTML cards) are skipped, as code is skipped in HTML. Findings'
offsets count in that extracted text, and the answer's ``fields`` names ``lexical`` or
``mobiledoc`` as the source.
"""

from __future__ import annotations

import json
from typing import Any

from ._errors import ApiError
from ._requests import check_unicode

MAX_DEPTH = 100
_LEXICAL_INLINE = {"text", "extended-text", "link", "autolink", "hashtag", "at-link", "zwnj"}


def ghost_body(current: dict[str, Any], kind: str) -> tuple[str, str, str]:
    """(text, input format, payload path) of the post's body, or 422 if it has none we can read."""
    where = f"{kind}.current"
    if not current:  # a deleted post: Ghost sends "current": {} and there is nothing to publish
        return "", "html", f"{where}.html"
    html = current.get("html")
    if isinstance(html, str):
        return check_unicode(html, f"{where}.html"), "html", f"{where}.html"
    if html is not None:
        raise ApiError(422, "invalid_field", "must be a string", f"{where}.html")
    for name, extract in (("lexical", _lexical_text), ("mobiledoc", _mobiledoc_text)):
        raw = current.get(name)
        if isinstance(raw, str) and raw:
            try:
                text = extract(json.loads(raw))
            except (ValueError, RecursionError, TypeError, KeyError, IndexError, AttributeError):
                raise ApiError(
                    422, "unreadable_body", f"is not a {name} document copydesk can read", f"{where}.{name}"
                ) from None
            return check_unicode(text, f"{where}.{name}"), "plain", f"{where}.{name}"
    message = "the post has no html, lexical or mobiledoc body to lint (enable html in the webhook's post fields)"
    raise ApiError(422, "unreadable_body", message, f"{where}.html")


def _lexical_text(document: dict[str, Any]) -> str:
    blocks: list[str] = []
    for node in document["root"]["children"]:
        _lexical_block(node, blocks, 0)
    return "\n\n".join(block for block in blocks if block.strip())


def _lexical_block(node: dict[str, Any], blocks: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("nested too deeply")
    children = node.get("children")
    if not isinstance(children, list):
        return  # a card: image, embed, code, HTML
    if any(isinstance(child, dict) and child.get("type") in ("listitem", "list") for child in children):
        for child in children:
            _lexical_block(child, blocks, depth + 1)
        return
    blocks.append(_lexical_inline(children, depth + 1))


def _lexical_inline(children: list[Any], depth: int) -> str:
    if depth > MAX_DEPTH:
        raise ValueError("nested too deeply")
    parts: list[str] = []
    for child in children:
        if not isinstance(child, dict):
            continue
        if child.get("type") == "linebreak":
            parts.append("\n")
        elif isinstance(child.get("text"), str):
            parts.append(child["text"])
        elif isinstance(child.get("children"), list):
            parts.append(_lexical_inline(child["children"], depth + 1))
    return "".join(parts)


def _mobiledoc_text(document: dict[str, Any]) -> str:
    """Markup sections ``[1, tag, markers]`` and list sections ``[3, tag, [markers, ...]]``; a text
    marker is ``[0, opened, closed, text]``. Cards (``[10, index]``) and atoms are skipped."""
    blocks: list[str] = []
    for section in document["sections"]:
        if section[0] == 1:
            blocks.append(_markers(section[2]))
        elif section[0] == 3:
            blocks.append("\n".join(_markers(item) for item in section[2]))
    return "\n\n".join(block for block in blocks if block.strip())


def _markers(markers: list[Any]) -> str:
    return "".join(marker[3] for marker in markers if marker[0] == 0 and isinstance(marker[3], str))
