"""consistency.compound: one compound written joined, hyphenated and open in the same document.

The forms are found by spelling alone: "cease-fire", "ceasefire" and "cease fire" share their
letters. English uses the open and joined forms for different things often enough ("set up" the
verb, "setup" the noun; "every day" and "everyday"; "a long-term plan" but "in the long term"),
so open forms are compared only when both halves are content words and not after a subject
("we counter terrorism"), and such findings are information only. A hyphenated form is never
compared with its open twin alone: that is usually one modifier in two positions in the sentence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import compress
from operator import add
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity
from lint._rule import Rule

from ._common import describe_counts, hyphenated, match_case, winner

if TYPE_CHECKING:
    from lint._document import Document, Token

# Joined words that mean something else than their hyphenated twin ("re-sign" is not "resign").
_DIFFERENT_WHEN_JOINED = frozenset(
    """
    recover resign reform recreation recreate repress resent release remark reserve retreat restore
    redress resort recount reside represent research recollect relay repose resound refuse reuse
    recede relate reclaim recoil recover recovered resigned reformed released reserved restored resorted
    recounted represented researched related refuses refused coop coops unionized unionised
    prison prisoner recreational remarks remarked reserves retreats retreated reforms recounts resorts
    represents researches
    """.split()
)
# Words that make an open pair a phrase rather than a compound: particles of phrasal verbs ("set
# up" / "setup"), determiners and other function words ("every day" / "everyday").
_FUNCTION_WORDS = frozenset(
    """
    a an the any every some no all each may might can will would should could must be to in on at by
    for of off out up down over under back away about around along through with without into onto
    upon after before behind beyond within across against toward towards there here where how what
    who which whom whose why when what whatever ever never not nor so too as than then that this
    these those my your his her its our their one none other another own self selves more most less
    least much many few same such lay get got go goes went set sets put puts take takes took run
    runs ran make makes made break breaks broke cut cuts turn turns work works stand stands hand
    sell sells sold walk walks shut shuts build builds built round rounds pick picks check checks
    log logs sign signs start starts start lay lays sit sits give gives gave give come comes came
    look looks fall falls fell kick kicks line lines stop stops push pushes pull pulls drop drops
    """.split()
)

# Words before a verb: an open pair after them is a verb phrase ("they counter terrorism").
_SUBJECTS = frozenset("i we you they he she it who to will would can could should must may might did do does".split())


class _Form(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # "joined", "hyphenated" or "open"
    sentence_start: bool = False


def _collect(doc: Document) -> dict[str, list[_Form]]:
    """The forms of every compound that the document writes in more than one way.

    A first pass finds the keys (letters only, lower-cased) that occur both joined and some other
    way, from the document's distinct words and with no objects; only those keys are collected in
    the second pass, which visits only the words and open pairs that have one.
    """
    tokens = doc.tokens
    text = doc.text
    lowered = doc.lows
    distinct = doc.distinct_lows
    joined = set(filter(str.isalpha, distinct))
    with_hyphen = doc.shared(hyphenated)
    unhyphenated = {
        word.replace("-", "") for word in with_hyphen if word.count("-") <= 2 and word.replace("-", "").isalpha()
    }
    wanted = unhyphenated & joined
    # An open pair is a compound only if its letters are also written joined: test that first, in C.
    spelled_joined = compress(range(len(lowered) - 1), map(joined.__contains__, map(add, lowered, lowered[1:])))
    open_pairs = {index for index in spelled_joined if _open_key(tokens, lowered, text, index) in joined}
    wanted |= {lowered[i] + lowered[i + 1] for i in open_pairs}
    forms: dict[str, list[_Form]] = defaultdict(list)
    if not wanted:
        return forms
    keyed = (wanted & distinct) | {word for word in with_hyphen if word.replace("-", "") in wanted}
    with_key = set(compress(range(len(lowered)), map(keyed.__contains__, lowered)))
    for index in sorted(with_key | open_pairs):
        token = tokens[index]
        word = lowered[index]
        if index in with_key and not doc.is_protected(token.start, token.end):  # "jekyll-themes.com" is an address
            kind = "hyphenated" if "-" in word else "joined"
            forms[word.replace("-", "")].append(_Form(token.start, token.end, token.text, kind, token.sentence_start))
        if index in open_pairs:
            following = tokens[index + 1]
            key = word + lowered[index + 1]
            forms[key].append(_Form(token.start, following.end, text[token.start : following.end], "open"))
    return forms


def _open_key(tokens: list[Token], lowered: list[str], text: str, index: int) -> str | None:
    """``"healthcare"`` for the open pair "health care" at ``index``, or None when it is no compound."""
    first, second = lowered[index], lowered[index + 1]
    if len(first) < 3 or len(second) < 3 or first in _FUNCTION_WORDS or second in _FUNCTION_WORDS:
        return None
    if not first.isalpha() or not second.isalpha():
        return None
    token, following = tokens[index], tokens[index + 1]
    if following.sentence_start or text[token.end : following.start] != " ":
        return None
    if token.text[:1].isupper() != following.text[:1].isupper():
        return None
    if index > 0 and lowered[index - 1] in _SUBJECTS and not token.sentence_start:
        return None  # "we counter terrorism": a verb and its object, not a compound
    return first + second


class CompoundForm(Rule):
    id = "consistency.compound"
    category = "consistency"
    severity = Severity.WARNING
    document_level = True
    summary = "One compound written two ways in a document: joined, hyphenated or open."
    why = (
        "'ceasefire' in the lead and 'cease-fire' three paragraphs down, or 'e-mail' beside 'email', "
        "tells the reader nobody edited the story. The forms are found by their letters, so no list is "
        "needed; the most used form wins and every other occurrence is reported, with the counts (when "
        "forms tie, the form the dictionary lists is suggested, else the hyphenated one). Words whose "
        "joined form means something else ('re-sign' and 'resign', 'co-op' and 'coop'), phrasal verbs "
        "('set up' and 'setup') and open forms beside hyphenated ones ('in the long term', 'a long-term "
        "plan') are left alone; an open form beside a joined one is information only. The suggestion is "
        "applied only with --unsafe-fixes."
    )
    bad = (
        "The ceasefire held overnight. By morning the cease-fire was broken, and the ceasefire talks ended.",
        "Send an e-mail to the desk. Every email is read, and each e-mail is answered.",
        "The health care bill passed; healthcare costs rose and healthcare workers struck.",
    )
    good = (
        "The ceasefire held overnight, and the ceasefire was extended.",
        "They set up a new setup. She wanted to re-sign the contract but did not resign.",
        "A long-term plan matters in the long term. It happens every day; it is an everyday thing.",
        "Staff sign in with Signin, the single sign-in service; Signin keeps the passwords.",
        "Themes are listed at best-themes.com and bestthemes.org.",
    )
    fix = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        for occurrences in _collect(doc).values():
            kinds = {form.kind for form in occurrences}
            if len(kinds) < 2 or "joined" not in kinds:
                continue  # hyphenated beside open is usually one modifier in two positions
            if next(f.text.lower() for f in occurrences if f.kind == "joined") in _DIFFERENT_WHEN_JOINED:
                continue
            if any(f.kind == "joined" and f.text[1:] != f.text[1:].lower() for f in occurrences):
                continue  # "AoifeBrennan": a fused name, for space.joined-words and consistency.name
            if _joined_is_a_name(occurrences):
                continue  # "Signon", the product, beside "single sign-on", the idea
            relevant = occurrences
            spellings = [_normal(f.text) for f in relevant]
            if len(set(spellings)) < 2:
                continue
            counts_by_form = Counter(spellings)
            top = counts_by_form.most_common(2)
            tied = top[0][1] == top[1][1]
            chosen, why = _dictionary_form(spellings) if tied else (winner(spellings), "")
            template = next(f.text for f in relevant if _normal(f.text) == chosen)
            counts = describe_counts((s, spellings.count(s)) for s in dict.fromkeys(spellings))
            tie = f"; a tie, and {why}" if tied else ""
            for form, spelling in zip(relevant, spellings, strict=True):
                if spelling == chosen:
                    continue
                suggestion = match_case(form.text, template.lower() if form.text[:1].islower() else template)
                # An open pair may be a phrase after all ("common sense" beside "commonsense ideas"):
                # when an open form is involved the finding is information, not a warning.
                open_pair = form.kind == "open" or template.count(" ") > 0
                yield self.finding(
                    form.start,
                    form.end,
                    f"'{form.text}' is also written '{template}' in this document ({counts}{tie}): use one form.",
                    suggestions=(suggestion,),
                    fix=FixSafety.UNSAFE,
                    severity=Severity.INFO if open_pair else None,
                )


def _dictionary_form(spellings: list[str]) -> tuple[str, str]:
    """On a tie, the form the lexicon knows (it lists joined words, never hyphenated ones), else
    the hyphenated form, else the first used: "quarterfinal" over "quarter-final"."""
    from rules.spelling._lexicon import lexicon

    known = lexicon()
    forms = list(dict.fromkeys(spellings))
    for form in forms:
        if " " not in form and "-" not in form and form.lower() in known:
            return form, f"the dictionary lists '{form}'"
    chosen = next((form for form in forms if "-" in form), forms[0])
    return chosen, f"the dictionary lists neither; '{chosen}' is suggested"


def _joined_is_a_name(occurrences: list[_Form]) -> bool:
    """The joined form is never lower case and is capitalised mid-sentence: a product or place name."""
    joined = [f for f in occurrences if f.kind == "joined"]
    if any(f.text[:1].islower() for f in joined):
        return False
    return any(not f.sentence_start for f in joined)


def _normal(text: str) -> str:
    """Compare forms ignoring the case of the first letter (a sentence start) and the apostrophe style."""
    text = text.replace("’", "'")
    return text[:1].lower() + text[1:]
