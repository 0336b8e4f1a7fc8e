"""The pictures, drawn and measured: page sizes, text that neither overlaps nor gets cut, every country on the map
with its name, circles on their country, a colour scale for counts, a timeline from the period's first day, bars
that fill their panels, claims marked as claims. Text boxes come from matplotlib's own renderer."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.text import Text

from sitrep.model import Claim, Document, Event, Extraction, Place, Span
from sitrep.model import Figure as ClaimFigure
from sitrep.report import EventFilter, charts, render
from sitrep.report.claim import claim_figure
from sitrep.report.period import PAPER, draw_map, footer_text, period_figure
from sitrep.report.queries import UNIDENTIFIED, matching_claims, period_summary
from sitrep.store import Store
from test_report_data import build_store

FAR_APART = {  # country: (admin1, code, latitude, longitude)
    "SY": ("Idlib", "SY-ID", 35.93, 36.63), "NG": ("Borno", "NG-BO", 11.85, 13.16),
    "AF": ("Nangarhar", "AF-NAN", 34.43, 70.45), "KE": ("Mandera", "KE-24", 3.94, 41.86),
    "SO": ("Banadir", "SO-BN", 2.04, 45.34),
}


def world() -> Store:
    """One event in each of five countries far apart, one unnamed perpetrator, one document without an outlet."""
    store = Store(":memory:")
    for index, (country, (admin1, code, lat, lon)) in enumerate(FAR_APART.items()):
        text = f"Report {index}: gunmen attacked a post in {admin1}."
        document = Document.from_text(text, source=None if country == "KE" else "Wire", published=date(2024, 3, 9))
        event = Event(id=f"w{index}", document_id=document.id, date_start=date(2024, 3, 2 + index),
                      event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                      tactics=["ied"], actor1="Unidentified Armed Group" if index % 2 else None,
                      place=Place(name=admin1, country=country, admin1=admin1, admin1_code=code, locality=admin1,
                                  latitude=lat, longitude=lon, geo_precision=1),
                      spans={"event": Span(start=0, end=len(text), text=text)})
        store.save(Extraction(document=document, events=[event]))
    return store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with build_store() as built:
        yield built


def drawn(figure: Figure) -> FigureCanvasAgg:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas


def texts(figure: Figure) -> list[Text]:
    """The texts drawn (tick labels of an axes drawn without its axis are objects, never drawn)."""
    hidden = {id(t) for ax in figure.get_axes() if not ax.axison
              for t in ax.xaxis.get_majorticklabels() + ax.yaxis.get_majorticklabels()}
    return [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip() and id(t) not in hidden]


def by_gid(figure: Figure, gid: str) -> list[Text]:
    return [t for t in texts(figure) if t.get_gid() == gid]


def page(store: Store, filters: EventFilter | None = None, paper: str = "a4") -> Figure:
    filters = filters or EventFilter()
    summary = period_summary(store, filters)
    claims = matching_claims(store, filters, summary.period)
    return period_figure(summary, claims, paper=paper)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_period_page_is_one_printable_page(store: Store, tmp_path: Path, paper: str) -> None:
    figure = page(store, paper=paper)
    assert tuple(figure.get_size_inches()) == pytest.approx(PAPER[paper])
    pdf = render(store, tmp_path / "page.pdf", paper=paper).read_bytes()
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert box is not None
    assert (float(box.group(1)) / 72, float(box.group(2)) / 72) == pytest.approx(PAPER[paper], abs=0.01)
    assert len(re.findall(rb"/Type /Page\b", pdf)) == 1


def test_title_and_subtitle_stand_apart(store: Store) -> None:
    figure = page(store)
    renderer = drawn(figure).get_renderer()
    title = by_gid(figure, "page-title")[0].get_window_extent(renderer)
    subtitle = by_gid(figure, "page-subtitle")[0].get_window_extent(renderer)
    assert subtitle.y1 < title.y0 - 4  # pixels of white between them


def test_every_text_stays_on_the_page_and_bar_labels_are_whole(store: Store) -> None:
    figure = page(store)
    renderer = drawn(figure).get_renderer()
    width, height = figure.canvas.get_width_height()
    for text in texts(figure):
        box = text.get_window_extent(renderer)
        assert box.x0 >= -1 and box.x1 <= width + 1 and box.y0 >= -1 and box.y1 <= height + 1, text.get_text()
    labels = [t.get_text() for ax in figure.get_axes() for t in ax.get_yticklabels()]
    assert "Remote explosive/\nlandmine/IED" in labels or "Remote explosive/landmine/IED" in labels
    assert not [label for label in labels if "…" in label]


def test_bar_labels_do_not_overlap_each_other(store: Store) -> None:
    figure = page(store)
    renderer = drawn(figure).get_renderer()
    for ax in figure.get_axes():
        boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
        for first, second in itertools.pairwise(boxes):
            assert not first.overlaps(second)


def bar_axes(figure: Figure) -> list[Axes]:
    return [ax for ax in figure.get_axes() if ax.patches and ax.get_yticklabels() and ax.get_title(loc="left")
            .startswith("By ")]


def test_bar_panels_are_not_mostly_empty(store: Store) -> None:
    figure = page(store)
    panels = bar_axes(figure)
    assert len(panels) == 5
    for ax in panels:
        bars = len(ax.get_yticks())
        low, high = sorted(ax.get_ylim())
        assert bars / (high - low) >= 0.4, ax.get_title(loc="left")


def test_a_map_draws_and_names_every_country_with_events() -> None:
    with world() as store:
        summary = period_summary(store, EventFilter())
        figure = charts.new_figure(7, 4)
        panels = draw_map(figure, summary, title="Incidents", size=(7, 4))  # type: ignore[arg-type]
        titles = " ".join(ax.get_title(loc="left") for ax in panels)
        for name in ("Syria", "Nigeria", "Afghanistan", "Kenya", "Somalia"):
            assert name in titles
        assert len(panels) >= 3  # far apart: small multiples, not one mostly empty frame
        labels = {t.get_text() for t in by_gid(figure, "country-label")}
        assert {"KENYA", "SOMALIA"} <= labels  # countries sharing a panel are named on it


def test_no_circle_floats_outside_the_areas_drawn() -> None:
    with world() as store:
        summary = period_summary(store, EventFilter())
        figure = charts.new_figure(7, 4)
        panels = draw_map(figure, summary, title="Incidents", size=(7, 4))  # type: ignore[arg-type]
        circles = 0
        for ax in panels:
            shapes = [path for c in ax.collections if type(c).__name__ == "PatchCollection" for path in c.get_paths()]
            for collection in ax.collections:
                if type(collection).__name__ != "PathCollection":
                    continue
                for x, y in collection.get_offsets():
                    circles += 1
                    # Points sit on a 0.05° grid: a coastal town may round a little way out to sea.
                    assert any(shape.contains_point((x, y), radius=0.15) for shape in shapes), (x, y)
        assert circles == 5


def test_the_colour_scale_counts_in_whole_numbers_and_shows_one_incident() -> None:
    norm, ticks = charts.count_norm(1)
    assert ticks == [1]
    lowest = to_rgb(charts.CMAP(norm(1)))
    grey = to_rgb(charts.EMPTY_FILL)
    assert sum(abs(a - b) for a, b in zip(lowest, grey, strict=True)) > 0.5  # one incident stands out from none
    assert 0.2126 * lowest[0] + 0.7152 * lowest[1] + 0.0722 * lowest[2] < 0.75  # not a pale yellow
    _norm, ticks = charts.count_norm(7)
    assert all(isinstance(t, int) for t in ticks) and ticks[0] == 1
    _norm, ticks = charts.count_norm(1234)
    assert all(isinstance(t, int) for t in ticks) and ticks[0] == 1 and ticks[-1] <= 1234


def test_the_timeline_starts_on_the_periods_first_day(store: Store) -> None:
    figure = page(store, EventFilter(since="2024-02-01", until="2024-03-31"))
    timeline = next(ax for ax in figure.get_axes() if ax.get_title(loc="left").startswith("Incidents per"))
    assert timeline.get_xlim()[0] == pytest.approx(mdates.date2num(date(2024, 2, 1)))


def test_the_period_page_shows_claims_marked_as_claims() -> None:
    with build_store() as store:
        figure = page(store)
        heads = [t.get_text() for t in by_gid(figure, "claim-head")]
        assert heads == ["CLAIMED by Islamic State (via al-Naba) — not independently verified"]


def test_a_missing_outlet_is_not_counted_as_an_outlet() -> None:
    with world() as store:
        summary = period_summary(store, EventFilter())
        assert [name for name, _n in summary.outlets] == ["Wire"] and summary.unattributed == 1
        footer = footer_text(summary)
        assert "5 documents from 1 outlet: Wire (4); 1 document without a recorded outlet." in footer
        assert "not recorded)" not in footer


def test_an_unidentified_perpetrator_is_one_bar() -> None:
    with world() as store:
        rows = period_summary(store, EventFilter()).facets["actor1"].rows
        assert [(row.value, row.events) for row in rows] == [(None, 5)]
        assert UNIDENTIFIED == "Unidentified / not named"


def nigeria_claim() -> Claim:
    text = "ISWAP claimed it killed 27 and wounded 19 soldiers in Borno and Yobe."
    figures = [
        ClaimFigure(measure="killed", value=27, label="27 and wounded", span=Span(start=24, end=26, text="27")),
        ClaimFigure(measure="wounded", value=19, label="wounded 19 soldiers"),
        ClaimFigure(measure="killed", value=20, admin1="Borno", admin1_code="NG-BO"),
        ClaimFigure(measure="killed", value=7, admin1="Yobe", admin1_code="NG-YO"),
    ]
    document = Document.from_text(text, source="Wire")
    return Claim(id="ng", document_id=document.id, claimant="Islamic State West Africa Province",
                 actor="Islamic State West Africa Province", status="claimed", period_start="2024-03-01",
                 period_end="2024-03-07", country="NG", figures=figures)


def test_claim_cards_name_one_measure_each_and_maps_name_the_countrys_admin_level() -> None:
    figure = claim_figure(nigeria_claim())
    renderer = drawn(figure).get_renderer()
    words = [t.get_text() for t in texts(figure)]
    assert "killed (claimed)" in words and "wounded (claimed)" in words
    assert not [w for w in words if "claimed —" in w]
    titles = [ax.get_title(loc="left") for ax in figure.get_axes()]
    assert "Killed claimed, by state" in titles and not [t for t in titles if "governorate" in t]
    # The map's key and attribution sit under the map, never over its areas.
    map_ax = next(ax for ax in figure.get_axes() if ax.get_title(loc="left") == "Killed claimed, by state")
    frame = map_ax.get_window_extent(renderer)
    notes = [t for t in map_ax.texts if "Natural Earth" in t.get_text()]
    assert notes and all(t.get_window_extent(renderer).y1 <= frame.y0 + 1 for t in notes)


def test_quoted_spans_are_cut_at_word_or_phrase_boundaries() -> None:
    text = "Islamic State fighters ambushed a patrol near the village, killing four and wounding eleven soldiers"
    cut = charts.cut_words(text, 70)
    assert cut.endswith(" …") and text.startswith(cut[:-2])
    assert cut[:-2] == "Islamic State fighters ambushed a patrol near the village"
    assert charts.cut_words("short", 70) == "short"
    assert charts.label_text("Remote explosive/landmine/IED") == "Remote explosive/\nlandmine/IED"
