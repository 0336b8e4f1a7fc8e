"""The prose development set: GTD and RAND codings crosswalked to ACLED's types, and systems scored against it.

Every row here is written for these tests (invented incidents in the two sources' layouts)."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tokenizers", reason="the optional 'model' extra is not installed")

from sitrep.extract.embed import StaticEmbedder
from sitrep.extract.learned import Head, LearnedModel
from sitrep.learn.prose import GTD_FILE, RAND_FILE, gtd_expected, rand_expected, read_prose, score_prose


def gtd(attack: str, target: str = "Private Citizens & Property", weapon: str = "Firearms", weapon_sub: str = "",
        suicide: str = "0") -> dict[str, str]:
    return {"attacktype1_txt": attack, "targtype1_txt": target, "weaptype1_txt": weapon,
            "weapsubtype1_txt": weapon_sub, "suicide": suicide}


def test_a_shooting_is_a_battle_against_soldiers_and_an_attack_against_villagers() -> None:
    assert gtd_expected(gtd("Armed Assault", "Military")) == (frozenset({"Battles"}), frozenset({"Armed clash"}))
    assert gtd_expected(gtd("Assassination", "Police")) == (frozenset({"Battles"}), frozenset({"Armed clash"}))
    assert gtd_expected(gtd("Armed Assault")) == (frozenset({"Violence against civilians"}), frozenset({"Attack"}))


def test_the_explosive_decides_the_sub_type_where_gtd_names_it() -> None:
    explosions = frozenset({"Explosions/Remote violence"})
    grenade = gtd("Bombing/Explosion", "Police", "Explosives", "Grenade")
    assert gtd_expected(grenade) == (explosions, frozenset({"Grenade"}))
    mortar = gtd("Bombing/Explosion", "Military", "Explosives", "Projectile (rockets, mortars, RPGs, etc.)")
    assert gtd_expected(mortar) == (explosions, frozenset({"Shelling/artillery/missile attack"}))
    car_bomb = gtd("Bombing/Explosion", "Business", "Explosives", "Vehicle", suicide="1")
    assert gtd_expected(car_bomb) == (explosions, frozenset({"Suicide bomb"}))
    assert gtd_expected(gtd("Bombing/Explosion", "Police", "Explosives", "Unknown Explosive Type")) == (explosions,
                                                                                                       None)


def test_bombers_and_gunmen_in_one_incident_may_be_coded_as_the_fight_or_the_bombing() -> None:
    explosions = frozenset({"Explosions/Remote violence"})
    on_a_base = gtd("Bombing/Explosion", "Military", "Explosives", "Suicide (carried bodily by human being)", "1")
    assert gtd_expected(on_a_base) == (explosions, frozenset({"Suicide bomb"}))  # a bombing alone
    on_a_base["attacktype2_txt"] = "Armed Assault"
    assert gtd_expected(on_a_base) == (explosions | {"Battles"}, frozenset({"Suicide bomb", "Armed clash"}))
    in_a_market = gtd("Bombing/Explosion", "Private Citizens & Property", "Explosives", "Unknown Explosive Type")
    in_a_market["attacktype3_txt"] = "Armed Assault"
    # The bomb's kind is unknown, so no sub-type is decided; the gunmen's attack on civilians is allowed as the type.
    assert gtd_expected(in_a_market) == (explosions | {"Violence against civilians"}, None)


def test_a_coding_that_decides_nothing_is_left_out() -> None:
    assert gtd_expected(gtd("Unknown")) is None
    assert gtd_expected(gtd("Hijacking", "Transportation")) is None
    assert gtd_expected(gtd("Hostage Taking (Kidnapping)", "Military")) is None  # soldiers taken: no ACLED class
    assert gtd_expected(gtd("Hostage Taking (Kidnapping)")) == (frozenset({"Violence against civilians"}),
                                                                frozenset({"Abduction/forced disappearance"}))
    assert rand_expected({"Weapon": "Other"}) is None


def test_rand_firearms_allow_either_battle_or_attack_and_no_sub_type() -> None:
    assert rand_expected({"Weapon": "Firearms"}) == (frozenset({"Battles", "Violence against civilians"}), None)
    assert rand_expected({"Weapon": "Remote-detonated explosive"}) == (frozenset({"Explosions/Remote violence"}),
                                                                       frozenset({"Remote explosive/landmine/IED"}))


def write_csv(path: Path, rows: list[dict[str, str]], gzipped: bool = False) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if gzipped else data)


def test_the_set_reads_both_sources_without_their_bookkeeping_prefixes(tmp_path: Path) -> None:
    write_csv(tmp_path / GTD_FILE, [
        {"summary": "03/14/2021: Gunmen shot dead two farmers near Kaduna.", **gtd("Armed Assault")},
        {"summary": "03/15/2021: Unknown assailants attacked a village.", **gtd("Unknown")},
    ], gzipped=True)
    write_csv(tmp_path / RAND_FILE, [
        {"Date": "2006-05-02", "Weapon": "Explosives", "Description": "IRAQ.  A bomb exploded at a market in Hilla."},
        {"Date": "1985-01-09", "Weapon": "Firearms", "Description": "LEBANON.  Gunmen fired on a checkpoint."},
    ])
    rows = read_prose(tmp_path)
    assert [(row.source, row.text) for row in rows] == [
        ("gtd", "Gunmen shot dead two farmers near Kaduna."),
        ("rand", "A bomb exploded at a market in Hilla."),
    ]
    assert rows[1].sub_types is None  # RAND's "Explosives" decides the type only


def test_a_missing_source_is_skipped(tmp_path: Path) -> None:
    assert read_prose(tmp_path) == []


def riots_model(threshold: float) -> LearnedModel:
    """A model whose type head always prefers Riots (probability about 0.98), gated at ``threshold``."""
    embedder = StaticEmbedder.load()
    labels = ["Battles", "Riots"]
    head = Head(name="event_type", field="event_type", labels=labels,
                weights=np.zeros((embedder.dims + 1, 2), np.float32), bias=np.array([0.0, 4.0], np.float32),
                threshold=threshold)
    return LearnedModel(name="riots", version=1, embedder=embedder, heads=[head], rule_vocab=["et=Battles"],
                        mean=np.zeros(embedder.dims, np.float32), scale=np.ones(embedder.dims, np.float32))


def test_a_model_that_overrides_the_rules_on_prose_is_scored_against_them_row_by_row(tmp_path: Path) -> None:
    write_csv(tmp_path / GTD_FILE, [
        {"summary": "Gunmen ambushed a patrol near Gao.", **gtd("Armed Assault", "Military")},
        {"summary": "Assailants shot a trader in Mopti.", **gtd("Armed Assault")},
        {"summary": "Gunmen fired on an army post.", **gtd("Armed Assault", "Military")},
    ], gzipped=True)
    rows = read_prose(tmp_path)
    views = [
        ("Gunmen ambushed a patrol near Gao.", ["et=Battles"], "Battles", "Armed clash"),
        ("Assailants shot a trader in Mopti.", ["et=Battles"], "Battles", "Armed clash"),
        ("Gunmen fired on an army post.", ["rule=none"], None, None),  # no rule event: a miss for every system
    ]
    report = score_prose(rows, views, {"rules": None, "cautious": riots_model(1.01), "eager": riots_model(0.5)})
    assert report.rate("rules") == (pytest.approx(1 / 3), 3)
    assert report.rate("cautious", sub=True) == (pytest.approx(1 / 3), 3)
    assert report.rate("eager") == (0.0, 3)  # Riots replaced the one right battle, and the trader's wrong one
    better, worse, mean, _ = report.paired("eager", "rules")
    assert (better, worse) == (0, 1) and mean == pytest.approx(-100 / 3)
    assert "eager vs rules: type +0/-1 rows" in report.table(base="rules")
