"""Held-out evaluation on a Stack Exchange dump (a time split, as in expert-finding studies on
community QA: Riahi et al. 2012; Dargahi Nobari et al. 2017).

- test questions: the newest ``share`` (10%) of the questions, by CreationDate, among those with
  at least one answer by a known user (an ``OwnerUserId``);
- the index holds everything created strictly before the oldest test question
  (``import_stackexchange(..., before=cutoff)``), so no test answer is visible;
- query = the test question's title and body text;
- experts: the test question's answerers present in the index (a person with at least one
  indexed chunk: a post, a comment or a profile); the accepted answer's author grade 2, the
  other answerers whose answer scored >= 0 grade 1;
- duplicates (mode threads): the indexed questions the test question links to; duplicate
  (LinkTypeId 3) grade 2, related (1) grade 1; thread ids ``se:<site>:q<Id>``.

A test question without any judged item for a task is not a query of that task.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import BadInput

from .runner import Task

__all__ = ["HoldoutError", "Holdout", "split_holdout", "holdout_tasks", "expert_qrels", "duplicate_qrels"]


class HoldoutError(BadInput):
    """A dump that cannot give a held-out split; the message says why."""


@dataclass
class Holdout:
    site: str
    cutoff: str                 # ISO date-time of the oldest test question
    test: list                  # test questions (read_questions items)
    candidates: int             # answered questions with a known answerer
    questions: int              # all questions of the dump
    indexed_questions: set      # ids of questions created before the cutoff

    def describe(self) -> dict:
        return {"cutoff": self.cutoff, "test_questions": len(self.test), "answered_with_known_user": self.candidates,
                "questions": self.questions, "indexed_questions": len(self.indexed_questions)}


def split_holdout(dump_dir: str | Path, share: float = 0.1, questions: list | None = None) -> Holdout:
    """The newest ``share`` of the answered questions (see the module docstring)."""
    from indexer.importers.stackexchange import read_questions

    if not 0 < share < 1:
        raise HoldoutError(f"test share {share} must be between 0 and 1 (0.1 holds out the newest 10%)")
    dump_dir = Path(dump_dir)
    qs = questions if questions is not None else read_questions(dump_dir)
    answered = [q for q in qs if q["created"] and any(a["owner_user_id"] is not None for a in q["answers"])]
    if len(answered) < 2:
        raise HoldoutError(f"{dump_dir}: {len(answered)} answered question(s) with a known answerer; "
                           "a held-out split needs at least 2")
    answered.sort(key=lambda q: (q["created"], q["id"]))
    n_test = max(1, math.ceil(len(answered) * share))
    test = answered[-n_test:]
    cutoff = test[0]["created"]
    indexed = {q["id"] for q in qs if q["created"] and q["created"] < cutoff}
    return Holdout(dump_dir.resolve().name, cutoff, test, len(answered), len(qs), indexed)


def expert_qrels(split: Holdout, site: str, present: set) -> dict:
    """query id -> {person id: grade}: accepted answerer 2, other answerers with score >= 0 1,
    keeping only people present in the index."""
    qrels = {}
    for q in split.test:
        rel: dict[str, int] = {}
        for a in q["answers"]:
            if a["owner_user_id"] is None:
                continue
            pid = f"se:{site}:u{a['owner_user_id']}"
            if pid not in present:
                continue
            grade = 2 if a["id"] == q["accepted_answer_id"] else (1 if a["score"] >= 0 else 0)
            if grade > rel.get(pid, 0):
                rel[pid] = grade
        if rel:
            qrels[f"q{q['id']}"] = rel
    return qrels


def duplicate_qrels(split: Holdout, site: str) -> dict:
    """query id -> {thread id: grade}: linked indexed questions, duplicate 2, related 1."""
    qrels = {}
    for q in split.test:
        rel = {f"se:{site}:q{l['related_question_id']}": 2 if l["link_type"] == "duplicate" else 1
               for l in q["links"] if l["related_question_id"] in split.indexed_questions}
        if rel:
            qrels[f"q{q['id']}"] = rel
    return qrels


def _present(store) -> set:
    """People the index can return: those credited with at least one chunk."""
    rows = store.conn.execute("SELECT DISTINCT person FROM chunks WHERE person IS NOT NULL").fetchall()
    return {r[0] for r in rows}


def holdout_tasks(split: Holdout, store, site: str | None = None) -> list[Task]:
    site = site or split.site
    queries = {f"q{q['id']}": f"{q['title']}\n{q['body_text']}" for q in split.test}
    return [Task("experts", "experts", queries, expert_qrels(split, site, _present(store)),
                 empty_reason="no test question has an answerer present in the index"),
            Task("duplicates", "threads", queries, duplicate_qrels(split, site),
                 empty_reason="no test question links (duplicate or related, PostLinks.xml) to an indexed question")]
