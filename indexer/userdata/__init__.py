"""What people create in Savoir (questions, answers' routing, feedback, profile choices,
shortlists, ...): tables of their own in the same SQLite file, never touched by an import or a
rebuild (importers write only people, communities, memberships, threads, posts, documents).

Each module of this package owns a few tables and declares them as ``DDL`` (a sequence of
``CREATE TABLE IF NOT EXISTS`` / ``CREATE INDEX IF NOT EXISTS`` statements, keyed by person,
community or item ids as text, so a re-import that rewrites those rows keeps them).
:func:`ensure` creates every table of every module listed in ``MODULES``; a write path opens
``with store.transaction():`` so that it stores everything or nothing.
"""
from __future__ import annotations

import importlib

__all__ = ["MODULES", "ensure"]

#: the modules of this package that declare tables (one line each: merge-friendly)
MODULES: tuple[str, ...] = (
    "questions",
    "outbox",
    "profile",
    "feedback",
    "shortlists",
)


def ensure(store) -> None:
    """Create the user-data tables that do not exist yet (idempotent; cheap)."""
    for name in MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        for statement in module.DDL:
            store.conn.execute(statement)
