"""An abduction told only as tried, with no one taken, no one harmed, no shot and no fight ('gunmen attempted to abduct
the village chief', 'tried to kidnap a businessman, but he escaped'), took no one: it is no abduction, but a strategic
development as ACLED codes such a failed try ('Other'), or the goods the would-be takers carried off (a looting). A try
that hurt someone, that was fought, or beside a person taken keeps its type; a crowd that beat a would-be kidnapper is
a mob's violence."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, militants attempted to abduct the village chief in the village. The militants accused the chief of "
    "informing the army.",
    "On 3 May, gunmen tried to kidnap a businessman in the city, but he escaped.",
    "On 3 May, mercenaries tried to abduct detainees from the prison. They were stopped by peacekeepers. No fighting "
    "took place and no one was hurt.",
    "On 3 May, bandits attempted to kidnap a trader at his shop, but the trader fled.",
])
def test_an_abduction_only_tried_with_no_harm_or_fight_is_a_strategic_development(text, extractor):
    assert first_types(text, extractor) == ("Strategic developments", "Other"), text


def test_goods_carried_off_by_would_be_kidnappers_are_a_looting(extractor):
    text = ("On 3 May, militants who sought to abduct a herder seized phones and money from his family as he was "
            "away from home.")
    assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(("text", "expected"), [
    # someone harmed in the try: the harm
    ("On 3 May, gunmen tried to kidnap a businessman and shot him in the leg.",
     ("Violence against civilians", "Attack")),
    # the try fought off by a force: the fight
    ("On 3 May, soldiers repelled militants as they tried to kidnap four people in the village.",
     ("Battles", "Armed clash")),
    # a person taken told beside the try: the abduction
    ("On 3 May, gunmen attempted to abduct two farmers; one of them was abducted and the other escaped.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 3 May, gunmen abducted three traders, days after a failed kidnapping attempt in the same village.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 3 May, unknown men kidnapped a priest on the road to the town.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # a crowd that beat a would-be kidnapper: a mob's violence
    ("On 3 May, residents beat a man who attempted to kidnap a child.", ("Riots", "Mob violence")),
])
def test_a_tried_abduction_with_harm_a_fight_or_a_person_taken_keeps_its_type(text, expected, extractor):
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize("text", [
    "The court sentenced two men who tried to kidnap a lawmaker last year.",
    "Police said the gang planned to kidnap the governor's son.",
])
def test_a_trial_or_a_plan_of_a_kidnapping_opens_no_incident(text, extractor):
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, armed men attempted to kidnap the mayor of Tassa on the road to Gaya. He was held for an "
        "hour before being rescued by residents.",
        "On 4 March 2024, gunmen tried to abduct a trader near Kaura; he was released the next day after a ransom was "
        "paid.",
        # the release told before a closing line on who did it, which may join the event
        "On 4 March 2024, gunmen attempted to kidnap a nurse in Bida. She was held for two hours before police freed "
        "her. No group claimed responsibility for the attack.",
    ],
)
def test_a_try_that_held_someone_is_an_abduction(text, extractor):
    # Held, rescued, freed or ransomed: the try took someone, so it stays the abduction it was read as before.
    assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance"), text
