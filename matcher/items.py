"""Threads and documents answering "has this been solved before?".

    score(item)  = max over the item's chunks c of fused(c)       (MaxP: the best passage)
    score(group) = max over the group's threads of score(thread)

A thread's chunks are its posts' chunks; a document's, its own. The best
``pool_size(offset + k)`` items are merged into groups of the same question
(:mod:`matcher.dedup`); a group is shown as its canonical thread with the others under "also
asked". Ties are broken by (type, id). A thread card shows its question and its accepted (or
best substantive) answer, as :mod:`matcher.excerpts` chooses them; the evidence is the best
informative chunk (:func:`matcher.evidence.pick_evidence`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from . import dedup
from .evidence import make_evidence, pick_evidence
from .excerpts import choose_answer, markdown_text, sentence_window
from .retrieval import Query, rank_chunks
from .types import ItemHit

__all__ = ["chunks_per_item", "maxp", "pool_size", "summaries", "merge_groups", "search_items"]

QUESTION_WIDTH = 240
MAX_SUMMARIES = 20_000      # memoised thread summaries (matcher.dedup.ThreadSummary): about 30 MB
_UNREAD = object()
ANSWER_WIDTH = 320


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


def pool_size(n: int) -> int:
    """How many of the best items are looked at for duplicates when ``n`` results are needed."""
    return 2 * n + 40


def _read(ctx, thread_ids) -> dict:
    """id -> (community, :class:`matcher.dedup.ThreadFacts`) of the threads among ``thread_ids``."""
    out = {}
    for tid, (row, posts) in ctx.threads_with_posts(thread_ids).items():
        question = next((p["body"] for p in posts if p["position"] == 0), "") or ""
        out[tid] = (row["community"], dedup.ThreadFacts(
            id=tid, title=row["title"] or "", created=row["created"], solved=bool(row["solved"]), question=question,
            answers=[p for p in posts if p["position"] > 0]))
    return out


def _facts(ctx, thread_ids) -> dict:
    """id -> :class:`matcher.dedup.ThreadFacts` of the visible threads among ``thread_ids``."""
    return {tid: f for tid, (community, f) in _read(ctx, thread_ids).items() if ctx.access.sees_community(community)}


def summaries(ctx, thread_ids) -> dict:
    """id -> :class:`matcher.dedup.ThreadSummary` of the visible threads among ``thread_ids``.
    A summary depends on the thread's posts and the set of thread ids only, which change with
    an import, and an import is followed by a build: it is read once per loaded build (the
    snapshot's memo), so a thread an earlier query merged costs a dictionary look-up. The memo
    starts again past :data:`MAX_SUMMARIES` threads (about 1.4 kB each)."""
    memo = ctx.snap.memo("thread_summaries", dict)
    got = {t: memo.get(t, _UNREAD) for t in dict.fromkeys(thread_ids)}
    need = [t for t, s in got.items() if s is _UNREAD]
    if need:
        if len(memo) > MAX_SUMMARIES:
            memo.clear()
        known = ctx.thread_ids()
        read = _read(ctx, need)
        for t in need:
            got[t] = memo[t] = dedup.summarise(read[t][1], known, read[t][0]) if t in read else None
    return {t: s for t, s in got.items() if s is not None and ctx.access.sees_community(s.community)}


def _ranked(ctx, facts: dict, thread_ids) -> None:
    """Sets the ``standing`` of these summaries of ``facts`` (in the memo too)."""
    memo = ctx.snap.memo("thread_summaries", dict)
    for t, f in _flagged(_facts(ctx, thread_ids), facts).items():
        facts[t] = memo[t] = replace(facts[t], standing=f.standing)


def _flagged(full: dict, facts: dict) -> dict:
    """``full`` (id -> ThreadFacts) with the pointer target and flags of their summaries."""
    for t, f in full.items():
        f.pointer_to = facts[t].pointer_to
        for a in f.answers:
            a["pointer"] = a["id"] in facts[t].pointers
    return full


def _shown(ctx, thread_ids) -> dict:
    """id -> :class:`matcher.dedup.ThreadFacts` of the visible threads among ``thread_ids``, with
    their pointer target and flags (what a card shows)."""
    out = _facts(ctx, thread_ids)
    return _flagged(out, summaries(ctx, out))


def merge_groups(ctx, ranked: list) -> tuple[list, dict]:
    """(entries, summaries): ``ranked`` ((type, id), score) merged into entries (score, key,
    members) best first, members being the other thread ids of a group; id ->
    :class:`matcher.dedup.ThreadSummary` of the threads merged."""
    threads = [key[1] for key, _ in ranked if key[0] == "thread"]
    links = ctx.duplicate_links(threads)
    facts = summaries(ctx, set(threads) | {o for t in threads for o in links.get(t, ())})
    missing = {f.pointer_to for f in facts.values() if f.pointer_to and f.pointer_to not in facts}
    if missing:
        facts.update(summaries(ctx, missing))
    scores = {key[1]: s for key, s in ranked if key[0] == "thread"}
    entries = [(s, key, ()) for key, s in ranked if key[0] == "document"]
    groups = dedup.group_threads(facts, links)
    unranked = [t for g in groups if len(g) > 1 for t in g if facts[t].standing is None]
    if unranked:
        _ranked(ctx, facts, unranked)
    for group in groups:
        best = max((scores[t] for t in group if t in scores), default=None)
        if best is None:                   # only threads brought in by links: nothing matched
            continue
        c = dedup.canonical(group, facts, scores)
        others = tuple(sorted((t for t in group if t != c), key=lambda t: (facts[t].created or "", t)))
        entries.append((best, ("thread", c), others))
    entries.sort(key=lambda e: (-e[0], e[1]))
    return entries, facts


def matched_words(pieces, limit: int = 5) -> list:
    """The distinct matched words (case-folded, in order) of (text, spans) pieces: what the why
    line names."""
    out: list = []
    for text, spans in pieces:
        for a, b in spans or ():
            w = text[a:b].casefold()
            if w and w not in out:
                out.append(w)
    return out[:limit]


def _person(ctx, pid):
    who = ctx.people([pid]).get(pid) if pid else None
    visible = who is not None and not who["opted_out"]
    return (pid, who["name"]) if visible else (None, None)


def _excerpt(ctx, text: str, terms, lang, width: int) -> tuple[str, list, bool]:
    """The card's window of ``text``; the spans are found up to ``width`` characters after the
    first one only (the window starts at or before it and is at most ``width`` long, so no later
    span is shown: the same window and highlights, without analysing the rest of a long post)."""
    text = markdown_text(text)
    spans = ctx.spans_fn(text, terms, lang, horizon=width) if terms else []
    shown, inside, cut = sentence_window(text, spans, width)
    return shown, [list(h) for h in inside], cut


def _answer(ctx, f: dedup.ThreadFacts, terms, lang) -> dict | None:
    a = choose_answer(f.answers)
    if a is None:
        return None
    snip, spans, cut = _excerpt(ctx, a["body"], terms, lang, ANSWER_WIDTH)
    author, name = _person(ctx, a["author"])
    return {"post": a["id"], "snippet": snip, "highlights": spans, "author": author, "author_name": name,
            "date": (a["created"] or "")[:10] or None, "accepted": bool(a["accepted"]), "votes": a["votes"] or 0,
            "cut": cut}


def _thread_hit(ctx, f: dedup.ThreadFacts, score, ev, breakdown, others, facts, terms, lang, comms, row):
    question, qspans, _ = _excerpt(ctx, f.question, terms, lang, QUESTION_WIDTH)
    answer = _answer(ctx, f, terms, lang)
    also = tuple({"id": t, "title": facts[t].title, "date": (facts[t].created or "")[:10] or None,
                  "solved": facts[t].solved} for t in others)
    title_spans = tuple(ctx.spans_fn(f.title, terms, lang)) if terms else ()
    words = matched_words([(f.title, title_spans), (question, qspans)]
                          + ([(answer["snippet"], answer["highlights"])] if answer else []))
    breakdown = {**breakdown, "answer": ("accepted" if answer["accepted"] else "best") if answer else None,
                 "also": len(also), "words": words}
    comm = comms.get(row["community"]) if row["community"] else None
    return ItemHit(id=f.id, type="thread", title=f.title, score=score, solved=f.solved, community=row["community"],
                   community_name=comm["name"] if comm else None, date=(f.created or "")[:10] or None,
                   snippet=question, highlights=tuple(tuple(h) for h in qspans),
                   accepted_answer=answer if answer and answer["accepted"] else None,
                   best_answer=answer if answer and not answer["accepted"] else None,
                   title_highlights=title_spans,
                   breakdown=breakdown, evidence=(ev,) if ev else (), also=also)


def search_items(ctx, query: Query, method: str, k: int, offset: int = 0, solved_only: bool = False) -> list[ItemHit]:
    """Results ``offset`` to ``offset + k`` of the merged ranking; ``solved_only`` leaves out the
    groups whose canonical thread is open (documents stay: they are written-up answers)."""
    snap = ctx.snap
    scores = rank_chunks(snap, query, snap.allowed_for(ctx.access), method, ctx.settings,
                         snap.rows_of_type("post", "document"))
    ctx.note_words(scores, method)
    per_item = chunks_per_item(scores.fused, lambda row: ("thread", snap.thread[row]) if snap.item_type[row] == "post"
                               else ("document", snap.document[row]))
    ranked = maxp(per_item, len(per_item))
    entries, facts = merge_groups(ctx, ranked[:pool_size(offset + k)])
    merged = {t for _, _, others in entries for t in others} | {key[1] for _, key, _ in entries}
    entries += [(s, key, ()) for key, s in ranked[pool_size(offset + k):] if key[1] not in merged]
    if solved_only:
        entries = [e for e in entries if e[1][0] == "document" or (e[1][1] in facts and facts[e[1][1]].solved)]
    comms = ctx.communities()
    cards = _shown(ctx, [key[1] for _, key, _ in entries[offset:offset + k] if key[0] == "thread"])
    out = []
    for score, (typ, item), others in entries[offset:]:
        if len(out) >= k:
            break
        chunks = per_item.get((typ, item), ())
        ev, breakdown, lang = None, {"chunks_matched": len(chunks)}, None
        if chunks:
            best_f, best_row = chunks[0]
            shown_f, shown_row = pick_evidence(chunks, 1, ctx.bodies)[0]
            ev = make_evidence(ctx, shown_row, shown_f, query.terms)
            lang = snap.lang[best_row] or None
            breakdown.update(best_chunk=round(best_f, 4), lexical=round(scores.lexical.get(best_row, 0.0), 4),
                             semantic=round(scores.dense.get(best_row, 0.0), 4))
        if typ == "thread":
            row = ctx.thread(item)
            if row is None or not ctx.access.sees_community(row["community"]):
                continue
            f = cards.get(item) or _shown(ctx, [item]).get(item)   # read alone: after a skipped entry
            if f is None:
                continue
            out.append(_thread_hit(ctx, f, score, ev, breakdown, others, facts, query.terms, lang, comms, row))
        else:
            d = ctx.document(item)
            if d is None or not ctx.access.sees_community(d["community"]):
                continue
            authors = ctx.document_authors(item)
            people = ctx.people(authors)
            shown = tuple({"id": a, "name": people[a]["name"]} for a in authors
                          if a in people and not people[a]["opted_out"])
            comm = comms.get(d["community"]) if d["community"] else None
            title_spans = tuple(ctx.spans_fn(d["title"], query.terms, lang)) if query.terms else ()
            breakdown["words"] = matched_words([(d["title"], title_spans), (ev.snippet, ev.highlights)])
            out.append(ItemHit(id=item, type="document", title=d["title"], score=score,
                               solved=False, community=d["community"], community_name=comm["name"] if comm else None,
                               date=((d["updated"] or d["created"]) or "")[:10] or None, snippet=ev.snippet,
                               highlights=ev.highlights, kind=d["kind"], authors=shown, breakdown=breakdown,
                               title_highlights=title_spans, evidence=(ev,)))
    return out
