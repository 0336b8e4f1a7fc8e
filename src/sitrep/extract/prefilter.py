"""Literal pre-filters for regular expressions: skip a search that cannot match, without running it.

Python's ``re`` tries a long alternation at every position of the text, so most of the cost of the act-phrase
patterns is paid on sentences that hold none of their words. :func:`required_literals` reads a compiled pattern's
parse tree and returns a set of strings at least one of which occurs in every match (or None where no such set is
found, e.g. a pattern that can start with any digit). A text that contains none of them cannot match, so
``pattern.search(text)`` is None there; :class:`Gated` runs the search only where one of them occurs. This is a
necessary condition derived from the pattern itself, never a guess: the search's answer is the same either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

try:  # (C, BSD-3: finds all of many literals in one pass; without it the pure Python LiteralIndex answers the same)
    import ahocorasick
except ImportError:  # pragma: no cover - the package is a dependency; the fallback is tested by constructing it
    ahocorasick = None

try:  # Python 3.11+
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_MAX_REPEAT = _sre_constants.MAX_REPEAT
_MIN_REPEAT = _sre_constants.MIN_REPEAT
_POSSESSIVE_REPEAT = getattr(_sre_constants, "POSSESSIVE_REPEAT", None)
_ATOMIC_GROUP = getattr(_sre_constants, "ATOMIC_GROUP", None)
# Zero-width items: they consume nothing, so they neither add a literal nor break a run of literals around them
# ('\bfire\b' needs 'fire'). Lookarounds only add conditions, and a set that is needed without them is needed with
# them.
_ZERO_WIDTH = {_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT}
_SHORTEST = 3
"""Literals shorter than this ('a', 'of') are in nearly every sentence: a set holding one filters nothing."""
_SHORTEST_ALSO = 2
"""An alternation's set among the sets needed besides the most selective one (:func:`_all_needed`:
:attr:`Gated.also`, :attr:`Gated.branches`) may hold alternatives this short: 'ox' among the animals of 'killed (…)
cattle|cows?|oxen|ox|sheep', 'as' and 'ere' of 'was|were' (the parser keeps their 'w' in front). Such a set is asked
only of texts that hold a literal of the first set already, with a set look-up (or a scan of a short text); on the
bench's documents the searches it spares cost more than its tests do (~1% of the rules' instructions, the livestock
pattern's search alone about half of it). A run of literals still needs :data:`_SHORTEST` ('up' of 'beat … up',
'th' of 'the|this': parts of too many words)."""

Needed = frozenset[str] | None
"""At least one of these strings is in every match; None: nothing known."""


def required_literals(pattern: re.Pattern[str]) -> Needed:
    """Strings at least one of which occurs in every match of ``pattern``; None where none can be found.

    Case-insensitive patterns give None (their literals would have to be folded as the engine folds them).
    """
    return _needed_in(_parsed(pattern))


def _needed_in(tree: list[tuple[Any, Any]] | None) -> Needed:
    """:func:`required_literals` of a parsed pattern (None: not parsed)."""
    return None if tree is None else _minimal(_sequence(tree))


def _parsed(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    """The parse tree of ``pattern``; None for a case-blind, verbose or locale pattern (verbose ones parse the same,
    but keep this simple and safe) or where the parser fails (a parser detail changed: no filter, no lookahead)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return None
    try:
        return list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


