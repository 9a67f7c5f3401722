"""Which of the Harper rules copydesk turns off could be turned back on: findings per rule.

Harper runs with every rule on (spelling and place-name updates aside) over the clean prose (GUM
paragraphs and State of the Union speeches, one document each), the real drafts, and the
development half of LanguageTool's rule examples. For each rule in ``rules/grammar/harper.py``'s
DISABLED list it prints the findings on clean prose and drafts (nearly all false alarms) and, on
the examples, the bad ones it catches at the marked span and the good ones it flags. A rule earns
its place back only with no finding on the clean corpora and the drafts and no flagged good example.

Run: ``python bench/harper_rules.py`` (needs the harper extra).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from quality_lt_examples import examples  # noqa: E402
from quality_real_drafts import clean_documents, draft_files, input_format  # noqa: E402

from lint import Config, check_source, check_text  # noqa: E402
from lint._source import decode  # noqa: E402
from rules.grammar._settings import GrammarSettings  # noqa: E402
from rules.grammar.harper import DISABLED  # noqa: E402

EVAL = HERE.parent.parent / "shared" / "eval"
ALWAYS_OFF = frozenset(("SpellCheck", "UpdatePlaceNames"))
_RULE = re.compile(r"\(Harper: (\w+)\)$")


def main() -> None:
    import rules.grammar.harper as harper

    harper.DISABLED = ALWAYS_OFF  # every other rule on, for this measurement only
    config = Config(select=("grammar.harper",)).with_section("grammar", GrammarSettings(harper=True))

    def rules_of(result: object) -> list[tuple[str, int, int]]:
        found = []
        for d in result.diagnostics:  # type: ignore[attr-defined]
            matched = _RULE.search(d.message)
            if matched:
                found.append((matched.group(1), d.location.offset, d.location.offset + d.location.length))
        return found

    clean, drafts, caught, flagged = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for _name, text in clean_documents(EVAL):
        clean.update(rule for rule, _, _ in rules_of(check_text(text, "plain", config)))
    for path in draft_files(EVAL):
        result = check_source(decode(path.read_bytes(), str(path)), input_format(path), config)
        drafts.update(rule for rule, _, _ in rules_of(result))
    for example in examples("dev"):
        found = rules_of(check_text(example.text, "plain", config))
        if example.bad:
            caught.update(
                {
                    rule
                    for rule, start, end in found
                    if start < max(example.end, example.start + 1) and example.start < end
                }
            )
        else:
            flagged.update({rule for rule, _, _ in found})
    print(f"{'Harper rule (now off)':<34}{'clean':>7}{'drafts':>8}{'caught':>8}{'flagged':>9}  verdict")
    for rule in sorted(DISABLED - ALWAYS_OFF):
        quiet = clean[rule] == 0 and drafts[rule] == 0 and flagged[rule] == 0
        verdict = "could go back on" if quiet and caught[rule] else ("quiet, catches nothing" if quiet else "keep off")
        print(f"{rule:<34}{clean[rule]:>7}{drafts[rule]:>8}{caught[rule]:>8}{flagged[rule]:>9}  {verdict}")


if __name__ == "__main__":
    main()
