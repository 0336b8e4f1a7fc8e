"""Who acted, a crowd or an organised armed party, read from the words around the subject (texts written for these
tests, each with look-alikes that must stay as they were): people named by a trade, a shelter or a faith are a crowd
as traders are; a crowd's word that stands before an armed party's noun ('community militias') or is joined to one
('supporters and armed paramilitaries') names the armed party; an 'unidentified armed group' is armed though only
'unidentified' is read as the actor; armed men who attack the people of a gathering attack civilians; an armed
party named as the object of a verb of harm is not the subject of the verb joined after it.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api

MOB = ("Riots", "Mob violence")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday merchants attacked shops owned by foreign traders in the central market of Bobo.",
        "On Tuesday foreign-owned stores were attacked by local merchants in the market of Koudougou.",
        "On Friday about forty refugees with sticks attacked the home of the camp manager in Agadez.",
        "On Sunday angry shopkeepers beat up a tax official in the market of Lome.",
        "On Sunday worshippers beat a man accused of stealing from the church in Ibadan.",
    ],
)
def test_people_named_by_a_trade_a_shelter_or_a_faith_are_a_crowd(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == MOB, text


@pytest.mark.parametrize(
    "text",
    [
        # the same words as the harmed, not who acted
        "On Monday gunmen attacked merchants in the central market of Bobo, killing two.",
        "On Friday bandits attacked refugees at the camp near Agadez, killing three.",
    ],
)
def test_traders_and_refugees_harmed_by_armed_men_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday community militias from the upper town invaded the lower town over a land dispute and abducted "
        "the chief.",
        "On Monday youth militias linked to a party candidate burnt the party office in Wulensi over the primary "
        "results.",
        "On Friday party supporters and armed paramilitaries attacked two brothers of a released prisoner in Leon.",
    ],
)
def test_a_crowds_word_naming_an_armed_party_is_no_crowd(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] != "Riots", text


@pytest.mark.parametrize(
    "text",
    [
        # a crowd with no armed party named beside it
        "On Monday community members invaded the council hall over a land dispute.",
        "On Friday party supporters attacked two brothers of a released prisoner in Leon.",
        # a crowd that fought an armed party: the crowd's word is not joined to the armed noun
        "On Monday youths attacked two policemen at the market of Kumasi with stones.",
    ],
)
def test_a_crowd_with_no_armed_party_beside_its_word_stays_a_riot(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots", text


def test_an_unidentified_armed_group_that_attacked_suspects_attacked_them(extractor: api.Extractor) -> None:
    # the span read as the actor is 'unidentified'; 'armed group' after it names the party armed: its harm to
    # suspected criminals is its attack, not a crowd's justice
    text = ("On Monday an unidentified armed group attacked suspected criminals and vandalized their homes in Bittou "
            "to show anger at the murder of a trader.")
    assert first_types(text, extractor) == ATTACK
    # an unidentified group with no arms told, or a crowd, beating suspects is a crowd's justice
    assert first_types("On Monday villagers attacked suspected thieves and burned their homes in Bittou.",
                       extractor) == MOB


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen attacked a group of protesters in Isiwu, killing one.",
        "On Tuesday unidentified gunmen opened fire on protesters in the town centre, killing two.",
        "On Friday armed men attacked demonstrators outside the governor's office, wounding five.",
        "On Friday thugs attacked protesters at the rally in Harare, injuring ten.",
    ],
)
def test_armed_men_attacking_the_people_of_a_gathering_attack_civilians(text: str,
                                                                        extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Violence against civilians", text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's force firing on protesters met the gathering with force
        ("On Monday armed police opened fire on protesters in the town centre, killing two.",
         ("Protests", "Excessive force against protesters")),
        ("On Monday police opened fire on protesters in the town centre, killing two.",
         ("Protests", "Excessive force against protesters")),
        # the protesters as those who acted
        ("On Monday protesters attacked gunmen who had kidnapped a trader in the town centre.",
         ("Riots", "Violent demonstration")),
        # a protest about a killing
        ("On Monday hundreds protested in the town centre after gunmen killed a trader.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_force_on_protesters_protesters_acting_and_protests_about_killings_stay(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text, party",
    [
        ("On Monday soldiers killed two JNIM militants and seized their weapons in Djibo.",
         "Jama'at Nasr al-Islam wal Muslimin"),
        ("On Monday the army killed five suspected Boko Haram fighters and recovered rifles near Bama.", "Boko Haram"),
    ],
)
def test_an_armed_party_hit_by_a_verb_of_harm_is_not_the_subject_of_the_next_verb(
        text: str, party: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.actor1 != party, event.actor2) == (True, party), text


@pytest.mark.parametrize(
    "text, actor1",
    [
        # the party as the subject, or as the one who tells of the act
        ("On Monday JNIM militants killed two traders and seized their goods in Djibo.",
         "Jama'at Nasr al-Islam wal Muslimin"),
        ("On Monday soldiers were killed when Boko Haram fighters stormed a checkpoint near Bama.", "Boko Haram"),
    ],
)
def test_an_armed_party_told_as_the_subject_still_acted(text: str, actor1: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor).actor1 == actor1, text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday around 300 members of the Kraze Gang killed at least 40 residents accused of witchcraft in Cite "
        "Soleil.",
        "On Monday a group of armed farmers attacked herders accused of the murder of a farmer near Kika.",
    ],
)
def test_a_party_named_armed_right_before_its_act_attacks_suspects(text: str, extractor: api.Extractor) -> None:
    # no actor is read for the party (or only a 'suspected' one after the act), but the words right before its act
    # name it armed: its harm to people it accuses is its attack, not a crowd's justice
    assert first_types(text, extractor) == ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        # the armed words name the harmed of a passive, the crowd's victims, or an earlier act
        "On Monday two gang members were killed by a mob after they were accused of theft in Lagos.",
        "On Monday villagers beat two suspected gang members to death in Ogun.",
        "On Monday a mob lynched a suspected thief in Lagos after gang members robbed a shop.",
    ],
)
def test_armed_words_of_the_harmed_leave_a_crowds_justice(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == MOB, text
