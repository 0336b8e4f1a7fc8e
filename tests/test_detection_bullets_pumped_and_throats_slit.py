"""Shooting and killing told by other words: 'gunmen pumped bullets into a trader', 'a farmer was found with his
throat slit' open an attack as 'shot' and 'killed' do. Not money pumped into a market, nor a threat to slit throats."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, gunmen pumped bullets into a trader in the market.",
    "On 3 May, gunmen pumped several bullets into a trader in the market.",
    "On 3 May, a farmer was found with his throat slit in the village.",
    "On 3 May, the bodies of two herders were found with their throats slit near the village.",
])
def test_bullets_pumped_into_a_person_or_a_throat_slit_is_an_attack(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize("text", [
    "On 3 May, the government pumped money into the market.",
    "On 3 May, he said he would slit their throats if they came back.",
    "On 3 May, investors pumped millions into the oil sector.",
])
def test_money_pumped_or_a_threat_opens_no_event(text, extractor):
    assert typed(text, extractor) == [], text
