"""JSON API: the data of every page. Described by hand in ``openapi.py`` (served at /api/openapi.json).

Errors are ``{"error": "...", "parameter": "..."}`` with a 4xx status; unknown query
parameters are ignored.
"""
from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, render_template, request

from matcher import directory, item_pages, pages
from matcher import leader as leaders, newcomer as newcomers, programme as programmes
from matcher.types import SearchError

from .openapi import ENDPOINTS, openapi_document
from .views import same_origin

bp = Blueprint("api", __name__)


def savoir():
    return current_app.extensions["savoir"]


def int_param(name: str, default: int) -> int:
    raw = request.args.get(name)
    limit = savoir().settings.limits.max_k
    if raw is None or raw == "":
        return min(default, limit)
    try:
        value = int(raw)
    except ValueError:
        raise SearchError(f"{name}: expected an integer between 1 and {limit}, got {raw[:20]!r}") from None
    if not 1 <= value <= limit:
        raise SearchError(f"{name}: {value} is outside 1..{limit}")
    return value


def search_params() -> dict:
    """q, mode, k, method, offset, solved of a search request (validated by ``Savoir.check``
    and ``Savoir.check_offset`` as well)."""
    q = request.args.get("q")
    if q is None or not q.strip():
        raise SearchError("query: missing or empty; pass ?q=a few words")
    solved = request.args.get("solved", "0")
    if solved not in ("0", "1", "true", "false"):
        raise SearchError(f"solved: expected 1 or 0, got {solved[:20]!r}")
    return {"query": q, "mode": request.args.get("mode") or "experts", "k": int_param("k", 10),
            "method": request.args.get("method") or "hybrid", "offset": request.args.get("offset") or 0,
            "solved_only": solved in ("1", "true")}


@bp.get("")
@bp.get("/")
def index():
    return render_template("api.html", endpoints=ENDPOINTS)


@bp.get("/openapi.json")
def openapi():
    s = savoir().settings
    return jsonify(openapi_document(s.limits.max_query_chars, s.limits.max_k, s.limits.max_offset))


@bp.get("/index/status")
def index_status():
    """Whether semantic search is ready; while not, the embedding progress and the page's notice."""
    from .views import semantic_notice

    sem = savoir().semantic()
    return jsonify({"semantic": sem["state"], **{k: v for k, v in sem.items() if k != "state"},
                    "notice": semantic_notice(g.lang)})


@bp.get("/search")
def search():
    p = search_params()
    return jsonify(savoir().search(p["query"], mode=p["mode"], viewer=g.viewer, k=p["k"], method=p["method"],
                                   offset=p["offset"], solved_only=p["solved_only"]).to_dict())


@bp.get("/people/<person_id>")
def person(person_id):
    return jsonify(pages.person_page(savoir(), person_id, g.viewer))


@bp.get("/communities/<community_id>")
def community(community_id):
    return jsonify(pages.community_page(savoir(), community_id, g.viewer, page=request.args.get("page") or 1))


@bp.get("/threads/<thread_id>")
def thread(thread_id):
    return jsonify(item_pages.thread_page(savoir(), thread_id, g.viewer))


@bp.get("/documents/<document_id>")
def document(document_id):
    return jsonify(item_pages.document_page(savoir(), document_id, g.viewer))


@bp.get("/people")
def people():
    a = request.args
    return jsonify(directory.people_directory(savoir(), g.viewer, q=a.get("q"), department=a.get("department") or None,
                                              location=a.get("location") or None,
                                              community=a.get("community") or None, page=a.get("page") or 1))


@bp.get("/communities")
def communities():
    a = request.args
    return jsonify(directory.communities_directory(savoir(), g.viewer, kind=a.get("kind") or None,
                                                   stage=a.get("stage") or None, language=a.get("language") or None))


def leader_filters():
    a = request.args
    return leaders.Filters(not_members=a.get("not_members") in ("1", "true"), location=a.get("location") or "",
                           department=a.get("department") or "", language=a.get("language") or "")


@bp.get("/communities/<community_id>/candidates")
def candidates(community_id):
    """Core-group candidates (never the coordinator or the sponsor), for the community's members."""
    return jsonify(leaders.leader_page(savoir(), community_id, g.viewer, k=int_param("k", 10),
                                       query=request.args.get("q"), filters=leader_filters()))


@bp.route("/communities/<community_id>/shortlist", methods=["POST", "DELETE"])
def shortlist(community_id):
    """Add ({"person": id, "note": text}, POST) or remove (DELETE ?person=id) a shortlisted candidate."""
    same_origin()
    if request.method == "DELETE":
        person = request.args.get("person") or ""
        changed = leaders.shortlist_remove(savoir(), community_id, person, g.viewer)
    else:
        body = request.get_json(silent=True) if request.is_json else request.form
        body = body if isinstance(body, dict) else {}
        person = body.get("person") if isinstance(body.get("person"), str) else ""
        note = body.get("note") if isinstance(body.get("note"), str) else ""
        changed = leaders.shortlist_add(savoir(), community_id, person, g.viewer, note)
    page = leaders.leader_page(savoir(), community_id, g.viewer, k=1)
    return jsonify({"changed": changed, "shortlist": page["shortlist"]})


@bp.route("/newcomer", methods=["GET", "POST"])
def newcomer():
    """A pasted profile (POST text), a person (GET ?person=), or the signed-in viewer (GET)."""
    k = int_param("k", 5)
    if request.method == "POST":
        data = request.get_json(silent=True) if request.is_json else request.form
        text = data.get("text") if isinstance(data, dict) else None  # a JSON list or string is not a profile
        if not isinstance(text, str) or not text.strip():
            raise SearchError("text: missing or empty; send a profile as JSON {\"text\": ...} or a form field")
        return jsonify(newcomers.newcomer(savoir(), text=text, viewer=g.viewer, k=k))
    person_id = request.args.get("person") or g.viewer
    if not person_id:
        raise SearchError("person: missing; use GET ?person=<id>, or POST a profile as text")
    return jsonify(newcomers.newcomer(savoir(), person_id=person_id, viewer=g.viewer, k=k))


@bp.get("/programme")
def programme():
    sort = request.args.get("sort") or "name"
    return jsonify(programmes.programme(savoir(), g.viewer, sort, request.args.get("order") == "desc"))


@bp.get("/me")
def me():
    from matcher.profile import my_profile

    # profile: what Savoir says about the signed-in viewer and their choices (web.me); null if anonymous
    return jsonify({"viewer": g.viewer, "name": g.viewer_name, "lang": g.lang,
                    "profile": my_profile(savoir(), g.viewer) if g.viewer else None})
