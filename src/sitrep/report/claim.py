"""The claim infographic: one aggregate claim laid out as the group's own infographic would, and labelled as a claim.

The page never states a claimed figure as a fact. A band across the top says who claims it and that it is not
independently verified; every panel title says "claimed"; the checks panel shows each internal-consistency check
with ✓ or ✗ and its arithmetic, and the footer says what the checks do not prove.

Figures are sorted into panels by the facets they carry (see :func:`panels`): totals (no facet), by tactic, by
target, by region and governorate (a governorate under its region), materiel, and "other stated figures" for any
figure that combines facets. Bars use the measure's name; the phrase as written is kept for totals and materiel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from sitrep.model import Claim, Document
from sitrep.model import Figure as ClaimFigure
from sitrep.report import boundaries, charts
from sitrep.report.filters import country_name

DIMENSIONS = ("tactic", "target", "region", "admin1", "item", "country")
MATERIEL_WORDS = ("destroyed", "damaged", "seized", "vehicle", "equipment", "weapon", "materiel")
STATUS_BANNER = {
    "claimed": ("CLAIMED BY {who} — NOT INDEPENDENTLY VERIFIED", charts.STATUS_COLOURS["claimed"]),
    "reported": ("REPORTED BY {who} — NOT INDEPENDENTLY VERIFIED", charts.STATUS_COLOURS["reported"]),
    "confirmed": ("CONFIRMED BY INDEPENDENT SOURCES (AS STATED BY {who})", charts.STATUS_COLOURS["confirmed"]),
}
CHECK_MARK = {True: "✓", False: "✗", None: "?"}
CHECK_WORD = {True: "holds", False: "fails", None: "undecided"}
TACTIC_NAMES = {"ied": "IED", "vbied": "car bomb (VBIED)", "suicide": "suicide attack", "raid": "raid",
                "sabotage": "sabotage", "assassination": "assassination", "airstrike": "air strike"}


def banner_text(claim: Claim) -> str:
    """The line across the top of a claim page (and of a claim in the HTML report)."""
    template, _colour = STATUS_BANNER.get(claim.status, STATUS_BANNER["claimed"])
    return template.format(who=(claim.claimant or "an unidentified source").upper())


def measure_name(measure: str) -> str:
    """"killed_or_wounded" → "Killed or wounded"."""
    return measure.replace("_", " ").capitalize()


def tactic_name(key: str) -> str:
    """"ied+landmine" → "IED + landmine"."""
    return " + ".join(TACTIC_NAMES.get(part, part.replace("_", " ")) for part in key.split("+"))


def format_claim_date(value: str | None) -> str:
    """"2021-08-01" → "1 Aug 2021"; "--07-30" → "30 Jul"; None → "?"."""
    if not value:
        return "?"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    year, month, day = value[:4], value[-5:-3], value[-2:]
    text = f"{int(day)} {months[int(month) - 1]}"
    return text if year.startswith("-") else f"{text} {year}"


def claim_period(claim: Claim) -> str:
    """The claim's period in words, with the stated length and a note when the year is not stated."""
    start, end = claim.period_start or "", claim.period_end or ""
    if len(start) == len(end) == 10 and not start.startswith("-") and not end.startswith("-"):
        text = charts.format_period(date.fromisoformat(start), date.fromisoformat(end))
    else:
        text = f"{format_claim_date(claim.period_start)} – {format_claim_date(claim.period_end)}"
    if (claim.period_start or "").startswith("--") or (claim.period_end or "").startswith("--"):
        text += " (year not stated)"
    if claim.period_days_stated:
        text += f", stated as {claim.period_days_stated} days"
    return text


def _dims(figure: ClaimFigure) -> frozenset[str]:
    return frozenset(k for k in figure.facets() if k in DIMENSIONS)


def _is_materiel(figure: ClaimFigure) -> bool:
    return figure.item is not None or any(word in figure.measure for word in MATERIEL_WORDS)


@dataclass
class Panels:
    """A claim's figures sorted by what they break down."""

    totals: list[ClaimFigure]
    tactic: list[ClaimFigure]
    target: list[ClaimFigure]
    geography: list[ClaimFigure]
    materiel: list[ClaimFigure]
    other: list[ClaimFigure]


def panels(claim: Claim) -> Panels:
    """Sort the claim's figures into the page's panels (every figure lands in exactly one)."""
    out = Panels([], [], [], [], [], [])
    for figure in claim.figures:
        dims = _dims(figure)
        if _is_materiel(figure):
            out.materiel.append(figure)
        elif not dims:
            out.totals.append(figure)
        elif dims == {"tactic"}:
            out.tactic.append(figure)
        elif dims == {"target"}:
            out.target.append(figure)
        elif dims <= {"region", "admin1"}:
            out.geography.append(figure)
        else:
            out.other.append(figure)
    return out


