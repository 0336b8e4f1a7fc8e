"""The command line, driven through click's runner: output, exit codes, and every command documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
BAD = ROOT / "examples" / "bad"
CLAIM_TEXT = (
    "The Islamic State group said its fighters carried out a total of 12 attacks in Iraq over the past week, "
    "according to its newspaper al-Naba. The attacks included seven roadside bombs and five ambushes, killing 9 "
    "soldiers. Eight of the attacks were in Diyala and four in Kirkuk.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_prints_the_claim_as_json_with_design_field_names(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CLAIM_TEXT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(page), "--published", "2021-03-12", "--format", "json"])
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.output)
    assert set(item) == {"document", "events", "claims"}
    [claim] = item["claims"]
    assert (claim["claimant"], claim["status"], claim["country"]) == ("Islamic State", "claimed", "IQ")
    assert (claim["period_start"], claim["period_end"]) == ("2021-03-06", "2021-03-12")
    by_place = {(f["measure"], f["value"], f["admin1_code"]) for f in claim["figures"] if f["admin1_code"]}
    assert by_place == {("operations", 8, "IQ-DI"), ("operations", 4, "IQ-KI")}
    assert all(check["ok"] for check in claim["checks"])


def test_extract_as_text_labels_a_claim_as_not_independently_verified(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CLAIM_TEXT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(page), "--published", "2021-03-12"])
    assert result.exit_code == 0
    assert "CLAIMED by Islamic State (not independently verified)" in result.output


def test_a_bad_published_date_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CLAIM_TEXT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(page), "--published", "12/03/2021"])
    assert result.exit_code == 2
    assert "not an ISO date" in result.output


def test_ingest_reports_each_failed_file_and_the_counts_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    result = runner.invoke(main, ["ingest", str(CORPUS), str(BAD), "--db", str(db)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert re.fullmatch(r"ingested \d+, duplicate 1, failed \d+", lines[-1]), lines[-1]
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("broken.jsonl:" in line and "JSON" in line for line in lines)
    assert any("no_text_column.csv" in line for line in lines)


def test_ingesting_the_same_corpus_twice_adds_nothing(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    first = runner.invoke(main, ["ingest", str(CORPUS), "--db", db])
    second = runner.invoke(main, ["ingest", str(CORPUS), "--db", db])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    stored = int(re.search(r"ingested (\d+)", first.output).group(1))
    assert second.output.strip().endswith(f"ingested 0, duplicate {stored + 1}, failed 0")


def test_claims_and_summary_read_what_ingest_stored(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    runner.invoke(main, ["ingest", str(CORPUS), "--db", db])
    claims = runner.invoke(main, ["claims", "--db", db, "--format", "json"])
    assert claims.exit_code == 0
    stored = json.loads(claims.output)
    assert stored and all(c["figures"] and c["status"] in ("claimed", "reported") for c in stored)
    table = runner.invoke(main, ["claims", "--db", db])
    assert "checks:" in table.output and "figures:" in table.output
    summary = runner.invoke(main, ["summary", "--db", db, "--by", "admin1", "--measure", "operations",
                                   "--format", "json"])
    assert summary.exit_code == 0
    rows = json.loads(summary.output)
    assert rows and all(set(r) == {"admin1", "measure", "value", "claims"} for r in rows)


def test_summary_of_a_store_with_events_but_no_claims_points_to_the_event_commands(
        runner: CliRunner, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Gunmen killed three villagers in Kidal on 4 March 2021, residents said.\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(main, ["ingest", str(report), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["summary", "--db", db, "--by", "event_type"])
    assert result.exit_code == 1
    assert "no claimed figures" in result.stderr and "1 event and no claims" in result.stderr
    assert "sitrep trend" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_summary_with_an_unknown_facet_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    runner.invoke(main, ["ingest", str(CORPUS), "--db", db])
    result = runner.invoke(main, ["summary", "--db", db, "--by", "colour"])
    assert result.exit_code == 2
    assert "unknown facet colour" in result.output


def test_a_missing_database_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["claims", "--db", str(tmp_path / "nowhere" / "x.duckdb")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"sitrep {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_help_lists_the_stage_commands_without_importing_them_and_with_their_own_help() -> None:
    import click

    from sitrep.analyze.summary import FACETS
    from sitrep.cli import FACETS as HELP_FACETS
    from sitrep.cli import STAGE_COMMANDS, main

    assert HELP_FACETS == FACETS
    ctx = click.Context(main)
    for name, (module, _attribute, first) in STAGE_COMMANDS.items():
        command = main.get_command(ctx, name)
        assert command is not None and command.callback.__module__ == module, name
        for limit in (30, 45, 80, 200):
            assert click.Command(name, help=first).get_short_help_str(limit) == command.get_short_help_str(limit)


def test_sitrep_help_imports_neither_spacy_nor_duckdb_nor_matplotlib() -> None:
    import subprocess
    import sys

    code = ("import sys; from click.testing import CliRunner; from sitrep.cli import main; "
            "CliRunner().invoke(main, ['--help']); "
            "print(sorted(m for m in ('spacy', 'duckdb', 'matplotlib', 'pandas', 'fastapi') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
