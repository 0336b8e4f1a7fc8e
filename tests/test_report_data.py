"""The small, hand-made world the report and export tests run on, and the facts about it they rely on.

Four documents from three outlets: nine events (two of them one incident told twice), in Syria and Iraq, with and
without places, dates, casualty ranges and source sentences, plus one aggregate claim whose checks partly fail.
Other test modules import :func:`build_store` and the expected numbers from here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.analyze.checks import check_claim
from sitrep.model import Claim, Count, Document, Event, Extraction, Figure, Place, Span
from sitrep.store import Store

SY_TEXT = (
    "On 2 March 2024 Islamic State fighters ambushed an SDF patrol near Shuhayl in Deir ez-Zor, killing at least 4 "
    "and wounding up to 11. A roadside bomb struck a vehicle in Raqqa on 5 March, killing 2 people, possibly 3. "
    "Gunmen attacked a checkpoint in منبج on 9 March. Unidentified gunmen abducted two shepherds, residents said."
)
IQ_TEXT = (
    "Gunmen opened fire on a police post near Muqdadiyah in Diyala on 6 March 2024, killing or wounding 5 policemen. "
    "A soldier was killed in Kirkuk province on 10 March, the ministry confirmed. "
    "Islamic State attacked an army post in Anbar on 12 March; ten soldiers were killed."
)
IQ2_TEXT = "Seven soldiers were killed when militants attacked an army post in Anbar province on 12 March 2024."
CLAIM_TEXT = (
    "The group's newspaper al-Naba claimed 122 operations in Syria between July 30 and October 5, over 68 days, "
    "including 41 IED attacks in Deir ez-Zor and 12 in Raqqa, and said it killed or wounded 300."
)

EXPECTED = {
    "incidents": 8,  # nine events, two of which (e5, e6) are one incident
    "killed": 4 + 2 + 1 + 7,  # e6 (reported, 7) stands for the incident, not e5 (claimed, 10)
    "killed_low": 4 + 2 + 1 + 7,
    "killed_high": 4 + 3 + 1 + 7,  # "at least 4" adds 4 at the high end; "possibly 3" raises Raqqa's to 3
    "wounded": 0,
    "wounded_low": 0,
    "wounded_high": 11,  # "up to 11": no best, high 11
    "killed_or_wounded": 5,
    "only_claimed": 1,  # e1; the claimed e5 is outweighed by the reported e6 of the same incident
    "located": 4,  # e1, e2, e3, e8 have coordinates
    "documents": 3,
}


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def sentence(text: str, start_phrase: str) -> Span:
    """The sentence of ``text`` that starts with ``start_phrase``."""
    start = text.index(start_phrase)
    end = text.index(". ", start) + 1 if ". " in text[start:] else len(text)
    return Span(start=start, end=end, text=text[start:end])


def extractions() -> list[Extraction]:
    sy = Document.from_text(SY_TEXT, source="Deir ez-Zor 24", title="Attacks in the east", published=date(2024, 3, 10),
                            url="https://example.org/sy")
    iq = Document.from_text(IQ_TEXT, source="Shafaq News", title="Diyala and Kirkuk", published=date(2024, 3, 12))
    iq2 = Document.from_text(IQ2_TEXT, source="Rudaw", title="Anbar attack", published=date(2024, 3, 13))
    claim_doc = Document.from_text(CLAIM_TEXT, source="SouthFront", title="IS claims 122 operations")

    def place(name: str, country: str, admin1: str | None, code: str | None, lat: float | None = None,
              lon: float | None = None, precision: int = 3, locality: str | None = None) -> Place:
        return Place(name=name, country=country, admin1=admin1, admin1_code=code, locality=locality, latitude=lat,
                     longitude=lon, geo_precision=precision)

    e1 = Event(id="e1", document_id=sy.id, date_start=date(2024, 3, 2), date_end=date(2024, 3, 2), time_precision=1,
               event_type="Battles", sub_event_type="Armed clash", tactics=["ambush"], actor1="Islamic State",
               actor2="Syrian Democratic Forces", target_category="military",
               place=place("Shuhayl", "SY", "Deir ez-Zor", "SY-DY", 35.23, 40.39, 1, "Shuhayl"),
               killed=Count(low=4, best=4, high=None, span=span(SY_TEXT, "at least 4")),
               wounded=Count(high=11, span=span(SY_TEXT, "up to 11")), status="claimed", claimant="Islamic State",
               spans={"event": sentence(SY_TEXT, "On 2 March"), "trigger": span(SY_TEXT, "ambushed")})
    e2 = Event(id="e2", document_id=sy.id, date_start=date(2024, 3, 5), time_precision=1,
               event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               tactics=["ied"], place=place("Raqqa", "SY", "Raqqa", "SY-RA", 35.95, 39.01, 2, "Raqqa"),
               killed=Count(low=2, best=2, high=3), target_category="civilians",
               spans={"event": sentence(SY_TEXT, "A roadside bomb")})
    e8 = Event(id="e8", document_id=sy.id, date_start=date(2024, 3, 9), event_type="Battles",
               sub_event_type="Armed clash", tactics=["shooting"], target_category="military",
               place=place("منبج", "SY", "Aleppo", "SY-HL", 36.53, 37.95, 1, "منبج"),
               spans={"event": sentence(SY_TEXT, "Gunmen attacked")})
    # No 'event' span: the source sentence must come from the document text around its first span.
    e7 = Event(id="e7", document_id=sy.id, event_type="Violence against civilians",
               sub_event_type="Abduction/forced disappearance", tactics=["abduction"], target_category="civilians",
               spans={"trigger": span(SY_TEXT, "abducted")})
    e3 = Event(id="e3", document_id=iq.id, date_start=date(2024, 3, 6), event_type="Battles",
               sub_event_type="Armed clash", tactics=["shooting"], target_category="police",
               place=place("Muqdadiyah", "IQ", "Diyala", "IQ-DI", 34.0, 44.95, 2, "Muqdadiyah")
               .model_copy(update={"admin2": "Muqdadiyah"}),
               killed_or_wounded=Count(low=5, best=5, high=5), spans={"event": sentence(IQ_TEXT, "Gunmen opened")})
    e4 = Event(id="e4", document_id=iq.id, date_start=date(2024, 3, 10), event_type="Battles",
               sub_event_type="Armed clash", target_category="military",
               place=place("Kirkuk province", "IQ", "Kirkuk", "IQ-KI"), killed=Count(low=1, best=1, high=1),
               status="confirmed", spans={"event": sentence(IQ_TEXT, "A soldier")})
    e5 = Event(id="e5", document_id=iq.id, date_start=date(2024, 3, 12), event_type="Battles",
               sub_event_type="Armed clash", tactics=["raid"], actor1="Islamic State", target_category="military",
               place=place("Anbar", "IQ", "Anbar", "IQ-AN"), killed=Count(low=10, best=10, high=10),
               status="claimed", claimant="Islamic State", incident_id="inc-anbar",
               spans={"event": sentence(IQ_TEXT, "Islamic State attacked")})
    e6 = Event(id="e6", document_id=iq2.id, date_start=date(2024, 3, 12), event_type="Battles",
               sub_event_type="Armed clash", tactics=["raid"], actor1="Islamic State", target_category="military",
               place=place("Anbar", "IQ", "Anbar", "IQ-AN"), killed=Count(low=7, best=7, high=7),
               status="reported", incident_id="inc-anbar", spans={"event": sentence(IQ2_TEXT, "Seven soldiers")})
    e9 = Event(id="e9", document_id=iq.id, date_start=date(2024, 2, 20), event_type="Battles",
               sub_event_type="Armed clash", target_category="military", status="reported",
               place=place("Iraq", "IQ", None, None, precision=4))
    figures = [
        Figure(measure="operations", value=122, span=span(CLAIM_TEXT, "122 operations")),
        Figure(measure="operations", value=41, tactic="ied", admin1="Deir ez-Zor", admin1_code="SY-DY"),
        Figure(measure="operations", value=41, region="northeast", admin1="Deir ez-Zor", admin1_code="SY-DY",
               span=span(CLAIM_TEXT, "41 IED attacks in Deir ez-Zor")),
        Figure(measure="operations", value=12, region="northeast", admin1="Raqqa", admin1_code="SY-RA",
               span=span(CLAIM_TEXT, "12 in Raqqa")),
        Figure(measure="operations", value=50, tactic="ied"),
        Figure(measure="operations", value=60, tactic="ambush"),
        Figure(measure="killed_or_wounded", value=300, span=span(CLAIM_TEXT, "killed or wounded 300")),
        Figure(measure="vehicles_damaged_or_destroyed", value=9, item="vehicle"),
    ]
    claim = Claim(id="claim-1", document_id=claim_doc.id, claimant="Islamic State", actor="Islamic State",
                  medium="al-Naba", status="claimed", period_start="--07-30", period_end="--10-05",
                  period_days_stated=68, country="SY", figures=figures,
                  spans={"claim": span(CLAIM_TEXT, "claimed"), "medium": span(CLAIM_TEXT, "al-Naba")})
    claim = claim.model_copy(update={"checks": check_claim(claim)})
    return [Extraction(document=sy, events=[e1, e2, e8, e7]), Extraction(document=iq, events=[e3, e4, e5, e9]),
            Extraction(document=iq2, events=[e6]), Extraction(document=claim_doc, claims=[claim])]


def build_store(path: str | Path = ":memory:") -> Store:
    """A store holding :func:`extractions`, each saved through ``Store.save`` as the ingest path does."""
    store = Store(path)
    for extraction in extractions():
        store.save(extraction)
    return store


def test_the_report_world_is_stored_whole() -> None:
    with build_store() as store:
        counts = store.counts()
        assert counts["events"] == 9 and counts["claims"] == 1 and counts["documents"] == 4
        assert store.events(event_id="e1")[0] == extractions()[0].events[0]


def test_the_claim_has_a_failing_check_to_show() -> None:
    claim = extractions()[-1].claims[0]
    assert any(check.ok is False for check in claim.checks)
    assert any(check.ok is True for check in claim.checks)
