"""A direct question in statement order: "Where you are going?" (where are you going), "Why he is
late?" (why is he), "What you want?" (what do you want), "How much it costs?" (how much does it cost);
and 'not' out of place: "Can not you see?", "Let's don't tell", "Why not to ask?".

A question that opens with a question word puts its auxiliary before the subject, or takes 'do'. The
rule looks only at a sentence that opens with the question word, goes straight on with a subject
pronoun and a verb, and ends with a question mark, with no comma and no second verb in it: "What
you need is rest?" (a clause as the subject), "When you are ready, call me?" and "Who you are
matters?" are left alone, and so are questions inside sentences (grammar.embedded-question-order).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity

from . import _words as w
from ._base import GrammarRule
from ._tagger import COMMON_NOUN_TAGS, sentence_tags
from ._tokens import ends_in_question_mark, in_quotes, match_case, occurrences, places, positions

if TYPE_CHECKING:
    from lint._document import Document

    from ._tokens import Word

_OPENERS = w.QUESTION_WORDS - {"who"}
_HOW_WORDS = frozenset("much many long often far old".split())
_PRONOUNS = w.SUBJECT_PRONOUNS
_INVERTED = w.MODALS | w.NEGATED_AUXILIARIES | frozenset("am is are was were have has had".split())
_THIRD = frozenset(("he", "she", "it"))
_COUNTED = frozenset(("many", "much"))
_HAVE = frozenset(("have", "has", "had"))


class QuestionOrder(GrammarRule):
    id = "grammar.question-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A direct question in statement order: 'Where you are going?', 'What you want?'."
    why = (
        "A question that opens with 'where', 'why', 'what', 'when' or 'how' puts its auxiliary before "
        "the subject ('Where are you going?', 'Why is he late?') or takes 'do' ('What do you want?', "
        "'How much does it cost?'). Checked only in a short question that opens with the question word, "
        "a subject pronoun (or a determiner and a noun) and its verb, with no comma and no second verb "
        "(after 'what', 'which' or 'how many' and the noun asked about, or 'what kind of' and a noun: "
        "'What time the bank opens?', 'What kind of car your brother drives?'): "
        "'What you need is rest?' and "
        "'When you are ready, call me?' are left alone."
    )
    bad = (
        "Where you are going?",
        "Why he is always late?",
        "What you want from me?",
        "How much it costs?",
        "When they will arrive?",
        "Why you didn't call me?",
        "Why the shops are closed today?",
        "How many people there were at the rally?",
        "Where the main station is?",
        "How long you have been living in Bristol?",
        "What means this symbol?",
        "How much costs a return ticket?",
        "What does mean this road sign?",
        "What said the old man?",
        "What time you usually have breakfast?",
        "Which platform we need?",
        "Why the bank closed its branch?",
        "How the machine works?",
        "What kind of car your brother drives? What time the bank opens?",
        "How many seats the hall holds?",
        "Where I can buy tickets for the show?",
    )
    good = (
        "Where are you going? Why is he always late? What do you want from me?",
        "What you need is rest? When you are ready, call me? Who you are matters.",
        "Where you go, I go. How you do it is up to you.",
        "Do you know where you are going? She asked why he was late.",
        '"Where you are going?" is not English, the teacher said.',
        "How you doing?",
        "Why didn't you call me? Why you didn't call me is a mystery? Why you, of all people, didn't call?",
        "Why are the shops closed? What the hell is going on? What the report says is true?",
        "Why the shops are closed. Where the station is, the market is. How many there were, nobody knows.",
        "How much should I be looking at? How many times have we told you?",
        "What the company needs is a new chief? What this country needs is leadership?",
        "Why you have been chosen is a mystery? How long you are staying depends on the visa?",
        "What does this symbol mean? How much does a return ticket cost? What causes this disease?",
        "What means the most to you? What costs the club money? How much means a lot to them?",
        "What wants a home? What says a lot?",
        "What does it mean? What, says the old man, is the point? What says 'home' like a fire?",
        '"What means this symbol?" is not English.',
        "What time do you usually have breakfast? Which platform do we need? What time you leave is up to you.",
        "Which way you go matters? What the hell you want? What can we do? What will we do with it?",
        "Why did the bank close its branch? How the machine works is a secret?",
        "Why the long face? What the hell happened?",
        "Why the roadworks? Why the road works? Why the flight delays?",
        "What kind of car your brother drives is his business? What time the bank opens, I do not know.",
        "What you want costs money?",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _OPENERS):
            if index != 0 or not words[0].capitalised:
                continue
            subject_at = 1
            if words[0].low == "how" and len(words) > 1 and words[1].low in _HOW_WORDS:
                subject_at = 2
                counted = len(words) > 3 and words[2].low not in _INVERTED and "NOUN" in w.tags(words[2].low)
                if words[1].low in _COUNTED and counted and words[3].low in _PRONOUNS | {"there"}:
                    subject_at = 3  # "How many people there were?", "How much money you have?"
                elif words[1].low in _COUNTED and counted and words[3].low in _NOUN_DETERMINERS:
                    subject_at = 3  # "How many people the hall holds?": a determiner opens the subject
            elif words[0].low in _WH_DETERMINERS and len(words) > 3 and _asked_noun(words[1]):
                subject_at = _after_asked_phrase(words)  # "What time you get up?", "Which bus I should take?"
            finding = self._statement_order(doc, words, subject_at)
            if finding is None and words[0].low in _OBJECT_ASKERS and subject_at <= 2:
                finding = self._verb_before_subject(doc, words, subject_at)
            if finding is not None:
                yield finding

    def _verb_before_subject(self, doc: Document, words: list[Word], at: int) -> Finding | None:
        """'What means this word?', 'How much costs this jacket?', 'What does mean this sign?': the
        verb, or 'do' and the verb, before a short subject that ends the question. Only with verbs
        that ask for their object ('mean', 'cost', 'say' …): 'What causes this disease?' asks for a
        subject and is right."""
        if len(words) > _SHORT_QUESTION or at >= len(words) or not _whole_question(doc, words):
            return None  # "What?" alone: no verb after it
        if in_quotes(doc, words[0].start):
            return None
        do = words[at] if words[at].low in w.DO_FORMS else None
        verb_at = at + 1 if do is not None else at
        if verb_at + 2 >= len(words) + 1 or verb_at >= len(words) - 1:
            return None
        verb = words[verb_at]
        lemma = _OBJECT_VERBS.get(verb.low)
        if lemma is None or (do is not None and verb.low != lemma):
            return None
        what = at == 1 and words[0].low == "what" and lemma not in _AMOUNT_VERBS
        how_much = at == 2 and words[0].low == "how" and words[1].low == "much" and lemma in _AMOUNT_VERBS
        if not (what or how_much):
            return None  # "What costs …", "How much means …": the verb and the question word do not go together
        subject = words[verb_at + 1 :]
        if subject[0].low not in _SUBJECT_OPENERS or len(subject) > 4 or subject[-1].low in _OATHS:
            return None
        if subject[0].low in ("a", "an") and lemma not in _INDEFINITE_SUBJECT_VERBS:
            return None  # "What wants a home?", "What says a lot?": an indefinite after 'want'/'say' is its object
        if "NOUN" not in w.tags(subject[-1].low) or subject[-1].capitalised:
            return None
        if not all(w.tags(word.low) & {"ADJ", "NOUN"} for word in subject[1:-1]):
            return None
        if do is None:
            third = verb.low != lemma
            do_text = "does" if third else "do"
            if verb.low in _PAST_OBJECT_VERBS:
                do_text = "did"
        else:
            do_text = do.low
        written = doc.text[subject[0].start : subject[-1].end]
        question = " ".join(word.text for word in words[:at])
        asked = f"{question} {do_text} {written} {lemma}"
        return self.finding(
            words[at].start,
            subject[-1].end,
            f"A question puts its subject before the verb: '{asked}?'.",
            suggestions=(f"{do_text} {written} {lemma}",),
            fix=FixSafety.UNSAFE,
        )

    def _statement_order(self, doc: Document, words: list[Word], subject_at: int) -> Finding | None:
        verb_at = subject_at + 1
        adverb = ""
        if verb_at + 1 < len(words) and words[verb_at].low in _HABIT_ADVERBS and words[subject_at].low in _PRONOUNS:
            adverb = words[verb_at].low + " "  # "What time you usually get up?"
            verb_at += 1
        if verb_at >= len(words):
            return None
        if words[subject_at].low not in _PRONOUNS:
            return self._noun_subject_order(doc, words, subject_at)
        if not _whole_question(doc, words):
            return None  # a comma or a dash inside: "When you are ready, call me?"
        subject, verb = words[subject_at], words[verb_at]
        if subject.low == "i" and subject.text != "I":
            return None
        rest = verb_at + 1
        if verb.low in _INVERTED and rest < len(words) and w.verb_tags(words[rest].low) & {"VBN", "VBG"}:
            rest += 1  # "How long you have been waiting?": the participle is the same verb's
        if _second_verb(doc, words, rest, verb):
            return None  # "What you need is rest?": a second verb, the wh-clause is a subject
        main_have = verb.low in _HAVE and not (
            verb_at + 1 < len(words) and "VBN" in w.verb_tags(words[verb_at + 1].low)
        )
        if verb.low in _INVERTED and not main_have:  # "How much money you have?" takes 'do'; "Why you have left?" not
            return None if adverb else self._inverted(words, subject, verb, _pronoun_text(subject))
        asked = _with_do(subject, verb, w.verb_tags(verb.low), adverb)
        if asked is None:
            return None
        message = f"A question takes '{asked.split()[0]}' before its subject: '{words[0].text} … {asked}'."
        return self.finding(subject.start, verb.end, message, suggestions=(asked,), fix=FixSafety.UNSAFE)

    def _noun_subject_order(self, doc: Document, words: list[Word], subject_at: int) -> Finding | None:
        """'Why the shops are closed?', 'Where the station is?', 'How many people there were?': a
        subject of a determiner and its noun (or 'there') before a form of 'be', a modal or 'have',
        in a short question with no comma and no second verb."""
        end = _noun_subject_end(words, subject_at)
        if end is None and len(words) <= _SHORT_QUESTION and _whole_question(doc, words):
            return self._noun_subject_do(doc, words, subject_at)
        if end is None or end >= len(words) or len(words) > _SHORT_QUESTION or not _whole_question(doc, words):
            return None
        verb = words[end]
        if verb.low not in _INVERTED or verb.low in w.NEGATED_AUXILIARIES:
            return None
        rest = end + 2 if end + 1 < len(words) and w.verb_tags(words[end + 1].low) & {"VBN", "VBG"} else end + 1
        if _second_verb(doc, words, rest, verb):
            return None  # "What the report says is true?": the clause is a subject ("are closed": one verb)
        if end - 1 > subject_at and sentence_tags(doc, words)[end - 1] not in COMMON_NOUN_TAGS:
            return None  # "What the company needs is …": the tagger reads a verb, not the subject's noun
        return self._inverted(words, words[subject_at], verb, doc.text[words[subject_at].start : words[end - 1].end])

    def _noun_subject_do(self, doc: Document, words: list[Word], subject_at: int) -> Finding | None:
        """'When the next train leaves?', 'How much this laptop costs?': a determiner, at most one
        adjective or noun and a noun, then a verb the tagger reads as finite and that is not 'be',
        'have' or a modal: the question takes 'do' before the subject."""
        if words[subject_at].low not in _NOUN_DETERMINERS or words[subject_at].capitalised:
            return None
        tags = list(sentence_tags(doc, words))
        for verb_at in (subject_at + 2, subject_at + 3):
            if verb_at < len(words) and _asked_noun_then_verb(words, tags, subject_at, verb_at):
                tags[verb_at] = "VBZ"  # "What time the museum closes?": no second noun can follow the subject
            if verb_at >= len(words) or tags[verb_at] not in _DO_TAGS:
                continue
            noun, verb = words[verb_at - 1], words[verb_at]
            if tags[verb_at - 1] not in COMMON_NOUN_TAGS or noun.low in _OATHS or noun.capitalised or verb.capitalised:
                return None
            if verb_at == subject_at + 3 and tags[subject_at + 1] not in ("JJ", "NN"):
                return None
            if verb.low in _INVERTED or verb.low in w.AUXILIARIES or _second_verb(doc, words, verb_at + 1, verb):
                return None
            if words[0].low == "why" and verb_at == len(words) - 1 and "NOUN" in w.tags(verb.low):
                return None  # "Why the road works?": 'why' and a noun phrase alone ask about a thing
            lemmas = w.verb_lemmas(verb.low)
            if (
                not lemmas
                or _DO_TAGS[tags[verb_at]] not in {"do", "does", "did"}
                or not w.verb_tags(verb.low) & {tags[verb_at]}
            ):
                return None
            do = _DO_TAGS[tags[verb_at]]
            written = doc.text[words[subject_at].start : noun.end]
            asked = f"{do} {written} {lemmas[0]}"
            return self.finding(
                words[subject_at].start,
                verb.end,
                f"A question takes '{do}' before its subject: '{words[0].text} … {asked}'.",
                suggestions=(asked,),
                fix=FixSafety.UNSAFE,
            )
        return None

    def _inverted(self, words: list[Word], subject: Word, verb: Word, written: str) -> Finding:
        """'… are the shops', '… is he': the auxiliary before the subject as ``written``."""
        message = f"A question puts '{verb.low}' before its subject: '{words[0].text} … {verb.low} {written}'."
        return self.finding(
            subject.start, verb.end, message, suggestions=(f"{verb.low} {written}",), fix=FixSafety.UNSAFE
        )


def _asked_noun(word: Word) -> bool:
    """A noun that 'what', 'which' or 'whose' may ask about ("What time", "Which bus"): not an
    auxiliary that is also a noun ("What can we do?", "What will we do?"), a name or an oath."""
    low = word.low
    if low in _INVERTED or low in w.AUXILIARIES or low in _OATHS or word.capitalised:
        return False
    return "NOUN" in w.tags(low)


def _asked_noun_then_verb(words: list[Word], tags: list[str], subject_at: int, verb_at: int) -> bool:
    """After a question word and the noun it asks about ("What time", "Which platform"), a singular
    noun and a word in -s the tagger reads as a plural noun ("the museum closes", "the train
    leaves"): the verb, since the question needs one and a noun-noun subject would leave it none."""
    return (
        subject_at >= 2
        and tags[verb_at] == "NNS"
        and tags[verb_at - 1] == "NN"
        and "VBZ" in w.verb_tags(words[verb_at].low)
        and (verb_at + 1 >= len(words) or words[verb_at + 1].low in w.PREPOSITIONS or tags[verb_at + 1] == "DT")
    )


def _after_asked_phrase(words: list[Word]) -> int:
    """Where the subject starts after 'what', 'which' or 'whose' and the noun it asks about: a subject
    pronoun or a determiner right after the noun ("What time you get up?", "What time the museum
    closes?"), or after 'kind of', 'sort of', 'type of', 'brand of' or 'make of' and a noun ("What kind of music
    you like?"); 1 (no subject found, the question word's own slot) otherwise."""
    at = 2
    if words[1].low in _KIND_NOUNS and len(words) > 5 and words[2].low == "of" and _asked_noun(words[3]):
        at = 4
    if not all(word.joined for word in words[:at]):
        return 1
    if words[at].low in _PRONOUNS:
        return at
    if words[at].low in _NOUN_DETERMINERS and not words[at].capitalised:
        if at == 2 and w.verb_tags(words[1].low) & {"VBZ", "VBD"}:
            return 1  # "What means this word?": the verb, not an asked noun, before the subject
        return at
    return 1


_KIND_NOUNS = frozenset("kind sort type brand make".split())
"""Nouns of 'what kind of' ('what sort of', 'what make of') before the noun asked about."""


def _whole_question(doc: Document, words: list[Word]) -> bool:
    """The sentence is one question: no comma, dash or other mark between its words, and a '?' at its end."""
    return all(word.joined for word in words[: len(words) - 1]) and ends_in_question_mark(doc, words[-1])


def _second_verb(doc: Document, words: list[Word], start: int, verb: Word) -> bool:
    """A verb that can only be finite from ``start`` on (the question word's clause is then a
    subject: "What you need is rest?"), or the question quoted as an example. A verb in -s that the
    tagger reads as a plural noun is the noun ("Where I can buy tickets?")."""
    if in_quotes(doc, verb.start):
        return True
    found = [at for at in range(start, len(words)) if w.plainly_finite(words[at].low)]
    if not found:
        return False
    tags = sentence_tags(doc, words)
    # right after the clause's verb an -s word is the main verb ("Which way you go matters?"); after
    # that verb's own verb, its object ("Where I can buy tickets?")
    return any(words[at].low in w.AUXILIARIES or at == start or not _plural_object(words, tags, at) for at in found)


def _plural_object(words: list[Word], tags: list[str], at: int) -> bool:
    """The word in -s at ``at`` is a plural noun that ends its phrase: the tagger reads one, and the
    question ends or a preposition follows ("buy tickets?", "buy tickets for the show?"; not "what you
    want costs money?", where an object follows the verb)."""
    if tags[at] != "NNS" or "NOUN" not in w.tags(words[at].low):
        return False  # ("depends on the visa": the tagger's plural, no noun)
    return at + 1 >= len(words) or not words[at].joined or words[at + 1].low in w.PREPOSITIONS


_SHORT_QUESTION = 10
_WH_DETERMINERS = frozenset(("what", "which", "whose"))
_HABIT_ADVERBS = frozenset("usually always often never sometimes normally ever really still just".split())
_OBJECT_ASKERS = frozenset(("what", "how"))
_OBJECT_VERBS = {
    form: lemma
    for lemma, forms in {
        "mean": ("mean", "means", "meant"),
        "cost": ("cost", "costs"),
        "weigh": ("weigh", "weighs", "weighed"),
        "say": ("say", "says", "said"),
        "think": ("think", "thinks", "thought"),
        "want": ("want", "wants", "wanted"),
    }.items()
    for form in forms
}
"""Verbs whose 'what' is their object, seldom their subject: "What means this word?" asks 'What does
this word mean?'. Not 'cause', 'make', 'matter', whose 'what' is the subject ("What causes it?")."""
_AMOUNT_VERBS = frozenset(("cost", "weigh"))
"""Verbs asked with 'how much' ("How much costs this jacket?"); the others with 'what'."""
_INDEFINITE_SUBJECT_VERBS = frozenset(("cost", "weigh", "mean"))
"""Verbs after which 'a'/'an' may open the asked-about subject ("How much costs a ticket?", "What means a
semicolon?"); after 'say', 'think', 'want' it opens their object ("What wants a home?")."""
_PAST_OBJECT_VERBS = frozenset("meant weighed said thought wanted".split())
_DO_TAGS = {"VBZ": "does", "VBD": "did", "VBP": "do"}
"""The 'do' a lexical verb's tag asks for in a question ("When the train leaves?": 'does')."""
_NOUN_DETERMINERS = frozenset("the this that these those my your his her its our their".split())
_SUBJECT_OPENERS = _NOUN_DETERMINERS | frozenset(("a", "an"))
_OATHS = frozenset("hell heck devil deuce fuck".split())


def _noun_subject_end(words: list[Word], at: int) -> int | None:
    """The index of the verb after a subject at ``at``: 'there', or a determiner, at most one
    adjective and a noun ('the shops', 'the main station'), when a form of 'be', a modal or 'have'
    follows; None otherwise ('what the hell is', 'how the West was')."""
    if words[at].low == "there":
        return None if words[at].capitalised else at + 1  # "There" within a sentence: a name or a title
    if words[at].low not in _NOUN_DETERMINERS:
        return None
    for verb_at in (at + 2, at + 3):
        if verb_at >= len(words) or words[verb_at].low not in _INVERTED:
            continue
        noun = words[verb_at - 1]
        if noun.low in _OATHS or noun.capitalised or "NOUN" not in w.tags(noun.low):
            return None
        if verb_at == at + 3 and not ("ADJ" in w.tags(words[at + 1].low) or "NOUN" in w.tags(words[at + 1].low)):
            return None
        return verb_at
    return None


_CONTRACTED = {low: negative for low, negative in w.NEGATIVE_CONTRACTIONS.items() if low != "had"}
_LETS = frozenset(("let's", "let’s"))
_WHY = frozenset(("why",))
_NEGATION_TRIGGERS = frozenset(_CONTRACTED) | _LETS | _WHY
_LETS_NEGATIONS = frozenset("don't don’t dont".split())


_PLAIN_NEGATIONS = frozenset(("not", "no"))
_PLAIN_SUBJECTS = frozenset("i you we they he she".split())
_COORDINATORS = frozenset("and but so because".split())
_NOT_AFTER = w.MODALS | frozenset("am is are was were be".split())
_FINITE_FORMS = frozenset(("VB", "VBP", "VBZ", "VBD"))
_FINITE_OR_MODAL = w.FINITE_OR_MODAL_TAGS
_NO_PHRASES = frozenset("doubt matter longer more less sooner way".split())
"""Words after 'no' that make an adverbial or a phrase ('he no doubt knows', 'no matter')."""


class NegationOrder(GrammarRule):
    id = "grammar.negation-order"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "'Not' in the wrong place: 'Can not you see?', 'Let's don't tell', 'Why not to ask?', 'have yet not "
        "seen', 'I no like', 'he not is'."
    )
    why = (
        "A negative question puts 'not' after the subject or joins it to the auxiliary: 'Can't you "
        "see?' or 'Can you not see?', never 'Can not you see?'. 'Let's' is negated with 'not': "
        "'let's not tell them' ('let's don't' is American speech). 'Why not' takes the bare verb: "
        "'Why not ask the manager?'. Checked only in a question that opens with the auxiliary or "
        "'why' (or a question word and the auxiliary) and ends with a question mark, so statements "
        "('it is not you', 'we could not, you know') and titles ('Why not to buy a house') are left "
        "alone. In a statement, 'not' goes before 'yet' after 'have': 'I have not yet decided', not "
        "'I have yet not decided' (reported before a past participle only; 'have yet to decide' is right). "
        "A subject pronoun that opens its clause, then 'not' or 'no' before a finite verb, is negated "
        "with 'do' ('I no like' → 'I don't like', 'she not likes' → 'she doesn't like'), or with 'not' after "
        "'be' or a modal ('he not is' → 'he is not'); the subjunctive ('that he not be late') and 'no "
        "doubt', 'no longer' are left alone."
    )
    bad = (
        "Can not you see that the plan is failing?",
        "Why do not they answer the phone?",
        "Let's don't tell the children.",
        "Why not to ask the manager for a refund?",
        "The committee has yet not published its findings.",
        "I no like coffee, and she not likes tea; he not is at home.",
    )
    good = (
        "Can't you see that the plan is failing? Can you not see it?",
        "It is not you; we could not you know; I do not, you do.",
        "Let's not tell the children; let's do it now.",
        "Why not ask the manager? She explained why not to ask. Why Not to Buy a House",
        '"Can not you see?" is wrong, the teacher said.',
        "The committee has not yet published its findings; we have yet to decide. It was cheap, yet not bad.",
        "He no doubt knows; we no longer meet; I'd rather you not go; it is vital that he not be late.",
        "We not only agree but insist; he not once complained.",
    )
    fixed = (
        "Can't you see that the plan is failing?",
        "Why don't they answer the phone?",
        "Let's not tell the children.",
        "Why not ask the manager for a refund?",
        "The committee has not yet published its findings.",
        "I no like coffee, and she not likes tea; he not is at home.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        lows = doc.lows
        last = len(lows) - 2
        candidates = [  # sifted on the flat list: the auxiliaries are frequent, 'not' and a pronoun after them rare
            position
            for position in positions(doc, _NEGATION_TRIGGERS)
            if position < last
            and (
                lows[position + 1] in _LETS_NEGATIONS
                or (lows[position + 1] == "not" and (lows[position] in _WHY or lows[position + 2] in _PRONOUNS))
            )
        ]
        candidates += [  # "I have yet not decided": 'not yet'
            position
            for position in positions(doc, _HAVE)
            if position < last - 1 and lows[position + 1] == "yet" and lows[position + 2] == "not"
        ]
        candidates.sort()
        for words, index in places(doc, candidates):
            low = words[index].low
            if index + 2 >= len(words) or not (words[index].joined and words[index + 1].joined):
                continue
            if in_quotes(doc, words[index].start):
                continue
            if low in _HAVE:
                finding = self._yet_not(words, index)
            elif low in _LETS:
                finding = self._lets(words, index)
            elif low in _WHY:
                finding = self._why_not_to(doc, words, index)
            else:
                finding = self._auxiliary_not(doc, words, index)
            if finding is not None:
                yield finding
        for words, index in occurrences(doc, _PLAIN_NEGATIONS):
            finding = self._subject_not_verb(doc, words, index)
            if finding is not None:
                yield finding

    def _subject_not_verb(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'I no like coffee', 'She not likes tea', 'He not is here': a subject pronoun that opens
        its clause, then 'not' or 'no' before a finite verb. A verb of its own takes 'do' ('I don't
        like', 'she doesn't like', 'he didn't go'); 'be', a modal or 'have' before a participle takes
        'not' after it ('he is not here'). Not the subjunctive ('that he not be late', 'I'd rather
        you not go': only a pronoun after a sentence break or a coordinator is read) nor 'no doubt'
        before the verb ('he no doubt knows')."""
        if index == 0 or index + 1 >= len(words) or not (words[index - 1].joined and words[index].joined):
            return None
        subject, negation, verb = words[index - 1], words[index], words[index + 1]
        if subject.low not in _PLAIN_SUBJECTS or (subject.low == "i" and subject.text != "I"):
            return None
        opener = index - 1 == 0 or not words[index - 2].joined or words[index - 2].low in _COORDINATORS
        if not opener or verb.text != verb.low or in_quotes(doc, negation.start):
            return None
        tags = sentence_tags(doc, words)
        following = tags[index + 2] if index + 2 < len(words) and verb.joined else ""
        if following in _FINITE_OR_MODAL:
            return None  # "he no doubt knows", "I no longer can": an adverbial before the verb
        low = verb.low
        if low in _NOT_AFTER or (low in _HAVE and following == "VBN"):
            if low == "be" or (negation.low == "no" and low not in w.MODALS):
                return None
            fixed = "cannot" if low == "can" else f"{low} not"
            return self.finding(
                negation.start,
                verb.end,
                f"'Not' follows '{verb.text}': '{subject.text} {fixed}', "
                f"not '{subject.text} {negation.text} {verb.text}'.",
                suggestions=(fixed,),
                fix=FixSafety.UNSAFE,
            )
        forms = w.verb_tags(low)
        if "VERB" not in w.tags(low) or low in _NO_PHRASES or low.endswith("ing") or not forms & _FINITE_FORMS:
            return None
        if negation.low == "no" and "NOUN" in w.tags(low) and tags[index + 1] not in _FINITE_FORMS:
            return None  # "we no time to lose"? only a word the tagger reads as the verb
        if negation.low == "not" and tags[index + 1] not in _FINITE_FORMS:
            return None
        lemmas = w.parts_of_speech(low).get("VERB", ())
        base = next(iter(lemmas), None)
        if base is None:
            return None
        if "VBD" in forms and not forms & {"VB", "VBP", "VBZ"}:
            auxiliary = "didn't"
        elif subject.low in _THIRD:
            if "VBZ" not in forms and "VB" in forms:
                return None  # "he not go": too broken to say which tense
            auxiliary = "doesn't"
        else:
            if "VBZ" in forms and not forms & {"VB", "VBP"}:
                return None
            auxiliary = "don't"
        fixed = f"{auxiliary} {base}"
        return self.finding(
            negation.start,
            verb.end,
            f"A verb is negated with 'do': '{subject.text} {fixed}', not '{subject.text} {negation.text} {verb.text}'.",
            suggestions=(fixed,),
            fix=FixSafety.UNSAFE,
        )

    def _auxiliary_not(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Can not you see?', 'Why do not they answer?': the auxiliary opens the question (or
        follows its question word), 'not' and a subject pronoun follow."""
        if words[index + 1].low != "not" or words[index + 2].low not in _PRONOUNS:
            return None
        if index > 1 or (index == 1 and words[0].low not in w.QUESTION_WORDS) or not words[0].capitalised:
            return None
        if not all(word.joined for word in words[: len(words) - 1]) or not ends_in_question_mark(doc, words[-1]):
            return None
        auxiliary, subject = words[index], words[index + 2]
        if subject.low == "i" and subject.text != "I":
            return None
        contracted = match_case(_CONTRACTED[auxiliary.low], auxiliary.text)
        pronoun = _pronoun_text(subject)
        return self.finding(
            auxiliary.start,
            subject.end,
            f"A negative question writes '{contracted} {pronoun}' or '{auxiliary.text} {pronoun} not', "
            f"not '{auxiliary.text} not {pronoun}'.",
            suggestions=(f"{contracted} {pronoun}", f"{auxiliary.text} {pronoun} not"),
            fix=FixSafety.SAFE,
        )

    def _yet_not(self, words: list[Word], index: int) -> Finding | None:
        """'I have yet not decided': 'have', 'yet not' and a participle that is no other form of
        its verb ('decided', 'seen'; not 'come', 'put'), with the subject before 'have'."""
        if index == 0 or index + 3 >= len(words) or not words[index + 2].joined:
            return None
        participle = words[index + 3]
        tags = w.verb_tags(participle.low)
        if participle.capitalised or "VBN" not in tags or tags & {"VB", "VBP"}:
            return None
        yet, negation = words[index + 1], words[index + 2]
        return self.finding(
            yet.start,
            negation.end,
            f"'Not' comes before 'yet': '{words[index].text} not yet {participle.text}'.",
            suggestions=("not yet",),
            fix=FixSafety.SAFE,
        )

    def _lets(self, words: list[Word], index: int) -> Finding | None:
        """'Let's don't tell them': 'let's not tell them'."""
        negation = words[index + 1]
        if negation.low not in _LETS_NEGATIONS or "VB" not in w.verb_tags(words[index + 2].low):
            return None
        return self.replace_word(
            negation,
            "not",
            f"'{words[index].text}' is negated with 'not': '{words[index].text} not {words[index + 2].text}'.",
            FixSafety.SAFE,
        )

    def _why_not_to(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Why not to ask him?': a question that opens with 'Why not to' and a bare verb."""
        if index != 0 or words[0].text != "Why" or index + 3 >= len(words):
            return None
        if words[1].low != "not" or words[2].low != "to" or not words[2].joined:
            return None
        verb = words[3]
        if verb.capitalised or "VB" not in w.verb_tags(verb.low) or not ends_in_question_mark(doc, words[-1]):
            return None
        return self.finding(
            words[1].start,
            verb.end,
            f"'Why not' takes the bare verb: 'Why not {verb.text}'.",
            suggestions=(f"not {verb.text}",),
            fix=FixSafety.SAFE,
        )


def _pronoun_text(subject: Word) -> str:
    """A subject pronoun as it is written after an auxiliary: 'I', else lower-case ("do you", "is she")."""
    return "I" if subject.text == "I" else subject.low


def _with_do(subject: Word, verb: Word, tags: frozenset[str], adverb: str = "") -> str | None:
    """The subject pronoun after 'do', 'does' or 'did' and the verb's bare form, for a verb in
    ``tags``: "does she know", "did you usually go"; None when no form of 'do' fits or the verb has
    no bare form. What a question and an inversion after 'Never' both put in place of the verb."""
    do = _do_for(subject.low, tags)
    lemmas = w.verb_lemmas(verb.low)
    if do is None or not lemmas:
        return None
    return f"{do} {_pronoun_text(subject)} {adverb}{lemmas[0]}"


def _do_for(subject: str, tags: frozenset[str]) -> str | None:
    """'does', 'do' or 'did' for a verb in the form its subject takes, else None ('you doing')."""
    if tags and tags <= {"VBD", "VBN"} and "VBD" in tags:
        return "did"  # "Where you went?"
    if subject in _THIRD:
        return "does" if "VBZ" in tags else None
    return "do" if tags & {"VB", "VBP"} else None


_ISNT = w.both_apostrophes("isn't")
_PERSONAL_SUBJECTS = frozenset("i you we they he she everyone everybody someone somebody people".split())
"""Subjects that a tag 'isn't it?' cannot echo: the tag repeats the subject as a pronoun."""
_THING_SUBJECTS = frozenset(("it", "this", "that"))
_NOT_IS = w.MODALS | frozenset("do does did have has had was were are".split())
"""Auxiliaries of a statement that 'isn't' cannot echo ("This will work, isn't it?" → 'won't it')."""


class QuestionTag(GrammarRule):
    id = "grammar.question-tag"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A question tag that does not echo the statement: 'You are coming, isn't it?', 'She can swim, doesn't she?'."
    )
    why = (
        "An English question tag repeats the statement's subject as a pronoun and its auxiliary, turned "
        "negative: 'You are coming, aren't you?', 'She can swim, can't she?', 'Everyone must bring lunch, "
        "mustn't they?', 'This will work, won't it?'. The invariant 'isn't it?' of many learners' "
        "languages fits only 'it is' ('It is cold, isn't it?'). Reported: a sentence ending in ', isn't "
        "it?' that opens with a personal subject ('you', 'she', 'everyone'), or with 'it', 'this' or "
        "'that' before an auxiliary other than 'is' or a verb in -s or -ed ('It works, isn't it?': 'doesn't "
        "it'); and a negative tag after a statement that opens "
        "with a subject pronoun and its verb, when the tag's auxiliary is not the statement's turned "
        "negative ('She can swim, doesn't she?' for 'can't she', 'She left early, doesn't she?' for "
        "'didn't she') or, in a statement of one clause, its pronoun is not the subject's ('We won, "
        "didn't they?'). Left alone: 'have' before a noun ('He has a car, doesn't he?' and 'hasn't "
        "he?' are both English), a negative statement, and a tag after a clause within the statement "
        "('You said the bus leaves at six, doesn't it?')."
    )
    bad = (
        "You are coming to the party, isn't it?",
        "She can swim very well, isn't it?",
        "Everyone must bring their own lunch, isn't it?",
        "This will work, isn't it?",
        "It works on any phone, isn't it? That sounded odd, isn't it? It works, isn't it?",
        "She can swim, doesn't she? They will come, don't they? He was tired, isn't he?",
        "We have finished, didn't we? She left early, doesn't she? We won the match, didn't they?",
    )
    good = (
        "It is cold today, isn't it?",
        "That's the point, isn't it? This is new, isn't it?",
        "You know what it is, isn't it? said nobody. The question, isn't it, is money.",
        "I think it's going to rain, isn't it? They say it is haunted, isn't it?",
        "He said the plan, isn't it odd, was his.",
        "The weather is lovely, isn't it? It seems it is late, isn't it? That car is fast, isn't it?",
        "Well, isn't it? It is, isn't it? It does, doesn't it?",
        "She can swim, can't she? He has a car, doesn't he? She had better go, hadn't she?",
        "You said the bus leaves at six, doesn't it? I guess he was right, wasn't he? He can't, can he?",
        "They put it there, didn't they? He has to leave, doesn't he? You'd rather stay, wouldn't you?",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _NEGATIVE_TAGS):
            if index != len(words) - 2 or index < 2 or words[index - 1].joined or not words[index].joined:
                continue
            if index == 2 and not (words[0].low in _THING_SUBJECTS and _lexical_finite(doc, words, index)):
                continue  # a statement of two words: only "It works, isn't it?"
            it = words[-1]
            first, second = words[0].low, words[1].low
            personal = first in _PERSONAL_SUBJECTS and not (first == "you" and second == "know")
            thing = first in _THING_SUBJECTS and (second in _NOT_IS or _lexical_finite(doc, words, index))
            # "This will work, isn't it?", "It works, isn't it?"
            if words[index].low not in _ISNT or it.low != "it" or not (personal or thing):
                finding = self._wrong_auxiliary(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            if not ends_in_question_mark(doc, it) or in_quotes(doc, it.start):
                continue
            if not words[0].joined:
                continue  # "You know what it is, isn't it?" may echo the inner clause
            if _inner_it_is(words, index):
                continue  # "I think it's going to rain, isn't it?": the tag echoes the reported clause
            yield self.finding(
                words[index].start,
                it.end,
                f"A question tag repeats the subject and the auxiliary: '{words[0].text} {second} …, "
                f"{_tag_hint(first, second)}?', not 'isn't it?'.",
            )

    def _wrong_auxiliary(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'She can swim, doesn't she?': a statement that opens with a subject pronoun and an
        auxiliary ('can', 'will', 'is', 'have' before a participle), or a verb that is no auxiliary,
        ends in a negative tag on the same pronoun whose auxiliary is not the statement's turned
        negative. The same pronoun shows the tag echoes the opening clause, not a reported one
        ("I think it's late, isn't it?"); the pronoun must not come back before the tag ("She said
        she can swim, can't she?"). In a statement of one clause (no other finite verb by the tagger),
        a tag on another pronoun is reported too ("We won the match, didn't they?")."""
        tag, pronoun = words[index], words[-1]
        subject = words[0]
        if pronoun.low not in _TAG_SUBJECTS or subject.low not in _TAG_SUBJECTS or not subject.joined:
            return None
        if not ends_in_question_mark(doc, pronoun) or in_quotes(doc, pronoun.start):
            return None
        if any(word.low in _TAG_SUBJECTS or not word.joined for word in words[1 : index - 1]):
            return None  # another subject or a clause before the tag: it may echo that one
        verb, following = words[1], words[2]
        if following.low in _STATEMENT_NEGATIONS or following.low == pronoun.low:
            return None  # "She can't swim, can she?", "Can she swim" is no statement
        tags = sentence_tags(doc, words)
        expected = _expected_tag(verb.low, following.low, subject.low, tags[1])
        if expected is None:
            return None
        if any(tags[at] in _CLAUSE_VERB_TAGS or (tags[at] == "VBN" and at > 2) for at in range(2, index)):
            return None  # "You said the bus leaves at six, doesn't it?", "the kids liked": a clause within
        echo = "I" if subject.low == "i" else subject.low
        if subject.low != pronoun.low:
            echo = match_case(echo, pronoun.text) if echo != "I" else echo
        elif tag.low.replace("’", "'") == expected:
            return None
        else:
            echo = pronoun.text
        return self.finding(
            tag.start,
            pronoun.end,
            f"A question tag repeats the statement's subject and its auxiliary turned negative: "
            f"'{subject.text} {verb.text} …, {expected} {echo}?', not '{tag.text} {pronoun.text}?'.",
            suggestions=(f"{expected} {echo}",),
            fix=FixSafety.UNSAFE,
        )


def _lexical_finite(doc: Document, words: list[Word], index: int) -> bool:
    """The statement before the tag at ``index`` opens with 'it', 'this' or 'that' and a present or
    past verb in -s or -ed that is no auxiliary, by the tagger ("It works", "That sounded odd"):
    'isn't' cannot echo it ('doesn't it', 'didn't it')."""
    verb = words[1].low
    found = w.verb_tags(verb)
    if index < 2 or not words[0].joined or verb in w.AUXILIARIES or not found or not found & {"VBZ", "VBD"}:
        return False
    return sentence_tags(doc, words)[1] in ("VBZ", "VBD") and verb not in ("is", "was", "'s", "’s")


def _expected_tag(verb: str, following: str, subject: str, tag: str) -> str | None:
    """The negative tag for a statement whose first verb is ``verb``: 'can' → "can't", 'is' → "isn't",
    'am' → "aren't", 'have' before a participle → "haven't"; a verb that is only a present or past
    form → "doesn't", "don't" or "didn't". None when undecided ('have' before a noun, a verb that is
    a bare form), with ``tag`` the tagger's tag for the verb."""
    if verb in _TAG_NEGATIONS:
        if subject == "i" and verb == "am":
            return "aren't"
        if verb in ("is", "am", "are") and subject in ("he", "she", "it") and verb != "is":
            return None
        return _TAG_NEGATIONS[verb]
    if verb in ("have", "has", "had"):
        tags = w.verb_tags(following)
        return verb + "n't" if tags and "VBN" in tags and "VB" not in tags and "VBP" not in tags else None
    if verb in w.AUXILIARIES or verb in ("do", "does", "did"):
        return None
    if tag == "VBD" and "VBD" in w.verb_tags(verb):
        return "didn't"
    if tag == "VBZ" and subject in ("he", "she", "it") and "VBZ" in w.verb_tags(verb):
        return "doesn't"
    return None


_TAG_SUBJECTS = frozenset("i you he she it we they".split())
_CLAUSE_VERB_TAGS = w.FINITE_OR_MODAL_TAGS
_TAG_NEGATIONS = {
    "can": "can't",
    "will": "won't",
    "could": "couldn't",
    "would": "wouldn't",
    "should": "shouldn't",
    "must": "mustn't",
    "is": "isn't",
    "are": "aren't",
    "am": "aren't",
    "was": "wasn't",
    "were": "weren't",
}
_STATEMENT_NEGATIONS = frozenset("not never n't hardly barely scarcely seldom rarely".split())
_NEGATIVE_TAGS = _ISNT | w.both_apostrophes(
    "aren't wasn't weren't can't won't couldn't wouldn't shouldn't mustn't haven't hasn't hadn't don't doesn't didn't"
)


_INNER_SUBJECTS = frozenset(("it", "this", "that"))
_INNER_IS = frozenset(("is", "'s", "’s"))


def _inner_it_is(words: list[Word], tag: int) -> bool:
    """A clause 'it is', "it's", 'this is' or 'that is' after the opening subject and before the tag:
    'isn't it?' may echo that clause ("I think it's going to rain, isn't it?", "They say it's haunted")."""
    for at in range(2, tag - 1):
        low = words[at].low
        if low in ("it's", "it’s", "that's", "that’s"):
            return True
        if low in _INNER_SUBJECTS and words[at].joined and words[at + 1].low in _INNER_IS:
            return True
    return False


def _tag_hint(subject: str, auxiliary: str) -> str:
    """A hint of the right tag: 'aren't you', 'can't she', 'won't it'; 'don't you', 'doesn't she',
    'didn't they' when the statement's verb is no auxiliary."""
    pronoun = _TAG_PRONOUNS.get(subject, subject)
    negated = _IRREGULAR_NEGATIONS.get(auxiliary)
    if negated is None and auxiliary in _TAG_AUXILIARIES:
        negated = auxiliary + "n't"
    if negated is None:
        tags = w.verb_tags(auxiliary)
        negated = "didn't" if "VBD" in tags else "doesn't" if "VBZ" in tags else "don't"
    return f"{negated} {pronoun}"


_TAG_PRONOUNS = {
    "i": "I",
    "everyone": "they",
    "everybody": "they",
    "someone": "they",
    "somebody": "they",
    "people": "they",
    "this": "it",
    "that": "it",
}
_IRREGULAR_NEGATIONS = {"am": "aren't", "can": "can't", "will": "won't", "shall": "shan't"}
_TAG_AUXILIARIES = w.MODALS | w.BE_FORMS | frozenset("do does did have has had".split())


_NEGATIVE_OPENERS = frozenset("never seldom rarely hardly scarcely barely".split())
_TWO_WORD_OPENERS = {
    "not": frozenset(("only",)),
    "no": frozenset(("sooner",)),
    "only": frozenset("then later now".split()),
}
"""Openers of two words that invert the clause after them ('Not only', 'No sooner', 'Only then')."""
_INVERSION_TRIGGERS = _NEGATIVE_OPENERS | frozenset(_TWO_WORD_OPENERS)
_INVERTIBLE = _INVERTED - w.NEGATED_AUXILIARIES
"""Auxiliaries that go before the subject themselves ("Never have I seen"); other verbs take 'do'."""


class NegativeInversion(GrammarRule):
    id = "grammar.negative-inversion"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A negative adverb opening the sentence without inversion: 'Never I have seen', 'Rarely he calls'."
    why = (
        "When 'never', 'seldom', 'rarely', 'hardly', 'scarcely', 'barely', 'not only', 'no sooner' or "
        "'only then' ('only later', 'only now') opens a sentence, the auxiliary comes before the "
        "subject, as in a question: 'Never have I seen', 'Rarely does he call', 'Only then did I "
        "understand'. Reported where the opener is straight followed by a subject pronoun and a "
        "finite verb; a comma after the opener ('Never, I said, …'), 'Never you mind' and 'Never you "
        "worry' (an order: 'you' and a verb that is no auxiliary), 'Only he knows' and 'Not only he "
        "but also …' are left alone."
    )
    bad = (
        "Never I have tasted such good bread.",
        "Seldom she writes to us, and rarely we hear from her.",
        "Not only he plays the violin, but he also sings.",
        "Only then we realised the danger. No sooner we had sat down than it rained.",
    )
    good = (
        "Never have I tasted such good bread; rarely does she write.",
        "Never, I said, would I go back. Never you mind the cost. Never you worry about that.",
        "Not only he but also his sister came. Only he knows the code; only then did we leave.",
        "I have never tasted it; she seldom writes; hardly anyone came. Never again!",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _INVERSION_TRIGGERS):
            if index != 0 or not words[0].capitalised:
                continue
            subject_at = 1
            second = _TWO_WORD_OPENERS.get(words[0].low)
            if second is not None:
                if len(words) < 3 or words[1].low not in second or not words[0].joined:
                    continue
                subject_at = 2
            if subject_at + 1 >= len(words) or not words[subject_at - 1].joined or not words[subject_at].joined:
                continue
            subject, verb = words[subject_at], words[subject_at + 1]
            if subject.low not in _PRONOUNS or (subject.low == "i" and subject.text != "I") or verb.capitalised:
                continue
            if subject.low == "you" and words[0].low == "never" and verb.low not in _INVERTIBLE:
                continue  # "Never you mind", "Never you worry": an order with its subject; not "Never you have"
            if in_quotes(doc, words[0].start):
                continue
            asked = _inverted_order(doc, words, subject_at)
            if asked is None:
                continue
            opener = " ".join(word.text for word in words[:subject_at])
            yield self.finding(
                subject.start,
                verb.end,
                f"After '{opener}' at the start, the auxiliary comes before the subject: '{opener} {asked}'.",
                suggestions=(asked,),
                fix=FixSafety.UNSAFE,
            )


def _inverted_order(doc: Document, words: list[Word], subject_at: int) -> str | None:
    """The subject pronoun at ``subject_at`` and its verb in the order of a question: the
    auxiliary before it ("have I"), or 'do' and the bare verb ("does she write") where the
    tagger reads the verb as finite; None where neither fits."""
    subject, verb = words[subject_at], words[subject_at + 1]
    if verb.low in _INVERTIBLE:
        return f"{verb.low} {_pronoun_text(subject)}"
    tag = sentence_tags(doc, words)[subject_at + 1]
    if tag not in _DO_TAGS or tag not in w.verb_tags(verb.low):
        return None
    return _with_do(subject, verb, frozenset((tag,)))


RULES = [QuestionOrder, NegationOrder, QuestionTag, NegativeInversion]
