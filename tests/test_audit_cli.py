"""``sitrep audit`` as a new user meets it: a claim and independent reports ingested, linked, audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.analyze.audit import AuditError, audit_claim
from sitrep.analyze.cli import audit_command, link_command
from sitrep.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "linking"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The Syrian reports of the labelled set and the Islamic State's claim for July-August 2020, ingested and
    linked; returns (database path, claim id)."""
    folder = tmp_path_factory.mktemp("audit")
    syria = [line for line in (FIXTURES / "reports.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["incident"].startswith("sy")]
    (folder / "syria.jsonl").write_text("\n".join(syria) + "\n", encoding="utf-8")
    db = str(folder / "sitrep.duckdb")
    reports = api.ingest([folder / "syria.jsonl"], db=db)
    claim = api.ingest([FIXTURES / "claim_is_syria_jul_aug_2020.txt"], db=db, published="2020-09-03")
    assert reports.ok and claim.ok and claim.claims == 1
    result = CliRunner().invoke(link_command, ["--db", db])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        [found] = store.claims()
    return db, found.id


def test_audit_prints_claimed_against_reported_per_governorate_and_tactic_with_the_incidents(
        database: tuple[str, str]) -> None:
    db, claim_id = database
    result = CliRunner().invoke(audit_command, [claim_id, "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Audit of claim {claim_id}: Islamic State")
    rows = {tuple(line.split()[:3]): line for line in lines if line.startswith("operations")}
    # Three attacks by IS in Syria in July-August are on record: the Sukhnah ambush (Homs), the Maadan ambush
    # (Raqqa) and the Hajin checkpoint attack (Deir ez-Zor; also claimed by Amaq, and confirmed by others).
    assert rows[("operations", "admin1", "Deir")].split()[5:7] == ["1", "5.00"]
    assert "EXCEEDS" in rows[("operations", "admin1", "Deir")]
    assert rows[("operations", "admin1", "Homs")].split()[3:5] == ["3", "1"]
    assert rows[("operations", "tactic", "ambush")].split()[3:5] == ["4", "2"]
    assert "Incidents on record (3):" in result.output
    assert "Hajin, Deir ez-Zor" in result.output and "Sukhnah, Homs" in result.output


def test_audit_as_json_lists_each_facet_and_its_incidents(database: tuple[str, str]) -> None:
    db, claim_id = database
    result = CliRunner().invoke(audit_command, [claim_id, "--db", db, "--format", "json"])
    data = json.loads(result.output)
    total = next(r for r in data["rows"] if r["facet"] == "total" and r["measure"] == "operations")
    assert (total["claimed"], total["reported"], total["flag"]) == (9, 3, "exceeds")
    assert {i["id"] for i in data["incidents"]} == set(total["incidents"])


def test_audit_by_actor_and_month_compares_each_month(database: tuple[str, str]) -> None:
    db, _ = database
    result = CliRunner().invoke(audit_command, ["--actor", "Daesh", "--by", "month", "--db", db])
    assert result.exit_code == 0, result.output
    months = [line.split()[:4] for line in result.output.splitlines() if line.startswith("2020-")]
    assert months == [["2020-07", "operations", "4.5", "2"], ["2020-08", "operations", "4.5", "1"]]


def test_audit_needs_a_claim_or_an_actor_and_says_so_in_one_line(database: tuple[str, str]) -> None:
    db, _ = database
    result = CliRunner().invoke(audit_command, ["--db", db])
    assert result.exit_code == 2 and "give either a CLAIM_ID or --actor" in result.output
    result = CliRunner().invoke(audit_command, ["nope", "--db", db])
    assert result.exit_code == 1  # an unknown id is a failed look-up, not a usage error
    assert [line for line in result.output.splitlines() if "no claim with id 'nope'" in line]


def test_a_claim_whose_year_is_unknown_cannot_be_audited(tmp_path: Path) -> None:
    db = str(tmp_path / "db.duckdb")
    api.ingest([FIXTURES / "claim_is_syria_jul_aug_2020.txt"], db=db)  # no publication date: no year
    with Store(db, read_only=True) as store:
        [claim] = store.claims()
    with Store(db, read_only=True) as store, pytest.raises(AuditError, match="--published"):
        audit_claim(store, claim.id)
    result = CliRunner().invoke(audit_command, [claim.id, "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1


def test_audit_help_has_an_example() -> None:
    assert "Example" in CliRunner().invoke(audit_command, ["--help"]).output
