"""The ask and inbox pages and POST /api/questions over a private copy of the web database."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from .conftest import make_app


@pytest.fixture(scope="module")
def ask_app(web_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("ask") / "web.db"
    shutil.copy(web_db, db)
    shutil.copytree(str(web_db) + ".index", str(db) + ".index", symlinks=True)
    return make_app(db)


def user(app, person=None):
    c = app.test_client()
    if person:
        c.environ_base.update({"HTTP_X_FORWARDED_USER": person, "REMOTE_ADDR": "127.0.0.1"})
    return c


def counts(app) -> tuple:
    conn = sqlite3.connect(app.extensions["savoir"].db_path)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("questions", "routings", "outbox", "answers"))
    finally:
        conn.close()


def test_api_question_is_routed_to_three_people_and_answered(ask_app):
    r = user(ask_app, "p4").post("/api/questions", json={"title": "Pompe qui cavite au redémarrage",
                                                         "body": "Bruit de cavitation sur la pompe P-12"})
    assert r.status_code == 201, r.get_json()
    q = r.get_json()
    routed = [x["person"] for x in q["routings"]]
    assert len(routed) == 3 and "p4" not in routed and q["community"] == "c-usine"
    assert all(x["why"] for x in q["routings"])
    first = user(ask_app, routed[0])
    assert q["id"] in first.get("/inbox").get_data(as_text=True)
    r = first.post(f"/questions/{q['id']}/answer", data={"body": "Vérifier la hauteur d'aspiration."})
    assert r.status_code == 303
    assert "Vérifier la hauteur" in user(ask_app, "p4").get(f"/questions/{q['id']}").get_data(as_text=True)


@pytest.mark.parametrize("payload, status", [
    ({"title": "", "body": "x"}, 400),
    ({"title": "Pompe", "body": "x" * 10_001}, 400),
    ({"title": "Pompe", "body": "x" * 70_000}, 413),            # beyond the request size limit
    ({"title": "Pompe", "body": "", "community": "c-usine", "people": ["p999"]}, 400),
    ({"title": "Pompe", "body": "", "community": "c-nowhere", "people": ["p1"]}, 400),
    ({"title": "Zorglub", "body": "", "community": "c-secret", "people": ["p6"]}, 400),  # p4 is no member
    (["not", "an", "object"], 400),
])
def test_bad_input_is_a_4xx_with_nothing_stored(ask_app, payload, status):
    before = counts(ask_app)
    r = user(ask_app, "p4").post("/api/questions", json=payload)
    assert r.status_code == status and "error" in r.get_json()
    assert counts(ask_app) == before


def test_anonymous_visitors_cannot_ask(ask_app):
    before = counts(ask_app)
    assert user(ask_app).post("/api/questions", json={"title": "Pompe", "body": ""}).status_code == 401
    assert user(ask_app).get("/ask").status_code == 401 and user(ask_app).get("/inbox").status_code == 401
    assert counts(ask_app) == before


def test_a_private_question_is_hidden_from_outsiders(ask_app):
    r = user(ask_app, "p6").post("/api/questions", json={"title": "Zorglub : calendrier", "body": "",
                                                         "community": "c-secret", "people": ["p7"]})
    assert r.status_code == 201
    qid = r.get_json()["id"]
    assert user(ask_app, "p7").get(f"/questions/{qid}").status_code == 200
    for outsider in (user(ask_app, "p1"), user(ask_app)):
        assert outsider.get(f"/questions/{qid}").status_code == 404
        assert outsider.get(f"/api/questions/{qid}").status_code == 404


def test_escalated_questions_are_listed_on_the_community_page(ask_app):
    from matcher import notify

    sv = ask_app.extensions["savoir"]
    r = user(ask_app, "p4").post("/api/questions", json={"title": "Compresseur qui tourne la nuit", "body": "",
                                                         "community": "c-usine", "people": ["p3"]})
    qid = r.get_json()["id"]
    later = dt.datetime.now() + dt.timedelta(hours=sv.settings.routing.escalate_after_hours + 1)
    assert qid in notify.run(sv.store, sv.settings, now=later)["escalated"]
    page = user(ask_app).get("/communities/c-usine").get_data(as_text=True)
    assert 'id="unanswered"' in page and "Compresseur qui tourne la nuit" in page
    assert qid in user(ask_app, "p6").get("/inbox").get_data(as_text=True)    # the coordinator's inbox


def test_routing_preferences_are_edited_on_the_inbox_page(ask_app):
    c = user(ask_app, "p3")
    assert c.post("/inbox/prefs", data={"weekly_cap": "2", "unavailable_until": "2030-01-01",
                                        "notify": "digest"}).status_code == 303
    page = c.get("/inbox").get_data(as_text=True)
    assert 'value="2030-01-01"' in page and 'value="digest" selected' in page
    assert c.post("/inbox/prefs", data={"weekly_cap": "many"}).status_code == 400
    c.post("/inbox/prefs", data={})
