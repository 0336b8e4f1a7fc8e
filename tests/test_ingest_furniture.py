"""Page furniture and reader comments: what clean_scraped_text takes out of a scraped page, and what it keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import clean_scraped_text
from sitrep.ingest.furniture import RULES, furniture_rule

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

HEADLINE = "Valley Group Claims Attacks On Two Checkpoints"
FIRST = "On Monday, the Valley Group said its fighters attacked two checkpoints near the northern ferry crossing."
SECOND = "The group said four guards were wounded. Local officials did not comment on the statement."


def page(*middle: str) -> str:
    """A small scraped page: headline, the furniture under test, two article paragraphs."""
    return "\n\n".join([HEADLINE, *middle, FIRST, SECOND])


def assert_only_article_left(text: str) -> None:
    cleaned = clean_scraped_text(text)
    assert cleaned.title == HEADLINE
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"


@pytest.mark.parametrize("line", ["0 $", "2,500 $", "5,000 $", "$ 50", "€10", "£ 1.000", "100 USD", "US$25"])
def test_donation_bar_lines_are_removed_from_scraped_text(line: str) -> None:
    assert furniture_rule(line)[0].name == "donation_amount"
    assert_only_article_left(f"{line}\n{line}\n" + page())


def test_an_amount_inside_a_sentence_is_article_text() -> None:
    sentence = "The group said it paid 2,500 $ to each family."
    assert furniture_rule(sentence) is None
    assert sentence in clean_scraped_text(page(sentence)).text


@pytest.mark.parametrize("line", ["2021", "122", "$"])
def test_a_bare_number_or_symbol_is_not_a_donation_amount(line: str) -> None:
    found = furniture_rule(line)
    assert found is None or found[0].name != "donation_amount"


def test_support_banner_is_removed_and_names_the_outlet() -> None:
    cleaned = clean_scraped_text(page("Support Harbour Ledger") + "\n\nSupport Harbour Ledger")
    assert cleaned.outlet == "Harbour Ledger"
    assert "Support" not in cleaned.text
    assert cleaned.removed.count("Support Harbour Ledger") == 2


@pytest.mark.parametrize("line", ["Support us", "Support our journalism", "Donate now"])
def test_donation_prompts_are_removed_without_naming_an_outlet(line: str) -> None:
    cleaned = clean_scraped_text(page(line))
    assert cleaned.outlet is None
    assert line in cleaned.removed


def test_a_headline_that_starts_with_support_is_not_a_banner() -> None:
    headline = "Support For Ceasefire Grows In Coastal Towns"
    cleaned = clean_scraped_text(f"{headline}\n\n{FIRST}\n\n{SECOND}")
    assert cleaned.title == headline
    assert cleaned.outlet is None


@pytest.mark.parametrize(
    "line",
    ["File image.", "File photo", "Archive picture", "(File photo)", "Photo: a checkpoint on the ferry road",
     "Image credit: Valley Group media office", "Photo by the group's media office"],
)
def test_picture_captions_are_removed(line: str) -> None:
    assert furniture_rule(line)[0].name == "caption"
    assert_only_article_left(page(line))


@pytest.mark.parametrize(
    "line",
    ["Share this:", "Share", "Share on Facebook", "Click to share on Twitter (Opens in new window)",
     "Follow us on Telegram", "Follow Harbour Ledger on X", "Telegram", "Like this:", "Loading..."],
)
def test_share_and_follow_lines_are_removed(line: str) -> None:
    assert furniture_rule(line)[0].name == "share_follow"
    assert_only_article_left(page(line))


@pytest.mark.parametrize(
    "line",
    ["Read also: Ferry service resumes after two-week pause", "Read more", "Related:", "Related articles",
     "See also: Who controls the northern crossing", "You may also like"],
)
def test_related_article_links_are_removed(line: str) -> None:
    assert furniture_rule(line)[0].name == "related"
    assert_only_article_left(page(line))


@pytest.mark.parametrize(
    "line",
    ["Subscribe", "Subscribe to our newsletter", "Sign up for our daily briefing", "Join our mailing list",
     "Enter your email address"],
)
def test_subscribe_and_newsletter_prompts_are_removed(line: str) -> None:
    assert furniture_rule(line)[0].name == "subscribe"
    assert_only_article_left(page(line))


@pytest.mark.parametrize(
    "line",
    ["Notify of", "1 Comment", "14 Comments", "Newest Most Voted", "Oldest", "Inline Feedbacks", "View all comments",
     "Would love your thoughts, please comment.", "Would love your thoughts, please comment.x", "Login", "Reply",
     "Report", "Leave a Reply", "3 days ago"],
)
def test_comment_widget_labels_are_removed(line: str) -> None:
    assert furniture_rule(line)[0].name == "comment_widget"
    cleaned = clean_scraped_text(page() + f"\n\n{line}")
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"
    assert line not in cleaned.comments


@pytest.mark.parametrize(
    "sentence",
    ["Officials asked residents to share this information with the police.",
     "Read also the statement the group released in May, which gives different figures.",
     "Photographs of the damaged bridge were shared widely on Monday.",
     "Support for the group has fallen in the valley, residents said."],
)
def test_rules_never_cut_a_sentence_that_merely_contains_a_label(sentence: str) -> None:
    assert furniture_rule(sentence) is None
    assert sentence in clean_scraped_text(page(sentence)).text.split("\n\n")


def test_every_rule_is_named_and_described() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.description for rule in RULES)


def test_reader_comments_go_to_comments_never_into_text() -> None:
    comment = "These figures are exaggerated, as they always are in such statements."
    text = page() + f"\n\nNotify of\n2 Comments\nNewest Most Voted\nInline Feedbacks\nView all comments\n\n{comment}"
    cleaned = clean_scraped_text(text)
    assert cleaned.comments == [comment]
    assert comment not in cleaned.text
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"


def test_each_comment_paragraph_is_one_comment_and_wrapped_lines_are_rejoined() -> None:
    text = page() + (
        "\n\n3 Comments\n\nFirst reader here, thanks for the report.\nReply\n\n"
        "Does anyone have the original statement? The link in the\narticle is broken.\nReport\n\n+2"
    )
    cleaned = clean_scraped_text(text)
    assert cleaned.comments == [
        "First reader here, thanks for the report.",
        "Does anyone have the original statement? The link in the article is broken.",
    ]


def test_prompt_glued_to_the_last_comment_is_removed_and_the_comment_kept() -> None:
    text = page() + "\n\nNotify of\n\nThe ferry has been closed for weeks.Would love your thoughts, please comment.x"
    cleaned = clean_scraped_text(text)
    assert cleaned.comments == ["The ferry has been closed for weeks."]
    assert "Would love your thoughts, please comment.x" in cleaned.removed


@pytest.mark.parametrize("top", [HEADLINE, f"{HEADLINE}\n\n{HEADLINE}"], ids=["once", "repeated"])
def test_a_comment_count_under_the_headline_does_not_swallow_the_article(top: str) -> None:
    cleaned = clean_scraped_text(f"{top}\n\n12 Comments\n\n{FIRST}\n\n{SECOND}")
    assert cleaned.title == HEADLINE
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"
    assert cleaned.comments == []


def test_title_is_the_first_short_line_and_its_repeats_are_removed() -> None:
    cleaned = clean_scraped_text("\n\n".join([HEADLINE, "Support Harbour Ledger", HEADLINE, FIRST, SECOND]))
    assert cleaned.title == HEADLINE
    assert HEADLINE not in cleaned.text
    assert cleaned.text.startswith("On Monday")


def test_a_first_line_that_ends_a_sentence_is_not_the_title() -> None:
    cleaned = clean_scraped_text(f"The group issued a statement.\n\n{FIRST}")
    assert cleaned.title is None
    assert cleaned.text.startswith("The group issued a statement.")


def test_a_long_first_line_is_not_the_title() -> None:
    long_line = "Valley Group " + "and allied units " * 15 + "claim attacks"
    assert clean_scraped_text(f"{long_line}\n\n{FIRST}").title is None


def test_abbreviations_do_not_stop_a_headline_being_the_title() -> None:
    headline = "U.S. Envoy Meets Valley Group Mediators In Port City"
    assert clean_scraped_text(f"{headline}\n\n{FIRST}").title == headline


def test_a_lone_paragraph_is_text_not_title() -> None:
    cleaned = clean_scraped_text("Valley Group claims attacks on checkpoints")
    assert cleaned.title is None
    assert cleaned.text == "Valley Group claims attacks on checkpoints"


def test_a_known_title_is_used_and_removed_from_the_text() -> None:
    cleaned = clean_scraped_text(f"{HEADLINE.upper()}\n{FIRST}\n{SECOND}", title=HEADLINE)
    assert cleaned.title == HEADLINE
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"


def test_paragraphs_are_joined_by_a_blank_line_and_wrapped_lines_keep_sentences_whole() -> None:
    wrapped = (
        "On Monday, the Valley Group said its fighters attacked two\n"
        "checkpoints near the northern ferry crossing, and that the\n"
        "Provincial Guard withdrew from both.\n"
        "The group said four guards were wounded.\n\n\n"
        "Local officials did not comment."
    )
    cleaned = clean_scraped_text(wrapped)
    assert cleaned.text.split("\n\n") == [
        "On Monday, the Valley Group said its fighters attacked two checkpoints near the northern ferry crossing, "
        "and that the Provincial Guard withdrew from both.",
        "The group said four guards were wounded.",
        "Local officials did not comment.",
    ]


def test_white_space_line_endings_and_invisible_characters_are_normalised() -> None:
    cleaned = clean_scraped_text(f"{HEADLINE}\r\n\r\n\ufeff{FIRST}\u00a0 \r\n\r\n\t{SECOND}\u200b")
    assert cleaned.text == f"{FIRST}\n\n{SECOND}"


def test_the_fixture_page_comes_out_clean() -> None:
    cleaned = clean_scraped_text((FIXTURES / "scraped_claim.txt").read_text(encoding="utf-8"))
    assert cleaned.title == "Ridge Front Says Its Units Carried Out 41 Attacks In Two Months"
    assert cleaned.outlet == "Meridian Dispatch"
    paragraphs = cleaned.text.split("\n\n")
    assert [p[:20] for p in paragraphs] == [
        "On March 3, the medi", "According to the sta", "The group said 57 me", "The figures could no",
    ]
    assert len(cleaned.comments) == 2
    assert cleaned.comments[1].endswith("The link in the article seems to be broken.")
    for label in ("0 $", "€10", "File photo", "Share this:", "Follow us on Telegram", "Notify of", "2 Comments",
                  "Would love your thoughts, please comment.x", "Guest", "3 days ago"):
        assert label in cleaned.removed
        assert label not in cleaned.text


def test_a_printed_dateline_is_removed_from_the_text_and_fills_the_publication_date() -> None:
    from datetime import date

    from sitrep.ingest import clean_scraped_text, document_from_text

    page = "Headline of the report\n\nPublished: 18 June 2021\n\nThe group said it carried out 14 attacks.\n"
    clean = clean_scraped_text(page)
    assert clean.dateline == date(2021, 6, 18)
    assert "Published" not in clean.text
    assert document_from_text(page).published == date(2021, 6, 18)
    assert document_from_text(page, published=date(2021, 6, 20)).published == date(2021, 6, 20)


def test_a_sentence_that_mentions_publishing_is_not_a_dateline() -> None:
    from sitrep.ingest import clean_scraped_text

    text = "Headline\n\nThe newspaper published on 18 June 2021 a list of attacks in the province and beyond it."
    assert "published on 18 June 2021" in clean_scraped_text(text).text


# --- a line's white space collapsed by str.split (furniture._collapsed) ------------------------------------------


@pytest.mark.parametrize("line", [
    "  Gunmen   attacked\ta  checkpoint  ",
    "no\u00a0break\u2009thin\u3000ideographic\u2028line-separator",
    "\x1cfile\x1dgroup\x1erecord\x1funit\x85next\x0bvertical\x0cform\rreturn",
    "   ",
    "",
    "one\ntwo  lines\n\n  three",  # (a line break stays: only its neighbours' spaces go)
    "zero\u200bwidth is no white space",
])
def test_collapsed_white_space_is_what_the_pattern_made(line: str) -> None:
    from sitrep.ingest.furniture import _SPACES, _collapsed

    assert _collapsed(line) == _SPACES.sub(" ", line).strip()


def test_every_white_space_character_collapses_as_the_pattern_does() -> None:
    import sys

    from sitrep.ingest.furniture import _SPACES, _collapsed

    for code in range(sys.maxunicode + 1):
        line = f" a{chr(code)}{chr(code)}b "
        assert _collapsed(line) == _SPACES.sub(" ", line).strip(), hex(code)
