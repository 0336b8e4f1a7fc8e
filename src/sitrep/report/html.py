"""The HTML situation report: one self-contained file a person can mail, archive or open offline.

Everything is inside the file: CSS in a ``<style>``, charts and map as inline SVG (matplotlib's SVG with its header,
metadata and namespace URLs removed and its ids made unique per chart), a few lines of inline script that sort the
tables. No ``src``, ``href`` or CSS ``url()`` points outside the file, no web fonts (the system's sans-serif), so
opening it makes no network request. Article addresses are links (``<a href>`` only, with ``rel="noreferrer"``):
following one is the reader's choice, and the page itself fetches nothing.

Every incident of the selection is in the events table, a page of :data:`PAGE_ROWS` rows at a time (a few lines of
inline script page it; without script every row shows), up to :data:`MAX_EVENTS`, beyond which the page says how
many more there are and the command that lists them.

Every number links to what it counts. Headline numbers and each row of a breakdown link to an evidence list (the
incidents behind the number, most killed first, at most :data:`DRILL` of them, with the ``sitrep events`` command
that lists them all); each item of a list links to its row in the events table, which shows the source sentence,
the outlet and the document. A number's ``data-key`` attribute names the query it comes from
(:func:`sitrep.report.queries.headline_sql`).
"""

from __future__ import annotations

import html
import io
import re
import shlex
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure

import sitrep
from sitrep.errors import SitrepError
from sitrep.model import Claim, Document
from sitrep.report import charts
from sitrep.report.claim import CHECK_MARK, banner_text, claim_figure, claim_period, measure_name, tactic_name
from sitrep.report.filters import EventFilter, country_name
from sitrep.report.period import (
    FACETS,
    attribution,
    breakdown_rows,
    draw_map,
    footer_text,
    headline_items,
    map_layers,
    page_title,
)
from sitrep.report.queries import (
    FACET_FILTER_OPTION,
    PeriodSummary,
    event_details,
    incidents_sql,
    matching_claims,
    period_summary,
)
from sitrep.store import Store

if TYPE_CHECKING:  # the analyze stage comes before report: imported where used at run time
    from sitrep.analyze.audit_sql import AuditPool

PAGE_ROWS = 100
"""Rows of the events table shown at a time."""
MAX_EVENTS = 20_000
"""Incidents the events table holds at most (an HTML file of 20,000 rows is about 20 MB)."""
DRILL = 15
"""Incidents listed behind each number; the rest are one ``sitrep events`` command away."""
TABLE_ROWS = 40
"""Rows of each breakdown table (the charts show fewer)."""
MAX_CLAIMS = 25
COLUMN_NAMES = {"sub_event_type": "type of event", "tactic": "tactic", "target_category": "target",
                "admin1": "governorate / province", "actor1": "perpetrator"}
"""Claims shown in a period report, most recent first."""

CSS = """
:root{--ink:#222;--muted:#5a5a5a;--line:#ddd;--claimed:#D55E00;--reported:#0072B2;--confirmed:#009E73;--bg:#f4f4f4}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
 margin:0 auto;max-width:1200px;padding:24px;line-height:1.45}
h1{font-size:1.9em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line)}
h3{font-size:1.05em;margin:1em 0 .3em}
.sub{color:var(--muted);margin:0 0 1em}
.numbers{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px}
.number{background:var(--bg);padding:12px;text-align:center;text-decoration:none;color:inherit;display:block}
.number .value{font-size:2em;font-weight:700;display:block}.number .label{display:block}
.number .range,.note{color:var(--muted);font-size:.85em}
.claimed{color:var(--claimed)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:18px;align-items:start}
svg{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0 1em}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--bg);cursor:pointer;user-select:none;white-space:nowrap}
th[data-order=asc]::after{content:" \\25B2"}th[data-order=desc]::after{content:" \\25BC"}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:.8em;white-space:nowrap}
.badge.claimed{background:var(--claimed);color:#fff}.badge.reported{background:var(--reported)}
.badge.confirmed{background:var(--confirmed)}
.evidence{border-left:3px solid var(--line);padding:2px 12px;margin:.6em 0}
.evidence:target,tr:target{background:#fff3c4}
.sentence{font-style:italic}.url{color:var(--muted);font-size:.8em;word-break:break-all}
.claim{border:1px solid var(--line);margin:1em 0;padding:0 14px 10px}
.banner{background:var(--claimed);color:#fff;font-weight:700;padding:6px 14px;margin:0 -14px 8px}
.banner.reported{background:var(--reported)}.banner.confirmed{background:var(--confirmed)}
.ok{color:var(--confirmed);font-weight:700}.fail{color:var(--claimed);font-weight:700}
.undecided{color:var(--muted);font-weight:700}
code{background:var(--bg);padding:1px 4px}
footer{color:var(--muted);font-size:.85em;margin-top:2em;border-top:2px solid var(--line);padding-top:.6em}
"""

