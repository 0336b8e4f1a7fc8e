"""Text decoded with the wrong code page, folded back: what a reporter wrote, not what a decoder made of it.

Two common faults reach sitrep as text (a CSV export, a pasted page, a feed that was decoded once already):

* **Windows-1252 bytes read as Latin-1.** Smart quotes and dashes (bytes 0x80-0x9F) become invisible C1 control
  codes: "People\\x92s", "\\x93plundering\\x94". They are folded to the Windows-1252 character the byte stands for
  ("People’s"). No real text uses C1 control codes.
* **UTF-8 bytes read as Windows-1252 (or Latin-1).** One character becomes two or three: "protesters’" written as
  "protestersâ€™", "é" as "Ã©". A run that spells a valid UTF-8 sequence when turned back into bytes is folded to the
  character it encodes.

Either fault splits or hides words ("protestersâ€™" is not "protesters"), so the rules miss them. Text with no such
run is returned unchanged (the same object).
"""

from __future__ import annotations

import re

# Bytes 0x80-0x9F that Windows-1252 leaves undefined: a decoder that kept them made them C1 codes of their own.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})

_C1 = re.compile("[\u0080-\u009f]")

# The characters bytes 0x80-0xBF become in Windows-1252 (or, where it defines none, in Latin-1): a UTF-8 continuation
# byte, read as one of them.
_CONTINUATION = "".join(
    sorted({(bytes([b]).decode("latin-1") if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252"))
            for b in range(0x80, 0xC0)}))
_CONTINUATION_CLASS = "[" + re.escape(_CONTINUATION) + "]"
# A UTF-8 lead byte (0xC2-0xF4) read as a Latin-1 letter, then one to three continuation bytes.
_UTF8_AS_CP1252 = re.compile(f"[\u00c2-\u00f4]{_CONTINUATION_CLASS}{{1,3}}")


def _byte(char: str) -> int:
    """The byte Windows-1252 (or Latin-1, for the bytes Windows-1252 leaves undefined) writes ``char`` as."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return char.encode("latin-1")[0]


def _utf8_length(lead: int) -> int:
    """How many bytes a UTF-8 sequence starting with byte ``lead`` (0xC2-0xF4) has."""
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _refold(match: re.Match[str]) -> str:
    run = match.group()
    data = bytes(_byte(char) for char in run)
    length = _utf8_length(data[0])
    if len(data) < length:
        return run
    try:
        char = data[:length].decode("utf-8")
    except UnicodeDecodeError:
        return run  # (no character spelled: the run stands as written)
    return char + run[length:]


def _c1(match: re.Match[str]) -> str:
    code = ord(match.group())
    return match.group() if code in _CP1252_UNDEFINED else bytes([code]).decode("cp1252")


def fold_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as Windows-1252 ("â€™") and Windows-1252 read as Latin-1 ("\\x92") folded back to the
    characters written ("’")."""
    if text.isascii():
        return text
    if _UTF8_AS_CP1252.search(text):
        text = _UTF8_AS_CP1252.sub(_refold, text)
    if _C1.search(text):
        text = _C1.sub(_c1, text)
    return text
