"""The rows a batch produces, and their Arrow schemas (one Parquet shard per table per batch).

``articles``: one row per article (its metadata, words, findings, or why it could not be read).
``findings``: one row per finding, as ``copydesk check --format json`` places it.
``terms``: the batch's word forms with how many articles write each (for cross-article consistency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._terms import term_key

if TYPE_CHECKING:
    import pyarrow as pa

    from lint._engine import FileResult

    from ._inputs import Article

TABLES = ("findings", "terms", "articles")
"""In the order their shards are written: ``articles`` last, so its shard marks a finished batch."""

_TERM_EXAMPLES = 3


def schemas() -> dict[str, pa.Schema]:
    import pyarrow as pa

    text, number = pa.string(), pa.int64()
    return {
        "articles": pa.schema(
            [
                ("id", text),
                ("title", text),
                ("url", text),
                ("section", text),
                ("author", text),
                ("month", text),
                ("format", text),
                ("words", number),
                ("findings", number),
                ("error", text),
            ]
        ),
        "findings": pa.schema(
            [
                ("article", text),
                ("rule", text),
                ("severity", text),
                ("line", number),
                ("column", number),
                ("offset", number),
                ("length", number),
                ("text", text),
                ("message", text),
            ]
        ),
        "terms": pa.schema(
            [("key", text), ("form", text), ("articles", number), ("occurrences", number), ("examples", pa.list_(text))]
        ),
    }


class BatchRows:
    """Rows collected column by column while a batch is linted."""

    def __init__(self) -> None:
        self._columns: dict[str, dict[str, list[Any]]] = {
            name: {column: [] for column in schema.names} for name, schema in schemas().items()
        }
        self._forms: dict[str, list[Any]] = {}

    def add_error(self, article: Article, error: str) -> None:
        self._article(article, 0, 0, error)

    def add(self, article: Article, result: FileResult, forms: dict[str, int]) -> None:
        columns = self._columns["findings"]
        for diagnostic in result.diagnostics:
            location = diagnostic.location
            for column, value in (
                ("article", article.id),
                ("rule", diagnostic.rule),
                ("severity", str(diagnostic.severity)),
                ("line", location.line),
                ("column", location.column),
                ("offset", location.offset),
                ("length", location.length),
                ("text", diagnostic.text),
                ("message", diagnostic.message),
            ):
                columns[column].append(value)
        errors = "; ".join(result.rule_errors) or None
        words = int((result.stats or {}).get("words", 0))
        self._article(article, words, len(result.diagnostics), errors)
        for form, count in forms.items():
            seen = self._forms.get(form)
            if seen is None:
                self._forms[form] = [1, count, [article.id]]
            else:
                seen[0] += 1
                seen[1] += count
                if len(seen[2]) < _TERM_EXAMPLES:
                    seen[2].append(article.id)

    def _article(self, article: Article, words: int, findings: int, error: str | None) -> None:
        columns = self._columns["articles"]
        for column, value in (
            ("id", article.id),
            ("title", article.title),
            ("url", article.url),
            ("section", article.section),
            ("author", article.author),
            ("month", article.month),
            ("format", article.format),
            ("words", words),
            ("findings", findings),
            ("error", error),
        ):
            columns[column].append(value)

    def tables(self) -> dict[str, pa.Table]:
        import pyarrow as pa

        terms = self._columns["terms"]
        for form, (articles, occurrences, examples) in sorted(self._forms.items()):
            key = term_key(form.lower())
            if not key:
                continue
            for column, value in (
                ("key", key),
                ("form", form),
                ("articles", articles),
                ("occurrences", occurrences),
                ("examples", examples),
            ):
                terms[column].append(value)
        return {name: pa.Table.from_pydict(self._columns[name], schema=schema) for name, schema in schemas().items()}
