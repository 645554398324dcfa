"""The new hire's page: communities that fit a profile, what to read first in each, whom to meet.

    newcomer(sv, text="technicien maintenance, pompes, vibratoire", viewer="p042")
    newcomer(sv, person_id="p042")        # the person's title, profile, skills and best posts
    newcomer(sv, viewer="p042")           # nothing given: the signed-in person's own profile

- Communities come from the communities search over the profile. Those the person (or, for
  a pasted profile, the signed-in viewer) already belongs to are listed apart as ``joined``
  and not proposed again.
- Starters (:func:`starters`): the community's threads and documents that best match the
  profile (the same hybrid chunk scores as the threads search, restricted to the community,
  best chunk per item), solved threads and canonical ones (not a repeat of an earlier thread)
  first, each question once.
- People to meet (:func:`people_to_meet`): members who posted in the community in the year
  before its newest post, by how well their contributions there match the profile.
- How to join: the community's own text and its coordinator, with an address to write to.

Privacy as everywhere (:func:`matcher.privacy.access_for`): a private community the viewer
does not belong to is never proposed, its items never read; opted-out people never shown.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from datetime import date

import numpy as np

from indexer.errors import NotFound

from . import data
from . import page_data
from .evidence import near_duplicate, word_set
from .items import chunks_per_item, maxp
from .pages import _json_list, _person_ref
from .privacy import access_for
from .retrieval import rank_chunks
from .types import SearchError

__all__ = ["newcomer", "starters", "starters_for", "people_to_meet", "profile_text", "person_choices"]


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()


def person_choices(store, who: str, limit: int = 20) -> list:
    """People (id, name, title) whose name or title holds every word of ``who``, accents and
    case ignored, by name: the person picker's answer as you type."""
    words = _fold(who).split()
    if not words:
        return []
    out = []
    for r in page_data.person_choices(store):
        hay = _fold(f"{r['name']} {r['title'] or ''}")
        if all(w in hay for w in words):
            out.append({"id": r["id"], "name": r["name"], "title": r["title"]})
            if len(out) == limit:
                break
    return out


def profile_text(store, access, person_id: str, limit: int) -> str:
    """The person's title, profile, skills and most voted posts, cut at ``limit`` characters."""
    row = data.person(store, person_id)
    if row is None or row["opted_out"] or not access.sees_person(person_id):
        raise NotFound("no such person, or not visible to you")
    parts = [row["title"] or "", row["profile"] or "", " ".join(_json_list(row["skills"]))]
    for title, body, comm in data.best_posts_by(store, person_id, 20):
        if access.sees_community(comm):
            parts.append(f"{title} {body}")
    text = " ".join(" ".join(parts).split())
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[:cut if cut > 0 else limit]
    return text


def _community_scores(ctx, query, community_id: str):
    """Fused chunk scores of the community's posts and documents the viewer may see."""
    snap = ctx.snap
    rows = snap.rows_of_community.get(community_id)
    mask = np.zeros(snap.n, dtype=bool)
    if rows is not None and len(rows):
        mask[rows] = True
    return rank_chunks(snap, query, snap.allowed_for(ctx.access), "hybrid" if query.vectors else "bm25",
                       ctx.settings, snap.rows_of_type("post", "document") & mask)


def starters(ctx, scores, n_threads: int = 3, n_documents: int = 3) -> tuple[list, list]:
    """(threads, documents) to read first: best match first, solved and canonical threads
    before the others, a repeated question (duplicate link or same title) once."""
    snap = ctx.snap
    per_item = chunks_per_item(scores.fused, lambda r: ("thread", snap.thread[r]) if snap.item_type[r] == "post"
                               else ("document", snap.document[r]))
    ranked = maxp(per_item, 60)
    threads = [(i, s) for (t, i), s in ranked if t == "thread"]
    facts = page_data.thread_facts(ctx.store, [i for i, _ in threads])
    twins = defaultdict(set)
    for a, b in page_data.duplicate_links(ctx.store, [i for i, _ in threads]):
        twins[a].add(b)
        twins[b].add(a)
    order = sorted(range(len(threads)), key=lambda j: (not facts.get(threads[j][0], (False,))[0],
                                                       facts.get(threads[j][0], (0, 0, 0, False))[3], j))
    out, taken, titles = [], set(), []
    for j in order:
        tid, score = threads[j]
        t = ctx.thread(tid)
        if t is None or not ctx.access.sees_community(t["community"]) or twins[tid] & taken:
            continue
        words = word_set(t["title"] or "")
        if any(near_duplicate(words, w) for w in titles):
            continue
        solved, votes, created, repeat = facts.get(tid, (False, 0, None, False))
        taken.add(tid)
        titles.append(words)
        out.append({"id": tid, "title": t["title"], "score": round(score, 6), "solved": solved, "votes": votes,
                    "canonical": not repeat, "date": (created or "")[:10] or None})
        if len(out) == n_threads:
            break
    docs = []
    for (typ, did), score in ranked:
        if typ != "document" or len(docs) >= n_documents:
            continue
        d = ctx.document(did)
        if d is None or not ctx.access.sees_community(d["community"]):
            continue
        docs.append({"id": did, "title": d["title"], "kind": d["kind"], "score": round(score, 6),
                     "date": ((d["updated"] or d["created"]) or "")[:10] or None})
    return out, docs


