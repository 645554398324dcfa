"""The learned expert ranking at scale: training time (``savoir tune``'s :func:`eval.tune.fit_history`
on the synthetic store's own answered questions) and the query-time cost of ranking experts with
the model, held to the candidate retrieval (``retrieve_hybrid``) of the same run.

The synthetic history is not a community's (answerers are drawn at random within a community),
so whether the model would be adopted there says nothing; the figure measures the learned path,
so the model is stored as adopted for the timing and removed afterwards.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from .figures import Figure, figure, make_queries, settings
from .latency import QUERY_NOTE, latency_target, time_searches, viewers, warm

__all__ = ["LEARNED_RATIO_TARGET", "bench_learned", "learned_ratio"]

LEARNED_RATIO_TARGET = 2.5     # experts p95 with the learned ranking / retrieve_hybrid median, at most


def bench_learned(db: Path, size: int, repeat: int, n_queries: int, log) -> list[Figure]:
    """``learned_train`` (s) and ``query_experts_learned`` (ms, ``Savoir.search`` as served)."""
    from eval.tune import fit_history
    from matcher.api import Savoir
    from matcher.learned import learned_dir

    sv = Savoir.open(db, settings())
    t = time.perf_counter()
    ranker, report = fit_history(sv, log)
    train_s = time.perf_counter() - t
    keep = ("questions", "train_questions", "valid_questions", "feature_ms_per_question", "recall_candidates",
            "adopted", "reason")
    out = [Figure("learned_train", size, "s", round(train_s, 2), round(train_s, 2), 1,
                  note="savoir tune's fit_history: features of every past question as of its date, LightGBM "
                       "lambdarank trained twice (older slice, then all)", extra={k: report.get(k) for k in keep})]
    log(f"learned train {size}: {train_s:.1f}s, {report.get('questions')} questions, "
        f"{report.get('feature_ms_per_question')} ms of features per question")
    if ranker is None:
        out.append(Figure("query_experts_learned", size, "ms", float("nan"), float("nan"), 0,
                          note=f"not run: no model ({report.get('reason')})"))
        return out
    folder = learned_dir(db)
    ranker.report = {**ranker.report, "adopted": True}
    ranker.save(folder)
    try:
        served = Savoir.open(db, settings())
        warm(served, ("experts",))
        queries = make_queries(n_queries * repeat, seed=size + 3)
        cpu = time.process_time()
        ms = time_searches(served, "experts", queries, viewers(served))
        # CPU time of all the process's threads (the explanations run beside the evidence)
        cpu_ms = (time.process_time() - cpu) * 1000 / len(queries)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    target, check = latency_target(size)
    out.append(figure("query_experts_learned", size, "ms", ms, target=target, check=check,
                      note=f"{QUERY_NOTE}; the learned ranking (features of the candidates, LightGBM, TreeSHAP "
                           "of the shown people on a second thread)"))
    out[-1].extra = {**(out[-1].extra or {}), "cpu_ms_mean": round(cpu_ms, 2)}
    log(f"query experts learned {size}: median {out[-1].median:.1f} ms, p95 {out[-1].p95:.1f} ms, "
        f"CPU {cpu_ms:.1f} ms a query")
    return out


def learned_ratio(figs: list[Figure], size: int) -> list[Figure]:
    """``learned_vs_retrieval``: experts p95 with the learned ranking over the median of the
    candidate retrieval of the same run, and the same ratio for the hand-made ranking aside."""
    by = {f.name: f for f in figs if f.size == size}
    learned, hand, base = by.get("query_experts_learned"), by.get("query_experts"), by.get("retrieve_hybrid")
    if learned is None or base is None or not learned.n or not base.median > 0:
        return []
    ratio = learned.p95 / base.median
    return [Figure("learned_vs_retrieval", size, "ratio", round(ratio, 3), round(ratio, 3), 1,
                   f"<= {LEARNED_RATIO_TARGET}x", ratio <= LEARNED_RATIO_TARGET,
                   note="query_experts_learned p95 / retrieve_hybrid median of the same run",
                   extra={"hand_ratio": round(hand.p95 / base.median, 3) if hand and hand.n else None})]
