"""Feedback on results: 'helpful' / 'not helpful' on every card, 'not my topic' for the viewer
shown as an expert, 'this solved it' on a thread.

    POST /api/feedback   JSON {"query", "mode", "result_id", "rank", "verdict"}
    POST /feedback       the same as a form (csrf, next): works without JavaScript

Only a signed-in viewer may give feedback, on a result they may see; at most
``limits.feedback_per_hour`` verdicts per viewer and hour. Rows are stored with the query, the
viewer, the result, its rank and the time (indexer.userdata.feedback) and never shown to other
users one by one. Feedback on a private community's content is purged when read (export,
``savoir eval feedback``) once its viewer is no longer a member.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, g, jsonify, redirect, request

from indexer.errors import BadInput
from indexer.userdata import feedback as feedback_db
from matcher import data
from matcher.privacy import access_for
from matcher.search import MODES

from .demo import check_form_token

bp = Blueprint("feedback", __name__)

#: verdicts allowed per mode; not_my_topic also needs result_id == viewer
ALLOWED = {"experts": ("helpful", "not_helpful", "not_my_topic"),
           "threads": ("helpful", "not_helpful", "solved"),
           "communities": ("helpful", "not_helpful")}


def _community_of(store, access, mode: str, result: str) -> tuple[bool, str | None]:
    """(the viewer may see the result, its community)."""
    if mode == "experts":
        row = data.person(store, result)
        return bool(row) and not row["opted_out"] and access.sees_person(result), None
    if mode == "communities":
        row = data.community(store, result)
        return bool(row) and access.sees_community(result), result
    row = store.one("SELECT community FROM threads WHERE id = ?", (result,)) or \
        store.one("SELECT community FROM documents WHERE id = ?", (result,))
    return bool(row) and access.sees_community(row["community"]), row["community"] if row else None


def validate(store, viewer: str, body) -> dict:
    """The feedback row of ``body``, or BadInput naming the field."""
    if not isinstance(body, dict):
        raise BadInput("body: expected {\"query\", \"mode\", \"result_id\", \"rank\", \"verdict\"}")
    query = body.get("query")
    if not isinstance(query, str) or not query.strip() or len(query) > 1000:
        raise BadInput("query: missing, empty or longer than 1000 characters")
    mode = body.get("mode")
    if mode not in MODES:
        raise BadInput(f"mode: {mode!r} is not known; use one of {', '.join(MODES)}")
    result = body.get("result_id")
    if not isinstance(result, str) or not result or len(result) > 200:
        raise BadInput("result_id: missing")
    try:
        rank = int(body.get("rank"))
    except (TypeError, ValueError):
        raise BadInput("rank: expected the result's position, 1 or more") from None
    if not 1 <= rank <= 1000:
        raise BadInput("rank: expected the result's position, 1 or more")
    verdict = body.get("verdict")
    if verdict not in ALLOWED[mode]:
        raise BadInput(f"verdict: {verdict!r} is not allowed for {mode}; use one of {', '.join(ALLOWED[mode])}")
    if verdict == "not_my_topic" and result != viewer:
        raise BadInput("verdict: not_my_topic is for yourself only (result_id must be your own id)")
    visible, community = _community_of(store, access_for(store, viewer), mode, result)
    if not visible:
        raise BadInput("result_id: no such result, or not visible to you")
    return {"query": " ".join(query.split()), "mode": mode, "result": result, "rank": rank,
            "verdict": verdict, "community": community}


def _record(body) -> dict:
    if not g.viewer:
        abort(401, description="sign in first: feedback is recorded for a signed-in viewer")
    store = current_app.extensions["savoir"].store
    row = validate(store, g.viewer, body)
    hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat(timespec="seconds")
    limit = current_app.extensions["savoir.settings"].limits.feedback_per_hour
    if feedback_db.count_since(store.conn, g.viewer, hour_ago) >= limit:
        abort(429, description=f"feedback: at most {limit} verdicts per hour; retry later")
    feedback_db.record(store, g.viewer, **row)
    return row


@bp.post("/api/feedback")
def api_feedback():
    if not request.is_json:    # a cross-site form cannot send JSON without a preflight
        raise BadInput("body: send application/json")
    row = _record(request.get_json(silent=True))
    return jsonify({"recorded": True, **{k: row[k] for k in ("query", "mode", "result", "rank", "verdict")}}), 201


@bp.post("/feedback")
def form_feedback():
    check_form_token()
    _record(request.form.to_dict())
    target = request.form.get("next") or "/"
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)
