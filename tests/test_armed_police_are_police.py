"""'Armed police' (and an 'Armed Police Force') are the state's police: 'armed' before a police noun names no armed
non-state party, so a clash between locals and armed police is a crowd facing the police (a riot), not a battle.
'Armed' anywhere else ('armed men', 'armed robbers') and armed parties told beside the police read as before."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "A clash erupted between locals and armed police in the market town on Monday.",
    "Villagers clashed with Armed Police Force personnel who came to the village on Monday.",
])
def test_locals_clashing_with_armed_police_is_a_riot_not_a_battle(text, extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots"


@pytest.mark.parametrize(("text", "expected"), [
    # 'armed' of another party: an armed side, a battle
    ("A clash erupted between villagers and armed men in the town on Monday.", ("Battles", "Armed clash")),
    # armed police fighting gunmen: still a battle
    ("Armed police clashed with gunmen in the district on Monday, killing two of them.",
     ("Battles", "Armed clash")),
    ("A clash erupted between villagers and soldiers in the town on Monday.", ("Battles", "Armed clash")),
])
def test_armed_parties_beside_or_instead_of_the_police_keep_their_battle(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected
