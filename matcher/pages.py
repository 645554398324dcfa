"""Data behind the web pages (and their JSON API): people, communities, leaders, newcomers, programme.

Every function takes the :class:`~matcher.api.Savoir` facade and the viewer (a person id or
None) and applies :func:`matcher.privacy.access_for`:

- an opted-out person has no page (:class:`NotFound`) and is never listed or counted;
- a private community is :class:`NotFound` for non-members and never listed or counted,
  not even in totals; its threads, documents and posts never appear as evidence.

"Recent" windows (active members, posts in the last 12 months) are measured back from the
newest visible activity in the data, not from today, so that an archived corpus still reads
sensibly (as :mod:`matcher.indicators` does).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import numpy as np

from indexer.errors import NotFound

from .privacy import access_for
from . import data, profile
from .contact import person_contact
from .directory import page_bounds
from .markup import to_text
from .evidence import near_duplicate, word_set
from .indicators import community_indicators

__all__ = ["NotFound", "person_page", "community_page", "core_candidates", "newcomer", "programme", "contact",
           "THREADS_PER_PAGE"]

ROLE_ORDER = ("coordinator", "sponsor", "expert", "core", "active", "peripheral")
THREADS_PER_PAGE = 50      # threads per page of a community page


def _json_list(value) -> list:
    try:
        out = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return out if isinstance(out, list) else []


def _visible_communities(store, access) -> dict:
    return {r["id"]: r for r in data.communities_by_name(store) if access.sees_community(r["id"])}


def _person_ref(store, access, pid) -> dict | None:
    if not pid or not access.sees_person(pid):
        return None
    row = data.person_ref(store, pid)
    return dict(row) if row else None


def _months_back(end: str, n: int) -> list[str]:
    """The ``n`` months ("YYYY-MM") ending with the month of ``end``."""
    y, m = int(end[:4]), int(end[5:7])
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out[::-1]


def _series(counts: Counter, months: int = 24) -> list[dict]:
    if not counts:
        return []
    return [{"month": mo, "count": counts.get(mo, 0)} for mo in _months_back(max(counts), months)]


def _day(value) -> str | None:
    return (value or "")[:10] or None


def _short(text: str, width: int = 220) -> str:
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[:cut if cut > width // 2 else width] + " …"


def _collapse_repeats(evidence: list, bodies: dict) -> list:
    """One entry per contribution that is not a repeat: the same answer given again to a
    recurring question (same title, nearly the same words) joins the first one shown, whose
    ``repeated`` lists the other dates."""
    out, seen = [], defaultdict(list)      # seen: title -> [(word set, entry)]
    for e in evidence:
        words = word_set(bodies.get(e["id"]) or e["snippet"] or "")
        same_title = seen[(e["title"] or "").casefold()]
        first = next((entry for w, entry in same_title if near_duplicate(words, w)), None)
        if first is not None and e["type"] == "post":
            first["repeated"].append(e["date"])
            continue
        e["repeated"] = []
        same_title.append((words, e))
        out.append(e)
    for e in out:
        e["repeated"] = sorted(d for d in e["repeated"] if d)
    return out


def _newest_post(store, access) -> str | None:
    dates = [d for c, d in data.newest_posts(store) if d and access.sees_community(c)]
    return max(dates) if dates else None


# -- person ---------------------------------------------------------------------------------------
def _expertise_terms(sv, access, person_id: str, n: int = 12) -> list[dict]:
    """Top terms of the person's posts and documents, by summed BM25 (tf-idf) weight.

    Each term is shown in the surface form first found in the person's own text."""
    snap = sv.snapshot()
    rows = [i for i in range(snap.n)
            if snap.item_type[i] in ("post", "document") and person_id in snap.people_of[i]
            and access.sees_community(snap.community[i])]
    if not rows or not snap.bm25.vocab:
        return []
    weights = np.asarray(snap.bm25.weights[:, rows].sum(axis=1)).ravel()
    top = [int(i) for i in np.argsort(-weights)[: n * 2] if weights[i] > 0]
    inv = {i: t for t, i in snap.bm25.vocab.items()}
    terms = [(inv[i], float(weights[i])) for i in top if len(inv[i]) > 2 and not inv[i].isdigit()]
    ids = [snap.ids[r] for r in rows[:20]]
    texts = [t for _, t in sv.context(access.viewer).texts(ids).values()]
    analyzer = sv.analyzer()
    wanted = {t for t, _ in terms}
    surface: dict[str, str] = {}  # term -> first surface form in the person's own text
    analysed: dict[str, list] = {}
    for text in texts:
        for a, b in analyzer.spans(text, wanted - set(surface)):
            word = text[a:b].lower()
            if word not in analysed:
                analysed[word] = analyzer.query_tokens(word)
            for term in analysed[word]:
                if term in wanted:
                    surface.setdefault(term, word)
        if len(surface) == len(wanted):
            break
    out, seen = [], set()
    for term, w in terms:
        label = surface.get(term, term)
        if label in seen:
            continue
        seen.add(label)
        out.append({"term": term, "label": label, "weight": round(w, 3)})
        if len(out) == n:
            break
    top_w = out[0]["weight"] if out else 1.0
    for t in out:
        t["relative"] = round(t["weight"] / top_w, 3) if top_w else 0.0
    return out


