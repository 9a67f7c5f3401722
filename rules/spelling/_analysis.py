"""One pass over a document's words that both spelling rules share.

The pass decides, for every word the dictionary lacks, whether it is a name, an accepted
word, a misspelling (``spelling.unknown-word``) or words run together (``space.joined-words``),
so that no word is reported by both rules. It runs once per document and accept list; the two
rules read its result.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from ._accept import AcceptList
from ._attested import Standing, phrase_zipf, standing
from ._bigrams import is_collocation
from ._context import FUNCTION, SUFFIX_LIKE
from ._joined import Verdict, camel_parts, judge
from ._large import zipf
from ._lexicon import Lexicon, dropped_g, lexicon, unknown_lows
from ._loans import in_loan_phrase
from ._names import ACRONYM, NameIndex, base_form, is_capitalised, looks_like_name
from ._segment import splits
from ._suggest import match_case

if TYPE_CHECKING:
    from lint._document import Document, Token

JOINED = "joined"
UNKNOWN = "unknown"

MAX_WORD = 60
"""The longest token judged: longer than any English word or two run together (45 letters at most),
and the bound that keeps every per-word algorithm here (splits, edits, suggestions) cheap."""
_PART = re.compile(r"[^-]+")
# Prefixes that stand before a hyphen ("re-deploying", "co-founder", "anti-UAV").
HYPHEN_PREFIXES = frozenset(
    "re co pre non anti un ex e self semi multi post pro mid sub inter intra counter over under "
    "mini micro macro mega neo pseudo quasi ultra bi tri de dis mis".split()
)


class Flag(NamedTuple):
    """A word one of the two rules reports."""

    kind: str
    start: int
    end: int
    word: str
    message: str
    suggestions: tuple[str, ...]
    safe: bool
    minor: bool = False
    """Reported as info: a closed compound of two content words ("grainhaulers", often correct) or a
    capitalised first word of a sentence used once (perhaps a name)."""


def analyse(doc: Document, accept: AcceptList) -> list[Flag]:
    """Every reportable word in ``doc``, in order."""
    tokens = doc.tokens
    lex = lexicon()
    known = lex.counts
    names: NameIndex | None = None
    flags: list[Flag] = []
    text = doc.text
    # Almost every word is in the lexicon (``low`` has straight apostrophes, as the lexicon does):
    # the others are picked out once per document, by distinct word (``unknown_lows``, shared with
    # grammar.name-capital), and only their tokens are found, in one C-level pass, and looked at.
    unknown = doc.shared(unknown_lows)
    for index in compress(range(len(tokens)), map(unknown.__contains__, doc.lows)) if unknown else ():
        token = tokens[index]
        word = token.text.replace("’", "'")
        if not 2 <= len(word) <= MAX_WORD or not _LETTERS.match(word) or accept.accepts(word):
            continue  # a "word" of hundreds of letters is machine text (a hash, base64), not English
        if doc.kept_as_written(token.end) or doc.is_protected(token.start, token.end) or _dotted(text, token):
            continue
        if _in_path(text, token) or (doc.foreign and doc.is_foreign(token.start, token.end)):
            continue  # a path, or prose the markup marks as another language (lang="fr")
        if _scheme(text, token):
            continue  # "mailto:ann@example.com", "ymsgr:sendIM": a link scheme, glued to its colon
        if in_loan_phrase(tokens, index):
            continue  # "prima facie", "hors d'oeuvres": a phrase English borrows whole
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
            if len(parts) > 1 and _known_compound(base_form(word).lower().replace("-", "")):
                break  # "check-sum", "web-site": judged whole, as the solid word it spells
            if names is None:
                names = NameIndex.of(map(_TEXT, tokens))  # no list of a million words at 1M
            start = token.start + match.start()
            flag = _check_part(doc, tokens, index, part, start, names, accept)
            if flag is not None:
                flags.append(flag)
    return flags


_TEXT = attrgetter("text")
_LETTERS = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*'?$")
"""Letters with inner apostrophes and hyphens: no digits (TB2, 1990s), nothing else."""


# Prefixes that make new words from known ones: "refighting", "reenergized", "nonbinding".
WORD_PREFIXES = tuple(
    "re non pre co anti counter over under out multi inter super sub semi mid mis un post micro bio cyber eco "
    "geo mega neuro psycho socio".split()
)


_CONTRACTIONS = ("'s", "'ve", "'ll", "'d", "'re", "n't", "'m")


@lru_cache(maxsize=8192)
def derived_from_known(word: str) -> bool:
    """A known word with a productive prefix or a regular ending the dictionary happens to lack.

    Cached per word: the answer depends only on the word and the static tables."""
    lex = lexicon()
    for ending in _CONTRACTIONS:
        if word.endswith(ending) and word[: -len(ending)] in lex:
            return True  # "could've"
    may_drop_g = dropped_g(word) is not None  # "reactin": "reacting" or "react in", not re-"actin"
    for prefix in WORD_PREFIXES:
        stem = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and (
                len(stem) >= 5 or (len(stem) == 4 and len(prefix) >= 4)
            )  # a short stem after a long prefix: "overbake"
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


def _known_compound(solid: str) -> bool:
    """A hyphenated compound whose solid form is a word: judged whole, not half by half."""
    if solid in lexicon().counts:
        return True
    return zipf(solid) is not None and standing(solid) is Standing.WORD


def _in_path(text: str, token: Token) -> bool:
    """Part of a path such as ``src/foo`` or ``lib/x.rb``: a slash joins it to more non-space text.

    (A word pair written with a slash, "and/or", never gets here: both words are known.)
    """
    after = text[token.end : token.end + 2]
    before = text[max(token.start - 2, 0) : token.start]
    return (len(after) == 2 and after[0] == "/" and not after[1].isspace()) or (
        len(before) == 2 and before[1] == "/" and not before[0].isspace()
    )


def _scheme(text: str, token: Token) -> bool:
    """A lower-case word glued to a colon and to what follows it: a link scheme ("mailto:",
    "ymsgr:", "skype:"), never a word that lost its space."""
    return (
        text[token.end : token.end + 1] == ":"
        and token.end + 1 < len(text)
        and not text[token.end + 1].isspace()
        and token.text.islower()
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
    lower = part.lower()
    maybe_name = is_capitalised(part)
    if not maybe_name and _used_as_a_term(doc, tokens, index, lower, names):
        return None
    if not maybe_name and not splits(lower) and _weigh(lower, None, maybe_name) is None:
        return None  # no split, so no joined reading, and attested: no correction is shown, none is ranked
    verdict = judge(lower, doc.language, before, after)
    if verdict is not None and verdict.joined and derivative(lower):
        if _weigh(lower, verdict, maybe_name) is None:
            return None  # accepted as it stands ("interestingness")
        verdict = None  # "outwardness", "withholder", "officialized": a known word and a suffix, no fusion
    # Reaching here capitalised means: first word of its sentence and used once. It may well be a
    # name ("Alaina is a young writer"), so it is reported as info, not as a warning; so is a
    # word the large lexicon knows that a correction could also explain ("bot": "but"?).
    seen = _weigh(lower, verdict, maybe_name)
    if seen is None:
        return None
    minor = maybe_name or seen is Standing.RARE
    name_hint = "If it is a name, add it to the accepted words." if maybe_name else ""
    if verdict is None:
        message = _join(f"'{part}' is not in the dictionary.", name_hint)
        return Flag(UNKNOWN, start, end, part, message, (), False, minor)
    suggestions = tuple(match_case(part, option.text) for option in verdict.options)
    if verdict.joined:
        best = suggestions[0]
        message = f"'{part}' looks like words run together: '{best}'."
        if verdict.options[0].edited:
            message = f"'{part}' looks like words run together, with a slip: '{best}'."
        message = _join(message, verdict.reason, _spaced_note(doc, best))
        if seen is Standing.RARE:  # written as one word often enough: the editor decides
            message = _join(message, f"'{part}' is also used as one word.")
            return Flag(JOINED, start, end, part, message, suggestions, False, True)
        # A capitalised first word used once that splits into a word and 'a' or 'is' is more often
        # a name than a slip ("Bea was", "Ona sings", "Baghdadis love tea"): info, as a capitalised
        # unknown word is; "Alot of", "Noone came", "Inspite of" stay warnings. So is a capitalised
        # word that splits only with a slip as well ("Stomakhin": 'Stomach in', "Diversicare").
        best_reading = verdict.options[0]
        name_like = maybe_name and (best_reading.words[-1] in ("a", "is") or best_reading.edited)
        minor_split = verdict.compound or name_like
        return Flag(JOINED, start, end, part, message, suggestions, verdict.safe, minor_split)
    message = f"'{part}' is not in the dictionary" + (f"; did you mean '{suggestions[0]}'?" if suggestions else ".")
    if seen is Standing.RARE:
        message = f"'{part}' is rare in English" + (f"; did you mean '{suggestions[0]}'?" if suggestions else ".")
    return Flag(UNKNOWN, start, end, part, _join(message, verdict.reason, name_hint), suggestions, False, minor)


DERIVING_SUFFIXES = tuple("ness ers er izes ized izing ize ises ised ising ise ative iform".split())
"""Suffixes that make a new word of a known one ('outward' → 'outwardness', 'withhold' → 'withholder',
'official' → 'officialized', 'column' → 'columniform'): such a word is rare, not two words run together."""
DERIVED_STEM = 4
"""The shortest known word taken for the stem of a derivative."""


@lru_cache(maxsize=4096)
def derivative(word: str) -> bool:
    """The word is a known word of :data:`DERIVED_STEM` letters or more and one of :data:`DERIVING_SUFFIXES`
    (a final 'i' read as 'y': 'weatherliness' from 'weatherly')."""
    lex = lexicon()
    for suffix in DERIVING_SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < DERIVED_STEM:
            continue
        if stem in lex or (stem.endswith("i") and stem[:-1] + "y" in lex) or stem + "e" in lex:
            return True
    return False


def _weigh(word: str, verdict: Verdict | None, maybe_name: bool) -> Standing | None:
    """How the large lexicon sees ``word`` given its best reading; None to accept it.

    UNKNOWN and TYPO are reported as before; RARE is reported as info.
    """
    seen = standing(word)
    attested = seen in (Standing.WORD, Standing.RARE)
    if seen is Standing.RARE and closed_compound(word):
        seen = Standing.WORD  # "changelog", "checksum": two words the web writes as one
    if verdict is not None and verdict.joined and attested:
        best = verdict.options[0]
        if not best.edited and _fusion_of_phrase(word, best.words):
            # "inthe", "alot": far likelier the phrase; "passthrough": a word, but so is the phrase
            return Standing.RARE if seen is Standing.WORD else Standing.UNKNOWN
        if seen is Standing.WORD and not maybe_name and not verdict.compound:
            return None  # "inbox", "webpack": a word of its own, not a rare spelling of a phrase
        if not best.edited and not maybe_name and not _phrase_as_common(word, best.words):
            # "inbox" (Zipf 3.5; "in box" 3.3) is rare only beside a likelier typo reading ("into"),
            # which is no evidence for the split: written as one more often than apart, it is a word
            return None
        return Standing.RARE  # and "tastebuds" (two content words) stays info: a compound, or a slip
    if verdict is not None and verdict.joined and _weak_slip(verdict):
        return Standing.RARE  # "rubocop" as "ruby cop": a short word corrected to make a split
    if seen is Standing.WORD and not maybe_name:
        return None  # "webinar", "kubernetes": attested English with no likely correction
    return seen


SLIP_PART = 6
"""A split that corrects a part shorter than this ("rubo" → "ruby") is weak evidence of a fusion."""


def _weak_slip(verdict: Verdict) -> bool:
    """A split that needed a correction and has no long word in it: "ruby cop", "davis on"."""
    best = verdict.options[0]
    content = [part for part in best.words if part not in FUNCTION]
    return best.edited and all(len(part) < SLIP_PART for part in content)


TERM_USES = 2
"""A lower-case word no lexicon knows, written the same way this often, is the draft's own term."""


