"""``sitrep link``, ``sitrep unlink`` and ``sitrep incidents``."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitrep.analyze.cli import incidents_command, link_command, trend_command, unlink_command
from sitrep.store import Store
from test_linking_store import FIVE


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "db.duckdb")
    with Store(path) as store:
        for extraction in FIVE:
            store.save(extraction)
    return path


def test_link_then_incidents_shows_one_incident_with_five_sources(db: str) -> None:
    runner = CliRunner()
    linked = runner.invoke(link_command, ["--db", db])
    assert linked.exit_code == 0
    assert linked.output.startswith("linked 5 events into 1 incidents")
    shown = runner.invoke(incidents_command, ["--db", db])
    assert shown.exit_code == 0
    lines = shown.output.splitlines()
    assert lines[0].startswith("Incident ") and "[confirmed + claimed]" in lines[0]
    assert sum(1 for line in lines if line.startswith("    - ")) == 5
    assert "killed 5 (4-7)" in shown.output


def test_incidents_as_json_and_by_id(db: str) -> None:
    runner = CliRunner()
    runner.invoke(link_command, ["--db", db])
    [incident] = json.loads(runner.invoke(incidents_command, ["--db", db, "--format", "json"]).output)
    assert len(incident["sources"]) == 5 and incident["confirmed"] and incident["claimed"]
    again = json.loads(runner.invoke(incidents_command, ["--db", db, "--format", "json", "--id",
                                                         incident["id"]]).output)
    assert again == [incident]
    missing = runner.invoke(incidents_command, ["--db", db, "--id", "nope"])
    assert missing.exit_code == 1 and "no incident with id 'nope'" in missing.output


def test_unlink_takes_an_event_out_and_link_keeps_it_out(db: str) -> None:
    runner = CliRunner()
    runner.invoke(link_command, ["--db", db])
    result = runner.invoke(unlink_command, ["e3-0", "--db", db])
    assert result.exit_code == 0 and result.output.startswith("event e3-0 is now incident ")
    assert runner.invoke(link_command, ["--db", db, "--rebuild"]).output.startswith("linked 5 events into 2")
    shown = json.loads(runner.invoke(incidents_command, ["--db", db, "--format", "json"]).output)
    assert sorted(len(i["sources"]) for i in shown) == [1, 4]


def test_unlink_of_an_unknown_event_is_an_error_with_a_remedy(db: str) -> None:
    result = CliRunner().invoke(unlink_command, ["nope", "--db", db])
    assert result.exit_code == 1 and "no event with id 'nope'" in result.output and "sitrep incidents" in result.output


def test_the_database_comes_from_sitrep_db_when_not_given(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", db)
    assert CliRunner().invoke(link_command, []).output.startswith("linked 5 events")


@pytest.mark.parametrize("command", [link_command, unlink_command, incidents_command, trend_command])
def test_every_command_has_help_with_an_example(command: click.Command) -> None:
    assert "Example" in CliRunner().invoke(command, ["--help"]).output
