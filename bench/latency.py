"""Query latency (``Savoir.search`` per mode), the retrievers side by side (rank-bm25, our BM25,
dense, hybrid candidates) and approximate-search recall, on a prepared synthetic store."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import numpy as np

from .figures import MODEL, Figure, figure, make_queries, settings

__all__ = ["QUERY_NOTE", "latency_target", "time_searches", "viewers", "warm", "bench_queries", "bench_retrievers", "tie_aware_recall", "bench_ann"]


def latency_target(size: int) -> tuple[str | None, Callable | None]:
    if size <= 100_000:
        return "p95 < 50 ms", (lambda m, p: p < 50)
    if size <= 1_000_000:
        return "p95 < 150 ms", (lambda m, p: p < 150)
    return None, None


def time_searches(sv, mode: str, queries: list[str], people: list[str], start: int = 0) -> list[float]:
    """Milliseconds of ``sv.search(query, mode, k=10)`` per query; every other query (by its
    position from ``start``) by a member viewer, the others anonymous."""
    ms = []
    for qi, q in enumerate(queries, start):
        viewer = people[(qi * 7) % len(people)] if qi % 2 and people else None
        t = time.perf_counter()
        sv.search(q, mode=mode, viewer=viewer, k=10)
        ms.append((time.perf_counter() - t) * 1000)
    return ms


def viewers(sv, n: int = 200) -> list[str]:
    """The member viewers of :func:`time_searches`."""
    return [r[0] for r in sv.store.conn.execute("SELECT id FROM people WHERE opted_out = 0 ORDER BY id LIMIT ?", (n,))]


def warm(sv, modes=("experts", "threads", "communities")) -> None:
    """Model, analyzer and per-build memos warm before timing."""
    for q in make_queries(5, seed=999):
        for mode in modes:
            sv.search(q, mode=mode)


QUERY_NOTE = "hybrid, MiniLM query embedding included, half anonymous, half member viewers"


def bench_queries(db: Path, size: int, repeat: int, n_queries: int, log) -> list[Figure]:
    from matcher.api import Savoir

    sv = Savoir.open(db, settings(ranker="hand"))
    snap = sv.snapshot()
    people = viewers(sv)
    warm(sv)
    target, check = latency_target(size)
    out = []
    per_mode = n_queries * repeat
    queries = make_queries(per_mode * 3, seed=size)
    for m, mode in enumerate(("experts", "threads", "communities")):
        ms = time_searches(sv, mode, queries[m * per_mode:(m + 1) * per_mode], people, start=m * per_mode)
        out.append(figure(f"query_{mode}", size, "ms", ms, target=target, check=check,
                          note=f"{QUERY_NOTE}; ann={snap.manifest.get('ann')}" + (
                              "; the hand-made expert ranking" if mode == "experts" else "")))
        log(f"query {mode} {size}: median {out[-1].median:.1f} ms, p95 {out[-1].p95:.1f} ms")
    return out


def _chunk_tokens(store, snap) -> list[list[str]]:
    """The analysed tokens of each chunk of the snapshot, in index order."""
    toks = {}
    for cid, tk in store.conn.execute(
            "SELECT c.id, a.tokens FROM chunks c JOIN analysed a ON a.text_hash = c.text_hash AND a.analyzer = ?",
            (snap.manifest["analyzer"],)):
        toks[cid] = tk.split(" ") if tk else []
    return [toks.get(cid, []) for cid in snap.ids]


def bench_retrievers(db: Path, size: int, repeat: int, n_queries: int, rank_bm25_max: int, log) -> list[Figure]:
    """rank-bm25 alone, our lexical path, dense alone, hybrid: candidates for one query."""
    from matcher.api import Savoir
    from matcher.search import Query, rank_chunks

    conf = settings()
    sv = Savoir.open(db, conf)
    snap = sv.snapshot()
    an = sv.analyzer()
    allowed = np.ones(snap.n, dtype=bool)
    n = conf.fusion.candidates
    queries = make_queries(n_queries * repeat * 4, seed=size + 1)
    sv.embed_query("warm up", [MODEL])
    res: dict[str, list[float]] = {"rank_bm25": [], "lexical": [], "dense": [], "hybrid": []}
    okapi = None
    if size <= rank_bm25_max:
        from rank_bm25 import BM25Okapi

        t = time.perf_counter()
        okapi = BM25Okapi(_chunk_tokens(sv.store, snap))
        log(f"rank-bm25 build {size}: {time.perf_counter() - t:.1f}s")
    qi = 0
    for r in range(repeat):
        for i in range(n_queries):
            if okapi is not None and i < max(3, n_queries // 4):
                q = queries[qi]; qi += 1
                t = time.perf_counter()
                s = okapi.get_scores(an.query_tokens(q))
                np.argpartition(-s, min(n, s.size - 1))[:n]   # the top n, as a search would take them
                res["rank_bm25"].append((time.perf_counter() - t) * 1000)
            q = queries[qi]; qi += 1
            t = time.perf_counter()
            snap.lexical(an.query_tokens(q), allowed, n)
            res["lexical"].append((time.perf_counter() - t) * 1000)
            q = queries[qi]; qi += 1
            t = time.perf_counter()
            v = sv.embed_query(q, [MODEL])
            snap.dense(MODEL, v[MODEL], allowed, n)
            res["dense"].append((time.perf_counter() - t) * 1000)
            q = queries[qi]; qi += 1
            t = time.perf_counter()
            rank_chunks(snap, Query(q, an.query_tokens(q), sv.embed_query(q, [MODEL])), allowed, "hybrid", conf)
            res["hybrid"].append((time.perf_counter() - t) * 1000)
    notes = {"rank_bm25": "BM25Okapi.get_scores + top-400 (query analysis included)",
             "lexical": "matcher BM25 matrix, top-400 (query analysis included)",
             "dense": "MiniLM query embedding + faiss top-400",
             "hybrid": "analysis + embedding + both retrievers + convex fusion"}
    out = []
    for name, ms in res.items():
        if ms:
            out.append(figure(f"retrieve_{name}", size, "ms", ms, note=notes[name]))
            log(f"retrieve {name} {size}: median {out[-1].median:.2f} ms, p95 {out[-1].p95:.2f} ms")
        else:
            out.append(Figure(f"retrieve_{name}", size, "ms", float("nan"), float("nan"), 0,
                              note=f"not run: above --rank-bm25-max ({rank_bm25_max} chunks)"))
    return out


def tie_aware_recall(vectors: np.ndarray, q: np.ndarray, got, exact_scores, eps: float = 1e-5) -> float:
    """Share of the approximate top-k whose exact inner product with ``q`` reaches the exact k-th
    best score: a neighbour tied with the k-th (equal vectors, equal scores) counts as found,
    which id overlap would not. ``got`` may hold -1 (fewer results than k)."""
    k = len(exact_scores)
    ids = np.asarray([i for i in got if i >= 0], dtype=np.int64)
    if k == 0:
        return 1.0
    if ids.size == 0:
        return 0.0
    s = vectors[ids] @ q
    return float(np.count_nonzero(s >= exact_scores[-1] - eps)) / k


def bench_ann(db: Path, size: int, n_queries: int, probe: bool, log) -> list[Figure]:
    """Recall@10 of the served approximate (IVF) index against exact search; below
    ``ann_threshold`` (exact index served) and with ``probe``, an IVF index built in memory with
    the indexer's parameters."""
    import faiss

    from indexer.vectors import vector_index
    from matcher.api import Savoir

    sv = Savoir.open(db, settings())
    snap = sv.snapshot()
    index = snap.vectors[MODEL]
    served = hasattr(index, "nprobe") or hasattr(index, "hnsw")
    if not served and not probe:
        return []
    if served:
        if hasattr(index, "hnsw"):
            vectors = faiss.downcast_index(index.storage).reconstruct_n(0, index.ntotal)
        else:
            index.make_direct_map()
            vectors = index.reconstruct_n(0, index.ntotal)
        ann, build_s = index, None
    else:
        vectors = index.reconstruct_n(0, index.ntotal)
        t = time.perf_counter()
        ann = vector_index(vectors, 0)
        build_s = time.perf_counter() - t
    kind = (f"IVF{ann.nlist} nprobe {ann.nprobe}, float16" if hasattr(ann, "nprobe")
            else "HNSW M=32 efSearch=128")
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    # queries from the corpus's own distribution (a random chunk's vector plus noise, cosine
    # about 0.8 to it), as ANN benchmarks do; MiniLM-embedded query texts are reported aside:
    # against proxy vectors they are out of distribution, which approximate indexes handle badly and real
    # MiniLM chunk vectors would not be
    rng = np.random.default_rng(size + 2)
    src = vectors[rng.choice(vectors.shape[0], n_queries, replace=False)]
    noise = rng.standard_normal(src.shape).astype(np.float32)
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    qs = src + 0.75 * noise
    qs = (qs / np.linalg.norm(qs, axis=1, keepdims=True)).astype(np.float32)
    text_qs = np.stack([sv.embed_query(q, [MODEL])[MODEL] for q in make_queries(n_queries, seed=size + 2)]).astype(np.float32)
    ts_text, _ = exact.search(text_qs, 10)
    _, got_text = ann.search(text_qs, 10)
    text_recall = float(np.mean([tie_aware_recall(vectors, q, g, t) for q, g, t in zip(text_qs, got_text, ts_text)]))
    tscores, truth = exact.search(qs, 10)
    recalls, id_recalls, ms_ann, ms_exact = [], [], [], []
    for q, tr, ts in zip(qs, truth, tscores):
        t = time.perf_counter()
        _, got = ann.search(q.reshape(1, -1), 10)
        ms_ann.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        exact.search(q.reshape(1, -1), 10)
        ms_exact.append((time.perf_counter() - t) * 1000)
        recalls.append(tie_aware_recall(vectors, q, got[0], ts))
        id_recalls.append(len(set(got[0].tolist()) & set(tr.tolist())) / 10)
    note = (f"served {kind} index" if served else f"{kind} probe (index served exact below ann_threshold), "
            f"built in {build_s:.0f}s") + f", {len(qs)} queries (corpus vectors + noise), proxy vectors"
    log(f"ann {size}: recall@10 {np.mean(recalls):.3f} (MiniLM text queries: {text_recall:.3f})")
    return [
        Figure("ann_recall_at_10", size, "recall", round(float(np.mean(recalls)), 4), round(float(np.percentile(recalls, 5)), 4),
               len(recalls), ">= 0.95", bool(np.mean(recalls) >= 0.95),
               note + "; a returned vector counts when its exact score reaches the exact 10th score (ties"
               " count), p95 column: 5th percentile", {"id_recall_at_10": round(float(np.mean(id_recalls)), 4),
                                                     "minilm_text_queries_recall_at_10": round(text_recall, 4)}),
        figure("ann_search", size, "ms", ms_ann, note=f"{kind} top-10, one query (faiss on 2 threads)"),
        figure("exact_search", size, "ms", ms_exact, note="IndexFlatIP top-10, one query"),
    ]

