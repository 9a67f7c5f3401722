"""The built-in grammar rules in the order they run: the list the catalogue is generated from.

The package registers these through :data:`rules.grammar._catalogue.CATALOGUE` (their ids and
metadata), so that a run imports a rule's module only when the rule runs (:mod:`lint._lazyrule`).
Adding a rule here means regenerating the catalogue: ``python -m rules.build_catalogue``
(a test fails until it is).
"""

from __future__ import annotations

from .adjective_nouns import RULES as _ADJECTIVE_NOUN_RULES
from .adverbs import RULES as _ADVERB_RULES
from .agreement import RULES as _AGREEMENT_RULES
from .articles import RULES as _ARTICLE_RULES
from .capitals import RULES as _CAPITAL_RULES
from .clause_frames import RULES as _CLAUSE_FRAME_RULES
from .clause_sequence import RULES as _CLAUSE_SEQUENCE_RULES
from .clauses import RULES as _CLAUSE_RULES
from .closed_compounds import RULES as _CLOSED_COMPOUND_RULES
from .collocations import RULES as _COLLOCATION_RULES
from .comparisons import RULES as _COMPARISON_RULES
from .compounds import RULES as _COMPOUND_RULES
from .confusable import RULES as _CONFUSABLE_RULES
from .confusions import RULES as _CONFUSION_RULES
from .coordination import RULES as _COORDINATION_RULES
from .determiners import RULES as _DETERMINER_RULES
from .homophones import RULES as _HOMOPHONE_RULES
from .light_verbs import RULES as _LIGHT_VERB_RULES
from .nouns import RULES as _NOUN_RULES
from .numbers import RULES as _NUMBER_RULES
from .oneword import RULES as _ONE_WORD_RULES
from .parenthetical import RULES as _PARENTHETICAL_RULES
from .prepositions import RULES as _PREPOSITION_RULES
from .pronouns import RULES as _PRONOUN_RULES
from .questions import RULES as _QUESTION_RULES
from .realword import RULES as _REALWORD_RULES
from .slips import RULES as _SLIP_RULES
from .structure import RULES as _STRUCTURE_RULES
from .tense import RULES as _TENSE_RULES
from .time_phrases import RULES as _TIME_RULES
from .typos import RULES as _TYPO_RULES
from .verb_patterns import RULES as _VERB_PATTERN_RULES
from .verbpairs import RULES as _VERB_PAIR_RULES
from .verbs import RULES as _VERB_RULES
from .word_choice import RULES as _WORD_CHOICE_RULES
from .wordforms import RULES as _WORD_FORM_RULES

RULES = [
    *_VERB_RULES,
    *_COORDINATION_RULES,
    *_AGREEMENT_RULES,
    *_PARENTHETICAL_RULES,
    *_ARTICLE_RULES,
    *_CONFUSION_RULES,
    *_CONFUSABLE_RULES,
    *_REALWORD_RULES,
    *_PRONOUN_RULES,
    *_DETERMINER_RULES,
    *_NOUN_RULES,
    *_NUMBER_RULES,
    *_VERB_PATTERN_RULES,
    *_COMPARISON_RULES,
    *_CAPITAL_RULES,
    *_STRUCTURE_RULES,
    *_COLLOCATION_RULES,
    *_PREPOSITION_RULES,
    *_LIGHT_VERB_RULES,
    *_ADJECTIVE_NOUN_RULES,
    *_TYPO_RULES,
    *_SLIP_RULES,
    *_TIME_RULES,
    *_TENSE_RULES,
    *_CLAUSE_SEQUENCE_RULES,
    *_ADVERB_RULES,
    *_ONE_WORD_RULES,
    *_CLAUSE_RULES,
    *_WORD_FORM_RULES,
    *_VERB_PAIR_RULES,
    *_COMPOUND_RULES,
    *_CLOSED_COMPOUND_RULES,
    *_HOMOPHONE_RULES,
    *_QUESTION_RULES,
    *_WORD_CHOICE_RULES,
    *_CLAUSE_FRAME_RULES,
]
