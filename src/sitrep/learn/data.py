"""Training rows from coded files: the text a coder read and the labels they gave, template text stripped.

==========  ==================================  ==========================================================
schema      text                                heads (label column → Event field)
==========  ==================================  ==========================================================
``acled``   ``notes``                           event_type, sub_event_type (``event_type_6`` and
                                                ``sub_event_type_25`` when the file has them: old-taxonomy rows
                                                mapped to today's 6 types / 25 sub-types)
``gtd``     ``summary`` (date prefix dropped)   attacktype1_txt → gtd_attack_type; targtype1_txt (trace only)
``ucdp``    ``source_headline`` / ``text``      type_of_violence (trace only: UCDP's 3 kinds have no ACLED field)
==========  ==================================  ==========================================================

Recent ACLED notes end with template text ("[size=hundreds]", "Fatalities coded as …", "(coded as X at
geoprecision 2)") and many open with a tag naming what was coded ("Looting: …",
:mod:`sitrep.evaluate.answer_key`): a coder's notes about the coding, not reporting. :func:`clean_note` strips them
before training and before cross-validation, so neither a model nor the rules ever read an answer key.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import ConfigError, InputError
from sitrep.evaluate.answer_key import strip_coder_label

__all__ = ["DEVELOPMENT_FILES", "HEADS", "TrainRow", "clean_note", "development_texts", "read_training"]


@dataclass(frozen=True)
class HeadSpec:
    """One head a schema trains: its name, the label columns (first present wins) and the Event field it sets."""

    name: str
    columns: tuple[str, ...]
    field: str | None
    parent: str | None = None


HEADS: dict[str, tuple[HeadSpec, ...]] = {
    "acled": (HeadSpec("event_type", ("event_type_6", "event_type"), "event_type"),
              HeadSpec("sub_event_type", ("sub_event_type_25", "sub_event_type"), "sub_event_type",
                       parent="event_type")),
    "gtd": (HeadSpec("gtd_attack_type", ("attacktype1_txt",), "gtd_attack_type"),
            HeadSpec("gtd_target_type", ("targtype1_txt",), None)),
    "ucdp": (HeadSpec("ucdp_violence_type", ("type_of_violence_txt", "type_of_violence"), None),),
}
"""What each schema can teach, as data: add a head here, not in the trainer."""

TEXT_COLUMNS = {"acled": ("notes",), "gtd": ("summary",), "ucdp": ("source_headline", "text")}
GROUP_COLUMNS = {"acled": "country", "gtd": "country_txt", "ucdp": "country"}
UCDP_VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}
LABEL_DROP = re.compile(r"\(ambiguous\)|^\s*$")
"""Labels no head learns: blanks and the few rows the source itself marks ambiguous."""

_SIZE = re.compile(r"\[size=[^\]]*\]", re.I)
_CODED_PLACE = re.compile(r"\([^()]*\bcoded as\b[^()]*\)", re.I)                 # "(coded as Ankouna at …)"
_CODED_FATALITIES = re.compile(r"\bfatalit(?:y|ies)\b.*\bcoded\b|\bcoded\b.*\bfatalit", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_DATE_PREFIX = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")                     # GTD's "MM/DD/YYYY:"


def clean_note(text: str) -> str:
    """The note without the coder's template text (sizes, coded fatalities, coded locations, date prefixes, a tag
    naming what was coded)."""
    text = strip_coder_label(text)
    if "[" in text:
        text = _SIZE.sub(" ", text)
    if "coded" in text.lower():  # cheap test first: the patterns below only matter in the few notes with it
        text = _CODED_PLACE.sub(" ", text)
        text = " ".join(s for s in _SENTENCE.split(text) if not _CODED_FATALITIES.search(s))
    text = _DATE_PREFIX.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip()


@dataclass
class TrainRow:
    """One coded text: cleaned text, its labels by head name, and its group (country) for cross-validation."""

    text: str
    labels: dict[str, str]
    group: str
    source: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def open_csv(path: Path) -> io.TextIOBase:
    """``path`` opened as UTF-8 text for :mod:`csv` (gunzipped where it ends in ``.gz``)."""
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def read_training(path: str | Path, schema: str, *, extra: tuple[str, ...] = ()) -> Iterator[TrainRow]:
    """The rows of a coded CSV (optionally gzipped) with text and at least one label. ``extra``: columns copied
    into :attr:`TrainRow.extra` where the file has them (``("year", "event_date")`` for
    :mod:`sitrep.learn.agreement`); by default none, so a row's ``extra`` stays empty."""
    if schema not in HEADS:
        raise ConfigError(f"no training schema {schema!r}; known: {', '.join(HEADS)}")
    path = Path(path)
    try:
        with open_csv(path) as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            text_column = next((c for c in TEXT_COLUMNS[schema] if c in header), None)
            if text_column is None:
                raise InputError(f"{path}: no text column ({' or '.join(TEXT_COLUMNS[schema])}) for schema {schema}")
            for record in reader:
                text = clean_note(record.get(text_column) or "")
                if not text:
                    continue
                labels: dict[str, str] = {}
                for spec in HEADS[schema]:
                    value = next((record[c].strip() for c in spec.columns if (record.get(c) or "").strip()), "")
                    if schema == "ucdp":
                        value = UCDP_VIOLENCE.get(value, value)
                    if not LABEL_DROP.search(value):
                        labels[spec.name] = value
                if labels:
                    yield TrainRow(text=text, labels=labels, group=(record.get(GROUP_COLUMNS[schema]) or "").strip(),
                                   source=path.name,
                                   extra={c: (record.get(c) or "").strip() for c in extra if c in record})
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from error


DEVELOPMENT_FILES = "acled/*.csv"
"""The coded files under ``../shared/data`` the rules were tuned on (``scripts/type_confusion.py dev``)."""


def development_texts(data: Path) -> frozenset[str]:
    """The (cleaned) texts of the development files under ``data``: held-out rows among them are in-sample for the
    rules (:data:`sitrep.learn.cv.UNSEEN`), since ``sitrep-rules/4`` to ``/9`` were tuned on these notes."""
    return frozenset(row.text for path in sorted(data.glob(DEVELOPMENT_FILES)) for row in read_training(path, "acled"))
