"""Shared test helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True, scope="session")
def _results_cache_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Results a test's lint caches go to a temporary folder, not to ``.copydesk_cache`` folders
    beside the fixtures: a test run leaves the checkout as it found it. (A test of where the cache
    goes by default removes the variable itself.)"""
    if "COPYDESK_CACHE_DIR" in os.environ:
        yield
        return
    os.environ["COPYDESK_CACHE_DIR"] = str(tmp_path_factory.mktemp("results-cache"))
    try:
        yield
    finally:
        os.environ.pop("COPYDESK_CACHE_DIR", None)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