PAGER = """
document.querySelectorAll("table.paged").forEach(function (table) {
  var size = parseInt(table.dataset.pageSize, 10), body = table.tBodies[0], page = 0;
  var nav = document.createElement("p"); nav.className = "pager"; table.parentNode.insertBefore(nav, table);
  function rows() { return Array.from(body.rows); }
  function show(n) {
    var all = rows(), pages = Math.max(1, Math.ceil(all.length / size));
    page = Math.min(Math.max(n, 0), pages - 1);
    all.forEach(function (row, i) { row.hidden = Math.floor(i / size) !== page; });
    nav.textContent = "";
    var label = document.createElement("span");
    label.textContent = "Rows " + (page * size + 1) + "–" + Math.min(all.length, (page + 1) * size) + " of " +
      all.length + " ";
    nav.appendChild(label);
    [["« first", 0], ["‹ previous", page - 1], ["next ›", page + 1], ["last »", pages - 1]].forEach(function (b) {
      var button = document.createElement("button"); button.type = "button"; button.textContent = b[0];
      button.disabled = b[1] < 0 || b[1] >= pages || b[1] === page;
      button.addEventListener("click", function () { show(b[1]); }); nav.appendChild(button);
    });
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1)), target = id && document.getElementById(id);
    if (target && target.closest("table") === table) {
      show(Math.floor(rows().indexOf(target) / size)); target.scrollIntoView();
    }
  }
  table.addEventListener("sorted", function () { show(page); });
  window.addEventListener("hashchange", reveal);
  show(0); reveal();
});
"""

SORTER = """
document.querySelectorAll("table.sortable th").forEach(function (th) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0], index = th.cellIndex;
    var ascending = th.dataset.order !== "asc";
    table.querySelectorAll("th").forEach(function (h) { delete h.dataset.order; });
    th.dataset.order = ascending ? "asc" : "desc";
    var key = function (row) {
      var cell = row.cells[index];
      if (!cell) { return ""; }
      return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
    };
    Array.from(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
      var numeric = /^-?[0-9.]+$/.test(x) && /^-?[0-9.]+$/.test(y) && !isNaN(nx) && !isNaN(ny);
      var order = numeric ? nx - ny : x.localeCompare(y);
      return ascending ? order : -order;
    }).forEach(function (row) { body.appendChild(row); });
    table.dispatchEvent(new Event("sorted"));
  });
});
"""

# Bidirectional embeddings, overrides and isolates: copied raw into a page, U+202E makes "moc.elgoog//:sptth" read
# as a trusted address and reorders a sentence's figures. Marks (U+200E, U+200F, U+061C) only nudge neutral
# characters and stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _E(value: str, quote: bool = True) -> str:
    """``html.escape`` that also shows each bidirectional control character as a visible ``[U+202E]``: text
    from a document can then never display in an order other than the one it is stored in."""
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", html.escape(value, quote))


# ------------------------------------------------------------------------------------------------------ SVG


def inline_svg(figure: Figure, prefix: str) -> str:
    """``figure`` as an ``<svg>`` element ready to sit inside HTML.

    The XML declaration, DOCTYPE and RDF metadata go (they carry the only URLs matplotlib writes: namespace and
    DTD identifiers, never fetched, but a self-contained page should not contain them at all); every id gets
    ``prefix`` so that two charts on one page do not share ``patch_1`` or a clip path.
    """
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)
    text = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text)
    text = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', text)
    text = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', text)
    text = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", text)
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', '<svg role="img"', text, count=1)
    return text


# ------------------------------------------------------------------------------------------------- helpers


def display_url(url: str) -> str:
    """An article address as text for the page: without its scheme ("example.org/article")."""
    return re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", url.strip())


