"""The real-news scorer (sitrep.evaluate.news), pinned on an invented four-text folder in the set's layout.

Most tests hand the scorer a fake extractor that returns exactly the events and claims a test needs, so they
specify the scorer and not today's rules; one runs the real pipeline end to end.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.evaluate.news import NewsExtractFn, document_for, evaluate_news, read_news
from sitrep.evaluate.news_gold import GoldFigure, GoldIncident
from sitrep.evaluate.news_match import NewsMatcher
from sitrep.model import Claim, Count, Document, Event, Extraction, Figure, Place, Source

FOLDER = Path(__file__).parent / "fixtures" / "news_mini"
WIRE, DAILY, TALLY, TALKS = (
    "001_kabul_roadside_bomb_wire.txt", "002_kabul_roadside_bomb_daily.txt", "003_idlib_monthly_toll.txt",
    "004_talks_resume.txt")


@pytest.fixture(scope="module")
def matcher() -> NewsMatcher:
    return NewsMatcher()


def kabul_bomb(event_id: str, document_id: str, **changes: object) -> Event:
    """An event that is the fixture's Kabul bombing in every field; ``changes`` spoil some."""
    fields: dict[str, object] = dict(
        id=event_id, document_id=document_id, date_start=date(2023, 5, 1), date_end=date(2023, 5, 1),
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group", actor2="Police Forces of Afghanistan",
        place=Place(name="Kabul", country="AF", admin1="Kabul", admin1_code="AF-KAB"),
        killed=Count(low=4, best=4, high=4), wounded=Count(low=2, best=2, high=2))
    fields.update(changes)
    return Event.model_validate(fields)


def fake(make: dict[str, Callable[[Document], tuple[list[Event], list[Claim]]]]) -> NewsExtractFn:
    """An extractor that returns, per file, what ``make`` builds for it (nothing for the other files)."""
    def extract(document: Document) -> Extraction:
        events, claims = make.get(document.path or "", lambda _: ([], []))(document)
        return Extraction(document=document, events=events, claims=claims)
    return extract


def only_events(*builders: Callable[[str], Event]) -> Callable[[Document], tuple[list[Event], list[Claim]]]:
    return lambda doc: ([build(doc.id) for build in builders], [])


def score(make: dict[str, Callable[[Document], tuple[list[Event], list[Claim]]]], **kwargs: object):
    return evaluate_news(read_news(FOLDER), fake(make), link=False, **kwargs)  # type: ignore[arg-type]


def test_the_folder_is_read_with_title_body_publication_date_and_gold() -> None:
    texts = {t.file: t for t in read_news(FOLDER)}
    wire = texts[WIRE]
    assert wire.title == "Roadside bomb kills four policemen in Kabul"
    assert wire.body.startswith("KABUL - A roadside bomb")
    assert wire.published == date(2023, 5, 2)
    assert [(g.id, g.role) for g in wire.incidents] == [("S01_TEST_KABUL", "main"), ("T001_2", "optional")]
    assert texts[TALKS].published is None  # a month-level date is no publication date
    assert texts[TALLY].claims[0].figures[1] == GoldFigure("killed", 30, "target:children")
    doc = document_for(wire)
    assert doc.title == wire.title and "Roadside bomb kills" not in doc.text and doc.published == date(2023, 5, 2)


def test_a_missing_folder_is_an_input_error_that_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no news development set.*--news DIR"):
        read_news(tmp_path / "absent")


def test_a_matching_event_is_a_hit_and_every_field_is_right() -> None:
    report = score({WIRE: only_events(lambda d: kabul_bomb("e1", d)),
                    DAILY: only_events(lambda d: kabul_bomb("e2", d))})
    assert (report.matched, report.gold_incidents, report.extracted_events) == (2, 2, 2)
    assert report.precision == 1.0 and report.recall == 1.0
    assert {name: share.rate for name, share in report.fields.items()} == dict.fromkeys(report.fields, 1.0)
    assert report.files[0].clean


def test_an_event_a_day_off_still_matches_but_one_of_another_type_family_does_not() -> None:
    report = score({WIRE: only_events(lambda d: kabul_bomb("e1", d, date_start=date(2023, 5, 2),
                                                           date_end=date(2023, 5, 2))),
                    DAILY: only_events(lambda d: kabul_bomb("e2", d, event_type="Protests",
                                                           sub_event_type="Peaceful protest", killed=None))})
    assert report.matched == 1 and report.false_positives == 1
    assert report.fields["date"].rate == 0.0  # matched within a day, but the date field wants the day itself
    assert any(line.startswith("MISSED main S01_TEST_KABUL") for line in report.files[1].lines)
    assert any(line.startswith("EXTRA  Protests/Peaceful protest") for line in report.files[1].lines)


