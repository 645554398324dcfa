"""Reliability fixtures: corpora/tiny plus planted hostile records, indexed once per session
(in this process, so that forked children of the drills start warm), and apps over it."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRILLS = ROOT / "scripts" / "drills"
if str(DRILLS) not in sys.path:
    sys.path.insert(0, str(DRILLS))

XSS_TITLE = "<script>alert('title')</script><img src=x onerror=alert('img')> Vanne papillon grippée"
XSS_NAME = "<img src=x onerror=alert('name')>Zoé <b>Gras</b>"
XSS_COMMUNITY = "<svg onload=alert('comm')>Atelier HTML</svg>"
HOSTILE = {
    "people": [{"id": "p10", "name": XSS_NAME, "title": "<i>Technicienne</i> vannes",
                "profile": "Vannes papillon, robinetterie, <script>alert('profile')</script>"}],
    "communities": [{"id": "c-html", "name": XSS_COMMUNITY, "kind": "practice", "visibility": "open",
                     "domain": "Robinetterie <iframe src=//evil.example></iframe>", "coordinator": "p10"}],
    "memberships": [{"person": "p10", "community": "c-html", "role": "coordinator"}],
    "threads": [{"id": "t98", "community": "c-html", "title": XSS_TITLE, "tags": ["vanne", "<b>x</b>"],
                 "created": "2024-10-03T09:00:00",
                 "posts": [{"id": "t98-1", "author": "p4", "created": "2024-10-03T09:00:00",
                            "body": "La vanne papillon est grippée <script>alert('body')</script>."},
                           {"id": "t98-2", "author": "p10", "created": "2024-10-03T10:00:00", "accepted": True,
                            "body": "Dégripper la vanne papillon <img src=x onerror=alert('answer')> et graisser."}]}],
}


def write_hostile_corpus(dest: Path) -> Path:
    shutil.copytree(ROOT / "corpora" / "tiny", dest)
    for name, recs in HOSTILE.items():
        with open(dest / f"{name}.jsonl", "a", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return dest


@pytest.fixture(scope="session")
def warm():
    import drillkit

    drillkit.warm()
    return drillkit


@pytest.fixture(scope="session")
def rel_db(tmp_path_factory, warm) -> Path:
    base = tmp_path_factory.mktemp("reliability")
    corpus = write_hostile_corpus(base / "corpus")
    db = base / "savoir.db"
    warm.index_corpus(db, corpus)
    return db


def make_app(db, **settings):
    import drillkit

    from web import create_app

    s = drillkit.settings(**{"trust_user_header": True, **settings})
    return create_app(settings=s, db_path=db, test_config={"TESTING": True, "WARMUP": False})


@pytest.fixture(scope="session")
def app(rel_db):
    app = make_app(rel_db)
    for mode in ("experts", "threads", "communities"):
        app.extensions["savoir"].search("pompe", mode=mode, k=3)
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


def visitor(app, person=None, remote="127.0.0.1"):
    """(client, request kwargs) for a visitor: the user header from ``remote``."""
    headers = {"X-Forwarded-User": person} if person else {}
    return app.test_client(), {"headers": headers, "environ_base": {"REMOTE_ADDR": remote}}
