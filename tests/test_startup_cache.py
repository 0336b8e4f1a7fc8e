"""Start-up caches: the place phrase table finds what the PhraseMatchers find, and disk cache entries are reused,
renamed when their inputs change, and optional."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import spacy

from sitrep import diskcache
from sitrep.extract.pipeline import PhraseTable, PlaceComponent, _PhraseComponent, mark_line_starts


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SITREP_NO_CACHE", raising=False)
    return tmp_path / "sitrep"


PLACES = {
    "Upper Nile": "admin1",
    "Nile": "admin1",
    "Sudan": "country",
    "South Sudan": "country",
    "US": "country",
    "Côte d'Ivoire": "country",
    "Dar es Salaam": "admin1",
    "New York": "admin1",
}
TEXTS = [
    "Fighting spread from South Sudan's Upper Nile state into Sudan on Tuesday.",
    "Officials in the US said us troops were not involved; the nile flooded.",
    "Traders from Côte d’Ivoire and Côte d'Ivoire met in Dar es Salaam and new york.",
    "south sudan SOUTH SUDAN US. Nile",
]


def _spans(component: _PhraseComponent, nlp: spacy.language.Language, text: str) -> list[tuple[int, int, str]]:
    doc = component(mark_line_starts(nlp.make_doc(text)))
    return [(s.start, s.end, s._.sitrep) for s in doc.spans["places"]]


def test_place_table_finds_what_the_phrase_matchers_find(cache: Path) -> None:
    nlp = spacy.blank("en")
    table = PlaceComponent(nlp, "places")
    table.load(PLACES)
    assert table.table is not None
    matchers = PlaceComponent(nlp, "places")
    matchers.add([(name, kind) for name, kind in PLACES.items()] + [("Côte d’Ivoire", "country")])
    matchers.table = None  # the PhraseMatcher path
    for text in TEXTS:
        assert _spans(table, nlp, text) == _spans(matchers, nlp, text)
    assert (3, 5, "country") in _spans(table, nlp, TEXTS[0])  # "South Sudan", not "Sudan"


def test_place_table_gives_way_to_the_matchers_when_one_phrase_has_two_payloads(cache: Path) -> None:
    nlp = spacy.blank("en")
    assert PhraseTable.build(nlp, [("Georgia", "country"), ("georgia", "admin1")]) is None
    component = PlaceComponent(nlp, "places")
    component.load({"Georgia": "country", "georgia": "admin1"})
    assert component.table is None
    assert len(_spans(component, nlp, "Fighting in Georgia.")) == 1


def test_phrase_tokens_are_cached_and_read_back(cache: Path) -> None:
    nlp = spacy.blank("en")
    PhraseTable.build(nlp, [("Upper Nile", "admin1")])
    entries = list(cache.glob("phrase-keys-*.marshal"))
    assert len(entries) == 1
    again = PhraseTable.build(nlp, [("Upper Nile", "admin1")])
    assert again is not None and again.lower == {("upper", "nile"): "admin1"}
    assert list(cache.glob("phrase-keys-*.marshal")) == entries


def test_a_changed_input_names_another_entry(tmp_path: Path, cache: Path) -> None:
    source = tmp_path / "table.tsv"
    source.write_text("a\n", encoding="utf-8")
    first = diskcache.fingerprint("x", files=[source])
    assert diskcache.fingerprint("x", files=[source]) == first
    assert diskcache.fingerprint("y", files=[source]) != first
    source.write_text("a longer table\n", encoding="utf-8")
    assert diskcache.fingerprint("x", files=[source]) != first


def test_entries_round_trip_and_old_ones_are_pruned(cache: Path) -> None:
    for n in range(diskcache.KEEP + 2):
        diskcache.write(f"thing-{n:04d}.marshal", {"rows": [b"a", b"b"], "n": n})
    assert diskcache.read(f"thing-{diskcache.KEEP + 1:04d}.marshal") == {"rows": [b"a", b"b"], "n": diskcache.KEEP + 1}
    assert len(list(cache.glob("thing-*.marshal"))) == diskcache.KEEP
    assert diskcache.read("missing-0.json") is None


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_NO_CACHE", "1")
    diskcache.write("thing-1.json", [1])
    assert diskcache.read("thing-1.json") is None
    assert not cache.exists()


def _table(path: Path) -> Path:
    from sitrep.geo.places import COLUMNS, key_fingerprint

    rows = [
        ("1", "locality", "IQ", "IQ.07", "", "Sample Town", "33.1", "44.2", "1200", "sample town|sampletown"),
        ("2", "locality", "IQ", "IQ.08", "", "Other Town", "34.0", "43.0", "0", "other town|sample town"),
        ("3", "district", "SY", "SY.09", "Some District", "Some District", "", "", "0", "some district"),
    ]
    text = f"# fingerprint: {key_fingerprint()}\n" + "\t".join(COLUMNS) + "\n"
    text += "".join("\t".join(row) + "\n" for row in rows)
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def test_a_cached_place_table_answers_as_the_parsed_one(tmp_path: Path, cache: Path) -> None:
    from sitrep.geo.places import PlaceTable

    source = _table(tmp_path / "places.tsv.gz")
    parsed = PlaceTable.read(source)
    assert list(cache.glob("places-*.parts"))
    cached = PlaceTable.read(source)
    assert not isinstance(cached._index, dict)  # read from the cache, shard by shard
    for key in ("sample town", "sampletown", "other town", "some district", "nowhere"):
        assert cached.rows(key) == parsed.rows(key)
    assert cached.rows("sample town") == (0, 1)
    assert len(cached) == len(parsed) == 3
    assert cached.keys_in("IQ") == parsed.keys_in("IQ")
    assert cached.record(2) == parsed.record(2)


def test_actor_and_tactic_tables_find_what_the_phrase_matchers_find(cache: Path) -> None:
    """Actors and tactics are matched through phrase tables too; where one alias names two actors, the table gives
    the span the payload the matchers' path gives it (read from the full matchers once, then from the cache)."""
    from sitrep.extract.pipeline import ActorComponent, TacticComponent
    from sitrep.taxonomy import TACTICS, ActorTable

    actors = ActorTable.load()
    texts = [
        "Free Syrian Army fighters and the FSA clashed near a town; free syrian army units withdrew.",
        "Gunmen from al-Shabaab ambushed a convoy; the Taliban denied it and ISIS claimed a roadside bomb.",
        "A suicide bomber and a car bomb struck; troops of the Syrian National Army (SNA) fired mortars.",
    ]
    for _run in range(2):  # (cold cache, then warm)
        nlp = spacy.blank("en")
        table = ActorComponent(nlp, "actors")
        table.load(actors)
        assert table.phrase_table is not None
        matchers = ActorComponent(nlp, "actors")
        matchers.table = actors
        pairs = []
        for alias, canonical in actors.aliases():
            pairs.append((alias, actors.actors[canonical]))
            if "'" in alias:
                pairs.append((alias.replace("'", "’"), actors.actors[canonical]))
        matchers.add(pairs)
        terms = [(term, tactic.key) for tactic in TACTICS.values() for term in tactic.terms]
        tactic_table = TacticComponent(nlp, "tactics")
        tactic_table.add_table(terms)
        tactic_matchers = TacticComponent(nlp, "tactics")
        tactic_matchers.add(terms)
        for text in texts:
            for one, other, key in ((table, matchers, "actors"), (tactic_table, tactic_matchers, "tactics")):
                a = one(mark_line_starts(nlp.make_doc(text)))
                b = other(mark_line_starts(nlp.make_doc(text)))
                assert [(s.start, s.end, s._.sitrep) for s in a.spans[key]] == [
                    (s.start, s.end, s._.sitrep) for s in b.spans[key]
                ]
