"""Attribution cues: the speech verbs and phrases ("said", "according to", "statement from")
that introduce reported words, and the words at which the cue pattern is tried."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import with_capitals

FINITE_SPEECH = (
    "said says say told tells tell tweeted tweets wrote writes added adds stated states declared declares announced "
    "announces noted notes stressed stresses warned warns insisted insists claimed claims described describes "
    "called calls urged urges decried decries condemned condemns appealed appeals accused accuses blamed blames "
    "asked asks posted posts shared shares explained explains argued argues remarked commented "
    "confirmed confirms denied denies vowed vows pledged pledges threatened threatens captioned praised praises "
    "spoke speaks alleged alleges acknowledged admitted emphasized emphasised reiterated demanded demands "
    "cautioned echoed mocked dismissed rejected welcomed welcomes suggested suggests suggest sneered scoffed boasted "
    "joked quipped hailed hails texted texts messaged emailed assured assures promised promises denounced denounces "
    "slammed slams branded brands expressed expresses voiced voices affirmed affirms reaffirmed reaffirms "
    "pleaded pleads complained complains lamented laments spoken "
    "mocks dismisses rejects cautions emphasizes emphasises reiterates acknowledges admits scoffs sneers boasts quips").split()
"""Finite verbs that introduce speech, in the past and the present of a timeline ("mocks the attack as “…”");
"responded" and "replied" are left out: too often not speech (they are cues only in a frame, :data:`FRAMED_SPEECH`)."""
PARTICIPLE_SPEECH = (
    "saying adding asking calling describing noting warning urging praising accusing stressing insisting claiming "
    "referring theorizing theorising arguing telling tweeting writing condemning blaming explaining declaring "
    "announcing vowing demanding echoing mocking dismissing rejecting welcoming sneering scoffing boasting joking "
    "quipping hailing texting assuring promising denouncing slamming branding expressing voicing affirming "
    "reaffirming appealing pleading complaining lamenting suggesting recalling").split()
INFINITIVE_SPEECH = "call urge demand warn appeal blame".split()
"""Speech verbs that are cues only as infinitives ("has been to call for", "went on to urge"): their
speaker is the subject of the clause that governs them."""
STANCE_VERBS = ("insist insists insisted cry cries cried want wants wanted refer refers referred call label labels labelled "
                "labeled dub dubs dubbed term terms termed prefer prefers preferred").split()
"""Verbs of stance, naming or wanting that are no cue of their own ("the Front cried “theft”", "X wants a “…”",
"X referred in its statement to a “…”"): words quoted in their clause are the subject's (Q8 rule 6)."""
CHANTED = r"\b(?:chanted|chant|chants|shouted)\b(?=\s*[:,]?\s*[“\"‘«]|\s*[.;]|\s+(?:as|while)\b)"
CHANTING = r"\b(?:chanting|shouting)\b(?=\s*[:,]?\s*[“\"‘«])"
"""A chant or a shout is a cue only right before the words chanted ("chanting “No to fraud”") or after them ("“…,” the
protesters chanted as they marched"), not
"chanting against the premier"; "call" is a finite cue only in "what they call “…”" (else an infinitive)."""
PUT_AT = (r"\bput\s+(?:the|its|their|his|her)\s+(?:(?:death|casualty|overall|final|initial)\s+)?(?:number|toll|figure|count|tally)\b"
          r"(?=[^.;!?]{0,120}?\sat\s)")
"""A figure a source gives ("put the number of wounded at “more than twenty”", "put the number held “in the
riot” at 31"): the source says the words of the figure, as with a speech verb (Q8)."""
RELAY_VERBS = ("reported", "quoted", "cited", "relayed")
AGENT_VERBS = ("quoted", "warned", "told", "urged", "described", "called", "criticised", "criticized", "accused",
               "dubbed", "branded", "labelled", "labeled", "condemned", "denounced", "praised")
"""Passive verbs whose "by" agent is the speaker ("was quoted by X", "were warned by X")."""
_ISSUED = r"(?:released|issued|published|put\s+out|posted|signed|sent|circulated|given)"
_REPORT_NOUNS = r"(?:claims?|allegations?|accusations?|assertions?|insistence|charges?)(?=\s+that\b)"
"""Nouns of reported speech whose owner speaks the clause after them ("the factions’ claim that …")."""
DESCRIBED_AS = r"(?:descriptions?|characteri[sz]ations?)(?=\s+of\s+[^.;:“”\"]{1,60}?\s+as\b)"
"""Nouns of a description whose owner gives the words after "as" ("X’s description of the attack as a “…”")."""

FRAMED_SPEECH = ("recalled recalls recounted recounts shouted shouts screamed screams yelled yells whispered whispers "
                 "sobbed replied replies responded responds retorted retorts answered answers countered counters").split()
