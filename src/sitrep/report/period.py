"""The period infographic: one page of what the selected events add up to.

Top to bottom: title (area and period) and the filters; headline numbers; a choropleth map beside the breakdown by
governorate; breakdowns by type of event, tactic, target and perpetrator; incidents per week by status; a footer with
the sources, the share only claimed by a perpetrator, and the method. Every number comes from
:func:`sitrep.report.queries.period_summary`, the same numbers the HTML report shows and links to their events.
"""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

import sitrep
from sitrep.report import boundaries, charts
from sitrep.report.filters import country_name
from sitrep.report.queries import FACETS, Breakdown, PeriodSummary

TOP = 8
"""Bars per breakdown on the page; the rest become one "other" bar."""
MAP_COUNTRIES = 4
"""At most this many countries (those with most incidents) are drawn on one map."""

METHOD = (
    "Method: events extracted by sitrep from the documents listed, coded with ACLED event types and free tactic "
    "tags; an incident told by several documents counts once. Casualties add each incident's best figure; the "
    "range adds the low and the high figures (the best where no bound is given). 'Claimed' marks what only the "
    "perpetrator or its media state: not independently verified."
)


def area_title(summary: PeriodSummary) -> str:
    """The area in words: the filter's country and governorate, or the countries the events fall in."""
    filters = summary.filters
    if filters.country:
        area = country_name(filters.country) or filters.country
        return f"{filters.admin1}, {area}" if filters.admin1 else area
    names = [country_name(code) or code for code, _ in summary.countries if code]
    head = f"{filters.admin1}: " if filters.admin1 else ""
    if not names:
        return head + "All areas"
    if len(names) == 1:
        return head + names[0]
    if len(names) == 2:
        return head + f"{names[0]} and {names[1]}"
    return head + f"{names[0]}, {names[1]} and {len(names) - 2} more countries"


def page_title(summary: PeriodSummary) -> str:
    """The page's title: area and period."""
    start, end = summary.period
    return f"{area_title(summary)}: {charts.format_period(start, end)}"


def breakdown_rows(breakdown: Breakdown, missing: str, top: int = TOP) -> tuple[list[tuple[str, int]],
                                                                              tuple[str, int] | None]:
    """The first ``top`` rows of a breakdown as (label, incidents), and the rest as one "other" row."""
    rows = [(row.value if row.value is not None else missing, row.events) for row in breakdown.rows[:top]]
    rest = breakdown.rest(top)
    other = (f"other ({breakdown.values - top})", rest.events) if rest else None
    return rows, other


def map_layers(summary: PeriodSummary) -> tuple[list[boundaries.Layer], dict[boundaries.Unit, int], int]:
    """The layers to draw (admin-1 units of the leading countries; Iraqi districts when one governorate is
    selected), the incidents per unit, and how many incidents with a unit name found no polygon."""
    countries = [c for c, _ in summary.countries if c][:MAP_COUNTRIES]
    counts: dict[boundaries.Unit, int] = {}
    unmatched = 0
    if summary.admin2 and len(countries) == 1:
        codes = {code for _, code, _, _ in summary.admin1 if code}
        layer = boundaries.admin2(countries[0], next(iter(codes)) if len(codes) == 1 else None)
        if layer.units:
            for _country, _code, name, n in summary.admin2:
                unit = layer.match(None, name)
                if unit is None:
                    unmatched += n
                else:
                    counts[unit] = counts.get(unit, 0) + n
            return [layer], counts, unmatched
    layers = {c: boundaries.admin1(c) for c in countries}
    for country, code, name, n in summary.admin1:
        layer = layers.get(country or "")
        unit = layer.match(code, name) if layer else None
        if unit is None:
            unmatched += n
        else:
            counts[unit] = counts.get(unit, 0) + n
    return [layer for layer in layers.values() if layer.units], counts, unmatched


def attribution(layers: list[boundaries.Layer]) -> list[str]:
    """The attribution lines of the sources drawn."""
    sources = sorted({u.source for layer in layers for u in layer.units})
    return [boundaries.ATTRIBUTION[s] for s in sources]


