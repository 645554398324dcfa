"""Score normalisation and fusion of ranked runs (pure functions over {key: score} dicts).

- :func:`minmax`: (s - min) / (max - min) over a run's candidates; a run whose scores are
  all equal maps to 1.0 (every candidate equally good).
- :func:`convex`: sum_i w_i * minmax(run_i)(d), a missing candidate counting 0
  (Fox & Shaw 1994 CombSUM with weights; "convex combination" in Bruch et al. 2023,
  "An Analysis of Fusion Functions for Hybrid Retrieval").
- :func:`rrf`: sum_i w_i / (k + rank_i(d)), ranks from 1 (Cormack, Clarke & Buettcher 2009,
  "Reciprocal Rank Fusion outperforms Condorcet and individual Rank Learning Methods"; k = 60).
"""
from __future__ import annotations

from typing import Hashable, Mapping, Sequence

__all__ = ["minmax", "convex", "rrf", "fuse"]

Run = Mapping[Hashable, float]


def minmax(run: Run) -> dict:
    if not run:
        return {}
    lo, hi = min(run.values()), max(run.values())
    if hi == lo:
        return {key: 1.0 for key in run}
    span = hi - lo
    return {key: (s - lo) / span for key, s in run.items()}


def convex(runs: Sequence[Run], weights: Sequence[float]) -> dict:
    if len(runs) != len(weights):
        raise ValueError("one weight per run")
    out: dict = {}
    for run, w in zip(runs, weights):
        if w == 0:
            continue
        for key, s in minmax(run).items():
            out[key] = out.get(key, 0.0) + w * s
    return out


def rrf(runs: Sequence[Run], k: int = 60, weights: Sequence[float] | None = None) -> dict:
    weights = weights or [1.0] * len(runs)
    out: dict = {}
    for run, w in zip(runs, weights):
        if w == 0:
            continue
        ranked = sorted(run.items(), key=lambda kv: (-kv[1], str(kv[0])))
        for rank, (key, _) in enumerate(ranked, start=1):
            out[key] = out.get(key, 0.0) + w / (k + rank)
    return out


def fuse(lexical: Run, dense: Sequence[Run], method: str = "convex", alpha: float = 0.5, k: int = 60) -> dict:
    """Hybrid fusion of one lexical run with one or more dense runs. ``alpha`` is the weight of
    the dense side, shared equally between dense runs; ``1 - alpha`` goes to BM25."""
    dense = [d for d in dense]
    dw = [alpha / len(dense)] * len(dense) if dense else []
    if method == "convex":
        return convex([lexical, *dense], [1.0 - alpha, *dw])
    if method == "rrf":
        # scaled so that alpha = 0.5 with one dense run is plain, unweighted RRF
        return rrf([lexical, *dense], k=k, weights=[2 * (1.0 - alpha), *[2 * w for w in dw]])
    raise ValueError(f"fusion method {method!r} is not known; use convex or rrf")
