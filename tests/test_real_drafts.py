"""`copydesk fix` (safe fixes only) never changes letters in correct published text.

The corpus is ``../shared/eval/real_drafts/``: professionally edited Markdown, HTML and XHTML
from seven public sites, markup and templates left in. Every safe edit that changes more than
whitespace must be a correction of a real error, listed in ``REAL_ERRORS`` with the verdict of
the person who read it; anything else is a fix that damages correct text. The edits are computed
by the same function ``bench/quality.py real-drafts`` uses to list them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from lint import Config

REPO = Path(__file__).parent.parent
EVAL = REPO.parent / "shared" / "eval"

REAL_ERRORS: dict[tuple[str, str, str], str] = {
    # (file, the text around the edit with [[before]], [[after]]): the verdict of the person who read it
    (
        "rust-blog/gccrs-an-alternative-compiler-for-rust.md",
        "re importantly however, there [[is]] a number of things that `gccr",
        "[[are]]",
    ): "real: 'there is a number of things' ('a number of' counts a plural: 'there are a number of things')",
    (
        "govuk-developer-docs/emergency-publishing.html.md",
        "a black background, above the [[the ]]usual Welcome to GOV.UK headin",
        "[[]]",
    ): "real: 'above the the usual' in an image's alt text",
    (
        "govuk-developer-docs/emergency-publishing.html.md",
        "a green background, above the [[the ]]usual Welcome to GOV.UK headin",
        "[[]]",
    ): "real: 'above the the usual' in an image's alt text",
    (
        "govuk-developer-docs/get-started.html.md",
        "AM user account⏎⏎1. [Request a[[]] AWS user account][request-aws",
        "[[n]]",
    ): "real: 'a AWS user account' (AWS is said 'ay-double-you-ess')",
    (
        "jekyll/2017-10-19-diversity-open-source.markdown",
        "⏎I know this is a cliche and a[[]] overused phrase, but really, ",
        "[[n]]",
    ): "real: 'a overused phrase'",
    (
        "rust-blog/Stability.md",
        "there is a huge⏎amount of pent[[ ]]up interest in Rust, waiting f",
        "[[-]]",
    ): "real: 'pent-up interest' (the adjective is hyphenated: Merriam-Webster, Chicago)",
    (
        "hugo-docs/faq.md",
        " file watcher may not be able [[]]detect file changes when:⏎⏎  -",
        "[[to ]]",
    ): "real: 'may not be able detect' lacks the 'to' of 'be able to detect'",
}


def _quality_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import quality_real_drafts
    finally:
        sys.path.remove(str(REPO / "bench"))
    return quality_real_drafts


@pytest.fixture(scope="module")
def safe_edits() -> list[tuple[str, str, str, bool]]:
    if not (EVAL / "real_drafts").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the evaluation corpus is missing: {EVAL / 'real_drafts'}")
        pytest.skip(f"the evaluation corpus is not beside this checkout ({EVAL / 'real_drafts'})")
    edits: list[tuple[str, str, str, bool]] = _quality_module().safe_fix_edits(EVAL, Config())
    return edits


def test_safe_fixes_change_no_letters_in_correct_text(safe_edits: list[tuple[str, str, str, bool]]) -> None:
    damaging = [
        f"{path}: {before} -> {after}"
        for path, before, after, letters in safe_edits
        if letters and (path, before, after) not in REAL_ERRORS
    ]
    assert damaging == []


def test_the_real_errors_are_still_fixed(safe_edits: list[tuple[str, str, str, bool]]) -> None:
    made = {(path, before, after) for path, before, after, _letters in safe_edits}
    assert set(REAL_ERRORS) <= made
