"""Data behind the thread and document pages (and ``/api/threads/<id>``, ``/api/documents/<id>``).

Privacy as in :mod:`matcher.pages`: a thread or document of a private community the viewer
does not belong to is :class:`NotFound`, exactly like a missing one; an opted-out author is
shown as ``None`` (the page says "a former member", without a link); links and mentions lead
only to items that exist and that the viewer may see.
"""
from __future__ import annotations

import json
import re

from indexer.errors import NotFound

from . import data, page_data
from .markup import to_html
from .privacy import access_for

__all__ = ["thread_page", "document_page", "mentions", "web_url"]

# a word with letters then a digit at its end, the shape of item ids ("t0393", "d003", "se-1234");
# each candidate is looked up, so "P-12" (a pump) stays text unless an item has that id
_ID_LIKE = re.compile(r"(?<![\w-])[A-Za-z][\w-]{0,40}\d(?![\w-])")
MAX_MENTIONS = 50        # candidates looked up per post


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) address (a source link is only ever one of those), else None."""
    value = (value or "").strip()
    return value if value.lower().startswith(("https://", "http://")) and " " not in value else None


def _day(value) -> str | None:
    return (value or "")[:10] or None


def _tags(value) -> list:
    try:
        out = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(t) for t in out] if isinstance(out, list) else []


def mentions(store, access, texts: dict, own: str | None = None) -> dict:
    """key -> [[start, end, "thread" | "document", id], ...]: the item ids written in each text
    (``texts``: key -> text) that name an item the viewer may see, other than ``own``."""
    found = {key: [(m.start(), m.end(), m.group()) for m in _ID_LIKE.finditer(text or "")][:MAX_MENTIONS]
             for key, text in texts.items()}
    items = page_data.existing_items(store, [w for spans in found.values() for _, _, w in spans])
    out = {}
    for key, spans in found.items():
        out[key] = [[a, b, items[w][0], w] for a, b, w in spans
                    if w in items and w != own and access.sees_community(items[w][1])]
    return out


def _visible(sv, read, item_id: str, viewer: str | None):
    """(store, access, row, community) of an item the viewer may see (``read(store, id)`` reads
    its row); a missing item and one of a private community the viewer is not in are both
    NotFound. ``community``: {"id", "name", "visibility"} or None."""
    store = sv.store
    access = access_for(store, viewer)
    row = read(store, item_id)
    if row is None or not access.sees_community(row["community"]):
        raise NotFound("no such item, or not visible to you")
    comm = data.community(store, row["community"]) if row["community"] else None
    community = {"id": comm["id"], "name": comm["name"], "visibility": comm["visibility"]} if comm else None
    return store, access, row, community


def _author(access, pid, name, opted_out) -> dict | None:
    """{"id", "name"} of an author the viewer may see; None for an opted-out or unknown person."""
    if not pid or name is None or opted_out or not access.sees_person(pid):
        return None
    return {"id": pid, "name": name}


def thread_page(sv, thread_id: str, viewer: str | None = None) -> dict:
    """The question, every answer and comment in order (accepted one marked; for an open
    thread, the best-voted answer marked ``best``), tags, community, links both ways, source."""
    store, access, row, community = _visible(sv, page_data.thread, thread_id, viewer)
    rows = page_data.posts_of(store, thread_id)
    refs = mentions(store, access, {p["id"]: p["body"] for p in rows}, own=thread_id)
    posts = []
    for p in rows:
        kind = "question" if p["position"] == 0 else (p["kind"] or "answer")
        posts.append({"id": p["id"], "position": p["position"], "kind": kind,
                      "author": _author(access, p["author"], p["author_name"], p["author_opted_out"]),
                      "created": p["created"], "date": _day(p["created"]), "body": p["body"] or "",
                      "votes": p["votes"] or 0, "accepted": bool(p["accepted"]), "best": False,
                      "refs": refs.get(p["id"], [])})
    solved = bool(row["solved"]) or any(p["accepted"] for p in posts)
    answers = [p for p in posts[1:] if p["kind"] != "comment"]
    best = None
    if not solved and answers:
        top = max(answers, key=lambda p: (p["votes"], -p["position"]))
        if top["votes"] > 0:
            top["best"] = True
            best = top["id"]
    links, seen = [], set()
    for link in page_data.thread_links(store, thread_id):
        key = (link["id"], link["kind"], link["direction"])
        if link["id"] == thread_id or key in seen or not access.sees_community(link["community"]):
            continue
        seen.add(key)
        links.append({"id": link["id"], "title": link["title"], "kind": link["kind"],
                      "direction": link["direction"], "solved": bool(link["solved"])})
    links.sort(key=lambda x: (x["kind"] != "duplicate", x["direction"], x["id"]))
    return {"id": row["id"], "title": row["title"], "community": community, "tags": _tags(row["tags"]),
            "created": _day(row["created"]), "last_activity": _day(row["last_activity"]), "solved": solved,
            "language": row["language"], "source": row["source"], "url": web_url(row["url"]),
            "accepted_post": next((p["id"] for p in posts if p["accepted"]), None), "best_answer": best,
            "question": posts[0] if posts else None, "answers": posts[1:], "links": links}


def document_page(sv, document_id: str, viewer: str | None = None) -> dict:
    """The document as sanitised HTML (``html``, from its Markdown ``body``), its authors,
    community, kind, dates and source (file path and/or web address)."""
    store, access, row, community = _visible(sv, page_data.document, document_id, viewer)
    authors = [_author(access, a["id"], a["name"], a["opted_out"]) for a in page_data.document_authors(store, document_id)]
    return {"id": row["id"], "title": row["title"], "kind": row["kind"], "community": community,
            "authors": authors, "created": _day(row["created"]), "updated": _day(row["updated"]),
            "language": row["language"], "body": row["body"] or "", "html": to_html(row["body"] or ""),
            "path": row["path"], "source": row["source"], "url": web_url(row["url"])}
