"""Read the real-news development set: ``texts/index.jsonl``, ``texts/*.txt`` and ``gold.jsonl``.

The layout (``../shared/data/news/README.md`` describes it): each text file holds the title on line 1, a blank line,
then the body; the index gives outlet, URL, publication date, kind and same-incident set; ``gold.jsonl`` gives, per
file, the incidents (every field a list of accepted values, ``role`` main/secondary/optional) and the aggregate
claims (claimant, actor, status, period, figures with a facet). The data is third-party: it is read here at run time
and never copied into the repository.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.evaluate.claimset import EQUIVALENT_MEASURES

__all__ = ["GoldClaim", "GoldFigure", "GoldIncident", "NewsText", "default_news_dir", "read_news"]

ROLES = ("main", "secondary", "optional")


@dataclass(frozen=True)
class GoldIncident:
    """One incident of the hand-made reading; list fields hold every accepted value (``None`` = "not stated")."""

    id: str
    role: str
    event_type: tuple[str, ...]
    sub_event_type: tuple[str, ...]
    actor1: tuple[str, ...]
    actor2: tuple[str, ...]
    date: tuple[str | None, ...]
    """ISO days or months ("2017-12")."""
    place: tuple[str, ...]
    admin1: tuple[str | None, ...]
    """ISO 3166-2 codes."""
    killed: tuple[int | None, ...]
    wounded: tuple[int | None, ...]
    status: tuple[str, ...]
    claimed_by: str | None
    doubtful: tuple[str, ...] = ()
    note: str = ""

    @property
    def counted(self) -> bool:
        """True for main and secondary incidents: the ones recall is measured on."""
        return self.role != "optional"

    def summary(self) -> str:
        """One line for the misses listing."""
        return (f"{self.role} {self.id}: {'|'.join(self.sub_event_type)}; actor1 {'|'.join(self.actor1)}; "
                f"date {'|'.join(d or '?' for d in self.date)}; admin1 {'|'.join(a or '?' for a in self.admin1)}; "
                f"killed {'|'.join('?' if k is None else str(k) for k in self.killed)}; "
                f"status {'|'.join(self.status)}; claimed_by {self.claimed_by or '-'}")


@dataclass(frozen=True)
class GoldFigure:
    """A stated figure: measure, value and facet (``None`` for a total; see :func:`facet_kind`)."""

    measure: str
    value: int
    facet: str | None


@dataclass(frozen=True)
class GoldClaim:
    """One aggregate claim of the hand-made reading."""

    claimant: str
    actor: str
    status: str
    period: tuple[str | None, str | None]
    figures: tuple[GoldFigure, ...]
    note: str = ""

    def summary(self) -> str:
        """One line for the misses listing."""
        figures = ", ".join(f"{f.measure} {f.value}{' [' + f.facet + ']' if f.facet else ''}" for f in self.figures)
        return (f"{self.claimant} (actor {self.actor}, {self.status}) {self.period[0] or '?'}..{self.period[1] or '?'}"
                f": {figures}")


@dataclass(frozen=True)
class NewsText:
    """One text with its index entry and its gold reading."""

    file: str
    title: str
    body: str
    published: date | None
    source: str | None
    url: str | None
    kind: str
    same_incident_set: str | None
    incidents: tuple[GoldIncident, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    published_approximate: bool = False


def default_news_dir() -> Path:
    """``../shared/data/news`` beside the repository this package runs from (a source checkout), else beside the
    current directory."""
    repo = Path(__file__).resolve().parents[3]
    if (repo / "pyproject.toml").exists():
        return repo.parent / "shared" / "data" / "news"
    return Path("..") / "shared" / "data" / "news"


def read_news(folder: str | Path, *, limit: int | None = None) -> list[NewsText]:
    """Every text of the set in index order, with its gold reading.

    Raises :class:`~sitrep.errors.InputError` naming the file and line when the folder, the index, a text or the
    gold is missing or malformed.
    """
    root = Path(folder)
    index_path, gold_path = root / "texts" / "index.jsonl", root / "gold.jsonl"
    if not index_path.is_file() or not gold_path.is_file():
        raise InputError("no news development set here (expected texts/index.jsonl and gold.jsonl); "
                         "give its folder: sitrep eval --news DIR", path=root)
    gold = {row["file"]: row for row in _jsonl(gold_path)}
    texts: list[NewsText] = []
    for entry in _jsonl(index_path):
        name = entry.get("file")
        if not isinstance(name, str):
            raise InputError("an entry has no 'file'", path=index_path)
        if name not in gold:
            raise InputError(f"no gold line for {name}", path=gold_path)
        texts.append(_text(root / "texts" / name, entry, gold[name]))
        if limit is not None and len(texts) >= limit:
            break
    return texts


def _jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}", path=path) from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"not JSON: {error.msg}", path=path, line=number) from error
        if not isinstance(row, dict):
            raise InputError("not a JSON object", path=path, line=number)
        rows.append(row)
    return rows


def _text(path: Path, entry: dict[str, Any], gold: dict[str, Any]) -> NewsText:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the text: {error}", path=path) from error
    title, _, body = raw.partition("\n")
    published = entry.get("published")
    try:
        # A month-level date ("2023-08": the page shows no day) is no publication date: guessing a day would let
        # weekday resolution invent exact dates the text does not give.
        when = date.fromisoformat(published) if published and len(published) == 10 else None
        incidents = tuple(_incident(item) for item in gold.get("incidents") or [])
        claims = tuple(_claim(item) for item in gold.get("claims") or [])
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"malformed index or gold entry: {error!r}", path=path) from error
    return NewsText(file=path.name, title=title.strip(), body=body.strip("\n"), published=when,
                    source=entry.get("source"), url=entry.get("url"), kind=str(entry.get("kind") or ""),
                    same_incident_set=entry.get("same_incident_set"), incidents=incidents, claims=claims,
                    published_approximate=bool(entry.get("published_approximate")))


def _values(item: dict[str, Any], key: str) -> tuple[Any, ...]:
    value = item.get(key)
    if value is None:
        return (None,)
    return tuple(value) if isinstance(value, list) else (value,)


def _incident(item: dict[str, Any]) -> GoldIncident:
    role = item["role"]
    if role not in ROLES:
        raise ValueError(f"role {role!r} is not one of {ROLES}")
    return GoldIncident(
        id=str(item["incident"]), role=role,
        event_type=tuple(v for v in _values(item, "event_type") if v),
        sub_event_type=tuple(v for v in _values(item, "sub_event_type") if v),
        actor1=tuple(v for v in _values(item, "actor1") if v), actor2=tuple(v for v in _values(item, "actor2") if v),
        date=_values(item, "date"), place=tuple(v for v in _values(item, "place") if v),
        admin1=_values(item, "admin1"),
        killed=tuple(None if v is None else int(v) for v in _values(item, "killed")),
        wounded=tuple(None if v is None else int(v) for v in _values(item, "wounded")),
        status=tuple(v for v in _values(item, "status") if v), claimed_by=item.get("claimed_by") or None,
        doubtful=tuple(item.get("doubtful") or ()), note=str(item.get("note") or ""))


def _claim(item: dict[str, Any]) -> GoldClaim:
    period = item.get("period") or [None, None]
    # The gold names arrests apart; the project stores them as ``captured`` (DESIGN.md, the frozen claim fixtures),
    # so a gold ``arrested`` is scored as ``captured``, as the claim-set scorer does.
    figures = tuple(GoldFigure(EQUIVALENT_MEASURES.get(str(f["measure"]), str(f["measure"])), int(f["value"]),
                               f.get("facet") or None) for f in item.get("figures") or [])
    return GoldClaim(claimant=str(item.get("claimant") or ""), actor=str(item.get("actor") or ""),
                     status=str(item.get("status") or ""), period=(period[0], period[1]), figures=figures,
                     note=str(item.get("note") or ""))
