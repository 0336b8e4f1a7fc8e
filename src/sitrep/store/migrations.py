"""The database schema as numbered migrations.

Each migration is ``(version, name, statements)``. Versions run 1, 2, 3, … without gaps; each is applied in its own
transaction together with its row in ``schema_migrations(version, name, applied_at)``, so a database is always at
exactly one version and opening an up-to-date database applies nothing. A migration, once released, is never
edited: change the schema by appending a new one. Column names are the field names of :mod:`sitrep.model`
(DESIGN.md is the contract); a test fails when a model field has no column.

Schema at version 1::

    documents   one row per Document; comments VARCHAR[]; seq (order stored), stored_at
    claims      one row per Claim, without its lists; places JSON; ordinal (position in its document)
    figures     one row per Figure: claim_id, ordinal, the figure's fields, span_start/span_end/span_text
    checks      one row per Check: claim_id, ordinal, the check's fields
    spans       one row per Span of a claim or event: owner_kind ('claim' | 'event'), owner_id, field,
                from_value (False: an entry of the record's ``spans`` dict, keyed by field; True: the span carried
                by the value in that field, e.g. Event.place.span or Event.killed.span), ordinal, start, "end", text
    events      one row per Event: Counts flattened to <name>_low/_best/_high/_vague (_vague NULL when the Count
                itself is absent), Place flattened to place_name, country, admin1, …; tactics VARCHAR[];
                materiel and candidate places JSON; ordinal (position in its document)

Version 2 adds::

    incident_links  one row per event that linking (or a person) has placed in an incident: event_id,
                    incident_id (the same value as events.incident_id), method ('linked' by sitrep link, 'unlinked'
                    by hand: such an event stays alone in later runs), linked_at. Written only through
                    :func:`sitrep.store.incidents.assign`, together with events.incident_id.

Version 3 adds::

    events.trace      JSON: per field, the Evidence that decided it (rule or model, confidence, spans)
    events.extractor  the extractor's name and version ("sitrep-rules/1.1", "+model:…" when a model joined)
    claims.extractor  likewise; NULL for records stored before version 3

Version 4 adds (document versions, see :meth:`sitrep.store.Store.save` and :meth:`~sitrep.store.Store.forget`)::

    documents.source_key     where the text came from: its URL, else its path (``file.jsonl:3`` for a record)
    documents.superseded_by  the id of the next version from the same source_key; NULL for the current one
    documents.forgotten_at   set by ``sitrep forget``; NULL again after ``sitrep forget --undo``

A document is *current* when both are NULL; summaries, audits, reports and exports read current documents only
(:data:`sitrep.store.CURRENT_DOCUMENTS`), and nothing is deleted, so the history stays.

Version 5 adds (claims told by several outlets, denials, monthly figures)::

    figures.month    YYYY-MM: a monthly part of a longer period
    claims.stance    'claim', 'denial' or 'counter'; claims.answers: the claim a denial or counter-claim answers
    claims.repeats   the earlier claim this one relays (another outlet's copy), counted once by summaries
    claims.disputed_by  who rejected the claim's figures in the same text

Version 6 adds (watched feeds, see :mod:`sitrep.store.feeds`)::

    feeds           one row per watched feed: url, etag and last_modified (the validators of its last 200 answer,
                    sent back as If-None-Match / If-Modified-Since), checked_at, status (the last outcome, one line),
                    entries (how many the last answer listed)
    fetched_urls    one row per article URL already fetched from any feed: url, document_id (NULL when the page
                    gave no document), status, fetched_at. An article carried by several feeds is fetched once.

Version 7 adds (the review desk, :mod:`sitrep.store.reviews`)::

    review_log    append-only: one row per changed field of one record (seq, action_id grouping the rows of one
                  action, logged_at, reviewer, action accept/reject/edit/merge/split/undo, record_kind, document_id,
                  anchor_start/anchor_end: the record's anchor span in the document, field, before/after JSON,
                  why, record_id at the time, undoes: the seq an undo reverses). Keyed by document and span, not
                  by record ids, so it outlives re-extraction and re-linking. Never updated, never deleted.
    review_state  derived from review_log for today's record ids (accepted | edited | rejected), rewritten
                  whenever the log grows or records are re-extracted; exports filter on it.
    users         name, role (viewer, coder, reviewer, admin), key_hash (sha256 of the API key), created_at,
                  disabled.

Version 8 adds the three questions kept apart (source, attribution, verification ``status``)::

    events.source_outlet, source_outlet_kind, source_speaker, source_speaker_kind, source_speaks_for
                          the Source (the document's outlet and the speaker the text cites), flattened
    events.source_kind    Source.kind: the kind that decides independence (perpetrator_media, state_media,
                          official, monitor, wire, independent)
    events.attribution    claimed | blamed | denied | NULL, with attribution_actor, attribution_by,
                          attribution_by_kind, attribution_medium, attribution_mode (GTD claimmode),
                          attribution_date (of the statement), attribution_later
    events.dateline       JSON Place: the story's dateline, context for geocoding
    claims.source_*       the claim's Source, as for events

An older database is upgraded in place: events with a claimant get attribution 'claimed' by it, and every event and
claim gets its document's outlet as ``source_outlet`` (its kind stays NULL until ``sitrep reextract``).

Version 9 adds (databases written before values were checked at the store's edge)::

    repairs    one row per value set aside: table_name, row_id (a figure: claim_id:ordinal), column_name,
               old_value (as text), reason, repaired_at. Dates outside 1800–2199, stated periods over a hundred
               years and counts over ten billion (a whole Count: low, best, high) become NULL; a figure over the
               limit is deleted (its value cannot be NULL). Reports, exports and linking then never meet a value
               that date arithmetic or a chart cannot take, and nothing is lost without its reason.

Version 10 adds (linking cost bounded by what is new, see :mod:`sitrep.store.link_features`)::

    link_features  one row per event that a linking run has read: what the pair score compares (day, place keys,
                   types, actor families, tolls, content words), computed from the event, its document's dateline,
                   the gazetteer and the actor table. A cache: ``version`` (the feature code's) and ``fingerprint``
                   (a hash of the event's columns) tell a stale row, which the next run recomputes; an existing
                   database starts with none and fills as it links.

Version 11 adds (claims split by country, "17 attacks in Iraq and 4 in Syria")::

    figures.country  the country a part is about: an ISO 3166-1 alpha-2 code once geocoded; NULL for a figure that
                     is not split by country (the claim's own country is claims.country)

Version 12 drops the primary keys of the tables that grow with every document (memory bounded over a long ingest)::

    documents, claims, figures, checks, spans, events, incident_links, link_features
                     rebuilt without their PRIMARY KEY (same columns, order, NOT NULLs and defaults). Each key was
                     an ART index over random hashes that DuckDB keeps whole in memory, outside its buffer pool:
                     +1.1 MB per 1,000 documents ingested. The ids are content hashes (a document's of its text, a
                     record's of its document and position) and the one write path keeps them unique: a stored
                     document is skipped (:meth:`sitrep.store.Store.stored_ids`, ``save_new``, ``_save``),
                     re-extraction and review edits replace or update rows. :func:`sitrep.store.validate.duplicates`
                     checks it by query. The small tables (feeds, fetched_urls, review tables, users) keep theirs.

Version 13 adds (the claim steps of an ingest bounded by what is new, see :mod:`sitrep.store.claim_steps`)::

    claim_steps    one row per step that compares stored claims with each other ('repeats': the same claim relayed
                   by several outlets; 'series': totals that contradict an earlier claim of the same series):
                   through_seq, the highest ``documents.seq`` the step had seen when it last ran, and actors, a hash
                   of the actor table's affiliations it compared claimants with. A later run compares only the
                   claims of documents stored after ``through_seq``. A change that this cannot see (a document made
                   current again, forgotten, re-extracted, a claim reviewed) deletes the rows, and the next run
                   compares every claim again; an existing database starts with none.

Version 14 adds (a stored linking feature row proved current without hashing the event, see
:mod:`sitrep.store.link_features`)::

    events.written          a stamp from the sequence ``events_written_seq``, new for every row inserted (its
                            column default) and taken again by every update of the event's values (the review
                            desk's writes): the stamp changes whenever what the event's features are computed from
                            may have changed, a re-extraction under the same id (its spans, which give the words
                            and the night flag) included
    link_features.written   (was ``fingerprint``, a hash of 24 event columns) the event's stamp when its features
                            were computed: the row is current while it equals ``events.written``

An older database's events get a stamp each; its feature rows that matched their event's hash are kept (given
the event's stamp), the others deleted, to be recomputed by the next linking run as before.

No foreign keys: DuckDB refuses to delete a parent row and its children in one transaction, which would block
re-extraction later; integrity is kept by the one write path instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import duckdb

from sitrep.errors import StoreError
from sitrep.store.database import FIX, transaction

Step = str | Callable[[duckdb.DuckDBPyConnection], None]
"""One step of a migration: a SQL statement, or a function that runs statements it derives from the database's own
catalog (a table rebuilt as it is, whatever order its columns were added in)."""


class Migration(NamedTuple):
    """One step of the schema: its version number, a short name and the SQL statements (or steps) it runs."""

    version: int
    name: str
    statements: tuple[Step, ...]


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", (
        "CREATE SEQUENCE documents_seq START 1",
        """
        CREATE TABLE documents (
            id          VARCHAR PRIMARY KEY,
            seq         BIGINT NOT NULL DEFAULT nextval('documents_seq'),
            url         VARCHAR,
            source      VARCHAR,
            title       VARCHAR,
            published   DATE,
            language    VARCHAR NOT NULL,
            text        VARCHAR NOT NULL,
            comments    VARCHAR[] NOT NULL,
            format      VARCHAR NOT NULL,
            encoding    VARCHAR,
            path        VARCHAR,
            ingested_at TIMESTAMPTZ NOT NULL,
            stored_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )
        """,
        """
        CREATE TABLE claims (
            id                 VARCHAR PRIMARY KEY,
            document_id        VARCHAR NOT NULL,
            ordinal            INTEGER NOT NULL,
            claimant           VARCHAR,
            actor              VARCHAR,
            medium             VARCHAR,
            status             VARCHAR NOT NULL,
            period_start       VARCHAR,
            period_end         VARCHAR,
            period_days_stated INTEGER,
            country            VARCHAR,
            places             JSON NOT NULL
        )
        """,
        """
        CREATE TABLE figures (
            claim_id       VARCHAR NOT NULL,
            ordinal        INTEGER NOT NULL,
            measure        VARCHAR NOT NULL,
            value          BIGINT NOT NULL,
            event_type     VARCHAR,
            sub_event_type VARCHAR,
            tactic         VARCHAR,
            target         VARCHAR,
            region         VARCHAR,
            admin1         VARCHAR,
            admin1_code    VARCHAR,
            item           VARCHAR,
            label          VARCHAR,
            partial        BOOLEAN NOT NULL,
            span_start     INTEGER,
            span_end       INTEGER,
            span_text      VARCHAR,
            PRIMARY KEY (claim_id, ordinal)
        )
        """,
        """
        CREATE TABLE checks (
            claim_id VARCHAR NOT NULL,
            ordinal  INTEGER NOT NULL,
            kind     VARCHAR NOT NULL,
            facet    VARCHAR,
            expected DOUBLE,
            actual   DOUBLE,
            ok       BOOLEAN,
            detail   VARCHAR NOT NULL,
            PRIMARY KEY (claim_id, ordinal)
        )
        """,
        """
        CREATE TABLE spans (
            owner_kind VARCHAR NOT NULL,
            owner_id   VARCHAR NOT NULL,
            field      VARCHAR NOT NULL,
            from_value BOOLEAN NOT NULL,
            ordinal    INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR NOT NULL,
            PRIMARY KEY (owner_kind, owner_id, from_value, field)
        )
        """,
        """
        CREATE TABLE events (
            id                     VARCHAR PRIMARY KEY,
            document_id            VARCHAR NOT NULL,
            ordinal                INTEGER NOT NULL,
            date_start             DATE,
            date_end               DATE,
            time_precision         INTEGER,
            event_type             VARCHAR,
            sub_event_type         VARCHAR,
            tactics                VARCHAR[] NOT NULL,
            gtd_attack_type        VARCHAR,
            actor1                 VARCHAR,
            actor2                 VARCHAR,
            target_category        VARCHAR,
            place_name             VARCHAR,
            country                VARCHAR,
            admin1                 VARCHAR,
            admin1_code            VARCHAR,
            admin2                 VARCHAR,
            locality               VARCHAR,
            latitude               DOUBLE,
            longitude              DOUBLE,
            geo_precision          INTEGER,
            gazetteer_id           VARCHAR,
            killed_low             BIGINT,
            killed_best            BIGINT,
            killed_high            BIGINT,
            killed_vague           BOOLEAN,
            wounded_low            BIGINT,
            wounded_best           BIGINT,
            wounded_high           BIGINT,
            wounded_vague          BOOLEAN,
            killed_or_wounded_low  BIGINT,
            killed_or_wounded_best BIGINT,
            killed_or_wounded_high BIGINT,
            killed_or_wounded_vague BOOLEAN,
            captured_low           BIGINT,
            captured_best          BIGINT,
            captured_high          BIGINT,
            captured_vague         BOOLEAN,
            materiel               JSON NOT NULL,
            places                 JSON NOT NULL,
            status                 VARCHAR NOT NULL,
            claimant               VARCHAR,
            confidence             DOUBLE,
            incident_id            VARCHAR
        )
        """,
    )),
    Migration(2, "incident links", (
        """
        CREATE TABLE incident_links (
            event_id    VARCHAR PRIMARY KEY,
            incident_id VARCHAR NOT NULL,
            method      VARCHAR NOT NULL,
            linked_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )
        """,
    )),
    Migration(3, "evidence trace and extractor version", (
        "ALTER TABLE events ADD COLUMN trace JSON",
        "ALTER TABLE events ADD COLUMN extractor VARCHAR",
        "ALTER TABLE claims ADD COLUMN extractor VARCHAR",
    )),
    Migration(4, "document versions", (
        "ALTER TABLE documents ADD COLUMN source_key VARCHAR",
        "ALTER TABLE documents ADD COLUMN superseded_by VARCHAR",
        "ALTER TABLE documents ADD COLUMN forgotten_at TIMESTAMPTZ",
        "UPDATE documents SET source_key = coalesce(url, path)",
        # Versions stored before this migration: each is superseded by the next one stored from the same source.
        """
        UPDATE documents SET superseded_by = later.next_id FROM (
            SELECT id, lead(id) OVER (PARTITION BY source_key ORDER BY seq) AS next_id
            FROM documents WHERE source_key IS NOT NULL
        ) later WHERE later.id = documents.id AND later.next_id IS NOT NULL
        """,
    )),
    Migration(5, "claim sources, denials and monthly figures", (
        "ALTER TABLE figures ADD COLUMN month VARCHAR",
        "ALTER TABLE claims ADD COLUMN stance VARCHAR NOT NULL DEFAULT 'claim'",
        "ALTER TABLE claims ADD COLUMN answers VARCHAR",
        "ALTER TABLE claims ADD COLUMN repeats VARCHAR",
        "ALTER TABLE claims ADD COLUMN disputed_by VARCHAR",
    )),
    Migration(6, "feed state and fetched article URLs", (
        """
        CREATE TABLE feeds (
            url           VARCHAR PRIMARY KEY,
            etag          VARCHAR,
            last_modified VARCHAR,
            checked_at    TIMESTAMPTZ,
            status        VARCHAR,
            entries       INTEGER
        )
        """,
        """
        CREATE TABLE fetched_urls (
            url         VARCHAR PRIMARY KEY,
            document_id VARCHAR,
            status      VARCHAR NOT NULL,
            fetched_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )
        """,
    )),
    Migration(7, "review log, review state and users", (
        "CREATE SEQUENCE review_log_seq START 1",
        """
        CREATE TABLE review_log (
            seq          BIGINT PRIMARY KEY DEFAULT nextval('review_log_seq'),
            action_id    VARCHAR NOT NULL,
            logged_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
            reviewer     VARCHAR NOT NULL,
            action       VARCHAR NOT NULL,
            record_kind  VARCHAR NOT NULL,
            document_id  VARCHAR NOT NULL,
            anchor_start INTEGER NOT NULL,
            anchor_end   INTEGER NOT NULL,
            field        VARCHAR NOT NULL,
            before       JSON,
            after        JSON,
            why          VARCHAR NOT NULL,
            record_id    VARCHAR,
            undoes       BIGINT
        )
        """,
        """
        CREATE TABLE review_state (
            record_kind VARCHAR NOT NULL,
            record_id   VARCHAR NOT NULL,
            state       VARCHAR NOT NULL,
            reviewer    VARCHAR,
            decided_at  TIMESTAMPTZ,
            PRIMARY KEY (record_kind, record_id)
        )
        """,
        """
        CREATE TABLE users (
            name       VARCHAR PRIMARY KEY,
            role       VARCHAR NOT NULL,
            key_hash   VARCHAR NOT NULL,
            created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
            disabled   BOOLEAN NOT NULL DEFAULT false
        )
        """,
    )),
    Migration(8, "source, attribution and verification kept apart", (
        *(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR" for table in ("events", "claims") for column in (
            "source_outlet", "source_outlet_kind", "source_speaker", "source_speaker_kind", "source_speaks_for",
            "source_kind")),
        *(f"ALTER TABLE events ADD COLUMN {column} VARCHAR" for column in (
            "attribution", "attribution_actor", "attribution_by", "attribution_by_kind", "attribution_medium",
            "attribution_mode")),
        "ALTER TABLE events ADD COLUMN attribution_date DATE",
        "ALTER TABLE events ADD COLUMN attribution_later BOOLEAN",
        "ALTER TABLE events ADD COLUMN dateline JSON",
        # What an older database knew: a claimant means a claim; the outlet is the document's.
        "UPDATE events SET attribution = 'claimed', attribution_by = claimant, "
        "attribution_actor = coalesce(actor1, claimant), attribution_later = false WHERE claimant IS NOT NULL",
        "UPDATE events SET source_outlet = d.source FROM documents d WHERE d.id = events.document_id",
        "UPDATE claims SET source_outlet = d.source FROM documents d WHERE d.id = claims.document_id",
    )),
]


def _repairs() -> tuple[str, ...]:
    """Migration 9's statements: each value a database stored before sitrep checked values (see
    :mod:`sitrep.store.validate`) that lies outside today's limits is copied to ``repairs`` with its reason, then
    set to NULL (a whole Count for a count; a figure row, whose value cannot be NULL, is deleted). The limits are
    written out here, not read from ``validate``: a released migration never changes, even when the limits do."""
    first, last = "DATE '1800-01-01'", "DATE '2199-12-31'"
    stamp = "stored before sitrep checked values; set aside by migration 9"

    def repair(table: str, key: str, column: str, bad: str, reason: str, *, clear: Sequence[str] = (),
               delete: bool = False) -> list[str]:
        note = f"{column} {reason} ({stamp})".replace("'", "''")
        record = (f"INSERT INTO repairs (table_name, row_id, column_name, old_value, reason) SELECT '{table}', "
                  f"{key}, '{column}', CAST({column} AS VARCHAR), '{note}' FROM {table} WHERE {bad}")
        if delete:
            return [record, f"DELETE FROM {table} WHERE {bad}"]
        cleared = ", ".join(f"{name} = NULL" for name in (column, *clear))
        return [record, f"UPDATE {table} SET {cleared} WHERE {bad}"]

    def outside(expression: str) -> str:
        return f"({expression} IS NOT NULL AND ({expression} < {first} OR {expression} > {last}))"

    dates = "is outside 1800-01-01 to 2199-12-31"
    statements = [
        """
        CREATE TABLE repairs (
            table_name  VARCHAR NOT NULL,
            row_id      VARCHAR NOT NULL,
            column_name VARCHAR NOT NULL,
            old_value   VARCHAR,
            reason      VARCHAR NOT NULL,
            repaired_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )
        """,
        *repair("documents", "id", "published", outside("published"), dates),
        *repair("events", "id", "date_start", outside("date_start"), dates),
        *repair("events", "id", "date_end", outside("date_end"), dates),
        *repair("claims", "id", "period_start", outside("TRY_CAST(period_start AS DATE)"), dates),
        *repair("claims", "id", "period_end", outside("TRY_CAST(period_end AS DATE)"), dates),
        *repair("claims", "id", "period_days_stated", "period_days_stated NOT BETWEEN 0 AND 36525",
                "is over the limit of 36,525 days (a hundred years)"),
        *repair("figures", "claim_id || ':' || ordinal", "month", outside("TRY_CAST(month || '-01' AS DATE)"),
                dates),
        *repair("figures", "claim_id || ':' || ordinal", "value", "value NOT BETWEEN 0 AND 10000000000",
                "is over the limit of 10,000,000,000 (more than the world's population); the figure is removed",
                delete=True),
    ]
    for name in ("killed", "wounded", "killed_or_wounded", "captured"):
        parts = [f"{name}_{end}" for end in ("low", "best", "high")]
        bad = " OR ".join(f"{part} NOT BETWEEN 0 AND 10000000000" for part in parts)
        statements += repair("events", "id", f"{name}_best", f"({bad})",
                             "(or its low or high) is over the limit of 10,000,000,000; the count is removed",
                             clear=[f"{name}_low", f"{name}_high", f"{name}_vague"])
    return tuple(statements)


MIGRATIONS.append(Migration(9, "values stored before validation set aside", _repairs()))

MIGRATIONS.append(Migration(10, "linking features of stored events", (
    """
    CREATE TABLE link_features (
        event_id       VARCHAR PRIMARY KEY,
        version        INTEGER NOT NULL,
        fingerprint    UBIGINT NOT NULL,
        day            INTEGER,
        precise        BOOLEAN NOT NULL,
        country        VARCHAR,
        admin1         VARCHAR,
        admin1_alt     VARCHAR[] NOT NULL,
        localities     VARCHAR[] NOT NULL,
        loose          VARCHAR[] NOT NULL,
        own            BOOLEAN NOT NULL,
        latitude       DOUBLE,
        longitude      DOUBLE,
        event_type     VARCHAR,
        sub_event_type VARCHAR,
        family         INTEGER,
        tactics        BIGINT NOT NULL,
        actor1         VARCHAR,
        actor2         VARCHAR,
        killed         BIGINT,
        wounded        BIGINT,
        claimed        BOOLEAN NOT NULL,
        night          BOOLEAN NOT NULL,
        words          VARCHAR NOT NULL
    )
    """,
)))

MIGRATIONS.append(Migration(11, "figures split by country", (
    # IF NOT EXISTS: a database written by today's insert into an older schema may hold the column already.
    "ALTER TABLE figures ADD COLUMN IF NOT EXISTS country VARCHAR",
)))

UNKEYED_TABLES = ("documents", "claims", "figures", "checks", "spans", "events", "incident_links", "link_features")
"""The tables migration 12 rebuilds without a primary key: each grows with the documents ingested."""


def rebuild_without_keys(table: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """A step that rebuilds ``table`` without its PRIMARY KEY (DuckDB cannot drop one in place): a new table with the
    same columns in the same order, the same types, NOT NULLs and defaults, read from the catalog; the rows copied;
    the old table dropped and the new one renamed. Runs inside the migration's transaction: all or nothing."""

    def step(con: duckdb.DuckDBPyConnection) -> None:
        found = con.execute(
            "SELECT column_name, data_type, is_nullable, column_default FROM duckdb_columns() WHERE table_name = ? "
            "AND schema_name = current_schema() AND database_name = current_database() ORDER BY column_index",
            [table]).fetchall()
        if not found:
            raise StoreError(f"migration 12: no table {table!r} to rebuild")
        definitions = ", ".join(
            f'"{name}" {kind}' + ("" if nullable else " NOT NULL") + ("" if default is None else f" DEFAULT {default}")
            for name, kind, nullable, default in found)
        names = ", ".join(f'"{row[0]}"' for row in found)
        rebuilt = f"{table}__rebuilt"
        con.execute(f'CREATE TABLE "{rebuilt}" ({definitions})')
        con.execute(f'INSERT INTO "{rebuilt}" ({names}) SELECT {names} FROM "{table}"')
        con.execute(f'DROP TABLE "{table}"')
        con.execute(f'ALTER TABLE "{rebuilt}" RENAME TO "{table}"')

    return step


