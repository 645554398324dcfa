"""Experts: a voting model (Macdonald & Ounis 2006, CombSUM over the top votes; close to
Balog et al. 2006 Model 2 with p(q|d) from the fused chunk score).

Each chunk votes for the people it credits (post author, document authors, profile owner):

    vote(c, p)   = fused(c)^g * w_kind(c) * recency(c) * (1 + 0.1 * ln(1 + votes(c)))
    thread(t, p) = max fused(c in t)^g * thread_vote * w_kind(p's answer) * factor(p's answer)
                   (p answered t; credited to, and shown as, p's own answer)
    content(p)   = sum of the person's top ``top_evidence`` votes (chunk and thread votes)
    score(p)     = a prior form of :mod:`matcher.prior` over content(p) / max content

with g = ``vote_power``, the sharpening of expCombSUM (Macdonald & Ounis 2006): one close
match outweighs several vague ones, where min-max normalised dense scores are flat (many chunks
near the top) and summed linearly favour whoever wrote most; w_kind from
``evidence_weights`` (accepted answer > answer > document > profile > question, 0.3 for
another kind); recency from :mod:`matcher.recency`. Thread votes let a question that matches the
query credit the people who answered it even when their answer shares no words with it. Only
people with content evidence are ranked. The numbers (``vote_power``, ``thread_vote``,
``top_evidence``, ``evidence_weights``, the half-lives) are the constants of :mod:`matcher.formula`,
``ctx.formula``.
"""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from . import prior as priors
from .privacy import excluded_credit
from .evidence import expert_why, iso_day, make_evidence, pick_evidence
from .recency import UNDATED, recency, reference_day
from .retrieval import ChunkScores, Query, rank_chunks
from .types import Expert

__all__ = ["OTHER_KIND_WEIGHT", "vote_bonus", "row_factor_array", "row_factors", "content_votes", "top_votes",
           "vote_counts", "expert_votes", "expert_top_votes", "search_experts", "STORED"]

OTHER_KIND_WEIGHT = 0.3     # w_kind of an evidence kind missing from the settings
WHY_SHOWN = 3               # evidence chunks shown per person
# a person the learned ranking lifts on their activity alone, without a matching chunk
NO_VOTES = {"kinds": {}, "lexical": 0.0, "semantic": 0.0, "recency": 0.0, "latest": None}
ACTIVE_WHY = "No matching contribution; ranked for answering often and recently"


def vote_bonus(votes: int) -> float:
    """1 + 0.1 * ln(1 + max(0, votes)): a voted-up chunk counts a little more."""
    return 1 + 0.1 * math.log1p(max(0, int(votes)))


def row_factor_array(created_days: np.ndarray, votes: np.ndarray, day: float, half_life: float) -> np.ndarray:
    """recency(row) * vote_bonus(row) of every row, vectorised."""
    age = np.maximum(0.0, day - created_days)
    rec = np.where(np.isnan(created_days), UNDATED, 0.5 + 0.5 * np.exp2(-age / half_life))
    return rec * (1 + 0.1 * np.log1p(np.maximum(0, votes)))


def row_factors(created_days: np.ndarray, votes: np.ndarray, day: float, half_life: float) -> list:
    """:func:`row_factor_array` as a list (what the loops of :func:`content_votes` index)."""
    return row_factor_array(created_days, votes, day, half_life).tolist()


def _factors(snap, now: float, half_life: float) -> list:
    """:func:`row_factors` of the snapshot, memoised per day (ages move by less than a day)."""
    day = math.floor(now)
    return snap.memo(("row_factors", day, half_life),
                     lambda: row_factors(snap.created_days, snap.votes, day, half_life))


def _factor_array(snap, now: float, half_life: float) -> np.ndarray:
    """:func:`_factors` as an array (the same floats), memoised per day."""
    day = math.floor(now)
    return snap.memo(("row_factors_array", day, half_life), lambda: np.asarray(_factors(snap, now, half_life)))


