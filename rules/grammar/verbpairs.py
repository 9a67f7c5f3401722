"""Verb pairs told apart by the sentence pattern, not by the words around them: an object or none
("prices raised sharply" for "rose", "rise the price" for "raise"), the person who receives
("she learned me to swim" for "taught", "borrow him the money" for "lend"), what is taken and
from whom ("stole the store" for "robbed", "robbed my wallet" for "stole").

Every inflection of each verb comes from lemminflect (:func:`rules.grammar._words.verb_inflections`),
so "rose", "risen", "rises" and "rising" are all read as forms of "rise", and the correction keeps
the form: "rose the price" -> "raised the price". A rule starts from its verb's forms (a flat word
set, :func:`occurrences`) and reads only the few words next to each.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._clause_time import RELATIVES
from ._tagger import sentence_tags
from ._tokens import Word, match_case, occurrences
from ._tokens import after as _next
from .word_choice import after_subordinator

if TYPE_CHECKING:
    from lint._document import Document

_TAGS = ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")


@cache
def _forms(lemma: str) -> dict[str, str]:
    """Every form of a verb -> its Penn tag (the first one that names it: a past is VBD)."""
    found: dict[str, str] = {}
    table = w.verb_inflections(lemma)
    for tag in _TAGS:
        for form in table.get(tag, ()):
            found.setdefault(form, tag)
    if lemma == "learn":
        found.setdefault("learnt", "VBD")
    return found


def _form_set(*lemmas: str) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form in _forms(lemma))


def _swap(form: str, source: str, target: str, participle: bool = False) -> str:
    """The form of ``target`` with the tag ``form`` has as a form of ``source`` ("rose" -> "raised")."""
    tag = _forms(source).get(form.lower(), "VB")
    if tag == "VBD" and participle:
        tag = "VBN"
    if tag == "VBN" and not participle and form.lower() in w.verb_inflections(source).get("VBD", ()):
        tag = "VBD"
    forms = w.verb_inflections(target).get(tag) or w.verb_inflections(target)["VB"]
    return match_case(forms[0], form)


def _previous(words: list[Word], index: int, skip: frozenset[str] = w.MID_ADVERBS) -> int | None:
    """The index of the word before ``words[index]`` (joined to it), past adverbs such as 'never'."""
    at = index - 1
    while at >= 0 and words[at].joined:
        if words[at].low not in skip:
            return at
        at -= 1
    return None


def _run(words: list[Word], start: int, length: int) -> list[Word]:
    """Up to ``length`` words from ``start`` that are joined one to the next."""
    found: list[Word] = []
    at = start
    while at < len(words) and len(found) < length:
        found.append(words[at])
        if not words[at].joined:
            break
        at += 1
    return found


def _clause_ends_after(words: list[Word], index: int) -> bool:
    """Nothing joined follows ``words[index]``: the sentence ends, or a comma or a bracket comes."""
    return index + 1 >= len(words) or not words[index].joined


_BE = frozenset("am is are was were be been being 's 're 'm".split())


def _is_be_or_get(low: str) -> bool:
    """A form of 'be' or 'get', alone or contracted with its subject ("I'm", "she's", "they're")."""
    return low in _BE or low in _GET or low.replace("’", "'").endswith(("'m", "'re", "'s"))


_GET = frozenset("get gets got gotten getting".split())
_DO = frozenset("do does did don't doesn't didn't don’t doesn’t didn’t".split())
_VERB_BEFORE = w.MODALS | w.NEGATED_MODALS | _DO | frozenset("to not please".split())
"""Words after which a form that could be a noun ('rise', 'effect') is a verb."""
_OBJECT_DETERMINERS = w.ARTICLES | w.POSSESSIVES | frozenset("this that these those some any every all".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten twenty thirty forty fifty hundred half a about around "
    "nearly almost some roughly more over just".split()
)


def _starts_number(word: Word | None) -> bool:
    return word is not None and (word.low[:1].isdigit() or word.low[:1] in "$£€" or word.low in _NUMBER_WORDS)


def _passive_before(words: list[Word], index: int, reach: int = 3) -> bool:
    """A form of 'be' or 'get' among the few words before ``index`` ('was never told that')."""
    for at in range(index - 1, max(-1, index - 1 - reach), -1):
        if words[at].low in _BE or words[at].low in _GET:
            return True
        if not words[at].joined:
            return False
    return False


def _unsafe(rule: GrammarRule, word: Word, message: str, fixed: str) -> Finding:
    return rule.replace_word(word, fixed, message, FixSafety.UNSAFE)


# -- rise / raise --------------------------------------------------------------------------------

_RISE = _form_set("rise")
_RAISE = _form_set("raise")
_RISE_OR_RAISE = _RISE | _RAISE
_RAISED_THINGS = frozenset(
    """
    price prices tax taxes rate rates wage wages salary salaries rent rents fee fees tariff tariffs fare fares
    money funds fund capital cash awareness question questions concern concerns objection objections doubt
    doubts alarm eyebrows eyebrow hand hands voice voices flag flags glass glasses child children kid kids
    family families cattle livestock bar stakes limit limits ceiling minimum age standard standards profile
    morale expectations temperature pay pensions penalty penalties interest prices premiums premium
    """.split()
)
"""What is raised: after a form of 'rise' one of these is an object, so the verb is 'raise'."""
_BARE_RAISED = frozenset("money awareness capital cash interest pay morale".split())
_RISING_THINGS = frozenset(
    """
    price prices cost costs rate rates temperature temperatures level levels sea seas water waters tide tides
    sun moon smoke unemployment inflation number numbers figure figures sales share shares stock stocks
    profit profits wage wages rent rents tension tensions crime demand population cases deaths value values
    output index yields yield premiums debt debts river rivers lake floodwaters
    """.split()
)
"""What rises: before a form of 'raise' with no object, the verb is 'rise'."""
_NO_OBJECT_NEXT = frozenset(
    """
    sharply steadily slightly dramatically significantly rapidly quickly fast considerably substantially
    gradually again further steeply markedly sharpy modestly slowly
    """.split()
)
_TIME_NEXT = frozenset("overnight yesterday today tonight during after since last".split())
"""Times after 'raised' that leave it without an object ("the water raised overnight"), unless a verb
comes later: then 'raised' describes the noun ("the rates raised last year remain in force")."""
_PLACE_NEXT = frozenset("in every each".split())
_IN_ADVERBIALS = frozenset("turn part effect addition particular short fact".split())
"""More words after a present 'raise' with no object ("the sun raises in the east", "prices raise every
year"); after 'raised' only when no verb comes later ("the rents raised in May were too high")."""
_HAVE_MODAL = w.HAVE_FORMS | w.MODALS | w.NEGATED_MODALS | _DO


class RiseRaise(GrammarRule):
    id = "grammar.rise-raise"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Rise' with an object ('rise the price') or 'raise' with none ('prices raised sharply')."
    why = (
        "'Raise' takes an object: you raise prices, taxes, money, a question or children. 'Rise' takes "
        "none: prices rise, the sun rises, the water has risen. Reported: a form of 'rise' as a verb "
        "followed by something that is raised ('they will rise taxes', 'she rose the question'), and a "
        "form of 'raise' after something that rises with no object after it ('prices raised sharply', "
        "'temperatures have raised by 2 degrees'). 'Rising prices' and 'funds raised by the campaign' "
        "are right."
    )
    bad = (
        "The council will rise taxes next year.",
        "She rose the question at the meeting.",
        "Prices raised sharply last month.",
        "Temperatures have raised by 2 degrees since 1900.",
        "We are trying to rise awareness of the disease.",
        "The water level raised overnight after the rain.",
        "The sun raises in the east and sets in the west, and prices raise every year.",
    )
    good = (
        "Rising prices worry voters, and prices rose sharply last month.",
        "The rates raised last year remain in force; the rents raised since May were too high.",
        "The funds raised by the campaign paid for it; she raised the question.",
        "The sun rose the next morning. Rates raised by the bank hurt borrowers.",
        "Interest rates are expected to rise, and the council will raise taxes.",
        "The rents raised in May were too high; the money raised in the campaign helped.",
    )

    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _RISE_OR_RAISE):
            word = words[index]
            if word.low in _RISE:
                finding = self._rise_with_object(words, index, word)
            else:
                finding = self._raise_without_object(words, index, word)
            if finding is not None:
                yield finding

    def _rise_with_object(self, words: list[Word], index: int, word: Word) -> Finding | None:
        following = _next(words, index)
        if following is None:
            return None
        if following.low in _RAISED_THINGS and (following.low.endswith("s") or following.low in _BARE_RAISED):
            pass
        elif _starts_number(following) and following.low not in ("a", "about", "around", "over", "more", "some"):
            thing = _next(words, index + 1)  # "rose four children"
            if thing is None or thing.low not in _RAISED_THINGS:
                return None
        elif following.low in _OBJECT_DETERMINERS - {"all", "every"}:
            head = _run(words, index + 2, 2)
            if not head or not any(item.low in _RAISED_THINGS for item in head):
                return None
            # "rose the price of": the thing raised must end its phrase or be followed by a preposition
        else:
            return None
        previous = _previous(words, index)
        before = words[previous].low if previous is not None else ""
        low = word.low
        if low in ("rise",) and before not in _VERB_BEFORE and before not in w.PERSON_SUBJECTS:
            return None
        if low == "rises" and before not in ("he", "she", "it", "who", "that"):
            return None
        noun_before = previous is not None and "NOUN" in w.tags(before) and "ADJ" not in w.tags(before)
        if low == "rose" and before not in w.PERSON_SUBJECTS | {"it", "who", "that"} and not noun_before:
            return None  # "a rose the colour of wine": the flower
        if low == "risen" and before not in w.HAVE_FORMS:
            return None
        if low == "rising" and (before not in _BE or following.low not in _OBJECT_DETERMINERS):
            return None
        fixed = _swap(word.text, "rise", "raise", participle=low == "risen")
        return _unsafe(self, word, f"'{word.text}' takes no object: write '{fixed}' ('raise the price').", fixed)

    def _raise_without_object(self, words: list[Word], index: int, word: Word) -> Finding | None:
        low = word.low
        subject_at = index - 1
        helped = False
        helper = words[subject_at].low if subject_at >= 0 and words[subject_at].joined else ""
        if helper in _HAVE_MODAL or (helper in _BE and low == "raising"):
            subject_at -= 1
            helped = True
        elif low == "raising" or (low == "raise" and not (helper.endswith("s") and helper in _RISING_THINGS)):
            return None  # a bare 'raise' only after a plural that rises: "prices raise every year"
        if subject_at < 0 or not words[subject_at].joined or words[subject_at].low not in _RISING_THINGS:
            return None
        if subject_at > 0 and words[subject_at - 1].joined and words[subject_at - 1].low in w.PREPOSITIONS:
            return None  # "the cost of rates raised …"
        following = _next(words, index)
        if following is None:
            if not (helped or low == "raises"):
                return None
        elif following.low in _TIME_NEXT or following.low in _PLACE_NEXT:
            if following.low == "in" and _next_in(words, index + 1, _IN_ADVERBIALS):
                return None  # "prices raise in turn the cost of living": an object follows
            guarded = following.low in _TIME_NEXT or low == "raised"
            if guarded and any(w.only_finite(item.low) for item in _run(words, index + 1, 6)):
                return None  # "the rates raised last year remain in force", "the rents raised in May were"
        elif following.low not in _NO_OBJECT_NEXT and not (
            following.low in ("by", "to", "from", "above", "over") and _starts_number(_next(words, index + 1))
        ):
            return None
        participle = helped and words[index - 1].low in w.HAVE_FORMS
        fixed = _swap(word.text, "raise", "rise", participle=participle)
        return _unsafe(
            self, word, f"Nothing is raised here: write '{fixed}' ('prices rose'; 'raise' takes an object).", fixed
        )