def url_link(url: str) -> str:
    """An article address as a link when it is a web address (http or https: never ``javascript:`` or a local
    file), else as text."""
    text = f'<span class="url">{_E(display_url(url))}</span>'
    if re.match(r"^https?://[^\s]+$", url.strip(), re.IGNORECASE):
        return f'<a class="url" href="{_E(url.strip())}" rel="noreferrer noopener">{_E(display_url(url))}</a>'
    return text


def _number_link(value: int, target: str, key: str | None = None) -> str:
    data = f' data-key="{_E(key)}"' if key else ""
    return f'<a href="#{_E(target)}"{data}>{value:,}</a>'


def _command(filters: EventFilter, extra: Sequence[str] = ()) -> str:
    words = ["sitrep", "events", *filters.options(), *extra, "--format", "csv"]
    return " ".join(shlex.quote(w) for w in words)


def _status_badge(status: str, claimant: str | None, attribution: str | None = None,
                  attribution_by: str | None = None, actor: str | None = None) -> str:
    """Verification status, and beside it how the act is tied to its perpetrator: an independent report of an act
    the group claimed reads 'reported' and 'claimed by IS'; a suspicion 'blamed on IS by officials'."""
    text = f"claimed by {claimant}" if status == "claimed" and claimant else status
    badge = f'<span class="badge {_E(status)}">{_E(text)}</span>'
    if attribution == "claimed" and status != "claimed":
        badge += f' <span class="attribution">claimed by {_E(attribution_by or actor or "?")}</span>'
    elif attribution == "blamed":
        by = f" by {attribution_by}" if attribution_by else ""
        badge += f' <span class="attribution">blamed on {_E(actor or "?")}{_E(by)} (suspected)</span>'
    elif attribution == "denied":
        badge += f' <span class="attribution">denied by {_E(attribution_by or actor or "?")}</span>'
    return badge


def _count_cell(row: dict[str, Any], name: str) -> str:
    low, best, high = row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"]
    if best is None and low is None and high is None:
        return '<td class="n" data-sort="-1"></td>'
    text = f"{best:,}" if best is not None else "?"
    if (low is not None and low != best) or (high is not None and high != best):
        lower = "" if low is None else f"{low:,}"
        upper = "" if high is None else f"{high:,}"
        text += f' <span class="note">({lower}–{upper})</span>'
    return f'<td class="n" data-sort="{best if best is not None else -1}">{text}</td>'


def _page(title: str, body: Iterable[str]) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta name=\"generator\" content=\"sitrep {_E(sitrep.__version__)}\">\n"
            f"<title>{_E(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{SORTER}{PAGER}</script>\n</body>\n</html>\n")


# -------------------------------------------------------------------------------------------- period report


def period_html(store: Store, filters: EventFilter, *, generated: date | None = None) -> str:
    """The situation report for ``filters`` as one HTML document."""
    summary = period_summary(store, filters, top=TABLE_ROWS, drill_limit=DRILL)
    cte, params = incidents_sql(filters)
    every = [r["id"] for r in store.query(cte + "SELECT id FROM incidents ORDER BY date_start DESC NULLS LAST, id "
                                          f"LIMIT {MAX_EVENTS}", params)]
    wanted = {i for listing in summary.drill.values() for ids in listing.values() for i in ids} | set(every)
    events = event_details(store, sorted(wanted))
    title = page_title(summary)
    body = [f"<header><h1>{_E(title)}</h1><p class=\"sub\">Situation report from news reporting: incidents, "
            f"casualties and where they happened{'; ' + _E(filters.describe()) if filters.describe() else ''}."
            "</p></header>"]
    body.append(_headline_section(summary))
    body.append(_map_section(summary))
    body.append(_breakdown_section(summary))
    body.append(_timeline_section(summary))
    body.append(_claims_section(store, filters, summary.period))
    body.append(_evidence_section(summary, events))
    body.append(_events_section(events, int(summary.headline["events"]), _command(filters)))
    footer = footer_text(summary, generated=generated)
    body.append("<footer>" + "".join(f"<p>{_E(line)}</p>" for line in footer.split("\n"))
                + "".join(f"<p>{_E(line)}</p>" for line in attribution(map_layers(summary)[0])) + "</footer>")
    return _page(title, body)


