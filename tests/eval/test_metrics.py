"""eval.metrics on hand-computed cases."""
from __future__ import annotations

import math

import pytest

from eval.metrics import METRICS, evaluate, per_query


def test_hand_computed_ndcg_and_mrr():
    qrels = {"q1": {"a": 1}, "q2": {"b": 2, "c": 1}, "q3": {"d": 1}}
    run = {
        "q1": {"a": 3.0, "x": 2.0},            # relevant at rank 1
        "q2": {"x": 3.0, "c": 2.0, "b": 1.0},  # c (grade 1) at rank 2, b (grade 2) at rank 3
        "q3": {"x": 3.0, "y": 2.0},            # relevant item never returned
    }
    # nDCG@10 (gain = grade, discount 1 / log2(rank + 1)):
    #   q1: DCG = 1/log2(2) = 1, ideal 1 -> 1
    #   q2: DCG = 1/log2(3) + 2/log2(4) = 0.63093 + 1 = 1.63093;
    #       ideal = 2/log2(2) + 1/log2(3) = 2.63093 -> 0.61991
    #   q3: 0
    #   mean = (1 + 0.61991 + 0) / 3 = 0.53997
    # MRR: q1 1, q2 1/2 (first relevant at rank 2), q3 0 -> 0.5
    # P@1: 1, 0, 0 -> 1/3;  Recall@100: 1, 1, 0 -> 2/3
    # MAP: q1 1; q2 (1/2 + 2/3) / 2 = 0.58333; q3 0 -> 0.52778
    q2 = (1 / math.log2(3) + 2 / math.log2(4)) / (2 + 1 / math.log2(3))
    m = evaluate(qrels, run)
    assert m["ndcg@10"] == pytest.approx((1 + q2) / 3, abs=1e-4)
    assert m["ndcg@10"] == pytest.approx(0.53997, abs=1e-4)
    assert m["mrr"] == pytest.approx(0.5, abs=1e-4)
    assert m["p@1"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["recall@100"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["map"] == pytest.approx((1 + (0.5 + 2 / 3) / 2) / 3, abs=1e-4)
    assert m["n"] == 3


def test_empty_or_missing_run_counts_zero():
    qrels = {"q1": {"a": 1}, "q2": {"b": 1}, "q3": {"c": 1}}
    run = {"q1": {"a": 1.0}, "q2": {}}           # q2 returned nothing, q3 is missing altogether
    m = evaluate(qrels, run)
    assert m["n"] == 3
    for name in METRICS:
        assert m[name] == pytest.approx(1 / 3, abs=1e-4)
    pq = per_query(qrels, run)
    assert pq["ndcg@10"] == {"q1": 1.0, "q2": 0.0, "q3": 0.0}


def test_unjudged_queries_are_not_counted():
    qrels = {"q1": {"a": 1}, "q2": {"b": 0}}     # q2 has no relevant item: not a judged query
    m = evaluate(qrels, {"q1": {"a": 1.0}, "q2": {"b": 1.0}, "q9": {"z": 1.0}})
    assert m["n"] == 1 and m["mrr"] == 1.0


@pytest.mark.slow   # compiles ranx's numba kernels: ~40 s of CPU without numba's on-disk cache
def test_compiled_ranx_gives_the_same_figures():
    """The default run interprets ranx's kernels (NUMBA_DISABLE_JIT=1, tests/conftest.py); the
    product runs them compiled. Same hand-computed case, same figures, JIT on, in a child process."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import json; from eval.metrics import evaluate, per_query, compare_runs\n"
            "qrels = {'q1': {'a': 1}, 'q2': {'b': 2, 'c': 1}, 'q3': {'d': 1}}\n"
            "run = {'q1': {'a': 3.0, 'x': 2.0}, 'q2': {'x': 3.0, 'c': 2.0, 'b': 1.0}, 'q3': {'x': 3.0, 'y': 2.0}}\n"
            "other = {'q1': {'a': 1.0}}\n"
            "print(json.dumps([evaluate(qrels, run), per_query(qrels, run), compare_runs(qrels, run, other, 'r', 'o')]))\n")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "NUMBA_DISABLE_JIT": "0", "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True)
    compiled = json.loads(out.stdout)
    qrels = {"q1": {"a": 1}, "q2": {"b": 2, "c": 1}, "q3": {"d": 1}}
    run = {"q1": {"a": 3.0, "x": 2.0}, "q2": {"x": 3.0, "c": 2.0, "b": 1.0}, "q3": {"x": 3.0, "y": 2.0}}
    from eval.metrics import compare_runs
    assert compiled[0] == evaluate(qrels, run)
    assert compiled[0]["ndcg@10"] == pytest.approx(0.53997, abs=1e-4) and compiled[0]["mrr"] == 0.5
    for metric, scores in per_query(qrels, run).items():
        assert compiled[1][metric] == pytest.approx(scores)
    assert compiled[2] == pytest.approx(compare_runs(qrels, run, {"q1": {"a": 1.0}}, "r", "o"))


def test_a_run_empty_for_every_query_scores_zero():
    """ranx cannot build a run without any item; such a run scores 0 on every judged query, and
    the paired test against it still runs."""
    from eval.metrics import compare_runs

    qrels = {"q1": {"a": 1}, "q2": {"b": 2}}
    assert evaluate(qrels, {}) == {**{m: 0.0 for m in METRICS}, "n": 2}
    assert evaluate(qrels, {"q1": {}, "q2": {}}) == {**{m: 0.0 for m in METRICS}, "n": 2}
    assert per_query(qrels, {})["mrr"] == {"q1": 0.0, "q2": 0.0}
    test = compare_runs(qrels, {"q1": {"a": 1.0}, "q2": {"b": 1.0}}, {}, "some", "none")
    assert test["a_score"] == 1.0 and test["b_score"] == 0.0
