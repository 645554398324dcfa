"""Request guards: viewer identity, per-client rate limit, security headers, error pages."""
from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque

from flask import current_app, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

__all__ = ["RateLimiter", "install_guards", "viewer_from_request", "wants_json"]

log = logging.getLogger("savoir.web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class RateLimiter:
    """A sliding window of request times per client address (in memory, per process)."""

    def __init__(self, per_minute: int, window: float = 60.0):
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def check(self, client: str, now: float | None = None) -> float:
        """0 if the request may go on, else the seconds to wait before retrying."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(0.001, hits[0] + self.window - now)
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle clients
                for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]:
                    del self._hits[key]
            return 0.0


def viewer_from_request(settings, store) -> tuple[str | None, str | None]:
    """(person id, display name) from the trusted proxy header, else (None, None)."""
    if not settings.web.trust_user_header or request.remote_addr not in settings.web.trusted_proxies:
        return None, None
    value = (request.headers.get(settings.web.user_header) or "").strip()
    if not value or len(value) > 200:
        return None, None
    row = store.one("SELECT id, name FROM people WHERE id = ?", (value,))
    if row is None:
        pid = store.resolve_person(email=value if "@" in value else None, aliases=(value,))
        row = store.one("SELECT id, name FROM people WHERE id = ?", (pid,)) if pid else None
    if row is None:
        return None, None
    return row["id"], row["name"]


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/api"


def error_response(status: int, message: str, headers: dict | None = None):
    if wants_json() and request.path != "/api":
        resp = jsonify({"error": message})
    elif request.endpoint == "views.search_results":  # the script swaps this into the results block
        resp = current_app.make_response(render_template("_results.html", error=message))
    else:
        resp = current_app.make_response(render_template("error.html", status=status, message=message))
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def install_guards(app) -> None:
    from .i18n import t

    @app.before_request
    def _rate_limit():
        if request.endpoint == "static":
            return None
        wait = app.extensions["savoir.ratelimit"].check(request.remote_addr or "?")
        if wait:
            return error_response(429, "rate limit: too many requests from this address; retry later",
                                  {"Retry-After": str(math.ceil(wait))})
        return None

    @app.before_request
    def _identity():
        # the trusted proxy header when configured, else the demo session when on, else anonymous
        from .demo import demo_viewer

        sv = app.extensions["savoir"]
        settings = app.extensions["savoir.settings"]
        g.demo = False
        if settings.web.trust_user_header:
            g.viewer, g.viewer_name = viewer_from_request(settings, sv.store)
        elif settings.web.demo_signin:
            g.viewer, g.viewer_name = demo_viewer(sv.store)
            g.demo = True
        else:
            g.viewer, g.viewer_name = None, None

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        resp.headers["X-Frame-Options"] = "DENY"
        if request.endpoint != "static":
            resp.headers["Cache-Control"] = "no-store"
            resp.headers["Vary"] = "Cookie, Accept-Language"
        return resp

    @app.errorhandler(HTTPException)
    def _http_error(e):
        lang = g.get("lang", "en")
        if e.code == 404:
            msg = "not found" if wants_json() else t("error.not_found", lang)
        elif e.description and e.description != type(e).description:   # a message of our own
            msg = e.description
        else:
            msg = f"{e.code} {e.name}".lower()
        return error_response(e.code or 500, msg)

    @app.errorhandler(Exception)
    def _unexpected(e):
        log.exception("unhandled error on %s %s", request.method, request.path)
        msg = "internal error; it has been logged" if wants_json() else t("error.generic", g.get("lang", "en"))
        return error_response(500, msg)


PARAMETER_NAMES = {"query": "q"}


def install_library_errors(app) -> None:
    """Library exceptions (one base, :class:`SavoirError`) -> 400 / 404 / 503 with the library's
    message, which names the fix."""
    from indexer.errors import BadInput, Forbidden, NotFound, SavoirError
    from matcher.index import IndexMissing

    @app.errorhandler(BadInput)
    def _bad_input(e):
        msg = str(e)
        name = msg.split(":", 1)[0].strip() if ":" in msg else None
        if wants_json():
            resp = jsonify({"error": msg, "parameter": PARAMETER_NAMES.get(name, name)})
            resp.status_code = 400
            return resp
        return error_response(400, msg)

    @app.errorhandler(NotFound)
    def _not_found(e):
        from .i18n import t

        return error_response(404, str(e) if wants_json() else t("error.not_found", g.get("lang", "en")))

    @app.errorhandler(Forbidden)
    def _forbidden(e):
        from .i18n import t

        msg = str(e) if wants_json() else t("error.forbidden", g.get("lang", "en"))
        if wants_json():
            resp = jsonify({"error": msg, "hint": e.hint})
            resp.status_code = 403
            return resp
        return error_response(403, msg)

    @app.errorhandler(IndexMissing)
    def _no_index(e):
        log.error("%s", e)
        return error_response(503, "the search index is not built yet; ask the administrator to run `savoir index`")

    @app.errorhandler(SavoirError)
    def _other(e):
        from .i18n import t

        log.error("%s", e.full())
        return error_response(500, str(e) if wants_json() else t("error.generic", g.get("lang", "en")))
