"""Unbalanced quotation marks and brackets in excerpts: a cut marked with an ellipsis is not a slip,
and a straight mark in a closing place is reported as closing."""

from __future__ import annotations

from lint import Config, check_text

QUOTES = Config(select=("punctuation.unbalanced-quotes", "punctuation.unbalanced-brackets"))


def _messages(text: str) -> list[str]:
    return [d.message for d in check_text(text, "plain", QUOTES).diagnostics]


def test_an_excerpt_cut_with_an_ellipsis_leaves_its_marks_open() -> None:
    assert _messages('goods shared out "according to need...') == []
    assert _messages("No nation other than Russia (and previously the f…") == []
    assert _messages("… and then we have liftoff!” Nobody spoke.") == []
    assert _messages('...and so it ends," she wrote.') == []


def test_a_cut_elsewhere_does_not_excuse_the_mark() -> None:
    assert _messages('He said "wait... and left. Nobody followed.') == ["'\"' opens a quotation that is never closed."]
    assert _messages('... and then, the mayor said, "we rebuild.') == ["'\"' opens a quotation that is never closed."]


def test_a_straight_mark_in_a_closing_place_is_reported_as_closing() -> None:
    assert _messages('It was good news for all."') == ["'\"' closes a quotation that was never opened."]
    assert _messages('He said "we rebuild.') == ["'\"' opens a quotation that is never closed."]
