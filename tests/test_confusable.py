"""grammar.confused-word's data: the confusion sets and the n-gram counts shipped with them."""

from __future__ import annotations

from lint import Config, check_text
from rules.grammar import _ngrams, build_ngrams
from rules.grammar.confusable import likelier_by


def test_the_shipped_counts_are_those_the_sets_need() -> None:
    """Editing confusables.txt without `python -m rules.grammar.build_ngrams` fails here."""
    main, function = (
        {
            key: int(number)
            for key, _, number in (line.partition("\t") for line in path.read_text(encoding="utf-8").splitlines())
            if number and not key.startswith("#")
        }
        for path in (_ngrams.COUNTS_FILE, _ngrams.FUNCTION_COUNTS_FILE)
    )
    assert (main, function) == build_ngrams.split_rows(build_ngrams.rows())
    assert all(word in main for word in _ngrams.set_words())


def test_function_word_pairs_are_read_only_by_the_function_word_rule() -> None:
    """The split file is found through pair_count, so the preview rule sees every pair it did."""
    assert _ngrams.pair_count("on", "of") is not None  # in function-word-ngrams.tsv
    assert _ngrams.pair_count("of", "the") is not None  # a judged preposition's pair stays in the main file
    assert _ngrams.pair_count("will", "by") is not None
    # ('on of the' is grammar.short-word-slip's now, and 'will by ready' grammar.common-word-slip's)
    assert _confused("If is not a problem for us.") == ["If"]


def test_sets_are_symmetric() -> None:
    sets = _ngrams.confusion_sets()
    assert "their" in sets["there"] and sets["their"] == ("there",)
    assert {"threw", "thorough", "though"} <= set(sets["through"])
    assert "way" in sets["was"] and "was" not in sets.get("way", ())  # "was > way": one way only


def test_an_attested_context_is_left_alone_however_common_the_other_word() -> None:
    assert likelier_by("cold", "could", "he", "do") is not None  # "he cold do": unattested
    assert likelier_by("could", "cold", "he", "do") is None  # "he could do": attested
    assert likelier_by("through", "threw", "spending", "tax") is None  # no pair attested: no evidence


def test_names_and_headings_are_not_common_words() -> None:
    assert check_text("Mr Cold do the talking, said Weather He.").diagnostics == []
    found = [d.text for d in check_text("He cold do it.").diagnostics if d.rule == "grammar.confused-word"]
    assert found == ["cold"]


def _confused(text: str) -> list[str]:
    """What the confusion-set rules flag: the default one and the opt-in one for function words."""
    rules = ("grammar.confused-word", "grammar.function-word-slip")
    found = check_text(text, "plain", Config(extend_select=("grammar.function-word-slip",))).diagnostics
    return [d.text for d in found if d.rule in rules]


def _alone(text: str) -> list[str]:
    """What grammar.confused-word flags when no other rule runs (a rule written for one slip keeps
    its own finding over this one's)."""
    found = check_text(text, "plain", Config(select=("grammar.confused-word",))).diagnostics
    return [d.text for d in found]


def test_a_landslide_counts_even_where_the_written_pairs_are_seen() -> None:
    """The web has 'on of' and 'the are' too; 'one of' and 'they are' win by hundreds of times."""
    assert likelier_by("on", "one", "is", "of") is not None
    assert likelier_by("by", "be", "to", "a") is None  # 'spoken to by a member': no landslide
    assert _confused("I think the are right.") == ["the"]


def test_a_missing_pair_of_a_function_word_must_be_news() -> None:
    """'island off' is rare by chance alone ('off' is common, 'island' is not): no evidence."""
    assert likelier_by("off", "of", "island", "the") is None
    assert _confused("They lived on an island off the coast.") == []
    assert _confused("She said the give refunds on Mondays.") == ["the"]


def test_the_first_word_of_a_sentence_has_one_neighbour_and_no_gap() -> None:
    assert _confused("Wood you like some tea?") == ["Wood"]
    assert _confused("Wood burns slowly.") == []


def test_one_way_sets_report_only_the_written_side() -> None:
    sets = _ngrams.confusion_sets()
    assert "of" in sets["if"] and "if" not in sets.get("of", ())  # 'asked of you' is sound
    assert "off" in sets["of"] and "of" not in sets.get("off", ())  # 'ten percent off the price'
    assert _confused("Ten percent off the price, if you ask.") == []


def test_the_pronoun_i_is_a_neighbour_not_a_name() -> None:
    """Counts are case-folded: 'I hear' is attested, so 'the things I hear are' is not 'here are'."""
    assert _confused("Most of the rumours I hear are false.") == []
    assert _confused("I could here the band from the car.") == ["here"]


