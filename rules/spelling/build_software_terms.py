"""Rebuild ``rules/words/software-terms.txt`` from cspell's software-terms dictionary.

Run: ``npm pack @cspell/dict-software-terms && tar xzf cspell-dict-software-terms-*.tgz`` and then
``python -m rules.spelling.build_software_terms package`` (the unpacked folder). The words are the
ones cspell checks every file against by default (its ``softwareTerms``, ``software-tools``,
``web-services``, ``computing-acronyms`` and ``networkingTerms`` lists; MIT, Street Side Software):
tools, services, file formats and the jargon of technical writing ("semver", "kubectl", "gcloud",
"webfont"), which the English dictionary lacks and which developer documentation is full of.

Left out, so that the list cannot hide a slip in ordinary prose: compound fragments and patterns
(cspell's ``*``/``+`` markers), entries that are not one plain word, and lower-case entries that a
typing slip makes of a common English word more often than a writer means them: a letter dropped
or two swapped ("launchd" for 'launched', "parens" for 'parents', "discoverd"), or, for entries
of four letters or fewer, any one edit ("dest" for 'best', "parm" for 'part').
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ._accept import WORDS_DIR

OUTPUT = WORDS_DIR / "software-terms.txt"

LISTS = (
    "softwareTerms.txt.gz",
    "software-tools.txt",
    "webServices.txt",
    "computing-acronyms.txt",
    "networkingTerms.txt",
)
"""The package's lists that this one is made of (``dict/`` in the package)."""

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[.'-][A-Za-z0-9]+)*")
"""One word as the spelling rule reads it: letters and digits, joined by a dot, hyphen or apostrophe."""

SHORT = 4
COMMON_COUNT = 5_000
"""A word of the English dictionary this common (pyspellchecker's counts: its 7,000 commonest words)
is one a short entry one edit away could be a slip for."""


def entries(lines: Iterable[str]) -> Iterator[str]:
    """The plain single words of a cspell word list (comments, forbidden words, compound markers
    and patterns dropped)."""
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line or line[0] in "!~+*" or line[-1] in "*+":
            continue
        if _PLAIN.fullmatch(line):
            yield line


def _edits(word: str) -> tuple[set[str], set[str]]:
    """The strings one edit from ``word``: (a letter added or two neighbours swapped, which is what
    dropping a letter or swapping two makes of the intended word; a letter removed or replaced)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    restored = {left + letter + right for left, right in splits for letter in letters}
    restored |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    other = {left + right[1:] for left, right in splits if right}
    other |= {left + letter + right[1:] for left, right in splits if right for letter in letters}
    restored.discard(word)
    other.discard(word)
    return restored, other


def likely_slip(word: str, common: frozenset[str]) -> bool:
    """Whether a lower-case entry is more likely a slip for a common word than itself in prose: a
    common word with a letter dropped or two letters swapped ("launchd", "parens", "discoverd"),
    or a short entry one edit of any kind from one ("dest")."""
    restored, other = _edits(word)
    if not restored.isdisjoint(common):
        return True
    return len(word) <= SHORT and not other.isdisjoint(common)


def build(package: Path) -> list[str]:
    """The list's words, sorted, from the unpacked package folder ``package``."""
    from ._lexicon import raw_counts

    counts = raw_counts()
    common = frozenset(word for word, count in counts.items() if count >= COMMON_COUNT)
    found: set[str] = set()
    for name in LISTS:
        path = package / "dict" / name
        data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        for word in entries(data.decode("utf-8").splitlines()):
            if word == word.lower() and likely_slip(word, common):
                continue
            if word.lower() in counts:
                continue  # the dictionary has it already
            found.add(word)
    return sorted(found, key=lambda word: (word.lower(), word))


def header(package: Path) -> str:
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    licence = (package / "LICENSE").read_text(encoding="utf-8").strip()
    lines = [
        f"Technical words from cspell's software-terms dictionary ({meta['name']} {meta['version']},",
        f"{meta['repository']['url']}), the lists cspell checks every file against by default.",
        "Rebuilt with: python -m rules.spelling.build_software_terms PACKAGE (see that module).",
        "Lower-case entries accept any case; an entry with a capital accepts only that spelling.",
        "",
        *licence.splitlines(),
    ]
    return "".join(f"# {line}".rstrip() + "\n" for line in lines)


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python -m rules.spelling.build_software_terms UNPACKED_PACKAGE_FOLDER")
    package = Path(argv[0])
    words = build(package)
    OUTPUT.write_text(header(package) + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(words)} words written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
