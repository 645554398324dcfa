"""The on-disk layout of an index: where builds live, what each file is called, and the swap.

Next to the database ``savoir.db``::

    savoir.db.index/
      builds/<build-id>/manifest.json        model(s), versions, counts, build time
                        chunks.json          columnar metadata of the chunks, in index order
                        bm25_weights.npz     BM25 term x chunk weights (indexer.bm25)
                        bm25_vocab.json      term -> row of the matrices
                        bm25_tf.npz          term counts and chunk lengths, for delta builds
                        bm25_doclen.npy
                        vectors-<model>.faiss one faiss index per embedding model
      current -> builds/<build-id>           symlink, replaced with os.replace (atomic)
      embedding-progress.json                while a build computes the vectors that the served
                                             (lexical-only) build lacks: model, done, total, rate

A build is written into a hidden staging folder (``builds/.<build-id>.tmp``), renamed to its
final name, and only then does ``current`` move: a crash before the swap leaves the previous
build served. Older builds are removed, keeping the last :data:`KEEP_BUILDS`.

The builder (:mod:`indexer.build`) and the loader (:mod:`matcher.index`) both go through this
module, so a file name is spelled here only.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import time
import uuid
from pathlib import Path

__all__ = ["FORMAT_VERSION", "KEEP_BUILDS", "MANIFEST", "CHUNKS", "BM25_WEIGHTS", "BM25_VOCAB", "BM25_TF",
           "BM25_DOCLEN", "index_dir", "builds_dir", "current_link", "current_build", "vectors_file",
           "read_manifest", "write_manifest", "read_chunks", "write_chunks", "has_bm25_counts",
           "new_build_id", "stage", "PROGRESS", "write_progress", "read_progress", "clear_progress", "final_path", "commit", "discard", "serve", "leftovers"]

FORMAT_VERSION = 1
KEEP_BUILDS = 2

MANIFEST = "manifest.json"
CHUNKS = "chunks.json"
BM25_WEIGHTS = "bm25_weights.npz"
BM25_VOCAB = "bm25_vocab.json"
BM25_TF = "bm25_tf.npz"
BM25_DOCLEN = "bm25_doclen.npy"

PROGRESS = "embedding-progress.json"

_STAGING_SUFFIX = ".tmp"
_LINK_PREFIX = ".current."   # a new link, before it replaces ``current``

# staging folders older than this are left over from a crashed build and are removed
_STALE_STAGING_S = 3600


def index_dir(db_path: str | Path) -> Path:
    """The folder holding the builds of the database ``db_path`` (``savoir.db.index``)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".index")


def builds_dir(db_path: str | Path) -> Path:
    return index_dir(db_path) / "builds"


def current_link(db_path: str | Path) -> Path:
    """The symlink to the build being served (it may not exist yet)."""
    return index_dir(db_path) / "current"


def current_build(db_path: str | Path) -> Path | None:
    """The folder of the build being served, or None when the store was never indexed."""
    cur = current_link(db_path)
    if not cur.exists():
        return None
    return cur.resolve()


def vectors_file(build: Path, model: str) -> Path:
    """The faiss index of one embedding model; a model given as a folder path has its slashes
    replaced so that the file stays inside the build."""
    return Path(build) / f"vectors-{model.replace('/', '_')}.faiss"


def read_manifest(build: Path) -> dict:
    return json.loads((Path(build) / MANIFEST).read_text(encoding="utf-8"))


def write_manifest(build: Path, manifest: dict) -> None:
    (Path(build) / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")


def read_chunks(build: Path) -> dict:
    """chunks.json: one list per column (id, item_type, ...), in index row order."""
    return json.loads((Path(build) / CHUNKS).read_text(encoding="utf-8"))


def write_chunks(build: Path, columns: dict) -> None:
    (Path(build) / CHUNKS).write_text(json.dumps(columns, ensure_ascii=False), encoding="utf-8")


def write_progress(db_path: str | Path, state: dict) -> None:
    """Replace the progress file atomically (a reader never sees half of it)."""
    root = index_dir(db_path)
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".{PROGRESS}.{uuid.uuid4().hex[:8]}"
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, root / PROGRESS)


def read_progress(db_path: str | Path) -> dict | None:
    try:
        return json.loads((index_dir(db_path) / PROGRESS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def clear_progress(db_path: str | Path) -> None:
    try:
        (index_dir(db_path) / PROGRESS).unlink()
    except FileNotFoundError:
        pass


def has_bm25_counts(build: Path) -> bool:
    """Whether the build kept its BM25 term counts (a delta build starts from them)."""
    return (Path(build) / BM25_TF).exists() and (Path(build) / BM25_DOCLEN).exists()


def new_build_id() -> str:
    """A UTC timestamp to the microsecond plus a random suffix: build ids sort in creation order
    even within one second, which pruning relies on to keep the newest."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]


def stage(db_path: str | Path, build_id: str) -> Path:
    """Create and return the hidden staging folder a build is written into."""
    builds = builds_dir(db_path)
    builds.mkdir(parents=True, exist_ok=True)
    tmp = builds / f".{build_id}{_STAGING_SUFFIX}"
    tmp.mkdir()
    return tmp


def final_path(db_path: str | Path, build_id: str) -> Path:
    return builds_dir(db_path) / build_id


def commit(db_path: str | Path, staged: Path, build_id: str) -> Path:
    """Give a complete staged build its final name (not served yet: see :func:`serve`)."""
    final = final_path(db_path, build_id)
    os.replace(staged, final)
    return final


def discard(staged: Path) -> None:
    shutil.rmtree(staged, ignore_errors=True)


def serve(db_path: str | Path, build: Path) -> None:
    """Point ``current`` at ``build`` atomically, then remove old builds and stale staging folders."""
    root = index_dir(db_path)
    link = root / f"{_LINK_PREFIX}{uuid.uuid4().hex[:8]}"
    os.symlink(os.path.relpath(build, root), link)
    os.replace(link, current_link(db_path))
    _prune(builds_dir(db_path), build)


def leftovers(db_path: str | Path) -> list[Path]:
    """Staging folders and new links a crashed build left behind (the next build removes the
    stale ones)."""
    root = index_dir(db_path)
    return sorted(builds_dir(db_path).glob(f".*{_STAGING_SUFFIX}")) + sorted(root.glob(f"{_LINK_PREFIX}*"))


def _prune(builds: Path, keep: Path) -> None:
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    for old in done[:-KEEP_BUILDS]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in builds.glob(f".*{_STAGING_SUFFIX}"):
        try:
            if time.time() - tmp.stat().st_mtime > _STALE_STAGING_S:
                shutil.rmtree(tmp, ignore_errors=True)
        except FileNotFoundError:
            pass
