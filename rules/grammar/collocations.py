"""Prepositions a word does not take ("depend of", "interested about", "discuss about the plan"),
listed as data. Prepositions of time ("in Monday", "in January 5th", "since three years") are
patterns over word classes, in ``time_phrases.py``.

The list is ``collocations.toml`` beside this module: a head word (with all its forms), the
prepositions that are wrong straight after it, and the right one. Only pairs where the wrong
preposition is essentially never right in that slot are listed; the rule itself steps aside where
the preposition opens an adverbial that merely follows the head ("relied in 2019 on", "consists on
average of", "depends of course on", "discussed about 20 items"). An entry may ask for more: a gerund
after the preposition ("prevent them of leaving"), a bare verb with its object, which the fix turns
into an -ing form ("insisted to pay the bill" → "insisted on paying the bill"), or a capitalised name
("arrived to London").

``grammar.have-age`` reports an age given with 'have' ("she has 25 years old").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags, stranded_preposition
from ._tokens import Word, each_place, match_case, occurrences, positions
from .prepositions import _QUESTION_BE, _SEEMING, TRANSITIVE_FILE, _elsewhere, _predicate_position, _setting
from .prepositions import DEGREE_ADVERBS as _DEGREE_ADVERBS
from .prepositions import _adverbial as adverbial_phrase

if TYPE_CHECKING:
    from lint._document import Document

DATA = Path(__file__).with_name("collocations.toml")


@dataclass(frozen=True)
class Collocation:
    """A head word, the prepositions it wrongly and rightly takes, and when to stay quiet."""

    head: str
    wrong: frozenset[str]
    right: tuple[str, ...]
    """The right prepositions, best first; ("",) when the head takes its object directly."""
    not_after: tuple[tuple[str, ...], ...] = ()
    not_before: frozenset[str] = frozenset()
    only_before: frozenset[str] = frozenset()
    gerund: bool = False
    object: bool = False
    verb: bool = False
    note: str = ""
    infinitive: bool = False
    """Only when a bare verb follows the preposition ("insisted to pay"): the fix takes its -ing form."""
    proper: bool = False
    """Only when a capitalised name follows the preposition ("arrived to London", not "arrived to find")."""
    only_after: frozenset[str] = frozenset()
    """When given, the word after the preposition must be one of these ("obvious for me", not
    "obvious for several reasons")."""
    alone: bool = False
    """The word after the preposition must end its phrase ("went to home.", not "went to home
    buyers"): punctuation, a preposition, a conjunction or an adverb follows it."""
    complement: bool = False
    """Only where the preposition opens the head's complement: the head is tagged as its kind (a
    verb, a noun, or neither for a word), a noun phrase follows that is no time or manner adverbial
    ("married with a doctor", not "married with two children", "angry on the whole"), and the
    head's right preposition does not come a few words on ("angry on Monday with him")."""
    nouns: frozenset[str] = frozenset()
    """When given (with ``complement``), the first noun after the preposition must be one of these
    ("entered into the room", not "entered into an agreement")."""
    noun: bool = False
    """The head is a noun (kind "noun")."""
    object_only: bool = False
    """With ``object``: only when an object pronoun stands between ("provided them of food", not
    "the details provided of the events")."""
    activity: bool = False
    """The word after the preposition is an activity in -ing that 'go' takes directly ("went for
    shopping in town"): only when a preposition or a time word follows it, so that the phrase reads as
    an outing, not a choice or a share ("I'd go for swimming.", "the money went to cycling and rowing")."""
    plain_gerund: bool = False
    """With ``gerund``: not when a bare noun follows the -ing word, which then modifies it: "succeeded
    on opening night", "is thinking in moving images" (a gerund's object mostly has a determiner:
    "succeeded on winning the cup"; 'capable in making decisions' keeps its bare object)."""
    no_noun_before: bool = False
    """Not when a noun stands right before the phrase (before its ``only_before`` word when given): the
    phrase then describes that noun, and its preposition opens something else ("a rise in search for
    flu remedies", "families in need for Christmas", "an increase in return of 5%", "the amount owing
    of the loan")."""


_Words = tuple[str, ...]
_Row = tuple[_Words, tuple[object, ...]]
"""The forms a collocation is filed under (the listed ones, else every form of its head) and the
:class:`Collocation`'s fields in order, its sets already made (marshal stores frozensets)."""


def _rows() -> tuple[_Row, ...]:
    """The data file as :data:`_Row` tuples, each head's forms worked out (kept in the per-user data
    cache: parsing TOML, inflecting some 380 heads and making 3,700 sets cost a process some 5 ms)."""
    import tomllib

    rows: list[_Row] = []
    for item in tomllib.loads(DATA.read_text(encoding="utf-8"))["collocation"]:
        right = item["right"]
        kind = item["kind"]
        forms = tuple(item.get("forms", ())) or tuple(sorted(_forms(item["head"], kind)))
        nouns = (
            _with_plurals(item.get("nouns", ()), item["wrong"])
            if item.get("plurals", True)
            else tuple(item.get("nouns", ()))
        )
        fields = (
            item["head"],
            frozenset(item["wrong"]),
            (right,) if isinstance(right, str) else tuple(right),
            tuple(tuple(words.split()) for words in item.get("not_after", ())),
            frozenset(item.get("not_before", ())),
            frozenset(item.get("only_before", ())),
            bool(item.get("gerund", False)),
            bool(item.get("object", False)),
            kind == "verb",
            item.get("note", ""),
            bool(item.get("infinitive", False)),
            bool(item.get("proper", False)),
            frozenset(item.get("only_after", ())),
            bool(item.get("alone", False)),
            bool(item.get("complement", False)),
            frozenset(nouns),
            kind == "noun",
            item.get("object") == "only",
            bool(item.get("activity", False)),
            bool(item.get("plain_gerund", False)),
            bool(item.get("no_noun_before", False)),
        )
        rows.append((forms, fields))
    return tuple(rows)


_OWN_PLURALS = frozenset(
    """premises goods customs manners spirits quarters works grounds arms damages letters papers forces means
    sales looks minutes remains interests terms regards colours colors airs parts savings""".split()
)
"""Plurals with a sense of their own, not added for a listed singular ("based in premises": a building)."""


def _with_plurals(nouns: list[str], wrong: list[str]) -> tuple[str, ...]:
    """The listed nouns of an entry and the plurals of its singular ones ("glad with the decisions" as
    "the decision", "proud for his sons" as "son"): a list names kinds of things, not the one form its
    writer thought of. Not for a wrong 'of', which may be a genitive ("the demands of homes"), and not
    the singulars of listed plurals, which may name a field or a state ("an impact in business")."""
    found = dict.fromkeys(nouns)
    if "of" in wrong:
        return tuple(found)
    for noun in nouns:
        forms = w.noun_inflections(noun) if noun.isalpha() else {}
        if noun in forms.get("NN", ()):
            found.update(dict.fromkeys(form for form in forms.get("NNS", ()) if form not in _OWN_PLURALS))
    return tuple(found)


def _forms(head: str, kind: str) -> set[str]:
    if kind == "verb":
        return {form for forms in w.verb_inflections(head).values() for form in forms} | {head}
    if kind == "noun":
        return {form for forms in w.noun_inflections(head).values() for form in forms} | {head}
    return {head}


_PREDICATE_BE = w.BE_FORMS | w.both_apostrophes(
    "isn't aren't wasn't weren't 's 're 'm i'm you're we're they're he's she's it's that's"
)
"""Forms of 'be' before a predicate, with their contractions and negatives."""

_NOT_DEGREE = frozenset("only early likely daily weekly monthly yearly hourly nightly".split())
"""Words in -ly that do not grade the head after them ("is only similar", "is likely good")."""


def _question_subject(doc: Document, words: list[Word], index: int, item: Collocation) -> bool:
    """Whether a head whose ``only_before`` words are the forms of 'be' (a predicate: "is similar with")
    stands after the subject of a question that opens with one ("Is this phone similar with yours?",
    "Are they married with children?" is left to the entry's other conditions): the subject, a
    pronoun or a noun after at most one determiner, stands between 'be' and the head. Or an adverb in
    '-ly' stands between such a word and the head ("is strikingly similar with"), or a contracted or
    negated form of 'be' stands before the head ("isn't similar with", "they're similar with", "is not
    similar with")."""
    if "is" not in item.only_before:
        return False
    previous = words[index - 1].low
    if previous in _PREDICATE_BE or (
        previous in ("not", "never") and index > 1 and words[index - 2].joined and words[index - 2].low in _PREDICATE_BE
    ):
        return True  # "isn't similar with", "they're similar with", "is not similar with"
    if index > 1 and words[index - 2].joined and words[index - 2].low in item.only_before:
        before = words[index - 1].low
        if before.endswith("ly") and before not in _NOT_DEGREE and "ADV" in w.tags(before):
            return True  # "is remarkably similar with", "was always good in": an adverb between
    if index not in (2, 3) or words[0].low not in _QUESTION_BE:
        return False
    if not words[0].sentence_start or not all(word.joined for word in words[:index]):
        return False
    return _predicate_position(words, sentence_tags(doc, words), index, words[index - 1].low)


@lru_cache(maxsize=1)
def collocations() -> dict[str, tuple[Collocation, ...]]:
    """Every form of every head word → the collocations it heads."""
    from lint._datacache import cached

    status = DATA.stat()
    # aside: the plurals of listed nouns come from lemminflect's rules for nouns its table leaves out;
    # built in a child, the run does not import lemminflect and numpy (first run: 129 -> 104 MiB)
    rows = cached("grammar-collocations", f"fields:{status.st_size}:{status.st_mtime_ns}", _rows, aside=True)
    found: dict[str, list[Collocation]] = {}
    for forms, fields in rows:
        item = Collocation(*fields)  # type: ignore[arg-type]
        for form in forms:
            found.setdefault(form, []).append(item)
    table = {form: tuple(items) for form, items in found.items()}
    transitive = (TRANSITIVE,)
    for form in _transitive_forms():
        items = table.get(form)
        if items is None:
            table[form] = transitive
        elif not any("about" in item.wrong for item in items):
            table[form] = (*items, TRANSITIVE)
    return table


def _transitive_forms() -> list[str]:
    """The verb forms of ``transitive-verbs.txt`` (see :data:`.prepositions.TRANSITIVE_FILE`)."""
    text = TRANSITIVE_FILE.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


_BE = frozenset("be been being is are was were am get got gets getting 's 're 'm".split())

TRANSITIVE = Collocation("", frozenset(("about",)), ("",), not_before=_BE, verb=True, complement=True)
"""The entry of every verb form of ``transitive-verbs.txt``: 'about' before a noun phrase is
superfluous ("examined about the causes"), unless the form is a passive participle ("was examined
about the causes") or the clause's object stands before it ("what I enjoyed about it")."""


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    return frozenset(collocations())


_TIME_WORDS = w.DAY_NAMES | frozenset(
    """january february march april may june july august september october november december today
    yesterday tomorrow weekends""".split()
)
_ADVERBIAL_STARTS: dict[str, frozenset[str]] = {
    "on": frozenset(
        "average occasion occasions balance purpose behalf paper top record camera air weekdays weekends "
        "arrival entry day".split()
    ),
    "in": frozenset(
        "part fact general particular turn time short practice theory principle effect addition total public passing "
        "private person writing response return contrast comparison recent many most some all order vain "
        "advance detail full depth essence".split()
    ),
    "to": frozenset("some a an what such varying this that date".split()),
    "for": frozenset(
        "example instance now years months decades weeks days hours a an some long ever once good".split()
    ),
    "from": frozenset("time now then day birth childhood scratch memory".split()),
    "of": frozenset("course late necessity".split()),
    "about": w.CARDINALS | frozenset("a an half once twice as one now noon midnight then".split()),
    "at": frozenset("least all times first once last best worst most present home".split()),
    "with": frozenset(("regard", "respect", "and", "or", "both", "either")),
}
"""First words of an adverbial that can follow a head with a preposition of its own: "consists on
average of", "depends of course on", "mentioned about 20 times"; "with and without", "with or
without", "with both", "with either" name a condition ("results were similar with both methods"),
not what the head takes."""


_AMOUNTS = frozenset(
    """dozen hundred thousand million billion quarter third half fifth tenth score week weeks month year
    hour minute second day decade mile foot inch metre meter kilometre kilometer pound kilo kilogram
    gallon litre liter percent fifty hundredfold""".split()
)
"""Nouns of an amount after 'about a' ("about a dozen", "about an hour"): 'about' means roughly."""


_ON_THE = frozenset("day night eve morning afternoon evening weekend occasion anniversary time moment".split())
"""'on the day', 'at the time': a time adverbial after a head ("felt proud on the day")."""
_ON_THE_PLACES = frozenset("phone telephone radio air television ground pitch field stage spot set".split())
"""'on the phone', 'on the ground': where, after a head ("furious on the phone")."""
_SIDES_DETERMINERS = frozenset("both either each all every".split())


def _range_to(words: list[Word], at: int) -> bool:
    """'to' within the four joined words from ``at``: 'from' opens a range ("from Paris to Tokyo")."""
    for cursor in range(at, min(at + 4, len(words) - 1)):
        if not words[cursor].joined:
            return False
        if words[cursor + 1].low == "to":
            return True
    return False


_OF_FACULTY = frozenset("mind heart foot spirit limb body face tongue".split())
"""'anxious of mind', 'heavy of heart', 'fleet of foot': an adjective's literary 'of' and a faculty."""
_FROM_THE = frozenset("outset start beginning first very get-go word".split())
"""'from the outset', 'from the start': an adverbial after 'proud', 'ashamed', 'afraid'."""


def _adverbial(preposition: str, words: list[Word], at: int, complement: bool = False) -> bool:
    """Whether the preposition at ``at - 1`` opens an adverbial ("on average", "about 20", "from the
    start"). For a ``complement`` entry a determiner decides nothing here ("for a while", "for a pay
    rise"): :func:`_complement` looks at the phrase's noun."""
    if at >= len(words) or not words[at - 1].joined:
        return False
    if preposition == "for" and _reason_follows(words, at):
        return True  # "his insistence for the following reasons": why, not what is insisted on
    low = words[at].low
    if complement and low in w.DETERMINERS:
        amount = preposition == "about" and low in ("a", "an") and at + 1 < len(words)
        return amount and words[at + 1].low in _AMOUNTS  # "examined about a dozen cases"
    if low[:1].isdigit() or low in _TIME_WORDS or (preposition == "about" and low.split("-")[0] in _NUMBER_WORDS):
        return True  # "about 20", "about one-third", "on Monday"
    if preposition == "from" and low == "the" and at + 1 < len(words):
        return words[at + 1].low in _FROM_THE
    if low in ("which", "whom", "whose"):
        return True  # "an allergy for which there is no cure": the relative clause's preposition
    if preposition == "from" and _range_to(words, at):
        return True  # "renowned from Paris to Tokyo": a range
    if preposition in ("on", "at") and low in ("the", "that", "this") and at + 1 < len(words) and words[at].joined:
        following = words[at + 1].low  # "proud on the day", "jealous at the time": when; "on the phone": where
        return following in _ON_THE or (preposition == "on" and following in _ON_THE_PLACES)
    if preposition == "on" and low in _SIDES_DETERMINERS and at + 1 < len(words) and words[at].joined:
        return words[at + 1].low in ("side", "sides")  # "trust on both sides", "anger on either side"
    if preposition == "of" and low in _OF_FACULTY and not complement:
        return True  # "anxious of mind", "sound of mind and body": the adjective's literary 'of'
    if preposition == "of" and low in ("a", "an") and at + 1 < len(words) and words[at + 1].low in w.TIME_NOUNS:
        return True  # "crowded of an evening", "of a Saturday night": when, as 'on'
    if (
        preposition == "of"
        and low == "old"
        and (not words[at].joined or at + 1 == len(words) or words[at + 1].low in w.PREPOSITIONS | w.COORDINATORS)
    ):
        return True  # "lined of old with oak": long ago (not "a fondness of old maps")
    if at + 1 < len(words) and words[at].joined and words[at + 1].low == "behalf":
        return True  # "jealous on her behalf"
    return low in _ADVERBIAL_STARTS.get(preposition, frozenset())


_REASONS = frozenset(("reason", "reasons", "purpose", "purposes", "sake"))


def _adjunct_after_head(doc: Document, words: list[Word], index: int, at: int) -> bool:
    """The preposition at ``at``, right after the head at ``index``, opens a phrase of the sentence's
    own, not the head's object: 'at' or 'in' after an adjective or a participle, before a place or a
    gathering, or a time noun right after a determiner ("absent at the meeting", "keen in the
    morning"; a verb's is still judged: "they entered in the hall"), 'to' before an object pronoun
    after a verb of seeming ("it seems consistent to me"), or 'by' before a time ("became interested
    by the end of the year")."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    preposition, following = words[at].low, words[at + 1].low
    if preposition == "to":
        return following in w.OBJECT_PRONOUNS and index > 0 and words[index - 1].low in _SEEMING
    if preposition not in ("at", "in", "by"):
        return False
    tags = sentence_tags(doc, words)
    if preposition == "by":
        return following in w.DETERMINERS and adverbial_phrase(words, tags, at + 1)
    if tags[index] not in ("JJ", "VBN"):
        return False
    time = following in w.DETERMINERS and at + 2 < len(words) and words[at + 2].low in w.TIME_NOUNS
    return time or _setting(words, tags, at + 1)


def _reason_follows(words: list[Word], at: int) -> bool:
    """A reason or purpose within the three joined words from ``at`` ("the following reasons",
    "safety reasons", "the sake of")."""
    for cursor in range(at, min(at + 3, len(words))):
        if words[cursor].low in _REASONS:
            return True
        if not words[cursor].joined:
            break
    return False


def _acronym_modifier(words: list[Word], at: int) -> bool:
    """Whether the word at ``at`` is an acronym in capitals that a common noun in lower case follows
    ("in LIFO order", "in PDF form", "at GCSE level"): the noun heads the phrase, which names no place."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    acronym, noun = words[at].text, words[at + 1].text
    return len(acronym) > 1 and acronym.isupper() and acronym.isalpha() and noun.islower() and _plain_noun(noun)


def _plain_noun(low: str) -> bool:
    """A noun that is no adjective or adverb too ('order', 'form'; not 'last', which ends 'in UK last year')."""
    found = w.tags(low)
    return "NOUN" in found and not found & {"ADJ", "ADV"}


class WrongPreposition(GrammarRule):
    id = "grammar.wrong-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A preposition the word does not take: 'depend of', 'interested about', 'discuss about the plan'."
    why = (
        "Many verbs, adjectives and nouns choose their preposition: 'depend on', 'interested in', "
        "'capable of', 'similar to', 'prevent them from leaving'; some take their object directly "
        "('discuss the plan', 'resemble her mother'). The list is data (rules/grammar/collocations.toml) "
        "and holds only pairs where the wrong preposition is essentially never right in that place."
    )
    bad = (
        "The outcome depends of the weather.",
        "She is not interested about politics.",
        "We discussed about the budget for an hour.",
        "The new model is similar with the old one.",
        "The rain prevented them of leaving early.",
        "He was accused for stealing a car.",
        "The board comprises of nine members.",
        "Every supplier must comply to the new rules.",
        "The town is full with tourists in August.",
        "This stops us of achieving anything.",
        "The guards insisted to search the car.",
        "She accused the driver for causing the crash.",
        "It is worth to mention the cost.",
        "They arrived to Lisbon at noon.",
        "My cousin is married with a pilot.",
        "We entered into the hall through a side door.",
        "Our guide was very good in geography.",
        "The staff demanded for a written apology.",
        "The inquiry examined about the causes of the fire.",
        "The pupils were divided in groups, and the film is suitable to children.",
        "He was found guilty for murder after the jury reacted on the evidence.",
        "The car was parked behind of the house.",
        "There has been a sharp increase of crime in the city centre, and the demand of housing keeps rising.",
        "Most residents are in favour for the new park; he was convicted for fraud and joined to the army.",
        "The old town is worth to visit if you can.",
        "The fans were angry with the decision, and the minister was accused with fraud.",
        "Her brother is engaged with a dancer; she was admitted in a college in Ohio.",
        "She applied to the job in May; her uncle died in cancer; the shop lacked from staff.",
        "The policy had a positive effect to exports, and he has experience on retail.",
        "He was born at a small village, and the new rules apply for every worker.",
        "I was worried for the exam results.",
        "The bakery is opposite of the bank; there is a lack in teachers and no control on the budget.",
        "It was a sequel of the hit film.",
        "Nobody had an answer for the question about the damage of the roof.",
        "The new manager is capable in handling a crisis.",
        "Every Saturday she goes for shopping in the old market.",
        "Two defenders were absent to training, and the mayor is popular between young voters.",
        "The officers stayed loyal for the old regime; the villagers were suspicious from the new owner.",
        "The museum is open for the public, and the town is famous with its wine.",
        "He is hopeless in cooking; they expressed their satisfaction for the service.",
        "The union is against to any change.",
        "Firefighters entered into the burning warehouse; she was proud for the way they fought.",
        "The inspectors were amazed from the state of the kitchen; none of them could answer to the last question.",
        "The cuts had a big impact in small businesses, and my uncle is an expert of ancient coins.",
        "The workers demanded a rise of their wages; the delegates arrived to the town hall late in the evening.",
        "The minister believes on the power of education, and the team is confident for victory.",
        "The guidelines stress on the importance of hand washing.",
        "The unpaid fees amounted for a third of the debt, and they invested into a chain of cafes.",
        "Two of them applied to a grant, and the fence prevents visitors to climb over.",
        "The man was charged for attempted murder, and his brother for aggravated burglary.",
    )
    good = (
        "The plates are returned in LIFO order.",
        "He is renowned from Paris to Tokyo and was furious on the phone; trust on both sides grew.",
        "She has an allergy for which there is no cure.",
        "The documents requested for the audit were sent; the book holds no interest for me.",
        "She felt proud on the day of her graduation; anxious of mind and heavy of heart, he left.",
        "The outcome depends on the weather, and it depends of course on the wind.",
        "She is interested in politics; the team comprises nine members.",
        "We discussed about 20 items and mentioned about a dozen more.",
        "It is similar to the old one, similar with respect to price.",
        "The rain prevented them from leaving; the stop of trading was brief.",
        "The crew consists on average of nine people; the president emphasized on Monday that it was over.",
        "She married a banker; he was a dependent of the king; by reason of his age, he retired.",
        "They are opposed to the plan, and the bill was paid in full with cash.",
        "The bus stops of the old line were closed; she was disappointed from the start.",
        "She insisted to reporters that the talks succeeded; they are opposed to change.",
        "They accused the firm for years of lying; he blamed the rise of smoking on advertising.",
        "It is worth to the company; they arrived to find the door locked; there is no point to it.",
        "She is married with two sons; they married with their parents' blessing.",
        "The firms entered into an agreement; the nurse attended to the wounded.",
        "He looks good in green and was good in a crisis; the fee was demanded for the service.",
        "What I liked about the town was its size; the inquiry examined about a dozen fires.",
        "The cake was divided in half; he pleaded guilty for his part; fans reacted on Twitter.",
        "The court rejected his insistence for the following reasons, and her dependence for safety reasons.",
        "The amount for each pupil is fixed; this amounts, for most families, to a pay cut.",
        "They turned the investment into a profit and invested in a second shop.",
        "Crime rose by an increase of 5% in the centre; the demands of the job are heavy.",
        "It won votes in favour for the first time; he was convicted for his role; the pipes are joined to the tank.",
        "He insisted to police that he was innocent; they had difficulty to date in hiring.",
        "The party is committed to change for good.",
        "They were angry with the manager and engaged with the community; she was accused with him of fraud.",
        "He admitted in a college essay that he applied to the job market late; the rules apply to the job.",
        "He died in hospital, in the cancer ward; the effect to date is small; experience on the job counts.",
        "He was born at home; the rules apply for a limited time; she was worried for her son.",
        "She is good with numbers and children; she is the opposite of her sister; they lost control on the bend.",
        "The sequel of sorts did well; what they lack in skill they make up in zeal; the criticism to date is mild.",
        "She had an answer for everything; the damage of the storm was plain; she is capable in a crisis.",
        "Most of the lottery money went to cycling and rowing; if I had to choose, I would go for swimming.",
        "He seemed absent to the point of rudeness; jazz was popular between the wars.",
        "She stayed loyal for years; the dog was suspicious from the start; the park is open for the public to enjoy.",
        "The town is famous with tourists; the drug proved useless in fighting the infection.",
        "Customer satisfaction for the product is high; the route is well known with its regulars as the quickest way.",
        "The vote was ten against to four; the firms entered into the joint venture; I am so proud for you.",
        "The drug had little impact in patients, and she made an impact in education and an impact in the north.",
        "She is an expert of international renown; the rise of populism and the rise and fall of prices.",
        "They believe on the whole that it works; she is confident for the future; I'd go for swimming in the sea.",
        "Engineers measure the stresses on the bridge, and we put stress on the importance of sleep.",
        "The rules apply to a loan of any size; walls were built to prevent the flood to protect the town.",
        "The firm charged for armed guards, and we were charged for attempted deliveries.",
    )
    fixed = (
        "The outcome depends on the weather.",
        "She is not interested in politics.",
        "We discussed the budget for an hour.",
        "The new model is similar to the old one.",
        "The rain prevented them from leaving early.",
        "He was accused of stealing a car.",
        "The board comprises nine members.",
        "Every supplier must comply with the new rules.",
        "The town is full of tourists in August.",
        "This stops us from achieving anything.",
        "The guards insisted on searching the car.",
        "She accused the driver of causing the crash.",
        "It is worth mentioning the cost.",
        "They arrived to Lisbon at noon.",
        "My cousin is married with a pilot.",
        "We entered into the hall through a side door.",
        "Our guide was very good in geography.",
        "The staff demanded for a written apology.",
        "The inquiry examined about the causes of the fire.",
        "The pupils were divided in groups, and the film is suitable to children.",
        "He was found guilty for murder after the jury reacted on the evidence.",
        "The car was parked behind the house.",
        "There has been a sharp increase of crime in the city centre, and the demand of housing keeps rising.",
        "Most residents are in favour for the new park; he was convicted for fraud and joined to the army.",
        "The old town is worth visiting if you can.",
        "The fans were angry with the decision, and the minister was accused with fraud.",
        "Her brother is engaged with a dancer; she was admitted in a college in Ohio.",
        "She applied to the job in May; her uncle died in cancer; the shop lacked from staff.",
        "The policy had a positive effect to exports, and he has experience on retail.",
        "He was born at a small village, and the new rules apply for every worker.",
        "I was worried for the exam results.",
        "The bakery is opposite of the bank; there is a lack in teachers and no control on the budget.",
        "It was a sequel of the hit film.",
        "Nobody had an answer for the question about the damage of the roof.",
        "The new manager is capable of handling a crisis.",
        "Every Saturday she goes for shopping in the old market.",
        "Two defenders were absent to training, and the mayor is popular between young voters.",
        "The officers stayed loyal for the old regime; the villagers were suspicious from the new owner.",
        "The museum is open for the public, and the town is famous for its wine.",
        "He is hopeless in cooking; they expressed their satisfaction for the service.",
        "The union is against any change.",
        "Firefighters entered into the burning warehouse; she was proud for the way they fought.",
        "The inspectors were amazed from the state of the kitchen; none of them could answer to the last question.",
        "The cuts had a big impact in small businesses, and my uncle is an expert of ancient coins.",
        "The workers demanded a rise of their wages; the delegates arrived to the town hall late in the evening.",
        "The minister believes on the power of education, and the team is confident for victory.",
        "The guidelines stress on the importance of hand washing.",
        "The unpaid fees amounted for a third of the debt, and they invested into a chain of cafes.",
        "Two of them applied to a grant, and the fence prevents visitors from climbing over.",
        "The man was charged for attempted murder, and his brother for aggravated burglary.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = collocations()
        lows = doc.lows
        last = len(lows) - 1
        object_heads = _object_heads()
        narrow = _only_after()
        following = _following()
        candidates = [
            position
            for position in positions(doc, _triggers())
            if position < last
            and (
                lows[position + 1] in following[lows[position]]
                or (
                    lows[position + 1] in _DEGREE_ADVERBS
                    and position + 2 < last
                    and lows[position + 2] in following[lows[position]]
                )
                or (
                    (lows[position + 1] in _NOUN_OBJECT_STARTS or lows[position + 1] in w.PERSON_NOUNS)
                    and lows[position] in object_heads
                )
            )
            and (
                lows[position] not in narrow
                or (position + 1 < last and lows[position + 2] in narrow[lows[position]])
                or (
                    lows[position + 1] in _DEGREE_ADVERBS
                    and position + 3 <= last
                    and lows[position + 3] in narrow[lows[position]]
                )
            )
        ]  # most heads stand before no preposition of theirs: sifted on the flat list of words
        for words, index in each_place(doc, candidates):
            head = words[index]
            if index + 1 >= len(words):
                continue
            for item in table[head.low]:
                found = self._check(doc, words, index, item)
                if found is not None:
                    yield found
                    break

    def _check(self, doc: Document, words: list[Word], index: int, item: Collocation) -> Finding | None:
        head = words[index]
        if not head.joined or index + 1 >= len(words):
            return None
        if head.text[:1].isupper() and not head.sentence_start:
            return None  # a name ("Todd Akin of Missouri"), not the common word
        previous = words[index - 1].low if index > 0 and words[index - 1].joined else ""
        if _verb_takes_preposition(words, index):
            return None  # "force our beliefs on others", "impose their views on us": the verb's 'on'
        if head.low == "open" and _open_to_do(words, index):
            return None  # "it is open to them to say so": free to, not frank with
        if previous in item.not_before or (item.verb and _noun_after(previous, head.low)):
            return None  # "more senior than", "a dependent of", "the stop of trading": another reading
        if item.only_before and previous not in item.only_before and not _question_subject(doc, words, index, item):
            return None
        if item.only_before and previous in _SUBJECT_PRONOUNS and _relative_subject(doc, words, index):
            return None  # "the rules we apply to a loan": the head's object stands before it
        if item.no_noun_before and _noun_before(doc, words, index - (2 if item.only_before else 1)):
            return None  # "a rise in search for flu remedies": the phrase describes the noun before it
        if item.only_before and _change_noun_before(words, index - 2):
            return None  # "a drop in return of capital": 'in' is the change noun's, not 'in return'
        at = index + 1
        if item.object and words[at].low in w.OBJECT_PRONOUNS and words[at].joined and at + 1 < len(words):
            at += 1  # "accused him for stealing"
        elif item.object and (item.gerund or item.infinitive) and _noun_object(words, at, item):
            at += _noun_object(
                words, at, item
            )  # "accused the (old) man for stealing" (not with 'of': "blamed the rise of vaping on")
        elif item.object and item.infinitive and _people_object(words, at, item):
            at += 1  # "prevent tenants to keep pets"
        elif _degree_adverb(words, at, item):
            at += 1  # "depends largely of the weather": an adverb of degree between head and preposition
        preposition = words[at]
        if preposition.low not in item.wrong or preposition.text != preposition.low:
            return None
        if preposition.low == "of" and at == index + 1 and previous in _DEGREE:
            return None  # "the most crowded of all the markets": the group the head is graded in
        if item.object_only and at == index + 1:
            return None  # "the details provided of the events": no object between
        direct = not any(item.right)  # the head takes its object directly ("demanded for" → "demanded")
        if direct and preposition.low == "for" and at == index + 1 and _participle_after_noun(doc, words, index):
            return None  # "the money demanded for his return", "a fee requested for extras": a purpose
        following = words[at + 1] if preposition.joined and at + 1 < len(words) else None
        if _adverbial(preposition.low, words, at + 1, item.complement) or _excepted(words, at + 1, item.not_after):
            return None
        if at == index + 1 and _adjunct_after_head(doc, words, index, at):
            return None  # "she was absent at the meeting", "it seems consistent to me", "interested by the end"
        if item.gerund and not (following is not None and _gerund(following.low)):
            return None
        if item.plain_gerund and _modifies_noun(doc, words, at + 1):
            return None  # "succeeded on opening night", "thinking in moving images": an -ing modifier
        if not item.gerund and preposition.low == "on" and following is not None and _gerund(following.low):
            return None  # "aware on waking": 'on' + -ing is a time adverbial (when waking)
        if item.only_after and (following is None or following.low not in item.only_after):
            return None
        if item.alone and (
            not _ends_phrase(doc, words, at + 2) or (following is not None and following.text != following.low)
        ):
            return None  # (and not a name: "the film made by Stone")
        if item.alone and following is not None and _modified_place_pronoun(words, at + 1):
            return None  # "moved to somewhere in Spain", "go to somewhere warmer": a pronoun, its modifier after it
        if item.activity and not _outing_follows(words, at + 2):
            return None
        if item.complement and not _complement(doc, words, index, at, item):
            return None
        after_object = (at == index + 2 and words[index + 1].low in w.OBJECT_PRONOUNS) or (
            item.infinitive and at > index + 1 and words[at - 1].low in w.PERSON_NOUNS
        )  # after a person 'to' opens what they do ("prevented the tenants to keep pets")
        loose = preposition.low not in item.right  # "insisted to pay for": 'to' + noun is no reading of the head
        if item.infinitive and (following is None or _ing_form(doc, words, at + 1, after_object, loose) is None):
            return None
        if item.infinitive and item.object and at == index + 1:
            return None  # "smoking is prohibited to protect the forest": an infinitive of purpose
        if item.infinitive and stranded_preposition(words, sentence_tags(doc, words), at + 2):
            return None  # "had trouble to deal with at home": the 'to' phrase describes the noun
        if item.proper and not (following is not None and following.text[:1].isupper() and following.text != "I"):
            return None
        if item.proper and _acronym_modifier(words, at + 1):
            return None  # "returned in LIFO order", "arrived in PDF form": an acronym before a common noun
        if item.proper and _numbered(words, at + 1):
            return None  # "graduate at Level 4", "at Gate 12": a numbered stage or place, no school
        if item.proper and item.nouns and not item.complement and not _name_holds(words, at + 1, item.nouns):
            return None  # "admitted at Princeton College", not "admitted at Westminster that …"
        if doc.is_protected(head.start, preposition.end):
            return None
        return self._finding(doc, head, preposition, following, item)

    def _finding(
        self, doc: Document, head: Word, preposition: Word, following: Word | None, item: Collocation
    ) -> Finding:
        kept = doc.text[head.start : preposition.start].rstrip()
        suggestions = tuple(f"{kept} {right}" if right else kept for right in item.right)
        if item.infinitive and following is not None:
            return self._infinitive_finding(doc, head, preposition, following, item, kept)
        if item.activity and following is not None:
            message = (
                f"'{head.text}' takes an activity in -ing directly: '{kept} {following.text}', "
                f"not '{kept} {preposition.text} {following.text}'."
            )
        elif item.alone and following is not None:
            message = (
                f"'{following.text}' is an adverb here and takes no preposition: "
                f"'{kept} {following.text}', not '{kept} {preposition.text} {following.text}'."
            )
        elif item.right == ("",):
            example = f" ('{kept} {following.text} …')" if following is not None else ""
            message = f"'{head.text}' takes its object directly: drop '{preposition.text}'{example}."
        else:
            options = " or ".join(f"'{right}'" if right else "no preposition" for right in item.right)
            message = f"'{head.text}' takes {options}, not '{preposition.text}': '{suggestions[0]}'."
        if item.note:
            message += f" {item.note}"
        return self.finding(
            head.start,
            preposition.end,
            message,
            suggestions=tuple(match_case(s, kept) for s in suggestions),
            fix=FixSafety.SAFE
            if len(item.right) == 1 and not (item.alone or item.complement or item.activity)
            else FixSafety.UNSAFE,
        )

    def _infinitive_finding(
        self, doc: Document, head: Word, preposition: Word, verb: Word, item: Collocation, kept: str
    ) -> Finding:
        ing = w.verb_form(verb.low, "VBG") or verb.low
        suggestions = tuple(" ".join(part for part in (kept, right, ing) if part) for right in item.right)
        if item.right == ("",):
            message = f"After '{kept}' the verb takes its -ing form, without '{preposition.text}': '{suggestions[0]}'."
        elif item.right == (preposition.low,):
            message = f"After '{kept} {preposition.text}' the verb takes its -ing form: '{suggestions[0]}'."
        else:
            options = " or ".join(f"'{right}'" if right else "no preposition" for right in item.right)
            message = (
                f"'{head.text}' takes {options} and an -ing form, not '{preposition.text}' and a verb: "
                f"'{suggestions[0]}'."
            )
        if item.note:
            message += f" {item.note}"
        return self.finding(
            head.start,
            verb.end,
            message,
            suggestions=tuple(match_case(s, kept) for s in suggestions),
            fix=FixSafety.SAFE if len(item.right) == 1 else FixSafety.UNSAFE,
        )


def _degree_adverb(words: list[Word], at: int, item: Collocation) -> bool:
    """Whether ``at`` holds one of :data:`.prepositions.DEGREE_ADVERBS` between a verb or adjective head and a
    preposition it is wrongly followed by ("depended entirely of luck", "consisted mostly from")."""
    return (
        not item.noun
        and not item.object_only
        and at + 1 < len(words)
        and words[at].low in _DEGREE_ADVERBS
        and words[at].joined
        and words[at - 1].joined
        and words[at + 1].low in item.wrong
    )


_PHRASE_END_TAGS = frozenset("IN TO CC RB RP WDT WRB".split())
_TIME_AFTER = frozenset("late early yesterday today tonight tomorrow last next this every".split())


def _participle_after_noun(doc: Document, words: list[Word], index: int) -> bool:
    """The head at ``index`` is a passive participle straight after a noun, by the tagger, or a past
    it reads as one with a finite verb later ("the money demanded for", "the ransom demanded for the
    girl was paid"; not "the union demanded for higher pay"): a reduced relative, whose 'for' gives a
    purpose."""
    if index == 0 or not words[index - 1].joined:
        return False
    tags = sentence_tags(doc, words)
    if tags[index - 1] not in ("NN", "NNS"):
        return False
    if tags[index] == "VBN":
        return True
    # "the ransom demanded for the girl was paid": a finite verb later is the sentence's own
    if tags[index] != "VBD":
        return False
    for at in range(index + 1, len(words)):
        if words[at].low in w.RELATIVE_PRONOUNS or not words[at - 1].joined:
            return False  # "… demanded for pay that was fair": the later verb is a clause's of its own
        if tags[at] in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


_PLACE_PRONOUNS = frozenset("somewhere anywhere nowhere everywhere".split())
_PLACE_MODIFIERS = frozenset("in near along around outside inside else".split())


def _modified_place_pronoun(words: list[Word], at: int) -> bool:
    """'somewhere', 'anywhere' … at ``at`` with a modifier after it, a place phrase or 'else' ("moved to
    somewhere in Spain", "go to somewhere else"): a pronoun that 'to' may take, unlike the bare adverb."""
    if words[at].low not in _PLACE_PRONOUNS or at + 1 >= len(words) or not words[at].joined:
        return False
    following = words[at + 1].low
    return following in _PLACE_MODIFIERS or (following.endswith("er") and "ADJ" in w.tags(following))


def _ends_phrase(doc: Document, words: list[Word], at: int) -> bool:
    """Whether the word before ``at`` ends its phrase: nothing joined follows it, or a preposition,
    conjunction, adverb or time word does ("went to home late", not "went to home buyers")."""
    if at >= len(words) or not words[at - 1].joined:
        return True
    if words[at].low in _TIME_AFTER:
        return True
    return sentence_tags(doc, words)[at] in _PHRASE_END_TAGS


_OUTING_AFTER = frozenset(
    """in at on with near around along by after before every last this next yesterday today tomorrow tonight
    together again once twice often regularly now later soon early late""".split()
)
"""Words after an activity that make 'go for/to' + the activity an outing ("goes for shopping in
town", "went to swimming every day"), where a share or a choice ends the clause or is coordinated
("the grant went to cycling and rowing", "I'd go for swimming.")."""


def _outing_follows(words: list[Word], at: int) -> bool:
    """Whether the word at ``at`` follows the activity, in its clause, and is of :data:`_OUTING_AFTER`."""
    if not (at < len(words) and words[at - 1].joined and words[at].low in _OUTING_AFTER):
        return False
    phrase = " ".join(word.low for word in words[at : at + 4])
    return not phrase.startswith(_SENTENCE_ADVERBIALS)


_SENTENCE_ADVERBIALS = (
    "in the end",
    "in the long run",
    "in the event",
    "in turn",
    "in part",
    "in full",
    "in effect",
    "in practice",
    "in theory",
    "at last",
    "at first",
    "at all",
    "by default",
    "by then",
    "after all",
    "before long",
    "now and then",
)
"""Phrases after the activity that qualify the whole clause, not an outing ('the prize went to sailing
in the end', 'the vote went to cycling after all')."""


def _ing_form(doc: Document, words: list[Word], at: int, after_object: bool = False, loose: bool = False) -> str | None:
    """The -ing form of the bare verb at ``at`` ("pay" → "paying"), or None when the word is no bare
    verb there: a word that is only a verb's base form, or one the tagger reads as one. After a
    pronoun object ("prevented me to go") 'to' can only be an infinitive's, and the tagger's reading
    is enough; elsewhere a word that is also a noun needs its own object ("insisted to pay the bill"),
    or, with ``loose`` (a head whose 'to' takes no noun: 'insist', 'worth', 'have difficulty'), a
    preposition or a conjunction of a verb's ("insisted to pay for it", "worth to visit if")."""
    word = words[at]
    if word.text != word.low or "VB" not in w.verb_tags(word.low) or w.verb_form(word.low, "VBG") is None:
        return None
    if w.tags(word.low) != {"VERB"}:
        # a noun too ("pay", "use", "video", "murder"): only a verb with its object ("to pay the bill")
        after = words[at + 1].low if word.joined and at + 1 < len(words) else ""
        verb_company = loose and after in _VERB_COMPANY and word.low not in _TO_NOUN_IDIOMS
        shows_verb = after in _OBJECT_STARTS or after_object or verb_company
        if not shows_verb or sentence_tags(doc, words)[at] != "VB":
            return None
    return w.verb_form(word.low, "VBG")


_VERB_COMPANY = frozenset("for after with at about if when because before while until".split())
"""What follows a bare verb that is also a noun and shows the verb after a head whose 'to' takes no
noun ("insisted to pay for", "difficulty to sleep after"; not 'that': "insisted to police that")."""
_TO_NOUN_IDIOMS = frozenset(
    """date work school court bed hand market power office trial order scale light life heart mind town
    church class table time sea death dinner lunch breakfast""".split()
)
"""Nouns of set phrases after 'to' ("difficulty to date", "succeeded to power in")."""


_OBJECT_STARTS = w.ARTICLES | w.POSSESSIVES | w.OBJECT_PRONOUNS
"""Words that open the object of a bare verb that may also be a noun ("to pay the bill", "to use it")."""


_NOUN_OBJECT_STARTS = w.ARTICLES | w.POSSESSIVES
"""Words that open a one-noun object between a verb and its preposition ("accused the man for")."""


def _only_after() -> dict[str, frozenset[str]]:
    """The forms of the heads all of whose entries name the words after the preposition ('go to
    home'), with those words: the common verbs of motion are sifted out on the flat list."""
    return _heads()[0]


def _following() -> dict[str, frozenset[str]]:
    """Each form of a head → the words that may follow it in a finding: its entries' wrong
    prepositions, and an object pronoun for an entry whose object may stand before them."""
    return _heads()[1]


def _object_heads() -> frozenset[str]:
    """The forms of the heads whose object may stand before their preposition and a gerund or a
    bare verb ("prevented the company to sell")."""
    return _heads()[2]


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str]]:
    """:func:`_only_after`, :func:`_following` and :func:`_object_heads`, made in one pass over the
    table (three passes cost every process that runs the rule some 3 ms)."""
    only_after: dict[str, frozenset[str]] = {}
    following: dict[str, frozenset[str]] = {}
    object_heads = []
    for form, items in collocations().items():
        if all(item.only_after and not item.object for item in items):
            only_after[form] = frozenset().union(*(item.only_after for item in items))
        if len(items) == 1 and not items[0].object:
            following[form] = items[0].wrong
        else:
            following[form] = frozenset().union(
                *(item.wrong | (w.OBJECT_PRONOUNS if item.object else frozenset()) for item in items)
            )
        if any(item.object and (item.gerund or item.infinitive) for item in items):
            object_heads.append(form)
    return only_after, following, frozenset(object_heads)