def _headline_section(summary: PeriodSummary) -> str:
    h = summary.headline
    cells = []
    for key, value, label, _sub in headline_items(summary):
        target = f"n-{key}"
        if key == "only_claimed":
            inner = (f'<span class="value claimed" data-key="only_claimed_share">{_E(value)}</span>'
                     f'<span class="label">{_E(label)}</span><span class="range"><span data-key="only_claimed">'
                     f'{h["only_claimed"]:,}</span> by the perpetrator only</span>')
        elif key == "events":
            inner = (f'<span class="value" data-key="events">{h["events"]:,}</span><span class="label">incidents'
                     f'</span><span class="range"><span data-key="located">{h["located"]:,}</span> located</span>')
        else:
            low, high = h[f"{key}_low"], h[f"{key}_high"]
            rng = ""
            if (low, high) != (h[key], h[key]):
                rng = (f'range <span data-key="{key}_low">{low:,}</span>–'
                       f'<span data-key="{key}_high">{high:,}</span>')
            if key == "killed_or_wounded":
                rng = (rng + "; " if rng else "") + "combined figure only"
            inner = (f'<span class="value" data-key="{key}">{h[key]:,}</span><span class="label">{_E(label)}</span>'
                     f'<span class="range">{rng}</span>')
        cells.append(f'<a class="number" href="#{target}">{inner}</a>')
    return '<section id="headline" class="numbers">' + "".join(cells) + "</section>"


def _map_section(summary: PeriodSummary) -> str:
    figure = charts.new_figure(7.2, 5.6)
    draw_map(figure, summary, title="Incidents by area", size=(7.2, 5.6))  # type: ignore[arg-type]
    svg = inline_svg(figure, "map")
    table = _facet_table(summary, "admin1")
    return ('<section id="where"><h2>Where</h2><div class="grid"><div>' + svg + "</div><div>"
            f"<h3>{_E(FACETS['admin1'][0])}</h3>{table}</div></div></section>")


def _facet_table(summary: PeriodSummary, key: str) -> str:
    breakdown = summary.facets[key]
    missing = FACETS[key][2]
    head = (f'<table class="sortable"><thead><tr><th>{_E(COLUMN_NAMES[key])}</th><th class="n">incidents</th>'
            '<th class="n">killed</th></tr></thead><tbody>')
    rows = []
    for index, row in enumerate(breakdown.rows):
        target = f"f-{key}-{index}"
        label = row.value if row.value is not None else missing
        rows.append(f"<tr><td>{_E(label)}</td><td class=\"n\" data-sort=\"{row.events}\">"
                    f"{_number_link(row.events, target)}</td><td class=\"n\" data-sort=\"{row.killed}\">"
                    f"{_number_link(row.killed, target)}</td></tr>")
    rest = breakdown.rest(len(breakdown.rows))
    foot = ""
    if rest is not None:
        foot = (f"<tfoot><tr><td>{breakdown.values - len(breakdown.rows):,} more values</td>"
                f"<td class=\"n\">{rest.events:,}</td><td class=\"n\">{rest.killed:,}</td></tr></tfoot>")
    return head + "".join(rows) + "</tbody>" + foot + "</table>"


def _breakdown_section(summary: PeriodSummary) -> str:
    parts = ['<section id="breakdowns"><h2>What and who</h2><div class="grid">']
    for key in ("sub_event_type", "tactic", "target_category", "actor1"):
        title, _expression, missing = FACETS[key]
        figure = charts.new_figure(6, 3.6)
        rows, other = breakdown_rows(summary.facets[key], missing)
        charts.bars(figure.add_subplot(), rows, other=other, title=title,
                    note="incidents; may overlap" if key == "tactic" else "incidents")
        parts.append(f"<div>{inline_svg(figure, f'bars-{key}')}{_facet_table(summary, key)}</div>")
    parts.append("</div></section>")
    return "".join(parts)


def _timeline_section(summary: PeriodSummary) -> str:
    figure = charts.new_figure(11.5, 3)
    charts.timeline(figure.add_subplot(), summary.daily, title="Incidents per week, by status",
                    period=summary.period)
    return f'<section id="when"><h2>When</h2>{inline_svg(figure, "timeline")}</section>'


