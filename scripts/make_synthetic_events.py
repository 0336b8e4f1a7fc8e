"""Write N synthetic events into a sitrep database, for benchmarks and for trying reports without real data.

    .venv/bin/python scripts/make_synthetic_events.py 100000 /tmp/synthetic.duckdb [--seed 1] [--year 2024]

The events are plausible, not real: Syria and Iraq (with a share elsewhere), spread over every governorate and over
one year; perpetrators, targets, tactics and casualty figures drawn from the project's taxonomy with realistic
skews (a few governorates and groups carry most events; most incidents kill few). Each document is one outlet's
report of one to six events, one sentence each; the sentence is the event's ``event`` span, as the extractor
records it. Statuses follow the outlet: a group's own media *claims*, monitors and news agencies *report*.

Records are built as :class:`sitrep.model.Event` and saved in batches of documents through
:func:`sitrep.store.bulk.save_batch` (one transaction per batch): ``Store.save`` commits per document, which is
right for ingest but would take minutes here. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sitrep.model import Count, Document, Event, Extraction, Place, Span
from sitrep.store import Store
from sitrep.store.bulk import save_batch
from sitrep.taxonomy import TACTIC_BY_TARGET, TACTICS

# (ISO 3166-2, canonical name, latitude, longitude, weight, localities)
SYRIA = [
    ("SY-DY", "Deir ez-Zor", 35.07, 40.28, 22, ["Hajin", "Shuhayl", "al-Busayrah", "Gharanij", "Abu Hamam",
                                               "al-Mayadin", "Dhiban", "al-Susah"]),
    ("SY-HA", "al-Hasakah", 36.35, 40.91, 10, ["al-Shaddadi", "Markada", "Tal Tamr", "al-Hol"]),
    ("SY-RA", "Raqqa", 36.01, 38.91, 9, ["Tabqa", "al-Mansoura", "Maadan", "Ain Issa"]),
    ("SY-HI", "Homs", 34.15, 38.14, 7, ["al-Sukhnah", "Palmyra", "Tadmur desert", "al-Qaryatayn"]),
    ("SY-HL", "Aleppo", 36.11, 37.60, 8, ["Manbij", "al-Bab", "Deir Hafer", "Maskanah"]),
    ("SY-ID", "Idlib", 35.85, 36.68, 8, ["Jisr al-Shughur", "Maarat al-Numan", "Saraqib", "Ariha"]),
    ("SY-HM", "Hama", 35.24, 37.22, 5, ["Salamiyah", "Ithriya", "Kafr Zita"]),
    ("SY-DR", "Daraa", 32.87, 36.17, 6, ["Tafas", "Jasim", "Nawa", "Busra al-Sham"]),
    ("SY-RD", "Rif Dimashq", 33.53, 37.07, 3, ["Douma", "al-Dumayr", "Qatana"]),
    ("SY-SU", "as-Suwayda", 32.76, 36.92, 2, ["Shahba", "Salkhad"]),
    ("SY-QU", "Quneitra", 33.05, 35.91, 1, ["Khan Arnabah"]),
    ("SY-DI", "Damascus", 33.51, 36.29, 1, ["Jobar", "al-Midan"]),
    ("SY-LA", "Latakia", 35.55, 36.01, 1, ["Kinsabba", "Jableh"]),
    ("SY-TA", "Tartus", 34.93, 36.09, 1, ["Baniyas"]),
]
IRAQ = [
    ("IQ-DI", "Diyala", 33.99, 45.10, 9, ["Muqdadiyah", "Khanaqin", "Baqubah", "Jalawla"]),
    ("IQ-SD", "Saladin", 34.34, 43.73, 8, ["Baiji", "Tuz Khurmatu", "Samarra", "al-Dour"]),
    ("IQ-KI", "Kirkuk", 35.33, 44.04, 8, ["Hawija", "Dibis", "Daquq", "al-Riyadh"]),
    ("IQ-AN", "Anbar", 33.23, 41.53, 7, ["Rutba", "al-Qaim", "Haditha", "Rawa"]),
    ("IQ-NI", "Nineveh", 35.92, 42.75, 7, ["Tal Afar", "Sinjar", "Qayyarah", "Makhmour"]),
    ("IQ-BG", "Baghdad", 33.31, 44.38, 4, ["Tarmiyah", "Abu Ghraib", "Mahmudiyah"]),
    ("IQ-BB", "Babil", 32.68, 44.55, 2, ["Jurf al-Nasr", "Musayyib"]),
    ("IQ-AR", "Erbil", 36.24, 44.18, 1, ["Gwer"]),
    ("IQ-SU", "Sulaymaniyah", 35.33, 45.43, 1, ["Darbandikhan"]),
    ("IQ-DA", "Duhok", 37.09, 43.23, 1, ["Zakho"]),
    ("IQ-WA", "Wasit", 32.61, 45.56, 1, ["al-Kut"]),
    ("IQ-BA", "Basra", 30.68, 47.56, 1, ["al-Zubayr"]),
    ("IQ-NA", "Najaf", 30.93, 43.76, 1, ["Kufa"]),
    ("IQ-KA", "Karbala", 32.50, 43.77, 1, ["Ain al-Tamr"]),
    ("IQ-QA", "Qadisiyah", 31.61, 45.11, 1, ["al-Diwaniyah"]),
    ("IQ-MU", "Muthanna", 30.44, 45.28, 1, ["Samawah"]),
    ("IQ-DQ", "Dhi Qar", 31.19, 46.42, 1, ["Nasiriyah"]),
    ("IQ-MA", "Maysan", 31.81, 47.07, 1, ["Amarah"]),
]
COUNTRIES = {"SY": (SYRIA, 0.62), "IQ": (IRAQ, 0.38)}

ACTORS = {
    "SY": [("Islamic State", 40), ("Syrian Arab Army", 15), ("Syrian Democratic Forces", 12),
           ("Hay'at Tahrir al-Sham", 10), ("Syrian National Army", 8), ("Turkish Armed Forces", 5),
           ("US-led coalition", 3), (None, 7)],
    "IQ": [("Islamic State", 55), ("Iraqi Security Forces", 15), ("Popular Mobilization Forces", 10),
           ("Kurdistan Workers' Party", 4), ("Turkish Armed Forces", 6), (None, 10)],
}
TARGETS = {
    "SY": ["Syrian Democratic Forces", "Syrian Arab Army", "civilians", "Islamic State", "Hay'at Tahrir al-Sham"],
    "IQ": ["Iraqi Security Forces", "Popular Mobilization Forces", "civilians", "Islamic State", "Peshmerga"],
}
TARGET_CATEGORY = {"Syrian Democratic Forces": "military", "Syrian Arab Army": "military", "civilians": "civilians",
                   "Islamic State": "military", "Hay'at Tahrir al-Sham": "military", "Iraqi Security Forces": "police",
                   "Popular Mobilization Forces": "military", "Peshmerga": "military"}
TACTIC_WEIGHTS = [("ied", 24), ("ambush", 14), ("shooting", 14), ("assassination", 9), ("raid", 7),
                  ("shelling", 9), ("airstrike", 6), ("drone", 6), ("abduction", 3), ("vbied", 2), ("suicide", 1),
                  ("arson", 2), ("sniper", 3)]
CLAIM_MEDIA = {"Islamic State": "al-Naba", "Hay'at Tahrir al-Sham": "Ebaa", "Syrian Democratic Forces": "SDF Press",
               "Kurdistan Workers' Party": "HPG Press", "Popular Mobilization Forces": "PMF Media"}
OUTLETS = ["Syrian Observatory for Human Rights", "North Press Agency", "Enab Baladi", "Deir ez-Zor 24",
           "Rudaw", "Shafaq News", "Kurdistan24", "Reuters", "AFP", "The New Arab"]
VERBS = {"ied": "detonated an explosive device targeting", "ambush": "ambushed", "shooting": "opened fire on",
         "assassination": "assassinated a member of", "raid": "raided a position of", "shelling": "shelled",
         "airstrike": "carried out an airstrike on", "drone": "struck with a drone", "abduction": "abducted members of",
         "vbied": "detonated a car bomb against", "suicide": "sent a suicide bomber against", "arson": "set fire to",
         "sniper": "sniped at"}


def _weighted(rng: random.Random, items: list[tuple[object, int]]) -> object:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def _count(rng: random.Random, mean: float) -> Count | None:
    if rng.random() < 0.35:
        return None
    best = min(int(rng.expovariate(1 / mean)), 150)
    high = best + rng.randint(1, 5) if rng.random() < 0.15 else None
    return Count(low=best, best=best, high=high)


def extractions(n: int, *, seed: int = 1, year: int = 2024) -> Iterator[Extraction]:
    """Documents with ``n`` events in all, one Extraction per document (deterministic for a seed)."""
    rng = random.Random(seed)
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    made = 0
    doc_number = 0
    while made < n:
        doc_number += 1
        country = "SY" if rng.random() < COUNTRIES["SY"][1] else "IQ"
        units = COUNTRIES[country][0]
        actor1 = _weighted(rng, ACTORS[country])  # type: ignore[arg-type]
        claimed = actor1 in CLAIM_MEDIA and rng.random() < 0.45
        source = CLAIM_MEDIA[actor1] if claimed else rng.choice(OUTLETS)  # type: ignore[index]
        day = start + timedelta(days=rng.randrange(days))
        size = min(rng.randint(1, 6), n - made)
        sentences: list[str] = []
        drafts = []
        for _ in range(size):
            unit = rng.choices(units, weights=[u[4] for u in units])[0]
            code, admin1, lat, lon, _w, localities = unit
            tactic = str(_weighted(rng, TACTIC_WEIGHTS))  # type: ignore[arg-type]
            target = rng.choice([t for t in TARGETS[country] if t != actor1])
            category = TARGET_CATEGORY[target]
            info = TACTICS[tactic]
            event_type, sub_event_type = (info.event_type, info.sub_event_type) if info.sub_event_type else \
                TACTIC_BY_TARGET[category]
            when = day - timedelta(days=rng.randint(0, 3))
            precision = rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
            geo = rng.choices([1, 2, 3], weights=[55, 30, 15])[0]
            locality = rng.choice(localities) if geo < 3 else None
            jitter = 0.35 if geo < 3 else 0.0
            killed = _count(rng, 2.5)
            wounded = _count(rng, 3.5)
            combined = Count(low=k, best=k, high=None) if killed is None and wounded is None and \
                rng.random() < 0.4 and (k := rng.randint(1, 12)) else None
            who = actor1 or "Unidentified gunmen"
            where = f"near {locality} in {admin1}" if locality else f"in {admin1} governorate"
            harm = [f"killing {killed.best}" if killed and killed.best else "",
                    f"wounding {wounded.best}" if wounded and wounded.best else "",
                    f"killing or wounding {combined.best}" if combined else ""]
            toll = (", " + " and ".join(h for h in harm if h)) if any(harm) else ""
            sentence = f"On {when:%d %B %Y}, {who} {VERBS[tactic]} {target} {where}{toll}."
            drafts.append((sentence, dict(
                date_start=when, date_end=when + timedelta(days=3 if precision == 2 else 0) if precision < 3 else
                min(date(when.year, 12, 31), when + timedelta(days=20)), time_precision=precision,
                event_type=event_type, sub_event_type=sub_event_type, tactics=[tactic],
                gtd_attack_type=info.gtd_attack_type, actor1=actor1, actor2=target, target_category=category,
                place=Place(name=locality or admin1, country=country, admin1=admin1, admin1_code=code,
                            locality=locality, latitude=round(lat + rng.uniform(-jitter, jitter), 4),
                            longitude=round(lon + rng.uniform(-jitter, jitter), 4), geo_precision=geo),
                killed=killed, wounded=wounded, killed_or_wounded=combined,
                status="claimed" if claimed else ("confirmed" if rng.random() < 0.06 else "reported"),
                claimant=actor1 if claimed else None, confidence=round(rng.uniform(0.5, 0.99), 2))))
            sentences.append(sentence)
        text = " ".join(sentences) + f" (Synthetic report {seed}-{doc_number}.)"
        document = Document(id=Document.make_id(text), source=source, title=f"Synthetic report {doc_number}",
                            published=day, text=text, url=None,
                            ingested_at=datetime(year + 1, 1, 1, tzinfo=UTC))
        events = []
        offset = 0
        for index, (sentence, fields) in enumerate(drafts):
            span = Span(start=offset, end=offset + len(sentence), text=sentence)
            offset += len(sentence) + 1
            events.append(Event(id=f"syn-{seed}-{made + index:08d}", document_id=document.id,
                                spans={"event": span}, **fields))  # type: ignore[arg-type]
        made += len(events)
        yield Extraction(document=document, events=events)


def write(n: int, db: str | Path, *, seed: int = 1, year: int = 2024, batch: int = 2000) -> tuple[int, int]:
    """Store ``n`` synthetic events in ``db``; return (events, documents) written."""
    documents = events = 0
    pending: list[Extraction] = []
    with Store(db) as store:
        for extraction in extractions(n, seed=seed, year=year):
            pending.append(extraction)
            if len(pending) >= batch:
                new, _ = save_batch(store, pending)
                documents += new
                events += sum(len(x.events) for x in pending)
                pending = []
        if pending:
            new, _ = save_batch(store, pending)
            documents += new
            events += sum(len(x.events) for x in pending)
    return events, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many events")
    parser.add_argument("db", help="the DuckDB file to write (created when missing)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1); another seed adds new events")
    parser.add_argument("--year", type=int, default=2024, help="the year the events fall in (default 2024)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    events, documents = write(args.n, args.db, seed=args.seed, year=args.year)
    print(f"wrote {events:,} events in {documents:,} documents to {args.db} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
