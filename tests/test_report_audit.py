"""The HTML situation report carries each claim's audit against the independent record."""

from pathlib import Path
from xml.etree import ElementTree

from sitrep import Store, api, render

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def test_every_claim_in_the_html_report_has_its_audit_section(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    api.ingest([CORPUS], db=db)
    with Store(db, read_only=True) as store:
        claims = store.claims()
        html = render(store, tmp_path / "report.html").read_text(encoding="utf-8")
    audits = html.count('<div class="audit">')
    assert claims and audits == html.count('<div class="claim"')
    assert "Audit: claimed against the independent record" in html or "Not audited:" in html
    start = html.index('<div class="audit">')
    block = html[start : html.index("</div>", start) + len("</div>")]
    ElementTree.fromstring(block.replace("&nbsp;", " "))  # the section is well-formed markup
