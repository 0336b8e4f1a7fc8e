"""The claim steps of an ingest compare only what is new, and leave the store as comparing every claim afresh
would: the same claim relayed by several outlets linked to the earliest, the same contradictions of a series."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from sitrep import api
from sitrep.analyze import claims as claim_analysis
from sitrep.analyze.claims import SERIES_CHECK, check_series, link_repeats
from sitrep.store import Store, claim_steps

WEEK = ("The Islamic State said in its al-Naba newspaper that it carried out {ops} operations in Iraq between {first} "
        "and {last}, killing or wounding {kw} people.")
MONTH = ("The Islamic State said in its al-Naba newspaper that it carried out {ops} operations in Iraq in {month}, "
         "killing or wounding {kw} people.")
AFFILIATE = ("Islamic State West Africa Province said it carried out {ops} operations between {first} and {last}, "
             "killing {killed} soldiers.")
SDF = ("The SDF's media centre said on Monday that its forces carried out {ops} operations in {month}, killing "
       "{killed} militants.")


def _doc(title: str, body: str, published: str, url: str) -> dict[str, str]:
    return {"text": f"{title}\n\n{body}", "published": published, "url": url}


RELAYED = ("", " The figures could not be verified independently.", " Officials did not comment on the claim.")
"""What another outlet adds when it relays a claim (a title alone is page furniture: the same text)."""


WEEK_1 = WEEK.format(ops=41, first="March 1", last="March 7", kw=120)
WEEK_2 = WEEK.format(ops=30, first="March 8", last="March 14", kw=90)

# Each batch is one `sitrep ingest`: a group's weekly and monthly totals with periods that overlap, the same claim
# relayed by several outlets, an affiliate's claims, another group's, and totals that contradict earlier ones.
BATCHES: list[list[dict[str, str]]] = [
    [_doc("Weekly tally", WEEK_1, "2024-03-09", "https://a.example/week-1"),
     _doc("Monthly tally", MONTH.format(ops=150, month="February", kw=300), "2024-03-03", "https://a.example/feb"),
     _doc("SDF results", SDF.format(ops=23, month="February", killed=12), "2024-03-04", "https://c.example/sdf-feb")],
    [_doc("IS claims 41 operations", WEEK_1 + RELAYED[1], "2024-03-10", "https://b.example/is-41"),
     _doc("Weekly tally", WEEK_2, "2024-03-16", "https://a.example/week-2"),
     _doc("ISWAP tally", AFFILIATE.format(ops=40, first="March 3", last="March 9", killed=40), "2024-03-11",
          "https://d.example/iswap-1")],
    [_doc("Monthly tally", MONTH.format(ops=35, month="March", kw=300), "2024-04-03", "https://a.example/march"),
     _doc("Third outlet relays it", WEEK_1 + RELAYED[2], "2024-03-11", "https://e.example/relay"),
     _doc("IS claims 33 operations", WEEK.format(ops=33, first="March 8", last="March 14", kw=90), "2024-03-17",
          "https://b.example/is-33"),
     _doc("SDF results again", SDF.format(ops=23, month="February", killed=12) + RELAYED[1], "2024-03-05",
          "https://f.example/sdf-feb")],
]
# The first week's page edited (a new version of its URL: it supersedes the first), then edited back.
EDITED = _doc("Weekly tally", WEEK.format(ops=45, first="March 1", last="March 7", kw=120), "2024-03-09",
              "https://a.example/week-1")
LATER = [
    [_doc("Weekly tally", WEEK.format(ops=28, first="March 15", last="March 21", kw=60), "2024-03-23",
          "https://a.example/week-3"), EDITED],
    [_doc("Weekly tally", WEEK.format(ops=36, first="March 22", last="March 28", kw=75), "2024-03-30",
          "https://a.example/week-4"), BATCHES[0][0]],
    [_doc("IS claims 28 operations", WEEK.format(ops=28, first="March 15", last="March 21", kw=60) + RELAYED[1],
          "2024-03-24",
          "https://b.example/is-28"),
     _doc("Monthly tally", MONTH.format(ops=20, month="March", kw=200), "2024-04-04", "https://g.example/march")],
    [_doc("ISWAP tally", AFFILIATE.format(ops=12, first="March 10", last="March 16", killed=9), "2024-03-18",
          "https://d.example/iswap-2"),
     _doc("ISWAP claims 12 operations",
          AFFILIATE.format(ops=12, first="March 10", last="March 16", killed=9) + RELAYED[2], "2024-03-19",
          "https://h.example/iswap-2")],
]


def _state(store: Store) -> dict[str, Any]:
    """What the claim steps leave: every claim's link and every series check, as rows."""
    return {
        "repeats": {r["id"]: r["repeats"] for r in store.query("SELECT id, repeats FROM claims")},
        "series": store.query("SELECT claim_id, ordinal, facet, expected, actual, ok, detail FROM checks "
                              "WHERE kind = ? ORDER BY claim_id, ordinal", [SERIES_CHECK]),
    }