def starters_for(sv, community_id: str, text: str, viewer: str | None = None, k: int = 10) -> list:
    """The ``k`` starter threads of one community for a profile (what the evaluation judges)."""
    access = access_for(sv.store, viewer)
    if data.community(sv.store, community_id) is None or not access.sees_community(community_id):
        raise NotFound("no such community, or not visible to you")
    ctx = sv.context(viewer)
    threads, _ = starters(ctx, _community_scores(ctx, sv.make_query(text), community_id), k, 0)
    return threads


def people_to_meet(ctx, scores, community_id: str, exclude=(), n: int = 3) -> list:
    """Members active in the community in the year before its newest post, by the summed
    score of their matching contributions there (each chunk credits its authors)."""
    store, snap = ctx.store, ctx.snap
    roles = data.roles_in_community(store, community_id)
    newest = max((d for c, d in data.newest_posts(store) if c == community_id and d), default=None)
    since = None
    if newest:
        since = date(int(newest[:4]) - 1, int(newest[5:7]), min(int(newest[8:10]), 28)).isoformat()
    active = page_data.recent_authors(store, community_id, since)
    credit: dict = defaultdict(float)
    for row, f in scores.fused.items():
        for p in snap.people_of[row]:
            if p in roles and p in active and p not in exclude and ctx.access.sees_person(p):
                credit[p] += f
    top = sorted(credit, key=lambda p: (-credit[p], p))[:n]
    people = page_data.people_cards(store, top)
    return [{"id": p, "name": people[p]["name"], "title": people[p]["title"], "location": people[p]["location"],
             "role": roles[p], "posts_12_months": active[p], "score": round(credit[p], 4)}
            for p in top if p in people and not people[p]["opted_out"]]


def newcomer(sv, text: str | None = None, person_id: str | None = None, viewer: str | None = None,
             k: int = 5, n_starters: int = 3) -> dict:
    """Communities that fit a pasted profile (``text``) or a person's profile and posts (the
    viewer's own when neither is given), with starters, people to meet and how to join."""
    store = sv.store
    access = access_for(store, viewer)
    text = text.strip() if isinstance(text, str) else None
    if text and person_id:
        raise SearchError("text or person: give one (a profile to paste, or a person id), not both")
    person_id = person_id or (None if text else viewer)
    if not text and not person_id:
        raise SearchError("text or person: give one (a profile to paste, or a person id)")
    limit = sv.settings.limits.max_query_chars
    if person_id:
        query = profile_text(store, access, person_id, limit)
        if not query:
            raise SearchError(f"person: {person_id} has no profile or posts to match")
    else:
        query = text
        if len(query) > limit:
            raise SearchError(f"text: {len(query)} characters; the limit is {limit}")
    who = person_id or viewer        # whose memberships count as already joined
    own = data.roles_of_person(store, who) if who else {}
    response = sv.search(query, mode="communities", viewer=viewer, k=min(sv.settings.limits.max_k, k + len(own)))
    ctx = sv.context(viewer)
    q = sv.make_query(query)
    joined, out = [], []
    for hit in response.results:
        d = hit.to_dict()
        d["member_role"] = own.get(hit.id)
        if d["member_role"]:
            joined.append({"id": hit.id, "name": hit.name, "role": d["member_role"]})
            continue
        if len(out) == k:
            continue
        scores = _community_scores(ctx, q, hit.id)
        d["starter_threads"], d["documents"] = starters(ctx, scores, n_starters, 3)
        d["people_to_meet"] = people_to_meet(ctx, scores, hit.id, exclude={who} if who else ())
        row = data.community(store, hit.id)
        coord = _person_ref(store, access, row["coordinator"]) if row else None
        if coord:
            card = page_data.people_cards(store, [coord["id"]]).get(coord["id"])
            coord["email"] = (card["email"] or None) if card else None
        d["join"] = {"how": (row["how_to_join"] if row else "") or "", "coordinator": coord}
        out.append(d)
    # communities joined that the search did not bring up are listed too: "already a member"
    seen = {j["id"] for j in joined}
    comms = {r["id"]: r for r in data.communities_by_name(store)}
    for c, role in sorted(own.items()):
        if c not in seen and c in comms and access.sees_community(c):
            joined.append({"id": c, "name": comms[c]["name"], "role": role})
    return {"person": person_id, "query": query, "terms": list(response.terms), "communities": out,
            "joined": joined}