def test_a_subject_and_its_verb_are_a_clause_the_counts_do_not_see() -> None:
    assert _confused("In the first weeks children form bonds with each other.") == []
    assert _confused("On the beach women wear hats, and men wear caps.") == []
    assert _confused("The old man sighs and sits down.") == []
    assert _alone("I wander if she will come.") == ["wander"]  # a verb for a verb: still a slip


def test_a_neighbour_that_favours_the_written_word_weakens_the_other_side() -> None:
    """'sign out' is as common as 'sign our': the finding would rest on 'out children' alone."""
    assert _confused("Parents must sign out children at the desk.") == []
    assert _confused("Thanks for out family trip.") == ["out"]


def test_the_sentence_rules_out_some_twins() -> None:
    assert _confused("Were it not for the rain, we would go, and even were this so, no one cares.") == []
    assert _confused("Patterns that match more than one line are slow.") == []  # a verb slot: not 'much'
    assert _confused("Despite never being given a title, he ran the office.") == []  # no 'have': not 'been'
    assert _confused("Are there different rules for guests?") == []  # not 'three'
    assert _confused("We are past the worst.") == []  # not 'passed'
    assert _confused("This is were we stand.") == ["were"]  # ('We know were we stand': grammar.were-confusion)


def test_a_rare_first_word_has_too_little_evidence() -> None:
    """'Sighs of' is missing from the counts because 'sighs' is rare, not because it is wrong."""
    assert _confused("Sighs of relief filled the room.") == []
    assert _confused("Cold you pass the salt?") == ["Cold"]


def test_a_content_word_landslide_counts_even_where_the_written_pairs_are_seen() -> None:
    """(grammar.their-confusion reports 'their is' too, and its finding is kept: this rule alone.)"""

    assert _alone("We made sure that their is enough food.") == ["their"]
    assert _alone("She found a was to help.") == ["was"]
    assert _alone("Free the form and the to parts.") == []


def test_a_noun_before_the_next_phrase_is_no_evidence_alone() -> None:
    """'event if' is rare because 'if' opens a clause, not because 'even' was meant."""
    assert _confused("Drop the drag event if another follows.") == []
    assert _confused("They sell it as meat the way it is.") == []
    # 'leak in' is too ordinary a pair to tell against a rare noun whose pair is missing only as chance
    # would have it: "braise the leek in stock" is sound, so "the roof has a leek in it" goes unreported
    assert _confused("The roof has a leek in it. Braise the leek in stock, then sear the steak in butter.") == []
    assert _confused("They closed the boarder with Canada.") == ["boarder"]  # 'the border with' tells


def test_fixed_phrases_are_left_alone() -> None:
    assert _confused("Good planning can help you weather the storm.") == []
    assert _confused("It was borne in upon me that he was right.") == []
    assert _confused("The child was borne in a stable.") == ["borne"]
    assert _confused("The water rose hour by hour.") == []


def test_a_determiner_alone_tells_only_which_noun_is_commoner() -> None:
    assert _confused("The hart drank from the stream.") == []
    assert _confused("The costumer sewed the gowns.") == []
    assert _alone("She had a hart attack.") == ["hart"]  # 'heart attack': the right pair tells
    assert _confused("The jib of the boat tore.") == []
    assert _confused("The company axed the project.") == []  # two verbs, only their object after
    assert _confused("He axed me to dinner.") == ["axed"]  # 'he asked' tells
    assert _confused("The show was axed after one season, and nothing could sate them.") == []
    assert _confused("He used a hoe to weed, and the dog had mange.") == []  # not 'a how', 'had manage'
    assert _confused("Stay for a wile, then go.") == ["wile"]
    assert _alone("The country is in the throws of a crisis.") == ["throws"]  # 'the throes of' tells


def test_questions_after_telling_and_stranded_prepositions() -> None:
    assert _confused("The message tells you where white space is missing.") == []
    assert _confused("The two that we know of were a part of it.") == []
    assert _alone("They were rescued in the town from were they had fled.") == ["were"]


def test_a_name_and_its_verb_an_object_and_its_bare_verb_a_relative_clause_are_sound() -> None:
    assert _confused("Annette ate an apple.") == []  # a name and its verb, not 'at'
    assert _confused("Let her live. They made him leave.") == []  # an object and a bare verb, not 'life'
    assert _confused("The people I know were there.") == []  # 'people [whom] I know were', not 'where'
    assert _confused("This is were we stand.") == ["were"]
