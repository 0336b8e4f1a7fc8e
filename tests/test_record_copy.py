"""Record.model_copy makes a shallow copy directly (issue 14: extraction copies each record several times); it must be
the copy pydantic's own model_copy makes: the same values, the same fields counted as set, no extra nor private
fields, and the original left as it was."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from sitrep.model import Count, Document, Place, Span


def _pydantic_copy(record, **kwargs):  # type: ignore[no-untyped-def]
    return BaseModel.model_copy(record, **kwargs)


def _state(record) -> tuple:  # type: ignore[no-untyped-def]
    return (type(record), record.__dict__, record.model_fields_set, record.__pydantic_extra__,
            record.__pydantic_private__)


def test_the_direct_copy_is_pydantic_s_copy() -> None:
    place = Place(name="Kidal", span=Span(start=3, end=8, text="Kidal"))
    count = Count(low=4, best=4)
    document = Document.from_text("Gunmen killed four people.", published=date(2024, 3, 5))
    for record in (place, count, document):
        for update in (None, {}, {"best": 7} if record is count else {"name": "Gao"} if record is place
                       else {"source": "AFP"}):
            made, expected = record.model_copy(update=update), _pydantic_copy(record, update=update)
            assert _state(made) == _state(expected)
            assert made == expected and made is not record


def test_the_copy_leaves_the_original_unchanged() -> None:
    place = Place(name="Kidal")
    copied = place.model_copy(update={"country": "ML"})
    assert (place.country, copied.country) == (None, "ML")
    assert "country" not in place.model_fields_set and "country" in copied.model_fields_set
    copied.__dict__["name"] = "Gao"  # (a shallow copy: its own __dict__, not the original's)
    assert place.name == "Kidal"


def test_a_deep_copy_goes_through_pydantic() -> None:
    place = Place(name="Kidal", span=Span(start=0, end=5, text="Kidal"))
    deep = place.model_copy(deep=True)
    assert deep == place and deep.span is not place.span
    shallow = place.model_copy()
    assert shallow.span is place.span
