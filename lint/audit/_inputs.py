"""What an audit reads: a JSON Lines export of a CMS, or files, folders and globs as ``check`` takes them.

The client only indexes and validates the input (one pass, nothing kept but batch boundaries);
the text of each batch is read when its task is submitted, so the client's memory stays flat
however large the archive. A bad line stops the audit before any work, with one line that names
the file, the line and the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lint._errors import InputError

FORMATS = ("plain", "markdown", "html")
FIELDS = ("id", "body", "format", "title", "url", "section", "author", "published")
_REQUIRED = ("id", "body")

SHAPES: dict[str, dict[str, str]] = {
    "copydesk": {},
    # The WordPress REST API (/wp-json/wp/v2/posts), one post object a line.
    "wordpress": {
        "id": "id",
        "body": "content.rendered",
        "title": "title.rendered",
        "url": "link",
        "published": "date",
        "author": "author",
        "section": "categories.0",
    },
    # Ghost's Content/Admin API posts (``?include=authors,tags``), one post a line.
    "ghost": {
        "id": "id",
        "body": "html",
        "title": "title",
        "url": "url",
        "published": "published_at",
        "author": "primary_author.name",
        "section": "primary_tag.name",
    },
}
_SHAPE_FORMATS = {"wordpress": "html", "ghost": "html"}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Where each article field is found in a line: a key or a dotted path (``content.rendered``)."""

    paths: Mapping[str, str] = field(default_factory=dict)
    default_format: str = "plain"

    @classmethod
    def build(
        cls, shape: str = "copydesk", overrides: Mapping[str, str] | None = None, default_format: str | None = None
    ) -> FieldMap:
        if shape not in SHAPES:
            raise ValueError(f"--shape: unknown shape {shape!r} (expected {', '.join(SHAPES)})")
        paths = {name: name for name in FIELDS} | SHAPES[shape]
        for name, path in (overrides or {}).items():
            if name not in FIELDS:
                raise ValueError(f"--field: unknown article field {name!r} (expected {', '.join(FIELDS)})")
            paths[name] = path
        chosen = default_format or _SHAPE_FORMATS.get(shape, "plain")
        if chosen not in FORMATS:
            raise ValueError(f"--default-format: must be one of {', '.join(FORMATS)}")
        return cls(paths, chosen)

    def describe(self, name: str) -> str:
        path = self.paths.get(name, name)
        return f"field {name!r}" + (f" (from {path!r})" if path != name else "")


@dataclass(frozen=True, slots=True)
class Article:
    """One article to lint, with what the report groups it by."""

    id: str
    body: str
    format: str
    title: str = ""
    url: str = ""
    section: str = ""
    author: str = ""
    month: str = ""
    """``YYYY-MM`` of the publication date, or empty."""


def parse_article(line: bytes | str, fields: FieldMap, where: str) -> Article:
    """The article on one line; :class:`InputError` naming ``where`` (``file:line``) and the field."""
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(where, f"is not valid JSON ({error})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"is a JSON {type(record).__name__}, not an object")
    values: dict[str, str] = {}
    for name in FIELDS:
        value = _lookup(record, fields.paths.get(name, name))
        if value is None or value == "":
            if name in _REQUIRED:
                raise InputError(where, f"{fields.describe(name)} is missing")
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InputError(where, f"{fields.describe(name)} is a {type(value).__name__}, not text")
        values[name] = str(value)
    article_format = values.get("format", fields.default_format)
    if article_format not in FORMATS:
        raise InputError(where, f"{fields.describe('format')} is {article_format!r}, not one of {', '.join(FORMATS)}")
    month = ""
    if "published" in values:
        month = _month(values["published"])
        if not month:
            raise InputError(where, f"{fields.describe('published')} is {values['published']!r}, not an ISO date")
    return Article(
        values["id"],
        values["body"],
        article_format,
        values.get("title", ""),
        values.get("url", ""),
        values.get("section", ""),
        values.get("author", ""),
        month,
    )


def _lookup(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if isinstance(value, Mapping):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        else:
            return None
    return value


def _month(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return ""
    return f"{moment.year:04d}-{moment.month:02d}"


@dataclass(frozen=True, slots=True)
class LineRange:
    """A batch of a JSON Lines file: bytes ``[start, end)``, whose first line is ``first_line`` (1-based)."""

    path: str
    start: int
    end: int
    first_line: int
    count: int


def index_jsonl(path: str, fields: FieldMap, batch_size: int) -> Iterator[LineRange]:
    """Validate every line of ``path`` and yield its batches; blank lines are skipped."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; a generator cannot use ``with`` across yields safely
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    with stream:
        offset = start = 0
        first = 1
        count = 0
        for number, line in enumerate(stream, 1):
            if line.strip():
                if count == 0:
                    start, first = offset, number
                try:
                    parse_article(line, fields, f"{path}:{number}")
                except UnicodeDecodeError:
                    raise InputError(f"{path}:{number}", "is not valid UTF-8") from None
                count += 1
            offset += len(line)
            if count == batch_size:
                yield LineRange(path, start, offset, first, count)
                count = 0
        if count:
            yield LineRange(path, start, offset, first, count)


def read_range(batch: LineRange) -> bytes:
    """The bytes of a batch, read when its task is submitted."""
    with open(batch.path, "rb") as stream:
        stream.seek(batch.start)
        return stream.read(batch.end - batch.start)


def articles_of(data: bytes, batch: LineRange, fields: FieldMap) -> Iterator[Article]:
    """The articles of a batch's bytes (validated already when the input was indexed)."""
    for number, line in enumerate(data.splitlines(), batch.first_line):
        if line.strip():
            yield parse_article(line, fields, f"{batch.path}:{number}")


def is_jsonl(argument: str) -> bool:
    return argument.endswith((".jsonl", ".ndjson", ".jsonl.txt"))
