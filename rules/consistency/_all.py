"""The consistency rules in the order they run: the list their catalogue entries are generated from
(``python -m rules.build_catalogue``; a test fails until it is run after a change here)."""

from __future__ import annotations

from ._attribution import Attribution
from ._capitalization import Capitalization
from ._compound import CompoundForm
from ._modifier import CompoundModifier
from ._names import NameSpelling
from ._spelling import SpellingVariant
from ._style import StyleConvention

RULES = [SpellingVariant, CompoundForm, CompoundModifier, NameSpelling, Capitalization, StyleConvention, Attribution]
