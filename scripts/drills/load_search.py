"""Drill: N concurrent clients against /api/search on 127.0.0.1 for S seconds.

    .venv/bin/python scripts/drills/load_search.py [--clients 50] [--seconds 60] [--db PATH]

The app (waitress, 8 threads, as `savoir serve`) runs in a forked child over the database (by
default corpora/tiny indexed into a temp folder with the hash embedder); the clients are threads
of this process with keep-alive connections, cycling through known queries in the three modes.
Reported: requests, errors (non-200, exceptions, empty results for a known query), latency p50,
p95, p99, and the server's RSS before and after (after a warm-up). Exit 0 when errors = 0 and
RSS grew by less than --rss-tolerance-mb. Only 127.0.0.1 is ever targeted. The rate limit is
disabled for the drill (all clients share one address); its own behaviour is tested elsewhere.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import drillkit as dk  # noqa: E402

HOST = "127.0.0.1"   # never anything else
QUERIES = [("pump cavitation noise after restart", "experts"), ("Power BI refresh gateway", "experts"),
           ("ATEX zone 1 outillage", "experts"), ("cavitation pompe", "threads"), ("DAX TOTALYTD", "threads"),
           ("fuite air comprimé", "threads"), ("pompes ATEX sécurité", "communities"),
           ("Power BI rapports", "communities")]


def start_server(db: Path, threads: int = 8) -> tuple[int, int]:
    """Fork a waitress server over ``db`` on 127.0.0.1 (port chosen by the OS); (pid, port)."""
    import waitress

    from web import create_app

    app = create_app(settings=dk.settings(), db_path=db, test_config={"WARMUP": False})
    sv = app.extensions["savoir"]
    for mode in ("experts", "threads", "communities"):
        sv.search("pompe", mode=mode, k=3)
    # bind here (to learn the port), start waitress in the child: its worker threads must be
    # created after the fork (threads do not survive fork)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    port = sock.getsockname()[1]
    sock.listen(1024)  # listen before the fork: clients may connect before the child's waitress starts
    pid = os.fork()
    if pid == 0:
        try:
            waitress.create_server(app, sockets=[sock], threads=threads, ident="savoir").run()
        finally:
            os._exit(0)
    sock.close()   # the parent's copy of the listening socket
    return pid, port


def stop_server(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        time.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def get(conn: http.client.HTTPConnection, q: str, mode: str) -> tuple[int, dict | None]:
    conn.request("GET", "/api/search?" + urlencode({"q": q, "mode": mode, "k": 10}))
    r = conn.getresponse()
    body = r.read()
    return r.status, (json.loads(body) if r.status == 200 else None)


def run_clients(port: int, clients: int, seconds: float, queries=QUERIES) -> dict:
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        mine, bad = [], []
        n = i
        while time.monotonic() < stop:
            q, mode = queries[n % len(queries)]
            n += 1
            t0 = time.perf_counter()
            try:
                status, d = get(conn, q, mode)
                if status != 200:
                    bad.append(f"{status} {q}")
                elif not d["results"]:
                    bad.append(f"empty {q}")
            except Exception as e:  # noqa: BLE001 - every failure is an error of the drill
                bad.append(f"{type(e).__name__}: {e}")
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            lat.extend(mine)
            errors.extend(bad)

    ts = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.monotonic()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    wall = time.monotonic() - t0
    return {"clients": clients, "seconds": round(wall, 1), "requests": len(lat), "errors": len(errors),
            "error_samples": errors[:5], "rps": round(len(lat) / wall, 1),
            "p50_ms": round(1000 * dk.percentile(lat, 50), 1), "p95_ms": round(1000 * dk.percentile(lat, 95), 1),
            "p99_ms": round(1000 * dk.percentile(lat, 99), 1), "max_ms": round(1000 * max(lat or [0]), 1)}


def run_drill(clients: int = 50, seconds: float = 60, db: Path | None = None, warmup_s: float = 3,
              log=print) -> dict:
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="savoir-load-")
        dk.warm()
        db = Path(tmp.name) / "savoir.db"
        dk.index_corpus(db, dk.TINY)
    pid, port = start_server(db)
    try:
        run_clients(port, min(clients, 8), warmup_s)          # warm the caches, threads, allocator
        rss_before = dk.rss_kb(pid)
        log(f"server pid {pid} on {HOST}:{port}, RSS after warm-up {rss_before / 1024:.1f} MB")
        stats = run_clients(port, clients, seconds)
        rss_after = dk.rss_kb(pid)
        stats.update(rss_before_mb=round(rss_before / 1024, 1), rss_after_mb=round(rss_after / 1024, 1),
                     rss_growth_mb=round((rss_after - rss_before) / 1024, 1))
        return stats
    finally:
        stop_server(pid)
        if tmp is not None:
            tmp.cleanup()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--db", type=Path, default=None, help="an indexed database (default: corpora/tiny, hash model)")
    ap.add_argument("--rss-tolerance-mb", type=float, default=30.0)
    a = ap.parse_args(argv)
    stats = run_drill(a.clients, a.seconds, a.db)
    print(json.dumps(stats, indent=2))
    return 0 if stats["errors"] == 0 and stats["rss_growth_mb"] < a.rss_tolerance_mb else 1


if __name__ == "__main__":
    sys.exit(main())