def _noun_object(words: list[Word], at: int, item: Collocation) -> int:
    """How many words (a determiner, maybe an adjective, and one noun) stand at ``at`` before one of
    the item's wrong prepositions other than 'of' ("accused the man for stealing", "accused the old
    man for stealing"); 0 if not so. Before a bare verb the noun must name people, who can do what
    follows ("prevented the tenants to keep pets"): after a thing 'to' is more often an infinitive of
    purpose ("prevent the fire to protect the homes")."""
    if at + 2 >= len(words) or words[at].low not in _NOUN_OBJECT_STARTS or "of" in item.wrong:
        return 0
    size = 2
    if (
        at + 3 < len(words)
        and "ADJ" in w.tags(words[at + 1].low)
        and "VERB" not in w.tags(words[at + 1].low)
        and words[at + 3].low in item.wrong
    ):
        size = 3  # an adjective before the noun ("the old man")
    noun, preposition = words[at + size - 1], words[at + size]
    if not all(word.joined for word in words[at : at + size]) or preposition.low not in item.wrong:
        return 0
    if item.infinitive and noun.low not in w.PERSON_NOUNS:
        return 0
    return size if "NOUN" in w.tags(noun.low) and "VBG" not in w.verb_tags(noun.low) else 0


def _relative_subject(doc: Document, words: list[Word], index: int) -> bool:
    """Whether the subject pronoun before the head at ``index`` follows a noun: a relative clause
    without 'that', whose gap is the head's object ("the rules we apply to a loan")."""
    if index < 2 or not words[index - 2].joined:
        return False
    return sentence_tags(doc, words)[index - 2] in ("NN", "NNS", "NNP", "NNPS")


