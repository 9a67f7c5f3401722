"""A first run, with an empty data cache, stays inside the memory budget of any CLI run (150 MB).

The first run builds the derived word tables; the heavy builds run in short-lived child processes
so the run itself stays small (docs/cli.md). A table built in the run's own process once imported
lemminflect and numpy there and took a 50,000-word check from 129 to 152 MiB, and no test saw it,
because every other test runs with the tables cached. Peak memory is the kernel's figure for the
finished command and its children (``wait4``), taken by the benchmarks' launcher
(``bench/_process.py``), which is deterministic where a clock is not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / "bench" / "_process.py"
BIGGEST_TEXT = REPO / "tests" / "fixtures" / "grammar" / "cases.txt"
"""45,000 words that set off nearly every rule: the heaviest plain text the suite has."""
BUDGET_MB = 150.0


def _peak_of_a_check(cache: Path) -> tuple[float, int]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("COPYDESK_")}
    env |= {"COPYDESK_DATA_CACHE": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-P", "-m", "lint", "check", "--no-cache", str(BIGGEST_TEXT)]
    launcher = [sys.executable, "-S", str(LAUNCHER), *command]
    launched = subprocess.run(launcher, env=env, capture_output=True, text=True, check=True, timeout=300)
    _seconds, peak_mb, exit_code = launched.stdout.split()
    return float(peak_mb), int(exit_code)


def test_a_first_run_builds_its_tables_within_the_memory_budget(tmp_path: Path) -> None:
    cache = tmp_path / "data-cache"
    first_peak, first_exit = _peak_of_a_check(cache)
    assert first_exit == 1, "the cases hold errors: the check must find them"
    assert any(cache.iterdir()), "the first run must have written its tables"
    assert first_peak <= BUDGET_MB, f"first run peaked at {first_peak:.1f} MB"
    warm_peak, warm_exit = _peak_of_a_check(cache)
    assert warm_exit == 1
    assert warm_peak <= BUDGET_MB, f"a warm run peaked at {warm_peak:.1f} MB"
