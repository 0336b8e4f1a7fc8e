"""Lenient dates in CSV/JSONL columns: the column's own format, learnt from its values, never a silent guess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.ingest.dates import ColumnDates
from sitrep.model import Document, Failure

ARTICLE = "Gunmen attacked a police checkpoint near the town on Monday, killing three policemen, officials said."


def test_a_csv_date_in_the_columns_own_format_is_read(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(f'text,published\n"{ARTICLE} One.",26/09/2021\n"{ARTICLE} Two.",03/04/2021\n'
                    f'"{ARTICLE} Three.","Sep 24, 2021"\n', encoding="utf-8")
    documents = list(read_file(path))
    assert all(isinstance(d, Document) for d in documents)
    assert [d.published for d in documents] == [date(2021, 9, 26), date(2021, 4, 3), date(2021, 9, 24)]


def test_an_ambiguous_date_is_reported_until_the_column_decides() -> None:
    column = ColumnDates()
    with pytest.raises(ValueError, match="ambiguous"):
        column.parse("07/05/2021")
    assert column.parse("05/13/2021") == date(2021, 5, 13)  # only month-first fits
    assert column.parse("07/05/2021") == date(2021, 7, 5) and column.format == "%m/%d/%Y"


def test_a_month_name_column_and_a_date_time_are_read_and_relative_words_are_not() -> None:
    column = ColumnDates()
    assert column.parse("Sep 24, 2021") == date(2021, 9, 24) and column.parse("Oct 1, 2021") == date(2021, 10, 1)
    assert ColumnDates().parse("24 September 2021 10:00") == date(2021, 9, 24)
    with pytest.raises(ValueError, match="'next Tuesday' is not an ISO date"):
        ColumnDates().parse("next Tuesday")


def test_a_jsonl_date_that_fits_no_format_is_a_failure_for_that_line(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(f'{{"text": "{ARTICLE}", "published": "26.09.2021"}}\n'
                    f'{{"text": "{ARTICLE} Again.", "published": "sometime"}}\n', encoding="utf-8")
    document, failure = read_file(path)
    assert document.published == date(2021, 9, 26)
    assert isinstance(failure, Failure) and failure.line == 2 and "'sometime'" in failure.reason