_INDEFINITES = w.INDEFINITE_PRONOUNS


_CHANGE_NOUNS = frozenset(
    """rise rises fall falls drop drops increase increases decrease decreases decline declines growth gain gains
    loss losses cut cuts jump jumps surge surges slump dip dips change changes shift shifts improvement
    variation variations""".split()
)
"""Nouns of change, whose own 'in' names what changes ("a drop in return", "a rise in demand")."""


def _change_noun_before(words: list[Word], at: int) -> bool:
    """Whether the word at ``at``, joined to the 'in' after it, is a noun of change ("a drop in return
    of capital", "an increase in response of the market"): the phrase after 'in' is what changes."""
    if at < 1 or not words[at].joined or words[at].low not in _CHANGE_NOUNS:
        return False
    # a determiner before it, maybe an adjective between ("a drop", "the sharp rise"): the noun, not 'prices rise'
    return any(_determines(words, place) and all(word.joined for word in words[place:at]) for place in (at - 1, at - 2))


def _determines(words: list[Word], at: int) -> bool:
    return at >= 0 and words[at].low in w.DETERMINERS


def _noun_before(doc: Document, words: list[Word], at: int) -> bool:
    """Whether the word at ``at`` is a noun joined to the next word ("families in need", "a rise in
    search", "the amount owing")."""
    return at >= 0 and words[at].joined and sentence_tags(doc, words)[at] in ("NN", "NNS")


