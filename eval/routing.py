"""Replaying a Stack Exchange dump's held-out period through the router (matcher.routing).

    questions = replay_questions(split, sv, site, asked_by)   # searched once, in time order
    routed = replay(questions, RoutingSettings())             # loads evolve question by question
    summary(questions, routed)   # {"hit@1", "hit@3", "hit@5", "gini", "max_share", "n", ...}

The split is eval.holdout's (the newest 10% of the answered questions; the index holds
everything before the oldest of them, the cached index of ``savoir eval stackexchange``). The
index stays the pre-cutoff one during the replay (the test answers are never visible); what
evolves is the load:

- each test question, in CreationDate order, is searched with its title and body text exactly
  as the held-out evaluation does (whitespace folded, cut at ``max_query_chars``), the top
  ``POOL`` experts are its candidates, and it is routed with the people's state at its creation;
- a routed request is *open* from the question's creation until its first answer in the dump
  (whoever wrote it: the question got its help), and expires after ``OPEN_DAYS`` (7) days
  when that answer is later or missing;
- *routed in the last week* counts the requests routed to the person over the 7 days before
  the question's creation (question time, not wall time);
- the asker (the question's ``OwnerUserId``) is never routed, in both runs: it is no load rule;
- "unconstrained" is the top k of the same candidates with no cap and no penalty.

Measures (every test question is routed and loads the people, only those with an answerer
present in the index are scored; ``n`` counts them):

- ``hit@j``: share of scored questions with an actual answerer (any answer's author) among the
  first j people of the routing's order. The router ranks ``max(k, 5)`` people and asks the
  first k, so hit@5 with k = 3 says what asking five would have found;
- ``gini``: Gini coefficient of the number of questions routed to each person who received at
  least one (Gini 1912; the mean-difference form, ``gini``);
- ``gini_all``: the same over every person in any question's candidate pool, zeros included
  (a spread that Gini over recipients cannot see: routing everything to the same three people
  scores 0 there);
- ``max_share``: the largest share of the routed questions any one person received.
"""
from __future__ import annotations

import datetime as _dt
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from indexer.settings import RoutingSettings
from matcher.routing import UNCONSTRAINED, PersonState, route

__all__ = ["POOL", "OPEN_DAYS", "HITS", "ReplayQuestion", "gini", "hit_at", "replay", "summary",
           "replay_questions", "askers", "evaluate_rules", "sweep_rules", "history_spread"]

#: candidates searched per question (the router needs some beyond k to pass people over)
POOL = 30
#: a routed request left unanswered stops counting as open after this many days
OPEN_DAYS = 7
HITS = (1, 3, 5)
_WEEK = _dt.timedelta(days=7)


@dataclass(frozen=True)
class ReplayQuestion:
    id: str
    created: _dt.datetime
    first_answer: _dt.datetime | None
    asker: str | None
    answerers: frozenset           # answer authors present in the index
    candidates: tuple              # ((person, score), ...) best first


def gini(values: Iterable[float]) -> float:
    """Gini coefficient, mean absolute difference over twice the mean (Gini 1912)::

        G = sum_i sum_j |x_i - x_j| / (2 n^2 mean(x))

    0 when everyone has the same, (n - 1) / n when one has everything. Computed on the sorted
    values as G = 2 sum_i i x_(i) / (n sum x) - (n + 1) / n, i = 1..n. Empty or all-zero: 0."""
    xs = sorted(float(v) for v in values)
    n, total = len(xs), sum(xs)
    if n == 0 or total == 0:
        return 0.0
    return 2.0 * sum(i * x for i, x in enumerate(xs, 1)) / (n * total) - (n + 1) / n


def hit_at(ranked: Sequence[Sequence[str]], relevant: Sequence[Iterable[str]], j: int) -> float:
    """Share of queries with at least one relevant person among the first ``j`` of their ranking."""
    if not ranked:
        return 0.0
    hits = sum(1 for r, rel in zip(ranked, relevant) if set(r[:j]) & set(rel))
    return hits / len(ranked)


def _state(person: str, now: _dt.datetime, history: dict) -> PersonState:
    """open = requests whose closing time is after now; last week = routed in (now - 7 days, now]."""
    events = history.get(person, ())
    open_ = sum(1 for t, closes in events if t <= now < closes)
    week = sum(1 for t, _ in events if now - _WEEK < t <= now)
    return PersonState(open_requests=open_, routed_last_week=week)


def replay(questions: Sequence[ReplayQuestion], rule: RoutingSettings, rank: int = max(HITS)) -> list[list[str]]:
    """For each question in order, the router's ranking of up to ``max(rule.k, rank)`` people with
    the loads left by the earlier questions; the first ``rule.k`` are asked and load the people."""
    history: dict[str, list[tuple[_dt.datetime, _dt.datetime]]] = {}
    out = []
    depth = max(rule.k, rank)
    for q in questions:
        states = {p: _state(p, q.created, history) for p, _ in q.candidates}
        ranking = route(q.candidates, k=depth, states=states, asker=q.asker, today=q.created, rule=rule).people
        closes = q.created + _dt.timedelta(days=OPEN_DAYS)
        if q.first_answer is not None:
            closes = min(max(q.first_answer, q.created), closes)
        for p in ranking[: rule.k]:
            history.setdefault(p, []).append((q.created, closes))
        out.append(ranking)
    return out


