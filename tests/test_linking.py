"""Linking: reports of one incident become one incident; near misses stay apart; never all pairs."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest

from sitrep.analyze import similarity
from sitrep.analyze.linking import THRESHOLD, link
from sitrep.errors import ConfigError
from sitrep.model import Count, Document, Event, Place, Span

_DOCS: dict[str, Document] = {}


def report(n: int, *, day: date = date(2020, 5, 9), place: str | None = "Hajin", admin1: str | None = "Deir ez-Zor",
           code: str | None = "SY-DY", country: str | None = "SY", sub: str = "Armed clash",
           event_type: str = "Battles", tactics: tuple[str, ...] = ("clash",), actor1: str | None = "Islamic State",
           actor2: str | None = "Syrian Democratic Forces", killed: int | None = 4, precision: int = 1,
           text: str | None = None, source: str | None = None, document: str | None = None,
           incident_id: str | None = None) -> Event:
    """One outlet's report of an event, with its document registered in ``_DOCS``."""
    sentence = text or (f"Islamic State fighters attacked an SDF checkpoint in {place or admin1}, killing "
                        f"{killed} fighters, on {day:%d %B}.")
    doc_id = document or f"doc{n}"
    _DOCS.setdefault(doc_id, Document(id=doc_id, text=sentence, source=source or f"Outlet {n}",
                                      url=f"https://outlet{n}.example/{n}", published=day))
    where = None
    if place or admin1 or country:
        where = Place(name=place or admin1 or country or "", country=country, admin1=admin1, admin1_code=code,
                      locality=place, geo_precision=1 if place else 3 if admin1 else 4)
    return Event(id=f"e{n}", document_id=doc_id, date_start=day, date_end=day, time_precision=precision,
                 event_type=event_type, sub_event_type=sub, tactics=list(tactics), actor1=actor1, actor2=actor2,
                 place=where, places=[where] if where else [],
                 killed=Count(low=killed, best=killed) if killed is not None else None,
                 spans={"event": Span(start=0, end=len(sentence), text=sentence)}, incident_id=incident_id)


def groups(events: list[Event], **kwargs: object) -> list[set[str]]:
    assignments = link(events, documents=_DOCS, **kwargs)  # type: ignore[arg-type]
    by_incident: dict[str, set[str]] = {}
    for event_id, incident in assignments.items():
        by_incident.setdefault(incident, set()).add(event_id)
    return sorted(by_incident.values(), key=min)


def test_reports_of_one_incident_by_different_outlets_become_one_incident() -> None:
    events = [report(1), report(2, actor1=None, killed=None,
                                 text="Four SDF members died when IS militants stormed their post at Hajin."),
              report(3, actor1="ISIS", text="ISIS attacked an SDF position in Hajin on Saturday, killing four.")]
    assert groups(events) == [{"e1", "e2", "e3"}]


def test_events_of_the_same_document_are_never_merged() -> None:
    events = [report(11, document="same"), report(12, document="same"), report(13)]
    found = groups(events)
    assert not any({"e11", "e12"} <= group for group in found)


def test_the_same_place_on_the_next_day_is_another_incident() -> None:
    events = [report(21), report(22), report(23, day=date(2020, 5, 10)), report(24, day=date(2020, 5, 10))]
    assert groups(events) == [{"e21", "e22"}, {"e23", "e24"}]


def test_a_neighbouring_village_on_the_same_day_is_another_incident() -> None:
    events = [report(31), report(32), report(33, place="al-Shuhayl"), report(34, place="al-Shuhayl")]
    assert groups(events) == [{"e31", "e32"}, {"e33", "e34"}]


def test_the_same_attack_type_in_another_governorate_is_another_incident() -> None:
    events = [report(41, place=None), report(42, place=None),
              report(43, place=None, admin1="Raqqa", code="SY-RA"), report(44, place=None, admin1="Raqqa",
                                                                           code="SY-RA")]
    assert groups(events) == [{"e41", "e42"}, {"e43", "e44"}]


def test_a_follow_up_report_with_a_higher_toll_joins_the_incident() -> None:
    events = [report(51, killed=2), report(52, killed=2), report(53, killed=3, day=date(2020, 5, 9),
                                                                  text="The toll of the Hajin attack rose to three.")]
    assert groups(events) == [{"e51", "e52", "e53"}]


