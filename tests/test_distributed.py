"""Distributed indexing on Ray (indexer.distributed): same artefacts as an in-process build."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from tests.conftest import ROOT, TINY

FERRAND = ROOT / "corpora" / "ferrand"


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install savoir[ray])")
    pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install savoir[ray])")
    started = not ray.is_initialized()
    if started:
        for attempt in (1, 2):
            try:
                ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
                break
            except Exception as e:  # ray.init raises a bare Exception when its node times out
                ray.shutdown()
                if attempt == 2:
                    pytest.skip(f"a local Ray instance could not start on this machine ({e}); on an overloaded "
                                "machine the raylet times out waiting for its agents (ray-project/ray#65983)")
    yield ray
    if started:
        ray.shutdown()


def _build(corpus: Path, db: Path, compute=None, **settings):
    from indexer.build import build_index, current_build
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from indexer.settings import Settings

    store = Store(db)
    try:
        import_corpus(store, corpus)
        report = build_index(store, Settings(**{"model": "hash", **settings}), show_progress=False, compute=compute)
    finally:
        store.close()
    return report, current_build(db)


def _assert_same_index(a: Path, b: Path) -> None:
    from scipy import sparse

    from indexer import layout
    from indexer.bm25 import BM25Matrix
    from indexer.vectors import read_vectors

    ca, cb = layout.read_chunks(a), layout.read_chunks(b)
    assert ca["id"] == cb["id"] and len(ca["id"]) > 0
    assert ca == cb
    ba, bb = BM25Matrix.load(a), BM25Matrix.load(b)
    assert ba.vocab == bb.vocab
    assert ba.weights.shape == bb.weights.shape
    assert (ba.weights != bb.weights).nnz == 0
    assert sparse.csr_matrix.count_nonzero(ba.weights) == sparse.csr_matrix.count_nonzero(bb.weights)
    ma, mb = layout.read_manifest(a), layout.read_manifest(b)
    for key in ("models", "model_names", "dims", "analyzer", "french_share", "chunks", "counts", "ann"):
        assert ma[key] == mb[key], key
    for model in ma["models"]:
        fa, fb = read_vectors(a, model), read_vectors(b, model)
        va, vb = fa.reconstruct_n(0, fa.ntotal), fb.reconstruct_n(0, fb.ntotal)
        assert va.shape == vb.shape == (len(ca["id"]), ma["dims"][model])
        # the exact index stores float16 copies (indexer.vectors.vector_index): equal within its rounding
        np.testing.assert_allclose(va, vb, atol=1e-3)


class _InProcessCompute:
    """RayCompute's driver side with the worker classes run here, batch by batch in reverse
    order: the cache merge does not depend on Ray nor on the order results come back in."""

    def __new__(cls):
        from indexer.distributed import RayCompute

        class Local(RayCompute):
            def __init__(self):
                self.batch_size = 7

            def _map(self, worker_cls, arg, todo):
                worker = worker_cls(arg)
                parts = [todo[i:i + self.batch_size] for i in range(0, len(todo), self.batch_size)]
                for part in reversed(parts):
                    yield worker({"hash": np.asarray([h for h, _ in part], dtype=object),
                                  "text": np.asarray([t for _, t in part], dtype=object)})

        return Local()


def test_cache_merge_equals_local_build_without_ray(tmp_path):
    local, local_dir = _build(TINY, tmp_path / "local.db")
    merged, merged_dir = _build(TINY, tmp_path / "merged.db", compute=_InProcessCompute())
    assert merged.analysed == local.analysed > 0 and merged.embedded == local.embedded
    _assert_same_index(local_dir, merged_dir)


@pytest.mark.slow  # a local Ray instance: ~2 min of start-up on 2 cores (run by .ci/run with savoir[ray])
def test_ray_build_equals_local_build_tiny(ray_local, tmp_path):
    from indexer.distributed import RayCompute

    local, local_dir = _build(TINY, tmp_path / "local.db")
    with RayCompute(workers=2) as compute:
        remote, remote_dir = _build(TINY, tmp_path / "ray.db", compute=compute)
    assert remote.chunks == local.chunks
    assert remote.analysed == local.analysed > 0 and remote.embedded == local.embedded
    _assert_same_index(local_dir, remote_dir)

    # nothing missing: Ray is not asked for anything
    with RayCompute(workers=2) as compute:
        again, again_dir = _build(TINY, tmp_path / "ray.db", compute=compute)
    assert again.analysed == 0 and again.embedded == {"hash": 0}
    _assert_same_index(local_dir, again_dir)


@pytest.mark.slow
def test_ray_build_equals_local_build_ferrand(ray_local, tmp_path):
    from indexer.distributed import RayCompute

    _, local_dir = _build(FERRAND, tmp_path / "local.db")
    with RayCompute(workers=2) as compute:
        _, remote_dir = _build(FERRAND, tmp_path / "ray.db", compute=compute)
    _assert_same_index(local_dir, remote_dir)


@pytest.mark.slow
def test_reindex_cli_with_ray(ray_local, tmp_path):
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher.cli import cli

    db = tmp_path / "cli.db"
    store = Store(db)
    import_corpus(store, TINY)
    store.close()
    res = CliRunner().invoke(cli, ["reindex", "--db", str(db), "--model", "hash", "--ray"])
    assert res.exit_code == 0, res.output
    assert "chunks" in res.output and "hash: 0 embedded" not in res.output


def test_cli_without_ray_names_the_extra(monkeypatch, tmp_path):
    from matcher.cli import cli

    monkeypatch.setitem(sys.modules, "ray", None)
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    res = CliRunner().invoke(cli, ["reindex", "--db", str(db), "--ray"])
    assert res.exit_code != 0
    assert "pip install savoir[ray]" in res.output


def test_cli_rejects_a_path_as_ray_address(tmp_path):
    from matcher.cli import cli

    db = tmp_path / "x.db"
    db.write_bytes(b"")
    res = CliRunner().invoke(cli, ["reindex", "--db", str(db), "--ray", str(TINY)])
    assert res.exit_code != 0
    assert "--ray=ADDRESS" in res.output
