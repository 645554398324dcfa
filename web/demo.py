"""Demo sign-in ("sign in as" a person of the corpus) and the form token of every POST form.

The demo sign-in exists to show Savoir on one machine: it is on only with ``web.demo_signin``,
which the settings refuse together with a non-loopback ``web.host`` or ``web.trust_user_header``
(:func:`indexer.settings.demo_refusal`); each request re-checks it and that the visitor comes
from a loopback address. The signed-in person is kept in Flask's signed session cookie
(HttpOnly, SameSite=Strict). Production identity stays the trusted proxy header (web.guard).

CSRF: every state-changing form carries ``csrf``, a random token kept in the session, checked
by :func:`check_form_token` before any write; the session cookie is also SameSite=Strict, so a
cross-site POST does not even carry it. JSON POSTs (``/api/...``) must be ``application/json``,
which a cross-site form cannot send without a CORS preflight that Savoir never grants.
"""
from __future__ import annotations

import hmac
import secrets

from flask import Blueprint, abort, current_app, redirect, render_template, request, session, url_for

from indexer.identity import demo_refusal, is_loopback
from matcher.privacy import access_for

__all__ = ["bp", "demo_viewer", "form_token", "check_form_token", "configure_sessions"]

bp = Blueprint("demo", __name__)
SESSION_KEY = "demo_person"


def configure_sessions(app, settings) -> None:
    """Signed session cookies: the configured key, else a random one per start (sessions end
    with the process), HttpOnly and SameSite=Strict."""
    app.secret_key = settings.web.secret_key or secrets.token_hex(32)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_NAME="savoir_session")


def _refusal() -> str | None:
    web = current_app.extensions["savoir.settings"].web
    if not web.demo_signin:
        return "demo sign-in is off (setting demo_signin); identity comes from the trusted proxy header"
    why = demo_refusal(web)
    if why:
        return why
    if not is_loopback(request.remote_addr or ""):
        return "demo sign-in is refused from a non-loopback client address"
    return None


def demo_viewer(store) -> tuple[str | None, str | None]:
    """(person id, name) of the demo session, when the demo sign-in is allowed for this request."""
    pid = session.get(SESSION_KEY)
    if not pid or _refusal():
        return None, None
    row = store.one("SELECT id, name FROM people WHERE id = ?", (pid,))
    return (row["id"], row["name"]) if row else (None, None)


def form_token() -> str:
    """This session's form token (created on first use)."""
    tok = session.get("csrf")
    if not tok:
        tok = session["csrf"] = secrets.token_urlsafe(24)
    return tok


def check_form_token() -> None:
    """403 unless the posted ``csrf`` equals the session's token."""
    sent = request.form.get("csrf") or ""
    if not sent or not hmac.compare_digest(sent, session.get("csrf") or ""):
        abort(403, description="form token missing or stale; reload the page and try again")


def _guard():
    why = _refusal()
    if why:
        abort(403, description=why)


@bp.get("/signin")
def signin():
    _guard()
    store = current_app.extensions["savoir"].store
    q = (request.args.get("q") or "").strip()[:100]
    # opted-out people are not listed (they may still sign in by id, to opt back in)
    hidden = access_for(store, None).opted_out
    rows = [r for r in store.query("SELECT id, name, title, department FROM people ORDER BY name")
            if r["id"] not in hidden]
    needle = q.lower()
    people = [dict(r) for r in rows if not needle or needle in " ".join(
        str(r[k] or "") for k in ("id", "name", "title", "department")).lower()]
    return render_template("signin.html", people=people, q=q, csrf=form_token())


@bp.post("/signin")
def signin_post():
    _guard()
    check_form_token()
    pid = (request.form.get("person") or "").strip()
    store = current_app.extensions["savoir"].store
    if not pid or store.one("SELECT id FROM people WHERE id = ?", (pid,)) is None:
        abort(400, description="person: no such person in the corpus")
    session[SESSION_KEY] = pid
    return redirect(url_for("views.search"))


@bp.post("/signout")
def signout():
    check_form_token()
    session.pop(SESSION_KEY, None)
    return redirect(url_for("views.search"))
