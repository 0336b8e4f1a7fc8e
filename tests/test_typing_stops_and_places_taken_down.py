"""A vehicle, boat or convoy intercepted, or a base, camp or checkpoint dismantled, by an organised party with no
weapon, fight or harm told (fix45; texts written for these tests).

'Soldiers intercepted a boat off the coast' and 'the gendarmes dismantled a militant camp' opened an incident that no
typing rule read: a verb of disruption is a disrupted weapons use only with a weapon named, so the event was dropped.
ACLED codes such a stop or taking down as a strategic development: a place taken down, or goods told with a stop by
a party that is no state force, a looting/property destruction; a bare stop (a state force's with goods too) 'Other'.
Look-alikes stay as they were: the police's or customs' stop of a shipment (law enforcement), a call intercepted,
migrants stopped at sea, a pass intercepted on a pitch, a plan, a weapon intercepted (disrupted weapons use), a stop
that took goods by name (a looting), and a stop told with a fight or with people hurt.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

OTHER = ("Strategic developments", "Other")
PROPERTY = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 June 2024, soldiers intercepted a boat of smugglers off the coast near Kribi.", OTHER),
        ("On 4 June 2024, jihadist fighters intercepted a minibus on the road between Dori and Gorom.", OTHER),
        ("On 4 June 2024, the militia intercepted a convoy of aid workers near Kaga and turned it back.", OTHER),
        ("On 4 June 2024, militants intercepted a lorry near Djibo; its cargo was burned.", PROPERTY),
        ("On 4 June 2024, jihadists intercepted a herd of cattle near the river and drove it to their camp.",
         PROPERTY),
        # A state force's stop with goods told is a bare stop, no looting.
        ("On 4 June 2024, soldiers intercepted a lorry loaded with goods on the road to Dori.", OTHER),
    ],
)
def test_a_vehicle_or_goods_intercepted_by_an_armed_party_is_a_development(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, the gendarmes dismantled a militant camp in the forest near Fada.",
        "On 4 June 2024, troops dismantled the rebels' checkpoint at the bridge into town.",
        "On 4 June 2024, police dismantled a hideout used by a gang in the suburb of Delmas.",
    ],
)
def test_a_base_camp_or_checkpoint_dismantled_is_property_taken_down(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PROPERTY, text


@pytest.mark.parametrize(
    "text",
    [
        # Law enforcement: the police's or customs' stop of a car or a shipment is a crime's story.
        "On 4 June 2024, customs officers intercepted a shipment of counterfeit phones at the port.",
        "On 4 June 2024, police intercepted a taxi on the highway near the toll gate.",
        # A pitch, a plan, a message.
        "The striker's pass was intercepted by the goalkeeper in the second half.",
        "Our plan was intercepted by the rival team's defence.",
        "The minister's emails were intercepted by hackers last year.",
        # Intelligence, or migrants stopped at sea: no organised party's stop on a road.
        "On 4 June 2024, the army intercepted a phone call between two rebel commanders.",
        "On 4 June 2024, the coast guard intercepted a boat carrying 80 migrants off the coast.",
    ],
)
def test_a_stop_by_the_police_or_on_a_pitch_opens_no_development(text: str, extractor: api.Extractor) -> None:
    assert not any(event_type == "Strategic developments" for event_type, _ in typed(text, extractor)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weapon named: a disrupted weapons use, as before.
        ("On 4 June 2024, soldiers intercepted a truck carrying rockets near Gao.",
         ("Strategic developments", "Disrupted weapons use")),
        # A stop with goods taken by name: a looting, as before.
        ("On 4 June 2024, militants intercepted a truck near Gao and seized its goods.", PROPERTY),
    ],
)
def test_a_stop_with_a_weapon_or_goods_taken_is_typed_as_before(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, soldiers intercepted a convoy of militants near Gao and killed five of them.",
        "On 4 June 2024, troops intercepted the rebels near Gao and clashed with them for two hours.",
    ],
)
def test_a_stop_told_with_a_fight_or_deaths_is_no_bare_stop(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0][0] != "Strategic developments", text
