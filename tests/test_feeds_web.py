"""Feeds and the web: fetching bounded in size, time and redirects; feeds polled with stored validators; each
article once. Everything is served by a local server on 127.0.0.1 (tests/web_server.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli import main
from sitrep.errors import ConfigError, InputError
from sitrep.ingest.fetch import Fetcher, read_page
from sitrep.store import Store
from sitrep.watch import parse_every, poll, read_feed_list
from web_server import article_html, atom, endless, rss, serve, slow, trickle

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/rss+xml"}


def _article(n: int) -> bytes:
    return article_html(f"Report {n}", [
        f"Gunmen attacked a police checkpoint in the north of the province on Monday, report number {n} said.",
        "Three policemen were killed and two others were wounded in the attack, according to local officials.",
        "No group has claimed responsibility for the attack so far, the officials added on Tuesday evening.",
    ])


def _fast() -> Fetcher:
    # Short limits keep the misbehaving routes quick; the defaults are 10 s reads and a 30 s deadline.
    return Fetcher(max_bytes=200_000, timeout=0.5, deadline=1.5)


def test_a_page_is_fetched_with_a_clear_user_agent_and_read_as_an_article() -> None:
    with serve({"/a1": (200, HTML, _article(1))}) as server, _fast() as fetcher:
        page = fetcher.get(server.url("/a1"))
        (document,) = read_page(page)
    assert server.log[0][1]["User-Agent"].startswith("sitrep/")
    assert document.format == "html" and document.url == server.url("/a1")
    assert "Three policemen were killed" in document.text


@pytest.mark.parametrize(("route", "reason"), [
    ("/slow", "timed out"),
    ("/trickle", "too slow"),
    ("/broken", "HTTP 500"),
    ("/huge", "over the limit"),
    ("/loop", "too many redirects"),
    ("/image", "content type image/png"),
    ("/missing", "HTTP 404"),
])
def test_misbehaving_servers_give_one_line_errors_naming_the_url_within_bounded_time(route: str, reason: str) -> None:
    routes = {"/slow": slow(3), "/trickle": trickle(40, 0.1), "/broken": (500, HTML, b"oops"), "/huge": endless,
              "/loop": (302, {"Location": "/loop"}, b""), "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG")}
    with serve(routes) as server, _fast() as fetcher:
        started = time.monotonic()
        with pytest.raises(InputError) as caught:
            fetcher.get(server.url(route))
        elapsed = time.monotonic() - started
    assert reason in caught.value.reason and "\n" not in caught.value.reason
    assert caught.value.path == server.url(route)
    # Bounded, not timed: the endless and trickling routes would never end without the fetcher's caps; the bound
    # is loose so that a busy machine cannot fail it (the caps themselves are 5-30 s).
    assert elapsed < 60


def test_a_redirect_is_followed_and_the_final_url_recorded() -> None:
    routes = {"/old": (301, {"Location": "/a1"}, b""), "/a1": (200, HTML, _article(1))}
    with serve(routes) as server, _fast() as fetcher:
        (document,) = read_page(fetcher.get(server.url("/old")))
    assert document.url == server.url("/a1") and document.path == server.url("/old")


def test_a_page_without_an_article_is_an_input_error() -> None:
    menu = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    with serve({"/menu": (200, HTML, menu)}) as server, _fast() as fetcher, pytest.raises(InputError) as caught:
        list(read_page(fetcher.get(server.url("/menu"))))
    assert caught.value.reason == "no article text found in the HTML"


def _feeds_site() -> dict:
    return {
        "/a1": (200, HTML, _article(1)),
        "/a2": (200, HTML, _article(2)),
        "/a3": (200, HTML, _article(3)),
        "/broken": (500, HTML, b""),
    }


def test_polling_stores_each_article_once_however_many_feeds_carry_it(tmp_path: Path) -> None:
    site = _feeds_site()
    with serve(site) as server:
        site["/rss"] = (200, XML, rss([("One", server.url("/a1")), ("Two", server.url("/a2"))]))
        site["/atom"] = (200, {"Content-Type": "application/atom+xml"},
                         atom([("Two again", server.url("/a2")), ("Three", server.url("/a3")),
                               ("Gone", server.url("/broken"))]))
        with Store(tmp_path / "w.duckdb") as store, _fast() as fetcher:
            first = poll([server.url("/rss"), server.url("/atom")], store, fetcher=fetcher)
            second = poll([server.url("/rss"), server.url("/atom")], store, fetcher=fetcher)
            documents = store.documents()
    assert (first.ingested, first.failed, first.entries, first.seen) == (3, 1, 5, 1)
    assert [f.path for f in first.failures] == [server.url("/broken")]
    assert server.hits("/a2") == 1 and server.hits("/a1") == 1
    assert len(documents) == 3 and {d.url for d in documents} == {server.url(f"/a{n}") for n in (1, 2, 3)}
    # The second round: the articles are known; the failed one is tried again.
    assert (second.ingested, second.seen) == (0, 4)
    assert server.hits("/broken") == 2 and server.hits("/a1") == 1


def test_a_feed_is_asked_again_with_its_stored_etag_and_a_304_fetches_nothing(tmp_path: Path) -> None:
    site = _feeds_site()

    def conditional(request) -> None:  # type: ignore[no-untyped-def]
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.end_headers()
            return
        body = rss([("One", server.url("/a1"))])
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("ETag", '"v1"')
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    site["/rss"] = conditional
    db = tmp_path / "w.duckdb"
    with serve(site) as server:
        for _ in range(2):  # separate stores: the state lives in the database, not in the process
            with Store(db) as store, _fast() as fetcher:
                last = poll([server.url("/rss")], store, fetcher=fetcher)
    assert last.not_modified == 1 and last.ingested == 0
    assert [headers.get("If-None-Match") for path, headers in server.log if path == "/rss"] == [None, '"v1"']
    with Store(db, read_only=True) as store:
        assert store.query("SELECT etag, status FROM feeds") == [{"etag": '"v1"', "status": "not modified"}]


def test_a_broken_feed_is_reported_and_the_other_feeds_are_polled(tmp_path: Path) -> None:
    site = _feeds_site()
    with serve(site) as server:
        site["/notfeed"] = (200, HTML, b"\x00\x01 not a feed at all")
        site["/rss"] = (200, XML, rss([("One", server.url("/a1"))]))
        with Store(tmp_path / "w.duckdb") as store, _fast() as fetcher:
            report = poll([server.url("/notfeed"), server.url("/slowfeed"), server.url("/rss")], store,
                          fetcher=fetcher)
    assert report.ingested == 1 and report.failed == 2
    assert all(f.path.startswith(server.base) for f in report.failures)


def test_watch_once_polls_the_feed_list_and_prints_the_round(tmp_path: Path) -> None:
    site = _feeds_site()
    with serve(site) as server:
        site["/rss"] = (200, XML, rss([("One", server.url("/a1")), ("Two", server.url("/a2"))]))
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# our outlets\n{server.url('/rss')}\n\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("ingested 2, duplicate 0, failed 0")


def test_a_file_of_urls_is_ingested_once_each_and_bad_urls_are_reported(tmp_path: Path) -> None:
    site = _feeds_site()
    with serve(site) as server:
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join([server.url("/a1"), server.url("/a2"), server.url("/a1"), server.url("/broken")]),
                        encoding="utf-8")
        report = api.ingest([urls], db=tmp_path / "u.duckdb", link=False)
    assert (report.ingested, report.failed) == (2, 1)
    assert report.failures[0].path == server.url("/broken") and "HTTP 500" in report.failures[0].reason
    assert server.hits("/a1") == 1


def test_durations_and_feed_lists_are_checked(tmp_path: Path) -> None:
    assert parse_every("15m") == 900 and parse_every("1h") == 3600 and parse_every("90s") == 90
    with pytest.raises(ConfigError, match="--every"):
        parse_every("soon")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:1/rss\nnot a url\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_feed_list(feeds)
    assert caught.value.line == 2 and caught.value.path == str(feeds)
