"""House style as data: the rules declared in TOML packs.

Packs are enabled with the ``packs`` config key: names of built-in packs (``rules/packs/*.toml``:
``default`` holds equivalent names and terms, ``news`` holds page furniture and placeholders) or
paths to a newsroom's own TOML files, relative to the config file. Both built-in packs are on by
default. Each entry becomes a rule whose id is its table name in the pack (``[house.azeri]`` is
``house.azeri``), so ``select``, ``ignore``, ``severity`` and ``copydesk explain`` work on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._kinds import Furniture, PackRule
from ._load import builtin_packs, load_pack, parse_pack, resolve

if TYPE_CHECKING:
    from lint._config import Config

__all__ = ["RULES", "PackRule", "builtin_packs", "parse_pack", "provide"]

RULES: list[type] = []


def provide(config: Config) -> list[PackRule]:
    """The rules of every pack the configuration enables, in pack order."""
    where = config.path or "configuration"
    entries = [entry for name in dict.fromkeys(config.packs) for entry in load_pack(resolve(name, config.root, where))]
    furniture = Furniture(entries)  # the boilerplate entries read each paragraph together
    return [PackRule(entry, furniture) for entry in entries]