def contact(sv, person_id: str | None, viewer: str | None = None, subject: str | None = None) -> dict | None:
    """{"email", "mailto", "chat"} of a person the viewer may see, the mail's subject prefilled
    with ``subject`` (the question being asked); None for an opted-out person or no address."""
    return person_contact(sv.store, access_for(sv.store, viewer), person_id, subject, sv.settings.web.chat_url)


def person_page(sv, person_id: str, viewer: str | None = None, subject: str | None = None) -> dict:
    """``subject``: the question that led here (a search query), prefilled in the mail link."""
    store = sv.store
    access = access_for(store, viewer)
    row = data.person(store, person_id)
    if row is None or row["opted_out"] or not access.sees_person(person_id):
        raise NotFound("no such person, or not visible to you")
    comms = _visible_communities(store, access)
    memberships = [{"id": c, "name": comms[c]["name"], "role": role, "since": _day(since)}
                   for c, role, since in data.memberships_with_since(store, person_id) if c in comms]
    memberships.sort(key=lambda m: (ROLE_ORDER.index(m["role"]) if m["role"] in ROLE_ORDER else 9, m["name"]))

    posts = [p for p in data.posts_by(store, person_id) if access.sees_community(p["community"])]
    docs = [d for d in data.documents_by(store, person_id) if access.sees_community(d["community"])]

    evidence = []
    for p in posts:
        role = "question" if p["position"] == 0 else ("accepted answer" if p["accepted"] else "answer")
        evidence.append({"type": "post", "id": p["id"], "thread": p["thread"], "title": p["title"], "role": role,
                         "community": p["community"], "community_name": comms.get(p["community"], {}).get("name"),
                         "date": (p["created"] or "")[:10] or None, "votes": p["votes"] or 0,
                         "accepted": bool(p["accepted"]), "snippet": _short(p["body"])})
    for d in docs:
        evidence.append({"type": "document", "id": d["id"], "thread": None, "title": d["title"], "role": "author",
                         "community": d["community"], "community_name": comms.get(d["community"], {}).get("name"),
                         "date": ((d["updated"] or d["created"]) or "")[:10] or None, "votes": 0,
                         "accepted": False, "kind": d["kind"], "snippet": _short(to_text(d["body"]))})
    rank = {"accepted answer": 0, "author": 1, "answer": 2, "question": 3}
    evidence.sort(key=lambda e: e["date"] or "", reverse=True)
    evidence.sort(key=lambda e: (rank.get(e["role"], 5), -(e["votes"] or 0)))
    evidence = _collapse_repeats(evidence, {p["id"]: p["body"] for p in posts})
    # -- profile choices: items the person hid are not shown (matcher.profile) --
    evidence = [e for e in evidence if not access.hides_item(person_id, e["id"])]

    per_month = Counter((p["created"] or "")[:7] for p in posts if p["created"])
    per_month.update((d["updated"] or d["created"] or "")[:7] for d in docs if (d["updated"] or d["created"]))
    answers = sum(1 for p in posts if p["position"] > 0)
    stats = {"answers": answers, "accepted_answers": sum(1 for p in posts if p["accepted"]),
             "questions": sum(1 for p in posts if p["position"] == 0), "documents": len(docs),
             "votes_received": sum(max(0, p["votes"] or 0) for p in posts),
             "last_activity": max([e["date"] for e in evidence if e["date"]], default=None)}
    return {
        "id": row["id"], "name": row["name"], "title": row["title"], "department": row["department"],
        "location": row["location"], "languages": _json_list(row["languages"]), "profile": row["profile"] or "",
        "skills": _json_list(row["skills"]), "joined": _day(row["joined"]),
        "manager": _person_ref(store, access, row["manager"]),
        "contact": person_contact(store, access, person_id, subject, sv.settings.web.chat_url),
        "communities": memberships, "expertise": _expertise_terms(sv, access, person_id),
        "stats": stats, "evidence": evidence[:30], "activity": _series(per_month),
        # -- topics block: key phrases without the hidden ones (matcher.profile) --
        "topics": profile.visible_topics(sv, person_id, access),
        "declared": profile.declared(store, person_id),
    }