def test_an_unknown_perpetrator_is_compatible_with_a_named_one() -> None:
    events = [report(61), report(62, actor1=None, actor2=None)]
    assert groups(events) == [{"e61", "e62"}]


def test_average_link_keeps_a_chain_from_joining_its_far_ends() -> None:
    # e71 and e73 are three days apart at day precision: blocking never compares them, and they contradict each
    # other. e72 has only a vague date between them and matches each well enough to link; connected components
    # alone would chain all three.
    events = [report(71, day=date(2020, 5, 9)), report(72, day=date(2020, 5, 10), precision=2),
              report(73, day=date(2020, 5, 12))]
    features = similarity.build_features(events, _DOCS)
    scores, _ = similarity.score_pairs(features, np.array([0, 1]), np.array([1, 2]))
    assert (scores >= THRESHOLD).all()
    found = groups(events)
    assert not any({"e71", "e73"} <= group for group in found)


def _best_match_case(base: int, *, stored: bool = False) -> tuple[Event, Event, Event]:
    """A wire report, and a paper that tells two acts of that day in that town: the first told as the wire tells
    it, the second (a heavier toll, other words) still alike enough to reach the threshold on its own."""
    wire = report(base)
    close = report(base + 1, document=f"paper{base}", incident_id="paper-first" if stored else None)
    other = report(base + 2, document=f"paper{base}", killed=12, incident_id="paper-second" if stored else None,
                   text="Twelve SDF fighters were killed when IS fighters raided their position in Hajin.")
    return wire, close, other


def test_a_report_joins_the_closest_of_another_documents_events_and_only_that_one() -> None:
    wire, close, other = _best_match_case(201)
    features = similarity.build_features([wire, close, other], _DOCS)
    scores, _ = similarity.score_pairs(features, np.array([0, 0]), np.array([1, 2]))
    assert scores[1] >= THRESHOLD and scores[0] > scores[1]  # both could link; one is the better match
    for order in ([wire, close, other], [other, close, wire], [close, wire, other]):
        assert groups(order) == [{"e201", "e202"}, {"e203"}]


def test_a_new_report_joins_the_stored_incident_of_the_closest_event_of_another_document() -> None:
    wire, close, other = _best_match_case(211, stored=True)
    found = link([other, wire, close], documents=_DOCS, keep_existing=True)
    assert found == {"e211": "paper-first", "e212": "paper-first", "e213": "paper-second"}


def test_blocking_compares_only_events_near_in_time_and_place() -> None:
    events = [report(81), report(82, day=date(2020, 5, 12)), report(83, place=None, admin1="Homs", code="SY-HI"),
              report(84, place=None, admin1=None, code=None, country=None), report(85)]
    features = similarity.build_features(events, _DOCS)
    pairs = {(int(i), int(j)) for a, b in similarity.candidate_pairs(features) for i, j in zip(a, b, strict=True)}
    assert pairs == {(0, 4)}  # e81 and e85: same place, same day. Three days apart, another province, nowhere: no.


def test_candidate_pairs_grow_with_the_events_that_share_a_window_not_with_all_pairs() -> None:
    events = [report(900 + k, day=date(2020, 1, 1).fromordinal(date(2020, 1, 1).toordinal() + 7 * k))
              for k in range(60)]
    features = similarity.build_features(events, _DOCS)
    compared = sum(len(i) for i, _ in similarity.candidate_pairs(features))
    assert compared == 0 < len(list(itertools.combinations(events, 2)))


def test_linking_twice_gives_the_same_incident_ids() -> None:
    events = [report(91), report(92), report(93, place="Thiban")]
    assert link(events, documents=_DOCS) == link(list(reversed(events)), documents=_DOCS)


def test_stored_incidents_keep_their_ids_and_absorb_new_reports() -> None:
    events = [report(101, incident_id="stored-incident"), report(102)]
    assert link(events, documents=_DOCS, keep_existing=True) == {"e101": "stored-incident",
                                                                  "e102": "stored-incident"}


def test_two_stored_incidents_are_not_merged_by_an_incremental_run() -> None:
    events = [report(111, incident_id="one"), report(112, incident_id="two")]
    assert link(events, documents=_DOCS, keep_existing=True) == {"e111": "one", "e112": "two"}


def test_a_pinned_event_stays_alone() -> None:
    events = [report(121), report(122), report(123)]
    found = link(events, documents=_DOCS, pinned={"e122"})
    assert found["e121"] == found["e123"] != found["e122"]


