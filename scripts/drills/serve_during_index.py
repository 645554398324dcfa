"""Drill: searches keep answering while another process re-indexes and swaps the build in,
and the new build is picked up without a restart.

    .venv/bin/python scripts/drills/serve_during_index.py [--rounds 3] [--clients 4]

A database is indexed from corpus A (corpora/tiny). Then, per round, a forked child indexes
corpus B (A + a thread with a word found nowhere else), or A again, alternately, while this
process searches continuously through a ``matcher.Savoir`` (library threads) and through the
HTTP API (waitress in a thread, 127.0.0.1 only). Every answer must be a 200 with results for a
known query. After each swap the same Savoir and the same server answer from the new build: the
new word is found once a B round has run (a later A round does not delete it: imports upsert).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import drillkit as dk  # noqa: E402

HOST = "127.0.0.1"
KNOWN = [("pump cavitation noise after restart", "experts", None), ("Power BI refresh gateway", "threads", None),
         ("ATEX zone 1 outillage", "experts", None), ("pompes ATEX sécurité", "communities", None)]


class Hammer:
    """Threads searching until stopped; counts answers, errors and empty answers."""

    def __init__(self, sv, port: int | None, clients: int):
        self.sv, self.port, self.clients = sv, port, clients
        self.stop = threading.Event()
        self.ok = 0
        self.errors: list[str] = []
        self.lock = threading.Lock()
        self.threads = []

    def _lib(self, i):
        n = i
        while not self.stop.is_set():
            q, mode, _ = KNOWN[n % len(KNOWN)]
            n += 1
            try:
                r = self.sv.search(q, mode=mode, k=5)
                self._count(bool(r.results), f"lib empty {q}")
            except Exception as e:  # noqa: BLE001
                self._count(False, f"lib {type(e).__name__}: {e}")

    def _http(self, i):
        conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        n = i
        while not self.stop.is_set():
            q, mode, _ = KNOWN[n % len(KNOWN)]
            n += 1
            try:
                conn.request("GET", "/api/search?" + urlencode({"q": q, "mode": mode, "k": 5}))
                r = conn.getresponse()
                body = r.read()
                good = r.status == 200 and bool(json.loads(body)["results"])
                self._count(good, f"http {r.status} {body[:120]!r}")
            except Exception as e:  # noqa: BLE001
                self._count(False, f"http {type(e).__name__}: {e}")
                conn.close()
                conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        conn.close()

    def _count(self, good: bool, msg: str):
        with self.lock:
            if good:
                self.ok += 1
            else:
                self.errors.append(msg)

    def start(self):
        for i in range(self.clients):
            self.threads.append(threading.Thread(target=self._lib, args=(i,), daemon=True))
            if self.port:
                self.threads.append(threading.Thread(target=self._http, args=(i,), daemon=True))
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=120)


def finds_new_word(sv, port) -> tuple[bool, bool]:
    lib = any(h.id == "t50" for h in sv.search(dk.NEW_WORD, mode="threads", k=5).results)
    http_found = None
    if port:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        conn.request("GET", "/api/search?" + urlencode({"q": dk.NEW_WORD, "mode": "threads", "k": 5}))
        r = conn.getresponse()
        http_found = r.status == 200 and any(h["id"] == "t50" for h in json.loads(r.read())["results"])
        conn.close()
    return lib, http_found


def run_drill(rounds: int = 3, clients: int = 2, http: bool = True, work: Path | None = None, log=print) -> dict:
    from matcher import Savoir

    tmp = None
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="savoir-serve-")
        work = Path(tmp.name)
    try:
        dk.warm()
        corpus_a, corpus_b = dk.make_corpora(work)
        db = work / "savoir.db"
        dk.index_corpus(db, corpus_a)
        # fork the indexer children first: no server or search thread exists yet in this process
        pipes, children = [], []
        for i in range(rounds):
            r, w = os.pipe()
            corpus = corpus_b if i % 2 == 0 else corpus_a
            _, child = dk.fork_index(db, corpus, go_fd=r)
            os.close(r)
            pipes.append(w)
            children.append((corpus, child))
        sv = Savoir.open(db, dk.settings())
        assert sv.search(KNOWN[0][0], mode="experts").results
        port, srv = None, None
        if http:
            import waitress

            from web import create_app

            app = create_app(settings=dk.settings(), db_path=db, test_config={"WARMUP": False})
            app.extensions["savoir"].search("pompe", k=3)
            srv = waitress.create_server(app, host=HOST, port=0, threads=4)
            port = srv.effective_port
            # srv.run() until closed would select() on a socket closed under it (EBADF in the
            # thread): run the loop in slices until told to stop, then close
            stop = threading.Event()

            def serve():
                while not stop.is_set():
                    srv.asyncore.loop(timeout=0.1, map=srv._map, count=1)

            server_thread = threading.Thread(target=serve, daemon=True)
            server_thread.start()
        hammer = Hammer(sv, port, clients)
        hammer.start()
        rounds_out = []
        t0 = time.monotonic()
        try:
            for i, (corpus, child) in enumerate(children):
                before = sv.snapshot().manifest["build_id"]
                ok_before = hammer.ok
                os.write(pipes[i], b"g")
                status = child.wait(timeout=900)
                time.sleep(0.5)   # a few searches on the new build
                after = sv.snapshot().manifest["build_id"]
                found = finds_new_word(sv, port)
                expect = any(c == corpus_b for c, _ in children[:i + 1])
                rounds_out.append({"round": i, "corpus": corpus.name, "status": status, "swapped": before != after,
                                   "answers_during": hammer.ok - ok_before, "new_word_found": found,
                                   "expected": expect})
                log(json.dumps(rounds_out[-1]))
        finally:
            hammer.finish()
            for w in pipes:
                os.close(w)
            if srv is not None:
                stop.set()
                server_thread.join(timeout=5)
                srv.close()
        good_rounds = all(r["status"] == 0 and r["swapped"] and r["answers_during"] > 0 and
                          r["new_word_found"][0] == r["expected"] and r["new_word_found"][1] in (None, r["expected"])
                          for r in rounds_out)
        return {"rounds": rounds_out, "answers": hammer.ok, "errors": len(hammer.errors),
                "error_samples": hammer.errors[:5], "ok": good_rounds and not hammer.errors,
                "seconds": round(time.monotonic() - t0, 1)}
    finally:
        if tmp is not None:
            tmp.cleanup()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--clients", type=int, default=2, help="library threads, and as many HTTP clients")
    ap.add_argument("--no-http", action="store_true")
    a = ap.parse_args(argv)
    out = run_drill(a.rounds, a.clients, not a.no_http)
    print(json.dumps(out, indent=2))
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
