"""Referring expressions: the vocabulary and patterns of roles ("the premier"), unnamed
sources, pronouns, possessive roles ("his office") and unregistered names, and the records
(:class:`Ref`, :class:`Resolved`, :class:`Sentence`) the reference passes share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .transliteration import strip_accents
from .text import with_capitals

PREPOSITIONS = frozenset(
    "of at to on against for with by in into about over toward towards from between among under after before "
    "during near than like via upon onto within without behind across through around amid despite inside outside "
    "beyond throughout beside alongside".split())
OBJECT_VERBS = frozenset(
    "told tell tells telling addressing addressed urged urging accused accusing blamed blaming praised praising "
    "calling called thanked met meeting criticized criticised condemned condemning attacked targeted targeting "
    "killed killing asked asking warned appointed sanctioned named described describing mocked mocking "
    "directed dressed burned burn supported elected defeated led leading visited visiting reached contacted "
    "interviewed quoted cited answered answering".split()) - {"meeting"}
STATEMENT_NOUNS = frozenset("statement statements message messages report reports post posts tweet communique "
                            "communiqué release letter video address".split())
RESPONSE_NOUNS = frozenset("answer answers response responses reply replies reaction reactions".split())
"""Nouns of a reply ("X's answer has been to call for ..."): their owner speaks when it opens the clause."""
VOICE_NOUNS = frozenset("channel channels account accounts website websites".split())
"""Outlets through which their owner speaks ("X's channels called him ..."): the owner is the speaker."""
PRESS_NOUNS = frozenset("editorial editorials commentary headline headlines".split())
"""A paper's own pieces ("the paper's editorial called ..."): the paper is the speaker (Q8 rule 2)."""
CONJUNCTIONS = frozenset("and but or yet so while whereas although though".split())
DETERMINERS = frozenset("the a an its his her their this that these those".split())

ROLE_SYNONYMS = {
    "prime minister": ("prime minister", "premier"), "president": ("president",),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman"), "militias": ("militias", "militia"),
    "army": ("army", "armed forces", "military"), "military": ("military", "armed forces", "army"),
}
ROLE_CANON = {"premier": "prime minister", "pm": "prime minister", "spokesperson": "spokesman", "paper": "newspaper",
              "spokeswoman": "spokesman", "militia": "militias", "factions": "militias", "armed forces": "military"}
PERSON_ROLES = frozenset(("official", "commander", "leader", "spokesman", "cleric", "secretary", "envoy", "ambassador",
                          "chief", "minister", "president", "secretary-general", "prime minister", "governor", "mayor", "prosecutor", "general",
                          "correspondent"))
DEFINITE = frozenset("the this that its his her their our".split())
_ROLE_HEADS = (r"(?i:prime\s+minister|premier|president|spokesman|spokesperson|spokeswoman|minister|ministry|council"
               r"|committee|channel|account|page|website|agency|office|statement|letter|note|document|memo|editorial|commentary|newspaper|paper|official|commander|leader|cleric|(?<=[Tt]he\s)general|secretary(?:-general)?"
               r"|envoy|ambassador|commission|mission|embassy|bloc|alliance|movement|group|government|military|army|militias|militia|factions|department|court|command"
               r"|prosecutor|governor|mayor|cell|brigades|presidency|correspondent|armed\s+forces|syndicate|union|association"
               r"|directorate|authority|federation)|PM")
PORTFOLIOS = frozenset(
    "finance oil health justice education trade transport ports water electricity energy labour labor agriculture "
    "planning culture housing communications environment industry economy information tourism youth sports migration "
    "interior foreign defence defense".split())
"""Ministers' portfolios that stand before a role noun ("the finance minister", "the oil ministry")."""
_PORTFOLIO = "(?:" + "|".join(sorted(PORTFOLIOS)) + ")"
GENERIC_MINISTRY = re.compile(r"(?i:the\s+)?(?:Ministry\s+of\s+(?:the\s+)?(?i:" + _PORTFOLIO + r")(?:\s+Affairs)?"
                              r"|(?i:" + _PORTFOLIO + r")\s+Ministry)")
"""A ministry named by its portfolio alone ("the Ministry of Foreign Affairs", "Foreign Ministry"): the name of
one such ministry in each country, never a new actor of its own unless "of" a state follows (:data:`OF_STATE`)."""
OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Emirate|Arab\s+Republic)\s+of\s+(?:the\s+)?)?"
                      r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w’'-])")
"""After a ministry named by its portfolio, the state it belongs to (" of the Kingdom of Bahrain")."""
_ABBREVIATIONS = {"Dept": "Department", "Govt": "Government", "Intl": "International", "Natl": "National",
                  "Min": "Ministry", "Cttee": "Committee", "Assn": "Association"}
_ABBREVIATED = re.compile(r"(?<![\w-])(" + "|".join(_ABBREVIATIONS) + r")\.?(?![\w-])")


def expand_abbreviations(name: str) -> str:
    """A name with its abbreviated words written out ("State Dept." -> "State Department")."""
    return _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1)], name).strip()


_ROLE_MODS = (r"(?:(?!(?:The|A|An|In|On|At|According|After|Before|While|But|And|It|He|She|They)\b)[A-Z][\w’'.-]*"
              r"|senior|top|former|deputy|chief|foreign|interior|defen[cs]e|security|military|state|government|prime"
              r"|national|supreme|media|political|news|resistance|joint|federal|armed|militia|full|earlier|new|whole"
              r"|ministry|council|iraqi|iranian|american|official|front-page|outgoing|caretaker|embattled|veteran"
              r"|\d{2}-year-old|" + "|".join(sorted(PORTFOLIOS)) + r")")
_ROLE_TAIL = re.compile(r"(?<![\w’'-])(?P<det>(?:[Tt]he(?:\s+(?:country|nation)[’']s)?|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur)\s+)?"
                        r"(?P<mods>(?:" + _ROLE_MODS + r"\s+){0,3}?)(?P<head>" + _ROLE_HEADS + r")(?![\w-])\Z")
"""A role phrase ending where the match must end ("the Iraqi prime minister", "its spokesman"); "the
country’s" stands for "the" (the country the story is about, as for a bare "the army")."""
MEMBERS_BEFORE = re.compile(r"(?<![\w’'-])(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Ss]enior|[Aa])\s+)*"
                            r"(?P<head>(?i:colleagues|members|member|comrades|figures|commanders|fighters|loyalists|representatives|leaders"
                            r"|spokesman|spokeswoman|spokesperson))"
                            r"\s+(?:at|of|from|in|within|for)\s+(?:the\s+)?\Z")
"""Unnamed members of an organisation before its name ("His colleagues at X", "members of X", "a
spokesman for X"): they speak for it, as an unnamed spokesperson does (Q8 rule 3)."""
MEMBERS_AFTER = re.compile(r"[’']s\s+(?:(?:own|top|senior)\s+)?(?P<head>leaders|leadership|members|representatives)(?![\w’'-])")
"""An organisation's members as a group after its possessive name ("Fatah's leaders have called …"): they
speak for it (Q8 rule 3), as "the leaders of X" and "members of X" do."""
_ORG_ROLE_AFTER = re.compile(r"\s+(?i:spokesman|spokesperson|spokeswoman|official|commander|leader|chief|secretary|envoy|head)(?![\w-])")
_ANON_TAIL = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa]n?|[Oo]ther|[Mm]any|\d+)\s+)?"
    r"(?:(?:(?!(?:The|This|That|These|Those|Its|His|Her|Their|According|In|On|At|But|And|Some|Two|Several)\b)[A-Z][a-z]+"
    r"|[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,5}|senior|government|security|military|police|intelligence|medical|health|hospital|local|diplomatic|unnamed"
    r"|anonymous|provincial|top|western|informed|other|foreign|militia|faction|party|political)\s+){0,3}(?:[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Rr]esidents?)(?![\w-])\Z"
    r"|(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:(?:senior|young|junior|local|hospital|emergency)\s+){0,2}"
    r"(?P<staff>(?:[Dd]octor|[Nn]urse|[Pp]aramedic|[Ss]urgeon|[Mm]edic)s?)(?![\w-])\Z")
"""An unnamed source ending where the match must end ("two Iraqi security officials", "a U.N. official", "a resident"), or an
unnamed member of hospital staff with an indefinite determiner ("a doctor", "one nurse"; "the doctor" goes
back to a person described so, :mod:`.described`), an individual the article quotes (M8 note)."""
MEDICAL_HEADS = frozenset("doctor nurse paramedic surgeon medic".split())
"""Head nouns of the unnamed hospital staff of :data:`_ANON_TAIL`."""
_CLAUSE_PUNCT = re.compile(r"[,;:()—–]")


