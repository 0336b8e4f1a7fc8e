"""News writers' wordings the rules misread (helper fix64's round): each test pins a construction a reporter in any
country would write, with look-alikes that must not change.

- a labour strike named by its strikers or by what it stopped ('the teachers' strike disrupted classes', 'a strike
  by transport workers disrupted traffic') is a stoppage of work (a protest), not a weapon's strike;
- explosions that residents heard are no crowd's act (the crowd heard them);
- members of a house who came to blows ('lawmakers fought with each other in parliament') are a brawl (mob
  violence), not an armed clash;
- the kin of a force's member hit ('shot dead a police officer's wife') is a civilian;
- a gathering a court heard of ('the court heard that villagers had blocked the road in 2019, demanding ...') is no
  protest of its own;
- control taken 'complete' or 'total' is control taken; arms laid down or handed over are a surrender (ACLED's
  agreement), not ground handed over;
- a campaign against a social ill ('a battle against corruption'), a game ('the two teams clashed in the final'), a
  war of words ('the opposition attacked the budget') and a storm's or the rains' toll open no event."""

from __future__ import annotations

import pytest

from extracted import first_event, first_types, typed

PEACEFUL = ("Protests", "Peaceful protest")
MOB = ("Riots", "Mob violence")
AGREEMENT = ("Strategic developments", "Agreement")


