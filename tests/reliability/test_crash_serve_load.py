"""Crash safety (kill -9 of the indexer), serving while re-indexing, and load: short versions of
the drills in scripts/drills/ (run those for the full figures; see docs/RELIABILITY.md)."""
from __future__ import annotations

import sqlite3

import pytest


def test_store_uses_wal_and_builds_swap_by_symlink(rel_db, warm):
    conn = sqlite3.connect(rel_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    link = rel_db.with_name(rel_db.name + ".index") / "current"
    assert link.is_symlink() and not link.readlink().is_absolute()
    warm.check_db(rel_db)
    warm.check_served(rel_db)


def test_kill_nine_indexer_at_random_points(tmp_path, warm):
    import crash_index

    out = crash_index.run_drill(runs=6, seed=1, mode="mixed", work=tmp_path, log=lambda m: None)
    assert out["failed"] == 0, out["failures"]
    assert out["killed"] >= 4, out
    assert set(out["states_after_kill"]) >= {"AA/previous"} or len(out["states_after_kill"]) >= 1


def test_searches_keep_answering_while_another_process_reindexes(tmp_path, warm):
    import serve_during_index

    out = serve_during_index.run_drill(rounds=2, clients=2, http=True, work=tmp_path, log=lambda m: None)
    assert out["errors"] == 0, out["error_samples"]
    assert out["ok"], out["rounds"]
    assert out["rounds"][0]["new_word_found"] == (True, True)


def test_load_short(rel_db):
    import load_search

    out = load_search.run_drill(clients=4, seconds=2, db=rel_db, warmup_s=1, log=lambda m: None)
    assert out["errors"] == 0, out["error_samples"]
    assert out["requests"] > 0


@pytest.mark.slow
def test_load_10_clients_5_seconds(rel_db):
    import load_search

    out = load_search.run_drill(clients=10, seconds=5, db=rel_db, log=lambda m: None)
    assert out["errors"] == 0, out["error_samples"]
    assert out["rss_growth_mb"] < 30, out
