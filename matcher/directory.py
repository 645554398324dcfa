"""The people and community directories (``/people``, ``/communities`` and their JSON API).

Privacy as in :mod:`matcher.pages`: opted-out people are never listed; a private community the
viewer does not belong to is neither listed, nor a filter, nor shown among a person's
communities.

People are filtered by name as you type (:func:`matcher.names.filter_names`: accents, case and
typos tolerated; best match first), department, location and community; communities by kind,
stage and language (the languages their threads and documents are written in).
"""
from __future__ import annotations

from collections import Counter

from indexer.errors import BadInput

from . import data, page_data
from .contact import contact_links
from .indicators import community_indicators
from .names import filter_names, fold
from .privacy import access_for

__all__ = ["people_directory", "communities_directory", "page_bounds", "PER_PAGE"]

PER_PAGE = 50
#: a language is listed for a community when at least this share of its content is in it
LANGUAGE_SHARE = 0.1


def page_bounds(page, total: int, per_page: int) -> tuple[int, int]:
    """(page, number of pages) for a 1-based ``page``; BadInput names the fix when out of range."""
    pages = max(1, -(-total // per_page))
    try:
        page = int(page or 1)
    except (TypeError, ValueError):
        raise BadInput(f"page: expected a page number between 1 and {pages}") from None
    if not 1 <= page <= pages:
        raise BadInput(f"page: {page} is outside 1..{pages}")
    return page, pages


def _same(a: str | None, b: str | None) -> bool:
    return fold(a or "") == fold(b or "")


def people_directory(sv, viewer: str | None = None, q: str | None = None, department: str | None = None,
                     location: str | None = None, community: str | None = None, page=1,
                     per_page: int = PER_PAGE) -> dict:
    """People who did not opt out, filtered; by name match when ``q`` is given, else by name.
    ``facets`` lists the departments, locations and visible communities there are to filter on."""
    store = sv.store
    access = access_for(store, viewer)
    comms = {r["id"]: r["name"] for r in data.communities_by_name(store) if access.sees_community(r["id"])}
    chat_url = sv.settings.web.chat_url
    everyone = []
    for r in page_data.directory_people(store):
        if not access.sees_person(r["id"]):
            continue
        everyone.append({"id": r["id"], "name": r["name"], "title": r["title"], "department": r["department"],
                         "location": r["location"],
                         "communities": [{"id": c, "name": comms[c], "role": role}
                                         for c, role in r["memberships"] if c in comms],
                         "contact": contact_links(r["email"], None, chat_url)})
    rows = [p for p in everyone
            if (not department or _same(p["department"], department))
            and (not location or _same(p["location"], location))
            and (not community or any(c["id"] == community for c in p["communities"]))]
    q = (q or "").strip()[: sv.settings.limits.max_query_chars]
    if q:
        scores = dict(filter_names(q, {p["id"]: p["name"] for p in rows}))
        rows = sorted((p for p in rows if p["id"] in scores), key=lambda p: -scores[p["id"]])
        for p in rows:
            p["match"] = scores[p["id"]]
    page, pages = page_bounds(page, len(rows), per_page)
    facets = {"departments": sorted({p["department"] for p in everyone if p["department"]}, key=fold),
              "locations": sorted({p["location"] for p in everyone if p["location"]}, key=fold),
              "communities": [{"id": c, "name": n} for c, n in comms.items()]}
    return {"q": q, "filters": {"department": department, "location": location, "community": community},
            "total": len(rows), "page": page, "pages": pages, "per_page": per_page,
            "people": rows[(page - 1) * per_page: page * per_page], "facets": facets}


def _languages(counts: dict) -> list[str]:
    total = sum(counts.values())
    return [lang for lang, n in sorted(counts.items(), key=lambda x: -x[1]) if total and n / total >= LANGUAGE_SHARE]


def communities_directory(sv, viewer: str | None = None, kind: str | None = None, stage: str | None = None,
                          language: str | None = None) -> dict:
    """Visible communities by name with their indicators and content languages, filtered."""
    store = sv.store
    access = access_for(store, viewer)
    rows = [r for r in data.communities_by_name(store) if access.sees_community(r["id"])]
    langs = page_data.community_languages(store)
    acts = community_indicators(store, [r["id"] for r in rows])
    everyone = []
    for r in rows:
        coordinator = None
        if r["coordinator"] and access.sees_person(r["coordinator"]):
            ref = data.person_ref(store, r["coordinator"])
            coordinator = {"id": ref["id"], "name": ref["name"]} if ref else None
        everyone.append({"id": r["id"], "name": r["name"], "domain": r["domain"] or "", "kind": r["kind"],
                         "stage": r["stage"], "visibility": r["visibility"], "coordinator": coordinator,
                         "languages": _languages(langs.get(r["id"], {})), "activity": acts[r["id"]]})
    out = [c for c in everyone if (not kind or c["kind"] == kind) and (not stage or c["stage"] == stage)
           and (not language or language in c["languages"])]
    facets = {"kinds": sorted(Counter(c["kind"] for c in everyone if c["kind"])),
              "stages": sorted(Counter(c["stage"] for c in everyone if c["stage"])),
              "languages": sorted({lang for c in everyone for lang in c["languages"]})}
    return {"filters": {"kind": kind, "stage": stage, "language": language}, "total": len(out),
            "communities": out, "facets": facets}
