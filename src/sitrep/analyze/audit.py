"""A claim held against the record: each figure a group claims, next to what independent reports show.

::

    report = audit_claim(store, claim_id)
    print(report.table())                 # or report.to_dict()
    rows = audit_by_period(store, "Islamic State", by="month")

**The record** for a claim is the set of incidents (:mod:`sitrep.analyze.incidents`) that

- have at least one *independent* report (status ``reported`` or ``confirmed``; a group's own claim of an
  incident is not a record of it, see the independence rules there);
- are attributed to the claim's actor: the incident's perpetrator is the actor or one of its affiliates, alias
  normalised, whatever the attribution level — claimed (also *later* claimed: the independent report shows it
  happened, the claim who did it), blamed on the actor by officials, sources or a monitor, or confirmed; each
  incident row shows that level (``sitrep audit`` prints it after the status), so a record built on suspicion
  reads as such. The perpetrator's own reports (status ``claimed``: its media, its statements) are never the
  record;
- fall in the claim's period (the incident's first date, inclusive of both ends) and country.

Incidents in the same period and area whose perpetrator nobody names are counted apart (``unattributed``): the
record is a lower bound, and they say by how much it might grow.

**Facets.** Every figure of a measure that incidents can show is audited: the total (no facet), each tactic
(``ied+landmine`` matches an incident with either tactic, or, without tactics, with the tactic's ACLED sub-event
type), each target (a named actor matches the incident's target or its affiliates, and a generic "Military
Forces"/"Police Forces" target in the actor's country when the actor is a state force of that kind; a category
such as ``civilians`` or ``police`` matches the incident's target category), each governorate (admin1, by ISO code
or name), and each macro-region, taken as the governorates the claim itself lists in that region (a region the
claim does not break down is not audited). Facets combine: "operations in Deir ez-Zor by IED" needs both.

**Measures.** ``operations`` = number of incidents; ``killed``, ``wounded``, ``captured`` = the sum of the
incidents' best figures; ``killed_or_wounded`` = the sum of killed, wounded and combined figures. Other measures
(vehicles, equipment) are listed as not comparable.

**Flags** (tolerance :data:`TOLERANCE_RATIO`, :data:`TOLERANCE_DIFFERENCE`): ``exceeds`` when the claim is more
than 1.5 times the record *and* more than 2 above it (small numbers differ by chance and by missed reports; large
ratios on large numbers do not); ``no_record`` when something is claimed and no independent incident shows it;
``below`` when the record shows more than the claim; ``ok`` otherwise.

**By period** (:func:`audit_by_period`): each claim's totals are prorated over its period's days — a claim of 60
operations over 30 days that runs 20 days into June and 10 into July counts 40 in June and 20 in July — and the
record is counted only on the days some claim covers, so that a month half covered by claims is compared with
half a month of incidents.

**Computation.** :func:`audit_claim` and :func:`audit_by_period` count in SQL: one query per claim (per actor) over
the relation of :mod:`sitrep.analyze.audit_sql`, which holds the period's incidents with their merged fields;
aliases, affiliates and normalised names are resolved in Python on the relation's few distinct values, and the
query tests membership. :func:`audit_claim_records` and :func:`audit_by_period_records` compute the same from
merged records, incident by incident: the reference the SQL is tested against.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from sitrep.analyze.audit_sql import AuditPool
from sitrep.analyze.incidents import Incident, incidents, merge_all, unlinked_note
from sitrep.errors import AuditError, ConfigError, NotFoundError
from sitrep.geo import normalize_name
from sitrep.model import Claim, Figure
from sitrep.store import Store
from sitrep.store import incidents as stored
from sitrep.taxonomy import TACTICS, TARGET_CATEGORIES, ActorTable, target_category_for_term

TOLERANCE_RATIO = 1.5
"""A claim exceeds the record when claimed / reported is above this ratio …"""
TOLERANCE_DIFFERENCE = 2
"""… and claimed - reported is above this difference."""

MEASURES = ("operations", "killed", "wounded", "killed_or_wounded", "captured")
"""Measures the record can show."""

Flag = Literal["exceeds", "no_record", "below", "ok", "not_comparable"]


@dataclass
class AuditRow:
    """One facet value of one measure: what was claimed, what the record shows, and which incidents."""

    measure: str
    facet: str
    """'total', or the facets joined: 'tactic', 'admin1', 'target', 'region', 'admin1+tactic' …"""
    value: str
    """The facet values as claimed ('ied+landmine', 'Deir ez-Zor'); '' for the total."""
    claimed: float
    reported: int | None
    ratio: float | None
    flag: Flag
    incidents: list[str] = field(default_factory=list)
    unattributed: int = 0
    """Incidents matching the facet, period and area whose perpetrator no report names."""
    note: str = ""
    incident_count: int | None = None
    """How many incidents match: ``len(incidents)``, or more when :func:`audit_claim` was asked to list only the
    first few (``listed``); None for a figure that is not comparable."""

    def __post_init__(self) -> None:
        if self.incident_count is None and self.reported is not None:
            self.incident_count = len(self.incidents)

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {"measure": self.measure, "facet": self.facet, "value": self.value, "claimed": self.claimed,
                "reported": self.reported, "ratio": self.ratio, "flag": self.flag, "incidents": self.incidents,
                "unattributed": self.unattributed, "note": self.note}


@dataclass
class AuditReport:
    """The audit of one claim: one row per audited figure, plus what was held against it."""

    claim_id: str
    actor: str | None
    claimant: str | None
    period_start: str | None
    period_end: str | None
    country: str | None
    rows: list[AuditRow]
    incidents: list[Incident] = field(default_factory=list)
    """The record: the incidents attributed to the actor in the claim's period and area."""
    notes: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> list[AuditRow]:
        """Rows where the claim exceeds the record or has none."""
        return [row for row in self.rows if row.flag in ("exceeds", "no_record")]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, incidents summarised (id, date, place, status, sources)."""
        return {
            "claim_id": self.claim_id, "actor": self.actor, "claimant": self.claimant,
            "period_start": self.period_start, "period_end": self.period_end, "country": self.country,
            "tolerance": {"ratio": TOLERANCE_RATIO, "difference": TOLERANCE_DIFFERENCE},
            "rows": [row.to_dict() for row in self.rows],
            "incidents": [_incident_summary(i) for i in self.incidents],
            "notes": self.notes,
        }

    def table(self) -> str:
        """The report as an aligned text table, then the incidents it cites."""
        head = (f"Audit of claim {self.claim_id}: {self.actor or '?'} (claimed by {self.claimant or '?'}), "
                f"{self.period_start} to {self.period_end}, {self.country or 'country unknown'}")
        header = ("measure", "facet", "value", "claimed", "reported", "ratio", "flag", "unattr.", "incidents")
        cells = [(r.measure, r.facet, r.value, _number(r.claimed), "" if r.reported is None else str(r.reported),
                  "" if r.ratio is None else f"{r.ratio:.2f}", r.flag.upper() if r.flag in ("exceeds", "no_record")
                  else r.flag, str(r.unattributed), _ids(r.incidents)) for r in self.rows]
        lines = [head, "", *_align(header, cells)]
        lines.append("")
        lines.append(f"Flags: exceeds = claimed > {TOLERANCE_RATIO} x reported and more than {TOLERANCE_DIFFERENCE} "
                     "above it; no_record = claimed, no independent incident.")
        if self.incidents:
            lines += ["", f"Incidents on record ({len(self.incidents)}):"]
            for incident in self.incidents:
                lines.append("  " + _incident_line(incident))
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _ids(ids: Sequence[str], limit: int = 6) -> str:
    shown = " ".join(i[:8] for i in ids[:limit])
    return shown + (f" +{len(ids) - limit}" if len(ids) > limit else "")


def _align(header: Sequence[str], cells: Sequence[Sequence[str]]) -> list[str]:
    from sitrep.tables import align

    return align(header, cells)


def _incident_summary(incident: Incident) -> dict[str, Any]:
    place = incident.place
    return {"id": incident.id, "date": incident.date_start.isoformat() if incident.date_start else None,
            "place": place.name if place else None, "admin1": place.admin1 if place else None,
            "sub_event_type": incident.sub_event_type, "tactics": incident.tactics, "actor1": incident.actor1,
            "actor2": incident.actor2, "killed": incident.best("killed"), "wounded": incident.best("wounded"),
            "status": incident.status, "claimed": incident.claimed, "attribution": incident.attribution,
            "attributed_by": incident.attributed_by,
            "sources": [{"outlet": s.outlet, "url": s.url, "document_id": s.document_id} for s in incident.sources]}


def _incident_line(incident: Incident) -> str:
    place = incident.place
    where = f"{place.name}, {place.admin1}" if place and place.admin1 and place.admin1 != place.name else (
        place.name if place else "?")
    outlets = ", ".join(dict.fromkeys(s.outlet or "?" for s in incident.sources))
    by = f" by {', '.join(incident.attributed_by)}" if incident.attributed_by else ""
    attribution = f"{incident.attribution}{by}" if incident.attribution else "not attributed"
    return (f"{incident.id[:8]}  {incident.date_start or '?'}  {where}  {incident.sub_event_type or '?'}  "
            f"killed {incident.best('killed')} wounded {incident.best('wounded')}  [{incident.status}; "
            f"{attribution}] {outlets}")


# -- matching ------------------------------------------------------------------------------------------------------

Match = Callable[[Incident], bool]


def _parse_period(claim: Claim) -> tuple[date, date]:
    if claim.period_start is None or claim.period_end is None:
        # The text gave no period the extractor could read: a publication date would not help.
        raise AuditError(f"claim {claim.id}: no period was read from its text, so it cannot be held against dated "
                         "incidents; check the claim's wording (sitrep claims) or audit the actor by month instead")
    try:
        start, end = date.fromisoformat(claim.period_start), date.fromisoformat(claim.period_end)
    except ValueError as error:
        raise AuditError(f"claim {claim.id}: its period ({claim.period_start or '?'} to {claim.period_end or '?'}) "
                         "has no complete dates with a year, so it cannot be held against dated incidents; give "
                         "the document a publication date (--published) and ingest it again") from error
    return start, end


def attributed(incident: Incident, actor: str, actors: ActorTable) -> bool:
    """True when the incident's perpetrator is ``actor`` or an affiliate (alias-normalised)."""
    if incident.actor1 is None:
        return False
    return actors.same_side(actors.canonical(incident.actor1) or incident.actor1, actor)


