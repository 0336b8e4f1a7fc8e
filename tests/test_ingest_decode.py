"""Bytes to text: encodings are recognised, and bytes that are not text are refused with a clear reason."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import decode_bytes, read_file

CURLY = "The group\u2019s \u201cweekly bulletin\u201d listed 12 attacks \u2013 mostly ambushes\u2026"
ACCENTED = "Le communiqu\u00e9 du groupe a \u00e9t\u00e9 publi\u00e9 lundi; le minist\u00e8re n'a pas r\u00e9agi."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CURLY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CURLY.encode("utf-8"), "utf-8"),
        (CURLY.encode("utf-16"), "utf-16"),
        (b"\xff\xfe" + CURLY.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + CURLY.encode("utf-16-be"), "utf-16"),
        (CURLY.encode("utf-16-le"), "utf-16-le"),
        (CURLY.encode("utf-16-be"), "utf-16-be"),
        (CURLY.encode("utf-32"), "utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-native-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le-no-bom",
         "utf-16-be-no-bom", "utf-32-bom"],
)
def test_unicode_encodings_are_recognised_and_the_bom_dropped(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (CURLY, encoding)


def test_windows_1252_smart_quotes_and_dashes_come_out_right() -> None:
    data = CURLY.encode("cp1252")
    assert b"\x92" in data and b"\x93" in data and b"\x96" in data
    assert decode_bytes(data) == (CURLY, "windows-1252")


def test_latin_1_accents_come_out_right() -> None:
    assert decode_bytes(ACCENTED.encode("latin-1")) == (ACCENTED, "latin-1")


def test_other_code_pages_are_left_to_the_detector() -> None:
    text = "Группа заявила о двенадцати нападениях на патрули в северной провинции за прошлый месяц."
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text
    assert encoding == "cp1251"


def test_the_encoding_is_noted_on_the_document(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(f"Bulletin Lists Attacks In The Valley\n\n{CURLY}\n\n{ACCENTED}".encode("cp1252"))
    (document,) = read_file(page)
    assert document.encoding == "windows-1252"
    assert CURLY in document.text and "publi\u00e9" in document.text


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(InputError, match="empty file"):
        decode_bytes(b"", path="empty.txt")


def test_nul_bytes_not_explained_by_utf16_mean_a_binary_file() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    with pytest.raises(InputError, match="binary file, not text") as caught:
        decode_bytes(png, path="image.txt")
    assert caught.value.path == "image.txt"
    assert str(caught.value).startswith("image.txt: binary file, not text")


def test_mostly_non_printable_bytes_mean_a_binary_file() -> None:
    with pytest.raises(InputError, match="binary file, not text"):
        decode_bytes(bytes(range(1, 32)) * 20)


def test_utf16_text_that_decodes_to_control_characters_is_binary() -> None:
    with pytest.raises(InputError, match="binary file, not text"):
        decode_bytes(b"\xff\xfe" + "\x01\x02\x03\x04".encode("utf-16-le") * 50)


def test_a_bom_followed_by_invalid_utf16_is_undecodable() -> None:
    with pytest.raises(InputError, match="undecodable bytes: looks like UTF-16"):
        decode_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")


def test_bytes_that_no_encoding_explains_are_undecodable() -> None:
    noise = random.Random(7)
    data = bytes(noise.randrange(0xA0, 0x100) for _ in range(400)) + b"\x81\x8d"
    with pytest.raises(InputError, match=r"undecodable bytes: .* convert the file to UTF-8"):
        decode_bytes(data, path="noise.txt")
