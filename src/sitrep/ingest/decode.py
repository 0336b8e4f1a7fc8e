"""Bytes to text: the one place where an input file's encoding is decided.

The order of the rules matters and each one is there because a later one gets that case wrong:

1. An empty file is an error ("empty file"), not an empty document.
2. A byte-order mark decides: UTF-32, UTF-8 or UTF-16 (LE/BE). The BOM is dropped from the text.
3. UTF-16 *without* a BOM is recognised by its NUL bytes falling on every other byte (ASCII-range text stored as
   UTF-16 has a zero high byte). Any other NUL byte means a binary file: text never contains NUL.
4. A file that decodes as strict UTF-8 is UTF-8 (invalid UTF-8 almost never decodes by accident).
5. Otherwise it is a single-byte encoding. Windows-1252 and Latin-1 agree on 0xA0-0xFF and differ on 0x80-0x9F:
   Windows-1252 has smart quotes and dashes there, Latin-1 only invisible C1 control codes that no real text uses.
   So bytes in 0x80-0x9F, all defined in Windows-1252, mean Windows-1252; no such bytes mean Latin-1. Both are
   accepted only when the text reads like a Western European language: few non-ASCII letters among the letters.
6. Anything else (Cyrillic or Arabic code pages, ...) is left to charset-normalizer. It is asked last because it
   mistakes short Windows-1252 and Latin-1 texts for Central European code pages ("é" becomes "ŕ").

Text that is mostly control characters is reported as binary whatever it decodes as.
"""

from __future__ import annotations

import codecs
import re

from sitrep.errors import InputError

# Control characters that do not occur in text files (tab, newlines, vertical tab and form feed do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Bytes 0x80-0x9F that Windows-1252 leaves undefined.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_C1_BYTES = re.compile(b"[\x80-\x9f]")

# Past this share of control characters a file is "mostly non-printable": real text has next to none.
_BINARY_CONTROL_SHARE = 0.10
# Western European text has a few accented letters among many ASCII ones (French, one of the densest, about 4%);
# a Cyrillic or Greek text read as Latin-1 has nearly all letters non-ASCII.
_MAX_NON_ASCII_LETTER_SHARE = 0.30
# How much of the file the UTF-16 and binary tests look at: enough to decide, cheap for a 20 MB file.
_SAMPLE = 64 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# charset-normalizer and Python call encodings by codec names; the names people know read better in records.
_DISPLAY_NAMES = {"cp1252": "windows-1252", "latin_1": "latin-1", "iso8859-1": "latin-1", "utf_8": "utf-8"}


def decode_bytes(data: bytes, *, path: str | None = None, records: bool = False) -> tuple[str, str]:
    """Decode the bytes of a text file and name the encoding used.

    Returns ``(text, encoding)`` with ``encoding`` one of "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
    "windows-1252", "latin-1", or the codec charset-normalizer found. A byte-order mark is removed from the text.

    ``records`` is for JSONL and CSV files, where each line or row is read on its own: a few NUL bytes then spoil
    only the records they sit in (the reader reports those), not the whole file.

    Raises :class:`~sitrep.errors.InputError` (with ``path``) for an empty file, a binary file, or bytes that no
    encoding explains.
    """
    if not data:
        raise InputError("empty file", path=path)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _check_text(_strict(data, codec, name, path), name, path)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _check_text(_strict(data, utf16, utf16, path), utf16, path)
    if b"\x00" in data and not records:
        raise InputError("binary file, not text (it contains NUL bytes)", path=path)
    _reject_control_bytes(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _check_text(*_single_byte(data, path), path)


def _strict(data: bytes, codec: str, name: str, path: str | None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"undecodable bytes: looks like {name.upper()} but byte {error.start} is invalid ({error.reason})",
            path=path,
        ) from error


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when NUL bytes sit on every other byte, as in ASCII text stored as UTF-16."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # Most characters of a text in any Latin-script language are ASCII, so most high bytes are NUL, and the
    # other half of each pair almost never is.
    if odd_nuls >= 0.7 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.7 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return _bomless_utf16_any_script(sample[: pairs * 2])


def _bomless_utf16_any_script(sample: bytes) -> str | None:
    """UTF-16 of a text in a non-Latin script (Arabic, Cyrillic, ...): few high bytes are NUL then, only those of
    spaces, digits and punctuation. Accepted when one byte order decodes to text: no NUL or other control
    characters, and spaces or line breaks between words. Binary data fails this: it has runs of NUL bytes."""
    best: tuple[int, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            # A sample may cut a surrogate pair in two at its end; one character less decides as well.
            try:
                text = sample[:-2].decode(codec)
            except UnicodeDecodeError:
                continue
        if not text or "\x00" in text or len(_CONTROL_CHARS.findall(text)) > 0.01 * len(text):
            continue
        spaces = sum(text.count(char) for char in " \n")
        if spaces >= 0.05 * len(text) and (best is None or spaces > best[0]):
            best = (spaces, codec)
    return best[1] if best else None


def _reject_control_bytes(data: bytes, path: str | None) -> None:
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise InputError("binary file, not text (mostly non-printable bytes)", path=path)


def _check_text(text: str, encoding: str, path: str | None) -> tuple[str, str]:
    """Reject decoded text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:_SAMPLE]
    controls = len(_CONTROL_CHARS.findall(sample))
    if sample and controls > _BINARY_CONTROL_SHARE * len(sample):
        raise InputError("binary file, not text (mostly non-printable characters)", path=path)
    return text, encoding


def _single_byte(data: bytes, path: str | None) -> tuple[str, str]:
    c1 = {match[0] for match in _C1_BYTES.findall(data)}
    if not c1:
        candidate = ("latin-1", data.decode("latin-1"))
    elif not c1 & _CP1252_UNDEFINED:
        candidate = ("windows-1252", data.decode("cp1252"))
    else:
        candidate = None
    if candidate is not None and _reads_as_western(candidate[1]):
        return candidate[1], candidate[0]
    return _detect(data, path)


def _reads_as_western(text: str) -> bool:
    # A sample is enough to tell a language's script; the whole of a 20 MB file is not needed.
    letters = [char for char in text[:_SAMPLE] if char.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for char in letters if not char.isascii())
    return non_ascii <= _MAX_NON_ASCII_LETTER_SHARE * len(letters)


def _detect(data: bytes, path: str | None) -> tuple[str, str]:
    # Imported here: only files that the simple rules cannot decide pay for loading the detector.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            "undecodable bytes: not UTF-8, UTF-16, Windows-1252 or Latin-1, and no other encoding fits; "
            "convert the file to UTF-8",
            path=path,
        )
    codec = codecs.lookup(best.encoding).name
    return str(best), _DISPLAY_NAMES.get(codec, codec)
