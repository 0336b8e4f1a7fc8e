"""Mobs and crowds against people and armed sides, read from the wider development sample's riot, battle and
violence-against-civilians confusions (sitrep-rules/19's wide-18 sample), with look-alikes that must stay as they were
(texts written for these tests): two groups, factions or camps of one body (a party, a trade, a student union) that
fight with no armed party, no gun and no clan, community or chieftaincy told are a riot (mob violence), not a battle;
armed groups, rebel factions and the factions of a chieftaincy or a community still fight battles. A group named
by nothing else ('a group beat a suspected thief') is a crowd; one a participle or an aside describes, or armed, is not.
A crowd's word that names the report's source ('according to residents'), the owner of a place or a victim's
community (in a passive, present tense too) names no one who acted; an armed party's member who harms someone accused
attacks, where a crowd doing so is a mob. A crowd that fought ('members of the union clash') with no arms and no
village, lineage, community or farmer and herder told is a mob, not a battle.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

# --- sides of one body fighting --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, two groups clashed over the choice of the imam in Saaba, leaving three people injured.",
        "On 4 March 2024, two factions of the transport union clashed at the motor park in Oshodi, leaving one dead.",
        "On 4 March 2024, rival groups clashed over the ownership of a church building in Enugu.",
        "On 4 March 2024, two rival camps of the student union clashed at the university in Bamako.",
    ],
)
def test_sides_of_one_body_fighting_with_no_arms_are_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


@pytest.mark.parametrize(
    "text",
    [
        # armed sides, rebel factions, a gun told
        "On 4 March 2024, two armed groups clashed near Kidal, leaving three fighters dead.",
        "On 4 March 2024, two rival rebel factions clashed near Bria, killing five fighters.",
        "On 4 March 2024, two groups exchanged gunfire in the market of Bunia, killing two.",
        # a chieftaincy's or a community's factions: communal militias, as ACLED codes them
        "On 4 March 2024, two factions of the chieftaincy clashed in Bimbilla, leaving four injured.",
        "On 4 March 2024, two rival camps of the royal family clashed in the village, killing two.",
    ],
)
def test_armed_sides_and_a_lineages_factions_still_fight_battles(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


# --- a group named by nothing else -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a group beat and injured a man suspected of stealing a goat in Parakou.",
        "On 3 May 2024, a group beat a suspected thief before handing him over to the police in Djougou.",
    ],
)
def test_a_group_named_by_nothing_else_that_beats_someone_is_a_mob(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group a participle describes, an armed group, armed men, a gun told: an attack
        ("On 3 May 2024, a group led by a local chief attacked a rival chief's guards with machetes in Djougou.",
         ("Violence against civilians", "Attack")),
        ("On 3 May 2024, a group of armed men beat a trader in Djougou.", ("Violence against civilians", "Attack")),
        ("On 3 May 2024, a group shot dead a trader in Djougou.", ("Violence against civilians", "Attack")),
        # a group an aside describes, property destroyed: a looting, as before
        ("On 3 May 2024, a group (reportedly ten men on motorbikes) ransacked and burned five shops near Inata.",
         ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_a_described_or_armed_group_stays_as_it_was(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


# --- a crowd's word that names no one who acted ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # the report's source
        "On 3 May 2024, according to residents, armed individuals fired shots during an attack in the Site sector of "
        "Kenscoff. A man was captured and killed.",
        # a victim's community, told in the present passive
        "On 3 May 2024, a trader who lived in a community known as Zone 4 is shot and killed by unknown men in Lagos.",
        # an armed party's member harming someone accused: its attack, not a crowd's justice
        "On 3 May 2024, a member of the gang beat and killed a woman accused of witchcraft in Carrefour.",
    ],
)
def test_a_crowds_word_that_names_a_source_a_victims_community_or_an_armed_subject_makes_no_mob(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Violence against civilians", "Attack")], text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a man was killed in Quetta when a mob attacked a shop that was owned by community members.",
        "On 3 May 2024, residents of the community beat and killed a woman accused of witchcraft in Carrefour.",
        "On 3 May 2024, villagers beat two suspected thieves to death in Zamfara.",
    ],
)
def test_a_crowd_that_acted_stays_a_mob(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


# --- a crowd's fight with no communal side told --------------------------------------------------------------

def test_a_crowd_that_fought_with_no_arms_and_no_communal_side_is_mob_violence(extractor: api.Extractor) -> None:
    text = "Members of the transport union clash in Oshodi over the control of the motor park, destroying cars."
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


@pytest.mark.parametrize(
    "text",
    [
        # communities, villages, farmers against herders: left as the rules read them (see COMMUNAL_SIDES)
        "Members of two communities clash over a water pump in Tako, killing three.",
        "Youths of two villages clash over a boundary near Wa.",
        "Farmers and herders clash over a field in Segbana, wounding one farmer.",
        # an armed party
        "Members of the militia clash with soldiers near Bunia.",
    ],
)
def test_a_communal_or_armed_fight_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


def test_arms_banned_for_citizens_is_no_crowds_fight(extractor: api.Extractor) -> None:
    # ('offensive' is a word of fighting; arms told make no unarmed crowd)
    text = ("On 16 December 2024, authorities extended the curfew in Bimbilla, banning the carrying of arms or any "
            "offensive weapon by citizens.")
    assert typed(text, extractor)[:1] == [("Strategic developments", "Change to group/activity")], text
