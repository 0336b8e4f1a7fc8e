"""Whether police or troops stepped in (``_intervention``, a walk over the event's sentences) is asked only of events
whose words tell a gathering, a crowd policed or a road barricaded (``_INTERVENTION_READ``): classify reads it on no
other words, so the answer of every other event is the same either way. Checked on classify itself, over word sets
drawn from the vocabulary the rules read, and on reports written for the test: protests the police met still get
their intervention, and the acts of forces that are no crowd's (an arrest, a raid, a clash) are typed as before."""

from __future__ import annotations

import random

import pytest

from extracted import first_types
from sitrep import api
from sitrep.extract import events
from sitrep.extract.lang.en import incidents as en_incidents
from sitrep.model import Count

_VOCABULARY = sorted({
    word for name in dir(en_incidents) if name.isupper()
    for value in [getattr(en_incidents, name)] if isinstance(value, (set, frozenset))
    for word in value if isinstance(word, str)
} | {word for name in dir(events) if name.isupper() and name.endswith("_TOLD")
     for word in [getattr(events, name)] if isinstance(word, str)})
_OTHER_WORDS = [word for word in _VOCABULARY if word not in events._INTERVENTION_READ]
_TACTICS = [[], ["clash"], ["shooting"], ["ied"], ["airstrike"], ["abduction"], ["arson"]]
_PERPETRATORS = [None, "Unidentified Armed Group", "Police Forces", "Military Forces", "Rioters"]


def test_classify_reads_intervention_only_with_the_words_that_gate_it() -> None:
    # (were a rule of classify to read 'intervention' on other words, an event without them could change type)
    chance = random.Random(14)
    checked = 0
    for _ in range(3_000):
        words = set(chance.sample(_OTHER_WORDS, chance.randint(1, 12)))
        killed = chance.choice([None, Count(low=0, best=0, high=0), Count(low=3, best=3)])
        given = {
            "words": words, "tactics": chance.choice(_TACTICS), "category": chance.choice([None, "civilians"]),
            "perpetrator": chance.choice(_PERPETRATORS), "target": chance.choice([None, "Civilians"]),
            "counts": {} if killed is None else {"killed": killed},
        }
        flags = {"civil_perpetrator": chance.random() < 0.3, "state_perpetrator": chance.random() < 0.3,
                 "territory": chance.choice([None, "take", "transfer"]), "target_is_place": chance.random() < 0.3}
        met = events.classify(**{**given, "words": set(words)}, intervention=True, **flags)  # type: ignore[arg-type]
        assert met == events.classify(**given, intervention=False, **flags), sorted(words)  # type: ignore[arg-type]
        checked += 1
    assert checked == 3_000 and len(_OTHER_WORDS) > 500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gathering the police met: the intervention is still read
        ("Police fired tear gas to disperse hundreds of traders who marched to the town hall on Monday.",
         ("Protests", "Protest with intervention")),
        ("Students staged a peaceful march to the ministry on Tuesday demanding lower fees.",
         ("Protests", "Peaceful protest")),
        # forces' own acts, with no crowd told: typed as before
        ("Police arrested three suspected robbers in the market on Friday.",
         ("Strategic developments", "Arrests")),
        ("Soldiers clashed with gunmen near the border village on Sunday, killing four of them.",
         ("Battles", "Armed clash")),
    ],
)
def test_gathering_met_by_police_and_forces_acts_keep_their_types(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected
