"""Timing whole commands: wall time and peak memory of a child process, medians of several runs.

Shared by ``bench/speed.py`` (cold start, the side-by-side comparison) and ``bench/scaling.py``.
Peak memory is the kernel's own figure for the finished child (``wait4``'s ``ru_maxrss``); a
command that starts workers is measured by its largest process. Linux counts the memory a child
had before ``exec`` too, so a command is started from a small launcher process (this file run as a
script), not from the benchmark process, which may hold 100 MB of linted text: the launcher's own
size (about 10 MB) is the floor of every figure.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    exit_code: int


def copydesk_env() -> dict[str, str]:
    """The environment with this checkout first on the path and no COPYDESK_ settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("COPYDESK_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH", ""))))
    return env


def compile_bytecode() -> None:
    """Write the bytecode of copydesk and of every installed library (proselint's too), as ``pip
    install`` does, so start-up is not charged for compiling modules from source: that happens on
    every run where PYTHONDONTWRITEBYTECODE is set, or where the installer did not compile (``uv pip``
    by default). Compiling typer, its click and the rest from source added 60-80 ms to each run."""
    import compileall
    import sysconfig

    for package in ("lint", "rules"):
        compileall.compile_dir(str(REPO / package), quiet=1)
    for library in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        compileall.compile_dir(library, quiet=1, workers=0)


def descendants(root: int) -> list[int]:
    """Every process below ``root`` (Linux /proc): a server's workers, for their memory and CPU."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, stack = [], list(children.get(root, []))
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def run_once(command: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``command`` once from the launcher; its output is thrown away."""
    launcher = [sys.executable, "-S", __file__, *command]
    finished = subprocess.run(launcher, cwd=cwd, env=env or copydesk_env(), capture_output=True, text=True, check=True)
    seconds, peak_mb, exit_code = finished.stdout.split()
    return Run(float(seconds), float(peak_mb), int(exit_code))


def _launch(command: list[str]) -> None:
    """The launcher: start ``command``, wait for it, print its seconds, peak MB and exit code."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, kilobytes on Linux
    print(seconds, usage.ru_maxrss * scale / 1e6, os.waitstatus_to_exitcode(status))


def summary(samples: list[Run]) -> Run:
    """The median time and the largest peak of several runs of one command."""
    return Run(
        statistics.median(sample.seconds for sample in samples),
        max(sample.peak_mb for sample in samples),
        samples[-1].exit_code,
    )


def median_run(command: Sequence[str], runs: int, cwd: Path | None = None) -> Run:
    """The :func:`summary` of ``runs`` runs, after one run not counted."""
    run_once(command, cwd)
    return summary([run_once(command, cwd) for _ in range(runs)])


def paired(
    first: Sequence[str], second: Sequence[str], runs: int, cwd: Path | None = None
) -> tuple[Run, Run, list[float]]:
    """Both commands in turn (A B A B …, after one of each not counted): each one's :func:`summary`
    and the pairwise ratios A/B, sorted (their median holds when the machine's speed drifts; their
    spread says how far one figure can be trusted on a machine whose speed swings)."""
    run_once(first, cwd)
    run_once(second, cwd)
    pairs = [(run_once(first, cwd), run_once(second, cwd)) for _ in range(runs)]
    ratios = sorted(a.seconds / b.seconds for a, b in pairs)
    return summary([a for a, _ in pairs]), summary([b for _, b in pairs]), ratios


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """The lower quartile, the median and the upper quartile of ``values`` (at least one)."""
    if len(values) < 2:
        return values[0], values[0], values[0]
    lower, median, upper = statistics.quantiles(values, n=4, method="inclusive")
    return lower, median, upper


if __name__ == "__main__":
    _launch(sys.argv[1:])
