"""The ``sitrep`` command: thin commands over the Python API.

Exit codes: 0 when every input succeeded, 1 when some failed, nothing matched, an id is unknown or an error stopped
the command, 2 for usage errors (bad options, unknown facets). The options every command shares (``--db``,
``-o/--output`` and ``--format``, the event filters) are written once in :mod:`sitrep.clitools`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

from sitrep import settings
from sitrep.clitools import (
    db_option,
    described,
    emit,
    filter_options,
    handle_errors,
    model_option,
    nothing_found,
    output_options,
)

if TYPE_CHECKING:
    from sitrep.ingest import ColumnMapping
    from sitrep.model import Attribution, Claim, Count, Event, Extraction, Source

# Start-up: every command imports what it needs when it runs (spaCy, matplotlib, DuckDB, pandas, FastAPI cost
# seconds together), and the commands that live with their stage are loaded only when they are called, so that
# ``sitrep --help`` and ``sitrep summary`` do not pay for the extractor or the charts.

F = TypeVar("F", bound=Callable[..., Any])
FACETS = ("tactic", "target", "region", "admin1", "item", "month", "event_type", "sub_event_type", "admin1_code",
          "claimant", "actor", "medium", "status", "country", "month", "year", "document", "measure")
"""The facets ``sitrep summary --by`` takes: :data:`sitrep.analyze.summary.FACETS` (a test keeps them equal),
written here so that the help does not open the store's modules."""

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
    from sitrep.ingest import ColumnMapping

    return ColumnMapping.parse(spec) if spec else None


def _published(value: str | None) -> date | None:
    from sitrep import api

    return api.parse_date(value, what="--published")


STAGE_COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": ("sitrep.analyze.cli", "audit_command",
              "Hold a claim's figures against independently reported incidents, per tactic, target and governorate."),
    "eval": ("sitrep.evaluate.cli", "eval_command",
             "Score extraction against the coded fields of FILE, field by field."),
    "events": ("sitrep.report.cli", "events_command", "Export the selected events as CSV, ACLED CSV, JSON, JSON Lines, "
               "GeoJSON, Parquet or SQLite."),
    "incidents": ("sitrep.analyze.cli", "incidents_command",
                  "List incidents: linked reports merged, counts low/best/high, every source."),
    "link": ("sitrep.analyze.cli", "link_command",
             "Link events that tell the same incident: new events join stored incidents or open new ones."),
    "report": ("sitrep.report.cli", "report_command", "Draw a report: a one-page infographic (PNG, SVG, PDF) or a "
               "self-contained HTML situation report."),
    "serve": ("sitrep.server.cli", "serve_command", "Serve the review desk: the review queue, incidents on a map, the "
              "review log and the reports, in the browser, with a JSON API (schema at /openapi.json)."),
    "train": ("sitrep.learn.cli", "train_command",
              "Train learned heads on coded FILES (CSV, optionally gzipped) and write a model file."),
    "trend": ("sitrep.analyze.cli", "trend_command",
              "Incidents and fatalities per week or month, with significant changes marked (Poisson tests)."),
    "unlink": ("sitrep.analyze.cli", "unlink_command",
               "Take EVENT_ID out of its incident: it becomes an incident of its own and stays so."),
    "user": ("sitrep.server.cli", "user_command",
             "Accounts of the review desk: each has a role and an API key (also its login password)."),
}
"""Commands that live with their stage: name → (module, attribute, the first paragraph of their help, which
``sitrep --help`` shows without importing the module; a test keeps it equal to the command's own)."""


