"""Delta builds: the served build carried over, with only the items changed since it re-chunked,
re-analysed and re-embedded.

The store logs every write (:meth:`indexer.store.Store.changed_items`); the served build's
manifest names the last change it includes (``changes_seq``). The rows of changed items are
dropped from the served build's columns, BM25 term counts and vectors; the new chunks of those
items are appended; BM25 weights are then recomputed from the counts, so the artefacts equal a
full build's up to the order of the rows (``tests/test_indexing.py`` checks it).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np

from . import layout
from .analysis import get_analyzer
from .bm25 import BM25Matrix
from .chunking import chunk_row, index_columns, iter_chunks, replace_chunk_rows
from .models import models_for
from .parts import BuildParts, analyse_chunks
from .vectors import read_vectors, stored_vectors

__all__ = ["build_settings", "delta_base", "delta_parts"]

# which column of chunks.json identifies the changed item of a chunk, by item type
_ITEM_KIND = {"profile": "person", "community": "community", "post": "thread", "document": "document"}
_KEY_COLUMN = {"profile": "item_id", "community": "item_id", "post": "thread", "document": "document"}


def build_settings(settings) -> dict:
    """The settings a build's artefacts depend on: a delta build needs them unchanged."""
    ix = settings.indexing
    return {"model": ix.model, "analyzer": get_analyzer(ix.analyzer).name, "chunk_words": ix.chunk_words,
            "chunk_overlap": ix.chunk_overlap, "ann_threshold": ix.ann_threshold}


def delta_base(store, settings) -> tuple[Path, dict] | None:
    """The served build a delta build can start from and its manifest, or None (then a full
    build): it must be of this format, made with these settings, and have kept its BM25 counts."""
    path = layout.current_build(store.path)
    if path is None or not (path / layout.MANIFEST).exists():
        return None
    try:
        manifest = layout.read_manifest(path)
    except (OSError, ValueError):
        return None
    if manifest.get("format") != layout.FORMAT_VERSION or manifest.get("changes_seq") is None \
            or (manifest.get("ann") and not manifest.get("ivf_trained_chunks")) \
            or manifest.get("build_settings") != build_settings(settings) \
            or manifest.get("vectors_pending") or not layout.has_bm25_counts(path):
        return None
    return path, manifest


def _dropped_rows(prev: dict, changed: dict[str, set]) -> np.ndarray:
    """Boolean mask of the served build's rows that belong to a changed item."""
    return np.fromiter(((it in _ITEM_KIND and prev[_KEY_COLUMN[it]][i] in changed.get(_ITEM_KIND[it], ()))
                        for i, it in enumerate(prev["item_type"])), dtype=bool, count=len(prev["id"]))


def delta_parts(store, settings, base: tuple[Path, dict], seq: int, compute, show_progress: bool,
                log: Callable[[str], None]) -> BuildParts | None:
    """The parts of a delta build from ``base`` (see :func:`delta_base`) up to change ``seq``, or
    None when a full build is due: too large a change (over ``delta_max_share`` of the rows), an
    approximate index whose corpus moved too far from what its lists were trained on (or that
    the corpus now needs), or a language mix that now calls for other models."""
    from scipy import sparse

    ix = settings.indexing
    path, manifest = base
    changed = store.changed_items(manifest["changes_seq"], seq)
    prev = layout.read_chunks(path)
    n_prev = len(prev["id"])
    drop = _dropped_rows(prev, changed)
    chunks = list(iter_chunks(store, ix.chunk_words, ix.chunk_overlap, only=changed))
    if int(drop.sum()) + len(chunks) > ix.delta_max_share * max(1, n_prev):
        log(f"delta build: {int(drop.sum())} rows out, {len(chunks)} in, over {ix.delta_max_share:.0%}"
            f" of {n_prev}: full build")
        return None
    keep = np.flatnonzero(~drop)
    n_new = keep.size + len(chunks)
    trained_on = manifest.get("ivf_trained_chunks")
    if (manifest.get("ann") and abs(n_new - trained_on) > ix.delta_max_share * trained_on) \
            or (not manifest.get("ann") and n_new >= ix.ann_threshold):
        log("delta build: the approximate index needs (re)training on the current chunks: full build")
        return None
    tokens, langs, analysed = analyse_chunks(store, settings, chunks, compute, show_progress)
    cols = {k: [v[i] for i in keep] for k, v in prev.items()}
    for k, v in index_columns(chunks, langs).items():
        cols[k].extend(v)
    if models_for(ix.model, cols["lang"])[0] != manifest["models"]:
        log("delta build: the corpus language mix now calls for other models: full build")
        return None
    dropped_ids = [prev["id"][i] for i in np.flatnonzero(drop)]
    replace_chunk_rows(store, dropped_ids, [chunk_row(c, lang) + (c.text,) for c, lang in zip(chunks, langs)])
    old = BM25Matrix.load(path, counts=True)
    vocab = dict(old.vocab)
    tf_new, len_new = BM25Matrix.counts(tokens, vocab)
    kept_tf = old.tf[:, keep]
    kept_tf = sparse.csc_matrix((kept_tf.data, kept_tf.indices, kept_tf.indptr), shape=(len(vocab), keep.size))
    bm25 = BM25Matrix.from_counts(vocab, sparse.hstack([kept_tf, tf_new], format="csc"),
                                  np.concatenate([old.doc_len[keep], len_new]))
    carried, trained = {}, {}
    for spec in manifest["models"]:
        index = read_vectors(path, spec)
        carried[spec] = stored_vectors(index, manifest["dims"][spec])[keep]
        if hasattr(index, "nprobe") and n_new >= ix.ann_threshold:
            trained[spec] = index
    delta = {"changed_items": sum(len(v) for v in changed.values()), "dropped": len(dropped_ids), "added": len(chunks),
             "base": manifest["build_id"]}
    return BuildParts(cols, bm25, [c.text for c in chunks], [c.text_hash for c in chunks], carried, chunks,
                      analysed, delta, trained, trained_on)