PERSON_NOUNS = {
    "doctor": ("doctor", "physician", "surgeon", "dr"), "physician": ("physician", "doctor", "dr"),
    "surgeon": ("surgeon",), "nurse": ("nurse",), "paramedic": ("paramedic", "medic"), "medic": ("medic", "paramedic"),
    "neighbour": ("neighbour", "neighbor", "lives near", "lived near", "living near", "next door", "resident"),
    "neighbor": ("neighbor", "neighbour", "lives near", "lived near", "living near", "next door", "resident"),
    "man next door": ("neighbour", "neighbor", "next door"), "woman next door": ("neighbour", "neighbor", "next door"),
    "cousin": ("cousin",), "brother": ("brother",), "sister": ("sister",), "uncle": ("uncle",), "nephew": ("nephew",),
    "friend": ("friend",), "colleague": ("colleague",), "witness": ("witness", "eyewitness"), "guard": ("guard", "bodyguard"),
    "driver": ("driver",), "shopkeeper": ("shopkeeper",), "student": ("student",), "teacher": ("teacher",),
    "labourer": ("labourer", "laborer"), "engineer": ("engineer",), "farmer": ("farmer",), "lawyer": ("lawyer",),
    "widow": ("widow",), "survivor": ("survivor",), "volunteer": ("volunteer",), "shopowner": ("shopowner",),
    "sheikh": ("sheikh", "shaikh", "sheik"), "fisherman": ("fisherman",),
}
"""Person nouns that no registry role names ("the doctor", "the neighbour"), with the words of a title,
registry description or introduction that say them ("Dr.", "living near"): a witness named once, then
described (G2)."""
SYMMETRIC_NOUNS = frozenset("cousin friend colleague neighbour neighbor".split())
"""Relations that hold both ways: "X’s cousin" introduces X as the cousin of that cousin."""
DESCRIBED = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?P<owner>[a-z]+)[’']s\s+)?(?:(?:old|young|elderly)\s+)?(?P<head>"
                        + "|".join(PERSON_NOUNS) + r")(?![\w-])")
""""the doctor", "the old man next door", "the guard’s cousin": a person described by a noun of :data:`PERSON_NOUNS`."""


_TRIGGERS = {
    "possessive": with_capitals("his her its their".split()),
    "generic": with_capitals("some many others most no nobody analysts experts witnesses residents observers critics "
                             "activists voters".split()),
    "pronoun": with_capitals("he she it they one each".split()),
    "relative": frozenset(("which", "who")),
    "ordinal": frozenset(("latter", "former")),
    "pair": with_capitals(("the", "both")),
    "age": with_capitals(("the",)),
    "described": with_capitals(("the", "this", "that")),
}
"""Words at which the reference patterns are tried (a dictionary look-up is cheaper than a scan)."""


ROLE_HEAD_WORDS = with_capitals(
    ("prime minister premier president spokesman spokesperson spokeswoman minister ministry council committee "
     "channel account page website agency office statement letter note document memo editorial commentary newspaper paper official commander leader cleric secretary envoy ambassador mission "
     "commission general embassy bloc alliance movement group government military army militias militia factions department court command prosecutor "
     "governor mayor cell brigades presidency correspondent forces syndicate union association directorate authority "
     "federation").split(), upper=True) | {"PM"}
"""The head nouns of a definite role ("the ministry", "the Council"), which :mod:`.role_referents` resolves."""
_ANON_HEAD_WORDS = with_capitals("source sources official officials diplomat diplomats resident residents".split()
                                 + [w + s for w in MEDICAL_HEADS for s in ("", "s")])


_REF_ORDER = ("pair", "anon", "possessive", "role", "name", "described", "generic", "pronoun", "relative", "ordinal", "age")
"""Reference kinds in priority order: an earlier kind keeps a span that a later one overlaps."""
_WORD_KINDS: dict[str, tuple[str, ...]] = {}
for _kind, _words in (("anon", _ANON_HEAD_WORDS), ("role", ROLE_HEAD_WORDS), *_TRIGGERS.items()):
    for _w in _words:
        _WORD_KINDS[_w] = _WORD_KINDS.get(_w, ()) + (_kind,)


_GENERIC = re.compile(r"(?<![\w’'-])(?:[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Nn]o one|[Nn]obody|[Aa]nalysts|[Ee]xperts|[Ww]itnesses"
                      r"|[Rr]esidents|[Oo]bservers|[Cc]ritics|[Aa]ctivists|[Vv]oters)(?![\w’'-])")