# -- community ------------------------------------------------------------------------------------
def _visible_community(store, access, community_id: str) -> dict:
    row = data.community(store, community_id)
    if row is None or not access.sees_community(community_id):
        raise NotFound("no such community, or not visible to you")
    return row


def community_page(sv, community_id: str, viewer: str | None = None, page=1,
                   per_page: int = THREADS_PER_PAGE) -> dict:
    """``threads``: page ``page`` (1-based, ``per_page`` newest first) of all its threads,
    described by ``threads_page``; every document is listed."""
    store = sv.store
    access = access_for(store, viewer)
    row = _visible_community(store, access, community_id)
    members = [{**m, "since": _day(m["since"])} for m in data.members(store, community_id)]
    members.sort(key=lambda m: (ROLE_ORDER.index(m["role"]) if m["role"] in ROLE_ORDER else 9, m["name"]))
    threads = data.threads_of(store, community_id)
    docs = data.documents_of(store, community_id)
    per_month = Counter((t["created"] or "")[:7] for t in threads if t["created"])
    # top contributors: answers in this community by visible people
    contrib = data.top_contributors(store, community_id)
    page, pages = page_bounds(page, len(threads), per_page)
    coordinator = _person_ref(store, access, row["coordinator"])
    return {
        "id": row["id"], "name": row["name"], "domain": row["domain"] or "", "kind": row["kind"],
        "stage": row["stage"], "visibility": row["visibility"], "created": _day(row["created"]),
        "how_to_join": row["how_to_join"] or "", "charter_updated": _day(row["charter_updated"]),
        "coordinator": coordinator,
        "coordinator_contact": person_contact(store, access, row["coordinator"], None, sv.settings.web.chat_url)
        if coordinator else None,
        "sponsor": _person_ref(store, access, row["sponsor"]),
        "events": [{**e, "date": _day(e.get("date"))} for e in _json_list(row["events"]) if isinstance(e, dict)],
        "success_stories": [{**e, "date": _day(e.get("date"))} for e in _json_list(row["success_stories"])
                            if isinstance(e, dict)],
        "activity": community_indicators(store, [community_id])[community_id],
        "members": members, "top_contributors": contrib,
        "threads": [{"id": t["id"], "title": t["title"], "date": (t["created"] or "")[:10] or None,
                     "solved": bool(t["solved"]), "answers": t["answers"], "votes": t["votes"],
                     "tags": _json_list(t["tags"])} for t in threads[(page - 1) * per_page: page * per_page]],
        "threads_page": {"page": page, "pages": pages, "per_page": per_page, "total": len(threads)},
        "unanswered": [{"id": t["id"], "title": t["title"], "date": (t["created"] or "")[:10] or None}
                       for t in threads if not t["answers"]][:10],
        "documents": [{"id": d["id"], "title": d["title"], "kind": d["kind"],
                       "date": ((d["updated"] or d["created"]) or "")[:10] or None} for d in docs],
        "threads_per_month": _series(per_month),
    }


# -- pages with modules of their own -------------------------------------------------------------
#: the leader, newcomer and programme page models, imported on first use (they import this module)
_MOVED = {"core_candidates": "matcher.leader", "newcomer": "matcher.newcomer", "programme": "matcher.programme"}


def __getattr__(name):
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
