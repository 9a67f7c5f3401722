"""Every per-word algorithm is bounded: a long token costs memory in proportion to its length.

Splitting a run-together word once generated every edit of the whole remaining fragment, so a
12 KB "word" grew a process to gigabytes (issue 12). The guard here is an allocation budget,
measured with tracemalloc (deterministic, unlike a clock): linting a sentence holding one long
token may allocate at most a constant plus a few hundred bytes per character of input.
"""

from __future__ import annotations

import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint import check_text

BYTES_PER_CHARACTER = 600
FIXED_BYTES = 8 * 1024 * 1024
COMMON = ("the", "a", "in", "of", "and", "is", "it")


@st.composite
def long_tokens(draw: st.DrawFn) -> str:
    """A long run of letters, maybe starting or ending with a common word (which is what made a
    split try every cut), in lower case, Camel case or with inner hyphens and apostrophes."""
    length = draw(st.integers(min_value=500, max_value=20_000))
    letters = draw(st.sampled_from(("a", "ab", "xyz", "aeiou", "qwrtp", "Th")))
    body = (letters * (length // len(letters) + 1))[:length]
    before = draw(st.sampled_from(("", *COMMON)))
    after = draw(st.sampled_from(("", *COMMON)))
    style = draw(st.sampled_from(("plain", "camel", "hyphen", "apostrophe")))
    if style == "camel":
        body = "".join(part.capitalize() for part in (body[i : i + 7] for i in range(0, len(body), 7)))
    elif style == "hyphen":
        body = "-".join(body[i : i + 9] for i in range(0, len(body), 9))
    elif style == "apostrophe":
        body = body[: len(body) // 2] + "'" + body[len(body) // 2 :]
    return before + body + after


def peak_allocation(text: str, input_format: str) -> int:
    tracemalloc.start()
    try:
        check_text(text, input_format)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_tables_are_loaded_before_measuring() -> None:
    check_text("The councl met inthe hall with IlhamAliyev.", "plain")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_tokens(), st.sampled_from(("plain", "markdown")))
def test_a_long_token_costs_memory_in_proportion_to_its_length(token: str, input_format: str) -> None:
    check_text("The councl met inthe hall.", input_format)  # per-process tables are not the token's cost
    text = f"The council said {token} was its answer."
    assert peak_allocation(text, input_format) <= FIXED_BYTES + BYTES_PER_CHARACTER * len(text)


def test_the_markdown_reference_trick_is_linear_in_memory() -> None:
    """`[a]` repeated with a reference definition makes every `[a]` a link whose text is one word."""
    small = "[a]" * 2_000 + "\n\n[a]: https://example.org/\n"
    large = "[a]" * 20_000 + "\n\n[a]: https://example.org/\n"
    check_text(small, "markdown")
    assert peak_allocation(large, "markdown") <= FIXED_BYTES + BYTES_PER_CHARACTER * len(large)