_PRONOUN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?:[Oo]ne|[Ee]ach) of them)(?![\w’'-])")
"""Personal pronouns, and "one of them" that stands for the group "they" would (the speaker of "“…,” one of
them said" is the officials just named, M8)."""
_RELATIVE = re.compile(r"(?<![\w’'-])(?:which|who)(?![\w’'-])")
POSSESSIVE_ROLE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<noun>office|ministry|government|spokesman|spokesperson|"
                              r"spokeswoman|party|bloc|movement|militia|channel|aide|adviser|advisor|campaign|account)(?![\w-])")
_ORDINAL = re.compile(r"(?<=[Tt]he )(?:latter(?!\s+(?:half|part|stage|case|point|period|group|option|view))"
                      r"|former(?=\s*(?:[,;]|\s(?:said|says|added|told|called|wrote|urged|warned|insisted|argued|noted"
                      r"|described|stressed|replied|was|is|has|had)\b)))(?![\w-])")
""""the latter", "the former" standing for one of two actors just named ("X met Y. The latter said …"); an
adjectival "the former prime minister" is no such reference."""
_PAIR_NOUNS = (r"(?:men|women|leaders|sides|parties|bodies|ministers|ministries|presidents|groups|governments"
               r"|organi[sz]ations|institutions|movements|factions|politicians|clerics|commanders|agencies|countries|states"
               r"|missions|delegations|embassies|allies|powers)")
"""Nouns of "the two men", "both sides": two actors taken together."""
_NOT_PAIR_AFTER = r"\s+(?:the\b|al-|el-|[A-Z]|[a-z]+(?:s\b|men\b|[’'])|children\b|people\b|police\b|of\s+(?!them\b))"
"""After a bare "the two" or "both", a noun, a name or "of the" that it counts or opens ("the two drones", "both
Haddad and …", "both the army and …", "the two guards’"): no pair."""
_PAIR = re.compile(r"(?:[Tt]he\s+two|[Bb]oth)(?:\s+" + _PAIR_NOUNS + r"(?![\w’'-])|(?![\w’'-])(?!" + _NOT_PAIR_AFTER + r"))"
                   r"(?:\s+of\s+them)?|[Tt]he\s+(?:pair|duo)(?![\w’'-])|[Tt]he\s+(?:three|four|five|six)\s+" + _PAIR_NOUNS + r"(?![\w’'-])")
""""the two", "the two men", "both sides", "both of them", "the pair": two actors the article just coordinated ("X and Y
issued a joint statement. “…,” the two said"); "the four governments": the four it just listed."""
_AGE = re.compile(r"[Tt]he (?P<age>\d{2})-year-old(?:\s+(?:man|woman|minister|leader|cleric|official|commander))?(?![\w-])")
""""the 54-year-old": the person whose age the article gave ("Haddad, 54,", "Haddad (54)", "aged 54")."""
_REF_PATTERNS = {"possessive": POSSESSIVE_ROLE, "generic": _GENERIC, "pronoun": _PRONOUN, "relative": _RELATIVE,
                 "ordinal": _ORDINAL, "pair": _PAIR, "age": _AGE, "described": DESCRIBED}
NAME_TOKEN = r"(?:(?:[Aa]l|[Ee]l)-)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-’'][A-Za-zÀ-ÖØ-öø-ÿ]+)*"
"""A word of a name, accented letters included ("Hélène", "António")."""
_NAME = re.compile(r"(?<![\w’'-])" + NAME_TOKEN + r"(?:\s+(?:(?:bin|ibn|abu|Abu|Al|de|van|von|der|da|du)\s+)?" + NAME_TOKEN + r"){1,3}(?![\w-])")
NAME_GIVING = (r"(?<![\w’'-])(?:name|names|named|called|calls\s+(?:him|her)self|identified)(?:\s+(?:only|simply|just))?"
               r"(?:\s+as)?,?\s+")
"""Words that give a person's name right before it ("who gave his name only as ", "identified only as ")."""
NAME_STOP = frozenset(
    "The A An In On At By For From To Of And But Or As If When While After Before Since Until During According "
    "Following Meanwhile However Although Because This That These Those There Their They It He She We Our His Her Its "
    "Mr Mrs Ms Dr Sir President Prime Minister Premier Deputy Vice Former Foreign Interior Defence Defense General Gen "
    "Major Maj Brigadier Lieutenant Colonel Captain Commander Chief Spokesman Spokesperson Secretary Senator Governor "
    "Mayor Judge Sheikh Ayatollah Imam King Queen Prince Iraqi Iranian American Saudi Kurdish Shiite Shia Sunni Senior "
    "Top Independent Supreme Leader Cleric Officials Official Sources Source Security Some Many Other Several Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Photos Photo Police Protesters Residents Earlier Later Also Just Other Both Affairs Ambassador Envoy".split())
ORG_HEADS = {"Ministry": "government", "Council": "government", "Department": "government", "Office": "government",
             "Committee": "other", "Commission": "other", "Party": "party", "Alliance": "party", "Bloc": "party",
             "Movement": "armed_group", "Coalition": "party", "Front": "armed_group", "Brigades": "armed_group",
             "Militia": "armed_group", "Militias": "armed_group", "Government": "government",
             "Brigade": "armed_group", "Forces": "military", "Army": "military", "Command": "military",
             "Agency": "media", "News": "media", "TV": "media", "Television": "media", "Times": "media",
             "Post": "media", "Institute": "other", "Organization": "other", "Organisation": "other", "Group": "other",
             "Union": "other", "Association": "other", "Court": "government", "League": "other", "Syndicate": "other",
             "Federation": "other", "Directorate": "government", "Authority": "government", "Embassy": "government",
             "Consulate": "government", "Parliament": "government", "Assembly": "government", "Mission": "other",
             "Secretariat": "other", "Foundation": "other", "Observatory": "other", "Bureau": "government",
             "Presidency": "government"}
NAMED_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+")
"""A capitalised owner in the possessive opening a body's name or role ("Qatar’s foreign ministry")."""


def past_owner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A body's mention without the owner in the possessive that opens it ("Qatar’s |Ministry of Foreign
    Affairs"): the owner is a mention of its own (M1)."""
    owner = NAMED_OWNER.match(text, span[0], span[1])
    return (owner.end(), span[1]) if owner else span


PLACE_HEADS = frozenset(
    "Street Square Zone Airport Bridge City District Province Governorate Base Airbase Camp Palace Mosque Shrine "
    "Hospital Market Gate Quarter Neighbourhood Neighborhood Village Town Valley River Residence Compound Hotel "
    "Stadium University Highway Avenue Road Park Island Mountains Desert Port Harbour Circle Roundabout Tower "
    "Building Complex Sea Gulf Lake Strait Plain Hills Crossing Checkpoint Area Region Peninsula".split())
"""Last words of a capitalised name that make it a place ("Al-Rasheed Street", "the Green Zone"): a
place is never a speaker, never the antecedent of a pronoun and never a proposed actor."""
PLACE_FIRSTS = frozenset("Camp Mount Lake Fort Jabal Jebel Wadi Bab Souq Suq".split())
"""First words of a capitalised name that make it a place ("Camp Taji"; the Arabic for gate and market:
"Bab al-Muadham", "Souq al-Ghazl")."""
PERSON_TITLES = frozenset("Mr Mrs Ms Dr President Minister Spokesman Spokesperson Secretary General Gen Major Maj "
                          "Brigadier Lieutenant Colonel Captain Commander Senator Governor Mayor Judge Sheikh Ayatollah "
                          "Imam Cleric Leader Deputy".split())


@dataclass
class Ref:
    """A referring expression in a sentence: a registered actor, a role, an unnamed source, a
    pronoun, a relative pronoun, a possessive role ("his office") or an unregistered name."""

    start: int
    end: int
    text: str
    kind: str
    actor: str | None = None
    person: bool | None = None
    possessive: bool = False
    head: str | None = None
    org: str | None = None



@dataclass
class Resolved:
    """Who a cue or reference points to."""

    actor: str | None
    new: str | None
    text: str
    explicit: bool
    person: bool | None
    method: str
    confidence: float
    span: tuple[int, int] | None = None

    @property
    def known(self) -> bool:
        return self.actor is not None or self.new is not None


@dataclass
class Sentence:
    """A sentence of paragraph ``para``, with the indices of the quotations that open in it."""

    start: int
    end: int
    para: int
    quotes: list[int] = field(default_factory=list)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-") or "actor"


_NICKNAME_BEFORE = re.compile(r"\b(?:known(?:\s+[\w’']+){0,3}?\s+as|nicknamed|dubbed|alias|aka|nom de guerre"
                              r"|by the (?:nick)?name(?: of)?|goes by|went by)\s+\Z")


def is_nickname(text: str, start: int, name: str) -> bool:
    """A name the article gives as a nickname: after "known as", "nicknamed", "dubbed". A bare kunya said
    to speak ("said Abu Haider, 54,") names the person the article quotes (M8 note)."""
    return bool(_NICKNAME_BEFORE.search(text, max(0, start - 40), start))
