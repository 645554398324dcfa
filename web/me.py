"""My profile: the signed-in person sees and steers what Savoir says about them.

    GET  /me                   inferred topics with evidence, declared topics, opt-out, log
    POST /me/choice            form (csrf, kind, value, on): confirm / hide a topic, hide an item,
                               declare a topic, opt out or back in
    GET  /api/me/export        everything Savoir holds about me, as a JSON download
    POST /api/me/choices       the same choice as JSON {"kind", "value", "on"}

Every write is a profile choice (indexer.userdata.profile): effective at once everywhere,
since matcher.privacy.access_for reads the choices on each request.
"""
from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, g, jsonify, redirect, render_template, request, url_for

from indexer.errors import BadInput
from indexer.userdata import feedback as feedback_db
from indexer.userdata import profile as choices_db
from matcher.profile import my_profile

from .demo import check_form_token

bp = Blueprint("me", __name__)


def _store():
    return current_app.extensions["savoir"].store


def _signed_in() -> str:
    if not g.viewer:
        abort(401, description="sign in first: your profile choices are yours only")
    return g.viewer


def _on(raw) -> bool:
    if isinstance(raw, bool):
        return raw
    if str(raw).lower() in ("1", "true", "yes", "on", ""):
        return True
    if str(raw).lower() in ("0", "false", "no", "off"):
        return False
    raise BadInput("on: expected true or false")


@bp.get("/me")
def me():
    return render_template("me.html", m=my_profile(current_app.extensions["savoir"], _signed_in()))


@bp.post("/me/choice")
def choice():
    person = _signed_in()
    check_form_token()
    choices_db.set_choice(_store(), person, request.form.get("kind") or "", request.form.get("value") or "",
                          _on(request.form.get("on", "1")))
    return redirect(url_for("me.me") + "#" + (request.form.get("section") or "topics"))


@bp.post("/api/me/choices")
def api_choice():
    person = _signed_in()
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict):
        raise BadInput("body: expected JSON {\"kind\": ..., \"value\": ..., \"on\": true|false}")
    changed = choices_db.set_choice(_store(), person, str(body.get("kind") or ""), body.get("value") or "",
                                    _on(body.get("on", True)))
    return jsonify({"changed": changed, "profile": my_profile(current_app.extensions["savoir"], person)})


@bp.get("/api/me/export")
def export():
    person = _signed_in()
    store = _store()
    feedback_db.purge(store)      # feedback on private content the viewer lost access to is gone
    out = {"format": "savoir-export/1", **choices_db.export(store.conn, person),
           "profile": my_profile(current_app.extensions["savoir"], person),
           "feedback": feedback_db.of_viewer(store.conn, person)}
    body = json.dumps(out, ensure_ascii=False, indent=2, default=str)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="savoir-{person}.json"'})
