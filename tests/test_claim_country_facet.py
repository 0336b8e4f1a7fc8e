"""Claims split by country ('17 attacks in Iraq and 4 in Syria'): a country facet read, stored (migration 11),
summed by ``summary --by country`` without double counting, checked against the total and audited by country."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from sitrep import api
from sitrep.analyze.summary import summarize
from sitrep.ingest import document_from_text
from sitrep.model import Claim
from sitrep.store import Store, migrations
from sitrep.store.migrations import MIGRATIONS

SPLIT = (
    "The Islamic State claimed in its weekly newspaper that it carried out 21 attacks during the week ending "
    "18 January: 17 in Iraq and 4 in Syria."
)
ONE_COUNTRY = (
    "The group's newsletter said its fighters carried out 38 operations in Syria over the past week, "
    "29 of them in Deir ez-Zor."
)


def _claims(text: str, published: date = date(2024, 1, 20)) -> list[Claim]:
    return api.extract(document_from_text(text, published=published)).claims


def _by_country(claim: Claim) -> dict[str | None, int]:
    return {f.country: f.value for f in claim.figures if f.measure == "operations" and not f.admin1}


def test_counts_for_two_countries_are_parts_by_country() -> None:
    (claim,) = _claims(SPLIT)
    assert _by_country(claim) == {None: 21, "IQ": 17, "SY": 4}
    check = next(c for c in claim.checks if "country" in (c.facet or ""))
    assert check.ok is True and check.expected == 21


def test_a_country_given_as_the_parts_share_of_it_is_read() -> None:
    (claim,) = _claims(
        "The group said in its weekly newspaper that it carried out 30 operations in Iraq and Syria "
        "over the past week, 22 of them in Iraq and 8 in Syria."
    )
    assert _by_country(claim) == {None: 30, "IQ": 22, "SY": 8}


def test_one_country_named_is_the_claims_country_not_a_part() -> None:
    (claim,) = _claims(ONE_COUNTRY)
    assert all(f.country is None for f in claim.figures)
    assert claim.country == "SY"


def test_parts_by_country_that_miss_the_total_fail_the_check() -> None:
    (claim,) = _claims(SPLIT.replace("17 in Iraq", "15 in Iraq"))
    check = next(c for c in claim.checks if "country" in (c.facet or ""))
    assert check.ok is False


def test_the_country_facet_is_stored_and_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.save(api.extract(document_from_text(SPLIT, published=date(2024, 1, 20))))
        (claim,) = store.claims()
    assert _by_country(claim) == {None: 21, "IQ": 17, "SY": 4}


def test_summary_by_country_takes_the_parts_or_else_the_claims_total(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        for i, text in enumerate((SPLIT, ONE_COUNTRY)):
            store.save(api.extract(document_from_text(text, published=date(2024, 1, 20), source=f"outlet{i}")))
        rows = summarize(store, by=["country"], measure="operations")
        by_tactic = summarize(store, by=["claimant"], measure="operations")
    assert {r["country"]: r["value"] for r in rows} == {"IQ": 17, "SY": 4 + 38}
    assert sum(r["value"] for r in by_tactic) == 21 + 38  # the parts by country never add to the totals


def test_a_version_10_database_gains_the_country_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:10])
    con = duckdb.connect(str(path))
    migrations.migrate(con, path="db")
    con.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:
        assert store.schema_version >= 11
        found = store.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'figures'")
        assert "country" in {r["column_name"] for r in found}
