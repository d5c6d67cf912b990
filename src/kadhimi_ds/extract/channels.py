"""Channels and relays of quotations (codebook Q10, Q11): how the words were delivered, from the words
of the quote's sentence, and the outlet that relays them; split from :mod:`.attribution`."""
from __future__ import annotations

import re

from .continuity import Continuity
from .cues import PARTICIPLE_SPEECH, Cue
from .referring import DETERMINERS, Resolved

CHANNEL_RULES = (
    ("telegram", re.compile(r"\btelegram\b")),
    ("tweet", re.compile(r"\btweet(?:ed|s)?\b|\btwitter\b")),
    ("video", re.compile(r"\bvideo\b")),
    ("televised_address", re.compile(r"\btelevised\b|\baddress(?:ed)? (?:to )?the nation\b|\btelevision address\b")),
    ("interview", re.compile(r"\binterview\b|\btold (?:the )?(?:reuters|afp|associated press|al jazeera|reporters|journalists)\b|\bspoke to\b|\bspeaking to\b")),
    ("press_release", re.compile(r"\bpress release\b")),
    ("statement", re.compile(r"\bstatement\b|\bcommuniqu")),
    ("speech", re.compile(r"\bspeech\b|\bsermon\b|\brally\b|\bfuneral\b|\baddressing\b")),
    ("social_media_post", re.compile(r"\bfacebook\b|\binstagram\b|\bsocial media\b|\bposted\b")),
)


_QUOTED_AS = re.compile(r"\s+[^,;:“”\"«»]{1,100}?\s+as\s+(?:" + "|".join(PARTICIPLE_SPEECH) + r")\b")
"""The rest of "quoted X as saying", "was quoted by X as telling": the one quoted speaks, the quoting body relays."""
_AGENCY_NAME = re.compile(r"\b(?:News|Press)\s+Agency\b")
"""The name of a news agency the registry lacks ("Kuwait News Agency", "Saudi Press Agency")."""
_CHANNEL_KEYS = {
    "telegram": {"telegram"}, "tweet": {"tweet", "tweeted", "tweets", "twitter"}, "video": {"video"},
    "televised_address": {"televised", "address", "addressed", "television"},
    "interview": {"interview", "told", "spoke", "speaking"},
    "press_release": {"press"}, "statement": {"statement", "communique", "communiqu"},
    "speech": {"speech", "sermon", "rally", "funeral", "addressing"},
    "social_media_post": {"facebook", "instagram", "social", "posted"},
}
"""Words that must be in a sentence before its channel pattern is tried."""
_CHANNEL_WORDS = frozenset(w for ws in _CHANNEL_KEYS.values() for w in ws)


class Channels(Continuity):
    """The channel half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution`."""

    def sentence_channel(self, si: int) -> str | None:
        """The delivery channel the sentence names outside its quotations, if any (cached)."""
        if si in self._channels:
            return self._channels[si]
        found = None
        words = {w.lower() for ws, _, w in self.words(si) if w.lower() in _CHANNEL_WORDS and not self.in_quote(ws)}
        low = self.masked(si).lower() if words else ""
        present = {name for name, rule in CHANNEL_RULES if words & _CHANNEL_KEYS[name] and rule.search(low)}
        if present:
            for name, _ in CHANNEL_RULES:  # the first channel in priority order that the sentence names
                if name in present and not (name == "social_media_post" and not re.search(r"facebook|instagram|social media", low)):
                    found = name
                    break
        if found is None:
            for r in self.refs(si):
                if r.kind == "mention" and self.gaz.info.get(r.actor or "") and self.gaz.info[r.actor].kind == "media":
                    if [w for w in self.words_before(r.start, self.sentences[si].start, 2) if w != "the"][:1] == ["told"]:
                        found = "interview"
                        break
        if found is None and "posted" in low:
            found = "?posted"
        self._channels[si] = found
        return found

    def channel(self, si: int, speaker: str | None) -> str:
        found = self.sentence_channel(si)
        if found and found != "?posted":
            return found
        if speaker and speaker in self.speaker_channel:
            return self.speaker_channel[speaker]
        return "social_media_post" if found == "?posted" else "unspecified"

    def reported_via(self, si: int, cues: list[tuple[Cue, Resolved | None]], speaker: str | None = None) -> str | None:
        """The outlet that relays the words: "..., state media reported", "told Reuters", "on state television";
        or the body, other than the ``speaker``, that quotes them: "his office quoted him as saying" (Q11, C17)."""
        for cue, res in cues:
            if cue.kind == "relay" and res is not None and res.actor and self.gaz.info[res.actor].kind == "media":
                return res.actor
        for cue, res in cues:
            if cue.kind in ("relay", "byagent") and cue.word.split()[0] in ("quoted", "cited") and res is not None \
                    and res.known and res.method != "generic" and (res.actor or res.new) != speaker \
                    and _QUOTED_AS.match(self.text, cue.end, self.sentences[si].end):
                return res.actor or res.new
        found = None
        prev_media_end = -10
        for r in self.refs(si):
            info = self.gaz.info.get(r.actor or "") if r.kind == "mention" else None
            if not info or info.kind != "media" or r.possessive:
                continue
            words = self.words_before(r.start, self.sentences[si].start, 3)
            while words and words[0] in DETERMINERS:
                words.pop(0)
            if (words and words[0] in ("told", "tell", "tells", "to", "on", "via", "by", "from")) or r.start - prev_media_end <= 2:
                found = r.actor
            prev_media_end = r.end
        return found

    def is_outlet(self, res: Resolved) -> bool:
        """A registered media actor, or a new one named as a news agency ("the Saudi Press Agency (SPA)")."""
        if res.actor is None:
            return res.new is not None and _AGENCY_NAME.search(res.text) is not None
        return self.gaz.info[res.actor].kind == "media"

    def outlet_relays(self, cue: Cue, res: Resolved | None) -> bool:
        """"…,” she said, according to the Daily Courier": an outlet after "according to" relays
        quoted words (Q11); it is never their speaker."""
        return cue.kind == "according" and res is not None and self.is_outlet(res)
