"""A counter-claim introduced by a sentence without figures ('… made a counter claim. "Our fighters killed 50 …"')
is a claim of its own, by the party the introduction names; 'of them' there are the people just named."""

from __future__ import annotations

from datetime import date

from sitrep import api
from sitrep.ingest import document_from_text

TEXT = (
    "The Somali army said its troops killed 87 al-Shabaab militants in operations in Hiiraan over the past week. "
    "Al-Shabaab's spokesman spoke to the group's radio station and made a counter claim. \"Our fighters attacked "
    'apostate soldiers over the past week, killing more than 50 of them and wounding 30," he said.'
)


def test_a_counter_claim_after_its_introduction_is_a_claim_of_its_own() -> None:
    army, group = api.extract(document_from_text(TEXT, published=date(2024, 1, 20))).claims
    assert {(f.measure, f.value) for f in army.figures} == {("killed", 87)}
    assert {(f.measure, f.value) for f in group.figures} == {("killed", 50), ("wounded", 30)}
    assert group.claimant == "al-Shabaab"


def test_of_them_are_the_people_just_named_not_a_count_before() -> None:
    _army, group = api.extract(document_from_text(TEXT, published=date(2024, 1, 20))).claims
    killed = next(f for f in group.figures if f.measure == "killed")
    assert killed.target == "military" and killed.admin1 is None


def test_the_wounded_told_right_after_the_dead_are_the_same_people() -> None:
    (claim,) = api.extract(
        document_from_text(
            "The group said its fighters killed 19 soldiers and wounded 30 over the past week.",
            published=date(2024, 1, 20),
        )
    ).claims
    assert {f.measure: f.target for f in claim.figures} == {"killed": "military", "wounded": "military"}
