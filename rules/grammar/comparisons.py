"""Comparisons built twice or with the wrong partner: "the most oldest", "as big than", "the same like"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, in_quotes, match_case, occurrences, places, positions, run_of
from .determiners import MASS_NOUNS

if TYPE_CHECKING:
    from lint._document import Document

_DEGREE = frozenset(("more", "most", "less", "least"))
_IRREGULAR = frozenset(("worse", "worst"))
"""Not 'better' and 'best': "when is more better?" uses 'more' as a noun."""
_NOT_COMPARATIVE = frozenset(("later", "further", "farther", "elder", "eldest", "better", "best"))
_GOOD_FORMS = frozenset(("better", "best"))
"""'More better' is a double comparison before 'than' or after 'much', 'even', 'the' ("much more
better than", "the most best"), not in "when is more better?"."""
_GRADING = frozenset("much even far way lot the a an".split())
_DEGREE_GRADING = _GRADING - w.ARTICLES
"""The degree words of :data:`_GRADING`: after them a comparative ends a predicate ('much more warmer')."""
_LINKING = frozenset(
    "is are was were am be been being 's seems seemed looks looked feels felt feel got gets getting".split()
)
"""Verbs before 'more' that take the comparison as their predicate: 'better' after them is the adjective."""
_MADE_UP = {
    "worser": "worse",
    "worsest": "worst",
    "gooder": "better",
    "goodest": "best",
    "bestest": "best",
    "mostest": "most",
    "worstest": "worst",
    "leastest": "least",
    "badder": "worse",
    "baddest": "worst",
}
"""Comparisons made twice in one word ("worser") or built on an irregular adjective ("gooder",
"badder"). "Badder" and "baddest" are also slang with a sense of its own ("bigger and badder", "the
baddest man on the planet"): they are reported only away from 'and'/'or' and from 'the'."""
_MADE_UP_TRIGGERS = frozenset(_MADE_UP)
_SLANG = frozenset(("badder", "baddest"))
_SLANG_COMPANY = frozenset(("and", "or", "the", "&"))


def _compared(word: Word, graded: bool = False, predicate: bool = False) -> bool:
    """An adjective already in its comparative or superlative form ("older", "oldest", "worse");
    ``graded``: 'better' and 'best' count too (a 'than' follows, or 'much' or 'the' comes before);
    ``predicate``: graded and no noun after, so a comparative that is also a noun counts ("much more
    warmer in winter"; 'a bottle warmer' is the noun)."""
    low = word.low
    if graded and low in _GOOD_FORMS:
        return True
    if low in _NOT_COMPARATIVE or not (low.endswith(("er", "est")) or low in _IRREGULAR):
        return False
    parts = w.parts_of_speech(low)
    lemmas = parts.get("ADJ", ())
    return bool(lemmas) and low not in lemmas and ("NOUN" not in parts or predicate)  # "the least number": a noun


class DoubleComparison(GrammarRule):
    id = "grammar.double-comparison"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A comparison made twice: 'the most oldest', 'more worse', 'a more older city'."
    why = (
        "'Older' and 'oldest' are already comparative and superlative; 'more' or 'most' in front "
        "says it again. 'More older people' (more of the older people) is right, so a phrase that "
        "goes on to a noun is only reported after 'a' or 'the'. A comparative that is also a noun "
        "('warmer', 'cooler') counts after 'be', 'much' and the like when no noun follows ('much more "
        "warmer in winter')."
    )
    bad = (
        "Kyoto is the most oldest city.",
        "It got more worse.",
        "It is the more older town.",
        "This plan is much more better than the last one.",
        "She seems more happier now, and it was the most best day.",
        "The traffic was worser than ever.",
        "My cold got badder overnight, and it was the worstest day.",
        "He is as taller as his father, and this one is as better as that.",
        "It's more worse thing to say.",
        "The second floor is much more warmer in winter.",
    )
    good = (
        "Kyoto is the oldest city.",
        "More older people voted.",
        "More later, and most better-known.",
        "When is more better? Most best-sellers fail.",
        "More happier times lie ahead; the lesser evil; bigger and badder; more better weather; one more smaller case.",
        "He was the baddest man on the planet; it was more or less better than before.",
        "She is as tall as him, as later as agreed is fine; he came as early as noon; do it as best as you can.",
        "We bought a more cooler box; they want more warmers; buy more cooler bags.",
    )
    fixed = (
        "Kyoto is the oldest city.",
        "It got worse.",
        "It is the older town.",
        "This plan is much better than the last one.",
        "She seems happier now, and it was the best day.",
        "The traffic was worse than ever.",
        "My cold got worse overnight, and it was the worst day.",
        "He is as tall as his father, and this one is as good as that.",
        "It's worse thing to say.",
    )
    fix = "always"

    def _as_compared_as(self, doc: Document) -> Iterator[Finding]:
        """'As taller as', 'as better as': the comparison of equals takes the plain adjective."""
        for words, index in occurrences(doc, _AS_ONLY):
            if index + 2 >= len(words) or words[index + 2].low != "as":
                continue
            if not (words[index].joined and words[index + 1].joined):
                continue
            adjective = words[index + 1]
            plain = _plain_adjective(adjective)
            if plain is None or adjective.text != adjective.low or in_quotes(doc, adjective.start):
                continue
            yield self.replace_word(
                adjective,
                plain,
                f"'As … as' takes the plain adjective: 'as {plain} as', not 'as {adjective.text} as'.",
                FixSafety.SAFE,
            )

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MADE_UP_TRIGGERS):
            word = words[index]
            if word.capitalised and index > 0:
                continue  # a name
            if word.low in _SLANG and (
                (index > 0 and words[index - 1].low in _SLANG_COMPANY)
                or (index + 1 < len(words) and words[index + 1].low in _SLANG_COMPANY)
                or in_quotes(doc, word.start)
            ):
                continue  # "bigger and badder", "the baddest man alive": slang
            right = match_case(_MADE_UP[word.low], word.text)
            yield self.replace_word(word, right, f"'{word.text}' is not standard: write '{right}'.", FixSafety.SAFE)
        yield from self._as_compared_as(doc)
        for words, index in occurrences(doc, _DEGREE):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            if index > 0 and words[index - 1].low == "at":
                continue  # "at least harder": 'at least' means 'anyway'
            if index > 1 and words[index - 1].low == "or" and words[index - 2].low == "more":
                continue  # "more or less better": 'more or less' means 'roughly'
            adjective = words[index + 1]
            after = words[index + 2] if adjective.joined and index + 2 < len(words) else None
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if before in _LINKING and words[index].low == "more" and (index < 2 or words[index - 2].low in _ASKING):
                continue  # "When is more better?", "Is more better than less?": 'more' is the subject
            linked = before in _LINKING and words[index].low == "more"  # "this is more better", "she feels more better"
            graded = before in _GRADING or linked or (after is not None and after.low == "than")
            predicate = (before in _LINKING or before in _DEGREE_GRADING) and (
                after is None or not w.tags(after.low) & {"NOUN", "ADJ"}
            )
            if not _compared(adjective, graded=graded, predicate=predicate):
                continue
            article = before in ("a", "an", "the")
            counted_one = (
                after is not None
                and words[index].low == "more"
                and before not in _ONE_MORE  # "one more smaller suitcase": another one
                and _one_of_a_kind(after.low)
            )
            noun_after = after is not None and "NOUN" in w.tags(after.low) and "ADV" not in w.tags(after.low)
            if noun_after and not article and not counted_one:
                continue  # "more older people": more of them; not "a more worse thing", "more worse thing"
            yield self.finding(
                words[index].start,
                adjective.end,
                f"'{adjective.text}' is already a comparison: drop '{words[index].text}'.",
                suggestions=(adjective.text,),
                fix=FixSafety.SAFE,
            )


_ONE_MORE = w.CARDINALS | frozenset("one any no some few several".split())


def _one_of_a_kind(low: str) -> bool:
    """A singular noun that is counted and nothing else ("thing", "idea"): 'more' cannot count it, so
    'more worse thing' is no "more of the worse things" but a doubled comparison."""
    if w.tags(low) != {"NOUN"} or low in MASS_NOUNS or low in w.NOT_SINGULAR_SUBJECTS or w.is_plural_noun(low):
        return False
    return any(form != low for form in w.noun_inflections(low).get("NNS", ()))


_AS = frozenset(("as", "same"))
_PARTNER_OBJECTS = frozenset("me him us them".split())
_PRO_VERBS = frozenset("do does did is are am was were".split())
"""Not "has", "can" …: "the club has grown bigger as the town has" may be a manner."""
_AS_THINGS_ARE = frozenset(("it", "they"))
_BE_STATES = frozenset("is are was were".split())
_BECOMING = frozenset(
    "grow grows grew grown growing get gets got gotten getting become becomes became becoming turn turns turned "
    "turning".split()
)
"""Verbs of change before the comparative ("has grown taller as his father did"): 'as' is then a manner
or a time ('just as his father did'), not the comparison's partner."""
_PARTNER_OPENERS = frozenset("the my your his her our their its this that".split())


def _more_adjective(words: list[Word], at: int) -> bool:
    """'more' or 'less' and an adjective or adverb end at ``at`` ("more difficult", "more quickly")."""
    return (
        at > 0
        and words[at - 1].low in ("more", "less")
        and words[at - 1].joined
        and bool(w.tags(words[at].low) & {"ADJ", "ADV"})
        and not words[at].capitalised
    )


def _ellipted_partner(words: list[Word], at: int) -> bool:
    """The words from ``at`` to the end of the sentence are a comparison's partner, not a clause of
    time or manner: an object pronoun alone ("older as me"), a subject and a bare auxiliary
    ("as her sister does", "as I am", "as the old one was"), or a phrase of 'one' ("as the old one")."""
    end = at
    while end < len(words) - 1 and words[end].joined:
        end += 1
    rest = words[at : end + 1]  # up to the sentence's end or a comma
    if len(rest) == 1:
        return rest[0].low in _PARTNER_OBJECTS
    if rest[-1].low in ("one", "ones") and rest[0].low in _PARTNER_OPENERS and len(rest) <= 4:
        return all("ADJ" in w.tags(word.low) for word in rest[1:-1])  # "less reliable as the old one"
    if rest[-1].low not in _PRO_VERBS or len(rest) > 4:
        return False
    subject = rest[:-1]
    if len(subject) == 1 and subject[0].low in _AS_THINGS_ARE and rest[-1].low in _BE_STATES:
        return False  # "it is better as it is", "the rules are fine as they were": the state it is in
    if len(subject) == 1:
        return subject[0].low in w.SUBJECT_PRONOUNS or (subject[0].capitalised and not w.tags(subject[0].low))
    if subject[0].low not in _PARTNER_OPENERS:
        return False
    return subject[-1].low == "one" or (
        "NOUN" in w.tags(subject[-1].low) and all(w.tags(word.low) & {"ADJ", "NOUN"} for word in subject[1:])
    )


