"""Template syntax in drafts: the tags a CMS or static-site generator fills in, which are machine text.

Real sources carry Liquid/Jinja/Nunjucks (``{% … %}``, ``{{ … }}``, ``{# … #}``), Hugo shortcodes
(``{{< … >}}``, ``{{% … %}}``), Go templates (``{{ … }}``, ``{{/* … */}}``), ERB/EJS (``<% … %>``),
kramdown attribute lists and extensions (``{: .note}``, ``{::comment}…{:/comment}``), Pandoc
attributes (``{.class #id}``) and WordPress shortcodes (``[caption …]…[/caption]``).
:func:`template_spans` finds them in the source; :func:`mask` hides them from the markup parser
behind filler of the same length (line breaks kept), so a link destination built from a template
still parses as one and every position stays where it was. The prose builder then puts one
placeholder in the prose for each span.

Every search is bounded: a tag longer than :data:`MAX_TAG` characters is not a tag, and a closing
tag that was not found once is never searched for again, so the scan is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._config import TEMPLATE_FAMILIES as FAMILIES

MAX_TAG = 20_000
"""Longest single tag, in characters (a Go ``{{raw `…`}}`` block of code may run to a few thousand)."""

FILLER = "§"
"""Stands in for masked characters: punctuation, like the braces it replaces, so Markdown's rules
for emphasis see the same neighbours; never whitespace, so a masked link destination stays one."""

Span = tuple[int, int]

# Strings inside a tag may hold its closing delimiter: "{{ "}}" }}", Go's {{raw `…}}…`}}.
_QUOTED = r"""(?>"(?:[^"\\\n]|\\.)*+"|'(?:[^'\\\n]|\\.)*+'|`[^`]*+`)"""


def _tag(close: str) -> re.Pattern[str]:
    """The rest of a tag after its opener: anything, quoted strings whole, up to ``close``."""
    first = re.escape(close[0])
    rest = re.escape(close[1:])
    body = rf"""(?:[^"'`{first}]++|{_QUOTED}|["'`]|{first}(?!{rest}))*+"""
    return re.compile(body + re.escape(close), re.DOTALL)


_UNTIL_DOUBLE_BRACE = _tag("}}")
_UNTIL_PERCENT_BRACE = _tag("%}")
_UNTIL_HASH_BRACE = re.compile(r"[^#]*+(?:#(?!\})[^#]*+)*+#\}")
_UNTIL_ERB = _tag("%>")
_UNTIL_HUGO_ANGLE = _tag(">}}")
_UNTIL_HUGO_PERCENT = _tag("%}}")
_GO_COMMENT = re.compile(r"\{\{-?\s*/\*.*?\*/\s*-?\}\}", re.DOTALL)

# Liquid/Jinja block tags whose content is code or a comment, not prose; and `raw`, whose content
# is shown as written (it is prose or code as the Markdown around it says), but holds no tags.
_LIQUID_NAME = re.compile(r"\{%-?\s*([a-zA-Z_]\w*)")
_LIQUID_CODE_BLOCKS = frozenset({"comment", "highlight"})
_LIQUID_RAW_BLOCKS = frozenset({"raw", "verbatim"})

# Hugo shortcodes whose inner content is code (a configuration sample, a listing).
_HUGO_NAME = re.compile(r"\{\{[<%]\s*(/?)\s*([\w.-]+)")
_HUGO_CODE_BLOCKS = frozenset({"highlight", "code", "code-toggle", "codeblock", "code-block", "output"})

_KRAMDOWN = re.compile(r"\{::?[^{}\n]{0,500}\}")
_KRAMDOWN_BLOCK = re.compile(r"\{::(comment|nomarkdown)\}")

# {.class}, {#id}, {-}, {key=value}: one line, each item an attribute, nothing else.
_PANDOC_ITEM = r"""(?:[.#][\w:.-]+|-|[A-Za-z_][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))"""
_PANDOC = re.compile(rf"\{{[ \t]*{_PANDOC_ITEM}(?:[ \t]+{_PANDOC_ITEM})*[ \t]*\}}")

# [name attr="…"] [name] [/name] [name /]: a WordPress shortcode, unless it is Markdown link text.
_WORDPRESS = re.compile(r"""\[(/?)([a-z][a-z0-9_-]*)((?:\s+[\w-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s\]"']+))?)*)\s*/?\]""")
_WORDPRESS_CORE = frozenset({"caption", "wp_caption", "gallery", "audio", "video", "playlist", "embed"})

_OPENER = re.compile(r"\{\{|\{%|\{#|<%|\{[:.#\-A-Za-z_]|\[/?[a-z]")


