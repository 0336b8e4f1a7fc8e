"""Shared fixtures. Data that is not ours (the seed page, coded datasets) is read from ../shared/ and skipped
with a clear message where it is absent."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sitrep.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_94d01e24de17d2ba.txt"
FIXTURES = Path(__file__).parent / "fixtures"

# The rule tests test the rules: the shipped learned model joins only where a test names a model
# (tests/test_learned.py). Its own numbers are measured by benchmarks/bench_model.py.
os.environ.setdefault("SITREP_MODEL", "none")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The rules alone (no learned model), loaded once: what the phrasing and typing tests read. A test file that
    means the default extractor, or needs its own, defines an ``extractor`` fixture of its own, which wins."""
    from sitrep import api

    return api.default_extractor(model=False)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The page the product was specified from; a third-party page, so never copied into the repo."""
    if not SEED.exists():
        pytest.skip(f"seed page not available at {SEED} (it lives in ../shared/seeds beside the repository)")
    return SEED
