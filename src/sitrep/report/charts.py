"""The panels every page is built from: headline numbers, bars, a choropleth map, a timeline, blocks of text.

Drawn with matplotlib's object API (``Figure``, never ``pyplot``): no global figure registry, nothing left open,
no GUI backend chosen behind our back — PNG goes through Agg, SVG and PDF through matplotlib's own writers.
Colours are the Okabe–Ito palette and viridis, both readable with the common colour-vision deficiencies; no panel
relies on colour alone (bars carry their numbers, statuses their names, checks a ✓ or ✗).

Labels never overlap: bars are horizontal with labels truncated to a fixed width, long breakdowns are cut to
their first rows plus one "other" bar, dates use matplotlib's concise formatter, and the map carries no labels
(the governorate bars name them).
"""

from __future__ import annotations

import contextvars
import math
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
from matplotlib import colormaps as mpl_colormaps
from matplotlib import dates as mdates
from matplotlib import font_manager, ft2font, patheffects
from matplotlib.axes import Axes
from matplotlib.collections import PatchCollection
from matplotlib.colors import BoundaryNorm, ListedColormap, Normalize
from matplotlib.figure import Figure, SubFigure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

from sitrep.report.boundaries import Layer, Unit

OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}
STATUS_COLOURS = {"confirmed": OKABE_ITO["green"], "reported": OKABE_ITO["blue"], "claimed": OKABE_ITO["vermillion"]}
STATUS_LABELS = {"confirmed": "confirmed", "reported": "reported by a third party",
                 "claimed": "claimed by the perpetrator only"}
BAR = OKABE_ITO["blue"]
OTHER = "#9A9A9A"
INK = "#222222"
MUTED = "#5A5A5A"
EMPTY_FILL = "#E9E9E9"
CMAP = ListedColormap(mpl_colormaps["viridis"](np.linspace(0.78, 0.0, 256)), name="sitrep_counts")
"""Sequential map colours, light green for few incidents to dark purple for many: viridis without its palest
yellow, which nearly vanishes beside the grey of units without events."""
MIN_ROWS = 2
"""Bar panels reserve room for at least this many bars."""
LABEL_WIDTH = 24
"""Characters per line of a bar label; a longer label wraps onto a second line (and only a third is cut)."""
LABEL_LINES = 2

_SCALE: contextvars.ContextVar[float] = contextvars.ContextVar("font_scale", default=1.0)


@contextmanager
def font_scale(factor: float) -> Iterator[None]:
    """Scale every font size the panels use by ``factor`` while drawing one page (a paper page is narrower than
    the 12-inch screen page the sizes were chosen for)."""
    token = _SCALE.set(factor)
    try:
        yield
    finally:
        _SCALE.reset(token)


def pt(size: float) -> float:
    """A font size in points at the current page's scale."""
    return size * _SCALE.get()


# --------------------------------------------------------------------------------------------------- text


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    return frozenset(ft2font.FT2Font(path).get_charmap())


def safe_text(text: object, limit: int | None = None) -> str:
    """``text`` as matplotlib can draw it: characters the font lacks become "?", "$" does not start mathtext,
    and at most ``limit`` characters (the last one an ellipsis).

    A missing glyph would otherwise draw as an empty box and raise a warning for every label.
    """
    value = "" if text is None else str(text)
    glyphs = _glyphs()
    value = "".join(c if ord(c) in glyphs or c in "\n\t" else "?" for c in value)
    if limit is not None and len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value.replace("$", r"\$")


