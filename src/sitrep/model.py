"""The records every stage passes on.

Field names here are the data contract for JSON output, the database and exports (see DESIGN.md). Add fields
freely; rename none without a migration. Each record serialises with :meth:`Record.to_dict` (JSON-ready) and is
rebuilt with ``Model.model_validate(data)``.

Dates that may lack a year (a claim's period when the document has no publication date) are ISO strings:
``"2020-07-30"`` when the year is known, ``"--07-30"`` (ISO 8601 without year) when it is not. The year is never
guessed from today's date.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, Literal, Self, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

Status = Literal["claimed", "reported", "confirmed"]
"""Who stands behind a record: the perpetrator (or its media) *claimed* it, a third party *reported* it, or
independent sources *confirmed* it. A claim is never promoted to confirmed by extraction alone."""

SourceKind = Literal["perpetrator_media", "state_media", "official", "monitor", "wire", "independent"]
"""What kind of voice an account comes from: the perpetrator's own media (Amaq, al-Naba, Voice of Jihad), a state's
media (SANA), an official (a ministry, the army, a police spokesman), a monitor (SOHR, SNHR, the UN), a wire agency
(Reuters, AFP, AP) or other independent press, witnesses and local sources."""

AttributionLevel = Literal["claimed", "blamed", "denied"]
"""How the act is tied to actor1: the actor (or its media) *claimed* responsibility; someone else *blamed* (suspected)
it; the actor *denied* it. No attribution at all is ``None``."""

DocumentFormat = Literal["text", "html", "jsonl", "csv", "feed", "warc"]

_PARTIAL_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-(\d{2})$")


class Record(BaseModel):
    """Base of all records: strict fields, one way to serialise."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready plain data, with DESIGN.md's field names."""
        return self.model_dump(mode="json")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """pydantic's ``model_copy``, the shallow copy made directly: the same ``__dict__`` (copied, then updated
        without validation), the same fields set (plus those updated), no extra fields (they are forbidden) and no
        private ones. pydantic's goes through ``__copy__`` and ``copy.copy`` of each part (~5 µs more a copy), and
        extraction copies each record several times (a shifted span, the extractor's name, geocoding, checks).
        A deep copy, or a subclass with private attributes, goes through pydantic's."""
        if deep or getattr(self, "__pydantic_private__", None) is not None:
            return super().model_copy(update=update, deep=deep)
        cls = type(self)
        copied = cls.__new__(cls)
        values = self.__dict__.copy()
        fields = self.__pydantic_fields_set__.copy()
        if update:
            values.update(update)
            fields.update(update.keys())
        _set(copied, "__dict__", values)
        _set(copied, "__pydantic_fields_set__", fields)
        _set(copied, "__pydantic_extra__", None)
        _set(copied, "__pydantic_private__", None)
        return copied


class Span(Record):
    """Where a value came from: character offsets into ``Document.text`` and the text found there."""

    start: int = Field(ge=0, description="Offset of the first character in Document.text.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="Document.text[start:end], kept so the record reads on its own.")


_set = object.__setattr__


_R = TypeVar("_R", bound="Record")


@functools.cache
def _template(model: type[Record]) -> dict[str, Any]:
    """Every field of ``model`` in field order, at its default (None for a required one): shared, read-only."""
    if model.__private_attributes__ or model.model_config.get("extra") == "allow":
        raise TypeError(f"{model.__name__} has private attributes or extra fields: use model_construct")
    return {name: None if info.is_required() else info.get_default(call_default_factory=True)
            for name, info in model.model_fields.items()}


def trusted_record(model: type[_R], values: Mapping[str, Any]) -> _R:
    """``model.model_construct(**{**defaults, **values})`` (every field set; defaults shared between records, so for
    reading only) for values already known to be valid — read back from the store — without its walk over the
    fields: linking builds six records per stored event it reads (12,000 ``model_construct`` calls, a quarter of
    its CPU, for 2,000 new documents). ``values`` must hold every required field."""
    fields = _template(model).copy()
    fields.update(values)  # (keys already there: the field order stays the model's, as model_construct leaves it)
    return _assembled(model, fields, set(fields))


def _assembled(model: type[_R], fields: dict[str, Any], fields_set: set[str]) -> _R:
    """A record of ``model`` with ``fields`` as its ``__dict__`` and ``fields_set`` as the fields set, no validation
    (what ``model_construct`` leaves, without its walk over the fields)."""
    record = model.__new__(model)
    _set(record, "__dict__", fields)
    _set(record, "__pydantic_fields_set__", fields_set)
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


@functools.cache
def _built_plan(model: type[Record]) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]]:
    """Every field of ``model`` in field order at its plain default (None where it is required or made by a factory),
    and the fields made by a default factory with their factories: read once per model."""
    if model.__private_attributes__ or model.model_config.get("extra") == "allow":
        raise TypeError(f"{model.__name__} has private attributes or extra fields: build it with validation")
    defaults: dict[str, Any] = {}
    factories = []
    for name, info in model.model_fields.items():
        defaults[name] = None if info.is_required() or info.default_factory is not None else info.default
        if info.default_factory is not None:
            factories.append((name, info.default_factory))
    return defaults, tuple(factories)


