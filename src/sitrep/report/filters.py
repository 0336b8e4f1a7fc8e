"""Which events a report or an export covers: :class:`EventFilter`, one definition for the API and the CLI.

Every report and export selects its events with the SQL that :meth:`EventFilter.where` writes, so a number on a page
and the rows of ``sitrep events`` with the same filters always come from the same events.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, get_args

import pycountry

from sitrep.errors import ConfigError
from sitrep.model import Status
from sitrep.store import CURRENT_DOCUMENTS

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
        raise ConfigError(f"--country {value!r}: not a country code or name; use an ISO code such as SY or IQ, "
                          "or a name such as Syria") from None


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
            clauses.append(f"(lower({p}admin1) = ? OR upper({p}admin1_code) = ?)")
            params += [self.admin1.lower(), self.admin1.upper()]
        if self.actor:
            clauses.append(f"(lower({p}actor1) = ? OR lower({p}actor2) = ?)")
            params += [self.actor.lower(), self.actor.lower()]
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