def summary(questions: Sequence[ReplayQuestion], rankings: Sequence[Sequence[str]], k: int) -> dict:
    """The measures of the module docstring for one replay."""
    scored = [(r, q.answerers) for q, r in zip(questions, rankings) if q.answerers]
    out = {f"hit@{j}": round(hit_at([r for r, _ in scored], [a for _, a in scored], j), 4) for j in HITS}
    counts: dict[str, int] = {}
    for r in rankings:
        for p in r[:k]:
            counts[p] = counts.get(p, 0) + 1
    pool = {p for q in questions for p, _ in q.candidates if p != q.asker}
    routed_questions = sum(1 for r in rankings if r[:k])
    out.update({
        "gini": round(gini(counts.values()), 4),
        "max_share": round(max(counts.values()) / routed_questions, 4) if counts else 0.0,
        "n": len(scored),
        "gini_all": round(gini([counts.get(p, 0) for p in pool]), 4),
        "recipients": len(counts),
        "questions": len(questions),
    })
    return out


def history_spread(questions: Sequence[ReplayQuestion]) -> dict:
    """The same spread for the dump's own answerers (present in the index) of the held-out
    questions: how concentrated the help actually was, the reference a router that finds the
    actual answerers cannot go below."""
    counts: dict[str, int] = {}
    for q in questions:
        for p in q.answerers:
            counts[p] = counts.get(p, 0) + 1
    answered = sum(1 for q in questions if q.answerers)
    return {"gini": round(gini(counts.values()), 4),
            "max_share": round(max(counts.values()) / answered, 4) if counts else 0.0,
            "answerers": len(counts), "n": answered}


def evaluate_rules(questions: Sequence[ReplayQuestion], rule: RoutingSettings) -> dict:
    """``{"routed": summary, "unconstrained": summary}`` (the keys later checks read)."""
    free = dataclasses.replace(UNCONSTRAINED, k=rule.k)
    return {"routed": summary(questions, replay(questions, rule), rule.k),
            "unconstrained": summary(questions, replay(questions, free), rule.k)}


#: the trade-off swept by ``--sweep``: the penalty alone, the weekly cap alone, then both
SWEEP_PENALTIES = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
SWEEP_WEEKLY_CAPS = (0, 20, 10, 5, 3, 2, 1)


def sweep_rules(k: int, base: RoutingSettings) -> list[tuple[str, RoutingSettings]]:
    """(label, rule) for each point of the trade-off curve."""
    free = dataclasses.replace(UNCONSTRAINED, k=k)
    rules = [(f"penalty={b:g} (no caps)", dataclasses.replace(free, load_penalty=b)) for b in SWEEP_PENALTIES]
    rules += [(f"max_per_week={c} (no penalty)", dataclasses.replace(free, max_per_week=c))
              for c in SWEEP_WEEKLY_CAPS[1:]]
    rules += [(f"penalty={b:g}, max_open={base.max_open_requests}, max_per_week={base.max_per_week}",
               dataclasses.replace(free, max_open_requests=base.max_open_requests, max_per_week=base.max_per_week,
                                   load_penalty=b))
              for b in SWEEP_PENALTIES]
    return rules


# -- reading a dump ----------------------------------------------------------------------------

def askers(dump_dir: str | Path) -> dict[int, int]:
    """question Id -> OwnerUserId, from Posts.xml (questions with a known owner only)."""
    from indexer.importers.stackexchange import iter_rows

    out = {}
    for row in iter_rows(Path(dump_dir) / "Posts.xml"):
        if row.get("PostTypeId") == "1" and (row.get("OwnerUserId") or "").lstrip("-").isdigit():
            out[int(row["Id"])] = int(row["OwnerUserId"])
    return out


def _time(iso: str | None) -> _dt.datetime | None:
    return _dt.datetime.fromisoformat(iso) if iso else None


def replay_questions(split, sv, site: str, asked_by: dict[int, int], present: set,
                     pool: int = POOL, log: Callable[[str], None] = lambda m: None,
                     show_progress: bool = False) -> list[ReplayQuestion]:
    """The test questions of ``split`` in time order, each searched once for its ``pool`` best
    experts (``show_progress``: the step's progress on stderr, :mod:`indexer.progress`)."""
    from indexer.progress import each

    limit = sv.settings.limits.max_query_chars
    pool = min(pool, sv.settings.limits.max_k)
    out = []
    for q in each(sorted(split.test, key=lambda q: (q["created"], q["id"])), "search the test questions",
                  show_progress, unit="question"):
        text = " ".join(f"{q['title']}\n{q['body_text']}".split())[:limit]
        hits = sv.search(text, mode="experts", k=pool).results if text else []
        times = sorted(t for t in (_time(a["created"]) for a in q["answers"]) if t is not None)
        owner = asked_by.get(q["id"])
        out.append(ReplayQuestion(
            id=f"q{q['id']}", created=_time(q["created"]), first_answer=times[0] if times else None,
            asker=f"se:{site}:u{owner}" if owner is not None else None,
            answerers=frozenset(p for p in (f"se:{site}:u{a['owner_user_id']}" for a in q["answers"]
                                            if a["owner_user_id"] is not None) if p in present),
            candidates=tuple((h.id, float(h.score)) for h in hits)))
    return out