def _used_as_a_term(doc: Document, tokens: list[Token], index: int, word: str, names: NameIndex) -> bool:
    """The draft's own vocabulary: a tool or project name it keeps using ("gccrs" six times), or a
    user name in a list of contributors ("Pat Hawks, ddavison, Rob Wierzbowski")."""
    if zipf(word) is not None:
        return False  # a word the web writes is judged by the large lexicon, typos included
    if names.counts[word] >= TERM_USES:
        return True
    return _in_name_list(doc.text, tokens, index)


LIST_COMMAS = 8
"""Commas within 100 characters either side that make a long list (of contributors, say)."""


def _in_name_list(text: str, tokens: list[Token], index: int) -> bool:
    """An item of a long comma-separated list, or of one whose neighbours are capitalised names."""
    token = tokens[index]
    if text[token.end : token.end + 1] not in (",", "") or text[max(token.start - 2, 0) : token.start] != ", ":
        return False
    if text.count(",", max(token.start - 100, 0), token.end + 100) >= LIST_COMMAS:
        return True
    window = tokens[max(index - 4, 0) : index] + tokens[index + 1 : index + 5]
    return sum(1 for other in window if is_capitalised(other.text)) >= 4


_PRONOUNS = frozenset("them him her your our their its".split())
_ENDINGS = ("ing", "ting", "tion", "ant", "ent", "ence", "ance")
COMPOUND_ZIPF = 2.0
"""A closed compound ("changelog") must be at least this frequent (100 per billion words)."""


