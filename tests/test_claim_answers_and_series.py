"""Counter-claims and denials with figures of their own, linked to the claim they answer; totals that contradict an
earlier claim of the same series; summaries that count each claim once and never add an answer to a claim."""

from __future__ import annotations

from pathlib import Path

from sitrep import api
from sitrep.analyze.claims import SERIES_CHECK, check_series, link_repeats, series_checks
from sitrep.analyze.summary import summarize
from sitrep.ingest import document_from_text
from sitrep.model import Claim, Figure
from sitrep.store import Store
from sitrep.taxonomy import ActorTable

CLAIM_AND_DENIAL = ("Al-Shabaab said on Sunday that its fighters killed 60 Somali soldiers and wounded 40 over the "
                    "past week. The Somali army denied the claim and said 4 soldiers were killed over the past week.")
CLAIM_AND_COUNTER = ("Al-Shabaab claimed on its Radio Andalus that its fighters had killed 87 Somali soldiers in "
                     "attacks over the past week. The Ministry of Defence, however, said its troops had killed 45 "
                     "al-Shabaab fighters over the past week and lost only 6 soldiers.")


def test_a_denial_with_its_own_toll_is_a_claim_that_answers_the_first() -> None:
    first, answer = api.extract(CLAIM_AND_DENIAL, published="2022-08-29").claims
    assert (first.claimant, first.stance, first.answers) == ("al-Shabaab", "claim", None)
    assert answer.stance == "denial" and answer.answers == first.id
    assert [(f.measure, f.value) for f in answer.figures] == [("killed", 4)]
    assert 4 not in {f.value for f in first.figures}


def test_a_government_toll_given_in_contrast_is_a_counter_claim() -> None:
    first, answer = api.extract(CLAIM_AND_COUNTER, published="2022-08-29").claims
    assert first.stance == "claim" and [f.value for f in first.figures] == [87]
    assert answer.stance == "counter" and answer.answers == first.id
    assert {f.value for f in answer.figures} == {45, 6}


def test_a_claim_with_no_answer_stays_a_plain_claim() -> None:
    text = CLAIM_AND_DENIAL.split(". The")[0] + "."
    [claim] = api.extract(text, published="2022-08-29").claims
    assert claim.stance == "claim" and claim.answers is None


def _claim(claim_id: str, start: str, end: str, value: int, *, claimant: str = "Syrian Democratic Forces",
           repeats: str | None = None) -> Claim:
    return Claim(id=claim_id, document_id=f"doc-{claim_id}", claimant=claimant, actor=claimant, period_start=start,
                 period_end=end, figures=[Figure(measure="operations", value=value)], repeats=repeats)


def test_a_different_total_for_the_same_period_contradicts_the_earlier_claim() -> None:
    claims = [_claim("a", "2023-10-01", "2023-10-31", 23), _claim("b", "2023-10-01", "2023-10-31", 31)]
    found = series_checks(claims, ActorTable.load())
    [check] = found["b"]
    assert "a" not in found
    assert (check.kind, check.ok, check.expected, check.actual) == (SERIES_CHECK, False, 23, 31)
    assert "claim b" in check.detail and "earlier claim a" in check.detail


def test_a_week_that_claims_more_than_its_month_contradicts_it() -> None:
    claims = [_claim("month", "2023-10-01", "2023-10-31", 20), _claim("week", "2023-10-08", "2023-10-14", 26)]
    assert [c.expected for c in series_checks(claims, ActorTable.load())["week"]] == [20]


def test_consistent_or_unrelated_totals_are_no_finding() -> None:
    actors = ActorTable.load()
    within = [_claim("month", "2023-10-01", "2023-10-31", 20), _claim("week", "2023-10-08", "2023-10-14", 6)]
    other_party = [_claim("a", "2023-10-01", "2023-10-31", 23),
                   _claim("b", "2023-10-01", "2023-10-31", 31, claimant="Islamic State")]
    next_month = [_claim("a", "2023-10-01", "2023-10-31", 23), _claim("b", "2023-11-01", "2023-11-30", 31)]
    copy = [_claim("a", "2023-10-01", "2023-10-31", 23), _claim("b", "2023-10-01", "2023-10-31", 31, repeats="a")]
    for claims in (within, other_party, next_month, copy):
        assert series_checks(claims, actors) == {}


SDF = ("SDF reports October results\n\nThe SDF's media centre said on Monday that its forces carried out {n} "
       "operations against Islamic State cells in October.")


def _store(tmp_path: Path, *texts: str) -> Store:
    store = Store(tmp_path / "s.duckdb")
    for i, text in enumerate(texts):
        store.save(api.extract(document_from_text(text, published="2023-11-06", source=f"outlet{i}")))
    return store


def test_stored_series_checks_name_both_claims_and_are_not_doubled(tmp_path: Path) -> None:
    with _store(tmp_path, SDF.format(n=23), SDF.format(n=31)) as store:
        assert check_series(store) == 1
        assert check_series(store) == 1  # computed afresh, never appended twice
        first, second = store.claims()
        assert not [c for c in first.checks if c.kind == SERIES_CHECK]
        [check] = [c for c in second.checks if c.kind == SERIES_CHECK]
        assert first.id in check.detail and second.id in check.detail


def test_summary_never_adds_an_answer_or_a_copy_to_the_claims(tmp_path: Path) -> None:
    with _store(tmp_path, CLAIM_AND_DENIAL, CLAIM_AND_DENIAL.replace("on Sunday", "on Monday")) as store:
        assert link_repeats(store) == 1
        rows = summarize(store, by=["claimant", "target"], measure="killed")
        assert [(r["value"], r["claims"]) for r in rows] == [(60, 1)]


def test_an_audit_by_period_counts_a_relayed_claim_once(tmp_path: Path) -> None:
    from sitrep.analyze.audit import audit_by_period

    text = ("SDF results\n\nThe SDF's media centre said on Monday that its forces carried out 23 operations in "
            "October, killing 12 militants.")
    with _store(tmp_path, text, text.replace("on Monday", "on Tuesday")) as store:
        assert link_repeats(store) == 1
        original = next(c for c in store.claims() if c.repeats is None)
        rows = audit_by_period(store, "Syrian Democratic Forces")
        assert rows and all(r.claims == [original.id] for r in rows)
        assert sum(r.claimed for r in rows if r.measure == "killed") == 12


def test_the_news_gold_reads_arrests_as_the_captured_measure_the_project_stores() -> None:
    from sitrep.evaluate.news_gold import _claim

    gold = _claim({"claimant": "x", "figures": [{"measure": "arrested", "value": 61, "facet": None},
                                                {"measure": "captured", "value": 3, "facet": None}]})
    assert [(f.measure, f.value) for f in gold.figures] == [("captured", 61), ("captured", 3)]
