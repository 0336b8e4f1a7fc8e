"""Lists of records that read well in a notebook and turn into a pandas DataFrame.

:func:`to_pandas` turns any sequence of records (what :meth:`sitrep.Store.events` and :meth:`sitrep.Store.claims`
return) into a DataFrame; :class:`Records` wraps such a list — still a plain ``list`` — with :meth:`Records.to_pandas`
and short displays (``repr`` in a terminal, an HTML table in Jupyter).

    >>> with sitrep.Store("sitrep.duckdb", read_only=True) as store:
    ...     frame = sitrep.to_pandas(store.events())
    ...     events = sitrep.Records(store.events())   # shows as a table in a notebook
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any, TypeVar

T = TypeVar("T")

_DROPPED = ("spans", "trace", "places", "answers", "span")
"""Keys left out of a DataFrame row: text offsets and working data, not values to tabulate."""

_SHOWN = 20
"""Records a display lists before it says how many more there are."""


def _flat(record: Any) -> dict[str, Any]:
    """One row: the record's fields, nested ones (place, killed, source, attribution) spread as place_country …"""
    data = record.to_dict() if hasattr(record, "to_dict") else dict(record)
    row: dict[str, Any] = {}
    for key, value in data.items():
        if key in _DROPPED:
            continue
        if isinstance(value, dict):
            for inner, item in value.items():
                if inner not in _DROPPED and not isinstance(item, dict):
                    row[f"{key}_{inner}"] = item
        else:
            row[key] = value
    return row


def to_pandas(records: Iterable[Any]) -> Any:
    """A pandas DataFrame with one row per record (event, claim, incident …; anything with ``to_dict``).

    Nested values are spread one level (``place_country``, ``killed_best``, ``source_outlet``); lists such as a
    claim's ``figures`` stay lists in their cell; spans are left out. Needs pandas (``pip install pandas``).

    Example: ``sitrep.to_pandas(store.claims())``
    """
    try:
        import pandas as pd
    except ImportError as error:  # an optional dependency: say how to get it
        from sitrep.errors import ConfigError

        raise ConfigError("to_pandas needs pandas: pip install pandas") from error
    return pd.DataFrame([_flat(record) for record in records])


def _summary(record: Any) -> dict[str, str]:
    """The few fields that tell one record from another at a glance."""
    kind = type(record).__name__
    if kind == "Event":
        place = record.place
        return {"id": record.id, "date": str(record.date_start or ""), "type": record.sub_event_type or "",
                "actor1": record.actor1 or "", "place": ", ".join(p for p in (
                    place.name if place else None, place.country if place else None) if p),
                "killed": "" if record.killed is None or record.killed.best is None else str(record.killed.best),
                "status": record.status}
    if kind == "Claim":
        return {"id": record.id, "claimant": record.claimant or "", "actor": record.actor or "",
                "period": f"{record.period_start or '?'} to {record.period_end or '?'}",
                "country": record.country or "",
                "figures": str(len(record.figures)), "status": record.status}
    return {"id": str(getattr(record, "id", "")), "record": str(record)[:80]}


class Records(list[T]):
    """A list of records with :meth:`to_pandas` and readable displays in a terminal and in Jupyter."""

    def to_pandas(self) -> Any:
        """These records as a pandas DataFrame (see :func:`to_pandas`)."""
        return to_pandas(self)

    def _kind(self) -> str:
        return f"{type(self[0]).__name__.lower()}s" if self else "records"

    def __repr__(self) -> str:
        if not self:
            return "Records([])"
        from sitrep.tables import align

        rows = [_summary(record) for record in self[:_SHOWN]]
        header = list(rows[0])
        lines = align(header, [[row.get(h, "") for h in header] for row in rows])
        more = f"\n… {len(self) - _SHOWN} more" if len(self) > _SHOWN else ""
        return f"{len(self)} {self._kind()}\n" + "\n".join(lines) + more

    def _repr_html_(self) -> str:
        """An HTML table of the first records, for Jupyter (every value escaped)."""
        if not self:
            return "<p>no records</p>"
        rows = [_summary(record) for record in self[:_SHOWN]]
        header = list(rows[0])
        head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(row.get(h, ''))}</td>" for h in header) + "</tr>"
                       for row in rows)
        more = f"<p>… {len(self) - _SHOWN} more</p>" if len(self) > _SHOWN else ""
        return (f"<p>{len(self)} {self._kind()} (<code>.to_pandas()</code> for all fields)</p>"
                f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}")

