"""Capital letters a sentence needs: after a full stop, the pronoun 'I', the names of days and months."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from lint._segment import _is_abbreviation
from rules._contractions import WITHOUT_MARK

from . import _words as w
from ._base import GrammarRule
from ._tokens import Word, capitalised_share, in_quotes, occurrences, places, sentences

if TYPE_CHECKING:
    from lint._document import Document, Token

_AFTER_FULL_STOP = re.compile(r"\.(?<![.\d]\.)[ \t]+([a-z][a-z'’]*)(?![\w'’-])")
"""A full stop (not an ellipsis, not a decimal point), spaces, then a lower-case word. The stop comes
first in the pattern and the look-behind after it, so the engine scans for the literal. A closing quote
or bracket after the stop is not matched: '"Why?" he asked' and '(see p. 4) and' are right."""


def _unit_like(word: str) -> bool:
    """A word after a number that may be a unit abbreviated with a full stop ('mm', 'in', 'sec',
    'hrs'): short, or unknown to the word tables; not a whole word such as 'degrees' or 'minutes'."""
    bare = word.rstrip(".").lower()
    return len(bare) <= 3 or not w.tags(bare)


class SentenceStartCapital(GrammarRule):
    id = "grammar.sentence-start-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A sentence that starts with a small letter after a full stop: 'It rained. the match…'."
    why = (
        "A new sentence starts with a capital. Only a full stop inside a paragraph, followed by an "
        "ordinary lower-case word, is checked: abbreviations ('e.g. the', 'approx. five'), initials, "
        "numbers, ellipses and quotations ('\"Why?\" he asked') are left alone, and so are brand names "
        "written in lower case ('eBay', 'iPhone'). A paragraph of seven words or more that ends its "
        "sentence and opens with a determiner, a subject pronoun or a sentence adverb in lower case ('the "
        "county fair will return …') is checked too, when no markup opens its line (a list item, a "
        "heading, a table cell; in HTML, only a paragraph element's text) and the paragraph before "
        "it ended its sentence."
    )
    bad = (
        "The match was delayed. the rain did not stop.",
        "It ended at six. organisers apologised.",
        "It rained all day. dont go out.",
        "We got to the park early. the line for the ride was long.",
        "We met at noon.\n\nthe county fair will return to the fairgrounds this August.",
        "Preheat the oven to 200 degrees. then brush the pastry with egg.",
        "visitors are encouraged to arrive early, as parking near the stadium fills up quickly.",
        "after months of delays, the new pedestrian bridge finally opened to the public.",
        "We met at noon.\n\naccording to the weather service, the storm could bring eight inches of snow.",
        "authorities said the fire appears to have started in the kitchen of the two-story home.",
        "We met at noon.\n\nto reset your password, click the link in the email and follow the steps.",
        "We met at noon.\n\nthanks to a generous grant, the museum will offer free admission on Sundays.",
        "We met at noon.\n\nall orders placed before 2 p.m. ship the same business day from Richmond.",
        "We met at noon.\n\nplease remember that the parking lot will be closed during the carnival.",
        "applications for the summer jobs program are due at the city office by the end of April.",
        "We met at noon.\n\nshares of the company rose sharply in early trading after the merger was announced.",
    )
    good = (
        "The match was delayed. The rain did not stop.",
        "Mlle. du Motel wrote; it takes 16 Msec. to cross 25 mm. of tissue. a) first b) second",
        "It is foresight . . . it should grow.",
        "Bring fruit, e.g. apples. Prices rose approx. five per cent; see p. 4 and fig. 2.",
        "Fly to Houston (lv. around noon, arrv. around 4pm).",
        '"Why?" he asked. It was 3.5 metres... and then it stopped. He sold it on eBay. iPhones sold.',
        "Loop over the rows. i is the row index.",
        "along with their rate and anticipated cost, the fee is listed below.",
        "The mayor said that\n\nthe plan would work out fine in the end.",
        "It took 5 min. to boil and 2 hrs. to cool; the pipe is 3 in. wide; it cost 4 pcs. per box.",
        "after the vote the council adjourned and the members went home for the night.",
        "results are posted each Friday.\n\nruns that end early count as well, and so do walks of a mile.",
        "according as the tide turns, the boats go out or stay in the harbour.",
        "to the left of the door, a small sign points the way to the garden.",
        "thanks for nothing, he muttered, and walked back to the car alone.",
        "instead of a ticket for the show, members show their card at the door of the hall.",
    )
    fixed = (
        "The match was delayed. The rain did not stop.",
        "It ended at six. Organisers apologised.",
        "It rained all day. Don't go out.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from self._paragraph_starts(doc)
        text = doc.text
        for match in _AFTER_FULL_STOP.finditer(text):
            word = match.group(1)
            start = match.start(1)
            if _is_abbreviation(text, match.start(), ".") or text[match.end(1) : match.end(1) + 1] in (")", "."):
                continue  # "e.g. the", "b) next": an abbreviation or a list marker
            before = text[max(0, match.start() - 16) : match.start()].split()
            if not before or "\n" in text[match.start() : start] or text[match.start() - 2 : match.start()] == ". ":
                continue  # the start of a line, or a spaced ellipsis ". . . it"
            last = before[-1]
            if last[-1:].isdigit() or (len(before) > 1 and before[-2][-1:].isdigit() and _unit_like(last)):
                continue  # "1. apples", "25 mm. of tissue": a list number or a unit (not "200 degrees. then")
            if last[:1].isupper() and len(last) <= 5:
                continue  # "Mlle. du Motel", "Msec.": a title or a unit abbreviated
            if _abbreviated(last):
                continue  # "lv. around noon", "rec. and dom. genes"
            if doc.is_protected(start, match.end(1)) or doc.is_protected(match.start(), match.start() + 1):
                continue
            if (
                word not in WITHOUT_MARK
                and not w.tags(word)
                and word not in _FUNCTION_WORDS
                and _lower_elsewhere(text, word, start)
            ):
                continue  # "The npm package … npm installs it": a name the text always writes in lower case
                # (not 'the' or 'we', which the tagger's tables leave out as closed-class words)
            if word not in WITHOUT_MARK and not w.tags(word) and _unknown_word(word):
                continue  # "It is fast. fping pings many hosts": a word no dictionary knows, a name in lower case
            if word == "i" and _letter_i(text, match.end(1)):
                continue  # "Use the -i flag. i is the index": a letter, as grammar.lower-case-i reads it
            # "dont go": the contraction the word lost its apostrophe from, with its capital ("Don't")
            contraction = WITHOUT_MARK.get(word, word)
            fixed = contraction[0].upper() + contraction[1:]
            yield self.finding(
                start,
                match.end(1),
                f"A sentence starts with a capital: '{fixed}'."
                + (f" ('{word}' is '{contraction}' without its apostrophe.)" if contraction != word else ""),
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )

    def _paragraph_starts(self, doc: Document) -> Iterator[Finding]:
        """'the county fair will return …' opening a paragraph: a sentence of prose (seven words or
        more, ending in a full stop, a question or an exclamation mark) whose first word, in lower
        case and nothing else, is a determiner, a subject pronoun or a sentence adverb
        (:data:`_PARAGRAPH_OPENERS`). Only a paragraph with no markup before it on its source line (a
        Markdown list item, table cell or heading may open with a small letter by design; in HTML, only
        the text of a ``<p>`` element), after a paragraph that ended its sentence (or none): a
        paragraph after an unfinished one may carry on its sentence."""
        ended = True
        for paragraph in doc.paragraphs:
            previous_ended = ended
            ends_sentence = paragraph.text.rstrip("\"'”’)]").endswith((".", "!", "?"))
            first = _FIRST_WORD.match(paragraph.text)
            word = first.group(1) if first is not None else ""
            # (a paragraph "- the first item" or "# the heading" is whole as it stands, and no candidate;
            # its source is read only where that decides something, not for every paragraph)
            candidate = (
                ends_sentence
                and previous_ended
                and (word in _PARAGRAPH_OPENERS or _opens_sentence(paragraph.text, word))
            )
            marked = (candidate or not ends_sentence) and _opened_by_markup(doc, paragraph.start)
            ended = ends_sentence or marked
            if not candidate or marked:
                continue  # (not in _PARAGRAPH_OPENERS: "along with their rate", a piece cut from a sentence)
            if len(paragraph.text.split(maxsplit=6)) < 7:
                continue  # a caption, a label, a list entry
            start = paragraph.start
            if doc.is_protected(start, start + len(word)):
                continue
            fixed = word[0].upper() + word[1:]
            yield self.finding(
                start,
                start + len(word),
                f"A sentence starts with a capital: '{fixed}'.",
                suggestions=(fixed,),
                fix=FixSafety.SAFE,
            )


def _opened_by_markup(doc: Document, start: int) -> bool:
    """Markup opens the source line of the paragraph that starts at ``start`` ("- the first item", "#
    the heading", "| the cell"); in HTML, anything but a ``<p>`` element ("<li>the first item")."""
    source = doc.source.text
    source_start = doc.offsets.start_of(start)
    if doc.input_format == "html":
        tag_start = source.rfind("<", 0, source_start)
        tag_end = source.find(">", tag_start) + 1
        paragraph = _HTML_PARAGRAPH.fullmatch(source, tag_start, tag_end)
        return not (paragraph and not source[tag_end:source_start].strip())
    line_start = source.rfind("\n", 0, source_start) + 1
    return bool(source[line_start:source_start].strip())


_PARAGRAPH_OPENERS = (
    (w.DETERMINERS | w.SUBJECT_PRONOUNS | w.POSSESSIVES) - {"i", "that", "which", "what", "whose"}
) | frozenset(
    "however unfortunately hence therefore yesterday today tomorrow all most many several both please".split()
)
"""Words that open a sentence of their own, not one carried on from a paragraph cut short (a text
scraped from a page breaks its sentences at links and images: "along with their rate …",
"instead of an asterisk …", "who will leave it …"). A lone 'i' is grammar.lower-case-i's."""
_FRONTED_OPENERS = frozenset(
    """after before during according since when while if although though because once until unless despite
    following thanks to""".split()
)
_FRONTED_BEFORE_TO = frozenset(("according", "thanks"))
"""Fronted openers that 'to' follows ("according to the weather service, …", "thanks to a grant, …")."""
"""Words that open a fronted clause or phrase, which a comma then closes ("after months of delays, the bridge
opened"; "according to the weather service, …")."""


def _opens_sentence(text: str, word: str) -> bool:
    """The paragraph ``text`` opens, in lower case, with a sentence of its own that :data:`_PARAGRAPH_OPENERS`
    does not list: a fronted phrase closed by a comma within its first sentence ("after months of delays,
    the …"), or a plural noun that is the subject of the verb right after it ("visitors are encouraged",
    "residents can pick up"). Not a piece of a sentence cut short ("along with their rate …", "instead of
    an asterisk …"), which neither opens so."""
    if word in _FRONTED_OPENERS:
        first = re.split(r"[.!?]", text, maxsplit=1)[0]
        if word == "to":  # "to reset your password, click …": an infinitive of purpose
            verb = first[3:].split(maxsplit=1)[:1]
            return "," in first and bool(verb) and "VB" in w.verb_tags(verb[0])
        return "," in first and (word not in _FRONTED_BEFORE_TO or text[len(word) :].startswith(" to "))
    following = text[len(word) :].split(maxsplit=1)[:1]
    if following and following[0] in _HEAD_PREPOSITIONS and "NOUN" in w.tags(word) and word not in _FUNCTION_WORDS:
        return _verb_in_first_clause(text, word)  # "tickets for the spring musical go on sale Monday …"
    if not w.is_plural_noun(word):
        return False
    second = text[len(word) :].split(maxsplit=2)[:1]
    if not second:
        return False
    verb = second[0]  # its auxiliary or its past ("authorities said the fire …")
    return verb in w.MODALS or verb in w.AUXILIARIES or w.plainly_finite(verb) or w.plainly_past(verb)


_HEAD_PREPOSITIONS = frozenset("of for from at in on".split())


def _verb_in_first_clause(text: str, word: str) -> bool:
    """A noun, a phrase with a preposition and then the noun's verb, before the first comma of the
    paragraph ("shares of the company rose 6%", "registration for the fall league closes on August
    15", "residents of the Oak Hill neighborhood will meet"): the subject of a sentence of its own,
    not a piece of one cut short ("instead of an asterisk …" has no verb of its own)."""
    clause = re.split(r"[,;:.!?]", text, maxsplit=1)[0].split()[2:14]
    previous = ""
    for token in clause:
        if token[:1].isupper():
            previous = token.lower()
            continue  # a name's word ('Oak Hill')
        if token in w.MODALS or token in w.AUXILIARIES or w.plainly_finite(token) or w.plainly_past(token):
            return True
        if w.is_plural_noun(word) and "VBP" in w.verb_tags(token) and "NOUN" in w.tags(previous):
            return True  # "tickets for the spring musical go on sale"
        previous = token
    return False


_HTML_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>", re.IGNORECASE)
_FIRST_WORD = re.compile(r"([a-z]+)(?=[\s,])")
"""A paragraph's first word, when it is all small letters and a space or a comma follows it."""


_FUNCTION_WORDS = (
    w.DETERMINERS
    | w.PREPOSITIONS
    | w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | w.POSSESSIVES
    | w.COORDINATORS
    | w.CLAUSE_OPENERS
    | w.AUXILIARIES
    | w.MODALS
    | w.QUESTION_WORDS
)
"""Closed-class words, which the tagger's tables leave out: a sentence opening with one in lower case
is a slip, however often the text writes it in lower case elsewhere."""


def _unknown_word(word: str) -> bool:
    """No word list knows ``word`` (nor its form without a possessive 's): a product, a command or a
    handle written in lower case ('fping', 'mkcert'), which a capital would misspell."""
    from rules.spelling._lexicon import lexicon

    known = lexicon()
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    return word not in known and base not in known


def _lower_elsewhere(text: str, word: str, start: int) -> bool:
    """``word`` (no word of the tagger's lexicon) stands in lower case inside another sentence of
    the text, after a word of its own: a name written in lower case ("npm", "zsh"), not a slip."""
    for match in re.finditer(rf"(?<![\w'’.-])[A-Za-z][\w'’]*[ \t]+({re.escape(word)})(?![\w'’-])", text):
        if match.start(1) != start:
            return True
    return False


def _letter_i(text: str, end: int) -> bool:
    """The 'i' that ends at ``end`` comes before 'is', 'has', 'be' …: a letter or an index, not the pronoun."""
    following = text[end : end + 12].split()
    return bool(following) and following[0].lower() in _NOT_PRONOUN_VERBS


_CLIPPED = frozenset(
    """info dom rec misc esp incl govt min max avg temp tel yr yrs hr hrs mins sec secs wk wks mo mos qty ref
    orig tbsp tsp oz lb lbs pt pts cont abt intl natl mfr mgr mgmt apt appt bldg aka approx viz vs cf""".split()
)
"""Clipped words that are also words of the lexicon ('info.', 'dom.', 'min.'): abbreviations before a full stop."""


def _abbreviated(word: str) -> bool:
    """A short lower-case word that no word list knows, or a clipped word, before its full stop."""
    from rules.spelling._lexicon import lexicon

    core = word.strip("()[]\"'").rstrip(".")
    if core.lower() in _CLIPPED or core.rpartition("-")[2].lower() in _CLIPPED:
        return True  # also the unit of a measure: "a 16-oz. can"
    return len(core) <= 4 and core.isalpha() and core.islower() and not w.tags(core) and core not in lexicon()


_LOWER_I = frozenset(("i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"))
_I_ADVERBS = frozenset(
    """really just also never always still actually definitely honestly totally even only probably usually
    often sometimes already personally seriously truly certainly hardly rarely first then now once later""".split()
)
"""Adverbs between the pronoun and its verb: "i really think", "when i first started"."""


def _i_adverb(low: str) -> bool:
    """One of :data:`_I_ADVERBS`, or an adverb in -ly and nothing else ('finally', 'quickly')."""
    return low in _I_ADVERBS or w.only_adverb_in_ly(low)


_I_VERBS = frozenset(
    """am was think thought guess know knew mean meant hope believe feel felt want wanted love loved hate
    like liked need needed don't didn't can't won't wouldn't couldn't haven't have had will would could
    should can do did got went said agree wish wonder dont didnt cant wont wouldnt couldnt havent wasnt
    shouldnt wasn't weren't shouldn't""".split()
)
"""Verbs that follow the pronoun and hardly a letter or an index: "Yes, i think so", "Well, i am"."""
_NOT_PRONOUN_VERBS = frozenset("is has does isn't hasn't doesn't be".split())
"""Third-person forms and 'be': "where i is the index", "let i be": a letter, not the pronoun."""
_PERSONS = w.SUBJECT_PRONOUNS | w.OBJECT_PRONOUNS
_FAMILY = frozenset(
    "wife husband friend friends family brother sister mother father mum mom dad son daughter partner kids".split()
)


class LowerCaseI(GrammarRule):
    id = "grammar.lower-case-i"
    category = "grammar"
    severity = Severity.WARNING
    summary = "The pronoun 'I' written in lower case: 'i think', 'i'm'."
    why = (
        "The pronoun 'I' is always a capital. A lone 'i' is taken for the pronoun only before a verb "
        "('i think', 'i really want'), in a contraction ('i'm') or in 'you and i'; a list marker ('(i)'), "
        "an index ('where i is', 'let i be'), 'i.e.' and code are left alone."
    )
    bad = (
        "Then i think we should go.",
        "She said i'm late.",
        "Well, i really want to go.",
        "My wife and i.",
        '"Honestly, i never expected to win," she said.',
        "Yesterday i finally finished reading the book.",
        "Honestly, i wasn't sure the heater would work.",
        "When i first started volunteering here, I had no idea.",
        "As the owner of this shop, i truly appreciate your patience.",
    )
    good = (
        "Then I think we should go.",
        "See point (i) and the vector x i.",
        "i.e. the rest.",
        "Let i be the index, where i is even and i ranges over n.",
        "Part (i) was hard; the letter i is a vowel.",
        "For each x, i ranges over the set; for j, i runs to n; if k, i ran out of names.",
    )
    fixed = (
        "Then I think we should go.",
        "She said I'm late.",
        "Well, I really want to go.",
        "My wife and I.",
        '"Honestly, I never expected to win," she said.',
        "Yesterday I finally finished reading the book.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _LOWER_I):
            word = words[index]
            if word.text[:1] != "i" or doc.is_protected(word.start, word.end):
                continue
            if word.low != "i" or _pronoun_i(words, index):
                fixed = "I" + word.text[1:]
                yield self.replace_word(word, fixed, f"The pronoun is a capital: '{fixed}'.")


def _pronoun_i(words: list[Word], index: int) -> bool:
    """Whether a lone 'i' is the pronoun: before a verb ("i think", "i really want"), or after
    'and' and a person at the end of a phrase ("you and i.")."""
    previous = words[index - 1] if index > 0 else None
    if previous is not None and previous.joined and (previous.low in w.DETERMINERS or previous.low == "let"):
        return False  # "the i reporting", "let i be": a letter
    if not words[index].joined or index + 1 >= len(words):
        return previous is not None and previous.joined and _after_person_and(words, index)
    at = index + 1
    while at + 1 < len(words) and _i_adverb(words[at].low) and words[at].joined:
        at += 1  # "i really think", "i finally finished"
    following = words[at].low
    if following in _NOT_PRONOUN_VERBS:
        return False
    if previous is not None and not previous.joined:
        # "Yes, i think", "Honestly, i never expected", "As the owner, i truly appreciate" (a past only or a
        # present that no third person has: not "x, i ranges", "x, i runs", where i is an index)
        return following in _I_VERBS or w.verb_tags(following) == {"VBD", "VBN"} or "VBP" in w.verb_tags(following)
    return following in _I_VERBS or following in w.AUXILIARIES or bool(w.verb_tags(following) & {"VBP", "VBD", "VB"})


def _after_person_and(words: list[Word], index: int) -> bool:
    """'you and i', 'John and i', 'my wife and i' closing a phrase."""
    if index < 2 or words[index - 1].low not in ("and", "or") or not words[index - 2].joined:
        return False
    person = words[index - 2]
    if person.low in _PERSONS or person.low in _FAMILY:
        return True
    text = person.text
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and not person.sentence_start


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february april june july
    september october november december""".split()
)
_CALENDAR |= frozenset(day + "s" for day in _CALENDAR if day.endswith("day"))  # "on sundays"
_WORD_MONTHS = frozenset(("march", "may", "august"))
"""Also ordinary words ('it may rain', 'they march', 'an august body'): a month only in a date."""
_HOLIDAYS = frozenset("christmas christmastime halloween hanukkah ramadan diwali easter".split())
"""Holidays, names too ('over Christmas'); not 'thanksgiving' ('a prayer of thanksgiving'); 'easter'
not before 'egg' (software's hidden feature, often lower case)."""
_CALENDAR_WORDS = _CALENDAR | _WORD_MONTHS | _HOLIDAYS
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(st|nd|rd|th)?")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


class CalendarCapital(GrammarRule):
    id = "grammar.calendar-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A day, a month or a holiday in lower case: 'on monday', 'in january', 'may 5, 2020', 'over christmas'."
    why = (
        "Days of the week and months are names and take a capital: 'on Monday', 'in January'. 'March', "
        "'May' and 'August' are also ordinary words, so they are reported only in a date ('may 5,', "
        "'5 march 2024', 'in august 2019', 'the 5th of may')."
    )
    bad = (
        "The council meets on monday.",
        "The shop shuts on sundays.",
        "The vote is in january.",
        "It opened on may 5, 2020.",
        "Born 5 march 2024.",
        "The festival opens in august.",
        "The festival runs until the end of august, and the vote is on 12 may.",
        "The shop will be closed over christmas and reopen after easter.",
        "Registration opens in march and usually fills up within a week.",
    )
    good = (
        "The council meets on Monday in January.",
        "It may march on in august company. Come what may. They joined the march, and it was by march organisers.",
        "Open /reports/fridays/ or run it with --day=monday and save it as sundays.csv.",
        "We march 5 miles; it may 2x the cost; the 5th may be late.",
        "It was the end of may be a month away; on 12 march organisers met.",
        "We found an easter egg in the app; a prayer of thanksgiving; the nor'easter hit Boston.",
        "They came by march and by boat; it may and it will; we sat in august and silent company.",
    )
    fixed = (
        "The council meets on Monday.",
        "The shop shuts on Sundays.",
        "The vote is in January.",
        "It opened on May 5, 2020.",
        "Born 5 March 2024.",
        "The festival opens in August.",
        "The festival runs until the end of August, and the vote is on 12 May.",
        "The shop will be closed over Christmas and reopen after Easter.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _CALENDAR_WORDS):
            word = words[index]
            if word.text != word.low or doc.is_protected(word.start, word.end):
                continue
            if _machine_text(doc, word):
                continue  # "/fridays/", "--day=monday", "mondays.csv": a path, a flag or a file name
            if word.low in _WORD_MONTHS and not (_in_date(doc, words, index) or _time_phrase(doc, words, index)):
                continue
            if word.low == "easter" and index + 1 < len(words) and words[index + 1].low.startswith("egg"):
                continue  # "an easter egg in the settings page": a hidden feature
            fixed = word.text[0].upper() + word.text[1:]
            kind = "Holidays" if word.low in _HOLIDAYS else "Days and months"
            yield self.replace_word(word, fixed, f"{kind} take a capital: '{fixed}'.")


def _in_date(doc: Document, words: list[Word], index: int) -> bool:
    """Whether the month at ``index`` stands in a date: 'may 5,', 'march 3rd', 'august 2019', '5 march
    2024', 'the 5th of may'. A bare number must end the date ('we march 5 miles' is no date)."""
    following = words[index + 1] if words[index].joined and index + 1 < len(words) else None
    after = following is None or _YEAR.fullmatch(following.text) is not None
    if following is not None:
        number = _DAY_NUMBER.fullmatch(following.text)
        if _YEAR.fullmatch(following.text) or (number and number.group(1)):
            return True
        if number and not (following.joined and index + 2 < len(words)):
            return doc.text[following.end : following.end + 1] in (",", ".", ";", "")
    at = index - 1
    if at > 0 and words[at].low == "of" and words[at - 1].joined and words[at].joined:
        at -= 1  # "the 5th of may"
        number = _DAY_NUMBER.fullmatch(words[at].text)
        return number is not None and bool(number.group(1)) and after
    if at >= 0 and words[at].joined:
        number = _DAY_NUMBER.fullmatch(words[at].text)
        return number is not None and following is not None and _YEAR.fullmatch(following.text) is not None
    return False


_BEFORE_MONTH = frozenset("in since until till during before after from by early late".split())
"""Words that take a time ('in august.', 'until may.'), where the ordinary word cannot end the phrase."""


_PARTS_OF_TIME = frozenset("end start beginning middle close rest half".split())
"""Nouns whose 'of' takes a time ('until the end of august.')."""


def _takes_time(words: list[Word], at: int) -> bool:
    """``words[at]`` comes before a time: a word of :data:`_BEFORE_MONTH`, 'of' after a part of a stretch
    of time ('the end of'), or a day's number after one of those words ('on 12 may.')."""
    low = words[at].low
    if low in _BEFORE_MONTH:
        return True
    if at == 0 or not words[at - 1].joined:
        return False
    before = words[at - 1].low
    if low == "of":
        return before in _PARTS_OF_TIME
    return _DAY_NUMBER.fullmatch(words[at].text) is not None and (before in _BEFORE_MONTH or before == "on")


def _time_phrase(doc: Document, words: list[Word], index: int) -> bool:
    """The month at ``index`` ends a phrase of time: a preposition of time before it and a stop, a comma or
    the like straight after it ('opens in august.', 'until may, when'), or 'and', 'or', 'but' after 'in',
    'since', 'until' … and it ('opens in march and fills up'). The ordinary words need more after them
    there: 'in august company', 'by march organisers'; 'come what may.' has no such word."""
    word = words[index]
    if index == 0 or not words[index - 1].joined or not _takes_time(words, index - 1):
        return False
    if words[index - 1].capitalised and index > 1:
        return False  # "Made In August.": a title
    if index + 1 < len(words) and word.joined:
        # "opens in march and fills up": a clause's 'and' after the time (not "by march organisers",
        # nor "in august and silent company", an adjective's pair)
        if words[index + 1].low not in _AFTER_TIME or words[index - 1].low not in _MONTH_PREPOSITIONS:
            return False
        beyond = words[index + 2].low if index + 2 < len(words) else ""
        return beyond in w.MONTHS or "ADJ" not in w.tags(beyond)
    return doc.text[word.end : word.end + 1] in (".", ",", ";", ":", "!", "?")


_AFTER_TIME = frozenset(("and", "or", "but"))
_MONTH_PREPOSITIONS = frozenset("in since until till during".split())


_PARTICLES = frozenset("de du da di dos das del della van von der den la le al el bin ibn ter ten y".split())
"""Lower-case parts of names ('de Gaulle', 'van Gogh', 'bin Salman'): written small on purpose."""
_MACHINE_BEFORE = frozenset("@#/\\._-:=~$")
_MACHINE_AFTER = frozenset("@/\\._-:=(")


def _names_a_thing(words: list[Word], index: int) -> bool:
    """The capital belongs to a longer name whose head is a common word ('the Arizona Telemedicine
    Program', 'the Goji Berry Company'): such names capitalise ordinary words, so the word itself
    may be one ('telemedicine programs')."""
    from rules.spelling._large import zipf

    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1]
    return following.capitalised and not following.text.isupper() and (zipf(following.low) or 0.0) >= _COMMON_ZIPF


class NameCapital(GrammarRule):
    id = "grammar.name-capital"
    category = "grammar"
    severity = Severity.INFO
    summary = "A name the document capitalises, written once in lower case: 'Ilham Aliyev … aliyev said'."
    why = (
        "A name keeps its capital. Only a word that no dictionary knows (so not a common word that is "
        "also a name, like 'bush' or 'rose'), that the document itself writes with a capital inside a "
        "sentence, is reported where it appears in lower case; handles, hashtags, addresses, code and "
        "name particles ('de Gaulle', 'van Gogh') are left alone. Reported as advice: a product may be "
        "named in lower case on purpose ('rustfmt')."
    )
    bad = (
        "President Ilham Aliyev spoke first. Later aliyev said the talks were over.",
        "We met Dr Okonkwo-Bailey and Mr Szczepanski; szczepanski was late.",
    )
    good = (
        "President Ilham Aliyev spoke first. Later Aliyev said the talks were over.",
        "We met George Bush near a bush; Charles de Gaulle and De Gaulle's heirs.",
        "Follow Mr Szczepanski at @szczepanski or szczepanski.com and #szczepanski.",
        "Szczepanski said so. Nobody asked szczepanski.",
        "The Arizona Telemedicine Program funds the state's telemedicine clinics.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        from rules.spelling._lexicon import unknown_lows

        # Only tokens are read: a substring test of the whole text per unknown word cost the
        # 50,000-word names text 0.18 s (1,700 unknown words) and grew with length times words.
        unknown = frozenset(low for low in doc.shared(unknown_lows) if len(low) > 3 and low.isalpha())
        if not unknown:
            return
        lows, tokens = doc.lows, doc.tokens
        capitalised: dict[str, list[int]] = {}
        lower: dict[str, list[int]] = {}
        for position in compress(range(len(lows)), map(unknown.__contains__, lows)):
            written = tokens[position].text
            if written.islower():
                lower.setdefault(written, []).append(position)
            elif written[0].isupper() and written[1:].islower() and not tokens[position].sentence_start:
                capitalised.setdefault(written.lower(), []).append(position)
        for low in lower.keys() & capitalised.keys():
            yield from self._name(doc, low, lower[low], capitalised[low])

    def _name(self, doc: Document, low: str, lower: list[int], capitalised: list[int]) -> Iterator[Finding]:
        """The lower-case uses of ``low`` when the capitalised ones show a name: in prose sentences (not
        title-case headings), at least as many as the lower-case ones, and the word not a common one."""
        from rules.spelling._large import zipf

        if low in _PARTICLES or len(lower) > len(capitalised) or (zipf(low) or 0.0) >= _COMMON_ZIPF:
            return
        evidence = [
            (words, index)
            for words, index in places(doc, capitalised)
            if not _title_case(words) and not in_quotes(doc, words[index].start) and not _names_a_thing(words, index)
        ]  # not a heading, not a title in quotes ('the "Numero Uno" strategy'), not part of an institution's name
        if len(evidence) < len(lower):
            return
        name = doc.tokens[capitalised[0]].text
        for words, index in places(doc, lower):
            token = words[index]
            if _generic_use(words, index) or _machine_text(doc, token):
                continue
            yield self.replace_word(
                token, name, f"The document writes this name with a capital elsewhere: '{name}'.", FixSafety.UNSAFE
            )


_COMMON_ZIPF = 4.0
"""Words this common ('app', 'tech') are ordinary words whatever a heading does with them."""
_MENTION = frozenset("word words term terms called named spelled spelt".split())


def _title_case(words: list[Word]) -> bool:
    """A heading or a title in title case: three in four of its longer words capitalised ('President
    Ilham Aliyev spoke first' is a sentence; 'How We Customized the Bot' a heading)."""
    capitalised, longer = capitalised_share(words)
    return capitalised * 4 >= longer * 3


def _generic_use(words: list[Word], index: int) -> bool:
    """A common noun's use, not a name's: after a determiner, a number or a possessive ('the bot', 'two
    silkies', "Øhavet's smakkecenter"), before a noun ('frontend apps'), beside a name particle ('la
    pointe de la') or as a word mentioned ('the word łódź')."""
    if index > 0 and words[index - 1].joined:
        before = words[index - 1]
        low = before.low
        if low in w.DETERMINERS or low in _MENTION or low in _PARTICLES or low[:1].isdigit() or low.endswith("'s"):
            return True
        if low in w.CARDINALS or low in ("one", "both", "few", "many", "several"):
            return True
    if words[index].joined and index + 1 < len(words):
        after = words[index + 1].low
        if after in _PARTICLES:
            return True
        parts = w.tags(after)
        if "NOUN" in parts and "VERB" not in parts:
            return True
    return False


def _machine_text(doc: Document, token: Token) -> bool:
    """A handle, a hashtag, an address, a path or code: '@name', '#name', 'name.com', 'name_id'."""
    text = doc.text
    before = text[token.start - 1 : token.start] if token.start else ""
    after = text[token.end : token.end + 1]
    if before in _MACHINE_BEFORE or (after in _MACHINE_AFTER and text[token.end + 1 : token.end + 2].isalnum()):
        return True
    if doc.is_protected(token.start, token.end):
        return True
    return bool(doc.foreign) and doc.is_foreign(token.start, token.end)


_COMMON_USES = {
    "french": frozenset("fries fry windows window doors door polish tips manicure".split()),
    "dutch": frozenset("oven ovens courage".split()),
    "english": frozenset(("muffin", "muffins")),
    "arabic": frozenset("numeral numerals number numbers numbering figures digits".split()),
    "india": frozenset(("ink", "rubber")),
    "brazil": frozenset(("nut", "nuts")),
    "cuba": frozenset(("libre",)),
    "florence": frozenset(("flask",)),
    "brussels": frozenset(("sprout", "sprouts")),
    "vienna": frozenset(("sausage", "sausages")),
    "jerusalem": frozenset(("artichoke", "artichokes")),
}
"""Set phrases style guides print in lower case (AP: 'french fries', 'dutch oven'; Chicago: 'arabic
numerals', as 'roman numerals'), and those of place names ('india ink', 'brazil nuts', 'cuba libre',
'brussels sprouts')."""
_COMMON_AFTER = {"arabic": ("gum",), "paris": ("plaster", "of")}
"""Set phrases that end with the name: 'gum arabic' (a resin), 'plaster of paris'."""


def _lower_case_use(words: list[Word], index: int) -> bool:
    """The word at ``index`` is in a set phrase English prints in lower case (:data:`_COMMON_USES`,
    :data:`_COMMON_AFTER`)."""
    low = words[index].low
    following = words[index + 1].low if index + 1 < len(words) and words[index].joined else ""
    if following in _COMMON_USES.get(low, ()):
        return True
    before = _COMMON_AFTER.get(low)
    return before is not None and tuple(word.low for word in words[max(0, index - len(before)) : index]) == before


class ProperAdjectiveCapital(GrammarRule):
    id = "grammar.proper-adjective-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A language, nationality or religion in lower case: 'I speak english', 'the french government'."
    why = (
        "Names of languages, peoples and religions take a capital, as nouns and as adjectives: 'English', "
        "'the French government', 'Muslim leaders'. Set phrases printed in lower case ('french fries', "
        "'dutch oven') are left alone, and so are words that are also common words ('polish', 'danish', "
        "'catholic tastes'); code and links are machine text and never checked. A hyphenated compound "
        "that opens with one takes the capital too ('American-made', 'French-style'; not 'french-fried')."
    )
    bad = (
        "I speak english and spanish.",
        "The french government objected, and many american citizens voted.",
        "She leads the local muslim community.",
        "This is the best american-made pan, and it is a french-style bakery.",
    )
    good = (
        "I speak English and Spanish; the French government objected.",
        "We ate french fries and cooked in a dutch oven; polish the silver.",
        "The chapters use roman numerals, and the pages arabic numerals.",
        "He has catholic tastes and a danish for breakfast; the paint holds gum arabic.",
        "We had french-fried onions in the English-speaking world.",
    )
    fixed = ()
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, w.PEOPLES):
            word = words[index]
            if word.text != word.low or in_quotes(doc, word.start):
                continue
            if _lower_case_use(words, index) or doc.is_protected(word.start, word.end):
                continue  # "french fries", "gum arabic"
            fixed = word.text[:1].upper() + word.text[1:]
            yield self.replace_word(
                word, fixed, f"A language, people or religion takes a capital: '{fixed}'.", FixSafety.UNSAFE
            )
        yield from self._compounds(doc)

    def _compounds(self, doc: Document) -> Iterator[Finding]:
        """'american-made', 'english-speaking': the people's word opens a hyphenated compound, which
        the text reads as one word (not 'french-fried', 'french-press', set phrases in lower case)."""
        compounds = {low for low in doc.distinct_lows if "-" in low and low.partition("-")[0] in w.PEOPLES}
        if not compounds:
            return  # (most texts: one pass over their distinct words, no walk over the tokens)
        for words in sentences(doc):
            for word in words:
                if word.low not in compounds or word.text != word.low:
                    continue
                people, _, rest = word.text.partition("-")
                if (
                    rest in _LOWER_CASE_COMPOUNDS
                    or in_quotes(doc, word.start)
                    or doc.is_protected(word.start, word.end)
                ):
                    continue
                fixed = people[:1].upper() + people[1:]
                yield self.finding(
                    word.start,
                    word.start + len(people),
                    f"A language, people or religion takes a capital: '{fixed}-{rest}'.",
                    suggestions=(fixed,),
                    fix=FixSafety.UNSAFE,
                )


_LOWER_CASE_COMPOUNDS = frozenset("fries fry fried press door doors window windows toast horn kiss braid twist".split())
"""What follows a people's word in a hyphenated set phrase printed in lower case ('french-fried')."""


_PLACES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bhutan bolivia bosnia botswana brazil britain bulgaria cambodia cameroon canada colombia
    croatia cuba cyprus denmark ecuador egypt england estonia ethiopia finland france germany ghana greece
    holland hungary iceland india indonesia iran iraq ireland israel italy japan kazakhstan kenya korea kuwait
    laos latvia lebanon libya liechtenstein lithuania luxembourg madagascar malaysia mali malta mexico moldova
    mongolia morocco mozambique myanmar namibia nepal netherlands nicaragua nigeria norway oman pakistan
    paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore
    slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia uganda
    ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
    europe asia africa antarctica america
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming
    london paris berlin madrid rome moscow tokyo beijing delhi mumbai cairo istanbul athens vienna prague
    warsaw budapest dublin edinburgh amsterdam brussels lisbon stockholm oslo copenhagen helsinki chicago
    boston seattle atlanta dallas houston miami denver detroit philadelphia toronto montreal vancouver sydney
    melbourne jerusalem baghdad tehran kabul karachi nairobi lagos johannesburg manchester liverpool glasgow
    birmingham kyiv kiev geneva zurich munich frankfurt hamburg milan naples venice florence barcelona seville
    brisbane auckland wellington ottawa quebec havana bogota santiago caracas jakarta bangkok hanoi seoul
    osaka kyoto damascus beirut riyadh dubai doha ankara baku tbilisi yerevan minsk bucharest sofia belgrade
    zagreb""".split()
)
"""Countries, continents, US states and large cities whose names are no English word in lower case.
Left out: 'china', 'turkey', 'chad', 'jordan', 'guinea', 'jersey', 'chile', 'panama', 'wales', 'manila',
'lima', 'nice', 'reading', 'bath', 'mobile', 'phoenix': each is also a common word."""

_PLACE_PAIRS: dict[str, tuple[str, ...]] = {
    "york": ("new",),
    "zealand": ("new",),
    "delhi": ("new",),
    "orleans": ("new",),
    "mexico": ("new",),
    "angeles": ("los",),
    "francisco": ("san",),
    "diego": ("san",),
    "vegas": ("las",),
    "kong": ("hong",),
    "lanka": ("sri",),
    "aviv": ("tel",),
    "dhabi": ("abu",),
    "lumpur": ("kuala",),
    "aires": ("buenos",),
    "rica": ("costa",),
    "rico": ("puerto",),
    "leone": ("sierra",),
    "carolina": ("north", "south"),
    "dakota": ("north", "south"),
    "korea": ("north", "south"),
    "africa": ("south",),
    "america": ("north", "south", "latin", "central"),
    "virginia": ("west",),
    "arabia": ("saudi",),
    "kingdom": ("united",),
    "states": ("united",),
}
"""Names of two words by their second word, with the first words it takes: 'new york', 'south africa'.
A second word that is also a place alone ('delhi', 'korea') is reported with its first word when it
has it. 'new jersey' is left out: 'a new jersey' is a shirt."""
_PLACE_WORDS = frozenset(_PLACES | _PLACE_PAIRS.keys())


class PlaceCapital(GrammarRule):
    id = "grammar.place-capital"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A country, state or city in lower case: 'in england', 'flew to new york'."
    why = (
        "Names of places take a capital: 'England', 'New York', 'Texas'. Only names that are no English "
        "word in lower case are checked ('china', 'turkey', 'jordan' and 'nice' are words too), and set "
        "phrases printed in lower case ('india ink', 'brazil nuts', 'plaster of paris') are left alone; "
        "so are handles, hashtags, file names, paths and code ('#london', 'paris.csv')."
    )
    bad = (
        "Voters in england and france went to the polls.",
        "She flew from london to new york.",
        "The storm hit texas and then Los angeles.",
    )
    good = (
        "Voters in England and France went to the polls; she flew to New York.",
        "Use india ink and brazil nuts, or plaster of paris; order a cuba libre and brussels sprouts.",
        "Tag it #london, save it as paris.csv, or run it with --city=boston.",
        "The turkey and the china set are in the new jersey bag; a nice reading.",
        "The two states united; the new kingdom of the south, and a new Mexico policy.",
    )
    fixed = (
        "Voters in England and France went to the polls.",
        "She flew from London to New York.",
        "The storm hit Texas and then Los Angeles.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _PLACE_WORDS):
            word = words[index]
            first = _pair_start(words, index)
            if first is None and word.low not in _PLACES:
                continue
            start = index if first is None else first
            span = words[start : index + 1]
            if all(part.text != part.low for part in span) or any(_machine_text(doc, part) for part in span):
                continue
            if in_quotes(doc, word.start) or _lower_case_use(words, index):
                continue
            if first is not None and span[-1].text != span[-1].low:
                continue  # "a new York": the first word is a word of its own before a name
            fixed = " ".join(part.text[:1].upper() + part.text[1:] for part in span)
            message = f"A place name takes a capital: '{fixed}'."
            if first is None:
                yield self.replace_word(word, fixed, message)
            else:
                yield self.finding(span[0].start, word.end, message, suggestions=(fixed,), fix=FixSafety.SAFE)


def _pair_start(words: list[Word], index: int) -> int | None:
    """Where the two-word name ending at ``index`` starts ('new york': the index of 'new'), if the word
    before it is the name's first word, on the same line of text."""
    firsts = _PLACE_PAIRS.get(words[index].low)
    if firsts is None or index == 0 or not words[index - 1].joined:
        return None
    return index - 1 if words[index - 1].low in firsts else None


RULES = [SentenceStartCapital, LowerCaseI, CalendarCapital, NameCapital, ProperAdjectiveCapital, PlaceCapital]
