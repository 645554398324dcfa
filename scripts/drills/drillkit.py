"""Shared helpers of the reliability drills (scripts/drills/*.py) and tests (tests/reliability/).

The drills run the library in forked children: the parent loads spaCy, faiss and the embedder
once, and each child (an indexer run, a server) starts warm. On a loaded 2-core machine that
is the difference between a second and minutes per run. A child is killed with SIGKILL, the
same signal as ``kill -9``.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
TINY = ROOT / "corpora" / "tiny"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

# a word that is nowhere in corpora/tiny, planted by corpus B
NEW_WORD = "quokkavanne"
TABLES = {"people": "id", "communities": "id", "memberships": "person, community", "threads": "id",
          "posts": "id", "documents": "id", "document_authors": "document, person",
          "thread_links": "thread, target", "person_keys": "key", "chunks": "id"}


def settings(**kw):
    from indexer.settings import Settings

    return Settings(**{"model": "hash", "rate_limit_per_minute": 0, **kw})


def warm() -> None:
    """Load everything an indexer run or a search needs, once, in this process."""
    import faiss  # noqa: F401

    from indexer.analysis import get_analyzer
    from indexer.embedding import get_embedder

    a = get_analyzer("lookup")
    a.tokens_many(["La pompe cavite au redémarrage", "pump cavitation noise"], ["fr", "en"])
    a.query_tokens("pompe")
    get_embedder("hash").encode(["pompe"])


# -- corpora -------------------------------------------------------------------------------
def make_corpora(base: Path) -> tuple[Path, Path]:
    """Corpus A = corpora/tiny; corpus B = A plus a person, a thread with NEW_WORD, an edited post."""
    a, b = base / "corpus-a", base / "corpus-b"
    for d in (a, b):
        if not d.exists():
            shutil.copytree(TINY, d)
    with open(b / "people.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "p9", "name": "Inès Drill", "profile": f"Vannes {NEW_WORD} et robinetterie"}) + "\n")
    lines = (b / "threads.jsonl").read_text(encoding="utf-8").splitlines()
    t = json.loads(lines[0])
    t["posts"][-1]["body"] += " Ajout: vérifier aussi le clapet anti-retour."
    lines[0] = json.dumps(t, ensure_ascii=False)
    new = {"id": "t50", "community": "c-usine", "title": f"Vanne {NEW_WORD} qui fuit", "tags": ["vanne"],
           "created": "2024-11-02T09:00:00",
           "posts": [{"id": "t50-1", "author": "p4", "created": "2024-11-02T09:00:00",
                      "body": f"La vanne {NEW_WORD} du circuit d'eau glacée fuit au presse-étoupe."},
                     {"id": "t50-2", "author": "p9", "created": "2024-11-02T10:00:00", "accepted": True,
                      "body": f"Resserrer le presse-étoupe de la {NEW_WORD} d'un quart de tour, puis regarnir."}]}
    lines.append(json.dumps(new, ensure_ascii=False))
    (b / "threads.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return a, b


def index_corpus(db: Path, corpus: Path, s=None) -> None:
    """Import a corpus folder and build the index (what `savoir index` does)."""
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store

    store = Store(db)
    try:
        report = import_corpus(store, corpus)
        if not report.ok:
            raise RuntimeError([str(p) for p in report.problems])
        build_index(store, s or settings(), show_progress=False)
    finally:
        store.close()


def copy_state(src_db: Path, dst_db: Path) -> None:
    """Copy a database and its index folder (the `current` symlink is relative and stays valid)."""
    dst_db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if Path(str(src_db) + suffix).exists():
            shutil.copy2(str(src_db) + suffix, str(dst_db) + suffix)
    from indexer.layout import index_dir

    src_idx, dst_idx = index_dir(src_db), index_dir(dst_db)
    if dst_idx.exists():
        shutil.rmtree(dst_idx)
    if src_idx.exists():
        shutil.copytree(src_idx, dst_idx, symlinks=True)


# -- forked children -------------------------------------------------------------------------
_COUNTED_C = {"execute", "executemany", "replace", "symlink", "write_index", "rmtree", "mkdir", "rename",
              "write", "open"}


def _install_kill_profiler(kill_at: int | None, count_file: Path | None):
    """Count 'crash points' (calls into indexer/, SQLite executes, file writes,
    renames, symlinks) and SIGKILL this process at the ``kill_at``-th one."""
    prefix = (str(ROOT / "indexer"),)
    n = [0]

    def prof(frame, event, arg):
        if event == "call":
            if not frame.f_code.co_filename.startswith(prefix):
                return
        elif event == "c_call":
            if getattr(arg, "__name__", "") not in _COUNTED_C:
                return
        else:
            return
        n[0] += 1
        if kill_at is not None and n[0] >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    sys.setprofile(prof)
    return n


def fork_index(db: Path, corpus: Path, kill_at: int | None = None, count: bool = False,
               go_fd: int | None = None) -> tuple[int, "ChildHandle"]:
    """Fork a child that indexes ``corpus`` into ``db`` (optionally killing itself at a crash point).

    With ``go_fd`` the child first waits for one byte on that pipe end."""
    count_file = Path(str(db) + f".events.{os.getpid()}")
    pid = os.fork()
    if pid == 0:  # child
        code = 1
        try:
            if go_fd is not None:
                os.read(go_fd, 1)
            n = _install_kill_profiler(kill_at, count_file) if (kill_at is not None or count) else None
            index_corpus(db, corpus)
            sys.setprofile(None)
            if n is not None:
                count_file.write_text(str(n[0]))
            code = 0
        except BaseException:  # noqa: BLE001 - report and leave with status 1
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid, ChildHandle(pid, count_file)


class ChildHandle:
    def __init__(self, pid: int, count_file: Path):
        self.pid, self.count_file = pid, count_file

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def wait(self, timeout: float = 600) -> int:
        """Exit status: 0 ok, 1 error, -9 killed; raises TimeoutError (after killing it) past timeout."""
        end = time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            if time.monotonic() > end:
                self.kill()
                os.waitpid(self.pid, 0)
                raise TimeoutError(f"child {self.pid} still running after {timeout}s")
            time.sleep(0.01)

    def events(self) -> int:
        n = int(self.count_file.read_text())
        self.count_file.unlink()
        return n


# -- checks ------------------------------------------------------------------------------------
def fingerprint(db: Path) -> dict:
    """Per table: row count and a hash of the sorted keys and content hashes (read-only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        for table, key in TABLES.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            extra = ", hash" if "hash" in cols else (", text_hash" if "text_hash" in cols else "")
            rows = conn.execute(f"SELECT {key}{extra} FROM {table} ORDER BY {key}").fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
        return out
    finally:
        conn.close()


def check_db(db: Path) -> None:
    conn = sqlite3.connect(str(db))
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchall()
        assert ok == [("ok",)], f"{db}: integrity_check {ok}"
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal", f"{db}: journal_mode {mode}"
    finally:
        conn.close()


def check_served(db: Path) -> dict:
    """The served build is complete and consistent; returns its manifest (plus chunk ids)."""
    from indexer import layout
    from indexer.bm25 import BM25Matrix
    from indexer.vectors import read_vectors

    link = layout.current_link(db)
    assert link.is_symlink(), f"{link}: not a symlink"
    path = link.resolve()
    manifest = layout.read_manifest(path)
    cols = layout.read_chunks(path)
    ids = cols["id"]
    assert len(ids) == manifest["chunks"], (len(ids), manifest["chunks"])
    assert len(set(ids)) == len(ids), "duplicate chunk ids in chunks.json"
    assert all(len(v) == len(ids) for v in cols.values()), "chunks.json columns of unequal length"
    for spec in manifest["models"]:
        index = read_vectors(path, spec)
        assert index.ntotal == len(ids), (spec, index.ntotal, len(ids))
    bm = BM25Matrix.load(path)
    assert bm.weights.shape[1] == len(ids), (bm.weights.shape, len(ids))
    return {**manifest, "chunk_ids": sorted(ids)}


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values, p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
