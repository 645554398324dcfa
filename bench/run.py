"""The benchmark: indexing throughput, incremental update, query latency, retrievers side by
side, approximate-search recall, memory and web throughput, over synthetic corpora.

    results = run([10_000, 100_000], repeat=3, workdir=Path("/tmp/savoir-bench"))
    print(table(results))

Each figure is a :class:`Figure` (median and p95 of its samples, the target it is held to,
and a note saying what the corpus and the vectors were). ``bench/RESULTS.md`` explains them.
"""
from __future__ import annotations

import datetime as _dt
import http.client
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

__all__ = ["Figure", "run", "table", "summarise", "make_queries"]

MODEL = "minilm"


@dataclass
class Figure:
    """One measured quantity at one corpus size: median and p95 over ``n`` samples."""

    name: str
    size: int | None
    unit: str
    median: float
    p95: float
    n: int
    target: str | None = None
    met: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def summarise(samples) -> tuple[float, float]:
    """(median, p95) of the samples (linear interpolation, numpy's default)."""
    a = np.asarray(list(samples), dtype=np.float64)
    if a.size == 0:
        return float("nan"), float("nan")
    return float(np.median(a)), float(np.percentile(a, 95))


def _fig(name, size, unit, samples, target=None, check: Callable[[float, float], bool] | None = None,
         note="", **extra) -> Figure:
    med, p95 = summarise(samples)
    return Figure(name, size, unit, round(med, 4), round(p95, 4), len(list(samples)), target,
                  bool(check(med, p95)) if check else None, note, extra)


def make_queries(n: int, seed: int) -> list[str]:
    """``n`` distinct queries of 2 to 5 content words of the corpus's banks, French and English,
    so no query hits the query-embedding cache."""
    from .synth import _DOMAIN, _Words

    rng = np.random.default_rng(seed)
    words = _Words(np.random.default_rng(8))
    out: dict[str, None] = {}
    while len(out) < n:
        lang = "fr" if rng.random() < 0.4 else "en"
        s, f, d, e = words.span[lang]
        k = int(rng.integers(2, 6))
        head = [_DOMAIN[lang][i] for i in rng.integers(0, len(_DOMAIN[lang]), max(1, k - 1))]
        tail = [words.words[int(i)] for i in rng.integers(d, min(e, d + 400), k - len(head))]
        out.setdefault(" ".join(head + tail), None)
    return list(out)


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load_avg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def bench_machine(log, rounds: int = 200) -> list[Figure]:
    """The same fixed pure-Python loop timed ``rounds`` times: on a steady machine p95 is close
    to the median; when the host stalls the guest, p95 shows how much any latency p95 of this
    run owes to the machine rather than to Savoir."""
    ms = []
    for _ in range(rounds):
        t = time.perf_counter()
        s = 0
        for j in range(100_000):
            s += j
        ms.append((time.perf_counter() - t) * 1000)
    fig = _fig("machine_loop", None, "ms", ms, note="calibration: one fixed pure-Python loop (100k additions); "
               "its p95 / median ratio is the machine's own jitter")
    log(f"machine: fixed loop median {fig.median:.1f} ms, p95 {fig.p95:.1f} ms")
    return [fig]


