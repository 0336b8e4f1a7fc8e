"""Two tolls news writers often tell: one person who 'lost his life' is one dead, as 'a farmer was killed' is; and the
deaths a protest is about ('students protested over the deaths of two students') are why people gathered, not deaths
at the protest, so they are not its fatalities (nor is the crowd's own count, 'hundreds of students', read through
them). Deaths at the protest itself are counted as before. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from extracted import first_event


def _killed(text: str, extractor) -> int | None:
    event = first_event(text, extractor)
    return event.killed.best if event.killed is not None else None


@pytest.mark.parametrize(("text", "killed"), [
    ("On 12 May 2021, a farmer lost his life when gunmen attacked the village.", 1),
    ("On 12 May 2021, one policewoman lost her life after militants ambushed a patrol near the town.", 1),
    # a count written is read first, as before
    ("On 12 May 2021, two farmers lost their lives when gunmen attacked the village.", 2),
])
def test_a_life_lost_is_one_dead(text, killed, extractor) -> None:
    assert _killed(text, extractor) == killed


def test_a_life_lost_told_as_a_cause_is_no_toll(extractor) -> None:
    # the student who lost his life is why they marched, told in a relative clause
    text = "On 12 May 2021, students marched in the capital to remember a student who lost his life last year."
    assert _killed(text, extractor) is None


@pytest.mark.parametrize("text", [
    "On 12 May 2021, students protested in the capital over the deaths of two students.",
    "On 12 May 2021, hundreds of students protested in the capital over the deaths of two students.",
    "On 12 May 2021, residents marched against the killing of three traders in the town.",
])
def test_deaths_a_protest_is_about_are_not_its_toll(text, extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Protests"
    assert event.killed is None


@pytest.mark.parametrize(("text", "killed"), [
    ("On 12 May 2021, police killed two protesters demonstrating against the new tax in the capital.", 2),
    ("On 12 May 2021, two protesters were killed when police fired on a march against the new tax.", 2),
    ("On 12 May 2021, police fired on students protesting over the deaths of two classmates, killing three of them.",
     3),
])
def test_deaths_at_the_protest_are_still_counted(text, killed, extractor) -> None:
    assert _killed(text, extractor) == killed
