"""One claim told by many outlets, denials, months as facets, and audit errors that name the real cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import api
from sitrep.analyze.audit import AuditError, _parse_period
from sitrep.analyze.checks import check_claim
from sitrep.analyze.claims import link_repeats, sources
from sitrep.analyze.summary import summarize
from sitrep.ingest import document_from_text
from sitrep.model import Claim, Figure
from sitrep.store import Store

SDF_1 = ("SDF reports October results\n\nThe SDF's media centre said on Monday that its forces carried out 23 "
         "operations against Islamic State cells in October: 12 in Deir ez-Zor, 7 in al-Hasakah and 4 in Raqqa.")
SDF_2 = ("Kurdish-led forces publish monthly figures\n\nIn October the Syrian Democratic Forces carried out 23 "
         "operations against IS cells, the SDF said in a statement, 12 of them in Deir ez-Zor.")


def _store(tmp_path: Path, *texts: str) -> Store:
    store = Store(tmp_path / "s.duckdb")
    for i, text in enumerate(texts):
        document = document_from_text(text, published="2023-11-06", source=f"outlet{i}")
        store.save(api.extract(document))
    return store


def test_the_same_claim_from_two_outlets_is_one_claim_with_two_sources(tmp_path: Path) -> None:
    with _store(tmp_path, SDF_1, SDF_2) as store:
        assert link_repeats(store) == 1
        [first, second] = sorted(store.claims(), key=lambda c: c.repeats or "")
        assert first.repeats is None and second.repeats == first.id
        assert {s["source"] for s in sources(store, second.id)} == {"outlet0", "outlet1"}
        rows = summarize(store, by=["admin1"], measure="operations")
        assert {r["admin1"]: (r["value"], r["claims"]) for r in rows}["Deir ez-Zor"] == (12, 1)


def test_a_different_total_is_not_the_same_claim(tmp_path: Path) -> None:
    with _store(tmp_path, SDF_1, SDF_2.replace("23", "31")) as store:
        assert link_repeats(store) == 0


def test_a_rejection_of_the_figures_is_stored_with_the_claim_it_answers() -> None:
    text = ("Al-Shabaab claimed on its Radio Andalus that its fighters had killed 87 Somali soldiers in attacks over "
            "the past week. The Ministry of Defence rejected the figures as propaganda.")
    [claim] = api.extract(text, published="2022-08-29").claims
    assert claim.disputed_by and "Ministry of Defence" in claim.disputed_by
    assert claim.spans["denial"].text.startswith("The Ministry of Defence rejected")


def test_a_month_list_that_leaves_out_a_month_is_the_finding() -> None:
    text = ("Houthi tally\n\nThe Houthis said their forces carried out 96 operations against ships between October "
            "and December, with 23 in October and 41 in November.")
    [claim] = api.extract(text, published="2024-01-05").claims
    assert {(f.value, f.month) for f in claim.figures} >= {(23, "2023-10"), (41, "2023-11")}
    [coverage] = [c for c in claim.checks if c.kind == "months_cover_period"]
    assert coverage.ok is False and "2023-12" in coverage.detail
    assert not [c for c in claim.checks if c.kind == "parts_sum_to_total" and "month" in (c.facet or "")]


def test_months_that_cover_the_period_pass() -> None:
    figures = [Figure(measure="operations", value=5), Figure(measure="operations", value=2, month="2023-01"),
               Figure(measure="operations", value=3, month="2023-02")]
    claim = Claim(id="x", document_id="d", period_start="2023-01-01", period_end="2023-02-28", figures=figures)
    kinds = {(c.kind, c.ok) for c in check_claim(claim)}
    assert ("months_cover_period", True) in kinds and ("parts_sum_to_total", True) in kinds


def test_a_claim_without_a_period_is_not_blamed_on_the_publication_date() -> None:
    with pytest.raises(AuditError) as error:
        _parse_period(Claim(id="x", document_id="d"))
    assert "publication date" not in str(error.value)


def test_sitrep_claims_lists_a_relayed_claim_once_with_every_outlet_that_tells_it(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main

    with _store(tmp_path, SDF_1, SDF_2) as store:
        link_repeats(store)  # what `sitrep ingest` does after saving
    result = CliRunner().invoke(main, ["claims", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.output.count("Claim ") == 1
    assert "sources (2):" in result.output
    assert "outlet0" in result.output and "outlet1" in result.output