def test_a_threshold_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ConfigError, match="threshold"):
        link([report(131)], threshold=1.5)


def test_the_documented_threshold_is_the_default() -> None:
    assert 0 < THRESHOLD < 1
    assert abs(sum(similarity.WEIGHTS.values()) - 1) < 1e-9


def test_scores_explain_themselves_component_by_component() -> None:
    events = [report(141), report(142, day=date(2020, 5, 10))]
    features = similarity.build_features(events, _DOCS)
    total, parts = similarity.score_pairs(features, np.array([0]), np.array([1]), components=True)
    assert parts["date"][0] == pytest.approx(0.2)
    assert parts["conflict"][0] == pytest.approx(similarity.CONFLICT["date_1"])
    assert total[0] < THRESHOLD


def test_the_dateline_places_an_event_that_names_no_place() -> None:
    document = Document(id="dl", text="DEIR EZ-ZOR — A bomb exploded near a patrol, killing two.")
    event = report(151, place=None, admin1=None, code=None, country=None, document="dl")
    where = similarity.locate(event.model_copy(update={"place": None, "places": []}), document)
    assert (where.country, where.admin1) == ("SY", "Deir ez-Zor")


def test_content_words_ignore_case_stop_words_and_plurals() -> None:
    assert similarity.content_words("The bombs killed two Soldiers on Saturday") == {"bomb", "killed", "soldier"}


def test_text_agreement_of_stored_word_strings_is_the_jaccard_index_of_their_word_sets() -> None:
    texts = ["Gunmen attacked a checkpoint near the market in the morning",
             "An attack on the market checkpoint by gunmen killed two guards",
             "Protesters gathered outside the governor's office demanding salaries",
             "", "Gunmen attacked a checkpoint near the market in the morning"]
    joined = [" ".join(sorted(similarity.content_words(text))) for text in texts]
    sets = [frozenset(similarity.content_words(text)) for text in texts]
    rows = list(range(len(texts)))
    # Every pair both ways, rows met on either side first and again (the sets kept between calls), a text without
    # content words among them (its text term unknown: -1).
    i = np.array([a for a in rows for b in rows], np.int64)
    j = np.array([b for a in rows for b in rows], np.int64)
    words = similarity.WordSets(joined)
    for first, second in ((i, j), (j, i), (i[::-1], j[::-1])):
        found = words.jaccard(first, second)
        expected = [similarity._overlap(sets[a], sets[b]) for a, b in zip(first.tolist(), second.tolist(), strict=True)]
        assert found.tolist() == expected
    assert words.jaccard(np.array([0]), np.array([4]))[0] == 1.0
    assert words.jaccard(np.array([0]), np.array([3]))[0] == -1.0


def test_minhash_signatures_estimate_word_set_similarity() -> None:
    a = {f"w{k}" for k in range(100)}
    b = {f"w{k}" for k in range(50, 150)}  # Jaccard 1/3
    sa, sb = similarity.minhash(a, 256), similarity.minhash(b, 256)
    assert abs(float((sa == sb).mean()) - 1 / 3) < 0.1


def test_a_groups_claim_naming_the_governorate_joins_the_wire_report_of_a_village_in_it() -> None:
    from sitrep import api
    from sitrep.analyze.incidents import incidents
    from sitrep.analyze.linking import link_events
    from sitrep.model import Document
    from sitrep.store import Store

    claim = Document.from_text("Fighters of the Islamic State detonated an explosive device on a patrol of the Iraqi "
                               "army in Salahuddin on Saturday, killing 9 soldiers.", source="Amaq",
                               published=date(2021, 3, 14))
    wire = Document.from_text("A roadside bomb killed three Iraqi soldiers near Tuz Khurmatu in Salahuddin province "
                              "on Saturday, a security source said. The Islamic State group later claimed the attack.",
                              source="Reuters", published=date(2021, 3, 14))
    with Store(":memory:") as store:
        for document in (claim, wire):
            store.save(api.extract(document))
        link_events(store)
        [incident] = incidents(store)
    assert incident.status == "reported" and incident.attribution == "claimed"
    killed = incident.killed
    assert killed is not None and (killed.low, killed.best, killed.high) == (3, 3, 9)
    assert incident.place is not None and incident.place.name == "Tuz Khurmatu"