def footer_text(summary: PeriodSummary, *, generated: date | None = None) -> str:
    """Sources, the claimed-only share and the method, as the page's footer says them."""
    h = summary.headline
    outlets = summary.outlets
    named = ", ".join(f"{name} ({n})" for name, n in outlets[:5])
    more = f" and {len(outlets) - 5} more" if len(outlets) > 5 else ""
    share = f"{100 * h['only_claimed'] / h['events']:.0f}%" if h["events"] else "0%"
    generated = generated or date.today()
    return (
        f"Sources: {charts.plural(summary.documents, 'document')} from {charts.plural(len(outlets), 'outlet')}"
        f"{': ' + named + more if named else ''}. "
        f"{share} of incidents ({charts.number(h['only_claimed'])}) are only claimed by a perpetrator, "
        f"not independently verified.\n{METHOD}\n"
        f"Generated by sitrep {sitrep.__version__} on {generated.isoformat()}."
        + (f" Filters: {summary.filters.describe()}." if summary.filters.describe() else "")
    )


def headline_items(summary: PeriodSummary) -> list[tuple[str, str, str, str | None]]:
    """(key, value, label, sub-line) of each headline number, in page order."""
    h = summary.headline
    items = [("events", charts.number(h["events"]), "incidents",
              f"{charts.number(h['located'])} located")]
    labels = {"killed": "killed", "wounded": "wounded", "killed_or_wounded": "killed or wounded"}
    for key, label in labels.items():
        low, best, high = int(h[f"{key}_low"]), int(h[key]), int(h[f"{key}_high"])
        sub = f"range {charts.number(low)}–{charts.number(high)}" if (low, high) != (best, best) else None
        if key == "killed_or_wounded":
            sub = (sub + "; " if sub else "") + "combined figure only"
        items.append((key, charts.number(best), label, sub))
    share = f"{100 * h['only_claimed'] / h['events']:.0f}%" if h["events"] else "0%"
    items.append(("only_claimed", share, "only claimed",
                  f"{charts.number(h['only_claimed'])} by the perpetrator"))
    return items


def period_figure(summary: PeriodSummary) -> Figure:
    """The whole page as one matplotlib figure (12 × 18 in: 1,440 px wide at the PNG resolution).

    Each band is a subfigure with a layout of its own, so long labels in one band do not push the others aside.
    """
    figure = charts.new_figure(12, 18.25)
    title_band, numbers, middle, row1, row2, weeks, foot = figure.subfigures(
        7, 1, height_ratios=[0.6, 1.0, 6.2, 3.0, 3.0, 2.4, 1.25])

    head = charts.blank(title_band.add_subplot())
    head.text(0, 0.95, charts.safe_text(page_title(summary)), fontsize=20, fontweight="bold", color=charts.INK,
              va="top", transform=head.transAxes)
    subtitle = "Situation report from news reporting: incidents, casualties and where they happened"
    if summary.filters.describe():
        subtitle += f" ({summary.filters.describe()})"
    head.text(0, 0.05, charts.safe_text(subtitle), fontsize=11, color=charts.MUTED, va="bottom",
              transform=head.transAxes)

    items = headline_items(summary)
    for ax, (key, value, label, sub) in zip(numbers.subplots(1, len(items)), items, strict=True):
        colour = charts.STATUS_COLOURS["claimed"] if key == "only_claimed" else charts.INK
        charts.headline(ax, value, label, sub, colour=colour)

    map_ax, admin_ax = middle.subplots(1, 2, width_ratios=[1.45, 1])
    layers, counts, unmatched = map_layers(summary)
    district = bool(summary.admin2 and layers and layers[0].units and layers[0].units[0].parent)
    note = f"{charts.number(unmatched)} incidents in units not on the map" if unmatched else None
    charts.choropleth(map_ax, layers, counts, points=summary.points,
                      title=f"Incidents by {'district' if district else 'governorate / province'}",
                      note=note, attribution=attribution(layers))
    rows, other = breakdown_rows(summary.facets["admin1"], FACETS["admin1"][2], top=16)
    charts.bars(admin_ax, rows, other=other, title=FACETS["admin1"][0], note="incidents")

    for band, keys in ((row1, ("sub_event_type", "tactic")), (row2, ("target_category", "actor1"))):
        for ax, key in zip(band.subplots(1, 2), keys, strict=True):
            title, _expression, missing = FACETS[key]
            rows, other = breakdown_rows(summary.facets[key], missing)
            charts.bars(ax, rows, other=other, title=title,
                        note="incidents; may overlap" if key == "tactic" else "incidents")

    charts.timeline(weeks.add_subplot(), summary.weekly, title="Incidents per week, by status")
    charts.text_block(foot.add_subplot(), footer_text(summary), width=170, size=8.5)
    return figure
