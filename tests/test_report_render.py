"""Reports: structure, not pixels. Pages are wide enough, parse, make no external request, and show the numbers the
database gives for the same query."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, SitrepError
from sitrep.model import Document, Extraction
from sitrep.report import EventFilter, ReportError, render
from sitrep.report.html import _audit_block, url_link
from sitrep.report.queries import count_matching_claims, headline_sql, incidents_sql, matching_claims
from sitrep.store import Store
from test_report_data import EXPECTED, build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with build_store(tmp_path_factory.mktemp("db") / "report.duckdb") as built:
        yield built


@pytest.fixture(scope="module")
def pages(store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    out = {fmt: render(store, folder / f"period.{fmt}") for fmt in ("png", "svg", "pdf", "html")}
    claim = EventFilter(claim_id="claim-1")
    out.update({f"claim.{fmt}": render(store, folder / f"claim.{fmt}", claim) for fmt in ("png", "svg", "html")})
    return out


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


class Page(HTMLParser):
    """Collects what the HTML tests look at: ids, links, sources, styles, and the data-key numbers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.references: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self.numbers: dict[str, str] = {}
        self.tags: list[str] = []
        self._key: str | None = None
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            value = value or ""
            if name == "id":
                self.ids.add(value)
            if name in ("href", "src", "xlink:href", "action", "poster", "data"):
                self.references.append((tag, name, value))
            if name == "style":
                self.styles.append(value)
            if name == "data-key":
                self._key = value
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._key is not None:
            self.numbers[self._key] = self.numbers.get(self._key, "") + data
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._key = None
        self._in_style = False


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


# ----------------------------------------------------------------------------------------------- images


def test_png_infographic_is_at_least_1200_px_wide(pages: dict[str, Path]) -> None:
    width, height = png_size(pages["png"])
    assert width >= 1200
    assert height > width  # one tall page


def test_svg_infographic_parses_as_svg(pages: dict[str, Path]) -> None:
    root = ET.parse(pages["svg"]).getroot()
    assert root.tag.endswith("svg")


def test_pdf_infographic_is_one_page(pages: dict[str, Path]) -> None:
    data = pages["pdf"].read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", data)) == 1


def test_claim_infographic_renders_in_every_format(pages: dict[str, Path]) -> None:
    assert png_size(pages["claim.png"])[0] >= 1200
    assert ET.parse(pages["claim.svg"]).getroot().tag.endswith("svg")


def test_claim_page_says_claimed_and_not_verified(pages: dict[str, Path]) -> None:
    # Text is drawn as paths in SVG; the HTML page carries the same banner as text.
    text = pages["claim.html"].read_text(encoding="utf-8")
    assert "CLAIMED BY ISLAMIC STATE — NOT INDEPENDENTLY VERIFIED" in text
    assert "✗" in text and "✓" in text  # one failing check, one holding


# ------------------------------------------------------------------------------------------------- HTML


