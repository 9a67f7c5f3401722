"""Pronouns in the wrong case or with the wrong verb: "Tim and me went", "to Tim and I", "these includes",
"wants that I send"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _ngrams
from . import _words as w
from ._base import GrammarRule
from ._tagger import NOUN_TAGS, clause_verb, sentence_tags
from ._tokens import Word, after_cut, ends_like_a_sentence, in_quotes, match_case, occurrences, places, positions

if TYPE_CHECKING:
    from lint._document import Document

SUBJECT_FORM = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
_OBJECT_TRIGGERS = frozenset(SUBJECT_FORM)
_AND = frozenset(("and",))
_OR = frozenset(("or",))
_OBJECT_PREPOSITIONS = frozenset(
    """to for with between from at about of by against among without toward towards behind beside
    onto into upon around except like""".split()
)


_FINITE_AFTER_SUBJECT = frozenset(
    """am is are was were has have had will would can could should must do does did isn't aren't
    wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't don't doesn't didn't""".split()
)
"""Verbs that only a subject comes before: an object pronoun opening the sentence before one of these
is the subject ("Me is tired", "Them was late"); not "Her sister is", where 'her' is a determiner."""
_THIRD_SINGULAR_AFTER = frozenset("is has does isn't hasn't doesn't".split())
"""A verb of the third person singular: after 'Us' it makes the word a title or a name, one thing ('Us is
a 2019 film'); 'We is' would be no better."""


_VERBS_BEFORE_OBJECT = frozenset(
    "let help make see watch hear have bid thank excuse forgive join ask tell leave take give send show".split()
)
"""Imperatives that take the pair after them as an object and a bare verb after it ("Let you and me go")."""
_OBJECT_PAIR_PREPOSITIONS = frozenset(
    "except excepting besides including excluding like unlike between among amongst with without beside".split()
)
"""Prepositions, never conjunctions, that make a pair after them their object ("everyone except
him and me left"; not 'after', 'before', 'since': "after Tim and I left")."""


_NAMING_VERBS = frozenset("is was has".split())
"""Singular verbs after a pair of object pronouns: the pair is a phrase or a title ('Us and them is
a song'), not two people, who would take 'are' or 'were'."""


def _finite_after_object(words: list[Word]) -> bool:
    """The word after a sentence's opening object pronoun is a verb that only a subject comes before:
    an auxiliary ("Me is tired"), or a past or a third person that is nothing but a verb's ("Me went
    home", "Them knew it"; not the jocular "me thinks")."""
    low = words[1].low
    if low in _FINITE_AFTER_SUBJECT:
        return True
    if w.tags(low) != {"VERB"} or low in _JOCULAR_AFTER_ME:
        return False
    participle_too = words[0].low != "her"  # "her paid leave", "her told story": a participle before her noun
    return w.verb_tags(low) in ({"VBD"}, {"VBZ"}) or (participle_too and w.verb_tags(low) == {"VBD", "VBN"})


_JOCULAR_AFTER_ME = frozenset(("thinks", "thought", "wants", "likes"))
"""'Me thinks', 'me wants': a playful voice, left alone."""


_PLURAL_FINITES = frozenset("are were have don't aren't weren't haven't".split())


def _possessed_noun(words: list[Word]) -> bool:
    """'Her will is strong', 'Her will power is remarkable', 'Her can opener broke': after 'her', a
    modal that is also a noun ('will', 'can', 'must') is the noun she owns when a comma, or no bare
    verb or adverb, follows it, or when a noun and a finite verb do ('Her will be read', 'Her will
    never change' keep the modal)."""
    if words[0].low == "her" and len(words) > 2 and words[1].joined and words[2].low in _PLURAL_FINITES:
        return True  # "Her thanks were sincere": a plural verb after the word shows a plural noun, hers
    if words[0].low != "her" or "NOUN" not in w.tags(words[1].low):
        return False
    if not words[1].joined:
        return True  # "Her will, signed in 1990, was found"
    after = words[2].low
    if "VB" not in w.verb_tags(after):
        return after not in w.MID_ADVERBS and after != "not"  # "Her will never change": the modal
    return len(words) > 3 and words[2].joined and "NOUN" in w.tags(after) and w.only_finite(words[3].low)


class PronounCase(GrammarRule):
    id = "grammar.pronoun-case"
    category = "grammar"
    severity = Severity.WARNING
    summary = "An object pronoun as a subject ('Tim and me went') or a subject pronoun as an object ('to Tim and I')."
    why = (
        "In a pair joined by 'and', each pronoun takes the case it would take alone: 'Tim and I went' "
        "(I went), 'gave it to Tim and me' (gave it to me); so in 'neither … nor' and 'either … or' ('Neither "
        "he nor she was there'). Only pairs at the start of a sentence followed by a verb, and pairs after a "
        "preposition at the end of a phrase, are checked; and 'a friend of me' (after a relation and 'of' the "
        "pronoun is possessive: 'a friend of mine'). A pair after a verb is its object before 'to', "
        "'about', 'at', 'with' and the like, a number ('took Tom and I five hours') or, after 'let', "
        "'make' or 'help', a bare verb ('let my son and I test the bike')."
    )
    bad = (
        "Tim and me work together.",
        "My brother and him went to Paris.",
        "Him and I cheated on the test.",
        "He gave it to Tim and I.",
        "This stays between you and I, she said. Let you and I discuss it; help Sam and I carry it.",
        "She baked a cake for we. The letter was addressed to they.",
        "Us nurses want better pay. Us two have nothing to say.",
        "Him and his brother run the shop.",
        "Me is tired. Them was late again.",
        "Neither him nor her was there. Either me or Sam will go. Neither the coach nor them were ready.",
        "He is a very good friend of me, and she is a cousin of him.",
        "A friend of you called, and the cake was made for friends of us.",
        "The coach told him and I to stay. Grandma gave Tim and I a lift, and they invited Sarah and I.",
        "She sent the parcel to my brother and I last week. They warned my colleague and I about it.",
        "Please let John or I know. The principal thanked my parents and I for the gift.",
        "Nobody told the new staff and I about the drill.",
        "The manager told Davis and I that the store would close.",
        "The decision was made by she and the city manager.",
        "The feud between him and I lasted years; it stays between my sister and he.",
        "The letter was addressed to my wife and he. The manager asked Peter and she to stay late.",
        "The board thanked the volunteers and we for our effort.",
        "Her and Tom are planning a trip. The prize went to the Smiths and they.",
        "Her and two other nurses were thanked for their work.",
        "The talks broke down when Wilson and him could not agree; it stays until her and the captain decide.",
        "The ruling was a blow for we taxpayers.",
        "Whom do you think will win? She is the one whom they believe is guilty. Whom shall I say is calling?",
        "The suspect, whom police believe fled the country, is missing; the man whom the police said was armed.",
        "The man whom police believe started the fire has been arrested.",
        "The senator, whom aides say is exhausted, cancelled two appearances.",
        "The editor asked we reporters to check every figure.",
        "Police said the driver and her were taken to hospital; he told reporters that him and his staff had left.",
        "Lawyers claim officers stopped they without reason, and she visited he in hospital.",
        "The coach told we freshmen to report at six.",
        "Whomever wins the runoff will take office, and the prize goes to whomever finishes first.",
        "The candidate whom voters said was most trustworthy finished third.",
        "You can call my partner or I at the number below, and it took Tom and I almost five hours.",
        "The seller let my son and I test the bike.",
        "Please send your completed forms to Ms. Jordan or I by Friday.",
        "The chamber presented its annual award to Garcia and he during a luncheon on Thursday.",
        "If you have any questions, please contact Priya or I directly.",
        "The coach gave Tom and I extra drills to work on.",
        "Ms. Greene and me will be chaperoning the trip.",
    )
    good = (
        "When my brother and I left, it rained; because the mayor and her husband were away, it was cancelled.",
        "For we who remain, the task is clear.",
        "Tim and I work together.",
        "She told Tim and me about it.",
        "Her mother and I went to Paris.",
        "He gave it to Tim and me.",
        "After Tim and I left, it rained.",
        "Tim and her father went to Paris.",
        "He rested, for he was tired. When the lights came on they quickly left.",
        "To he who waits, all things come. World War I ended; for we, the living, it goes on.",
        "Him and his wife's friends.",
        "Her sister is tired. Them's the rules. Us? Was it us? Him, was it?",
        "Her will is clear. Her will, signed in 1990, was found. Her can opener broke.",
        "Let you and me go. Help Sam and me carry it. Just let me know and I can send it.",
        "Let's you and me go. Everyone except him and me left; people like you and me pay.",
        "...you and me go first.",
        "Neither he nor she was there. Neither her mother nor her father came. We saw neither him nor her.",
        "Either him or me, it does not matter. Either way, we lost.",
        "He is a friend of mine; she took a picture of me; he is a friend of her brother; a friend of the family.",
        "A friend of you both called; the enemy of us all; friends of them all came; the friends of you.",
        "The war made enemies of us, and her honesty made an enemy of him; the trip is making friends of them.",
        "I called her and I told her. I asked him and I got no answer. It was Tim and I who found it.",
        "I miss you and I hope you come. Read Volumes II and I. We met them and I think they left.",
        "I love my wife and I for one think so. Call John or I will. Ask her or I can ask.",
        "He fixed the car and I paid for it. She watched the game and I cheered.",
        "'We will go,' said my father and I. Then came Sam and I.",
        "I called Tim and he came. I spoke to Tom and he, in turn, spoke to her. It was Tom and he.",
        "I called Tim and he at once came; Mayor Jones and he during the war served together.",
        "So did Sam and she. Her and Tom's house is big. Her and Tom, we said. Between us, he and she agree.",
        "He voted for it, as did Sam and they. The gap between rich and poor grew, and they knew it.",
        "Whom do you think they chose? The man whom I think you met. Whom did she say she saw?",
        "Whom should I say you want? Whom would they trust? Whom can you believe?",
        "Us and them is a song by Pink Floyd. Talks between them and us broke down.",
        "Britain and US sign trade pact; the EU and US agree on tariffs.",
        "The man whom police believe they saw is missing; the woman whom officials say the army detained.",
        "He told us reporters to wait; they said we reporters must wait; she asked we leave.",
        "Police said the driver and her husband were hurt; he told him and me to wait.",
        "She said the book and her notes were lost.",
        "When the rain stopped they went home; as the storm approached they and their neighbours fled.",
        "Give it to whomever you like; whomever she chooses will be fine; the man whom voters said they trusted lost.",
        "My wife and I at times feel tired; Bob and I with our kids went home; she and I at first disagreed.",
        "I called Tim and I immediately regretted it; she fed the dogs and I quickly left.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        found: list[Finding] = []
        for words, index in occurrences(doc, _AND):
            if not after_cut(doc, words):  # "...you and me go": the verb before the pair may be cut off
                found += self._subject_pair(words, index)
                base = _comma_opener(doc, words, index)
                if base is None:
                    base = _reported_opener(words, index)  # "police said the driver and her were taken"
                if base is not None:  # "Later, Ellen and me walked home": the pair opens the main clause
                    found += self._subject_pair(words[base:], index - base)
            found += self._object_pair(doc, words, index)
        for words, index in occurrences(doc, _OR):
            found += self._object_pair(doc, words, index)  # "let John or I know"
        for words, index in occurrences(doc, _RELATION_TRIGGERS):
            finding = self._relation_of(words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _CORRELATIVE_TRIGGERS):
            if not after_cut(doc, words):
                found += self._correlative_subject(words, index)
        for words, index in occurrences(doc, _SUBJECT_TRIGGERS):
            finding = self._after_preposition(words, index)
            if finding is None and not after_cut(doc, words):
                finding = self._us_before_noun(words, index)
            if finding is None:
                finding = self._we_as_object(words, index)
            if finding is None:
                finding = self._subject_as_object(words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _WHOM):
            finding = self._whom_subject(doc, words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _WHOMEVER):
            finding = self._whomever_subject(doc, words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _OBJECT_TRIGGERS):
            opens = index == 0 and len(words) > 2 and words[0].joined and words[1].text == words[1].low
            if not opens or not _finite_after_object(words) or _possessed_noun(words):
                continue
            if words[0].low != "us" or words[1].low not in _THIRD_SINGULAR_AFTER:  # not "Us is a horror film"
                found.append(self._subject_finding(words[0]))  # "Me is tired.", "Him was late."
        found.sort(key=lambda finding: finding.start)
        for finding in found:
            if not in_quotes(doc, finding.start) and not _acronym(doc.text, finding.start, finding.end):
                yield finding  # quotes are left as spoken

    def _after_preposition(self, words: list[Word], index: int) -> Finding | None:
        """'give it to he', 'went with they': a subject pronoun right after a preposition, with no
        verb of its own after it (that would make it the subject of a clause: "for he was tired",
        "when the lights came on they left")."""
        pronoun = words[index]
        if index == 0 or not words[index - 1].joined or pronoun.low not in OBJECT_FORM:
            return None
        preposition = words[index - 1]
        if pronoun.low == "i" and pronoun.text != "I":
            return None
        if preposition.low not in _PRONOUN_PREPOSITIONS and not (preposition.low == "by" and _paired(words, index)):
            return None  # (a passive's 'by' before a pair: "made by she and the city manager")
        if index > 2 and words[index - 2].capitalised and pronoun.low == "i":
            return None  # "Volume I", "World War I"
        if index + 1 < len(words) and not pronoun.joined:
            return None  # "For we, all of us, will be judged": an insertion may stand between subject and verb
        if index + 1 < len(words):
            at = index + 1
            while at < len(words) - 1 and words[at - 1].joined and _adverb(words[at].low):
                at += 1  # "when he came in he quickly left"
            following = words[at].low
            if words[at - 1].joined and (w.may_be_finite(following) or following in _CLAUSE_AFTER_PRONOUN):
                return None
            we_group = (  # "for we taxpayers", "for we freshmen"
                pronoun.low == "we" and at == index + 1 and _plural(following)
            )
            noun_after = pronoun.joined and w.tags(following) & {"NOUN", "ADJ"} and following not in w.PREPOSITIONS
            if noun_after and not we_group:
                return None  # "at he beginning": a slip for 'the' (grammar.common-word-slip)
        fixed = match_case(OBJECT_FORM[pronoun.low], pronoun.text) if pronoun.low != "i" else "me"
        return self.replace_word(
            pronoun,
            fixed,
            f"After '{preposition.text}', the pronoun is the object form: write '{fixed}', not '{pronoun.text}'.",
            FixSafety.UNSAFE,
        )

    def _we_as_object(self, words: list[Word], index: int) -> Finding | None:
        """'asked we reporters to check', 'told we residents to leave': 'we' and a plural noun between a
        verb that takes an object and its 'to' are the verb's object, 'us'. Not a clause after a verb of
        saying ("told (that) we residents must leave" has no 'to'). So are they after a verb that takes
        no clause, with no verb of their own after them: "The storm left we residents without power",
        "The ruling angered we parents" (not "the cost we residents face", "said we residents pay")."""
        if index < 1 or index + 1 >= len(words) or words[index].text != "we":
            return None
        verb, noun = words[index - 1], words[index + 1]
        if not (verb.joined and words[index].joined and _plural(noun.low)):
            return None  # "we reporters", "we freshmen"
        if verb.low in _WE_OBJECT_VERBS:
            if index + 2 >= len(words) or not noun.joined or words[index + 2].low != "to":
                return None
        elif not _object_taking(verb.low) or _clause_follows(words, index + 2):
            return None
        return self.replace_word(
            words[index],
            "us",
            f"'we {noun.text}' is the object of '{verb.text}': write 'us {noun.text}'.",
            FixSafety.UNSAFE,
        )

    def _subject_as_object(self, words: list[Word], index: int) -> Finding | None:
        """'officers stopped they without reason', 'anyone who saw he or his companion': a subject pronoun
        straight after a verb that takes an object and no clause, with no verb of its own after it, is
        the verb's object ("the rain stopped they went home" has one: a run-on, not a case slip)."""
        pronoun = words[index]
        if index < 1 or index + 1 >= len(words) or pronoun.low == "i" or pronoun.low not in OBJECT_FORM:
            return None
        verb = words[index - 1]
        if not (verb.joined and pronoun.joined) or pronoun.text != pronoun.low or not _object_taking(verb.low):
            return None
        following = words[index + 1].low
        if w.may_be_finite(following) or following not in _AFTER_OBJECT_PRONOUN:
            return None
        if _clause_follows(words, index + 1):
            return None
        fixed = OBJECT_FORM[pronoun.low]
        return self.replace_word(
            pronoun,
            fixed,
            f"'{pronoun.text}' is the object of '{verb.text}': write '{fixed}'.",
            FixSafety.UNSAFE,
        )

    def _us_before_noun(self, words: list[Word], index: int) -> Finding | None:
        """'Us teachers are tired': 'us' and a plural noun opening a sentence, before the verb."""
        if index != 0 or words[0].text not in ("Us", "us") or len(words) < 3 or not words[0].joined:
            return None
        counted = w.is_plural_noun(words[1].low) or words[1].low in w.CARDINALS  # "Us two have"
        if not (counted and words[1].joined and w.may_be_finite(words[2].low)):
            return None
        return self._subject_finding(words[0])

    def _subject_pair(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'X and me <verb>' or 'Him and X <verb>' opening a sentence."""
        if not 1 <= index <= 3 or index + 2 >= len(words):
            return
        if not all(word.joined or word.low in w.NAME_TITLES for word in words[: index + 1]):
            return  # (a title's stop is no break: "Ms. Greene and me will")
        if index > 1 and (words[0].low in _VERBS_BEFORE_OBJECT or words[0].low in ("let's", "let’s")):
            return  # "Let you and me go", "Let's you and me go": the pair is the verb's object
        if any(word.low in _OBJECT_PAIR_PREPOSITIONS for word in words[: index - 1]):
            return  # "Everyone except him and me left": the pair is the preposition's object
        after = words[index + 1]
        pair = index == 1 and words[0].low in _OBJECT_TRIGGERS and after.low in _OBJECT_TRIGGERS and after.joined
        if pair and (words[index + 2].low in _NAMING_VERBS or "VBZ" in w.verb_tags(words[index + 2].low)):
            return  # "Us and them is a song", "'Them and us' was the mood": the phrase named, one thing
        possessive = after.low == "her" and not w.only_finite(words[index + 2].low)  # "Tim and her father went"
        if after.low in _OBJECT_TRIGGERS and after.joined and w.may_be_finite(words[index + 2].low) and not possessive:
            yield self._subject_finding(after)
        first = words[0]
        if index == 1 and first.low in _OBJECT_TRIGGERS and not _country_us(words, index):
            verb_at, finite = index + 2, w.may_be_finite
            if after.low in _CONJUNCT_DETERMINERS or after.low in w.CARDINALS:
                # "Him and his wife live here", "Her and two other nurses were thanked"
                verb_at, finite = _noun_end(words, index + 1), w.may_be_finite
            elif first.low == "her" and after.low not in w.SUBJECT_PRONOUNS and not _name_before_verb(words, index + 1):
                return
            if verb_at < len(words) and words[verb_at - 1].joined and finite(words[verb_at].low):
                yield self._subject_finding(first)

    def _relation_of(self, words: list[Word], index: int) -> Finding | None:
        """'a friend of me' → 'of mine': after 'a' or 'one' and a noun of a relation ('friend',
        'colleague', 'cousin') and 'of', the pronoun takes its possessive form. Not 'a picture of me'."""
        if index < 3 or not all(word.joined for word in words[index - 3 : index]) or words[index - 1].low != "of":
            return None
        pronoun, noun = words[index], words[index - 2]
        if noun.low not in _RELATIONS:
            return None
        opener = index - 3
        if words[opener].low in _RELATION_ADJECTIVES and opener > 0 and words[opener - 1].joined:
            opener -= 1  # "a good friend of me", "an old colleague of him"
            if words[opener].low in ("very", "really") and opener > 0 and words[opener - 1].joined:
                opener -= 1
        if words[opener].low not in _RELATION_OPENERS and not _bare_plural_relation(words, opener, noun.low):
            return None
        if words[opener].low in _MAKE_FORMS or (opener > 0 and words[opener - 1].low in _MAKE_FORMS):
            return None  # "the war made enemies of us", "made a friend of him": 'make X of Y' turns Y into X
        following = words[index + 1] if index + 1 < len(words) and pronoun.joined else None
        if pronoun.low == "her" and following is not None and w.tags(following.low) & {"NOUN", "ADJ"}:
            return None  # "a friend of her brother", "a cousin of her late husband": the possessive already
        if following is not None and following.low in _GROUP_AFTER_PRONOUN:
            return None  # "a friend of you both", "friends of us all", "a friend of you and me"
        fixed = match_case(_RELATION_PRONOUNS[pronoun.low], pronoun.text)
        return self.replace_word(
            pronoun, fixed, f"After '{noun.text} of', the pronoun takes its possessive form: '{fixed}'."
        )

    def _correlative_subject(self, words: list[Word], index: int) -> Iterator[Finding]:
        """'Neither him nor her was there', 'Either me or Sam will go': the two halves of a
        correlative pair that opens the sentence, before its verb, are the subject."""
        if not 2 <= index <= 4 or index + 2 >= len(words) or words[0].low != _CORRELATIVE_FIRSTS[words[index].low]:
            return
        if not all(word.joined for word in words[: index + 1]):
            return
        after = words[index + 1]
        verb_at = index + 2
        pronoun_her = after.low == "her" and w.only_finite(words[index + 2].low)  # "nor her was"
        if after.low in _CONJUNCT_DETERMINERS and not pronoun_her:
            verb_at = _noun_end(words, index + 1)  # "Neither him nor his wife was"
        elif after.low not in _OBJECT_TRIGGERS and after.low not in w.SUBJECT_PRONOUNS and not after.capitalised:
            return
        if verb_at >= len(words) or not words[verb_at - 1].joined or not w.may_be_finite(words[verb_at].low):
            return
        if after.low in _OBJECT_TRIGGERS and verb_at == index + 2:
            yield self._subject_finding(after)
        if index == 2 and words[1].low in _OBJECT_TRIGGERS:
            yield self._subject_finding(words[1])

    def _whom_subject(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Whom do you think will win?', 'the man whom they believe is guilty': 'whom' before a
        subject and a verb of thinking whose clause has no subject but 'whom' ('Whom do you think
        they chose?' is sound: 'they' is the subject there)."""
        at = index + 1
        if at < len(words) and (words[at].low in ("do", "does", "did") or words[at].low in w.MODALS):
            at += 1  # "Whom do you think", "Whom shall I say is calling?"
        end = _reporter_end(words, at)  # "whom they believe", "whom police believe", "whom the police said"
        if end is None or end + 2 >= len(words) or words[end + 1].low not in _THINKING:
            return None
        at = end
        if not all(word.joined for word in words[index : at + 2]):
            return None
        verb = words[at + 2].low
        auxiliary = verb in _FINITE_AFTER_SUBJECT or verb in ("will", "would", "can", "could", "may", "might")
        finite = w.plainly_finite(verb) or w.plainly_past(verb)  # "whom police believe started the fire"
        if not auxiliary and not (finite and sentence_tags(doc, words)[at + 2] in ("VBZ", "VBD")):
            return None
        whom = words[index]
        who = match_case("who", whom.text)
        return self.replace_word(
            whom, who, f"'{whom.text}' is the subject of '{words[at + 2].text}': write '{who}'.", FixSafety.UNSAFE
        )

    def _whomever_subject(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Whomever wins will take office', 'The prize goes to whomever finishes first': 'whomever'
        straight before a finite verb is its clause's subject, 'whoever' (not "to whomever you
        choose", where the clause has its own subject)."""
        if index + 1 >= len(words) or not words[index].joined:
            return None
        verb = words[index + 1]
        low = verb.low
        finite = low in _FINITE_AFTER_SUBJECT or w.plainly_finite(low) or w.plainly_past(low)
        if not finite and not (w.verb_tags(low) & {"VBZ", "VBD"} and not w.tags(low) - {"VERB"}):
            return None
        if not finite and sentence_tags(doc, words)[index + 1] not in ("VBZ", "VBD"):
            return None
        whomever = words[index]
        whoever = match_case("whoever", whomever.text)
        return self.replace_word(
            whomever,
            whoever,
            f"'{whomever.text}' is the subject of '{verb.text}': write '{whoever}'.",
            FixSafety.UNSAFE,
        )

    def _subject_finding(self, pronoun: Word) -> Finding:
        subject = SUBJECT_FORM[pronoun.low]
        fixed = match_case(subject, pronoun.text) if subject != "I" else "I"
        return self.replace_word(
            pronoun,
            fixed,
            f"'{pronoun.text}' is the object form; as part of the subject, write '{fixed}'.",
            FixSafety.UNSAFE,
        )

    def _object_pair(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        """'<preposition> X and I' closing a phrase, and '<verb> him and I to …' ('told him and I to stay');
        'between X and I' anywhere; 'he', 'she', 'we', 'they' only closing the sentence or before 'to'."""
        if index + 1 >= len(words) or not words[index].joined:
            return
        pronoun = words[index + 1]
        if pronoun.text not in OBJECT_FORM and pronoun.text != "I":
            return
        between = _between_pair(words, index)
        if between is not None:
            yield self._object_finding(pronoun, words[between].text)
            return
        if pronoun.text != "I":
            yield from self._third_object_pair(doc, words, index)
            return
        verb_at = index + 2
        if verb_at < len(words) and (words[verb_at].low in w.MID_ADVERBS or words[verb_at].low.endswith("ly")):
            verb_at += 1  # "and I just finished it"
        clause = pronoun.joined and verb_at < len(words) and w.may_be_finite(words[verb_at].low)
        if clause and _never_after_i(words[verb_at].low):
            clause = False  # "the photo of my brother and I is on the wall": 'I' is not the subject of 'is'
        ambiguous = clause and not w.only_finite(words[verb_at].low) and verb_at == index + 2
        if clause and not ambiguous and not _bare_verb_object(words, index, verb_at):
            return  # "for Tim and I have a plan": a clause may start here
        start = None if clause else _verb_object_pair(doc, words, index)
        if start is not None:
            yield self.replace_word(
                pronoun,
                "me",
                f"'{doc.text[words[start].start : pronoun.end]}' is the object of '{words[start - 1].text}': "
                "write 'me', not 'I'.",
                FixSafety.UNSAFE,
            )
            return
        for start in range(index - 1, max(index - 4, -1), -1):
            if not words[start].joined and not (start < index - 1 and _title_with_dot(doc, words[start])):
                return
            before = words[start - 1].low if start > 0 and words[start - 1].joined else ""
            if before in _OBJECT_PREPOSITIONS or before in _LETTING:
                verb_here = ambiguous and not _bare_verb_object(words, index, verb_at)
                if verb_here and before in _LETTING and "VB" in w.verb_tags(words[verb_at].low):
                    verb_here = False  # "let my son and I test the bike": the bare verb 'let' takes
                if verb_here and sentence_tags(doc, words)[verb_at].startswith(("VB", "MD")):
                    return  # a clause, unless the tagger reads no verb: "to Sam and I last week"
                yield self.replace_word(
                    pronoun,
                    "me",
                    f"After '{words[start - 1].text}', the pronoun is the object form: write 'me', not 'I'.",
                    FixSafety.UNSAFE,
                )
                return

    def _third_object_pair(self, doc: Document, words: list[Word], index: int) -> Iterator[Finding]:
        """'to my wife and he.', 'asked Peter and she to stay': 'he', 'she', 'we' or 'they' after 'and'
        as the last word of the sentence, or before 'to', 'about', 'for' or 'into', after a preposition or a verb
        (any other word after it may be its verb: "I called Tim and he came")."""
        pronoun = words[index + 1]
        last = index + 2 == len(words) and doc.text[pronoun.end : pronoun.end + 1] in (".", "!", "?")
        following = words[index + 2].low if pronoun.joined and index + 2 < len(words) else ""
        if not last and following not in _AFTER_THIRD and following not in _PHRASE_AFTER_THIRD:
            return
        start = None if following in _PHRASE_AFTER_THIRD else _verb_object_pair(doc, words, index)
        if start is not None:
            yield self._object_finding(pronoun, words[start - 1].text)
            return
        if not last and following not in _PHRASE_AFTER_THIRD:
            return
        for start in range(index - 1, max(index - 4, 0), -1):
            if not words[start].joined or not words[start - 1].joined:
                return
            if words[start - 1].low in _OBJECT_PREPOSITIONS:
                yield self._object_finding(pronoun, words[start - 1].text)
                return

    def _object_finding(self, pronoun: Word, governor: str) -> Finding:
        fixed = OBJECT_FORM[pronoun.low]
        return self.replace_word(
            pronoun,
            fixed,
            f"After '{governor}', the pronoun is the object form: write '{fixed}', not '{pronoun.text}'.",
            FixSafety.UNSAFE,
        )


OBJECT_FORM = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_AFTER_THIRD = frozenset(("to", "about", "for", "into"))
"""Words after 'and she' that cannot be her verb ("thanked the volunteers and we for our effort")."""
_PHRASE_AFTER_THIRD = frozenset(("during",))
"""A word after 'and he' that opens a phrase of time ("to Garcia and he during a luncheon"), seldom
between a subject and its verb: after a preposition's object the pronoun is an object too. ('At', 'on',
'last' … may: "Tim and he on Monday announced".)"""
_BETWEEN_FIRSTS = frozenset("me him her us them you".split())


def _country_us(words: list[Word], index: int) -> bool:
    """'US AND CHINA AGREE': in capitals, 'US' paired with a word that is no pronoun or possessive
    is the country (a headline); 'US AND THEM WENT HOME', 'US AND OUR KIDS' stay pronouns."""
    if words[0].text != "US":
        return False
    partner = words[index + 1].low
    return partner not in _OBJECT_TRIGGERS and partner not in w.SUBJECT_PRONOUNS and partner not in _PAIR_OWNERS


def _acronym(text: str, start: int, end: int) -> bool:
    """The pronoun is written in capitals on a line that is not ('US and China agree', 'the UK and US'):
    an acronym, the United States, not 'us'. A line all in capitals is shouted, and its pronouns stay
    pronouns ('HIM AND ME WENT HOME')."""
    span = text[start:end]
    if len(span) < 2 or not span.isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(character.islower() for character in line)


def _comma_opener(doc: Document, words: list[Word], index: int) -> int | None:
    """The index of the first word after a short opening phrase and its comma ("Later, Ellen and me
    walked", "After dinner, Mum and me washed up"), when the pair before 'and' at ``index`` starts
    there: one to three words, the first of them right after the comma. None otherwise."""
    for base in range(index - 1, max(index - 4, 0), -1):
        previous = words[base - 1]
        if previous.joined:
            continue
        if base > 5 or doc.text[previous.end : words[base].start].strip() != ",":
            return None
        if not all(word.joined for word in words[: base - 1]):
            return None  # one opening phrase, not a list or an aside
        return base
    return None


_REPORTING_VERBS = frozenset(
    "said says say told tells added adds insisted insists claimed claims believed believes thinks thought".split()
)
"""Verbs of saying and thinking whose clause may open with the pair, with or without 'that'."""


def _reported_opener(words: list[Word], index: int) -> int | None:
    """The index of the first word of a clause reported after a verb of saying, maybe after 'that', or
    opened by a subordinator ('when', 'because', 'until'), when the pair before 'and' at ``index``
    opens it (one to three words before 'and', all joined:
    "police said the driver and her were taken", "told reporters that him and his staff had done").
    Not after 'told' and its object alone, whose pair is the object ('told him and me to wait')."""
    for base in range(index - 1, max(index - 4, 0), -1):
        before = words[base - 1]
        if not before.joined:
            return None
        if before.low == "that" and base > 1 and words[base - 2].joined and _reports_before(words, base - 2):
            return base
        if before.low in _REPORTING_VERBS and before.low not in ("told", "tells"):
            return base
        if before.low in _CLAUSE_SUBORDINATORS:
            return base  # "when Wilson and him could not agree", "until her and the captain decide"
    return None


_CLAUSE_SUBORDINATORS = frozenset("when whenever because if although though while whereas unless until once".split())
"""Words that open a clause (never a preposition's object): the pair after one is that clause's subject."""


def _reports_before(words: list[Word], at: int) -> bool:
    """A verb of saying at ``at``, or one and its listener ('told reporters', 'told him')."""
    if words[at].low in _REPORTING_VERBS:
        return True
    return at > 0 and words[at - 1].joined and words[at - 1].low in _REPORTING_VERBS


def _between_pair(words: list[Word], index: int) -> int | None:
    """The index of 'between' in 'between him and I', 'between Sam and she', 'between my sister and
    he': 'between' never opens a clause, so the pair after it is its object whatever follows ("the
    feud between him and I lasted years"). None when there is no such 'between'."""
    if not any(word.low == "between" for word in words[max(index - 3, 0) : index - 1]):
        return None
    first = index - 1
    if first >= 1 and words[first].text == words[first].low and "NOUN" in w.tags(words[first].low):
        first -= 1  # "between my sister and he"
        if words[first].low not in _PAIR_OWNERS:
            return None
    elif not (
        words[first].low in _BETWEEN_FIRSTS or (words[first].capitalised and words[first].low not in OBJECT_FORM)
    ):
        return None
    if first < 1 or words[first - 1].low != "between" or not all(word.joined for word in words[first - 1 : index]):
        return None
    return first - 1


def _name_before_verb(words: list[Word], at: int) -> bool:
    """'Her and Tom are …': a name (not a possessive: "Her and Tom's house") and a verb that only a
    subject comes before."""
    name = words[at]
    if not name.capitalised or name.low.endswith(("'s", "’s")) or at + 1 >= len(words) or not name.joined:
        return False
    following = words[at + 1].low
    return following in _FINITE_AFTER_SUBJECT or w.only_finite(following)


_SUBJECT_TRIGGERS = frozenset(OBJECT_FORM) | {"us"}
_RELATION_PRONOUNS = {"me": "mine", "him": "his", "her": "hers", "us": "ours", "them": "theirs", "you": "yours"}
_RELATION_OPENERS = frozenset("a an one another some two three which any no several many".split())
_MAKE_FORMS = frozenset("make makes made making".split())
_GROUP_AFTER_PRONOUN = frozenset("all both guys two three four lot people folks and or".split())
"""Words after 'you', 'us' or 'them' that make a group of them: 'a friend of you both', 'of us all'."""


def _bare_plural_relation(words: list[Word], at: int, noun: str) -> bool:
    """'Created for friends of us', 'they are friends of them': a plural relation with no determiner,
    after a preposition or a verb (``at`` is the word just before the relation)."""
    if not noun.endswith("s") or not words[at + 1].joined or words[at + 1].low != noun:
        return False
    before = words[at].low
    verb = "VERB" in w.tags(before) and before not in w.DETERMINERS
    return before in w.PREPOSITIONS or before in w.BE_FORMS or verb


_RELATION_TRIGGERS = frozenset(_RELATION_PRONOUNS)
_RELATIONS = frozenset(
    """friend friends colleague colleagues cousin cousins neighbour neighbours neighbor neighbors relative
    relatives classmate classmates acquaintance acquaintances teammate teammates enemy enemies ally allies
    rival rivals buddy buddies pal pals""".split()
)
_RELATION_ADJECTIVES = frozenset("good old close dear great best distant former new".split())
"""Adjectives between 'a' and the relation: "a good friend of mine"."""
_CORRELATIVE_FIRSTS = {"nor": "neither", "or": "either"}
"""The second word of a correlative pair, and the first."""
_CORRELATIVE_TRIGGERS = frozenset(_CORRELATIVE_FIRSTS)


def _paired(words: list[Word], index: int) -> bool:
    """'And' and a word follow the pronoun at ``index``, joined: the first of a pair."""
    return index + 2 < len(words) and words[index].joined and words[index + 1].low == "and" and words[index + 1].joined


_PRONOUN_PREPOSITIONS = frozenset(
    """to with from of at into onto toward towards between among against upon without except beside near for
    about""".split()
)
"""Prepositions that are seldom an adverb ending a clause (not 'in', 'on', 'up', 'over', 'by')."""


def _object_taking(low: str) -> bool:
    """A verb form that takes an object and no clause: not a noun too ('cost', 'plan': "the cost we
    residents face"), nor an auxiliary ("are we voters right?"), nor a verb of saying or thinking ("said
    we residents pay"); a few common verbs that are nouns too are named ('left', 'hit')."""
    if low in _AMBIGUOUS_OBJECT_VERBS:
        return True
    if w.tags(low) != _ONLY_VERB or low in w.AUXILIARIES or not w.verb_tags(low) & _FINITE_OR_BARE:
        return False
    return not w.takes_clause(low) and not any(lemma in _CLAUSE_OR_OBJECT for lemma in w.verb_lemmas(low))


_ONLY_VERB = frozenset(("VERB",))
_AFTER_OBJECT_PRONOUN = frozenset(
    "without with for in on at from into over under near outside inside after before during or and".split()
)
"""What follows an object pronoun and not a subject ("stopped they without reason", "saw he or his companion")."""
_FINITE_OR_BARE = w.FINITE_TAGS | {"VB"}
_AMBIGUOUS_OBJECT_VERBS = frozenset("left hit hits hurt hurts give gives".split())
_CLAUSE_OR_OBJECT = frozenset(
    "decide discover learn notice recognise recognize remember forget understand imagine predict reveal prove".split()
)
"""Verbs beyond :data:`._words.CLAUSE_VERBS` that take a clause with no 'that' ("we learned we residents …")."""


def _clause_follows(words: list[Word], at: int) -> bool:
    """A verb of its own after 'we' and its noun, before the sentence or its part ends: they are a
    clause's subject ("the cost we residents in rural areas face")."""
    while at < len(words):
        low = words[at].low
        if w.only_finite(low) or low in w.MODALS:
            return True
        if not words[at].joined:
            return False
        at += 1
    return False


def _finite_straight_after(low: str) -> bool:
    """A modal, or a form of 'be', 'have' or 'do' that a first person takes ('will', 'am', 'have', 'did'):
    the verb of a subject before it."""
    return low in w.MODALS or low in _FIRST_PERSON_AUXILIARIES


_FIRST_PERSON_AUXILIARIES = frozenset("am was have had do did don't didn't haven't wasn't".split())


_WE_OBJECT_VERBS = frozenset(
    """asked asks ask told tells tell invited invites invite urged urges urge encouraged encourages encourage
    allowed allows allow forced forces force wanted wants want expected expects expect taught teaches teach
    reminded reminds remind advised advises advise instructed instructs instruct ordered orders order""".split()
)
"""Verbs whose object comes before a 'to' infinitive ("asked us reporters to check")."""
_LETTING = w.CAUSATIVES - frozenset("see saw watch watched hear heard".split())
"""Verbs whose object comes before a bare verb ("let you and me go", "help Sam and me carry it")."""


def _bare_verb_object(words: list[Word], index: int, verb_at: int) -> bool:
    """The pair before 'and' at ``index`` stands after 'let', 'help' or 'make', and a bare verb
    follows it ("Let you and I discuss it"): the pair is that verb's object, not a new subject."""
    if "VB" not in w.verb_tags(words[verb_at].low) or words[verb_at].low in w.AUXILIARIES:
        return False  # "let me know and I can send it": a new clause
    first = words[index - 1]
    if not (first.low in w.OBJECT_PRONOUNS or (first.capitalised and index - 1 > 0)):
        return False  # the pair is 'you and I', 'Sam and I', not 'know and I'
    return any(
        words[start - 1].low in _LETTING and words[start - 1].joined
        for start in range(max(index - 3, 1), index)
        if all(word.joined for word in words[start - 1 : index])
    )


_WHOM = frozenset(("whom",))
_WHOMEVER = frozenset(("whomever",))
_REPORTERS = frozenset(
    """police officials authorities investigators prosecutors detectives witnesses experts analysts doctors
    sources residents neighbours neighbors relatives colleagues friends critics officers scientists
    researchers historians aides advisers advisors allies supporters lawyers economists""".split()
)
"""Plural nouns that say or believe something in news prose ('the man whom police believe fled')."""


def _reporter_end(words: list[Word], at: int) -> int | None:
    """The index of the last word of a subject at ``at``: a subject pronoun, or one of
    :data:`_REPORTERS`, bare or after 'the'; None for anything else."""
    if at < len(words) and words[at].low in w.SUBJECT_PRONOUNS:
        return at
    if at + 1 < len(words) and words[at].low == "the" and _reporters(words[at + 1]):
        return at + 1
    return at if at < len(words) and _reporters(words[at]) else None


def _reporters(word: Word) -> bool:
    """One of :data:`_REPORTERS`, or any plural noun in lower case ('voters', 'fans')."""
    low = word.low
    return low in _REPORTERS or (not word.capitalised and _plural(low))


def _plural(low: str) -> bool:
    """A plural noun, in -s or not ('reporters', 'freshmen', 'women')."""
    return w.is_plural_noun(low) or w.is_irregular_plural(low)


_THINKING = frozenset(
    """think thinks thought believe believes believed suppose supposes supposed expect expects expected
    say says said guess imagine imagines imagined feel feels felt reckon know knows knew""".split()
)
"""Verbs whose clause may lose its subject to a 'who' before them ('who do you think will win')."""
_PAIR_OBJECTS = frozenset("him her them us you".split())
_INVERTING = frozenset("said says say replied added come comes came go goes went stood sat".split())
"""Verbs a subject may follow ("said my father and I", "then came Sam and I")."""
_PAIR_OWNERS = frozenset("my our your his their the".split())
_AFTER_OBJECT_I = frozenset("to about of into for at with from".split())
"""Words that cannot open a clause after 'I' ('told Sam and I about it', 'call my partner or I at
this number'; not 'and I for one think')."""
_BARE_VERB_CAUSERS = frozenset("let lets letting make makes made making help helps helped helping".split())
"""Verbs whose object takes a bare verb: 'let my son and I test the bike' ('I test' opens no clause)."""
_ROUGHLY = frozenset("almost nearly about around over under roughly".split())


def _amount_after_i(words: list[Word], at: int) -> bool:
    """A number (after 'almost', 'nearly' …) follows 'I' at ``at``: no clause opens there ("it took
    Tom and I almost five hours", "cost my wife and I $50")."""
    if at < len(words) and words[at].low in _ROUGHLY and words[at].joined:
        at += 1
    return at < len(words) and w.is_numeral(words[at].low)


_GIVING = frozenset(
    """give gives gave given giving send sends sent sending show shows showed shown showing offer offers
    offered offering tell tells told telling buy buys bought buying hand hands handed lend lends lent
    teach teaches taught owe owes owed promise promises promised bring brings brought""".split()
)
"""Verbs with two objects: 'gave Tim and I a lift' (no clause opens with 'I a')."""


def _noun_phrase_object(words: list[Word], at: int) -> bool:
    """An adjective and a noun, neither of them a verb's form, open a second object at ``at`` ("extra
    drills", "free tickets")."""
    return (
        at + 1 < len(words)
        and words[at].joined
        and "ADJ" in w.tags(words[at].low)
        and not w.may_be_finite(words[at].low)
        and "NOUN" in w.tags(words[at + 1].low)
        and (not w.may_be_finite(words[at + 1].low) or w.verb_tags(words[at + 1].low) == {"VBZ"})
    )  # (a form in -s, "drills", cannot be the verb of 'I')


def _adverb_ends_clause(doc: Document, words: list[Word], at: int) -> bool:
    """An adverb in -ly and nothing else at ``at``, then a full stop, a comma or the sentence's end
    ("contact Priya or I directly."): no verb follows for 'I' to be the subject of."""
    if not w.only_adverb_in_ly(words[at].low):
        return False
    return at + 1 >= len(words) or doc.text[words[at].end : words[at].end + 1] in (",", ".", ";", "!", "?")


def _verb_object_pair(doc: Document, words: list[Word], index: int) -> int | None:
    """'told him and I to stay', 'invited Sam and I to dinner', 'gave Tim and I a lift', 'warned my
    colleague and I about it': an object pronoun, a name or a possessive's noun after a verb (not a
    form of 'be': 'it was Tim and I' is the formal subject case), then 'and I' before 'to', 'about',
    'of', 'into', an article after a verb of giving, or the end of the clause. The index of the
    pair's first word, or None."""
    if index < 2 or not words[index - 1].joined:
        return None
    first = words[index - 1]
    start = index - 1
    if first.low in _PAIR_OBJECTS or (first.capitalised and first.low not in w.SUBJECT_PRONOUNS):
        if (first.capitalised and first.low in _PAIR_OBJECTS) or (first.text.isupper() and len(first.text) > 1):
            return None  # "Him and I": the subject pair; "Volumes II and I": numerals
    elif first.text == first.low and "NOUN" in w.tags(first.low):
        start = index - 2
        if start > 0 and "ADJ" in w.tags(words[start].low) and words[start].text == words[start].low:
            start -= 1  # "the new staff and I"
        if words[start].low not in _PAIR_OWNERS or sentence_tags(doc, words)[index - 1] not in ("NN", "NNS"):
            return None  # "my colleague and I", "the new staff and I"
    else:
        return None
    if start < 1 or not all(word.joined for word in words[start - 1 : index]):
        return None
    verb, pronoun = words[start - 1], words[index + 1]
    if pronoun.joined and index + 2 < len(words):
        following = words[index + 2].low
        for_one = following == "for" and index + 3 < len(words) and words[index + 3].low == "one"
        if (
            following not in _AFTER_OBJECT_I
            and not (following in ("a", "an", "the") and verb.low in _GIVING)
            and not (verb.low in _GIVING and _noun_phrase_object(words, index + 2))  # "gave Tom and I extra drills"
            and not _adverb_ends_clause(doc, words, index + 2)  # "contact Priya or I directly."
            and not (following == "that" and verb.low in w.TELLING_VERBS)
            and not _amount_after_i(words, index + 2)  # "it took Tom and I five hours"
            and not (verb.low in _BARE_VERB_CAUSERS and w.verb_tags(following) and "VB" in w.verb_tags(following))
        ):
            return None  # (but "told Davis and I that the store would close": 'I that' opens no clause)
        if for_one:
            return None  # "and I for one think so"
    elif index + 2 < len(words) and doc.text[pronoun.end : pronoun.end + 1] not in (",", ".", ";", ":", "!", "?"):
        return None
    if verb.low in w.BE_FORMS or verb.low in w.AUXILIARIES or verb.low in _INVERTING:
        return None  # "'We'll go,' said my father and I": the subject after its verb
    if verb.capitalised and not verb.sentence_start:
        return None
    return start if sentence_tags(doc, words)[start - 1] in ("VB", "VBD", "VBZ", "VBP", "VBG") else None


_CLAUSE_AFTER_PRONOUN = frozenset("who whom that all both each too alone themselves himself herself".split())
_CONJUNCT_DETERMINERS = frozenset("the my his her our their your a an".split())


def _adverb(low: str) -> bool:
    return low in w.MID_ADVERBS or (low.endswith("ly") and "ADV" in w.tags(low))


def _noun_end(words: list[Word], index: int) -> int:
    """The index after the noun that ends the phrase opened by the determiner at ``index`` (up to two
    modifiers), or ``len(words)`` when no such noun follows."""
    for at in range(index + 1, min(index + 4, len(words))):
        if not words[at - 1].joined:
            break
        tags = w.tags(words[at].low)
        following = words[at + 1].low if at + 1 < len(words) else ""
        if "NOUN" in tags and ("NOUN" not in w.tags(following) or w.verb_tags(following) & w.FINITE_TAGS):
            return at + 1
        if not tags & {"ADJ", "NOUN"}:
            break
    return len(words)


_PLURAL_DEMONSTRATIVES = frozenset(("these", "those"))
_NUMBERS = w.CARDINALS | {"both"}
_SUBJECT_CLAUSE_OPENERS = frozenset(
    """that because when whenever while although though if unless whether think thinks thought hope
    hopes hoped guess reckon suppose bet sure""".split()
)
"""Words after which 'these' opens a clause as its subject, never an object ("because these costs too
much", "I hope these helps"; not 'know', 'like': "I know these costs too well")."""
_NOT_AFTER_VERB = frozenset("of that which who whom whose".split())
"""Words after a plural noun that keep it a noun phrase ("these costs of living", "these costs that …")."""


class PluralDemonstrativeAgreement(GrammarRule):
    id = "grammar.plural-pronoun-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'These' or 'those' as a subject with a singular verb: 'these includes', 'those two is'."
    why = (
        "'These' and 'those' standing for things are plural and take a plural verb: 'these include', "
        "'those two are'. Only the demonstrative opening a clause, alone or with a number, directly "
        "before the verb (or after an adverb: 'these really works') is checked; a form in -s that is "
        "also a plural noun counts as the verb when nothing after it is a verb ('These costs too much', "
        "'I hope these helps')."
    )
    bad = ("These includes the ring and the compass.", "Those two is nice.", "Make sure these three contains enough.")
    good = ("These include the ring.", "Those two are nice.", "These figures include the ring.", "This includes it.")
    fixed = ("These include the ring and the compass.", "Those two are nice.", "Make sure these three contain enough.")
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PLURAL_DEMONSTRATIVES):
            verb_at = index + 1
            if verb_at < len(words) and words[index].joined and words[verb_at].low in _NUMBERS:
                verb_at += 1
            if verb_at >= len(words) or not words[verb_at - 1].joined or in_quotes(doc, words[index].start):
                continue
            if index > 0 and words[index - 1].joined and words[index - 1].low in w.PREPOSITIONS:
                continue  # "of these is": the subject is elsewhere ("one of these is")
            if index == 1 and _command_verb(words[0]):
                continue  # "Raft these logs.", "Stack those crates": a command's object, not a subject
            if _adverb(words[verb_at].low) and words[verb_at].low != "very" and verb_at + 1 < len(words):
                if not (words[verb_at].joined and _opens_subject(words, index)):
                    continue
                if _modifier_of_noun(doc, words, verb_at):
                    continue  # "these daily rules are useful": an adjective or a noun in -ly before the noun
                verb_at += 1  # "these really works": no noun follows the adverb in a noun phrase
                if words[verb_at].low not in w.PLURAL_AUXILIARIES and "VBZ" not in w.verb_tags(words[verb_at].low):
                    continue
                manner = True
            else:
                opens = _opens_subject(words, index)
                manner = (opens and _manner_after(words, verb_at)) or (
                    (opens or words[index - 1].low in _SUBJECT_CLAUSE_OPENERS)
                    and _no_verb_after(doc, words, index, verb_at)
                )
            verb = words[verb_at]
            plural = w.PLURAL_AUXILIARIES.get(verb.low) or _plural_of(verb.low, manner)
            if plural is None:
                continue
            if not manner and _object_of_verb_before(doc, words, index):
                continue  # "to find those logs by", "collecting these logs easily": the object's noun
            if _finite_after_noun(words, verb_at):
                continue  # "if these three commits had", "make sure these refs are": a noun, then the verb
            fixed = match_case(plural, verb.text)
            yield self.replace_word(
                verb, fixed, f"'{words[index].text}' is plural: write '{fixed}', not '{verb.text}'."
            )


_FINITE_AFTER = frozenset("are were have had do did will would can could should may might must".split())
"""Finite verbs (plural or of any number) that, straight after a word in -s, make it the subject's noun."""


def _finite_after_noun(words: list[Word], at: int) -> bool:
    """A finite verb follows the form in -s at ``at`` at once, and that form is no auxiliary: it is a
    plural noun, and the verb is that of 'these' + the noun ('if these three commits had', 'make sure
    these refs are'; not 'these does have')."""
    if at + 1 >= len(words) or not words[at].joined or words[at + 1].low not in _FINITE_AFTER:
        return False
    return words[at].low not in w.PLURAL_AUXILIARIES and words[at].low not in w.AUXILIARIES


_THAT_CLAUSE_LEMMAS = frozenset("think hope guess suppose bet reckon believe know say feel ensure".split())


def _object_of_verb_before(doc: Document, words: list[Word], index: int) -> bool:
    """The tagger reads the word before 'these' as a bare verb or a gerund that takes no clause
    ('to find those logs', 'collecting these logs'): 'these' opens that verb's object."""
    from ._tagger import sentence_tags

    if index == 0 or not words[index - 1].joined or words[index - 1].low in _SUBJECT_CLAUSE_OPENERS:
        return False
    if sentence_tags(doc, words)[index - 1] not in ("VB", "VBG"):
        return False
    return not set(w.verb_lemmas(words[index - 1].low)) & _THAT_CLAUSE_LEMMAS


def _command_verb(first: Word) -> bool:
    """The sentence opens with a bare verb that takes no clause ('Raft', 'Stack'; not 'Hope', 'Make sure'):
    a command, whose object follows."""
    low = first.low
    if not first.sentence_start or not first.joined or "VB" not in w.verb_tags(low) or low in w.CLAUSE_OPENERS:
        return False
    return not set(w.verb_lemmas(low)) & w.CLAUSE_VERBS and low not in w.SUBJECT_PRONOUNS


def _opens_subject(words: list[Word], index: int) -> bool:
    """'These' at ``index`` opens the sentence or a clause (after a comma, a conjunction or a clause
    opener), where it is a subject: after a verb it opens an object ("tighten these screws securely")."""
    if index == 0 or not words[index - 1].joined:
        return True
    return words[index - 1].low in w.CLAUSE_OPENERS or words[index - 1].low in w.COORDINATORS


def _no_verb_after(doc: Document, words: list[Word], index: int, at: int) -> bool:
    """'These' opens the sentence or a clause after 'because', 'if', 'when' …, a form in -s that is
    also a plural noun follows it, and nothing after that form in the sentence is a finite verb or a
    modal by the tagger: "These costs too much", "Those lasts for years", "These makes a great gift".
    Read as a noun phrase ("these costs") the sentence would have no verb (after 'if' …, the clause
    up to a comma: "if these needs a wash, ask me"; one verb after 'when', 'than' … and a subject
    pronoun is that clause's own: "those helps a lot when you travel"). Not before 'of' or a
    relative pronoun ("these costs of living"), nor after a comma, nor in a headline or a list item
    (no full stop at its end), nor when the -s form is a capitalised word."""
    if at + 1 >= len(words):
        if index == 0:
            return False  # "These works.": a caption's noun phrase
    elif not words[at].joined or words[at + 1].low in _NOT_AFTER_VERB:
        return False
    if words[at].capitalised or "NOUN" not in w.tags(words[at].low):
        return False
    if index > 0 and not (words[index - 1].joined and words[index - 1].low in _SUBJECT_CLAUSE_OPENERS):
        return False
    if not ends_like_a_sentence(doc, words) or not _verb_like(words[at].low):
        return False
    tags = sentence_tags(doc, words)
    inner = 0  # where the one verb of a clause opened by 'when you', 'than I' … stands
    for later in range(at + 1, len(tags)):
        if index > 0 and not words[later - 1].joined:
            break  # "if these needs a wash, ask me": the clause 'if' opens ends at the comma
        if later >= at + 2 and words[later - 2].low in _INNER_OPENERS and words[later - 1].low in w.SUBJECT_PRONOUNS:
            if inner:
                return False
            inner = later  # "those helps a lot when you travel", "these matters more than you think"
            continue
        if clause_verb(words, tags, later):
            return False  # "these works by Monet hang", "these works sold well": maybe the clause's verb
        if later > at + 1 and tags[later - 1] in NOUN_TAGS and w.verb_tags(words[later].low) & {"VBP", "VBD"}:
            return False  # "these tastes in music change with age": a noun may end the subject there
    return True


_INNER_OPENERS = frozenset("when whenever if than because as while before after until unless since".split())
"""Words that open a clause of a pronoun and one verb after the -s form (:func:`_no_verb_after`):
that verb is the clause's own; any other verb after it makes the -s form a noun ("these costs when
you add them up are large")."""
VERB_LIKE_MARGIN = -1.8
"""How much rarer (natural log) 'it' + an -s form may be on the web than 'the' + it, for the form to
be read as a verb where nothing else is one: 'it costs' against 'the costs' (-1.75); not 'it
results' (-5.0), 'it plans' (-2.0), 'it figures' (unseen)."""


def _verb_like(low: str) -> bool:
    """An -s form the web writes after 'it' about as often as after 'the' (see :data:`VERB_LIKE_MARGIN`)."""
    as_verb = _ngrams.web_pair_count("it", low)
    if as_verb is None:
        return False
    as_noun = _ngrams.web_pair_count("the", low)
    return as_verb - (_ngrams.UNSEEN_PAIR if as_noun is None else as_noun) >= VERB_LIKE_MARGIN


def _manner_after(words: list[Word], at: int) -> bool:
    """An adjective and nothing else, an adverb in -ly, or 'well' follows the -s form at ``at``: it
    is a verb there ("these two works well", "those looks nice"), as no noun phrase takes them after
    its head."""
    if at + 1 >= len(words) or not words[at].joined:
        return False
    following = words[at + 1].low
    if w.tags(following) == {"ADJ"}:
        return True
    if not (w.only_adverb_in_ly(following) or following == "well"):
        return False
    # the adverb ends the clause or meets a preposition: "these two works well." (not "these changes
    # simply wouldn't be possible", where the adverb goes with the verb after it)
    end = at + 2 >= len(words) or not words[at + 1].joined
    return end or words[at + 2].low in w.PREPOSITIONS


def _modifier_of_noun(doc: Document, words: list[Word], at: int) -> bool:
    """The word in -ly (or a mid adverb) at ``at`` after 'these' is also an adjective or a noun
    ('daily', 'early', 'still', 'supply'), a plural noun follows it, and a finite verb or a modal
    comes later in its clause: the -ly word modifies that noun ("These daily rules are useful",
    "These early results show a rise"; not "These still works fine", where nothing else is a verb)."""
    if not w.tags(words[at].low) & {"ADJ", "NOUN"} or not words[at].joined:
        return False
    following = words[at + 1].low
    if "NOUN" not in w.tags(following):
        return False
    tags = sentence_tags(doc, words)
    for later in range(at + 2, len(tags)):
        if not words[later - 1].joined:
            return False  # the clause ends at a comma: "these still works fine, and these helps"
        if set(tags[later].split("+")) & (w.FINITE_OR_MODAL_TAGS | {"VB"}):
            return True
        if later > at + 2 and tags[later] in ("NN", "VB") and w.verb_tags(words[later].low) & {"VBP", "VBD"}:
            return True  # a plain verb the tagger read as a noun after an adverb: "these nightly builds often fail"
    return False


def _plural_of(verb: str, verb_here: bool = False) -> str | None:
    """The plural present of a verb that can only be a third-person-singular verb here ("includes");
    with ``verb_here``, one that is also a plural noun ("works well")."""
    if w.verb_tags(verb) != {"VBZ"} or ("NOUN" in w.tags(verb) and not verb_here):
        return None
    for lemma in w.verb_lemmas(verb):
        plural = w.verb_form(lemma, "VBP")
        if plural:
            return plural
    return None


_WANT = frozenset(("want", "wants", "wanted", "like"))
"""'Want' and its forms, and 'like', which counts only after 'would' (:func:`_would_like`)."""
_WOULD_LIKE = frozenset("would i'd you'd he'd she'd we'd they'd i’d you’d he’d she’d we’d they’d".split())
"""Before 'like': 'would like that I send' is 'want that I send' ("I like that you came" is right)."""
_OBJECT_FORM = {"i": "me", "you": "you", "he": "him", "she": "her", "we": "us", "they": "them"}


class WantThatClause(GrammarRule):
    id = "grammar.want-that"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Want that I send': English says 'want me to send'."
    why = (
        "'Want' takes an object and an infinitive, not a 'that' clause: 'they want me to send it', not "
        "'they want that I send it' (a construction from French, German or Spanish). So does 'would "
        "like': 'I would like you to help', not 'I would like that you help' ('I like that you came' "
        "and 'I would prefer that you leave' are right)."
    )
    bad = (
        "He wants that I send him an email.",
        "They wanted that she sends it.",
        "I would like that you check the figures, and we'd like that they sign today.",
    )
    good = (
        "He wants me to send him an email.",
        "The one thing they wanted, that I send it, was done.",
        "I like that you came; I would like that very much; I would prefer that you leave.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WANT):
            if index + 3 >= len(words) or not all(word.joined for word in words[index : index + 3]):
                continue
            that, pronoun, verb = words[index + 1], words[index + 2], words[index + 3]
            if that.low != "that" or pronoun.low not in _OBJECT_FORM:
                continue
            if words[index].low == "like" and not _would_like(words, index):
                continue  # "I like that you came": the fact pleases
            if words[index].low == "like" and (verb.low == "be" or _stranded_after(words, index + 3)):
                continue  # "would like that he be told" (a subjunctive), "nobody would like that we know of"
            if (
                index > 0
                and words[index - 1].joined
                and (words[index - 1].low in w.DETERMINERS or _noun_before(words, index))
            ):
                continue  # "the want that we feel", "basic wants that we share": the noun and its relative clause
            lemma = next(iter(w.verb_lemmas(verb.low)), None)
            if lemma is None or not w.verb_tags(verb.low) & {"VB", "VBP", "VBZ"}:
                continue
            replacement = f"{_OBJECT_FORM[pronoun.low]} to {lemma}"
            yield self.finding(
                that.start,
                verb.end,
                f"'{words[index].text}' takes an object and 'to': write '{words[index].text} {replacement}'.",
                suggestions=(replacement,),
                fix=FixSafety.UNSAFE,
            )


def _stranded_after(words: list[Word], at: int) -> bool:
    """A preposition after ``words[at]`` that ends the sentence: a relative clause ("that we know of")."""
    return at + 2 == len(words) and words[at].joined and words[at + 1].low in w.PREPOSITIONS


def _would_like(words: list[Word], index: int) -> bool:
    """'Would' (or "I'd") before 'like' at ``index``, or 'would', a subject pronoun and 'like' ("Would
    you like that I open …")."""
    if index > 0 and words[index - 1].joined and words[index - 1].low in _WOULD_LIKE:
        return True
    return (
        index > 1
        and words[index - 2].low == "would"
        and words[index - 1].low in _OBJECT_FORM
        and words[index - 2].joined
        and words[index - 1].joined
    )


def _noun_before(words: list[Word], index: int) -> bool:
    """An adjective that is no noun after a determiner before ``words[index]``: 'our basic wants'."""
    return (
        index > 1
        and words[index - 2].joined
        and words[index - 2].low in w.DETERMINERS
        and "ADJ" in w.tags(words[index - 1].low)
        and "NOUN" not in w.tags(words[index - 1].low)  # not "the council wants that we send"
    )


_WHICH = frozenset(("which",))
_SOMEONE = frozenset("someone somebody anyone anybody everyone everybody".split())
"""Pronouns for people, which take 'who' as the nouns for people do ("anyone who wants a ticket")."""
_THE = frozenset(("the",))
_FINITE_TAGS = w.FINITE_OR_MODAL_TAGS
_ASKING = frozenset(
    "ask asks asked asking tell tells told telling show shows showed shown showing teach teaches taught "
    "remind reminds reminded inform informs informed advise advises advised".split()
)
"""Verbs after whose object 'which' asks a question ("ask the doctor which pill to take")."""


class WhichForPerson(GrammarRule):
    id = "grammar.which-person"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Which' for a person: 'the man which lives next door' ('who')."
    why = (
        "A relative clause on a person takes 'who' (or 'that'): 'the man who lives next door', 'the "
        "students that passed'; 'which' is for things. Reported when a noun that names people "
        "('man', 'teacher', 'students', …) or 'anyone', 'someone', 'everyone' is followed at once by "
        "'which' and a verb or a subject. Left alone: 'which' after a comma (it may stand for the "
        "whole clause: 'she called her brother, which surprised me'), a question after 'ask' or "
        "'tell' ('ask the doctor which pill to take'), and 'which' before a noun or 'of'."
    )
    bad = (
        "The man which lives next door is a pilot.",
        "She is the teacher which I told you about.",
        "Students which fail the test can retake it. Anyone which wants a seat should book.",
        "We thanked the volunteers which helped us.",
        "The doctor, which has worked here for years, retired.",
        "Our pediatric dentists, which have more than forty years of experience, make every visit fun.",
    )
    good = (
        "The man who lives next door is a pilot; the students that passed cheered.",
        "She called her brother, which surprised me.",
        "Ask the doctor which pill to take, and tell the children which way is home.",
        "The teacher which of you asked; the report which the man wrote.",
        "I had a cautious father and a restless mother which made for a lively home.",
        "The doctor, who has worked here for years, retired. He saw the doctor, which helped.",
        "Our report, which the manager wrote, is out.",
        "Ask anyone which bus goes to town; tell everyone which room to use.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHICH):
            if index == 0 or index + 1 >= len(words) or not words[index].joined:
                continue
            if not words[index - 1].joined and not _opening_subject_comma(doc, words, index):
                continue
            noun = words[index - 1]
            if (noun.low not in w.PERSON_NOUNS and noun.low not in _SOMEONE) or (noun.capitalised and index > 1):
                continue
            following = words[index + 1].low
            if following in ("to", "of"):
                continue
            if index > 2 and words[index - 2].low == "of" and _group_noun(words[index - 3].low):
                continue  # "any mob of people which produces": 'which' may stand for the group
            if following in w.AUXILIARIES and index + 2 < len(words) and words[index + 2].low == "to":
                continue  # "The man, which is to say her husband": 'which' stands for the saying
            if following in w.SUBJECT_PRONOUNS and index + 2 < len(words) and words[index + 2].low in _BE_FORMS:
                continue  # "a teacher, which I was for years": 'which' stands for the role, not the person
            if following in _BE_FORMS and index + 2 < len(words) and words[index + 2].low in ("what", "why", "how"):
                continue  # "The lawyer, which is what he trained as, kept quiet": the role or the state of things
            clause = following in w.SUBJECT_PRONOUNS or following in w.AUXILIARIES or following in _THE
            if not clause and w.verb_tags(following) & w.FINITE_TAGS:
                clause = sentence_tags(doc, words)[index + 1] in _FINITE_TAGS  # "which lives", not "which way"
            if not clause:
                continue
            if any(word.low in _ASKING for word in words[max(0, index - 4) : index - 1]):
                continue  # "tell the children which way is home": a question
            if any(word.low in ("and", "or") for word in words[max(0, index - 7) : index - 1]):
                continue  # "a father and an émigré mother which made for": 'which' may take in both
            if in_quotes(doc, noun.start):
                continue
            who = match_case("who", words[index].text)
            yield self.finding(
                words[index].start,
                words[index].end,
                f"'{noun.text}' names people: '{noun.text} {who}' (or 'that'), not '{noun.text} {words[index].text}'.",
                suggestions=(who, "that"),
                fix=FixSafety.UNSAFE,
            )


_GROUPS = frozenset("mob crowd set body gang community society network club union".split())


def _group_noun(low: str) -> bool:
    """A noun of a group of people ('group', 'team', 'mob', 'crowd'), which 'which' may stand for."""
    return low in w.COLLECTIVE_NOUNS or low in _GROUPS


def _opening_subject_comma(doc: Document, words: list[Word], index: int) -> bool:
    """'The doctor, which has worked here for years, retired': the noun before the comma ends a
    determiner's phrase that opens the sentence, so 'which' has no clause before it to stand for."""
    if not 2 <= index <= 3 or words[0].low not in w.DETERMINERS or not all(word.joined for word in words[: index - 1]):
        return False
    return doc.text[words[index - 1].end : words[index].start].strip() == ","


_BE_FORMS = frozenset("am is are was were be been".split())
_WHO = frozenset(("who",))
_THINGS = frozenset(
    """car cars house houses building buildings bridge bridges road roads book books film films movie movies
    report reports law laws bill bills plan plans policy policies project projects rule rules system systems
    computer computers phone phones machine machines device devices product products website websites app
    apps document documents letter letters email emails song songs album albums vehicle vehicles truck
    trucks train trains bus buses ship ships plane planes table tables chair chairs room rooms door doors
    window windows box boxes bottle bottles drug drugs rocket rockets tool tools""".split()
)
"""Things that no one calls 'who' (not companies, teams, countries or animals, which some prose does)."""


_MAYBE_PERSONS = frozenset(
    """animal animals species creature creatures pet pets institution institutions business businesses
    society societies entity entities body bodies industry organisation organisations organization
    organizations agency agencies firm firms club clubs city cities town towns village villages nation
    nations world state states""".split()
)
"""Nouns of animals, organisations and places, which some prose calls 'who' ("the agency who", "a pet
who", "the city who raised her")."""
_THAT_OFTEN = 13.0
"""Natural log of how often a noun must stand before 'that' on the web (about 440,000 times) for its
never standing before 'who' to show it names a thing."""


def _thing_noun(low: str) -> bool:
    """A noun that names a thing: one of :data:`_THINGS`, or a common noun that the web counts put
    before 'that' and 'which' often and before 'who' seldom (under 100,000 times: "article",
    "device", "contract"), not a person, a group, an animal or an organisation."""
    if low in _THINGS:
        return True
    if low in _MAYBE_PERSONS or low in w.COLLECTIVE_NOUNS or low in w.PERSON_NOUNS or low in w.PEOPLES:
        return False
    if "NOUN" not in w.tags(low) or _ngrams.web_pair_count(low, "who") is not None:
        return False
    that = _ngrams.web_pair_count(low, "that")
    return that is not None and that >= _THAT_OFTEN and _ngrams.web_pair_count(low, "which") is not None


class WhoForThing(GrammarRule):
    id = "grammar.who-thing"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Who' for a thing: 'the car who was parked outside' ('that' or 'which')."
    why = (
        "'Who' is for people (and, in some prose, animals and organisations); a thing takes 'that' or "
        "'which': 'the car that was parked outside', 'the law, which passed in May'. Reported after a "
        "determiner and a noun of a plain thing ('car', 'report', 'law', 'phone') before a verb, or a "
        "common noun that the web counts put before 'that' and 'which' often and before 'who' seldom "
        "('contract', 'file', 'message'), unless it names an animal, a group, an organisation or a "
        "place; and not after a preposition ('the users of the software who complained', 'the driver of "
        "the car who was injured': 'who' may be the person before) or another relative clause ('members "
        "who planned the war who have sons')."
    )
    bad = (
        "The car who was parked outside was stolen.",
        "We read the report who was leaked on Friday.",
        "It is a law who protects tenants.",
        "The book who I read was good, and the car who we bought is red.",
        "We signed the contract who was sent on Monday.",
    )
    good = (
        "The car that was parked outside was stolen; the driver who parked it left.",
        "The report, which was leaked on Friday, named the man who wrote it.",
        "The company who hired him and the dog who barked; ask the car owner who called.",
        "Whose car? The Ford Cars who won the award.",
        "The book that I read was good; I asked the driver who I met.",
        "There's someone at the door who wants to see you; a man in a car who waved.",
        "The users of the software who complained got refunds; the agency who hired him closed.",
        "The staff members who planned the war who have sons in uniform; the city who raised her.",
        "The driver of the car who was injured is in hospital.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHO):
            if index < 2 or index + 1 >= len(words) or not words[index - 1].joined or not words[index].joined:
                continue
            thing = words[index - 1]
            if not _thing_noun(thing.low) or thing.capitalised or not _determined_noun(words, index - 1):
                continue
            following = words[index + 1].low
            object_of = (  # "the book who I read": the thing is the object of the clause's verb
                following in w.PERSON_SUBJECTS
                and index + 2 < len(words)
                and words[index + 1].joined
                and w.may_be_finite(words[index + 2].low)
            )
            if not (following in w.AUXILIARIES or w.verb_tags(following) & {"VBD", "VBZ"} or object_of):
                continue
            if _person_before_place(words, index - 1):
                continue  # "someone at the door who wants to see you": 'who' is the person's
            if _after_preposition(words, index - 1) or (
                thing.low not in _THINGS
                and any(word.low in w.RELATIVE_PRONOUNS for word in words[max(0, index - 8) : index - 1])
            ):
                continue  # "the driver of the car who was injured", "members who planned the war who have"
            if in_quotes(doc, words[index].start):
                continue
            that = match_case("that", words[index].text)
            yield self.finding(
                words[index].start,
                words[index].end,
                f"'{thing.text}' is a thing: '{thing.text} {that}' (or 'which'), not '{words[index].text}'.",
                suggestions=(that, "which"),
                fix=FixSafety.UNSAFE,
            )


_PERSON_HEADS = w.PERSON_NOUNS | frozenset("someone somebody anyone anybody everyone everybody one those".split())


_TITLES = frozenset("mr mrs ms dr prof".split())


def _title_with_dot(doc: Document, word: Word) -> bool:
    """A title abbreviated with a full stop before a name ('Ms. Jordan'): the stop ends no phrase."""
    return word.low in _TITLES and doc.text[word.end : word.end + 2] == ". "


def _after_preposition(words: list[Word], index: int) -> bool:
    """The noun at ``index`` and its determiner and adjectives follow a preposition: the relative
    clause after it may belong to the noun before the preposition."""
    back = index - 1
    while back > 0 and (words[back].low in w.DETERMINERS or w.tags(words[back].low) & {"ADJ", "NOUN"}):
        back -= 1  # "on the assembly line": a noun before the noun too
    return back >= 0 and words[back].low in w.PREPOSITIONS


def _person_before_place(words: list[Word], index: int) -> bool:
    """The thing at ``index`` is a preposition's object after a person ("there's someone at the door
    who wants you", "a man in a car who waved"): the relative clause may belong to the person."""
    back = index - 1
    while back > 0 and words[back].low not in w.PREPOSITIONS:
        if words[back].low not in w.DETERMINERS and "ADJ" not in w.tags(words[back].low):
            return False
        back -= 1
    if back <= 0 or words[back].low not in w.PREPOSITIONS:
        return False
    return any(word.low in _PERSON_HEADS for word in words[max(0, back - 4) : back])


_WHAT = frozenset(("what",))
_WHAT_NOUN_OPENERS = frozenset("the this that these those my your his her our their".split())
_WHAT_BE = frozenset("is was".split())
_WHAT_BE_SUBJECTS = frozenset("this that it here there".split())
_WHAT_BE_JOINED = w.both_apostrophes("that's it's here's there's")
_WH_COMPLEMENT_NOUNS = frozenset(
    """question questions issue issues matter debate decision choice doubt uncertainty idea discussion
    argument mystery puzzle query confusion dispute knowledge information clue guess answer problem
    point""".split()
)
"""Nouns a question may follow as their complement ("the question what we should do next"): 'what'
there asks, and opens no relative clause."""


class WhatRelative(GrammarRule):
    id = "grammar.what-relative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'What' as a relative pronoun after a noun: 'the car what I bought' ('that' or 'which')."
    why = (
        "After a noun a relative clause opens with 'that', 'which' or 'who': 'the car that I bought', "
        "'the film we watched'. 'What' carries its own noun ('what I bought' is 'the thing that I "
        "bought') and after one it is dialect ('the car what I bought'). Reported when a determiner and "
        "a noun open the sentence ('The film what we watched was long') or follow 'this is', 'that was', "
        "'it's' ('That is the bike what I bought'), and 'what' comes straight after the noun with a "
        "subject pronoun and a past verb after it (a present may follow a noun set before its clause: 'The "
        "staff what they earn is a secret'). Left alone: a noun after a verb, which may be its "
        "indirect object ('Tell the class what you think', 'Was the trip what you expected?'), a time "
        "that opens the sentence ('This time what I want is rest'), nouns a question completes ('the "
        "question what we should do'), titles and quotations."
    )
    bad = (
        "The film what we watched was far too long.",
        "That is the bike what I bought last summer.",
        "It's the jacket what she wanted for her birthday.",
        "My sister what you met yesterday lives in Cork.",
        "The boots what he wore were muddy.",
    )
    good = (
        "The film that we watched was far too long; what we watched was long.",
        "Tell the class what you think. Show your friends what you made.",
        "Was the trip what you expected? Is the book what you wanted?",
        "This time what I want is rest. That day what we saw shocked us.",
        "The question what we should do next is open.",
        "That is exactly what I bought. The Film What We Watched is a new play.",
        "He asked the waiter what they had, and we told the driver what we needed.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHAT):
            if index < 2 or index + 2 >= len(words) or words[index].text != "what":
                continue
            noun, opener = words[index - 1], words[index - 2]
            if not noun.joined or not opener.joined or not words[index].joined or not words[index + 1].joined:
                continue
            if opener.low not in _WHAT_NOUN_OPENERS or noun.capitalised:
                continue
            if noun.low in w.TIME_NOUNS or noun.low in _WH_COMPLEMENT_NOUNS:
                continue
            if not _opens_or_follows_be(words, index - 2):
                continue
            if words[index + 1].low not in w.SUBJECT_PRONOUNS:
                continue
            tags = sentence_tags(doc, words)
            if tags[index - 1] not in ("NN", "NNS") or tags[index + 2] != "VBD":
                continue  # a present may follow a noun set before its clause: "The staff, what they earn is secret"
            if in_quotes(doc, words[index].start):
                continue
            yield self.finding(
                words[index].start,
                words[index].end,
                f"After a noun a relative clause opens with 'that' or 'which' ('who' for people): "
                f"'{noun.text} that {words[index + 1].text} …', not '{noun.text} what'.",
                suggestions=("that", "which", "who"),
                fix=FixSafety.UNSAFE,
            )


def _opens_or_follows_be(words: list[Word], opener: int) -> bool:
    """The noun phrase at ``opener`` opens the sentence, or follows 'this is', 'that was', "it's"
    (a statement, not a question: "Was the trip what you expected?")."""
    if opener == 0:
        return True
    be = words[opener - 1]
    if not be.joined:
        return False
    if be.low in _WHAT_BE_JOINED:
        return opener == 1
    return opener == 2 and be.low in _WHAT_BE and words[0].low in _WHAT_BE_SUBJECTS and words[0].joined


_THAT = frozenset(("that",))
_BE_HAVE = frozenset("was were is are has have had".split())
_OPENING_SUBORDINATORS = frozenset(
    "if when whenever because since although though as once while unless after before".split()
)


class NonrestrictiveThat(GrammarRule):
    id = "grammar.nonrestrictive-that"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'That' opening a clause set off by commas: 'The firm, that was founded in 1990, grew' ('which')."
    why = (
        "A relative clause between commas adds to a noun already named, and takes 'which' (or 'who'): "
        "'The firm, which was founded in 1990, grew'. 'That' opens only a clause that picks the noun out, "
        "with no commas: 'the firm that was founded in 1990'. Reported when a determiner and a noun come "
        "before the comma, a passive or another verb after 'that', and a second comma closes the clause; "
        "a 'that' that stands for what went before ('we lost, that was clear, but'), a series of clauses "
        "with 'that' ('a government that listens, that acts') and a cleft ('votes, not money, that "
        "decide') are left alone."
    )
    bad = (
        "The firm, that was founded in 1990, grew quickly.",
        "The new bridge, that opened in May, is already closed.",
        "Our main office, that employs 500 people, will move.",
    )
    good = (
        "The firm, which was founded in 1990, grew quickly; the firm that was founded in 1990 grew.",
        "We lost the game, that was clear, but we played well.",
        "He said, that was the plan, and left. So much so, that he left.",
        "The bridge, that one, opened in May.",
        "We want a government that listens, that acts, and that lasts; it is votes, not money, that decide.",
        "If you see a spot in the egg, that means it is fertile, and you should wait.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        text, tokens, lows = doc.text, doc.tokens, doc.lows
        last = len(lows) - 1
        sifted = [
            position
            for position in positions(doc, _THAT)
            if position < last
            and text[tokens[position].start - 2 : tokens[position].start] == ", "
            and (lows[position + 1] in _BE_HAVE or w.verb_tags(lows[position + 1]) & {"VBD", "VBZ"})
        ]  # most 'that' of a text has no comma before it: dropped before any sentence is read
        for words, index in places(doc, sifted):
            that = words[index]
            if index < 2 or index + 2 >= len(words) or words[index - 1].joined or not that.joined:
                continue
            if text[words[index - 1].end : that.start].strip() != ",":
                continue
            noun = words[index - 1]
            if not _determined_noun(words, index - 1) or not _relative_verb(doc, words, index + 1):
                continue
            if not any(not word.joined for word in words[index + 1 : index + 12]) or in_quotes(doc, that.start):
                continue  # no comma closes the clause: "I sold the car, that was a mistake" is a splice
            if any(word.low in ("that", "not") for word in words[max(0, index - 12) : index]):
                continue  # a series ("a government that matches …, that embodies"), a cleft ("it is X, not Y, that")
            if words[index + 1].low in ("means", "meant") or words[0].low in _OPENING_SUBORDINATORS:
                continue  # "If you see a spot in the egg, that means …": the demonstrative after a clause
            if words[0].low == "it" and words[1].low in ("is", "was", "'s", "’s") and words[0].joined:
                continue  # "It was game seven, tenth of the season, that made his name": a cleft
            which = match_case("which", that.text)
            yield self.replace_word(
                that,
                which,
                f"A clause set off by commas takes '{which}' (after '{noun.text},'), not '{that.text}'.",
                FixSafety.UNSAFE,
            )


def _determined_noun(words: list[Word], index: int) -> bool:
    """A noun at ``index`` with a determiner before it, past up to two adjectives ("The new bridge")."""
    if "NOUN" not in w.tags(words[index].low) or w.only_finite(words[index].low):
        return False
    for back in range(index - 1, max(index - 4, -1), -1):
        if not words[back].joined:
            return False
        low = words[back].low
        if low in w.DETERMINERS:
            return True
        if "ADJ" not in w.tags(low) and "NOUN" not in w.tags(low):
            return False
    return False


def _relative_verb(doc: Document, words: list[Word], index: int) -> bool:
    """After 'that': 'be' or 'have' and a participle ("was founded", "has grown"), or a finite verb
    that is not 'be' ("opened", "employs"); 'that was clear' (a predicate) is the demonstrative."""
    if not words[index - 1].joined:
        return False
    verb = words[index].low
    if verb in _BE_HAVE:
        participle = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
        return "VBN" in w.verb_tags(participle) and "ADJ" not in w.tags(participle)
    return bool(w.verb_tags(verb) & {"VBD", "VBZ"}) and sentence_tags(doc, words)[index] in ("VBD", "VBZ")


_MYSELF = frozenset(("myself",))
_REFLEXIVE_SUBJECTS = {
    "myself": "I",
    "yourself": "you",
    "himself": "he",
    "herself": "she",
    "ourselves": "we",
    "yourselves": "you",
    "themselves": "they",
}
"""Reflexives and the subject pronoun each stands for when it opens a sentence ('Yourself and a guest are')."""
_REFLEXIVE_TRIGGERS = frozenset(_REFLEXIVE_SUBJECTS)
_NOUN_PHRASE_TAGS = frozenset("NN NNS NNP NNPS DT PRP$ JJ POS".split())


class ReflexiveSubject(GrammarRule):
    id = "grammar.reflexive-subject"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Myself' as part of a subject: 'Myself and Tom went', 'My wife and myself will attend' ('I'); 'Yourself and'."
    )
    why = (
        "'Myself' reflects a subject that is already there ('I hurt myself') or stresses it ('I did it "
        "myself'); it cannot be the subject: 'Tom and I went', 'my wife and I will attend'. Reported "
        "when 'Myself and' opens a sentence ('Yourself and', 'Himself and' … before a verb), or when a "
        "short noun phrase and 'and myself' open it and a verb follows at once. 'Between you and myself' "
        "and other objects are left alone."
    )
    bad = (
        "Myself and Tom went to the shop.",
        "My wife and myself will attend the dinner.",
        "Sarah and myself were late, and John and myself agree.",
        "Yourself and a guest are invited. Himself and his brother run the farm.",
        "She and myself wrote the report.",
        "Myself will go to the bank tomorrow morning.",
    )
    good = (
        "Tom and I went to the shop; I did it myself.",
        "He invited my wife and myself to dinner.",
        "Myself, I prefer tea. Sarah and myself: the two of us.",
        "Himself, he never said. Themselves and others: the survey asked about both. He and Tom and himself.",
        "Myself, I prefer tea. Myself included, nine people came.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _REFLEXIVE_TRIGGERS):
            myself = words[index]
            if index + 1 >= len(words) or not myself.joined:
                continue
            if index == 0:
                # "Myself will go to the bank": alone before its verb (not "Myself, I …", "Myself included")
                alone = myself.low == "myself" and _finite_straight_after(words[1].low)
                if not alone and (words[1].low != "and" or not words[1].joined):
                    continue
                if not alone and myself.low != "myself" and not _verb_follows(doc, words):
                    continue  # "Themselves and others: the survey asked about both"
            elif myself.low != "myself" or not self._closes_subject(doc, words, index):
                continue
            if in_quotes(doc, myself.start):
                continue
            subject = _REFLEXIVE_SUBJECTS[myself.low]
            fixed = subject if subject == "I" or index else match_case(subject, myself.text)
            yield self.replace_word(
                myself,
                fixed,
                f"'{myself.text}' cannot be a subject: '{fixed}' ('Tom and {subject} went').",
                FixSafety.UNSAFE,
            )

    @staticmethod
    def _closes_subject(doc: Document, words: list[Word], index: int) -> bool:
        """'My wife and myself will': a short noun phrase and 'and myself' open the sentence, and a
        finite verb follows at once."""
        if index < 2 or index > 4 or words[index - 1].low != "and":
            return False
        if not all(word.joined for word in words[: index + 1]):
            return False
        tags = sentence_tags(doc, words)
        pronoun = index == 2 and tags[0] == "PRP" and words[0].low in w.SUBJECT_PRONOUNS  # "He and myself went"
        if not pronoun and not all(tag in _NOUN_PHRASE_TAGS for tag in tags[: index - 1]):
            return False
        return tags[index + 1] in _FINITE_TAGS


def _verb_follows(doc: Document, words: list[Word]) -> bool:
    """A finite verb within five words after 'Yourself and', with no punctuation before it."""
    tags = sentence_tags(doc, words)
    for at in range(2, min(7, len(words))):
        if not words[at - 1].joined:
            return False
        if tags[at] in _FINITE_TAGS:
            return True
    return False


_REACHING = frozenset(
    """contact contacting email emailing e-mail call calling phone phoning ring inform informing cc copy
    message text ask tell thank invite join""".split()
)
"""Verbs of reaching someone, after which 'myself' with no 'I' in the sentence is the hypercorrect 'me'."""


class ReflexiveObject(GrammarRule):
    id = "grammar.reflexive-object"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Myself' for 'me' after a verb of reaching someone: 'Please contact myself for details'."
    why = (
        "'Myself' needs an 'I' in its clause to reflect ('I blame myself'); as a plain object it is "
        "the hypercorrect form of 'me': 'Please contact me for details', 'feel free to email me'. "
        "Reported after 'contact', 'email', 'call', 'inform', 'ask', 'tell', 'thank' and the like when "
        "no 'I' comes before it in the sentence, and anywhere in a request ('Please …', 'Send …') with "
        "no 'I', 'me' or 'my' before it: a request's subject is 'you'."
    )
    bad = (
        "Please contact myself for details.",
        "Feel free to email myself or my colleague.",
        "The committee will inform myself of the result.",
        "Please send the forms to myself or the secretary.",
        "Please forward any questions to myself. Return the signed copy to myself by Friday.",
        "Could you send the slides to myself before noon?",
        "For questions about the tour, contact Mr. Alvarez or myself at the library.",
        "Completed forms can be returned to the coach or myself before Friday.",
    )
    good = (
        "Please contact me for details.",
        "I will contact myself later, as a test; I told myself to wait.",
        "He invited my wife and myself to dinner.",
        "Writing a letter to myself helped. Talking to myself and the cat helps.",
        "Between you and me, for myself and others. As for myself and my family, we stay.",
        "Send it to me or to myself, whichever; keep my notes to myself and my diary.",
        "Please allow me to introduce myself. Let me see for myself. Please, I can do it myself.",
        "Could you see yourself there? Would you let me do it myself?",
        "Please welcome our guest, a teacher like myself. Please help people such as myself to vote.",
        "Forward questions to me myself. Talking to myself helps. Please stop; he hurt himself.",
        "As for my wife and myself, we stay home; between Jane and myself, it is fine; I sent it to Jane and myself.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _MYSELF):
            if index == 0 or not words[index - 1].joined:
                continue
            reaching = words[index - 1].low in _REACHING or _pair_after_preposition(words, index)
            reaching = reaching or _second_of_pair(words, index)
            if not reaching and not _imperative(doc, words, index):
                continue
            if any(word.low in ("i", "i'm", "i've", "i'll", "i'd") for word in words[:index]):
                continue  # "I will contact myself": 'myself' reflects the subject
            myself = words[index]
            if in_quotes(doc, myself.start):
                continue
            yield self.replace_word(
                myself,
                match_case("me", myself.text),
                f"'{myself.text}' has no 'I' to reflect here: write 'me' ('contact me').",
                FixSafety.UNSAFE,
            )


_PAIR_PREPOSITIONS = frozenset("to for from with by".split())
_ASKING_MODALS = frozenset(("could", "would", "can", "will"))
_LIKENESS = frozenset(("like", "as", "than"))
"""Words of comparison before a request's 'myself' ('people like myself', 'such as myself'): usage
guides accept the reflexive there, so the request check leaves it alone."""
_FIRST_PERSON = frozenset("i i'm i've i'll i'd i’m i’ve i’ll i’d me my mine".split())


def _imperative(doc: Document, words: list[Word], index: int) -> bool:
    """'Please forward any questions to myself', 'Send the invoices to myself': in a request the
    subject is 'you', so a 'myself' with no 'I', 'me' or 'my' before it reflects nothing."""
    if index < 2 or any(word.low in _FIRST_PERSON for word in words[:index]):
        return False
    if words[index - 1].low in _LIKENESS and words[index - 1].joined:
        return False  # "a teacher like myself", "people such as myself": the accepted comparison
    first = words[0]
    if first.low == "please" or (first.low in _ASKING_MODALS and words[1].low == "you" and words[0].joined):
        return True  # "Please send …", "Could you send the slides to myself?"
    return first.text != first.low and "VB" in w.verb_tags(first.low) and sentence_tags(doc, words)[0] == "VB"


def _pair_after_preposition(words: list[Word], index: int) -> bool:
    """'send it to myself or the secretary', 'from myself and the team': 'myself' after a
    preposition, opening a pair (alone it may reflect an 'I' left out: "writing a letter to myself"),
    in a sentence that opens with no '-ing' word ("Talking to myself and the cat")."""
    if words[index - 1].low not in _PAIR_PREPOSITIONS or index + 1 >= len(words) or not words[index].joined:
        return False
    if words[index + 1].low not in ("and", "or") or words[0].low.endswith("ing"):
        return False
    if index > 1 and words[index - 2].low == "as":
        return False  # "as for myself and my family": the idiom
    return not any(word.low in ("me", "my", "mine") for word in words[:index])


_PAIR_REACHING = _REACHING - {"invite"} | frozenset("reach reaching contacted emailed called".split())


def _second_of_pair(words: list[Word], index: int) -> bool:
    """'myself' second in a pair after a verb of reaching someone or a preposition ("contact Ms. Greene
    or myself", "give it to my colleague or myself", "can be sent to Janet or myself"): the object's
    'me'. The pair's first part is a name (a title before it or not) or a phrase opened by 'my', 'the'
    or 'a'; 'invite' is left out ("He invited my wife and myself to dinner" is widely accepted)."""
    conjunction = index - 1
    if conjunction < 2 or words[conjunction].low not in ("or", "and") or not words[conjunction - 1].joined:
        return False
    for start in range(conjunction - 1, max(conjunction - 5, -1), -1):
        word = words[start]
        before = words[start - 1] if start > 0 else None
        if before is None or not (before.joined or before.low in _TITLES):
            return False  # (the full stop of "Ms. Greene" parts the title from the name)
        low = word.low
        opener = word.capitalised or low in w.POSSESSIVES or low in w.ARTICLES
        if opener and (before.low in _PAIR_REACHING or before.low in _PAIR_PREPOSITIONS):
            if start > 1 and words[start - 2].low == "as":
                return False  # "as for my wife and myself": the idiom
            return not words[0].low.endswith("ing")  # not "Talking to Jane and myself"
        if not (word.capitalised or low in _TITLES or "NOUN" in w.tags(low) or low in w.POSSESSIVES):
            return False
    return False


_THEM = frozenset(("them",))
_KINDS = frozenset(("kind", "sort", "type", "kinds", "sorts", "types"))
_THEM_PREPOSITIONS = frozenset("of in on at about from like".split())
"""Prepositions before 'them' + a plural noun ("in them days", "tired of them kids"); not 'with'
("brought with them supplies": an object put after a short one) nor 'for', 'to' (ditransitive)."""
_THEM_VERBS = frozenset("like likes liked love loves loved hate hates hated".split())
"""Verbs with one object only, so 'them' + a plural noun after them is one phrase ("like them shoes")."""
_QUANTITY_OF = (
    frozenset("each all both some many most none any one few several either neither half much".split()) | w.CARDINALS
)
"""'Gave each of them books': 'them' is the indirect object and the noun the direct one."""
_FIRST_OBJECTS = frozenset(("me", "us", "him"))
_PLURAL_ENDS = frozenset("that which who you i we they he she".split())


class ThemDemonstrative(GrammarRule):
    id = "grammar.them-demonstrative"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Them' as a determiner: 'them days', 'them kind of people', 'I like them shoes' ('those')."
    why = (
        "'Them' is a pronoun; before a noun the determiner is 'those': 'those days are gone', 'those "
        "kinds of people', 'I like those shoes'. Reported: 'Them' opening a sentence before a plural noun "
        "or a number and a verb; 'them kind/sort/type of' before a noun; 'all them' before a plural noun; and "
        "'them' + a plural noun that ends the clause after 'of', 'in', 'on', 'at', 'about', 'from' or 'like' "
        "and after 'like', 'love', 'hate'. Not 'gave them books', 'each of them gifts' (two objects) nor "
        "'made them kind of nervous' (a hedge)."
    )
    bad = (
        "Them days are long gone.",
        "Them two have been friends since school.",
        "I can't stand them kind of people.",
        "I don't like them shoes you bought.",
        "We sold all them tickets in a week. Back in them days, bread was cheap.",
        "She was tired of them kids. Nobody cared about them rules that year.",
        "Pass me them scissors. Them cakes look delicious.",
        "Don't throw out them old jars, because they are perfect for spices. Put away them toys.",
    )
    good = (
        "Those days are long gone. Them's the rules.",
        "I gave them books for Christmas; she gave each of them gifts.",
        "It made them kind of nervous, and gave them kind of a shock.",
        "They brought with them supplies for a week. We found in them traces of lead, and in them proteins that …",
        "How do you like them apples?",
        "I like them, shoes and all. Them, the owners, were never seen.",
        "Some of them teachers, some of them parents: both of them players agreed.",
        "We thought of them days after the funeral and heard from them weeks before the trial.",
        "Pick them up; we sent out them all; she gave up them both; the hike wore them out.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _THEM):
            them = words[index]
            if index + 1 >= len(words) or not them.joined or in_quotes(doc, them.start):
                continue
            if self._demonstrative(doc, words, index):
                yield self.replace_word(
                    them,
                    match_case("those", them.text),
                    f"'{them.text}' cannot stand before a noun: write '{match_case('those', them.text)}'.",
                    FixSafety.UNSAFE,
                )

    @staticmethod
    def _demonstrative(doc: Document, words: list[Word], index: int) -> bool:
        following = words[index + 1]
        if following.text != following.low:
            return False
        if following.low in _KINDS:  # "them kind of people", not "them kind of nervous"
            if index + 3 >= len(words) or words[index + 2].low != "of" or not _joined(words, index + 1, index + 3):
                return False
            noun = words[index + 3].low
            return w.is_plural_noun(noun) or noun in w.PLURAL_PERSONS
        plural = w.is_plural_noun(following.low) or following.low in w.PLURAL_PERSONS
        if index == 0:  # "Them days are gone", "Them two have been friends"
            if not (plural or following.low in w.CARDINALS) or index + 2 >= len(words) or not following.joined:
                return False
            return w.may_be_finite(words[index + 2].low) and sentence_tags(doc, words)[index + 2][:2] in ("VB", "MD")
        before = words[index - 1]
        if before.low in _PARTICLES and before.joined and _after_particle(words, index):
            return True  # "throw out them old jars": a phrasal verb's object stands after its particle
        if not plural or not before.joined:
            return False
        if before.low == "all" or before.low in _FIRST_OBJECTS:
            return True  # "sold all them tickets"; "pass me them scissors": a verb has no third object
        if before.low not in _THEM_PREPOSITIONS and before.low not in _THEM_VERBS:
            return False
        if before.low == "of" and index > 1 and words[index - 2].low in _QUANTITY_OF:
            return False  # "gave each of them books"
        tags = sentence_tags(doc, words)
        verb = before.low in _THEM_VERBS and tags[index - 1].startswith("VB")
        if tags[index + 1] != "NNS" and not (verb and tags[index + 1] == "VBZ"):
            return False  # a verb 'like' has no subject after it: its 'them shoes' is one phrase
        if verb and following.low == "apples":
            return False  # "How do you like them apples?": the idiom
        if index + 2 == len(words) or not following.joined:
            return True  # "in them days."
        after = words[index + 2].low
        if verb and after in _PLURAL_ENDS:
            return True  # "like them shoes you bought"; not "found in them proteins that …" (an object put late)
        if following.low in _TIME_SPANS and after in _SPAN_AFTER and before.low not in ("in", "on", "at"):
            return False  # "we thought of them days after the funeral": a span of time, not 'those days'
        return (after in w.PREPOSITIONS and after != "of") or tags[index + 2].startswith("VB")


_PARTICLES = frozenset("out away up down off".split())


def _modifier_only(low: str) -> bool:
    """An adjective that is no plural and no verb ('old', 'empty'), before the noun after 'them'."""
    return (
        "ADJ" in w.tags(low) and "VERB" not in w.tags(low) and not w.is_plural_noun(low) and low not in ("all", "both")
    )


def _after_particle(words: list[Word], index: int) -> bool:
    """'them' at ``index`` after a verb and its particle, before up to two adjectives and a plural noun
    that ends the phrase ("throw out them old jars, because", "put away them toys."): a pronoun
    object would come before the particle ('throw them out')."""
    if index < 2 or "VERB" not in w.tags(words[index - 2].low) or not words[index - 2].joined:
        return False
    at = index + 1
    while at < len(words) and at - index <= 2 and words[at - 1].joined and _modifier_only(words[at].low):
        at += 1
    if at >= len(words) or not words[at - 1].joined or words[at].text != words[at].low:
        return False
    if not (w.is_plural_noun(words[at].low) or words[at].low in w.PLURAL_PERSONS):
        return False
    return at + 1 == len(words) or not words[at].joined or words[at + 1].low in w.PREPOSITIONS | {"and", "because"}


_TIME_SPANS = frozenset("seconds minutes hours days weeks months years decades centuries".split())
_SPAN_AFTER = frozenset("after before since".split())
"""'Of them days after': a span measuring when, after a verb's object 'them'; 'in them days before the
war' is still the demonstrative."""


def _joined(words: list[Word], start: int, end: int) -> bool:
    return all(word.joined for word in words[start:end])


_WHO_PREPOSITIONS = frozenset("to with for from by at against without behind among beside upon".split())
"""Prepositions that take 'whom' in a relative clause ("the man to whom I spoke"); not 'of', 'about',
'on', 'over', which open indirect questions after a noun ("the question of who they choose")."""
_QUESTION_AUXILIARIES = frozenset(
    "do does did should can could will would must shall might may is are was were have has had".split()
)


class PrepositionWho(GrammarRule):
    id = "grammar.preposition-who"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Who' right after a preposition that governs it: 'the man to who I spoke', 'To who should I write?'."
    why = (
        "A preposition's object takes the object form, and a preposition put before the pronoun is the "
        "formal style that keeps it: 'the man to whom I spoke', 'To whom should I address it?' (or, less "
        "formally, 'the man I spoke to', 'Who should I address it to?'). Reported: a noun, a preposition "
        "such as 'to', 'with', 'for', 'from' and 'who' before the relative clause's own subject; and a "
        "question opening with a preposition, 'who', an auxiliary and a subject. Not 'it depends on who "
        "you ask' nor 'the question of who they choose', where the whole clause is the object."
    )
    bad = (
        "The man to who I spoke has left.",
        "She thanked the friends with who she had travelled, and the aunt to who they wrote.",
        "To who should I address the letter? For who are these flowers?",
        "The donor from who the money came wants no publicity.",
        "The officer to who the complaint was directed has been placed on leave.",
    )
    good = (
        "The man to whom I spoke has left; the man I spoke to has left.",
        "It depends on who you ask. The question of who they choose is open.",
        "The search for who did it goes on. To who knows where. It was a vote for who they trusted.",
        "It is the key to who we are, a clue to who the killer was, a clue to who the killer was known to be.",
        "To Who Is This Addressed is the title. We voted for who we liked best.",
        "Who should I address it to? Talk to who is in charge.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHO):
            who = words[index]
            if index == 0 or index + 2 >= len(words) or who.text != "who" or in_quotes(doc, who.start):
                continue
            preposition = words[index - 1]
            if preposition.low not in _WHO_PREPOSITIONS or not preposition.joined or not who.joined:
                continue
            if not (self._question(words, index) or self._relative(doc, words, index)):
                continue
            yield self.replace_word(
                who,
                "whom",
                f"After '{preposition.text}', the pronoun is the object form: '{preposition.text} whom' "
                f"(or end with the preposition: 'who … {preposition.low}').",
                FixSafety.UNSAFE,
            )

    @staticmethod
    def _question(words: list[Word], index: int) -> bool:
        """'To who should I …?': the preposition opens the sentence, an auxiliary and its subject follow."""
        if index != 1 or words[index + 1].low not in _QUESTION_AUXILIARIES or not words[index + 1].joined:
            return False
        subject = words[index + 2].low
        return subject in w.SUBJECT_PRONOUNS or subject in w.DETERMINERS or subject in ("this", "that")

    @staticmethod
    def _relative(doc: Document, words: list[Word], index: int) -> bool:
        """'the man to who I spoke': a noun before the preposition, a subject after 'who'."""
        if index < 2 or not words[index - 2].joined:
            return False
        subject = words[index + 1].low
        if subject not in w.SUBJECT_PRONOUNS - {"you"} and subject not in w.DETERMINERS:
            return False  # "talk to who is in charge"; "for who you like" may be a free relative
        if words[index - 1].low == "for" or "NOUN" not in w.tags(words[index - 2].low):
            return False  # "a vote for who they trusted": 'for' takes a free relative as often as a person
        verb = index + 2
        if subject in w.DETERMINERS and verb + 1 < len(words) and words[verb].joined:
            verb += 1  # "the donor from who the money came"
        passive = (
            verb + 1 < len(words)
            and words[verb].joined
            and "VBN" in w.verb_tags(words[verb + 1].low)
            and words[index - 2].low in w.PERSON_NOUNS  # "the officer to who the letter was sent"
        )
        if (words[verb].low in w.BE_FORMS and not passive) or words[verb].low in ("become", "became", "becomes"):
            return False  # "the key to who we are": an indirect question (not "to who the letter was sent")
        return sentence_tags(doc, words)[index - 2] in ("NN", "NNS", "NNP", "NNPS")


_CLEFT_WRONG = {
    "me": frozenset(("are", "were")),
    "i": frozenset(("are", "were", "is")),
    "him": frozenset(("are", "were", "have")),
    "he": frozenset(("are", "were", "have")),
    "her": frozenset(("are", "were", "have")),
    "she": frozenset(("are", "were", "have")),
    "us": frozenset(("is", "was", "has")),
    "we": frozenset(("is", "was", "has")),
    "them": frozenset(("is", "was", "has")),
    "they": frozenset(("is", "was", "has")),
    "you": frozenset(("is", "was", "has", "am")),
}
"""Forms of 'be' and 'have' that cannot agree with the pronoun a cleft puts before 'who'."""
_CLEFT_SINGULAR = frozenset("me i him he her she".split())
_PAST_PLURAL = {"was": "were", "is": "are", "has": "have", "am": "are"}
_PAST_SINGULAR = {"were": "was", "are": "is", "have": "has"}
_IT_BE = frozenset(("is", "was"))
_IT_IS = w.both_apostrophes("it's")


class CleftAgreement(GrammarRule):
    id = "grammar.cleft-agreement"
    category = "grammar"
    severity = Severity.WARNING
    summary = "The verb after 'It is … who' not agreeing with the pronoun: 'It is them who is to blame' ('are')."
    why = (
        "In a cleft sentence ('It is they who …', 'It was me who …') the verb after 'who' agrees with the "
        "pronoun that 'who' stands for: 'It is them who are to blame', 'It was you who were right', 'It's "
        "me who is responsible' (formal 'It is I who am'). Reported only right after 'it is', 'it was' or "
        "'it's' and a personal pronoun."
    )
    bad = (
        "It is them who is to blame.",
        "It's me who are responsible for the delay.",
        "It was you who was right all along, and it was us who has paid.",
        "It was her who were chosen.",
    )
    good = (
        "It is them who are to blame. It's me who is responsible. It is I who am sorry.",
        "It was you who were right; it was she who was chosen; it was us who paid.",
        "Is it them who is calling? Who is it? It is he who has the key, and them who have the rest.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _WHO):
            if index < 2 or index + 1 >= len(words) or not all(word.joined for word in words[index - 2 : index + 1]):
                continue
            pronoun, verb = words[index - 1], words[index + 1]
            wrong = _CLEFT_WRONG.get(pronoun.low)
            if wrong is None or verb.low not in wrong or verb.text != verb.low:
                continue
            opener = words[index - 2].low
            if opener in _IT_IS:
                start = index - 2
            elif opener in _IT_BE and index >= 3 and words[index - 3].low == "it" and words[index - 3].joined:
                start = index - 3
            else:
                continue
            if start > 0 and words[start - 1].low in w.BE_FORMS:
                continue
            if in_quotes(doc, verb.start):
                continue
            fixed = _cleft_verb(pronoun.low, verb.low)
            yield self.replace_word(
                verb,
                fixed,
                f"After '{pronoun.text} who', the verb agrees with '{pronoun.text}': '{fixed}', not '{verb.text}'.",
                FixSafety.UNSAFE,
            )


def _cleft_verb(pronoun: str, verb: str) -> str:
    """The form of ``verb`` that agrees with ``pronoun``: 'is' → 'are' after 'them', 'were' → 'was' after 'her'."""
    if pronoun == "i" and verb in ("is", "are"):
        return "am"
    if pronoun in _CLEFT_SINGULAR:
        return _PAST_SINGULAR.get(verb, verb)
    return _PAST_PLURAL.get(verb, verb)


_KIND_WORDS = frozenset(("kind", "sort", "type"))
_SINGULAR_DEMONSTRATIVES = frozenset(("this", "that"))
_PLURAL_VERBS = w.both_apostrophes("are were have do aren't weren't haven't don't")


class KindOfPlural(GrammarRule):
    id = "grammar.kind-of-plural"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'This kind of' + a plural noun + a plural verb: 'This kind of cars are expensive'."
    why = (
        "'Kind', 'sort' and 'type' are singular, and so is the phrase they head: 'this kind of car is', "
        "or, for many, 'these kinds of cars are'. A plural noun and a plural verb after 'this kind of' "
        "show the writer meant the plural. Reported only when a plural verb ('are', 'were', 'have', 'do' "
        "or a plural present) follows the noun, so 'that kind of jeans' and 'this sort of news is' stay quiet."
    )
    bad = (
        "This kind of cars are expensive to insure.",
        "That sort of mistakes often happen in a rush.",
        "This type of loans have high interest rates.",
    )
    good = (
        "This kind of car is expensive to insure. These kinds of cars are expensive.",
        "That sort of mistake often happens in a rush. This type of jeans is popular.",
        "This kind of news is rare. I like this kind of books, they are cheap. What type of cars are these?",
    )
    fix = "none"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _KIND_WORDS):
            if index == 0 or index + 3 >= len(words) or words[index - 1].low not in _SINGULAR_DEMONSTRATIVES:
                continue
            if words[index + 1].low != "of" or not all(word.joined for word in words[index - 1 : index + 3]):
                continue
            noun = words[index + 2]
            if not (w.is_plural_noun(noun.low) or noun.low in w.PLURAL_PERSONS) or noun.text != noun.low:
                continue
            verb_at = index + 3
            if verb_at + 1 < len(words) and _adverb(words[verb_at].low):
                verb_at += 1  # "that sort of mistakes often happen"
            if not words[verb_at - 1].joined or not self._plural_verb(doc, words, verb_at):
                continue
            if in_quotes(doc, noun.start):
                continue
            kind = words[index]
            yield self.finding(
                words[index - 1].start,
                noun.end,
                f"'{words[index - 1].text} {kind.text} of' is singular: '{words[index - 1].low} {kind.low} of "
                f"{_singular(noun.low)} …' or 'these {kind.low}s of {noun.low} …'.",
            )

    @staticmethod
    def _plural_verb(doc: Document, words: list[Word], at: int) -> bool:
        low = words[at].low
        if low in _PLURAL_VERBS:
            return True
        return (
            "VBP" in w.verb_tags(low)
            and "VBZ" not in w.verb_tags(low)
            and sentence_tags(doc, words)[at] in ("VBP", "VB")
        )


def _singular(plural: str) -> str:
    """'cars' → 'car', 'people' → 'person': the noun's singular, for the message."""
    if plural == "people":
        return "person"
    lemmas = w.parts_of_speech(plural).get("NOUN", ())
    return lemmas[0] if lemmas else plural


RULES = [
    PronounCase,
    PluralDemonstrativeAgreement,
    WantThatClause,
    WhichForPerson,
    WhoForThing,
    WhatRelative,
    NonrestrictiveThat,
    ReflexiveSubject,
    ReflexiveObject,
    ThemDemonstrative,
    PrepositionWho,
    CleftAgreement,
    KindOfPlural,
]


_NOT_AFTER_I = frozenset("is has does isn't hasn't doesn't isn’t hasn’t doesn’t".split())


def _never_after_i(low: str) -> bool:
    """A verb form 'I' never takes: 'is', 'has', 'does', or a third-person form in -s that is nothing
    else ('lives', not 'needs' or 'works', which are nouns too)."""
    return low in _NOT_AFTER_I or (w.verb_tags(low) == {"VBZ"} and w.tags(low) == {"VERB"})