def _pieces(items: list[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    """The parts of a sequence of parse items that every match holds in turn: ``(None, {run})`` for a run of
    consecutive literals (a word boundary or an anchor does not break it, a lookaround does and adds nothing), and
    ``(op, arg)`` for every other item. :func:`_sequence` and :func:`_all_needed` read a sequence through it."""
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op is _sre_constants.AT:
            continue  # ('\b', '^'): the run goes on across it
        if run:
            yield None, frozenset({"".join(run)})
            run.clear()
        if op not in _ZERO_WIDTH:
            yield op, arg
    if run:
        yield None, frozenset({"".join(run)})


def _sequence(items: list[tuple[Any, Any]]) -> Needed:
    """The most selective needed set of a sequence of parse items: a run of consecutive literals, or the needed set
    of one item."""
    best: Needed = None
    for op, arg in _pieces(items):
        best = _better(best, arg if op is None else _item(op, arg))
    return best


def _item(op: Any, arg: Any) -> Needed:
    if op is _SUBPATTERN:
        add_flags = arg[1] if len(arg) == 4 else 0
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None  # ('(?i:…)': its literals match in either case)
        return _sequence(list(arg[-1]))
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is _BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            needed = _word_alternative(list(branch)) or _sequence(list(branch))
            if needed is None:
                return None  # (one branch can match without any known literal)
            found.update(needed)
        return frozenset(found)
    if op in (_MAX_REPEAT, _MIN_REPEAT) or (_POSSESSIVE_REPEAT is not None and op is _POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else None
    return None


def _word_alternative(items: list[tuple[Any, Any]]) -> Needed:
    """The literal an alternative is made of alone ('ox' of 'oxen|ox', word boundaries aside), of
    :data:`_SHORTEST_ALSO` characters or more; else None (:func:`_sequence` reads the alternative)."""
    if not all(op is _LITERAL or op is _sre_constants.AT for op, _arg in items):
        return None
    word = "".join(chr(arg) for op, arg in items if op is _LITERAL)
    return frozenset({word}) if len(word) >= _SHORTEST_ALSO else None


def required_literal_sets(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings such that every match of ``pattern`` holds a string of each set (one set per run of literals
    and per mandatory item of the pattern's top-level sequence, a group's and a repeat's own sets in turn); empty
    where none is known. :func:`required_literals` is the most selective of them."""
    tree = _parsed(pattern)
    return [] if tree is None else _all_needed(tree)


def _all_needed(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every usable needed set of a sequence of parse items (see :func:`required_literal_sets`), minimal, without
    repeats. Each is needed on its own, as :func:`_sequence`'s best is: a run of literals is in every match, and so
    is a match of every item that cannot be skipped (a group, a repeat of at least one, an alternation: the union of
    its branches' best sets). An alternation's set may hold alternatives of :data:`_SHORTEST_ALSO` characters."""
    found: list[frozenset[str]] = []

    def add(needed: Needed, shortest: int = _SHORTEST_ALSO) -> None:
        usable = _minimal(_usable(needed, shortest))
        if usable is not None and usable not in found:
            found.append(usable)

    for op, arg in _pieces(items):
        if op is None:
            add(arg, _SHORTEST)  # (a run of literals: see _SHORTEST_ALSO)
        elif op is _SUBPATTERN:
            add_flags = arg[1] if len(arg) == 4 else 0
            if not add_flags & (re.IGNORECASE | re.VERBOSE):
                for needed in _all_needed(list(arg[-1])):
                    add(needed)
        elif _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
            for needed in _all_needed(list(arg)):
                add(needed)
        elif op in (_MAX_REPEAT, _MIN_REPEAT) or (_POSSESSIVE_REPEAT is not None and op is _POSSESSIVE_REPEAT):
            if arg[0] >= 1:
                for needed in _all_needed(list(arg[2])):
                    add(needed)
        else:
            add(_item(op, arg))
    return found


def _better(a: Needed, b: Needed) -> Needed:
    """The more selective of two needed sets: both are needed, so either may stand for the sequence."""
    if a is None:
        return _usable(b)
    b = _usable(b)
    if b is None:
        return a
    return a if _score(a) >= _score(b) else b


def _usable(needed: Needed, shortest: int = _SHORTEST) -> Needed:
    if needed is None or not needed or min(len(s) for s in needed) < shortest:
        return None
    return needed


def _score(needed: frozenset[str]) -> tuple[int, int]:
    # The shortest string decides how often the set is met by chance; fewer strings cost fewer look-ups.
    return min(len(s) for s in needed), -len(needed)


def _minimal(needed: Needed) -> Needed:
    """``needed`` without the strings that contain another of its strings ('beats' where 'beat' is there)."""
    if needed is None:
        return None
    ordered = sorted(needed, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


_CATEGORIES = {_sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_WORD: r"\w",
               _sre_constants.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH_ALL = {_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT}
_REPEATS = {op for op in (_MAX_REPEAT, _MIN_REPEAT, _POSSESSIVE_REPEAT) if op is not None}


class _Unknown(Exception):
    """A construct whose first characters :func:`leading_chars` does not read (it then gives None)."""


def leading_chars(pattern: re.Pattern[str]) -> str | None:
    """The inside of a character class (``[…]``) that holds every character a match of ``pattern`` can begin with;
    None where that is not known (a case-blind or verbose pattern, a negated class, ``.``, a back-reference) or a
    match can be empty.

    Read from the pattern's parse tree: zero-width items (``\\b``, ``^``, lookarounds) add nothing and the first
    characters of what follows them count; an optional item adds its own and those of what follows it."""
    tree = _parsed(pattern)
    return None if tree is None else _leading_chars(tree)


def _leading_chars(tree: list[tuple[Any, Any]]) -> str | None:
    """:func:`leading_chars` of a parsed pattern."""
    try:
        chars, empty = _first_of_sequence(tree)
    except _Unknown:
        return None
    if empty or not chars:
        return None
    return "".join(dict.fromkeys(chars))


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """(class items a match of the sequence can begin with, whether the sequence can match the empty string)"""
    chars: list[str] = []
    for op, arg in items:
        first, empty = _first_of_item(op, arg)
        chars += first
        if not empty:
            return chars, False
    return chars, True


def _first_of_item(op: Any, arg: Any) -> tuple[list[str], bool]:
    if op is _LITERAL:
        return [f"\\U{arg:08x}"], False
    if op is _sre_constants.IN:
        chars = []
        for kind, value in arg:
            if kind is _LITERAL:
                chars.append(f"\\U{value:08x}")
            elif kind is _sre_constants.RANGE:
                chars.append(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
            elif kind is _sre_constants.CATEGORY and value in _CATEGORIES:
                chars.append(_CATEGORIES[value])
            else:
                raise _Unknown  # (a negated class or category: no short list of characters)
        return chars, False
    if op in _ZERO_WIDTH_ALL:
        return [], True
    if op is _SUBPATTERN:
        if arg[1] & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
            raise _Unknown
        return _first_of_sequence(list(arg[-1]))
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _first_of_sequence(list(arg))
    if op is _BRANCH:
        chars, empty = [], False
        for branch in arg[1]:
            first, can_be_empty = _first_of_sequence(list(branch))
            chars += first
            empty = empty or can_be_empty
        return chars, empty
    if op in _REPEATS:
        low, _high, body = arg
        first, empty = _first_of_sequence(list(body))
        return first, empty or low == 0
    raise _Unknown


def _has_prefix(items: list[tuple[Any, Any]]) -> bool:
    """Whether the regex engine finds the places a match can start by itself (a pattern that opens with a literal, a
    character class, or an alternation whose every branch opens with a literal): a lookahead would only slow it."""
    while items and items[0][0] is _SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, arg = items[0]
    if op in (_LITERAL, _sre_constants.IN):
        return True
    return op is _BRANCH and all(branch and next(iter(branch))[0] is _LITERAL for branch in arg[1])


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as the engine finds its matches fastest, with the same matches, groups and names: its
    :func:`fronted` form where it has one, else behind a lookahead on the characters its matches can begin with
    (:func:`leading_chars`) where it opens with ``\\b``, a lookaround or an alternation of such branches. The engine
    tries such a pattern at every position of the text, each try paying for the word boundary and every branch;
    behind the lookahead a position is passed over after one class test. A pattern the engine already scans by its
    first characters, or whose first characters are not known, is returned as it is."""
    tree = _parsed(pattern)
    return pattern if tree is None else _behind(pattern, _lookahead(tree))


_SPECIAL = frozenset("\\.^$*+?{}[]()|")
"""Characters that are not a literal of their own in a pattern's source."""
_QUANTIFIERS = frozenset("?*+{")


_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)
"""What :func:`_close` and :func:`_top_level_bars` read of a pattern's source: an escape, a character class (both
passed over whole), a parenthesis or a bar; found by the engine, not a loop over every character."""


def _close(source: str, at: int) -> int:
    """The index just past the group that opens at ``source[at]`` (a ``(``); -1 where it does not close."""
    depth = 0
    for token in _STRUCTURE.finditer(source, at):
        mark = token.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
            if depth == 0:
                return token.end()
    return -1


def _top_level_bars(source: str) -> list[int]:
    """The indexes of the ``|`` of ``source`` outside every group and class; ValueError where a group does not
    close."""
    bars, depth = [], 0
    for token in _STRUCTURE.finditer(source):
        mark = token.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
        elif mark == "|" and depth == 0:
            bars.append(token.start())
    if depth:
        raise ValueError(source)
    return bars


def fronted(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with its opening zero-width tests (``\\b`` and lookbehinds) moved behind the literal characters its
    matches open with, so that the engine finds the places a match can start by its own scan for those characters
    instead of trying every position of the text; None where the pattern does not have that shape.

    The shape: ``\\b`` and lookbehinds without groups of their own, then a run of literal characters, or a group (not
    repeated) whose every branch opens with such a run, all of them with the same first character (branches opening
    with different characters would be tried at every place one of them stands, inside words too: slower than the
    word boundary first); no other alternative of the whole pattern. At the position ``p`` where a match starts,
    ``\\b`` before a word character ``c`` holds exactly where the character before ``p`` is no word character: after
    the run ``r`` that is ``(?<!\\wr)`` (``(?<=\\wr)`` before a character that is no word character); a lookbehind
    ``(?<!X)`` at ``p`` is ``(?<!(?:X)r)`` after the run, and ``(?<=X)`` likewise. The tests are conditions on the
    same position whatever the branch, so every branch, tried in the same order, matches where and as it did: the
    same matches, groups and names (checked on random texts, and on every gated pattern of the rules by the
    tests). Measured on the sample corpus's sentences, the fronted patterns of the rules search 5 to 10 times
    faster than behind :func:`led`'s lookahead."""
    source, flags = pattern.pattern, pattern.flags
    if flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE) or re.search(r"\(\?[aiLmsux-]+[:)]", source):
        return None  # (a case-blind or verbose part, or flags set inside: left as it is)
    tests: list[str] = []  # ('\\b', or a lookbehind's opening and its inside as a group, unclosed)
    i = 0
    while True:
        if source.startswith("\\b", i):
            tests.append("\\b")
            i += 2
        elif source.startswith(("(?<!", "(?<="), i):
            end = _close(source, i)
            inner = source[i + 4 : end - 1] if end > 0 else ""
            if end < 0 or re.search(r"(?<!\\)\((?!\?:)", inner):
                return None  # (a group inside the lookbehind would be numbered again in every branch)
            tests.append(source[i : i + 4] + "(?:" + inner + ")")
            i = end
        else:
            break
    if not tests:
        return None
    rest = source[i:]
    tail = rest  # (what follows the opening group: another alternative of the whole pattern would be in it)
    if rest.startswith("("):
        end = _close(rest, 0)
        if end < 0 or (end < len(rest) and rest[end] in _QUANTIFIERS):
            return None
        opening = rest[: 3 if rest.startswith("(?:") else (rest.index(">") + 1 if rest.startswith("(?P<") else 1)]
        if opening not in ("(", "(?:") and not opening.startswith("(?P<"):
            return None
        body = rest[len(opening) : end - 1]
        try:
            bars = _top_level_bars(body)
        except ValueError:
            return None
        branches = [body[a + 1 : b] for a, b in pairwise([-1, *bars, len(body)])]
        if len({branch[:1] for branch in branches}) > 1:
            # (branches opening with different characters: the engine would try every branch at each place one of
            # those characters stands, inside words too, which costs more than the word boundary tested first)
            return None
        moved = [_moved(branch, tests, flags) for branch in branches]
        if any(m is None for m in moved):
            return None
        rewritten = opening + "|".join(moved) + ")" + rest[end:]  # type: ignore[arg-type]
        tail = rest[end:]
    else:
        first = _moved(rest, tests, flags)
        if first is None:
            return None
        rewritten = first
    try:
        if _top_level_bars(tail):
            return None  # (another alternative of the whole pattern would still be tried at every position)
    except ValueError:
        return None
    try:
        compiled = re.compile(rewritten, flags)
    except re.error:
        return None
    if compiled.groups != pattern.groups or compiled.groupindex != pattern.groupindex:
        return None
    return compiled


def _moved(branch: str, tests: list[str], flags: int) -> str | None:
    """``branch`` with ``tests`` (see :func:`fronted`) after the run of literal characters it opens with (the engine
    looks for a whole run at once); None where it does not open with a literal character that is not repeated."""
    run: list[str] = []  # the run's characters, as written in the source
    i = 0
    while i < len(branch):
        if branch[i] == "\\" and i + 1 < len(branch) and not branch[i + 1].isalnum():
            item, width = branch[i : i + 2], 2  # (an escaped punctuation mark or space: a literal)
        elif branch[i] not in _SPECIAL:
            item, width = branch[i], 1
        else:
            break
        if i + width < len(branch) and branch[i + width] in _QUANTIFIERS:
            break  # ('mobs?': the 's' may be absent, so the run ends before it)
        run.append(item)
        i += width
    if not run:
        return None
    literal = "".join(run)
    first = run[0][-1]
    moved = []
    for test in tests:
        if test == "\\b":
            # (\b before a word character: none before it; before any other character: one before it)
            moved.append(f"(?<!\\w{literal})" if re.match(r"\w", first, flags & re.ASCII) else f"(?<=\\w{literal})")
        else:
            moved.append(f"{test}{literal})")
    return literal + "".join(moved) + branch[i:]


def _lookahead(tree: list[tuple[Any, Any]]) -> str | None:
    """The class of :func:`led`'s lookahead for a parsed pattern; None where it would not help or is not known."""
    try:
        return None if _has_prefix(tree) else _leading_chars(tree)
    except Exception:  # (a parser detail changed: no lookahead, the pattern as it is)
        return None


def _behind(pattern: re.Pattern[str], chars: str | None) -> re.Pattern[str]:
    """:func:`fronted` ``pattern`` where it has that form, else ``pattern`` behind a lookahead on the class ``chars``
    (itself where ``chars`` is None)."""
    front = fronted(pattern)
    if front is not None:
        return front
    if chars is None:
        return pattern
    try:
        return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)
    except Exception:  # (a global flag written inside the pattern cannot move behind the lookahead)
        return pattern


class Gated:
    """A compiled pattern whose :meth:`search`, :meth:`sub` and :meth:`finditer` first check for its
    :func:`required_literals` (plain ``in`` tests, far cheaper than the regex engine's attempt at every position),
    then search with its :func:`led` twin. Any other attribute is the pattern's own."""

    __slots__ = ("_also", "_branches", "_chars", "_index", "_led", "_needed", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needed: tuple[str, ...] | bool | None = False  # (read on first use: parsing costs start-up time)
        self._chars: str | None = None  # (the lookahead's class, read from the same parse as the literals)
        self._also: tuple[tuple[str, ...], ...] = ()  # (the other needed sets, from the same parse)
        self._branches: tuple[tuple[tuple[str, ...], ...], ...] = ()  # (each alternative's own sets: see branches)
        self._led: re.Pattern[str] | None = None
        self._index: LiteralIndex | AutomatonIndex | None = None  # (the shared index of its literals: share_literals)

    @property
    def led(self) -> re.Pattern[str]:
        """:func:`led` of the pattern, made on first use: what :meth:`search`, :meth:`sub` and :meth:`finditer`
        run."""
        found = self._led
        if found is None:
            if self._needed is False:
                self._read()
            found = self._led = _behind(self.pattern, self._chars)
        return found

    @property
    def needed(self) -> tuple[str, ...] | None:
        """The pattern's :func:`required_literals`, sorted; None where it has none."""
        if self._needed is False:
            self._read()
        return self._needed  # type: ignore[return-value]

    @property
    def also(self) -> tuple[tuple[str, ...], ...]:
        """The pattern's other needed sets (:func:`required_literal_sets` but :attr:`needed`), each sorted, the most
        selective first: a text must hold a string of each of them too."""
        if self._needed is False:
            self._read()
        return self._also

    @property
    def branches(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """For a pattern that is an alternation at its top (``A|B|C``), each alternative's needed sets
        (:func:`required_literal_sets` of the alternative alone), where one alternative has more than one: a match is
        a match of one alternative, so a text can match only where, for one of them, it holds a string of each of
        its sets. (:attr:`needed` is only the union of the alternatives' best sets: 'soldiers' lets through every
        alternative of a pattern whose 'soldiers' must be followed by 'were seen' in one and by 'arrived in' in
        another.) Empty where that tells nothing more (no top alternation, one set each, or an alternative with
        none)."""
        if self._needed is False:
            self._read()
        return self._branches

    def facts(self) -> tuple[tuple[str, ...] | None, str | None, tuple[tuple[str, ...], ...],
                             tuple[tuple[tuple[str, ...], ...], ...]]:
        """(:attr:`needed`, the class of :attr:`led`'s lookahead or None, :attr:`also`, :attr:`branches`): what the
        parse of the pattern tells, to be kept (:func:`read_facts`) and given to another :class:`Gated` of the same
        pattern by :meth:`know`."""
        if self._needed is False:
            self._read()
        return self._needed, self._chars, self._also, self._branches  # type: ignore[return-value]

    def know(self, needed: tuple[str, ...] | None, chars: str | None,
             also: tuple[tuple[str, ...], ...] = (), branches: tuple[tuple[tuple[str, ...], ...], ...] = ()) -> None:
        """Take the :meth:`facts` of this pattern, read before, instead of parsing it."""
        self._needed, self._chars, self._also, self._branches = needed, chars, also, branches
        self._index = None  # (an index made for other facts does not gate it: see share_literals)

    def _read(self) -> None:
        """Parse the pattern once for :attr:`needed`, :attr:`also` and the class of :attr:`led`'s lookahead (the
        parse costs more than compiling the twin does)."""
        tree = _parsed(self.pattern)
        found = _needed_in(tree)
        self._chars = None if tree is None else _lookahead(tree)
        self._needed = tuple(sorted(found)) if found is not None else None
        others = [] if tree is None or found is None else [s for s in _all_needed(tree) if s != found]
        self._also = tuple(tuple(sorted(s)) for s in sorted(others, key=_score, reverse=True))
        self._branches = () if found is None else _branch_sets(tree)  # type: ignore[arg-type]

    def possible(self, text: str) -> bool:
        """False where ``pattern`` cannot match anywhere in ``text``: it lacks every string of :attr:`needed`, or of
        one of the sets :attr:`also` (most searches that pass the first set fail: 'opened' without 'fire')."""
        needed = self._needed
        if needed is False:
            needed = self.needed
        if needed is None:
            return True
        shared = _shared
        present = shared[2].get(text) if shared is not None and self._index is shared[1] else None
        if present is not None:  # (the text's literals, read by the shared index: see search)
            return self._present_allows(needed, present)
        for literal in needed:  # (a plain loop: any() over a generator costs more per call)
            if literal in text:
                break
        else:
            return False
        for also in self._also:
            for literal in also:
                if literal in text:
                    break
            else:
                return False
        return _some_branch(self._branches, text)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped where it cannot match."""
        # (:meth:`possible`'s test written out here: ~70 searches a document, most of them stopped by the test, and
        # the call to possible() cost as much as the test itself)
        needed = self._needed
        if needed is False:
            if not self.possible(text):
                return None
        elif needed is not None:
            shared = _shared
            present = shared[2].get(text) if shared is not None and self._index is shared[1] else None
            if present is not None:
                # (the text's literals, read once for every phrase list and shared pattern: a set test per needed set
                # instead of an ``in`` scan of the text per literal; the same answer, see share_literals)
                if not self._present_allows(needed, present):
                    return None
                led = self._led
                return (self.led if led is None else led).search(text)
            for literal in needed:
                if literal in text:
                    break
            else:
                return None
            for also in self._also:
                for literal in also:
                    if literal in text:
                        break
                else:
                    return None
            if self._branches and not _some_branch(self._branches, text):
                return None
        led = self._led
        return (self.led if led is None else led).search(text)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """``pattern.sub(repl, string, count)``; ``string`` as it is where the pattern cannot match."""
        if not self.possible(string):
            return string
        return self.led.sub(repl, string, count)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(string)``; nothing where the pattern cannot match."""
        if not self.possible(string):
            return iter(())
        return self.led.finditer(string)

    def _present_allows(self, needed: tuple[str, ...] | frozenset[str], present: set[str]) -> bool:
        """Can the pattern match a text whose literals (those the shared index looks for) are ``present``: one of
        ``needed``, one of each :attr:`also` set and every set of some :attr:`branches` alternative among them?"""
        if present.isdisjoint(needed):
            return False
        for also in self._also:
            if present.isdisjoint(also):
                return False
        return _some_branch_present(self._branches, present)

    def __getstate__(self) -> tuple[None, dict[str, Any]]:
        # (a copy or a pickle leaves out the shared index: it is the process's own, and large)
        return None, {name: getattr(self, name) for name in Gated.__slots__ if name != "_index"}

    def __setstate__(self, state: tuple[None, dict[str, Any]]) -> None:
        for name, value in state[1].items():
            setattr(self, name, value)
        self._index = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in Gated.__slots__:
            raise AttributeError(name)  # (copy and pickle ask before the slots are set: no recursion)
        return getattr(self.pattern, name)


def _some_branch(branches: tuple[tuple[tuple[str, ...], ...], ...], text: str) -> bool:
    """Whether ``text`` holds a string of each set of one of ``branches`` (True where there are none)."""
    if not branches:
        return True
    for sets in branches:
        for one in sets:
            for literal in one:
                if literal in text:
                    break
            else:
                break  # (this alternative lacks a set: the next one)
        else:
            return True
    return False


def _some_branch_present(branches: tuple[tuple[tuple[str, ...], ...], ...], present: set[str]) -> bool:
    """:func:`_some_branch` read from the set of a text's literals (every literal of ``branches`` among those its
    index looks for; True where there are none)."""
    if not branches:
        return True
    for sets in branches:
        for one in sets:
            if present.isdisjoint(one):
                break  # (this alternative lacks a set: the next one)
        else:
            return True
    return False


def _branch_sets(tree: list[tuple[Any, Any]]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """:attr:`Gated.branches` of a parsed pattern: read where its top sequence holds one alternation."""
    items = tree
    while len(items) == 1 and items[0][0] is _SUBPATTERN:  # ('(?:A|B)' or '(A|B)' alone: its alternatives)
        add_flags = items[0][1][1] if len(items[0][1]) == 4 else 0
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return ()
        items = list(items[0][1][-1])
    at = [n for n, (op, _arg) in enumerate(items) if op is _BRANCH]
    if len(at) != 1:
        return ()
    # (the parser moves what all alternatives open with out in front of them, '\b' most often: a match of the whole
    # is what comes before, one alternative, then what comes after)
    before, after = items[: at[0]], items[at[0] + 1 :]
    branches = []
    for branch in items[at[0]][1][1]:
        sets = _all_needed([*before, *branch, *after])
        if not sets:
            return ()  # (an alternative with no known literal: any text may match it)
        branches.append(tuple(tuple(sorted(s)) for s in sorted(sets, key=_score, reverse=True)))
    if all(len(sets) == 1 for sets in branches):
        return ()  # (one set each: the union, :attr:`Gated.needed`, tells as much)
    return tuple(branches)


def read_facts(gated: Sequence[Gated]) -> None:
    """Give each of ``gated`` its :meth:`~Gated.facts` from the disk cache (:mod:`sitrep.diskcache`), parsing them
    (and storing them there) where it has none: parsing costs more start-up time than compiling does. The entry is
    named by the patterns, their flags and this module, so it is never read for other patterns or other code."""
    from sitrep import diskcache

    name = "prefilter-facts-{}.marshal".format(
        diskcache.fingerprint(*(f"{g.pattern.flags}:{g.pattern.pattern}" for g in gated), files=[Path(__file__)]))
    stored = diskcache.read(name)
    if isinstance(stored, tuple) and len(stored) == len(gated) and all(_fact(item) for item in stored):
        for item, facts in zip(gated, stored, strict=True):
            item.know(*facts)
        return
    diskcache.write(name, tuple(item.facts() for item in gated))


def _fact(item: object) -> bool:
    """Whether a stored item has the form of :meth:`Gated.facts` (a damaged entry is not used)."""
    if not (isinstance(item, tuple) and len(item) == 4 and (item[1] is None or isinstance(item[1], str))):
        return False
    also = item[2]
    if not (isinstance(also, tuple) and all(isinstance(s, tuple) and _strings(s) for s in also)):
        return False
    branches = item[3]
    if not (isinstance(branches, tuple) and all(isinstance(sets, tuple) and all(
            isinstance(s, tuple) and _strings(s) for s in sets) for sets in branches)):
        return False
    return item[0] is None or (isinstance(item[0], tuple) and _strings(item[0]))


def _strings(items: tuple[object, ...]) -> bool:
    return all(isinstance(s, str) for s in items)


_EMPTY: frozenset[str] = frozenset()

CHUNK_MEMORY = 100_000
"""Whitespace-separated chunks a :class:`LiteralIndex` remembers the pieces of; then it starts again (bounded)."""


class LiteralIndex:
    """Which of a fixed set of literals occur in a text (``literal in text`` for each, answered exactly), read
    through the text's distinct chunks between white space rather than by a scan of the whole text per literal.

    A literal's *pieces* are its parts between white space (``str.split``) of three characters or more. A piece holds
    no white space, so it occurs in a text exactly when it occurs in one of the text's chunks (``text.split()``); the
    pieces each chunk holds are worked out once per process (from the chunk's three-character windows) and
    remembered, and a document's chunks are mostly words met before ('the', 'killed'). A literal that is one piece
    is then present exactly when its piece is; any other (white space inside or around it, 'opened fire', ' fire')
    is looked for with ``in`` only where all its pieces are present, and one with no piece (all its parts shorter
    than three characters) always.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(literals)
        self._single = frozenset(literal for literal in self.literals if literal.split() == [literal]
                                 and len(literal) >= _SHORTEST)
        self._spread: dict[str, list[tuple[str, frozenset[str]]]] = {}  # first piece -> (literal, all its pieces)
        self._always: list[str] = []  # (literals with no piece: an ``in`` test each time)
        pieces = set(self._single)
        for literal in sorted(self.literals - self._single):
            own = [piece for piece in literal.split() if len(piece) >= _SHORTEST]
            if not own:
                self._always.append(literal)
                continue
            pieces.update(own)
            self._spread.setdefault(max(own, key=len), []).append((literal, frozenset(own)))
        self._spread_firsts = frozenset(self._spread)
        by_head: dict[str, set[str]] = {}
        for piece in pieces:
            by_head.setdefault(piece[:3], set()).add(piece)
        self._by_head = {head: tuple(sorted(found)) for head, found in by_head.items()}
        self._heads = frozenset(self._by_head)
        self._chunks: dict[str, frozenset[str]] = {}

    def _pieces_in(self, chunk: str) -> frozenset[str]:
        """The pieces that occur in ``chunk`` (every piece begins with one of its three-character windows)."""
        heads = self._heads.intersection([chunk[i : i + 3] for i in range(len(chunk) - 2)])
        if not heads:
            return _EMPTY
        found = frozenset(piece for head in heads for piece in self._by_head[head] if piece in chunk)
        return found or _EMPTY

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text``."""
        memory = self._chunks  # (read once: it is replaced, never emptied, so another thread's copy stays whole)
        if len(memory) > CHUNK_MEMORY:
            memory = self._chunks = {}
        chunks = set(text.split())
        for chunk in chunks.difference(memory):
            memory[chunk] = self._pieces_in(chunk)
        pieces = set().union(*map(memory.__getitem__, chunks))
        found = pieces & self._single
        for first in pieces & self._spread_firsts:
            for literal, own in self._spread[first]:
                if own <= pieces and literal in text:
                    found.add(literal)
        for literal in self._always:
            if literal in text:
                found.add(literal)
        return found


class AutomatonIndex:
    """:class:`LiteralIndex`'s answer (the literals that occur in a text, ``literal in text`` for each) read by one
    Aho-Corasick pass of pyahocorasick's automaton over the text: it reports every occurrence of every literal,
    overlapping ones and those inside words included, so the set of the literals reported is exactly the set the
    ``in`` tests give. (Its ``iter_long`` would not do: it reports only the longest of overlapping matches.) About a
    third of :class:`LiteralIndex`'s time a text, and nothing to remember between texts."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(literals)
        self._always = "" in self.literals  # (the empty string is in every text; the automaton takes no empty key)
        automaton = ahocorasick.Automaton()
        for literal in self.literals:
            if literal:
                automaton.add_word(literal, literal)
        automaton.make_automaton()
        self._iter = automaton.iter if len(automaton) else None  # (an automaton with no key cannot be iterated)

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text``."""
        found = set(map(_second, self._iter(text))) if self._iter is not None else set()
        if self._always:
            found.add("")
        return found


_second = itemgetter(1)

Index: type[LiteralIndex] | type[AutomatonIndex] = LiteralIndex if ahocorasick is None else AutomatonIndex
"""The index :func:`present_phrases` makes: chosen once, at import (both answer exactly the same)."""


class Phrases(tuple[str, ...]):
    """A tuple of literal phrases whose :meth:`any_in` answers ``any(phrase in text for phrase in phrases)``.

    The rules ask many lists of phrases of the same texts (a clause's lower-cased text is asked for a war's course,
    a tally's background, a toll's update, a protest's purpose …), and each ``in`` test scans the text: ~800 scans a
    document. All :class:`Phrases` made share one :class:`LiteralIndex` over all their phrases, and what it finds in
    a text is remembered for the last :data:`PRESENT_MEMORY` texts, so a text is read once for every list; each list
    then asks a set operation. The answer is exactly the scans' (see :class:`LiteralIndex`). Still a tuple: iterated,
    joined into patterns or tested with ``in`` as before.
    """

    _set: frozenset[str]

    def __new__(cls, phrases: Iterable[str]) -> Phrases:
        made = super().__new__(cls, phrases)
        made._set = frozenset(made)
        _ALL_PHRASES.append(made)
        return made

    def any_in(self, text: str) -> bool:
        """Whether one of the phrases occurs in ``text``."""
        return not self._set.isdisjoint(present_phrases(text))


PRESENT_MEMORY = 2_048
"""Texts whose phrases :func:`present_phrases` remembers; then it starts again (bounded memory)."""

_ALL_PHRASES: list[Phrases] = []
_SHARED_GATED: list[Gated] = []
"""The patterns whose literals the shared index looks for too (:func:`share_literals`)."""
_shared: tuple[tuple[int, int], LiteralIndex | AutomatonIndex, dict[str, set[str]]] | None = None
"""(how many :class:`Phrases` and shared patterns it was made for, the index of all their literals, the texts it
answered), made at first use, and again when a list or a shared pattern was added after it."""


def share_literals(gated: Iterable[Gated]) -> None:
    """Have the index of :func:`present_phrases` look for the literals of ``gated`` too (the strings of their
    :attr:`~Gated.needed`, :attr:`~Gated.also` and :attr:`~Gated.branches`, read here): their :meth:`Gated.search`
    of a text the index has read (a sentence's or an event's lower-case text, read for the phrase lists) is then gated
    by set tests on the literals found there, not by an ``in`` scan of the text per literal. The index answers
    exactly, so the gate does (a text it has not read is gated as before). Meant for a fixed set of patterns, given
    once (each call makes the index anew)."""
    _SHARED_GATED.extend(g for g in gated if g.needed is not None)


def present_phrases(text: str) -> set[str]:
    """The phrases of every :class:`Phrases`, and the literals of the patterns given to :func:`share_literals`, that
    occur in ``text`` (remembered for the last texts asked)."""
    global _shared
    shared = _shared  # (read once: it is replaced whole, never changed, so another thread's copy stays consistent)
    if shared is None or shared[0] != (len(_ALL_PHRASES), len(_SHARED_GATED)):
        lists, gated = list(_ALL_PHRASES), list(_SHARED_GATED)
        literals = {phrase for phrases in lists for phrase in phrases}
        for one in gated:
            for needed in (one.needed, *one.also, *(strings for sets in one.branches for strings in sets)):
                literals.update(needed or ())
        index = Index(literals)
        shared = _shared = ((len(lists), len(gated)), index, {})
        for one in gated:
            one._index = index  # (after the tuple is made: a search reads both through _shared)
    memory = shared[2]
    found = memory.get(text)
    if found is None:
        if len(memory) >= PRESENT_MEMORY:
            memory = {}
            shared = _shared = (shared[0], shared[1], memory)
        found = memory[text] = shared[1].present(text)
    return found