_PREFER = frozenset("prefer prefers preferred preferring".split())
_PREFER_REACH = 5
"""Words at most between 'prefer' and its 'than' ("prefer a cup of tea than")."""
_QUANTITIES = frozenset("less more fewer many much little".split())
_SO = frozenset(("so",))
_AS_PHRASES = frozenset("result rule whole consequence matter group team usual such".split())


def _compared_with(words: list[Word], at: int) -> bool:
    """What follows 'so … as' at ``at`` is the other side of a comparison: a pronoun and an auxiliary
    ('as they were'), or a short noun phrase that ends the clause or meets an auxiliary ('as his
    father.', 'as the old one was'); not 'as the holidays begin' ('as' is 'while') nor 'as a result'."""
    first = words[at]
    if first.low in w.SUBJECT_PRONOUNS:
        return not first.joined or at + 1 >= len(words) or words[at + 1].low in w.AUXILIARIES
    if first.low not in w.DETERMINERS and not first.capitalised:
        return False
    for end in range(at, min(at + 4, len(words))):
        word = words[end]
        if word.low in _AS_PHRASES:
            return False
        if end > at and not word.capitalised and not w.tags(word.low) & {"NOUN", "ADJ", "NUM"}:
            return False  # "as the holidays begin": a verb of its own
        if not word.joined or end + 1 >= len(words):
            return True
        following = words[end + 1].low
        if following in w.AUXILIARIES or following in ("and", "but", "or"):
            return True
    return False


_SO_AS_CONJUNCTIONS = frozenset("far long much many well soon little few good".split())
"""'So far as', 'so long as', 'so much as', 'so well as': conjunctions and set phrases."""
_DENIALS = frozenset("not no never nor neither nobody nothing none hardly scarcely without".split())


_AS_ONLY = frozenset(("as",))
_PLAIN_OF = {"better": "good", "worse": "bad"}
"""Not 'best': "as best as they can" is an idiom (a blend of 'as best they can' and 'as well as')."""


def _plain_adjective(word: Word) -> str | None:
    """'taller' → 'tall', 'better' → 'good': the plain adjective of a comparative, or None."""
    if word.low in _PLAIN_OF:
        return _PLAIN_OF[word.low]
    if not _compared(word) or word.low.endswith("est"):
        return None
    lemmas = w.parts_of_speech(word.low).get("ADJ", ())
    return lemmas[0] if lemmas else None


_NOT_LIKE_MIDDLES = frozenset("well usual ever such much many far long".split()) | _QUANTITIES
"""'Parents as well like it', 'dressed as usual like a lady', 'as much like his father as': 'like'
after these starts something else."""
_LIKE_POSSIBLE = frozenset(("possible",))


def _like_possible(words: list[Word], at: int) -> bool:
    """'like possible' at ``words[at]``: "as soon like possible", "as much like possible"."""
    return at + 1 < len(words) and words[at].low == "like" and words[at].joined and words[at + 1].low in _LIKE_POSSIBLE


def _like_partner(words: list[Word], index: int) -> bool:
    """'Like' at ``index + 2`` is the slip for the second 'as' of 'as … as': after an adjective or
    an adverb that opens a comparison ("as tall like her sister"), or before 'possible'; not after
    a verb that 'as' completes ("described as charming like her mother")."""
    if _like_possible(words, index + 2):
        return True
    if words[index + 1].low in _NOT_LIKE_MIDDLES:
        return False
    if index > 0 and words[index - 1].joined:
        before = words[index - 1].low
        if before not in w.BE_FORMS and w.verb_tags(before) & {"VBD", "VBN"}:
            return False
    return True


_MORE_FEWER = frozenset(("more", "fewer"))
_DIGIT_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_BEFORE_MORE = frozenset("no any the some many much even far still yet once two three".split())
"""Words before 'more' that make it a quantity of its own ('no more 500-page books', 'two more 10 percent cuts')."""