def _series(figures: Sequence[ClaimFigure], key: str) -> tuple[list[str], dict[str, list[int | None]]]:
    """Categories (first-seen order) and, per measure, the value for each category."""
    categories: list[str] = []
    values: dict[str, dict[str, int]] = {}
    for figure in figures:
        raw = getattr(figure, key) or "?"
        category = tactic_name(raw) if key == "tactic" else raw
        if category not in categories:
            categories.append(category)
        values.setdefault(measure_name(figure.measure), {})[category] = figure.value
    return categories, {m: [v.get(c) for c in categories] for m, v in values.items()}


def geography_rows(figures: Sequence[ClaimFigure]) -> list[tuple[str, int, bool]]:
    """(label, value, is_region) rows: each region, then the governorates inside it, then the rest."""
    rows: list[tuple[str, int, bool]] = []
    regions = [f for f in figures if f.admin1 is None]
    placed: set[int] = set()
    for region in regions:
        rows.append((f"{region.region} (region)", region.value, True))
        for index, figure in enumerate(figures):
            if figure.admin1 and figure.region == region.region and figure.measure == region.measure:
                rows.append((f"   {figure.admin1}", figure.value, False))
                placed.add(index)
    for index, figure in enumerate(figures):
        if figure.admin1 and index not in placed:
            rows.append((figure.admin1, figure.value, False))
    return rows


def _describe(figure: ClaimFigure) -> str:
    facets = ", ".join(f"{k} {tactic_name(v) if k == 'tactic' else v}" for k, v in figure.facets().items()
                       if k in DIMENSIONS)
    return f"{figure.value:,} {measure_name(figure.measure).lower()}" + (f" ({facets})" if facets else "")


def claim_figure(claim: Claim, document: Document | None = None) -> Figure:
    """The claim's page as one matplotlib figure, 12 in wide, as tall as its panels need."""
    sorted_figures = panels(claim)
    panel_list = _panel_list(claim, sorted_figures)
    rows = [panel_list[i:i + 2] for i in range(0, len(panel_list), 2)]
    check_lines = max(len(claim.checks), 1)
    # Each band is as tall as its fuller panel needs: a claim of six tactics is not drawn like one of two.
    bands_rows = [max(lines for lines, _draw in pair) for pair in rows]
    heights = [0.55, 1.0, 1.25] + [0.9 + 0.36 * n for n in bands_rows] + [0.55 + 0.42 * check_lines, 1.0]
    figure = charts.new_figure(12, sum(heights))
    bands = figure.subfigures(len(heights), 1, height_ratios=heights)

    _template, colour = STATUS_BANNER.get(claim.status, STATUS_BANNER["claimed"])
    band = charts.blank(bands[0].add_subplot())
    band.add_patch(Rectangle((0, 0.05), 1, 0.9, transform=band.transAxes, facecolor=colour, edgecolor="none"))
    band.text(0.5, 0.5, charts.safe_text(banner_text(claim)), ha="center", va="center", fontsize=15,
              fontweight="bold", color="white", transform=band.transAxes)

    head = charts.blank(bands[1].add_subplot())
    who = claim.actor or claim.claimant or "Unidentified group"
    area = country_name(claim.country) if claim.country else None
    head.text(0, 0.95, charts.safe_text(f"{who}: claimed figures{', ' + area if area else ''}"), fontsize=19,
              fontweight="bold", color=charts.INK, va="top", transform=head.transAxes)
    head.text(0, 0.08, charts.safe_text(_subtitle(claim, document)), fontsize=10.5, color=charts.MUTED,
              va="bottom", transform=head.transAxes)

    totals = sorted_figures.totals[:6]
    if totals:
        for ax, total in zip(bands[2].subplots(1, len(totals), squeeze=False)[0], totals, strict=True):
            # The label names the measure once and whole ("killed" / "wounded" / "killed or wounded"); the
            # phrase as written goes under it in quotes, cut at a word: "27 killed claimed — and wounded" beside a
            # "19 wounded" card read as 27 killed and wounded.
            label = measure_name(total.measure).lower() + " (claimed)"
            written = f"as written: “{charts.cut_words(total.label, 40)}”" if total.label else None
            other = {"killed": "wound", "wounded": "kill"}.get(total.measure)
            if other and total.label and other in total.label.lower():
                written = None  # a phrase naming the other measure ("and wounded" under killed) misleads
            charts.headline(ax, charts.number(total.value), label, written, colour=colour)
    else:
        charts.text_block(bands[2].add_subplot(), "No totals stated.", size=11)

    for band_figure, pair, band_rows in zip(bands[3:3 + len(rows)], rows, bands_rows, strict=True):
        axes = band_figure.subplots(1, 2)
        for ax, panel in zip(axes, [*pair, None], strict=False):
            if panel is None:
                charts.blank(ax)
            else:
                panel[1](ax, band_rows)  # bars beside each other share one thickness

    checks_ax = charts.blank(bands[-2].add_subplot())
    charts.panel_title(checks_ax, "Checks of the claim against itself", "✓ holds   ✗ fails   ? undecided")
    if not claim.checks:
        checks_ax.text(0, 0.8, "No check applies: the claim states no breakdown and no period length.",
                       fontsize=10, color=charts.MUTED, transform=checks_ax.transAxes, va="top")
    for index, check in enumerate(claim.checks):
        y = 1 - (index + 0.5) / check_lines
        mark_colour = {True: charts.OKABE_ITO["green"], False: charts.OKABE_ITO["vermillion"],
                       None: charts.MUTED}[check.ok]
        checks_ax.text(0, y, CHECK_MARK[check.ok], fontsize=15, fontweight="bold", color=mark_colour, va="center",
                       transform=checks_ax.transAxes)
        line = f"{check.facet or check.kind} {CHECK_WORD[check.ok]}: {check.detail}"
        checks_ax.text(0.03, y, charts.safe_text(line, 150), fontsize=9.5, color=charts.INK, va="center",
                       transform=checks_ax.transAxes)
    charts.text_block(bands[-1].add_subplot(), _footer(claim, document), width=170, size=8.5)
    return figure


