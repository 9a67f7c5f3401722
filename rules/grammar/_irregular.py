"""English irregular verbs, and the over-regular forms learners and tired writers make of them.

The table is written out here (base, simple past, past participle; "/" between accepted variants):
it is closed, a few hundred lines at most, and needs no lookup. :data:`REGULARISED` maps each
wrong form ("growed", "teached", "bringed", "brang") to its verb, built from the table by the
spelling rules of '-ed', less the regular forms that are themselves standard words or accepted
variants ("hanged", "ringed", "costed", "shined", "learned", "creeped out").
"""

from __future__ import annotations

from typing import NamedTuple


class Irregular(NamedTuple):
    base: str
    past: str
    participle: str


_TABLE = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten; become became become;
befall befell befallen; begin began begun; behold beheld beheld; bend bent bent; bet bet bet; bid bid bid;
bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken; breed bred bred;
bring brought brought; broadcast broadcast broadcast; build built built; burst burst burst; buy bought bought;
cast cast cast; catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done; draw drew drawn; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought;
find found found; flee fled fled; fling flung flung; fly flew flown; forbid forbade forbidden;
forecast forecast forecast; foresee foresaw foreseen; foretell foretold foretold; forget forgot forgotten;
forgive forgave forgiven; forsake forsook forsaken; freeze froze frozen; get got got/gotten; give gave given;
go went gone; grind ground ground; grow grew grown; hang hung hung; have had had; hear heard heard;
hide hid hidden; hit hit hit; hold held held; hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known;
lay laid laid; lead led led; leave left left; lend lent lent; let let let; lie lay lain; light lit lit;
lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled; mistake mistook mistaken;
misunderstand misunderstood misunderstood; outdo outdid outdone; outgrow outgrew outgrown; overcome overcame overcome;
overdo overdid overdone; overeat overate overeaten; overhear overheard overheard; overtake overtook overtaken;
overthrow overthrew overthrown; partake partook partaken; pay paid paid; put put put; quit quit quit;
read read read; rebuild rebuilt rebuilt; redo redid redone; rethink rethought rethought; rid rid rid;
ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen; seek sought sought;
sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed; shine shone shone;
shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk;
sit sat sat; slay slew slain; sleep slept slept; slide slid slid; sling slung slung; slit slit slit;
speak spoke spoken; speed sped sped; spend spent spent; spin spun spun; spit spat spat; split split split;
spread spread spread; spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck;
sting stung stung; stink stank stunk; stride strode stridden; strike struck struck; string strung strung;
strive strove striven; swear swore sworn; sweep swept swept; swim swam swum; swing swung swung;
take took taken; teach taught taught; tear tore torn; tell told told; think thought thought; throw threw thrown;
thrust thrust thrust; tread trod trodden; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; undo undid undone; upset upset upset; uphold upheld upheld; wake woke woken;
wear wore worn; weave wove woven; weep wept wept; win won won; wind wound wound; withdraw withdrew withdrawn;
withhold withheld withheld; withstand withstood withstood; wring wrung wrung; write wrote written
"""

IRREGULAR: dict[str, Irregular] = {
    entry[0]: Irregular(*entry) for entry in (item.split() for item in _TABLE.replace("\n", " ").split(";"))
}
"""Base form → its irregular forms."""

_STANDARD_REGULAR = frozenset(
    """
    hanged ringed costed shined speeded lighted dived sneaked strived weaved wetted knitted quitted betted
    broadcasted forecasted bended leaded leaved lied payed putted seed singed slayed slitted spitted stringed
    swinged teared treaded winded creeped flied bidded awaked waked shedded sawed wounded founded
    sited spited wined bided kneeled ridded grinded
    """.split()
)
"""Regular forms that are words or accepted variants: 'hanged' (executed), 'ringed' (encircled),
'costed' (priced), 'shined' (polished), 'creeped out', 'teared up', 'bended knee', 'stringed
instruments', 'seed', 'lied' (told lies), 'wounded', 'founded' (of 'wound', 'found'), 'wined
and dined', 'sited', 'kneeled', and 'grinded' (informal, and in lemminflect's tables)."""

_EXTRA = {
    "brang": "bring",
    "brung": "bring",
    "tooken": "take",
    "thunk": "think",
    "swang": "swing",
    "throwed": "throw",
    "knowed": "know",
    "drownded": "drown",
}
"""Dialect forms that the '-ed' rules do not make."""

_VOWELS = frozenset("aeiou")


def _regular_forms(base: str) -> set[str]:
    """What a writer who treats ``base`` as regular may write: "grow" → "growed", "stop"-like
    doubling ("spinned", "swimmed"), "cry"-like '-ied' ("flied" is kept out by the stop list)."""
    if base.endswith("e"):
        return {base + "d"}
    forms = {base + "ed"}
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms.add(base[:-1] + "ied")
    last, previous = base[-1:], base[-2:-1]
    if last not in _VOWELS and last not in "wxy" and previous in _VOWELS and base[-3:-2] not in _VOWELS:
        forms.add(base + last + "ed")
    return forms


def _regularised() -> dict[str, str]:
    found: dict[str, str] = {}
    for base, forms in IRREGULAR.items():
        if base in ("be", "have", "do"):
            continue
        accepted = {base, *forms.past.split("/"), *forms.participle.split("/")}
        for form in _regular_forms(base):
            if form not in accepted and form not in _STANDARD_REGULAR:
                found[form] = base
    found.update(_EXTRA)
    found.update(_double_pasts())
    return found


_DOUBLED = """
    arisened:arise arosed:arise awoked:awake awokened:awake beatened:beat becamed:become
    befallened:befall befelled:befall beganed:begin beguned:begin bittened:bite blewed:blow blowned:blow
    borned:bear boughted:buy broked:break brokened:break broughted:bring builted:build camed:come
    caughted:catch chosed:choose chosened:choose clunged:cling crepted:creep dealted:deal dranked:drink
    drawned:draw drewed:draw drivened:drive drunked:drink eatened:eat fallened:fall flewed:fly
    flowned:fly flunged:fling forbaded:forbid forbiddened:forbid foresawed:foresee foreseened:foresee
    forgaved:forgive forgivened:forgive forgoted:forget forgottened:forget forsakened:forsake
    forsooked:forsake foughted:fight frozed:freeze frozened:freeze gaved:give givened:give gottened:get
    grewed:grow growned:grow hiddened:hide hunged:hang kepted:keep knelted:kneel knewed:know
    knowned:know lained:lie lefted:leave losted:lose maded:make meanted:mean mistakened:mistake
    mistooked:mistake outdoned:outdo outgrewed:outgrow outgrowned:outgrow
    overcamed:overcome overdoned:overdo overeatened:overeat overtakened:overtake overthrewed:overthrow
    overthrowned:overthrow overtooked:overtake partakened:partake partooked:partake rebuilted:rebuild
    redoned:redo rethoughted:rethink riddened:ride risened:rise roded:ride runged:ring sanged:sing
    sanked:sink seened:see shakened:shake shooked:shake shoted:shoot showned:show shranked:shrink
    shrunked:shrink slained:slay slepted:sleep slewed:slay slunged:sling soughted:seek spented:spend
    spokened:speak spranged:spring sprunged:spring spuned:spin stanked:stink stoled:steal stolened:steal
    striddened:stride strivened:strive stroded:stride strucked:strike strunged:string stucked:stick
    stunged:sting stunked:stink sunged:sing sunked:sink swamed:swim swepted:sweep swored:swear
    sworned:swear swumed:swim swunged:swing takened:take taughted:teach thoughted:think threwed:throw
    throwned:throw tooked:take torned:tear troddened:tread undergoned:undergo undertakened:undertake
    undertooked:undertake underwented:undergo undoned:undo wented:go wepted:weep withdrawned:withdraw
    withdrewed:withdraw woked:wake wokened:wake worned:wear wovened:weave writtened:write wroted:write
    wrunged:wring
"""
"""An '-ed' on the irregular past or participle itself ("stoled", "tooked", "wented", "brokened",
"camed"), as 'form:base'. Made from :data:`IRREGULAR` (pasts of four letters or more, none that is
itself another verb's base: "layed" means 'laid', "sawed" and "founded" are words) and kept only
where lemminflect's tables know no such word; left out as words or likelier typos of other words:
'spoked' wheels, 'droved' cattle, "tored", "wored", "rosed", "lented", "sented" (for 'scented'),
"bented", "shoned", "woved", "stroved", "overated" (for 'overrated')."""


def _double_pasts() -> dict[str, str]:
    return dict(pair.split(":") for pair in _DOUBLED.split())


REGULARISED: dict[str, str] = _regularised()
"""Wrong form → base ("growed" → "grow", "brang" → "bring")."""
