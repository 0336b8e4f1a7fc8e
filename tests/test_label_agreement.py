"""How consistently coded notes agree (sitrep.learn.agreement): masking, grouping, the majority ceiling and the
splits, on rows written here (no coded data is read)."""

from __future__ import annotations

import pytest

from sitrep.learn.agreement import (
    agreement,
    choose_scored,
    country_bounds,
    exact_groups,
    group_split,
    groups_by_key,
    majority,
    mask,
    near_groups,
    normalise,
    place_keys,
    unavoidable,
)
from sitrep.learn.data import TrainRow, read_training


def row(text: str, event_type: str | None, sub: str | None = None, *, country: str = "Atlantis",
        date: str = "2020-05-05", location: str = "") -> TrainRow:
    labels = {k: v for k, v in (("event_type", event_type), ("sub_event_type", sub)) if v}
    return TrainRow(text=text, labels=labels, group=country,
                    extra={"year": date[:4], "event_date": date, "location": location})


def test_normalise_ignores_case_and_spacing_only():
    assert normalise("  Police  SHOT\na villager. ") == "police shot a villager."
    assert normalise("Police shot a villager.") != normalise("Police shot villagers.")


def test_mask_drops_digits_and_dates_but_keeps_names():
    # When and how many do not decide a type: two notes differing only there mask alike.
    assert mask("On 5 May 2020, police shot a villager in Kano.") == "police shot a villager in kano."
    assert mask("On the night of 12 June, police shot a villager in Kano.") == "police shot a villager in kano."
    assert mask("Gunmen abducted 12 students on Sunday.") == mask("Gunmen abducted 3 students on Friday.")
    # Who acted on whom does: the actor words and names stay.
    assert mask("On 5 May 2020, police shot a villager.") != mask("On 5 May 2020, a villager shot a policeman.")
    assert "al-shabaab" in mask("On 5th May, Al-Shabaab militants attacked a base.")


def test_mask_keeps_month_words_that_are_verbs_and_clauses_that_are_not_dates():
    # "may" and "march" are masked only beside a number: alone they are a verb.
    assert mask("Protesters may march to the capital on March 3.") == "protesters may march to the capital on @ #."
    # A leading clause with a place in it is not a date clause: it stays (only its number is masked).
    assert mask("In Kano, 5 people were killed.") == "in kano, # people were killed."


def test_a_group_needs_two_rows():
    assert groups_by_key(["a", "b", "a", "c"]) == [[0, 2]]
    assert exact_groups(["Police shot a man.", "POLICE  shot a man.", "Police shot a woman."]) == [[0, 1]]
    assert groups_by_key(["a", "b"]) == []


def test_identical_notes_coded_two_ways_give_a_ceiling_of_one_half():
    rows = [row("Police shot a villager.", "Violence against civilians"), row("Police shot a villager.", "Battles")]
    result = agreement(rows, exact_groups([r.text for r in rows]), "event_type")
    assert (result.groups, result.rows, result.disagreeing) == (1, 2, 1)
    assert result.ceiling == 0.5
    assert result.disagreement == 1.0


def test_the_ceiling_is_the_majority_label_share():
    rows = [row("Rioters burned a bus.", "Riots"), row("Rioters burned a bus.", "Riots"),
            row("Rioters burned a bus.", "Protests"), row("Soldiers clashed with rebels.", "Battles"),
            row("Soldiers clashed with rebels.", "Battles")]
    result = agreement(rows, exact_groups([r.text for r in rows]), "event_type")
    assert (result.groups, result.rows, result.disagreeing, result.majority) == (2, 5, 1, 4)
    assert result.ceiling == pytest.approx(4 / 5)
    assert majority(["a", "b", "a"]) == 2 and majority([]) == 0


def test_rows_without_the_label_do_not_count():
    # An old-taxonomy row without a sub-type leaves its group with one labelled row: no group for the sub-type.
    rows = [row("Rebels shelled the town.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
            row("Rebels shelled the town.", "Explosions/Remote violence")]
    groups = exact_groups([r.text for r in rows])
    assert agreement(rows, groups, "event_type").groups == 1
    assert agreement(rows, groups, "sub_event_type").groups == 0


def test_the_rules_are_scored_on_whole_groups_only():
    rows = [row("Police shot a villager.", "Violence against civilians"), row("Police shot a villager.", "Battles"),
            row("Rioters burned a bus.", "Riots"), row("rioters burned a bus.", "Riots")]
    groups = exact_groups([r.text for r in rows])
    # The second group's lower-cased copy has no prediction: that group is not scored.
    predicted = {"Police shot a villager.": "Violence against civilians", "Rioters burned a bus.": "Riots"}
    result = agreement(rows, groups, "event_type", predicted=predicted)
    assert (result.scored, result.scored_majority, result.rules_hits) == (2, 1, 1)
    assert result.rules == 0.5 and result.scored_ceiling == 0.5


def test_group_split_tells_one_report_from_distinct_events():
    rows = [row("Troops shelled the village.", "Battles", date="2020-05-05"),
            row("Troops shelled the village.", "Explosions/Remote violence", date="2020-05-05"),
            row("Troops shelled the village.", "Explosions/Remote violence", date="2021-01-02"),
            row("Troops shelled the village.", "Explosions/Remote violence", country="Lemuria", date="2020-05-05")]
    assert group_split(rows, [0, 1]) == {"fold": "other countries", "country": "one country",
                                         "year": "one year", "day": "one day"}
    assert group_split(rows, [0, 2]) == {"fold": "other countries", "country": "one country",
                                         "year": "several years", "day": "several days"}
    # The same date in another country is another event.
    assert group_split(rows, [0, 3])["day"] == "several days"
    assert group_split(rows, [0, 3])["country"] == "several countries"
    # The held-out countries' groups are counted apart (numbers only).
    assert group_split(rows, [0, 1], test={"Atlantis"})["fold"] == "test countries"
    assert group_split(rows, [0, 3], test={"Atlantis"})["fold"] == "mixed"


def test_place_names_of_the_rows_are_masked_and_actors_kept():
    rows = [row("Gunmen attacked Kano and Zaria, killing 3.", "Violence against civilians", location="Kano"),
            row("Gunmen attacked Kano and Zaria, killing 5.", "Violence against civilians", location="Zaria"),
            row("Boko Haram attacked Kano.", "Violence against civilians", location="Kano")]
    keys = place_keys(rows, [mask(r.text) for r in rows])
    # One report coded at two places: both names masked on both rows, so they stay together.
    assert keys[0] == keys[1] == "gunmen attacked % and %, killing #."
    # An actor's name is not the row's place: it stays.
    assert keys[2] == "boko haram attacked %."


def test_near_groups_join_small_edits_but_not_swapped_roles():
    masked = [mask(t) for t in (
        "Gunmen attacked the police station in the town and killed two officers.",
        "Gunmen attacked the police station in the town and killed two officer.",
        "Police attacked the protesters at the market in the town centre.",
        "Protesters attacked the police at the market in the town centre.",
    )]
    assert near_groups(masked) == [[0, 1]]
    # Even in one block, a word-order change (who did what to whom) is not a near copy: the ratio reads in order.
    assert near_groups(masked, block=0) == [[0, 1]]
    # A group at the masked level lies inside one at the near level.
    assert near_groups(["a b c d", "a b c d", "x y z"]) == [[0, 1]]


def test_unavoidable_errors_and_country_bounds():
    rows = [row("Police shot a villager.", "Violence against civilians"), row("Police shot a villager.", "Battles"),
            row("Police shot a villager.", "Battles", country="Lemuria"),
            row("Rioters burned a bus.", "Riots", country="Lemuria")]
    groups = exact_groups([r.text for r in rows])
    assert unavoidable(rows, groups, "event_type")[""] == 1
    # Within each country alone: Atlantis' two rows disagree (1 error of 2), Lemuria's one grouped row cannot.
    assert unavoidable(rows, groups, "event_type", by=lambda r: r.group) == {"Atlantis": 1}
    assert country_bounds(rows, groups, "event_type") == {"Atlantis": 0.5, "Lemuria": 1.0}


def test_choose_scored_takes_whole_groups_within_the_budget():
    texts = ["a", "a", "b", "b", "c", "d"]
    levels = [[[0, 1], [2, 3]], [[0, 1, 4, 5]]]
    chosen = choose_scored(texts, levels, budget=2)
    assert chosen == {"a", "b"}
    assert choose_scored(texts, levels, budget=4) == {"a", "b", "c", "d"}
    assert choose_scored(texts, levels, budget=0) == set()


def test_read_training_copies_extra_columns_only_when_asked(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text("notes,event_type,sub_event_type,country,year,event_date\n"
                    "Police shot a villager.,Violence against civilians,Attack,Atlantis,2020,2020-05-05\n",
                    encoding="utf-8")
    (plain,) = read_training(path, "acled")
    assert plain.extra == {}
    (wide,) = read_training(path, "acled", extra=("year", "event_date", "location"))
    assert wide.extra == {"year": "2020", "event_date": "2020-05-05"}
    assert wide.labels == plain.labels and wide.text == plain.text
