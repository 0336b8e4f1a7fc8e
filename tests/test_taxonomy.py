"""The field's vocabulary: ACLED, GTD, tactics and actor aliases."""

from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.taxonomy import ACLED_EVENT_TYPES, GTD_ATTACK_TYPES, TACTICS, ActorTable, acled_class, gtd_attack_type


def test_acled_has_six_event_types_and_twenty_five_sub_event_types() -> None:
    assert len(ACLED_EVENT_TYPES) == 6
    assert sum(len(subs) for subs in ACLED_EVENT_TYPES.values()) == 25


def test_gtd_has_nine_attack_types_and_every_tactic_maps_to_one() -> None:
    assert len(GTD_ATTACK_TYPES) == 9
    assert all(t.gtd_attack_type in GTD_ATTACK_TYPES for t in TACTICS.values())


def test_every_tactic_with_an_acled_class_names_a_real_sub_event_type() -> None:
    subs = {s for subs in ACLED_EVENT_TYPES.values() for s in subs}
    assert all(t.sub_event_type in subs for t in TACTICS.values() if t.sub_event_type)


def test_target_decides_the_acled_class_of_a_shooting() -> None:
    assert acled_class("shooting", "military") == ("Battles", "Armed clash")
    assert acled_class("shooting", "civilians") == ("Violence against civilians", "Attack")
    assert acled_class("shooting") == (None, None)


def test_combined_tactics_map_only_when_they_agree() -> None:
    assert acled_class("ied+landmine") == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert gtd_attack_type("raid+shooting") == "Armed Assault"
    assert acled_class("ied+ambush") == (None, None)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("ISIS", "Islamic State"), ("ISIL", "Islamic State"), ("Daesh", "Islamic State"), ("IS", "Islamic State"),
     ("SDF", "Syrian Democratic Forces"), ("regime forces", "Syrian Arab Army"), ("HTS", "Hay'at Tahrir al-Sham"),
     ("Hay’at Tahrir al-Sham", "Hay'at Tahrir al-Sham"), ("Turkish-backed factions", "Syrian National Army"),
     ("U.S.-led coalition", "US-led coalition"), ("Hashd al-Shaabi", "Popular Mobilization Forces"),
     ("ISWAP", "Islamic State West Africa Province"), ("al-Shabab", "al-Shabaab"), ("Taleban", "Taliban")],
)
def test_actor_aliases_resolve_to_one_canonical_name(alias: str, canonical: str) -> None:
    assert ActorTable.load().canonical(alias) == canonical


def test_the_verb_is_never_the_islamic_state() -> None:
    assert ActorTable.load().canonical("is") is None


def test_a_groups_newspaper_speaks_for_the_group() -> None:
    table = ActorTable.load()
    assert table.owner("al-Naba") == "Islamic State"
    assert table.same_side("Islamic State", "Islamic State West Africa Province")
    assert not table.same_side("Islamic State", "Syrian Democratic Forces")


def test_a_user_file_adds_actors_and_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("canonical,kind,category,aliases\nLiwa Example,group,armed group,LE|Example Brigade\n"
                     "Islamic State,group,armed group,Tanzim\n", encoding="utf-8")
    table = ActorTable.load(extra)
    assert table.canonical("Example Brigade") == "Liwa Example"
    assert table.canonical("Tanzim") == "Islamic State"
    assert table.canonical("Daesh") == "Islamic State"


def test_a_user_file_without_the_needed_columns_is_refused_with_the_columns_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,alias\nX,Y\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="canonical"):
        ActorTable.load(bad)
