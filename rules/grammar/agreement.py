"""Subject–verb agreement in the clear cases: "the figures was", "she agree", "one of the … are"."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from lint._findings import Finding, FixSafety, Severity
from rules._contractions import BEFORE_A_VERB

from . import _ngrams
from . import _words as w
from ._base import BACKEND_RANK, GrammarRule
from ._clause_time import RELATIVES, main_verb, relative_clause_end
from ._tagger import NOUN_TAGS, clause_verb, sentence_tags
from ._tokens import (
    Word,
    after_cut,
    code_label,
    cut_after,
    ends_in_question_mark,
    ends_like_a_sentence,
    in_quotes,
    match_case,
    occurrences,
    places,
    positions,
    sentences,
)
from .determiners import MASS_NOUNS
from .tense import past_marker_after
from .verbs import compound_head_next

if TYPE_CHECKING:
    from lint._document import Document

TO_PLURAL = w.PLURAL_AUXILIARIES
TO_SINGULAR = {plural: singular for singular, plural in TO_PLURAL.items()}
_PLURAL_FORMS = {**TO_PLURAL, "was": "were", "wasn't": "weren't"}
# Determiners that open a subject noun phrase.
_DISTRIBUTIVES = frozenset("each every either neither".split())
_PAIR_DISTRIBUTIVES = frozenset(("every", "each"))
"""Determiners that make one subject of each pair after them: 'every player and coach was'."""
"""Determiners that make their noun singular: 'each student has', 'neither side wants'."""
_SUBJECT_DETERMINERS = w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES | w.PLURAL_DETERMINERS | _DISTRIBUTIVES
_SINGULAR_DETERMINERS = frozenset("the a an this that his her its our their my your".split()) | _DISTRIBUTIVES
# Adverbs allowed between a pronoun subject and its verb ("she also agree").
_SUBJECT_ADVERBS = frozenset(
    "also still never always often usually rarely sometimes now only just really even actually".split()
)
_FREQUENCY_ADVERBS = frozenset("always never often usually rarely sometimes".split())
"""Adverbs of frequency, after which a word that is a noun or a bare verb is the verb ("the script
sometimes crash"): a noun does not follow them inside a subject."""
# Verbs after which "he"/"she"/"it" … is not a plain subject (questions, causatives, subjunctives).
# 'dare' as a modal: "How dare he say that?"
_NOT_SUBJECT_CONTEXT = (
    w.AUXILIARIES | w.CAUSATIVES | frozenset("seen bid feel felt that lest if n't n’t dare daren't".split())
)
_NOT_BASE_VERBS = frozenset("need dare be please let people".split())
"""Bare forms never read as the verb here: modal-like ('need', 'dare'), 'let', and 'people', a verb
too rare to read after a noun ("the council advice people to stay in" has 'advice' for 'advise')."""
_OBJECT_STARTS = (w.ARTICLES | w.DEMONSTRATIVES | w.OBJECT_PRONOUNS | frozenset(("that",))) - {"her"}
_NOT_PLURAL_DETERMINERS = frozenset("a an this that".split()) | _DISTRIBUTIVES
_INDEFINITES = w.INDEFINITE_PRONOUNS
_BUT_HEADS = _INDEFINITES | frozenset("all none no-one".split())
"""Words after which 'but' means 'except' ("everyone but the twins", "all but the last")."""
_QUANTITY_HEADS = frozenset(
    "number lot lots plenty couple many several most some all dozens hundreds thousands millions half none".split()
)
"""Words that with 'of' count what follows, so the verb agrees with the noun after 'of': 'a number
of people have', 'most of the cake was'."""
_TRIGGERS = (
    _SUBJECT_DETERMINERS
    | _INDEFINITES
    | _QUANTITY_HEADS
    | w.CARDINALS
    | frozenset("he she it i we they you one each police".split())
)
_OF_DETERMINERS = (w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES) - {"a", "an"}
_FINITE = frozenset(set(TO_PLURAL) | set(TO_SINGULAR) | w.MODALS | {"had", "did", "do"})


_NAMING_NOUNS = frozenset("letter letters pronoun word numeral capital vowel symbol character".split())
"""Nouns that name a word or a letter in apposition: 'the pronoun I', 'the letter I', 'the word they'."""


class SubjectVerbAgreement(GrammarRule):
    id = "grammar.agreement"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A verb that does not agree with its subject, in the clear cases."
    why = (
        "'The figures was', 'she agree', 'the agency plan to' and 'one of the officials are' are the "
        "agreement slips that survive a quick read. Only unambiguous subjects are checked: a plural "
        "noun right after a determiner, 'he', 'she' or 'it', a singular noun after a determiner, and "
        "'one of' or 'each of', a sentence that opens with an uncountable noun ('Mathematics are') or "
        "'more than one' and a noun, and nouns with no singular ('my glasses is'). A head noun before "
        "'of' keeps the verb through a second phrase ('the level of pollution in the rivers is') and "
        "past a participle before the phrase's noun ('the list of approved suppliers is'); a singular "
        "head keeps it past an adverb of frequency ('my brother always forgets') and past a relative "
        "clause of one verb and a short object ('the boxes that arrived this morning are', and with "
        "no relative pronoun after a subject pronoun: 'the books I borrowed from the library are'; and "
        "past an insertion between commas before 'are', 'were' or 'have': 'the manager, a former nurse, "
        "has', or before a bare verb and its object, 'to' or a phrase: 'the study, funded by a charity, "
        "suggests that'; not a group noun there: 'the couple, married for years, are'; not "
        "after a verb that takes a clause, nor with 'and' in it, nor after a time or an amount: 'These "
        "days I find the price is high', 'The ten dollars I lent him was'). "
        "'I are' is 'I am' (not after 'and', 'or', 'nor': 'my wife and I are'). An adverb in -ly "
        "between a head or a pronoun and its verb is passed like one of frequency ('the figures clearly "
        "shows', 'she carefully check'), and "
        "after 'always', 'never', 'often', 'usually', 'rarely', 'sometimes', or an -ly adverb before an "
        "object, a bare verb that is also a noun is the verb ('the printer often jam'). "
        "Collective nouns "
        "with a plural verb ('the government have') are "
        "standard British English: quiet in en-GB; in en-US, whose style guides take the singular, the "
        "correction is offered, not applied. A name that opens a sentence or a clause before a bare verb "
        "('Maria want to leave', 'I think Jamal like you') is checked in en-US only (British English gives a "
        "team or a firm a plural verb), and 'That don't' opening a sentence is 'That doesn't'. A bare verb "
        "that is an adjective too ('my friend live in Rome', 'the shop open at nine') is read as the verb "
        "only where it is the sentence's sole verb before a phrase, an object (a determiner, or a word "
        "that is only a noun: 'the teacher give homework') or a number, and after a possessive and a "
        "person ('my sister work at the hospital') even where the tagger reads a noun; a clause after "
        "'think', 'believe' or 'suppose' opens a subject as one after 'that' does. Words in "
        "quotation marks are left as spoken. A longer subject that opens the sentence is read by the tagger "
        "(the clause reader of :mod:`._clause_time`): a determiner, a head noun, then prepositional phrases "
        "or one plain relative clause ('who owns the two bakeries on Main Street'; not one whose verb takes "
        "a clause: 'the man who said the prices are high'; its subject a pronoun, a noun after a "
        "determiner or a name: 'that the committee approved'), or a participle's or an infinitive's phrase "
        "('the rules governing parking on', 'the decision to close two schools'; a participle only before "
        "a determiner, a preposition or an adverb, since one before a bare noun may be a compound's: 'The "
        "rear trailing arm bushings take'), then the first verb; 'are', 'were', 'have' "
        "or a present that is only a verb after a singular head ('The report on the causes of the "
        "warehouse fires were released'), 'is', 'was', 'has' or a verb in -s after a plural one ('The "
        "families who live near the old plant wants', after a relative clause or a participle's "
        "phrase). Heads that count, group or choose, collective "
        "and plural-only nouns, 'a' or 'an' and 'of' ('A wave of layoffs are expected': a measure may "
        "count what follows), a compound modifier written without its hyphens ('The state of the art "
        "facilities are') and a subject with 'and' or 'or' are left alone."
    )
    bad = (
        "He explained that he don't know, and if she are late we wait.",
        "The figures was released on Monday.",
        "She agree with the ruling.",
        "They has a point, and we was right. I agree, and they goes.",
        "They goes there every week, and I likes it.",
        "One of the officials are under investigation.",
        "He said the agency plan to cut 200 jobs.",
        "The report have been delayed.",
        "The government have refused to comment.",
        "Each of the children are happy.",
        "Also, these people does not know. Both of them believes it.",
        "Nobody know where the money went, and everyone have a theory. Everyone in the office have a key.",
        "The man with the two dogs are waiting outside.",
        "The number of cases have doubled since May.",
        "Neither of the drivers were hurt.",
        "You was right: the coach give us too much work.",
        "The council's findings was published, but he do not agree.",
        "She live in Leeds, and he clean the kitchen every day.",
        "The cost of living have gone up. One of my brothers live in Canada.",
        "Each of the boxes need a label. Every child need love, and no one know why.",
        "Neither the mayor nor her deputy were available.",
        "A number of readers has written in, and most of the bread were stale.",
        "Many of the workers is unhappy, and a lot of them was late.",
        "The police is on the way, the news are bad. Their luggage were lost. This are the facts.",
        "The report say the plan failed, and the machine need a new part.",
        "The price of the ticket include a meal.",
        "None of the money were recovered, and half of the cake were eaten.",
        "The criteria is clear. The phenomena was observed.",
        "Neither the coach nor the players was available, and either my aunt or her sons is driving.",
        "Not only the chairman but also the directors was questioned.",
        "Officials found that the bridge have been closed since May, after the plan were approved.",
        "Two men was arrested, and the patient were discharged on Monday.",
        "Police says the figures also shows a rise. The report still have errors.",
        "The roads were closed and the bridge were damaged. Prices rose and the shares has fallen.",
        "Neither of them want to go, and each of the boxes hold a key.",
        "Her clothes was wet. My glasses is broken.",
        "Mathematics are my favourite subject. Each and every student have a locker.",
        "More than one student were absent, and every kid in the class are excited.",
        "It need to be done today, and he need a break.",
        "In addition it have a cost. Today, it need a fix. They needs money, and I likes tea.",
        "History tell us otherwise. The patients shows improvement. This point affect the environment.",
        "The level of pollution in the rivers are alarming, and the price of tickets for children were cut.",
        "The cost of repairs to the bridges are expected to rise.",
        "A large number of cases was reported, and a growing number of people is moving abroad.",
        "One of the reasons for the changes are the cost of energy.",
        "Economics are a popular subject at this school.",
        "Each of the three candidates are qualified, and an increasing number of families is struggling.",
        "The value of the company's shares have fallen, and the quality of Britain's schools are improving.",
        "Everybody in the two villages want the road reopened, and nobody on either side want a vote.",
        "Two of the victims is still in hospital, and each of the new flats come with a garage.",
        "The list of players selected for the final round are due. Nearly every student in the school have a laptop.",
        "The cars will change, but history tell us that demand never stops; we know that research show it.",
        "The parcels that came this morning is damaged, and the clerk who signs the forms are away.",
        "My brother always forget his wallet. Each of the dates work for me.",
        "This printer often jam when the paper is damp, and our director never answer the phone.",
        "Sorry, I are late, and when I has time I will call.",
        "The figures clearly shows a fall, and the landlord regularly inspect the flats.",
        "She carefully check every invoice, and we strongly recommends it.",
        "One of the hospital's three scanners are out of action, and one of Britain's banks are cutting jobs.",
        "The number of complaints about collections have doubled.",
        "The cost of repairs to the two damaged ferries are estimated at four million.",
        "The list of schools affected by the heating failure are posted online.",
        "Every player and coach were tested before the match.",
        "The books I borrowed from the library is overdue, and the parcel they sent last week have arrived.",
        "The manager, a former nurse, have worked here for years, and the girl, tired after the race, were sent home.",
        "The study, funded by a local charity, suggest that sleep matters. The mayor, as expected, oppose the plan.",
        "The teacher give homework every day. My sister work at the hospital.",
        "The list of items on the website were updated on Monday.",
        "The number of patients waiting more than four hours in the department have risen.",
        "One of the three men charged over the robbery have been granted bail.",
        "The report on the causes of the warehouse fires were released.",
        "The impact of rising interest rates on small businesses are growing.",
        "The families who live near the old plant wants the state to act.",
        "The players who joined the team this season brings energy.",
        "The list of items that the committee approved last spring are posted online.",
        "The decision to close two of the district's schools have angered parents.",
        "Every student and faculty member are required to attend. Every student and staff member have a locker.",
        "Each of the three branch libraries offer free Wi-Fi, and each of the rooms have large windows.",
        "One of the most popular features of our new espresso machines are the built-in frother.",
        "When he come home, we eat, and by the time it come back on, the loaf was ruined.",
        "The kids who signed up for the Thursday workshop is asked to bring a shirt.",
        "The instructions that came with the shelf doesn't mention the second person.",
        "Every room and hallway in the house have been freshly painted.",
        "Everyone who attended the vigil for the two slain officers were given a ribbon.",
        "Each of our guided tours include a lunch, and most of our guests comes back every year.",
        "Each room in our guesthouse have a balcony, and all of the information on this page are free.",
        "Neither the hotel nor its partner agencies is responsible for the delay.",
        "One of the best things about this campsite are the showers, and the amount of sugar in these drinks are high.",
        "Information about our opening times are available, and advice from our experts are free.",
        "More information about our guided walks are on the website.",
        "Each department chair and program director are expected to attend.",
        "Officials said the cause of the two blazes remain unclear.",
        "Each of the 45 participants were asked to complete a questionnaire.",
        "All of the items in your basket is eligible for free delivery.",
        "The 2008 financial crisis lead to a sharp increase in youth unemployment.",
        "Neither the students nor the teacher offer a reason for the delay.",
        "Neither the finance director nor the auditors was aware of the discrepancy.",
        "Neither the manager nor the assistant coach were available to comment.",
        "One of the printers on the third floor are out of toner again.",
        "Each of the plugins in the examples folder include a short README.",
        "Neither the client nor the dashboard support exporting; neither the coach nor the captain want to talk.",
        "Every request sent to the staging cluster have to be signed, and the report written by the auditors are due.",
        "Mr. Tanaka have asked me to forward the schedule, and Dr. Patel don't see patients on Wednesdays.",
        "Every manager who approved the new plans have left the company.",
        "Every one of our smoothies are made to order, and each of the kombuchas are brewed here.",
        "This three-bedroom house, which sits on a quiet street, feature an updated kitchen and a fenced yard.",
        "The list of ingredients look intimidating, but most are staples.",
        "Each of the guesthouses we stayed in were run by a family, and every one of the letters we got were kind.",
        "Neither the deposit nor the cleaning fee are refundable once the reservation is confirmed.",
        "Everyone who attended the workshops say the format helped; anyone who orders before noon get it today.",
        "The committee meet on the first Tuesday of each month. The band play every Friday night.",
        "Our collection of vintage sewing patterns are online; the list of hotels and cafes now include two inns.",
        "The board of trustees have voted to raise tuition by two percent.",
        "The choir, which formed in a church basement, are touring Ohio this spring.",
        "The price of gas and groceries have gone up again this spring.",
        "The policy on remote work and travel expenses have been updated.",
        "Every employee in the accounting and billing departments need to finish the course.",
        "The quality of the herbs from the farmers market make a huge difference.",
        "The debate team's new coach lead them to a state title.",
        "The team's top two scorers has combined for 40 points a game.",
        "One of the volunteers who organize the clothing drive are retiring.",
        "One of the most common mistakes new gardeners make are planting too early.",
        "One of the three ceiling fans work properly, and one of the rules that apply are strict.",
        "Two of the three bridges over the canal was closed for inspection.",
    )
    good = (
        "Every generation of Americans has faced a test; each of the managers who approved the plans has left.",
        "The man who police believe started the fire was arrested; the woman who officers say fled is missing.",
        "The price of tickets to the final is high; the threat of attacks against the embassy was high.",
        "They insisted that he go, and if she were here she would agree.",
        "The study that found the drugs are safe was small; the man who runs the shop and his wife are friends.",
        "The team that won the cup are celebrating; the fact that prices rose is clear.",
        "If the printer ever jam, call me; the kids said the teacher never listen.",
        "They insist the child always wear it.",
        "The committee always meet in the library; the coast, often home to seals, is calm.",
        "My wife and I are here; neither she nor I are free; Act I is long; Edward I was king.",
        "The data clearly show it; the family usually eat together; the news quickly spreads.",
        "I suggest he carefully check it; it largely depends on the weather; let it quietly run.",
        "I suggest he leave now; they demanded she resign.",
        "The matter of how black people are viewed needs to be addressed.",
        "The figures were released on Monday.",
        "One of the figures was wrong, and the news is good.",
        "The team are all very happy, and the family were each given a room.",
        "Somebody help me! Everybody sit down! Nobody move!",
        "Does she agree with the ruling? Let it go, and make him pay.",
        "The court demanded that he resign and that the agency remain independent.",
        "Among the dead was a child; the series is over.",
        "The agency plan to cut 200 jobs was rejected.",
        "The majority are women, and the couple have two children.",
        "We made it happen, and what made it have such pull? We parents know, and they themselves agree.",
        "The village school a century on. The sports shows attract viewers; science fiction fans love it.",
        "The agency plan the board approved was rejected, and the awards shows were long.",
        "One of the officials who are under investigation resigned.",
        '"She don\'t care," he said.',
        "World War I was long; Elizabeth I is buried here; I was there.",
        "Living in a house with so many girls is hard.",
        "Does anyone know the way? If anyone were to ask, say no. Anyone know a good dentist?",
        "We parents know best, and you guys rock; we Democrats win. I agree with you, you guys.",
        "The bill before you is long; the number of cases is rising; a number of cases are open.",
        "They insist that everyone have a say, and nobody need worry.",
        "Neither of them is ready; neither the mayor nor her deputies were available.",
        "The thing that scared you was the noise. The man with the two dogs is here.",
        "A couple of weeks is enough; all of the team are here; the number of cases has risen.",
        "Most of the cake was eaten, and some of the money is missing; lots of people think so.",
        "The effects of this are clear; the news reports are wrong; the police officer is here.",
        "If this were so, we would know. He, clean and tidy, left. Let her live. Did he open it?",
        "The price of bread and milk has gone up; each of them need not come. No one need worry.",
        "The agency plan the board approved was rejected. Clippings from days after the duel give a date.",
        "You and he are friends, and Sam and she were late. Everyone except me was invited.",
        "Everything bar the roof burned. Anyone know a good plumber?",
        "...the survey are in, she said.",
        "… he see a doctor at once.",
        "The price of the tickets includes a meal; the head of the firm decline was sudden.",
        "None of the players is injured, and none of the players are; half of the team are British.",
        "The criteria are clear; the criterion is clear; the data is clear; the bacteria was found.",
        "Neither the coach nor the players were available; either my aunt or her sons are driving.",
        "Not only the chairman but also the directors were questioned; neither of them is here.",
        "She said that the team have been told; we urged that the board have been consulted by May.",
        "Two hours was enough, ten dollars was deducted, and the elderly were advised to stay in.",
        "One of the two men was arrested; the patient was discharged; the poor were hit hardest.",
        "The blind were helped across, and the living are given priority.",
        "Police say the figures also show a rise; Police Scotland is looking; the board also have a say.",
        "The coach and the captain were fined; talks collapsed and the unions were furious.",
        "Between the river and the road were fields; he left and the team have struggled since.",
        "Can one of you give me a call? Does each of them have a ticket? She insisted that each of them pay.",
        "A pair of glasses is on the table; the glasses case is empty; the goods train was late.",
        "More than one of the students were absent. More than one in ten people are affected.",
        "Wildlife are returning. NEWS ARE IN. Mathematics is hard; the classes were full.",
        "It need not be done, he need not worry, and if he need help he asks.",
        "The last of the guests were leaving; the best of the players are here; the poor of the city are hungry.",
        "The level of pollution in the rivers is alarming; a large number of cases were reported.",
        "One of the players in the squad is injured; each of the boxes in the room has a label.",
        "The economics of the deal are attractive; statistics are collected monthly.",
        "Each of the three candidates is qualified; the rising number of cases is a worry.",
        "The value of the firm's shares has fallen; the pick of the city's restaurants are open.",
        "The owners of the company's shares have voted; the rest of the club's players are fit.",
        "One of the band's songs and two of its videos are listed; one of the team's fans who were there spoke.",
        "Complaints about delays are rising; the cost of repairs to the two ferries is high.",
        "The schools affected by it are shut, and the list of schools affected by it is online.",
        "Every player and coach was tested; each player and his coach were tested; every player and all coaches were.",
        "She insisted that everyone in the room stand up. Does anyone here want a drink?",
        "I asked everyone in the room to go, and let everyone in the team know the plan.",
        "Everybody sit down. Somebody get the door. Nobody say a word. After me, everyone repeat the line.",
        "The main entry point to the park. The key function that creates the list. The user edit field is empty.",
        "Two of the hours was wasted; two of the victims are still in hospital; two of the eggs is plenty.",
        "The number of people killed in the raid has risen; the rest of the players selected for it are fit.",
        "The houses built after the war were small, and homes built before the war are often draughty.",
        "How dare he say that? Dare she ask for more?",
        "The changes the board made after the audit were modest; the reports she wrote before the war were lost.",
        "Everyone but the twins was invited, and nothing but the walls was left.",
        "The buildings that stood before the fire were wooden. The trains running after the strike were full.",
        "She thinks the plans the council approved after the vote are too costly.",
        "Most of the days after the accident are a blur.",
        "The flights cancelled after the strike were rebooked.",
        "The men and women who served after the war were honoured.",
        "History and science teach us a lot; because history books tell us so, we believe it, and life goes on.",
        "The thing I like most is the view. The ten dollars I lent him was never repaid.",
        "These days I find the price is too high, and the way I see it is simple.",
        "If the king, as you say, were here, he would act; the couple, married for years, are retiring.",
        "When you open the file, written in May, read the notes; the couple, despite their age, travel a lot.",
        "Profits since the merger have fallen, and sales after the launch have doubled.",
        "We packed a tent, a stove, a lamp, water bottles and food; the class, as usual, walk to school.",
        "The price increase announcement came yesterday. The team lead praised staff. My father work ethic is strong.",
        "The list of items on the website was updated on Monday.",
        "A number of residents living near the plant have complained; some of the men charged have been freed.",
        "A body of men calling themselves the Congress are in session; each of the players selected has a shirt.",
        "The members of the board who voted against the plan say they were misled.",
        "The owners of the house that burned down plan to rebuild, and the man who said the prices are high left.",
        "A wave of layoffs are expected, and the state of the art facilities are open.",
        "The leaders of the group that organized the march say it was peaceful.",
        "The whole of the town's residents were there.",
        "The rear trailing arm bushings take a lot of abuse; the plan to build houses was approved.",
        "The structure of a state and its constitution are responsible for it.",
        "I saw it come; let it run; I suggest he come early; if it come to that, we fight; we time it well.",
        "The kids who signed up for the Thursday workshop are asked to bring a shirt.",
        "The study that looked at the kids who signed up is new; the man who met the Smiths in May has left.",
        "Everyone who attended was given a ribbon. Everyone who knows the men is welcome.",
        "Each of the listed items is free; most of our guests come back; each room in our guesthouse has a view.",
        "All of the information on this page is free; the amount of sugar in these drinks is high.",
        "One of the things I like is the food.",
        "Neither the hotel nor its partner agencies are responsible. Information about our opening times is online.",
        "The quantity of water in the tanks is low; advice from our experts, and their time, are free.",
        "Current research on the effects of sleep on children suggests otherwise, and more information is online.",
        "Each department chair and his deputies are invited.",
        "She said the rosary every night.",
        "The problems in the system lead to delays, and the series lead to a film.",
        "Neither the manager nor the clerks handle refunds; none of the players in the team is injured.",
        "Neither the finance director nor the auditors were aware; either the project lead or her deputy is going.",
        "Each of the plugins in the folder includes a README, and one of the cars in the lot is mine.",
        "Every request sent to the staging cluster has to be signed; the firm reported in March that profits were up.",
        "Mr. and Mrs. Smith have arrived, and Dr. Smith and Dr. Jones have agreed.",
        "Ghosts people the old house, they say.",
        "Every one of our smoothies is made to order, and the bonus of each is paid.",
        "The list of ingredients looks long, and the rows of houses look alike.",
        "One of the things I think are important is trust; each of the rooms we saw was clean.",
        "One of the men we met has left.",
        "Anyone who wants to help bring a dish is welcome; anyone who has questions please call the desk.",
        "Everyone who attended the workshops and their families enjoy the show; everyone who came says so.",
        "The team practice every Monday was canceled. The farmers market every Saturday draws crowds.",
        "A selection of cheeses are available, and a list of hotels and a map are at the desk.",
        "A board of trustees are elected every year; the couple, who married in 1970, are celebrating.",
        "The mayor of Springfield and council members were there; the head of security and guards were on site.",
        "The director of the museum and staff were present, and the chair of the panel need not attend.",
        "The cost of repairs to the roof and gutters was high; the price of gas and groceries has gone up.",
        "The debate team's lead coach spoke, and my sister's best friend's dogs bark all night.",
        "The school's new parking lot lights come on at dusk.",
        "One of the reasons that fish are important is that they feed us.",
        "One of the mistakes parents make is rushing, and one of the things I think are vital is trust.",
        "One of the volunteers who are retiring is my aunt; two of the boxes in the hall were empty.",
    )
    fixed = (
        "He explained that he doesn't know, and if she is late we wait.",
        "The figures were released on Monday.",
        "She agrees with the ruling.",
        "They have a point, and we were right. I agree, and they go.",
        "They go there every week, and I like it.",
        "One of the officials is under investigation.",
        "He said the agency plan to cut 200 jobs.",
        "The report has been delayed.",
        "The government have refused to comment.",
        "Each of the children is happy.",
        "Also, these people do not know. Both of them believe it.",
        "Nobody knows where the money went, and everyone has a theory. Everyone in the office has a key.",
        "The man with the two dogs are waiting outside.",
        "The number of cases have doubled since May.",
        "Neither of the drivers was hurt.",
        "You were right: the coach give us too much work.",
        "The council's findings were published, but he does not agree.",
        "She lives in Leeds, and he cleans the kitchen every day.",
        "The cost of living have gone up. One of my brothers lives in Canada.",
        "Each of the boxes needs a label. Every child need love, and no one knows why.",
        "Neither the mayor nor her deputy were available.",
        "A number of readers have written in, and most of the bread was stale.",
        "Many of the workers are unhappy, and a lot of them were late.",
        "The police are on the way, the news is bad. Their luggage was lost. This is the facts.",
        "The report say the plan failed, and the machine need a new part.",
        "The price of the ticket include a meal.",
        "None of the money was recovered, and half of the cake was eaten.",
        "The criteria are clear. The phenomena were observed.",
        "Neither the coach nor the players was available, and either my aunt or her sons is driving.",
        "Not only the chairman but also the directors was questioned.",
        "Officials found that the bridge has been closed since May, after the plan was approved.",
        "Two men were arrested, and the patient were discharged on Monday.",
        "Police say the figures also show a rise. The report still has errors.",
        "The roads were closed and the bridge were damaged. Prices rose and the shares has fallen.",
        "Neither of them wants to go, and each of the boxes holds a key.",
        "Her clothes were wet. My glasses are broken.",
        "Mathematics is my favourite subject. Each and every student has a locker.",
        "More than one student were absent, and every kid in the class are excited.",
        "It needs to be done today, and he needs a break.",
        "In addition it has a cost. Today, it needs a fix. They need money, and I like tea.",
        "History tell us otherwise. The patients shows improvement. This point affect the environment.",
        "The level of pollution in the rivers are alarming, and the price of tickets for children were cut.",
        "The cost of repairs to the bridges are expected to rise.",
        "A large number of cases were reported, and a growing number of people are moving abroad.",
        "One of the reasons for the changes are the cost of energy.",
        "Economics is a popular subject at this school.",
        "Each of the three candidates is qualified, and an increasing number of families are struggling.",
        "The value of the company's shares have fallen, and the quality of Britain's schools are improving.",
        "Everybody in the two villages wants the road reopened, and nobody on either side wants a vote.",
        "Two of the victims are still in hospital, and each of the new flats comes with a garage.",
        "The list of players selected for the final round are due. Nearly every student in the school have a laptop.",
        "The cars will change, but history tell us that demand never stops; we know that research show it.",
        "The parcels that came this morning is damaged, and the clerk who signs the forms are away.",
        "My brother always forget his wallet. Each of the dates work for me.",
        "This printer often jam when the paper is damp, and our director never answer the phone.",
        "Sorry, I am late, and when I have time I will call.",
        "The figures clearly show a fall, and the landlord regularly inspect the flats.",
        "She carefully checks every invoice, and we strongly recommend it.",
        "One of the hospital's three scanners is out of action, and one of Britain's banks is cutting jobs.",
        "The number of complaints about collections have doubled.",
        "The cost of repairs to the two damaged ferries are estimated at four million.",
        "The list of schools affected by the heating failure are posted online.",
        "Every player and coach were tested before the match.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for finding in self._found(doc):
            if not _verb_in_compound(doc, finding.start):
                yield _dated(self, doc, finding)

    def _every_pair(self, words: list[Word], index: int) -> Finding | None:
        """'Every player and coach were tested', 'Each man and woman have a vote': 'every' or 'each'
        opening the sentence before two singular nouns joined by 'and' (no determiner before the
        second) makes one subject of each pair, singular."""
        if index != 0 or index + 4 >= len(words) or not all(word.joined for word in words[:4]):
            return None
        first_at = 1
        if words[2].low != "and" and words[3].low == "and" and _noun_modifier_pair(words, 1):
            first_at = 2  # "Each department chair and program director are": the first a compound's head
        first, conjunction, second, head_at = words[first_at], words[first_at + 1], words[first_at + 2], first_at + 2
        if head_at + 1 >= len(words) or not all(word.joined for word in words[: head_at + 1]):
            return None
        if _compound_second(words, head_at):
            head_at += 1  # "Every student and faculty member are": the second a compound's head
        verb_at = _past_place_phrase(words, head_at + 1)  # "Every room and hallway in the house have"
        verb = words[verb_at]
        if conjunction.low != "and" or verb.low not in _OF_PLURAL_VERBS:
            return None
        if not (w.is_singular_count_noun(first.low) and w.is_singular_count_noun(words[head_at].low)):
            return None
        if first.capitalised or second.capitalised or words[1].capitalised:
            return None
        named = " ".join(word.text for word in words[1 : head_at + 1])
        return self._report(verb, TO_SINGULAR[verb.low], f"the subject is '{words[0].text} {named}'", FixSafety.UNSAFE)

    def _found(self, doc: Document) -> Iterator[Finding]:
        british = doc.language == "en-GB"
        if doc.distinct_lows >= _NOT_ONLY:  # a walk over the sentence starts: no word index to build for 'not'
            for words in doc.sentence_words:
                finding = self._not_only(words) if words and words[0].low == "not" else None
                if finding is not None and not in_quotes(doc, finding.start):
                    yield finding
        if doc.distinct_lows & _BARE_STARTS:
            for words in doc.sentence_words:
                finding = self._bare_start(words) if words and words[0].low in _BARE_STARTS else None
                if finding is not None and not after_cut(doc, words) and not in_quotes(doc, finding.start):
                    yield finding
        for words, index in occurrences(doc, _PAIR_DISTRIBUTIVES):
            finding = self._every_pair(words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in occurrences(doc, _ABSTRACT_STARTS):  # asked always, so learnt on the sample
            finding = self._bare_clause_start(doc, words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in places(doc, _subject_starts(doc)):
            if index == 0 and after_cut(doc, words):
                continue  # "...the survey are in": the excerpt may have cut the subject's head off
            if _phrase_after_plural(words, index):
                continue
            finding = self._at(doc, words, index, british)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in occurrences(doc, RELATIVES):
            finding = self._past_relative(doc, words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in occurrences(doc, _RELATIVE_SUBJECT_PRONOUNS):
            if not 2 <= index <= 4 or words[index - 1].low in _TIMES_BEFORE_CLAUSE:
                continue  # "These days we find the price is high": a time, then the main clause
            if not any(word.low in _MAIN_BE for word in words[index + 2 : index + 9]):
                continue  # no 'is', 'are' … for the clause to end at: the tagger need not be asked
            finding = self._past_relative(doc, words, index, contact=True)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        if doc.distinct_lows & _OF_PLURAL_VERBS or doc.distinct_lows & _HEAD_PHRASE_OPENERS:
            yield from self._head_before_phrases(doc)
        if not british:  # British English gives a team or a firm a plural verb: "England need a win"
            yield from self._names(doc)
        if doc.distinct_lows & _DO_NOT_FORMS:
            yield from self._demonstrative_do_not(doc)
        for words, index in occurrences(doc, _LEAD):
            finding = self._lead_to(doc, words, index)
            if finding is not None:
                yield finding

    def _lead_to(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'The 2008 crisis lead to a rise in unemployment': the sentence's subject, a singular noun
        after a determiner and no verb, then 'lead to'. Usually the past 'led' was meant (the
        spelling of the metal), else 'leads'."""
        if index < 2 or index + 2 >= len(words) or words[index + 1].low != "to" or not words[index].joined:
            return None
        noun = words[index - 1]
        if (
            not noun.joined
            or noun.capitalised
            or not (w.is_singular_count_noun(noun.low) or _singular_in_s(noun.low))  # 'crisis', 'process'
            or noun.low in _NOT_LEAD_SUBJECTS
        ):
            return None
        if words[0].low not in w.DETERMINERS or not all(word.joined for word in words[: index - 1]):
            return None
        if any(word.low in w.PREPOSITIONS or word.low in w.COORDINATORS for word in words[1 : index - 1]):
            return None  # "The problems in the system lead to": the head may be before the phrase
        tags = sentence_tags(doc, words)
        if any(tag.startswith(("VB", "MD")) for tag in tags[: index - 1]) or in_quotes(doc, noun.start):
            return None  # "The report that we wrote lead to …" has a clause of its own: left alone
        lead = words[index]
        return self.finding(
            lead.start,
            lead.end,
            f"The subject is '{noun.text}': write 'led' (the past) or 'leads', not '{lead.text}'.",
            suggestions=(match_case("led", lead.text), match_case("leads", lead.text)),
            fix=FixSafety.UNSAFE,
        )

    def _head_before_phrases(self, doc: Document) -> Iterator[Finding]:
        """'The report on the causes of the warehouse fires were released', 'The impact of rising
        interest rates on small businesses are', 'The color of the leaves along the ridge trail change':
        a sentence that opens with a singular determiner and a singular noun, then prepositional
        phrases, then its first verb by the tagger (:func:`._clause_time.main_verb`), a plural one.
        The head is the noun before the first preposition; heads that count, group or choose ('number',
        'group', 'pick'), collective and plural-only nouns and names are left alone, and so is a subject
        with 'and' or 'or' in it, unless the 'and' joins the phrase's own nouns ("the price of gas and
        groceries have": :func:`_plurals_joined`, :func:`_phrase_nouns_joined`). A bare verb counts only
        where the tagger reads a present (or, right after a noun, a bare verb: "the quality of the herbs
        from the market make") and the word
        is only a verb, or an object or an adverb in -ly follows it."""
        for words in doc.sentence_words:
            if len(words) < 5 or words[0].low not in _HEAD_PHRASE_OPENERS or not words[0].joined:
                continue
            if not _head_phrase_sift(words):
                continue  # the cheap sift before the tagger reads the sentence
            finding = self._head_phrase(doc, words)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding

    def _head_phrase(self, doc: Document, words: list[Word]) -> Finding | None:
        verb_at = main_verb(doc, words, 0, relative=True, bare=True)
        if verb_at is None:
            return None
        tags = sentence_tags(doc, words)
        boundary = next((at for at in range(2, verb_at) if _phrase_boundary(words, tags, at)), None)
        joins = [at for at in range(verb_at) if words[at].low in ("and", "or", "nor")]
        if boundary is None or (
            joins
            and not _plurals_joined(words, boundary, joins, verb_at)
            and not _phrase_nouns_joined(words, tags, boundary, joins, verb_at)
        ):
            return None  # "The structure of a state and its constitution are": 'and' may join two heads
        relative = words[boundary].low in RELATIVES and tags[boundary] in ("WP", "WDT", "IN")
        if relative and verb_at == boundary + 2 and _own_subject(words, tags, boundary + 1):
            return None  # "The man who police believe started the fire": the relative clause's own subject and verb
        clause = relative or tags[boundary] in ("VBG", "VBN", "TO")  # a relative clause or a participle's phrase
        if tags[boundary] == "VBN" and w.takes_clause_complement(words[boundary].low):
            return None  # "The minister confirmed in a statement prices were rising": the sentence's verb
        if not clause and words[boundary].low not in _HEAD_PHRASE_PREPOSITIONS:
            return None
        if _phrasal_modifier(words, boundary - 1):
            return None  # "The state of the art facilities are": a modifier without its hyphens
        if words[0].low in ("a", "an", "every", "each") and words[boundary].low == "of":
            return None  # "A wave of layoffs are expected", "Every generation of Americans have": a group counts
        head, verb = words[boundary - 1], words[verb_at]
        if head.capitalised or verb.capitalised or not words[verb_at - 1].joined:
            return None
        if tags[boundary - 1] == "NN":
            counted = head.low == "number" and boundary == 2 and words[0].low == "the"  # "The number of … is"
            return self._singular_head_verb(words, tags, head, verb_at) if counted or _single_head(head.low) else None
        if clause and tags[boundary - 1] == "NNS" and _plural_noun(head.low) and head.low not in w.SINGULAR_IN_S:
            return self._plural_head_verb(words, tags, head, verb_at)  # grammar.plural-subject-verb reads phrases
        return None

    def _singular_head_verb(self, words: list[Word], tags: list[str], head: Word, verb_at: int) -> Finding | None:
        verb = words[verb_at]
        if verb.low in _OF_PLURAL_VERBS:
            singular: str | None = TO_SINGULAR[verb.low]
        elif tags[verb_at] in ("VBP", "VB") and _plainly_a_verb(words, verb_at, infinitive=True):
            singular = third_person_of_base(verb.low) or _need(words, verb_at)  # "need to complete"
        else:
            return None
        return (
            None
            if singular is None
            else self._report(verb, singular, f"the subject is '{head.text}'", FixSafety.UNSAFE)
        )

    def _plural_head_verb(self, words: list[Word], tags: list[str], head: Word, verb_at: int) -> Finding | None:
        """'The families who live near the old chemical plant wants': a plural head before a relative
        clause, then a singular verb (after prepositional phrases only, grammar.plural-subject-verb's)."""
        verb = words[verb_at]
        if verb.low in _SINGULAR_BE_HAVE:
            plural: str | None = TO_PLURAL[verb.low]
        elif tags[verb_at] == "VBZ" and _plainly_a_verb(words, verb_at, infinitive=True):
            plural = _lemma_of_third_person(verb.low)
        else:
            return None
        return None if plural is None else self._report(verb, plural, f"the subject is '{head.text}'", FixSafety.UNSAFE)

    def _demonstrative_do_not(self, doc: Document) -> Iterator[Finding]:
        """'That don't make sense', 'This don't work': 'this' or 'that' opening the sentence (where
        'that' is no relative pronoun) before 'don't'."""
        for words in doc.sentence_words:
            if len(words) < 3 or words[0].low not in ("this", "that") or not words[0].joined:
                continue
            verb = words[1]
            if verb.low in _DO_NOT_FORMS and not in_quotes(doc, verb.start) and not after_cut(doc, words):
                fixed = "doesn't" if "'" in verb.low else "doesn’t"
                yield self._report(verb, fixed, f"'{words[0].text}' takes '{fixed}'", FixSafety.SAFE)

    def _names(self, doc: Document) -> Iterator[Finding]:
        """A person's name opening the sentence (after a title: "Mr Smith want") or a clause after
        'because', 'when', 'if' … before a bare verb (see :meth:`_name_subject`)."""
        starts: list[tuple[list[Word], int]] = []
        for words in doc.sentence_words:
            if len(words) > 2 and words[0].capitalised:
                title = words[0].low in w.NAME_TITLES and doc.text[words[0].end : words[1].start] in (" ", ". ")
                starts.append((words, 1 if title else 0))
        starts += [(words, index + 1) for words, index in occurrences(doc, _NAME_CLAUSE_OPENERS)]
        for words, at in starts:
            finding = self._name_subject(doc, words, at)
            if finding is None or in_quotes(doc, finding.start):
                continue
            if at > 0 and words[at - 1].low == "that" and _mandative_earlier(words, at - 1):
                continue  # asked only of a finding: a walk back over the sentence for each 'that' of a text
            yield finding

    def _name_subject(self, doc: Document, words: list[Word], at: int) -> Finding | None:
        """'Maria want to leave', 'Tom have two sisters', 'when Rosa arrive': a word the tagger reads
        as a proper noun, that the word tables do not know or know only as a singular count noun, in
        capitals and small letters, not in -s (not "Rivers runs the shop", "Jones has"), then a bare
        verb that cannot be anything else ("Sofia live in Bristol", and 'don't'), or a verb-or-noun
        that the tagger reads as a verb before 'to' or an object ("Maria want to leave"; not "Disney
        cruise line", "Wellington sign poll"). Not a place the web writes after 'in'. Only in a
        sentence that ends with a full stop or a question mark (not a headline, nor "Tom go home!"),
        and not after a comma, 'and' or 'or'; not in en-GB, where a team or a firm takes a plural
        verb ("England need a win")."""
        titled = at > 0 and words[at - 1].low in w.NAME_TITLES  # "Dr. Patel": the stop is the title's
        if at + 1 >= len(words) or (at > 0 and not words[at - 1].joined and not titled) or not words[at].joined:
            return None
        name = words[at]
        text, low = name.text, name.low
        if len(text) < 2 or not (text[0].isupper() and text[1:].islower() and text.isalpha()):
            return None
        if not _may_be_name(low):
            return None
        known = w.tags(low)
        tail = doc.text[words[-1].end : words[-1].end + 3].lstrip("\"'”’)")
        if tail[:1] not in (".", "?"):
            return None
        verb_index = _verb_after(words, at)
        if verb_index is None or words[verb_index].capitalised:
            return None
        verb = words[verb_index]
        third = (
            third_person_of_base(verb.low, adjective=True, object_after=_object_next(words, verb_index))
            or _NAME_AUXILIARIES.get(verb.low)
            or _need(words, verb_index)
            or _name_have(words, verb_index)
            or (_THIRD_PERSON_AUXILIARIES.get(verb.low) if titled else None)  # "Mr Tanaka have asked": a person
        )
        if not third:
            return None
        if _ngrams.web_pair_count("in", low) is not None:
            return None  # a place, a country's team: "England need a win", "France want a vote"
        if not known and _plural_slip(low):
            return None  # "Peolple like to drive": a plural misspelt, not a name
        tags = sentence_tags(doc, words)  # last: most sentences are tagged for this alone
        if tags[at] != "NNP" and (known or tags[at] not in ("NN", "JJ")):
            return None  # (the tagger reads an unknown name opening a sentence as NN or JJ too)
        if tags[at] == "JJ" and low.endswith(_DEMONYM_ENDINGS):
            return None  # "American resolve matters": an adjective of a people, not a name
        if "NOUN" in w.tags(verb.low) and verb.low != "need":
            following = words[verb_index + 1].low if verb_index + 1 < len(words) and verb.joined else ""
            if (following != "to" and following not in _OBJECT_STARTS) or tags[verb_index] not in ("VB", "VBP"):
                return None  # "Disney cruise line", "Wellington sign poll": a compound, not a verb
        elif tags[verb_index] not in ("VB", "VBP") and _finite_later(words, tags, verb_index):
            return None  # "American resolve matters": the tagger's noun, and a verb after it
        return self._report(verb, third, f"'{name.text}' takes '{third}'", FixSafety.UNSAFE)

    def _past_relative(self, doc: Document, words: list[Word], index: int, contact: bool = False) -> Finding | None:
        """'The boxes that arrived this morning is damaged', 'The woman who runs the shops are my aunt':
        a determiner and a noun open the sentence, a relative clause follows, and after it the main
        verb 'is', 'are', 'was', 'were', 'has' or 'have' does not agree with the noun (see
        :func:`_relative_clause_end`). With ``contact``, ``words[index]`` is the subject pronoun of a
        clause with no relative pronoun ("The books I borrowed from the library is overdue")."""
        head_index = index - 1
        if head_index == 0 and words[0].low in _INDEFINITES and not contact and not after_cut(doc, words):
            return self._indefinite_relative(doc, words, index)  # "Everyone who attended the vigil were given"
        if not 1 <= head_index <= 3 or words[0].low not in _RELATIVE_HEAD_OPENERS or after_cut(doc, words):
            return None
        if not all(word.joined and not word.capitalised for word in words[1 : index + (not contact)]):
            return None  # (the contact clause's own subject may be 'I')
        if not all(_modifier(word.low) and not w.verb_tags(word.low) for word in words[1:head_index]):
            return None
        head = words[head_index].low
        plural = _plural_noun(head) or head in w.PLURAL_PERSONS
        singular = w.is_singular_count_noun(head) and not _plural_noun(head)
        if plural == singular or head in w.COLLECTIVE_NOUNS or head in _QUANTITY_HEADS or head in w.SINGULAR_IN_S:
            return None
        opener = words[0].low
        if (opener in _NOT_PLURAL_DETERMINERS and plural) or (opener in _PLURAL_DEMONSTRATIVES and singular):
            return None
        verb_index = _relative_clause_end(doc, words, head_index if contact else index)
        if verb_index is None:
            return None
        return self._relative_report(words, verb_index, head_index, index, TO_PLURAL if plural else TO_SINGULAR)

    def _indefinite_relative(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Everyone who attended the vigil were given a ribbon': 'everyone', 'anybody' … opening the
        sentence, a relative clause (:func:`_relative_clause_end`), then a plural form of 'be', 'have'
        or 'do', which the singular pronoun does not take."""
        verb_index = _relative_clause_end(doc, words, index, lexical=True)
        if verb_index is None:
            return None
        verb = words[verb_index]
        if verb.low in TO_SINGULAR:
            return self._relative_report(words, verb_index, 0, index, TO_SINGULAR)
        third = third_person_of_base(verb.low, object_after=True)  # "Everyone who attended say"
        if third is None or verb.capitalised:
            return None
        return self.replace_word(
            verb,
            third,
            f"The subject is '{words[0].text}' (before the clause '{words[index].text} …'): "
            f"use '{third}', not '{verb.text}'.",
            FixSafety.UNSAFE,
        )

    def _relative_report(
        self, words: list[Word], verb_index: int, head_index: int, relative: int, table: dict[str, str]
    ) -> Finding | None:
        """The finding for the main verb at ``verb_index`` after a relative clause on the subject's head,
        its form from ``table`` (``TO_PLURAL`` or ``TO_SINGULAR``), or None where it has none."""
        verb = words[verb_index]
        fixed = table.get(verb.low)
        if fixed is None or verb.capitalised:
            return None
        fixed = match_case(fixed, verb.text)
        return self.replace_word(
            verb,
            fixed,
            f"The subject is '{words[head_index].text}' (before the clause '{words[relative].text} …'): "
            f"use '{fixed}', not '{verb.text}'.",
            FixSafety.UNSAFE,
        )

    def _bare_start(self, words: list[Word]) -> Finding | None:
        """A sentence that opens with an uncountable noun and no determiner, then 'are', 'were' or
        'have' ('Mathematics are my subject', 'Information were scarce'), or with 'more than one'
        and a singular noun ('More than one student were absent': the noun sets the number)."""
        first = words[0]
        if first.low in _MASS_MODIFIERS and len(words) > 4 and words[1].low in _UNCOUNTED:
            return self._modified_uncounted_start(words)
        if first.low == "more":
            if len(words) < 6 or [word.low for word in words[1:3]] != ["than", "one"]:
                return None
            if not _joined_between(words, 0, 5) or words[3].capitalised or not w.is_singular_count_noun(words[3].low):
                return None
            verb, reason, safety = words[4], f"'more than one {words[3].text}' is singular", FixSafety.UNSAFE
        else:
            if len(words) < 3 or not first.joined or first.text != first.low.capitalize():
                return None  # "NEWS ARE …": a heading
            verb, reason, safety = words[1], f"'{first.text}' is singular", FixSafety.SAFE
            if first.low in _UNCOUNTED and verb.joined and verb.low in _AFTER_HEAD_PREPOSITIONS:
                verb_index, crossed = _past_phrase(words, 1)  # "Information about our opening times are"
                if verb_index is None or not crossed or verb_index >= len(words):
                    return None
                verb, safety = words[verb_index], FixSafety.UNSAFE
                if not words[verb_index - 1].joined or _possessive(words[verb_index - 1]):
                    return None
            elif verb.low not in _OF_PLURAL_VERBS and not verb.capitalised and _object_next(words, 1):
                third = third_person_of_base(verb.low)  # "History tell us", "Research show that"
                return self._report(verb, third, reason, FixSafety.UNSAFE) if third else None
            if first.low not in _UNCOUNTED and first.low not in _SUBJECTS_IN_S:
                return None
        if verb.low not in _OF_PLURAL_VERBS or verb.capitalised or not verb.joined:
            return None
        return self._report(verb, TO_SINGULAR[verb.low], reason, safety)

    def _modified_uncounted_start(self, words: list[Word]) -> Finding | None:
        """An uncountable noun after one of a few adjectives that open a sentence, then a phrase and a
        plural verb: "More information about the trips are on our website", "New equipment for the
        gym were delivered" (what :meth:`_bare_start` finds without the adjective). The phrase must be
        there, without 'and' ("Detailed information on loans and grants are" may join two subjects)."""
        first, head, preposition = words[0], words[1], words[2]
        if first.text != first.low.capitalize() or head.text != head.low or not first.joined or not head.joined:
            return None
        if preposition.low not in _AFTER_HEAD_PREPOSITIONS or not preposition.joined:
            return None
        verb_index, crossed = _past_phrase(words, 2)
        if verb_index is None or not crossed or verb_index >= len(words):
            return None
        verb = words[verb_index]
        if not words[verb_index - 1].joined or _possessive(words[verb_index - 1]):
            return None
        if verb.low not in _OF_PLURAL_VERBS or verb.capitalised or not verb.joined:
            return None
        return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.UNSAFE)

    def _bare_clause_start(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """An abstract noun opening a clause, with no determiner, then a bare verb and its object:
        ", but history tell us", "because research show that" (what :meth:`_bare_start` finds at a
        sentence's start). The clause opens with a subordinator or with a coordinator after a comma;
        not "history and science teach us" (the verb must follow the noun), nor a noun that
        modifies the next ("because history books tell us")."""
        if index < 2 or index + 3 > len(words) or not words[index - 1].joined or not words[index].joined:
            return None
        opener, noun, verb = words[index - 1], words[index], words[index + 1]
        if noun.text != noun.low or verb.capitalised or not _object_next(words, index + 1):
            return None
        if opener.low in _COORDINATORS:
            if doc.text[words[index - 2].end : opener.start].strip() != ",":
                return None
        elif opener.low not in _SUBORDINATORS:
            return None
        third = third_person_of_base(verb.low)
        return self._report(verb, third, f"'{noun.text}' is singular", FixSafety.UNSAFE) if third else None

    def _at(self, doc: Document, words: list[Word], index: int, british: bool) -> Finding | None:
        """The finding for the subject that starts at ``words[index]``, if any (each check finds at most one)."""
        low = words[index].low
        each_of = low in _OF_QUANTIFIERS and index + 1 < len(words) and words[index + 1].low == "of"
        if low in _QUANTITY_HEADS and index + 1 < len(words) and words[index + 1].low == "of":
            return self._quantity_of(doc, words, index)
        if low in ("either", "neither") and not each_of and _opens_subject(doc, words, index):
            finding = self._either_or(words, index)
            if finding is not None:
                return finding
        if low == "this" and index + 1 < len(words) and words[index].joined and _opens_subject(doc, words, index):
            verb = words[index + 1]
            subjunctive = verb.low in _PAST_PLURALS and _subjunctive_were(words, index)  # "if this were so"
            if verb.low in _OF_PLURAL_VERBS and not verb.capitalised and not subjunctive:  # "This are my friends"
                return self._report(verb, TO_SINGULAR[verb.low], "'this' is singular", FixSafety.SAFE)
        if low in _SUBJECT_DETERMINERS and not each_of:
            each_and_every = index > 1 and words[index - 2].low == "each" and low == "every"
            if index > 1 and words[index - 1].low == "and" and words[index - 1].joined and not each_and_every:
                return None if british else self._after_and(doc, words, index)
            opens = _opens_subject(doc, words, index - 2 if each_and_every else index) or _nearly_every(words, index)
            if opens and index > 1 and words[index - 1].low == "but" and words[index - 2].low in _BUT_HEADS:
                return None  # "Everyone but the twins was invited": 'but' is a preposition here
            if opens and _after_plural_subject(words, index):
                return None  # "The proceedings before the trial were sealed": 'before' is a preposition
            return self._noun_phrase(doc, words, index, british) if opens else None
        if low in ("he", "she", "it", "we") and _acronym_pronoun(words, index):
            return None  # "IT staff fixed the problem", "HE funding fell": an acronym in a sentence in lower case
        if low in ("he", "she", "it"):
            return self._pronoun(words, index)
        if low in ("i", "we", "they"):
            return self._plural_pronoun(words, index)
        if low == "you":
            # "you was right"; not "the man who shot you was": only where "you" opens a clause
            after = words[index - 1].low if index else ""
            opens = _opens_subject(doc, words, index) and after not in _PREPOSITION_OPENERS
            return self._plural_pronoun(words, index) if opens else None
        if low in _INDEFINITES:
            return self._indefinite(doc, words, index)
        if low in w.CARDINALS:
            return self._counted(doc, words, index)
        if low == "police" and _opens_subject(doc, words, index):
            return self._bare_police(words, index)
        if low == "one" and index > 0 and words[index - 1].low == "no" and words[index - 1].joined:
            return self._indefinite(doc, words, index, start=index - 1)  # "no one know"
        return self._one_of(words, index, doc)

    def _noun_phrase(self, doc: Document, words: list[Word], index: int, british: bool) -> Finding | None:
        """determiner + up to two modifiers + head noun + verb."""
        determiner = words[index].low
        limit = index + 4
        head_index = index
        while head_index + 1 < min(limit, len(words) - 1):
            head_index += 1
            if not words[head_index - 1].joined:
                return None
            head = words[head_index]
            verb = words[head_index + 1]
            if not head.joined and not head.capitalised and determiner in _SINGULAR_DETERMINERS:
                return self._singular_past_insertion(doc, words, index, head_index, british)
            if head.capitalised or not head.joined or verb.capitalised:
                return None
            if verb.joined and verb.low.endswith(("'s", "’s")) and "NOUN" in w.tags(verb.low[:-2]):
                continue  # "the debate team's coach": the word modifies the possessive after it
            if head.low in _PLURAL_ONLY and verb.low in TO_PLURAL and determiner not in _NOT_PLURAL_DETERMINERS:
                return self._report(verb, TO_PLURAL[verb.low], f"'{head.text}' is plural", FixSafety.SAFE)
            if head.low in _UNCOUNTED and verb.low in _OF_PLURAL_VERBS and determiner in _SINGULAR_DETERMINERS:
                return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.SAFE)
            if (
                (verb.low in _SUBJECT_ADVERBS or w.only_adverb_in_ly(verb.low))
                and head_index + 2 < len(words)
                and verb.joined
            ):
                return self._after_adverb(doc, words, index, head_index, determiner)
            if _plural_noun(head.low) and determiner not in _NOT_PLURAL_DETERMINERS:
                if index > 0 and words[index - 1].low in _OPENS_BEFORE_SUBJECT:
                    return None  # "I think the workers is ready": grammar.plural-subject-verb's
                following = words[head_index + 2].low if head_index + 2 < len(words) and verb.joined else ""
                singular_verb = (
                    verb.low in TO_PLURAL
                    or _verb_only_third_person(verb.low)
                    # "figures shows a fall": a noun-or-verb form is a verb when an object follows
                    or ("VBZ" in w.verb_tags(verb.low) and following in _OBJECT_STARTS)
                )
                tagged = not singular_verb and _tagged_third_person(doc, words, index, head_index)
                if (singular_verb or tagged) and _clause_verb_head(doc, words, index, head_index):
                    return None  # "Whether the legal status changes is unclear": 'changes' is the clause's verb
                if singular_verb or tagged:  # tagged: "the patients shows improvement", as the tagger reads it
                    plural = TO_PLURAL.get(verb.low) or _lemma_of_third_person(verb.low)
                    safety = FixSafety.UNSAFE if tagged else FixSafety.SAFE
                    return self._report(verb, plural, f"'{head.text}' is plural", safety) if plural else None
                return None
            if head.low.endswith(("'s", "’s")) and head.joined and "NOUN" in w.tags(head.low[:-2]):
                determiner = "the"  # "the committee's decisions": the possessive determines what follows
                limit = max(limit, head_index + 4)  # as many words after it: "the debate team's new coach lead"
                continue
            if determiner == "the" and head.low == "number" and verb.low == "of" and verb.joined:
                return self._of_phrase(doc, words, head_index, counted=True)  # "the number of cases has"
            if determiner in _SINGULAR_DETERMINERS and w.is_singular_count_noun(head.low):
                if determiner in ("a", "an") and head.low in _COUNTED_GROUPS and head_index == index + 1:
                    return None  # "a dozen were injured", "a hundred are expected": the things counted
                collective = head.low in w.COLLECTIVE_NOUNS or head.low in _BRITISH_PLURAL_HEADS
                if collective and (british or (index > 0 and words[index - 1].low in _OPENS_BEFORE_SUBJECT)):
                    return None  # a group's plural verb after "I thought": not "I thought the team were"
                if collective and verb.low in TO_SINGULAR and _floating_quantifier(words, head_index + 2):
                    return None  # "the team are all very happy": the members, each one of them
                if verb.low in _HEAD_PREPOSITIONS and verb.joined:
                    return self._of_phrase(doc, words, head_index, start=index)
                if verb.low in TO_SINGULAR and not (verb.low in _PAST_PLURALS and _after_if(words, index)):
                    after_that = verb.low in ("have", "haven't") and index > 0 and words[index - 1].low == "that"
                    if after_that and (
                        head.low in w.COLLECTIVE_NOUNS or not _reported_perfect(words, index, head_index + 1)
                    ):
                        return None  # "insisted that the board have the final say": subjunctive
                    # A collective noun with a plural verb is British usage: American style (AP, Chicago)
                    # takes the singular, so it is reported in en-US, but the fix is offered, not applied.
                    safety = FixSafety.UNSAFE if collective else FixSafety.SAFE
                    return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", safety)
                if not collective and _reduced_relative(doc, words, head_index + 1):
                    return self._past_participle_clause(doc, words, head_index + 1, f"'{head.text}' is singular")
                third = third_person_of_base(verb.low) if determiner not in ("a", "an") else None
                if (
                    determiner in ("a", "an")
                    and (w.tags(verb.low) == {"VERB"} or _object_only_next(words, head_index + 1))
                    and ends_like_a_sentence(doc, words)  # not a title or a fragment: "an atheist believe"
                ):
                    third = third_person_of_base(verb.low)  # "a student ask me", "a study suggest that"
                if third is None and determiner not in ("a", "an"):
                    third = _need(words, head_index + 1)  # "every child need love", "the car need repairs"
                if third is None and determiner not in ("a", "an"):
                    third = third_person_of_base(verb.low, adjective=True, object_after=True)
                    if third and (
                        _finite_form_later(words, head_index + 2) or not _sole_verb(doc, words, index, head_index)
                    ):
                        third = None  # "my friend live in Rome", "the shop open at nine": only as the sole verb
                if (
                    third
                    and not (_after_that(words, index) and _subjunctive_that(words, index))
                    and (
                        _clearly_finite(words, head_index + 1)
                        or _tagged_as_verb(doc, words, index, head_index)
                        or _sole_verb(doc, words, index, head_index)
                        or _ends_subordinate_clause(words, index, head_index + 1)
                        or _linked_adjective(words, head_index + 1) is not None  # "the medicine taste awful"
                        or _bare_verb_then_time(doc, words, index, head_index)  # "The committee meet every Tuesday"
                    )
                    and not _web_compound(head.low, words[head_index + 1].low, third)
                    and not _relative_after(doc, words, head_index + 1)
                    and not _compound_subject(words, head_index + 1)
                ):
                    return self._report(verb, third, f"'{head.text}' is singular", FixSafety.UNSAFE)
                return None
            if (
                determiner in _SINGULAR_DETERMINERS
                and verb.low in _TAGGED_PLURAL_VERBS
                and _tagged_singular_head(doc, words, index, head_index)
            ):
                return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.UNSAFE)
            if determiner in _SINGULAR_DETERMINERS and verb.low == "of" and verb.joined and _of_phrase_head(head.low):
                return self._of_phrase(doc, words, head_index)  # "the level of pollution are": a noun before 'of'
            if determiner == "the" and verb.low == "number" and _sizes(head):
                continue  # "the rising number of cases are"
            if (
                determiner in _SINGULAR_DETERMINERS
                and (verb.low in TO_SINGULAR or third_person_of_base(verb.low) is not None)
                and _other_singular_head(doc, words, determiner, head_index)
            ):
                finding = self._other_singular_head(doc, words, index, head_index)
                if finding is not None:
                    return finding
            if not _modifier(head.low):
                return None
        return None

    def _other_singular_head(self, doc: Document, words: list[Word], index: int, head_index: int) -> Finding | None:
        """'Our house have three bedrooms', 'my daughter love horses', 'the boss expect us to': a singular
        head the word tables do not count as one (:func:`_other_singular_head`), then 'have', 'are' …
        or a bare verb the verb tests of the plain singular head pass; else None, and the word may
        still be a modifier ('my house keys are')."""
        head, verb = words[head_index], words[head_index + 1]
        if verb.capitalised or not head.joined or (_after_that(words, index) and _subjunctive_that(words, index)):
            return None
        if verb.low in TO_SINGULAR and not (verb.low in _PAST_PLURALS and _after_if(words, index)):
            if (verb.low in ("have", "haven't") and _after_that(words, index)) or head.low.endswith("ss"):
                return None  # (not "the press were waiting": a group, whose plural verb may be meant)
            return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.UNSAFE)
        third = third_person_of_base(verb.low)
        if (
            third
            and (
                _clearly_finite(words, head_index + 1)
                or _tagged_as_verb(doc, words, index, head_index)
                or _sole_verb(doc, words, index, head_index)
            )
            and not _web_compound(head.low, verb.low, third)
            and not _relative_after(doc, words, head_index + 1)
            and not _compound_subject(words, head_index + 1)
        ):
            return self._report(verb, third, f"'{head.text}' is singular", FixSafety.UNSAFE)
        return None

    def _singular_past_insertion(
        self, doc: Document, words: list[Word], index: int, head_index: int, british: bool = False
    ) -> Finding | None:
        """'The report, which was published on Monday, are wrong', 'the manager, a former nurse, have
        worked here': a singular count noun (no group, which may take a plural verb), an insertion
        between commas (:func:`_past_insertion`), then 'are', 'were', 'have' or their negatives, or a
        bare verb (:func:`_base_after_insertion`). Not after 'if', 'whether' or 'that', where 'were'
        and 'have' may be subjunctives ("if the king, as you say, were here"). In en-US a group
        that a clause with 'which' calls a thing counts too ("The band, which formed in a garage,
        are playing": American style gives the band a singular verb, and the fix is offered)."""
        head = words[head_index]
        collective = head.low in w.COLLECTIVE_NOUNS or head.low in _BRITISH_PLURAL_HEADS
        as_thing = collective and not british and head_index + 1 < len(words) and words[head_index + 1].low == "which"
        if (
            not w.is_singular_count_noun(head.low, adjective=True)  # "the house, which …" ('house wine')
            or _plural_noun(head.low)
            or (head.low in _NOT_SINGLE_HEADS and not as_thing)
        ):
            return None
        if _after_if(words, index) or _after_that(words, index) or head_index + 2 >= len(words):
            return None
        if index > 0 and words[index - 1].low == "whether":
            return None  # "whether the plan, as drafted, were legal": a subjunctive too
        verb_index = _past_insertion(doc, words, head_index + 1)
        if verb_index is None or verb_index >= len(words):
            return None
        verb = words[verb_index]
        if verb.capitalised:
            return None
        if verb.low in _OF_PLURAL_VERBS and verb.low in TO_SINGULAR:
            return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.UNSAFE)
        third = _base_after_insertion(words, verb_index)
        if third is None:
            return None
        return self._report(verb, match_case(third, verb.text), f"'{head.text}' is singular", FixSafety.UNSAFE)

    def _after_adverb(
        self, doc: Document, words: list[Word], index: int, head_index: int, determiner: str
    ) -> Finding | None:
        """'The figures also shows', 'the report still have': an adverb between the head and an
        auxiliary or a verb that is only a third person (groups, which take either number, and a
        'that' clause's subjunctive are left alone)."""
        head, verb = words[head_index], words[head_index + 2]
        if verb.capitalised or _possessive(head) or (index > 0 and words[index - 1].low in _PREPOSITION_OPENERS):
            return None  # "assumes power after the elections also realises": the phrase is a preposition's object
        if _plural_noun(head.low) and determiner not in _NOT_PLURAL_DETERMINERS:
            third = _noun_or_third_person(verb.low)  # "also shows"
            plural = TO_PLURAL.get(verb.low) or (_lemma_of_third_person(verb.low) if third else None)
            return self._report(verb, plural, f"'{head.text}' is plural", FixSafety.SAFE) if plural else None
        if determiner not in _SINGULAR_DETERMINERS or not w.is_singular_count_noun(head.low):
            return None
        if head.low in w.COLLECTIVE_NOUNS or head.low in _GROUP_HEADS or _after_that(words, index):
            return None
        if verb.low not in _OF_PLURAL_VERBS:
            return self._bare_after_adverb(doc, words, index, head_index)
        if verb.low.startswith("were") and _subjunctive_were(words, index):
            return None
        return self._report(verb, TO_SINGULAR[verb.low], f"'{head.text}' is singular", FixSafety.SAFE)

    def _bare_after_adverb(self, doc: Document, words: list[Word], index: int, head_index: int) -> Finding | None:
        """'My brother always forget his wallet': a singular head, an adverb of frequency and a form
        that is only a bare verb (no noun or adjective reading; after 'always', 'never', 'often',
        'usually', 'rarely' or 'sometimes' also one that is a noun: "the printer often jam"); not
        after a verb of demanding ("I insist the child always wear a helmet") nor 'if', nor in a
        subject that does not open the sentence or a clause after a comma, 'and' or 'but'."""
        if index > 0 and (_mandative_before(words, index) or words[index - 1].low in ("if", "lest")):
            return None
        if index > 0 and words[index - 1].joined and words[index - 1].low not in _COORDINATORS:
            return None
        head, verb = words[head_index], words[head_index + 2]
        adverb = words[head_index + 1].low
        object_next = _object_next(words, head_index + 2) or (
            head_index + 3 < len(words) and verb.joined and words[head_index + 3].low in w.POSSESSIVES
        )
        frequency = adverb in _FREQUENCY_ADVERBS or (  # "my uncle always cook": no noun there
            w.only_adverb_in_ly(adverb) and object_next  # "the app automatically save your"
        )
        only_verb = w.tags(verb.low) == {"VERB"} or _clearly_finite(words, head_index + 2)  # "still call me"
        if not (only_verb or frequency) or not words[head_index + 1].joined:
            return None
        third = third_person_of_base(verb.low)
        if third is None and frequency and (object_next or _phrase_next(words, head_index + 2)):
            third = third_person_of_base(verb.low, adjective=True, object_after=True)  # "the shop usually open at"
            tags = sentence_tags(doc, words) if third else []
            if tags and any(tag.startswith(("VB", "MD")) for tag in tags[head_index + 3 :]):
                return None  # "the shop usually open at nine is shut": an adjective's phrase, then the verb
        if third is None:
            return None
        return self._report(verb, third, f"'{head.text}' is singular", FixSafety.UNSAFE)

    def _after_and(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Prices rose and the pound were hit': after 'and' a singular noun opens a second clause,
        not a second subject, when the tagger reads the word before 'and' as no noun, pronoun or
        adjective; then 'were', 'have' or 'are' before a participle is a slip. Groups, which take
        either number, and sentences with 'both', 'between' or 'either' are left alone."""
        head_index, verb_index = index + 1, index + 2
        if verb_index + 1 >= len(words):
            return None
        head, verb = words[head_index], words[verb_index]
        if head.capitalised or verb.capitalised:
            return None
        plural = _plural_noun(head.low) and words[index].low not in _NOT_PLURAL_DETERMINERS
        if plural and verb.low in TO_PLURAL and not _possessive(head):
            replacement, reason, wanted = TO_PLURAL[verb.low], f"'{head.text}' is plural", "NNS"
        elif words[index].low in _SINGULAR_DETERMINERS and verb.low in _OF_PLURAL_VERBS:
            if not _has_plural(head.low) or head.low in w.COLLECTIVE_NOUNS or head.low in _GROUP_HEADS:
                return None
            replacement, reason, wanted = TO_SINGULAR[verb.low], f"'{head.text}' is singular", "NN"
        else:
            return None
        if not _joined_between(words, index, verb_index + 1) or not _participle_or_gerund(words[verb_index + 1].low):
            return None
        if any(word.low in _PAIRING for word in words[:index]) or _subjunctive_were(words, index):
            return None
        before_and = words[index - 2].low
        pronoun = before_and in w.OBJECT_PRONOUNS or before_and in w.SUBJECT_PRONOUNS
        if pronoun or not w.tags(before_and) & {"VERB", "ADV"}:
            return None  # no verb or adverb ends the first clause: 'and' may join two subjects (no tagger asked)
        tags = sentence_tags(doc, words)
        before = tags[index - 2]
        if before.startswith(("NN", "PRP", "JJ", "CD", "DT")) or tags[head_index] != wanted:
            return None
        return self._report(verb, replacement, reason, FixSafety.UNSAFE)

    def _bare_police(self, words: list[Word], index: int) -> Finding | None:
        """'Police says the man was armed', 'police has arrested': 'police' without a determiner,
        the way news copy writes it, is plural too (not "Police Scotland is": a name)."""
        target = _verb_after(words, index)
        if target is None or words[target].capitalised:
            return None
        verb = words[target]
        plural = TO_PLURAL.get(verb.low)
        if plural is None and (_verb_only_third_person(verb.low) or _verb_here(words, target)):
            plural = _lemma_of_third_person(verb.low)
        if plural is None:
            return None
        return self._report(verb, plural, f"'{words[index].text}' is plural", FixSafety.SAFE)

    def _counted(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Two men was arrested', 'three people has died': a number word and a plural noun that
        opens a clause, then 'was', 'is' or 'has' before a participle, or a verb that is only a
        third person. Amounts ('two hours was enough', 'ten dollars was deducted') are left alone."""
        if not _opens_subject(doc, words, index) or (index > 0 and words[index - 1].low in _COUNT_BEFORE):
            return None
        if index + 1 < len(words) and words[index + 1].low == "of" and words[index].low != "one":
            return self._counted_of(words, index)
        head_index = index + 1
        if head_index + 2 < len(words) and not _plural_noun(words[head_index].low) and _modifier(words[head_index].low):
            head_index += 1  # "two young men was"
        if head_index + 2 >= len(words) or not all(words[i].joined for i in range(index, head_index + 1)):
            return None
        head, verb = words[head_index], words[head_index + 1]
        if head.capitalised or verb.capitalised or not _plural_noun(head.low) or head.low in _AMOUNTS:
            return None
        if _possessive(head):
            return None
        plural = None
        if verb.low in _COUNTED_SINGULAR_VERBS:
            after = head_index + 2
            if words[after].low == "not" and after + 1 < len(words) and words[after].joined:
                after += 1
            if words[after - 1].joined and _participle_or_gerund(words[after].low):
                plural = TO_PLURAL[verb.low]
        elif _verb_only_third_person(verb.low):
            plural = _lemma_of_third_person(verb.low)
        if plural is None:
            return None
        return self._report(verb, plural, f"'{head.text}' is plural", FixSafety.SAFE)

    def _counted_of(self, words: list[Word], index: int) -> Finding | None:
        """'Two of the victims is still in hospital', 'three of them has': a number above one and
        'of' count a plural, so 'is', 'was' or 'has' before a participle, an '-ing' form, a
        preposition or an adjective is a slip, after a phrase too ("two of the three bridges over the
        canal was closed"; amounts are left alone: "two of the hours was")."""
        head_index = _of_head(words, index)
        if head_index is None or words[head_index].low in _AMOUNTS or words[head_index].capitalised:
            return None
        if _possessive(words[head_index]) or not words[head_index].joined:
            return None
        verb_index, _ = _past_phrase(words, head_index + 1)  # "two of the three bridges over the canal was"
        if verb_index is None or verb_index + 1 >= len(words) or _possessive(words[verb_index - 1]):
            return None
        verb = words[verb_index]
        if verb.low not in _COUNTED_SINGULAR_VERBS or verb.capitalised or not words[verb_index - 1].joined:
            return None
        after = verb_index + 1
        if words[after].low in _COUNTED_ADVERBS and after + 1 < len(words) and words[after - 1].joined:
            after += 1  # "is still in hospital", "has not been found"
        if not words[after - 1].joined:
            return None
        following = words[after].low
        state = following in w.PREPOSITIONS or w.tags(following) == {"ADJ"}
        if not (_participle_or_gerund(following) or state):
            return None
        reason = f"the subject is '{words[index].text} of …'"
        return self._report(verb, TO_PLURAL[verb.low], reason, FixSafety.SAFE)

    def _of_phrase(
        self, doc: Document, words: list[Word], head_index: int, counted: bool = False, start: int | None = None
    ) -> Finding | None:
        """'the list of items are', 'the girl with the red shoes are': a singular head, a
        preposition and a plural noun, then a plural verb; the verb agrees with the head. Heads
        that count or group ('number', 'group', 'kind', 'rest') take either number and are left
        alone, but for 'the number of' (``counted``). With a singular noun in the phrase too, a
        present verb that the tagger reads as one is reported ("a spokesman for the firm decline
        to comment"), where the subject opens at ``start``."""
        head = words[head_index]
        grouped = head.low in _GROUP_HEADS or head.low in w.COLLECTIVE_NOUNS or head.low in _CHOICE_HEADS
        if grouped and head.low in _GATHERED_THINGS and start is not None and words[start].low in _OWNING_DETERMINERS:
            grouped = False  # "Our collection of vintage patterns are": one owned collection, not an amount
        if (
            grouped
            and _governing_body(words, head_index)
            and start is not None
            and words[start].low in _OWNING_DETERMINERS
        ):
            grouped = False  # "The board of directors have approved": one body, named by its members (en-US)
        if not counted and grouped and not _amount_of_mass(words, head_index):
            return None
        if _phrasal_modifier(words, head_index):
            return None  # "The state of the art facilities are": the head is 'facilities'
        at = head_index + 2
        if at < len(words) and words[at].low in _OF_OPENERS and words[at].joined:
            at += 1
            if at < len(words) and w.is_numeral(words[at].low) and words[at].joined:
                at += 1  # "the head of the two departments"
            elif at + 1 < len(words) and _owner(words[at]):
                at += 1  # "the value of the company's shares": the possessive determines the noun after it
        for noun_index in range(at, min(at + 3, len(words) - 1)):
            noun = words[noun_index]
            if noun.capitalised or not words[noun_index - 1].joined:
                return None
            if (_plural_noun(noun.low) or _singular_of_noun(words, noun_index)) and _second_phrase(words, noun_index):
                return self._past_second_phrase(words, head, noun_index)  # "the price of tickets in the shop are"
            if _plural_noun(noun.low):
                noun_index = _past_bare_plurals(words, noun_index)  # "a list of hotels and restaurants are"
                noun = words[noun_index]
                verb = words[noun_index + 1]
                if verb.low in _ADVERBS_BEFORE_HEAD_VERB and noun.joined and verb.joined:
                    noun_index += 1  # "our family of brands now include": the adverb, then the verb
                    verb = words[noun_index + 1]
                    if w.verb_tags(verb.low) != {"VB", "VBP"}:
                        return None
                if not noun.joined or _possessive(noun) or verb.capitalised:
                    return None
                if (_participle_only(verb.low) or _participle_before_by(words, noun_index + 1)) and verb.joined:
                    found = self._past_participle_phrase(words, head, noun_index + 1)  # "players selected for"
                    return found or self._past_participle_clause(
                        doc, words, noun_index + 1, f"the subject is '{head.text}'"
                    )
                if _participle_or_gerund(verb.low) and verb.joined and noun.joined and head.low not in _BODIES:
                    # "the number of patients waiting more than four hours have"; not "a body of men calling
                    # themselves the Congress are" (a group, whose members the verb may follow)
                    return self._past_participle_clause(doc, words, noun_index + 1, f"the subject is '{head.text}'")
                singular = TO_SINGULAR.get(verb.low) if verb.low in _OF_PLURAL_VERBS else _bare_only(verb.low)
                if singular is None and not _mandative_earlier(words, head_index):
                    singular = _base_before_object(words, noun_index + 1)  # "the colour of the walls make the room"
                if singular is None:
                    return None
                return self._report(verb, singular, f"the subject is '{head.text}'", FixSafety.UNSAFE)
            if _singular_of_noun(words, noun_index) and words[noun_index + 1].low in _OF_PLURAL_VERBS:
                verb = words[noun_index + 1]  # "the cost of living have": nothing plural in the subject
                return self._report(verb, TO_SINGULAR[verb.low], f"the subject is '{head.text}'", FixSafety.UNSAFE)
            if start is not None and _singular_of_noun(words, noun_index) and not noun.low.endswith("ing"):
                verb = words[noun_index + 1]
                third = third_person_of_base(verb.low)
                if third and _tagged_as_verb(doc, words, start, noun_index):  # "a spokesman for the firm decline to"
                    return self._report(verb, third, f"the subject is '{head.text}'", FixSafety.UNSAFE)
            if not (_modifier(noun.low) or _attributive_participle(words, noun_index)):
                return None
        return None

    def _past_participle_phrase(self, words: list[Word], head: Word, participle: int) -> Finding | None:
        """'The list of players selected for the final round are': a participle and its phrase after
        the plural leave the head the subject; 'are', 'were' or 'have' after them is reported."""
        return self._plural_verb_past_phrase(words, participle + 1, f"the subject is '{head.text}'")

    def _past_participle_clause(self, doc: Document, words: list[Word], participle: int, reason: str) -> Finding | None:
        """'The number of patients waiting more than four hours in the department have', 'one of the
        men charged over the robbery have': a participle the tagger reads as one, then its phrase (no
        comma, no verb of another clause, no word that opens one), then 'are', 'were' or 'have' within
        a few words: the singular subject named before the participle is the verb's."""
        tags = sentence_tags(doc, words)
        if tags[participle] not in ("VBN", "VBG", "VBD") or not words[participle].joined:
            return None
        for at in range(participle + 1, min(participle + _PARTICIPLE_PHRASE_WORDS, len(words))):
            if not words[at - 1].joined:
                return None
            word = words[at]
            if word.low in _OF_PLURAL_VERBS:
                if word.capitalised or _possessive(words[at - 1]):
                    return None
                return self._report(word, TO_SINGULAR[word.low], reason, FixSafety.UNSAFE)
            if word.low in _PHRASE_STOPS or word.low in w.AUXILIARIES or tags[at] in ("VBD", "VBZ", "VBP", "MD"):
                return None
        return None

    def _past_second_phrase(self, words: list[Word], head: Word, noun_index: int) -> Finding | None:
        """'The level of pollution in the rivers are': a second phrase after the first one's noun
        leaves the head the subject; 'are', 'were' or 'have' after it is reported."""
        return self._plural_verb_past_phrase(words, noun_index + 1, f"the subject is '{head.text}'")

    def _pronoun(self, words: list[Word], index: int) -> Finding | None:
        pronoun = words[index]
        if index > 0 and words[index - 1].low in _NOT_SUBJECT_CONTEXT and not _never_subjunctive(words, index):
            return None
        if index > 0 and words[index - 1].joined and words[index - 1].low.endswith(("'d", "’d")):
            return None  # "What'd he say?", "Where'd she go?": 'did' or 'would', then the bare verb
        if pronoun.low == "it" and index > 0 and not _it_opens_clause(words, index):
            return None
        if _second_conjunct(words, index):
            return None  # "you and he are friends": the subject is both of them
        target_index = _verb_after(words, index)
        if target_index is None or words[target_index].capitalised:
            return None
        verb = words[target_index]
        if verb.low == "sort" and target_index + 1 < len(words) and words[target_index + 1].low == "of":
            return None  # "she sort of apologized": 'sort of' is an adverb
        if verb.low in BEFORE_A_VERB:
            return None  # "it cant escape": 'can't' without its apostrophe (grammar.broken-contraction)
        third = (
            third_person_of_base(
                verb.low, adjective=pronoun.low != "it", object_after=_object_next(words, target_index)
            )
            or _THIRD_PERSON_AUXILIARIES.get(verb.low)
            or _do_not(words, target_index)
            or _need(words, target_index)  # "it need to be done"; not the modal "he need not worry"
        )
        safety = FixSafety.SAFE
        if not third and _opens_its_clause(words, index, target_index):
            # "when he come home": the present or the past ('came') may be meant, so the fix is not safe
            third, safety = participle_like_base(verb.low), FixSafety.UNSAFE
        if third and verb.low in _PAST_PLURALS and _subjunctive_were(words, index):
            return None  # "if she were", "as it were", "I wish he were"
        if third and _mandative_before(words, index) and verb.low not in _NEVER_SUBJUNCTIVE:
            return None  # "I suggest he leave now", "they demanded she resign": a subjunctive without 'that'
        if third and index == 1 and words[0].low in ("need", "dare") and words[0].joined:
            return None  # "Need he worry?", "Dare she ask?": the modal 'need' or 'dare' asks the question
        if third:
            return self._report(verb, third, f"'{pronoun.text}' takes '{third}'", safety)
        return None

    def _plural_pronoun(self, words: list[Word], index: int) -> Finding | None:
        """'they has', 'we was', 'I has': these subjects never take the third-person singular."""
        pronoun = words[index]
        if pronoun.low == "i" and (pronoun.text != "I" or (index > 0 and _regnal(words[index - 1]))):
            return None  # "World War I is", "Elizabeth I was"
        if index > 0 and words[index - 1].low in _NAMING_NOUNS and words[index - 1].joined:
            return None  # "the pronoun I is", "the letter I was": the word named, not the speaker
        if index > 0 and words[index - 1].low in w.AUXILIARIES:
            return None  # questions: "Does they …" is a different slip
        target_index = _verb_after(words, index)
        if target_index is None:
            return None
        verb = words[target_index]
        if verb.low in ("was", "wasn't") and pronoun.low == "i":
            return None
        addressed = pronoun.low == "you" and (index == 0 or not words[index - 1].joined)
        if addressed and target_index == len(words) - 1 and _plural_noun(verb.low):
            return None  # "I am on board with this, you guys.", "You fools!": addressed, not a subject
        joined = index > 0 and words[index - 1].low in ("and", "or", "nor", "&")  # "my sisters and I are"
        if pronoun.low == "i" and verb.low == "are" and not verb.capitalised and not joined:
            return self._report(verb, "am", "'I' takes 'am'", FixSafety.SAFE)  # "I are ready"
        replacement = _PLURAL_FORMS.get(verb.low)
        no_apposition = pronoun.low in ("they", "i") and _noun_or_third_person(verb.low)  # "they needs money"
        if replacement is None and (
            _verb_only_third_person(verb.low) or no_apposition or _verb_here(words, target_index)
        ):
            replacement = _lemma_of_third_person(verb.low)
        if replacement is not None and not verb.capitalised:
            if pronoun.low == "i" and replacement in ("are", "aren't"):
                replacement = "am" if replacement == "are" else "am not"
            return self._report(verb, replacement, f"'{pronoun.text}' does not take '{verb.text}'", FixSafety.SAFE)
        return None

    def _one_of(self, words: list[Word], index: int, doc: Document | None = None) -> Finding | None:
        head_index = _of_head(words, index)
        if head_index is None or (index > 0 and words[index - 1].low in w.AUXILIARIES | {"than"}):
            return None  # "Can one of you give me a call?": a question; "more than one of them were": either number
        verb = words[head_index + 1]
        if verb.low in _CONTACT_SUBJECTS and words[index].low != "both" and words[head_index].joined:
            # "Each of the guesthouses we stayed in were run", "every one of the letters we received this week were"
            found = _verb_after_contact_clause(words, head_index + 1)
            if found is None:
                return None
            return self._report(
                words[found],
                TO_SINGULAR[words[found].low],
                f"the subject is '{words[index].text} of …'",
                FixSafety.UNSAFE,
            )
        if doc is not None and words[index].low != "both" and words[head_index].joined:
            found = _verb_after_clause(doc, words, head_index + 1)  # "one of the volunteers who organize the drive are"
            if found is not None:
                return self._report(
                    words[found],
                    TO_SINGULAR[words[found].low],
                    f"the subject is '{words[index].text} of …'",
                    FixSafety.UNSAFE,
                )
        if doc is not None and words[index].low != "both" and _participle_or_gerund(verb.low):
            # "one of the three men charged over the robbery have": the participle's phrase, then the verb
            return self._past_participle_clause(
                doc, words, head_index + 1, f"the subject is '{words[index].text} of …'"
            )
        if (verb.low in _SECOND_PREPOSITIONS or verb.low == "of") and words[index].low != "both":
            # "one of the players in the squad are", "one of the features of our machines are": the
            # head is 'one' whatever the second phrase holds
            return self._one_of_past_phrase(words, index, head_index)
        if words[index].low == "both":  # "both of them believes": the subject is plural
            plural = TO_PLURAL.get(verb.low)
            verb_here = _verb_only_third_person(verb.low) or _verb_here(words, head_index + 1)
            if plural is None and verb_here and not verb.capitalised:
                plural = _lemma_of_third_person(verb.low)  # "both of my parents works."
            if plural is None:
                return None
            return self._report(verb, plural, f"the subject is '{words[index].text} of …'", FixSafety.SAFE)
        singular = TO_SINGULAR.get(verb.low) or (
            None
            if verb.capitalised
            else _bare_only(verb.low, adjective=True)
            or _need(words, head_index + 1)
            or _base_with_object(words, index)
            or (participle_like_base(verb.low) if followed_like_a_verb(words, head_index + 1) else None)
        )
        safety = FixSafety.SAFE
        if singular is None and not verb.capitalised and _verb_then_phrase(words, head_index + 1):
            singular, safety = third_person_of_base(verb.low), FixSafety.UNSAFE  # "each of the dates work for me"
        if singular is not None:
            return self._report(verb, singular, f"the subject is '{words[index].text} of …'", safety)
        return None

    def _one_of_past_phrase(self, words: list[Word], index: int, head_index: int) -> Finding | None:
        """'One of the reasons for the changes are': a phrase after the plural leaves 'one of …' the
        subject; 'are', 'were' or 'have' after it is reported."""
        if not words[head_index].joined or _possessive(words[head_index]):
            return None
        return self._plural_verb_past_phrase(
            words, head_index + 1, f"the subject is '{words[index].text} of …'", bare=True
        )

    def _plural_verb_past_phrase(
        self, words: list[Word], start: int, reason: str, bare: bool = False
    ) -> Finding | None:
        """'are', 'were' or 'have' after the phrase that opens at ``start`` (at least one phrase
        crossed, no possessive just before the verb), where the singular subject was named earlier;
        with ``bare``, also a word that is only a bare verb, before its object ("each of the plugins
        in the folder include a README"), or a bare verb before an adverb in -ly ("one of the fans in the
        house work properly")."""
        verb_index, crossed = _past_phrase(words, start)
        if verb_index is None or not crossed or verb_index >= len(words) or not words[verb_index - 1].joined:
            return None
        verb = words[verb_index]
        if verb.capitalised or _possessive(words[verb_index - 1]):
            return None
        if verb.low in _OF_PLURAL_VERBS:
            return self._report(verb, TO_SINGULAR[verb.low], reason, FixSafety.UNSAFE)
        if not bare or verb_index + 1 >= len(words) or not verb.joined:
            return None
        if w.only_adverb_in_ly(words[verb_index + 1].low):  # "one of the fans in the house work properly"
            singular = third_person_of_base(verb.low)
            return self._report(verb, singular, reason, FixSafety.UNSAFE) if singular else None
        if words[verb_index + 1].low not in _OBJECT_STARTS:
            return None
        singular = _bare_only(verb.low)
        return self._report(verb, singular, reason, FixSafety.UNSAFE) if singular else None

    def _quantity_of(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'A number of people has', 'most of the cake were': after a word that counts, the verb
        agrees with the noun after 'of'. Amounts of time, money and distance ('a couple of weeks
        is enough') and groups ('all of the team are') are left alone."""
        low = words[index].low
        start = index
        if low in ("number", "lot", "couple"):
            if index > 1 and low == "number" and words[index - 2].low in ("a", "an") and _sizes(words[index - 1]):
                start = index - 2  # "a large number of cases was", "a growing number of people is"
            elif index == 0 or words[index - 1].low != "a" or not words[index - 1].joined:
                return None  # 'the number of' is the other way round
            else:
                start = index - 1
        if not (_opens_subject(doc, words, start) or (start > 0 and words[start - 1].low == "and")):
            return None
        if not words[index].joined or not words[index + 1].joined or index + 3 >= len(words):
            return None
        at = index + 2
        noun_index: int | None = None
        if words[at].low in ("them", "us", "it"):
            noun_index = at
        else:
            if words[at].low in _OF_OPENERS and words[at].joined:
                at += 1
            for candidate in range(at, min(at + 3, len(words) - 1)):
                word = words[candidate]
                if word.capitalised or not words[candidate - 1].joined or _possessive(word):
                    return None
                if _plural_noun(word.low) or word.low in _MASS_HEADS or w.is_singular_count_noun(word.low):
                    noun_index = candidate
                    if _plural_noun(word.low) or not word.joined or not _modifier(words[candidate + 1].low):
                        break  # "a number of people has"; "a lot of tax money was" goes on to 'money'
                    continue
                if not _modifier(word.low):
                    return None
        if noun_index is None or noun_index + 1 >= len(words) or not words[noun_index].joined:
            return None
        noun, verb = words[noun_index], words[noun_index + 1]
        group = (noun.low in _GROUP_HEADS or noun.low in w.COLLECTIVE_NOUNS) and not _plural_noun(noun.low)
        if verb.capitalised or noun.low in _MEASURES or group:
            return None
        if low == "none" and (noun.low in ("them", "us") or _plural_noun(noun.low)):
            return None  # "none of the players is" and "… are": both are standard
        if _plural_noun(noun.low) and verb.low in _PLACE_PREPOSITIONS:
            verb_at = _past_place_phrase(words, noun_index + 1, _SINGULAR_AUXILIARIES)
            plural = _PLURAL_FORMS.get(words[verb_at].low)  # "all of the items in your basket is"
            if plural is None or words[verb_at].capitalised:
                return None
            return self._report(words[verb_at], plural, f"'{noun.text}' is plural", FixSafety.UNSAFE)
        if noun.low == "them" or noun.low == "us" or _plural_noun(noun.low):
            third_person = _verb_only_third_person(verb.low) or _verb_here(words, noun_index + 1)
            plural = TO_PLURAL.get(verb.low) or (_lemma_of_third_person(verb.low) if third_person else None)
            return self._report(verb, plural, f"'{noun.text}' is plural", FixSafety.SAFE) if plural else None
        safety = FixSafety.SAFE
        if verb.low in _PLACE_PREPOSITIONS and (noun.low in MASS_NOUNS or noun.low in _MASS_HEADS):
            verb_at = _past_place_phrase(words, noun_index + 1)  # "all of the information on this page are"
            verb, safety = words[verb_at], FixSafety.UNSAFE
        if low in _PLURAL_ONLY_QUANTITIES or verb.low not in _OF_PLURAL_VERBS:
            return None  # "many of the staff" is not this slip; a singular after 'of' takes 'is', 'has'
        counted = noun.low not in _MASS_HEADS and noun.low not in MASS_NOUNS and w.is_singular_count_noun(noun.low)
        if low in w.LOT_QUANTIFIERS and counted:
            return None  # "a lot of car were": the noun lost its -s (grammar.quantity-of-singular), not 'was'
        return self._report(verb, TO_SINGULAR[verb.low], f"'{noun.text}' is singular", safety)

    def _either_or(self, words: list[Word], index: int) -> Finding | None:
        """'Neither the manager nor the clerk were', 'either the coach or the players is': with
        'either … or' and 'neither … nor' the verb agrees with the nearer subject; reported when
        that one is singular (a determiner and a singular noun, or a name) and the verb plural, or
        plural (a determiner and a plural noun) and the verb singular."""
        partner = "nor" if words[index].low == "neither" else "or"
        first_end = _conjunct_end(words, index + 1, frozenset((partner,)))
        if first_end is None or first_end >= len(words) or words[first_end].low != partner:
            return None
        return self._nearer_subject(words, first_end + 1)

    def _nearer_subject(self, words: list[Word], second: int) -> Finding | None:
        """The verb after the second of two subjects that a correlative pair joins ('nor the clerk
        were', 'but also the directors was'), which agrees with that subject alone."""
        second_end = _conjunct_end(words, second, _AGREEING_AUXILIARIES)
        if second_end is None or second_end >= len(words) or not words[second_end - 1].joined:
            return None
        if second_end - second == 2 and _modified_plural(words, second_end):
            second += 1  # "nor its partner agencies is": a noun modifier, then the plural
            second_end += 1
        elif second_end - second == 3:
            second += 1  # "nor the assistant coach were": the modifier, then the head (see _conjunct_end)
        noun, verb = words[second_end - 1], words[second_end]
        if verb.capitalised:
            return None
        if noun.low in w.SUBJECT_PRONOUNS:
            fixed = _PRONOUN_FORMS.get((noun.low, verb.low))  # "neither he nor I are" → 'am'
            reason = f"the verb agrees with the nearer subject, '{noun.text}'"
            return self._report(verb, fixed, reason, FixSafety.UNSAFE) if fixed and second_end == second + 1 else None
        reason = f"the verb agrees with the nearer subject, '{noun.text}'"
        if second_end - second == 2 and _plural_noun(noun.low) and not _possessive(noun):
            plural = TO_PLURAL.get(verb.low) or (
                _lemma_of_third_person(verb.low)
                if _verb_only_third_person(verb.low) or _verb_here(words, second_end)
                else None
            )
            return self._report(verb, plural, reason, FixSafety.UNSAFE) if plural else None
        if not (noun.capitalised or w.is_singular_count_noun(noun.low)):
            return None
        singular = TO_SINGULAR.get(verb.low)
        if singular is None and not noun.capitalised and _base_then_object(words, second_end):
            singular = third_person_of_base(verb.low)  # "nor the treatment group show significant changes"
            return self._report(verb, singular, reason, FixSafety.UNSAFE) if singular else None
        if singular is None or verb.low in ("do", "have"):
            return None
        return self._report(verb, singular, reason, FixSafety.UNSAFE)

    def _not_only(self, words: list[Word]) -> Finding | None:
        """'Not only the chairman but also the directors was questioned': the verb agrees with the
        subject after 'but also'."""
        if len(words) < 8 or words[1].low != "only" or not words[0].joined or not words[1].joined:
            return None
        first_end = _conjunct_end(words, 2)
        if first_end is None or first_end + 2 >= len(words) or words[first_end].low != "but":
            return None
        if words[first_end + 1].low != "also" or not words[first_end].joined or not words[first_end + 1].joined:
            return None
        return self._nearer_subject(words, first_end + 2)

    def _indefinite(self, doc: Document, words: list[Word], index: int, start: int | None = None) -> Finding | None:
        """'everyone have', 'nobody know', 'somebody were': these pronouns take a singular verb
        (``start``: where a two-word one, 'no one', begins)."""
        pronoun = words[index]
        begin = index if start is None else start
        if not (_opens_subject(doc, words, begin) or (words[begin - 1].low == "and" and words[begin - 1].joined)):
            return None
        if _asked(doc, words):
            return None  # "Anyone know a good dentist?": a question with its 'does' left out
        target_index = _verb_after(words, index)
        phrase_at = None
        if target_index is not None and words[target_index].low in _PHRASE_PREPOSITIONS and words[index].joined:
            phrase_at = target_index
            target_index, _crossed = _past_phrase(words, target_index)  # "everyone in the office have"
            if target_index is not None and not words[target_index - 1].joined:
                return None
        singular = None
        if target_index is not None and not words[target_index].capitalised:
            verb = words[target_index]
            singular = (
                _THIRD_PERSON_AUXILIARIES.get(verb.low)
                or _do_not(words, target_index)
                or _bare_only(verb.low)
                or _base_before_object(words, target_index)
                or _need(words, target_index)  # "someone need to tell him"
                or _linked_adjective(words, target_index)  # "everything look fine"
                # "everybody love pizza", "if anyone ask about it"
                or _base_before_noun_or_phrase(words, index, target_index)
            )
        if singular is None and phrase_at is not None:
            target_index = _bare_verb_past_phrase(words, phrase_at)  # "everybody in the two villages want the road"
            singular = None if target_index is None else _base_before_object(words, target_index)
        if singular is None or target_index is None:
            return None
        verb = words[target_index]
        if singular is None or (verb.low in _PAST_PLURALS and _subjunctive_were(words, index)):
            return None
        if _called_to(doc, words, index, target_index):
            return None  # "Somebody help me!", "Nobody move!": the pronoun calls on those addressed
        subjunctive = verb.low in ("have", "haven't", "haven’t") or singular != _THIRD_PERSON_AUXILIARIES.get(verb.low)
        if subjunctive and _after_that(words, index):
            return None  # "insist that everyone have a say": a subjunctive
        return self._report(verb, singular, f"'{pronoun.text}' takes '{singular}'", FixSafety.SAFE)

    def _report(self, verb: Word, replacement: str, reason: str, safety: FixSafety) -> Finding:
        suggestion = match_case(replacement, verb.text)
        return self.replace_word(
            verb, suggestion, f"{reason[0].upper()}{reason[1:]}: use '{suggestion}', not '{verb.text}'.", safety
        )


def _dated(rule: SubjectVerbAgreement, doc: Document, finding: Finding) -> Finding:
    """``finding`` with the past offered first where it turns a bare verb into its -s form and a past
    time dates the clause ("The senator lead the delegation last week": 'led', then 'leads'; "He
    plead guilty yesterday": 'pleaded'): a singular subject before a bare verb is as often a past
    tense that lost its ending or an irregular past mistyped as a present that lost its -s."""
    if len(finding.suggestions) != 1:
        return finding
    found = _word_at(doc, finding.start)
    if found is None:
        return finding
    words, index = found
    verb = words[index]
    if verb.end != finding.end or verb.low not in w.verb_lemmas(verb.low):
        return finding  # not a bare verb ('is', 'was', 'gives'): only a lemma's forms are in the cached tables
    forms = w.verb_inflections(verb.low)  # (any other word would load lemminflect itself)
    third = finding.suggestions[0]  # a modal ('can', 'will' are verb lemmas too) stops below: no such -s form
    pasts = forms.get("VBD", ())
    if third.lower() not in forms.get("VBZ", ()) or not pasts or pasts[0] == verb.low:
        return finding
    marker = past_marker_after(words, index)
    # a past elsewhere in the sentence counts for a bare form that is also a participle ('come', 'become',
    # 'run'): "went off and it become dark"; not "the report say the plan failed" (a clause's own past)
    told = None if marker is not None or not participle_like_base(verb.low) else _past_told(words, index)
    if marker is None and told is None:
        return finding
    past = match_case(pasts[0], verb.text)
    reason, said, _rest = finding.message.partition(": use '")
    if marker is not None:
        dated = f"{reason}, and '{marker}'" if said else f"'{marker}'"
        message = f"{dated} places this in the past: use '{past}' (or '{third}'), not '{verb.text}'."
    else:
        message = f"{reason}, and '{told}' tells of the past: use '{past}' (or '{third}'), not '{verb.text}'."
    return rule.finding(verb.start, verb.end, message, suggestions=(past, third), fix=FixSafety.UNSAFE)


def _past_told(words: list[Word], index: int) -> str | None:
    """A plain past elsewhere in the sentence ('went' in "The lights went off and it become dark",
    'was' in "by the time it come back on, the loaf was ruined"): the bare verb at ``index`` is as
    likely a past that lost its form, so the past is offered first."""
    for at, word in enumerate(words):
        if at != index and ("VBD" in w.verb_tags(word.low) and w.verb_tags(word.low) <= {"VBD", "VBN"}):
            return word.text
    return None


def _word_at(doc: Document, start: int) -> tuple[list[Word], int] | None:
    """The sentence's words and the index of the word that starts at ``start``, if any."""
    sentence = bisect_right(doc.sentence_starts, start) - 1
    if sentence < 0:
        return None
    words = doc.sentence_words[sentence]
    for index, word in enumerate(words):
        if word.start == start:
            return words, index
    return None


_DO_NOT_FORMS = frozenset(("don't", "don’t"))
_NAME_CLAUSE_OPENERS = frozenset(
    """because when whenever while although though if unless once whereas that think thinks thought
    believe believes believed hope hopes hoped guess reckon know knows knew said says""".split()
)
"""Words after which a name opens a clause as its subject ("when Rosa arrive", "I think Jamal like
you"; not after a verb of perceiving or making: "I saw John leave", "let Maria choose"; after 'that'
only with no word of demanding before it: "I insist that Tom leave" is a subjunctive)."""
_MANDATIVE_STEMS = ("insist", "demand", "requir", "recommend", "suggest", "ask", "urg", "propos", "request")
_NAME_AUXILIARIES = {"don't": "doesn't", "don’t": "doesn’t"}
"""The one auxiliary checked after a name: 'have', 'are', 'were' follow the plural names of a people,
a breed or a species ("Menhaden are", "Sussex have four toes")."""


def _mandative_earlier(words: list[Word], index: int) -> bool:
    """A word of demanding or of need before ``words[index]`` ("insisted that", "it is vital that")."""
    return any(word.low in _MANDATIVE or word.low.startswith(_MANDATIVE_STEMS) for word in words[:index])


def _plural_slip(low: str) -> bool:
    """One letter dropped or two swapped make ``low`` a plural noun ('peolple' → 'people')."""
    for at in range(len(low)):
        if _plural_noun(low[:at] + low[at + 1 :]):
            return True
        if at + 1 < len(low) and _plural_noun(low[:at] + low[at + 1] + low[at] + low[at + 2 :]):
            return True
    return False


def _finite_later(words: list[Word], tags: list[str], index: int) -> bool:
    """A finite verb or a modal by the tagger after ``words[index]``, in its clause (up to a comma)."""
    for later in range(index + 1, len(words)):
        if not words[later - 1].joined:
            return False
        if any(part in w.FINITE_OR_MODAL_TAGS for part in tags[later].split("+")):
            return True
    return False


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
"""Endings of the adjectives of peoples the word tables lack ("American", "Maltese", "Kurdish")."""
_MODAL_NEED_AFTER = frozenset("not never hardly only n't".split())
_HAVE_ONE = frozenset("a an been got to".split())
"""Words after which 'have' after a name is the singular's 'has': "Tom have a sister", "Paul have
been here" (not "Sussex have four toes", a breed)."""


def _name_have(words: list[Word], index: int) -> str | None:
    """'has' for a 'have' before 'a', 'an', 'been', 'got', 'to' or a word that is nothing but a
    participle; 'needs' for a 'need' before anything but a negation ("John need more time"; the modal
    'need' asks or denies: "John need not worry")."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    following = words[index + 1].low
    if words[index].low == "need" and following not in _MODAL_NEED_AFTER:
        return match_case("needs", words[index].text)
    if words[index].low != "have":
        return None
    if following in _HAVE_ONE or w.verb_tags(following) == {"VBN"}:
        return match_case("has", words[index].text)
    return None


_NOT_PERSON_NAMES = frozenset("god heaven lord christ jesus allah plz pls".split()) | frozenset(
    """inuit maori sioux navajo navaho cherokee apache hopi iroquois amish maasai masai bedouin yoruba igbo
    hausa zulu xhosa pashtun hmong sami quechua aymara cree ojibwe mohawk""".split()
)
"""Names of a wish's subjunctive ("God save the King", "Heaven help us"), and peoples whose name is
its own plural ("Inuit live in the Arctic", "the Amish farm without tractors")."""
_NEVER_NAMES = (
    w.DETERMINERS
    | w.SUBJECT_PRONOUNS
    | w.OBJECT_PRONOUNS
    | w.PREPOSITIONS
    | w.COORDINATORS
    | w.QUESTION_WORDS
    | w.RELATIVE_PRONOUNS
    | w.CLAUSE_OPENERS
    | w.AUXILIARIES
    | w.MODALS
    | frozenset("wanna gonna gotta lemme gimme".split())
)
"""Function words, which the word tables leave untagged: never a name (the tagger never reads one
as a proper noun), so they are turned away before the sentence's end and verb are looked at; nor the
spoken 'wanna', 'gonna' ("Wanna tell you a story")."""


@lru_cache(maxsize=1 << 14)
def _may_be_name(low: str) -> bool:
    """A word that may be a person's name for :meth:`SubjectVerbAgreement._name_subject`: not in -s
    ("Rivers runs the shop", "Jones has"), and unknown to the word tables or known only as a singular
    count noun (a name that is a word too: "Rose", "Mark")."""
    if low.endswith("s") or low in _NOT_PERSON_NAMES or low in _INDEFINITES or low in _NEVER_NAMES:
        return False
    known = w.tags(low)
    if not known and len(low) >= 7 and low.endswith("men"):
        return False  # "Lensmen eat", "Norsemen sailed": the plural of a compound in -man
    return not known or (
        known == {"NOUN"} and not _plural_noun(low) and low not in w.COLLECTIVE_NOUNS and low not in MASS_NOUNS
    )


_PHRASE_OR_CLAUSE = frozenset("since after before until".split())
"""Words that open a clause or a phrase: after a plural noun they may open the phrase of the plural
subject ("Profits since the merger have fallen"), so the noun after them is not the verb's subject."""


def _phrase_after_plural(words: list[Word], index: int) -> bool:
    """'Profits since the merger have fallen': the determiner at ``index`` follows 'since' (or
    'after', 'before', 'until') right after a plural noun, whose verb the one after the phrase may be."""
    if index < 2 or words[index - 1].low not in _PHRASE_OR_CLAUSE or not words[index - 2].joined:
        return False
    return words[index - 1].joined and _plural_noun(words[index - 2].low)


def _called_to(doc: Document, words: list[Word], index: int, verb_at: int) -> bool:
    """An imperative with its own subject ("Somebody help me!", "Everybody sit down.", "Nobody say a
    word.", "Everyone, take a seat", "After me, everyone repeat the line"): a pronoun for persons opens
    the sentence, or follows an opening phrase with no verb and a comma, a bare verb follows it at
    once, and the sentence ends with '!', the verb asks for 'me' or 'us', or the verb is one of action
    (not one of state: "Nobody know where it went", "everyone have a theory") and no adverb of habit
    makes the sentence a statement ("Nobody go there anymore"), and an object with its determiner or
    a particle follows the verb, if anything does ("Everyone make mistakes" is a statement)."""
    if verb_at != index + 1 or not words[index].joined or w.verb_tags(words[verb_at].low) & {"VBD", "VBN", "VBZ"}:
        return False
    if words[verb_at].low in w.AUXILIARIES:
        return False
    if index == 0:
        ends = doc.text[words[-1].end : words[-1].end + 1] == "!"
        if ends or (len(words) > verb_at + 1 and words[verb_at].joined and words[verb_at + 1].low in ("me", "us")):
            return True
    elif not _verbless_opening(doc, words, index):
        return False
    if words[index].low not in _PERSON_INDEFINITES or words[verb_at].low in _STATE_VERBS:
        return False
    if any(word.low in _STATEMENT_ADVERBS for word in words[verb_at + 1 :]):
        return False
    # what follows is that of a command: nothing, a particle, or an object with its determiner ("take a
    # seat", "clap your hands", "sit down"); not a bare plural, as in a statement ("everyone make mistakes")
    return verb_at + 1 == len(words) or not words[verb_at].joined or words[verb_at + 1].low in _COMMAND_OBJECTS


def _verbless_opening(doc: Document, words: list[Word], index: int) -> bool:
    """The words before ``index`` are a short phrase with no verb, closed by a comma ("After me,",
    "Right,", "In pairs,"; not "After I left,")."""
    if index > 4 or doc.text[words[index - 1].end : words[index].start].strip() != ",":
        return False
    return not any(word.low in _CLAUSE_SIGNS or _finite_only(word.low) for word in words[:index])


def _finite_only(low: str) -> bool:
    """A finite verb that is not also a noun ('left', 'said'; not 'pairs', 'turns')."""
    return bool(w.verb_tags(low) & w.FINITE_TAGS) and "NOUN" not in w.tags(low)


_CLAUSE_SIGNS = w.AUXILIARIES | w.SUBJECT_ONLY_PRONOUNS
"""Words that make a clause of the phrase before a comma ("After I left,")."""
_PERSON_INDEFINITES = frozenset("everyone everybody someone somebody nobody".split())
"""The indefinite pronouns that may call on those addressed ("Everybody sit down")."""
_STATE_VERBS = frozenset(
    """know like love hate want need have think believe seem mean own agree understand deserve prefer
    wish hope care matter belong contain depend exist appear consist include involve lack owe possess
    suppose doubt imagine mind""".split()
)
"""Verbs of state, which an imperative seldom takes: 'nobody know', 'everyone like' are agreement slips."""
_STATEMENT_ADVERBS = frozenset(
    "always usually often never ever sometimes anymore nowadays generally normally yesterday ago already".split()
)
"""Adverbs of habit or of the past, which make a sentence a statement: "Nobody go there anymore",
"Somebody take my bike yesterday" are slips."""
_COMMAND_OBJECTS = (
    w.ARTICLES
    | w.POSSESSIVES
    | w.DEMONSTRATIVES
    | frozenset("me us him them it one down up out in off back away over here there now quiet please".split())
)
"""Words that open what follows a verb in a command: an object with its determiner or a particle."""


_FLOATING_QUANTIFIERS = frozenset(("all", "both", "each"))


def _floating_quantifier(words: list[Word], at: int) -> bool:
    """'all', 'both' or 'each' straight after the verb ("the team are all very happy", "the family
    were each given a book"): the quantifier counts the members, so the plural verb is meant in any
    variety of English."""
    return at < len(words) and words[at - 1].joined and words[at].low in _FLOATING_QUANTIFIERS


_BRITISH_PLURAL_HEADS = frozenset("crowd audience staff public class orchestra choir cast".split())
"""Group nouns, besides ``w.COLLECTIVE_NOUNS``, that British English writes with a plural verb ("the
crowd were on their feet")."""
_GROUP_HEADS = w.NOT_SINGULAR_SUBJECTS | frozenset(
    """
    group set crowd bunch handful host variety range collection combination mix mixture assortment array
    selection batch class category fleet flock herd pack panel dozen score plenty number lot series
    percentage proportion fraction part portion amount quantity size average maximum minimum sum whole
    wave spate string flurry rash slew raft litany barrage stream torrent succession generation
    """.split()
)
"""Heads whose verb may follow the noun after 'of' ("a group of people are", "the rest of them are")."""
_COUNTED_GROUPS = frozenset("dozen score hundred thousand million billion handful".split())
"""Numbers and measures that stand for what they count after 'a' ("a dozen were injured")."""
_NOT_SINGLE_HEADS = (
    w.COLLECTIVE_NOUNS
    | _BRITISH_PLURAL_HEADS
    | _GROUP_HEADS
    | _QUANTITY_HEADS
    | frozenset("couple pair trio duo".split())
)
"""Singular nouns that may take a plural verb after an insertion ("the couple, married for forty years, are")."""
_HEAD_PHRASE_OPENERS = frozenset("the a an this that my our your his her its their every each".split())
"""Determiners of a singular head that opens a sentence (:meth:`SubjectVerbAgreement._head_before_phrases`)."""
_HEAD_PHRASE_PREPOSITIONS = frozenset("of on in at for from about with along near over under by behind".split())
"""Prepositions after the head ('to' is not among them: "The return to flight activities are" is a
compound modifier written without its hyphens, as 'to' often joins one: 'back to school', 'door to door')."""
_PHRASAL_MODIFIERS = (
    "state of the art",
    "one of a kind",
    "out of state",
    "out of town",
    "out of pocket",
    "end of year",
    "end of season",
    "end of life",
    "point of sale",
    "state of emergency",
    "line of sight",
    "line of duty",
    "rule of law",
    "cost of living",
    "quality of life",
    "right of way",
)
"""Phrases with a preposition that modify a noun after them when their hyphens are left out ("The
state of the art facilities are", "The cost of living increases were"): the head is that noun."""
_HEAD_PHRASE_WINDOW = 18
"""Words from the sentence's start within which the verb after the phrases must stand."""
_NOT_SINGULAR_LOOKING = frozenset("data media criteria phenomena agenda bacteria".split())


_HEAD_PHRASE_OPENING = _HEAD_PHRASE_PREPOSITIONS | RELATIVES | frozenset(("to",))
"""Words after a head that open its phrase (the sift before the tagger)."""
_SINGULAR_BE_HAVE = frozenset("is was has isn't wasn't hasn't isn’t wasn’t hasn’t".split())


_AFTER_PARTICIPLE = frozenset("DT PRP$ IN RB CD TO".split())


def _phrase_boundary(words: list[Word], tags: list[str], at: int) -> bool:
    """Where the head's first phrase opens: a preposition, a relative pronoun, a participle or 'to'
    and a verb after a noun ("the herbs growing", "the decision to close")."""
    if tags[at] == "IN" or words[at].low in RELATIVES:
        return True
    if tags[at - 1] not in ("NN", "NNS"):
        return False
    if tags[at] == "TO":
        return at + 1 < len(tags) and tags[at + 1] == "VB"
    # a participle before a determiner, a preposition or an adverb opens a phrase; before a bare noun it
    # may be a compound's modifier ("The rear trailing arm bushings take")
    return tags[at] in ("VBG", "VBN") and at + 1 < len(tags) and tags[at + 1] in _AFTER_PARTICIPLE


def _own_subject(words: list[Word], tags: list[str], at: int) -> bool:
    """The word at ``at``, right after a relative pronoun, can be that clause's subject: a pronoun or a
    noun by the tagger or the word tables ('police', which the tagger may read as the verb)."""
    return tags[at] in NOUN_TAGS or tags[at] == "PRP" or "NOUN" in w.tags(words[at].low)


def _opening_noun_phrase(words: list[Word], index: int) -> bool:
    """The words before ``index`` are the sentence's opening noun phrase: two words ("The report"), or
    a determiner, up to two adjectives or nouns, and its noun, joined ("The new headphones", "Our
    family farm")."""
    if index == 2:
        return True
    if not 3 <= index <= 4 or words[0].low not in _PHRASE_DETERMINERS:
        return False
    if not _joined_between(words, 0, index - 1) or words[index - 1].capitalised:
        return False
    if any(not w.tags(word.low) & w.NOUN_OR_ADJECTIVE for word in words[1 : index - 1]):
        return False
    return "NOUN" in w.tags(words[index - 1].low)


def _plurals_joined(words: list[Word], boundary: int, joins: list[int], verb_at: int) -> bool:
    """The one 'and' before the verb joins two plurals inside the 'of' phrase, the second bare and right
    before the verb ("A list of recommended hotels and restaurants are"): the phrase's nouns, not a second
    head ('the price of oil and gas prices are', 'the structure of a state and its constitution are')."""
    if len(joins) != 1 or words[boundary].low != "of":
        return False
    at = joins[0]
    if not boundary < at - 1 or at + 2 != verb_at or words[at].low != "and":
        return False
    before, after = words[at - 1], words[at + 1]
    return (
        before.joined
        and after.joined
        and not after.capitalised
        and w.is_plural_noun(before.low)
        and w.is_plural_noun(after.low)
    )


_BARE_CONJUNCT_TAGS = frozenset(("JJ", "NN", "NNS", "VBG"))
"""What a bare noun phrase inside a prepositional phrase is made of: adjectives, nouns, gerunds."""


def _phrase_nouns_joined(words: list[Word], tags: list[str], boundary: int, joins: list[int], verb_at: int) -> bool:
    """The one 'and' before the verb joins two bare noun phrases inside a phrase after the head ("The price
    of gas and groceries have", "The policy on remote work and travel expenses have") or two modifiers of one
    noun ("Every employee in the accounting and billing departments need"): the phrase's nouns, not a second
    head. Not where a determiner opens the second ("the structure of a state and its constitution are"), nor
    a first conjunct with a determiner before a bare second ('the director of the museum and staff were'),
    nor names ('the mayor of Springfield and council members')."""
    if len(joins) != 1 or words[joins[0]].low != "and":
        return False
    at = joins[0]
    if not boundary < at - 1 or at + 1 >= verb_at or verb_at - at > 4:
        return False
    if not _joined_between(words, boundary, verb_at - 1) or any(word.capitalised for word in words[boundary:verb_at]):
        return False
    preposition = max(place for place in range(boundary, at) if tags[place] == "IN" or place == boundary)
    first, second = range(preposition + 1, at), range(at + 1, verb_at)
    if not first or any(tags[place] not in _BARE_CONJUNCT_TAGS for place in (*first, *second)):
        # "the accounting and billing departments": two modifiers of one noun after a determiner
        return _modifiers_joined(words, tags, preposition, at, verb_at)
    return tags[at - 1] in NOUN_TAGS and tags[verb_at - 1] in NOUN_TAGS


def _modifiers_joined(words: list[Word], tags: list[str], preposition: int, at: int, verb_at: int) -> bool:
    """'(in) the accounting and billing departments': a determiner, a modifier that is no count noun, 'and',
    a second modifier and the noun both describe, right before the verb."""
    if at - preposition != 3 or words[preposition + 1].low not in w.ARTICLES or verb_at != at + 3:
        return False
    before, after, noun = at - 1, at + 1, at + 2
    if w.is_singular_count_noun(words[before].low) or tags[before] not in ("JJ", "NN", "VBG"):
        return False
    return tags[after] in ("JJ", "NN", "VBG") and tags[noun] == "NNS"


def _head_phrase_sift(words: list[Word]) -> bool:
    """By the word tables alone: a head noun among the first words, a preposition or a relative
    pronoun after it, and later a verb of the other number that :func:`_plainly_a_verb` would take."""
    for head in range(1, min(4, len(words) - 2)):
        following = words[head + 1].low
        participle = following.endswith(("ing", "ed")) and bool(w.verb_tags(following) & {"VBG", "VBN"})
        if following not in _HEAD_PHRASE_OPENING and not participle:
            continue
        low = words[head].low
        singular = _single_head(low) or (low == "number" and head == 1)
        if not singular and not _plural_noun(low):
            return False
        for at in range(head + 2, min(len(words), _HEAD_PHRASE_WINDOW)):
            verb = words[at].low
            if singular and (
                verb in _OF_PLURAL_VERBS or (third_person_of_base(verb) and _plainly_a_verb(words, at, infinitive=True))
            ):
                return True
            plural_verb = verb in _SINGULAR_BE_HAVE or "VBZ" in w.verb_tags(verb)
            if not singular and plural_verb and _plainly_a_verb(words, at, infinitive=True):
                return True
        return False
    return False


def _plainly_a_verb(words: list[Word], at: int, infinitive: bool = False) -> bool:
    """The present at ``at`` is only a verb, or an object or an adverb in -ly follows it (and, with
    ``infinitive``, 'to': "needs to be moved"): not a noun the tagger took for the verb."""
    if w.tags(words[at].low) == {"VERB"}:
        return True
    if at + 1 >= len(words) or not words[at].joined:
        return False
    following = words[at + 1].low
    if infinitive and following == "to":
        return True
    return following in _OBJECT_STARTS or following in w.OBJECT_PRONOUNS or w.only_adverb_in_ly(following)


def _phrasal_modifier(words: list[Word], head_index: int) -> bool:
    """The head at ``head_index`` opens one of :data:`_PHRASAL_MODIFIERS` and a noun follows it."""
    for phrase in _PHRASAL_MODIFIERS:
        length = phrase.count(" ") + 1
        after = head_index + length
        if after < len(words) and " ".join(word.low for word in words[head_index:after]) == phrase:
            return "NOUN" in w.tags(words[after].low)
    return False


def _single_head(low: str) -> bool:
    """A head noun that takes a singular verb whatever its phrases hold: a singular count noun or an
    uncounted one, and no word that counts, groups, chooses or names a body of people."""
    if low in _NOT_SINGLE_HEADS or low in _CHOICE_HEADS or low in _BODIES or low in _PLURAL_ONLY:
        return False
    if low in _NOT_SINGULAR_LOOKING or low in _COUNTED_GROUPS:
        return False
    return w.is_singular_count_noun(low) or low in _UNCOUNTED


_CHOICE_HEADS = frozenset("pick cream flower elite".split())
"""Heads that pick the best of many and take the number of what follows ("the pick of the
restaurants are", "the cream of the country's athletes are")."""
_OF_OPENERS = (w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES | w.PLURAL_DETERMINERS | w.CARDINALS) - {"a", "an"}
_BODIES = frozenset("body gang troop company party band crew team staff".split())
"""Heads of a group of people, whose plural verb after a participle's phrase is notional agreement."""
_PARTICIPLE_PHRASE_WORDS = 10
"""Words at most from a participle after a subject to the verb after its phrase."""
_PHRASE_STOPS = w.CLAUSE_OPENERS | w.RELATIVE_PRONOUNS | frozenset("and or nor who which".split())
"""Words that end a participle's phrase by opening another clause or joining another part."""
_OF_PLURAL_VERBS = frozenset("are were have aren't weren't haven't aren’t weren’t haven’t".split())
"""Plural verbs that 'the list of items' cannot take ('do' is left out: "the cost of repairs do not …" is rare
and 'do' is a main verb too)."""


_OF_QUANTIFIERS = frozenset("each both either neither".split())
"""'each of', 'either of', 'neither of' take a singular verb; 'both of' a plural one."""
_HEAD_PREPOSITIONS = frozenset("of with for in on from about behind near without among".split())
"""What may join a singular head to the plural noun before its verb ("the girl with the red shoes is")."""


_PREPOSITION_OPENERS = frozenset("before after since until".split())
"""Clause openers that are also prepositions ("the bill before you is")."""


_SUBJECT_LINKS = frozenset("of in for from on at with".split())


def _nearly_every(words: list[Word], index: int) -> bool:
    """'Nearly every student', 'almost each …' opening the sentence: the adverb grades the
    determiner, the two open the subject."""
    return index == 1 and words[1].low in _DISTRIBUTIVES and words[0].low in _APPROXIMATORS and words[0].joined


_APPROXIMATORS = frozenset("nearly almost virtually practically".split())


def _after_plural_subject(words: list[Word], index: int) -> bool:
    """The determiner at ``index`` follows 'before', 'after', 'since' or 'until', and the clause so
    far is a plural noun phrase without a verb ("The proceedings of the days before the trial were
    sealed", "…, and the talks before the summit were tense"), or a participle phrase or a relative
    clause on a plural noun ("The houses built after the war were small", "The letters she wrote
    before the war were found"): the word is the phrase's preposition, and the verb after its object
    belongs to the plural subject, not to a clause."""
    if index < 3 or words[index - 1].low not in _PREPOSITION_OPENERS:
        return False
    if _modified_plural_head(words, index - 1):
        return True
    noun_at = _noun_before_verb(words, index - 2)
    first = noun_at
    while (
        first > 0
        and words[first - 1].joined
        and words[first - 1].low not in _CLAUSE_SUBORDINATORS
        and (
            _subject_word(words[first - 1].low)
            or words[first - 1].low in _QUANTITY_HEADS
            or words[first - 1].low in w.CARDINALS  # "the two letters after the sign are"
        )
    ):
        first -= 1  # "Many of the years since the war have"
    if noun_at == index - 2:  # "the reports from the region since the quake have": the head, not 'region'
        linked = next((at - 1 for at in range(first + 1, noun_at) if words[at].low in _SUBJECT_LINKS), noun_at)
        noun_at = linked if _plural_noun(words[linked].low) else noun_at
    noun = words[noun_at].low
    counted = noun_at > 0 and words[noun_at - 1].low in _MORE_THAN_ONE and noun.endswith("s")  # "the two letters after"
    if not (
        _plural_noun(noun) or counted or noun in _PLURAL_ONLY or (noun.endswith("ings") and "NOUN" in w.tags(noun))
    ):
        return False  # "proceedings", "findings", "earnings"
    participle = noun_at < index - 2
    opening = words[first].low in w.DETERMINERS or words[first].low in _QUANTITY_HEADS
    if not opening and not (participle and first in (0, noun_at)):
        return False  # without a determiner only before a participle: "Homes built before the war are"
    opener = words[first - 1] if first > 0 else None
    return (
        opener is None
        or not opener.joined
        or opener.low in ("and", "but", "while", "whereas")
        or opener.low in _CLAUSE_SUBORDINATORS  # "when the two letters after the equal sign are not hex"
    )


_MORE_THAN_ONE = w.CARDINALS - {"one", "zero"}
"""Numbers that count more than one: the '-s' word after them is a plural noun."""
_CLAUSE_SUBORDINATORS = frozenset("when whenever if unless because since although though once until".split())
"""Words that open a clause whose subject may be a plural noun phrase with a preposition in it."""


_MODIFIER_OPENERS = frozenset("that who which whom whose".split())


def _modified_plural_head(words: list[Word], preposition: int) -> bool:
    """A plural noun after a determiner (or opening the sentence), and between it and the
    preposition a short modifier of the noun: a relative clause ("The buildings that stood before
    the fire were"), a participle phrase ("The troops stationed near the border since the war have",
    "said the houses damaged after the storm were") or a clause without 'that' ("The games they
    played until the break were", "thinks the plans the council approved after the vote are"). The
    verb after the preposition's object is the plural noun's."""
    for head in range(preposition - 2, max(-1, preposition - 8), -1):
        opened = head == 0 or words[head - 1].low in w.DETERMINERS or words[head - 1].low == "and"
        if not _plural_head(words[head].low) or not opened:
            continue  # "the houses", "Homes", "the men and women"
        if not all(word.joined for word in words[max(0, head - 1) : preposition]):
            return False
        after = words[head + 1]
        participle = _participle_reading(after.low)
        determined = after.low in w.DETERMINERS and head + 2 < preposition and not words[head + 2].capitalised
        return after.low in _MODIFIER_OPENERS or after.low in w.SUBJECT_PRONOUNS or participle or determined
    return False


def _plural_head(low: str) -> bool:
    """A plural noun, also one the tables know as a verb too ('games', 'letters', 'troops')."""
    return _plural_noun(low) or (
        low.endswith("s") and not low.endswith("ss") and "NOUN" in w.tags(low) and "NOUN" in w.tags(low[:-1])
    )


def _noun_before_verb(words: list[Word], at: int) -> int:
    """Where the noun stands that a past form at ``at`` describes: a participle phrase ("the houses
    built after"), or a relative clause without 'that' ("the letters she wrote before", "the changes
    the board made after"); ``at`` itself when the word is no past form."""
    tags = w.verb_tags(words[at].low)
    if at < 1 or not tags & {"VBD", "VBN"} or not words[at - 1].joined:
        return at
    pronoun = words[at - 1].low in w.SUBJECT_PRONOUNS and words[at - 1].low != "it"
    if at > 1 and pronoun and words[at - 2].joined:
        return at - 2  # "the letters she wrote before the war were"
    if at > 3 and words[at - 2].low in w.DETERMINERS and w.is_singular_count_noun(words[at - 1].low):
        return at - 3 if words[at - 3].joined and words[at - 2].joined else at  # "the changes the board made"
    return at - 1 if _participle_reading(words[at].low) else at


def _participle_reading(low: str) -> bool:
    """A form that after a plural noun reads as a participle, not as the clause's past verb: an -ing
    form, or a past form the web writes after 'were' (or else 'was') more often than after 'they'
    ("houses built", "changes made", "flights cancelled"; not "workers cheered", "players left",
    "people arrived")."""
    tags = w.verb_tags(low)
    if "VBG" in tags:
        return low.endswith("ing")
    if "VBN" not in tags:
        return False
    from . import _ngrams

    passive = _ngrams.pair_count("were", low) or _ngrams.pair_count("was", low)  # "was cancelled", "was stationed"
    active = _ngrams.pair_count("they", low)
    return passive is not None and (active is None or passive > active)


def _subject_word(low: str) -> bool:
    """A word that may stand inside a verbless noun phrase: a determiner, a linking preposition, a
    noun or an adjective that is no verb form, 'be' or 'have'."""
    if low in w.DETERMINERS or low in _SUBJECT_LINKS:
        return True
    if low in TO_SINGULAR or low in TO_PLURAL or low in w.MODALS or low in _PREPOSITION_OPENERS:
        return False
    return bool(w.tags(low) & {"NOUN", "ADJ"}) and not w.verb_tags(low) & {"VBD", "VBN"}


def _asked(doc: Document, words: list[Word]) -> bool:
    """The sentence ends with a question mark."""
    return doc.text[words[-1].end : words[-1].end + 4].lstrip("\"'”’) ").startswith("?")


_PLURAL_ONLY = frozenset(
    """police cattle trousers jeans pants shorts pyjamas pajamas tights leggings scissors pliers tongs
    tweezers binoculars glasses spectacles clothes belongings outskirts surroundings goods groceries""".split()
)
"""Nouns with no singular (in the sense they have after 'my', 'the') that take a plural verb: 'the
police are', 'my glasses are', 'her clothes were'."""
_UNCOUNTED = MASS_NOUNS | frozenset("news measles mumps diabetes rabies physics mathematics maths linguistics".split())
"""Uncountable nouns, and singulars in -s, that take a singular verb: 'the news is', 'their furniture is'."""
_SUBJECTS_IN_S = frozenset("economics athletics gymnastics genetics electronics robotics".split())
"""Subjects of study in -s that take a singular verb when they open a sentence bare ('Economics is');
not in :data:`_UNCOUNTED`, since with 'the' they may be plural ('the economics of the deal are')."""
_PLURAL_ONLY_QUANTITIES = frozenset("number couple many several dozens hundreds thousands millions".split())
"""Quantities that count only plurals: a singular after them is another slip."""
_MASS_HEADS = frozenset(
    """work money time information advice equipment furniture evidence research water food cake bread
    traffic damage progress news luggage homework""".split()
)
"""Uncountable nouns that can end the phrase after 'a lot of', 'most of', 'some of'."""


_ALSO_PREPOSITIONS = frozenset("except bar near".split())
"""Verbs that are prepositions after a subject more often than verbs: "everyone except me was",
"everything bar the roof burned"."""


_NEVER_SUBJUNCTIVE = frozenset("don't don’t are aren't aren’t".split())
"""Plural forms no subjunctive takes ('that he go', 'if she were', but never 'that he don't')."""


def _never_subjunctive(words: list[Word], index: int) -> bool:
    """After 'that' or 'if' the pronoun at ``index`` may take a subjunctive ('insisted that he
    go'); a form none takes still counts ('explained that he don't know')."""
    return (
        words[index - 1].low in ("that", "if", "lest")
        and index + 1 < len(words)
        and words[index].joined
        and words[index + 1].low in _NEVER_SUBJUNCTIVE
    )


def _between_subject_and_verb(low: str) -> bool:
    """An adverb that may stand between a subject and its verb: one of :data:`_SUBJECT_ADVERBS`,
    'seldom', or one in -ly ("she carefully checks", "we strongly recommend")."""
    return low in _SUBJECT_ADVERBS or low == "seldom" or w.only_adverb_in_ly(low)


def _regnal(previous: Word) -> bool:
    """A capitalised word before 'I' that may make it a numeral ("World War I", "Elizabeth I", "Act
    I"): a name, a noun or a verb; not a word that opens a clause, an adverb or an adjective before
    the subject ("When I", "Sorry, I", "Honestly I")."""
    if not previous.capitalised or previous.low in w.CLAUSE_OPENERS:
        return False
    found = w.tags(previous.low)
    return not found or not found <= {"ADV", "ADJ"}  # "Act I", "Part I"; not "Then I", "Sorry, I"


def _second_conjunct(words: list[Word], index: int) -> bool:
    """``words[index]`` is the second half of a compound subject ("you and he are", "Sam and she
    were", "My wife and he were"): 'and' joins it to a subject pronoun, a name, or a noun phrase
    that opens the clause; not "put it in the laptop and it work", where 'it' starts a clause."""
    if index < 2 or words[index - 1].low != "and" or not words[index - 1].joined or not words[index - 2].joined:
        return False
    before = words[index - 2]
    if index == 2 or before.low in w.SUBJECT_PRONOUNS - {"it"}:
        return True  # "Sam and she were", "you and he are"
    if before.capitalised:
        opener = words[index - 3].low  # "when Tom and he were", ", and Sam and she were"; not "to Paris and she like"
        return opener in w.CLAUSE_OPENERS or opener in ("and", "but", "or") or not words[index - 3].joined
    if "NOUN" not in w.tags(before.low) or index < 3 or not words[index - 3].joined:
        return False
    determiner = index - 3
    return words[determiner].low in _SUBJECT_DETERMINERS and (
        determiner == 0 or words[determiner - 1].low in w.CLAUSE_OPENERS
    )


def _bare_only(low: str, adjective: bool = False) -> str | None:
    """'know' → 'knows' for a bare verb that can be nothing else: not a noun, an adjective or a past
    (``adjective``: an adjective too, where only a verb can stand: "one of my brothers live")."""
    if low in _NOT_BASE_VERBS or low in _ALSO_PREPOSITIONS or w.verb_tags(low) - {"VB", "VBP"}:
        return None
    if w.tags(low) != {"VERB"} and not (adjective and w.tags(low) == {"VERB", "ADJ"}):
        return None
    return w.verb_form(low, "VBZ")


def _need(words: list[Word], index: int) -> str | None:
    """'needs' for a 'need' that is the main verb: an object or 'to' follows ("every one of them
    need attention"; not the modal "need not worry")."""
    if words[index].low != "need" or index + 1 >= len(words) or not words[index].joined:
        return None
    following = words[index + 1].low
    if following == "to" or following in _OBJECT_STARTS or w.tags(following) in ({"NOUN"}, {"ADJ"}):
        return match_case("needs", words[index].text)  # (the modal takes no adjective: "the car need new tyres")
    if _plural_noun(following) and "VB" not in w.verb_tags(following):
        return match_case("needs", words[index].text)  # "it often need repairs": the modal takes no plural
    return None


def _linked_adjective(words: list[Word], index: int) -> str | None:
    """'looks' for a bare linking verb that a word that is only an adjective follows ("everything
    look fine", "nobody seem happy")."""
    if index + 1 >= len(words) or not words[index].joined or not _linking(words[index].low):
        return None
    if w.tags(words[index + 1].low) != {"ADJ"}:
        return None
    return third_person_of_base(words[index].low)


def _opening_phrase(words: list[Word], index: int) -> bool:
    """The 'who' at ``index`` follows the sentence's opening noun phrase of 'the', 'a' or a
    possessive, one or two adjectives and the noun ("The young woman who"): it stands for that noun."""
    if not 3 <= index <= 4 or words[index].low != "who" or words[0].low not in _RELATIVE_OPENERS:
        return False
    if not _joined_between(words, 0, index + 1):
        return False
    return all(not word.capitalised and "ADJ" in w.tags(word.low) for word in words[1 : index - 1])


def _opening_plural(words: list[Word], index: int) -> bool:
    """The 'which' at ``index`` follows the sentence's opening plural noun phrase ("The old houses
    which", or a bare plural: "Companies which"), so it cannot stand for a clause before it."""
    if index == 1 and words[0].joined and _plural_noun(words[0].low) and words[0].low not in _NOT_BARE_SUBJECTS:
        return not _name_more_than_plural(words[0].low)  # not "Parsons which"
    if not 2 <= index <= 4 or words[0].low not in _PLURAL_NP_OPENERS or not _joined_between(words, 0, index + 1):
        return False
    return _plural_noun(words[index - 1].low) and all(_modifier(word.low) for word in words[1 : index - 1])


def _noun_possessive(low: str) -> bool:
    """A singular noun with 's ("government's", "council's")."""
    return low.endswith(("'s", "’s")) and _has_plural(low[:-2])


def _owner(word: Word) -> bool:
    """A possessive in 's after a determiner, joined to what follows: a singular noun ("the
    company's") or a name ("Britain's"), which determines the noun after it, not heads the phrase."""
    if not word.joined or not word.low.endswith(("'s", "’s")):
        return False
    return word.capitalised or _noun_possessive(word.low)


def _sizes(word: Word) -> bool:
    """An adjective joined to 'number' that gives its size ("a large number", "a growing number")."""
    return word.joined and (word.low in _NUMBER_SIZES or (word.low.endswith("ing") and "VBG" in w.verb_tags(word.low)))


_NUMBER_SIZES = frozenset(
    """large small great huge vast big record significant substantial considerable sizeable sizable limited
    certain fair good high low tiny modest growing increasing rising disproportionate unknown surprising""".split()
)


def _attributive_participle(words: list[Word], index: int) -> bool:
    """A past participle inside an 'of' phrase before its noun ("the list of approved suppliers", "the
    price of imported cars"): right after 'of' or its determiner a verb cannot stand, so it modifies
    the noun after it."""
    word = words[index]
    found = w.verb_tags(word.low)
    if not found or not (found <= {"VBD", "VBN"} or found == {"VBG"}) or not word.joined or index + 1 >= len(words):
        return False  # (an -ing form too: "the list of sewing patterns", as modifier or gerund the head is 'list')
    return "NOUN" in w.tags(words[index + 1].low) and not words[index + 1].capitalised


def _second_phrase(words: list[Word], noun_index: int) -> bool:
    """A preposition that opens a second phrase follows the noun of an 'of' phrase ("the price of
    tickets in the shop")."""
    noun = words[noun_index]
    if not noun.joined or noun_index + 2 >= len(words) or _possessive(noun):
        return False
    return words[noun_index + 1].low in _SECOND_PREPOSITIONS


_SECOND_PREPOSITIONS = frozenset("in on at from for with across around to about over against near under".split())
"""Prepositions that open a phrase describing the noun before them ('of' is left out: "the cost of the
repairs of the roof" leaves the head in doubt)."""


def _singular_of_noun(words: list[Word], index: int) -> bool:
    """``words[index]`` after 'of' is singular and ends the phrase: a singular count noun, an
    uncountable one, or an '-ing' noun ("the cost of living")."""
    word = words[index]
    if not word.joined or index + 1 >= len(words) or word.capitalised or _possessive(word):
        return False
    low = word.low
    if w.is_noun_in_ss(low):
        return True  # "every kid in the class are": 'class', 'business', 'glass' are singular
    if _unknown_after_determiner(words, index):
        return True  # "each room in our guesthouse have": a noun the word tables lack, after 'our'
    return w.is_singular_count_noun(low) or low in _UNCOUNTED or (low.endswith("ing") and "NOUN" in w.tags(low))


def _unknown_after_determiner(words: list[Word], index: int) -> bool:
    """A plain word the word tables lack, not in -s, straight after a determiner or a possessive:
    a singular noun ('our guesthouse', 'the webinar')."""
    low = words[index].low
    return (
        index > 0
        and len(low) >= 4
        and low.isalpha()
        and not low.endswith("s")
        and not w.tags(low)
        and words[index - 1].low in _OF_DETERMINERS
    )


def _past_place_phrase(words: list[Word], at: int, verbs: frozenset[str] | None = None) -> int:
    """Where the verb stands after a phrase of place at ``at`` ('in the house', 'at our school'): a
    preposition, a determiner or a possessive and up to two words, all joined; else ``at``. The verb
    is one of ``verbs`` (the plural forms of 'be', 'have', 'do' unless given)."""
    verbs = _OF_PLURAL_VERBS if verbs is None else verbs
    if at + 2 >= len(words) or words[at].low not in _PLACE_PREPOSITIONS or not words[at].joined:
        return at
    if words[at + 1].low not in w.DETERMINERS | w.POSSESSIVES:
        return at
    for end in range(at + 2, min(at + 5, len(words) - 1)):
        if not words[end - 1].joined:
            return at
        if words[end].low in verbs:
            return end
    return at


_PLACE_PREPOSITIONS = frozenset("in on at of from".split())
_SINGULAR_AUXILIARIES = frozenset(_PLURAL_FORMS)


def _compound_second(words: list[Word], at: int) -> bool:
    """A noun-only modifier at ``at`` and a singular count noun after it, before a plural verb ('faculty
    member are'): the second of two subjects paired by 'every' is then the compound."""
    return _noun_modifier_pair(words, at) and words[at + 2].low in _OF_PLURAL_VERBS


def _noun_modifier_pair(words: list[Word], at: int) -> bool:
    """A noun-only modifier at ``at`` and a singular count noun after it ('department chair'), a word
    after them."""
    if at + 2 >= len(words) or not words[at].joined or not words[at + 1].joined:
        return False
    modifier, head = words[at].low, words[at + 1].low
    noun = "NOUN" in w.tags(modifier) and w.tags(modifier) <= {"NOUN", "VERB"} and not w.is_any_plural(modifier)
    return noun and w.is_singular_count_noun(head)


def _base_with_object(words: list[Word], index: int) -> str | None:
    """'Neither of them want to go', 'each of the boxes hold a key': after 'each of', 'neither of' …
    and the plural, a bare verb that is also a noun is the verb when 'to' or an object follows it
    (not after 'that', where a subjunctive may stand: "insisted that each of them go")."""
    head_index = _of_head(words, index)
    if head_index is None or _after_that(words, index):
        return None
    verb_index = head_index + 1
    if not words[verb_index].joined or verb_index + 1 >= len(words):
        return None
    following = words[verb_index + 1].low
    if following != "to" and following not in _OBJECT_STARTS and not _adjective_then_noun(words, verb_index + 1):
        return None
    return third_person_of_base(words[verb_index].low)


def _adjective_then_noun(words: list[Word], at: int) -> bool:
    """An adjective at ``at`` and a noun after it, joined ('free Wi-Fi', 'extra help'): an object
    that opens with no determiner ("each of the libraries offer free Wi-Fi")."""
    if at + 1 >= len(words) or not words[at].joined or words[at].capitalised:
        return False
    adjective, noun = words[at].low, words[at + 1]
    if "ADJ" not in w.tags(adjective) or w.is_any_plural(adjective) or adjective in w.PREPOSITIONS:
        return False
    return noun.capitalised or (w.tags(noun.low) <= {"NOUN", "VERB"} and "NOUN" in w.tags(noun.low))


def _bare_verb_past_phrase(words: list[Word], at: int) -> int | None:
    """Where a bare verb with an object stands after the short phrase that opens at ``words[at]``
    ("in the two villages want the road"): a determiner or a number, up to three modifiers or names,
    and then the first word that :func:`_base_before_object` takes for a verb."""
    for end in range(at + 1, min(at + 6, len(words) - 1)):
        if not words[end - 1].joined:
            return None
        low = words[end].low
        if words[end].text.isupper() or (w.verb_tags(low) & {"VBZ", "VBD"} and "NOUN" not in w.tags(low)):
            return None  # a heading in capitals; a finite verb ends the phrase ("in here seems to")
        if end > at + 1 and _base_before_object(words, end) is not None:
            return end
        if low in _SUBJECT_DETERMINERS or low in w.CARDINALS or words[end].capitalised or _modifier(low):
            continue
        return None
    return None


_OBJECT_OR_TO = _OBJECT_STARTS | frozenset("to another more any some no".split())


def _base_before_object(words: list[Word], index: int) -> str | None:
    """'want' → 'wants' for a bare verb that is also a noun, when 'to' or an object follows it
    ("everybody in the two villages want the road reopened", "nobody on either side want another
    election"): no noun stands before 'the', 'another' or 'to' at the head of a clause. A verb of
    seeming that is a noun too counts before an adjective that is no noun ("the list of ingredients
    look intimidating"): 'the ingredients' look' would need its apostrophe."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    following = words[index + 1].low
    kinds = w.tags(following)
    seeming = words[index].low in _SEEMING_NOUNS and "NOUN" not in kinds
    if seeming and ("ADJ" in kinds or w.verb_tags(following) == {"VBG"}):  # "look intimidating", "taste sweet"
        return third_person_of_base(words[index].low)
    if following not in _OBJECT_OR_TO:
        return None
    return third_person_of_base(words[index].low)


_SEEMING_NOUNS = frozenset("look sound taste smell feel".split())
"""Verbs of seeming that are nouns too ('a look', 'the sound')."""


def _object_next(words: list[Word], index: int) -> bool:
    """A determiner or an object pronoun follows ``words[index]``."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    return words[index + 1].low in _OBJECT_STARTS


def _do_not(words: list[Word], index: int) -> str | None:
    """'does' for a 'do' followed by 'not' ("he do not care")."""
    if words[index].low == "do" and index + 1 < len(words) and words[index].joined and words[index + 1].low == "not":
        return match_case("does", words[index].text)
    return None


def _possessive(word: Word) -> bool:
    """A word that ends in an apostrophe ("the owner of the dogs' kennel"): a possessive, not the head."""
    return word.text.endswith(("'", "’"))


def _count_in_digits(low: str) -> bool:
    """A count above one in digits ('45', '120'); a year before a plural counts too ('the 2019
    winners' are several)."""
    return low.isdigit() and low not in ("0", "1") and len(low) <= 4


def _of_head(words: list[Word], index: int) -> int | None:
    """Index of the plural that ends 'one of the … officials', 'each of them', 'both of us' (the
    phrase that opens at ``words[index]``), when a word follows it; else None."""
    if index + 3 >= len(words) or words[index + 1].low != "of" or not words[index].joined:
        return None
    if index > 0 and words[index - 1].low in w.PREPOSITIONS:
        return None  # "the numbers of each of its elements are": 'each of' is not the subject
    cursor = index + 2
    if words[cursor].low in ("them", "us", "you"):
        head_index = cursor
    else:
        if words[cursor].low not in _OF_DETERMINERS and not _owner(words[cursor]):
            return None
        head_index = cursor + 1
        if words[cursor].low in _OF_DETERMINERS and _owner(words[head_index]):
            head_index += 1  # "one of the hospital's scanners": the possessive determines the head
        if (words[head_index].low in w.CARDINALS and words[head_index].low != "one") or _count_in_digits(
            words[head_index].low
        ):
            head_index += 1  # "each of the three candidates are", "each of the 45 participants were"
        while head_index < len(words) - 1 and not (
            _plural_noun(words[head_index].low)
            or _plural_reading(words[head_index].low)  # "things", "goods"
            or _unlisted_plural(words[head_index])  # "each of our smoothies"
        ):
            low = words[head_index].low
            if head_index - cursor > 2 or not (_modifier(low) or _participle_modifier(low)):
                return None
            head_index += 1
    if not _joined_between(words, index, head_index + 1) or head_index + 1 >= len(words):
        return None
    return head_index


def _participle_modifier(low: str) -> bool:
    """A participle in -ed before the noun of a determined phrase ('each of the guided tours', 'one of
    the listed items'): there it can only be a modifier."""
    return low.endswith("ed") and "VBN" in w.verb_tags(low)


def _subject_starts(doc: Document) -> list[int]:
    """Positions of the trigger words, less the determiners after a word that is joined to them
    and opens no clause ("of the", "in a"): most determiners, sifted on the flat word list before
    any is turned into a (sentence, index) place. The rest is :func:`_opens_subject`'s to judge."""
    tokens = doc.tokens
    kept = []
    for position in positions(doc, _TRIGGERS):
        token = tokens[position]
        if not token.sentence_start and token.low in _CLAUSE_ONLY_TRIGGERS:
            previous = tokens[position - 1]  # "two men was", "police says": only where a clause opens
            if previous.joined and previous.low not in w.CLAUSE_OPENERS:
                continue
        if not token.sentence_start and token.low in _SUBJECT_DETERMINERS and token.low not in _DISTRIBUTIVES:
            previous = tokens[position - 1]  # the word before it in its sentence
            if (
                previous.joined
                and previous.low not in w.CLAUSE_OPENERS
                and previous.low not in _THINKING
                and previous.low not in _SAID
                and not (previous.low in _TIME_NOUNS and tokens[position - 2].low in _TIME_DETERMINERS)
            ):
                after_and = previous.low == "and" and position + 2 < len(tokens)
                if not (after_and and tokens[position + 2].low in _AFTER_AND_VERBS):
                    continue  # "and the bridge were": kept only with a plural verb two words on
        kept.append(position)
    return kept


_QUANTITY_DETERMINERS = frozenset("many few much".split())


def _opens_subject(doc: Document, words: list[Word], index: int) -> bool:
    """The determiner starts a clause: sentence start, after a comma, or after 'that', 'because', …"""
    if index == 0:
        return True
    previous = words[index - 1]
    if previous.joined:
        if previous.low in _DEGREE_WORDS and words[index].low in _QUANTITY_DETERMINERS:
            return False  # "a house with so many girls is …": 'so' grades 'many', it opens no clause
        if previous.low in _TIME_NOUNS and index > 1 and words[index - 2].low in _TIME_DETERMINERS:
            return words[index].low in _SUBJECT_DETERMINERS  # "Every morning the postman come at seven"
        return previous.low in w.CLAUSE_OPENERS or (
            (previous.low in _THINKING or previous.low in _SAID) and words[index].low in _SUBJECT_DETERMINERS
        )
    return doc.text[previous.end : words[index].start].strip() in (",", ";", ":")


_TIME_NOUNS = frozenset(
    "day morning afternoon evening night week weekend month year summer winter spring autumn time".split()
)
_TIME_DETERMINERS = frozenset("every each last next this".split())
"""'Every morning', 'last year', 'each time': a time phrase before a clause's subject ("every morning the
postman comes", "each time the bell rings")."""
_THINKING = frozenset(
    "think thinks thought believe believes believed suppose reckon reckons guess assume assumed".split()
)
"""Verbs of thinking whose object is a clause, never a noun and a bare verb ("I think the shop open at
nine" is a slip; not 'find', 'saw', 'heard', 'made', 'let', whose object a bare verb or an adjective follows)."""


def _singular_in_s(low: str) -> bool:
    """A noun-only word in -s that is its own lemma ('crisis', 'process', 'virus'; not 'cars'), read from
    the word tables alone (lemminflect stays unloaded)."""
    if not low.endswith("s") or w.tags(low) != {"NOUN"} or low in w.NOT_SINGULAR_SUBJECTS:
        return False
    return low in w.parts_of_speech(low).get("NOUN", ())


_LEAD = frozenset(("lead",))
_NOT_LEAD_SUBJECTS = frozenset("police staff team crew family".split()) | w.COLLECTIVE_NOUNS
"""Nouns that may take a plural verb ('the team lead to'): not read before 'lead to'."""
_SAID = frozenset(("said", "says"))
"""'Said' before a determiner opens a reported clause ("officials said the cause of the fires remain");
unlike the verbs of thinking, a collective after it keeps its own number checks ("he said the agency plan")."""
_OPENS_BEFORE_SUBJECT = _THINKING | _TIME_NOUNS
"""Words after which a subject opens that the group and plural checks leave to grammar.plural-subject-verb or
let be ("I think the team are", "every week the team are")."""


_NEVER_MODIFIERS = w.CLAUSE_OPENERS | frozenset("how what why who which".split())
"""Words the tables also know as nouns ('the how', 'the why') that open a clause inside a subject ('the
matter of how people are viewed needs'): the phrase's noun is not beyond them."""


def _ing_modifier(words: list[Word], at: int) -> bool:
    """An -ing form at ``at`` right before a plural noun, after a determiner ('the formatting
    guidelines', 'the remaining items'): it modifies the plural, which is the head."""
    low = words[at].low
    return (
        low.endswith("ing")
        and "VBG" in w.verb_tags(low)
        and at + 1 < len(words)
        and words[at - 1].low in w.DETERMINERS
        and _plural_noun(words[at + 1].low)
    )


def _modifier(low: str) -> bool:
    if low in _NEVER_MODIFIERS:
        return False
    pos = w.tags(low)
    if not pos and "-" in low:
        return _hyphened_modifier(low)
    return bool(pos) and pos <= {"ADJ", "NOUN", "VERB", "ADV"} and ("ADJ" in pos or "NOUN" in pos)


def _hyphened_modifier(low: str) -> bool:
    """A compound modifier joined by hyphens whose last part is a singular noun or an adjective and
    whose first part is a number or a known word ('two-year', '10-day', 'long-term', 'well-known')."""
    parts = low.split("-")
    if len(parts) != 2 or not all(parts):
        return False
    first, last = parts
    known_first = w.is_numeral(first) or first.isdigit() or bool(w.tags(first))
    last_tags = w.tags(last)
    return known_first and bool(last_tags & {"ADJ", "NOUN", "VERB"}) and not w.is_plural_noun(last)


def _joined_between(words: list[Word], first: int, last: int) -> bool:
    return all(words[i].joined for i in range(first, min(last, len(words) - 1)))


def _verb_after(words: list[Word], index: int) -> int | None:
    """Where the verb after the subject ``words[index]`` stands: the next word, or the one after an
    adverb ("they often has", "she carefully check"); None when punctuation breaks the run or the sentence ends."""
    target = index + 1
    if target < len(words) and _between_subject_and_verb(words[target].low) and words[index].joined:
        if not words[target].joined:
            return None
        target += 1
    elif not words[index].joined:
        return None
    return target if target < len(words) else None


_THIRD_PERSON_AUXILIARIES = {
    "have": "has",
    "haven't": "hasn't",
    "haven’t": "hasn’t",
    "are": "is",
    "aren't": "isn't",
    "aren’t": "isn’t",
    "were": "was",
    "weren't": "wasn't",
    "weren’t": "wasn’t",
    "don't": "doesn't",
    "don’t": "doesn’t",
}
"""Auxiliaries that 'he', 'she' and 'it' never take: 'he don't', 'it have', 'she were'."""
_PAST_PLURALS = frozenset("were weren't weren’t".split())
_SUBJUNCTIVE_OPENERS = frozenset(
    "if though wish wished wishes suppose supposing imagine unless whether as lest".split()
)


def _subjunctive_were(words: list[Word], index: int) -> bool:
    """'were' after a subject that a conditional or a wish opens: "if she were", "as it were", "if I
    were him and he were me" (an opener among the eight words before the subject)."""
    return any(word.low in _SUBJUNCTIVE_OPENERS for word in words[max(0, index - 8) : index])


_MANDATIVE = frozenset(
    """
    insist demand require recommend suggest ask urge propose request order advise move rule decree
    stipulate mandate direct command prefer essential vital important necessary imperative crucial
    critical desirable advisable urgent
    """.split()
)
"""Verbs and adjectives whose 'that' clause takes the subjunctive ("insisted that the board have
the final say", "it is vital that the report be")."""


_MANDATIVE_VERB_FORMS = frozenset(
    form
    for verb in "insist demand require recommend suggest request urge propose ask".split()
    for form in (verb, verb + "s", verb + "ed", verb.removesuffix("e") + "ed", verb.removesuffix("e") + "ing")
)


def _mandative_before(words: list[Word], index: int) -> bool:
    """A verb of demanding straight before the subject at ``index``, its 'that' left out: "I suggest
    he leave now", "they demanded she resign" (a subjunctive)."""
    if index < 1 or not words[index - 1].joined:
        return False
    if words[index - 1].low == "rather":  # "I would rather he stay", "she'd rather they wait"
        return index > 1 and words[index - 2].joined and words[index - 2].low.endswith(("would", "'d", "’d"))
    return words[index - 1].low in _MANDATIVE_VERB_FORMS


_NOT_ONLY = frozenset("not only also".split())
_ABSTRACT_STARTS = frozenset(
    "history experience research science technology education society knowledge evidence life".split()
)
"""Nouns that open a sentence without a determiner as one whole ("History tells us"): a bare verb
and an object after them is a slip, as after an uncountable noun."""
_COORDINATORS = frozenset("and but so yet".split())
_SUBORDINATORS = frozenset("because although though since while whereas that".split())
"""Words that open the clause of :meth:`SubjectVerbAgreement._bare_clause_start` (a coordinator only after a comma)."""
_MASS_MODIFIERS = frozenset(
    "detailed further more additional general current useful practical helpful relevant basic full "
    "accurate reliable recent new updated".split()
)
"""Adjectives that often open a sentence before an uncountable noun ("Detailed information on …")."""
_BARE_STARTS = (_UNCOUNTED - {"wildlife"}) | _ABSTRACT_STARTS | _SUBJECTS_IN_S | _MASS_MODIFIERS | {"more"}
"""Words whose sentence-opening use :meth:`SubjectVerbAgreement._bare_start` checks ('wildlife' is
left out: "wildlife are" counts the animals, as British usage allows; 'more' opens "more than one")."""
_CLAUSE_ONLY_TRIGGERS = w.CARDINALS | frozenset(("police",))
_AFTER_AND_VERBS = _OF_PLURAL_VERBS | frozenset(TO_PLURAL)
"""Auxiliaries two words after 'and' + a determiner that keep the place for :meth:`_after_and`."""
_PAIRING = frozenset("both between either neither among".split())
"""Words that announce two subjects or objects joined by 'and'."""
_TAGGED_PLURAL_VERBS = frozenset("were have are weren't haven't aren't".split())
_COUNTED_SINGULAR_VERBS = frozenset("was is has wasn't isn't hasn't".split())
_COUNTED_ADVERBS = frozenset("not still also now already never".split())
_COUNT_BEFORE = frozenset("the these those my your his her our their its of".split())
"""Before a number word that is no subject's opener ("the two men", "one of two men")."""
_AMOUNTS = frozenset(
    """
    years months weeks days hours minutes seconds decades centuries nights miles kilometres kilometers
    metres meters feet inches yards pounds dollars euros pence cents percent tonnes tons litres liters
    gallons points goals runs acres hectares degrees grams kilograms kilos ounces calories times laps
    pints cups glasses shots bottles votes seats games matches rounds sets wickets strokes shillings
    """.split()
)
"""Plurals a number turns into one amount, which may take a singular verb ("two hours was enough")."""


def _reduced_relative(doc: Document, words: list[Word], participle: int) -> bool:
    """A participle and a preposition after a singular subject, the participle read as one ("every
    request sent to the cluster", "the report written by the auditors"): a reduced relative clause,
    past which the verb still agrees with the subject. Not a past that may be the clause's own
    verb ("the firm reported in March that …" is read by the tagger as a past)."""
    verb = words[participle]
    if not verb.joined or participle + 1 >= len(words) or not _participle_only(verb.low):
        return False
    if w.takes_clause_complement(verb.low):
        return False  # "the minister confirmed in a statement both sides were to blame": the clause's verb
    if words[participle + 1].low not in w.PREPOSITIONS:
        return False
    return sentence_tags(doc, words)[participle] == "VBN"


def _participle_only(low: str) -> bool:
    """A past participle (or a past that is also one) that is no noun: 'selected', 'found', 'planned'."""
    found = w.verb_tags(low)
    return "VBN" in found and found <= {"VBD", "VBN"} and w.tags(low) <= {"VERB", "ADJ"}


def _participle_or_gerund(low: str) -> bool:
    """A past participle or a form in -ing that is nothing else: 'arrested', 'been', 'taken', 'dying'."""
    if low in ("been", "being"):
        return True
    found = w.verb_tags(low)
    if found == {"VBN"}:
        return True  # "fallen", "taken", "been": participles only, whatever else the word is
    participle = "VBN" in found and found <= {"VBD", "VBN"}
    return (participle or found == {"VBG"}) and w.tags(low) <= {"VERB", "ADJ"}


_GROUP_ADJECTIVES = frozenset(
    """
    blind deaf dumb dead living dying innocent faithful native elderly poor young old rich sick wounded
    injured accused deceased homeless unemployed needy hungry weak strong brave free great good wicked
    righteous faithless lost missing bereaved afflicted oppressed privileged underprivileged uninsured
    """.split()
)
"""Adjectives that name a group with 'the' and a plural verb ("the blind were helped", "the living are")."""


def _past_bare_plurals(words: list[Word], noun_index: int) -> int:
    """The last of plurals joined by 'and' or 'or' with no determiner before the second ("hotels and
    restaurants", "maps or atlases"): one phrase after 'of', whose head stays the subject's. A
    determiner would open a second subject ("a list of hotels and a map are")."""
    at = noun_index
    while at + 2 < len(words) and words[at].joined and words[at + 1].joined and words[at + 1].low in ("and", "or"):
        second = words[at + 2]
        if second.capitalised or not _plural_noun(second.low) or not second.joined:
            break
        at += 2
    return at


_ADVERBS_BEFORE_HEAD_VERB = _FREQUENCY_ADVERBS | {"now", "also"}
"""Adverbs between an 'of' phrase and its head's verb ("our family of brands now include")."""
_GATHERED_THINGS = frozenset("collection selection".split())
"""Group heads that name one gathered whole when a possessive or 'the' owns them ("our collection
of patterns is"); after 'a' they may count like 'a number of' ("a selection of cheeses are")."""
_OWNING_DETERMINERS = w.POSSESSIVES | frozenset(("the", "this", "that"))
_GOVERNING_BODIES = frozenset(("board", "council", "college", "court"))
_BODY_MEMBERS = frozenset(
    """directors trustees governors regents supervisors commissioners selectmen aldermen elders cardinals
    electors appeals""".split()
)
"""What an 'of' phrase names after a governing body ("the board of directors", "the court of appeals"):
the body's name, one body, which en-US gives a singular verb."""


def _governing_body(words: list[Word], head_index: int) -> bool:
    """'board', 'council' … at ``head_index`` and 'of' and the members that name it ("the board of
    directors", "the board of trustees")."""
    if words[head_index].low not in _GOVERNING_BODIES or head_index + 2 >= len(words):
        return False
    return words[head_index + 1].low == "of" and words[head_index + 2].low in _BODY_MEMBERS


def _of_phrase_head(low: str) -> bool:
    """A singular noun that is an adjective too ('level', 'future', 'standard'), read as the head of
    its phrase before 'of'; not a superlative, an ordinal or an adjective that names a group ("the
    best of the players are", "the last of the guests were", "the poor of the city are")."""
    if low.endswith("est") or low in _ORDER_WORDS or low in w.COLLECTIVE_NOUNS or low in _GROUP_HEADS:
        return False
    return _has_plural(low) and not w.is_plural_noun(low)


_ORDER_WORDS = w.ORDINAL_WORDS | frozenset("last next final other latter former".split())
"""Words before 'of' that pick some out of many and take the number of what follows ("the last of the
guests were")."""


def _has_plural(low: str) -> bool:
    """A noun (whatever else it is) not in -s, with a plural of its own: 'patient', 'building' (not
    an adjective that names a group: "the blind were helped")."""
    if low.endswith("s") or low in w.NOT_SINGULAR_SUBJECTS or low in _GROUP_ADJECTIVES:
        return False
    if "NOUN" not in w.tags(low) or (low.endswith("ing") and "ADJ" in w.tags(low)) or w.plural_of_another_noun(low):
        return False
    return any(form != low for form in w.noun_inflections(low).get("NNS", ()))


def _tagged_singular_head(doc: Document, words: list[Word], start: int, head_index: int) -> bool:
    """A noun that is also an adjective ('patient', 'official', 'individual'), which the tagger
    reads as a singular noun before 'were', 'have' or 'are' and a participle: "the patient were
    discharged"; not "the poor were hit" or "the elderly were advised" (adjectives as nouns, which
    the tagger reads as adjectives and which have no plural of their own)."""
    head = words[head_index]
    low = head.low
    if head.capitalised or low.endswith("s") or low in w.COLLECTIVE_NOUNS or low in _GROUP_HEADS:
        return False
    if not _has_plural(low):
        return False
    verb_index = head_index + 1
    after = verb_index + 1
    if after < len(words) and words[after].low == "not":
        after += 1
    if after >= len(words) or not _joined_between(words, start, after):
        return False
    if not _participle_or_gerund(words[after].low) or _subjunctive_were(words, start):
        return False
    if start > 0 and words[start - 1].low in ("that", "lest") and words[verb_index].low.startswith("have"):
        return False  # "ordered that the patient have been seen": a subjunctive
    tags = sentence_tags(doc, words)
    return tags[head_index] == "NN" and tags[after] in ("VBN", "VBG")


def _reported_perfect(words: list[Word], index: int, verb_index: int) -> bool:
    """'… found that the trend have reversed': 'have' after 'that' and a singular subject is a
    slip, not a subjunctive, when a past participle follows it ('have been', 'have reversed') and
    no verb or adjective that calls for a subjunctive stands among the four words before 'that'."""
    at = verb_index + 1
    if at < len(words) and words[at].low == "not" and words[verb_index].joined:
        at += 1
    if at >= len(words) or not words[at - 1].joined:
        return False
    participle = words[at].low
    if participle != "been" and w.verb_tags(participle) != {"VBD", "VBN"} and w.verb_tags(participle) != {"VBN"}:
        return False
    for word in words[max(0, index - 5) : index - 1]:
        low = word.low
        if low in _MANDATIVE or any(lemma in _MANDATIVE for lemma in w.verb_lemmas(low)):
            return False
    return True


def _after_if(words: list[Word], index: int) -> bool:
    """'if', 'though' or 'wish' before the subject, or the wish 'would that' ("Would that my hand were
    swift"): a hypothetical 'were' of any number."""
    if index == 0:
        return False
    if words[index - 1].low in ("if", "though", "wish"):
        return True
    return index > 1 and words[index - 1].low == "that" and words[index - 2].low == "would" and words[index - 2].joined


def _subjunctive_that(words: list[Word], index: int) -> bool:
    """The 'that' or 'lest' before ``words[index]`` may open a subjunctive: 'lest', a word of demanding
    or of need anywhere before it ("it is vital that the shop open"), or a wish ("pray that")."""
    if words[index - 1].low == "lest" or _mandative_earlier(words, index):
        return True
    if index > 1 and "ADJ" in w.tags(words[index - 2].low):
        return True  # "it is right that the company pay": an adjective's clause may be a subjunctive
    return any(word.low.startswith(_WISH_STEMS) for word in words[: index - 1])


_WISH_STEMS = ("pray", "forbid", "grant", "wish", "hope", "ensur", "fitting", "proper")
"""Words before 'that' after which a bare verb may be a subjunctive or a wish ("God grant that the
harvest be good"; 'hope' and 'ensure' are left alone: "ensure that each user have access")."""


def _after_that(words: list[Word], index: int) -> bool:
    return index > 0 and words[index - 1].low in ("that", "lest")


def _verb_only_third_person(low: str) -> bool:
    return w.tags(low) == {"VERB"} and w.verb_tags(low) == {"VBZ"}


def _noun_or_third_person(low: str) -> bool:
    """A form in -s that is a verb's third person or a plural noun ("needs", "shows"): after 'they'
    or 'I' it is the verb, as no noun stands beside them the way one does in "we parents"."""
    return w.verb_tags(low) == {"VBZ"} and w.tags(low) <= {"VERB", "NOUN"}


_IT_OPENERS = frozenset(("and", "but", "because", "so", "while"))


_TIME_CLAUSE_DETERMINERS = frozenset("the every each first last next any".split())


def _time_opens_clause(words: list[Word], index: int) -> bool:
    """'time' and a determiner before ``index`` ("by the time it", "every time he"): 'time' opens a
    clause there, whose subject the word at ``index`` is ('we time it' has no determiner)."""
    return (
        index > 1
        and words[index - 1].low == "time"
        and words[index - 1].joined
        and words[index - 2].low in _TIME_CLAUSE_DETERMINERS
    )


def _it_opens_clause(words: list[Word], index: int) -> bool:
    """'it' is a subject, not an object ("made it happen", "for it"), after a conjunction, after a
    comma ("In 2010, it have"), or after a word that is no verb and no preposition ("In addition it
    have", "Today it need")."""
    previous = words[index - 1]
    if previous.low in _IT_OPENERS or not previous.joined:
        return True
    if _time_opens_clause(words, index):
        return True  # "by the time it", "every time it"
    tags = w.tags(previous.low)
    return bool(tags) and not tags & {"VERB", "ADP", "PRON", "DET"} and previous.low not in w.PREPOSITIONS


def _verb_here(words: list[Word], index: int) -> bool:
    """A form in -s that is also a plural noun ("goes", "likes") is the verb after a pronoun subject
    when an object, a preposition, an -ly adverb, a place adverb or the sentence's end follows ("they
    goes there"); not "we parents know", where the noun stands beside the pronoun."""
    low = words[index].low
    if not _noun_or_third_person(low):
        return False
    if index + 1 < len(words) and words[index].joined and words[index + 1].low in _PLACE_ADVERBS:
        return True
    return followed_like_a_verb(words, index)


_PLACE_ADVERBS = frozenset("there here home away too now again back out up down off".split())


def _lemma_of_third_person(low: str) -> str | None:
    for lemma in w.verb_lemmas(low):
        if low in w.verb_inflections(lemma).get("VBZ", ()):
            return lemma
    return None


def third_person_of_base(low: str, adjective: bool = False, object_after: bool = False) -> str | None:
    """'agree' → 'agrees' when ``low`` is a bare verb that cannot be anything else here
    (``adjective``: after 'he' or 'she' a word that is also an adjective is the verb: "she live";
    ``object_after``: and one that is also an adverb, when an object follows: "he clean the car")."""
    if low in _NOT_BASE_VERBS or low in w.MODALS or low in _ALSO_PREPOSITIONS:
        return None
    found = w.verb_tags(low)
    if "VB" not in found or found & {"VBD", "VBN", "VBZ", "VBG"}:
        return None
    allowed = {"VERB", "NOUN"} | ({"ADJ"} if adjective else set()) | ({"ADV"} if adjective and object_after else set())
    if not w.tags(low) <= allowed:
        return None
    return w.verb_form(low, "VBZ")


def _verb_then_phrase(words: list[Word], at: int) -> bool:
    """The bare form at ``at``, after 'each of the …s', is followed by a preposition and then a
    determiner, a pronoun or a word that is no verb ("each of the dates work for me", "neither of
    the plans work in practice"), or by an adverb in -ly ("one of the fans work properly"): a noun
    there would stand between the head and a phrase."""
    if at + 1 < len(words) and words[at].joined and w.only_adverb_in_ly(words[at + 1].low):
        return True  # "one of the three fans work properly": no noun stands before an adverb in -ly here
    if at + 2 >= len(words) or not words[at].joined or not words[at + 1].joined:
        return False
    if words[at + 1].low not in w.PREPOSITIONS or words[at + 1].low in ("to", "of"):
        return False
    after = words[at + 2].low
    return after in w.DETERMINERS or after in w.OBJECT_PRONOUNS or not w.verb_tags(after)


def _opens_its_clause(words: list[Word], index: int, verb_at: int) -> bool:
    """The pronoun at ``index`` opens its clause (the sentence's start, after a comma, 'and', 'but' or
    a word that opens a clause: "by the time it come back", "when he come home") and its verb follows
    at once: there a bare form that is also a participle ('come', 'run') is the present, which no
    verb before the pronoun can take as an object's verb ("I saw it come" has 'saw' before 'it')."""
    if verb_at != index + 1:
        return False
    if index == 0 or not words[index - 1].joined:
        return True
    previous = words[index - 1].low
    opener = previous in w.CLAUSE_OPENERS | {"and"} and previous not in ("that", "said", "says")
    return opener or _time_opens_clause(words, index)


def participle_like_base(low: str) -> str | None:
    """'run' → 'runs', 'come' → 'comes': a bare verb whose past participle is the same word, which
    :func:`third_person_of_base` leaves alone, is the present after 'who' ("the woman who run
    the cafe"; no participle follows 'who' without 'has' or 'was')."""
    if w.verb_tags(low) != {"VB", "VBP", "VBN"} or not w.tags(low) <= {"VERB", "NOUN"}:
        return None
    return w.verb_form(low, "VBZ")


def _tagged_as_verb(doc: Document, words: list[Word], start: int, head_index: int) -> bool:
    """The tagger reads the head as a singular noun and the word after it as a present verb, which
    an object or a preposition follows ("the report say the plan failed", "my sister work at a
    bank"); not a compound ("the agency plan was rejected") or a verb the tagger doubts. The noun
    phrase must open the sentence or follow a word that only opens a clause: after 'after' or
    'since' it may be a preposition's object ("clippings from days after the duel give")."""
    if start > 0 and words[start - 1].low not in _ONLY_CLAUSE_OPENERS:
        return False
    verb_index = head_index + 1
    if verb_index + 1 >= len(words) or not words[verb_index].joined:
        return False
    following = words[verb_index + 1].low
    linked = w.tags(following) == {"ADJ"} and _linking(words[verb_index].low)  # "the dog look happy"
    tags = sentence_tags(doc, words)
    adverb = tags[verb_index + 1] == "RB" and "ADV" in w.tags(following)  # "the horse go home", as the tagger reads it
    if following not in _VERB_AFTER_EVIDENCE and not linked and not adverb:
        return False
    if tags[head_index] != "NN" or tags[verb_index] not in ("VBP", "VB"):
        return False
    for later in range(verb_index + 2, len(words)):
        if words[later].low in _FINITE and tags[later - 1].startswith("VB"):
            return False  # "the agency plan the board approved was rejected": a clause on a compound
    return True


def _linking(low: str) -> bool:
    """'look', 'seem', 'feel', 'sound', 'taste', 'smell', 'appear', 'become', 'remain', 'stay', 'grow', 'get'."""
    return any(lemma in _LINKING_VERBS for lemma in w.verb_lemmas(low))


_LINKING_VERBS = frozenset("look seem feel sound taste smell appear become remain stay grow get".split())
_OBJECT_OPENERS = w.ARTICLES | w.DEMONSTRATIVES | w.POSSESSIVES | w.OBJECT_PRONOUNS
_RELATIVE_VERB_TAGS = w.FINITE_OR_MODAL_TAGS
"""Tags of a verb straight after 'that' that make it a relative pronoun ('the loop that runs')."""


def _compound_subject(words: list[Word], at: int) -> bool:
    """'The user edit field is empty', 'the default finalize function is used', 'the body write has
    begun': a finite verb, or a bare noun and a finite verb, after the word at ``at`` make it part of
    a longer noun (a label before 'field', 'function'), not the verb of the head before it."""
    if at + 1 < len(words) and words[at].joined and words[at + 1].low in _FINITE_OR_DO:
        return True  # "the body write has begun", "the trace log did not": a finite verb ends the subject
    if at + 1 < len(words) and words[at].joined and _verb_after_compound(words, at):
        return True  # "the build log will remind you", "the build log shows the error"
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined):
        return False
    noun = words[at + 1].low
    if code_label(words, at, w.CODE_HEADS):
        return True
    if "NOUN" not in w.tags(noun) or noun in _OBJECT_OPENERS:
        return False
    then = words[at + 2].low
    if then in _FINITE_AFTER_NOUN or then in w.MODALS or then in _DO_AFTER_NOUN:
        return True  # "the object replace mechanism can be", "the rename heuristics would fail"
    return (  # "the default merge message prepared by the tool": a participle and its agent
        at + 3 < len(words) and words[at + 2].joined and words[at + 3].low == "by" and then.endswith("ed")
    )


def _verb_after_compound(words: list[Word], at: int) -> bool:
    """After the word at ``at`` comes a modal, or a verb in -s with its object: that is the clause's
    verb, and the word ends a compound subject ('the build log will remind you', 'the build log shows
    the error'; not 'the car need repairs'). The word tables miss some nouns ('log')."""
    following = words[at + 1].low
    if following in w.MODALS:
        return True
    return (
        at + 2 < len(words)
        and words[at + 1].joined
        and "VBZ" in w.verb_tags(following)
        and words[at + 2].low in w.DETERMINERS
    )


_FINITE_AFTER_NOUN = frozenset("is was are were has have had".split())
"""Forms of 'be' and 'have' that, straight after a word, make it the end of a subject ('the body write has')."""
_DO_AFTER_NOUN = frozenset("did does didn't doesn't didn’t doesn’t".split())
"""Forms of 'do' that, straight after a word, make it the end of a subject ('the trace log did not')."""
_FINITE_OR_DO = _FINITE_AFTER_NOUN | _DO_AFTER_NOUN


def _relative_after(doc: Document, words: list[Word], at: int) -> bool:
    """'The key function that creates the list', 'the main background loop that runs all day': 'that'
    and a verb the tagger reads as finite after the word at ``at`` open a relative clause on a compound
    noun, so that word is no verb ('the report say that the plan failed' has a subject after 'that')."""
    if at + 2 >= len(words) or words[at + 1].low != "that" or not (words[at].joined and words[at + 1].joined):
        return False
    return sentence_tags(doc, words)[at + 2] in _RELATIVE_VERB_TAGS


def _sole_verb(doc: Document, words: list[Word], start: int, head_index: int) -> bool:
    """The word after the singular head is the clause's only possible verb, an object follows it,
    and the tagger reads no verb anywhere after it ("This point affect the environment", where the
    tagger takes 'affect' for a noun): with a verb later the three may be a noun and a clause without
    'that' ("the agency plan the board approved was rejected")."""
    if start > 0 and words[start - 1].low not in _ONLY_CLAUSE_OPENERS:
        return False
    verb_index = head_index + 1
    if verb_index + 1 >= len(words) or not words[verb_index].joined:
        return False
    phrase = words[verb_index + 1].low not in _OBJECT_OPENERS and not _bare_object_next(words, verb_index)
    if phrase and not _phrase_next(words, verb_index):
        return False
    if not _mostly_a_verb(words[verb_index].low) or not ends_like_a_sentence(doc, words):
        return False
    tags = sentence_tags(doc, words)
    if phrase and tags[verb_index] == "NN" and not _owned_person(words, start, head_index):
        return False  # "The time change in March.": a caption's compound, as the tagger reads it
    return tags[head_index] == "NN" and not any(tag.startswith(("VB", "MD")) for tag in tags[verb_index + 1 :])


def _bare_verb_then_time(doc: Document, words: list[Word], start: int, head_index: int) -> bool:
    """The word after the singular head is a bare form that a phrase of recurring time follows ('every
    Tuesday', 'each month', 'on Fridays', 'on the first Tuesday'), and the tagger reads no finite verb
    after it: "The committee meet every Tuesday", "The band play every Friday night" (a compound noun
    such as 'team practice' before the phrase would leave the sentence without a verb)."""
    if start > 0 and words[start - 1].low not in _ONLY_CLAUSE_OPENERS:
        return False
    verb_index = head_index + 1
    if verb_index + 2 >= len(words) or not words[verb_index].joined or not words[verb_index + 1].joined:
        return False
    first, second = words[verb_index + 1].low, words[verb_index + 2].low
    if first in ("every", "each"):
        timed = second in w.TIME_NOUNS
    elif first == "on":
        timed = second in w.DAY_NAMES or (
            second == "the"
            and verb_index + 4 < len(words)
            and words[verb_index + 3].low in _RECURRING_RANKS
            and words[verb_index + 4].low in w.DAY_NAMES
        )
    else:
        return False
    if not timed or not ends_like_a_sentence(doc, words):
        return False
    tags = sentence_tags(doc, words)
    return tags[head_index] in ("NN", "NNP") and not any(
        tag in w.FINITE_OR_MODAL_TAGS for tag in tags[verb_index + 1 :]
    )


_RECURRING_RANKS = frozenset("first second third fourth last".split())


def _bare_object_next(words: list[Word], verb_index: int) -> bool:
    """A noun with no determiner follows the word at ``verb_index`` as its object: a word that is
    only a noun ('homework', 'families'), after an adjective or not ("the teacher give homework",
    "the charity help homeless families"); a noun there would make three nouns in a row."""
    at = verb_index + 1
    if not words[verb_index].joined or words[at].capitalised:
        return False
    if w.tags(words[at].low) == {"ADJ"} and at + 1 < len(words) and words[at].joined:
        at += 1
    return w.tags(words[at].low) == {"NOUN"} and not words[at].capitalised


def _owned_person(words: list[Word], start: int, head_index: int) -> bool:
    """'my sister', 'our teacher': a possessive and a singular noun of a person, which forms no
    compound with a verb-or-noun after it ("my sister work at the hospital"), as 'the time change' may."""
    return (
        head_index == start + 1
        and words[start].low in w.PERSON_POSSESSIVES
        and words[head_index].low in w.PERSON_NOUNS
        and w.is_singular_count_noun(words[head_index].low)
    )


def _finite_form_later(words: list[Word], at: int) -> bool:
    """A word from ``at`` on may be a finite verb in -s or a past ('covers', 'ended'), whatever the
    tagger reads it as: "the park open to the public covers ten acres" has its verb there."""
    return any(w.verb_tags(word.low) & {"VBZ", "VBD"} or word.low in _FINITE for word in words[at:])


def _other_singular_head(doc: Document, words: list[Word], determiner: str, at: int) -> bool:
    """A singular count noun that :func:`w.is_singular_count_noun` leaves out, read by the tagger as a
    singular noun: one in -ss whose plural is in -sses ('boss', 'address'), or, after a possessive,
    'this', 'that', 'each' or 'every' (not 'the', where an adjective names a class: "the blind lead
    the blind", "the good die young"), a noun that is an adjective too and has a plural of its own
    ('house', 'daughter')."""
    low = words[at].low
    if low in _NOT_SINGLE_HEADS or low in _UNCOUNTED or low in w.NOT_SINGULAR_SUBJECTS or low in _PLURAL_ONLY:
        return False
    pos = w.tags(low)
    if "NOUN" not in pos or w.is_singular_count_noun(low):
        return False
    plurals = w.noun_inflections(low).get("NNS", ())
    if not plurals or plurals[0] == low:
        return False
    if low.endswith("ss"):
        if plurals[0] != low + "es" or not pos <= {"NOUN", "VERB"}:
            return False
    elif low.endswith(("s", "ing", "ed")) or "ADJ" not in pos or determiner in ("the", "a", "an"):
        return False
    return sentence_tags(doc, words)[at] == "NN"


def _ends_subordinate_clause(words: list[Word], start: int, verb_index: int) -> bool:
    """The subject at ``start`` opens a clause after 'when', 'if', 'because' … and a comma follows the
    word at ``verb_index``: that clause has no other verb ("When the bell ring, we go in", "if the
    machine stop, call us"; not after 'after' or 'before', which take a noun: "after the bus stop, turn")."""
    if start == 0 or words[start - 1].low not in _SUBORDINATE_OPENERS or words[verb_index].joined:
        return False
    return verb_index + 1 < len(words)  # a comma, not the sentence's end ("… the school run.")


_SUBORDINATE_OPENERS = frozenset("when whenever if because although though unless once".split())


def _object_only_next(words: list[Word], at: int) -> bool:
    """'Us', 'them', 'him' or 'me' follows the word at ``at``: only a verb takes it."""
    return at + 1 < len(words) and words[at].joined and words[at + 1].low in w.OBJECT_ONLY_PRONOUNS


def _base_before_noun_or_phrase(words: list[Word], pronoun: int, index: int) -> str | None:
    """'loves' for a bare verb that is also a noun, after the indefinite pronoun at ``pronoun``, before a
    noun that is only a noun or a preposition and its object ("everybody love pizza", "if anyone ask
    about it"): no noun stands after 'everybody' (its adjectives, 'someone special', are no bare verbs).
    Opening a sentence, only a verb of state, which a command seldom takes ("Everyone look at the
    board" is one)."""
    if index + 1 >= len(words) or not words[index].joined:
        return None
    if (pronoun == 0 or not words[pronoun - 1].joined) and words[index].low not in _STATE_VERBS:
        return None
    following = words[index + 1].low
    if w.tags(following) != {"NOUN"} and not (following != "to" and _phrase_next(words, index)):
        return None
    return third_person_of_base(words[index].low)


def _phrase_next(words: list[Word], verb_index: int) -> bool:
    """A preposition and its object's first word ('in Rome', 'at nine', 'to the bank'), or a word that
    is only an adverb ('very', 'abroad'), follows the word at ``verb_index`` ("the shop open at nine"):
    not 'of', which ties two nouns ("the village square of old")."""
    if verb_index + 1 >= len(words):
        return False  # the sentence ends at the verb ("But an otter never ots.")
    following = words[verb_index + 1].low
    if not words[verb_index].joined:
        return False
    if w.tags(following) == {"ADV"} and following not in _NOT_AFTER_VERB:
        return True
    if w.is_numeral(following):
        return True  # "the landlord own two flats"
    if following not in w.PREPOSITIONS or following == "of" or verb_index + 2 >= len(words):
        return False
    after = words[verb_index + 2]
    low = after.low
    return words[verb_index + 1].joined and (
        low in _OBJECT_OPENERS or w.is_numeral(low) or (after.capitalised and not w.tags(low))
    )


_NOT_AFTER_VERB = frozenset("not too also so as".split())
"""Adverbs that follow a noun as readily as a verb ('the shop too', 'the fee as well')."""


def _web_compound(head: str, base: str, third: str) -> bool:
    """'the main entry point to the park', 'the price list for members': the head and the bare form
    after it are a compound noun the web writes often, nearly as often as the head and the verb's
    third person or more (within :data:`_COMPOUND_MARGIN`; "report says" is common, "report say" is
    not: "the report say it failed")."""
    from . import _ngrams

    compound = _ngrams.web_pair_count(head, base)
    if compound is None:
        return False
    clause = _ngrams.web_pair_count(head, third)
    return clause is None or compound >= clause - _COMPOUND_MARGIN


_COMPOUND_MARGIN = 1.0
"""How far below 'head verbs' (natural log) 'head verb' may be and still read as a compound noun."""


def _mostly_a_verb(low: str) -> bool:
    """The web writes 'will affect' nearly as often as 'the affect' or more ('will change', 'will
    work'); not 'will school', 'will plan' or 'will report', which are mostly nouns: a caption such
    as "The village school a century on" has no verb."""
    from . import _ngrams

    as_verb, as_noun = _ngrams.web_pair_count("will", low), _ngrams.web_pair_count("the", low)
    return as_verb is not None and (as_noun is None or as_verb >= as_noun - _VERB_MARGIN)


_VERB_MARGIN = 2.0
"""How far below 'the X' (natural log) 'will X' may be: 'work' and 'change' (1.3, 0.9) pass; 'report',
'impact' and 'plan' (2.8, 3.3, 4.4) do not."""


def _tagged_third_person(doc: Document, words: list[Word], start: int, head_index: int) -> bool:
    """The tagger reads the plural head as a plural noun and the -s word after it as a verb, and no
    verb follows that could make the two a compound noun ("the sports shows attract viewers", "the
    awards shows were long"): "the patients shows improvement"."""
    verb_index = head_index + 1
    if not _noun_or_third_person(words[verb_index].low) or verb_index + 1 >= len(words):
        return False
    if start > 0 and words[start - 1].low not in _ONLY_CLAUSE_OPENERS:
        return False
    tags = sentence_tags(doc, words)
    if tags[head_index] != "NNS" or tags[verb_index] != "VBZ" or tags[verb_index + 1].startswith(("VB", "MD")):
        return False
    return not any(tag.startswith(("VB", "MD")) for tag in tags[verb_index + 2 :])


_ONLY_CLAUSE_OPENERS = (
    frozenset("that because when whenever while although though if unless whether but and said says".split())
    | _THINKING
)


def _determiner_adjective_before(words: list[Word], index: int) -> bool:
    """A determiner and an adjective that is no verb stand just before ``index`` ("of the anterior
    arches"): with the tagger's plural there, the word closes that noun phrase (not "in the north
    prefers", where 'north' is the noun and the tagger reads the verb)."""
    if index < 2 or not (words[index - 2].joined and words[index - 1].joined):
        return False
    tags = w.tags(words[index - 1].low)
    return words[index - 2].low in w.DETERMINERS and "ADJ" in tags and "VERB" not in tags


def _clearly_finite(words: list[Word], verb_index: int) -> bool:
    """'the agency plan to cut jobs' is a clause only if no finite verb follows ('… plan to cut jobs was rejected')."""
    verb = words[verb_index].low
    if w.tags(verb) == {"VERB"} and not _noun_by_counts(verb):
        return True
    if verb_index + 1 < len(words) and words[verb_index].joined and words[verb_index + 1].low in w.OBJECT_ONLY_PRONOUNS:
        return True  # "the teacher give us": only a verb takes 'us' (a reduced clause would start with 'we')
    if verb_index + 1 >= len(words) or words[verb_index + 1].low not in ("to", "that") or not words[verb_index].joined:
        return False
    for later in words[verb_index + 2 :]:
        low = later.low
        if low in _FINITE or ("VBD" in w.verb_tags(low) and "VBN" not in w.verb_tags(low)):
            return False
    return True


NOUN_BY_COUNTS_SHARE = 0.025
"""The share of a word's uses after 'the' or 'a' from which it is a noun, whatever the word tables say:
they list some nouns as verbs only ('log', 'lounge': 'an email log', 'a cocktail lounge', about 3% and
4%); a verb that is only a verb stays well below ('feel' 1.5%, 'write' 0.7%, 'ask' and 'seem' unseen)."""


@cache
def _noun_by_counts(word: str) -> bool:
    """The web writes 'the' or 'a' before the word in :data:`NOUN_BY_COUNTS_SHARE` of its uses or more."""
    from . import _ngrams

    share = _ngrams.web_share_after(word, ("the", "a"))
    return share is not None and share >= NOUN_BY_COUNTS_SHARE


_PHRASE_PREPOSITIONS = frozenset("of in from at on with for across around".split())
_DETERMINED_PREPOSITIONS = frozenset(
    """to about by under behind into over near among between during without along beside inside outside
    above below""".split()
)
"""Prepositions that start a phrase after the head only before a determiner ("the answers to the
questions"; 'to' alone may start an infinitive)."""
_AFTER_HEAD_PREPOSITIONS = _PHRASE_PREPOSITIONS | _DETERMINED_PREPOSITIONS
"""Every preposition that may open a phrase after a noun (some only before a determiner)."""
_PLURAL_OPENERS = frozenset("the these those many some most all both several few our their my your his her".split())
_VERB_AFTER_EVIDENCE = _OBJECT_OPENERS | w.PREPOSITIONS


_NO_VERB_AFTER = (w.DETERMINERS - {"that"}) | frozenset("various several few many numerous multiple".split())
"""Words straight after which no verb stands: what follows them is a noun ('of various commands')."""


class PluralSubjectAgreement(GrammarRule):
    id = "grammar.plural-subject-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A plural subject, with or without a phrase after it, and a singular verb: 'the dogs of war barks'."
    why = (
        "The verb agrees with the head of its subject, not with the noun nearest to it: 'the dogs of "
        "war bark', 'many users in Asia want'. Reported when a clause opens with a plural noun "
        "(after 'the', 'these', 'many', 'some', a possessive, or alone; 'the many', 'her numerous' "
        "too), a phrase with 'of', 'in', "
        "'from' and the like may follow, and an insertion between commas ('the dogs, which are "
        "trained, patrol'; 'the dogs, two dachshunds, were'; 'the results, published on Monday, "
        "show'), and then a verb in -s that can only be a verb there. Up to two more phrases may "
        "follow the first ('the apples in the basket on the table are'), and a participle may open "
        "the phrase ('the goods sold in this shop are', 'the children playing in the garden are', and "
        "a plural the tables also list as a noun of its own: 'the letters sent to the mayor were'; "
        "the verb must then be 'is', 'was', 'has' or 'does'). A clause opened by 'what', "
        "'how' or 'why' counts too ('what the dogs, which are trained, eat'), but not past a phrase, "
        "where the clause's verb may end it ('what the experts in the field say is true'). Where a word could "
        "be the noun or the verb ('the black dogs barks'), the part-of-speech tagger decides, "
        "and a phrase of frequency or duration after it that ends the clause shows the verb ('prices "
        "rises every year', 'the machines at the plant runs all night'; not 'the TV shows every night "
        "are long'). A bare plural that opens a sentence may have adjectives or nouns before it, as "
        "the tagger reads them ('Interest rates makes', 'Rising costs is'), and phrases after it, "
        "prepositional or a participle's ('Officials in the city says', 'Tenants living in the older "
        "wing says'; no comma, name, measure or clause word in them, but a relative clause between "
        "commas may close them before 'is', 'was', 'has' or 'does': 'Applications for the program, "
        "which includes a stipend, is due'); not after a comparative "
        "('More cars means more traffic'), "
        "a gerund ('Selling cars makes money') or in a department's or field's name ('Human resources is')."
    )
    bad = (
        "The cats sings loudly.",
        "The dogs of war is released.",
        "Many users in Asia wants to learn English.",
        "Some people thinks it is endless.",
        "She asked whether the players sings at night.",
        "The black dogs barks loudly.",
        "The dogs, which are trained to find food, patrols the site.",
        "The dogs of war, however, was released.",
        "Heat rises into the air, where gases traps it. All my friends was there.",
        "The children in the picture looks happy, and the changes to the law was announced.",
        "I left early because prices was too high.",
        "Officials said prices has risen, and the union warned wages was falling behind.",
        "One reason is that animals is losing its habitat.",
        "Is this the town in which the miners lives?",
        "Prices is rising faster than wages.",
        "Tomatoes grows best in full sun.",
        "The council's new plans for the railway has been delayed.",
        "And details is the key to success. Endangered animals is a problem we must solve.",
        "Do you know what the dogs, which are trained to find food, eats?",
        "When the dogs of war, two dachshunds, was released, we ran.",
        "The results of the survey, published on Monday, shows a fall.",
        "The apples in the basket on the table is rotten, and the houses, most of them empty, is for sale.",
        "The measures announced by the minister yesterday has angered farmers.",
        "The letters found in the old desk was written in French.",
        "Prices rises every year, and the machines at the plant runs all night.",
        "Interest rates makes it harder to buy, and rising costs is a worry.",
        "High food prices has hit families. Officials in the city says the road is closed.",
        "Tenants living in the older wing of the complex says the boiler broke.",
        "Property taxes for homeowners in the northern townships is set to rise.",
        "The many achievements of the archive demonstrates what we can do, and her numerous awards was on display.",
        "Applications for the research program, which includes a stipend, is due by April 1.",
        "The results of the two-year pilot study suggests that early help works.",
        "Each summer, the volunteers gathers at the lake to clear litter.",
        "The formatting guidelines for each degree is posted online.",
        "The results of the annual customer satisfaction survey is posted on our website every January.",
        "The results of the blood test shows no infection, the clinic said.",
        "The results of the spelling quiz shows steady gains among pupils in second and third grade.",
    )
    good = (
        "The results of the annual customer satisfaction survey are posted; sales of the new phone model rise.",
        "The dogs bark loudly; the dog barks; the public demands answers.",
        "The TV shows every night at ten are long; the machine runs all night; prices rise every year.",
        "The dogs, cats and horses are fed; the figures, released on Monday, show a fall.",
        "The players, including Smith, were tired; the results, he says, are clear.",
        "Marbles was a nickname; helping people is our duty.",
        "The leader of the dogs barks.",
        "The news is good, and the series was long.",
        "The dogs' owner walks them, and the children play.",
        "Two years of war has passed; the United States is large.",
        "The one thing that counts is effort; she asked whether killing insects is wrong.",
        "Although the details of the files on his desk may change, the roots of a tradition that was old survive.",
        "Windows is an operating system. Cats is a musical. Sales is down; thanks is due.",
        "Prices rise. Costs rises were feared. Parents, the school says, is a broad word.",
        "Wales is a country.",
        "Lots has changed since then.",
        "...applicants has grown since May.",
        "Our students needs...",
        "The council's plans for the railway have been delayed; the council's leader of the groups is here.",
        "And Windows is an operating system. Endangered Animals is a film. So sales is down.",
        "Other details are the key; and details, he says, is a word he hates.",
        "The thing that counts is the result; the evidence that matters is the video; it is true that wages rose.",
        "That the plan works is plain. Whether the engine starts was the question.",
        "What the experts in the field say is true; how the parts of the engine fit matters.",
        "The players, tired after the match, were sent home; the stories, some of them true, make a book.",
        "Among the guests at the party in the hall was an actor; the rest of the players in the squad is here.",
        "The species found on the island is rare; the years spent in prison was a waste.",
        "The means used by the police was questionable; the letters page edited by Ann is popular.",
        "Officials said prices have risen; he said news is scarce; she said thanks is due; it claims lives is wrong.",
        "The number of reported burglaries has fallen; the list of noted errors was long.",
        "Raising taxes is unpopular; more cars means more traffic; human resources is upstairs.",
        "Social studies is my subject. Ten years is a long time. Selling cars makes money.",
        "Ecologies of Resistance illustrates the process. Thanks guys goes a long way.",
        "Years of neglect in the system has left it broken; thousands of dollars was spent.",
        "Headquarters in London is closing; politics in the region is tense; members of the Royal Society are here.",
        "The many achievements of the team demonstrate it; the few who came were happy.",
        "Their many years of service was honoured.",
        "Tickets for the show, which opens on Friday, are on sale; fees for the course, which is popular, are high.",
        "Each summer, the volunteers gather at the lake; in our view, the data is clear.",
        "The building houses three shops, and the remaining items are on sale.",
        "Wells is often described as a hidden gem, and Brooks is best known for his songs.",
        "The members of the club meet every week, the secretary said; the results of the test show progress.",
    )
    fixed = ()
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1
    """Where grammar.agreement reports the same verb, its finding (and its safer fix) is kept."""

    def detect(self, doc: Document) -> Iterator[Finding]:
        found: list[Finding] = []
        tokens = doc.tokens
        openers = [  # sifted on the flat word list: a clause opens only at a sentence's start or after these
            position
            for position in positions(doc, _PLURAL_OPENERS)
            if tokens[position].joined
            and (
                tokens[position].sentence_start
                or tokens[position - 1].low in _BEFORE_CLAUSE
                or (not tokens[position - 1].joined and _after_introduction(doc, tokens, position))
            )
        ]
        for words, index in places(doc, openers):
            if not words[index].joined:
                continue
            if not (index == 0 or _opens_clause(words, index) or _after_opening_phrase(doc, words, index)):
                continue
            if index == 0 and after_cut(doc, words):
                continue  # "...the applicants has grown": the head may be in the part left out
            finding = self._at(doc, words, index)
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _BARE_OPENERS):
            # a bare plural after "where", "because" …: "where gases prevents", "because prices rises"
            if words[index].low == "that" and not _plain_plural_next(words, index):
                continue  # 'that' is frequent: only a plural that cannot be a verb right after it is read
            finding = self._at(doc, words, index, bare=True) if words[index].joined else None
            if finding is not None:
                found.append(finding)
        for words, index in occurrences(doc, _REPORTING_VERBS):
            # "officials said prices has risen": a bare plural after a verb of saying opens its clause
            if _auxiliary_after_plural(words, index) and words[index].joined and _saying_verb(doc, words, index):
                finding = self._at(doc, words, index, bare=True)
                if finding is not None:
                    found.append(finding)
        for words in sentences(doc):
            if after_cut(doc, words):
                continue
            finding = self._bare_start(doc, words) or self._modified_bare_start(doc, words)
            if finding is not None:
                found.append(finding)
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _bare_start(self, doc: Document, words: list[Word]) -> Finding | None:
        """A bare plural opening a sentence, then at once a verb that can only be singular: "Cats
        sleeps all day", "Prices is rising". The tagger must read the plural as a common noun (not
        "Windows is", "Marbles was"), and a word that is also a verb in -s ("Costs rises") only counts
        when the tagger reads it as the noun. Not before 'was' or 'has' and a participle, where the
        plural reads as a surname too ("Banks was appointed governor", "Rivers has led the side")."""
        at = _bare_head_at(words)
        if len(words) < at + 3 or not words[at].joined or not words[at + 1].joined:
            return None
        head, verb = words[at], words[at + 1]
        if head.low in w.SINGULAR_IN_S or head.low in _NOT_BARE_SUBJECTS or head.text.isupper():
            return None
        if at and head.low in _FIELD_PLURALS:  # "Human resources is", "Social studies is": a department, a field
            return None
        if any(letter.isupper() for letter in head.text[1:]):
            return None  # "LifeLines does", "GrADS interprets": a capital inside the word makes it a name
        if head.low in _APP_NAME_PLURALS:
            return None  # "Settings opens in a new window", "Photos shows your pictures": an app, menu or department
        if verb.low in _PRODUCT_VERBS and words[at + 2].low in ("you", "your", "it", "users"):
            return None  # "Diagrams lets you draw", "Routes makes it easy": what a product does for its user
        if not _plural_noun(head.low) or (at and head.text != head.low):
            return None
        plural = TO_PLURAL.get(verb.low)
        if (
            plural is None
            and not verb.capitalised
            and w.verb_tags(verb.low) == {"VBZ"}
            and (
                _verb_only_third_person(verb.low)
                or followed_like_a_verb(words, 1)
                or _time_phrase_then_end(words, at + 1)
            )
        ):
            plural = _lemma_of_third_person(verb.low)
        if plural is None or doc.text[head.end : head.end + 1] in ("'", "’") or in_quotes(doc, head.start):
            return None
        if verb.low in ("is", "was") and words[at + 2].low in w.ARTICLES and not at:
            return None  # "Cats is a musical", "Windows is an operating system": a title defined
        if _name_more_than_plural(head.low):
            return None  # "Wales is", "Jones has": a name
        tags = sentence_tags(doc, words)
        noun_tag = tags[at] == "NNS" or (tags[at] == "NN" and head.low in _IRREGULAR_PLURALS)  # "People is"
        if not noun_tag or (
            verb.low not in TO_PLURAL and tags[at + 1] != "VBZ" and not _time_phrase_then_end(words, at + 1)
        ):
            return None  # (a time phrase shows the verb the tagger may miss: "Prices rises every year")
        if not at and verb.low in ("was", "has") and tags[at + 2] == "VBN" and words[at + 1].joined:
            return None  # a surname as well: "Banks was appointed governor", "Rivers has led the side"
        if not at and verb.low in ("is", "was") and _described_as_name(words, at + 2):
            return None  # "Wells is often described as a hidden gem", "Brooks is best known for": a name
        if not at and _surname_reading(words):
            return None  # "Rivers runs the shop", "Parsons joins the board": a surname as well
        if at and words[0].low not in _SENTENCE_CONJUNCTIONS and tags[0] not in ("JJ", "JJR", "VBN"):
            return None
        for other_words, at in occurrences(doc, frozenset((head.low,))):
            if at > 0 and other_words[at].capitalised:
                return None  # capitalised inside a sentence too: a name or a title
        return self._report(verb, plural, head, FixSafety.UNSAFE)

    def _modified_bare_start(self, doc: Document, words: list[Word]) -> Finding | None:
        """A sentence that opens with a bare plural after modifiers the tagger reads as adjectives or
        nouns ("Interest rates makes it harder", "High food prices has hit families", "Rising costs
        is a worry"), or a bare plural and phrases after it (:func:`_verb_past_bare_phrase`:
        "Officials in the city says", "Commuters waiting for the trains was told"), then a verb that
        can only be singular. In lower case after the first word (not a title, "Great
        Expectations is"); no comparative or quantity ("More cars means more traffic", "Ten years
        is"), no gerund ("Raising taxes is", "Selling cars makes money"), no department or field
        ("Human resources is", "Social studies is")."""
        start = 1 if words[0].low in _SENTENCE_CONJUNCTIONS else 0
        if len(words) < start + 3 or not words[start].joined or not _may_open_bare_plural(words, start):
            return None  # (most sentences stop here, before the tagger is asked)
        tags = sentence_tags(doc, words)
        at = start
        while at < len(words) - 2 and at - start < 3 and _bare_modifier(words[at], tags[at]):
            if not words[at].joined or (at > 0 and words[at].text != words[at].low):
                return None
            at += 1
        head = words[at]
        if tags[at] != "NNS" or not _plural_noun(head.low) or (head.text != head.low and at > 0):
            return None
        if head.low in w.SINGULAR_IN_S or head.low in _NOT_BARE_SUBJECTS or head.low in _FIELD_PLURALS:
            return None
        if head.low in _MEASURES or not head.joined:
            return None
        verb_at = at + 1
        inserted = False
        if words[verb_at].low in _BARE_PHRASE_PREPOSITIONS or tags[verb_at] in ("VBG", "VBN"):
            verb_at, inserted = _verb_past_bare_phrase(words, tags, verb_at, doc)  # "Officials in the city says"
            if not verb_at:
                return None
        elif at == start:
            return None  # no modifier and no phrase: :meth:`_bare_start`'s
        if at == start and (words[start].low in _APP_NAME_PLURALS or _name_more_than_plural(head.low)):
            return None
        verb = words[verb_at]
        if verb.text != verb.low or not (words[verb_at - 1].joined or inserted):
            return None
        plural = TO_PLURAL.get(verb.low)
        verb_tagged = tags[verb_at] == "VBZ" and "VBZ" in w.verb_tags(verb.low)
        if (
            plural is None
            and verb_tagged
            and (
                _verb_only_third_person(verb.low)
                or followed_like_a_verb(words, verb_at)
                or _time_phrase_then_end(words, verb_at)
            )
        ):
            plural = _lemma_of_third_person(verb.low)
        if plural is None or in_quotes(doc, head.start):
            return None
        if verb.low in ("is", "was") and verb_at + 1 < len(words) and words[verb_at + 1].low in w.ARTICLES:
            return None  # "Endangered species is a term": a name defined
        return self._report(verb, plural, head, FixSafety.UNSAFE)

    def _at(self, doc: Document, words: list[Word], index: int, bare: bool = False) -> Finding | None:
        """The finding for a subject opened by ``words[index]``: a determiner, or with ``bare`` a
        word that opens a clause and the plural after it (a bare plural opening a sentence is never
        taken: it may be a name, "Marbles was", "Windows is", or a gerund's object)."""
        for head_index in range(index + 1, min(index + 4, len(words) - 1)):
            head = words[head_index]
            if head.capitalised and head_index > 0:
                return None
            if _plural_noun(head.low) or (not bare and _plural_before_participle(words, index, head_index)):
                if bare and "VBZ" in w.verb_tags(head.low) and sentence_tags(doc, words)[head_index] != "NNS":
                    return None  # "the thing that counts is": a verb in -s, not a plural
                break
            if head_index == index + 1 and words[index].low in _PREDETERMINERS and head.low in _AFTER_ALL:
                continue  # "all the students", "both my parents"
            if head_index == index + 1 and words[index].low in _AFTER_ALL and head.low in _PLURAL_QUANTIFIERS:
                continue  # "the many achievements of", "her numerous awards"
            if head_index == index + 1 and not bare and head.joined and _noun_possessive(head.low):
                continue  # "the government's plans for the railway has": the possessive determines the head
            if not bare and head.joined and _ing_modifier(words, head_index):
                continue  # "the formatting guidelines for each degree is": an -ing form before the plural
            if not (head.joined and _modifier(head.low)) or (bare and "VERB" in w.tags(head.low)):
                return None  # (after 'whether', "killing innocents is" is a gerund's phrase)
        else:
            return None
        if head_index + 1 >= len(words) or doc.text[head.end : head.end + 1] in ("'", "’"):
            return None  # "the dogs' owner": a possessive
        verb_index, crossed = _past_phrase(words, head_index + 1, doc) if head.joined else (head_index + 1, False)
        wh_clause = index > 0 and words[index - 1].low in _WH_CLAUSE_WORDS
        if crossed and wh_clause:
            return None  # "what the experts in the field say is true": the phrase may end in the clause's verb
        if crossed and verb_index is not None and words[verb_index - 1].joined:
            verb_index = _past_second_phrases(words, verb_index)  # "the apples in the basket on the table is"
        inserted = verb_index is not None and not words[verb_index - 1].joined
        if verb_index is not None and inserted:
            verb_index = _past_insertion(doc, words, verb_index)
            crossed = True
        if verb_index is None or in_quotes(doc, words[index].start):
            return None
        verb = words[verb_index]
        if verb_index > 0 and words[verb_index - 1].joined and words[verb_index - 1].low in _NO_VERB_AFTER:
            return None  # "the parsers of various commands that", "paths with a few levels of": a noun
        if (
            crossed
            and _determiner_adjective_before(words, verb_index)
            and sentence_tags(doc, words)[verb_index] == "NNS"
        ):
            return None  # "the terminals of the anterior arches of": the phrase's noun after its adjective
        if wh_clause and not inserted and "NOUN" in w.tags(verb.low):
            return None  # "Why the sales figures?": a compound's noun, no verb
        if verb_index == len(words) - 1 and "NOUN" in w.tags(verb.low) and cut_after(doc, verb):
            return None  # "Our students needs...": cut where 'needs assessment' may have gone on
        plural = TO_PLURAL.get(verb.low)
        if plural is not None and _clause_verb_head(doc, words, index, head_index):
            return None  # "That the fix works is clear": the noun before is the subject, the -s word its verb
        if plural is None and w.verb_tags(verb.low) == {"VBZ"} and not verb.capitalised:
            if head_index > index + 1 and "VBZ" in w.verb_tags(head.low) and "NOUN" in w.tags(verb.low):
                # "the public demands answers": after a modifier the head may be the verb; the tagger settles it
                tags = sentence_tags(doc, words)
                if tags[head_index] != "NNS" or tags[verb_index] != "VBZ":
                    return None
            evidence = (
                _verb_only_third_person(verb.low)
                or followed_like_a_verb(words, verb_index)
                or _adverb_then_end(doc, words, verb_index)
                or _time_phrase_then_end(words, verb_index)
                # after an insertion the subject is over: what the tagger reads as a verb is one
                or (inserted and sentence_tags(doc, words)[verb_index] == "VBZ")
                # past a phrase, the tagger's verb after the phrase's noun: "the teachers at our school works"
                or (crossed and _tagged_phrase_end(doc, words, verb_index - 1))
            )
            plural = _lemma_of_third_person(verb.low) if evidence else None
            object_noun = crossed and "NOUN" in w.tags(verb.low) and _clause_ends(doc, words, verb_index)
            if plural is not None and object_noun and sentence_tags(doc, words)[verb_index] == "NNS":
                return None  # "the women in the village make baskets": the tagger's plural noun, an object
        if plural is None and not crossed and head.joined:
            reduced = _reduced_relative_end(doc, words, head_index)  # "the goods sold in this shop is"
            if reduced is not None and head.low not in _MEASURES:
                verb, crossed = words[reduced], True
                plural = TO_PLURAL[verb.low]
        if plural is None:
            return None
        if crossed and words[head_index + 1].low == "of" and head.low in _MEASURES:
            return None  # "two years of war has passed": a quantity taken as one
        safety = FixSafety.UNSAFE if crossed else FixSafety.SAFE
        return self._report(verb, plural, head, safety)

    def _report(self, verb: Word, plural: str, head: Word, safety: FixSafety) -> Finding:
        fixed = match_case(plural, verb.text)
        return self.replace_word(
            verb, fixed, f"The subject '{head.text}' is plural: use '{fixed}', not '{verb.text}'.", safety
        )


def _clause_verb_head(doc: Document, words: list[Word], index: int, head_index: int) -> bool:
    """The plural-looking head after a noun modifier is a verb in -s, as the tagger reads it: the
    modifier is the subject of a clause that is itself the subject ("That the fix works is clear",
    "Whether the engine starts was the question")."""
    if head_index <= index + 1 or "VBZ" not in w.verb_tags(words[head_index].low):
        return False
    if "NOUN" not in w.tags(words[head_index - 1].low):
        return False
    if index <= 2 and words[0].low in _SUBJECT_CLAUSE_OPENERS and words[0].joined:
        # "Whether the price rises is another question": the clause opens the sentence, and the verb
        # after the -s word is the sentence's; with a second 'is' later ("Whether the shops is open is
        # unclear") the first was the clause's own
        return not any(word.low in _SECOND_BE for word in words[head_index + 2 :])
    return sentence_tags(doc, words)[head_index] == "VBZ"


_SUBJECT_CLAUSE_OPENERS = frozenset("whether that how why".split())
"""Words that open a clause standing as the sentence's subject ("Whether the plan works is up to us")."""
_SECOND_BE = frozenset("is was are were isn't wasn't".split())
"""A later 'be' that shows the first verb after the -s word was the clause's own."""


_THAT_VERBS = frozenset(TO_PLURAL)
"""The verbs after 'that' that can only be singular: auxiliaries, whose number no noun reading blurs."""
_SPANS_OF_TIME = frozenset(
    "years months weeks days hours minutes decades centuries ages times nights mornings seasons".split()
)
"""Plurals after which 'that' is usually the demonstrative of a new clause: "For years that was the rule"."""
# What may stand before the noun phrase a "who" clause hangs on: the phrase is then plainly the
# antecedent ("for people who", "there are others who"), not the object of a verb or a participle
# ("a teacher raising two kids who was told": the teacher was told).
_BEFORE_ANTECEDENT = (w.PREPOSITIONS - {"of"}) | frozenset("are were be been".split())


class RelativeClauseAgreement(GrammarRule):
    id = "grammar.relative-clause-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "A 'who' clause on a plural noun with a singular verb: 'people who has', 'others who likes'."
    why = (
        "'Who' takes the number of the people it stands for: 'people who have', 'others who like'. "
        "Reported when a plural noun after a preposition or 'are'/'were' ('for people', 'there are "
        "others') is followed directly by 'who' and a verb that can only be singular. Left alone: a "
        "noun after 'of' ('one of the students who has' is disputed usage), a noun that is the object "
        "of a verb ('a teacher raising two kids who was told': the teacher was told), 'which' (it "
        "often stands for a whole clause) except after a sentence's opening noun and a comma ('The "
        "report, which were published today'), and anything in quotation marks. A singular noun is "
        "checked where it opens the sentence or is a verb's object ('I have a friend who live in "
        "Paris'; not 'the parents of the boy who live here', where 'who' may stand for the parents), "
        "and so are 'anyone', 'everyone' … ('anyone who want to come') and 'those' ('those who has'). A "
        "plural that opens the sentence takes 'that' like one after a preposition ('Customers that wants a "
        "refund'); a capital inside the sentence is a name's or a title's."
    )
    bad = (
        "We are looking for people who has expertise in this area.",
        "There are others who likes sleeping until noon.",
        "Tickets went to fans who was waiting outside.",
        "The students who was expelled have appealed, and the man who were arrested is 34.",
        "The report, which were published today, is damning.",
        "The people who lives next door are loud, and those who has finished may leave.",
        "The boy who live next door is rude. Anyone who want to come is welcome.",
        "I have a friend who live in Paris, and I know nobody who don't like her.",
        "People who smokes should stop.",
        "We spoke to the workers that has been laid off; the problems that was raised remain.",
        "The residents that wants a new park signed the petition.",
        "The houses which was built in the 1960s will be demolished.",
        "The young woman who run the cafe left. Companies which has fewer than ten staff are exempt.",
        "The families that lives on the estate are angry.",
        "Customers that wants a refund must keep the receipt.",
        "The courses that is listed below are open to beginners.",
        "The new headphones, which costs less than half the price of the leading brand, sound remarkably good.",
    )
    good = (
        "We are looking for people who have expertise; the man who has the key is here.",
        "For years that was the rule. In those days that was normal. He told reporters that is false.",
        "The items that are sold, that is, the books and maps, go first, that is to say today.",
        "Find a place on the banks that is dry.",
        "She asked the officials who has the key.",
        "One of the students who has done honor to the college spoke.",
        "A teacher raising two kids who was told to wait; new readers which has helped.",
        "The students who were expelled have appealed; the man who was arrested is 34.",
        "The family who were evacuated are safe, and the team who have won are here.",
        "The report, which was published today, is damning; the rules were changed, which were welcome news.",
        "The parents of the boy who live here are kind; staff who planned the war who have sons serve.",
        "Anyone who wants to come is welcome; anyone who were to ask would be told; I know the family who live there.",
        "We told the residents that lives were at risk; the residents that want a park signed.",
        "The houses which were built in 1960 will go. Prices rose, which was expected.",
        "The warnings that lives in the valley were at risk came late; the rules that lives depend on are few.",
        "The young who live here are poor. Sales which was made abroad rose. The whole family who live there left.",
        "The list shows which rooms need cleaning; the log records which filters matched.",
        "Customers That Wants More is a podcast. Years that was the rule.",
        "The woman who police say drove the car was arrested; the man who officials believe started the fire fled.",
        "He sold the goods, and that is all we know; the courses that are listed are full.",
        "The new headphones, which cost less, sound good; the old speakers, which were loud, broke.",
    )
    fixed = (
        "We are looking for people who have expertise in this area.",
        "There are others who like sleeping until noon.",
        "Tickets went to fans who were waiting outside.",
        "The students who were expelled have appealed, and the man who were arrested is 34.",
        "The report, which were published today, is damning.",
        "The people who live next door are loud, and those who have finished may leave.",
        "The boy who live next door is rude. Anyone who want to come is welcome.",
        "I have a friend who live in Paris, and I know nobody who don't like her.",
        "People who smoke should stop.",
        "We spoke to the workers that has been laid off; the problems that was raised remain.",
        "The residents that wants a new park signed the petition.",
        "The houses which were built in the 1960s will be demolished.",
        "The young woman who run the cafe left. Companies which have fewer than ten staff are exempt.",
        "The families that lives on the estate are angry.",
        "Customers that wants a refund must keep the receipt.",
        "The courses that is listed below are open to beginners.",
    )
    fix = "sometimes"

    def detect(self, doc: Document) -> Iterator[Finding]:
        # 'which' only after a sentence's opening noun and a comma ("The report, which were published"),
        # where it can stand for nothing but that noun; 'that' only after a plural noun (:meth:`_that`)
        for words, index in occurrences(doc, RELATIVES):
            if index == 0 or index + 1 >= len(words):
                continue
            if words[index].low == "that":
                finding = self._that(doc, words, index)
                if finding is not None:
                    yield finding
                continue
            # "The report, which were", "The new headphones, which costs": the sentence's opening noun phrase
            aside = _opening_noun_phrase(words, index) and doc.text[words[index - 1].end : words[index].start] == ", "
            opening = words[index].low == "which" and _opening_plural(words, index)  # "The houses which was"
            if not (words[index - 1].joined or aside) or (words[index].low == "which" and not (aside or opening)):
                continue
            antecedent = words[index - 1]
            pronoun = antecedent.low in _PRONOUN_ANTECEDENTS and words[index].low == "who"
            plain = index == 2 or aside or _plural_noun(antecedent.low) or pronoun or _opening_phrase(words, index)
            if not plain and not _object_antecedent(words, index):
                continue  # a singular antecedent is checked where it opens the sentence ("The man who") or is an object
            target = _verb_after(words, index)
            if target is None or words[target].capitalised or (antecedent.capitalised and index > 1):
                continue
            verb = words[target]
            if antecedent.low in _INDEFINITES or (not _plural_noun(antecedent.low) and antecedent.low != "those"):
                finding = self._singular(doc, words, index, verb)
                if finding is not None and (plain or _verb_before_object(doc, words, index)):
                    yield finding  # (the tagger is asked last: most clauses agree)
                continue
            if antecedent.low != "those" and not _antecedent_is_plain(words, index - 1):
                continue
            plural = TO_PLURAL.get(verb.low)
            if plural is None and (_verb_only_third_person(verb.low) or _who_verb(words, index, target)):
                plural = _lemma_of_third_person(verb.low)  # "the people who lives next door"
            if plural is None or in_quotes(doc, verb.start):
                continue
            if not aside and _hangs_on_earlier_noun(doc, words, index - 1):
                continue  # "an elf in fairy stories who sprinkles sand": the clause may hang on the first noun
            if words[index].low == "which" and target == index + 1 and sentence_tags(doc, words)[target] == "NNS":
                continue  # "the list shows which rooms need cleaning": 'which' asks, its plural noun after it
            fixed = match_case(plural, verb.text)
            yield self.replace_word(
                verb,
                fixed,
                f"'{words[index].text}' stands for the plural '{antecedent.text}': use '{fixed}', not '{verb.text}'.",
            )

    def _that(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'People that is convinced', 'for companies that has failed': 'that' right after a plural
        noun that opens the sentence or follows a preposition inside it, then a singular auxiliary.

        'that' is also a demonstrative and a conjunction, so less is taken than for 'who': only the
        auxiliaries ('is', 'has', 'does') and forms that are nothing but a third person ('wants', not
        'lives': "told the residents that lives were at risk"), never after a span of time ("For years that was the
        rule": a new clause), a sentence's opening preposition ("In those days that was normal") or a
        verb ("told reporters that is false"), nor on a noun after a noun and a preposition ("a place
        on the banks that is dry": the place is), and never 'that is,' or 'that is to say'."""
        antecedent, verb = words[index - 1], words[index + 1]
        third = verb.low not in _THAT_VERBS and _verb_only_third_person(verb.low)  # "residents that wants"
        if not third and verb.low not in _THAT_VERBS and _noun_or_third_person(verb.low):
            third = _opening_that_verb(doc, words, index)  # "The families that lives on the estate"
        if (verb.low not in _THAT_VERBS and not third) or not (antecedent.joined and words[index].joined):
            return None
        determined = index > 1 and words[index - 2].low in _PLURAL_NP_OPENERS and _plural_reading(antecedent.low)
        if not (_plural_noun(antecedent.low) or determined) or antecedent.low in _SPANS_OF_TIME or verb.capitalised:
            return None  # ('determined': "The courses that is listed", a plural the tables also list as a noun)
        if antecedent.capitalised and index > 1:
            return None  # a name or a title; at the sentence's start the capital is the sentence's
        if index + 2 < len(words) and (
            not verb.joined or [word.low for word in words[index + 2 : index + 4]] == ["to", "say"]
        ):
            return None  # "that is, the books"; "that is to say"
        if not _antecedent_is_plain(words, index - 1) or _after_opening_preposition(words, index - 1):
            return None
        start = _phrase_start(words, index - 1)
        if start > 1 and sentence_tags(doc, words)[start - 2].startswith("NN"):
            return None  # "a place on the banks that is dry": the clause may hang on the first noun
        if _hangs_on_earlier_noun(doc, words, index - 1):
            return None  # "a substance obtained from plants that is active": or on the noun before the participle
        if in_quotes(doc, verb.start):
            return None
        plural = _lemma_of_third_person(verb.low) if third else TO_PLURAL[verb.low]
        if plural is None:
            return None
        fixed = match_case(plural, verb.text)
        return self.replace_word(
            verb,
            fixed,
            f"'that' stands for the plural '{antecedent.text}': use '{fixed}', not '{verb.text}'.",
            FixSafety.UNSAFE,
        )

    def _singular(self, doc: Document, words: list[Word], index: int, verb: Word) -> Finding | None:
        """'The man who were arrested is 34': a 'who' clause on a singular noun that opens the
        sentence after 'the', 'a' or a possessive, with 'were', 'are' or 'have' (groups, which
        take either number, are left alone)."""
        antecedent = words[index - 1]
        low = antecedent.low
        target = words.index(verb)
        singular = TO_SINGULAR.get(verb.low) if verb.low in _OF_PLURAL_VERBS else None
        if singular is None and words[index].low == "who":
            # "the boy who live next door", "anyone who want to come": a bare verb right after 'who'
            singular = (
                _THIRD_PERSON_AUXILIARIES.get(verb.low)
                or third_person_of_base(verb.low, adjective=True)
                or participle_like_base(verb.low)
                or _do_not(words, target)
                or _need(words, target)
            )
        if singular is None or in_quotes(doc, verb.start):
            return None
        if target + 1 < len(words) and verb.joined and w.takes_clause(words[target + 1].low):
            return None  # "the woman who police say drove the car": the subject of a clause of saying
        if verb.low in _PAST_PLURALS and (_subjunctive_were(words, index) or _before_to(words, target)):
            return None  # "anyone who were to ask": a condition
        if low in _INDEFINITES:
            return self._report_singular(words, index, verb, singular)
        if index == 2 and (words[0].low not in _RELATIVE_OPENERS or not words[0].joined):
            return None  # (a longer opening phrase is one of :func:`_opening_phrase`'s: "The young woman who")
        if not w.is_singular_count_noun(low) or low in w.COLLECTIVE_NOUNS or low in _GROUP_HEADS:
            return None
        return self._report_singular(words, index, verb, singular)

    def _report_singular(self, words: list[Word], index: int, verb: Word, singular: str) -> Finding:
        antecedent = words[index - 1]
        fixed = match_case(singular, verb.text)
        return self.replace_word(
            verb,
            fixed,
            f"'{words[index].text}' stands for the singular '{antecedent.text}': use '{fixed}', not '{verb.text}'.",
            FixSafety.UNSAFE,
        )


_RELATIVE_OPENERS = frozenset("the a an my his her our their your".split())
_RELATIVE_WORDS = w.RELATIVE_PRONOUNS
_PRONOUN_ANTECEDENTS = _INDEFINITES | {"those"}
"""Pronouns a 'who' clause hangs on, whose number is plain: 'anyone who wants', 'those who have'."""


def _opening_that_verb(doc: Document, words: list[Word], index: int) -> bool:
    """A form in -s that is also a plural noun ('lives', 'works') after the 'that' at ``index`` is
    the clause's verb when the sentence opens with the plural noun phrase ("The families that lives
    on the estate"), a preposition, an object or an adverb follows it, the tagger reads it as a
    verb, and no plural verb follows its phrase (not "The warnings that lives in the valley were at
    risk", where 'that' opens what the warnings said)."""
    start = _phrase_start(words, index - 1)
    if start != 0 or start == index - 1 or words[0].low not in _OPENING_DETERMINERS:
        return False
    if words[index - 1].low.removesuffix("s") in _CONTENT_NOUNS or words[index - 1].low in _CONTENT_NOUNS:
        return False
    verb_index = index + 1
    return _verb_here(words, verb_index) and sentence_tags(doc, words)[verb_index] == "VBZ"


_CONTENT_NOUNS = frozenset(
    """
    warning report claim fear hope sign suggestion rumour rumor allegation assurance promise concern
    belief finding fact idea argument complaint threat prediction estimate signal reminder statement
    assertion indication message proof doubt worrie worries admission announcement assumption
    conclusion notion theorie theories view chance odd odds risk possibilitie possibilities danger
    realisation realization news evidence insistence demand requirement guarantee pledge confirmation
    """.split()
)
"""Nouns in the plural that a 'that' clause may complete ("the warnings that lives were at risk"):
'that' after them need not be a relative pronoun (an -s left off or on: 'warnings', 'worries')."""


def _object_antecedent(words: list[Word], index: int) -> bool:
    """The singular noun before 'who' may be a verb's object after 'a', 'the' or a possessive ('I
    have a friend who live in Paris'): no 'of' phrase or second noun it could hang on instead ('the
    parents of the boy who live here' is right). :func:`_verb_before_object` asks the tagger."""
    if index < 3 or words[index].low != "who" or not _joined_between(words, index - 3, index + 1):
        return False
    if words[index - 2].low not in _RELATIVE_OPENERS or not w.is_singular_count_noun(words[index - 1].low):
        return False
    return not any(word.low in _RELATIVE_WORDS for word in words[: index - 3])  # "staff who planned the war who have"


def _verb_before_object(doc: Document, words: list[Word], index: int) -> bool:
    """The tagger reads a finite verb before the object's determiner (not "raising a kid who were told")."""
    return sentence_tags(doc, words)[index - 3] in ("VBD", "VBP", "VBZ")


def _before_to(words: list[Word], index: int) -> bool:
    return index + 1 < len(words) and words[index].joined and words[index + 1].low == "to"


def _who_verb(words: list[Word], index: int, target: int) -> bool:
    """A form in -s that is also a plural noun ('lives', 'works') right after 'who' is its verb:
    no noun phrase can stand there."""
    low = words[target].low
    return target == index + 1 and w.verb_tags(low) == {"VBZ"} and w.tags(low) <= {"VERB", "NOUN"}


def _antecedent_is_plain(words: list[Word], head_index: int) -> bool:
    """The noun phrase ending at ``words[head_index]`` follows a preposition other than 'of', or
    'are'/'were', or opens the sentence with a determiner ("The students who was expelled")
    (walking back over its determiner and modifiers)."""
    start = _phrase_start(words, head_index)
    if start == 0 and start < head_index and words[0].low in _OPENING_DETERMINERS:
        return True
    if head_index == 0:
        return not _name_more_than_plural(words[0].low)  # "People who smokes should stop"; not "Parsons who has"
    return start > 0 and words[start - 1].joined and words[start - 1].low in _BEFORE_ANTECEDENT


def _hangs_on_earlier_noun(doc: Document, words: list[Word], head_index: int) -> bool:
    """The plural noun phrase ending at ``head_index`` is a preposition's object after a noun, or after
    a noun and its participle ("a place on the banks", "a substance obtained from plants", "an elf in
    fairy stories", "a dock based on plasma frameworks", "a sequence embedded in video files"): a
    relative clause after it may hang on that first noun, whose number it takes."""
    start = _phrase_start(words, head_index)
    if start < 2 or words[start - 1].low not in w.PREPOSITIONS or not words[start - 2].joined:
        return False
    tags = sentence_tags(doc, words)
    if tags[start - 2] in ("NN", "NNP"):
        return True
    return (
        start > 2
        and tags[start - 2] in ("VBN", "VBG", "RB")
        and tags[start - 3] in ("NN", "NNP")
        and words[start - 3].joined
    )


def _phrase_start(words: list[Word], head_index: int) -> int:
    """Where the noun phrase ending at ``words[head_index]`` starts: back over up to three
    determiners and modifiers."""
    start = head_index
    while start > 0 and words[start - 1].joined and head_index - start < 3 and _premodifier(words[start - 1].low):
        start -= 1
    return start


def _premodifier(low: str) -> bool:
    """A word that may stand before a noun phrase's head: a determiner or a modifier."""
    return low in w.DETERMINERS or low in w.PLURAL_DETERMINERS or _modifier(low)


def _after_opening_preposition(words: list[Word], head_index: int) -> bool:
    """The noun phrase ending at ``words[head_index]`` is the object of the sentence's first word, a
    preposition: an opening adverbial ("In those days that was normal"), after which a new clause
    may start without a comma."""
    return words[0].low in w.PREPOSITIONS and all(_premodifier(word.low) for word in words[1:head_index])


_OPENING_DETERMINERS = frozenset("the these those my his her our their your many some several all both".split())


_CONJUNCT_DETERMINERS = frozenset("the my your his her its our their".split())
_CONJUNCT_PRONOUNS = frozenset("he she i we they".split())
"""Subject pronouns that can be one of two subjects ("he and I were")."""


class CompoundSubjectAgreement(GrammarRule):
    id = "grammar.compound-subject-verb"
    category = "grammar"
    severity = Severity.WARNING
    summary = "Two people joined by 'and' as the subject, with a singular verb: 'Tina and her father sings'."
    why = (
        "Two subjects joined by 'and' are plural: 'Tina and her father sing', 'the teacher and her "
        "students are'. Only a sentence that opens with two such subjects, at least one of them a "
        "possessive or 'the' and a noun, or two plurals ('the girls and boys plays', 'Apples and pears "
        "grows here'), directly followed by its verb, is checked; pairs that name one thing ('bread and "
        "butter is', 'Procter and Gamble is', 'Arts and crafts is') are left alone."
    )
    bad = (
        "Her mother and her father sings a song.",
        "Tina and her father sings a song.",
        "The teacher and her students is here.",
        "He and I was late again.",
        "My mother and father was born in Cork, and her husband and two sons was killed.",
        "He and his wife lives in Cardiff.",
        "The coach and the physio has been told. Both the mayor and the governor was present.",
        "The chairman and the chief executive is away. Tom and his brother runs a bakery.",
        "The director and the assistant curator was available after the reception.",
        "Our plumbers and electricians works closely together.",
        "The mayor and the police chief was at the scene shortly after the shooting.",
    )
    good = (
        "Her mother and her father sing a song.",
        "Bread and butter is cheap; Procter and Gamble is big.",
        "The bed and breakfast is full.",
        "He and I were late; you and he are friends.",
        "My mother and father were born in Cork; my friend and colleague is here.",
        "The coach and two players were fined.",
        "The teacher and the student plans for the year were approved.",
        "The chairman and chief executive is away. Both the mayor and the governor's wife were there.",
        "Rose and her husband run the farm. The chief and the deputy chief constable were there.",
        "The director and the assistant curator were available after the reception.",
        "Our plumbers and electricians work closely together; our arts and crafts fair is popular.",
    )
    fixed = ()
    fix = "sometimes"
    overlap_rank = BACKEND_RANK["builtin"] - 1

    def detect(self, doc: Document) -> Iterator[Finding]:
        if "and" not in doc.distinct_lows:
            return
        for words in doc.sentence_words:
            both = bool(words) and words[0].low == "both"  # "Both the mayor and the governor was"
            start = 1 if both else 0
            if len(words) < start + 4 or not words[start].joined:
                continue
            if not any(word.low == "and" for word in words[start + 1 : start + 5]):
                continue  # no 'and' where a first subject can end: most sentences stop here
            first_end = _subject_conjunct_end(words, start)
            if first_end is None and start == 0 and _named_person(words):
                first_end = 1  # "Tom and his brother runs": a name the tables also know as a noun
            plurals = _plural_conjunct(doc, words, start, 0 if first_end is None else first_end - 1)
            if plurals and first_end is None:
                first_end = start + 1  # "Apples and pears grows here"
            if first_end is None or first_end >= len(words) or words[first_end].low != "and":
                continue
            second_end = _subject_conjunct_end(words, first_end + 1) or _bare_conjunct_end(words, first_end + 1)
            if second_end is None and plurals and _plural_conjunct(doc, words, first_end + 1, first_end + 1):
                second_end = first_end + 2  # "the girls and boys plays": two plurals, the second bare
            else:
                plurals = False
            if second_end is None or second_end >= len(words) or not words[second_end - 1].joined:
                continue
            second = words[first_end + 1].low
            openers = {words[start].low, second}
            opened = both or bool(openers & (_CONJUNCT_DETERMINERS | _CONJUNCT_PRONOUNS | w.CARDINALS))
            if plurals and not opened and words[second_end].low in TO_PLURAL:
                continue  # "Arts and crafts is my hobby": one thing named by two bare plurals
            determined = opened or plurals
            if not determined or in_quotes(doc, words[0].start):
                continue
            verb = words[second_end]
            plural = TO_PLURAL.get(verb.low) or (
                _lemma_of_third_person(verb.low)
                if _verb_only_third_person(verb.low)
                or _tagged_verb_here(doc, words, second_end)
                or (plurals and _no_verb_after(doc, words, second_end))
                else None
            )
            if plural is None or verb.capitalised:
                continue
            fixed = match_case(plural, verb.text)
            yield self.replace_word(
                verb,
                fixed,
                f"Two subjects joined by 'and' take a plural verb: '{fixed}', not '{verb.text}'.",
                FixSafety.UNSAFE,
            )


def _tagged_verb_here(doc: Document, words: list[Word], index: int) -> bool:
    """A form in -s that is also a plural noun is the verb after two subjects ("he and his wife
    lives in Cardiff") when it is followed like a verb and the tagger reads it as one (not "the
    teacher and the student plans for the year": a compound)."""
    tags = sentence_tags(doc, words)
    if tags[index] != "VBZ":
        return False
    if _verb_here(words, index):
        return True
    # a bare noun as its object ("Anna and her mother cooks dinner"), and no verb later that would make
    # the -s word a compound's noun ("the teacher and the student loans office closed")
    object_noun = index + 1 < len(words) and words[index].joined and w.tags(words[index + 1].low) == {"NOUN"}
    return object_noun and not any(tag.startswith(("VB", "MD")) for tag in tags[index + 1 :])


def _no_verb_after(doc: Document, words: list[Word], index: int) -> bool:
    """Nothing after the -s form at ``index`` is a verb by the tagger (but a bare verb after 'to'),
    and the sentence ends with a full stop: after two plurals ("the girls and boys plays outside.")
    the form is the verb, or the sentence would have none (not "the girls and boys clubs are full")."""
    if "VBZ" not in w.verb_tags(words[index].low) or not ends_like_a_sentence(doc, words):
        return False
    tags = sentence_tags(doc, words)
    return not any(clause_verb(words, tags, later) for later in range(index + 1, len(words)))


def _subject_conjunct_end(words: list[Word], index: int) -> int | None:
    """:func:`_conjunct_end`, and after a determiner also an adjective before the noun ('the chief
    executive', 'her new partner') or a lower-case word the tables do not know ('the physio')."""
    word = words[index] if index < len(words) else None
    if word is None or word.low not in _CONJUNCT_DETERMINERS or index + 2 >= len(words) or not word.joined:
        return _conjunct_end(words, index)
    first, second = words[index + 1], words[index + 2]
    if not first.joined or first.capitalised:
        return None
    if not w.tags(first.low) and first.text.isalpha() and len(first.low) > 3:
        return index + 2  # "the physio": a noun the tables lack
    noun = "NOUN" in w.tags(second.low) and not w.verb_tags(second.low) & _INFLECTED
    if "ADJ" in w.tags(first.low) and second.joined and not second.capitalised and noun and second.low not in _FINITE:
        return index + 3  # "the chief executive", "her new partner"
    # a noun modifier: 'the assistant curator', 'the police chief' ('police' is a bare verb too, no -s or past)
    first_forms = w.verb_tags(first.low)
    modifier = "NOUN" in w.tags(first.low) and not w.is_any_plural(first.low) and not first_forms & _INFLECTED
    be_after = index + 3 < len(words) and second.joined and words[index + 3].low in TO_PLURAL
    if modifier and noun and be_after and not second.capitalised and not w.is_any_plural(second.low):
        return index + 3  # "the assistant curator was": a noun modifier, the head, then 'was' or 'is'
    return _conjunct_end(words, index)


_INFLECTED = frozenset(("VBZ", "VBD", "VBN", "VBG"))
_NAMING_POSSESSIVES = frozenset("his her their".split())


def _plural_conjunct(doc: Document, words: list[Word], start: int, at: int) -> bool:
    """``words[at]`` is a plural noun in small letters (the sentence's first word may be capitalised)
    that is no verb in -s (or one the tagger reads as a plural), and the conjunct opened at
    ``start`` is that noun alone or 'the' or a possessive and it:
    "Apples and pears", "the girls and boys", "our plumbers and electricians" (not "Cats and Dogs is a
    film", "the arts and crafts fair")."""
    if at >= len(words) or not words[at].joined or (at != start and words[start].low not in _CONJUNCT_DETERMINERS):
        return False
    if at - start > 1:
        return False
    word = words[at]
    if word.text != word.low and not (at == 0 and word.text[1:] == word.low[1:]):
        return False
    if not _plural_noun(word.low) or w.is_singular_count_noun(word.low):
        return False
    return not w.verb_tags(word.low) or sentence_tags(doc, words)[at] == "NNS"  # "dogs": the tagger's plural


def _named_person(words: list[Word]) -> bool:
    """The sentence opens with a capitalised word that the tables know only as a noun ('Tom',
    'Bill'), then 'and' and a possessive that looks back to a person: "Tom and his brother"."""
    first = words[0]
    return (
        first.capitalised
        and first.joined
        and w.tags(first.low) == {"NOUN"}
        and words[1].low == "and"
        and words[1].joined
        and words[2].low in _NAMING_POSSESSIVES
    )


_PRONOUN_FORMS = {
    **{(pronoun, verb): fixed for pronoun in ("he", "she", "it") for verb, fixed in TO_SINGULAR.items()},
    **{(pronoun, verb): fixed for pronoun in ("we", "they", "you") for verb, fixed in TO_PLURAL.items()},
    ("i", "is"): "am",
    ("i", "isn't"): "am not",
    ("i", "has"): "have",
    ("i", "does"): "do",
    ("i", "doesn't"): "don't",
}
"""(pronoun, verb) → the verb that pronoun takes, for the nearer of two subjects ("neither you nor she
have" → 'has'); not 'neither she nor I are', which usage accepts (this rule's own good example)."""


_AMOUNT_HEADS = frozenset("amount quantity".split())


def _amount_of_mass(words: list[Word], head_index: int) -> bool:
    """'amount' or 'quantity' and 'of' before a singular noun, no plural ("the amount of sugar in these
    drinks are"): the amount is one thing, whatever number the phrase after it has."""
    if words[head_index].low not in _AMOUNT_HEADS:
        return False
    at = head_index + 2
    if at < len(words) and words[at].low in _OF_OPENERS:
        at += 1
    if at >= len(words):
        return False
    if at + 1 < len(words) and words[at].joined and _plural_noun(words[at + 1].low):
        return False  # "the amount of treasure locations are": a plural head after a modifier
    return "NOUN" in w.tags(words[at].low) and not _plural_noun(words[at].low)


def _modified_plural(words: list[Word], at: int) -> bool:
    """A plural noun that is nothing else at ``at``, after a noun that modifies it, and a word after it:
    'partner agencies' in "nor its partner agencies is"."""
    return (
        at + 1 < len(words)
        and words[at - 1].joined
        and words[at].joined
        and _plural_noun(words[at].low)
        and w.tags(words[at].low) == {"NOUN"}
        and "NOUN" in w.tags(words[at - 1].low)
        and not w.is_any_plural(words[at - 1].low)
    )


def _conjunct_end(words: list[Word], index: int, before: frozenset[str] = frozenset()) -> int | None:
    """Where a subject 'Tina', 'her father' or 'the teacher' that starts at ``index`` ends; with
    ``before``, also a noun and its head when one of those words follows ('the finance director
    nor', 'the assistant coach were')."""
    if index >= len(words) or not words[index].joined:
        return None
    word = words[index]
    if word.low in _CONJUNCT_PRONOUNS and (word.low != "i" or word.text == "I"):
        return index + 1
    if word.low in _CONJUNCT_DETERMINERS:
        noun_at = index + 1
        if noun_at >= len(words) or not words[noun_at].joined:
            return None
        modifier = words[noun_at].low
        gerund = bool(before) and modifier.endswith("ing") and "VBG" in w.verb_tags(modifier)  # "the cleaning fee"
        if "NOUN" not in w.tags(modifier) and not gerund:
            return None
        head = noun_at + 1
        if gerund and not (head + 1 < len(words) and words[head + 1].low in before):
            return None
        if (
            before
            and head + 1 < len(words)
            and words[head].joined
            and words[head + 1].low in before
            and "NOUN" in w.tags(words[head].low)
            and not words[head].capitalised
        ):
            return head + 1  # "the finance director nor", "the project lead or"
        return noun_at + 1
    if word.capitalised and not w.tags(word.low):
        return index + 1  # a name ("Tina"): a word the tables do not know
    return None


_AGREEING_AUXILIARIES = frozenset("is are was were has have does do".split())
"""Verbs whose number shows the subject's, after a compound noun ("nor the assistant coach were")."""
_KIN = frozenset(
    """
    brother sister mother father son daughter wife husband partner uncle aunt cousin nephew niece
    grandmother grandfather grandson granddaughter
    """.split()
)
"""Relatives a second subject names without its own determiner ("my mother and father were"); not
'friend', 'colleague' or 'partner', which may name the first person again ("my friend and colleague is")."""


def _bare_conjunct_end(words: list[Word], index: int) -> int | None:
    """Where a second subject without a determiner ends: a person ('sister' in "my brother and
    sister"), or a number and a plural ('two sons' in "her husband and two sons")."""
    if index + 1 >= len(words) or not words[index].joined or words[index].capitalised:
        return None
    low = words[index].low
    if low in _KIN:
        return index + 1
    if low in w.CARDINALS and words[index + 1].joined and _plural_noun(words[index + 1].low):
        return index + 2
    return None


_IRREGULAR_PLURALS = w.IRREGULAR_PLURALS | frozenset(("criteria", "phenomena"))
"""Plurals the word tables do not mark as such. Not 'data', 'media' or 'bacteria': a singular verb
with them is common in edited prose."""


_SENTENCE_CONJUNCTIONS = frozenset("and but so".split())


def _bare_head_at(words: list[Word]) -> int:
    """Where a bare plural that opens a sentence stands: first, or second after 'And', 'But', 'So'
    or an adjective ("And details is the key", "Endangered animals is a problem"; the tagger must
    agree that it is one). In second place it must be lower case: "Endangered Animals is" may be a
    title."""
    if len(words) < 4 or not words[0].joined or words[1].text != words[1].low:
        return 0
    first = words[0].low
    if first in _SENTENCE_CONJUNCTIONS:
        return 1
    return 1 if "ADJ" in w.tags(first) or "VBN" in w.verb_tags(first) else 0  # the tagger confirms it


def _plural_noun(low: str) -> bool:
    return w.is_plural_noun(low) or low in _IRREGULAR_PLURALS


def _plural_before_participle(words: list[Word], index: int, head_index: int) -> bool:
    """'letters', 'goods', 'glasses': a plural that the tables also list as a noun of its own ('a man
    of letters'), read as the plural right after the determiner when a participle follows it ("the
    letters sent to the mayor was"); not a noun in -s that is singular ('means', 'series')."""
    low = words[head_index].low
    if head_index != index + 1 or head_index + 1 >= len(words) or not words[head_index].joined:
        return False
    return "VBN" in w.verb_tags(words[head_index + 1].low) and _plural_reading(low)


def _unlisted_plural(word: Word) -> bool:
    """A lower-case word in -s that the tables do not know, whose singular they do not know either
    ('smoothies', 'kombuchas'): after 'each of the' only a plural stands, and a word the tables lack
    is read by its ending. Not 'ss', 'us', 'is' ('bonus', 'analysis')."""
    low = word.low
    if word.text != low or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s")) or not low.isalpha():
        return False
    return not w.tags(low) and not w.tags(low[:-3] + "y" if low.endswith("ies") else low[:-1])


def _plural_reading(low: str) -> bool:
    """'letters', 'goods', 'courses': a word in -s that the tables list as a noun of its own too, and
    as the plural of another noun; after a determiner, before a participle or 'that', the plural."""
    if not low.endswith("s") or low.endswith(("ss", "ics", "us", "is", "ous")) or low in w.SINGULAR_IN_S:
        return False
    lemmas = w.parts_of_speech(low).get("NOUN", ())
    return any(low in w.noun_inflections(lemma).get("NNS", ()) for lemma in lemmas if lemma != low)


_NOT_BARE_SUBJECTS = frozenset(
    "sales thanks congratulations regards damages premises savings earnings odds windows lots loads heaps tons".split()
)
"""Plurals that open a sentence as one thing or a set phrase ("Sales is down", "Thanks is due")."""
_APP_NAME_PLURALS = frozenset(
    """settings preferences options tools favorites favourites bookmarks downloads documents photos messages
    contacts notes reminders maps files extensions shortcuts podcasts pages numbers operations communications
    admissions logistics""".split()
)
"""Plurals that name one app, menu, folder or department when they open a sentence with a verb in -s
("Settings opens", "Photos shows", "Operations reports to the COO")."""
_MEASURES = frozenset("years months weeks days hours minutes miles dollars pounds percent tonnes".split())
_PRODUCT_VERBS = frozenset("lets gives helps allows makes enables brings keeps offers provides".split())
"""Verbs of what a product does for its user ('lets you', 'makes it easy'): after a sentence-opening
plural with a capital they tell of a named product ('Diagrams lets you draw'), not of many things."""


_FIELD_PLURALS = frozenset(
    """relations affairs resources operations services communications studies arts sciences humanities
    graphics logistics electronics events rights works""".split()
)
"""Plurals that end the name of a department, a field or a trade ("Human resources is", "Public
relations is", "Social studies is", "Consumer electronics is"): one thing, whatever the modifier."""
_INTRANSITIVE_PARTICIPLES = frozenset(
    """rising falling soaring mounting growing dwindling surging plunging existing remaining emerging
    lingering ageing aging worsening spiralling spiraling escalating""".split()
)
"""Present participles that describe a noun ("rising costs") and take no object, so they open no
gerund phrase ("Raising taxes is", a gerund, is singular)."""
_COMPARATIVE_OPENERS = frozenset("more fewer less higher lower longer shorter bigger smaller better worse".split())


def _may_open_bare_plural(words: list[Word], start: int) -> bool:
    """A cheap sift by the word tables for :meth:`PluralSubjectAgreement._modified_bare_start`: a
    plural noun among the first four words from ``start``, in lower case after the first, after
    words that may modify it (no determiner, number or pronoun: most sentences stop at their first
    word) and followed by a word that may be a verb in -s (or 'is', 'was', 'has' …) or a preposition."""
    for at in range(start, min(start + 4, len(words) - 1)):
        word = words[at]
        low = word.low
        if low in _NOT_BARE_OPENERS or (at > 0 and word.text != low):
            return False
        if _plural_noun(low):
            following = words[at + 1].low
            return (
                following in TO_PLURAL
                or following in _BARE_PHRASE_PREPOSITIONS
                or bool(w.verb_tags(following) & _VBZ_OR_PARTICIPLE)
            )
        if not word.joined or not w.tags(low) & _MODIFIER_CLASSES:
            return False
    return False


_MODIFIER_CLASSES = frozenset(("ADJ", "NOUN", "VERB"))
_VBZ_OR_PARTICIPLE = frozenset(("VBZ", "VBG", "VBN"))


def _bare_modifier(word: Word, tag: str) -> bool:
    """A word before a bare plural that opens a sentence: an adjective, a noun or a past participle
    as the tagger reads it, or a participle of :data:`_INTRANSITIVE_PARTICIPLES`; not a comparative
    ("More cars means more traffic" takes the singular by sense), nor a word in -ing otherwise (a
    gerund: "Selling cars makes money")."""
    low = word.low
    if low in _COMPARATIVE_OPENERS or tag in ("JJR", "JJS"):
        return False
    if low.endswith("ing"):
        return low in _INTRANSITIVE_PARTICIPLES
    if low in w.DETERMINERS or low in w.CARDINALS:
        return False
    if tag == "NN":  # a singular noun the tables know ("thanks guys goes": a greeting)
        return "NOUN" in w.tags(low) and not _plural_noun(low)
    return (tag == "JJ" and "ADJ" in w.tags(low)) or (tag == "VBN" and "VBN" in w.verb_tags(low))


_BARE_PHRASE_PREPOSITIONS = frozenset("in at across on around near throughout of from for with".split())


def _verb_past_bare_phrase(words: list[Word], tags: list[str], at: int, doc: Document) -> tuple[int, bool]:
    """Where the verb stands after the phrases that follow a bare plural from ``at``: prepositional
    phrases and a participle's phrase, every word one a noun phrase or a participle has by the
    tagger, in lower case, with no comma, no measure and no word that opens a clause ("Officials in
    the city says", "Tenants living in the older wing says", "Property taxes for homeowners in the
    townships is"): the first 'is', 'was', 'has', 'does' or verb in -s after a noun. (A name in the
    phrase may make the whole a title: "Ecologies of Resistance illustrates".) A relative clause
    between commas may close the phrases, and then only 'is', 'was', 'has' or 'does' after it is
    read ("Applications for the program, which includes a stipend, is due"). (0, False) when no verb
    is found; the second item tells whether the verb follows such a relative clause."""
    for end in range(at, min(at + _BARE_PHRASE_WORDS, len(words))):
        word = words[end]
        if end > at and not words[end - 1].joined:
            if end > at + 1 and word.low in _COMMA_RELATIVES and tags[end - 1] in ("NN", "NNS"):
                after = _past_insertion(doc, words, end)
                if after is not None and words[after].low in TO_PLURAL:
                    return after, True
            return 0, False
        if end > at + 1 and (word.low in TO_PLURAL or tags[end] == "VBZ"):
            return (end, False) if tags[end - 1] in ("NN", "NNS") else (0, False)
        if word.text != word.low or word.low in _PHRASE_STOPS or word.low in _MEASURES:
            return 0, False
        if tags[end] not in _BARE_PHRASE_TAGS:
            return 0, False
    return 0, False


_BARE_PHRASE_WORDS = 12
_COMMA_RELATIVES = frozenset(("which", "who"))
_BARE_PHRASE_TAGS = frozenset("DT PRP$ CD JJ JJR JJS NN NNS IN POS RB VBG VBN".split())


_NAME_PARTICIPLES = frozenset(
    "described known regarded considered remembered credited celebrated called nicknamed located situated based".split()
)
"""Participles that say what a person or a place is known as or where it lies ("Wells is located in
Somerset"): after them a plural common noun as the subject makes no sense ("Prices is located")."""


def _described_as_name(words: list[Word], at: int) -> bool:
    """One of :data:`_NAME_PARTICIPLES` at ``at``, maybe after one mid adverb ('often', 'best',
    'widely'), all joined: the sentence describes a name, whose plural look says nothing of number."""
    if at < len(words) and words[at].low in _NAME_ADVERBS and words[at - 1].joined:
        at += 1
    return at < len(words) and words[at - 1].joined and words[at].low in _NAME_PARTICIPLES


_NAME_ADVERBS = w.MID_ADVERBS | frozenset("best widely commonly generally locally sometimes".split())


def _surname_reading(words: list[Word]) -> bool:
    """A capitalised plural opening a sentence, a verb in -s that is no auxiliary, and its object
    opened by a determiner or a name ("Rivers runs the shop", "Parsons joins the board", "Highlands
    gets a lot of rain"): the subject reads as a surname or a place as well as a plural, and a slip
    of number there is rarer than the name ("Cats sleeps all day", "Prices is rising" have none)."""
    verb, following = words[1], words[2]
    if not words[0].low.endswith("s"):
        return False  # "Children loves the playground": no surname
    if verb.low in TO_PLURAL or not verb.joined or _time_phrase_then_end(words, 1):
        return False  # "Prices rises every year": a phrase of time, no object
    return following.low in w.DETERMINERS or (following.capitalised and following.text != following.low)


def _acronym_pronoun(words: list[Word], index: int) -> bool:
    """The pronoun at ``index`` is written in capitals in a sentence that has lower case too ('IT
    staff', 'HE funding'): an acronym (information technology, higher education). A sentence all in
    capitals is shouted, and its pronouns stay pronouns ('HE GO HOME')."""
    text = words[index].text
    return len(text) > 1 and text.isupper() and any(word.text != word.text.upper() for word in words)


def _name_more_than_plural(low: str) -> bool:
    """A capitalised plural that opens a sentence is a name when the web writes it far more often
    than its singular ('Wales' and 'wale', 'Jones' and 'jone', 'Physics' and 'physic'): a plural
    common noun is about as common as its singular ('prices', 'price'). Asked only of a sentence's
    first word, before a singular verb."""
    from ._ngrams import web_word_count

    plural = web_word_count(low)
    singulars = [lemma for lemma in w.parts_of_speech(low).get("NOUN", ()) if lemma != low]
    if plural is None or not singulars:
        return False
    singular = max((web_word_count(lemma) or 0.0) for lemma in singulars)
    return plural - singular > 2.0


_CLAUSE_WORDS = frozenset(
    "whether if when because that while since where although though unless until whereas but".split()
)
"""Words after which a noun phrase opens a clause of its own ("where the gases prevents")."""
_NOT_BARE_OPENERS = w.DETERMINERS | w.CARDINALS | w.SUBJECT_PRONOUNS | w.PREPOSITIONS | _CLAUSE_WORDS
"""Words that cannot stand before a bare plural opening a sentence ("The plans …", "In May …")."""


def _plain_plural_next(words: list[Word], index: int) -> bool:
    """A plural that is no verb in -s follows ``words[index]`` ("that animals", not "that counts")."""
    if index + 1 >= len(words):
        return False
    low = words[index + 1].low
    return _plural_noun(low) and "VBZ" not in w.verb_tags(low)


_REPORTING_VERBS = frozenset(
    "said says warned warns added adds insisted insists argued argues claimed claims noted notes reported".split()
)
"""Verbs of saying after which a bare plural opens the reported clause, without 'that' ("officials said
prices has risen"): read only when 'is', 'was', 'has' or 'does' follows the plural at once."""


def _saying_verb(doc: Document, words: list[Word], index: int) -> bool:
    """The verb of saying at ``index`` is its clause's finite verb after its subject ("officials said",
    "the report notes"): not a participle before a noun ("the number of reported burglaries has")."""
    if index == 0 or not words[index - 1].joined:
        return False
    subject = words[index - 1].low
    if not (subject in w.SUBJECT_PRONOUNS or ("NOUN" in w.tags(subject) and subject not in w.DETERMINERS)):
        return False
    return sentence_tags(doc, words)[index] in ("VBD", "VBZ", "VBP")


def _auxiliary_after_plural(words: list[Word], index: int) -> bool:
    """A plain plural noun, then a singular auxiliary, follow ``words[index]`` ("said prices has")."""
    if index + 2 >= len(words) or not words[index + 1].joined:
        return False
    low = words[index + 1].low
    if low in _APP_NAME_PLURALS or low in _MEASURES:
        return False  # "said operations is moving", "said years is too long": a department, a span
    return words[index + 2].low in TO_PLURAL and _plural_noun(low)


_BARE_OPENERS = _CLAUSE_WORDS - {"but"}
"""Words before a bare plural that opens a clause ("that animals is"; "the one that counts is" is
left alone by :meth:`PluralSubjectAgreement._at`: a verb in -s the tagger reads as one). Not 'but'."""
_PREDETERMINERS = frozenset(("all", "both"))
_AFTER_ALL = frozenset("the these those my your his her our their".split())
_PLURAL_QUANTIFIERS = frozenset("many few various numerous several countless".split())
"""Quantifiers between a determiner and a plural head: "the many achievements of the team"."""


_INTRODUCTORY = frozenset("each every last this next on in during after before since by at for over".split())
"""Words that open a sentence's short phrase of time or place before its subject ("Each summer, the
volunteers …", "On Monday, the councillors …")."""


def _after_introduction(doc: Document, tokens: list[Word], position: int) -> bool:
    """The sift for :func:`_after_opening_phrase` on the flat token list: a comma before ``position``,
    and a sentence that opened at most six tokens back with a word of :data:`_INTRODUCTORY`."""
    if doc.text[tokens[position - 1].end] != ",":
        return False
    for back in range(position - 1, max(-1, position - 7), -1):
        if tokens[back].sentence_start:
            return tokens[back].low in _INTRODUCTORY
    return False


def _after_opening_phrase(doc: Document, words: list[Word], index: int) -> bool:
    """``words[index]`` follows the sentence's only comma so far, which closes a phrase of up to five
    words opened by a preposition or a word of time, with no word in it that is only a verb or a
    subject pronoun: the subject of the main clause starts here ("Each summer, the volunteers gathers")."""
    if not 2 <= index <= 6 or words[0].low not in _INTRODUCTORY or words[index - 1].joined:
        return False
    if doc.text[words[index - 1].end : words[index].start].strip() != ",":
        return False
    if not all(word.joined for word in words[: index - 1]):
        return False  # "In May, June, the …": a list, not one phrase
    return not any(_verb_only(word.low) for word in words[1:index])  # by the tables: the tagger is dear here


def _verb_only(low: str) -> bool:
    """A word the tables know only as a verb, or an auxiliary ("After we left, …" has a clause)."""
    return low in w.AUXILIARIES or low in w.SUBJECT_PRONOUNS or w.tags(low) == {"VERB"}


def _opens_clause(words: list[Word], index: int) -> bool:
    previous = words[index - 1]
    if previous.joined and previous.low == "which":
        return index > 1 and words[index - 2].joined and words[index - 2].low in w.PREPOSITIONS  # "in which the"
    if previous.low == "but" and index > 1 and words[index - 2].low in _BUT_HEADS:
        return False  # "Everyone but the twins was invited": 'but' is a preposition here
    if previous.joined and previous.low in _WH_CLAUSE_WORDS:
        return words[index].low in _WH_SUBJECT_OPENERS  # not "How many hours does a scientist work?"
    if previous.joined and previous.low in _THINKING_VERBS and index > 1:
        return words[index - 2].joined and words[index - 2].low in _THINKERS  # "I think the dogs helps us"
    return previous.joined and previous.low in _CLAUSE_WORDS


_CONTACT_SUBJECTS = frozenset("i we you they he she".split())
_CONTACT_CLAUSE_WORDS = 6
"""Words a contact relative clause may take after its verb before the main verb ('we received this week')."""


def _verb_after_contact_clause(words: list[Word], start: int) -> int | None:
    """Where 'are', 'were' or 'have' stands after a relative clause with no 'that' opening at ``start``
    (a subject pronoun, its verb and a few words: "each of the guesthouses we stayed in were run"), none
    of them a finite verb or a word that opens another clause. Not after a verb of thinking or saying,
    whose clause may take the plural as its own subject ("one of the things I think are important")."""
    verb_at = start + 1
    if verb_at >= len(words) or not words[start].joined or not words[verb_at].joined:
        return None
    verb = words[verb_at].low
    if verb in _THINKING_VERBS or verb in _OF_PLURAL_VERBS or not w.verb_tags(verb) & {"VBD", "VBP"}:
        return None
    for at in range(verb_at + 1, min(verb_at + 1 + _CONTACT_CLAUSE_WORDS, len(words))):
        low = words[at].low
        if low in _OF_PLURAL_VERBS:
            return at if not words[at].capitalised else None
        if not words[at].joined or low in w.MODALS or low in _CONTACT_CLAUSE_ENDS or w.plainly_finite(low):
            return None
    return None


def _verb_after_clause(doc: Document, words: list[Word], start: int) -> int | None:
    """Where 'are', 'were' or 'have' stands after a clause that opens at ``start``, after the plural of
    'one of the …s': a plain relative clause ("one of the volunteers who organize the clothing drive are",
    :func:`._clause_time.relative_clause_end`), or a contact clause whose subject is a bare plural, with
    or without an adjective ("one of the most common mistakes new gardeners make are")."""
    if start >= len(words) or words[start].capitalised:
        return None
    if not any(word.low in _OF_PLURAL_VERBS for word in words[start + 1 :]):
        return None  # no 'are', 'were' or 'have' to find: the tagger need not read the sentence
    tags = sentence_tags(doc, words)
    if words[start].low in RELATIVES:
        end = relative_clause_end(words, tags, start)
        if end == start + 2 and w.tags(words[start + 1].low) != {"VERB"}:
            return None  # "one of the reasons that fish are important is": the one word may be the subject
    else:
        subject = start + 1 if tags[start] == "JJ" and start + 1 < len(words) and words[start].joined else start
        if subject >= len(words) or tags[subject] != "NNS" or words[subject].capitalised:
            return None
        end = _verb_after_contact_clause(words, subject)
        if end is not None and tags[subject + 1] not in ("VBP", "VBD"):
            return None  # the tagger must read the clause's verb as one ("the mistakes new gardeners make")
    if end is None or end >= len(words) or words[end].low not in _OF_PLURAL_VERBS or words[end].capitalised:
        return None
    return end if words[end - 1].joined else None


_CONTACT_CLAUSE_ENDS = frozenset("that which who whom whose and or but because when if".split())
_THINKING_VERBS = frozenset(
    """think thinks thought suppose supposed guess guessed reckon reckoned hope hoped believe believed
    say said doubt doubted""".split()
)
"""Verbs that take a clause without 'that': after a pronoun and one of them ("I think", "she said")
a determiner opens the clause's subject, whose verb the rule checks like any other."""
_THINKERS = w.PERSON_SUBJECTS


_WH_CLAUSE_WORDS = frozenset(("what", "how", "why"))
"""Question words before a determiner: the noun phrase after them is the subject of their clause
("what the dogs eat", "how the engines keep running"); 'what' is never a determiner before 'the'."""
_BEFORE_CLAUSE = _CLAUSE_WORDS | _WH_CLAUSE_WORDS | _THINKING_VERBS | frozenset(("which", "but"))
"""Every word after which :func:`_opens_clause` may find a clause opening (a sift: it decides)."""
_WH_SUBJECT_OPENERS = frozenset("the these those my your his her our their".split())
"""After a question word, only these open its clause's subject: 'how many', 'what few' are the
question's own words ("How many stations is the journey?")."""


_RELATIVE_THAT = frozenset(("that", "which", "who"))


_RELATIVE_HEAD_OPENERS = frozenset("the these those this my your his her our their its".split())
_PLURAL_DEMONSTRATIVES = frozenset(("these", "those"))
_MAIN_BE = frozenset("is are was were has have isn't aren't wasn't weren't hasn't haven't doesn't don't".split())
_CLAUSE_TAKERS = w.CLAUSE_VERBS | frozenset(
    "prove reveal indicate imply predict learn discover notice decide ask wonder understand remember forget".split()
)
"""Verbs that take a clause: after them 'are' may be the clause's own verb ("the study that found the
drugs are safe"), not the main verb."""
_TIMES_BEFORE_CLAUSE = (
    w.TIME_NOUNS | _SPANS_OF_TIME | _MEASURES | frozenset("way reason moment time times euros cents".split())
)
"""Heads that open a sentence as an adverbial before its own subject ("These days we …", "The way
I see it, …"), so a pronoun after them need not open a relative clause, and amounts taken as one
("The ten dollars I lent him was never repaid")."""
_RELATIVE_BREAKS = frozenset("and or but nor that which who whom whose when where if because than as".split())
_RELATIVE_SUBJECT_PRONOUNS = frozenset("i you we they he she".split())


def _relative_clause_end(doc: Document, words: list[Word], index: int, lexical: bool = False) -> int | None:
    """Where the main verb stands after the relative clause that 'who', 'that' or 'which' at ``index``
    opens: the clause is its finite verb (the tagger's), straight after the pronoun ("that arrived")
    or after a subject pronoun ("that I saw"), and then up to five words of an object or a phrase
    (determiners, adjectives, nouns, prepositions, adverbs: "this morning", "the shops"); the next word
    must be 'is', 'are', 'was', 'were', 'has' or 'have', and the sentence holds no comma before it.
    Not after a verb that takes a clause ("the study that found the drugs are safe"), nor with 'and'
    or 'or' in the clause ("who runs the shop and her husband are"): the verb may not be the main one.
    With ``lexical`` (the subject is 'everyone', 'anyone' …), the main verb may be any bare present
    form after a noun, a pronoun or an adverb, not after 'to', a modal or a verb ("Everyone who
    attended the workshops say", "Anyone who orders before noon get"; not "who wants to help bring")."""
    at = index + 1
    if at < len(words) and words[at].low in _RELATIVE_SUBJECT_PRONOUNS and words[index].joined:
        at += 1  # "that I saw": the clause's own subject
    if at + 2 >= len(words) or words[at].capitalised:
        return None
    low = words[at].low
    if low in w.AUXILIARIES or low in _MAIN_BE or any(lemma in _CLAUSE_TAKERS for lemma in w.verb_lemmas(low)):
        return None
    be_after = next(
        (
            i
            for i in range(at + 2, min(at + 9, len(words) - 1))
            if words[i].low in _MAIN_BE or (lexical and third_person_of_base(words[i].low, object_after=True))
        ),
        None,
    )
    if be_after is None or not all(word.joined for word in words[at : be_after + 1]):
        return None  # no 'is', 'are' … for the clause to end at, or a comma first: the tagger need not be asked
    tags = sentence_tags(doc, words)
    if tags[at] not in ("VBD", "VBZ", "VBP"):
        return None
    for verb_index in range(at + 1, min(at + 9, len(words) - 1)):
        if not words[verb_index - 1].joined:
            return None
        word = words[verb_index]
        if word.low in _MAIN_BE:
            if verb_index == at + 1:
                return None  # "the man who came was": a verb right after, read by the other checks
            return verb_index if words[verb_index].joined else None
        named_day = word.low in w.DAY_NAMES or word.low in w.MONTHS  # "for the Thursday workshop"
        if lexical and _main_bare_verb(words, tags, verb_index, at):
            return verb_index
        if (
            word.low in _RELATIVE_BREAKS
            or (word.capitalised and not named_day)
            or tags[verb_index].startswith(("VB", "MD"))
        ):
            return None
        if not (
            word.low in w.DETERMINERS
            or word.low in w.PREPOSITIONS
            or word.low in w.OBJECT_PRONOUNS
            or tags[verb_index].startswith(("NN", "JJ", "RB", "CD", "PRP", "RP"))
        ):
            return None  # (a particle counts: "who signed up for the workshop is")
    return None


def _main_bare_verb(words: list[Word], tags: list[str], verb_index: int, clause_verb: int) -> bool:
    """The word at ``verb_index``, after a relative clause whose verb is at ``clause_verb``, is a bare
    present form the tagger reads as a verb, after a noun, a pronoun, an adverb or a particle (not after
    'to', a modal or another verb, whose complement it may be: "who wants to help bring"), and no word
    that addresses the reader ('please')."""
    if verb_index <= clause_verb + 1 or tags[verb_index] not in ("VB", "VBP") or words[verb_index].low in _ADDRESSING:
        return False
    if not tags[verb_index - 1].startswith(("NN", "PRP", "RB", "RP", "CD")) or words[verb_index - 1].low in w.MODALS:
        return False
    return third_person_of_base(words[verb_index].low, object_after=True) is not None


_ADDRESSING = frozenset(("please", "kindly"))


def _past_phrase(words: list[Word], index: int, doc: Document | None = None) -> tuple[int | None, bool]:
    """Where the verb stands: ``index``, or after a phrase such as 'of war' or 'in Asia' (with
    ``doc``, a noun-or-verb in -s before an adverb ends the phrase too: "of the city stays here")."""
    if index >= len(words):
        return None, False
    low = words[index].low
    determined = index + 1 < len(words) and words[index].joined and _determines(words[index + 1].low)
    if low not in _PHRASE_PREPOSITIONS and not (low in _DETERMINED_PREPOSITIONS and determined):
        return index, False
    for end in range(index + 1, min(index + 7, len(words) - 1)):
        word = words[end]
        if not words[end - 1].joined:
            return None, False
        if word.low in _RELATIVE_THAT and end > index + 1:
            return None, False  # "the origins of a movement that was": a clause of the phrase's own
        if word.capitalised or _in_phrase(words, end):
            if not word.joined:
                return end + 1, True  # "the dogs of war, finally, are": the insertion is judged next
            following = words[end + 1]
            if not _in_phrase(words, end + 1):
                return end + 1, True
            if word.low in w.DETERMINERS:
                continue  # "the details of the documents on": no verb right after a determiner
            if "VBZ" in w.verb_tags(following.low) and (
                followed_like_a_verb(words, end + 1)
                or _time_phrase_then_end(words, end + 1)
                or (doc is not None and _adverb_then_end(doc, words, end + 1))
                or (doc is not None and _tagged_phrase_end(doc, words, end))
            ):
                return end + 1, True  # "the dogs of war barks loudly": a noun-or-verb used as the verb
            continue
        return None, False
    return None, False


def _participle_before_by(words: list[Word], at: int) -> bool:
    """A past form before 'by' ("schools affected by the failure"): after a plural in an 'of' phrase,
    the participle of a passive phrase, since a finite verb there would take no 'by' and no object."""
    found = w.verb_tags(words[at].low)
    return bool(found) and found <= {"VBD", "VBN"} and at + 1 < len(words) and words[at + 1].low == "by"


def _in_phrase(words: list[Word], at: int) -> bool:
    """``words[at]`` belongs to a phrase after a preposition, no verb: a determiner, a modifier, a
    number, an ordinal or a participle after a determiner or a number ("to the two damaged ferries")."""
    low = words[at].low
    if low in w.DETERMINERS or _modifier(low) or w.is_numeral(low) or _unknown_after_determiner(words, at):
        return True  # (a word the tables lack after 'the', 'this': a noun, "about this campsite")
    before = words[at - 1].low
    if low in w.ORDINAL_WORDS and before in w.DETERMINERS:
        return True  # "on the third floor": the tables know 'third' only as a verb and an adverb
    return (before in w.DETERMINERS or w.is_numeral(before)) and _attributive_participle(words, at)


def _determines(low: str) -> bool:
    """A determiner, or a plural that is only a noun, after a preposition that opens a phrase only so
    ("the answers to the questions", "complaints about collections")."""
    return low in w.DETERMINERS or (w.is_plural_noun(low) and w.tags(low) == {"NOUN"})


def _clause_ends(doc: Document, words: list[Word], at: int) -> bool:
    """``words[at]`` ends its sentence or is followed by a comma or a semicolon."""
    return at == len(words) - 1 or not words[at].joined


def _tagged_phrase_end(doc: Document, words: list[Word], end: int) -> bool:
    """The tagger reads the phrase's noun at ``end`` as a singular noun and the -s word after it as
    a verb, and nothing after that as a verb: "the teachers at our school works very hard"."""
    # the clause ends at the first punctuation mark: a reporting tail ("…, the utility said") has its own verb
    clause_end = next((at + 1 for at in range(end + 1, len(words)) if not words[at].joined), len(words))
    if any(_may_be_plural_verb(words[at].low) and not _noun_after(words, at) for at in range(end + 2, clause_end)):
        return False  # "the fans of the home runs every season cheer": the plural's verb may come later
    tags = sentence_tags(doc, words)
    if tags[end] != "NN" or tags[end + 1] != "VBZ":
        return False
    return not any(tag.startswith(("VB", "MD")) for tag in tags[end + 2 : clause_end])


def _noun_after(words: list[Word], at: int) -> bool:
    """The word before ``at`` makes a noun-or-verb there a noun: a determiner, a preposition, an ordinal
    ('every lecture', 'after school', 'in third and fourth grade')."""
    before = words[at - 1].low
    return before in _NOUN_BEFORE_WORDS or before in w.ORDINAL_WORDS


_NOUN_BEFORE_WORDS = w.DETERMINERS | w.PREPOSITIONS
"""Words after which a noun-or-verb is a noun ('every lecture', 'after school')."""


def _may_be_plural_verb(low: str) -> bool:
    """A finite auxiliary, or a bare present that is no adjective or adverb ('cheer'; not 'long', 'hard')."""
    return low in _FINITE or ("VBP" in w.verb_tags(low) and not w.tags(low) & {"ADJ", "ADV"})


def _past_second_phrases(words: list[Word], index: int) -> int | None:
    """Where the verb stands after up to two more phrases that open at ``words[index]`` ("on the
    table" after "the apples in the basket"; "of the street" after "the buildings on the left
    side"): ``index`` itself when no phrase opens there, None when a phrase does not end in time."""
    for _ in range(2):
        low = words[index].low
        if low not in _PHRASE_PREPOSITIONS and low not in _DETERMINED_PREPOSITIONS:
            return index
        found, _crossed = _past_phrase(words, index)
        if found is None or found == index:
            return None
        index = found
        if not words[index - 1].joined:
            return index  # an insertion follows: the caller judges it
    return index


def _reduced_relative_end(doc: Document, words: list[Word], head_index: int) -> int | None:
    """Where the main verb stands after a participle and its phrase that follow the head ("the goods
    sold in this shop is", "the children playing in the garden is", "the measures announced by the
    minister yesterday has"): the participle the tagger reads as one (a past only when the word is a
    participle too), a phrase that a preposition opens (:func:`_past_phrase`), maybe a time word, and
    then 'is', 'was', 'has' or 'does' (or their negatives): a verb that cannot be the phrase's noun."""
    at = head_index + 1
    if at + 3 >= len(words) or not words[at].joined or words[at].capitalised:
        return None
    found = w.verb_tags(words[at].low)
    if not found & {"VBN", "VBG"} or words[at + 1].low not in _AFTER_HEAD_PREPOSITIONS:
        return None
    verb_index, crossed = _past_phrase(words, at + 1)
    if verb_index is None or not crossed or verb_index >= len(words) or not words[verb_index - 1].joined:
        return None
    if words[verb_index].low in _TIME_AFTER_PHRASE and verb_index + 1 < len(words) and words[verb_index].joined:
        verb_index += 1  # "announced by the minister yesterday has"
    if words[verb_index].low not in TO_PLURAL:
        return None
    tag = sentence_tags(doc, words)[at]  # asked last: the tagger reads only the sentences that get this far
    return verb_index if tag in ("VBN", "VBG") or (tag == "VBD" and "VBN" in found) else None


_INSERTION_OPENERS = (
    frozenset(
        "which who whose whom mostly mainly largely especially including like such for however finally "
        "though too also meanwhile then moreover therefore instead nonetheless nevertheless says said "
        "as regardless despite unlike according".split()
    )
    | w.SUBJECT_PRONOUNS
    | w.CARDINALS  # an apposition that counts: "the dogs, two dachshunds, were"
    | frozenset(("both", "all"))
)
_LONGEST_INSERTION = 15
_PAST_TIMES = frozenset("last yesterday earlier recently".split())
"""Times after a participle that opens an insertion ("the article, published last week, …")."""


def _past_insertion(doc: Document, words: list[Word], index: int) -> int | None:
    """Where the verb stands after an insertion between commas that opens at ``words[index]``
    ("the dogs, which are trained to detect food, patrol"; "the dogs, Bob and Ben, are";
    "the users, for example, want"): the word after the closing comma, or None.

    The insertion must open like one (a relative pronoun, a linking adverb, an -ly adverb, a name
    or a determiner) and hold no other mark than its two commas; a list ("the dogs, cats and
    horses") has no closing comma before its verb and is left alone.
    """
    if doc.text[words[index - 1].end : words[index].start].strip() != ",":
        return None
    opener = words[index]
    if not (
        opener.low in _INSERTION_OPENERS
        or opener.low in w.DETERMINERS
        or (opener.low.endswith("ly") and "ADV" in w.tags(opener.low))
        or opener.capitalised  # a name: the insertion does not open a sentence
        or _described_insertion(doc, words, index)
    ):
        return None
    for end in range(index, min(index + _LONGEST_INSERTION, len(words) - 1)):
        if words[end].joined:
            continue
        if doc.text[words[end].end : words[end + 1].start].strip() != ",":
            return None
        return end + 1
    return None


_AFTER_INSERTED_VERB = _OBJECT_OR_TO | w.CARDINALS | w.PREPOSITIONS - {"of"} | frozenset(("both", "all"))
"""Words that follow a bare verb after an insertion: an object, 'to' or a phrase ("the report, published
on Monday, show that …", "… complain about the noise"); a noun there would make the bare word a noun too
("a lamp, water bottles")."""


def _base_after_insertion(words: list[Word], verb_index: int) -> str | None:
    """'show' → 'shows' for a bare verb after an insertion about a singular head, when an object,
    'to' or a preposition follows it on the same clause ("the study, funded by a charity, suggest that")."""
    if verb_index + 1 >= len(words) or not words[verb_index].joined:
        return None
    following = words[verb_index + 1].low
    if w.tags(words[verb_index].low) != {"VERB"} and following not in _AFTER_INSERTED_VERB:
        return None  # a noun too: "a stove, a lamp, water bottles and food"
    if following in ("and", "or", "nor"):
        return None
    return third_person_of_base(words[verb_index].low)


_INSERTED_QUANTITIES = frozenset("most many some several none each half".split())
"""Quantities that open an insertion about the head ("the houses, most of them empty, are")."""


def _described_insertion(doc: Document, words: list[Word], index: int) -> bool:
    """The insertion at ``words[index]`` opens with a quantity and 'of' ("most of them empty") or
    with a participle or an adjective the tagger reads as one before a phrase ("published on
    Monday", "led by Ms Park", "tired after the match"): it describes the head before it."""
    opener = words[index]
    if index + 1 >= len(words) or not opener.joined:
        return False
    if opener.low in _INSERTED_QUANTITIES:
        return words[index + 1].low == "of"
    if words[index + 1].low not in w.PREPOSITIONS and words[index + 1].low not in _PAST_TIMES:
        return False
    participle = "VBN" in w.verb_tags(opener.low)
    if not participle and "ADJ" not in w.tags(opener.low):
        return False
    # the tagger does not see the comma: it may read the participle as a past ("The players, tired after …")
    return sentence_tags(doc, words)[index] in (("VBN", "VBD", "JJ") if participle else ("JJ",))


def _base_then_object(words: list[Word], index: int) -> bool:
    """A bare verb at ``index`` with what a verb takes after it: a determiner's or an adjective's
    object, an -ly adverb, an -ing form that is only a verb's, or 'to' and a bare verb ("show
    significant changes", "offer a discount", "support exporting", "want to talk")."""
    if index + 1 >= len(words) or not words[index].joined:
        return False
    following = words[index + 1].low
    if following == "to" and index + 2 < len(words) and words[index + 1].joined:
        return "VB" in w.verb_tags(words[index + 2].low)
    if w.tags(following) == {"VERB"} and w.verb_tags(following) == {"VBG"}:
        return True
    return following in w.DETERMINERS or w.tags(following) == {"ADJ"} or w.only_adverb_in_ly(following)


def followed_like_a_verb(words: list[Word], index: int) -> bool:
    """A form in -s that is also a noun ("barks") reads as the verb before an -ly adverb, an object
    or a preposition, or at the end of the sentence."""
    if index + 1 >= len(words) or not words[index].joined:
        return index + 1 >= len(words)
    following = words[index + 1].low
    if w.tags(following) == {"ADJ"}:
        return True  # "the children in the picture looks happy": a linking verb and its adjective
    return (following.endswith("ly") and "ADV" in w.tags(following)) or following in _VERB_AFTER_EVIDENCE


_EVERY = frozenset("every each all".split())
_TIME_UNITS = frozenset("day night week month year morning evening afternoon summer winter weekend season".split())
_PERIODIC_ADVERBS = frozenset("daily nightly weekly monthly yearly annually".split())
_PLURAL_VERBS_LATER = frozenset("are were have do don't aren't weren't".split())


def _time_phrase_then_end(words: list[Word], index: int) -> bool:
    """A form in -s that is also a noun ("runs", "rises") reads as the verb before a phrase of
    frequency or duration ('every year', 'all night', 'daily') that ends the clause or comes before a
    preposition: "prices rises every year", "the machines at the plant runs all night"; not where a
    plural verb follows later ("the TV shows every night at ten are long": the noun's phrase)."""
    after = index + 1
    if after >= len(words) or not words[index].joined:
        return False
    if words[after].low in _PERIODIC_ADVERBS:
        end = after + 1
    elif words[after].low in _EVERY and after + 1 < len(words) and words[after].joined:
        if words[after + 1].low not in _TIME_UNITS:
            return False
        end = after + 2
    else:
        return False
    if any(word.low in _PLURAL_VERBS_LATER for word in words[end:]):
        return False
    return end >= len(words) or not words[end - 1].joined or words[end].low in w.PREPOSITIONS


def _adverb_then_end(doc: Document, words: list[Word], index: int) -> bool:
    """A form in -s that is also a noun ("stays", "waits") reads as the verb before an adverb the
    tagger takes for one ('here', 'outside', 'fast') that ends the clause or comes before a
    preposition: "the birds of the city stays here", "many birds waits outside" (not "the sports
    shows here are long", where a verb follows the adverb)."""
    after = index + 1
    if after >= len(words) or not words[index].joined or "ADV" not in w.tags(words[after].low):
        return False
    tags = sentence_tags(doc, words)
    if tags[after] not in ("RB", "RBR") and w.tags(words[after].low) != {"ADV"}:
        return False
    return after + 1 >= len(words) or not words[after].joined or words[after + 1].low in _VERB_AFTER_EVIDENCE


_ONE = frozenset(("one",))
_ONE_OF_DETERMINERS = frozenset("the my your his her its our their these those".split())
_MEMBER_OF_WHOLE = (
    _GROUP_HEADS
    | w.COLLECTIVE_NOUNS
    | frozenset(
        """
        class cast choir orchestra community population household congregation gang tribe clan generation
        family public audience staff crew jury band kind sort type way world century decade year other
        """.split()
    )
)
"""Nouns that 'one of the' can name a member or a part of ("one of the family", "one of the cast")."""


class OneOfSingular(GrammarRule):
    id = "grammar.one-of-singular"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'One of the' before a singular noun: 'one of the best player', 'one of my friend'."
    why = (
        "'One of' picks one from several, so the noun after it is plural: 'one of the best players', "
        "'one of my friends'. A word that is also an adjective ('finalist', 'resident', 'immigrant') is "
        "reported only where the web writes its plural about as often as the word itself, the tagger "
        "reads a noun and a preposition, a relative or a verb follows ('one of the finalist for the "
        "prize'; not 'one of the original', 'one of the most expert in the field'). Nouns that name a "
        "group or a whole one can be a member or a part of are left alone ('one of the family', 'one of "
        "the cast', 'one of the crew'), and so are names and "
        "possessives ('one of the company's')."
    )
    bad = (
        "He is one of the best player in the league.",
        "It is one of the main reason for the delay.",
        "One of my friend lives in Paris.",
        "It is one of the reason why prices went up.",
        "She is one of the best singer of her generation.",
        "She was named one of the finalist for the prize.",
        "The build fails after changing one of the file.",
        "In one of my blog post, I met one of the best real estate agent in Miami.",
        "It is one of the most common question we get.",
        "One of our teacher will call you, and it is one of the best camera I have ever used.",
    )
    good = (
        "He is one of the best players in the league; one of my friends lives in Paris.",
        "She is one of the most expert in the field; he was one of the original, one of the faithful.",
        "One of the resident artists and one of the minute details the jury noticed.",
        "She is one of the family, and he is one of the cast.",
        "One of the company's trucks and one of the Beatles; one of the first to arrive.",
        "It was one of the worst weather events; one of a kind; one of the car parks.",
        "One of the candidates spoke.",
        "One of the reasons why it failed; one of the places where we stopped.",
        "It is one of the state of the art labs; he won one of the man of the match awards.",
        "On day one of the trial, during the opening one of the hearing, she spoke.",
        "She is one of the customer service staff; one of the real estate industry's leaders; one of the bus stops.",
        "One of the family will call; he is one of the team I trust.",
    )
    fixed = (
        "He is one of the best players in the league.",
        "It is one of the main reasons for the delay.",
        "One of my friends lives in Paris.",
        "It is one of the reasons why prices went up.",
        "She is one of the best singers of her generation.",
        "She was named one of the finalists for the prize.",
        "The build fails after changing one of the files.",
        "In one of my blog posts, I met one of the best real estate agents in Miami.",
        "It is one of the most common questions we get.",
        "One of our teachers will call you, and it is one of the best cameras I have ever used.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for words, index in occurrences(doc, _ONE):
            if index + 3 >= len(words) or words[index + 1].low != "of" or not _joined_between(words, index, index + 3):
                continue
            if words[index + 2].low not in _ONE_OF_DETERMINERS:
                continue
            before = words[index - 1].low if index > 0 and words[index - 1].joined else ""
            if before and "NOUN" in w.tags(before) and not (before.endswith("ing") and "VBG" in w.verb_tags(before)):
                continue  # "phase one of the project", "day one of the trial": a number; not "passing one of"
            noun_index = _phrase_final_singular(doc, words, index + 3)
            if noun_index is None or in_quotes(doc, words[noun_index].start):
                continue
            noun = words[noun_index]
            plurals = w.noun_inflections(noun.low).get("NNS", ())
            plural = next((form for form in plurals if form != noun.low), None)
            if plural is None:
                continue
            fixed = match_case(plural, noun.text)
            yield self.replace_word(noun, fixed, f"After 'one of', the noun is plural: '{fixed}', not '{noun.text}'.")


_TIME_AFTER_PHRASE = frozenset("yesterday today tomorrow tonight ago now".split())
"""Time words that follow a noun phrase and never go on with it, though the tables list some as nouns."""
_WH_AFTER_NOUN = frozenset("why where when how whether".split())
"""Words that open a clause after a noun ('one of the reason why prices rose') though the tables
also list them as nouns ('the whys and wherefores')."""


def _one_of_object(doc: Document, words: list[Word], one: int) -> bool:
    """'One of …' at ``one`` is the object of a verb or a preposition straight before it ('by
    combining one of the server classes', 'with one of the test files'), so no verb of its own
    follows it."""
    if one == 0 or not words[one - 1].joined:
        return False
    before = words[one - 1].low
    return before in w.PREPOSITIONS or sentence_tags(doc, words)[one - 1] in ("VBG", "VB", "VBD", "VBZ", "VBP")


def _verb_in_compound(doc: Document, start: int) -> bool:
    """The word a finding starts at sits inside a compound noun (:func:`_noun_in_compound`). Its
    sentence is found by bisection (:func:`_word_at`), not by a walk over the sentences before it: a
    draft with a thousand agreement findings walked some 900,000 words."""
    found = _word_at(doc, start)
    return found is not None and _noun_in_compound(doc, *found)


def _noun_in_compound(doc: Document, words: list[Word], at: int) -> bool:
    """The verb-or-noun at ``at`` sits inside a compound noun: a bracket follows it ('your audio
    output chain (as detected) does so'), or a singular noun and then a verb in -s follow it ('the
    kernel log daemon listens'): the later verb is the clause's, the word a noun."""
    word = words[at]
    before = words[at - 1] if at and words[at - 1].joined else None
    if before is None or not ("NOUN" in w.tags(before.low) or before.capitalised) or before.low in w.SUBJECT_PRONOUNS:
        return False  # a noun or a name before it ('audio output chain', 'Mako template'): not "It convert (pack)"
    if "NOUN" in w.tags(word.low) and doc.text[word.end : word.end + 2].lstrip()[:1] == "(":
        return True
    if at + 1 >= len(words) or not word.joined:
        return False
    noun = words[at + 1].low
    tags = w.tags(noun)
    if not (tags == {"NOUN"} or (not tags and noun.isalpha() and noun not in _CLOSED_CLASS)) or w.is_plural_noun(noun):
        return False
    if noun.endswith(("er", "or")) and len(noun) > 4:
        following = words[at + 2].low if at + 2 < len(words) and words[at + 1].joined else ""
        return "NOUN" not in w.tags(following) and not w.is_plural_noun(following)  # not "contain helper functions"
    after = words[at + 2].low if at + 2 < len(words) and words[at + 1].joined else ""
    return w.tags(after) == {"VERB"} and w.verb_tags(after) == {"VBZ"}  # not "provides data files"


def _coordinated_modifier(words: list[Word], at: int) -> bool:
    """After the 'and' or 'or' at ``at`` come a noun and, joined to it, a plural noun: the words before
    and after the conjunction both modify that plural ('the thread and transaction details')."""
    if at + 2 >= len(words) or not (words[at].joined and words[at + 1].joined):
        return False
    second, head = words[at + 1].low, words[at + 2].low
    tags = w.tags(second)
    # a word the tables lack ('admin', 'backend'), not a closed-class word ('their', 'his')
    modifier = bool(tags & {"NOUN", "ADJ"}) if tags else second.isalpha() and second not in _CLOSED_CLASS
    return modifier and not w.is_plural_noun(second) and w.is_plural_noun(head)


_CLOSED_CLASS = w.CLOSED_CLASS | w.CARDINALS | w.RELATIVE_PRONOUNS


def _phrase_final_singular(doc: Document, words: list[Word], start: int) -> int | None:
    """Index of a singular count noun that ends the phrase starting at ``start`` (up to two
    modifiers before it; no noun, 'of' or possessive after it, unless the tagger reads that word as
    the verb: "one of my friend lives"), or None."""
    for at in range(start, min(start + 3, len(words))):
        word = words[at]
        if word.capitalised or not words[at - 1].joined or word.text.endswith(("'", "’")):
            return None
        low = word.low
        if _counted_adjective_noun(doc, words, at, start):
            return at  # "one of the finalist for the prize", "each of the resident who signed"
        if w.is_singular_count_noun(low) and low not in _MEMBER_OF_WHOLE and "VBN" not in w.verb_tags(low):
            if at + 1 < len(words) and not words[at].joined:
                gap = doc.text[word.end : words[at + 1].start]
                if any(mark in gap for mark in "-–'’/&"):
                    return None  # "one of the break-ins", "one of the bill 's supporters", "of the import/export tools"
            if at + 1 < len(words) and words[at].joined:
                if words[at + 1].low.endswith(("'s", "’s")):
                    return None  # "one of your water department's reports"
                following = words[at + 1].low
                if following in ("and", "or") and _coordinated_modifier(words, at + 1):
                    return None  # "many of the thread and transaction details": two modifiers of one plural head
                if following == "of" and _of_closes(words, at + 1):
                    return at  # "one of the best singer of her generation"; not "the state of the art"
                if following in ("of", "'s", "’s"):
                    return None
                if following in _TIME_AFTER_PHRASE:
                    return at  # "I met one of your neighbor yesterday": a time word follows the phrase
                if following in w.MODALS or following in w.PERSON_SUBJECTS:
                    # "one of our teacher will call", "one of the best camera I have used" (a clause's subject)
                    return at
                if (
                    ("NOUN" in w.tags(following) or "VBG" in w.verb_tags(following))
                    and following not in w.PREPOSITIONS
                    and following not in _WH_AFTER_NOUN
                ):
                    finite = bool(w.verb_tags(following) & {"VBZ", "VBD"})
                    if not finite or sentence_tags(doc, words)[at + 1] not in ("VBZ", "VBD"):
                        return _compound_head(doc, words, at)  # "one of the worst weather events" is None
                    if w.is_plural_noun(following) and _one_of_object(doc, words, start - 3):
                        return None  # "by combining one of the server classes with": no verb of 'one' here
            return at
        if not (_modifier(low) or low in ("most", "best", "worst", "least")):
            if not w.tags(low):
                return _compound_head(doc, words, at)  # "one of my next blog post": a noun the tables lack
            return None
        if "NOUN" in w.tags(low) and at > start:
            return _compound_head(doc, words, at)  # "the leading plastic surgeon in", not "the best car parks"
        if w.is_plural_noun(low):
            return None  # "one of the candidates spoke": the plural is the noun, what follows is not
    return None


_DEGREE_WORDS = frozenset("most more least less very so too as quite rather".split())
_AFTER_COMPOUND = frozenset((".", ",", ";", "!", "?", ")", ""))


def _compound_head(doc: Document, words: list[Word], at: int) -> int | None:
    """After 'one of the …', a modifier at ``at`` (a noun or an adjective, as the tagger reads it) and a
    singular count noun after it that the tagger reads as one and that ends the phrase: before a stop,
    a comma, a preposition other than 'of' or a relative ("one of my blog post,", "one of the leading
    plastic surgeon in the state"); not a group or a whole one is a member of ("one of the support
    staff"), a name, or a noun that a plural, another noun or 'of' goes on from ("the car parks")."""
    head = at + 1
    if head >= len(words) or not words[at].joined:
        return None
    if not any(_plain_singular(words[i]) for i in range(head, min(head + 2, len(words)))):
        return None  # the head must be one of the next two words: the tagger need not be asked
    tags = sentence_tags(doc, words)
    if tags[at] not in ("NN", "JJ"):
        return None
    if head + 1 < len(words) and words[head].joined and tags[head] == "NN" and tags[head + 1] == "NN":
        if not w.is_singular_count_noun(words[head].low) or words[head].capitalised:
            return None
        head += 1  # "the best real estate agent in": two modifiers
    noun = words[head]
    if noun.capitalised or tags[head] != "NN" or not words[head - 1].joined:
        return None
    if not w.is_singular_count_noun(noun.low) or noun.low in _MEMBER_OF_WHOLE or "VBN" in w.verb_tags(noun.low):
        return None
    if not noun.joined or head + 1 >= len(words):
        return head if doc.text[noun.end : noun.end + 1] in _AFTER_COMPOUND else None
    following = words[head + 1].low
    if following in RELATIVES or (following in w.PREPOSITIONS and following != "of"):
        return head
    if (following in w.SUBJECT_PRONOUNS and following != "it") or tags[head + 1] in ("VBZ", "VBD", "MD"):
        return head  # "one of the most common question we get", "one of the most favorite deal comes back"
    return None


def _plain_singular(word: Word) -> bool:
    """A singular count noun in lower case (what :func:`_compound_head` takes for a head)."""
    return not word.capitalised and w.is_singular_count_noun(word.low)


_ENDS_AFTER_PERSON = w.PREPOSITIONS | w.AUXILIARIES | frozenset("who whom whose that which to".split())
_NO_ADJECTIVE_BEFORE = w.AUXILIARIES | frozenset("who whom whose".split())
"""Words no adjective ends a phrase before, so a mostly-noun word the tagger reads as one is the
noun there ('one of the contestant who reached the final')."""
_FINITE_TAGS = frozenset(("VBZ", "VBP"))
_PAST_OR_MODAL = frozenset(("VBD", "MD"))
_NOUN_FAR_MORE = 0.5
"""How common the plural of a word that is a noun and an adjective must be, against its singular,
for the noun to be the word's usual sense: 'finalists' 1.1 times 'finalist', 'residents' 1.6,
'experts' 0.85; 'originals' 0.03, 'locals' 0.01, 'elites' 0.07 (web counts)."""
_LOG_FAR_MORE = math.log(_NOUN_FAR_MORE)


def _counted_adjective_noun(doc: Document, words: list[Word], at: int, start: int) -> bool:
    """A word the tables list as a noun and an adjective ('finalist', 'resident', 'immigrant') ends
    the phrase after 'one of the' as a singular noun: the noun is its usual sense
    (:func:`_mostly_counted_noun`), the tagger reads a singular noun, no degree word comes before
    it ('one of the most expert in the field' is an adjective) and a preposition, a relative, a verb
    or punctuation follows it."""
    word = words[at]
    if not _mostly_counted_noun(word.low) or (at > start and words[at - 1].low in _DEGREE_WORDS):
        return False
    if word.joined and at + 1 < len(words):
        following = words[at + 1].low
        if following in _ENDS_AFTER_PERSON:
            tag = sentence_tags(doc, words)[at]
            return tag == "NN" or (tag == "JJ" and following in _NO_ADJECTIVE_BEFORE)
        if "VERB" not in w.tags(following):
            return False  # "one of the resident artists"
        tags = sentence_tags(doc, words)
        verb = tags[at + 1] in _PAST_OR_MODAL or (tags[at + 1] in _FINITE_TAGS and "NOUN" not in w.tags(following))
        return verb and tags[at] == "NN"  # not "one of the minute details": an -s form is often a plural noun
    if doc.text[word.end : word.end + 1] not in (".", ",", ";", "!", "?", ")", ""):
        return False  # "one of the finalist-" / "'s": a compound or a possessive
    return sentence_tags(doc, words)[at] == "NN"


@lru_cache(maxsize=1 << 12)
def _mostly_counted_noun(low: str, least: float = _LOG_FAR_MORE) -> bool:
    """A noun and adjective whose plural the web writes about as often as the word itself, so that
    the noun is its usual sense (see :data:`_NOUN_FAR_MORE`; ``least``, the log of the ratio, may
    ask less where the caller's context already shows a count); not one whose plural is the word
    ('faithful', 'elderly')."""
    pos = w.tags(low)
    if "ADJ" not in pos or "NOUN" not in pos or low in _MEMBER_OF_WHOLE or low in w.CARDINALS:
        return False
    if low.endswith(("s", "ing", "ed", "ty")):
        return False
    plurals = w.noun_inflections(low).get("NNS", ())
    if not plurals or plurals[0] == low:
        return False
    from ._ngrams import web_word_count

    singular_count, plural_count = web_word_count(low), web_word_count(plurals[0])
    return singular_count is not None and plural_count is not None and plural_count - singular_count >= least


def _of_closes(words: list[Word], of: int) -> bool:
    """'of', a determiner and a singular noun close the phrase after 'one of the … singer' ("of her
    generation", "of the year"): no plural follows within it, as in a compound that carries 'of'
    ("one of the state of the art labs", "one of the man of the match awards")."""
    if of + 2 >= len(words) or words[of + 1].low not in _OF_CLOSING_DETERMINERS or not words[of].joined:
        return False
    for at in range(of + 2, min(of + 5, len(words))):
        word = words[at]
        if not words[at - 1].joined or w.is_plural_noun(word.low) or _possessive(word):
            return False
        following = words[at + 1].low if at + 1 < len(words) and word.joined else ""
        if not following or not (_modifier(following) or w.is_plural_noun(following) or not w.tags(following)):
            return w.is_singular_count_noun(word.low) or word.low in _UNCOUNTED
    return False


_OF_CLOSING_DETERMINERS = frozenset("the her his their its our my your this".split())


def _asked_were(doc: Document, words: list[Word], index: int) -> bool:
    """'Were she at home?': 'were' and 'he' or 'she' ask a question that ends with a question mark,
    with no comma after the subject and no 'to' after it ("Were he to resign, …", "Were he here,
    would he help?" are conditions)."""
    if words[index + 2].low == "to" or not ends_in_question_mark(doc, words[-1]):
        return False
    return all(word.joined for word in words[index:-1])


_TO_PLURAL_ASKED = {**TO_PLURAL, "was": "were", "wasn't": "weren't"}
_TO_SINGULAR_ASKED = {
    "are": "is",
    "aren't": "isn't",
    "have": "has",
    "haven't": "hasn't",
    "do": "does",
    "don't": "doesn't",
}
_ASKING = frozenset(_TO_PLURAL_ASKED) | frozenset(_TO_SINGULAR_ASKED) | {"were", "weren't"}
_MANY = frozenset(("many",))
_PLURAL_SUBJECTS = frozenset("they we you i".split())
_SINGULAR_SUBJECTS = frozenset(("he", "she"))
_NP_OPENERS = frozenset("the these those my your his her our their this that".split())
_PLURAL_NP_OPENERS = _NP_OPENERS - {"this", "that"}
_PHRASE_DETERMINERS = _NP_OPENERS | {"a", "an", "its"}
"""What opens the sentence's noun phrase before ', which' (:func:`_opening_noun_phrase`): any determiner."""
_SINGULAR_NP_OPENERS = _NP_OPENERS - {"these", "those"}


_RANKS = frozenset("next last first main only".split())


def _ranks_or_describes(low: str) -> bool:
    """Only an adjective ('old'), a superlative ('nearest', 'best') or a rank ('next', 'main')."""
    tags = w.tags(low)
    return tags == {"ADJ"} or low in _RANKS or (low.endswith("est") and "ADJ" in tags) or low in ("best", "worst")


def _classical_plural(low: str) -> bool:
    """A Latin or Greek plural in -a whose singular in -um or -on is a noun ('bacteria', 'strata')."""
    return low.endswith("a") and any("NOUN" in w.tags(low[:-1] + ending) for ending in ("um", "on"))


class QuestionAgreement(GrammarRule):
    id = "grammar.question-agreement"
    category = "grammar"
    severity = Severity.WARNING
    summary = (
        "A question whose auxiliary does not agree with the subject after it: 'Does they know?', 'Is the kids ready?'."
    )
    why = (
        "In a question the auxiliary comes first and still agrees with the subject that follows: 'Do they "
        "know?', 'Has she finished?', 'Are the children playing?', 'Does your brother play?'. Checked "
        "when the auxiliary opens the sentence or follows a question word and the subject is a personal "
        "pronoun, or a determiner and a noun followed by the verb the auxiliary needs ('-ing' or a "
        "participle after 'is' and 'has', a bare verb after 'does'), or, after 'is' and 'was' as the main "
        "verb, a plural that ends the question or is followed by a preposition or an adjective ('Where "
        "is the children?', 'Why is the doors open?'); and 'how many' with a plural before a singular verb "
        "('How many people was at the party?'), also after 'what time' ('What time do the shop close?'); "
        "'was you' and 'were she' ('Where was you yesterday?', 'Were she at home?'). 'Were he to resign' "
        "and 'Were he here, would he help?' (conditions) and 'What has you worried?' ('has' as the main "
        "verb) are left alone."
    )
    bad = (
        "Where are the nearest station? When are the next train?",
        "Does they know about the change?",
        "Has they finished the report? Was we told?",
        "Why is they leaving so early?",
        "Have she signed the contract?",
        "Where does your parents live?",
        "Is the children playing outside?",
        "Do your sister work here?",
        "Has the players arrived yet?",
        "Was the documents delivered?",
        "Have the minister resigned? Were the driver injured?",
        "Where is the children? Why was the doors open?",
        "What is the reasons for this? Is the keys in the car?",
        "What was the main reasons for the delay?",
        "How much is the tickets? How often does the buses run?",
        "How many people was at the party? How many cars has been sold?",
        "Where was the children when the fire started?",
        "Are the bridge safe to cross? What are the cause of the delay?",
        "Is the new trains running on time? Was the results good enough?",
        "Do your brother still play the guitar in that band?",
        "Do the migration script back up the database automatically?",
    )
    good = (
        "Where are the nearest shops? What are the best ways to learn? Were the best plan to fail, we would lose.",
        "Are the bacteria harmful? Are the strata level?",
        "Do they know about the change? Has she finished the report? Were we told?",
        "Were he to resign, the party would split. Was I wrong?",
        "...is I who am to blame.",
        "What has you worried? What does you good is rest.",
        "Have he and his wife arrived? Do it now. Do your homework first.",
        "Where do your parents live? Are the children playing? Does your sister work here?",
        "Is the players' union on strike? Are the team ready? Is this plan working?",
        "Does the news matter? Has the series ended?",
        "Were the plan to fail, who would pay? Have the staff trained by May. Were the bill passed, who would pay?",
        "Where is the sales office? What is the news? Is the series over? Who is the kids' new teacher?",
        "Where is the place kids go after school? What was the main reason for it?",
        "How much are the tickets? How much was I paid? How many were there? How far is it?",
        "How many books does she have? How many people has the virus killed? How many people is he bringing?",
        "Which are the best value? Who are the enemy? Are the sheep safe in the field? Are the team ready?",
        "Were the plan to fail, what then? Who are the winner and the runner-up? Is the sales running total right?",
        "Were the law in force, would it help? Are the kitchen and the bathroom done? Is the building work over?",
        "Where were the children when the fire started? Where was the sales office then?",
        "Does your sister still play the guitar? Do the children still play outside?",
        "Does the sales team at the store meet often?",
        "Does the results section show the totals, and do the survey results look good?",
    )
    fixed = (
        "Where is the nearest station? When is the next train?",
        "Do they know about the change?",
        "Have they finished the report? Were we told?",
        "Why are they leaving so early?",
        "Has she signed the contract?",
        "Where do your parents live?",
        "Are the children playing outside?",
        "Does your sister work here?",
        "Have the players arrived yet?",
        "Were the documents delivered?",
        "Has the minister resigned? Was the driver injured?",
        "Where are the children? Why were the doors open?",
        "What are the reasons for this? Are the keys in the car?",
        "What were the main reasons for the delay?",
        "How much are the tickets? How often do the buses run?",
        "How many people were at the party? How many cars have been sold?",
        "Where were the children when the fire started?",
        "Is the bridge safe to cross? What is the cause of the delay?",
        "Are the new trains running on time? Were the results good enough?",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        kept = [
            position
            for position in positions(doc, _ASKING)
            if tokens[position].sentence_start
            or (tokens[position - 1].sentence_start and tokens[position - 1].low in w.QUESTION_WORDS)
            or _how_much(tokens, position)
        ]
        for words, index in places(doc, kept):
            if after_cut(doc, words):
                continue  # "...is I who am to blame": not a question, the start of the clause is cut
            finding = self._at(doc, words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding
        for words, index in occurrences(doc, _MANY):
            finding = self._how_many(words, index)
            if finding is not None and not in_quotes(doc, finding.start):
                yield finding

    def _how_many(self, words: list[Word], index: int) -> Finding | None:
        """'How many people was at the party?': 'how many' and a plural as the subject of a singular
        verb. Not 'How many books does she have?' or 'How many people has the virus killed?', where
        a subject of its own follows the verb."""
        if index != 1 or words[0].low != "how" or index + 3 >= len(words):
            return None
        if not all(word.joined for word in words[: index + 3]):
            return None
        noun, verb, after = words[index + 1], words[index + 2], words[index + 3]
        if noun.capitalised or not _plural_noun(noun.low) or verb.low not in _TO_PLURAL_ASKED:
            return None
        if not _ends_question_subject(after.low) and not w.verb_tags(after.low) & {"VBN", "VBG"}:
            return None
        if after.low in w.SUBJECT_PRONOUNS or after.low in w.DETERMINERS:
            return None
        return self._report(verb, _TO_PLURAL_ASKED[verb.low], f"how many {noun.text}")

    def _at(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        if index + 2 >= len(words) or not words[index].joined or not words[index + 1].joined:
            return None
        if index in (1, 2) and not _joined_between(words, 0, index):
            return None
        aux, subject = words[index], words[index + 1]
        after = words[index + 2]
        if after.low in ("and", "or", "nor"):
            return None  # "Have he and his wife arrived?"
        low = aux.low
        if subject.low in _PLURAL_SUBJECTS and low in _TO_PLURAL_ASKED:
            if subject.low == "i" and (subject.text != "I" or low.startswith("was")):
                return None  # "was I": right
            be = low.startswith(("was", "is"))  # "Where was you yesterday?": 'be' is never the main verb's 'has'
            if subject.low == "you" and not be and (low.startswith("has") or "VB" not in w.verb_tags(after.low)):
                return None  # "what has you worried", "what does you good": the main verb
            plural = _TO_PLURAL_ASKED[low]
            if subject.low == "i":
                plural = {"is": "am", "isn't": "am not"}.get(low, plural)
            return self._report(aux, plural, subject.text)
        if subject.low in _SINGULAR_SUBJECTS and low in _TO_SINGULAR_ASKED:
            if low in ("do", "don't"):
                return None  # grammar.do-verb-form reports "do he know"
            return self._report(aux, _TO_SINGULAR_ASKED[low], subject.text)
        if subject.low in _SINGULAR_SUBJECTS and low in ("were", "weren't") and _asked_were(doc, words, index):
            return self._report(aux, "was" if low == "were" else "wasn't", subject.text)
        if subject.low in _NP_OPENERS and _asked(doc, words):
            return (
                self._noun_phrase(words, index)
                or self._copula(doc, words, index)
                or self._plural_copula(doc, words, index)
            )
        return None

    def _plural_copula(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Are the bridge safe?', 'What are the cause of the delay?': 'are' or 'were' as the main
        verb before 'the', a possessive or 'this' and a singular count noun that ends the subject
        (see :func:`_closes_question_subject`). Groups, which take either number ('Are the team
        ready?', 'Who are the enemy?'), nouns whose plural is the same word ('Are the sheep safe?'),
        and 'which' (a plural pronoun of its own: 'Which are the best value?') are left alone."""
        aux, determiner = words[index], words[index + 1].low
        if aux.low not in _COPULA_PLURAL or determiner not in _SINGULAR_NP_OPENERS:
            return None
        if index and words[0].low == "which":
            return None
        if aux.low in _PAST_PLURALS and not _joined_between(words, index, len(words) - 1):
            return None  # "Were the law in force, we would …": a condition
        at = index + 2
        if at < len(words) - 1 and words[at].joined and _ranks_or_describes(words[at].low):
            at += 1  # "Are the old bridge safe?", "Where are the nearest station?"
        noun = words[at]
        if noun.capitalised or not words[at - 1].joined or _possessive(noun):
            return None
        following = words[at + 1].low if at + 1 < len(words) else ""
        asked = index > 0 and words[0].low in w.QUESTION_WORDS and aux.low == "are"  # "What are the best way to …?"
        if (following == "to" and not asked) or not (
            _closes_question_subject(words, at) or (following in ("of", "to") and noun.joined)
        ):
            return None  # "Were the plan to fail, …": a condition; "What are the cause of the delay?"
        low = noun.low
        if not _has_plural(low) or low in w.COLLECTIVE_NOUNS or low in _GROUP_HEADS or low in _MEMBER_OF_WHOLE:
            return None
        if low in _SINGULAR_GROUPS or not w.is_singular_count_noun(low) or _classical_plural(low):
            return None
        return self._report(aux, TO_SINGULAR[aux.low], noun.text)

    def _copula(self, doc: Document, words: list[Word], index: int) -> Finding | None:
        """'Where is the children?', 'Why is the doors open?', 'What was the reasons for it?': 'is' or
        'was' as the main verb before a plural subject that ends the question or is followed by a
        preposition, an adjective or a place word (a noun after it would be the head: 'Where is the
        sales office?'). Nouns in -s that are singular ('the news', 'the series') are not plurals here."""
        aux, determiner = words[index], words[index + 1].low
        if aux.low not in _COPULA_SINGULAR or determiner not in _PLURAL_NP_OPENERS:
            return None
        for at in range(index + 2, min(index + 5, len(words))):
            noun = words[at]
            if noun.capitalised or not words[at - 1].joined or doc.text[noun.end : noun.end + 1] in ("'", "’"):
                return None  # "Who is the kids' new teacher?": a possessive
            if _plural_noun(noun.low):
                if at + 1 < len(words) and not _closes_question_subject(words, at):
                    return None
                return self._report(aux, _TO_PLURAL_ASKED[aux.low], noun.text)
            if not _modifier(noun.low) or "ADJ" not in w.tags(noun.low):
                return None  # "Where is the place kids go?": only adjectives before the plural ("the main reasons")
        return None

    def _noun_phrase(self, words: list[Word], index: int) -> Finding | None:
        """'Is the children playing?', 'Do your sister work here?': a determiner, up to two modifiers,
        the noun, and the verb form the auxiliary asks for, in a sentence that ends with '?'. Not when a
        noun and its phrase stand before the verb ("Does the sales team in London meet?")."""
        aux, determiner = words[index], words[index + 1].low
        for at in range(index + 2, min(index + 5, len(words) - 1)):
            noun = words[at]
            if noun.capitalised or not words[at - 1].joined or not noun.joined or _possessive(noun):
                return None
            if words[at + 1].low.endswith("'s") or words[at + 1].text.startswith(("'", "’")):
                return None
            plural = _plural_noun(noun.low)
            singular = not plural and w.is_singular_count_noun(noun.low) and noun.low not in w.COLLECTIVE_NOUNS
            if plural or singular:
                verb_at = at + 1
                if words[verb_at].low in _QUESTION_ADVERBS and verb_at + 1 < len(words) and words[verb_at].joined:
                    verb_at += 1  # "Do your brother still play …?"
                verb = words[verb_at]
                if verb.capitalised or not (_asked_form(aux.low, verb.low) or _gerund_here(words, aux.low, verb_at)):
                    return None
                if (
                    w.tags(verb.low) & {"NOUN", "ADJ"}
                    and verb_at + 1 < len(words)
                    and "VB" in w.verb_tags(words[verb_at + 1].low)
                    and words[verb_at + 1].low not in _PARTICLES  # "Do the script back up …?": a phrasal verb
                ):
                    continue  # "Does the results section show …?", "Do the migration script back up": the next noun
                if plural and compound_head_next(words, at):
                    return None  # "Does the sales team in London meet?": the plural modifies the noun after it
                if plural and aux.low in _TO_PLURAL_ASKED and determiner in _PLURAL_NP_OPENERS:
                    return self._report(aux, _TO_PLURAL_ASKED[aux.low], noun.text)
                if singular and aux.low in _TO_SINGULAR_ASKED and determiner in _SINGULAR_NP_OPENERS:
                    return self._report(aux, _TO_SINGULAR_ASKED[aux.low], noun.text)
                unbroken = _joined_between(words, index, len(words) - 1)  # not "Were the bill passed, would …?"
                if singular and aux.low in _PAST_PLURALS and determiner in _SINGULAR_NP_OPENERS and unbroken:
                    return self._report(aux, TO_SINGULAR[aux.low], noun.text)  # "Were the driver injured?"
                return None
            if not _modifier(noun.low) or ("VERB" in w.tags(noun.low) and at > index + 2):
                return None
        return None

    def _report(self, aux: Word, replacement: str, subject: str) -> Finding:
        fixed = match_case(replacement, aux.text)
        return self.replace_word(aux, fixed, f"The subject '{subject}' takes '{fixed}', not '{aux.text}'.")


_PARTICLES = frozenset("up down out off over away".split())
_QUESTION_ADVERBS = frozenset("still really ever often always usually even also actually normally sometimes".split())
"""Adverbs between a question's subject and its verb ('Does your sister still work here?')."""


def _how_much(tokens: list[Word], position: int) -> bool:
    """'How much', 'how old', 'how often', 'what time' open the question before the auxiliary at
    ``position`` ('How much is the tickets?', 'What time do the shop close?')."""
    if position < 2 or not tokens[position - 2].sentence_start:
        return False
    if tokens[position - 2].low in ("what", "which") and tokens[position - 1].low == "time":
        return True  # "What time do the shop close?"
    if tokens[position - 2].low != "how":
        return False
    return bool(w.tags(tokens[position - 1].low) & {"ADJ", "ADV"}) and tokens[position - 1].low not in w.AUXILIARIES


_COPULA_SINGULAR = frozenset("is was isn't wasn't isn’t wasn’t".split())


def _ends_question_subject(low: str) -> bool:
    """The word after a plural closes it as the subject of 'Is the …?': a preposition, an adjective
    that is no noun, or a place word ('Is the keys in the car?', 'Why is the doors open?')."""
    if low.endswith(("'s", "’s")):
        return False
    if low in _TIME_CLOSERS:
        return True  # "Where was the children when the fire started?"
    return low in w.PREPOSITIONS or low in _PLACE_ADVERBS or ("ADJ" in w.tags(low) and "NOUN" not in w.tags(low))


def _gerund_here(words: list[Word], aux: str, index: int) -> bool:
    """An '-ing' form that is also a noun ('running', 'building') is the verb after 'is the …' or 'are
    the …' when a preposition, an adverb that is no adjective or the question's end follows it ("Is
    the new trains running on time?", "Is your parents coming tonight?"), not another noun ("Is the
    sales running total right?")."""
    if aux.startswith(("do", "does", "has", "have")) or "VBG" not in w.verb_tags(words[index].low):
        return False
    if index + 1 >= len(words):
        return True
    following = w.tags(words[index + 1].low)
    adverb = "ADV" in following and "ADJ" not in following  # "Is your parents coming tonight?"
    return words[index].joined and (words[index + 1].low in w.PREPOSITIONS or adverb)


_COPULA_PLURAL = frozenset("are were aren't weren't aren’t weren’t".split())
_SINGULAR_GROUPS = frozenset("enemy opposition youth".split())
"""Singular nouns that name a group, which may take 'are': "Who are the enemy?"."""


def _closes_question_subject(words: list[Word], at: int) -> bool:
    """The noun at ``at`` ends the subject of 'Are the …?': the question ends after it, or a word
    that closes it follows (:func:`_ends_question_subject`), or an adjective that may also be a noun
    before 'to', 'enough', a preposition or the end ("Are the bridge safe to cross?", "Was the
    results good enough?")."""
    if at + 1 >= len(words):
        return True
    if not words[at].joined:
        return False
    following = words[at + 1].low
    if following in ("and", "or", "nor"):
        return False
    if _ends_question_subject(following):
        return True
    if "ADJ" not in w.tags(following) or following in w.DETERMINERS:
        return False
    after = words[at + 2].low if at + 2 < len(words) and words[at + 1].joined else ""
    return at + 2 >= len(words) or after in ("to", "enough") or after in w.PREPOSITIONS


_TIME_CLOSERS = frozenset("when while now today tonight yesterday then".split())


def _asked_form(aux: str, verb: str) -> bool:
    """The verb after a question's subject is the form its auxiliary asks for: a bare verb after
    'do', a participle after 'have', an '-ing' form or a participle after 'be'."""
    found = w.verb_tags(verb)
    if aux.startswith(("do", "does")):
        return "VB" in found and verb not in w.AUXILIARIES - {"have"}
    if aux.startswith(("has", "have")):
        return found == {"VBN"} or (found == {"VBD", "VBN"} and w.tags(verb) <= {"VERB", "ADJ"})
    participle = found == {"VBN"} or (found == {"VBD", "VBN"} and w.tags(verb) <= {"VERB", "ADJ"})
    return ("VBG" in found and w.tags(verb) <= {"VERB", "ADJ"}) or participle


_CORRELATIVES = frozenset(("neither", "either"))
_ADVERB_HOSTS = (
    w.SUBJECT_PRONOUNS | w.AUXILIARIES | w.MODALS | frozenset("was were is are am be been can't won't".split())
)
"""Words after which 'neither' is an adverb before a verb or an adjective ("he neither smokes", "is neither fair")."""


class CorrelativePair(GrammarRule):
    id = "grammar.correlative-pair"
    category = "grammar"
    severity = Severity.WARNING
    summary = "'Neither … or' and 'either … nor': the pairs are 'neither … nor' and 'either … or'."
    why = (
        "'Neither' pairs with 'nor' and 'either' with 'or': 'neither the coach nor the players', 'he "
        "neither smokes nor drinks', 'either the manager or his deputy'. Checked where the two halves "
        "are short and unbroken: a determiner and a noun, a name or a pronoun after 'neither' or "
        "'either' at the head of a clause, or one word after an adverbial 'neither' ('can neither "
        "confirm or deny'). 'Neither of them agreed or replied' and 'neither wants to go or stay' (the "
        "pronoun, with 'or' inside what follows) are left alone."
    )
    bad = (
        "Neither the coach or the players were available.",
        "He neither smokes or drinks, and they can neither confirm or deny it.",
        "Either the mayor nor her deputy will speak.",
        "Neither Paris or London was chosen.",
    )
    good = (
        "Neither the coach nor the players were available; he neither smokes nor drinks.",
        "Neither of them agreed or replied; neither wants to go or stay.",
        "Neither side wanted a deal or a war; either way, the talks failed or stalled.",
        "Either the mayor or her deputy will speak. Neither is true, or so they say.",
    )
    fixed = (
        "Neither the coach nor the players were available.",
        "He neither smokes nor drinks, and they can neither confirm nor deny it.",
        "Either the mayor or her deputy will speak.",
        "Neither Paris nor London was chosen.",
    )
    fix = "always"

    def detect(self, doc: Document) -> Iterator[Finding]:
        if not (_CORRELATIVES & doc.distinct_lows) or not ({"or", "nor"} & doc.distinct_lows):
            return
        for words, index in occurrences(doc, _CORRELATIVES):
            conjunction = self._wrong_partner(words, index)
            if conjunction is None or in_quotes(doc, words[index].start):
                continue
            word = words[conjunction]
            right = match_case("nor" if word.low == "or" else "or", word.text)
            yield self.replace_word(
                word,
                right,
                f"'{words[index].text}' pairs with '{right.lower()}': use '{right}', not '{word.text}'.",
                FixSafety.SAFE,
            )

    def _wrong_partner(self, words: list[Word], index: int) -> int | None:
        """Index of the 'or' after 'neither …' (or the 'nor' after 'either …'), when the first half is short."""
        wrong = "or" if words[index].low == "neither" else "nor"
        if index + 2 >= len(words) or not words[index].joined:
            return None
        previous = words[index - 1].low if index > 0 and words[index - 1].joined else ""
        ends: list[int] = []
        end = _conjunct_end(words, index + 1)
        if end is not None and (index == 0 or previous in w.CLAUSE_OPENERS or previous in ("and", "but", "is", "was")):
            ends.append(end)  # "Neither the coach or …", "said neither Paris or …"
        if previous in _ADVERB_HOSTS and words[index + 1].low not in _NOT_ADVERB_PARTNERS:
            ends.append(index + 2)  # "he neither smokes or", "can neither confirm or"
        for at in ends:
            if at < len(words) - 1 and words[at].low == wrong and _joined_between(words, index, at + 1):
                return at
        return None


_NOT_ADVERB_PARTNERS = w.DETERMINERS | w.PREPOSITIONS | frozenset(("of",))


RULES = [
    SubjectVerbAgreement,
    PluralSubjectAgreement,
    CompoundSubjectAgreement,
    RelativeClauseAgreement,
    OneOfSingular,
    QuestionAgreement,
    CorrelativePair,
]