def test_an_event_matched_to_an_optional_incident_is_neither_hit_nor_false_positive() -> None:
    background = functools.partial(kabul_bomb, date_start=date(2019, 3, 3), date_end=date(2019, 3, 3),
                                   killed=Count(low=10, best=10, high=10))
    report = score({WIRE: only_events(lambda d: kabul_bomb("e1", d), lambda d: background("e2", d))})
    assert (report.matched, report.matched_optional, report.false_positives) == (1, 1, 0)
    assert report.precision == 1.0 and report.recall == 0.5


def test_events_on_a_non_event_text_are_false_positives_of_that_kind() -> None:
    report = score({TALKS: only_events(lambda d: kabul_bomb("e1", d))})
    assert report.false_positives_by_kind["non_event"].hits == 1
    assert report.false_positives_by_kind["non_event"].total == 1
    assert report.precision == 0.0


def test_actor_names_match_through_the_alias_table_and_unidentified_in_any_spelling(matcher: NewsMatcher) -> None:
    assert matcher.actor_in(["Unidentified armed group"], "Unidentified Armed Group")
    assert matcher.actor_in(["Unidentified armed group"], None)  # no perpetrator named = unidentified
    assert matcher.actor_in(["Islamic State"], "ISIS")
    assert matcher.actor_in(["Global Coalition against Daesh"], "US-led coalition")
    assert not matcher.actor_in(["Taliban"], "Islamic State")
    assert matcher.same_actor("Islamic State (al-Naba weekly)", "Islamic State")
    assert matcher.same_actor("UNAMA / OHCHR", "OHCHR")


def test_claimed_where_nobody_claimed_is_counted_and_the_attribution_is_wrong() -> None:
    report = score({WIRE: only_events(lambda d: kabul_bomb("e1", d, status="claimed", claimant="Taliban"))})
    assert report.claimed_where_nobody_claimed == 1
    assert report.fields["status"].hits == 0 and report.fields["attribution"].hits == 0
    assert any(line.startswith("CLAIMED-NOBODY S01_TEST_KABUL") for line in report.files[0].lines)


def test_a_blamed_actor_without_a_claim_is_not_counted_as_claimed() -> None:
    report = score({WIRE: only_events(lambda d: kabul_bomb("e1", d, actor1="Taliban"))})
    assert report.claimed_where_nobody_claimed == 0
    assert report.fields["actor1"].rate == 1.0 and report.fields["attribution"].rate == 1.0


def tally(claim_id: str, document_id: str, *figures: Figure, claimant: str | None = "SOHR") -> Claim:
    return Claim(id=claim_id, document_id=document_id, claimant=claimant, actor=None, status="reported",
                 period_start="2023-03-01", period_end="2023-03-31", figures=list(figures))


def test_a_claim_is_found_and_its_figures_need_measure_value_and_facet() -> None:
    figures = (Figure(measure="killed", value=120, target="civilians"), Figure(measure="killed", value=30))
    report = score({TALLY: lambda d: ([], [tally("c1", d.id, *figures)])})
    assert report.claims_found == 1 and report.claimant_and_status.rate == 1.0
    assert (report.gold_figures, report.figures_found, report.figures_facet) == (2, 2, 1)
    assert "FIGURE SOHR: want killed 30 [target:children], got [total]" in report.files[2].lines


def test_a_claim_with_the_right_figures_but_another_claimant_is_found_with_its_claimant_wrong() -> None:
    figures = (Figure(measure="killed", value=120, target="civilians"), Figure(measure="killed", value=30,
                                                                              target="children"))
    report = score({TALLY: lambda d: ([], [tally("c1", d.id, *figures, claimant="Islamic State")])})
    assert report.claims_found == 1 and report.figures_facet == 2
    assert report.claimant.rate == 0.0


def test_a_tally_no_one_is_cited_for_is_the_outlets_report_and_its_outlet_is_the_claimant() -> None:
    figures = (Figure(measure="killed", value=120, target="civilians"),)

    def unattributed(speaker: str | None) -> Callable[[Document], tuple[list[Event], list[Claim]]]:
        source = Source(outlet="Levant Daily (SOHR)", speaker=speaker)
        return lambda d: ([], [tally("c1", d.id, *figures, claimant=None).model_copy(update={"source": source})])

    assert score({TALLY: unattributed(None)}).claimant.rate == 1.0
    # A speaker the text cites is who claims: the outlet no longer stands in for it.
    assert score({TALLY: unattributed("a security source")}).claimant.rate == 0.0


