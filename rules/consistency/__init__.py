"""Consistency: one story, one way of writing each thing.

Every rule here compares parts of a document (``document_level = True``): it counts the forms a
document uses for the same thing, picks the winner (the house form when a pack names one, else
the majority) and reports every other occurrence with the winner as the suggestion and the counts
in the message. When the forms tie and nothing else decides, the first form used is suggested and
the findings are information only: nothing says which form the house uses.

The rules are listed in :mod:`._all` and registered from the generated catalogue
(:data:`rules.CATALOGUED`), so this package imports none of them: each rule's module is imported when
the rule first runs.
"""
