"""Trends: incidents and fatalities per week or month, with a mark where a change is more than chance.

::

    report = trend(store, by="month", admin1="Deir ez-Zor")
    print(report.table())

Counts are of **incidents** (linked reports count once, see :mod:`sitrep.analyze.incidents`), fatalities the sum
of the incidents' best ``killed`` figures. Periods run from the first to the last incident's period (or the
``start``/``end`` given), empty ones included; a period cut by ``start``/``end`` counts only its days in range.

**Tests** (documented, simple, no SciPy):

- *Between consecutive periods*: incident counts are taken as Poisson with rates per day; whether the rate changed
  is the exact conditional test (given n1 + n2 events, n2 is binomial with p = t2 / (t1 + t2) under equal rates,
  t being the days of each period); two-sided p-value by summing the probabilities of outcomes no likelier than the
  one seen ("minlike", as R's ``poisson.test``/``binom.test``); above :data:`EXACT_LIMIT` events, the normal
  approximation with continuity correction. A change is marked ``+`` or ``-`` when p < :data:`ALPHA` (0.05).
- *Over the whole series*: the score test for a log-linear trend in a Poisson rate (log mu_k = a + b k + log t_k):
  z = U / sqrt(V) with U = sum k (n_k - e_k), V = sum k^2 e_k - (sum k e_k)^2 / N, e_k = N t_k / T. It detects a
  slow, steady change ("slowly improving") that no single step shows.

Fatalities are tested the same way, but deaths come in clusters (one bombing kills twenty), which a Poisson model
does not allow for: their p-values overstate significance and are marked *indicative*.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from sitrep.analyze.incidents import Incident, incidents, unlinked_note
from sitrep.errors import ConfigError
from sitrep.geo import normalize_name
from sitrep.store import Store
from sitrep.taxonomy import ActorTable

ALPHA = 0.05
"""Significance level of the marks."""

EXACT_LIMIT = 10_000
"""Largest n1 + n2 for which the exact binomial test is summed; above it, the normal approximation."""

By = Literal["week", "month"]
FILTERS = ("country", "admin1", "actor", "event_type", "sub_event_type", "tactic", "status")


def poisson_rate_test(n1: int, n2: int, t1: float = 1.0, t2: float = 1.0) -> float:
    """Two-sided p-value that counts n1 over exposure t1 and n2 over t2 come from one Poisson rate (module
    docstring). 1.0 when both counts are 0."""
    if n1 < 0 or n2 < 0 or t1 <= 0 or t2 <= 0:
        raise ValueError("counts must be >= 0 and exposures > 0")
    n = n1 + n2
    if n == 0:
        return 1.0
    p = t2 / (t1 + t2)
    if n > EXACT_LIMIT:
        mean, sd = n * p, math.sqrt(n * p * (1 - p))
        z = max(0.0, abs(n2 - mean) - 0.5) / sd
        return min(1.0, math.erfc(z / math.sqrt(2)))
    log_p, log_q = math.log(p), math.log1p(-p)

    def log_pmf(k: int) -> float:
        return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * log_p + (n - k) * log_q

    observed = log_pmf(n2)
    total = sum(math.exp(value) for value in (log_pmf(k) for k in range(n + 1))
                if value <= observed + 1e-7)
    return min(1.0, total)


def poisson_trend_test(counts: Sequence[int], exposures: Sequence[float] | None = None) -> tuple[float, float]:
    """(z, two-sided p) of the score test for a log-linear trend across periods (module docstring). (0, 1) when
    there are fewer than two periods or no events."""
    exposures = list(exposures) if exposures is not None else [1.0] * len(counts)
    total, time = sum(counts), sum(exposures)
    if len(counts) < 2 or total == 0 or time <= 0:
        return 0.0, 1.0
    expected = [total * t / time for t in exposures]
    u = sum(k * (n - e) for k, (n, e) in enumerate(zip(counts, expected, strict=True)))
    v = sum(k * k * e for k, e in enumerate(expected)) - sum(k * e for k, e in enumerate(expected)) ** 2 / total
    if v <= 0:
        return 0.0, 1.0
    z = u / math.sqrt(v)
    return z, math.erfc(abs(z) / math.sqrt(2))


@dataclass
class TrendRow:
    """One period: its dates, incidents and fatalities, and the test against the period before."""

    period: str
    start: date
    end: date
    days: int
    incidents: int
    fatalities: int
    p_incidents: float | None = None
    p_fatalities: float | None = None
    mark: str = ""
    """'+' or '-' when the incident rate changed significantly from the period before."""
    fatalities_mark: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {"period": self.period, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "days": self.days, "incidents": self.incidents, "fatalities": self.fatalities,
                "p_incidents": _round(self.p_incidents), "p_fatalities": _round(self.p_fatalities),
                "mark": self.mark, "fatalities_mark": self.fatalities_mark}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class TrendReport:
    """Incidents and fatalities per period, step tests, and the series-wide trend test."""

    by: By
    filters: dict[str, Any]
    rows: list[TrendRow]
    trend_z: float = 0.0
    trend_p: float = 1.0
    fatalities_trend_z: float = 0.0
    fatalities_trend_p: float = 1.0
    notes: list[str] = field(default_factory=list)

    @property
    def direction(self) -> str:
        """'rising', 'falling' or 'no significant trend' (incidents, p < ALPHA)."""
        if self.trend_p >= ALPHA:
            return "no significant trend"
        return "rising" if self.trend_z > 0 else "falling"

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {"by": self.by, "filters": self.filters, "alpha": ALPHA, "rows": [r.to_dict() for r in self.rows],
                "trend": {"incidents": {"z": round(self.trend_z, 3), "p": _round(self.trend_p),
                                        "direction": self.direction},
                          "fatalities": {"z": round(self.fatalities_trend_z, 3), "p": _round(self.fatalities_trend_p),
                                         "indicative": True}},
                "notes": self.notes}

    def table(self) -> str:
        """Aligned text: one line per period, then the trend over the series."""
        header = ("period", "days", "incidents", "change", "p", "fatalities", "change", "p (indicative)")
        cells = []
        for row in self.rows:
            cells.append((row.period, str(row.days), str(row.incidents), row.mark,
                          "" if row.p_incidents is None else f"{row.p_incidents:.3f}", str(row.fatalities),
                          row.fatalities_mark, "" if row.p_fatalities is None else f"{row.p_fatalities:.3f}"))
        from sitrep.tables import align

        lines = align(header, cells)
        lines.append("")
        lines.append(f"Trend in incidents over the series: {self.direction} (z = {self.trend_z:.2f}, "
                     f"p = {self.trend_p:.3g}); fatalities z = {self.fatalities_trend_z:.2f}, "
                     f"p = {self.fatalities_trend_p:.3g} (indicative).")
        lines.append(f"+/- : the rate per day changed from the period before, exact Poisson test, p < {ALPHA}.")
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)


def trend(store: Store, by: str = "month", *, start: date | None = None, end: date | None = None,
          actors: ActorTable | None = None, include: Callable[[Incident], bool] | None = None,
          **filters: Any) -> TrendReport:
    """Incidents and fatalities per ``by`` ("week" or "month") with significance marks (module docstring).

    ``filters`` (any of :data:`FILTERS`) keep incidents whose field has that value: ``country`` (ISO code),
    ``admin1`` (name or ISO 3166-2 code), ``actor`` (perpetrator, alias-normalised, affiliates included),
    ``event_type``, ``sub_event_type``, ``tactic``, ``status``. ``include``, when given, keeps only the incidents
    it accepts as well (the CLI passes the shared event filters this way).
    """
    if by not in ("week", "month"):
        raise ConfigError(f"--by {by!r}: choose week or month")
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise ConfigError(f"unknown filter {', '.join(unknown)}; choose from {', '.join(FILTERS)}")
    given = {k: v for k, v in filters.items() if v is not None}
    actors = actors if actors is not None else ActorTable.load()
    keep = _filter(given, actors)
    found = [i for i in incidents(store, start=start, end=end, actors=actors)
             if i.date_start is not None and keep(i) and (include is None or include(i))]
    report = TrendReport(by=by, filters=given, rows=series(found, by, start=start, end=end))
    report.trend_z, report.trend_p = poisson_trend_test([r.incidents for r in report.rows],
                                                        [r.days for r in report.rows])
    report.fatalities_trend_z, report.fatalities_trend_p = poisson_trend_test(
        [r.fatalities for r in report.rows], [r.days for r in report.rows])
    if not found:
        report.notes.append("no incidents match; ingest reports and run: sitrep link")
    note = unlinked_note(store)
    if note:
        report.notes.append(note)
    return report


def series(found: Sequence[Incident], by: str, *, start: date | None = None,
           end: date | None = None) -> list[TrendRow]:
    """Rows for every period from the first to the last (or start/end), with the step tests filled in."""
    dated = [i for i in found if i.date_start is not None]
    if not dated and (start is None or end is None):
        return []
    first = start or min(i.date_start for i in dated if i.date_start is not None)
    last = end or max(i.date_start for i in dated if i.date_start is not None)
    rows: list[TrendRow] = []
    cursor = _period_start(first, by)
    while cursor <= last:
        following = _next_period(cursor, by)
        lo, hi = max(cursor, first), min(following - timedelta(days=1), last)
        inside = [i for i in dated if i.date_start is not None and lo <= i.date_start <= hi]
        rows.append(TrendRow(period=_label(cursor, by), start=lo, end=hi, days=(hi - lo).days + 1,
                             incidents=len(inside), fatalities=sum(i.best("killed") for i in inside)))
        cursor = following
    for before, row in itertools.pairwise(rows):
        row.p_incidents = poisson_rate_test(before.incidents, row.incidents, before.days, row.days)
        row.mark = _mark(row.p_incidents, before.incidents / before.days, row.incidents / row.days)
        row.p_fatalities = poisson_rate_test(before.fatalities, row.fatalities, before.days, row.days)
        row.fatalities_mark = _mark(row.p_fatalities, before.fatalities / before.days, row.fatalities / row.days)
    return rows


def _mark(p: float, before: float, after: float) -> str:
    if p >= ALPHA:
        return ""
    return "+" if after > before else "-"


def _period_start(day: date, by: str) -> date:
    return day.replace(day=1) if by == "month" else day - timedelta(days=day.weekday())


def _next_period(day: date, by: str) -> date:
    if by == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return day + timedelta(days=7)


def _label(day: date, by: str) -> str:
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _filter(given: dict[str, Any], actors: ActorTable) -> Callable[[Incident], bool]:
    tests: list[Callable[[Incident], bool]] = []
    if "country" in given:
        country = str(given["country"]).upper()
        tests.append(lambda i: i.place is not None and i.place.country == country)
    if "admin1" in given:
        wanted = str(given["admin1"])
        key = normalize_name(wanted)
        tests.append(lambda i: i.place is not None and i.place.admin1 is not None and (
            (i.place.admin1_code or "").upper() == wanted.upper() or normalize_name(i.place.admin1) == key))
    if "actor" in given:
        actor = actors.canonical(given["actor"]) or given["actor"]
        tests.append(lambda i: i.actor1 is not None and actors.same_side(actors.canonical(i.actor1) or i.actor1,
                                                                           actor))
    for name in ("event_type", "sub_event_type", "status"):
        if name in given:
            tests.append(lambda i, name=name: getattr(i, name) == given[name])
    if "tactic" in given:
        tests.append(lambda i: given["tactic"] in i.tactics)
    return lambda i: all(test(i) for test in tests)