def _modifies_noun(doc: Document, words: list[Word], at: int) -> bool:
    """Whether the -ing word at ``at`` may modify the bare noun after it ("on opening night", "in
    moving images"), not take a determiner, a pronoun or an adverb ("succeeded on winning the
    prize", "thinking in moving to Spain", "achieving anything")."""
    if at + 1 >= len(words) or not words[at].joined or words[at + 1].low in _INDEFINITES:
        return False
    return sentence_tags(doc, words)[at + 1] in ("NN", "NNS")


def _name_holds(words: list[Word], at: int, nouns: frozenset[str]) -> bool:
    """Whether the name from ``at`` (capitalised words, with 'of' and 'the' inside) holds one of
    ``nouns`` ("Princeton College", "the University of Leeds")."""
    for i in range(at, min(at + 6, len(words))):
        if words[i].low in nouns:
            return True
        if not words[i].joined or not (words[i].text[:1].isupper() or words[i].low in ("of", "the")):
            return False
    return False


def _numbered(words: list[Word], at: int) -> bool:
    """Whether the capitalised word at ``at`` stands before a number ("Level 3", "Gate 12")."""
    return at + 1 < len(words) and words[at].joined and words[at + 1].text[:1].isdigit()


def _people_object(words: list[Word], at: int, item: Collocation) -> bool:
    """Whether a plural noun that names people stands alone at ``at`` before one of the item's wrong
    prepositions ("prevent tenants to keep pets", "discourage voters to come")."""
    if at + 1 >= len(words) or not words[at].joined or words[at + 1].low not in item.wrong:
        return False
    low = words[at].low
    return low in w.PERSON_NOUNS and (low in w.PLURAL_PERSONS or low.endswith("s"))