# (a) a labour strike, named by its strikers or by what it stopped
@pytest.mark.parametrize("text", [
    "The teachers' strike disrupted classes in public schools across the province on Monday.",
    "A strike by transport workers disrupted traffic in the capital on Tuesday.",
    "A two-day strike paralysed traffic in the city on Wednesday.",
    "The strike crippled business in the port town on Thursday, with shops and markets closed.",
])
def test_labour_strike_named_by_strikers_or_stoppage_is_a_protest(text, extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon's strike, even by a named force or with what it disrupted: as before
    ("An air strike by the army killed two workers in the village on Monday.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("A drone strike disrupted traffic on the highway on Monday, killing three people.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("An air strike on the camp killed five militants on Sunday.", ("Explosions/Remote violence", "Air/drone strike")),
    # a verb between 'by' and the workers: the strikers are not named, the workers are the harmed
    ("A strike by militants killed two workers at the mine on Monday.", ("Violence against civilians", "Attack")),
])
def test_weapon_strikes_stay_weapon_strikes(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


# (b) explosions a crowd heard
@pytest.mark.parametrize("text", [
    "Residents heard explosions in several places in the city on Monday night.",
    "Villagers heard loud blasts near the army base on Tuesday night.",
])
def test_explosions_residents_heard_are_no_crowd_act(text, extractor) -> None:
    assert first_types(text, extractor)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents attacked the police station on Monday, injuring two officers.", MOB),
    # a relative clause's hearing: the residents still acted
    ("Residents who heard the news attacked the police station on Monday.", MOB),
])
def test_crowds_that_acted_stay_crowds(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


# (c) a brawl of lawmakers
@pytest.mark.parametrize("text", [
    "Lawmakers fought with each other in parliament on Tuesday during a debate on the budget.",
    "MPs exchanged blows in the national assembly on Monday over the constitutional amendment.",
])
def test_lawmakers_coming_to_blows_are_mob_violence(text, extractor) -> None:
    assert first_types(text, extractor) == MOB


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead two lawmakers in the capital on Monday.", ("Violence against civilians", "Attack")),
    ("Police fired tear gas at opposition lawmakers marching to the electoral commission on Monday.",
     ("Protests", "Protest with intervention")),
    ("Soldiers fought with rebels near the town on Monday, killing five.", ("Battles", "Armed clash")),
])
def test_lawmakers_harmed_or_marching_and_armed_fights_unchanged(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


# (d) the kin of a force's member
@pytest.mark.parametrize("text", [
    "Gunmen shot dead a police officer's wife in the town on Monday.",
    "Gunmen shot dead a policeman's wife at her home on Tuesday.",
])
def test_kin_of_a_force_member_is_a_civilian(text, extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type, event.actor2) == (
        "Violence against civilians", "Attack", "Civilians")


@pytest.mark.parametrize(("text", "actor2"), [
    ("Gunmen shot dead a police officer in the town on Monday.", "Police Forces"),
    ("Gunmen shot dead two soldiers in the town on Monday.", "Military Forces"),
])
def test_force_members_hit_stay_the_force(text, actor2, extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.actor2) == ("Battles", actor2)


# (f) a gathering a court heard of
@pytest.mark.parametrize("text", [
    "The court heard that villagers had blocked the road in 2019, demanding compensation for their land.",
    "The court was told that residents had blocked the highway demanding water in 2020.",
    # a plan: one to come
    "Residents said they would block the road on Friday to demand water.",
])
def test_blockade_a_court_heard_of_or_planned_opens_no_protest(text, extractor) -> None:
    assert typed(text, extractor) == []


@pytest.mark.parametrize("text", [
    "Villagers blocked the road on Monday, demanding compensation for their land.",
    "Villagers blocked the road outside the court on Monday, demanding the release of their chief.",
    # a clause told first of what the day marks: the hedge of the anniversary does not reach the act after the comma
    "Marking the anniversary of their eviction, villagers blocked the road on Monday, demanding compensation.",
])
def test_blockade_told_as_done_stays_a_protest(text, extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL


# (g) control taken 'complete' or 'total'
@pytest.mark.parametrize("text", [
    "Rebels took complete control of the entire Mabanda district on Monday.",
    "Militants seized complete control of the town on Sunday.",
])
def test_complete_control_taken_is_control_taken(text, extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    "The ruling party took complete control of the council after the election on Monday.",
    "The new owners took complete control of the airline on Monday.",
    "The home side took complete control of the match in the second half on Sunday.",
])
def test_complete_control_of_no_ground_opens_nothing(text, extractor) -> None:
    assert typed(text, extractor) == []


# (h) arms laid down or handed over
@pytest.mark.parametrize("text", [
    "About 30 fighters of the armed group laid down arms in the town on Wednesday.",
    "Two hundred militants handed over their weapons to the authorities on Tuesday.",
])
def test_arms_laid_down_or_handed_over_are_a_surrender(text, extractor) -> None:
    assert first_types(text, extractor) == AGREEMENT


@pytest.mark.parametrize("text", [
    "The president urged the rebels to lay down their arms on Monday.",
    "The rebels refused to hand over their weapons on Tuesday.",
    "The government called on the militia to lay down arms and join the peace talks.",
    "The rebels denied that they had laid down their arms.",
])
def test_arms_to_be_laid_down_open_nothing(text, extractor) -> None:
    assert typed(text, extractor) == []


# (i) figures: campaigns against ills, games, wars of words, weather
@pytest.mark.parametrize("text", [
    "The government launched a battle against corruption in the public service on Tuesday.",
    "Health workers are battling a cholera outbreak in the district.",
    "The two teams clashed in the final at the national stadium on Sunday.",
    "The home team attacked from the start and defeated the visitors 3-1 on Sunday.",
    "The opposition attacked the government's budget in parliament on Tuesday.",
    "Critics attacked the minister's plan on social media on Monday.",
    "The newspaper attacked the president in an editorial on Monday.",
    "Senators clashed over the budget in a heated debate on Tuesday.",
    "The two candidates clashed during a televised debate on Sunday.",
    "Heavy rains battered the district on Tuesday, killing two people.",
])
def test_figures_of_fights_games_words_and_weather_open_no_event(text, extractor) -> None:
    assert typed(text, extractor) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers fought against the rebels in the district on Monday, killing five.", ("Battles", "Armed clash")),
    ("Troops battled militants near the town on Sunday.", ("Battles", "Armed clash")),
    ("The two sides clashed over farmland in the village on Monday.", ("Battles", "Armed clash")),
    ("A team of assailants attacked the village chief on Monday.", ("Violence against civilians", "Attack")),
    ("The striker was shot dead by gunmen after training on Monday.", ("Violence against civilians", "Attack")),
    ("Gunmen attacked the tax office in the town on Monday.", ("Violence against civilians", "Attack")),
    # a debate told only as what came before: the clash is a fight
    ("Two groups clashed after a debate on land in the village on Monday.", MOB),
    ("Heavy rains fell as gunmen attacked the village on Tuesday, killing two people.",
     ("Violence against civilians", "Attack")),
])
def test_fights_attacks_and_killings_beside_such_words_stay_events(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected

