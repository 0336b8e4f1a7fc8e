"""Ground taken in a fight, told in the ways a news writer tells it beyond 'captured the town': a participle's clause
after the fight ('clashed with the army, gaining control of the village', 'overtaking the territory'), whose taker is
the main clause's subject, not the side fought; a passive whose agent phrase ends before the side fought ('the city
was taken by the rebels after a clash with the army'); a place named after its owner's name ('cleared Boko Haram's
Dalori camp'), after a share ('recaptured large parts of the district') or in brackets ('the town of X (Y province)
was taken'); ground that is a forest or a zone ('cleared the forest of the insurgents', 'recovered the industrial
zone'); state forces named as the agent ('retaken by the state forces'); and a side 'now in full control of' a
place. Not goods or people taken, a place held since before, a share of something else, or control of 'the
situation'."""

from __future__ import annotations

import pytest

from extracted import first_types, typed

GOVERNMENT = ("Battles", "Government regains territory")
NON_STATE = ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "On 3 May, rebels clashed with government troops near the town, gaining control of the village.",
    "On 3 May, the rebels fought the army and its allies for hours, overtaking the territory around the market.",
])
def test_a_participle_after_the_fight_tells_ground_taken_by_the_main_clause_subject(text, extractor):
    assert first_types(text, extractor) == NON_STATE, text


def test_a_participle_after_the_army_s_fight_tells_ground_regained(extractor):
    text = "On 3 May, soldiers clashed with the rebels near the town, retaking the village."
    assert first_types(text, extractor) == GOVERNMENT, text


@pytest.mark.parametrize("text", [
    "On 3 May, the city of Dolo (Upper Province) was taken by the rebels after a clash with the army.",
    "On 3 May, the town was seized by militants after heavy fighting with the soldiers.",
])
def test_a_passive_taking_reads_its_agent_up_to_the_end_of_its_phrase(text, extractor):
    assert first_types(text, extractor) == NON_STATE, text


def test_ground_retaken_by_the_state_forces_is_regained(extractor):
    text = "On 3 May, soldiers clashed with the rebels near Dolo. The town was retaken by the state forces."
    assert first_types(text, extractor) == GOVERNMENT, text


@pytest.mark.parametrize("text", [
    "On 3 May, military forces cleared Boko Haram's Dalori camp, killing 18 fighters.",
    "On 3 May, troops cleared the Sambisa forest of the insurgents after two days of fighting.",
    "On 3 May, the army said it had recovered the industrial zone after fierce clashes with the militants.",
    "On 3 May, the armed forces recaptured large parts of the district after clashes with the rebels.",
    "On 3 May, soldiers clashed with the militants near Dolo. The army is now in full control of the town.",
])
def test_ground_named_after_an_owner_a_share_or_as_a_forest_or_zone_is_regained(text, extractor):
    assert first_types(text, extractor) == GOVERNMENT, text


@pytest.mark.parametrize("text", [
    # goods, weapons or people taken: no ground
    "On 3 May, soldiers clashed with the rebels near the town, seizing weapons.",
    "On 3 May, rebels clashed with soldiers near the town, capturing two soldiers.",
    "On 3 May, soldiers clashed with the militants and seized the camp's weapons.",
    "On 3 May, soldiers clashed with militants and recovered most of the stolen cattle.",
    "On 3 May, the rebels clashed with soldiers near the town, capturing most of the ammunition.",
    # control of no place, or ground held from before
    "On 3 May, soldiers clashed with militants near the town. The army is now in control of the situation.",
    "On 3 May, soldiers clashed with militants near Dolo. The militants remained in control of the town.",
])
def test_a_fight_with_no_ground_taken_stays_a_clash(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize("text", [
    # people or goods carried into a forest are no forest taken
    "On 3 May, gunmen abducted three traders near the market and took them into the forest.",
    "On 3 May, gunmen kidnapped two farmers and took them towards the forest.",
])
def test_people_carried_into_a_forest_are_abducted_not_ground_taken(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance"), text


@pytest.mark.parametrize("text", [
    "On 3 May, loggers cleared most of the forest near the village to plant maize.",
    "On 3 May, the government recovered the industrial zone's unpaid taxes from the company.",
    "On 3 May, the ruling party is now in full control of the parliament after the vote.",
    "On 3 May, the home side beat the visitors, gaining control of the league.",
    "On 3 May, the company bought its rival, gaining control of the market in the capital.",
    "On 3 May, the firm won the tender, capturing most of the town market.",
])
def test_ground_words_outside_a_fight_tell_no_event(text, extractor):
    assert typed(text, extractor) == [], text