_COMPLEMENT_STARTS = frozenset("DT PDT PRP PRP$ JJ JJR JJS NN NNS NNP NNPS VBG".split())
"""Tags of a word that opens the noun phrase a head's preposition governs."""
_COMPLEMENT_ADVERBIALS = frozenset(
    "accord record extent degree blessing blessings consent permission approval ceremony pomp dot hilt core".split()
)
"""Nouns of set adverbials after a head ("of its own accord", "for the record", "to the extent",
"married with her parents' blessing")."""
_NOT_A_WORD_HEAD = frozenset("NN NNS NNP NNPS IN DT".split())
_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS
_NOUN_PHRASE_OPENERS = w.DETERMINERS | w.OBJECT_PRONOUNS
_SUBJECT_PRONOUNS = frozenset("i you we they he she it".split())
_DEGREE = frozenset("most least more less best worst".split())


_CRIME_DEGREES = frozenset(("attempted", "aggravated", "armed"))
"""Words before a crime's noun ('attempted murder', 'aggravated burglary', 'armed robbery')."""


def _complement(doc: Document, words: list[Word], index: int, at: int, item: Collocation) -> bool:
    """Whether the preposition at ``at`` opens the complement of the head at ``index`` (see
    :attr:`Collocation.complement`): "married with a doctor", not "married with two children",
    "kind on the whole", "the most famous of"."""
    start = at + 1
    if start >= len(words) or not words[at].joined:
        return False
    following = words[start].low
    if (
        words[at].low == "to"
        and following not in _NOUN_PHRASE_OPENERS
        and following not in item.nouns
        and "VB" in w.verb_tags(following)
    ):
        return False  # "ready to learn": most 'to' after a head is an infinitive's (sifted before tagging)
    tags = sentence_tags(doc, words)
    tag = tags[index]
    if item.verb and not tag.startswith("VB") and not (index and words[index - 1].low in _SUBJECT_PRONOUNS):
        return False  # (a verb after a subject pronoun whatever the tag: "they lack of time")
    if item.noun and (tag not in ("NN", "NNS") or (index and words[index - 1].low in ("and", "or"))):
        return False  # (a noun after 'and' may share another's preposition: "opportunities and threats for")
    if not (item.verb or item.noun) and tag in _NOT_A_WORD_HEAD:
        return False  # "a kind with red leaves": the noun, not the adjective
    if index > 0 and words[index - 1].low in _DEGREE and words[at].low == "of":
        return False  # "the most famous of them"
    if item.right == ("",) and item.verb and _object_before(words, tags, index):
        return False
    after_noun = tag == "VBN" and index > 0 and tags[index - 1] in ("NN", "NNS", "NNPS")
    if item.right == ("",) and after_noun and any(later in _FINITE_TAGS for later in tags[at + 1 :]):
        return False  # "the documents requested for the audit were sent": a participle after its noun
    if item.nouns and words[start].low in _CRIME_DEGREES and start + 1 < len(words) and words[start].joined:
        start += 1  # "charged for attempted murder": the crime's noun after its degree
    if not item.only_after and tags[start] not in _COMPLEMENT_STARTS:
        return False
    if words[at].low == "as" and _clause_follows(words, tags, start):
        return False  # "similar as the table shows": 'as' opens a clause
    if item.nouns:
        return _listed_noun(words, tags, start, item.nouns)
        # a listed noun is the slip's object, no adverbial ("answer to the last question"), and a
        # right preposition further on opens a phrase of its own ("an increase of crime in the city centre")
    if adverbial_phrase(words, tags, start) or _first_noun(words, tags, start) in _COMPLEMENT_ADVERBIALS:
        return False
    if item.only_after:
        return True  # the listed word is the complement: "good in maths at school" ('at' is school's)
    return not any(right and _elsewhere(words, index, right, tags) for right in item.right)


_CLAUSE_SUBJECT_TAGS = frozenset("DT PDT PRP PRP$ JJ JJR JJS CD NN NNS NNP NNPS POS".split())


def _clause_follows(words: list[Word], tags: list[str], start: int) -> bool:
    """Whether a verb may follow the noun phrase from ``start``: the word before it opens a clause
    ("as the report predicted", "as both sell shoes", "as the table shows": a word past the first
    that may be a finite verb counts, whatever its tag), not a phrase ("as the old one")."""
    for i in range(start, min(start + 6, len(words))):
        if i > start and (tags[i].startswith(("VB", "MD")) or w.may_be_finite(words[i].low)):
            return True
        if tags[i] not in _CLAUSE_SUBJECT_TAGS and not tags[i].endswith("+POS"):
            return False
        if not words[i].joined:
            return False
    return False


_GAP_WORDS = frozenset(
    "what which that thing things something anything everything nothing part parts aspect aspects one".split()
)
"""Words that stand for a verb's object before it ("what I enjoyed about Rome", "the things she
liked about him"): the preposition after the verb then opens a phrase of its own."""


def _object_before(words: list[Word], tags: list[str], index: int) -> bool:
    """Whether the verb at ``index`` has its object before it, or is a passive participle after a
    form of 'be' and an adverb ("was widely examined about"), so that what follows is no object."""
    if index >= 2 and words[index - 2].low in _BE and tags[index - 1] == "RB":
        return True
    subject = index - 2 if index >= 2 and tags[index - 1] == "RB" else index - 1
    if subject >= 1 and words[subject].low in _SUBJECT_PRONOUNS and tags[subject - 1] in ("NN", "NNS"):
        return True  # "the efficiency I once loved about the office": a relative clause without 'that'
    return any(word.low in _GAP_WORDS for word in words[max(index - 4, 0) : index])


_ADVERBS_AS_NOUNS = frozenset(
    """downtown uptown today tonight yesterday tomorrow overseas abroad home worldwide nationwide online offline
    daily weekly monthly yearly annually""".split()
)
"""Words after a noun that the tagger may read as a compound's head but that are adverbs of place
or time ("a decrease of violence downtown")."""
_PHRASE_TAGS = frozenset(("DT", "PRP$", "JJ", "CD", "PDT", "NN", "NNS", "POS"))
"""Tags of the words before a phrase's noun (and a possessive noun's own tag, "NN+POS": "his
brother's money")."""


def _first_noun(words: list[Word], tags: list[str], start: int) -> str:
    """The first noun of the phrase from ``start``, past determiners and adjectives ("" if none)."""
    at = _first_noun_at(words, tags, start)
    return "" if at is None else words[at].low


def _first_noun_at(words: list[Word], tags: list[str], start: int) -> int | None:
    """Where the first noun of the phrase from ``start`` stands (past a possessive noun: "her
    parents' blessing", "his brother's money"), or None."""
    for i in range(start, min(start + 4, len(words))):
        if tags[i] in ("NN", "NNS") and not words[i].low.endswith(("'", "'s", "’s")):
            return i
        if (tags[i] not in _PHRASE_TAGS and not tags[i].endswith("+POS")) or not words[i].joined:
            return None
    return None


def _listed_noun(words: list[Word], tags: list[str], start: int, nouns: frozenset[str]) -> bool:
    """Whether the first noun of the phrase from ``start`` is one of ``nouns`` and heads it: another
    noun after it makes it a modifier ("admitted in a college essay", "applied to the job market"),
    unless that one is listed too ("the exam results"), an adverb the tagger reads as a noun ("a
    decrease of violence downtown") or a past verb ("the demand of oil fell")."""
    at = _first_noun_at(words, tags, start)
    if at is None or words[at].low not in nouns:
        return _listed_last(words, tags, start, nouns)
    if at + 1 < len(words) and words[at].joined and tags[at + 1] in ("NN", "NNS"):
        following = words[at + 1].low
        return following in nouns or following in _ADVERBS_AS_NOUNS or "VBD" in w.verb_tags(following)
    # "arrived in the airport lounge": no bare verb follows the phrase's noun; it is a noun read as one
    return not (at + 1 < len(words) and words[at].joined and tags[at + 1] in ("VB", "VBP"))


