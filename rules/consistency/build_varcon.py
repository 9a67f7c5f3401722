"""Build ``varcon_pairs.tsv`` from VarCon's ``varcon.txt`` (run by hand when VarCon changes).

VarCon (Kevin Atkinson and Benjamin Titze) lists every American, British (-ise and Oxford -ize),
Canadian and Australian spelling of a word on one line, each spelling tagged with the dialects
that use it and how strongly. This script keeps only what the spelling-variant rule needs: each
word that some dialect does not accept, the dialects that prefer or accept it, and the spelling
each other dialect uses instead. VarCon's
licence asks that its notice go with every copy and that modified copies say so: the notice is
``varcon_COPYRIGHT.txt`` beside the table, and the table's header says it is derived.

Usage: ``python rules/consistency/build_varcon.py ../shared/eval/consistency/varcon.txt``
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent / "varcon_pairs.tsv"
DIALECTS = "ABZCD"
MAX_LEVEL = 70
# A tag is a dialect letter and a strength: none or "." (preferred), "v" (variant), "V" (seldom
# used), "-" (avoid), "x" (improper). Numbers tag sense variants and are dropped.
_TAG = re.compile(r"^([ABZCD_])([.vV\-x]?)$")
_WORD = re.compile(r"^[A-Za-z][A-Za-z'\-]*$")
_HEADER = re.compile(r"^# (\S+).*\(level (\d+)\)")

HEADER = """\
# Derived from VarCon 2020.12.07 (Kevin Atkinson and Benjamin Titze; http://wordlist.aspell.net/)
# by rules/consistency/build_varcon.py. MODIFIED: this is not the original varcon.txt; only the
# words whose spelling some dialect does not accept are kept, in the format below. The copyright notice and
# licence are in varcon_COPYRIGHT.txt beside this file and must accompany every copy.
# Dialects: A American, B British (-ise), Z British Oxford (-ize), C Canadian, D Australian.
# Format: word<TAB>SCOWL level<TAB>dialects preferring it<TAB>dialects accepting it (preferred or
# common variant)<TAB>for each dialect that does not accept it, that dialect's spelling (D:word),
# or "-" for a word every dialect accepts (listed so that two spellings of it can be compared).
"""


def parse_line(line: str) -> list[tuple[str, str]] | None:
    """``[(word, "A,Cv"), …]`` for one VarCon entry line; None when it has a word we cannot use.

    Rare or archaic senses (marked "(-)") are dropped, and VarCon's implied tags are written out:
    without Z tags on a line B implies Z, without C tags Z implies C, without D tags B implies D.
    """
    line, _, notes = line.split("#", 1)[0].partition("|")
    line = line.strip()
    if not line or "(-)" in notes:
        return None
    parsed: list[tuple[str, dict[str, str]]] = []
    for part in line.split(" / "):
        tags_text, _, word = part.partition(":")
        word = word.strip()
        if not _WORD.match(word):
            return None
        tags: dict[str, str] = {}
        for tag in tags_text.split():
            if tag.isdigit():
                continue
            match = _TAG.match(tag)
            if match is None:
                raise ValueError(f"unknown tag {tag!r} in {line!r}")
            letter, strength = match.groups()
            if letter != "_":
                tags[letter] = strength.replace(".", "")
        parsed.append((word, tags))
    for implied, source in (("Z", "B"), ("C", "Z"), ("D", "B")):
        if not any(implied in tags for _, tags in parsed):
            for _, tags in parsed:
                if source in tags:
                    tags[implied] = tags[source]
    return [(word, ",".join(letter + tags[letter] for letter in DIALECTS if letter in tags)) for word, tags in parsed]


def build(source: Path) -> list[str]:
    """One row per word that some dialect does not accept, with what each such dialect writes.

    Words every dialect accepts get a row too (with "-" for the spellings), so that a document
    mixing "judgment" and "judgement" is caught, but only when VarCon gives them one sense: "meter"
    (a device everywhere, "metre" in British for the unit) and "practice" (a noun everywhere, a
    British verb "practise") are legitimately used beside their variants.
    """
    senses: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()
    preferred: dict[str, set[str]] = defaultdict(set)
    accepted: dict[str, set[str]] = defaultdict(set)
    counterparts: dict[str, dict[str, str]] = defaultdict(dict)
    levels: dict[str, int] = {}
    level = 0
    for raw in source.read_text(encoding="latin-1").splitlines():
        header = _HEADER.match(raw)
        if header:
            level = int(header.group(2))
            continue
        if raw.startswith("#") or not raw.strip():
            continue
        cells = parse_line(raw)
        if not cells:
            continue
        notes = raw.split("#", 1)[0].partition("|")[2].strip()
        for word, _ in cells:
            senses[word].add(notes)
            if len({w for w, _ in cells}) == 1:
                alone.add(word)
        line_preferred: dict[str, str] = {}
        for word, tags in cells:
            for tag in filter(None, tags.split(",")):
                if len(tag) == 1:
                    line_preferred.setdefault(tag, word)
        for word, tags in cells:
            levels[word] = min(levels.get(word, level), level)
            for tag in filter(None, tags.split(",")):
                if len(tag) == 1:
                    preferred[word].add(tag)
                if len(tag) == 1 or tag[1] == "v":
                    accepted[word].add(tag[0])
            for dialect, form in line_preferred.items():
                if form != word:
                    counterparts[word].setdefault(dialect, form)
    rows = []
    for word in sorted(set(counterparts) | {w for w in senses if w not in alone and len(senses[w]) == 1}):
        if levels[word] > MAX_LEVEL or not word[0].islower():
            continue  # SCOWL level 80+ is "may not even be a word"; capitalised entries are names
        missing = [d for d in DIALECTS if d not in accepted[word] and d in counterparts[word]]
        if not missing and (word in alone or len(senses[word]) != 1 or not counterparts[word]):
            continue
        instead = " ".join(f"{d}:{counterparts[word][d]}" for d in missing) or "-"
        pref = "".join(d for d in DIALECTS if d in preferred[word]) or "-"
        ok = "".join(d for d in DIALECTS if d in accepted[word]) or "-"
        rows.append(f"{word}\t{levels[word]}\t{pref}\t{ok}\t{instead}")
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    rows = build(Path(argv[0]))
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
