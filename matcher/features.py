"""Features of (question, person) pairs for the learned expert ranking (:mod:`matcher.learned`).

The hand-made ranking (:mod:`matcher.experts`) multiplies its evidence into one score; here the
same evidence is kept apart, for a ranker trained on the community's own history to weigh:

- content: the hand-made score, content and rank; per person the sums and maxima of the fused,
  lexical and dense scores of the chunks crediting them, the fused sum per evidence kind
  (accepted answer, answer, question, document, profile, comment), the age of the newest and
  the score-weighted age of the matching evidence, and thread votes (the best match of each
  thread the person answered);
- activity: answers, accepted answers and positive votes on them, overall and in the
  communities of the matching chunks (weighted by how much of the match each holds), each
  without decay and with :data:`ACTIVITY_HALF_LIVES`, and the days since the last answer;
- membership and role in the matching communities, and the share of query terms among the
  person's declared skills.

Candidates: the hand-made ranking's top :data:`HAND_CANDIDATES` and the
:data:`ACTIVE_CANDIDATES` most recently active people (TUEF, arXiv 2407.04018, also mixes
topical and activity candidates).

A :class:`Cut` makes the features of a question of the past: only chunks and answers strictly
before its date count, its own thread is masked, and ages and decays count from its date, so
that nothing after a training question leaks into its features. Everything is vectorised over
the matched chunks and the answers of the index (no Python loop over all rows).
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from . import activity_counts as counts
from . import prior as priors
from .experts import OTHER_KIND_WEIGHT, expert_top_votes, row_factor_array
from .recency import reference_day
from .retrieval import ChunkScores, Query, rank_chunks
from .vote_arrays import candidate_codes, candidate_pairs, candidate_threads, top_content_votes

__all__ = ["FEATURES", "KINDS", "ACTIVITY_HALF_LIVES", "HAND_CANDIDATES", "ACTIVE_CANDIDATES", "ROLE_LEVEL", "Cut",
           "History", "history", "Candidates", "candidates"]

KINDS = ("accepted_answer", "answer", "question", "document", "profile", "comment")
ACTIVITY_HALF_LIVES = (30.0, 180.0)      # days; plus no decay
HAND_CANDIDATES = 50
ACTIVE_CANDIDATES = 20
ROLE_LEVEL = {"coordinator": 4, "sponsor": 2, "core": 3, "expert": 4, "active": 2, "peripheral": 1}
NO_ANSWER_DAYS = 10_000.0                # "days since the last answer" of someone who never answered

_ACT = ("answers", "accepted", "votes")
_DECAYS = ("all",) + tuple(f"{int(h)}d" for h in ACTIVITY_HALF_LIVES)

FEATURES = (
    ("hand_score", "hand_content", "hand_rank", "is_hand_candidate",
     "fused_sum", "fused_max", "lexical_sum", "lexical_max", "dense_sum", "dense_max", "chunks")
    + tuple(f"kind_{k}" for k in KINDS)
    + ("newest_match_age", "match_age", "thread_sum", "thread_max", "threads")
    + tuple(f"{a}_{d}" for a in _ACT for d in _DECAYS)
    + tuple(f"{a}_matched_{d}" for a in ("answers", "accepted") for d in _DECAYS)
    + ("days_since_answer", "member_matched", "role_matched", "communities", "skills_matched")
)


@dataclass(frozen=True)
class Cut:
    """A question of the past: what its features may see."""

    day: float                  # only chunks and answers strictly before this day count
    thread: str | None = None   # the question's own thread, masked


@dataclass
class History:
    """The answers of the index as arrays (one entry per answer), per loaded build."""

    people: list                # person index -> id
    index: dict                 # person id -> index
    person: np.ndarray          # answer -> person index
    day: np.ndarray             # answer -> creation day (NaN: undated)
    accepted: np.ndarray        # answer -> 1.0 if accepted
    votes: np.ndarray           # answer -> positive votes
    community: np.ndarray       # answer -> community code (-1: none)
    communities: dict           # community id -> code
    thread_of_row: dict         # thread -> rows of its chunks
    memberships: dict           # person -> ((community, role level), ...)
    skills: dict                # person -> frozenset of analysed skill terms
    newest: float               # newest dated answer (-inf: none)
    memo: dict = field(default_factory=dict)    # arrays derived from these (activity_counts)


def history(ctx, analyzer=None) -> History:
    """:class:`History` of the snapshot of ``ctx`` (memoised per build); ``analyzer`` analyses
    the declared skills (none: no skill matches)."""
    snap = ctx.snap

    def build() -> History:
        rows = [(p, ev, row) for answers in snap.answerers.values() for p, ev, row in answers]
        people = sorted({p for p, _, _ in rows} | {p for ps in snap.people_of for p in ps})
        index = {p: i for i, p in enumerate(people)}
        communities = {c: i for i, c in enumerate(sorted({c for c in snap.community if c}))}
        r = np.asarray([row for _, _, row in rows], dtype=np.int64)
        by_thread: dict[str, list] = defaultdict(list)
        for i, t in enumerate(snap.thread):
            if t:
                by_thread[t].append(i)
        members: dict[str, list] = defaultdict(list)
        for person, mine in ctx.all_memberships().items():
            for community, role in mine:
                if community in communities:
                    members[person].append((communities[community], ROLE_LEVEL.get(role, 1)))
        skills: dict[str, frozenset] = {}
        if analyzer is not None:
            for pid, raw in ctx.store.conn.execute("SELECT id, skills FROM people WHERE skills IS NOT NULL"):
                try:
                    declared = json.loads(raw) if raw else []
                except ValueError:
                    declared = []
                if declared:
                    skills[pid] = frozenset(analyzer.query_tokens(" ; ".join(map(str, declared))))
        day = snap.created_days[r] if r.size else np.zeros(0)
        dated = day[~np.isnan(day)]
        return History(
            people=people, index=index,
            person=np.asarray([index[p] for p, _, _ in rows], dtype=np.int64),
            day=day, accepted=np.asarray([ev == "accepted_answer" for _, ev, _ in rows], dtype=np.float64),
            votes=np.maximum(0, snap.votes[r]).astype(np.float64) if r.size else np.zeros(0),
            community=np.asarray([communities.get(snap.community[row] or "", -1) for row in r], dtype=np.int64),
            communities=communities, thread_of_row={t: np.asarray(v) for t, v in by_thread.items()},
            memberships={p: tuple(v) for p, v in members.items()}, skills=skills,
            newest=float(dated.max()) if dated.size else -math.inf)

    return snap.memo(("learned_history", analyzer is not None), build)


@dataclass
class Candidates:
    """The candidates of one question and their feature matrix."""

    people: list                # candidate person ids, hand-made order first
    matrix: np.ndarray          # len(people) x len(FEATURES), float32
    hand: dict                  # person -> hand-made score (every person with content)
    scores: ChunkScores         # the chunk scores the features come from
    tops: dict                  # person -> top (vote, row): the evidence the hand-made score shows
    content: dict               # person -> content (sum of the top votes)
    shown_prior: dict           # person -> the prior the hand-made form shows
    form: str                   # the hand-made prior form


def _credited_answers(ctx, hist: History) -> np.ndarray:
    """Mask of the answers by people who did not opt out (the viewer's hidden communities are
    subtracted from the counts, :func:`_activity`)."""
    out = np.ones(hist.person.size, dtype=bool)
    if ctx.access.opted_out:
        gone = [hist.index[p] for p in ctx.access.opted_out if p in hist.index]
        out &= ~np.isin(hist.person, gone)
    return out


def _activity_tables(hist: History, mask: np.ndarray, day: float, prior_half_life: float,
                     comm_weight: np.ndarray | None = None) -> dict:
    """The :mod:`matcher.activity_counts` of the answers of ``mask`` as of ``day``: per decay of
    :data:`_DECAYS` (and "prior": the hand-made prior's half-life), and the newest answers; with
    ``comm_weight``, for that query only (a past question: ``mask`` holds what its viewer sees)."""
    halves = dict(zip(_DECAYS, (0.0,) + ACTIVITY_HALF_LIVES))
    tables = {decay: counts.decayed(hist, mask, day, half, comm_weight) for decay, half in halves.items()}
    # the prior's half-life is one of the features' (180 days): the same table, not computed again
    same = next((d for d, half in halves.items() if half == prior_half_life), None)
    tables["prior"] = tables[same] if same else counts.decayed(hist, mask, day, prior_half_life, comm_weight)
    tables["newest"] = counts.last_answer(hist, mask, by_community=comm_weight is None)
    if comm_weight is None:     # one block per person: a search reads its candidates' rows at once
        tables["stack"] = counts.stacked([tables[d] for d in _DECAYS], _ACT)
    return tables


def _activity(tables: dict, day: float, comm_weight: np.ndarray, hidden: list, rows: np.ndarray) -> dict:
    """For the people ``rows`` (indexes into the history): {feature name: array} of the activity
    features without the ``hidden`` communities, the matched ones weighted by each community's
    share of the match (``comm_weight``)."""
    if "stack" in tables:
        block = counts.block(tables["stack"], rows, len(_DECAYS), len(_ACT))    # rows x decays x kinds x comms
        seen = block.sum(axis=3) - (block[..., hidden].sum(axis=3) if hidden else 0.0)
        weighed = block @ comm_weight if comm_weight.size else np.zeros(block.shape[:3])
        out = {}
        for d, decay in enumerate(_DECAYS):
            for a, name in enumerate(_ACT):
                # totals include the answers in no community, which no viewer misses
                free = tables[decay][name][rows] - block[:, d, a].sum(axis=1)
                out[f"{name}_{decay}"] = np.maximum(0.0, seen[:, d, a] + free)
                if name != "votes":
                    out[f"{name}_matched_{decay}"] = weighed[:, d, a]
        out["days_since_answer"] = counts.days_since(tables["newest"], day, hidden, NO_ANSWER_DAYS, rows)
        return out
    out = {}
    for decay in _DECAYS:
        t = tables[decay]
        for name in _ACT:
            out[f"{name}_{decay}"] = counts.visible(t, name, hidden, rows)
        for name in ("answers", "accepted"):
            out[f"{name}_matched_{decay}"] = counts.matched(t, name, comm_weight, rows)
    out["days_since_answer"] = counts.days_since(tables["newest"], day, hidden, NO_ANSWER_DAYS, rows)
    return out


def candidates(ctx, query: Query, cut: Cut | None = None, analyzer=None, n_hand: int = HAND_CANDIDATES,
               n_active: int = ACTIVE_CANDIDATES) -> Candidates:
    """The candidates of ``query`` and their features (module docstring); with ``cut``, as the
    question would have been answered on ``cut.day`` (nothing from that day on, not its thread)."""
    snap, s = ctx.snap, ctx.formula
    hist = history(ctx, analyzer)
    allowed = snap.allowed_for(ctx.access)
    answers = snap.memo(("learned_credited", frozenset(ctx.access.opted_out)), lambda: _credited_answers(ctx, hist))
    if cut is None:
        ref = reference_day(snap)
        act_day = hist.newest if math.isfinite(hist.newest) else ref
        before = None
    else:
        ref = act_day = cut.day
        earlier = ~(snap.created_days >= cut.day)           # undated chunks (profiles) stay
        if cut.thread in hist.thread_of_row:
            earlier[hist.thread_of_row[cut.thread]] = False
        allowed = allowed & earlier
        answers = answers & (hist.day < cut.day)
        before = cut.day        # only answers before the cut vote for their thread
    scores = rank_chunks(snap, query, allowed, "hybrid", ctx.settings, alpha=ctx.settings.experts.alpha)
    if cut is None:     # the search's own, without the credits people withdrew (hidden items and topics)
        tops, content = expert_top_votes(ctx, scores)
    else:               # recency and decays from the cut's day; its own thread is masked in ``allowed``
        factor = row_factor_array(snap.created_days, snap.votes, ref, s.recency_half_life_days)
        tops, content = top_content_votes(snap, scores.fused, factor, s.evidence_weights, ctx.access.opted_out,
                                          s.vote_power, s.thread_vote, frozenset(), s.top_evidence,
                                          OTHER_KIND_WEIGHT, before=before)

    # matched communities: each community's share of the fused score
    code = snap.memo(("learned_row_community",), lambda: np.asarray(
        [hist.communities.get(c or "", -1) for c in snap.community], dtype=np.int64))
    matched = np.fromiter(scores.fused.keys(), dtype=np.int64, count=len(scores.fused))
    c = code[matched]
    comm_weight = np.bincount(c[c >= 0], weights=np.fromiter(scores.fused.values(), dtype=np.float64,
                                                             count=c.size)[c >= 0], minlength=len(hist.communities))
    if comm_weight.sum() > 0:
        comm_weight /= comm_weight.sum()
    hidden = [hist.communities[c] for c in ctx.access.hidden if c in hist.communities]
    if cut is None:     # the same for every query and viewer: once per build
        tables = snap.memo(("learned_activity", act_day, s.prior_half_life_days),
                           lambda: _activity_tables(hist, answers, act_day, s.prior_half_life_days))
    else:
        seen = answers & ~np.isin(hist.community, hidden) if hidden else answers
        tables = _activity_tables(hist, seen, act_day, s.prior_half_life_days, comm_weight)
        hidden = []
    recent = counts.visible(tables[_DECAYS[-1]], "answers", hidden)     # who is active: everyone

    form = priors.prior_form(ctx)
    hand: dict = {}
    shown_prior: dict = {}
    if content:
        # the prior form's activity, decayed as the hand-made prior does (priors.activity), at the cut
        pa, pacc, pv = (counts.visible(tables["prior"], name, hidden) for name in _ACT)
        at = np.fromiter((hist.index.get(p, -1) for p in content), dtype=np.int64, count=len(content))
        cols = (np.where(at >= 0, np.asarray(x, dtype=np.float64)[np.maximum(at, 0)], 0.0).tolist() for x in (pa, pacc, pv))
        activity = dict(zip(content, zip(*cols)))
        hand, shown_prior = priors.FORMS[form](content, activity, s)
    order = sorted(hand, key=lambda p: (-hand[p], p))
    rank = {p: i + 1 for i, p in enumerate(order)}
    people = order[:n_hand]
    seen = set(people)
    active = np.argsort(-recent, kind="stable")[: n_active * 2]
    for i in active:
        p = hist.people[i]
        if len(people) >= n_hand + n_active or recent[i] <= 0:
            break
        if p not in seen and p not in ctx.access.opted_out:
            people.append(p)
            seen.add(p)
    idx = np.asarray([hist.index.get(p, -1) for p in people], dtype=np.int64)
    act = _activity(tables, act_day, comm_weight, hidden, np.maximum(idx, 0))
    matrix = _matrix(ctx, hist, people, scores, rank, hand, content, act, comm_weight, query, ref, before)
    return Candidates(people, matrix, hand, scores, tops, content, shown_prior, form)


def _matrix(ctx, hist, people, scores, rank, hand, content, act, comm_weight, query, ref, before) -> np.ndarray:
    snap = ctx.snap
    col = {name: i for i, name in enumerate(FEATURES)}
    X = np.zeros((len(people), len(FEATURES)), dtype=np.float32)
    if not people:
        return X
    pos = {p: i for i, p in enumerate(people)}
    cmax = max(content.values(), default=0.0) or 1.0
    hmax = max(hand.values(), default=0.0) or 1.0
    for p, i in pos.items():
        X[i, col["hand_score"]] = hand.get(p, 0.0) / hmax
        X[i, col["hand_content"]] = content.get(p, 0.0) / cmax
        X[i, col["hand_rank"]] = rank.get(p, 1000)
        X[i, col["is_hand_candidate"]] = 1.0 if rank.get(p, 1000) <= HAND_CANDIDATES else 0.0
    # (candidate, matched row) pairs over the per-build arrays (matcher.vote_arrays), in the loop's order
    at_code = candidate_codes(snap, pos)
    pi_a, pr_a, owner = candidate_pairs(snap, scores.fused, at_code)
    if pi_a.size:
        matched = list(scores.fused)
        f = np.fromiter(scores.fused.values(), dtype=np.float64, count=len(matched))[owner]
        lx = np.asarray([scores.lexical.get(r, 0.0) for r in matched], dtype=np.float64)[owner]
        dn = np.asarray([scores.dense.get(r, 0.0) for r in matched], dtype=np.float64)[owner]
        m = len(people)
        for name, v in (("fused", f), ("lexical", lx), ("dense", dn)):
            X[:, col[f"{name}_sum"]] = np.bincount(pi_a, weights=v, minlength=m)
            mx = np.zeros(m)
            np.maximum.at(mx, pi_a, v)
            X[:, col[f"{name}_max"]] = mx
        X[:, col["chunks"]] = np.bincount(pi_a, minlength=m)
        kinds = snap.evidence[pr_a]
        for k in KINDS:
            X[:, col[f"kind_{k}"]] = np.bincount(pi_a, weights=f * (kinds == k), minlength=m)
        days = snap.created_days[pr_a]
        dated = ~np.isnan(days)
        age = np.where(dated, np.maximum(0.0, ref - np.nan_to_num(days)), 0.0)
        newest = np.full(m, np.inf)
        np.minimum.at(newest, pi_a[dated], age[dated])
        X[:, col["newest_match_age"]] = np.where(np.isfinite(newest), newest, NO_ANSWER_DAYS)
        wsum = np.bincount(pi_a[dated], weights=f[dated], minlength=m)
        wage = np.bincount(pi_a[dated], weights=f[dated] * age[dated], minlength=m)
        X[:, col["match_age"]] = np.where(wsum > 0, wage / np.maximum(wsum, 1e-12), NO_ANSWER_DAYS)
    else:
        X[:, col["newest_match_age"]] = NO_ANSWER_DAYS
        X[:, col["match_age"]] = NO_ANSWER_DAYS
    # thread votes: the best match of each thread the candidate answered (before the cut)
    tsum, tmax, tn = candidate_threads(snap, scores.fused, at_code, len(people), before)
    X[:, col["thread_sum"]], X[:, col["thread_max"]], X[:, col["threads"]] = tsum, tmax, tn
    known = np.asarray([p in hist.index for p in people], dtype=bool)
    for name in act:       # per candidate already (_activity); someone unknown to the history: none
        X[:, col[name]] = np.where(known, act[name], 0.0 if name != "days_since_answer" else NO_ANSWER_DAYS)
    terms = set(query.terms)
    for p, i in pos.items():
        mine = hist.memberships.get(p, ())
        if mine and comm_weight.size:
            X[i, col["member_matched"]] = sum(comm_weight[c] for c, _ in mine)
            X[i, col["role_matched"]] = max(comm_weight[c] * level for c, level in mine)
        X[i, col["communities"]] = len(mine)
        sk = hist.skills.get(p)
        if sk and terms:
            X[i, col["skills_matched"]] = len(terms & sk) / len(terms)
    return X
