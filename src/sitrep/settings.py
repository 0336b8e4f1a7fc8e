"""Settings, declared once: name, default, environment variable and help.

The CLI options and the README's settings table are derived from :data:`SETTINGS`; an environment variable
overrides the default, an explicit argument overrides both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sitrep.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, the environment variable that overrides it, and what it does."""

    name: str
    default: Any
    env: str
    help: str
    type: type = str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("db", "sitrep.duckdb", "SITREP_DB", "DuckDB database file."),
        Setting("max_bytes", 20 * 1024 * 1024, "SITREP_MAX_BYTES",
                "Largest input file read, in bytes; larger files are reported and skipped.", int),
        Setting("actors", None, "SITREP_ACTORS",
                "A CSV of extra actor aliases (columns: canonical,kind,category,country,owner,parent,aliases)."),
        Setting("places", None, "SITREP_PLACES",
                "CSV files of extra places (columns: name,country,admin1,admin2,latitude,longitude"
                "[,alternate_names]); several separated by ':'."),
        Setting("model", "default", "SITREP_MODEL",
                "The learned model stacked on the rules: a model file from `sitrep train`, 'default' for the shipped "
                "model (the default; without the 'model' extra the rules run alone, said once), or 'none' for the "
                "rules alone."),
        Setting("ingest_memory", "512MB", "SITREP_INGEST_MEMORY",
                "DuckDB's memory limit while `sitrep ingest` writes and links (e.g. 512MB, 2GB; 'none' for DuckDB's "
                "own, 80% of the machine's memory): a long ingest's memory stays bounded, blocks beyond it are read "
                "again from the database file. Queries, reports and exports keep DuckDB's own limit."),
        Setting("ingest_link_process", "on", "SITREP_INGEST_LINK_PROCESS",
                "Whether a long `sitrep ingest` runs each link step it makes every 10,000 new events in a short-lived "
                "child process ('on'), so that the memory a step used goes back to the system when it ends, or in "
                "its own ('off'). The link at the end of a run, and every link of an ingest given an open store or "
                "an in-memory database, runs in the ingesting process."),
        Setting("ingest_defer_checkpoint", "off", "SITREP_INGEST_DEFER_CHECKPOINT",
                "Whether a long `sitrep ingest` whose link steps run in child processes leaves DuckDB's checkpoints "
                "(the write-ahead log written into the file, the indexes with it) to those children ('on'), so that "
                "the memory a checkpoint takes leaves with them, or makes them itself ('off', the default: at "
                "100,000 documents 'on' was 11% faster and peaked 131 MB lower, but its first documents, with no "
                "checkpoint at all, cost 0.70x its last, and resident memory grew +2.0 against +1.5 MB per 1,000). "
                "The run's last checkpoint, when it closes the store, is its own either way."),
        Setting("ingest_extract_recycle", 10_000, "SITREP_INGEST_EXTRACT_RECYCLE",
                "Documents a `sitrep ingest` extracts in one worker process before it is replaced by a fresh one "
                "(forked from the ingesting process, which then only writes): what extraction accumulates for a "
                "process's life, spaCy's vocabulary of every new word read, leaves with each worker, so a long "
                "ingest's memory does not grow with it. 0 extracts in the ingesting process itself (or in the "
                "--workers processes, kept for the whole run). The records are the same either way.", int),
        Setting("tokenizer_cache_bound", "on", "SITREP_TOKENIZER_CACHE_BOUND",
                "Whether the extractor keeps spaCy's tokenizer cache bounded ('on'): the splits of the first "
                "million characters read are kept, later ones dropped every 1,000 documents, so a long ingest's "
                "memory does not grow with the new words each document brings; 'off' keeps every split for the "
                "process's life. The records are the same either way."),
    )
}


ON = ("on", "true", "yes", "1")
OFF = ("off", "false", "no", "0", "none")
"""The spellings of an on/off setting (:func:`switch`)."""


def switch(name: str, value: str | None = None, *, argument: str | None = None) -> bool:
    """Whether on/off setting ``name`` is on: ``value`` if given, else its environment variable, else the default.

    Raises ConfigError for anything but on/off (true/false, yes/no, 1/0), naming where the value came from: the
    ``argument`` a caller passed it as, or the environment variable.
    """
    chosen = str(get(name, value)).strip().lower()
    if chosen in ON:
        return True
    if chosen in OFF:
        return False
    named = (argument or name) if value is not None else SETTINGS[name].env
    raise ConfigError(f"{named}={chosen!r} is neither on nor off")


def get(name: str, value: Any = None) -> Any:
    """The value of setting ``name``: ``value`` if given, else its environment variable, else the default."""
    setting = SETTINGS[name]
    if value is not None:
        return value
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    try:
        return setting.type(raw)
    except ValueError as error:
        raise ConfigError(f"{setting.env}={raw!r} is not a valid {setting.type.__name__}: {error}") from error
