"""What every grammar rule shares: the rule class, the backend interface, the backend ranking.

Three backends can report grammar problems: copydesk's built-in rules (pure Python, always on),
Harper (``harper-py``, optional, in-process) and LanguageTool (a server, optional). Each is
exposed to the engine as ordinary rules, so selection, severities, suppressions and
``copydesk explain`` work as for any rule. Every grammar rule is a :class:`GrammarRule`, a plain
rule in the ``grammar`` overlap group: when two backends report the same problem at the same
place, the engine's overlap pass (:mod:`lint._overlap`) keeps one finding, the more specific.
A backend's costly client is kept in the document's shared resources (``doc.resources``), never
in a module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Protocol

from lint._errors import CopydeskError
from lint._rule import Rule

if TYPE_CHECKING:
    from lint._document import Document
    from lint._findings import Finding


class GrammarBackendError(CopydeskError):
    """A configured grammar backend cannot run (not installed, unreachable, timed out)."""


class GrammarBackend(Protocol):
    """Something that turns a Document into grammar findings (prose offsets)."""

    name: str

    def check(self, doc: Document) -> list[Finding]: ...


BACKEND_RANK = {"builtin": 2, "languagetool": 1, "harper": 0}
"""Ties between equally specific duplicates go to the backend that knows newsroom style best."""


class GrammarRule(Rule):
    """A grammar rule: its findings and those of the other grammar backends are one overlap group.

    Subclasses implement :meth:`detect`. ``backend`` names where the findings come from; when two
    backends report the same problem, the engine keeps the more specific finding, and between
    equally specific ones the backend that knows newsroom style best (:data:`BACKEND_RANK`).
    """

    backend: ClassVar[str] = "builtin"
    overlap_group: ClassVar[str | None] = "grammar"
    overlap_rank: ClassVar[int] = BACKEND_RANK["builtin"]

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self.detect(doc)
