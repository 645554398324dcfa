"""Notifications waiting to be delivered by mail (matcher.notify).

- ``outbox``: one message per row for one person; ``sent_at`` is set once delivered (a digest
  delivers several rows in one mail).
- ``digests``: when each person last received a daily digest.
"""
from __future__ import annotations

DDL = (
    "CREATE TABLE IF NOT EXISTS outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL,"
    " kind TEXT NOT NULL, question TEXT, subject TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
    " sent_at TEXT)",
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(sent_at, person)",
    "CREATE TABLE IF NOT EXISTS digests(person TEXT PRIMARY KEY, sent_at TEXT NOT NULL)",
)
