"""Expert feedback as training data of the learned ranking (eval.feedback.training_questions,
eval.tune.fit_history): helpful / not-my-topic verdicts become judged training queries, and
what must not (other modes, a community's result, an opted-out person, a query with no helpful
person) never does."""
from __future__ import annotations

import time

import pytest

from tests.conftest import TINY, build_db


@pytest.fixture()
def sv(tmp_path):
    from matcher import Savoir, Settings

    db = tmp_path / "tiny.db"
    build_db(TINY, db)
    return Savoir.open(db, Settings(model="hash"))


def _verdicts(sv):
    from indexer.userdata import profile
    from indexer.userdata.feedback import record

    st = sv.store
    record(st, "p3", "pompe cavitation", "experts", "p1", 1, "helpful", None)
    record(st, "p2", "Pompe  cavitation", "experts", "p2", 2, "not_my_topic", None)   # the same query, p2 on self
    record(st, "p3", "soudure inox", "experts", "p2", 1, "not_helpful", None)         # nobody helpful
    record(st, "p3", "pompe cavitation", "threads", "t01", 1, "helpful", "c1")         # not about people
    record(st, "p3", "rapport Power BI", "experts", "c2", 1, "helpful", "c2")          # a community's card
    profile.set_choice(st, "p5", "opted_out")
    record(st, "p3", "vibration", "experts", "p5", 1, "helpful", None)                 # p5 opted out


def test_expert_verdicts_become_training_queries_graded_as_accepted_answers(sv):
    from eval.feedback import FEEDBACK_GRADE, training_questions

    _verdicts(sv)
    qs = training_questions(sv)
    assert [(q.text.casefold(), q.qrels, q.row) for q in qs] == [
        ("pompe cavitation", {"p1": FEEDBACK_GRADE, "p2": 0}, None)]
    assert abs(qs[0].day - time.time() / 86400) < 1          # as of the verdict, in created_days' unit


def test_no_feedback_no_training_queries(sv):
    from eval.feedback import training_questions

    assert training_questions(sv) == []


def test_the_judged_queries_are_examples_with_the_helpful_person_graded(sv):
    from eval.feedback import training_questions
    from eval.tune import build_examples

    _verdicts(sv)
    ex = build_examples(sv, training_questions(sv)).items[0]
    assert "p1" in ex.people and ex.y[ex.people.index("p1")] == 2
    assert "p5" not in ex.people


def test_tune_trains_on_the_judged_queries_beside_the_answered_questions(tmp_path):
    from eval.tune import fit_history
    from indexer.userdata.feedback import record
    from matcher import Savoir, Settings
    from tests.test_progress_cli import _history

    db = tmp_path / "h.db"
    build_db(_history(tmp_path / "history"), db)
    sv = Savoir.open(db, Settings(model="hash"))
    _, before = fit_history(sv)
    record(sv.store, "p2", "pump cavitation at suction", "experts", "p0", 1, "helpful", None)
    record(sv.store, "p4", "valve packing", "experts", "p4", 1, "not_my_topic", None)
    _, after = fit_history(sv)
    assert (before["feedback_queries"], after["feedback_queries"]) == (0, 1)
    assert after["questions"] == before["questions"] == 30                 # the floor counts answered questions
    assert after["train_questions"] + after["valid_questions"] == 31
    assert before["train_questions"] + before["valid_questions"] == 30
