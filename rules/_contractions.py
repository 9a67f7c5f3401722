"""Contractions written without their apostrophe (or their 't): one table for the spelling rule,
which offers the contraction first, and grammar.broken-contraction, which reports it."""

from __future__ import annotations

WITHOUT_APOSTROPHE = {
    **{
        f"{stem}nt": f"{stem}n't"
        for stem in "do does did is was are were has have had could would should must need".split()
    },
    **{f"{stem}{end}": f"{stem}'{end}" for stem in ("you", "they") for end in ("re", "ve", "ll")},
    **{f"{stem}ve": f"{stem}'ve" for stem in "we should could would must might".split()},
    **{f"{stem}s": f"{stem}'s" for stem in "that what there here where who".split()},
    "ive": "I've",
}
"""Contractions written without their apostrophe that are no word of their own ('dont', 'theyre',
'shouldve'): always the contraction. ('Im', 'id', 'ill', 'hell', 'were', 'its', 'lets', 'well',
'shell' and 'wed' are words or names too, and are left to the rules that read their context.)"""

WITHOUT_T = {
    **{
        f"{stem}n": f"{stem}n't"
        for stem in "does did is was are were has had could would should must need might".split()
    },
    "shan": "shan't",
}
"""Negations that lost their 't ('It doesn work', 'there isn 't'): no words of their own. ('Haven'
is one: 'I haven a clue' is reported only before a determiner or a participle.)"""

BEFORE_A_VERB = {"cant": "can't", "wont": "won't", "dint": "didn't"}
"""Words ('the cant of politics', 'as was his wont', 'by dint of', 'a dint in the door') that are the
contraction before a bare verb ('dint' is 'didn't' as said aloud: "he dint see it")."""

WITHOUT_MARK = {**WITHOUT_APOSTROPHE, **WITHOUT_T}
"""Both tables in one: the contraction of each word that is no word of its own."""
