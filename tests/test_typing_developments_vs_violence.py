"""Where an arrest stops being a strategic development (sd18, read from the wider development sample's violence /
strategic development confusions; texts written for these tests, each with look-alikes that must stay arrests): the
people taken executed or assaulted make an attack; property the same force looted, ransacked or burned makes a
looting / property destruction; violence a move, a measure or a demand only prepares for, guards against or threatens
types nothing ('deployed troops in preparation to attack', 'roadblocks to prevent gang attacks'); animals killed with
no person harmed are property destroyed.
"""

from __future__ import annotations

import pytest

from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None]:
    """(event type, sub-event type) of the first event the rules find in ``text``."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0].event_type, events[0].sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, gendarmes arrested and executed a shopkeeper near the village of Tamba.",
        "On Monday, soldiers arrested nine herders at the market of Tamba. Those arrested were summarily executed "
        "outside the village.",
        "On Monday, soldiers arrested and violently assaulted two traders at a checkpoint near Tamba.",
        "On Monday, militiamen apprehended a suspected cattle thief in Tamba; he was caned and released.",
    ],
)
def test_people_arrested_and_then_harmed_are_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers arrested two traders in Tamba and looted their shops.",
        "On Monday, an army patrol ransacked the health centre of Tamba and arrested a young herder.",
        "On Monday, soldiers burned the hamlet of Tamba and arrested an elderly man.",
        "On Monday, a patrol arrested a herder near Tamba and released him after it extorted 50,000 francs.",
    ],
)
def test_property_looted_or_burned_beside_an_arrest_is_a_looting(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    "text",
    [
        # the crime of the people arrested, not what the force did
        "On Monday, police arrested two men who robbed a shop in Tamba.",
        "On Monday, police arrested three suspects in Tamba and recovered stolen goods.",
        # a weapon and a charge, not harm done
        "On Monday, police arrested a man carrying an assault rifle in Tamba.",
        "On Monday, police arrested a former warden in Tamba on charges of torture.",
        # a plain arrest
        "On Monday, police arrested four opposition activists in Tamba.",
    ],
)
def test_an_arrest_with_no_harm_or_looting_by_its_force_stays_an_arrest(text: str,
                                                                        extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Strategic developments", "Arrests"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the rebels deployed troops near Tamba in preparation to attack the army base there.",
        "On Monday, the mayor of Tamba banned motorbikes in the town in an effort to curb kidnappings.",
        "On Monday, residents of Tamba set up roadblocks at the entrance of the town to prevent gang attacks.",
        "On Monday, armed men were gathering near Tamba in order to raid the main road.",
        "On Monday, an armed group ordered the closure of two schools in Tamba under threat of an attack.",
    ],
)
def test_violence_prepared_for_guarded_against_or_threatened_is_no_act(text: str,
                                                                       extractor: api.Extractor) -> None:
    event_type, _ = first_event(text, extractor)
    assert event_type == "Strategic developments", text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act told as done beside the purpose clause still types the event
        ("On Monday, gunmen attacked the village of Tamba in order to raid its cattle, killing two herders.",
         "Violence against civilians"),
        ("On Monday, soldiers clashed with rebels near Tamba to prevent an attack on the town; four rebels were "
         "killed.", "Battles"),
        # 'in order to' with no violence after it leaves the arrest as it was
        ("On Monday, police arrested three men in Tamba in order to question them.", "Strategic developments"),
    ],
)
def test_an_act_done_beside_a_purpose_clause_still_types_the_event(text: str, expected: str,
                                                                   extractor: api.Extractor) -> None:
    event_type, _ = first_event(text, extractor)
    assert event_type == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a farmer shot and killed seven sheep belonging to a herder after the animals entered his field "
        "near Tamba.",
        "On Monday, soldiers killed about 40 cows belonging to pastoralists near the village of Tamba.",
        "On Monday, farmers killed six oxen belonging to herders in the village of Tamba.",
    ],
)
def test_animals_killed_with_no_person_harmed_are_property_destroyed(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person whose trade names the animals
        ("On Monday, gunmen killed a cattle trader near Tamba.", ("Violence against civilians", "Attack")),
        # people killed beside the animals
        ("On Monday, gunmen killed two herders and 50 cattle near Tamba.", ("Violence against civilians", "Attack")),
        # a mine that killed cows is still an explosion
        ("On Monday, a landmine exploded and killed two cows near Tamba.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_people_killed_or_a_device_beside_animals_keep_their_type(text: str, expected: tuple[str, str],
                                                                  extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == expected, text
