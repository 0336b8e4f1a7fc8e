"""The period infographic: one page of what the selected events add up to.

Top to bottom: title (area and period) and the filters; headline numbers; a choropleth map beside the breakdown by
governorate; breakdowns by type of event, tactic, target and perpetrator; incidents per week by status; a footer with
the sources, the share only claimed by a perpetrator, and the method. Every number comes from
:func:`sitrep.report.queries.period_summary`, the same numbers the HTML report shows and links to their events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure

import sitrep
from sitrep.errors import ConfigError
from sitrep.model import Claim
from sitrep.report import boundaries, charts
from sitrep.report.claim import claim_period, measure_name
from sitrep.report.filters import country_name
from sitrep.report.queries import FACETS, Breakdown, PeriodSummary

TOP = 8
"""Bars per breakdown on the page; the rest become one "other" bar."""
MAP_PANELS = 9
"""At most this many map panels (small multiples); countries beyond are named under the map."""
GROUP_SPAN = 28.0
"""Degrees (longitude and latitude) within which neighbouring countries share a map panel: Syria and Iraq do,
Somalia and Kenya do, Nigeria and Afghanistan get panels of their own."""
PAPER = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}
"""Page sizes in inches: the infographic is one printable page."""
CLAIMS_ON_PAGE = 4
"""Claims listed on the page; the HTML report lists them all."""

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
    """The layers to draw (admin-1 units of every country with events; Iraqi districts when one governorate is
    selected), the incidents per unit, and how many incidents with a unit name found no polygon."""
    countries = [c for c, _ in summary.countries if c]
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


@dataclass
class MapGroup:
    """Countries near enough to share one map panel, with what the panel draws."""

    countries: list[str]
    layers: list[boundaries.Layer]
    points: list[tuple[float, float, int]] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of the group's layers."""
        boxes = np.array([layer.bbox for layer in self.layers if layer.bbox is not None], dtype=float)
        return (float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()),
                float(boxes[:, 3].max()))

    def title(self, district: bool = False) -> str:
        """"Syria and Iraq" over "governorates", "Nigeria" over "states" (two lines: panels sit side by side)."""
        names = [country_name(c) or c for c in self.countries]
        words = {boundaries.admin1_word(c, plural=True) for c in self.countries}
        level = "districts" if district else (words.pop() if len(words) == 1 else "admin-1 areas")
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{joined}\n{level}"


def map_groups(summary: PeriodSummary, layers: list[boundaries.Layer]) -> tuple[list[MapGroup], int]:
    """The map's panels: countries whose frames together stay within :data:`GROUP_SPAN` degrees share one; a
    country far from the others gets its own (small multiples, most incidents first). Also returns how many
    incidents drawn as points fell in no panel's country."""
    order = {code: index for index, (code, _n) in enumerate(summary.countries)}
    groups: list[MapGroup] = []
    for layer in sorted(layers, key=lambda la: order.get(la.units[0].country or "", 99)):
        country = layer.units[0].country or ""
        box = layer.bbox
        for group in groups:
            west, south, east, north = group.bbox
            if box is not None and max(east, box[2]) - min(west, box[0]) <= GROUP_SPAN \
                    and max(north, box[3]) - min(south, box[1]) <= GROUP_SPAN:
                group.countries.append(country)
                group.layers.append(layer)
                break
        else:
            groups.append(MapGroup([country], [layer]))
    lost = 0
    by_country = {c: g for g in groups for c in g.countries}
    countries = summary.point_countries or [None] * len(summary.points)
    for point, country in zip(summary.points, countries, strict=True):
        group = by_country.get(country or "")
        if group is None:
            # A point with no country goes to the panel it falls inside, if any.
            group = next((g for g in groups if g.bbox[0] <= point[0] <= g.bbox[2] and
                          g.bbox[1] <= point[1] <= g.bbox[3]), None)
        if group is None:
            lost += point[2]
        else:
            group.points.append(point)
    return groups, lost


