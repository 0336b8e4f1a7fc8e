"""Incidents told by their result, or with nouns and passives the trigger words miss (texts written for these tests).

People fleeing, evicted or coming back, captives released, property burned, a body dumped or a severed head found,
a gunshot wound, people seized by gunmen or pirates, checkpoints and barracks set up, weapons handed in and crowds
dispersed by police are incidents that ACLED codes; each is told here in one or more phrasings. The same words told as
background (a war's displaced, a plan, a statement released) open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People displaced, evicted or returning, counted and dated: ACLED's 'Other'.
        ("On Tuesday, about 400 families fled the hamlet of Kotido and sought shelter at a school.", "Other"),
        ("Some 1,200 refugees returned from Uganda on 3 March through the Elegu crossing.", "Other"),
        ("Police evicted 60 households from the riverbank settlement on Monday.", "Other"),
        ("On 4 March, more than 90 families were evicted from the railway reserve by county officers.", "Other"),
        # Captives set free.
        ("The government released 40 detainees from Mzimba prison on Friday.", "Other"),
        ("On 2 March, 15 hostages were released by the kidnappers after talks with elders.", "Other"),
        # Property burned, a person set alight.
        ("Arsonists burn a market in Kitale", "Looting/property destruction"),
        ("Youths set a suspected thief alight in the market on Saturday.", "Mob violence"),
        # A killing or a shooting told by its result.
        ("A severed head was found beside the road on the outskirts of Uruapan on Thursday.", "Attack"),
        ("The bodies of two men were dumped near the cemetery on Wednesday.", "Attack"),
        ("A night watchman was admitted to hospital with gunshot wounds on Sunday.", "Attack"),
        # People taken by force, told in the passive.
        ("Two aid workers were seized from their compound by gunmen on Friday.", "Abduction/forced disappearance"),
        (
            "The fishing trawler was boarded by pirates 80 miles off the coast, the navy said.",
            "Abduction/forced disappearance",
        ),
        # Checkpoints and barracks set up, weapons handed in.
        ("Soldiers set up two checkpoints on the road into the town on Monday.", "Change to group/activity"),
        ("The militia turned the primary school into a barracks on Thursday.", "Headquarters or base established"),
        (
            "Former fighters handed in 300 rifles and boxes of ammunition at the demobilisation camp on Tuesday.",
            "Disrupted weapons use",
        ),
        # Torture and acid told as nouns; a dead man or remains dumped.
        ("On 3 March, a detainee died in the district jail after he was subjected to torture by guards.", "Attack"),
        ("Two men poured acid on a magistrate outside the court house on Monday.", "Attack"),
        ("On 4 March, the remains of three men were left by armed men beside the canal.", "Attack"),
        # A crowd damaging property or lighting bonfires, stones or petrol bombs thrown and nothing else told.
        ("Students smashed the windows of the administration block on Monday night.", "Violent demonstration"),
        ("Opposition supporters lit bonfires on the ring road on Tuesday.", "Violent demonstration"),
        ("On 5 March, two men threw stones at a bus carrying supporters of the governor.", "Mob violence"),
        # Armed sides engaging, an offensive launched; headline verbs in the present.
        ("Troops engaged the militants near the Kolo river crossing on Wednesday.", "Armed clash"),
        (
            "On 6 March, the army launched a fresh offensive against rebel positions in the hills above Kiwanja.",
            "Armed clash",
        ),
        ("Bandits steal 200 goats from herders in Marsabit", "Attack"),
        # A crowd broken up by police, told without a word of protest.
        ("Anti-riot police dispersed football fans outside the stadium on Tuesday.", "Protest with intervention"),
    ],
)
def test_incidents_told_by_their_result(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families have fled their homes since the war began.",
        "About two million people fled the country during the civil war.",
        "Hundreds of residents returned to the town after the floods receded.",
        "The ministry said 3,000 migrants arrived in the country last month.",
        "The agency plans to help 500 refugees return home next year.",
        "The army released a statement on Monday.",
        "Residents said the storm damaged property in the lower town.",
        "The two leaders engaged the rebels in talks on Monday.",
        "He said the group wanted to assassinate the governor.",
        "The report says detainees are routinely subjected to torture.",
        # (a call to hand weapons in is no weapons handed in)
        "Police asked residents to hand in illegal firearms on Monday.",
        "On Monday the chief ordered youths to turn over their guns to the police.",
    ],
)
def test_the_same_words_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_people_fleeing_after_an_attack_join_that_attack(extractor: api.Extractor) -> None:
    text = (
        "Gunmen attacked the village of Kuru on Sunday, killing four farmers. "
        "On Sunday, more than 200 families fled to the district headquarters."
    )
    assert typed(text, extractor, published=PUBLISHED) == [("Violence against civilians", "Attack")]


def test_a_burning_phrase_inside_an_attack_does_not_retype_it(extractor: api.Extractor) -> None:
    # ('burns' is a trigger of its own; the arson phrase does not stand for it)
    assert typed("Raiders burns homes and kill two herders in Baringo", extractor, published=PUBLISHED) != [
        ("Strategic developments", "Looting/property destruction")
    ]


def test_following_as_after_leaves_an_incident_to_the_incident_rules(extractor: api.Extractor) -> None:
    # ('following two attacks' means after them; 'the following figures' still frames a tally)
    text = (
        "On 3 March, four policemen were killed and two wounded following two attacks by militants on checkpoints "
        "in Dara district."
    )
    extraction = api.extract(text, extractor=extractor, published=PUBLISHED)
    assert [e.sub_event_type for e in extraction.events] == ["Armed clash"]
    assert extraction.claims == []
    tally = "The ministry published the following figures for the year: 340 attacks, 1,200 killed and 900 wounded."
    assert len(api.extract(tally, extractor=extractor, published=PUBLISHED).claims) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ground taken, told in the passive with the place first: the taker is after 'by' or 'to'.
        ("On 4 March, the army camp at Gidan was overrun by militants.", "Non-state actor overtakes territory"),
        ("The market town was seized by the group on Tuesday.", "Non-state actor overtakes territory"),
        ("On Monday, the border post fell to the insurgents after a night of fighting.",
         "Non-state actor overtakes territory"),
        ("Two villages near the lake were recaptured by government troops on Friday.", "Government regains territory"),
        # (control seized with no fight, attack or harm told, and no force's place: a non-violent transfer, see
        # tests/test_typing_ground_held_without_a_fight.py)
        ("Rebels seized control of the airport at Kamina on Wednesday.", "Non-violent transfer of territory"),
        # Strikes begun or observed, pickets held, a crowd at an authority's door, an entrance locked.
        ("Nurses at the district hospital began a strike over late salaries on Monday.", "Peaceful protest"),
        ("Teachers in Dori observed a 72-hour work stoppage.", "Peaceful protest"),
        ("Union members held pickets outside the labour ministry on Thursday.", "Peaceful protest"),
        ("Dozens of pensioners gathered in front of the municipal offices in Tamale on Tuesday.", "Peaceful protest"),
        ("Students padlocked the gates of the college to demand the return of their lecturers.", "Peaceful protest"),
        # A protest against a long grievance: the period is the grievance's, not the protest's.
        ("Students in Makeni protested against delays in the reopening of their campus since November.",
         "Peaceful protest"),
        ("Traders protested over power cuts in the market for the past three months.", "Peaceful protest"),
        # A fight people engaged in; a toll feared; buildings blown up.
        ("Rival student groups engaged in a street fight with sticks and stones in Akim on Friday.", "Mob violence"),
        ("Six people are feared dead after a clash between herders and farmers in Lafia on Sunday.", "Armed clash"),
        ("Militants blew up a police post on the edge of the town on Sunday.", "Remote explosive/landmine/IED"),
        # An operation against armed men, an attack fought off or an armed side routed; forces withdrawn.
        ("On 5 March, the army carried out an operation against rebel positions near Bouar.", "Armed clash"),
        ("On 5 March, the militants were routed by troops near the village of Kolo.", "Armed clash"),
        ("The battalion repelled an attempted raid by the insurgents on the Mora road on Friday.", "Armed clash"),
        ("On 5 March, the soldiers withdrew from the town of Gordil for lack of ammunition.",
         "Change to group/activity"),
        # A purpose told first; sacked workers; party cadres damaging vehicles.
        ("To mark the anniversary of the massacre, residents marched through Kasese on Sunday.", "Peaceful protest"),
        ("Dismissed guards demonstrated outside the hospital in Durban on Tuesday.", "Peaceful protest"),
        ("Party cadres shattered the windows of two campaign vehicles in Mongu on Monday.", "Violent demonstration"),
        # A threat made in person and an act after it; a side routed; a wounded man battling for his life; ground
        # retaken in the present; hostages taken in the passive; crowds gathered to oppose, unemployed on a road.
        ("On 14 March, gunmen threatened herders and burned a granary in Tessa.", "Looting/property destruction"),
        ("On 14 March, soldiers intervened and routed the militants near Midal.", "Armed clash"),
        ("A guard at the depot is battling for his life after he was attacked by six miners on Sunday.", "Attack"),
        ("Army recaptures two villages near Kauda", "Government regains territory"),
        ("On 2 March, a dozen hostages were taken by an armed group near Kerawa.", "Abduction/forced disappearance"),
        ("Residents of the estate gathered to oppose the demolition of their block on Monday.", "Peaceful protest"),
        ("Young unemployed men blocked the road between Remada and Dhiba on Friday.", "Peaceful protest"),
    ],
)
def test_takings_strikes_and_fights_the_trigger_words_miss(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell to their lowest level in a decade.",
        "Many fear the town will fall to the militants.",
        "The party's stronghold fell to the opposition in the election.",
        "The company gained control of the port's operations after a tender.",
        "The union threatened to start a strike next week.",
        "The rebels threatened to blow up the bridge if talks failed.",
        "Workers have protested over unpaid wages since January.",
        "Teachers have been on strike over pay since March.",
        "Journalists gathered in front of the ministry for the weekly briefing.",
        "Officials feared attacks on the capital.",
        "The army plans to launch an operation against the rebels next month.",
        "The military has been conducting operations against militants in the region since 2017.",
        "The opposition withdrew from the talks on Monday.",
        "Government forces withdrew from the peace process last year.",
        "The army dismissed reports that soldiers attacked the village.",
        "To mark the anniversary of the 2017 bombing, the group released a statement.",
        "The group threatened more attacks and kidnappings in the region.",
        "The rebels threatened to attack and burn the village.",
        "The country is battling an insurgency that has killed thousands.",
        "“We were quickly routed,” the soldier said.",
    ],
)
def test_takings_and_strikes_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
