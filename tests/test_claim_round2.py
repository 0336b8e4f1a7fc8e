"""Claims of the second round of #10: toll lines that blame unnamed parties or nobody, how a line's dead died."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Claim

MONITOR_TOLL = (
    "The Syrian Network for Human Rights said on Monday that 214 civilians were killed in Syria in March, including "
    "40 children and 22 women. Regime forces were responsible for the deaths of 90 civilians, among them 15 "
    "children. Russian forces killed 30 civilians, the report said. A further 51 civilians, including 9 children, "
    "died at the hands of other parties. Another 43 civilians were killed in landmine explosions."
)


def _claims(text: str, published: str) -> list[Claim]:
    return api.extract(text, published=published).claims


def _values(claim: Claim) -> set[int]:
    return {f.value for f in claim.figures}


def test_a_line_blaming_other_parties_is_its_own_claim_without_an_actor() -> None:
    claims = _claims(MONITOR_TOLL, "2024-04-02")
    others = [c for c in claims if 51 in _values(c)]
    assert len(others) == 1
    assert others[0].actor is None
    assert 214 not in _values(others[0]) and 90 not in _values(others[0])
    total = next(c for c in claims if 214 in _values(c))
    assert 51 not in _values(total) and total.actor is None


def test_unidentified_perpetrators_and_unnamed_factions_are_apart_from_the_total() -> None:
    text = (
        "The observatory documented the deaths of 120 civilians in Syria in June. Of them, 45 were killed by "
        "regime forces and 20 by Turkish forces. 14 civilians were killed by unidentified gunmen. Another 11 "
        "were killed in shelling by the opposition factions."
    )
    claims = _claims(text, "2022-07-01")
    by_value = {v: c for c in claims for v in _values(c)}
    assert by_value[14] is not by_value[120]
    assert by_value[11] is not by_value[120] and by_value[11] is not by_value[14]
    assert by_value[14].actor is None and by_value[11].actor is None


def test_how_a_lines_dead_died_is_its_tactic() -> None:
    claims = _claims(MONITOR_TOLL, "2024-04-02")
    figures = {(f.measure, f.value): f for c in claims for f in c.figures}
    assert figures[("killed", 43)].tactic == "landmine"
    assert figures[("killed", 214)].tactic is None