def closed_compound(word: str) -> bool:
    """Two content words (four letters, then three or more) exactly, and the fusion common on the web.

    A misspelling seldom splits into two real words with nothing to correct; the rare ones that do
    ("copywrite", "bellweather") are rarer than this on the web.
    """
    own = zipf(word)
    if own is None or own < COMPOUND_ZIPF:
        return False
    known = lexicon().counts
    for cut in range(4, len(word) - 2):  # a left part of four letters: not "tar|getting"
        left, right = word[:cut], word[cut:]
        if (
            left in _PRONOUNS
            or left in FUNCTION
            or right in FUNCTION
            or right in SUFFIX_LIKE
            or right.startswith(_ENDINGS)
        ):
            continue  # "commit|ing", "target|ting": a misspelled inflection, not a compound
        if known.get(left, 0) >= BRAND_PART and known.get(right, 0) >= BRAND_PART:
            return True
    return False


PHRASE_MARGIN = 1.0
"""A fused form the large lexicon knows is reported only when the phrase is this much more
frequent (Zipf units: ten times): "inthe" and "alot" are, "inbox" and "onboard" are not."""


def _fusion_of_phrase(fused: str, words: tuple[str, ...]) -> bool:
    """Whether the two words are written apart far more often than ``fused`` is written at all."""
    own = zipf(fused)
    phrase = phrase_zipf(words)
    return own is None or (phrase is not None and phrase - own >= PHRASE_MARGIN)


