"""WordPiece tokens of a text and, when the table has them, static sentence embeddings (a vector per token,
averaged over a text). Needs numpy and ``tokenizers``.

What ships is ``sitrep/data/models/minilm-tokenizer.npz``: all-MiniLM-L6-v2's WordPiece tokenizer alone (0 dims).
The shipped heads read a text as a bag of these tokens; the static embedding table distilled from the same model by
``scripts/build_static_model.py`` (model2vec: the transformer run once over its vocabulary, SIF-weighted, PCA, int8;
6.8 MB) transferred worse across countries (see :data:`sitrep.learn.train.EMBEDDING_WEIGHT`), so it is not shipped;
the script still builds it for anyone who trains heads on it. Nothing is downloaded.

    >>> embedder = StaticEmbedder.load()                                       # doctest: +SKIP
    >>> embedder.encode(["Gunmen attacked a police post."])[1]               # doctest: +SKIP  (token ids)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ConfigError

__all__ = ["DEFAULT_EMBEDDER", "StaticEmbedder"]

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
DEFAULT_EMBEDDER = MODELS / "minilm-tokenizer.npz"
"""The tokenizer-only table (0 dims) the shipped heads were trained with."""
MAX_TOKENS = 512
"""Longer texts are cut: a mean over 512 tokens is already stable, and this bounds the cost of one huge page."""


class StaticEmbedder:
    """Token vectors and their tokenizer; :meth:`embed` gives one L2-normalised vector per text."""

    def __init__(self, vectors: np.ndarray, tokenizer: Any, meta: dict[str, Any]) -> None:
        self.vectors = vectors
        self.tokenizer = tokenizer
        self.meta = meta
        self.name = f"{meta.get('name', 'static')}@{meta.get('version', 0)}"
        self.dims = int(vectors.shape[1])
        skip = {tokenizer.token_to_id(t) for t in ("[UNK]", "[CLS]", "[SEP]", "[PAD]")}
        self._skip = np.array(sorted(i for i in skip if i is not None), dtype=np.int64)

    @classmethod
    def load(cls, path: str | Path | None = None) -> StaticEmbedder:
        """Read a table written by ``scripts/build_static_model.py`` (the shipped tokenizer-only one by default)."""
        from tokenizers import Tokenizer  # the optional 'model' extra; callers check for it first

        path = Path(path) if path is not None else DEFAULT_EMBEDDER
        try:
            with np.load(path) as data:
                values, scales = data["values"], data["scales"]
                tokenizer_json = data["tokenizer"].tobytes().decode("utf-8")
                meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        except (OSError, KeyError, ValueError) as error:
            raise ConfigError(f"{path}: not a static embedding table ({error})") from error
        meta["file"] = path.name
        vectors = values.astype(np.float32) * scales.astype(np.float32)[:, None]
        tokenizer = Tokenizer.from_str(tokenizer_json)
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        return cls(vectors, tokenizer, meta)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length row per text (zeros for a text with no known token)."""
        return self.encode(texts)[0]

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, list[np.ndarray]]:
        """The unit-length vectors and, per text, the distinct token ids it contains (for bag-of-token features)."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        bags: list[np.ndarray] = []
        if not texts:
            return out, bags
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            ids = np.asarray(encoding.ids, dtype=np.int64)
            ids = ids[~np.isin(ids, self._skip)]
            bags.append(np.unique(ids))
            if ids.size and self.dims:
                mean = self.vectors[ids].mean(axis=0)
                norm = float(np.linalg.norm(mean))
                out[row] = mean / norm if norm > 0 else mean
        return out, bags

    @property
    def vocab_size(self) -> int:
        """Number of token ids (rows of the table)."""
        return int(self.vectors.shape[0])