def test_a_dateline_with_the_agency_after_the_city_is_read_on_any_of_the_first_lines() -> None:
    assert similarity._dateline("Mosul (AFP) - Gunmen shot a shopkeeper.") == "Mosul"
    assert similarity._dateline("Herat - (Reuters) - A mine exploded under a bus.") == "Herat"
    stamped = "2021-03-04 07:12 wire copy\n\nMarch 4, 2021\n\nBasra (Reuters) - Protesters burned tyres."
    assert similarity._dateline(stamped) == "Basra"


def test_an_event_placed_at_the_bureaus_city_moves_to_the_place_the_story_names() -> None:
    """'BASRA (Reuters) - … in Nasiriyah': the city named only in the dateline is where the outlet wrote from."""
    text = "Basra (Reuters) - Crowds stormed the provincial council building in Nasiriyah on Monday, police said."
    document = Document(id="bureau", text=text, source="Wire")
    basra = Place(name="Basra", country="IQ", admin1="Basra", admin1_code="IQ-BA", geo_precision=3,
                  span=Span(start=0, end=5, text="Basra"))
    event = Event(id="b1", document_id="bureau", date_start=date(2021, 3, 1), time_precision=1,
                  event_type="Riots", sub_event_type="Violent demonstration", place=basra,
                  places=[basra, Place(name="Nasiriyah")], spans={"event": Span(start=0, end=len(text), text=text)})
    where = similarity.locate(event, document)
    assert where.country == "IQ" and where.admin1_code != "IQ-BA"
    # Named in the story itself too, the city stays the event's place.
    again = text.replace("in Nasiriyah", "in Basra, as in Nasiriyah")
    stays = event.model_copy(update={"spans": {"event": Span(start=0, end=len(again), text=again)}})
    assert similarity.locate(stays, Document(id="bureau", text=again, source="Wire")).admin1_code == "IQ-BA"


def test_exact_dates_a_day_apart_around_an_act_at_night_still_link() -> None:
    """One outlet writes 'late on Friday', the next morning's writes Saturday: the same raid."""
    late = report(81, day=date(2020, 6, 5), killed=5,
                  text="Militants raided an SDF post in Hajin late on Friday, killing five fighters.")
    morning = report(82, day=date(2020, 6, 6), killed=5,
                     text="Five SDF fighters were killed when militants raided their post in Hajin, sources said.")
    features = similarity.build_features([late, morning], _DOCS)
    _, parts = similarity.score_pairs(features, np.array([0]), np.array([1]), components=True)
    assert parts["date"][0] == similarity.NIGHT_APART and parts["conflict"][0] == 1.0
    assert groups([late, morning]) == [{"e81", "e82"}]