def independently_reported(incident: Incident) -> bool:
    """True when at least one report of the incident is independent (status reported or confirmed)."""
    return incident.status in ("reported", "confirmed")


def _tactic_match(key: str) -> Match:
    keys = set(key.split("+"))
    subs = {TACTICS[k].sub_event_type for k in keys if k in TACTICS and TACTICS[k].sub_event_type}
    return lambda i: bool(keys & set(i.tactics)) or (not i.tactics and i.sub_event_type in subs)


def _target_words(target: str) -> tuple[str, str | None]:
    """A claim's target as written, less "and (its) allies", and the target category it names, if any."""
    written = target.strip()
    for suffix in (" and allies", " and its allies", " and their allies", " allies"):
        if written.lower().endswith(suffix):
            written = written[: -len(suffix)]
            break
    category = target_category_for_term(written) or (written.lower() if written.lower() in TARGET_CATEGORIES
                                                     else None)
    return written, category


def _target_match(target: str, actors: ActorTable) -> Match:
    written, category = _target_words(target)
    actor = actors.get(written)
    if actor is not None:
        generic = {"military": "Military Forces", "police": "Police Forces"}.get(actor.category)

        def by_actor(i: Incident) -> bool:
            if i.actor2 is None:
                return False
            if actors.same_side(actors.canonical(i.actor2) or i.actor2, actor.canonical):
                return True
            return (generic is not None and actor.kind == "state" and i.actor2 == generic
                    and i.place is not None and i.place.country == actor.country)

        return by_actor
    if category is not None:
        label = {"civilians": "Civilians", "police": "Police Forces", "military": "Military Forces"}.get(category)
        return lambda i: i.target_category == category or (label is not None and i.actor2 == label)
    return lambda i: i.actor2 is not None and i.actor2.lower() == written.lower()


