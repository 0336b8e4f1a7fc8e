"""The ``sitrep`` command: thin commands over the Python API.

Exit codes: 0 when every input succeeded, 1 when some failed (or an error stopped the command), 2 for usage
errors (bad options, unknown facets).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

import click

from sitrep import api, settings
from sitrep.analyze.summary import FACETS, summarize
from sitrep.clitools import db_option, handle_errors
from sitrep.ingest import ColumnMapping
from sitrep.model import Claim, Count, Event, Extraction, Failure
from sitrep.store import Store

F = TypeVar("F", bound=Callable[..., Any])

INPUT_FORMATS = ("text", "html", "jsonl", "csv")


def input_options(func: F) -> F:
    """Options shared by commands that read input files."""
    size = settings.SETTINGS["max_bytes"]
    func = click.option("--published", metavar="YYYY-MM-DD",
                        help="Publication date for inputs that carry none; relative dates resolve against it.")(func)
    func = click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS),
                        help="Read every input as this format instead of guessing from the extension.")(func)
    func = click.option("--columns", metavar="KEY=COLUMN,...",
                        help="Column mapping for JSONL/CSV, e.g. 'text=body,title=headline,published=date'.")(func)
    func = click.option("--max-bytes", "max_bytes", type=int, envvar=size.env, default=size.default,
                        show_default=True, help=f"{size.help} Also set by {size.env}.")(func)
    return func


def _columns(spec: str | None) -> ColumnMapping | None:
    return ColumnMapping.parse(spec) if spec else None


def _published(value: str | None) -> date | None:
    return api.parse_date(value, what="--published")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: conflict reporting in, sourced and checked event data out.

    \b
    Examples:
      sitrep extract page.txt --published 2020-10-08 --format json
      sitrep ingest reports/ --db sitrep.duckdb
      sitrep claims
      sitrep summary --by admin1,tactic
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@input_options
@click.option("--format", "output", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: DESIGN.md's records; text: a readable listing.")
@handle_errors
def extract(files: Sequence[str], published: str | None, input_format: str | None, columns: str | None,
            max_bytes: int, output: str) -> None:
    """Extract incidents and aggregate claims from FILES and print them (no database).

    \b
    Example:
      sitrep extract page.txt --published 2020-10-08 --format json
    """
    results: list[dict[str, Any]] = []
    failed = 0
    for item in api.extract_files(files, published=_published(published), format=input_format,
                                  columns=_columns(columns), max_bytes=max_bytes):
        if isinstance(item, Failure):
            failed += 1
            click.echo(str(item), err=True)
        elif output == "json":
            results.append(item.to_dict())
        else:
            click.echo(format_extraction(item))
    if output == "json":
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@input_options
@handle_errors
@click.option("--format", "format_", type=click.Choice(INPUT_FORMATS),
              help="Same as --input-format: read every input as this format.")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link the new events to stored incidents (the same incident told by several reports).")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Extract in this many processes (this one writes the database).")
@click.option("--cluster", metavar="ADDRESS",
              help="Extract on a Dask cluster (tcp://HOST:8786; 'local' starts one here) and merge the results.")
def ingest(paths: Sequence[str], db: str, published: str | None, input_format: str | None, columns: str | None,
           max_bytes: int, format_: str | None, link: bool, workers: int, cluster: str | None) -> None:
    """Ingest files, folders, URL lists, feeds, WARC archives and PDFs: a line per failure, then the counts.

    Re-running an interrupted ingest resumes it: stored documents are not read into the database again.

    \b
    Examples:
      sitrep ingest reports/ feeds/extra.jsonl --db sitrep.duckdb
      sitrep ingest urls.txt crawl.warc.gz --workers 2
      sitrep ingest archive/ --cluster tcp://scheduler:8786
    """
    from sitrep.progress import progress_bar

    on_failure = lambda failure: click.echo(str(failure), err=True)  # noqa: E731
    if cluster:
        from sitrep.distributed import ingest_on_cluster

        report = ingest_on_cluster(paths, db=db, cluster=cluster, published=_published(published),
                                   format=format_ or input_format, columns=_columns(columns), max_bytes=max_bytes,
                                   on_failure=on_failure, link=link)
    else:
        with progress_bar(paths, what="documents") as advance:
            report = api.ingest(paths, db=db, published=_published(published), format=format_ or input_format,
                                columns=_columns(columns), max_bytes=max_bytes, on_failure=on_failure, link=link,
                                workers=workers, on_progress=advance)
    click.echo(report.line())
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("feeds", type=click.Path(dir_okay=False))
@db_option
@click.option("--every", default="15m", show_default=True, help="Time between rounds: 90s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll every feed a single time and exit (for cron).")
@handle_errors
def watch(feeds: str, db: str, every: str, once: bool) -> None:
    """Poll the RSS/Atom/JSON feeds listed in FEEDS (one URL a line) and ingest each new article once.

    Each feed is asked with its stored ETag/Last-Modified; an article carried by several feeds is fetched once.
    A line per failure, then the counts of each round. Stop with Ctrl-C.

    \b
    Examples:
      sitrep watch feeds.txt --every 15m
      sitrep watch feeds.txt --once --db sitrep.duckdb
    """
    from sitrep.watch import watch as run

    reports = run(feeds, db=db, every=every, once=once, on_poll=lambda report: click.echo(report.line()),
                  on_failure=lambda failure: click.echo(str(failure), err=True))
    sys.exit(0 if all(not report.failed for report in reports) else 1)


@main.command()
@db_option
@handle_errors
@click.option("--all", "everything", is_flag=True,
              help="Extract every stored document again, not only those an older extractor read.")
@click.option("--link/--no-link", default=True, show_default=True, help="Link the new events to stored incidents.")
def reextract(db: str, everything: bool, link: bool) -> None:
    """Run the current extractor again over stored documents and replace their events and claims.

    Records remember the extractor that made them (rule set and model, with versions); by default only documents
    made by another one are read again. Each document is replaced in its own transaction, and a document that
    fails keeps its old records. Your `sitrep unlink` decisions are kept.

    \b
    Example:
      sitrep reextract --db sitrep.duckdb
    """
    report = api.reextract(db=db, everything=everything, link=link,
                           on_failure=lambda failure: click.echo(str(failure), err=True))
    click.echo(report.line())
    sys.exit(0 if report.ok else 1)


@main.command()
@db_option
@click.option("--id", "claim_id", help="Show only this claim.")
@click.option("--format", "output", type=click.Choice(["table", "json", "jsonl", "csv", "parquet"]), default="table",
              show_default=True, help="table: readable; json/jsonl: whole claims; csv/parquet: one row per figure.")
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False), help="Write to this file (parquet needs one).")
@click.option("--reviewed", is_flag=True, help="Only claims a reviewer accepted on the review desk (rejected claims "
              "are always left out).")
@handle_errors
def claims(db: str, claim_id: str | None, output: str, out: str | None, reviewed: bool) -> None:
    """List stored claims with their figures and checks, or export them.

    \b
    Examples:
      sitrep claims
      sitrep claims --format json
      sitrep claims --format csv -o claims.csv
      sitrep claims --reviewed --format csv -o vetted-claims.csv
    """
    if output in ("jsonl", "csv", "parquet") or (out and output == "json"):
        from sitrep.report.cli import export_claims
        from sitrep.report.export import replacement_notice

        notice = replacement_notice(out) if out else None
        export_claims(db, output, out, claim_id=claim_id, reviewed=reviewed)
        if notice:
            click.echo(notice, err=True)
        return
    with Store(db, read_only=True) as store:
        found = store.claims(claim_id=claim_id)
        if not claim_id:
            from sitrep.store import reviews

            states = reviews.states(store, "claim")
            found = [c for c in found if (states.get(("claim", c.id)) or {}).get("state")
                     in (("accepted",) if reviewed else ("accepted", "edited", None))]
    if claim_id and not found:
        raise click.UsageError(f"no claim with id {claim_id!r} in {db}")
    if output == "json":
        click.echo(json.dumps([c.to_dict() for c in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"No claims in {db}. Add documents with: sitrep ingest PATH --db {db}")
    for claim in found:
        click.echo(format_claim(claim))


@main.command()
@db_option
@click.option("--by", "by", required=True, metavar="FACET[,FACET]",
              help=f"Facets to group by: {', '.join(FACETS)}.")
@click.option("--measure", help="Only this measure (operations, killed_or_wounded, …).")
@click.option("--format", "output", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@handle_errors
def summary(db: str, by: str, measure: str | None, output: str) -> None:
    """Sum claimed figures by facet, without counting a claim's totals and parts twice.

    --by week or --by month alone gives incidents and fatalities over time instead, with each significant change
    marked (a Poisson rate test; see `sitrep trend`).

    \b
    Examples:
      sitrep summary --by admin1
      sitrep summary --by claimant,tactic --measure operations
      sitrep summary --by month
    """
    facets = [f.strip() for f in by.split(",") if f.strip()]
    with Store(db, read_only=True) as store:
        if facets in (["week"], ["month"]) and measure is None:
            # Incidents over time, with the periods whose change is significant marked (as `sitrep trend`).
            from sitrep.analyze.trends import trend

            report = trend(store, facets[0])
            click.echo(json.dumps(report.to_dict(), indent=2, default=str) if output == "json" else report.table())
            return
        rows = summarize(store, facets, measure=measure)
    click.echo(format_rows(rows, output))


@main.command()
@click.argument("document_id")
@db_option
@click.option("--undo", is_flag=True, help="Bring a forgotten document back.")
@handle_errors
def forget(document_id: str, db: str, undo: bool) -> None:
    """Retire a document by hand: its claims and events leave summaries, audits, reports and exports.

    Nothing is deleted; `sitrep forget DOCUMENT_ID --undo` brings it back. Ids: sitrep history.

    \b
    Examples:
      sitrep forget 6441a28fc9bd490e
      sitrep forget 6441a28fc9bd490e --undo
    """
    with Store(db) as store:
        document = store.forget(document_id, undo=undo)
    where = document.path or document.url or ""
    click.echo(f"{'restored' if undo else 'forgot'} document {document.id}" + (f" ({where})" if where else ""))


@main.command()
@click.argument("document_id", required=False)
@db_option
@handle_errors
def history(document_id: str | None, db: str) -> None:
    """List stored documents with their versions: current, superseded (by which), or forgotten.

    A file or URL ingested again with changed text is stored as a new version that supersedes the old one; only
    current versions count in summaries, audits, reports and exports. With DOCUMENT_ID, only that source's versions.

    \b
    Examples:
      sitrep history
      sitrep history 6441a28fc9bd490e
    """
    with Store(db, read_only=True) as store:
        found = store.history(document_id)
    if document_id and not found:
        raise click.UsageError(f"no document with id {document_id!r} in {db}")
    rows = [{"id": r["id"], "status": r["status"] + (f" by {r['superseded_by']}" if r["status"] == "superseded"
                                                     else ""),
             "stored": str(r["stored_at"])[:19], "source": r["source_key"] or "", "title": r["title"] or ""}
            for r in found]
    click.echo(format_rows(rows))


# --- formatting ---------------------------------------------------------------------------------------------

def format_rows(rows: list[dict[str, Any]], output: str = "table") -> str:
    """Rows as an aligned table, JSON or CSV."""
    if output == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False, default=str)
    if not rows:
        return "(no rows)"
    headers = list(rows[0])
    if output == "csv":
        import csv
        import io

        from sitrep.report.export import csv_safe_cell

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[csv_safe_cell(h) for h in headers], lineterminator="\n")
        writer.writeheader()
        # A claimant or place named "=HYPERLINK(...)" must reach a spreadsheet as text, never as a formula.
        writer.writerows({csv_safe_cell(k): csv_safe_cell(v) for k, v in row.items()} for row in rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(row[h]) for h in headers] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) for cell in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def format_claim(claim: Claim) -> str:
    """A claim as a readable block: who claims what, for which period, the figures and the checks."""
    who = claim.claimant or "unknown claimant"
    status = {"claimed": f"CLAIMED by {who} (not independently verified)",
              "reported": f"REPORTED by {who}", "confirmed": "CONFIRMED by independent sources"}[claim.status]
    period = f"{claim.period_start or '?'} to {claim.period_end or '?'}"
    if claim.period_days_stated:
        period += f" (stated: {claim.period_days_stated} days)"
    lines = [
        f"Claim {claim.id}  [{status}]",
        f"  actor: {claim.actor or '?'}   medium: {claim.medium or '-'}   country: {claim.country or '?'}",
        f"  period: {period}",
        "  figures:",
    ]
    for figure in claim.figures:
        facets = ", ".join(f"{k}={v}" for k, v in figure.facets().items() if k not in ("event_type",
                                                                                        "sub_event_type"))
        mark = " (part of a partial list)" if figure.partial else ""
        lines.append(f"    {figure.measure:<30} {figure.value:>6}  {facets}{mark}")
    if claim.checks:
        lines.append("  checks:")
        for check in claim.checks:
            flag = {True: "ok  ", False: "FAIL", None: "??  "}[check.ok]
            lines.append(f"    [{flag}] {check.kind} {check.facet or ''}: {check.detail}")
    return "\n".join(lines)


def format_extraction(extraction: Extraction) -> str:
    """A document and what was extracted from it, for reading in a terminal."""
    document = extraction.document
    head = f"== {document.path or document.id}  (document {document.id}"
    head += f", published {document.published})" if document.published else ")"
    parts = [head]
    if document.title:
        parts.append(f"   title: {document.title}")
    if not extraction.claims and not extraction.events:
        parts.append("   no incident or aggregate claim found")
    parts += [format_event(event) for event in extraction.events]
    parts += [format_claim(claim) for claim in extraction.claims]
    return "\n".join(parts) + "\n"


def _count(count: Count | None) -> str:
    if count is None:
        return "-"
    if count.best is not None and count.low in (None, count.best) and count.high in (None, count.best):
        text = str(count.best)
    else:
        text = f"{count.best if count.best is not None else '?'} (low {count.low if count.low is not None else '?'}, " \
               f"high {count.high if count.high is not None else '?'})"
    return text + (" vague" if count.vague else "")


def format_event(event: Event) -> str:
    """An incident as a readable block: what, who, when, where, how many, and the text behind each value."""
    status = {"claimed": f"CLAIMED by {event.claimant or event.actor1} (not independently verified)",
              "reported": "reported", "confirmed": "confirmed by independent sources"}[event.status]
    place = event.place
    where = "-"
    if place is not None:
        parts = [p for p in (place.name, place.admin2, place.admin1, place.country) if p]
        where = ", ".join(dict.fromkeys(parts))
        if place.latitude is not None and place.longitude is not None:
            where += f" ({place.latitude:.3f}, {place.longitude:.3f})"
        if place.geo_precision:
            where += f" [geo precision {place.geo_precision}]"
    when = f"{event.date_start or '?'}" + (f" [time precision {event.time_precision}]" if event.time_precision else "")
    lines = [
        f"Event {event.id}  [{status}]",
        f"  type:     {event.event_type} / {event.sub_event_type}   tactics: {', '.join(event.tactics) or '-'}"
        f"   GTD: {event.gtd_attack_type or '-'}",
        f"  actors:   {event.actor1 or '?'} -> {event.actor2 or '-'}   target: {event.target_category or '-'}",
        f"  when:     {when}",
        f"  where:    {where}",
        f"  killed {_count(event.killed)}; wounded {_count(event.wounded)}; killed or wounded "
        f"{_count(event.killed_or_wounded)}; captured {_count(event.captured)}",
        "  spans:",
    ]
    lines += [f"    {name:<10} {span.text!r}" for name, span in event.spans.items() if name != "event"]
    return "\n".join(lines)


def _register_stage_commands() -> None:
    """Commands that live with their stage (evaluation, reports and exports, linking and audit)."""
    from sitrep.analyze.cli import audit_command, incidents_command, link_command, trend_command, unlink_command
    from sitrep.evaluate.cli import eval_command
    from sitrep.report.cli import events_command, report_command
    from sitrep.server.cli import serve_command, user_command

    for name, command in (("eval", eval_command), ("report", report_command), ("events", events_command),
                          ("link", link_command), ("unlink", unlink_command), ("incidents", incidents_command),
                          ("audit", audit_command), ("trend", trend_command), ("serve", serve_command),
                      ("user", user_command)):
        main.add_command(command, name)


_register_stage_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
