"""The claim audit in SQL gives the rows and incidents the records path gives, on a store where every case the
merge rules distinguish occurs: single reports and linked ones, aliases and affiliates, generic perpetrators with
a claimant, the group's own media, outlets unknown, events without a country, incidents straddling a period's
first day, every facet and measure."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from sitrep.analyze.audit import audit_by_period, audit_by_period_records, audit_claim, audit_claim_records
from sitrep.analyze.audit_sql import AuditPool
from sitrep.analyze.similarity import stable_id
from sitrep.model import Attribution, Claim, Count, Document, Event, Extraction, Figure, Place
from sitrep.store import Store
from sitrep.store import incidents as stored

PLACES = [
    Place(name="Thiban", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", locality="Thiban", geo_precision=1),
    Place(name="Hajin", country="SY", admin1="Deir Ezzor", locality="Hajin", geo_precision=1),  # no code, spelt apart
    Place(name="Raqqa", country="SY", admin1="Raqqa", admin1_code="SY-RA", locality="Raqqa", geo_precision=1),
    Place(name="Maadan", country="SY", admin1="Raqqa", admin1_code="SY-RA", locality="Maadan", geo_precision=1),
    Place(name="Hasakah", country="SY", admin1="al-Hasakah", admin1_code="SY-HA", geo_precision=3),
    Place(name="Mosul", country="IQ", admin1="Nineveh", admin1_code="IQ-NI", locality="Mosul", geo_precision=1),
    Place(name="Syria", country="SY", geo_precision=4),
    Place(name="somewhere in the desert"),  # no country: the merge geocodes it
    None,
]
ACTORS = [
    "Islamic State",
    "ISIS",
    "Daesh",
    "Islamic State West Africa Province",
    "Syrian Arab Army",
    "Unidentified Armed Group",
    "Military Forces",
    None,
    "al-Shabaab",
]
TARGETS = [
    "Syrian Democratic Forces",
    "SDF",
    "Syrian Arab Army",
    "Military Forces",
    "Police Forces",
    "Civilians",
    "Islamic State",
    None,
]
KINDS = [
    ("Remote explosive/landmine/IED", "Explosions/Remote violence", ["ied"]),
    ("Remote explosive/landmine/IED", "Explosions/Remote violence", []),
    ("Armed clash", "Battles", ["ambush"]),
    ("Armed clash", "Battles", []),
    ("Attack", "Violence against civilians", ["assassination"]),
    (None, None, []),
]
OUTLETS = [
    ("Euphrates Post", None),
    ("Levant Wire", "https://levant.example/a"),
    (None, "https://www.tigris.example/n"),
    ("Amaq News Agency", None),
    (None, None),
    ("  Jazira   Herald ", None),
]
START = date(2020, 8, 1)


def _count(rng: random.Random) -> Count | None:
    best = rng.choice([None, 0, 1, 2, 5, 12])
    if best is None:
        return rng.choice([None, Count(low=3)])
    return Count(low=max(0, best - 1), best=best, high=best + rng.choice([0, 3]))


def _report(rng: random.Random, n: int, day: date) -> Extraction:
    source, url = rng.choice(OUTLETS)
    actor1 = rng.choice(ACTORS)
    status = rng.choice(["reported", "reported", "reported", "claimed"])
    claimant = "Islamic State" if status == "claimed" or rng.random() < 0.2 else None
    sub, kind, tactics = rng.choice(KINDS)
    where = rng.choice(PLACES)
    # Words of its own per report: no two texts are copies unless a test makes them so.
    text = f"Report {n} {rng.random()}: fighters struck a position on {day:%d %B %Y} {' '.join(map(str, range(n)))}."
    document = Document.from_text(text, source=source, url=url and f"{url}{n}", published=day + timedelta(days=1))
    event = Event(
        id=f"ev{n:03d}",
        document_id=document.id,
        date_start=day,
        date_end=day,
        time_precision=1,
        event_type=kind,
        sub_event_type=sub,
        tactics=tactics,
        actor1=actor1,
        actor2=rng.choice(TARGETS),
        target_category=rng.choice(["military", "civilians", "police", None]),
        place=where,
        places=[where] if where else [],
        killed=_count(rng),
        wounded=_count(rng),
        killed_or_wounded=rng.choice([None, Count(best=4)]),
        captured=rng.choice([None, Count(best=2)]),
        status=status,
        claimant=claimant,
    )  # type: ignore[arg-type]
    if rng.random() < 0.2:
        event.attribution = Attribution(
            level=rng.choice(["claimed", "blamed"]), actor="Islamic State", by="local sources"
        )
    return Extraction(document=document, events=[event])


def _claim(claim_id: str, *, start: date, end: date, actor: str, country: str | None) -> Extraction:
    document = Document.from_text(f"A bulletin {claim_id} of operations.", source="Bulletin", published=end)

    def fig(measure: str, value: int, **facets: str) -> Figure:
        return Figure(measure=measure, value=value, **facets)

    claim = Claim(
        id=claim_id,
        document_id=document.id,
        claimant="Islamic State",
        actor=actor,
        medium="al-Naba",
        status="claimed",
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        country=country,
        figures=[
            fig("operations", 30),
            fig("killed", 40),
            fig("wounded", 12),
            fig("killed_or_wounded", 70),
            fig("captured", 3),
            fig("operations", 6, tactic="ied+landmine"),
            fig("operations", 2, tactic="ambush"),
            fig("operations", 9, region="northeast"),
            fig("operations", 5, region="northeast", admin1="Deir ez-Zor", admin1_code="SY-DY"),
            fig("operations", 3, region="northeast", admin1="Raqqa"),
            fig("operations", 1, region="south"),
            fig("operations", 2, sub_event_type="Armed clash"),
            fig("killed_or_wounded", 15, target="Syrian Democratic Forces"),
            fig("killed_or_wounded", 5, target="Syrian Arab Army and allies"),
            fig("killed", 4, target="civilians"),
            fig("killed", 4, target="police"),
            fig("operations", 1, target="Kurdish fighters"),
            fig("operations", 2, admin1="Deir ez-Zor", tactic="ied"),
            fig("vehicles_damaged_or_destroyed", 9),
            fig("operations", 1, item="tank"),
        ],
    )
    return Extraction(document=document, claims=[claim])


@pytest.fixture(scope="module")
def store() -> Store:
    rng = random.Random(14)
    with Store(":memory:") as opened:
        for n in range(160):
            opened.save(_report(rng, n, START + timedelta(days=rng.randrange(-6, 45))))
        ids = [f"ev{n:03d}" for n in range(160)]
        # Linked incidents of two to four reports, a few straddling 1 August, and one incident of a single report.
        groups = [ids[k : k + size] for k, size in zip(range(0, 120, 6), [2, 3, 4, 2, 3, 2] * 4, strict=False)]
        assignments = {event: stable_id("incident", group[0]) for group in groups for event in group}
        assignments[ids[150]] = "lonely-incident"
        stored.assign(opened, assignments)
        for claim_id, start, end, actor, country in [
            ("all-aug", date(2020, 8, 1), date(2020, 8, 31), "Islamic State", "SY"),
            ("sep-anywhere", date(2020, 9, 1), date(2020, 9, 30), "ISIS", None),
            ("two-months", date(2020, 7, 28), date(2020, 9, 10), "Islamic State West Africa Province", None),
            ("saa-aug", date(2020, 8, 1), date(2020, 8, 31), "Syrian Arab Army", "SY"),
            ("iraq", date(2020, 8, 1), date(2020, 9, 15), "Daesh", "IQ"),
        ]:
            opened.save(_claim(claim_id, start=start, end=end, actor=actor, country=country))
        yield opened


CLAIMS = ["all-aug", "sep-anywhere", "two-months", "saa-aug", "iraq"]


@pytest.mark.parametrize("claim_id", CLAIMS)
def test_sql_and_records_give_the_same_rows_and_incidents(store: Store, claim_id: str) -> None:
    by_records = audit_claim_records(store, claim_id)
    by_sql = audit_claim(store, claim_id)
    assert [r.to_dict() for r in by_sql.rows] == [r.to_dict() for r in by_records.rows]
    assert [r.incident_count for r in by_sql.rows] == [r.incident_count for r in by_records.rows]
    assert [i.id for i in by_sql.incidents] == [i.id for i in by_records.incidents]
    assert by_sql.table() == by_records.table()
    assert any(r.reported for r in by_sql.rows) or claim_id == "iraq"


def test_the_store_holds_every_case_the_sql_must_get_right(store: Store) -> None:
    pool = AuditPool(store)
    period = pool.period(date(2020, 7, 28), date(2020, 9, 10))
    merged = {len(i.sources) for i in period.merged}
    assert {1, 2, 3} <= merged  # single reports merged in Python (no country) and linked ones
    assert period.silenced  # single reports of the group's own media, counted in SQL as not independent
    assert any(i.place is None for i in period.merged)
    singles = store.query(
        f"WITH {period.relation()} SELECT count(*) AS n FROM pool WHERE event_id <> ''", period.params()
    )[0]["n"]
    assert singles > 40
    assert pool.speaking_sources()[0] == ["Amaq News Agency"]


def test_a_pool_shared_between_claims_gives_what_each_alone_gives(store: Store) -> None:
    pool = AuditPool(store)
    for claim_id in CLAIMS:
        shared = audit_claim(store, claim_id, pool=pool, records=False)
        assert shared.incidents == []
        assert [r.to_dict() for r in shared.rows] == [r.to_dict() for r in audit_claim(store, claim_id).rows]


def test_a_page_can_list_only_the_first_incidents_of_each_row_and_still_count_them_all(store: Store) -> None:
    whole = audit_claim(store, "all-aug")
    short = audit_claim(store, "all-aug", records=False, listed=2)
    assert any((r.incident_count or 0) > 2 for r in whole.rows)
    for full, cut in zip(whole.rows, short.rows, strict=True):
        assert cut.incidents == full.incidents[:2]
        assert cut.incident_count == full.incident_count
        assert (cut.reported, cut.flag, cut.unattributed) == (full.reported, full.flag, full.unattributed)


@pytest.mark.parametrize(("actor", "by"), [("Islamic State", "month"), ("Daesh", "week"), ("Syrian Arab Army", "week")])
def test_by_period_sql_and_records_agree(store: Store, actor: str, by: str) -> None:
    by_sql = audit_by_period(store, actor, by=by)
    assert by_sql and any(row.reported for row in by_sql)
    assert [r.to_dict() for r in by_sql] == [r.to_dict() for r in audit_by_period_records(store, actor, by=by)]
