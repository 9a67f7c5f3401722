"""Quality benchmark: recall, suggestion accuracy and false alarms on ../shared/eval/.

Each section lives in its own module (``bench/quality_<section>.py``) with ``main(eval_dir)``
that prints its tables. Run all: ``python bench/quality.py``; one: ``python bench/quality.py spelling``.
Tune on dev files only; the figures for *test* files are reported, never tuned on.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
SECTIONS = ("typography", "spelling", "grammar", "tagger", "style", "consistency", "real-drafts")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    chosen = argv or list(SECTIONS)
    for name in chosen:
        if name not in SECTIONS:
            print(f"unknown section {name!r}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
            return 2
        try:
            module = importlib.import_module(f"quality_{name.replace('-', '_')}")
        except ModuleNotFoundError:
            print(f"(section {name}: not written yet)")
            continue
        print(f"\n=== {name} ===")
        module.main(EVAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
