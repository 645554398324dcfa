"""The benchmark: indexing throughput, incremental update, query latency, retrievers side by
side, the learned expert ranking (training and query cost), approximate-search recall, memory and
web throughput, over synthetic corpora. Each kind of figure has its module (:mod:`bench.figures`,
:mod:`bench.latency`, :mod:`bench.learned`, :mod:`bench.serving`); this one prepares the corpora,
times indexing and runs them all.

    results = run([10_000, 100_000], repeat=3, workdir=Path("/tmp/savoir-bench"))
    print(table(results))

Each figure is a :class:`Figure` (median and p95 of its samples, the target it is held to,
and a note saying what the corpus and the vectors were). ``bench/RESULTS.md`` explains them.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import shutil
import time
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from .figures import MODEL, Figure, bench_machine, figure, load_avg, make_queries, settings, summarise, table
from .latency import bench_ann, bench_queries, bench_retrievers
from .learned import bench_learned, learned_ratio
from .serving import bench_memory, bench_web

__all__ = ["Figure", "run", "table", "summarise", "make_queries", "prepare"]


# -- corpora ----------------------------------------------------------------------------------
def prepare(workdir: Path, size: int, seed: int, log: Callable[[str], None]) -> tuple[Path, dict]:
    """A synthetic store of ``size`` chunks with its analysis and (proxy) vector caches filled and
    an index built; reused from ``workdir`` when a previous run made the same one."""
    from indexer.analysis import get_analyzer
    from indexer.build import build_index
    from indexer.store import Store

    from .synth import generate, prefill

    db = workdir / f"synth-{size}-s{seed}.db"
    marker = json.dumps({"size": size, "seed": seed, "vectors": "proxy-spread", "model": MODEL})
    info: dict = {}
    store = Store(db) if db.exists() else None
    if store is not None and store.get_meta("bench_synth") != marker:
        store.close()
        store = None
    if store is None:
        for p in workdir.glob(db.name + "*"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        store = Store(db)
        t = time.perf_counter()
        generate(store, size, seed=seed, log=log)
        info["generate_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        prefill(store, get_analyzer("lookup"), vectors="proxy", model=MODEL, seed=seed, log=log)
        info["prefill_s"] = round(time.perf_counter() - t, 2)
        with store.transaction():
            store.set_meta("bench_synth", marker)
    else:
        extra = [r[0] for r in store.conn.execute("SELECT id FROM threads WHERE id LIKE 'tnew-%'")]
        for tid in extra:
            store.delete_item("thread", tid)
        info["reused"] = True
    t = time.perf_counter()
    report = build_index(store, settings(), show_progress=False, full=True)
    info["build_s"] = round(time.perf_counter() - t, 2)
    info["chunks"] = report.chunks
    store.close()
    log(f"{size}: {info}")
    return db, info


# -- indexing throughput ------------------------------------------------------------------------
def bench_indexing(workdir: Path, n: int, repeat: int, seed: int, log) -> list[Figure]:
    """Full indexing of a fresh ``n``-chunk store (analysis and embedding caches empty) against
    the bare embedder's ``encode`` of the same chunk texts; interleaved runs."""
    from indexer.build import build_index
    from indexer.chunking import iter_chunks
    from indexer.embedding import get_embedder
    from indexer.store import Store

    from .synth import generate

    emb = get_embedder(MODEL)
    emb.encode(["warm up"])
    from indexer.analysis import get_analyzer

    get_analyzer("lookup").tokens_many(["warm up", "préchauffage"], ["en", "fr"])
    ours, bare = [], []
    for r in range(repeat):
        db = workdir / f"index-sample-{r}.db"
        for p in workdir.glob(db.name + "*"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        store = Store(db)
        generate(store, n, seed=seed + 100 + r)
        texts = [c.text for c in iter_chunks(store)]
        t = time.perf_counter()
        emb.encode(texts)
        bare.append(n / (time.perf_counter() - t))
        t = time.perf_counter()
        report = build_index(store, settings(), show_progress=False)
        ours.append(n / (time.perf_counter() - t))
        assert report.embedded[MODEL] == len(set(texts))
        store.close()
        log(f"indexing {n}: ours {ours[-1]:.1f} chunks/s, bare encode {bare[-1]:.1f} chunks/s")
    ratio = [o / b for o, b in zip(ours, bare)]
    note = f"fresh {n}-chunk synthetic store, real MiniLM (all-MiniLM-L6-v2), empty caches"
    return [
        figure("index_throughput", n, "chunks/s", ours, note=note),
        figure("encode_throughput", n, "chunks/s", bare, note="bare SentenceTransformer encode of the same texts"),
        figure("index_vs_encode_ratio", n, "ratio", ratio, target=">= 0.9", check=lambda m, p: m >= 0.9, note=note),
    ]


# -- incremental ------------------------------------------------------------------------------
def bench_incremental(db: Path, size: int, repeat: int, log) -> list[Figure]:
    from indexer.build import build_index
    from indexer.store import Store

    from .synth import new_threads

    times, embedded, kinds = [], [], []
    store = Store(db)
    try:
        # fresh content on every run of the benchmark (the embedding cache outlives a run)
        runs = int(store.get_meta("bench_incremental_runs", "0")) + 1
        with store.transaction():
            store.set_meta("bench_incremental_runs", str(runs))
        for r in range(repeat):
            recs = new_threads(store, 10, seed=1000 + r + 100 * runs)
            t = time.perf_counter()
            with store.transaction():
                for rec in recs:
                    store.upsert_thread(rec)
            report = build_index(store, settings(), show_progress=False)
            times.append(time.perf_counter() - t)
            embedded.append(report.embedded[MODEL])
            kinds.append(report.kind)
            log(f"incremental {size}: {times[-1]:.2f}s ({report.kind} build), {embedded[-1]} chunks embedded")
    finally:
        store.close()
    return [figure("incremental_10_threads", size, "s", times, target="< 5 s", check=lambda m, p: p < 5,
                 note="upsert 10 new threads + build_index in a process with the models loaded (a delta "
                      "build: only the new chunks analysed and embedded, with real MiniLM)",
                 embedded=embedded, builds=kinds)]



# -- driver -----------------------------------------------------------------------------------
def run(sizes: list[int], repeat: int = 3, workdir: Path | None = None, seed: int = 7, index_sample: int = 2000,
        n_queries: int = 30, rank_bm25_max: int = 100_000, incremental_max: int = 1_000_000, ann_probe_min: int = 50_000,
        web: bool = True, web_requests: int = 600, learned: bool = True, log: Callable[[str], None] = print,
        checkpoint: Callable[[dict], None] | None = None) -> dict:
    """All figures for the given corpus sizes (chunks); returns the JSON document."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    workdir = Path(workdir or Path.cwd() / "bench" / ".work")
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    doc = {"started": _dt.datetime.now().isoformat(timespec="seconds"), "repeat": repeat, "seed": seed,
           "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                       "load_before": load_avg()},
           "sizes": sizes, "corpora": {}, "figures": []}
    figs: list[Figure] = bench_machine(log)

    def save():
        if checkpoint is not None:
            checkpoint({**doc, "partial": True, "figures": [asdict(f) for f in figs]})
    if index_sample:
        figs += bench_indexing(workdir, index_sample, repeat, seed, log)
        save()
    for size in sizes:
        db, info = prepare(workdir, size, seed, log)
        info["load_at_start"] = load_avg()
        doc["corpora"][str(size)] = info
        figs.append(Figure("rebuild_all_cached", size, "s", info["build_s"], info["build_s"], 1,
                           note="build_index over a fully cached store (analysis + vectors), first build of this run"))
        figs += bench_queries(db, size, repeat, n_queries, log)
        figs += bench_retrievers(db, size, repeat, n_queries, rank_bm25_max, log)
        if learned:
            figs += bench_learned(db, size, repeat, n_queries, log)
            figs += learned_ratio(figs, size)
        figs += bench_ann(db, size, n_queries=max(50, n_queries), probe=size >= ann_probe_min, log=log)
        save()
        figs += bench_memory(db, size, log)
        if web:
            figs += bench_web(db, size, total=web_requests, log=log)
        save()
        if size <= incremental_max:
            figs += bench_incremental(db, size, repeat, log)
        save()
    figs += bench_machine(log)
    doc["machine"]["load_after"] = load_avg()
    doc["seconds"] = round(time.time() - started, 1)
    doc["figures"] = [asdict(f) for f in figs]
    return doc

