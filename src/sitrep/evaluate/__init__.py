"""Evaluation: how often sitrep's extraction matches what analysts coded, field by field.

    >>> from sitrep import api
    >>> from sitrep.evaluate import evaluate, read_rows
    >>> rows = read_rows("../shared/data/acled/afghanistan_2020-03.csv", "acled", limit=100)   # doctest: +SKIP
    >>> report = evaluate(rows, api.extract, "acled")                                         # doctest: +SKIP
    >>> print(report.table())                                                                 # doctest: +SKIP

:mod:`~sitrep.evaluate.readers` reads each publisher's layout into :class:`GoldRow` records (dates parsed by
:mod:`~sitrep.evaluate.dates`); :func:`evaluate` runs extraction on each text and scores the first event
(:mod:`~sitrep.evaluate.score` states the rules, :mod:`~sitrep.evaluate.match` when two values count as the same);
:class:`EvalReport` prints a table or JSON. ``sitrep eval`` (:mod:`sitrep.evaluate.cli`) is the command over it.

This package sits after every stage (it drives :mod:`sitrep.api`), so no stage imports it.
"""

from sitrep.evaluate.dates import parse_gold_date, parse_gold_period
from sitrep.evaluate.gold import FIELDS, GoldRow
from sitrep.evaluate.match import ACTOR_MAP, ActorMatcher, haversine_km, place_key, same_place_name, stated_numbers
from sitrep.evaluate.readers import SCHEMAS, Schema, get_schema, read_rows
from sitrep.evaluate.report import METRICS, EvalReport, FieldScore
from sitrep.evaluate.score import ExtractFn, evaluate

__all__ = [
    "ACTOR_MAP",
    "FIELDS",
    "METRICS",
    "SCHEMAS",
    "ActorMatcher",
    "EvalReport",
    "ExtractFn",
    "FieldScore",
    "GoldRow",
    "Schema",
    "evaluate",
    "get_schema",
    "haversine_km",
    "parse_gold_date",
    "parse_gold_period",
    "place_key",
    "read_rows",
    "same_place_name",
    "stated_numbers",
]
