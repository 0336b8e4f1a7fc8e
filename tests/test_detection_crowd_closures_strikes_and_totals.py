"""Offices shut by a crowd, strikes joined, meetings turned violent and an act's objects totalled (texts written for
these tests).

A crowd that shuts a public office named by its holder ('the district commissioner's office') or a town hall is a
protest. A strike, a work stoppage or a hunger strike engaged in or joined (a relay hunger strike too) is a protest; a
strike on militant positions joined by a state is no protest. A meeting, a session or a vote that turned violent is a
riot of those present; one feared to turn violent, or a heated debate, opens no event. 'A total of' right after an act's
verb in the simple past counts the act's objects ('abducted a total of 50 men'), not a period's toll; a toll told in the
perfect ('have killed a total of 300') or over a period ('a total of 45 people have been killed this year') opens no
event.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, students in Kaya closed down the district commissioner's office.",
        "On Monday, residents of Tanga angry with the new mayor closed down the town hall.",
    ],
)
def test_a_crowd_shutting_an_office_or_a_town_hall_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Protests", "Peaceful protest")]


def test_a_government_closing_its_town_hall_opens_no_event(extractor: api.Extractor) -> None:
    assert typed("On Monday, the government closed down the town hall for repairs.", extractor,
                 published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, nurses engaged in a 72-hour work stoppage to press for their unpaid allowances.",
        "On Monday, seven prisoners joined a hunger strike at the central prison to demand their release.",
        "On Monday, health unions began staging a relay hunger strike on the premises of the ministry.",
    ],
)
def test_a_strike_engaged_in_or_joined_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, most shops in Anantnag stayed shut in response to a strike call by the traders' association.",
        "On Monday, transport unions called for a strike in Kaduna and buses stayed off the roads.",
    ],
)
def test_a_strike_called_for_is_a_protest_not_a_weapons_strike(text: str, extractor: api.Extractor) -> None:
    # 'strike' with 'by the traders' association' after it read as a strike on the traders: mob violence
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Protests", "Peaceful protest")]


def test_an_air_strike_called_for_stays_an_air_strike(extractor: api.Extractor) -> None:
    text = "On Monday, the commander called for an air strike and jets hit rebel positions near Ndele, killing four."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_strike_on_positions_joined_by_a_state_is_no_protest(extractor: api.Extractor) -> None:
    events = typed("On Monday, the United States joined a strike on militant positions.", extractor,
                   published=PUBLISHED)
    assert all(event_type != "Protests" for event_type, _ in events)


def test_a_total_right_after_an_act_counts_its_objects(extractor: api.Extractor) -> None:
    text = "On Monday, unidentified gunmen abducted a total of about 50 men from four villages near the town."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [
        ("Violence against civilians", "Abduction/forced disappearance")]


@pytest.mark.parametrize(
    "text",
    [
        "Militants have killed a total of 300 civilians in the region.",
        "A total of 45 people have been killed in the region this year.",
        "Militants killed a total of 300 civilians in the region last year.",
    ],
)
def test_a_total_over_a_period_stays_a_toll(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the party primaries turned violent in Tema after an agent tore up ballot papers.",
        "On Monday, the council meeting turned violent after the chairman refused to put the motion to a vote.",
    ],
)
def test_a_meeting_or_a_vote_that_turned_violent_is_a_riot(text: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == ["Riots"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts fear the elections could turn violent.",
        "On Monday, the debate became heated but the meeting ended peacefully.",
    ],
)
def test_a_meeting_feared_or_heated_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
