"""Page furniture and comment widgets: the lines of a scraped page that are not the article.

Extractors such as trafilatura keep most of this when a page reaches us as plain text (see FINDINGS.md), so sitrep
removes it by rules. A rule matches a *whole line* (after white space is collapsed), never part of a sentence, so an
article line is only lost when it consists of nothing but a label. The rules, in :data:`RULES`:

``donation_amount``
    A line that is only an amount of money: ``0 $``, ``2,500 $``, ``$ 50``, ``€10``, ``100 USD``.
``donation_prompt``
    ``Donate``, ``Donate now``, ``Support us``, ``Support our journalism``.
``support_banner``
    ``Support <Outlet>``: one to four capitalised words after "Support" (``Support SouthFront``,
    ``Support The Daily Example``). The outlet's name is kept (:attr:`CleanText.outlet`) to fill
    ``Document.source``. A headline such as "Support For Ceasefire Grows" is not a banner: prepositions and verbs
    of change after "Support" rule it out.
``caption``
    ``File image.``, ``File photo``, ``Archive picture``, ``Photo: ...``, ``Image credit: ...``, ``Photo by ...``
    (short lines only).
``share_follow``
    ``Share this:``, ``Share on Facebook``, ``Click to share on Twitter (Opens in new window)``,
    ``Follow us on Telegram``, ``Like this:``, ``Loading...`` and bare network names (share buttons).
``related``
    ``Read also: ...``, ``Read more``, ``Related: ...``, ``See also ...``, ``You may also like`` (short lines).
``subscribe``
    ``Subscribe``, ``Subscribe to our newsletter``, ``Sign up for ...``, ``Join our mailing list``,
    ``Enter your email address``.
``comment_widget``
    The labels of comment widgets (wpDiscuz, WordPress, Disqus): ``Notify of``, ``1 Comment``, ``N Comments``,
    ``Newest Most Voted``, ``Oldest``, ``Inline Feedbacks``, ``View all comments``,
    ``Would love your thoughts, please comment.`` (with the widget's close button glued on: ``comment.x``),
    ``Login``, ``Reply``, ``Report``, ``Leave a Reply``, ``Guest``, ``3 years ago``.

Reader comments: everything after the comment widget begins is reader comments, one per paragraph. The widget
begins at the first of ``Notify of``, ``N Comments``, ``Comments``, ``Inline Feedbacks``, ``Newest Most Voted``,
``View all comments``, ``Leave a Reply``/``Leave a comment`` -- provided at least two different lines of text (a
headline and some article) come before it; a comment count printed under a headline is only removed, it does not
swallow the article.

The title: the first paragraph left, when it is shorter than 200 characters, does not end a sentence with a period
(``U.S.`` does not count) and is not the only paragraph. It is taken out of the text together with its exact
repeats (pages print the headline twice). When the caller knows the title (HTML metadata), its repeats are removed.

Paragraphs: a blank line, or a removed line, ends a paragraph. A line that does not end a sentence and runs on
into the next one (the next starts in lower case, or the line ends in a comma, hyphen or a word such as "the" or
"of") is a wrapped line and is joined to it with a space, so sentences stay whole. Otherwise each line is a
paragraph. Paragraphs are joined by a blank line ("\\n\\n").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitrep.ingest.mojibake import fold_mojibake

_I = re.IGNORECASE

_CURRENCY = r"(?:[$€£¥₽]|USD|EUR|GBP|US\$)"
_AMOUNT = r"\d{1,3}(?:[,.\u202f' ]?\d{3})*(?:[.,]\d{1,2})?"
_NETWORKS = r"(?:telegram|twitter|x|facebook|instagram|youtube|vk|vkontakte|gab|tiktok|linkedin|whatsapp|reddit|" \
            r"pinterest|tumblr|pocket|email|e-mail|rumble|odysee|truth social|social media)"


@dataclass(frozen=True)
class Rule:
    """One kind of page furniture: a name, the whole-line pattern and what it is for."""

    name: str
    pattern: re.Pattern[str]
    description: str

    def matches(self, line: str) -> re.Match[str] | None:
        """The match when ``line`` (already stripped) is entirely this kind of furniture."""
        return self.pattern.fullmatch(line)


def _rule(name: str, description: str, *patterns: str, flags: int = _I) -> Rule:
    return Rule(name, re.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags), description)


# Words that, right after "Support", make a headline rather than a banner ("Support For Truce Grows").
_NOT_OUTLET_WORDS = frozenset({
    "us", "our", "for", "of", "to", "in", "on", "from", "after", "as", "at", "by", "with", "against", "among", "amid",
    "over", "under", "grows", "grew", "rises", "rose", "falls", "fell", "wanes", "waned", "dwindles", "surges",
    "increases", "decreases", "is", "was", "are", "were",
})

_WIDGET_START = (
    r"notify of",
    r"\d[\d,.]*\s+comments?",
    r"comments?(?:\s*\(\d+\))?",
    r"inline feedbacks?",
    r"newest most voted",
    r"view all comments",
    r"leave a (?:reply|comment)",
    r"load more comments",
)

_WIDGET_LABELS = (
    *_WIDGET_START,
    r"newest|oldest|most voted|best|top",
    r"would love your thoughts, please comment\.?\s*x?",
    r"log\s?in(?: to (?:comment|reply))?|sign in|logout|log out",
    r"reply|report|share|flag|edit|cancel reply|like|dislike",
    r"reply to [\w.' -]{1,40}",
    r"be the first to comment\.?|no comments yet\.?",
    r"guest|anonymous",
    r"\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago",
    r"x|×",
)

RULES: tuple[Rule, ...] = (
    _rule(
        "donation_amount",
        "A line that is only an amount of money (a donation bar).",
        rf"{_CURRENCY}\s*{_AMOUNT}\s*{_CURRENCY}?",
        rf"{_AMOUNT}\s*{_CURRENCY}",
    ),
    _rule(
        "donation_prompt",
        "A call to donate.",
        r"(?:donate|donate now|make a donation|support us|support our (?:work|journalism|reporting))\s*[.!]?",
    ),
    _rule(
        "support_banner",
        "'Support <Outlet>': a banner whose outlet name is kept.",
        # Case-sensitive: an outlet's name is capitalised.
        r"Support\s+(?P<outlet>[A-Z0-9][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,3})\s*!?",
        flags=0,
    ),
    _rule(
        "dateline",
        "'Published: 18 June 2021', 'Posted on 3 May 2020': the page's date, kept to fill Document.published.",
        r"(?:first\s+)?(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*"
        r"(?P<dateline>[\w ,./:-]{6,40}?\d{4}[\w ,.:+-]{0,20})",
    ),
    _rule(
        "caption",
        "A picture caption or credit.",
        r"\(?(?:file|archive|stock|illustrative|illustration|representational|representative)\s+"
        r"(?:image|photo|photograph|picture|pic|footage|video)\)?\s*\.?",
        r"(?:photo|image|picture|photograph|video|credit)s?(?:\s+credits?)?\s*[:|]\s*.{0,150}",
        r"(?:photo|image|picture)s?\s+(?:by|via|courtesy of|credit)\s+[^.]{1,80}\.?",
    ),
    _rule(
        "share_follow",
        "Share buttons and follow prompts.",
        r"share(?:\s+this(?:\s+(?:article|story|post|page))?)?\s*[:!]?",
        rf"share\s+(?:on|via|to)\s+{_NETWORKS}",
        r"click to (?:share|print|email|tweet)\b.{0,80}",
        rf"(?:follow|join|find)\s+(?:us|[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,2}})\s+on\s+{_NETWORKS}\b[^.]{{0,60}}[.!]?",
        rf"{_NETWORKS}|tweet|print|pin it|like this:?|loading\.{{2,3}}|…|copy link",
    ),
    _rule(
        "related",
        "Links to other articles.",
        r"(?:read (?:also|more)|also read|see also|related(?:\s+(?:articles?|posts?|stories|news|coverage|content))?"
        r"|more on this(?: story)?|recommended(?: for you)?|you (?:may|might) also like|more from [\w ]{1,30})"
        r"(?:\s*[:|»›—–-]\s*.{0,200}|\s*:?)",
    ),
    _rule(
        "subscribe",
        "Subscribe and newsletter prompts.",
        r"(?:subscribe|sign up)(?:\s+(?:to|for|now|today|here)\b.{0,100})?\s*[.!]?",
        r"(?:get|join|receive)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:newsletter|mailing list|briefing|updates)\b.{0,80}",
        r"enter your e-?mail(?: address)?.{0,60}",
    ),
    _rule("comment_widget", "The labels of a reader-comment widget.", *_WIDGET_LABELS),
)

_WIDGET_START_PATTERN = re.compile("|".join(f"(?:{p})" for p in _WIDGET_START), _I)
# The comment widget's prompt and close button, glued to the end of the last comment by some scrapers.
_GLUED_PROMPT = re.compile(r"\s*would love your thoughts, please comment\.?\s*x?\s*$", _I)
# A vote counter ("0", "+3", "-1") is furniture inside the comment section only: in the article a bare number may
# be data.
_VOTE_COUNT = re.compile(r"[+-]?\d{1,4}")

# A period that ends a sentence: after a lower-case letter, a digit or a closing mark, before a space or the end.
# "U.S." or "Jan." in a headline does not count.
_SENTENCE_PERIOD = re.compile(r"[a-z0-9%)\]\"'”’]\.(?=\s|$)")
_TERMINAL = re.compile(r"[.!?:;…\"'”’)\]]$")
_RUN_ON_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "as", "that",
    "which", "who", "whose", "its", "their", "his", "her", "our", "was", "were", "is", "are", "has", "have", "had",
    "been", "said", "into", "than", "not", "nor",
})
_TITLE_MAX = 200
_MIN_LINES_BEFORE_COMMENTS = 2
_SPACES = re.compile(r"[^\S\n]+")


def _collapsed(line: str) -> str:
    """``_SPACES.sub(" ", line).strip()``: every run of white space but line breaks made one space, the ends
    trimmed. For a line without a line break that is ``" ".join(line.split())`` (``str.split``, ``str.strip`` and
    the pattern's ``\\s`` know the same white space: checked over every code point), done in C in one pass where
    the pattern replaced every single space with another (most of reading a short document's lines)."""
    return _SPACES.sub(" ", line).strip() if "\n" in line else " ".join(line.split())


_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u00ad\u2060]")
# Every rule matches a bounded length; a longer line is article text and need not be tried against them.
_MAX_FURNITURE_LINE = 300
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass
class CleanText:
    """The result of :func:`clean_scraped_text`.

    ``removed`` lists every line taken out as furniture (and repeats of the title), in order, for debugging and
    tests. ``outlet`` is the name from a "Support <Outlet>" banner, if there was one.
    """

    text: str
    title: str | None = None
    comments: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    outlet: str | None = None
    dateline: date | None = None
    """The date printed on the page ("Published: 18 June 2021"), when there is one."""


def furniture_rule(line: str) -> tuple[Rule, re.Match[str]] | None:
    """The rule that ``line`` matches as a whole, or None when it is not furniture."""
    line = _collapsed(line)
    if not line or len(line) > _MAX_FURNITURE_LINE:
        return None
    for rule in RULES:
        match = rule.matches(line)
        if match is None:
            continue
        if rule.name == "support_banner" and _NOT_OUTLET_WORDS & set(match["outlet"].lower().split()):
            continue
        return rule, match
    return None


def clean_scraped_text(text: str, *, title: str | None = None) -> CleanText:
    """Split a scraped page into article text, title and reader comments, dropping page furniture.

    ``title``, when the caller already knows it (from HTML metadata), is used as the title and its repeats are
    removed from the text; otherwise the title is found by the rule in this module's docstring. The rules are
    listed in :data:`RULES`.
    """
    lines = [_collapsed(line) for line in _normalise(text).split("\n")]
    removed: list[str] = []
    outlet: str | None = None
    dateline: date | None = None
    # Each line becomes itself (content) or None (a paragraph break: a blank line, or furniture, recorded as removed).
    kept: list[str | None] = []
    comment_start: int | None = None
    # Distinct lines, so that a headline printed twice does not count as article enough to start the comments.
    content_lines: set[str] = set()
    for line in lines:
        if not line:
            kept.append(None)
            continue
        stripped = _strip_glued_prompt(line)
        if stripped != line and stripped:
            # Keep the comment the prompt was glued to; record the prompt as removed.
            removed.append(line[len(stripped):].strip())
            line = stripped
        found = furniture_rule(line)
        if found is None:
            kept.append(line)
            content_lines.add(line.casefold())
            continue
        rule, match = found
        if rule.name == "support_banner" and outlet is None:
            outlet = match["outlet"]
        if rule.name == "dateline" and dateline is None:
            dateline = _parse_dateline(match["dateline"])
        if (
            comment_start is None
            and len(content_lines) >= _MIN_LINES_BEFORE_COMMENTS
            and _WIDGET_START_PATTERN.fullmatch(line)
        ):
            comment_start = len(kept)
        removed.append(line)
        kept.append(None)

    article_lines = kept if comment_start is None else kept[:comment_start]
    comment_lines = [] if comment_start is None else kept[comment_start:]
    paragraphs = _paragraphs(article_lines)
    found_title, paragraphs = _take_title(paragraphs, title, removed)
    comments = []
    for paragraph in _paragraphs(comment_lines):
        if _VOTE_COUNT.fullmatch(paragraph):
            removed.append(paragraph)
        else:
            comments.append(paragraph)
    return CleanText("\n\n".join(paragraphs), found_title, comments, removed, outlet, dateline)


def _parse_dateline(text: str) -> date | None:
    """A page's printed date. dateparser is the right tool for one free-form date string (FINDINGS.md); it is
    imported here, lazily, because most pages have no dateline and its import costs a tenth of a second."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed is not None else None


def clean_comments(comments: list[str]) -> tuple[list[str], list[str]]:
    """Reader comments found by an HTML extractor, less widget labels: ``(comments, removed)``."""
    kept: list[str | None] = []
    removed: list[str] = []
    for line in _normalise("\n".join(comments)).split("\n"):
        line = _strip_glued_prompt(_collapsed(line))
        if not line:
            kept.append(None)
        elif furniture_rule(line) is not None or _VOTE_COUNT.fullmatch(line):
            removed.append(line)
            kept.append(None)
        else:
            kept.append(line)
            # An extractor gives one comment paragraph per line: keep them apart.
            kept.append(None)
    return _paragraphs(kept), removed


def _normalise(text: str) -> str:
    # (mojibake first: a folded "\x92" or "â€™" is a quote the rules read, not part of a word)
    return _INVISIBLE.sub("", fold_mojibake(text).replace("\r\n", "\n").replace("\r", "\n"))


def _strip_glued_prompt(line: str) -> str:
    # The substring test first: the regex is slow to fail on every line of a long text.
    if "please comment" not in line.lower():
        return line
    return _GLUED_PROMPT.sub("", line)


def _paragraphs(lines: list[str | None]) -> list[str]:
    paragraphs: list[str] = []
    current: str | None = None
    for line in lines:
        if line is None:
            if current:
                paragraphs.append(current)
            current = None
        elif current is not None and _runs_on(current, line):
            current = f"{current[:-1]}{line}" if _joins_word(current, line) else f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _runs_on(previous: str, line: str) -> bool:
    """True when ``line`` continues the sentence that ``previous`` left unfinished (a wrapped line)."""
    if _TERMINAL.search(previous):
        return False
    if line[0].islower() or previous.endswith((",", "-", "–", "—")):
        return True
    last_word = previous.rsplit(" ", 1)[-1].lower()
    return last_word in _RUN_ON_WORDS


def _joins_word(previous: str, line: str) -> bool:
    # "govern-\nment": a word hyphenated across lines, not a dash between words.
    return previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and line[0].islower()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _is_title(paragraph: str) -> bool:
    return len(paragraph) < _TITLE_MAX and not _SENTENCE_PERIOD.search(paragraph)


def _take_title(paragraphs: list[str], title: str | None, removed: list[str]) -> tuple[str | None, list[str]]:
    if title is not None:
        title = " ".join(title.split()) or None
    if title is None and len(paragraphs) > 1:
        candidate = _MARKDOWN_HEADING.sub("", paragraphs[0])
        if _is_title(candidate):
            title = candidate
            paragraphs = paragraphs[1:]
    if title is None:
        return None, paragraphs
    body = []
    for paragraph in paragraphs:
        if _same(_MARKDOWN_HEADING.sub("", paragraph), title):
            removed.append(paragraph)
        else:
            body.append(paragraph)
    return title, body
