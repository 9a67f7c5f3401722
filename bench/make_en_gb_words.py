"""Regenerate rules/words/en-GB-generated.txt from pyspellchecker's English word list.

The British forms of American words follow regular patterns (rules/spelling/_variants.py);
applying them to 160,000 words takes about 0.2 s, so the result ships as a data file and
the spelling rule only reads it. Run after changing the patterns or upgrading pyspellchecker:
``python bench/make_en_gb_words.py``. tests/test_spelling.py checks that the file is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rules.spelling._lexicon import raw_counts
from rules.spelling._variants import generated_path, render


def main() -> int:
    text = render("\n".join(raw_counts()))
    generated_path().write_text(text, encoding="utf-8")
    print(f"wrote {generated_path()} ({text.count(chr(10)) - 2} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
