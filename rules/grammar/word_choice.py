"""Word pairs that learners confuse, told apart by the words around them: "worked hardly" (hard),
"the film was bored" (boring), "an alone child" (lonely), "sensible to criticism" (sensitive).

Each pair is two real words with related forms and different senses, so a spelling checker passes
them and web counts of the word alone say little. The structure does:

* 'hardly' means 'barely'; after a verb of effort or a degree word, ending its phrase ("worked
  hardly all winter", "so hardly that"), it stands for the adverb 'hard'. 'Lately' means
  'recently'; after 'arrived' or 'woke' it stands for 'late'. 'Lonely' is a feeling; after 'lived'
  or 'sat' it stands for 'alone'. 'Nearly' means 'almost'; before a place it stands for 'near'.
* The '-ed' adjectives of feeling ('bored', 'interested') describe a person; with a thing that
  cannot feel as subject ("the lesson was bored") the '-ing' adjective that causes it is meant.
* 'Alone', 'afraid', 'asleep' and 'alive' stand after a verb, never before a noun: "an alone child"
  is 'a lonely child', "an afraid dog" 'a frightened dog'.
* 'Sensible' means 'reasonable'; 'sensible to' a noun ("sensible to criticism") is 'sensitive to';
  'sensible to' a verb ("sensible to wait") is right.

Each rule starts from a few trigger words and reads only the words next to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, ends_phrase, in_quotes, joined_before, match_case, occurrences

if TYPE_CHECKING:
    from lint._document import Document


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EFFORT_VERBS = _forms(
    """
    work works worked working try tries tried trying train trains trained training study studies
    studied studying push pushes pushed pushing fight fights fought fighting hit hits hitting
    practise practises practised practising practice practices practiced practicing press presses
    pressed pressing pull pulls pulled pulling kick kicks kicked kicking strike strikes struck
    striking squeeze squeezes squeezed squeezing knock knocks knocked knocking bang bangs banged
    banging rain rains rained raining snow snows snowed snowing laugh laughs laughed laughing
    think thinks thought thinking breathe breathes breathed breathing run runs ran running
    play plays played playing campaign campaigns campaigned campaigning negotiate negotiates
    negotiated negotiating struggle struggles struggled struggling
    """
)
"""Verbs of effort or force, which the adverb 'hard' describes ("worked hard", "hit it hard")."""
_HARDLY_DEGREE = _forms("very so too extremely incredibly")
"""Degree words before 'hardly' that only the adjective or adverb 'hard' takes ("so hardly that")."""
_AFTER_HARD = _forms(
    """
    to and but or for on in all every during throughout until since because so that this last
    today yesterday tonight with against before after when while from again
    """
)
"""Words that may follow 'hard' where it ends its phrase ("worked hard all winter", "so hard
that"); not 'any', 'ever', 'a' or a number, which 'hardly' takes ("ate hardly anything")."""
_HEIGHT_VERBS = _forms(
    "jump jumps jumped jumping fly flies flew flying climb climbs climbed climbing kick kicks kicked kicking"
)
_AFTER_HIGH = _forms("over into above in on and but to for with")
_ARRIVING = _forms("arrive arrives arrived arriving wake wakes woke waking woken")
_AFTER_LATE = _forms("to at for again this because and but on every")
_NOT_BEFORE_LATELY = _forms("who that which have has had 've having been")
"""Words before 'arrived lately' that make it 'have lately arrived', 'who arrived lately': 'recently'."""
_ALONE_VERBS = _forms(
    """
    live lives lived living sit sits sat sitting stand stands stood standing walk walks walked walking
    travel travels travelled traveled travelling traveling eat eats ate eating
    """
)
_AFTER_ALONE = _forms("in at on for since after with and but during near by until because every")
_NEARLY_VERBS = w.BE_FORMS | _forms("live lives lived living stay stays stayed staying park parks parked parking 's")
_PLACES = _forms(
    """
    beach station sea seaside river lake park school church airport hospital harbour harbor port coast
    centre center market square bridge castle cathedral museum library hotel mosque stadium border
    mountains forest university shops supermarket motorway office
    """
)
_NEARLY_OPENERS = frozenset(("the",)) | w.POSSESSIVES
"""Not 'a': "the pond is nearly a lake" is 'almost a lake'."""


_SUBORDINATORS = _forms("when whenever if unless as once before after until till while since because though although")
_THE_COMPARATIVES = _forms("more less longer louder sooner better harder")


def after_subordinator(words: list[Word], index: int, reach: int = 6) -> bool:
    """The word at ``index`` stands in a clause that a subordinator opens a few words back, with no
    punctuation between ("When you leave them go ...", "If you wish you can ...", "The more you
    listen the ..."): the clause may end right after it, without a comma."""
    for at in range(index - 1, max(index - reach - 1, -1), -1):
        if not words[at].joined:
            return False
        low = words[at].low
        if low in _SUBORDINATORS or (low in _THE_COMPARATIVES and at > 0 and words[at - 1].low == "the"):
            return True
    return False


class AdverbTwin(GrammarRule):
    id = "grammar.adverb-twin"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'-ly' words of another sense: 'worked hardly' (hard), 'arrived lately' (late), 'lives lonely' (alone)."
    why = (
        "'Hardly' means 'barely', 'lately' 'recently', 'nearly' 'almost', and 'lonely' is a feeling. "
        "After a verb of effort 'hardly' stands for 'hard' ('worked hardly all winter'), after "
        "'arrived' 'lately' for 'late', after 'lived' or 'sat' 'lonely' for 'alone', and before a "
        "place 'nearly' for 'near'. Reported only where the word ends its phrase, so 'ate hardly "
        "anything', 'have lately arrived', 'walked lonely streets' and 'is nearly the end' are left alone."
    )
    bad = (
        "The miners worked hardly all through the winter.",
        "She tried hardly to pass the exam.",
        "The final test was so hardly that nobody finished it.",
        "Our train arrived lately because of the snow.",
        "The old man lives lonely in a big house.",
        "He sat lonely at the bar.",
        "The hotel is nearly the beach.",
        "The kangaroo jumped highly over the fence.",
    )
    good = (
        "The miners worked hard all through the winter.",
        "She tried hard to pass the exam, but she hardly tried at the end.",
        "He ate hardly anything and spoke hardly a word; it rained hardly at all.",
        "I could hardly hear him; she is hardly ever late; it worked hardly to our advantage.",
        "Many have lately arrived from the south; the refugees who arrived lately are safe.",
        "Our train arrived late because of the snow; I have been busy lately.",
        "She lives alone; he walked lonely streets and lived lonely lives.",
        "It is nearly the end of the year, nearly the same size and nearly the station's centenary.",
        "The hotel is near the beach.",
        "Have any parcels arrived lately? I've been waking lately at four.",
        "Many old people live lonely, isolated lives; she sat lonely and forgotten in the ward.",
        "After the rains the stream was nearly a river, and the pond nearly a lake.",
        "The kangaroo jumped high; they flew highly successful missions and climbed highly rated peaks.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("hardly", "lately", "lonely", "nearly", "highly"))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index == 0 or not words[index - 1].joined or word.text != word.low:
                continue
            right = self._twin(words, index)
            if right is None or in_quotes(doc, word.start):
                continue
            yield self.replace_word(
                word,
                match_case(right, word.text),
                f"'{word.text}' means {_SENSES[word.low]}; here '{right}' is meant.",
                FixSafety.UNSAFE,
            )

    @staticmethod
    def _twin(words: list[Word], index: int) -> str | None:
        low, before = words[index].low, words[index - 1].low
        if low == "hardly":
            if before not in _EFFORT_VERBS and before not in _HARDLY_DEGREE:
                return None
            if not ends_phrase(words, index, _AFTER_HARD):
                return None
            if index + 2 < len(words) and words[index + 1].low == "to" and words[index + 1].joined:
                following = words[index + 2].low
                if "VERB" not in w.tags(following) or following in w.DETERMINERS:
                    return None  # "it worked hardly to our advantage"
            return "hard"
        if low == "lately":
            if before not in _ARRIVING or not ends_phrase(words, index, _AFTER_LATE):
                return None
            back = words[max(index - 5, 0) : index - 1]
            if any(item.low in _NOT_BEFORE_LATELY for item in back):
                return None  # "have any parcels arrived lately", "I've been waking lately": 'recently'
            return "late"
        if low == "highly":
            if before not in _HEIGHT_VERBS or not ends_phrase(words, index, _AFTER_HIGH):
                return None
            return "high"
        if low == "lonely":
            if before not in _ALONE_VERBS or not ends_phrase(words, index, _AFTER_ALONE):
                return None
            if _coordinated_adjective(words, index):
                return None  # "live lonely, isolated lives", "sat lonely and forgotten": an adjective
            return "alone"
        if before not in _NEARLY_VERBS or index + 2 >= len(words):
            return None
        if words[index + 1].low not in _NEARLY_OPENERS or not words[index + 1].joined:
            return None
        at = index + 2
        if at + 1 < len(words) and words[at].joined and words[at + 1].low in _PLACES:
            at += 1  # "the post office", "the train station"
        if words[at].low not in _PLACES or not ends_phrase(words, at, _forms("and but")):
            return None
        return "near"


def _coordinated_adjective(words: list[Word], index: int) -> bool:
    """Another adjective follows the word after 'and', 'but', 'or' or a comma ("lonely and
    isolated lives", "lonely, isolated lives")."""
    at = index + 1
    if at < len(words) and words[index].joined and words[at].low in ("and", "but", "or"):
        at += 1
    elif words[index].joined:
        return False
    if at >= len(words):
        return False
    tags = w.tags(words[at].low)
    return "ADJ" in tags or ("VERB" in tags and words[at].low.endswith(("ed", "en")))


_SENSES = {
    "hardly": "'barely'",
    "lately": "'recently'",
    "lonely": "sad at being alone",
    "nearly": "'almost'",
    "highly": "'very' or 'with esteem'",
}


_FEELING_ED = {
    "bored": "boring",
    "interested": "interesting",
    "excited": "exciting",
    "frightened": "frightening",
    "terrified": "terrifying",
    "surprised": "surprising",
    "shocked": "shocking",
    "fascinated": "fascinating",
    "embarrassed": "embarrassing",
    "amazed": "amazing",
    "disappointed": "disappointing",
    "exhausted": "exhausting",
    "annoyed": "annoying",
    "depressed": "depressing",
    "thrilled": "thrilling",
    "worried": "worrying",
    "astonished": "astonishing",
    "horrified": "horrifying",
}
"""'-ed' adjectives of feeling and the '-ing' twin that causes the feeling. Not 'confused', 'tired',
'relaxed': a meeting may be confused, a joke tired, a dinner relaxed."""
_ATTRIBUTIVE_ED = _forms("bored interested amazed fascinated exhausted terrified")
"""The '-ed' adjectives that cannot stand before a thing at all ('a bored film'); 'an excited
speech' and 'a disappointed speech' may be ones given in that mood."""
_GIVEN = _forms("game games performance performances")
"""Before these the '-ed' adjective may be the mood of who gives them ('a bored performance', 'an
exhausted performance'), or a board game ('a bored game'). 'Game' is not among the things at all:
the hunted animals feel ('the game was frightened and scattered')."""
_THINGS = _forms(
    """
    film films movie movies book books novel novels lesson lessons lecture lectures speech speeches
    match matches show shows story stories trip trips journey journeys concert concerts programme
    programmes program programs documentary documentaries exhibition exhibitions article articles
    subject subjects topic topics course courses seminar seminars episode episodes video videos
    song songs album albums race races ending endings holiday holidays flight flights weather
    news result results situation performance performances experience day weekend
    """
)
"""Things that cannot feel, which an '-ed' adjective of feeling cannot describe ('the film was
bored'); not 'class', 'audience', 'team' or 'party', which may be people."""
_THING_BE = _forms("is was are were")
_AFTER_THING = w.PREPOSITIONS | _forms("and but or that which is was")
_THING_DEGREE = _forms("very so really quite too extremely incredibly rather")
_AFTER_FEELING = _forms("that and but because")


_CLAUSE_OPENERS = _forms("and but because so although though when while as since if")
_SUBJECT_MODIFIERS = w.DETERMINERS | w.CARDINALS | _forms("last first new next whole")


def _opens_clause(words: list[Word], noun: int) -> bool:
    """The noun at ``noun`` heads a clause's subject: its determiner and modifiers open the sentence
    or follow a comma or a conjunction ("The film was", "and his last two novels were"), so it is
    not the object of a clause before ("the man who saw the film was bored")."""
    at = noun - 1
    while at >= 0 and noun - at <= 3 and words[at].joined and words[at].low in _SUBJECT_MODIFIERS:
        at -= 1
    if at == noun - 1:
        return False  # no determiner: "saw films was"
    return at < 0 or not words[at].joined or words[at].low in _CLAUSE_OPENERS


class EdForIng(GrammarRule):
    id = "grammar.ed-for-ing"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'The film was bored': the '-ed' adjective of a feeling where the '-ing' one is meant."
    why = (
        "The '-ed' adjective says who has a feeling ('the pupils were bored'), the '-ing' one what "
        "causes it ('the lesson was boring'). A film, a lesson or a speech cannot feel, so after "
        "'the film was' the '-ed' adjective is a slip. Only things that cannot be people are read: "
        "'the class was bored' and 'the audience was excited' are left alone."
    )
    bad = (
        "The lesson was so bored that half the class fell asleep.",
        "The film was very disappointed.",
        "His last two novels were really interested.",
        "It was a bored film, and the ending was shocked.",
    )
    good = (
        "The lesson was so boring that half the class fell asleep.",
        "The pupils were bored, the class was bored and the audience was excited.",
        "The film was very disappointing; the film was interested in money, said the critic.",
        "The meeting was confused, the joke was tired and the dinner was relaxed.",
        "She gave an excited speech, and the show was amazed by nobody.",
        "The game was frightened and scattered; the actor gave a bored performance.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(_FEELING_ED)

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index < 2 or word.text != word.low or not words[index - 1].joined:
                continue
            if not (self._predicate(words, index) or self._attributive(words, index)):
                continue
            if in_quotes(doc, word.start):
                continue
            right = match_case(_FEELING_ED[word.low], word.text)
            yield self.replace_word(
                word,
                right,
                f"A thing causes the feeling: '{right}', not '{word.text}' (who feels it).",
                FixSafety.UNSAFE,
            )

    @staticmethod
    def _predicate(words: list[Word], index: int) -> bool:
        """'the film was (very) bored', ending its clause."""
        back = index - 1
        if words[back].low in _THING_DEGREE:
            back -= 1
        if back < 2 or words[back].low not in _THING_BE or not words[back - 1].joined:
            return False
        subject = words[back - 1]
        if subject.low not in _THINGS or subject.text != subject.low:
            return False
        return _opens_clause(words, back - 1) and ends_phrase(words, index, _AFTER_FEELING)

    @staticmethod
    def _attributive(words: list[Word], index: int) -> bool:
        """'a bored film': the '-ed' adjective between an article and a thing."""
        if words[index].low not in _ATTRIBUTIVE_ED or index + 1 >= len(words) or not words[index].joined:
            return False
        if words[index - 1].low not in w.ARTICLES:
            return False
        if words[index + 1].low not in _THINGS or words[index + 1].low in _GIVEN:
            return False  # "a bored performance" is given in that mood
        return ends_phrase(words, index + 1, _AFTER_THING)  # not "a bored film critic"


_PREDICATIVE = {
    "alone": "lonely",
    "afraid": "frightened",
    "asleep": "sleeping",
    "alive": "living",
}
"""Adjectives that stand only after a verb ('the child was alone'), and the one that stands before
a noun ('a lonely child')."""
_NOT_AFTER_PREDICATIVE = _forms("time")
"""'some alone time' is a compound."""


class PredicativeBeforeNoun(GrammarRule):
    id = "grammar.predicative-before-noun"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'An alone child', 'an afraid dog': an adjective that only follows a verb, before a noun."
    why = (
        "'Alone', 'afraid', 'asleep' and 'alive' describe after a verb ('the child was alone', "
        "'the dog is afraid'); before a noun English uses another word: 'a lonely child', 'a "
        "frightened dog', 'a sleeping baby', 'a living legend'. Reported after an article and "
        "before a word the tagger reads as a noun; 'some alone time' is left alone."
    )
    bad = (
        "She was an alone child in a big family.",
        "The vet calmed the afraid dog.",
        "Don't wake the asleep baby.",
        "He is an alive legend in his village.",
    )
    good = (
        "She was a lonely child; the child was alone.",
        "The dog is afraid of thunder; the baby is asleep; the legend is alive.",
        "We all need some alone time.",
        "He left the dog alone and the baby asleep; he kept the dream alive.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(_PREDICATIVE)

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index == 0 or index + 1 >= len(words) or word.text != word.low:
                continue
            if words[index - 1].low not in w.ARTICLES or not words[index - 1].joined or not word.joined:
                continue
            noun = words[index + 1]
            if noun.low in _NOT_AFTER_PREDICATIVE or noun.text != noun.low or "NOUN" not in w.tags(noun.low):
                continue
            if sentence_tags(doc, words)[index + 1] not in ("NN", "NNS") or in_quotes(doc, word.start):
                continue
            right = match_case(_PREDICATIVE[word.low], word.text)
            article = words[index - 1]
            yield self.replace_word(
                word,
                right,
                f"'{word.text}' stands only after a verb; before a noun write '{right}' "
                f"('{_article(article.low, right)} {right} {noun.text}').",
                FixSafety.UNSAFE,
            )


def _article(article: str, word: str) -> str:
    if article == "the":
        return "the"
    return "an" if word[:1] in "aeiou" else "a"


_SENSITIVE_NOT_AFTER = _forms("point fault degree extent")
"""'sensible to a fault', 'sensible to the point of': set phrases, not the senses."""


_SENSIBLE_JUDGES = _forms(
    """
    it it's seem seems seemed seeming sound sounds sounded look looks looked appear appears appeared
    strike strikes struck feel feels felt
    """
)
"""Words before 'sensible' that make it a judgement: "it is sensible to water the plants" (an
extraposed verb after 'to', whatever the tagger says), "seemed sensible to the committee" (to whom
it seemed reasonable)."""


class SensibleSensitive(GrammarRule):
    id = "grammar.sensible-sensitive"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Sensible to criticism': 'sensitive to' (quick to feel), not 'sensible' (reasonable)."
    why = (
        "'Sensible' means 'reasonable' ('a sensible plan', 'it is sensible to wait'); 'sensitive to' "
        "means quick to feel or react ('sensitive to light', 'sensitive to criticism'). 'Sensible "
        "to' before a noun is the false friend of 'sensible' in French, Spanish and German. Before "
        "a verb ('sensible to wait') and in 'sensible to a fault' it is left alone."
    )
    bad = (
        "My sister is very sensible to criticism.",
        "Some plants are sensible to the cold.",
    )
    good = (
        "My sister is very sensitive to criticism.",
        "It would be sensible to leave early, and it is sensible to heat the oven first.",
        "He was sensible to a fault and sensible to the point of dullness.",
        "It is sensible to water the plants at night, and it would be sensible to phone first.",
        "The plan seemed sensible to the committee and sounded sensible to me.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("sensible",))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index + 2 >= len(words) or not word.joined or words[index + 1].low != "to":
                continue
            at = index + 2
            if not words[index + 1].joined:
                continue
            if words[at].low in w.DETERMINERS and at + 1 < len(words):
                at += 1
            elif words[at].low in w.DETERMINERS:
                continue
            if words[at].low in _SENSITIVE_NOT_AFTER or in_quotes(doc, word.start):
                continue
            if not w.tags(words[at].low) & w.NOUN_OR_ADJECTIVE:
                continue
            if joined_before(words, index, 4, _SENSIBLE_JUDGES):
                continue  # "it is sensible to phone first", "the plan seemed sensible to the committee"
            if at == index + 2 and "VERB" in w.tags(words[at].low) and sentence_tags(doc, words)[at].startswith("VB"):
                continue  # "sensible to wait", "sensible to heat the oven"
            right = match_case("sensitive", word.text)
            yield self.replace_word(
                word,
                right,
                f"'{word.text}' means 'reasonable'; quick to feel something is '{right} to'.",
                FixSafety.UNSAFE,
            )


_DRESS_AS_WEAR = {"dress": "wear", "dresses": "wears", "dressing": "wearing"}
_CLOTHES = _forms(
    """
    coat coats dress dresses suit suits jacket jackets shirt shirts skirt skirts jeans trousers uniform
    uniforms hat hats scarf scarves sweater sweaters jumper jumpers gown gowns blouse blouses cap caps
    boots shoes trainers sandals tie ties glasses sunglasses helmet helmets hoodie cardigan shorts
    t-shirt t-shirts overcoat raincoat tracksuit
    """
)
"""Things worn: 'dressed a red coat' is 'wore a red coat'. Not what is dressed: a wound, a salad,
a window, a chicken, a child."""


class DressWear(GrammarRule):
    id = "grammar.dress-wear"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'She dressed a red coat': clothes are worn ('wore a red coat'), a person is dressed."
    why = (
        "You wear clothes and dress a person (or dress in clothes): 'she wore a red coat', 'she was "
        "dressed in a red coat', 'she dressed the children'. 'Dress' with a garment as its object is a "
        "slip for 'wear'. What is dressed in the other senses ('dressed the wound', 'dressed a salad', "
        "'dressed the window') is left alone."
    )
    bad = (
        "She dressed a red coat to the party.",
        "He was dressing a grey suit and a tie.",
        "The players dress their new uniforms on Saturday.",
    )
    good = (
        "She wore a red coat; she was dressed in a red coat.",
        "The nurse dressed the wound, and the chef dressed a salad.",
        "She dressed the children in warm coats and dressed the window for Christmas.",
        "Her wedding dress suits her; the dress shoes are new.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("dress", "dresses", "dressed", "dressing"))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            verb = words[index]
            if index == 0 or verb.text != verb.low or not verb.joined:
                continue
            before = words[index - 1].low
            if before in w.DETERMINERS or (before in w.BE_FORMS and verb.low != "dressing") or before in _GET:
                continue  # "her dress", "was dressed", "got dressed"
            garment = self._garment(words, index)
            if garment is None or in_quotes(doc, verb.start):
                continue
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("VB"):
                continue
            right = _DRESS_AS_WEAR.get(verb.low)
            if right is None:
                right = "worn" if before in w.HAVE_FORMS else "wore"
            yield self.replace_word(
                verb, right, f"Clothes are worn, a person is dressed: '{right} {garment}'.", FixSafety.UNSAFE
            )

    @staticmethod
    def _garment(words: list[Word], index: int) -> str | None:
        """The garment the verb takes: a determiner, up to two adjectives and a garment that ends
        its phrase ("dressed a red coat to the party")."""
        at = index + 1
        if at < len(words) and words[at].low in w.DETERMINERS | w.CARDINALS:
            at += 1
        start = at
        while at < len(words) and at - start < 3 and words[at - 1].joined:
            word = words[at]
            if word.low in _CLOTHES and (at + 1 >= len(words) or not word.joined or words[at + 1].low not in _CLOTHES):
                following = words[at + 1].low if at + 1 < len(words) and word.joined else ""
                if "NOUN" in w.tags(following) and following not in w.PREPOSITIONS and "ADP" not in w.tags(following):
                    return None  # "dressed the dress form": a compound
                return " ".join(item.text for item in words[index + 1 : at + 1])
            if "ADJ" not in w.tags(word.low) or word.low in w.DETERMINERS:
                return None
            at += 1
        return None


_GET = _forms("get gets got getting")
_LEAVE = _forms("leave leaves left leaving")
_LET_FORMS = {"leave": "let", "leaves": "lets", "left": "let", "leaving": "letting"}
_LEFT_TO_DO = _forms("go know see try stay sleep play speak pass finish explain decide come help think get")
"""Bare verbs after 'leave' + a person that make it 'let' ("leave him go"); not 'be' ("leave him
be" is an idiom)."""
_LEFT_PERSONS = _forms("me him her us them")


class LeaveLet(GrammarRule):
    id = "grammar.leave-let"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Don't leave him go': 'let' (allow) takes a person and a bare verb, 'leave' does not."
    why = (
        "'Let' means allow and takes a person and a bare verb ('let him go', 'let me know'); 'leave' "
        "does not ('leave him alone', 'leave him to decide'). 'Leave him be' is an idiom and is left alone."
    )
    bad = (
        "Don't leave him go out alone at night.",
        "She left me try the cake first.",
        "Please leave us know by Friday.",
    )
    good = (
        "Don't let him go out alone at night.",
        "Leave him alone; leave him be; she left me to decide.",
        "They left us in the car and left them behind.",
        "When you leave them go straight to the car.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LEAVE):
            verb = words[index]
            if index + 2 >= len(words) or not (verb.joined and words[index + 1].joined):
                continue
            if words[index + 1].low not in _LEFT_PERSONS or words[index + 2].low not in _LEFT_TO_DO:
                continue
            if after_subordinator(words, index):
                continue  # "When you leave them go straight home": the clause ends after the person
            if verb.text != verb.low and index > 0 and not verb.sentence_start:
                continue
            if in_quotes(doc, verb.start):
                continue
            right = match_case(_LET_FORMS[verb.low], verb.text)
            yield self.replace_word(
                verb,
                right,
                f"Allowing is 'let': '{right} {words[index + 1].text} {words[index + 2].text}'.",
                FixSafety.UNSAFE,
            )


_SPEAK_TALK = _forms("speak speaks spoke spoken speaking talk talks talked talking")
_TOLD_FORMS = {
    "speak": "tell",
    "speaks": "tells",
    "spoke": "told",
    "spoken": "told",
    "speaking": "telling",
    "talk": "tell",
    "talks": "tells",
    "talked": "told",
    "talking": "telling",
}
_TOLD_THINGS = _forms("story stories truth news joke jokes secret secrets lie lies tale tales")


class SpeakToPerson(GrammarRule):
    id = "grammar.speak-to"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'She spoke me about it', 'he talked me a story': 'spoke to me about', 'told me a story'."
    why = (
        "'Speak' and 'talk' take 'to' before the person ('she spoke to me about her trip'); what is "
        "told takes 'tell' ('he told me a story'). 'Talk me through it', 'talked him into it' and "
        "'speak her mind' are left alone."
    )
    bad = (
        "She spoke me about her trip to Peru.",
        "My grandmother talked me a story about the war.",
        "He never talks us about his work.",
    )
    good = (
        "She spoke to me about her trip to Peru; my grandmother told me a story.",
        "Talk me through the plan; they talked him into it; she spoke her mind about the plan.",
        "He talked them down and spoke them fair.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SPEAK_TALK):
            verb = words[index]
            if index + 2 >= len(words) or not (verb.joined and words[index + 1].joined):
                continue
            person, after = words[index + 1], words[index + 2]
            if person.low not in _LEFT_PERSONS or person.text != person.low:
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue  # "a talk", "her talk"
            if after.low == "about":
                right = f"{verb.text} to {person.text}"
                message = f"'{verb.text}' takes 'to' before the person: '{right} about'."
            elif (
                after.low in w.ARTICLES | w.POSSESSIVES
                and index + 3 < len(words)
                and after.joined
                and words[index + 3].low in _TOLD_THINGS
            ):
                right = f"{match_case(_TOLD_FORMS[verb.low], verb.text)} {person.text}"
                message = f"A story or the truth is told: '{right} {after.text} {words[index + 3].text}'."
            else:
                continue
            if in_quotes(doc, verb.start):
                continue
            yield self.finding(verb.start, person.end, message, suggestions=(right,), fix=FixSafety.UNSAFE)


_ALMOST_BEFORE = w.PREPOSITIONS | _forms("and but because so although when while if that")


class AlmostPlural(GrammarRule):
    id = "grammar.almost-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Almost people agree': 'most people' or 'almost all people'."
    why = (
        "'Almost' is an adverb: it modifies 'all', 'every', a number or a verb, not a noun. 'Almost "
        "people' and 'in almost cases' are 'most people' or 'almost all people'. Reported where "
        "'almost' opens a noun phrase (first in its clause or after a preposition) before a plural "
        "noun; 'they were almost children' is left alone."
    )
    bad = (
        "Almost people in the village own a dog.",
        "The virus is harmless in almost cases.",
    )
    good = (
        "Most people in the village own a dog; almost all people agree.",
        "They were almost children when they married; almost every house has a garden.",
        "Almost twenty people came, and almost none left.",
        "She laughs and almost cries; the price rises and almost doubles.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("almost",))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index + 1 >= len(words) or not word.joined:
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low not in _ALMOST_BEFORE:
                continue
            noun = words[index + 1]
            if noun.text != noun.low or not (noun.low in w.PLURAL_PERSONS or w.is_plural_noun(noun.low)):
                continue
            if index > 0 and words[index - 1].low in ("and", "but", "or") and "VERB" in w.tags(noun.low):
                continue  # "she laughs and almost cries": a second verb
            if in_quotes(doc, word.start) or sentence_tags(doc, words)[index + 1] != "NNS":
                continue  # "almost kills", "almost crosses": a verb
            right = match_case("almost all", word.text)
            yield self.finding(
                word.start,
                word.end,
                f"'Almost' does not modify a noun: '{right} {noun.text}' or 'most {noun.text}'.",
                suggestions=(right, match_case("most", word.text)),
                fix=FixSafety.UNSAFE,
            )


_CLAUSE_SUBJECTS = _forms("i he she we they")


class DuringWhile(GrammarRule):
    id = "grammar.during-while"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'During I was sleeping': 'during' takes a noun, a clause takes 'while'."
    why = (
        "'During' is a preposition ('during the night'); before a clause with its own subject and "
        "verb the conjunction is 'while' ('while I was sleeping'). Reported before a subject pronoun "
        "and a verb; 'during it' and 'during his visit' are left alone."
    )
    bad = (
        "During I was sleeping, somebody took my bag.",
        "He called twice during we were having dinner.",
    )
    good = (
        "While I was sleeping, somebody took my bag; during the night it rained.",
        "He called twice during dinner; during it, we talked; during his visit they met.",
        "During We Will Rock You the crowd sang along.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("during",))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index + 2 >= len(words) or not (word.joined and words[index + 1].joined):
                continue
            subject = words[index + 1]
            if subject.low not in _CLAUSE_SUBJECTS or (subject.low == "i" and subject.text != "I"):
                continue
            if "VERB" not in w.tags(words[index + 2].low) and words[index + 2].low not in w.MODALS:
                continue
            if words[index + 2].text != words[index + 2].low or (subject.low != "i" and subject.text != subject.low):
                continue  # "During We Will Rock You": a title
            if in_quotes(doc, word.start):
                continue
            right = match_case("while", word.text)
            yield self.replace_word(
                word, right, f"'{word.text}' takes a noun; before a clause write '{right}'.", FixSafety.UNSAFE
            )


_PAY = _forms("pay pays paid paying")
_PAID_FOR = _forms(
    """
    meal meals dinner dinners lunch lunches breakfast drinks drink food coffee coffees petrol
    groceries shopping repairs flight flights course courses lessons treatment operation wedding trip
    trips holiday holidays journey meals round accommodation parking books book
    """
)
"""Things bought, which 'pay' takes with 'for' ('pay for the meal'); not what is handed over or who
is paid ('pay the bill', 'pay the rent', 'pay the hotel', 'pay the driver'); not 'ticket' (a fine is
paid: 'paid the ticket') nor 'party' (a political party may be paid)."""


class PayFor(GrammarRule):
    id = "grammar.pay-for"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Who will pay the meal?': 'pay for' what is bought; 'pay' the bill, the money or the person."
    why = (
        "You pay a sum, a bill or a person, and pay for what you buy: 'pay the bill', 'pay the "
        "waiter', 'pay for the meal', 'pay for the tickets'. 'Pay the meal' drops the 'for'. The "
        "thing bought must end its phrase ('paid the drinks bill' is the bill)."
    )
    bad = (
        "Who is going to pay the meal tonight?",
        "My parents paid my flight and the course.",
        "She refused to pay the meals.",
    )
    good = (
        "Who is going to pay for the meal? She paid the bill, the rent and the waiter.",
        "My parents paid the drinks bill and paid the hotel; they paid for my flight.",
        "He pays the course fees; the trip paid dividends; he paid the ticket and the party.",
        "He paid the parking ticket before the deadline.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PAY):
            verb = words[index]
            if index + 2 >= len(words) or not verb.joined:
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue  # "the pay", "their pay"
            at = index + 1
            if words[at].low not in w.ARTICLES | w.POSSESSIVES | w.DEMONSTRATIVES:
                continue
            at += 1
            if at < len(words) and words[at - 1].joined and words[at].low not in _PAID_FOR:
                if "ADJ" not in w.tags(words[at].low) or words[at].low in w.DETERMINERS:
                    continue
                at += 1
            if at >= len(words) or not words[at - 1].joined or words[at].low not in _PAID_FOR:
                continue
            if not ends_phrase(words, at, w.PREPOSITIONS | _forms("and but tonight today yesterday")):
                continue
            if at + 1 < len(words) and words[at].joined and words[at + 1].low in ("for", "of"):
                continue  # "paid the trip for her": he paid for her trip; "pay the course of ..."
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("VB") or tags[at] not in ("NN", "NNS") or in_quotes(doc, verb.start):
                continue
            right = f"{verb.text} for"
            yield self.replace_word(
                verb,
                right,
                f"What is bought is paid for: '{right} {doc.text[words[index + 1].start : words[at].end]}'.",
                FixSafety.UNSAFE,
            )


_LOOK = _forms("look looks looked looking")
_LOOKED_AT = _forms(
    """
    picture pictures photo photos photograph photographs map maps screen sign board clock sky painting
    paintings letter list page chart graph diagram poster mirror menu timetable view stars sea
    """
)
"""Things looked at: 'look this picture' is 'look at this picture'."""
_AFTER_LOOKED_AT = _forms("and when because before on in at with from of")
_OF = _forms("of")


class LookAt(GrammarRule):
    id = "grammar.look-at"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Look this picture': 'look at' what is looked at."
    why = (
        "'Look' takes 'at' before what is looked at ('look at this picture'); 'see' and 'watch' take "
        "it directly. 'Look this way', 'look the part', 'look the word up' and 'look the same' are "
        "left alone: only a thing to look at that ends its phrase is read."
    )
    bad = (
        "Look this picture of my grandmother.",
        "We were looking the map when the bus came.",
        "She looked the clock and ran.",
    )
    good = (
        "Look at this picture; look this way; look the part; they look the same.",
        "Look the sign up in the dictionary; she looked the picture of health.",
        "Everything looks the picture of calm.",
        "She looked a picture in her wedding dress, and the garden looks a picture in spring.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LOOK):
            verb = words[index]
            if index + 2 >= len(words) or not (verb.joined and words[index + 1].joined):
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue  # "a look", "her looks"
            if words[index + 1].low not in w.ARTICLES | w.POSSESSIVES | w.DEMONSTRATIVES:
                continue
            thing = words[index + 2]
            if thing.low not in _LOOKED_AT or thing.text != thing.low:
                continue
            if not ends_phrase(words, index + 2, _AFTER_LOOKED_AT):
                continue
            if thing.low == "picture" and words[index + 1].low == "the" and ends_phrase(words, index + 2, _OF):
                continue  # "she looked the picture of health"
            if thing.low == "picture" and words[index + 1].low in ("a", "an"):
                continue  # "she looked a picture in her wedding dress": looked lovely
            if in_quotes(doc, verb.start):
                continue
            right = f"{verb.text} at"
            yield self.replace_word(
                verb,
                right,
                f"'{verb.text}' takes 'at' before what is looked at: '{right} {words[index + 1].text} {thing.text}'.",
                FixSafety.UNSAFE,
            )


_COMPLETING = _forms(
    """
    finish finishes finished complete completes completed send sends sent submit submits submitted
    deliver delivers delivered return returns returned hand hands handed decide decides decided
    """
)
"""Verbs of a deadline: what is done once, by a time ('send it by Monday'); not verbs of a span
('work until Monday', 'stay until Monday') nor 'pay' ('paid until the end of the month')."""
_DEADLINES = _forms(
    """
    monday tuesday wednesday thursday friday saturday sunday tomorrow tonight noon midnight next the
    january february march april may june july august september october november december
    """
)
_NEGATIONS = _forms("not never no n't cannot can't won't don't doesn't didn't")
_SENT_PLACES = _forms("to home back away out off into")
_IT_THEM = _forms("it them")
"""Words after the object that send it somewhere, where it stays until the time: a span."""
_UNTIL_STOPS = _forms("and but or because when while if that which who")


class UntilBy(GrammarRule):
    id = "grammar.until-by"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Send it until Monday': a deadline is 'by Monday'; 'until' is the end of a span."
    why = (
        "'Until' says how long something goes on ('wait until Monday'); a thing done once before a "
        "time takes 'by' ('send the form by Monday'). Reported after a verb of a deadline ('finish', "
        "'send', 'submit', 'return', 'decide') with one object and no negation: 'won't finish until "
        "Monday' and 'delivered parcels until midnight' are right."
    )
    bad = (
        "I will send you the document until Monday.",
        "Please return the form until the end of the month.",
        "We must finish the report until Friday.",
    )
    good = (
        "I will send you the document by Monday; wait until Monday.",
        "We won't finish the report until Friday, and they did not decide it until May.",
        "They delivered parcels until midnight and worked on the report until Friday.",
        "She sent letters until the end of her life.",
        "We sent the dog to kennels until Sunday; she decided the matter could wait until Friday.",
        "The committee decided to postpone the vote until March.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("until", "till"))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index < 2 or index + 1 >= len(words) or not word.joined or word.text != word.low:
                continue
            if words[index + 1].low not in _DEADLINES:
                continue
            if words[index + 1].low == "the" and (index + 2 >= len(words) or words[index + 2].low != "end"):
                continue
            if not self._deadline_verb(words, index) or in_quotes(doc, word.start):
                continue
            yield self.replace_word(
                word,
                match_case("by", word.text),
                f"A deadline is 'by': '{match_case('by', word.text)} {words[index + 1].text} …', not '{word.text}'.",
                FixSafety.UNSAFE,
            )

    @staticmethod
    def _deadline_verb(words: list[Word], index: int) -> bool:
        """A verb of a deadline at most six words back in the clause, with a single object ('the
        document', 'it') and no plural noun or negation between."""
        for at in range(index - 1, max(index - 7, -1), -1):
            word = words[at]
            if not word.joined or word.low in _UNTIL_STOPS:
                return False
            if word.low in _NEGATIONS or word.low.endswith("n't"):
                return False
            if word.low in _COMPLETING:
                if at == 0 or not words[at].joined:
                    return False
                before = words[:at]
                if any(item.low in _NEGATIONS or item.low.endswith("n't") for item in before[-4:]):
                    return False
                between = words[at + 1 : index]
                if not between or any(
                    w.is_plural_noun(item.low) and item.low not in w.OBJECT_PRONOUNS for item in between
                ):
                    return False  # "delivered parcels until midnight": a span of deliveries
                if any(item.low in w.MODALS or item.low == "to" for item in between):
                    return False  # "decided the matter could wait until Friday", "decided to postpone it until May"
                opened = [n for n, item in enumerate(between) if item.low in w.DETERMINERS | _IT_THEM]
                if opened and any(item.low in _SENT_PLACES for item in between[opened[0] + 1 :]):
                    return False  # "sent the dog to kennels until Sunday": it stays there until then
                return bool(opened)
        return False


_WISH = _forms("wish wishes wished")
_HOPERS = _forms("i we they you he she")
_HOPE_FORMS = {"wish": "hope", "wishes": "hopes", "wished": "hoped"}
_WISHED_SUBJECTS = _forms("you he she they we it i")
_FUTURE = _forms("will can 'll")


def _should_open(words: list[Word], at: int) -> bool:
    """'Should' opens its clause at ``at``: an inverted condition ("Should you wish, ...")."""
    return at >= 0 and words[at].low == "should" and (at == 0 or not words[at - 1].joined)


class WishHope(GrammarRule):
    id = "grammar.wish-hope"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I wish you will pass': a likely future is hoped for; 'wish' takes 'would' or the past."
    why = (
        "'Hope' looks to a future that may come ('I hope you will pass', 'I hope you can come'); "
        "'wish' is for what is not so ('I wish you were here', 'I wish you would stop'). 'Wish' "
        "with 'will' or 'can' after its clause's subject is a slip for 'hope'."
    )
    bad = (
        "I wish you will pass the exam.",
        "We wish she can come to the wedding.",
    )
    good = (
        "I hope you will pass; I wish you would stop; I wish you were here.",
        "We wish you a merry Christmas, and they wish it could be different.",
        "If you wish you can leave now; should you wish you can pay by card.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WISH):
            word = words[index]
            if index == 0 or index + 2 >= len(words) or not words[index - 1].joined:
                continue
            if words[index - 1].low not in _HOPERS or not (word.joined and words[index + 1].joined):
                continue
            if words[index + 1].low not in _WISHED_SUBJECTS or words[index + 2].low not in _FUTURE:
                continue
            if after_subordinator(words, index) or _should_open(words, index - 2):
                continue  # "If you wish you can leave now", "Should you wish you can ...": a condition
            if in_quotes(doc, word.start):
                continue
            right = match_case(_HOPE_FORMS[word.low], word.text)
            yield self.replace_word(
                word,
                right,
                f"A future that may come is hoped for: '{right} {words[index + 1].text} {words[index + 2].text}'.",
                FixSafety.UNSAFE,
            )


_SAY_TALK = _forms("say says said saying")
"""Not 'talk': 'they were talking Spanish at home' is standard ('talk' a language, as dictionaries give it)."""
_SPEAK_FORMS = {
    "say": "speak",
    "says": "speaks",
    "said": "spoke",
    "saying": "speaking",
}
_LANGUAGES = _forms(
    """
    english french spanish german italian portuguese russian chinese mandarin cantonese japanese korean
    arabic hindi urdu turkish greek polish dutch swedish norwegian danish finnish hungarian czech
    romanian ukrainian hebrew persian farsi swahili welsh irish latin
    """
)
_AFTER_LANGUAGE = _forms("well fluently perfectly badly poorly very a quite really")
"""Words of manner after the language: 'says French very well'. Not the end of the phrase, 'only' or
'at': a sign, a label or a menu says what it reads ("the sign says French only")."""


class SpeakLanguage(GrammarRule):
    id = "grammar.speak-language"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'She says French very well': a language is spoken, not said."
    why = (
        "A language is spoken: 'she speaks French', 'can you speak English?'. 'Say' takes what is "
        "said, not the language. Reported when a word of manner follows the language ('says French "
        "well'); 'says French is hard' and 'the sign says French only' are right, and so is 'talk "
        "Spanish'."
    )
    bad = (
        "My brother says French very well.",
        "My neighbour says German fluently.",
    )
    good = (
        "My brother speaks French very well; he says French is hard.",
        "They talked English football all night; she said English was her best subject.",
        "How do you say it in French? They talk in English; they were talking Spanish at home.",
        "The sign says French only; the label says English, but the text is German.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SAY_TALK):
            word = words[index]
            if index + 1 >= len(words) or not word.joined or words[index + 1].low not in _LANGUAGES:
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue  # "a talk", "their say"
            language = words[index + 1]
            if not language.text[:1].isupper() or not language.joined or index + 2 >= len(words):
                continue
            if words[index + 2].low not in _AFTER_LANGUAGE:
                continue
            if in_quotes(doc, word.start):
                continue
            right = match_case(_SPEAK_FORMS[word.low], word.text)
            yield self.replace_word(word, right, f"A language is spoken: '{right} {language.text}'.", FixSafety.UNSAFE)


_SEE_LOOK = _forms("see sees saw seen seeing look looks looked looking")
_WATCHED = _forms("tv television")
_WATCH_FORMS = {
    "see": "watch",
    "sees": "watches",
    "saw": "watched",
    "seen": "watched",
    "seeing": "watching",
    "look": "watch",
    "looks": "watches",
    "looked": "watched",
    "looking": "watching",
}
_AFTER_TV = _forms("all every tonight yesterday last until after before while when together")
"""Not 'and' or 'at': "saw TV and radio as rivals", "saw TV at its best"."""
_SEEN_TV_SPANS = _forms("all every tonight yesterday last while together")
"""After 'saw TV' only a span of viewing makes it 'watched' ("saw TV all evening"): 'the Victorians
never saw TV', 'first saw TV at a neighbour's house' and 'saw TV and radio as rivals' are right."""
_HOURS = _forms(
    "midnight late bedtime dinner supper dawn lunchtime teatime morning one two three four five six seven eight "
    "nine ten eleven twelve"
)
"""Hours after 'saw TV until': 'until midnight', 'until two' (not 'until 1962', a year)."""


class WatchTv(GrammarRule):
    id = "grammar.watch-tv"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'We saw TV all evening': television is watched."
    why = (
        "You watch television: 'we watched TV all evening'. 'See TV' and 'look TV' are slips where "
        "'TV' ends its phrase; 'saw TV cameras', 'saw TV as a threat' and 'seen on TV' are right."
    )
    bad = (
        "We saw TV all evening.",
        "The kids are looking TV in the living room.",
    )
    good = (
        "We watched TV all evening; she saw TV cameras outside.",
        "He saw TV as a threat; I have seen it on TV; they saw TV and radio as rivals; we saw TV at its best.",
        "The Victorians never saw TV; my grandmother first saw TV at a neighbour's house.",
        "He saw TV and radio as rivals; nobody in the valley saw TV until 1962.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _SEE_LOOK):
            word = words[index]
            if index + 1 >= len(words) or not word.joined or words[index + 1].low not in _WATCHED:
                continue
            allowed = _AFTER_TV | (w.PREPOSITIONS if word.low in _LOOK else frozenset())
            if not ends_phrase(words, index + 1, allowed) or in_quotes(doc, word.start):
                continue
            if word.low not in _LOOK and not self._span_after(words, index + 1):
                continue
            if index > 0 and words[index - 1].low in w.DETERMINERS:
                continue
            right = match_case(_WATCH_FORMS[word.low], word.text)
            yield self.replace_word(
                word, right, f"Television is watched: '{right} {words[index + 1].text}'.", FixSafety.UNSAFE
            )

    @staticmethod
    def _span_after(words: list[Word], tv: int) -> bool:
        """A span of viewing after 'saw TV': "all evening", "every night", "until midnight"."""
        if tv + 1 >= len(words) or not words[tv].joined:
            return False
        following = words[tv + 1].low
        if following in _SEEN_TV_SPANS:
            return True
        if following not in ("until", "till") or tv + 2 >= len(words):
            return False
        hour = words[tv + 2].low
        return hour in _HOURS or (hour.isdigit() and len(hour) <= 2)


_SAID = _forms("say says said saying")
_TOLD_VERBS = _forms("tell tells told telling")
_SAY_AS_TELL = {"say": "tell", "says": "tells", "said": "told", "saying": "telling"}
_TOLD_PEOPLE = _forms(
    """
    wife husband boss mother father mum dad mom friend friends teacher teachers doctor lawyer son daughter
    brother sister parents children neighbour neighbours neighbor neighbors colleague colleagues manager
    girlfriend boyfriend partner family police court judge jury committee board officers press readers
    audience staff team players students class
    """
)
"""People told something: after 'said my wife' or 'told to the police' and before a 'that' clause."""


_THAT_TIMES = _forms("night day morning evening afternoon week weekend month year time summer winter spring autumn")


_TOLD_ITEMS = _TOLD_THINGS | _forms("account accounts version versions things words tale tales everything nothing")
_CLAUSE_LINKS = _forms("and but or so because if when while before after although though until")
_FINITE = w.FINITE_OR_MODAL_TAGS


def _relative_that(doc: Document, words: list[Word], that: int) -> bool:
    """'That' opens a relative clause on the person: a second finite verb follows the clause's own
    ("said his friend that he trusted most had betrayed him"), with no link word between."""
    tags = sentence_tags(doc, words)
    finite = 0
    for at in range(that + 1, min(that + 12, len(words))):
        if words[at].low in _CLAUSE_LINKS:
            return False
        if tags[at] in _FINITE:
            finite += 1
            if finite == 2:
                return True
        if not words[at].joined:
            return False
    return False


def _fronted_object(words: list[Word], verb: int) -> bool:
    """A noun, then the verb's subject pronoun, right before the verb: "the story she told", "the
    lie he said" (the noun is the verb's object, in a relative clause)."""
    if verb < 2 or not (words[verb - 2].joined and words[verb - 1].joined):
        return False
    return words[verb - 1].low in w.SUBJECT_PRONOUNS and "NOUN" in w.tags(words[verb - 2].low)


class TellPerson(GrammarRule):
    id = "grammar.tell-person"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'He said his wife that …' (told his wife), 'she told to the police that …' (told the police)."
    why = (
        "'Tell' takes the person told straight after it ('she told the police that she was "
        "innocent'); 'say' takes none ('he told his wife that …', or 'said to his wife that …'). "
        "Reported only before a 'that' clause with its own subject: 'the story he told to the police "
        "that night' and 'he said his wife was ill' are right."
    )
    bad = (
        "He said his wife that he would be late.",
        "She told to the police that she was innocent.",
    )
    good = (
        "He told his wife that he would be late; he said his wife was ill.",
        "She told the police that she was innocent; the story she told to the police that night was false.",
        "He said his friend that he trusted most had betrayed him.",
        "The lies told to the press that we know about were many.",
    )
    fix = "sometimes"

    _TRIGGERS = _SAID | _TOLD_VERBS

    def detect(self, doc: Document) -> Iterator[Finding]:
        from .clauses import _clause_after

        for words, index in occurrences(doc, self._TRIGGERS):
            verb = words[index]
            said = verb.low in _SAID
            at = index + 1
            if not said:
                if at >= len(words) or words[at].low != "to" or not verb.joined:
                    continue
                at += 1
            if at + 2 >= len(words) or not all(word.joined for word in words[index : at + 2]):
                continue
            opener, person = words[at], words[at + 1]
            if opener.low not in (w.POSSESSIVES if said else w.POSSESSIVES | {"the"}):
                continue
            if person.low not in _TOLD_PEOPLE or not _clause_after(doc, words, at + 2):
                continue
            if at + 3 < len(words) and words[at + 3].low in _THAT_TIMES:
                continue  # "told to the police that night": a time, not a clause
            if _fronted_object(words, index):
                continue  # "the story she told to the police that …": a relative clause
            if index > 0 and words[index - 1].low in _TOLD_ITEMS:
                continue  # "the lies told to the press that we know about": what was told
            if _relative_that(doc, words, at + 2):
                continue  # "said his wife that he married in 1990 had died": 'that' opens a relative
            if in_quotes(doc, verb.start):
                continue
            group = doc.text[opener.start : person.end]
            if said:
                right = f"{match_case(_SAY_AS_TELL[verb.low], verb.text)} {group}"
                message = f"'{verb.text}' takes no indirect object: '{right} that …' (or '{verb.text} to {group}')."
                yield self.finding(verb.start, person.end, message, suggestions=(right,), fix=FixSafety.UNSAFE)
            else:
                right = f"{verb.text} {group}"
                message = f"'{verb.text}' takes the person without 'to': '{right} that …'."
                yield self.finding(verb.start, person.end, message, suggestions=(right,), fix=FixSafety.UNSAFE)


_NEGATORS = _forms("not never cannot")
_POSITIVE_NEGATIVES = _forms("forget wait help hesitate resist fail fails")
"""Verbs whose negative is a positive ('don't forget the kids too', 'I can't wait to see you too',
'I couldn't resist the scarf too', 'he never fails to make me laugh too')."""
_CLAUSE_BREAKS = _forms(
    "and but so because while when although though if unless until till before after since once whereas whether"
)
"""Words that open another clause, whose 'too' the negation before them does not reach ('I won't go
unless you go too')."""
_WOULD_NOT = _forms("wouldn't wouldn’t 'd ’d would")


_RELATIVES = _forms("who which that")


def _in_relative(words: list[Word], negator: int) -> bool:
    """The negation at ``negator`` opens a relative clause ("the ones who never complain", "those
    who don't vote"), so the clause of 'too' is not negated."""
    return any(at >= 0 and words[at].low in _RELATIVES for at in (negator - 1, negator - 2))


def _finite(tag: str) -> bool:
    return any(part in _FINITE for part in tag.split("+"))


_PASSIVE_AUXILIARIES = w.BE_FORMS | w.HAVE_FORMS | _forms("get gets got getting")
_SOMEONE = _forms("everyone everybody everything anyone anybody anything someone somebody something")


def _bare_past(words: list[Word], tags: list[str], at: int) -> bool:
    """A past form the tagger reads as a participle with no auxiliary before it, the verb of a clause
    ("I didn't know the café served lunch")."""
    return "VBN" in tags[at].split("+") and words[at - 1].low not in _PASSIVE_AUXILIARIES


def _zero_relative(words: list[Word], negator: int) -> bool:
    """The negated verb's subject is a pronoun after a noun phrase, a relative clause with no 'who' or
    'that' ("the drinks you don't finish", "everyone I didn't invite")."""
    if negator < 2 or words[negator - 1].low not in w.SUBJECT_PRONOUNS or not words[negator - 2].joined:
        return False
    head = words[negator - 2].low
    if head in _SOMEONE:
        return True
    return "NOUN" in w.tags(head) and negator > 2 and words[negator - 3].low in w.DETERMINERS


class TooEither(GrammarRule):
    id = "grammar.too-either"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'I don't like it too': after a negative, 'also' at the end is 'either'."
    why = (
        "'Too' adds to a positive ('I like it too'); after a negative the word is 'either' ('I "
        "don't like it either'). Reported when 'too' ends a statement whose own clause is negated; "
        "'not too bad', 'not only … but … too' and questions ('Don't you think so too?') are left alone."
    )
    bad = (
        "I do not like coffee too.",
        "My sister can't swim too.",
        "He never calls, and he doesn't write too.",
    )
    good = (
        "I don't like coffee either; I like tea too.",
        "It is not too bad. Don't you think so too? He didn't go, and she stayed home too.",
        "Not only the players but the coach was tired too.",
        "Don't forget to bring the kids too. I can't wait to see you too!",
        "The ones who never complain work hard too, and those who don't vote pay taxes too.",
        "I won't go unless you go too. I didn't know you played the piano too. Everyone I didn't invite came too.",
        "I wouldn't mind a slice too. I decided not to go, and my brother decided not to go too.",
        "He never fails to make me laugh too.",
    )
    fix = "sometimes"

    _TRIGGERS = frozenset(("too",))

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, self._TRIGGERS):
            word = words[index]
            if index != len(words) - 1 or index < 2 or not words[index - 1].joined or word.text != "too":
                continue
            if doc.text[word.end : word.end + 1] not in (".", "!"):
                continue  # a question ("Don't you think so too?") or a cut sentence
            negated, negator = False, index
            for at in range(index - 1, max(index - 12, -1), -1):
                low = words[at].low
                if low in _CLAUSE_BREAKS or not words[at].joined:
                    break
                if low == "only":
                    negated = False
                    break  # "not only … too"
                if low in _POSITIVE_NEGATIVES:
                    negated = False
                    break
                if low == "mind" and at > 0 and words[at - 1].low in _WOULD_NOT | _NEGATORS:
                    negated = False
                    break  # "I wouldn't mind a slice too": a wish
                if low in _NEGATORS or low.endswith("n't") or low.endswith("n’t"):
                    negated = not _in_relative(words, at) and words[at + 1].low != "to"  # "decided not to go"
                    negator = at
            if not negated or in_quotes(doc, word.start):
                continue
            if _zero_relative(words, negator):
                continue  # "everyone I didn't invite came too"
            tags = sentence_tags(doc, words)
            if any(_finite(tags[at]) or _bare_past(words, tags, at) for at in range(negator + 2, index)):
                continue  # 'too' in a clause of its own: "I didn't know you played the piano too"
            yield self.replace_word(
                word, "either", "After a negative, 'too' is 'either': '… either'.", FixSafety.UNSAFE
            )


RULES = [
    AdverbTwin,
    EdForIng,
    PredicativeBeforeNoun,
    SensibleSensitive,
    DressWear,
    LeaveLet,
    SpeakToPerson,
    AlmostPlural,
    DuringWhile,
    PayFor,
    LookAt,
    UntilBy,
    WishHope,
    SpeakLanguage,
    WatchTv,
    TellPerson,
    TooEither,
]
