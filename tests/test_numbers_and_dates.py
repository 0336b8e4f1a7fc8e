"""Numbers and dates as reports write them."""

from datetime import date

import pytest

from sitrep import api
from sitrep.extract.dates import find_dates, period_length
from sitrep.extract.numbers import digits_value, parse_words


@pytest.mark.parametrize(
    ("words", "value"),
    [("59", 59), ("2,500", 2500), ("two", 2), ("twelve", 12), ("twenty - three", 23), ("one hundred and three", 103),
     ("a single", 1), ("a dozen", 12), ("seventeen", 17), ("two thousand", 2000)],
)
def test_numbers_written_as_digits_or_words_are_read(words: str, value: int) -> None:
    parsed = parse_words(words.split())
    assert parsed is not None and parsed.value == value and not parsed.vague


@pytest.mark.parametrize(
    ("word", "value"),
    [("0012", 12), ("1,234,567", 1234567), ("\u0663\u0664", 34), ("1,23", None), ("12a", None), ("\u00b2", None),
     ("two", None), ("", None)],
)
def test_a_digit_string_is_its_integer_in_any_script_and_nothing_else_is(word: str, value: int | None) -> None:
    """Grouped thousands and other scripts' decimal digits are counts; a misgrouped figure, a word with a digit or
    a superscript is not."""
    assert digits_value(word) == value


def test_vague_quantities_follow_the_documented_convention() -> None:
    dozens = parse_words(["dozens", "of", "fighters"])
    several = parse_words(["several"])
    assert dozens is not None and (dozens.low, dozens.value, dozens.vague) == (24, 24, True)
    assert several is not None and (several.low, several.value, several.high) == (3, 3, None)


def test_a_range_between_two_dates_is_one_period_in_the_year_of_publication() -> None:
    [mention] = find_dates("a total of 59 operations between July 30 and October 5.", date(2020, 10, 8))
    assert (mention.kind, mention.first, mention.last) == ("range", "2020-07-30", "2020-10-05")


def test_without_a_publication_date_the_year_stays_unknown() -> None:
    [mention] = find_dates("between July 30 and October 5", None)
    assert (mention.first, mention.last) == ("--07-30", "--10-05")


def test_a_period_across_new_year_takes_the_previous_year_for_its_start() -> None:
    [mention] = find_dates("between December 13 and January 9", date(2020, 1, 10))
    assert (mention.first, mention.last) == ("2019-12-13", "2020-01-09")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [("over the past week", "2021-03-06", "2021-03-12"),
     ("during the past 30 days", "2021-02-11", "2021-03-12"),
     ("last month", "2021-02-01", "2021-02-28"),
     ("from 1 to 7 March", "2021-03-01", "2021-03-07"),
     ("during Ramadan", "2020-04-24", "2020-05-23")],
)
def test_relative_periods_resolve_against_the_publication_date(phrase: str, first: str, last: str) -> None:
    published = date(2020, 5, 24) if "Ramadan" in phrase else date(2021, 3, 12)
    [mention] = find_dates(phrase, published)
    assert (mention.first, mention.last) == (first, last)


def test_a_stated_number_of_days_is_kept() -> None:
    mentions = find_dates("over the past 68 days", date(2020, 10, 8))
    assert mentions[0].days_stated == 68


def test_durations_and_years_are_not_dates_of_events() -> None:
    assert all(m.kind != "date" for m in find_dates("in 68 days the group lost 2019 fighters", None))


def test_period_length_counts_both_ends() -> None:
    assert period_length("2020-07-30", "2020-10-05") == (68, "")


def test_period_length_without_a_year_is_decided_only_when_29_february_cannot_change_it() -> None:
    assert period_length("--07-30", "--10-05")[0] == 68
    assert period_length("--02-20", "--03-05")[0] is None


def test_period_length_from_or_to_29_february_without_a_year_is_counted_in_a_leap_year() -> None:
    # (a 29 February exists only in a leap year: the period is in one; the common year raised ValueError, which lost
    # the whole document that told "between 29 February and 1 March" without a year)
    assert period_length("--02-29", "--03-01")[0] == 2
    assert period_length("--02-27", "--02-29")[0] == 3


def test_a_document_with_a_period_from_29_february_without_a_year_is_read(extractor: api.Extractor) -> None:
    text = ("On Monday, gang members clashed with police in Delmas. Between 29 February and 1 March, at least 12 "
            "people were killed in clashes across the capital, the civil protection office said.")
    assert api.extract(text, extractor=extractor).events  # (no date of publication: the year stays unknown)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("from ſeptember to DEC. 2022 the group said it carried out 40 attacks", "2022-09-01", "2022-12-31"),
     ("On 3 ſeptember 2021 gunmen attacked a checkpoint.", "2021-09-03", "2021-09-03"),
     ("between 1 ſep and 2 Oct 2020", "2020-09-01", "2020-10-02")],
)
def test_a_month_written_with_odd_letters_is_read_not_a_crash(text: str, first: str, last: str) -> None:
    # The month patterns are case-blind, so they also match letters that only fold to ASCII (a long s, as in OCR of
    # old print); the month table is looked up with the word folded the same way.
    assert [(m.first, m.last) for m in find_dates(text, None)] == [(first, last)]
