"""A short run of the review desk's load test (benchmarks/bench_server.py) in CI: a few reviewers for a few
seconds against ``sitrep serve`` on 127.0.0.1, checking that every edit the server acknowledged is in the review
log exactly once and none it refused is. Latency is not asserted here: the figures come from the full run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the review desk needs the web extra: pip install 'sitrep[web]'")

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_server.py"


def test_concurrent_reviewers_lose_and_duplicate_no_edit() -> None:
    run = subprocess.run([sys.executable, str(BENCH), "--reviewers", "6", "--seconds", "4", "--think", "0.05",
                          "--copies", "2"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "lost 0, duplicated 0, refused but logged 0" in run.stdout
    acknowledged = int(run.stdout.split("edits acknowledged ")[1].split(",")[0])
    assert acknowledged > 0, run.stdout
