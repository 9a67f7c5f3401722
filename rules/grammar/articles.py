"""'A' or 'an' by the sound of the next word: "a error", "an European", but "an FBI agent", "a user"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import NOUN_TAGS, sentence_tags
from ._tokens import (
    Word,
    before_the,
    ends_like_a_sentence,
    in_quotes,
    match_case,
    occurrences,
    places,
    positions,
    run_of,
    title_like,
)

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

VOWEL, CONSONANT = "vowel", "consonant"

# Letters whose names start with a vowel sound: "an F", "an MP", "an NBA", "an X-ray".
_VOWEL_LETTERS = frozenset("aefhilmnorsx")
# Two consonants that can start an English word: an all-caps word starting so may be said as a word.
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps sc sh sk sl sm sn sp st sw th tr tw wh wr".split()
)
# U- words said with "you" (take "a") and with "uh"/"oo" (take "an"); unlisted U- words are skipped.
_U_AS_YOU = (
    "unanim", "unic", "unif", "unil", "unio", "uniq", "unis", "unit", "univ", "unip", "uran", "ure", "uri", "uro",
    "usa", "use", "usi", "usu", "uten", "uter", "util", "utop", "ubiq", "ukr", "ukul", "ugan", "uvu", "utah",
    "unary", "uninom",
)  # fmt: skip
_U_AS_VOWEL = ("un", "um", "up", "ul", "ugl", "urb", "urg", "ush", "utt", "utm", "uz", "ub")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_EITHER_H = ("herb", "hist", "hotel", "homage", "hyster", "habitu", "heroic", "humble")
# Words after which a lone letter "a" is a label, not an article ("part a", "vitamin a").
_LABELS = frozenset(
    "part section item paragraph clause schedule appendix column row vitamin type class grade plan option point "
    "exhibit category group article figure table step".split()
)
_GREEK = frozenset("αβγδεζηθικλμνοπρσςτυφχω")  # not ξ and ψ, said either way
"""Greek letters, read by their names ("an α-helix", "a β-blocker")."""
_GREEK_VOWELS = {letter: VOWEL for letter in "αεηιου" + "ω"}
_NUMBER = re.compile(r"\d+")
_CAMEL_INITIALS = re.compile(r"[A-Z][of][A-Z]s?")
"""Initials with a small 'o' or 'f' for 'of' or 'for' ("MoD", "MoU", "HoC", "DfE"), spelt out letter
by letter; not a name's ("LeT" may be said as a word)."""
_ARTICLES = frozenset(("a", "an"))
_CENSORING = frozenset("*%#@$&!")
_LETTER_VERBS = frozenset("is was stands means denotes marks".split())
"""Verbs after a capital 'A' that make it the letter ("A is for apple")."""


_CAPITALS_RUN = re.compile(r"[A-Z]+")
_ACRONYM_PREFIX = re.compile(r"([A-Z]{2,})[A-Z][a-z]")
"""An acronym run into a capitalised word, as code names are ("SSLContext", "HTTPServer", "XMLParser")."""


@lru_cache(maxsize=1 << 14)
def article_sound(word: str) -> str | None:
    """Whether ``word`` starts with a vowel or a consonant sound; None when unsure."""
    if not word:
        return None
    if word[0].isdigit():
        return _number_sound(word)
    if word[0] > "\u024f":  # past the Latin letters: a Greek letter is read by its name, others unknown
        return _GREEK_VOWELS.get(word[0].lower(), CONSONANT) if word[0].lower() in _GREEK else None
    first_part = word.split("-", 1)[0]
    if len(first_part) == 1 and "-" in word:
        return VOWEL if first_part.lower() in _VOWEL_LETTERS else CONSONANT  # "an X-ray", "a U-turn"
    if "." in word or (len(word) > 1 and word[0].islower() and word[1].isupper() and word[0] not in "ie"):
        return VOWEL if word[0].lower() in _VOWEL_LETTERS else CONSONANT  # "a U.S.", "an mRNA"
    if first_part.endswith(("'s", "’s")) and first_part[:-2].isupper():
        first_part = first_part[:-2]  # "an MEP's salary": the acronym, not 'meps'
    letters = first_part.replace("'", "")
    if len(letters) > 1 and letters.isupper():
        return _acronym_sound(letters)
    if "_" in letters:
        return None  # a code name ("a uname_result"): how it is read is the writer's
    prefix = _ACRONYM_PREFIX.match(letters)
    if prefix is not None:
        run = _CAPITALS_RUN.match(letters)
        if run is not None and run.group().lower() in _SAID_EITHER_WAY:
            return None  # "a SQLite extension": the whole run is 'SQL', said either way
        return _acronym_sound(prefix.group(1))  # "an SSLContext", "an HTTPServer": the acronym is read first
    if _CAMEL_INITIALS.fullmatch(letters):
        return VOWEL if letters[0].lower() in _VOWEL_LETTERS else CONSONANT  # "an MoD", "an MoU": spelt out
    sound = _word_sound(letters.lower())
    if sound == VOWEL and letters[0] == "U" and not w.tags(letters.lower()):
        return None  # a name in title case, maybe an acronym said "you": "a Unesco official", "a Unison rep"
    return sound


def _irish_article(words: list[Word], index: int) -> bool:
    """'An' written with a capital before a capitalised word that opens a name: inside a sentence
    (an English article there is lower case: "by An Garda Síochána", "for An Taisce"), or opening
    it before two capitalised words ("An Bord Pleanála refused")."""
    following = words[index + 1]
    if not following.text[:1].isupper() or following.text.isupper():
        return False
    if not words[index].sentence_start:
        return True
    nxt = words[index + 2] if index + 2 < len(words) and following.joined else None
    if following.low in w.PEOPLES or following.low.startswith(("eu", "u", "one", "once")):
        return False  # "An European diplomat", "An Utah firm": the slips the rule is for
    return nxt is not None and nxt.text[:1].isupper() and not nxt.sentence_start


def _number_sound(word: str) -> str:
    digits = _NUMBER.match(word)
    group = digits.group() if digits else ""
    if group.startswith("8"):
        return VOWEL  # eight, eighty, eight hundred
    if group[:2] in ("11", "18") and len(group) in (2, 4):
        return VOWEL  # eleven, eighteen, eleven hundred, the 1800s
    return CONSONANT


_SAID_AS_LETTERS = frozenset(
    """suv ma mep mot raf nea faa hiv mit nyu nypd lapd seo sec foi hoa naacp nih sas fa fbi mi5 mi6 mra
    msa nsa rna hvac lse""".split()
)
"""Acronyms with a vowel that are still said letter by letter ("an SUV", "an MA", "an RAF pilot",
"an HIV test"), so the letter's name decides: a word-like reading ("NATO", "SARS") is left alone."""


_SAID_EITHER_WAY = frozenset(("sql",))
"""Acronyms without a vowel that are said as a word by many ('sequel') and letter by letter by others."""