def _admin1_match(names: Iterable[tuple[str | None, str | None]]) -> Match:
    codes = {code for _, code in names if code}
    keys = {normalize_name(name) for name, _ in names if name}

    def match(i: Incident) -> bool:
        place = i.place
        if place is None or place.admin1 is None:
            return False
        return (place.admin1_code is not None and place.admin1_code in codes) or normalize_name(place.admin1) in keys

    return match


def _facet_matcher(figure: Figure, claim: Claim, actors: ActorTable) -> tuple[str, str, Match | None, str]:
    """(facet name, value, match, note) of a figure; match None when the facet cannot be audited."""
    names: list[str] = []
    values: list[str] = []
    tests: list[Match] = []
    if figure.admin1:
        names.append("admin1")
        values.append(figure.admin1)
        tests.append(_admin1_match([(figure.admin1, figure.admin1_code)]))
    elif figure.region:
        names.append("region")
        values.append(figure.region)
        listed = [(f.admin1, f.admin1_code) for f in claim.figures if f.region == figure.region and f.admin1]
        if not listed:
            return "region", figure.region, None, "the claim lists no governorates in this region"
        tests.append(_admin1_match(listed))
    if figure.tactic:
        names.append("tactic")
        values.append(figure.tactic)
        tests.append(_tactic_match(figure.tactic))
    elif figure.sub_event_type:
        names.append("sub_event_type")
        values.append(figure.sub_event_type)
        tests.append(lambda i, sub=figure.sub_event_type: i.sub_event_type == sub)
    if figure.target:
        names.append("target")
        values.append(figure.target)
        tests.append(_target_match(figure.target, actors))
    if figure.country and not figure.admin1:
        names.append("country")
        values.append(figure.country)
        tests.append(lambda i, code=figure.country: i.place is not None and i.place.country == code)
    if figure.item:
        return "item", figure.item, None, "materiel is not comparable with incidents"
    if not names:
        return "total", "", (lambda i: True), ""
    return "+".join(names), " / ".join(values), (lambda i: all(test(i) for test in tests)), ""


