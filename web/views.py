"""Server-rendered pages. Each view calls one library function and renders its data."""
from __future__ import annotations

from flask import Blueprint, current_app, g, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from matcher import pages
from matcher.types import SearchError

from .i18n import LANGUAGES

bp = Blueprint("views", __name__)

TABS = ("experts", "threads", "communities")


def savoir():
    return current_app.extensions["savoir"]


def highlight(text, spans) -> Markup:
    """Escape ``text`` piece by piece and wrap the ``spans`` ([start, end) pairs) in <mark>."""
    text = text or ""
    out, pos = [], 0
    for span in sorted(spans or (), key=lambda s: s[0]):
        try:
            a, b = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if a < pos or b <= a or b > len(text):
            continue
        out.append(escape(text[pos:a]))
        out.append(Markup("<mark>") + escape(text[a:b]) + Markup("</mark>"))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


@bp.app_template_filter("hl")
def _hl(text, spans=()):
    return highlight(text, spans)


@bp.app_template_filter("pct")
def _pct(value):
    return f"{round(100 * float(value or 0))} %"


@bp.app_template_global("thread_url")
def thread_url(thread_id, post_id=None):
    """The address of a thread's page (at a post), or None while the app has no thread page."""
    if "views.thread" not in current_app.view_functions:
        return None
    return url_for("views.thread", thread_id=thread_id, _anchor=post_id)


@bp.app_template_global("bars")
def bars(series, width=640, height=120):
    """Geometry of an inline SVG bar chart (rects with attributes only: no inline style, CSP-safe)."""
    if not series:
        return None
    top = max(s["count"] for s in series) or 1
    n = len(series)
    slot = width / n
    items = []
    for i, s in enumerate(series):
        h = round((height - 20) * s["count"] / top, 1)
        items.append({"x": round(i * slot + 1, 1), "w": round(max(1.0, slot - 2), 1), "y": round(height - 16 - h, 1),
                      "h": h, "count": s["count"], "month": s["month"], "label": s["month"][2:] if i % 3 == 0 else ""})
    return {"width": width, "height": height, "items": items, "max": top}


PAGE = 10     # results per page of the search page; "show more" loads the next PAGE


def search_context() -> dict:
    """The query, tab, filters, result and error message that the results block
    (_results.html) shows; ``offset`` > 0 is a further page ("show more")."""
    q = (request.args.get("q") or "").strip()
    tab = request.args.get("tab") if request.args.get("tab") in TABS else "experts"
    solved = request.args.get("solved") in ("1", "true", "on") and tab == "threads"
    result, error, offset = None, None, 0
    if q:
        try:
            offset = savoir().check_offset(request.args.get("offset") or 0)
            result = savoir().search(q, mode=tab, viewer=g.viewer, k=min(PAGE, savoir().settings.limits.max_k),
                                     offset=offset, solved_only=solved).to_dict()
        except SearchError as e:
            error = str(e)
    return {"q": q, "tab": tab, "result": result, "error": error, "solved": solved, "offset": offset}


@bp.get("/")
@bp.get("/search")
def search():
    return render_template("search.html", tabs=TABS, **search_context())


@bp.get("/search/results")
def search_results():
    """The results block alone, for the as-you-type script to swap into the search page; with
    ``offset`` > 0, the next cards and "show more" button only, for the script to append."""
    return render_template("_results.html", partial=True, **search_context())


@bp.get("/people/<person_id>")
def person(person_id):
    return render_template("person.html", p=pages.person_page(savoir(), person_id, g.viewer))


@bp.get("/communities/<community_id>")
def community(community_id):
    return render_template("community.html", c=pages.community_page(savoir(), community_id, g.viewer))


@bp.get("/communities/<community_id>/leader")
def leader(community_id):
    return render_template("leader.html", d=pages.core_candidates(savoir(), community_id, g.viewer, k=10))


@bp.route("/newcomer", methods=["GET", "POST"])
def newcomer():
    sv = savoir()
    people = [dict(r) for r in sv.store.query(
        "SELECT id, name, title FROM people WHERE opted_out = 0 ORDER BY name")]
    text = (request.form.get("text") or "").strip() if request.method == "POST" else ""
    person_id = (request.args.get("person") or "").strip()
    data, error = None, None
    if text or person_id:
        try:
            data = pages.newcomer(sv, text=text or None, person_id=None if text else person_id, viewer=g.viewer)
        except SearchError as e:
            error = str(e)
    return render_template("newcomer.html", people=people, text=text, person_id=person_id, data=data, error=error)


@bp.get("/programme")
def programme():
    return render_template("programme.html", d=pages.programme(savoir(), g.viewer))


@bp.get("/lang/<code>")
def set_language(code):
    """Set the language cookie and go back to a local page (never an external address)."""
    target = request.args.get("next") or "/"
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    resp = redirect(target)
    if code in LANGUAGES:
        resp.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return resp