def _subtitle(claim: Claim, document: Document | None) -> str:
    parts = [f"Period: {claim_period(claim)}"]
    if claim.medium:
        parts.append(f"published in {claim.medium}")
    if document is not None and document.source:
        relayed = f"relayed by {document.source}"
        if document.published:
            relayed += f" on {document.published.isoformat()}"
        parts.append(relayed)
    return "; ".join(parts) + "."


def _footer(claim: Claim, document: Document | None) -> str:
    title = f' "{document.title}"' if document is not None and document.title else ""
    return (
        f"These are the claimant's own figures as extracted by sitrep from document {claim.document_id}{title} "
        f"(claim {claim.id}); they are not independently verified. The checks test only whether the claim agrees "
        "with itself (parts adding up to totals, the period matching its stated length), not whether it is true. "
        "Hold it against independently reported events with: sitrep report --actor "
        f"'{claim.actor or claim.claimant or '…'}'"
        + (f" --country {claim.country}" if claim.country else "") + " -o check.png"
    )


Panel = tuple[int, Callable[[Axes, int], object]]
"""(rows of height it needs, how to draw it on an axes given the rows of height its band has)."""


def _panel_list(claim: Claim, p: Panels) -> list[Panel]:
    out: list[Panel] = []
    for key, figures in (("tactic", p.tactic), ("target", p.target)):
        if figures:
            categories, series = _series(figures, key)
            rows = max(len(categories) * max(len(series), 1), 2)
            out.append((rows, lambda ax, n, c=categories, s=series, k=key: charts.grouped_bars(
                ax, c, s, title=f"{' and '.join(s)} claimed, by {k}", note="as stated", min_rows=n)))
    if p.geography:
        rows = max(len(geography_rows(p.geography)), 2)
        out.append((rows, lambda ax, n: _geography(ax, p.geography, n)))
        layer, counts = _claim_map(claim, p.geography)
        if counts:
            measure = measure_name(p.geography[0].measure)
            word = boundaries.admin1_word(layer.units[0].country if layer.units else None)
            out.append((6, lambda ax, _n, layer=layer, counts=counts, measure=measure, word=word: charts.choropleth(
                ax, [layer], counts, title=f"{measure} claimed, by {word}", legend=f"{measure.lower()} claimed",
                attribution=[boundaries.ATTRIBUTION[s] for s in sorted({u.source for u in layer.units})])))
    if p.materiel:
        items = [(f"{f.item or measure_name(f.measure)}", f.value) for f in p.materiel]
        rows = max(len(items), 2)
        out.append((rows, lambda ax, n, items=items: charts.bars(
            ax, items, title="Materiel claimed destroyed or seized", note="as stated",
            colour=charts.OKABE_ITO["orange"], min_rows=n)))
    if p.other:
        lines = [f"• {_describe(f)}" for f in p.other[:14]]
        listing = "\n".join(lines)
        out.append((max(len(lines), 2), lambda ax, _n, text=listing: (
            charts.text_block(ax, text, width=70, size=9.5, colour=charts.INK, top=0.95),
            charts.panel_title(ax, "Other figures claimed"))))
    return out


def _geography(ax: Axes, figures: Sequence[ClaimFigure], min_rows: int) -> None:
    rows = geography_rows(figures)
    measure = measure_name(figures[0].measure)
    charts.bars(ax, [(label, value) for label, value, _ in rows], title=f"{measure} claimed, by area",
                note="as stated", min_rows=min_rows)
    # Region rows are totals of the governorate rows under them: grey, so the eye does not add them twice.
    for patch, (_label, _value, is_region) in zip(ax.patches, rows, strict=False):
        if is_region:
            patch.set_facecolor(charts.OTHER)


def _claim_map(claim: Claim, figures: Sequence[ClaimFigure]) -> tuple[boundaries.Layer, dict[boundaries.Unit, int]]:
    country = claim.country or next((p.country for p in claim.places if p.country), None)
    if not country:
        return boundaries.admin1("--"), {}
    layer = boundaries.admin1(country)
    counts: dict[boundaries.Unit, int] = {}
    measure = figures[0].measure
    for figure in figures:
        if figure.admin1 and figure.measure == measure:
            unit = layer.match(figure.admin1_code, figure.admin1)
            if unit is not None:
                counts[unit] = counts.get(unit, 0) + figure.value
    return layer, counts
