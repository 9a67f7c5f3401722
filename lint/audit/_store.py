"""Parquet shards on disk: one file per table per batch, written as each batch finishes.

A shard is written to a temporary name and renamed, and a batch's ``articles`` shard is written
last, so its presence means the whole batch is on disk: ``--resume`` skips exactly those batches.
A manifest records what the shards were made from (inputs, batch size, field map, settings); a
resume with other choices is refused rather than mixing two audits.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint._errors import InputError

from ._tables import TABLES

if TYPE_CHECKING:
    import pyarrow as pa

MANIFEST = "manifest.json"


class ShardStore:
    """The ``shards/`` folder of an audit's output folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.shards = folder / "shards"

    def prepare(self, manifest: dict[str, Any], resume: bool) -> set[int]:
        """Make the folder ready; return the batches already done (none unless ``resume``)."""
        path = self.folder / MANIFEST
        if resume and path.exists():
            recorded = json.loads(path.read_text(encoding="utf-8"))
            if recorded != manifest:
                changed = sorted(
                    key for key in manifest.keys() | recorded.keys() if manifest.get(key) != recorded.get(key)
                )
                raise InputError(
                    str(path), f"was written for another audit ({', '.join(changed)} differ); rerun without --resume"
                )
            return self.done()
        if self.shards.exists():
            shutil.rmtree(self.shards)
        for table in TABLES:
            (self.shards / table).mkdir(parents=True, exist_ok=True)
        _write_atomically(path, json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
        return set()

    def done(self) -> set[int]:
        folder = self.shards / "articles"
        if not folder.exists():
            return set()
        return {int(name.stem.removeprefix("batch-")) for name in folder.glob("batch-*.parquet")}

    def write(self, index: int, tables: dict[str, pa.Table]) -> None:
        import pyarrow.parquet as pq

        for table in TABLES:  # articles last: it marks the batch done
            target = self._shard(table, index)
            temporary = target.with_suffix(".tmp")
            pq.write_table(tables[table], temporary, compression="zstd")
            os.replace(temporary, target)

    def read(self, table: str) -> Iterator[pa.Table]:
        """Each shard of one table, in batch order (one at a time: the reduce's memory stays flat)."""
        import pyarrow.parquet as pq

        for path in sorted((self.shards / table).glob("batch-*.parquet")):
            yield pq.read_table(path)

    def _shard(self, table: str, index: int) -> Path:
        return self.shards / table / f"batch-{index:07d}.parquet"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