def _evidence_section(summary: PeriodSummary, events: list[dict[str, Any]]) -> str:
    by_id = {e["id"]: e for e in events}
    parts = ['<section id="evidence"><h2>Behind the numbers</h2><p class="note">Each list shows the incidents '
             f"behind a number, most killed first (at most {DRILL}); the command lists them all.</p>"]
    labels = {"events": "All incidents (latest first)", "killed": "Incidents with people killed",
              "wounded": "Incidents with people wounded",
              "killed_or_wounded": "Incidents with only a combined killed-or-wounded figure",
              "only_claimed": "Incidents only claimed by the perpetrator (latest first)"}
    extra = {"only_claimed": ["--status", "claimed"]}
    for key, ids in summary.drill.get("headline", {}).items():
        parts.append(_evidence(f"n-{key}", labels.get(str(key), str(key)), ids, by_id,
                               _command(summary.filters, extra.get(str(key), [])), exact=False))
    for key in FACETS:
        listing = summary.drill.get(key, {})
        for index, row in enumerate(summary.facets[key].rows):
            label = row.value if row.value is not None else FACETS[key][2]
            option = FACET_FILTER_OPTION.get(key)
            selective = option is not None and row.value is not None
            command = _command(summary.filters, [option, row.value] if selective else [])  # type: ignore[list-item]
            # --actor also matches the actor as target, and an export lists every report of an incident: the
            # command then gives a superset, and the page says so.
            exact = selective and key != "actor1"
            title = f"{FACETS[key][0]}: {label} — {charts.plural(row.events, 'incident')}, {row.killed:,} killed"
            parts.append(_evidence(f"f-{key}-{index}", title, listing.get(row.value, []), by_id, command,
                                   exact=exact, column=None if selective else key, value=row.value))
    parts.append("</section>")
    return "".join(parts)


def _evidence(anchor: str, title: str, ids: Sequence[str], by_id: dict[str, dict[str, Any]], command: str, *,
              exact: bool, column: str | None = None, value: str | None = None) -> str:
    items = []
    for event_id in ids:
        event = by_id.get(event_id)
        if event is None:
            continue
        when = event["date_start"].isoformat() if event["date_start"] else "undated"
        where = ", ".join(str(p) for p in (event["locality"], event["admin1"]) if p) or "place unknown"
        killed = f", {event['killed_best']:,} killed" if event["killed_best"] else ""
        items.append(f'<li><a href="#e-{_E(event_id)}">{_E(when)} · '
                     f'{_E(event["sub_event_type"] or event["event_type"] or "event")} · {_E(where)}{_E(killed)}</a>'
                     f' <span class="sentence">{_E(_cut(event["sentence"] or "", 160))}</span></li>')
    if column == "tactic":
        column = "tactics"
    where = f" (column {column}: {value if value is not None else 'empty'})" if column else ""
    lead = "All of them" if exact else "All of them are among the reports of"
    return (f'<div class="evidence" id="{_E(anchor)}"><h3>{_E(title)}</h3><ul>{"".join(items)}</ul>'
            f'<p class="note">{lead}: <code>{_E(command)}</code>{_E(where)}</p></div>')


def _cut(text: str, limit: int) -> str:
    return charts.cut_words(text, limit)  # at a word or phrase boundary, never mid-word


