"""A short acronym of an armed party written in mixed case ('FAMa', Mali's armed forces; 'JeM', Jaish-e-Mohammed) is
matched by its own casing (or its all-capital form), not by any word spelt the same: 'Colonia La Fama' is a place and
'Jem Khan' a man, neither an actor. Names and aliases that are no acronyms still match in any case."""

from __future__ import annotations

from extracted import first_event
from sitrep import api
from sitrep.taxonomy import ActorTable, is_acronym


def _actors(text: str, extractor: api.Extractor) -> set[str | None]:
    event = first_event(text, extractor)
    return {event.actor1, event.actor2}


def test_mixed_case_acronyms_are_matched_by_their_casing():
    table = ActorTable.load()
    assert table.canonical("FAMa") == "Malian Armed Forces"
    assert table.canonical("FAMA") == "Malian Armed Forces"  # (its all-capital alias, as headlines write it)
    assert table.canonical("Fama") is None and table.canonical("fama") is None
    assert table.canonical("JeM") == "Jaish-e-Mohammed" and table.canonical("Jem") is None
    # unchanged: all-capital acronyms exact, names and lower-case aliases in any case
    assert table.canonical("SDF") == "Syrian Democratic Forces" and table.canonical("sdf") is None
    assert table.canonical("malian army") == "Malian Armed Forces"
    assert table.canonical("Amisom") == "African Union Mission"  # (six letters or more: no acronym, any case)


def test_is_acronym_needs_two_capitals_in_one_short_word():
    assert is_acronym("FAMa") and is_acronym("JeM") and is_acronym("SDF")
    assert not is_acronym("Fama") and not is_acronym("Hamas") and not is_acronym("US jets")
    assert not is_acronym("AMISOM") and not is_acronym("SPLA-iO")  # (over five letters: any case, as before)


def test_a_place_spelt_like_an_acronym_is_no_actor(extractor):
    for text in ("On 3 May, a man was shot dead in Colonia La Fama.",
                 "On 3 May, police arrested two suspects in Colonia La Fama.",
                 "On 3 May, gunmen shot dead a trader named Jem Khan in the town."):
        actors = _actors(text, extractor)
        assert "Malian Armed Forces" not in actors and "Jaish-e-Mohammed" not in actors, (text, actors)


def test_the_acronyms_in_their_own_casing_still_name_the_actor(extractor):
    assert "Malian Armed Forces" in _actors("On 3 May, FAMa soldiers clashed with militants near Gao.", extractor)
    assert "Malian Armed Forces" in _actors("On 3 May, FAMA soldiers clashed with militants near Gao.", extractor)
    assert "Jaish-e-Mohammed" in _actors("On 3 May, JeM militants attacked a police post in the district.",
                                         extractor)
