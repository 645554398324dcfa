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


def test_sweep_suggestions_name_the_setting_the_gain_and_whether_it_is_noise(tmp_path):
    """suggest(): the sweep value with the best nDCG@10, against hybrid as configured, with a
    paired test; "keep" when no value of the sweep beats the current setting."""
    from eval.suggest import suggest
    from matcher import Settings

    ev = _evaluation()
    task = ev.tasks["documents"]
    qrels = task.qrels
    perfect = {q: {next(iter(rel)): 1.0} for q, rel in qrels.items()}
    ev.sweeps["documents"] = {"alpha": {"0.3": {"ndcg@10": 0.2, "mrr": 0.2}, "0.9": evaluate(qrels, perfect)}}
    ev.sweep_runs["documents"] = {"alpha=0.3": {q: {} for q in qrels}, "alpha=0.9": perfect}
    s = suggest(ev, task, Settings(model="hash", alpha=0.6), "gated")["alpha"]
    assert s["change"] and s["best"] == 0.9 and s["current"] == 0.6
    assert s["best_ndcg@10"] == 1.0 > s["current_ndcg@10"] == ev.metrics["documents"]["hybrid"]["ndcg@10"]
    assert s["better"] == 1 and s["worse"] == 0          # hybrid misses only q5
    assert s["p_value"] is not None and not s["significant"]
    ev.suggestions["documents"] = {"alpha": s}
    table = format_table(ev)
    assert "alpha: 0.9 scores 1.000" in table and "not significant" in table and "SAVOIR_ALPHA=0.9" in table
    # a sweep that does no better: keep the current value; prior sweeps of the other form are ignored
    ev.sweeps["documents"] = {"alpha": {"0.3": {"ndcg@10": 0.2, "mrr": 0.2}},
                              "prior_floor": {"0.5": {"ndcg@10": 1.0, "mrr": 1.0}}}
    kept = suggest(ev, task, Settings(model="hash", alpha=0.6), "gated")
    assert set(kept) == {"alpha"} and kept["alpha"]["change"] is False
    ev.suggestions["documents"] = kept
    assert "alpha: keep 0.6" in format_table(ev)
    assert "Settings suggested by the sweeps" in write_report(ev, tmp_path / "r").read_text(encoding="utf-8")


def test_an_alpha_suggestion_under_rrf_says_to_switch_to_the_convex_fusion():
    from eval.suggest import suggest
    from matcher import Settings

    ev = _evaluation()
    qrels = ev.tasks["documents"].qrels
    perfect = {q: {next(iter(rel)): 1.0} for q, rel in qrels.items()}
    ev.sweeps["documents"] = {"alpha": {"0.9": evaluate(qrels, perfect)}}
    ev.sweep_runs["documents"] = {"alpha=0.9": perfect}
    tip = suggest(ev, ev.tasks["documents"], Settings(model="hash", alpha=0.6, fusion="rrf"), "gated")["alpha"]
    assert tip["with"] == {"fusion": "convex"}
    ev.suggestions["documents"] = {"alpha": tip}
    assert '`alpha = 0.9` and `fusion = "convex"`' in format_table(ev) and "SAVOIR_FUSION=convex" in format_table(ev)


def test_expert_report_compares_hybrid_with_content_and_with_activity_apart(tmp_path):
    """For experts the page compares hybrid with the better of BM25 and dense and, separately,
    with the best ranking by activity alone; an activity ranking is never called a single method."""
    ev = _evaluation()
    qrels = ev.tasks["documents"].qrels
    # an activity ranking that is right on every query: the best non-hybrid method overall
    most = {q: {next(iter(rel)): 1.0} for q, rel in qrels.items()}
    task = ev.tasks.pop("documents")
    ev.tasks["experts"] = Task("experts", "experts", task.queries, qrels)
    for store in (ev.metrics, ev.per_query, ev.runs, ev.returned, ev.sweeps):
        store["experts"] = store.pop("documents")
    ev.metrics["experts"]["most-active"] = evaluate(qrels, most)
    ev.per_query["experts"]["most-active"] = per_query(qrels, most)
    ev.runs["experts"]["most-active"] = most
    page = write_report(ev, tmp_path / "r").read_text(encoding="utf-8")
    assert "hybrid vs bm25 (the better single method, BM25 or dense)" in page
    assert "hybrid vs most-active (the best ranking by activity alone)" in page
    assert "hybrid vs most-active (the better single method" not in page
    import json
    comparisons = json.loads((tmp_path / "r" / "results.json").read_text())["comparisons"]["experts"]
    assert comparisons["single"]["baseline"] == "bm25" and comparisons["activity"]["baseline"] == "most-active"
    assert comparisons["activity"]["losses"] == 1 and comparisons["activity"]["wins"] == 0   # hybrid misses q5