def _acronym_sound(letters: str) -> str | None:
    low = letters.lower()
    if low in _SAID_AS_LETTERS:
        return VOWEL if low[0] in _VOWEL_LETTERS else CONSONANT
    if low in _SAID_EITHER_WAY:
        return None  # "a SQL query" ('sequel') and "an SQL query" are both in use
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
    if not any(c in "aeiouy" for c in low) and first in "fhlmnrsx":
        return None  # no vowel: said letter by letter ("an swf", "an html") or as a word ("a sql", "a nth")
    if first in "aei":
        return CONSONANT if low.startswith(("eu", "ewe")) else VOWEL
    if first == "o":
        if low in ("one", "once") or low.startswith(("one-", "once-", "ouija", "onesie", "onetime")):
            return CONSONANT
        return VOWEL
    if first == "u":
        if low.startswith("unill"):
            return VOWEL  # "an unilluminated area": 'un-' before 'illuminated', not 'uni-'
        if low.startswith(_U_AS_YOU):
            return CONSONANT
        if low.startswith(("unin", "unim")) or (low.startswith(_U_AS_VOWEL) and not low.startswith("uni")):
            return VOWEL
        return None
    if first == "h":
        if low.startswith(_SILENT_H) or low == "hors":  # "an hors d'oeuvre": French, the h silent
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
        "We toured Madrid, Barcelona an Valencia; the nurse was kind an gentle.",
        "It folds into a α-helix.",
        "A SUV hit a MEP; she holds a MA from Leeds and took a HIV test.",
    )
    good = (
        "THE BOARD SAID THE BID HAD AN UNFAIR ADVANTAGE.",
        "It was an error by a European diplomat, an honest mistake.",
        "Return True if a is sorted; x and a are equal.",
        "Choose a or b; let an be the nth term; if a equals 2, substitute a into the sum.",
        "An FBI agent met a U.S. official and an NBA player.",
        "An MoD spokesman declined to comment, and an hors d'oeuvre was served.",
        "A is for apple.",
        "The case went to An Garda Síochána, and An Bord Pleanála refused the plan.",
        "It was a once-in-a-lifetime trip for a user of a one-off pass.",
        "An hour later, a union leader and an umpire arrived in a unique car.",
        "A historic vote, an historic vote, a NATO summit and an 11-year-old.",
        "An SUV, an MA, an RAF pilot, an HIV test, an NSA leak, a SARS case and a UN envoy; an MEP's pay.",
        "Choose part a or part b; replace an l/c with a new one, an x with a y; a f*** idea.",
        # Removed inline code leaves U+FFFC: "a `Page` object" is judged by "Page", not by "object".
        "Call the method on a \ufffc object, or an \ufffc block.",
        "There is an α-helix, an ω-3 acid and a β-blocker, and an Ж or a Ж.",
        "She is a Unesco official, and he is a Unison rep.",
    )
    fixed = (
        "It was an error of judgment.",
        "He is a European diplomat.",
        "She waited an hour.",
        "A user reported the fault.",
        "It was an 18-year-old driver and an FBI agent.",
        "We toured Madrid, Barcelona an Valencia; the nurse was kind an gentle.",
        "It folds into an α-helix.",
        "An SUV hit an MEP; she holds an MA from Leeds and took an HIV test.",
    )
    fix = "sometimes"  # always, but where "an" reads as "and" ("kind an gentle")

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ARTICLES):
            article = words[index]
            low = article.low
            if not article.joined or index + 1 >= len(words):
                continue
            if article.text == "A" and not article.sentence_start:
                continue  # "Plan A is", "grade A"
            if article.text == "An" and _irish_article(words, index):
                continue  # "by An Garda Síochána", "An Bord Pleanála": the Irish article of a name
            if article.text == "A" and words[index + 1].low in _LETTER_VERBS:
                continue  # "A is for apple", "A stands for ampere": the letter, which no article precedes a verb
            if article.text == "a" and index > 0 and words[index - 1].low in _LABELS:
                continue
            following = words[index + 1]
            if len(following.text) == 1 and following.text.isalpha() and following.text <= "\u024f":
                if doc.text[following.end : following.end + 1] in _CENSORING:
                    continue  # "a f*ed horse": the first letter of a word written with symbols
                # a lone letter is said by its name: "a U.S. official", "an l/c", "an x"
                sound: str | None = VOWEL if following.low in _VOWEL_LETTERS else CONSONANT
            elif _shouted(words, index + 1):
                sound = _word_sound(following.low)  # "HAD AN UNFAIR ADVANTAGE": a word, not an acronym
            else:
                sound = article_sound(following.text)
            if sound is None:
                continue
            wanted = "an" if sound == VOWEL else "a"
            if wanted == low:
                continue
            if letter_before_be(words, index):
                continue  # "if a is sorted": the letter of a variable, said 'ay'
            if _no_article_before(following.low):
                continue  # "Let an be a sequence", "substitute a into": a letter named, and no article fits here
            replacement = match_case(wanted, article.text)
            if low == "an" and _and_typed_an(words, index) and not _shouted(words, index + 1):
                yield self.finding(
                    article.start,
                    article.end,
                    f"'an' here reads as 'and' with its 'd' lost ('{words[index - 1].text} and {following.text}').",
                    suggestions=("and", replacement),
                    fix=FixSafety.UNSAFE,
                )
                continue
            kind = "a vowel" if sound == VOWEL else "a consonant"
            yield self.replace_word(
                article,
                replacement,
                f"Use '{replacement}' before '{following.text}', which starts with {kind} sound.",
                FixSafety.SAFE,
            )


def letter_before_be(words: list[Word], index: int) -> bool:
    """'if a is sorted', 'file a was written', 'x and a are equal', 'the value of a is 3': a lower-case 'a'
    before 'is', 'are', 'was' or 'were' and a predicate (an adjective, a participle, 'not', an article, a
    number) is a letter that names a variable, the subject of the verb; no article ('there is a was to do
    it' keeps its slip). So is an 'a' paired with another lone letter ('a or b', 'both a and b') or
    before a verb of the third person and a number or a letter ('a equals 2', 'a divides b')."""
    if words[index].text != "a" or index + 1 >= len(words) or not words[index].joined:
        return False
    if _paired_letter(words, index):
        return True
    if index + 2 >= len(words) or not words[index + 1].joined:
        return False
    after = words[index + 2].low
    if words[index + 1].low not in _LETTER_BE:
        return "VBZ" in w.verb_tags(words[index + 1].low) and _letter_or_number(words[index + 2])
    if index > 0 and words[index - 1].low in w.BE_FORMS:
        return False  # "it was a is a problem": an article after 'was', then a slip
    if after in _LETTER_PREDICATES or "ADJ" in w.tags(after) or "VBN" in w.verb_tags(after):
        return True
    return _letter_or_number(words[index + 2]) and words[index + 2].low != "a"


def _no_article_before(low: str) -> bool:
    """No article goes before the word, so switching 'a' and 'an' repairs nothing: a verb that is only a
    verb, in a finite form or the bare one ('be', 'is', 'asks'), a word that is only a preposition
    ('into', 'of'), a conjunction ('A and B') or a pronoun of archaic English ('An thou wilt': 'an' is
    the old 'if'). The 'a' is a letter named ('Let an be a sequence', 'Question a asks') or a slip of
    another word."""
    if low in w.COORDINATORS or low in _ARCHAIC_PRONOUNS:
        return True  # "A and B are disjoint", "takes a and returns b"; "An thou wilt": 'an', archaic 'if'
    tags = w.tags(low)
    if not tags:
        return low in w.PREPOSITIONS
    verb_tags = w.verb_tags(low)
    return tags <= _VERB_ONLY and bool(verb_tags) and verb_tags <= _FINITE_OR_BARE


_ARCHAIC_PRONOUNS = frozenset(("thou", "thee", "thy", "thine", "ye"))
_VERB_ONLY = frozenset(("VERB", "AUX"))
_FINITE_OR_BARE = frozenset(("VBZ", "VBD", "VBP", "VB"))


def _letter_or_number(word: Word) -> bool:
    """A figure ('2', '3.5'), a number's name ('zero', 'ten') or a lone letter other than 'a' and 'I'."""
    text = word.text
    return text[:1].isdigit() or word.low in w.CARDINALS or word.low == "zero" or _lone_letter(text)


def letter_in_formula(doc: Document, words: list[Word], index: int, *, again: bool = False) -> bool:
    """'A is a subset of B', 'if a is greater than b, then b is less than a', 'a lies in A': the sentence
    names another lone letter (not a list label, 'b)', nor an initial, 'J. Smith'; a capital one only
    beside a capital 'A'), or, with ``again``, 'a' elsewhere as a variable ('divide by a, since a is not
    zero'), so 'a' or 'A' is a letter too: a variable, a set, a point."""
    word = words[index]
    if word.low != "a":
        return False
    last = len(words) - 1
    for place, other in enumerate(words):
        named = _lone_letter(other.text) or (other.text == "A" and not other.sentence_start and word.text == "a")
        if again and place != index and other.text == word.text == "a" and letter_before_be(words, place):
            return True  # "divide by a, since a is not zero": the same letter, a variable where it is a subject
        if place == index or not named or (other.text.islower() and word.text.isupper()):
            continue
        mark = doc.text[other.end : other.end + 1]
        if mark != ")" and (mark != "." or place == last):
            return True
    return False


def _lone_letter(text: str) -> bool:
    return len(text) == 1 and "a" < text.lower() <= "z" and text != "I"


def _paired_letter(words: list[Word], index: int) -> bool:
    """'a or b', 'both a and b', 'b and a': the word is joined by 'and', 'or' or 'nor' to a lone letter of
    its own case, so it is a letter too, not an article."""
    if index + 2 < len(words) and words[index + 1].joined and words[index + 1].low in _LETTER_LINKS:
        following = words[index + 2].text
        if _lone_letter(following) and following.islower() == words[index].text.islower():
            return True
    if index >= 2 and words[index - 2].joined and words[index - 1].joined and words[index - 1].low in _LETTER_LINKS:
        previous = words[index - 2].text
        return _lone_letter(previous) and previous.islower() == words[index].text.islower()
    return False


_LETTER_LINKS = frozenset(("and", "or", "nor"))


_LETTER_BE = frozenset(("is", "are", "was", "were"))
_LETTER_PREDICATES = frozenset(("not", "a", "an", "the"))
"""Words after 'a is' that open its predicate: 'if a is not empty', 'if a is a parent of b'."""


def _shouted(words: list[Word], index: int) -> bool:
    """The word at ``index`` is a common word in capitals amid others ("HAD AN UNFAIR ADVANTAGE"): it is
    read as the word, not spelt out as an acronym ("a UN official")."""
    word = words[index]
    if not word.text.isupper() or len(word.text) < 3 or not w.tags(word.low):
        return False
    neighbours = (words[place] for place in (index - 2, index + 1) if 0 <= place < len(words))
    return any(len(other.text) > 1 and other.text.isupper() and other.text.isalpha() for other in neighbours)


def _and_typed_an(words: list[Word], index: int) -> bool:
    """'an' before a consonant where 'and' was meant: between two names ('Barcelona an Valencia'),
    between two adjectives ('kind an gentle'), or before a verb that no article goes before
    ('going an had'). Then the article's fix would make 'kind a gentle': not safe."""
    if index == 0 or not words[index - 1].joined:
        return False
    before, after = words[index - 1], words[index + 1]
    if before.capitalised and after.capitalised and not before.sentence_start:
        return True
    before_tags, after_tags = w.tags(before.low), w.tags(after.low)
    if "ADJ" in before_tags and "ADJ" in after_tags and "NOUN" not in after_tags:
        following = words[index + 2] if index + 2 < len(words) and after.joined else None
        if following is None or "NOUN" not in w.tags(following.low):
            return True  # "kind an gentle", not "an old man"
    return after_tags <= {"VERB", "AUX"} and bool(w.verb_tags(after.low) & {"VBD", "VBZ"})


