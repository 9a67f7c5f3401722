"""The five kinds of house-style entry, one matcher each, behind one rule class.

A :class:`PackRule` carries a pack entry's metadata (so ``copydesk explain`` and the example tests
treat it like any rule) and checks a document the way its kind says:
existence (flag the phrases), substitution (use X, not Y), consistency (one form of each set per
document; the house form or the majority wins), boilerplate (whole paragraphs of CMS residue) and
placeholder (TK, lorem ipsum, left anywhere in the copy).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint._findings import Finding, FixSafety, Severity
from lint._offsets import PLACEHOLDER
from lint._rule import make_finding

from ._load import BUILTIN, Entry

if TYPE_CHECKING:
    from lint._document import Document, Span

_MAX_LINE = 300
"""Longer paragraphs (or lines) are prose, not furniture."""
_END_PARAGRAPHS = 5
# Stripped from both ends of a line before comparing it with boilerplate phrases.
_LINE_EDGES = " \t.:!?*|>»›→←‹«•·–—-_=#"
_WORD_RUN = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _phrase_pattern(phrase: str, capital_start: bool = False) -> str:
    """A phrase as a regex: any run of spaces matches any whitespace, either apostrophe matches,
    and with ``capital_start`` a lower-case first letter matches its capital too ("ceasefire" may
    start a sentence as "Ceasefire")."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    body = body.replace("'", "['’]")
    if capital_start and phrase[:1].islower() and len(phrase[0].upper()) == 1:
        body = f"[{phrase[0]}{phrase[0].upper()}]" + body[len(re.escape(phrase[0])) :]
    start = r"(?<!\w)" if phrase[:1].isalnum() else ""
    end = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return start + body + end


class _Set(NamedTuple):
    """One set of equivalent forms, compiled."""

    pattern: str
    """The regex source, compiled only for a document that uses two forms (most use none)."""
    forms: tuple[str, ...]
    preferred: str | None
    needles: list[tuple[str, ...]]
    """Per form, the literals of which the text must hold one for the form to be used at all."""
    whole: bool
    """Every form's needles are whole words in any use of the form (see :func:`_forms_present`)."""
    lows: tuple[tuple[str, ...], ...]
    """Per form, its needles in lower case (the form of the document's words)."""
    any_low: frozenset[str]
    """Every needle in lower case: a document of whole-word needles none of whose words is one uses no form."""


def _always_whole(needle: str) -> bool:
    """Whether every match of a form holds ``needle``, one of its words, (or its capitalised twin)
    as a whole run of word characters: letters and digits at both ends (every word of a form's
    pattern keeps its edges, see :func:`_phrase_pattern`)."""
    if not (_WORD_RUN.fullmatch(needle) and needle[0].isalnum() and needle[-1].isalnum()):
        return False
    # "ß" capitalises to "SS"; "Σ" lower-cases by its neighbours: no word test for them
    return len(needle[0].upper()) == 1 and "Σ" not in needle


def _forms_present(doc: Document, forms: _Set) -> int:
    """How many forms have a needle in the text; for a set of whole-word needles, also as a word.

    Most needles are in no document. The word test (is the needle, lower-cased, one of the
    document's words or parts of hyphenated words) is a set lookup, where the substring test scans
    the whole text; it can only count fewer forms, never fewer than the forms the regex finds:
    when it says "fewer than two", so would the regex, and when it says "two or more", so would
    the substring test alone. Either way the findings are the same. Substring tests are
    remembered for the document: entries share needles.
    """
    parts = doc.shared(_word_parts) if forms.whole else None
    if parts is not None and parts[0].isdisjoint(forms.any_low) and parts[1].isdisjoint(forms.any_low):
        return 0  # most sets, in most documents: two C-level tests instead of two per needle
    held = doc.shared(_substrings)
    count = 0
    for options, lows in zip(forms.needles, forms.lows, strict=True):
        for needle, low in zip(options, lows, strict=True):
            if parts is not None and low not in parts[0] and low not in parts[1]:
                continue
            found = held.get(needle)
            if found is None:
                found = held[needle] = needle in doc.text
            if found:
                count += 1
                break
    return count


