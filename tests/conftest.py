"""Shared fixtures: a real SQLite store and index of corpora/tiny, built once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser import browser, page  # noqa: F401  (the browser tests' fixtures, registered here)

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "corpora" / "tiny"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# ranx (eval.metrics) runs its numba kernels as plain Python in the tests: compiling them costs
# ~40 s of CPU per process on a machine without numba's cache (CI), for metrics over a few
# queries that the interpreter computes in milliseconds, with the same ranx source. The
# compiled path is checked by tests/eval/test_metrics.py::test_compiled_ranx_gives_the_same_figures
# (slow) and by every real `savoir eval`. NUMBA_DISABLE_JIT=0 runs the whole suite compiled.
# Set here, before anything imports numba; xdist workers inherit it.
os.environ.setdefault("NUMBA_DISABLE_JIT", "1")


def shared_data() -> Path | None:
    """../shared/data beside the checkout (or SAVOIR_SHARED_DATA); None when absent."""
    env = os.environ.get("SAVOIR_SHARED_DATA")
    path = Path(env) if env else ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


def build_db(corpus: Path, db: Path, **settings):
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from indexer.settings import Settings

    store = Store(db)
    report = import_corpus(store, corpus)
    build = build_index(store, Settings(**{"model": "hash", **settings}), show_progress=False)
    store.close()
    return report, build


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("tiny") / "tiny.db"
    report, _ = build_db(TINY, db)
    assert report.ok, [str(p) for p in report.problems]
    return db


@pytest.fixture(scope="session")
def tiny(tiny_db):
    from matcher import Savoir, Settings

    return Savoir.open(tiny_db, Settings(model="hash"))
