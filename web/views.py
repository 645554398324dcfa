"""Server-rendered pages. Each view calls one library function and renders its data."""
from __future__ import annotations

from flask import Blueprint, current_app, g, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from matcher import directory, item_pages, pages
from matcher.privacy import access_for
from matcher.types import SearchError

from .i18n import LANGUAGES, t

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


@bp.app_template_filter("refs")
def _refs(text, refs=()):
    """Escape a post's text and link the item ids written in it (``refs``: [start, end, type, id]
    spans found by :func:`matcher.item_pages.mentions`, visible items only)."""
    text = text or ""
    out, pos = [], 0
    for a, b, kind, item in sorted(refs or (), key=lambda r: r[0]):
        if a < pos or b <= a or b > len(text) or kind not in ("thread", "document"):
            continue
        out.append(escape(text[pos:a]))
        out.append(Markup('<a class="ref" href="%s">%s</a>') % (item_url(kind, item), text[a:b]))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


@bp.app_template_global("item_url")
def item_url(kind, item_id):
    """The page of a thread or a document ("post" evidence names its thread)."""
    if kind == "document":
        return url_for("views.document", document_id=item_id)
    return url_for("views.thread", thread_id=item_id)


def mail_subject(query: str | None) -> str:
    return t("contact.subject", g.lang, q=query) if query else t("contact.subject_plain", g.lang)


@bp.app_template_global("contact_for")
def contact_for(person_id, query=None):
    """Contact links of a person shown on a card, the mail's subject naming the query."""
    return pages.contact(savoir(), person_id, g.viewer, mail_subject(query))


@bp.app_template_filter("pct")
def _pct(value):
    return f"{round(100 * float(value or 0))} %"


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


def semantic_notice(lang: str) -> str | None:
    """The search page's notice while the served build's vectors are computed, else None."""
    sem = savoir().semantic()
    if sem["state"] != "pending":
        return None
    if not sem.get("total"):
        return t("semantic.waiting", lang)
    sep = "\u202f" if lang == "fr" else ","
    return t("semantic.pending", lang, done=f"{sem['done']:,}".replace(",", sep),
             total=f"{sem['total']:,}".replace(",", sep))


def search_context() -> dict:
    """The query, tab, result and error message that the results block (_results.html) shows."""
    q = (request.args.get("q") or "").strip()
    tab = request.args.get("tab") if request.args.get("tab") in TABS else "experts"
    result, error = None, None
    if q:
        try:
            result = savoir().search(q, mode=tab, viewer=g.viewer, k=min(10, savoir().settings.limits.max_k)).to_dict()
        except SearchError as e:
            error = str(e)
    return {"q": q, "tab": tab, "result": result, "error": error, "semantic_notice": semantic_notice(g.lang)}


@bp.get("/")
@bp.get("/search")
def search():
    return render_template("search.html", tabs=TABS, **search_context())


@bp.get("/search/results")
def search_results():
    """The results block alone, for the as-you-type script to swap into the search page."""
    return render_template("_results.html", **search_context())


@bp.get("/people/<person_id>")
def person(person_id):
    """``?q=``: the question that led here (the search links carry it), named in the mail subject."""
    q = (request.args.get("q") or "").strip()[:200] or None
    return render_template("person.html", p=pages.person_page(savoir(), person_id, g.viewer, mail_subject(q)), q=q)


@bp.get("/communities/<community_id>")
def community(community_id):
    c = pages.community_page(savoir(), community_id, g.viewer, page=request.args.get("page") or 1)
    return render_template("community.html", c=c)


@bp.get("/threads/<thread_id>")
def thread(thread_id):
    return render_template("thread.html", t=item_pages.thread_page(savoir(), thread_id, g.viewer))


@bp.get("/documents/<document_id>")
def document(document_id):
    return render_template("document.html", d=item_pages.document_page(savoir(), document_id, g.viewer))


def people_context() -> dict:
    a = request.args
    return {"d": directory.people_directory(savoir(), g.viewer, q=a.get("q"), department=a.get("department") or None,
                                            location=a.get("location") or None,
                                            community=a.get("community") or None, page=a.get("page") or 1)}


@bp.get("/people")
def people():
    return render_template("people.html", **people_context())


@bp.get("/people/results")
def people_results():
    """The directory's list alone, for the as-you-type script to swap into /people."""
    return render_template("_people.html", **people_context())


@bp.get("/communities")
def communities():
    a = request.args
    return render_template("communities.html", d=directory.communities_directory(
        savoir(), g.viewer, kind=a.get("kind") or None, stage=a.get("stage") or None,
        language=a.get("language") or None))


@bp.get("/communities/<community_id>/leader")
def leader(community_id):
    return render_template("leader.html", d=pages.core_candidates(savoir(), community_id, g.viewer, k=10))


@bp.route("/newcomer", methods=["GET", "POST"])
def newcomer():
    sv = savoir()
    out = access_for(sv.store, g.viewer).opted_out       # the source's flag or the person's choice
    people = [dict(r) for r in sv.store.query("SELECT id, name, title FROM people ORDER BY name")
              if r["id"] not in out]
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
