"""``sitrep report`` and ``sitrep events`` through click's runner: files written, exact output, clean errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitrep.report.cli import events_command, export_claims, report_command
from test_report_data import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    build_store(path).close()
    return str(path)


@pytest.fixture()
def sitrep() -> click.Group:
    """The two commands on a group, as ``sitrep.cli`` registers them."""

    @click.group()
    def main() -> None:
        """sitrep"""

    main.add_command(report_command)
    main.add_command(events_command)
    return main


def test_commands_are_named_and_their_help_has_examples(sitrep: click.Group) -> None:
    runner = CliRunner()
    for name in ("report", "events"):
        result = runner.invoke(sitrep, [name, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout and f"sitrep {name}" in result.stdout
        for option in ("--country", "--admin1", "--actor", "--event-type", "--since", "--until", "--status",
                       "--db"):
            assert option in result.stdout
    assert "--claim" in runner.invoke(sitrep, ["report", "--help"]).stdout
    assert "Example" in (export_claims.__doc__ or "")


def test_events_acled_csv_to_standard_output(sitrep: click.Group, db: str) -> None:
    result = CliRunner().invoke(sitrep, ["events", "--format", "acled-csv", "--country", "SY", "--db", db])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["event_id"] for r in rows) == ["e1", "e2", "e8"]  # e7 has no place, so no country
    assert {r["country"] for r in rows} == {"Syria"}
    assert result.stderr == ""  # nothing but the data on stdout, nothing else anywhere


def test_events_to_a_file_reports_the_count(sitrep: click.Group, db: str, tmp_path: Path) -> None:
    out = tmp_path / "iraq.geojson"
    result = CliRunner().invoke(sitrep, ["events", "--country", "Iraq", "--format", "geojson", "-o", str(out),
                                         "--db", db])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote 1 located events to {out}\n"
    assert len(json.loads(out.read_text())["features"]) == 1


def test_report_writes_the_file_named(sitrep: click.Group, db: str, tmp_path: Path) -> None:
    out = tmp_path / "claim.svg"
    result = CliRunner().invoke(sitrep, ["report", "--claim", "claim-1", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_db_comes_from_sitrep_db(sitrep: click.Group, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", db)
    result = CliRunner().invoke(sitrep, ["events", "--format", "jsonl", "--status", "claimed"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(("args", "message"), [
    (["report", "-o", "report.docx"], "cannot tell the format"),
    (["events", "--format", "parquet"], "-o FILE"),
    (["events", "--since", "2024-13-01"], "YYYY-MM-DD"),
    (["events", "--country", "Narnia"], "not a country"),
])
def test_bad_options_are_usage_errors(sitrep: click.Group, db: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(sitrep, [*args, "--db", db])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_database_is_one_line_and_exit_1(sitrep: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(sitrep, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "no such database" in result.stderr


def test_export_claims_for_the_claims_command(db: str, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    assert export_claims(db, "csv", str(out)) == 8
    assert out.read_text(encoding="utf-8").startswith("claim_id,document_id,claimant")
