"""Harm and a crowd's violence a report denies (texts written for these tests): a passive harm whose subject denies it
('no one was injured', 'nobody was hurt', 'none of the guards were killed', 'no property was damaged') opens no event
of its own, and a protest told with violence denied ('no incidents of arson, vandalism or clashes were reported',
'without any violence or damage') stays a peaceful protest. Look-alikes keep their reading: counts ('no fewer than
six people were injured'), a denial that closes before the harm ('no one knows why two men were killed'), the crowd's
violence told beside a denial of harm ('burned tyres … no one was injured'), and 'no' before something other than the
violence ('used no weapons and burned tyres').
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

MARCH = "On Monday hundreds of teachers marched to the education ministry in the capital."


@pytest.mark.parametrize(
    "text",
    [
        "No one was injured.",
        "Witnesses said no one was injured.",
        "According to the police, nobody was seriously hurt.",
        "Officials said none of the guards were killed.",
        "Residents said not a single house was burned.",
    ],
)
def test_a_denied_harm_alone_opens_no_event(text: str, extractor: api.Extractor) -> None:
    # the sentence says what did not happen: no act is told, so no event
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        f"{MARCH} Police said no one was injured.",
        f"{MARCH} The police said no one was hurt.",
        f"{MARCH} According to police, no one was injured.",
    ],
)
def test_a_denied_harm_after_a_march_adds_no_second_event(text: str, extractor: api.Extractor) -> None:
    # (before: the denial opened an attack, or a battle, of its own beside the march)
    assert typed(text, extractor) == [("Protests", "Peaceful protest")], text


@pytest.mark.parametrize(
    "text",
    [
        f"{MARCH} No incidents of arson, vandalism or clashes were reported.",
        f"{MARCH} No incidents of violence or arson were reported.",
        "On Monday hundreds of teachers marched to the ministry without any incidents of violence or vandalism.",
        f"{MARCH} No one was injured and no property was damaged.",
        f"{MARCH} Nobody was injured and nothing was damaged.",
        f"{MARCH} Police said no one was injured and no property was damaged.",
    ],
)
def test_violence_a_report_denies_leaves_the_protest_peaceful(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [("Protests", "Peaceful protest")], text


@pytest.mark.parametrize(
    "text",
    [
        # a count, not a denial
        "No fewer than six people were injured when gunmen attacked the village on Monday.",
        "No less than ten villagers were killed when gunmen attacked the village on Monday.",
        # the denial ends before the harm's own subject
        "No one knows why two men were killed in the village on Monday.",
        # the act stays when a harm is denied beside it
        "On Monday gunmen attacked a bus near the town. Police said no one was injured.",
        "Two people were killed and no one else was injured when gunmen attacked the village on Monday.",
    ],
)
def test_counts_and_acts_beside_a_denial_stay_events(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Violence against civilians", text


@pytest.mark.parametrize(
    "text",
    [
        # 'no' closed inside a parenthesis is no subject of the harm after it
        "On Monday the home of the minister in the village (no coordinates available) was burned by an unidentified "
        "group.",
        # an arrest denied is left to the act it follows
        "On Monday soldiers cordoned off a neighbourhood and searched the houses, but no one was arrested.",
    ],
)
def test_a_denial_that_is_not_the_harms_subject_keeps_the_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday protesters burned tyres on the main road in the capital. No one was injured.",
        "On Monday protesters burned tyres and damaged two cars in the capital, but no one was injured.",
        "On Monday protesters used no weapons and burned tyres on the main road in the capital.",
        "On Monday protesters clashed with police in the capital; no one was killed.",
        "On Monday protesters stormed the town hall without any warning and vandalised its furniture.",
    ],
)
def test_the_crowds_violence_told_beside_a_denial_stays_a_riot(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text
