"""Noun phrases that lost or kept a word in editing: "the a plan", "a major milestones", "most of time"."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._ngrams import web_pair_count
from ._tagger import sentence_tags
from ._tokens import Word, code_label, in_quotes, match_case, occurrences, places, positions
from .articles import letter_before_be, letter_in_formula

if TYPE_CHECKING:
    from lint._document import Document

_ARTICLES = frozenset(("a", "an", "the"))
_POSSESSIVES_BEFORE_THE = frozenset("my your our their".split())
_SECOND_DETERMINERS = frozenset("a an the this these those my your his its our their he she they we another".split())


_BE_FORMS = frozenset("is are was were".split())
"""'The is', 'the are': a noun lost in an edit (not 'am': "in the am" is the morning)."""
_AFTER_ARTICLE = _SECOND_DETERMINERS | _BE_FORMS | frozenset("both all many some one it".split())
"""The words after an article that grammar.double-determiner reads further (with the words in -ly):
'the both', 'the all', 'a many', 'a some', 'a one of', 'the its', 'the is', 'an it causes'."""


def _noun_after_some(doc: Document, words: list[Word], at: int) -> bool:
    """'A some time', 'a some weeks': a plain lower-case noun straight after 'some' (not 'a some-time
    job', where 'sometime' is the adjective)."""
    if at + 1 >= len(words) or not words[at].joined or doc.text[words[at].end : words[at].end + 1] in ("-", "–"):
        return False
    noun = words[at + 1]
    return noun.text == noun.low and "NOUN" in w.tags(noun.low) and not in_quotes(doc, words[at].start)


def _adverb_then_article(words: list[Word], index: int) -> bool:
    """'the exactly the same', 'a really a good idea': an article, a word that can only be an
    adverb in -ly, and the article again."""
    if index + 2 >= len(words) or not words[index + 1].joined:
        return False
    adverb, third = words[index + 1].low, words[index + 2]
    return w.only_adverb_in_ly(adverb) and third.text == third.low and third.low in _ARTICLES


class DoubleDeterminer(GrammarRule):
    id = "grammar.double-determiner"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two determiners in a row, usually left over from an edit: 'the a plan', 'the my office'."
    why = (
        "'The a plan' and 'a the budget' are what is left when one wording was typed over another. "
        "Only an article directly followed by another article, a possessive, a demonstrative or a "
        "subject pronoun, all in lower case, is reported ('the A team' and 'the US' are names); so "
        "are an article before 'is', 'are', 'was' or 'were' ('The are many reasons': a noun lost) "
        "and an article repeated round an adverb ('the exactly the same')."
    )
    bad = (
        "The council approved the a plan.",
        "She left the my office early.",
        "He gave a the speech.",
        "The are many reasons to stay.",
        "If you write text an it causes problems, fix it.",
        "It is the exactly the same answer, and a really a good one.",
        "The both sides agreed to talk.",
        "The mayor spoke in front of the all residents.",
        "It is a one of the oldest bridges in London.",
        "It has been a many years since the mill closed.",
        "We waited for a some time before leaving.",
        "Click on your the profile icon; the code of our the paper is online.",
    )
    good = (
        "A is for apple, and A stands for ampere.",
        "Take the a.m. train.",
        "The council approved the plan.",
        "The A team won; the US and the UK agreed.",
        "What a day that was.",
        "Meet me at nine in the am. The Is and the Ares. She has the it factor.",
        "It is exactly the same answer, really a good one, and the only one.",
        "We want a hotel with an a) pool and b) gym.",
        "Vitamin A is found in carrots, and Plan A was to wait.",
        "A is a subset of B; if a were 0, the sum would vanish; the word an is short.",
        "The a cappella group sang; it is an a priori argument.",
        "Both sides agreed; the two sides met, and the both-ways ticket sold.",
        "The All Blacks won; the all-clear sounded; the all new models; the all stars game; the all parties talks.",
        "It was a one-of-a-kind piece, a one of a kind; the one of the books I liked; a one of his songs that.",
        "It is a many-sided problem; a great many years; a good many people; love is a many splendored thing.",
        "It was a some-time job; he was a sometime actor. We dropped plan A some time ago.",
        'My The Frame TV works; the car was his the whole time; give her the keys; "your the" is a typo.',
        "Oh my the view is lovely from up here.",
        "Return True if a is sorted; check whether file a was written after file b.",
    )
    fixed = ()
    fix = "sometimes"

    def _possessive_the(self, doc: Document) -> Iterator[Finding]:
        """'Your the profile', 'our the paper': a possessive straight before a lower-case 'the' ('my The
        Frame TV' is a name; 'his' and 'her' are also pronouns: 'the car was his the whole time')."""
        for words, index in occurrences(doc, _POSSESSIVES_BEFORE_THE):
            first = words[index]
            if not first.joined or index + 2 >= len(words) or words[index + 1].text != "the":
                continue
            if in_quotes(doc, first.start):
                continue
            if first.low == "my" and index > 0 and words[index - 1].low in ("oh", "o", "my"):
                continue  # "oh my the view is lovely": the exclamation
            the = words[index + 1]
            suggestions: tuple[str, ...] = (first.text, match_case("the", first.text))
            if first.low == "your":
                suggestions += (match_case("you're the", first.text),)
            yield self.finding(
                first.start,
                the.end,
                f"'{first.text} the': one determiner too many; keep '{first.text}' or 'the'.",
                suggestions=suggestions,
                fix=FixSafety.UNSAFE,
            )

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._possessive_the(doc)
        lows = doc.lows
        last = len(lows) - 1
        sifted_articles = [  # on the flat word list: every check below needs one of these words after the article
            position
            for position in positions(doc, _ARTICLES)
            if position < last
            and (
                lows[position + 1] in _AFTER_ARTICLE or lows[position + 1].endswith("ly") or lows[position + 1] == "it"
            )
        ]
        for words, index in places(doc, sifted_articles):
            first = words[index]
            if not first.joined or index + 1 >= len(words):
                continue
            second = words[index + 1]
            if second.text != second.low:
                continue
            if first.low == "the" and second.low == "both" and _plural_follows(words, index + 1):
                yield self.finding(
                    first.start,
                    second.end,
                    f"'{first.text} {second.text}': 'both' takes no article; drop '{first.text}'.",
                    suggestions=(match_case("both", first.text),),
                    fix=FixSafety.UNSAFE,
                )
                continue
            if first.low == "the" and second.low == "all" and _plural_follows(words, index + 1):
                noun = words[index + 2]
                ends = not noun.joined or index + 3 >= len(words) or ends_noun_phrase(words[index + 3])
                if noun.text == noun.low and ends:
                    all_the = match_case("all the", first.text)
                    yield self.finding(
                        first.start,
                        second.end,
                        f"'{first.text} {second.text}': 'all' comes before the article: '{all_the}'.",
                        suggestions=(all_the,),
                        fix=FixSafety.UNSAFE,
                    )
                continue
            if first.low == "a" and second.low == "many" and _plural_follows(words, index + 1):
                if doc.text[second.end : second.end + 1] in ("-", "–") or in_quotes(doc, first.start):
                    continue  # "a many-sided problem"
                many = match_case("many", first.text)
                yield self.finding(
                    first.start,
                    second.end,
                    f"'{first.text} {second.text}': 'many' takes no article; '{many}' or 'a great many'.",
                    suggestions=(many, match_case("a great many", first.text)),
                    fix=FixSafety.UNSAFE,
                )
                continue
            labelled = first.text == "A" and not first.sentence_start  # "plan A some time ago": a label
            if first.low == "a" and second.low == "some" and not labelled and _noun_after_some(doc, words, index + 1):
                yield self.finding(
                    first.start,
                    second.end,
                    f"'{first.text} {second.text}': 'some' takes no article; drop '{first.text}'.",
                    suggestions=(match_case("some", first.text),),
                    fix=FixSafety.SAFE,
                )
                continue
            if first.low == "a" and second.low == "one" and _one_of_the(words, index + 1):
                yield self.finding(
                    first.start,
                    second.end,
                    f"'{first.text} {second.text} of': 'one of' takes no article; drop '{first.text}'.",
                    suggestions=(match_case("one", first.text),),
                    fix=FixSafety.SAFE,
                )
                continue
            sifted = second.low in _SECOND_DETERMINERS or second.low in _BE_FORMS or second.low.endswith("ly")
            if not sifted and not (second.low == "it" and _verb_next(words, index + 1)):
                continue  # the cheap sift: most articles end here ("an it causes": 'and it')
            if code_label(words, index + 1, w.CODE_HEADS):
                continue  # "the its parameter", "the were keyword": a word named in technical prose
            if in_quotes(doc, first.start) or doc.text[second.end : second.end + 1] in (")", "-"):
                continue  # "a hotel with an a) pool, b) gym": a list label; "the an- prefix": an affix
            if doc.text[second.end : second.end + 2] in (".m", ".k", ".d", ".s"):
                continue  # "the a.m. train", "an a.k.a.": a letter of an abbreviation
            if first.text == "The" and index > 0 and not first.sentence_start:
                continue  # "The The were a band": a capital article inside a sentence opens a name
            if first.text == "A" and index > 0 and words[index - 1].text[:1].isalpha():
                continue  # "Vitamin A is", "Plan A was": a capital letter inside a sentence is a label
            if first.text == "A" and index == 0 and doc.text[second.end : second.end + 4] == " for":
                continue  # "A is for apple": the letter
            if first.text == "A" and index == 0 and _letter_predicate(words, index + 2):
                continue  # "A is a vowel", "A is not empty": the letter, or a set named by it
            if second.low in _SINGULAR_ARTICLES and index + 2 < len(words) and words[index + 2].low in w.LATIN_AFTER_A:
                continue  # "the a cappella group", "an a priori argument": a Latin or Italian phrase
            if second.low in _BE_FORMS and not (
                letter_before_be(words, index)
                or letter_in_formula(doc, words, index)
                or (index > 0 and words[index - 1].low in _CITING_ARTICLES)  # "the word an is short"
            ):
                yield self.finding(
                    first.start,
                    second.end,
                    f"'{first.text} {second.text}': a noun is missing after '{first.text}', or drop it.",
                    fix=FixSafety.UNSAFE,
                )
                continue
            if _adverb_then_article(words, index):
                third = words[index + 2]
                yield self.finding(
                    first.start,
                    third.end,
                    f"'{first.text} {second.text} {third.text}': the article is there twice; keep the second.",
                    suggestions=(match_case(f"{second.text} {third.text}", first.text),),
                    fix=FixSafety.UNSAFE,
                )
                continue
            if second.low not in _SECOND_DETERMINERS and second.low != "it":
                continue
            yield self.finding(
                first.start,
                second.end,
                f"'{first.text} {second.text}': two determiners; keep one.",
                suggestions=(first.text, second.text),
                fix=FixSafety.UNSAFE,
            )


def _letter_predicate(words: list[Word], at: int) -> bool:
    """A predicate opens at ``at`` after 'is' or 'was': an article, 'not' or an adjective ("A is a
    vowel", "A is not empty", "A was empty"), so what comes before names a thing; a place, a participle
    or nothing ("A is in my handbag", "A is parked outside") keeps the slip's reading."""
    if at >= len(words) or words[at - 1].low not in ("is", "was") or not words[at - 1].joined:
        return False
    low = words[at].low
    return low in ("a", "an", "the", "not") or ("ADJ" in w.tags(low) and not w.verb_tags(low))


_PLACE_ADVERBS = frozenset(("here", "there", "twice", "again"))


_PHRASE_PREPOSITIONS = w.PREPOSITIONS - w.CLAUSE_OPENERS - {"to", "of"}
"""Prepositions that take only a noun phrase ('for', 'in', 'with'), not a clause ('after this ends')."""


def _object_of_preposition(doc: Document, words: list[Word], index: int, noun_at: int) -> bool:
    """'Every' is never a pronoun, so a plural the tagger reads after it is the noun ('about every
    things'); 'another' after a preposition that takes no clause ('for another reasons') opens the
    preposition's object. Not 'this', 'each' or 'one' ('the reason for this lies in', 'the blame for
    each rests with', 'all of this ties into': a pronoun, then the verb), nor after 'of'."""
    if sentence_tags(doc, words)[noun_at] != "NNS":
        return False
    if words[index].low == "every":
        return True
    if words[index].low != "another" or index == 0 or not words[index - 1].joined:
        return False
    return words[index - 1].low in _PHRASE_PREPOSITIONS


def _after_clause_verb(words: list[Word], index: int) -> bool:
    """The word before ``index`` is a form of a verb that may take a clause ("I think this matters",
    "check this works"): 'this' after it may be the clause's subject."""
    if index == 0 or not words[index - 1].joined:
        return False
    verb = words[index - 1].low
    return w.takes_clause_complement(verb)


def _finite_next(doc: Document, words: list[Word], at: int) -> bool:
    """The word after ``at`` is a finite verb or an auxiliary ("they said this costs are high"): the
    word at ``at`` is then the noun of the subject, not its verb."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    following = words[at + 1].low
    return following in w.AUXILIARIES or sentence_tags(doc, words)[at + 1] in ("VBP", "VBD", "VBZ", "MD")


def _object_of_verb(doc: Document, words: list[Word], index: int, noun_at: int) -> bool:
    """'This' right after a verb that takes an object and no clause, before a word the tagger reads as
    a plural noun ("please review this files before the meeting", "sign this documents"): the
    determiner of the verb's object. Not after a verb that may take a clause ("I hope this helps",
    "check this works on mobile") nor an '-ing' form ("having this means"): the pronoun, then its verb."""
    if words[index].low != "this" or noun_at != index + 1 or index == 0 or not words[index - 1].joined:
        return False
    tags = sentence_tags(doc, words)
    if tags[index - 1] not in ("VB", "VBD", "VBP") or tags[noun_at] != "NNS":
        return False
    return words[index - 1].low not in w.AUXILIARIES and not _after_clause_verb(words, index)


def _pronoun_subject(words: list[Word], index: int) -> bool:
    """The determiner at ``index`` opens the sentence and stands alone as its subject, the next word
    its verb: the sentence ends after that word, or a preposition, an adverb or an object follows
    ("Neither works.", "Either works for me", "Each counts twice"); or it opens a clause after a
    question word ("prints what each costs", "how much each weighs")."""
    if words[index].low not in ("either", "neither", "each", "one", "another", "this", "that"):
        return False
    verb = index + 1
    clause_end = verb + 1 >= len(words) or not words[verb].joined
    if index != 0 and words[index - 1].joined and clause_end and words[index].low == "this":
        before = words[index - 1].low
        if before in _SUBORDINATE_OPENERS or (before.endswith("s") and w.tags(before) == {"NOUN"}):
            return True  # "When this changes, the path …", "some of the things this checks."
    if index != 0 and not words[index - 1].joined and clause_end and words[index].low in ("this", "that"):
        return True  # "When run, this prints.", "Once saved, that works.": after a comma, a subject and its verb
    if index != 0 and not (
        words[index - 1].joined and (words[index - 1].low in _ASKING_OPENERS or _how_much(words, index))
    ):
        return False
    if verb + 1 >= len(words) or not words[verb].joined:
        return True
    after = words[verb + 1].low
    return after in w.PREPOSITIONS or after in w.DETERMINERS or after.endswith("ly") or after in _PLACE_ADVERBS


def _how_much(words: list[Word], index: int) -> bool:
    """'How much' or 'how many' stands right before ``index`` ("tell me how much this costs")."""
    return index > 1 and words[index - 1].low in ("much", "many") and words[index - 2].low == "how"


_SUBORDINATE_OPENERS = frozenset("when whenever if unless because since once until although though while".split())
"""Words after which 'this' opens a clause as its subject ('when this changes, …')."""
_ASKING_OPENERS = frozenset("what how which whether".split())
"""Words after which a determiner opens an embedded question as its subject ('what each costs')."""


def _one_of_the(words: list[Word], index: int) -> bool:
    """'one of' and a determiner and a plural noun after 'a', in a phrase of its own ("a one of the
    oldest bridges"). Not "a one-of-a-kind piece", "a one of a kind", "a one of his songs that I
    liked": a choice, which a clause after the noun marks ('the one of the books I liked' is sound)."""
    run = [word.low for word in words[index : index + 5]]
    if len(run) < 4 or run[1] != "of" or run[2] not in ("the", "these", "those", "my", "his", "her", "our", "their"):
        return False
    if not all(word.joined for word in words[index : index + 3]):
        return False
    plural = next((at for at in range(index + 3, min(index + 6, len(words))) if w.is_plural_noun(words[at].low)), None)
    if plural is None or not all(word.joined for word in words[index + 3 : plural]):
        return False
    after = words[plural + 1].low if plural + 1 < len(words) and words[plural].joined else ""
    return after not in ("that", "which", "who", "i", "we", "you", "he", "she", "they")


def _plural_follows(words: list[Word], index: int) -> bool:
    """A plural noun straight after ``words[index]`` ("the both sides"; not "the both of them")."""
    return index + 1 < len(words) and words[index].joined and w.is_plural_noun(words[index + 1].low)


def _verb_next(words: list[Word], index: int) -> bool:
    """A verb in the past or the third person straight after ``words[index]`` ("an it causes";
    not "the it factor")."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return following in ("is", "was", "has") or bool(w.verb_tags(following) & {"VBZ", "VBD"})


_SINGULAR_ARTICLES = frozenset(("a", "an"))
_QUANTITY_WORDS = frozenset(
    "few lot lots couple number dozen great good host handful series pair hundred thousand million billion".split()
)


class ArticleWithPlural(GrammarRule):
    id = "grammar.article-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'A' or 'an' before a plural noun: 'a major milestones', 'a wooden desks'."
    why = (
        "'A' means one: 'a milestone', or 'milestones' without it. Plurals used as modifiers ('a "
        "sales manager', 'a sports car', 'a jobs report') are fine, so only a plural noun that ends "
        "its phrase is reported, and never after 'a few', 'a lot', 'a number' or 'a couple'."
    )
    bad = (
        "It was a major milestones for the city.",
        "He built a simple wooden desks.",
        "A women walked in. She bought a new shoes yesterday.",
        "The average figure of a Korean women is small.",
        "She read a books about it.",
        "The festival drew a 100,000 visitors, and it took me a two hours to get in.",
        "We waited for a 30 minutes before the bus came.",
        "The theater also plays a classic movies on Sundays.",
    )
    good = (
        "At a high level talks were held, and in a crisis leaders are tested.",
        "Parse a robots.txt file; edit a settings.py module.",
        "It was a major milestone.",
        "A sales manager and a jobs report.",
        "A few days later, a lot of votes.",
        "A works council met; a needs assessment; a means test; a plans committee.",
        "A French fries stand; a New York times piece; an Arabic numerals chart; a Chinese takeaways guide.",
        "A hundred people came, a mere 20 stayed; a two weeks' notice; a 24 hours a day service; Group A 3 points.",
        "It was played in front of a 20,000 crowd; the minutes of a 2 hour meeting.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        found = []
        for words, index, at in _determiners_before(doc, _SINGULAR_ARTICLES, _any_plural_head, peoples=True):
            # a plural that is also a verb's -s form counts after an adjective, read by the tagger ("a new shoes")
            if words[index].text == "A" and at == index + 1 and words[at].low in _LETTER_VERBS:
                continue  # "A stands for ampere": the letter and its verb
            if _subject_after_phrase(words, index, at):
                continue  # "At a high level talks were held": the article's phrase ends before the plural
            if _dotted_name(doc, words[at]):
                continue  # "a robots.txt file": the plural is the first part of a file's name
            if at == index + 1 and letter_in_formula(doc, words, index):
                continue  # "hence a lies in A": a letter and its verb
            if is_plural_head(words[at]) or (at > index + 1 and sentence_tags(doc, words)[at] == "NNS"):
                found.append(self._found(words, index, words[at]))
        for words, index in occurrences(doc, _SINGULAR_ARTICLES):
            # "she read a books": a plural that is also a verb form, straight after the article
            letter = words[index].text == "A" and index + 1 < len(words) and words[index + 1].low in _LETTER_VERBS
            if (
                index + 1 < len(words)
                and words[index].joined
                and _plural_verb_form_after(words, index)
                and not letter
                and not _dotted_name(doc, words[index + 1])
                and not letter_in_formula(doc, words, index)  # "hence a lies in A": a letter and its verb
            ):
                found.append(self._found(words, index, words[index + 1]))
            elif index + 2 < len(words):
                noun_at = _counted_plural_after(doc, words, index)
                if noun_at is not None:
                    found.append(self._counted(doc, words, index, noun_at))
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _counted(self, doc: Document, words: list[Word], index: int, noun_at: int) -> Finding:
        article, noun = words[index], words[noun_at]
        counted = doc.text[words[index + 1].start : noun.end]
        return self.finding(
            article.start,
            noun.end,
            f"'{counted}' is counted already: drop '{article.text}'.",
            suggestions=(match_case(counted, article.text),),
            fix=FixSafety.UNSAFE,
        )

    def _found(self, words: list[Word], index: int, noun: Word) -> Finding:
        singular = _singular_of(noun)
        return self.finding(
            noun.start,
            noun.end,
            f"'{words[index].text}' needs a singular noun: '{singular or noun.text}', or drop '{words[index].text}'.",
            suggestions=(singular,) if singular else (),
            fix=FixSafety.UNSAFE,
        )


def _dotted_name(doc: Document, word: Word) -> bool:
    """A word with a dot and a letter or digit straight after it: part of a file's or a site's name
    ('robots.txt', 'settings.py', 'news.example.org')."""
    return doc.text[word.end : word.end + 1] == "." and doc.text[word.end + 1 : word.end + 2].isalnum()


_ROUND_COUNTS = frozenset("hundred thousand million billion trillion dozen score".split())
"""Counts that take 'a' themselves ('a hundred people', 'a dozen eggs'): not reported."""
_RATE_WORDS = frozenset("a an per each every".split())


def _counted_plural_after(doc: Document, words: list[Word], index: int) -> int | None:
    """'a 100,000 visitors', 'a two hours to drive': the index of the plural when 'a' stands straight
    before a number above one and a plural that ends its phrase. Not 'a hundred people', 'a 10-year
    plan', 'a two weeks' notice', 'a 24 hours a day service', 'a mere 20 people' (the adjective takes
    the article), 'a 10 years old boy' (grammar.compound-modifier's), nor a capital 'A' inside a
    sentence ("Group A 3 points")."""
    article, number = words[index], words[index + 1]
    if not article.joined or (article.text == "A" and not article.sentence_start):
        return None
    at = index + 1
    if number.low.isdigit():
        while at + 1 < len(words) and doc.text[words[at].end : words[at + 1].start] == ",":
            if not (words[at + 1].low.isdigit() and len(words[at + 1].low) == 3):
                return None
            at += 1  # "100,000": the groups of a number are words of their own
        if int(number.low) < 2 and at == index + 1:
            return None
    elif number.low not in w.CARDINALS - _ROUND_COUNTS:
        return None
    if at + 1 >= len(words) or not words[at].joined:
        return None
    noun = words[at + 1]
    plural = is_plural_head(noun) or plural_or_verb(noun.low) or noun.low in w.PLURAL_PERSONS
    if noun.capitalised or not (plural or (noun.low.endswith("s") and "NOUN" in w.tags(noun.low))):
        return None  # ('minutes' is a singular noun too: the tagger decides below)
    if doc.text[noun.end : noun.end + 1] in ("'", "’", "-"):
        return None  # "a two weeks' notice"
    if noun.joined and at + 2 < len(words):
        after = words[at + 2]
        if after.low in _RATE_WORDS or not ends_noun_phrase(after, noun.low):
            return None  # "a 24 hours a day service", "a 10 years old boy"
    if in_quotes(doc, article.start) or sentence_tags(doc, words)[at + 1] != "NNS":
        return None
    return at + 1


def _subject_after_phrase(words: list[Word], index: int, at: int) -> bool:
    """The article's phrase ends with a singular noun and the plural after it opens a clause, its
    verb plural: "At a high level talks were held", "In a crisis leaders are tested"."""
    if at < index + 2 or at + 1 >= len(words) or not words[at].joined:
        return False
    before, verb = words[at - 1].low, words[at + 1].low
    return "NOUN" in w.tags(before) and (verb in _PLURAL_VERBS or verb in w.MODALS)


_PLURAL_VERBS = frozenset("are were have do aren't weren't haven't don't".split())
_LETTER_VERBS = frozenset("stands means denotes marks".split())


def _any_plural_head(noun: Word) -> bool:
    """A plural head (:func:`is_plural_head`), or a plural noun that is also a verb's -s form ('shoes')."""
    return is_plural_head(noun) or (w.is_plural_noun(noun.low) and w.tags(noun.low) == {"NOUN", "VERB"})


def _plural_verb_form_after(words: list[Word], index: int) -> bool:
    """``words[index + 1]`` is a plural noun that is also a verb in -s ("books", "plans"), right
    after 'a', and its phrase ends there ("a books.", "a plans for"; not "a works council")."""
    noun = words[index + 1]
    low = noun.low
    if noun.capitalised or not w.is_plural_noun(low) or w.tags(low) != {"NOUN", "VERB"}:
        return False
    if words[index].text == "A" and not words[index].sentence_start:
        return False  # "two A divisions"
    if index + 2 >= len(words):
        return True
    return noun.joined and ends_noun_phrase(words[index + 2]) and words[index + 2].low not in w.AUXILIARIES


def _proper_adjective(words: list[Word], index: int) -> bool:
    """The capitalised word at ``index``, inside the sentence, is the adjective of a language,
    people or religion (:data:`._words.PEOPLES`) and a lower-case word follows it ('a Korean women')."""
    word = words[index]
    if word.sentence_start or not word.joined or index + 1 >= len(words) or words[index + 1].capitalised:
        return False
    return word.low in w.PEOPLES


_ENDS_PHRASE = frozenset("yesterday today tomorrow tonight ago later earlier again last now".split())
"""Time words that follow a noun phrase and never go on with it ('a new shoes yesterday', 'a few day
later', 'three new employee last month', 'several week now')."""
_SUBJECT_AFTER_NOUN = w.SUBJECT_ONLY_PRONOUNS
"""Subject pronouns that no noun phrase goes on into ('every days I learn', 'many student we met'); not
'you' or 'it', which may be a verb's object ('this costs you')."""


_CLAUSE_AFTER_NOUN = frozenset(
    "because although though unless whereas whenever while if until why where when how whose whom".split()
)
"""Conjunctions that the word tables do not know, which open a clause and so end the noun phrase; and
the question words, which the tables also list as nouns ('the whys and wherefores') but which after a
noun open a clause ('a few reason why', 'five way how you can save')."""
_ADVERBIAL_OPENERS = frozenset(("very", "every"))
"""Words that after a noun open an adverbial ('very deeply', 'every year'); read only after a noun that
cannot be a verb ('these increase every year' may be a verb)."""
_NEXT_PHRASE_OPENERS = w.ARTICLES | w.DEMONSTRATIVES | (w.POSSESSIVES - {"her"})
"""A determiner after a noun opens the next phrase ('a good news this morning', 'less complaints this
year', 'gave the man a book'); not 'her', which may be the object pronoun."""


def ends_noun_phrase(after: Word, noun: str = "") -> bool:
    """The word after a noun shows the phrase ended: a preposition, a verb, 'to', 'that', 'which',
    a time word ('yesterday'), or, when the caller names the ``noun`` and it cannot be a verb, a
    determiner ('a good news this morning'). A word unknown to the tables ("lab") or one that can be a noun may go
    on with the phrase."""
    low = after.low
    if low in w.PREPOSITIONS or low in w.AUXILIARIES or low in ("to", "that", "which", "who", "than"):
        return True
    if low in _CLAUSE_AFTER_NOUN:
        return True  # "this animals because …", "the books when …": a clause opens
    if low in _ADVERBIAL_OPENERS and bool(noun) and "VERB" not in w.tags(noun):
        return True  # "these subject very deeply", "many new employee every year": an adverbial opens
    if low in _ENDS_PHRASE:
        return True
    if low in _SUBJECT_AFTER_NOUN:
        return True  # "every days I learn", "this problems we can solve": a clause's subject, the phrase has ended
    if low in _NEXT_PHRASE_OPENERS:
        return bool(noun) and "VERB" not in w.tags(noun)  # not "a moving fluid exchanges its energy"
    tags = w.tags(low)
    if low.endswith("ing") and "VERB" in tags:
        return False  # "visitor parking", "a wildlife viewing area": a compound may go on
    return bool(tags) and "NOUN" not in tags and "ADJ" not in tags and low not in ("and", "or")


MASS_NOUNS = frozenset(
    """
    advice information furniture luggage baggage equipment homework housework evidence software hardware
    feedback news knowledge machinery jewellery jewelry garbage rubbish cutlery crockery clothing money
    stuff traffic weather music electricity pollution wildlife
    """.split()
)
"""Nouns with no plural and no 'a' in their everyday senses (not 'research', 'experience', 'work',
'paper', 'coffee' or 'business', which count in one sense or another)."""
_ADJECTIVE_TOO = frozenset(("fun",))
"""Uncountable nouns that are adjectives too ('a fun day', 'a fun, cheap trip'): reported only before
a preposition or at the end of the sentence ('we had such a fun at the party', 'what a fun!')."""
_ARTICLE_MASS_NOUNS = (
    MASS_NOUNS
    | frozenset(
        "research sunshine lightning luck applause stationery underwear footwear slang honesty courage poetry".split()
    )
    # not 'permission': a count noun in law and computing ("an express permission", "add a permission to the role")
    | frozenset("progress thunder damage merchandise livestock laughter patience health bread rice".split())
    | frozenset(
        """legislation assistance paperwork unemployment employment violence hospitality participation
        cooperation supervision integrity productivity credibility dignity consumption teamwork harm
        mankind sightseeing healthcare access cash chaos momentum wisdom""".split()
    )
    | _ADJECTIVE_TOO
)
"""'A research' as a slip ('in a German research' is also written, but only a phrase-final one is
reported), and uncountable nouns that only this rule reads ('a luck', 'an applause'; not 'scenery':
'a scenery of reefs' is written): the
other rules that use MASS_NOUNS (plurals, agreement) keep to the shorter list."""
_WITH_A_BEFORE_OF = frozenset(
    "knowledge music weather clothing honesty courage poetry laughter patience health bread rice".split()
) | frozenset("chaos momentum wisdom dignity integrity violence hospitality".split())
"""Uncountable nouns that do take 'a' with a complement: 'a knowledge of French', 'a music of its
own', 'a knowledge that …'. Reported only before a verb or at the end: 'A knowledge is power.'"""


class ArticleWithMassNoun(GrammarRule):
    id = "grammar.article-mass-noun"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'A' or 'an' before a noun that has no singular: 'an advice', 'a furniture', 'an information', "
        "'a knowledge is power'."
    )
    why = (
        "'Advice', 'information', 'furniture', 'equipment', 'evidence' and their kind are uncountable: "
        "'some advice', 'a piece of advice', 'new equipment'. As modifiers they are fine ('a research "
        "project', 'a news conference'), so only a noun that ends its phrase is reported."
    )
    bad = (
        "She gave me an advice.",
        "They bought a new furniture for the office.",
        "It was an useful information.",
        "A good knowledge is power, and a luggage was lost.",
        "The speech got a big applause; what a luck!",
        "We had such a fun at the party, and what a fun!",
        "The talks made a real progress.",
        "The storm caused a serious damage; he is in a good health.",
        "He gave me a good news this morning.",
        "The government announced a new legislation on rentals, and we need an assistance with it.",
        "She found an employment abroad after a long unemployment.",
        "We had a terrible weather last week, and a loud music woke me up.",
    )
    good = (
        "She gave me some advice.",
        "A research project and a news conference.",
        "A piece of equipment; a knowledge of French; a good knowledge about wine.",
        "It has a music all its own, a clothing store and a money market fund.",
        "The news this morning was good; a moving fluid exchanges its energy; a rising star earns his keep.",
        "A legislation committee met; an employment contract; a cash machine; an access road; a healthcare worker.",
        "It had a wisdom beyond its years, a violence that shocked, a chaos of colour and a momentum of its own.",
        "I have a little money and a little extra information.",
        "A round of applause, a stroke of luck, a bolt of lightning and a courage that surprised us.",
        "It was a fun day, a fun, cheap trip and a fun and easy game; a fun to watch show? No.",
        "A progress report, a permission slip, a damage claim and a health check were due.",
        "A laughter that filled the room, a patience born of years, a bread made with rye.",
        "A knowledge gained at school lasts; a music played softly filled the room; a knowledge last seen in monks.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index, noun in _articles_before(doc, lambda word: word.low in _ARTICLE_MASS_NOUNS):
            article = words[index]
            if words[index + 1].low == "little":
                continue  # "a little money", "a little extra information": a quantity
            if noun.low in _WITH_A_BEFORE_OF and not _before_verb_or_end(doc, words, noun):
                continue  # "a knowledge of French", "a music all its own"
            if noun.low in _ADJECTIVE_TOO and not _before_preposition_or_end(doc, words, noun):
                continue  # "a fun day", "a fun, cheap trip": the adjective
            if _tagged_noun_after(doc, words, noun):
                continue  # "A progress bar appears": the tables know 'bar' only as a verb, the tagger as the head
            if modifies_later_head(doc, words, noun):
                continue  # "a hardware accelerated card", "a hardware & software framework": the noun modifies
            yield self.finding(
                article.start,
                noun.end,
                f"'{noun.text}' has no singular: drop '{article.text}'"
                + (f" ('some {noun.low}', 'a piece of {noun.low}')." if noun.low in MASS_NOUNS else "."),
                suggestions=(doc.text[words[index + 1].start : noun.end],),
                fix=FixSafety.UNSAFE,
            )


def _tagged_noun_after(doc: Document, words: list[Word], noun: Word) -> bool:
    """The word after ``noun`` is one the word tables know only as another class ('bar' as a verb)
    but the tagger reads as a noun ('a progress bar appears'): the phrase's head, which ``noun``
    modifies. Not a word that ends a phrase of time ('an advice yesterday')."""
    at = words.index(noun) + 1
    if not noun.joined or at >= len(words) or words[at].low in _ENDS_PHRASE or words[at].low in w.PREPOSITIONS:
        return False
    return "NOUN" not in w.tags(words[at].low) and sentence_tags(doc, words)[at] in ("NN", "NNS")


def modifies_later_head(doc: Document, words: list[Word], noun: Word) -> bool:
    """``noun`` opens a compound modifier of a head still to come: a participle and a noun or an
    adjective follow ('a hardware accelerated video card', 'a software defined radio', 'a pollution
    ridden and resource starved planet'), or '&' or '/' and a second noun with its head ('a hardware &
    software framework'). Not 'a new furniture designed for offices', whose participle opens a phrase."""
    at = words.index(noun) + 1
    if at + 1 >= len(words):
        return False
    participle, after = words[at], words[at + 1]
    if noun.joined and (
        (len(participle.text) > 1 and participle.text.isupper())
        or doc.text[participle.end : participle.end + 2] == "/O"
    ):
        return True  # "a number of network I/O ports", "network API calls": an acronym modifies the head after it
    if not noun.joined:
        if doc.text[noun.end : participle.start].strip() not in ("&", "/", "+"):
            return False
        return participle.joined and _noun_or_unknown(participle.low) and _noun_or_unknown(after.low)
    if not participle.joined or "VBN" not in w.verb_tags(participle.low) or not participle.low.endswith(("ed", "en")):
        return False
    if after.low in ("and", "or") and at + 3 < len(words) and after.joined and words[at + 2].joined:
        return "NOUN" in w.tags(words[at + 2].low) and "VBN" in w.verb_tags(words[at + 3].low)
    tags = w.tags(after.low)
    if ("ADV" in tags or "NOUN" not in tags) and not (
        after.joined and at + 2 < len(words) and "NOUN" in w.tags(words[at + 2].low)
    ):
        return False  # "a couple of reporter waited outside.", "a few ticket remained unsold.": the verb
    return bool(tags & {"NOUN", "ADJ"}) and after.low not in w.PREPOSITIONS and after.low not in w.DETERMINERS


def _slash_compound(doc: Document, words: list[Word], at: int) -> bool:
    """``words[at]`` is glued by a slash to the next word, and a noun follows that pair: the pair
    modifies it ('music/audio production courses', 'window/screen sizes')."""
    if at + 2 >= len(words) or doc.text[words[at].end : words[at].end + 1] != "/":
        return False
    second, head = words[at + 1], words[at + 2]
    return doc.text[second.start - 1 : second.start] == "/" and second.joined and _noun_or_unknown(head.low)


def _noun_or_unknown(low: str) -> bool:
    """A noun by the tables, or a word they lack ('committer', 'timestamps')."""
    tags = w.tags(low)
    return "NOUN" in tags if tags else low.isalpha() and low not in w.DETERMINERS and low not in w.PREPOSITIONS


def _before_verb_or_end(doc: Document, words: list[Word], noun: Word) -> bool:
    """The noun ends its clause: a finite verb follows ('a knowledge is power'), a past the tagger
    reads as one ('a bad weather stopped the game'; not 'a knowledge gained at school'), a past time
    ('we had a terrible weather last week'), or the sentence ends."""
    at = words.index(noun)
    if not noun.joined or at + 1 >= len(words):
        return doc.text[noun.end : noun.end + 1] in (".", "!", "?", ";", "")
    following = words[at + 1].low
    if following == "yesterday" or (
        following == "last" and at + 2 < len(words) and words[at + 1].joined and words[at + 2].low in _PAST_UNITS
    ):
        return True  # not "a knowledge last seen in monks"
    if "VBD" in w.verb_tags(following) and sentence_tags(doc, words)[at + 1] == "VBD":
        return True
    return w.plainly_finite(following)


_PAST_UNITS = frozenset("night week month year summer winter spring autumn time weekend".split())


def _before_preposition_or_end(doc: Document, words: list[Word], noun: Word) -> bool:
    """A preposition follows the noun ('such a fun at the party'), or the sentence ends ('what a fun!')."""
    at = words.index(noun)
    if not noun.joined or at + 1 >= len(words):
        return doc.text[noun.end : noun.end + 1] in (".", "!", "?", "")
    return words[at + 1].low in w.PREPOSITIONS - {"to", "of"}  # not "a fun of sorts"


_INTENSIFIERS = frozenset("very really extremely fairly rather".split())
_GOOD_GREAT = frozenset(("good", "great"))
_AFTER_GOOD_GREAT = frozenset("many few deal number lot couple dozen hundred thousand million bit".split())


def _quantity(words: list[Word], index: int) -> bool:
    """A quantity word ('few', 'lot', 'number'), and 'good' or 'great' in 'a great many', 'a good
    deal' (not in 'a good knowledge')."""
    low = words[index].low
    if low not in _QUANTITY_WORDS:
        return False
    if low not in _GOOD_GREAT:
        return True
    return index + 1 >= len(words) or words[index + 1].low in _AFTER_GOOD_GREAT or not words[index].joined


def is_plural_head(noun: Word) -> bool:
    return noun.low in _IRREGULAR_SINGULAR or (w.is_plural_noun(noun.low) and w.tags(noun.low) == {"NOUN"})


def _articles_before(doc: Document, is_head: Callable[[Word], bool]) -> Iterator[tuple[list[Word], int, Word]]:
    """(sentence words, index of 'a' or 'an', noun) for each article whose noun, after at most two
    adjectives, passes ``is_head`` and ends its phrase ("a major milestones for", not "a jobs report",
    "a patients' bill", "a few days" or "two A divisions")."""
    return ((words, index, words[at]) for words, index, at in _determiners_before(doc, _SINGULAR_ARTICLES, is_head))


def _determiners_before(
    doc: Document,
    determiners: frozenset[str],
    is_head: Callable[[Word], bool],
    peoples: bool = False,
    present: bool = False,
) -> Iterator[tuple[list[Word], int, int]]:
    """(sentence words, index of the determiner, index of its noun) for each of ``determiners``
    whose noun, after at most two adjectives, passes ``is_head`` and ends its phrase (see
    :func:`_articles_before` and, for ``present``, :func:`head_after`)."""
    for words, index in occurrences(doc, determiners):
        if words[index].text == "A" and not words[index].sentence_start:
            continue  # "two A divisions": a letter
        noun_index = head_after(doc, words, index, is_head, peoples=peoples, present=present)
        if noun_index is not None:
            yield words, index, noun_index


def head_after(
    doc: Document,
    words: list[Word],
    index: int,
    is_head: Callable[[Word], bool],
    tagged: bool = False,
    peoples: bool = False,
    present: bool = False,
    singular_verb: bool = False,
) -> int | None:
    """The index of the noun that ends the phrase ``words[index]`` opens, after at most two
    adjectives, when it passes ``is_head`` (see :func:`_articles_before`); else None. With
    ``tagged``, a word after the noun that the tables cannot place ends the phrase when the tagger
    reads a finite verb there ("the number of applicant rose"). With ``peoples``, a people's
    adjective may be one of the adjectives ("a Korean women"; for a plural only: "a German
    research" may be a title's start). With ``present``, so does a word the tagger reads as a base
    verb when an object follows it: a plural determiner's verb ("both child love my mother"; a
    compound's second noun would be read as a noun: "both child care costs"). With ``singular_verb``,
    so does a form in -s the tagger reads as a verb after a noun it reads as plural: the singular
    determiner's verb ("every students matters"; a compound's head would be plural too)."""
    for noun_index in range(index + 1, min(index + 4, len(words))):
        if not words[noun_index - 1].joined:
            return None
        noun = words[noun_index]
        if noun.low in _INTENSIFIERS and noun_index + 1 < len(words) and "ADJ" in w.tags(words[noun_index + 1].low):
            continue  # "a very good knowledge"
        if peoples and noun.capitalised and _proper_adjective(words, noun_index):
            continue  # "a Korean women": a people's adjective, the noun still to come
        if _quantity(words, noun_index) or w.is_numeral(noun.low) or noun.capitalised:
            return None  # "every two weeks", "another 10 days": the number's noun
        if is_head(noun):
            if doc.text[noun.end : noun.end + 1] in ("'", "’"):
                return None  # "a patients' bill of rights": a plural possessive
            if not noun.joined and doc.text[noun.end : noun.end + 3].strip()[:1] in ("-", "–"):
                return None  # "both laser - heated cells": a compound with its hyphen spaced
            if _slash_compound(doc, words, noun_index):
                return None  # "various music/audio production courses": the pair modifies a later head
            after = words[noun_index + 1] if noun.joined and noun_index + 1 < len(words) else None
            if after is None or ends_noun_phrase(after, noun.low) or _verb_after_and(words, noun_index + 1):
                return noun_index
            if tagged and "VERB" in w.tags(after.low) and sentence_tags(doc, words)[noun_index + 1] in _PAST_OR_MODAL:
                return noun_index
            if present and _present_verb_with_object(doc, words, noun_index + 1):
                return noun_index
            if singular_verb and words[index].low in _NEVER_PRONOUNS and _plural_or_third_after(words, noun_index):
                return noun_index
            if (tagged or present) and _participle_closes(doc, words, noun_index + 1):
                return noun_index
            if present and _next_phrase_joined(doc, words, noun_index + 1):
                return noun_index
            return None  # else "a jobs report", "a research lab": a modifier
        if "ADJ" not in w.tags(noun.low):
            return None  # only adjectives between the article and its noun
    return None


def _verb_after_and(words: list[Word], index: int) -> bool:
    """'And' or 'or' at ``index``, then a word that is only a verb in -s or the past ("lasts three hour
    and includes a stop"): the noun phrase ended before the conjunction, which joins two predicates."""
    if words[index].low not in ("and", "or") or index + 1 >= len(words) or not words[index].joined:
        return False
    low = words[index + 1].low
    if low in w.MODALS:
        return True  # "for three night and would happily book again"
    return w.tags(low) == {"VERB"} and bool(w.verb_tags(low)) and w.verb_tags(low) <= {"VBZ", "VBD"}


def _present_verb_with_object(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` is a plural present verb: the tagger reads 'VBP' or 'VB', and a determiner,
    a possessive or an object pronoun follows it."""
    if index + 1 >= len(words) or not words[index].joined or "VERB" not in w.tags(words[index].low):
        return False
    if words[index + 1].low not in w.OBJECT_OPENERS | w.DEMONSTRATIVES:
        return False
    return sentence_tags(doc, words)[index] in ("VBP", "VB")


def _participle_closes(doc: Document, words: list[Word], index: int, read: tuple[str, ...] = ("VBN",)) -> bool:
    """``words[index]`` is a past participle that the tagger reads as one, after which the phrase
    ends (punctuation, the sentence's end or a preposition): it modifies the noun before it ('a few
    chair left in the hall', 'many money spent'), where a compound's participle goes on to its noun
    ('several state owned firms'). ``read``: the tags that count as the participle (a past form
    too, where the tagger may read 'wounded' either way)."""
    if "VERB" not in w.tags(words[index].low):
        return False
    closes = not words[index].joined or index + 1 >= len(words) or words[index + 1].low in w.PREPOSITIONS
    return closes and sentence_tags(doc, words)[index] in read  # the tagger asked only when the phrase ends


def _next_phrase_joined(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` is 'and' or 'or' and a determiner or a number opens the next phrase ('two
    sister and one brother', 'three cup or a glass'): the noun before it ended its phrase ('two
    brother and sister teams' goes on)."""
    if words[index].low not in ("and", "or") or not words[index].joined or index + 1 >= len(words):
        return False
    following = words[index + 1].low
    if following not in _NEXT_PHRASE_OPENERS and following not in w.CARDINALS and following != "one":
        return False
    return not _shared_head_after(doc, words, index + 2)


def _shared_head_after(doc: Document, words: list[Word], index: int) -> bool:
    """The next phrase's noun, from ``words[index]`` past any adjectives, is a modifier of a noun after
    it ('two queen or one king bed', 'three bedroom and two bedroom flats'), or the next phrase opens
    with an adjective and the noun before 'and' (``words[index - 3]``) may be one ('three classic and
    two modern designs'): the first phrase shares the next one's head and its word was a modifier."""
    tags = sentence_tags(doc, words)
    if index < len(words) and tags[index] == "JJ" and "ADJ" in w.tags(words[index - 3].low):
        return True
    at = index
    while at < len(words) and tags[at] == "JJ" and words[at - 1].joined:
        at += 1
    if at + 1 >= len(words) or not (words[at - 1].joined and words[at].joined):
        return False
    return tags[at] in ("NN", "NNS") and tags[at + 1] in ("NN", "NNS")


_PAST_OR_MODAL = frozenset(("VBD", "MD"))


def _plural_or_third_after(words: list[Word], noun_index: int) -> bool:
    """A plural noun or a form in -s follows the plural at ``noun_index``: after 'every', 'each' or
    'another' the phrase is wrong whether the two are a compound (its head plural) or a noun and its
    verb ("every students matters"; not a noun singular in -s: "every sports news")."""
    after = words[noun_index + 1].low
    if after in w.SINGULAR_IN_S or after.endswith(("ss", "us", "is")) or words[noun_index + 1].capitalised:
        return False
    return w.verb_tags(after) == {"VBZ"} or w.is_plural_noun(after)


_NEVER_PRONOUNS = frozenset(("every", "another"))
"""Singular determiners that never stand alone as a pronoun ('each' does: "they each costs")."""


"""Finite verbs the tagger tells from nouns well ('applicant rose'; a verb's -s form is often a
plural noun: 'car crashes')."""

_IRREGULAR_SINGULAR = {
    "women": "woman",
    "men": "man",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "alumni": "alumnus",
}
"""Plurals without -s ('a people' is a nation, and 'data' is singular in news English: neither is here;
'an alumni of the school' is a common slip for 'an alumnus' or 'an alumna', while 'an alumni event' has
a noun after it and is left alone)."""

_QUANTIFIERS = frozenset("all most some many much none each any few several both half".split())

_PLURAL_DETERMINERS = frozenset("these those many several few various numerous both".split())
_AFTER_THOSE_PEOPLE = frozenset("present absent concerned involved affected assembled responsible".split())
"""Adjectives that follow the pronoun 'those' ("those present", "those concerned"), not a noun after
the determiner."""
_PLURAL_NUMBERS = (w.CARDINALS - {"hundred"}) | frozenset(
    "thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety thousand million billion "
    "trillion".split()
)
_UNITS = frozenset(
    """foot pound dozen hundred thousand million billion trillion percent per cent score head stone
    mile inch degree time fold""".split()
)
"""Singular after a number in set phrases ("six foot tall", "two dozen", "200 head of cattle",
"he won 10 percent") — left alone. Lengths of time are not here: before a noun ("a five year plan",
"a two hour meeting") they are modifiers, which the phrase-end test leaves alone, and at the end of
their phrase they are slips ("two hour ago", "after ten year in prison")."""


def _singular_count_head(noun: Word) -> bool:
    """A singular count noun by the word tables (the rule then asks the tagger, which has the
    sentence, whether it is a noun here: "several book", not "these increase the risk")."""
    return w.tags(noun.low) <= {"NOUN", "VERB"} and w.is_singular_count_noun(noun.low) and noun.low not in LATIN_PLURALS


def _singular_or_person(noun: Word) -> bool:
    """A singular count noun (:func:`_singular_count_head`), or a noun that is also an adjective
    but mostly a noun ('resident', 'finalist': see agreement's ``_mostly_counted_noun``)."""
    if _singular_count_head(noun):
        return True
    if noun.low.endswith("s") or "ADJ" not in w.tags(noun.low):
        return False  # most words after 'many' or a number: a plural, or no adjective
    from .agreement import _mostly_counted_noun

    return _mostly_counted_noun(noun.low, _LOG_COUNTED_AFTER_NUMBER)


_LOG_COUNTED_AFTER_NUMBER = math.log(0.15)
"""After a number or 'many', 'several' (where the tagger must still read a noun that ends its phrase),
a noun that is also an adjective counts when the web writes its plural at least 0.15 times as often
as the word: 'daughters' 0.21, 'countries' 0.44, 'sisters' 0.40; not 'criminals' 0.11, 'females' 0.13,
'originals' 0.03 ('two female' may leave its noun out)."""


def _person_before_verb(words: list[Word], index: int) -> bool:
    """A mostly-noun word that the tagger read as an adjective ('many resident were') is the noun
    when an auxiliary follows it straight away: no adjective ends a phrase before 'were'."""
    if "ADJ" not in w.tags(words[index].low) or not words[index].joined or index + 1 >= len(words):
        return False
    return words[index + 1].low in w.AUXILIARIES


LATIN_PLURALS = frozenset(("bacteria", "media", "data", "criteria", "phenomena"))
"""Plurals the word tables take for singulars ('50 bacteria')."""


def _plural_head_after(words: list[Word], tags: list[str], index: int, noun_at: int) -> bool:
    """The word after the singular at ``noun_at`` is the plural head of a compound: the tagger's plural
    noun, or a form in -s the web writes after the singular ('candy bars') when a finite verb already
    stands before the number ("the boys ate four candy bars"; not "Two cat sleeps here")."""
    after = words[noun_at + 1].low
    if tags[noun_at + 1] == "NNS":
        return True
    if tags[noun_at + 1] != "VBZ" or not after.endswith("s"):
        return False
    if web_pair_count(words[noun_at].low, after) is None:
        return False
    return any(map(w.finite_tag, tags[:index]))


def _of_plural_ends(words: list[Word], of: int) -> bool:
    """'of' at ``of`` and a plural noun after it that ends the phrase ('many donation of photographs'):
    no compound goes on past it to a head of its own, as in 'various denial of service attacks'."""
    if of + 1 >= len(words) or not words[of].joined:
        return False
    plural = words[of + 1]
    if plural.capitalised or not w.is_plural_noun(plural.low):
        return False  # (a plural that is also a verb is the noun after 'of': "of photographs")
    following = words[of + 2].low if of + 2 < len(words) and plural.joined else ""
    return not following or "NOUN" not in w.tags(following) or following in w.PREPOSITIONS | _CLAUSE_WORDS


_CLAUSE_WORDS = frozenset("and or but that which who".split())


class DeterminerNumber(GrammarRule):
    id = "grammar.determiner-number"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A determiner and a noun that disagree in number: 'this errors', 'every students', 'another "
        "books', 'these day', 'several book', 'five book'."
    )
    why = (
        "'This', 'another', 'each', 'every', 'either', 'neither' and 'one' take a singular noun; "
        "'these', 'those', 'many', 'several', 'both' and a number above one a plural: 'every student', "
        "'these days', 'several books' (a plural that may be a verb counts after 'every', which is never a "
        "pronoun, and after a preposition + 'another': 'for another reasons'; 'kind', 'type' and 'sort' "
        "before 'of' after 'many', 'several', 'various' or a number: 'many type of birds'; after "
        "'all' that opens its phrase, before a plural: 'all kind of people'); 'all' takes a "
        "plural of a noun for people ('all students'; other nouns may be a whole: 'all day'; so does "
        "'most': 'most students'). Only a noun that ends its phrase is reported, so a noun used as "
        "a modifier ('this sales tax', 'a five star hotel', 'two car garage') is left alone, and so are "
        "units ('six foot tall', 'two dozen'), nouns that are also verbs (unless the tagger reads the "
        "next word as the plural's verb, with an object: 'both child love my mother'), a number's own noun ('every "
        "two weeks'), 'either … or', 'twenty one days', and a number in digits that is a label rather "
        "than a count ('Apollo 8 mission', 'a 4 to 3 vote': only one after a verb, an adverb or a "
        "preposition counts; '1,200 pupil' is read from its '1'; 'three million copy' only after a verb, and "
        "never a sum: 'a $70 billion deal'). 'Others' is a pronoun; before a plural noun it is 'other' ('others "
        "authors' → 'other authors'), reported only where it opens the phrase (at the start, after "
        "'the', 'some', 'and' …), not after a verb, where it may be a possessive ('respect others views'). "
        "After two modifiers joined by 'and' or 'or', the noun is the head the number counts ('500 "
        "college and university chapter'; not a group noun: '12 teaching and support staff'), and "
        "after 'this', 'another', 'each' or 'every' and two joined adjectives a plural is reported "
        "('every new and returning students'; not after a noun: 'every parent and school teachers'). "
        "After 'many', 'several', 'numerous' or 'various', a noun modifier and a singular head that ends "
        "the phrase are a compound whose head takes the plural ('many college student are')."
    )
    bad = (
        "Can the tool find this errors?",
        "How is life in America these day? These book is old.",
        "I have several book, and five book more at home.",
        "The firm has made many mistake.",
        "Every students passed, and each teachers agreed.",
        "She bought another books; neither parties won; for another reasons, we check every emails.",
        "It harms this animals because this companies used the river; I visit these friend every week.",
        "I had a shoe on one feet, and we ordered 3 pizza.",
        "We waited two hour; he left three year ago; a few day later it rained.",
        "Others authors disagree, and the others students left.",
        "These kind of things happen, and this two cars are mine.",
        "Both child love my mother; I told you several time.",
        "On the motorway, some driver make dangerous mistakes.",
        "The hotel has more than 200 room, and they hired three new employee.",
        "Over the past two decade the town has doubled in size.",
        "The school has 1,200 pupil, and the band sold three million copy of the album.",
        "Many resident were left without heating, and two finalist have withdrawn.",
        "Both candidate gave a speech. There were only a few chair left in the hall.",
        "There are many type of birds here, and several kind of fish.",
        "She has three daughter, and they visited many country in Asia.",
        "All student must register, and we thank all volunteer.",
        "Most student take the bus, and most employee agreed.",
        "There are over 500 college and university chapter, and several large and small company joined.",
        "Every new and returning students must register, and another small and cheap cars was launched.",
        "We repair all kind of watches and stock all sort of spare parts.",
        "There are a few explanation why you are interested, and five way how you can save.",
        "He kept the job for the next 10 year, and our team has grown over the past 15 year.",
        "Many college student are struggling, and several software company are hiring.",
        "Every weeks we meet at the library, and many visitor I spoke to were lost.",
        "Officers say these type of scams are common, and I think these sort of people are rude.",
        "The museum received many donation of photographs, and the center accepts most kind of plastic.",
        "The guest house is only a few minute from the beach.",
        "The price includes breakfast for two person.",
        "The tour lasts three hour and includes a stop at a tea house; we stayed three night and would return.",
        "The library will have more than 40,000 book on its shelves.",
        "Several member of the advisory board also serve on the committee.",
        "The letter was sent to 20 resident in the area.",
        "Both team struggled on the heavy pitch, and many fan traveled home early.",
        "Please review this files before the meeting.",
        "We can offer you two option, and they gave us three ticket.",
    )
    good = (
        "Buy one, get one free deals are common in supermarkets.",
        "That is most kind of you, and it was most kind of the mayor; they faced various denial of service attacks.",
        "Children who need these insulin—need this insulin to live.",
        "These days, this sales tax and those jobs reports matter.",
        "A five star hotel, a two car garage and a 10 point lead; he is six foot tall.",
        "Both sides, several books, many people and the two sides agreed.",
        "The vote passed with twelve present and two absent.",
        "This series and this news are long; these increase the risk. Many point to the cost.",
        "All of this ties into the plan; this needs work, and each costs more.",
        "Either works for me; one after another fails; every few days it rains.",
        "Neither works. Each counts twice.",
        "Both aircraft crashed; a few work as writers; what do you two use to talk?",
        "It stops various denial of service attacks; a fifteen minute job grew ten fold.",
        "We meet every two weeks and another 10 days; either states or cities pay.",
        "It took twenty one days; they each paid; chapter one results differ; thirty - one bids.",
        "It became a category five storm; she has level three clearance and a year two pupil.",
        "About 50 bacteria grew; several visitor parking spaces; both laser - heated cells.",
        "It has ten fighter/attack squadrons and the depth of both region and vintage.",
        "The Apollo 8 mission won by a 4 to 3 vote; he wore the number 14 shirt.",
        "Others say no; we help others achieve goals; respect others opinions; others' views; like others, they left.",
        "A two hour meeting, a ten year old boy and a five year plan; the 10 year rose.",
        "This kind of thing happens; those kinds of people; those kind people; I saw this two weeks ago.",
        "Both child care costs rose; both child and adult tickets; you two use it; this two-car garage.",
        "He and she both work here, and the twins both play the piano.",
        "The brothers, who both play on the line, won; the team's most valuable player and its most loyal fan.",
        "The hotel has 200 rooms and three new employees; a 747 jet; route 66 sign; two new car parks.",
        "It was a two million dollar deal for a three million year old fossil; the 1,500 metre race; a million people.",
        "They signed a $70 billion deal. Two hundred thousand work in construction; a thousand empty acres.",
        "Many resident birds were ringed; both original were lost; many elite are rich.",
        "Some driver makes a mistake; some day soon we go; in some country people drive left; some drivers make it.",
        "Several state owned firms closed; only a few vote; many hope so.",
        "Many kinds of fish; the two kind of like each other; in step two kind of mix it.",
        "The reason for this lies in the past; the blame for each rests with them; after this ends we go.",
        "We have 12 teaching and support staff, 30 primary and secondary schools and two salt and pepper sets.",
        "He scored 3 goals and one penalty; the score was 2 nil and extra time followed.",
        "The two public and private sector unions met.",
        "Every parent and school teachers agreed; every now and then people complain; those young and old alike came.",
        "Each day we learn; this means we wait; those things they said hurt; many believe they are right.",
        "We're all kind of fans of the show; they all sort of agreed; it was all kind of a blur.",
        "It is free for the first 1 year; the next 10 year plan is ambitious; the past 3 month period was slow.",
        "Several office staff were trained; many car park spaces are free; many college football fans came.",
        "They sold several software defined radios and two hardware accelerated video cards.",
        "We hear these kind of stories all the time, and we love these kind of shows.",
        "The fewer ingredients you use, the more each one matters; agent 007 file; various denial of service attacks.",
        "It was a 4 to 3 vote, and prices rose to 50 percent.",
        "Could you tell me how much this costs?",
        "Many point to the risk; both team up with local firms; many voted against it.",
        "I think this matters, I hope this lasts, and they said this costs nothing.",
        "Do you two work here? I saw you two yesterday, and I will take you two home.",
        "You can keep working while one charges, and if one breaks, call us.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._some_before_plural_verb(doc)
        for words, index in occurrences(doc, _SINGULAR_DETERMINERS):
            if index + 1 >= len(words) or not _may_be_plural(words[index + 1].low):
                continue  # most of these words come before a singular: skip them cheaply
            noun_at = head_after(doc, words, index, _plural_after_singular, tagged=True, singular_verb=True)
            if noun_at is None or not _takes_singular_here(doc, words, index):
                continue
            noun = words[noun_at]
            if _one_and_predicate(words, index, noun_at):
                continue  # "buy one, get one free deals": 'one' the verb's object, 'free' its predicate
            if _subject_then_verb(words, index, noun_at):
                continue  # "if neither side moves": the singular noun ends the subject, the '-s' word is its verb
            if (
                "VERB" in w.tags(noun.low)
                and not plural_noun_here(words, sentence_tags(doc, words), noun_at)
                and not _object_of_preposition(doc, words, index, noun_at)
                and not _object_of_verb(doc, words, index, noun_at)
            ):
                continue  # "this needs work", "all of this ties into": a verb
            if "VERB" in w.tags(noun.low) and noun_at == index + 1 and _pronoun_subject(words, index):
                continue  # "Neither works.", "Each counts for something": the determiner is the subject
            if (
                "VERB" in w.tags(noun.low)
                and noun_at == index + 1
                and _after_clause_verb(words, index)
                and not _finite_next(doc, words, noun_at)
            ):
                continue  # "I think this matters.", "I bet this costs more": the clause's subject and its verb
            if "VERB" in w.tags(noun.low) and noun_at == index + 2 and words[index + 1].low == "one":
                continue  # "the more each one matters": 'each one' is the subject, the -s word its verb
            if noun_at == index + 1 and _pronoun_one(words, index, noun):
                continue  # "where the earlier one ends", "zero or one arguments"
            singular = _singular_of(noun)
            instead = [_swap(doc, words, index, noun_at, singular)] if singular else []
            if words[index].low == "this":  # "this errors": 'these errors' first, 'this error' second
                instead.insert(0, _swap(doc, words, index, noun_at, noun.text, match_case("these", words[index].text)))
            yield self._report(doc, words[index], noun, instead, "a singular noun", singular)
        for words, index, noun_at in _determiners_before(doc, _BEFORE_PLURAL, _singular_or_person, present=True):
            noun = words[noun_at]
            if noun.low in _INVARIANT or (
                _after_article(words, index)
                and not _a_few_noun(doc, words, index, noun_at)
                and not _object_pronoun_count(doc, words, index, noun_at)
            ):
                continue  # "a five year plan", "a few work as", "you two use", "both aircraft"
            if words[index].low in _GROUPS and _number_start(doc, words, index) == index:
                continue  # "agent 007 file": a group of digits only counts after a comma ("40,000")
            number = words[index].low in _PLURAL_NUMBERS or words[index].low in _COUNT_DIGITS
            if number and (noun.low in _UNITS or (noun_at > index + 1 and not _adjectives_only(words, index, noun_at))):
                continue  # "six foot tall", "two dozen", "a fifteen minute job": a number's noun comes next
            if number and index > 0 and words[index - 1].joined and words[index - 1].low in w.NUMBER_LABELS:
                continue  # "a category five storm", "level three clearance": the number names, it does not count
            if number and _with_absolute(words, index, noun_at):
                continue  # "passed with twelve present": a verbless clause, the number and its adjective
            if doc.text[noun.end : noun.end + 1] == "/":
                continue  # "eleven fighter/attack squadrons": the noun goes on past the slash
            if doc.text[noun.end : noun.end + 1] in ("—", "–") or doc.text[noun.end : noun.end + 2] == "--":
                continue  # "who need these insulin—need this insulin": a speaker breaking off
            if words[index].low == "both" and any(word.low == "and" for word in words[noun_at + 1 : noun_at + 6]):
                continue  # "both region and vintage", "both region, varietal, and vintage"
            if words[index].low == "both" and _after_subject(words, index) and "VERB" in w.tags(noun.low):
                continue  # "He and she both work here", "the twins both play": 'both' floats after its subject
            if words[index].low == "those" and noun_at == index + 1 and noun.low in _AFTER_THOSE_PEOPLE:
                continue  # "the silence of those present": 'those' the people, the adjective after it
            after = words[noun_at + 1].low if noun_at + 1 < len(words) and noun.joined else ""
            if (
                after == "of"
                and words[index].low in _QUANTITY_OPENERS
                and not _of_plural_ends(words, noun_at + 1)
                and not _person_of(noun)
            ):
                continue  # "various denial of service attacks": the phrase may go on past 'of'
            if (
                "VERB" in w.tags(noun.low)
                and after not in _AUXILIARY_AFTER
                and (
                    (words[index].sentence_start and not _noun_before_past(doc, words, noun_at))
                    or _opens_clause_before_participle(doc, words, index, noun_at)
                )
            ):
                continue  # "Many point to the risk": a quantifier that opens a sentence may be its subject
            if "VERB" in w.tags(noun.low) and noun_at == index + 1 and _quantifier_subject(words, index, noun_at):
                continue  # "if any of those work, return it", "if several match, take the first": its verb
            if "VERB" in w.tags(noun.low) and noun_at == index + 1 and _these_two_subject(words, index, noun_at):
                continue  # "Make sure that these two work", "These three run on Linux": the verb
            digits = words[index].low in _COUNT_DIGITS
            start = _number_start(doc, words, index) if digits else index  # "1,200 pupil": from the '1'
            if digits and not _may_count_here(words, start):
                continue  # "Apollo 8 mission", "a 4 to 3 vote"
            tags = sentence_tags(doc, words)
            if tags[noun_at] != "NN" and not (tags[noun_at] == "JJ" and _person_before_verb(words, noun_at)):
                continue  # "these increase the risk", "two other issues": the tagger must read a noun
            if after and _plural_head_after(words, tags, index, noun_at):
                continue  # "after eating three candy bars": the singular modifies the plural head after it
            if after and modifies_later_head(doc, words, noun):
                continue  # "several software defined radios": the noun opens a modifier of the head after
            if words[index].low in _BIG_NUMBERS and not _big_count(doc, words, index, tags):
                continue  # "a $70 billion deal", "Two hundred thousand work": a sum or a subject
            if digits and tags[start - 1] not in _COUNTING_TAGS and not _time_span_count(words, start):
                continue  # "the number 14 shirt": only after a verb, an adverb or a preposition
            plural = _plural_of(noun.low)
            instead = [_swap(doc, words, start, noun_at, plural)] if plural else []
            number_text = doc.text[words[start].start : words[index].end]  # "1,200", not its "200"
            yield self._report(doc, words[start], noun, instead, "a plural noun", plural, number_text)
        yield from self._all_person(doc)
        yield from self._coordinated_modifiers(doc)
        yield from self._quantifier_compound(doc)
        for words, index in occurrences(doc, _KIND_DETERMINERS):
            finding = self._kind_of(doc, words, index)
            if finding is not None:
                yield finding
        for words, index in occurrences(doc, _KIND_OR_ALL):
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            kind = words[index + 1]
            if kind.low not in _KINDS or words[index + 2].low != "of" or kind.text != kind.low:
                continue  # "many type of birds", "two kind of people": the count makes it 'types', 'kinds'
            if index > 0 and words[index - 1].joined and words[index - 1].low in _LABEL_BEFORE_NUMBER:
                continue
            if in_quotes(doc, kind.start):
                continue
            if index + 3 >= len(words):
                continue
            if words[index].low == "most":
                if not _most_kinds_of(words, index):
                    continue  # "that is most kind of you": a degree, not a quantity
            elif words[index].low == "all":
                if not _all_kinds_of(doc, words, index):
                    continue  # "we are all kind of tired", "it's all sort of a blur": 'all' floats, 'kind of' hedges
            elif sentence_tags(doc, words)[index + 3] not in _KIND_OF_OBJECT_TAGS:
                continue  # "the two kind of like each other": 'kind of' as a hedge before a verb
            plural = kind.low + "s"
            yield self._report(
                doc, words[index], kind, [_swap(doc, words, index, index + 1, plural)], "a plural noun", plural
            )
        for words, index in occurrences(doc, _OTHERS):
            if _others_before_noun(doc, words, index):
                other = match_case("other", words[index].text)
                yield self.replace_word(
                    words[index],
                    other,
                    f"Before a noun, write '{other}': '{other} {words[index + 1].text}', not '{words[index].text} "
                    f"{words[index + 1].text}'.",
                    FixSafety.UNSAFE,
                )

    def _all_person(self, doc: Document) -> Iterator[Finding]:
        """'All student must register', 'all the participant left': 'all' (and 'the' or a
        possessive) before a singular noun for one person that ends its phrase, read by the tagger
        as a noun. Other nouns after 'all' may be a whole ('all day', 'all year', 'all paper')."""
        for words, index in occurrences(doc, _ALL_OR_MOST):
            start = index
            most = words[index].low == "most"
            if most and index > 0 and words[index - 1].joined and _before_most(words[index - 1].low):
                continue  # "the most student-like", "at most", "the team's most valuable player": a degree
            if not most and index + 1 < len(words) and words[index].joined and words[index + 1].low in _ALL_DETERMINERS:
                start = index + 1
            noun_at = head_after(doc, words, start, _one_person, tagged=True, present=True)
            if noun_at is None or in_quotes(doc, words[index].start):
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low in _BEFORE_ALL_PRONOUN:
                continue  # "worst of all your child feels", "after all teacher …": 'all' ends an adverbial
            if index > 0 and words[index - 1].joined and words[index - 1].low in w.BE_FORMS | {"'s"}:
                continue  # "she is all teacher", "he was all captain": 'all' as 'wholly'
            if index > 0 and words[index - 1].joined and _opens_compound_modifier(words[index - 1].low):
                continue  # "a good all round player", "an all day event": 'all' opens a compound modifier
            tags = sentence_tags(doc, words)
            if tags[noun_at] != "NN" or (noun_at + 1 < len(words) and tags[noun_at + 1] == "VBZ"):
                continue  # a singular verb agrees with the noun: 'all' is not its determiner
            if start > index and noun_at + 1 < len(words) and tags[noun_at + 1] in _PAST_OR_MODAL | {"VBP"}:
                continue  # "All the teacher said was …", "all my child could do": 'all' that a clause ends
            noun = words[noun_at]
            plural = _plural_of(noun.low)
            if plural is None:
                continue
            yield self._report(
                doc, words[index], noun, [_swap(doc, words, index, noun_at, plural)], "a plural noun", plural
            )

    def _quantifier_compound(self, doc: Document) -> Iterator[Finding]:
        """'Many college student are struggling', 'several software company are hiring': 'many',
        'several', 'numerous' or 'various', a noun the tagger reads as a singular modifier, and a
        singular count noun read as 'NN' that ends the phrase (a stop, a comma, a preposition, a
        clause word, or a verb the tagger reads as finite). The head of a compound carries the
        plural ('many college students'); group nouns ('several office staff') are left alone."""
        for words, index in occurrences(doc, _COMPOUND_QUANTIFIERS):
            head_at = index + 2
            if head_at >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            modifier, head = words[index + 1], words[head_at]
            if modifier.capitalised or head.capitalised or not w.is_singular_count_noun(modifier.low):
                continue  # most words after 'many' are plurals: one look-up
            if not _singular_count_head(head) or head.low in _INVARIANT | _GROUP_NOUNS | _UNITS:
                continue
            if modifier.low in _UNITS or modifier.low in w.CARDINALS or in_quotes(doc, words[index].start):
                continue
            tags = sentence_tags(doc, words)
            if tags[index + 1] != "NN" or tags[head_at] != "NN":
                continue
            if head.joined and head_at + 1 < len(words):
                after = words[head_at + 1]
                if not (ends_noun_phrase(after, head.low) or tags[head_at + 1] in ("VBP", "VBD", "MD")):
                    continue  # "many car park spaces": the phrase goes on
                if tags[head_at + 1].startswith("NN") or doc.text[head.end : head.end + 1] in ("'", "’", "-"):
                    continue
            elif doc.text[head.end : head.end + 1] not in (".", ",", ";", "!", "?", ")", ""):
                continue  # "several software company-" / "'s"
            plural = _plural_of(head.low)
            if plural is None:
                continue
            yield self._report(
                doc, words[index], head, [_swap(doc, words, index, head_at, plural)], "a plural noun", plural
            )

    def _coordinated_modifiers(self, doc: Document) -> Iterator[Finding]:
        """'500 college and university chapter', 'three red and white car': a number, two modifiers
        joined by 'and' or 'or', then a singular count noun that ends the phrase. The joined modifiers
        show the noun after them is the head the number counts (a single noun before it may be a
        modifier of the number's own noun: 'a two car garage'). Each modifier must be a singular
        noun or an adjective by the tagger, with no capital; the noun must be the tagger's 'NN'. A
        number in digits counts only where it does in the main check ('Chapter 12 and 13 heading')."""
        for words, index in occurrences(doc, _COORDINATED_OPENERS):
            singular = words[index].low in _COORDINATED_SINGULARS
            at = index + 1  # the first modifier, after an adjective that is nothing else ("30 new primary and …")
            if at + 2 < len(words) and words[at + 2].low in _JOINERS and w.tags(words[at].low) == {"ADJ"}:
                at += 1
            if at + 3 >= len(words) or words[at + 1].low not in _JOINERS:
                continue  # most numbers: one look-up
            if not all(word.joined for word in words[index : at + 2]) or _after_article(words, index):
                continue  # "the two public and private sector", "a five star and four star hotel"
            first, second = words[at], words[at + 2]
            if first.capitalised or second.capitalised or first.low in _UNITS or second.low in w.CARDINALS:
                continue
            if singular:  # "every new and returning students", "this new and improved products"
                yield from self._joined_before_plural(doc, words, index, at)
                continue
            noun_at = head_after(doc, words, at + 2, _singular_or_person, tagged=True)
            if noun_at is None or words[noun_at].low in _INVARIANT | _GROUP_NOUNS | _UNITS:
                continue  # "teaching and support staff": a group noun counts its members; "2 nil and extra time"
            digits = words[index].low in _DIGITS
            start = _number_start(doc, words, index) if digits else index
            if digits and not _may_count_here(words, start):
                continue
            tags = sentence_tags(doc, words)
            if tags[at] not in _MODIFIER_TAGS or tags[at + 2] not in _MODIFIER_TAGS:
                continue  # "3 goals and one penalty", "two cars and a bike": phrases, not modifiers
            if tags[noun_at] != "NN" or (digits and tags[start - 1] not in _COUNTING_TAGS):
                continue
            if in_quotes(doc, words[index].start):
                continue
            noun = words[noun_at]
            plural = _plural_of(noun.low)
            if plural is None:
                continue
            instead = [_swap(doc, words, index, noun_at, plural)]
            yield self._report(doc, words[index], noun, instead, "a plural noun", plural)

    def _joined_before_plural(self, doc: Document, words: list[Word], index: int, at: int) -> Iterator[Finding]:
        """'Every new and returning students': 'this', 'another', 'each' or 'every', two adjectives
        (or participles) joined at ``at + 1``, and a plural noun that ends the phrase, read by the
        tagger as one."""
        if not (_may_describe(words[at].low) and _may_describe(words[at + 2].low)):
            return  # "this economy and add new jobs": a noun or a verb, no modifier
        noun_at = head_after(doc, words, at + 2, _plural_after_singular, tagged=True)
        if noun_at is None:
            return
        tags = sentence_tags(doc, words)
        if tags[at] not in _ADJECTIVE_TAGS or tags[at + 2] not in _ADJECTIVE_TAGS or tags[noun_at] != "NNS":
            return  # a noun would end a phrase of its own: "every parent and school teachers agreed"
        noun = words[noun_at]
        singular = _singular_of(noun)
        if singular is None or in_quotes(doc, words[index].start):
            return
        instead = [_swap(doc, words, index, noun_at, singular)]
        yield self._report(doc, words[index], noun, instead, "a singular noun", singular)

    def _some_before_plural_verb(self, doc: Document) -> Iterator[Finding]:
        """'Some driver make mistakes': 'some' and a singular noun opening a clause, then a verb that
        agrees only with a plural ('some' + a singular is 'a certain': "some driver makes"). The
        plural noun is suggested. Not "some day soon", "some time ago" (times and ways), and only
        where the tagger reads the noun as one and the verb as a plural present."""
        for words, index in occurrences(doc, _SOME):
            if index + 3 > len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low not in w.CLAUSE_OPENERS:
                continue  # "in some country people drive": an object or a preposition's phrase
            noun, verb = words[index + 1], words[index + 2]
            if noun.low in _SOME_ADVERBIAL or noun.capitalised or not w.is_singular_count_noun(noun.low):
                continue
            if w.verb_tags(verb.low) & {"VBZ", "VBD"} or "VB" not in w.verb_tags(verb.low) or verb.low in w.AUXILIARIES:
                continue
            tags = sentence_tags(doc, words)
            if tags[index + 1] != "NN" or tags[index + 2] not in ("VBP", "VB"):
                continue
            plural = _plural_of(noun.low)
            if plural is None or in_quotes(doc, noun.start):
                continue
            instead = [_swap(doc, words, index, index + 1, plural)]
            yield self._report(doc, words[index], noun, instead, "a plural noun before a plural verb", plural)

    def _kind_of(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'These kind of things happen', 'those sort of people annoy me': 'kind', 'sort' and 'type'
        are singular, so 'this kind of' or 'these kinds of' (the noun after 'of' does not change
        that); reported where the phrase opens a clause as its subject, whose verb then follows the
        plural after 'of' (after a verb or a preposition, 'these kind of' is a spoken idiom that
        transcribed speech keeps). 'This two cars': 'this' before a number and a plural is 'these'."""
        low = words[index].low
        if index + 2 >= len(words) or not words[index].joined or not words[index + 1].joined:
            return None
        noun, after = words[index + 1], words[index + 2]
        if low == "this":
            if noun.low not in w.CARDINALS or noun.capitalised or not after.joined or not w.is_plural_noun(after.low):
                return None
            if after.low in _SPANS:
                return None  # "I saw this two weeks ago", "read this three times": 'this' is the object
            if index + 3 < len(words) and not ends_noun_phrase(words[index + 3]):
                return None  # "this two-car garage": the plural may be a modifier
            if doc.text[after.end : after.end + 1] in ("'", "’") or in_quotes(doc, noun.start):
                return None  # "this two weeks' holiday"
            instead = _swap(doc, words, index, index + 2, after.text, match_case("these", words[index].text))
            return self.finding(
                words[index].start,
                after.end,
                f"Before a number and a plural, write 'these': '{instead}'.",
                suggestions=(instead,),
                fix=FixSafety.UNSAFE,
            )
        if noun.low not in _KINDS or after.low != "of" or in_quotes(doc, noun.start):
            return None
        before = words[index - 1].low if index > 0 and words[index - 1].joined else None
        subject = before is None or before in w.CLAUSE_OPENERS
        if not subject and not (w.takes_clause(before or "") and _verb_after_plural(words, index + 3)):
            return None  # "in these kind of technologies": as an object, the spoken idiom transcripts keep
        singular = match_case("this" if low == "these" else "that", words[index].text)
        plural = w.noun_inflections(noun.low).get("NNS", (noun.low + "s",))[0]
        return self.finding(
            words[index].start,
            noun.end,
            f"'{noun.text}' is singular: '{singular} {noun.text} of', or '{words[index].text} {plural} of'.",
            suggestions=(f"{singular} {noun.text}", f"{words[index].text} {plural}"),
            fix=FixSafety.UNSAFE,
        )

    def _report(
        self,
        doc: Document,
        determiner: Word,
        noun: Word,
        instead: list[str],
        needs: str,
        replacement: str | None,
        named: str = "",
    ) -> Finding:
        """The finding from ``determiner`` to ``noun``; ``named`` is how the message names the
        determiner where it spans several words ('1,200')."""
        return self.finding(
            determiner.start,
            noun.end,
            f"'{named or determiner.text}' needs {needs}: '{replacement or noun.text}'.",
            suggestions=tuple(instead),
            fix=FixSafety.UNSAFE,
        )


_ALL = frozenset(("all",))
_MOST = frozenset(("most",))
_NUMBER = frozenset(("number",))
_ALL_OR_MOST = _ALL | _MOST
_BEFORE_MOST = frozenset("the at for its his her their our my your".split())


def _before_most(low: str) -> bool:
    """A word that makes the 'most' after it a degree, not a quantity: 'the', 'at', 'for', a possessive
    ('their most loyal fans', "the team's most valuable player")."""
    return low in _BEFORE_MOST or low.endswith(("'s", "’s", "s'"))


_BEFORE_ALL_PRONOUN = frozenset("of above after at".split())
"""'Worst of all', 'above all', 'after all', 'at all': 'all' ends an adverbial (a comma may be missing)."""
_ALL_DETERMINERS = frozenset("the my your his her our their these those".split())


def _one_person(noun: Word) -> bool:
    """A singular noun for one person that is only a noun (or a verb too): 'student', 'employee'."""
    from .nouns import ONE_PERSON

    return noun.low in ONE_PERSON and not noun.capitalised and w.is_singular_count_noun(noun.low)


_SOME = frozenset(("some",))
_SOME_ADVERBIAL = frozenset("day time way place kind sort type point extent degree while one thing body".split())
"""Nouns after 'some' that make an adverbial or a pronoun ("some day soon", "some time ago")."""
_KIND_DETERMINERS = frozenset("these those this".split())
_KINDS = frozenset("kind sort type".split())
_PLURAL_KIND_OPENERS = frozenset("many several various numerous".split()) | (
    _PLURAL_NUMBERS - frozenset("thousand million billion trillion".split())
)
_KIND_OR_ALL = _PLURAL_KIND_OPENERS | _ALL | {"most"}
_KIND_OF_OBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$"))


def _most_kinds_of(words: list[Word], index: int) -> bool:
    """'Accepts most kind of plastic': 'most' after a verb that is no form of 'be' and before 'kind of'
    and a noun that is no pronoun counts kinds ('most kinds of'); after 'be' or 'very' it is a degree
    ("it was most kind of you")."""
    if index == 0 or not words[index - 1].joined or index + 3 >= len(words):
        return False
    before, noun = words[index - 1].low, words[index + 3].low
    if before in w.BE_FORMS or "VERB" not in w.tags(before) or noun in w.OBJECT_PRONOUNS:
        return False
    return "NOUN" in w.tags(noun) and not words[index + 3].capitalised


_NOT_BEFORE_ALL_KINDS = (
    w.BE_FORMS | w.SUBJECT_PRONOUNS | w.OBJECT_PRONOUNS | frozenset("'re 's 'm at not after".split())
)
_FLOATING_ALL_CONTRACTIONS = ("'re", "’re", "'s", "’s", "'m", "’m")
"""Words after which 'all' floats or means 'wholly' ("we are all kind of fans", "they all sort of
agreed", "not at all kind of"; "after all" is an idiom), so 'kind of' there is a hedge, not the plural's determiner."""


def _all_kinds_of(doc: Document, words: list[Word], index: int) -> bool:
    """'All type of roofs', 'all kind of people' ('all kinds of'): 'all' opens the phrase (no
    be-form, pronoun, 'at' or 'not' before it) and the tagger reads a plural noun after 'of', or
    one modifier and then a plural noun ('all sort of spare parts')."""
    if index > 0 and words[index - 1].joined:
        before = words[index - 1].low
        if before in _NOT_BEFORE_ALL_KINDS or before.endswith(_FLOATING_ALL_CONTRACTIONS):
            return False  # "we're all kind of fans", "it's all sort of new"
    if not words[index + 2].joined:
        return False
    tags = sentence_tags(doc, words)
    if tags[index + 3] in ("NNS", "NNPS"):
        return True
    return (
        tags[index + 3] in ("JJ", "NN", "VBG")
        and index + 4 < len(words)
        and words[index + 3].joined
        and tags[index + 4] in ("NNS", "NNPS")
    )


_LABEL_BEFORE_NUMBER = frozenset("chapter part section step level grade stage phase year page number".split())
"""'Step two kind of …' would name, not count (a guard; such a phrase is rare)."""
_SPANS = frozenset("seconds minutes hours days nights weeks months years decades centuries times".split())
"""Plurals that a number makes into an adverbial after 'this' as a pronoun ("I saw this two weeks ago")."""
_OTHERS = frozenset(("others",))
_BEFORE_OTHERS = frozenset("the some many all any no these those several and or".split()) | w.CARDINALS
"""Where 'others' opens a noun phrase ("the others students", "and others countries"); not after a
verb or 'of', where it may be a possessive that lost its apostrophe ("respect others opinions")."""


def _one_and_predicate(words: list[Word], index: int, noun_at: int) -> bool:
    """'one' right after a plain verb, before a word that is also an adverb ('get one free deals',
    'buy one cheap'): the pronoun 'one', the verb's object, and the word after it its predicate,
    not the determiner of the noun further on."""
    if words[index].low != "one" or index == 0 or noun_at <= index + 1 or not words[index - 1].joined:
        return False
    verb = words[index - 1].low
    if not w.verb_tags(verb) or w.tags(verb) & {"NOUN", "PRON", "DET"} or verb in w.AUXILIARIES:
        return False
    return "ADV" in w.tags(words[index + 1].low)


def _others_before_noun(doc: Document, words: list[Word], index: int) -> bool:
    """'Others' used as a determiner before a plural noun ("Others authors agree", "the others
    students"): the noun is plainly a plural noun (the tagger decides one that is also a verb:
    "others say" is the verb)."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    if index > 0 and (words[index - 1].low not in _BEFORE_OTHERS or not words[index - 1].joined):
        return False
    noun = words[index + 1]
    if noun.capitalised or doc.text[words[index].end : words[index].end + 1] in ("'", "’"):
        return False
    if not (is_plural_head(noun) or plural_or_verb(noun.low) or noun.low == "people"):
        return False
    tags = sentence_tags(doc, words)
    if in_quotes(doc, noun.start):
        return False
    if "VERB" not in w.tags(noun.low) and tags[index + 1] == "NNS":
        return True  # "many others animals as well": a plural that is no verb needs no look past it
    return plural_noun_here(words, tags, index + 1)


def _person_of(noun: Word) -> bool:
    """A noun for one person before 'of' ('several member of the board'): the head of its phrase, not
    the first noun of a compound ('various denial of service attacks')."""
    from .nouns import ONE_PERSON

    return noun.low in ONE_PERSON


def _swap(doc: Document, words: list[Word], index: int, noun_at: int, noun: str, determiner: str = "") -> str:
    """The phrase from ``words[index]`` to ``words[noun_at]`` with its noun (and determiner) replaced."""
    middle = doc.text[words[index].end : words[noun_at].start]
    return (determiner or words[index].text) + middle + noun


def _verb_after_plural(words: list[Word], at: int) -> bool:
    """A plural noun at ``at`` and a finite verb or a modal straight after it ('scams are', 'people
    will'): the phrase is the clause's subject, not the verb's object ("we hear these kind of stories")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    noun = words[at].low
    if not (w.is_any_plural(noun) or (noun.endswith("s") and "NOUN" in w.tags(noun))):
        return False
    following = words[at + 1].low
    return following in w.AUXILIARIES or w.only_finite(following)


_SINGULAR_DETERMINERS = frozenset("this another each every either neither one".split())
_AUXILIARY_AFTER = w.AUXILIARIES - w.MODALS - w.NEGATED_MODALS
"""'These book is old': a verb such as 'is' after the word shows it is the noun (not "Many point to")."""
_NOT_PLURAL_HERE = frozenset(("others", "ones", "times"))
"""'Each others' (a possessive slip, see grammar.possessive-form), 'this ones', 'one times two'."""
_BEFORE_ONE = frozenset(
    """twenty thirty forty fifty sixty seventy eighty ninety hundred thousand and no any every each the this
    that which some per""".split()
)
_SUBORDINATORS_BEFORE_ONE = frozenset(
    "while when whenever if as because since until unless although though once".split()
)
"""Words that open a clause whose subject the pronoun 'one' may be ("while one charges")."""


def _third_person_next(words: list[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index].joined and "VBZ" in w.verb_tags(words[index + 1].low)


_NOT_COUNTED_AFTER = frozenset(("NN", "NNS", "NNP", "NNPS", "CD", "DT", "JJ", "PRP$", "PRP"))


def _may_be_plural(low: str) -> bool:
    """A plural, or an adjective that may come before one."""
    return low.endswith("s") or low in _IRREGULAR_SINGULAR or "ADJ" in w.tags(low)


def _plural_after_singular(noun: Word) -> bool:
    """A plural noun, or a plural that is also a verb form ('books', 'parties': the tagger decides).
    Not an uncountable noun made plural ('this informations': grammar.mass-noun-plural's)."""
    low = noun.low
    if low in _NOT_PLURAL_HERE or (low.endswith("s") and low[:-1] in MASS_NOUNS):
        return False
    return is_plural_head(noun) or plural_or_verb(low)


_VERB_COMPLEMENT_TAGS = frozenset("DT PDT PRP PRP$ IN TO RB RBR RP JJR CD WDT WP WRB".split())
"""Tags of a word a verb takes after it ('this ties into', 'this helps the poor', 'each costs more')."""


def _opens_compound_modifier(previous: str) -> bool:
    """An article or an adjective before 'all' makes it the first word of a compound modifier ('a
    good all round player', 'an all time high'), not a determiner."""
    return previous in w.ARTICLES or w.tags(previous) == {"ADJ"} or previous in ("good", "great", "true", "real")


def _subject_then_verb(words: list[Word], index: int, noun_at: int) -> bool:
    """The determiner opens its clause ("Neither side moves", "if neither party signs") and a
    singular noun follows it at once: that noun agrees with it, and the '-s' word after it may be
    the clause's verb rather than a compound's plural head."""
    if noun_at != index + 2 or "VBZ" not in w.verb_tags(words[noun_at].low):
        return False
    if index > 0 and not (words[index - 1].joined and words[index - 1].low in w.CLAUSE_OPENERS):
        return False
    noun = words[index + 1].low
    lemmas = w.parts_of_speech(noun).get("NOUN", ())
    singular_form = noun.endswith("ss") or not noun.endswith("s")  # "This dress fits.", not "this sales"
    return noun in lemmas and singular_form and not w.plural_of_another_noun(noun)


def plural_noun_here(words: list[Word], tags: list[str], index: int) -> bool:
    """A word that is a plural noun or a verb's -s form ('ties', 'books') is the noun here: the
    tagger reads a plural noun, and the next word is not one a verb would take ('another books last
    week', 'this images are', not 'all of this ties into', 'this helps the poor')."""
    if tags[index] != "NNS":
        return False
    if not words[index].joined or index + 1 >= len(words):
        return True
    return tags[index + 1] not in _VERB_COMPLEMENT_TAGS and words[index + 1].low not in w.OBJECT_PRONOUNS


def plural_or_verb(low: str) -> bool:
    """A regular plural noun that is also a verb's -s form ('books', 'times'): the tagger must decide."""
    return w.is_plural_noun(low) and w.tags(low) == {"NOUN", "VERB"}


def _takes_singular_here(doc: Document, words: list[Word], index: int) -> bool:
    """Whether the singular determiner at ``index`` really opens the noun phrase: not 'either …
    or', 'neither … nor', 'twenty one', 'no one', 'chapter one', nor the floating 'they each'."""
    low = words[index].low
    if low in ("either", "neither"):
        return not any(word.low in ("or", "nor") for word in words[index + 1 : index + 10])
    if (
        low == "one"
        and index > 0
        and words[index - 1].low in _BEFORE_ONE
        and words[index - 1].end + 3 >= words[index].start
    ):
        return False  # "thirty - one proposals": a number with its hyphen spaced
    if low not in ("one", "each") or index == 0 or not words[index - 1].joined:
        return True
    if low == "one" and words[index - 1].low in _BEFORE_ONE:
        return False
    if low == "one" and words[index - 1].low in _SUBORDINATORS_BEFORE_ONE and _third_person_next(words, index):
        return False  # "keep working while one charges": the pronoun and its verb
    return sentence_tags(doc, words)[index - 1] not in _NOT_COUNTED_AFTER


_DIGITS = frozenset(str(number) for number in range(2, 1000))
"""Counts in digits up to 999 ('has 200 room'); four digits are mostly years ('the 2019 report'), and
a slip after a bigger number is rarer."""
_GROUPS = frozenset(f"{number:03d}" for number in range(100))
"""A comma's last group of digits that is no count of its own ('40,000 book': the '000')."""
_COUNT_DIGITS = _DIGITS | _GROUPS
_BEFORE_PLURAL = _PLURAL_DETERMINERS | _PLURAL_NUMBERS | _COUNT_DIGITS
_NOT_BEFORE_COUNT = frozenset("by to x of per from between and or".split())
_COUNTING_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "IN"))


def _adjectives_only(words: list[Word], index: int, noun_at: int) -> bool:
    """Only adjectives that are nothing else stand between the number at ``index`` and its noun
    ("three new employee"; not "a fifteen minute job", "two hour long", "ten year old")."""
    return all(w.tags(words[at].low) == {"ADJ"} and not words[at].capitalised for at in range(index + 1, noun_at))


_BIG_NUMBERS = frozenset("thousand million billion trillion".split())
_COORDINATED_COUNTS = (
    (_PLURAL_NUMBERS - _BIG_NUMBERS) | _DIGITS | frozenset("these those many several numerous".split())
)
"""Counts before two joined modifiers and their noun ("500 college and university chapter"); not
'both', whose 'and' is its own ("both public and private sector")."""
_MODIFIER_TAGS = frozenset(("NN", "JJ", "VBG", "VBN"))
_JOINERS = frozenset(("and", "or"))
_ADJECTIVE_TAGS = _MODIFIER_TAGS - {"NN"}


def _may_describe(low: str) -> bool:
    """The word may be an adjective or a participle by the word tables ('new', 'returning', 'improved')."""
    return "ADJ" in w.tags(low) or bool(w.verb_tags(low) & {"VBN", "VBG"})


_COORDINATED_SINGULARS = frozenset("this another each every".split())
"""Singular determiners before two joined modifiers and a plural ("every new and returning students");
not 'that' (a conjunction too: "I know that young and old people agree") nor 'either' ('either … or')."""
_COORDINATED_OPENERS = _COORDINATED_COUNTS | _COORDINATED_SINGULARS
_COMPOUND_QUANTIFIERS = frozenset("many several numerous various".split())
_GROUP_NOUNS = frozenset(
    "staff personnel faculty crew clergy livestock cattle police press media youth poultry infantry folk".split()
)


def _big_count(doc: Document, words: list[Word], index: int, tags: list[str]) -> bool:
    """'Thousand', 'million' … count the noun after them ("sold three million copy") only after a
    number that a verb, an adverb or a preposition governs, with no currency sign: "a $70 billion
    deal", "a 200 million euro fund" and "the two million mark" are sums that modify a noun."""
    before = index - 1
    if before < 1 or not words[before].joined or not _is_number(words[before]):
        return False
    first = _number_start(doc, words, before) if words[before].low.isdigit() else before
    if first == 0 or doc.text[words[first].start - 1 : words[first].start] in _CURRENCY:
        return False
    return words[first - 1].joined and tags[first - 1] in _COUNTING_TAGS


_CURRENCY = frozenset("$£€¥₹")


def _with_absolute(words: list[Word], index: int, noun_at: int) -> bool:
    """'with twelve present', 'with two absent and one ill': after 'with', a number and a word that
    is also an adjective, closing the phrase, are a clause without a verb (twelve were present)."""
    if noun_at != index + 1 or index == 0 or words[index - 1].low != "with" or not words[index - 1].joined:
        return False
    noun = words[noun_at]
    if "ADJ" not in w.tags(noun.low):
        return False
    return noun_at + 1 == len(words) or not noun.joined or words[noun_at + 1].low in ("and", "or")


def _number_start(doc: Document, words: list[Word], index: int) -> int:
    """Where a number in digits whose groups a comma separates starts ("1,200": the '1'), from its
    last group at ``index``; ``index`` itself for a number of one group."""
    while (
        index > 0
        and len(words[index].low) == 3
        and doc.text[words[index - 1].end : words[index].start] == ","
        and words[index - 1].low.isdigit()
        and len(words[index - 1].low) <= 3
    ):
        index -= 1
    return index


_SPAN_ORDINALS = frozenset("next last past first previous coming following".split())
"""Words that, after 'the', open a span that a number counts ('the next 10 years', 'the past 15 years')."""


def _time_span_count(words: list[Word], index: int) -> bool:
    """A number in digits at ``index`` after 'the next', 'the last', 'the past' … counts its noun
    ('for the next 10 year' → 'years'; 'for next 10 year' after a preposition), though the tagger
    reads the word before it as an adjective."""
    if index < 2 or not (words[index - 1].joined and words[index - 2].joined):
        return False
    before, opener = words[index - 1].low, words[index - 2].low
    if opener == "the":
        return before in _SPAN_ORDINALS
    return before in ("next", "last", "past") and opener in w.PREPOSITIONS


def _may_count_here(words: list[Word], index: int) -> bool:
    """A number in digits counts the noun after it only after a verb, an adverb or a preposition
    ('I have 5 book', 'over 500 chapter'; the tagger checks the word before): elsewhere it is often
    a name, a score or a label."""
    if index == 0 or not words[index - 1].joined or words[index - 1].capitalised:
        return False  # "Wave 3 race": a label
    if words[index - 1].low == "to" and index > 1 and words[index - 2].joined:
        return bool(w.verb_tags(words[index - 2].low) & {"VBD", "VBN"})  # "sent to 350 student"; not "a 4 to 3 vote"
    return words[index - 1].low not in _NOT_BEFORE_COUNT


_QUANTITY_OPENERS = frozenset("many several few various numerous".split())
_BEFORE_QUANTITY = frozenset("a an the you we they us them".split())
"""Before a number or 'few' these make it a pronoun or part of one ("a few work as", "you two use")."""
_INVARIANT = frozenset(
    "aircraft spacecraft hovercraft sheep deer fish moose salmon trout offspring swine bison".split()
)


_FEW_UNITS = frozenset("minute second hour day week month year mile kilometre kilometer metre meter step".split())


def _object_pronoun_count(doc: Document, words: list[Word], index: int, noun_at: int) -> bool:
    """'You', 'us' or 'them' after a verb, then a number and a word the tagger reads as a singular noun
    ("we can offer you two option", "they gave us three ticket"): the indirect object, then the
    counted thing; not "what do you two use", where the pronoun and the number are one subject."""
    if index < 2 or words[index - 1].low not in ("you", "us", "them") or words[index].low not in w.CARDINALS:
        return False
    verb = words[index - 2]
    if not verb.joined or "VERB" not in w.tags(verb.low) or verb.low in w.AUXILIARIES:
        return False  # "do you two work here?": the subject after its auxiliary
    return sentence_tags(doc, words)[noun_at] == "NN"


def _a_few_noun(doc: Document, words: list[Word], index: int, noun_at: int) -> bool:
    """'A few day': after 'a few' a noun that is never a verb ('a few work as writers' is right), or
    one the tagger reads as a noun before a past participle or a past verb ('a few chair left')."""
    if words[index].low != "few" or words[index - 1].low != "a":
        return False
    if noun_at > index + 1 and words[index + 1].low in _TIME_ADJECTIVES:
        return False  # "they sold a few last week": a time after the pronoun 'a few'
    if "VERB" not in w.tags(words[noun_at].low) or words[noun_at].low in _FEW_UNITS:
        return True  # (a unit is never the verb: "only a few minute from the beach")
    if not words[noun_at].joined or noun_at + 1 >= len(words):
        return _few_as_object(doc, words, index)  # "I have a few question.", not "Only a few work."
    tags = sentence_tags(doc, words)
    following = words[noun_at + 1].low
    if (
        (following in w.PREPOSITIONS or following == "to")
        and tags[noun_at] == "NN"
        and words[index - 2].low != "than"
        and _few_as_object(doc, words, index)
    ):
        return True  # "I only have a few minute before the meeting": an object, its noun before a preposition
    if tags[noun_at] != "NN" or tags[noun_at + 1] not in ("VBD", "VBN"):
        return False
    return not _modifies_next(words, tags, noun_at + 1)  # "a few rent furnished flats": a verb's object


_TIME_ADJECTIVES = frozenset(("last", "next"))


def _few_as_object(doc: Document, words: list[Word], index: int) -> bool:
    """'A few' (its 'few' at ``index``) is a verb's or a preposition's object: the word before 'a' is
    a preposition, an object pronoun or a verb as the tagger reads it, so the noun-or-verb that ends
    the clause after it is a noun ("we need a few minute."; "only a few work." has a subject)."""
    if index < 2 or not words[index - 2].joined:
        return False
    before = words[index - 2].low
    if before in w.PREPOSITIONS or before in w.OBJECT_PRONOUNS:
        return True
    if before in _BARE_INFINITIVE_TAKERS or (before in w.AUXILIARIES and before not in _HAVE_OWN):
        return False  # "I saw a few fly", "let a few go": the object and its bare verb
    return sentence_tags(doc, words)[index - 2].startswith("VB")


_BARE_INFINITIVE_TAKERS = w.CAUSATIVES | frozenset(
    "sees seeing hears hearing watches watching feel feels felt notice noticed".split()
)
_HAVE_OWN = frozenset("have has had".split())


_FLOAT_SUBJECTS = frozenset("we they you he she them us who".split())


def _after_subject(words: list[Word], index: int) -> bool:
    """The word before ``words[index]`` ends a plural subject: a pronoun ("they both", "he and she
    both"), a plural noun ("the twins both"; one that may be a verb after a determiner or a number:
    "the two calls both"), perhaps with 'now', 'also' or 'still' between ("they now both"), with
    no punctuation between."""
    if index == 0 or not words[index - 1].joined:
        return False
    before = words[index - 1].low
    if before in _FLOAT_BETWEEN and index > 1:
        return _after_subject(words, index - 1)  # "they now both show"
    if before in _FLOAT_SUBJECTS:
        return True
    if not w.is_plural_noun(before):
        return False
    if "VERB" not in w.tags(before):
        return True
    opener = words[index - 2] if index > 1 and words[index - 2].joined else None
    return opener is not None and (opener.low in _NUMBER_WORDS or opener.low in ("the", "these", "those", "both"))


_FLOAT_BETWEEN = frozenset("now also still then".split())
"""Adverbs that may stand between a subject and a floating 'both' ('they now both show')."""
_ONE_AS_PRONOUN_AFTER = frozenset(
    "the this that which each every any no earlier later other last first next new old".split()
)
"""Words before 'one' that make it a pronoun, so that a verb may follow ('where the earlier one ends')."""


def _pronoun_one(words: list[Word], index: int, noun: Word) -> bool:
    """'One' is a pronoun after a determiner or an adjective ('where the earlier one ends', 'this one
    works'), and a number in a choice of counts ('zero or one arguments', 'one or two days' aside):
    the '-s' word after it is a verb or a plural the choice allows."""
    if words[index].low != "one" or index == 0 or not words[index - 1].joined:
        return False
    before = words[index - 1].low
    if before in ("or", "and") and index > 1 and words[index - 2].joined:
        return words[index - 2].low in _NUMBER_WORDS or words[index - 2].low in ("zero", "0")
    return before in _ONE_AS_PRONOUN_AFTER and "VERB" in w.tags(noun.low)


def _noun_before_past(doc: Document, words: list[Word], index: int) -> bool:
    """The tagger reads ``words[index]`` as a singular noun and the word after it as a past-tense
    verb ('Both candidate gave a speech'), or the word after it is a past and nothing else ('Both
    team struggled'), so the word is the subject's noun, not the verb."""
    if not words[index].joined or index + 1 >= len(words):
        return False
    following = words[index + 1].low
    if w.tags(following) == {"VERB"} and "VBD" in w.verb_tags(following) and "NOUN" in w.tags(words[index].low):
        return True  # "Both team struggled", "Many fan traveled": a past that is only a verb, after the noun
    tags = sentence_tags(doc, words)
    return tags[index] == "NN" and tags[index + 1] == "VBD" and not _modifies_next(words, tags, index + 1)


def _opens_clause_before_participle(doc: Document, words: list[Word], index: int, noun_at: int) -> bool:
    """``words[index]`` opens a clause (after punctuation or a coordinating conjunction) and a past
    participle that closes the phrase follows its noun, which may then be the verb of the quantifier
    as subject ('Soldiers go to war, and many return injured')."""
    if noun_at + 1 >= len(words) or not _participle_closes(doc, words, noun_at + 1, ("VBN", "VBD")):
        return False
    if words[index].sentence_start or index == 0:
        return False  # a sentence's opening quantifier: see :func:`_noun_before_past`
    return not words[index - 1].joined or words[index - 1].low in _COORDINATORS


_COORDINATORS = frozenset("and but or yet so".split())


def _quantifier_subject(words: list[Word], index: int, noun_at: int) -> bool:
    """A plural determiner that opens a clause or follows 'of' ('if several', 'any of those') and a
    verb-or-noun after it that a clause's verb would be followed by: the sentence's end or a break,
    a preposition ('to' before a noun phrase, not an infinitive: "any of these supplement to aid"),
    a determiner or an object pronoun ("if any of those work, return it", "when both record the
    score"). The determiner is then the subject, and the word its verb."""
    if index == 0 or not words[index - 1].joined:
        return False
    before = words[index - 1].low
    if before != "of" and before not in w.CLAUSE_OPENERS and before not in _COORDINATORS:
        return False
    return _verb_tail(words, noun_at)


def _these_two_subject(words: list[Word], index: int, noun_at: int) -> bool:
    """'These' or 'those' and the number at ``index`` open a clause ("Make sure that these two work",
    "These three run on Linux"): they are the subject, and the verb-or-noun after them its verb."""
    if index == 0 or words[index - 1].low not in ("these", "those") or not words[index - 1].joined:
        return False
    return _verb_tail(words, noun_at) if index == 1 else _quantifier_subject(words, index - 1, noun_at)


def _verb_tail(words: list[Word], noun_at: int) -> bool:
    """What follows the verb-or-noun at ``noun_at`` is what follows a clause's verb: the end or a
    break, a preposition, a determiner or an object pronoun."""
    if noun_at + 1 >= len(words) or not words[noun_at].joined:
        return True
    after = words[noun_at + 1].low
    if after == "to":  # 'to' and a noun phrase, not an infinitive ("any of these supplement to aid weight loss")
        beyond = words[noun_at + 2].low if noun_at + 2 < len(words) and words[noun_at + 1].joined else ""
        return beyond in w.DETERMINERS or beyond in w.OBJECT_PRONOUNS
    return after in w.PREPOSITIONS or after in w.DETERMINERS or after in w.OBJECT_PRONOUNS


def _modifies_next(words: list[Word], tags: list[str], index: int) -> bool:
    """The past form at ``words[index]`` stands before a noun, so it may be a participle that
    modifies it ('Many fear lost jobs', 'a few rent furnished flats'), and the word before it the
    verb of a quantifier that is the subject ('a few ticket remained unsold' is reported)."""
    return words[index].joined and index + 1 < len(words) and tags[index + 1] in ("NN", "NNS")


def _after_article(words: list[Word], index: int) -> bool:
    """'A few', 'the two', and a pronoun before a number or 'few' ('you two use', 'we few'); not
    'you several time': 'several' and 'many' are no pronoun's apposition."""
    if index == 0 or not words[index - 1].joined or words[index - 1].low not in _BEFORE_QUANTITY:
        return False
    return words[index - 1].low in w.ARTICLES or words[index].low not in _QUANTITY_OPENERS - {"few"}


def _singular_of(noun: Word) -> str | None:
    return _IRREGULAR_SINGULAR.get(noun.low) or w.other_noun_lemma(noun.low)


def _plural_of(low: str) -> str | None:
    if low == "person":
        return "people"  # 'persons' is the law's and the police's plural, not the counted one
    forms = w.noun_inflections(low).get("NNS", ())
    return next((form for form in forms if form != low), None)


class QuantifierOfBareNoun(GrammarRule):
    id = "grammar.quantifier-of"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Most of time', 'all of students': 'of' needs a determiner after it, or goes; 'a number residents' needs 'of'."
    )
    why = (
        "After 'all of', 'most of', 'some of' comes a definite group: 'most of the time', 'all of "
        "the students' (or 'most students'). A bare plural after 'of' (and 'most of time') is a slip; "
        "after 'half of' it names a share of the whole class ('half of respondents said'). "
        "Mass nouns ('all of history'), names, pronouns and numbers are left alone."
    )
    bad = (
        "Most of time I walk.",
        "All of students passed.",
        "We kept some of apples.",
        "We kept some of food.",
        "Most of people agree with the plan, and many of students left.",
        "The most of the students passed, and in the most of cases the fee was paid.",
        "The most of them left early.",
        "Most of student passed, and all of citizen over sixty will vote.",
        "Crews spent most of day clearing debris, and it rained for some of week.",
        "A number residents said they had not been told.",
    )
    good = (
        "Most of the time I walk.",
        "All of them passed; most of Monday and some of 2020.",
        "Half of all voters, in all of history; make the most of apples.",
        "Half of respondents said they had cut back, and nearly half of small businesses fail.",
        "Make the most of the summer; he scored the most of any player, and I liked her the most of all.",
        "The most of any team in the league; they made the most of them.",
        "Most of Student Union is closed; all of student life; some of teacher training is online.",
        "They spent most of day two in court and some of week 3 at home; most of Day 1 was lost.",
        "A number of residents said so; a number plate was found; a number rises; a number Ones fans love.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._the_most_of(doc)
        yield from self._a_number(doc)
        for words, index in occurrences(doc, _QUANTIFIERS):
            if index + 2 >= len(words) or not words[index].joined or words[index + 1].low != "of":
                continue
            noun = words[index + 2]
            if not words[index + 1].joined or noun.capitalised or not noun.low.isalpha():
                continue
            if index > 0 and words[index - 1].low == "the":
                continue  # "make the most of apples"
            plural = (w.is_plural_noun(noun.low) or noun.low in w.PLURAL_PERSONS) and w.tags(noun.low) <= {
                "NOUN",
                "VERB",
            }
            if plural and words[index].low in _FRACTIONS:
                continue  # a share of a whole class: "half of respondents said", "half of homeowners"
            fixed = f"the {noun.text}"
            if not plural and noun.low not in _BARE_AFTER_OF:
                person = _one_person_plural(noun)
                if person is None:
                    continue  # a mass or abstract noun may stand bare: "all of history", "half of life"
                fixed = f"the {person}"  # "all of student": one person cannot be divided
            after = words[index + 3] if noun.joined and index + 3 < len(words) else None
            if after is not None and (w.is_numeral(after.low) or after.low == "one"):
                continue  # "most of day two", "some of week 3": a numbered day, a name
            modifier = after is not None and "NOUN" in w.tags(after.low) and _modifies(after.low)
            if modifier and after is not None and after.low not in _NOT_MODIFIED:
                continue  # "half of wage growth": a modifier, the phrase goes on ("students left": a verb)
            yield self.replace_word(
                noun,
                fixed,
                f"'{words[index].text} of {noun.text}' needs a determiner: '{words[index].text} of {fixed}'.",
                FixSafety.UNSAFE,
            )

    def _a_number(self, doc: Document) -> Iterator[Finding]:
        """'A number residents said': 'a number' before a plural noun lacks its 'of' ("a number of
        residents"); a plural cannot be the head of 'a number' ('a number plate' is singular)."""
        for words, index in occurrences(doc, _NUMBER):
            if index == 0 or index + 1 >= len(words) or words[index - 1].low != "a" or not words[index - 1].joined:
                continue
            noun = words[index + 1]
            if not words[index].joined or noun.capitalised or not w.is_plural_noun(noun.low):
                continue
            if w.tags(noun.low) != {"NOUN"}:
                continue  # a plural that may be a verb or an adjective too ('a number rises')
            yield self.finding(
                words[index].start,
                noun.end,
                f"'a number {noun.text}' needs 'of': 'a number of {noun.text}'.",
                suggestions=(f"{words[index].text} of {noun.text}",),
                fix=FixSafety.UNSAFE,
            )

    def _the_most_of(self, doc: Document) -> Iterator[Finding]:
        """'The most of the students passed', 'in the most of cases': 'most of' needs no 'the' where
        it opens a subject or follows 'in' ('make the most of', 'the most of any team' stay)."""
        for words, index in occurrences(doc, _MOST):
            if index == 0 or index + 2 >= len(words) or words[index - 1].low != "the" or words[index + 1].low != "of":
                continue
            if not (words[index - 1].joined and words[index].joined and words[index + 1].joined):
                continue
            opener = index - 1 == 0 or (words[index - 2].low in _MOST_OPENERS and words[index - 2].joined)
            after = words[index + 2]
            group = after.low in _GROUP_OPENERS or (after.text == after.low and w.is_plural_noun(after.low))
            if not opener or not group or in_quotes(doc, words[index].start):
                continue
            the = words[index - 1]
            fixed = match_case("most", the.text)
            yield self.finding(
                the.start,
                words[index + 1].end,
                f"'Most of' takes no 'the' here: '{fixed} of', not '{the.text} most of'.",
                suggestions=(f"{fixed} of",),
                fix=FixSafety.UNSAFE,
            )


_FRACTIONS = frozenset(("half",))
"""Quantifiers that name a share of the whole class after 'of', so that a bare plural is the class
itself: 'half of respondents', 'nearly half of small businesses' (as 'a third of adults'); 'most of
people' and 'all of students' still want 'the'. 'Half of student' (one person) is still reported."""
_MOST_OPENERS = frozenset("and but because that so when while although if in during".split())
_GROUP_OPENERS = frozenset("the my your his her its our their these those them us people".split())
"""What opens the group after 'the most of' when 'the' is the slip ('the most of the students', 'the
most of them'); not 'any', 'all', 'it' ('the most of any player', 'the most of all')."""


def _one_person_plural(noun: Word) -> str | None:
    """The plural of a singular noun for one person ('student', 'citizen'), which no quantifier can
    take a part of ('most of student', 'all of citizen'); None for any other word."""
    from .nouns import ONE_PERSON

    if noun.low not in ONE_PERSON:
        return None
    return _plural_of(noun.low)


def _modifies(low: str) -> bool:
    """The noun after 'most of' modifies the next one ("half of wage growth", "most of sales figures"),
    rather than being followed by its verb ("students left", "people think")."""
    if "VBD" in w.verb_tags(low):
        return False
    return not w.may_be_finite(low) or w.is_plural_noun(low)


_BARE_AFTER_OF = frozenset(
    """time food water money information advice equipment furniture luggage baggage homework evidence
    software stuff clothing garbage rubbish day night week month year morning afternoon evening weekend
    season""".split()
)
"""Singular nouns that need 'the' after 'some of', 'most of': 'most of time', 'some of food' (not
'all of history', 'much of wildlife', 'much of news': a field or a whole may stand bare)."""

_IN = frozenset(("in", "during", "since", "until", "by"))
_DECADE = re.compile(r"(?:1[0-9]|20)?[0-9]0['’]?s")


class DecadeArticle(GrammarRule):
    id = "grammar.decade-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A decade without 'the': 'in 1990s', 'during 80s'."
    why = "A decade is a definite span and takes 'the': 'in the 1990s', 'during the '80s'."
    bad = ("It happened in 1990s.", "Prices fell during 80s.")
    good = ("It happened in the 1990s, in 1990 and in his 80s.", "Temperatures in the 80s.")
    fixed = ("It happened in the 1990s.", "Prices fell during the 80s.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for words, index in occurrences(doc, _IN):
            if index + 1 >= len(words) or not words[index].joined:
                continue
            decade = words[index + 1]
            end = decade.end + (2 if text[decade.end : decade.end + 2] in ("'s", "’s") else 0)
            written = text[decade.start : end]
            if not _DECADE.fullmatch(written):
                continue
            if end == decade.end and index + 2 < len(words) and decade.joined:
                following = words[index + 2]
                if following.capitalised or "NOUN" in w.tags(following.low):
                    continue  # "design in 1920s architecture", "in 1920s Paris": the decade describes a noun
            yield self.finding(
                decade.start,
                end,
                f"A decade takes 'the': '{words[index].text} the {written}'.",
                suggestions=(f"the {written}",),
                fix=FixSafety.SAFE,
            )


_BETWEEN = frozenset(("between",))
_NUMBER_WORDS = w.CARDINALS | {"one"}


def _is_number(word: Word) -> bool:
    return word.low.replace(",", "").replace(".", "").isdigit() or word.low in _NUMBER_WORDS


class BetweenTo(GrammarRule):
    id = "grammar.between-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Between 20 to 30': a range after 'between' takes 'and'; 'between to candidates' is 'two'."
    why = (
        "'Between' pairs with 'and': 'between 20 and 30 people', or 'from 20 to 30 people'. Right after "
        "'between', 'to' before a plural noun is the number: 'between two candidates'."
    )
    bad = (
        "Between 20 to 30 people came.",
        "It costs between five to ten dollars.",
        "Voters will choose between to candidates in March.",
    )
    good = (
        "Between 20 and 30 people came; from 20 to 30 people came.",
        "Between them, to 30 people.",
        "Caught between to and fro, between to be and not to be; a choice between two candidates.",
    )
    fixed = (
        "Between 20 and 30 people came.",
        "It costs between five and ten dollars.",
        "Voters will choose between two candidates in March.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _BETWEEN):
            if _two_after_between(words, index):
                yield self.replace_word(
                    words[index + 1],
                    match_case("two", words[index + 1].text),
                    f"'Between' takes a pair: 'between two {words[index + 2].text}'.",
                )
                continue
            if index + 3 >= len(words) or not all(word.joined for word in words[index : index + 3]):
                continue
            low, to, high = words[index + 1], words[index + 2], words[index + 3]
            if to.low != "to" or not _is_number(low) or not _is_number(high):
                continue
            fixed = "AND" if to.text.isupper() else "and"
            yield self.replace_word(
                to, fixed, f"'Between {low.text} … {high.text}' takes 'and': 'between {low.text} and {high.text}'."
            )


def _two_after_between(words: list[Word], index: int) -> bool:
    """'Between to candidates': 'to' right after 'between' before a plural noun (or one modifier and a
    plural) is 'two'; 'between' takes no 'to' there."""
    if index + 2 >= len(words) or words[index + 1].low != "to" or not (words[index].joined and words[index + 1].joined):
        return False
    noun = words[index + 2]
    if noun.capitalised:
        return False
    if index + 3 < len(words) and noun.joined and "ADJ" in w.tags(noun.low) and "NOUN" not in w.tags(noun.low):
        noun = words[index + 3]  # "between to rival bids"
    return w.is_plural_noun(noun.low) and "NOUN" in w.tags(noun.low)


_NOT_MODIFIED = w.PREPOSITIONS | w.SUBJECT_PRONOUNS | w.OBJECT_PRONOUNS | w.DETERMINERS


class ArticleWithoutNoun(GrammarRule):
    id = "grammar.article-without-noun"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An article with no noun after it, before a full stop or a comma: 'I went to the.', 'gave it to a.'"
    why = (
        "'The', 'a' and 'an' open a noun phrase; before a full stop, a comma or another mark that "
        "ends the phrase, the noun is missing (lost in an edit) or the article is left over. 'A' "
        "counts only after a verb or a preposition ('plan a, plan b' and 'vitamin a.' name things); "
        "quotations and capitals ('The The', 'Plan A.') are left alone."
    )
    bad = (
        "I went to the.",
        "She gave it to a.",
        "He bought the, house on the hill.",
        "The office is located in the of Harper Hall, and tickets are sold at a of the booths.",
    )
    good = (
        "I went to the station. She gave it to a friend.",
        "We tried plan a, then plan b; take vitamin a.",
        "The band was The The. Plan A worked, and 'the' is an article.",
        "We meet at 8:00 a.m. today. He read about the... Then a version of the: (a) one, (b) two.",
        "If a is larger than b, then b is smaller than a.",
        "The band The Of played; the word the of the title is small; he spoke of the of-the-moment craze.",
    )
    fixed = ()
    fix = "none"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._before_of(doc)
        tokens, text = doc.tokens, doc.text
        ending = [at for at in positions(doc, _ARTICLES) if text[tokens[at].end : tokens[at].end + 1] in _PHRASE_ENDS]
        for words, index in places(doc, ending):  # sifted on the flat list: articles are a tenth of a text
            article = words[index]
            if index == 0 or article.text != article.low or not words[index - 1].joined:
                continue
            if index + 1 < len(words) and article.joined:
                continue  # a word follows
            after = doc.text[article.end : article.end + 2]
            if after[:1] not in _PHRASE_ENDS or after[1:2].isalnum() or after == ".." or in_quotes(doc, article.start):
                continue  # "8:00 a.m.", "the..." (an excerpt cut short)
            previous = words[index - 1].low
            if article.low != "the" and not (previous in w.PREPOSITIONS or w.tags(previous) <= {"VERB", "AUX"}):
                continue  # "plan a,", "vitamin a."
            if previous in _CITING_ARTICLES or letter_in_formula(doc, words, index, again=True):
                continue  # "the word the.", "if b is less than a."
            yield self.finding(
                article.start,
                article.end,
                f"No noun follows '{article.text}': a word is missing, or '{article.text}' is left over.",
            )

    def _before_of(self, doc: Document) -> Iterator[Finding]:
        """'Located in the of Harper Hall': an article straight before 'of', after a preposition or a
        verb, has lost its noun ('in the basement of'). Not a capital ('The Of', a name), a quotation
        or an article cited as a word."""
        for words, index in occurrences(doc, _OF):
            if index < 2 or not (words[index - 1].joined and words[index - 2].joined):
                continue
            article, previous = words[index - 1], words[index - 2].low
            if article.low not in _ARTICLES or article.text != article.low or previous in _CITING_ARTICLES:
                continue
            if not (previous in w.PREPOSITIONS or w.tags(previous) <= {"VERB", "AUX"}):
                continue
            if index + 1 >= len(words) or in_quotes(doc, article.start):
                continue
            yield self.finding(
                article.start,
                words[index].end,
                f"No noun follows '{article.text}' before 'of': a word is missing, or '{article.text}' is left over.",
            )


_OF = frozenset(("of",))
_PHRASE_ENDS = frozenset(".,;!?")
"""Marks that end a phrase (not ':', which may open a list: "a version of the: (a) Schedule")."""
_CITING_ARTICLES = frozenset("word words article articles write wrote the a an".split())


RULES = [
    DoubleDeterminer,
    ArticleWithoutNoun,
    ArticleWithPlural,
    ArticleWithMassNoun,
    DeterminerNumber,
    QuantifierOfBareNoun,
    BetweenTo,
    DecadeArticle,
]