def built_record(model: type[_R], **values: Any) -> _R:
    """``model(**values)`` without validation, for values the extraction code itself made, each already of its
    field's type and within its bounds (an int count, a ``date``, a ``Span`` record, a literal of the field's): the
    same ``__dict__`` in field order, the same fields set (those given) and a fresh list or dict from each default
    factory not given, as validation leaves them. Validation copies a list or a dict given; this keeps the one given,
    so give one that nothing else holds. Extraction builds several records per event (the event, its places, counts,
    source and evidence); their validation, cold in the cache between documents, cost ~2% of its time."""
    defaults, factories = _built_plan(model)
    fields = defaults.copy()
    fields.update(values)  # (keys already there: the field order stays the model's)
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    return _assembled(model, fields, set(values))


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span.model_construct(start=start, end=end, text=text)`` for offsets and text already known to be valid,
    without its walk over the fields (a document makes dozens of these; 1.7 µs against 6.4 µs each)."""
    span = Span.__new__(Span)
    _set(span, "__dict__", {"start": start, "end": end, "text": text})
    _set(span, "__pydantic_fields_set__", {"start", "end", "text"})
    _set(span, "__pydantic_extra__", None)
    _set(span, "__pydantic_private__", None)
    return span


class Document(Record):
    """One cleaned piece of reporting: article text apart from page furniture and reader comments."""

    id: str = Field(description="Stable hash of the cleaned text: the same text ingested twice is one document.")
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet that published it.")
    title: str | None = None
    published: date | None = None
    language: str = "en"
    text: str = Field(description="Clean article text; every Span indexes into it.")
    comments: list[str] = Field(default_factory=list, description="Reader comments, kept apart from the text.")
    format: DocumentFormat = "text"
    encoding: str | None = Field(default=None, description="The encoding the bytes were decoded from.")
    path: str | None = Field(default=None, description="The file (and line or row) it was read from.")
    ingested_at: AwareDatetime = Field(default_factory=lambda: datetime.now(UTC))

    @staticmethod
    def make_id(text: str) -> str:
        """The document id for ``text``: blind to Unicode normal form and to runs of white space."""
        normal = unicodedata.normalize("NFC", text)
        normal = " ".join(normal.split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Document:
        """Build a document whose id is derived from its text."""
        return cls(id=cls.make_id(text), text=text, **fields)


class Place(Record):
    """A place as written and, once geocoded, where it is.

    ``geo_precision``: 1 the locality itself, 2 near a locality or a district, 3 a governorate (admin1),
    4 only the country.
    """

    name: str = Field(description="The place as written in the source.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    admin1: str | None = Field(default=None, description="Governorate / province, canonical English name.")
    admin1_code: str | None = Field(default=None, description="ISO 3166-2 code of admin1, e.g. SY-DI.")
    admin2: str | None = None
    locality: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=4)
    gazetteer_id: str | None = None
    span: Span | None = None


class Count(Record):
    """A number of people or things, UCDP style.

    "at least 4" gives low 4, best 4, high None; "up to 11" gives high 11; "between 3 and 5" gives low 3,
    high 5 and best 3 (the lowest reliable figure, as UCDP and the GTD take it).
    """

    low: int | None = Field(default=None, ge=0)
    best: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    vague: bool = Field(default=False, description="True when read from a vague word such as 'dozens'.")
    span: Span | None = None


class Evidence(Record):
    """How one field of a record was decided: which rule or model, how sure, and from which characters."""

    source: str = Field(description="What decided it: 'rule:<name>' or 'model:<name>@<version>'.")
    confidence: float | None = Field(default=None, ge=0, le=1, description="The decider's probability, when it "
                                     "gives one; rules give none unless they are calibrated.")
    spans: list[Span] = Field(default_factory=list, description="The characters the decision rests on.")
    detail: str = Field(default="", description="A short human-readable reason ('stacked on rule: Armed clash').")



def trusted_evidence(source: str, spans: list[Span], detail: str | None = None) -> Evidence:
    """``Evidence.model_construct(source=…, spans=…[, detail=…])`` for values already known to be valid, without its
    walk over the fields (``detail`` None: not given, the default's empty string and not counted as set)."""
    evidence = Evidence.__new__(Evidence)
    _set(evidence, "__dict__", {"source": source, "confidence": None, "spans": spans,
                                "detail": "" if detail is None else detail})
    _set(evidence, "__pydantic_fields_set__", {"source", "spans"} if detail is None else {"source", "spans", "detail"})
    _set(evidence, "__pydantic_extra__", None)
    _set(evidence, "__pydantic_private__", None)
    return evidence

class Source(Record):
    """Who speaks for a record: the outlet that published the document and the speaker the text cites for it.

    Independence is decided by who speaks, never by whether the word "claimed" appears: a wire relaying an attack
    is ``wire`` whatever the group later said; the group's newspaper is ``perpetrator_media`` whatever it says.
    """

    outlet: str | None = Field(default=None, description="The document's outlet as given (Document.source).")
    outlet_kind: SourceKind | None = Field(default=None, description="What kind of outlet it is; None when unknown.")
    speaker: str | None = Field(default=None, description="Who the text cites for the record ('a security source', "
                                "'Amaq', 'the defence ministry'), canonical where the actor table knows it.")
    speaker_kind: SourceKind | None = None
    speaks_for: str | None = Field(default=None, description="The actor the outlet or speaker speaks for, when it "
                                   "speaks for one (a group's media, a state's officials).")
    span: Span | None = Field(default=None, description="Where the speaker is named.")

    @property
    def kind(self) -> SourceKind | None:
        """The kind that decides independence: a perpetrator's or state's outlet speaks for its owner whatever it
        cites; otherwise the cited speaker, else the outlet."""
        if self.outlet_kind in ("perpetrator_media", "state_media"):
            return self.outlet_kind
        return self.speaker_kind or self.outlet_kind


class Attribution(Record):
    """How the act is tied to its perpetrator (actor1), after GTD's ``claimed``/``claimmode``/``guncertain1``.

    ``claimed`` (GTD claimed = 1): the actor or its media took responsibility; ``blamed`` (GTD guncertain1 = 1):
    officials, sources or a monitor suspect the actor; ``denied``: the actor rejected responsibility (blamed and then
    denied is ``denied``, with ``by`` the actor). A negated claim ("no group claimed", "has not claimed") is none.
    """

    level: AttributionLevel
    actor: str | None = Field(default=None, description="The actor claimed, blamed or denying (canonical name).")
    by: str | None = Field(default=None, description="Who made the statement: the claimant (a group; its media's "
                           "owner), the accuser ('Iraqi officials', 'local sources', SOHR), the denier.")
    by_kind: SourceKind | None = Field(default=None, description="What kind of voice ``by`` is.")
    medium: str | None = Field(default=None, description="Where the claim or denial was published (Amaq, Telegram, "
                               "a statement, a video).")
    mode: str | None = Field(default=None, description="GTD claimmode: 'letter', 'call', 'e-mail', 'note', 'video', "
                             "'posted to website, blog or social media', 'personal claim', 'other', 'unknown'.")
    statement_date: date | None = Field(default=None, description="When the statement was made, when the text says.")
    later: bool = Field(default=False, description="The claim came after the act was reported ('later claimed').")
    span: Span | None = Field(default=None, description="The sentence or clause that states it.")


class Event(Record):
    """One incident as one document tells it."""

    id: str
    document_id: str
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3, description="1 day, 2 week/range, 3 vaguer.")
    event_type: str | None = None
    sub_event_type: str | None = None
    tactics: list[str] = Field(default_factory=list)
    gtd_attack_type: str | None = None
    actor1: str | None = Field(default=None, description="The perpetrator, normalised through the alias table.")
    actor2: str | None = Field(default=None, description="The target or other party.")
    target_category: str | None = None
    place: Place | None = None
    places: list[Place] = Field(default_factory=list, description="Candidate places where the event happened, best "
                                "first; the geo stage resolves them and sets ``place``.")
    killed: Count | None = None
    wounded: Count | None = None
    killed_or_wounded: Count | None = None
    captured: Count | None = None
    materiel: dict[str, Count] = Field(default_factory=dict)
    status: Status = Field(default="reported", description="Verification: 'claimed' when only the perpetrator's side "
                           "reports it, 'reported' when an independent source does, 'confirmed' when linked "
                           "independent sources do (set by linking, never by extraction alone).")
    claimant: str | None = Field(default=None, description="Who claimed the act (attribution.by when claimed).")
    source: Source | None = Field(default=None, description="The outlet and the speaker behind this account.")
    attribution: Attribution | None = Field(default=None, description="How the act is tied to actor1; None when "
                                            "the text neither claims, blames nor denies it.")
    dateline: Place | None = Field(default=None, description="The place of the story's dateline ('IDLIB, Syria "
                                   "—'): context for geocoding, not the event's place.")
    spans: dict[str, Span] = Field(default_factory=dict)
    confidence: float | None = Field(default=None, ge=0, le=1, description="How sure extraction is that this is an "
                                     "incident of the stated type: the lowest confidence among the decided fields.")
    trace: dict[str, Evidence] = Field(default_factory=dict, description="Per field, what decided its value.")
    extractor: str | None = Field(default=None, description="Name and version of the extractor that made it.")
    incident_id: str | None = None


