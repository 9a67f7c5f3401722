"""From the command line's inputs to numbered batches, and from a batch to the task a worker runs.

Files get the settings ``copydesk check`` would give them (config files above them, per-file
ignores, command-line choices), through the runner's own functions. An export's articles get the
settings of the export file. A batch is materialised (its text read) only when it is submitted.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint._config import Config
from lint._discovery import expand_paths
from lint._errors import InputError
from lint._runner import RunOptions, load_override, settings_for
from lint._source import read_source
from lint.adapters import format_for_path

from ._inputs import Article, FieldMap, LineRange, index_jsonl, is_jsonl, read_range
from ._work import FileItem, FileTask, JsonlTask

DEFAULT_BATCH = 50
"""Articles per task: about a second of work for 800-word articles, far above Dask's per-task cost."""


@dataclass(slots=True)
class Plan:
    """Every batch of the audit, in a stable order (a batch's number is its shard's name)."""

    fields: FieldMap
    options: RunOptions
    override: Config | None
    batch_size: int
    batches: list[LineRange | tuple[str, ...]] = field(default_factory=list)
    articles: int = 0
    _export_settings: dict[str, Config] = field(default_factory=dict)

    def task(self, index: int) -> JsonlTask | FileTask:
        batch = self.batches[index]
        if isinstance(batch, LineRange):
            return JsonlTask(batch, read_range(batch), self.fields, self._export_settings[batch.path])
        return FileTask(tuple(self._file_item(path) for path in batch))

    def size(self, index: int) -> int:
        batch = self.batches[index]
        return batch.count if isinstance(batch, LineRange) else len(batch)

    def settings(self) -> Config:
        """The settings of the first input: what a worker warms its tables with."""
        if self._export_settings:
            return next(iter(self._export_settings.values()))
        first = self.batches[0] if self.batches else ()
        path = first[0] if isinstance(first, tuple) and first else "."
        return settings_for(path, self.options, self.override)

    def manifest(self, version: str) -> dict[str, Any]:
        """What the shards depend on; a resume must match it."""
        digest = hashlib.sha256()
        for batch in self.batches:
            digest.update(repr(batch).encode("utf-8"))
        return {
            "copydesk": version,
            "batch_size": self.batch_size,
            "batches": len(self.batches),
            "articles": self.articles,
            "inputs": digest.hexdigest(),
            "fields": dict(self.fields.paths) | {"default-format": self.fields.default_format},
            "options": repr(
                (self.options.select, self.options.extend_select, self.options.ignore, self.options.language)
            ),
        }

    def _file_item(self, path: str) -> FileItem:
        settings = settings_for(path, self.options, self.override)
        chosen = self.options.input_format or format_for_path(path)
        section = Path(path).parent.name
        try:
            source = read_source(Path(path), path, settings.max_file_size)
        except InputError as error:
            return FileItem(Article(path, "", chosen, section=section), settings, str(error))
        return FileItem(Article(path, source.text, chosen, title=Path(path).stem, section=section), settings)


def plan_audit(inputs: list[str], fields: FieldMap, options: RunOptions, batch_size: int | None = None) -> Plan:
    """Index and validate every input; raises :class:`InputError` naming the first bad file or line."""
    size = batch_size or DEFAULT_BATCH
    override = load_override(options)
    plan = Plan(fields, options, override, size)
    exports = [argument for argument in inputs if is_jsonl(argument)]
    others = [argument for argument in inputs if not is_jsonl(argument)]
    for export in exports:
        if not os.path.isfile(export):
            raise InputError(export, "no such file")
        plan._export_settings[export] = settings_for(os.path.abspath(export), options, override)
        for batch in index_jsonl(export, fields, size):
            plan.batches.append(batch)
            plan.articles += batch.count
    if others:
        paths = [path for path, _explicit in expand_paths(others, override)]
        for path in paths:
            if not os.path.exists(path):
                raise InputError(path, "no such file or directory")
        for start in range(0, len(paths), size):
            plan.batches.append(tuple(paths[start : start + size]))
        plan.articles += len(paths)
    return plan
