"""The parts of a report: filters, the boundary join, labels and periods, the claim page's panels, the bulk write
path and the synthetic generator the benchmark uses."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from sitrep.errors import ConfigError
from sitrep.report import boundaries, charts
from sitrep.report.claim import banner_text, claim_period, panels
from sitrep.report.filters import EventFilter, country_name
from sitrep.report.period import map_layers
from sitrep.report.queries import period_summary
from sitrep.store import Store
from sitrep.store.bulk import save_batch
from test_report_data import build_store, extractions

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------------------------------- filters


def test_filter_normalises_country_dates_and_status() -> None:
    f = EventFilter(country="Syria", since="2024-03-01", until="2024-03-07", status="Claimed")
    assert (f.country, f.since, f.until, f.status) == ("SY", date(2024, 3, 1), date(2024, 3, 7), "claimed")
    assert EventFilter(country="SYR").country == "SY" and EventFilter(country="Russia").country == "RU"


def test_filter_writes_parameterised_sql() -> None:
    where, params = EventFilter(country="IQ", actor="Islamic State", event_type="ambush").where("e")
    assert "e.country = ?" in where and "list_contains(?, lower(e.actor1))" in where
    assert "list_contains(e.tactics, ?)" in where
    assert "Islamic" not in where  # values only ever travel as parameters
    assert params[0] == "IQ" and "islamic state" in params[1] and "daesh" in params[1]  # every alias of the actor
    # Nothing filtered at all is plain TRUE; by default retired versions and rejected events are left out.
    assert EventFilter(include_retired=True, include_rejected=True).where() == ("TRUE", [])
    assert "state = 'rejected'" in EventFilter(include_retired=True).where()[0]


def test_filter_selects_what_it_says() -> None:
    with build_store() as store:
        def ids(**kwargs: object) -> list[str]:
            where, params = EventFilter(**kwargs).where()  # type: ignore[arg-type]
            return [r["id"] for r in store.query(f"SELECT id FROM events WHERE {where} ORDER BY id", params)]

        assert ids(admin1="sy-dy") == ["e1"] and ids(admin1="deir ez-zor") == ["e1"]
        assert ids(actor="islamic state") == ["e1", "e5", "e6"]
        assert ids(event_type="Armed clash", country="SY") == ["e1", "e8"]
        assert ids(event_type="raid") == ["e5", "e6"]
        assert ids(since="2024-03-10") == ["e4", "e5", "e6"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"country": "Narnia"}, "not a country"),
    ({"since": "March"}, "YYYY-MM-DD"),
    ({"since": "2024-03-08", "until": "2024-03-01"}, "swap them"),
    ({"status": "rumoured"}, "claimed, reported, confirmed"),
])
def test_filter_rejects_bad_values_with_the_fix(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        EventFilter(**kwargs)  # type: ignore[arg-type]


def test_filter_options_repeat_it_on_the_command_line() -> None:
    assert EventFilter(country="SY", since="2024-01-01").options() == ["--country", "SY", "--since", "2024-01-01"]


def test_country_names_are_acleds() -> None:
    assert (country_name("SY"), country_name("IQ"), country_name("IR"), country_name("CD")) == (
        "Syria", "Iraq", "Iran", "Democratic Republic of Congo")


# ------------------------------------------------------------------------------------------------ boundaries


def test_every_syrian_and_iraqi_governorate_has_a_polygon() -> None:
    syria = boundaries.admin1("SY")
    for code in ("SY-DI", "SY-DR", "SY-DY", "SY-HA", "SY-HI", "SY-HL", "SY-HM", "SY-ID", "SY-LA", "SY-QU", "SY-RA",
                 "SY-RD", "SY-SU", "SY-TA"):
        assert syria.match(code, None) is not None, code
    iraq = boundaries.admin1("IQ")
    assert len(iraq.units) == 18 and {u.source for u in iraq.units} == {"ocha"}
    assert len(boundaries.admin2("IQ").units) == 101
    assert all(u.parent == "IQ-DI" for u in boundaries.admin2("IQ", "IQ-DI").units)


@pytest.mark.parametrize(("country", "name", "code"), [
    ("SY", "Deir Ezzor", "SY-DY"), ("SY", "Dayr az Zawr", "SY-DY"), ("SY", "al-Hasakah", "SY-HA"),
    ("SY", "Raqqa", "SY-RA"), ("IQ", "Nineveh", "IQ-NI"), ("IQ", "Ninewa", "IQ-NI"), ("IQ", "Salahuddin", "IQ-SD"),
    ("IQ", "Al-Anbar", "IQ-AN"), ("IQ", "Anbar", "IQ-AN"), ("IQ", "Kerbala", "IQ-KA"),
])
def test_events_join_polygons_by_name_when_they_lack_a_code(country: str, name: str, code: str) -> None:
    unit = boundaries.admin1(country).match(None, name)
    assert unit is not None and unit.code == code


def test_shipped_boundaries_stay_small() -> None:
    folder = ROOT / "src" / "sitrep" / "data" / "boundaries"
    assert sum(p.stat().st_size for p in folder.glob("*.gz")) < 4_000_000


def test_the_map_counts_incidents_per_governorate() -> None:
    with build_store() as store:
        summary = period_summary(store, EventFilter())
    layers, counts, unmatched = map_layers(summary)
    assert {layer.units[0].country for layer in layers} == {"SY", "IQ"}
    by_code = {unit.code: n for unit, n in counts.items()}
    assert by_code == {"SY-DY": 1, "SY-RA": 1, "SY-HL": 1, "IQ-DI": 1, "IQ-KI": 1, "IQ-AN": 1}
    assert unmatched == 0


def test_one_iraqi_governorate_is_mapped_by_district() -> None:
    with build_store() as store:
        summary = period_summary(store, EventFilter(country="IQ", admin1="Diyala"))
    layers, counts, unmatched = map_layers(summary)
    assert len(layers) == 1 and len(layers[0].units) == 6  # Diyala's six districts
    assert {unit.name: n for unit, n in counts.items()} == {"Al-Muqdadiya": 1}
    assert unmatched == 0


# ---------------------------------------------------------------------------------------------- text helpers


def test_labels_are_cut_and_made_drawable() -> None:
    assert charts.safe_text("Remote explosive/landmine/IED attack", 20) == "Remote explosive/la…"
    assert charts.safe_text("منبج") == "منبج"  # the bundled font has Arabic (matplotlib shapes it with libraqm)
    assert charts.safe_text("北京") == "??"  # no glyph in the bundled font: no warning, no empty boxes
    assert charts.safe_text("$5") == r"\$5"  # a dollar does not start mathtext


def test_periods_read_naturally() -> None:
    assert charts.format_period(date(2024, 3, 1), date(2024, 3, 7)) == "1–7 Mar 2024"
    assert charts.format_period(date(2024, 1, 1), date(2024, 12, 31)) == "1 Jan – 31 Dec 2024"
    assert charts.format_period(date(2023, 12, 28), date(2024, 1, 3)) == "28 Dec 2023 – 3 Jan 2024"
    assert charts.format_period(None, None) == "undated"
    assert charts.span_text(4, 4, 4) == "4" and charts.span_text(4, 5, 9) == "5 (4–9)"


# ------------------------------------------------------------------------------------------------ claim page


def test_claim_page_labels_the_claim_as_a_claim() -> None:
    claim = extractions()[-1].claims[0]
    assert banner_text(claim) == "CLAIMED BY ISLAMIC STATE — NOT INDEPENDENTLY VERIFIED"
    assert banner_text(claim.model_copy(update={"status": "reported", "claimant": "SOHR"})).startswith(
        "REPORTED BY SOHR — NOT INDEPENDENTLY VERIFIED")
    assert claim_period(claim) == "30 Jul – 5 Oct (year not stated), stated as 68 days"
    dated = claim.model_copy(update={"period_start": "2021-08-01", "period_end": "2021-08-31",
                                     "period_days_stated": None})
    assert claim_period(dated) == "1–31 Aug 2021"


def test_every_claimed_figure_lands_in_one_panel() -> None:
    claim = extractions()[-1].claims[0]
    p = panels(claim)
    assert [f.value for f in p.totals] == [122, 300]
    assert [f.tactic for f in p.tactic] == ["ied", "ambush"]
    assert [f.admin1 for f in p.geography] == ["Deir ez-Zor", "Raqqa"]
    assert [f.value for f in p.materiel] == [9]
    assert [f.value for f in p.other] == [41]  # IED attacks in Deir ez-Zor: two facets at once
    assert sum(len(group) for group in vars(p).values()) == len(claim.figures)


# ---------------------------------------------------------------------------------------- bulk and synthetic


def test_a_batch_stores_exactly_what_single_saves_store() -> None:
    with build_store() as one_by_one, Store(":memory:") as batched:
        assert save_batch(batched, extractions()) == (4, 0)
        assert save_batch(batched, extractions()[:2]) == (0, 2)  # stored documents are skipped, as save skips
        assert batched.events() == one_by_one.events()
        assert batched.claims() == one_by_one.claims()
        assert batched.counts() == one_by_one.counts()


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_events_are_plausible_and_stored_in_batches(tmp_path: Path) -> None:
    script = _script("make_synthetic_events")
    db = tmp_path / "synthetic.duckdb"
    assert script.main(["500", str(db), "--seed", "3"]) == 0
    with Store(db, read_only=True) as store:
        stats = store.query(
            "SELECT count(*) AS n, count(DISTINCT admin1_code) AS areas, min(date_start) AS first, "
            "max(date_start) AS last, count(*) FILTER (WHERE status = 'claimed') AS claimed, "
            "count(DISTINCT country) AS countries FROM events")[0]
        spans = store.query("SELECT count(*) AS n FROM spans WHERE field = 'event'")[0]["n"]
    assert stats["n"] == 500 and spans == 500
    assert stats["areas"] >= 15 and stats["countries"] == 2
    assert (stats["last"] - stats["first"]).days > 300
    assert 0 < stats["claimed"] < 500
