"""A progress bar for long commands: documents/s and an ETA on stderr, only when stderr is a terminal.

Piped or redirected output (cron, CI, ``2> log``) gets no bar and no control characters. The total is the number
of files when each holds one document (text, HTML, PDF); for JSONL, CSV, feeds and archives it is unknown without
reading them, so the bar shows the count and the rate without an ETA.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

_ONE_DOCUMENT = {".txt", ".text", ".md", ".html", ".htm", ".pdf"}
_COUNT_LIMIT = 1_000_000
"""Past this many files the count stops (and the total is left unknown): counting must stay cheap."""


def enabled(stream: object = None) -> bool:
    """True when the bar should be drawn: the stream is a terminal and SITREP_PROGRESS is not "0"."""
    stream = stream if stream is not None else sys.stderr
    if os.environ.get("SITREP_PROGRESS") == "0":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """The number of documents under ``paths`` when every file holds one; None when that cannot be known cheaply."""
    count = 0
    for given in paths:
        path = Path(given)
        files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else iter([path])
        for file in files:
            if any(part.startswith(".") for part in file.parts[len(path.parts):]):
                continue
            if file.suffix.lower() not in _ONE_DOCUMENT:
                return None
            count += 1
            if count > _COUNT_LIMIT:
                return None
    return count


@contextmanager
def progress_bar(paths: Iterable[str | Path], *, what: str = "documents") -> Iterator[Callable[[int], None] | None]:
    """Yield a function that advances the bar by n, or None when no bar is drawn (not a terminal)."""
    if not enabled():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(total=estimate_total(list(paths)), unit=" " + what.rstrip("s"), file=sys.stderr, dynamic_ncols=True,
               smoothing=0.1, desc="ingest")
    try:
        yield bar.update
    finally:
        bar.close()
