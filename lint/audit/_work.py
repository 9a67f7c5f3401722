"""The task a Dask worker runs: lint one batch of articles, return its rows as Arrow tables.

Linting is ``check_source`` with the rule set of the article's settings, exactly as
``copydesk check`` runs it; nothing here re-implements a rule. Rule sets are resolved once per
process (``RuleSet.of`` memoises by configuration) and :func:`warm_up` (run by a worker plugin) loads the tables when a
worker starts, so no task pays for loading them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint._collector import paused
from lint._config import Config
from lint._engine import FileResult, check_source
from lint._ruleset import RuleSet
from lint._source import Source

from ._inputs import Article, FieldMap, LineRange, articles_of
from ._tables import BatchRows
from ._terms import term_forms

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(frozen=True, slots=True)
class JsonlTask:
    """A batch of an export: its bytes travel with the task, so workers need no shared disk."""

    batch: LineRange
    data: bytes
    fields: FieldMap
    settings: Config


@dataclass(frozen=True, slots=True)
class FileItem:
    """One file of a folder or glob: decoded by the client as ``check`` reads it (or why it could not be)."""

    article: Article
    settings: Config
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FileTask:
    """A batch of files to lint."""

    items: tuple[FileItem, ...]


def lint_batch(task: JsonlTask | FileTask) -> dict[str, pa.Table]:
    """Lint every article of a batch; the result is small (rows, no documents) and goes to the client."""
    rows = BatchRows()
    with paused():  # as the runner does: a lint's objects are freed by reference counting
        for article, settings, error in _items(task):
            if error is not None:
                rows.add_error(article, error)
                continue
            result = lint_article(article, settings)
            rows.add(article, result, term_forms(result.document) if result.document is not None else {})
            result.document = None
    return rows.tables()


def _items(task: JsonlTask | FileTask) -> Iterable[tuple[Article, Config, str | None]]:
    if isinstance(task, FileTask):
        return ((item.article, item.settings, item.error) for item in task.items)
    return ((article, task.settings, None) for article in articles_of(task.data, task.batch, task.fields))


def lint_article(article: Article, settings: Config) -> FileResult:
    """What ``copydesk check`` reports for this text with these settings."""
    return check_source(Source(text=article.body, path=article.id), article.format, RuleSet.of(settings))


def warm_up(settings: Config) -> None:
    """Load word lists, the tagger and the spelling tables in this process, before its first task."""
    lint_article(Article("warm-up", "The council voted on Tuesday, however the mayr said no.", "plain"), settings)
