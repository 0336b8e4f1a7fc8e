"""Which language a document is written in, detected offline with py3langid.

Why py3langid (a maintained fork of langid.py): measured here on 2 cores, it classifies a 90-word paragraph in
0.3 ms against langdetect's 5.6 ms, is deterministic (langdetect samples at random unless seeded), covers 97
languages (Kurdish included, which langdetect reads as Turkish) from one 4.5 MB model inside the wheel, and needs
no network. Loading the model takes about 1 s, once per process, and only when a document is read.

The rule: a document is English unless the detector names another language with confidence. Short texts ("Three
killed.") get low confidence for every language; such a text written mostly in Latin letters is taken as English
(the extractor's rules are English), while a text mostly in another script (Arabic, Cyrillic, …) is never taken
as English whatever its length. The code stored is ISO 639-1 ("en", "ar", "ku", …); "und" (undetermined) when a
non-Latin text cannot be told apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

ENGLISH = "en"
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.9
"""Normalised probability above which the detector's answer is taken (langid's own suggestion for short text)."""
_SAMPLE_CHARS = 2000
"""The first characters decide: enough for a confident answer, and the cost stays flat for long documents."""


@functools.cache
def _identifier() -> Any:
    # Imported and loaded on first use: the model takes about a second to load.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        return _from_cache(LanguageIdentifier)
    except Exception:  # (the cache is an optimisation: the packaged model always works)
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_LAYOUT = "raw-1"
"""The layout of the cache entry :func:`_from_cache` writes (raise when it changes)."""


def _from_cache(identifier: Any) -> Any:
    """The identifier from the model's arrays kept uncompressed in the disk cache (:mod:`sitrep.diskcache`).

    Most of the model's load time was LZMA decompression (0.57 s of CPU); reading the 68 MB of uncompressed arrays
    from an ``.npz`` still cost 0.08-0.14 s (each read in full, checksummed and copied). The arrays are kept raw in
    one file (:func:`_write_raw`) and mapped, not read: the big two (the per-feature class table and the
    automaton's moves) are used where they lie, and a short text touches a few pages of them. The arrays are the
    ones py3langid 0.4 reads, so the entry is named by py3langid's version, and any error falls back to the
    packaged model."""
    import importlib.metadata

    import numpy as np
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from sitrep import diskcache

    folder = diskcache.directory()
    source = MODEL_DIR / MODEL_FILE
    if folder is None:
        raise LookupError("the disk cache is off")
    path = folder / "langid-{}.raw".format(
        diskcache.fingerprint(importlib.metadata.version("py3langid"), _LAYOUT, files=[source]))
    if not path.is_file():
        _write_raw(source, path)
    data = _mapped(path)
    moves = data["nextmove"]
    # (the moves as a flat sequence of unsigned ints, as py3langid's own array('I') is, but over the mapping)
    nextmove = (memoryview(moves).cast("B").cast(modelio._TYPECODE[moves.itemsize])
                if moves.dtype.isnative and moves.dtype.kind == "u" else modelio._to_array(moves))
    return identifier(data["ptc"], np.asarray(data["pc"]), data["classes"].tolist(), nextmove,
                      data["out_feat"].tolist(), norm_probs=True, tk_row=modelio._to_array(data["nextmove_row"]))


def _write_raw(source: Path, path: Path) -> None:
    """Decompress the packaged model ``source`` and store its arrays at ``path``: a JSON head (each array's dtype,
    shape and offset) after its length in 8 bytes, then each array's bytes at an offset aligned to 64."""
    import json
    import lzma
    import os
    import shutil
    import tempfile

    import numpy as np

    from sitrep import diskcache

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        with lzma.open(source) as packed:
            shutil.copyfileobj(packed, unpacked, length=1 << 20)
        unpacked.seek(0)
        with np.load(unpacked, allow_pickle=False) as stored:
            arrays = {name: np.ascontiguousarray(stored[name]) for name in stored.files}
    head: dict[str, tuple[str, list[int], int]] = {}
    offset = 0
    for name, array in arrays.items():
        head[name] = (array.dtype.str, list(array.shape), offset)
        offset += -(-array.nbytes // 64) * 64
    encoded = json.dumps(head).encode()
    start = -(-(8 + len(encoded)) // 64) * 64
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as out:
        out.write(len(encoded).to_bytes(8, "little") + encoded)
        for name, array in arrays.items():
            out.seek(start + head[name][2])
            out.write(memoryview(array).cast("B"))
        out.truncate(start + offset)
    partial.replace(path)  # atomic: a concurrent reader sees the whole file or none
    diskcache.prune(path.parent, path.name)


def _mapped(path: Path) -> dict[str, np.ndarray]:
    """The arrays :func:`_write_raw` stored at ``path``, read-only over a mapping of the file (no copy: it stays
    valid when another process replaces or prunes the file)."""
    import json
    import mmap

    import numpy as np

    with path.open("rb") as handle:
        mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    size = int.from_bytes(mapping[:8], "little")
    head = json.loads(mapping[8 : 8 + size])
    start = -(-(8 + size) // 64) * 64
    found = {}
    for name, (dtype, shape, offset) in head.items():
        kind = np.dtype(dtype)
        count = int(np.prod(shape, dtype=np.int64))
        found[name] = np.frombuffer(mapping, dtype=kind, count=count, offset=start + offset).reshape(shape)
    return found


def language_of(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, as :func:`detect` gives it, with the detector skipped for a text
    that is plainly English (see :func:`_plainly_english`): the detector's walk over the bytes costs a third of a
    millisecond and more (a sixth of extracting a short report), and nearly every document ingested is English."""
    if _plainly_english(text[:_SAMPLE_CHARS]):
        return ENGLISH
    return detect(text)[0]


_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_WORDS = frozenset({"the", "and", "of", "was", "were", "with", "from", "that", "which", "by", "have", "has",
                            "been", "their", "they", "its", "are", "said"})
"""Function words of English that are no common word of another language written in Latin letters ('in', 'a',
'on', 'to', 'is', 'for' are left out: Dutch, German, Italian, Danish and French use them too)."""


def _plainly_english(sample: str) -> bool:
    """At least eight words, 'the' among them, one word in eight of :data:`_ENGLISH_WORDS`, and at most one word in
    eight with a letter outside ASCII: a text the detector reads as English. Measured here on some 16,000 such
    English reports, notes and captions, the detector read every one as English; a French or Spanish report that
    cites 'The Guardian' or 'The New York Times' falls far short of one word in eight, and a caption in two scripts
    ('<a name in Arabic>, Vicinity of the … School') is left to the detector."""
    words = _WORD.findall(sample.lower())
    if len(words) < 8 or "the" not in words:
        return False
    return 8 * sum(1 for word in words if word in _ENGLISH_WORDS) >= len(words) >= 8 * sum(
        1 for word in words if not word.isascii())


def detect(text: str) -> tuple[str, float]:
    """The language of ``text`` as (ISO 639-1 code, confidence 0–1), following the rule in the module docstring."""
    sample = text[:_SAMPLE_CHARS]
    latin = _latin_share(sample)
    if latin is None:
        return UNDETERMINED, 0.0
    code, confidence = _identifier().classify(sample)
    confidence = float(confidence)
    if confidence >= MIN_CONFIDENCE:
        return str(code), confidence
    if latin >= 0.5:
        return ENGLISH, confidence
    return (str(code), confidence) if code != ENGLISH else (UNDETERMINED, confidence)


def _latin_share(text: str) -> float | None:
    """The share of letters that are Latin; None when the text has no letters."""
    letters = latin = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if char < "\u0250" or unicodedata.name(char, "").startswith("LATIN"):
                latin += 1
    return latin / letters if letters else None


def warm_up() -> None:
    """Load the model now (before forking workers, so that they share it)."""
    _identifier()
