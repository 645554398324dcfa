"""Ranking metrics over judged queries, computed by ranx (Bassani 2022, "ranx: A Blazing-Fast
Python Library for Ranking Evaluation and Comparison").

    qrels = {"q1": {"d1": 2, "d3": 1}}            # query id -> item id -> grade (> 0 relevant)
    run   = {"q1": {"d3": 0.9, "d1": 0.5}}        # query id -> item id -> score
    scores = evaluate(qrels, run)                 # {"ndcg@10": .., "map": .., ..., "n": 1}

Every judged query counts: a query the run left out, or for which a method returned
nothing, scores 0 on every metric and stays in the mean (``make_comparable=True`` in ranx
adds it as an empty ranking; queries of the run without judgements are dropped).

- nDCG@10: ranx ``ndcg``, gain = grade, log2 discount (Järvelin & Kekäläinen 2002);
- MAP, MRR, P@1, Recall@100 as in trec_eval (any grade > 0 is relevant).
"""
from __future__ import annotations

import warnings
from typing import Mapping

import numpy as np

__all__ = ["METRICS", "evaluate", "per_query", "compare_runs", "best_of", "paired_differences", "Qrels", "RunDict"]

METRICS = ("ndcg@10", "map", "mrr", "p@1", "recall@100")
_RANX = {"ndcg@10": "ndcg@10", "map": "map", "mrr": "mrr", "p@1": "precision@1", "recall@100": "recall@100"}

_NOTHING = "\x00nothing returned"     # stands for an empty run (never a judged item id)

Qrels = Mapping[str, Mapping[str, int]]
RunDict = Mapping[str, Mapping[str, float]]


def _judged(qrels: Qrels) -> dict[str, dict[str, int]]:
    """Judged queries: those with at least one relevant item (ranx rejects a query without one)."""
    out = {}
    for q, items in qrels.items():
        rel = {str(i): int(g) for i, g in items.items()}
        if any(g > 0 for g in rel.values()):
            out[str(q)] = rel
    return out


def _ranx(qrels: Qrels, run: RunDict, name: str = "run"):
    from ranx import Qrels as RQrels, Run as RRun

    judged = _judged(qrels)
    rq = RQrels(judged)
    # every judged query gets an entry, empty when the method returned nothing
    entries = {q: {str(i): float(s) for i, s in run.get(q, {}).items()} for q in judged}
    if judged and not any(entries.values()):
        # ranx cannot build a run without any item (max() of an empty sequence): one item that is
        # no judged item scores 0 on every metric, as the empty ranking it stands for
        first = next(iter(entries))
        entries[first] = {_NOTHING: 0.0}
    rr = RRun(entries, name=name)
    return rq, rr


def per_query(qrels: Qrels, run: RunDict) -> dict[str, dict[str, float]]:
    """metric -> {query id: score} for every judged query (a missing query scores 0)."""
    from ranx import evaluate as rx_evaluate

    judged = _judged(qrels)
    if not judged:
        return {m: {} for m in METRICS}
    rq, rr = _ranx(qrels, run)
    qids = list(rq.keys())
    # ranx returns arrays in the order of the qrels' query ids
    raw = rx_evaluate(rq, rr, [_RANX[m] for m in METRICS], return_mean=False, make_comparable=True)
    return {m: dict(zip(qids, np.asarray(raw[_RANX[m]], dtype=float).tolist())) for m in METRICS}


def evaluate(qrels: Qrels, run: RunDict) -> dict[str, float]:
    """Mean of each metric in :data:`METRICS` over the judged queries, plus ``n`` (their number)."""
    pq = per_query(qrels, run)
    n = len(_judged(qrels))
    out: dict[str, float] = {m: (round(float(np.mean(list(pq[m].values()))), 4) if n else 0.0) for m in METRICS}
    out["n"] = n
    return out


def best_of(metrics: dict, methods, metric: str = "ndcg@10") -> str | None:
    """The method of ``methods`` present in ``metrics`` (method -> {metric: value}) that scores
    best on ``metric``, or None."""
    present = [m for m in methods if m in metrics]
    return max(present, key=lambda m: metrics[m][metric]) if present else None


def paired_differences(a: dict, b: dict) -> tuple[list, int, int]:
    """Per-query ``a - b`` (query id -> score; a query missing from ``b`` scores 0 there), and
    how many queries ``a`` is better / worse on."""
    diffs = [a[q] - b.get(q, 0.0) for q in a]
    return diffs, sum(d > 1e-9 for d in diffs), sum(d < -1e-9 for d in diffs)


def compare_runs(qrels: Qrels, a: RunDict, b: RunDict, name_a: str, name_b: str,
                 metric: str = "ndcg@10", stat_test: str = "student") -> dict:
    """Paired significance test between two runs on the judged queries (ranx ``compare``;
    ``student``: paired t-test, ``fisher``: randomised permutation test)."""
    from ranx import compare

    ra_q, ra = _ranx(qrels, a, name_a)
    _, rb = _ranx(qrels, b, name_b)
    with warnings.catch_warnings():     # one query, or equal runs: scipy warns and p is NaN (handled below)
        warnings.simplefilter("ignore", RuntimeWarning)
        report = compare(ra_q, [ra, rb], metrics=[_RANX[metric]], stat_test=stat_test, make_comparable=True)
    key = _RANX[metric]
    p = float(report.comparisons[name_a, name_b][key]["p_value"])
    p = None if p != p else p       # NaN: the two runs score the same on every query
    return {"metric": metric, "test": stat_test, "a": name_a, "b": name_b,
            "a_score": round(float(report.results[name_a][key]), 4),
            "b_score": round(float(report.results[name_b][key]), 4),
            "p_value": p, "significant_0.05": p is not None and p < 0.05}
