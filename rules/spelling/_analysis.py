"""One pass over a document's words that both spelling rules share.

The pass decides, for every word the dictionary lacks, whether it is a name, an accepted
word, a misspelling (``spelling.unknown-word``) or words run together (``space.joined-words``),
so that no word is reported by both rules. It runs once per document and accept list; the two
rules read its result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._accept import AcceptList
from ._bigrams import is_collocation
from ._context import FUNCTION
from ._joined import camel_parts, judge
from ._lexicon import Lexicon, dropped_g, lexicon
from ._names import ACRONYM, NameIndex, base_form, is_capitalised, looks_like_name
from ._suggest import match_case

if TYPE_CHECKING:
    from lint._document import Document, Token

JOINED = "joined"
UNKNOWN = "unknown"

_SIC = re.compile(r"['\"’”]?\s*\[sic\]", re.IGNORECASE)
_PART = re.compile(r"[^-]+")
# Prefixes that stand before a hyphen ("re-deploying", "co-founder", "anti-UAV").
HYPHEN_PREFIXES = frozenset(
    "re co pre non anti un ex e self semi multi post pro mid sub inter intra counter over under "
    "mini micro macro mega neo pseudo quasi ultra bi tri de dis mis".split()
)


@dataclass(frozen=True, slots=True)
class Flag:
    """A word one of the two rules reports."""

    kind: str
    start: int
    end: int
    word: str
    message: str
    suggestions: tuple[str, ...]
    safe: bool
    minor: bool = False
    """Reported as info: a closed compound of two content words ("farmworkers", often correct) or a
    capitalised first word of a sentence used once (perhaps a name)."""


def analyse(doc: Document, accept: AcceptList) -> list[Flag]:
    """Every reportable word in ``doc``, in order."""
    tokens = doc.tokens
    lex = lexicon()
    known = lex.counts
    names: NameIndex | None = None
    flags: list[Flag] = []
    text = doc.text
    for index, token in enumerate(tokens):
        if token.low in known:
            continue  # the fast path: almost every word (``low`` has straight apostrophes, as the lexicon)
        word = token.text.replace("’", "'")
        if len(word) < 2 or not _LETTERS.match(word) or accept.accepts(word):
            continue
        if _SIC.match(text, token.end) or doc.is_protected(token.start, token.end) or _dotted(text, token):
            continue
        if text[token.end : token.end + 1] in ("'", "’") and dropped_g(token.low):
            continue  # "workin'": a speaker's dropped g, written on purpose
        parts = list(_PART.finditer(word))
        if len(parts) > 1 and _hyphenated_name(parts[0].group(), token.sentence_start, lex):
            continue  # "Cheuk-yan", "Wai-ching": the lower-case parts belong to the name
        previous = ""
        for match in parts:
            part = base_form(match.group())
            prefix, previous = previous, match.group().lower()
            if len(part) < 2 or accept.accepts(part):
                continue
            lower = part.lower()
            if lower in known or previous in known or derived_from_known(lower):
                continue
            if len(parts) > 1 and (lower in HYPHEN_PREFIXES or (prefix in HYPHEN_PREFIXES and prefix + lower in known)):
                continue  # "re-deploying", "co-ordinated"
            if names is None:
                names = NameIndex.of([token.text for token in tokens])
            start = token.start + match.start()
            flag = _check_part(doc, tokens, index, part, start, names, accept)
            if flag is not None:
                flags.append(flag)
    return flags


_LETTERS = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*'?$")
"""Letters with inner apostrophes and hyphens: no digits (TB2, 1990s), nothing else."""


# Prefixes that make new words from known ones: "refighting", "reenergized", "nonbinding".
WORD_PREFIXES = tuple(
    "re non pre co anti counter over under out multi inter super sub semi mid mis un post micro bio cyber eco "
    "geo mega neuro psycho socio".split()
)


_CONTRACTIONS = ("'s", "'ve", "'ll", "'d", "'re", "n't", "'m")


def derived_from_known(word: str) -> bool:
    """A known word with a productive prefix or a regular ending the dictionary happens to lack."""
    lex = lexicon()
    for ending in _CONTRACTIONS:
        if word.endswith(ending) and word[: -len(ending)] in lex:
            return True  # "could've"
    may_drop_g = dropped_g(word) is not None  # "reactin": "reacting" or "react in", not re-"actin"
    for prefix in WORD_PREFIXES:
        stem = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(stem) >= 5
            and stem in lex
            and stem not in FUNCTION
            and not may_drop_g
            and not is_collocation(prefix, stem)
        ):
            # "refighting", but not "overthere" (a prefix never takes a function word), nor
            # "postoffice": a set phrase of two words is likelier run together than prefixed.
            return True
    if word.endswith("s") and len(word) >= 6 and word[:-1] in lex and not word.endswith("ss"):
        return True  # "downtowns"
    stem = word[:-3]
    if word.endswith("ing") and len(word) >= 7 and stem in lex and not _needs_doubling(stem):
        return True  # "ramping" (but not "begining": a final consonant after one vowel doubles)
    for ending in _ISM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 5 and stem.endswith("al") and stem in lex:
            return True  # "localist", "localism": made from an -al adjective (not "strictist", "criticists")
    return word.endswith("ally") and len(word) >= 9 and word[:-4] in lex  # "meritocratically"


_ISM_ENDINGS = ("ist", "ists", "ism", "isms")


def _needs_doubling(stem: str) -> bool:
    """Stems whose -ing form changes: "begin" → "beginning", "arrange" → "arranging"."""
    return stem.endswith("e") or (stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou")


def _dotted(text: str, token: Token) -> bool:
    """Part of a dotted identifier such as a newsgroup ("alt.religion.scientology")."""
    after = text[token.end : token.end + 2]
    before = text[max(token.start - 2, 0) : token.start]
    return (len(after) == 2 and after[0] == "." and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "." and before[0].isalpha()
    )


def _hyphenated_name(first: str, sentence_start: bool, lex: Lexicon) -> bool:
    """A hyphenated name whose later parts are written in lower case ("Leung Che-cheung")."""
    return is_capitalised(first) and (not sentence_start or first.lower() not in lex)


def _check_part(
    doc: Document, tokens: list[Token], index: int, part: str, start: int, names: NameIndex, accept: AcceptList
) -> Flag | None:
    end = start + len(part)
    token = tokens[index]
    camel = camel_parts(part)
    if camel is not None:
        return _camel_flag(doc, part, camel, start, end, names)
    if ACRONYM.match(part) or (part[1:] != part[1:].lower()):
        return None  # UAV, UCAVs, iPhone, eBay: acronyms and brand spellings
    if not part.isascii():
        return None  # a foreign word or name the English dictionary cannot judge
    following = tokens[index + 1] if index + 1 < len(tokens) and not tokens[index + 1].sentence_start else None
    if is_capitalised(part):
        beside_capital = following is not None and is_capitalised(following.text)
        if looks_like_name(part, token.sentence_start, beside_capital, names):
            return None
    before = tokens[index - 1].text if index > 0 and not token.sentence_start else None
    after = following.text if following is not None else None
    verdict = judge(part.lower(), doc.language, before, after)
    # Reaching here capitalised means: first word of its sentence and used once. It may well be a
    # name ("Alaina is a young writer"), so it is reported as info, not as a warning.
    maybe_name = is_capitalised(part)
    name_hint = "If it is a name, add it to the accepted words." if maybe_name else ""
    if verdict is None:
        message = _join(f"'{part}' is not in the dictionary.", name_hint)
        return Flag(UNKNOWN, start, end, part, message, (), False, maybe_name)
    suggestions = tuple(match_case(part, option.text) for option in verdict.options)
    if verdict.joined:
        best = suggestions[0]
        message = f"'{part}' looks like words run together: '{best}'."
        if verdict.options[0].edited:
            message = f"'{part}' looks like words run together, with a slip: '{best}'."
        message = _join(message, verdict.reason, _spaced_note(doc, best))
        return Flag(JOINED, start, end, part, message, suggestions, verdict.safe, verdict.compound)
    message = f"'{part}' is not in the dictionary" + (f"; did you mean '{suggestions[0]}'?" if suggestions else ".")
    return Flag(UNKNOWN, start, end, part, _join(message, verdict.reason, name_hint), suggestions, False, maybe_name)


def _camel_flag(
    doc: Document, word: str, parts: tuple[str, ...], start: int, end: int, names: NameIndex
) -> Flag | None:
    spaced = " ".join(parts)
    note = _spaced_note(doc, spaced)
    if not note and names.used_more_than_once(word):
        return None  # written the same way twice and never spaced: a brand, not a slip
    message = _join(f"'{word}' looks like two words run together: '{spaced}'.", note)
    return Flag(JOINED, start, end, word, message, (spaced,), True)


def _spaced_note(doc: Document, spaced: str) -> str:
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in spaced.split()) + r"(?!\w)"
    if " " in spaced and re.search(pattern, doc.text):
        return f"The document also writes '{spaced}'."
    return ""


def _join(*sentences: str) -> str:
    return " ".join(sentence for sentence in sentences if sentence)
