"""``render``: a report file from the database, its format taken from the file's extension.

    png, svg, pdf   the one-page infographic (matplotlib; PNG at :data:`DPI`, 1,440 px wide)
    html            the self-contained situation report (inline CSS, SVG and script; no external requests)

With ``filters.claim_id`` set, the page is that claim's infographic instead of a period's.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

import sitrep
from sitrep.errors import ConfigError, NotFoundError, ReportError
from sitrep.model import Claim, Document
from sitrep.report.claim import claim_figure
from sitrep.report.export import write_atomically
from sitrep.report.filters import EventFilter
from sitrep.report.html import claim_html, period_html
from sitrep.report.period import CLAIMS_ON_PAGE, PAPER, page_title, period_figure
from sitrep.report.queries import count_matching_claims, matching_claims, period_summary
from sitrep.store import Store

FORMATS = ("png", "svg", "pdf", "html")
DPI = 120
"""PNG resolution of a claim page: the 12-inch page is 1,440 px wide, sharp when shown at 1,200."""
PNG_WIDTH = 1440
"""Pixels across a period infographic's PNG (its resolution follows from the paper's width)."""

RC = {
    "font.family": "DejaVu Sans",
    "svg.fonttype": "path",  # glyphs as paths: the SVG looks the same without the font installed
    "pdf.fonttype": 42,  # TrueType in PDFs: text stays selectable and searchable
    "axes.titlesize": 12,
}
"""matplotlib settings for every page, applied for the duration of one render (never globally)."""


def render(store: Store, path: str | os.PathLike[str], filters: EventFilter | None = None, *,
           paper: str = "a4") -> Path:
    """Write the report for ``filters`` to ``path`` and return the path; the format comes from the extension.

    The period infographic is one ``paper`` page (``a4`` or ``letter``) in every image format; a PNG is
    :data:`PNG_WIDTH` pixels wide whatever the paper.

    Raises ConfigError for an extension it cannot write or an unknown claim id, ReportError when the file cannot
    be written. The file appears complete or not at all (written under a temporary name, then renamed).
    """
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ConfigError(f"-o {target}: cannot tell the format from {target.suffix or 'a name without extension'}; "
                          f"end the file name in {', '.join('.' + f for f in FORMATS)}")
    if not target.parent.is_dir():
        raise ReportError(f"folder {target.parent} does not exist; create it or choose another -o", path=target)
    filters = filters or EventFilter()
    with matplotlib.rc_context(RC):
        if filters.claim_id:
            claim, document = _claim(store, filters.claim_id)
            if fmt == "html":
                return _save_text(target, claim_html(claim, document))
            title = f"Claim {claim.id} by {claim.claimant or 'unknown'}"
            return _save_figure(target, fmt, claim_figure(claim, document), title)
        if fmt == "html":
            return _save_text(target, period_html(store, filters))
        if paper not in PAPER:
            raise ConfigError(f"--paper {paper!r}: choose one of {', '.join(PAPER)}")
        summary = period_summary(store, filters)
        claims = matching_claims(store, filters, summary.period, limit=CLAIMS_ON_PAGE + 1)
        total = count_matching_claims(store, filters, summary.period) if len(claims) > CLAIMS_ON_PAGE else len(claims)
        figure = period_figure(summary, claims, paper=paper, claims_total=total)
        return _save_figure(target, fmt, figure, page_title(summary), dpi=PNG_WIDTH / PAPER[paper][0])


def _claim(store: Store, claim_id: str) -> tuple[Claim, Document | None]:
    found = store.claims(claim_id=claim_id)
    if not found:
        raise NotFoundError(f"--claim {claim_id!r}: no such claim in {store.path}; list the ids with: "
                          f"sitrep claims --db {store.path}")
    claim = found[0]
    return claim, store.document(claim.document_id)


def _save_figure(target: Path, fmt: str, figure: Figure, title: str, dpi: float = 0) -> Path:
    software = f"sitrep {sitrep.__version__}"
    metadata: dict[str, str | None] = {
        "png": {"Software": software, "Title": title},
        "svg": {"Date": None, "Creator": software, "Title": title},
        "pdf": {"Creator": software, "Title": title},
    }[fmt]  # type: ignore[assignment]
    write_atomically(target, lambda temporary: figure.savefig(temporary, format=fmt, dpi=dpi or DPI,
                                                                    metadata=metadata))
    return target


def _save_text(target: Path, text: str) -> Path:
    write_atomically(target, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    return target