_AFTER_PHRASE_NOUN = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "POS"))


def _listed_last(words: list[Word], tags: list[str], start: int, nouns: frozenset[str]) -> bool:
    """Whether a listed noun that the tagger did not read as the phrase's first noun ends the phrase
    from ``start``: one read as an adjective or a gerund ("open for the public", "absent to
    training"), or after a word read as a modifying noun ("into the burning warehouse")."""
    for i in range(start, min(start + 4, len(words))):
        if words[i].low in nouns and words[i].text == words[i].low:  # not a name ("the Church of …")
            return i + 1 >= len(words) or not words[i].joined or tags[i + 1] not in _AFTER_PHRASE_NOUN
        if (tags[i] not in _PHRASE_TAGS and tags[i] != "VBG") or not words[i].joined:
            return False
    return False


def _adjective_only_before_noun(word: Word) -> bool:
    """A word that may be an adjective, joined to the next word ('perfect', 'absolute')."""
    return word.joined and "ADJ" in w.tags(word.low)


def _excepted(words: list[Word], start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` follows at ``start`` ("similar with respect to"), or after one word
    that is only an adjective ("known with perfect precision", as "known with precision")."""
    for phrase in phrases:
        end = start + len(phrase)
        if end <= len(words) and all(words[start + i].low == part for i, part in enumerate(phrase)):
            return True
    if phrases and start + 1 < len(words) and _adjective_only_before_noun(words[start]):
        return _excepted(words, start + 1, phrases)
    return False


_PRESSING_VERBS = frozenset(
    """force forces forced forcing impose imposes imposed imposing push pushes pushed pushing foist foists
    foisted thrust thrusts inflict inflicts inflicted inflicting press presses pressed pressing""".split()
)
"""Verbs that put a thing 'on' someone ("force our beliefs on others"): the 'on' after their object is theirs."""


def _verb_takes_preposition(words: list[Word], index: int) -> bool:
    """The noun at ``index`` is the object of a verb of :data:`_PRESSING_VERBS` (a determiner or a
    possessive between), and 'on' or 'upon' follows it: the verb's preposition, not the noun's."""
    if index < 2 or index + 1 >= len(words) or words[index + 1].low not in ("on", "upon"):
        return False
    if words[index - 1].low not in w.DETERMINERS and words[index - 1].low not in w.POSSESSIVES:
        return False
    return words[index - 2].low in _PRESSING_VERBS and words[index - 2].joined and words[index - 1].joined


def _open_to_do(words: list[Word], index: int) -> bool:
    """'open to them to say so': 'open to' a person and then an infinitive, 'free to'."""
    return (
        index + 3 < len(words)
        and words[index + 1].low == "to"
        and words[index + 2].low in w.OBJECT_PRONOUNS
        and words[index + 3].low == "to"
    )


def _noun_after(previous: str, head: str) -> bool:
    """Whether a verb head stands as a noun after a determiner ("the stop of trading"); not a
    verb in -s after 'this' or 'that', which take no plural noun ("this stops us of achieving")."""
    if previous not in w.DETERMINERS:
        return False
    return not (previous in ("this", "that") and head.endswith("s") and not head.endswith("ss"))


def _gerund(low: str) -> bool:
    return low.endswith("ing") and "VBG" in w.verb_tags(low)


_NUMBER_WORDS = w.CARDINALS | frozenset(
    "one thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety".split()
)
_AGE_HAVE = {"has": "is", "have": "are", "had": "was"}
_PLURAL_SUBJECTS = frozenset("you we they".split())


_OLD = frozenset(("old",))


class HaveAge(GrammarRule):
    id = "grammar.have-age"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An age given with 'have': 'she has 25 years old' (she is 25 years old)."
    why = (
        "In English a person or thing *is* so many years old; 'have' with an age is carried over from "
        "languages that count years as possessions ('tiene 25 años', 'a 25 ans')."
    )
    bad = (
        "My sister has 25 years old.",
        "When I had ten years old, we moved.",
        "They have twenty-five years old and live in Lyon.",
    )
    good = (
        "My sister is 25 years old and has two children.",
        "He had 25 years of experience; the firm has 30-year-old machines.",
        "They have ten years to pay; the bridge has stood for 90 years.",
    )
    fixed = (
        "My sister is 25 years old.",
        "When I was ten years old, we moved.",
        "They are twenty-five years old and live in Lyon.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _OLD):
            if index < 3 or words[index - 1].low not in ("years", "year"):
                continue
            number, verb = words[index - 2], words[index - 3]
            if verb.low not in _AGE_HAVE or not _number(number.low):
                continue
            if not (verb.joined and number.joined and words[index - 1].joined):
                continue
            if index + 1 < len(words) and words[index].joined and _noun_next(words[index + 1].low):
                continue  # "have 25 years old trees": a (misspelt) compound modifier, not an age
            if doc.is_protected(verb.start, words[index].end):
                continue
            previous = words[index - 4].low if index >= 4 and words[index - 4].joined else ""
            be, safe = _AGE_HAVE[verb.low], verb.low == "has"
            if verb.low == "have" and previous == "i":
                be, safe = "am", True
            elif verb.low == "have":
                safe = previous in _PLURAL_SUBJECTS
            elif verb.low == "had":
                be = "were" if previous in _PLURAL_SUBJECTS else "was"
                safe = previous in _PLURAL_SUBJECTS or previous in ("i", "he", "she", "it")
            kept = doc.text[number.start : words[index].end]
            right = match_case(f"{be} {kept}", verb.text)
            yield self.finding(
                verb.start,
                words[index].end,
                f"An age takes 'be', not 'have': '{right}'.",
                suggestions=(right,),
                fix=FixSafety.SAFE if safe else FixSafety.UNSAFE,
            )


def _number(low: str) -> bool:
    return low.isdigit() or all(part in _NUMBER_WORDS for part in low.split("-"))


def _noun_next(low: str) -> bool:
    return "NOUN" in w.tags(low) and low not in w.PREPOSITIONS and low not in ("and", "but", "now", "today")


_STREET_WORDS = frozenset(
    """street st road rd avenue ave lane ln boulevard blvd drive dr way place pl square sq court ct
    terrace crescent close parade row hill gardens walk highway hwy parkway pkwy""".split()
)
"""The last word of a street's name ("Baker Street", "Main St", "Fifth Avenue")."""


_ON_IN = frozenset(("on", "in"))


class AddressPreposition(GrammarRule):
    id = "grammar.address-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'on' or 'in' before a street address with a house number: 'located on 12 Main Street' (at)."
    why = (
        "A street takes 'on' or 'in' ('a shop on Main Street', 'in Baker Street'), but an address with a "
        "house number is a point and takes 'at': 'at 12 Main Street', 'at 221B Baker Street'."
    )
    bad = (
        "The office is located on 1200 Market Street.",
        "They lived in 14 Elm Road for a decade.",
        "Our new shop opens on 55 Fifth Avenue next week.",
        "The clinic is located on 410 Harbour road.",
    )
    good = (
        "The office is located at 1200 Market Street, on Market Street near the park.",
        "They lived in Elm Road for a decade; in 1990 Main Street was paved.",
        "In 2004 Congress passed the act; on 12 May Street parties were held.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        if not _STREET_WORDS & doc.distinct_lows:
            return
        for words, index in occurrences(doc, _ON_IN):
            preposition = words[index]
            if preposition.text != preposition.low or index + 3 >= len(words) or not preposition.joined:
                continue
            number = words[index + 1]
            if not _house_number(number.text) or not number.joined:
                continue
            if not _street_name(words, index + 2):
                continue
            if doc.is_protected(preposition.start, number.end):
                continue
            yield self.replace_word(
                preposition,
                "at",
                f"An address with a house number takes 'at': 'at {number.text} …', not '{preposition.text}'.",
                FixSafety.UNSAFE,
            )


def _house_number(text: str) -> bool:
    """'12', '221B', '1200': a house number; not what reads as a year ('in 1990 Main Street was
    paved': a house number that looks like one is left alone)."""
    digits = text.rstrip("ABCDabcd")
    if not (0 < len(digits) <= 5 and digits.isdigit() and len(text) - len(digits) <= 1):
        return False
    return not (len(digits) == 4 and 1500 <= int(digits) <= 2099)


def _street_name(words: list[Word], start: int) -> bool:
    """One to three capitalised words joined to each other, the last of them a street word
    ("Main Street", "Great Suffolk St", "Fifth Avenue"; written in lower case after a name: "Main
    street"); not a month ("12 May Street parties"), nor
    a street name that qualifies a plural noun ("in 12 Main Street shops")."""
    for i in range(start, min(start + 3, len(words))):
        word = words[i]
        lower_street = i > start and word.low in _STREET_WORDS and word.text == word.low  # "11 Main street"
        if (not word.text[:1].isupper() and not lower_street) or word.low in _MONTHS:
            return False
        if i > start and word.low in _STREET_WORDS:
            after = words[i + 1] if word.joined and i + 1 < len(words) else None
            return after is None or not (after.text == after.low and w.is_plural_noun(after.low))
            # "in 12 Main Street shops": a count of shops, not an address
        if not word.joined:
            return False
    return False


_MONTHS = w.MONTHS


_VEHICLES = frozenset("train bus car plane taxi bike bicycle boat ship subway metro tram ferry".split())
_FLOOR_LEVELS = w.ORDINAL_WORDS | frozenset(
    "top ground bottom upper lower 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split()
)
_MEAN_FORMS = frozenset(("mean", "means", "meant", "meaning"))
"""Forms of 'mean': "it meant a lot for me" (:func:`_meant_for`)."""
_SET_TRIGGERS = (
    frozenset(
        ("vacation", "holiday", "page", "floor", "sight", "average", "christmas", "easter", "age", "way", "accident")
    )
    | _MEAN_FORMS
)
_SET_END_TAGS = frozenset("IN TO CC RB WDT WRB".split())
_SET_TIME_AFTER = frozenset("last next this every yesterday today tomorrow".split())
_PARTY_KINDS = frozenset(
    """birthday dinner office christmas garden house farewell leaving surprise pool tea cocktail costume
    fancy-dress hen stag engagement graduation wedding launch street block halloween slumber pyjama pajama
    housewarming""".split()
)
"""Words before 'party' that make it a gathering, not a political party ("in her birthday party")."""
_MET = frozenset("met meet meets meeting saw see seen danced dance sang sing kissed celebrated drunk drank".split())
"""Verbs of what happens at a gathering: "we met in a party" (at)."""
_AFTER_PARTY = frozenset(("", "in", "at", "last", "on", "and", "where", "when", "with"))
"""What may follow 'a party' that ends its phrase ("met in a party last year")."""
_ON_FEET = frozenset(
    """back stand stands stood standing stay stays stayed staying get gets got getting remain remains
    remained""".split()
)
"""Words before 'in my feet' that make it a posture ("stood in their feet all day": on), not a place
in the body ("pain in my feet")."""
_FEELINGS = frozenset(
    """surprise delight horror dismay amazement astonishment disappointment relief shock regret joy annoyance
    embarrassment chagrin""".split()
)
"""Nouns of a feeling that open a sentence with 'to' and a possessive: 'To my surprise,', 'To our
relief,'. 'In' is left alone ("In his excitement, he …" is a state), and 'much to' is right."""
_STANCE_NOUNS = {
    "view": "from",
    "viewpoint": "from",
    "standpoint": "from",
    "perspective": "from",
    "opinion": "in",
} | dict.fromkeys(_FEELINGS, "to")
"""Nouns of a stance adverbial opening a sentence, and the preposition each takes: 'From my point of
view,', 'From our standpoint,', 'In my opinion,', 'To my surprise,'."""
_FEELING_SLIPS = frozenset("at for on with by under".split())
_STANCE_PREPOSITIONS = frozenset("in on at for to by under with from".split())
_STANCE_MODIFIERS = frozenset("own personal humble honest great deep utter complete immense huge".split())
_BE_FORMS = w.BE_FORMS | {"being"}
_DIVIDING = frozenset(
    """divide divides divided dividing split splits splitting separate separates separated separating""".split()
)
"""Verbs of dividing: the parts they make take 'into' ("divided the class into three groups")."""
_PARTS = frozenset(
    """parts pieces groups sections halves thirds quarters teams categories chapters segments slices portions
    units blocks sets classes types kinds stages phases layers columns rows shares camps factions lots
    subgroups sub-groups bits chunks blocs""".split()
)
"""Plural nouns of the parts a whole is divided into (not places or spans: "divided opinion in two
countries", "split in two years")."""
_BARE_PHRASES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    noun: (right, frozenset(wrong.split()), frozenset(personal.split()))
    for noun, right, wrong, personal in (
        ("vacation", "on", "at", ""),
        ("holiday", "on", "at", ""),
        ("strike", "on", "in at", ""),
        ("fire", "on", "in", ""),
        ("sale", "on", "in", ""),
        ("display", "on", "in", ""),
        ("duty", "on", "in at", ""),
        ("leave", "on", "in", ""),
        ("risk", "at", "in", "on"),
        ("stake", "at", "in", "on"),
        ("fault", "at", "in", "on"),
        ("ease", "at", "in", "on"),
        ("danger", "in", "", "on"),
        ("love", "in", "at", "on"),
        ("shock", "in", "at", "on"),
        ("trouble", "in", "at", "on"),
        ("debt", "in", "at", "on"),
        ("tears", "in", "at", "on"),
    )
}
"""Bare nouns that make a predicate with one preposition after 'be' ("we are on vacation", "the house
was on fire", "she is at risk", "they were in shock"): noun → (its preposition, the slips reported
after any subject, the slips reported only after a personal pronoun). An 'on' is judged after a
person alone: after a thing it may give a topic ("the seminar is on risk", "his book is on love")."""
_BARE_GAP = frozenset("not n't still now currently already always never often all both also just".split())
"""Words that may stand between 'be' and the phrase ("we are still on vacation")."""
"""Verbs of setting out ("went in vacation", "go at holiday", "went in strike")."""
_GONE_NOUNS = frozenset(("vacation", "holiday", "strike", "leave"))
_TRANSLATING = frozenset("translate translates translated translating".split())
_LANGUAGES = frozenset(
    """english french spanish german italian chinese japanese russian arabic portuguese irish welsh greek
    turkish swedish norwegian korean vietnamese hungarian finnish icelandic latin hebrew hindi urdu dutch
    polish danish swahili persian farsi bengali punjabi mandarin cantonese czech romanian thai indonesian
    malay catalan basque tagalog ukrainian""".split()
)
"""Languages, which a text is translated 'into' ("translated the letter into English"; not "in English class")."""
_TRIPS = frozenset(
    "trip trips journey journeys tour tours cruise cruises voyage voyages excursion excursions honeymoon".split()
)
"""Outings one goes 'on' ("went on a trip", "met her on our honeymoon"), with :data:`_GONE_NOUNS`' holiday
and vacation after a verb of going."""
_JUDGED = (
    _SET_TRIGGERS
    | _TRIPS
    | _TRANSLATING
    | frozenset(_BARE_PHRASES)
    | _VEHICLES
    | frozenset(("party", "feet", "purpose", "foot", "charge", "influence"))
    | frozenset(_STANCE_NOUNS)
    | _DIVIDING
)


class SetPhrasePreposition(GrammarRule):
    id = "grammar.set-preposition"
    category = "grammar"
    severity = Severity.WARNING
    summary = "The wrong preposition in a set phrase: 'in vacation' (on), 'in page 12' (on), 'with train' (by)."
    why = (
        "Some nouns keep one preposition in a set phrase: 'on vacation', 'on holiday', 'on page 12', 'on the "
        "third floor', 'at first sight', 'on average', 'by train', 'at Christmas', 'at the age of 15', 'in the "
        "same way', 'by accident', 'on purpose', 'at a party', 'on my feet', and what matters to a person: 'it "
        "meant a lot to me'. A stance opening a sentence keeps its own: 'From my point of view,', 'In my "
        "opinion,', 'To my surprise,'; one goes 'on foot', is 'in charge of' a thing, divides a whole 'into' its "
        "parts, and has an influence 'on' people; after 'be' a bare noun "
        "keeps its own ('on strike', 'on fire', 'at risk', 'in shock'). The rule reports the phrase only where "
        "it ends there ('in "
        "holiday traffic', 'with train tickets', 'in average income', 'means a lot for the economy' are right); "
        "'in a party' only after a verb of meeting or with a word of a gathering ('at her birthday party'; "
        "'divisions in the party')."
    )
    bad = (
        "They are in vacation until Monday.",
        "The chart is in page 12.",
        "They live in the third floor.",
        "It was love on first sight.",
        "In average, a household spends more.",
        "We travelled with train to Paris.",
        "She left school in the age of 15.",
        "This trophy meant a lot for me, and she means so much for Tom.",
        "I deleted the whole file on accident while tidying up.",
        "I met my wife in a party in Brooklyn, and we danced in her birthday party.",
        "The nurses stood in their feet for twelve hours.",
        "For my point of view, the plan is too costly. On my opinion, it will work.",
        "He pushed her in purpose and laughed.",
        "For my surprise, the museum was free, and we walked there in foot.",
        "The teacher divided the pupils in four groups; the manager on charge of sales left.",
        "Video games have a strong influence in teenagers.",
        "We are still at vacation, the crew were in strike and the barn was in fire.",
        "Can you translate the letter in French?",
    )
    good = (
        "They are on vacation; the rise in holiday traffic was steep.",
        "The chart is on page 12; she lives on the third floor, in the third floor flat.",
        "It was love at first sight; the rise in average income slowed.",
        "We travelled by train with train tickets bought online.",
        "We live in the age of the internet, and she did it in the same way.",
        "They stayed in Christmas jumpers all day.",
        "It means a lot for the economy and meant nothing for it; it meant a lot to me.",
        "The firm spends more on accident prevention; a report on accident, injury and illness came out.",
        "There were divisions in the party; he met in a party meeting; she is in a party that backs the plan.",
        "She had pain in her feet; we met at a party; the shoes in their feet section sold out.",
        "The pain is in my feet, not my knees; the numbness was in her feet.",
        "From my point of view, it is fine; there was a change in my point of view, I admit.",
        "In my opinion, it is fine; thanks for your opinion, anyway.",
        "The two laws are alike in purpose; we sorted them by purpose.",
        "To my surprise, it was free; in her relief, she laughed; the rise in foot traffic helped.",
        "We split the bill in two, the band divided opinion in two countries, and he was held on charge of theft.",
        "The church has influence in the villages, and she has influence in student politics.",
        "The seminar is on risk, the union is in strike mode, and it is in fire that steel is made.",
        "The book was translated from French in 1990, and he translated it in English class.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _JUDGED):
            found = self._judge(doc, words, index)
            if found is not None and not doc.is_protected(found[0].start, found[1].end):
                start, end, right = found
                kept = doc.text[start.end : end.end]
                fixed = match_case(right, start.text) + kept
                yield self.finding(
                    start.start,
                    end.end,
                    f"The set phrase takes '{right}': '{fixed}'.",
                    suggestions=(fixed,),
                    fix=FixSafety.UNSAFE,
                )

    @staticmethod
    def _judge(doc: Document, words: list[Word], index: int) -> tuple[Word, Word, str] | None:
        low = words[index].low

        def word(at: int) -> str:
            return words[at].low if 0 <= at < len(words) and (at >= index or words[at].joined) else ""

        def ends(at: int) -> bool:
            if at + 1 >= len(words) or not words[at].joined:
                return True
            after = words[at + 1].low
            return after in _SET_TIME_AFTER or sentence_tags(doc, words)[at + 1] in _SET_END_TAGS

        if low in ("vacation", "holiday") and word(index - 1) == "in" and ends(index):
            return words[index - 1], words[index], "on"
        page = low == "page" and word(index - 1) == "in" and index + 1 < len(words) and words[index + 1].low.isdigit()
        if page and words[index].joined and ends(index + 1):
            return words[index - 1], words[index + 1], "on"
        floor = low == "floor" and word(index - 1) in _FLOOR_LEVELS and word(index - 2) == "the"
        if floor and word(index - 3) == "in" and (ends(index) or word(index + 1) == "of"):
            return words[index - 3], words[index], "on"
        if low == "sight" and word(index - 1) == "first" and word(index - 2) in ("on", "in"):
            return words[index - 2], words[index], "at"
        if low == "average" and word(index - 1) == "in" and not words[index].joined and index + 1 < len(words):
            return (
                (words[index - 1], words[index], "on")
                if doc.text[words[index].end : words[index].end + 1] == ","
                else None
            )
        if low in _VEHICLES and word(index - 1) == "with" and words[index].text == low and ends(index):
            return words[index - 1], words[index], "by"
        if (
            low in ("christmas", "easter")
            and word(index - 1) == "in"
            and words[index].text[:1].isupper()
            and ends(index)
        ):
            return words[index - 1], words[index], "at"
        if low == "age" and word(index - 1) == "the" and word(index - 2) == "in" and word(index + 1) == "of":
            number = word(index + 2)
            if w.is_numeral(number):
                return words[index - 2], words[index + 2], "at"
        same_way = low == "way" and word(index - 1) == "same" and word(index - 2) == "the" and word(index - 3) == "at"
        if same_way and word(index - 4) not in ("look", "looked", "looking", "looks"):
            return words[index - 3], words[index], "in"
        if low in _MEAN_FORMS:
            return _meant_for(words, index)
        if low == "party" and words[index].text == low:
            return _in_party(words, index)
        if (
            low == "feet"
            and word(index - 1) in w.POSSESSIVES
            and word(index - 2) == "in"
            and word(index - 3) in _ON_FEET
        ):
            return words[index - 2], words[index], "on"
        if low in _STANCE_NOUNS:
            return _stance_opening(doc, words, index)
        if low == "charge" and word(index - 1) == "on" and word(index + 1) == "of" and index > 1:
            if sentence_tags(doc, words)[index - 2] in ("NN", "NNS", "NNP"):
                return words[index - 1], words[index], "in"  # "the engineer on charge of", not "held on charge of"
            return None
        if low in _DIVIDING:
            return _divided_in(doc, words, index)
        if low in _TRANSLATING:
            return _translated_in(doc, words, index)
        if (
            (low in _TRIPS or low in ("holiday", "vacation"))
            and index > 2
            and (word(index - 2) in ("to", "in") or word(index - 3) in ("to", "in"))
            and words[index].text == low
            and ends(index)
        ):
            found = _trip_phrase(doc, words, index, word)
            if found is not None:
                return found
        if (
            low in _BARE_PHRASES
            and index > 1
            and _bare_slip(low, word(index - 1))
            and words[index].text == low
            and ends(index)
        ):
            return _bare_phrase(words, index, word)
        if low == "influence" and word(index + 1) == "in":
            return _influence_in(doc, words, index)
        if low == "foot" and word(index - 1) == "in" and words[index].text == low and ends(index) and index > 1:
            if (
                sentence_tags(doc, words)[index - 2] in ("VB", "VBD", "VBP", "VBZ", "RB")
                and word(index - 2) not in _BE_FORMS
                and word(index + 1) not in ("and", "or")
            ):
                return words[index - 1], words[index], "on"  # "we came here in foot", not "swelling in foot"
            return None
        if low == "purpose" and word(index - 1) == "in" and word(index - 2) in w.OBJECT_PRONOUNS and ends(index):
            if index > 2 and words[index].text == low and sentence_tags(doc, words)[index - 3].startswith("VB"):
                return words[index - 1], words[index], "on"  # "broke it in purpose", not "similar in purpose"
            return None
        if low == "accident" and word(index - 1) == "on" and words[index].text == low and ends(index):
            before, joined = word(index - 2), words[index].joined
            if (joined and word(index + 1) in ("and", "or", "of")) or before in _not_before_on_accident():
                return None  # "spending on accident and health cover", "focused on accident", "on accident of birth"
            comma = doc.text[words[index].end : words[index].end + 1] == ","
            if comma and sentence_tags(doc, words)[index - 2] in ("NN", "NNS", "NNP", "JJ"):
                return None  # "a report on accident, injury and illness"
            return words[index - 1], words[index], "by"
        return None


def _trip_phrase(
    doc: Document, words: list[Word], index: int, word: Callable[[int], str]
) -> tuple[Word, Word, str] | None:
    """'went to a trip', 'go in a cruise', 'met her in our honeymoon': a determiner (and a modifier)
    before an outing of :data:`_TRIPS` that ends its phrase (checked by the caller), after 'to' or
    'in' and a verb of going, or after 'in' and a possessive ('in his trip to Rome'): 'on'. Not
    'in our holiday' (British 'in the holidays'), nor 'the people in the tour' (its group)."""
    at = index - 1
    modifier = sentence_tags(doc, words)[at]
    if modifier in ("JJ", "JJR", "JJS", "NN") and word(at) not in w.DETERMINERS:
        at -= 1
    determiner, written = word(at), word(at - 1)
    if determiner not in w.ARTICLES and determiner not in w.POSSESSIVES:
        return None
    if written in ("to", "in") and word(at - 2) in w.GO_FORMS:
        return words[at - 1], words[index], "on"
    compound = at < index - 1 and modifier == "NN"
    if written == "in" and determiner in w.POSSESSIVES and words[index].low in _TRIPS and not compound:
        if word(at - 2) in _IN_GOVERNORS:
            return None  # "What is included in your trip?": the participle's 'in', not the outing's
        return words[at - 1], words[index], "on"  # not a compound: "deluded in his ego trip"
    return None


_IN_GOVERNORS = frozenset("included involved listed mentioned covered featured contained interested".split())
"""Participles whose own 'in' may stand before an outing ("included in your trip")."""


def _bare_slip(noun: str, written: str) -> bool:
    """Whether ``written`` is one of the slips of the bare noun (the cheap test before the tags)."""
    _right, wrong, personal = _BARE_PHRASES[noun]
    return written in wrong or written in personal


def _bare_phrase(words: list[Word], index: int, word: Callable[[int], str]) -> tuple[Word, Word, str] | None:
    """'We are at vacation', 'the house was in fire', 'he is on risk': 'be' (or a verb of setting out),
    a preposition and a bare noun of :data:`_BARE_PHRASES` that ends its phrase (checked by the caller),
    where the noun takes another preposition."""
    right, wrong, _personal = _BARE_PHRASES[words[index].low]
    written = word(index - 1)
    if word(index + 1) in w.RELATIVE_PRONOUNS:  # (the caller has checked the slip: :func:`_bare_slip`)
        return None  # "it is in fire that steel is made": a cleft
    at = index - 2
    if word(at) in _BARE_GAP:
        at -= 1
    verb = word(at)
    if verb in w.GO_FORMS and words[index].low in _GONE_NOUNS:
        return words[index - 1], words[index], right
    contracted = w.is_be_contraction(verb)
    if verb not in _BE_FORMS and not contracted:
        return None
    if written not in wrong:
        subject = verb.partition("'")[0] if contracted else word(at - 1)
        if subject not in w.PERSON_SUBJECTS:
            return None  # "the seminar is on risk": a topic
    return words[index - 1], words[index], right


def _translated_in(doc: Document, words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'translated the letter in English': a form of 'translate', its object (at most four words) or
    none, then 'in' and a language with its capital (:data:`_LANGUAGES`), or 'in plain English':
    'into'. The first preposition after the verb decides ("translated from French in 1990")."""
    for at in range(index + 1, min(index + 6, len(words) - 1)):
        if not words[at - 1].joined:
            return None
        low = words[at].low
        if low in w.PREPOSITIONS and low != "in":
            return None
        if low != "in":
            continue
        after = at + 2
        language = words[at + 1]
        if language.low == "plain" and after < len(words) and words[after].low == "english" and language.joined:
            language, after = words[after], after + 1
        if not (language.low in _LANGUAGES and language.text[:1].isupper() and words[at].text == "in"):
            return None
        if language.joined and after < len(words) and sentence_tags(doc, words)[after] not in _SET_END_TAGS:
            return None  # "translated it in English class": the language names something else
        return words[at], language, "into"
        return None
    return None


def _divided_in(doc: Document, words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'divided the class in three groups': a verb of dividing, its object (at most four words), then
    'in', a number and a plural noun of :data:`_PARTS`: 'into'. Not 'split in two' (no noun: accepted),
    nor a place or a span ("divided opinion in two countries", "split in two years")."""
    tags = sentence_tags(doc, words)
    for at in range(index + 1, min(index + 6, len(words) - 2)):
        if not words[at - 1].joined:
            return None
        if words[at].low != "in":
            continue
        number, noun = words[at + 1], words[at + 2]
        if not (number.joined and words[at].joined):
            return None
        counted = tags[at + 1] == "CD" or number.low in w.CARDINALS
        if not counted or noun.low not in _PARTS or noun.text != noun.low:
            return None
        if noun.joined and at + 3 < len(words) and tags[at + 3] not in ("IN", "CC", "TO", "WDT", ","):
            return None  # "split in two groups' worth": the plural is no head of its own
        return words[at], words[at + 2], "into"
    return None


_HAVE_FORMS = frozenset("have has had having".split())


def _influence_in(doc: Document, words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'has a huge influence in young people': an influence someone has falls 'on' people. Only after
    a form of 'have' (at most three words before the noun) and before a noun that names only people
    (maybe after adjectives), ending its phrase: 'influence in the region' is right, and so is 'an
    impact in older patients' (among them: 'impact' is left alone)."""
    for at in range(index - 1, max(index - 5, -1), -1):
        if not words[at].joined:
            return None
        if words[at].low in _HAVE_FORMS:
            break
    else:
        return None
    tags = sentence_tags(doc, words)
    at = index + 2
    while at < len(words) and tags[at] in ("JJ", "JJR") and words[at - 1].joined and at < index + 5:
        at += 1
    if at >= len(words) or not words[at - 1].joined or words[at].low not in w.PERSON_NOUNS | w.PLURAL_PERSONS:
        return None
    if words[at].joined and at + 1 < len(words) and tags[at + 1] not in ("IN", "CC", "TO", "WDT", "RB"):
        return None  # "influence in student politics": the person noun modifies another
    return words[index + 1], words[at], "on"


def _stance_opening(doc: Document, words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'For my point of view,', 'On my opinion,': a stance adverbial that opens the sentence, a
    possessive (and maybe 'own', 'personal') before its noun and a comma after it, with a preposition
    other than its own. Only there: inside a clause the preposition may belong to a word before it
    ("a change in my point of view", "respect for my opinion")."""
    noun = words[index]
    right = _STANCE_NOUNS[noun.low]
    head = index
    if noun.low == "view":
        if index < 2 or words[index - 1].low != "of" or words[index - 2].low != "point":
            return None
        head = index - 2
    if noun.joined or doc.text[noun.end : noun.end + 1] != "," or noun.text != noun.low:
        return None
    at = head - 1
    if at > 0 and words[at].low in _STANCE_MODIFIERS:
        at -= 1
    elif noun.low == "perspective":  # "In the psychological perspective,", "In an economic perspective,"
        tags = sentence_tags(doc, words)
        while at > 1 and tags[at] in ("JJ", "NN") and words[at].low not in w.DETERMINERS and at > head - 3:
            at -= 1
        if at > 0 and words[at].low in ("the", "a", "an") and words[at - 1].sentence_start:
            return (words[at - 1], noun, right) if words[at - 1].low in ("in", "on", "at") else None
    if at < 1 or words[at].low not in w.POSSESSIVES:
        return None
    preposition = words[at - 1]
    if not preposition.sentence_start or preposition.low not in _STANCE_PREPOSITIONS or preposition.low == right:
        return None
    if noun.low in _FEELINGS and preposition.low not in _FEELING_SLIPS:
        return None
    if not all(word.joined for word in words[at - 1 : index]):
        return None
    return preposition, noun, right


def _in_party(words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'in her birthday party', 'we met in a party': a gathering takes 'at'. A party that may be
    political ("divisions in the party", "a split in a party") only after a verb of meeting or
    dancing, and only 'a party' ending its phrase."""
    at = index - 1
    kind = at >= 0 and words[at].low in _PARTY_KINDS and words[at].joined
    if kind:
        at -= 1
    if at < 1 or words[at].low not in w.ARTICLES | w.POSSESSIVES or not words[at - 1].joined or not words[at].joined:
        return None
    preposition = words[at - 1]
    if preposition.text != "in":
        return None
    if kind:
        return preposition, words[index], "at"
    after = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
    if words[at].low != "a" or after not in _AFTER_PARTY:
        return None
    for before in range(at - 2, max(at - 7, -1), -1):  # "we met my future wife in a party"
        if not words[before].joined:
            break
        if words[before].low in _MET:
            return preposition, words[index], "at"
    return None


def _meant_for(words: list[Word], index: int) -> tuple[Word, Word, str] | None:
    """'meant a lot for me': what matters to a person takes 'to' ("it meant a lot to me"); 'for'
    stays before what is affected ("it means a lot for the economy")."""
    for size in (1, 2, 3):
        amount = " ".join(word.low for word in words[index + 1 : index + 1 + size])
        at = index + 1 + size
        if amount in _AMOUNTS_MEANT and at + 1 < len(words) and words[at].low == "for":
            person = words[at + 1]
            if all(word.joined for word in words[index : at + 1]) and (
                person.low in w.OBJECT_PRONOUNS - {"it"} or (person.capitalised and not person.sentence_start)
            ):
                return words[at], person, "to"
    return None


@lru_cache(maxsize=1)
def _not_before_on_accident() -> frozenset[str]:
    """Words before 'on accident' that make it a topic or a target ("focused on accident", "spent more on
    accident", "depend not on accident"), not a slip for 'by accident'; '' is the start of the sentence.
    Built on first use: the inflection tables are not loaded when the module is imported."""
    return frozenset(("", "the", "a", "an", "not")) | frozenset(
        form
        for lemma in "focus concentrate spend report comment work rely depend centre center insist dwell base".split()
        for forms in w.verb_inflections(lemma).values()
        for form in forms
    )


_AMOUNTS_MEANT = frozenset(("a lot", "so much", "everything", "the world", "a great deal", "much", "nothing"))


RULES = [WrongPreposition, HaveAge, AddressPreposition, SetPhrasePreposition]
