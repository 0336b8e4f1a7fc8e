"""Walking files and folders: formats by extension, bad files reported and skipped, the batch always goes on."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path

import pytest

from sitrep import settings
from sitrep.errors import ConfigError, InputError
from sitrep.ingest import iter_documents, read_file
from sitrep.model import Document, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_94d01e24de17d2ba.txt"

ARTICLE = ("The Valley Group said in a statement that its fighters attacked a patrol near the ferry crossing. "
           "Officials did not comment.")
HTML = f"<!DOCTYPE html><html><head><title>Patrol Attacked</title></head><body><article><p>{ARTICLE}</p>" \
       f"<p>{ARTICLE.replace('patrol', 'convoy')}</p></article></body></html>"


def documents(items: list[Document | Failure]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def failures(items: list[Document | Failure]) -> dict[str, Failure]:
    return {Path(item.path).name: item for item in items if isinstance(item, Failure)}


def test_the_public_api_is_exactly_the_documented_names() -> None:
    # By module name: the attribute sitrep.ingest is the top-level ingest() function, not this package.
    stage = importlib.import_module("sitrep.ingest")
    assert sorted(stage.__all__) == [
        "CleanText", "ColumnMapping", "clean_scraped_text", "decode_bytes", "document_from_text", "iter_documents",
        "read_file",
    ]
    assert all(hasattr(stage, name) for name in stage.__all__)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [("a.txt", ARTICLE, "text"), ("a.text", ARTICLE, "text"), ("a.md", ARTICLE, "text"), ("a.htm", HTML, "html"),
     ("a.HTML", HTML, "html"), ("a.ndjson", json.dumps({"text": ARTICLE}), "jsonl"),
     ("a.jsonl", json.dumps({"text": ARTICLE}), "jsonl"), ("a.csv", f'text\n"{ARTICLE}"', "csv"),
     ("a.page", HTML, "html"), ("a", f"  \n{HTML}", "html"), ("a.dat", ARTICLE, "text"),
     ("a.log", f"{ARTICLE} Their bulletin used <p> tags.", "text")],
)
def test_the_format_comes_from_the_extension_or_else_from_sniffing(tmp_path: Path, name: str, content: str,
                                                                   expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (document,) = read_file(path)
    assert document.format == expected
    assert document.text.startswith("The Valley Group said")


def test_a_given_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (document,) = read_file(path, format="jsonl")
    assert document.format == "jsonl" and document.text == ARTICLE


def test_an_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown format 'docx'"):
        list(iter_documents([FIXTURES], format="docx"))


def test_a_path_that_does_not_exist_is_a_failure_and_read_file_raises_at_once(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert list(iter_documents([missing])) == [Failure(path=str(missing), reason="no such file or directory")]
    with pytest.raises(InputError, match="no such file or directory"):
        read_file(missing)


def test_folders_are_walked_recursively_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    for relative in ("b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/d.txt", "a/.cache/e.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{ARTICLE} Filed as {relative}.", encoding="utf-8")
    found = [Path(item.path).relative_to(tmp_path).as_posix() for item in iter_documents([tmp_path])]
    assert found == ["a/c.txt", "a/z.txt", "b.txt"]


def test_a_single_path_string_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [item.text for item in iter_documents(str(tmp_path))] == [ARTICLE]


def test_a_folder_of_good_and_bad_files_gives_the_good_documents_and_one_failure_per_bad_file(
        tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (tmp_path / "table.csv").write_text(f'body\n"{ARTICLE}"\n', encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(f'{json.dumps({"text": ARTICLE})}\nnot json\n', encoding="utf-8")
    (tmp_path / "huge.txt").write_text(ARTICLE * 20, encoding="utf-8")

    items = list(iter_documents([tmp_path], max_bytes=1000))

    assert sorted(Path(d.path).name for d in documents(items)) == ["good.html", "good.txt", "lines.jsonl:1"]
    bad = failures(items)
    assert sorted(bad) == ["empty.txt", "huge.txt", "image.txt", "lines.jsonl", "menu.html", "table.csv"]
    assert bad["empty.txt"].reason == "empty file"
    assert bad["image.txt"].reason.startswith("binary file, not text")
    assert bad["menu.html"].reason == "no article text found in the HTML"
    assert "--columns text=NAME" in bad["table.csv"].reason
    assert bad["lines.jsonl"].line == 2
    assert "--max-bytes" in bad["huge.txt"].reason
    assert all("\n" not in failure.reason for failure in bad.values())


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, encoding="utf-8")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError) as caught:
        read_file(path, max_bytes=1000)
    assert caught.value.reason == (
        "file is 2,000 bytes, over the limit of 1,000 bytes; raise it with --max-bytes or SITREP_MAX_BYTES")


def test_the_size_limit_comes_from_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.SETTINGS["max_bytes"].default == 20 * 1024 * 1024
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 20, encoding="utf-8")
    monkeypatch.setenv("SITREP_MAX_BYTES", "500")
    (failure,) = iter_documents([path])
    assert "over the limit of 500 bytes" in failure.reason
    (document,) = iter_documents([path], max_bytes=10_000)
    assert isinstance(document, Document)


def test_a_size_limit_that_is_not_positive_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="max_bytes must be a positive number"):
        list(iter_documents([FIXTURES], max_bytes=0))


def test_an_unreadable_folder_is_a_failure_and_the_rest_go_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    # Tests may run as root, where chmod 000 locks nothing: make the folder unreadable at the call instead.
    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([tmp_path]))
    assert items[0] == Failure(path=str(locked), reason="cannot read folder: Permission denied")
    assert [Path(d.path).name for d in documents(items)] == ["open.txt"]


def test_a_file_that_cannot_be_opened_is_a_failure_and_the_rest_go_on(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "a_locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_open.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = Path.open

    def open_unless_locked(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_unless_locked)
    first, second = iter_documents([tmp_path])
    assert first == Failure(path=str(locked), reason="cannot read: Permission denied")
    assert isinstance(second, Document)


def test_a_broken_link_and_a_pipe_are_failures_not_hangs(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    bad = failures(list(iter_documents([tmp_path])))
    assert bad["dangling.txt"].reason == "no such file or directory"
    if hasattr(os, "mkfifo"):
        assert bad["pipe.txt"].reason == "not a regular file"


def test_read_file_on_a_folder_points_to_iter_documents(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder; pass it to iter_documents"):
        read_file(tmp_path)


def test_the_same_article_from_text_and_jsonl_has_the_same_id() -> None:
    (from_text,) = read_file(FIXTURES / "scraped_claim.txt")
    (from_jsonl,) = read_file(FIXTURES / "same_article.jsonl")
    assert from_text.id == from_jsonl.id
    assert from_text.text == from_jsonl.text
    assert from_text.title == from_jsonl.title
    assert from_text.source == from_jsonl.source == "Meridian Dispatch"


def test_the_fixture_page_becomes_one_clean_document() -> None:
    (document,) = read_file(FIXTURES / "scraped_claim.txt")
    assert document.format == "text" and document.encoding == "utf-8"
    assert document.title == "Ridge Front Says Its Units Carried Out 41 Attacks In Two Months"
    assert document.text.startswith("On March 3,")
    assert len(document.comments) == 2


def test_the_seed_page_comes_out_as_clean_article_and_one_comment() -> None:
    if not SEED.exists():
        pytest.skip(f"seed page not available at {SEED}")
    (document,) = read_file(SEED)
    for furniture in ("0 $", "Support SouthFront", "Notify of", "File image.", "View all comments",
                      "Would love your thoughts", "Inline Feedbacks"):
        assert furniture not in document.text
    assert document.text.startswith("On October 7")
    assert document.text.rstrip().endswith("slowly improving.")
    assert "68 days" in document.text.split("\n\n")[0]
    assert len(document.comments) == 1
    assert not any(comment in document.text for comment in document.comments)
    assert document.title is not None and document.title.startswith("ISIS Claims") and "68 Days" in document.title
    assert document.title not in document.text
    assert document.source == "SouthFront"
    assert document.id == Document.make_id(document.text)
