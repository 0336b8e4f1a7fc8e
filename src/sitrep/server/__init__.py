"""The review desk: a web application and JSON API over a sitrep database (``sitrep serve``).

It sits on top of the stages like the CLI: it reads through them and writes only through
:mod:`sitrep.analyze.review` (the review log) and the store's one write path. Pieces:

- :mod:`~sitrep.server.desk`      the open database: one writer connection behind a lock, a read cursor per thread,
                                  the review queue kept up to date document by document
- :mod:`~sitrep.server.auth`      users, API keys, roles, sessions and CSRF tokens
- :mod:`~sitrep.server.app`       the routes: HTML pages and ``/api/…`` (OpenAPI at ``/openapi.json``)
- :mod:`~sitrep.server.mapsvg`    incidents drawn on the shipped boundaries as inline SVG (no tiles, no CDN)
- :mod:`~sitrep.server.cli`       ``sitrep serve`` and ``sitrep user add``

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2): ``pip install 'sitrep[web]'``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazily, so that ``sitrep --help`` and ``sitrep user`` work without the web extra installed.
    if name == "create_app":
        from sitrep.server.app import create_app

        return create_app
    raise AttributeError(name)
