"""The verb a noun takes: "do a mistake" (make), "make my homework" (do), "say a lie" (tell).

English pairs many nouns with one light verb, and other languages pair them with another: a learner
writes "do a mistake" ("faire une erreur"), "make a photo" ("ein Foto machen"), "make homework"
("hacer los deberes"), "say a lie" ("decir una mentira"). :data:`PAIRS` lists the nouns, the verbs
they take and the verbs written for them, from learners' dictionaries' collocation notes; the fixed
strings of ``expressions.toml`` ("{make} a photo of") catch the commonest wording, this rule the
family: any form of the verb, a determiner, possessive, number or adjectives between ("did a big
mistake", "made their homework"), an object pronoun before them ("make me a favour"), a plural
noun ("made several photos").

The wrong verb often has a right reading, and the rule is about staying quiet then:

* a causative or a verb of saying with a clause: the noun must end its phrase, so nothing but a
  preposition, a conjunction, an adverb or punctuation may follow it ("make homework easier",
  "make the party start", "I'd say the truth is", "make the photo album");
* 'do' as an auxiliary ("Did progress stall?", "Do mistakes matter?"): after 'do' the noun must
  have a determiner, possessive or adjective before it, and what follows must not be a verb;
* the verb must be tagged as one ("the make of the car") and the noun as a noun.

Some pairs are regional ("take a decision" is British, and right): only verbs that are wrong in
every variety are listed as wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._tagger import sentence_tags
from ._tokens import Word, match_case, places, positions
from .adjective_nouns import illness_cold

if TYPE_CHECKING:
    from lint._document import Document

PAIRS = """
mistake mistakes error errors: make | do
homework housework chores laundry ironing: do | make
cooking cleaning shopping: do | make
exercise exercises: do | make
yoga karate judo gymnastics aerobics pilates: do | make play
research: do | make
party parties: have throw | do make ; not-of
photo photos: take | make
decision decisions: make take | do
effort efforts attempt attempts: make | do
progress: make | do
noise: make | do
complaint complaints: make | do
appointment appointments reservation reservations booking bookings: make | do
suggestion suggestions: make | do
promise promises: make | do
choice choices: make | do take
difference: make | do
lie lies: tell | say
dream dreams: have | make do
pause pauses: take | do
conversation conversations discussion discussions: have hold | do
truth: tell | say
joke jokes story stories: tell | say
favour favours favor favors: do | make
damage harm: do | make
business: do | make
suicide sin sins murder offence offences offense offenses fraud: commit | do make
sport sports: do play | make ; not-of
walk: take | make
shower showers nap naps: take have | make do
attention: pay | make do
action: take | make
risk risks: take | make do
advantage: take | make
fuss: make | do
profit profits fortune living: make | do
experiment experiments: do conduct | make
discount discounts: give offer | make
apology apologies: make offer | do say
contribution contributions recommendation recommendations assumption assumptions: make | do
statement statements: make | do say
claim claims comment comments: make | do
change changes improvement improvements: make | do
investment investments purchase purchases payment payments donation donations: make | do
announcement announcements arrangements: make | do
agreement agreements compromise compromises sacrifice sacrifices: make | do
plan plans: make | do ; the-ok
light lights lamp lamps tv television radio: turn_on switch_on | open
light lights lamp lamps tv television radio: turn_off switch_off | close
bus train flight: miss | lose ; not-of
speech speeches: give make | tell say do
crime crimes: commit | make ; not-of
crime crimes: commit | do ; the-ok
conclusion conclusions: draw reach | take
bet bets: make place | do
meeting meetings lecture lectures conference conferences concert concerts: attend | assist
wedding weddings funeral funerals seminar seminars ceremony ceremonies: attend | assist
break: take have | do
money: make earn | do
friends: make | do
breath breaths: take draw | make do
guess guesses: make hazard | do
prediction predictions forecast forecasts: make | do
exception exceptions distinction distinctions connection connections: make | do
wish wishes: make | do
remark remarks: make | do say
selfie selfies: take | make
accident accidents: have cause | make do
compliment compliments: pay give | make
job: do | make ; not-of not-out not-for
role roles: play have | make ; not-of not-for
interview interviews: do conduct give | make ; not-of
goal goals: score | win ; not-of
attention: draw attract | raise
attention: pay focus | put
course courses: take | make ; not-for not-of
proposal proposals offer offers request requests: make | do ; the-ok
question questions: ask | make ; not-of not-for not-out
prize prizes match matches: win | gain
diet diets: go_on follow | do make ; not-of
opinion opinions: give express | tell say
look: take have | make ; not-out not-for not-of
visit visits: pay make | do ; the-ok
prayer prayers: say offer | tell
debate debates: hold have | make ; not-of
robbery robberies burglary burglaries theft thefts: commit | make
secret secrets: keep | save ; not-of
sound sounds: make | do ; the-ok
discovery discoveries breakthrough breakthroughs arrest arrests comeback: make | do ; the-ok
loss losses: make | do
degree degrees: do get take | make ; not-of
step steps: take | do ; not-of the-ok
lottery jackpot: win | earn gain
washing-up washing: do | make
rest: take have | make ; not-of not-for the-ok
bath baths: take have | make ; not-of not-for not-out the-ok
injection injections jab jabs: give | make ; not-of
mess: make | do ; not-of the-ok
cold colds: catch | take ; not-of the-ok
secret secrets: tell | say ; not-of
lie lies: tell | make ; not-of
holiday holidays vacation vacations: take have | make ; not-of
impact: have make | do ; the-ok
influence: have exert | make ; not-of
glance glances: take cast | make do ; the-ok
sip sips: take have | make do
internship internships apprenticeship apprenticeships: do | make ; not-of not-for the-ok
experience experiences: have gain | make ; not-of not-for the-ok
hint hints: give drop | make do ; not-of the-ok
advice: give offer | make tell say ; not-of
precaution precautions: take | make do ; not-of
excuse excuses: make | do ; not-of not-for
"""
"""noun forms: the verbs they take | verbs written for them that are wrong in every variety
('take a decision' is British: 'take' is not listed as wrong for it) ; flags ('not-of': a
following 'of' gives another reading, "made a party of twelve", "lost the train of thought"). A
noun may stand on several lines, one per wrong verb ("open the light": turn on; "close the light":
turn off); 'turn_on' is a verb with its particle. 'not-out', 'not-for': likewise ("made a job out of
his hobby", "made a role for him": created one). 'the-ok': the wrong verb is idiomatic before 'the'
("if you do the crime, you do the time")."""


class Pair:
    __slots__ = ("forms", "not_after", "rights", "the_ok", "wrong")

    def __init__(self) -> None:
        self.rights: dict[str, tuple[str, ...]] = {}
        """Each wrong verb → the verbs the noun takes instead, best first."""
        self.wrong: frozenset[str] = frozenset()
        self.not_after: frozenset[str] = frozenset()
        """Prepositions whose following the noun gives the verb another reading ("made a party of twelve")."""
        self.forms: frozenset[str] = frozenset()
        self.the_ok: frozenset[str] = frozenset()
        """Wrong verbs that are idiomatic when 'the' stands before the noun ("do the crime")."""

    def add(
        self, right: tuple[str, ...], wrong: frozenset[str], not_after: frozenset[str], the_ok: bool = False
    ) -> None:
        for lemma in wrong:
            self.rights[lemma] = right
        if the_ok:
            self.the_ok = self.the_ok | wrong
        self.wrong = frozenset(self.rights)
        self.not_after = self.not_after | not_after
        self.forms = self.wrong | w.every_verb_form(self.wrong)
        """Every form of the wrong verbs: a flat pre-test on the words before the noun, before
        the sentence is tagged."""


@cache
def table() -> dict[str, Pair]:
    """Each noun form → its :class:`Pair`."""
    found: dict[str, Pair] = {}
    for line in PAIRS.strip().splitlines():
        nouns, _, rest = line.partition(":")
        verbs, _, flags = rest.partition(";")
        right, _, wrong = verbs.partition("|")
        for noun in nouns.split():
            not_after = frozenset(flag.removeprefix("not-") for flag in flags.split() if flag.startswith("not-"))
            found.setdefault(noun, Pair()).add(
                tuple(right.split()), frozenset(wrong.split()), not_after, "the-ok" in flags.split()
            )
    return found


@cache
def _nouns() -> frozenset[str]:
    return frozenset(table())


_OPENING_TAGS = frozenset("DT PDT PRP$ CD".split())
_MODIFYING_TAGS = frozenset("JJ JJR JJS".split())
"""Tags of the words that may stand between the verb and its noun ("did a big mistake"): openers
first, then adjectives."""
_AFTER_TAGS = frozenset("IN TO CC RB , . : -LRB- -RRB- WDT WRB".split())
"""Tags of a word that may follow the noun: the noun ends its phrase there."""
_NOT_AFTER = frozenset("more less too so enough as than".split())
"""Adverbs after the noun that make the verb a causative ("make homework less boring")."""
_VERB_TAGS = ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")
MOST_BETWEEN = 4
_QUANTITY = frozenset("lot lots plenty couple of".split())
"""Words of a quantity between the verb and the noun ("did a lot of progress")."""
_TIME_AFTER = frozenset("every last next yesterday today tonight tomorrow again once twice".split())
"""Words of a time adverbial that may follow the noun ("did the same mistakes every week")."""
_AUXILIARY_DO = frozenset("do does did".split())
"""The forms of 'do' that may be an auxiliary before a bare noun ("Did progress stall?"); 'doing'
and 'done' may not ("he is good at doing friends")."""
_QUESTION_OPENERS = frozenset("why what how when where who which whose and but or so".split())


_QUALITY_ENDINGS = ("ness", "ity", "tion", "sion", "ment", "ence", "ance", "ing", "ism", "ure")
_QUALITY_SUBJECTS = frozenset("what which light mood colour color detail details timing".split())


def _quality_subject(words: list[Word], verb_at: int) -> bool:
    """The subject just before 'make(s) the …' is a quality or a thing, not a maker: an abstract noun
    ('the happiness', 'the composition', 'the lighting') or 'what' ('what makes the photo'). Then
    'makes the photograph' is 'makes it what it is', and no light-verb slip for 'takes'."""
    if verb_at == 0 or not words[verb_at - 1].joined:
        return False
    subject = words[verb_at - 1].low
    if subject in _QUALITY_SUBJECTS:
        return True
    return subject.endswith(_QUALITY_ENDINGS) and "NOUN" in w.tags(subject) and not w.is_plural_noun(subject)


class LightVerb(GrammarRule):
    id = "grammar.light-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A noun with the wrong light verb: 'do a mistake' (make), 'make homework' (do), 'say a lie' (tell)."
    why = (
        "English pairs many nouns with one verb: you make a mistake, a decision, an effort and progress; "
        "you do homework, research and a favour; you take a photo and a risk; you tell a lie and the "
        "truth. Other languages pair them differently, and the literal verb reads as a slip. The rule "
        "reports only where the noun ends its phrase, so a causative ('make homework easier') or a "
        "clause ('I'd say the truth is') is left alone."
    )
    bad = (
        "I did a terrible mistake in the second paragraph.",
        "The children made their homework before dinner.",
        "He said a lie to the committee.",
        "We made a lot of photos on the trip, and she made several photos of the bridge.",
        "The company did huge progress last year.",
        "Could you make me a favour tomorrow?",
        "They did a party for her birthday.",
        "Could you open the light in the hall?",
        "We lost the bus and had to walk.",
        "We did a short break after lunch and she made a selfie.",
        "They did a lot of money last year, and he did a wild guess.",
        "The driver made an accident on the bridge, and our team made a great job on the site.",
        "Luck made an important role in the final, and the reporter made an interview with her.",
        "He did a crime and spent three years in prison.",
        "The striker won two goals, and the charity raised attention to the shortage.",
        "She made a course in law, did a proposal to the board and told her opinion.",
        "The editor made a quick look at the draft; the singer gained the first prize.",
        "The president did a short visit, two men made a robbery, and the engine did a strange sound.",
        "She did a step forward and took the microphone.",
        "He is good at doing friends, she earned the lottery, and they made the washing-up.",
        "The climbers made a short rest, and he made a warm bath after the match.",
        "My sister took a cold on the ferry; the toddler did a mess with the paint.",
        "Don't say secrets at parties; the new law did an impact on farmers.",
        "She made a lovely experience in Kyoto, and he made me a hint.",
        "The mayor did a fresh promise a month later; I hope to make a master's degree.",
    )
    good = (
        "Critics say lies on social media spread faster than facts; the drummer made a rest of two bars.",
        "I made a terrible mistake in the second paragraph.",
        "They will do an investment appraisal next week.",
        "He made photographs of the desert for years; they made sport of his accent; he did the plans.",
        "The new app makes homework easier, and the rule made the party start late.",
        "I'd say the truth is more complicated.",
        "Did progress stall after the merger? Do mistakes matter here?",
        "They made a party of twelve at the long table.",
        "She took a decision, then made the photo album and did her homework.",
        "What the bill does, research suggests, is raise prices.",
        "They closed the radio station and lost the train of thought.",
        "Did money matter? Do friends help? They did money laundering, did the breaks, and made a clean break.",
        "He made a good job of the roof, made a job out of his hobby, and the rain made the accident worse.",
        "The studio made a role for him; the shift to the decision making role in May was slow.",
        "If you do the crime, you do the time; he made a question mark and made a question of it.",
        "They made a crime of poverty.",
        "The striker won a goal kick; the team won the goal of the month award.",
        "The captain made course for the harbour; she made a three-course meal and made the course easier.",
        "The editor made a question mark and made a question of it; I'd say opinions are divided.",
        "They made a diet of rice; the stylist made a look out of a scarf; the rain made the look of it grim.",
        "The nurse did the visit; the law made robbery a crime; she made a secret of it; they did the sound.",
        "The law made a robbery of this kind a felony; they made a debate about tax the centrepiece.",
        "She made a theft of fifty pounds sound like a heist, and the article made a look at the figures worthwhile.",
        "I never make a question sound rude; she told opinions apart from facts.",
        "The dancers did the steps well; she did a step class, and we did steps 1 to 3 and a step change.",
        "The happiness makes the photograph, and the lighting makes the photo.",
        "She is doing research and doing damage control; he earned the lottery operator a fortune.",
        "I am doing friends' portraits for the exhibition.",
        "She took a cold, hard look at the budget and a cold shower; he made the rest himself.",
        "Doctors say the secret to sleep is routine, and they say lies about vaccines have spread.",
        "The guide made the experience richer, and the storm made rest impossible.",
        "Any tips to make this a great experience? They made that a habit.",
        "He scored the winning goal, and she bought the winning ticket.",
    )
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """The fixed strings of grammar.misquoted-expression name their pairs exactly: when both report
    one, its finding is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        pairs = table()
        lows = doc.lows
        found = [
            position
            for position in positions(doc, _nouns())
            if not pairs[lows[position]].forms.isdisjoint(lows[max(position - 2 - MOST_BETWEEN, 0) : position])
        ]
        for words, index in places(doc, found):
            if index == 0:
                continue
            finding = self._judge(doc, words, index, pairs[words[index].low])
            if finding is not None:
                yield finding

    def _judge(self, doc: Document, words: list[Word], index: int, pair: Pair) -> Finding | None:
        noun = words[index]
        if noun.text != noun.low and not noun.sentence_start and not (noun.text.isupper() and len(noun.text) == 2):
            return None
        if doc.text[noun.end : noun.end + 1] in ("'", "\u2019"):
            return None  # "doing friends' portraits": the noun owns what follows
        verb_at = self._verb_before(words, index, pair)
        if verb_at is None:
            return None
        verb = words[verb_at]
        lemma = next(lemma for lemma in w.verb_lemmas(verb.low) if lemma in pair.wrong)
        after = words[index + 1] if noun.joined and index + 1 < len(words) else None
        if after is not None and (after.low in _NOT_AFTER or after.low in pair.not_after):
            return None
        if lemma == "do" and verb_at == index - 1 and verb.low in _AUXILIARY_DO:
            return None  # "Did progress stall?": 'do' straight before a bare noun is an auxiliary
        if lemma == "tell" and after is not None and after.low == "apart":
            return None  # "told opinions apart from facts"
        if lemma in pair.the_ok and words[index - 1].low == "the":
            return None  # "if you do the crime, you do the time"
        the_one = verb_at == index - 2 and words[index - 1].low == "the"
        if lemma == "make" and the_one and _quality_subject(words, verb_at):
            return None  # "The happiness makes the photograph": what makes it good, not who made it
        tags = sentence_tags(doc, words)
        if not (tags[index] in ("NN", "NNS") or _cold_read(doc, words, tags, verb_at, index)):
            return None
        if not tags[verb_at].startswith("VB"):
            return None
        if (
            after is not None
            and tags[index + 1] not in _AFTER_TAGS
            and after.low not in _TIME_AFTER
            and not _this_time(words, tags, index + 1)
            and not _span_ago(words, tags, index + 1)
        ):
            return None  # "make homework easier", "say the truth is", "make the photo album"
        if after is not None and tags[index + 1] == "RB" and _guessed_adverb(after.low):
            return None  # "do an investment appraisal": the tagger's guess at a word it does not know
        if not _noun_phrase(words, tags, verb_at, index):
            return None
        if lemma == "say" and _clause_verb_follows(words, tags, index):
            return None  # "experts say lies on social media spread fast": the noun is a clause's subject
        if lemma == "make" and _complement_follows(words, tags, index):
            return None  # "made a robbery of this kind a felony", "make a question sound rude"
        if verb_at == index - 1 and tags[verb_at] == "VBG" and verb_at and tags[verb_at - 1] in ("NN", "NNS"):
            return None  # "the decision making role": a compound modifier, not a verb and its object
        if verb_at == index - 1 and verb.low.endswith("ing") and verb_at and words[verb_at - 1].low in _OPENERS:
            return None  # "scored the winning goal": after a determiner the -ing form describes the noun
        if lemma == "do" and _inverted(words, verb_at):
            return None  # "Do the mistakes in it matter?": 'do' opens a question
        if doc.is_protected(verb.start, noun.end):
            return None
        rights = pair.rights[lemma]
        right = self._right_form(verb.low, lemma, rights[0])
        if right is None:
            return None
        right = match_case(right, verb.text)
        middle = doc.text[verb.end : noun.end]
        options = " or ".join(f"'{option.replace('_', ' ')}'" for option in rights)
        message = f"'{noun.low}' takes {options}, not '{lemma}': '{right}{middle}'."
        return self.replace_word(verb, right, message, FixSafety.UNSAFE)

    @staticmethod
    def _verb_before(words: list[Word], index: int, pair: Pair) -> int | None:
        """The index of a wrong verb of ``pair`` at most :data:`MOST_BETWEEN` joined words before
        the noun (the tagger then checks the words between)."""
        for at in range(index - 1, max(index - 2 - MOST_BETWEEN, -1), -1):
            word = words[at]
            if not word.joined:
                return None
            if any(lemma in pair.wrong for lemma in w.verb_lemmas(word.low)):
                return at
        return None

    @staticmethod
    def _right_form(written: str, lemma: str, right: str) -> str | None:
        """The form of ``right`` that matches the written form of ``lemma`` ("did" → "made"; a
        particle is kept: "opened" → "turned on")."""
        verb, _, particle = right.partition("_")
        for tag in _VERB_TAGS:
            if w.verb_form(lemma, tag) == written:
                form = w.verb_form(verb, tag)
                return f"{form} {particle}" if form and particle else form
        return None


_THIS_TIMES = frozenset(
    """term semester year month week weekend morning afternoon evening season summer winter spring autumn
    quarter time""".split()
)
"""Nouns of a time adverbial opened by 'this' or 'that' after the noun ("made a lot of progress this
term", "did a mistake that morning")."""


_TIME_END_TAGS = frozenset("IN CC TO RB WRB WDT".split())
"""Tags of a word after 'this/that' + a time noun that ends the adverbial ("this term in maths",
"this week and last")."""


def _this_time(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether 'this' or 'that' at ``at`` opens a time adverbial: a time noun follows it and ends
    its phrase and the clause's object part ("this term.", "this term and", not "this year's
    budget", "make the dream this summer a reality": a complement after it)."""
    if words[at].low not in ("this", "that") or at + 1 >= len(words) or not words[at].joined:
        return False
    noun = words[at + 1]
    if noun.low not in _THIS_TIMES:
        return False
    return not noun.joined or at + 2 >= len(words) or tags[at + 2] in _TIME_END_TAGS


def _cold_read(doc: Document, words: list[Word], tags: list[str], verb_at: int, index: int) -> bool:
    """'cold' that the tagger reads as an adjective but is the illness: 'a' straight after the verb
    and the phrase ending after 'cold' ("took a cold after the match", "took a bad cold."); not
    before a comma ("took a cold, hard look at it": the adjective of a noun to come)."""
    if words[index].low != "cold" or doc.text[words[index].end : words[index].end + 1] == ",":
        return False
    return verb_at + 2 <= index and illness_cold(words, tags, verb_at + 2, index)


_SPAN_ENDS = frozenset("later ago earlier before after".split())


def _span_ago(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether the words from ``at`` are a span of time placed by 'later', 'ago', 'earlier' ("did a
    new promise a week later", "made a donation two years ago"): an adverbial, not a complement."""
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined):
        return False
    count = words[at].low in ("a", "an") or tags[at] == "CD" or words[at].low in w.CARDINALS
    return count and words[at + 1].low in w.TIME_NOUNS and words[at + 2].low in _SPAN_ENDS


_OPENERS = w.ARTICLES | w.POSSESSIVES | w.DEMONSTRATIVES


def _guessed_adverb(low: str) -> bool:
    """A word the tagger read as an adverb that the word tables do not know as one and that has no
    adverb's ending: an unknown noun ("appraisal", "remediation") more likely than an adverb."""
    return not low.endswith("ly") and "ADV" not in w.tags(low) and low not in w.PREPOSITIONS


def _noun_phrase(words: list[Word], tags: list[str], verb_at: int, index: int) -> bool:
    """Whether the words between the verb and the noun make the noun's phrase the verb's object: an
    object pronoun straight after the verb if a determiner follows it ("make me a favour"), then
    determiners, numbers and quantities ("a lot of"), then adjectives ("did a big mistake"); an
    adjective before a determiner is the complement of a causative ("make permanent the credit")."""
    stage = 0
    for at in range(verb_at + 1, index):
        word, tag = words[at], tags[at]
        if at == verb_at + 1 and word.low in w.OBJECT_PRONOUNS and words[at + 1].low in w.DETERMINERS:
            continue
        owner = tag in ("NN", "NNS", "NNP") and at + 1 < index and tags[at + 1].endswith("POS")
        if (tag in _MODIFYING_TAGS or tag.endswith("POS") or owner) and word.low not in _QUANTITY:
            stage = 2  # "did a big mistake", "make a master's degree" (a possessive noun as a modifier)
        elif tag == "DT" and tags[at - 1] == "DT" and at - 1 > verb_at:
            return False  # "make this a great experience": an object and its complement, not one phrase
        elif (tag in _OPENING_TAGS or word.low in _QUANTITY) and stage < 2:
            stage = 1
        else:
            return False
    return True


_BARE_COMPLEMENTS = frozenset("sound seem look feel appear".split())
"""Bare verbs that the tagger may read as nouns or adverbs after a causative's object ("make a
question sound rude")."""
_PHRASE_TAGS = frozenset("DT PDT PRP$ CD JJ JJR JJS NN NNS NNP NNPS POS $".split())
_HEAD_TAGS = frozenset("NN NNS NNP NNPS POS CD".split())


def _complement_follows(words: list[Word], tags: list[str], index: int) -> bool:
    """Whether the noun at ``index``, with at most one prepositional phrase after it, is the object
    of a causative 'make' that a complement follows: a bare verb ("made a theft of £50 sound like a
    heist"), an adjective that ends the phrase ("made a look at the figures worthwhile") or a second
    noun phrase ("made a robbery of this kind a felony", "made a debate about tax the centrepiece")."""
    at = index + 1
    if at < len(words) and words[at].joined and words[at].low in _BARE_COMPLEMENTS:
        return True
    if at >= len(words) or not words[at].joined or tags[at] != "IN" or words[at].low in _NOT_AFTER:
        return False
    start = at = at + 1
    headed = False
    while at < len(words) and at - start < 6 and words[at - 1].joined and tags[at] in _PHRASE_TAGS:
        if words[at].low in _BARE_COMPLEMENTS or (headed and tags[at] not in _HEAD_TAGS):
            break  # the phrase's noun came: a complement, not a modifier, follows it
        headed = headed or tags[at] in _HEAD_TAGS
        at += 1
    if at == start or at >= len(words) or not words[at - 1].joined:
        return False
    word, tag = words[at], tags[at]
    if word.low in _BARE_COMPLEMENTS or tag == "VB":
        return True
    if word.low in ("a", "an", "the"):
        rest = [later.low for later in words[at + 1 : at + 3]]
        return not w.TIME_NOUNS.intersection(rest)
    return tag in ("JJ", "JJR") and (not word.joined or at + 1 >= len(words) or tags[at + 1] in ("IN", "CC", "TO"))


_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS
_CLAUSE_REACH = 8


def _clause_verb_follows(words: list[Word], tags: list[str], index: int) -> bool:
    """Whether a finite verb follows the noun at ``index`` within its clause (no punctuation or
    'and'/'or'/'but' between): after 'say' the noun and the phrase after it are then the subject
    of a clause ("say the secret to success is patience", "say lies on social media spread fast"),
    not the verb's object ("said a lie to the committee")."""
    for at in range(index + 1, min(index + 1 + _CLAUSE_REACH, len(words))):
        if not words[at - 1].joined or words[at].low in ("and", "or", "but"):
            return False
        if tags[at] in _FINITE_TAGS or (tags[at] == "VB" and tags[at - 1] not in ("TO", "MD")):
            return True  # a bare 'VB' after a plural subject is the tagger's reading of a present verb
        if at > index + 1 and tags[at] in ("NN", "NNS") and _verb_read_as_noun(words, tags, at):
            return True  # "say lies on social media spread faster": the tagger took 'spread' for a noun of 'media'
    return False


_AFTER_VERB_TAGS = frozenset("RB RBR JJR DT PRP PRP$ TO".split())


def _verb_read_as_noun(words: list[Word], tags: list[str], at: int) -> bool:
    """Whether the word at ``at``, read as a noun, may be a finite verb and what follows it (an
    adverb, a comparative, an object's determiner or pronoun) cannot continue a noun phrase: then it
    is the clause's verb."""
    if not w.may_be_finite(words[at].low):
        return False
    return at + 1 < len(words) and words[at].joined and tags[at + 1] in _AFTER_VERB_TAGS


def _inverted(words: list[Word], verb_at: int) -> bool:
    """Whether the 'do' at ``verb_at`` opens a question: it starts the sentence or follows a
    question word ("Did the party go well?", "Why do mistakes happen?")."""
    if verb_at == 0 or words[verb_at].sentence_start:
        return True
    previous = words[verb_at - 1]
    return previous.joined and previous.low in _QUESTION_OPENERS


RULES = [LightVerb]
