"""Crawl archives, PDFs, feeds and JSON files are read by content; a damaged archive keeps what came before."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import iter_documents, read_file
from sitrep.model import Document, Failure

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # warcio's writer

PARAGRAPHS = [
    "Gunmen attacked a police checkpoint in the north of the province on Monday, the report said.",
    "Three policemen were killed and two others were wounded in the attack, according to local officials.",
]


def _html(n: int) -> bytes:
    body = "".join(f"<p>{p} Page {n}.</p>" for p in PARAGRAPHS)
    return f"<html><head><title>Page {n}</title></head><body><article>{body}</article></body></html>".encode()


def _warc(path: Path, pages: int, *, gzip: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for n in range(1, pages + 1):
            url = f"http://example.org/news/{n}"
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(_html(n)),
                                                          http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=image))


@pytest.mark.parametrize("gzip", [True, False])
def test_a_warc_file_gives_one_document_per_archived_page(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    _warc(path, 3, gzip=gzip)
    documents = list(read_file(path))
    assert [d.url for d in documents] == [f"http://example.org/news/{n}" for n in (1, 2, 3)]
    assert all(isinstance(d, Document) and d.format == "warc" for d in documents)
    assert "Three policemen were killed" in documents[0].text
    assert documents[0].path == f"{path}#2"  # record 1 is the request


def test_a_warc_is_recognised_by_its_bytes_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "download.bin"
    _warc(path, 2, gzip=True)
    assert len(list(read_file(path))) == 2


@pytest.mark.parametrize(("gzip", "share"), [(True, 0.3), (True, 0.5), (False, 0.5), (False, 0.8)])
def test_a_truncated_archive_keeps_the_pages_before_the_damage_and_says_where_it_stopped(
        tmp_path: Path, gzip: bool, share: float) -> None:
    whole = tmp_path / "whole.warc"
    _warc(whole, 6, gzip=gzip)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: int(len(data) * share)])
    items = list(iter_documents([cut]))
    documents = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert 1 <= len(documents) < 6
    assert [d.url for d in documents] == [f"http://example.org/news/{n}" for n in range(1, len(documents) + 1)]
    (failure,) = failures
    assert failure.path == str(cut) and "archive damaged: reading stopped at record" in failure.reason
    assert "byte offset" in failure.reason and "\n" not in failure.reason


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer, written by hand (objects, xref and trailer)."""
    text = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 40 780 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_is_read_by_its_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf(PARAGRAPHS))
    (document,) = read_file(path)
    assert "Three policemen were killed" in document.text and document.encoding == "pdf"


def test_a_pdf_with_another_name_is_read_by_its_bytes_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    good = tmp_path / "report.dat"
    good.write_bytes(_pdf(PARAGRAPHS))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    items = list(iter_documents([good, broken]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], Failure) and items[1].path == str(broken)


def test_an_rss_file_gives_one_document_per_entry_not_raw_xml(tmp_path: Path) -> None:
    entries = "".join(
        f"<item><title>Attack {n}</title><link>http://example.org/{n}</link>"
        f"<description>&lt;p&gt;{PARAGRAPHS[0]} Item {n}.&lt;/p&gt;&lt;p&gt;{PARAGRAPHS[1]}&lt;/p&gt;</description>"
        f"<pubDate>Mon, 04 Oct 2021 10:00:00 GMT</pubDate></item>" for n in (1, 2))
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entries}</channel></rss>',
                    encoding="utf-8")
    documents = list(read_file(path))
    assert [d.format for d in documents] == ["feed", "feed"]
    assert [d.url for d in documents] == ["http://example.org/1", "http://example.org/2"]
    assert "<" not in documents[0].text and documents[0].published.isoformat() == "2021-10-04"
    assert documents[0].title == "Attack 1"


def test_a_json_file_is_read_as_records_and_a_json_feed_as_entries(tmp_path: Path) -> None:
    records = tmp_path / "export.json"
    records.write_text(json.dumps([{"text": PARAGRAPHS[0], "published": "2021-10-04"}, {"body": "no text"}],
                                  indent=2), encoding="utf-8")
    items = list(read_file(records))
    assert isinstance(items[0], Document) and items[0].published.isoformat() == "2021-10-04"
    assert isinstance(items[1], Failure) and items[1].line == 2
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
        {"id": "1", "url": "http://example.org/1", "content_text": " ".join(PARAGRAPHS)}]}), encoding="utf-8")
    (document,) = read_file(feed)
    assert document.format == "feed" and document.url == "http://example.org/1"