_SUPERLATIVE_SLOTS = frozenset("is was are were be been of".split())
_ONE = frozenset(("one",))
_BEST = frozenset(("best", "worst"))
_BEST_OR_MOST = _BEST | frozenset(("most", "least"))
_COUNTING = frozenset("one some many each all any none most several".split())
_BEST_IDIOMS = frozenset(
    """practice practices man men friend friends seller sellers value interest interests effort efforts guess
    bet case use actor actress director picture film song album player""".split()
)
"""Nouns after 'best' or 'worst' without 'the' in idioms and award names ("is best practice", "was best
man", "won best actor", "worst case")."""
_RANKED = frozenset("quality importance priority order standard level rank degree calibre caliber".split())
"""Nouns after 'of' + superlative in set phrases of formal prose ("of highest quality")."""


class SuperlativeArticle(GrammarRule):
    id = "grammar.superlative-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A superlative before a noun without 'the': 'it is best day', 'he is tallest boy', 'one of best players'."
    why = (
        "A superlative that picks one thing out of a group takes 'the': 'the best day', 'the tallest "
        "boy', 'one of the best players', 'the most expensive car'. Checked after 'is', 'was', 'be' and 'of', "
        "before a noun; 'most' only before an adjective and a singular count noun after 'is' or 'was', or a "
        "plural after 'one of' ('a most unusual case', 'most welcome news' are left alone). "
        "Idioms and award names are left alone ('is best practice', 'was best man', 'are best friends', "
        "'won best actor', 'of highest quality'). 'Same' takes 'the' too: 'a same problem' → 'the same "
        "problem' (not 'a same-day service'). 'One of' before a superlative takes no 'the': 'the one of "
        "the largest employers' → 'one of the largest employers'."
    )
    bad = (
        "It was best day of my life.",
        "He is tallest boy in the class.",
        "She is one of best players in the league.",
        "This is biggest mistake we made.",
        "This is most expensive car in the shop, and it is one of most popular models.",
        "We have a same problem.",
        "The city is the one of the largest employers in the region.",
    )
    good = (
        "It was the best day of my life; he is the tallest boy.",
        "It is best practice; he was best man; they are best friends.",
        "Goods of highest quality; prices are lowest in winter; he is most careful.",
        "She is honest person; it is modest sum.",
        "He is best known for his novels, and it is best suited to beginners.",
        "It is most kind of you; this is a most unusual case; that is most welcome news.",
        "This is most important; it was most unusual weather; most people agree.",
        "It offers a same-day service and the same price; Plan A same day.",
        "He was the one of the two who stayed; The One of the Best is a film.",
    )
    fixed = (
        "It was the best day of my life.",
        "He is the tallest boy in the class.",
        "She is one of the best players in the league.",
        "This is the biggest mistake we made.",
        "This is the most expensive car in the shop, and it is one of the most popular models.",
        "We have the same problem.",
        "The city is one of the largest employers in the region.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _SUPERLATIVE_SLOTS)
            if position < last and (lows[position + 1].endswith("est") or lows[position + 1] in _BEST_OR_MOST)
        ]
        for words, index in places(doc, candidates):
            at = index + 1
            if at + 1 >= len(words) or not words[index].joined or not words[at].joined:
                continue
            adjective, noun = words[at], words[at + 1]
            if adjective.low in ("most", "least"):
                if not _most_before_noun(words, index):
                    continue
                noun = words[at + 2]
            elif adjective.capitalised or noun.capitalised or not w.is_superlative(adjective.low):
                continue
            if "NOUN" not in w.tags(noun.low) or w.tags(noun.low) & {"ADJ", "ADV", "ADP"}:
                continue
            if w.verb_tags(noun.low) & {"VBN", "VBD"}:
                continue  # "he is best known for": a participle, not a noun
            if adjective.low in _BEST and noun.low in _BEST_IDIOMS and not _counted(words, index):
                continue  # "is best practice", "was best man": idioms
            if words[index].low == "of" and (noun.low in _RANKED or not _counted(words, index)):
                continue  # "goods of highest quality"
            if in_quotes(doc, adjective.start):
                continue
            fixed = f"the {adjective.text}"
            yield self.replace_word(
                adjective,
                fixed,
                f"A superlative before a noun takes 'the': 'the {doc.text[adjective.start : noun.end]}'.",
                FixSafety.SAFE,
            )
        yield from self._a_same(doc)
        yield from self._the_one_of(doc)

    def _the_one_of(self, doc: Document) -> Iterator[Finding]:
        """'The city is the one of the largest employers': 'one of' and a superlative names one of a
        group and takes no 'the' ('one of the largest')."""
        for words, index in occurrences(doc, _ONE):
            if index == 0 or index + 3 >= len(words) or words[index - 1].low != "the" or words[index].text != "one":
                continue  # (not "The One of the best", a title)
            if not all(word.joined for word in words[index - 1 : index + 3]):
                continue
            if words[index + 1].low != "of" or words[index + 2].low != "the":
                continue
            superlative = words[index + 3]
            if superlative.capitalised or not (superlative.low in _BEST_OR_MOST or w.is_superlative(superlative.low)):
                continue
            the = words[index - 1]
            yield self.finding(
                the.start,
                words[index].end,
                f"'One of the {superlative.text} …' takes no 'the' before 'one'.",
                suggestions=(match_case("one", the.text),),
                fix=FixSafety.SAFE,
            )

    def _a_same(self, doc: Document) -> Iterator[Finding]:
        """'A same problem', 'in a same way': 'same', like a superlative, picks out one thing and
        takes 'the' ('a same-day delivery' is a compound adjective)."""
        for words, index in occurrences(doc, _SAME):
            if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            article, same = words[index - 1], words[index]
            if article.low not in ("a", "an") or (article.text == "A" and not article.sentence_start):
                continue
            if doc.text[same.end : same.end + 1] in ("-", "–") or in_quotes(doc, same.start):
                continue
            if "NOUN" not in w.tags(words[index + 1].low) or words[index + 1].capitalised:
                continue
            if not _same_noun_ends(doc, words, index + 1):
                continue  # "a same sex couple", "a same day service", "a same old story": a compound modifier
            the = match_case("the", article.text)
            yield self.finding(
                article.start,
                same.end,
                f"'Same' takes 'the': '{the} {same.text} {words[index + 1].text}'.",
                suggestions=(f"{the} {same.text}",),
                fix=FixSafety.SAFE,
            )


_SAME = frozenset(("same",))


def _same_noun_ends(doc: Document, words: list[Word], index: int) -> bool:
    """The tagger reads ``words[index]`` as a noun that ends its phrase ('a same problem', 'in a same
    way'), not the first half of a compound ('a same sex couple', 'a same store sales increase')."""
    tags = sentence_tags(doc, words)
    if tags[index] not in ("NN", "NNS"):
        return False
    return not (words[index].joined and index + 1 < len(words) and tags[index + 1] in ("NN", "NNS", "NNP"))


def _most_before_noun(words: list[Word], index: int) -> bool:
    """'most' or 'least', an adjective and a singular count noun after 'is' or 'was' ("this is most
    expensive car", "he was least popular candidate"), or a plural after 'one of' ("one of most
    popular sites"): a superlative, which takes 'the'. 'Most' as "very" takes 'a' ("a most unusual
    case") or no noun ("it is most kind"), and a mass noun ("most welcome news") is left alone."""
    at = index + 2
    if at + 1 >= len(words) or not words[index + 1].joined or not words[at].joined:
        return False
    adjective, noun = words[at], words[at + 1]
    if adjective.capitalised or noun.capitalised or w.tags(adjective.low) != {"ADJ"}:
        return False
    if w.tags(noun.low) & {"ADJ", "ADV", "ADP"} or w.verb_tags(noun.low) & {"VBN", "VBD"}:
        return False
    after = words[at + 2] if at + 2 < len(words) and noun.joined else None
    if after is not None and "NOUN" in w.tags(after.low) and after.low not in w.PREPOSITIONS:
        return False  # "most popular search engine": the noun may go on
    if words[index].low == "of":
        return _counted(words, index) and w.is_plural_noun(noun.low)
    return words[index].low in ("is", "was") and w.is_singular_count_noun(noun.low)


def _counted(words: list[Word], index: int) -> bool:
    """'one of', 'some of', 'each of' … end at ``words[index]``."""
    return index > 0 and words[index].low == "of" and words[index - 1].low in _COUNTING and words[index - 1].joined


_JOBS = frozenset(
    """
    teacher doctor nurse engineer lawyer student farmer driver waiter waitress pilot soldier dentist plumber
    electrician mechanic scientist artist writer singer actor actress programmer accountant journalist
    photographer firefighter policeman policewoman carpenter baker butcher cashier clerk architect designer
    musician painter poet novelist surgeon pharmacist housewife businessman businesswoman salesman tailor
    barber hairdresser librarian translator interpreter reporter lecturer developer physicist chemist
    biologist economist psychologist historian footballer golfer dancer
    """.split()
)
"""Jobs that many people hold: 'she is a teacher'. Not posts that one person holds, which may go
without an article ('he is president of the club', 'she is editor of the paper', 'director', 'chef')."""
_COUNTED_THINGS = _JOBS | frozenset(
    """
    idea problem question mistake example suggestion plan option solution answer story joke movie film book
    song car house city town country place day trip job present gift meal restaurant hotel school point
    start step move thing method tool man woman boy girl child person friend neighbour neighbor opportunity
    decision choice game player
    """.split()
)
"""Nouns that only count: after an adjective ('it is good idea') one without 'a' is a slip. Not nouns
with an uncountable use ('good work', 'good practice', 'good company', 'good reason', 'fun', 'value')."""
_ARTICLE_SLOTS = frozenset("is was am are were be been as become becomes became becoming".split())
_QUANTIFYING = frozenset(
    """one little much many more most less least few several enough such other another same next last only own
    whole half""".split()
)
"""Words the tables know as adjectives that quantify or determine: 'there is one thing', 'little point'."""
_PHRASE_ENDS = frozenset("at in for from with of on who that which one after when".split())
_GOING = frozenset("go goes went gone going come comes came coming walk walked drove drive ran run".split())
_THE_PLACES = frozenset(
    """beach park cinema movies mall airport station supermarket gym library museum zoo theatre theater
    pharmacy stadium dentist doctor bank shop store restaurant seaside countryside""".split()
)
"""Places that take 'the' after 'went to' ("went to the beach"); not the idioms without it ('to school',
'to church', 'to work', 'to bed', 'to hospital', 'to sea', 'to town', 'to market' in 'went to market')."""


