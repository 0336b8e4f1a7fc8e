"""``sitrep eval`` through click's runner, on a tiny ACLED-layout file with invented text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.evaluate.cli import eval_command

COLUMNS = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
           "admin2", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities"]
ROWS = [
    ["3 March 2020", "1", "Battles", "Armed clash", "Taliban", "Military Forces of Afghanistan (2014-)",
     "Afghanistan", "Kunduz", "Khan Abad", "Khan Abad", "36.68", "69.11", "2",
     "On 3 March 2020, 4 Taliban militants were killed when Afghan forces repulsed their attack on an invented "
     "checkpoint in Khan Abad district, Kunduz.", "4"],
    ["4 March 2020", "1", "Protests", "Peaceful protest", "Protesters (Afghanistan)", "", "Afghanistan", "Herat",
     "Herat", "Herat", "34.35", "62.2", "1",
     "On 4 March 2020, invented shopkeepers protested peacefully in Herat city against new taxes.", "0"],
]


def write_acled(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    return path


def test_eval_prints_the_table_and_writes_json(tmp_path: Path) -> None:
    source = write_acled(tmp_path / "acled.csv")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(eval_command, [str(source), "--schema", "acled", "--json", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("sitrep eval: schema acled, 2 documents, ")
    assert lines[2].split() == ["metric", "score", "hits", "/", "n"]
    for label in ("event_type", "sub_event_type", "actor1", "actor2", "fatalities exact", "fatalities within ±1",
                  "admin1", "admin2", "within 10 km of coded point", "within 50 km of coded point", "date exact",
                  "median distance to coded point (km)", "documents/s (extraction)"):
        assert any(line.startswith(label + " ") for line in lines), label
    assert lines[-1] == f"full report written to {out}"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == "acled" and report["documents"] == 2
    assert report["metrics"]["event_type"]["n"] == 2


def test_eval_limit_scores_only_the_first_rows(tmp_path: Path) -> None:
    source = write_acled(tmp_path / "acled.csv")
    result = CliRunner().invoke(eval_command, [str(source), "--schema", "acled", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "schema acled, 1 documents" in result.output


def test_eval_on_a_file_in_another_layout_fails_with_one_clear_line(tmp_path: Path) -> None:
    source = write_acled(tmp_path / "acled.csv")
    result = CliRunner().invoke(eval_command, [str(source), "--schema", "ucdp"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {source}: not in the ucdp layout: missing column(s) source_headline")


def test_eval_help_has_an_example() -> None:
    result = CliRunner().invoke(eval_command, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--schema [acled|ucdp|rand|airwars|event_location]" in result.output
