"""The activity-only baselines of the expert task, recomputed from the posts table."""
from datetime import datetime

import pytest


def _answers(sv):
    ctx = sv.context(None)
    rows = sv.store.conn.execute(
        "SELECT p.author, p.created, t.community FROM posts p JOIN threads t ON t.id = p.thread"
        " WHERE (p.kind = 'answer' OR p.accepted = 1) AND p.author IS NOT NULL AND trim(p.body) != ''").fetchall()
    return [(a, c) for a, c, comm in rows if ctx.access.sees_community(comm) and ctx.access.sees_person(a)]


def _order(scores: dict) -> list:
    return sorted(scores, key=lambda p: (-scores[p], p))


def test_most_active_counts_every_answer_once_and_prior_answers_ages_them(tiny_db):
    """most-active: people by their number of answers, however old (the issue's "most active
    answerer first"); prior-answers: the same answers weighted 2^(-age / 180 days), the age
    counted from the corpus's newest answer. The same ranking for every query."""
    from eval.runner import default_variants, run_variant
    from matcher import Savoir, Settings

    sv = Savoir.open(tiny_db, Settings(model="hash"))
    variants = {v.name: v for v in default_variants("experts", sv.settings)}
    rows = _answers(sv)
    days = lambda s: (datetime.fromisoformat(s[:19]) - datetime(1970, 1, 1)).total_seconds() / 86400
    newest = max(days(c) for _, c in rows)
    count: dict = {}
    aged: dict = {}
    for author, created in rows:
        count[author] = count.get(author, 0) + 1
        aged[author] = aged.get(author, 0.0) + 2 ** (-(newest - days(created)) / 180.0)
    queries = {"q1": None, "q2": None}
    most, _ = run_variant(sv, queries, "experts", variants["most-active"])
    recent, _ = run_variant(sv, queries, "experts", variants["prior-answers"])
    assert list(most["q1"]) == _order(count) and most["q1"] == most["q2"]
    assert most["q1"] == {p: pytest.approx(n) for p, n in count.items()}
    assert list(recent["q1"]) == _order(aged)
    assert recent["q1"] == {p: pytest.approx(v) for p, v in aged.items()}
    # the fixture's answers span enough time for the decay to matter
    assert any(abs(aged[p] - count[p]) > 0.5 for p in count)


def test_a_task_without_judged_queries_is_reported_as_not_evaluated(tiny_db, tmp_path):
    """A held-out window with no duplicate link gives the duplicates task no judged query: it
    is named with the reason, not scored 0 for every method (which reads as a measured failure)."""
    from eval.report import format_table, write_report
    from eval.runner import Task, Variant, run_tasks
    from matcher import Savoir, Settings

    sv = Savoir.open(tiny_db, Settings(model="hash"))
    person = sv.store.conn.execute("SELECT person FROM chunks WHERE person IS NOT NULL LIMIT 1").fetchone()[0]
    tasks = [Task("experts", "experts", {"q1": "pump vibration"}, {"q1": {person: 1}}),
             Task("duplicates", "threads", {"q1": "pump vibration"}, {"q1": {"t-unjudged": 0}},
                  empty_reason="no test question links to an indexed question")]
    ev = run_tasks(sv, "toy", tasks, variants=lambda mode, s: [Variant("bm25", "bm25"), Variant("hybrid", "hybrid")],
                   sweep=True)
    data = ev.to_json()
    assert set(data["tasks"]) == {"experts"} and data["tasks"]["experts"]["hybrid"]["n"] == 1
    assert data["skipped"] == {"duplicates": "no test question links to an indexed question"}
    assert "duplicates" not in data["sweeps"]
    table = format_table(ev)
    assert "duplicates: not evaluated (no test question links to an indexed question)" in table
    assert "duplicates (0 queries)" not in table
    page = write_report(ev, tmp_path / "r").read_text(encoding="utf-8")
    assert "not evaluated: no test question links to an indexed question" in page
