"""Golden claim fixtures: texts we wrote, each with the records it must yield (tests/fixtures/claims)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from sitrep import api
from sitrep.ingest import document_from_text

CASES = sorted((Path(__file__).parent / "fixtures" / "claims").glob("*.json"))
CLAIM_FIELDS = ("claimant", "actor", "medium", "status", "period_start", "period_end", "period_days_stated", "country")


def _figure_key(figure: dict) -> tuple:
    return tuple(figure.get(k) for k in ("measure", "value", "tactic", "target", "region", "admin1", "item"))


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture_yields_exactly_its_expected_claims(case: Path, extractor: api.Extractor) -> None:
    expected = json.loads(case.read_text(encoding="utf-8"))
    published = date.fromisoformat(expected["published"]) if expected["published"] else None
    document = document_from_text(case.with_suffix(".txt").read_text(encoding="utf-8"), published=published)
    got = api.extract(document, extractor=extractor).claims
    assert len(got) == len(expected["claims"])
    for claim, want in zip(got, expected["claims"], strict=True):
        assert {f: getattr(claim, f) for f in CLAIM_FIELDS} == {f: want[f] for f in CLAIM_FIELDS}
        figures = [{**f.facets(), "measure": f.measure, "value": f.value, "admin1": f.admin1_code}
                   for f in claim.figures]
        assert Counter(map(_figure_key, figures)) == Counter(map(_figure_key, want["figures"]))
        checks = Counter((c.kind, c.facet, c.ok) for c in claim.checks)
        assert checks == Counter((c["kind"], c["facet"], c["ok"]) for c in want["checks"])
        for figure in claim.figures:
            assert figure.span is not None
            assert document.text[figure.span.start : figure.span.end] == figure.span.text
            assert str(figure.value) in figure.span.text or not figure.span.text[0].isdigit()
    for sentence in expected["no_figures_from"]:
        if sentence not in document.text:  # a headline or reader comment: kept apart, so it yields nothing
            assert sentence == document.title or any(sentence in c for c in document.comments), sentence
            continue
        start = document.text.index(sentence)
        end = start + len(sentence)
        assert not [f for c in got for f in c.figures if f.span and start <= f.span.start < end], sentence


def test_the_seed_page_yields_the_claim_the_product_was_specified_from(seed_path: Path) -> None:
    from sitrep.ingest import read_file

    [document] = [d for d in read_file(seed_path) if not hasattr(d, "reason")]
    [claim] = api.extract(document, published="2020-10-08").claims
    assert (claim.claimant, claim.actor, claim.medium, claim.status) == (
        "Islamic State", "Islamic State", "al-Naba", "claimed")
    assert (claim.period_start, claim.period_end, claim.period_days_stated, claim.country) == (
        "2020-07-30", "2020-10-05", 68, "SY")
    figures = Counter((f.measure, f.value, f.tactic, f.target, f.region, f.admin1_code, f.item) for f in claim.figures)
    assert figures == Counter([
        ("operations", 59, None, None, None, None, None),
        ("operations", 20, "ied+landmine", None, None, None, None),
        ("operations", 19, "raid+shooting", None, None, None, None),
        ("operations", 2, "suicide", None, None, None, None),
        ("operations", 5, "ambush", None, None, None, None),
        ("operations", 12, "assassination", None, None, None, None),
        ("operations", 1, "sabotage", None, None, None, None),
        ("killed_or_wounded", 122, None, None, None, None, None),
        ("killed_or_wounded", 103, None, "Syrian Democratic Forces", None, None, None),
        ("killed_or_wounded", 19, None, "Syrian Arab Army and allies", None, None, None),
        ("vehicles_damaged_or_destroyed", 34, None, None, None, None, None),
        ("equipment_destroyed", 5, None, None, None, None, "optical surveillance systems"),
        ("operations", 58, None, None, "northeast", None, None),
        ("operations", 30, None, None, "northeast", "SY-DY", None),
        ("operations", 20, None, None, "northeast", "SY-RA", None),
        ("operations", 8, None, None, "northeast", "SY-HA", None),
        ("operations", 1, None, None, "south", None, None),
        ("operations", 1, None, None, "south", "SY-DR", None),
    ])
    assert all(c.ok for c in claim.checks)
    assert {(c.kind, c.facet) for c in claim.checks} == {
        ("parts_sum_to_total", "operations by tactic"), ("parts_sum_to_total", "operations by region"),
        ("parts_sum_to_total", "killed_or_wounded by target"),
        ("parts_sum_to_total", "operations in northeast by admin1"), ("period_length", "period")}
    assert not any(f.measure == "killed" or f.measure == "wounded" for f in claim.figures)


def test_without_a_publication_date_the_seed_period_keeps_month_and_day_only(seed_path: Path) -> None:
    from sitrep.ingest import read_file

    [document] = [d for d in read_file(seed_path) if not hasattr(d, "reason")]
    [claim] = api.extract(document).claims
    assert (claim.period_start, claim.period_end) == ("--07-30", "--10-05")
    assert [c.ok for c in claim.checks if c.kind == "period_length"] == [True]


def test_the_outlets_commentary_yields_no_figures(seed_path: Path) -> None:
    from sitrep.ingest import read_file

    [document] = [d for d in read_file(seed_path) if not hasattr(d, "reason")]
    [claim] = api.extract(document, published="2020-10-08").claims
    commentary = document.text.index("Unsurprisingly")
    assert all(f.span is not None and f.span.start < commentary for f in claim.figures)
