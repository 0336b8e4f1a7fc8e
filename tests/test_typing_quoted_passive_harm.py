"""A harm verb set in quotes after a passive's auxiliary ('a police officer is "hacked to death"', "two militants were
'neutralized'") is the passive's verb all the same: its subject was harmed, and where that subject is a force or armed
men the event is a fight of two armed sides, as it is without the quotes. A force's own word for killing
('neutralised', 'eliminated') after the auxiliary tells the subject killed too. The quotes change nothing where the one
harmed is a civilian, and a device 'neutralised' is no one harmed."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    # a force's man harmed, the verb in double quotes
    'On 3 May, a police officer was "hacked to death" in the market area of the town.',
    'On 3 May, a soldier was "shot dead" in the town.',
    # single quotes, typographic quotes
    "On 3 May, two policemen were 'gunned down' in the town.",
    "On 3 May, a soldier was ‘stabbed to death’ in the town.",
    # armed men 'neutralized' in a force's operation, the toll hedged in brackets
    "On 3 May, troops carried out an operation near the town. Two suspected militants were 'neutralized' "
    "(presumably killed) and 12 suspects arrested.",
    "On 3 May, the army raided a camp in the forest. One bandit was reportedly 'neutralised' (presumably killed), "
    "and ten motorcycles were destroyed.",
])
def test_a_quoted_passive_harm_on_armed_men_is_a_battle(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize("text", [
    # the one harmed a civilian: the quotes change nothing
    'On 3 May, a trader was "hacked to death" in the market area of the town.',
    "On 3 May, two farmers were 'shot dead' by gunmen on their farm.",
    'On 3 May, a teacher was "beaten to death" by gunmen in the village.',
])
def test_a_quoted_passive_harm_on_civilians_stays_an_attack(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(("text", "expected"), [
    # the same words with no quotes read as before
    ("On 3 May, a police officer was hacked to death in the market area of the town.", ("Battles", "Armed clash")),
    ("On 3 May, a trader was hacked to death in the market area of the town.",
     ("Violence against civilians", "Attack")),
    # a device neutralised is no one harmed: the armed men killed after it are who the fight is told by
    ("On 3 May, a bomb was neutralized by soldiers, who later killed two militants nearby.",
     ("Battles", "Armed clash")),
    # quotes around a party's name, not a verb: the civilians harmed
    ('On 3 May, the so-called "defenders" shot dead two farmers in the village.',
     ("Violence against civilians", "Attack")),
])
def test_quotes_elsewhere_and_no_quotes_read_as_before(text, expected, extractor):
    assert first_types(text, extractor) == expected, text
