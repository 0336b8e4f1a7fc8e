"""The cheap gates of the claims stage and of attribution (issue 14): a text whose sentences have none of the
words a claim opens with skips reading its counts, and a sentence with no word of claim, blame or denial skips the
attribution scans; either way the output is exactly what the full reading gives, and a tally or a claim still
passes its gate."""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.extract import attribution, claims
from sitrep.extract.pipeline import run

INCIDENTS = [
    "Gunmen attacked a police post near the market on Monday, killing 4 officers and wounding 7 others, a local "
    "official said.",
    "At least 9 soldiers died when their truck hit a roadside bomb outside the town on Friday, the army said. Two "
    "others were hurt.",
    "Three farmers were abducted from their fields on Sunday, villagers told reporters.",
]
TALLIES = [
    "The ministry said 120 militants were killed in military operations in the north last month.",
    "A total of 45 civilians have been killed in the district, according to the monitoring group.",
    "The army said its air defences shot down 11 of the 14 drones launched overnight.",
    "The group said it carried out 31 attacks across the country between March 1 and March 30, killing 60 soldiers.",
]


def _gate(text: str, extractor: api.Extractor) -> bool:
    doc = run(extractor.nlp, text, None)
    ctx = claims.Context.of(doc)
    return claims._may_open_claim(ctx, claims._periods(ctx))


@pytest.mark.parametrize("text", INCIDENTS)
def test_incident_reports_skip_the_claims_stage(text: str, extractor: api.Extractor) -> None:
    assert _gate(text, extractor) is False


@pytest.mark.parametrize("text", TALLIES)
def test_tallies_pass_the_gate(text: str, extractor: api.Extractor) -> None:
    assert _gate(text, extractor) is True
    assert api.extract(text, extractor=extractor).claims


@pytest.mark.parametrize("text", INCIDENTS + TALLIES)
def test_the_gate_changes_nothing(text: str, extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = api.extract(text, extractor=extractor).model_dump(exclude={"document"})
    monkeypatch.setattr(claims, "_may_open_claim", lambda ctx, periods: True)
    full = api.extract(text, extractor=extractor).model_dump(exclude={"document"})
    assert gated == full


ATTRIBUTED = [
    "The militants later claimed the raid on their channel.",
    "Officials blamed the insurgents for the blast at the depot.",
    "The movement denied any involvement in the shooting.",
    "The rebels said that they attacked the convoy near the bridge.",
    "The group said its fighters ambushed a patrol outside the camp.",
    "The bombing bore the hallmarks of the insurgents, a diplomat said.",
]
PLAIN = [
    "The bus overturned after the explosion near the bridge.",
    "Residents said the shooting went on for an hour.",
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_claims_blames_and_denials_pass_the_attribution_gate(text: str, extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, text, None)
    assert attribution._may_attribute(doc, doc[:]) is True


@pytest.mark.parametrize("text", PLAIN)
def test_sentences_without_attribution_skip_its_scans(text: str, extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, text, None)
    assert attribution._may_attribute(doc, doc[:]) is False


@pytest.mark.parametrize("text", ATTRIBUTED + PLAIN)
def test_the_attribution_gate_changes_nothing(
    text: str, extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"Gunmen killed 3 guards at a depot on Monday. {text}"
    gated = api.extract(text, extractor=extractor).model_dump(exclude={"document"})
    monkeypatch.setattr(attribution, "_may_attribute", lambda doc, sentence: True)
    full = api.extract(text, extractor=extractor).model_dump(exclude={"document"})
    assert gated == full
