"""British spellings of the American words in the dictionary.

pyspellchecker's English dictionary is American. copydesk accepts a word that is correct in
either variant (mixing them is a consistency finding, not a misspelling) and suggests the
variant the configured ``language`` asks for. The British forms are produced here from the
American word list by the regular patterns below, plus a hand-written list of irregular pairs
(``rules/words/en-GB-pairs.txt``). All of it was written for copydesk.

Scanning 160,000 words with these patterns takes about 0.2 s, too slow for the first check of
a cold process, so the result is generated once into ``rules/words/en-GB-generated.txt``
(data derived from pyspellchecker's MIT-licensed word list) by running
``python bench/make_en_gb_words.py``; a test checks that the file is up to date.
"""

from __future__ import annotations

import re
from pathlib import Path

_WORDS = Path(__file__).resolve().parent.parent / "words"

# -ize → -ise (Oxford spelling allows both; -ise is the common British form).
_IZE = re.compile(r"^(?P<stem>[a-z]{2,}?)iz(?P<end>e|ed|es|ing|ation|ations|ational|er|ers|able)$", re.MULTILINE)
_IZE_KEEP = ("size", "seize", "prize", "maize", "baize", "assize", "capsize", "brize", "resize", "downsize")
# analyze → analyse, paralyze → paralyse.
_YZE = re.compile(r"^(?P<stem>[a-z]+)yz(?P<end>e|ed|es|ing|er|ers)$", re.MULTILINE)
# color → colour; the suffixes that keep the u in British spelling ("humorous" does not).
_OUR = re.compile(
    r"^(?P<pre>dis|un|mis|multi|water|off|tri|bi|ill|good|well|ar)?"
    r"(?P<stem>col|hon|fav|flav|lab|neighb|harb|hum|rum|vig|behavi|od|arm|savi|endeav|clam|ranc|val|vap|"
    r"parl|tum|splend|ferv|ard|cand|rig|demean|misdemean|succ|arb|sav|glam|clang)or"
    r"(?P<end>|s|ed|ing|ings|er|ers|ful|fully|less|able|ably|ite|ites|itism|hood|hoods|ist|ists|al|ally|y|ies)$",
    re.MULTILINE,
)
# center → centre, theater → theatre (and centered → centred, centering → centring).
_RE = re.compile(
    r"^(?P<stem>cent|theat|amphitheat|fib|calib|sab|somb|spect|lust|meag|sepulch|scept|mit|nit|och|goit|lit|"
    r"kilomet|centimet|millimet|louv|saltpet|reconnoit|epicent)er(?P<end>|s|ed|ing|piece|pieces)$",
    re.MULTILINE,
)
# defense → defence.
_ENSE = re.compile(r"^(?P<stem>def|off|pret|lic)ense(?P<end>|s|less)$", re.MULTILINE)
# catalog → catalogue.
_OG = re.compile(
    r"^(?P<stem>catal|dial|anal|prol|epil|monol|travel|homol|demag)og(?P<end>|s|ed|ing|er|ers)$", re.MULTILINE
)
# traveled → travelled: British doubles a final l before a vowel suffix.
_LL = re.compile(
    r"^(?P<stem>(?:un|re|de|dis|mis|over|under)?(?:travel|cancel|label|model|fuel|signal|level|counsel|marvel|"
    r"quarrel|total|tunnel|jewel|dial|duel|enamel|equal|grovel|libel|panel|pedal|pencil|shovel|snorkel|spiral|"
    r"swivel|tassel|towel|trowel|unravel|channel|chisel|rival|initial|cudgel|dishevel|gambol|kennel|revel|"
    r"shrivel|bevel|carol|yodel|stencil|refuel|barrel|bushel|funnel|imperil|marshal|medal|"
    r"squirrel|victual))(?P<end>ed|ing|er|ers|ist|ists|ous)$",
    re.MULTILINE,
)
# pediatric → paediatric: the Greek and Latin digraphs British spelling keeps.
_DIGRAPHS = (
    ("pediatric", "paediatric"),
    ("pediatrician", "paediatrician"),
    ("anemi", "anaemi"),
    ("anesthe", "anaesthe"),
    ("encycloped", "encyclopaed"),
    ("orthoped", "orthopaed"),
    ("hemorrh", "haemorrh"),
    ("hemoglob", "haemoglob"),
    ("hematol", "haematol"),
    ("hemophil", "haemophil"),
    ("leukem", "leukaem"),
    ("diarrhe", "diarrhoe"),
    ("archeolog", "archaeolog"),
    ("esophag", "oesophag"),
    ("gynecolog", "gynaecolog"),
    ("paleo", "palaeo"),
    ("septicem", "septicaem"),
    ("etiolog", "aetiolog"),
    ("homeopath", "homoeopath"),
)
_DIGRAPH = re.compile(r"^[a-z]*(?:" + "|".join(us for us, _ in _DIGRAPHS) + r")[a-z]*$", re.MULTILINE)


