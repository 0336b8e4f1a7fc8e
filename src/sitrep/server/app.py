"""The review desk's routes: HTML pages for people, ``/api/…`` for programs (OpenAPI at ``/openapi.json``).

Every route names the permission it needs (:data:`sitrep.server.auth.NEEDS`); every write goes through
:func:`_act`, which checks the user's role and, for a browser session, the CSRF token, then runs the action with
the desk's one writer. Pages are Jinja2 templates with autoescaping on: document text, titles, actor names and
anything else that came from a document is escaped wherever it appears, and the Content-Security-Policy allows
no inline script, so text that got through would still not run.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import hashlib
import io
import json
import secrets
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.analyze import review
from sitrep.analyze.incidents import Incident
from sitrep.errors import ConfigError, SitrepError
from sitrep.model import Claim, Event
from sitrep.report.filters import EventFilter, country_code
from sitrep.report.html import SORTER
from sitrep.report.render import render
from sitrep.server import auth
from sitrep.server.desk import Desk
from sitrep.server.highlight import segments
from sitrep.server.mapsvg import incident_map
from sitrep.store import incidents as stored
from sitrep.store import reviews as log_store
from sitrep.taxonomy import ActorTable

HERE = resources.files("sitrep.server")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_SORTER_HASH = base64.b64encode(hashlib.sha256(SORTER.encode("utf-8")).digest()).decode()
REPORT_CSP = (f"default-src 'none'; script-src 'sha256-{_SORTER_HASH}'; style-src 'unsafe-inline'; "
              "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""The HTML report is self-contained (inline style, one fixed sorting script): only that script may run."""

PAGE_SIZE = 200


class SecurityHeaders:
    """Adds the security headers to every response (CSP unless the route set its own; no caching of pages), and
    ``Server-Timing: app;dur=MS``, the time the request spent in the application (the load test's server side).

    A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware`` (``@app.middleware``) runs each response through
    a stream and a task group, which under the load test took a sizeable share of the event loop's time."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
                headers.setdefault("Content-Security-Policy", CSP)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "DENY"
                headers["Referrer-Policy"] = "same-origin"
                if headers.get("content-type", "").startswith("text/html"):
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, with_headers)


class Forbidden(Exception):
    """The user may not do this (403), or is not logged in (a page redirects to the login form, the API says 401)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ActionBody(BaseModel):
    """A review action through the API."""

    field: str | None = Field(default=None, description="For edit: the field to change.")
    value: str | None = Field(default=None, description="For edit: the new value as text ('' clears it).")
    why: str = Field(default="", max_length=2000, description="Why: kept in the review log.")


class MergeBody(BaseModel):
    """Incidents to merge into the first."""

    incidents: list[str] = Field(min_length=2)
    why: str = Field(default="", max_length=2000)


class UndoBody(BaseModel):
    """Why an action is undone."""

    why: str = Field(default="", max_length=2000)