class _Params:
    """Named query parameters (``$p0``, ``$p1`` …) collected while a query is written."""

    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self.values: dict[str, Any] = dict(values or {})
        self._n = 0

    def add(self, value: Any) -> str:
        """A new parameter holding ``value``; returns its placeholder."""
        name = f"p{self._n}"
        self._n += 1
        self.values[name] = value
        return f"${name}"


def _tactic_sql(key: str, params: _Params) -> str:
    """:func:`_tactic_match` as a condition on the audit relation."""
    keys = sorted(set(key.split("+")))
    subs = sorted({TACTICS[k].sub_event_type for k in keys if k in TACTICS and TACTICS[k].sub_event_type})
    return (f"(list_has_any(tactics, {params.add(keys)}::VARCHAR[]) OR (len(tactics) = 0 "
            f"AND list_contains({params.add(subs)}::VARCHAR[], sub_event_type)))")


def _admin1_sql(names: Iterable[tuple[str | None, str | None]], admin1s: Sequence[str], params: _Params) -> str:
    """:func:`_admin1_match` as a condition: names are compared normalised, in Python, on the distinct admin1
    values of the relation."""
    names = list(names)
    codes = sorted({code for _, code in names if code})
    keys = {normalize_name(name) for name, _ in names if name}
    same = sorted(v for v in admin1s if normalize_name(v) in keys)
    return (f"(admin1 IS NOT NULL AND (list_contains({params.add(codes)}::VARCHAR[], admin1_code) "
            f"OR list_contains({params.add(same)}::VARCHAR[], admin1)))")


def _target_sql(target: str, actors: ActorTable, actor2s: Sequence[str], params: _Params) -> str:
    """:func:`_target_match` as a condition: aliases and affiliates are resolved in Python on the distinct actor2
    values of the relation."""
    written, category = _target_words(target)
    actor = actors.get(written)
    if actor is not None:
        same = [v for v in actor2s if actors.same_side(actors.canonical(v) or v, actor.canonical)]
        condition = f"list_contains({params.add(same)}::VARCHAR[], actor2)"
        generic = {"military": "Military Forces", "police": "Police Forces"}.get(actor.category)
        if generic is not None and actor.kind == "state" and actor.country is not None:
            condition += f" OR (actor2 = {params.add(generic)} AND country = {params.add(actor.country)})"
        return f"(actor2 IS NOT NULL AND ({condition}))"
    if category is not None:
        label = {"civilians": "Civilians", "police": "Police Forces", "military": "Military Forces"}.get(category)
        return (f"(target_category = {params.add(category)}"
                + (f" OR actor2 = {params.add(label)})" if label is not None else ")"))
    same = [v for v in actor2s if v.lower() == written.lower()]
    return f"list_contains({params.add(same)}::VARCHAR[], actor2)"


def _facet_sql(figure: Figure, claim: Claim, actors: ActorTable, values: dict[str, list[str]],
               params: _Params) -> tuple[str, str, str | None, str]:
    """:func:`_facet_matcher` as a SQL condition on the audit relation (:mod:`sitrep.analyze.audit_sql`):
    (facet name, value, condition, note); condition None when the facet cannot be audited."""
    names: list[str] = []
    shown: list[str] = []
    tests: list[str] = []
    if figure.admin1:
        names.append("admin1")
        shown.append(figure.admin1)
        tests.append(_admin1_sql([(figure.admin1, figure.admin1_code)], values["admin1"], params))
    elif figure.region:
        names.append("region")
        shown.append(figure.region)
        listed = [(f.admin1, f.admin1_code) for f in claim.figures if f.region == figure.region and f.admin1]
        if not listed:
            return "region", figure.region, None, "the claim lists no governorates in this region"
        tests.append(_admin1_sql(listed, values["admin1"], params))
    if figure.tactic:
        names.append("tactic")
        shown.append(figure.tactic)
        tests.append(_tactic_sql(figure.tactic, params))
    elif figure.sub_event_type:
        names.append("sub_event_type")
        shown.append(figure.sub_event_type)
        tests.append(f"sub_event_type = {params.add(figure.sub_event_type)}")
    if figure.target:
        names.append("target")
        shown.append(figure.target)
        tests.append(_target_sql(figure.target, actors, values["actor2"], params))
    if figure.country and not figure.admin1:
        names.append("country")
        shown.append(figure.country)
        tests.append(f"country = {params.add(figure.country)}")
    if figure.item:
        return "item", figure.item, None, "materiel is not comparable with incidents"
    if not names:
        return "total", "", "TRUE", ""
    return "+".join(names), " / ".join(shown), " AND ".join(tests), ""


def measure_value(measure: str, found: Sequence[Incident]) -> int:
    """What the record shows for a measure: the number of incidents, or the sum of their best figures."""
    if measure == "operations":
        return len(found)
    return sum(i.best(measure) for i in found)


def flag(claimed: float, reported: int | None) -> Flag:
    """The flag of a claimed figure against the record (see the module docstring)."""
    if reported is None:
        return "not_comparable"
    if reported == 0:
        return "no_record" if claimed > 0 else "ok"
    if claimed / reported > TOLERANCE_RATIO and claimed - reported > TOLERANCE_DIFFERENCE:
        return "exceeds"
    if claimed < reported:
        return "below"
    return "ok"


# -- audits --------------------------------------------------------------------------------------------------------

Pool = Callable[[date, date], list[Incident]]
"""The store's incidents dated within a period (both ends inclusive): :func:`sitrep.analyze.incidents.incidents`."""


def incident_pool(store: Store, *, actors: ActorTable | None = None) -> Pool:
    """:func:`sitrep.analyze.incidents.incidents` of ``store`` that reads and merges each period once: a report
    audits up to 25 claims, and a group's bulletins of one month share their period, so without it every audit
    reloads every event of the same month as records. For one reading of the store (the incidents are shared
    between the audits: treat them as read-only)."""
    found: dict[tuple[date, date], list[Incident]] = {}

    def pool(start: date, end: date) -> list[Incident]:
        if (start, end) not in found:
            found[(start, end)] = incidents(store, start=start, end=end, actors=actors)
        return found[(start, end)]

    return pool


def _claim_to_audit(store: Store, claim_id: str | Claim, actors: ActorTable) -> tuple[Claim, str, date, date]:
    """The stored claim, its actor's canonical name and its period; raises as :func:`audit_claim` says."""
    if isinstance(claim_id, Claim):
        claim = claim_id
    else:
        found = store.claims(claim_id=claim_id)
        if not found:
            raise NotFoundError(f"no claim with id {claim_id!r} in {store.path}; list claims with: sitrep claims")
        claim = found[0]
    if not claim.actor:
        raise AuditError(f"claim {claim.id}: it names no actor whose operations it counts, so there is no record "
                         "to hold it against")
    start, end = _parse_period(claim)
    return claim, actors.canonical(claim.actor) or claim.actor, start, end


def _notes(claim: Claim, unlinked: str | None) -> list[str]:
    notes = []
    if claim.status != "claimed":
        notes.append(f"this claim's status is {claim.status!r}: it is a third party's count, not the actor's own")
    if not claim.country:
        notes.append("the claim names no country: incidents anywhere were considered")
    if unlinked:
        notes.append(unlinked)
    return notes


def audit_claim(store: Store, claim_id: str | Claim, *, actors: ActorTable | None = None,
                pool: AuditPool | None = None, records: bool = True, listed: int | None = None) -> AuditReport:
    """Hold each figure of a stored claim against the independently reported incidents (module docstring).

    ``claim_id`` is the claim's id, or the stored claim itself when the caller already holds it.

    One SQL query over the period's incidents (:mod:`sitrep.analyze.audit_sql`) counts every figure; ``pool``
    (:class:`~sitrep.analyze.audit_sql.AuditPool`) shares the period's relation between the audits of several
    claims. With ``records`` (the default) the report also holds the record's incidents as records
    (:attr:`AuditReport.incidents`, for ``sitrep audit``'s list); a page that shows only the rows passes False,
    and ``listed`` to keep only the first (by date) that many incident ids of each row
    (:attr:`AuditRow.incident_count` still counts them all).
    Raises NotFoundError when no claim has this id, AuditError when the claim has no usable period or actor.
    """
    actors = pool.actors if pool is not None else actors if actors is not None else ActorTable.load()
    claim, actor, start, end = _claim_to_audit(store, claim_id, actors)
    if pool is None:
        with AuditPool(store, actors=actors) as own:
            return audit_claim(store, claim, pool=own, records=records, listed=listed)
    period = pool.period(start, end)
    params = _Params(period.params())
    attributed_names = [v for v in period.values["actor1"] if actors.same_side(actors.canonical(v) or v, actor)]
    record = f"list_contains({params.add(attributed_names)}::VARCHAR[], actor1)"
    # Each row's tests are evaluated once, as columns of the filtered relation; the aggregates read them.
    tests = [f"coalesce({record}, FALSE) AS rec", "(actor1 IS NULL OR actor1 = 'Unidentified Armed Group') AS unnamed"]
    selects = ["list(id ORDER BY date_start, id) FILTER (WHERE rec) AS record",
               "list(event_id ORDER BY date_start, id) FILTER (WHERE rec) AS record_events"] if records else []
    # The first few ids by date without sorting or returning the rest (a month's record is thousands).
    ids = "list(id ORDER BY date_start, id)" if listed is None else f"min_by(id, (date_start, id), {int(listed)})"
    plans: list[tuple[Figure, str, str, str | None, str]] = []
    for k, figure in enumerate(claim.figures):
        facet, value, where, note = _facet_sql(figure, claim, actors, period.values, params)
        plans.append((figure, facet, value, where, note))
        if figure.measure in MEASURES and where is not None:
            total = "count(*)" if figure.measure == "operations" else f"sum({figure.measure})"
            tests.append(f"coalesce({where}, FALSE) AS f{k}")
            selects += [f"coalesce({total} FILTER (WHERE rec AND f{k}), 0) AS v{k}",
                        f"{ids} FILTER (WHERE rec AND f{k}) AS i{k}", f"count(*) FILTER (WHERE rec AND f{k}) AS n{k}",
                        f"count(*) FILTER (WHERE unnamed AND f{k}) AS u{k}"]
    country = f" AND country = {params.add(claim.country)}" if claim.country else ""
    found = store.query(f"WITH {period.relation()} SELECT {', '.join(selects)} FROM (SELECT *, {', '.join(tests)} "
                        f"FROM pool WHERE independent{country})", params.values)[0]
    rows: list[AuditRow] = []
    for k, (figure, facet, value, where, note) in enumerate(plans):
        if figure.measure not in MEASURES or where is None:
            rows.append(_not_comparable(figure, facet, value, note))
            continue
        reported = int(found[f"v{k}"])
        ratio = round(figure.value / reported, 2) if reported else None
        rows.append(AuditRow(figure.measure, facet, value, figure.value, reported, ratio,
                             flag(figure.value, reported), list(found[f"i{k}"] or []),
                             unattributed=int(found[f"u{k}"]), incident_count=int(found[f"n{k}"])))
    held = _record_incidents(store, period.merged, found["record"] or [], found["record_events"] or [], actors) \
        if records else []
    return AuditReport(claim_id=claim.id, actor=actor, claimant=claim.claimant, period_start=claim.period_start,
                       period_end=claim.period_end, country=claim.country, rows=rows, incidents=held,
                       notes=_notes(claim, pool.unlinked_note()))


def _not_comparable(figure: Figure, facet: str, value: str, note: str) -> AuditRow:
    """The row of a figure the record cannot be held against: a measure incidents do not record, or a facet
    (``note`` says why) no incident field answers."""
    if figure.measure not in MEASURES:
        note = "incidents do not record this measure"
    return AuditRow(figure.measure, facet, value, figure.value, None, None, "not_comparable", note=note)


