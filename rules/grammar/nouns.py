"""Noun number: uncountable nouns made plural, quantifiers for the wrong kind of noun, possessive forms.

"Informations", "many advice", "much people", "the childrens' ward", "two day's drive", "the
presidents speech". Each rule starts from a short list of trigger words (the flat index of
:func:`rules.grammar._tokens.occurrences`) and asks the tagger only about the sentences that hold a
candidate.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import (
    Word,
    each_place,
    in_quotes,
    match_case,
    occurrences,
    places,
    positions,
    run_of,
    scan,
    stretch_start,
)
from .determiners import (
    LATIN_PLURALS,
    MASS_NOUNS,
    ends_noun_phrase,
    head_after,
    is_plural_head,
    modifies_later_head,
    plural_noun_here,
    plural_or_verb,
)

if TYPE_CHECKING:
    from lint._document import Document

_APOSTROPHES = ("'", "’")

_UNCOUNTABLE_WITHOUT_PLURAL = """
    information advice equipment furniture luggage baggage homework housework software hardware
    firmware malware spyware knowledge evidence research machinery jewellery jewelry garbage rubbish
    cutlery crockery clothing applause wildlife personnel cattle livestock
    pollution paperwork sunshine underwear footwear stationery sightseeing teamwork mankind healthcare
    wealth patience honesty courage unemployment
    """.split()


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


MASS_PLURALS = {_plural(noun): noun for noun in _UNCOUNTABLE_WITHOUT_PLURAL}
"""Uncountable nouns given a plural, and the noun itself. Left out, because their plurals are right
in some sense: 'works', 'papers', 'damages', 'moneys', 'accommodations' (en-US), 'trainings',
'feedbacks' (loops in climate science: 'positive feedbacks'), 'infrastructures', 'vocabularies',
'sceneries', 'staffs', 'stuffs', 'musics', 'progresses' (a verb far more often than a noun)."""
_COUNTED_PLURALS = {"staffs": "staff", "feedbacks": "feedback"}
"""Plurals right in a sense of their own ('the general staffs of two armies', 'senators and their
staffs', 'positive feedbacks in the climate'), slips after a word that counts people or comments:
'hired more staffs', 'short of staffs', 'thank you for your feedbacks'."""
_COUNTING_BEFORE = frozenset("more many several few fewer enough extra additional all numerous".split())
_YOUR = frozenset("your our any".split())
"""Before 'feedbacks' only: 'thank you for your feedbacks' ('the Members of Congress, and your
staffs': the staffs of several people)."""
_SHORT_OF = frozenset("short shortage lack number lot lots plenty".split())
_PRAISE = frozenset("positive negative great good kind helpful useful valuable constructive".split())
"""Adjectives of comments before 'feedbacks' ("a lot of positive feedbacks"); after 'of' and a word that counts."""
_COMMENTS_PRAISED = _PRAISE - {"positive", "negative"}
"""Adjectives before 'feedbacks' that only comments take ("useful feedbacks"; not "positive feedbacks"
in the climate)."""
_MASS_PLURAL_KEYS = frozenset(MASS_PLURALS) | frozenset(_COUNTED_PLURALS)
_NOUN_OPENERS = frozenset("DT PRP$ JJ JJR JJS IN CD POS".split())


_NOUN_DETERMINERS = w.ARTICLES | w.POSSESSIVES
"""Words after which a word that is a plural noun or a verb in -s is the noun."""


def _noun_in_phrase(doc: Document, words: list[Word], index: int) -> bool:
    """A word that is also a verb form ('researches', 'evidences') is a plural noun here: the
    tagger reads one, after a word that opens a noun phrase ('his researches', 'of evidences'); or
    right after an article or a possessive, whatever the tagger reads ("The researches show that":
    no verb follows 'the')."""
    if index > 0 and words[index - 1].joined and words[index - 1].low in _NOUN_DETERMINERS:
        return True
    tags = sentence_tags(doc, words)
    return tags[index] == "NNS" and index > 0 and tags[index - 1] in _NOUN_OPENERS


def _counted_here(words: list[Word], index: int) -> bool:
    """'Staffs' or 'feedbacks' counted like people or comments: right after 'more', 'many', 'all',
    'your' … or 'short of', 'a lot of' and the like, and not before 'of' ('all staffs of the ministries')."""
    if index == 0 or not words[index - 1].joined:
        return False
    if words[index].joined and index + 1 < len(words) and words[index + 1].low == "of":
        return False
    praised = index > 2 and words[index - 1].low in _PRAISE and words[index - 3].low in ("lot", "lots", "plenty")
    if praised and words[index - 2].low == "of" and run_of(words, index - 3, 3):
        index -= 1  # "a lot of positive feedbacks": comments counted, the adjective before them
    before = words[index - 1].low
    if before == "of":
        return index > 1 and words[index - 2].joined and words[index - 2].low in _SHORT_OF
    if words[index].low == "feedbacks" and (before in _YOUR or before in _COMMENTS_PRAISED):
        return True  # "thank you for your feedbacks", "gives us useful feedbacks"
    return before in _COUNTING_BEFORE


class MassNounPlural(GrammarRule):
    id = "grammar.mass-noun-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An uncountable noun made plural: 'informations', 'advices', 'equipments', 'furnitures'."
    why = (
        "'Information', 'advice', 'equipment', 'furniture', 'luggage', 'software' and their kind have "
        "no plural: 'much information', 'some advice', 'two pieces of equipment'. Nouns "
        "with a countable sense ('works of art', 'damages', 'papers') are not on the list, and a word "
        "that is also a verb ('she researches', 'it evidences') is reported only where the tagger "
        "reads a noun."
    )
    bad = (
        "Give me the informations by noon.",
        "She ignored all the advices of her doctors.",
        "The lab bought new equipments and furnitures last year.",
        "We welcome your comments on these softwares.",
        "His researches were published in 1990.",
        "The ward is short of staffs, and we hired more staffs.",
        "Thank you for your feedbacks; the pollutions and paperworks grew.",
        "We have received a lot of feedbacks from customers, and lots of positive feedbacks from parents.",
        "The researches show that children who read do better, and our teacher gives us useful feedbacks.",
    )
    good = (
        "Give me the information by noon; she ignored all the advice.",
        "The lab bought new equipment and furniture; pieces of luggage were lost.",
        "She researches the history of the town, and it evidences a change.",
        "The damages awarded were high; his works and papers are in the library.",
        "The general staffs of both armies met; senators and their staffs; all staffs of the ministries.",
        "The Members of Congress, and your staffs, keep their coverage.",
        "Positive feedbacks in the climate system; the feedbacks between ice and sunlight.",
        "The number of positive feedbacks in the climate system grew.",
        "Positive feedbacks amplify the warming; she researches the topic; a scientist that researches bees.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MASS_PLURAL_KEYS):
            word = words[index]
            if word.capitalised and not word.sentence_start:
                continue  # a name or a title in capitals
            if word.low in _COUNTED_PLURALS:
                if not _counted_here(words, index):
                    continue  # "the general staffs of two armies", "positive feedbacks"
            elif "VERB" in w.tags(word.low) and not _noun_in_phrase(doc, words, index):
                continue  # "she researches the topic", "the evidence evidences nothing"
            singular = MASS_PLURALS.get(word.low) or _COUNTED_PLURALS[word.low]
            yield self.replace_word(
                word,
                match_case(singular, word.text),
                f"'{singular}' is uncountable and has no plural: '{singular}' (and a singular verb), "
                f"or 'pieces of {singular}'.",
                FixSafety.UNSAFE,
            )


_COUNT_QUANTIFIERS: dict[str, tuple[str, ...]] = {
    "many": ("much", "a lot of"),
    "few": ("little",),
    "fewer": ("less",),
    "several": ("some", "several pieces of"),
    "numerous": ("a lot of",),
    "various": ("various kinds of",),
    "both": ("both pieces of",),
    "these": ("this",),
    "those": ("that",),
} | {number: (number + " pieces of",) for number in w.CARDINALS - {"hundred"}}
"""Quantifiers for things one counts, and what to write before an uncountable noun instead."""
_OF_QUANTIFIERS: dict[str, tuple[str, ...]] = {"number": ("a lot of",), "couple": ("a little",)}
"""'A number of', 'a couple of' + an uncountable noun."""
_QUANTIFIER_KEYS = frozenset(_COUNT_QUANTIFIERS) | frozenset(_OF_QUANTIFIERS)


class QuantifierMassNoun(GrammarRule):
    id = "grammar.quantifier-mass-noun"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A quantifier for things you count before an uncountable noun: 'many information', 'fewer advice'."
    why = (
        "'Many', 'few', 'fewer', 'several', 'these', 'a number of' and numbers count: 'many facts', "
        "'several tips'. Uncountable nouns take 'much', 'little', 'less', 'this' or a unit: 'much "
        "information', 'less advice', 'this equipment', 'three pieces of furniture'. The noun must end "
        "its phrase, so 'many news outlets' and 'these software updates' (modifiers) are left alone, "
        "and so is 'both' in 'both hardware and software'."
    )
    bad = (
        "He gave many useful information to the police.",
        "There is fewer evidence than we hoped.",
        "These equipment are expensive, and those furniture is old.",
        "She had a number of advice for us.",
        "We received a few feedback from readers.",
        "There wasn't many money left in the account.",
    )
    good = (
        "He gave much useful information to the police; there is less evidence.",
        "Many news outlets ran these software updates; several equipment makers agreed.",
        "Both hardware and software failed; a few clothing shops closed.",
        "This equipment is expensive; a number of advisers and a few readers wrote.",
        "A number of hardware accelerated video cards failed, and several software defined radios.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        found = positions(doc, _QUANTIFIER_KEYS)  # asked before the gate, so the sample learns them
        if not found or not MASS_NOUNS & doc.distinct_lows:
            return
        for words, index in each_place(doc, found):
            quantifier = words[index]
            low = quantifier.low
            start = index
            if low in _OF_QUANTIFIERS:
                if index < 1 or index + 1 >= len(words) or words[index - 1].low != "a":
                    continue
                if not (words[index - 1].joined and quantifier.joined and words[index + 1].low == "of"):
                    continue
                start, index, instead = index - 1, index + 1, _OF_QUANTIFIERS[low]
            elif low == "few" and index > 0 and words[index - 1].low == "a" and words[index - 1].joined:
                start, instead = index - 1, ("a little", "some")
            else:
                instead = _COUNT_QUANTIFIERS[low]
            noun_at = head_after(doc, words, index, _is_mass_noun, tagged=True)
            if noun_at is None or in_quotes(doc, words[start].start):
                continue
            noun = words[noun_at]
            if modifies_later_head(doc, words, noun):
                continue  # "a number of hardware accelerated video cards": the noun modifies the head after
            opening = doc.text[words[start].start : words[index].end]
            rest = doc.text[words[index].end : noun.end]
            suggestions = tuple(match_case(other, opening) + rest for other in instead)
            yield self.finding(
                words[start].start,
                noun.end,
                f"'{noun.text}' is uncountable, so '{opening}' does not fit: '{_OR.join(suggestions)}'.",
                suggestions=suggestions,
                fix=FixSafety.UNSAFE,
            )


_OR = "' or '"


def _is_mass_noun(word: Word) -> bool:
    return word.low in MASS_NOUNS


_THANKS = frozenset(("thank", "thanks"))
_MUCH = frozenset(("much", "deal"))


class MuchWithPlural(GrammarRule):
    id = "grammar.much-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Much' or 'a great deal of' before a plural: 'much people', 'a great deal of problems'."
    why = (
        "'Much' and 'a great deal of' measure what cannot be counted ('much time', 'a great deal of "
        "money'); before a plural they become 'many' and 'a great many': 'many people', 'a great many "
        "problems'. Only a plural right after 'much' is reported ('much bigger problems' and 'much "
        "needed repairs' are right), and not after 'thank you so much'; 'much more' before a plural is "
        "'many more' ('much more visitors'). A plural that may also be a verb ('options', 'changes') is "
        "reported where the tagger reads the noun, or where a verb other than 'be' stands before 'so much' "
        "or 'too much' ('we have so much options to choose from'; 'there is so much needs to be done' "
        "is left alone)."
    )
    bad = (
        "There were too much people at the rally, and much people waiting outside.",
        "How much times did you call?",
        "We had a great deal of problems with the new system, and a great deal of houses for sale.",
        "This year there were much more visitors than last year.",
        "We have so much options to choose from, and they made too much changes in the plan.",
        "So much people came to the concert.",
        "Organisers said too much people had turned up.",
        "There aren't much options for vegetarians in town.",
    )
    good = (
        "There was too much noise and many people; we had much bigger problems.",
        "It needs much needed repairs and a great deal of money.",
        "Thank you so much guys, and thanks very much folks.",
        "Despite how much humans have in common, they differ; I know how much people earn.",
        "So much needs to be done, and much works against us.",
        "A great deal of the problems came from a great many sources.",
        "We need much more data, much more powerful tools and many more visitors.",
        "There is so much needs to be done; I know how much needs to change; so much depends on it.",
        "I know how much people earn, and so much depends on it.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MUCH):
            word = words[index]
            if not word.joined or index + 1 >= len(words):
                continue
            if word.low == "much":
                noun_at, start, replacement = index + 1, index, "many"
                if words[index + 1].low == "more" and words[index + 1].joined and index + 2 < len(words):
                    noun_at, replacement = index + 2, "many more"  # "much more people came"
                if any(other.low in _THANKS for other in words[max(0, index - 3) : index]):
                    continue  # "thank you so much guys": an address, not an object
                noun = words[noun_at]
                too = index > 0 and words[index - 1].low == "too" and words[index - 1].joined  # no clause after it
                if not (_is_plural(noun) and (too or _phrase_ends(words, noun_at) or _people_doing(words, noun_at))):
                    continue
            else:
                if index < 2 or words[index - 1].low not in ("great", "good") or words[index - 2].low != "a":
                    continue
                if not (words[index - 2].joined and words[index - 1].joined) or words[index + 1].low != "of":
                    continue
                found = head_after(doc, words, index + 1, _is_plural)
                if found is None:
                    continue
                noun_at, start = found, index - 2
                replacement = f"a {words[index - 1].low} many"
            if not _plural_here(doc, words, noun_at, after_much=word.low == "much"):
                continue  # after 'a great deal of' no verb can follow: "a great deal of houses for sale"
            noun = words[noun_at]
            opening = doc.text[words[start].start : word.end + (3 if word.low == "deal" else 0)]
            yield self.finding(
                words[start].start,
                noun.end,
                f"'{noun.text}' is a plural, so '{opening}' does not fit: '{replacement} {noun.text}'.",
                suggestions=(f"{match_case(replacement, words[start].text)} {noun.text}",),
                fix=FixSafety.UNSAFE,
            )


def _people_doing(words: list[Word], index: int) -> bool:
    """'Much people waiting at the gate': 'people' before an -ing form, which modifies it ('people'
    has no compound in -ing that 'much' could measure)."""
    if words[index].low != "people" or not words[index].joined or index + 1 >= len(words):
        return False
    following = words[index + 1].low
    return following.endswith("ing") and "VBG" in w.verb_tags(following)


def _plural_here(doc: Document, words: list[Word], noun_at: int, *, after_much: bool = True) -> bool:
    """The tagger reads the word at ``noun_at`` as a plural noun, outside quotation. After 'much'
    (``after_much``) it must be neither the subject of a clause of its own ('how much humans have')
    nor a verb ('much needs to be done'); after 'less' neither can stand ('that less people vote' is
    the slip)."""
    tags = sentence_tags(doc, words)
    if tags[noun_at] != "NNS" or in_quotes(doc, words[noun_at].start):
        return False
    if not after_much:
        return True
    if _opens_clause(words, tags, noun_at):
        return False
    if not plural_or_verb(words[noun_at].low) or plural_noun_here(words, tags, noun_at):
        return True
    if noun_at > 2 and words[noun_at - 3].low == "there" and words[noun_at - 2].low in _BE_FORMS | _NEGATED_BE:
        return True  # "there aren't much options for vegetarians": what 'there is' introduces is a noun
    return tags[noun_at] == "NNS" and _object_much(words, tags, noun_at)


_MUCH_DEGREE = frozenset(("so", "too"))
_NEGATED_BE = frozenset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
_BE_FORMS = frozenset("be is are was were am been being 's 're 'm isn't aren't wasn't weren't".split())
"""'There is so much needs to be done': after 'be' the plural may be a verb of a clause with no 'that'."""


def _object_much(words: list[Word], tags: list[str], noun_at: int) -> bool:
    """'We have so much options to choose from', 'they made too much changes in': a verb of action
    right before 'so much' or 'too much' makes the phrase its object, so the plural after 'much'
    cannot be a verb whose subject 'much' is ('so much needs to be done')."""
    verb_at = noun_at - 3
    if verb_at < 0 or words[noun_at - 2].low not in _MUCH_DEGREE or not words[verb_at].joined:
        return False
    verb = words[verb_at].low
    if verb in _BE_FORMS or verb in w.MODALS or not tags[verb_at].startswith("VB"):
        return False
    return words[noun_at - 2].joined and words[noun_at - 1].joined


_LESS = frozenset(("less",))


def _modifier_then_plural(words: list[Word], at: int) -> bool:
    """A singular noun or an -ing form at ``at``, then a plural noun joined after it ('less parking
    spaces', 'less water bottles'): the plural is the phrase's head, and it is counted."""
    if at + 1 >= len(words) or not words[at].joined or words[at].capitalised:
        return False
    low = words[at].low
    modifier = ("NOUN" in w.tags(low) and not w.is_any_plural(low)) or "VBG" in w.verb_tags(low)
    return modifier and "ADJ" not in w.tags(low) and w.is_plural_noun(words[at + 1].low)


def _clause_joiner_next(words: list[Word], index: int) -> bool:
    """'and', 'or', 'so', 'but' or 'available' after the plural at ``index`` ("report less headaches and
    better sleep", "buy less snacks so the kids …", "less parking spaces available"): the plural has
    ended its phrase."""
    return words[index].joined and index + 1 < len(words) and words[index + 1].low in _AFTER_COUNTED


_AFTER_COUNTED = frozenset("and or so but available left remaining".split())
"""Words after a plural that end its phrase: a conjunction, or an adjective placed after ('spaces available')."""


def _past_next(words: list[Word], index: int) -> bool:
    """A past form that is no noun follows the word at ``index`` ("less students completed"): the
    noun phrase ended, whether the past is the clause's verb or opens a phrase after the noun."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    return bool(w.verb_tags(following) & {"VBD", "VBN"}) and "NOUN" not in w.tags(following)


def _present_verb_next(doc: Document, words: list[Word], index: int) -> bool:
    """The tagger reads the word after the plural at ``index`` as a plain present ("less people travel in
    November"): the plural is that verb's subject."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    return "VBP" in w.verb_tags(words[index + 1].low) and sentence_tags(doc, words)[index + 1] == "VBP"


_LESS_BEFORE = frozenset("no much far any".split())
"""'No less', 'much less', 'far less', 'any less': an adverb of degree, not the quantity word."""
_MEASURES = frozenset(
    """years months weeks days hours minutes seconds dollars pounds euros miles kilometres kilometers
    metres meters feet inches degrees percent calories words points""".split()
)
"""Amounts read as a single quantity ('less than five years', 'in less words'): usage accepts 'less'."""


class LessWithPlural(GrammarRule):
    id = "grammar.less-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Less' before a plural that is counted: 'less people' for 'fewer people'."
    why = (
        "'Less' measures what cannot be counted ('less time', 'less money'); things that are counted "
        "take 'fewer': 'fewer people', 'fewer cars'. Amounts read as one quantity ('less than five "
        "years', 'in less words') are left alone, and so are 'no less', 'much less' and 'far less'."
    )
    bad = (
        "There are less people here today.",
        "The new model has less problems than the old one.",
        "We saw less cars on the bridge this year.",
        "The data shows that less people are voting.",
        "We received less complaints this year.",
        "Less students completed the course this year.",
        "There are less parking spaces available during the renovation.",
        "Patients who exercise often report less headaches and better sleep; I buy less snacks so they eat fruit.",
        "Because less people travel in early November, rates drop.",
    )
    good = (
        "There is less traffic and less money; fewer people came.",
        "It took less than five years. No less people than before; much less problems.",
        "The less experienced players and less common cases stayed.",
        "Ten items or less.",
        "How much affects the outcome? Much depends on the weather this year.",
        "The less fortunate students got help.",
        "We pay less sales tax and less income tax; less water use means lower bills; less time and money.",
        "The less people know, the better; he has less people skills than his boss.",
        "After a while, however, less grasping feelings prevailed.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LESS):
            word = words[index]
            if not word.joined or index + 1 >= len(words):
                continue
            if word.text == "LESS" and not words[index + 1].text.isupper():
                continue  # "LESS files": the style sheet language, not the quantifier in capitals
            if index > 0 and words[index - 1].low in _LESS_BEFORE:
                continue
            noun_at = index + 2 if _modifier_then_plural(words, index + 1) else index + 1
            if index > 0 and words[index - 1].low == "the":
                continue  # "the less people know, the better", "the less attention reviewers paid": a clause's degree
            noun = words[noun_at]
            ends = _phrase_ends(words, noun_at) or _clause_joiner_next(words, noun_at)
            if noun.low in _MEASURES or not _is_plural(noun):
                continue
            if not (ends or _past_next(words, noun_at) or _present_verb_next(doc, words, noun_at)):
                continue
            graded = noun_at > index + 1 and "NOUN" not in w.tags(words[index + 1].low)
            if graded and (_past_next(words, noun_at) or _present_verb_next(doc, words, noun_at)):
                continue  # "less grasping feelings prevailed": before its verb, 'less' may grade the participle
            only_noun = w.tags(noun.low) == {"NOUN"} and not in_quotes(doc, noun.start)  # "less students": no verb
            if not only_noun and not _plural_here(doc, words, noun_at, after_much=False):
                continue
            fixed = match_case("fewer", word.text)
            counted = doc.text[words[index + 1].start : noun.end]
            yield self.finding(
                word.start,
                noun.end,
                f"'{noun.text}' are counted: '{fixed} {counted}', not '{word.text} {counted}'.",
                suggestions=(f"{fixed} {counted}",),
                fix=FixSafety.UNSAFE,
            )


_SUBJECTS = w.SUBJECT_PRONOUNS | w.DETERMINERS | frozenset(("there",))


_CLAUSE_MUCH = frozenset("how so as too that this very".split())
"""Before 'much' these may make it the object of a clause that follows: 'how much humans have'."""


def _opens_clause(words: list[Word], tags: list[str], index: int) -> bool:
    """The plural at ``index`` is the subject of a verb after it ('how much humans have in common',
    'as much people need'): 'much' then belongs to that clause. A question's inverted auxiliary
    ('how much times did you call') is not such a verb, and 'Much people came' has no such opening."""
    if not words[index].joined or index + 1 >= len(words) or not tags[index + 1].startswith(("VB", "MD")):
        return False
    if index < 2 or words[index - 2].low not in _CLAUSE_MUCH:
        return False
    if index == 2 and words[0].low in ("so", "too"):
        return False  # "So much people came": a sentence's opening 'so much' is no fronted object
    before = words[index - 3].low if index > 2 else ""
    if words[index - 2].low in ("so", "too") and (before in w.CLAUSE_OPENERS or w.takes_clause(before)):
        return False  # "Organisers said too much people had turned up": the clause's own subject
    after = words[index + 1]
    inverted = after.low in w.AUXILIARIES and index + 2 < len(words) and words[index + 2].low in _SUBJECTS
    return not (after.joined and inverted)


def _is_plural(word: Word) -> bool:
    """A plural noun (the caller asks the tagger when it is also a verb: 'much times', 'much needs')."""
    low = word.low
    if word.capitalised or low in MASS_PLURALS:
        return False  # "much informations": grammar.mass-noun-plural's
    return is_plural_head(word) or low == "people" or plural_or_verb(low)


def _phrase_ends(words: list[Word], index: int) -> bool:
    """The noun at ``index`` ends its phrase: nothing joined after it, or a word that cannot go on
    with a noun phrase (a preposition, a verb, 'to', 'that')."""
    return not words[index].joined or index + 1 >= len(words) or ends_noun_phrase(words[index + 1], words[index].low)


_TIME_UNITS = frozenset("second minute hour day night week month year decade century".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety hundred thousand and".split())
_MORE_THAN_ONE = (w.CARDINALS | frozenset("thirteen fourteen sixteen seventeen eighteen nineteen".split())) | {
    str(number) for number in range(2, 1000)
}
_SINGULAR_SLIPS = {"womans": "woman's", "childs": "child's"}
_NOT_POSSESSIVE_AFTER = frozenset(("rea", "sana"))
"""'Mens rea', 'mens sana': Latin, not 'men's'."""


class PossessiveForm(GrammarRule):
    id = "grammar.possessive-form"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A possessive built on the wrong form: 'childrens'', 'womens rights', 'each others' work', "
        "'two day's drive', 'one days' leave', 'a hard days work', 'to wash ones hands', 'the choice is "
        "their's', 'anyones guess', 'the companys profits', 'the worlds largest'."
    )
    why = (
        "A plural that does not end in -s takes 's: 'children's', 'women's', 'men's' ('childrens' is "
        "not a word). 'Each other' and 'one another' are singular: 'each other's work'. After a number "
        "above one a length of time is plural, 'two days' drive'; after 'one' it is singular, 'one "
        "day's leave', and a length of time that measures what follows is a possessive: 'a day's work', "
        "'two weeks' notice'. The pronoun 'one' takes 's: 'to wash one's hands' ('the ones' is a plural "
        "and is left alone). The possessive pronouns have no apostrophe: 'theirs', 'yours', 'ours', 'hers', "
        "and stand alone: before a noun the determiner is meant ('theirs toys' → 'their toys'), and a "
        "determiner that ends the sentence stands for the pronoun ('bigger than our.' → 'ours'); "
        "the indefinite ones take 's: 'anyone's guess', 'nobody's fault'. A noun whose plural is not in -s "
        "('company', 'wife') with a bare 's' before a noun ('the companys profits') is a possessive that "
        "lost its apostrophe, and so is 'worlds' before a superlative ('the worlds largest')."
    )
    bad = (
        "The childrens' ward reopened, next to the womens clinic.",
        "The choice is their's, not our's.",
        "The children played with theirs toys, and ours new house is small.",
        "Their garden is bigger than our.",
        "They checked each others work.",
        "It is a two day's drive from here.",
        "Please grant me one weeks' leave.",
        "It is important to wash ones hands.",
        "It was a days work, after two weeks notice.",
        "Last years results and todays figures were weak.",
        "It affects peoples lives and peoples health.",
        "It is anyones guess, and it is nobodys fault.",
        "Yesterdays storm was worse than tomorrows forecast.",
        "The companys profits rose, and the wifes family spoke.",
        "It was a hard days work before a good nights sleep.",
        "It is the worlds largest bank.",
        "He gave two weeks notice yesterday.",
        "All of this years grant recipients will be honored at the luncheon.",
        "Our employees's feedback shaped it, and the workers's union met.",
    )
    good = (
        "The children's ward reopened, next to the women's clinic.",
        "They checked each other's work; the ones we saw were new.",
        "It is a two days' drive; it is one day's leave; in twenty one days' time.",
        "Mens rea is a legal term; my loved ones agreed, in ones and twos.",
        "The choice is theirs, not ours; yours truly. They sell his and hers towels.",
        "Their yesterdays were happier than their todays.",
        "The victory is ours today; theirs was the best; the decision is yours alone; a friend of hers came.",
        "Oh my! Their garden is bigger than ours. He misspelled the word their.",
        "It was a day's work after two weeks' notice; for two weeks people waited; a years-long fight.",
        "For three years work continued, and in two years pay will rise.",
        "Last year's results were weak; last years saw growth; in the last years of his life.",
        "The peoples of Europe and the peoples who live there; the Peoples Party; indigenous peoples rights.",
        "He represents the peoples west of the Indus River.",
        "All our yesterdays; tomorrows are never promised; the Hardys met Sothebys staff.",
        "The worlds nearest the sun are rocky, and the worlds first described were cold.",
        "The worlds most likely to host life are rocky; the hotel is nearly a hundred years old.",
        "A few days work wonders; it took a good few years work; two companies merged.",
        "He gave two weeks' notice yesterday; it is everyone's guess.",
        "Last years saw growth, and in recent years grant recipients have doubled.",
        "The boss's car, the bus's engine and many people's lives were on the line; two bachelor's degrees.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        spots = positions(doc, _FIXED_TRIGGERS)
        fused = _fused_possessives(doc.distinct_lows)
        if "mens" in doc.folded:  # 'sportsmens', 'womens': words of this text, found without the index
            fused |= _fused_plurals(doc.distinct_lows)
        if fused:
            spots = sorted(spots + scan(doc, fused))
        for words, index in each_place(doc, spots):
            word = words[index]
            found = self._check(doc, words, index)
            if found is not None and not in_quotes(doc, word.start):
                start, end, replacement, message = found
                safety = FixSafety.SAFE if word.low in _SAFE_SLIPS else FixSafety.UNSAFE
                suggestions: tuple[str, ...] = (match_case(replacement, word.text),)
                if word.low == "their's" and _there_is_reading(words, index):
                    # "I think their's better", "their's no way": 'there's' (there is) fits, 'theirs' may
                    message = "An apostrophe makes no possessive of 'their': 'there's' (there is) or 'theirs'."
                    suggestions, safety = (match_case("there's", word.text), *suggestions), FixSafety.UNSAFE
                yield self.finding(start, end, message, suggestions=suggestions, fix=safety)
        yield from self._plural_owners(doc)

    def _plural_owners(self, doc: Document) -> Iterator[Finding]:
        """A plural in -s written with 's as its possessive ('our employees's feedback', 'the workers's
        union': 'employees'', 'workers''). Not a name, a noun in -s that is singular ('the boss's car'),
        nor after 'a', 'each' or punctuation, where the singular may be meant ('a posts's content': 'a
        post's'). A singular after a number is left alone: 'two bachelor's degrees', 'three doctor's
        offices' and LanguageTool's '7 teacher's houses' are possessives that classify."""
        owners = frozenset(
            low
            for low in doc.distinct_lows
            if low.endswith(("s's", "s’s")) and len(low) > 4 and low not in _FIXED_TRIGGERS
        )
        if not owners:
            return
        for words, index in each_place(doc, scan(doc, owners)):
            word = words[index]
            stem = word.low[:-2]
            if not word.text[:1].islower() or in_quotes(doc, word.start) or index == 0:
                continue
            before = words[index - 1]
            if not before.joined or before.low in _ONE_OWNER:
                continue
            if not w.is_plural_noun(stem) or _counted_noun(stem) or stem in w.SINGULAR_IN_S:
                continue
            fixed = word.text[:-1]  # "employees's" → "employees'"
            message = f"A plural's possessive takes the apostrophe alone: '{fixed}', not '{word.text}'."
            yield self.replace_word(word, fixed, message, FixSafety.UNSAFE)

    def _pronoun_before_noun(self, doc: Document, words: list[Word], index: int) -> tuple[int, int, str, str] | None:
        """'Theirs toys', 'ours house': a possessive pronoun stands alone; before its noun, which the
        tagger reads as one (after at most one adjective), the determiner is meant ('their toys').
        Not 'yours truly', 'the prize is ours today' (a time), 'theirs was' (a verb), 'his and hers
        towels' (a pair of owners)."""
        word = words[index]
        at = index + 1
        if not word.joined or at >= len(words) or word.text[1:] != word.low[1:]:
            return None
        if index > 1 and words[index - 1].low in ("and", "or") and words[index - 2].low == "his":
            return None  # "his and hers towels": two pronouns ('his' is one too), one modifier: 'his-and-hers'
        tags = sentence_tags(doc, words)
        if tags[at] == "JJ" and words[at].joined and at + 1 < len(words) and w.tags(words[at].low) == {"ADJ"}:
            at += 1  # "theirs new car"
        noun = words[at]
        if noun.text != noun.low or tags[at] not in ("NN", "NNS") or noun.low in w.ADVERBIAL_NOUNS:
            return None
        if not w.tags(noun.low) or "NOUN" not in w.tags(noun.low) or w.tags(noun.low) & {"ADV", "PRON"}:
            return None
        if at + 1 < len(words) and noun.joined and words[at + 1].low in ("of", "'s", "’s"):
            return None
        after_be = index > 0 and words[index - 1].low in w.BE_FORMS
        if after_be and at + 1 < len(words) and tags[at + 1] in ("VBP", "VBZ", "VBD", "MD"):
            return None  # "the land is theirs people say": the pronoun ends a clause whose comma is missing
        determiner = _INDEPENDENT_POSSESSIVES[word.low]
        return word.start, word.end, determiner, f"Before a noun the possessive is '{determiner}', not '{word.text}'."

    def _determiner_alone(self, doc: Document, words: list[Word], index: int) -> tuple[int, int, str, str] | None:
        """'Their house is bigger than our.': a possessive determiner that ends the sentence (a full
        stop, '?', '!' or ';' right after it) after a preposition, 'than', 'and', 'or' or a verb stands
        for its noun, which takes the pronoun ('ours'). Not 'oh my!', nor 'the word their.'."""
        word = words[index]
        if index == 0 or word.text != word.low or not words[index - 1].joined or word.joined:
            return None
        if doc.text[word.end : word.end + 1] not in _SENTENCE_MARKS or doc.text[word.end : word.end + 2] == "..":
            return None
        previous = words[index - 1].low
        if previous in _CITING or (word.low == "my" and previous in ("oh", "my")):
            return None
        if not (previous in w.PREPOSITIONS or previous in _BEFORE_ALONE or "VERB" in w.tags(previous)):
            return None
        pronoun = _DEPENDENT_POSSESSIVES[word.low]
        return word.start, word.end, pronoun, f"Without a noun after it, '{word.text}' is '{pronoun}'."

    def _check(self, doc: Document, words: list[Word], index: int) -> tuple[int, int, str, str] | None:
        word = words[index]
        low, text = word.low, doc.text
        if low in _PRONOUN_SLIPS:
            pronoun = _PRONOUN_SLIPS[low]
            return word.start, word.end, pronoun, f"A possessive pronoun takes no apostrophe: '{pronoun}'."
        if low == "todays":
            if index > 0 and words[index - 1].joined and words[index - 1].low in _PLURAL_TODAYS_BEFORE:
                return None  # "their yesterdays and their todays": the noun's plural
            return word.start, word.end, "today's", "The possessive of 'today' is 'today's'."
        if low in _INDEPENDENT_POSSESSIVES:
            return self._pronoun_before_noun(doc, words, index)
        if low in _DEPENDENT_POSSESSIVES:
            return self._determiner_alone(doc, words, index)
        if low in _INDEFINITE_SLIPS:
            owner = _INDEFINITE_SLIPS[low]
            return word.start, word.end, owner, f"The possessive of '{owner[:-2]}' is '{owner}'."
        if low == "peoples":
            return self._peoples(doc, words, index)
        apostrophe = text[word.end : word.end + 1] in _APOSTROPHES
        end = word.end + (1 if apostrophe else 0)
        after = words[index + 1] if word.joined and index + 1 < len(words) else None
        before = words[index - 1] if index > 0 and words[index - 1].joined else None
        if low in _DAY_POSSESSIVES:
            return self._day_owner(doc, words, index, before, after, apostrophe)
        if low.endswith(("ys", "fes")) and not apostrophe and not w.tags(low):
            return self._fused(words, index, before, after)
        if low == "worlds" and not apostrophe and before is not None and before.low == "the":
            return self._worlds(words, index, after)
        if low in _SINGULAR_SLIPS or low.endswith("mens") or low == "childrens":
            if after is not None and after.low in _NOT_POSSESSIVE_AFTER:
                return None
            if low in _SINGULAR_SLIPS and not apostrophe and (after is None or "NOUN" not in w.tags(after.low)):
                return None  # "three childs came": a wrong plural (grammar.irregular-plural)
            replacement = _SINGULAR_SLIPS.get(low) or low[:-1] + "'s"
            return word.start, end, replacement, f"A plural without -s takes 's: '{replacement}'."
        if (
            low in ("others", "anothers")
            and before is not None
            and before.low == ("each" if low == "others" else "one")
        ):
            noun_follows = after is not None and "NOUN" in w.tags(after.low)
            replacement = low[:-1] + ("'s" if apostrophe or noun_follows else "")
            return (
                before.start,
                end,
                f"{before.low} {replacement}",
                f"'{before.text} {low[:-1]}' is singular: '{before.text} {replacement}'.",
            )
        if low == "ones":
            return self._ones(doc, words, index, after, before)
        if before is None:
            return None
        if low.endswith("'s") and low[:-2] in _TIME_UNITS and before.low in _MORE_THAN_ONE:
            plural = _plural(low[:-2])
            return (
                word.start,
                word.end,
                plural + "'",
                f"After '{before.text}' the {low[:-2]} is plural: '{before.text} {plural}''.",
            )
        if not apostrophe and _singular_unit(low) and after is not None and not after.capitalised:
            return self._time_without_apostrophe(doc, words, index, before, after)
        if apostrophe and low.endswith("s") and before.low in ("one", "1") and _singular_unit(low):
            if index > 1 and words[index - 2].joined and words[index - 2].low in _TENS:
                return None  # "twenty one days' time"
            singular = low[:-1]
            return (
                word.start,
                end,
                singular + "'s",
                f"After '{before.text}' the {singular} is singular: '{singular}'s'.",
            )
        return None

    def _time_without_apostrophe(
        self, doc: Document, words: list[Word], index: int, before: Word, after: Word
    ) -> tuple[int, int, str, str] | None:
        """'A days work', 'two weeks notice', 'last years results': a time that owns or measures the
        next noun."""
        word = words[index]
        if before.low in _THIS_LAST_NEXT:
            if before.low != "this" and index > 1 and words[index - 2].low in ("the", "these", "those"):
                return None  # "the last years of his life": a plural
            tags = sentence_tags(doc, words)
            compound = (  # "this years grant recipients": a compound whose first noun the tagger read as a verb
                tags[index + 1] in ("VB", "VBP")
                and index + 2 < len(words)
                and after.joined
                and tags[index + 2] == "NNS"
            )
            if "NOUN" not in w.tags(after.low) or (tags[index + 1] not in ("NN", "NNS") and not compound):
                return None  # "last years saw growth"
            unit = word.low[:-1]
            return word.start, word.end, unit + "'s", f"'{before.text} {unit}' owns what follows: '{unit}'s'."
        if _describes_one(words, index, before):
            if "NOUN" not in w.tags(after.low) or w.only_finite(after.low):
                return None  # ('a' and a plural make no phrase: 'days' owns what follows, whatever the tagger says)
            unit = word.low[:-1]
            return (
                word.start,
                word.end,
                unit + "'s",
                f"'{words[index - 2].text} {before.text} {unit}' measures what follows: '{unit}'s'.",
            )
        if before.low in ("a", "one"):
            if index > 1 and words[index - 2].joined and words[index - 2].low in _TENS:
                return None  # "twenty one days notice" (a number without its hyphen)
            if "NOUN" not in w.tags(after.low) or sentence_tags(doc, words)[index + 1] not in ("NN", "JJ"):
                return None
            unit = word.low[:-1]
            return word.start, word.end, unit + "'s", f"'{before.text} {unit}' measures what follows: '{unit}'s'."
        if before.low in _MORE_THAN_ONE and after.low in _MEASURED:
            following = words[index + 2].low if index + 2 < len(words) and after.joined else ""
            if "NOUN" in w.tags(following) and following not in _TIME_ADVERBS:
                return None  # "two weeks notice period": not the end of the phrase
            return (
                word.start,
                word.end,
                word.low + "'",
                f"A length of time before a noun takes an apostrophe: '{word.low}''.",
            )
        return None

    def _peoples(self, doc: Document, words: list[Word], index: int) -> tuple[int, int, str, str] | None:
        """'peoples' before a noun ("it affects peoples lives"): the possessive of 'people', whose
        plural 'peoples' (nations) is left alone before 'of', 'and' or a verb ("the peoples of Europe")."""
        word = words[index]
        if doc.text[word.end : word.end + 1] in _APOSTROPHES or not word.joined or index + 1 >= len(words):
            return None
        after = words[index + 1]
        if after.capitalised or after.low in _PEOPLES_NOT_OWNED or "NOUN" not in w.tags(after.low):
            return None
        if w.only_finite(after.low) or (index > 0 and words[index - 1].low in _NATIONS_BEFORE):
            return None  # "indigenous peoples rights": the nations' (peoples')
        return word.start, word.end, "people's", "The possessive of 'people' is 'people's'."

    def _day_owner(
        self, doc: Document, words: list[Word], index: int, before: Word | None, after: Word | None, apostrophe: bool
    ) -> tuple[int, int, str, str] | None:
        """'Yesterdays news', 'tomorrows weather': the day's possessive before a noun. The plural is a
        word too, after a determiner or a possessive ("all our yesterdays", "the tomorrows we lost")."""
        word = words[index]
        if apostrophe or after is None or after.capitalised or "NOUN" not in w.tags(after.low):
            return None
        if before is not None and (before.low in w.DETERMINERS or before.low in w.POSSESSIVES):
            return None
        if sentence_tags(doc, words)[index + 1] not in ("NN", "NNS", "JJ"):
            return None  # "tomorrows come and go": the plural, then its verb
        owner = word.low[:-1] + "'s"
        return word.start, word.end, owner, f"The possessive of '{word.low[:-1]}' is '{owner}'."

    def _fused(
        self, words: list[Word], index: int, before: Word | None, after: Word | None
    ) -> tuple[int, int, str, str] | None:
        """'The companys profits', 'the wifes family': a noun whose plural is not in -s ('companies',
        'wives') with an 's' that is not a word, before a noun: a possessive that lost its apostrophe.
        After a number or 'several' the writer meant the plural ('several storys last year'), which
        is left to the spelling check."""
        word = words[index]
        if word.capitalised and not word.sentence_start:
            return None  # a name ('Sothebys', 'the Hardys')
        if before is not None and (before.low in _MANY or before.low in _SOME):
            return None
        if after is None or after.capitalised or after.low in _TIME_WORDS or w.only_finite(after.low):
            return None
        if "NOUN" not in w.tags(after.low):
            following = words[index + 2] if after.joined and index + 2 < len(words) else None
            if "ADJ" not in w.tags(after.low) or following is None or "NOUN" not in w.tags(following.low):
                return None  # "the citys oldest park": an adjective, then the owned noun
        owner = word.low[:-1] + "'s"
        return word.start, word.end, owner, f"'{word.text}' is not a word; the possessive is '{owner}'."

    def _worlds(self, words: list[Word], index: int, after: Word | None) -> tuple[int, int, str, str] | None:
        """'The worlds largest bank': there is one world, so 'worlds' before a superlative is its
        possessive ('the worlds nearest the sun' and 'the worlds first described' are planets, and
        left alone)."""
        if after is None or after.low in _NEAR:
            return None
        if after.low not in _RANKS and not (after.low.endswith("est") and "ADJ" in w.tags(after.low)):
            return None
        following = words[index + 2].low if after.joined and index + 2 < len(words) else ""
        if following and (w.plainly_past(following) or w.only_finite(following)):
            return None
        if after.low in ("most", "least") and index + 3 < len(words) and words[index + 2].joined:
            following = words[index + 3].low  # "the worlds most likely to host life": planets
        if following in w.PREPOSITIONS or following == "to":
            return None  # "the worlds best suited to life", "the worlds largest in the system"
        word = words[index]
        return word.start, word.end, "world's", "There is one world: its possessive is 'world's'."

    def _ones(
        self, doc: Document, words: list[Word], index: int, after: Word | None, before: Word | None
    ) -> tuple[int, int, str, str] | None:
        """'Wash ones hands', 'on ones own': the pronoun's possessive, between a verb or a
        preposition and a noun (not 'the ones', 'loved ones', 'in ones and twos')."""
        if after is None or before is None or before.low in w.DETERMINERS:
            return None
        if after.low != "own" and "NOUN" not in w.tags(after.low):
            return None
        tags = sentence_tags(doc, words)
        if tags[index - 1] not in _VERB_OR_PREPOSITION or before.low in ("than", "like", "as"):
            return None
        if after.low != "own" and tags[index + 1] not in ("NN", "NNS"):
            return None
        word = words[index]
        return word.start, word.end, "one's", "The pronoun's possessive is 'one's': 'one's own', 'one's hands'."


_VERB_OR_PREPOSITION = frozenset(("VB", "VBP", "VBZ", "VBD", "VBG", "IN"))


_PEOPLES_NOT_OWNED = frozenset(
    "of and or who which that in on at from to with west east north south beyond across along".split()
)
"""Words after 'peoples' (nations) that begin no owned thing: "the peoples west of the Indus"."""
_NATIONS_BEFORE = frozenset(
    "indigenous native aboriginal tribal different various many other first colonised colonized".split()
)


def _fused_plurals(lows: frozenset[str]) -> frozenset[str]:
    """The text's words like 'sportsmens' and 'womens': a plural in -men fused with its 's."""
    return frozenset(low for low in lows if low.endswith("mens") and not w.tags(low) and "NOUN" in w.tags(low[:-1]))


def _there_is_reading(words: list[Word], index: int) -> bool:
    """A word follows that 'there is' takes and the pronoun 'theirs' as a subject does not: an
    article or a determiner, an adjective or an adverb ('their's a catch', 'their's no way',
    'their's better'), not a verb ('their's is better') or the end ('the choice is their's')."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    if following in w.DETERMINERS:
        return True
    return bool(w.tags(following) & {"ADJ", "ADV", "DET"}) and not w.verb_tags(following) & {"VBZ", "VBD"}


_PRONOUN_SLIPS = {"their's": "theirs", "your's": "yours", "our's": "ours", "her's": "hers"}
"""Possessive pronouns written with an apostrophe ('it's' is grammar.its-confusion's)."""
_INDEFINITE_SLIPS = {
    slip: slip[:-1] + "'s" for slip in ("anyones anybodys everyones everybodys someones somebodys nobodys".split())
}
"""'Anyones guess', 'nobodys fault': not words; 'everyones' is 'everyone's' whether it owns or is."""
_SAFE_SLIPS = frozenset((*_PRONOUN_SLIPS, *_INDEFINITE_SLIPS))
_DAY_POSSESSIVES = frozenset(("yesterdays", "tomorrows", "tonights"))
_TIME_ADVERBS = frozenset("yesterday today tomorrow tonight now then again already soon later".split())
"""Words after 'two weeks notice' that end its phrase rather than go on with it ("gave two weeks
notice yesterday")."""
_SOME = frozenset("some all any no more most other such".split())
_TIME_WORDS = w.TIME_NOUNS | frozenset("last next this ago today yesterday tomorrow".split())
_RANKS = frozenset("most least first last top leading best worst only second third biggest".split())
_NEAR = frozenset("nearest closest farthest furthest".split())
_FEW_AS_ONE = frozenset("few couple several".split())
_BIG_NUMBERS = frozenset("thousand million billion dozen".split())
"""'A few days work' is several days: 'a few days' work', not 'day's'."""


def _describes_one(words: list[Word], index: int, before: Word) -> bool:
    """'A hard days work', 'a good nights sleep': one unit of time with an adjective between it and
    its article, measuring the noun after it."""
    if index < 2 or not words[index - 2].joined or words[index - 2].low not in ("a", "an"):
        return False
    if before.low in _FEW_AS_ONE or before.low in w.CARDINALS or before.low in _BIG_NUMBERS:
        return False  # "nearly a hundred years old": a number of units
    return "ADJ" in w.tags(before.low) and not w.is_plural_noun(before.low)


def _fused_possessives(lows: frozenset[str]) -> frozenset[str]:
    """The text's words like 'companys' and 'wifes' (one set intersection, in C)."""
    return lows & _fused_forms()


@cache
def _fused_forms() -> frozenset[str]:
    """Every noun whose plural is not in -s (a consonant before a final y; -fe) with an 's' that
    makes no word: 'companys', 'citys', 'wifes'. Derived from the word tables once per machine
    (some 90 ms) and kept in the data cache (1,600 words)."""
    from lint._datacache import cached, package_fingerprint

    def build() -> list[str]:
        found = []
        for lemma in w.all_words():
            if not lemma.islower() or not (
                lemma.endswith("fe") or (lemma[-2:-1] not in "aeiouy" and lemma[-1:] == "y")
            ):
                continue
            if len(lemma) > 2 and "NOUN" in w.tags(lemma) and not w.tags(lemma + "s"):
                found.append(lemma + "s")
        return sorted(found)

    return frozenset(cached("grammar-fused-possessives", package_fingerprint("lemminflect"), build))


_PLURAL_TODAYS_BEFORE = w.POSSESSIVES | frozenset(("the", "all", "these", "those"))
"""Determiners after which 'todays' is the noun's plural ("all our todays"), not a possessive."""
_THIS_LAST_NEXT = frozenset(("this", "last", "next"))
_MEASURED = frozenset(
    "notice time leave holiday vacation experience salary wages rent worth imprisonment jail probation".split()
)
"""What a length of time measures: 'two weeks' notice', 'three years' experience'. Not 'work', 'pay',
'training' or 'travel', which may start the clause after a time without its comma ('for three years
work continued', 'in two years pay will rise')."""
_INDEPENDENT_POSSESSIVES = {"theirs": "their", "ours": "our", "yours": "your", "hers": "her"}
_DEPENDENT_POSSESSIVES = {"our": "ours", "their": "theirs", "your": "yours", "my": "mine"}
_SENTENCE_MARKS = frozenset(".;!?")
_BEFORE_ALONE = frozenset("than and or like as".split())
_CITING = frozenset("word words the a pronoun pronouns determiner write wrote spelled spell says say said".split())
_FIXED_TRIGGERS = (
    frozenset(("childrens", "womans", "childs", "others", "anothers", "ones", "todays", "peoples", "worlds"))
    | frozenset(_INDEPENDENT_POSSESSIVES)
    | frozenset(_DEPENDENT_POSSESSIVES)
    | frozenset((*_PRONOUN_SLIPS, *_INDEFINITE_SLIPS, *_DAY_POSSESSIVES))
    | frozenset(unit + "'s" for unit in _TIME_UNITS)
    | frozenset(_plural(unit) for unit in _TIME_UNITS)
)


def _singular_unit(low: str) -> bool:
    return any(_plural(unit) == low for unit in _TIME_UNITS)


_ASSORTMENTS = frozenset(("range", "variety"))
"""'A range of', 'a variety of': things of several kinds, or kinds of one stuff ('a range of
motion', 'a variety of cheese'), so only a noun that is never uncountable is reported after them."""
_COUNTERS = (
    frozenset("number dozens hundreds thousands millions billions tens couple lot lots plenty pair".split())
    | _ASSORTMENTS
)
_AFTER_A = frozenset(("lot", "couple", "pair")) | _ASSORTMENTS
"""Not 'a group of' ('a group of youth', 'of militia': collectives) nor 'a series of' ('a series of
research', 'of artwork')."""
_NUMBER_OPENERS = frozenset(
    "a the large small great growing increasing record total huge same certain limited significant".split()
)
_COUNT_ONLY = frozenset(
    """
    book car friend problem thing person student child idea mistake example user member city job player
    song picture photo page customer item tool feature bug option step website event project table chair
    task concept topic facility
    dog cat tree house computer phone employee worker visitor tourist document file letter teacher
    doctor patient hospital restaurant hotel street
    """.split()
)
"""Nouns with no uncountable sense, for 'a lot of', 'lots of' and 'plenty of', which also take
uncountable nouns ('a lot of time', 'plenty of room'). Not 'reason', 'opportunity', 'comment',
'company', 'country', 'school', 'building', 'road', 'product', 'error', 'question', 'language',
'store': each has one ('plenty of reason to', 'missed a lot of school', 'drew a lot of comment')."""
_NOT_COUNTED = frozenset(("head",)) | frozenset(
    "aircraft spacecraft sheep deer fish moose salmon trout offspring swine bison".split()
)


class QuantitySingular(GrammarRule):
    id = "grammar.quantity-of-singular"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A quantity of things with a singular noun: 'a number of problem', 'thousands of dollar', 'a lot of car'."
    why = (
        "'A number of', 'the number of', 'dozens of', 'hundreds of', 'thousands of' and 'a couple of' "
        "count, so the noun is plural: 'a number of problems', 'thousands of dollars'. 'A lot of', "
        "'lots of' and 'plenty of' also take uncountable nouns ('a lot of time'), so after them only "
        "nouns that are never uncountable are reported ('a lot of car'). A noun that modifies the next "
        "one ('a number of car thefts') and 'hundreds of head of cattle' are left alone."
    )
    bad = (
        "A number of problem remain.",
        "She bought a pair of shoe.",
        "They spent thousands of dollar on it, and dozens of user complained.",
        "I have a lot of friend and plenty of book.",
        "There are a lot of scientist who disagree, and lots of tourist came.",
        "He bought a new pair of shoe for the wedding.",
        "A couple of reporter waited outside, and a number of officer arrived late.",
        "Volunteers help with a variety of task, from shelving books to answering calls.",
        "The course introduces a range of important concept in epidemiology.",
        "The hotel offers a wide range of facility, including a sauna.",
    )
    good = (
        "A number of problems remain; a number of car thefts and the number of staff rose.",
        "They spent thousands of dollars; hundreds of head of cattle died.",
        "I have a lot of time, lots of work and plenty of room; a lot of car parks are full.",
        "Plenty of visitor parking is available; the number of bacteria rose.",
        "There is plenty of reason to hope, plenty of opportunity, and a lot of comment.",
        "His phone number of choice and the number of the beast.",
        "A pair of scissors, a group of youth and a series of research.",
        "A new pair of shoes, a spare pair of underwear and a whole lot of time.",
        "A lot of people and lots of stranger things; a lot of individual effort; plenty of guest parking.",
        "It restores a range of motion and offers a variety of cheese; it takes a lot of skill.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _COUNTERS):
            counter = words[index]
            if index + 2 >= len(words) or not counter.joined or words[index + 1].low != "of":
                continue
            before = words[index - 1] if index > 0 and words[index - 1].joined else None
            low = counter.low
            if low == "number" and (before is None or before.low not in _NUMBER_OPENERS):
                continue  # "his phone number of choice"
            if low in _AFTER_A and (before is None or before.low != "a"):
                if not _a_adjective_before(words, index):
                    continue  # "a new pair of shoe" is read; "in a lot of ways" needs its 'a'
                before = words[index - 2]
            is_head = _count_only if low in w.LOT_QUANTIFIERS or low in _ASSORTMENTS else _singular_counted
            noun_at = head_after(doc, words, index + 1, is_head, tagged=True)
            if noun_at is None or sentence_tags(doc, words)[noun_at] != "NN" or in_quotes(doc, counter.start):
                continue
            noun = words[noun_at]
            if _head_after_brackets(doc, words, noun_at) or modifies_later_head(doc, words, noun):
                continue  # "a number of ecological inference (EI) routines": the noun modifies the plural after
            plural = next(iter(w.noun_inflections(noun.low).get("NNS", ())), None)
            if plural is None or plural == noun.low:
                continue
            start = before.start if before is not None and (low == "number" or low in _AFTER_A) else counter.start
            opening = doc.text[start : words[index + 1].end]
            fixed = doc.text[start : noun.start] + plural
            yield self.finding(
                start,
                noun.end,
                f"'{opening}' counts things, so the noun is plural: '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )


def _head_after_brackets(doc: Document, words: list[Word], at: int) -> bool:
    """A short bracketed insertion follows ``words[at]`` and, right after it, a plural noun: the phrase's
    head ('ecological inference (EI) routines')."""
    text = doc.text
    if at + 2 >= len(words) or text[words[at].end : words[at + 1].start].strip() != "(":
        return False
    for after in range(at + 2, min(at + 6, len(words))):
        if text[words[after - 1].end : words[after].start].strip() == ")":
            return w.is_plural_noun(words[after].low)
    return False


def _a_adjective_before(words: list[Word], index: int) -> bool:
    """'A' and one word that is only an adjective stand before ``words[index]`` ("a new pair of")."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
        return False
    adjective = words[index - 1].low
    return words[index - 2].low == "a" and (w.tags(adjective) == {"ADJ"} or adjective in _SIZE_WORDS)


_SIZE_WORDS = frozenset("wide broad vast whole full".split())
"""Adjectives of extent before 'range', 'variety' that the tables also list as nouns ('a wide range of')."""


def _labelled(words: list[Word], index: int) -> bool:
    """A noun or a name right before the number labels it ('chapter two of', 'Henry Five of')."""
    previous = words[index - 1] if index > 0 and words[index - 1].joined else None
    return previous is not None and ("NOUN" in w.tags(previous.low) or previous.capitalised)


def _count_only(word: Word) -> bool:
    return word.low in _COUNT_ONLY or (word.low in w.PERSON_NOUNS and w.is_singular_count_noun(word.low))


def _singular_counted(word: Word) -> bool:
    low = word.low
    if low in _NOT_COUNTED or low in MASS_NOUNS:
        return False
    return w.tags(low) <= {"NOUN", "VERB"} and w.is_singular_count_noun(low) and low not in LATIN_PLURALS


_MEALS = frozenset("breakfast lunch dinner supper brunch".split())
_EAT = frozenset("have has had having eat eats ate eaten eating".split())
_AFTER_MEAL = frozenset("in at together today yesterday tonight early late there here then before after first".split())
"""What may follow the meal in 'had breakfast in the hotel' (not 'with', 'for', 'of', 'and': 'a dinner
for 200 guests', 'a breakfast of eggs', 'a lunch with the minister' are events or dishes)."""


class MealArticle(GrammarRule):
    id = "grammar.meal-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Had a breakfast', 'eat a lunch': a meal in general takes no article."
    why = (
        "'Have breakfast', 'eat lunch', 'had dinner in the hotel': the meal as a time of day has no "
        "article. 'A' is right for a particular meal or an event: 'a big breakfast', 'a dinner for 200 "
        "guests', 'a lunch with the minister', 'a breakfast of eggs', so only 'have' or 'eat' + 'a' + "
        "the meal, followed by nothing or by a place or a time, is reported."
    )
    bad = (
        "We had a breakfast in the hotel restaurant.",
        "They usually eat a lunch at noon.",
        "She has a dinner together with her parents.",
    )
    good = (
        "We had breakfast in the hotel; they had a big breakfast.",
        "She had a dinner for 200 guests and a lunch with the minister.",
        "He ate a breakfast of eggs; they held a dinner in his honour.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MEALS):  # asked whether present or not: the sample learns them
            meal = words[index]
            if index < 2 or words[index - 1].low not in ("a", "an") or words[index - 2].low not in _EAT:
                continue
            if not (words[index - 2].joined and words[index - 1].joined) or meal.capitalised:
                continue
            after = words[index + 1] if meal.joined and index + 1 < len(words) else None
            if after is None:
                if doc.text[meal.end : meal.end + 1] not in (".", "!", "?", ";", ","):
                    continue
            elif after.low not in _AFTER_MEAL:
                continue
            article = words[index - 1]
            yield self.finding(
                article.start,
                meal.end,
                f"A meal in general takes no article: '{words[index - 2].text} {meal.text}'.",
                suggestions=(meal.text,),
                fix=FixSafety.UNSAFE,  # "had a dinner at the White House" may be an event
            )


_OWNERS = """
    president minister senator governor mayor king queen prince princess pope director manager owner
    captain coach driver officer soldier teacher student doctor patient victim suspect author writer
    singer actor artist boy girl father mother brother sister son daughter friend neighbour neighbor
    husband player pilot passenger customer client user candidate leader judge lawyer boss employee
    worker farmer parent uncle aunt cousin baby donor volunteer resident homeowner tenant guest
    team club band council committee company government hotel museum firm
    """.split()
"""People, and bodies that act as one, whose plural, right before a thing they own, is a possessive
missing its apostrophe ("the clubs chairman, Peter Graham", "the councils decision to close")."""
_OWNED = frozenset(
    """
    speech death funeral resignation wife husband son daughter mother father brother sister girlfriend
    boyfriend car office name life face voice birthday career bedroom phone wallet passport suitcase
    desk signature arrest murder injury health condition attitude mood victory departure arrival visit
    campaign opinion decision statement request license licence wedding retirement birth family body
    diary house job role account chairman chairwoman spokesman spokeswoman spokesperson founder
    dog cat recipe cabin cottage garden yard kitchen truck bike generosity kindness
    """.split()
)
"""What one person has. Not 'home' ('drove his parents home'), 'permission', 'approval', 'salary'
(double objects: 'gave the users permission'), nor the nouns of set compounds with a plural
('teachers union', 'farmers market', 'players association', 'users guide')."""
_GIVE_VERBS = frozenset(
    "give send show offer pay bring buy get tell teach lend owe award grant deny allow cost call make wish "
    "leave hand find".split()
)
_OWNER_DETERMINERS = frozenset("the his her their our my your its a".split())


def _verb_here(doc: Document, words: list[Word], at: int) -> bool:
    """The tagger reads the word at ``at`` as a verb, and the tables know it as one."""
    return "VERB" in w.tags(words[at].low) and sentence_tags(doc, words)[at].startswith("VB")


def _sole_verb(doc: Document, words: list[Word], at: int) -> bool:
    """The word at ``at`` (after a plural) has a plain present form, and no other word of its clause
    (up to a comma) is a finite verb or a modal by the tagger, nor after it a word that may be a past
    or an -s verb: it must be the clause's verb ("The students campaign in the library", "Our
    neighbours garden on Sundays"; not "the presidents speech was long", "the girls mother called")."""
    if "VBP" not in w.verb_tags(words[at].low):
        return False
    tags = sentence_tags(doc, words)
    start = stretch_start(words, at)
    end = at
    while end + 1 < len(words) and words[end].joined:
        end += 1
    for other in range(start, end + 1):
        if other == at:
            continue
        if set(tags[other].split("+")) & w.FINITE_OR_MODAL_TAGS:
            return False
        if other > at and w.verb_tags(words[other].low) & {"VBD", "VBZ"}:
            return False  # "the girls mother called": a past the tagger read as a participle
    return True


class MissingPossessiveApostrophe(GrammarRule):
    id = "grammar.possessive-apostrophe"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A possessive that lost its apostrophe: 'the presidents speech', 'her sisters wedding'."
    why = (
        "'The presidents speech' is 'the president's speech' (one) or 'the presidents' speech' "
        "(several). Many plurals rightly stand before a noun without an apostrophe ('sales manager', "
        "'teachers union', 'the customers chips'), so only a plural person ('presidents', 'sisters', "
        "'users') or body ('clubs', 'councils') between a determiner and a thing one has ('speech', "
        "'wedding', 'decision', 'chairman') is "
        "reported, when the phrase ends there, and not after a verb of giving ('gave the users "
        "access'). Any plural person or animal is also reported between 'the' and a singular noun when the "
        "clause's verb follows ('the cats bowl is empty'), unless the noun names what a group shares or "
        "attends ('the farmers market', 'the girls team') or may be the verb ('the dogs bark')."
    )
    bad = (
        "This is a transcript of the presidents speech.",
        "We went to her sisters wedding in May.",
        "The drivers license was suspended.",
        "The managers decision was final, and the victims family spoke.",
        "We read the Presidents speech.",
        "The cats bowl is empty, and the nurses shift ended at six.",
        "The journalists source was never named.",
        "The clubs chairman, Peter Graham, announced that the stadium would be sold.",
        "The councils decision to close the library has been met with opposition.",
        "The hospitals new maternity wing opens in May, and the teams new stadium is ready.",
        "Our volunteers latest project is a community garden.",
        "The three judges scores were averaged, and the company said all employees salaries would be paid.",
        "My neighbors dog got out, I borrowed my mothers recipe, and we stayed at a friends cabin.",
    )
    good = (
        "This is the president's speech, and the presidents' speech was long.",
        "The teachers union and the farmers market met; the customers chips were cashed.",
        "He drove his parents home; they gave the users access; the players face charges.",
        "The presidents visit China often, and the officers arrest him.",
        "The students office hours and our neighbors car alarm; he called his friends names.",
        "The farmers market was busy; the girls team won; the writers guild voted to strike.",
        "The dogs bark at night; the women dress well; the farmers plant wheat in spring.",
        "The noise the dogs make is awful, any drink the guests order is free, the pressure the players face.",
        "The officers responsible were suspended, and the members elect took their oath.",
        "When the nurses rest varies by shift. Why the children cry puzzled her.",
        "The hotels sector is booming, both hotels pool their resources, and the clubs members voted.",
        "The coach gave the players new jerseys, and the city bought the schools new buses.",
        "The bank mailed its clients annual statements, and we toured the hospitals new and old.",
        "The students new to the school meet on Monday; the books new and old sit side by side.",
        "The news new to me was sad, and the series latest episode aired.",
        "The teachers unions were on strike; the players' parents night was fun; the sales figures were up.",
        "The residents association met; a residents guide is online; I gave my friends dog treats.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ALL_OWNER_KEYS):
            found = self._check(doc, words, index) if words[index].low in _OWNER_KEYS else None
            if found is None:
                found = self._owner_subject(doc, words, index)
            if found is not None and _contact_relative(doc, words, index):
                found = None
            if found is None:  # (the owned noun is singular above, plural here: never both)
                found = self._owner_of_plural(doc, words, index)
            if found is not None:
                yield found
        for words, index in occurrences(doc, _ONLY_BEFORE_NOUNS):
            found = self._owner_before_adjective(doc, words, index)
            if found is not None:
                yield found

    def _owner_of_plural(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'The three judges scores were averaged', 'all employees paychecks would be issued': a plural
        person or body after a determiner or a number, a plural noun, then a finite verb or a modal.
        Two plurals side by side before the verb: the first owns the second (the second cannot be the
        verb, which follows). Left alone: a group's shared thing ('the teachers unions were'), a
        second noun the tables do not know as a plain plural, and capitals."""
        if index < 1 or index + 2 >= len(words) or not run_of(words, index - 1, 3):
            return None
        opener, owners, owned, verb = words[index - 1], words[index], words[index + 1], words[index + 2]
        counted = opener.low in _PLURAL_OWNER_OPENERS or opener.low in w.CARDINALS or opener.low.isdigit()
        if not counted or owners.text != owners.low or owned.text != owned.low:
            return None
        start = index - 1
        if start > 0 and (opener.low in w.CARDINALS or opener.low.isdigit()) and words[start - 1].low in w.DETERMINERS:
            start -= 1  # "The three judges scores were"
        if not _opens_subject(words, start):
            return None  # "posing as the scientists inspectors are supposed to interview": a contact clause
        if not w.is_plural_noun(owned.low) or "NOUN" not in w.tags(owned.low):
            return None
        singular = w.other_noun_lemma(owned.low)
        if not singular or singular in _SHARED_BY_GROUPS or owned.low in _SHARED_BY_GROUPS or owned.low == "members":
            return None  # ('the clubs members voted': members, like a union, read as a descriptive plural)
        if verb.low not in _VERB_AFTER_OWNED and not (
            "VBD" in w.verb_tags(verb.low) and "NOUN" not in w.tags(verb.low)
        ):
            return None
        if in_quotes(doc, owners.start):
            return None
        one = _SUBJECT_OWNERS.get(owners.low) or _OWNER_PLURALS.get(owners.low)
        several = f"{owners.text}' {owned.text}"
        return self._apostrophe_finding(owners, owned, (several, f"{one}'s {owned.text}") if one else (several,))

    def _owner_before_adjective(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'The hospitals new maternity wing', 'our volunteers latest project': a plural between a
        determiner and an adjective that only goes before a noun ('new', 'latest', 'annual'), then the
        noun. A plural cannot modify such a phrase, so it owns it. Left alone: a verb before the
        determiner, which may take two objects ('gave the players new jerseys'), and an adjective with
        a complement or in a pair after its noun ('the students new to the school', 'the books new and
        old')."""
        if index < 2 or index + 1 >= len(words) or not (words[index - 2].joined and words[index - 1].joined):
            return None
        determiner, owners, adjective, noun = words[index - 2], words[index - 1], words[index], words[index + 1]
        if determiner.low not in _OWNER_DETERMINERS or owners.text != owners.low or not adjective.joined:
            return None
        if not w.is_plural_noun(owners.low):
            return None  # "the news new to me", "the series latest episode"
        if noun.low in _NOT_OWNED_HEADS or "NOUN" not in w.tags(noun.low) or not noun.text.islower():
            return None
        tags = sentence_tags(doc, words)
        if tags[index - 1] not in _OWNER_TAGS or tags[index + 1] not in ("NN", "NNS"):
            return None
        if (
            index > 2
            and words[index - 3].joined
            and words[index - 3].low not in w.BE_FORMS
            and _verb_here(doc, words, index - 3)
        ):
            return None  # "gave the players new jerseys", "mailed its clients annual statements": maybe two objects
        if in_quotes(doc, owners.start):
            return None
        singular = w.other_noun_lemma(owners.low)
        return None if singular is None else self._one_or_several(owners, adjective, singular)

    def _owner_subject(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'The cats bowl is empty', 'the farmers field looked': a plural person or animal between
        'the' and a singular noun the tagger reads as one, and the sentence's verb straight after, so
        the two nouns are the subject and the first owns the second. Left alone: nouns that name a
        body, a place or an event a group shares ('the teachers union', 'the farmers market', 'the
        girls team'), a second noun that may be the verb ('the dogs bark at night', 'the women dress
        well') and a verb that may be a noun."""
        owners = words[index]
        if index < 1 or index + 2 >= len(words) or not (words[index - 1].joined and owners.joined):
            return None
        if words[index - 1].low != "the" or owners.text != owners.low or not words[index + 1].joined:
            return None
        owned, verb = words[index + 1], words[index + 2]
        if owned.low in _POSTPOSITIVES:
            return None  # "the officers responsible were suspended", "the members elect took the oath"
        if owned.text != owned.low or owned.low in _SHARED_BY_GROUPS or not _owned_noun(owned.low):
            return None
        if "NOUN" in w.tags(verb.low) or not (w.verb_tags(verb.low) & {"VBZ", "VBD"} or verb.low in w.MODALS):
            return None  # "the farmers plant wheat": the second noun may be the verb
        tags = sentence_tags(doc, words)
        if tags[index] not in _OWNER_TAGS or tags[index + 1] != "NN" or tags[index + 2] not in _SUBJECT_VERB_TAGS:
            return None
        if index > 1 and words[index - 2].joined and tags[index - 2].startswith("VB"):
            return None  # "gave the users access": two objects
        if index == 2 and words[0].low in _WH_SUBJECT_CLAUSE and all(word.joined for word in words[index:-1]):
            return None  # "When the nurses rest varies by shift": the question clause is the subject
        if in_quotes(doc, owners.start):
            return None
        singular = _SUBJECT_OWNERS.get(owners.low) or _OWNER_PLURALS[owners.low]
        one = f"{singular}'s {owned.text}"
        several = f"{owners.text}' {owned.text}" if owners.low.endswith("s") else f"{owners.text}'s {owned.text}"
        return self._apostrophe_finding(owners, owned, (one, several) if owners.low.endswith("s") else (several,))

    def _apostrophe_finding(self, owners: Word, owned: Word, suggestions: tuple[str, ...]) -> Finding:
        """The finding over ``owners`` and the word it owns, with the possessives offered."""
        return self.finding(
            owners.start,
            owned.end,
            f"A possessive needs an apostrophe: {' or '.join(repr(s) for s in suggestions)}.",
            suggestions=suggestions,
            fix=FixSafety.UNSAFE,
        )

    def _check(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        owners = words[index]
        if index < 1 or index + 1 >= len(words) or not owners.joined or not words[index - 1].joined:
            return None
        if words[index - 1].low not in _OWNER_DETERMINERS or owners.text.isupper():
            return None
        owned = words[index + 1]
        if owned.low not in _OWNED or owned.capitalised:
            return None
        if index > 1 and words[index - 2].joined and set(w.verb_lemmas(words[index - 2].low)) & _GIVE_VERBS:
            return None  # "gave the users access": two objects
        after = words[index + 2] if owned.joined and index + 2 < len(words) else None
        if after is None and doc.text[owned.end : owned.end + 1] not in (".", "!", "?", ";", ",", ":", ""):
            return None
        if after is not None and "NOUN" in w.tags(after.low) and "VERB" not in w.tags(after.low):
            return None  # "the students office hours": the phrase goes on
        tags = sentence_tags(doc, words)
        if tags[index] not in _OWNER_TAGS or tags[index + 1] != "NN":
            return None  # (the tagger may read the possessive itself: "managers" as NN+POS)
        if after is not None and not (ends_noun_phrase(after) or tags[index + 2] in _PHRASE_ENDS):
            return None
        if "VERB" in w.tags(owned.low) and after is not None and tags[index + 2] in _VERB_COMPLEMENTS:
            return None  # "the presidents visit China": a verb
        if after is not None and _sole_verb(doc, words, index + 1):
            return None  # "the students campaign in the library": no other verb, so this is the verb
        if in_quotes(doc, owners.start):
            return None
        return self._one_or_several(owners, owned, match_case(_OWNER_PLURALS[owners.low], owners.text))

    def _one_or_several(self, owners: Word, owned: Word, singular: str) -> Finding:
        """The finding over a plural ``owners`` that lost its apostrophe and the word it owns: the
        possessive of one ('president's speech') or of several ('presidents' speech') offered."""
        one = f"{singular}'s {owned.text}"
        several = f"{owners.text}' {owned.text}"
        return self.finding(
            owners.start,
            owned.end,
            f"A possessive needs an apostrophe: '{one}' (one) or '{several}' (several).",
            suggestions=(one, several),
            fix=FixSafety.UNSAFE,
        )


def _opens_subject(words: list[Word], at: int) -> bool:
    """The phrase that opens at ``at`` is a clause's subject: first in the sentence, after 'all of',
    'both of' … or after a word that opens a clause. An object may hold a relative clause with no
    'that' ('posing as the scientists inspectors are supposed to interview')."""
    if at == 0:
        return True
    before = words[at - 1]
    if not before.joined:
        return before.low in _SUBJECT_CLAUSE_OPENERS or not w.tags(before.low) & {"VERB", "ADP"}
    if before.low == "of":
        return at > 1 and words[at - 2].low in _PART_OF_OWNERS
    return before.low in _SUBJECT_CLAUSE_OPENERS


_PART_OF_OWNERS = frozenset("all both each many most some several none".split())
_SUBJECT_CLAUSE_OPENERS = frozenset("that and but because when if while although though said says".split())
_PLURAL_OWNER_OPENERS = frozenset("the all both our their your my his her these those".split())
_VERB_AFTER_OWNED = frozenset("are were have had will would could can should may might must".split())
_ONLY_BEFORE_NOUNS = frozenset("new newest latest annual upcoming recent former current".split())
"""Adjectives that go before a noun, not after a plural as its complement ('new' goes after one
only with a complement, 'new to the school', or in a pair, 'new and old')."""
_NOT_OWNED_HEADS = frozenset(("and", "or", "to", "one", "ones"))
_VERB_COMPLEMENTS = frozenset("DT PDT PRP PRP$ NNP NNPS CD RB RP".split())
_OWNER_TAGS = frozenset(("NNS", "NNPS", "NN+POS", "NNS+POS", "NNP+POS"))
"""A plural ('the Presidents speech' reads as a name's plural), or the possessive the tagger itself
reads in 'the managers decision'."""
_PHRASE_ENDS = frozenset("VBD VBZ VBP MD IN TO".split())


_OWNER_PLURALS = {_plural(owner): owner for owner in _OWNERS}
"""'presidents' → 'president'."""
_OWNER_KEYS = frozenset(_OWNER_PLURALS)
_ANIMALS = """
    cat dog bird duck horse cow pig goat chicken hen lion tiger bear wolf fox rabbit monkey elephant
    snake spider bee ant owl eagle puppy kitten
    """.split()
_SUBJECT_OWNERS = {
    **{_plural(noun): noun for noun in w.PERSON_NOUNS if _plural(noun) in w.PERSON_NOUNS},
    **{_plural(noun): noun for noun in _ANIMALS},
    **{"children": "child", "women": "woman", "men": "man"},
}
"""People and animals whose plural, before a singular noun and the verb, owns the noun."""
_SUBJECT_OWNER_KEYS = frozenset(_SUBJECT_OWNERS) - {"people"}
_ALL_OWNER_KEYS = _OWNER_KEYS | _SUBJECT_OWNER_KEYS
_SHARED_BY_GROUPS = w.COLLECTIVE_NOUNS | frozenset(
    """
    market association guild league day night evening hospital center centre school menu section home
    fund programme program academy camp society conference network movement forum institute college
    lounge room union title championship tournament cup final race event division category ward clinic
    magazine page list choice award prize shelter hall toilet bathroom restroom entrance quarter village
    surgery strike march rally protest organisation compensation benefit pension insurance sector industry
    business trade scene
    basketball football soccer hockey tennis volleyball rugby cricket baseball softball golf swimming
    lacrosse netball handball gymnastics wrestling boxing rowing
    """.split()
)
"""What a group shares, attends or plays, which a plural names without a possessive: 'the teachers
union', 'the farmers market', 'the girls team', 'the veterans hospital', 'the kids menu', 'the
students lounge', 'girls basketball'."""
_SUBJECT_VERB_TAGS = frozenset(("VBZ", "VBD", "MD"))
_POSTPOSITIVES = frozenset(
    "responsible elect designate present absent available eligible concerned involved general emeritus".split()
)
"""Adjectives that follow the plural they describe ('the officers responsible', 'the members elect')."""
_WH_SUBJECT_CLAUSE = frozenset("why when where how whether".split())
"""Words that open a clause that can be the sentence's subject ('why the children cry puzzled her'); with
no comma after, the first verb is the clause's and the second the sentence's."""
_GAP_HEADS = frozenset("all what whatever everything something anything nothing one".split())
"""Words a contact relative clause follows ('all the girls want is', 'everything the children need')."""


def _contact_relative(doc: Document, words: list[Word], index: int) -> bool:
    """The plural at ``index`` opens a relative clause without 'that' after a noun: 'the noise the dogs
    make is awful', 'the pressure the players face', 'all the girls want is': it is the clause's
    subject and the next word its verb."""
    if index < 2 or not words[index - 2].joined:
        return False
    return words[index - 2].low in _GAP_HEADS or sentence_tags(doc, words)[index - 2].startswith("NN")


def _owned_noun(low: str) -> bool:
    """A singular noun (count or mass) that may also be a verb or an adjective ('bone', 'research',
    'novel'), not a plural."""
    kinds = w.tags(low)
    return "NOUN" in kinds and kinds <= {"NOUN", "VERB", "ADJ"} and not low.endswith("s")


_ROUND_NUMBERS = frozenset("hundred thousand dozen million billion".split())
_ABOUT = frozenset("almost nearly about around roughly approximately over than only just".split())


class RoundNumberArticle(GrammarRule):
    id = "grammar.round-number-article"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Almost hundred', 'more than thousand': a round number on its own takes 'a' (or 'one')."
    why = (
        "'Hundred', 'thousand', 'dozen' and 'million' need a number or 'a' before them: 'almost a "
        "hundred examples', 'more than a thousand people', 'about a dozen'. Only the word right after "
        "'almost', 'nearly', 'about', 'around', 'over', 'than', 'only' or 'just' and before a plural "
        "or 'of' is reported ('several hundred', 'two thousand', 'hundreds of' are right, and in "
        "'stories about billion dollar deals' 'about' is the preposition)."
    )
    bad = (
        "You need almost hundred examples.",
        "More than thousand people came, about dozen of them late.",
    )
    good = (
        "You need almost a hundred examples; two thousand came and several hundred left.",
        "Over hundreds of years, about one million people and nearly 5 million more.",
        "We read stories about billion dollar deals.",
    )
    fixed = ("You need almost a hundred examples.", "More than a thousand people came, about a dozen of them late.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ROUND_NUMBERS):
            number = words[index]
            if index == 0 or not words[index - 1].joined or words[index - 1].low not in _ABOUT:
                continue
            if number.capitalised and not number.text.isupper() and not number.sentence_start:
                continue  # a name
            after = words[index + 1].low if number.joined and index + 1 < len(words) else ""
            if after != "of" and not w.is_plural_noun(after) and after != "people":
                continue  # "stories about billion dollar deals": 'about' may be the preposition
            if in_quotes(doc, number.start):
                continue
            yield self.replace_word(
                number,
                f"{match_case('a', number.text)} {number.text}",
                f"'{number.text}' on its own takes 'a': '{words[index - 1].text} a {number.text}'.",
                FixSafety.SAFE,
            )


_ONE_OWNER = frozenset("a an each every one another".split())
"""Determiners after which an owner in -s's was meant as a singular ('a posts's content': 'a post's')."""
_MANY = (
    frozenset("these those many several few both various numerous dozen".split())
    | w.CARDINALS
    | frozenset(str(number) for number in range(2, 100))
)


class PluralApostrophe(GrammarRule):
    id = "grammar.plural-apostrophe"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An apostrophe in a plain plural: 'these car's', 'several user's complained'."
    why = (
        "A plural takes no apostrophe: 'these cars', 'several users complained'. Reported where the "
        "word with 's can only be a plural, after 'these', 'many', 'several' or a number, and never "
        "before a noun ('both parent's consent' is a possessive, if a misplaced one), or as the object "
        "of a verb of selling, growing, offering or having that ends its phrase ('sells fresh banana's at', "
        "'offers free shuttle's to'), or before 'are', 'were' or 'have' ('Fresh scone's are available', "
        "'The Smith's have owned'), where 's can be neither 'is' nor 'has'. 'The apple's are "
        "fresh' is left alone: 'the team's are the best' (the team's results) is right."
    )
    bad = (
        "We sell these car's at cost.",
        "Several user's complained, and two egg's broke.",
        "The store sells fresh banana's at a good price, and they grow tomato's in the garden.",
        "Fresh scone's are available every morning, and all of our tour guide's are certified.",
        "The Smith's have owned the orchard since 1952, and over two dozen volunteer's showed up.",
        "The hotel offers free shuttle's to the airport, and the patio has water bowl's at every table.",
        "Several local business's have agreed to help, and many young volunteer's came.",
        "Fresh tomato's and sweet corn are in, and free hot dog's and lemonade will be served.",
    )
    good = (
        "We sell these cars; the car's engine failed; the apples are fresh.",
        "The team's are the best results; both parent's consent is needed.",
        "She sells her mother's cakes; he sold the company's shares; the shop stocks Apple's phones.",
        "Ours are better than the team's; Mary's are better than John's.",
        "He has his father's eyes; it has the company's at heart.",
        "Many young people's lives changed, and several local children's choirs sang at the new mayor's party.",
        "We stopped at a friend's and ate, went to the doctor's and the butcher's, and fed the dog's and the cat's.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MANY):
            at = index + 1
            if at + 1 < len(words) and words[at].joined and "ADJ" in w.tags(words[at].low) <= _ADJECTIVE_KINDS:
                at += 1  # "several local business's have agreed"
            if at >= len(words) or not words[at - 1].joined or not words[at].low.endswith("'s"):
                continue
            word = words[at]
            noun = word.low[:-2]
            if word.capitalised or not _counted_noun(noun) or in_quotes(doc, word.start):
                continue
            if word.joined and at + 1 < len(words) and "NOUN" in w.tags(words[at + 1].low):
                continue  # "both parent's consent": a possessive
            if words[index].low[:1].isdigit() and index > 0 and words[index - 1].capitalised:
                continue  # "the default Python 3 version's venv": a name's version number, not a count
            finding = self._without_apostrophe(word, noun)
            if finding is not None:
                yield finding
        yield from self._sold_goods(doc)
        yield from self._plural_verb_after(doc)
        yield from self._listed_plurals(doc)

    def _listed_plurals(self, doc: Document) -> Iterator[Finding]:
        """A noun in 's joined by 'and' or 'or' to a word that is no possessive ("Fresh tomato's and
        sweet corn are in", "free tax help for senior's and families"): a possessive names its thing
        after it, or pairs with another possessive ('the dog's and the cat's bowls'); the 's is a
        plural's. Not after 'the', 'this' or a possessive, where it may stand for a place or a thing
        ('at the doctor's and the butcher's', 'at a friend's and', 'my mother's and mine')."""
        for words, index in occurrences(doc, _AND_OR):
            at = index - 1
            if at < 1 or index + 1 >= len(words) or not words[at].joined or not words[index].joined:
                continue
            word, after = words[at], words[index + 1]
            if not word.low.endswith(("'s", "’s")) or not word.text[:1].islower() or in_quotes(doc, word.start):
                continue
            if after.low.endswith(("'s", "’s", "s'", "s’")) or (
                words[at - 1].joined and words[at - 1].low in _LISTED_OWNER_CONTEXT
            ):
                continue
            noun = word.low[:-2]
            if w.is_singular_count_noun(noun) and w.tags(noun) <= {"NOUN", "VERB"}:
                finding = self._without_apostrophe(word, noun)
                if finding is not None:
                    yield finding

    def _plural_verb_after(self, doc: Document) -> Iterator[Finding]:
        """'Fresh scone's are available', 'our tour guide's are certified', 'The Smith's have owned the
        orchard': a word in 's before 'are', 'were' or 'have' is neither 'is' nor 'has' ("scone is
        are" is no clause), so it is a possessive standing for a noun or a plural. After 'the', 'this',
        'that' or a possessive a lower-case word may be the possessive ("the team's are the best": the
        team's results) and is left alone; a capitalised one after 'the' is a family's name in the
        plural ('the Smiths'), not after a possessive or at a sentence's start alone ("Mary's are
        better": Mary's ones)."""
        for words, index in occurrences(doc, _PLURAL_ONLY_VERBS):
            at = index - 1
            if at < 1 or not words[at].joined or not words[at].low.endswith(("'s", "’s")):
                continue
            word = words[at]
            noun = word.low[:-2]
            before = words[at - 1].low if words[at - 1].joined else ""
            if in_quotes(doc, word.start) or doc.is_protected(word.start, word.end):
                continue
            if word.capitalised:
                if before != "the" or at != 1 or not word.text[1:-2].islower():
                    continue  # "Mary's are better": a possessive standing alone
                plural = noun + "es" if noun.endswith(("s", "x", "z", "ch", "sh")) else noun + "s"
                yield self._plural_finding(word, plural)  # a family's name: "The Smiths"
            elif before not in _POSSESSIVE_CONTEXT and w.is_singular_count_noun(noun) and "NOUN" in w.tags(noun):
                finding = self._without_apostrophe(word, noun)  # not "the team's are the best": its results
                if finding is not None:
                    yield finding

    def _without_apostrophe(self, word: Word, noun: str) -> Finding | None:
        """The finding for ``word``, the noun ``noun`` and 's, as that noun's plural (None when the
        noun's plural is the noun itself, or unknown)."""
        plural = next(iter(w.noun_inflections(noun).get("NNS", ())), None)
        if not plural or plural == noun:
            return None
        return self._plural_finding(word, plural)

    def _plural_finding(self, word: Word, plural: str) -> Finding:
        """``word`` replaced by ``plural``, in its case."""
        fixed = match_case(plural, word.text)
        return self.replace_word(word, fixed, f"A plural takes no apostrophe: '{fixed}'.", FixSafety.UNSAFE)

    def _sold_goods(self, doc: Document) -> Iterator[Finding]:
        """A verb's object in 's, perhaps after an adjective, that ends its phrase: "sells fresh
        banana's at a good price", "we sell banana's and grapes". The 's can be neither a possessive
        (no noun follows) nor 'is' (the verb before has its object in the word)."""
        for words, index in occurrences(doc, _SELLING):
            at = index + 1
            if at + 1 < len(words) and words[at - 1].joined and words[at + 1].low.endswith(("'s", "’s")):
                low = words[at].low
                tags = w.tags(low)
                adjective = "ADJ" in tags and tags <= {"ADJ", "VERB", "ADV"}
                modifier = words[index].low in _OFFERING and "NOUN" in tags and low not in w.DETERMINERS
                if adjective or modifier:
                    at += 1  # "sells fresh banana's", "offers free shuttle's", "has water bowl's at every table"
            if at >= len(words) or not words[at - 1].joined:
                continue
            word = words[at]
            if not word.low.endswith(("'s", "’s")) or word.capitalised or in_quotes(doc, word.start):
                continue
            noun = word.low[:-2]
            following = words[at + 1].low if at + 1 < len(words) and word.joined else ""
            if not w.is_singular_count_noun(noun) or "NOUN" not in w.tags(noun):
                continue
            if following and following not in _AFTER_OBJECT:
                continue  # "sells banana's peel": a possessive before its noun
            if words[index].low in _OFFERING and not following:
                continue  # "it has the company's": what 'has' or 'offers' holds may be a possessive alone
            finding = self._without_apostrophe(word, noun)
            if finding is not None:
                yield finding


def _counted_noun(noun: str) -> bool:
    """A singular count noun, including one in -ss whose plural is in -sses ('business', 'class')."""
    return w.is_noun_in_ss(noun) if noun.endswith("ss") else w.is_singular_count_noun(noun)


_ADJECTIVE_KINDS = frozenset(("ADJ", "NOUN", "ADV"))
"""What an adjective between a quantifier and a plural may also be ('local', 'young', 'little'), not a
verb."""
_AFTER_OBJECT = (w.PREPOSITIONS - {"of"}) | frozenset(("and", "or", "but"))
_AND_OR = frozenset(("and", "or"))
_PLURAL_ONLY_VERBS = frozenset("are were have aren't weren't haven't".split())
"""Verbs a word in 's cannot be the contraction of 'is' or 'has' before ("scone's are")."""
_POSSESSIVE_CONTEXT = frozenset("the this that".split()) | w.POSSESSIVES | frozenset(("than", "as"))
"""Words before a word in 's that make it a possessive standing for its noun ("the team's are the
best", "ours are better than the team's")."""
_LISTED_OWNER_CONTEXT = _POSSESSIVE_CONTEXT | w.ARTICLES
"""Words before a word in 's that may stand for a place or a thing ("at a friend's and", "at the doctor's and")."""
_OFFERING = frozenset(
    """offer offers offered offering has have had provide provides provided carry carries carried serve serves
    served""".split()
)
"""Verbs of offering or having, whose object in 's before a preposition or a list is a plural ('offers
free shuttle's to the airport', 'has water bowl's at every table')."""
_SELLING = (
    frozenset("sell sells sold selling buy buys bought buying stock stocks stocked grow grows grew".split()) | _OFFERING
)
"""Verbs of trade or growing, whose object is goods in the plural ('sells banana's')."""

_WRONG_PLURALS = {
    "childs": "children",
    "tooths": "teeth",
    "teeths": "teeth",
    "feets": "feet",
    "sheeps": "sheep",
    "fishs": "fish",
    "mices": "mice",
    "oxes": "oxen",
    "criterias": "criteria",
    "phenomenas": "phenomena",
    "datas": "data",
    "medias": "media",
    "lifes": "lives",
    "wifes": "wives",
    "thiefs": "thieves",
    "shelfs": "shelves",
    "potatos": "potatoes",
    "tomatos": "tomatoes",
    "analysises": "analyses",
    "crisises": "crises",
    "thesises": "theses",
    "deers": "deer",
    "aircrafts": "aircraft",
    "spacecrafts": "spacecraft",
    "offsprings": "offspring",
}
"""Regularised or doubled plurals of irregular nouns, none of them a word. Left out: 'mouses' (of a
computer), 'heros' (sandwiches), 'leafs' (the Maple Leafs), 'phenomenons' and 'criterions'
(dictionaries list them), 'peoples' (nations), and forms that are verbs or a possessive's slip
(``_WRONG_PLURALS_AFTER_DETERMINER``)."""
_WRONG_PLURALS_AFTER_DETERMINER = {
    "foots": "feet",
    "knifes": "knives",
    "wolfs": "wolves",
    "gooses": "geese",
    "loafs": "loaves",
    "mans": "men",
    "womans": "women",
    "calfs": "calves",
    "halfs": "halves",
    "elfs": "elves",
}
"""Regularised plurals that are also a verb's -s form ('he foots the bill', 'she knifes through the
water', 'wolfs his food') or a possessive without its apostrophe ('the womans bag'): reported only
where a determiner, a number or a possessive opens their phrase ('my foots', 'three womans', 'the
wolfs came'), so the word is a noun."""
_PLURAL_OPENERS = (
    frozenset("the these those some many several few more most all both no such".split())
    | (w.POSSESSIVES - {"her"})
    | w.CARDINALS
)
"""Words that open a plural noun's phrase ('her' may be the object pronoun: 'watch her knifes'; 'the
other' is a pronoun too: 'the other mans the phones', 'the other loafs about')."""
_OBJECT_DETERMINERS = w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES
"""A determiner after the word opens its object, so the word is a verb ('most foots the bill')."""


_NAME_SINGULAR_VERBS = frozenset("is was has says said".split())
"""Verbs after which a capitalised 'plural' that opens the sentence is a surname ("Childs was elected")."""


class IrregularPlural(GrammarRule):
    id = "grammar.irregular-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A regular plural made of an irregular noun: 'childs', 'tooths', 'criterias', 'potatos'."
    why = (
        "Some nouns form their plural without -s ('children', 'teeth', 'mice', 'sheep'), with a change "
        "('lives', 'thieves', 'analyses') or are plural already ('criteria', 'data', 'media'). Before "
        "a noun the slip is usually a possessive ('my wifes car': 'wife's'), which another rule reports. "
        "'Foots', 'knifes', 'wolfs', 'gooses', 'mans' and 'loafs' are also verbs ('he foots the bill'), "
        "and 'womans' a possessive without its apostrophe: they are reported only after a determiner, a "
        "number or a possessive ('my foots', 'three womans')."
    )
    bad = (
        "Three childs and their wifes came.",
        "The criterias were strict, and the potatos burned.",
        "My foots ached, two womans waved, and the hungry wolfs howled.",
    )
    good = (
        "Three children and their wives came; the criteria were strict.",
        "My wifes car was stolen; the Maple Leafs and the computer mouses.",
        "He foots the bill, she knifes through the water, and the dog wolfs its food; no mans land.",
        "Childs was elected in May, and Childs says the plan will work.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WRONG_PLURAL_KEYS):
            word = words[index]
            if word.capitalised and not word.sentence_start:
                continue  # a name
            if doc.text[word.end : word.end + 1] in _APOSTROPHES or in_quotes(doc, word.start):
                continue
            after = words[index + 1] if word.joined and index + 1 < len(words) else None
            if word.capitalised and after is not None and after.low in _NAME_SINGULAR_VERBS:
                continue  # "Childs was elected in May": a surname, with its singular verb
            if word.low in _WRONG_PLURALS_AFTER_DETERMINER:
                if not _plural_opened(words, index):
                    continue  # "he foots the bill", "she knifes through": a verb
                if after is not None and _noun_after(doc, words, index + 1):
                    continue  # "the womans bag": a possessive ("my foots hurt": the verb)
                if after is not None and after.low in _OBJECT_DETERMINERS:
                    continue  # "number 7 mans the flank", "the country that most foots the bill": a verb's object
            elif after is not None and "NOUN" in w.tags(after.low):
                continue  # "my wifes car": a possessive
            plural = _WRONG_PLURALS.get(word.low) or _WRONG_PLURALS_AFTER_DETERMINER[word.low]
            yield self.replace_word(
                word,
                match_case(plural, word.text),
                f"The plural of '{_singular_of(plural)}' is '{plural}'.",
                FixSafety.UNSAFE,
            )


_WRONG_PLURAL_KEYS = frozenset(_WRONG_PLURALS) | frozenset(_WRONG_PLURALS_AFTER_DETERMINER)


def _noun_after(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` is a noun: only a noun by the tables, or read as one by the tagger."""
    tags = w.tags(words[index].low)
    return "NOUN" in tags and ("VERB" not in tags or sentence_tags(doc, words)[index] in ("NN", "NNS"))


def _plural_opened(words: list[Word], index: int) -> bool:
    """A determiner, a number or a possessive opens the phrase of ``words[index]``, right before it
    or before one adjective: 'my foots', 'three womans', 'the hungry wolfs'."""
    for before in (index - 1, index - 2):
        if before < 0 or not all(word.joined for word in words[before:index]):
            return False
        if words[before].low in _PLURAL_OPENERS or words[before].low.isdigit():
            return before == index - 1 or w.tags(words[index - 1].low) == {"ADJ"}
    return False


_SINGULARS = {
    "children": "child",
    "teeth": "tooth",
    "feet": "foot",
    "mice": "mouse",
    "oxen": "ox",
    "knives": "knife",
    "wolves": "wolf",
    "geese": "goose",
    "loaves": "loaf",
    "men": "man",
    "women": "woman",
    "calves": "calf",
    "halves": "half",
    "elves": "elf",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "data": "datum",
    "media": "medium",
    "lives": "life",
    "wives": "wife",
    "thieves": "thief",
    "shelves": "shelf",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
}


def _singular_of(plural: str) -> str:
    return _SINGULARS.get(plural) or (plural[:-2] if plural.endswith("oes") else plural)


def _and_follows(words: list[Word], start: int) -> bool:
    """An 'and' follows in the same clause (no punctuation before it): 'both … and'."""
    for word in words[start:]:
        if word.low == "and":
            return True
        if not word.joined:
            return False
    return False


_OF_PLURAL = frozenset("each either neither both many several few".split()) | w.CARDINALS
_OF_DETERMINERS = frozenset("the my your his her its our their these those".split())
_OF_PART = frozenset("some most all half none".split())
"""Quantifiers that also take a part of one thing ('most of the day', 'all of the cake'): after them
only a singular noun for one person is reported ('most of the student' has no part to take)."""
_OF_TRIGGERS = _OF_PLURAL | _OF_PART
ONE_PERSON = frozenset(
    """
    student pupil teacher child kid friend colleague worker employee member player resident customer
    passenger visitor patient voter user participant applicant candidate officer soldier doctor nurse
    parent neighbour neighbor tourist volunteer driver guest client tenant citizen athlete reader viewer
    listener spectator delegate lawmaker senator councillor councilor shareholder investor subscriber
    """.split()
)


class QuantifierOfSingular(GrammarRule):
    id = "grammar.quantifier-of-singular"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Each of the', 'both of my', 'many of the' before a singular noun: 'each of the student'."
    why = (
        "'Each of', 'either of', 'neither of', 'both of', 'many of', 'several of', 'few of' and a "
        "number with 'of' pick from several, so the noun after them is plural: 'each of the students', "
        "'both of my brothers', 'two of my friends'. As with 'one of' (grammar.one-of-singular), nouns "
        "that name a group or a whole ('many of the staff', 'each of the team') are left alone, and so "
        "is a number that labels ('chapter two of the book'). 'Some of', 'most of', 'all of', 'half of' "
        "and 'none of' also take a part of one thing ('most of the day'), so after them only a noun for "
        "one person is reported ('most of the student')."
    )
    bad = (
        "Each of the student received a prize.",
        "Both of my brother live abroad, and many of our customer agree.",
        "Two of my friend came to the party.",
        "Neither of the option looks good, and several of the result were wrong.",
        "Most of the student agreed, and none of the passenger was hurt.",
        "Each of the three experiment was replicated in two laboratories.",
    )
    good = (
        "Each of the students received a prize; both of my brothers live abroad.",
        "Many of the staff and each of the team agreed; most of the day; all of the cake.",
        "Several of the car parks closed; few of the company's trucks ran.",
        "Neither of the candidates spoke.",
        "Chapter two of the book is long; two of the staff left; two of my friends came.",
        "She is proud both of the work she does and of the name she has made.",
        "Most of the student body agreed; all of the house was empty; some of the student's notes survived.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        from .agreement import _phrase_final_singular

        lows = doc.lows
        last = len(lows) - 3
        candidates = [  # sifted on the flat word list: 'all', 'some', 'most' are frequent, 'of the' after them less so
            position
            for position in positions(doc, _OF_TRIGGERS)
            if position < last and lows[position + 1] == "of" and lows[position + 2] in _OF_DETERMINERS
        ]
        for words, index in places(doc, candidates):
            if index + 3 >= len(words) or words[index + 1].low != "of" or words[index + 2].low not in _OF_DETERMINERS:
                continue
            if not (words[index].joined and words[index + 1].joined and words[index + 2].joined):
                continue
            if words[index].low == "both" and _and_follows(words, index + 3):
                continue  # "proud both of the work she does and the reputation": 'both … and'
            if words[index].low in w.CARDINALS and _labelled(words, index):
                continue  # "chapter two of the book": the number is a label
            start = index + 3
            if words[start].low in w.CARDINALS and words[start].low != "one" and start + 1 < len(words):
                start += 1  # "each of the three experiment": the count before the noun
            noun_at = _phrase_final_singular(doc, words, start)
            if noun_at is None or in_quotes(doc, words[noun_at].start):
                continue
            if any(w.is_plural_noun(word.low) for word in words[index + 3 : noun_at]):
                continue  # "neither of the candidates spoke": the plural was there
            if sentence_tags(doc, words)[noun_at] != "NN":
                continue
            noun = words[noun_at]
            if words[index].low in _OF_PART and noun.low not in ONE_PERSON:
                continue  # "most of the day", "all of the cake": a part of one thing
            plurals = w.noun_inflections(noun.low).get("NNS", ())
            if plurals[:1] == (noun.low,):
                continue  # "many of the sheep": the plural is the same word ('option' lists 'option' second)
            plural = next((form for form in plurals if form != noun.low), None)
            if plural is None:
                continue
            fixed = match_case(plural, noun.text)
            yield self.finding(
                words[index].start,
                noun.end,
                f"After '{words[index].text} of', the noun is plural: '{fixed}', not '{noun.text}'.",
                suggestions=(doc.text[words[index].start : noun.start] + fixed,),
                fix=FixSafety.UNSAFE,
            )


RULES = [
    MassNounPlural,
    QuantifierMassNoun,
    MuchWithPlural,
    LessWithPlural,
    QuantitySingular,
    PossessiveForm,
    MissingPossessiveApostrophe,
    MealArticle,
    RoundNumberArticle,
    PluralApostrophe,
    IrregularPlural,
    QuantifierOfSingular,
]
