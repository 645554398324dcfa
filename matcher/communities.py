"""Communities: whom to contact about a topic.

    content(c) = sum of the top 10 fused scores of c's chunks, its own description counting double
    members(c) = sum over its members p of role_weight(p's role) * expertise(p)
    expertise(p) = sum of p's top ``top_evidence`` content votes, not sharpened
                   (vote power 1: members' broad knowledge of the topic)
    score(c)   = 0.7 * content(c) / max content + 0.3 * members(c) / max members, x 0.5 if closed

(eval/README.md for the weights.)
"""
from __future__ import annotations

import heapq
from collections import defaultdict

from .evidence import community_why, make_evidence, pick_evidence
from .experts import expert_votes
from .indicators import community_indicators
from .retrieval import Query, rank_chunks
from .types import CommunityHit

__all__ = ["ROLE_WEIGHT", "CONTENT_WEIGHT", "MEMBERS_WEIGHT", "CLOSED_FACTOR", "top_sum", "community_content", "member_scores",
           "community_scores", "search_communities"]

ROLE_WEIGHT = {"coordinator": 1.0, "expert": 1.0, "core": 0.8, "active": 0.6, "sponsor": 0.3, "peripheral": 0.3}
OTHER_ROLE_WEIGHT = 0.3
CONTENT_WEIGHT = 0.7
MEMBERS_WEIGHT = 0.3
CLOSED_FACTOR = 0.5
OWN_DESCRIPTION = 2.0       # weight of the community's own chunk (its domain description)
TOP_CHUNKS = 10


def top_sum(values, n: int) -> float:
    """The sum of the ``n`` largest ``values`` (a list)."""
    return sum(heapq.nlargest(n, values)) if len(values) > n else sum(values)


def community_content(per_comm: dict, n: int = TOP_CHUNKS) -> dict:
    """community -> sum of its ``n`` best (score, row) scores."""
    return {c: sum(heapq.nlargest(n, (f for f, _ in v))) for c, v in per_comm.items()}


def member_scores(votes: dict, roles: dict, hidden, top_n: int) -> dict:
    """community -> sum of role_weight * expertise over its members; ``votes``: person ->
    [(vote, row)], ``roles``: person -> ((community, role), ...)."""
    out: dict[str, float] = defaultdict(float)
    for person, vs in votes.items():
        mine = roles.get(person)
        if not mine:
            continue
        expertise = top_sum([v for v, _ in vs], top_n)
        for community, role in mine:
            if community not in hidden:
                out[community] += expertise * ROLE_WEIGHT.get(role, OTHER_ROLE_WEIGHT)
    return out


def community_scores(cands, content: dict, members: dict, closed) -> tuple[dict, float, float]:
    """(score, max content, max members) for the candidate communities; ``closed``: the ids of
    closed ones."""
    cmax = max([content.get(c, 0.0) for c in cands]) or 1.0
    mmax = max([members.get(c, 0.0) for c in cands]) or 1.0
    final = {}
    for c in cands:
        f = CONTENT_WEIGHT * content.get(c, 0.0) / cmax + MEMBERS_WEIGHT * members.get(c, 0.0) / mmax
        if c in closed:
            f *= CLOSED_FACTOR
        final[c] = f
    return final, cmax, mmax


def search_communities(ctx, query: Query, method: str, k: int) -> list[CommunityHit]:
    snap = ctx.snap
    scores = rank_chunks(snap, query, snap.allowed_for(ctx.access), method, ctx.settings)
    ctx.note_words(scores, method)
    hidden = ctx.access.hidden
    community_of, item_type = snap.community, snap.item_type
    per_comm: dict[str, list] = defaultdict(list)
    for row, f in scores.fused.items():
        c = community_of[row]
        if c and c not in hidden:
            per_comm[c].append((f * OWN_DESCRIPTION if item_type[row] == "community" else f, row))
    content = community_content(per_comm)
    members = member_scores(expert_votes(ctx, scores, power=1.0), ctx.all_memberships(), hidden,
                            ctx.formula.top_evidence)
    comms = ctx.communities()
    cands = [c for c in set(content) | set(members) if c in comms and ctx.access.sees_community(c)]
    if not cands:
        return []
    final, cmax, mmax = community_scores(cands, content, members, {c for c in cands if comms[c]["stage"] == "closed"})
    ranked = sorted(final, key=lambda c: (-final[c], c))[:k]
    out = []
    for c in ranked:
        info = comms[c]
        coord = None
        if info["coordinator"]:
            who = ctx.people([info["coordinator"]]).get(info["coordinator"])
            if who and not who["opted_out"]:
                coord = {"id": who["id"], "name": who["name"], "title": who["title"]}
        top = sorted(per_comm.get(c, []), reverse=True)
        shown = [make_evidence(ctx, row, f, query.terms) for f, row in pick_evidence(
            top, 3, ctx.bodies, key=lambda r: snap.thread[r] or snap.item_id[r],
            skip=lambda r: snap.item_type[r] == "community")]
        act = snap.memo("activity_all", lambda: community_indicators(ctx.store)).get(c) \
            or community_indicators(ctx.store, [c])[c]
        # threads and documents, each once however many of its chunks matched
        matched = {(item_type[r], snap.thread[r] or snap.item_id[r]) for _, r in top if item_type[r] in ("post", "document")}
        know = bool(members.get(c))
        out.append(CommunityHit(
            id=c, name=info["name"], score=final[c], kind=info["kind"], stage=info["stage"],
            visibility=info["visibility"], domain=info["domain"] or "", coordinator=coord,
            how_to_join=info["how_to_join"] or "", members=act["members"], activity=act,
            why=community_why(len(matched), know),
            breakdown={"content": round(CONTENT_WEIGHT * content.get(c, 0.0) / cmax, 4),
                       "members": round(MEMBERS_WEIGHT * members.get(c, 0.0) / mmax, 4),
                       "closed_penalty": info["stage"] == "closed",
                       # what the why line says, for a page that words it in its own language
                       "matched_items": len(matched), "members_know": know},
            evidence=tuple(shown)))
    return out
