"""Hostile input (issue 11): one bad document never stops a batch, and the store never takes a value it cannot give
back. Each test feeds the kind of input that once broke sitrep and asserts the outcome the README promises: the
batch goes on, the bad item gets one line naming its file (and line), the exit code is 1, nothing stored twice,
nothing already stored lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import sitrep
from sitrep.cli import main
from sitrep.errors import InputError, InvalidRecordError, SitrepError
from sitrep.ingest import decode_bytes, read_file
from sitrep.model import Document, Extraction, Failure
from sitrep.store import Store
from sitrep.store.validate import MAX_COUNT

GOOD = "Government forces said 4 civilians were killed in shelling on Deir ez-Zor on Tuesday.\n"
LATER = "Three soldiers were killed in an IED blast near Kabul on Monday.\n"


def _ingest(tmp_path: Path, *files: tuple[str, str | bytes]) -> tuple[int, list[str], str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--published", "2020-10-08"])
    return result.exit_code, result.stderr.strip().splitlines(), result.stdout.strip()


def _stored_paths(tmp_path: Path) -> list[str]:
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        return sorted(Path(d.path or "").name for d in store.documents())


def test_a_count_beyond_64_bits_is_refused_with_its_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    code, errors, counts = _ingest(
        tmp_path, ("a.txt", GOOD), ("b.txt", "ISIS fighters killed 99999999999999999999 soldiers near Raqqa.\n"),
        ("c.txt", LATER))
    assert code == 1
    assert counts == "ingested 2, duplicate 0, failed 1"
    [line] = errors
    assert line.startswith(str(tmp_path / "in" / "b.txt") + ": not stored: event ")
    assert "killed" in line and "over the limit" in line
    assert _stored_paths(tmp_path) == ["a.txt", "c.txt"]


def test_a_stated_period_of_billions_of_days_is_refused_and_later_files_are_read(tmp_path: Path) -> None:
    code, errors, counts = _ingest(
        tmp_path, ("a.txt", "ISIS said it carried out 40 operations in the past 99999999999 days in Iraq.\n"),
        ("b.txt", LATER))
    assert code == 1 and counts == "ingested 1, duplicate 0, failed 1"
    assert "a.txt: not stored: claim " in errors[0] and "period_days_stated" in errors[0]
    assert _stored_paths(tmp_path) == ["b.txt"]


def test_a_lone_surrogate_in_a_jsonl_title_fails_that_line_only(tmp_path: Path) -> None:
    jsonl = (f'{{"text": "{GOOD.strip()}", "title": "\\ud800"}}\n'
             f'{{"text": "{LATER.strip()}", "source": "ok"}}\n')
    code, errors, counts = _ingest(tmp_path, ("feed.jsonl", jsonl))
    assert code == 1 and counts == "ingested 1, duplicate 0, failed 1"
    assert errors == [f"{tmp_path / 'in' / 'feed.jsonl'}:1: the title holds a lone surrogate ('\\ud800' at "
                      "character 0), which is not valid Unicode; fix the input's escapes or encoding"]


def test_a_publication_date_in_year_1_or_9999_is_refused_and_reports_still_work(tmp_path: Path) -> None:
    jsonl = (f'{{"text": "{GOOD.strip()}", "published": "0001-01-01"}}\n'
             f'{{"text": "{LATER.strip()} Ten more were wounded.", "published": "9999-12-31"}}\n'
             f'{{"text": "{LATER.strip()}", "published": "2020-10-05"}}\n')
    code, errors, counts = _ingest(tmp_path, ("feed.jsonl", jsonl))
    assert code == 1 and counts == "ingested 1, duplicate 0, failed 2"
    assert [e.split(": not stored: ")[0] for e in errors] == [f"{tmp_path / 'in' / 'feed.jsonl'}:{n}" for n in (1, 2)]
    assert all("outside 1800-01-01 to 2199-12-31" in e for e in errors)
    report = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "t.duckdb"), "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output


def test_a_raw_nul_line_fails_that_jsonl_line_and_keeps_the_good_records(tmp_path: Path) -> None:
    jsonl = (f'{{"text": "{GOOD.strip()}"}}\n'.encode() + b"\x00\x00\x00\n"
             + f'{{"text": "{LATER.strip()}"}}\n'.encode())
    code, errors, counts = _ingest(tmp_path, ("feed.jsonl", jsonl))
    assert code == 1 and counts == "ingested 2, duplicate 0, failed 1"
    assert errors[0].startswith(f"{tmp_path / 'in' / 'feed.jsonl'}:2: line is not valid JSON")


def test_a_text_file_with_a_nul_byte_is_still_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"some text\x00more text", path="x.txt")


def test_a_csv_row_with_an_unbalanced_quote_fails_on_its_own_line_and_the_next_row_is_read(tmp_path: Path) -> None:
    csv_text = ("title,text,published\n"
                f'One,"{GOOD.strip()}",2020-10-01\n'
                'Two,"An unclosed quote. Four police were killed in Herat,2020-10-02\n'
                f'Three,"{LATER.strip()}",2020-10-03\n')
    code, errors, counts = _ingest(tmp_path, ("rows.csv", csv_text))
    assert code == 1 and counts == "ingested 2, duplicate 0, failed 1"
    assert errors == [f"{tmp_path / 'in' / 'rows.csv'}:3: unbalanced quote: a quoted cell opened on this line runs "
                      "on to line 4; close the quote (the lines after it are read as rows of their own)"]


def test_an_unbalanced_quote_on_the_last_row_fails_that_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'text,title\n"{GOOD.strip()}",a\n"never closed,b\n')
    items = list(read_file(path))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], Failure) and items[1].line == 3 and "unbalanced quote" in items[1].reason


def test_a_quoted_cell_over_several_lines_is_still_one_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'text,title\n"{GOOD.strip()}\n\n{LATER.strip()}",a\n')
    [document] = read_file(path)
    assert isinstance(document, Document) and "Kabul" in document.text and document.title == "a"


@pytest.mark.parametrize(("text", "published"), [
    ("Militants killed 7-5²6 soldiers in Raqqa on Monday.", "2020-10-08"),
    ("ISIS carried out 30 attacks during Ramadan, killing 4 soldiers.", "1900-05-01"),
    ("ISIS carried out 30 attacks in the past 99999999999 days, killing 4 soldiers.", "2020-10-08"),
    ("Three soldiers were killed last week in Raqqa. Last year and last month were calm.", "0001-01-03"),
    ("Three soldiers were killed on Tuesday in Raqqa, in the past 7 days, yesterday.", "0001-01-01"),
    ("Three soldiers were killed on December 31 in Raqqa this week.", "9999-12-31"),
])
def test_odd_numbers_and_dates_near_the_ends_of_the_calendar_extract_without_error(text: str,
                                                                                   published: str) -> None:
    extraction = sitrep.extract(text, published=published)
    assert isinstance(extraction, Extraction)


def test_extract_of_a_lone_surrogate_raises_the_projects_input_error() -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        sitrep.extract("Three soldiers \ud800 were killed in Raqqa.")


def test_the_store_refuses_a_count_past_the_limit_and_keeps_what_it_had(tmp_path: Path) -> None:
    good = sitrep.extract(GOOD, published="2020-10-08")
    bad = sitrep.extract(LATER, published="2020-10-08")
    event = bad.events[0]
    huge = event.killed.model_copy(update={"best": MAX_COUNT + 1})  # type: ignore[union-attr]
    bad = bad.model_copy(update={"events": [event.model_copy(update={"killed": huge})]})
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save(good)
        with pytest.raises(InvalidRecordError) as caught:
            store.save(bad)
        assert caught.value.field == "killed.best"
        assert isinstance(caught.value, SitrepError)
        assert store.counts()["documents"] == 1 and not store.has_document(bad.document.id)


def test_utf16_without_a_byte_order_mark_in_arabic_is_read_as_text() -> None:
    arabic = "قتل ثلاثة جنود في هجوم على حاجز في دير الزور يوم الثلاثاء.\n"
    for codec in ("utf-16-le", "utf-16-be"):
        text, encoding = decode_bytes(arabic.encode(codec), path="a.txt")
        assert (text, encoding) == (arabic, codec)


def test_html_nested_300_levels_deep_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 300 + f"<p>{LATER.strip()} Officials confirmed the toll.</p>"
                    + "</div>" * 300 + "</body></html>")
    [document] = read_file(page)
    assert isinstance(document, Document) and "Kabul" in document.text


def test_an_actors_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from sitrep.taxonomy import ActorTable

    actors = tmp_path / "actors.csv"
    actors.write_bytes("canonical,kind,aliases\nNorthern Wolves,group,NW Brigade|Wolves of the North\n"
                       .encode("utf-8-sig"))
    assert ActorTable.load(actors).canonical("Wolves of the North") == "Northern Wolves"


def test_an_actors_file_with_an_unterminated_quote_is_an_error_naming_the_file(tmp_path: Path) -> None:
    from sitrep.errors import ConfigError
    from sitrep.taxonomy import ActorTable

    actors = tmp_path / "actors.csv"
    actors.write_text('canonical,kind,aliases\n"Northern Wolves,group,NW Brigade\nOther,group,X\n')
    with pytest.raises(ConfigError, match=rf"^{tmp_path / 'actors.csv'}:\d+: the actor alias file cannot be read"):
        ActorTable.load(actors)


# -- document versions -----------------------------------------------------------------------------------------

def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _operations(db: Path) -> str:
    code, out, err = _run("summary", "--db", str(db), "--by", "claimant", "--measure", "operations", "--format", "csv")
    if code == 1 and "no claimed figures" in err:  # nothing to sum: said on stderr, exit 1
        return "(no rows)"
    assert code == 0, err
    return out.strip()


CLAIM_38 = ("The Islamic State said in its al-Naba newspaper that it carried out 38 operations in Iraq in the past "
            "7 days.")


def test_an_edited_file_ingested_again_replaces_its_old_version_in_summaries(tmp_path: Path) -> None:
    page, db = tmp_path / "page.txt", tmp_path / "v.duckdb"
    page.write_text(CLAIM_38)
    assert _run("ingest", str(page), "--db", str(db), "--published", "2020-10-08")[0] == 0
    page.write_text(CLAIM_38.replace("38", "40"))
    assert _run("ingest", str(page), "--db", str(db), "--published", "2020-10-08")[0] == 0
    assert _operations(db).splitlines()[1:] == ["Islamic State,operations,40,1"]
    code, out, _ = _run("history", "--db", str(db))
    assert code == 0
    with Store(db, read_only=True) as store:
        old, new = (row["id"] for row in store.history())
        assert [c.figures[0].value for c in store.claims()] == [40]
        assert [c.figures[0].value for c in store.claims(document_id=old)] == [38]  # the history is kept
    assert f"superseded by {new}" in out and "current" in out


def test_forget_retires_a_document_and_undo_brings_it_back(tmp_path: Path) -> None:
    page, db = tmp_path / "page.txt", tmp_path / "v.duckdb"
    page.write_text(CLAIM_38)
    _run("ingest", str(page), "--db", str(db), "--published", "2020-10-08")
    with Store(db, read_only=True) as store:
        [document] = store.documents()
    assert _run("forget", document.id, "--db", str(db)) == (0, f"forgot document {document.id} ({page})\n", "")
    assert _operations(db) == "(no rows)"
    code, out, err = _run("events", "--db", str(db), "--format", "csv")
    assert code == 1 and out == "" and "no events" in err
    assert _run("forget", document.id, "--db", str(db), "--undo")[0] == 0
    assert _operations(db).splitlines()[1:] == ["Islamic State,operations,38,1"]


def test_forget_of_an_unknown_id_is_one_line_and_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    Store(db).close()
    code, _, err = _run("forget", "nope", "--db", str(db))
    assert code == 1 and err.strip().splitlines() == [f"Error: {db}: no document with id 'nope'; list them with: "
                                                       "sitrep history"]


def test_ingesting_the_same_text_again_is_a_duplicate_not_a_new_version(tmp_path: Path) -> None:
    page, db = tmp_path / "page.txt", tmp_path / "v.duckdb"
    page.write_text(CLAIM_38)
    _run("ingest", str(page), "--db", str(db))
    code, out, _ = _run("ingest", str(page), "--db", str(db))
    assert code == 0 and out.strip() == "ingested 0, duplicate 1, failed 0"
    with Store(db, read_only=True) as store:
        assert [row["status"] for row in store.history()] == ["current"]


# -- long documents --------------------------------------------------------------------------------------------

def test_a_long_text_is_cut_into_sections_that_cover_it_at_paragraph_breaks() -> None:
    from sitrep.extract import sections

    text = "\n\n".join(f"Paragraph {i}. " + "word " * 30 for i in range(400))
    parts = list(sections(text, size=2_000))
    assert "".join(section for _, section in parts) == text
    assert all(len(section) <= 2_000 for _, section in parts)
    assert all(text[start:start + len(section)] == section for start, section in parts)
    assert all(section.endswith("\n\n") for _, section in parts[:-1])


def test_records_from_later_sections_point_into_the_whole_text_with_unique_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from sitrep.api import default_extractor

    monkeypatch.setattr(sys.modules["sitrep.extract"], "SECTION_CHARS", 300)
    text = "\n\n".join(f"Gunmen killed {n} soldiers at a checkpoint near Kirkuk on Monday." for n in range(2, 12))
    document = Document.from_text(text)
    extraction = default_extractor()(document)
    assert len(extraction.events) >= 2
    assert max(event.killed.span.start for event in extraction.events if event.killed and event.killed.span) > 300
    assert len({event.id for event in extraction.events}) == len(extraction.events)
    for event in extraction.events:
        assert event.killed is not None and event.killed.span is not None
        span = event.killed.span
        assert text[span.start:span.end] == span.text


# -- batched writes ----------------------------------------------------------------------------------------------


def test_a_document_the_database_refuses_inside_a_batch_fails_alone_and_its_batch_is_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Validation off, so the 20-digit count reaches DuckDB and fails the batch write it is part of (ingest writes
    # batches of 1, 2, 4 … documents: the fifth file sits inside the third batch).
    monkeypatch.setattr("sitrep.store.validate.check_extraction", lambda extraction: None)
    files = [(f"{i}.txt", LATER.replace("Monday", f"Monday ({i})")) for i in range(8)]
    files[4] = ("4.txt", "ISIS fighters killed 99999999999999999999 soldiers near Raqqa.\n")
    code, errors, counts = _ingest(tmp_path, *files)
    assert code == 1 and counts == "ingested 7, duplicate 0, failed 1"
    [line] = errors
    assert line.startswith(str(tmp_path / "in" / "4.txt") + ": not stored: ")
    assert _stored_paths(tmp_path) == [f"{i}.txt" for i in range(8) if i != 4]


def test_versions_of_one_source_in_one_batch_chain_as_saved_one_by_one(tmp_path: Path) -> None:
    lines = [f'{{"url": "https://example.org/a", "text": "{CLAIM_38.replace("38", str(n))}"}}' for n in (38, 39, 40)]
    for name, chosen in (("one", lines[:1]), ("two", lines)):
        (tmp_path / f"{name}.jsonl").write_text("\n".join(chosen) + "\n")
    db = tmp_path / "v.duckdb"
    assert _run("ingest", str(tmp_path / "one.jsonl"), "--db", str(db))[0] == 0
    assert _run("ingest", str(tmp_path / "two.jsonl"), "--db", str(db))[0] == 0  # 39 and 40 in one batch
    with Store(db, read_only=True) as store:
        history = store.history()
        assert [c.figures[0].value for c in store.claims()] == [40]
    ids = [row["id"] for row in history]
    assert len(ids) == 3
    assert [row["superseded_by"] for row in history] == [ids[1], ids[2], None]


def test_a_section_ends_at_an_early_paragraph_break_rather_than_inside_a_long_paragraph() -> None:
    from sitrep.extract import sections

    # A short paragraph, then one long paragraph of many lines: the first section ends after the short paragraph
    # (at 30% of the size) instead of at a line break inside the long one.
    short = "Gunmen killed 5 soldiers near Kirkuk on Monday. " * 12 + "\n\n"
    long = "".join(f"Line {i}: the attack killed {i} members of the security forces.\n" for i in range(300))
    text = short + long
    [(first_start, first), *rest] = list(sections(text, size=2_000))
    assert first_start == 0 and first == short
    assert "".join(section for _, section in rest) == long
    assert all(len(section) <= 2_000 and section.endswith("\n") for _, section in rest[:-1])


def test_a_text_without_any_break_is_still_cut_into_sections_that_cover_it() -> None:
    from sitrep.extract import sections

    text = "x" * 5_500
    parts = list(sections(text, size=2_000))
    assert [len(section) for _, section in parts] == [2_000, 2_000, 1_500]
    assert "".join(section for _, section in parts) == text


def test_the_tokenizer_looks_for_suffixes_only_in_a_chunks_tail() -> None:
    # spaCy searched the whole remaining chunk for a suffix once per character peeled off: 9,000 closing brackets
    # took 6.5 s of CPU. The search now sees only the tail, whatever the chunk's length.
    import re

    from sitrep.extract.pipeline import SUFFIX_TAIL, TailSearch

    seen: list[int] = []

    class Recording:
        pattern = r"\)$"

        def search(self, string: str) -> re.Match[str] | None:
            seen.append(len(string))
            return re.search(self.pattern, string)

    search = TailSearch(Recording().search).search
    assert search(")" * 9_000) is not None and seen == [SUFFIX_TAIL]


def test_bounded_suffix_search_tokenizes_as_spacy_does() -> None:
    import random

    import spacy

    from sitrep.extract.pipeline import TailSearch

    plain, bounded = spacy.blank("en"), spacy.blank("en")
    bounded.tokenizer.suffix_search = TailSearch(bounded.tokenizer.suffix_search).search
    rng = random.Random(5)
    chars = "()[]{}.,;:!?'\"%$€-–/*&#+=<>«»0123456789aZ ²…"
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 300))) for _ in range(200)]
    texts += [GOOD, LATER, "The U.S.-led coalition's strikes (3 Aug.) killed 4; 10% of 1,200 km² ... 'ISIS'."]
    for text in texts:
        assert [t.text for t in bounded(text)] == [t.text for t in plain(text)], text


def test_a_long_run_of_brackets_extracts_without_error() -> None:
    extraction = sitrep.extract("(" * 5_000 + ")" * 4_000, published="2020-10-08")
    assert extraction.events == [] and extraction.claims == []