def label_text(text: object, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """A bar label as drawn: wrapped at word or "/" boundaries onto at most ``lines`` lines of ``width``
    characters, so "Remote explosive/landmine/IED" reads whole instead of "Remote explosive/landmine/I…"."""
    value = "" if text is None else " ".join(str(text).split())
    if len(value) <= width:
        return safe_text(value)
    # "/" is a boundary too: ACLED's sub-event types join alternatives with it.
    parts = textwrap.wrap(value.replace("/", "/ "), width, break_long_words=False, break_on_hyphens=True)
    parts = [part.replace("/ ", "/") for part in parts]
    if len(parts) > lines:
        parts = [*parts[: lines - 1], " ".join(parts[lines - 1:])]
    return "\n".join(safe_text(part, width + 4) for part in parts)


def wrap(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` characters, paragraphs (blank-line separated) kept apart."""
    return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))


def number(value: int | float | None) -> str:
    """A count with thousands separators ("1,234"); "–" for None."""
    if value is None:
        return "–"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def cut_words(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut after a whole word (or phrase, at a comma) and ended with
    "…" when it had to be cut: a quoted span never stops mid-word."""
    value = " ".join(str(text).split())
    if len(value) <= limit:
        return value
    room = value[: limit - 1]
    phrase = max(room.rfind(mark) for mark in (", ", "; ", " — ", ": "))
    if phrase >= limit * 0.6:
        return room[:phrase].rstrip(" ,;:—") + " …"
    space = room.rfind(" ")
    return (room[:space] if space > 0 else room).rstrip(" ,;:—") + " …"


def plural(count: int, word: str, many: str | None = None) -> str:
    """"1 document", "2,873 documents"."""
    return f"{number(count)} {word if count == 1 else (many or word + 's')}"


def span_text(low: int, best: int, high: int) -> str:
    """"best" alone, or "best (low–high)" when the range says more."""
    if low == best == high:
        return number(best)
    return f"{number(best)} ({number(low)}–{number(high)})"


def format_period(start: date | None, end: date | None) -> str:
    """"1–7 Mar 2024", "1 Jan – 31 Dec 2024", "28 Dec 2023 – 3 Jan 2024", "5 Oct 2024"; "undated" without dates."""
    if start is None and end is None:
        return "undated"
    if start is None or end is None:
        one = start or end
        assert one is not None
        return f"{'from' if start else 'until'} {one.day} {one:%b %Y}"
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    head = f"{start.day} {start:%b}" if start.year == end.year else f"{start.day} {start:%b %Y}"
    return f"{head} – {end.day} {end:%b %Y}"


# --------------------------------------------------------------------------------------------------- panels


def blank(ax: Axes) -> Axes:
    """An axes used as a text box: no frame, no ticks."""
    ax.set_axis_off()
    return ax


def panel_title(ax: Axes, title: str, note: str | None = None, *, note_below: bool = False) -> None:
    """A left-aligned bold title, with an optional grey note after it (or under it, for narrow panels such as a
    map, where a note on the right would run into the title)."""
    if note and note_below:
        ax.set_title(safe_text(title), loc="left", fontsize=pt(12), fontweight="bold", color=INK, pad=pt(20))
        ax.text(0, 1.01, safe_text(note), transform=ax.transAxes, fontsize=pt(8.5), color=MUTED, va="bottom")
        return
    ax.set_title(safe_text(title), loc="left", fontsize=pt(12), fontweight="bold", color=INK, pad=pt(8))
    if note:
        ax.set_title(safe_text(note), loc="right", fontsize=pt(8.5), color=MUTED, pad=pt(9))


def headline(ax: Axes, value: str, label: str, sub: str | None = None, *, colour: str = INK) -> None:
    """One headline number: big value, label under it, optional small line under that."""
    blank(ax)
    ax.add_patch(Rectangle((0.02, 0.02), 0.96, 0.96, transform=ax.transAxes, facecolor="#F4F4F4",
                           edgecolor="none"))
    ax.text(0.5, 0.68, safe_text(value), ha="center", va="center", fontsize=pt(22), fontweight="bold", color=colour,
            transform=ax.transAxes)
    ax.text(0.5, 0.34, safe_text(label), ha="center", va="center", fontsize=pt(10), color=INK,
            transform=ax.transAxes)
    if sub:
        ax.text(0.5, 0.13, safe_text(sub), ha="center", va="center", fontsize=pt(8.5), color=MUTED,
                transform=ax.transAxes)


def bars(ax: Axes, rows: Sequence[tuple[str, int]], *, title: str, note: str | None = None,
         other: tuple[str, int] | None = None, colour: str = BAR, empty: str = "No events",
         min_rows: int = MIN_ROWS) -> None:
    """Horizontal bars, largest first, each with its value; ``other`` is drawn last in grey. The panel keeps room
    for ``min_rows`` bars (panels side by side pass the larger count, so their bars share one thickness); the
    axis line stops at the last bar, so a short list does not trail an empty frame."""
    panel_title(ax, title, note)
    items = list(rows) + ([other] if other else [])
    if not items:
        _empty(ax, empty)
        return
    labels = [label_text(label) for label, _ in items]
    values = [value for _, value in items]
    colours = [colour] * len(rows) + ([OTHER] if other else [])
    y = np.arange(len(items))
    ax.barh(y, values, color=colours, height=0.68)
    ax.set_yticks(y, labels, fontsize=pt(9.5), linespacing=0.95)
    ax.set_ylim(max(len(items), min_rows) - 0.5, -0.5)
    top = max(values) or 1
    ax.set_xlim(0, top * 1.22)
    for i, value in enumerate(values):
        ax.text(value + top * 0.015, i, number(value), va="center", ha="left", fontsize=pt(9), color=INK)
    _bar_style(ax)
    ax.spines["left"].set_bounds(len(items) - 0.5, -0.5)


def grouped_bars(ax: Axes, categories: Sequence[str], series: dict[str, Sequence[int | None]], *,
                 title: str, note: str | None = None, min_rows: int = MIN_ROWS) -> None:
    """Horizontal bars grouped by category, one colour per series (with a legend when more than one)."""
    panel_title(ax, title, note)
    if not categories:
        _empty(ax, "No figures")
        return
    palette = [BAR, OKABE_ITO["orange"], OKABE_ITO["green"], OKABE_ITO["purple"], OKABE_ITO["sky"]]
    names = list(series)[: len(palette)]
    height = 0.8 / len(names)
    top = max((v or 0 for name in names for v in series[name]), default=0) or 1
    for index, name in enumerate(names):
        offsets = np.arange(len(categories)) + (index - (len(names) - 1) / 2) * height
        values = [v or 0 for v in series[name]]
        ax.barh(offsets, values, height=height * 0.92, color=palette[index], label=safe_text(name, 40))
        for y, value in zip(offsets, series[name], strict=True):
            if value is not None:
                ax.text(value + top * 0.015, y, number(value), va="center", fontsize=pt(8.5), color=INK)
    ax.set_yticks(np.arange(len(categories)), [label_text(c) for c in categories], fontsize=pt(9.5),
                  linespacing=0.95)
    ax.set_ylim(max(len(categories), min_rows) - 0.5, -0.5)
    ax.set_xlim(0, top * 1.25)
    if len(names) > 1:
        ax.legend(loc="lower right", fontsize=pt(8), frameon=False)
    _bar_style(ax)
    ax.spines["left"].set_bounds(len(categories) - 0.5, -0.5)


def _bar_style(ax: Axes) -> None:
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#BBBBBB")
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.tick_params(axis="y", length=0, colors=INK)


def _empty(ax: Axes, message: str) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, safe_text(message), ha="center", va="center", color=MUTED, fontsize=pt(10),
            transform=ax.transAxes)


def count_norm(top: int) -> tuple[Normalize, list[int]]:
    """The colour scale of a map of counts up to ``top`` and its colour-bar ticks: one colour per count up to 10
    (ticks on whole numbers, "1" its own colour when every area has one), a continuous scale from 1 beyond."""
    top = max(int(top), 1)
    if top <= 10:
        bounds = np.arange(0.5, top + 1.5)
        step = 1 if top <= 6 else 2
        return BoundaryNorm(bounds, CMAP.N), list(range(1, top + 1, step))
    ticks = [int(t) for t in MaxNLocator(nbins=5, integer=True, min_n_ticks=3).tick_values(1, top) if 1 <= t <= top]
    return Normalize(vmin=1, vmax=top), sorted({1, *ticks})


def colour_bar(figure: Figure | SubFigure, collection: PatchCollection, axes: Sequence[Axes], ticks: list[int],
               legend: str) -> None:
    """One colour bar for ``axes``, on their right, ticks on whole counts."""
    # One count (every area has one incident) needs one swatch, not a long bar of a single colour.
    bar = figure.colorbar(collection, ax=list(axes), orientation="vertical", fraction=0.04, pad=0.02,
                          aspect=8 if len(ticks) == 1 else 20, shrink=0.3 if len(ticks) == 1 else 0.7)
    bar.set_label(safe_text(legend), fontsize=pt(8.5))
    bar.locator = FixedLocator(ticks)
    bar.formatter = FuncFormatter(lambda value, _pos: number(round(value)))
    bar.update_ticks()
    bar.ax.minorticks_off()
    bar.ax.tick_params(labelsize=pt(8))
    bar.outline.set_visible(False)


def draw_units(ax: Axes, layers: Sequence[Layer], counts: dict[Unit, int], norm: Normalize) -> PatchCollection | None:
    """Fill ``layers``' units on ``ax``: grey where no count, by ``norm`` where there is one; the filled units'
    collection (None when none is filled)."""
    units = [u for layer in layers for u in layer.units]
    empty_units = [u for u in units if not counts.get(u)]
    filled = [u for u in units if counts.get(u)]
    if empty_units:
        ax.add_collection(PatchCollection([PathPatch(u.path) for u in empty_units], facecolor=EMPTY_FILL,
                                          edgecolor="white", linewidth=0.6))
    if not filled:
        return None
    collection = PatchCollection([PathPatch(u.path) for u in filled], cmap=CMAP, norm=norm, edgecolor="white",
                                 linewidth=0.6)
    collection.set_array(np.array([counts[u] for u in filled], dtype=float))
    ax.add_collection(collection)
    return collection


def draw_points(ax: Axes, points: Sequence[tuple[float, float, int]], largest: int) -> None:
    """Circles sized by count (the same scale on every panel: ``largest`` is the page's largest count)."""
    if not points:
        return
    xy = np.array([(x, y) for x, y, _ in points], dtype=float)
    n = np.array([c for _, _, c in points], dtype=float)
    sizes = 6 + 50 * np.sqrt(n / max(largest, 1))
    ax.scatter(xy[:, 0], xy[:, 1], s=sizes * _SCALE.get(), facecolor="white", edgecolor=INK, linewidth=0.6,
               alpha=0.85, zorder=3)


def frame_map(ax: Axes, layers: Sequence[Layer], filled: Sequence[Unit],
              points: Sequence[tuple[float, float, int]]) -> None:
    """Limits and aspect of a map panel: the layers (or, for a country spanning the globe, its filled units)."""
    west, south, east, north = _extent(layers, filled, points)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    # Equirectangular with the aspect of the mid-latitude: shapes look right at the scale of a country.
    ax.set_aspect(1 / max(math.cos(math.radians((south + north) / 2)), 0.2))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#CCCCCC")


def country_label(ax: Axes, layer: Layer, name: str) -> None:
    """The country's name over its units, in capitals with a white halo so that it reads over any fill."""
    box = layer.bbox
    if box is None:
        return
    # The largest unit's centre sits inside the country far more often than the bounding box's centre does.
    biggest = max(layer.units, key=lambda u: (u.bbox[2] - u.bbox[0]) * (u.bbox[3] - u.bbox[1]))
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    if not any(u.path.contains_point((x, y)) for u in layer.units):
        x, y = (biggest.bbox[0] + biggest.bbox[2]) / 2, (biggest.bbox[1] + biggest.bbox[3]) / 2
    ax.text(x, y, safe_text(name.upper()), ha="center", va="center", fontsize=pt(8), fontweight="bold",
            color="#444444", zorder=5, gid="country-label",
            path_effects=[patheffects.withStroke(linewidth=2.2, foreground="white")])


def choropleth(ax: Axes, layers: Sequence[Layer], counts: dict[Unit, int], *,
               points: Sequence[tuple[float, float, int]] = (), title: str, note: str | None = None,
               legend: str = "incidents", attribution: Sequence[str] = (), empty: str = "No mapped events",
               names: dict[Layer, str] | None = None) -> None:
    """Shade each unit of ``layers`` by its count (grey where none), draw ``points`` as circles sized by their
    count, name the countries in ``names``, and write ``attribution`` under the map (never over an area)."""
    panel_title(ax, title, note, note_below=True)
    units = [u for layer in layers for u in layer.units]
    if not units:
        ax.set_xticks([])
        ax.set_yticks([])
        _empty(ax, empty)
        return
    filled = [u for u in units if counts.get(u)]
    norm, ticks = count_norm(max((counts[u] for u in filled), default=1))
    collection = draw_units(ax, layers, counts, norm)
    if collection is not None:
        colour_bar(ax.figure, collection, [ax], ticks, legend)
    draw_points(ax, points, max((c for _, _, c in points), default=1))
    frame_map(ax, layers, filled, points)
    for layer, name in (names or {}).items():
        country_label(ax, layer, name)
    map_notes(ax, list(attribution), bool(points))


def map_notes(ax: Axes, attribution: list[str], points: bool) -> None:
    """The map's key and attribution, under the frame (outside it: a note on the map hides areas)."""
    lines = (["○ events at or near a locality (size: incidents)"] if points else []) + attribution
    if lines:
        ax.annotate(safe_text("\n".join(lines)), xy=(0, 0), xycoords="axes fraction", xytext=(0, -3),
                    textcoords="offset points", fontsize=pt(7), color=MUTED, va="top", ha="left",
                    annotation_clip=False)


def _extent(layers: Sequence[Layer], filled: Sequence[Unit],
            points: Sequence[tuple[float, float, int]]) -> tuple[float, float, float, float]:
    boxes = []
    for layer in layers:
        box = layer.bbox
        # A country that spans the globe (Russia, the US, Fiji across the antimeridian) would shrink its events to
        # a dot: frame only the units with events there.
        if box is not None and box[2] - box[0] < 60:
            boxes.append(box)
    boxes += [u.bbox for u in filled if u.bbox[2] - u.bbox[0] < 60]
    boxes += [(x, y, x, y) for x, y, _ in points]
    if not boxes:
        boxes = [u.bbox for layer in layers for u in layer.units]
    array = np.array(boxes, dtype=float)
    west, south = array[:, 0].min(), array[:, 1].min()
    east, north = array[:, 2].max(), array[:, 3].max()
    pad_x = max((east - west) * 0.04, 0.3)
    pad_y = max((north - south) * 0.04, 0.3)
    return (float(west - pad_x), float(max(south - pad_y, -90)), float(east + pad_x), float(min(north + pad_y, 90)))


def timeline(ax: Axes, series: Sequence[tuple[date, str, int]], *, title: str, note: str | None = None,
             period: tuple[date | None, date | None] = (None, None)) -> None:
    """Incidents per week (7-day bins counted from the period's first day) stacked by status, per month when the
    period is longer than three years. ``series`` is (day, status, incidents); the axis spans ``period`` exactly
    where it is given, so the chart starts on the day the title starts."""
    if not series:
        panel_title(ax, title, note)
        _empty(ax, "No dated events")
        return
    first = period[0] or min(day for day, _, _ in series)
    last = period[1] or max(day for day, _, _ in series)
    first, last = min(first, last), max(first, last)
    monthly = (last - first).days > 3 * 365
    buckets: dict[tuple[date, str], int] = {}
    for day, status, n in series:
        if day < first or day > last:
            continue
        key = (day.replace(day=1) if monthly else first + timedelta(days=7 * ((day - first).days // 7)), status)
        buckets[key] = buckets.get(key, 0) + n
    periods = sorted({k[0] for k in buckets})
    width = 26 if monthly else 6
    bottom = np.zeros(len(periods))
    positions = [p + timedelta(days=width / 2) for p in periods]
    for status in ("confirmed", "reported", "claimed"):
        values = np.array([buckets.get((p, status), 0) for p in periods], dtype=float)
        if values.any():
            ax.bar(positions, values, width=width, bottom=bottom, color=STATUS_COLOURS[status],
                   label=STATUS_LABELS[status], linewidth=0)
            bottom += values
    panel_title(ax, title.replace("week", "month") if monthly else title, note)
    # The axis is the period: from its first day to the end of its last (a short period keeps a few weeks).
    end = last + timedelta(days=1)
    if (end - first).days < 28:
        end = first + timedelta(days=28)
    ax.set_xlim(first, end)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(0, (float(bottom.max()) if len(bottom) else 0) * 1.25 or 1)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=pt(9))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", fontsize=pt(8.5), frameon=False, ncol=3, bbox_to_anchor=(0, 1.02))


def text_block(ax: Axes, text: str, *, width: int = 150, size: float = 9, colour: str = MUTED,
               top: float = 1.0) -> None:
    """Wrapped paragraphs, top-left aligned in ``ax``."""
    blank(ax)
    ax.text(0, top, safe_text(wrap(text, width)), ha="left", va="top", fontsize=pt(size), color=colour,
            transform=ax.transAxes, linespacing=1.45)


def new_figure(width: float, height: float) -> Figure:
    """A figure with the house style; constrained layout keeps labels, titles and colour bars from overlapping."""
    figure = Figure(figsize=(width, height), layout="constrained", facecolor="white")
    figure.get_layout_engine().set(h_pad=0.08, w_pad=0.12, hspace=0.04, wspace=0.06)  # type: ignore[union-attr]
    return figure
