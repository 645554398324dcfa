"""Server-rendered pages. Each view calls one library function and renders its data."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, g, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from indexer.errors import Forbidden
from matcher import directory, item_pages, pages
from matcher import leader as leaders, newcomer as newcomers, programme as programmes
from matcher.types import SearchError

from . import invite
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


@bp.app_template_global("invite_link")
def _invite_link(address, community, name):
    return invite.invite_link(t, g.get("lang", "en"), address, community, name)


@bp.app_template_global("join_link")
def _join_link(address, community_name):
    return invite.join_link(t, g.get("lang", "en"), address, community_name)


PAGE = 10     # results per page of the search page; "show more" loads the next PAGE


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
    return {"q": q, "tab": tab, "result": result, "error": error, "solved": solved, "offset": offset,
            "semantic_notice": semantic_notice(g.lang)}


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


def leader_filters():
    a = request.args
    return leaders.Filters(not_members=a.get("not_members") in ("1", "on", "true"), location=(a.get("location") or "").strip(),
                   department=(a.get("department") or "").strip(), language=(a.get("language") or "").strip())


def same_origin() -> None:
    """Refuse a form posted from another site (the proxy adds the user header to every request
    the signed-in browser makes, so a cross-site form would act as the viewer)."""
    origin = request.headers.get("Origin")
    if request.headers.get("Sec-Fetch-Site") == "cross-site" or (
            origin and origin.split("://", 1)[-1].rstrip("/") != request.host):
        raise Forbidden("cross-site form: send it from Savoir's own page")


@bp.get("/communities/<community_id>/leader")
def leader(community_id):
    d = leaders.leader_page(savoir(), community_id, g.viewer, k=10, query=request.args.get("q"), filters=leader_filters())
    return render_template("leader.html", d=d, done=request.args.get("done"))


@bp.post("/communities/<community_id>/leader/shortlist")
def leader_shortlist(community_id):
    """Add a candidate to the shortlist or remove one, then back to the leader page (its search kept)."""
    same_origin()
    person = (request.form.get("person") or "").strip()
    if request.form.get("action") == "remove":
        leaders.shortlist_remove(savoir(), community_id, person, g.viewer)
        done = "removed"
    else:
        leaders.shortlist_add(savoir(), community_id, person, g.viewer, request.form.get("note") or "")
        done = "added"
    back = request.form.get("back") or ""
    query = back if back.startswith("?") and "//" not in back else ""
    sep = "&" if query else "?"
    return redirect(url_for("views.leader", community_id=community_id) + query + f"{sep}done={done}#shortlist")


def people_matching(who: str, limit: int = 20) -> list:
    """People whose name or title contains every word typed (accents and case ignored)."""
    return newcomers.person_choices(savoir().store, who, limit)


@bp.get("/newcomer/people")
def newcomer_people():
    """The person picker's list alone, for the as-you-type script to swap in."""
    who = (request.args.get("who") or "").strip()
    return render_template("_people_picker.html", who=who, matches=people_matching(who))


@bp.route("/newcomer", methods=["GET", "POST"])
def newcomer():
    sv = savoir()
    text = (request.form.get("text") or "").strip() if request.method == "POST" else ""
    person_id = (request.args.get("person") or "").strip()
    who = (request.args.get("who") or "").strip()
    if not text and not person_id and g.viewer and not who:
        person_id = g.viewer                     # the signed-in person's own profile by default
    data, error = None, None
    if text or person_id:
        try:
            data = newcomers.newcomer(sv, text=text or None, person_id=None if text else person_id, viewer=g.viewer)
        except SearchError as e:
            error = str(e)
    return render_template("newcomer.html", who=who, matches=people_matching(who) if who else [], text=text,
                           person_id=person_id, data=data, error=error)


def programme_sort() -> tuple[str, bool]:
    sort = request.args.get("sort") or "name"
    return (sort if sort in programmes.SORTS else "name"), request.args.get("order") == "desc"


@bp.get("/programme")
def programme():
    sort, desc = programme_sort()
    return render_template("programme.html", d=programmes.programme(savoir(), g.viewer, sort, desc))


@bp.get("/programme.csv")
def programme_csv():
    sort, desc = programme_sort()
    body = "\ufeff" + programmes.programme_csv(programmes.programme(savoir(), g.viewer, sort, desc))   # BOM: spreadsheets read UTF-8
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="savoir-programme.csv"'})


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