def _events_section(events: list[dict[str, Any]], incidents: int, command: str) -> str:
    head = ("<thead><tr><th>date</th><th>type</th><th>tactics</th><th>perpetrator → target</th><th>place</th>"
            "<th class=\"n\">killed</th><th class=\"n\">wounded</th><th>status</th><th>source</th></tr></thead>")
    rows = []
    for e in events:
        place = ", ".join(str(p) for p in (e["locality"], e["admin1"], country_name(e["country"])) if p)
        when = e["date_start"].isoformat() if e["date_start"] else ""
        if e["date_end"] and e["date_end"] != e["date_start"]:
            when += f" – {e['date_end'].isoformat()}"
        source = f"{_E(e['source'] or 'unknown outlet')}"
        if e["title"]:
            source += f": {_E(e['title'])}"
        if e["published"]:
            source += f" ({_E(e['published'].isoformat())})"
        if e["url"]:
            source += f"<br>{url_link(e['url'])}"
        sentence = f'<br><span class="sentence">“{_E(_cut(e["sentence"], 600))}”</span>' if e["sentence"] else ""
        badge = _status_badge(e["status"], e["claimant"], e.get("attribution"), e.get("attribution_by"), e["actor1"])
        rows.append(
            f'<tr id="e-{_E(e["id"])}"><td data-sort="{_E(when)}">{_E(when)}</td>'
            f"<td>{_E(e['sub_event_type'] or e['event_type'] or '')}</td><td>{_E(', '.join(e['tactics'] or []))}</td>"
            f"<td>{_E(e['actor1'] or '?')} → {_E(e['actor2'] or '?')}</td><td>{_E(place)}</td>"
            f"{_count_cell(e, 'killed')}{_count_cell(e, 'wounded')}"
            f"<td>{badge}</td><td>{source}{sentence}</td></tr>")
    shown = len(events)
    more = "" if shown >= incidents else (f" The table holds the {shown:,} latest; all of them: "
                                          f"<code>{_E(command)}</code>.")
    note = (f"<p class=\"note\">{_E(charts.plural(incidents, 'incident'))} with the sentence each was extracted "
            f"from, {PAGE_ROWS} rows a page. Click a column to sort.{more}</p>")
    return (f'<section id="events"><h2>Events and their sources</h2>{note}'
            f'<table class="sortable paged" data-page-size="{PAGE_ROWS}">{head}<tbody>'
            + "".join(rows) + "</tbody></table></section>")


# ---------------------------------------------------------------------------------------------------- claims


def _claims_section(store: Store, filters: EventFilter, period: tuple[date | None, date | None]) -> str:
    claims = matching_claims(store, filters, period, limit=MAX_CLAIMS)
    if not claims:
        return ('<section id="claims"><h2>Claims</h2><p class="note">No aggregate claim matches these filters.'
                "</p></section>")
    from sitrep.analyze.audit_sql import AuditPool  # the analyze stage comes before report; imported where used

    documents = {c.document_id: store.document(c.document_id) for c in claims}
    with AuditPool(store) as pool:  # claims of one period (a month's bulletins) share one reading of its incidents
        return ('<section id="claims"><h2>Claims</h2><p class="note">Aggregate figures as groups (or monitors) state '
                "them: their words, not verified facts. The checks test whether a claim agrees with itself; the "
                "audit holds it against independently reported incidents.</p>"
                + "".join(claim_card(c, documents.get(c.document_id)) + _audit_block(store, c, pool) for c in claims)
                + "</section>")


def _audit_block(store: Store, claim: Claim, pool: AuditPool | None = None) -> str:
    """The claim audit as a table: each claimed figure against the independently reported record."""
    from sitrep.analyze.audit import audit_claim  # the analyze stage comes before report; imported where used

    try:
        # The table shows the rows and each row's first ten incident ids.
        audit = audit_claim(store, claim, pool=pool, records=False, listed=10)
    except SitrepError as error:
        return f'<div class="audit"><h3>Audit</h3><p class="note">Not audited: {_E(str(error))}</p></div>'
    if audit.rows and all(not row.reported and not row.incidents for row in audit.rows):
        # Every claimed figure against an empty record: a table of zeros would read as "the record shows none".
        who = claim.actor or claim.claimant or "this actor"
        return ('<div class="audit"><h3>Audit: claimed against the independent record</h3><p class="note">'
                f"No independently reported incident of {_E(who)} falls in this claim's period and area in the "
                "database, so there is nothing to hold its figures against (which is not evidence that they are "
                "false). Ingest reporting on the period to audit it.</p></div>")
    rows = []
    for row in audit.rows:
        flag = {"exceeds": "fail", "no_record": "undecided"}.get(row.flag, "ok")
        shown = ", ".join(_E(i) for i in row.incidents[:10])
        count = row.incident_count or 0
        incidents = shown + (f" and {count - 10} more" if count > 10 else "")
        rows.append(f"<tr><td>{_E(measure_name(row.measure))}</td><td>{_E(row.facet)}: {_E(row.value)}</td>"
                    f'<td class="n">{_E(str(row.claimed))}</td><td class="n">'
                    f"{'' if row.reported is None else _E(str(row.reported))}</td><td class=\"n\">"
                    f"{'' if row.ratio is None else f'{row.ratio:.2f}'}</td>"
                    f'<td class="{flag}">{_E(row.flag.replace("_", " "))}</td><td>{incidents}</td></tr>')
    return ('<div class="audit"><h3>Audit: claimed against the independent record</h3>'
            f'<p class="note">{_E(claim.claimant or claim.actor or "The claimant")}\'s figures against incidents '
            "reported by others for the same actor, period and area; 'exceeds' when the claim is more than 1.5 "
            "times the record and more than 2 above it.</p>"
            '<table class="sortable"><thead><tr><th>measure</th><th>facet</th><th class="n">claimed</th>'
            '<th class="n">reported</th><th class="n">ratio</th><th>flag</th><th>incidents (sitrep incidents)'
            "</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")


