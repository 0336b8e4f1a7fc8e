"""Readers by format: JSONL and CSV with a column mapping, HTML through trafilatura, and document_from_text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, InputError
from sitrep.ingest import ColumnMapping, document_from_text, read_file
from sitrep.model import Document, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

ARTICLE = ("The Valley Group said in a statement that its fighters attacked a patrol near the ferry crossing. "
           "Officials did not comment.")
OTHER = "A second statement from the group listed three attacks on supply trucks during the previous week."


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines),
                    encoding="utf-8")
    return path


# --- ColumnMapping -----------------------------------------------------------------------------------------------

def test_column_mapping_parses_the_columns_option() -> None:
    mapping = ColumnMapping.parse("text=body, title = headline,published=date")
    assert mapping == ColumnMapping(text="body", title="headline", published="date")
    assert mapping.url == "url" and mapping.source == "source"


def test_an_empty_columns_option_keeps_the_default_names() -> None:
    assert ColumnMapping.parse("") == ColumnMapping()


@pytest.mark.parametrize(
    ("spec", "message"),
    [("body=text", "unknown key 'body'; the keys are text, title, url, published, source"),
     ("text", "is not KEY=NAME"),
     ("text=", "needs a column name"),
     ("text=a,text=b", "given twice")],
)
def test_a_bad_columns_option_is_a_config_error(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        ColumnMapping.parse(spec)


# --- JSONL -------------------------------------------------------------------------------------------------------

def test_jsonl_gives_one_document_per_line_with_its_line_number_in_the_path(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl",
                       {"text": ARTICLE, "title": "Patrol Attacked", "url": "https://example.org/1",
                        "source": "North Wire", "published": "2021-05-02"},
                       "",
                       {"text": OTHER, "published": "2021-05-03T08:15:00Z"})
    first, second = read_file(path)
    assert (first.text, first.title, first.url, first.source, first.published) == (
        ARTICLE, "Patrol Attacked", "https://example.org/1", "North Wire", date(2021, 5, 2))
    assert first.path == f"{path}:1" and first.format == "jsonl"
    assert second.path == f"{path}:3"
    assert second.published == date(2021, 5, 3)


def test_jsonl_line_that_is_not_json_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", {"text": ARTICLE}, '{"text": "unfinished', {"text": OTHER})
    first, failure, last = read_file(path)
    assert isinstance(first, Document) and isinstance(last, Document)
    assert failure == Failure(path=str(path), line=2, reason=failure.reason)
    assert failure.reason.startswith("line is not valid JSON: ")
    assert last.text == OTHER


def test_jsonl_object_without_the_text_field_names_the_field_and_the_option(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", {"body": ARTICLE}, {"text": OTHER})
    failure, document = read_file(path)
    assert failure.line == 1
    assert "'text'" in failure.reason and "--columns text=NAME" in failure.reason
    assert document.text == OTHER


def test_jsonl_strings_may_hold_line_separator_characters(tmp_path: Path) -> None:
    # JSON allows U+2028 unescaped inside strings; str.splitlines() would cut the line there.
    path = tmp_path / "items.jsonl"
    line = json.dumps({"text": f"{ARTICLE}\u2028{OTHER}"}, ensure_ascii=False)
    assert "\u2028" in line
    path.write_text(f"{line}\n{json.dumps({'text': OTHER})}\n", encoding="utf-8")
    first, second = read_file(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert second.path == f"{path}:2"


def test_jsonl_fields_follow_the_column_mapping(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", {"body": ARTICLE, "headline": "Patrol Attacked", "day": "2021-05-02"})
    (document,) = read_file(path, columns=ColumnMapping.parse("text=body,title=headline,published=day"))
    assert (document.text, document.title, document.published) == (ARTICLE, "Patrol Attacked", date(2021, 5, 2))


@pytest.mark.parametrize(
    ("line", "reason"),
    [([1, 2, 3], "line is JSON but not an object"),
     ({"text": ""}, "the 'text' field is empty"),
     ({"text": ["a", "b"]}, "the 'text' field must be a string, not list"),
     ({"text": ARTICLE, "published": "next Tuesday"}, "published value 'next Tuesday' is not an ISO date"),
     ({"text": ARTICLE, "published": 20210502}, "published value '20210502' is not an ISO date")],
)
def test_a_bad_jsonl_record_is_a_failure_for_that_line(tmp_path: Path, line: object, reason: str) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", line, {"text": OTHER})
    failure, document = read_file(path)
    assert isinstance(failure, Failure) and failure.line == 1
    assert reason in failure.reason
    assert document.text == OTHER


def test_defaults_fill_only_what_the_input_does_not_say(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", {"text": ARTICLE, "published": "2021-05-02", "source": "North Wire"},
                       {"text": OTHER})
    own, bare = read_file(path, published=date(2020, 1, 1), source="Default Desk")
    assert (own.published, own.source) == (date(2021, 5, 2), "North Wire")
    assert (bare.published, bare.source) == (date(2020, 1, 1), "Default Desk")


# --- CSV ---------------------------------------------------------------------------------------------------------

CSV_COLUMNS = ColumnMapping.parse("text=body,title=headline,url=link,published=date,source=outlet")


def test_csv_rows_become_documents_through_the_column_mapping() -> None:
    path = FIXTURES / "claims.csv"
    first, second = read_file(path, columns=CSV_COLUMNS)
    assert first.title == "Valley Group Claims Bridge Sabotage"
    second_paragraph = first.text.split("\n\n")[1]
    assert second_paragraph == "The railway authority said services on the line were suspended for inspection."
    assert (first.url, first.published, first.source, first.format) == (
        "https://example.org/valley-bridge", date(2021, 11, 7), "North Wire", "csv")
    assert first.path == f"{path}:2"
    # The first record spans three lines, so the second starts on line 5.
    assert second.path == f"{path}:5"
    assert second.published == date(2021, 11, 8) and second.source is None


def test_csv_without_the_mapped_text_column_is_one_error_that_says_how_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(f"headline,body\nPatrol Attacked,{ARTICLE}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(path)
    reason = caught.value.reason
    assert "no column 'text'" in reason
    assert "'headline', 'body'" in reason
    assert "--columns text=NAME" in reason


def test_csv_without_a_column_the_user_mapped_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(f"title,text\nPatrol Attacked,{ARTICLE}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'headline' for title"):
        read_file(path, columns=ColumnMapping(title="headline"))


def test_csv_row_with_empty_text_is_a_failure_with_its_row_number(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(f'title,text\nFirst,"{ARTICLE}"\n\nSecond,\nThird,"{OTHER}"\n', encoding="utf-8")
    first, failure, third = read_file(path)
    assert first.text == ARTICLE and third.text == OTHER
    assert failure == Failure(path=str(path), line=4, reason="the 'text' column is empty")


def test_csv_with_semicolons_and_a_very_long_field_is_read(tmp_path: Path) -> None:
    long_text = " ".join([ARTICLE] * 1500)  # About 200 kB: over csv's default field limit of 128 kB.
    path = tmp_path / "items.csv"
    path.write_text(f'title;text\nLong One;"{long_text}"\n', encoding="utf-8")
    (document,) = read_file(path)
    assert document.title == "Long One"
    assert document.text == long_text


def test_csv_bad_date_is_a_failure_naming_the_value(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(f'text,published\n"{ARTICLE}",07/05/2021\n', encoding="utf-8")
    (failure,) = read_file(path)
    assert failure.line == 2
    assert "'07/05/2021'" in failure.reason


# --- HTML --------------------------------------------------------------------------------------------------------

def test_html_gives_article_text_metadata_and_comments_apart() -> None:
    (document,) = read_file(FIXTURES / "scraped_claim.html")
    assert document.format == "html"
    assert document.title == "Coastal Brigades Claim Nine Attacks On Port Road"
    assert document.source == "Harbour Ledger"
    assert document.url == "https://harbour-ledger.example/2022/06/coastal-brigades-claim"
    assert document.published == date(2022, 6, 14)
    assert document.text.startswith("On June 12, a channel run by the Coastal Brigades")
    assert document.text.endswith("as drivers avoided travelling after dark.")
    assert len(document.text.split("\n\n")) == 4
    for furniture in ("File image.", "Share this:", "Home", "Copyright", "2 Comments", document.title):
        assert furniture not in document.text
    assert document.comments == [
        "Nine attacks in three weeks and nobody noticed until the group said so?",
        "The port road has been unsafe at night for years, this is not new.",
    ]
    assert not any(comment in document.text for comment in document.comments)


def test_the_page_date_wins_over_the_default_date() -> None:
    (document,) = read_file(FIXTURES / "scraped_claim.html", published=date(2000, 1, 1), source="Default Desk")
    assert document.published == date(2022, 6, 14)
    assert document.source == "Harbour Ledger"


@pytest.mark.parametrize(
    "html",
    ["<html><body><nav><a href='/'>Home</a> <a href='/world'>World news</a></nav></body></html>",
     "<html><head><title>Empty</title></head><body></body></html>",
     "<<<>>></div></p><p"],
    ids=["menu-only", "empty-body", "junk"],
)
def test_html_without_an_article_is_refused(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in the HTML"):
        read_file(path)


@pytest.mark.parametrize(
    "html",
    [f"<html><body><div><p>{ARTICLE}<p><b>{OTHER}<table><tr><td>cell",
     f"<?xml version='1.0' encoding='utf-8'?><html><body><article><p>{ARTICLE}</p></article></body></html>",
     f"<html><body><p>{ARTICLE}</p></span></div></body></html></html><p>{OTHER}",
     f"<html><body><script>var a = '<p>';</script><p>{ARTICLE} {OTHER}"],
    ids=["unclosed-tags", "xml-declaration", "stray-closing-tags", "script-with-tags"],
)
def test_malformed_html_does_not_crash(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (document,) = read_file(path)
    assert "Valley Group said in a statement" in document.text


# --- document_from_text ------------------------------------------------------------------------------------------

def test_document_id_is_the_hash_of_the_clean_text() -> None:
    document = document_from_text(f"File photo\n\n{ARTICLE}\n\nShare this:", source="North Wire")
    assert document.text == ARTICLE
    assert document.id == Document.make_id(ARTICLE)
    assert document.source == "North Wire"


def test_a_given_source_wins_over_the_support_banner() -> None:
    text = f"Support Harbour Ledger\n\n{ARTICLE}"
    assert document_from_text(text).source == "Harbour Ledger"
    assert document_from_text(text, source="North Wire").source == "North Wire"


def test_text_that_is_only_furniture_is_refused() -> None:
    with pytest.raises(InputError, match="no article text left"):
        document_from_text("0 $\n\nSupport Harbour Ledger\n\nShare this:", path="bar.txt")
