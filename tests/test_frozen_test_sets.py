"""The test sets that gate CI are frozen: rules are never tuned against them.

The golden incident set, the linking set and the claim fixtures were written before the extractor was tuned on
them and were then used both to develop and to gate; since issue #8 they are test sets only. Their checksums are
recorded in ``tests/fixtures/FROZEN.sha256``: a change to one of them fails here, so that it can only happen as a
deliberate, reviewed commit (a coding-convention fix, with the reason in its message), never as a quiet edit that
makes a score go up. New development texts go into the ``dev`` sets beside them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
RECORDED = [line.split(maxsplit=1) for line in (FIXTURES / "FROZEN.sha256").read_text().splitlines() if line]


@pytest.mark.parametrize(("digest", "name"), RECORDED, ids=[name for _digest, name in RECORDED])
def test_a_frozen_test_set_is_unchanged(digest: str, name: str) -> None:
    actual = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
    assert actual == digest, f"{name} changed: it is a frozen test set (see tests/fixtures/FROZEN.sha256)"