class _Pair:
    """Two stores given the same ingests: one whose claim steps compare what is new (what ``sitrep ingest`` does),
    one whose steps compare every claim afresh after each ingest (what it did before)."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.monkeypatch, self.batches = folder, monkeypatch, 0
        self.new = Store(folder / "new.duckdb")
        self.full = Store(folder / "full.duckdb")

    def ingest(self, batch: list[dict[str, str]]) -> None:
        self.batches += 1
        path = self.folder / f"batch-{self.batches}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in batch), encoding="utf-8")
        api.ingest([path], store=self.new, link=False, recycle=0)
        with self.monkeypatch.context() as patched:
            patched.setattr(api, "link_repeats", functools.partial(link_repeats, full=True))
            patched.setattr(api, "check_series", functools.partial(check_series, full=True))
            api.ingest([path], store=self.full, link=False, recycle=0)

    def both(self) -> tuple[Store, Store]:
        return self.new, self.full

    def close(self) -> None:
        self.new.close()
        self.full.close()


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    found = _Pair(tmp_path, monkeypatch)
    yield found
    found.close()


def test_ingests_that_compare_only_new_claims_leave_what_comparing_every_claim_leaves(pair: _Pair) -> None:
    for batch in BATCHES:
        pair.ingest(batch)
        assert _state(pair.new) == _state(pair.full)
    state = _state(pair.new)
    # The fixtures did what they are for: relayed claims linked, contradictions found, by the incremental steps.
    assert sum(1 for r in state["repeats"].values() if r) == 3  # week 1 twice, the SDF month once
    assert {row["facet"] for row in state["series"]} == {"operations"}
    assert len(state["series"]) == 3  # week 2 told as 33; March's 35 below week 1's 41 and ISWAP's 40
    for batch in LATER:  # a new version superseding the first (and reverted), more weeks and relays
        pair.ingest(batch)
        assert _state(pair.new) == _state(pair.full)


def test_forgetting_reextracting_and_restoring_documents_keep_the_incremental_steps_exact(pair: _Pair) -> None:
    pair.ingest(BATCHES[0] + BATCHES[1] + BATCHES[2])
    first = pair.new.query("SELECT id FROM documents WHERE url = ?", [BATCHES[0][0]["url"]])[0]["id"]
    contradicted = len(_state(pair.new)["series"])
    for store in pair.both():
        store.forget(first)  # the first telling of a week that March's total contradicts; its relays keep the link
    pair.ingest(LATER[3])
    assert _state(pair.new) == _state(pair.full)
    assert len(_state(pair.new)["series"]) == contradicted - 1
    for store in pair.both():
        store.forget(first, undo=True)
    pair.ingest(LATER[0])
    assert _state(pair.new) == _state(pair.full)
    for store in pair.both():
        api.reextract(store=store, everything=True, link=False)  # new rows: the copies are no longer linked
    pair.ingest(LATER[2])
    assert _state(pair.new) == _state(pair.full)
    assert sum(1 for r in _state(pair.new)["repeats"].values() if r) >= 3


def _through(store: Store, step: str) -> int | None:
    """How far ``step`` has compared (a ``documents.seq``), None when it would compare every claim."""
    seen = claim_steps.seen(store, step)
    return None if seen is None else seen.through


def _seq(store: Store, url: str, ops: int) -> int:
    """The ``seq`` of the stored version of ``url`` whose text tells ``ops`` operations."""
    found = [row["seq"] for row in store.query("SELECT seq, text FROM documents WHERE url = ? ORDER BY seq", [url])
             if f" {ops} operations" in row["text"]]
    return int(found[0])


def test_a_run_remembers_what_it_compared_and_a_restored_document_makes_the_next_compare_again_from_it(
        pair: _Pair) -> None:
    pair.ingest(BATCHES[0] + BATCHES[1])
    last = claim_steps.last_seq(pair.new)
    for step in (claim_steps.REPEATS, claim_steps.SERIES):
        seen = claim_steps.seen(pair.new, step)
        assert seen is not None and seen.through == last
    week_2 = BATCHES[1][1]
    edited = {**week_2, "text": week_2["text"].replace("30 operations", "31 operations")}
    pair.ingest([edited])  # supersedes the second week: a new document only, followed without comparing again
    assert _through(pair.new, claim_steps.REPEATS) == claim_steps.last_seq(pair.new)
    with pair.monkeypatch.context() as patched:  # the revert alone, as the store sees it before the steps run
        patched.setattr(api, "link_repeats", lambda *args, **kwargs: 0)
        patched.setattr(api, "check_series", lambda *args, **kwargs: 0)
        pair.ingest([week_2])  # the second week's page edited back: that version is current again
    restored = _seq(pair.new, week_2["url"], 30)
    assert restored > 1  # documents stored before it: what the next run need not compare again
    for step in (claim_steps.REPEATS, claim_steps.SERIES):
        assert _through(pair.new, step) == restored - 1
    pair.ingest(LATER[1][:1])  # the next ingest compares again from the restored document on, and remembers it
    assert _state(pair.new) == _state(pair.full)
    assert _through(pair.new, claim_steps.REPEATS) == claim_steps.last_seq(pair.new)


def test_a_reviewers_edits_of_claims_are_compared_again_from_their_documents_on(pair: _Pair) -> None:
    from sitrep.analyze import review

    pair.ingest(BATCHES[0] + BATCHES[1] + BATCHES[2])
    march = pair.new.query("SELECT c.id, d.seq FROM claims c JOIN documents d ON d.id = c.document_id "
                           "WHERE d.url = ?", [BATCHES[2][0]["url"]])[0]
    relay = pair.new.query("SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.url = ?",
                           [BATCHES[1][0]["url"]])[0]["id"]
    contradicted = len(_state(pair.new)["series"])
    for store in pair.both():  # March's total moved to February: no longer below a week of March
        review.edit(store, "claim", march["id"], "period_start", "2024-02-01", reviewer="test")
        review.edit(store, "claim", march["id"], "period_end", "2024-02-29", reviewer="test")
    assert _through(pair.new, claim_steps.SERIES) == int(march["seq"]) - 1
    pair.ingest(LATER[3])
    assert _state(pair.new) == _state(pair.full)
    for store in pair.both():  # an earlier relay of the first week now told by another claimant
        review.edit(store, "claim", relay, "claimant", "SDF", reviewer="test")
    earliest = _seq(pair.new, BATCHES[1][0]["url"], 41)
    assert _through(pair.new, claim_steps.SERIES) == earliest - 1
    pair.ingest(LATER[2])
    assert _state(pair.new) == _state(pair.full)
    assert len(_state(pair.new)["series"]) != contradicted  # the edits changed what contradicts what


def test_an_ingest_that_only_reverts_a_page_compares_the_claims_it_made_current_again(pair: _Pair) -> None:
    pair.ingest(BATCHES[0])
    pair.ingest(LATER[0])  # the first week's page edited: 45 operations supersede 41
    pair.ingest([BATCHES[0][0]])  # edited back, and nothing new: the 41 is current again
    assert _state(pair.new) == _state(pair.full)
    assert claim_steps.seen(pair.new, claim_steps.REPEATS) is not None  # compared in that run, not left for later


def test_reextracting_documents_links_their_new_claims_without_waiting_for_an_ingest(pair: _Pair) -> None:
    pair.ingest(BATCHES[0] + BATCHES[1] + BATCHES[2])
    before = _state(pair.new)
    assert sum(1 for r in before["repeats"].values() if r) == 3
    api.reextract(store=pair.new, everything=True, link=False)
    after = _state(pair.new)
    # The rows are written anew (with no link): the same relays linked and the same contradictions found again.
    assert after == before


def test_a_new_claim_is_compared_only_with_the_stored_claims_it_could_repeat(
        pair: _Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    pair.ingest(BATCHES[0] + BATCHES[1])
    compared: list[tuple[str, str]] = []
    original = claim_analysis.same_claim

    def counting(first: Any, second: Any, actors: Any) -> bool:
        compared.append((first.id, second.id))
        return original(first, second, actors)

    monkeypatch.setattr(claim_analysis, "same_claim", counting)
    relay = pair.folder / "relay.jsonl"
    relay.write_text(json.dumps(BATCHES[2][1]) + "\n", encoding="utf-8")
    api.ingest([relay], store=pair.new, link=False, recycle=0)
    ids = {r["url"]: r["id"] for r in pair.new.query(
        "SELECT d.url, c.id FROM claims c JOIN documents d ON d.id = c.document_id")}
    first, copy = ids[BATCHES[0][0]["url"]], ids[BATCHES[2][1]["url"]]
    # Of the six stored claims, the one it repeats; not the other outlet's copy of it, nor the other weeks, months
    # and groups, which share no figure, period or side with it.
    assert compared == [(first, copy)]
    assert pair.new.query("SELECT repeats FROM claims WHERE id = ?", [copy])[0]["repeats"] == first


def test_a_claim_is_looked_up_against_every_claimant_of_its_side() -> None:
    from sitrep.taxonomy import Actor, ActorTable

    actors = ActorTable.load()
    # An affiliate of an affiliate, and a claimant the table does not know, besides the shipped ones.
    actors.extend([Actor("Sahel Cell", "group", "armed", parent="Islamic State West Africa Province")])
    sides = claim_analysis._Sides(actors)
    names = [*actors.actors, "Unknown Brigade"]
    for first in names:
        found = set(sides.of(first))
        assert {second for second in names if actors.same_side(first, second)} <= found


def test_claims_linked_after_the_series_step_compared_them_are_compared_again(tmp_path: Path) -> None:
    from sitrep.ingest import document_from_text

    states = []
    for name, full in (("new", False), ("full", True)):
        with Store(tmp_path / f"{name}.duckdb") as store:
            for d in BATCHES[0] + BATCHES[1] + BATCHES[2]:
                store.save(api.extract(document_from_text(d["text"], published=d["published"], url=d["url"])))
            check_series(store, full=full)  # before the copies are linked: March's total contradicts each of them
            assert link_repeats(store, full=full) == 3
            check_series(store, full=full)
            states.append(_state(store))
    assert states[0] == states[1]
    assert len(states[0]["series"]) == 3
