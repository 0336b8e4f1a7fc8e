"""ACLED's conventions for an export that merges with an ACLED download: actor names, interaction codes, regions,
disorder types, and the SQL of the 31-column ``acled-csv`` row.

ACLED's columns (the current API layout, 31 of them, in ACLED's order) are :data:`ACLED_COLUMNS`. What sitrep knows
fills them as ACLED's codebook defines them:

- **Actors** (:func:`acled_actor`): state forces of a known country become "Military Forces of Somalia" / "Police
  Forces of Kenya" (ACLED appends the government's years, "(2017-)", which sitrep does not know and leaves out);
  generic actors take the country in parentheses ("Unidentified Armed Group (Somalia)", "Civilians (Kenya)"); the
  groups of the alias table that ACLED spells otherwise take ACLED's spelling (:data:`ACLED_ACTOR_NAMES`); any
  other name is kept as extracted.
- **inter1 / inter2** are ACLED's actor-type codes (:data:`INTER_CODES`), read from the actor's kind and category
  in ``sitrep/data/actors.csv`` (state forces 1, or 8 outside their own country; armed groups 2; state-allied and
  unidentified militias 3; rioters 5; protesters 6; civilians 7); an actor2 the table does not know takes its code
  from the event's target category. **interaction** joins the two codes, the lower first ("12"); an event with one
  actor is "10", "20" ….
- **event_id_cnty** is the ISO 3166-1 alpha-3 code followed by sitrep's event id ("SYRe1"): unique, never one of
  ACLED's own numbers. **iso** is the numeric ISO 3166-1 code; **region** ACLED's region (:data:`ACLED_REGIONS`);
  **disorder_type** follows from the event type (:func:`disorder_type`); **civilian_targeting** is "Civilian
  targeting" when civilians were the target.
- **event_date** is never empty: an event whose report states no date takes the document's publication date (or the
  day it was ingested) with **time_precision** 3, and its notes say so.
- **notes** is one paragraph written from the extracted fields and the event's source sentence (cut at a word
  boundary after :data:`NOTE_SENTENCE` characters): never the whole article.
- **admin3**, **assoc_actor_1/2**, **source_scale** and **tags** stay empty: sitrep does not extract them.
- **timestamp** is when the document was stored (Unix seconds), as ACLED's is when the row last changed.
"""

from __future__ import annotations

from typing import Any

import pycountry

from sitrep.report.filters import country_name
from sitrep.taxonomy import ActorTable

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
"""ACLED's 31 columns in ACLED's order (the layout of an ACLED API export)."""

INTER_CODES = {1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia", 5: "Rioters",
               6: "Protesters", 7: "Civilians", 8: "External/Other forces"}
"""ACLED's actor-type codes (inter1, inter2)."""

ACLED_ACTOR_NAMES = {
    "al-Shabaab": "Al Shabaab",
    "Hay'at Tahrir al-Sham": "HTS: Hayat Tahrir al Sham",
    "Syrian Democratic Forces": "SDF: Syrian Democratic Forces",
    "Kurdistan Workers' Party": "PKK: Kurdistan Workers Party",
    "Jama'at Nasr al-Islam wal Muslimin": "JNIM: Group for Support of Islam and Muslims",
    "Boko Haram": "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    "Hamas": "Hamas Movement",
}
"""Alias-table groups that ACLED writes under another name."""

ACLED_BY_COUNTRY = ("Islamic State",)
"""Groups ACLED names with the country of the event in parentheses ("Islamic State (Syria)")."""

GENERIC_ACTORS = {"Unidentified Armed Group": 3, "Civilians": 7, "Protesters": 6, "Rioters": 5}
"""Generic actors ACLED qualifies with the country ("Civilians (Kenya)"), and their codes."""

STATE_FORCES = {"Military Forces": "Military Forces of {}", "Police Forces": "Police Forces of {}"}
"""State forces extraction names without a country, and ACLED's name for them once the country is known."""

TARGET_CODES = {"military": 1, "police": 1, "civilians": 7, "government": 1, "journalists": 7, "aid workers": 7,
                "religious": 7, "protesters": 6}
"""inter2 for an actor2 the alias table does not know, from the event's target category."""

