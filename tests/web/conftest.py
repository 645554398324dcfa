"""Web fixtures: one real index of corpora/tiny (plus planted items: a hostile thread, a thread
naming other items' ids, a hostile Markdown document and a private one) per session, one app
over it, warmed up once; clients as anonymous, trusted-proxy or untrusted visitors."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "corpora" / "tiny"
XSS_TITLE = '<script>alert("t")</script> <img src=x onerror=alert(1)> Pompe doseuse bruyante'
XSS_THREAD = {
    "id": "t99", "community": "c-usine", "title": XSS_TITLE, "tags": ["pompe", "<b>tag</b>"],
    "created": "2024-10-01T09:00:00",
    "posts": [
        {"id": "t99-1", "author": "p4", "created": "2024-10-01T09:00:00", "votes": 0, "accepted": False,
         "body": "La pompe doseuse fait un bruit <script>alert('body')</script> au démarrage."},
        {"id": "t99-2", "author": "p1", "created": "2024-10-01T10:00:00", "votes": 1, "accepted": True,
         "body": "Purge la pompe doseuse <img src=x onerror=alert(2)> et vérifie le clapet."},
    ],
}

# names a visible thread (t01), a visible document (d3), a private thread (t10) and an unknown id
REF_THREAD = {
    "id": "t98", "community": "c-usine", "title": "Redémarrage après vidange du circuit", "tags": ["vidange"],
    "created": "2024-10-02T09:00:00", "source": "discourse", "url": "https://forum.example/t/98",
    "posts": [
        {"id": "t98-1", "author": "p4", "created": "2024-10-02T09:00:00", "votes": 0, "accepted": False,
         "body": "Quelle procédure après une vidange complète du circuit ?"},
        {"id": "t98-2", "author": "p3", "created": "2024-10-02T10:00:00", "votes": 2, "accepted": False,
         "body": "Déjà traité ici : t01, et le cas d3. Voir aussi t10 et t9999."},
        {"id": "t98-3", "author": "p1", "created": "2024-10-02T11:00:00", "votes": 1, "accepted": False,
         "body": "Purger chaque point haut avant de démarrer."},
    ],
}
HOSTILE_DOC = """---
id: d90
title: "Fiche réflexe vidange"
kind: method
community: c-usine
authors: [p3, p8]
created: 2024-05-01
language: fr
---

# Fiche réflexe vidange

<script>alert('doc')</script> [clic](javascript:alert(1)) <img src=x onerror=alert(3)>

- **Purger** les points hauts
- [Procédure](https://intranet.example/purge)
"""
SECRET_DOC = """---
id: d91
title: "Zorglub : note de cadrage"
kind: guide
community: c-secret
authors: [p6]
created: 2024-02-01
language: fr
---

# Zorglub

Note de cadrage confidentielle.
"""


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from indexer.settings import Settings

    base = tmp_path_factory.mktemp("web")
    corpus = base / "corpus"
    shutil.copytree(TINY, corpus)
    with open(corpus / "threads.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(XSS_THREAD, ensure_ascii=False) + "\n")
        f.write(json.dumps(REF_THREAD, ensure_ascii=False) + "\n")
    (corpus / "documents" / "c-usine" / "fiche-vidange.md").write_text(HOSTILE_DOC, encoding="utf-8")
    (corpus / "documents" / "c-secret").mkdir(exist_ok=True)
    (corpus / "documents" / "c-secret" / "zorglub.md").write_text(SECRET_DOC, encoding="utf-8")
    db = base / "tiny.db"
    store = Store(db)
    report = import_corpus(store, corpus)
    assert report.ok, [str(p) for p in report.problems]
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    return db


def make_app(db, **settings):
    from matcher import Settings
    from web import create_app

    s = Settings(**{"model": "hash", "trust_user_header": True, "rate_limit_per_minute": 100_000, **settings})
    return create_app(settings=s, db_path=db, test_config={"TESTING": True, "WARMUP": False})


@pytest.fixture()
def app_factory(web_db):
    """make(**settings) -> a fresh app over the session's database (its own rate limiter)."""
    return lambda **settings: make_app(web_db, **settings)


@pytest.fixture(scope="session")
def app(web_db):
    app = make_app(web_db)
    sv = app.extensions["savoir"]
    for mode in ("experts", "threads", "communities"):  # load index, spaCy and the embedder once
        sv.search("pompe", mode=mode, k=3)
    return app


@pytest.fixture()
def client(app):
    """Anonymous visitor from the trusted proxy address (no user header)."""
    return app.test_client()


@pytest.fixture()
def as_user(app):
    """A client whose requests carry the user header from a trusted proxy address."""
    def make(person: str | None, remote: str = "127.0.0.1"):
        headers = {"X-Forwarded-User": person} if person else {}
        return app.test_client(), {"headers": headers, "environ_base": {"REMOTE_ADDR": remote}}
    return make
