"""Aggregations over stored claims: sums of figures by any facet, without double counting.

A claim states the same operations several times over: as a total, by tactic, by region and by governorate.
Summing every ``operations`` figure would count each operation three or four times. So a summary by some facets
takes, from each claim, only the figures broken down by exactly those facets (a governorate figure may also carry
its region) and, for claim-level facets (claimant, period month …), the claim's totals.

``country`` is both: a claim split by country ("17 attacks in Iraq and 4 in Syria") gives its figures by country;
any other claim gives its totals under the claim's own country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.errors import ConfigError
from sitrep.store import CURRENT_DOCUMENTS, Store

FIGURE_FACETS = ("tactic", "target", "region", "admin1", "item", "month")
DERIVED_FIGURE_FACETS = {"event_type": "f.event_type", "sub_event_type": "f.sub_event_type",
                         "admin1_code": "f.admin1_code"}
CLAIM_FACETS = {
    "claimant": "c.claimant",
    "actor": "c.actor",
    "medium": "c.medium",
    "status": "c.status",
    "country": "coalesce(f.country, c.country)",
    "month": "substr(c.period_start, 1, 7)",
    "year": "substr(c.period_start, 1, 4)",
    "document": "c.document_id",
}
FACETS = (*FIGURE_FACETS, *DERIVED_FIGURE_FACETS, *CLAIM_FACETS, "measure")


def summarize(store: Store, by: Sequence[str], *, measure: str | None = None,
              claim_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Sum claim figures grouped by ``by`` (any of :data:`FACETS`), per measure unless ``measure`` is given;
    ``claim_ids``, when given, sums only those claims (the CLI's filters select them).

    Each row has the facet values, ``measure``, ``value`` (the sum) and ``claims`` (how many claims it draws on).
    """
    unknown = [name for name in by if name not in FACETS]
    if unknown or not by:
        raise ConfigError(f"unknown facet {', '.join(unknown) or '(none)'}; choose from {', '.join(FACETS)}")
    requested = set(by)
    figure_dims = requested & set(FIGURE_FACETS)
    if requested & {"event_type", "sub_event_type"}:
        figure_dims.add("tactic")
    # A claim relayed by several outlets is stored once per document: only the first telling is summed; a denial
    # carries no figures of its own to add.
    where = ["c.repeats IS NULL", "c.stance = 'claim'"]
    for dim in FIGURE_FACETS:
        if dim in figure_dims:
            where.append(f"f.{dim} IS NOT NULL")
        elif dim == "region" and "admin1" in figure_dims:
            continue  # a governorate figure may sit inside a region
        else:
            where.append(f"f.{dim} IS NULL")
    if "country" in requested:
        # The parts by country where the claim has them, else the total under the claim's country.
        where.append("(f.country IS NOT NULL OR NOT EXISTS (SELECT 1 FROM figures g WHERE g.claim_id = f.claim_id "
                     "AND g.measure = f.measure AND g.country IS NOT NULL))")
    else:
        where.append("f.country IS NULL")
    params: list[Any] = []
    if measure is not None:
        where.append("f.measure = ?")
        params.append(measure)
    if claim_ids is not None:
        where.append("list_contains(?, f.claim_id)")
        params.append(list(claim_ids))
    columns = []
    for name in by:
        expression = CLAIM_FACETS.get(name) or DERIVED_FIGURE_FACETS.get(name) or f"f.{name}"
        columns.append(f"{expression} AS {name}")
    select = ", ".join(columns + ([] if "measure" in requested else ["f.measure AS measure"]))
    where.append(f"c.document_id IN {CURRENT_DOCUMENTS}")  # superseded and forgotten versions never count
    sql = (f"SELECT {select}, sum(f.value) AS value, count(DISTINCT f.claim_id) AS claims "
           f"FROM figures f JOIN claims c ON c.id = f.claim_id WHERE {' AND '.join(where)} "
           f"GROUP BY ALL ORDER BY measure, value DESC, {', '.join(by)}")
    return store.query(sql, params)