def content_votes(fused: dict, rows, factor, weights: dict, opted_out, power: float, thread_vote: float,
                  excluded=frozenset()) -> dict:
    """person -> [(vote, row), ...]: the chunk votes and thread votes above. ``rows`` gives per
    row ``people_of``, ``evidence`` and ``thread``, and ``answerers`` (thread -> ((person,
    evidence kind, row of the answer), ...)); ``factor``: :func:`row_factors`; ``excluded``:
    (person, row) and (person, thread id) credits that person withdrew
    (matcher.privacy.excluded_credit)."""
    votes: dict[str, list] = defaultdict(list)
    people_of, evidence = rows.people_of, rows.evidence
    if power != 1.0:
        fused = {row: f ** power for row, f in fused.items() if f > 0}
    for row, f in fused.items():
        if f <= 0 or not people_of[row]:
            continue
        v = f * weights.get(evidence[row], OTHER_KIND_WEIGHT) * factor[row]
        for p in people_of[row]:
            if p not in opted_out and (p, row) not in excluded:
                votes[p].append((v, row))
    if thread_vote > 0 and rows.answerers:
        best: dict[str, float] = {}
        for row, f in fused.items():
            t = rows.thread[row]
            if t and f > best.get(t, 0.0):
                best[t] = f
        for t, f in best.items():
            for p, ev, arow in rows.answerers.get(t, ()):
                if p not in opted_out and (p, arow) not in excluded and (p, t) not in excluded:
                    votes[p].append((f * thread_vote * weights.get(ev, OTHER_KIND_WEIGHT) * factor[arow], arow))
    return votes


def top_votes(votes: dict, n: int) -> tuple[dict, dict]:
    """(tops, content): each person's ``n`` best (vote, row), best first, and their sum."""
    tops = {p: sorted(vs, reverse=True)[:n] for p, vs in votes.items()}
    return tops, {p: sum(v for v, _ in top) for p, top in tops.items()}


def expert_votes(ctx, scores: ChunkScores, power: float | None = None) -> dict:
    """:func:`content_votes` for the search of ``ctx``; ``power`` defaults to ``vote_power``."""
    s = ctx.formula
    factor = _factors(ctx.snap, reference_day(ctx.snap), s.recency_half_life_days)
    # profile choices: credits a person withdrew (hidden items and topics) do not vote for them
    excluded = excluded_credit(ctx.snap, ctx.store, ctx.access)
    return content_votes(scores.fused, ctx.snap, factor, s.evidence_weights, ctx.access.opted_out,
                         s.vote_power if power is None else power, s.thread_vote, excluded)


def expert_top_votes(ctx, scores: ChunkScores) -> tuple[dict, dict]:
    """``top_votes(expert_votes(ctx, scores), top_evidence)``, computed over arrays
    (:func:`matcher.vote_arrays.top_content_votes`, the same result)."""
    from .vote_arrays import top_content_votes

    s = ctx.formula
    factor = _factor_array(ctx.snap, reference_day(ctx.snap), s.recency_half_life_days)
    excluded = excluded_credit(ctx.snap, ctx.store, ctx.access)
    return top_content_votes(ctx.snap, scores.fused, factor, s.evidence_weights, ctx.access.opted_out, s.vote_power,
                             s.thread_vote, excluded, s.top_evidence, OTHER_KIND_WEIGHT)


def vote_counts(top, snap, scores: ChunkScores, ref_day: float, half_life: float) -> dict:
    """What a person's top votes are made of: per evidence kind the summed vote ("score") and
    the number of distinct items ("count": an answer voting through its own chunk and its
    thread, or a post cut in several chunks, is one answer), the mean lexical, semantic and
    recency scores, and the newest matching date."""
    by_kind: dict[str, float] = defaultdict(float)
    items_of_kind: dict[str, set] = defaultdict(set)
    lex = sem = rec = 0.0
    for v, row in top:
        ev = snap.evidence[row]
        by_kind[ev] += v
        items_of_kind[ev].add((snap.item_type[row], snap.item_id[row]))
        lex += scores.lexical.get(row, 0.0)
        sem += scores.dense.get(row, 0.0)
        rec += recency(snap.created_days[row], ref_day, half_life)
    newest = max((snap.created_days[row] for _, row in top if not math.isnan(snap.created_days[row])), default=None)
    return {"kinds": {k: {"count": len(items_of_kind[k]), "score": round(by_kind[k], 4)} for k in by_kind},
            "lexical": round(lex / len(top), 4), "semantic": round(sem / len(top), 4),
            "recency": round(rec / len(top), 4), "latest": None if newest is None else iso_day(newest)}


