"""Reports: structure, not pixels. Pages are wide enough, parse, make no external request, and show the numbers the
database gives for the same query."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, SitrepError
from sitrep.report import EventFilter, ReportError, render
from sitrep.report.queries import headline_sql, incidents_sql
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
        external = [r for r in page.references if re.match(r"^\s*(https?:|//)", r[2], re.I)]
        assert external == []
        # Internal anchors, or images inlined as data: URIs (matplotlib rasterises a colour bar's gradient).
        assert all(value.startswith(("#", "data:image/")) for _tag, _name, value in page.references)
        css_urls = [u for style in page.styles for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", style)]
        assert [u for u in css_urls if not u.startswith("#")] == []
        assert "@import" not in "".join(page.styles) and "@font-face" not in "".join(page.styles)
        assert not re.search(r"<script[^>]*\bsrc=", pages[name].read_text(encoding="utf-8"))


def test_html_report_names_sources_without_a_single_url_scheme(pages: dict[str, Path]) -> None:
    text = pages["html"].read_text(encoding="utf-8")
    assert "example.org/sy" in text  # the article's address, as text
    assert "http://" not in text and "https://" not in text


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
