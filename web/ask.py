"""Ask and inbox pages and their JSON API: each view calls one function of matcher.ask or
matcher.inbox. The asker, answerer and inbox owner is always ``g.viewer`` (set by the identity
guard: the trusted proxy header, or the demo sign-in), never a form field."""
from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, redirect, render_template, request, url_for

from indexer.errors import BadInput
from matcher import ask, inbox

from .guard import error_response
from .i18n import t

bp = Blueprint("ask", __name__)
api_bp = Blueprint("ask_api", __name__)


def savoir():
    return current_app.extensions["savoir"]


def signed_in() -> str:
    """The viewer, or a 401 for anonymous visitors."""
    if not g.viewer:
        from werkzeug.exceptions import Unauthorized

        raise Unauthorized()
    return g.viewer


@bp.app_template_global("unanswered_questions")
def unanswered_questions(community_id):
    """The community page's unanswered block (templates/_unanswered.html)."""
    return inbox.unanswered(savoir(), community_id, g.viewer)


@bp.get("/ask")
def ask_page():
    if not g.viewer:
        return error_response(401, t("ask.sign_in", g.lang))
    return render_template("ask.html", title="", body="", proposal=None, similar=[])


@bp.get("/ask/similar")
def similar():
    q = (request.args.get("q") or "").strip()
    return render_template("_similar.html", similar=ask.similar_threads(savoir(), q, g.viewer))


@bp.post("/ask")
def ask_post():
    viewer = signed_in()
    sv, f = savoir(), request.form
    title, body = f.get("title", ""), f.get("body", "")
    if f.get("solved"):
        return redirect(url_for("ask.question", qid=ask.solved_by_thread(sv, viewer, title, body, f["solved"])), 303)
    if f.get("action") == "send":
        people = f.getlist("person") + [p.strip() for p in f.get("add", "").split(",") if p.strip()]
        why = {p: f.get(f"why-{p}") for p in f.getlist("person")}
        qid = ask.ask(sv, viewer, title, body, f.get("community"), people, why=why)
        return redirect(url_for("ask.question", qid=qid), 303)
    try:
        proposal = ask.propose(sv, title, body, viewer, community=f.get("community") or None)
    except BadInput as e:
        return render_template("ask.html", title=title, body=body, proposal=None, error=str(e),
                               similar=ask.similar_threads(sv, f"{title} {body}", viewer)), 400
    return render_template("ask.html", title=title, body=body, proposal=proposal,
                           similar=ask.similar_threads(sv, f"{title} {body}", viewer))


@bp.get("/questions/<qid>")
def question(qid):
    return render_template("question.html", q=inbox.question_view(savoir(), qid, g.viewer))


@bp.post("/questions/<qid>/<any(answer, accept, refer, pass):action>")
def question_action(qid, action):
    viewer, sv, f = signed_in(), savoir(), request.form
    if action == "answer":
        inbox.answer(sv, viewer, qid, f.get("body", ""))
    elif action == "accept":
        inbox.accept(sv, viewer, qid, f.get("post"))
    elif action == "refer":
        inbox.refer(sv, viewer, qid, f.get("to"), f.get("note", ""))
    else:   # pass (the route admits only these four actions)
        inbox.pass_question(sv, viewer, qid, f.get("note", ""))
        return redirect(url_for("ask.inbox_page"), 303)
    return redirect(url_for("ask.question", qid=qid), 303)


@bp.get("/inbox")
def inbox_page():
    if not g.viewer:
        return error_response(401, t("ask.sign_in", g.lang))
    return render_template("inbox.html", box=inbox.inbox(savoir(), g.viewer), modes=inbox.NOTIFY_MODES)


@bp.post("/inbox/prefs")
def prefs():
    viewer, f = signed_in(), request.form
    inbox.set_prefs(savoir().store, viewer, weekly_cap=f.get("weekly_cap"), unavailable_until=f.get("unavailable_until"),
                    never_route=bool(f.get("never_route")), notify=f.get("notify", "immediate"))
    return redirect(url_for("ask.inbox_page"), 303)


# -- JSON ---------------------------------------------------------------------------------------
@api_bp.post("/questions")
def api_ask():
    """``{"title", "body", "community"?, "people"?}``: the proposal fills what is not given."""
    viewer, sv = signed_in(), savoir()
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ask.AskError("body: expected a JSON object {\"title\": ..., \"body\": ...}")
    title, body = data.get("title", ""), data.get("body", "")
    community, people = data.get("community"), data.get("people")
    why = {}
    if not community or people is None:
        p = ask.propose(sv, title, body, viewer, community=community or None)
        community = community or p.community
        if people is None:
            people, why = [x["id"] for x in p.people], {x["id"]: x["why"] for x in p.people}
    qid = ask.ask(sv, viewer, title, body, community, people, why=why)
    resp = jsonify(inbox.question_view(sv, qid, viewer))
    resp.status_code = 201
    return resp


@api_bp.get("/questions/<question_id>")
def api_question(question_id):
    return jsonify(inbox.question_view(savoir(), question_id, g.viewer))


@api_bp.get("/inbox")
def api_inbox():
    return jsonify(inbox.inbox(savoir(), signed_in()))
