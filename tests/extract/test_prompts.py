"""Calls to action, advertisement labels, share rows, programme promotions and site controls
(``kadhimi_ds.extract.prompts``), and the headings of lists of other stories as furniture; article
sentences with the same verbs stay body. All lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ferry_body, ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    "SIGN UP: Get the Coastal Morning Brief delivered to your inbox",
    "WATCH: Crew members leave the burning ferry",
    "Subscribe: the Harbour Letter, every Friday",
    "Sign up to Tide Talk, our free weekly newsletter – every Friday at 8am",
    "Get the best of Coastal News delivered straight to your inbox",
    "Get the Coastal News app: Android | iOS", "Download the Northport 7 News app for breaking news alerts",
    "Sponsored · Island cruises from £499 – book now", "Advertisement - Continue reading below",
    "Share: Facebook · Twitter · Email · Copy link", "Facebook | WhatsApp | Copy link",
    "Hear more on Harbour Hour, Coastal Radio, weekdays from 18:00 GMT",
    "Watch more on our ferry coverage page", "Listen again on Coastal Sounds",
    "Skip to main content", "Sign in", "Sign in / Register",
    "Subscribe  Log in", "Sign in | Register | My account",
    "You may also be interested in:", "You might also like", "Top stories", "Recommended Stories",
    "More stories", "Other news", "Also on Coastal News",
    # link texts and the site's controls
    "Click here to see the gallery", "Read the full statement here", "Follow our live coverage here",
    "Already a subscriber? Log in", "Report an error", "Loading comments...", "Watch live", "Ad", "Promoted content",
    "Continue reading the main story", "Scroll to continue with content", "Listen to article",
])
def test_calls_to_action_and_promotions_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "Get the passengers off first, the captain shouted to the crew as the smoke spread.",
    "Sponsored by the shipping board, the rescue drill was held last spring.",
    "Share prices of the ferry operator fell by 8 percent on Friday.",
    "Listen to the crew and you hear the same story: the engine failed in seconds.",
    "Watch the harbour for long enough and you will see the old ferries come and go.",
    "Sign language interpreters were on hand at the briefing.",
    "Subscribe and log in to the board’s site to see the timetable.",
    "Other ferries kept sailing through the night, officials said.",
    "Click, then silence: that is how the captain describes the fire.",
    "Watch the video closely and the smoke appears before the alarm.",
    "Ad hoc repairs had kept the ferry running for a decade.",
    "Also in Northport, the fishing fleet stayed in port.",
    "Follow the money, one inspector said.",
])
def test_article_sentences_with_the_same_verbs_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    # paywalls and membership appeals
    "Support independent journalism today", "Support our journalism", "Become a member", "Donate", "Donate now",
    "Create a free account", "Get unlimited access", "This content is for subscribers only", "You have 3 free articles left",
    "Subscribe to continue reading",
    # a question to the reader and a call to act on it, invitations to comment or share
    "Want more? Sign up here", "What do you think? Leave a comment below.", "Were you on the ferry? Contact us",
    "Have your say", "Share your story", "Share your photos of the fire", "Tell us: were you on board?",
    # a newsletter's promotion of itself and a language switch
    "Coastal Morning is our free daily newsletter", "Read in Westish", "Read this article in Eastish",
    "Also available in: Westish | Eastish", "This story is also available in Westish",
    # teaser headings
    "Around the web", "From our partners", "Recommended by Outbrain", "Promoted stories", "In other news", "Elsewhere on Coastal News",
])
def test_site_appeals_and_teaser_headings_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "Support for the ferry company fell after the fire, a poll showed.",
    "Donations poured in for the families of the crew.",
    "Were the lifeboats checked? Inspectors say they were not.",
    "Share prices of the ferry company fell by a fifth on Friday.",
    "The captain was available in Westport for questioning, the board said.",
    "In other words, the board knew the engine was failing.",
    "“Tell us the truth,” relatives shouted at the board.",
    "Elsewhere, crossings to the southern islands ran as normal.",
    "The board is the only body that can suspend crossings.",
])
def test_sentences_like_site_appeals_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["Privacy Policy", "Terms of Service", "About us | Careers | Advertise with us",
                                  "Powered by WordPress", "Ads by Google", "Corrections & clarifications", "Cookie policy"])
def test_a_site_footer_after_the_last_paragraph_is_not_body(line):
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", ["Support the show", "Support this podcast", "Coastal News's award-winning newsletter",
                                  "The Harbour Brief podcast"])
def test_show_appeals_and_newsletter_names_are_furniture(line):
    assert furniture_of(line) == [line]


def test_a_sentence_about_a_newsletter_stays_body():
    assert furniture_of("The board announced the closure in its weekly newsletter.") == []


@pytest.mark.parametrize("line", ["Subscribe to The Harbour Hour wherever you get your podcasts, and leave us a rating.",
                                  "Follow the show wherever you listen to podcasts.", "Leave us a review on your podcast app.",
                                  "Subscribe to The Harbour Hour and rate us — it helps other listeners find the show."])
def test_a_podcasts_appeal_to_the_listener_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Listeners subscribe wherever they get podcasts, the producer said.",
                                  "“Subscribe wherever you get your podcasts,” the host told the dockers.",
                                  "The dockers left us a review of the fares on the quay noticeboard, where the mayor read it.",
                                  "Follow the dockers and rate the show by how they were treated, the union said."])
def test_sentences_about_subscribing_or_reviews_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("closing", [
    "The Coastal News website carries only part of the wire's stories, in short form. Please contact us for subscription options.",
    "For press enquiries, please contact:",
    "Have a question about the ferries? Send it to our reporters using the form below.",
    "Passengers with bookings should check the timetable. Our travel desk can arrange new tickets through your agent.",
    "Write to us at letters@coastal.example",
])
def test_a_closing_appeal_to_contact_the_outlet_is_not_body(closing):
    assert ferry_body(closing).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Please contact the harbour office if you are stranded, the board urged passengers.",
    "The board asked passengers to contact the ferry company for refunds.",
    "Our crews will provide help to your families, the mayor promised.",
    "Islanders were asked to send their claims to the board before Friday.",
])
def test_sentences_that_report_an_appeal_stay_body(line):
    assert furniture_of(line) == []
