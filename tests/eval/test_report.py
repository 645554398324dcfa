"""eval.report on a synthetic evaluation (no index needed)."""
from __future__ import annotations

from eval.metrics import evaluate, per_query
from eval.report import best_single, format_table, write_report
from eval.runner import Evaluation, Task


def _evaluation() -> Evaluation:
    qrels = {f"q{i}": {f"d{i}": 1} for i in range(6)}
    runs = {
        "bm25": {f"q{i}": {f"d{i}": 1.0} if i % 2 else {"x": 1.0, f"d{i}": 0.5} for i in range(6)},
        "dense": {f"q{i}": {"x": 1.0} for i in range(6)},
        "hybrid": {f"q{i}": {f"d{i}": 1.0} if i != 5 else {} for i in range(6)},
    }
    ev = Evaluation(set="toy", models=["hash"], settings={"fusion": "convex", "alpha": 0.6, "prior_weight": 0.15})
    ev.tasks["documents"] = Task("documents", "threads", {q: f"text of {q}" for q in qrels}, qrels)
    for name, run in runs.items():
        ev.metrics.setdefault("documents", {})[name] = evaluate(qrels, run)
        ev.per_query.setdefault("documents", {})[name] = per_query(qrels, run)
        ev.runs.setdefault("documents", {})[name] = run
        ev.returned.setdefault("documents", {})[name] = {q: [(i, f"title {i}") for i in r] for q, r in run.items()}
    ev.sweeps["documents"] = {"alpha": {f"{a / 10:.1f}": {"ndcg@10": a / 10, "mrr": a / 10} for a in range(11)}}
    return ev


def test_table_and_html(tmp_path):
    ev = _evaluation()
    assert best_single(ev.metrics["documents"]) == "bm25"
    table = format_table(ev)
    assert "documents (6 queries)" in table and "hybrid" in table
    page = write_report(ev, tmp_path / "report").read_text(encoding="utf-8")
    assert page.count("<svg") >= 3                      # metrics, alpha sweep, per-query differences
    assert "hybrid vs bm25" in page and "t-test" in page
    assert "q5" in page and "<i>nothing</i>" in page    # the worst query returned nothing
    assert (tmp_path / "report" / "results.json").exists()
