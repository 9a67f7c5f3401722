"""The large lexicon (wordfreq): attested words pass, misspellings and fusions still do not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lint import Config, Severity, check_text
from rules.spelling._attested import Standing, standing
from rules.spelling._large import zipf

BOTH = ("spelling.unknown-word", "space.joined-words")
FIXTURES = Path(__file__).parent / "fixtures" / "spelling"
ROOT = Path(__file__).resolve().parent.parent


def _warnings(text: str) -> dict[str, str]:
    result = check_text(text, "plain", Config(select=BOTH))
    return {d.text: d.rule for d in result.diagnostics if d.severity >= Severity.WARNING}


def _all(text: str) -> dict[str, tuple[str, Severity]]:
    result = check_text(text, "plain", Config(select=BOTH))
    return {d.text: (d.rule, d.severity) for d in result.diagnostics}


def test_technical_prose_paths_terms_and_contributors_are_quiet() -> None:
    assert _all((FIXTURES / "technical-words.txt").read_text(encoding="utf-8")) == {}


def test_standings() -> None:
    assert standing("webinar") is Standing.WORD
    assert standing("recieve") is Standing.TYPO  # a swap away from a word 100 times as common
    assert standing("bot") is Standing.RARE  # "but" is a vowel away and far commoner
    assert standing("zqxvbwrt") is Standing.UNKNOWN
    assert zipf("the") is not None and zipf("zqxvbwrt") is None


def test_misspellings_the_web_also_writes_are_still_warnings() -> None:
    found = _warnings("The board will recieve it, and teh rest will follow.")
    assert found == {"recieve": "spelling.unknown-word", "teh": "spelling.unknown-word"}


def test_a_rare_word_with_a_likely_correction_is_info() -> None:
    assert _all("We built a bot for the team.") == {"bot": ("spelling.unknown-word", Severity.INFO)}


def test_fusions_of_common_phrases_are_still_found() -> None:
    found = _warnings("There were alot of people inthe hall.")
    assert found == {"alot": "space.joined-words", "inthe": "space.joined-words"}


def test_a_fusion_written_as_one_word_on_the_web_is_not_a_warning() -> None:
    assert _warnings("Check your inbox before you onboard the new staff.") == {}


def test_camelcase_product_names_unless_the_draft_spaces_them() -> None:
    assert _warnings("Our alerts go to PagerDuty.") == {}
    assert _warnings("Our alerts go to Pager Duty, or rather to PagerDuty.") == {"PagerDuty": "space.joined-words"}
    assert _warnings("Prime Minister NikolPashinyan spoke.") == {"NikolPashinyan": "space.joined-words"}


def test_a_term_used_once_is_still_reported() -> None:
    assert "grublet" in _all("The grublet compiler is young.")


def test_a_word_slashed_to_another_is_part_of_a_path() -> None:
    assert _all("Open lib/tokenz/parsr.rb in the editor.") == {}


def test_the_table_is_not_loaded_for_a_clean_document() -> None:
    code = (
        "from lint import Config, check_text\n"
        "from rules.spelling import _large\n"
        f"check_text('The minister said the vote was fair.', 'plain', Config(select={BOTH!r}))\n"
        "print(_large._table.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