def test_a_village_chosen_in_another_unit_the_report_names_is_no_evidence_of_another_village() -> None:
    """A round-up naming two provinces: the extractor placed its raid in the wrong one (and at a town there), while
    the other report names the village in the province the round-up also names."""
    village = report(91, place="Tal Sabah", admin1="Deir ez-Zor", code="SY-DY", killed=6)
    wrong = report(92, place="Tabqa", admin1="Raqqa", code="SY-RA", killed=6,
                   text="Six SDF fighters were killed in a raid in the east, a council member from Deir ez-Zor said.")
    named = Place(name="Deir ez-Zor", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", geo_precision=3)
    wrong = wrong.model_copy(update={"places": [*wrong.places, named]})
    features = similarity.build_features([village, wrong], _DOCS)
    _, parts = similarity.score_pairs(features, np.array([0]), np.array([1]), components=True)
    assert parts["place"][0] == 0.45 and parts["conflict"][0] == 1.0
    # Not when the round-up names only its own province: two villages in two provinces stay apart.
    alone = report(93, place="Tabqa", admin1="Raqqa", code="SY-RA", killed=6)
    features = similarity.build_features([village, alone], _DOCS)
    _, parts = similarity.score_pairs(features, np.array([0]), np.array([1]), components=True)
    assert parts["place"][0] == 0.0


def _merge_by_rescanning(pairs: list[tuple[int, int, float]], kinds: dict[int, int], docs: dict[int, set[int]],
                         threshold: float) -> dict[int, int]:
    """Average linking as specified, step by step: sum each pair of groups' scores, then repeatedly merge the two
    groups of highest mean that may merge (the first met among equals, in the order their pairs first appeared)
    until that mean is below the threshold. Returns each group's final group."""
    from sitrep.analyze.linking import EXISTING, PINNED, VETO

    final = {g: g for g in kinds}
    members = {g: [g] for g in kinds}
    sums: dict[tuple[int, int], float] = {}
    vetoed: set[tuple[int, int]] = set()
    for a, b, score in pairs:
        key = (min(a, b), max(a, b))
        if score == VETO:
            vetoed.add(key)
        sums[key] = sums.get(key, 0.0) + (0.0 if score == VETO else score)
    docs = {g: set(found) for g, found in docs.items()}
    while True:
        best, best_key = -1.0, None
        for (a, b), total in sums.items():
            if PINNED in (kinds[a], kinds[b]) or kinds[a] == kinds[b] == EXISTING or docs[a] & docs[b]:
                continue
            if (a, b) in vetoed:
                continue
            mean = total / (len(members[a]) * len(members[b]))
            if mean > best:
                best, best_key = mean, (a, b)
        if best_key is None or best < threshold:
            return final
        keep, gone = best_key if kinds[best_key[0]] >= kinds[best_key[1]] else best_key[::-1]
        for g in members[gone]:
            final[g] = keep
        members[keep] += members.pop(gone)
        docs[keep] |= docs.pop(gone)
        merged: dict[tuple[int, int], float] = {}
        for (a, b), total in sums.items():
            key = (a, b)
            a, b = (keep if a == gone else a), (keep if b == gone else b)
            if a != b:
                merged[(min(a, b), max(a, b))] = merged.get((min(a, b), max(a, b)), 0.0) + total
                if key in vetoed:
                    vetoed.add((min(a, b), max(a, b)))
        sums = merged


def test_average_link_merges_the_groups_of_highest_mean_first_as_rescanning_every_pair_would() -> None:
    # Random components of single-row groups (new reports, stored incidents, pinned events) with repeated pair
    # scores, ties, vetoes and shared documents: the merging keeps its candidates in a heap and moves pair sums
    # at each merge, and must end where merging by rescanning every pair after each step ends.
    from sitrep.analyze.linking import EXISTING, NEW, PINNED, VETO, _average_link

    rng = np.random.default_rng(7)
    for _ in range(300):
        groups = int(rng.integers(2, 12))
        kinds = {g: int(rng.choice([NEW, NEW, NEW, EXISTING, PINNED])) for g in range(groups)}
        doc = rng.integers(0, groups + 3, groups)
        pairs = []
        for _ in range(int(rng.integers(1, 40))):
            a, b = (int(x) for x in rng.choice(groups, 2, replace=False))
            score = float(rng.choice([VETO, 0.3, 0.7, 0.75, 0.8, 0.9, 1.0, round(float(rng.random()), 3)]))
            pairs.append((a, b, score))
        labels = np.arange(groups)
        _average_link([a for a, _, _ in pairs], [b for _, b, _ in pairs], [s for _, _, s in pairs], labels, doc,
                      np.array([kinds[g] for g in range(groups)]), THRESHOLD, {})
        expected = _merge_by_rescanning(pairs, kinds, {g: {int(doc[g])} for g in range(groups)}, THRESHOLD)
        assert labels.tolist() == [expected[g] for g in range(groups)]


def test_components_are_the_rows_joined_by_pairs_or_a_stored_incident_labelled_by_their_first_row() -> None:
    # Random strong pairs over rows of which some form stored incidents (rows pointing at their incident's first
    # row): each row's component label must be the smallest row it is connected to, as a graph search finds it.
    from sitrep.analyze.linking import _components

    rng = np.random.default_rng(11)
    for _ in range(300):
        n = int(rng.integers(1, 60))
        pairs = rng.integers(0, n, (int(rng.integers(0, 80)), 2))
        i, j = pairs.min(axis=1), pairs.max(axis=1)
        start = np.arange(n)
        for _ in range(int(rng.integers(0, 5))):
            rows = np.sort(rng.choice(n, size=min(n, int(rng.integers(1, 6))), replace=False))
            start[rows] = rows[0]
        near: dict[int, set[int]] = {row: set() for row in range(n)}
        for a, b in [*zip(i.tolist(), j.tolist(), strict=True), *enumerate(start.tolist())]:
            near[a].add(b)
            near[b].add(a)
        expected = []
        for row in range(n):
            seen, todo = {row}, [row]
            while todo:
                for other in near[todo.pop()] - seen:
                    seen.add(other)
                    todo.append(other)
            expected.append(min(seen))
        assert _components(n, i, j, start).tolist() == expected