ACLED_REGIONS: dict[str, str] = {
    code: region
    for region, codes in {
        "Middle East": "AE BH CY IL IQ IR JO KW LB OM PS QA SA SY TR YE",
        "Northern Africa": "DZ EG LY MA SD TN",
        "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG",
        "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
        "Eastern Africa": "BI DJ ER ET KE KM MG MU MW MZ RW SC SO SS TZ UG ZW",
        "Southern Africa": "BW LS NA SZ ZA ZM",
        "South Asia": "BD BT IN LK MV NP PK",
        "Caucasus and Central Asia": "AF AM AZ GE KG KZ TJ TM UZ",
        "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
        "East Asia": "CN HK JP KP KR MN TW",
        "Europe": "AL AT BA BE BG BY CH CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LT LU LV MD ME MK MT NL NO PL "
                  "PT RO RS RU SE SI SK UA XK",
        "North America": "CA MX US",
        "Central America": "BZ CR GT HN NI PA SV",
        "Caribbean": "BB BS CU DO HT JM LC PR TT",
        "South America": "AR BO BR CL CO EC GF GY PE PY SR UY VE",
        "Oceania": "AU FJ GU NC NZ PG SB VU",
    }.items()
    for code in codes.split()
}
"""ACLED's region of each country (ISO alpha-2), as ACLED's exports name them."""

NOTE_SENTENCE = 300
"""Characters of the source sentence a note quotes before it is cut at a word boundary."""


