"""Savoir's web app: Flask, server-rendered pages, a JSON API, no build step.

    app = create_app(settings=Settings(), db_path="savoir.db")

The app only translates HTTP to :mod:`matcher` calls and back (``matcher.api.Savoir`` for
search, ``matcher.pages`` for page data). One ``Savoir`` instance per app, warmed up in a
background thread so that the first request does not pay for model and spaCy loading.

Identity: the viewer is read from ``settings.web.user_header`` only when
``settings.web.trust_user_header`` is true and the request comes from one of
``settings.web.trusted_proxies``; else, with ``settings.web.demo_signin`` (loopback only), from
the demo sign-in session (web.demo); otherwise the visitor is anonymous. Never from a parameter.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from flask import Flask, g, request

from .guard import RateLimiter, install_guards, install_library_errors
from .i18n import pick_language, t, why_text

__all__ = ["create_app"]

log = logging.getLogger("savoir.web")


def create_app(settings=None, db_path=None, test_config: dict | None = None) -> Flask:
    from matcher import Savoir, Settings

    app = Flask(__name__)
    app.config.update(DATABASE="savoir.db", WARMUP=True, MAX_CONTENT_LENGTH=64 * 1024,
                      JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    settings = settings or Settings()
    db = Path(db_path or app.config["DATABASE"])
    sv = Savoir.open(db, settings)
    app.extensions["savoir"] = sv
    app.extensions["savoir.settings"] = settings
    app.extensions["savoir.ratelimit"] = RateLimiter(settings.limits.rate_limit_per_minute)
    app.json.sort_keys = False
    from indexer.identity import demo_refusal
    from indexer.settings import SettingsError
    from .demo import configure_sessions

    refusal = demo_refusal(settings.web)      # settings built with dataclasses.replace skip checks
    if refusal:
        raise SettingsError(refusal)
    configure_sessions(app, settings)
    app.json.ensure_ascii = False

    @app.before_request
    def _language():
        g.lang = pick_language(request.cookies.get("lang"), request.accept_languages)

    install_guards(app)
    install_library_errors(app)

    @app.context_processor
    def _inject():
        lang = getattr(g, "lang", "en")
        return {"lang": lang, "_": lambda key, **kw: t(key, lang, **kw), "why": lambda hit: why_text(hit, lang),
                "viewer": getattr(g, "viewer", None), "viewer_name": getattr(g, "viewer_name", None),
                "demo": getattr(g, "demo", False), "csrf_token": form_token}

    from .api import bp as api_bp
    from .demo import bp as demo_bp, form_token
    from .views import bp as views_bp

    app.register_blueprint(demo_bp)
    from .me import bp as me_bp

    app.register_blueprint(me_bp)
    from .feedback import bp as feedback_bp

    app.register_blueprint(feedback_bp)

    app.register_blueprint(views_bp)
    app.register_blueprint(api_bp, url_prefix="/api")
    from .ask import api_bp as ask_api_bp, bp as ask_bp

    app.register_blueprint(ask_bp)
    app.register_blueprint(ask_api_bp, url_prefix="/api")

    if app.config["WARMUP"]:
        threading.Thread(target=_warm_up, args=(sv,), name="savoir-warmup", daemon=True).start()
    return app


def _warm_up(sv) -> None:
    """A query in each mode loads the index, the analyser, spaCy and the embedding model(s)."""
    try:
        for mode in ("experts", "threads", "communities"):
            sv.search("maintenance", mode=mode, k=3)
        log.info("savoir: warm-up done")
    except Exception:  # noqa: BLE001 - a failed warm-up must not stop the server; requests will report it
        log.exception("savoir: warm-up failed")
