"""News sentences about a game, the weather, a disease, an accident, business or a war of words use the words of
violence ('the keeper was beaten', 'a storm battered the town, destroying houses', 'an outbreak of cholera killed ten
people', 'killed in a crash on the highway', 'killed when a mine collapsed', 'regained its market share', 'hackers
attacked the website', 'a blistering attack on his rival at a rally', 'shot down rumours', 'stormed
out of parliament'): none is anyone's violence, so none opens an event (an invented event on a news page is
worse than a missed row). Look-alikes where a party acts, a force or a crowd is named, a device goes off or an
aircraft crashes are read as before.
(Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    # a game: the keeper or the team 'beaten' (the contest word with a game's side as its subject)
    "The striker shot the ball into the net and the keeper was beaten at the near post on Saturday.",
    "The team was beaten 3-1 by the visitors in the league on Saturday.",
    # the weather: a storm's participle, also read as a phrase of destruction
    "A storm battered the town on Monday, destroying houses.",
    "Heavy rains battered the district on Tuesday, destroying dozens of homes.",
    # a disease
    "An outbreak of cholera killed ten people in the district on Monday.",
    "Measles has killed twelve children in the province since January.",
    # a road accident told by 'crash' with a road vehicle before it or a road after it
    "Three people were killed in a crash on the highway on Monday.",
    "Four passengers died in a bus crash near the town on Friday.",
    # a pit's accident, a virus, a drought
    "Five miners were killed when a mine collapsed on Monday.",
    "The virus has killed 20 people in the province this month.",
    "Drought has killed thousands of cattle in the region.",
    # business: a civilian place's word that only modifies a noun of business; a computer's thing attacked
    "The company regained its market share in the second quarter.",
    "Hackers attacked the bank's website on Monday.",
    # politics: rumours shot down, a walk-out, a win
    "The government shot down rumours of a coup on Monday.",
    "The opposition stormed out of parliament on Monday.",
    "The ruling party stormed to victory in the polls on Sunday.",
    # a war of words said at a gathering: the gathering is only where the words were said
    "The candidate launched a blistering attack on his rival at a rally in the capital on Monday.",
    "The minister launched a scathing attack on the opposition during a party meeting on Sunday.",
])
def test_games_weather_disease_accidents_business_and_words_open_no_event(text, extractor) -> None:
    assert typed(text, extractor) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a person beaten, a game's word nowhere: an assault as before
    ("Soldiers beat a trader in the market on Monday.", ("Violence against civilians", "Attack")),
    # a referee or fans beaten at a game: harm beside the game keeps the event
    ("The referee was beaten by angry fans after the match on Saturday.", ("Riots", "Mob violence")),
    # a storm beside an act of violence: the act
    ("Gunmen burned houses in the village on Monday after a storm.",
     ("Strategic developments", "Looting/property destruction")),
    # an aircraft's crash: not a road accident (its own strategic development)
    ("Two soldiers were killed when a military helicopter crashed near the base on Monday.",
     ("Strategic developments", "Other")),
    # a landmine that went off, a building brought down by an air strike: the device's or the strike's
    ("A soldier was killed when a mine exploded under his vehicle on Monday.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A building collapsed after an air strike on the town on Monday, killing five people.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # an aircraft shot down, a crowd and the police clashing over a tax, a building stormed by gunmen (groups that
    # clash over a thing are read as a fight as before: 'two factions of the union clashed over its leadership')
    ("Rebels shot down a military helicopter near the town on Monday.", ("Battles", "Armed clash")),
    ("Police and protesters clashed over the new tax in the capital on Monday.", ("Riots", "Violent demonstration")),
    ("Gunmen stormed the parliament building on Monday.", ("Violence against civilians", "Attack")),
    ("Two factions of the transport union clashed over its leadership in the town on Monday.",
     ("Riots", "Mob violence")),
    # a market hit: the civilians there
    ("Gunmen attacked a market in the town on Monday.", ("Violence against civilians", "Attack")),
    # armed men attacking a rally: the attack, not the rally
    ("Gunmen opened fire on supporters at a campaign rally on Monday, killing two.",
     ("Violence against civilians", "Attack")),
    # a rally of its own, no war of words: a protest as before
    ("Thousands of opposition supporters held a rally in the capital on Monday.", ("Protests", "Peaceful protest")),
])
def test_acts_beside_games_weather_business_and_words_keep_their_event(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected
