"""Which events a report or an export covers: :class:`EventFilter`, one definition for the API and the CLI.

Every report and export selects its events with the SQL that :meth:`EventFilter.where` writes, so a number on a page
and the rows of ``sitrep events`` with the same filters always come from the same events.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any, get_args

import pycountry

from sitrep.errors import ConfigError
from sitrep.model import Status
from sitrep.store import CURRENT_DOCUMENTS

if TYPE_CHECKING:
    from sitrep.model import Claim

STATUSES: tuple[str, ...] = get_args(Status)

ACLED_COUNTRY_NAMES: dict[str, str] = {
    "BN": "Brunei", "BO": "Bolivia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic", "FM": "Micronesia", "IR": "Iran",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia",
    "SY": "Syria", "SZ": "eSwatini", "TR": "Turkey", "TZ": "Tanzania", "VE": "Venezuela", "VN": "Vietnam",
    "XK": "Kosovo",
}
"""Country names as ACLED writes them, where they differ from pycountry's common or official name."""

_NAME_TO_CODE = {name.casefold(): code for code, name in ACLED_COUNTRY_NAMES.items()}
_NAME_TO_CODE.update({"dr congo": "CD", "drc": "CD", "congo-kinshasa": "CD", "congo-brazzaville": "CG"})


def country_name(code: str | None) -> str | None:
    """The country's name as ACLED writes it ("Syria", not "Syrian Arab Republic"), or the code when unknown."""
    if not code:
        return None
    if code in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 code of a country given by code (SY, SYR) or name (Syria); ConfigError when unknown."""
    text = value.strip()
    if text.casefold() in _NAME_TO_CODE:
        return _NAME_TO_CODE[text.casefold()]
    if text.upper() == "XK":
        return "XK"
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        pass
    from sitrep.geo import Gazetteer  # the gazetteer knows more spellings ("Syrian Arab Rep.", "Cote d'Ivoire")

    found = Gazetteer.default().country(text)
    if found:
        return found
    raise ConfigError(f"--country {value!r}: not a country code or name; use an ISO code such as SY or IQ, "
                          "or a name such as Syria") from None


_ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


@functools.lru_cache(maxsize=256)
def admin1_forms(value: str, country: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lower-cased names and upper-cased ISO 3166-2 codes that stand for the admin-1 unit ``value``.

    ``value`` is a name in any common spelling ("Deir al-Zor", "Dayr az Zawr") or a code (SY-DY); the gazetteer
    (:class:`sitrep.geo.Gazetteer`) gives the canonical name and code, so every spelling finds the stored rows.
    A unit the gazetteer does not know is matched as written.
    """
    text = value.strip()
    names, codes = {text.lower()}, {text.upper()}
    if not _ISO_3166_2.fullmatch(text.upper()) or country:
        from sitrep.geo import Gazetteer  # loaded only when a name has to be resolved

        entry = Gazetteer.default().unit(text, country=country)
        if entry is not None and entry.level == "admin1":
            names |= {entry.name.lower(), *(form.lower() for form in entry.names)}
            codes |= {entry.code.upper()} if entry.code else set()
    return tuple(sorted(names)), tuple(sorted(codes))


@functools.cache
def _actor_table() -> Any:
    from sitrep import settings
    from sitrep.taxonomy import ActorTable

    extra = settings.get("actors")  # the user's alias file (SITREP_ACTORS), as the extractor reads it
    return ActorTable.load(extra) if extra else ActorTable.load()


def canonical_actor(value: str) -> str | None:
    """The alias table's canonical name for ``value`` in any case ("ISIS", "isis", "Daesh" → "Islamic State")."""
    table = _actor_table()
    text = value.strip()
    found = table.canonical(text) or table.canonical(text.upper())
    if found is None:
        folded = text.casefold()
        found = next((canonical for alias, canonical in table.aliases() if alias.casefold() == folded), None)
    return found


@functools.lru_cache(maxsize=256)
def actor_names(value: str) -> tuple[str, ...]:
    """Lower-cased names that stand for the actor ``value``: as written, its canonical name and aliases, and those of
    its affiliates ("Islamic State" takes in ISWAP and ISKP; "ISKP" only itself), through the actor alias table
    (:class:`sitrep.taxonomy.ActorTable`)."""
    table = _actor_table()
    names = {value.strip().lower()}
    canonical = canonical_actor(value)
    if canonical is not None:
        for actor in table.actors.values():
            if actor.canonical == canonical or actor.parent == canonical:
                names |= {actor.canonical.lower(), *(alias.lower() for alias in actor.aliases)}
    return tuple(sorted(names))


def _as_date(value: date | str | None, option: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{option} {value!r}: not a date; write it as YYYY-MM-DD, e.g. 2024-03-01") from None


@dataclass(frozen=True)
class EventFilter:
    """The events a report or export covers; every field left None selects everything.

    - ``country``: ISO 3166-1 code or name (normalised to alpha-2).
    - ``admin1``: governorate / province, by canonical name (any case) or ISO 3166-2 code (SY-DY).
    - ``actor``: events where this actor is either party (actor1 or actor2), any case.
    - ``event_type``: an ACLED event type, sub-event type or tactic tag (ambush, ied …), any case.
    - ``since`` / ``until``: inclusive bounds on the event's first date (``date_start``, ACLED's event_date);
      undated events are left out when either is set.
    - ``status``: claimed, reported or confirmed.
    - ``reviewed``: only events a reviewer accepted on the review desk (``sitrep serve``).
    - ``claim_id``: not an event condition; ``render`` draws that claim's infographic instead of a period's.
    - ``include_retired``: also events of superseded and forgotten document versions (off: they never count).
    - ``include_rejected``: also events a reviewer rejected as not events at all (off: a rejection takes the event
      out of every export and report; the review log keeps it).
    """

    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    claim_id: str | None = None
    include_retired: bool = False
    reviewed: bool = False
    include_rejected: bool = False

    def __post_init__(self) -> None:
        # Normalise here, once: the SQL, the page titles and the CLI all see the same values.
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, str) and not value.strip():
                object.__setattr__(self, item.name, None)
        if self.country is not None:
            object.__setattr__(self, "country", country_code(self.country))
        object.__setattr__(self, "since", _as_date(self.since, "--since"))
        object.__setattr__(self, "until", _as_date(self.until, "--until"))
        if self.since and self.until and self.since > self.until:
            raise ConfigError(f"--since {self.since} is after --until {self.until}; swap them")
        if self.status is not None:
            status = self.status.strip().lower()
            if status not in STATUSES:
                raise ConfigError(f"--status {self.status!r}: choose one of {', '.join(STATUSES)}")
            object.__setattr__(self, "status", status)

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """A SQL condition over the ``events`` table and its ``?`` parameters; ``"TRUE"`` when nothing is filtered.

        ``alias`` is the events table's alias in the query (``"e"`` gives ``e.country = ?``).
        """
        p = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append(f"{p}country = ?")
            params.append(self.country)
        if self.admin1:
            names, codes = admin1_forms(self.admin1, self.country)
            clauses.append(f"(list_contains(?, lower({p}admin1)) OR list_contains(?, upper({p}admin1_code)))")
            params += [list(names), list(codes)]
        if self.actor:
            names = actor_names(self.actor)
            clauses.append(f"(list_contains(?, lower({p}actor1)) OR list_contains(?, lower({p}actor2)))")
            params += [list(names), list(names)]
        if self.event_type:
            clauses.append(f"(lower({p}event_type) = ? OR lower({p}sub_event_type) = ? "
                           f"OR list_contains({p}tactics, ?))")
            params += [self.event_type.lower()] * 3
        if self.since:
            clauses.append(f"{p}date_start >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{p}date_start <= ?")
            params.append(self.until)
        if self.status:
            clauses.append(f"{p}status = ?")
            params.append(self.status)
        if not self.include_retired:
            clauses.append(f"{p}document_id IN {CURRENT_DOCUMENTS}")
        if self.reviewed:
            clauses.append(f"{p}id IN (SELECT record_id FROM review_state WHERE record_kind = 'event' "
                           "AND state = 'accepted')")
        elif not self.include_rejected:
            clauses.append(f"{p}id NOT IN (SELECT record_id FROM review_state WHERE record_kind = 'event' "
                           "AND state = 'rejected')")
        return (" AND ".join(clauses) if clauses else "TRUE"), params

    def matches_claim(self, claim: Claim) -> bool:
        """Whether an aggregate claim falls under these filters, read as a claim's fields allow.

        country and status are the claim's; actor is its actor or claimant (aliases and affiliates as for events);
        admin1 and type match any of its figures (governorate; tactic, event or sub-event type); since/until keep a
        claim whose period overlaps them (a claim with no period only when no bound is set). ``reviewed`` and
        ``include_retired`` are for the store's query, not this test.
        """
        if self.claim_id is not None and claim.id != self.claim_id:
            return False
        if self.country and claim.country != self.country:
            return False
        if self.status and claim.status != self.status:
            return False
        if self.actor:
            names = actor_names(self.actor)
            if not any(who and who.lower() in names for who in (claim.actor, claim.claimant)):
                return False
        if self.admin1:
            names, codes = admin1_forms(self.admin1, self.country)
            if not any((f.admin1 or "").lower() in names or (f.admin1_code or "").upper() in codes
                       for f in claim.figures if f.admin1 or f.admin1_code):
                return False
        if self.event_type:
            wanted = self.event_type.lower()
            if not any(wanted in {(f.event_type or "").lower(), (f.sub_event_type or "").lower(),
                                  *(t.lower() for t in (f.tactic or "").split("+") if t)} for f in claim.figures):
                return False
        if self.since or self.until:
            start, end = _claim_day(claim.period_start), _claim_day(claim.period_end)
            start, end = start or end, end or start
            if start is None or end is None:
                return False
            if (self.since and end < self.since) or (self.until and start > self.until):
                return False
        return True

    def options(self) -> list[str]:
        """The CLI options that select the same events, e.g. ``['--country', 'SY', '--since', '2024-01-01']``."""
        out: list[str] = []
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "reviewed":
                out += ["--reviewed"] if value else []
            elif value is not None and item.name not in ("claim_id", "include_retired", "include_rejected"):
                out += [f"--{item.name.replace('_', '-')}", str(value)]
        return out

    def describe(self) -> str:
        """The conditions in words, for a page's subtitle ("" when nothing is filtered)."""
        parts = []
        if self.actor:
            parts.append(f"actor: {self.actor}")
        if self.event_type:
            parts.append(f"type: {self.event_type}")
        if self.status:
            parts.append(f"status: {self.status}")
        if self.reviewed:
            parts.append("reviewed records only")
        return "; ".join(parts)


def _claim_day(value: Any) -> date | None:
    """A claim's period bound as a date; None for an unknown one or a year-less '--MM-DD'."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