def iso3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-3 of an alpha-2 code ("SY" → "SYR"); None when unknown."""
    found = pycountry.countries.get(alpha_2=code) if code else None
    return found.alpha_3 if found is not None else ("XKX" if code == "XK" else None)


def iso_numeric(code: str | None) -> int | None:
    """ISO 3166-1 numeric code of an alpha-2 code ("SY" → 760), as ACLED's ``iso`` column; None when unknown."""
    found = pycountry.countries.get(alpha_2=code) if code else None
    return int(found.numeric) if found is not None else None


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder type of an event type: political violence, demonstrations or strategic developments."""
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub_event_type == "Mob violence":
        return "Political violence"
    return {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}.get(event_type or "")


def acled_actor(name: str | None, country: str | None, table: ActorTable) -> tuple[str | None, int | None]:
    """ACLED's name and inter code for an extracted actor in an event in ``country`` (ISO alpha-2).

    ("Military Forces", "SO") → ("Military Forces of Somalia", 1); ("Unidentified Armed Group", "SO") →
    ("Unidentified Armed Group (Somalia)", 3); ("Islamic State", "SY") → ("Islamic State (Syria)", 2). The code is
    None for a name the alias table does not know.
    """
    if not name:
        return None, None
    place = country_name(country) if country else None
    if name in STATE_FORCES:
        return (STATE_FORCES[name].format(place) if place else name), 1
    if name in GENERIC_ACTORS:
        return (f"{name} ({place})" if place else name), GENERIC_ACTORS[name]
    actor = table.get(name)
    if actor is None:
        return name, None
    canonical = actor.canonical
    if actor.kind == "state" and actor.category in ("military", "police"):
        home = actor.country
        abroad = bool(home and country and home != country)
        if home:
            branch = "Police Forces" if actor.category == "police" else "Military Forces"
            return f"{branch} of {country_name(home)}", 8 if abroad else 1
        return canonical, 8  # a coalition or mission of several states: ACLED's external forces
    if actor.kind == "state":
        return canonical, 1
    if actor.kind == "state-allied":
        return canonical, 3
    if actor.kind == "group":
        if canonical in ACLED_BY_COUNTRY and place:
            return f"{canonical} ({place})", 2
        return ACLED_ACTOR_NAMES.get(canonical, canonical), 2
    return canonical, None


def actor_values(store: Any, where: str, params: list[Any], table: ActorTable | None = None) -> tuple[str, list[Any]]:
    """A ``VALUES`` table ``acled_actors(name, country, acled, inter)`` of every (actor, country) pair of the
    selected events with its ACLED name and code, for one streaming SELECT to join; ("", []) when there is none."""
    table = table or ActorTable.load()
    pairs = store.query(
        f"SELECT DISTINCT actor AS name, country FROM (SELECT e.actor1 AS actor, e.country FROM events e WHERE {where} "
        f"UNION ALL SELECT e.actor2, e.country FROM events e WHERE {where}) WHERE actor IS NOT NULL ORDER BY 1, 2",
        params + params)
    if not pairs:
        return "", []
    values: list[Any] = []
    for row in pairs:
        acled, inter = acled_actor(row["name"], row["country"], table)
        values += [row["name"], row["country"], acled, inter]
    rows = ", ".join(["(?::VARCHAR, ?::VARCHAR, ?::VARCHAR, ?::INTEGER)"] * len(pairs))
    return f"(VALUES {rows}) AS acled_actors(name, country, acled, inter)", values


def _literal(value: Any, cast: str) -> str:
    if value is None:
        return f"NULL::{cast}"
    if isinstance(value, int):
        return f"{value}::{cast}"
    return "'" + str(value).replace("'", "''") + f"'::{cast}"


def _case(pairs: dict[str, Any], expression: str, cast: str = "VARCHAR") -> str:
    # Literals, not parameters: the same CASE appears several times in one SELECT, and its values (country codes
    # and names from pycountry, a fixed table) are quoted here.
    if not pairs:
        return f"NULL::{cast}"
    whens = " ".join(f"WHEN {_literal(key, 'VARCHAR')} THEN {_literal(value, cast)}" for key, value in pairs.items())
    return f"CASE {expression} {whens} ELSE NULL::{cast} END"


def acled_sql(store: Any, where: str, params: list[Any], sentence: str, joins: str) -> tuple[str, list[Any]]:
    """The SELECT of the ``acled-csv`` export over events ``e`` (``where`` and its ``params`` select them),
    ``sentence`` the SQL of each event's source sentence and ``joins`` the joins it needs (documents as ``d``)."""
    codes = [r["country"] for r in store.query(
        f"SELECT DISTINCT e.country FROM events e WHERE {where} AND e.country IS NOT NULL ORDER BY 1", params)]
    names = _case({c: country_name(c) for c in codes}, "e.country")
    alpha3 = _case({c: iso3(c) for c in codes}, "e.country")
    numeric = _case({c: iso_numeric(c) for c in codes}, "e.country", "INTEGER")
    region = _case({c: ACLED_REGIONS.get(c) for c in codes}, "e.country")
    actors, actor_params = actor_values(store, where, params)
    target_case = _case(TARGET_CODES, "e.target_category", "INTEGER")
    if actors:
        actor_joins = (f"LEFT JOIN {actors.replace('acled_actors', 'a1')} ON a1.name = e.actor1 "
                       "AND a1.country IS NOT DISTINCT FROM e.country "
                       f"LEFT JOIN {actors.replace('acled_actors', 'a2')} ON a2.name = e.actor2 "
                       "AND a2.country IS NOT DISTINCT FROM e.country ")
        actor1, inter1, actor2 = "coalesce(a1.acled, e.actor1)", "a1.inter", "coalesce(a2.acled, e.actor2)"
        inter2 = f"CASE WHEN e.actor2 IS NULL THEN NULL ELSE coalesce(a2.inter, {target_case}) END"
    else:
        actor_joins, actor1, inter1, actor2, inter2 = "", "e.actor1", "NULL::INTEGER", "e.actor2", "NULL::INTEGER"
    disorder = (
        "CASE WHEN e.sub_event_type = 'Excessive force against protesters' THEN 'Political violence; Demonstrations' "
        "WHEN e.sub_event_type = 'Mob violence' THEN 'Political violence' "
        "WHEN e.event_type IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') "
        "THEN 'Political violence' WHEN e.event_type IN ('Protests', 'Riots') THEN 'Demonstrations' "
        "WHEN e.event_type = 'Strategic developments' THEN 'Strategic developments' END")
    dated = "coalesce(e.date_start, d.published, d.ingested_at::DATE)"
    cut = f"regexp_replace(trim({sentence}), '\\s+', ' ', 'g')"
    # The quote is the span's first sentence when that ends in time, else the span cut at a word boundary: an
    # 'event' span can run over several sentences, and a note is one paragraph.
    first = f"regexp_extract({cut}, '^.{{20,}}?[.!?][\"”’)]?(?: |$)')"
    quote = (f"CASE WHEN {sentence} IS NULL THEN NULL WHEN length({cut}) <= {NOTE_SENTENCE} THEN {cut} "
             f"WHEN {first} <> '' AND length({first}) <= {NOTE_SENTENCE} THEN trim({first}) "
             f"ELSE regexp_replace(left({cut}, {NOTE_SENTENCE}), '[\\s,;:]+\\S*$', '') || ' …' END")
    where_words = ("CASE WHEN e.admin1 IS NULL OR coalesce(e.locality, e.place_name) IS NULL "
                   "OR lower(coalesce(e.locality, e.place_name)) = lower(e.admin1) "
                   "THEN coalesce(e.locality, e.place_name, e.admin1, '') "
                   "ELSE coalesce(e.locality, e.place_name) || ', ' || e.admin1 END")

    def counted(name: str, words: str) -> str:
        return (f"CASE WHEN e.{name}_best IS NOT NULL THEN e.{name}_best::VARCHAR || ' {words}' "
                f"WHEN e.{name}_high IS NOT NULL THEN 'up to ' || e.{name}_high::VARCHAR || ' {words}' END")

    notes = (
        "concat_ws(' ', "
        "CASE WHEN e.date_start IS NULL THEN 'Date not stated in the report; dated by the report''s ' || "
        "CASE WHEN d.published IS NOT NULL THEN 'publication.' ELSE 'ingestion.' END "
        "ELSE 'On ' || strftime(e.date_start, '%-d %B %Y') || ',' END, "
        "coalesce(e.sub_event_type, e.event_type, 'Event') || ' by ' || "
        f"coalesce({actor1}, 'an unidentified perpetrator') || "
        f"CASE WHEN e.actor2 IS NOT NULL THEN ' against ' || {actor2} ELSE '' END || "
        f"CASE WHEN {where_words} <> '' THEN ' in ' || {where_words} ELSE '' END || '.', "
        f"nullif(concat_ws(', ', {counted('killed', 'killed')}, {counted('wounded', 'wounded')}, "
        f"{counted('killed_or_wounded', 'killed or wounded (combined figure)')}), '') || '.', "
        "CASE e.status WHEN 'claimed' THEN 'Claimed by ' || coalesce(e.claimant, 'the perpetrator') || "
        "'; not independently verified.' WHEN 'confirmed' THEN 'Confirmed by independent sources.' END, "
        f"CASE WHEN {sentence} IS NOT NULL THEN 'Source: \"' || {quote} || '\"' END, "
        "CASE WHEN d.source IS NOT NULL THEN '(' || d.source || coalesce(', ' || strftime(d.published, '%Y-%m-%d'), "
        "'') || ').' END)"
    )
    select = (
        f"coalesce({alpha3}, 'XXX') || e.id AS event_id_cnty, strftime({dated}, '%Y-%m-%d') AS event_date, "
        f"year({dated}) AS year, CASE WHEN e.date_start IS NULL THEN 3 ELSE coalesce(e.time_precision, 1) END "
        f"AS time_precision, {disorder} AS disorder_type, e.event_type, e.sub_event_type, "
        f"{actor1} AS actor1, NULL::VARCHAR AS assoc_actor_1, {inter1} AS inter1, {actor2} AS actor2, "
        f"NULL::VARCHAR AS assoc_actor_2, {inter2} AS inter2, "
        f"CASE WHEN {inter1} IS NULL THEN NULL WHEN e.actor2 IS NULL THEN ({inter1} * 10)::VARCHAR "
        f"WHEN ({inter2}) IS NULL THEN NULL ELSE (least({inter1}, {inter2}) * 10 + greatest({inter1}, {inter2}))"
        "::VARCHAR END AS interaction, "
        "CASE WHEN e.target_category = 'civilians' OR e.event_type = 'Violence against civilians' "
        "THEN 'Civilian targeting' END AS civilian_targeting, "
        f"{numeric} AS iso, {region} AS region, coalesce({names}, e.country) AS country, e.admin1, e.admin2, "
        "NULL::VARCHAR AS admin3, coalesce(e.locality, e.place_name) AS location, e.latitude, e.longitude, "
        "e.geo_precision, d.source AS source, NULL::VARCHAR AS source_scale, "
        f"{notes} AS notes, coalesce(e.killed_best, 0) AS fatalities, NULL::VARCHAR AS tags, "
        "epoch(d.stored_at)::BIGINT AS timestamp"
    )
    # The joins bind the actor table twice (actor1, actor2), then the WHERE binds its own parameters.
    return (f"SELECT {select}, e.id AS event_id, e.status, e.claimant, e.source_kind, e.attribution, "
            "e.attribution_by, CASE WHEN e.attribution = 'claimed' THEN 1 ELSE 0 END AS claimed, "
            "e.attribution_mode AS claimmode, CASE WHEN e.attribution = 'blamed' THEN 1 ELSE 0 END AS guncertain1 "
            f"FROM events e {joins}{actor_joins}"
            f"WHERE {where}", actor_params + actor_params + params)