def _phrase_as_common(fused: str, words: tuple[str, ...]) -> bool:
    """Whether the two words are written apart at least as often as ``fused`` is written at all."""
    own = zipf(fused)
    phrase = phrase_zipf(words)
    return own is None or (phrase is not None and phrase >= own)


def _camel_flag(
    doc: Document, word: str, parts: tuple[str, ...], start: int, end: int, names: NameIndex
) -> Flag | None:
    spaced = " ".join(parts)
    note = _spaced_note(doc, spaced)
    if not note and (names.used_more_than_once(word) or _product_name(parts)):
        return None  # written the same way twice, or made of common words, and never spaced: a brand
    message = _join(f"'{word}' looks like two words run together: '{spaced}'.", note)
    return Flag(JOINED, start, end, word, message, (spaced,), True)


BRAND_PART = 1000
"""A CamelCase part this common (in pyspellchecker's counts) is an ordinary word ("Pager", "Duty")."""


TITLES = frozenset(
    "President Minister Premier Senator Governor Mayor Judge Justice General Admiral Colonel Captain Sergeant "
    "King Queen Prince Princess Pope Chancellor Secretary Chairman Chairwoman Director Sheriff Ambassador "
    "Dr Mr Mrs Ms Sir Dame Lady Lord Saint Rev Professor".split()
)
"""Titles that stand before a name: glued to one, they are a missing space, never a product."""


