"""Claims spoken by a person or an office, and the body they speak for (issue 10): an army spokesman speaks for the
army, a deputy minister for the government, a group's leader or newspaper for the group; 'claimed' where the body
tells of its own side's operations, 'reported' where it tells of another party's. Also the coalition named by its
leader, and a counter-claim by the side the first claim counted as its victims."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Claim


def _claims(text: str, published: str) -> list[Claim]:
    return list(api.extract(text, published=published).claims)


def _who(claims: list[Claim]) -> list[tuple[str | None, str]]:
    return [(c.claimant, c.status) for c in claims]


def test_a_spokesman_named_once_speaks_for_his_countrys_army() -> None:
    text = (
        "Brig-Gen Musa Bello, the army spokesman, told a news conference on Friday that troops killed 62 "
        "insurgents and destroyed 8 gun trucks in north-east Nigeria in March."
    )
    claims = _claims(text, "2022-04-02")
    assert _who(claims) == [("Nigerian Armed Forces", "claimed")]
    assert claims[0].actor == "Nigerian Armed Forces"


def test_a_deputy_minister_speaks_for_the_government_of_its_own_forces() -> None:
    text = (
        "Somalia's Deputy Information Minister Ali Hersi said security forces killed 75 al-Shabaab fighters in "
        "operations in Hiiraan over the past week."
    )
    claims = _claims(text, "2022-10-10")
    assert _who(claims) == [("Government of Somalia", "claimed")]
    assert claims[0].actor == "Somali National Army"


def test_a_countrys_ministry_telling_of_a_group_reports() -> None:
    text = "Iraq's interior ministry said Islamic State militants carried out 23 attacks in Kirkuk in March."
    assert _who(_claims(text, "2019-04-03")) == [("Government of Iraq", "reported")]


def test_a_countrys_army_named_by_its_possessive_claims_its_operations() -> None:
    text = "Pakistan's army said troops killed 31 militants in 19 operations in Bajaur in May."
    assert _who(_claims(text, "2023-06-02")) == [("Pakistan Armed Forces", "claimed")]


def test_a_groups_leader_speaks_for_the_group() -> None:
    text = (
        "The Houthi leader said in a televised speech on Sunday that his forces had launched 140 missiles and "
        "drones at ships over the past month."
    )
    assert _who(_claims(text, "2024-02-12")) == [("Houthis", "claimed")]


def test_a_groups_own_medium_is_kept_as_the_claims_medium() -> None:
    text = (
        "The Islamic State group said in its weekly newspaper that it had carried out 14 attacks in Syria "
        "in the week to May 4."
    )
    claims = _claims(text, "2017-05-08")
    assert _who(claims) == [("Islamic State", "claimed")]
    assert claims[0].medium == "weekly newspaper"


def test_a_partys_press_centre_speaks_for_the_party() -> None:
    text = "The PKK's press centre said its fighters carried out 27 actions against Turkish troops in September."
    claims = _claims(text, "2019-10-03")
    assert _who(claims) == [("Kurdistan Workers' Party", "claimed")]
    assert claims[0].medium == "press centre"


def test_a_partys_government_office_speaks_for_the_party() -> None:
    text = "The Taliban government's interior ministry said it arrested 52 members of the Islamic State in August."
    assert _who(_claims(text, "2022-09-02")) == [("Taliban", "claimed")]


def test_a_coalition_named_by_its_leader_is_that_leaders_coalition() -> None:
    text = (
        "Coalition forces led by Saudi Arabia said on Monday that 38 Houthi fighters had been killed and 5 "
        "military vehicles destroyed in operations in al-Bayda over the past 24 hours."
    )
    assert _who(_claims(text, "2021-12-07")) == [("Saudi-led coalition", "claimed")]


def test_a_national_security_council_speaks_for_its_government() -> None:
    text = (
        "Afghanistan's National Security Council said 210 Taliban fighters were killed in operations over "
        "the past week."
    )
    assert _who(_claims(text, "2020-06-14")) == [("Government of Afghanistan", "claimed")]


def test_the_side_counted_as_victims_answering_with_figures_makes_its_own_claim() -> None:
    text = (
        "The army said its troops killed 90 Taliban fighters in Kandahar over the past week. A Taliban "
        "spokesman told the group's radio station that its fighters had killed 35 soldiers and wounded 20 in "
        "the same period."
    )
    claims = _claims(text, "2019-07-08")
    assert _who(claims) == [("Afghan National Defense and Security Forces", "claimed"), ("Taliban", "claimed")]
    assert {(f.measure, f.value) for f in claims[1].figures} == {("killed", 35), ("wounded", 20)}
    assert claims[1].medium == "radio station"


def test_a_country_office_is_not_read_from_the_object_of_a_passive_report() -> None:
    text = "At least 17 attempts to overrun army bases have been reported since July, most of them in Borno."
    assert all(c.claimant is None for c in _claims(text, "2018-11-20"))


def test_a_person_named_in_apposition_after_his_office_speaks_for_it() -> None:
    text = (
        "A spokesman for the Nigerian army, Yusuf Danladi, said troops killed 33 insurgents and arrested 9 "
        "suspects in February."
    )
    assert _who(_claims(text, "2021-03-03")) == [("Nigerian Armed Forces", "claimed")]


def test_a_state_counting_a_groups_dead_with_no_killer_named_claims_them() -> None:
    text = (
        "Defence ministry spokesman Karim Noori told reporters that 45 Taliban militants were killed in air "
        "strikes in Afghanistan over the past week."
    )
    claims = _claims(text, "2020-10-08")
    assert _who(claims) == [("Afghan National Defense and Security Forces", "claimed")]


def test_a_state_counting_civilians_killed_by_another_party_reports_it() -> None:
    text = "Iraq's interior ministry said 28 civilians were killed by Islamic State militants in Diyala in January."
    claims = _claims(text, "2018-02-03")
    assert _who(claims) == [("Government of Iraq", "reported")]
    assert claims[0].actor == "Islamic State"
