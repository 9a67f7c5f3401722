"""Machine text (URLs, e-mail addresses, domains, file names, handles) that prose rules skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lint._protected import PROTECTED, protected_spans

EXAMPLES = [
    ("Read https://example.com/a?b=1. Then stop.", ["https://example.com/a?b=1"]),
    ("Write to press@example.org today.", ["press@example.org"]),
    ("See www.bbc.co.uk, or example.com/path.", ["www.bbc.co.uk", "example.com/path"]),
    ("The file report-2024.pdf is attached.", ["report-2024.pdf"]),
    ("Follow @copydesk and #ElectionNight (#tag).", ["@copydesk", "#ElectionNight", "#tag"]),
    ("Plain prose. No machine text: none at all.", []),
]


def test_examples() -> None:
    for text, expected in EXAMPLES:
        assert [text[start:end] for start, end in protected_spans(text)] == expected, text


_ALPHABET = st.sampled_from([*"ab.c@#:/ -_\n\t()wmoe0“”\"'?,!", "www.", "://", ".com", ".pdf", "é", "😀"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_fast_path_finds_exactly_what_the_full_search_finds(text: str) -> None:
    assert protected_spans(text) == [match.span() for match in PROTECTED.finditer(text)]
