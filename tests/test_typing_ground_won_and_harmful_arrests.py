"""Strategic developments against violence, third round (sd21, read from the 12,334-row development sample's
strategic development / violence confusions; texts written for these tests, each with look-alikes that must stay as
they were): a fight whose ground won is told in a sentence of its own ('The troops drove the rebels out of the
town') is the taking of that ground, a battle's territory sub-type, while an aim, a flight or things seized leave it
an armed clash; torture told beside an arrest ('arrests and torture by soldiers', 'signs of torture') makes it an
attack on the people held, and people arrested whose whereabouts are unknown are a forced disappearance, while
torture as a charge or denied, and whereabouts known, leave an arrest; a force's post or office raided, burned or
looted where a fight is denied ('no exchange of gunfire or casualties reported') is the property's loss, while a
raid with no such word, 'no casualties' alone, or one the force fought off, stays a fight.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers clashed with rebels near Kamba. The troops drove the rebels out of the town.",
         "Government regains territory"),
        ("On Monday, the army fought the rebels near Kamba for two hours. Soldiers recovered a rebel position on one "
         "of the hills.", "Government regains territory"),
        ("On Monday, soldiers and rebels fought near Kamba. The army was able to capture strategic hills after heavy "
         "shelling.", "Government regains territory"),
        ("On Monday, rebels clashed with soldiers near Kamba. The rebels drove the troops out of the town.",
         "Non-state actor overtakes territory"),
    ],
)
def test_a_fight_whose_ground_won_is_told_apart_is_the_taking(text: str, expected: str,
                                                              extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", expected), text


@pytest.mark.parametrize(
    "text",
    [
        # an aim, not ground taken
        "On Monday, soldiers clashed with rebels near Kamba. The rebels had tried to take over the town.",
        "On Monday, soldiers clashed with rebels near Kamba. The army launched an offensive to capture the town.",
        "On Monday, rebels attacked an army post near Kamba. They are attempting to gain control of the area.",
        "On Monday, rebels attacked an army post near Kamba. Ten attempts to overrun army bases have been reported.",
        # ground taken at another time, told as background
        "On Monday, rebels clashed with soldiers near Kamba. It was the worst fighting since October, when the army "
        "retook the town.",
        # people fleeing, things seized, a place still held
        "On Monday, soldiers clashed with rebels near Kamba. Residents fled the town.",
        "On Monday, soldiers clashed with rebels near Kamba. The troops seized weapons and ammunition.",
        "On Monday, soldiers clashed with rebels near Kamba. The rebels still hold the town.",
    ],
)
def test_a_fight_beside_an_aim_a_flight_or_things_seized_stays_an_armed_clash(text: str,
                                                                               extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_ground_taken_with_no_fight_told_is_no_battle(extractor: api.Extractor) -> None:
    text = "On Monday, the rebels left Kamba. The army entered the town without any fighting."
    assert extracted.first_types(text, extractor) == (
        "Strategic developments", "Non-violent transfer of territory"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, police arrested two youths in Kamba; a video of the arrest showed signs of torture.",
        "On Friday, rights groups reported arrests and torture by soldiers in Kamba.",
        "On Friday, police arrest and torture a trader in Kamba.",
        "On Friday, police arrested three men in Kamba. Those detained were subjected to torture, their lawyer said.",
    ],
)
def test_torture_told_beside_an_arrest_makes_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, soldiers arrested four civilians in Kamba. Their whereabouts remain unknown.",
        "On Friday, a journalist was arrested in an enforced disappearance in Kamba.",
    ],
)
def test_people_arrested_and_kept_from_their_kin_are_a_forced_disappearance(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == (
        "Violence against civilians", "Abduction/forced disappearance"), text


@pytest.mark.parametrize(
    "text",
    [
        # torture as the charge, or denied
        "On Friday, police arrested a former officer on charges of torture in Kamba.",
        "On Friday, police arrested two men accused of torture in Kamba.",
        "On Friday, police arrested 20 party members in Kamba. The party said detainees were subjected to torture, "
        "but there were no confirmed reports of torture.",
        # whereabouts known, or someone else's
        "On Friday, police arrested two suspects in Kamba. Their whereabouts were later made known to their lawyers.",
        "On Friday, police arrested a man in Kamba who had reported the whereabouts of the rebels.",
        "On Friday, police arrested four men in Kamba.",
    ],
)
def test_torture_as_a_charge_or_denied_and_whereabouts_known_leave_an_arrest(text: str,
                                                                              extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Arrests"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, gunmen attacked the police station in Kamba and set it on fire. No exchange of gunfire or "
        "casualties was reported.",
        "On Sunday, rebels raided the administrative post of Kamba, setting fire to the police station and looting "
        "the health centre. No clashes were reported.",
    ],
)
def test_a_forces_post_raided_with_no_one_hurt_and_no_fight_is_a_property_destruction(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    "text",
    [
        # nothing said of a fight, or only that no one was hurt
        "On Sunday, gunmen attacked the police station in Kamba and set it on fire.",
        "On Sunday, militants attacked the gendarmerie post in Kamba and burned it; there were no casualties.",
        # people hurt
        "On Sunday, gunmen attacked the police station in Kamba and set it on fire; two officers were wounded.",
        # the force fought back, in a sentence of its own
        "On Sunday, gunmen attacked the police station in Kamba and burned it. Police returned fire. There were no "
        "casualties.",
        "On Sunday, militants attacked an army base in Kamba; soldiers repelled the attack. No casualties were "
        "reported.",
    ],
)
def test_a_forces_post_raided_with_harm_or_a_fight_or_nothing_told_stays_a_battle(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text
