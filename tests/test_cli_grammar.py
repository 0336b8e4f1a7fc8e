"""One CLI grammar: output options, shared filters with aliases, empty results and unknown ids (issue #13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"

RECORD_COMMANDS = {
    "extract": [str(CORPUS / "diyala_checkpoint_ambush.txt")],
    "claims": [], "summary": ["--by", "admin1"], "events": [], "incidents": [], "trend": [], "history": [],
    "audit": ["--actor", "Islamic State"], "report": [],
}
LISTING_COMMANDS = ("claims", "summary", "events", "incidents", "trend", "report", "audit")
FILTERS = ("--since", "--until", "--country", "--admin1", "--actor", "--type", "--status")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("grammar") / "demo.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", path])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("command", sorted(RECORD_COMMANDS))
def test_every_record_printing_command_takes_output_and_format(command: str) -> None:
    help_text = CliRunner().invoke(main, [command, "--help"]).output
    assert "-o, --output" in help_text and "--format" in help_text


@pytest.mark.parametrize("command", LISTING_COMMANDS)
def test_every_listing_and_report_command_takes_the_shared_filters(command: str) -> None:
    help_text = CliRunner().invoke(main, [command, "--help"]).output
    assert all(option in help_text for option in FILTERS), help_text


@pytest.mark.parametrize("command", ["claims", "incidents", "summary", "trend", "history"])
def test_output_writes_the_same_text_to_a_file(db: str, tmp_path: Path, command: str) -> None:
    args = [command, *RECORD_COMMANDS[command], "--db", db]
    shown = CliRunner().invoke(main, args)
    target = tmp_path / "out.txt"
    written = CliRunner().invoke(main, [*args, "-o", str(target)])
    assert shown.exit_code == 0 and written.exit_code == 0, written.output
    assert target.read_text(encoding="utf-8") == shown.stdout
    assert f"to {target}" in written.stderr


@pytest.mark.parametrize(("command", "filters"), [
    ("events", ["--actor", "ISIS"]), ("events", ["--actor", "Daesh"]), ("events", ["--actor", "Shabaab"]),
    ("events", ["--admin1", "Deir al-Zor"]), ("incidents", ["--actor", "isis"]),
    ("incidents", ["--country", "Syria", "--admin1", "Dayr az Zawr"]), ("trend", ["--country", "Syria"]),
    ("trend", ["--actor", "Shabaab"]), ("claims", ["--actor", "Daesh"]), ("claims", ["--country", "Somalia"]),
    ("summary", ["--by", "admin1", "--country", "Syria"]),
])
def test_aliases_and_common_spellings_find_records(db: str, command: str, filters: list[str]) -> None:
    result = CliRunner().invoke(main, [command, *filters, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["rows"] and any(row["incidents"] for row in data["rows"])) if command == "trend" else data


def test_an_alias_selects_the_same_events_as_the_canonical_name(db: str) -> None:
    def ids(actor: str) -> set[str]:
        out = CliRunner().invoke(main, ["events", "--actor", actor, "--db", db, "--format", "jsonl"]).stdout
        return {json.loads(line)["id"] for line in out.splitlines()}

    assert ids("Shabaab") == ids("al-Shabaab") == ids("SHABAAB") and ids("Shabaab")


@pytest.mark.parametrize("command", ["claims", "summary", "events", "incidents", "trend", "audit", "report"])
def test_an_empty_result_says_so_on_stderr_and_exits_1(db: str, tmp_path: Path, command: str) -> None:
    args = [*RECORD_COMMANDS[command], "--since", "1990-01-01", "--until", "1990-12-31"]
    if command == "report":
        args += ["-o", str(tmp_path / "empty.png")]
    result = CliRunner().invoke(main, [command, *args, "--db", db])
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and result.stderr.strip()
    assert not (tmp_path / "empty.png").exists()


@pytest.mark.parametrize("args", [["claims", "--id", "nope"], ["incidents", "--id", "nope"], ["audit", "nope"],
                                  ["history", "nope"], ["unlink", "nope"],
                                  ["report", "--claim", "nope", "-o", "claim.png"]])
def test_an_unknown_id_exits_1_not_2(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", db])
    assert result.exit_code == 1, result.output
    assert "nope" in result.output and "Traceback" not in result.output


def test_tables_right_align_numbers(db: str) -> None:
    lines = CliRunner().invoke(main, ["summary", "--by", "admin1", "--db", db]).stdout.splitlines()
    header, _rule, *rows = lines
    value_end = header.index("value") + len("value")
    assert all(row[value_end - 1].isdigit() for row in rows)


def test_ingest_format_still_reads_inputs_and_points_to_input_format(tmp_path: Path) -> None:
    page = tmp_path / "page.dat"
    page.write_text((CORPUS / "diyala_checkpoint_ambush.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(page), "--format", "text", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
    assert "--format is deprecated, use --input-format text" in result.stderr


def test_records_from_the_store_turn_into_a_dataframe_and_display(db: str) -> None:
    pytest.importorskip("pandas")
    from sitrep import Records, Store, to_pandas

    with Store(db, read_only=True) as store:
        events, claims = Records(store.events()), store.claims()
    frame = events.to_pandas()
    assert len(frame) == len(events) and {"id", "actor1", "place_country", "killed_best"} <= set(frame.columns)
    assert len(to_pandas(claims)) == len(claims)
    assert f"{len(events)} events" in repr(events) and "<table>" in events._repr_html_()
    assert events == list(events)  # still a list
