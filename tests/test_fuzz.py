"""A bounded fuzz suite (issue 11): Hypothesis feeds the readers, the extractor and the exports hostile input.

Properties:
* the file readers and ``sitrep.extract`` raise nothing but sitrep's own errors (a bad file is a Failure or an
  InputError, never a traceback);
* ``sitrep.extract`` on a text under 10 kB finishes well within Hypothesis's deadline. The issue's target is 2 s;
  the deadline here is 10 s so that a busy CI machine cannot fail it spuriously, while a quadratic blow-up (which
  took minutes) still fails it. ``benchmarks/bench_long_documents.py`` measures the real times;
* no CSV cell written by an export begins like a spreadsheet formula;
* ``write_atomically`` leaves the target complete or untouched, with its permissions.

Bounded: about 40-60 s on the 2-core development machine (``max_examples`` below); the examples are derived
from a fixed seed (``derandomize``) so that CI runs are repeatable.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitrep
from sitrep.errors import SitrepError
from sitrep.ingest import decode_bytes
from sitrep.ingest.readers import read_csv, read_html, read_jsonl, read_text
from sitrep.model import Document, Failure
from sitrep.report.export import FORMULA_STARTS, csv_safe_cell, write_atomically

FUZZ = settings(max_examples=60, deadline=timedelta(seconds=10), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["killed", "wounded", "soldiers", "ISIS", "Islamic State", "claimed", "operations", "in", "the", "past",
         "days", "during", "Ramadan", "between", "July", "30", "and", "October", "5", "at least", "dozens", "7-5²6",
         "99999999999999999999", "Raqqa", "Deir ez-Zor", "ambush", "IED", "on", "Tuesday", "yesterday", "\n\n",
         ".", ",", "-", "–", "²", "٣", "\u202e", "\x00", "\ud800", "=cmd|", "Published: 18 June 2021", "last week"]
texts = st.one_of(st.text(max_size=2_000),
                  st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join))
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@pytest.fixture(scope="module", autouse=True)
def _warm_extractor() -> None:
    # Loading the extractor (gazetteer, alias table, pipeline) takes seconds once; the deadline is for extraction.
    sitrep.extract("Three soldiers were killed in Raqqa.", published="2020-10-08")


@FUZZ
@given(text=texts, when=published)
def test_extract_raises_only_sitreps_own_errors(text: str, when: date | None) -> None:
    with contextlib.suppress(SitrepError):
        sitrep.extract(text, published=when)


@FUZZ
@given(data=st.one_of(st.binary(max_size=3_000), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_decoding_any_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, path="x")
    except SitrepError:
        return
    assert isinstance(text, str) and encoding


def _drain(items: object) -> None:
    for item in items:  # type: ignore[attr-defined]
        assert isinstance(item, Document | Failure)


@FUZZ
@given(text=texts, reader=st.sampled_from([read_text, read_html, read_jsonl, read_csv]))
def test_the_readers_give_documents_failures_or_an_input_error(text: str, reader: object) -> None:
    with contextlib.suppress(SitrepError):
        _drain(reader(text, path="fuzz"))  # type: ignore[operator]


lines = st.lists(st.one_of(
    st.fixed_dictionaries({"text": texts}, optional={"title": st.text(max_size=30), "published": st.text(max_size=12),
                                                    "url": st.text(max_size=20)}).map(repr),
    st.text(max_size=80)), max_size=8)


@FUZZ
@given(rows=lines)
def test_jsonl_and_csv_files_of_mixed_good_and_bad_records_never_raise(rows: list[str]) -> None:
    text = "\n".join(rows)
    for reader, body in ((read_jsonl, text), (read_csv, "text,title\n" + text)):
        with contextlib.suppress(SitrepError):
            _drain(reader(body, path="fuzz"))


@FUZZ
@given(value=st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=False), st.none()))
def test_a_safe_csv_cell_never_begins_like_a_formula(value: object) -> None:
    cell = csv_safe_cell(value)
    if isinstance(cell, str):
        assert not cell or cell[0] not in FORMULA_STARTS
        buffer = io.StringIO()
        csv.writer(buffer).writerow([cell])
        [[back]] = list(csv.reader(io.StringIO(buffer.getvalue())))
        assert back == cell


@FUZZ
@given(content=st.text(max_size=200), mode=st.sampled_from([0o600, 0o640, 0o644]), fail=st.booleans())
def test_write_atomically_leaves_the_target_whole_or_untouched_with_its_permissions(
        tmp_path: Path, content: str, mode: int, fail: bool) -> None:
    target = tmp_path / "out.txt"
    target.write_text("before")
    os.chmod(target, mode)

    def write(path: Path) -> None:
        path.write_text(content, encoding="utf-8")
        if fail:
            raise OSError(28, "No space left on device")

    if fail:
        with pytest.raises(SitrepError):
            write_atomically(target, write)
        assert target.read_text() == "before"
    else:
        write_atomically(target, write)
        assert target.read_text(encoding="utf-8") == content
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
