"""No module of the engine or the rules binds a module-level name twice.

A second ``_FINITE = ...`` far down a long rule module silently replaces the first for every
function, including those written beside the first (they read the name when called). ruff does
not report a plain reassignment; this test does. Extending a name with itself (``X = X | ...``)
is allowed: it says what it does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(path for folder in ("lint", "rules") for path in (ROOT / folder).rglob("*.py"))


def _bound_twice(source: str) -> list[str]:
    """Names bound by two module-level assignments, the later not reading the name itself."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        reads = {sub.id for sub in ast.walk(value) if isinstance(sub, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen and target.id not in reads:
                    twice.append(f"{target.id} (line {node.lineno})")
                seen.add(target.id)
    return twice


def test_the_modules_are_found() -> None:
    assert len(MODULES) > 100


@pytest.mark.parametrize("path", MODULES, ids=[str(path.relative_to(ROOT)) for path in MODULES])
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found() -> None:
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A (line 3)"]
    assert _bound_twice("A = frozenset()\nA = A | {1}\n") == []
