"""Judged queries from recorded feedback: a deployment measures itself on its own use.

Each (mode, query) with feedback is a judged query; each result with a verdict is judged
relevant (1) when its 'helpful' / 'this solved it' verdicts outnumber its 'not helpful' /
'not my topic' ones, else not relevant (0). Two kinds of run are scored with eval.metrics:

- ``recorded``: the ranking people were shown, from the stored ranks (score 1 / rank);
- ``hybrid`` / ``bm25`` / ``dense``: the current engine re-run on the same queries, on behalf
  of the viewer who gave the latest feedback on that query (what they may see).

Feedback on private content whose viewer is no longer a member is purged first
(indexer.userdata.feedback.purge).
"""
from __future__ import annotations

from collections import defaultdict

from indexer.userdata import feedback as feedback_db
from matcher.privacy import access_for

from .metrics import evaluate

__all__ = ["FEEDBACK_GRADE", "judged_queries", "recorded_run", "evaluate_feedback", "training_questions"]

METHODS = ("hybrid", "bm25", "dense")


def _qid(mode: str, query: str) -> str:
    return f"{mode}:{' '.join(query.lower().split())}"


def judged_queries(rows) -> tuple[dict, dict, dict]:
    """(mode -> qrels, qid -> (mode, query text, viewer), qid -> {result: best rank shown})."""
    votes: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    info, ranks = {}, defaultdict(dict)
    for r in rows:
        qid = _qid(r["mode"], r["query"])
        votes[qid][r["result"]][0 if feedback_db.RELEVANT[r["verdict"]] else 1] += 1
        info[qid] = (r["mode"], r["query"], r["viewer"])
        ranks[qid][r["result"]] = min(ranks[qid].get(r["result"], 10**6), int(r["rank"]))
    qrels: dict = defaultdict(dict)
    for qid, per_result in votes.items():
        qrels[info[qid][0]][qid] = {res: int(yes > no) for res, (yes, no) in per_result.items()}
    return dict(qrels), info, dict(ranks)


def recorded_run(ranks: dict, qids) -> dict:
    return {q: {res: 1.0 / rank for res, rank in ranks[q].items()} for q in qids}


def evaluate_feedback(store, sv=None, k: int = 100, methods=METHODS) -> dict:
    """{"feedback-<mode>": {"recorded" | method: {metric: value, "n": judged queries}}}."""
    feedback_db.purge(store)
    qrels, info, ranks = judged_queries(feedback_db.rows(store.conn))
    out = {}
    for mode, judged in sorted(qrels.items()):
        task = {"recorded": evaluate(judged, recorded_run(ranks, judged))}
        if sv is not None:
            for method in methods:
                run = {}
                for qid in judged:
                    _, text, viewer = info[qid]
                    hits = sv.search(text, mode=mode, viewer=viewer, k=k, method=method).results
                    run[qid] = {h.id: float(h.score) for h in hits}
                task[method] = evaluate(judged, run)
        out[f"feedback-{mode}"] = task
    return out


#: a person judged helpful for a query by the people who asked it: graded as an accepted answer
FEEDBACK_GRADE = 2


def _day(iso: str) -> float:
    """An ISO timestamp as days since 1970-01-01 UTC (the unit of ``created_days``)."""
    from datetime import datetime, timezone

    t = datetime.fromisoformat(iso)
    t = t if t.tzinfo else t.replace(tzinfo=timezone.utc)
    return (t - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds() / 86400.0


def training_questions(sv, limit_chars: int | None = None) -> list:
    """Expert feedback as training queries of the learned ranking (:func:`eval.tune.fit_history`):
    each distinct experts query with a verdict is one :class:`eval.tune.Question` as of its newest
    verdict, the people its verdicts judge relevant (see the module docstring) graded
    :data:`FEEDBACK_GRADE`, the others 0; a query with no relevant person teaches a ranking nothing
    and is left out.

    Privacy: feedback on private content whose viewer left is purged first; only verdicts on
    people (no community: an experts result) count, never on an opted-out person; the features
    are computed in the anonymous training context, so a private community's content never
    enters them. Oldest first; ``thread`` is ``"feedback:" + query id`` (no thread is masked)."""
    from .tune import Question

    store = sv.store
    feedback_db.purge(store)
    gone = access_for(store, None).opted_out        # the source's flag or the person's own choice
    rows = [r for r in feedback_db.rows(store.conn)
            if r["mode"] == "experts" and r["community"] is None and r["result"] not in gone]
    qrels, info, _ = judged_queries(rows)
    newest: dict = {}
    for r in rows:
        qid = _qid(r["mode"], r["query"])
        newest[qid] = max(newest.get(qid, ""), r["at"])
    out = []
    for qid, judged in qrels.get("experts", {}).items():
        if not any(judged.values()):
            continue
        text = " ".join(info[qid][1].split())
        out.append(Question(f"feedback:{qid}", _day(newest[qid]), None, text[:limit_chars] if limit_chars else text,
                            {p: FEEDBACK_GRADE if rel else 0 for p, rel in judged.items()}))
    out.sort(key=lambda q: (q.day, q.thread))
    return out
