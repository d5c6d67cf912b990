"""A state named by its capital ("Washington condemned the attack", "a servant of Washington"):
the capital stands for the government of the registered state whose name or alias is the
country's (codebook M1, M14: a state is mentioned by its names; the capital used as the actor
is one of them). A capital used as a place ("in Washington", "Baghdad —", "central Baghdad",
"Washington Post", "Baghdad's streets") is no mention."""
from __future__ import annotations

import re

from .draft import MentionProposal

STATE_KINDS = frozenset({"state", "country"})
COUNTRIES = frozenset((
    "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Benin"
    "|Bolivia|Bosnia|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba"
    "|Cyprus|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gaza|Georgia|Germany"
    "|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Japan"
    "|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Madagascar|Malawi|Malaysia|Mali"
    "|Mauritania|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria"
    "|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda"
    "|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka"
    "|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine"
    "|United Arab Emirates|UAE|United Kingdom|UK|Britain|United States|US|U.S.|Uruguay|Uzbekistan|Venezuela|Vietnam|West Bank"
    "|Yemen|Zambia|Zimbabwe").split("|"))
"""Names of states (and of territories news copy names alongside them), as articles write them."""
CAPITALS = {
    "Washington": ("United States", "U.S.", "US", "United States of America"), "Tehran": ("Iran",), "Baghdad": ("Iraq",),
    "Riyadh": ("Saudi Arabia",), "Moscow": ("Russia",), "Beijing": ("China",), "London": ("United Kingdom", "Britain", "UK"),
    "Paris": ("France",), "Ankara": ("Turkey", "Türkiye"), "Damascus": ("Syria",), "Beirut": ("Lebanon",),
    "Amman": ("Jordan",), "Cairo": ("Egypt",), "Abu Dhabi": ("United Arab Emirates", "UAE"), "Doha": ("Qatar",),
    "Manama": ("Bahrain",), "Muscat": ("Oman",), "Berlin": ("Germany",), "Kabul": ("Afghanistan",),
}
"""Capitals and the names of their states, as the registry may write them."""
_CAPITAL = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(map(re.escape, CAPITALS), key=len, reverse=True)) + r")(?![\w’'-])")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|outside|inside|around|across|into|towards?|via|between|over|through"
                           r"|central|western|eastern|northern|southern|downtown|greater|capital|the|of the|visit(?:ed|ing|s)?"
                           r"|arrived in|left|flew)|[A-Z][\w’'-]*)\s+$")
_PLACE_AFTER = re.compile(r"^(?:\s+[A-Z]|\s*[-–—:,(]|[’']s\b|-based)")


_ACTING = re.compile(r"\s+(?:[a-z]+ed|[a-z]+[^s\W]s|has|had|is|was|will|would|must|can|could|should|may|might|did|does|to|and)\b"
                     r"|\s*(?:[.!?;\"”’)]|$)")
"""After a capital that acts: a verb ("condemned", "reacts", "has"), "to", "and", or the end of
the clause ("a servant of Washington")."""


def _setting(text: str, capital: str) -> bool:
    """True when the article uses the capital as a place somewhere ("in Baghdad", "BAGHDAD, Nov 7",
    "Baghdad —"): there it is the story's setting, never the state's government."""
    return re.search(r"\b(?:in|at|from|near|outside|inside|across|around)\s+" + capital + r"\b|^" + capital
                     + r"\s*[-–—:,]|\n" + capital + r"\s*[-–—:,]|" + capital.upper() + r"\s*[-–—:,(]", text) is not None


def capital_mentions(text: str, a: int, b: int, states: dict[str, str], known: list[MentionProposal]) -> list[MentionProposal]:
    """Mentions of registered states by their capitals in text[a:b]; ``states`` maps the names
    and aliases of the registry's states to their ids; ``known`` are mentions found already."""
    if not states or not _CAPITAL.search(text, a, b):
        return []
    out = []
    for m in _CAPITAL.finditer(text, a, b):
        if m.group() in states or any(k.start < m.end() and m.start() < k.end for k in known) or _setting(text, m.group()):
            continue  # an alias already ("Tehran"), or inside a longer mention
        aid = next((states[n] for n in CAPITALS[m.group()] if n in states), None)
        at_start = not text[a:m.start()].strip() or re.search(r"[.!?\"“”]\s*$|\n\s*$", text[max(a, m.start() - 4):m.start()])
        before = text[max(a, m.start() - 20):m.start()]
        if aid is None or _PLACE_AFTER.match(text, m.end(), b) or (not at_start and _PLACE_BEFORE.search(before)) \
                or not _ACTING.match(text, m.end(), b):
            continue
        out.append(MentionProposal(m.start(), m.end(), m.group(), aid, "capital", 0.7))
    return out
