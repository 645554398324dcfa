"""Threads and documents answering "has this been solved before?".

    score(item) = max over the item's chunks c of fused(c)       (MaxP: the best passage)

A thread's chunks are its posts' chunks; a document's, its own. Ties are broken by
(type, id). The evidence shown is the best informative chunk (:func:`matcher.evidence.pick_evidence`).
"""
from __future__ import annotations

from collections import defaultdict

from .evidence import make_evidence, pick_evidence, snippet
from .retrieval import Query, rank_chunks
from .types import ItemHit

__all__ = ["chunks_per_item", "maxp", "search_items"]


def chunks_per_item(fused: dict, item_of) -> dict:
    """item key -> [(fused, row), ...] best first; ``item_of(row)`` gives the key."""
    per_item: dict[tuple, list] = defaultdict(list)
    for row, f in fused.items():
        per_item[item_of(row)].append((f, row))
    for fs in per_item.values():
        fs.sort(reverse=True)
    return per_item


def maxp(per_item: dict, k: int) -> list:
    """The ``k`` best (key, score) of :func:`chunks_per_item`, by best chunk, then key."""
    score = {key: fs[0][0] for key, fs in per_item.items()}
    return [(key, score[key]) for key in sorted(score, key=lambda key: (-score[key], key))[:k]]


def _accepted_answer(ctx, post_id: str, terms) -> dict | None:
    a = ctx.post(post_id)
    if not a:
        return None
    who = ctx.people([a["author"]]).get(a["author"])
    visible = who is not None and not who["opted_out"]
    snip, spans = snippet(a["body"], "", ctx.spans_fn, terms)
    return {"post": a["id"], "snippet": snip, "highlights": [list(h) for h in spans],
            "author": a["author"] if visible else None, "author_name": who["name"] if visible else None,
            "date": (a["created"] or "")[:10] or None}


def search_items(ctx, query: Query, method: str, k: int) -> list[ItemHit]:
    snap = ctx.snap
    scores = rank_chunks(snap, query, snap.allowed_for(ctx.access), method, ctx.settings,
                         snap.rows_of_type("post", "document"))
    ctx.note_words(scores, method)
    per_item = chunks_per_item(scores.fused, lambda row: ("thread", snap.thread[row]) if snap.item_type[row] == "post"
                               else ("document", snap.document[row]))
    comms = ctx.communities()
    out = []
    for (typ, item), score in maxp(per_item, k):
        chunks = per_item[(typ, item)]
        best_f, best_row = chunks[0]
        shown_f, shown_row = pick_evidence(chunks, 1, ctx.bodies)[0]
        ev = make_evidence(ctx, shown_row, shown_f, query.terms)
        breakdown = {"best_chunk": round(best_f, 4), "lexical": round(scores.lexical.get(best_row, 0.0), 4),
                     "semantic": round(scores.dense.get(best_row, 0.0), 4), "chunks_matched": len(chunks)}
        if typ == "thread":
            t = ctx.thread(item)
            if t is None or not ctx.access.sees_community(t["community"]):
                continue
            accepted = _accepted_answer(ctx, t["accepted_post"], query.terms) if t["accepted_post"] else None
            comm = comms.get(t["community"]) if t["community"] else None
            out.append(ItemHit(id=item, type="thread", title=t["title"], score=score,
                               solved=bool(t["solved"]), community=t["community"],
                               community_name=comm["name"] if comm else None, date=(t["created"] or "")[:10] or None,
                               snippet=ev.snippet, highlights=ev.highlights, accepted_answer=accepted,
                               breakdown=breakdown, evidence=(ev,)))
        else:
            d = ctx.document(item)
            if d is None or not ctx.access.sees_community(d["community"]):
                continue
            authors = ctx.document_authors(item)
            people = ctx.people(authors)
            shown = tuple({"id": a, "name": people[a]["name"]} for a in authors
                          if a in people and not people[a]["opted_out"])
            comm = comms.get(d["community"]) if d["community"] else None
            out.append(ItemHit(id=item, type="document", title=d["title"], score=score,
                               solved=False, community=d["community"], community_name=comm["name"] if comm else None,
                               date=((d["updated"] or d["created"]) or "")[:10] or None, snippet=ev.snippet,
                               highlights=ev.highlights, kind=d["kind"], authors=shown, breakdown=breakdown,
                               evidence=(ev,)))
    return out
