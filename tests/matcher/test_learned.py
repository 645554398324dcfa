"""matcher.features and matcher.learned over the tiny corpus: a past question sees nothing of its
own thread or of what came after it; a learned score keeps its evidence and says which features
moved it; a stored model is used only when it was adopted."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from tests.conftest import TINY, build_db


def _ctx(sv):
    from eval.runner import _eval_context

    ctx = _eval_context(sv)
    ctx.settings = sv.settings
    return ctx


def _question(sv):
    """The answered thread of the tiny corpus whose question is the newest but one."""
    from eval.tune import history_questions

    qs = history_questions(sv)
    assert len(qs) >= 3
    return qs[-2]


def test_a_past_question_sees_nothing_of_its_thread_or_later(tiny):
    from matcher.features import FEATURES, Cut, candidates
    from matcher.retrieval import Query

    sv, snap = tiny, tiny.snapshot()
    q = _question(sv)
    analyzer = sv.analyzer()
    query = Query(q.text, analyzer.query_tokens(q.text), sv.embed_query(q.text, snap.manifest["models"]))
    c = candidates(_ctx(sv), query, Cut(q.day, q.thread), analyzer=analyzer)
    for row in c.scores.fused:
        assert snap.thread[row] != q.thread
        assert math.isnan(snap.created_days[row]) or snap.created_days[row] < q.day
    # activity: the visible answers strictly before the question, counted by hand
    col = FEATURES.index("answers_all")
    hidden = _ctx(sv).access.hidden
    assert hidden        # the tiny corpus has a private community: its answers do not count
    before: dict = {}
    for thread, answers in snap.answerers.items():
        for p, _, row in answers:
            if snap.created_days[row] < q.day and snap.community[row] not in hidden:
                before[p] = before.get(p, 0) + 1
    for i, p in enumerate(c.people):
        assert c.matrix[i, col] == pytest.approx(before.get(p, 0))
    # without the cut the question's own answerers have their answer to it counted
    full = candidates(_ctx(sv), query, analyzer=analyzer)
    assert any(snap.thread[r] == q.thread for r in full.scores.fused)


def test_a_search_counts_activity_once_per_build_minus_what_the_viewer_does_not_see(tiny):
    """The served features come from tables computed once per build, the viewer's hidden
    communities subtracted: the same counts as the answers they see, counted by hand."""
    from matcher.features import FEATURES, candidates, history
    from matcher.retrieval import Query

    sv, snap = tiny, tiny.snapshot()
    q = _question(sv)
    analyzer = sv.analyzer()
    query = Query(q.text, analyzer.query_tokens(q.text), sv.embed_query(q.text, snap.manifest["models"]))
    ctx = _ctx(sv)
    hidden = ctx.access.hidden
    assert hidden
    c = candidates(ctx, query, analyzer=analyzer)
    newest = history(ctx, analyzer).newest
    seen: dict = {}
    last: dict = {}
    for answers in snap.answerers.values():
        for p, _, row in answers:
            if snap.community[row] not in hidden:
                seen[p] = seen.get(p, 0) + 1
                last[p] = max(last.get(p, -math.inf), snap.created_days[row])
    counted, since = FEATURES.index("answers_all"), FEATURES.index("days_since_answer")
    assert any(c.matrix[i, counted] for i in range(len(c.people)))
    for i, p in enumerate(c.people):
        assert c.matrix[i, counted] == pytest.approx(seen.get(p, 0))
        if p in last:
            assert c.matrix[i, since] == pytest.approx(newest - last[p], abs=1e-3)


def _toy_ranker(report):
    """A LightGBM ranker fitted on random candidates where hand_score decides."""
    import lightgbm

    from matcher.features import FEATURES
    from matcher.learned import LearnedRanker

    rng = np.random.default_rng(0)
    X = rng.random((400, len(FEATURES))).astype(np.float32)
    hs = FEATURES.index("hand_score")
    y = (X[:, hs] > 0.7).astype(float) + (X[:, hs] > 0.9)
    booster = lightgbm.train({"objective": "lambdarank", "verbose": -1, "num_threads": 1, "min_data_in_leaf": 5},
                             lightgbm.Dataset(X, y, group=[20] * 20), num_boost_round=10)
    return LearnedRanker(booster, FEATURES, report)


def test_a_learned_score_keeps_its_evidence_and_shows_what_moved_it(tiny):
    from matcher.experts import search_experts

    sv = tiny
    ctx = _ctx(sv)
    query = sv.make_query("pompe cavitation")
    hand = search_experts(ctx, query, "hybrid", 5, ranker=None)
    learned = search_experts(ctx, query, "hybrid", 5, ranker=_toy_ranker({"adopted": True}))
    assert learned and {e.id for e in learned} & {e.id for e in hand}
    for e in learned:
        moved = e.breakdown["learned"]["moved_by"]
        assert len(moved) == 3 and all({"feature", "value", "contribution"} <= set(m) for m in moved)
        assert e.why
        if e.breakdown["content"] > 0:
            assert e.evidence and e.why.startswith("Matching")
    assert "learned" not in hand[0].breakdown


def test_concurrent_learned_searches_explain_each_their_own_people(tiny):
    """The explanations are computed on worker threads (matcher.learned.rank): searches run at
    once from several threads get the same results and explanations as one after another."""
    from concurrent.futures import ThreadPoolExecutor

    from matcher.experts import search_experts

    sv = tiny
    ranker = _toy_ranker({"adopted": True})
    queries = ["pompe cavitation", "gateway refresh", "joint torique", "pump seal", "planning", "cavitation"] * 2

    def run(q):
        return [(e.id, e.score, e.breakdown.get("learned")) for e in
                search_experts(_ctx(sv), sv.make_query(q), "hybrid", 5, ranker=ranker)]

    alone = [run(q) for q in queries]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(run, queries))
    assert together == alone
    assert any(r for r in alone) and all(e[2]["moved_by"] for r in alone for e in r)


def test_a_stored_model_is_used_only_when_adopted(tmp_path):
    from matcher import Savoir, Settings
    from matcher.learned import LEARNED_FOLDER, REPORT_FILE, learned_dir

    db = tmp_path / "t.db"
    build_db(TINY, db)
    folder = learned_dir(db)
    assert folder.parent.name == db.name + ".index" and folder.name == LEARNED_FOLDER
    _toy_ranker({"adopted": False}).save(folder)
    sv = Savoir.open(db, Settings(model="hash"))
    res = sv.search("pompe cavitation", mode="experts", k=3).results
    assert res and "learned" not in res[0].breakdown
    (folder / REPORT_FILE).write_text(json.dumps({"adopted": True}))
    sv = Savoir.open(db, Settings(model="hash"))
    res = sv.search("pompe cavitation", mode="experts", k=3).results
    assert res and "learned" in res[0].breakdown
    sv = Savoir.open(db, Settings(model="hash", ranker="hand"))
    assert "learned" not in sv.search("pompe cavitation", mode="experts", k=3).results[0].breakdown


def test_tune_with_too_little_history_keeps_the_hand_made_ranking(tmp_path):
    from click.testing import CliRunner

    from matcher.cli import cli
    from matcher.learned import learned_dir

    db = tmp_path / "t.db"
    build_db(TINY, db)
    result = CliRunner().invoke(cli, ["tune", "--db", str(db)], env={"SAVOIR_MODEL": "hash"})
    assert result.exit_code == 0, result.output
    assert "not adopted" in result.output and "more" in result.output and "nothing changed" in result.output
    assert not learned_dir(db).exists()


def _check(learned: float, hand: float, p: float) -> dict:
    return {"metrics": {"learned": {"ndcg@10": learned}, "hybrid": {"ndcg@10": hand}},
            "tests": {"hybrid:ndcg@10": {"p_value": p}}}


def test_adoption_needs_enough_history_and_a_better_validation_score_not_a_significant_one():
    from eval.tune import MIN_QUESTIONS, adoption

    adopted, why = adoption(MIN_QUESTIONS - 87, 40, _check(0.55, 0.52, 0.01))
    assert not adopted and "87 more" in why
    adopted, why = adoption(MIN_QUESTIONS, 60, _check(0.50, 0.50, None))
    assert not adopted and "not better" in why
    adopted, why = adoption(MIN_QUESTIONS + 200, 100, _check(0.416, 0.408, 0.691))
    assert adopted and "0.416" in why and "p 0.691" in why


def test_eval_serves_the_hand_made_ranking_where_the_validation_did_not_adopt_the_model(tiny):
    """`learned` in `savoir eval` is what a search would serve after `savoir tune`: the
    hand-made ranking when the validation did not adopt the model; `learned-model` is the model."""
    from eval.runner import prepare_queries, run_variant
    from eval.variants import Variant
    from matcher import Savoir

    sv = Savoir.open(tiny.db_path, tiny.settings)
    for adopted in (False, True):
        sv._eval_learned = (_toy_ranker({"adopted": adopted}), {"adopted": adopted, "reason": "test"})
        queries = prepare_queries(sv, {"q1": "pompe cavitation aspiration", "q2": "soudure inox"})
        served, _ = run_variant(sv, queries, "experts", Variant("learned", "learned"))
        hand, _ = run_variant(sv, queries, "experts", Variant("hybrid", "hybrid"))
        model, _ = run_variant(sv, queries, "experts", Variant("learned-model", "learned-model"))
        assert served["q1"] and model != hand
        assert served == (model if adopted else hand)



@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="os.fork is POSIX only")
def test_a_forked_process_explains_on_its_own_threads():
    """A server that forks workers after a search: the child's explanation pool is its own (the
    parent's threads do not exist in the child; reusing its pool would wait for ever)."""
    import os

    from matcher import learned

    assert learned._explainer().submit(lambda: 1).result(timeout=10) == 1     # the parent's pool, in use
    pid = os.fork()
    if pid == 0:        # the child: exit 0 only if its own pool runs the work
        try:
            ok = learned._explainer().submit(lambda: 2).result(timeout=10) == 2
        except Exception:
            ok = False
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
