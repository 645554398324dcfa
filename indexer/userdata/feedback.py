"""Feedback on results: one row per verdict, with the query, mode, viewer, result, rank and time.

Never shown to other users one by one; read by ``savoir eval feedback`` (judged queries) and by
the viewer's own export. ``community`` is the community of the result when it has one (a thread,
a community): feedback on a private community's content is deleted when its viewer is no
longer a member (:func:`purge`, run at read time by the web app and by the evaluation).
"""
from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["DDL", "VERDICTS", "RELEVANT", "record", "count_since", "purge", "rows", "of_viewer"]

DDL = (
    "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, viewer TEXT NOT NULL,"
    " query TEXT NOT NULL, mode TEXT NOT NULL, result TEXT NOT NULL, rank INTEGER NOT NULL,"
    " verdict TEXT NOT NULL, community TEXT, at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS feedback_viewer ON feedback (viewer, at)",
)

#: verdict -> relevant (1) or not (0) for the evaluation
RELEVANT = {"helpful": 1, "solved": 1, "not_helpful": 0, "not_my_topic": 0}
VERDICTS = tuple(RELEVANT)


def record(store, viewer: str, query: str, mode: str, result: str, rank: int, verdict: str,
           community: str | None) -> int:
    with store.transaction():
        cur = store.conn.execute(
            "INSERT INTO feedback (viewer, query, mode, result, rank, verdict, community, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (viewer, query, mode, result, rank, verdict, community,
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return cur.lastrowid


def count_since(conn, viewer: str, since_iso: str) -> int:
    return conn.execute("SELECT count(*) FROM feedback WHERE viewer = ? AND at >= ?", (viewer, since_iso)).fetchone()[0]


def purge(store) -> int:
    """Delete feedback on a private community's content by viewers no longer its members."""
    with store.transaction():
        cur = store.conn.execute(
            "DELETE FROM feedback WHERE community IN (SELECT id FROM communities WHERE visibility = 'private')"
            " AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person = feedback.viewer"
            " AND m.community = feedback.community)")
    return cur.rowcount


def rows(conn) -> list[dict]:
    cols = ("viewer", "query", "mode", "result", "rank", "verdict", "community", "at")
    return [dict(zip(cols, r)) for r in conn.execute(f"SELECT {', '.join(cols)} FROM feedback ORDER BY id")]


def of_viewer(conn, viewer: str) -> list[dict]:
    return [r for r in rows(conn) if r["viewer"] == viewer]
