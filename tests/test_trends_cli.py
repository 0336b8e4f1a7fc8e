"""``sitrep trend``: incidents and fatalities per period, changes marked."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from click.testing import CliRunner

from sitrep.analyze.cli import link_command, trend_command
from sitrep.store import Store
from test_trends import attack


def test_trend_by_month_prints_a_table_with_marks_and_the_series_trend(tmp_path: Path) -> None:
    db = str(tmp_path / "db.duckdb")
    with Store(db) as store:
        for k in range(24):
            store.save(attack(k, date(2020, 6, 1) + timedelta(days=k), village=f"Village{k}"))
        for k in range(2):
            store.save(attack(100 + k, date(2020, 7, 10) + timedelta(days=k), village=f"Hamlet{k}"))
    runner = CliRunner()
    runner.invoke(link_command, ["--db", db])
    result = runner.invoke(trend_command, ["--db", db, "--by", "month", "--country", "SY"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.startswith("2020-")]
    assert [row[:3] for row in rows] == [["2020-06", "30", "24"], ["2020-07", "11", "2"]]  # period, days, incidents
    assert rows[1][3] == "-"
    assert "Trend in incidents over the series" in result.output
    data = json.loads(runner.invoke(trend_command, ["--db", db, "--by", "week", "--format", "json"]).output)
    assert data["by"] == "week" and sum(r["incidents"] for r in data["rows"]) == 26


def test_trend_rejects_a_bad_date_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "db.duckdb")
    Store(db).close()
    result = CliRunner().invoke(trend_command, ["--db", db, "--since", "June"])
    assert result.exit_code == 2 and "--since 'June': not a date; write it as YYYY-MM-DD" in result.output