def _word_parts(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """The document's words, lower case, and the parts of those joined by hyphens or apostrophes
    ("kyiv's" gives "kyiv" and "s"): a needle of letters and digits is a whole word or such a part
    exactly when it is in one of the two.

    The words are the document's own set: a set of every part, built from the split text, cost
    ~0.07 ms per 1,000-word article (new strings, each hashed); only the parts beside a hyphen or
    an apostrophe are new here.
    """
    words = doc.distinct_lows
    joined = " ".join(words)
    if "-" not in joined and "'" not in joined:  # Token.low has straight apostrophes only
        return words, frozenset()
    chunks = joined.replace("'", "-").split("-")
    parts = {before.rpartition(" ")[2] for before in chunks[:-1]}
    parts.update(after.partition(" ")[0] for after in chunks[1:])
    return words, frozenset(parts)


def _substrings(doc: Document) -> dict[str, bool]:
    """Which needles the text holds, filled in as entries ask."""
    return {}


def _pieces(needle: str) -> list[str]:
    """Substrings of ``needle``: each word with the space that joins it to the one before ("goes
    here" gives "goes ", " here"), or the needle itself."""
    words = needle.split(" ")
    found = [(" " if index else "") + word + (" " if index == 0 else "") for index, word in enumerate(words) if word]
    return found if len(words) > 1 and found else [needle]


def _normal_line(line: str) -> str:
    if not line.isascii():  # every character _QUOTES replaces is outside ASCII; translating costs ~4 µs a line
        line = line.translate(_QUOTES)
    return " ".join(line.split()).strip(_LINE_EDGES).lower()


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1 and not word.isupper():
        return word.upper()
    if template[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _may_match_at_end(pattern: str) -> bool:
    """Whether ``pattern`` holds ``$`` or ``\\Z`` (outside a character class): it may match at the end
    of the text, so searching a stretch that ends earlier could match where the whole text does not."""
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if not in_class and pattern[index + 1 : index + 2] == "Z":
                return True
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1 + (pattern[index + 1 : index + 2] == "^")
            index += pattern[index : index + 1] == "]"  # "[]...]" and "[^]...]": a literal "]"
            continue
        elif char == "$":
            return True
        index += 1
    return False


class PackRule:
    """One pack entry as a rule (it has the same metadata as a :class:`lint._rule.Rule`)."""

    def __init__(self, entry: Entry, furniture: Furniture | None = None) -> None:
        self.entry = entry
        self._furniture: tuple[Furniture, int] | None = None
        """The boilerplate entries judged with this one (see :class:`Furniture`) and its place among them."""
        if entry.kind == "boilerplate":
            if furniture is None or not any(other is entry for other in furniture.entries):
                furniture = Furniture((entry,))
            self._furniture = furniture, next(i for i, other in enumerate(furniture.entries) if other is entry)
        self.id: str = entry.id
        self.category: str = entry.category
        self.severity: Severity = entry.severity
        self.summary: str = entry.summary
        self.why: str = entry.why + f" (House-style pack entry, kind '{entry.kind}', from {_source(entry.origin)}.)"
        self.bad: tuple[str, ...] = entry.bad
        self.good: tuple[str, ...] = entry.good
        self.fixed: tuple[str, ...] = entry.fixed
        self.fix: str = entry.fix
        self.status: str = entry.status
        self.document_level: bool = entry.kind == "consistency"

    def __repr__(self) -> str:
        return f"PackRule({self.id!r})"

    # -- compiled matchers, built on first use ----------------------------------------------------

    @cached_property
    def _search(self) -> re.Pattern[str]:
        """Phrases and patterns (existence, placeholder) or the wrong forms (substitution) in one regex."""
        entry = self.entry
        phrases: Sequence[str] = [wrong for wrong, _ in entry.swap] if entry.kind == "substitution" else entry.phrases
        parts = [_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)]
        parts += [f"(?:{pattern})" for pattern in entry.patterns]
        flags = 0 if entry.case_sensitive else re.IGNORECASE
        return re.compile("|".join(parts), flags)

    @cached_property
    def _swaps(self) -> dict[str, str]:
        return {_normal_line(wrong): right for wrong, right in self.entry.swap}

    @cached_property
    def _sets(self) -> list[_Set]:
        """Per set: the regex source, the forms, the house form and a cheap substring test per form.

        The substring test (the form's longest word, as it may be capitalised) lets a document that
        uses at most one form of a set skip the regex: most documents use none.
        """
        compiled = []
        for forms, preferred in zip(self.entry.sets, self.entry.preferred, strict=True):
            parts = []
            needles: list[tuple[str, ...]] = []
            whole = True
            for form in sorted(forms, key=len, reverse=True):
                parts.append(_phrase_pattern(form, capital_start=True))
                longest = max((w for w in form.split() if "'" not in w), key=len, default=form.split()[0])
                needles.append(tuple(dict.fromkeys((longest, longest[:1].upper() + longest[1:]))))
                whole = whole and _always_whole(longest)
            lows = tuple(tuple(needle.lower() for needle in options) for options in needles)
            any_low = frozenset(low for options in lows for low in options)
            compiled.append(_Set("|".join(parts), forms, preferred, needles, whole, lows, any_low))
        return compiled

    @cached_property
    def _regexes(self) -> dict[str, re.Pattern[str]]:
        """The sets' regexes, compiled when a document first needs them."""
        return {}

    # -- checking ---------------------------------------------------------------------------------

    def check(self, doc: Document) -> Iterator[Finding]:
        kind = self.entry.kind
        if kind == "consistency":
            yield from self._consistency(doc)
        elif kind == "boilerplate":
            yield from self._boilerplate(doc)
        else:
            yield from self._matches(doc)

    def _message(self, default: str, **values: str) -> str:
        message = self.entry.message or default
        for name, value in values.items():
            message = message.replace("{" + name + "}", value)
        return message

    @cached_property
    def _needles(self) -> tuple[str, ...] | None:
        """Literals of which the text must hold one, or None when every text must be searched.

        From ``requires``, or for an entry of phrases alone from each phrase's longest word. Most
        documents hold none of them, and a substring test is far cheaper than the regex.
        """
        entry = self.entry
        if entry.requires:
            needles = entry.requires
        elif entry.phrases and not entry.patterns and entry.kind != "substitution":
            needles = tuple(max(phrase.split(), key=len) for phrase in entry.phrases if phrase.split())
        else:
            return None
        return needles if entry.case_sensitive else tuple(needle.lower() for needle in needles)

    @cached_property
    def _needle_cores(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The needles grouped by a word they share, with its space, first (" here" for "goes
        here", "caption here"...): a text without it holds none of them, so one substring test
        rules out the group (on text with curly quotes, each test costs ~4 µs an article)."""
        needles = self._needles or ()
        pieces = {needle: _pieces(needle) for needle in needles}
        shared = Counter(piece for needle in needles for piece in set(pieces[needle]))
        groups: dict[str, list[str]] = {}
        for needle in needles:
            core = max(pieces[needle], key=lambda piece: (shared[piece], len(piece)))
            groups.setdefault(core, []).append(needle)
        return tuple((core, tuple(group)) for core, group in groups.items())

    def _may_match(self, doc: Document) -> bool:
        if self._needles is None:
            return True
        text = doc.text
        haystack = (lambda _needle: text) if self.entry.case_sensitive else doc.lowered_for
        return any(
            core in haystack(core) and (group == (core,) or any(needle in haystack(needle) for needle in group))
            for core, group in self._needle_cores
        )

    @cached_property
    def _by_paragraph(self) -> bool:
        """Whether the patterns are tried only in the paragraphs that hold a ``requires`` string.

        A text of 50,000 words that holds "X" once (a name) cost ``placeholder.number`` four pattern
        scans of the whole text. Not for a pattern that can match at the end of the text (``$``,
        ``\\Z``): searched up to a paragraph's end, it would match there too.
        """
        return bool(self.entry.requires) and not any(map(_may_match_at_end, self.entry.patterns))

    def _ranges(self, doc: Document) -> list[tuple[int, int]]:
        """Where to search: the paragraphs holding a needle, or the whole text."""
        if self._by_paragraph and self._needles:
            return doc.paragraphs_holding(self._needles, lowered=not self.entry.case_sensitive)
        return [(0, len(doc.text))]

    def _matches(self, doc: Document) -> Iterator[Finding]:
        if not self._may_match(doc):
            return
        substitution = self.entry.kind == "substitution"
        text = doc.text
        for match in (m for start, end in self._ranges(doc) for m in self._search.finditer(text, start, end)):
            start, end = match.span()
            if start == end or doc.is_protected(start, end):
                continue
            found = match.group()
            if not substitution:
                yield make_finding(self, start, end, self._message(f"'{found}': {self.summary}", match=found))
                continue
            right = self._swaps.get(_normal_line(found))
            if right is None:
                continue
            suggestion = _match_case(found, right)
            safety = FixSafety.SAFE if self.fix == "always" else FixSafety.UNSAFE
            yield make_finding(
                self,
                start,
                end,
                self._message(f"Use '{suggestion}' instead of '{found}'.", match=found, suggestion=suggestion),
                suggestions=(suggestion,),
                fix=safety,
            )

    def _consistency(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for equivalents in self._sets:
            if _forms_present(doc, equivalents) < 2:
                continue
            pattern, forms, preferred, needles = (
                equivalents.pattern,
                equivalents.forms,
                equivalents.preferred,
                equivalents.needles,
            )
            # Forms often share their longest word ("Defense Ministry", "Ministry of Defense"), so
            # the test above passes on one mention: search only the paragraphs that hold a needle.
            regex = self._regexes.get(pattern) or self._regexes.setdefault(pattern, re.compile(pattern))
            found = [
                match
                for start, end in doc.paragraphs_holding(tuple({n for options in needles for n in options}))
                for match in regex.finditer(text, start, end)
                if not doc.is_protected(match.start(), match.end())
            ]
            if not found:
                continue
            canonical = {form.lower(): form for form in forms}
            used = [_canonical(m.group(), canonical) for m in found]
            counts = Counter(used)
            if len(counts) < 2:
                continue
            if preferred is not None and preferred in counts:
                chosen = preferred
            else:
                first = {form: used.index(form) for form in counts}
                chosen = max(counts, key=lambda form: (counts[form], -first[form]))
            described = ", ".join(f"'{form}' {count}×" for form, count in counts.most_common())
            reason = "house style" if chosen == preferred else "the form used most"
            top = counts.most_common(2)
            if chosen != preferred and top[0][1] == top[1][1]:
                reason = "the forms tie; the first form used is suggested"
            for match, form in zip(found, used, strict=True):
                if form == chosen:
                    continue
                suggestion = _match_case(match.group(), chosen)
                yield make_finding(
                    self,
                    match.start(),
                    match.end(),
                    self._message(
                        f"'{match.group()}' and '{chosen}' both appear in this document ({described}): "
                        f"use '{suggestion}' ({reason}).",
                        match=match.group(),
                        suggestion=suggestion,
                        counts=described,
                    ),
                    suggestions=(suggestion,),
                    fix=FixSafety.UNSAFE,
                )

    def _boilerplate(self, doc: Document) -> Iterator[Finding]:
        """Whole paragraphs of furniture, or paragraphs whose every line is furniture (found for
        every entry of the group at once, see :meth:`Furniture.found`)."""
        if self._furniture is None:
            return
        furniture, index = self._furniture
        for start, end, text in doc.shared(furniture.found)[index]:
            yield self._furniture_finding(start, end, text)

    def _furniture_finding(self, start: int, end: int, text: str) -> Finding:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        label = self.id.rsplit(".", 1)[-1].replace("-", " ")
        return make_finding(
            self,
            start,
            end,
            self._message(f"'{shown}' is page furniture ({label}), not part of the story: remove it.", match=shown),
            suggestions=("",),
            fix=FixSafety.UNSAFE,
        )


class Furniture:
    """Boilerplate entries judged together: each paragraph (and each line of it) is read once for
    all of them, not once per entry.

    A paragraph of furniture is short, so most paragraphs are ruled out by their length alone; a
    short one is compared with the phrases of every entry in one look-up.
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entry for entry in entries if entry.kind == "boilerplate")

    @cached_property
    def _phrases(self) -> dict[str, tuple[int, ...]]:
        """A phrase's normal form -> the entries (their indices) that hold it."""
        holders: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            for phrase in dict.fromkeys(_normal_line(phrase) for phrase in entry.phrases):
                holders.setdefault(phrase, []).append(index)
        return {phrase: tuple(indices) for phrase, indices in holders.items()}

    @cached_property
    def _patterns(self) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """Each entry's patterns as one regex (tried one by one: an alternation of all of them
        is slower to fail than the entries' own regexes, which fail on the first characters)."""
        sources = [(index, "|".join(f"(?:{p})" for p in entry.patterns)) for index, entry in enumerate(self.entries)]
        return tuple((index, re.compile(source, re.IGNORECASE)) for index, source in sources if source)

    def _matching(self, text: str) -> frozenset[int]:
        """The entries for which ``text``, as written, is furniture."""
        collapsed = " ".join(text.split())
        found = set(self._phrases.get(_normal_line(collapsed), ()))
        found.update(index for index, pattern in self._patterns if pattern.fullmatch(collapsed))
        return frozenset(found)

    def found(self, doc: Document) -> list[list[tuple[int, int, str]]]:
        """Per entry, ``(start, end, text)`` of each paragraph or line of furniture, in order.

        Soft-wrapped Markdown puts the end of a sentence alone on a line ("... from one channel to
        the\nnext."), so a line is never judged on its own: removing it would cut the sentence.
        Each distinct text is judged once (table cells and list items repeat the same short texts).
        """
        found: list[list[tuple[int, int, str]]] = [[] for _ in self.entries]
        if not self.entries:
            return found
        verdicts: dict[str, frozenset[int]] = {}

        def matching(text: str) -> frozenset[int]:
            verdict = verdicts.get(text)
            if verdict is None:
                verdict = verdicts[text] = self._matching(text) if len(text) <= _MAX_LINE else frozenset()
            return verdict

        paragraphs = doc.paragraphs
        if len(paragraphs) < 2:
            return found  # one paragraph is the whole text, no story around it: "Sign up for our newsletter."
        last = len(paragraphs) - _END_PARAGRAPHS
        for number, paragraph in enumerate(paragraphs):
            text = paragraph.text
            if PLACEHOLDER in text:
                continue  # built around a template tag ("Tags: {{ page.tags }}"): the layout's own
            whole = matching(text)
            lines: list[tuple[int, int, str]] = []
            by_line: frozenset[int] = frozenset()
            if "\n" in text:
                lines = _lines_of(paragraph)
                by_line = frozenset.intersection(*(matching(line) for _, _, line in lines))
                by_line -= whole
            for index in whole | by_line:
                if number < last and self.entries[index].position == "end":
                    continue
                if index in whole:
                    found[index].append((paragraph.start, paragraph.end, text))
                else:
                    found[index].extend(lines)
        return found


def _lines_of(paragraph: Span) -> list[tuple[int, int, str]]:
    """The non-blank lines of a paragraph: (start, end, stripped text) in document offsets."""
    lines = []
    position = paragraph.start
    for line in paragraph.text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            lines.append((start, start + len(stripped), stripped))
        position += len(line) + 1
    return lines


def _source(origin: str) -> str:
    """Where an entry comes from, for its documentation: a built-in pack's name or the file."""
    path = Path(origin)
    return f"the built-in pack '{path.stem}'" if path.parent == BUILTIN else origin


def _canonical(found: str, canonical: dict[str, str]) -> str:
    """The form as the entry spells it ("Ceasefire" at a sentence start is the form "ceasefire")."""
    exact = [form for form in canonical.values() if form == found]
    if exact:
        return exact[0]
    return canonical.get(found.lower(), found)