# -- teach / learn -------------------------------------------------------------------------------

_LEARN = _form_set("learn")
_TAUGHT_PERSONS = frozenset("me him her us them".split())
_LESSON_NOUNS = frozenset("lesson thing trick few".split())


class TeachLearn(GrammarRule):
    id = "grammar.teach-learn"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Learn' with the person taught: 'she learned me to swim' for 'taught me'."
    why = (
        "You learn a thing; someone teaches it to you. 'Learn' followed by the person and what is "
        "taught ('learned me to swim', 'learn them how to cook', 'learnt us a lesson') is 'teach'. "
        "'Learned them by heart' (the words) and 'learned it from her' are right."
    )
    bad = (
        "My father learned me to swim.",
        "She will learn them how to cook.",
        "That storm learnt us a lesson.",
        "He is learning her about computers.",
        "The school learns the children three languages, and she learned our students how to cook.",
    )
    good = (
        "My father taught me to swim; I learned to swim from him.",
        "I learned them by heart, and I learned them the hard way.",
        "She learned her lines; he learned her name; we learned from them how to cook.",
        "We learned the children's names; the staff learned the class to be a handful.",
        "They learned the team two days ago.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LEARN):
            word = words[index]
            person = _next(words, index)
            if person is not None and _taught_group(words, index):
                fixed = _swap(word.text, "learn", "teach")
                message = f"The people taught follow 'teach': write '{fixed} {person.text} …'."
                yield _unsafe(self, word, message, fixed)
                continue
            if person is None or person.low not in _TAUGHT_PERSONS | {"you"}:
                continue
            after = _next(words, index + 1)
            if after is None or (person.low == "you" and after.low not in ("to", "how")):
                continue
            taught = after.low in ("to", "how", "about") or (after.low == "everything" and person.low != "her")
            if not taught and after.low in ("a", "the"):
                lesson = _run(words, index + 3, 2)
                taught = any(item.low in _LESSON_NOUNS for item in lesson) and person.low != "her"
            if not taught or (after.low == "to" and _next(words, index + 2) is None):
                continue
            fixed = _swap(word.text, "learn", "teach")
            yield _unsafe(
                self,
                word,
                f"The person taught follows 'teach': write '{fixed} {person.text}' ('learn' is what the pupil does).",
                fixed,
            )


_GROUP_OPENERS = frozenset("the our my your his her their these those".split())
_PUPILS = frozenset(
    """
    children kids pupils students class boys girls learners trainees recruits apprentices staff team
    players son daughter sons daughters grandchildren
    """.split()
)
"""People who are taught ('learned the children to swim'); their names and lines are learnt ('learned
the children's names')."""


def _taught_group(words: list[Word], index: int) -> bool:
    """'learn' + a group of pupils + 'to', 'how', 'about' or a number: "learns the children three
    languages", "learned our students how to cook"."""
    group = _run(words, index + 1, 3)
    if len(group) < 3 or group[0].low not in _GROUP_OPENERS or group[1].low not in _PUPILS:
        return False
    after = group[2].low
    following = _next(words, index + 3)
    if after == "to":
        return (
            following is not None
            and "VERB" in w.tags(following.low)
            and following.low not in w.DETERMINERS
            and following.low not in ("be", "have")  # "learned the class to be a handful": found it
        )
    if after in w.CARDINALS:
        return following is not None and following.low not in _SPANS  # not "learned the team two days ago"
    return after in ("how", "about")


_SPANS = frozenset("days weeks months years hours minutes times seasons games matches".split())


# -- lend / borrow -------------------------------------------------------------------------------

_BORROW = _form_set("borrow")
_LEND = _form_set("lend")
_BORROW_OR_LEND = _BORROW | _LEND
_LENT_THINGS = frozenset("a an the some my your his their our money cash any enough".split())
_TO_PERSONS = frozenset("me him us them".split())
_LENDERS = frozenset(
    """
    friend friends brother brothers sister sisters father mother dad mum mom parents family neighbour
    neighbours neighbor neighbors bank banks colleague colleagues cousin uncle aunt roommate flatmate
    him her them me us you boss grandmother grandfather grandma grandpa
    """.split()
)
_LEND_IDIOMS = frozenset("hand hands ear ears support voice name weight credence credibility".split())


_BORROWED_TIME = frozenset("minute moment second sec few while bit hour".split())
"""What 'a' opens after 'borrow you' when the person is the one borrowed: 'Can I borrow you a minute?'."""


def _thing_lent_to(words: list[Word], person: int) -> bool:
    """'borrow you a bike', 'borrow me an umbrella': 'you' or 'me', then 'a' and a thing, is the one
    who receives (not 'borrow you a minute', where 'you' is the one borrowed)."""
    article, thing = _next(words, person), _next(words, person + 1)
    return (
        article is not None
        and article.low in ("a", "an")
        and thing is not None
        and thing.low not in _BORROWED_TIME
        and words[person].joined
    )


class LendBorrow(GrammarRule):
    id = "grammar.lend-borrow"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Borrow' for 'lend' ('borrow him the money', 'borrowed my car to her') and the reverse."
    why = (
        "You borrow from someone; they lend to you. 'Borrow' with the person who receives ('borrow him "
        "the money', 'I borrowed my car to them') is 'lend'; 'lend' with the person it comes from ('I "
        "lent some money from my brother', 'can I lend your pen?') is 'borrow'. 'Can I borrow you for a "
        "minute?' and 'lend a hand' are right."
    )
    bad = (
        "Could you borrow him the money?",
        "I borrowed my car to them for the weekend.",
        "We lent the money from my brother.",
        "Can I lend your pen for a moment?",
        "We can borrow you a bike for the day, and could you borrow me an umbrella?",
    )
    good = (
        "Could you lend him the money? I borrowed it from my brother.",
        "Can I borrow you for a minute? Can I borrow her car?",
        "She lent me a book from her library. Can I lend you a hand?",
        "We borrowed money to buy the house; can I lend your team a hand?",
        "Can I borrow you a minute? Could I borrow you for a second?",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _BORROW_OR_LEND):
            word = words[index]
            if word.low in _BORROW:
                message = self._borrow_for_lend(words, index)
                source, target = "borrow", "lend"
            else:
                message = self._lend_for_borrow(words, index)
                source, target = "lend", "borrow"
            if message:
                fixed = _swap(word.text, source, target)
                yield _unsafe(self, word, message.format(fixed=fixed), fixed)

    def _borrow_for_lend(self, words: list[Word], index: int) -> str:
        person = _next(words, index)
        if person is None:
            return ""
        if person.low in ("him", "her", "us", "them"):
            thing = _next(words, index + 1)
            if thing is not None and (thing.low in _LENT_THINGS or _starts_number(thing)) and thing.low != "a":
                return "The person who receives follows 'lend', not 'borrow': write '{fixed}'."
            if thing is not None and thing.low == "a" and person.low != "her":
                return "The person who receives follows 'lend', not 'borrow': write '{fixed}'."
        if person.low in ("you", "me") and _thing_lent_to(words, index + 1):
            return "The person who receives follows 'lend', not 'borrow': write '{fixed}'."
        # "borrowed my car to them": what is lent, then 'to' and a person
        run = _run(words, index + 1, 5)
        for at, item in enumerate(run[:4]):
            if item.low == "to" and at > 0:
                person = run[at + 1] if at + 1 < len(run) else None
                her_alone = person is not None and person.low == "her" and _her_alone(words, person)
                if person is not None and (person.low in _TO_PERSONS or her_alone):
                    return "What goes to someone else is lent: write '{fixed}' ('lend it to them')."
                return ""
            if item.low not in _LENT_THINGS and item.low not in ("it", "them") and at > 0 and not _noun_like(item):
                return ""
        return ""

    def _lend_for_borrow(self, words: list[Word], index: int) -> str:
        word = words[index]
        previous = _previous(words, index)
        if previous is None:
            return ""
        before = words[previous].low
        following = _next(words, index)
        if following is None:
            return ""
        asking = before in ("i", "we") and previous > 0 and words[previous - 1].low in ("can", "could", "may", "might")
        if asking and word.low == "lend" and following.low in ("your", "his", "their"):
            rest = _run(words, index + 2, 3)
            if rest and not any(item.low in _LEND_IDIOMS for item in rest):
                return "You ask to borrow what is someone else's: write '{fixed}'."
        if before not in w.PERSON_SUBJECTS and not (
            before in w.MODALS | _DO | {"to"} and previous > 0 and words[previous - 1].low in w.PERSON_SUBJECTS
        ):
            return ""
        if following.low in w.OBJECT_PRONOUNS or following.low in _LEND_IDIOMS:
            return ""  # "lent me a book from …": the person who receives
        run = _run(words, index + 1, 5)
        for at, item in enumerate(run):
            if item.low == "from" and at > 0:
                rest = run[at + 1 : at + 3]
                if rest and (rest[0].low in _LENDERS or (len(rest) > 1 and rest[1].low in _LENDERS)):
                    return "What comes from someone else is borrowed: write '{fixed}' ('borrow it from …')."
                return ""
            if item.low in ("to", "for", "and", "but", "so"):
                return ""
        return ""


_AFTER_HER = frozenset("yesterday today last for and on at in without again once twice".split())


def _her_alone(words: list[Word], her: Word) -> bool:
    """'her' as the person, not a possessive: at the end of its phrase ('lent the book to her yesterday')."""
    at = words.index(her)
    return not her.joined or at + 1 >= len(words) or words[at + 1].low in _AFTER_HER


def _noun_like(word: Word) -> bool:
    return "NOUN" in w.tags(word.low) or word.low in ("money", "cash")


# -- rob / steal ---------------------------------------------------------------------------------

_ROB = _form_set("rob")
_STEAL = _form_set("steal")
_ROB_OR_STEAL = _ROB | _STEAL
_POSSESSIONS = frozenset(
    """
    wallet wallets purse purses money cash phone phones watch watches jewellery jewelry jewels passport
    passports handbag handbags laptop laptops bike bikes bicycle bicycles valuables belongings luggage
    suitcase suitcases camera cameras necklace necklaces ring rings diamonds gold savings identity
    """.split()
)
_VICTIMS = frozenset(
    """
    store stores shop shops supermarket supermarkets pharmacy jeweller jewellers jeweler jewelers casino
    casinos tourist tourists passenger passengers pensioner pensioners traveller travellers traveler
    travelers pedestrian pedestrians stagecoach stagecoaches man men woman women lady ladies neighbour
    neighbours neighbor neighbors bank banks
    """.split()
)
_VICTIM_PRONOUNS = frozenset("me him her us them".split())
_AFTER_PHRASE = frozenset(
    "of at in on and while last yesterday with at during before after near outside downtown today tonight "
    "overnight again twice".split()
)
_POSSESSIVE_OF = w.POSSESSIVES | frozenset(("all", "everything"))


def _owner(doc: Document, words: list[Word], index: int) -> bool:
    """A word of the object group after 'stole' owns what follows with an apostrophe ("stole the
    local shops' customers"): the victim is not the object."""
    return any(doc.text[word.end : word.end + 1] in ("'", "\u2019") for word in _run(words, index + 1, 4))


class RobSteal(GrammarRule):
    id = "grammar.rob-steal"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Steal' a person or a place ('stole the store') or 'rob' a thing ('robbed my wallet')."
    why = (
        "You steal a thing; you rob a person or a place (of a thing). 'Stole a shop', 'steal tourists', "
        "'stole him of his savings' are 'rob'; 'robbed my wallet' and 'my phone was robbed' are "
        "'stole' and 'stolen'. 'Stole from the shop' and 'robbed him of his wallet' are right."
    )
    bad = (
        "Two men stole a jewellery shop last night.",
        "Thieves robbed my wallet on the train.",
        "They stole him of his savings.",
        "My passport was robbed at the airport.",
        "Thieves stole the old man in the park, and two men stole a bank in Leeds.",
    )
    good = (
        "Two men robbed a jewellery shop; they stole from the shop.",
        "Thieves stole my wallet, and they robbed him of his wallet.",
        "The film stole the show; she stole the hearts of her fans.",
        "They stole a shop sign and a tourist map.",
        "She stole the man's heart; he stole a woman's purse; they stole the bank's records.",
        "He stole the girl from his best friend; the app stole customers.",
        "The supermarket stole the local shops' customers.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ROB_OR_STEAL):
            word = words[index]
            if word.low in _ROB:
                if self._robbed_thing(words, index) or self._thing_was_robbed(words, index):
                    fixed = _swap(word.text, "rob", "steal", participle=self._thing_was_robbed(words, index))
                    yield _unsafe(self, word, f"A thing is stolen, a person robbed: write '{fixed}'.", fixed)
            elif self._stolen_victim(words, index) and not _owner(doc, words, index):
                fixed = _swap(word.text, "steal", "rob")
                yield _unsafe(self, word, f"A person or a place is robbed, a thing stolen: write '{fixed}'.", fixed)

    def _robbed_thing(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is None:
            return False
        at = index + 1
        if following.low in w.POSSESSIVES | {"the", "a", "an", "some", "all"}:
            at += 1
        if at >= len(words) or (at > index + 1 and not words[at - 1].joined):
            return False
        thing = words[at]
        if thing.low not in _POSSESSIONS:
            return False
        if at + 1 < len(words) and thing.joined and words[at + 1].low == "of":
            return False  # "rob your wallet of your cash": the wallet is robbed
        return (
            at + 1 >= len(words)
            or not thing.joined
            or "NOUN" not in w.tags(words[at + 1].low)
            or (words[at + 1].low in _AFTER_PHRASE)
        )

    def _thing_was_robbed(self, words: list[Word], index: int) -> bool:
        if words[index].low != "robbed" or index < 2:
            return False
        be = words[index - 1]
        if be.low not in ("was", "were", "got", "been") or not be.joined:
            return False
        thing_at = index - 2
        if words[thing_at].low == "has" or words[thing_at].low == "have":
            thing_at -= 1
        if thing_at < 1 or not words[thing_at].joined or words[thing_at].low not in _POSSESSIONS:
            return False
        owner = words[thing_at - 1]
        return owner.joined and owner.low in w.POSSESSIVES | {"the"}

    def _stolen_victim(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is None:
            return False
        if following.low in _VICTIM_PRONOUNS:
            of = _next(words, index + 1)
            owner = _next(words, index + 2)
            return of is not None and of.low == "of" and owner is not None and owner.low in _POSSESSIVE_OF
        at = index + 1
        if following.low in ("a", "an", "the", "this", "that", "several", "two", "three"):
            at += 1
            if at < len(words) and words[at - 1].joined and words[at].low not in _VICTIMS and words[at].joined:
                at += 1  # one word before the head: "a jewellery shop", "a local store"
        if at >= len(words) or not words[at - 1].joined or words[at].low not in _VICTIMS:
            return False
        return at + 1 >= len(words) or not words[at].joined or words[at + 1].low in _AFTER_PHRASE


# -- tell / say ----------------------------------------------------------------------------------

_TOLD = frozenset(("told", "telling"))
_CLAUSE_SUBJECTS = frozenset("i you he she we they it there the a an his her their our my its this these those".split())
_TELLERS = frozenset("legend story tradition history myth".split())


class ToldThat(GrammarRule):
    id = "grammar.told-that"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Told that …' with no one told: 'he told that he would come' for 'said' (or 'told us')."
    why = (
        "'Tell' names the person told ('he told us that he would come'); with no person, the verb is "
        "'say' ('he said that he would come'). Reported: 'told' or 'telling' straight before 'that' and "
        "a clause, not in the passive ('I was told that …' is right) and not 'told that story'."
    )
    bad = (
        "He told that he would come on Monday.",
        "The minister told that the plan was ready.",
        "She kept telling that there was no money.",
    )
    good = (
        "He told us that he would come. I was told that the plan was ready. I'm told that he left.",
        "She told that story again; he has never told that to anyone.",
        "We were never told that there was a problem; you are being told that it is over.",
        "It is telling that the minister stayed away; most telling that day was the silence.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _TOLD):
            word = words[index]
            that = _next(words, index)
            if that is None or that.low != "that":
                continue
            subject = _next(words, index + 1)
            if subject is None or subject.low not in _CLAUSE_SUBJECTS:
                continue
            passive = word.low == "told" and _passive_before(words, index, 8)
            if passive or (index > 0 and words[index - 1].low in _TELLERS):
                continue
            previous = _previous(words, index)
            if word.low == "told" and previous is not None and _is_be_or_get(words[previous].low):
                continue  # "we were told that", "I'm told that": a passive
            if word.low == "telling" and not _telling_people(words, previous):
                continue  # "it is telling that …": revealing
            fixed = _swap(word.text, "tell", "say")
            yield _unsafe(
                self,
                word,
                f"No one is told here: write '{fixed} that' (or name the person: '{word.text} us that').",
                fixed,
            )


_KEEP = frozenset("keep keeps kept keeping start starts started stop stopped".split())


def _telling_people(words: list[Word], previous: int | None) -> bool:
    """'telling' as a person's act ('she was telling that', 'they kept telling that'), not the
    adjective ('it is telling that', 'most telling that')."""
    if previous is None:
        return False
    before = words[previous].low
    if before in _KEEP:
        return True
    return before in _BE and previous > 0 and words[previous - 1].low in w.PERSON_SUBJECTS


# -- listen / hear -------------------------------------------------------------------------------

_LISTEN = _form_set("listen")
_HEAR = _form_set("hear")
_LISTEN_OR_HEAR = _LISTEN | _HEAR
_LISTENED_DETERMINERS = w.ARTICLES | frozenset("my your his their our these those some".split())
_NOT_LISTENED = frozenset(
    """
    time day days night week weekend morning evening afternoon hour hours minute minutes moment while way
    year month rest whole entire radio news song music podcasts same next last other
    """.split()
)
"""Times ('listen the whole time'), and what the expression list already names ('listen the radio')."""
_HEARD_TO = frozenset("the a my your his their our me him us them what this these those".split())
_SOUNDS = frozenset(
    """
    music songs jazz rock pop rap opera podcasts audiobooks records albums tunes melodies noises sounds
    voices birdsong lectures hymns ballads symphonies
    """.split()
)
"""Things heard, which a bare 'listen' cannot take even after adjectives ("listening loud music",
"listen classical music"); the expression list names 'listen music' and 'listen songs' alone."""
_NOT_SOUND_MODIFIERS = frozenset("to carefully closely hard again more intently attentively".split())


def _bare_object(words: list[Word], index: int, determiners: frozenset[str], not_objects: frozenset[str]) -> bool:
    """A noun phrase straight after the verb ``words[index]`` (a determiner, then a noun within two
    words), not a sentence's first word ("Listen the …" is often "Listen, the …") nor a noun ("a listen")."""
    following = _next(words, index)
    if following is None or following.low not in determiners:
        return False
    if index == 0 or words[index - 1].low in w.DETERMINERS:
        return False
    head = _run(words, index + 2, 2)
    if not head or head[0].low in not_objects or not words[index + 1].joined:
        return False
    return "NOUN" in w.tags(head[0].low) or (
        len(head) > 1 and "NOUN" in w.tags(head[1].low) and head[1].low not in not_objects
    )


def _modified_sound(words: list[Word], index: int) -> bool:
    """'listen' + one or two adjectives + a sound ("listening loud music", "listen old jazz records"):
    no determiner, and every word between is an adjective that is not a noun or an adverb of manner."""
    if index == 0 or words[index - 1].low in w.DETERMINERS or after_subordinator(words, index):
        return False  # "When you listen old records sound warmer": the clause ends after 'listen'
    run = _run(words, index + 1, 3)
    for at, word in enumerate(run):
        if word.low in _SOUNDS:
            if at + 1 < len(run) and run[at + 1].low in _SOUNDS:
                continue  # a genre before its sound: "pop music"
            return at > 0
        tags = w.tags(word.low)
        if word.low in _NOT_SOUND_MODIFIERS:
            return False
        if word.low not in _SOUND_ADJECTIVES and not ("ADJ" in tags and tags <= w.NOUN_OR_ADJECTIVE):
            return False
    return False


_SOUND_ADJECTIVES = frozenset("loud live".split())
"""Adjectives of sound that the word tables also list as adverbs ('listening loud music')."""


class ListenTo(GrammarRule):
    id = "grammar.listen-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Listen' without 'to' before what is heard ('listen the speech'), or 'hear to'."
    why = (
        "'Listen' takes 'to' before what is listened to ('listen to the speech'); 'hear' takes no 'to' "
        "('hear the speech'). 'Listen the whole time' (a time) and 'Listen, the train is late' are right."
    )
    bad = (
        "We listened the speech on the radio.",
        "You should listen your teacher.",
        "I could not hear to the speaker at the back.",
        "They were listening a new album.",
        "The teenagers were listening loud music in the car, and he listens classical music.",
    )
    good = (
        "We listened to the speech; we listened the whole time.",
        "Listen, the train is late. Give it a listen.",
        "I could not hear the speaker; it was nice to hear, to be honest.",
        "She was heard to say it.",
        "Listen carefully, loud music is playing; they listen hard; we listened to loud music.",
        "When you listen old records sound warmer; the more you listen the better music sounds.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LISTEN_OR_HEAR):
            word = words[index]
            following = _next(words, index)
            if following is None:
                continue
            if word.low in _HEAR:
                if following.low != "to" or (
                    word.low == "hearing" and index > 0 and words[index - 1].low in (w.DETERMINERS)
                ):
                    continue
                heard = _next(words, index + 1)
                if heard is None or heard.low not in _HEARD_TO:
                    continue
                third = _next(words, index + 2)
                if heard.low == "the" and third is not None and third.low in ("radio",):
                    continue
                fixed = _swap(word.text, "hear", "listen")
                yield self.finding(
                    word.start,
                    following.end,
                    f"'Hear' takes no 'to': write '{word.text}' alone, or '{fixed} to'.",
                    suggestions=(word.text, f"{fixed} to"),
                    fix=FixSafety.UNSAFE,
                )
                continue
            if not _bare_object(words, index, _LISTENED_DETERMINERS, _NOT_LISTENED) and not _modified_sound(
                words, index
            ):
                continue
            if after_subordinator(words, index):
                continue  # "The more you listen the better music sounds": the clause ends after 'listen'
            yield self.replace_word(
                word,
                f"{word.text} to",
                f"'Listen' takes 'to' before what is heard: '{word.text} to {following.text} …'.",
                FixSafety.UNSAFE,
            )


_WAIT = _form_set("wait")
_WAITED_DETERMINERS = frozenset("the your my his her their our this these those".split())
_NOT_WAITED = _NOT_LISTENED - {"radio", "news", "song", "music", "podcasts"} | frozenset(
    "turn turns tables table chance length period duration one same full best".split()
)
"""A time ('wait the whole day'), 'wait your turn', 'wait tables': 'wait' without 'for' is right."""
_WAITED_PERSONS = frozenset("me him us them you".split())


def _waited_person(words: list[Word], index: int) -> bool:
    """'I am waiting you', 'we waited him for hours': a person straight after 'wait' (not at a
    sentence's start, "Wait, you …", nor a subject with its verb, "if you cannot wait you should";
    'wait you out' is the rule's own exception)."""
    following = _next(words, index)
    if index == 0 or following is None or following.low not in _WAITED_PERSONS or not words[index].joined:
        return False
    after = _next(words, index + 1)
    return after is None or not w.may_be_finite(after.low)  # "if you cannot wait you should book": a clause


class WaitFor(GrammarRule):
    id = "grammar.wait-for"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Wait' without 'for' before what is awaited: 'we are waiting your reply'."
    why = (
        "'Wait' takes 'for' before what is awaited ('wait for the results'), or use 'await' ('await the "
        "results'). 'Wait your turn', 'wait tables' and a time ('wait the whole day') are right."
    )
    bad = (
        "We are waiting your reply.",
        "She waited the bus for an hour.",
        "They must wait the results of the test.",
        "I am waiting you at the station, and we waited him for hours.",
    )
    good = (
        "We are waiting for your reply; we await your reply.",
        "We waited them out. Wait, you forgot your keys. I'll wait, you go ahead.",
        "If you cannot wait you should book an earlier flight; while we wait we read.",
        "Wait your turn. He waited tables for years; she waited the whole day.",
        "They waited a week, then waited the rest of the month; we waited the storm out.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WAIT):
            word = words[index]
            if not (_bare_object(words, index, _WAITED_DETERMINERS, _NOT_WAITED) or _waited_person(words, index)):
                continue
            if any(item.low == "out" for item in _run(words, index + 2, 4)):
                continue  # "waited the storm out"
            yield self.replace_word(
                word,
                f"{word.text} for",
                f"'Wait' takes 'for' before what is awaited: '{word.text} for …' (or 'await').",
                FixSafety.UNSAFE,
            )


_REMEMBER = _form_set("remember")
_REMINDED = frozenset("me him her us them you".split())
_REMINDED_PEOPLE = frozenset(
    """
    brother sister mother father mum dad mom parents wife husband friend friends boss son daughter children
    kids students staff team colleagues partner guests everyone everybody
    """.split()
)
_NOT_REMINDED_TO = frozenset("be have".split())


_BIDDING = frozenset("please always do don't never you to must should can could will would 'll".split())


def _bids(words: list[Word], index: int) -> bool:
    """'Remember' bids someone: it opens its clause or follows 'please', 'don't', a modal or 'you'
    ("Remember your brother to bring", "please remember the children to ..."); after a subject
    ("we remember our friends to honour their sacrifice") the 'to' clause may be one of purpose."""
    return index == 0 or not words[index - 1].joined or words[index - 1].low in _BIDDING


def _reminded_person(words: list[Word], index: int) -> bool:
    """'remember' + a person + 'to' + a bare verb: "remember your brother to bring the tickets";
    not 'remember your brother to your mother' (regards) nor 'remember the boy to be honest'."""
    run = _run(words, index + 1, 4)
    at = 0
    if run and run[0].low in _GROUP_OPENERS:
        at = 1
    if len(run) < at + 3 or run[at].low not in _REMINDED_PEOPLE:
        return False
    if at == 0 and run[0].low not in ("everyone", "everybody"):
        return False
    if run[at + 1].low != "to":
        return False
    verb = run[at + 2].low
    if verb in w.DETERMINERS or verb in _NOT_REMINDED_TO or verb in _REMINDED:
        return False
    return "VERB" in w.tags(verb)


class RememberRemind(GrammarRule):
    id = "grammar.remember-remind"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Remember' with the person reminded: 'remember me to call him', 'it remembers me of home'."
    why = (
        "You remember something yourself; someone or something reminds you ('remind me to call him', "
        "'it reminds me of home'). 'Remember me to your mother' (give her my regards) is right."
    )
    bad = (
        "Please remember me to call the bank.",
        "This song remembers me of my childhood.",
        "She remembered him to lock the door.",
        "Remember your brother to bring the tickets, and remember everyone to sign in.",
    )
    good = (
        "Please remind me to call the bank; I remembered to call.",
        "Remember me to your mother. This song reminds me of home.",
        "They remembered him as a kind man; remember us to them.",
        "I remember him to be honest and her to have been kind.",
        "Remember your brother to your mother; I remember the boss to be fair; remember your friends to them.",
        "We remember our parents to keep their memory alive.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _REMEMBER):
            word = words[index]
            person = _next(words, index)
            if person is not None and _reminded_person(words, index) and _bids(words, index):
                fixed = _swap(word.text, "remember", "remind")
                message = f"The person reminded follows 'remind': write '{fixed} {person.text} …'."
                yield _unsafe(self, word, message, fixed)
                continue
            if person is None or person.low not in _REMINDED:
                continue
            after = _next(words, index + 1)
            verb = _next(words, index + 2)
            if after is None or after.low not in ("to", "of"):
                continue
            if after.low == "to" and (
                verb is None or "VERB" not in w.tags(verb.low) or verb.low in w.DETERMINERS or verb.low in _REMINDED
            ):
                continue  # "remember me to your mother": regards
            if after.low == "to" and verb is not None and verb.low in ("be", "have", "all", "everyone", "everybody"):
                continue  # "I remember him to be honest": recalled as
            fixed = _swap(word.text, "remember", "remind")
            yield _unsafe(self, word, f"The person reminded follows 'remind': write '{fixed} {person.text}'.", fixed)


_WIN = _form_set("win")
_BEAT = _form_set("beat")
_WIN_OR_BEAT = _WIN | _BEAT
_BEATEN = frozenset("me him her us them you".split())
_OPPONENTS = frozenset(
    "team side champions rivals opponents hosts visitors holders favourites favorites leaders challengers rival "
    "opponent challenger".split()
)
_OPPONENT_OPENERS = frozenset(("the", "our", "their", "his", "her", "its", "my", "your"))
_ROUNDS = frozenset(
    "final finals semi-final semi-finals semifinal semifinals quarter-final quarter-finals round derby playoff "
    "playoffs time decider replay".split()
)
"""Rounds of a contest after 'in' ("won the champions in the semi-final", "won them in extra time")."""
_BEAT_MANNER = frozenset("easily comfortably narrowly convincingly soundly again twice at".split())
_WON_THINGS = frozenset(
    "match matches title titles championship championships election elections lottery prize prizes award awards "
    "medal medals tournament tournaments final finals war wars bet bets trophy trophies league".split()
)


class WinBeat(GrammarRule):
    id = "grammar.win-beat"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Win' with the opponent ('we won them 3-0') or 'beat' with the contest ('beat the match')."
    why = (
        "You win a match, a title or a prize; you beat an opponent. 'Won them 3-0', 'won him easily at "
        "chess', 'won the champions 2-1' are 'beat'; 'beat the match' and 'beat the election' are 'won'. "
        "'Won them over', 'won them a place' and 'beat the game' (a video game) are right."
    )
    bad = (
        "We won them 3-0 on Saturday.",
        "She won him easily at chess.",
        "Our team beat the match in extra time.",
        "City won the champions 2-1.",
        "He won his rival easily.",
        "Our team won the champions in the semi-final; nobody can win her at tennis.",
        "She won all her rivals in the final.",
    )
    good = (
        "We beat them 3-0 and won the match. She beat him at chess.",
        "The speech won them over; the goal won them a place in the final.",
        "He finally beat the game, and she beat the competition to win the title.",
        "He won his rival over at last; she won her opponent's respect.",
        "They won their rivals' fans in the final weeks; she won her place in the final; he won them in a raffle.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WIN_OR_BEAT):
            word = words[index]
            if word.low in _WIN and self._won_opponent(words, index):
                fixed = _swap(word.text, "win", "beat")
                yield _unsafe(self, word, f"An opponent is beaten, a contest won: write '{fixed}'.", fixed)
            elif word.low in _BEAT and word.low != "beating" and self._beat_contest(words, index):
                previous = _previous(words, index)
                bare = previous is not None and words[previous].low in _VERB_BEFORE
                fixed = _swap(word.text, "beat", "win") if bare or word.low != "beat" else match_case("won", word.text)
                yield _unsafe(self, word, f"A contest is won, an opponent beaten: write '{fixed}'.", fixed)

    def _won_opponent(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is None:
            return False
        at = index + 1
        if following.low in ("all", "both") and words[at].joined:
            at += 1  # "won all her rivals"
        if words[at].low in _OPPONENT_OPENERS and _next_in(words, at, _OPPONENTS):
            at += 1
        elif words[at].low not in _BEATEN or at > index + 1:
            return False
        score = _next(words, at)
        if score is None:
            return False
        if score.low[:1].isdigit() and "-" in score.low:
            return True  # "won them 3-0"
        if score.low == "by":
            return _starts_number(_next(words, at + 1)) and words[at].low not in ("her", "him")
        if score.low == "in":
            rest = _run(words, at + 2, 2)
            return bool(rest) and rest[0].low in ("the", "extra") and any(item.low in _ROUNDS for item in rest)
        return score.low in _BEAT_MANNER

    def _beat_contest(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is None or following.low not in ("the", "a", "an", "this", "that"):
            return False
        contest = _next(words, index + 1)
        if contest is None or contest.low not in _WON_THINGS:
            return False
        previous = _previous(words, index)
        if previous is not None and words[previous].low in w.DETERMINERS:
            return False  # "the beat the match had"
        after = _next(words, index + 2)
        return after is None or "NOUN" not in w.tags(after.low) or after.low in _AFTER_PHRASE


# -- effect / affect as a verb --------------------------------------------------------------------

_EFFECT = frozenset(("effect", "effects", "effected"))
_AFFECTED_BARE = frozenset(
    """
    thousands millions hundreds many most all lives children students patients workers families residents
    businesses millions communities customers voters consumers farms farmers employees users drivers tenants
    pensioners homeowners companies firms schools hospitals retailers investors taxpayers shoppers passengers
    travellers travelers parents teachers doctors nurses people others everyone anyone households renters
    borrowers savers exporters importers manufacturers retirees commuters cases claims applicants members staff
    victims players fans women men jobs wages crops prices pensions benefits deliveries services flights trains
    buses schedules operations supplies journeys collections appointments bookings orders
    """.split()
)
_AFFECTED_PEOPLE = frozenset(
    "those people anyone everyone families residents communities patients customers workers households".split()
)
_EFFECT_SUBJECTS = frozenset("it he she this that who".split())
_BETWEEN_AUXILIARY_AND_EFFECT = frozenset(
    """not never also badly severely directly most really seriously greatly significantly negatively
    positively adversely strongly further""".split()
)
"""Adverbs that stand between a modal or a subject and 'effect' ('can really effect your sleep')."""
_INFLUENCED = frozenset(
    """performance spending health safety quality attendance behavior behaviour morale mood demand supply
    traffic revenue enrollment enrolment turnout sales prices outcomes results ratings""".split()
)
"""Heads of a compound object that is acted on, never brought about ('student performance', 'consumer spending')."""
_NEARLY = frozenset("nearly almost virtually practically".split())
_ALSO_BROUGHT_ABOUT = w.BROUGHT_ABOUT | frozenset(
    "compliance service communication integration implementation enforcement".split()
)
"""What is brought about in legal and official prose too ('to effect compliance', 'effect service')."""
_EFFECT_VERB_BEFORE = (_VERB_BEFORE - {"please"}) | frozenset("i we they you".split())


class EffectForAffect(GrammarRule):
    id = "grammar.effect-for-affect"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Effect' as a verb where 'affect' (influence) is meant: 'will effect thousands of people'."
    why = (
        "To effect is to bring about ('effect change', 'effect a cure', 'effected their escape'); to affect "
        "is to act on something ('the cuts will affect thousands', 'it affects the economy'). Reported: "
        "'effect' as a verb whose object is not something brought about, 'the effected areas', and "
        "people who 'were effected'."
    )
    bad = (
        "The cuts will effect thousands of families.",
        "The storm effected the whole region.",
        "Residents of the effected areas were moved.",
        "We were badly effected by the floods.",
        "It effects the poorest workers most.",
        "The new policy effects thousands of workers.",
        "The new rule will effect small businesses the most.",
        "The cuts will effect pensioners and small farms alike.",
        "The new guidelines would not effect cases already before the court.",
        "Economists say the new tariffs could effect grocery prices by the summer.",
        "The road closure may effect deliveries to your area, and the strike will effect flights.",
        "The road closure will effect bus routes on the east side of town all week.",
        "Loud music late at night can really effect your neighbors' sleep.",
        "The rainy weather did not effect attendance at Sunday's charity walk.",
        "The change will effect student performance, and rates have yet to effect consumer spending.",
        "Rising premiums have effected nearly every clinic in our network.",
        "The road closures are expected to effect traffic around the stadium.",
        "Several of our members were effected by the power cut.",
        "Scientists are measuring how warmer winters effect bird migrations.",
    )
    good = (
        "The new minister wants to effect change, and she effected a real change.",
        "The side effects many patients noticed were mild; the policy effects most people feared never came.",
        "The prisoners effected their escape at night; the transfer was effected by wire.",
        "The effects the drug had were mild; the side effects of the cuts were large.",
        "To that effect, the cuts will affect thousands.",
        "The new manager effected many changes, and the council effected most reforms.",
        "The board hopes to effect policy changes, and the mayor effected price cuts.",
        "The agency will effect compliance with the order, and the clerk did not effect service on time.",
        "Officials will effect Brexit by March; they could not effect entry into the building.",
        "The board will effect changes to student performance reviews and has effected nearly every reform.",
        "The reforms were effected by decree, the changes were effected by the board, and tax cuts effect change.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _EFFECT):
            word = words[index]
            if self._effect_is_affect(words, index):
                fixed = match_case("affect" + word.low[6:], word.text)
                yield _unsafe(
                    self,
                    word,
                    f"To influence is to '{fixed[:6].lower()}': write '{fixed}' ('effect' means bring about).",
                    fixed,
                )

    def _effect_is_affect(self, words: list[Word], index: int) -> bool:
        low = words[index].low
        previous = _previous(words, index, _BETWEEN_AUXILIARY_AND_EFFECT)
        before = words[previous].low if previous is not None else ""
        following = _next(words, index)
        if low == "effected":
            if before in _AFFECTED_PEOPLE and following is not None and following.low == "by":
                return True  # "those effected by the fire"
            if before in _BE and previous is not None and previous > 0:
                subject = words[previous - 1]
                if subject.joined and subject.low in ("i", "we", "they", "you", "he", "she", "people", "who"):
                    return True
                # "Few of our customers were effected by the outage", "whose grades were effected by": a
                # plural acted on, not something brought about ("the reforms were effected by decree")
                by = following is not None and following.low == "by"
                return by and subject.joined and _acted_on_plural(subject.low)
            if before in ("the", "most", "worst") and following is not None:
                return following.low not in w.BROUGHT_ABOUT and "NOUN" in w.tags(following.low)
            if before in w.HAVE_FORMS or before in w.PERSON_SUBJECTS or before in _EFFECT_SUBJECTS:
                return self._object_is_influenced(words, index)
            return previous is not None and "NOUN" in w.tags(before) and self._object_is_influenced(words, index)
        after_modal_subject = before in ("this", "it", "that") and previous and words[previous - 1].low in _VERB_BEFORE
        acting = words[previous] if previous is not None else None
        if (
            low == "effect"
            and acting is not None
            and acting.joined
            and not acting.capitalised
            and _acted_on_plural(before)
        ):
            return self._object_is_influenced(words, index)  # "how rising water temperatures effect trout populations"
        if low == "effect" and before not in _EFFECT_VERB_BEFORE and not after_modal_subject:
            return False  # "how will this effect the price": a verb after a modal and its subject
        if low == "effects" and before not in _EFFECT_SUBJECTS:
            return _singular_subject(words, previous) and _bare_object_ends(words, index)
        return self._object_is_influenced(words, index)

    def _object_is_influenced(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is not None and following.low in _NEARLY:
            index, following = index + 1, _next(words, index + 1)  # "have effected nearly every clinic"
        if following is None:
            return False
        if following.low in _AFFECTED_BARE:
            return not _next_in(words, index + 1, w.BROUGHT_ABOUT)  # not "effected many changes"
        if "ADJ" in w.tags(following.low) and _next_in(words, index + 1, _AFFECTED_BARE):
            return True  # "will effect small businesses"
        if "NOUN" in w.tags(following.low) and not w.is_plural_noun(following.low):
            if following.low in _ALSO_BROUGHT_ABOUT or following.capitalised:
                return False
            if following.low in _INFLUENCED:
                return True  # "expected to effect traffic around the stadium": what is acted on, never brought about
            if _next_in(words, index + 1, _AFFECTED_BARE) or _next_in(words, index + 1, _INFLUENCED):
                return True  # "could effect grocery prices", "will effect student performance"
            # "will effect bus routes", "did not effect attendance": a thing acted on, not brought about
            second = _next(words, index + 1)
            if second is not None and w.is_plural_noun(second.low) and second.low not in _ALSO_BROUGHT_ABOUT:
                return w.tags(following.low) <= {"NOUN", "VERB"} and "NOUN" in w.tags(second.low)
            if second is not None and w.tags(second.low) == {"NOUN"} and second.low not in _ALSO_BROUGHT_ABOUT:
                beyond = _next(words, index + 2)  # "expected to effect bus service on four routes"
                compound = "NOUN" in w.tags(following.low) and not w.tags(following.low) & {"ADJ", "ADV"}
                return compound and (beyond is None or beyond.low in w.PREPOSITIONS)
            return w.tags(following.low) == {"NOUN"} and (second is None or second.low in w.PREPOSITIONS)
        if following.low not in w.ARTICLES | w.POSSESSIVES | frozenset("these those every".split()):
            return False
        head = _run(words, index + 2, 3)
        if not head or any(item.low in w.BROUGHT_ABOUT for item in head):
            return False
        return any("NOUN" in w.tags(item.low) for item in head)


def _acted_on_plural(low: str) -> bool:
    """A plural noun that names what is acted on, not what is brought about ('customers', 'grades',
    'temperatures'; not 'changes', 'reforms', 'repairs')."""
    return w.is_plural_noun(low) and low not in _ALSO_BROUGHT_ABOUT and low not in _PLURALS_BROUGHT_ABOUT


_PLURALS_BROUGHT_ABOUT = frozenset("changes reforms repairs improvements savings transfers cuts".split())


def _singular_subject(words: list[Word], index: int | None) -> bool:
    """A singular noun after a determiner or an adjective at ``index``: the subject of the verb after
    it ("the new policy effects thousands"), not a compound's first half ("side effects")."""
    if index is None or index == 0 or not words[index].joined:
        return False
    low = words[index].low
    if low in _EFFECT_COMPOUNDS or "NOUN" not in w.tags(low) or w.is_plural_noun(low):
        return False
    return words[index - 1].low in _OBJECT_DETERMINERS | {"new"}


_EFFECT_COMPOUNDS = frozenset("side special sound visual after knock ripple domino".split())


def _next_in(words: list[Word], index: int, wanted: frozenset[str]) -> bool:
    following = _next(words, index)
    return following is not None and following.low in wanted


def _bare_object_ends(words: list[Word], index: int) -> bool:
    """A bare object of people or a quantity after the verb at ``index`` that no verb follows
    ("effects thousands of workers"), so it is not a relative clause after a compound noun ("the
    side effects many patients noticed")."""
    following = _next(words, index)
    if following is None or following.low not in _AFFECTED_BARE:
        return False
    after = _next(words, index + 1)
    if after is not None and (w.is_plural_noun(after.low) or "NOUN" in w.tags(after.low)):
        after = _next(words, index + 2)  # "many people"
    return after is None or not w.may_be_finite(after.low)


# -- accept / except -----------------------------------------------------------------------------

_EXCEPT = frozenset(("except", "excepts", "excepted"))
_ACCEPT = frozenset(("accept",))
_EXCEPT_OR_ACCEPT = _EXCEPT | _ACCEPT
_THAT_TAKERS = w.MODALS | frozenset(("to",))
_EXCEPT_SUBJECTS = w.PERSON_SUBJECTS | _VERB_BEFORE | w.HAVE_FORMS | frozenset(("who",))
"""Words before a verb 'except' ("applicants who except the offer", "we except", "will except")."""
_BEFORE_ACCEPTED = frozenset("only gently all any both most some new used".split())
"""Words between the verb and what is accepted ("except only cash", "to except gently used books")."""
_ACCEPTED = frozenset(
    """
    offer offers invitation invitations apology apologies terms job position post responsibility award
    nomination proposal resignation challenge fact payment payments credit cards cookies gift gifts deal bid
    settlement conditions results verdict defeat reality help donation donations applications returns cash
    bribes blame liability role prize result results cheques checks plea pleas request requests
    recommendation recommendations compromise ceasefire truce report reports findings amendment amendments
    essay essays submissions submission books book manuscripts manuscript entries
    advice
    """.split()
)
_EXCEPTED_FOR = w.POSSESSIVES | frozenset("the a one that this some me him her us them".split())
_NOBODY = frozenset("everyone everybody everything anyone anybody nobody nothing".split())


def _excepted_then_verb(words: list[Word], index: int) -> bool:
    """'Everyone accept the goalie has to run': after 'everyone', 'nobody' and the like, 'accept', a
    noun phrase of at most three words and a finite verb that is only a verb: 'except' leaves one out
    of the whole ('accept' as their verb would be 'accepts', with no verb after its object; not
    "everyone accept the terms and conditions")."""
    for verb_at in range(index + 2, min(index + 5, len(words))):
        if not words[verb_at - 1].joined:
            return False
        low = words[verb_at].low
        only_verb = w.tags(low) == {"VERB"} and (w.plainly_finite(low) or w.plainly_past(low))
        # "needs to", "has to": a verb in -s that is also a plural noun, read as the verb before 'to'
        after_verb = _next(words, verb_at)
        verb_before_to = "VBZ" in w.verb_tags(low) and after_verb is not None and after_verb.low == "to"
        if low in _FINITE_AFTER_EXCEPTED or only_verb or verb_before_to:
            return all(
                word.low in w.DETERMINERS or word.capitalised or "NOUN" in w.tags(word.low)
                for word in words[index + 1 : verb_at]
            )
    return False


_FINITE_AFTER_EXCEPTED = frozenset("has had is was will would can could must should did does".split())


class AcceptExcept(GrammarRule):
    id = "grammar.accept-except"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Except' as the verb 'accept' ('I except your offer') or 'accept' for 'except' ('accept for')."
    why = (
        "'Accept' is to take what is offered; 'except' means 'but' or 'leaving out'. Reported: 'except' "
        "as a verb before what is accepted ('we except the terms', 'was excepted into the program') and "
        "'accept for', 'everyone accept me' or 'everyone accept the goalie has' (a noun phrase, then a "
        "finite verb) where 'except' is meant, and 'accept' after a preposition's 'every' or 'all' and "
        "its noun in a clause whose verb came first ('valid at every location accept the airport "
        "kiosk'; not 'Shops in every town accept the card', nor after 'said')."
    )
    bad = (
        "I except your offer with thanks.",
        "She excepted the invitation at once.",
        "He was excepted into the graduate program.",
        "Everything went well, accept for the rain.",
        "Everyone accept me was invited.",
        "Everyone accept the goalie has to run laps, and nobody accept the coach knew.",
        "The council excepted the offer on Tuesday night, and the board excepted the report.",
        "The plan was excepted by a majority of members.",
        "I cannot except such a low price for my car, and she won't except it either.",
        "We don't except cash at the door.",
        "The ministry will not except late applications after Monday.",
        "Gift cards are valid at every location accept the airport kiosk, and it is sold in all states accept Ohio.",
        "The shop is open every day accept Monday, and all the rooms have been painted accept the small bathroom.",
        "Everyone accept the goalkeeper needs to wear a blue jersey on Saturday.",
        "The club is open to everyone, and we gladly except donations of old tools.",
        "All offices will be closed on Monday, accept the dispatch center. All students accept seniors must attend.",
        "Applicants who except the offer will hear from us, and the journal would except my essay.",
        "We can except that the plan changed, and we are glad to except gently used books.",
    )
    good = (
        "I accept your offer. Everyone except me was invited.",
        "Everyone accepts the ruling was fair; I accept the goalie has to run.",
        "Everyone accept the terms and conditions.",
        "The rule excepted the offer from the count; the law excepted the payments made in May from the tax.",
        "The audit excepted the report from its sample.",
        "Staff were excepted from the ban.",
        "Everything went well except for the rain.",
        "The paper was accepted for publication; the rule excepted the offer period from the count.",
        "They all accept the terms; we accept for now that it is late.",
        "The law cannot except anyone from the ban; we can't, except for Tom, leave.",
        "Nobody will, except the manager; they did not, except late at night, answer calls.",
        "Shops in every town accept the card; he said stores in all states accept the card.",
        "We found shops in every town accept it.",
        "Shops we visit every day accept the card; the papers were accepted; all needs to be met.",
        "Stores that are open every day accept the card, and shops that are in every town accept it.",
        "We gladly accept donations; they rarely except anyone from the rule, and we usually except Sundays.",
        "Read all the terms, accept them, and sign. All members who voted accept the result; all students accept it.",
        "All the shops I visited accept cards, and everyone knows we accept cash.",
        "We accept all major credit cards except American Express, and we also accept mobile payments.",
        "Everyone except me came; we work every day, except that we rest on Sunday.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _EXCEPT_OR_ACCEPT):
            word = words[index]
            if word.low in _EXCEPT:
                if not self._except_as_verb(words, index):
                    continue
                fixed = match_case("accept" + word.low[6:], word.text)
                message = f"To take what is offered is to accept: write '{fixed}' ('except' means 'but')."
                yield _unsafe(self, word, message, fixed)
            elif self._accept_as_preposition(words, index) or _accept_after_all(doc, words, index):
                fixed = match_case("except", word.text)
                yield _unsafe(self, word, f"'But' or 'leaving out' is '{fixed}'; 'accept' is the verb.", fixed)

    def _except_as_verb(self, words: list[Word], index: int) -> bool:
        low = words[index].low
        previous = _previous(words, index)
        before = words[previous].low if previous is not None else ""
        following = _next(words, index)
        if following is None:
            return False
        subject = previous - 1 if previous is not None and previous > 0 and words[previous - 1].joined else None
        if subject is not None and w.only_adverb_in_ly(before) and words[subject].low in w.PERSON_SUBJECTS:
            before = words[subject].low  # "we gladly except donations": the subject, an adverb, the verb
        if low == "excepted" and before in _BE and following.low in ("into", "by"):
            return True  # "was excepted into the program", "was excepted by the board"
        if low == "except" and before in _NEGATED_VERB_SLOTS and _object_follows(words, index):
            return True  # "I cannot except such a low price", "we won't except anything less"
        if low == "except" and before in w.MODALS | _DO and _negated_between(words, previous, index):
            return _object_follows(words, index)  # "the ministry will not except late applications"
        if low == "except" and before in _THAT_TAKERS and following.low == "that" and following.joined:
            return True  # "I can except that the council had to choose": a modal's verb and its clause
        if low != "excepts" and before not in _EXCEPT_SUBJECTS:
            return low == "excepted" and "NOUN" in w.tags(before) and _accepted_object_ends(words, index)
        if following.low in _ACCEPTED or _adjective_and_accepted(words, index):
            return True  # "we except late payments"
        if following.low in _BEFORE_ACCEPTED and following.joined:
            return any(item.low in _ACCEPTED for item in _run(words, index + 1, 3))  # "to except gently used books"
        if following.low not in w.ARTICLES | w.POSSESSIVES | {"this", "these", "that", "those", "all", "any"}:
            return False
        return any(item.low in _ACCEPTED for item in _run(words, index + 2, 3))

    def _accept_as_preposition(self, words: list[Word], index: int) -> bool:
        following = _next(words, index)
        if following is None:
            return False
        joined_before = index > 0 and words[index - 1].joined
        if following.low == "for" and (not joined_before or _plain_verb(words[index - 1].low)):
            after = _next(words, index + 1)
            return after is not None and after.low in _EXCEPTED_FOR
        if joined_before and words[index - 1].low in _NOBODY:
            return following.low in ("for", "me", "him", "us", "them", "one") or _excepted_then_verb(words, index)
        return joined_before and (_after_prepositional_every(words, index) or _after_time_or_passive(words, index))


def _after_prepositional_every(words: list[Word], index: int) -> bool:
    """'are valid at every location accept the airport kiosk', 'is sold in all states accept Ohio':
    'accept' after a preposition's 'every', 'all' or 'each' and its noun, before what is left out (a
    determiner or a name), in a clause whose verb came before the preposition: the noun is the
    preposition's object, so 'accept' can be no verb of it (not "Shops in every town accept the
    card", where the phrase belongs to the subject)."""
    if index < 4 or not all(word.joined for word in words[index - 3 : index]):
        return False
    if words[index - 3].low not in w.PREPOSITIONS or words[index - 2].low not in _EVERY_ALL:
        return False
    if "NOUN" not in w.tags(words[index - 1].low):
        return False
    return _left_out_follows(words, index) and _verb_came_first(words, index - 4)


def _left_out_follows(words: list[Word], index: int) -> bool:
    """A determiner or a name after 'accept' at ``index``: what 'except' leaves out ('the airport kiosk', 'Ohio')."""
    following = words[index + 1] if index + 1 < len(words) and words[index].joined else None
    return following is not None and (following.low in w.DETERMINERS or following.capitalised)


def _verb_came_first(words: list[Word], start: int) -> bool:
    """A finite verb (or 'be') at or before ``start`` in the same clause, one that takes no clause: the
    words after it are its complements, so a later 'accept' can be no verb of theirs ("are valid at
    every location accept …"; not "said stores in all states accept", where a clause may follow)."""
    for at in range(start, -1, -1):
        low = words[at].low
        if low in _CLAUSE_BREAKS or not words[at].joined:
            return False  # "…, and shops in every town accept": another clause's subject may start here
        if low in w.BE_FORMS or (w.tags(low) == {"VERB"} and w.verb_tags(low) & {"VBZ", "VBD", "VBP"}):
            if at > 0 and words[at - 1].low in RELATIVES:
                return False  # "Stores that are open every day accept the card": a relative's verb, the subject's
            return not w.takes_clause(low) and low not in _LEARNT
    return False


_EVERY_TIME = frozenset("day night week weekend month year morning evening afternoon".split())


def _accept_after_all(doc: Document, words: list[Word], index: int) -> bool:
    """'accept' for 'except' in a sentence that names all of something ('all', 'every', 'everyone',
    'each', 'no', 'none' … before it): after the clause's own finite verb ("All offices will be closed
    on Monday, accept the dispatch center", "Everyone got food poisoning accept me", "I love every dish
    on this list accept the kale salad"), or before a noun phrase and the clause's verb ("All students
    accept seniors must attend"). Not an order ("Read all the terms, accept them"), a relative clause's
    verb before it ("All members who voted accept the result"), nor 'accept' as the verb ("All students
    accept the terms and sign")."""
    if words[index].low != "accept" or index < 2:
        return False
    start = next(  # the clause: after ', and', ', but' … ("…, and we also accept mobile payments")
        (at for at in range(index - 1, 0, -1) if words[at].low in _CLAUSE_JOINERS and not words[at - 1].joined), 0
    )
    if not any(word.low in _UNIVERSAL for word in words[start:index]):
        return False
    if any(word.low in RELATIVES or word.low == "that" for word in words[:index]):
        return False
    tags = sentence_tags(doc, words)
    if tags[0] == "VB" or words[index - 1].low in _BEFORE_ACCEPT_VERB:
        return False  # an order, or 'to', 'and', a modal or a subject before the verb 'accept'
    if any(words[at].low in w.SUBJECT_PRONOUNS and "NOUN" in w.tags(words[at - 1].low) for at in range(1, index)):
        return False  # "Shops we visit every day accept the card": a clause with no 'that' on the subject
    finite = [at for at in range(index) if tags[at] in w.FINITE_OR_MODAL_TAGS]
    if any(set(w.verb_lemmas(words[at].low)) & w.CLAUSE_VERBS for at in finite):
        return False  # "he said stores in all states accept the card": the reported clause's own verb
    if finite:
        return tags[index - 1] not in _VERB_TAGS_BEFORE  # not "All the shops I visited accept cards": a contact clause
    for at in range(index + 1, min(index + 8, len(words))):
        if not words[at - 1].joined:
            return False
        if tags[at] in w.FINITE_OR_MODAL_TAGS or words[at].low in w.BE_FORMS:
            return at > index + 1 and (tags[at] == "MD" or words[at].low in _PLURAL_BE)
    return False


_UNIVERSAL = frozenset("all every everyone everybody everything each no none nobody nothing".split())
_CLAUSE_JOINERS = frozenset("and but or so yet".split())
_PLURAL_BE = frozenset(("are", "were"))
_VERB_TAGS_BEFORE = frozenset(("VB", "VBD", "VBN", "VBP", "VBZ"))
_BEFORE_ACCEPT_VERB = frozenset("to and or will would can could should must may might not never i we you they".split())


def _after_time_or_passive(words: list[Word], index: int) -> bool:
    """'open every day accept Monday', 'have been painted accept the small bathroom': 'accept' after
    a time phrase with 'every' or after a passive participle, before what is left out, in a clause whose
    verb came first: neither a time phrase nor a passive takes 'accept' as a verb after it."""
    if index < 3 or not all(word.joined for word in words[index - 2 : index]) or not _left_out_follows(words, index):
        return False
    previous = words[index - 1].low
    if words[index - 2].low == "every" and previous in _EVERY_TIME:
        return _verb_came_first(words, index - 3)
    participle = w.verb_tags(previous)
    return (
        w.tags(previous) <= {"VERB", "ADJ"}
        and "VBN" in participle
        and participle <= {"VBN", "VBD"}
        and words[index - 2].low in w.BE_FORMS
    )


_CLAUSE_BREAKS = frozenset("and or but who which that where when if because while".split())
_LEARNT = frozenset(("learned", "learnt"))
"""'Learn', which also takes a clause without 'that' ("we learned stores in all states accept it"), beside
:data:`w.CLAUSE_VERBS`."""


_EVERY_ALL = frozenset("every all each any".split())
_NEGATED_VERB_SLOTS = (w.NEGATED_MODALS | _DO) - {"do", "does", "did"}
"""Negated modals and 'don't': a verb follows, and 'except' is no preposition there ('I cannot except
the offer'; but "we did all we could except wait", after a plain 'could')."""
_NOT_AN_OBJECT = frozenset("for that from when if where to".split())


def _negated_between(words: list[Word], previous: int | None, index: int) -> bool:
    """'not' or 'never' between a modal or 'do' at ``previous`` and the word at ``index`` ('will not
    except', 'would never except'): a verb's slot, as after 'won't'."""
    return previous is not None and any(words[at].low in ("not", "never") for at in range(previous + 1, index))


def _adjective_and_accepted(words: list[Word], index: int) -> bool:
    """An adjective, then a thing that is accepted, after 'except' ('except late applications')."""
    run = _run(words, index + 1, 2)
    return len(run) == 2 and w.tags(run[0].low) == {"ADJ"} and run[1].low in _ACCEPTED


def _object_follows(words: list[Word], index: int) -> bool:
    """An object after 'except' at ``index`` ("cannot except such a price", "won't except it") and no
    'from' after it: 'except X from Y' is the rare verb that leaves out ("cannot except anyone from
    the rule")."""
    following = _next(words, index)
    if following is None or following.low in _NOT_AN_OBJECT:
        return False
    if following.low not in _OBJECT_DETERMINERS | w.OBJECT_PRONOUNS and w.verb_tags(following.low) & {"VB", "VBD"}:
        return False  # "we couldn't do it, except wait": a verb, not an object
    return not any(item.low == "from" for item in _run(words, index + 1, 6))


def _accepted_object_ends(words: list[Word], index: int) -> bool:
    """A determiner and a thing that is accepted after 'excepted', ending its phrase ("the council
    excepted the offer on Tuesday"); not "excepted the offer period from the count", where something
    is left out."""
    following = _next(words, index)
    thing = _next(words, index + 1)
    if following is None or thing is None or following.low not in w.ARTICLES | w.POSSESSIVES:
        return False
    after = _next(words, index + 2)
    if thing.low not in _ACCEPTED or (after is not None and ("NOUN" in w.tags(after.low) or after.low == "from")):
        return False
    return not any(item.low == "from" for item in _run(words, index + 3, 4))


def _plain_verb(low: str) -> bool:
    """A past or third-person verb that no bare verb can follow ('came', 'was'; not 'did', 'will')."""
    if low in _DO or low in w.MODALS or low in w.NEGATED_MODALS or low in w.HAVE_FORMS:
        return False
    found = w.verb_tags(low)
    return low in _BE or (bool(found) and found <= {"VBD", "VBN", "VBZ"})


# -- loose / lose ----------------------------------------------------------------------------------

_LOOSE_FORMS = frozenset(("loose", "looses", "loosing"))
_LOST_THINGS = (
    w.DETERMINERS
    | w.OBJECT_PRONOUNS
    | frozenset("weight money track sight control interest faith hope touch ground power everything so much".split())
)
_LOSING_NOUNS = frozenset("streak streaks season seasons battle battles team side game games bid record run".split())


_SET_LOOSE = frozenset(
    "let lets letting set sets setting cut cuts cutting turn turns turned turning broke break breaks".split()
)
"""Verbs that make 'loose' an adjective after their object ('set the dogs loose', 'cut the boats loose')."""


def _plural_subject_loses(words: list[Word], previous: int | None, following: Word) -> bool:
    """A plural noun before 'loose' and a possessive after it ("many players loose their form"):
    the subject and the verb 'lose'; not "set the dogs loose", where the noun is an object."""
    if previous is None or following.low not in w.POSSESSIVES:
        return False
    noun = words[previous].low
    if not (w.is_plural_noun(noun) or w.is_plural_without_s(noun)) or words[previous].capitalised:
        return False
    return not any(words[at].low in _SET_LOOSE for at in range(max(0, previous - 3), previous))


class LooseForLose(GrammarRule):
    id = "grammar.loose-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Loose' as the verb 'lose' after a subject ('I always loose my keys', 'he looses his temper')."
    why = (
        "'Lose' is the verb (lose, loses, losing); 'loose' is the adjective ('a loose end'). Reported: "
        "'loose' after a subject pronoun before what is lost, 'looses' before what is lost, and 'loosing' "
        "before a streak, season, battle or team. (grammar.loose-lose reports 'to loose', 'could loose'.)"
    )
    bad = (
        "I always loose my keys.",
        "If we loose the vote, we go home.",
        "He looses his temper too often.",
        "The team had a long loosing streak.",
        "She loose her keys every week.",
        "Many players loose their form after an injury.",
    )
    good = (
        "I always lose my keys; the screws came loose.",
        "They cut him loose, and the dogs broke loose the next day.",
        "The team had a long losing streak; we let loose the dogs.",
        "She let loose her anger; he cut loose his partner.",
        "They set the dogs loose their own way; the farmers turned the horses loose their first day out.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LOOSE_FORMS):
            word = words[index]
            following = _next(words, index)
            if following is None:
                continue
            if word.low == "loosing":
                if following.low not in _LOSING_NOUNS:
                    continue
            else:
                if following.low not in _LOST_THINGS:
                    continue
                previous = _previous(words, index)
                before = words[previous].low if previous is not None else ""
                if word.low == "loose" and before in ("he", "she") and following.low in w.POSSESSIVES:
                    # "she loose her keys": the verb has lost its ending or its past; the writer chooses
                    fixed = match_case("loses", word.text)
                    message = f"The verb is '{fixed}' (or 'lost'); '{word.text}' means slackening."
                    yield self.finding(word.start, word.end, message, suggestions=(fixed, "lost"), fix=FixSafety.UNSAFE)
                    continue
                subject = before in ("i", "we", "you", "they") or _plural_subject_loses(words, previous, following)
                if word.low == "loose" and not subject:
                    continue
                third_person = before in ("he", "she", "it", "who", "that", "everyone", "nobody")
                if word.low == "looses" and not third_person and (previous is None or "NOUN" not in w.tags(before)):
                    continue
            fixed = match_case({"loose": "lose", "looses": "loses", "loosing": "losing"}[word.low], word.text)
            yield _unsafe(self, word, f"The verb is '{fixed}'; '{word.text}' means slackening.", fixed)


# -- sit / set -------------------------------------------------------------------------------------

_SIT = _form_set("sit")
_PUT_THINGS = frozenset(
    """
    box boxes cup cups glass glasses bag bags book books plate plates tray trays bowl bowls bottle bottles vase
    pot pots pan pans kettle phone keys laptop suitcase suitcases luggage groceries drink drinks mug mugs dish
    dishes basket package parcel lamp computer bucket cake pie candle candles tools papers folder briefcase
    """.split()
)
_PUT_PLACES = frozenset("down on onto in into beside next aside by there here upright back".split())


class SitSet(GrammarRule):
    id = "grammar.sit-set"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Sit' with a thing put down ('sat the box on the table') where 'set' is meant."
    why = (
        "People sit, and you can sit someone down; a thing is set (put) somewhere: 'set the box on the "
        "table', 'she set her cup down'. Reported: a form of 'sit' with a thing as object and where it "
        "goes. 'Sit the exam' and 'sat the children down' are right."
    )
    bad = (
        "She sat the box on the table.",
        "Please sit your bags down here.",
        "He was sitting the glass on the shelf.",
    )
    good = (
        "She set the box on the table and sat down.",
        "They sat the children down; he will sit the exam in May.",
        "The box sat on the table; the book sits on the shelf.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SIT):
            word = words[index]
            following = _next(words, index)
            if following is None or following.low not in w.ARTICLES | w.POSSESSIVES | {"this", "that"}:
                continue
            thing = _next(words, index + 1)
            place = _next(words, index + 2)
            if thing is None or place is None or thing.low not in _PUT_THINGS or place.low not in _PUT_PLACES:
                continue
            fixed = _swap(word.text, "sit", "set")
            yield _unsafe(
                self, word, f"A thing put somewhere is set: write '{fixed}' ('sit' is what people do).", fixed
            )


RULES = [
    RiseRaise,
    TeachLearn,
    LendBorrow,
    RobSteal,
    ToldThat,
    ListenTo,
    EffectForAffect,
    AcceptExcept,
    LooseForLose,
    SitSet,
    WaitFor,
    RememberRemind,
    WinBeat,
]
