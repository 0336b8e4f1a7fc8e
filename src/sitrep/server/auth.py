"""Who may do what: users with API keys and roles, browser sessions that expire, CSRF tokens.

- **Keys.** ``sitrep user add NAME --role ROLE`` makes a random key (32 bytes, URL-safe), prints it once and
  stores only its SHA-256 (a key is random, so a slow password hash adds nothing). A key works as
  ``Authorization: Bearer KEY`` on the API, or on the login form, which starts a session.
- **Roles**, each allowed what the ones before it are: ``viewer`` reads; ``coder`` edits fields; ``reviewer``
  accepts, rejects, merges, splits and undoes; ``admin`` also sees the users.
- **Sessions** are signed cookies (Starlette's SessionMiddleware, ``SameSite=strict``, ``HttpOnly``) that expire
  after ``--session-minutes``; the user is read again from the database on every request, so a disabled user or a
  changed role takes effect at once.
- **An API key's user is remembered** by the server (``Desk.user_for_key``: the key comes with every request), and
  forgotten at once by every write through the server that is not a review action (``Desk.write``, which is the
  server's only way to write; no route changes users today, and one that did would go through it). ``sitrep user``
  cannot change users while the server runs: DuckDB lets one process open the database for writing, and the server
  holds it. What remains: a program in the server's own process that writes the ``users`` table through a
  connection of its own, not through the desk, is seen only after ``sitrep.server.desk.USER_SECONDS`` (5 s), or
  at once if it calls ``Desk.forget_users``. Users of sessions and of the login form are never remembered.
- **CSRF.** A session holds a random token; every form carries it and every write made with a session cookie must
  send it back (form field ``csrf`` or header ``X-CSRF-Token``), compared in constant time. A request made with an
  API key carries no ambient credential and needs none.
- **Secrets are never logged**: keys travel in bodies and headers, never in URLs; failures name no key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from sitrep.store import Store, reviews

ROLES = reviews.ROLES
RANK = {role: rank for rank, role in enumerate(ROLES)}

NEEDS = {"read": "viewer", "edit": "coder", "accept": "reviewer", "reject": "reviewer", "merge": "reviewer",
         "split": "reviewer", "undo": "reviewer", "users": "admin"}
"""The least role each kind of request needs."""


@dataclass(frozen=True)
class User:
    """The person behind a request: name, role, and whether they came with a session (then CSRF applies)."""

    name: str
    role: str
    session: bool = False

    def may(self, what: str) -> bool:
        """True when this user's role allows ``what`` (a key of :data:`NEEDS`)."""
        return RANK[self.role] >= RANK[NEEDS[what]]


def hash_key(key: str) -> str:
    """The stored form of a key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def add_user(store: Store, name: str, role: str) -> str:
    """Add (or re-key) a user with ``role``; return the new key, which is stored only as its hash."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    key = secrets.token_urlsafe(32)
    reviews.add_user(store, name, role, hash_key(key))
    return key


def user_for_key(store: Store, key: str, *, by_hash: Callable[[str], Any] | None = None) -> User | None:
    """The enabled user whose key this is, or None. ``by_hash`` looks a key's hash up instead of the store (the
    server's cache of it)."""
    if not key:
        return None
    found = by_hash(hash_key(key)) if by_hash is not None else reviews.user_by_key_hash(store, hash_key(key))
    return User(found["name"], found["role"]) if found else None


def request_user(request: Request, store: Store, *, by_hash: Callable[[str], Any] | None = None) -> User | None:
    """The user a request comes from: an API key in ``Authorization: Bearer``, else the session's user.
    ``by_hash`` as for :func:`user_for_key`."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return user_for_key(store, header[7:].strip(), by_hash=by_hash)
    name = request.session.get("user")
    if not name:
        return None
    found = reviews.user(store, name)
    return User(found["name"], found["role"], session=True) if found else None


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def csrf_ok(request: Request, sent: str | None) -> bool:
    """True when ``sent`` (a form field or header) is the session's token."""
    expected = request.session.get("csrf")
    return bool(expected and sent and hmac.compare_digest(str(expected), sent))
