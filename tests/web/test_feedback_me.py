"""My profile (/me, /api/me, export) and feedback (/api/feedback, /feedback) over HTTP, as a
demo-signed-in viewer; `savoir eval feedback` against a hand computation."""
from __future__ import annotations

import json
import math
import shutil

import pytest

from .test_demo import sign_in, token


@pytest.fixture()
def fresh_db(web_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(web_db, db)
    shutil.copytree(str(web_db) + ".index", str(db) + ".index", symlinks=True)
    return db


@pytest.fixture()
def demo(fresh_db):
    from .conftest import make_app

    return make_app(fresh_db, trust_user_header=False, demo_signin=True, feedback_per_hour=5)


def fb(c, **body):
    base = {"query": "cavitation", "mode": "experts", "result_id": "p1", "rank": 1, "verdict": "helpful"}
    return c.post("/api/feedback", json={**base, **body})


def count(app):
    return app.extensions["savoir"].store.conn.execute("SELECT count(*) FROM feedback").fetchone()[0]


def test_me_page_choices_and_export(demo):
    c = demo.test_client()
    assert c.get("/me").status_code == 401 and c.get("/api/me/export").status_code == 401
    sign_in(c, "p1")
    html = c.get("/me").get_data(as_text=True)
    assert "NPSH" in html and 'id="export"' in html
    tok = token(c, "/me")
    assert c.post("/me/choice", data={"kind": "topic_hidden", "value": "NPSH"}).status_code == 403   # no token
    assert c.post("/me/choice", data={"csrf": tok, "kind": "topic_hidden", "value": "NPSH"}).status_code == 302
    c.post("/me/choice", data={"csrf": tok, "kind": "ask_me", "value": "pompes doseuses"})
    me = c.get("/api/me").get_json()["profile"]
    assert {t["topic"]: t["state"] for t in me["topics"]}["NPSH"] == "hidden"
    assert me["declared"]["ask_me"] == ["pompes doseuses"]
    assert [e["kind"] for e in me["log"]] == ["ask_me", "topic_hidden"]
    page = c.get("/api/people/p1").get_json()
    assert "NPSH" not in [t["topic"] for t in page["topics"]] and all("count" in t for t in page["topics"])
    assert page["declared"]["ask_me"] == ["pompes doseuses"]
    exp = c.get("/api/me/export")
    assert "attachment" in exp.headers["Content-Disposition"]
    data = json.loads(exp.get_data(as_text=True))
    assert data["person"]["id"] == "p1" and data["choices"]["topic_hidden"] == ["NPSH"]
    assert c.post("/me/choice", data={"csrf": tok, "kind": "nonsense", "value": "x"}).status_code == 400


def test_feedback_is_stored_once_valid_and_refused_otherwise(demo):
    c = demo.test_client()
    assert fb(c).status_code == 401                                      # anonymous
    sign_in(c, "p4")
    assert count(demo) == 0
    for bad in ({"verdict": "great"}, {"query": ""}, {"mode": "x"}, {"rank": 0}, {"result_id": None},
                {"verdict": "not_my_topic"},                              # not their own card
                {"verdict": "solved"},                                    # not a thread
                {"mode": "communities", "result_id": "c-secret"},         # not a member
                {"mode": "threads", "result_id": "t-none"}):
        assert fb(c, **bad).status_code == 400, bad
    assert c.post("/api/feedback", data={"query": "x"}).status_code == 400   # not JSON
    assert count(demo) == 0
    assert fb(c).status_code == 201
    assert fb(c, result_id="p4", verdict="not_my_topic").status_code == 201
    assert fb(c, mode="threads", result_id="t01", verdict="solved").status_code == 201
    assert count(demo) == 3
    for _ in range(2):
        fb(c)
    assert fb(c).status_code == 429 and count(demo) == 5                  # 5 per hour here


def test_feedback_forms_on_cards_work_without_script(demo):
    c = demo.test_client()
    sign_in(c, "p1")
    html = c.get("/search?q=cavitation&tab=experts").get_data(as_text=True)
    assert 'data-verdict="helpful"' in html and 'data-verdict="not_my_topic"' in html
    tok = token(c, "/search?q=cavitation")
    resp = c.post("/feedback", data={"csrf": tok, "query": "cavitation", "mode": "experts", "result_id": "p1",
                                     "rank": "1", "verdict": "not_my_topic", "next": "/search?q=cavitation"})
    assert resp.status_code == 302 and count(demo) == 1
    assert c.post("/feedback", data={"query": "cavitation", "mode": "experts", "result_id": "p1", "rank": "1",
                                     "verdict": "helpful"}).status_code == 403 and count(demo) == 1


def test_private_feedback_is_purged_when_membership_is_lost(demo):
    from indexer.userdata import feedback as feedback_db

    c = demo.test_client()
    sign_in(c, "p7")
    assert fb(c, mode="communities", result_id="c-secret").status_code == 201
    assert fb(c, mode="communities", result_id="c-data").status_code == 201
    store = demo.extensions["savoir"].store
    with store.transaction():
        store.conn.execute("DELETE FROM memberships WHERE person = 'p7' AND community = 'c-secret'")
    assert feedback_db.purge(store) == 1
    assert [r["result"] for r in feedback_db.rows(store.conn)] == ["c-data"]


def test_eval_feedback_equals_a_hand_computation(fresh_db):
    from click.testing import CliRunner

    from indexer.store import Store
    from indexer.userdata import feedback as feedback_db
    from matcher.cli import cli

    store = Store(fresh_db)
    rec = lambda q, res, rank, v, viewer="p4": feedback_db.record(store, viewer, q, "experts", res, rank, v, None)  # noqa: E731
    rec("cavitation", "p1", 1, "helpful")
    rec("cavitation", "p3", 2, "not_helpful")
    rec("ATEX", "p3", 1, "not_helpful")
    rec("ATEX", "p1", 2, "helpful")
    rec("ATEX", "p1", 2, "not_helpful", viewer="p6")          # a tie is not relevant ...
    rec("ATEX", "p1", 2, "helpful", viewer="p8")              # ... two against one is
    rec("power bi", "p2", 3, "not_my_topic", viewer="p2")     # no relevant result: not judged
    store.close()
    result = CliRunner().invoke(cli, ["eval", "feedback", "--db", str(fresh_db), "--json"], env={"SAVOIR_MODEL": "hash"})
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)["feedback-experts"]
    rec_m = out["recorded"]
    # cavitation: relevant p1 at rank 1 -> ndcg 1, AP 1, RR 1, P@1 1; ATEX: relevant p1 at rank 2
    assert rec_m["n"] == 2
    assert rec_m["mrr"] == pytest.approx((1 + 0.5) / 2, abs=1e-4)
    assert rec_m["map"] == pytest.approx((1 + 0.5) / 2, abs=1e-4)
    assert rec_m["p@1"] == pytest.approx(0.5, abs=1e-4)
    assert rec_m["ndcg@10"] == pytest.approx((1 + 1 / math.log2(3)) / 2, abs=1e-4)
    assert rec_m["recall@100"] == pytest.approx(1.0)
    assert set(out) >= {"recorded", "hybrid", "bm25", "dense"}
