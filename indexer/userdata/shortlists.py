"""Shortlists of core-group candidates, one per community, kept by its leaders.

    shortlist(community, person, added_by, added_at, note)

One row per (community, person): a leader adds a candidate once; removing deletes the row.
Who may write is decided by the caller (:func:`matcher.leader.leader_role`).
"""
from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["DDL", "add", "remove", "listed"]

DDL = (
    "CREATE TABLE IF NOT EXISTS shortlist (community TEXT NOT NULL, person TEXT NOT NULL,"
    " added_by TEXT NOT NULL, added_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (community, person))",
)


def _ready(store) -> None:
    # a database created before this module existed gets the table on first use
    for statement in DDL:
        store.conn.execute(statement)


def add(store, community: str, person: str, added_by: str, note: str = "") -> bool:
    """Put ``person`` on the community's shortlist; False if already there."""
    _ready(store)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.transaction():
        cur = store.conn.execute(
            "INSERT OR IGNORE INTO shortlist(community, person, added_by, added_at, note) VALUES (?, ?, ?, ?, ?)",
            (community, person, added_by, now, note[:500]))
    return cur.rowcount == 1


def remove(store, community: str, person: str) -> bool:
    _ready(store)
    with store.transaction():
        cur = store.conn.execute("DELETE FROM shortlist WHERE community = ? AND person = ?", (community, person))
    return cur.rowcount == 1


def listed(store, community: str) -> list:
    """(person, added_by, added_at, note) of the community's shortlist, oldest first."""
    _ready(store)
    return store.conn.execute("SELECT person, added_by, added_at, note FROM shortlist WHERE community = ?"
                              " ORDER BY added_at, person", (community,)).fetchall()