def test_html_report_is_self_contained(pages: dict[str, Path]) -> None:
    for name in ("html", "claim.html"):
        page = parse(pages[name])
        assert "link" not in page.tags and "iframe" not in page.tags and "img" not in page.tags
        # Only a link (<a href>) may point outside: following it is the reader's choice; nothing is fetched.
        external = [r for r in page.references if re.match(r"^\s*(https?:|//)", r[2], re.I)]
        assert all(tag == "a" and name == "href" for tag, name, _value in external)
        # Otherwise internal anchors, or images inlined as data: URIs (matplotlib rasterises a colour bar).
        internal = [r for r in page.references if r not in external]
        assert all(value.startswith(("#", "data:image/")) for _tag, _name, value in internal)
        css_urls = [u for style in page.styles for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", style)]
        assert [u for u in css_urls if not u.startswith("#")] == []
        assert "@import" not in "".join(page.styles) and "@font-face" not in "".join(page.styles)
        assert not re.search(r"<script[^>]*\bsrc=", pages[name].read_text(encoding="utf-8"))


def test_html_report_links_every_source_url(pages: dict[str, Path]) -> None:
    text = pages["html"].read_text(encoding="utf-8")
    assert '<a class="url" href="https://example.org/sy" rel="noreferrer noopener">example.org/sy</a>' in text


def test_only_web_addresses_become_links() -> None:
    assert url_link("javascript:alert(1)").startswith("<span")
    assert url_link("file:///etc/passwd").startswith("<span")
    assert url_link("http://example.org/a b").startswith("<span")


def test_html_report_lets_a_reader_browse_every_incident(pages: dict[str, Path], store: Store) -> None:
    text = pages["html"].read_text(encoding="utf-8")
    events = text[text.index('<section id="events">'):]
    cte, params = incidents_sql(EventFilter())
    every = {r["id"] for r in store.query(cte + "SELECT id FROM incidents", params)}
    rows = set(re.findall(r'<tr id="e-([^"]+)"', events))
    assert rows == every
    assert 'class="sortable paged"' in events and "8 incidents with the sentence" in events


def test_html_report_writes_singular_counts(pages: dict[str, Path]) -> None:
    text = pages["html"].read_text(encoding="utf-8")
    assert "— 1 incidents" not in text and "— 1 incident," in text


@pytest.fixture(scope="module")
def dated_claims() -> Iterator[Store]:
    """The report world plus three dated claims by the Islamic State: March 2024, May 2024, January 2023."""
    with build_store() as base:
        claim = base.claims()[0]
        document = Document.from_text("The group claimed operations in Syria (a second, dated tally).",
                                      source="SouthFront", published=date(2024, 6, 1))
        claims = [claim.model_copy(update={"id": name, "document_id": document.id, "period_start": start,
                                           "period_end": end, "checks": []})
                  for name, start, end in (("claim-march", "2024-03-01", "2024-03-05"),
                                           ("claim-late", "2024-05-01", "2024-05-31"),
                                           ("claim-2023", "2023-01-01", "2023-01-31"))]
        base.save(Extraction(document=document, claims=claims))
        yield base


def test_report_claims_exclude_claims_outside_the_period(dated_claims: Store) -> None:
    period = (date(2024, 3, 1), date(2024, 3, 12))
    ids = {c.id for c in matching_claims(dated_claims, EventFilter(until="2024-03-31"), period)}
    assert "claim-march" in ids and "claim-late" not in ids and "claim-2023" not in ids
    assert "claim-1" not in ids  # its year is not stated: it cannot be placed in March 2024
    for filters, within in ((EventFilter(until="2024-03-31"), period), (EventFilter(), (None, None))):
        assert count_matching_claims(dated_claims, filters, within) == len(
            matching_claims(dated_claims, filters, within, limit=1000))


def test_an_audit_with_no_record_says_so_instead_of_a_table_of_zeros(dated_claims: Store) -> None:
    claim = dated_claims.claims(claim_id="claim-2023")[0]
    block = _audit_block(dated_claims, claim)
    assert "<table" not in block and "nothing to hold its figures against" in block


def test_every_link_in_the_html_report_lands_on_an_anchor(pages: dict[str, Path]) -> None:
    page = parse(pages["html"])
    targets = {value[1:] for _tag, _name, value in page.references if value.startswith("#")}
    assert targets
    assert targets - page.ids == set()


def test_html_headline_numbers_equal_the_database(pages: dict[str, Path], store: Store) -> None:
    numbers = {key: int(text.replace(",", "").strip()) for key, text in parse(pages["html"]).numbers.items()
               if key != "only_claimed_share"}
    cte, params = incidents_sql(EventFilter())
    truth = store.query(cte + headline_sql(), params)[0]
    assert set(numbers) >= {"events", "killed", "wounded", "killed_or_wounded", "only_claimed", "located"}
    for key, value in numbers.items():
        assert value == truth[key], key
    assert numbers["events"] == EXPECTED["incidents"]
    assert numbers["killed"] == EXPECTED["killed"]
    assert numbers["killed_high"] == EXPECTED["killed_high"]
    assert numbers["wounded_high"] == EXPECTED["wounded_high"]
    assert numbers["killed_or_wounded"] == EXPECTED["killed_or_wounded"]
    assert numbers["only_claimed"] == EXPECTED["only_claimed"]


def test_headline_counts_an_incident_told_twice_once(store: Store) -> None:
    # The same query written from scratch: one row per incident, its best-attested report.
    rows = store.query(
        "SELECT count(DISTINCT coalesce(incident_id, id)) AS n, "
        "(SELECT killed_best FROM events WHERE incident_id = 'inc-anbar' AND status = 'reported') AS anbar "
        "FROM events")[0]
    assert rows["n"] == EXPECTED["incidents"]
    assert rows["anbar"] == 7


def test_html_shows_source_sentences_and_claims(pages: dict[str, Path]) -> None:
    text = pages["html"].read_text(encoding="utf-8")
    assert "ambushed an SDF patrol near Shuhayl" in text
    assert "Unidentified gunmen abducted two shepherds, residents said." in text  # from the document text
    assert 'id="claim-claim-1"' in text and "NOT INDEPENDENTLY VERIFIED" in text
    assert "“The group&#x27;s newspaper al-Naba claimed 122 operations in Syria" in text  # the claim's sentence
    assert "sitrep events" in text  # every evidence list names the command that lists all of it


def test_filters_narrow_the_report(store: Store, tmp_path: Path) -> None:
    path = render(store, tmp_path / "iraq.html", EventFilter(country="Iraq", since="2024-03-01"))
    numbers = parse(path).numbers
    assert numbers["events"] == "3"  # e3, e4 and the Anbar incident; e9 is dated February
    assert "<h1>Iraq: 1–12 Mar 2024</h1>" in path.read_text(encoding="utf-8")


# -------------------------------------------------------------------------------------------- edge cases


def test_an_empty_database_still_renders_a_page(tmp_path: Path) -> None:
    with Store(":memory:") as empty:
        assert png_size(render(empty, tmp_path / "empty.png"))[0] >= 1200
        assert parse(render(empty, tmp_path / "empty.html")).numbers["events"] == "0"


def test_unknown_extension_is_refused_with_the_formats(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\.png, \.svg, \.pdf, \.html"):
        render(store, tmp_path / "report.docx")


def test_unknown_claim_says_how_to_list_claims(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="sitrep claims"):
        render(store, tmp_path / "claim.png", EventFilter(claim_id="nope"))


def test_missing_folder_is_a_report_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist") as caught:
        render(store, tmp_path / "missing" / "week.png")
    assert isinstance(caught.value, SitrepError)
    assert not (tmp_path / "missing").exists()
