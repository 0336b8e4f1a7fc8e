"""A blast whose scene is a gathering, and armed men on the march (texts written for these tests):

- 'a bomb exploded at an opposition rally, killing four': the rally is where the bomb struck; the blast is the event
  (remote violence), not a peaceful protest; so is a suicide bomber at a campaign rally, or bombs set off at a
  protest's anniversary;
- 'a bomb went off as soldiers were marching through the town', 'attacked troops marching on foot with landmines':
  armed men marching are a force on the move, no demonstration.

Look-alikes keep their reading: a protest against a bombing told first, a bombing that sparked protests, a march of
protesters, police or a party's supporters marching in protest.
"""

from __future__ import annotations

import pytest

from extracted import first_types

REMOTE = "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 3 May, a bomb exploded at an opposition rally in the town square, killing four supporters.",
     "Remote explosive/landmine/IED"),
    ("On 3 May, a suicide bomber blew himself up at a campaign rally in the town, killing 12 people.",
     "Suicide bomb"),
    ("On 3 May, two bombs exploded near the venue of the teachers' protest in the capital. No one was hurt.",
     "Remote explosive/landmine/IED"),
    ("On 3 May, two bombs went off at the first anniversary of last year's protests in the city. No one was hurt.",
     "Remote explosive/landmine/IED"),
])
def test_a_blast_at_a_gathering_is_the_blast(text, sub, extractor):
    assert first_types(text, extractor) == (REMOTE, sub), text


@pytest.mark.parametrize("text", [
    "On 3 May, a bomb exploded as soldiers were marching through the town, killing two of them.",
    "On 3 May, rebels attacked troops marching on foot near the village with landmines, wounding six soldiers.",
    "On 3 May, militants attacked military forces marching towards the border with roadside bombs; four soldiers "
    "were killed.",
])
def test_armed_men_marching_are_a_force_on_the_move(text, extractor):
    assert first_types(text, extractor)[0] == REMOTE, text


@pytest.mark.parametrize("text", [
    # the protest told first, the bombing its grievance
    "On 3 May, hundreds of residents protested in the town against a bomb attack on a mosque last week.",
    # the bombing told as what caused the protests
    "On 3 May, the bombing of the mosque sparked protests across the city.",
    # protesters marching, a march of the police or of a party's supporters to press a demand
    "On 3 May, protesters marching through the capital demanded the release of the detained students.",
    "On 3 May, members of the municipal police forces marched in the streets in protest at unpaid wages.",
    "On 3 May, opposition forces marched through the capital demanding the president's resignation.",
])
def test_protests_and_marches_keep_their_reading(text, extractor):
    assert first_types(text, extractor)[0] == "Protests", text
