"""The learned heads stacked on the rules: what they change, what they record, and the CLI around them.

Every text here is written for these tests (invented incidents; real place names)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

pytest.importorskip("tokenizers", reason="the optional 'model' extra is not installed")

from sitrep import api
from sitrep.cli import main
from sitrep.extract import RULES_VERSION, Extractor, learned
from sitrep.extract.embed import StaticEmbedder
from sitrep.extract.learned import Head, LearnedModel
from sitrep.ingest import document_from_text
from sitrep.learn.data import TrainRow, clean_note

PROTEST = "On 3 May 2021, hundreds of traders protested in Nairobi against new market fees."


@pytest.fixture(scope="module")
def embedder() -> StaticEmbedder:
    return StaticEmbedder.load()


def fixed_model(embedder: StaticEmbedder, event_type: str, sub_event_type: str, *, margin: float = 4.0) -> LearnedModel:
    """A model whose heads always prefer one type (bias only), to see what the extractor does with a decision."""
    types = ["Protests", "Riots"]
    subs = ["Peaceful protest", "Violent demonstration"]
    width = embedder.dims + 1

    def head(name: str, labels: list[str], chosen: str, parents: dict[str, str] | None = None) -> Head:
        bias = np.array([margin if label == chosen else 0.0 for label in labels], dtype=np.float32)
        return Head(
            name=name,
            field=name,
            labels=labels,
            weights=np.zeros((width, len(labels)), np.float32),
            bias=bias,
            parents=parents or {},
            parent_head="event_type" if parents else None,
        )

    return LearnedModel(
        name="fixed",
        version=3,
        embedder=embedder,
        heads=[
            head("event_type", types, event_type),
            head(
                "sub_event_type",
                subs,
                sub_event_type,
                {"Peaceful protest": "Protests", "Violent demonstration": "Riots"},
            ),
        ],
        rule_vocab=["et=Protests"],
        mean=np.zeros(embedder.dims, np.float32),
        scale=np.ones(embedder.dims, np.float32),
        trained_on="nothing (a test)",
    )


def test_the_shipped_table_is_the_tokenizer_alone(embedder: StaticEmbedder) -> None:
    vectors, bags = embedder.encode(["Soldiers clashed with militants near the border.", ""])
    assert embedder.dims == 0 and vectors.shape == (2, 0)
    assert bags[0].size >= 6 and bags[1].size == 0
    assert np.array_equal(bags[0], np.unique(bags[0]))  # distinct ids: a bag, not a sequence


def test_a_table_with_vectors_embeds_to_unit_length_means(embedder: StaticEmbedder) -> None:
    rng = np.random.default_rng(3)
    table = StaticEmbedder(
        rng.normal(size=(embedder.vocab_size, 8)).astype(np.float32),
        embedder.tokenizer,
        {"name": "random", "version": 1},
    )
    vectors, _ = table.encode(["Troops fought insurgents close to the frontier.", ""])
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)
    assert not vectors[1].any()


def test_the_model_changes_the_rules_type_and_says_so_in_the_trace(embedder: StaticEmbedder) -> None:
    document = document_from_text(PROTEST)
    rules = Extractor()(document)
    assert rules.events[0].event_type == "Protests"
    stacked = Extractor(model=fixed_model(embedder, "Riots", "Violent demonstration"))(document)
    event = stacked.events[0]
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.trace["event_type"].source == "model:fixed@3"
    assert event.trace["event_type"].detail == "changed from rule: Protests"


def test_below_its_threshold_the_model_leaves_the_rules_type_and_records_its_doubt(embedder: StaticEmbedder) -> None:
    model = fixed_model(embedder, "Riots", "Violent demonstration")  # about 0.98 sure
    model.heads[0].threshold = 0.99
    event = Extractor(model=model)(document_from_text(PROTEST)).events[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.trace["event_type"].source == "rule:classify"
    assert event.trace["event_type"].detail.startswith("kept over model:fixed@3: it preferred Riots")
    assert event.confidence is not None and event.confidence < 0.1  # the model's probability of what was kept


def test_a_kept_type_keeps_the_sub_type_within_it(embedder: StaticEmbedder) -> None:
    model = fixed_model(embedder, "Riots", "Violent demonstration")
    model.heads[0].threshold = 0.99
    probs = {"event_type": np.array([[0.3, 0.7]]), "sub_event_type": np.array([[0.1, 0.9]])}
    (decided,) = model.decide(probs, [{"event_type": "Protests", "sub_event_type": "Peaceful protest"}])
    assert decided["event_type"].label == "Protests" and not decided["event_type"].changed
    assert decided["sub_event_type"].label == "Peaceful protest"  # the model's sub-type belongs to another type
    (alone,) = model.decide(probs, [{"event_type": None, "sub_event_type": None}])
    assert (alone["event_type"].label, alone["sub_event_type"].label) == ("Riots", "Violent demonstration")


def test_thresholds_survive_the_model_file(tmp_path: Path, embedder: StaticEmbedder) -> None:
    model = fixed_model(embedder, "Riots", "Violent demonstration")
    model.heads[1].threshold = 0.85
    model.save(tmp_path / "m.npz")
    assert [h.threshold for h in LearnedModel.load(tmp_path / "m.npz").heads] == [0.0, 0.85]


def test_a_model_agreeing_with_the_rules_keeps_the_type_and_sets_confidence(embedder: StaticEmbedder) -> None:
    extractor = Extractor(model=fixed_model(embedder, "Protests", "Peaceful protest"))
    event = extractor(document_from_text(PROTEST)).events[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.trace["sub_event_type"].detail == "stacked on rule: Peaceful protest"
    assert event.confidence is not None and 0.9 < event.confidence <= 1.0
    assert event.confidence == min(event.trace["event_type"].confidence, event.trace["sub_event_type"].confidence)


def test_an_unsure_model_gives_a_low_confidence(embedder: StaticEmbedder) -> None:
    event = Extractor(model=fixed_model(embedder, "Protests", "Peaceful protest", margin=0.1))(
        document_from_text(PROTEST)
    ).events[0]
    assert event.confidence is not None and event.confidence < 0.6


def test_the_extractor_name_records_the_model(embedder: StaticEmbedder) -> None:
    extraction = Extractor(model=fixed_model(embedder, "Protests", "Peaceful protest"))(document_from_text(PROTEST))
    assert extraction.events[0].extractor == f"{RULES_VERSION}+model:fixed@3+gate/{learned.GATE_VERSION}"
    assert Extractor()(document_from_text(PROTEST)).events[0].extractor == RULES_VERSION


def test_a_model_file_round_trips(tmp_path: Path, embedder: StaticEmbedder) -> None:
    model = fixed_model(embedder, "Riots", "Violent demonstration")
    model.save(tmp_path / "m.npz")
    loaded = LearnedModel.load(tmp_path / "m.npz")
    assert (loaded.name, loaded.version, loaded.trained_on) == ("fixed", 3, "nothing (a test)")
    assert [h.labels for h in loaded.heads] == [h.labels for h in model.heads]


def test_a_file_that_is_not_a_model_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(learned.ConfigError):
        LearnedModel.load(bad)


def test_clean_note_strips_the_coders_template_text() -> None:
    note = (
        "On 4 June 2021, residents protested in Kisumu (coded as Kisumu Central at geoprecision 2) over water "
        "cuts. Fatalities coded as 0 as none were reported. [size=no report]"
    )
    assert clean_note(note) == "On 4 June 2021, residents protested in Kisumu over water cuts."


# --- the CLI: train, then extract with the file --------------------------------------------------------------

TRAINING = [
    ("Battles", "Armed clash", "On {d} March 2021, soldiers clashed with militants near {p}; two fighters died."),
    ("Battles", "Armed clash", "On {d} March 2021, troops and rebels exchanged fire for hours outside {p}."),
    ("Protests", "Peaceful protest", "On {d} March 2021, teachers marched peacefully in {p} demanding unpaid wages."),
    ("Protests", "Peaceful protest", "On {d} March 2021, students held a sit-in at the university in {p}."),
]
PLACES = ["Garissa", "Mandera", "Wajir", "Lamu", "Kitui", "Nakuru"]


def write_training_csv(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["notes", "event_type", "sub_event_type", "country"])
        for day, place in enumerate(PLACES, start=1):
            for event_type, sub_event_type, template in TRAINING:
                writer.writerow([template.format(d=day, p=place), event_type, sub_event_type, "Kenya"])


def test_sitrep_train_writes_a_model_that_extract_uses(tmp_path: Path) -> None:
    coded = tmp_path / "coded.csv"
    write_training_csv(coded)
    out = tmp_path / "mine.npz"
    runner = CliRunner()
    result = runner.invoke(main, ["train", str(coded), "--schema", "acled", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert out.exists() and out.stat().st_size < 200_000
    text = tmp_path / "page.txt"
    text.write_text("On 9 March 2021, soldiers clashed with militants near Garissa.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(text), "--model", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout)[0]["events"][0]
    assert event["extractor"] == f"{RULES_VERSION}+model:mine@1+gate/{learned.GATE_VERSION}"
    assert event["event_type"] == "Battles"
    assert event["trace"]["event_type"]["source"] == "model:mine@1"


def test_no_model_runs_the_rules_alone(tmp_path: Path) -> None:
    text = tmp_path / "page.txt"
    text.write_text(PROTEST, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--no-model", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["events"][0]["extractor"] == RULES_VERSION


def test_a_missing_model_file_is_a_usage_error(tmp_path: Path) -> None:
    text = tmp_path / "page.txt"
    text.write_text(PROTEST, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--model", str(tmp_path / "absent.npz")])
    assert result.exit_code == 2
    assert "no such model file" in result.output


def test_without_the_extra_the_rules_run_alone_and_say_so_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(learned, "extra_installed", lambda: False)
    monkeypatch.setattr(learned, "_noticed", set())
    monkeypatch.setenv("SITREP_MODEL", "default")
    first = api.default_extractor()
    second = api.default_extractor()
    assert first.model is None and second.model is None
    assert capsys.readouterr().err.count("the rules run alone") == 1


def test_the_shipped_model_joins_the_rules_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITREP_MODEL", raising=False)
    assert api.default_extractor().model is not None
    assert api.default_extractor(model="none").model is None
    monkeypatch.setenv("SITREP_MODEL", "none")  # what the test suite runs with
    assert api.default_extractor().model is None


def test_extraction_never_imports_the_learning_package() -> None:
    root = Path(learned.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import sitrep.learn" not in text and "from sitrep.learn" not in text, path.name


def three_countries() -> list[TrainRow]:
    """The training templates told in two places of each of three countries (8 rows a country)."""
    return [
        TrainRow(text=template.format(d=day, p=place), labels={"event_type": et, "sub_event_type": st}, group=country)
        for country, places in (("Kenya", PLACES[:2]), ("Somalia", ["Baidoa", "Kismayo"]), ("Uganda", ["Gulu", "Arua"]))
        for day, place in enumerate(places, start=1)
        for et, st, template in TRAINING
    ]


def test_leave_one_country_out_scores_each_held_out_country(embedder: StaticEmbedder) -> None:
    from sitrep.learn.cv import leave_one_country_out

    rows = three_countries()
    report = leave_one_country_out(rows, embedder=embedder, min_rows=5, test_rows=50, train_rows=100, workers=1)
    assert [fold.group for fold in report.folds] == ["Kenya", "Somalia", "Uganda"]
    assert all(fold.rows == 8 for fold in report.folds)
    assert report.mean("stacked", "event_type") is not None
    assert "mean over folds" in report.table()


def test_leave_one_country_out_also_scores_the_held_out_rows_the_rules_were_never_tuned_on(
    embedder: StaticEmbedder,
) -> None:
    from sitrep.learn.cv import UNSEEN, leave_one_country_out

    rows = three_countries()
    tuned = frozenset(row.text for row in rows if row.group == "Kenya" and "Garissa" in row.text)
    assert 0 < len(tuned) < 8
    report = leave_one_country_out(rows, embedder=embedder, min_rows=5, test_rows=50, train_rows=100, workers=1,
                                   development=tuned)
    unseen = {fold.group: fold.unseen for fold in report.folds}
    assert unseen == {"Kenya": 8 - len(tuned), "Somalia": 8, "Uganda": 8}
    kenya = next(fold for fold in report.folds if fold.group == "Kenya")
    assert kenya.scores[("rules" + UNSEEN, "event_type")][1] == 8 - len(tuned)
    somalia = next(fold for fold in report.folds if fold.group == "Somalia")
    # With nothing of its own tuned on, a country's unseen score is its whole score.
    assert somalia.rate("rules" + UNSEEN, "event_type") == somalia.rate("rules", "event_type")
    assert somalia.rate("gated_extraction" + UNSEEN, "event_type") == somalia.rate("gated_extraction", "event_type")
    assert "rows outside the dev files" in report.table()


class PreferOne:
    """A stand-in for the prose set: it scores one threshold pair above all others and records what it was asked."""

    def __init__(self, preferred: tuple[float, float]) -> None:
        self.preferred = preferred
        self.asked: set[tuple[float, float]] = set()

    def agreement(self, model: LearnedModel, thresholds: dict[str, float]) -> float:
        key = (thresholds["event_type"], thresholds["sub_event_type"])
        self.asked.add(key)
        return 1.0 if key == self.preferred else 0.5


def test_the_prose_set_chooses_among_the_thresholds_the_folds_cannot_tell_apart(embedder: StaticEmbedder) -> None:
    from sitrep.learn.cv import choose_thresholds, held_out_folds

    rows = three_countries()
    folds = held_out_folds(rows, embedder=embedder, min_rows=5, test_rows=50, train_rows=100, workers=1,
                           model_only=False)
    cautious = choose_thresholds(folds)  # no prose set: the most cautious of the candidates
    asked = PreferOne((-1.0, -1.0))  # prefers nothing it can be asked: every candidate scores alike
    assert choose_thresholds(folds, prose=asked) == cautious
    candidates = sorted(asked.asked)
    assert len(candidates) > 1  # tiny folds: many settings score alike
    assert (cautious["event_type"], cautious["sub_event_type"]) == max(candidates)
    least = candidates[0]
    prefer = PreferOne(least)
    assert choose_thresholds(folds, prose=prefer) == {"event_type": least[0], "sub_event_type": least[1]}
    assert prefer.asked == asked.asked  # the prose set is asked about the folds' candidates only


def test_the_prose_gate_scores_a_model_that_overrides_the_rules_against_the_crosswalk(embedder: StaticEmbedder) -> None:
    from sitrep.learn.prose import ProseGate, ProseRow

    protest = frozenset({"Protests"})
    rows = [
        ProseRow(text="Hundreds of traders marched in Nakuru on Monday against new market fees.", types=protest,
                 sub_types=frozenset({"Peaceful protest"}), source="gtd"),
        ProseRow(text="Residents gathered outside the county offices in Kitui to demand water.", types=protest,
                 sub_types=None, source="rand"),
        ProseRow(text="The ministry published its annual budget.", types=protest, sub_types=None, source="rand"),
    ]
    views = [
        (rows[0].text, ["et=Protests"], "Protests", "Peaceful protest"),
        (rows[1].text, ["et=Riots"], "Riots", "Violent demonstration"),
        (rows[2].text, ["rule=none"], None, None),
    ]
    gate = ProseGate(rows, views)
    model = fixed_model(embedder, "Protests", "Peaceful protest")
    # The rules agree on one row of three (type) and the one sub-typed row; the third row has no event.
    assert gate.agreement(model, {"event_type": 1.01, "sub_event_type": 1.01}) == pytest.approx((1 / 3 + 1) / 2)
    # Overriding freely, the model turns the riot into the protest the crosswalk allows; the empty row stays a miss.
    assert gate.agreement(model, {"event_type": 0.0, "sub_event_type": 0.0}) == pytest.approx((2 / 3 + 1) / 2)
    assert [head.threshold for head in model.heads] == [0.0, 0.0]  # the model's own thresholds are left as they were


def test_the_cross_validation_sample_holds_out_a_prefix_and_caps_each_country() -> None:
    from sitrep.learn.cv import sample_rows
    from sitrep.learn.data import TrainRow

    rows = [
        TrainRow(text=f"{country} report {n}", labels={"event_type": "Battles"}, group=country)
        for country, count in (("Kenya", 40), ("Somalia", 30), ("Uganda", 8))
        for n in range(count)
    ]
    small = sample_rows(rows, min_rows=20, test_rows=5, train_rows=1000, per_country=10)
    large = sample_rows(rows, min_rows=20, test_rows=9, train_rows=1000, per_country=10)
    assert small.groups == ["Kenya", "Somalia"]  # Uganda trains the others, too small to hold out
    assert all(large.test[g][:5] == small.test[g] for g in small.groups)  # a smaller sample is a prefix
    assert sorted(rows[i].group for i in small.pool).count("Kenya") == 10
    assert sorted(rows[i].group for i in small.pool).count("Uganda") == 8
    assert len(sample_rows(rows, train_rows=12, per_country=10).pool) == 12


def test_word_pairs_and_rule_crosses_survive_the_model_file(tmp_path: Path, embedder: StaticEmbedder) -> None:
    from sitrep.learn.train import fit_heads

    texts = [template.format(d=day, p=place) for day, place in enumerate(PLACES, start=1) for *_, template in TRAINING]
    labels = [{"event_type": et, "sub_event_type": st} for _ in PLACES for et, st, _ in TRAINING]
    tokens = [["et=Battles", "tac=None"] if label["event_type"] == "Battles" else ["et=Protests"] for label in labels]
    vectors, bags = embedder.encode(texts)
    model = fit_heads(vectors, tokens, labels, "acled", embedder, name="pairs", bags=bags, embedding_weight=0.0,
                      texts=texts, bigram_buckets=1024, crosses=True)
    assert "et=Battles&tac=None" in model.rule_vocab
    assert model.heads[0].weights.shape[0] == embedder.dims + len(model.rule_vocab) + embedder.vocab_size + 1024
    assert learned.word_pairs("Troops clashed with rebels", 1024).size == 3
    model.save(tmp_path / "pairs.npz")
    loaded = LearnedModel.load(tmp_path / "pairs.npz")
    assert (loaded.bigram_buckets, loaded.crosses) == (1024, True)
    before = model.probabilities(model.features_from(vectors, tokens, bags, texts))["event_type"]
    after = loaded.probabilities(loaded.features_from(vectors, tokens, bags, texts))["event_type"]
    assert np.allclose(before, after, atol=1e-2)  # (weights are stored as float16)
    assert [loaded.heads[0].labels[k] for k in after.argmax(axis=1)] == [row["event_type"] for row in labels]


@pytest.mark.parametrize("weighting", ["nb", "idf"])
def test_weighted_bags_score_the_same_after_the_model_file(
    tmp_path: Path, embedder: StaticEmbedder, weighting: str
) -> None:
    from sitrep.learn.train import fit_heads

    texts = [template.format(d=day, p=place) for day, place in enumerate(PLACES, start=1) for *_, template in TRAINING]
    labels = [{"event_type": et, "sub_event_type": st} for _ in PLACES for et, st, _ in TRAINING]
    tokens = [["rule=none"]] * len(texts)
    vectors, bags = embedder.encode(texts)
    model = fit_heads(vectors, tokens, labels, "acled", embedder, name="weighted", bags=bags, embedding_weight=0.0,
                      texts=texts, bag_weighting=weighting)
    weight = model.heads[0].bag_weight
    assert weight is not None and weight.shape == (embedder.vocab_size,)
    unseen = np.setdiff1d(np.arange(embedder.vocab_size), np.concatenate(bags))
    assert np.all(weight[unseen] == 0)  # a token no training text had neither weighs nor dilutes the others
    model.save(tmp_path / "weighted.npz")
    loaded = LearnedModel.load(tmp_path / "weighted.npz")
    before = model.probabilities(model.features_from(vectors, tokens, bags, texts))["event_type"]
    after = loaded.probabilities(loaded.features_from(vectors, tokens, bags, texts))["event_type"]
    assert np.allclose(before, after, atol=1e-2)  # (weights are stored as float16)
    assert [loaded.heads[0].labels[k] for k in after.argmax(axis=1)] == [row["event_type"] for row in labels]


def test_heads_weigh_the_bag_by_nb_ratios_unless_told_not_to(embedder: StaticEmbedder) -> None:
    from sitrep.learn.train import bag_weights, fit_heads

    texts = [template.format(d=day, p=place) for day, place in enumerate(PLACES, start=1) for *_, template in TRAINING]
    labels = [{"event_type": et, "sub_event_type": st} for _ in PLACES for et, st, _ in TRAINING]
    vectors, bags = embedder.encode(texts)
    fit = dict(name="w", bags=bags, embedding_weight=0.0, texts=texts)
    weighted = fit_heads(vectors, [["rule=none"]] * len(texts), labels, "acled", embedder, **fit)
    head = weighted.heads[0]
    assert head.bag_weight is not None
    words = {piece: embedder.tokenizer.token_to_id(piece) for piece in ("clashed", "on")}
    assert head.bag_weight[words["clashed"]] > head.bag_weight[words["on"]]  # a telling word outweighs a common one
    presence = np.zeros((len(texts), embedder.vocab_size))
    for row, bag in enumerate(bags):
        presence[row, bag] = 1
    y = np.array([head.labels.index(label["event_type"]) for label in labels])
    assert np.allclose(head.bag_weight, bag_weights(presence, y))
    plain = fit_heads(vectors, [["rule=none"]] * len(texts), labels, "acled", embedder, bag_weighting=None, **fit)
    assert plain.heads[0].bag_weight is None


def test_an_unknown_bag_weighting_is_refused(embedder: StaticEmbedder) -> None:
    from sitrep.errors import ConfigError
    from sitrep.learn.train import fit_heads

    vectors, bags = embedder.encode(["Troops clashed with rebels.", "Traders protested."])
    labels = [{"event_type": "Battles"}, {"event_type": "Protests"}]
    with pytest.raises(ConfigError, match="bag_weighting"):
        fit_heads(vectors, [[], []], labels, "acled", embedder, name="x", bags=bags, bag_weighting="tfidf")


def test_gtd_and_ucdp_rows_read_their_own_heads(tmp_path: Path) -> None:
    from sitrep.learn.data import read_training

    gtd = tmp_path / "gtd.csv"
    gtd.write_text(
        "summary,attacktype1_txt,targtype1_txt,country_txt\n"
        '"03/14/2021: Gunmen attacked a checkpoint in Kano.",Armed Assault,Police,Nigeria\n',
        encoding="utf-8",
    )
    ucdp = tmp_path / "ucdp.csv"
    ucdp.write_text(
        "source_headline,type_of_violence,country\nRebels killed two villagers near Goma,3,DR Congo\n", encoding="utf-8"
    )
    (gtd_row,) = read_training(gtd, "gtd")
    assert gtd_row.text == "Gunmen attacked a checkpoint in Kano."
    assert gtd_row.labels == {"gtd_attack_type": "Armed Assault", "gtd_target_type": "Police"}
    assert gtd_row.group == "Nigeria"
    (ucdp_row,) = read_training(ucdp, "ucdp")
    assert ucdp_row.labels == {"ucdp_violence_type": "one-sided"}


def test_a_sub_type_head_given_its_type_sums_to_one_within_each_type(tmp_path: Path, embedder: StaticEmbedder) -> None:
    from sitrep.learn.train import fit_heads

    kinds = [
        ("Battles", "Armed clash", "Soldiers clashed with militants near {p}."),
        ("Battles", "Government regains territory", "The army retook the town of {p} from the rebels."),
        ("Protests", "Peaceful protest", "Teachers marched peacefully in {p} over unpaid wages."),
        ("Protests", "Protest with intervention", "Police broke up a sit-in by students in {p}."),
    ]
    texts = [template.format(p=place) for place in PLACES for *_, template in kinds]
    labels = [{"event_type": et, "sub_event_type": st} for _ in PLACES for et, st, _ in kinds]
    tokens = [["rule=none"] for _ in labels]
    vectors, bags = embedder.encode(texts)
    model = fit_heads(vectors, tokens, labels, "acled", embedder, name="given", bags=bags, embedding_weight=0.0,
                      texts=texts, sub_given_type=True)
    sub = model.heads[1]
    assert sub.conditional and sub.parents["Armed clash"] == "Battles"
    q = model.probabilities(model.features_from(vectors, tokens, bags, texts))["sub_event_type"]
    battles = [i for i, label in enumerate(sub.labels) if sub.parents[label] == "Battles"]
    assert np.allclose(q[:, battles].sum(axis=1), 1.0, atol=1e-5)  # p(sub-type | Battles), for every row
    predicted = model.predict(model.features_from(vectors, tokens, bags, texts))
    assert [row["sub_event_type"][0] for row in predicted] == [row["sub_event_type"] for row in labels]
    model.save(tmp_path / "given.npz")
    assert LearnedModel.load(tmp_path / "given.npz").heads[1].conditional


@pytest.mark.parametrize(
    ("note", "plain"),
    [
        ("On 4 June 2022, gunmen raided a bank in Kisumu (Kisumu, Nyanza).", "gunmen raided a bank in Kisumu ."),
        ("Residents of Garissa blocked the highway on Tuesday [7 June].", "Residents of Garissa blocked the highway ."),
        ("Herders and farmers fought near Lamu on June 9, 2022, leaving three dead.",
         "Herders and farmers fought near Lamu leaving three dead."),
        ("Police arrested two suspects yesterday in Kitui.", "Police arrested two suspects in Kitui."),
    ],
)
def test_plain_text_drops_dates_and_listed_admin_areas(note: str, plain: str) -> None:
    assert learned.plain_text(note) == plain


def test_a_plain_model_reads_its_texts_plain(tmp_path: Path, embedder: StaticEmbedder) -> None:
    from sitrep.learn.train import fit_heads

    texts = [learned.plain_text(template.format(d=day, p=place))
             for day, place in enumerate(PLACES, start=1) for *_, template in TRAINING]
    labels = [{"event_type": et, "sub_event_type": st} for _ in PLACES for et, st, _ in TRAINING]
    vectors, bags = embedder.encode(texts)
    model = fit_heads(vectors, [["rule=none"]] * len(texts), labels, "acled", embedder, name="plain", bags=bags,
                      embedding_weight=0.0, texts=texts, plain=True)
    model.save(tmp_path / "plain.npz")
    loaded = LearnedModel.load(tmp_path / "plain.npz")
    assert loaded.plain
    dated = loaded.features(["On 5 May 2021, traders marched in Wajir (Wajir, North Eastern)."], [None])[1]
    undated = loaded.features(["traders marched in Wajir."], [None])[1]
    assert dated is not None and undated is not None and np.array_equal(dated[0], undated[0])


def test_training_and_extraction_give_a_model_the_same_features(embedder: StaticEmbedder) -> None:
    """The view training reads (sitrep.learn.features) and what the extractor hands the heads agree: a model
    trained on the one reads the other."""
    from sitrep.learn import features

    text = (
        "On 12 March 2022, gunmen believed to be militia members attacked a police post near Garissa with rifles "
        "and grenades, killing 4 officers and injuring 2 others."
    )
    features._init()
    model_text, tokens, event_type, sub_event_type = features._view(text)
    # (the extractor `sitrep extract` builds: the gazetteer's place names make the "place" cue)
    event = api.default_extractor(model=False)(document_from_text(text)).events[0]
    assert (event_type, sub_event_type) == (event.event_type, event.sub_event_type)
    assert tokens == learned.rule_tokens(event)
    assert {"et=Battles", "tac=grenade", "killed", "wounded"} <= set(tokens)
    model = fixed_model(embedder, "Riots", "Violent demonstration")
    model.rule_vocab = sorted(set(tokens))
    model.bow = True
    at_run = model.features([learned._event_text(text, event)], [event])
    vectors, bags = embedder.encode([model_text])
    at_training = model.features_from(vectors, [tokens], bags, [model_text])
    assert np.array_equal(at_run[0], at_training[0]) and at_run[0][0].sum() == len(set(tokens))
    assert all(np.array_equal(a, b) for a, b in zip(at_run[1] or [], at_training[1] or [], strict=True))



def test_the_development_folds_are_the_next_countries_below_the_test_folds_size() -> None:
    from sitrep.learn.cv import dev_countries, sample_rows

    sizes = {"Kenya": 60, "Somalia": 50, "Uganda": 30, "Haiti": 25, "Ghana": 25, "Nepal": 12, "Benin": 4}
    rows = [
        TrainRow(text=f"{country} report {n}", labels={"event_type": "Battles"}, group=country)
        for country, count in sizes.items()
        for n in range(count)
    ]
    test = sample_rows(rows, min_rows=40, test_rows=10).groups
    dev = dev_countries(rows, test_min_rows=40, count=3, min_rows=10)
    assert test == ["Kenya", "Somalia"]
    assert dev == ["Uganda", "Ghana", "Haiti"]  # largest first (a tie by name); Nepal is the fourth, Benin too small
    assert not set(dev) & set(test)  # never a test country
    held_out = sample_rows(rows, min_rows=1, test_rows=10, only=dev)
    assert sorted(held_out.groups) == sorted(dev)
    assert {rows[i].group for i in held_out.pool} == set(sizes)  # every country still trains the folds
