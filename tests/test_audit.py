"""Claim audit: a group's claimed figures against the independently reported incidents of the same actor, period
and area, facet by facet."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.analyze.audit import (
    TOLERANCE_DIFFERENCE,
    TOLERANCE_RATIO,
    AuditError,
    audit_by_period,
    audit_claim,
    flag,
    period_label,
)
from sitrep.analyze.linking import link_events
from sitrep.errors import ConfigError
from sitrep.model import Attribution, Claim, Count, Document, Event, Extraction, Figure, Place, Span
from sitrep.store import Store


def place(name: str, admin1: str, code: str, country: str = "SY") -> Place:
    return Place(name=name, country=country, admin1=admin1, admin1_code=code, locality=name, geo_precision=1)


THIBAN = place("Thiban", "Deir ez-Zor", "SY-DY")
HAJIN = place("Hajin", "Deir ez-Zor", "SY-DY")
MAADAN = place("Maadan", "Raqqa", "SY-RA")
MOSUL = place("Mosul", "Nineveh", "IQ-NI", "IQ")


def report(n: int, *, day: date, where: Place, source: str, actor1: str = "Islamic State",
           actor2: str = "Syrian Democratic Forces", tactics: tuple[str, ...] = ("ied",),
           sub: str = "Remote explosive/landmine/IED", event_type: str = "Explosions/Remote violence",
           killed: int = 0, wounded: int = 0, status: str = "reported", claimant: str | None = None) -> Extraction:
    text = f"Report {n}: an attack by {actor1} near {where.name} on {day:%d %B %Y} killed {killed}."
    document = Document.from_text(text, source=source, url=f"https://{n}.example", published=day)
    event = Event(id=f"ev{n}", document_id=document.id, date_start=day, date_end=day, time_precision=1,
                  event_type=event_type, sub_event_type=sub, tactics=list(tactics), actor1=actor1, actor2=actor2,
                  target_category="military", place=where, places=[where], killed=Count(low=killed, best=killed),
                  wounded=Count(low=wounded, best=wounded), status=status, claimant=claimant,  # type: ignore[arg-type]
                  spans={"event": Span(start=0, end=len(text), text=text)})
    return Extraction(document=document, events=[event])


def claim_document(*, start: str = "2020-07-30", end: str = "2020-10-05", claim_id: str = "naba",
                   actor: str = "Islamic State", country: str | None = "SY") -> Extraction:
    text = f"al-Naba infographic {claim_id}"
    document = Document.from_text(text, source="SouthFront", published=date(2020, 10, 8))

    def fig(measure: str, value: int, **facets: str) -> Figure:
        return Figure(measure=measure, value=value, **facets)

    claim = Claim(
        id=claim_id, document_id=document.id, claimant="Islamic State", actor=actor, medium="al-Naba",
        status="claimed", period_start=start, period_end=end, period_days_stated=68, country=country,
        figures=[
            fig("operations", 10),
            fig("operations", 6, tactic="ied+landmine"),
            fig("operations", 1, tactic="ambush"),
            fig("operations", 12, region="northeast"),
            fig("operations", 7, region="northeast", admin1="Deir ez-Zor", admin1_code="SY-DY"),
            fig("operations", 3, region="northeast", admin1="Raqqa", admin1_code="SY-RA"),
            fig("operations", 2, region="northeast", admin1="al-Hasakah", admin1_code="SY-HA"),
            fig("operations", 1, region="south"),
            fig("killed_or_wounded", 20),
            fig("killed_or_wounded", 15, target="Syrian Democratic Forces"),
            fig("killed_or_wounded", 5, target="Syrian Arab Army and allies"),
            fig("vehicles_damaged_or_destroyed", 9),
        ])
    return Extraction(document=document, claims=[claim])


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as opened:
        for x in [
            # One IED near Thiban, two outlets: one incident on record (killed 2, wounded 3).
            report(1, day=date(2020, 8, 10), where=THIBAN, source="Euphrates Post", killed=2, wounded=3),
            report(2, day=date(2020, 8, 10), where=THIBAN, source="Levant Wire", killed=2, wounded=3),
            # An ambush in Raqqa governorate, one outlet (killed 3).
            report(3, day=date(2020, 9, 2), where=MAADAN, source="Orontes Review", tactics=("ambush",),
                   sub="Armed clash", event_type="Battles", actor2="Syrian Arab Army", killed=3),
            # Claimed by IS's own agency only: no independent record.
            report(4, day=date(2020, 9, 5), where=HAJIN, source="Amaq News Agency", status="claimed",
                   claimant="Islamic State", killed=9),
            # Someone else's attack, an attack outside the period, an attack in another country.
            report(5, day=date(2020, 8, 20), where=HAJIN, source="Levant Wire", actor1="Syrian Arab Army",
                   actor2="Islamic State"),
            report(6, day=date(2020, 7, 1), where=HAJIN, source="Levant Wire"),
            report(7, day=date(2020, 8, 12), where=MOSUL, source="Tigris Times"),
            # Nobody named the perpetrator.
            report(8, day=date(2020, 9, 20), where=HAJIN, source="Jazira Herald", actor1="Unidentified Armed Group"),
            claim_document(),
        ]:
            opened.save(x)
        link_events(opened)
        yield opened


def rows_by(report_rows, measure: str, facet: str, value: str):  # type: ignore[no-untyped-def]
    return next(r for r in report_rows if r.measure == measure and r.facet == facet and r.value == value)


def test_the_total_is_held_against_the_attributed_independent_incidents(store: Store) -> None:
    report_ = audit_claim(store, "naba")
    total = rows_by(report_.rows, "operations", "total", "")
    assert (total.claimed, total.reported, total.ratio, total.flag) == (10, 2, 5.0, "exceeds")
    assert len(total.incidents) == 2
    assert total.unattributed == 1
    assert {i.id for i in report_.incidents} == set(total.incidents)


def test_each_tactic_governorate_and_region_is_audited(store: Store) -> None:
    rows = audit_claim(store, "naba").rows
    assert rows_by(rows, "operations", "tactic", "ied+landmine").reported == 1
    assert rows_by(rows, "operations", "tactic", "ied+landmine").flag == "exceeds"
    assert rows_by(rows, "operations", "tactic", "ambush").flag == "ok"
    assert rows_by(rows, "operations", "admin1", "Deir ez-Zor").reported == 1
    raqqa = rows_by(rows, "operations", "admin1", "Raqqa")
    assert (raqqa.reported, raqqa.ratio, raqqa.flag) == (1, 3.0, "ok")  # 3 vs 1: within the difference of 2
    assert rows_by(rows, "operations", "admin1", "al-Hasakah").flag == "no_record"
    assert rows_by(rows, "operations", "region", "northeast").reported == 2
    south = rows_by(rows, "operations", "region", "south")
    assert south.flag == "not_comparable" and "no governorates" in south.note


def test_casualties_sum_best_figures_by_target(store: Store) -> None:
    rows = audit_claim(store, "naba").rows
    assert rows_by(rows, "killed_or_wounded", "total", "").reported == 2 + 3 + 3
    assert rows_by(rows, "killed_or_wounded", "target", "Syrian Democratic Forces").reported == 5
    assert rows_by(rows, "killed_or_wounded", "target", "Syrian Arab Army and allies").reported == 3
    assert rows_by(rows, "vehicles_damaged_or_destroyed", "total", "").flag == "not_comparable"


def test_the_report_prints_as_a_table_and_as_json(store: Store) -> None:
    report_ = audit_claim(store, "naba")
    table = report_.table()
    assert "EXCEEDS" in table and "NO_RECORD" in table and "Incidents on record (2)" in table
    data = report_.to_dict()
    assert data["tolerance"] == {"ratio": TOLERANCE_RATIO, "difference": TOLERANCE_DIFFERENCE}
    assert {row["flag"] for row in data["rows"]} >= {"exceeds", "no_record", "ok", "not_comparable"}
    assert all(incident["sources"] for incident in data["incidents"])
    assert len(report_.flagged) == sum(1 for r in report_.rows if r.flag in ("exceeds", "no_record"))


def test_flags_follow_the_documented_tolerance() -> None:
    assert flag(5, 2) == "exceeds"  # 2.5 times and 3 more
    assert flag(4, 2) == "ok"  # twice, but only 2 more: small numbers differ by chance
    assert flag(14, 10) == "ok"  # 4 more, but only 1.4 times
    assert flag(1, 3) == "below"
    assert flag(5, 0) == "no_record"
    assert flag(0, 0) == "ok"


def test_an_unknown_claim_or_one_without_a_dated_period_is_refused(store: Store) -> None:
    with pytest.raises(ConfigError, match=r"no claim with id 'nope'.*sitrep claims"):
        audit_claim(store, "nope")
    store.save(claim_document(start="--07-30", end="--10-05", claim_id="noyear"))
    with pytest.raises(AuditError, match="no complete dates with a year"):
        audit_claim(store, "noyear")


def test_by_month_prorates_claims_over_their_days_and_counts_the_record_on_covered_days(store: Store) -> None:
    rows = audit_by_period(store, "ISIS", by="month")
    operations = {r.period: r for r in rows if r.measure == "operations"}
    assert list(operations) == ["2020-07", "2020-08", "2020-09", "2020-10"]
    # 10 operations over 68 days: 2 days of July, 31 of August, 30 of September, 5 of October.
    assert [operations[m].claimed for m in operations] == [round(10 * d / 68, 1) for d in (2, 31, 30, 5)]
    assert [operations[m].covered_days for m in operations] == [2, 31, 30, 5]
    assert operations["2020-08"].reported == 1 and operations["2020-09"].reported == 1
    assert operations["2020-07"].reported == 0  # the attack of 1 July is before the claim's first day


def test_by_period_rejects_an_unknown_period_and_labels_weeks() -> None:
    with pytest.raises(ConfigError, match="month or week"):
        audit_by_period(None, "IS", by="year")  # type: ignore[arg-type]
    assert period_label(date(2020, 8, 3), "week") == "2020-W32"


def test_the_record_holds_later_claimed_and_blamed_incidents_with_their_level_and_never_the_groups_own() -> None:
    later = report(91, day=date(2020, 8, 3), where=THIBAN, source="Reuters", claimant="Islamic State")
    later.events[0].attribution = Attribution(level="claimed", actor="Islamic State", by="Islamic State",
                                              later=True)
    blamed = report(92, day=date(2020, 8, 4), where=HAJIN, source="AFP")
    blamed.events[0].attribution = Attribution(level="blamed", actor="Islamic State", by="local sources",
                                               by_kind="independent")
    own = report(93, day=date(2020, 8, 5), where=MAADAN, source="Amaq", status="claimed", claimant="Islamic State")
    with Store(":memory:") as opened:
        for x in (later, blamed, own, claim_document()):
            opened.save(x)
        audit = audit_claim(opened, "naba")
    levels = {i.sources[0].event_id: i.attribution for i in audit.incidents}
    assert levels == {"ev91": "claimed", "ev92": "blamed"}
    assert "claimed by Islamic State" in audit.table() and "blamed by local sources" in audit.table()
