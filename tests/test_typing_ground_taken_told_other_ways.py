"""Ground taken or taken back, told in ways the rules did not read (fix63; texts written for these tests).

A news writer tells a taking in a headline's present ('Chadian forces retake Dikwa', 'the group captures Marte'), by a
place's name before a passive that only ground takes ('Yaloke was retaken by the state forces', 'Paoua was taken over
by the government'), with the subject's description between commas ('This locality, a crossroads on the main road,
was retaken'), or with the particle before the side put out ('drove out the rebels from the town'). A fight told with
any of them is ACLED's territory taken, by the state (Government regains territory) or not (Non-state actor
overtakes territory). Aims, sport, exams, customs seizures, arrests, a person taken and people driven out stay as
they were.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

_REGAINS = ("Battles", "Government regains territory")
_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
_CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present, the taker armed and the ground named after the verb
        ("Government troops retake Kumba from the separatists. Dozens were reported dead.", _REGAINS),
        ("Chadian forces retake Dolo from the insurgents.", _REGAINS),
        ("The militia captures Dolo and Kanda town, raising their flag over the market.", _OVERTAKES),
    ],
)
def test_taking_told_in_a_headline_present(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    # (before: no event, or an attack on civilians read from the toll)
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # a place's name before a passive only ground takes
        "On 5 February 2024, the army clashed with rebels near Kanda. Kanda was retaken by the state forces.",
        "On 5 March 2024, the army carried out an operation against rebel positions near Dolo. Dolo was taken over "
        "by the government.",
        # the ground's description between commas before the passive
        "On 5 February 2024, the army clashed with rebels in Kanda. This locality, a crossroads on the main road "
        "to the border, was retaken by the state forces.",
        # the particle before the side put out, the place after 'from'
        "On 5 May 2024, soldiers clashed with the rebels near Dolo and drove out the rebels from the town.",
    ],
)
def test_fight_with_ground_retaken_is_government_regaining(text: str, extractor: api.Extractor) -> None:
    # (before: Armed clash)
    assert first_types(text, extractor) == _REGAINS, text


@pytest.mark.parametrize(
    "text",
    [
        # an aim, not a taking
        "The army launched an offensive to retake Dolo from the insurgents. Fighting was reported as ongoing.",
        # a person taken, people driven out: no ground taken
        "On 5 May 2024, soldiers clashed with rebels near Bria. The mayor, a former rebel, was taken by the gunmen to "
        "an unknown place.",
        "On 5 May 2024, soldiers clashed with the rebels and drove out the civilians from the village.",
        # the passive names the side put out before the verb, not after 'out': read as before
        "On 5 May 2024, the rebels were chased out by the army from two villages near Dolo.",
    ],
)
def test_aims_and_people_taken_stay_a_clash(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _CLASH, text


@pytest.mark.parametrize(
    "text",
    [
        "Leicester retake the lead in the league after beating Arsenal.",
        "Students who failed will retake the exams in June.",
        "Customs captures smuggled fuel worth millions in Kano.",
        "The coalition demanded that the residents retake up arms against the militants.",
        "Ahmed was retaken to the hospital after his condition worsened.",
    ],
)
def test_present_taking_look_alikes_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text
