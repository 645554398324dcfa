"""Expert votes and their aggregation, on hand-computed chunk scores (no index)."""
import math
from types import SimpleNamespace

import numpy as np
import pytest

from matcher.experts import content_votes, row_factors, top_votes, vote_bonus


def test_vote_bonus_is_one_plus_a_tenth_of_the_log_of_positive_votes():
    assert vote_bonus(0) == 1.0
    assert vote_bonus(-5) == 1.0
    assert vote_bonus(3) == pytest.approx(1 + 0.1 * math.log(4))


def test_row_factors_are_recency_times_vote_bonus():
    got = row_factors(np.array([100.0, 70.0, math.nan]), np.array([0, 3, -3]), 100.0, 30.0)
    assert got == pytest.approx([1.0, 0.75 * (1 + 0.1 * math.log(4)), 0.75])


ROWS = SimpleNamespace(
    people_of=[("a",), ("a", "b"), (), ("c",), ("d",)],
    evidence=["answer", "document", "answer", "question", "accepted_answer"],
    thread=["t1", None, "t1", "t2", "t1"],
    answerers={"t1": (("d", "accepted_answer", 4),)})
WEIGHTS = {"answer": 1.0, "document": 0.8, "accepted_answer": 1.5}
FACTOR = [1.0, 1.0, 1.0, 1.0, 0.5]


def test_chunk_votes_are_sharpened_weighted_and_skip_opted_out_people():
    """power 2: 0.8 -> 0.64 (an answer, weight 1), 0.5 -> 0.25 x 0.8 (a document of a and of
    the opted-out b); thread t1's best chunk (1.0) votes 1.0 x 0.5 x 1.5 x 0.5 for its
    accepted answerer d; a zero score casts no vote."""
    votes = content_votes({0: 0.8, 1: 0.5, 2: 1.0, 3: 0.0}, ROWS, FACTOR, WEIGHTS, {"b"}, power=2.0, thread_vote=0.5)
    assert dict(votes) == {"a": [(pytest.approx(0.64), 0), (pytest.approx(0.2), 1)], "d": [(0.375, 4)]}


def test_without_thread_votes_only_the_chunks_vote_and_unknown_kinds_weigh_0_3():
    votes = content_votes({3: 0.5}, ROWS, FACTOR, WEIGHTS, set(), power=1.0, thread_vote=0.0)
    assert dict(votes) == {"c": [(pytest.approx(0.15), 3)]}


def test_content_is_the_sum_of_the_top_n_votes():
    tops, content = top_votes({"a": [(0.2, 1), (0.64, 0), (0.1, 5)], "b": [(0.3, 2)]}, 2)
    assert tops == {"a": [(0.64, 0), (0.2, 1)], "b": [(0.3, 2)]}
    assert content == {"a": pytest.approx(0.84), "b": 0.3}