FIGURE_FACETS = ("event_type", "sub_event_type", "tactic", "target", "region", "admin1", "item", "month", "country")
"""What a figure may count by (:meth:`Figure.facets`)."""


class Figure(Record):
    """One number in an aggregate claim, in tidy (long) form.

    A total has no facet set. A part names the facet that qualifies it (a tactic, a target, a region, a
    governorate, a country); ``region`` and ``admin1`` together mean "this governorate, within that region".
    """

    measure: str = Field(description="operations, killed, wounded, killed_or_wounded, captured, "
                         "vehicles_damaged_or_destroyed, equipment_destroyed, …")
    value: int = Field(ge=0)
    event_type: str | None = None
    sub_event_type: str | None = None
    tactic: str | None = Field(default=None, description="Tactic key; '+' joins tactics reported together, "
                               "e.g. 'ied+landmine'.")
    target: str | None = Field(default=None, description="The target actor (canonical name) or category.")
    region: str | None = Field(default=None, description="A named macro-region such as 'northeast'.")
    admin1: str | None = Field(default=None, description="Governorate, as written until geocoded, then canonical.")
    admin1_code: str | None = Field(default=None, description="ISO 3166-2 code once geocoded.")
    country: str | None = Field(default=None, description="The country a part is about ('17 attacks in Iraq and 4 "
                                "in Syria'): the name as written until geocoded, then its ISO 3166-1 alpha-2 code.")
    item: str | None = Field(default=None, description="What was destroyed or seized, for materiel measures.")
    month: str | None = Field(default=None, description="YYYY-MM: the figure is one calendar month of a longer "
                              "period ('23 in October', a table row 'October: 312').")
    label: str | None = Field(default=None, description="The counted phrase as written.")
    partial: bool = Field(default=False, description="One of a non-exhaustive list ('including', 'among them'): "
                          "its siblings need not add up to the total.")
    span: Span | None = None

    def facets(self) -> dict[str, str]:
        """The facets that are set, by name."""
        return {name: getattr(self, name) for name in FIGURE_FACETS if getattr(self, name) is not None}