def test_a_claim_from_a_text_without_gold_claims_is_invented() -> None:
    report = score({WIRE: lambda d: ([kabul_bomb("e1", d.id)], [tally("c1", d.id, Figure(measure="killed",
                                                                                       value=4))])})
    assert report.claims_invented == 1 and report.claims_extra == 0
    assert any(line.startswith("CLAIM INVENTED") for line in report.files[0].lines)


def test_facets_map_codes_targets_tactics_and_totals(matcher: NewsMatcher) -> None:
    assert matcher.facet_ok(None, Figure(measure="killed", value=3))
    assert not matcher.facet_ok(None, Figure(measure="killed", value=3, admin1_code="IQ-BG"))
    assert matcher.facet_ok("IQ-BG", Figure(measure="killed", value=3, admin1="Baghdad", admin1_code="IQ-BG"))
    assert matcher.facet_ok("target:women", Figure(measure="killed", value=3, target="woman"))
    assert matcher.facet_ok("tactic:car bomb", Figure(measure="killed", value=3, tactic="vbied"))
    assert not matcher.facet_ok("tactic:car bomb", Figure(measure="killed", value=3, tactic="airstrike"))
    assert not matcher.facet_ok("month:2021-06", Figure(measure="killed", value=3))


def test_linked_pairs_wrong_merges_come_from_the_linker() -> None:
    make = {WIRE: only_events(lambda d: kabul_bomb("e1", d)), DAILY: only_events(lambda d: kabul_bomb("e2", d)),
            TALLY: only_events(lambda d: kabul_bomb("e3", d, date_start=None, date_end=None))}
    texts = read_news(FOLDER)
    apart = evaluate_news(texts, fake(make), linker=lambda _: {"e1": "i1", "e2": "i2", "e3": "i3"})
    assert apart.pairs.total == 1 and apart.pairs.hits == 0 and apart.unlinked_pairs[0]["both_found"]
    together = evaluate_news(texts, fake(make), linker=lambda _: {"e1": "i1", "e2": "i1", "e3": "i1"})
    assert together.pairs.hits == 1
    assert together.wrong_merges == []  # e3 matched nothing: a merge with it cannot be judged


def test_the_real_pipeline_runs_on_the_folder_and_links_through_a_store() -> None:
    report = evaluate_news(read_news(FOLDER))
    assert report.texts == 4 and not report.errors and report.linking_error is None
    assert report.pairs.total == 1
    table = report.table()
    assert "incident precision" in table and "same-incident pairs linked" in table
    assert json.loads(json.dumps(report.to_dict(), default=str))["data"].startswith("real-news development set")


def test_the_cli_scores_a_news_folder_and_lists_misses(tmp_path: Path) -> None:
    out = tmp_path / "news.json"
    result = CliRunner().invoke(main, ["eval", "--news", str(FOLDER), "--misses", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("real-news development set (in-sample for tuning)")
    assert "incident recall" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["texts"] == 4


def test_the_cli_says_in_one_line_where_the_news_folder_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--news", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'absent'}: no news development set here (expected texts/index.jsonl and gold.jsonl); "
        "give its folder: sitrep eval --news DIR"]


def test_the_cli_still_wants_file_and_schema_without_news() -> None:
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 2 and "give FILE and --schema, or --news [DIR]" in result.output


def test_of_two_incidents_in_one_province_an_event_matches_the_one_at_its_own_place(matcher: NewsMatcher) -> None:
    def gold(incident: str, place: str) -> GoldIncident:
        return GoldIncident(id=incident, role="secondary", event_type=("Explosions/Remote violence",),
                            sub_event_type=("Suicide bomb",), actor1=("Taliban",), actor2=(), date=("2023-05-01",),
                            place=(place, "Kabul"), admin1=("AF-KAB",), killed=(None,), wounded=(None,),
                            status=("reported",), claimed_by=None)

    at_paghman = kabul_bomb("e1", "d", place=Place(name="Paghman", country="AF", admin1="Kabul",
                                                     admin1_code="AF-KAB"))
    golds = [gold("A_SHAKARDARA", "Shakardara"), gold("B_PAGHMAN", "Paghman")]
    score_a, score_b = (matcher.incident_score(g, at_paghman) for g in golds)
    assert score_a is not None and score_b is not None and score_b > score_a
