"""The shortcuts _build_event's helpers take must not change what they read. _territory reads a sentence only when it
holds a word of taking, and how the place changed hands (a fight, a handover, 'without resistance' in the next
sentence) only where a taking or a handover is told; _ground_won skips sentences with no word of taking; _counts looks
for 'also' and 'other' words among the sentence's words before walking them. Each case below goes through one of
those paths (a taking read with its manner from the next sentence, a handover with no verb of taking, a taking told
in a sentence of its own after a fight), beside look-alikes the shortcut passes over (a verb of taking that takes no
ground, a fight with no ground won, a source that 'also said')."""

from __future__ import annotations

import pytest

from extracted import first_event, first_types


@pytest.mark.parametrize(("text", "expected"), [
    # the manner read from the sentence after the taking: no fight had for the place
    ("On 3 May, the army entered the town of Kala. The rebels had left the town without resistance.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("On 3 May, the rebels seized the town of Kala without any fighting.",
     ("Strategic developments", "Non-violent transfer of territory")),
    # a handover told with no verb of taking at all
    ("On 3 May, the rebels withdrew from the town of Kala and handed over their positions to the army.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("On 3 May, the army retook the town of Kala from the rebels.", ("Battles", "Government regains territory")),
])
def test_a_place_taken_is_read_with_how_it_changed_hands(text, expected, extractor):
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 May, troops clashed with the rebels in Kala. Later the troops took over the town.",
     ("Battles", "Government regains territory")),
    ("On 3 May, FACA forces clashed with rebels in Boda. The state forces drove the rebels out of the locality.",
     ("Battles", "Government regains territory")),
    # look-alikes: a verb of taking that takes no ground, a sentence with no word of taking
    ("On 3 May, troops clashed with the rebels in Kala. Later the troops took the wounded to hospital.",
     ("Battles", "Armed clash")),
    ("On 3 May, FACA forces clashed with rebels in Boda. The fighting lasted for three hours.",
     ("Battles", "Armed clash")),
    ("On 3 May, troops entered the town of Kala after fierce clashes with the rebels.", ("Battles", "Armed clash")),
])
def test_ground_won_after_a_fight_is_read_from_the_sentence_that_tells_it(text, expected, extractor):
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(("text", "killed"), [
    ("On 3 May, gunmen killed two soldiers in Boda. Three other soldiers were also killed.", 5),
    # look-alike: 'also' of a source restating the toll adds nothing
    ("On 3 May, gunmen killed two soldiers in Boda. A resident also said three soldiers were killed.", 2),
])
def test_a_toll_adds_only_where_also_or_other_tells_more(text, killed, extractor):
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == killed, text


def test_the_trigger_and_the_place_are_read_as_written(extractor):
    event = first_event("On 3 May, men threw a grenade at a bar in Bujumbura, wounding four people.", extractor)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Grenade")
    assert event.tactics == ["grenade"]
    assert event.place is not None and event.place.name == "Bujumbura"
    assert event.trace["incident"].detail.startswith("trigger 'grenade'")
