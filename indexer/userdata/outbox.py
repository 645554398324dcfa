"""Notifications waiting to be delivered by mail (matcher.notify).

- ``outbox``: one message per row for one person; ``sent_at`` is set once delivered (a digest
  delivers several rows in one mail).
- ``digests``: when each person last received a daily digest.

The writes are functions here, each one transaction (a nested call joins its caller's, so the
question writes of :mod:`.questions` queue their messages in their own transaction); matcher.notify
writes their texts.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

__all__ = ["DDL", "Message", "add", "mark_sent"]

DDL = (
    "CREATE TABLE IF NOT EXISTS outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL,"
    " kind TEXT NOT NULL, question TEXT, subject TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
    " sent_at TEXT)",
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(sent_at, person)",
    "CREATE TABLE IF NOT EXISTS digests(person TEXT PRIMARY KEY, sent_at TEXT NOT NULL)",
)


class Message(NamedTuple):
    """One notification for one person, its texts written (matcher.notify.message)."""

    person: str
    kind: str
    question: str
    subject: str
    body: str


def add(store, messages: Iterable[Message], stamp: str) -> None:
    """Queue ``messages``, created at ``stamp``."""
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO outbox(person, kind, question, subject, body, created_at) VALUES (?,?,?,?,?,?)",
            [(m.person, m.kind, m.question, m.subject, m.body, stamp) for m in messages])


def mark_sent(store, ids: Iterable[int], stamp: str, digest_of: str | None = None) -> None:
    """Mark the outbox rows ``ids`` delivered at ``stamp``; ``digest_of``: they went out as that
    person's daily digest, which is recorded as sent at ``stamp``."""
    with store.transaction():
        store.conn.executemany("UPDATE outbox SET sent_at = ? WHERE id = ?", [(stamp, i) for i in ids])
        if digest_of is not None:
            store.execute("INSERT OR REPLACE INTO digests(person, sent_at) VALUES (?, ?)", (digest_of, stamp))
