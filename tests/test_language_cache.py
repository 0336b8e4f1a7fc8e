"""The language model kept in the disk cache (mapped, not read) answers exactly as the packaged model does."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from sitrep.ingest import language

TEXTS = [
    "Gunmen attacked a police checkpoint near the town on Monday, killing three officers.",
    "Des hommes armés ont attaqué un poste de police près de la ville, tuant trois agents.",
    "Bewaffnete Männer haben einen Polizeiposten in der Nähe der Stadt angegriffen.",
    "مسلحون هاجموا نقطة تفتيش للشرطة قرب البلدة",
    "Вооружённые люди напали на полицейский пост у города.",
    "Kurdên çekdar êrîşî bajêr kirin û sê kes hatin kuştin.",
    "Three killed.",
    "",
    "1,234 — 56 / 7",
]


@pytest.fixture(scope="module")
def packaged() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_cached_model_ranks_every_language_as_the_packaged_one(
        packaged: LanguageIdentifier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SITREP_NO_CACHE", raising=False)
    written = language._from_cache(LanguageIdentifier)  # (the first: unpacks the model into the cache)
    assert len(list((tmp_path / "sitrep").glob("langid-*.raw"))) == 1
    mapped = language._from_cache(LanguageIdentifier)  # (a later process: maps the entry)
    for text in TEXTS:
        expected = packaged.rank(text)
        assert written.rank(text) == expected
        assert mapped.rank(text) == expected
        assert mapped.classify(text) == packaged.classify(text)


def test_a_cache_that_is_off_falls_back_to_the_packaged_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_NO_CACHE", "1")
    with pytest.raises(LookupError):
        language._from_cache(LanguageIdentifier)
