"""Incident reports that mention periods, durations or vague tolls are never read as aggregate claims."""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.ingest import document_from_text

INCIDENT_TEXTS = {
    "one attacker over a month": (
        "Bomber strikes market\n\nIn May, a suicide attacker blew himself up outside a market in the town, killing "
        "at least nine people and wounding 14, police said."),
    "the nth attack of a series": (
        "Convoy hit again\n\nFriday's ambush was the fourth attack in the past three weeks on army convoys in which "
        "12 or more soldiers died, including one on June 2 with a toll of 20 -- 8 of them police."),
    "a duration and one toll": (
        "Villages raided\n\nGunmen killed 31 villagers over three days in raids on farms in the district, a local "
        "official said. \"Two or three days never pass without a killing,\" he said."),
    "a vague toll this week": (
        "Air strikes hit villages\n\nAir strikes on two villages this week killed nearly a dozen civilians and "
        "wounded about a dozen others, residents said on Thursday."),
    "people counted near an incident": (
        "Students missing\n\nSince January, abductions have risen in the state. Gunmen stormed a school on "
        "Saturday. The head teacher said 22 students were missing after a head count following the incident."),
    "houses destroyed in an attack": (
        "Jet bombs village\n\nFighting has spread since the coup in 2021. A jet dropped two bombs on the village on "
        "Tuesday. Seven people were killed and five wounded, a resident said, adding 9 houses were destroyed in "
        "the attack."),
}


@pytest.mark.parametrize("name", sorted(INCIDENT_TEXTS))
def test_incident_reports_yield_no_aggregate_claim(name: str) -> None:
    document = document_from_text(INCIDENT_TEXTS[name], published="2023-06-22")
    assert api.extract(document).claims == []


def test_a_counter_claim_over_the_past_24_hours_is_still_a_claim() -> None:
    text = ("Both sides claim gains\n\nThe group's spokesman said its fighters carried out attacks on army posts in "
            "three regions for the past 24 hours, killing more than 40 soldiers and wounding over 25.")
    [claim] = api.extract(document_from_text(text, published="2023-06-22")).claims
    assert {(f.measure, f.value) for f in claim.figures} >= {("killed", 40), ("wounded", 25)}
