"""Incidents the trigger words missed, told in the plain wording of short field notes (texts written for these tests).

Gunfire heard with no one said to be hit, roadblocks set up, patrols, defections, a town taken over by name, a
ceasefire declared, sit-ins, slogans chanted, crowds blocking a clinic or a building site and a protest going on
since the morning each open an event; a walkout counted ('3,000 workers went on strike') is a protest, not a
tally of strikes from the air. The same words told as background, as an aim or of another kind open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gunfire heard, no one hit and no shooter told: ACLED's 'Other'.
        ("On 4 March, gunshots were heard in the Bel Air neighbourhood throughout the night.", "Other"),
        ("Residents of Mahagi heard heavy gunfire near the market on Tuesday.", "Other"),
        # Roadblocks set up, by armed men or by no one told: a road held, ACLED's 'Other' (a state force's would be a
        # security measure, a change to its activity).
        ("On 5 March, a roadblock was set up on the highway south of Mirebalais.", "Other"),
        ("Armed men put up roadblocks at the two entrances of the town on Sunday.", "Other"),
        # Patrols and defections: changes to a group's activity.
        ("On 2 March, soldiers conducted a joint patrol along the border near Kidira.", "Change to group/activity"),
        ("More than 200 members of the ruling party defect to the opposition in Kasama.", "Change to group/activity"),
        ("Mercenaries withdrew from the town of Nioro on 3 March.", "Change to group/activity"),
        # A town taken over by name, with no fight told.
        (
            "On 6 March, government troops and allied fighters took over Ndele. No clashes were reported.",
            "Non-violent transfer of territory",
        ),
        # A ceasefire declared by one side.
        ("The president declares a unilateral two-month ceasefire in the eastern provinces.", "Agreement"),
        # Crowds: sit-ins, slogans, blocking a clinic or a site, a protest going on since the morning.
        ("On Monday, farmers held sit-ins outside the district office over unpaid crop subsidies.", "Peaceful protest"),
        ("On Tuesday, opposition members chanted slogans against the new electoral law in Patan.", "Peaceful protest"),
        ("Residents shut down the clinic on Wednesday, citing a lack of nurses.", "Peaceful protest"),
        ("Villagers blocked construction of a quarry near the river on 1 March.", "Peaceful protest"),
        ("Traders have staged protests in the old market since early this morning.", "Peaceful protest"),
        # A crowd named with an aside in commas; a crowd at a building whose name holds an agreement's word.
        ("Residents of Kibera, near the rail line, blocked the road to the dump on Monday.", "Peaceful protest"),
        (
            "On Friday, dock workers gathered at the Labour Exchange to demand six months of back pay.",
            "Peaceful protest",
        ),
        # A walkout with a count and other figures: a protest, not a tally of operations.
        (
            "About 2,500 workers at the shoe factory went on strike against a rule that excludes staff earning more "
            "than $150 from the pay rise.",
            "Peaceful protest",
        ),
    ],
)
def test_field_note_wording_opens_an_incident(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Gunfire heard as a war's colour, with no day of its own; a plan to set up roadblocks.
        "Residents say gunshots are heard most nights in the capital.",
        "The police plan to set up roadblocks ahead of the vote.",
        "Bus drivers accused the police of erecting illegal roadblocks to collect bribes.",
        # 'took over' a post or an office, a patrol of the internet.
        "The new commander took over from his predecessor on Monday.",
        "The rebels took over the running of the clinic last year.",
        "The opposition took over as the largest party in parliament.",
        "Police conducted patrols on social media to track the rumours.",
        # A defect, not a defection; a ceasefire that held; a sit-in planned.
        "The defect to the engine was found during an inspection.",
        "A ceasefire declared last year largely held.",
        "Unions threatened to stage sit-ins next week.",
        "The prisoner exchange agreed last year has still not taken place.",
        # Slogans on posters, a period's course since a year.
        "The slogans of the campaign were printed on posters.",
        "Traders have staged protests in the old market since early 2019.",
    ],
)
def test_the_same_words_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_gunfire_heard_during_a_clash_stays_the_clash(extractor: api.Extractor) -> None:
    text = "On 4 March, soldiers clashed with militants in Kanam; gunshots were heard for hours."
    assert typed(text, extractor, published=PUBLISHED) == [("Battles", "Armed clash")]
