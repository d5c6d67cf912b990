"""Attribution (``kadhimi_ds.extract.attribution`` with its cues and subjects): the speaker a
quotation's own sentence names, through speech verbs, "according to", statements, appositions,
a later cue, transcript turns; the channel, the outlet that relays, the speaker basis; and who
asserts a claim. Sentences written for these tests in the styles of wire copy, regional outlets,
live blogs, op-eds and official statements."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import draft_yaml

from helpers import ACTORS, CUSTOMS, DIPLOMATS, LEAGUE, Registry, quote, run, who


# --- explicit cues in the quotation's sentence ----------------------------------------------------

@pytest.mark.parametrize("sentence, speaker, cue", [
    ("“The cranes will move again,” Omar Haddad said.", "omar-haddad", "said"),
    ("“The cranes will move again,” said Lina Sabbagh, a ministry spokeswoman.", "lina-sabbagh", "said"),
    ("Lina Sabbagh told Reuters: “The cranes will move again.”", "lina-sabbagh", "told"),
    ("Omar Haddad tweeted, “The cranes will move again.”", "omar-haddad", "tweeted"),
    ("According to Lina Sabbagh, “the cranes will move again”.", "lina-sabbagh", "According to"),
    ("In a statement, the ports ministry said: “The cranes will move again.”", "ports-ministry", "said"),
    ("Nour Karim, the prime minister, said the cranes would move “again and again”.", "nour-karim", "said"),
    ("The port was quiet, the cranes “would move again”, Lina Sabbagh said.", "lina-sabbagh", "said"),
])
def test_explicit_attribution_cues(sentence, speaker, cue):
    draft = run(sentence)
    assert len(draft.quotes) == 1
    q = draft.quotes[0]
    assert (q.speaker, q.attribution, q.cue) == (speaker, "explicit", cue)
    assert q.confidence >= 0.75


@pytest.mark.parametrize("text, words, expected", [
    ('"The port is shut," said Omar Haddad, the ports minister.', "The port is shut,", "omar-haddad"),
    ('The port is "fully secure", according to Lina Sabbagh.', "fully secure", "lina-sabbagh"),
    ('Haddad told the Daily Courier: "We are ready."', "We are ready.", "omar-haddad"),
    ('Haddad told Lina Sabbagh: "Close the gates."', "Close the gates.", "omar-haddad"),
    ('Lina Sabbagh wrote on Twitter: "Stay calm."', "Stay calm.", "lina-sabbagh"),
    ('In a statement, the ports ministry said: "All ships are safe."', "All ships are safe.", "ports-ministry"),
    ('"The docks are safe," read a statement released by the Harbour Front.', "The docks are safe,", "harbour-front"),
    ('"No ship was hit," the statement from the ports ministry said.', "No ship was hit,", "ports-ministry"),
    ("The Harbour Front's statement called the vote \"a fraud\".", "a fraud", "harbour-front"),
    ('A statement issued by the Harbour Front said the count was "rigged from the start".',
     "rigged from the start", "harbour-front"),
    ('The ports ministry and the Harbour Front said: "Calm has returned."', "Calm has returned.", "ports-ministry"),
    ('The crowd was warned by Lina Sabbagh, who wrote: "Go home now."', "Go home now.", "lina-sabbagh"),
    ('Haddad, never one for nuance, called the protesters "vandals".', "vandals", "omar-haddad"),
    ('The minister\'s words, "we will rebuild", were quoted by Lina Sabbagh on Monday.', "we will rebuild",
     "lina-sabbagh"),
])
def test_an_explicit_cue_names_the_speaker(text, words, expected):
    assert who(text, words) == expected


def test_told_gives_the_speaker_not_the_listener():
    d = run('Lina Sabbagh spoke on Monday.\n\n"The port reopens tomorrow," Sabbagh told the Daily Courier.')
    q = quote(d, "The port reopens tomorrow,")
    assert q.speaker == "lina-sabbagh" and q.speaker_basis == "explicit cue"


def test_coordinated_subjects_give_the_first():
    d = run('The ports ministry and Harbour Front said in a joint statement that the dock was safe. '
            '"Work goes on," they said.\n\nThe ports ministry and Harbour Front said: "No ship was hit."')
    assert quote(d, "No ship was hit.").speaker == "ports-ministry"


@pytest.mark.parametrize("text, words, expected", [
    # wire copy: the agent of a passive, then an apposition, then "who wrote"
    ('Karim was warned last week by Omar Haddad, the head of the Harbour Front, who wrote on Twitter: '
     '"The docks are not safe."', "The docks are not safe.", "omar-haddad"),
    ('The premier had been threatened by Lina Sabbagh, a spokeswoman for the customs ministry, who said in a '
     'post that "nobody is above the law".', "nobody is above the law", "lina-sabbagh"),
    ('Protesters were told by Haddad, leader of the ports ministry, who spoke on state television: "Go home."',
     "Go home.", "omar-haddad"),
])
def test_who_after_an_apposition_is_the_person_not_the_organisation(text, words, expected):
    assert CUSTOMS.who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ('The head of the ports ministry, Omar Haddad, wrote in a post: "We stay open."', "We stay open.", "omar-haddad"),
    ('The Harbour Front\'s media official, known as "Lina Sabbagh", wrote that "the docks are ours".',
     "the docks are ours", "lina-sabbagh"),
    ('The minister of ports, Mr. Omar Haddad, phoned Nour Karim and said the raid "hurt every worker".',
     "hurt every worker", "omar-haddad"),
    ('The Harbour Front\'s channels spent the week calling the minister a "thief".', "thief", "harbour-front"),
    ('Omar Haddad, the minister whom his staff call "the Captain", was quick to suggest the fire was "an accident".',
     "an accident", "omar-haddad"),
])
def test_appositions_coordinated_verbs_and_voices(text, words, expected):
    assert who(text, words) == expected


def test_a_coordinated_verb_does_not_take_its_object_as_speaker():
    assert who('Lina Sabbagh met Nour Karim and said the port was "safe again".', "safe again") == "lina-sabbagh"


@pytest.mark.parametrize("words", ["firmly rejected", "stay calm"])
def test_a_named_subject_of_a_reported_act_outranks_the_closing_spokesman(words):
    text = ('League of Ports Secretary-General Ines Varga "firmly rejected" the seizure of the ship and asked '
            'all crews to "stay calm", her spokesman said in Geneva.')
    assert LEAGUE.who(text, words) == "ines-varga"


def test_the_closing_clause_still_governs_words_of_the_writer_s_clause():
    text = 'The seizure was "a grave mistake", a League of Ports spokesman said.'
    assert LEAGUE.who(text, "a grave mistake") == "league-of-ports"


@pytest.mark.parametrize("text, first, second", [
    ('Rami Zaher wrote on Telegram that nobody "would waste a crane on a retired minister," a remark that Omar '
     'Haddad called "a threat dressed as advice."', "would waste a crane on a retired minister,", "a threat dressed as advice."),
    ('The Harbour Council condemned the blast in a statement, stressing that "violence must not derail the talks", '
     'while Omar Haddad described it as "a cowardly act".', "violence must not derail the talks", "a cowardly act"),
    ('Rami Zaher said the blast was "a gift to our enemies," words which Omar Haddad dismissed as "empty talk".',
     "a gift to our enemies,", "empty talk"),
])
def test_a_later_cue_in_a_clause_of_its_own_belongs_to_the_later_quotation(text, first, second):
    expected_first = "harbour-council" if "Council" in text else "rami-zaher"
    assert DIPLOMATS.who(text, first) == expected_first
    assert DIPLOMATS.who(text, second) == "omar-haddad"


def test_a_cue_right_after_the_quotation_still_governs_it():
    assert DIPLOMATS.who('"The docks are safe," Omar Haddad said, while inspecting the cranes.', "The docks are safe,") == "omar-haddad"


def test_put_it_is_a_speech_cue_and_told_the_outlet_is_an_interview():
    q = quote(DIPLOMATS.run('Omar Haddad put it bluntly: "We are done."'), "We are done.")
    assert q.speaker == "omar-haddad"
    q = quote(DIPLOMATS.run('Lina Sabbagh told the Daily Courier that "the minister will not resign".'), "the minister will not resign")
    assert q.channel == "interview"


@pytest.mark.parametrize("text, words, expected", [
    ("In Omar Haddad's words: \"The port belongs to everyone.\"", "The port belongs to everyone.", "omar-haddad"),
    ('In the words of Omar Haddad, "the port belongs to everyone."', "the port belongs to everyone.", "omar-haddad"),
    ("Omar Haddad's words were blunt: \"The port belongs to everyone.\"", "The port belongs to everyone.", "omar-haddad"),
    ("Lina Sabbagh's remarks were shorter: \"No comment.\"", "No comment.", "lina-sabbagh"),
    ("\"We will not be intimidated.\" That was the verdict of Lina Sabbagh, the ministry's spokeswoman.",
     "We will not be intimidated.", "lina-sabbagh"),
    ("The port reopened.\n\n\"We will not be intimidated.\" Those were the words of a police source on Sunday.",
     "We will not be intimidated.", "unnamed-security-sources"),
])
def test_words_of_a_speaker_and_a_verdict_named_in_the_next_sentence(text, words, expected):
    assert DIPLOMATS.who(text, words) == expected


# --- outlets, listeners, channels -----------------------------------------------------------------

def test_a_news_agency_that_relays_is_reported_via_not_the_speaker():
    q = quote(run('"We are ready," Haddad said, according to Reuters.'), "We are ready,")
    assert (q.speaker, q.reported_via) == ("omar-haddad", "reuters")
    q = quote(run('The ports ministry said in a statement carried by Reuters: "All is calm."'), "All is calm.")
    assert (q.speaker, q.reported_via) == ("ports-ministry", "reuters")
    q = quote(run('"The port is closed," Lina Sabbagh told Reuters.'), "The port is closed,")
    assert (q.speaker, q.reported_via) == ("lina-sabbagh", "reuters")


@pytest.mark.parametrize("text, words, expected", [
    ('Two officials said the ship left at noon.\n\n"It had no permit," one of the officials said.',
     "It had no permit,", "unnamed-officials"),
    ('The Daily Courier quoted Haddad as saying: "The port is safe."', "The port is safe.", "omar-haddad"),
    ('"We are fine," she said, according to the Daily Courier.', "We are fine,", None),
    ('A ports ministry spokesman told Reuters: "Nobody was hurt."', "Nobody was hurt.", "ports-ministry"),
    ('A militia commander known as Abu Sami told reporters: "We did not do it."', "We did not do it.", None),
    ('"We did not do it," said Abu Sami, a militia commander.', "We did not do it,", None),
])
def test_outlets_listeners_and_nicknames_are_not_speakers(text, words, expected):
    assert LEAGUE.who(text, words) == expected


def test_channels_from_the_sentence():
    text = ("Omar Haddad said on Twitter: “Open soon.”\n"
            "“Closed today,” Lina Sabbagh said in a televised address.\n"
            "Nour Karim told Reuters: “We are ready.”\n"
            "The ports ministry said in a statement: “Stay calm.”")
    draft = run(text)
    assert quote(draft, "Open soon.").channel == "tweet"
    assert quote(draft, "Closed today,").channel == "televised_address"
    assert quote(draft, "We are ready.").channel == "interview"
    assert quote(draft, "Stay calm.").channel == "statement"


def test_unattributed_quote_stays_without_speaker():
    q = run("Some residents called the fire “a warning”.").quotes[0]
    assert q.speaker is None and q.attribution == "unattributed"


def test_a_banner_has_no_speaker():
    assert who('"Stay calm," read a banner outside the ministry.', "Stay calm,") is None


# --- statements -----------------------------------------------------------------------------------

def test_the_group_before_its_quotation_is_the_speaker():
    d = run('Harbour Front met on Monday. The group "rejects this act," a statement carried by state television said.')
    q = quote(d, "rejects this act,")
    assert q.speaker == "harbour-front" and q.attribution == "explicit"


def test_the_statement_after_an_office_said_is_the_office():
    text = ('Karim chaired a meeting of the port council, his office said. "The council agreed that the '
            'docks will reopen," the statement said.')
    q = quote(LEAGUE.run(text), "The council agreed that the docks will reopen,")
    assert q.speaker == "karim-office" and q.attribution == "implicit"


def test_a_statement_released_by_state_media_is_relayed_not_spoken_by_the_last_speaker():
    d = CUSTOMS.run('"We stand with the workers," Haddad said.\n\n"All ships have left the harbour," a statement released '
            'by state television said.')
    q = quote(d, "All ships have left the harbour,")
    assert q.speaker is None and q.reported_via == "state-tv" and q.channel == "statement"


def test_the_statement_said_takes_the_organisation_that_issued_it():
    d = CUSTOMS.run('"We stand with the workers," Haddad said.\n\nThe customs ministry issued a statement on Sunday.\n\n'
            '"Two drones were shot down," the statement said.')
    q = quote(d, "Two drones were shot down,")
    assert q.speaker == "customs-ministry" and q.speaker_basis == "statement antecedent"


@pytest.mark.parametrize("text, words, expected", [
    # the author of a statement another body published
    ('"The drones came from the east," Haddad said in a statement released by the customs ministry.\n\n'
     '"We will find them," the statement said.', "We will find them,", "omar-haddad"),
    # near miss: no author named before "released by"
    ('In a statement released by the customs ministry, the port was closed.\n\n"We will find them," the statement said.',
     "We will find them,", "customs-ministry"),
    ('"We stand with the workers," Haddad said.\n\nThe raiders used "cheap drones", according to a statement from '
     'the customs ministry.', "cheap drones", "customs-ministry"),
    ('Haddad spoke first.\n\nThe Customs Ministry said the drones came from the east. "We will find them," the '
     'ministry said in a statement.', "We will find them,", "customs-ministry"),
    ('"The drones came from the east," the Harbour Army and the Freedonian government said.',
     "The drones came from the east,", "harbour-army"),
    ('"The drones came from the east," the council and the Freedonian government said in a joint statement.',
     "The drones came from the east,", "freedonia-government"),
])
def test_statement_speakers(text, words, expected):
    assert CUSTOMS.who(text, words) == expected


# --- transcript turns, interrupted quotations, asides ---------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad: "We are ready to talk."\nRami Zaher: "We are not."', "We are not.", "rami-zaher"),
    ('HADDAD: "We are ready to talk."\n\nZAHER: "We are not."', "We are ready to talk.", "omar-haddad"),
    ('Omar Haddad visited the port.\n\n"We are," he said, "ready to talk."', "ready to talk.", "omar-haddad"),
    ('"We are," Omar Haddad said, "ready to talk."', "We are,", "omar-haddad"),
    ('Omar Haddad visited the docks (he called them "the heart of the city").', "the heart of the city", "omar-haddad"),
    ('The blast was "a crime," according to Omar Haddad, who visited the site on Sunday.', "a crime,", "omar-haddad"),
])
def test_turns_interruptions_and_asides(text, words, expected):
    assert DIPLOMATS.who(text, words) == expected


def test_a_turn_label_that_is_no_actor_names_nobody():
    q = quote(DIPLOMATS.run('Anchor: "Minister, are you ready?"\nHaddad: "We are ready to talk."'), "Minister, are you ready?")
    assert q.speaker is None


# --- the speaker basis, for a reviewer to sort by -------------------------------------------------

def test_every_quote_says_how_its_speaker_was_found():
    d = CUSTOMS.run('"The docks are safe," Omar Haddad said.\n\n"We will rebuild," he added.\n\n'
            'The customs ministry issued a statement. "Calm is back," it said.\n\n"Stay home."')
    bases = {q.text: q.speaker_basis for q in d.quotes}
    assert bases == {"The docks are safe,": "explicit cue", "We will rebuild,": "carried over (he added)",
                     "Calm is back,": "pronoun resolution", "Stay home.": "none"}
    assert all(0 < q.confidence <= 1 for q in d.quotes)
    assert "speaker basis: carried over (he added)" in draft_yaml(d, "x")


# --- a role phrase that is an organisation's name does not change the next role phrase -----------

@pytest.mark.parametrize("text, words", [
    ("“The minister chaired a meeting of the Harbour Safety Council,” a statement said.",
     "The minister chaired a meeting of the Harbour Safety Council,"),
    ("“The Port Defence Committee met the minister,” a statement released by state television said.",
     "The Port Defence Committee met the minister,"),
    ("“The Harbour Safety Council will meet again,” the statement said.", "The Harbour Safety Council will meet again,"),
])
def test_a_statement_after_an_organisation_name_is_no_new_speaker(text, words):
    d = run(text)
    q = quote(d, words)
    assert (q.speaker, q.new_speaker, q.attribution) == (None, None, "unattributed")
    assert not [p for p in d.new_actors if p.name.lower().startswith("a ")]


def test_a_role_after_an_organisation_name_still_resolves():
    # negative: the fix must not stop a later role phrase from naming its registered actor
    q = quote(run("Omar Haddad met the Harbour Safety Council. “We will rebuild,” the ports ministry said."),
              "We will rebuild,")
    assert q.speaker == "ports-ministry"


# --- a description opening the sentence, then the name in apposition ------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("The chairman of the Harbour Front, al-Kadhimi, called on Saturday for “restraint and wisdom” and for nobody "
     "to be “bought”.", "restraint and wisdom", "mustafa-al-kadhimi"),
    ("The chairman of the Harbour Front, al-Kadhimi, called on Saturday for “restraint and wisdom” and for nobody "
     "to be “bought”.", "bought", "mustafa-al-kadhimi"),
    ("Its deputy head of security, al-Kadhimi, wrote that the vote was “rigged”.", "rigged", "mustafa-al-kadhimi"),
    ("The boss of the Harbour Front, al-Kadhimi, called the vote “rigged”.", "rigged", "mustafa-al-kadhimi"),
    ("The founder of the Harbour Front, Omar Haddad, described it as “a crime”.", "a crime", "omar-haddad"),
])
def test_the_name_after_a_description_of_one_person_is_the_speaker(text, words, expected):
    # M3 note b: a description followed by a comma and the name is a title before the name
    assert who(text, words) == expected


def test_a_plural_description_gives_no_name_in_apposition():
    # negative: "The members of X, Y's allies" describes a group, not the person named inside it
    assert who("The members of the Harbour Front, al-Kadhimi's allies, called the vote “rigged”.", "rigged") \
        != "mustafa-al-kadhimi"


# --- infinitive speech verbs and the owner of a reply ----------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("Haddad’s answer so far has been to call for “calm and restraint”.", "calm and restraint", "omar-haddad"),
    ("Haddad's response was to urge “patience”.", "patience", "omar-haddad"),
    ("But Lina Sabbagh's reply was to demand “a full inquiry”.", "a full inquiry", "lina-sabbagh"),
    ("Omar Haddad went on to warn of “dark days”.", "dark days", "omar-haddad"),
])
def test_an_infinitive_speech_verb_takes_the_subject_of_its_clause(text, words, expected):
    assert who(text, words) == expected


def test_the_owner_of_a_reply_inside_an_object_does_not_speak():
    # negative: "criticised X's response, calling it ..." is the critic's word
    assert who("Nour Karim criticised Haddad's response, calling it “weak”.", "weak") == "nour-karim"



@pytest.mark.parametrize("text, words, expected", [
    ("Ports ministry condemns strike on dock, Haddad points to ‘foreign hands’", "foreign hands", "omar-haddad"),
    ("The ports ministry condemned the strike, while Lina Sabbagh warned of “a dark week ahead.”",
     "a dark week ahead.", "lina-sabbagh"),
    ("The ports ministry condemned the strike; Minister Omar Haddad hits out at “cowards”.", "cowards", "omar-haddad"),
    # no clause of its own: the earlier cue still governs
    ("The ports ministry condemned the strike on Omar Haddad, calling it “cowardly”.", "cowardly", "ports-ministry"),
    ("Omar Haddad said the strike, which Nour Karim ordered, was “a disgrace.”", "a disgrace.", "omar-haddad"),
    ("Omar Haddad told reporters that Lina Sabbagh remained “in good spirits”.", "in good spirits", "omar-haddad"),
])
def test_a_named_subject_of_a_later_clause_carries_its_quotation(text, words, expected):
    assert who(text, words) == expected


# --- unnamed members of an organisation speak for it ------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("His colleagues at the Harbour Front spoke of a “drama” staged by the ministry; their leader, Omar Haddad, "
     "said it was “made up”.", "drama", "harbour-front"),
    ("His colleagues at the Harbour Front spoke of a “drama” staged by the ministry; their leader, Omar Haddad, "
     "said it was “made up”.", "made up", "omar-haddad"),
    ("Members of the Harbour Front called the vote “rigged”.", "rigged", "harbour-front"),
    ("Some senior figures in the Harbour Front described it as “theatre”.", "theatre", "harbour-front"),
    ("Omar Haddad, a member of the Harbour Front, called it “theatre”.", "theatre", "omar-haddad"),
])
def test_unnamed_members_of_an_organisation_speak_for_it(text, words, expected):
    assert who(text, words) == expected


def test_allies_of_an_organisation_are_not_the_organisation():
    # negative: allies are not members
    assert who("Allies of the Harbour Front called the vote “rigged”.", "rigged") != "harbour-front"


# --- the object of a participle is no subject ------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Gunmen fired at a convoy carrying Omar Haddad, then posted a video mocking “the cowards”.", "the cowards"),
    ("For years the group has fired rockets at bases hosting Harbour Front fighters, then issued statements "
     "blaming “unknown hands”.", "unknown hands"),
])
def test_the_object_of_a_participle_does_not_speak(text, words):
    assert who(text, words) not in ("omar-haddad", "harbour-front")


@pytest.mark.parametrize("text", [
    "The ruling Harbour Front called the vote “clean”.",
    "The Harbour Front, meeting in the capital, called the vote “clean”.",
])
def test_a_participle_adjective_or_apposition_keeps_the_subject(text):
    assert who(text, "clean") == "harbour-front"


@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour Front lost most of its seats. For weeks they have been saying the count was “rigged.”",
     "rigged.", "harbour-front"),
    ("Omar Haddad is calling the strike “a disgrace to the port.”", "a disgrace to the port.", "omar-haddad"),
    ("The Harbour Front had been warning of “a stolen vote” for days.", "a stolen vote", "harbour-front"),
    ("Lina Sabbagh, who was speaking at the quay, described the cranes as “obsolete.”", "obsolete.", "lina-sabbagh"),
])
def test_a_progressive_speech_verb_is_active(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    ("Omar Haddad was told the port was “closed for good.”", "closed for good."),
    ("The cranes are being described as “obsolete.”", "obsolete."),
])
def test_a_passive_speech_verb_names_no_speaker(text, words):
    assert who(text, words) is None


# --- who asserts a claim --------------------------------------------------------------------------

def test_source_cue_sets_claimed_by_and_reported_via():
    draft = run("Security sources told Reuters that at least six guards were wounded.")
    (c,) = draft.claims
    assert (c.claimed_by, c.reported_via, c.value, c.quantity) == ("unnamed-security-sources", "reuters", 6, "injured")
    assert "told Reuters" in c.claimed_by_cue


def test_source_named_at_the_end_of_the_sentence():
    draft = run("Two drones were shot down over the docks, Lina Sabbagh told state television.")
    (c,) = draft.claims
    assert (c.claimed_by, c.reported_via) == ("lina-sabbagh", "state-tv")


def test_source_does_not_carry_to_the_next_uncued_sentence():
    # codebook C16: no cue in the sentence is the article's voice, even after an attributed sentence
    draft = run("The ports ministry said four drones were launched. Two of the drones were shot down by guards.")
    assert [c.claimed_by for c in draft.claims] == ["ports-ministry", None]


def test_article_voice_has_no_claimed_by():
    (c,) = run("On Friday, 125 people were injured in the crush.").claims
    assert c.claimed_by is None


@pytest.mark.parametrize("text, words, expected", [
    ("Lina Sabbagh texted me at noon: “The cranes are moving.”", "The cranes are moving.", "lina-sabbagh"),
    ("“All calm at the pier,” Omar Haddad messaged a colleague.", "All calm at the pier,", "omar-haddad"),
    ("Nour Karim, in a televised speech, hails “a new day for the docks”.", "a new day for the docks", "nour-karim"),
    ("Omar Haddad hailed the vote as “a victory for the workers”.", "a victory for the workers", "omar-haddad"),
    ("Lina Sabbagh assured a radio host last year that “no crane will be sold.”", "no crane will be sold.",
     "lina-sabbagh"),
    ("The ports ministry promised “a full inquiry within a week”.", "a full inquiry within a week", "ports-ministry"),
])
def test_texting_hailing_assuring_and_promising_are_speech(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker, q.attribution) == (expected, "explicit")


def test_hailing_from_a_place_is_no_speech():
    q = quote(run("Lina Sabbagh, who hails from the old port, was greeted with “Nobody told us” at the gate."),
              "Nobody told us")
    assert q.speaker is None and q.attribution == "unattributed"


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad of the Harbour Front (HF) said the vote was “a fraud”.", "a fraud", "omar-haddad"),
    ("Lina Sabbagh of the ports ministry (Ministry of Ports) called the strike “a crime”.", "a crime", "lina-sabbagh"),
    ("The ports ministry (Ministry of Ports) said the pier was “closed for now”.", "closed for now", "ports-ministry"),
])
def test_a_gloss_in_brackets_is_never_the_subject(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad said the count was “a swindle” that his party “will never accept.”[3] Lina Sabbagh warned a "
     "day later that “the port will strike.”", "will never accept.", "omar-haddad"),
    ("Omar Haddad called it “a swindle.”² Nour Karim said nothing.", "a swindle.", "omar-haddad"),
])
def test_a_note_mark_ends_the_sentence(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Nour Karim called it “an assault on the port itself,” and the Harbour Front, through its leaders, "
     "condemned it as well.", "an assault on the port itself,", "nour-karim"),
    ("Omar Haddad described the raid as “a disgrace,” while Lina Sabbagh denied it.", "a disgrace,", "omar-haddad"),
    ("Omar Haddad described the raid as “a disgrace” in a tweet, while Lina Sabbagh said it was “a drill.”",
     "a disgrace", "omar-haddad"),
    ("Omar Haddad called the raid “a disgrace” on Monday, although Karim said it was “a drill.”", "a drill.", "nour-karim"),
    ("“We will rebuild the pier,” Omar Haddad said, and added that work starts soon.", "We will rebuild the pier,",
     "omar-haddad"),
    ("The pier is “closed for good,” Lina Sabbagh said.", "closed for good,", "lina-sabbagh"),
])
def test_a_coordinated_clause_after_the_quotation_reports_other_words(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad wrote on Twitter that the militias would “never touch the port,” describing the raid as a "
     "“cheap show.”", "cheap show.", "omar-haddad"),
    ("Lina Sabbagh said the Harbour Front had “lost the vote” — calling the result “final.”", "final.", "lina-sabbagh"),
    ("The ports ministry said Nour Karim was safe, adding that the pier was “badly damaged.”", "badly damaged.",
     "ports-ministry"),
    # negative: a participle with no comma before it is no adjunct of the speech verb
    ("Omar Haddad said Lina Sabbagh was right. Nour Karim, speaking in the port, called it “a disgrace.”",
     "a disgrace.", "nour-karim"),
])
def test_a_participle_after_a_comma_goes_on_with_the_speaker_of_the_main_clause(text, words, expected):
    assert who(text, words) == expected


# --- verbs of condemnation and support, honorific subjects, plural nouns that look like verbs -------

@pytest.mark.parametrize("text, words, expected, cue", [
    ('Omar Haddad denounced the vote as "a sham".', "a sham", "omar-haddad", "denounced"),
    ('Sabbagh slammed the delay as "unacceptable" on Monday.', "unacceptable", "lina-sabbagh", "slammed"),
    ('The ports ministry voiced its "deep concern" over the strike.', "deep concern", "ports-ministry", "voiced"),
    ('Haddad reaffirmed the ministry’s "full support" for the crews.', "full support", "omar-haddad", "reaffirmed"),
    ('In a statement, the ports ministry affirmed its "total rejection of violence".',
     "total rejection of violence", "ports-ministry", "affirmed"),
    ('Nour Karim expressed the government’s "strong condemnation" of the attack.', "strong condemnation", "nour-karim",
     "expressed"),
])
def test_verbs_of_condemnation_and_support_are_cues(text, words, expected, cue):
    q = quote(run(text), words)
    assert (q.speaker, q.cue, q.attribution) == (expected, cue, "explicit")


@pytest.mark.parametrize("text, words, expected", [
    ('His Excellency Omar Haddad sent a cable to Nour Karim expressing his condemnation of the "cowardly act".',
     "cowardly act", "omar-haddad"),
    ('In Paris, Her Majesty Queen Lina Sabbagh, may God keep her, sent a letter to Omar Haddad expressing her '
     'sorrow at the "senseless attack".', "senseless attack", "lina-sabbagh"),
    ('Omar Haddad, the ports minister, sent a letter to Lina Sabbagh expressing "deep sorrow".', "deep sorrow",
     "omar-haddad"),
])
def test_an_honorific_style_opens_the_subject_not_an_apposition(text, words, expected):
    assert who(text, words) == expected


def test_a_plural_noun_after_a_preposition_is_no_speech_verb():
    q = quote(run('The ports ministry said it had reviewed ballots challenged in appeals, and that it '
                  '"stands apart from all parties".'), "stands apart from all parties")
    assert (q.speaker, q.cue) == ("ports-ministry", "said")
    q = quote(run('Haddad appeals for "calm" at the docks.'), "calm")  # a verb after its subject stays a cue
    assert (q.speaker, q.cue) == ("omar-haddad", "appeals")


@pytest.mark.parametrize("text, words, speaker, via", [
    ('During the call, Omar Haddad assured Nour Karim that he was "safe and well," the Daily Courier added.',
     "safe and well,", "omar-haddad", "daily-courier"),
    ('Haddad said the port was "open again," Reuters reported.', "open again,", "omar-haddad", "reuters"),
    ('"The port is open," the Daily Courier said.', "The port is open,", "daily-courier", None),  # the outlet's own words
])
def test_an_outlet_closing_a_sentence_relays_the_speaker_named_before(text, words, speaker, via):
    q = quote(run(text), words)
    assert (q.speaker, q.reported_via) == (speaker, via)


@pytest.mark.parametrize("text, words, expected", [
    ("Nour Karim spoke first. A commission said in a statement that it \"stands apart from all parties\".",
     "stands apart from all parties", None),
    ("The Ports Commission met on Monday.\n\nThe commission said it \"stands apart from all parties\".",
     "stands apart from all parties", "ports-commission"),
    ("Mira Dalal, Secretary-General of the Ports Commission, spoke on Monday. The Secretary-General affirmed the "
     "commission's support for efforts to \"keep the docks open\".", "keep the docks open", "mira-dalal"),
])
def test_a_commission_and_its_secretary_general_are_roles(text, words, expected):
    reg = Registry(ACTORS + [
        {"id": "ports-commission", "name": "Ports Commission", "kind": "government", "aliases": ["Ports Commission"]},
        {"id": "mira-dalal", "name": "Mira Dalal", "kind": "person", "parent": "ports-commission",
         "description": "Secretary-General of the Ports Commission.", "aliases": ["Mira Dalal"]}])
    assert reg.who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ('The ports ministry issued a statement on Monday. The ministry’s statement read in full: "We condemn the attack."',
     "We condemn the attack.", "ports-ministry"),
    ("The ports ministry met at dawn. The ministry's statement said: \"The cranes are safe.\"", "The cranes are safe.",
     "ports-ministry"),
    ('The ports ministry met at dawn. The ministry’s gate was shut. "Closed for the day," a sign said.',
     "Closed for the day,", None),  # the possessive owns no statement here
])
def test_a_role_before_a_possessive_owns_the_statement(text, words, expected):
    assert who(text, words) == expected


# --- a semicolon closes the clause of the quotation before it ---------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad condemns strike, calls the port ‘sacred’; officials say two cranes were hit", "sacred", "omar-haddad"),
    ("Lina Sabbagh called the delay “shameful”; Reuters reported that Karim agreed.", "shameful", "lina-sabbagh"),
])
def test_a_cue_after_a_semicolon_reports_other_words(text, words, expected):
    assert who(text, words) == expected


def test_a_closing_cue_without_a_semicolon_still_governs():
    # near miss: the same words with a comma keep the closing reporting clause
    assert who("The port is “sacred”, Lina Sabbagh said.", "sacred") == "lina-sabbagh"


# --- a heading in capitals closing on its source: ", X SAYS" ----------------------------------------

@pytest.mark.parametrize("heading, claimant", [
    ("SIX GUARDS HURT IN DRONE RAID ON PORT, SECURITY SOURCES SAY", "unnamed-security-sources"),
    ("3 DOCKERS KILLED IN BLAST, PORTS MINISTRY SAYS", "ports-ministry"),
    ("3 DOCKERS KILLED IN BLAST, OMAR HADDAD SAYS", "omar-haddad"),
])
def test_a_capital_heading_names_the_claimant_at_its_end(heading, claimant):
    claims = run(heading + "\n\nThe port was quiet on Monday.").claims
    assert [c.claimed_by for c in claims] == [claimant]


def test_a_capital_heading_without_a_closing_source_has_no_claimant():
    # near miss: "SAYS" inside the heading, not closing it after a comma, names no source
    claims = run("MINISTRY SAYS NOTHING AS 3 DOCKERS KILLED IN BLAST\n\nThe port was quiet on Monday.").claims
    assert all(c.claimed_by is None for c in claims)


# --- a closing reporting clause that goes on about the report ----------------------------------------

@pytest.mark.parametrize("sentence, claimant", [
    ("Six dockers were wounded, two security sources told Reuters, speaking on condition of anonymity because they "
     "were not authorised to talk to the media.", "unnamed-security-sources"),
    ("Six dockers were wounded, Lina Sabbagh said, adding that two of the three drones had been shot down over the "
     "harbour before dawn.", "lina-sabbagh"),
    ("Six dockers were wounded, a ports ministry spokesman said on condition of anonymity because he was not allowed "
     "to brief reporters.", "ports-ministry"),
])
def test_a_closing_cue_followed_by_words_about_the_report_still_gives_the_claimant(sentence, claimant):
    claims = [c for c in run(sentence).claims if c.text.startswith("Six dockers")]
    assert [c.claimed_by for c in claims] == [claimant]


def test_a_long_clause_after_a_mid_sentence_cue_is_not_a_closing_clause():
    # near miss: the cue is followed by a long clause of its own, not by words about the report
    sentence = ("Six dockers were wounded, Lina Sabbagh said the port authority had told the union and the families "
                "in a long letter sent on Sunday evening.")
    claims = [c for c in run(sentence).claims if c.text.startswith("Six dockers")]
    assert [c.claimed_by for c in claims] == [None]


def test_in_what_x_described_as_reports_the_words_after_it_not_the_count():
    # the government characterises the event; the count of drones stays in the article's voice
    sentence = ("Karim escaped unhurt when three drones struck the quay, in what the ports ministry described as "
                "an attempt on his life.")
    claims = [c for c in run(sentence).claims if "three drones" in c.text]
    assert claims and all(c.claimed_by is None for c in claims)


def test_a_closing_cue_without_what_still_gives_the_claimant():
    # near miss: an ordinary closing clause
    claims = [c for c in run("Three drones struck the quay, the ports ministry said.").claims if "Three drones" in c.text]
    assert [c.claimed_by for c in claims] == ["ports-ministry"]


@pytest.mark.parametrize("text, words, expected", [
    ("Haddad tours docks after “deliberate arson”, vows to rebuild the port\n\nOmar Haddad visited the docks.\n\n"
     "In a statement, the Harbour Front called the fire “deliberate arson”.", "deliberate arson", "harbour-front"),
])
def test_a_commitment_with_its_own_infinitive_does_not_report_the_quotation_before_it(text, words, expected):
    # "vows to rebuild" reports the vow; the heading's words are those the body quotes (Q6 case 2) or no one's
    hits = [q for q in run(text).quotes if q.text == words]
    assert (hits[0].speaker or hits[0].new_speaker) == expected


def test_a_commitment_before_the_quotation_still_reports_it():
    # near miss: the quotation is the object of the vow (Q8 rule 6)
    assert who("Omar Haddad vowed to rebuild “every single pier”.", "every single pier") == "omar-haddad"


@pytest.mark.parametrize("text", [
    "Prime Minister Nour Karim escaped unhurt after a drone slammed into his house, in what some hardliners called a “failed attempt”.",
    "Omar Haddad condemned the raid in Basra, in what the dockers’ unions called a “failed attempt” at reform.",
])
def test_words_a_free_relative_gives_to_a_subject_not_told_are_no_earlier_speakers(text):
    # "in what X called “…”": the words are X's; when X cannot be told, nobody's (never the earlier clause's)
    assert who(text, "failed attempt") is None


def test_a_free_relative_whose_subject_is_told_gives_it():
    # near miss: "in what he called": the pronoun's person
    assert who("Nour Karim slammed the vote, in what he called a “failed attempt”.", "failed attempt") == "nour-karim"


def test_a_cue_after_what_reports_other_words_than_the_quotation_before():
    # "X calls for ‘…’ after what Y calls …": Y's verb opens a clause of its own; the words before are X's
    text = "Karim calls for ‘calm and restraint’ after what army calls failed attempt\n\nThe drone hit the house at dawn."
    assert CUSTOMS.who(text, "calm and restraint") == "nour-karim"


@pytest.mark.parametrize("tail", ["as the Harbour Front dismissed the attack as a hoax staged by the navy",
                                  "while Nour Karim said the attack was a hoax staged by the navy"])
def test_a_closing_report_governs_its_sentence_past_a_clause_that_reports_someone_else(tail):
    text = f"Three drones were launched at the port and two were shot down, Omar Haddad told Reuters on Monday, {tail}."
    assert {c.claimed_by for c in run(text).claims if c.quantity.startswith("drones")} == {"omar-haddad"}
