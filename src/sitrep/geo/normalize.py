"""One key per place name, blind to the ways the same Arabic (or other) name is written in Latin letters.

``normalize_name`` is the only place where spelling variation is decided; the gazetteer indexes every surface form
under its key and looks a mention up by the same key, so "Deir Ezzor", "Dayr az Zawr" and "Deir el-Zor" meet at
one entry. What it ignores, in order:

1. case, diacritics and letters that do not decompose (``ı ø ł ə``…): ``Darʿā`` → ``dara``;
2. apostrophes and the signs for ʿayn and hamza (``' ’ ‘ ʿ ʾ ʼ ` ´``), deleted so ``Dar'a`` = ``Dara``;
3. punctuation, hyphens and spaces (tokens are joined at the end: ``Rif-Dimashq`` = ``Rif Dimashq``);
4. a leading English "the" (``the Gaza Strip``) and the words that say what kind of unit it is: ``Governorate``,
   ``Province``, ``State``, ``Region``, ``County``, ``Muhafazat`` … at the end, ``Governorate of``, ``Province of``
   at the start;
5. the Arabic article, written apart (``al-``, ``el-``) or assimilated to a sun letter (``ar-Raqqa``,
   ``as-Suwayda``, ``ez-Zor``, also glued: ``Ezzor``, ``Assuwayda``), and Arabic ``ال``;
6. the French ``ou`` for ``u`` (``Tartous``, ``Zour``), Deir/Dayr/Der, Zor/Zawr/Zur and Tell/Tall/Tel, ``dh``
   for ``th`` (ذ is written both ways: ``Dhiban``/``Thiban``, ``Dhi Qar``/``Thi Qar``) and ``ay``/``ey`` before a
   consonant for ``ai``/``ei`` (``Shuhayl``/``Shuhail``, ``Ayn``/``Ain``);
7. the feminine ending written ``-ah`` or ``-eh`` (``Raqqah``, ``Hasakeh``) and doubled letters (``Raqqa``).

Vowel spellings beyond these (``Deraa``/``Daraa``, ``Sulaimaniya``/``Sulaymaniyah``) are not guessed: they are
listed as variants in ``data/geo/curated_admin1.tsv``, because a general vowel rule would merge names that differ.

Country names are keyed with ``articles=False``: "El Salvador" must not become "Salvador" (a Brazilian city).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["acronym", "district_stem", "has_admin_designator", "normalize_name", "settlement_stem", "skeleton",
           "without_designator"]

# Letters NFKD does not split into base + mark.
_FOLD = str.maketrans({
    "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "ŧ": "t", "þ": "th", "æ": "ae", "œ": "oe",
    "ə": "a", "ß": "ss",
    # Arabic: ta marbuta as ha, alif maqsura as ya, tatweel dropped (hamza seats lose their mark under NFKD).
    "ة": "ه", "ى": "ي", "ـ": None,
})
# Apostrophes, ʿayn and hamza signs: deleted, not turned into a space, so "Dar'a" and "Dara" agree.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘‛`´′ʹʻʼʽʾʿˈ"), None)
_NOT_ALNUM = re.compile(r"[^\w]+|_+")

_TRAILING_DESIGNATORS = frozenset({
    "governorate", "governate", "province", "state", "region", "county", "muhafazah", "muhafazat", "mohafazat",
    "wilayah", "wilaya", "wilayat",
})
_LEADING_DESIGNATORS = frozenset({"governorate", "province", "muhafazat", "mohafazat", "muhafazah", "wilayat"})
_ARABIC_DESIGNATORS = frozenset({"محافظه", "ولايه"})
_SETTLEMENT_WORDS = frozenset({"town", "city", "village", "hamlet", "suburb", "neighbourhood", "neighborhood",
                               "township", "locality"})
# District (admin-2) words, as _tokens() leaves them (ة folded to ه, diacritics and apostrophes gone).
_DISTRICT_TRAILING = frozenset({"district", "districts", "distrikt", "woleswali", "ولسوالۍ", "ولسوالی"})
_DISTRICT_LEADING = frozenset({"qada", "qadaa", "qaza", "qeza", "kaza", "mintaqat", "mintaqa", "mantiqat",
                               "markaz", "قضاء", "قضا", "منطقه"})

# Sun letters, as the assimilated article writes them: ar-Raqqa, as-Suwayda, ash-Sham, ad-Dawr, ez-Zor.
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l")
_SUN_ARTICLES = {vowel + cons: cons for vowel in "ae" for cons in _SUN}
_GLUED_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdrzsnl])\1(?=\w\w)")
_TOKEN_EQUIVALENTS = {"dayr": "deir", "der": "deir", "dair": "deir", "deyr": "deir", "zawr": "zor", "zur": "zor",
                      "tell": "tal", "tel": "tal", "tall": "tal"}
_Y_AFTER_VOWEL = re.compile(r"([ae])y(?![aeiou])")  # Shuhayl/Shuhail, Sheykh/Sheikh, Ayn/Ain; not Mayadin
_TA_MARBUTA = re.compile(r"(?<=\w\w)[ae]h$")
_DOUBLED = re.compile(r"(\w)\1+")
_INNER_VOWELS = re.compile(r"(?<=\w)[aeiouy]+")


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str, *, articles: bool = True) -> str:
    """The transliteration-insensitive key of a place name ("" when nothing is left).

    >>> normalize_name("Deir ez-Zor Governorate") == normalize_name("Dayr az Zawr") == normalize_name("Der Ezzor")
    True

    ``articles=False`` keeps the Arabic article (and ``El``): country names are keyed that way.
    """
    tokens = _tokens(name)
    tokens = _strip_designators(tokens)
    if articles:
        tokens = _strip_articles(tokens)
    out = []
    for token in tokens:
        token = token.replace("ou", "u").replace("dh", "th")
        token = _TOKEN_EQUIVALENTS.get(token, token)
        token = _Y_AFTER_VOWEL.sub(r"\1i", token)
        token = _TA_MARBUTA.sub("a", token)
        out.append(token)
    return _DOUBLED.sub(r"\1", "".join(out))


def skeleton(key: str) -> str:
    """A key without its vowels after the first letter, doubled letters merged: "khanshaykhun" and "khansheikhun"
    both give "khnshkhn". Far looser than a key, so the gazetteer compares skeletons only inside a context unit or
    country, and takes a match only when it is the one place there with that skeleton."""
    return _DOUBLED.sub(r"\1", _INNER_VOWELS.sub("", key))


def has_admin_designator(name: str) -> bool:
    """True when the name says it is an administrative unit ("Niger State", "Governorate of Nineveh").

    The gazetteer then prefers the unit to a country of the same name: "Niger State" is in Nigeria.
    """
    tokens = _tokens(name)
    if len(tokens) < 2:
        return False
    return (tokens[-1] in _TRAILING_DESIGNATORS or tokens[0] in _LEADING_DESIGNATORS
            or tokens[0] in _ARABIC_DESIGNATORS)


def district_stem(name: str) -> str | None:
    """The name less the words that say it is a district, or None when it says no such thing.

    >>> district_stem("Nad Ali district"), district_stem("Qaḑā’ Sāmarrā’"), district_stem("Nad Ali")
    ('nad ali', 'samarra', None)

    English ("district", "district of"), Arabic transliterated and written ("Qada", "Mintaqat", "Markaz" — the
    central district named after its seat — "قضاء", "منطقة"), Kurdish ("Qeza-î") and Pashto ("woleswali",
    "ولسوالۍ"): the forms GeoNames' admin-2 names and UCDP's ``adm_2`` use. The stem is lower case; key it with
    :func:`normalize_name`.
    """
    tokens = _tokens(name)
    designated = False
    if len(tokens) > 2 and tokens[0] == "district" and tokens[1] == "of":
        tokens, designated = tokens[2:], True
    while len(tokens) > 1 and tokens[-1] in _DISTRICT_TRAILING:
        tokens, designated = tokens[:-1], True
    while len(tokens) > 1 and tokens[0] in _DISTRICT_LEADING:
        tokens, designated = tokens[1:], True
        if len(tokens) > 1 and tokens[0] in ("i", "y", "e"):  # Kurdish izafe: "Qeza-î Sharezûr"
            tokens = tokens[1:]
    return " ".join(tokens) if designated else None


def settlement_stem(name: str) -> str | None:
    """The name less a word that says it is a settlement ("Shuhayl town", "the town of Hajin", "Raqqa city"), or
    None when there is none. Lower case; key it with :func:`normalize_name`. "Kansas City" is looked up whole
    first: the gazetteer strips the word only when the whole name is unknown."""
    tokens = _tokens(name)
    if len(tokens) > 2 and tokens[0] in _SETTLEMENT_WORDS and tokens[1] == "of":
        return " ".join(tokens[2:])
    if len(tokens) > 1 and tokens[-1] in _SETTLEMENT_WORDS:
        return " ".join(tokens[:-1])
    return None


def without_designator(name: str) -> str:
    """The name as written, less a trailing unit word: "Banadir Region" → "Banadir" (unchanged when none).

    The gazetteer lists both forms, so a phrase matcher finds "Banadir" in text as well as "Banadir Region".
    """
    words = name.split()
    while len(words) > 1 and _tokens(words[-1]) and _tokens(words[-1])[-1] in _TRAILING_DESIGNATORS:
        words = words[:-1]
    return " ".join(words)


def acronym(name: str) -> str | None:
    """The capital letters of a short all-capital name ("U.S." → "US", "the UK" → "UK"), else None.

    Such names match only when written in capitals, so the pronoun "us" never becomes the United States.
    """
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    letters = re.sub(r"[\s.]", "", text)
    if 2 <= len(letters) <= 5 and letters.isascii() and letters.isalpha() and letters.isupper():
        return letters
    return None


def _tokens(name: str) -> list[str]:
    return list(_cached_tokens(name))


@functools.lru_cache(maxsize=1 << 16)
def _cached_tokens(name: str) -> tuple[str, ...]:
    """Case-folded, accent-free words of a name (cached: the gazetteer asks three questions of each mention)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.translate(_FOLD).translate(_APOSTROPHES)
    tokens = _NOT_ALNUM.sub(" ", text).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(tokens)


def _strip_designators(tokens: list[str]) -> list[str]:
    if len(tokens) > 2 and tokens[0] in _LEADING_DESIGNATORS | {"state", "region"} and tokens[1] == "of":
        tokens = tokens[2:]
    elif len(tokens) > 1 and (tokens[0] in _LEADING_DESIGNATORS or tokens[0] in _ARABIC_DESIGNATORS):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _TRAILING_DESIGNATORS:
        tokens = tokens[:-1]
    return tokens


def _strip_articles(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None:
            if token in ("al", "el"):
                continue
            sun = _SUN_ARTICLES.get(token)
            if sun is not None and following.startswith(sun):
                continue
        # Arabic script writes the article glued on: الرقة → رقة.
        out.append(token[2:] if len(token) > 3 and token.startswith("ال") else _GLUED_ARTICLE.sub(r"\1", token))
    return out or tokens
