"""Consistency: one story, one way of writing each thing.

Every rule here compares parts of a document (``document_level = True``): it counts the forms a
document uses for the same thing, picks the winner (the house form when a pack names one, else
the majority) and reports every other occurrence with the winner as the suggestion and the counts
in the message. When the forms tie and nothing else decides, the first form used is suggested and
the findings are information only: nothing says which form the house uses.
"""

from __future__ import annotations

from lint._lazyrule import lazy_rules

from .._catalogue import CATALOGUE

RULES = lazy_rules(CATALOGUE["rules.consistency"])
"""The rules of :mod:`._all`, each module imported when its rule first runs (:mod:`lint._lazyrule`)."""