class _Scanner:
    """One left-to-right pass over the text, remembering which closing tags are known to be missing."""

    def __init__(self, text: str, families: frozenset[str]) -> None:
        self.text = text
        self.families = families
        self.spans: list[Span] = []
        self.missing: set[str] = set()
        self.wordpress_closers: set[str] | None = None
        self.resume_after = 0
        """Set by a raw block: the scan goes on after its closing tag, not inside it."""

    def run(self) -> list[Span]:
        text = self.text
        position = 0
        while True:
            opener = _OPENER.search(text, position)
            if opener is None:
                return self.spans
            start = opener.start()
            end = self.tag_at(start, opener.group())
            position = start + 1 if end is None else end

    def tag_at(self, start: int, opener: str) -> int | None:
        """Record the template construct starting at ``start``; where to go on (None: it is not one)."""
        handler = _HANDLERS.get(opener[:2]) or _HANDLERS.get(opener[:1])
        end = handler(self, start) if handler else None
        if end is None:
            return None
        self.spans.append((start, end))
        return max(end, self.resume_after)

    def finish(self, pattern: re.Pattern[str], start: int, skip: int) -> int | None:
        match = pattern.match(self.text, start + skip, min(len(self.text), start + MAX_TAG))
        return match.end() if match else None

    def close_of(self, name: str, closer: re.Pattern[str], after: int) -> int | None:
        """The end of the first ``closer`` after ``after``; a closer once missing stays missing."""
        if name in self.missing:
            return None
        found = closer.search(self.text, after)
        if found is None:
            self.missing.add(name)
            return None
        return found.end()

    # --- the families ---

    def double_brace(self, start: int) -> int | None:
        text = self.text
        if text.startswith(("{{<", "{{%"), start):
            return self.hugo(start) if "hugo" in self.families else None
        if not self.families & {"liquid", "go"}:
            return None
        if "go" in self.families:
            comment = _GO_COMMENT.match(text, start, min(len(text), start + MAX_TAG))
            if comment:
                return comment.end()
        return self.finish(_UNTIL_DOUBLE_BRACE, start, 2)

    def hugo(self, start: int) -> int | None:
        closing = ">}}" if self.text.startswith("{{<", start) else "%}}"
        end = self.finish(_UNTIL_HUGO_ANGLE if closing == ">}}" else _UNTIL_HUGO_PERCENT, start, 3)
        if end is None:
            return None
        named = _HUGO_NAME.match(self.text, start)
        if named and not named.group(1) and named.group(2) in _HUGO_CODE_BLOCKS:
            name = re.escape(named.group(2))
            closer = re.compile(r"\{\{[<%]\s*/\s*" + name + r"\s*[>%]\}\}")
            block_end = self.close_of("hugo:" + named.group(2), closer, end)
            if block_end is not None:
                return block_end
        return end

    def liquid_tag(self, start: int) -> int | None:
        if "liquid" not in self.families:
            return None
        end = self.finish(_UNTIL_PERCENT_BRACE, start, 2)
        if end is None:
            return None
        named = _LIQUID_NAME.match(self.text, start)
        name = named.group(1) if named else ""
        if name in _LIQUID_CODE_BLOCKS:
            closer = re.compile(r"\{%-?\s*end" + name + r"\s*-?%\}")
            return self.close_of("liquid:" + name, closer, end) or end
        if name in _LIQUID_RAW_BLOCKS:
            closer = re.compile(r"\{%-?\s*end" + name + r"\s*-?%\}")
            found = None if "liquid:" + name in self.missing else closer.search(self.text, end)
            if found is None:
                self.missing.add("liquid:" + name)
            else:  # the raw content stays text for the markup parser, unscanned; both tags are masked
                self.spans.append(found.span())
                self.resume_after = found.end()
        return end

    def hash_brace(self, start: int) -> int | None:
        if "liquid" in self.families:
            end = self.finish(_UNTIL_HASH_BRACE, start, 2)
            if end is not None:
                return end
        return self.pandoc(start)

    def erb(self, start: int) -> int | None:
        return self.finish(_UNTIL_ERB, start, 2) if "erb" in self.families else None

    def single_brace(self, start: int) -> int | None:
        text = self.text
        if text.startswith("{:", start):
            if "kramdown" not in self.families:
                return None
            block = _KRAMDOWN_BLOCK.match(text, start)
            if block:
                closer = re.compile(r"\{:/(?:" + block.group(1) + r")?\}")
                found = self.close_of("kramdown:" + block.group(1), closer, block.end())
                if found is not None:
                    return found
            match = _KRAMDOWN.match(text, start)
            return match.end() if match else None
        return self.pandoc(start)

    def pandoc(self, start: int) -> int | None:
        if "pandoc" not in self.families:
            return None
        match = _PANDOC.match(self.text, start)
        return match.end() if match else None

    def wordpress(self, start: int) -> int | None:
        if "wordpress" not in self.families:
            return None
        text = self.text
        match = _WORDPRESS.match(text, start)
        if match is None:
            return None
        closing, name, attributes = match.group(1), match.group(2), match.group(3)
        if text.startswith(("(", "[", ":") if "=" not in attributes else "(", match.end()):
            return None  # Markdown link text: [text](url), [text][ref], [ref]: url
        if self.wordpress_closers is None:
            self.wordpress_closers = set(re.findall(r"\[/([a-z][a-z0-9_-]*)\]", text))
        if closing:
            return match.end() if name in self.wordpress_closers and f"[{name}" in text[:start] else None
        if "=" in attributes or name in _WORDPRESS_CORE or name in self.wordpress_closers:
            return match.end()
        return None


_HANDLERS: dict[str, Callable[[_Scanner, int], int | None]] = {
    "{{": _Scanner.double_brace,
    "{%": _Scanner.liquid_tag,
    "{#": _Scanner.hash_brace,
    "<%": _Scanner.erb,
    "{": _Scanner.single_brace,
    "[": _Scanner.wordpress,
}


def template_spans(text: str, families: frozenset[str] | tuple[str, ...] = FAMILIES) -> list[Span]:
    """Sorted, non-overlapping ``(start, end)`` ranges of template syntax in ``text``."""
    chosen = frozenset(families)
    if not chosen:
        return []
    return _merge(_Scanner(text, chosen).run())


def _merge(spans: list[Span]) -> list[Span]:
    spans.sort()
    merged: list[Span] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with every span replaced by :data:`FILLER`, line breaks kept (same length)."""
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(text[position:start])
        parts.append(_LINE_BREAKS.sub(_keep, text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)


_LINE_BREAKS = re.compile(r"[^\r\n]+")


def _keep(match: re.Match[str]) -> str:
    return FILLER * len(match.group())