class ComparisonPartner(GrammarRule):
    id = "grammar.comparison-partner"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'As big than', 'as tall like', 'the same like', 'prefer tea than coffee': 'as … as', 'the same … as', "
        "'prefer … to'."
    )
    why = (
        "'As' pairs with 'as' ('as big as mine', not 'as tall like her sister', 'as soon like possible') and "
        "'the same' with 'as' ('the same as his'); 'than' goes with "
        "'-er'. 'Prefer' takes 'to' or 'rather than' ('prefer tea to coffee', 'prefer to walk rather than "
        "drive'), never a bare 'than'; 'rather than' fits both, so it is the fix. An adjective in its "
        "plain form after a linking verb before 'than' lost its -er or its 'more': 'my car is fast than "
        "yours' → 'faster than', 'difficult than' → 'more difficult than'; so are 'well' ('understands it "
        "well than I do' → 'better') and, after a verb, an adverb such as 'fast' or 'hard' ('runs fast than "
        "me' → 'faster'); 'other than', 'different than', 'better late than never' are left alone). A "
        "comparison with 'than' takes no 'the' ('he is the taller than me' → 'taller than'; not 'the more "
        "than 200 delegates' nor 'the higher than expected prices')."
    )
    bad = (
        "This house is as big than mine.",
        "Your idea is the same like his.",
        "It is not the same thing than his.",
        "I prefer tea than coffee, and she preferred to walk than drive.",
        "She is as tall like her sister, so please reply as soon like possible.",
        "The project cost twice as much than planned.",
        "The prices this year are so high as they were in 2008.",
        "My son swims faster as his cousin does.",
        "The new bridge is longer as the old one was, and my sister is older as me.",
        "My car is fast than yours, and the exam was difficult than I expected.",
        "He runs fast than his brother, and she understands it well than I do.",
        "He is the taller than me, and she is the more intelligent than her sister.",
        "The new app is less reliable as the old one, which rarely crashed.",
        "More 500 people attended the vigil, and fewer 20 seats were left empty.",
    )
    good = (
        "This house is as big as mine, bigger than his.",
        "The same as his; such as these.",
        "As well as that.",
        "I prefer tea to coffee; she preferred to walk rather than drive.",
        "They prefer a bigger car than ours; we prefer more light than that; I prefer it. Than that, nothing.",
        "He is as much like his father as ever; parents as well like it; she was described as charming like him.",
        "It was seen as more than a joke and as less than fair; as much as planned, as many as ten.",
        "Prices are not so high as they were; he was so angry as to leave; so far as I know, so long as it works.",
        "No one is so kind as she is. Is it so big as they say? It was so designed as a whole.",
        "The rooms are so small as a result of the work; the roads are so busy as the holidays begin.",
        "It gets colder as the sun sets. They play better as a team. It got worse as it does every winter.",
        "He swims faster as he grows; she felt happier as time went on; it is more useful as the default.",
        "Leave it: it is better as it is. The plan was safer as it was. He has grown taller as his father did.",
        "It is other than we thought; better late than never; he was no different than before; rather tall than short.",
        "Better to arrive early than late; she sings as well as he does; he would rather stay late than leave.",
        "I'd rather be happy than rich; I would sooner leave early than late.",
        "The more than 200 delegates left; the higher than expected prices; it is all the better than before.",
        "The bigger the better; the sooner than later, the better; we paid the lower than usual fee.",
        "She is better as the first one to arrive, and it works best as the default one.",
        "We sold more 2024 models, no more 500 sheets are left, and two more 10 people groups came in.",
    )
    fixed = (
        "This house is as big as mine.",
        "Your idea is the same as his.",
        "It is not the same thing as his.",
        "I prefer tea rather than coffee, and she preferred to walk rather than drive.",
        "She is as tall as her sister, so please reply as soon as possible.",
        "The project cost twice as much as planned.",
        "The prices this year are as high as they were in 2008.",
        "My son swims faster than his cousin does.",
        "The new bridge is longer than the old one was, and my sister is older than me.",
        "My car is faster than yours, and the exam was more difficult than I expected.",
        "He runs faster than his brother, and she understands it better than I do.",
        "He is taller than me, and she is more intelligent than her sister.",
        "The new app is less reliable than the old one, which rarely crashed.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._prefer_than(doc)
        yield from self._so_as(doc)
        yield from self._comparative_as(doc)
        yield from self._plain_than(doc)
        yield from self._the_comparative_than(doc)
        yield from self._count_without_than(doc)
        for words, index in occurrences(doc, _AS):
            word = words[index]
            if word.low == "as":
                partner_index = index + 2
                if partner_index >= len(words) or not (word.joined and words[index + 1].joined):
                    continue
                middle = words[index + 1].low
                plain = "ADJ" not in w.tags(middle) and "ADV" not in w.tags(middle)
                as_much = middle in ("much", "many") and words[index + 2].low == "than"  # "twice as much than planned"
                if (middle in _QUANTITIES or plain) and not _like_possible(words, index + 2) and not as_much:
                    continue  # "strikes me as less than satisfactory"
                wrong: tuple[str, ...] = ("than",)
                if _like_partner(words, index):
                    wrong = ("than", "like")  # "as tall like her sister", "as soon like possible"
            else:
                if not (index > 0 and words[index - 1].low == "the" and word.joined):
                    continue
                partner_index = index + 1
                if (
                    partner_index < len(words)
                    and "NOUN" in w.tags(words[partner_index].low)
                    and words[partner_index].joined
                ):
                    partner_index += 1  # "the same thing than"
                wrong = ("than", "like")
            if partner_index >= len(words) or not words[partner_index - 1].joined:
                continue
            partner = words[partner_index]
            if partner.low not in wrong:
                continue
            yield self.replace_word(
                partner,
                "as",
                f"'{'as' if word.low == 'as' else 'the same'} …' takes 'as', not '{partner.text}'.",
                FixSafety.SAFE,
            )

    def _count_without_than(self, doc: Document) -> Iterator[Finding]:
        """'More 500 people attended', 'fewer 20 seats were left': a count in digits after 'more' or
        'fewer' and before a plural lost its 'than'. Not a year ('more 2024 models'), nor 'more' after a
        word that quantifies it ('no more 500-page books', 'any more', 'the more'), nor a number that
        names its noun ('more 5G towers': no count in digits alone)."""
        for words, index in occurrences(doc, _MORE_FEWER):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            number, noun = words[index + 1].text, words[index + 2]
            if not _DIGIT_COUNT.fullmatch(number) or _YEAR.fullmatch(number) or not w.is_any_plural(noun.low):
                continue
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if before in _BEFORE_MORE or w.is_numeral(before):
                continue  # "no more 500-page books", "5 more 100 pounds bags": 'more' is a quantity of its own
            word = words[index]
            fixed = f"{word.text} than"
            yield self.finding(
                word.start,
                word.end,
                f"A count after '{word.text}' takes 'than': '{fixed} {number}'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )

    def _the_comparative_than(self, doc: Document) -> Iterator[Finding]:
        """'He is the taller than me', 'she is the more intelligent than her sister': a comparison
        with 'than' takes no 'the'. Not 'the more than 200 delegates' (a quantity) nor 'the higher
        than expected prices' (a comparison that modifies a noun)."""
        for words, index in occurrences(doc, _THAN):
            if index < 2 or not all(word.joined for word in words[index - 3 if index >= 3 else 0 : index]):
                continue
            adjective = words[index - 1]
            start = index - 2
            if words[start].low in ("more", "less") and "ADJ" in w.tags(adjective.low):
                start -= 1  # "the more intelligent than"
            elif not _compared(adjective, graded=True) or adjective.low in ("more", "less", "fewer"):
                continue
            if start < 0 or words[start].low != "the" or words[start].text not in ("the", "The"):
                continue
            if start > 0 and words[start - 1].joined and words[start - 1].low in _BEFORE_THE_COMPARATIVE:
                continue  # "all the better than", "none the worse than", "so much the better"
            if index + 1 < len(words) and words[index + 1].low in _COMPARISON_STANDARDS | _EXPECTED:
                continue  # "the higher than expected prices"
            if start == 0 or in_quotes(doc, adjective.start):
                continue  # "The more … the more": a sentence that opens so is a correlative
            kept = doc.text[words[start + 1].start : adjective.end]
            yield self.finding(
                words[start].start,
                adjective.end,
                f"A comparison with 'than' takes no 'the': '{kept} than'.",
                suggestions=(kept,),
                fix=FixSafety.SAFE,
            )

    def _plain_than(self, doc: Document) -> Iterator[Finding]:
        """'My car is fast than yours', 'the test was difficult than I thought': an adjective in its
        plain form after a linking verb (and 'much', 'far' or 'even') before 'than' lost its '-er' or
        its 'more'. Only a word that is an adjective and nothing else (or one of the short adjectives
        that take -er), not 'other', 'else', 'different' or 'rather', which 'than' may follow."""
        for words, index in occurrences(doc, _THAN):
            if index < 2 or not all(word.joined for word in words[index - 2 : index]):
                continue
            adjective, before = words[index - 1], words[index - 2]
            if before.low in _DEGREE_BEFORE_PLAIN and index >= 3 and words[index - 3].joined:
                before = words[index - 3]
            low = adjective.low
            if adjective.text != low or any(word.low in _ALTERNATIVES for word in words[:index]):
                continue  # "better to leave early than late", "I'd rather be happy than rich": two choices
            if any(word.low in ("more", "less") for word in words[max(0, index - 7) : index - 2]):
                continue  # "more likely to be poor than men": 'than' completes the comparison begun before
            if any(_compared(word, graded=True) for word in words[max(0, index - 7) : index - 2]):
                continue  # "much easier to be critical than to be correct": the same, with a comparative in -er
            if low == "well" and before.low != "as":
                fixed = "better"  # "understand it well than before": 'well' compares as 'better'
            elif low in _ADVERB_TOO and before.low not in _BE_OR_SEEM and _verb_here(doc, words, index - 2):
                fixed = _inflected(low, superlative=False)  # "he runs fast than me"
            elif before.low not in _BE_OR_SEEM:
                continue
            elif low in _IRREGULAR_PLAIN:
                fixed = _IRREGULAR_PLAIN[low]
            elif low in _SHORT_ADJECTIVES:
                fixed = _inflected(low, superlative=False)
            elif w.tags(low) == {"ADJ"} and low not in _THAN_ADJECTIVES and not _compared(adjective, graded=True):
                fixed = f"more {low}"
            else:
                continue
            if low.endswith(("er", "est")) or in_quotes(doc, adjective.start):
                continue
            yield self.replace_word(
                adjective, fixed, f"'Than' compares: '{fixed} than', not '{adjective.text} than'.", FixSafety.SAFE
            )

    def _comparative_as(self, doc: Document) -> Iterator[Finding]:
        """'She runs faster as her sister does', 'He is older as me': a comparative takes 'than'.
        Only where 'as' cannot open a clause of time or manner ("it gets colder as the sun sets",
        "better as a team"): its partner is an object pronoun that ends the sentence, or a subject and
        a bare auxiliary that ends it ("as her sister does", "as I am")."""
        for words, index in occurrences(doc, _AS_ONLY):
            if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
                continue
            before = words[index - 1]
            if not (_compared(before, graded=True) and before.low.endswith(("er", "se"))) and not _more_adjective(
                words, index - 1
            ):
                continue
            if index >= 3 and any(word.low in ("as", "so") for word in words[index - 3 : index - 1]):
                continue  # "as much better as", "so much faster as to": an 'as' of its own
            if index >= 2 and words[index - 2].low in _BECOMING and words[index - 2].joined:
                continue  # "he has grown taller as his father did": a change, and 'as' its manner
            if not _ellipted_partner(words, index + 1):
                continue
            if in_quotes(doc, words[index].start):
                continue
            word = words[index]
            yield self.replace_word(
                word,
                match_case("than", word.text),
                f"A comparison with '{before.text}' takes 'than', not '{word.text}'.",
                FixSafety.SAFE,
            )

    def _so_as(self, doc: Document) -> Iterator[Finding]:
        """'Prices are so high as they were in 2008': an equal comparison that is not denied takes
        'as … as'; 'so … as' belongs after a negative ('not so high as'). Left alone: 'so … as to'
        (a result), 'so far as', 'so long as' and their kind, a question, and any negative earlier in
        the sentence."""
        for words, index in occurrences(doc, _SO):
            if index + 3 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            adjective, partner = words[index + 1], words[index + 2]
            if partner.low != "as" or not partner.joined or adjective.low in _SO_AS_CONJUNCTIONS:
                continue
            if index == 0 or words[index - 1].low not in w.BE_FORMS or not words[index - 1].joined:
                continue  # only after 'be': "prices are so high as", not "he did so quickly as the storm came"
            if "ADJ" not in w.tags(adjective.low) or adjective.text != adjective.low:
                continue
            if not _compared_with(words, index + 3):
                continue  # "so high as to", "so small as a result", "so busy as the holidays begin"
            if any(word.low in _DENIALS or word.low.endswith("n't") for word in words[:index]):
                continue  # "not so high as", "no one is so kind as she"
            if doc.text[words[-1].end : words[-1].end + 1] == "?" or in_quotes(doc, words[index].start):
                continue
            so = words[index]
            yield self.replace_word(
                so,
                match_case("as", so.text),
                f"An equal comparison takes 'as … as': 'as {adjective.text} as', not '{so.text} {adjective.text} as'.",
                FixSafety.SAFE,
            )

    def _prefer_than(self, doc: Document) -> Iterator[Finding]:
        """'prefer tea than coffee': a 'than' within a few joined words of 'prefer' with no
        comparative between ("prefer a bigger car than ours" compares) and no 'rather' before it."""
        for words, index in occurrences(doc, _PREFER):
            for at in range(index + 1, min(len(words), index + 2 + _PREFER_REACH)):
                if not words[at - 1].joined:
                    break
                word = words[at]
                if word.low == "than":
                    if words[at - 1].low != "rather" and at > index + 1:
                        yield self.replace_word(
                            word,
                            match_case("rather than", word.text),
                            f"'{words[index].text} …' takes 'to' or 'rather than', not a bare 'than'.",
                            FixSafety.SAFE,
                        )
                    break
                if _compared(word) or word.low in _QUANTITIES or word.low in ("other", "else", "rather"):
                    break  # "prefer a bigger car than", "prefer more light than": a comparison of its own


_VERY = frozenset(("very",))


class VeryComparative(GrammarRule):
    id = "grammar.very-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Very' before a comparative: 'very bigger', 'very better', 'very less' ('much bigger')."
    why = (
        "'Very' strengthens a plain adjective ('very big'); a comparative takes 'much' or 'far' "
        "('much bigger', 'far better'). A superlative may take 'very' ('the very best')."
    )
    bad = (
        "The new hall is very bigger than the old one.",
        "She felt very better after the rest.",
        "We finished the trip in very less time.",
    )
    good = (
        "The new hall is much bigger than the old one.",
        "It was the very best and the very oldest; a very clever, very proper and very bitter man.",
        "It is a very big hall, very tender.",
        "At the very least, it cost less; the very last one.",
    )
    fixed = (
        "The new hall is much bigger than the old one.",
        "She felt much better after the rest.",
        "We finished the trip in much less time.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _VERY):
            very = words[index]
            if not very.joined or index + 1 >= len(words):
                continue
            adjective = words[index + 1]
            comparative = adjective.low in ("better", "worse", "less") or (
                adjective.low.endswith("er") and _compared(adjective)
            )
            if not comparative or doc.is_protected(very.start, adjective.end):
                continue
            much = match_case("much", very.text)
            yield self.replace_word(
                very,
                much,
                f"'{adjective.text}' is a comparative: '{much} {adjective.text}', not '{very.text} {adjective.text}'.",
                FixSafety.SAFE,
            )


_ENOUGH = frozenset(("enough",))
_POSTPOSITIVE = frozenset("available possible left remaining needed required involved present".split())
"""Adjectives that follow a pronoun ('enough available', 'enough left'): 'enough' is the pronoun."""


def _read_as_noun(doc: Document, words: list[Word], at: int) -> bool:
    """The tagger reads ``words[at]`` as a singular or plural noun."""
    from ._tagger import sentence_tags

    return sentence_tags(doc, words)[at] in ("NN", "NNS")


_AFTER_ENOUGH_ADJECTIVE = frozenset(("to", "for"))


class EnoughOrder(GrammarRule):
    id = "grammar.enough-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Enough' before an adjective: 'enough big' for 'big enough'."
    why = (
        "'Enough' comes after an adjective or an adverb ('big enough', 'old enough to drive') and "
        "before a noun ('enough money'). Reported when an adjective follows 'enough' and ends the "
        "phrase (the sentence ends, or 'to' or 'for' follows); 'enough good players' (a noun after) "
        "is left alone."
    )
    bad = ("The room is not enough big.", "He is enough old to drive.", "Is it enough warm for you? Enough big?")
    good = (
        "The room is not big enough; he is old enough to drive.",
        "There are not enough good players; we have enough money.",
        "Sure enough, it rained. Oddly enough, nobody came. It is not enough just to vote.",
        "They could not find enough legal, properly documented workers.",
    )
    fixed = ("The room is not big enough.", "He is old enough to drive.", "Is it warm enough for you? Big enough?")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ENOUGH):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            adjective = words[index + 1]
            tags = w.tags(adjective.low)
            if adjective.capitalised or "ADJ" not in tags or not tags <= {"ADJ", "NOUN", "VERB"}:
                continue  # not "it's not enough just to change": an adverb
            if adjective.joined and index + 2 < len(words) and words[index + 2].low not in _AFTER_ENOUGH_ADJECTIVE:
                continue  # "enough good players": the adjective goes on to a noun
            if doc.text[adjective.end : adjective.end + 1] == "," and index + 2 < len(words):
                continue  # "enough legal, properly documented workers": adjectives in a row before a noun
            if adjective.low in _POSTPOSITIVE:
                continue  # "there is not enough available": 'enough' a pronoun, the adjective after it
            if index > 1 and words[index - 2].low in w.ARTICLES and _adjective_before(doc, words, index - 1):
                continue  # "a complete enough set to build": 'enough' after its adjective, the noun after both
            if "NOUN" in tags and _read_as_noun(doc, words, index + 1):
                continue  # "give enough precision for the task": a noun the tagger reads as one
            if in_quotes(doc, adjective.start):
                continue
            swapped = match_case(f"{adjective.text} {words[index].low}", words[index].text)
            yield self.finding(
                words[index].start,
                adjective.end,
                f"'Enough' follows an adjective: '{swapped}'.",
                suggestions=(swapped,),
                fix=FixSafety.SAFE,
            )


def _adjective_before(doc: Document, words: list[Word], at: int) -> bool:
    """``words[at]`` is an adjective by the tables or by the tagger ('complete', which the tables list
    as a verb only)."""
    from ._tagger import sentence_tags

    return "ADJ" in w.tags(words[at].low) or sentence_tags(doc, words)[at] == "JJ"


_THAN = frozenset(("than",))
_TWO = frozenset(("two",))
_TWO_DETERMINERS = frozenset(("the", "these", "those"))
_COUNT_GOES_ON = frozenset("hundred thousand million dozen or and to".split())


def _two_end_here(doc: Document, words: list[Word], index: int) -> bool:
    """The 'two' at ``index`` counts the things compared: the phrase ends after it or after its
    noun ('of the two', 'of the two candidates'); not 'of the two hundred', 'of the two or three',
    'of the two teams' players', 'of the two sets of twins'."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    following = words[index + 1]
    if following.low in _COUNT_GOES_ON:
        return False
    if following.low == "of" or "NOUN" not in w.tags(following.low):
        return True  # "of the two of them", "of the two, she is"
    after = doc.text[following.end : following.end + 2]
    if after[:1] in ("'", "’") or after in ("'s", "’s"):
        return False  # "the two teams' players"
    return not (following.joined and index + 2 < len(words) and words[index + 2].low == "of")


_INTENSIFIERS = frozenset(("even", "still", "far"))
_ASKING = w.QUESTION_WORDS
_DEICTIC_TIMES = frozenset("today tonight yesterday tomorrow nowadays".split())
_GOOD_BAD_SUPERLATIVES = {"best": "better", "worst": "worse"}


def _comparative_of_superlative(word: Word) -> str | None:
    """'nicest' → 'nicer', 'worst' → 'worse' when ``word`` is an adjective in its superlative
    form; None otherwise (not 'honest', 'forest', 'interest', 'latest': a noun too)."""
    low = word.low
    if low in _GOOD_BAD_SUPERLATIVES:
        return _GOOD_BAD_SUPERLATIVES[low]
    if low in _NOT_COMPARATIVE or len(low) < 6 or not w.superlative_form(low):
        return None
    if not set(w.parts_of_speech(low)) <= {"ADJ", "ADV"}:
        return None
    return low[:-3] + "er"


def _ends_phrase(following: str) -> bool:
    """What follows a superlative after 'even' shows it is not before its noun ("even worst after",
    "even worst than"; not "even best friends", "even best known")."""
    if following in _THAN or following in w.PREPOSITIONS or following in w.ARTICLES or following in _DEICTIC_TIMES:
        return True  # (a time that is also a noun: "even worst today")
    tags = w.tags(following)
    return bool(tags) and not tags & {"NOUN", "ADJ", "PROPN", "VERB", "NUM"}


class SuperlativeForComparative(GrammarRule):
    id = "grammar.superlative-for-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A superlative where a comparison needs the comparative: 'worst than', 'even nicest', 'the best of the two'."
    )
    why = (
        "Two things compared take the comparative ('worse than', 'safer than'), and 'even', 'still' "
        "and 'far' strengthen a comparative ('even worse', 'still colder'); the superlative ('worst', "
        "'safest') picks one out of many and goes with 'the' ('the worst of all', 'even the best'). "
        "After 'even', 'still' or 'far' only a superlative that ends its phrase is reported, never "
        "one before a noun ('even best friends argue'). One of two is picked with the comparative too: "
        "'the better of the two', 'the cheaper of these two' (not 'the most common of the two', which "
        "edited prose also writes); not where the two are groups of "
        "the many compared ('the best of the two teams' players') or the count goes on ('the best of "
        "the two hundred entries')."
    )
    bad = (
        "The sequel was worst than the first film.",
        "This road is safest than the old one.",
        "After the storm the house looked even worst.",
        "The nights grew still coldest, and the food was best than at home.",
        "She is the best of the two candidates, and this plan is the cheapest of the two.",
        "Which is the cheapest of these two options?",
        "Her second novel is the best than all the others.",
        "This laptop is the lightest than that one.",
    )
    good = (
        "The sequel was worse than the first film, and the worst of the three.",
        "Even the best plans fail; even best friends argue.",
        "At best, more than half came; the latest than anyone had seen.",
        "He was far the strongest; it was still the safest road, and the earliest he had come.",
        "She is the better of the two candidates and the best of the three; they got the best of both worlds.",
        "It is the best of the two hundred entries, of the two or three options, of the two teams' players.",
        "He is the oldest of the two sets of twins. Of the two, she is the best known.",
        "The most common of these two is on the outside; the least risky of the two won.",
        "Her second novel is better than all the others; the latest than anyone had seen.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        found: list[Finding] = []
        for words, index in occurrences(doc, _THAN):
            if index == 0 or not words[index - 1].joined:
                continue
            finding = self._at(doc, words, index - 1) or self._the_most_than(doc, words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _INTENSIFIERS):
            if index + 1 >= len(words) or not words[index].joined or (index > 0 and words[index - 1].low == "by"):
                continue  # "by far best" is idiom
            at = index + 1
            ends = not words[at].joined or at + 1 >= len(words) or _ends_phrase(words[at + 1].low)
            if ends:
                finding = self._at(doc, words, at)
                if finding is not None and (at + 1 >= len(words) or words[at + 1].low not in _THAN):
                    found.append(finding)  # a 'than' after it is reported from the 'than'
        for words, index in occurrences(doc, _TWO):
            finding = self._of_two(doc, words, index)
            if finding is not None:
                found.append(finding)
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _of_two(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'The best of the two candidates': one picked out of two takes the comparative ('the
        better of the two'). Not 'the most common of these two', which edited prose writes too, nor when
        the two are groups of the many compared ('the best of the two teams' players', 'the oldest
        of the two sets of twins') or the count goes on ('of the two hundred', 'of the two or three')."""
        of_at = index - 2
        if of_at < 2 or words[of_at].low != "of" or words[index - 1].low not in _TWO_DETERMINERS:
            return None
        if not run_of(words, of_at - 2, 4) or not _two_end_here(doc, words, index):
            return None
        if words[of_at - 2].low != "the":
            return None  # not "the most common of these two", which edited prose writes too
        word = words[of_at - 1]
        comparative = _comparative_of_superlative(word)
        if comparative is None or (word.capitalised and not word.sentence_start):
            return None
        if in_quotes(doc, word.start) or doc.is_protected(word.start, word.end):
            return None
        fixed = match_case(comparative, word.text)
        return self.replace_word(
            word,
            fixed,
            f"One of two takes the comparative: '{fixed}', not '{word.text}' ('the {fixed} of the two').",
            FixSafety.UNSAFE,
        )

    def _the_most_than(self, doc: Document, words: list[Word], than: int) -> Finding | None:
        """'It is the best than all the others', 'the fastest than that one': 'the' and a superlative
        before 'than' and a partner that names the others ('all', 'that one', 'the rest', 'mine'); not
        "the latest than anyone had seen"."""
        if than < 2 or than + 1 >= len(words) or words[than - 2].low != "the" or not words[than - 2].joined:
            return None
        if words[than + 1].low not in _OTHERS_PARTNERS or not words[than].joined:
            return None
        word = words[than - 1]
        comparative = _comparative_of_superlative(word)
        if comparative is None or word.capitalised or in_quotes(doc, word.start):
            return None
        written = doc.text[words[than - 2].start : word.end]
        return self.finding(
            words[than - 2].start,
            word.end,
            f"'Than' takes the comparative: '{comparative} than', not '{written} than'.",
            suggestions=(comparative,),
            fix=FixSafety.UNSAFE,
        )

    def _at(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        word = words[index]
        if index > 0 and words[index - 1].low in ("the", "at", "most", "least"):
            return None  # "at best than": not this slip; "the best than" is another one
        if word.capitalised and index > 0:
            return None
        comparative = _comparative_of_superlative(word)
        if comparative is None or in_quotes(doc, word.start) or doc.is_protected(word.start, word.end):
            return None
        fixed = match_case(comparative, word.text)
        return self.replace_word(
            word, fixed, f"A comparison of two takes the comparative: '{fixed}', not '{word.text}'.", FixSafety.UNSAFE
        )


_OTHERS_PARTNERS = frozenset("all any every that this these those the mine yours his hers ours theirs".split())
"""What follows 'the best than' when the others are named: "than all the others", "than that one"."""

_SHORT_ADJECTIVES = frozenset(
    """
    big small fast slow cheap tall short long old young high low hot cold warm cool large hard soft
    strong weak rich poor deep wide thick thin dark bright great new nice safe quick close smart clean
    fresh full loud quiet sharp sweet tough calm fair firm late near far cheap rough smooth tight loose
    wet dry sad fat flat fit mild kind proud brave wise wild harsh dull plain rare ripe pure dense
    easy happy busy heavy early pretty funny lucky angry dirty noisy tidy ugly healthy wealthy silly
    tiny crazy lazy scary sunny hungry
    bold brief broad crisp damp dumb faint grand grim keen lean neat pale quaint rude slim stiff strict
    steep vast weird blunt bland brisk coarse crude cute dim fierce harsh lame lush meek moist nasty
    naughty pricey risky rocky salty shiny sleepy smelly spicy stormy sticky tasty thirsty tricky windy
    rainy cloudy dusty muddy messy juicy greedy hairy hilly bumpy chilly creepy curly dizzy fluffy fuzzy
    gloomy grumpy handy hasty
    """.split()
)
"""Adjectives of one syllable, and of two in -y, whose comparative is built with -er ('bigger',
'easier'), so 'more big than' and 'the most easy' are plain slips. Not adjectives that go both ways
in edited prose ('more clear', 'more true', 'more real', 'more fun', 'more common')."""
_DOUBLED = frozenset("big hot thin wet sad fat flat fit slim dim grim".split())
_END_ADJECTIVES = frozenset(
    """
    big small fast slow cheap tall short long old young high low hot cold warm large hard strong weak rich
    poor deep wide thick thin dark bright great nice safe quick close full loud sharp sweet wet dry fat
    easy""".split()
)
"""Adjectives of one syllable that 'more' never grades in edited prose even at a clause's end ('it is
more big.'), unlike 'more quiet', 'more fair', 'more calm', 'more clear' or those of two syllables
('get more healthy', 'more happy'), which some writers prefer."""
_MORE_MOST = frozenset(("more", "most"))
_PHRASE_END_AFTER_MOST = w.PREPOSITIONS | frozenset(("than", "and", "or")) | w.SUBJECT_PRONOUNS - {"it", "you"}
"""What may follow 'the most' + adjective at its phrase's end, a relative clause's subject too ("the
most silly I have read")."""
_NOT_QUALITIES = frozenset("ever before usual expected last next other any most many much".split())
"""Words after 'than' that are not a second quality ("more cold than usual", "more high than last year")."""


def _one_of_the(words: list[Word], the: int) -> bool:
    """'One of' before 'the' at ``the`` ("one of the most big cities"): the superlative picks one out
    of a group, a degree, not the largest number."""
    return the >= 2 and words[the].low == "the" and words[the - 1].low == "of" and words[the - 2].low == "one"


def _lone_noun(words: list[Word], at: int) -> bool:
    """``words[at]`` is a noun that ends its phrase ("the most easy way to"), not the first part of a
    compound ("the most high tech equipment")."""
    tags = w.tags(words[at].low)
    if "NOUN" not in tags or "ADJ" in tags or words[at].capitalised:
        return False
    if w.is_plural_noun(words[at].low) and not _one_of_the(words, at - 3):
        return False  # "the most new jobs": the largest number of them; not "one of the most big cities"
    if at + 1 >= len(words) or not words[at].joined:
        return True
    return "NOUN" not in w.tags(words[at + 1].low) or words[at + 1].low in w.PREPOSITIONS


_LINKING_BEFORE_MORE = frozenset(
    """
    is was are were be been being am 's 're got gets get getting became become becomes seems seemed
    looks looked feels felt even much far slightly bit lot way but and
    """.split()
)
"""What may stand right before 'more' when 'more' + adjective ends a linking verb's complement ('it is
more big', 'it got even more cheap', 'it looks a bit more big')."""
_END_MARKS = frozenset(".!?;")
_COMPLEMENT_ENDS = frozenset("when if because since for to with once now".split())
"""Words after 'more' + adjective that end the linking verb's complement ('is more easy when')."""


def _linked_at_end(doc: Document, words: list[Word], index: int) -> bool:
    """'More' + adjective closes the sentence or clause after a linking verb ('but more big.', 'is
    more easy when you …', 'much more short for commuters'), so the adjective is no noun's modifier
    ('more big names')."""
    adjective = words[index + 1]
    following = doc.text[adjective.end : adjective.end + 1]
    if adjective.low not in _END_ADJECTIVES:
        return False
    after = words[index + 2].low if adjective.joined and index + 2 < len(words) else ""
    if following not in _END_MARKS and after not in _COMPLEMENT_ENDS:
        return False
    if index == 0 or not words[index - 1].joined:
        return False
    before = words[index - 1].low.replace("’", "'")
    return before in _LINKING_BEFORE_MORE or before.endswith(("'s", "'re"))


def _inflected(adjective: str, superlative: bool) -> str:
    """'big' → 'bigger'/'biggest', 'easy' → 'easier'/'easiest', 'safe' → 'safer'/'safest'."""
    if adjective == "far":
        return "furthest" if superlative else "further"
    ending = "est" if superlative else "er"
    if adjective in _DOUBLED:
        return adjective + adjective[-1] + ending
    if adjective.endswith("y"):
        return adjective[:-1] + "i" + ending
    if adjective.endswith("e"):
        return adjective + ending[1:]
    return adjective + ending


class ShortComparative(GrammarRule):
    id = "grammar.short-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'More' or 'the most' with a short adjective that takes -er: 'more cheap than', 'the most easy'."
    why = (
        "Adjectives of one syllable, and of two that end in -y, compare with -er and -est: 'cheaper "
        "than', 'the easiest', 'bigger'. 'More' and 'most' go with longer adjectives ('more careful'). "
        "Reported: 'more' + such an adjective + 'than', and 'the most' + such an adjective that ends its "
        "phrase. Left alone: two qualities compared ('more sad than angry'), adjectives that go both ways "
        "('more clear', 'more true'), and 'most' as a quantity ('most cheap hotels close early')."
    )
    bad = (
        "This flat is more cheap than the last one.",
        "The test was more easy than I feared.",
        "Of all the routes, this one is the most short.",
        "It was the most happy of the three, and her house is more big than ours.",
        "This is the most silly we have seen.",
        "The new stadium is similar to the old one but more big.",
        "After the repairs the car got even more fast; prices are more high.",
        "The new phone is more good than the old one. The weather was more bad than last year.",
        "Debugging is more easy when you enable source maps.",
        "Shanghai is one of the most big cities in the world.",
    )
    good = (
        "This flat is cheaper than the last one; the test was easier than I feared.",
        "We want more big names; give me more. Big changes came; it is more quiet.",
        "It made the room more warm, and he is more happy.",
        "He was more sad than angry, more dead than alive.",
        "Most cheap hotels close early; the most high-profile case; more clear than ever.",
        "The firms creating the most new jobs; the most high tech equipment.",
        "It is the most careful plan, more difficult than the last.",
        "It does more good than harm; there is more good than bad in him; it was more good than evil.",
        "The aid did more good than anything else. He is more bad luck than good.",
        "The season was more good than great, and the sequel is more bad than terrible.",
        "He has more big plans for the summer, and it is more or less easy to use.",
        "It created the most new jobs; most big cities have trams.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MORE_MOST):
            degree = words[index]
            if index + 1 >= len(words) or not degree.joined:
                continue
            adjective = words[index + 1]
            if adjective.low in _IRREGULAR_PLAIN and adjective.text == adjective.low:
                finding = self._more_good(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if adjective.low not in _SHORT_ADJECTIVES or adjective.text != adjective.low:
                continue
            after = words[index + 2] if adjective.joined and index + 2 < len(words) else None
            superlative = degree.low == "most"
            if superlative:
                if index == 0 or words[index - 1].low != "the" or not words[index - 1].joined:
                    continue
                if after is not None and after.low not in _PHRASE_END_AFTER_MOST and not _lone_noun(words, index + 2):
                    continue  # "the most high tech equipment", "the most new jobs": a compound, a quantity
                start = words[index - 1].start
            else:
                if index > 0 and words[index - 1].joined and words[index - 1].low in ("no", "any"):
                    continue  # "she was no more happy than he was": not happy, any more than he was
                if (after is None or after.low in _COMPLEMENT_ENDS) and _linked_at_end(doc, words, index):
                    pass  # "the new one is more big.", "is more easy when": a comparison whose partner is understood
                elif after is None or after.low != "than":
                    continue
                if index + 3 < len(words) and "ADJ" in w.tags(words[index + 3].low):
                    partner = words[index + 3].low
                    if partner not in w.DETERMINERS and partner not in _NOT_QUALITIES:
                        continue  # "more sad than angry": two qualities compared
                start = degree.start
            if in_quotes(doc, degree.start):
                continue
            form = _inflected(adjective.low, superlative)
            replacement = f"the {form}" if superlative else form
            replacement = match_case(replacement, doc.text[start : start + 1])
            written = doc.text[start : adjective.end]
            yield self.finding(
                start,
                adjective.end,
                f"'{adjective.text}' takes -{'est' if superlative else 'er'}: '{replacement}', not '{written}'.",
                suggestions=(replacement,),
                fix=FixSafety.UNSAFE,
            )

    def _more_good(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'It is more good than the old one' → 'better': 'more' + 'good' or 'bad' + 'than' after a
        linking verb. Not 'there is more good than harm' nor 'do more good than anything' (the noun)
        nor 'more good than bad' (two qualities)."""
        if words[index].low != "more" or index < 1 or index + 3 >= len(words):
            return None
        before, adjective, than = words[index - 1], words[index + 1], words[index + 2]
        if than.low != "than" or not (before.joined and words[index].joined and adjective.joined and than.joined):
            return None
        if before.low not in _BE_OR_SEEM or (index > 1 and words[index - 2].low == "there"):
            return None
        partner = words[index + 3].low
        if partner in _GOOD_PARTNERS or w.tags(partner) == {"NOUN"}:
            return None  # "more good than bad", "more good than harm"
        closing = index + 4 >= len(words) or not words[index + 3].joined
        if closing and "ADJ" in w.tags(partner) and partner not in _COMPARISON_STANDARDS:
            return None  # "the season was more good than great": two qualities weighed, not degrees of one
        if in_quotes(doc, adjective.start):
            return None
        fixed = _IRREGULAR_PLAIN[adjective.low]
        return self.finding(
            words[index].start,
            adjective.end,
            f"'{adjective.text}' compares as '{fixed}': '{fixed} than', not 'more {adjective.text} than'.",
            suggestions=(fixed,),
            fix=FixSafety.UNSAFE,
        )


_IRREGULAR_PLAIN = {"good": "better", "bad": "worse"}
_DEGREE_BEFORE_PLAIN = frozenset("much far even still way".split())
_BEFORE_THE_COMPARATIVE = frozenset("all none much so any the".split())
_EXPECTED = frozenset("anticipated predicted planned forecast hoped feared thought expected usual".split())
_ALTERNATIVES = frozenset("rather sooner better prefer prefers preferred preferable".split())
_ADVERB_TOO = frozenset("fast hard early late high low near close deep loud slow quick".split())
"""Short adjectives that are adverbs too, compared with -er after a verb of action ('runs faster than')."""


def _verb_here(doc: Document, words: list[Word], at: int) -> bool:
    """The tagger reads a verb that is no form of 'be' at ``words[at]`` ('runs', 'worked')."""
    from ._tagger import sentence_tags

    return sentence_tags(doc, words)[at].startswith("VB") and words[at].low not in w.BE_FORMS


_THAN_ADJECTIVES = frozenset("other else different rather sooner otherwise preferable superior inferior".split())
"""Adjectives that 'than' may follow in their plain form ('other than', 'different than')."""
_GOOD_PARTNERS = frozenset("good bad evil ill harm wrong right harmful useful helpful anything nothing".split())
"""Words after 'more good than' that make 'good' a quality or a noun weighed against another."""
_COMPARISON_STANDARDS = frozenset("usual normal expected average necessary possible before ever".split())
"""Adjectives after 'than' that are the standard a degree is measured against ('more bad than usual'),
not a second quality."""
_BE_OR_SEEM = frozenset("is was are were be been am 's seems seemed looks looked feels felt sounds sounded".split())
"""Linking verbs before 'more good than': 'good' is the adjective there, not the noun ('do more good')."""


_SUPERLATIVE_SCOPES = frozenset(("world", "history", "universe", "planet"))
"""'In the world', 'in history': a range that one thing is picked out of, so the superlative."""
_PLACE_SCOPES = frozenset(
    """
    country city class school league state region town village continent galaxy nation county province
    neighbourhood neighborhood
    """.split()
)
"""'In the class', 'in the country': ranges too, read only after a singular noun ('the smarter student
in the class'; 'the larger cities in the country' compares two groups)."""
_WHOLE = frozenset(("whole", "entire"))
_COMPOUND_HEADS = frozenset(
    """
    generation generations education picture part court house good world community public brother
    brothers sister sisters son daughter half end ends classes chamber orders ranks reaches days
    years version versions model models
    """.split()
)
"""Nouns that make a set phrase with a comparative, right before a superlative's scope: "the younger
generation in the world", "the higher education sector", "the bigger picture", "the wider world"."""


_LEGAL_COMPARATIVES = frozenset(("greater", "lesser"))
"""'The greater of …' is a set phrase of contracts, whatever the count."""
_THREE_OR_MORE = frozenset(
    """three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred several
    many""".split()
)
_SET_OPENERS = frozenset("the these those".split())


def _three_or_more_after(words: list[Word], at: int, bare: bool) -> int | None:
    """End index of 'of the three', 'of the five options', 'of these four' at ``at``: a choice among
    more than two takes the superlative ('the youngest of the three sisters'). After a noun only a
    number that ends the phrase counts ('the more important issue of the three'; not 'the older
    member of the three families')."""
    if at + 2 >= len(words) or words[at].low != "of" or words[at + 1].low not in _SET_OPENERS:
        return None
    if not (words[at].joined and words[at + 1].joined):
        return None
    number = words[at + 2].low
    digits = number.replace(",", "")
    if number not in _THREE_OR_MORE and not (digits.isdigit() and 3 <= int(digits) < 1000):
        return None
    end = at + 2
    if words[end].joined and end + 1 < len(words):
        following = words[end + 1]
        plural = w.is_plural_noun(following.low) or following.low in w.PLURAL_PERSONS
        if bare and plural and not following.capitalised:
            end += 1  # "the younger of the three sisters"
        elif (
            following.low not in w.PREPOSITIONS
            and following.low not in _CLAUSE_LINKS
            and not w.may_be_finite(following.low)
        ):
            return None
        if end > at + 2 and words[end].joined and end + 1 < len(words):
            after = words[end + 1].low
            if not (after in w.PREPOSITIONS or after in _CLAUSE_LINKS or w.may_be_finite(after)):
                return None
    return end


def _scope_after(words: list[Word], at: int, bare: bool) -> int | None:
    """End index of a superlative's scope that starts at ``words[at]``: 'of all' ('of all the
    players'; after a noun only at the phrase's end: not "the older members of all parties"), 'of all
    time', 'in the world', 'in history', 'in the whole/entire …', 'on earth', 'ever' (also after a
    relative clause's subject: "the worse decision the board ever made"), or such a subject and a
    perfect ("the worse storm the town has experienced"). ``bare``: no noun came between the
    comparative and ``at``."""
    if at >= len(words) or not words[at - 1].joined:
        return None
    low = words[at].low
    rest = [word.low for word in words[at : at + 4]]
    if rest[:2] == ["of", "all"] and words[at].joined:
        if rest[2:3] == ["time"]:
            return at + 2
        if len(rest) > 2 and words[at + 1].joined and rest[2].endswith("s") and "NOUN" in w.tags(rest[2]):
            return None  # "the less fortunate of all ages": 'of every kind', no range to pick from
        if bare or not words[at + 1].joined or at + 2 >= len(words):
            return at + 1
        return None
    if low == "in" and len(rest) >= 2 and words[at].joined:
        if rest[1] == "history" or (not bare and rest[1] in _SPAN_PLURALS):
            return at + 1  # "in history"; "the worse storm in years"
        if not bare and len(rest) >= 3 and words[at + 1].joined and _span_of_time(rest[1], rest[2]):
            return at + 2  # "the worse storm in a century", "in 50 years", "in living memory"
        if rest[1] == "the" and len(rest) >= 3 and words[at + 1].joined:
            if rest[2] in _SUPERLATIVE_SCOPES or (rest[2] in _PLACE_SCOPES and not bare):
                return at + 2
            if rest[2] in _WHOLE and len(rest) >= 4:
                return at + 3
        return None
    if low == "on" and words[at].joined and (rest[1:2] == ["earth"] or (not bare and rest[1:2] == ["record"])):
        return at + 1  # "on earth"; "the hotter summer on record"
    if _life_scope(words, at, rest):
        return at + 2
    counted = _three_or_more_after(words, at, bare)
    if counted is not None:
        return counted
    if bare:
        return None
    subject = at
    if low in w.SUBJECT_PRONOUNS:
        subject = at + 1
    elif low == "the" and at + 1 < len(words) and "NOUN" in w.tags(words[at + 1].low) and words[at].joined:
        subject = at + 2
    if at < subject < len(words) and words[subject - 1].joined and words[subject].low in w.HAVE_FORMS:
        subject += 1
        if subject < len(words) and words[subject - 1].joined and words[subject].low in _EXPERIENCED:
            return subject  # "the worse storm the town has experienced": a perfect picks from all so far
    if subject < len(words) and words[subject].low == "ever":
        return subject
    return None


_EXPERIENCED = frozenset(
    "experienced seen had known witnessed encountered faced tasted eaten visited met heard".split()
)
"""Participles of living through something: after a perfect they range over all one has met
("the worst storm the town has experienced"); not 'booked', 'bought' ("the larger room we have booked")."""


_SPAN_PLURALS = frozenset(("years", "decades", "centuries", "ages"))
_SPANS = frozenset(("century", "decade", "generation", "lifetime"))


def _span_of_time(first: str, second: str) -> bool:
    """'a century', 'a generation', '50 years', 'living memory': a stretch of time a superlative
    picks one out of ('the worst storm in a century')."""
    if first == "a":
        return second in _SPANS
    if first == "living":
        return second == "memory"
    return w.is_numeral(first) and second in _SPAN_PLURALS


_LIFE = frozenset(("life", "lives", "career"))
_PAIR_WORDS = frozenset("two both either neither first second former latter halves".split())
"""Words that set two things side by side in the sentence, where a comparative picks one of the pair."""
_PARTS = frozenset(("part", "half", "side", "portion"))
"""'The better part of my life', 'the better half of his career': a part, no pick from many."""


def _life_scope(words: list[Word], at: int, rest: list[str]) -> bool:
    """'of my life', 'of their lives', 'of her career' after a noun that is no part ('the worse day
    of my life'): the whole of a life is the range a superlative picks from."""
    if len(rest) < 3 or rest[0] != "of" or rest[1] not in w.POSSESSIVES or rest[2] not in _LIFE:
        return False
    if not (words[at].joined and words[at + 1].joined) or words[at - 1].low in _PARTS:
        return False
    if any(word.low in _PAIR_WORDS for word in words):
        return False  # "of the two marriages, the first was the happier time of his life": two compared
    return "NOUN" in w.tags(words[at - 1].low)


class ComparativeForSuperlative(GrammarRule):
    id = "grammar.comparative-for-superlative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A comparative where one is picked out of many: 'the longer bridge in the world', 'the more able of all'."
    why = (
        "The comparative ('longer', 'more talented', 'worse') compares two; picking one out of a whole "
        "range ('of all', 'in the world', 'in history', 'ever') takes the superlative: 'the longest "
        "bridge in the world', 'the most talented of all', 'the worst decision we ever made'. Reported "
        "only when such a range follows 'the' + comparative (+ one noun) straight away. Left alone: two "
        "compared ('the taller of the two'), set phrases ('the younger generation', 'the bigger "
        "picture', 'the better part of'), 'better' (\"the better of all the options\" is rare, and "
        "'better' has noun uses), and 'the more … the more'."
    )
    bad = (
        "It is the longer bridge in the world.",
        "He is the more talented of all the players.",
        "That was the worse decision the board ever made.",
        "She is the bigger star in the whole country, and this is the more important issue of all.",
        "It was the hotter summer in history; the worse film I have ever seen.",
        "She is the smarter student in the class.",
        "The younger of the three sisters runs the bakery.",
        "It was the more expensive of the five options.",
        "This is the more important issue of the three.",
        "The older of the five children looks after the farm.",
        "This is the less expensive of the three phones.",
        "It was the worse day of my life.",
        "It was the worse storm in a century, the hotter summer on record and the bigger flood in 50 years.",
        "This was the worse storm the town has experienced in over thirty years.",
    )
    good = (
        "It is the longest bridge in the world; he is the taller of the two.",
        "The younger generation in the world is online; the bigger picture in history.",
        "The older members of all parties agreed; the more you read, the more you learn of all this.",
        "The better part of all his life; the larger of the two in the world of finance.",
        "The longer he stayed, the worse it got; the worse it was ever going to be.",
        "The Greater London area in the world rankings; the lesser of two evils.",
        "The larger cities in the world have metros; the younger players in the team; the taller in the class.",
        "The taller of the two; the older member of the three families; the greater of the three values.",
        "The older of the three brothers' houses burned; the better of the three was chosen.",
        "This is the less expensive of the two phones; we help the less fortunate of all ages.",
        "It was the better part of my life; the later years of his life; the better half of her career.",
        "The worse in years is over; the later years in decades; the older records on record stay.",
        "It is the larger room we have booked, not the small one.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            position
            for position in positions(doc, _THE)
            if position < last and (lows[position + 1] in _MORE_LESS or lows[position + 1].endswith(_COMPARATIVE_ENDS))
        ]
        for words, index in places(doc, candidates):
            if index + 2 >= len(words) or not words[index].joined:
                continue
            first = words[index + 1]
            if first.text != first.low:
                continue  # "The Greater London area", a title
            if first.low in _MORE_MOST_LESS:
                if first.low not in _MORE_LESS or not first.joined:
                    continue
                adjective = words[index + 2]
                tags = w.tags(adjective.low)
                if "ADJ" not in tags or "NOUN" in tags or adjective.text != adjective.low:
                    continue
                last = index + 2
                replacement = ("the most " if first.low == "more" else "the least ") + adjective.text
            else:
                if first.low in ("better", "worst") or not _compared(first) or first.low.endswith("est"):
                    continue
                last = index + 1
                replacement = "the " + _superlative_of_comparative(first.low)
            if _has_correlative(words):
                continue  # "the more you read, the more you learn"
            at = last + 1
            bare = True
            if words[last].joined and at < len(words) and _noun_head(words[at]):
                if (
                    words[at].low in _COMPOUND_HEADS
                    or w.is_plural_noun(words[at].low)
                    or words[at].low in w.PLURAL_PERSONS
                ):
                    continue  # "the younger generation", "the larger cities in the world": two groups
                bare = False
                at += 1
            scope = _scope_after(words, at, bare)
            if scope is None:
                continue
            if doc.text[words[scope].end : words[scope].end + 1] in ("'", "’") or (
                first.low in _LEGAL_COMPARATIVES and words[at].low == "of"
            ):
                continue  # "the older of the three brothers' houses"; "the greater of the three values"
            if in_quotes(doc, first.start) or doc.is_protected(first.start, words[last].end):
                continue
            written = doc.text[words[index].start : words[last].end]
            fixed = match_case(replacement, written)
            yield self.finding(
                words[index].start,
                words[last].end,
                f"Picking one out of many takes the superlative: '{fixed}', not '{written}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )


_THE = frozenset(("the",))
_COMPARATIVE_ENDS = ("er", "worse")
_CLAUSE_LINKS = w.CLAUSE_OPENERS | frozenset(("that", "and", "but", "so"))
_MORE_MOST_LESS = frozenset(("more", "most", "less"))
_MORE_LESS = frozenset(("more", "less"))


def _noun_head(word: Word) -> bool:
    tags = w.tags(word.low)
    return "NOUN" in tags and word.text == word.low and word.low not in w.PREPOSITIONS


def _correlative(words: list[Word], at: int) -> bool:
    """'The more …' or 'the longer …' opening half of 'the more …, the more …'."""
    if at + 1 >= len(words):
        return False
    following = words[at + 1]
    if following.low in _MORE_MOST_LESS:
        return True
    return following.low != "better" and _compared(following) and not following.low.endswith("est")


def _has_correlative(words: list[Word]) -> bool:
    """The sentence holds 'the more …, the more …': two such halves, the first opening it or a
    clause ("I think the longer we wait, the worse it gets")."""
    halves = [i for i, word in enumerate(words) if word.low == "the" and _correlative(words, i)]
    return len(halves) > 1 and (halves[0] == 0 or words[halves[0] - 1].low in _CLAUSE_LINKS)


def _superlative_of_comparative(comparative: str) -> str:
    """'longer' → 'longest', 'easier' → 'easiest', 'worse' → 'worst'."""
    if comparative == "worse":
        return "worst"
    return comparative[:-2] + "est"


_GROUPS = frozenset(
    """team class school world country city town village company office club league neighbourhood
    neighborhood street university college department firm army squad band choir orchestra""".split()
)
"""Groups and places whose best or oldest member is 'in' them ('the oldest player in the team')."""
_RANKED = frozenset(
    """player players student students pupil pupils boy boys girl girls man men woman women person people
    kid kids athlete athletes runner runners worker workers employee employees teacher teachers singer
    singers building buildings mountain mountains river rivers lake lakes restaurant restaurants hotel
    hotels shop shops store stores city cities town towns country countries university universities
    school schools team teams animal animals car cars house houses actor actors""".split()
)
"""Heads that are ranked within a group and are no part of it by 'of' ('the youngest member of the
family', 'the best part of the day', 'the eldest child of the family' are sound: left out)."""
_GROUP_DETERMINERS = frozenset("the my our his her their this your".split())


class SuperlativeOf(GrammarRule):
    id = "grammar.superlative-of"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A superlative ranked 'of' a group or place: 'the oldest player of the team' (→ 'in the team')."
    why = (
        "A superlative ranks someone or something within a group or a place, and English says 'in': "
        "'the tallest building in the city', 'the best student in the class'. 'Of' is for a set of "
        "the same things ('the best of the players') and for what belongs ('the youngest member of "
        "the family', 'the best part of the day'), which are left alone."
    )
    bad: ClassVar[Sequence[str]] = (
        "He is the oldest player of the team.",
        "It is the tallest building of the city.",
        "She was the best student of her class, and the fastest runner of the school.",
        "Everest is the highest mountain of the world.",
        "This is the most expensive restaurant of the city.",
    )
    good: ClassVar[Sequence[str]] = (
        "He is the oldest player in the team; she is the youngest member of the family.",
        "It is the best part of the day; the tallest of the buildings is new.",
        "He was named the best player of the tournament; the best players of the team's history came.",
        "She is the best student of the year, and the richest man of the World Bank spoke.",
        "The oldest player of the team's founding squad retired.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        found = [
            at
            for at in positions(doc, _GROUPS)  # all of them, present or not: the sample learns them
            if at >= 5 and lows[at - 2] == "of" and lows[at - 1] in _GROUP_DETERMINERS and lows[at - 3] in _RANKED
        ]
        for words, index in places(doc, found):
            group, head = words[index], words[index - 3]
            if index < 5 or group.text != group.low or not all(word.joined for word in words[index - 5 : index]):
                continue
            if w.is_superlative(words[index - 4].low):
                first = index - 4
            elif words[index - 5].low in ("most", "least") and "ADJ" in w.tags(words[index - 4].low):
                first = index - 5  # "the most expensive restaurant of the city"
            else:
                continue
            if first < 1 or words[first - 1].low != "the" or head.text != head.low:
                continue
            if index + 1 < len(words) and group.joined and _continues(words[index + 1].low):
                continue  # "the team's founding squad", "the class of 2020"
            if in_quotes(doc, group.start):
                continue
            of = words[index - 2]
            yield self.replace_word(
                of,
                match_case("in", of.text),
                f"A superlative ranks within a group: 'the {words[first].text} … in {words[index - 1].text} "
                f"{group.text}', not 'of'.",
                FixSafety.UNSAFE,
            )


_TO_COMPARATIVE = {"best": "better", "worst": "worse", "most": "more", "least": "less", "fewest": "fewer"}
_CORRELATIVE_FIRSTS = frozenset(("more", "less", "fewer", "better", "worse"))
_CLAUSE_OPENERS = w.SUBJECT_PRONOUNS | w.DETERMINERS | frozenset(("there",))
_RANGE_AFTER = frozenset("of in on among at".split())
"""After 'the best': a range ("the best of them", "the best in the league"), an appositive, not a half."""


class CorrelativeComparative(GrammarRule):
    id = "grammar.correlative-comparative"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A superlative in the second half of 'the more …, the better': 'The more you practise, the best you play'."
    )
    why = (
        "'The more …, the more …' ties two comparisons together, and both halves take the comparative: "
        "'The more you practise, the better you play', 'the harder they worked, the poorer they became'. "
        "Reported: a sentence that opens with 'The' and a comparative before a clause ('The more you', "
        "'The older he gets', 'The sooner,'), whose half after a comma opens with 'the' and a superlative. "
        "Not 'the best of them' or 'the best in the league' (an appositive)."
    )
    bad: ClassVar[Sequence[str]] = (
        "The more you practise, the best you play.",
        "The older he gets, the wisest he becomes.",
        "The more I read about it, the least I understand. The sooner, the best.",
        "The harder they worked, the poorest they became; the more money you earn, the most you spend.",
    )
    good: ClassVar[Sequence[str]] = (
        "The more you practise, the better you play.",
        "The more experienced players, the best in the league, won the cup.",
        "The bigger houses, the best of them, were sold first.",
        "The more important thing is the best result. The sooner, the better.",
        "The more we spent, the more we wanted, and the best of it was free.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        openers = [at for at in positions(doc, _THE) if tokens[at].sentence_start]
        for words, index in places(doc, openers):
            opened = _correlative_opening(words) if index == 0 and len(words) >= 5 else None
            if opened is None:
                continue
            for at in range(opened, len(words) - 1):
                if words[at].low == "the" and not words[at - 1].joined and words[at].joined:
                    finding = self._superlative_half(doc, words, at)
                    if finding is not None:
                        yield finding
                    break

    def _superlative_half(self, doc: Document, words: list[Word], at: int) -> Finding | None:
        word = words[at + 1]
        low = word.low
        if low in _TO_COMPARATIVE:
            fixed = _TO_COMPARATIVE[low]
        elif w.is_superlative(low):
            fixed = low[:-2] + "r"  # "wisest" → "wiser", "biggest" → "bigger"
        else:
            return None
        if word.text != low or in_quotes(doc, word.start):
            return None
        if at + 2 < len(words) and word.joined and words[at + 2].low in _RANGE_AFTER:
            return None  # "the best of them", "the best in the league"
        return self.replace_word(
            word,
            fixed,
            f"In 'the more …, the …' both halves take the comparative: 'the {fixed}', not 'the {word.text}'.",
            FixSafety.UNSAFE,
        )


def _correlative_opening(words: list[Word]) -> int | None:
    """Where the clause after an opening 'The' + comparative starts ('The more | you practise', 'The
    more money | you earn', 'The more often | we meet', 'The sooner|,'), or None when the comparative
    goes on into a noun phrase ("The more important thing is …")."""
    second = words[1]
    if second.text != second.low or not words[0].joined:
        return None
    if second.low not in _CORRELATIVE_FIRSTS and not _compared(second):
        return None
    if not second.joined:
        return 2  # "The sooner, the better"
    at = 2
    modified = words[at].joined and w.tags(words[at].low) & {"ADJ", "ADV", "NOUN"}
    if second.low in _MORE_LESS and modified and words[at].low not in _CLAUSE_OPENERS:
        at += 1  # "The more careful you are", "The more money you earn"
    opener = words[at].low
    if opener in _CLAUSE_OPENERS or (words[at].capitalised and opener not in w.DETERMINERS):
        return at
    return None


def _continues(low: str) -> bool:
    """The group noun goes on into a longer phrase ('the team's', 'the class of', 'the city council')."""
    return low.endswith(("'s", "’s")) or low == "of" or w.tags(low) == {"NOUN"}


_WORSE_FORMS = frozenset(("worst", "worse"))
_WORSE_TRIGGERS = _WORSE_FORMS | {"worse-case"}
_CHANGE_VERBS = frozenset(
    """
    get gets got gotten getting become becomes became becoming grow grows grew grown growing
    """.split()
)
"""Verbs of becoming: what gets, becomes or grows bad changes against its own past, a comparison of
two states ('it got worse'), so the superlative ('it got worst') is a slip. Not 'turn' or 'go'
('turn worst', 'go worst' are not English either way)."""
_BECOME_GROW = frozenset("become becomes became becoming grow grows grew grown growing".split())
_MAKE_FORMS = frozenset("make makes made making".split())


def _preposition_after(words: list[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index].joined and words[index + 1].low in w.PREPOSITIONS


_MAKE_OBJECTS = frozenset("it them things matters everything this that him her me us you life".split())
"""Objects of 'make … worse' ('made it worse', 'make things worse', 'makes matters worse')."""
_COMPARATIVE_ONLY = frozenset("much lot bit slightly way somewhat considerably significantly noticeably".split())
"""Degree words that grade a comparative and never a bare superlative ('much worse', 'a lot
worse', 'slightly worse'; 'much the worst' has 'the'). 'Even', 'still' and 'far' are
grammar.superlative-for-comparative's."""
_ON_THE_WAY = frozenset("progressively gradually steadily quickly rapidly slowly only just really actually".split())
"""Adverbs that may stand between a verb of becoming and 'worse' ('got progressively worse')."""
_TURNS = frozenset("turn turns turned turning change changes changed changing".split())
_FOLLOW_WORST = frozenset("than and or but".split())
_AT_WORST_GOES_ON = frozenset("odds rates prices terms".split())


def _after_worst_ok(doc: Document, words: list[Word], index: int) -> bool:
    """'Worst' ends its phrase: no noun follows ('got worst marks' lacks 'the', another slip) and no
    hyphen ('worst-case')."""
    word = words[index]
    if doc.text[word.end : word.end + 1] in ("-", "\u2011"):
        return False
    if index + 1 >= len(words) or not word.joined:
        return True
    following = words[index + 1].low
    if following in _FOLLOW_WORST or following in w.PREPOSITIONS:
        return True
    tags = w.tags(following)
    return not (tags & {"NOUN", "PROPN", "NUM", "ADJ"}) or "ADV" in tags


def _made_object(words: list[Word], index: int) -> bool:
    """'made it worst', 'make things worst', 'makes the sauce worst': a form of 'make', its object
    (a pronoun, or a short noun phrase opened by a determiner), then 'worst'."""
    if index >= 2 and words[index - 2].joined and words[index - 2].low in _MAKE_FORMS:
        previous = words[index - 1].low
        return previous in _MAKE_OBJECTS or ("NOUN" in w.tags(previous) and w.is_plural_noun(previous))
    for at in range(index - 2, max(index - 5, 0), -1):
        if not words[at].joined:
            return False
        if words[at].low in w.DETERMINERS:
            return (
                at >= 1
                and words[at - 1].joined
                and words[at - 1].low in _MAKE_FORMS
                and ("NOUN" in w.tags(words[index - 1].low))
            )
    return False


_FAR_MUCH = frozenset(("far", "much"))
_GOING = frozenset("go goes went gone going get gets got getting".split())


def _from_bad_to(words: list[Word], index: int) -> bool:
    """'went from bad to worst': the idiom of going downhill, after a verb of going (not a range:
    'ratings from bad to worst')."""
    if index < 4 or words[index - 2].low != "bad" or words[index - 3].low != "from":
        return False
    return all(words[at].joined for at in range(index - 4, index)) and words[index - 4].low in _GOING


def _than_soon_after(words: list[Word], index: int) -> bool:
    """A 'than' among the three words after ``index``, with nothing but spaces between ("far worst
    performance than Chrome"): the comparison is of two. Not after 'by' ('by far worst' is no
    comparison): that case has no 'than'."""
    for at in range(index + 1, min(index + 4, len(words))):
        if not words[at - 1].joined:
            return False
        if words[at].low == "than":
            return at > index + 1  # "far worst than" is grammar.superlative-for-comparative's
    return False


def _pair_follows(words: list[Word], index: int) -> bool:
    """'worst and worst': the pair is reported from its second word."""
    return (
        index + 2 < len(words)
        and words[index].joined
        and words[index + 1].low == "and"
        and words[index + 1].joined
        and words[index + 2].low in _WORSE_FORMS
    )


class WorseOrWorst(GrammarRule):
    id = "grammar.worse-or-worst"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Worst' for 'worse' where a thing changes ('it got worst', 'made it worst'); 'at worse' for 'at worst'."
    why = (
        "What gets, becomes or grows bad, or is made so, is compared with what it was: the comparative "
        "('it got worse', 'made things worse', 'a lot worse', 'a turn for the worse', 'worse and worse'). "
        "The superlative picks one out of many and goes with 'the' ('the worst of all', 'prepare for the "
        "worst'). The other way round, the idiom is 'at worst' (like 'at best'). Reported only where "
        "'worst' ends its phrase (not 'got worst marks', which lacks 'the'), never after 'the', 'at' or "
        "a possessive, and 'at worse' only before a pause ('at worse odds' is a comparison)."
    )
    bad = (
        "The traffic gets worst every winter, and the queues have gotten worst since March.",
        "Shouting at him only made it worst; the extra salt makes the sauce worst.",
        "The new layout is a lot worst for readers and slightly worst on phones.",
        "Her health took a turn for the worst, and the noise grew worst and worst.",
        "The plan is clumsy at best and dangerous at worse.",
        "The old phone has far worst battery life than the new one.",
        "Things went from bad to worst.",
        "In a worse-case scenario we lose a week.",
    )
    good = (
        "The traffic gets worse every winter; this is the worst traffic I have seen.",
        "Prepare for the worst; he got the worst of the deal and made the worst of it.",
        "Which of the roads is worst in winter? At worst, we lose a day.",
        "We bet at worse odds than last year; the roads got worse and worse.",
        "She got worst marks in the class; it made my worst fears come true.",
        "The firm gets worst-case figures from the bank.",
        "She became worst at maths of all the girls.",
        "What made it worst of all was the silence.",
        "The cut made those on low pay worst off.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WORSE_TRIGGERS):
            word = words[index]
            if word.capitalised and not word.sentence_start:
                continue
            finding = self._worst(doc, words, index) if word.low == "worst" else self._at_worse(doc, words, index)
            if finding is not None and not in_quotes(doc, word.start) and not doc.is_protected(word.start, word.end):
                yield finding

    def _worst(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        if index == 0 or not words[index - 1].joined:
            return None
        before = words[index - 1].low
        fixed = match_case("worse", words[index].text)
        if before == "the" and index >= 3 and words[index - 2].low == "for" and words[index - 3].low in _TURNS:
            return self._report(words[index], fixed, "A change for the worse: 'for the worse', not 'for the worst'.")
        if before == "and" and index >= 2 and words[index - 2].low in _WORSE_FORMS and words[index - 2].joined:
            first = words[index - 2]
            return self.finding(
                first.start,
                words[index].end,
                "A thing getting ever worse: 'worse and worse'.",
                suggestions=(match_case("worse and worse", first.text),),
                fix=FixSafety.UNSAFE,
            )
        if before == "to" and _from_bad_to(words, index) and not _pair_follows(words, index):
            return self._report(words[index], fixed, f"The idiom is 'go from bad to {fixed}'.")
        if before in _FAR_MUCH and _than_soon_after(words, index) and not _pair_follows(words, index):
            return self._report(words[index], fixed, f"'{words[index - 1].text} … than' compares two: '{fixed}'.")
        if not _after_worst_ok(doc, words, index) or _pair_follows(words, index):
            return None
        if index + 2 < len(words) and words[index + 1].low == "of" and words[index + 2].low == "all":
            return None  # "what made it worst of all was …": the superlative of the idiom
        if index + 1 < len(words) and words[index].joined and words[index + 1].low == "off":
            return None  # "made those on low pay worst off": the superlative of 'badly off'
        if before in _COMPARATIVE_ONLY:
            if before in ("lot", "bit") and not (index >= 2 and words[index - 2].low == "a"):
                return None
            if before == "way" and index >= 2 and words[index - 2].low in w.DETERMINERS:
                return None  # "the way worst …"
            return self._report(words[index], fixed, f"'{words[index - 1].text}' grades a comparative: '{fixed}'.")
        verb_at = index - 2 if before in _ON_THE_WAY and index >= 2 and words[index - 2].joined else index - 1
        if words[verb_at].low in _BECOME_GROW and _preposition_after(words, index):
            return None  # "she became worst at maths": the superlative of a rank, 'the' left out
        if words[verb_at].low in _CHANGE_VERBS:
            message = f"'{words[verb_at].text} {fixed}': a change compares two states and takes the comparative."
            return self._report(words[index], fixed, message)
        if _made_object(words, index):
            return self._report(words[index], fixed, f"'Make … {fixed}': a change takes the comparative.")
        return None

    def _at_worse(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        word = words[index]
        if word.low == "worse-case":
            fixed = match_case("worst", word.text)  # "a worse-case scenario"
            message = f"The phrase is '{fixed}-case', the case as bad as it gets."
            return self.finding(word.start, word.start + 5, message, suggestions=(fixed,), fix=FixSafety.UNSAFE)
        if index == 0 or not words[index - 1].joined or words[index - 1].low != "at":
            return None
        verb = words[index - 2].low if index >= 2 and words[index - 2].joined else ""
        if "VERB" in w.tags(verb) and "ADJ" not in w.tags(verb):
            return None  # "sold at worse …"
        if word.joined and index + 1 < len(words):
            return None  # "at worse odds": a comparison; only 'at worse' before a pause
        fixed = match_case("worst", word.text)
        return self._report(word, fixed, f"The idiom is 'at {fixed}' (like 'at best'), not 'at {word.text}'.")

    def _report(self, word: Word, fixed: str, message: str) -> Finding:
        return self.replace_word(word, fixed, message, FixSafety.UNSAFE)


RULES = [
    SuperlativeOf,
    DoubleComparison,
    ComparisonPartner,
    VeryComparative,
    EnoughOrder,
    SuperlativeForComparative,
    ShortComparative,
    ComparativeForSuperlative,
    CorrelativeComparative,
    WorseOrWorst,
]
