"""Adjectives where an adverb is meant: "the team played good", "she did real well"; and adverbs out
of place: "I like very much football", "I never have been there".

An adjective after a verb of action describes the action, which takes an adverb: "played well",
"drove carefully". After a linking verb ("looks good", "went bad", "ran dry") the adjective is
right, and some adjectives double as adverbs ("drive slow", "work hard"), so only verbs of action,
adjectives that are never adverbs, and an adjective that ends its clause are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tokens import (
    Word,
    ends_like_a_sentence,
    ends_phrase,
    in_quotes,
    match_case,
    occurrences,
    places,
    positions,
    run_of,
)

if TYPE_CHECKING:
    from lint._document import Document

_ADVERB_OF = {
    "good": "well",
    "careful": "carefully",
    "careless": "carelessly",
    "quiet": "quietly",
    "nervous": "nervously",
    "perfect": "perfectly",
    "terrible": "terribly",
    "horrible": "horribly",
    "awful": "awfully",
    "beautiful": "beautifully",
    "correct": "correctly",
    "proper": "properly",
    "efficient": "efficiently",
    "brilliant": "brilliantly",
}
"""Adjectives that are never adverbs, with the adverb of each."""
_MORE_ADVERB_OF = {
    "bad": "badly",
    "polite": "politely",
    "rude": "rudely",
    "honest": "honestly",
    "strange": "strangely",
    "sudden": "suddenly",
    "brave": "bravely",
    "gentle": "gently",
    "neat": "neatly",
    "accurate": "accurately",
    "clever": "cleverly",
    "sloppy": "sloppily",
    "clumsy": "clumsily",
    "lazy": "lazily",
    "precise": "precisely",
    "immediate": "immediately",
    "poor": "poorly",
    "calm": "calmly",
    "dangerous": "dangerously",
    "reckless": "recklessly",
    "complete": "completely",
    "smooth": "smoothly",
    "excellent": "excellently",
    "patient": "patiently",
    "fluent": "fluently",
    "wonderful": "wonderfully",
    "graceful": "gracefully",
    "successful": "successfully",
    "soft": "softly",
    "peaceful": "peacefully",
    "professional": "professionally",
    "aggressive": "aggressively",
    "confident": "confidently",
    "effective": "effectively",
    "serious": "seriously",
    "cautious": "cautiously",
    "furious": "furiously",
    "anxious": "anxiously",
    "honourable": "honourably",
    "responsible": "responsibly",
    "comfortable": "comfortably",
    "reasonable": "reasonably",
    "independent": "independently",
    "consistent": "consistently",
    "creative": "creatively",
    "passionate": "passionately",
    "enthusiastic": "enthusiastically",
    "energetic": "energetically",
    "fantastic": "fantastically",
    "automatic": "automatically",
    "thorough": "thoroughly",
    "quick": "quickly",
    "exceptional": "exceptionally",
    "tireless": "tirelessly",
}
"""More adjectives that are never adverbs, read only where the tagger agrees ('played bad' is
'badly'; 'went bad' and 'feel bad' have no verb of action). Not 'happy', 'angry', 'sad': they
describe the subject as often as the action ('he answered the door angry', 'she died happy')."""

_ACTION_VERBS = frozenset(
    """
    played plays play playing sang sings sing singing danced dances dance dancing performed performs
    perform performing worked works work working cooked cooks cook cooking drove drives drive driving
    behaved behaves behave behaving spoke speaks speak speaking wrote writes write writing swam swims
    swim swimming slept sleeps sleep sleeping handled handles handle handling managed manages manage
    managing explained explains explain explaining treated treats treat treating ran runs run running
    written spoken sung
    """.split()
)
"""Verbs of action, which an adjective cannot complete ('ran dry' is one: only before an adjective
of manner, never 'dry', is 'ran' read as an action)."""
_MORE_ACTION_LEMMAS = (
    "walk talk answer react respond reply fight train teach learn study listen argue communicate prepare "
    "finish solve jump climb ride fly throw breathe laugh smile shout whisper wait drink operate function "
    "negotiate compete deliver organise organize describe translate pronounce travel sail recover perform "
    "behave cope heal defend attack tackle bowl bat clean arrive"
).split()
"""Other verbs of action, every inflection; read only where the tagger takes the word for a verb
and the next for an adjective. Not linking verbs or verbs of a result ('act natural', 'dress
casual', 'serve hot', 'keep it simple', 'think positive', 'the text reads awkward')."""


@cache
def _all_action_verbs() -> frozenset[str]:
    """:data:`_ACTION_VERBS` and every inflection of :data:`_MORE_ACTION_LEMMAS`: made on first use,
    not at import (reading the inflection tables cost every process 6 ms)."""
    return _ACTION_VERBS | w.every_verb_form(_MORE_ACTION_LEMMAS)


_DEGREE = frozenset(
    "very really so extremely quite too rather incredibly fairly terribly more less surprisingly remarkably".split()
)
"""Degree words between the verb and its adjective: 'sings very beautiful', 'drives more careful'."""

_CLAUSE_ENDS = frozenset(
    """and but or so today tonight yesterday again too last this at in on for with against under all
    across through during into around over from after before throughout despite because when while
    until since about every as even by now along towards toward past near behind beside within between""".split()
)
"""What may follow the adjective when it ends its clause: 'played good last night', 'sang good and',
'work very good even in the cold', 'was handled very efficient by the wardens'."""


class AdjectiveForAdverb(GrammarRule):
    id = "grammar.adjective-for-adverb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adjective where the adverb is meant: 'the team played good', 'she drove careful'."
    why = (
        "A verb of action is described by an adverb: 'played well', 'drove carefully', 'sang "
        "beautifully'. Only adjectives that are never adverbs, right after a verb of action and "
        "ending the clause, are reported; 'looks good', 'went bad', 'played good football' and 'drive "
        "slow' are left alone. A verb of change takes the adverb of its rate or extent ('prices climbed "
        "rapidly', 'has fallen significantly'; not 'grew steady', where 'grow' links), and an adjective of "
        "extent before a comparative is its adverb ('considerably higher')."
    )
    bad = (
        "The team played good last night.",
        "She drove careful on the ice.",
        "He explained it perfect, and they sang beautiful.",
        "She sings very beautiful, and he answered rude.",
        "They treated me very rude, and the team played bad.",
        "He spoke so quiet that nobody heard him.",
        "He drives more careful since the accident, and she spoke fluent and confident.",
        "The patients recovered really good after the operation.",
        "She did really good on the test, and we did pretty good last year.",
        "House prices climbed rapid in the first quarter, and unemployment has fallen significant since May.",
        "Shares were trading considerable higher by midday.",
        "The fire spread rapid through the building.",
        "Unemployment fell steady through the spring, and the storm weakened more rapid than forecast.",
        "Firefighters worked tireless through the night.",
        "The report was written perfect, and the song was sung beautiful.",
        "Our machines work very good even in cold weather.",
        "The fire drill was handled very efficient by the floor wardens.",
        "The kitchen was cleaned thorough before we arrived.",
        "The printer works perfect now, and the driver was seen driving dangerous along the A30.",
        "Residents are asked to drive careful near the construction zone. The news spread quick through town.",
        "The evacuation went smooth despite the traffic, and the transition went remarkably smooth.",
        "Our upgraded checkout works quick and securely on phones.",
        "Our volunteers worked tireless to get the gym ready, and the class performed exceptional on the test.",
        "The package arrived quick, and everything inside was wrapped with care.",
        "The judges noticed how good the choir sang in the second half.",
        "Everyone was amazed at how quick the crews responded to the flood.",
        "The new dryer runs smooth even with a full load, and our nurses work close with every family.",
        "The driver was serious injured, and the roof was severe damaged.",
        "Several homes were severe damaged by the storm.",
        "The guide spoke very soft, so people at the back could barely hear her.",
    )
    good = (
        "The team played well. The food looks good and the milk went bad.",
        "They played good football and worked long hours.",
        "Drive slow and work hard; she behaved well.",
        "The handles work. A good cook cooks good food.",
        "She felt bad; the milk went bad; act natural; the talk was very serious.",
        "Keep it simple; they played it safe and played dead; the walk was beautiful.",
        "We are known for delivering flawless and enviable results, and it describes the risk inherent in it.",
        "They played bad and careless football; he drives more careful drivers home.",
        "She spoke fluent and confident French.",
        "The patients recovered well; the wound healed clean, and they coped fine with good grace.",
        "She did very good work; they want to do good in the world; it does you so good to rest.",
        "The rise was rapid; a sharp fall followed; the drop was significant; prices fell sharply.",
        "There was a considerable higher-rate band and a significant more complex case; costs rose rapidly.",
        "The fire spread rapidly, and a spread rapid enough to worry markets would hurt the bank.",
        "Prices held steady; the path grew steep; a more rapid rise than forecast; it was more rapid than feared.",
        "The difficulty inherent in it was clear, and the work remained flawless through the winter.",
        "It was written clear across the top; the words were spoken clear and loud.",
        "The new model looks good even in the rain, and it feels good even now.",
        "The plates were wiped clean by the staff, and the trip was made possible by donors.",
        "They stood silent as the coffin passed, and the dog lay still now.",
        "Get rich quick schemes spread; the spread quick enough to matter was small; we drove home quick.",
        "The sea went smooth at dusk; a smooth transition went well; come quick; the works quick to set.",
        "The difficulty inherent to the design stayed; she worked careful drafts in; it was exceptional to see.",
        "I remember how good the food tasted, how quick the fix was, and how good they look together.",
        "We work close to the station, and the river runs smooth and clear past the mill.",
        "He was bad tempered and open minded; the house was old fashioned but well built.",
        "The chicken was deep fried, the bread was fresh baked, and she was happy married.",
        "The pillow felt soft, the plan was thorough, and the water ran soft and clear.",
        "There are several mapped routes in the area, and all of them are well marked.",
    )
    fixed = (
        "The team played well last night.",
        "She drove carefully on the ice.",
        "He explained it perfectly, and they sang beautifully.",
        "She sings very beautiful, and he answered rude.",
        "They treated me very rude, and the team played bad.",
        "He spoke so quiet that nobody heard him.",
        "He drives more careful since the accident, and she spoke fluent and confident.",
        "The patients recovered really good after the operation.",
        "She did really good on the test, and we did pretty good last year.",
        "House prices climbed rapid in the first quarter, and unemployment has fallen significant since May.",
        "Shares were trading considerable higher by midday.",
        "The fire spread rapid through the building.",
        "Unemployment fell steady through the spring, and the storm weakened more rapid than forecast.",
        "Firefighters worked tireless through the night.",
        "The report was written perfectly, and the song was sung beautifully.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ADVERB_TRIGGERS):
            verb_at = _action_before(words, index)
            if verb_at is None or not ends_phrase(words, index, _CLAUSE_ENDS):
                continue
            if _complement_of_make(words, verb_at):
                continue  # "makes error handling painless": the adjective is 'make''s complement
            word = words[index]
            if word.text != word.low or in_quotes(doc, word.start) or _adjectives_before_noun(doc, words, index):
                continue
            adverb = match_case(_ADVERB_OF[word.low], word.text)
            yield self.replace_word(
                word,
                adverb,
                f"'{words[verb_at].text}' is an action: it takes the adverb '{adverb}', not '{word.text}'.",
                FixSafety.SAFE,
            )
        yield from self._wider(doc)
        yield from self._did_good(doc)
        yield from self._changed_at_rate(doc)
        yield from self._went_smooth(doc)
        yield from self._how_adjective(doc)
        yield from self._work_close_with(doc)
        yield from self._adjective_before_participle(doc)

    def _adjective_before_participle(self, doc: Document) -> Iterator[Finding]:
        """'The driver was serious injured', 'the bridge was complete destroyed': after a form of 'be',
        an adjective that has an adverb in -ly, then a word that is only a verb's participle: the
        participle is graded by the adverb ('seriously injured'). Not the adjectives that are adverbs
        too or make compounds with a participle ('deep fried', 'fresh baked', 'slow cooked', 'well
        known')."""
        for words, index in occurrences(doc, _BE_BEFORE_GRADED):
            at = index + 1
            if at + 1 >= len(words) or not run_of(words, index, 3):
                continue
            adjective, participle = words[at], words[at + 1]
            if adjective.text != adjective.low or adjective.low in _FLAT_OR_COMPOUNDING or adjective.low in _REAL:
                continue  # ('was complete destroyed', 'extreme limited': grammar.real-for-really's)
            if w.tags(adjective.low) - {"ADJ", "VERB"} or "ADJ" not in w.tags(adjective.low):
                continue
            forms = w.verb_tags(participle.low)
            if not w.tags(participle.low) <= {"VERB", "ADJ"} or "VBN" not in forms or not forms <= {"VBN", "VBD"}:
                continue
            if _compound_participle(participle.low):
                continue  # "was bad tempered", "is light colored", "was good natured": compound adjectives
            if adjective.low in w.DETERMINERS or _noun_next(words, at + 1):
                continue  # "There are several mapped routes": the participle describes the noun after it
            adverb = _graded_adverb(adjective.low)
            if adverb is None or in_quotes(doc, adjective.start):
                continue
            yield self.replace_word(
                adjective,
                adverb,
                f"'{participle.text}' is graded by an adverb: '{adverb} {participle.text}', not '{adjective.text}'.",
                FixSafety.UNSAFE,
            )

    def _work_close_with(self, doc: Document) -> Iterator[Finding]:
        """'Our tutors work close with each student': 'work' with someone takes the adverb 'closely';
        'close' after 'work' is a place only before 'to' or 'by' ("we work close to the station")."""
        for words, index in occurrences(doc, _CLOSE):
            if index < 1 or index + 1 >= len(words) or words[index - 1].low not in _WORK_FORMS:
                continue
            if not run_of(words, index - 1, 3) or words[index + 1].low != "with" or words[index].text != "close":
                continue
            yield self.replace_word(
                words[index],
                "closely",
                f"'{words[index - 1].text} close with' is 'closely': the adverb.",
                FixSafety.UNSAFE,
            )

    def _how_adjective(self, doc: Document) -> Iterator[Finding]:
        """'how good they played', 'how quick the community responded': 'how' asks the manner of an
        action, which takes the adverb ('how well', 'how quickly'); 'how good the food tasted', 'how
        quick the fix was' ask of a quality (a verb that links, or none). The subject is a pronoun or a
        phrase opened by 'the' or a possessive, the verb one of action right after it."""
        for words, index in occurrences(doc, _HOW):
            at = index + 1
            if at + 2 >= len(words) or not run_of(words, index, 3) or words[at].text != words[at].low:
                continue
            adverb = _ADVERB_OF.get(words[at].low) or _HOW_MANNER.get(words[at].low)
            if adverb is None:
                continue
            verb_at = at + 2 if words[at + 1].low in w.SUBJECT_PRONOUNS else _phrase_verb(words, at + 1)
            if verb_at is None or verb_at >= len(words) or not words[verb_at - 1].joined:
                continue
            if words[verb_at].low not in _all_action_verbs() or in_quotes(doc, words[at].start):
                continue
            word = words[at]
            yield self.replace_word(
                word,
                adverb,
                f"'How' asks how '{words[verb_at].text}' was done: the adverb '{adverb}', not '{word.text}'.",
                FixSafety.UNSAFE,
            )

    def _went_smooth(self, doc: Document) -> Iterator[Finding]:
        """'The evacuation went smooth', 'the move went remarkably smooth': 'go' says how something
        proceeded, which takes the adverb; 'smooth' ends the phrase (not 'went smooth and shiny' of a
        surface, nor 'the sea went smooth', whose noun the tables cannot tell: only after a clause's
        subject that is no body of water)."""
        for words, index in occurrences(doc, _SMOOTH):
            at = index - 1
            if at > 0 and (words[at].low in _DEGREE or w.only_adverb_in_ly(words[at].low)):
                at -= 1  # "went remarkably smooth"
            if at < 1 or words[at].low not in _GO_OR_RUN or not all(word.joined for word in words[at:index]):
                continue  # ("the mower runs smooth even on thick grass": 'run' of a machine too)
            if words[at - 1].low in _SMOOTH_SURFACES or not ends_phrase(words, index, _CLAUSE_ENDS):
                continue
            word = words[index]
            if word.text != word.low or in_quotes(doc, word.start):
                continue
            adverb = "smoothly"
            yield self.replace_word(
                word, adverb, f"'{words[at].text}' says how it went: the adverb '{adverb}'.", FixSafety.UNSAFE
            )

    def _changed_at_rate(self, doc: Document) -> Iterator[Finding]:
        """'Prices climbed rapid', 'unemployment has fallen significant', 'the fire spread rapid': a verb
        of change takes the adverb of its rate or extent ('rapidly', 'significantly'), the adjective
        ending its phrase; and an adjective of extent before a comparative ('considerable higher')."""
        from ._tagger import sentence_tags

        for words, index in occurrences(doc, _RATE_WORDS):
            word = words[index]
            if index == 0 or word.text != word.low or not words[index - 1].joined:
                continue
            adverb = _RATES[word.low]
            if _comparative_after(words, index):
                message = f"'{word.text}' grades the comparative '{words[index + 1].text}': write '{adverb}'."
            elif _more_than_after_change(words, index):
                message = f"'{words[index - 2].text}' is a change: 'more {adverb} than', not 'more {word.text} than'."
            elif words[index - 1].low in _all_change_verbs() and ends_phrase(words, index, _RATE_ENDS):
                tags = sentence_tags(doc, words)
                if tags[index - 1][:2] != "VB" and not _no_finite_verb(tags):
                    continue  # "a spread rapid enough": the tagger reads the change word as a verb, or
                    # reads none in the sentence ("The fire spread rapid": 'fire spread' as one noun)
                message = f"'{words[index - 1].text}' is a change: its rate takes the adverb '{adverb}'."
            else:
                continue
            if in_quotes(doc, word.start):
                continue
            yield self.replace_word(word, adverb, message, FixSafety.UNSAFE)

    def _did_good(self, doc: Document) -> Iterator[Finding]:
        """'She did really good on the test': 'do' with a degree word before 'good' that ends its
        clause is how well something went ('did very well'); plain 'did good' may be the noun ('do
        good in the world') and 'doing good' is also said of health, so both are left alone."""
        for words, index in occurrences(doc, _GOOD):
            if index < 2 or words[index - 1].low not in _DID_DEGREE or words[index - 2].low not in _DID:
                continue
            if not (words[index - 2].joined and words[index - 1].joined) or words[index].text != "good":
                continue
            if not ends_phrase(words, index, _CLAUSE_ENDS) or in_quotes(doc, words[index].start):
                continue
            yield self.replace_word(
                words[index],
                "well",
                f"'{words[index - 2].text} {words[index - 1].text} good' says how well it went: the adverb "
                f"'well' is meant ('{words[index - 1].text} well').",
                FixSafety.UNSAFE,
            )

    def _wider(self, doc: Document) -> Iterator[Finding]:
        """The same slip with more verbs, more adjectives, and a degree word between ('sings very
        beautiful', 'answered angry', 'treated me very rude'), where the tagger agrees."""
        from ._tagger import sentence_tags

        for words, index in doc.shared(_action_candidates):
            at = index + 1
            if at < len(words) and words[at].low in w.OBJECT_PRONOUNS:
                at += 1
            degree = at < len(words) and words[at].low in _DEGREE
            if degree:
                at += 1
            if at >= len(words) or not all(word.joined for word in words[index:at]) or index == 0:
                continue
            word = words[at]
            original = words[index].low in _ACTION_VERBS and word.low in _ADVERB_OF and not degree
            listed = word.low in _ADVERB_OF or word.low in _MORE_ADVERB_OF
            so_that = words[at - 1].low == "so" and at + 1 < len(words) and words[at + 1].low == "that"
            if original or word.text != word.low or not (_ends_strictly(words, at, listed) or so_that):
                continue  # "spoke so quiet that no one heard" is 'so quietly that'
            adverb = _ADVERB_OF.get(word.low) or _MORE_ADVERB_OF.get(word.low)
            if adverb is None and word.low.endswith(_MANNER_ENDINGS):
                adverb = _manner_adverb(word.low)
            if adverb is None or words[index - 1].low in w.DETERMINERS or in_quotes(doc, word.start):
                continue
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("VB") or tags[at] != "JJ" or _adjectives_before_noun(doc, words, at):
                continue
            if _complement_of_make(words, index):
                continue  # "make command-line music playing more convenient"
            yield self.replace_word(
                word,
                adverb,
                f"'{words[index].text}' is an action: it takes the adverb '{adverb}', not '{word.text}'.",
                FixSafety.UNSAFE,
            )


_RATES = {
    "rapid": "rapidly",
    "quick": "quickly",
    "sudden": "suddenly",
    "significant": "significantly",
    "considerable": "considerably",
    "substantial": "substantially",
    "dramatic": "dramatically",
    "gradual": "gradually",
    "slight": "slightly",
    "marginal": "marginally",
    "swift": "swiftly",
    "sharp": "sharply",
    "steady": "steadily",
    "steep": "steeply",
}
"""Adjectives of the rate or extent of a change, with their adverbs ('rose rapid' → 'rapidly')."""
_RATE_WORDS = frozenset(_RATES)
_CHANGE_LEMMAS = (
    "rise fall climb drop decline increase decrease soar plunge jump spread slump surge tumble shrink expand "
    "slide sink improve deteriorate recover rebound accelerate slow fluctuate weaken strengthen intensify"
).split()
"""Verbs of change whose rate or extent an adverb gives ('rose sharply'). Not 'grow' or 'turn', which
also link ('grew steady', 'turned sharp')."""
_RATE_ENDS = frozenset(
    """and but or as while when in on at by over since after during from to for across through throughout into against
    last this today yesterday overnight""".split()
)
"""Words after which the adjective of rate has ended its phrase ('fell significant in the north-east')."""
_COMPARATIVES = frozenset(
    "higher lower more less better worse larger smaller bigger greater faster slower cheaper dearer".split()
)


def _no_finite_verb(tags: list[str]) -> bool:
    """The tagger reads no finite verb in the sentence: its verb is a word it took for a noun."""
    return w.FINITE_OR_MODAL_TAGS.isdisjoint(tags)


@cache
def _all_change_verbs() -> frozenset[str]:
    """Every inflection of :data:`_CHANGE_LEMMAS` (made on first use)."""
    return w.every_verb_form(_CHANGE_LEMMAS)


def _more_than_after_change(words: list[Word], index: int) -> bool:
    """'Weakened more rapid than forecast': a verb of change, 'more' or 'less', the adjective of rate and
    'than', joined: the comparison grades the change, so its adverb."""
    if index < 2 or index + 1 >= len(words) or words[index + 1].low != "than":
        return False
    if words[index - 1].low not in ("more", "less") or not (words[index - 2].joined and words[index].joined):
        return False
    return words[index - 2].low in _all_change_verbs()


def _comparative_after(words: list[Word], index: int) -> bool:
    """An adjective of extent before a comparative that ends its phrase or takes 'than' ('trading
    considerable higher', 'significant more than'); not before a noun ('a significant higher-rate band')."""
    if index + 1 >= len(words) or not words[index].joined or words[index + 1].low not in _COMPARATIVES:
        return False
    if words[index].low in ("rapid", "sudden", "swift", "sharp"):
        return False  # "a rapid fall", "a sharp rise": rates, not degrees of a comparative
    if index > 0 and words[index - 1].low in w.DETERMINERS:
        return False  # "a significant more …": a noun phrase may follow
    return index + 2 >= len(words) or not words[index + 1].joined or "NOUN" not in w.tags(words[index + 2].low)


_LIST_TAGS = frozenset(("JJ", "CC", "VBN", "VBG", "RB", "NNP"))


_CLAUSE_LINKS = frozenset("so then yet but".split())
"""Words after a comma that open a new clause, not an adjective list's next item."""


def _adjectives_before_noun(doc: Document, words: list[Word], at: int) -> bool:
    """The adjective at ``words[at]`` opens a list of adjectives before their noun ('write powerful,
    flexible, and cross-browser code') or a bracket follows it ('perform statistical (fitting)
    tasks'): it describes a noun to come, not the action."""
    from ._tagger import sentence_tags

    after = doc.text[words[at].end : words[at].end + 2]
    if after.strip()[:1] == "(":
        return True
    if at + 2 >= len(words):
        return False
    tags = sentence_tags(doc, words)
    if after[:1] == ",":
        if tags[at + 1] not in ("JJ", "RB") or words[at + 1].low in _CLAUSE_LINKS:
            return False  # "played beautiful, and we clapped", "spoke very soft, so nobody heard"
    elif not (words[at].joined and words[at + 1].low in ("and", "or") and tags[at + 2] == "JJ"):
        return False  # only "flexible and performant JSON unmarshalling" goes on without a comma
    for later in range(at + 2, min(at + 7, len(words))):
        if tags[later] in ("NN", "NNS"):
            return True
        if tags[later] not in _LIST_TAGS:
            return False
    return False


def _complement_of_make(words: list[Word], verb_at: int) -> bool:
    """The action word at ``verb_at`` is an -ing form inside the object of make/keep/find/render a
    few words before it ('makes parallel execution and error handling painless', 'make music playing
    more convenient'): the adjective after it is that verb's complement."""
    if not words[verb_at].low.endswith("ing"):
        return False
    return any(words[at].low in _COMPLEMENT_VERBS for at in range(max(0, verb_at - 8), verb_at))


def _action_before(words: list[Word], index: int) -> int | None:
    """Where the verb of action before the adjective stands: right before it ('played good'), or
    before its pronoun object ('explained it perfect')."""
    for at in (index - 1, index - 2):
        if at < 1 or not all(word.joined for word in words[at:index]):
            return None
        if words[at].low in _ACTION_VERBS:
            if at == index - 2 and words[at + 1].low not in w.OBJECT_PRONOUNS:
                return None
            if words[at - 1].low in w.DETERMINERS or words[at - 1].low in w.POSSESSIVES:
                return None  # "the work good", "their play perfect": a noun
            return at
    return None


_ADVERB_TRIGGERS = frozenset(_ADVERB_OF)
_BE_BEFORE_GRADED = w.BE_FORMS | frozenset(("being",))
_FLAT_OR_COMPOUNDING = frozenset(
    """deep fresh slow fast high low wide full far late early long short close free open dead flat quick hard new
    well ill half easy loud clean clear direct tight right wrong straight sharp first last pre sure real
    fair firm plain ready old bad light dark bright pale""".split()
)
"""Adjectives that are adverbs as they stand ('was hard hit') or make a compound with a participle ('deep
fried', 'fresh baked', 'slow cooked', 'new born')."""


_COMPOUND_PARTICIPLE_ENDINGS = ("ored", "oured")
"""Endings of participles that make compound adjectives ('light colored', 'good humoured')."""


def _noun_next(words: list[Word], at: int) -> bool:
    """A noun that is no preposition or adverb stands joined after the word at ``at``."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    tags = w.tags(words[at + 1].low)
    return "NOUN" in tags and not tags & {"ADV", "ADP"} and words[at + 1].low not in w.PREPOSITIONS


def _graded_adverb(adjective: str) -> str | None:
    """The -ly adverb of ``adjective`` the word tables know as an adverb (serious → seriously, terrible →
    terribly): :func:`.wordforms.ly_form`, without the spelling lexicon :func:`.wordforms.adverb_of` also
    asks, so that British spellings count ('sceptically')."""
    from .wordforms import ly_form

    candidate = ly_form(adjective)
    return candidate if "ADV" in w.tags(candidate) else None


def _compound_participle(low: str) -> bool:
    """A participle that makes one compound adjective with the adjective before it ('bad tempered',
    'light colored'): :data:`_COMPOUND_PARTICIPLES` and the endings of colour and humour."""
    return low in _COMPOUND_PARTICIPLES or low.endswith(_COMPOUND_PARTICIPLE_ENDINGS)


_HOW = frozenset(("how",))
_CLOSE = frozenset(("close",))
_WORK_FORMS = frozenset("work works worked working".split())
_HOW_MANNER = {"quick": "quickly", "smooth": "smoothly", "easy": "easily", "bad": "badly", "slow": "slowly"}
"""Adjectives of manner after 'how' besides :data:`_ADVERB_OF` ('how quick the community responded')."""


def _phrase_verb(words: list[Word], start: int) -> int | None:
    """Where the verb stands after a subject opened by 'the' or a possessive at ``start`` (adjectives and
    nouns, at most four words): None when no such phrase opens there."""
    if words[start].low != "the" and words[start].low not in w.POSSESSIVES:
        return None
    for at in range(start + 1, min(start + 5, len(words))):
        if not words[at - 1].joined:
            return None
        if not w.tags(words[at].low) & w.NOUN_OR_ADJECTIVE or words[at].low in _all_action_verbs():
            return at if at > start + 1 else None
    return None


_SMOOTH = frozenset(("smooth",))
_GO_OR_RUN = w.GO_FORMS | frozenset("run runs ran running".split())
_SMOOTH_SURFACES = frozenset("sea water lake surface skin river bay ocean".split())
_GOOD = frozenset(("good",))
_DID = frozenset("did do does done".split())
_DID_DEGREE = frozenset("very really so pretty quite extremely reasonably fairly".split())


@lru_cache(maxsize=1 << 14)
def _maybe_manner(low: str) -> bool:
    """A word that may be the adjective of manner the rules look for (the cheap sift)."""
    if low in _ADVERB_OF or low in _MORE_ADVERB_OF:
        return True
    return low.endswith(_MANNER_ENDINGS) and "ADJ" in w.tags(low) and not w.tags(low) & {"NOUN", "ADV", "VERB"}


def _action_candidates(doc: Document) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of the verbs of action with a possible adjective of manner within
    four words after them, once per document for both rules: sifted on the flat word list, since
    'work', 'run' and 'play' are frequent."""
    lows = doc.lows
    end = len(lows)
    return places(
        doc,
        [
            position
            for position in positions(doc, _all_action_verbs())
            if any(_maybe_manner(lows[at]) for at in range(position + 1, min(position + 5, end)))
        ],
    )


_STRICT_ENDS = frozenset(
    """and but or so today tonight yesterday again too last this every all through throughout during until
    overnight since""".split()
)
"""What ends the clause after an adjective known only by its ending: a conjunction, a time, or a preposition
of time that no such adjective takes as its complement ('worked tireless through the night'; not 'inherent in')."""


def _ends_strictly(words: list[Word], index: int, listed: bool) -> bool:
    """:func:`_ends_clause` for the wider reading: an adjective known only by its ending ('inherent',
    'flawless') ends its clause only before a break or a conjunction ('the difficulty inherent in
    it' is a complement), and none before 'and' + another adjective ('delivering flawless and
    enviable results')."""
    if index + 1 >= len(words) or not words[index].joined:
        return True
    following = words[index + 1].low
    if following in ("and", "or", "but") and index + 2 < len(words) and "ADJ" in w.tags(words[index + 2].low):
        second = words[index + 2].low
        manner = second in _ADVERB_OF or second in _MORE_ADVERB_OF
        return listed and manner and words[index + 1].joined and _ends_strictly(words, index + 2, True)
    if following == "to" and index + 2 < len(words) and words[index + 1].joined:
        verb = words[index + 2].low  # "worked tireless to get the gym ready": a purpose after the manner
        return "VB" in w.verb_tags(verb) and "NOUN" not in w.tags(verb)
    return following in _STRICT_ENDS or (listed and following in _CLAUSE_ENDS)


class AdjectiveAfterObject(GrammarRule):
    id = "grammar.adjective-after-object"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adjective of manner after a verb of action and its object: 'speaks English fluent' → 'fluently'."
    why = (
        "After a verb of action and its object, a word that says how the action was done is an "
        "adverb: 'speaks English fluently', 'handled the case professionally'. Only adjectives of "
        "manner (-ful, -ous, -ent, -ant, -ible, -able, -ive, -al, -less) that end the clause and "
        "whose -ly adverb the lexicon knows are reported; 'played it safe' and 'drove them crazy' "
        "are left alone, as is an adjective that describes the object ('cooked the meat raw')."
    )
    bad = (
        "She speaks English fluent.",
        "He handled the case professional, and they played the piece beautiful.",
        "The coach handled the players careless and the team played the match nervous.",
        "He speaks English very good, and she answered the question very polite.",
    )
    good = (
        "She speaks English fluently and plays it safe.",
        "They drove him crazy; he handled the case well.",
        "She wrote the report in English and played the piece beautifully.",
        "He speaks English very well; they found the work very good.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        from ._tagger import sentence_tags

        for words, index in doc.shared(_action_candidates):
            at = _manner_after_object(words, index)
            if at is None:
                continue
            word = words[at]
            if words[index].low not in _ACTION_VERBS and not _ends_strictly(
                words, at, word.low in _ADVERB_OF or word.low in _MORE_ADVERB_OF
            ):
                continue  # "describes the difficulty inherent in": a complement
            degree = words[at - 1].low in _DEGREE
            if words[index + 1].low in w.OBJECT_PRONOUNS and at == index + 2 + degree:
                continue  # 'explained it careless', 'treated me very rude': grammar.adjective-for-adverb's
            adverb = _manner_adverb(word.low)
            if adverb is None or word.text != word.low or in_quotes(doc, word.start):
                continue
            if words[index].low.endswith("ing") and index > 0 and words[index - 1].low in _COMPLEMENT_VERBS:
                continue  # "makes writing stylesheets powerful": the adjective is 'make''s complement
            tags = sentence_tags(doc, words)
            head = at - 1 - degree
            if (
                not tags[index].startswith("VB")
                or tags[at] != "JJ"
                or not (tags[head] in _OBJECT_TAGS or words[head].text.istitle())
            ):
                continue
            yield self.finding(
                word.start,
                word.end,
                f"'{word.text}' says how '{words[index].text}' was done: the adverb '{adverb}' is meant.",
                suggestions=(adverb,),
            )


_OBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP"))
_COMPLEMENT_VERBS = frozenset(
    "make makes made making keep keeps kept keeping find finds found finding render renders rendered".split()
)
"""Verbs whose object (here a gerund and its object) takes an adjective after it: 'makes writing
stylesheets powerful', 'keeps running the shop simple'."""
_MANNER_ENDINGS = ("ful", "ous", "ent", "ant", "ible", "able", "ive", "al", "less")


def _manner_after_object(words: list[Word], index: int) -> int | None:
    """Where an adjective stands after the verb at ``index`` and a one- or two-word object, ending
    its clause ('speaks English fluent.', 'handled the case professional and'); else None."""
    for length in (1, 2):
        at = index + 1 + length
        if at >= len(words) or not all(word.joined for word in words[index:at]):
            return None
        if length == 2 and words[index + 1].low not in w.DETERMINERS:
            continue
        if words[at].low in _DEGREE and at + 1 < len(words) and words[at].joined:
            at += 1  # "speaks English very good"
        low = words[at].low
        manner = low.endswith(_MANNER_ENDINGS) or low in _ADVERB_OF or low in _MORE_ADVERB_OF
        if manner and ends_phrase(words, at, _CLAUSE_ENDS):
            return at
    return None


def _graded_manner(low: str) -> bool:
    """An adverb in -ly of manner, which a degree word may grade ('carefully', 'quickly'); not one of
    the sentence's ('really', 'probably') or of time ('recently')."""
    return w.only_adverb_in_ly(low) and low not in _SENTENCE_ADVERBS


_SENTENCE_ADVERBS = frozenset(
    """really actually probably certainly definitely usually generally apparently obviously clearly simply
    only likely possibly surely truly finally eventually recently currently especially particularly mostly
    mainly nearly merely hardly barely rarely early daily weekly monthly yearly fully largely totally
    completely entirely absolutely literally basically essentially initially originally previously
    subsequently immediately suddenly frequently occasionally typically normally ultimately
    """.split()
)


def _plain_verb_before(before: str, word: str) -> bool:
    """A verb before the degree word, and the degree word no verb itself ("students to complete
    successfully"), nor after a pronoun ("something terrible really")."""
    if before in _PRONOUNS_BEFORE or before == "to":
        return False
    return bool(w.verb_tags(before)) and "VERB" not in w.tags(word)


_PRONOUNS_BEFORE = (
    w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | frozenset("something anything nothing everything someone anyone everyone nobody somebody".split())
)


_CLAUSE_ADVERB_HEADS = frozenset("well fast quick hard soon early late".split())
_AFTER_CLAUSE_ADVERB = frozenset("and but or so when while because as until before after".split())


def _grades_clause_adverb(words: list[Word], index: int) -> bool:
    """The degree word at ``index`` grades an adverb of manner or time that ends the clause ('fast',
    'soon', 'well' …: the end, a comma or a conjunction after it), after a verb ("was going real
    fast when", "was built surprising fast") or, before 'well', after a noun that is the verb's
    object ("handled the long flight remarkable well"); not after a determiner, a possessive, a
    number or a pronoun ("the village's remarkable well", "one exceptional well")."""
    head_at = index + 1
    if words[head_at].low not in _CLAUSE_ADVERB_HEADS or (words[index].low == "real" and words[head_at].low == "well"):
        return False
    if head_at + 1 < len(words) and words[head_at].joined and words[head_at + 1].low not in _AFTER_CLAUSE_ADVERB:
        return False
    before = words[index - 1]
    if before.low in w.DETERMINERS or before.low in _PRONOUNS_BEFORE or before.low == "to":
        return False
    if before.low.endswith(("'s", "’s", "s'")) or w.is_numeral(before.low):
        return False
    if before.capitalised:  # "the flight to Honolulu remarkable well": a name ends the object
        return words[head_at].low == "well" and index > 1 and before.text[1:].islower()
    if w.verb_tags(before.low):
        return True
    return words[head_at].low == "well" and w.tags(before.low) == {"NOUN"}


def _ends_in_noun(words: list[Word], at: int) -> bool:
    """A noun follows the word at ``at`` ("a real well-known", "real well water"): the pair may be a
    noun phrase's modifiers."""
    return at + 1 < len(words) and words[at].joined and "NOUN" in w.tags(words[at + 1].low)


def _manner_adverb(low: str) -> str | None:
    """The -ly adverb of an adjective of manner that is never itself an adverb or a noun."""
    from .wordforms import adverb_of

    if low in _ADVERB_OF:
        return _ADVERB_OF[low]
    if low in _MORE_ADVERB_OF:
        return _MORE_ADVERB_OF[low]
    found = w.tags(low)
    if "ADJ" not in found or found & {"ADV", "NOUN", "VERB"}:
        return None
    return adverb_of(low)


_DEGREE_ADJECTIVES = {
    "extreme": "extremely",
    "incredible": "incredibly",
    "terrible": "terribly",
    "awful": "awfully",
    "horrible": "horribly",
    "complete": "completely",
    "absolute": "absolutely",
    "total": "totally",
    "unbelievable": "unbelievably",
    "exceptional": "exceptionally",
    "remarkable": "remarkably",
    "extraordinary": "extraordinarily",
    "amazing": "amazingly",
    "surprising": "surprisingly",
}
"""Adjectives of degree written for their adverb before a predicate adjective ('it is extreme
difficult', 'she was incredible talented'), as 'real' for 'really'."""
_REAL = frozenset(("real",)) | frozenset(_DEGREE_ADJECTIVES)
_DEGREE_LINKING = frozenset(
    """is are was were am be been being 's 're 'm looks look looked seems seem seemed feel feels felt
    sounds sound sounded got get gets became become becomes it's i'm you're we're they're he's she's
    that's""".split()
)
"""Linking verbs before an adjective of degree and the adjective it grades (not 'did', 'went':
'it went terrible' is the adjective for the adverb, grammar.adjective-for-adverb's)."""
_NOT_GRADED = frozenset("right left wing enough".split())


def _graded_adjective(doc: Document, words: list[Word], index: int, before: str) -> bool:
    """The adjective of degree at ``index`` follows a linking verb and grades an adjective the
    tagger reads as one ('it is extreme difficult'); not a preposition ('it looked amazing after
    they were done') nor 'right' ('the party is extreme right')."""
    head = words[index + 1].low
    if before not in _DEGREE_LINKING or head in _NOT_GRADED or head in w.PREPOSITIONS:
        return False
    if _compound_participle(head):
        return False  # "he was terrible tempered": one compound adjective ('terrible-tempered')
    from ._tagger import sentence_tags

    return "ADJ" in w.tags(head) and sentence_tags(doc, words)[index + 1] == "JJ"


def _graded_participle(doc: Document, words: list[Word], index: int, before: str) -> bool:
    """The adjective of degree at ``index`` follows a form of 'be' and grades a passive participle
    the tagger reads as one ('the shop was complete destroyed', 'it was total wrecked'); not an
    adjective in '-ed' of a compound ('he was terrible tempered')."""
    head = words[index + 1]
    if words[index].low not in _EXTENT or before not in _PASSIVE_BE or head.low in _COMPOUND_PARTICIPLES:
        return False
    forms = w.verb_tags(head.low)
    if "VBN" not in forms:
        return False
    if forms <= {"VBN", "VBD"} and w.tags(head.low) <= {"VERB", "ADJ"}:
        return True  # "the footbridge was complete destroyed": a past or participle, read as the passive's
    from ._tagger import sentence_tags

    return sentence_tags(doc, words)[index + 1] == "VBN"


_EXTENT = frozenset("complete total absolute extreme".split())
"""Adjectives of degree that say only how far ('complete', 'total'): before a participle, the adverb
('was complete destroyed'). Not those that also judge ('the food was terrible served cold')."""
_PASSIVE_BE = frozenset("is are was were be been being 's 're".split())
_COMPOUND_PARTICIPLES = frozenset(
    """tempered minded mannered natured hearted headed sighted built compared given based provided granted
    combined eyed haired skinned legged handed sided faced shaped colored coloured fashioned aged spirited
    pitched bodied necked made""".split()
)
"""Participles that an adjective before them makes one adjective with ('bad-tempered', 'open-minded', 'old
fashioned', 'ready made'), and those that open a phrase of their own ('the service is incredible compared
to the others')."""


"""Words after an adjective of degree that make a phrase of their own ('the party is extreme right')."""
_LINKING_BEFORE_REAL = frozenset(
    """is are was were am be been being 's 're 'm looks look looked seems seem seemed feel feels felt
    sounds sound sounded got get gets became become becomes it's i'm you're we're they're he's she's
    that's did does do done went goes go""".split()
)
_DEGREE_HEADS = frozenset("well quickly fast soon hard close early late much often".split())


class RealForReally(GrammarRule):
    id = "grammar.real-for-really"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Real', 'extreme', 'incredible' … as degree words: 'it was real good', 'it is extreme difficult'."
    why = (
        "'Real' before an adjective or an adverb ('real good', 'real quick', 'real well') is informal "
        "American speech for 'really' or 'very'. Reported after a linking verb or 'did' before an "
        "adjective or adverb that ends its phrase ('it was real good.'), and after a verb of action "
        "before 'well', 'fast', 'hard' and the like ('played real well'); 'real estate', 'the real big "
        "issue' and 'a real good friend' (before a noun) are left alone. Adjectives of degree "
        "('extreme', 'incredible', 'terrible', 'awful', 'complete', 'absolute', 'total' …) after a "
        "linking verb and before an adjective that ends its phrase take their adverb too: 'it is "
        "extremely difficult', not 'extreme difficult' ('it was total chaos' has a noun). Before an "
        "adverb in -ly, or before 'well' after any verb, any of them grades that adverb ('handled the "
        "hill real carefully', 'went remarkable well'; not after a determiner: 'a real carefully "
        "planned raid'). So does any of them before 'fast', 'soon', 'hard', 'early', 'late' (and the others "
        "before 'well') that ends the clause after a verb ('was going real fast when', 'was built "
        "surprising fast'), and before 'well' after the verb's object ('handled the flight remarkable "
        "well'; not 'the village's remarkable well')."
    )
    bad = (
        "The food was real good.",
        "She is real smart, and he did real well.",
        "It looks real nice, and we got there real fast.",
        "The team played real well.",
        "The exam was extreme difficult, she is incredible talented, and they are complete different.",
        "The defender played exceptional well, and the striker ran incredible fast.",
        "The driver handled the hill real carefully, and the drive went remarkable well.",
        "The driver was going real fast when he turned, and the bridge was built surprising fast.",
        "The kids handled the long flight remarkable well, and neither of them cried.",
        "The kids handled the long flight to Honolulu remarkable well.",
        "The shop was complete destroyed by the fire, and the barn was total wrecked.",
        "The footbridge was complete destroyed when the river crested.",
    )
    good = (
        "The food was really good; the threat is real.",
        "Real estate is real property; the real big issue is cost.",
        "He is a real good friend; it was real gold; that is real progress.",
        "It was total chaos; the party is extreme right; he was absolute ruler; it was incredible enough.",
        "The results were amazing, fresh and cheap; it was terrible weather; it went terrible.",
        "It looked amazing after they were done, and it seemed incredible before the fall.",
        "They dug a remarkable well; it was an exceptional well for the region.",
        "It was a real carefully planned raid; he is a real slowly developing talent; we drank real well water.",
        "We visited the village's remarkable well; the town had one exceptional well; it was a real quick fix.",
        "The service here is incredible compared to the others; the food was terrible served cold.",
        "The job is complete, delivered on time.",
        "He was terrible tempered but kind.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _REAL):
            real = words[index]
            if index == 0 or index + 1 >= len(words) or not real.joined or not words[index - 1].joined:
                continue
            head = words[index + 1]
            if head.low == "enough":
                continue  # "it seemed real enough": 'enough' follows the adjective it grades
            before = words[index - 1].low
            adverb = _DEGREE_ADJECTIVES.get(real.low, "really")
            action = before in _all_action_verbs() and head.low in _DEGREE_HEADS  # "played real well"
            # "handled the hill real carefully", "went remarkable well": before an adverb in -ly, or before
            # 'well' after any verb, the word grades that adverb
            action = action or (
                before not in w.DETERMINERS
                and not _ends_in_noun(words, index + 1)
                and (
                    (head.low == "well" or _graded_manner(head.low))
                    and ((real.low == "real" and head.low != "well") or _plain_verb_before(before, real.low))
                )
            )
            # "was going real fast", "was built surprising fast", "handled the flight remarkable well": a
            # degree word before 'fast', 'soon', 'well' … that ends the clause, after a verb (or, before
            # 'well', after the verb's object: "a remarkable well" has a determiner)
            action = action or _grades_clause_adverb(words, index)
            # "it is extreme difficult": after a linking verb, before an adjective; "played remarkable well"
            participle = real.low != "real" and _graded_participle(doc, words, index, before)
            if (
                real.low != "real"
                and not action
                and not participle
                and not _graded_adjective(doc, words, index, before)
            ):
                continue
            if (before not in _LINKING_BEFORE_REAL and not action) or real.text != real.low:
                continue
            tags = w.tags(head.low)
            graded_adverb = _graded_manner(head.low)
            if head.low not in _DEGREE_HEADS and "ADJ" not in tags and not graded_adverb and not participle:
                continue
            following = words[index + 2].low if head.joined and index + 2 < len(words) else ""
            if following and "NOUN" in w.tags(following) and following not in _STRICT_ENDS | w.PREPOSITIONS:
                continue  # "it was real good news": informal, but before a noun 'real' may be the adjective
            if in_quotes(doc, real.start):
                continue
            if tags & {"NOUN", "VERB"} and head.low not in _DEGREE_HEADS and not participle:
                from ._tagger import sentence_tags

                if sentence_tags(doc, words)[index + 1] not in ("JJ", "RB"):
                    continue  # "it was real gold": a noun
            if real.low == "real":
                message = f"'Real' before '{head.text}' is informal: write 'really'."
            else:
                message = f"'{real.text}' grades '{head.text}' here, so it takes the adverb: '{adverb}'."
            yield self.replace_word(real, adverb, message, FixSafety.UNSAFE)


_FONDNESS = frozenset(
    """
    like likes liked liking love loves loved loving enjoy enjoys enjoyed enjoying hate hates hated
    hating prefer prefers preferred preferring appreciate appreciates appreciated appreciating miss
    misses missed missing adore adores adored adoring admire admires admired admiring
    """.split()
)
"""Verbs whose degree phrase 'very much' goes after the object ("I like football very much")."""
_SPEAKING = frozenset("speak speaks spoke spoken speaking understand understands understood understanding".split())
_MANNER = frozenset("well fluently perfectly badly poorly".split())
_LANGUAGE_COUNTS = frozenset("several many various".split())
_COUNTED_LANGUAGES = frozenset(("languages",))
_LANGUAGES = frozenset(
    """
    english french spanish german italian portuguese dutch russian polish chinese mandarin cantonese
    japanese korean arabic hebrew hindi urdu bengali turkish greek swedish norwegian danish finnish
    hungarian czech romanian ukrainian persian farsi swahili thai vietnamese indonesian malay tagalog
    latin catalan basque welsh irish
    """.split()
)
"""Languages that follow 'speak' as its object ("speaks English very well")."""
_SHORT_OBJECT = 3
"""Words at most in a short object that an adverb stands before ("very much the new album", "every
day the newspaper")."""
_DEGREE_HEADS_AFTER = frozenset(("much", "lot"))
"""The last words of 'very much', 'so much' and 'a lot', which go after a liking verb's object."""
_LANGUAGE_TRIGGERS = _LANGUAGES | _DEGREE_HEADS_AFTER | _COUNTED_LANGUAGES
_FREQUENT_LY = frozenset("usually rarely frequently occasionally regularly".split())
"""Frequency adverbs in '-ly', which may stand before a bare noun object ("drinks usually coffee")."""
_EVERY = frozenset(("every",))
_GOING = frozenset("go goes went come comes came".split())
"""Verbs of going, whose place is no object ("I go every week to the gym")."""
_OBJECT_ASKERS = frozenset("what which who whom that".split())
_EVERY_TIMES = frozenset("day week month year morning evening night weekend summer winter".split())
"""Times after 'every' that go after a verb's short object ("reads the paper every day")."""
_ORDER_ADVERBS = frozenset(
    """
    quickly slowly carefully silently quietly loudly gently firmly calmly angrily happily sadly proudly
    nervously patiently politely rudely warmly softly eagerly anxiously hastily neatly properly
    correctly always often usually sometimes rarely seldom frequently occasionally regularly already
    """.split()
)
"""Adverbs of manner and frequency that stand after a short object ("opened the door slowly",
"tastes the sauce always") or before the verb ("always tastes"), never between the verb and a short
object. Not 'well', 'clearly', 'briefly', 'completely', 'especially', 'mainly': "knows well the
dangers", "stated clearly the aim", "affects mainly the elderly" are English. Not 'fast', which
after 'make' and 'hold' is an adjective ("the sailors made fast the boat")."""
_OBJECT_DETERMINERS = w.DETERMINERS - frozenset(("no", "any", "some", "each"))
_NOT_OBJECT_VERBS = frozenset(
    """
    get gets got become becomes became seem seems seemed remain remains remained stay stays stayed
    think thinks thought believe believes believed say says said feel feels felt know knows knew
    hope hopes hoped guess guesses guessed suppose supposes supposed fear fears feared mean means
    meant find finds found argue argues argued claim claims claimed suggest suggests suggested wish
    wished realise realised realize realized look looks looked sound sounds sounded grow grows grew
    happen happens happened occur occurs occurred appear appears appeared matter matters mattered
    """.split()
)
"""Verbs that take a clause or a complement ("I think sometimes the best thing is …", "grew quickly
the largest …") or whose object an adverb often precedes."""
_CLAUSE_OPENERS = frozenset(
    "when whenever as if while once after before until unless because although though since where".split()
)
"""Words that open a clause which may end at the adverb without a comma, so that the phrase after it
is the next clause's subject ("When she knocks loudly the dog barks")."""
_AFTER_SHORT_OBJECT = frozenset(
    """
    and but before after during every yesterday today tonight again
    """.split()
)
"""Words that may follow a short object and belong to the clause, not to the object ("tastes always
the sauce before serving"): not a preposition such as 'of', 'for', 'from' or 'in', which may make
the object longer ("answered politely every question from the floor") and so free to stand after
the adverb, nor 'that' and 'which'."""


class AdverbBeforeObject(GrammarRule):
    id = "grammar.adverb-before-object"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An adverb between a verb and its object: 'I like very much football', 'speaks well English'."
    why = (
        "In English an adverb does not stand between a verb and a short object: 'I like football very "
        "much', 'she speaks English very well', not 'I like very much football', 'she speaks very well "
        "English' (the order of many other languages). Reported after verbs of liking before 'very "
        "much' ('so much' or 'a lot' before a determiner) and an object of at most three words that "
        "ends the clause (a long object may follow: "
        "'we appreciate very much the support of all our members'), and after 'speak' and "
        "'understand' before 'well', 'fluently' and the like and the name of a language (or a count of "
        "languages: 'speaks fluently three languages'); and after a "
        "finite verb, an adverb of manner or frequency ('slowly', 'carefully', 'always', 'often' …) "
        "before a short object that ends the clause or meets a time ('opened slowly the door.', "
        "'tastes always the sauce before serving'): 'opened the door slowly', 'always tastes the "
        "sauce'; and 'every day' and the like before a short definite object that ends the sentence ('reads "
        "every morning the local paper'; 'swims every morning a few lengths' is a measure); and a "
        "frequency adverb before a lone noun object ('bakes often bread': "
        "'often bakes bread'); a past participle after 'have' counts as the verb ('has finished already her "
        "homework'), a passive's does not. A time or a distance ('left quietly the next morning', "
        "'walked slowly the last mile') and a longer object ('explained carefully the reasons for the "
        "delay') are left alone."
    )
    bad = (
        "I like very much football.",
        "She enjoyed very much the concert, and we loved very much our new house.",
        "I miss so much my old school, and we enjoyed a lot the show.",
        "My father reads every morning the local paper.",
        "She bakes often bread, and he eats rarely meat.",
        "She speaks very well English.",
        "He understands perfectly German but speaks poorly French.",
        "She speaks fluently three languages.",
        "The kids ate quickly their lunch.",
        "The inspector checks carefully every invoice before lunch.",
        "My aunt visits often the old market, and he opened slowly the door.",
        "She has finished already her homework, and they have read carefully the contract.",
        "He answered always the phone politely, and the nurse cleaned gently the wound.",
    )
    good = (
        "I like football very much; she speaks English very well.",
        "I would like very much to come, and we appreciate very much the support of all our members.",
        "Thank you very much, and I like it very much.",
        "We enjoy so much freedom here; I missed so much school; I like a lot of things; we loved so much about it.",
        "She missed a lot this term with a broken wrist, and we loved so much that winter in the hills.",
        "I see every day the same faces. Every day the sun rises. What I cook every day the kids love.",
        "She walks every day the two miles to school, and he swims every morning a few lengths.",
        "He often bakes bread; she goes often home; they travel often abroad; it happens often.",
        "She speaks well, English being her first language; he speaks French well.",
        "I enjoyed very much, as always, the concert.",
        "He understood well English law and its history.",
        "He left quietly the next morning; they walked slowly the last mile; she worked hard the whole day.",
        "I think sometimes the best thing is to wait, and it happens sometimes the machine stops.",
        "He explained carefully the reasons for the delay; the door was opened slowly the next day.",
        "She has already finished her homework; it has been already the case; he had left quietly the next morning.",
        "She knows well the dangers; he answered politely every question from the floor.",
        "When she knocks loudly the dog barks, and if you wait patiently the fish bite.",
        "They met often that summer; he cycled slowly the final stretch; the sailors made fast the boat.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LANGUAGE_TRIGGERS):
            much = words[index].low in _DEGREE_HEADS_AFTER
            found = self._very_much(words, index) if much else self._speaks_well(words, index)
            if found is not None and not in_quotes(doc, words[index].start):
                yield found
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            p
            for p in positions(doc, _ORDER_ADVERBS)
            if 0 < p <= last
            and ((p < last and lows[p + 1] in _OBJECT_DETERMINERS) or _bare_object(lows[p + 1]))
            and lows[p - 1] not in w.AUXILIARIES
        ]
        for words, index in places(doc, candidates):
            found = self._manner_between(doc, words, index)
            if found is not None:
                yield found
        for words, index in occurrences(doc, _EVERY):
            found = self._time_between(doc, words, index)
            if found is not None:
                yield found

    def _time_between(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'She reads every day the newspaper.': a finite verb, 'every' and a time, then a short
        object (a determiner and at most two words, the last a noun) that ends the sentence."""
        if index == 0 or index + 3 >= len(words) or len(words) - (index + 2) > _SHORT_OBJECT:
            return None
        verb, time, determiner = words[index - 1], words[index + 1], words[index + 2]
        if time.low not in _EVERY_TIMES or determiner.low not in _OBJECT_DETERMINERS:
            return None
        if determiner.low in w.ARTICLES - {"the"}:
            return None  # "runs every day a kilometre", "swims every morning a few lengths": a measure
        if not all(word.joined for word in words[index - 1 : len(words) - 1]):
            return None
        if verb.capitalised or verb.low in _NOT_OBJECT_VERBS or verb.low in w.AUXILIARIES or verb.low in _GOING:
            return None
        if any(word.low in _CLAUSE_OPENERS or word.low in _OBJECT_ASKERS for word in words[: index - 1]):
            return None  # "What I cook every day the kids love": the phrase opens the next clause
        phrase = words[index + 3 :]
        if any(
            word.capitalised or word.low in w.ADVERBIAL_NOUNS or word.low in w.PREPOSITIONS or word.low in w.DETERMINERS
            for word in phrase
        ):
            return None
        if not ends_like_a_sentence(doc, words) or in_quotes(doc, verb.start):
            return None
        from ._tagger import sentence_tags

        tags = sentence_tags(doc, words)
        if (
            tags[index - 1] not in w.FINITE_TAGS
            or not tags[-1].startswith("NN")
            or "NOUN" not in w.tags(phrase[-1].low)
        ):
            return None
        return self._move(words, index, index + 1, index + 2, len(words) - 1)

    def _manner_between(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'opened slowly the door.', 'tastes always the sauce before serving': a finite verb, an
        adverb of manner or frequency, then a short object (a determiner, at most two words before
        its noun) that ends the clause or is followed by a time or a place. A longer object ('the
        reasons for the delay', 'the door of the shed') may follow the adverb."""
        if index == 0 or index + 1 >= len(words):
            return None
        verb = words[index - 1]
        bare = words[index + 1].low not in _OBJECT_DETERMINERS
        if not (verb.joined and words[index].joined and (bare or words[index + 1].joined)):
            return None
        if verb.capitalised or verb.low in _NOT_OBJECT_VERBS or verb.low in w.AUXILIARIES:
            return None
        perfect = index >= 2 and words[index - 2].low in _PERFECT_HAVE and words[index - 2].joined
        if not w.verb_tags(verb.low) & (w.FINITE_TAGS | ({"VBN"} if perfect else set())):
            return None
        if index >= 2 and words[index - 2].low in w.AUXILIARIES and not perfect:
            return None  # "was opened slowly the next day"; "has finished already his homework" is read
        if bare and (words[index].low.endswith("ly") and words[index].low not in _FREQUENT_LY):
            return None  # "speaks softly Italian words": only a frequency adverb before a bare noun
        end = index + 1 if bare else index + 2
        while (
            end + 1 < len(words)
            and words[end].joined
            and words[end + 1].low not in _AFTER_SHORT_OBJECT
            and not (bare and words[end + 1].low in w.PREPOSITIONS)
            and words[end + 1].low not in _ORDER_ADVERBS
            and not w.only_adverb_in_ly(words[end + 1].low)
        ):
            end += 1  # the object runs on to the clause's end, or to a time or a place
            if end - index > _SHORT_OBJECT:
                return None  # a long object may follow the adverb
        phrase = words[index + 1 if bare else index + 2 : end + 1]
        noun = phrase[-1]
        if bare and (len(phrase) > 1 or not _bare_object(noun.low)):
            return None  # "bakes often bread": one noun alone
        if any(word.low in w.ADVERBIAL_NOUNS or word.capitalised for word in phrase):
            return None
        if "NOUN" not in w.tags(noun.low) or noun.low in w.PREPOSITIONS:
            return None
        if any(word.low in w.PREPOSITIONS or word.low in w.AUXILIARIES or word.low in w.DETERMINERS for word in phrase):
            return None
        if in_quotes(doc, verb.start):
            return None
        from ._tagger import sentence_tags

        tags = sentence_tags(doc, words)
        # "The chef tastes always the sauce", "the nurse cleaned gently the wound": the odd order makes
        # the tagger read a plural noun or a participle after the subject
        misread = {"NNS": "VBZ", "VBN": "VBD"}.get(tags[index - 1])
        finite = (
            tags[index - 1] in w.FINITE_TAGS
            or (perfect and tags[index - 1] == "VBN")
            or (
                misread is not None
                and index >= 2
                and tags[index - 2] in ("NN", "NNP", "PRP")
                and misread in w.verb_tags(verb.low)
            )
        )
        if not finite or not tags[end].startswith("NN"):
            return None
        if w.verb_tags(noun.low) & {"VBZ", "VBP", "VBD"} and any(
            word.low in _CLAUSE_OPENERS for word in words[: index - 1]
        ):
            return None  # "When she knocks loudly the dog barks": the next clause's subject and verb
        if bare:
            if end + 1 < len(words) and words[end].joined and words[end + 1].low in ("and", "or"):
                return None  # "visits frequently museums and galleries": the object runs on
            adverb = words[index]
            return self.finding(
                verb.start,
                adverb.end,
                f"Put '{adverb.text}' before the verb: '{adverb.low} {verb.text} {noun.text}'.",
                suggestions=(f"{adverb.low} {verb.text}",),
                fix=FixSafety.UNSAFE,
            )
        return self._move(words, index, index, index + 1, end)

    def _very_much(self, words: list[Word], index: int) -> Finding | None:
        """'like very much football.', 'love so much this city', 'enjoyed a lot the concert': a short
        object that ends its clause; after 'so much' and 'a lot' one that opens with a determiner
        ('enjoy so much freedom' is a quantity, the object itself)."""
        if index < 2 or words[index - 2].low not in _FONDNESS:
            return None
        before = words[index - 1].low
        if (before, words[index].low) not in (("very", "much"), ("so", "much"), ("a", "lot")):
            return None
        if before != "very" and (index + 1 >= len(words) or words[index + 1].low not in _OBJECT_DETERMINERS):
            return None
        if not (words[index - 2].joined and words[index - 1].joined and words[index].joined):
            return None
        end = index + 1
        while end < len(words) and end - index <= _SHORT_OBJECT and words[end].joined:
            end += 1
        if end >= len(words) or end - index > _SHORT_OBJECT:
            return None  # the object runs on past the clause: a long object may follow the adverb
        object_words = words[index + 1 : end + 1]
        for at, word in enumerate(object_words):
            last = at == len(object_words) - 1
            if at == 0 and word.low in w.DETERMINERS and not last:
                continue
            tags = w.tags(word.low)
            if (word.capitalised and at > 0) or word.low in w.AUXILIARIES or word.low in w.PREPOSITIONS:
                return None
            if not (word.capitalised or "NOUN" in tags or (not last and "ADJ" in tags)):
                return None
        if object_words[0].low in ("it", "that", "to") or (object_words[0].low == "this" and len(object_words) == 1):
            return None  # "like very much that you came"; but "love so much this city"
        if before != "very" and any(word.low in w.ADVERBIAL_NOUNS for word in object_words):
            return None  # "missed a lot this term", "loved so much this summer": a time, not the object
        return self._move(words, index - 1, index, index + 1, end)

    def _speaks_well(self, words: list[Word], index: int) -> Finding | None:
        """'speaks very well English', 'speaks fluently three languages': the language is the object."""
        first = index - 1
        object_start = index
        if words[index].low == "languages":
            if first < 1 or not (words[first].low in w.CARDINALS or words[first].low in _LANGUAGE_COUNTS):
                return None
            first, object_start = first - 1, first  # "fluently three languages"
        if first < 1 or words[first].low not in _MANNER:
            return None
        if words[first - 1].low in _DEGREE and first > 1:
            first -= 1
        if words[first - 1].low not in _SPEAKING or not all(word.joined for word in words[first - 1 : index]):
            return None
        if index + 1 < len(words) and words[index].joined and words[index + 1].low not in _CLAUSE_ENDS:
            return None  # "understood well English law": the language names a noun's kind
        return self._move(words, first, object_start - 1, object_start, index)

    def _move(self, words: list[Word], start: int, stop: int, first: int, last: int) -> Finding:
        adverb = " ".join(word.text for word in words[start : stop + 1])
        thing = " ".join(word.text for word in words[first : last + 1])
        return self.finding(
            words[start].start,
            words[last].end,
            f"Put '{adverb}' after the object: '{thing} {adverb}'.",
            suggestions=(f"{thing} {adverb}",),
            fix=FixSafety.UNSAFE,
        )


_MUCH = frozenset(("much",))
_MUCH_OPENERS = frozenset(("too", "so"))
_MUCH_AFTER_ADJECTIVE = frozenset("to that for and but or in at about with because".split())
"""What may follow the adjective after 'too much' or 'so much' when it ends its phrase ('too much hot
to eat', 'so much bad that')."""
_LINKING = frozenset(
    """
    is was are were be been being am isn't wasn't aren't weren't seems seemed seem looks looked look
    feels felt feel got gets get became become becomes sounds sounded sound it's that's he's she's
    they're we're you're i'm
    """.split()
)
"""The linking verb before 'too much' or 'so much' that makes the adjective its complement ('the soup
was too much hot'); without one 'much' is a pronoun that an adjective may follow ('there is so much
new to see', 'there wasn't too much available')."""
_NOT_SUBJECTS = frozenset(("there", "here", "what", "how"))
_A_ADJECTIVES = frozenset("afraid alike alive alone aware awake asleep akin ashamed different same".split())
"""Adjectives that 'much' may grade ('so much alive', 'not so much different')."""


@lru_cache(maxsize=1 << 12)
def _plain_adjective(low: str) -> bool:
    """An adjective in its plain form, no noun, no participle and no comparative ('hot', 'difficult';
    not 'good', 'cold', 'loved', 'tired', 'better')."""
    parts = w.parts_of_speech(low)
    if parts.get("ADJ", ()) != (low,) or "NOUN" in parts or low in _A_ADJECTIVES:
        return False
    verbs = parts.get("VERB", ())
    return not verbs or verbs == (low,)


@lru_cache(maxsize=1 << 12)
def _ing_adjective(low: str) -> bool:
    """An adjective in -ing ('boring', 'interesting'): after 'so much' + a linking verb it ends the
    phrase only as the adjective ('was so much enjoying the trip' is a verb with its object, which
    the phrase test leaves alone). Not the -ed forms: 'she was so much loved' is a passive."""
    return low.endswith("ing") and "ADJ" in w.tags(low) and w.verb_tags(low) == {"VBG"} and "NOUN" not in w.tags(low)


class MuchAdjective(GrammarRule):
    id = "grammar.much-adjective"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Too much' or 'so much' before a plain adjective: 'too much hot', 'so much difficult'."
    why = (
        "'Much' grades comparatives and quantities ('much hotter', 'too much sugar'), not a plain "
        "adjective: 'too hot to eat', 'so difficult that'. Reported only when the adjective ends its "
        "phrase ('too much hot water' is too much of hot water) and is no noun and no participle "
        "('so much good', 'so much loved'; an -ing adjective counts: 'so much boring'); 'not so much … as …' "
        "and 'very much aware' are left alone."
    )
    bad = (
        "The soup was too much hot to eat.",
        "The weather was so much bad that the flight was cancelled.",
        "The test was so much difficult, and the flat is too much expensive for us.",
        "The lecture was so much boring that I left.",
    )
    good = (
        "The soup was too hot to eat; there was too much hot water.",
        "She did so much good; it was so much loved; I am very much aware of it.",
        "It is not so much difficult as tedious; it was so much easier; there is too much bad news.",
        "He ate too much. Hot food is bad for him.",
        "There is so much new to see, and there wasn't too much available for children.",
        "It is not so much difficult as tedious; we saw so much beautiful in it.",
        "He was so much enjoying the trip; she was so much loved; it was so much amusing them.",
    )
    fixed = (
        "The soup was too hot to eat.",
        "The weather was so bad that the flight was cancelled.",
        "The test was so difficult, and the flat is too expensive for us.",
        "The lecture was so boring that I left.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MUCH):
            if index == 0 or index + 1 >= len(words) or words[index - 1].low not in _MUCH_OPENERS:
                continue
            if not (words[index - 1].joined and words[index].joined):
                continue
            adjective = words[index + 1]
            if adjective.text != adjective.low or not (
                _plain_adjective(adjective.low) or _ing_adjective(adjective.low)
            ):
                continue
            if adjective.joined and index + 2 < len(words) and words[index + 2].low not in _MUCH_AFTER_ADJECTIVE:
                continue  # "too much hot water"
            if index < 2 or words[index - 2].low not in _LINKING or not words[index - 2].joined:
                continue  # "there is so much new to see": 'much' is a pronoun
            if index >= 3 and words[index - 3].low in _NOT_SUBJECTS:
                continue
            if any(word.low == "as" for word in words[index + 2 : index + 6]):
                continue
            if in_quotes(doc, adjective.start):
                continue
            opener = words[index - 1]
            yield self.finding(
                opener.start,
                adjective.end,
                f"'Much' does not grade a plain adjective: '{opener.text} {adjective.text}', not "
                f"'{opener.text} much {adjective.text}'.",
                suggestions=(f"{opener.text} {adjective.text}",),
                fix=FixSafety.SAFE,
            )


_FREQUENCY = frozenset("never always often usually sometimes rarely seldom".split())
"""Adverbs of frequency, which stand after the first auxiliary: 'I have never been', 'she is always
late'. Not 'already', 'also', 'still', 'just': American news style puts them before the auxiliary
('the company already has spent $2 million') and it is right."""
_PERFECT_HAVE = frozenset("have has had".split())
_PRESENT_BE = frozenset("am is are".split())
_ORDER_SUBJECTS = w.PERSON_SUBJECTS
"""Personal subjects; not 'it' or 'that' ('it usually is best to', 'that never has been the
case' read as settled phrases)."""


class AdverbBeforeAuxiliary(GrammarRule):
    id = "grammar.adverb-before-auxiliary"
    category = "grammar"
    severity = Severity.INFO  # a matter of style: "I never have stopped to think" stands in fluent, edited prose
    summary = "An adverb of frequency before the auxiliary: 'I never have been' ('I have never been')."
    why = (
        "An adverb of frequency ('never', 'always', 'often', 'usually', 'sometimes', 'rarely', 'seldom') "
        "stands after the first auxiliary and after a finite 'be': 'I have never been to Scotland', 'she is "
        "always late', 'we have often wondered'. Before it, the order is that of speech stressing the "
        "auxiliary ('I never have, and never will'), which edited prose also writes without the stress ('I "
        "never have stopped to think about it'): a suggestion, not an error. Reported only after a personal "
        "pronoun that opens its clause, with 'have', 'has' or 'had' and a participle after it, or with 'am', "
        "'is' or 'are' and an '-ing' form or an adjective (not 'never' with 'be': 'I never was much of a "
        "dancer' is idiom); not when the adverb comes back later in the sentence ('they never have been and "
        "never will be'), nor in quotations."
    )
    bad = (
        "I never have been to Scotland.",
        "We often have wondered why he left.",
        "She always is late for the morning briefing.",
        "They usually are complaining about the service.",
        "He rarely has missed a match since joining the club.",
    )
    good = (
        "I have never been to Scotland, and we have often wondered why he left.",
        "She is always late; they are usually complaining.",
        "I never was much of a dancer, and she always was the clever one.",
        "I never have time to read. He often has lunch there.",
        "They never have been and never will be friends.",
        "It usually is best to wait. The company already has spent millions.",
        '"I never have been there," she said.',
        "Those who always have voted for him stayed home.",
    )
    fixed = (
        "I have never been to Scotland.",
        "We have often wondered why he left.",
        "She is always late for the morning briefing.",
        "They are usually complaining about the service.",
        "He has rarely missed a match since joining the club.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [
            p
            for p in positions(doc, _FREQUENCY)
            if 0 < p < last
            and lows[p - 1] in _ORDER_SUBJECTS
            and (lows[p + 1] in _PERFECT_HAVE or lows[p + 1] in _PRESENT_BE)
        ]
        for words, index in places(doc, candidates):
            if index == 0 or index + 2 >= len(words) or not _opens_clause(words, index - 1):
                continue
            subject, adverb, auxiliary, following = words[index - 1], words[index], words[index + 1], words[index + 2]
            if not (subject.joined and adverb.joined and auxiliary.joined) or following.capitalised:
                continue
            if subject.low == "i" and subject.text != "I":
                continue
            if auxiliary.low in _PERFECT_HAVE:
                if not _participle_after_have(following.low):
                    continue
            elif adverb.low == "never" or not _complement_of_be(following.low):
                continue
            if any(word.low == adverb.low for word in words[index + 3 :]) or in_quotes(doc, adverb.start):
                continue
            yield self.finding(
                adverb.start,
                auxiliary.end,
                f"Put '{adverb.text}' after the auxiliary: '{auxiliary.text} {adverb.low}'.",
                suggestions=(f"{match_case(auxiliary.low, adverb.text)} {adverb.low}",),
                fix=FixSafety.SAFE,
            )


@lru_cache(maxsize=1 << 12)
def _bare_object(low: str) -> bool:
    """A word that is only a noun and may stand alone as an object ('bread', 'meat', 'friends'):
    no other part of speech ('home', 'abroad', 'work' are left alone)."""
    return w.tags(low) == {"NOUN"}


def _opens_clause(words: list[Word], at: int) -> bool:
    """The subject at ``at`` opens its sentence or follows a comma, 'and', 'but', 'so', 'because' …"""
    if at == 0 or not words[at - 1].joined:
        return True
    return words[at - 1].low in w.CLAUSE_OPENERS or words[at - 1].low in ("and", "but", "so")


@lru_cache(maxsize=1 << 12)
def _participle_after_have(low: str) -> bool:
    """A past participle that is not also a bare verb or a noun: 'been', 'wondered', 'missed'; not
    'time', 'lunch', 'come' ("I never have time")."""
    return "VBN" in w.verb_tags(low) and not w.verb_tags(low) & {"VB", "VBP"} and "NOUN" not in w.tags(low)


@lru_cache(maxsize=1 << 12)
def _complement_of_be(low: str) -> bool:
    """An '-ing' form that is only a verb, or an adjective that is not also a noun or a verb (an
    adverb it may be): 'late', 'complaining', 'happy'; not 'the', 'right', 'open'."""
    tags = w.tags(low)
    if tags == {"VERB"}:
        return w.verb_tags(low) == {"VBG"}
    return "ADJ" in tags and tags <= {"ADJ", "ADV"}


_VERY_SUBJECTS = w.PERSON_SUBJECTS
"""Subject pronouns; not 'it', which is an object as often ("made it very clear")."""


class VeryVerb(GrammarRule):
    id = "grammar.very-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Very' before a verb: 'I very like it', 'she very enjoyed it' ('really', or 'very much')."
    why = (
        "'Very' grades adjectives and adverbs ('very good', 'very quickly'), not verbs: 'I really like "
        "it', 'I like it very much', 'she very much enjoyed it'. Reported only between a subject pronoun "
        "that opens its clause and a finite verb that is no adjective or adverb, so 'I very nearly "
        "missed it', 'we very much hope', 'they very well may' and 'I am very tired' are left alone."
    )
    bad = (
        "I very like the new design of the website.",
        "She very enjoyed the concert last night, and we very appreciate your help.",
        "When they very hope for a quick result, they are disappointed.",
    )
    good = (
        "I really like it, and she very much enjoyed the concert.",
        "They very nearly lost, and we very well may win.",
        "I was very pleased; you very kindly offered; it very seldom rains.",
        "Thank you very much. We found it very changed.",
        "He is very like his father, and she felt very concerned.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        candidates = [p for p in positions(doc, _VERY) if 0 < p < len(lows) - 1 and lows[p - 1] in _VERY_SUBJECTS]
        for words, index in places(doc, candidates):
            if index == 0 or index + 1 >= len(words) or not _opens_clause(words, index - 1):
                continue
            subject, very, verb = words[index - 1], words[index], words[index + 1]
            if not (subject.joined and very.joined) or verb.capitalised or not _finite_verb_only(verb.low):
                continue
            if (subject.low == "i" and subject.text != "I") or in_quotes(doc, very.start):
                continue
            yield self.finding(
                very.start,
                verb.end,
                f"'Very' does not grade a verb: '{match_case('really', very.text)} {verb.text}', or "
                f"'{verb.text} … very much'.",
                suggestions=(f"{match_case('really', very.text)} {verb.text}",),
                fix=FixSafety.UNSAFE,
            )


_VERY = frozenset(("very",))


@lru_cache(maxsize=1 << 12)
def _finite_verb_only(low: str) -> bool:
    """A finite verb that is no adverb and no adjective ('like' as in "very like his father" aside,
    which cannot follow a subject directly): 'enjoyed', 'appreciate', 'hope'; not 'nearly', 'much',
    'pleased', 'concerned'."""
    tags = w.tags(low)
    if "VERB" not in tags or "ADV" in tags or ("ADJ" in tags and low != "like"):
        return False
    return bool(w.verb_tags(low) & w.FINITE_TAGS)


_SENSE_VERBS = frozenset(
    """
    seem seems seemed become becomes became taste tastes tasted smell smells smelled smelt sound sounds
    sounded look looks looked feel feels felt
    """.split()
)
"""Linking verbs: their complement describes the subject, so it is an adjective ('tastes delicious')."""
_ALWAYS_LINKING = frozenset("seem seems seemed become becomes became".split())
"""Linking verbs that are never verbs of action; the others need a subject that is a thing
('the soup tastes', 'it sounds'): with a person ('the chef tasted carefully', 'she looked
closely') they are actions."""
_THING_SUBJECTS = frozenset("it this that everything something nothing".split())
_NOT_DESCRIBING = frozenset(
    """
    strongly faintly slightly mildly loudly softly quietly clearly distinctly briefly suddenly repeatedly
    immediately differently badly only exactly precisely closely carefully intently directly constantly
    fairly really truly totally completely entirely equally particularly especially genuinely reasonably
    """.split()
)
"""Adverbs that say how strongly, how loud, how often or when ('smells strongly', 'the alarm sounded
loudly', 'feel badly' is accepted), or a degree ('seems fairly normal'), not a quality of the subject:
left alone."""
_LINKING_DEGREE = frozenset("very really so quite extremely rather too absolutely truly".split())


class AdverbAfterLinkingVerb(GrammarRule):
    id = "grammar.adverb-after-linking-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An -ly adverb after a linking verb: 'the soup tastes deliciously' → 'tastes delicious'."
    why = (
        "After a linking verb ('seem', 'become', and 'taste', 'smell', 'sound', 'look', 'feel' said of "
        "a thing) the word that follows describes the subject, so it is an adjective: 'the soup tastes "
        "delicious', 'the plan seems reasonable', not 'tastes deliciously', 'seems reasonably'. Only an "
        "-ly adverb whose adjective the lexicon knows, that ends the clause, is reported; 'taste', "
        "'smell', 'sound', 'look' and 'feel' only after 'it', 'this', 'that' or a noun for a thing (a "
        "person's 'she looked carefully' is an action), and adverbs of strength, loudness, time or "
        "attention ('smells strongly', 'the alarm sounded loudly', 'looked closely') are left alone."
    )
    bad = (
        "The soup tastes deliciously.",
        "The cake smells wonderfully, and the music sounds beautifully.",
        "His reply seemed very rudely, and the weather became nicely.",
        "It looks nicely; the fabric feels smoothly.",
    )
    good = (
        "The soup tastes delicious, and the plan seems reasonable.",
        "The alarm sounded loudly; the cheese smells strongly of garlic.",
        "She looked carefully. The chef tasted the sauce carefully.",
        "It seemed genuinely new; the house looks slightly different.",
        "He became quietly confident, and the town seems oddly quiet.",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        from ._tagger import sentence_tags
        from .nouns import ONE_PERSON

        for words, index in occurrences(doc, _SENSE_VERBS):
            verb = words[index]
            at = index + 1
            if at < len(words) and words[at].low in _LINKING_DEGREE and verb.joined:
                at += 1
            if at >= len(words) or index == 0 or not all(word.joined for word in words[index - 1 : at]):
                continue
            adverb = words[at]
            if adverb.text != adverb.low or adverb.low in _NOT_DESCRIBING or adverb.low in _FREQUENT_LY:
                continue
            if not ends_phrase(words, at, _LINKING_ENDS) or (at + 1 < len(words) and not ends_like_clause(words, at)):
                continue
            if at + 1 < len(words) and not adverb.joined and doc.text[adverb.end : adverb.end + 1] not in _BREAKS:
                continue  # 'seems oddly "normal"': the phrase goes on past a quotation mark
            adjective = _adjective_of_ly(adverb.low)
            if adjective is None:
                continue
            subject = words[index - 1]
            tags = sentence_tags(doc, words)
            if not tags[index].startswith("VB") or tags[at] != "RB":
                continue
            if verb.low not in _ALWAYS_LINKING:
                thing = subject.low in _THING_SUBJECTS or (
                    tags[index - 1] in ("NN", "NNS")
                    and not subject.capitalised
                    and subject.low not in ONE_PERSON
                    and (w.parts_of_speech(subject.low).get("NOUN") or (subject.low,))[0] not in ONE_PERSON
                )
                if not thing:
                    continue
            if in_quotes(doc, adverb.start):
                continue
            yield self.finding(
                adverb.start,
                adverb.end,
                f"After '{verb.text}' the word describes the subject, so it is an adjective: "
                f"'{adjective}', not '{adverb.text}'.",
                suggestions=(adjective,),
            )


@lru_cache(maxsize=1 << 12)
def _adjective_of_ly(low: str) -> str | None:
    """The adjective of the -ly adverb ``low`` (nicely → nice), also for an adverb or an adjective
    the word tables do not hold but the spelling lexicon does ('deliciously', 'weirdly', 'sensible')."""
    from rules.spelling._lexicon import lexicon

    from .wordforms import _adjective_of_adverb, _stems

    found = _adjective_of_adverb(low)
    if found is not None or w.tags(low) - {"ADV"} or not low.endswith("ly") or low not in lexicon():
        return found
    return next((stem for stem in _stems(low) if w.tags(stem) in _ADJECTIVE_OR_UNKNOWN and stem in lexicon()), None)


_ADJECTIVE_OR_UNKNOWN: tuple[frozenset[str], ...] = (frozenset(("ADJ",)), frozenset())


_BREAKS = frozenset(".,;:!?)")
_LINKING_ENDS = frozenset(("and", "but", "or", "to", "today", "now", "again", "too"))


def ends_like_clause(words: list[Word], index: int) -> bool:
    """The word after ``words[index]`` (joined to it) is a conjunction or a time word, not 'and'
    before another adverb ('became quietly and slowly confident' goes on)."""
    following = words[index + 1]
    if following.low in ("and", "but", "or") and index + 2 < len(words):
        return not words[index + 2].low.endswith("ly")
    return True


RULES = [
    AdjectiveForAdverb,
    AdjectiveAfterObject,
    RealForReally,
    AdverbBeforeObject,
    MuchAdjective,
    AdverbBeforeAuxiliary,
    VeryVerb,
    AdverbAfterLinkingVerb,
]