def create_app(db: str | Path, *, secret: str | None = None, session_minutes: int = 480,
               audit: bool = True) -> FastAPI:
    """The review desk over database ``db``.

    ``secret`` signs session cookies (a random one when None: sessions then end when the server stops);
    ``session_minutes`` is how long a login lasts. ``audit`` holds claims against the record for the queue.
    """
    desk = Desk(db, audit=audit)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        desk.close()

    app = FastAPI(title="sitrep review desk", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Check, correct and approve machine-coded events and claims.")
    app.state.desk = desk
    app.add_middleware(SessionMiddleware, secret_key=secret or secrets.token_urlsafe(32),
                       max_age=session_minutes * 60, same_site="strict", session_cookie="sitrep_session")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["shown"] = shown
    actors = ActorTable.load()

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, error: Forbidden) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(error)}, status_code=error.status)
        if error.status == 401:
            return RedirectResponse("/login?" + urlencode({"next": _local(request.url.path)}), status_code=303)
        return PlainTextResponse(str(error), status_code=error.status)

    def who(request: Request, what: str) -> auth.User:
        user = auth.request_user(request, desk.reader(), by_hash=desk.user_for_key)
        if user is None:
            raise Forbidden(401, "log in first (or send Authorization: Bearer KEY)")
        if not user.may(what):
            raise Forbidden(403, f"{user.role}s may not {what}; ask an admin for the {auth.NEEDS[what]} role")
        return user

    def page(request: Request, name: str, user: auth.User | None, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(user=user, csrf=auth.csrf_token(request), path=request.url.path,
                                             stats=desk.stats() if user else None,
                                             **context)
        return HTMLResponse(html, status_code=status)

    def act(request: Request, what: str, sent_csrf: str | None, fn: Callable[[Any, auth.User], Any],
            documents: list[str], records: list[tuple[str, str]] | None = None) -> tuple[auth.User, Any]:
        # ``records``: the action changes only these records' values and states (see Desk.write)
        user = who(request, what)
        if user.session and not auth.csrf_ok(request, sent_csrf or request.headers.get("x-csrf-token")):
            raise Forbidden(403, "the form's CSRF token is missing or stale; reload the page and try again")
        return user, desk.write(lambda store: fn(store, user), documents=documents, user=user.name,
                                records=records or ())

    # -- login ---------------------------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: str = "/") -> HTMLResponse:
        return page(request, "login.html", None, next=_local(next), error=None)

    @app.post("/login", response_class=HTMLResponse, include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        target = _local(str(form.get("next") or "/"))
        if not auth.csrf_ok(request, str(form.get("csrf") or "")):
            return page(request, "login.html", None, 403, next=target, error="The form expired; try again.")
        user = auth.user_for_key(desk.reader(), str(form.get("key") or ""))
        if user is None or user.name != str(form.get("name") or "").strip():
            return page(request, "login.html", None, 401, next=target, error="Unknown name or key.")
        request.session.clear()
        request.session.update({"user": user.name, "csrf": secrets.token_urlsafe(32)})
        return RedirectResponse(target, status_code=303)

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await request.form()
        if auth.csrf_ok(request, str(form.get("csrf") or "")):
            request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # -- the queue and one record --------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def queue_page(request: Request, kind: str = "", show: str = "pending") -> HTMLResponse:
        user = who(request, "read")
        items = [i for i in desk.queue(pending_only=show != "all", user=user.name) if not kind or i.kind == kind]
        return page(request, "queue.html", user, items=items[:PAGE_SIZE], total=len(items), kind=kind, show=show)

    @app.get("/records/{kind}/{record_id}", response_class=HTMLResponse, include_in_schema=False)
    def record_page(request: Request, kind: str, record_id: str) -> HTMLResponse:
        user = who(request, "read")
        return page(request, "record.html", user, **record_context(kind, record_id, user.name), error=None)

    def record_context(kind: str, record_id: str, user: str | None = None) -> dict[str, Any]:
        # From the desk's cache of records, documents and their logs (see Desk.record): no query when it holds them.
        store = desk.reader()
        record = desk.record(kind, record_id) if kind in review.KINDS else None
        if record is None:
            raise Forbidden(404, f"no {kind} {record_id}; it may have been re-extracted: go back to the queue")
        document, rows = desk.document(record.document_id)
        text = document.text if document else ""
        start, end = review.anchor(record)
        history = [r for r in rows
                   if r["record_kind"] == kind and (r["anchor_start"], r["anchor_end"]) == (start, end)]
        undone = {r["undoes"] for r in history if r["undoes"] is not None}
        state = review.review_states(store, [record], log=rows).get(record.id)
        mates: list[Event] = []
        audit = None
        if isinstance(record, Event) and record.incident_id:
            found = desk.incident(record.incident_id, user=user, wait=False)
            others = [desk.record("event", e) for e in (found.event_ids if found is not None else ())
                      if e != record.id]
            mates = [e for e in others if isinstance(e, Event) and e.incident_id == record.incident_id]
        if isinstance(record, Claim):
            from sitrep.analyze.audit import audit_claim

            try:
                audit = audit_claim(store, record.id)
            except SitrepError:
                audit = None
        following = desk.next_after(kind, record_id)  # from the queue's snapshot: no pass over the queue
        return {"kind": kind, "record": record, "document": document, "state": state.state if state else None,
                "segments": segments(text, review.spans_of(record)), "fields": review.editable_fields(kind),
                "history": history, "undone": undone, "mates": mates, "audit": audit,
                "next_url": f"/records/{following[0]}/{following[1]}" if following else "/"}

    @app.post("/records/{kind}/{record_id}/{action}", include_in_schema=False)
    async def record_action(request: Request, kind: str, record_id: str, action: str) -> Response:
        form = await request.form()
        data = {k: str(v) for k, v in form.items()}
        try:  # the write and its reads in a worker thread: on the event loop they would hold up every request
            _, result = await run_in_threadpool(
                lambda: act(request, _permission(action), data.get("csrf"),
                            _action(kind, record_id, action, data, desk), _documents(desk, kind, record_id, action),
                            _records(kind, record_id, action)))
        except ConfigError as error:
            user = who(request, "read")
            context = await run_in_threadpool(record_context, kind, record_id, user.name)
            return page(request, "record.html", user, 400, **context, error=str(error))
        target = data.get("next") or f"/records/{kind}/{record_id}"
        if action == "split" and isinstance(result, review.ActionResult):
            target = f"/records/{kind}/{record_id}"
        return RedirectResponse(_local(target), status_code=303)

    async def form_action(request: Request, form: Any, permission: str, write: Callable[[Any, auth.User], Any],
                          documents: list[str], then: str) -> Response:
        """A browser form's write, in a worker thread (on the event loop it would hold up every request), then a
        redirect to the form's ``next`` or ``then``; a refused write answers 400 with its reason."""
        try:
            await run_in_threadpool(lambda: act(request, permission, str(form.get("csrf") or ""), write, documents))
        except ConfigError as error:
            return PlainTextResponse(str(error), status_code=400)
        return RedirectResponse(_local(str(form.get("next") or then)), status_code=303)

    @app.post("/incidents/merge", include_in_schema=False)
    async def merge_form(request: Request) -> Response:
        form = await request.form()
        given = " ".join(str(v) for v in form.getlist("incidents"))
        ids = list(dict.fromkeys(i for i in given.replace(",", " ").split() if i))
        why = str(form.get("why") or "")
        return await form_action(request, form, "merge",
                                 lambda store, user: review.merge(store, ids, reviewer=user.name, why=why),
                                 _incident_documents(desk, ids), f"/incidents/{ids[0]}" if ids else "/incidents")

    @app.post("/undo/{action_id}", include_in_schema=False)
    async def undo_form(request: Request, action_id: str) -> Response:
        form = await request.form()
        why = str(form.get("why") or "")
        return await form_action(request, form, "undo",
                                 lambda store, user: review.undo(store, action_id, reviewer=user.name, why=why),
                                 _action_documents(desk, action_id), "/log")

    # -- browse --------------------------------------------------------------------------------------------------

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incidents_page(request: Request, since: str = "", until: str = "", country: str = "", admin1: str = "",
                       actor: str = "", type: str = "", status: str = "", reviewed: str = "") -> HTMLResponse:
        user = who(request, "read")
        filters = {"since": since, "until": until, "country": country, "admin1": admin1, "actor": actor,
                   "type": type, "status": status, "reviewed": reviewed}
        try:
            found = select_incidents(filters, user.name)
            error = None
        except ConfigError as problem:
            found, error = [], str(problem)
        chosen = country_code(country) if country and not error else None
        query = urlencode({k: v for k, v in _report_filters(filters).items() if v})
        return page(request, "incidents.html", user, incidents=found[:PAGE_SIZE], total=len(found),
                    filters=filters, map=incident_map(found, chosen), error=error, report_query=query)

    def select_incidents(filters: dict[str, str], user: str | None = None) -> list[Incident]:
        """The incidents these filters keep; ``user``: whose writes they must show (None: everyone's)."""
        found = desk.incidents(user=user)
        since = _date(filters["since"], "since")
        until = _date(filters["until"], "until")
        code = country_code(filters["country"]) if filters["country"] else None
        actor = filters["actor"].strip()
        wanted = (actors.canonical(actor) or actor).casefold() if actor else None
        kind = filters["type"].strip().casefold()
        reviewed = _reviewed_incidents(desk) if filters["reviewed"] else set()

        def keep(i: Incident) -> bool:
            place = i.place
            return ((since is None or (i.date_start is not None and i.date_start >= since))
                    and (until is None or (i.date_start is not None and i.date_start <= until))
                    and (code is None or (place is not None and place.country == code))
                    and (not filters["admin1"] or (place is not None and filters["admin1"].casefold()
                                                   in {(place.admin1 or "").casefold(),
                                                       (place.admin1_code or "").casefold()}))
                    and (wanted is None or wanted in {(i.actor1 or "").casefold(), (i.actor2 or "").casefold()})
                    and (not kind or kind in {(i.event_type or "").casefold(), (i.sub_event_type or "").casefold(),
                                              *i.tactics})
                    and (not filters["status"] or i.status == filters["status"])
                    and (not filters["reviewed"] or (i.id in reviewed) == (filters["reviewed"] == "yes")))

        return [i for i in found if keep(i)]

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: str) -> HTMLResponse:
        user = who(request, "read")
        found = desk.incident(incident_id, user=user.name)
        if found is None:
            return PlainTextResponse(f"no incident {incident_id}", status_code=404)  # type: ignore[return-value]
        store = desk.reader()
        events = {e.id: e for e in stored.load_events(store, event_ids=list(found.event_ids))}
        states = {rid: d.state for rid, d in review.review_states(store, list(events.values())).items()}
        return page(request, "incident.html", user, incident=found, events=events, states=states)

    @app.get("/log", response_class=HTMLResponse, include_in_schema=False)
    def log_page(request: Request, reviewer: str = "") -> HTMLResponse:
        user = who(request, "read")
        rows = log_store.log(desk.reader(), reviewer=reviewer or None)
        undone = {r["undoes"] for r in rows if r["undoes"] is not None}
        return page(request, "log.html", user, rows=list(reversed(rows))[:1000], total=len(rows), undone=undone,
                    reviewer=reviewer)

    @app.get("/log.csv", include_in_schema=False)
    def log_csv(request: Request) -> Response:
        who(request, "read")
        rows = log_store.log(desk.reader())
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(log_store.LOG_COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in log_store.LOG_COLUMNS])
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="review-log.csv"'})

    @app.get("/log.json", include_in_schema=False)
    def log_json(request: Request) -> Response:
        who(request, "read")
        return Response(json.dumps(log_store.log(desk.reader()), default=str, ensure_ascii=False, indent=1),
                        media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="review-log.json"'})

    @app.get("/report.{fmt}", include_in_schema=False)
    def report(request: Request, fmt: str, since: str = "", until: str = "", country: str = "", admin1: str = "",
               actor: str = "", type: str = "", status: str = "", reviewed: str = "") -> Response:
        who(request, "read")
        if fmt not in ("html", "png", "svg"):
            return PlainTextResponse("report formats: html, png, svg", status_code=404)
        try:
            chosen = EventFilter(since=since or None, until=until or None, country=country or None,
                                 admin1=admin1 or None, actor=actor or None, event_type=type or None,
                                 status=status or None, reviewed=reviewed == "yes")
        except ConfigError as error:
            return PlainTextResponse(str(error), status_code=400)
        with tempfile.TemporaryDirectory() as folder:
            path = render(desk.reader(), Path(folder) / f"report.{fmt}", chosen)
            body = path.read_bytes()
        media = {"html": "text/html; charset=utf-8", "png": "image/png", "svg": "image/svg+xml"}[fmt]
        headers = {"Content-Security-Policy": REPORT_CSP if fmt == "html" else "default-src 'none'; style-src "
                   "'unsafe-inline'"}
        return Response(body, media_type=media, headers=headers)

    @app.get("/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request) -> HTMLResponse:
        user = who(request, "users")
        return page(request, "users.html", user, users=log_store.users(desk.reader()))

    # -- the API -------------------------------------------------------------------------------------------------

    @app.get("/api/me", tags=["users"])
    def api_me(request: Request) -> dict[str, Any]:
        """The user this request comes from and what their role allows."""
        user = who(request, "read")
        return {"name": user.name, "role": user.role, "may": [w for w in auth.NEEDS if user.may(w)]}

    @app.get("/api/queue", tags=["review"])
    def api_queue(request: Request, kind: str = "", show: str = "pending", limit: int = 100) -> dict[str, Any]:
        """Records that need a person, most urgent first: priority, reasons, state."""
        who(request, "read")
        items = [i for i in desk.queue(pending_only=show != "all") if not kind or i.kind == kind]
        return {"total": len(items), "items": [i.to_dict() for i in items[:max(1, min(limit, 1000))]]}

    @app.get("/api/records/{kind}/{record_id}", tags=["review"])
    def api_record(request: Request, kind: str, record_id: str) -> dict[str, Any]:
        """A record with reviewed values, its state, its spans and its review log."""
        who(request, "read")
        context = record_context(kind, record_id)
        return {"record": context["record"].to_dict(), "state": context["state"],
                "spans": [{"field": n, **s.to_dict()} for n, s in review.spans_of(context["record"])],
                "fields": [{"name": f.name, "widget": f.widget, "choices": list(f.choices)}
                           for f in context["fields"]],
                "log": context["history"]}

    @app.post("/api/records/{kind}/{record_id}/{action}", tags=["review"])
    def api_action(request: Request, kind: str, record_id: str, action: str, body: ActionBody) -> JSONResponse:
        """accept, reject, edit (``field``, ``value``) or split a record; returns the action id (for undo)."""
        data = {"field": body.field or "", "value": body.value or "", "why": body.why}
        try:
            _, result = act(request, _permission(action), None, _action(kind, record_id, action, data, desk),
                            _documents(desk, kind, record_id, action), _records(kind, record_id, action))
        except ConfigError as error:
            return JSONResponse({"detail": str(error)}, status_code=400)
        return JSONResponse({"action_id": result.action_id, "seqs": result.seqs, "state": result.state})

    @app.post("/api/incidents/merge", tags=["review"])
    def api_merge(request: Request, body: MergeBody) -> JSONResponse:
        """Merge incidents into the first one."""
        try:
            _, result = act(request, "merge", None,
                            lambda store, user: review.merge(store, body.incidents, reviewer=user.name, why=body.why),
                            _incident_documents(desk, body.incidents))
        except ConfigError as error:
            return JSONResponse({"detail": str(error)}, status_code=400)
        return JSONResponse({"action_id": result.action_id, "seqs": result.seqs})

    @app.post("/api/undo/{action_id}", tags=["review"])
    def api_undo(request: Request, action_id: str, body: UndoBody) -> JSONResponse:
        """Undo an action (every log row it wrote)."""
        try:
            _, result = act(request, "undo", None,
                            lambda store, user: review.undo(store, action_id, reviewer=user.name, why=body.why),
                            _action_documents(desk, action_id))
        except ConfigError as error:
            return JSONResponse({"detail": str(error)}, status_code=400)
        return JSONResponse({"action_id": result.action_id, "seqs": result.seqs})

    @app.get("/api/log", tags=["review"])
    def api_log(request: Request, since_seq: int | None = None, reviewer: str = "") -> list[dict[str, Any]]:
        """The review log, oldest first: who, when, action, record anchor, field, before, after, why."""
        who(request, "read")
        return json.loads(json.dumps(log_store.log(desk.reader(), since_seq=since_seq, reviewer=reviewer or None),
                                     default=str))

    @app.get("/api/incidents", tags=["browse"])
    def api_incidents(request: Request, since: str = "", until: str = "", country: str = "", admin1: str = "",
                      actor: str = "", type: str = "", status: str = "", reviewed: str = "") -> Any:
        """Incidents (merged reports) with the same filters as the incidents page."""
        who(request, "read")
        filters = {"since": since, "until": until, "country": country, "admin1": admin1, "actor": actor,
                   "type": type, "status": status, "reviewed": reviewed}
        try:
            return [i.to_dict() for i in select_incidents(filters)]
        except ConfigError as error:
            return JSONResponse({"detail": str(error)}, status_code=400)

    @app.get("/api/places", tags=["browse"])
    def api_places(request: Request, q: str, country: str = "") -> dict[str, Any]:
        """What the gazetteer makes of a place name (the place editor's check)."""
        who(request, "read")
        place = desk.gazetteer.resolve(q, country=country.upper() or None)
        return {"query": q, "place": place.to_dict() if place else None}

    return app


# -- helpers -------------------------------------------------------------------------------------------------------

def _permission(action: str) -> str:
    if action not in ("accept", "reject", "edit", "split"):
        raise Forbidden(404, f"no action {action!r}; one of accept, reject, edit, split")
    return action


def _action(kind: str, record_id: str, action: str, data: dict[str, str],
            desk: Desk) -> Callable[[Any, auth.User], review.ActionResult]:
    why = data.get("why", "")

    def run(store: Any, user: auth.User) -> review.ActionResult:
        if action == "accept":
            return review.accept(store, kind, record_id, reviewer=user.name, why=why)
        if action == "reject":
            return review.reject(store, kind, record_id, reviewer=user.name, why=why)
        if action == "split":
            if kind != "event":
                raise ConfigError("only an event (a report) can be split out of its incident")
            return review.split(store, record_id, reviewer=user.name, why=why)
        # Under the desk's write lock, so its cached copy of the record is the stored one (no query to read it).
        current = desk.record(kind, record_id) if kind in review.KINDS else None
        return review.edit(store, kind, record_id, data.get("field", ""), data.get("value", ""), reviewer=user.name,
                           why=why, gazetteer=desk.gazetteer if data.get("field") == "place" else None,
                           current=current)

    return run


def _documents(desk: Desk, kind: str, record_id: str, action: str) -> list[str]:
    """The documents whose records an action on this record changes: its own (the refresher takes in the other
    reports of its incident, old and new, by itself); for a split, also its incident's other reports' documents."""
    record = desk.record(kind, record_id) if kind in review.KINDS else None
    if record is None:
        return []
    documents = [record.document_id]
    if action == "split" and isinstance(record, Event) and record.incident_id:
        documents += [r["document_id"] for r in desk.reader().query(
            "SELECT document_id FROM events WHERE incident_id = ?", [record.incident_id])]
    return documents


def _records(kind: str, record_id: str, action: str) -> list[tuple[str, str]]:
    """The records whose values and states alone an action changes (their queue items are patched at once): the
    record itself for an edit, accept or reject; none for a split, which changes incidents."""
    return [(kind, record_id)] if action in ("accept", "reject", "edit") and kind in review.KINDS else []


def _incident_documents(desk: Desk, incident_ids: list[str]) -> list[str]:
    rows = desk.reader().query("SELECT document_id FROM events WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))",
                               [incident_ids])
    return [r["document_id"] for r in rows]


def _action_documents(desk: Desk, action_id: str) -> list[str]:
    return [r["document_id"] for r in desk.reader().query(
        "SELECT DISTINCT document_id FROM review_log WHERE action_id = ?", [action_id])]


def _reviewed_incidents(desk: Desk) -> set[str]:
    rows = desk.reader().query(
        "SELECT coalesce(e.incident_id, '') AS incident_id FROM events e JOIN review_state s "
        "ON s.record_kind = 'event' AND s.record_id = e.id AND s.state = 'accepted'")
    return {r["incident_id"] for r in rows}


def _report_filters(filters: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in filters.items()}


def _date(value: str, name: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{name} {value!r}: not a date; write YYYY-MM-DD") from None


def _local(target: str) -> str:
    """Only paths on this site: an open redirect would hand a logged-in user to anyone's page."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else (json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list)
                                     else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def shown(value: Any) -> str:
    """A field's value as a person reads and types it (the edit box's starting text)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "best") and hasattr(value, "low"):
        if value.low in (None, value.best) and value.high is None:
            return str(value.best if value.best is not None else "")
        return "/".join("" if v is None else str(v) for v in (value.low, value.best, value.high))
    if hasattr(value, "latitude") and hasattr(value, "name"):
        return f"{value.name}, {value.country}" if value.country else str(value.name)
    return str(value)