def _memberships(ctx, person_ids) -> dict:
    """person -> [{"id", "name", "role"}] in the communities the viewer sees."""
    out: dict[str, list] = defaultdict(list)
    ids = list(person_ids)
    if not ids:
        return out
    comms = ctx.communities()
    for person, mine in ctx.memberships_of(ids).items():
        for community, role in mine:
            if ctx.access.sees_community(community) and community in comms:
                out[person].append({"id": community, "name": comms[community]["name"], "role": role})
    return out


STORED = "stored"           # search_experts(ranker=STORED): the learned model stored with the index, if adopted


def search_experts(ctx, query: Query, method: str, k: int, prior=None, ranker=STORED) -> list[Expert]:
    """The ``k`` best people for ``query``. ``prior``: a form (content, activity, experts
    settings) -> (score, shown prior) per person; default the configured one of
    :data:`matcher.prior.FORMS`. ``ranker``: a :class:`matcher.learned.LearnedRanker`, None
    (the hand-made ranking), or :data:`STORED` (the adopted model of the index, if any); a
    learned ranker ranks hybrid searches with the configured prior only."""
    s, alpha = ctx.formula, ctx.settings.experts.alpha
    if ranker == STORED:
        from .learned import stored_ranker

        ranker = stored_ranker(ctx) if method == "hybrid" and prior is None else None
    moved = None            # the learned ranking's explanations: a future (matcher.learned.rank)
    if ranker is not None and method == "hybrid" and prior is None:
        from .learned import rank

        cands, final, moved = rank(ctx, query, ranker, k)
        scores, tops, content, shown_prior, form = cands.scores, cands.tops, cands.content, cands.shown_prior, cands.form
        ctx.note_words(scores, method)
    else:
        scores = rank_chunks(ctx.snap, query, ctx.snap.allowed_for(ctx.access), method, ctx.settings, alpha=alpha)
        ctx.note_words(scores, method)
        tops, content = expert_top_votes(ctx, scores)
        form = priors.prior_form(ctx) if prior is None else prior.__name__
        final, shown_prior = ({}, {}) if not content else (prior or priors.FORMS[form])(
            content, priors.activity(ctx, content), s)
    if not content or not final:
        return []
    cmax = max(content.values()) or 1.0
    ranked = sorted(final, key=lambda p: (-final[p], p))[:k]
    people = ctx.people(ranked)
    member = _memberships(ctx, ranked)
    ref_day = reference_day(ctx.snap)
    snap = ctx.snap
    # the texts of every chunk evidence may be picked from, read at once
    ctx.texts([snap.ids[row] for p in ranked for _, row in tops.get(p, ())])
    out = []
    for p in ranked:
        info = people.get(p)
        if info is None or info["opted_out"]:
            continue
        top = tops.get(p, [])
        counts = vote_counts(top, snap, scores, ref_day, s.recency_half_life_days) if top else NO_VOTES
        shown = [make_evidence(ctx, row, v, query.terms) for v, row in pick_evidence(
            top, WHY_SHOWN, ctx.bodies, key=lambda r: snap.thread[r] or snap.item_id[r])]
        breakdown = {
            "content": round(content.get(p, 0.0) / cmax, 4), "prior": round(shown_prior.get(p, 0.0), 4),
            "prior_weight": s.prior_weight if form != "share" else None, "prior_form": form,
            "lexical": counts["lexical"], "semantic": counts["semantic"], "recency": counts["recency"],
            "evidence_kinds": counts["kinds"],
            "latest": counts["latest"],      # with evidence_kinds, what the why line says
        }
        why = (expert_why({kind: c["count"] for kind, c in counts["kinds"].items()}, counts["latest"]) if top
               else ACTIVE_WHY)
        out.append(Expert(id=p, name=info["name"], title=info["title"], department=info["department"],
                          location=info["location"], score=final[p], breakdown=breakdown, why=why,
                          evidence=tuple(shown), communities=tuple(member.get(p, []))))
    if moved is not None:
        # the learned ranking: its score and the features that moved each person most (TreeSHAP)
        why_moved = moved.result()
        for e in out:
            if e.id in why_moved:
                e.breakdown["learned"] = {"score": round(final[e.id], 4), "moved_by": why_moved[e.id]}
    return out