def claim_card(claim: Claim, document: Document | None) -> str:
    """One claim as an HTML block: the banner, period and source, its figures and its checks."""
    status = claim.status if claim.status in ("claimed", "reported", "confirmed") else "claimed"
    source = ""
    if document is not None:
        source = f"{_E(document.source or 'unknown outlet')}"
        if document.title:
            source += f": {_E(document.title)}"
        if document.published:
            source += f" ({document.published.isoformat()})"
        if document.url:
            source += f" {url_link(document.url)}"
    figures = []
    for figure in claim.figures:
        facets = ", ".join(f"{k}: {tactic_name(v) if k == 'tactic' else v}" for k, v in figure.facets().items()
                           if k not in ("event_type", "sub_event_type"))
        written = figure.span.text if figure.span else (figure.label or "")
        figures.append(f"<tr><td>{_E(measure_name(figure.measure))}</td><td>{_E(facets or 'total')}</td>"
                       f"<td class=\"n\" data-sort=\"{figure.value}\">{figure.value:,}</td>"
                       f"<td class=\"sentence\">{_E(written)}</td></tr>")
    checks = []
    for check in claim.checks:
        css = {True: "ok", False: "fail", None: "undecided"}[check.ok]
        checks.append(f'<li><span class="{css}">{CHECK_MARK[check.ok]}</span> {_E(check.facet or check.kind)}: '
                      f"{_E(check.detail)}</li>")
    quote = _claim_sentence(claim, document)
    return (f'<div class="claim" id="claim-{_E(claim.id)}"><div class="banner {status}">{_E(banner_text(claim))}'
            f"</div><p><b>{_E(claim.actor or claim.claimant or 'Unidentified group')}</b> · "
            f"{_E(claim_period(claim))}{' · medium: ' + _E(claim.medium) if claim.medium else ''}"
            f"{' · ' + _E(country_name(claim.country) or '') if claim.country else ''}</p>"
            + (f'<p>Source: {source}</p>' if source else "")
            + (f'<p class="sentence">“{_E(_cut(quote, 400))}”</p>' if quote else "")
            + '<table class="sortable"><thead><tr><th>measure</th><th>breakdown</th><th class="n">claimed</th>'
            "<th>as written</th></tr></thead><tbody>" + "".join(figures) + "</tbody></table>"
            + "<h3>Checks</h3><ul>" + ("".join(checks) or "<li>No check applies.</li>") + "</ul></div>")


def _claim_sentence(claim: Claim, document: Document | None) -> str | None:
    """The sentence of the document in which the claim is made (around its ``claim`` span)."""
    span = claim.spans.get("claim") or next(iter(claim.spans.values()), None)
    if span is None:
        return None
    if document is None or span.end > len(document.text):
        return span.text
    text = document.text
    start = max(text.rfind(mark, 0, span.start) for mark in (". ", "\n", "! ", "? "))
    ends = [i for i in (text.find(mark, span.end) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start + 1 if start >= 0 else 0:end].split())


def claim_html(claim: Claim, document: Document | None) -> str:
    """A claim's page: its infographic as inline SVG and its card (figures as written, checks)."""
    title = f"{claim.actor or claim.claimant or 'Claim'}: claimed figures, {claim_period(claim)}"
    figure = claim_figure(claim, document)
    return _page(title, [f"<header><h1>{_E(title)}</h1><p class=\"sub\">{_E(banner_text(claim))}</p></header>",
                         inline_svg(figure, "claim"), "<h2>Figures and checks</h2>", claim_card(claim, document),
                         f"<footer><p>Generated by sitrep {_E(sitrep.__version__)} on {date.today().isoformat()}."
                         "</p></footer>"])