def _ize(match: re.Match[str]) -> str | None:
    word = match.group()
    if word.endswith(_IZE_KEEP) or any(keep in word for keep in _IZE_KEEP):
        return None
    return match.group("stem") + "is" + match.group("end")


def _our(match: re.Match[str]) -> str:
    return (match.group("pre") or "") + match.group("stem") + "our" + match.group("end")


def _re(match: re.Match[str]) -> str:
    stem, end = match.group("stem"), match.group("end")
    if end == "ed":
        return stem + "red"
    if end == "ing":
        return stem + "ring"
    return stem + "re" + end


def _digraph(word: str) -> str:
    for us, gb in _DIGRAPHS:
        if us in word:
            return word.replace(us, gb, 1)
    return word


def generate(american_words: str) -> dict[str, str]:
    """British form → American form by the regular patterns, for ``american_words`` (one per line)."""
    pairs: dict[str, str] = {}

    def add(gb: str | None, us: str) -> None:
        if gb and gb != us:
            pairs.setdefault(gb, us)

    for match in _IZE.finditer(american_words):
        add(_ize(match), match.group())
    for match in _YZE.finditer(american_words):
        add(match.group("stem") + "ys" + match.group("end"), match.group())
    for match in _OUR.finditer(american_words):
        add(_our(match), match.group())
    for match in _RE.finditer(american_words):
        add(_re(match), match.group())
    for match in _ENSE.finditer(american_words):
        add(match.group("stem") + "ence" + match.group("end"), match.group())
    for match in _OG.finditer(american_words):
        end = match.group("end")
        add(match.group("stem") + ("ogue" if end in ("", "s") else "ogu") + end, match.group())
    for match in _LL.finditer(american_words):
        add(match.group("stem") + "l" + match.group("end"), match.group())
    for match in _DIGRAPH.finditer(american_words):
        add(_digraph(match.group()), match.group())
    return pairs


def read_pairs(name: str) -> dict[str, str]:
    """A shipped pairs file: ``british american`` per line, ``#`` comments."""
    pairs: dict[str, str] = {}
    for line in (_WORDS / name).read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) == 2:
            pairs[parts[0]] = parts[1]
    return pairs


def british_pairs() -> dict[str, str]:
    """Every British → American pair copydesk knows: generated ones, then the hand-written ones."""
    pairs = read_pairs(GENERATED)
    pairs.update(read_pairs("en-GB-pairs.txt"))
    return pairs


GENERATED = "en-GB-generated.txt"
_HEADER = (
    "# British → American pairs generated by `python bench/make_en_gb_words.py` from pyspellchecker's\n"
    "# English word list (MIT). Do not edit: change the patterns in rules/spelling/_variants.py.\n"
)


def render(american_words: str) -> str:
    """The text of the generated pairs file."""
    pairs = generate(american_words)
    return _HEADER + "".join(f"{gb} {us}\n" for gb, us in sorted(pairs.items()))


def generated_path() -> Path:
    return _WORDS / GENERATED