def _record_incidents(store: Store, merged: Sequence[Incident], ids: Sequence[str], event_ids: Sequence[str],
                      actors: ActorTable) -> list[Incident]:
    """The record's incidents as records, in the query's order: single reports merged from their one event, the
    rest taken from the period's merged incidents."""
    singles = [e for e in event_ids if e]
    events = stored.load_events(store, event_ids=singles) if singles else []
    found = {i.id: i for i in merge_all(events, stored.load_documents(store, {e.document_id for e in events}),
                                        actors=actors)} if events else {}
    found.update({i.id: i for i in merged if i.id in set(ids)})
    return [found[i] for i in ids if i in found]


def audit_claim_records(store: Store, claim_id: str | Claim, *, actors: ActorTable | None = None,
                        pool: Pool | None = None) -> AuditReport:
    """:func:`audit_claim` computed from records: every incident of the period merged in Python and each figure
    matched incident by incident. The reference the SQL path is tested against (same rows, same incidents).

    ``pool`` (:func:`incident_pool`) shares the incidents of a period between the audits of several claims.
    """
    actors = actors if actors is not None else ActorTable.load()
    claim, actor, start, end = _claim_to_audit(store, claim_id, actors)
    dated = pool(start, end) if pool is not None else incidents(store, start=start, end=end, actors=actors)
    candidates = [i for i in dated if independently_reported(i)]
    if claim.country:
        candidates = [i for i in candidates if i.place is not None and i.place.country == claim.country]
    record = [i for i in candidates if attributed(i, actor, actors)]
    unnamed = [i for i in candidates if i.actor1 is None or i.actor1 in ("Unidentified Armed Group",)]
    rows: list[AuditRow] = []
    for figure in claim.figures:
        facet, value, match, note = _facet_matcher(figure, claim, actors)
        if figure.measure not in MEASURES or match is None:
            rows.append(_not_comparable(figure, facet, value, note))
            continue
        hits = [i for i in record if match(i)]
        reported = measure_value(figure.measure, hits)
        ratio = round(figure.value / reported, 2) if reported else None
        rows.append(AuditRow(figure.measure, facet, value, figure.value, reported, ratio,
                             flag(figure.value, reported), [i.id for i in hits],
                             unattributed=sum(1 for i in unnamed if match(i))))
    return AuditReport(claim_id=claim.id, actor=actor, claimant=claim.claimant, period_start=claim.period_start,
                       period_end=claim.period_end, country=claim.country, rows=rows, incidents=record,
                       notes=_notes(claim, unlinked_note(store)))


@dataclass
class PeriodRow:
    """One period and measure of :func:`audit_by_period`."""

    period: str
    measure: str
    claimed: float
    reported: int
    ratio: float | None
    flag: Flag
    covered_days: int
    claims: list[str]
    incidents: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {"period": self.period, "measure": self.measure, "claimed": self.claimed, "reported": self.reported,
                "ratio": self.ratio, "flag": self.flag, "covered_days": self.covered_days, "claims": self.claims,
                "incidents": self.incidents}


def audit_by_period(store: Store, actor: str, *, by: str = "month", actors: ActorTable | None = None,
                    pool: AuditPool | None = None) -> list[PeriodRow]:
    """Compare an actor's claimed totals with the record period by period (module docstring, "By period").

    The record is one SQL query over the incidents of the claims' whole span (:mod:`sitrep.analyze.audit_sql`),
    grouped by day. Claims without a complete period are skipped. Raises ConfigError for an unknown ``by``.
    """
    actors = pool.actors if pool is not None else actors if actors is not None else ActorTable.load()
    claimed = _claimed_by_period(store, actor, by, actors)
    if claimed is None:
        return []
    if pool is None:
        with AuditPool(store, actors=actors) as own:
            return audit_by_period(store, actor, by=by, pool=own)
    canonical, countries, first, last = claimed.canonical, claimed.countries, claimed.first, claimed.last
    period = pool.period(first, last)
    params = _Params(period.params())
    names = [v for v in period.values["actor1"] if actors.same_side(actors.canonical(v) or v, canonical)]
    where = f"independent AND list_contains({params.add(names)}::VARCHAR[], actor1)"
    if None not in countries:
        where += f" AND list_contains({params.add(sorted(c for c in countries if c))}::VARCHAR[], country)"
    found = store.query(f"WITH {period.relation()} SELECT date_start, list(id ORDER BY id) AS ids, "
                        + ", ".join(f"sum({m}) AS {m}" for m in MEASURES if m != "operations")
                        + f" FROM pool WHERE {where} GROUP BY date_start", params.values)
    by_day = {r["date_start"]: (list(r["ids"]), {m: len(r["ids"]) if m == "operations" else int(r[m])
                                                  for m in MEASURES}) for r in found}
    return claimed.rows(by_day)


def audit_by_period_records(store: Store, actor: str, *, by: str = "month",
                            actors: ActorTable | None = None) -> list[PeriodRow]:
    """:func:`audit_by_period` computed from records (every incident of the span merged in Python): the reference
    the SQL path is tested against."""
    actors = actors if actors is not None else ActorTable.load()
    claimed = _claimed_by_period(store, actor, by, actors)
    if claimed is None:
        return []
    countries = claimed.countries
    record = [i for i in incidents(store, start=claimed.first, end=claimed.last, actors=actors)
              if independently_reported(i) and attributed(i, claimed.canonical, actors)
              and (None in countries or (i.place is not None and i.place.country in countries))]
    days: dict[date, list[Incident]] = defaultdict(list)
    for incident in record:
        if incident.date_start is not None:
            days[incident.date_start].append(incident)
    return claimed.rows({day: ([i.id for i in found], {m: measure_value(m, found) for m in MEASURES})
                         for day, found in days.items()})


@dataclass
class _Claimed:
    """An actor's claimed totals prorated over the days of their periods (module docstring, "By period")."""

    by: str
    canonical: str
    claimed: dict[tuple[str, str], float]
    covered: dict[str, set[date]]
    by_claim: dict[str, set[str]]
    countries: set[str | None]

    @property
    def first(self) -> date:
        return min(min(days) for days in self.covered.values())

    @property
    def last(self) -> date:
        return max(max(days) for days in self.covered.values())

    def rows(self, by_day: dict[date, tuple[list[str], dict[str, int]]]) -> list[PeriodRow]:
        """The rows, given the record of each day: (incident ids by id, the value of each measure)."""
        rows: list[PeriodRow] = []
        measures = sorted({m for _, m in self.claimed}, key=MEASURES.index)
        for label in sorted(self.covered):
            days = sorted(day for day in self.covered[label] if day in by_day)
            hits = [i for day in days for i in by_day[day][0]]
            for measure in measures:
                value = round(self.claimed.get((label, measure), 0.0), 1)
                reported = sum(by_day[day][1][measure] for day in days)
                rows.append(PeriodRow(label, measure, value, reported,
                                      round(value / reported, 2) if reported else None, flag(value, reported),
                                      len(self.covered[label]), sorted(self.by_claim[label]), hits))
        return rows


def _claimed_by_period(store: Store, actor: str, by: str, actors: ActorTable) -> _Claimed | None:
    """The actor's claims prorated by ``by``; None when no claim has a complete period."""
    if by not in ("month", "week"):
        raise ConfigError(f"--by {by!r}: choose month or week")
    canonical = actors.canonical(actor) or actor
    claims = [c for c in store.claims() if c.repeats is None and c.stance == "claim"
              and c.actor and actors.same_side(actors.canonical(c.actor) or c.actor, canonical)]
    claimed: dict[tuple[str, str], float] = defaultdict(float)
    covered: dict[str, set[date]] = defaultdict(set)
    by_claim: dict[str, set[str]] = defaultdict(set)
    countries: set[str | None] = set()
    for claim in claims:
        try:
            start, end = _parse_period(claim)
        except AuditError:
            continue
        days = (end - start).days + 1
        countries.add(claim.country)
        totals = {f.measure: f.value for f in claim.figures if f.measure in MEASURES and not f.facets()}
        for day in (start + timedelta(days=k) for k in range(days)):
            label = period_label(day, by)
            covered[label].add(day)
            by_claim[label].add(claim.id)
            for measure, value in totals.items():
                claimed[(label, measure)] += value / days
    if not covered:
        return None
    return _Claimed(by, canonical, claimed, covered, by_claim, countries)


def period_label(day: date, by: str) -> str:
    """'2020-07' for a month, '2020-W31' (ISO week) for a week."""
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period_table(rows: Sequence[PeriodRow]) -> str:
    """:func:`audit_by_period` rows as an aligned text table."""
    header = ("period", "measure", "claimed", "reported", "ratio", "flag", "days", "claims", "incidents")
    cells = [(r.period, r.measure, _number(r.claimed), str(r.reported), "" if r.ratio is None else f"{r.ratio:.2f}",
              r.flag.upper() if r.flag in ("exceeds", "no_record") else r.flag, str(r.covered_days),
              str(len(r.claims)), _ids(r.incidents, 4)) for r in rows]
    return "\n".join(_align(header, cells))