def _product_name(parts: tuple[str, ...]) -> bool:
    """CamelCase built from an ordinary word ("PagerDuty", "RustConf", "RuboCop"), or from words of
    the dictionary however rare ("RuneScape"), names a product.

    Two words that are no ordinary words ("IlhamAliyev") are two names run together; a function
    word glued to a capital ("theMinistry") is a missing space. Either is still reported, and so
    is a product name the document also writes with a space.
    """
    if parts[0] in FUNCTION or parts[0] in TITLES:
        return False  # "theMinistry", "PresidentBarack": a missing space before a name
    if _coined(parts):
        return True
    lex = lexicon()
    if all(part.lower() in lex for part in parts):
        return True  # "RuneScape", "SeaWorld": words of the dictionary, however rare, make a brand
    return any(lex.count(part.lower()) >= BRAND_PART for part in parts)


def _coined(parts: tuple[str, ...]) -> bool:
    """Parts no two names run together are made of: more than two ("BooleanPolygonConstraint"), a
    part of one or two letters ("PhDs", "LtCol"), a part with no vowel ("StlPlt"), or one part twice
    ("JoJo"). Such a word is an identifier, an abbreviation, a nickname or a brand written so on
    purpose; two names run together ("IlhamAliyev") are two longer parts, with vowels."""
    if len(parts) > 2 or len(set(parts)) < len(parts):
        return True  # "BooleanPolygonConstraint": an identifier or a brand; "JoJo"
    return any(len(part) <= 2 or not _VOWEL.search(part) for part in parts)


_VOWEL = re.compile("[aeiouyAEIOUY]")


def _spaced_note(doc: Document, spaced: str) -> str:
    if " " in spaced and doc.shared(_SpacedPhrases).written(tuple(spaced.split())):
        return f"The document also writes '{spaced}'."
    return ""


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
SCANS = 32
"""Phrases looked for by scanning the text before the document's words are indexed: one scan is a
literal search in C, and indexing every word costs about as much as a hundred scans."""


class _SpacedPhrases:
    """Which phrases a document writes, words apart with only whitespace between: asked for each
    fusion reported, answered once per phrase, and never more than :data:`SCANS` scans of the text
    before one index of its words answers the rest (linear in the text, whatever the fusions)."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.answers: dict[tuple[str, ...], bool] = {}
        self.scans = 0
        self.runs: dict[str, list[int]] | None = None

    def written(self, parts: tuple[str, ...]) -> bool:
        """Whether the words occur in order, whole, with only whitespace between them."""
        found = self.answers.get(parts)
        if found is None:
            found = self.answers[parts] = self._look(parts)
        return found

    def _look(self, parts: tuple[str, ...]) -> bool:
        rest = "".join(r"\s+" + re.escape(part) for part in parts[1:]) + r"(?!\w)"
        if self.scans < SCANS or not all(_WORD_RUN.fullmatch(part) for part in parts):
            self.scans += 1  # (a word with an apostrophe is not one run of word characters: scanned)
            return _scan(self.text, re.compile(re.escape(parts[0]) + rest))
        if self.runs is None:
            self.runs = _word_runs(self.text)
        after = re.compile(rest)
        return any(after.match(self.text, end) for end in self.runs.get(parts[0], ()))


def _scan(text: str, phrase: re.Pattern[str]) -> bool:
    """Whether ``phrase`` occurs where no word character precedes it: the pattern starts with its
    literal words, which the regex engine finds fastest, and that check is made here per match."""
    position = 0
    while (match := phrase.search(text, position)) is not None:
        start = match.start()
        if start == 0 or not _WORD_CHAR.match(text, start - 1):
            return True
        position = start + 1
    return False


def _word_runs(text: str) -> dict[str, list[int]]:
    """Where each maximal run of word characters ends, by its text: asking whether a phrase occurs
    then costs its first word's occurrences, not a scan of the text."""
    runs: dict[str, list[int]] = {}
    for match in _WORD_RUN.finditer(text):
        runs.setdefault(match.group(), []).append(match.end())
    return runs


def _join(*sentences: str) -> str:
    return " ".join(sentence for sentence in sentences if sentence)