MIGRATIONS.append(Migration(12, "no primary keys on the tables that grow with documents", tuple(
    rebuild_without_keys(table) for table in UNKEYED_TABLES)))

MIGRATIONS.append(Migration(13, "claim steps bounded by what is new", (
    """
    CREATE TABLE claim_steps (
        step        VARCHAR PRIMARY KEY,
        through_seq BIGINT NOT NULL,
        actors      VARCHAR NOT NULL,
        done_at     TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
    )
    """,
)))

_OLD_FINGERPRINT = (
    "hash(e.document_id, e.date_start, e.time_precision, e.event_type, e.sub_event_type, e.tactics, e.actor1, "
    "e.actor2, e.place_name, e.country, e.admin1, e.admin1_code, e.admin2, e.locality, e.latitude, e.longitude, "
    "e.geo_precision, e.gazetteer_id, e.killed_best, e.killed_vague, e.wounded_best, e.wounded_vague, e.places, "
    "e.status)"
)
"""How a feature row was proved current from migration 10 until migration 14 (the fingerprint of ``link_features``),
written out: a released migration does not change with the code's column lists."""

MIGRATIONS.append(Migration(14, "events stamped when written; linking features keyed by the stamp", (
    "CREATE SEQUENCE events_written_seq START 1",
    # The existing rows take the default one by one (each its own number); every later insert takes the next.
    "ALTER TABLE events ADD COLUMN written UBIGINT DEFAULT nextval('events_written_seq')",
    # A feature row stays only if it was current by the old test; its fingerprint becomes the event's stamp.
    "DELETE FROM link_features WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = link_features.event_id "
    f"AND link_features.fingerprint = {_OLD_FINGERPRINT})",
    "UPDATE link_features SET fingerprint = e.written FROM events e WHERE e.id = link_features.event_id",
    "ALTER TABLE link_features RENAME COLUMN fingerprint TO written",
)))