def grid(panels: int, width: float, height: float) -> tuple[int, int]:
    """Rows and columns for ``panels`` map panels in a ``width`` × ``height`` area: the grid whose cells' shorter
    side is longest (maps are roughly square, so that is the grid that draws them largest)."""
    options = [(rows, -(-panels // rows)) for rows in range(1, panels + 1)]
    return max(options, key=lambda rc: (min(width / rc[1], height / rc[0]), -rc[0] * rc[1]))


def draw_map(band: SubFigure, summary: PeriodSummary, *, title: str, size: tuple[float, float] = (7.0, 4.0)) \
        -> list[Axes]:
    """The map band: one panel per :class:`MapGroup` (at most :data:`MAP_PANELS`), one colour scale and one colour
    bar for all, country names on the map, the key and attribution under it. Returns the panels' axes."""
    layers, counts, unmatched = map_layers(summary)
    district = bool(summary.admin2 and layers and layers[0].units and layers[0].units[0].parent)
    groups, lost = map_groups(summary, layers)
    shown, hidden = groups[:MAP_PANELS], groups[MAP_PANELS:]
    notes = []
    missing = unmatched + lost + sum(counts.get(u, 0) for g in hidden for la in g.layers for u in la.units)
    if missing:
        notes.append(f"{charts.plural(missing, 'incident')} not on the map")
    if hidden:
        notes.append("not drawn: " + ", ".join(country_name(c) or c for g in hidden for c in g.countries))
    band.suptitle(charts.safe_text(title), x=0.0, ha="left", fontsize=charts.pt(12), fontweight="bold",
                  color=charts.INK)
    # The key and attribution get a strip of their own under the panels: on the map they would hide areas.
    band, strip = band.subfigures(2, 1, height_ratios=[1, 0.13])
    if not shown:
        ax = band.add_subplot()
        charts.blank(ax)
        ax.text(0.5, 0.5, "No mapped events", ha="center", va="center", color=charts.MUTED, fontsize=charts.pt(10),
                transform=ax.transAxes)
        return [ax]
    rows, cols = grid(len(shown), size[0] * 0.9, size[1] * 0.75)
    axes = list(np.atleast_1d(band.subplots(rows, cols)).ravel())
    for ax in axes[len(shown):]:
        charts.blank(ax)
    top = max(counts.values(), default=1)
    norm, ticks = charts.count_norm(top)
    largest = max((n for _x, _y, n in summary.points), default=1)
    collection = None
    for ax, group in zip(axes, shown, strict=False):
        drawn = charts.draw_units(ax, group.layers, counts, norm)
        collection = drawn or collection
        charts.draw_points(ax, group.points, largest)
        filled = [u for la in group.layers for u in la.units if counts.get(u)]
        charts.frame_map(ax, group.layers, filled, group.points)
        ax.set_title(charts.safe_text(group.title(district)), loc="left", fontsize=charts.pt(9), color=charts.INK,
                     pad=charts.pt(4))
        for layer, code in zip(group.layers, group.countries, strict=True):
            if len(group.countries) > 1:
                charts.country_label(ax, layer, country_name(code) or code)
    if collection is not None:
        charts.colour_bar(band, collection, axes[: len(shown)], ticks, "incidents per area")
    key = (["○ events at or near a locality (size: incidents)"] if summary.points else []) + notes
    strip.text(0.0, 1.0, charts.safe_text("  ·  ".join(key) + "\n" + "; ".join(attribution(layers))),
               fontsize=charts.pt(7), color=charts.MUTED, va="top", ha="left", gid="map-notes")
    return axes[: len(shown)]


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
    unattributed = (f"; {charts.plural(summary.unattributed, 'document')} without a recorded outlet"
                    if summary.unattributed else "")
    return (
        f"Sources: {charts.plural(summary.documents, 'document')} from {charts.plural(len(outlets), 'outlet')}"
        f"{': ' + named + more if named else ''}{unattributed}. "
        f"{share} of incidents ({charts.number(h['only_claimed'])}) are only claimed by a perpetrator, "
        f"not independently verified. {reviewed_text(summary)}\n{METHOD}\n"
        f"Generated by sitrep {sitrep.__version__} on {generated.isoformat()}."
        + (f" Filters: {summary.filters.describe()}." if summary.filters.describe() else "")
    )


def reviewed_text(summary: PeriodSummary) -> str:
    """How many of the page's event reports a reviewer accepted on the review desk ("3 of 40 event reports ...")."""
    accepted, selected = summary.reviewed
    return (f"{charts.number(accepted)} of {charts.plural(selected, 'event report')} checked and accepted by a "
            "reviewer; reports a reviewer rejected are left out.")


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


def claim_line(claim: Claim) -> tuple[str, str]:
    """A claim in two lines for the page: who claims it, marked as a claim, and what it claims when."""
    who = claim.claimant or claim.actor or "an unidentified source"
    via = f" (via {claim.medium})" if claim.medium else ""
    word = {"reported": "REPORTED", "confirmed": "CONFIRMED"}.get(claim.status, "CLAIMED")
    head = f"{word} by {who}{via} — not independently verified" if word != "CONFIRMED" else \
        f"CONFIRMED by independent sources, as stated by {who}{via}"
    totals = [f for f in claim.figures if not any(k in f.facets() for k in ("tactic", "target", "region", "admin1",
                                                                            "item", "country"))]
    stated = ", ".join(f"{charts.number(f.value)} {measure_name(f.measure).lower()}" for f in totals[:4]) or \
        f"{charts.plural(len(claim.figures), 'figure')} by breakdown"
    area = f" · {country_name(claim.country)}" if claim.country else ""
    return head, f"{stated} · {claim_period(claim)}{area}"


def claims_panel(ax: Axes, claims: list[Claim], total: int) -> None:
    """The claims made about the period: each marked CLAIMED (or REPORTED) with its claimant, never as fact."""
    charts.blank(ax)
    charts.panel_title(ax, "Claims about this period", "groups' own figures: not verified")
    if not claims:
        ax.text(0, 0.5, "No aggregate claim covers this area and period.", fontsize=charts.pt(9.5),
                color=charts.MUTED, transform=ax.transAxes, va="center")
        return
    rows = len(claims) + (1 if total > len(claims) else 0)
    for index, claim in enumerate(claims):
        head, body = claim_line(claim)
        y = 1 - (index + 0.5) / rows
        colour = charts.STATUS_COLOURS.get(claim.status, charts.STATUS_COLOURS["claimed"])
        ax.text(0, y + 0.12 / rows * 2, charts.safe_text(head, 110), fontsize=charts.pt(9.5), fontweight="bold",
                color=colour, transform=ax.transAxes, va="center", gid="claim-head")
        ax.text(0, y - 0.14 / rows * 2, charts.safe_text(body, 140), fontsize=charts.pt(9), color=charts.INK,
                transform=ax.transAxes, va="center")
    if total > len(claims):
        ax.text(0, 0.5 / rows, f"{charts.plural(total - len(claims), 'more claim')}: see the HTML report or "
                "sitrep claims", fontsize=charts.pt(8.5), color=charts.MUTED, transform=ax.transAxes,
                va="center")


def period_figure(summary: PeriodSummary, claims: list[Claim] | None = None, *, paper: str = "a4",
                  claims_total: int | None = None) -> Figure:
    """The whole page as one matplotlib figure, the size of one A4 or Letter page (``paper``).

    Each band is a subfigure with a layout of its own, so long labels in one band do not push the others aside;
    each band of bars is as tall as its longer list needs, and the map takes the height left.
    """
    if paper not in PAPER:
        raise ConfigError(f"--paper {paper!r}: choose one of {', '.join(PAPER)}")
    claims = claims or []
    width, height = PAPER[paper]
    scale = width / 12
    with charts.font_scale(scale):
        return _page(summary, claims, width, height, claims_total if claims_total is not None else len(claims))


def _page(summary: PeriodSummary, claims: list[Claim], width: float, height: float, claims_total: int) -> Figure:
    figure = charts.new_figure(width, height)
    lists = {key: breakdown_rows(summary.facets[key], FACETS[key][2]) for key in FACETS}
    pairs = (("sub_event_type", "tactic"), ("target_category", "actor1"))
    # A bar row takes 0.2 in (a wrapped label fits); a band adds its title. The map gets what is left.
    band_rows = [max(max(len(lists[k][0]) + bool(lists[k][1]) for k in pair), 2) for pair in pairs]
    bars_heights = [0.42 + 0.2 * rows for rows in band_rows]
    shown_claims = claims[:CLAIMS_ON_PAGE]
    claim_rows = len(shown_claims) + (1 if claims_total > len(shown_claims) else 0)
    claims_height = 0.4 + 0.34 * max(claim_rows, 1)
    fixed = {"title": 0.62, "numbers": 0.7, "weeks": 1.45, "claims": claims_height, "foot": 0.95}
    map_height = max(height - sum(fixed.values()) - sum(bars_heights) - 0.15, 2.4)
    heights = [fixed["title"], fixed["numbers"], map_height, *bars_heights, fixed["weeks"], fixed["claims"],
               fixed["foot"]]
    title_band, numbers, middle, row1, row2, weeks, claims_band, foot = figure.subfigures(
        len(heights), 1, height_ratios=heights)

    head = charts.blank(title_band.add_subplot())
    head.text(0, 1.0, charts.safe_text(page_title(summary)), fontsize=charts.pt(20), fontweight="bold",
              color=charts.INK, va="top", transform=head.transAxes, gid="page-title")
    subtitle = "Situation report from news reporting: incidents, casualties and where they happened"
    if summary.filters.describe():
        subtitle += f" ({summary.filters.describe()})"
    head.text(0, 0.0, charts.safe_text(subtitle), fontsize=charts.pt(11), color=charts.MUTED, va="bottom",
              transform=head.transAxes, gid="page-subtitle")

    items = headline_items(summary)
    for ax, (key, value, label, sub) in zip(numbers.subplots(1, len(items)), items, strict=True):
        colour = charts.STATUS_COLOURS["claimed"] if key == "only_claimed" else charts.INK
        charts.headline(ax, value, label, sub, colour=colour)

    map_band, admin_band = middle.subfigures(1, 2, width_ratios=[1.9, 1])
    countries = [c for c, _ in summary.countries if c]
    word = boundaries.admin1_word(countries[0]) if len(countries) == 1 else "admin-1 area"
    draw_map(map_band, summary, title=f"Incidents by {word}", size=(width * 1.9 / 2.9, map_height))
    rows, other = breakdown_rows(summary.facets["admin1"], FACETS["admin1"][2], top=14)
    charts.bars(admin_band.add_subplot(), rows, other=other, title=f"By {word}", note="incidents")

    for band, keys, slots in ((row1, pairs[0], band_rows[0]), (row2, pairs[1], band_rows[1])):
        for ax, key in zip(band.subplots(1, 2), keys, strict=True):
            title, _expression, _missing = FACETS[key]
            rows, other = lists[key]
            charts.bars(ax, rows, other=other, title=title, min_rows=slots,
                        note="incidents; may overlap" if key == "tactic" else "incidents")

    charts.timeline(weeks.add_subplot(), summary.daily, title="Incidents per week, by status",
                    period=summary.period)
    claims_panel(claims_band.add_subplot(), shown_claims, claims_total)
    charts.text_block(foot.add_subplot(), footer_text(summary), width=170,
                      size=8.5)
    return figure
