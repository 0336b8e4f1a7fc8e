"""Text decoded with the wrong code page, folded back: what a reporter wrote, not what a decoder made of it.

Two common faults reach sitrep as text (a CSV export, a pasted page, a feed that was decoded once already):

* **Windows-1252 bytes read as Latin-1.** Smart quotes and dashes (bytes 0x80-0x9F) become invisible C1 control
  codes: "People\\x92s", "\\x93plundering\\x94" ("People’s", "“plundering”").
* **UTF-8 bytes read as Windows-1252 (or Latin-1).** One character becomes two or three: "protesters’" written as
  "protestersâ€™", "é" as "Ã©".

Either fault splits or hides words ("protestersâ€™" is not "protesters"), so the rules miss them. The repair is
ftfy's (``ftfy.fix_encoding``: it weighs whether a run is mojibake or meant, and undoes only the encoding faults — no
quotes straightened, no width or ligature changes). ftfy costs some 70-180 µs on a short text whatever it holds, so a
screen for the two faults' traces runs first: a C1 code, or a Latin-1 letter that can open a UTF-8 sequence followed by
a character a continuation byte becomes. Text without such a trace (most text, and all ASCII) is returned unchanged,
as the same object, without calling ftfy.
"""

from __future__ import annotations

import re

# Bytes 0x80-0x9F that Windows-1252 leaves undefined: a decoder that kept them made them C1 codes of their own.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})

# The characters bytes 0x80-0xBF become in Windows-1252 (or, where it defines none, in Latin-1): a UTF-8 continuation
# byte, read as one of them.
_CONTINUATION = "".join(
    sorted({(bytes([b]).decode("latin-1") if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252"))
            for b in range(0x80, 0xC0)}))
# A C1 code, or a UTF-8 lead byte (0xC2-0xF4) read as a Latin-1 letter and then a continuation byte read likewise.
_TRACE = re.compile("[\u0080-\u009f]|[\u00c2-\u00f4][" + re.escape(_CONTINUATION) + "]")


def fold_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as Windows-1252 ("â€™") and Windows-1252 read as Latin-1 ("\\x92") folded back to the
    characters written ("’")."""
    if text.isascii() or _TRACE.search(text) is None:
        return text
    import ftfy  # (here: its import costs ~80 ms of every start-up, and most runs never meet mojibake)

    return ftfy.fix_encoding(text)