class LazyGroup(click.Group):
    """A click group whose stage commands are imported only when called (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *STAGE_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in STAGE_COMMANDS and cmd_name not in self.commands:
            import importlib

            module, attribute, _ = STAGE_COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # As click's own, but a stage command not yet loaded is described by its help's first paragraph, so that
        # listing the commands imports none of them.
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in STAGE_COMMANDS and name not in self.commands:
                stub = click.Command(name, help=STAGE_COMMANDS[name][2])
                rows.append((name, stub.get_short_help_str(limit)))
            else:
                command = self.commands[name]
                if not command.hidden:
                    rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
@output_options(("text", "json", "jsonl"), "text", help="text: a readable listing; json/jsonl: DESIGN.md's records.")
@model_option
@handle_errors
def extract(files: Sequence[str], published: str | None, input_format: str | None, columns: str | None,
            max_bytes: int, fmt: str, output: str | None, model: str | bool | None) -> None:
    """Extract incidents and aggregate claims from FILES and print them (no database).

    \b
    Examples:
      sitrep extract page.txt --published 2020-10-08 --format json
      sitrep extract reports/*.txt --format jsonl -o extracted.jsonl
    """
    from sitrep import api
    from sitrep.model import Failure

    results: list[dict[str, Any]] = []
    texts: list[str] = []
    failed = 0
    extractor = api.default_extractor(model=model)
    for item in api.extract_files(files, published=_published(published), format=input_format,
                                  columns=_columns(columns), max_bytes=max_bytes, extractor=extractor):
        if isinstance(item, Failure):
            failed += 1
            click.echo(str(item), err=True)
        elif fmt != "text":
            results.append(item.to_dict())
        elif output is None:
            click.echo(format_extraction(item))  # a long batch shows each document as soon as it is read
        else:
            texts.append(format_extraction(item))
    if fmt == "json":
        emit(json.dumps(results, indent=2, ensure_ascii=False), output, what=f"{len(results)} documents")
    elif fmt == "jsonl":
        emit("\n".join(json.dumps(r, ensure_ascii=False) for r in results), output, what=f"{len(results)} documents")
    elif output is not None:
        emit("\n".join(texts), output, what=f"{len(texts)} documents")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@input_options
@handle_errors
@click.option("--format", "format_", type=click.Choice(INPUT_FORMATS), hidden=True,
              help="Deprecated: use --input-format (--format is the output format in every other command).")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link the new events to stored incidents (the same incident told by several reports).")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Extract in this many processes (this one writes the database).")
@click.option("--cluster", metavar="ADDRESS",
              help="Extract on a Dask cluster (tcp://HOST:8786; 'local' starts one here) and merge the results.")
@model_option
def ingest(paths: Sequence[str], db: str, published: str | None, input_format: str | None, columns: str | None,
           max_bytes: int, format_: str | None, link: bool, workers: int, cluster: str | None,
           model: str | bool | None) -> None:
    """Ingest files, folders, URL lists, feeds, WARC archives and PDFs: a line per failure, then the counts.

    Re-running an interrupted ingest resumes it: stored documents are not read into the database again.

    \b
    Examples:
      sitrep ingest reports/ feeds/extra.jsonl --db sitrep.duckdb
      sitrep ingest urls.txt crawl.warc.gz --workers 2
      sitrep ingest archive/ --cluster tcp://scheduler:8786
    """
    from sitrep import api
    from sitrep.progress import progress_bar

    if format_:
        click.echo(f"sitrep ingest: --format is deprecated, use --input-format {format_}", err=True)
    on_failure = lambda failure: click.echo(str(failure), err=True)  # noqa: E731
    if cluster:
        from sitrep.distributed import ingest_on_cluster

        report = ingest_on_cluster(paths, db=db, cluster=cluster, published=_published(published),
                                   format=format_ or input_format, columns=_columns(columns), max_bytes=max_bytes,
                                   on_failure=on_failure, link=link)
    else:
        from sitrep import heap

        heap.hand_back_large_blocks()  # before the extractor loads (api.ingest does it too, after: too late for that)
        with progress_bar(paths, what="documents") as advance:
            report = api.ingest(paths, db=db, published=_published(published), format=format_ or input_format,
                                columns=_columns(columns), max_bytes=max_bytes, on_failure=on_failure, link=link,
                                workers=workers, on_progress=advance, extractor=api.default_extractor(model=model))
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
@model_option
def reextract(db: str, everything: bool, link: bool, model: str | bool | None) -> None:
    """Run the current extractor again over stored documents and replace their events and claims.

    Records remember the extractor that made them (rule set and model, with versions); by default only documents
    made by another one are read again. Each document is replaced in its own transaction, and a document that
    fails keeps its old records. Your `sitrep unlink` decisions are kept.

    \b
    Example:
      sitrep reextract --db sitrep.duckdb
    """
    from sitrep import api

    report = api.reextract(db=db, everything=everything, link=link, extractor=api.default_extractor(model=model),
                           on_failure=lambda failure: click.echo(str(failure), err=True))
    click.echo(report.line())
    sys.exit(0 if report.ok else 1)


@main.command()
@db_option
@click.option("--id", "claim_id", help="Show only this claim.")
@output_options(("table", "json", "jsonl", "csv", "parquet"), "table",
                help="table: readable; json/jsonl: whole claims; csv/parquet: one row per figure.")
@filter_options
@click.option("--reviewed", is_flag=True, help="Only claims a reviewer accepted on the review desk (rejected claims "
              "are always left out).")
@handle_errors
def claims(db: str, claim_id: str | None, fmt: str, output: str | None, filters: Any, reviewed: bool) -> None:
    """List stored claims with their figures and checks, or export them.

    Filters read a claim's own fields: its country, status, actor or claimant (any alias), its figures'
    governorates and tactics or types, and its period (kept when it overlaps --since/--until).

    \b
    Examples:
      sitrep claims
      sitrep claims --actor Daesh --since 2020-01-01
      sitrep claims --format csv -o claims.csv
      sitrep claims --reviewed --format csv -o vetted-claims.csv
    """
    from sitrep.errors import NotFoundError
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        found = [claim for claim in store.claims(claim_id=claim_id) if filters.matches_claim(claim)]
        if not claim_id:
            from sitrep.store import reviews

            # Rejected claims are never listed; --reviewed keeps only the accepted ones.
            states = reviews.states(store, "claim")
            wanted = ("accepted",) if reviewed else ("accepted", "edited", None)
            found = [c for c in found if (states.get(("claim", c.id)) or {}).get("state") in wanted]
    if claim_id and not found:
        raise NotFoundError(f"no claim with id {claim_id!r}{described(filters)} in {db}; list them with: sitrep claims")
    if not found:
        nothing_found(f"no claims{described(filters)} in {db}" + (
            "" if filters.options() else f"; add documents with: sitrep ingest PATH --db {db}"))
    if fmt in ("jsonl", "csv", "parquet") or (output and fmt == "json"):
        from sitrep.report.cli import export_claims
        from sitrep.report.export import replacement_notice

        notice = replacement_notice(output) if output else None
        export_claims(db, fmt, output, claim_id=claim_id, claim_ids=[c.id for c in found], reviewed=reviewed)
        if notice:
            click.echo(notice, err=True)
        if output:
            click.echo(f"wrote {len(found)} claims to {output}", err=True)
        return
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], indent=2, ensure_ascii=False))
        return
    from sitrep.analyze.claims import sources

    with Store(db, read_only=True) as store:
        told_by = {claim.id: sources(store, claim.id) for claim in found}
    # A copy of a claim listed here is shown once, under the original, among its sources.
    shown = [claim for claim in found
             if not (claim.repeats and not claim_id and any(c.id == claim.repeats for c in found))]
    emit("\n".join(format_claim(claim, told_by.get(claim.id)) for claim in shown), output,
         what=f"{len(shown)} claims")


@main.command()
@db_option
@click.option("--by", "by", required=True, metavar="FACET[,FACET]",
              help=f"Facets to group by: {', '.join(FACETS)}.")
@click.option("--measure", help="Only this measure (operations, killed_or_wounded, …).")
@output_options(("table", "json", "jsonl", "csv"), "table")
@filter_options
@handle_errors
def summary(db: str, by: str, measure: str | None, fmt: str, output: str | None, filters: Any) -> None:
    """Sum claimed figures by facet, without counting a claim's totals and parts twice.

    Filters select claims as in `sitrep claims`. --by week or --by month alone gives incidents and fatalities over
    time instead, with each significant change marked (a Poisson rate test; see `sitrep trend`), filtered as there.

    \b
    Examples:
      sitrep summary --by admin1
      sitrep summary --by claimant,tactic --measure operations --country Syria
      sitrep summary --by month -o monthly.txt
    """
    from sitrep.analyze.summary import summarize
    from sitrep.store import Store

    facets = [f.strip() for f in by.split(",") if f.strip()]
    with Store(db, read_only=True) as store:
        if facets in (["week"], ["month"]) and measure is None:
            # Incidents over time, with the periods whose change is significant marked (as `sitrep trend`).
            from sitrep.analyze.cli import matching_event_ids
            from sitrep.analyze.trends import trend

            ids = matching_event_ids(store, filters)
            report = trend(store, facets[0], start=filters.since, end=filters.until,
                           include=None if ids is None else lambda i: any(s.event_id in ids for s in i.sources))
            if not any(row.incidents for row in report.rows):
                nothing_found(f"no incidents{described(filters)} in {db}")
            emit(json.dumps(report.to_dict(), indent=2, default=str) if fmt == "json" else report.table(), output,
                 what=f"{len(report.rows)} periods")
            return
        chosen = None
        if filters.options():
            chosen = [claim.id for claim in store.claims() if filters.matches_claim(claim)]
        rows = summarize(store, facets, measure=measure, claim_ids=chosen)
        stored = store.counts() if not rows else {}
    if not rows:
        # A store of event reports with no claim in it is common (ACLED-style notes); say where its numbers are.
        events = stored.get("events", 0)
        hint = (f" (it holds {events:,} event{'s' if events != 1 else ''} and no claims: summary sums claims' "
                "figures; `sitrep trend`, `sitrep incidents` and `sitrep events` count events)"
                if events and not stored.get("claims") else "")
        nothing_found(f"no claimed figures{described(filters)}" + (f" for {measure}" if measure else "")
                      + f" in {db}{hint}")
    emit(format_rows(rows, fmt), output, what=f"{len(rows)} rows")


@main.command()
@click.argument("document_id")
@db_option
@click.option("--undo", is_flag=True, help="Bring a forgotten document back.")
@handle_errors
def forget(document_id: str, db: str, undo: bool) -> None:
    """Retire a document by hand: its claims and events leave summaries, audits, reports, exports and incidents.

    Nothing is deleted; `sitrep forget DOCUMENT_ID --undo` brings it back and links its events again.
    Ids: sitrep history.

    \b
    Examples:
      sitrep forget 6441a28fc9bd490e
      sitrep forget 6441a28fc9bd490e --undo
    """
    from sitrep.store import Store

    with Store(db) as store:
        document = store.forget(document_id, undo=undo)
        if undo:
            # Forgetting took its events out of their incidents; linking places them again (and only them).
            from sitrep.analyze.linking import link_events

            link_events(store)
    where = document.path or document.url or ""
    click.echo(f"{'restored' if undo else 'forgot'} document {document.id}" + (f" ({where})" if where else ""))


@main.command()
@click.argument("document_id", required=False)
@db_option
@output_options(("table", "json", "jsonl", "csv"), "table")
@handle_errors
def history(document_id: str | None, db: str, fmt: str, output: str | None) -> None:
    """List stored documents with their versions: current, superseded (by which), or forgotten.

    A file or URL ingested again with changed text is stored as a new version that supersedes the old one; only
    current versions count in summaries, audits, reports and exports. With DOCUMENT_ID, only that source's versions.

    \b
    Examples:
      sitrep history
      sitrep history 6441a28fc9bd490e --format json
    """
    from sitrep.errors import NotFoundError
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        found = store.history(document_id)
    if document_id and not found:
        raise NotFoundError(f"no document with id {document_id!r} in {db}; list them with: sitrep history")
    if not found:
        nothing_found(f"no documents in {db}; add some with: sitrep ingest PATH --db {db}")
    rows = [{"id": r["id"], "status": r["status"] + (f" by {r['superseded_by']}" if r["status"] == "superseded"
                                                     else ""),
             "stored": str(r["stored_at"])[:19], "source": r["source_key"] or "", "title": r["title"] or ""}
            for r in found]
    emit(format_rows(rows, fmt), output, what=f"{len(rows)} documents")


# --- formatting ---------------------------------------------------------------------------------------------

def format_rows(rows: list[dict[str, Any]], output: str = "table") -> str:
    """Rows as an aligned table (numbers right-aligned), JSON, JSON Lines or CSV."""
    if output == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False, default=str)
    if output == "jsonl":
        return "\n".join(json.dumps(row, ensure_ascii=False, default=str) for row in rows)
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
    from sitrep.tables import align

    return "\n".join(align(headers, [[_cell(row[h]) for h in headers] for row in rows]))


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def format_claim(claim: Claim, told_by: list[dict] | None = None) -> str:
    """A claim as a readable block: who claims what, for which period, the figures and the checks; with
    ``told_by`` (rows of :func:`sitrep.analyze.claims.sources`), the outlets and documents that tell it."""
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
    if told_by:
        lines.append(f"  sources ({len(told_by)}):")
        for row in told_by:
            where = row.get("url") or row.get("title") or row["document_id"]
            when = f", {row['published']}" if row.get("published") else ""
            lines.append(f"    {row.get('source') or 'unknown outlet'}: {where}{when}")
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


def format_source(source: Source | None) -> str:
    """'Reuters (wire); speaker: a security source (official)', or '-'."""
    if source is None:
        return "-"
    outlet = f"{source.outlet or 'outlet unknown'}" + (f" ({source.outlet_kind})" if source.outlet_kind else "")
    if source.speaker:
        outlet += f"; speaker: {source.speaker}" + (f" ({source.speaker_kind})" if source.speaker_kind else "")
    return outlet


def format_attribution(attribution: Attribution | None) -> str:
    """'claimed by Islamic State via Amaq (later)', 'blamed on Islamic State by Iraqi officials', or 'none'."""
    if attribution is None:
        return "none (nobody claimed, blamed or denied it in this text)"
    who = attribution.actor or "?"
    if attribution.level == "claimed":
        text = f"CLAIMED by {attribution.by or who}"
    elif attribution.level == "blamed":
        text = f"BLAMED on {who}" + (f" by {attribution.by}" if attribution.by else "") + " (suspected)"
    else:
        text = f"DENIED by {attribution.by or who}"
    if attribution.medium:
        text += f" via {attribution.medium}"
    if attribution.statement_date:
        text += f" on {attribution.statement_date}"
    if attribution.later:
        text += " (later)"
    return text


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
        f"  source:   {format_source(event.source)}",
        f"  attribution: {format_attribution(event.attribution)}",
        "  spans:",
    ]
    lines += [f"    {name:<10} {span.text!r}" for name, span in event.spans.items() if name != "event"]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    main()
