"""Indexed copies of evaluation sets, kept in a cache folder so each set is imported,
analysed and embedded once.

    db = prepare(cache_dir, "beir-stackfaq-en-3f2a…", fill, settings)   # -> path of savoir.db

``fill(store, tick)`` imports the set, calling ``tick(1)`` per record stored (the import's
progress, :mod:`indexer.progress`).

One database per (set, model setting): ``<cache>/<key>/<model>.db`` with its index next to it.
Vectors (and analysed tokens) already computed for the same set under another model setting
(``minilm`` for ``minilm+e5``) are copied from the sibling databases before the build, so nothing
is embedded twice.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Callable

__all__ = ["DEFAULT_CACHE", "prepare", "source_key"]

DEFAULT_CACHE = Path.home() / ".cache" / "savoir" / "eval"
_FILLED = "eval_filled"


def source_key(name: str, *parts) -> str:
    """A folder name for a set: its name and a digest of what defines its content
    (paths, sizes and modification times of the source files, options such as a cut-off date)."""
    h = hashlib.sha1()
    for p in parts:
        if isinstance(p, Path) and p.exists():
            files = sorted(p.rglob("*")) if p.is_dir() else [p]
            for f in files:
                if f.is_file():
                    st = f.stat()
                    h.update(f"{f}:{st.st_size}:{int(st.st_mtime)}".encode())
        else:
            h.update(json.dumps(p, default=str).encode())
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    return f"{safe}-{h.hexdigest()[:10]}"


def _share_vectors(db: Path) -> None:
    """Copy cached vectors and analysed tokens from the sibling databases of the same set, also
    those of earlier versions of it (same name, another digest: the source files were copied or
    touched). Both caches are keyed by a hash of the text, so nothing stale can be reused."""
    name = db.parent.name.rsplit("-", 1)[0]
    others = sorted(db.parent.glob("*.db")) + sorted(
        p for p in db.parent.parent.glob(f"{name}-*/*.db")
        if p.parent != db.parent and p.parent.name.rsplit("-", 1)[0] == name)
    conn = sqlite3.connect(db, timeout=60)
    try:
        for other in others:
            if other == db:
                continue
            conn.execute("ATTACH DATABASE ? AS other", (str(other),))
            try:
                for table in ("embeddings", "analysed"):
                    try:
                        conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM other.{table}")
                        conn.commit()
                    except sqlite3.OperationalError:
                        conn.rollback()
            finally:
                conn.execute("DETACH DATABASE other")
    finally:
        conn.close()


def _index_matches(db: Path, settings) -> bool:
    from indexer.build import build_settings, current_build

    build = current_build(db)
    if build is None or not (build / "manifest.json").exists():
        return False
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    return manifest.get("build_settings") == build_settings(settings)   # model, analyzer, chunking


def prepare(cache: Path, key: str, fill: Callable, settings, log: Callable[[str], None] = lambda m: None) -> Path:
    """The database of set ``key`` for ``settings.indexing.model``, filled by ``fill(store, tick)`` the
    first time and indexed (embeddings cached) when no matching index build exists."""
    from indexer.build import build_index
    from indexer.progress import progress
    from indexer.store import Store

    folder = Path(cache).expanduser() / key
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{settings.indexing.model.replace('/', '_')}.db"
    store = Store(db)
    try:
        if store.get_meta(_FILLED) != "1":
            log(f"importing {key} into {db}")
            with store.transaction():
                store.conn.execute("DELETE FROM meta WHERE key = ?", (_FILLED,))
            with progress(None, f"import {key}", True, unit="record") as tick:
                fill(store, tick)
            store.set_meta(_FILLED, "1")
    finally:
        store.close()
    if not _index_matches(db, settings):
        _share_vectors(db)
        log(f"indexing {db} with model {settings.indexing.model} (vectors are cached; the first run embeds everything)")
        store = Store(db)
        try:
            report = build_index(store, settings, show_progress=True)
        finally:
            store.close()
        log(report.summary())
    return db
