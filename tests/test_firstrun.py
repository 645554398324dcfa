"""First run: a lexical-only build answers at once (BM25, semantic pending), a real server then
serves the build with vectors when it is swapped in; no build re-embeds with another model
silently."""
from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SE_MINI = ROOT / "tests" / "fixtures" / "stackexchange" / "mini"


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read().decode("utf-8"))


@pytest.fixture()
def lexical_db(tmp_path, monkeypatch):
    import indexer.build as build
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.settings import Settings
    from indexer.store import Store

    monkeypatch.setattr(build, "LEXICAL_FIRST_MAX_EMBED", 0)   # the tiny corpus is small
    db = tmp_path / "first.db"
    store = Store(db)
    import_corpus(store, ROOT / "corpora" / "tiny")
    report = build_index(store, Settings(model="hash"), show_progress=False, lexical_first=True)
    store.close()
    assert report.vectors_pending and report.models == [] or report.vectors_pending
    return db


def test_a_real_server_answers_lexically_then_hybrid_after_the_vector_build(lexical_db):
    waitress = pytest.importorskip("waitress")
    from indexer import layout
    from indexer.background import complete_vectors, vectors_pending
    from matcher import Settings
    from web import create_app

    manifest = layout.read_manifest(layout.current_build(lexical_db))
    assert manifest["models"] == [] and manifest["vectors_pending"] is True
    settings = Settings(model="hash", rate_limit_per_minute=100_000)
    app = create_app(settings=settings, db_path=lexical_db, test_config={"WARMUP": False})
    srv = waitress.create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{srv.effective_port}"
    try:
        first = _get(f"{base}/api/search?q=pompe&mode=threads")
        assert first["semantic"] == "pending" and first["method"] == "bm25" and first["results"]
        with urllib.request.urlopen(f"{base}/search?q=pompe", timeout=30) as r:
            assert 'id="semantic-notice"' in r.read().decode("utf-8")
        # the progress file the page reads while the vectors are computed
        layout.write_progress(lexical_db, {"model": "hash", "done": 640, "total": 2180})
        status = _get(f"{base}/api/index/status")
        assert status["semantic"] == "pending" and status["done"] == 640 and "640 / 2,180" in status["notice"]

        report = complete_vectors(lexical_db, settings, log=lambda m: None, show_progress=False)
        assert report is not None and not report.vectors_pending and report.models == ["hash"]
        assert not vectors_pending(lexical_db) and layout.read_progress(lexical_db) is None
        after = _get(f"{base}/api/search?q=pompe&mode=threads")
        assert after["semantic"] == "ready" and after["method"] == "hybrid" and after["results"]
        assert _get(f"{base}/api/index/status") == {"semantic": "ready", "notice": None}
        with urllib.request.urlopen(f"{base}/search?q=pompe", timeout=30) as r:
            assert 'id="semantic-notice"' not in r.read().decode("utf-8")
    finally:
        srv.close()
        thread.join(timeout=5)


@pytest.fixture()
def switching_auto(monkeypatch):
    """``auto``: hash-64 for an English corpus, hash-128 once French chunks come (as minilm -> e5)."""
    import indexer.models as models

    real = models.resolve_models
    monkeypatch.setattr(models, "resolve_models",
                        lambda setting, french: (["hash-128"] if french >= 0.3 else ["hash-64"])
                        if setting == "auto" else real(setting, french))


def _embedded(db, model) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM embeddings WHERE model = ?", (model,)).fetchone()[0]


def test_an_import_that_would_switch_auto_to_another_model_keeps_it_without_reembed(tmp_path, switching_auto):
    from click.testing import CliRunner

    from indexer import layout
    from matcher.cli import cli

    db = tmp_path / "se.db"
    runner = CliRunner()
    out = runner.invoke(cli, ["import", "stackexchange", str(SE_MINI), "--db", str(db), "--community", "c-se"])
    assert out.exit_code == 0, out.output
    assert layout.read_manifest(layout.current_build(db))["models"] == ["hash-64"]
    english = _embedded(db, "hash-64")
    out = runner.invoke(cli, ["index", str(ROOT / "corpora" / "tiny"), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "model auto now calls for hash-128 instead of hash-64" in out.output
    assert f"{english:,} chunks, about" in out.output and "--reembed" in out.output
    assert layout.read_manifest(layout.current_build(db))["models"] == ["hash-64"]
    assert _embedded(db, "hash-128") == 0           # nothing re-embedded
    out = runner.invoke(cli, ["reindex", "--db", str(db), "--reembed"])
    assert out.exit_code == 0, out.output
    assert layout.read_manifest(layout.current_build(db))["models"] == ["hash-128"]
    assert _embedded(db, "hash-128") >= english


def test_an_explicit_model_change_over_the_share_is_refused_with_its_cost(tmp_path):
    from click.testing import CliRunner

    from matcher.cli import cli

    db = tmp_path / "se.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", "stackexchange", str(SE_MINI), "--db", str(db), "--no-index"]).exit_code == 0
    assert runner.invoke(cli, ["reindex", "--db", str(db), "--model", "hash-64"]).exit_code == 0
    out = runner.invoke(cli, ["reindex", "--db", str(db), "--model", "hash-32"])
    assert out.exit_code == 1 and "would re-embed" in out.output and "--reembed" in out.output
    # a second model added by choice reuses every cached vector of the first
    out = runner.invoke(cli, ["reindex", "--db", str(db), "--model", "hash-64+hash-32", "--reembed"])
    assert out.exit_code == 0, out.output
    assert "hash-64: 0 embedded" in out.output


def test_off_a_terminal_each_step_prints_one_line_with_counts_and_seconds(capsys):
    from indexer.progress import progress

    with progress(10, "embed x", True) as tick:
        tick(4)
        tick(6)
    line = capsys.readouterr().err.strip()
    assert line.startswith("embed x: 10/10 chunks in ") and " s" in line