# -- corpora ----------------------------------------------------------------------------------
def _settings(**kw):
    from indexer.settings import Settings

    return Settings(model=MODEL, **kw)


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
    report = build_index(store, _settings(), show_progress=False, full=True)
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
        report = build_index(store, _settings(), show_progress=False)
        ours.append(n / (time.perf_counter() - t))
        assert report.embedded[MODEL] == len(set(texts))
        store.close()
        log(f"indexing {n}: ours {ours[-1]:.1f} chunks/s, bare encode {bare[-1]:.1f} chunks/s")
    ratio = [o / b for o, b in zip(ours, bare)]
    note = f"fresh {n}-chunk synthetic store, real MiniLM (all-MiniLM-L6-v2), empty caches"
    return [
        _fig("index_throughput", n, "chunks/s", ours, note=note),
        _fig("encode_throughput", n, "chunks/s", bare, note="bare SentenceTransformer encode of the same texts"),
        _fig("index_vs_encode_ratio", n, "ratio", ratio, target=">= 0.9", check=lambda m, p: m >= 0.9, note=note),
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
            report = build_index(store, _settings(), show_progress=False)
            times.append(time.perf_counter() - t)
            embedded.append(report.embedded[MODEL])
            kinds.append(report.kind)
            log(f"incremental {size}: {times[-1]:.2f}s ({report.kind} build), {embedded[-1]} chunks embedded")
    finally:
        store.close()
    return [_fig("incremental_10_threads", size, "s", times, target="< 5 s", check=lambda m, p: p < 5,
                 note="upsert 10 new threads + build_index in a process with the models loaded (a delta "
                      "build: only the new chunks analysed and embedded, with real MiniLM)",
                 embedded=embedded, builds=kinds)]


# -- queries ----------------------------------------------------------------------------------
def _latency_target(size: int) -> tuple[str | None, Callable | None]:
    if size <= 100_000:
        return "p95 < 50 ms", (lambda m, p: p < 50)
    if size <= 1_000_000:
        return "p95 < 150 ms", (lambda m, p: p < 150)
    return None, None


def bench_queries(db: Path, size: int, repeat: int, n_queries: int, log) -> list[Figure]:
    from matcher.api import Savoir

    sv = Savoir.open(db, _settings())
    snap = sv.snapshot()
    people = [r[0] for r in sv.store.conn.execute("SELECT id FROM people WHERE opted_out = 0 ORDER BY id LIMIT 200")]
    for q in make_queries(5, seed=999):            # model, analyzer and caches warm
        for mode in ("experts", "threads", "communities"):
            sv.search(q, mode=mode)
    target, check = _latency_target(size)
    out = []
    queries = make_queries(n_queries * repeat * 3, seed=size)
    qi = 0
    for mode in ("experts", "threads", "communities"):
        ms = []
        for r in range(repeat):
            for i in range(n_queries):
                viewer = people[(qi * 7) % len(people)] if qi % 2 else None
                t = time.perf_counter()
                sv.search(queries[qi], mode=mode, viewer=viewer, k=10)
                ms.append((time.perf_counter() - t) * 1000)
                qi += 1
        out.append(_fig(f"query_{mode}", size, "ms", ms, target=target, check=check,
                        note=f"hybrid, MiniLM query embedding included, half anonymous, half member viewers; "
                             f"ann={snap.manifest.get('ann')}"))
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

    settings = _settings()
    sv = Savoir.open(db, settings)
    snap = sv.snapshot()
    an = sv.analyzer()
    allowed = np.ones(snap.n, dtype=bool)
    n = settings.fusion.candidates
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
            rank_chunks(snap, Query(q, an.query_tokens(q), sv.embed_query(q, [MODEL])), allowed, "hybrid", settings)
            res["hybrid"].append((time.perf_counter() - t) * 1000)
    notes = {"rank_bm25": "BM25Okapi.get_scores + top-400 (query analysis included)",
             "lexical": "matcher BM25 matrix, top-400 (query analysis included)",
             "dense": "MiniLM query embedding + faiss top-400",
             "hybrid": "analysis + embedding + both retrievers + convex fusion"}
    out = []
    for name, ms in res.items():
        if ms:
            out.append(_fig(f"retrieve_{name}", size, "ms", ms, note=notes[name]))
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

    sv = Savoir.open(db, _settings())
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
        _fig("ann_search", size, "ms", ms_ann, note=f"{kind} top-10, one query (faiss on 2 threads)"),
        _fig("exact_search", size, "ms", ms_exact, note="IndexFlatIP top-10, one query"),
    ]