_AT_PLACES = {
    "at": frozenset("airport seaside beach supermarket cinema".split()),
    "from": frozenset("airport seaside beach supermarket".split()),
    "near": frozenset("airport seaside beach supermarket cinema".split()),
    "in": frozenset("countryside seaside".split()),
}
"""Places that take 'the' after a preposition of place too ("meet you at the airport", "in the
countryside"); not 'in cinema' (the art), 'at sea', 'from school'."""
_AT_PREPOSITIONS = frozenset(_AT_PLACES)


def _goes_on(low: str) -> bool:
    """A noun or a number after the place makes it a modifier ("beach volleyball", "station 5")."""
    if low in _PHRASE_ENDS or low in _PLACE_PHRASE_NEXT:
        return False
    return bool(w.tags(low) & {"NOUN", "NUM"}) or low[:1].isdigit()


_PLACES_TO_VERB = frozenset("park shop store bank".split())
"""Places that are also verbs after 'to' ("went to park the car"): only at the clause's end."""
_PLACE_PHRASE_NEXT = frozenset("and or yesterday today tonight tomorrow together again early last".split())
_SUCH = frozenset(("such",))
_SO_GRADES = frozenset("far much many little long few well often called".split())
"""Words after 'a so' that 'so' grades before the real adjective ('a so far unexplained glow')."""
_SUCH_COUNTED = _COUNTED_THINGS | frozenset(
    """
    journey voice face smile building garden weekend evening week month year moment speech novel poem
    painting photo dog cat horse team village street road bridge river lake mountain island shop
    """.split()
)
"""After 'such' and an adjective, more nouns that only count ('such long journey', 'such beautiful
voice'); 'is' + adjective keeps the shorter list ('it is late night', 'she is close family')."""
_BEFORE_SUCH = w.CARDINALS | frozenset(
    "a an no any some every each one all many other the this that few several".split()
)
"""Determiners before 'such' that make it an adjective ('no such good idea', 'any such large job')."""
_LOT = frozenset(("lot",))


def _lot_after_verb(doc: Document, words: list[Word], index: int) -> bool:
    """Lower-case 'lot' right after a word the tagger reads as a verb ('have lot of', 'is lot of')."""
    lot = words[index]
    if lot.text != "lot" or index == 0 or not (words[index - 1].joined and lot.joined):
        return False
    return sentence_tags(doc, words)[index - 1] in _FINITE_VERB_TAGS and words[index - 1].low not in w.DETERMINERS


def _plural_after_of(words: list[Word], index: int) -> bool:
    """'of' at ``index`` and a lower-case plural noun straight after it ('Lot of students')."""
    if index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
        return False
    noun = words[index + 1]
    return not noun.capitalised and w.is_any_plural(noun.low)


_FINITE_VERB_TAGS = frozenset(("VB", "VBD", "VBP", "VBZ"))
"""A participle before 'lot' modifies it ('the abandoned lot of the factory', 'the visitor parking lot
of the stadium', 'the improved lot of workers'): only a finite or base verb takes 'a lot of' as its
object."""
_FINITE_OR_MODAL = w.FINITE_OR_MODAL_TAGS
_OBJECT_SLOTS = frozenset(
    """in into at on for with without from to about near inside behind under bought buy buys read wrote found
    saw watched need needs needed want wants wanted built rented booked visited chose made make makes took
    take takes have has had got get gets""".split()
)
"""Prepositions and verbs whose object needs its article ('lives in big house', 'bought new car'); not
'by' ("by private car") or 'of' ("a kind of small house"), nor 'as' (its own branch)."""
_OBJECT_COUNTED = (
    _SUCH_COUNTED
    | frozenset(
        """project apartment computer phone laptop bike bicycle bag box table chair desk door window letter email
        message article office accident salary career relationship camera album wallet ticket neighbour colleague
        husband wife son daughter brother sister baby dream goal""".split()
    )
) - frozenset("school country film song speech painting start opportunity choice office email step voice".split())
"""The nouns that only count, less those with a use as a mass noun or an institution after an
adjective: 'at high school', 'in open country', 'in silent film', 'free speech', 'on cold start',
'equal opportunity', 'down to personal choice', 'ran for public office', 'with real email', 'in
lock step', 'in fine voice' (a singer's form)."""
_RANKS = w.ORDINAL_WORDS | frozenset(
    """chief senior junior head principal assistant deputy lead associate acting interim general executive
    managing staff resident visiting adjunct sole joint main modern""".split()
)
"""Ordinals ('in first place', 'in third person') and ranks that make a post ('with chief engineer',
'appointed senior lecturer'): a post or a place in a ranking takes no article. And 'modern' ("from
its founding to modern day")."""
_CLAUSE_MARKS = w.DETERMINERS | w.PLURAL_DETERMINERS | w.SUBJECT_PRONOUNS
"""A sentence with none of these before the slot (no article, no determiner, no subject pronoun) is
written in the telegraphic register of a classified ad, a listing or a product title, which drops its
articles: 'Chef wanted for busy restaurant.', 'Studio flat with large window and new kitchen.',
'Lovely cottage in small village, close to the sea.'. A learner's slip comes after a subject and its
determiners, kept ('She bought new car yesterday', 'My brother lives in big house')."""
_OBJECT_PHRASE_NEXT = (
    _PHRASE_ENDS | _PLACE_PHRASE_NEXT | w.PREPOSITIONS | frozenset("because but when while if yet".split())
)


_SLASHED_PAIR = re.compile(r"/[A-Za-z][\w-]* +([a-z][\w-]*)")


def _slashed_modifier(doc: Document, end: int) -> bool:
    """A slash glues the noun ending at ``end`` to a second word, and a noun follows the pair: the
    pair modifies it ('at native window/screen sizes'), the article goes with that noun."""
    pair = _SLASHED_PAIR.match(doc.text, end, end + 60)
    if pair is None:
        return False
    word = pair.group(1)
    tags = w.tags(word)
    if tags:
        return "NOUN" in tags
    return word.isalpha() and word not in _NOT_HEADS


_COORDINATED_PAIR = re.compile(r" (?:and|or) ([a-z][\w-]*) ([a-z][\w-]*)")


def _coordinated_modifier(doc: Document, end: int) -> bool:
    """'and' or 'or', a second noun and a head noun follow the noun ending at ``end``: both nouns
    modify that head ('for various bridge and device data'). Not 'a new car and truck yesterday'."""
    pair = _COORDINATED_PAIR.match(doc.text, end, end + 60)
    if pair is None:
        return False
    second, head = pair.group(1), pair.group(2)
    if second in _NOT_HEADS or head in _NOT_HEADS:
        return False
    second_tags, head_tags = w.tags(second), w.tags(head)
    return (not second_tags or "NOUN" in second_tags) and "NOUN" in head_tags and "ADV" not in head_tags


_NOT_HEADS = w.CLOSED_CLASS


