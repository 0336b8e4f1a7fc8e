"""A mob told beside an armed man's or an armed party's act, read from the wider development sample's violence against
civilians, battle and riot confusions (sitrep-rules/23's wide-18 sample), with look-alikes that must stay as they were
(texts written for these tests).

A mob that an act set off, or that only began to gather ('a soldier shot a trader, triggering a mob at the base', 'a mob
began to gather and the police fired to disperse it'), did nothing told in the report: the act is the armed man's (an
attack, as ACLED codes it), not a crowd's justice. So is a lynching told in a later sentence by an armed party named as
the subject of the act told first ('the gang killed five police officers at the station. One of the wounded was lynched
by the gangsters'). A mob's own act ('sparked mob violence as rioters lynched two men', 'a mob gathered and beat the
thief', a lynching told first) stays mob violence.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 March 2024, a soldier shot and killed a trader at the market in Kolo, triggering a mob at the camp.",
         ("Violence against civilians", "Attack")),
        ("On 4 March 2024, a soldier fired shots in Kolo market and two civilians were injured by stray bullets. "
         "A mob began to gather and the police fired shots to disperse the crowd.",
         ("Violence against civilians", "Attack")),
        ("On 4 March 2024, members of a gang killed four police officers during an attack on the police station in "
         "Kolo. One of the wounded officers was lynched by the gangsters.", ("Battles", "Armed clash")),
    ],
)
def test_a_mob_told_beside_an_armed_partys_act_is_not_the_act(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        # the mob's own act, though a mob is told as what an act set off
        "On 4 March 2024, a bombing in Kolo sparked mob violence as rioters lynched two suspected bombers.",
        # a mob that gathered and acted
        "On 4 March 2024, an angry mob gathered at the market in Kolo and beat a suspected thief to death.",
        # a lynching told first, an armed party's member its victim
        "On 4 March 2024, a mob of residents lynched two gang members in Kolo. The gang's leader vowed revenge.",
        # a crowd, no armed party, acts first; its lynching told next
        "On 4 March 2024, youths broke into the police station in Kolo and freed a man accused of murder. They then "
        "lynched him.",
    ],
)
def test_a_mobs_own_act_stays_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text
