"""eval.holdout: the time split and the judgements, on the importer's mini dump."""
from __future__ import annotations

from pathlib import Path

import pytest

from eval.holdout import HoldoutError, duplicate_qrels, expert_qrels, split_holdout

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "stackexchange" / "mini"


def test_split_takes_the_newest_answered_questions():
    # answered by a known user: q10 (2020-02-01), q20 (03-01), q40 (05-01); q30 has no answer
    split = split_holdout(MINI, share=0.5)
    assert [q["id"] for q in split.test] == [20, 40]          # ceil(3 * 0.5) = 2 newest
    assert split.cutoff == "2020-03-01T09:00:00"
    assert split.indexed_questions == {10}                    # created strictly before the cut
    assert split_holdout(MINI, share=0.1).cutoff == "2020-05-01T09:00:00"   # at least one test question


def test_judgements():
    split = split_holdout(MINI, share=0.5)
    # people present in the index; u6 (answered q20) only posted after the cut
    present = {"se:mini:u1", "se:mini:u2", "se:mini:u4"}
    assert expert_qrels(split, "mini", present) == {"q40": {"se:mini:u1": 1}}
    assert expert_qrels(split, "mini", present | {"se:mini:u6"}) == {
        "q20": {"se:mini:u6": 1}, "q40": {"se:mini:u1": 1}}
    # q20 is a duplicate of q10 (indexed); q40's link points to an answer, not a question
    assert duplicate_qrels(split, "mini") == {"q20": {"se:mini:q10": 2}}


def test_accepted_answer_grade_two_and_negative_score_zero():
    qs = [
        {"id": 1, "created": "2020-01-01T00:00:00", "accepted_answer_id": None, "links": [],
         "answers": [{"id": 2, "owner_user_id": 7, "score": 1, "created": "2020-01-02T00:00:00"}], "title": "", "body_text": ""},
        {"id": 3, "created": "2020-02-01T00:00:00", "accepted_answer_id": 5,
         "links": [{"related_question_id": 1, "link_type": "related"}],
         "answers": [{"id": 4, "owner_user_id": 8, "score": -1, "created": "2020-02-02T00:00:00"},
                     {"id": 5, "owner_user_id": 7, "score": 0, "created": "2020-02-03T00:00:00"},
                     {"id": 6, "owner_user_id": 9, "score": 0, "created": "2020-02-03T00:00:00"}],
         "title": "", "body_text": ""},
    ]
    split = split_holdout(Path("s"), share=0.5, questions=qs)
    assert [q["id"] for q in split.test] == [3]
    assert expert_qrels(split, "s", {"se:s:u7", "se:s:u8", "se:s:u9"}) == {"q3": {"se:s:u7": 2, "se:s:u9": 1}}
    assert duplicate_qrels(split, "s") == {"q3": {"se:s:q1": 1}}


def test_too_few_questions():
    with pytest.raises(HoldoutError, match="at least 2"):
        split_holdout(Path("s"), questions=[])
