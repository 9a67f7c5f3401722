"""Consistency: one story, one way of writing each thing.

Every rule here compares parts of a document (``document_level = True``): it counts the forms a
document uses for the same thing, picks the winner (the house form when a pack names one, else
the majority) and reports every other occurrence with the winner as the suggestion and the counts
in the message. When the forms tie and nothing else decides, the first form used is suggested and
the findings are information only: nothing says which form the house uses.
"""

from __future__ import annotations

from ._attribution import Attribution
from ._capitalization import Capitalization
from ._compound import CompoundForm
from ._modifier import CompoundModifier
from ._names import NameSpelling
from ._spelling import SpellingVariant
from ._style import StyleConvention

RULES = [SpellingVariant, CompoundForm, CompoundModifier, NameSpelling, Capitalization, StyleConvention, Attribution]
