"""eval.crosslingual: the same-/other-language split on a hand-computed case."""
from __future__ import annotations

import math

import pytest

from eval.crosslingual import language_split, ndcg_at
from eval.metrics import evaluate


QRELS = {
    "qf": {"f1": 3, "e1": 2, "e2": 2, "e3": 1},   # a French query: one French, three English items
    "qe": {"e4": 2, "f2": 3},                      # an English query
    "qx": {"f3": 2},                               # no language given: left out
}
LANG = {"f1": "fr", "f2": "fr", "f3": "fr", "e1": "en", "e2": "en", "e3": "en", "e4": "en"}
RUN = {
    "qf": {"f1": 9.0, "x": 8.0, "e1": 7.0, "e3": 6.0},    # f1 rank 1, e1 rank 3, e3 rank 4, e2 missing
    "qe": {"e4": 5.0, **{f"y{i}": 4.0 - i / 10 for i in range(10)}, "f2": 1.0},   # f2 at rank 12
}


def test_hand_computed_split():
    m = language_split(QRELS, RUN, {"qf": "fr", "qe": "en"}, LANG)
    # same: qf {f1: 3} found at 1 (nDCG 1); qe {e4: 2} at 1 (nDCG 1)
    assert (m["found_same"], m["relevant_same"]) == (2, 2)
    assert m["recall@10_same"] == 1.0 and m["ndcg@10_same"] == 1.0
    # other: qf {e1: 2, e2: 2, e3: 1}: grade >= 2 are e1 (found) and e2 (not); qe {f2: 3} beyond 10
    assert (m["found_other"], m["relevant_other"]) == (1, 3)
    assert m["recall@10_other"] == pytest.approx(1 / 3, abs=1e-4)
    # qf other nDCG: DCG = 2/log2(4) + 1/log2(5); ideal 2/log2(2) + 2/log2(3) + 1/log2(4)
    qf = (2 / 2 + 1 / math.log2(5)) / (2 + 2 / math.log2(3) + 1 / 2)
    assert m["ndcg@10_other"] == pytest.approx((qf + 0.0) / 2, abs=1e-4)
    assert m["queries_other"] == 2 and m["queries_other_none"] == 1


def test_ndcg_agrees_with_ranx():
    qrels = {"q": {"a": 2, "b": 1, "c": 3}}
    run = {"q": {"x": 5.0, "b": 4.0, "c": 3.0, "y": 2.0}}
    ranking = ["x", "b", "c", "y"]
    assert ndcg_at(qrels["q"], ranking) == pytest.approx(evaluate(qrels, run)["ndcg@10"], abs=1e-4)


def test_unknown_item_language_is_left_out():
    m = language_split({"q": {"a": 2, "z": 2}}, {"q": {"a": 1.0}}, {"q": "en"}, {"a": "en"})
    assert (m["found_same"], m["relevant_same"], m["relevant_other"]) == (1, 1, 0)
    assert m["recall@10_other"] == 0.0 and m["queries_other"] == 0
