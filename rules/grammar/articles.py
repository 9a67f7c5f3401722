"""'A' or 'an' by the sound of the next word: "a error", "an European", but "an FBI agent", "a user"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from ._base import GrammarRule
from ._tokens import match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document

VOWEL, CONSONANT = "vowel", "consonant"

# Letters whose names start with a vowel sound: "an F", "an MP", "an NBA", "an X-ray".
_VOWEL_LETTERS = frozenset("aefhilmnorsx")
# Two consonants that can start an English word: an all-caps word starting so may be said as a word.
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps sc sh sk sl sm sn sp st sw th tr tw wh wr".split()
)
# U- words said with "you" (take "a") and with "uh"/"oo" (take "an"); unlisted U- words are skipped.
_U_AS_YOU = (
    "unan", "unic", "unif", "unil", "unio", "uniq", "unis", "unit", "univ", "unip", "uran", "ure", "uri", "uro",
    "usa", "use", "usi", "usu", "uten", "uter", "util", "utop", "ubiq", "ukr", "ukul", "ugan", "uvu", "utah",
)  # fmt: skip
_U_AS_VOWEL = ("un", "um", "up", "ul", "ugl", "urb", "urg", "ush", "utt", "utm", "uz", "ub")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_EITHER_H = ("herb", "hist", "hotel", "homage", "hyster", "habitu", "heroic", "humble")
# Words after which a lone letter "a" is a label, not an article ("part a", "vitamin a").
_LABELS = frozenset(
    "part section item paragraph clause schedule appendix column row vitamin type class grade plan option point "
    "exhibit category group article figure table step".split()
)
_NUMBER = re.compile(r"\d+")
_ARTICLES = frozenset(("a", "an"))
_CENSORING = frozenset("*%#@$&!")


@lru_cache(maxsize=1 << 14)
def article_sound(word: str) -> str | None:
    """Whether ``word`` starts with a vowel or a consonant sound; None when unsure."""
    if not word:
        return None
    if word[0].isdigit():
        return _number_sound(word)
    first_part = word.split("-", 1)[0]
    if len(first_part) == 1 and "-" in word:
        return VOWEL if first_part.lower() in _VOWEL_LETTERS else CONSONANT  # "an X-ray", "a U-turn"
    if "." in word or (len(word) > 1 and word[0].islower() and word[1].isupper() and word[0] not in "ie"):
        return VOWEL if word[0].lower() in _VOWEL_LETTERS else CONSONANT  # "a U.S.", "an mRNA"
    letters = first_part.replace("'", "")
    if len(letters) > 1 and letters.isupper():
        return _acronym_sound(letters)
    return _word_sound(letters.lower())


def _number_sound(word: str) -> str:
    digits = _NUMBER.match(word)
    group = digits.group() if digits else ""
    if group.startswith("8"):
        return VOWEL  # eight, eighty, eight hundred
    if group[:2] in ("11", "18") and len(group) in (2, 4):
        return VOWEL  # eleven, eighteen, eleven hundred, the 1800s
    return CONSONANT


def _acronym_sound(letters: str) -> str | None:
    low = letters.lower()
    if low[0] in "aeio":
        return VOWEL  # "an IRA", "an OPEC", "an AI": a vowel whether spelt out or said as a word
    if low[0] == "u":
        return CONSONANT  # "a UN", "a UEFA": "you" either way
    said_as_letters = not any(c in "aeiouy" for c in low) or (low[1] not in "aeiouy" and low[:2] not in _ONSETS)
    if not said_as_letters:
        return None  # NATO, NASA, SARS: maybe said as a word
    return VOWEL if low[0] in _VOWEL_LETTERS else CONSONANT


def _word_sound(low: str) -> str | None:
    if not low or not low[0].isalpha():
        return None
    first = low[0]
    if first in "aei":
        return CONSONANT if low.startswith(("eu", "ewe")) else VOWEL
    if first == "o":
        if low in ("one", "once") or low.startswith(("one-", "once-", "ouija")):
            return CONSONANT
        return VOWEL
    if first == "u":
        if low.startswith(_U_AS_YOU):
            return CONSONANT
        if low.startswith(("unin", "unim")) or (low.startswith(_U_AS_VOWEL) and not low.startswith("uni")):
            return VOWEL
        return None
    if first == "h":
        if low.startswith(_SILENT_H):
            return VOWEL
        return None if low.startswith(_EITHER_H) else CONSONANT
    if first in "xy" and len(low) > 1 and low[1] not in "aeiou":
        return None  # "an x-axis" is handled above; "yttrium"
    if len(low) > 1 and low[1] not in "aeiouyr" and low[:2] not in _ONSETS and first != "s":
        return None  # abbreviations: "mph", "kg"
    return CONSONANT


class IndefiniteArticle(GrammarRule):
    id = "grammar.indefinite-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'A' before a vowel sound or 'an' before a consonant sound."
    why = (
        "The article follows the sound, not the letter: 'an error', 'a European', 'an hour', 'a user', "
        "'an FBI agent' (said 'eff'), 'a U.S. official' (said 'you'), 'a one-off', 'an 18-year-old'. "
        "Words whose sound varies ('historic', 'herb', acronyms said as words such as NATO) are left alone."
    )
    bad = (
        "It was a error of judgment.",
        "He is an European diplomat.",
        "She waited a hour.",
        "An user reported the fault.",
        "It was a 18-year-old driver and a FBI agent.",
    )
    good = (
        "It was an error by a European diplomat, an honest mistake.",
        "An FBI agent met a U.S. official and an NBA player.",
        "It was a once-in-a-lifetime trip for a user of a one-off pass.",
        "An hour later, a union leader and an umpire arrived in a unique car.",
        "A historic vote, an historic vote, a NATO summit and an 11-year-old.",
        "Choose part a or part b; replace an l/c with a new one, an x with a y; a f*** idea.",
        # Removed inline code leaves U+FFFC: "a `Page` object" is judged by "Page", not by "object".
        "Call the method on a \ufffc object, or an \ufffc block.",
    )
    fixed = (
        "It was an error of judgment.",
        "He is a European diplomat.",
        "She waited an hour.",
        "A user reported the fault.",
        "It was an 18-year-old driver and an FBI agent.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ARTICLES):
            article = words[index]
            low = article.low
            if not article.joined or index + 1 >= len(words):
                continue
            if article.text == "A" and not article.sentence_start:
                continue  # "Plan A is", "grade A"
            if article.text == "a" and index > 0 and words[index - 1].low in _LABELS:
                continue
            following = words[index + 1]
            if len(following.text) == 1 and following.text.isalpha():
                if doc.text[following.end : following.end + 1] in _CENSORING:
                    continue  # "a f*ed horse": the first letter of a word written with symbols
                # a lone letter is said by its name: "a U.S. official", "an l/c", "an x"
                sound: str | None = VOWEL if following.low in _VOWEL_LETTERS else CONSONANT
            else:
                sound = article_sound(following.text)
            if sound is None:
                continue
            wanted = "an" if sound == VOWEL else "a"
            if wanted == low:
                continue
            replacement = match_case(wanted, article.text)
            kind = "a vowel" if sound == VOWEL else "a consonant"
            yield self.finding(
                article.start,
                article.end,
                f"Use '{replacement}' before '{following.text}', which starts with {kind} sound.",
                suggestions=(replacement,),
                fix=FixSafety.SAFE,
            )


RULES = [IndefiniteArticle]