_RSS_PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from bench.run import _rss_mb, _settings
from matcher.api import Savoir
from indexer.embedding import get_embedder
get_embedder("minilm").encode(["warm"])
from indexer.analysis import get_analyzer
get_analyzer("lookup").tokens_many(["warm", "chaud"], ["en", "fr"])
before = _rss_mb()
sv = Savoir.open({db!r}, _settings())
t = time.perf_counter(); sv.snapshot(); load = time.perf_counter() - t
loaded = _rss_mb()
sv.search("pump vibration analysis", mode="experts")
print(json.dumps({{"before": before, "loaded": loaded, "after_query": _rss_mb(), "load_s": load}}))
"""


def bench_memory(db: Path, size: int, log) -> list[Figure]:
    """Resident set of a fresh process before and after loading the index (and one query)."""
    root = str(Path(__file__).resolve().parents[1])
    p = subprocess.run([sys.executable, "-c", _RSS_PROBE.format(root=root, db=str(db))], capture_output=True,
                       text=True, timeout=1800, env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    if p.returncode != 0:
        raise RuntimeError(f"memory probe failed: {p.stderr[-2000:]}")
    m = json.loads(p.stdout.strip().splitlines()[-1])
    log(f"memory {size}: {m}")
    return [
        Figure("rss_index_loaded", size, "MB", round(m["loaded"] - m["before"], 1), round(m["after_query"] - m["before"], 1), 1,
               note="index alone: RSS after loading minus RSS with model and analyzer loaded (p95 column: after one query)",
               extra={k: round(v, 2) for k, v in m.items()}),
        Figure("rss_process", size, "MB", round(m["loaded"], 1), round(m["after_query"], 1), 1,
               note="whole serving process: model, analyzer and index (p95 column: after one query)"),
        Figure("index_load", size, "s", round(m["load_s"], 3), round(m["load_s"], 3), 1, note="Snapshot.load"),
    ]


# -- web --------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc, timeout: float) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"savoir serve exited with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"savoir serve did not listen on port {port} within {timeout:.0f}s")


def load_test(port: int, clients: int, total: int, seconds: float, queries: list[str]) -> dict:
    """``clients`` threads, each with its own keep-alive ``http.client`` connection, issue GET
    /api/search until ``total`` requests are done or ``seconds`` have passed."""
    lock = threading.Lock()
    state = {"next": 0}
    lat, errors = [], []
    stop = time.perf_counter() + seconds

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                i = state["next"]
                state["next"] += 1
            if i >= total or time.perf_counter() > stop:
                break
            mode = ("experts", "threads", "communities")[i % 3]
            path = "/api/search?" + urllib.parse.urlencode({"q": queries[i % len(queries)], "mode": mode})
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException) as e:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                resp = e
            ms = (time.perf_counter() - t) * 1000
            with lock:
                lat.append(ms)
                if not ok:
                    errors.append(getattr(resp, "status", repr(resp)))
        conn.close()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for f in [pool.submit(worker) for _ in range(clients)]:
            f.result()
    wall = time.perf_counter() - t0
    med, p95 = summarise(lat)
    return {"requests": len(lat), "errors": len(errors), "error_kinds": sorted(set(map(str, errors)))[:5],
            "seconds": round(wall, 2), "rps": round(len(lat) / wall, 2) if wall else 0.0,
            "median_ms": round(med, 2), "p95_ms": round(p95, 2)}


def bench_web(db: Path, size: int, clients=(10, 50), total: int = 600, seconds: float = 60, log=print) -> list[Figure]:
    try:
        import web  # noqa: F401
        from web import create_app  # noqa: F401
    except ImportError as e:
        log(f"web {size}: pending ({e})")
        return [Figure("web_search", size, "req/s", float("nan"), float("nan"), 0, target="zero errors",
                       note=f"pending: the web app is not available ({e})")]
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "SAVOIR_MODEL": MODEL,
           "SAVOIR_RATE_LIMIT_PER_MINUTE": "100000000",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "matcher.cli", "serve", "--db", str(db), "--port", str(port),
                             "--threads", "8"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    out = []
    try:
        _wait_port(port, proc, 300)
        warm = load_test(port, 2, 6, 300, make_queries(6, seed=3))   # loads the index and the model
        if warm["errors"]:
            raise RuntimeError(f"web warm-up failed: {warm}")
        queries = make_queries(total * len(clients), seed=size + 5)
        for c in clients:
            r = load_test(port, c, total, seconds, queries[:total] if c == clients[0] else queries[total:])
            log(f"web {size} x{c}: {r}")
            out.append(Figure(f"web_search_c{c}", size, "req/s", r["rps"], r["rps"], r["requests"],
                              target="zero errors", met=r["errors"] == 0,
                              note=f"{c} concurrent keep-alive clients, GET /api/search (modes rotated), waitress 8 threads",
                              extra=r))
            out.append(Figure(f"web_latency_c{c}", size, "ms", r["median_ms"], r["p95_ms"], r["requests"],
                              note=f"{c} concurrent clients, request latency on loopback"))
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return out


# -- driver -----------------------------------------------------------------------------------
def run(sizes: list[int], repeat: int = 3, workdir: Path | None = None, seed: int = 7, index_sample: int = 2000,
        n_queries: int = 30, rank_bm25_max: int = 100_000, incremental_max: int = 1_000_000, ann_probe_min: int = 50_000,
        web: bool = True, web_requests: int = 600, log: Callable[[str], None] = print,
        checkpoint: Callable[[dict], None] | None = None) -> dict:
    """All figures for the given corpus sizes (chunks); returns the JSON document."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    workdir = Path(workdir or Path.cwd() / "bench" / ".work")
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    doc = {"started": _dt.datetime.now().isoformat(timespec="seconds"), "repeat": repeat, "seed": seed,
           "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                       "load_before": _load_avg()},
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
        info["load_at_start"] = _load_avg()
        doc["corpora"][str(size)] = info
        figs.append(Figure("rebuild_all_cached", size, "s", info["build_s"], info["build_s"], 1,
                           note="build_index over a fully cached store (analysis + vectors), first build of this run"))
        figs += bench_queries(db, size, repeat, n_queries, log)
        figs += bench_retrievers(db, size, repeat, n_queries, rank_bm25_max, log)
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
    doc["machine"]["load_after"] = _load_avg()
    doc["seconds"] = round(time.time() - started, 1)
    doc["figures"] = [asdict(f) for f in figs]
    return doc


def _num(x: float) -> str:
    if x != x:  # nan
        return "-"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}" if abs(x) < 1 else f"{x:.1f}"


def table(doc: dict) -> str:
    """The figures as a Markdown table."""
    lines = ["| figure | chunks | median | p95 | unit | n | target | met |", "|---|---:|---:|---:|---|---:|---|---|"]
    for f in doc["figures"]:
        met = "" if f["met"] is None else ("yes" if f["met"] else "**no**")
        size = f"{f['size']:,}" if f["size"] else ""
        lines.append(f"| {f['name']} | {size} | {_num(f['median'])} | {_num(f['p95'])} | {f['unit']} | {f['n']} | "
                     f"{f['target'] or ''} | {met} |")
    return "\n".join(lines)
