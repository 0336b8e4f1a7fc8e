"""A local web server for tests: feeds and pages served on 127.0.0.1 only, with misbehaving routes.

Routes are a dict of path → (status, headers, body) or a callable taking the handler. Every request is logged so
tests can count fetches and see the conditional headers sent.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


def article_html(title: str, paragraphs: list[str]) -> bytes:
    """A small news page: navigation, an article with paragraphs, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>").encode()


def rss(items: list[tuple[str, str]], *, title: str = "Test feed") -> bytes:
    """An RSS 2.0 feed of (title, link) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link>"
                      f"<pubDate>Tue, 05 Oct 2021 08:00:00 GMT</pubDate></item>" for t, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://127.0.0.1/</link><description>d</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str]]) -> bytes:
    """An Atom feed of (title, link) entries."""
    entries = "".join(f"<entry><title>{t}</title><link href='{link}'/><id>{link}</id>"
                      f"<updated>2021-10-06T09:00:00Z</updated></entry>" for t, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom test</title><id>urn:test</id><updated>2021-10-06T09:00:00Z</updated>{entries}</feed>"
            ).encode()


class Server:
    """The running server: its base URL, its routes (changeable while it runs) and the request log."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.log: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for logged, _ in self.log if logged == path)


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    """Serve ``routes`` on 127.0.0.1 (a free port) in a daemon thread for the duration of the block."""
    server = Server(routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.log.append((self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()


def slow(seconds: float) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that answers only after ``seconds``."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.end_headers()
            request.wfile.write(b"<html><body><p>late</p></body></html>")
        except OSError:
            pass  # the client gave up, as it should

    return handler


def trickle(chunks: int, pause: float) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that sends a byte every ``pause`` seconds: each read is quick, the whole answer is not."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        try:
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.end_headers()
            for _ in range(chunks):
                request.wfile.write(b"x")
                request.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass

    return handler


def endless(request: BaseHTTPRequestHandler) -> None:
    """A route that streams a huge body with no Content-Length."""
    try:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        chunk = b"<p>" + b"a" * 65536 + b"</p>"
        for _ in range(2000):  # about 130 MB, far past any limit a test sets
            request.wfile.write(chunk)
    except OSError:
        pass