"""Speech verbs, like "continued", only right after the closing mark and the subject ("…,” he recalled.", "…,” one
young man shouted into a phone", "…,” he replied") or before a colon and the marks: "The attack recalled the 2018
attempt", "shouted at the police" and "the army responded with tear gas" are no speech."""
_CUE = re.compile(
    r"(?P<according>\b[Aa]ccording to\b|\b[Ii]n the (?:own )?words of\b)"
    r"|(?P<words>(?<=[’']s )(?:own )?(?:words|remarks|" + _REPORT_NOUNS + "|" + DESCRIBED_AS + r")\b|(?<=s[’'] )(?:own )?"
    r"(?:words|remarks|" + _REPORT_NOUNS + "|" + DESCRIBED_AS + r")\b)"
    r"|(?P<source>\b(?:[Ss]tatements?|[Mm]essages?|[Rr]eports?|[Pp]osts?|[Cc]ommuniqu[ée]s?|[Pp]ress releases?|[Aa]ccounts?"
    r"|[Vv]ersions?)\s+"
    r"(?:" + _ISSUED + r"\s+)?(?:from|by)\b)"
    r"|(?P<readfrom>\bread\s+(?:a|the)\s+(?:statement|message|post)(?:\s+(?:" + _ISSUED + r"\s+)?(?:from|by))?\b)"
    r"|(?P<byagent>\b(?:" + "|".join(AGENT_VERBS) + r")\s+by\b)"
    r"|(?P<quoted>\bquoted as saying\b)"
    r"|(?P<term>\buse of the (?:term|word|phrase|expression)\b)"
    r"|(?P<relay>\b(?:" + "|".join(RELAY_VERBS) + r")\b)"
    r"|(?P<finite>\b(?:" + "|".join(FINITE_SPEECH) + r")\b|(?<=statement )reads?\b|(?<=letter )reads?\b|(?<=note )reads?\b|(?<=document )reads?\b|(?<=memo )reads?\b|\blaid (?:the )?blame\b"
    r"|" + CHANTED + r"|" + PUT_AT + r"|(?<=\bwhat they )call\b|\bput it\b(?=\s*(?:[,:;.—–]|to\b|\w+ly\b|this way\b|another way\b|in\b|on\s+[A-Z][a-z]+day\b))"
    r"|(?<=\bto )(?:" + "|".join(INFINITIVE_SPEECH) + r")\b|(?<=\bha[sd] )written\b|(?<=\bhave )written\b)"
    r"|(?P<part>\b(?:" + "|".join(PARTICIPLE_SPEECH) + r")\b|" + CHANTING + r")"
    r"|(?P<cont>\b(?:continued|continues|went on|goes on|" + "|".join(FRAMED_SPEECH) + r")\b)"
    r"|(?P<view>\b(?:For|To)\b(?=\s+[^,.;:“”\"]{2,60},))"
)
CUE_TRIGGERS = frozenset(FINITE_SPEECH + PARTICIPLE_SPEECH + INFINITIVE_SPEECH + FRAMED_SPEECH + list(RELAY_VERBS) + (
    "according statement statements message messages report reports post posts communique communiques communiqu written "
    "account accounts version versions "
    "press read reads quoted use laid continued continues went goes put in own words remarks claim allegation "
    "allegations accusation accusations assertion assertions insistence charge charges description descriptions "
    "characterisation characterisations characterization characterizations chanted chant chants shouted "
    "chanting shouting").split() + list(AGENT_VERBS))
"""First words of the attribution cues: the cue regex is tried only where one of them stands."""
CUE_TRIGGERS_CASED = with_capitals(CUE_TRIGGERS) | {"For", "To"}
CONTINUATION_VERBS = frozenset("added adds continued continues went goes".split())
"""Cue words that say the speaker goes on ("he added", "she continued", "he went on")."""
_CONTINUATION_FRAME = re.compile(r"[”\"’»][,.]?\s+\S+(?:\s+\S+){0,3}\s+$")
"""A continuation verb counts as speech only right after a closing quotation mark and its subject
("…,” she continued.") or before a colon and a quotation ("He went on: “…”")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_NOUN_BEFORE = re.compile(r"\b(?:in|of|with|for|by|from|to|on|the|a|an|its|his|her|their|our|these|those|such|many|new|further)\s+$",
                          re.I)
"""A word before a speech word ending in "s" that makes it a noun ("challenged in appeals", "the claims",
"their calls"), not a verb of speech."""
OWN_INFINITIVE = re.compile(r"(?:vow|pledge|promise|threaten)(?:s|d|ed)?\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+\b")
"""A commitment with its own infinitive ("vows to pursue", "pledged to rebuild"): it reports that commitment,
never a quotation before it."""
_NOUN_TO_BEFORE = re.compile(r"(?:[”\"’»]|\b(?:nothing|anything|something|evidence|reason|proof|signs?|indications?|grounds|little"
                             r"|much))\s+to\s+$", re.I)
"""Before a speech verb, a "to" that makes it the infinitive of a noun ("nothing to suggest", "“seen nothing” to
suggest", "no evidence to say"): it reports no speech."""
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but|then|or)\s+(?:(?:also|then|later|earlier|\w+ly)\s+)?$")


@dataclass
class Cue:
    start: int
    end: int
    kind: str      # according | words | source | readfrom | byagent | quoted | term | relay | finite | part | view
    word: str