class MissingArticle(GrammarRule):
    id = "grammar.missing-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A singular noun that counts with no article after 'is' or 'as': 'she is teacher', 'it is good idea'."
    why = (
        "A singular noun that counts needs a determiner: 'she is a teacher', 'he works as an engineer', "
        "'it is a good idea'. Checked after 'is', 'was', 'be', 'become' and 'as' for jobs many people hold, and "
        "after an adjective (also after 'such': 'such nice day') for nouns that only count, when the "
        "phrase ends there (no noun after it: 'the issue is teacher pay' is a compound). Posts one "
        "person holds ('he is president of the club', 'she is editor'), nouns with an uncountable use "
        "('it is good work', 'good practice') and compounds are left alone. After a verb of going and "
        "'to', a place that takes 'the' ('went to beach', 'going to cinema'); not 'to school', 'to "
        "work', 'to bed', 'to hospital', nor 'went to park the car'. After 'at', 'from' or 'near', 'airport', "
        "'beach', 'seaside' and the like ('meet you at airport'), and 'in countryside', where a determiner "
        "or a subject pronoun comes first (a headline drops them: 'Man arrested at airport'). After a "
        "preposition or a verb that "
        "takes an object ('lives in big house', 'bought new car'), an adjective and a noun that only "
        "counts, in a sentence that ends with a full stop and keeps an article, a determiner or a subject "
        "pronoun before the slot (a headline, an ad or a listing drops them: 'Chef wanted for busy "
        "restaurant.'): not after "
        "'by' ('by private car'), not a rank or an ordinal ('chief engineer', 'in first place'), not a "
        "noun with an institutional or mass use ('at high school', 'free speech', 'public office'). "
        "A superlative takes 'the' ('made biggest mistake'). 'Lot of' right after a verb takes 'a' ('I "
        "have lot of friends'); not 'the parking lot of the mall'."
    )
    bad = (
        "She is teacher at a primary school.",
        "My father was engineer, and he worked as driver for the mayor.",
        "It is good idea to ask first.",
        "This is big problem for the town.",
        "You are good boy, and she is honest person.",
        "This is very important decision for the town.",
        "We went to beach on Sunday, and they are going to cinema tonight.",
        "It was such nice day that we went to the beach, and she is such good teacher.",
        "It was such long journey, and she has such beautiful voice.",
        "She bought new car yesterday, and they live in big house near the station.",
        "I read interesting book on the train. We stayed at very cheap hotel.",
        "He made biggest mistake of all.",
        "I have lot of friends here, and there is lot of work to do.",
        "Lot of students failed the test.",
        "She wants to become musician one day, and he became doctor in 2010.",
        "Our guide will meet you at airport, and we love life in countryside.",
    )
    good = (
        "She is a teacher; he is president of the club; she is editor of the paper.",
        "She is teacher of the year, and he was player of the match.",
        "The issue is teacher pay; her job is student support.",
        "It is good work, good practice and good fun; he is good company.",
        "It is a good idea; as good an example as any.",
        "There is one thing we agree on, and there is little point in waiting.",
        "They are good friends; prices are student friendly.",
        "It is very good work, and he is really good company.",
        "We went to the beach; they went to school, to work and to bed; she went to Park Lane and to station 5.",
        "He went to beach volleyball practice. She went to park the car and then went to shop for shoes.",
        "It was such a nice day; there was no such good idea; any such big city; such good friends.",
        "Such other person as the court appoints; it was such good fun and such bad luck.",
        "She came in first place; it is written in first person; he was made chief engineer.",
        "We went by private car; he studied at high school; she ran for public office; the choir was in fine voice.",
        "She bought new car seats, and he works with senior partner James Hill.",
        "It covers the years from its founding to modern day",
        "Man buys new car",
        "The dog was let in. New car sales rose. We had to. Big house prices fell.",
        "Chef wanted for busy restaurant. Studio flat with large window. Cottage in small village.",
        "We met in the parking lot of the mall; the lot of a miner was hard; it helped a lot of people.",
        "She became president of the club; they became friends; it became student housing; he became a teacher.",
        "Man arrested at airport. We met at airport security and at beach level; she works in cinema.",
        "You had better book early, because the tours sell out.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            position
            for position in positions(doc, _ARTICLE_SLOTS)
            if position < last
            and (
                lows[position + 1] in _JOBS
                or (position + 1 < last and lows[position + 2] in _COUNTED_THINGS and lows[position] != "as")
                or (position + 2 < last and lows[position + 1] in _DEGREE and lows[position + 3] in _COUNTED_THINGS)
            )
        ]
        candidates += [
            position
            for position in positions(doc, _SUCH)
            if 0 < position < last - 1
            and lows[position + 2] in _SUCH_COUNTED
            and lows[position + 1] not in _JOBS
            and lows[position - 1] not in _BEFORE_SUCH
        ]
        candidates.sort()
        for words, index in places(doc, candidates):
            finding = self._at(words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        objects = [
            position
            for position in positions(doc, _OBJECT_SLOTS)
            if position + 1 < last
            and (
                lows[position + 2] in _OBJECT_COUNTED
                or (position + 2 < last and lows[position + 1] in _DEGREE and lows[position + 3] in _OBJECT_COUNTED)
            )
        ]
        for words, index in places(doc, objects):
            finding = self._object(doc, words, index)
            if (
                finding is not None
                and not in_quotes(doc, finding.start)
                and not _slashed_modifier(doc, finding.end)
                and not _coordinated_modifier(doc, finding.end)
            ):
                yield finding
        lots = [position for position in positions(doc, _LOT) if position < last and lows[position + 1] == "of"]
        for words, index in places(doc, lots):
            finding = self._lot(doc, words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        going = [
            position
            for position in positions(doc, _GOING)
            if position + 2 < last and lows[position + 1] == "to" and lows[position + 2] in _THE_PLACES
        ]
        for words, index in places(doc, going):
            finding = self._place(words, index + 2)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        located = [
            position
            for position in positions(doc, _AT_PREPOSITIONS)
            if 0 < position < last and lows[position + 1] in _AT_PLACES[lows[position]]
        ]
        for words, index in places(doc, located):
            if not ends_like_a_sentence(doc, words) or title_like(words):
                continue
            if not any(word.low in _CLAUSE_MARKS for word in words[:index]):
                continue  # a listing or a headline drops its articles: "Man arrested at airport."
            finding = self._place(words, index + 1)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding

    def _object(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'lives in big house', 'bought new car yesterday', 'with very big dog': a preposition or a
        verb that takes an object, then an adjective and a noun that only counts, ending its phrase, in
        a sentence that ends like one (a headline drops its articles: 'Man buys new car') and is not
        telegraphic (:data:`_CLAUSE_MARKS`: 'Lovely cottage in small village.')."""
        at = index + 1
        if at + 1 >= len(words):
            return None  # the slot ends its sentence: the words after it are the next one's
        degree = None
        if words[at].low in _DEGREE and at + 2 < len(words):
            degree, at = words[at], at + 1
        if not run_of(words, index, at - index + 2):
            return None
        adjective, noun = words[at], words[at + 1]
        if adjective.low == "better" and degree is None and words[index].low == "had":
            return None  # "you had better book early": the idiom's bare verb, not 'a better book'
        tags, low = w.tags(adjective.low), adjective.low
        if "ADJ" not in tags or not tags <= {"ADJ", "NOUN", "ADV", "VERB"} or low in _QUANTIFYING or low in _RANKS:
            return None
        if low in w.CARDINALS:
            return None  # "I have two sister": the number, not an article, is wanted (grammar.determiner-number)
        if adjective.capitalised or noun.capitalised or noun.low not in _OBJECT_COUNTED:
            return None
        following = words[at + 2] if at + 2 < len(words) and noun.joined else None
        if following is not None and (following.capitalised or following.low not in _OBJECT_PHRASE_NEXT):
            return None  # "bought new car seats", "with close friend John": a compound or a name
        if not ends_like_a_sentence(doc, words) or title_like(words):
            return None
        if not any(word.low in _CLAUSE_MARKS for word in words[:index]):
            return None  # an ad or a listing that drops its articles: "Chef wanted for busy restaurant."
        if "VERB" in tags and sentence_tags(doc, words)[at] not in ("JJ", "JJR", "JJS"):
            return None  # "found sleeping child": the tagger must read an adjective ("an interesting book")
        return self._counted_noun(degree, adjective, noun)

    def _lot(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'I have lot of friends', 'there is lot of work': 'lot of' right after a word the tagger
        reads as a verb takes 'a' ('a lot of'); not 'the parking lot of the mall' (a noun before it),
        nor 'Lot' (a name)."""
        lot = words[index]
        if not (lot.text == "Lot" and index == 0 and _plural_after_of(words, index + 1)) and not _lot_after_verb(
            doc, words, index
        ):
            return None  # "Lot of Sodom", "the parking lot of the mall"
        if index == 0 and not any(tag in _FINITE_OR_MODAL for tag in sentence_tags(doc, words)[index + 2 :]):
            return None  # "Lot of books for sale, various authors": a listing or a headline, no clause
        return self.replace_word(
            lot, match_case("a lot", lot.text), "'Lot of' takes 'a': 'a lot of'.", FixSafety.UNSAFE
        )

    def _place(self, words: list[Word], at: int) -> Finding | None:
        """'went to beach', 'going to cinema': a place that takes 'the' after a verb of going and 'to'
        ('to school', 'to work', 'to bed', 'to hospital' are idioms without it)."""
        if at >= len(words) or not (words[at - 2].joined and words[at - 1].joined):
            return None
        place = words[at]
        if place.capitalised:
            return None  # "went to Park Lane"
        following = words[at + 1] if at + 1 < len(words) and place.joined else None
        if place.low in _PLACES_TO_VERB and following is not None and following.low not in _PLACE_PHRASE_NEXT:
            return None  # "went to park the car", "went to shop for shoes": the infinitive
        if following is not None and _goes_on(following.low):
            return None  # "went to beach volleyball practice", "to station 5"
        fixed = f"the {place.text}"
        return self.replace_word(
            place, fixed, f"'{place.text}' takes an article here: '{words[at - 1].text} {fixed}'.", FixSafety.SAFE
        )

    def _at(self, words: list[Word], index: int) -> Finding | None:
        at = index + 1
        if at >= len(words) or not words[index].joined:
            return None
        adjective = None
        degree = None
        if words[at].low in _DEGREE and words[index].low != "as" and words[at].joined and at + 1 < len(words):
            degree, at = words[at], at + 1  # "this is very important decision"
        if words[at].low not in _JOBS or degree is not None:
            tags, low = w.tags(words[at].low), words[at].low
            plain = "ADJ" in tags and tags <= {"ADJ", "NOUN", "ADV"} and low not in _QUANTIFYING
            if words[index].low == "as" or not plain or not words[at].joined:
                return None  # "as good an example": only a job after 'as'; "there is little point'
            adjective, at = words[at], at + 1
        if at >= len(words):
            return None
        noun = words[at]
        if _award_title(words, at):
            return None  # "she is teacher of the year", "he was player of the match": an award's title
        if adjective is not None and w.is_superlative(adjective.low):
            return None  # "it was biggest mistake": 'the', which grammar.superlative-article reports
        if adjective is not None and adjective.low in _RANKS and noun.low in _JOBS:
            return None  # "he was principal dancer", "she is senior lecturer": a rank and a job make a post
        counted = _SUCH_COUNTED if words[index].low == "such" else _COUNTED_THINGS
        if noun.capitalised or (adjective is not None and adjective.capitalised) or noun.low not in counted:
            return None
        following = words[at + 1].low if at + 1 < len(words) and noun.joined else ""
        compound = bool(w.tags(following) & {"NOUN", "ADJ"}) or following.endswith(("'s", "’s"))
        if compound and following not in _PHRASE_ENDS:
            return None  # "the issue is teacher pay": a compound
        return self._counted_noun(degree, adjective, noun)

    def _counted_noun(self, degree: Word | None, adjective: Word | None, noun: Word) -> Finding:
        """The finding for a counted noun written without its article, the article before the phrase's
        first word ('a very good idea', 'an old wallet', 'a teacher')."""
        first = degree or adjective or noun
        article = "an" if article_sound(first.text) == VOWEL else "a"
        reason = f"'{noun.text}' counts"
        if adjective is not None and w.is_superlative(adjective.low):
            article, reason = "the", "A superlative takes 'the'"  # "he made biggest mistake"
        phrase = " ".join([article, *(word.text for word in (degree, adjective, noun) if word is not None)])
        return self.finding(
            first.start,
            noun.end,
            f"{reason}: write '{phrase}'.",
            suggestions=(phrase,),
            fix=FixSafety.UNSAFE,
        )


def _award_title(words: list[Word], at: int) -> bool:
    """'of the year' (month, match, season ...) after the noun: the title of an award, which takes
    no article ("she is teacher of the year", "he was man of the match")."""
    run = [word.low for word in words[at + 1 : at + 4]]
    return len(run) == 3 and run[:2] == ["of", "the"] and run[2] in _AWARD_PERIODS and words[at].joined


_AWARD_PERIODS = frozenset("year month week day season match tournament series decade century game".split())
_DEGREE = frozenset(("very", "really", "extremely"))
"""Degree words between 'is' and an adjective ("it is very good idea": 'a very good idea')."""


_SO = frozenset(("so",))
_SO_AFTER = frozenset("is was are were be been am 's 'm 're had have has".split())
_SO_PHRASE_END = w.PREPOSITIONS | frozenset("that and but or".split())


class SoForSuch(GrammarRule):
    id = "grammar.so-such"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'So a' before an adjective and a noun ('it was so an interesting film'); 'such' before a lone adjective."
    why = (
        "'So' goes with an adjective alone ('the film was so interesting'); with 'a' and a noun it "
        "is 'such': 'such an interesting film', 'such a good time'. Reported after 'is', 'was', 'had' "
        "and the like, when the noun ends its phrase; 'so' as a conjunction ('… large, so a reader "
        "can see it', 'is so a small child can use it') is left alone. The other way round, 'such' "
        "before an adjective that no noun follows (the sentence ends, or 'that', a preposition or an "
        "adverb of time comes next) is 'so': 'the queue was such long that I left' → 'so long'; an "
        "adjective that is also a noun only where the tagger reads the adjective ('such fun!' is right), "
        "and never 'such as', 'as such' or an adjective before a comma ('such bright, warm colours'). "
        "'A so' before an adjective and its noun is 'such a': 'a so beautiful evening' → 'such a "
        "beautiful evening' (not 'a so far unexplained fault', 'a so much better plan')."
    )
    bad = (
        "It was so an interesting film.",
        "She is so a kind person.",
        "We had so a good time that we stayed, and it was so a long day.",
        "It's so a beautiful city.",
        "The bus was such late that we missed the film, and the guide seemed such tired.",
        "It was a so beautiful evening, and he is a so talented musician.",
        "The rules were such confusing that nobody followed them.",
    )
    good = (
        "It was such an interesting film, and the film was so interesting.",
        "The print is large so a reader can see it; it is so a small child can use it.",
        "He left early, so a friend took his seat.",
        "Such large crowds came; the heat was such that we stayed in; it was such fun! Prices were such as we feared.",
        "It is a so far unexplained fault, a so much better plan and a so-called expert's view.",
        "I have never seen such dancing! The aim is such training as the staff need.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SUCH):
            found = self._such_alone(doc, words, index)
            if found is not None:
                yield found
        for words, index in occurrences(doc, _SO):
            if 0 < index < len(words) - 2 and words[index - 1].low in ("a", "an"):
                found = self._a_so(doc, words, index)
                if found is not None:
                    yield found
                continue
            if index == 0 or index + 3 >= len(words):
                continue
            before = words[index - 1].low.replace("’", "'")
            if before not in _SO_AFTER and not before.endswith(("'s", "'re", "'m")):
                continue
            if not (words[index - 1].joined and words[index].joined and words[index + 1].joined):
                continue
            article = words[index + 1]
            if article.low not in ("a", "an"):
                continue
            at = index + 2
            if words[at].low in ("very", "really") and at + 2 < len(words) and words[at].joined:
                at += 1
            adjective = words[at]
            if "ADJ" not in w.tags(adjective.low) or not adjective.joined or at + 1 >= len(words):
                continue
            noun = words[at + 1]
            if "NOUN" not in w.tags(noun.low) or noun.capitalised:
                continue
            if noun.joined and at + 2 < len(words) and words[at + 2].low not in _SO_PHRASE_END:
                continue  # "is so a small child can use it": 'so' opens a clause of purpose
            if in_quotes(doc, words[index].start):
                continue
            such = match_case("such", words[index].text)
            yield self.replace_word(
                words[index],
                such,
                f"Before 'a' and a noun, write '{such} {article.text}', not '{words[index].text} {article.text}'.",
                FixSafety.UNSAFE,
            )

    def _a_so(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'It was a so beautiful evening': 'a', 'so', an adjective and a noun the tagger reads as
        one, all joined, is 'such a beautiful evening'. Not 'a so far unexplained glow', 'a so much
        better plan', 'a so little known fact', whose 'so' grades an adverb."""
        article, adjective, noun = words[index - 1], words[index + 1], words[index + 2]
        if not (article.joined and words[index].joined and adjective.joined):
            return None
        if "ADJ" not in w.tags(adjective.low) or adjective.low in _SO_GRADES or adjective.capitalised:
            return None
        if "NOUN" not in w.tags(noun.low) or noun.capitalised:
            return None
        tags = sentence_tags(doc, words)
        if tags[index + 1] != "JJ" or tags[index + 2] not in ("NN", "NNS") or in_quotes(doc, article.start):
            return None
        such = match_case("such", article.text)
        fixed = f"{such} {'an' if article_sound(adjective.text) == VOWEL else 'a'}"
        return self.finding(
            article.start,
            words[index].end,
            f"Before an adjective and its noun, write '{fixed} {adjective.text}', not "
            f"'{article.text} {words[index].text} {adjective.text}'.",
            suggestions=(fixed,),
            fix=FixSafety.UNSAFE,
        )

    def _such_alone(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'It was such long that I left', 'the film was such boring!': 'such' before an adjective
        that no noun follows (the sentence ends, or 'that', a preposition or an adverb of time comes
        next) is 'so'. An adjective that is also a noun counts only where the tagger reads the
        adjective ("such kind to us"; not "such fun!", "such good as we had")."""
        at = index + 1
        if at >= len(words) or not words[index].joined or (index > 0 and words[index - 1].low == "as"):
            return None
        adjective = words[at]
        found = w.tags(adjective.low)
        if "ADJ" not in found and not _linked_participle(words, index):
            return None  # an -ing word after 'such' is an adjective only after 'be' ("were such confusing")
        if adjective.capitalised or adjective.low in _SUCH_NOT_ADJECTIVES:
            return None
        if at + 1 < len(words):
            if adjective.joined and words[at + 1].low not in _SUCH_PHRASE_END:
                return None
            if not adjective.joined and doc.text[adjective.end : adjective.end + 1] not in (";", ":"):
                return None  # "such bright, colourful flowers": a second adjective and then the noun
        elif not ends_like_a_sentence(doc, words):
            return None  # a headline or a list item
        if "NOUN" in found and sentence_tags(doc, words)[at] != "JJ":
            return None
        if in_quotes(doc, words[index].start):
            return None
        so = match_case("so", words[index].text)
        return self.replace_word(
            words[index],
            so,
            f"'Such' goes with a noun; before an adjective alone, write '{so} {adjective.text}'.",
            FixSafety.UNSAFE,
        )


def _linked_participle(words: list[Word], index: int) -> bool:
    """'Such' after 'be' or a linking verb, before a word that is nothing but an -ing form ("the
    rules were such confusing"): an adjective in all but name; "seen such dancing" is a noun."""
    low = words[index + 1].low
    return (
        index > 0
        and words[index - 1].joined
        and (words[index - 1].low in _SUCH_LINKS or w.is_be_contraction(words[index - 1].low))
        and w.tags(low) == {"VERB"}
        and w.verb_tags(low) == {"VBG"}
    )


_SUCH_LINKS = frozenset("am is are was were be been seem seems seemed feel feels felt become becomes became".split())
_SUCH_NOT_ADJECTIVES = frozenset("like same few other own much little many".split())
_SUCH_PHRASE_END = (w.PREPOSITIONS - {"like", "as"}) | frozenset(
    "that to when because overnight today lately recently now nowadays sometimes".split()
)
"""Words after which an adjective ends its phrase: no noun is coming ("such generous with her
time", "such nervous before the interview", "such icy overnight that")."""


# -- 'the' before an abstract noun used in general -------------------------------------------------

_GENERAL_NOUNS = frozenset("nature life happiness humanity mankind globalisation globalization capitalism".split())
"""Abstract nouns that a learner gives 'the' when speaking of them in general ("The life is hard",
"The nature is beautiful"), and that bare 'the' seldom points at one already named. Not 'society',
'technology', 'religion', 'education', 'literature', 'philosophy', 'friendship', 'love', 'poverty',
'honesty', 'money', 'music', 'history', 'success': "The society is holding its dinner", "The
technology is ready", "the literature is clear", "the honesty is refreshing" speak of one already
named."""
_GENERAL_VERBS = frozenset(
    """
    is are can cannot can't makes gives brings teaches needs means has should must seems becomes isn't
    doesn't helps changes
    """.split()
) | w.both_apostrophes("can't isn't doesn't")
"""A verb in the present straight after the noun: a general statement ("The life is hard"); a past
("The life was hard") often tells of one life already named, and a word between ("the life she
built", "the nature of the job") makes the noun particular."""
_GENERAL_LEAD = frozenset(("that", "because", "think", "believe", "but"))
"""Words after which a general statement opens a clause ("I think the life is hard", "money is good, but the
happiness is more important")."""
_GENERAL_COPULAS = frozenset(("is", "are", "isn't", "isn’t"))
_GENERAL_JUDGEMENTS = frozenset(
    """
    hard difficult beautiful short precious important wonderful unfair cruel full sacred fragile strange
    complicated meaningless unpredictable easy simple boring amazing valuable essential necessary
    priceless tough our
    """.split()
)
"""What a general statement says after 'is' ("The life is hard", "The nature is our treasure"):
a judgement. After 'is' a state ('is real', 'is over', 'is insured', 'is genuine'), a name ('is a
term', 'is the key') or a place ('is in the details') speaks of one life or one nature already
named ("The life is insured for a million", "In the painting, the nature is wild")."""
_ALWAYS_GENERAL = frozenset("mankind capitalism globalisation globalization".split())
"""Nouns that bare 'the' hardly ever points at one already named, so that any present verb after them
makes a general statement ("The mankind has always told stories"); after 'life', 'nature',
'happiness' and 'humanity' only 'is' and a judgement does ("the life can be extended", "the nature
has changed since the first hearing", "the happiness seems forced" speak of one already named)."""
_INSURANCE_WORDS = frozenset(
    """insurer insurer's insurers insurers' insured insurance underwriter underwriters actuary actuaries
    actuarial policy premium premiums annuity annuities assured""".split()
)
"""Words of insurance, where 'the life' is the person insured ("the life is short, the insurer's
tables say", "the life assured is 60"), not life in general."""
_GENERAL_DEGREE = frozenset("very so really quite too not extremely always more".split())
_GENERAL_SUPERLATIVE = frozenset("most best greatest biggest".split())
_OPENING_PHRASE = 4
"""Words at most in an opening phrase before its comma ("In my opinion, the nature is …")."""


class GenericArticle(GrammarRule):
    id = "grammar.generic-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'The' before an abstract noun used in general: 'The life is hard' ('Life is hard')."
    why = (
        "An abstract noun spoken of in general takes no article in English: 'Life is hard', 'Nature "
        "is beautiful here', 'Friendship matters' (many languages say 'the life'). Reported only when "
        "'the' and one of a few such nouns ('life', 'nature', 'happiness', 'mankind', "
        "'humanity', 'capitalism' …) open a clause and a present verb follows at once; after 'is' "
        "only a judgement ('is hard', 'is our treasure', 'is the most important'), and after other "
        "verbs only 'mankind', 'capitalism' and 'globalisation': 'the life she built', 'the nature "
        "of the job', 'the life was hard', 'the life is insured', 'the happiness is real' and 'the "
        "life can be extended' (one life, already named) are left alone."
    )
    bad = (
        "The life is hard for farmers in the north.",
        "The nature is beautiful in this part of Norway.",
        "I think the happiness is precious. In my opinion, the nature is our treasure.",
        "The mankind has always told stories, and we believe that the capitalism needs rules.",
        "Money is important, but the happiness is more important than money.",
    )
    good = (
        "Life is hard; the life she built in Cairo was comfortable.",
        "The nature of the dispute is unclear, and the nature reserve is closed.",
        "The life was hard, but he loved the sea.",
        "We studied The Nature Is Ours, a film; the love is mutual, she said, on the whole.",
        '"The life is hard," she sang.',
        "The life is insured for a million dollars; the happiness is real, her mother said.",
        "In the painting, the nature is wild; I think the life is in the characters, not the plot.",
        "The mankind is a term many guides avoid; the capitalism is of a peculiar kind in that country.",
        "The life can be extended with a new battery; the nature has changed since the first hearing.",
        "The happiness seems forced in the final chapter; the life has been insured since 1990.",
        "The life is short, the insurer's tables say; the life is hard to insure, the actuary said.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 1
        candidates = [
            p
            for p in positions(doc, _GENERAL_NOUNS)
            if 0 < p < last and lows[p - 1] == "the" and lows[p + 1] in _GENERAL_VERBS
        ]
        for words, index in places(doc, candidates):
            if index == 0 or index + 1 >= len(words):
                continue
            article, noun = words[index - 1], words[index]
            if not (article.joined and noun.joined) or noun.capitalised:
                continue
            at = index - 1
            lead = at > 0 and words[at - 1].low in _GENERAL_LEAD and words[at - 1].joined
            opening = at > 0 and doc.text[words[at - 1].end : article.start].strip() == "," and at <= _OPENING_PHRASE
            if at > 0 and not (lead or opening):
                continue
            if at == 0 and article.text != "The":
                continue
            if words[index + 1].capitalised or in_quotes(doc, noun.start):
                continue  # "The Nature Is Ours": a title
            if noun.low == "life" and any(word.low in _INSURANCE_WORDS for word in words):
                continue  # "The life is short, the insurer's tables say": the insured person
            if words[index + 1].low in _GENERAL_COPULAS:
                if not _judgement_after(words, index + 2):
                    continue  # "The life is insured", "the happiness is real": one already named
            elif noun.low not in _ALWAYS_GENERAL:
                continue  # "The life can be extended", "the nature has changed", "the happiness seems forced"
            fixed = match_case(noun.low, article.text)
            yield self.finding(
                article.start,
                noun.end,
                f"Used in general, '{noun.low}' takes no article: '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )


def _judgement_after(words: list[Word], at: int) -> bool:
    """A judgement opens the complement at ``at``: 'hard', 'very beautiful', 'our treasure', 'the most
    important thing'."""
    while at < len(words) and words[at].low in _GENERAL_DEGREE:
        at += 1
    if at >= len(words):
        return False
    low = words[at].low
    if low == "the":
        return at + 1 < len(words) and words[at + 1].low in _GENERAL_SUPERLATIVE
    return low in _GENERAL_JUDGEMENTS


# -- 'the' before the name of a country ------------------------------------------------------------

_COUNTRIES = frozenset(
    """
    england scotland wales ireland britain france germany spain portugal italy greece turkey poland
    russia austria switzerland belgium sweden norway finland denmark iceland hungary romania bulgaria
    serbia croatia albania china japan korea india pakistan bangladesh afghanistan iran iraq
    syria israel egypt libya tunisia algeria morocco ethiopia kenya nigeria ghana uganda tanzania
    zimbabwe zambia angola mozambique somalia rwanda canada mexico brazil argentina chile peru colombia
    venezuela bolivia ecuador uruguay paraguay cuba jamaica australia indonesia malaysia singapore
    thailand vietnam cambodia nepal mongolia kazakhstan europe asia africa america
    """.split()
)
"""Countries and continents whose names take no article ("in France", "the history of Japan"). Not
'the Netherlands', 'the Philippines', 'the Gambia', 'the Congo', 'the Sudan', 'the Ukraine', 'the
Lebanon', 'the Yemen' (the article is right or was), nor 'Jordan', 'Niger', 'Chad', 'Georgia',
'Jersey' (a river, a lake, a state, an island)."""
_COUNTRY_BEFORE = frozenset("of that which who whom where when i we you he she they it".split())
"""Words after the name that make it one country of a time or a view ("the France of the 1960s",
"the England she knew", "the Germany that emerged"), where 'the' is right."""
_COUNTRY_ENDS = frozenset(".,;:!?)")
_VESSEL_WORDS = frozenset(
    """refit refits refitted refitting launch launched sail sails sailed sailing dock docks docked berth
    berthed moor moored anchor anchored scrapped scuttled sank sunk aground towed commissioned
    decommissioned recommissioned crewed renamed christened hull hulls deck decks crew voyage ship
    liner steamer steamship vessel ferry yacht frigate""".split()
)
"""Words of ships near a name with 'the' ("The Canada has been refitted", "the Canada is moored off
Cork", "the Ireland sank in 1914"): ships, like hotels and pubs, are named after countries and take
'the'; a country is not refitted, moored or crewed."""


def _ends_name_phrase(low: str) -> bool:
    """The word after a name shows that the name is the whole subject: an auxiliary ("the Germany
    is", "the Japan has"). Not a preposition ("the America within our reach", "the Germany after
    the war" are a country of a time or a view) nor 'and' ("the England and Wales board")."""
    return low in w.AUXILIARIES


def _named_apart(words: list[Word], at: int) -> bool:
    """After a comma, 'a' or 'an' and a noun say what the name is (a ship, a hotel, a pub: "we sailed
    on the Canada, a steamship"), and 'the' with another name makes a list whose last name may be a
    modifier ("the England, the Scotland and the Wales teams")."""
    low = words[at].low
    if low in ("a", "an", "two", "three", "four", "both"):
        return True  # "at the Italy and the Spain, two restaurants on the square"
    return low == "the" and words[at + 1].capitalised


class CountryArticle(GrammarRule):
    id = "grammar.country-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'The' before a country's name: 'moved to the France' ('to France')."
    why = (
        "The names of most countries and continents take no article: 'in France', 'the longest river "
        "in England', 'trade with China' (some languages say 'the France'). Names that are plural or "
        "hold a common noun keep it ('the Netherlands', 'the United States', 'the Czech Republic'), "
        "and so does a country of a time or a view ('the France of the 1960s', 'the England she "
        "knew') and a name used as a modifier ('the England team', 'the China trip'). Reported when "
        "the name ends its phrase: before a stop, a comma or an auxiliary ('the Germany is')."
    )
    bad = (
        "She moved to the France, and he stayed.",
        "The Thames is the longest river of the England.",
        "The Germany is a big country, and we flew to the Japan.",
    )
    good = (
        "She moved to France in 2010; the France of the 1960s was different.",
        "Think about the America within our reach; the Germany after the war was poor.",
        "The England and Wales board met; the Spain in her novels is warm.",
        "The England team won, and the England she knew is gone.",
        "The Netherlands is flat; the Gambia is small; the Congo flows west.",
        "We crossed the India–Pakistan border; the China Daily reported it.",
        "He cooked the turkey, and the chile was hot.",
        "They sailed on the Canada, a steamship, and stayed at the Ireland, a small hotel in Cork.",
        "She knew the England, the Scotland and the Wales teams by heart.",
        "The Canada has been refitted, and the Ireland is moored off Cork.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        candidates = [p for p in positions(doc, _COUNTRIES) if p > 0 and lows[p - 1] == "the"]
        for words, index in places(doc, candidates):
            if index == 0:
                continue
            article, name = words[index - 1], words[index]
            if not article.joined or name.text != name.low.capitalize():
                continue
            if index + 1 < len(words) and name.joined:
                following = words[index + 1]
                if following.capitalised or following.low in _COUNTRY_BEFORE:
                    continue
                if not _ends_name_phrase(following.low):
                    continue  # "the England team", "the China trip": a modifier
            else:
                gap = doc.text[name.end : name.end + 1]
                if gap and gap not in _COUNTRY_ENDS:
                    continue  # "the India–Pakistan border"
                if gap == "," and index + 2 < len(words) and _named_apart(words, index + 1):
                    continue  # "the Canada, a steamship", "the England, the Scotland and the Wales teams"
            if in_quotes(doc, name.start) or any(word.low in _VESSEL_WORDS for word in words[index + 1 : index + 6]):
                continue  # "The Canada has been refitted": a ship named after the country
            yield self.finding(
                article.start,
                name.end,
                f"'{name.text}' takes no article: '{name.text}'.",
                suggestions=(name.text,),
                fix=FixSafety.UNSAFE,
            )


# -- a name that takes 'the', written without it -----------------------------------------------------

_THE_NAMES: dict[str, tuple[str, ...]] = {
    "united": ("states", "kingdom", "nations", "arab emirates"),
    "czech": ("republic",),
    "dominican": ("republic",),
    "central": ("african republic",),
    "middle": ("east",),
    "far": ("east",),
    "european": ("union",),
    "eiffel": ("tower",),
    "great": ("wall",),
    "white": ("house",),
    "taj": ("mahal",),
    "persian": ("gulf",),
    "philippines": ("",),
    "bahamas": ("",),
    "maldives": ("",),
    "himalayas": ("",),
    "alps": ("",),
    "andes": ("",),
    "louvre": ("",),
    "colosseum": ("",),
}
"""Names that hold a common noun or are plural, and so take 'the' ('the United States', 'the Eiffel
Tower', 'the Philippines'): the first word, then the rest of each name that starts with it. ('The
Netherlands' is in the expressions' list.)"""
_THE_NAME_STARTS = frozenset(_THE_NAMES)
_NAME_ENDS = _COUNTRY_ENDS | {"", " ", "\n"}
"""What may follow such a name that ends its phrase: a stop, a comma …, a space, a line's or the text's end."""
_BEFORE_THE_NAME = frozenset(
    """in to from into across throughout around through near at of for with about visit visited visiting
    visits toured leave left leaving reach reached explore explored see saw seen""".split()
)
"""Words after which such a name opens a noun phrase of its own, whose 'the' is missing ("been to
United States", "visited Eiffel Tower"); not 'said', 'a', a name ("a United States senator")."""


class NameArticle(GrammarRule):
    id = "grammar.name-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A name that takes 'the' without it: 'been to United States', 'visited Eiffel Tower'."
    why = (
        "Names that are plural or hold a common noun take 'the': 'the United States', 'the United "
        "Kingdom', 'the Middle East', 'the Eiffel Tower', 'the Philippines', 'the Alps'. Reported after a "
        "preposition or a verb of going and seeing ('to', 'in', 'visited', 'saw') when the name ends its "
        "phrase; not when a noun follows it as a modifier ('paid in United States dollars', 'of White "
        "House staff'), nor in a heading in capitals."
    )
    bad = (
        "I have never been to United States, but I would love to visit New York.",
        "We visited Eiffel Tower on our first day, and then we flew to Philippines.",
        "He works in Middle East, and she moved to United Kingdom.",
    )
    good = (
        "I have never been to the United States; we visited the Eiffel Tower.",
        "They were paid in United States dollars by a United States company.",
        "The talks on European Union policy went on; he met White House staff.",
        "A Trip To Eiffel Tower; United States v. Nixon; Alps Road is closed.",
        "He saw Great Wall Motors' new model; she left White House Farm.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _THE_NAME_STARTS):
            if index == 0 or not words[index - 1].joined or words[index - 1].low not in _BEFORE_THE_NAME:
                continue
            if words[index - 1].capitalised or not words[index].capitalised:
                continue  # "A Trip To Eiffel Tower": a heading; "the great wall": no name
            end = _name_end(words, index)
            if end is None or in_quotes(doc, words[index].start):
                continue
            if end + 1 < len(words) and words[end].joined:
                following = words[end + 1]
                if following.capitalised or sentence_tags(doc, words)[end + 1] in NOUN_TAGS:
                    continue  # "in United States dollars", "White House Farm": a modifier or a longer name
            elif doc.text[words[end].end : words[end].end + 1] not in _NAME_ENDS:
                continue  # "Great Wall Motors' new model", "Alps-based"
            name = " ".join(word.text for word in words[index : end + 1])
            yield self.replace_word(
                words[index],
                f"the {words[index].text}",
                f"'{name}' takes 'the': 'the {name}'.",
                FixSafety.UNSAFE,
            )


def _name_end(words: list[Word], index: int) -> int | None:
    """The index of the last word of the name of :data:`_THE_NAMES` that starts at ``index``, each word
    in capitals; None when none does."""
    for rest in _THE_NAMES[words[index].low]:
        parts = rest.split()
        end = index + len(parts)
        if end >= len(words):
            continue
        if all(
            words[at].low == part and words[at].capitalised and words[at - 1].joined
            for at, part in zip(range(index + 1, end + 1), parts, strict=True)
        ):
            return end
    return None


# -- 'the' before a game after 'play' --------------------------------------------------------------

_PLAY_FORMS = frozenset("play plays played playing".split())
_GAMES = frozenset(
    """
    football soccer tennis golf basketball baseball volleyball cricket rugby hockey chess badminton
    handball netball softball poker darts snooker billiards polo lacrosse
    """.split()
)
"""Games and sports, which 'play' takes bare ("plays football", "played chess"). Not instruments
("plays the piano" is right), nor 'bridge', which is as often a song's bridge ("the band played the
bridge again", "she played the bridge on the violin")."""
_BALL_MOVES = frozenset("into through over forward back across out up down to towards wide along".split())
"""Words after 'played the football' that make the football the ball ("played the football into the
net")."""
_GAME_TIMES = frozenset("every each today tonight yesterday tomorrow again last next this".split())
"""Words of time that may follow the game ("plays the football every weekend")."""


class GameArticle(GrammarRule):
    id = "grammar.game-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'The' before a game after 'play': 'he plays the football' ('plays football')."
    why = (
        "'Play' takes a game or a sport without an article: 'he plays football', 'we played chess' "
        "(an instrument takes one: 'she plays the piano'). Reported when 'the' and a game follow a "
        "form of 'play' and the game ends its phrase (a stop, a preposition, 'and' or a time follows): "
        "'played the football match' (a noun follows), "
        "'played the football into the net' (the ball) and 'the golf of his life' are left alone; "
        "'bridge' is not checked ('the band played the bridge', a part of a song)."
    )
    bad = (
        "He plays the football every weekend.",
        "She played the tennis at school, and we play the chess on Sundays.",
    )
    good = (
        "He plays football; she plays the piano; they played the football match in the rain.",
        "He played the football into the net, and she played the ball back.",
        "They played the bridge club last week; we played the chess champion.",
        "The band played the bridge again; she played the golf of her life; he plays the chess of Fischer.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in before_the(doc, _PLAY_FORMS, _GAMES):
            article, game = words[index + 1], words[index + 2]
            if game.capitalised or in_quotes(doc, game.start):
                continue
            if game.joined and index + 3 < len(words):
                following = words[index + 3].low
                if following in _BALL_MOVES or following == "of" or following.endswith(("'s", "’s")):
                    continue  # "played the golf of his life", "the chess of a grandmaster": one game's style
                if following not in w.PREPOSITIONS and following not in _GAME_TIMES and following not in ("and", "or"):
                    continue  # "the football match", "the chess champion", "the rugby sevens"
            elif doc.text[game.end : game.end + 1] in ("-", "'", "’"):
                continue
            yield self.finding(
                article.start,
                game.end,
                f"'Play' takes a game without 'the': '{game.text}'.",
                suggestions=(game.text,),
                fix=FixSafety.UNSAFE,
            )


RULES = [
    IndefiniteArticle,
    SuperlativeArticle,
    MissingArticle,
    SoForSuch,
    GenericArticle,
    CountryArticle,
    NameArticle,
    GameArticle,
]
