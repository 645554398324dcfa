"""Memory of a serving process (a fresh process before and after loading the index) and web
throughput: ``savoir serve`` on a free loopback port under concurrent keep-alive clients."""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .figures import MODEL, Figure, make_queries, summarise

__all__ = ["bench_memory", "load_test", "bench_web"]


_RSS_PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from bench.figures import rss_mb, settings
from matcher.api import Savoir
from indexer.embedding import get_embedder
get_embedder("minilm").encode(["warm"])
from indexer.analysis import get_analyzer
get_analyzer("lookup").tokens_many(["warm", "chaud"], ["en", "fr"])
before = rss_mb()
sv = Savoir.open({db!r}, settings())
t = time.perf_counter(); sv.snapshot(); load = time.perf_counter() - t
loaded = rss_mb()
sv.search("pump vibration analysis", mode="experts")
print(json.dumps({{"before": before, "loaded": loaded, "after_query": rss_mb(), "load_s": load}}))
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

