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

from .metrics import evaluate

__all__ = ["judged_queries", "recorded_run", "evaluate_feedback"]

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
