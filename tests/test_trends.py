"""Trends: incidents and fatalities per period, with documented tests marking changes beyond chance."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from sitrep.analyze import trends
from sitrep.analyze.linking import link_events
from sitrep.analyze.trends import EXACT_LIMIT, poisson_rate_test, poisson_trend_test, series, trend
from sitrep.errors import ConfigError
from sitrep.model import Count, Document, Event, Extraction, Place, Span
from sitrep.store import Store

DEIR = Place(name="Deir ez-Zor", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", geo_precision=3)
IDLIB = Place(name="Idlib", country="SY", admin1="Idlib", admin1_code="SY-ID", geo_precision=3)


def attack(n: int, day: date, *, where: Place = DEIR, killed: int = 1, actor: str = "Islamic State",
           outlet: str = "Levant Wire", village: str | None = None) -> Extraction:
    text = f"Attack {n} in {village or where.name} on {day.isoformat()} killed {killed}."
    document = Document.from_text(text, source=outlet, published=day)
    spot = where.model_copy(update={"name": village, "locality": village, "geo_precision": 1}) if village else where
    event = Event(id=f"t{n}-{outlet[:3]}", document_id=document.id, date_start=day, date_end=day, time_precision=1,
                  event_type="Battles", sub_event_type="Armed clash", tactics=["raid"], actor1=actor,
                  place=spot, places=[spot], killed=Count(low=killed, best=killed),
                  spans={"event": Span(start=0, end=len(text), text=text)})
    return Extraction(document=document, events=[event])


def test_the_exact_poisson_comparison_matches_the_binomial_test() -> None:
    # binom.test(2, 10, 0.5) in R: p = 0.1094
    assert poisson_rate_test(8, 2) == pytest.approx(0.109375)
    assert poisson_rate_test(2, 8) == pytest.approx(poisson_rate_test(8, 2))
    assert poisson_rate_test(0, 0) == 1.0
    assert poisson_rate_test(10, 10) == pytest.approx(1.0)
    assert poisson_rate_test(30, 10, 31, 30) < 0.01


def test_exposure_counts_a_longer_period_fairly() -> None:
    # 31 events in 31 days and 28 in 28 days are the same rate.
    assert poisson_rate_test(31, 28, 31, 28) == pytest.approx(1.0)


def test_large_counts_use_a_normal_approximation_close_to_the_exact_test(monkeypatch: pytest.MonkeyPatch) -> None:
    exact = poisson_rate_test(4900, 5050)
    assert EXACT_LIMIT > 4900 + 5050
    monkeypatch.setattr(trends, "EXACT_LIMIT", 0)
    approx = poisson_rate_test(4900, 5050)
    assert 0.1 < exact < 0.2
    assert approx == pytest.approx(exact, rel=0.02)


def test_a_slow_steady_decline_is_a_significant_trend_that_no_single_step_shows() -> None:
    counts = [30, 28, 27, 25, 24, 22, 21, 19, 18, 16, 15, 13]
    z, p = poisson_trend_test(counts)
    assert z < 0 and p < 0.05
    steps = [poisson_rate_test(a, b) for a, b in itertools.pairwise(counts)]
    assert min(steps) > 0.05
    assert poisson_trend_test([20] * 12) == (0.0, 1.0)


def test_series_fills_empty_periods_and_counts_partial_ones_by_their_days() -> None:
    rows = series([], "month", start=date(2020, 1, 15), end=date(2020, 3, 10))
    assert [(r.period, r.days, r.incidents) for r in rows] == [("2020-01", 17, 0), ("2020-02", 29, 0),
                                                                ("2020-03", 10, 0)]


def test_trend_counts_incidents_not_reports_and_marks_a_significant_drop() -> None:
    with Store(":memory:") as store:
        n = 0
        # July: 20 attacks, each told by two outlets; August: 3 attacks.
        for k in range(20):
            day = date(2020, 7, 1) + timedelta(days=k)
            for outlet in ("Levant Wire", "Jazira Herald"):
                store.save(attack(n, day, outlet=outlet, killed=2, village=f"Village{k}"))
            n += 1
        for k in range(3):
            store.save(attack(n, date(2020, 8, 5) + timedelta(days=k * 7), killed=1))
            n += 1
        store.save(attack(n, date(2020, 8, 9), where=IDLIB, actor="Hay'at Tahrir al-Sham"))
        link_events(store)
        report = trend(store, "month", admin1="Deir ez-Zor")
        assert [(r.period, r.incidents, r.fatalities) for r in report.rows] == [("2020-07", 20, 40),
                                                                                ("2020-08", 3, 3)]
        assert report.rows[1].mark == "-" and report.rows[1].p_incidents is not None
        assert report.rows[1].p_incidents < 0.05
        assert trend(store, "month", actor="HTS").rows[0].incidents == 1
        assert "Trend in incidents" in report.table()
        assert report.to_dict()["rows"][1]["mark"] == "-"


def test_unknown_periods_and_filters_are_refused() -> None:
    with Store(":memory:") as store:
        with pytest.raises(ConfigError, match="week or month"):
            trend(store, "year")
        with pytest.raises(ConfigError, match="unknown filter colour"):
            trend(store, "month", colour="red")
        empty = trend(store, "week")
        assert empty.rows == [] and "sitrep link" in empty.notes[0]


def test_events_not_yet_linked_are_pointed_out() -> None:
    with Store(":memory:") as store:
        store.save(attack(1, date(2020, 7, 1)))
        report = trend(store, "month")
        assert any("not linked yet" in note and "sitrep link" in note for note in report.notes)
        link_events(store)
        assert not trend(store, "month").notes