class Check(Record):
    """The result of one internal-consistency test of a claim."""

    kind: str = Field(description="parts_sum_to_total, parts_within_total, period_length, …")
    facet: str | None = Field(default=None, description="What was tested, e.g. 'operations by tactic'.")
    expected: float | int | None = None
    actual: float | int | None = None
    ok: bool | None = Field(description="None when the check cannot be decided (e.g. the year is unknown).")
    detail: str = ""


class Claim(Record):
    """An aggregate statement: totals over a period, broken down by type, target and area."""

    id: str
    document_id: str
    claimant: str | None = Field(default=None, description="Who makes the claim (canonical actor name).")
    actor: str | None = Field(default=None, description="Whose operations are counted.")
    medium: str | None = Field(default=None, description="Where it was published (newspaper, agency, channel).")
    status: Status = "reported"
    source: Source | None = Field(default=None, description="The outlet and the speaker behind this claim.")
    period_start: str | None = Field(default=None, description="ISO date, or --MM-DD when the year is unknown.")
    period_end: str | None = None
    period_days_stated: int | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    figures: list[Figure] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list, description="Places the claim names (for geocoding).")
    spans: dict[str, Span] = Field(default_factory=dict)
    extractor: str | None = Field(default=None, description="Name and version of the extractor that made it.")
    stance: Literal["claim", "denial", "counter"] = Field(
        default="claim", description="'denial' for a statement that rejects another party's figures ('the ministry "
        "rejected the figures'), with figures of its own or none; 'counter' for another party's own figures given "
        "in answer ('the army, however, said only 3 soldiers died'). Neither is ever summed with the claims.")
    answers: str | None = Field(default=None, description="For a denial or counter-claim: the id of the claim it "
                                "answers.")
    disputed_by: str | None = Field(default=None, description="Who rejected the claim's figures in the same text "
                                    "('the ministry rejected the figures'): an actor's canonical name or the words "
                                    "that name it.")
    repeats: str | None = Field(default=None, description="The id of an earlier stored claim that this one relays "
                                "(the same claim told by another outlet): summaries and audits count it once.")

    @field_validator("period_start", "period_end")
    @classmethod
    def _partial_iso_date(cls, value: str | None) -> str | None:
        if value is not None and not _PARTIAL_DATE.match(value):
            raise ValueError(f"not an ISO date or --MM-DD: {value!r}")
        return value


class Extraction(Record):
    """What extraction found in one document."""

    document: Document
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)


class Failure(Record):
    """An input that could not be used, with where and why: one line for the user."""

    path: str
    line: int | None = None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"
