"""Drill: kill -9 the indexer at random points, many times; nothing is lost, doubled or torn.

    .venv/bin/python scripts/drills/crash_index.py [--runs 30] [--seed 8] [--mode mixed|points|time|cli]

Each run starts from a copy of a database indexed from corpus A (corpora/tiny), then indexes
corpus B (A + a person, a new thread, an edited post) in a child process killed with SIGKILL:
- ``points``: at the n-th crash point (calls into indexer/, SQLite executes, file writes,
  renames, symlinks), n drawn uniformly over all crash points of a clean run;
- ``time``: after a delay drawn uniformly over the duration of a clean run;
- ``mixed`` (default): alternately;
- ``cli``: ``savoir index`` as a real subprocess, killed after a random delay (slow: each run
  loads spaCy again).
After each kill: ``PRAGMA integrity_check`` is ok and the journal is WAL; the imported tables
hold all of A or all of B (one transaction), never a mix; the served ``current`` build is
complete (manifest, chunks.json, faiss ntotal and BM25 columns agree) and is either A's build or
a build equal to a clean run of B. Then a re-run completes and the database and served build
equal a clean run of B: same counts, same ids, same content hashes.
Exit status 0 when every run passed; a JSON summary is printed.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import drillkit as dk  # noqa: E402

IMPORT_TABLES = [t for t in dk.TABLES if t != "chunks"]


def _imported(fp: dict) -> dict:
    return {t: fp[t] for t in IMPORT_TABLES}


def prepare(work: Path) -> dict:
    """Base state (A indexed) and the reference (a clean run of B over it), with its crash points."""
    dk.warm()
    corpus_a, corpus_b = dk.make_corpora(work)
    base = work / "base" / "savoir.db"
    base.parent.mkdir(parents=True, exist_ok=True)
    dk.index_corpus(base, corpus_a)
    ref = work / "ref" / "savoir.db"
    dk.copy_state(base, ref)
    t0 = time.monotonic()
    _, child = dk.fork_index(ref, corpus_b, count=True)
    assert child.wait() == 0, "clean run of corpus B failed"
    duration = time.monotonic() - t0
    points = child.events()
    return {"corpus_b": corpus_b, "base": base, "ref": ref, "duration": duration, "points": points,
            "fp_base": dk.fingerprint(base), "fp_ref": dk.fingerprint(ref),
            "served_base": dk.check_served(base), "served_ref": dk.check_served(ref)}


def _cli_index(db: Path, corpus: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "matcher.cli", "index", str(corpus), "--db", str(db),
                             "--model", "hash"], cwd=dk.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def one_run(ctx: dict, db: Path, how: str, rng: random.Random) -> dict:
    """Kill an indexer run of corpus B over a copy of the base state, check, re-run, compare."""
    dk.copy_state(ctx["base"], db)
    info: dict = {"how": how}
    if how == "points":
        info["kill_at"] = rng.randint(1, ctx["points"])
        _, child = dk.fork_index(db, ctx["corpus_b"], kill_at=info["kill_at"])
        info["status"] = child.wait()
    elif how == "time":
        info["delay"] = round(rng.uniform(0, ctx["duration"]), 3)
        _, child = dk.fork_index(db, ctx["corpus_b"])
        time.sleep(info["delay"])
        child.kill()
        info["status"] = child.wait()
    else:  # cli
        info["delay"] = round(rng.uniform(0, ctx["duration"]), 3)
        proc = _cli_index(db, ctx["corpus_b"])
        time.sleep(info["delay"])
        proc.kill()
        info["status"] = proc.wait()
    # -- after the kill
    dk.check_db(db)
    fp = dk.fingerprint(db)
    imported = _imported(fp)
    assert imported in (_imported(ctx["fp_base"]), _imported(ctx["fp_ref"])), f"half an import: {imported}"
    assert fp["chunks"] in (ctx["fp_base"]["chunks"], ctx["fp_ref"]["chunks"]), "chunks table torn"
    served = dk.check_served(db)
    if served["build_id"] == ctx["served_base"]["build_id"]:
        info["served"] = "previous"
    else:
        assert served["chunk_ids"] == ctx["served_ref"]["chunk_ids"], "new build differs from a clean run"
        assert served["counts"] == ctx["served_ref"]["counts"], (served["counts"], ctx["served_ref"]["counts"])
        info["served"] = "new"
    info["state"] = ("B" if imported == _imported(ctx["fp_ref"]) else "A") + \
                    ("B" if fp["chunks"] == ctx["fp_ref"]["chunks"] else "A")
    # -- re-run completes and equals a clean run
    _, child = dk.fork_index(db, ctx["corpus_b"])
    assert child.wait() == 0, "re-run after the kill failed"
    dk.check_db(db)
    assert dk.fingerprint(db) == ctx["fp_ref"], "after re-run: database differs from a clean run"
    served = dk.check_served(db)
    assert served["chunk_ids"] == ctx["served_ref"]["chunk_ids"]
    assert served["counts"] == ctx["served_ref"]["counts"]
    from indexer.layout import leftovers

    info["leftovers"] = len(leftovers(db))
    return info


def run_drill(runs: int = 30, seed: int = 8, mode: str = "mixed", work: Path | None = None,
              log=print) -> dict:
    rng = random.Random(seed)
    tmp = None
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="savoir-crash-")
        work = Path(tmp.name)
    try:
        t0 = time.monotonic()
        ctx = prepare(work)
        log(f"clean run of B: {ctx['duration']:.2f}s, {ctx['points']} crash points")
        results, failures = [], []
        for i in range(runs):
            how = {"mixed": ("points", "time")[i % 2]}.get(mode, mode)
            db = work / f"run{i:03d}" / "savoir.db"
            try:
                info = one_run(ctx, db, how, rng)
                results.append(info)
                log(f"run {i:3d} {json.dumps(info)}")
            except AssertionError as e:
                failures.append({"run": i, "how": how, "error": str(e)})
                log(f"run {i:3d} FAILED {e}")
            finally:
                dk.shutil.rmtree(db.parent, ignore_errors=True)
        states: dict = {}
        for r in results:
            states[r["state"] + "/" + r["served"]] = states.get(r["state"] + "/" + r["served"], 0) + 1
        return {"runs": runs, "seed": seed, "mode": mode, "passed": len(results), "failed": len(failures),
                "failures": failures, "killed": sum(1 for r in results if r["status"] in (-9, 137, -137)),
                "states_after_kill": states, "leftover_tmp": sum(r["leftovers"] for r in results),
                "crash_points": ctx["points"], "clean_run_s": round(ctx["duration"], 2),
                "seconds": round(time.monotonic() - t0, 1)}
    finally:
        if tmp is not None:
            tmp.cleanup()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--mode", choices=["mixed", "points", "time", "cli"], default="mixed")
    ap.add_argument("--work", type=Path, default=None, help="keep the files here (default: a temp folder)")
    a = ap.parse_args(argv)
    summary = run_drill(a.runs, a.seed, a.mode, a.work)
    print(json.dumps(summary, indent=2))
    return 0 if summary["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