_CREATE_MIGRATIONS_TABLE = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version    INTEGER PRIMARY KEY,
        name       VARCHAR NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
    )
"""


def validate(migrations: Sequence[Migration]) -> None:
    """Raise StoreError unless versions run 1, 2, 3, … in order: a gap or a repeat is a programming error that
    would otherwise leave databases at versions no release ever had."""
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise StoreError(f"migration {migration.name!r} has version {migration.version}, expected {expected}: "
                             "migrations must be numbered 1, 2, 3, … in order")


def latest(migrations: Sequence[Migration] | None = None) -> int:
    """The schema version the code expects: the last migration's number (0 when there are none)."""
    migrations = MIGRATIONS if migrations is None else migrations
    return migrations[-1].version if migrations else 0


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version a database is at: the highest applied migration, 0 for a database sitrep never touched."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'schema_migrations' AND table_schema = current_schema() "
        "AND table_catalog = current_database()"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def check_version(con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool,
                  migrations: Sequence[Migration] | None = None) -> int:
    """Raise StoreError when the database cannot be used as it is: newer than this code, or (read-only) older.

    Returns the database's version.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    version, wanted = current_version(con), latest(migrations)
    if version > wanted:
        raise StoreError(f"{path}: the database is at schema version {version}, newer than this sitrep knows "
                         f"({wanted}); upgrade sitrep or {FIX}")
    if read_only and version < wanted:
        raise StoreError(f"{path}: the database is at schema version {version} and needs migrating to {wanted}; "
                         "open it once without read-only")
    return version


def migrate(con: duckdb.DuckDBPyConnection, *, path: str, migrations: Sequence[Migration] | None = None) -> list[int]:
    """Bring the database up to the latest migration; return the versions applied (empty when up to date).

    ``migrations`` defaults to :data:`MIGRATIONS`, read at call time so that tests can substitute a list.
    Each migration is applied in its own transaction through the one write path, and the version is re-read
    inside that transaction, so re-running (or a second connection racing this one) applies nothing twice. A new
    database (version 0) gets them all in one transaction instead: it is created whole or not at all, and a
    transaction per migration (thirteen commits, and the version read again before each) cost 40 ms more CPU, a
    fixed cost of every new database, ``sitrep ingest`` into one included.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    validate(migrations)
    version = check_version(con, path=path, read_only=False, migrations=migrations)
    if version == latest(migrations):
        return []
    if version == 0:
        created = transaction(con, lambda c: _create(c, migrations), path=path,
                              what=f"create the database's schema (migrations 1 to {latest(migrations)})")
        if created is not None:
            return created
    transaction(con, lambda c: c.execute(_CREATE_MIGRATIONS_TABLE), path=path, what="create schema_migrations")
    applied: list[int] = []
    for migration in migrations:

        def apply(c: duckdb.DuckDBPyConnection, migration: Migration = migration) -> bool:
            if current_version(c) >= migration.version:
                return False
            _apply(c, migration)
            return True

        what = f"apply migration {migration.version} ({migration.name})"
        if transaction(con, apply, path=path, what=what):
            applied.append(migration.version)
    return applied


def _create(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration]) -> list[int] | None:
    """Apply every migration to a new database inside the caller's transaction; None (nothing done) when the
    database is no longer new (another connection got there first), for the caller to go on one by one."""
    if current_version(con) != 0:
        return None
    con.execute(_CREATE_MIGRATIONS_TABLE)
    for migration in migrations:
        _apply(con, migration)
    return [migration.version for migration in migrations]


def _apply(con: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    """Run ``migration``'s steps and record it as applied (inside the caller's transaction)."""
    for statement in migration.statements:
        if callable(statement):
            statement(con)
        else:
            con.execute(statement)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [migration.version, migration.name])
