"""Shared fixtures. Data that is not ours (the seed page, coded datasets) is read from ../shared/ and skipped
with a clear message where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_94d01e24de17d2ba.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The page the product was specified from; a third-party page, so never copied into the repo."""
    if not SEED.exists():
        pytest.skip(f"seed page not available at {SEED} (it lives in ../shared/seeds beside the repository)")
    return SEED
