"""Compiled patterns kept on disk: a later process gets, from ``re.compile``, the very pattern it would compile."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep import diskcache, regexcache

pytestmark = pytest.mark.skipif(regexcache._CACHE is None, reason="this interpreter's re keeps no cache we know")

SOURCES = [
    (r"\b(?P<count>\d+) (?:people|civilians) (?:were )?(?:killed|wounded) in (?P<place>[A-Z]\w+)", 0),
    (r"(?i)\bcease[- ]?fire\b", 0),
    (r"\bstorm(?:ed|ing)? (?:the )?(?:[\w-]+ ){0,2}?(?:compound|base|camp)\b", re.IGNORECASE),
    (r"^\s*(?:by|from) (\w+)$", re.MULTILINE),
    (r"(?<=\d)(?:st|nd|rd|th)\b|(?=[A-Z])\w+(?<!s)\b", 0),
    (r"[\u0600-\u06ff]+|\d{1,3}(?:,\d{3})+", 0),
    (r"(a)(b)?(?(2)c|d)", 0),
    (r"(?x) \b (?:fired | shot) \s+ at \b  # a comment", 0),
    (r"(?s)<script>.*?</script>", 0),
]
TEXTS = ["12 people were killed in Kirkuk", "a Cease-fire held", "Troops STORMED the rebel base", "by Reuters",
         "the 3rd time", "قتل 1,234", "ab", "abd", "they fired at the crowd", "<script>x\ny</script>"]


def _unique(run: str) -> list[tuple[str, int]]:
    """:data:`SOURCES` made unique to one test run (another test may have compiled the plain ones)."""
    return [(f"{source}|zz{run}{n}qq", flags) for n, (source, flags) in enumerate(SOURCES)]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SITREP_NO_CACHE", raising=False)
    return tmp_path


def _later_process(sources: list[tuple[str, int]], home: Path) -> list[Any]:
    """In a new interpreter: seed re's cache, then compile ``sources``; for each, whether it came from the disk
    and what it matches in :data:`TEXTS`."""
    script = (
        "import json, re, sys\n"
        "from sitrep import regexcache\n"
        "regexcache.seed()\n"
        "out = []\n"
        "for source, flags in json.loads(sys.argv[1]):\n"
        "    key = (str, source, flags)\n"
        "    seeded = key in regexcache._seeded\n"
        "    pattern = re.compile(source, flags)\n"
        f"    found = [(m.span(), m.groups(), m.groupdict()) for t in {TEXTS!r} for m in pattern.finditer(t)]\n"
        "    out.append([seeded, pattern.groups, dict(pattern.groupindex), found])\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "PYTHONPATH": str(Path(regexcache.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", script, json.dumps(sources)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def _here(sources: list[tuple[str, int]]) -> list[Any]:
    """What :func:`_later_process` prints, for patterns compiled in this process (and marked as from the disk)."""
    out = []
    for source, flags in sources:
        pattern = re.compile(source, flags)
        found = [(m.span(), m.groups(), m.groupdict()) for t in TEXTS for m in pattern.finditer(t)]
        out.append([True, pattern.groups, dict(pattern.groupindex), found])
    return json.loads(json.dumps(out))  # (as the other process's answer arrives: tuples as lists)


def _earlier_process(sources: list[tuple[str, int]], home: Path, *, subclass: bool = False) -> None:
    """In a new interpreter: seed re's cache, compile ``sources`` (and, with ``subclass``, a pattern from a StrEnum
    member), and exit: what it compiled is kept at exit."""
    script = (
        "import enum, json, re, sys\n"
        "from sitrep import regexcache\n"
        "regexcache.seed()\n"
        "class Word(enum.StrEnum):\n"
        "    ATTACK = r'\\battack(?:ed|s)?\\b|zzsubclassqq'\n"
        "if sys.argv[2] == 'subclass':\n"
        "    re.compile(Word.ATTACK)  # (in re's cache under the member itself, which marshal cannot write)\n"
        "for source, flags in json.loads(sys.argv[1]):\n"
        "    re.compile(source, flags)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "PYTHONPATH": str(Path(regexcache.__file__).parents[1])}
    env.pop("SITREP_NO_CACHE", None)
    subprocess.run([sys.executable, "-c", script, json.dumps(sources), "subclass" if subclass else "plain"], env=env,
                   check=True)


def test_a_later_process_gets_the_patterns_an_earlier_one_compiled_and_they_match_alike(cache_home: Path) -> None:
    sources = _unique("later")
    _earlier_process(sources, cache_home)
    assert _later_process(sources, cache_home) == _here(sources)


def test_a_pattern_compiled_from_a_str_subclass_does_not_stop_the_others_being_kept(cache_home: Path) -> None:
    sources = _unique("subclass")
    _earlier_process(sources, cache_home, subclass=True)
    assert _later_process(sources, cache_home) == _here(sources)


def test_an_entry_equals_the_compiled_pattern_or_is_not_made() -> None:
    for source, flags in _unique("entry"):
        pattern = re.compile(source, flags)
        entry = regexcache._entry(source, flags, pattern)
        assert entry is not None
        assert entry[0] == source and entry[1] == flags


def test_a_damaged_entry_is_compiled_as_usual(cache_home: Path) -> None:
    sources = _unique("damaged")
    expected = _here(sources)
    entries = [regexcache._entry(source, flags, re.compile(source, flags)) for source, flags in sources]
    # a program cut short, a program of unknown opcodes (_sre refuses both), an entry of the wrong shape
    broken = [(*entries[0][:3], entries[0][3][:-8], *entries[0][4:]),
              (*entries[1][:3], b"\xff\xff\x00\x00" * (len(entries[1][3]) // 4), *entries[1][4:]),
              ("not", "an", "entry")]
    diskcache.write(regexcache._name(), broken + entries[2:])
    found = _later_process(sources, cache_home)
    assert [line[1:] for line in found] == [line[1:] for line in expected]
    assert [line[0] for line in found] == [False, False] + [True] * (len(sources) - 2)


def test_nothing_is_written_with_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("SITREP_NO_CACHE", "1")
    _here(_unique("off"))
    assert regexcache.keep() == 0
    assert not list(tmp_path.rglob("regex-*"))
